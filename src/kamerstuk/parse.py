"""`parse()`, `parse_bytes()` and `parse_text()`: read safely, detect the format, run the stages.

Every input is bounded by documented limits (`Limits`): bytes, pages, line length,
paragraphs and element nesting. A breach raises a `LimitError` naming the option that
raises it, before the expensive stages run. `parse()` reads only regular files, and at most
``max_bytes + 1`` bytes of them (`read_input`): a FIFO, a device, a socket or a symlink loop
is a typed `SourceError`, never a hang or a traceback.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
import sys
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Literal

from spacy.language import Language

from kamerstuk.blocks import RawDocument
from kamerstuk.entities import extract
from kamerstuk.errors import (
    DepthLimitError,
    EmptyDocumentError,
    InputTooLargeError,
    KamerstukError,
    LineLimitError,
    ParagraphLimitError,
    SourceError,
    SpecialFileError,
    UnsupportedFormatError,
)
from kamerstuk.models import Diagnostic, Format, Letter, Metadata, Source
from kamerstuk.pipeline import apply_pipeline, default_pipeline
from kamerstuk.readers.html import read_html
from kamerstuk.readers.metadata_xml import cross_check, find_metadata_file, read_metadata_xml
from kamerstuk.readers.pdf import MAX_PAGES, read_pdf
from kamerstuk.readers.text import decode_head, decode_text, longest_line, read_text, sniff_encoding
from kamerstuk.readers.xml import read_xml
from kamerstuk.safexml import MAX_DEPTH
from kamerstuk.structure import build_letter

__all__ = [
    "MAX_DEPTH",
    "MAX_INPUT_BYTES",
    "MAX_LINE_CHARS",
    "MAX_PAGES",
    "MAX_PARAGRAPHS",
    "MAX_TEXT_BYTES",
    "Limits",
    "Options",
    "PipelineChoice",
    "decode_text",
    "detect_format",
    "display_name",
    "merge_metadata",
    "parse",
    "parse_bytes",
    "parse_text",
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
        raise _too_large(f"the file is {info.st_size:,} bytes", "max_bytes", max_bytes, where, info.st_size)
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
                raise _too_large(
                    f"the file holds more than {max_bytes:,} bytes", "max_bytes", max_bytes, where
                )
    except OSError as exc:
        raise _os_error(exc, where) from None
    finally:
        os.close(fd)
    return b"".join(chunks)


def _too_large(
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


def _located(exc: KamerstukError, where: str) -> KamerstukError:
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


PipelineChoice = Literal["default", "rules", "none"] | Language


@dataclass(frozen=True)
class Options:
    """How to parse: shared by parse(), parse_bytes() and parse_text()."""

    strict: bool = True
    entities: bool = True
    pipeline: PipelineChoice = "default"
    limits: Limits = field(default_factory=Limits)

    @property
    def max_pages(self) -> int:
        return self.limits.max_pages


def parse(
    source: str | os.PathLike[str],
    *,
    strict: bool = True,
    max_pages: int = MAX_PAGES,
    entities: bool = True,
    pipeline: PipelineChoice = "default",
    max_bytes: int = MAX_INPUT_BYTES,
    max_text_bytes: int = MAX_TEXT_BYTES,
    max_line_chars: int = MAX_LINE_CHARS,
    max_paragraphs: int = MAX_PARAGRAPHS,
    max_depth: int = MAX_DEPTH,
) -> Letter:
    """Parse a parliamentary document from a file into a `Letter`.

    The format (PDF, XML, HTML, text/Markdown) is detected from the content. Raises a
    `KamerstukError` subclass for unreadable input (`SourceError`: scanned, encrypted or
    damaged PDFs each have their own; a path that is not a regular file, `SpecialFileError`)
    or text that is not a parliamentary document (`StructureError`, only when ``strict``).
    ``entities=False`` skips citations, dates, commitments and recommendations.
    ``pipeline`` runs the spaCy pipeline (paragraph labels, links, stances): "default" is
    the one shipped with kamerstuk, "rules" its rules-only form, "none" skips it, or pass
    your own `spacy.Language` from `load_pipeline()`.

    The ``max_*`` options are the `Limits` (see there for the defaults): input bytes
    (``max_bytes``, and ``max_text_bytes`` for text, XML and HTML), PDF pages, characters in
    a line or paragraph, paragraphs, and XML/HTML nesting. Each breach is a `LimitError`.
    """
    limits = Limits(
        max_bytes=max_bytes,
        max_text_bytes=max_text_bytes,
        max_pages=max_pages,
        max_line_chars=max_line_chars,
        max_paragraphs=max_paragraphs,
        max_depth=max_depth,
    )
    path = Path(source)
    data = read_input(path, max_bytes=limits.max_bytes)
    letter = _parse_bytes(
        data,
        name=display_name(path.name),
        path=display_name(str(path)),
        options=Options(strict=strict, entities=entities, pipeline=pipeline, limits=limits),
    )
    # metadata.xml beside the document (as officielebekendmakingen publishes it) fills and cross-checks.
    try:
        beside = find_metadata_file(path)
    except (OSError, RuntimeError, ValueError):  # an unreadable folder, a symlink loop beside it
        beside = None
    if beside is not None and beside != path:
        shown = display_name(beside.name)
        try:
            official = read_metadata_xml(read_input(beside, max_bytes=limits.max_text_bytes))
        except KamerstukError as exc:
            note = Diagnostic(stage="metadata", message=f"{shown} not read: {exc.message}", location=shown)
            return letter.model_copy(update={"diagnostics": [*letter.diagnostics, note]})
        letter = merge_metadata(letter, official, cross_check(letter.metadata, official), shown)
    return letter


def parse_bytes(
    data: bytes,
    *,
    name: str = "<bytes>",
    path: str | None = None,
    strict: bool = True,
    max_pages: int = MAX_PAGES,
    entities: bool = True,
    pipeline: PipelineChoice = "default",
    max_bytes: int = MAX_INPUT_BYTES,
    max_text_bytes: int = MAX_TEXT_BYTES,
    max_line_chars: int = MAX_LINE_CHARS,
    max_paragraphs: int = MAX_PARAGRAPHS,
    max_depth: int = MAX_DEPTH,
) -> Letter:
    """Parse a document held in memory (the bytes of a file); see `parse` for the options."""
    limits = Limits(
        max_bytes=max_bytes,
        max_text_bytes=max_text_bytes,
        max_pages=max_pages,
        max_line_chars=max_line_chars,
        max_paragraphs=max_paragraphs,
        max_depth=max_depth,
    )
    options = Options(strict=strict, entities=entities, pipeline=pipeline, limits=limits)
    return _parse_bytes(
        data, name=display_name(name), path=None if path is None else display_name(path), options=options
    )


def _parse_bytes(data: bytes, *, name: str, path: str | None, options: Options) -> Letter:
    limits = options.limits
    where = path or name
    if len(data) > limits.max_bytes:
        raise _too_large(f"the input is {len(data):,} bytes", "max_bytes", limits.max_bytes, where, len(data))
    try:
        fmt = detect_format(data)
    except SourceError as exc:
        raise _located(exc, where) from None
    if fmt != "pdf" and len(data) > limits.max_text_bytes:
        raise _too_large(
            f"the input is {len(data):,} bytes of {fmt.upper() if fmt != 'text' else 'text'}",
            "max_text_bytes",
            limits.max_text_bytes,
            where,
            len(data),
        )
    digest = hashlib.sha256(data).hexdigest()
    try:
        if fmt == "text":
            text = decode_text(data)
            if not text.strip():
                raise EmptyDocumentError("the input holds only whitespace")
            raw = _read_text(text, limits)
        elif fmt == "pdf":
            raw = read_pdf(data, name=where, max_pages=limits.max_pages)
        elif fmt == "xml":
            raw = read_xml(data, max_bytes=limits.max_text_bytes, max_depth=limits.max_depth)
        else:
            raw = read_html(data, max_bytes=limits.max_text_bytes, max_depth=limits.max_depth)
    except SourceError as exc:
        raise _located(exc, where) from None
    except RecursionError:  # only with max_depth raised far beyond the default
        raise DepthLimitError(
            f"the {fmt.upper()} nests too deeply for this reader (Python's recursion limit) "
            f"within max_depth={limits.max_depth}; lower max_depth to refuse such input early",
            source=where,
            maximum=limits.max_depth,
        ) from None
    source = Source(name=name, path=path, format=fmt, pages=raw.pages, sha256=digest)
    return _finish(raw, source, options, where)


def parse_text(
    text: str,
    *,
    name: str = "<text>",
    strict: bool = True,
    entities: bool = True,
    pipeline: PipelineChoice = "default",
    max_text_bytes: int = MAX_TEXT_BYTES,
    max_line_chars: int = MAX_LINE_CHARS,
    max_paragraphs: int = MAX_PARAGRAPHS,
) -> Letter:
    """Parse a letter given as a string (Markdown or pdftotext-style plain text).

    The limits (see `Limits`): ``max_text_bytes`` on the text's UTF-8 size,
    ``max_line_chars`` and ``max_paragraphs``. Lone surrogates (from bytes decoded with
    ``surrogateescape``) become U+FFFD.
    """
    limits = Limits(
        max_text_bytes=max_text_bytes, max_line_chars=max_line_chars, max_paragraphs=max_paragraphs
    )
    name = display_name(name)
    if not text.strip():
        raise EmptyDocumentError("the text is empty", source=name)
    try:
        encoded = text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "surrogatepass").decode("utf-8", errors="replace")
        encoded = text.encode("utf-8")
    if len(encoded) > limits.max_text_bytes:
        raise _too_large(
            f"the text is {len(encoded):,} bytes in UTF-8",
            "max_text_bytes",
            limits.max_text_bytes,
            name,
            len(encoded),
        )
    digest = hashlib.sha256(encoded).hexdigest()
    try:
        raw = _read_text(text, limits)
    except SourceError as exc:
        raise _located(exc, name) from None
    source = Source(name=name, path=None, format="text", pages=raw.pages, sha256=digest)
    options = Options(strict=strict, entities=entities, pipeline=pipeline, limits=limits)
    return _finish(raw, source, options, name)


def _read_text(text: str, limits: Limits) -> RawDocument:
    """`read_text`, after checking the longest line against ``max_line_chars``."""
    length, number = longest_line(text)
    if length > limits.max_line_chars:
        raise LineLimitError(
            f"line {number} holds {length:,} characters; the limit is {limits.max_line_chars:,}",
            limit="max_line_chars",
            maximum=limits.max_line_chars,
            actual=length,
        )
    return read_text(text)


def _check_blocks(raw: RawDocument, limits: Limits, where: str) -> None:
    """Refuse absurd reader output before the structure stage: too many blocks, or a giant one."""
    if len(raw.blocks) > limits.max_paragraphs:
        raise ParagraphLimitError(
            f"the document has {len(raw.blocks):,} blocks (paragraphs, headings, footnotes); "
            f"the limit is {limits.max_paragraphs:,}",
            source=where,
            limit="max_paragraphs",
            maximum=limits.max_paragraphs,
            actual=len(raw.blocks),
        )
    longest = max(raw.blocks, key=lambda b: len(b.text), default=None)
    if longest is not None and len(longest.text) > limits.max_line_chars:
        raise LineLimitError(
            f"a paragraph (block {longest.line}) holds {len(longest.text):,} characters; "
            f"the limit is {limits.max_line_chars:,}",
            source=where,
            limit="max_line_chars",
            maximum=limits.max_line_chars,
            actual=len(longest.text),
        )


def merge_metadata(letter: Letter, official: Metadata, checks: list[Diagnostic], origin: str) -> Letter:
    """Fill the fields a letter lacks from official metadata; mismatches stay as diagnostics."""
    fill = {
        key: getattr(official, key)
        for key in official.model_fields_set
        if getattr(letter.metadata, key) in (None, [], "other") and getattr(official, key) not in (None, [])
    }
    located = [d.model_copy(update={"location": d.location or origin}) for d in checks]
    return letter.model_copy(
        update={
            "metadata": letter.metadata.model_copy(update=fill),
            "diagnostics": [*letter.diagnostics, *located],
        }
    )


def _finish(raw: RawDocument, source: Source, options: Options, where: str) -> Letter:
    """The stages after reading: structure, entities, then the spaCy pipeline (within the limits)."""
    limits = options.limits
    _check_blocks(raw, limits, where)
    letter = build_letter(raw, source, strict=options.strict)
    if len(letter.paragraphs) > limits.max_paragraphs:
        raise ParagraphLimitError(
            f"the document has {len(letter.paragraphs):,} paragraphs; the limit is {limits.max_paragraphs:,}",
            source=where,
            limit="max_paragraphs",
            maximum=limits.max_paragraphs,
            actual=len(letter.paragraphs),
        )
    if not options.entities:
        return letter
    letter = extract(letter)
    if isinstance(options.pipeline, str):
        if options.pipeline == "none":
            return letter
        nlp = default_pipeline(rules_only=options.pipeline == "rules")
    else:
        nlp = options.pipeline
    return apply_pipeline(letter, nlp)
