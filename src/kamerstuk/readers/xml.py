"""Read the official publication XML of officielebekendmakingen (``<officiele-publicatie>``).

Handles Kamerstukken (``<kamerstuk>``: letters, motions, amended motions, other stukken)
and answers to written questions (``<kamervragen>``, the Aanhangsel van de Handelingen).
The markup is exact, so the reader hands the structure stage both header lines it
understands and the metadata it knows (`RawDocument.metadata`): vergaderjaar, dossiers,
ondernummer, identifier, date, kind, movers, questioners, signatories.

Each ``<al>`` is one text block, each ``<tussenkop>``/``<kop>`` a heading, each ``<noot>`` a
footnote block with a `Marker` where it stood, each table row one text block (cells joined
with " | "). Elements the reader does not know keep their text and add a `Note`.

The HTML reader (`kamerstuk.readers.html`) fills the same `PublicationParts` from the HTML
manifestation and calls the same `assemble_publication`, so both give the same result.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import Any, Literal

from kamerstuk.blocks import Block, Marker, Note, RawDocument
from kamerstuk.models import Dossier, Metadata, Signatory
from kamerstuk.patterns import structure as P
from kamerstuk.patterns import xml as X
from kamerstuk.patterns.dates import MONTH_NAMES
from kamerstuk.readers.metadata_xml import dossier_from_id, is_metadata_root, meta_pairs, metadata_fields
from kamerstuk.safexml import MAX_DEPTH, MAX_XML_BYTES, MalformedXMLError, local_name, parse_xml_bytes
from kamerstuk.structure import office_case, parse_dutch_date

#: Stands in the text where a footnote marker was, until offsets are final (private use area).
SENTINEL = "\ue000"

DocType = Literal["kamerstuk", "kamervragen", "other"]

_MOTION_TAGS = {
    "constaterende": "observation",
    "overwegende": "consideration",
    "van mening": "consideration",
    "voorts": "consideration",
    "verzoekt": "request",
    "spreekt uit": "request",
    "roept": "request",
}

# Inline elements whose text simply belongs to the paragraph.
_INLINE = frozenset(
    {
        "nadruk",
        "extref",
        "intref",
        "sup",
        "inf",
        "naam",
        "voornaam",
        "achternaam",
        "functie",
        "datum",
        "organisatie",
        "kamervraagonderwerp",
        "ondernummer",
        "begrotingshoofdstuk",
        "dossierref",
        "afkorting",
        "unl",
        "omo",
        "term",
        "citaat",
        "letter",
        "plaats",
    }
)
# Block containers whose children are read in order.
_TRANSPARENT = frozenset(
    {
        "stuk",
        "algemeen",
        "vrije-tekst",
        "tekst",
        "brief",
        "tekst-sluiting",
        "mededeling",
        "considerans",
        "kamerstuk",
        "kamervragen",
        "al-groep",
        "bijlage",
        "divisie",
        "slotformulering",
        "li",
        "entry",
        "citaat",
        "noot.al",
    }
)
# Elements of the header, read separately, never body text.
_HEADER = frozenset(
    {
        "metadata",
        "kamerstukkop",
        "kamervraagkop",
        "kamervraagnummer",
        "kamervraagomschrijving",
        "dossier",
        "stuknr",
        "titel",
        "datumtekst",
    }
)


@dataclass
class PublicationParts:
    """What an official publication says, read from its XML or HTML, before assembly."""

    doctype: DocType = "other"
    vergaderjaar: str | None = None
    chamber: str | None = None  # "Tweede Kamer der Staten-Generaal"
    dossiers: list[Dossier] = field(default_factory=list)
    ondernummer: str | None = None
    title: str | None = None  # the stuk title: "BRIEF VAN DE MINISTER VAN …", "MOTIE VAN …"
    date: dt.date | None = None
    place: str | None = None
    addressee_line: str | None = None  # "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"
    salutation: str | None = None
    aanhangsel: str | None = None  # kamervraagnummer
    question_text: str | None = None  # "Vragen van de leden … (ingezonden …)."
    answer_text: str | None = None  # "Antwoord van Minister … (ontvangen …)."
    questioners: list[str] = field(default_factory=list)
    submitted: dt.date | None = None
    received: dt.date | None = None
    body: list[Block] = field(default_factory=list)
    footnotes: list[Block] = field(default_factory=list)
    signature: list[str] = field(default_factory=list)
    meta: list[tuple[str, str, str]] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    has_answers: bool = False


# --- text helpers shared with the HTML reader ------------------------------------------------


def finish_text(raw: str, numbers: list[int]) -> tuple[str, tuple[Marker, ...]]:
    """Normalize whitespace and turn each `SENTINEL` into a `Marker` (numbers in order)."""
    text = " ".join(raw.split())
    out: list[str] = []
    markers: list[Marker] = []
    k = 0
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == SENTINEL:
            if k < len(numbers):
                if out and out[-1] == " " and (i + 1 >= len(text) or text[i + 1] in " " + SENTINEL):
                    out.pop()
                markers.append(Marker(len(out), numbers[k]))
            k += 1
        else:
            if not (ch == " " and (not out or out[-1] == " ")):
                out.append(ch)
        i += 1
    result = "".join(out)
    stripped = result.rstrip()
    return stripped, tuple(Marker(min(m.offset, len(stripped)), m.number) for m in markers)


def split_names(text: str) -> list[str]:
    """Split "Van Dam, Jansen en De Wit (allen CDA)" into ["Van Dam", "Jansen", "De Wit"]."""
    cleaned = X.PARENTHETICAL.sub("", text)
    return [" ".join(n.split()) for n in X.NAME_SEPARATOR.split(cleaned) if n.strip()]


def answerer(text: str) -> Signatory | None:
    """The minister who answered: "Antwoord van Minister Jansen (Infrastructuur …)" -> Signatory."""
    m = X.ANSWERER.match(text)
    if not m:
        return None
    office = m.group(1)[:1].upper() + m.group(1)[1:].lower()
    portfolio = " ".join(m.group(3).split())
    if office.lower() == "minister-president":
        role = "Minister-President, Minister van Algemene Zaken"
    else:
        link = "voor" if portfolio.lower() in X.VOOR_PORTFOLIOS else "van"
        role = f"{office} {link} {portfolio}"
    return Signatory(name=" ".join(m.group(2).split()), role=role)


def omschrijving_dates(text: str) -> tuple[dt.date | None, dt.date | None]:
    """(ingezonden, ontvangen) dates written in a kamervraagomschrijving."""
    sub = X.INGEZONDEN.search(text)
    rec = X.ONTVANGEN.search(text)
    return (
        parse_dutch_date(sub.group(1)) if sub else None,
        parse_dutch_date(rec.group(1)) if rec else None,
    )


def dossier_display(number: str) -> str:
    """How the header prints a dossier number: "36725-XVII" -> "36 725 XVII"."""
    digits, _, suffix = number.partition("-")
    shown = f"{digits[:-3]} {digits[-3:]}" if len(digits) == 5 else digits
    return f"{shown} {suffix}" if suffix else shown


def signatories_from_lines(lines: list[str]) -> list[Signatory]:
    """Pair office lines ("De Minister van …,") with the name lines that follow them."""
    out: list[Signatory] = []
    role: list[str] = []
    for line in lines:
        line = " ".join(line.split())
        if not line or P.CLOSING_FORMULA.match(line):
            continue
        if line.endswith(",") or (not role and P.SIGNATURE_ROLE.match(line)):
            role.append(line)
            continue
        if role:
            text = re.sub(r"^(?:De|Het)\s+", "", " ".join(role).rstrip(",").strip())
            out.append(Signatory(name=line, role=text[:1].upper() + text[1:]))
            role = []
        else:
            out.append(Signatory(name=line))
    return out


# --- assembly (shared by the XML and HTML readers) ---------------------------------------------


def _motion_movers(body: list[Block]) -> tuple[list[Block], list[str]]:
    """Take the movers' names after "en gaat over tot de orde van de dag." out of the body."""
    closing = max(
        (i for i, b in enumerate(body) if b.kind == "text" and X.MOTION_CLOSING.match(b.text)), default=-1
    )
    if closing < 0:
        return body, []
    names: list[str] = []
    kept = body[: closing + 1]
    for b in body[closing + 1 :]:
        if b.kind == "text" and all(X.MOVER_NAME.match(ln) for ln in (b.lines or (b.text,))):
            names.extend(b.lines or (b.text,))
        else:
            kept.append(b)
    return kept, names


