"""The walker of the official publication XML: elements into `PublicationParts`.

Each ``<al>`` is one text block, each ``<tussenkop>``/``<kop>`` a heading, each ``<noot>`` a
footnote block with a `Marker` where it stood, each table row one text block (cells joined
with " | "). Elements the walker does not know keep their text and add a `Note`.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

from kamerstuk.blocks import Block, Note
from kamerstuk.models import Dossier
from kamerstuk.patterns import structure as P
from kamerstuk.patterns import xml as X
from kamerstuk.readers.metadata_xml import dossier_from_id
from kamerstuk.readers.publication import (
    SENTINEL,
    PublicationParts,
    count_headings,
    finish_text,
    omschrijving_dates,
    split_names,
)
from kamerstuk.safexml import local_name
from kamerstuk.structure import parse_dutch_date

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
