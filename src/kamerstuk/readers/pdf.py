"""Read PDFs from pdfplumber's characters: lines with font, size, position and superscripts.

General converters flatten a Kamerstuk PDF into text and lose what the typesetter said with
geometry. We keep it: words are grouped into lines by baseline; a smaller word whose
baseline is raised into a line is a superscript (a footnote marker); segments far to the
right on the page are the ministry sidebar; smaller text below the last body line is the
page's footnote zone; bold or italic short lines are headings. The geometry decisions are
written into an annotated text for the plain-text reader, which does the language-level
work (furniture, letterhead fields, paragraphs, de-hyphenation) exactly as for pdftotext
input — one implementation of those rules, not two.

The annotation protocol (private-use characters, never present in real text):
``MARK_OPEN n MARK_CLOSE`` is a footnote marker, a line starting with ``HEADING`` and a
level digit is a heading, a line starting with ``FOOTNOTE`` is footnote-zone text.

Scale and odd input (see `read_pdf`):

- Pages are read one at a time: pdfminer lays a page out, the characters, rules and images
  the reader uses are taken from that layout as plain dicts (`_PageObjects`), and only the
  page's words and lines are kept; nothing stays cached on pdfplumber's pages. Memory grows
  with the text (about 0.3 MB for a dense page), not with pdfplumber's objects (8.8 MB).
- Limits, each a `PageLimitError` rather than minutes and gigabytes: ``max_pages``;
  `MAX_PAGE_CHARS` characters on one page (a 10 MB content stream, a line of a million
  characters stop there); `MAX_AVERAGE_PAGE_CHARS` a page on average over ``max_pages``.
  Drawn shapes beyond `MAX_PAGE_SHAPES` on a page are left out with a note; curves are not
  kept at all. The loops over a page's words are (near) linear in their number.
- Rotation: a page whose characters mostly run turned a quarter, a half or three quarters —
  from its /Rotate or from the text's own matrix — is read in the direction of its text, with
  an info note; a page whose text mostly runs at another angle is read as it lies, with a
  warning that it may come out garbled (in strict mode such text usually ends in a
  `StructureError`, as any text without letter structure does).
- Scans: a page covered by images for at least half, with at most a stray word of text
  (`_STRAY_CHARS`), is a scanned page. A PDF without text, or whose non-blank pages are
  scanned pages for 90 %, raises `ScannedPDFError`; scanned pages among text pages get a
  warning. A page image under an OCR text layer (ocrmypdf's output) is text, not a scan.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import math
import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from kamerstuk.blocks import Note, RawDocument
from kamerstuk.errors import CorruptPDFError, EncryptedPDFError, PageLimitError, ScannedPDFError
from kamerstuk.patterns import structure as P
from kamerstuk.readers.plaintext import FOOTNOTE, HEADING, MARK_CLOSE, MARK_OPEN, read_plaintext

#: Default page limit: no Kamerstuk comes near it; a 10,000-page PDF is an attack or an accident.
MAX_PAGES = 1000
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
#: A page at least this much covered by images, with at most _STRAY_CHARS characters of text
#: (a stamp, a page number, one OCR'd word), is a scanned page.
_SCAN_COVER = 0.5
_STRAY_CHARS = 40
#: A PDF whose pages (blank ones aside) are scanned pages for at least this share is a scan.
_SCANNED_SHARE = 0.9

_BASELINE_TOLERANCE = 2.0  # points: words on one line share a baseline within this
_SUPERSCRIPT_RATIO = 0.85  # a superscript is at most this fraction of its line's size (6.5 on 8 pt seen)
_FOOTNOTE_RATIO = 0.93  # footnote text is at most this fraction of the body size
_SIDEBAR_FROM = 0.70  # segments starting right of this fraction of the page width are the sidebar
_MARGIN_UNTIL = 0.30  # segments ending left of this fraction are the left margin (XPP header column)
_BIG_GLYPH = 30.0  # points: the chamber number "2" on the first page is decoration
_TOUCHING = 1.2  # points: a word this close to one in another size continues it ("CO" + subscript "2")


@dataclass(slots=True)
class _Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    italic: bool


@dataclass
class _Line:
    """A run of words on one baseline, one column (a row may hold several segments)."""

    words: list[_Word]
    markers: list[tuple[float, int]] = field(default_factory=list)  # (x, number)
    more: list[_Line] = field(default_factory=list)  # wrapped continuation lines of a styled line
    underlined: bool = False  # a rule drawn under the whole line: a heading in plain type

    @property
    def x0(self) -> float:
        return min(w.x0 for w in self.words)

    @property
    def x1(self) -> float:
        return max(w.x1 for w in [*self.words, *(w for m in self.more for w in m.words)])

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        if self.more:
            return self.more[-1].bottom
        return self.first_bottom

    @property
    def first_bottom(self) -> float:
        """Baseline of the first line (a styled line joined with its wrapped lines has several)."""
        return statistics.median(w.bottom for w in self.words)

    @property
    def size(self) -> float:
        sizes: Counter[float] = Counter()
        for w in self.words:
            sizes[round(w.size, 1)] += len(w.text)
        return sizes.most_common(1)[0][0]

    @property
    def bold(self) -> bool:
        return all(w.bold for w in self.words)

    @property
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


def _open(data: bytes, name: str) -> Any:
    import io

    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfplumber.utils.exceptions import PdfminerException

    try:
        return pdfplumber.open(io.BytesIO(data))
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise EncryptedPDFError("the PDF is encrypted and needs a password to be read", source=name) from None
    except (PDFSyntaxError, PdfminerException, Exception) as exc:  # pdfminer raises many types on bad input
        inner = [exc, *exc.args, exc.__cause__, exc.__context__]  # pdfplumber wraps pdfminer's error
        text = "; ".join(f"{type(e).__name__}: {e}" for e in inner if isinstance(e, BaseException))
        if (
            any(isinstance(e, (PDFPasswordIncorrect, PDFEncryptionError)) for e in inner)
            or "encrypt" in text.lower()
        ):
            raise EncryptedPDFError(
                "the PDF is encrypted and needs a password to be read", source=name
            ) from None
        raise CorruptPDFError(
            f"the PDF cannot be opened, it is truncated or damaged ({text})", source=name
        ) from None


def _words(page: Any) -> list[_Word]:
    raw = page.extract_words(
        extra_attrs=["fontname", "size"],
        x_tolerance=1.5,
        y_tolerance=2,
        keep_blank_chars=False,
        return_chars=True,
    )
    out = []
    for w in raw:
        font = str(w.get("fontname", "")).lower()
        out.append(
            _Word(
                text=w["text"] if _SPACING_MARKS.isdisjoint(w["text"]) else _with_marks_combined(w["chars"]),
                x0=float(w["x0"]),
                x1=float(w["x1"]),
                top=float(w["top"]),
                bottom=float(w["bottom"]),
                size=float(w["size"]),
                bold=any(k in font for k in ("bold", "black", "heavy", "semibold", "demi")),
                italic=any(k in font for k in ("italic", "oblique")),
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


def _rows(words: list[_Word]) -> list[list[_Word]]:
    """Group words (in order of baseline) into rows: a word joins the row whose median baseline
    lies within the tolerance. Words come sorted by baseline, so the row's baselines are kept in
    order and its median is read off in constant time (recomputing it word by word made a
    one-line page of n words cost n²)."""
    rows: list[list[_Word]] = []
    bottoms: list[float] = []  # the last row's baselines, ascending
    for w in sorted(words, key=lambda w: (w.bottom, w.x0)):
        if rows and abs(_sorted_median(bottoms) - w.bottom) <= _BASELINE_TOLERANCE:
            rows[-1].append(w)
            bottoms.append(w.bottom)
        else:
            rows.append([w])
            bottoms = [w.bottom]
    return rows


def _sorted_median(values: list[float]) -> float:
    """`statistics.median` of values already in ascending order (the same result, no sort)."""
    half = len(values) // 2
    return values[half] if len(values) % 2 else (values[half - 1] + values[half]) / 2


def _segments(row: list[_Word]) -> list[list[_Word]]:
    """Split a row where a wide gap separates columns (margin | body | sidebar).

    A gap of more than an em where the type size changes also separates columns: the smaller
    sidebar of a ministry letterhead starts close to where a long body line ends. A heading's
    number and its title, set apart by a tab ("1.1   Blootstelling …"), stay one line.
    """
    row = sorted(row, key=lambda w: w.x0)
    segs: list[list[_Word]] = [[row[0]]]
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


def _lines(words: list[_Word]) -> list[_Line]:
    """Group words into lines; attach raised small digits to the line they are superscripts of."""
    lines = [_Line(seg) for row in _rows(words) for seg in _segments(row)]
    normal: list[_Line] = []
    supers: list[_Line] = []
    for line in lines:
        if all(w.text.isdigit() and len(w.text) <= 3 for w in line.words) and len(line.words) <= 2:
            supers.append(line)
        else:
            normal.append(line)
    hosts = _Hosts(normal)
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


class _Hosts:
    """The lines a superscript may belong to, found by height instead of by trying every line.

    The host of a superscript is the first line (in order) that is large enough, spans the
    superscript's baseline and reaches it sideways. Each line is filed under the whole points
    of height at which a superscript's baseline could fall in it, so a superscript is tested
    only against the lines at its height: a page of a thousand table digits and a thousand
    text lines costs thousands of tests, not a million. Same result as testing every line.
    """

    _TALL = 64  # points: a line spanning more heights than this is tested for every superscript

    def __init__(self, lines: list[_Line]) -> None:
        self.lines: list[_Line] = []
        self.facts: list[tuple[float, float, float, float, float]] = []  # size, top, bottom, x0, x1
        self.by_height: dict[int, list[int]] = {}
        self.tall: list[int] = []
        for line in lines:
            self.add(line)

    def add(self, line: _Line) -> None:
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

    def first(self, sup: _Line) -> _Line | None:
        size, bottom, x0 = sup.size, sup.bottom, sup.x0
        indices: list[int]
        if math.isfinite(bottom):
            indices = sorted([*self.by_height.get(math.floor(bottom), []), *self.tall])
        else:
            indices = list(range(len(self.lines)))
        for index in indices:
            c_size, c_top, c_bottom, c_x0, c_x1 = self.facts[index]
            if (
                c_size * _SUPERSCRIPT_RATIO >= size
                and c_top - 1.5 <= bottom <= c_bottom - 0.8
                and c_x0 - 12 <= x0 <= c_x1 + 12
            ):
                return self.lines[index]
        return None


@dataclass
class _Page:
    number: int
    width: float
    height: float
    lines: list[_Line]
    separator: float | None = None  # y of the short rule above the footnotes, where one is drawn


def _dominant_size(pages: list[_Page]) -> float:
    sizes: Counter[float] = Counter()
    for page in pages:
        for line in page.lines:
            for w in line.words:
                sizes[round(w.size, 1)] += len(w.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _is_furniture(text: str) -> bool:
    return bool(
        P.PAGINA.match(text)
        or P.RUNNING_FOOTER.match(text)
        or P.KST_IDENTIFIER.match(text)
        or P.ISSN_LINE.match(text)
        or P.RETOURADRES.match(text)
    )


def _render(pages: list[_Page], body_size: float) -> tuple[str, list[Note]]:
    """Write the annotated text: per page, main column with paragraph gaps, footnotes, sidebar."""
    notes: list[Note] = []
    main_lines = [
        ln for pg in pages for ln in pg.lines if _column(ln, pg) == "main" and ln.size >= body_size * 0.95
    ]
    pitches = [
        b.bottom - a.bottom
        for a, b in itertools.pairwise(main_lines)
        if 0 < b.bottom - a.bottom < body_size * 2.5
    ]
    pitch = statistics.median(pitches) if pitches else body_size * 1.2
    left = statistics.median(ln.x0 for ln in main_lines) if main_lines else 0.0
    right = sorted(ln.x1 for ln in main_lines)[int(len(main_lines) * 0.9)] if main_lines else 0.0
    justified = bool(main_lines) and sum(1 for ln in main_lines if ln.x1 >= right - 2) >= 0.45 * len(
        main_lines
    )

    out_pages: list[str] = []
    for page in pages:
        main: list[_Line] = []
        side: list[_Line] = []
        for line in _join_wrapped(page.lines, body_size, page.width):
            if line.size >= _BIG_GLYPH:
                continue
            if line.text().isdigit() and not (page.height * 0.1 < line.top < page.height * 0.88):
                continue  # a page number in the head or foot margin
            col = _column(line, page)
            (side if col == "side" else main).append(line)
        # The footnote zone: smaller text below the page's last body-size line.
        body_bottoms = [
            ln.bottom
            for ln in main
            if ln.size >= body_size * 0.95
            and not _is_furniture(ln.text())
            and (page.separator is None or ln.top < page.separator)
        ]
        last_body = max(body_bottoms) if body_bottoms else 0.0
        chunks: list[str] = []
        notes_text: list[str] = []
        prev: _Line | None = None
        for index, line in enumerate(main):
            text = line.text()
            following = main[index + 1] if index + 1 < len(main) else None
            if _is_furniture(text):
                chunks.append("\n" + text + "\n")
                prev = None
                continue
            small = line.size <= body_size * _FOOTNOTE_RATIO
            below_rule = page.separator is not None and line.top >= page.separator
            # A short footnote line ("huishoudens.") ends left of the margin limit; what counts is
            # that it starts inside the body column, unlike the XPP margin column (kst-…, ISSN).
            # Below the footnote rule, a footnote may be set in another (even larger) type: a URL.
            if ((small and line.top >= last_body - 1) or below_rule) and line.x0 >= left - 3:
                if line.markers and line.markers[0][0] <= line.x0 + 1:
                    # "¹ Kamerstuk …": the leading superscript is the footnote's number
                    first = min(line.markers)
                    rest = _Line(line.words, [m for m in line.markers if m != first]).text()
                    notes_text.append(f"{FOOTNOTE}{MARK_OPEN}{first[1]}{MARK_CLOSE} {rest}")
                else:
                    notes_text.append(f"{FOOTNOTE}{text}")
                continue
            if prev is not None:
                gap = line.first_bottom - prev.bottom
                # A sentence that ends well short of the right edge ends its paragraph: any shortfall
                # in justified text, more than the raggedness of the column in ragged text.
                shortfall = 6.0 if justified else 0.15 * max(right - prev.x0, 1.0)
                new_para = gap > pitch * 1.45 or (
                    prev.x1 < right - shortfall
                    and bool(P.TERMINAL_PUNCTUATION.search(prev.text()))
                    and line.words[0].text[:1].isupper()
                    and line.size >= body_size * 0.95
                )
                if new_para or (abs(line.x0 - prev.x0) > 40 and gap > pitch * 1.2) or _opens_item(text):
                    chunks.append("")
            # A styled line inside a running sentence (an italic title in a paragraph) is no heading:
            # the line before it runs on, or the line after it continues in lower case.
            runs_on = (
                prev is not None
                and not P.TERMINAL_PUNCTUATION.search(prev.text())
                and (line.first_bottom - prev.bottom <= pitch * 1.2)
            )
            continues = (
                following is not None
                and following.first_bottom - line.bottom <= pitch * 1.2
                and (following.words[0].text[:1].islower() or following.words[0].text.startswith("("))
            )
            if _is_heading(line, body_size) and not runs_on and not continues and not text[:1].islower():
                level = 1 if line.bold or line.size > body_size * 1.05 else 2
                chunks.append(f"\n{HEADING}{level}{text}\n")
                prev = None
                continue
            chunks.append(text)
            prev = line
        page_text = "\n".join(chunks)
        if notes_text:
            page_text += "\n\n" + "\n".join(notes_text)
        side_blocks: list[list[str]] = []
        last_side: _Line | None = None
        for line in side:
            if last_side is None or line.bottom - last_side.bottom > line.size * 1.9:
                side_blocks.append([])
            side_blocks[-1].append(line.text())
            last_side = line
        if side_blocks:
            page_text += "\n\n" + "\n\n".join("\n".join(b) for b in side_blocks)
        out_pages.append(page_text + "\n")
    return "\f".join(out_pages), notes


def _opens_item(text: str) -> bool:
    """A list item that is a sentence of its own ("1. Op basis van …", "• Het aanpassen …")."""
    m = P.LIST_ITEM.match(text)
    return m is not None and m.group(1).isupper()


def _styled(line: _Line, body_size: float) -> bool:
    return line.bold or line.italic or line.underlined or line.size > body_size * 1.15


def _rules(page: Any) -> list[tuple[float, float, float]]:
    """Thin horizontal rules on a page (x0, x1, y): underlines, separators. Drawn as hairline
    rectangles or as lines, depending on the program that made the PDF."""
    out = [
        (float(r["x0"]), float(r["x1"]), float(r["top"]))
        for r in page.rects
        if float(r["height"]) <= 1.5 and float(r["width"]) >= 8
    ]
    out += [
        (float(ln["x0"]), float(ln["x1"]), float(ln["top"]))
        for ln in page.lines
        if abs(float(ln["top"]) - float(ln["bottom"])) <= 0.5 and float(ln["x1"]) - float(ln["x0"]) >= 8
    ]
    return out


#: A drawn box narrower than this fraction of the page holds a figure's label (an organogram's
#: boxes), not running text; frames around text (a box of recommendations) span the column.
_FIGURE_BOX_MAX_WIDTH = 0.3


def _figure_region(page: Any) -> tuple[float, float, float, float] | None:
    """The area of a diagram drawn with boxes (at least two narrow boxes on the page): its
    labels and the words on its arrows are not body text. None when the page has none."""
    width = float(page.width)
    boxes = [
        (float(r["x0"]), float(r["top"]), float(r["x1"]), float(r["bottom"]))
        for r in page.rects
        if float(r["height"]) > 12 and 20 <= float(r["width"]) <= _FIGURE_BOX_MAX_WIDTH * width
    ]
    if len({(round(b[0]), round(b[1])) for b in boxes}) < 2:
        return None
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def _inside(line: _Line, region: tuple[float, float, float, float]) -> bool:
    x = (line.x0 + line.x1) / 2
    y = (line.top + line.first_bottom) / 2
    return region[0] <= x <= region[2] and region[1] <= y <= region[3]


def _footnote_separator(
    rules: list[tuple[float, float, float]], lines: list[_Line], page: Any
) -> float | None:
    """The short rule that letterheads draw above a page's footnotes: in the lower part of the
    page, starting at the left of the text, much narrower than the column, and not an underline
    (no line of text stands right on it)."""
    width, height = float(page.width), float(page.height)
    left = min((ln.x0 for ln in lines), default=0.0)
    baselines = [ln.first_bottom for ln in lines]
    for x0, x1, y in sorted(rules, key=lambda r: r[2]):
        if (
            y > 0.4 * height
            and abs(x0 - left) < 12
            and 30 <= x1 - x0 <= 0.4 * width
            and not any(abs(b - y) <= 4 for b in baselines)
        ):
            return y
    return None


def _mark_underlines(lines: list[_Line], rules: list[tuple[float, float, float]]) -> None:
    """A line is underlined when a rule lies just under its baseline and spans most of it, but
    not much more (a separator line above the footnotes is wider than the line above it)."""
    if not rules:
        return
    for line in lines:
        left, right, baseline = line.x0, line.x1, line.first_bottom
        width = right - left
        for x0, x1, y in rules:
            overlap = min(x1, right) - max(x0, left)
            if baseline - 3 <= y <= baseline + 3 and overlap >= 0.8 * width and (x1 - x0) <= 1.2 * width + 4:
                line.underlined = True
                break


def _join_wrapped(lines: list[_Line], body_size: float, width: float) -> list[_Line]:
    """Join a bold, italic or large line with the lines it wraps onto: same style, same left edge,
    next baseline. A dossier title or a "BRIEF VAN …" line wraps in the XPP title column, and
    a long heading may wrap too; each is one header line or one heading, not several. The
    sidebar's lines are never joined: its reader takes them line by line."""
    out: list[_Line] = []
    sidebar = _SIDEBAR_FROM * width
    for line in lines:
        prev = out[-1] if out else None
        last = prev.more[-1] if prev is not None and prev.more else prev
        if (
            prev is not None
            and last is not None
            and _styled(prev, body_size)
            and _styled(line, body_size)
            and (line.bold, line.italic) == (prev.bold, prev.italic)
            and abs(line.size - prev.size) < 0.3
            and min(abs(line.x0 - prev.x0), abs(line.x0 - _title_x(prev))) < 2
            and 0 < line.bottom - last.bottom <= 1.5 * line.size
            and not line.markers
            and line.x0 < sidebar
            and not _is_furniture(line.text())
            and not P.ONDERNUMMER.match(line.text())
        ):
            prev.more.append(line)
            continue
        out.append(_Line(line.words, list(line.markers), underlined=line.underlined))
    return out


