"""Read letters as pdftotext / pdfminer write them: hard-wrapped lines, furniture mixed in.

A ministry letter in plain text has its letterhead (Retouradres, addressee with Postbus,
"Datum", "Betreft"), its sidebar colofon (ministry, directorate, address, "Ons kenmerk",
"Bijlage(n)") and its running "Pagina 2 van 7" lines interleaved with the body, and each
page's footnotes at its foot. This reader takes the furniture out, keeps what it says in
`RawDocument.fields`, finds footnotes by their numbering, and rebuilds paragraphs from the
hard-wrapped lines. Pages are split on form feeds (``\\f``) where the text has them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kamerstuk.blocks import Block, Marker, Note, RawDocument
from kamerstuk.patterns import structure as P
from kamerstuk.readers.respacing import normalize_extracted_text

# Annotations the PDF reader writes into the text it hands over (private-use characters, never in
# real text): a footnote marker "\ue000" n "\ue001", a heading line "\ue002" level text, a
# footnote-zone line "\ue003" text. See readers/pdf.py.
MARK_OPEN, MARK_CLOSE, HEADING, FOOTNOTE = "\ue000", "\ue001", "\ue002", "\ue003"
_SENTINEL_MARKER = re.compile(f"{MARK_OPEN}(\\d+){MARK_CLOSE}")
# "12 Kamerstukken …", or the number alone on its line above a long URL: "21"
_ANNOTATED_FOOTNOTE_START = re.compile(r"^(\d{1,3})(?:\s+(.*))?$")

_SIDEBAR_MAX_CHARS = 55  # sidebar colofon lines are narrow; body lines run ~80–95 characters
_HEADING_MAX_CHARS = 80
_LETTERHEAD_MAX_LINES = 80  # a letterhead above the salutation is never longer than this


@dataclass
class _RawBlock:
    page: int
    line: int
    lines: list[str]


def _page_blocks(text: str) -> tuple[list[_RawBlock], int]:
    pages = text.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    out: list[_RawBlock] = []
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
                out.append(_RawBlock(page_no, start, current))
                current = []
        if current:
            out.append(_RawBlock(page_no, start, current))
        line_no -= 1  # the form feed shares the line with the next page's first line
    return out, max(len(pages), 1)


_SIDEBAR_RUN_MAX = 30  # lines: a sidebar colofon never runs longer


def _mend_broken_blocks(
    candidates: list[tuple[_RawBlock, list[str]]],
) -> list[tuple[_RawBlock, list[str]]]:
    """Put back together what an extraction tool split into blocks (pdfminer's text boxes):
    a heading's number alone ("1.1") and its title, and a sentence whose rest ("personeel.")
    stands in the next block, in lower case. A bullet glyph alone in a block is dropped."""
    out: list[tuple[_RawBlock, list[str]]] = []
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
    if len(first) > _SIDEBAR_MAX_CHARS:
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
        if not line or len(line) > _SIDEBAR_MAX_CHARS:
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


def _without_figure_labels(text: str) -> tuple[str, int]:
    """Leave out the labels of a diagram that pdfminer wrote as lines of text: a run of short
    lines (boxes and arrows of an organogram) right before its caption ("Figuur 1. …")."""
    lines = text.split("\n")
    width = _typical_width(lines)
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


def _segment_extracted(text: str, *, spaced_markers: bool = False) -> str:
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
                or _has_marker(since_note, expected, spaced=spaced_markers)
                or (
                    spaced_markers and P.FOOTNOTE_TEXT_START.match(_footnote_text(m) or _line_after(lines, i))
                )
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


def _label_value(lines: list[str], i: int, *, zone: bool = False) -> tuple[str, str, int]:
    """Label at lines[i] and its value (same line, or the next line if that is not a label).

    A subject ("Betreft") may wrap: in the letterhead zone every following line that is not
    another letterhead item continues it; elsewhere only lines that go on in lower case.
    """
    m = P.LETTERHEAD_LABEL.match(lines[i])
    assert m is not None
    label, value = m.group(1).lower(), m.group(2).strip()
    used = 1
    if not value and i + 1 < len(lines) and not P.LETTERHEAD_LABEL.match(lines[i + 1]):
        value, used = lines[i + 1].strip(), 2
    if label not in ("betreft", "onderwerp"):
        return label, value, used
    # "Betreft Voortgangsbrief Hervormingsagenda Jeugd en" / "wachttijden jeugdhulp"
    while value and i + used < len(lines):
        following = lines[i + used].strip()
        if _is_letterhead_item(following) or not (zone or following[:1].islower()):
            break
        value = f"{value} {following}"
        used += 1
    return label, value, used


def _is_letterhead_item(line: str) -> bool:
    """A line that is a letterhead item of its own, so it cannot continue a wrapped subject."""
    return bool(
        P.LETTERHEAD_LABEL.match(line)
        or P.SALUTATION.match(line)
        or P.ADDRESS_LINE.match(line)
        or P.SIDEBAR_LINE.match(line)
        or P.MINISTRY_LINE.match(line)
        or P.PAGINA.match(line)
        or P.RETOURADRES.match(line)
        or P.DATE_ONLY.match(line)
    )


def _ministry_name(lines: list[str], i: int) -> tuple[str, int]:
    """A ministry's name from the sidebar, wrapped or not: "Ministerie van" / "Infrastructuur en" / "Waterstaat"."""
    name = lines[i].strip()
    n = i + 1
    while (
        n < len(lines)
        and n - i <= 3
        and (name.endswith((",", " en", " van", " voor")) or lines[n][:1].islower())
    ):
        name = f"{name} {lines[n].strip()}"
        n += 1
    return name, n - i


class _Reader:
    def __init__(self, text: str, annotated: bool = False, spaced_markers: bool = False) -> None:
        self.annotated = annotated
        self.spaced_markers = spaced_markers
        self.heading_numbers: list[str] = []  # numbered headings seen, to keep their sequence
        self.pending_labels: list[str] = []  # letterhead labels whose value is still to come
        self.raw, self.pages = _page_blocks(text)
        self.fields: dict[str, str] = {}
        self.notes: list[Note] = []
        self.body_started = False

    def _set(self, key: str, value: str) -> None:
        value = value.strip()
        if value and key not in self.fields:
            self.fields[key] = value

    def _take_label(self, label: str, value: str) -> None:
        if label == "datum":
            self._set("date", value)
        elif label in ("betreft", "onderwerp"):
            self._set("subject", value)
        elif label in ("ons kenmerk", "kenmerk"):
            self._set("reference", value)
        elif label.startswith("bijlage"):
            self._set("attachments", value)

    def furniture(self, block: _RawBlock) -> list[str]:
        """Remove furniture lines from a block, keeping what they say; return the rest."""
        lines = block.lines
        rest: list[str] = []
        i = 0
        narrow = max(len(x) for x in lines) <= _SIDEBAR_MAX_CHARS
        if narrow and P.SIDEBAR_NOTE.match(lines[0]):
            return []
        while i < len(lines):
            line = lines[i]
            if P.RETOURADRES.match(line):
                self._set("return_address", line.lstrip("> ").strip())
                i += 1
            elif P.PAGINA.match(line) or P.ISSN_LINE.match(line):
                i += 1
            elif m := P.RUNNING_FOOTER.match(line):
                self._set("running_footer", line)
                i += 1
            elif m := P.KST_IDENTIFIER.match(line):
                self._set("identifier", m.group(1))
                i += 1
            elif (
                P.LETTERHEAD_LABEL.match(line)
                and (narrow or not self.body_started)
                and not (self.body_started and P.ATTACHMENT_LINE.match(line))
            ):
                label, value, used = _label_value(lines, i)
                if label == "datum" and not value:
                    self.fields.setdefault("date_pending", "1")
                self._take_label(label, value)
                i += used
            elif narrow and P.MINISTRY_LINE.match(line):
                name, used = _ministry_name(lines, i)
                self._set("ministry", name)
                i += used
            elif narrow and P.SIDEBAR_LINE.match(line):
                i += 1
            else:
                rest.append(line)
                i += 1
        # The remainder of a sidebar block: directorate names, abbreviations ("DJJ").
        if (
            rest
            and len(rest) < len(lines)
            and narrow
            and not any(P.TERMINAL_PUNCTUATION.search(x) for x in rest)
        ):
            return []
        return rest

    def _salutation_at(self) -> tuple[int, int] | None:
        """Block and line of the salutation ("Geachte voorzitter,") near the top of page 1."""
        seen = 0
        for b, block in enumerate(self.raw):
            if block.page != 1 or seen > _LETTERHEAD_MAX_LINES:
                return None
            for n, line in enumerate(block.lines):
                if P.SALUTATION.match(line):
                    return b, n
            seen += len(block.lines)
        return None

    def _letterhead_zone(self, lines: list[str]) -> None:
        """Read the letterhead above the salutation: return address, addressee block, labels.

        Nothing above the salutation is body text; lines that are none of these (logo text,
        sidebar notes) are dropped with an info note.
        """
        unread: list[str] = []
        pending = self.pending_labels
        i = 0
        while i < len(lines):
            line = lines[i]
            if P.RETOURADRES.match(line):
                self._set("return_address", line.lstrip("> ").strip())
                i += 1
            elif "addressee" not in self.fields and P.ADDRESSEE_START.match(line):
                parts = [line]
                i += 1
                while i < len(lines) and len(parts) < 4 and not _is_letterhead_item(lines[i]):
                    parts.append(lines[i])
                    i += 1
                self._set("addressee", " ".join(parts))
                while (
                    i < len(lines)
                    and P.ADDRESS_LINE.match(lines[i])
                    and not P.LETTERHEAD_LABEL.match(lines[i])
                ):
                    i += 1  # "Postbus 20018", "2500 EA DEN HAAG" (not "Datum 22 december 2022")
            elif P.LETTERHEAD_LABEL.match(line):
                label, value, used = _label_value(lines, i, zone=True)
                if value:
                    self._take_label(label, value)
                else:
                    pending.append(label)  # "Datum" / "Betreft" above, their values in the next block
                i += used
            elif P.MINISTRY_LINE.match(line):
                name, used = _ministry_name(lines, i)
                self._set("ministry", name)
                i += used
            elif P.DATE_ONLY.match(line):
                self._set("date", line)
                if "datum" in pending:
                    pending.remove("datum")
                i += 1
            elif any(label != "datum" for label in pending) and not _is_letterhead_item(line):
                label = next(label for label in pending if label != "datum")
                pending.remove(label)
                value, i = line.strip(), i + 1
                while (
                    label in ("betreft", "onderwerp") and i < len(lines) and not _is_letterhead_item(lines[i])
                ):
                    value, i = f"{value} {lines[i].strip()}", i + 1  # the subject wraps
                self._take_label(label, value)
            else:
                if not (P.PAGINA.match(line) or P.SIDEBAR_LINE.match(line)):
                    unread.append(line)
                i += 1
        if unread:
            self.notes.append(
                Note("letterhead lines not read: " + " | ".join(unread)[:200], "page 1", "info")
            )

    def read(self) -> RawDocument:
        candidates: list[tuple[_RawBlock, list[str]]] = []
        salutation = self._salutation_at()
        if salutation is not None:
            b, n = salutation
            zone = self.raw[b]
            for block in self.raw[:b]:
                self._letterhead_zone(block.lines)
            self._letterhead_zone(zone.lines[:n])
            self._set("salutation", zone.lines[n])
            self.body_started = True
            rest = zone.lines[n + 1 :]
            after = [_RawBlock(zone.page, zone.line + n + 1, rest)] if rest else []
            self.raw = after + self.raw[b + 1 :]
        for block in self.raw:
            if not self.body_started and block.page == 1 and "addressee" not in self.fields:
                aan = P.AAN_DE.match(block.lines[0])
                if aan and len(block.lines[0]) <= _SIDEBAR_MAX_CHARS + 10:
                    parts = [aan.group(1)]
                    for extra in block.lines[1:]:
                        if P.ADDRESS_LINE.match(extra) or P.SIDEBAR_LINE.match(extra):
                            break
                        parts.append(extra)
                    self._set("addressee", " ".join(parts))
                    continue
            lines = self.furniture(block)
            if not lines:
                continue
            if not self.body_started and block.page == 1:
                if len(lines) == 1 and P.DATE_ONLY.match(lines[0]):
                    self._set("date", lines[0])
                    continue
                if P.SALUTATION.match(lines[0]):
                    self._set("salutation", lines[0])
                    lines = lines[1:]
                    self.body_started = True
                    if not lines:
                        continue
            if any(len(x) > _SIDEBAR_MAX_CHARS for x in lines) or len(lines) > 2:
                self.body_started = True
            candidates.append((block, lines))
        self.fields.pop("date_pending", None)
        if not self.annotated:
            candidates = _mend_broken_blocks(candidates)
        return self._blocks(candidates)

    def _blocks(self, candidates: list[tuple[_RawBlock, list[str]]]) -> RawDocument:
        width = _typical_width([x for _, lines in candidates for x in lines])
        out: list[Block] = []
        expected_note = 1
        body_text = ""  # running body text, to check that a footnote's marker exists before it
        footnote_page = 0
        for position, (block, lines) in enumerate(candidates):
            following = candidates[position + 1][1] if position + 1 < len(candidates) else None
            page = block.page
            if self.annotated and lines[0].startswith(FOOTNOTE):
                expected_note = self._annotated_footnotes(block, lines, expected_note, out)
                continue
            if self.annotated and lines[0].startswith(HEADING):
                title = _SENTINEL_MARKER.sub("", lines[0][2:]).strip()
                out.append(Block("heading", title, page, block.line, level=int(lines[0][1]), lines=(title,)))
                if len(lines) > 1:
                    text = _join_lines(lines[1:])
                    out.append(Block("text", text, page, block.line + 1, lines=tuple(lines[1:])))
                continue
            # Footnotes: numbered lines at the page foot whose marker appeared in the body.
            first = (P.TEXT_FOOTNOTE_START_LOOSE if self.spaced_markers else P.TEXT_FOOTNOTE_START).match(
                lines[0]
            )
            if (
                first
                and int(first.group(1)) == expected_note
                and (
                    _has_marker(body_text, expected_note, spaced=self.spaced_markers)
                    or (
                        self.spaced_markers
                        and P.FOOTNOTE_TEXT_START.match(_footnote_text(first) or _line_after(lines, 0))
                    )
                )
            ):
                expected_note = self._footnotes(block, lines, expected_note, out)
                footnote_page = page
                continue
            if (
                footnote_page == page
                and out
                and out[-1].kind == "footnote"
                and not _looks_like_body(lines, width)
                and (lines[0][:1].islower() or not P.TERMINAL_PUNCTUATION.search(out[-1].text))
            ):
                last = out.pop()  # a footnote that runs on below a sidebar line
                out.append(
                    Block(
                        "footnote", f"{last.text} {' '.join(lines)}", last.page, last.line, number=last.number
                    )
                )
                continue
            for para in _paragraphs(
                lines,
                width,
                guess_headings=not self.annotated,
                numbering=self.heading_numbers,
                unbroken=self.spaced_markers,
            ):
                para_lines, line_no = para.lines, block.line + para.offset
                if para.heading:
                    title = " ".join(x.strip() for x in para_lines)
                    out.append(Block("heading", title, page, line_no, level=1, lines=(title,)))
                    continue
                if not self.annotated and (
                    len(para_lines[0]) < min(_HEADING_MAX_CHARS, 0.85 * width)
                    and _is_heading_line(para_lines[0], para_lines[1] if len(para_lines) > 1 else "")
                    and (len(para_lines) > 1 or _is_body_block(following))
                    and not (out and out[-1].kind == "text" and out[-1].text.endswith(","))
                ):
                    out.append(
                        Block("heading", para_lines[0], page, line_no, level=1, lines=(para_lines[0],))
                    )
                    para_lines = para_lines[1:]
                    line_no += 1
                    if not para_lines:
                        continue
                text = _join_lines(para_lines)
                body_text += " " + text
                out.append(Block("text", text, page, line_no, lines=tuple(para_lines)))
        if self.annotated:
            out = [_sentinel_markers(b) for b in out]
        else:
            numbers = {b.number for b in out if b.kind == "footnote" and b.number is not None}
            out = _with_markers(out, numbers, spaced=self.spaced_markers)
        fields = {k: v for k, v in self.fields.items() if k != "running_footer"}
        if "running_footer" in self.fields:
            self.notes.append(Note("running footer removed: " + self.fields["running_footer"], None, "info"))
        return RawDocument(blocks=out, pages=self.pages, fields=fields, notes=self.notes)

    def _annotated_footnotes(
        self, block: _RawBlock, lines: list[str], expected: int, out: list[Block]
    ) -> int:
        """Footnote-zone lines from the PDF reader: "n text" opens footnote n; other lines continue one,
        also across a page break (a footnote that runs on at the foot of the next page)."""
        for raw_line in lines:
            body = raw_line.lstrip(FOOTNOTE)
            # The PDF reader marks a footnote's own number as a superscript at the line start; without
            # one, only the next expected number opens a footnote ("31 procent …" continues one).
            opening = _SENTINEL_MARKER.match(body)
            line = _SENTINEL_MARKER.sub("", body).strip()
            m = _ANNOTATED_FOOTNOTE_START.match(f"{opening.group(1)} {line}" if opening else line)
            if m and ((opening is not None and int(m.group(1)) >= expected) or int(m.group(1)) == expected):
                if int(m.group(1)) != expected:
                    self.notes.append(
                        Note(f"footnote {m.group(1)} follows footnote {expected - 1}", f"page {block.page}")
                    )
                out.append(
                    Block("footnote", m.group(2) or "", block.page, block.line, number=int(m.group(1)))
                )
                expected = int(m.group(1)) + 1
                continue
            last = next((i for i in range(len(out) - 1, -1, -1) if out[i].kind == "footnote"), None)
            if last is None:
                self.notes.append(Note(f"footnote text without a number: {line[:60]}", f"page {block.page}"))
                continue
            prev = out[last]
            out[last] = Block(
                "footnote", _join_lines([prev.text, line]), prev.page, prev.line, number=prev.number
            )
        return expected

    def _footnotes(self, block: _RawBlock, lines: list[str], expected: int, out: list[Block]) -> int:
        current: list[str] = []
        number = expected
        start = P.TEXT_FOOTNOTE_START_LOOSE if self.spaced_markers else P.TEXT_FOOTNOTE_START
        for line in lines:
            m = start.match(line)
            if m and int(m.group(1)) == expected:
                if current:
                    out.append(Block("footnote", _join_lines(current), block.page, block.line, number=number))
                text = _footnote_text(m)
                number, current = expected, [text] if text else []
                expected += 1
            else:
                current.append(line)
        if current:
            out.append(Block("footnote", _join_lines(current), block.page, block.line, number=number))
        return expected


def _line_after(lines: list[str], i: int) -> str:
    return lines[i + 1] if i + 1 < len(lines) else ""


def _footnote_text(m: re.Match[str]) -> str | None:
    """The text on a footnote's first line (None when the number stands alone on it)."""
    return next((g for g in m.groups()[1:] if g), None)


def _has_marker(body: str, number: int, *, spaced: bool = False) -> bool:
    if any(int(m.group(1)) == number for m in P.TEXT_FOOTNOTE_MARKER.finditer(body)):
        return True
    return spaced and (
        any(int(m.group(2)) == number for m in P.TEXT_SPACED_FOOTNOTE_MARKER.finditer(body))
        or any(int(m.group(1)) == number for m in P.TEXT_YEAR_FOOTNOTE_MARKER.finditer(body))
    )


def _typical_width(lines: list[str]) -> int:
    """The body's line width in characters: what a full line holds (the 80th percentile)."""
    lengths = sorted(len(x) for x in lines if len(x) > _SIDEBAR_MAX_CHARS)
    if not lengths:
        return 80
    return lengths[int(len(lengths) * 0.8)]


def _looks_like_body(lines: list[str], width: int) -> bool:
    return any(len(x) >= 0.85 * width for x in lines)


def _is_heading_line(line: str, following: str = "") -> bool:
    """A heading in plain text: a short capitalised line without sentence-final punctuation
    (a question mark is allowed: "Draagmoederschap of adoptie?"), not continued in lower case."""
    stripped = line.strip()
    words = len(stripped.split())
    question = stripped.endswith("?") and words <= 8
    return (
        0 < len(stripped) <= _HEADING_MAX_CHARS
        and (stripped[0].isupper() or stripped[0] in "(«'‘“")
        and (question or not P.TERMINAL_PUNCTUATION.search(stripped))
        and not stripped.endswith((",", "-"))
        and not P.SIGNATURE_ROLE.match(stripped)
        and not P.FIGURE_CAPTION.match(stripped)
        and not (P.SIGNATURE_NAME.match(stripped) and P.SIGNATURE_ROLE.match(following))
        and words <= 9
        and not following[:1].islower()
        and not following.startswith("(")
    )


def _is_body_block(lines: list[str] | None) -> bool:
    """Does this (next) block look like running text rather than another short line?"""
    return lines is not None and (len(lines) > 1 or len(lines[0]) > _HEADING_MAX_CHARS)


def _numbered_heading(lines: list[str], i: int, width: int, last: str | None) -> int:
    """How many lines from lines[i] make a numbered heading ("1.1 Blootstelling van …" and its
    wrapped rest in lower case); 0 when lines[i] is none.

    Not a heading: a line that ends in punctuation or in a word that cannot end a title ("… toe
    in het"), an item of a numbered list (the next line carries the next number), or a number
    out of sequence after the last numbered heading `last` ("5." right after "1.1").
    """
    line = lines[i].strip()
    number = P.NUMBERED_HEADING.match(line)
    if not (
        number
        and len(line) <= _HEADING_MAX_CHARS
        and len(line.split()) <= 14
        and not P.TERMINAL_PUNCTUATION.search(_without_final_parenthesis(line))
        and _follows(last, number.group(1))
    ):
        return 0
    following = lines[i + 1].strip() if i + 1 < len(lines) else ""
    nxt_number = P.NUMBERED_HEADING.match(following)
    if nxt_number and _next_number(number.group(1)) == nxt_number.group(1):
        return 0  # "1. Stel …" / "2. Ontwikkel …": a list, not headings
    if (
        following[:1].islower()
        and len(following) < 0.6 * width
        and not P.TERMINAL_PUNCTUATION.search(following)
        and (i + 2 >= len(lines) or not lines[i + 2][:1].islower())
    ):
        return 2  # "1.2 Blootstelling van … en" / "andere stoffen"
    if following[:1].islower() or line.split()[-1].lower() in P.TITLE_CANNOT_END:
        return 0
    return 1


def _follows(last: str | None, number: str) -> bool:
    """Can heading `number` come after heading `last`? "1.2" or "1.1.1" or "2" after "1.1"."""
    parts = [int(x) for x in number.split(".")]
    if last is None:
        return all(x == 1 for x in parts[1:]) and parts[0] <= 2
    before = [int(x) for x in last.split(".")]
    if len(parts) == len(before) + 1:
        return parts[:-1] == before and parts[-1] == 1
    if len(parts) <= len(before):
        return parts[:-1] == before[: len(parts) - 1] and parts[-1] == before[len(parts) - 1] + 1
    return False


def _next_number(number: str) -> str:
    """The number after "1.1" is "1.2"; after "3" it is "4"."""
    *head, last = number.split(".")
    return ".".join([*head, str(int(last) + 1)])


def _opens_item(line: str) -> bool:
    """A list item that is a sentence of its own ("1. Op basis van …", "• Het aanpassen …")."""
    m = P.LIST_ITEM.match(line)
    return m is not None and m.group(1).isupper()


def _without_final_parenthesis(text: str) -> str:
    """A heading may end in a parenthesis: "3. Emissie van zeer zorgwekkende stoffen (ZZS)"."""
    if text.endswith(")") and "(" in text:
        return text[: text.rindex("(")].rstrip()
    return text


@dataclass
class _Para:
    """A paragraph's lines within its block; `heading` when it is a numbered heading."""

    lines: list[str]
    offset: int
    heading: bool = False


def _paragraphs(
    lines: list[str],
    width: int,
    *,
    guess_headings: bool = True,
    numbering: list[str] | None = None,
    unbroken: bool = False,
) -> list[_Para]:
    """Split a block's lines into paragraphs: a short line ending a sentence closes one.

    A numbered heading ("1.1 Blootstelling van …") stands alone when the line before it ends
    a sentence or is a heading itself; `numbering` holds the last heading number seen, so that
    headings keep their sequence. A plain heading line (short, capitalised, no end punctuation)
    after a finished sentence opens a new paragraph that it heads; the caller splits it off.
    """
    out: list[_Para] = []
    current: list[str] = []
    start = 0
    i = 0
    after_heading = True  # the block's start counts as a paragraph end
    numbering = numbering if numbering is not None else []
    while i < len(lines):
        line = lines[i]
        ended = not current or (
            P.TERMINAL_PUNCTUATION.search(current[-1]) and not current[-1].rstrip().endswith(":")
        )
        if guess_headings and (after_heading or ended):
            taken = _numbered_heading(lines, i, width, numbering[-1] if numbering else None)
            if taken:
                if current:
                    out.append(_Para(current, start))
                    current = []
                out.append(_Para(lines[i : i + taken], i, heading=True))
                numbering.append(P.NUMBERED_HEADING.match(line.strip()).group(1))  # type: ignore[union-attr]
                i += taken
                after_heading = True
                continue
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if (
            guess_headings
            and current
            and ended
            and len(line) < 0.85 * width
            and nxt[:1].isupper()
            and _is_heading_line(line, nxt)
            and not _opens_item(line)
        ):
            out.append(_Para(current, start))  # a plain heading after a finished paragraph
            current = []
        after_heading = False
        if not current:
            start = i
        current.append(line)
        short = len(line) < 0.75 * width
        # A sentence that ends where the next line's first word would still have fitted ends
        # its paragraph: the line was broken on purpose, not for want of room.
        # Needed only where no blank line marks paragraphs (pdfminer's text).
        fits = unbroken and bool(nxt.split()) and len(line) + 1 + len(nxt.split()[0]) <= width
        if (
            ((short or fits) and P.TERMINAL_PUNCTUATION.search(line) and nxt[:1].isupper())
            or _opens_item(nxt)
            or P.CLOSING_FORMULA.match(nxt)  # "Hoogachtend," and the signature stand apart
            or P.ATTACHMENT_LINE.match(nxt)  # "Bijlage: …" after the signature
            or P.CLOSING_FORMULA.match(line)
        ):
            out.append(_Para(current, start))
            current = []
        elif guess_headings and len(line) < 0.7 * width and i == 0 and _is_heading_line(line, nxt) and nxt:
            out.append(_Para(current, start))  # a heading line on top of its paragraph
            current = []
        i += 1
    if current:
        out.append(_Para(current, start))
    if not guess_headings:
        return out
    # Keep a heading together with the paragraph it heads; the caller splits them.
    merged: list[_Para] = []
    for para in out:
        last = merged[-1] if merged else None
        if (
            last is not None
            and not last.heading
            and len(last.lines) == 1
            and last.offset == 0
            and _is_heading_line(last.lines[0], para.lines[0])
        ):
            merged[-1] = _Para(last.lines + para.lines, last.offset)
        else:
            merged.append(para)
    return merged


def _join_lines(lines: list[str]) -> str:
    """Join hard-wrapped lines, undoing line-end hyphenation but keeping real hyphens."""
    text = ""
    for line in lines:
        line = line.strip()
        if not text:
            text = line
            continue
        hyphen = P.LINE_END_HYPHEN.search(text)
        first_word = line.split(" ", 1)[0]
        if hyphen and line[:1].islower():
            if first_word in P.HYPHEN_CONJUNCTIONS:
                text = f"{text} {line}"  # "dak-" + "en thuisloze"
            elif hyphen.group(1).isupper() or hyphen.group(1).isdigit():
                text = f"{text}{line}"  # "LHBTI-" + "jongeren"
            else:
                text = f"{text[:-1]}{line}"  # "duidelijk-" + "heid"
        elif hyphen and (line[:1].isupper() or line[:1].isdigit()):
            text = f"{text}{line}"  # "IENW/BSK-" + "2023/33017", "Noord-" + "Holland"
        else:
            text = f"{text} {line}"
    return re.sub(r"\s+", " ", text)


def _with_markers(blocks: list[Block], numbers: set[int], *, spaced: bool = False) -> list[Block]:
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


def _sentinel_markers(block: Block) -> Block:
    """Turn the PDF reader's exact marker annotations into Markers."""
    if MARK_OPEN not in block.text:
        return block
    markers: list[Marker] = []
    pieces: list[str] = []
    pos = 0
    for m in _SENTINEL_MARKER.finditer(block.text):
        pieces.append(block.text[pos : m.start()])
        markers.append(Marker(sum(len(p) for p in pieces), int(m.group(1))))
        pos = m.end()
    pieces.append(block.text[pos:])
    text = "".join(pieces)
    lines = tuple(_SENTINEL_MARKER.sub("", ln) for ln in block.lines)
    if block.kind != "text":
        return Block(
            block.kind, text, block.page, block.line, level=block.level, number=block.number, lines=lines
        )
    return Block(
        block.kind, text, block.page, block.line, markers=tuple(markers), level=block.level, lines=lines
    )


def read_plaintext(text: str, *, annotated: bool = False) -> RawDocument:
    """Read a pdftotext/pdfminer-style letter into blocks, furniture removed into fields.

    ``annotated=True`` is for text written by the PDF reader, whose markers, headings and
    footnote lines are marked exactly (see readers/pdf.py); nothing is guessed then.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    text = normalize_extracted_text(text.replace("\u00a0", " "))
    # pdfminer writes no blank lines between paragraphs, and sets footnote markers apart by spaces
    lines = text.count("\n") + 1
    unbroken = not annotated and lines > 20 and text.count("\n\n") < lines / 50
    notes: list[Note] = []
    if unbroken:
        text, dropped = _without_figure_labels(text)
        if dropped:
            notes.append(Note(f"{dropped} line(s) of figure labels left out", None, "info"))
    if not annotated:
        text = _segment_extracted(text, spaced_markers=unbroken)
    raw = _Reader(text, annotated, spaced_markers=unbroken).read()
    raw.notes[:0] = notes
    return raw
