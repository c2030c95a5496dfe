"""Text as pdfminer writes it: no blank lines, the sidebar amid the body, boxes split apart.

Before the plain-text reader can find blocks in such text, `segment_extracted` gives it
some: a page ends at its "Pagina n van m" line, a sidebar colofon written between body lines
becomes a block of its own, and so do a page's footnotes. `without_figure_labels` leaves out
the labels of a diagram written as lines of text; `mend_broken_blocks` puts back together
what pdfminer's text boxes split (a heading's number and its title, a sentence and its rest).
"""

from __future__ import annotations

from kamerstuk.patterns import structure as P
from kamerstuk.readers.line_blocks import SIDEBAR_MAX_CHARS, LineBlock, typical_width
from kamerstuk.readers.text_footnotes import footnote_text, has_marker, line_after

_SIDEBAR_RUN_MAX = 30  # lines: a sidebar colofon never runs longer


def mend_broken_blocks(
    candidates: list[tuple[LineBlock, list[str]]],
) -> list[tuple[LineBlock, list[str]]]:
    """Put back together what an extraction tool split into blocks (pdfminer's text boxes):
    a heading's number alone ("1.1") and its title, and a sentence whose rest ("personeel.")
    stands in the next block, in lower case. A bullet glyph alone in a block is dropped."""
    out: list[tuple[LineBlock, list[str]]] = []
    carry: str | None = None  # a heading number waiting for the title it belongs to
    for block, lines in candidates:
        lines = list(lines)
        if carry is not None:
            lines[0] = f"{carry} {lines[0].strip()}"
            carry = None
        alone = lines[0].strip() if len(lines) == 1 else ""
        if alone in P.BULLET_GLYPHS:
            continue  # a bullet without its item: pdfminer puts it anywhere, and alone it says nothing
        if alone and P.HEADING_NUMBER.match(alone):
            carry = alone
            continue
        if out:
            prev_block, prev_lines = out[-1]
            if (
                prev_block.page == block.page
                and lines[0][:1].islower()
                and not P.TERMINAL_PUNCTUATION.search(prev_lines[-1])
                and not prev_lines[-1].rstrip().endswith(",")
            ):
                out[-1] = (prev_block, [*prev_lines, *lines])
                continue
        out.append((block, lines))
    return out


def _sidebar_run(lines: list[str], i: int) -> int:
    """How many lines from lines[i] belong to a sidebar colofon that an extraction tool wrote
    between body lines (pdfminer does, mid-page); 0 when lines[i] does not open one.

    A run opens with the ministry's name, a sidebar label or the page line, and takes only
    lines the sidebar is known to hold: the name's wrapped words, addresses, phone numbers,
    labels with their values, notes, the "Pagina n van m" line (which ends it).
    """
    first = lines[i].strip()
    if len(first) > SIDEBAR_MAX_CHARS:
        return 0
    label = P.LETTERHEAD_LABEL.match(first)
    opens = (
        P.MINISTRY_LINE.match(first)
        or P.PAGINA.match(first)
        or (
            label is not None
            and label.group(1).lower() in P.SIDEBAR_LABELS
            and not P.ATTACHMENT_LINE.match(first)  # "Bijlage: Advies …" after the signature
        )
    )
    if not opens:
        return 0
    n = i
    name_words = 0  # lines of a ministry's wrapped name still allowed
    while n < len(lines) and n - i < _SIDEBAR_RUN_MAX:
        line = lines[n].strip()
        if not line or len(line) > SIDEBAR_MAX_CHARS:
            break
        if P.PAGINA.match(line):
            return n + 1 - i
        if m := P.LETTERHEAD_LABEL.match(line):
            if m.group(1).lower() not in P.SIDEBAR_LABELS and m.group(1).lower() != "datum" and n > i:
                break
            n += 1 if m.group(2) or n + 1 >= len(lines) else 2  # the value stands on the next line
            name_words = 0
            continue
        if P.MINISTRY_LINE.match(line):
            name_words = 2
        elif name_words and not P.TERMINAL_PUNCTUATION.search(line) and line[:1].isupper():
            name_words -= 1
        elif P.SIDEBAR_NOTE.match(line):
            while (
                n + 1 < len(lines)
                and not P.TERMINAL_PUNCTUATION.search(lines[n])
                and n - i < _SIDEBAR_RUN_MAX
            ):
                n += 1
        elif not P.SIDEBAR_LINE.match(line):
            break
        n += 1
    return n - i


_FIGURE_RUN_MIN = 6  # short lines in a row before a caption: a diagram's labels, not sentences


def without_figure_labels(text: str) -> tuple[str, int]:
    """Leave out the labels of a diagram that pdfminer wrote as lines of text: a run of short
    lines (boxes and arrows of an organogram) right before its caption ("Figuur 1. …")."""
    lines = text.split("\n")
    width = typical_width(lines)
    drop: set[int] = set()
    for i, line in enumerate(lines):
        if not P.FIGURE_CAPTION.match(line):
            continue
        j = i
        while j > 0 and 0 < len(lines[j - 1].strip()) < 0.5 * width and not P.PAGINA.match(lines[j - 1]):
            j -= 1
        if i - j >= _FIGURE_RUN_MIN:
            drop.update(range(j, i))
    return "\n".join(x for k, x in enumerate(lines) if k not in drop), len(drop)


def segment_extracted(text: str, *, spaced_markers: bool = False) -> str:
    """Give text without blank lines (as pdfminer writes it) the blocks the reader works on.

    Pages end at their "Pagina n van m" line where the text has no form feeds; a sidebar
    colofon written between body lines becomes a block of its own; a page's footnotes, at
    the first line numbered as the next footnote whose marker the body already holds, too.
    """
    lines = text.split("\n")
    has_feeds = "\f" in text
    out: list[str] = []
    expected = 1
    since_note = ""  # body text since the last footnote, to look for the next marker in
    in_notes = False
    i = 0
    while i < len(lines):
        run = _sidebar_run(lines, i)
        if run:
            in_notes = False
            out.append("")
            out.extend(lines[i : i + run])
            out.append("")
            if P.PAGINA.match(lines[i + run - 1]) and not has_feeds:
                out.append("\f")
                in_notes = False
            i += run
            continue
        line = lines[i]
        m = (P.TEXT_FOOTNOTE_START_LOOSE if spaced_markers else P.TEXT_FOOTNOTE_START).match(line)
        if (
            m
            and int(m.group(1)) == expected
            and (
                in_notes
                or has_marker(since_note, expected, spaced=spaced_markers)
                or (spaced_markers and P.FOOTNOTE_TEXT_START.match(footnote_text(m) or line_after(lines, i)))
            )
        ):
            if not in_notes:
                out.append("")
            in_notes = True
            expected += 1
            since_note = ""
        elif not in_notes:
            since_note += " " + line
        out.append(line)
        i += 1
    return "\n".join(out).replace("\n\f\n", "\f")