def _title_x(line: _Line) -> float:
    """Where a numbered heading's title starts ("1.1   Blootstelling …" wraps under its title)."""
    words = sorted(line.words, key=lambda w: w.x0)
    if len(words) > 1 and P.HEADING_NUMBER.match(words[0].text):
        return words[1].x0
    return line.x0


def _column(line: _Line, page: _Page) -> str:
    if line.x0 >= page.width * _SIDEBAR_FROM:
        return "side"
    if line.x1 <= page.width * _MARGIN_UNTIL:
        return "margin"
    return "main"


def _without_final_parenthesis(text: str) -> str:
    """A heading may end in a parenthesis: "3. Emissie van zeer zorgwekkende stoffen (ZZS)"."""
    if text.endswith(")") and "(" in text:
        return text[: text.rindex("(")].rstrip()
    return text


def _is_heading(line: _Line, body_size: float) -> bool:
    text = " ".join(w.text for w in line.words)
    return (
        _styled(line, body_size)
        and line.size >= body_size * 0.95
        and len(text) <= 120
        and (text.endswith("?") or not P.TERMINAL_PUNCTUATION.search(_without_final_parenthesis(text)))
        and not any(
            pattern.match(text)
            for pattern in (
                P.ONDERNUMMER,
                P.BRIEF_VAN,
                P.MOTIE_VAN,
                P.VERGADERJAAR,
                P.CHAMBER_LINE,
                P.ANTWOORD_CUE,
                P.AANHANGSEL_INTRO,
                P.DOSSIER_NUMBER_LINE,
                P.DOSSIER_WITH_TITLE_LINE,
                P.BARE_NUMBER,
            )
        )
    )


