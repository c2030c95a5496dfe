"""Words and lines of a PDF page from its characters: the geometry every PDF engine shares.

Words come from the characters (pdfplumber's word extractor, which needs only character
dicts); words on one baseline form a row, a row splits into segments at column gaps, and a
small raised number next to a line is a superscript (a footnote marker) of that line.
"""

from __future__ import annotations

import itertools
import math
import statistics
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from kamerstuk.patterns import fonts
from kamerstuk.patterns import structure as P
from kamerstuk.readers.pdf_page import PageObjects
from kamerstuk.readers.plaintext import MARK_CLOSE, MARK_OPEN

BASELINE_TOLERANCE = 2.0  # points: words on one line share a baseline within this
SUPERSCRIPT_RATIO = 0.85  # a superscript is at most this fraction of its line's size (6.5 on 8 pt seen)
_TOUCHING = 1.2  # points: a word this close to one in another size continues it ("CO" + subscript "2")


@dataclass(slots=True)
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    italic: bool


@dataclass
class Line:
    """A run of words on one baseline, one column (a row may hold several segments)."""

    words: list[Word]
    markers: list[tuple[float, int]] = field(default_factory=list)  # (x, number)
    more: list[Line] = field(default_factory=list)  # wrapped continuation lines of a styled line
    underlined: bool = False  # a rule drawn under the whole line: a heading in plain type

    @cached_property
    def x0(self) -> float:
        return min(w.x0 for w in self.words)

    @property
    def x1(self) -> float:
        return max(w.x1 for w in [*self.words, *(w for m in self.more for w in m.words)])

    @cached_property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        if self.more:
            return self.more[-1].bottom
        return self.first_bottom

    @cached_property
    def first_bottom(self) -> float:
        """Baseline of the first line (a styled line joined with its wrapped lines has several)."""
        return statistics.median(w.bottom for w in self.words)

    @cached_property
    def size(self) -> float:
        sizes: Counter[float] = Counter()
        for w in self.words:
            sizes[round(w.size, 1)] += len(w.text)
        return sizes.most_common(1)[0][0]

    @cached_property
    def bold(self) -> bool:
        return all(w.bold for w in self.words)

    @cached_property
    def italic(self) -> bool:
        return all(w.italic for w in self.words)

    def text(self) -> str:
        """The line's text with markers written as MARK_OPEN n MARK_CLOSE at their x position."""
        # (x0, x1, size, text); a word in another size that touches the one before it continues
        # it: the subscript in "CO2". Words of one size are already split where they should be.
        items: list[tuple[float, float, float, str]] = [(w.x0, w.x1, w.size, w.text) for w in self.words]
        items += [(x, x, 0.0, f"{MARK_OPEN}{n}{MARK_CLOSE}") for x, n in self.markers]
        out = ""
        last_x1, last_size = -1e9, 0.0
        for x0, x1, size, piece in sorted(items, key=lambda item: item[0]):
            touching = -2 <= x0 - last_x1 < _TOUCHING and abs(size - last_size) > 0.5 and size and last_size
            after_marker = out.endswith(MARK_CLOSE) and piece[:1] in ".,;:)!?"
            if piece.startswith(MARK_OPEN) or not out or touching or after_marker:
                out += piece
            else:
                out += " " + piece
            last_x1, last_size = x1, size
        return " ".join([out, *(m.text() for m in self.more)])


#: Word extraction settings (pdfplumber's names): characters further apart than X_TOLERANCE
#: points, or whose tops differ by more than Y_TOLERANCE, are in different words.
X_TOLERANCE = 1.5
Y_TOLERANCE = 2.0
_BOLD_NAMES = fonts.BOLD_NAMES
_ITALIC_NAMES = fonts.ITALIC_NAMES


def page_words(page: PageObjects) -> list[Word]:
    """The words of a page, from its characters.

    The same words as pdfplumber's ``extract_words(x_tolerance=1.5, y_tolerance=2,
    extra_attrs=["fontname", "size"])``, computed here for upright text without its generic
    machinery (a dict per word, a tolerance per character): that took a third of the time of
    reading a page with PDFium. Characters that do not stand upright go through pdfplumber.
    tests/test_pdf_words.py checks the two agree on every page we have.
    """
    out: list[Word] = []
    for (upright, font, size), run in itertools.groupby(page.chars, key=_run_key):
        chars = list(run)
        if not upright:
            out.extend(_words_from_pdfplumber(chars))
            continue
        lowered = str(font).lower()
        bold = any(k in lowered for k in _BOLD_NAMES)
        italic = any(k in lowered for k in _ITALIC_NAMES)
        for line in _lines_of(chars):
            for word in _split_words(line):
                out.append(_word(word, float(size), bold, italic))
    return out


def _run_key(char: dict[str, Any]) -> tuple[Any, Any, Any]:
    return char["upright"], char["fontname"], char["size"]


