"""Read Markdown conversions of official Kamerstuk PDFs into blocks.

Converters (marker, docling, pymupdf4llm, …) keep the PDF's page order: each page's
footnotes stand as a block of ``<sup>n</sup> text`` lines where that page ended, sometimes
after a ``---`` separator, and a paragraph cut by the page break continues after them.
This reader turns that into blocks with page numbers; joining is the structure stage's job.
"""

from __future__ import annotations

import html
import re

from kamerstuk.blocks import Block, Marker, Note, RawDocument
from kamerstuk.patterns import structure as P

_OPEN, _CLOSE = "\ue000", "\ue001"  # private-use sentinels that carry marker numbers through cleaning
_SENTINEL = re.compile(f"{_OPEN}(\\d+){_CLOSE}")
_SPACES = re.compile(r"[ \t\u00a0\u2009\u202f]+")


def clean_inline(text: str) -> tuple[str, tuple[Marker, ...]]:
    """Strip inline Markdown/HTML from one line or block; return text and footnote markers.

    >>> clean_inline("in **bijlage 1**<sup>1</sup>. Op")
    ('in bijlage 1. Op', (Marker(offset=12, number=1),))
    """
    text = P.MD_AUTOLINK.sub(r"\1", text)
    text = P.MD_LINK.sub(r"\1", text)
    text = P.SUP_MARKER.sub(lambda m: f"{_OPEN}{m.group(1)}{_CLOSE}", text)
    text = P.MD_FOOTNOTE_REF.sub(lambda m: f"{_OPEN}{m.group(1)}{_CLOSE}", text)
    if "$" in text:
        text = P.SPACE_INSIDE_BRACKETS.sub("", P.MD_INLINE_MATH.sub(lambda m: m.group(1).strip(), text))
    for _ in range(2):  # nested emphasis: "***x***"
        text = P.MD_EMPHASIS.sub(lambda m: m.group(2) if m.group(2) is not None else m.group(4), text)
    text = P.MD_ESCAPE.sub(r"\1", text)
    text = P.HTML_TAG.sub("", text)
    text = html.unescape(text)
    text = _SPACES.sub(" ", text.replace("\n", " ")).strip()
    markers: list[Marker] = []
    out: list[str] = []
    pos = 0
    for m in _SENTINEL.finditer(text):
        out.append(text[pos : m.start()])
        markers.append(Marker(offset=sum(len(s) for s in out), number=int(m.group(1))))
        pos = m.end()
    out.append(text[pos:])
    cleaned = "".join(out)
    # A marker removed between two spaces leaves a double space: collapse it, shifting offsets.
    while "  " in cleaned:
        i = cleaned.index("  ")
        cleaned = cleaned[:i] + cleaned[i + 1 :]
        markers = [Marker(mk.offset - 1 if mk.offset > i else mk.offset, mk.number) for mk in markers]
    return cleaned, tuple(markers)


def _raw_blocks(text: str) -> list[tuple[int, list[str]]]:
    """Split into blank-line-separated blocks: (first line number, lines)."""
    blocks: list[tuple[int, list[str]]] = []
    current: list[str] = []
    start = 0
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            if not current:
                start = number
            current.append(line.rstrip())
        elif current:
            blocks.append((start, current))
            current = []
    if current:
        blocks.append((start, current))
    return blocks


def _split_footnotes(first_line: int, lines: list[str]) -> list[tuple[int, list[str]]] | None:
    """If a block is footnotes ("<sup>n</sup> …" / "[^n]: …" lines), split it per footnote."""
    if not (P.SUP_FOOTNOTE_BLOCK.match(lines[0]) or P.MD_FOOTNOTE_DEF.match(lines[0])):
        return None
    notes: list[tuple[int, list[str]]] = []
    for i, line in enumerate(lines):
        if P.SUP_FOOTNOTE_BLOCK.match(line) or P.MD_FOOTNOTE_DEF.match(line):
            notes.append((first_line + i, [line]))
        else:
            notes[-1][1].append(line)
    return notes


def read_markdown(text: str) -> RawDocument:
    """Read a Markdown letter into blocks with page numbers and footnote markers."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    raw = _raw_blocks(text)
    blocks: list[Block] = []
    notes: list[Note] = []
    page = 1
    in_footnotes = False  # the previous block was (part of) a page's footnote block
    pending_separator = False
    for first_line, lines in raw:
        joined = "\n".join(lines)
        if len(lines) == 1 and P.MD_PAGE_SEPARATOR.match(lines[0]):
            pending_separator = True
            continue
        footnotes = _split_footnotes(first_line, lines)
        if footnotes is None and (in_footnotes or pending_separator):
            page += 1  # body text after a footnote block or a separator starts a new page
        if footnotes is not None and pending_separator and in_footnotes:
            page += 1
        pending_separator = False
        if footnotes is not None:
            for line_no, note_lines in footnotes:
                head = note_lines[0]
                m = P.SUP_FOOTNOTE_BLOCK.match(head) or P.MD_FOOTNOTE_DEF.match(head)
                assert m is not None
                body, _ = clean_inline(" ".join([m.group(2), *note_lines[1:]]))
                if not body:
                    notes.append(Note(f"footnote {m.group(1)} has no text", f"line {line_no}"))
                blocks.append(Block("footnote", body, page, line_no, number=int(m.group(1))))
            in_footnotes = True
            continue
        in_footnotes = False
        heading = P.MD_HEADING.match(lines[0]) if len(lines) == 1 else None
        if heading:
            inner = heading.group(2).strip()
            bold = bool(P.MD_WHOLE_BOLD.match(inner))
            italic = not bold and bool(P.MD_WHOLE_ITALIC.match(inner))
            title, _ = clean_inline(inner)
            if title:
                blocks.append(
                    Block(
                        "heading",
                        title,
                        page,
                        first_line,
                        bold=bold,
                        italic=italic,
                        level=len(heading.group(1)),
                        lines=(title,),
                    )
                )
            continue
        stripped = joined.strip()
        bold = bool(P.MD_WHOLE_BOLD.match(stripped))
        italic = not bold and bool(P.MD_WHOLE_ITALIC.match(stripped))
        cleaned, markers = clean_inline(joined)
        if not cleaned:
            notes.append(Note("block with only markup dropped", f"line {first_line}", "info"))
            continue
        line_texts = tuple(clean_inline(line)[0] for line in lines)
        blocks.append(
            Block(
                "text",
                cleaned,
                page,
                first_line,
                markers=markers,
                bold=bold,
                italic=italic,
                lines=tuple(t for t in line_texts if t),
            )
        )
    return RawDocument(blocks=blocks, pages=page, notes=notes)