@dataclass
class _PageRead:
    """What reading one page leaves behind: its lines and a few facts. pdfplumber's objects for
    the page (characters, rectangles, the pdfminer layout: megabytes a page) are released."""

    page: _Page
    chars: int  # characters of text (spaces not counted)
    cover: float  # fraction of the page covered by images
    turn: int | None  # quarter turn the text was read in (0: as it lies); None: text set at an angle
    dropped_shapes: int = 0
    notes: list[Note] = field(default_factory=list)


class _TooManyChars(Exception):
    """Raised inside pdfminer's interpreter when a page holds more than MAX_PAGE_CHARS characters."""


@functools.cache
def _guarded_device() -> type[Any]:
    """pdfplumber's layout device with limits: it stops a page at MAX_PAGE_CHARS characters,
    keeps at most MAX_PAGE_SHAPES rectangles and lines and drops curves (never read here)."""
    from pdfminer.layout import LTLine, LTRect
    from pdfplumber.page import PDFPageAggregatorWithMarkedContent

    class GuardedDevice(PDFPageAggregatorWithMarkedContent):
        chars = 0
        shapes = 0
        dropped = 0

        def render_char(self, *args: Any, **kwargs: Any) -> float:
            self.chars += 1
            if self.chars > MAX_PAGE_CHARS:
                raise _TooManyChars
            return float(super().render_char(*args, **kwargs))

        def paint_path(self, *args: Any, **kwargs: Any) -> None:
            if self.shapes >= MAX_PAGE_SHAPES:  # full: not even made (pdfminer's shapes are slow)
                self.dropped += 1
                return
            objs = self.cur_item._objs
            before = len(objs)
            super().paint_path(*args, **kwargs)
            kept = [o for o in objs[before:] if isinstance(o, (LTLine, LTRect))]
            room = MAX_PAGE_SHAPES - self.shapes
            self.dropped += max(0, len(kept) - room)
            objs[before:] = kept[:room]
            self.shapes += len(objs) - before

    return GuardedDevice


