"""kamerstuk: read Dutch parliamentary documents into typed, linked data.

>>> import kamerstuk
>>> letter = kamerstuk.parse("fixtures/letters/ocw_leesoffensief.md")  # doctest: +SKIP
>>> letter.metadata.identifier  # doctest: +SKIP
'kst-36410-VIII-87'
"""

from kamerstuk._version import __version__
from kamerstuk.errors import (
    EmptyDocumentError,
    KamerstukError,
    KamerstukWarning,
    SourceError,
    StructureError,
    UnsupportedFormatError,
)
from kamerstuk.models import (
    SCHEMA_VERSION,
    Citation,
    Commitment,
    DateMention,
    Deadline,
    Diagnostic,
    Dossier,
    Footnote,
    Letter,
    Link,
    Metadata,
    Paragraph,
    Recommendation,
    Report,
    Section,
    Signatory,
    Source,
    json_schema,
)
from kamerstuk.parse import detect_format, parse, parse_bytes, parse_text
from kamerstuk.summary import summarize

__all__ = [
    "SCHEMA_VERSION",
    "Citation",
    "Commitment",
    "DateMention",
    "Deadline",
    "Diagnostic",
    "Dossier",
    "EmptyDocumentError",
    "Footnote",
    "KamerstukError",
    "KamerstukWarning",
    "Letter",
    "Link",
    "Metadata",
    "Paragraph",
    "Recommendation",
    "Report",
    "Section",
    "Signatory",
    "Source",
    "SourceError",
    "StructureError",
    "UnsupportedFormatError",
    "__version__",
    "detect_format",
    "json_schema",
    "parse",
    "parse_bytes",
    "parse_text",
    "summarize",
]
