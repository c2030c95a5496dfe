"""Turn a reader's blocks into a `Letter`: header, sections, paragraphs, footnotes, signature.

The structure stage knows nothing about file formats. It reads the header of an official
Kamerstuk (vergaderjaar, dossiers, nr., "BRIEF VAN DE …", addressee, place and date),
finds the signature at the end, joins paragraphs that a page break (and the page's footnote
block) cut in two, and lays out one normalized text with offsets for everything.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from kamerstuk.blocks import Block, Marker, RawDocument
from kamerstuk.doctypes import motion_parts, question_answers
from kamerstuk.errors import StructureError
from kamerstuk.models import (
    Diagnostic,
    Dossier,
    Footnote,
    Kind,
    Letter,
    Metadata,
    Paragraph,
    Section,
    Signatory,
    Source,
)
from kamerstuk.patterns import structure as P

_MAX_HEADING_CHARS = 120


def parse_dutch_date(text: str) -> dt.date | None:
    """Parse the first "1 april 2022"-style date in `text`, or return None.

    >>> parse_dutch_date("Den Haag, 1 april 2022")
    datetime.date(2022, 4, 1)
    """
    for m in P.DUTCH_DATE.finditer(text):
        month = P.MONTHS.get(m.group(2).lower().rstrip("."))
        if month is None:
            continue
        try:
            return dt.date(int(m.group(3)), month, int(m.group(1)))
        except ValueError:
            continue
    return None


def office_case(upper: str) -> str:
    """Title-case an office name printed in capitals.

    >>> office_case("STAATSSECRETARIS VAN JUSTITIE EN VEILIGHEID")
    'Staatssecretaris van Justitie en Veiligheid'
    """
    words = upper.split()
    out = []
    for i, word in enumerate(words):
        lower = word.lower()
        if i > 0 and lower in P.LOWERCASE_WORDS:
            out.append(lower)
        else:
            out.append("-".join(part[:1].upper() + part[1:] for part in lower.split("-")))
    return " ".join(out)


def dossier_number(digits: str, suffix: str | None) -> str:
    """Normalize a dossier number: "36 410", "VIII" -> "36410-VIII"."""
    number = digits.replace(" ", "")
    return f"{number}-{suffix}" if suffix else number


@dataclass
class _Header:
    kind: Kind | None = None
    vergaderjaar: str | None = None
    dossiers: list[Dossier] = field(default_factory=list)
    ondernummer: str | None = None
    sender: str | None = None
    addressee: str | None = None
    place: str | None = None
    date: dt.date | None = None
    subject: str | None = None
    reference: str | None = None
    attachments: str | None = None
    chamber: str = "tk"
    questioners: list[str] = field(default_factory=list)
    submitted: dt.date | None = None
    received: dt.date | None = None
    movers: list[str] = field(default_factory=list)
    signatories: list[Signatory] = field(default_factory=list)
    cues: list[str] = field(default_factory=list)
    end: int = 0  # index of the first body block


def _read_header(blocks: Sequence[Block], diagnostics: list[Diagnostic]) -> _Header:
    """Consume the header lines at the top of the document."""
    h = _Header()
    expect_title = False
    index = 0
    for index, block in enumerate(blocks):  # noqa: B007 - index is used after the loop
        if block.kind == "footnote":
            continue
        lines = block.lines or (block.text,)
        if _read_header_block(h, block.text):
            continue
        recognised = 0
        unread: list[str] = []
        for line in lines:
            if expect_title and h.dossiers and h.dossiers[-1].title is None and _is_title(line):
                last = h.dossiers.pop()
                h.dossiers.append(Dossier(number=last.number, title=line.strip()))
                expect_title = False
                recognised += 1
                continue
            expect_title = False
            if m := P.VERGADERJAAR.match(line):
                first, second = m.group(1), m.group(2)
                h.vergaderjaar = f"{first}-{second if len(second) == 4 else first[:2] + second}"
                h.cues.append("vergaderjaar")
            elif m := P.CHAMBER_LINE.match(line):
                h.chamber = "ek" if m.group(1).lower() == "eerste" else "tk"
                h.cues.append("chamber")
            elif h.kind == "antwoord" and h.ondernummer is None and (m := P.BARE_NUMBER.match(line)):
                h.ondernummer = m.group(1)
                h.cues.append("ondernummer")
            elif P.AANHANGSEL_INTRO.match(line) or _continues_intro(h, line):
                h.kind = "antwoord"
            elif m := P.VOORGESTELD.match(line):
                h.date = parse_dutch_date(m.group(1))
                h.cues.append("voorgesteld")
            elif m := P.DOSSIER_NUMBER_LINE.match(line):
                h.dossiers.append(Dossier(number=dossier_number(m.group(1), m.group(2))))
                expect_title = True
                h.cues.append("dossier")
            elif m := P.DOSSIER_WITH_TITLE_LINE.match(line):
                h.dossiers.append(
                    Dossier(number=dossier_number(m.group(1), m.group(2)), title=m.group(3).strip())
                )
                h.cues.append("dossier")
            elif m := P.ONDERNUMMER.match(line):
                h.ondernummer = m.group(1)
                h.cues.append("ondernummer")
                rest = m.group(2)
                if rest and (b := P.BRIEF_VAN.match(rest)):
                    h.kind, h.sender = "brief", office_case(b.group(1))
                elif rest and P.MOTIE_VAN.match(rest):
                    h.kind = "motie"
                    h.movers = _movers(rest)
            elif m := P.BRIEF_VAN.match(line):
                h.kind, h.sender = "brief", office_case(m.group(1))
                h.cues.append("brief van")
            elif P.MOTIE_VAN.match(line):
                h.kind = "motie"
                h.movers = _movers(line)
                h.cues.append("motie")
            elif P.ANTWOORD_CUE.match(line):
                h.kind = "antwoord"
                h.cues.append("antwoord")
            elif (m := P.AAN_DE.match(line)) and h.addressee is None and len(line) < 150:
                h.addressee = m.group(1).rstrip(",")
                h.cues.append("addressee")
            elif (m := P.PLACE_DATE.match(line)) and (date := parse_dutch_date(m.group(2))):
                h.place, h.date = m.group(1).strip(), date
                h.cues.append("place and date")
            elif m := P.LETTERHEAD_LABEL.match(line):
                _letterhead_field(h, m.group(1).lower(), m.group(2))
                h.cues.append(m.group(1).lower())
            elif P.SALUTATION.match(line):
                h.cues.append("salutation")
            else:
                unread.append(line)
                continue
            recognised += 1
        if recognised == 0:
            break
        if unread:
            diagnostics.append(
                Diagnostic(
                    stage="structure",
                    message=f"header lines not understood: {' | '.join(unread)[:200]}",
                    location=f"line {block.line}",
                )
            )
    else:
        index = len(blocks)
    h.end = index
    return h


def _read_header_block(h: _Header, text: str) -> bool:
    """Whole-block header items of an Aanhangsel: who asked, who answered, and when."""
    if m := P.QUESTIONS_BY.match(text):
        h.kind = "antwoord"
        h.questioners = [n.strip() for n in re.split(r",\s*|\s+en\s+", m.group(1)) if n.strip()]
        if d := P.SUBMITTED.search(text):
            h.submitted = parse_dutch_date(d.group(1))
        h.cues.append("questions by")
        return True
    if m := P.ANSWERED_BY.match(text):
        h.kind = "antwoord"
        office = m.group(1)[:1].upper() + m.group(1)[1:].lower()
        role = f"{office} van {m.group(3).strip()}" if m.group(3) else office
        h.signatories = [Signatory(name=m.group(2).strip(), role=role)]
        h.sender = role
        if d := P.RECEIVED.search(text):
            h.received = parse_dutch_date(d.group(1))
            h.date = h.received
        h.cues.append("answered by")
        return True
    return False


def _continues_intro(h: _Header, line: str) -> bool:
    """The second line of "Vragen gesteld door de leden der Kamer, met de daarop door de regering …"."""
    return h.kind == "antwoord" and h.ondernummer is None and "gegeven antwoorden" in line


def _movers(title: str) -> list[str]:
    """Movers from a motion's title: "MOTIE VAN DE LEDEN ANNA DE VRIES EN BAKKER" -> two names."""
    m = P.MOTIE_MOVERS.search(title)
    if not m:
        return []
    names = re.split(r",\s*|\s+EN\s+", m.group(1).strip(), flags=re.I)
    return [office_case(n).replace("Van ", "van ", 1) if " " in n else office_case(n) for n in names if n]