@dataclass
class _PageObjects:
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


def _lay_out(page: Any, number: int, name: str) -> tuple[_PageObjects, int]:
    """Interpret the page's content with the guarded device (what `pdfplumber.Page.layout` does,
    within the limits) and take its objects. Returns them and the number of shapes dropped."""
    from pdfminer.pdfinterp import PDFPageInterpreter

    device = _guarded_device()(page.pdf.rsrcmgr, pageno=page.page_number, laparams=page.pdf.laparams)
    try:
        PDFPageInterpreter(page.pdf.rsrcmgr, device).process_page(page.page_obj)
    except _TooManyChars:
        raise PageLimitError(
            f"page {number} holds more than {MAX_PAGE_CHARS:,} characters, more than any real page "
            "(the limit per page is kamerstuk.readers.pdf.MAX_PAGE_CHARS)",
            source=name,
            maximum=MAX_PAGE_CHARS,
        ) from None
    except Exception as exc:  # pdfminer raises many types on bad input
        raise CorruptPDFError(
            f"page {number} cannot be read ({type(exc).__name__}: {exc})", source=name
        ) from None
    return _page_objects(page, device.get_result()), int(device.dropped)


def _page_objects(page: Any, layout: Any) -> _PageObjects:
    """pdfplumber's char, rect, line and image dicts (as `Page.process_object` makes them, the
    keys the reader reads) for the objects of a pdfminer layout, in pdfplumber's order."""
    from pdfminer.layout import LTChar, LTContainer, LTImage, LTLine, LTRect
    from pdfplumber.page import fix_fontname_bytes

    height = float(page.height)
    mb_x0, mb_top = page.mediabox[0], page.mediabox[1]
    doctop = page.initial_doctop
    out = _PageObjects(float(page.width), height, tuple(page.bbox))

    def box(obj: Any) -> dict[str, Any]:
        x0, x1 = obj.x0, obj.x1
        if mb_x0 != 0:
            x0, x1 = x0 + mb_x0, x1 + mb_x0
        top = (height - obj.y1) + mb_top
        return {"x0": x0, "x1": x1, "top": top, "bottom": (height - obj.y0) + mb_top, "doctop": doctop + top}

    def shape(obj: Any) -> dict[str, Any]:
        item = box(obj)
        item.update(width=obj.width, height=obj.height)
        return item

    stack = [iter(layout._objs)]  # depth first, as pdfplumber walks figures; no recursion limit
    while stack:
        obj = next(stack[-1], None)
        if obj is None:
            stack.pop()
        elif isinstance(obj, LTChar):
            font = obj.fontname
            item = box(obj)
            item.update(
                text=obj.get_text(),
                fontname=fix_fontname_bytes(font) if isinstance(font, bytes) else font,
                size=obj.size,
                upright=obj.upright,
                matrix=obj.matrix,
            )
            out.chars.append(item)
        elif isinstance(obj, LTRect):
            out.rects.append(shape(obj))
        elif isinstance(obj, LTLine):
            out.lines.append(shape(obj))
        elif isinstance(obj, LTImage):
            out.images.append(shape(obj))
        elif isinstance(obj, LTContainer):
            stack.append(iter(obj._objs))
    if page.pdf.unicode_norm is not None:  # as pdfplumber does it (`_open` never sets it)
        for item in out.chars:
            item["text"] = unicodedata.normalize(page.pdf.unicode_norm, item["text"])
    return out


