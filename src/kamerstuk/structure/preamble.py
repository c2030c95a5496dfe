"""The preamble of text copied from a publication web page, before the official header.

Copied pages of zoek.officielebekendmakingen.nl start with the page type ("Kamerstuk") and a
metadata table "Datum publicatie | Organisatie | Vergaderjaar | Dossier- en ondernummer" (glued
into one line, tab- or pipe-separated, or one cell per line), around the site's navigation
lines; openkamer.org has "Gepubliceerd: / Indiener(s): / Bron: / ID:", tweedekamer.nl a
"Brief regering : <titel>" line, other mirrors their own metadata lines. `read_preamble_line`
takes such lines into a `Preamble`; `apply_preamble` fills what the official header did not say.

The publication date is not the document's date: it is reported in a diagnostic, never used
as `date`. "Datum ontvangst" / "Datum indiening" are: they date the document as "Ontvangen …"
does, so they fill `date` when the header has none.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, cast, get_args

from kamerstuk.models import Diagnostic, Dossier, Kind
from kamerstuk.patterns import structure as P
from kamerstuk.structure.values import dossier_number, parse_dutch_date

if TYPE_CHECKING:
    import re

    from kamerstuk.structure.header import Header


@dataclass
class Preamble:
    chamber: str | None = None
    vergaderjaar: str | None = None
    dossier: str | None = None
    ondernummer: str | None = None
    identifier: str | None = None
    published: dt.date | None = None
    received: dt.date | None = None
    kind: Kind | None = None
    label: str | None = None  # a table cell label whose value is on the next line
    read: int = 0  # preamble lines read
    skipped: list[str] = field(default_factory=list)  # page lines that say nothing about the document


def document_kind(text: str) -> Kind | None:
    """The kind a header's type line stands for: "NOTA NAAR AANLEIDING VAN HET VERSLAG" -> its kind."""
    body = P.TYPE_PREFIX.sub("", text, count=1)
    for kind, pattern in P.DOCUMENT_TYPES:
        if pattern.match(body):
            assert kind in get_args(Kind)
            return cast(Kind, kind)
    return None


def read_preamble_line(p: Preamble, line: str) -> bool:
    """Take one line of a web page's preamble into `p`; False when it is not one."""
    if p.label is not None:
        label, p.label = p.label, None
        if _cell(p, label, line):
            return True
    if m := P.PREAMBLE_ROW.match(line):
        p.chamber = "ek" if m["chamber"] == "Eerste" else "tk"
        p.vergaderjaar = f"{m['year1']}-{m['year2']}"
        _dossier_nr(p, m)
        p.published = p.published or _cell_date(m["published"])
        p.received = p.received or _cell_date(m["other"])
    elif m := P.PREAMBLE_LABEL.match(line):
        p.label = m.group(1).lower()
    elif m := P.PREAMBLE_FIELD.match(line):
        _field(p, m.group(1).lower(), m.group(2))
    elif m := P.PREAMBLE_PAGE.match(line):
        if m.group(1):
            p.identifier = p.identifier or f"kst-{m.group(1)}"
    elif m := P.PREAMBLE_SOORT.match(line):
        soort = " ".join(m.group(1).lower().split())
        p.kind = p.kind or document_kind(soort.upper()) or _soort_kind(soort)
    elif m := P.PREAMBLE_KENMERK.match(line):
        _dossier_nr(p, m)
    elif P.PREAMBLE_JUNK.match(line):
        if found := P.PREAMBLE_IDENTIFIER.search(line):
            p.identifier = p.identifier or found.group(1)
    elif not (
        P.PREAMBLE_TABLE_HEAD.match(line)
        or P.PREAMBLE_TABLE_RULE.match(line)
        or P.PREAMBLE_DATE_VALUE.match(line)
    ):
        return False  # a bare date cell: its label went with the reader's letterhead labels; not used
    p.read += 1
    return True


def apply_preamble(h: Header, p: Preamble, diagnostics: list[Diagnostic]) -> None:
    """Fill what the official header did not say from the preamble; report what differs."""
    if p.skipped:
        diagnostics.append(
            Diagnostic(
                stage="structure",
                message=f"web page lines before the header skipped: {' | '.join(p.skipped)[:200]}",
                severity="info",
            )
        )
    if not p.read:
        return
    h.cues.append("preamble")
    if p.identifier or (p.dossier and p.ondernummer):
        h.cues.append("preamble identifier")  # the publication's own metadata names the document
    if p.chamber and not h.chamber_stated:
        h.chamber, h.chamber_stated = p.chamber, True
    h.vergaderjaar = h.vergaderjaar or p.vergaderjaar
    h.ondernummer = h.ondernummer or p.ondernummer
    h.kind = h.kind or p.kind
    h.identifier = h.identifier or p.identifier
    if p.dossier and not h.dossiers:
        h.dossiers = [Dossier(number=p.dossier)]
    if h.date is None and p.received:
        h.date = p.received
        h.cues.append("date")
    differs = [
        f"{what} {said} in the preamble, {read} in the header"
        for what, said, read in (
            ("dossier", p.dossier, h.dossiers[0].number if h.dossiers else None),
            ("nr.", p.ondernummer, h.ondernummer),
            ("vergaderjaar", p.vergaderjaar, h.vergaderjaar),
        )
        if said and read and said != read
    ]
    for message in differs:
        diagnostics.append(Diagnostic(stage="structure", message=message))
    if p.published:
        diagnostics.append(
            Diagnostic(
                stage="structure",
                message=f"web page published on {p.published.isoformat()} (not the document's date)",
                severity="info",
            )
        )


def _cell(p: Preamble, label: str, value: str) -> bool:
    if label == "organisatie" and (m := P.CHAMBER_LINE.match(value)):
        p.chamber = "ek" if m.group(1).lower() == "eerste" else "tk"
    elif label == "vergaderjaar" and (m := P.PREAMBLE_YEAR_VALUE.match(value)):
        p.vergaderjaar = f"{m.group(1)}-{m.group(2)}"
    elif label == "dossier- en ondernummer" and (m := P.PREAMBLE_DOSSIER_VALUE.match(value)):
        _dossier_nr(p, m)
    elif label.startswith("datum") and (date := _cell_date(value.strip())):
        if label == "datum publicatie":
            p.published = date
        else:
            p.received = date
    else:
        return False  # an empty cell: the line is something else
    p.read += 1
    return True


def _field(p: Preamble, label: str, value: str) -> None:
    if label == "gepubliceerd":
        p.published = p.published or parse_dutch_date(value)
    elif label in ("bron", "id"):
        found = P.PREAMBLE_IDENTIFIER.search(value) or P.BARE_IDENTIFIER.match(value)
        if found and not p.identifier:
            ident = found.group(1)
            p.identifier = ident if ident.startswith("kst-") else f"kst-{ident}"


def _dossier_nr(p: Preamble, m: re.Match[str]) -> None:
    p.dossier = dossier_number(m["digits"], m["suffix"])
    p.ondernummer = m["nr"]


def _cell_date(text: str | None) -> dt.date | None:
    m = P.PREAMBLE_DATE_VALUE.match(text or "")
    if not m:
        return None
    try:
        return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None


def _soort_kind(soort: str) -> Kind | None:
    for start, kind in P.SOORT_KINDS.items():
        if soort.startswith(start):
            assert kind in get_args(Kind)
            return cast(Kind, kind)
    return None
