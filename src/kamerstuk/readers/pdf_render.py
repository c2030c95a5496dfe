"""Lines of PDF pages to the annotated text the plain-text reader takes.

Per page: the main column with paragraph gaps (from line pitch and ragged ends), headings
(bold, italic, underlined or larger short lines), the footnote zone (smaller text below the
last body line or under the footnote rule) and the sidebar. Also the page's drawn rules
(underlines, the footnote separator) and diagrams drawn with boxes, whose labels are no body
text.
"""

from __future__ import annotations

import itertools
import statistics
from collections import Counter
from dataclasses import dataclass
from typing import Any

from kamerstuk.blocks import Note
from kamerstuk.patterns import structure as P
from kamerstuk.readers.pdf_lines import Line
from kamerstuk.readers.plaintext import FOOTNOTE, HEADING, MARK_CLOSE, MARK_OPEN

_FOOTNOTE_RATIO = 0.93  # footnote text is at most this fraction of the body size
_SIDEBAR_FROM = 0.70  # segments starting right of this fraction of the page width are the sidebar
_MARGIN_UNTIL = 0.30  # segments ending left of this fraction are the left margin (XPP header column)
_BIG_GLYPH = 30.0  # points: the chamber number "2" on the first page is decoration


@dataclass
class Page:
    number: int
    width: float
    height: float
    lines: list[Line]
    separator: float | None = None  # y of the short rule above the footnotes, where one is drawn


def dominant_size(pages: list[Page]) -> float:
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


def render(pages: list[Page], body_size: float) -> tuple[str, list[Note]]:
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
        main: list[Line] = []
        side: list[Line] = []
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
        prev: Line | None = None
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
                    rest = Line(line.words, [m for m in line.markers if m != first]).text()
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
        last_side: Line | None = None
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


def _styled(line: Line, body_size: float) -> bool:
    return line.bold or line.italic or line.underlined or line.size > body_size * 1.15


def rules(page: Any) -> list[tuple[float, float, float]]:
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


def figure_region(page: Any) -> tuple[float, float, float, float] | None:
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


def inside(line: Line, region: tuple[float, float, float, float]) -> bool:
    x = (line.x0 + line.x1) / 2
    y = (line.top + line.first_bottom) / 2
    return region[0] <= x <= region[2] and region[1] <= y <= region[3]


def footnote_separator(rules: list[tuple[float, float, float]], lines: list[Line], page: Any) -> float | None:
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


def mark_underlines(lines: list[Line], rules: list[tuple[float, float, float]]) -> None:
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


def _join_wrapped(lines: list[Line], body_size: float, width: float) -> list[Line]:
    """Join a bold, italic or large line with the lines it wraps onto: same style, same left edge,
    next baseline. A dossier title or a "BRIEF VAN …" line wraps in the XPP title column, and
    a long heading may wrap too; each is one header line or one heading, not several. The
    sidebar's lines are never joined: its reader takes them line by line."""
    out: list[Line] = []
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
        out.append(Line(line.words, list(line.markers), underlined=line.underlined))
    return out


def _title_x(line: Line) -> float:
    """Where a numbered heading's title starts ("1.1   Blootstelling …" wraps under its title)."""
    words = sorted(line.words, key=lambda w: w.x0)
    if len(words) > 1 and P.HEADING_NUMBER.match(words[0].text):
        return words[1].x0
    return line.x0


def _column(line: Line, page: Page) -> str:
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


def _is_heading(line: Line, body_size: float) -> bool:
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