#: Degrees a character may lean off a quarter turn and still count as set in that direction.
_TURN_TOLERANCE = 10.0


def _text_turn(chars: list[dict[str, Any]]) -> int | None:
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
        turns[(quarter * 90) % 360 if abs(angle - quarter * 90) <= _TURN_TOLERANCE else None] += 1
    return turns.most_common(1)[0][0] if turns else 0


def _turned(page: Any, turn: int, number: int, name: str) -> tuple[_PageObjects, int]:
    """The page's objects read as if it were turned `turn` degrees more (clockwise): its /Rotate
    is changed for this one read, then restored."""
    from pdfplumber.page import Page

    obj = page.page_obj
    saved_rotate, had_attr, saved_attr = obj.rotate, "Rotate" in obj.attrs, obj.attrs.get("Rotate")
    base = obj.rotate if obj.rotate in (0, 90, 180, 270) else 0
    obj.rotate = obj.attrs["Rotate"] = (base + turn) % 360
    try:
        turned = Page(page.pdf, obj, page_number=page.page_number, initial_doctop=page.initial_doctop)
        return _lay_out(turned, number, name)
    finally:
        obj.rotate = saved_rotate
        if had_attr:
            obj.attrs["Rotate"] = saved_attr
        else:
            del obj.attrs["Rotate"]