def _tag_motion(block: Block) -> Block:
    if block.kind != "text" or block.tag:
        return block
    m = P.MOTION_PART.match(block.text)
    if not m:
        return block
    return Block(**{**block.__dict__, "tag": _MOTION_TAGS[m.group(1).lower()]})


def assemble_publication(parts: PublicationParts) -> RawDocument:
    """Turn what a publication's XML or HTML says into the `RawDocument` the structure stage reads."""
    from_meta = metadata_fields(parts.meta)
    known: dict[str, Any] = {}
    body = list(parts.body)
    header: list[str] = []
    if parts.vergaderjaar:
        header.append(f"Vergaderjaar {parts.vergaderjaar}")
        known["vergaderjaar"] = parts.vergaderjaar
    if parts.chamber:
        header.append(parts.chamber)

    extra: list[str] = []  # header items that are blocks of their own (the Aanhangsel omschrijvingen)
    if parts.doctype == "kamervragen":
        header.append("Aanhangsel van de Handelingen")
        if parts.aanhangsel:
            header.append(parts.aanhangsel)
        extra = [t for t in (parts.question_text, parts.answer_text) if t]
        if parts.has_answers or parts.answer_text:
            known["kind"] = "antwoord"
        if parts.questioners:
            known["questioners"] = parts.questioners
        if parts.submitted:
            known["submitted"] = parts.submitted
        if parts.received:
            known["received"] = parts.received
            known["date"] = parts.received
        who = answerer(parts.answer_text or "")
        if who:
            known["signatories"] = [who]
            known["sender"] = who.role
        if parts.aanhangsel and parts.vergaderjaar:
            house = "ek" if parts.chamber and parts.chamber.lower().startswith("eerste") else "tk"
            known["identifier"] = f"ah-{house}-{parts.vergaderjaar.replace('-', '')}-{parts.aanhangsel}"
    else:
        for d in parts.dossiers:
            header.append(dossier_display(d.number))
            if d.title:
                header.append(d.title)
        if parts.dossiers:
            known["dossiers"] = parts.dossiers
        if parts.ondernummer:
            header.append(f"Nr. {parts.ondernummer}")
            known["ondernummer"] = parts.ondernummer
            if parts.dossiers:
                known["identifier"] = f"kst-{parts.dossiers[0].number}-{parts.ondernummer}"
        title = " ".join((parts.title or "").split())
        if title and (P.BRIEF_VAN.match(title) or P.MOTIE_VAN.match(title)):
            header.append(title)
        if title and X.MOTION_TITLE.search(title):
            known["kind"] = "motie"
        elif m := X.LETTER_TITLE.match(title):
            known["kind"] = "brief"
            known["sender"] = office_case(m.group(1))
        if parts.date:
            known["date"] = parts.date
            if known.get("kind") == "motie":
                header.append(f"Voorgesteld {_dutch_date(parts.date)}")
    if parts.addressee_line:
        header.append(parts.addressee_line)
        if m := P.AAN_DE.match(parts.addressee_line):
            known["addressee"] = m.group(1).rstrip(",")
    if parts.place and parts.date:
        header.append(f"{parts.place}, {_dutch_date(parts.date)}")
        known["place"] = parts.place
    if parts.salutation:
        header.append(parts.salutation)

    kind = known.get("kind") or from_meta.get("kind")
    if kind == "motie":
        body, movers = _motion_movers(body)
        if movers:
            known["movers"] = movers
        body = [_tag_motion(b) for b in body]
    signature = [ln for ln in (" ".join(s.split()) for s in parts.signature) if ln]
    if signature:
        signatories = signatories_from_lines(signature)
        if signatories:
            known["signatories"] = signatories
            if "sender" not in known and signatories[0].role:
                known["sender"] = signatories[0].role
    for key, value in from_meta.items():
        known.setdefault(key, value)

    blocks: list[Block] = []
    if header:
        blocks.append(Block(kind="text", text=" ".join(header), page=1, line=0, lines=tuple(header)))
    blocks.extend(Block(kind="text", text=t, page=1, line=0, lines=(t,)) for t in extra)
    blocks.extend(body)
    if signature:
        blocks.append(
            Block(
                kind="text", text=" ".join(signature), page=1, line=0, lines=tuple(signature), tag="signature"
            )
        )
    blocks.extend(parts.footnotes)
    numbered = [Block(**{**b.__dict__, "line": i + 1}) for i, b in enumerate(blocks)]
    return RawDocument(
        blocks=numbered,
        pages=None,
        notes=list(parts.notes),
        metadata=Metadata.model_validate(known),
    )


