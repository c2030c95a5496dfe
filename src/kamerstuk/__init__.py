"""kamerstuk: read Dutch parliamentary documents into typed, linked data."""

from kamerstuk.errors import (
    EmptyDocumentError,
    KamerstukError,
    KamerstukWarning,
    SourceError,
    StructureError,
    UnsupportedFormatError,
)
from kamerstuk.models import SCHEMA_VERSION, Letter, json_schema

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "EmptyDocumentError",
    "KamerstukError",
    "KamerstukWarning",
    "Letter",
    "SourceError",
    "StructureError",
    "UnsupportedFormatError",
    "__version__",
    "json_schema",
]
