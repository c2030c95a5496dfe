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


class TimeLimitError(BaseException):
    """A per-document time limit ran out (raised by the batch's limit, inside the parse).

    Deliberately a `BaseException`, like `KeyboardInterrupt`: the ``except Exception`` guards
    that keep a parse going past a finder's bug cannot swallow it, so a document over its
    limit is never recorded as parsed with parts silently missing. Not a `KamerstukError`;
    batch runs turn it into an error record (``"error": "TimeoutError"``).
    """


class KamerstukWarning(UserWarning):
    """Warnings about results that may be incomplete (e.g. a version mismatch)."""


class ScannedPDFError(SourceError):
    """The PDF has no text layer (a scan). Run OCR first, e.g. ``ocrmypdf -l nld in.pdf out.pdf``."""


class EncryptedPDFError(SourceError):
    """The PDF is encrypted and cannot be read without its password."""


class CorruptPDFError(SourceError):
    """The PDF is truncated or damaged beyond what the PDF parser can recover."""


class LimitError(SourceError):
    """The input exceeds one of the documented limits (a guard against absurd or hostile input).

    ``limit`` names the option that sets the limit (``"max_bytes"``, ``"max_pages"``, …; see
    `kamerstuk.parse.Limits`), ``maximum`` is its value and ``actual`` what the input holds,
    when known. The message says how to raise the limit: ``parse(..., max_bytes=…)``.
    """

    def __init__(
        self,
        message: str,
        *,
        source: str | None = None,
        limit: str | None = None,
        maximum: int | None = None,
        actual: int | None = None,
    ) -> None:
        if limit and limit not in message:
            message = f"{message} (raise it with parse(..., {limit}=…))"
        super().__init__(message, source=source)
        self.limit = limit
        self.maximum = maximum
        self.actual = actual


class InputTooLargeError(LimitError):
    """The input has more bytes than ``max_bytes`` (any input) or ``max_text_bytes`` (text, XML, HTML)."""


class PageLimitError(LimitError):
    """The PDF has more pages than ``max_pages`` (default 1,000): raise it with
    ``parse(path, max_pages=…)``, ``parse_many(..., max_pages=…)`` or ``--max-pages`` on the CLI."""


class LineLimitError(LimitError):
    """A line of text input (or a paragraph of any input) is longer than ``max_line_chars``."""


class ParagraphLimitError(LimitError):
    """The document has more paragraphs (blocks of text) than ``max_paragraphs``."""


class DepthLimitError(LimitError):
    """XML or HTML nests elements deeper than ``max_depth``."""


class SpecialFileError(SourceError):
    """The path is not a regular file: a FIFO, a device (``/dev/zero``), a socket. Only files are read."""


class UnsafeXMLError(SourceError):
    """The XML uses a DTD, entities or external references, or exceeds the size limit."""


class XMLTooLargeError(UnsafeXMLError, InputTooLargeError):
    """XML over the size limit: an `UnsafeXMLError` (as before) and an `InputTooLargeError`."""


class MalformedXMLError(SourceError):
    """The input is not well-formed XML (or is a metadata file where a document was expected)."""


class MalformedHTMLError(SourceError):
    """The input is HTML that Python's HTML parser cannot read at all."""
