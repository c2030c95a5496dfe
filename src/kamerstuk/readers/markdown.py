"""Read Markdown conversions of official Kamerstuk PDFs into blocks.

Converters (marker, docling, pymupdf4llm, …) keep the PDF's page order: each page's
footnotes stand as a block of ``<sup>n</sup> text`` lines where that page ended, sometimes
after a ``---`` separator, and a paragraph cut by the page break continues after them.
This reader turns that into blocks with page numbers; joining is the structure stage's job.
"""

from __future__ import annotations

import bisect
import html
import re

from kamerstuk.blocks import Block, Marker, Note, RawDocument
from kamerstuk.patterns import structure as P

_OPEN, _CLOSE = "\ue000", "\ue001"  # private-use sentinels that carry marker numbers through cleaning
_SENTINEL = re.compile(f"{_OPEN}(\\d+){_CLOSE}")
_SPACES = re.compile(r"[ \t\u00a0\u2009\u202f]+")

# --- linear time --------------------------------------------------------------------------
#
# Several Markdown patterns of `kamerstuk.patterns.structure` (MD_EMPHASIS, MD_LINK,
# MD_AUTOLINK, MD_HEADING, SPACE_INSIDE_BRACKETS) are tried at every opener and scan the
# rest of the line or text before failing: quadratic on a long line full of "*", "[", "<https:"
# or spaces. The scanners below give exactly their matches (tests/test_linear_time.py compares
# them on random text), remembering the next closer instead of scanning for it again.

#: Runs longer than this of one punctuation character are cut to this length. No document
#: needs more ("####...", ">>>>..." and "====" rules are markup, not text), and the spaCy
#: tokenizer splits such a run one character at a time, in time quadratic in its length.
#: Example: a 100,000-character line of "#" becomes 64 "#".
MAX_MARKUP_RUN = 64
_LONG_RUN = re.compile(rf"([^\w\s])\1{{{MAX_MARKUP_RUN},}}")

_CLOSE_2 = {"**": re.compile(r"(?<=\S)(?=\*\*)"), "__": re.compile(r"(?<=\S)(?=__)")}  # "x**"
_CLOSE_1 = {"*": re.compile(r"(?<=\S)\*(?![\w*])"), "_": re.compile(r"(?<=\S)_(?![\w*])")}  # "x* "
_OPENER = re.compile(r"[*_]")
_WORD_OR_STAR = re.compile(r"[\w*]")
_AUTOLINK_START = re.compile(r"<(?:https?|mailto):")
_URL_STOP = re.compile(r"[>\s]")
_LINK_TARGET_STOP = re.compile(r"[)\s]")
_SPACE_RUN = re.compile(r"\s+")
_ATX = re.compile(r"(#{1,6})\s")


def _cap_runs(text: str) -> str:
    """`text` with runs of one punctuation character cut to `MAX_MARKUP_RUN`."""
    return _LONG_RUN.sub(lambda m: m.group(1) * MAX_MARKUP_RUN, text)


class _Next:
    """The first offset at or after a growing position where `pattern` matches (memoised)."""

    __slots__ = ("at", "pattern", "text")

    def __init__(self, text: str, pattern: re.Pattern[str]) -> None:
        self.text = text
        self.pattern = pattern
        self.at = -1  # offset found last; -2: none left

    def find(self, pos: int) -> int:
        """Offset of the first match at or after `pos`, len(text) when none (pos never decreases)."""
        if self.at == -2:
            return len(self.text)
        if self.at < pos:
            m = self.pattern.search(self.text, pos)
            self.at = m.start() if m is not None else -2
        return self.at if self.at >= 0 else len(self.text)


def _strip_autolinks(text: str) -> str:
    """``P.MD_AUTOLINK.sub(r"\1", text)``: "<https://x.nl/a>" -> "https://x.nl/a"."""
    if "<" not in text:
        return text
    out: list[str] = []
    last = 0
    stop = _Next(text, _URL_STOP)
    for m in _AUTOLINK_START.finditer(text):
        if m.start() < last:
            continue
        end = stop.find(m.end())
        if end > m.end() and end < len(text) and text[end] == ">":
            out.append(text[last : m.start()])
            out.append(text[m.start() + 1 : end])
            last = end + 1
    out.append(text[last:])
    return "".join(out)


