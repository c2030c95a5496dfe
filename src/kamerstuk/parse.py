"""`parse()`, `parse_bytes()` and `parse_text()`: read safely, detect the format, run the stages.

Every input is bounded by documented limits (`Limits`): bytes, pages, line length,
paragraphs and element nesting. A breach raises a `LimitError` naming the option that
raises it, before the expensive stages run. `parse()` reads only regular files, and at most
``max_bytes + 1`` bytes of them (`read_input`): a FIFO, a device, a socket or a symlink loop
is a typed `SourceError`, never a hang or a traceback. The limits, the safe reading and format
detection live in `kamerstuk.inputs`; this module runs the stages.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from spacy.language import Language

from kamerstuk.blocks import RawDocument
from kamerstuk.entities import extract
from kamerstuk.errors import (
    DepthLimitError,
    EmptyDocumentError,
    KamerstukError,
    LineLimitError,
    ParagraphLimitError,
    SourceError,
)
from kamerstuk.inputs import (
    MAX_INPUT_BYTES,
    MAX_LINE_CHARS,
    MAX_PARAGRAPHS,
    MAX_TEXT_BYTES,
    Limits,
    detect_format,
    display_name,
    located,
    read_input,
    too_large,
)
from kamerstuk.models import Diagnostic, Letter, Metadata, Source
from kamerstuk.pipeline import apply_pipeline, default_pipeline
from kamerstuk.readers.html import read_html
from kamerstuk.readers.metadata_xml import cross_check, find_metadata_file, read_metadata_xml
from kamerstuk.readers.pdf import DEFAULT_ENGINE, MAX_PAGES, PdfEngine, read_pdf
from kamerstuk.readers.text import decode_text, longest_line, read_text
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


PipelineChoice = Literal["default", "rules", "none"] | Language


@dataclass(frozen=True)
class Options:
    """How to parse: shared by parse(), parse_bytes() and parse_text()."""

    strict: bool = True
    entities: bool = True
    pipeline: PipelineChoice = "default"
    limits: Limits = field(default_factory=Limits)
    engine: PdfEngine = DEFAULT_ENGINE

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
    engine: PdfEngine = DEFAULT_ENGINE,
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

    ``engine`` reads a PDF's characters: "pdfium" (the default, about three times faster) or
    "pdfplumber" (pdfminer, the reference). Both give the same letter on the documents we
    check (docs/performance.md); a PDF that PDFium cannot open is read with pdfplumber.
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
        options=Options(strict=strict, entities=entities, pipeline=pipeline, limits=limits, engine=engine),
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
    engine: PdfEngine = DEFAULT_ENGINE,
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
    options = Options(strict=strict, entities=entities, pipeline=pipeline, limits=limits, engine=engine)
    return _parse_bytes(
        data, name=display_name(name), path=None if path is None else display_name(path), options=options
    )


def _parse_bytes(data: bytes, *, name: str, path: str | None, options: Options) -> Letter:
    limits = options.limits
    where = path or name
    if len(data) > limits.max_bytes:
        raise too_large(f"the input is {len(data):,} bytes", "max_bytes", limits.max_bytes, where, len(data))
    try:
        fmt = detect_format(data)
    except SourceError as exc:
        raise located(exc, where) from None
    if fmt != "pdf" and len(data) > limits.max_text_bytes:
        raise too_large(
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
            raw = read_pdf(data, name=where, max_pages=limits.max_pages, engine=options.engine)
        elif fmt == "xml":
            raw = read_xml(data, max_bytes=limits.max_text_bytes, max_depth=limits.max_depth)
        else:
            raw = read_html(data, max_bytes=limits.max_text_bytes, max_depth=limits.max_depth)
    except SourceError as exc:
        raise located(exc, where) from None
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
        raise too_large(
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
        raise located(exc, name) from None
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
