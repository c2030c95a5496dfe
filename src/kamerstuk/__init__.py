"""kamerstuk: read Dutch parliamentary documents into typed, linked data.

>>> import kamerstuk
>>> letter = kamerstuk.parse("fixtures/letters/ocw_leesoffensief.md")  # doctest: +SKIP
>>> letter.metadata.identifier  # doctest: +SKIP
'kst-36410-VIII-87'
"""

from kamerstuk._version import __version__
from kamerstuk.batch import ErrorRecord, Outcome, parse_many, run_batch
from kamerstuk.compare import diff_letters
from kamerstuk.entities import (
    annotate,
    find_citations,
    find_commitments,
    find_dates,
    find_deadlines,
    find_recommendations,
    parse_report,
)
from kamerstuk.errors import (
    EmptyDocumentError,
    KamerstukError,
    KamerstukWarning,
    SourceError,
    StructureError,
    UnsupportedFormatError,
)
from kamerstuk.export import to_dataframes
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
from kamerstuk.pipeline import apply_pipeline, load_pipeline
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
    "ErrorRecord",
    "Footnote",
    "KamerstukError",
    "KamerstukWarning",
    "Letter",
    "Link",
    "Metadata",
    "Outcome",
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
    "annotate",
    "apply_pipeline",
    "detect_format",
    "diff_letters",
    "find_citations",
    "find_commitments",
    "find_dates",
    "find_deadlines",
    "find_recommendations",
    "json_schema",
    "load_pipeline",
    "parse",
    "parse_bytes",
    "parse_many",
    "parse_report",
    "parse_text",
    "run_batch",
    "summarize",
    "to_dataframes",
]
