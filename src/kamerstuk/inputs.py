"""Reading inputs safely: the documented limits, bounded reads of regular files, format detection.

Every input is bounded by `Limits`: bytes, pages, line length, paragraphs and element nesting.
`read_input` reads only regular files, and at most ``max_bytes + 1`` bytes of them: a FIFO, a
device, a socket or a symlink loop is a typed `SourceError`, never a hang or a traceback.
`detect_format` tells PDF, HTML, XML and text apart by content, in a way markup cannot fool.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import sys
from dataclasses import dataclass, fields

from kamerstuk.errors import (
    EmptyDocumentError,
    InputTooLargeError,
    KamerstukError,
    SourceError,
    SpecialFileError,
    UnsupportedFormatError,
)
from kamerstuk.models import Format
from kamerstuk.readers.pdf import MAX_PAGES
from kamerstuk.readers.text import decode_head, decode_text, sniff_encoding
from kamerstuk.safexml import MAX_DEPTH

__all__ = [
    "MAX_DEPTH",
    "MAX_INPUT_BYTES",
    "MAX_LINE_CHARS",
    "MAX_PAGES",
    "MAX_PARAGRAPHS",
    "MAX_TEXT_BYTES",
    "Limits",
    "detect_format",
    "display_name",
    "read_input",
]

#: Inputs larger than this are refused before reading: no real Kamerstuk comes near it.
MAX_INPUT_BYTES = 200 * 1024 * 1024
#: Text, XML and HTML larger than this are refused (their bytes are all text; PDFs hold images).
#: The largest real letters are one or two megabytes of text.
MAX_TEXT_BYTES = 10 * 1024 * 1024
#: The longest line of text input, and the longest paragraph of any input, in characters.
MAX_LINE_CHARS = 100_000
#: The most paragraphs (the reader's blocks: paragraphs, headings, footnotes) a document may have.
MAX_PARAGRAPHS = 50_000

_READ_CHUNK = 1 << 20


@dataclass(frozen=True)
class Limits:
    """The limits every parse enforces, with their defaults; each is an option of `parse`.

    Pass them by name — ``parse(path, max_bytes=500_000_000)`` — or all at once:
    ``parse(path, **dataclasses.asdict(limits))``. A breach raises a `LimitError` subclass
    whose ``limit`` is the option's name and whose message says how to raise it.
    """

    #: Any input, in bytes (`InputTooLargeError`); checked before reading.
    max_bytes: int = MAX_INPUT_BYTES
    #: Text, XML and HTML input, in bytes (`InputTooLargeError`).
    max_text_bytes: int = MAX_TEXT_BYTES
    #: Pages of a PDF (`PageLimitError`).
    max_pages: int = MAX_PAGES
    #: Characters in one line of text input, or in one paragraph of any input (`LineLimitError`).
    max_line_chars: int = MAX_LINE_CHARS
    #: Paragraphs, headings and footnotes of one document (`ParagraphLimitError`).
    max_paragraphs: int = MAX_PARAGRAPHS
    #: Element nesting in XML and HTML (`DepthLimitError`).
    max_depth: int = MAX_DEPTH

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, bool) or not isinstance(value, int):
                raise TypeError(f"{f.name} must be an int, not {type(value).__name__}")
            if value < 1:
                raise ValueError(f"{f.name} must be at least 1, not {value}")


# --- reading files safely ---------------------------------------------------------------------


def display_name(name: str) -> str:
    """`name` as it can be printed and written to JSON: bytes of a file name that do not decode
    (kept by Python as lone surrogates) and control characters become U+FFFD."""
    if name.isprintable():
        return name
    try:
        text = os.fsencode(name).decode(sys.getfilesystemencoding(), errors="replace")
    except UnicodeEncodeError:  # surrogates that do not stand for bytes: one U+FFFD each
        text = "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in name)
    return "".join(ch if ch.isprintable() else "\ufffd" for ch in text)


def _file_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _os_error(exc: OSError, where: str, path: str | os.PathLike[str] | None = None) -> SourceError:
    """The typed error for an `OSError` met while opening or reading `where`."""
    if isinstance(exc, FileNotFoundError):
        if path is not None and os.path.islink(path):
            return SourceError("no such file (a symbolic link to a missing target)", source=where)
        return SourceError("no such file", source=where)
    if isinstance(exc, IsADirectoryError):
        return SourceError("is a directory, not a file", source=where)
    if isinstance(exc, PermissionError):
        return SourceError("permission denied", source=where)
    if isinstance(exc, NotADirectoryError):
        return SourceError("no such file (a part of the path is not a directory)", source=where)
    if exc.errno == errno.ELOOP:
        return SourceError("too many levels of symbolic links (a symlink loop)", source=where)
    if exc.errno == errno.ENAMETOOLONG:
        return SourceError("the file name is too long", source=where)
    return SourceError(f"cannot be read: {exc.strerror or exc}", source=where)


def read_input(path: str | os.PathLike[str], *, max_bytes: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of a regular file, at most `max_bytes` of them.

    Only regular files are read (symbolic links to them too): a directory, a FIFO, a device
    such as ``/dev/zero``, a socket, a symlink loop, a missing or unreadable path each raise a
    typed `SourceError` (`SpecialFileError` for the special files) without blocking. The
    file's size is not trusted (``/proc`` files report 0): reading stops after
    ``max_bytes + 1`` bytes with `InputTooLargeError`.
    """
    where = display_name(os.fspath(path))
    try:
        info = os.stat(path)
    except OSError as exc:
        raise _os_error(exc, where, path) from None
    except ValueError:  # an embedded NUL
        raise SourceError("the path holds a NUL character", source=where) from None
    if stat.S_ISDIR(info.st_mode):
        raise SourceError("is a directory, not a file", source=where)
    if not stat.S_ISREG(info.st_mode):
        raise SpecialFileError(
            f"is {_file_kind(info.st_mode)}, not a regular file; only files are read", source=where
        )
    if info.st_size > max_bytes:
        raise too_large(f"the file is {info.st_size:,} bytes", "max_bytes", max_bytes, where, info.st_size)
    flags = (
        os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    )
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise _os_error(exc, where) from None
    chunks: list[bytes] = []
    total = 0
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):  # replaced between stat and open
            raise SpecialFileError(
                f"is {_file_kind(mode)}, not a regular file; only files are read", source=where
            )
        while chunk := os.read(fd, min(_READ_CHUNK, max_bytes + 1 - total)):
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:
                raise too_large(
                    f"the file holds more than {max_bytes:,} bytes", "max_bytes", max_bytes, where
                )
    except OSError as exc:
        raise _os_error(exc, where) from None
    finally:
        os.close(fd)
    return b"".join(chunks)