def _strip_links(text: str) -> str:
    """``P.MD_LINK.sub(r"\1", text)``: "[tekst](https://x.nl)" -> "tekst"."""
    if "[" not in text:
        return text
    out: list[str] = []
    last = 0
    close = _Next(text, re.compile(r"\]"))
    stop = _Next(text, _LINK_TARGET_STOP)
    i = text.find("[")
    while i != -1:
        k = close.find(i + 1)  # the label runs to the first "]": every "[" before it ends there too
        if k == len(text):
            break
        if k + 1 < len(text) and text[k + 1] == "(":
            end = stop.find(k + 2)
            if end < len(text) and text[end] == ")":
                out.append(text[last:i])
                out.append(text[i + 1 : k])
                last = end + 1
                i = text.find("[", last)
                continue
        i = text.find("[", k + 1)
    out.append(text[last:])
    return "".join(out)


def strip_emphasis(text: str) -> str:
    """``P.MD_EMPHASIS.sub(<inner text>, text)``: "**x**", "__x__", "*x*", "_x_" -> "x".

    Tries the same openers in the same order as the regex; the closer is the first one of its
    kind after the opener (found by bisection in lists made in one pass), and fails when a
    line break comes first.
    """
    if "*" not in text and "_" not in text:
        return text
    closers: dict[str, list[int]] = {}
    for d, rx in (*_CLOSE_2.items(), *_CLOSE_1.items()):
        closers[d] = [m.start() for m in rx.finditer(text)]
    breaks = [m.start() for m in re.finditer("\n", text)]
    n = len(text)

    def first(kind: str, lo: int, line_from: int) -> int:
        """The first closer of `kind` at or after `lo` with no line break from `line_from`, or -1."""
        found = closers[kind]
        k = bisect.bisect_left(found, lo)
        if k == len(found):
            return -1
        nl = bisect.bisect_left(breaks, line_from)
        if nl < len(breaks) and breaks[nl] < found[k]:
            return -1
        return found[k]

    out: list[str] = []
    last = 0
    for m in _OPENER.finditer(text):
        i = m.start()
        if i < last:
            continue
        pair = text[i : i + 2]
        if pair in _CLOSE_2 and i + 2 < n and not text[i + 2].isspace():
            j = first(pair, i + 3, i + 2)
            if j >= 0:
                out.append(text[last:i])
                out.append(text[i + 2 : j])
                last = j + 2
                continue
        c = text[i]
        if (i == 0 or not _WORD_OR_STAR.match(text, i - 1)) and i + 1 < n and not text[i + 1].isspace():
            j = first(c, i + 2, i + 1)
            if j >= 0:
                out.append(text[last:i])
                out.append(text[i + 1 : j])
                last = j + 1
    out.append(text[last:])
    return "".join(out)


def _drop_spaces_inside_brackets(text: str) -> str:
    """``P.SPACE_INSIDE_BRACKETS.sub("", text)``: "( n=15 )" -> "(n=15)", run by run."""

    def keep(m: re.Match[str]) -> str:
        after_open = m.start() > 0 and text[m.start() - 1] == "("
        before_close = m.end() < len(text) and text[m.end()] == ")"
        return "" if after_open or before_close else m.group()

    return _SPACE_RUN.sub(keep, text)


def _atx_heading(line: str) -> tuple[str, str] | None:
    """(hashes, title) of an ATX heading `line` (one line, no line break), as
    ``P.MD_HEADING.match(line)`` gives groups 1 and 2: "### **Aanleiding** ##" -> ("###",
    "**Aanleiding**"). The title is the rest without its closing spaces, hashes and spaces."""
    m = _ATX.match(line)
    if m is None:
        return None
    return m.group(1), line[m.end() :].strip().rstrip("#").rstrip()