def _dutch_date(date: dt.date) -> str:
    return f"{date.day} {MONTH_NAMES[date.month - 1]} {date.year}"


# --- the XML walker ------------------------------------------------------------------------------


def _text(el: ET.Element) -> str:
    return " ".join("".join(el.itertext()).split())


def _iso(el: ET.Element | None) -> dt.date | None:
    if el is None:
        return None
    value = el.get("isodatum") or ""
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return parse_dutch_date(_text(el))


def count_headings(body: list[Block], counted: list[int]) -> int:
    """The number of headings in `body`, counting only the blocks added since the last call.

    `counted` holds [blocks seen, headings among them]; it makes numbering many unlabelled
    questions linear instead of quadratic.
    """
    seen, headings = counted
    headings += sum(1 for b in body[seen:] if b.kind == "heading")
    counted[:] = [len(body), headings]
    return headings


class _Reader:
    def __init__(self) -> None:
        self.parts = PublicationParts()
        self.counted = [0, 0]
        self.note_ids: dict[str, int] = {}
        self.next_note = 1
        self.unknown: set[str] = set()

    # -- inline ---------------------------------------------------------------------------------

    def inline(self, el: ET.Element, numbers: list[int], *, skip: frozenset[str] = frozenset()) -> str:
        """The text of `el` with a SENTINEL for each footnote; footnote blocks are collected."""
        pieces = [el.text or ""]
        for child in el:
            name = local_name(child.tag)
            if name in skip:
                pass
            elif name == "noot":
                if child.get("type") == "tabel":
                    pass  # table notes are written under their table
                else:
                    number = self.footnote(child)
                    numbers.append(number)
                    pieces.append(SENTINEL)
            elif name in ("nootref", "br", "li.nr"):
                pieces.append(" " if name == "br" else "")
            elif name in _INLINE or name in ("al", "tekst", "noot.al"):
                inner = self.inline(child, numbers)
                pieces.append(f" {inner} " if name in ("naam", "al", "noot.al") else inner)
            else:
                self.note_unknown(name)
                pieces.append(self.inline(child, numbers))
            pieces.append(child.tail or "")
        return "".join(pieces)

    def footnote(self, noot: ET.Element) -> int:
        nr_el = next((c for c in noot if local_name(c.tag) == "noot.nr"), None)
        m = X.NOTE_NUMBER.match(_text(nr_el)) if nr_el is not None else None
        if m:
            number = int(m.group(1))
        else:
            number = self.next_note
            self.parts.notes.append(Note(f"footnote without a numeric noot.nr; numbered {number}"))
        self.next_note = max(self.next_note, number + 1)
        if noot.get("id"):
            self.note_ids[noot.get("id") or ""] = number
        inner: list[int] = []
        raw = " ".join(self.inline(c, inner) for c in noot if local_name(c.tag) != "noot.nr")
        text, _ = finish_text(raw.replace(SENTINEL, ""), [])
        self.parts.footnotes.append(Block(kind="footnote", text=text, page=1, line=0, number=number))
        return number

    def note_unknown(self, name: str) -> None:
        if name and name not in self.unknown:
            self.unknown.add(name)
            self.parts.notes.append(Note(f"unknown element <{name}> kept as text", severity="info"))

    # -- blocks ---------------------------------------------------------------------------------

    def paragraph(self, el: ET.Element, *, tag: str | None = None, prefix: str = "") -> None:
        numbers: list[int] = []
        raw = prefix + self.inline(el, numbers)
        text, markers = finish_text(raw, numbers)
        if not text:
            return
        bold = italic = False
        children = [c for c in el if local_name(c.tag) != "noot"]
        if len(children) == 1 and local_name(children[0].tag) == "nadruk" and not (el.text or "").strip():
            rest = (children[0].tail or "").strip()
            if not rest:
                kind = children[0].get("type")
                bold, italic = kind == "vet", kind == "cur"
        self.parts.body.append(
            Block(kind="text", text=text, page=1, line=0, markers=markers, bold=bold, italic=italic, tag=tag)
        )

    def heading(self, el: ET.Element, level: int) -> None:
        numbers: list[int] = []
        if local_name(el.tag) == "kop":
            raw = " ".join(
                self.inline(c, numbers) for c in el if local_name(c.tag) in ("label", "nr", "titel")
            )
        else:
            raw = self.inline(el, numbers)
        text, markers = finish_text(raw, numbers)
        if text:
            self.parts.body.append(
                Block(kind="heading", text=text, page=1, line=0, markers=markers, level=level)
            )

    def walk(self, el: ET.Element, depth: int = 0, tag: str | None = None) -> None:
        for child in el:
            name = local_name(child.tag)
            if name == "al":
                self.paragraph(child, tag=tag)
            elif name == "tussenkop":
                italic = any(local_name(c.tag) == "nadruk" and c.get("type") == "cur" for c in child)
                self.heading(child, depth + 1 + (1 if italic else 0))
            elif name == "kop":
                self.heading(child, max(depth, 1))
            elif name in ("divisie", "bijlage"):
                self.walk(child, depth + 1, tag)
            elif name == "lijst":
                self.lijst(child, tag)
            elif name == "table":
                self.table(child, tag)
            elif name == "ondertekening":
                self.signature(child)
            elif name == "adres":
                lines = [_text(c) for c in child] or [_text(child)]
                self.parts.addressee_line = self.parts.addressee_line or next(
                    (ln for ln in lines if P.AAN_DE.match(ln)), lines[0] if lines else None
                )
            elif name == "dagtekening":
                self.dagtekening(child)
            elif name == "aanhef":
                self.parts.salutation = _text(child) or None
            elif name in ("vraag", "antwoord"):
                self.question(child, name)
            elif name in _HEADER:
                continue
            elif name in _TRANSPARENT:
                self.walk(child, depth, tag)
            elif name in _INLINE or name in ("noot", "nootref"):
                self.paragraph(child, tag=tag)
            else:
                self.note_unknown(name)
                if len(child) and any(
                    local_name(c.tag) in ("al", "lijst", "table", "tussenkop") for c in child
                ):
                    self.walk(child, depth, tag)
                else:
                    self.paragraph(child, tag=tag)

    def lijst(self, el: ET.Element, tag: str | None) -> None:
        for li in el:
            if local_name(li.tag) != "li":
                continue
            label_el = next((c for c in li if local_name(c.tag) == "li.nr"), None)
            label = _text(label_el) if label_el is not None else ""
            first = True
            for part in li:
                name = local_name(part.tag)
                if name == "li.nr":
                    continue
                if name == "al":
                    self.paragraph(part, tag=tag, prefix=f"{label} " if first and label else "")
                    first = False
                elif name == "lijst":
                    self.lijst(part, tag)
                else:
                    self.walk(_wrap(part), 0, tag)
            if first and label:  # an item with only a label
                self.parts.body.append(Block(kind="text", text=label, page=1, line=0, tag=tag))

    def table(self, el: ET.Element, tag: str | None) -> None:
        title = next((c for c in el if local_name(c.tag) == "title"), None)
        if title is not None and _text(title):
            self.paragraph(title, tag=tag)
        table_notes: list[ET.Element] = []
        for row in el.iter():
            if local_name(row.tag) != "row":
                continue
            numbers: list[int] = []
            cells = []
            for entry in row:
                if local_name(entry.tag) != "entry":
                    continue
                cell, _ = finish_text(self.inline(entry, numbers), [])
                cells.append(cell.replace(SENTINEL, ""))
            raw = " | ".join(cells)
            text, markers = finish_text(raw, numbers)
            if text.strip(" |"):
                self.parts.body.append(
                    Block(kind="text", text=text, page=1, line=0, markers=markers, tag=tag)
                )
        table_notes = [n for n in el.iter() if local_name(n.tag) == "noot" and n.get("type") == "tabel"]
        for noot in table_notes:
            nr_el = next((c for c in noot if local_name(c.tag) == "noot.nr"), None)
            body = " ".join(_text(c) for c in noot if local_name(c.tag) != "noot.nr")
            label = _text(nr_el) if nr_el is not None else ""
            self.parts.body.append(
                Block(kind="text", text=f"{label} {body}".strip(), page=1, line=0, tag=tag)
            )

    def signature(self, el: ET.Element) -> None:
        lines: list[str] = []
        current = [el.text or ""]
        for child in el:
            name = local_name(child.tag)
            if name in ("naam", "al"):
                lines.append("".join(current))
                numbers: list[int] = []
                lines.append(self.inline(child, numbers).replace(SENTINEL, ""))
                current = [child.tail or ""]
            elif name == "br":
                lines.append("".join(current))
                current = [child.tail or ""]
            else:
                current.append("".join(child.itertext()))
                current.append(child.tail or "")
        lines.append("".join(current))
        self.parts.signature.extend(" ".join(ln.split()) for ln in lines if ln.strip())

    def dagtekening(self, el: ET.Element) -> None:
        text = _text(el)
        date = _iso(next((c for c in el.iter() if local_name(c.tag) == "datum"), None)) or parse_dutch_date(
            text
        )
        if date:
            self.parts.date = self.parts.date or date
        place = text.split(",", 1)[0].strip() if "," in text else None
        if place and len(place) <= 40:
            self.parts.place = place

    def question(self, el: ET.Element, role: str) -> None:
        nr_el = next((c for c in el if local_name(c.tag) == "nr"), None)
        label = _text(nr_el) if nr_el is not None else ""
        m = X.QA_LABEL.match(label)
        number = m.group(2) if m else str(count_headings(self.parts.body, self.counted) // 2 + 1)
        if role == "antwoord":
            self.parts.has_answers = True
        if label:
            self.parts.body.append(Block(kind="heading", text=label, page=1, line=0, level=1))
        rest = _wrap_without(el, "nr")
        self.walk(rest, 1, f"{role}:{number}")

    # -- the header -----------------------------------------------------------------------------

    def header(self, doc: ET.Element) -> None:
        parts = self.parts
        for el in doc.iter():
            name = local_name(el.tag)
            if name == "tekstregel":
                what = el.get("inhoud")
                value = _text(el)
                if what == "vergaderjaar" and (m := P.VERGADERJAAR.match(value)):
                    first, second = m.group(1), m.group(2)
                    parts.vergaderjaar = f"{first}-{second if len(second) == 4 else first[:2] + second}"
                elif what == "kameraanduiding":
                    parts.chamber = value
            elif name == "dossier":
                number_el = next((c for c in el if local_name(c.tag) == "dossiernummer"), None)
                title_el = next((c for c in el if local_name(c.tag) == "titel"), None)
                if number_el is None:
                    continue
                nr = " ".join(_text(c) for c in number_el)
                number = dossier_from_id(nr) or nr.replace(" ", "")
                parts.dossiers.append(
                    Dossier(number=number, title=_text(title_el) or None if title_el is not None else None)
                )
            elif name == "stuknr":
                onder = next((c for c in el.iter() if local_name(c.tag) == "ondernummer"), None)
                parts.ondernummer = (
                    _text(onder if onder is not None else el).removeprefix("Nr.").strip() or None
                )
            elif name == "datumtekst":
                parts.date = parts.date or _iso(
                    next((c for c in el.iter() if local_name(c.tag) == "datum"), None)
                )
            elif name == "kamervraagnummer":
                parts.aanhangsel = _text(el) or None
            elif name == "kamervraagomschrijving":
                self.omschrijving(el)
        stuk = next((c for c in doc.iter() if local_name(c.tag) == "stuk"), None)
        if stuk is not None:
            title = next((c for c in stuk if local_name(c.tag) == "titel"), None)
            if title is not None:
                parts.title = " ".join(self.inline(title, [], skip=frozenset({"noot"})).split())

    def omschrijving(self, el: ET.Element) -> None:
        parts = self.parts
        text = _text(el)
        submitted, received = omschrijving_dates(text)
        if el.get("type") == "antwoord" or text.lower().startswith("antwoord"):
            parts.answer_text = text
            parts.received = parts.received or received or _iso(el.find(".//datum"))
        else:
            parts.question_text = text
            names = [" ".join("".join(n.itertext()).split()) for n in el if local_name(n.tag) == "naam"]
            if not names and (m := X.QUESTIONERS.match(text)):
                names = split_names(m.group(1))
            parts.questioners = [n for n in names if n]
            parts.submitted = parts.submitted or submitted or _iso(el.find(".//datum"))


def _wrap(el: ET.Element) -> ET.Element:
    holder = ET.Element("holder")
    holder.append(el)
    return holder


def _wrap_without(el: ET.Element, skipped: str) -> ET.Element:
    holder = ET.Element("holder")
    holder.extend(c for c in el if local_name(c.tag) != skipped)
    return holder


def read_publication_element(root: ET.Element) -> PublicationParts:
    """Read a parsed ``<officiele-publicatie>`` (or a bare ``<kamerstuk>``/``<kamervragen>``)."""
    reader = _Reader()
    parts = reader.parts
    meta = next((c for c in root if local_name(c.tag) == "metadata"), None)
    if meta is not None:
        parts.meta = list(meta_pairs(meta))
    if local_name(root.tag) in ("kamerstuk", "kamervragen"):
        doc = root
    else:
        doc = next((c for c in root if local_name(c.tag) != "metadata"), root)
    name = local_name(doc.tag)
    parts.doctype = (
        "kamerstuk" if name == "kamerstuk" else "kamervragen" if name == "kamervragen" else "other"
    )
    if parts.doctype == "other":
        parts.notes.append(
            Note(f"publication type <{name}> is not a Kamerstuk or Aanhangsel; its text is kept")
        )
    reader.header(doc)
    reader.walk(doc)
    return parts


def read_xml(data: bytes, *, max_bytes: int = MAX_XML_BYTES, max_depth: int = MAX_DEPTH) -> RawDocument:
    """Read the official publication XML of a Kamerstuk or an Aanhangsel into blocks and metadata.

    The XML is parsed safely (`kamerstuk.safexml`): a DTD, entities or external references
    raise `UnsafeXMLError`, broken XML `MalformedXMLError`, more than `max_bytes` an
    `XMLTooLargeError`, elements nested deeper than `max_depth` a `DepthLimitError` (so
    the reader's recursion is bounded). A metadata file (metadata.xml, OWMS, SRU) is not a
    document: it raises `MalformedXMLError`; read it with
    `kamerstuk.readers.metadata_xml.read_metadata_xml`.
    """
    root = parse_xml_bytes(data, max_bytes=max_bytes, max_depth=max_depth)
    if is_metadata_root(root):
        raise MalformedXMLError(
            f"<{local_name(root.tag)}> is a metadata file, not a document; use read_metadata_xml"
        )
    return assemble_publication(read_publication_element(root))


def is_metadata_xml(data: bytes) -> bool:
    """True when the XML is a metadata file (metadata.xml, OWMS, SRU, manifest), not a document."""
    return is_metadata_root(parse_xml_bytes(data))
