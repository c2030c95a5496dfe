"""What an official publication says (`PublicationParts`) and its assembly into a `RawDocument`.

The XML reader (`kamerstuk.readers.xml`) and the HTML reader (`kamerstuk.readers.html`) each
fill a `PublicationParts` from their manifestation and hand it to `assemble_publication`, so
both give the same result. Here too the text helpers both readers share: footnote markers
(`SENTINEL`, `finish_text`), questioners, answerers, signatories and dates.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any, Literal

from kamerstuk.blocks import Block, Marker, Note, RawDocument
from kamerstuk.models import Dossier, Metadata, Signatory
from kamerstuk.patterns import structure as P
from kamerstuk.patterns import xml as X
from kamerstuk.patterns.dates import MONTH_NAMES
from kamerstuk.readers.metadata_xml import metadata_fields
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


def count_headings(body: list[Block], counted: list[int]) -> int:
    """The number of headings in `body`, counting only the blocks added since the last call.

    `counted` holds [blocks seen, headings among them]; it makes numbering many unlabelled
    questions linear instead of quadratic.
    """
    seen, headings = counted
    headings += sum(1 for b in body[seen:] if b.kind == "heading")
    counted[:] = [len(body), headings]
    return headings