def clean_inline(text: str) -> tuple[str, tuple[Marker, ...]]:
    """Strip inline Markdown/HTML from one line or block; return text and footnote markers.

    Linear in the length of `text`, however the markup is arranged.

    >>> clean_inline("in **bijlage 1**<sup>1</sup>. Op")
    ('in bijlage 1. Op', (Marker(offset=12, number=1),))
    """
    text = _strip_autolinks(text)
    text = _strip_links(text)
    text = P.SUP_MARKER.sub(lambda m: f"{_OPEN}{m.group(1)}{_CLOSE}", text)
    text = P.MD_FOOTNOTE_REF.sub(lambda m: f"{_OPEN}{m.group(1)}{_CLOSE}", text)
    if "$" in text:
        text = _drop_spaces_inside_brackets(P.MD_INLINE_MATH.sub(lambda m: m.group(1).strip(), text))
    for _ in range(2):  # nested emphasis: "***x***"
        text = strip_emphasis(text)
    text = P.MD_ESCAPE.sub(r"\1", text)
    text = P.HTML_TAG.sub("", text)
    text = html.unescape(text)
    text = _SPACES.sub(" ", text.replace("\n", " ")).strip()
    marks: list[tuple[int, int]] = []  # (offset, number)
    out: list[str] = []
    pos = 0
    length = 0
    for m in _SENTINEL.finditer(text):
        out.append(text[pos : m.start()])
        length += m.start() - pos
        marks.append((length, int(m.group(1))))
        pos = m.end()
    out.append(text[pos:])
    cleaned = "".join(out)
    if "  " not in cleaned:
        return cleaned, tuple(Marker(offset, number) for offset, number in marks)
    # A marker removed between two spaces leaves a run of spaces: collapse each run to one
    # space. A marker inside or after a run moves back by the spaces removed before it.
    runs = [(m.start(), m.end()) for m in re.finditer(" {2,}", cleaned)]
    markers: list[Marker] = []
    k = 0
    removed = 0  # spaces removed by the runs wholly before the current marker
    for offset, number in marks:
        while k < len(runs) and runs[k][1] - 1 <= offset:
            removed += runs[k][1] - runs[k][0] - 1
            k += 1
        inside = offset - runs[k][0] if k < len(runs) and runs[k][0] < offset else 0
        markers.append(Marker(offset - removed - inside, number))
    return re.sub(" {2,}", " ", cleaned), tuple(markers)


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


def _table_cells(lines: list[str]) -> tuple[list[str], list[tuple[int, str]]] | None:
    """A pipe table's header cells and body cells (line offset, text), or None for other blocks.

    A table that answers recommendations ("| Aanbeveling | Reactie |") holds a recommendation and
    its answer side by side; read row by row, each cell is a paragraph of its own, as the
    alternating paragraphs of a letter without a table would be. The header row only names the
    columns: it becomes a note, not a paragraph.
    """
    if len(lines) < 2 or not all(P.MD_TABLE_ROW.match(line) for line in lines):
        return None
    separator = next((i for i, line in enumerate(lines) if P.MD_TABLE_SEPARATOR.match(line)), None)
    if separator is None:
        return None

    def cells(line: str) -> list[str]:
        parts = P.MD_TABLE_CELL_BORDER.split(line.strip())[1:-1]
        return [part.strip().replace("\\|", "|") for part in parts if part.strip()]

    header = [c for line in lines[:separator] for c in cells(line)]
    body = [(i, c) for i, line in enumerate(lines) if i > separator for c in cells(line)]
    return header, body


def read_markdown(text: str) -> RawDocument:
    """Read a Markdown letter into blocks with page numbers and footnote markers."""
    text = _cap_runs(text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff"))
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
        table = _table_cells(lines)
        if table is not None:
            header, cells = table
            if header:
                notes.append(
                    Note(
                        f"table header row read as labels: {' | '.join(header)}", f"line {first_line}", "info"
                    )
                )
            for line_offset, cell in cells:
                cleaned, markers = clean_inline(cell)
                if cleaned:
                    blocks.append(
                        Block(
                            "text", cleaned, page, first_line + line_offset, markers=markers, lines=(cleaned,)
                        )
                    )
            continue
        heading = _atx_heading(lines[0]) if len(lines) == 1 else None
        if heading:
            inner = heading[1].strip()
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
                        level=len(heading[0]),
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
