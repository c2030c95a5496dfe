"""Footnotes in plain text: numbered lines at a page's foot, and the markers in the body.

Text extraction loses superscript, so a footnote is known by its number at a line start and a
marker with that number glued to a word before it ("draagmoederschap.1 Het"); in pdfminer's text
a marker may also stand apart ("2022 2 is") or be glued to a year ("2022-20278, het": 2027 and
marker 8). `has_marker`
looks for one, `with_markers` takes them out of the body text as `Marker`s.
"""

from __future__ import annotations

import re

from kamerstuk.blocks import Block, Marker
from kamerstuk.patterns import structure as P


def line_after(lines: list[str], i: int) -> str:
    """The line after lines[i], or "" at the end."""
    return lines[i + 1] if i + 1 < len(lines) else ""


def footnote_text(m: re.Match[str]) -> str | None:
    """The text on a footnote's first line (None when the number stands alone on it)."""
    return next((g for g in m.groups()[1:] if g), None)


def has_marker(body: str, number: int, *, spaced: bool = False) -> bool:
    """Does `body` hold the marker of footnote `number`? Spaced and year markers only when `spaced`."""
    if any(int(m.group(1)) == number for m in P.TEXT_FOOTNOTE_MARKER.finditer(body)):
        return True
    return spaced and (
        any(int(m.group(2)) == number for m in P.TEXT_SPACED_FOOTNOTE_MARKER.finditer(body))
        or any(int(m.group(1)) == number for m in P.TEXT_YEAR_FOOTNOTE_MARKER.finditer(body))
    )


def with_markers(blocks: list[Block], numbers: set[int], *, spaced: bool = False) -> list[Block]:
    """Take footnote markers glued to words ("draagmoederschap.1 Het") out of the body text."""
    out: list[Block] = []
    expected = 1
    for block in blocks:
        if block.kind == "footnote" or not numbers:
            out.append(block)
            continue
        markers: list[Marker] = []
        pieces: list[str] = []
        pos = 0
        # Glued markers ("draagmoederschap.1 Het") and markers set apart by spaces ("2022 2 is"),
        # in text order; the span to cut is the digits (and the space before spaced ones).
        found = sorted(
            [(m.start(1), m.end(1), int(m.group(1))) for m in P.TEXT_FOOTNOTE_MARKER.finditer(block.text)]
            + [
                (m.start(1), m.end(1), int(m.group(2)))
                for m in (P.TEXT_SPACED_FOOTNOTE_MARKER.finditer(block.text) if spaced else ())
            ]
            + [
                (m.start(1), m.end(1), int(m.group(1)))
                for m in (P.TEXT_YEAR_FOOTNOTE_MARKER.finditer(block.text) if spaced else ())
            ]
        )
        for start, end, number in found:
            if number != expected or number not in numbers or start < pos:
                continue
            pieces.append(block.text[pos:start])
            markers.append(Marker(sum(len(p) for p in pieces), number))
            pos = end
            expected += 1
        if not markers:
            out.append(block)
            continue
        pieces.append(block.text[pos:])
        out.append(
            Block(
                block.kind,
                "".join(pieces),
                block.page,
                block.line,
                markers=tuple(markers),
                level=block.level,
                lines=block.lines,
            )
        )
    return out
