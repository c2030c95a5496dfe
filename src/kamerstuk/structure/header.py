"""The official Kamerstuk header: vergaderjaar, dossiers, nr., "BRIEF VAN DE …", addressee, date.

`read_header` consumes header lines at the top of a document into a `Header` and says where
the body starts. It also takes the Aanhangsel header (who asked, who answered) and
letterhead labels that stand among the header lines.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from kamerstuk.blocks import Block
from kamerstuk.models import Diagnostic, Dossier, Kind, Signatory
from kamerstuk.patterns import structure as P
from kamerstuk.structure.letterhead import letterhead_field
from kamerstuk.structure.values import dossier_number, office_case, parse_dutch_date


@dataclass
class Header:
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


def read_header(blocks: Sequence[Block], diagnostics: list[Diagnostic]) -> Header:
    """Consume the header lines at the top of the document; `Header.end` is the first body block."""
    h = Header()
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
                letterhead_field(h, m.group(1).lower(), m.group(2))
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


def _read_header_block(h: Header, text: str) -> bool:
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


def _continues_intro(h: Header, line: str) -> bool:
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
