"""`parse()` and `parse_text()`: detect the format, run the stages in order, return a Letter."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from spacy.language import Language

from kamerstuk.blocks import RawDocument
from kamerstuk.entities import extract
from kamerstuk.errors import EmptyDocumentError, KamerstukError, SourceError, UnsupportedFormatError
from kamerstuk.models import Diagnostic, Format, Letter, Metadata, Source
from kamerstuk.pipeline import apply_pipeline, default_pipeline
from kamerstuk.readers.html import read_html
from kamerstuk.readers.metadata_xml import cross_check, find_metadata_file, read_metadata_xml
from kamerstuk.readers.pdf import MAX_PAGES, read_pdf
from kamerstuk.readers.text import read_text
from kamerstuk.readers.xml import read_xml
from kamerstuk.structure import build_letter

#: Inputs larger than this are refused before reading: no real Kamerstuk comes near it.
MAX_INPUT_BYTES = 200 * 1024 * 1024


def detect_format(data: bytes) -> Format:
    """Detect the format from the content (not the file name).

    PDF by its ``%PDF-`` signature, HTML and XML by their first tag, text when the bytes
    decode as text. Binary junk raises `UnsupportedFormatError`; no content raises
    `EmptyDocumentError`.
    """
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.strip():
        raise EmptyDocumentError("the input is empty")
    if b"%PDF-" in data[:1024]:
        return "pdf"
    lowered = head[:512].lower()
    if lowered.startswith((b"<!doctype html", b"<html")) or b"<html" in lowered[:300]:
        return "html"
    if lowered.startswith(b"<?xml") or (
        lowered.startswith(b"<") and b">" in lowered and not lowered.startswith(b"<sup")
    ):
        return "xml"
    if _is_binary(data):
        raise UnsupportedFormatError("the input is binary data, not a PDF, XML, HTML or text document")
    return "text"


def _is_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    try:
        text = sample.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(sample) - 4:  # not just a multi-byte character cut by the sample
            try:
                text = sample.decode("cp1252")
            except UnicodeDecodeError:
                return True
        else:
            text = sample[: exc.start].decode("utf-8")
    control = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    return control > max(2, len(text) // 100)


def decode_text(data: bytes) -> str:
    """Decode text input: UTF-8 (with or without BOM), else Windows-1252."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


PipelineChoice = Literal["default", "rules", "none"] | Language


@dataclass(frozen=True)
class Options:
    """How to parse: shared by parse(), parse_bytes() and parse_text()."""

    strict: bool = True
    max_pages: int = MAX_PAGES
    entities: bool = True
    pipeline: PipelineChoice = "default"


def parse(
    source: str | os.PathLike[str],
    *,
    strict: bool = True,
    max_pages: int = MAX_PAGES,
    entities: bool = True,
    pipeline: PipelineChoice = "default",
) -> Letter:
    """Parse a parliamentary document from a file into a `Letter`.

    The format (PDF, XML, HTML, text/Markdown) is detected from the content. Raises a
    `KamerstukError` subclass for unreadable input (`SourceError`: scanned, encrypted or
    damaged PDFs each have their own) or text that is not a parliamentary document
    (`StructureError`, only when ``strict``). ``max_pages`` guards against absurd PDFs;
    ``entities=False`` skips citations, dates, commitments and recommendations.
    ``pipeline`` runs the spaCy pipeline (paragraph labels, links, stances): "default" is
    the one shipped with kamerstuk, "rules" its rules-only form, "none" skips it, or pass
    your own `spacy.Language` from `load_pipeline()`.
    """
    path = Path(source)
    try:
        size = path.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise SourceError(f"the file is {size} bytes; the limit is {MAX_INPUT_BYTES}", source=str(path))
        data = path.read_bytes()
    except FileNotFoundError:
        raise SourceError("no such file", source=str(path)) from None
    except IsADirectoryError:
        raise SourceError("is a directory, not a file", source=str(path)) from None
    except PermissionError:
        raise SourceError("permission denied", source=str(path)) from None
    letter = parse_bytes(
        data,
        name=path.name,
        path=str(path),
        strict=strict,
        max_pages=max_pages,
        entities=entities,
        pipeline=pipeline,
    )
    # metadata.xml beside the document (as officielebekendmakingen publishes it) fills and cross-checks.
    beside = find_metadata_file(path)
    if beside is not None and beside != path:
        try:
            official = read_metadata_xml(beside.read_bytes())
        except KamerstukError as exc:
            note = Diagnostic(
                stage="metadata", message=f"{beside.name} not read: {exc.message}", location=beside.name
            )
            return letter.model_copy(update={"diagnostics": [*letter.diagnostics, note]})
        letter = merge_metadata(letter, official, cross_check(letter.metadata, official), beside.name)
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
) -> Letter:
    """Parse a document held in memory (the bytes of a file); see `parse` for the options."""
    options = Options(strict=strict, max_pages=max_pages, entities=entities, pipeline=pipeline)
    where = path or name
    try:
        fmt = detect_format(data)
    except SourceError as exc:
        raise type(exc)(exc.message, source=where) from None
    digest = hashlib.sha256(data).hexdigest()
    if fmt == "text":
        text = decode_text(data)
        if not text.strip():
            raise EmptyDocumentError("the input holds only whitespace", source=where)
        raw = read_text(text)
    elif fmt == "pdf":
        raw = read_pdf(data, name=where, max_pages=options.max_pages)
    else:
        try:
            raw = read_xml(data) if fmt == "xml" else read_html(data)
        except SourceError as exc:
            raise type(exc)(exc.message, source=where) from None
    return _finish(raw, Source(name=name, path=path, format=fmt, pages=raw.pages, sha256=digest), options)


def parse_text(
    text: str,
    *,
    name: str = "<text>",
    strict: bool = True,
    entities: bool = True,
    pipeline: PipelineChoice = "default",
) -> Letter:
    """Parse a letter given as a string (Markdown or pdftotext-style plain text)."""
    if not text.strip():
        raise EmptyDocumentError("the text is empty", source=name)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    raw = read_text(text)
    source = Source(name=name, path=None, format="text", pages=raw.pages, sha256=digest)
    return _finish(raw, source, Options(strict=strict, entities=entities, pipeline=pipeline))


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


def _finish(raw: RawDocument, source: Source, options: Options) -> Letter:
    """The stages after reading: structure, entities, then the spaCy pipeline."""
    letter = build_letter(raw, source, strict=options.strict)
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