def _is_title(line: str) -> bool:
    """A dossier title line: "Kindermishandeling", "Vaststelling van de begrotingsstaten …"."""
    return bool(line.strip()) and not (
        P.ONDERNUMMER.match(line) or P.DOSSIER_NUMBER_LINE.match(line) or P.BRIEF_VAN.match(line)
    )


def _letterhead_field(h: _Header, label: str, value: str) -> None:
    value = value.strip()
    if not value:
        return
    if label == "datum":
        h.date = h.date or parse_dutch_date(value)
    elif label in ("betreft", "onderwerp"):
        h.subject = h.subject or value
    elif "kenmerk" in label:
        h.reference = h.reference or value
    elif label.startswith("bijlage"):
        h.attachments = h.attachments or value


def _signature_at(blocks: Sequence[Block], i: int) -> tuple[list[Signatory], int] | None:
    """If blocks[i] opens a signature ("De Minister van …," + name), return it and the next index."""
    lines: list[str] = []
    j = i
    while j < len(blocks) and blocks[j].kind == "text" and len(lines) < 12:
        lines.extend(blocks[j].lines or (blocks[j].text,))
        j += 1
        signatories, used = _signatories(lines)
        if signatories and used == len(lines):
            # Take following blocks too while they are more signatories (two-signatory letters),
            # whether a role and its name share a block or stand in blocks of their own.
            while True:
                grown = False
                for extra in (1, 2):
                    following = blocks[j : j + extra]
                    if len(following) < extra or any(b.kind != "text" for b in following):
                        break
                    more_lines = [*lines, *(ln for b in following for ln in (b.lines or (b.text,)))]
                    more, used_more = _signatories(more_lines)
                    if len(more) > len(signatories) and used_more == len(more_lines):
                        lines, signatories, j = more_lines, more, j + extra
                        grown = True
                        break
                if not grown:
                    break
            return signatories, j
        if not signatories and len(lines) > 4:
            return None
    return None


