"""What a PDF engine gives the reader of one page: characters, rules, boxes and images.

Both engines (pdfminer through pdfplumber, and PDFium) produce the same `PageObjects`: plain
dicts with pdfplumber's keys and meaning (``x0``, ``x1``, ``top``, ``bottom`` in points from
the page's top-left corner as displayed; a character's ``size``, ``fontname``, ``upright``
and ``matrix``), so the geometry after them is one implementation.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

#: Most characters one page may hold. The densest page we have read holds 13,000, an A4 page
#: filled with 4-point type about 50,000. A page beyond it is generated junk (a data dump, one
#: line of a million characters, a 10 MB content stream) that would take gigabytes and minutes
#: to lay out: reading stops at the limit with `PageLimitError`.
MAX_PAGE_CHARS = 100_000
#: Most characters a page may hold on average, over the page limit: a PDF may hold at most
#: ``max_pages * MAX_AVERAGE_PAGE_CHARS`` characters (five million for the default 1,000 pages;
#: a page of dense body text holds 4,000).
MAX_AVERAGE_PAGE_CHARS = 5_000
#: Most rectangles and lines kept from one page (the real ones draw a few hundred): rules and
#: boxes are all the reader uses them for. A detailed map or chart may draw far more; the
#: rest are left out with a note. Curves are never kept.
MAX_PAGE_SHAPES = 20_000


@dataclass
class PageObjects:
    """What the reader uses of a page: its size and its characters, rectangles, lines and images
    as the dicts pdfplumber gives (the same keys and values), made straight from pdfminer's
    layout. pdfplumber's own conversion resolves two dozen attributes of every character and
    took half the reading time; nothing of it is cached on the page, which stays small."""

    width: float
    height: float
    bbox: tuple[float, float, float, float]
    chars: list[dict[str, Any]] = field(default_factory=list)
    rects: list[dict[str, Any]] = field(default_factory=list)
    lines: list[dict[str, Any]] = field(default_factory=list)
    images: list[dict[str, Any]] = field(default_factory=list)

    def extract_words(self, **kwargs: Any) -> list[dict[str, Any]]:
        """`pdfplumber.Page.extract_words` on these characters."""
        from pdfplumber.utils.text import extract_words

        return list(extract_words(self.chars, **kwargs))


#: Degrees a character may lean off a quarter turn and still count as set in that direction.
TURN_TOLERANCE = 10.0


def text_turn(chars: list[dict[str, Any]]) -> int | None:
    """The quarter turn (0, 90, 180, 270) the page must be turned by for most of its characters
    to stand upright; 0 when they already do, None when most are set at another angle."""
    turns: Counter[int | None] = Counter()
    for c in chars:
        a, b, c_, d = (float(v) for v in c["matrix"][:4])
        if b == 0 and c_ == 0 and a > 0 and d > 0:
            turns[0] += 1
            continue
        if a * d - b * c_ <= 0:  # mirrored or flat: no turn sets it upright
            turns[None] += 1
            continue
        angle = math.degrees(math.atan2(b, a))
        quarter = round(angle / 90)
        turns[(quarter * 90) % 360 if abs(angle - quarter * 90) <= TURN_TOLERANCE else None] += 1
    return turns.most_common(1)[0][0] if turns else 0


def image_cover(page: Any) -> float:
    """The fraction of the page that images cover (overlaps counted twice, at most 1)."""
    x0, top, x1, bottom = (float(v) for v in page.bbox)
    area = (x1 - x0) * (bottom - top)
    if area <= 0:
        return 0.0
    covered = 0.0
    for im in page.images:
        w = min(float(im["x1"]), x1) - max(float(im["x0"]), x0)
        h = min(float(im["bottom"]), bottom) - max(float(im["top"]), top)
        if w > 0 and h > 0:
            covered += w * h
    return min(1.0, covered / area)