def _lines_of(chars: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Characters clustered by their top (within Y_TOLERANCE of the previous top, chained), each
    line sorted left to right: pdfplumber's `cluster_objects` and `iter_chars_to_lines`."""
    cluster: dict[float, int] = {}
    index, last = -1, -math.inf
    for top in sorted({c["top"] for c in chars}):
        if top > last + Y_TOLERANCE:
            index += 1
        cluster[top] = index
        last = top
    lines: list[list[dict[str, Any]]] = [[] for _ in range(index + 1)]
    for c in chars:
        lines[cluster[c["top"]]].append(c)
    return [sorted(line, key=_left) for line in lines]


def _left(char: dict[str, Any]) -> float:
    return char["x0"]  # type: ignore[no-any-return]


def _split_words(line: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    """A line's characters cut into words (pdfplumber's `iter_chars_to_words`): at blanks, where
    a character starts left of the previous one's start or past its end plus the tolerance,
    or sits higher or lower than the tolerance. A character without text is a word of its own."""
    word: list[dict[str, Any]] = []
    for c in line:
        text = c["text"]
        if text.isspace():
            if word:
                yield word
            word = []
        elif not text:
            if word:
                yield word
            yield [c]
            word = []
        elif word and (
            c["x0"] < word[-1]["x0"]
            or c["x0"] > word[-1]["x1"] + X_TOLERANCE
            or abs(c["top"] - word[-1]["top"]) > Y_TOLERANCE
        ):
            yield word
            word = [c]
        else:
            word.append(c)
    if word:
        yield word


def _word(chars: list[dict[str, Any]], size: float, bold: bool, italic: bool) -> Word:
    from pdfplumber.utils.text import LIGATURES

    text = "".join(LIGATURES.get(c["text"], c["text"] or "") for c in chars)
    if not _SPACING_MARKS.isdisjoint(text):
        text = _with_marks_combined(chars)
    return Word(
        text=text,
        x0=float(min(c["x0"] for c in chars)),
        x1=float(max(c["x1"] for c in chars)),
        top=float(min(c["top"] for c in chars)),
        bottom=float(max(c["bottom"] for c in chars)),
        size=size,
        bold=bold,
        italic=italic,
    )


def _words_from_pdfplumber(chars: list[dict[str, Any]]) -> list[Word]:
    from pdfplumber.utils.text import extract_words

    raw = extract_words(
        chars,
        extra_attrs=["fontname", "size"],
        x_tolerance=X_TOLERANCE,
        y_tolerance=Y_TOLERANCE,
        keep_blank_chars=False,
        return_chars=True,
    )
    out = []
    for w in raw:
        font = str(w.get("fontname", "")).lower()
        out.append(
            Word(
                text=w["text"] if _SPACING_MARKS.isdisjoint(w["text"]) else _with_marks_combined(w["chars"]),
                x0=float(w["x0"]),
                x1=float(w["x1"]),
                top=float(w["top"]),
                bottom=float(w["bottom"]),
                size=float(w["size"]),
                bold=any(k in font for k in _BOLD_NAMES),
                italic=any(k in font for k in _ITALIC_NAMES),
            )
        )
    return out


def _combining(mark: str) -> str | None:
    """The combining form of a spacing diacritic: "¸" -> U+0327, "ˇ" -> U+030C; None if it has none."""
    parts = unicodedata.decomposition(mark).split()
    if parts[:2] == ["<compat>", "0020"] and len(parts) == 3:
        return chr(int(parts[2], 16))
    try:
        return unicodedata.lookup("COMBINING " + unicodedata.name(mark).removeprefix("MODIFIER LETTER "))
    except KeyError:
        return None


# Spacing diacritics ("¸" U+00B8, "¨", "´", "ˆ", "ˇ", "˚", …: modifier symbols and letters that have a
# combining form). Some fonts draw an accent as a glyph of its own over or under a letter, and the
# text layer then has "s" + "¸" where the page shows "ş" ("Yes¸ilgöz"). Such a mark whose middle lies
# within the letter before or after it is that letter's accent; a mark beside a letter is a
# character of its own ("1,5˚C", "zo´n") and stays.
_SPACING_MARKS = frozenset(
    c for c in map(chr, range(0x0300)) if unicodedata.category(c) in ("Sk", "Lm") and _combining(c)
)


def _with_marks_combined(chars: list[dict[str, Any]]) -> str:
    """A word's text from its characters, a spacing diacritic drawn on a letter joined to it (NFC)."""
    from pdfplumber.utils.text import LIGATURES

    texts = [LIGATURES.get(c["text"], c["text"] or "") for c in chars]
    for i, c in enumerate(chars):
        combining = _combining(c["text"]) if c["text"] in _SPACING_MARKS else None
        if not combining:
            continue
        middle = (float(c["x0"]) + float(c["x1"])) / 2
        for j in (i - 1, i + 1):
            if (
                0 <= j < len(chars)
                and texts[j][-1:].isalpha()
                and float(chars[j]["x0"]) <= middle <= float(chars[j]["x1"])
            ):
                texts[j], texts[i] = texts[j] + combining, ""
                break
    return unicodedata.normalize("NFC", "".join(texts))


def rows(words: list[Word]) -> list[list[Word]]:
    """Group words (in order of baseline) into rows: a word joins the row whose median baseline
    lies within the tolerance. Words come sorted by baseline, so the row's baselines are kept in
    order and its median is read off in constant time (recomputing it word by word made a
    one-line page of n words cost n²)."""
    rows: list[list[Word]] = []
    bottoms: list[float] = []  # the last row's baselines, ascending
    for w in sorted(words, key=lambda w: (w.bottom, w.x0)):
        if rows and abs(sorted_median(bottoms) - w.bottom) <= BASELINE_TOLERANCE:
            rows[-1].append(w)
            bottoms.append(w.bottom)
        else:
            rows.append([w])
            bottoms = [w.bottom]
    return rows


def sorted_median(values: list[float]) -> float:
    """`statistics.median` of values already in ascending order (the same result, no sort)."""
    half = len(values) // 2
    return values[half] if len(values) % 2 else (values[half - 1] + values[half]) / 2


def segments(row: list[Word]) -> list[list[Word]]:
    """Split a row where a wide gap separates columns (margin | body | sidebar).

    A gap of more than an em where the type size changes also separates columns: the smaller
    sidebar of a ministry letterhead starts close to where a long body line ends. A heading's
    number and its title, set apart by a tab ("1.1   Blootstelling …"), stay one line.
    """
    row = sorted(row, key=lambda w: w.x0)
    segs: list[list[Word]] = [[row[0]]]
    for w in row[1:]:
        prev = segs[-1][-1]
        gap = w.x0 - prev.x1
        wide = gap > max(14.0, 2.2 * w.size)
        column_change = gap > 0.8 * max(w.size, prev.size) and abs(w.size - prev.size) > 0.5
        numbered = len(segs[-1]) == 1 and P.HEADING_NUMBER.match(prev.text) and prev.bold == w.bold
        if (wide and not numbered) or column_change:
            segs.append([w])
        else:
            segs[-1].append(w)
    return segs


def page_lines(words: list[Word]) -> list[Line]:
    """Group words into lines; attach raised small digits to the line they are superscripts of."""
    lines = [Line(seg) for row in rows(words) for seg in segments(row)]
    normal: list[Line] = []
    supers: list[Line] = []
    for line in lines:
        if all(w.text.isdigit() and len(w.text) <= 3 for w in line.words) and len(line.words) <= 2:
            supers.append(line)
        else:
            normal.append(line)
    hosts = Hosts(normal)
    for sup in supers:
        host = hosts.first(sup)
        if host is None:
            normal.append(sup)  # a digit on its own: page number, list number
            hosts.add(sup)
            continue
        for w in sup.words:
            host.markers.append((w.x0, int(w.text)))
    normal.sort(key=lambda ln: (round(ln.bottom), ln.x0))
    return normal


class Hosts:
    """The lines a superscript may belong to, found by height instead of by trying every line.

    The host of a superscript is the first line (in order) that is large enough, spans the
    superscript's baseline and reaches it sideways. Each line is filed under the whole points
    of height at which a superscript's baseline could fall in it, so a superscript is tested
    only against the lines at its height: a page of a thousand table digits and a thousand
    text lines costs thousands of tests, not a million. Same result as testing every line.
    """

    _TALL = 64  # points: a line spanning more heights than this is tested for every superscript

    def __init__(self, lines: list[Line]) -> None:
        self.lines: list[Line] = []
        self.facts: list[tuple[float, float, float, float, float]] = []  # size, top, bottom, x0, x1
        self.by_height: dict[int, list[int]] = {}
        self.tall: list[int] = []
        for line in lines:
            self.add(line)

    def add(self, line: Line) -> None:
        index = len(self.lines)
        self.lines.append(line)
        size, top, bottom = line.size, line.top, line.bottom
        self.facts.append((size, top, bottom, line.x0, line.x1))
        if not (math.isfinite(top) and math.isfinite(bottom)):
            self.tall.append(index)
            return
        low, high = math.floor(top - 1.5), math.floor(bottom - 0.8)
        if high - low > self._TALL:
            self.tall.append(index)
            return
        for y in range(low, high + 1):
            self.by_height.setdefault(y, []).append(index)

    def first(self, sup: Line) -> Line | None:
        size, bottom, x0 = sup.size, sup.bottom, sup.x0
        indices: list[int]
        if math.isfinite(bottom):
            indices = sorted([*self.by_height.get(math.floor(bottom), []), *self.tall])
        else:
            indices = list(range(len(self.lines)))
        for index in indices:
            c_size, c_top, c_bottom, c_x0, c_x1 = self.facts[index]
            if (
                c_size * SUPERSCRIPT_RATIO >= size
                and c_top - 1.5 <= bottom <= c_bottom - 0.8
                and c_x0 - 12 <= x0 <= c_x1 + 12
            ):
                return self.lines[index]
        return None