def _image_cover(page: Any) -> float:
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


def _read_page(page: Any, number: int, name: str) -> _PageRead:
    """Read one page into lines, in the direction its text runs. Only the lines and a few facts
    outlive the call: pdfminer's layout and the objects made from it go with it."""
    try:
        objects, dropped = _lay_out(page, number, name)
        turn = _text_turn(objects.chars)
        if turn in (90, 180, 270):
            del objects
            objects, dropped = _turned(page, turn, number, name)
        return _page_content(objects, number, name, turn, dropped)
    finally:
        page.close()  # nothing is cached on it by this reader; drop whatever pdfplumber holds


def _page_content(page: _PageObjects, number: int, name: str, turn: int | None, dropped: int) -> _PageRead:
    try:
        words = _words(page)
    except Exception as exc:
        raise CorruptPDFError(
            f"page {number} cannot be read ({type(exc).__name__}: {exc})", source=name
        ) from None
    notes: list[Note] = []
    lines = _lines(words) if words else []
    rules = _rules(page)
    if lines:
        _mark_underlines(lines, rules)
        region = _figure_region(page)
        if region is not None:
            kept = [ln for ln in lines if not _inside(ln, region)]
            if len(kept) < len(lines):
                notes.append(
                    Note(
                        f"{len(lines) - len(kept)} line(s) of figure text left out", f"page {number}", "info"
                    )
                )
            lines = kept
    return _PageRead(
        _Page(number, float(page.width), float(page.height), lines, _footnote_separator(rules, lines, page)),
        chars=sum(len(w.text) for w in words),
        cover=_image_cover(page),
        turn=turn,
        dropped_shapes=dropped,
        notes=notes,
    )


