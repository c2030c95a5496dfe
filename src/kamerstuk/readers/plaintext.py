"""Read letters as pdftotext / pdfminer write them: hard-wrapped lines, furniture mixed in.

A ministry letter in plain text has its letterhead, its sidebar colofon and its running
"Pagina 2 van 7" lines interleaved with the body, and each page's footnotes at its foot. This
reader takes the furniture out (`text_furniture`), keeping what it says in
`RawDocument.fields`, finds footnotes by their numbering (`text_footnotes`), and rebuilds
paragraphs from the hard-wrapped lines (`paragraphs`). Pages are split on form feeds (``\\f``)
where the text has them; text without blank lines, as pdfminer writes it, is given blocks first
(`extracted`).
"""

from __future__ import annotations

import re

from kamerstuk.blocks import Block, Marker, Note, RawDocument
from kamerstuk.patterns import structure as P
from kamerstuk.readers.extracted import mend_broken_blocks, segment_extracted, without_figure_labels
from kamerstuk.readers.line_blocks import (
    SIDEBAR_MAX_CHARS,
    LineBlock,
    looks_like_body,
    page_blocks,
    typical_width,
)
from kamerstuk.readers.paragraphs import (
    HEADING_MAX_CHARS,
    is_body_block,
    is_heading_line,
    join_lines,
    split_paragraphs,
)
from kamerstuk.readers.respacing import normalize_extracted_text
from kamerstuk.readers.text_footnotes import MarkerScan, footnote_text, line_after, with_markers
from kamerstuk.readers.text_furniture import FurnitureReader

# Annotations the PDF reader writes into the text it hands over (private-use characters, never in
# real text): a footnote marker "\ue000" n "\ue001", a heading line "\ue002" level text, a
# footnote-zone line "\ue003" text. See readers/pdf.py.
MARK_OPEN, MARK_CLOSE, HEADING, FOOTNOTE = "\ue000", "\ue001", "\ue002", "\ue003"
_SENTINEL_MARKER = re.compile(f"{MARK_OPEN}(\\d+){MARK_CLOSE}")
# "12 Kamerstukken …", or the number alone on its line above a long URL: "21"
_ANNOTATED_FOOTNOTE_START = re.compile(r"^(\d{1,3})(?:\s+(.*))?$")


class _Reader(FurnitureReader):
    def __init__(self, text: str, annotated: bool = False, spaced_markers: bool = False) -> None:
        raw, self.pages = page_blocks(text)
        super().__init__(raw)
        self.annotated = annotated
        self.spaced_markers = spaced_markers
        self.heading_numbers: list[str] = []  # numbered headings seen, to keep their sequence

    def read(self) -> RawDocument:
        candidates: list[tuple[LineBlock, list[str]]] = []
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
            after = [LineBlock(zone.page, zone.line + n + 1, rest)] if rest else []
            self.raw = after + self.raw[b + 1 :]
        for block in self.raw:
            if not self.body_started and block.page == 1 and "addressee" not in self.fields:
                aan = P.AAN_DE.match(block.lines[0])
                if aan and len(block.lines[0]) <= SIDEBAR_MAX_CHARS + 10:
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
            # (a header line in capitals is no body text however long: "BRIEF VAN DE MINISTER VAN LANDBOUW, VISSERIJ,
            # VOEDSELZEKERHEID EN NATUUR" names a ministry of more words than a sidebar line holds; round 55)
            if any(len(x) > SIDEBAR_MAX_CHARS and not x.isupper() for x in lines) or len(lines) > 2:
                self.body_started = True
            candidates.append((block, lines))
        self.fields.pop("date_pending", None)
        if not self.annotated:
            candidates = mend_broken_blocks(candidates)
        return self._blocks(candidates)

    def _blocks(self, candidates: list[tuple[LineBlock, list[str]]]) -> RawDocument:
        width = typical_width([x for _, lines in candidates for x in lines])
        out: list[Block] = []
        expected_note = 1
        body_text = MarkerScan(spaced=self.spaced_markers)  # the body so far: is a footnote's marker in it?
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
                    text = join_lines(lines[1:])
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
                    body_text.has(expected_note)
                    or (
                        self.spaced_markers
                        and P.FOOTNOTE_TEXT_START.match(footnote_text(first) or line_after(lines, 0))
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
                and not looks_like_body(lines, width)
                and (lines[0][:1].islower() or not P.TERMINAL_PUNCTUATION.search(out[-1].text))
            ):
                last = out.pop()  # a footnote that runs on below a sidebar line
                out.append(
                    Block(
                        "footnote", f"{last.text} {' '.join(lines)}", last.page, last.line, number=last.number
                    )
                )
                continue
            for para in split_paragraphs(
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
                    len(para_lines[0]) < min(HEADING_MAX_CHARS, 0.85 * width)
                    and is_heading_line(para_lines[0], para_lines[1] if len(para_lines) > 1 else "")
                    and (len(para_lines) > 1 or is_body_block(following))
                    and not (out and out[-1].kind == "text" and out[-1].text.endswith(","))
                ):
                    out.append(
                        Block("heading", para_lines[0], page, line_no, level=1, lines=(para_lines[0],))
                    )
                    para_lines = para_lines[1:]
                    line_no += 1
                    if not para_lines:
                        continue
                text = join_lines(para_lines)
                body_text.add(" " + text)
                out.append(Block("text", text, page, line_no, lines=tuple(para_lines)))
        if self.annotated:
            out = [_sentinel_markers(b) for b in out]
        else:
            numbers = {b.number for b in out if b.kind == "footnote" and b.number is not None}
            out = with_markers(out, numbers, spaced=self.spaced_markers)
        fields = {k: v for k, v in self.fields.items() if k != "running_footer"}
        if "running_footer" in self.fields:
            self.notes.append(Note("running footer removed: " + self.fields["running_footer"], None, "info"))
        return RawDocument(blocks=out, pages=self.pages, fields=fields, notes=self.notes)

    def _annotated_footnotes(
        self, block: LineBlock, lines: list[str], expected: int, out: list[Block]
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
                "footnote", join_lines([prev.text, line]), prev.page, prev.line, number=prev.number
            )
        return expected

    def _footnotes(self, block: LineBlock, lines: list[str], expected: int, out: list[Block]) -> int:
        current: list[str] = []
        number = expected
        start = P.TEXT_FOOTNOTE_START_LOOSE if self.spaced_markers else P.TEXT_FOOTNOTE_START
        for line in lines:
            m = start.match(line)
            if m and int(m.group(1)) == expected:
                if current:
                    out.append(Block("footnote", join_lines(current), block.page, block.line, number=number))
                text = footnote_text(m)
                number, current = expected, [text] if text else []
                expected += 1
            else:
                current.append(line)
        if current:
            out.append(Block("footnote", join_lines(current), block.page, block.line, number=number))
        return expected


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
        text, dropped = without_figure_labels(text)
        if dropped:
            notes.append(Note(f"{dropped} line(s) of figure labels left out", None, "info"))
    if not annotated:
        text = segment_extracted(text, spaced_markers=unbroken)
    raw = _Reader(text, annotated, spaced_markers=unbroken).read()
    raw.notes[:0] = notes
    return raw
