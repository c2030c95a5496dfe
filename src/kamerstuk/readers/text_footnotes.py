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
    if str(number) not in body:  # a marker's digits spell its number (a leading zero aside)
        return False
    if any(int(m.group(1)) == number for m in P.TEXT_FOOTNOTE_MARKER.finditer(body)):
        return True
    return spaced and (
        any(int(m.group(2)) == number for m in P.TEXT_SPACED_FOOTNOTE_MARKER.finditer(body))
        or any(int(m.group(1)) == number for m in P.TEXT_YEAR_FOOTNOTE_MARKER.finditer(body))
    )


#: Characters past a match (or a failed attempt) that decide it: the marker patterns look at
#: most a month's name ahead ("2 september") and five characters back. Matches ending this far
#: before the end of the text read so far stay as they are whatever text follows.
_SETTLED = 64


class MarkerScan:
    """`has_marker` over a body text that grows, in time linear in the text.

    `has_marker` searches the whole text on each call; a reader that asks after every
    paragraph (is footnote n's marker in the body above?) then takes time quadratic in the
    letter. This scan keeps the numbers of the markers found where more text can no longer
    change them, and per pattern the position where its search resumes, so each call reads
    only the text added since (and the last `_SETTLED` characters again). The answers are
    those of ``has_marker(text, number, spaced=spaced)`` on the text added so far.
    """

    def __init__(self, *, spaced: bool = False) -> None:
        self.text = ""
        # (pattern, group holding the number, resume position, numbers settled so far)
        self._scans: list[tuple[re.Pattern[str], int, list[int], set[int]]] = [
            (P.TEXT_FOOTNOTE_MARKER, 1, [0], set())
        ]
        if spaced:
            self._scans.append((P.TEXT_SPACED_FOOTNOTE_MARKER, 2, [0], set()))
            self._scans.append((P.TEXT_YEAR_FOOTNOTE_MARKER, 1, [0], set()))

    def add(self, piece: str) -> None:
        """Append `piece` to the text."""
        # Through a local name, so that CPython grows the string in place (``self.text +=``
        # would copy the whole text on every call).
        text, self.text = self.text, ""
        text += piece
        self.text = text

    def has(self, number: int) -> bool:
        """Does the text so far hold the marker of footnote `number`?

        The patterns are tried in `has_marker`'s order, each only as far as needed: the
        rest of the text is searched by a later call (from where this one stopped).
        """
        text = self.text
        settled_end = len(text) - _SETTLED
        for pattern, group, resume, settled in self._scans:
            if number in settled:
                return True
            start = resume[0]
            # Where the next search may start afresh: after the last settled match, before any
            # match that is not settled, and never past `settled_end` (more text may change it).
            fresh = max(start, settled_end)
            found = False
            for m in pattern.finditer(text, start):
                value = int(m.group(group))
                if m.end() <= settled_end:
                    settled.add(value)
                    if value == number:
                        fresh, found = m.end(), True
                        break
                else:  # may change with more text: search from here again next time
                    fresh = min(fresh, m.start())
                    if value == number:
                        found = True
                        break
            resume[0] = fresh
            if found:
                return True
        return False


def with_markers(blocks: list[Block], numbers: set[int], *, spaced: bool = False) -> list[Block]:
    """Take footnote markers glued to words ("draagmoederschap.1 Het") out of the body text."""
    out: list[Block] = []
    expected = 1
    for block in blocks:
        # Only the marker of the next footnote is taken, and its digits spell its number: a
        # block without them keeps its text (most blocks, and all once the last note is placed).
        if block.kind == "footnote" or expected not in numbers or str(expected) not in block.text:
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
