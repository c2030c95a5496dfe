"""`merge_spans`: text plus possibly overlapping marked-up spans, as correctly nested HTML."""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["Span", "merge_spans"]


@dataclass(frozen=True)
class Span:
    """A piece of markup around ``text[start:end]``.

    `open` and `close` are trusted HTML (built by the caller with escaped attribute
    values). When a span has to be split to keep the HTML well nested, each later piece
    opens with `reopen` (default: `open`), so a unique ``id`` can stay on the first piece.
    A span with ``start == end`` is an insertion (a footnote marker, a badge): ``open +
    close`` is emitted at that offset. Among spans starting at the same offset, longer ones
    are outermost; `rank` breaks ties (lower is outer).
    """

    start: int
    end: int
    open: str
    close: str
    reopen: str | None = None
    rank: int = 0


def merge_spans(text: str, spans: Iterable[Span], *, offset: int = 0) -> str:
    """Return `text` HTML-escaped, with `spans` wrapped around their ranges, well nested.

    `offset` is the position of ``text[0]`` in the coordinates of the spans (so a paragraph
    can be rendered with spans whose offsets point into the whole letter). Spans are clipped
    to the text; spans entirely outside it are dropped. Overlapping spans that do not nest
    (a citation that runs past the end of a commitment) are handled deterministically: the
    span that opened first stays outer, and the inner one is closed at the outer one's end
    and reopened right after it. Insertions at an offset come after the spans that close
    there (and before any span reopened there) and before the spans that open there.
    """
    n = len(text)
    ranged: list[tuple[int, int, int, int, Span]] = []
    inserts: list[tuple[int, int, int, Span]] = []
    for order, span in enumerate(spans):
        start, end = span.start - offset, span.end - offset
        if start == end:
            if 0 <= start <= n:
                inserts.append((start, span.rank, order, span))
            continue
        start, end = max(start, 0), min(end, n)
        if start < end:
            ranged.append((start, -(end - start), span.rank, order, span))
    ranged.sort(key=lambda item: item[:4])
    inserts.sort(key=lambda item: item[:3])

    opens: dict[int, list[tuple[int, Span]]] = {}
    for start, negative_length, _, _, span in ranged:
        opens.setdefault(start, []).append((start - negative_length, span))
    at: dict[int, list[Span]] = {}
    for pos, _, _, span in inserts:
        at.setdefault(pos, []).append(span)
    points = sorted({0, n, *opens, *at, *(start - negative for start, negative, *_ in ranged)})

    out: list[str] = []
    stack: list[tuple[int, Span]] = []  # (end, span), outermost first
    previous = 0
    for pos in points:
        out.append(html.escape(text[previous:pos], quote=False))
        previous = pos
        # Close every span ending here; spans opened inside one of them are closed too and
        # reopened after it, so the markup stays well nested.
        if any(end == pos for end, _ in stack):
            first = min(i for i, (end, _) in enumerate(stack) if end == pos)
            popped = stack[first:]
            del stack[first:]
            out.extend(span.close for _, span in reversed(popped))
            out.extend(span.open + span.close for span in at.pop(pos, []))
            for end, span in popped:
                if end > pos:
                    out.append(span.reopen if span.reopen is not None else span.open)
                    stack.append((end, span))
        out.extend(span.open + span.close for span in at.get(pos, []))
        for end, span in opens.get(pos, []):
            # Keep the stack's ends non-increasing: a span outliving its parent is split
            # at the parent's end (handled when the parent closes).
            out.append(span.open)
            stack.append((end, span))
    out.append(html.escape(text[previous:], quote=False))
    out.extend(span.close for _, span in reversed(stack))
    return "".join(out)