def too_large(
    what: str, limit: str, maximum: int, where: str | None, actual: int | None = None
) -> InputTooLargeError:
    scope = " for text, XML and HTML" if limit == "max_text_bytes" else ""
    return InputTooLargeError(
        f"{what}; the limit{scope} is {maximum:,} bytes",
        source=where,
        limit=limit,
        maximum=maximum,
        actual=actual,
    )


def located(exc: KamerstukError, where: str) -> KamerstukError:
    """`exc` with `where` as its source, when it has none (readers do not know the file name)."""
    if exc.source is None:
        exc.source = where
        exc.args = (f"{where}: {exc.message}",)
    return exc


# --- format detection -------------------------------------------------------------------------

# "%PDF-" opening a line (the header line: at the start, after a BOM, or after junk that
# holds no markup); the markup check keeps an HTML page that mentions "%PDF-" an HTML page.
_PDF_HEADER = re.compile(rb"(?:\A(?:\xef\xbb\xbf)?|[\r\n])[ \t]*%PDF-")
_MARKUP = re.compile(rb"<[A-Za-z!?/]")
_SPACE = " \t\r\n\f\v\ufeff\xa0"


def _is_pdf(data: bytes) -> bool:
    m = _PDF_HEADER.search(data, 0, 1024)
    return m is not None and _MARKUP.search(data, 0, m.start()) is None


def detect_format(data: bytes) -> Format:
    """Detect the format from the content (not the file name).

    PDF by its ``%PDF-`` header line (before any markup, within the first kilobyte), HTML
    and XML by their first tag, text when the bytes decode as text (UTF-8, UTF-16 or
    Windows-1252; see `kamerstuk.readers.text.sniff_encoding`). Binary junk raises
    `UnsupportedFormatError`; no content raises `EmptyDocumentError`.
    """
    if _is_pdf(data):
        return "pdf"
    head = decode_head(data).lstrip(_SPACE)
    if not head and len(data) > 8192:  # a long run of whitespace first
        head = decode_text(data).lstrip(_SPACE)[:4096]
    if not head:
        raise EmptyDocumentError("the input is empty")
    lowered = head[:512].lower()
    if lowered.startswith(("<!doctype html", "<html")) or "<html" in lowered[:300]:
        return "html"
    if lowered.startswith("<?xml") or (
        lowered.startswith("<") and ">" in lowered and not lowered.startswith("<sup")
    ):
        return "xml"
    if _is_binary(data):
        raise UnsupportedFormatError("the input is binary data, not a PDF, XML, HTML or text document")
    return "text"


def _is_binary(data: bytes) -> bool:
    encoding, bom = sniff_encoding(data)
    sample = data[bom : bom + 8192]
    if encoding.startswith("utf-16"):
        text = sample[: len(sample) - len(sample) % 2].decode(encoding, errors="replace")
    elif b"\x00" in sample:
        return True
    elif encoding == "cp1252":
        try:
            text = sample.decode("cp1252")
        except UnicodeDecodeError:  # bytes cp1252 leaves undefined
            return True
    else:
        text = sample.decode("utf-8", errors="replace")
    control = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\t\n\r\f") or ch == "\ufffd")
    return control > max(2, len(text) // 100)