def _page_list(numbers: list[int]) -> str:
    """ "page 3" or "pages 1–4, 7": page numbers in runs."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    parts = [f"{r[0]}–{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs]
    return ("pages " if len(numbers) > 1 else "page ") + ", ".join(parts)


def read_pdf(data: bytes, *, name: str = "<pdf>", max_pages: int = MAX_PAGES) -> RawDocument:
    """Read a PDF into blocks. Raises a typed `SourceError` for scans, encryption, damage, size.

    Pages are read one at a time and released as soon as their lines are taken (memory grows
    with the text, not with pdfplumber's objects). Limits, each a `PageLimitError`: more than
    ``max_pages`` pages, a page with more than `MAX_PAGE_CHARS` characters, or more than
    `MAX_AVERAGE_PAGE_CHARS` characters a page on average over ``max_pages`` in all.
    """
    pdf = _open(data, name)
    reads: list[_PageRead] = []
    try:
        try:
            count = len(pdf.pages)
        except Exception as exc:
            raise CorruptPDFError(
                f"the PDF's page tree is damaged ({type(exc).__name__}: {exc})", source=name
            ) from None
        if count == 0:
            raise CorruptPDFError("the PDF has no pages (a truncated or empty file)", source=name)
        if count > max_pages:
            raise PageLimitError(
                f"the PDF has {count} pages; the limit is {max_pages}",
                source=name,
                limit="max_pages",
                maximum=max_pages,
                actual=count,
            )
        budget = max_pages * MAX_AVERAGE_PAGE_CHARS
        chars = 0
        for number, page in enumerate(pdf.pages, start=1):
            read = _read_page(page, number, name)
            chars += read.chars
            if chars > budget:
                raise PageLimitError(
                    f"the PDF holds more than {budget:,} characters by page {number}: more than "
                    f"{MAX_AVERAGE_PAGE_CHARS:,} a page on average for the page limit of {max_pages}",
                    source=name,
                    limit="max_pages",
                    maximum=max_pages,
                )
            reads.append(read)
    finally:
        with contextlib.suppress(Exception):  # closing walks the page tree, which may be what is broken
            pdf.close()
    image_only = [r.page.number for r in reads if r.cover >= _SCAN_COVER and r.chars <= _STRAY_CHARS]
    blank = sum(1 for r in reads if r.chars == 0 and r.cover < _SCAN_COVER)
    if chars == 0:
        raise ScannedPDFError(
            f"the PDF has {count} page(s) but no text layer: it is a scan. Run OCR first, "
            "for example `ocrmypdf -l nld scan.pdf tekst.pdf`, and parse the result",
            source=name,
        )
    if image_only and len(image_only) >= _SCANNED_SHARE * (count - blank):
        raise ScannedPDFError(
            f"the PDF has {count} page(s) but no text layer: {len(image_only)} of them are images with "
            f"at most a stray word of text, a scan. Run OCR first, for example "
            "`ocrmypdf -l nld --force-ocr scan.pdf tekst.pdf`, and parse the result",
            source=name,
        )
    notes = [n for r in reads for n in r.notes]
    if image_only:
        notes.append(
            Note(
                "images with at most a stray word of text (scanned pages): their content is not read; "
                "run OCR (`ocrmypdf -l nld --force-ocr`) to read it",
                _page_list(image_only),
            )
        )
    for turn in (90, 180, 270):
        turned = [r.page.number for r in reads if r.turn == turn]
        if turned:
            notes.append(
                Note(
                    f"text turned {360 - turn}° clockwise on the page: read in the direction it runs",
                    _page_list(turned),
                    "info",
                )
            )
    aslant = [r.page.number for r in reads if r.turn is None]
    if aslant:
        notes.append(
            Note("most text is set at an angle: read as it lies, it may come out garbled", _page_list(aslant))
        )
    crowded = [r.page.number for r in reads if r.dropped_shapes]
    if crowded:
        notes.append(
            Note(
                f"more than {MAX_PAGE_SHAPES:,} drawn shapes on a page: the rest left out",
                _page_list(crowded),
                "info",
            )
        )
    pages = [r.page for r in reads]
    del reads
    body_size = _dominant_size(pages)
    text, render_notes = _render(pages, body_size)
    del pages
    raw = read_plaintext(text, annotated=True)
    raw.pages = count
    raw.notes[:0] = [*notes, *render_notes]
    return raw
