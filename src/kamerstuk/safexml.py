"""Parse untrusted XML safely: no DTDs, no entities, no external references, bounded size.

Every XML kamerstuk reads (the official publication XML, metadata.xml, SRU records) comes
from outside. The official formats never need a DTD, so any DTD is refused outright: that
shuts out XXE (external entities to ``file:///`` or ``http://``), billion-laughs entity
expansion and parameter entities before expat expands anything, and without any network
access. Refusals raise `UnsafeXMLError`; XML that is not well-formed raises
`MalformedXMLError`. Both are `SourceError`s.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import defusedxml  # type: ignore[import-untyped]  # no stubs installed (types-defusedxml)
import defusedxml.ElementTree as DET  # type: ignore[import-untyped]

from kamerstuk.errors import MalformedXMLError, UnsafeXMLError

__all__ = ["MAX_XML_BYTES", "MalformedXMLError", "UnsafeXMLError", "local_name", "parse_xml_bytes"]

#: Larger XML is refused before parsing; the largest real Kamerstuk XML is a few megabytes.
MAX_XML_BYTES = 50 * 1024 * 1024


def parse_xml_bytes(data: bytes, *, max_bytes: int = MAX_XML_BYTES, source: str | None = None) -> ET.Element:
    """Parse XML bytes into an ElementTree element, refusing anything unsafe.

    Raises `UnsafeXMLError` for a DTD (internal or external), entity declarations,
    external references or input over `max_bytes`; `MalformedXMLError` for XML that is
    not well-formed. The encoding declared in the XML declaration is honoured.
    """
    if len(data) > max_bytes:
        raise UnsafeXMLError(f"the XML is {len(data)} bytes; the limit is {max_bytes}", source=source)
    try:
        root = DET.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except defusedxml.DTDForbidden:
        raise UnsafeXMLError("the XML declares a DTD; DTDs are refused", source=source) from None
    except defusedxml.EntitiesForbidden:
        raise UnsafeXMLError("the XML declares entities; entities are refused", source=source) from None
    except defusedxml.ExternalReferenceForbidden:
        raise UnsafeXMLError("the XML references an external resource; refused", source=source) from None
    except defusedxml.DefusedXmlException as exc:
        raise UnsafeXMLError(f"unsafe XML refused: {exc}", source=source) from None
    except ET.ParseError as exc:
        raise MalformedXMLError(f"the XML is not well-formed: {exc}", source=source) from None
    except (ValueError, LookupError) as exc:  # unknown encoding in the declaration
        raise MalformedXMLError(f"the XML cannot be decoded: {exc}", source=source) from None
    if not isinstance(root, ET.Element):
        raise MalformedXMLError("the XML has no root element", source=source)
    return root


def local_name(tag: object) -> str:
    """The tag without its namespace: ``"{http://purl.org/dc/terms/}identifier"`` -> ``"identifier"``."""
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].split(":")[-1]
