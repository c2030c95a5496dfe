"""The exceptions kamerstuk raises. Catch `KamerstukError` to catch them all."""

from __future__ import annotations


class KamerstukError(Exception):
    """Base of every error kamerstuk raises on bad input."""

    def __init__(self, message: str, *, source: str | None = None) -> None:
        self.message = message
        self.source = source
        super().__init__(f"{source}: {message}" if source else message)


class SourceError(KamerstukError):
    """The input cannot be read: missing, empty, binary junk, undecodable, unsafe."""


class EmptyDocumentError(SourceError):
    """The input holds no text at all (an empty file, or only whitespace)."""


class UnsupportedFormatError(SourceError):
    """The input is in a format kamerstuk does not read (or is binary junk)."""


class StructureError(KamerstukError):
    """The input is text, but not a parliamentary document kamerstuk can structure.

    ``found`` names what the document is instead, when its genre was recognised: the
    `Metadata.kind` a lenient parse gives it ("rapport", "bnc_fiche", "nota", or "other"
    for a brochure, a strategy or an e-mail); None when no genre was recognised.
    """

    def __init__(self, message: str, *, source: str | None = None, found: str | None = None) -> None:
        super().__init__(message, source=source)
        self.found = found


class KamerstukWarning(UserWarning):
    """Warnings about results that may be incomplete (e.g. a version mismatch)."""


class ScannedPDFError(SourceError):
    """The PDF has no text layer (a scan). Run OCR first, e.g. ``ocrmypdf -l nld in.pdf out.pdf``."""


class EncryptedPDFError(SourceError):
    """The PDF is encrypted and cannot be read without its password."""


class CorruptPDFError(SourceError):
    """The PDF is truncated or damaged beyond what the PDF parser can recover."""


class PageLimitError(SourceError):
    """The document has more pages than the configured limit (a guard against absurd files)."""


class UnsafeXMLError(SourceError):
    """The XML uses a DTD, entities or external references, or exceeds the size limit."""


class MalformedXMLError(SourceError):
    """The input is not well-formed XML (or is a metadata file where a document was expected)."""
