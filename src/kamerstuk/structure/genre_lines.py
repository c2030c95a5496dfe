"""The view of a document that the genre rooms read: its lines, and where each stands.

`lines_of` turns a reader's blocks into `Line`s (footnotes left out), so that the genre rules
(`genre_rules`) and the metadata of a non-letter (`genre`) look at the openings of lines, the
same for PDF, plain text and Markdown input. The tests here are the ones both make of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kamerstuk.blocks import Block

_SHORT_LINE = 80  # a heading-like line: labels, titles, chapter names
_TITLE_PAGE_CHARS = 400  # all the text a title page holds
_QUOTE_CHARS = 60


@dataclass(frozen=True)
class Line:
    text: str
    page: int
    block: int  # index into the blocks
    heading: bool
    alone: bool  # the only line of its block


def lines_of(blocks: Sequence[Block]) -> list[Line]:
    """The stripped, non-empty lines of every block but footnotes, in order."""
    out: list[Line] = []
    for i, b in enumerate(blocks):
        if b.kind == "footnote":
            continue
        block_lines = [ln.strip() for ln in (b.lines or (b.text,)) if ln.strip()]
        for text in block_lines:
            out.append(Line(text, b.page, i, b.kind == "heading", len(block_lines) == 1))
    return out


def heading_like(line: Line) -> bool:
    """A heading, or a short line: where titles, chapter names and labels stand."""
    return line.heading or len(line.text) <= _SHORT_LINE


def has_title_page(blocks: Sequence[Block], pages: int | None) -> bool:
    """Page 1 of a longer document holds only a few short lines (or nothing but a picture)."""
    if not pages or pages < 4:
        return False
    first = [b for b in blocks if b.page == 1 and b.kind != "footnote"]
    return len(first) <= 6 and sum(len(b.text) for b in first) <= _TITLE_PAGE_CHARS


def quote(text: str | None) -> str:
    """A piece of the document as evidence, on one line and cut short: "'Conclusies en aanbevelingen'"."""
    text = " ".join((text or "").split())
    return f"'{text if len(text) <= _QUOTE_CHARS else text[: _QUOTE_CHARS - 1] + '…'}'"
