"""The blocks of a plain-text letter, and the widths its lines are measured by.

`page_blocks` splits text into pages on form feeds and into blocks of lines on blank lines,
keeping each block's page and first line number. `typical_width` is what a full body line
holds, by which a short line (a heading, a paragraph's last line) is told; a sidebar colofon's
lines are narrow, at most `SIDEBAR_MAX_CHARS`.
"""

from __future__ import annotations

from dataclasses import dataclass

SIDEBAR_MAX_CHARS = 55  # sidebar colofon lines are narrow; body lines run ~80–95 characters


@dataclass
class LineBlock:
    """The non-blank lines between two blank lines (or page ends), stripped."""

    page: int
    line: int
    lines: list[str]


def page_blocks(text: str) -> tuple[list[LineBlock], int]:
    """The blocks of `text` and its number of pages (at least 1)."""
    pages = text.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    out: list[LineBlock] = []
    line_no = 0
    for page_no, page in enumerate(pages, start=1):
        current: list[str] = []
        start = line_no
        for raw_line in page.split("\n"):
            line_no += 1
            line = raw_line.rstrip()
            if line.strip():
                if not current:
                    start = line_no
                current.append(line.strip())
            elif current:
                out.append(LineBlock(page_no, start, current))
                current = []
        if current:
            out.append(LineBlock(page_no, start, current))
        line_no -= 1  # the form feed shares the line with the next page's first line
    return out, max(len(pages), 1)


def typical_width(lines: list[str]) -> int:
    """The body's line width in characters: what a full line holds (the 80th percentile)."""
    lengths = sorted(len(x) for x in lines if len(x) > SIDEBAR_MAX_CHARS)
    if not lengths:
        return 80
    return lengths[int(len(lengths) * 0.8)]


def looks_like_body(lines: list[str], width: int) -> bool:
    """Does a line run (nearly) the full width, as running text does?"""
    return any(len(x) >= 0.85 * width for x in lines)
