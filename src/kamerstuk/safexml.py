"""Parse untrusted XML safely: no DTDs, no entities, no external references, bounded size.

Every XML kamerstuk reads (the official publication XML, metadata.xml, SRU records) comes
from outside. The official formats never need a DTD, so any DTD is refused outright: that
shuts out XXE (external entities to ``file:///`` or ``http://``), billion-laughs entity
expansion and parameter entities before expat expands anything, and without any network
access. Refusals raise `UnsafeXMLError`; XML that is not well-formed raises
`MalformedXMLError`. Both are `SourceError`s.

Nesting is bounded too: elements deeper than ``max_depth`` (default `MAX_DEPTH`, 100; real
publications nest about 10 deep) raise `DepthLimitError` while parsing, before the tree is
built, so no reader ever recurses without bound.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

import defusedxml  # type: ignore[import-untyped]  # no stubs installed (types-defusedxml)
import defusedxml.ElementTree as DET  # type: ignore[import-untyped]

from kamerstuk.errors import DepthLimitError, MalformedXMLError, UnsafeXMLError, XMLTooLargeError

__all__ = [
    "MAX_DEPTH",
    "MAX_XML_BYTES",
    "MalformedXMLError",
    "UnsafeXMLError",
    "local_name",
    "parse_xml_bytes",
]

#: Larger XML is refused before parsing; the largest real Kamerstuk XML is a few megabytes.
MAX_XML_BYTES = 50 * 1024 * 1024
#: Deepest element nesting read in XML and HTML; real publications nest about 10 deep.
MAX_DEPTH = 100


class _DepthGuard(ET.TreeBuilder):
    """The standard tree builder, refusing elements nested deeper than `limit` as they open."""

    def __init__(self, limit: int, source: str | None) -> None:
        super().__init__()
        self.depth = 0
        self.limit = limit
        self.source = source

    def start(self, tag: Any, attrs: Any) -> ET.Element:
        self.depth += 1
        if self.depth > self.limit:
            raise DepthLimitError(
                f"the XML nests elements deeper than the limit of {self.limit}",
                source=self.source,
                limit="max_depth",
                maximum=self.limit,
            )
        return super().start(tag, attrs)

    def end(self, tag: Any) -> ET.Element:
        self.depth -= 1
        return super().end(tag)


def parse_xml_bytes(
    data: bytes, *, max_bytes: int = MAX_XML_BYTES, source: str | None = None, max_depth: int = MAX_DEPTH
) -> ET.Element:
    """Parse XML bytes into an ElementTree element, refusing anything unsafe.

    Raises `UnsafeXMLError` for a DTD (internal or external), entity declarations,
    external references or input over `max_bytes` (an `XMLTooLargeError`, also an
    `InputTooLargeError`); `DepthLimitError` for elements nested deeper than `max_depth`;
    `MalformedXMLError` for XML that is not well-formed. The encoding declared in the XML
    declaration (or a UTF-16 byte order mark) is honoured.
    """
    if len(data) > max_bytes:
        raise XMLTooLargeError(
            f"the XML is {len(data):,} bytes; the limit is {max_bytes:,}",
            source=source,
            limit="max_text_bytes",
            maximum=max_bytes,
            actual=len(data),
        )
    try:
        parser = DET.DefusedXMLParser(
            target=_DepthGuard(max_depth, source), forbid_dtd=True, forbid_entities=True, forbid_external=True
        )
        parser.feed(data)
        root = parser.close()
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