def _signatories(lines: Sequence[str]) -> tuple[list[Signatory], int]:
    """Parse role/name pairs from the top of `lines`; return them and how many lines they used."""
    out: list[Signatory] = []
    k = 0
    while k < len(lines):
        if P.CLOSING_FORMULA.match(lines[k]):
            k += 1
            continue
        role_lines: list[str] = []
        m = P.SIGNATURE_ROLE.match(lines[k])
        if not m:
            break
        n = k
        # The office may wrap: "De Minister van Onderwijs, Cultuur en" / "Wetenschap,"
        while n < len(lines) and len(role_lines) < 3:
            role_lines.append(lines[n].strip())
            n += 1
            if role_lines[-1].endswith(","):
                break
        role_text = " ".join(role_lines)
        if not role_text.endswith(",") or len(role_text) > 140 or n >= len(lines):
            break
        name_match = P.SIGNATURE_NAME.match(lines[n])
        if not name_match:
            break
        role = re.sub(r"^(?:De|Het)\s+", "", role_text.rstrip(",").strip())
        role = role[:1].upper() + role[1:]
        out.append(Signatory(name=name_match.group(1).strip(), role=role))
        k = n + 1
    return out, k


def _qa_labels(blocks: list[Block]) -> list[Block]:
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
    """Levels from typography where it is known (bold 1, italic 2), else from Markdown depth.

    Converters assign Markdown depths inconsistently ("### *Slachtoffers*" next to
    "#### *(Proactieve) signalering*" for two subheadings of one rank); the typesetter's
    bold/italic distinction is what the official PDF uses to rank headings.
    """
    plain_levels = [b.level for b in headings if not (b.bold or b.italic) and b.level is not None]
    base = min(plain_levels) if plain_levels else 1
    levels = []
    for b in headings:
        if b.bold:
            levels.append(1)
        elif b.italic:
            levels.append(2)
        elif b.level is not None:
            levels.append(b.level - base + 1)
        else:
            levels.append(1)
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


