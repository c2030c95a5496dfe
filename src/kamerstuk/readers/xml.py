"""Read the official publication XML of officielebekendmakingen (``<officiele-publicatie>``).

Handles Kamerstukken (``<kamerstuk>``: letters, motions, amended motions, other stukken)
and answers to written questions (``<kamervragen>``, the Aanhangsel van de Handelingen).
The markup is exact, so the reader hands the structure stage both header lines it
understands and the metadata it knows (`RawDocument.metadata`): vergaderjaar, dossiers,
ondernummer, identifier, date, kind, movers, questioners, signatories.

Each ``<al>`` is one text block, each ``<tussenkop>``/``<kop>`` a heading, each ``<noot>`` a
footnote block with a `Marker` where it stood, each table row one text block (cells joined
with " | "). Elements the reader does not know keep their text and add a `Note`.

The walker of the elements is `kamerstuk.readers.xml_walker`; the HTML reader
(`kamerstuk.readers.html`) fills the same `PublicationParts` (`kamerstuk.readers.publication`)
from the HTML manifestation and calls the same `assemble_publication`, so both give the same
result.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from kamerstuk.blocks import Note, RawDocument
from kamerstuk.readers.metadata_xml import is_metadata_root, meta_pairs
from kamerstuk.readers.publication import PublicationParts, assemble_publication
from kamerstuk.readers.xml_walker import _Reader
from kamerstuk.safexml import MAX_DEPTH, MAX_XML_BYTES, MalformedXMLError, local_name, parse_xml_bytes


def read_publication_element(root: ET.Element) -> PublicationParts:
    """Read a parsed ``<officiele-publicatie>`` (or a bare ``<kamerstuk>``/``<kamervragen>``)."""
    reader = _Reader()
    parts = reader.parts
    meta = next((c for c in root if local_name(c.tag) == "metadata"), None)
    if meta is not None:
        parts.meta = list(meta_pairs(meta))
    if local_name(root.tag) in ("kamerstuk", "kamervragen"):
        doc = root
    else:
        doc = next((c for c in root if local_name(c.tag) != "metadata"), root)
    name = local_name(doc.tag)
    parts.doctype = (
        "kamerstuk" if name == "kamerstuk" else "kamervragen" if name == "kamervragen" else "other"
    )
    if parts.doctype == "other":
        parts.notes.append(
            Note(f"publication type <{name}> is not a Kamerstuk or Aanhangsel; its text is kept")
        )
    reader.header(doc)
    reader.walk(doc)
    return parts


def read_xml(data: bytes, *, max_bytes: int = MAX_XML_BYTES, max_depth: int = MAX_DEPTH) -> RawDocument:
    """Read the official publication XML of a Kamerstuk or an Aanhangsel into blocks and metadata.

    The XML is parsed safely (`kamerstuk.safexml`): a DTD, entities or external references
    raise `UnsafeXMLError`, broken XML `MalformedXMLError`, more than `max_bytes` an
    `XMLTooLargeError`, elements nested deeper than `max_depth` a `DepthLimitError` (so
    the reader's recursion is bounded). A metadata file (metadata.xml, OWMS, SRU) is not a
    document: it raises `MalformedXMLError`; read it with
    `kamerstuk.readers.metadata_xml.read_metadata_xml`.
    """
    root = parse_xml_bytes(data, max_bytes=max_bytes, max_depth=max_depth)
    if is_metadata_root(root):
        raise MalformedXMLError(
            f"<{local_name(root.tag)}> is a metadata file, not a document; use read_metadata_xml"
        )
    return assemble_publication(read_publication_element(root))


def is_metadata_xml(data: bytes) -> bool:
    """True when the XML is a metadata file (metadata.xml, OWMS, SRU, manifest), not a document."""
    return is_metadata_root(parse_xml_bytes(data))
