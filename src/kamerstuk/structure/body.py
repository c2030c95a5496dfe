"""The body: headings and paragraphs in reading order, joined across page breaks, with offsets.

Blocks from a reader become headings (from typography or Markdown depth) and paragraphs; a
paragraph cut by a page break (and the page's footnote block) is joined again. `lay_out`
then writes one normalized text and gives every section and paragraph its offsets into it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from kamerstuk.blocks import Block, Marker
from kamerstuk.models import Diagnostic, Paragraph, Section
from kamerstuk.patterns import structure as P

_MAX_HEADING_CHARS = 120


def qa_labels(blocks: list[Block]) -> list[Block]:
    """Take "Vraag 3" / "Antwoord 3" label lines off their paragraphs and keep them as tags."""
    out: list[Block] = []
    pending: str | None = None
    for b in blocks:
        lines = b.lines or (b.text,)
        m = P.QA_LABEL_LINE.match(lines[0]) if b.kind in ("text", "heading") else None
        if m is None:
            if pending and b.kind == "text" and b.tag is None:
                b = replace(b, tag=pending)
            pending = None
            out.append(b)
            continue
        tag = f"{m.group(1).lower()}:{m.group(2).lower()}"
        if len(lines) == 1:
            pending = tag  # the label stands alone: it tags the next paragraph
            continue
        label = lines[0].strip()
        cut = b.text.index(label) + len(label) if label in b.text else 0
        rest = b.text[cut:].lstrip()
        shift = len(b.text) - len(rest)
        markers = tuple(Marker(mk.offset - shift, mk.number) for mk in b.markers if mk.offset >= shift)
        out.append(replace(b, text=rest, lines=tuple(lines[1:]), markers=markers, tag=tag))
        pending = None
    return out


def _is_heading(block: Block) -> bool:
    if block.kind == "heading":
        return True
    return (
        block.kind == "text"
        and (block.bold or block.italic)
        and len(block.text) <= _MAX_HEADING_CHARS
        and len(block.lines) <= 2
        and not P.TERMINAL_PUNCTUATION.search(block.text.rstrip(")»”"))
    )


def _heading_levels(headings: Sequence[Block]) -> list[int]:
    """Levels from numbering where headings are numbered, else from typography, else Markdown depth.

    A numbered heading's level is the depth of its number ("1." 1, "1.1" 2, "2.3.1" 3); an
    unnumbered heading under a numbered one ranks below it, except the letter's closing
    section ("Tot slot"). Typography: bold 1, italic 2. Converters assign Markdown depths
    inconsistently ("### *Slachtoffers*" next to "#### *(Proactieve) signalering*" for two
    subheadings of one rank); the typesetter's bold/italic distinction is what the official
    PDF uses to rank headings.
    """
    plain_levels = [b.level for b in headings if not (b.bold or b.italic) and b.level is not None]
    base = min(plain_levels) if plain_levels else 1
    levels = []
    numbered_depth = 0  # depth of the last numbered heading
    for b in headings:
        if b.bold:
            typographic = 1
        elif b.italic:
            typographic = 2
        elif b.level is not None:
            typographic = b.level - base + 1
        else:
            typographic = 1
        if m := P.NUMBERED_HEADING.match(b.text):
            numbered_depth = m.group(1).count(".") + 1
            levels.append(numbered_depth)
        elif numbered_depth and P.CLOSING_HEADING.match(b.text):
            numbered_depth = 0
            levels.append(1)
        else:
            levels.append(numbered_depth + typographic)
    return levels


def _join(a: str, b: str) -> str:
    """Join two parts of a paragraph cut by a page break."""
    hyphen = P.LINE_END_HYPHEN.search(a)
    if hyphen and b[:1].islower():
        first_word = b.split(" ", 1)[0]
        if first_word in P.HYPHEN_CONJUNCTIONS or hyphen.group(1).isupper() or hyphen.group(1).isdigit():
            return a.rstrip() + (" " if first_word in P.HYPHEN_CONJUNCTIONS else "") + b
        return a.rstrip()[:-1] + b
    return a.rstrip() + " " + b.lstrip()


def _continues(previous: Block, block: Block) -> bool:
    """Does `block` continue the paragraph `previous`, cut by a page break?"""
    if block.page == previous.page:
        return False
    return block.text[:1].islower() or not P.TERMINAL_PUNCTUATION.search(previous.text)


@dataclass
class _Part:
    """A body paragraph under construction."""

    text: str
    page: int
    page_end: int
    line: int
    markers: list[Marker]
    tag: str | None = None
    attachment: bool = False


@dataclass
class Body:
    """The body laid out: one text, its sections and paragraphs, and where each marker stands."""

    text: str
    sections: list[Section]
    paragraphs: list[Paragraph]
    footnote_blocks: list[Block]
    marker_home: dict[int, tuple[str | None, int]] = field(default_factory=dict)  # number -> (pid, offset)
    tags: dict[str, str] = field(default_factory=dict)  # paragraph id -> tag given by a structured reader


def lay_out(
    body: Sequence[Block], diagnostics: list[Diagnostic], *, attachment: Sequence[Block] = ()
) -> Body:
    """Headings and paragraphs in reading order, joined across page breaks, in one offset text.

    Blocks in `attachment` (what follows the signature) are laid out after the body, their
    sections and paragraphs marked ``attachment=True``.
    """
    in_attachment = {id(b) for b in attachment}
    body = [*body, *attachment]
    heading_blocks = [b for b in body if _is_heading(b)]
    levels = dict(zip((id(b) for b in heading_blocks), _heading_levels(heading_blocks), strict=True))
    items: list[Block | _Part] = []
    footnote_blocks: list[Block] = []
    last_part: _Part | None = None
    last_block: Block | None = None
    for block in body:
        if block.kind == "footnote":
            footnote_blocks.append(block)
            continue
        if _is_heading(block):
            items.append(block)
            last_part, last_block = None, None
            continue
        if (
            last_part is not None
            and last_block is not None
            and (id(block) in in_attachment) == last_part.attachment
            and _continues(last_block, block)
        ):
            offset = len(last_part.text) + 1
            joined = _join(last_part.text, block.text)
            offset += len(joined) - (len(last_part.text) + 1 + len(block.text))
            last_part.text = joined
            last_part.markers.extend(Marker(m.offset + offset, m.number) for m in block.markers)
            last_part.page_end = block.page
            last_block = block
            continue
        last_part = _Part(
            block.text,
            block.page,
            block.page,
            block.line,
            list(block.markers),
            block.tag,
            attachment=id(block) in in_attachment,
        )
        last_block = block
        items.append(last_part)

    out = Body(text="", sections=[], paragraphs=[], footnote_blocks=footnote_blocks)
    pieces: list[str] = []
    cursor = 0
    current_section: str | None = None
    for item in items:
        if pieces:
            pieces.append("\n\n")
            cursor += 2
        if isinstance(item, Block):
            sid = f"s{len(out.sections) + 1}"
            out.sections.append(
                Section(
                    id=sid,
                    title=item.text,
                    level=levels[id(item)],
                    attachment=id(item) in in_attachment,
                    page=item.page,
                    start=cursor,
                    end=cursor + len(item.text),
                )
            )
            current_section = sid
            for m in item.markers:
                out.marker_home.setdefault(m.number, (None, cursor + m.offset))
            pieces.append(item.text)
            cursor += len(item.text)
            continue
        pid = f"p{len(out.paragraphs) + 1}"
        if item.tag:
            out.tags[pid] = item.tag
        numbers = []
        for m in item.markers:
            if m.number in out.marker_home:
                diagnostics.append(
                    Diagnostic(
                        stage="structure",
                        message=f"footnote marker {m.number} appears twice",
                        location=pid,
                    )
                )
                continue
            out.marker_home[m.number] = (pid, cursor + m.offset)
            numbers.append(m.number)
        out.paragraphs.append(
            Paragraph(
                id=pid,
                text=item.text,
                section=current_section,
                page=item.page,
                page_end=item.page_end,
                start=cursor,
                end=cursor + len(item.text),
                footnotes=numbers,
                attachment=item.attachment,
            )
        )
        pieces.append(item.text)
        cursor += len(item.text)
    out.text = "".join(pieces)
    return out