def build_letter(raw: RawDocument, source: Source, *, strict: bool = True) -> Letter:
    """Build a `Letter` from a reader's `RawDocument`.

    With ``strict=True`` (the default), text without any letter structure raises
    `StructureError`; with ``strict=False`` it becomes a Letter of kind ``other`` with a
    diagnostic.
    """
    diagnostics = [
        Diagnostic(stage="reader", message=n.message, location=n.location, severity=n.severity)
        for n in raw.notes
    ]
    blocks = raw.blocks
    header = _read_header(blocks, diagnostics)
    fields = raw.fields
    for key in ("subject", "reference", "attachments"):
        if fields.get(key) and getattr(header, key) is None:
            setattr(header, key, fields[key])
    if fields.get("addressee") and header.addressee is None:
        header.addressee = fields["addressee"]
    if fields.get("date") and header.date is None:
        header.date = parse_dutch_date(fields["date"])
    header.cues.extend(
        k for k in ("subject", "reference", "date", "addressee", "salutation") if fields.get(k)
    )

    body = list(blocks[header.end :])
    # The signature: the last "De Minister van …," + name run among the text blocks.
    signatories: list[Signatory] = []
    signature_span: tuple[int, int] | None = None
    for i in range(len(body) - 1, -1, -1):
        if body[i].kind != "text" or not P.SIGNATURE_ROLE.match((body[i].lines or (body[i].text,))[0]):
            continue
        found = _signature_at(body, i)
        if found:
            first = i
            # One block per signatory: walk back over earlier signature blocks that run into this one.
            moved = True
            while moved:
                moved = False
                for back in (1, 2):
                    if (
                        first - back >= 0
                        and (earlier := _signature_at(body, first - back))
                        and earlier[1] > first
                    ):
                        first -= back
                        moved = True
                        break
            found = _signature_at(body, first)
            assert found is not None
            signatories, j = found
            signature_span = (first, max(j, i + 1))
            break
    if signature_span:
        header.cues.append("signature")
        kept = body[: signature_span[0]] + body[signature_span[1] :]
        closing = [
            b for b in kept[: signature_span[0]][-1:] if b.kind == "text" and P.CLOSING_FORMULA.match(b.text)
        ]
        body = [b for b in kept if b not in closing]

    if header.kind == "motie" and not signatories:
        # The movers sign a motion: their names follow "en gaat over tot de orde van de dag."
        closing_at = next(
            (i for i, b in enumerate(body) if b.kind == "text" and P.MOTION_CLOSING.search(b.text)), None
        )
        if closing_at is not None:
            names = [b for b in body[closing_at + 1 :] if b.kind == "text" and len(b.text) <= 80]
            for b in names:
                for line in b.lines or (b.text,):
                    if P.SIGNATURE_NAME.match(line):
                        signatories.append(Signatory(name=line.strip()))
            if signatories:
                header.cues.append("signature")
                body = [b for b in body if b not in names]

    if header.kind == "antwoord":
        body = _qa_labels(body)

    if header.kind is None:
        header.kind = "brief" if {"addressee", "signature"} & set(header.cues) else None

    if len(set(header.cues)) < 2:
        message = "no letter structure found (no header, addressee, date or signature)"
        if strict:
            raise StructureError(message, source=source.name)
        diagnostics.append(Diagnostic(stage="structure", message=message))

    # Headings and paragraphs in reading order, joined across page breaks.
    heading_blocks = [b for b in body if _is_heading(b)]
    levels = dict(zip((id(b) for b in heading_blocks), _heading_levels(heading_blocks), strict=True))
    items: list[tuple[str, object]] = []  # ("heading", Block) or ("para", _Part)
    footnote_blocks: list[Block] = []
    last_part: _Part | None = None
    last_block: Block | None = None
    for block in body:
        if block.kind == "footnote":
            footnote_blocks.append(block)
            continue
        if _is_heading(block):
            items.append(("heading", block))
            last_part, last_block = None, None
            continue
        if last_part is not None and last_block is not None and _continues(last_block, block):
            offset = len(last_part.text) + 1
            joined = _join(last_part.text, block.text)
            offset += len(joined) - (len(last_part.text) + 1 + len(block.text))
            last_part.text = joined
            last_part.markers.extend(Marker(m.offset + offset, m.number) for m in block.markers)
            last_part.page_end = block.page
            last_block = block
            continue
        last_part = _Part(block.text, block.page, block.page, block.line, list(block.markers), block.tag)
        last_block = block
        items.append(("para", last_part))

    # One normalized text; sections and paragraphs get offsets into it.
    pieces: list[str] = []
    cursor = 0
    sections: list[Section] = []
    paragraphs: list[Paragraph] = []
    marker_home: dict[int, tuple[str | None, int]] = {}
    tags: dict[str, str] = {}  # paragraph id -> tag given by a structured reader
    current_section: str | None = None
    for kind, item in items:
        if pieces:
            pieces.append("\n\n")
            cursor += 2
        if kind == "heading":
            assert isinstance(item, Block)
            sid = f"s{len(sections) + 1}"
            sections.append(
                Section(
                    id=sid,
                    title=item.text,
                    level=levels[id(item)],
                    page=item.page,
                    start=cursor,
                    end=cursor + len(item.text),
                )
            )
            current_section = sid
            for m in item.markers:
                marker_home.setdefault(m.number, (None, cursor + m.offset))
            pieces.append(item.text)
            cursor += len(item.text)
        else:
            assert isinstance(item, _Part)
            pid = f"p{len(paragraphs) + 1}"
            if item.tag:
                tags[pid] = item.tag
            numbers = []
            for m in item.markers:
                if m.number in marker_home:
                    diagnostics.append(
                        Diagnostic(
                            stage="structure",
                            message=f"footnote marker {m.number} appears twice",
                            location=pid,
                        )
                    )
                    continue
                marker_home[m.number] = (pid, cursor + m.offset)
                numbers.append(m.number)
            paragraphs.append(
                Paragraph(
                    id=pid,
                    text=item.text,
                    section=current_section,
                    page=item.page,
                    page_end=item.page_end,
                    start=cursor,
                    end=cursor + len(item.text),
                    footnotes=numbers,
                )
            )
            pieces.append(item.text)
            cursor += len(item.text)
    text = "".join(pieces)

    footnotes: list[Footnote] = []
    seen: set[int] = set()
    for fb in footnote_blocks:
        assert fb.number is not None
        if fb.number in seen:
            diagnostics.append(
                Diagnostic(
                    stage="structure",
                    message=f"footnote {fb.number} defined twice",
                    location=f"line {fb.line}",
                )
            )
            continue
        seen.add(fb.number)
        home = marker_home.get(fb.number)
        if home is None:
            diagnostics.append(
                Diagnostic(
                    stage="structure",
                    message=f"footnote {fb.number} has no marker in the text",
                    location=f"page {fb.page}",
                )
            )
        footnotes.append(
            Footnote(
                number=fb.number,
                text=fb.text,
                paragraph=home[0] if home else None,
                page=fb.page,
                marker=home[1] if home else None,
            )
        )
    for number in sorted(set(marker_home) - seen):
        diagnostics.append(
            Diagnostic(
                stage="structure",
                message=f"footnote marker {number} has no footnote text",
                location=marker_home[number][0],
            )
        )
    footnotes.sort(key=lambda f: f.number)

    if not paragraphs:
        message = "no body paragraphs found"
        if strict:
            raise StructureError(message, source=source.name)
        diagnostics.append(Diagnostic(stage="structure", message=message))

    sender = header.sender
    for s in signatories:
        if sender and s.role and s.role.lower() == sender.lower():
            sender = s.role  # the signature carries the office's own casing
    if sender is None and signatories:
        sender = signatories[0].role
    identifier = fields.get("identifier")
    if header.dossiers and header.ondernummer:
        identifier = f"kst-{header.dossiers[0].number}-{header.ondernummer}"
    elif header.kind == "antwoord" and header.ondernummer and header.vergaderjaar:
        identifier = f"ah-{header.chamber}-{header.vergaderjaar.replace('-', '')}-{header.ondernummer}"
    if header.signatories and not signatories:
        signatories = header.signatories
    metadata = Metadata(
        kind=header.kind or "other",
        vergaderjaar=header.vergaderjaar,
        dossiers=header.dossiers,
        ondernummer=header.ondernummer,
        identifier=identifier,
        date=header.date,
        place=header.place,
        sender=sender,
        addressee=header.addressee,
        signatories=signatories,
        subject=header.subject,
        reference=header.reference,
        attachments=header.attachments,
        ministry=fields.get("ministry"),
        questioners=header.questioners,
        submitted=header.submitted,
        received=header.received,
        movers=header.movers,
    )
    if raw.metadata is not None:
        known = {k: getattr(raw.metadata, k) for k in raw.metadata.model_fields_set}
        metadata = metadata.model_copy(update=known)
    if metadata.kind == "motie" and metadata.movers and not metadata.signatories:
        # The movers sign a motion; the XML names them once, in the title.
        metadata = metadata.model_copy(update={"signatories": [Signatory(name=n) for n in metadata.movers]})
    return Letter(
        source=source,
        metadata=metadata,
        text=text,
        sections=sections,
        paragraphs=paragraphs,
        footnotes=footnotes,
        diagnostics=diagnostics,
        questions=question_answers(paragraphs, tags) if metadata.kind == "antwoord" else [],
        motion=motion_parts(paragraphs, tags) if metadata.kind == "motie" else [],
    )
