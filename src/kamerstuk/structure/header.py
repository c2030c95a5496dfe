"""The official Kamerstuk header: vergaderjaar, dossiers, nr., the document's type, addressee, date.

`read_header` consumes header lines at the top of a document into a `Header` and says where
the body starts: both chambers' headers since the 1990s (dossiers with a series, Roman or letter
suffix and wrapping titles; "Nr. 12", "nr. 6" or an Eerste Kamer letter; every type of
`DOCUMENT_TYPES`; "Den Haag, …", "Vastgesteld …", "Ontvangen …", "Voorgesteld …"), a web page's
preamble (`preamble`), the Aanhangsel header (`answers`) and letterhead labels among the header lines.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from kamerstuk.blocks import Block
from kamerstuk.models import Diagnostic, Dossier, Kind, Signatory
from kamerstuk.patterns import structure as P
from kamerstuk.structure.answers import continues_aanhangsel_intro, read_aanhangsel_block
from kamerstuk.structure.letterhead import letterhead_field
from kamerstuk.structure.preamble import Preamble, apply_preamble, document_kind, read_preamble_line
from kamerstuk.structure.values import dossier_number, office_case, parse_dutch_date

# Web page lines may stand before the header; never more blocks than this, and never a long one.
_PREAMBLE_BLOCKS = 20
_PREAMBLE_BLOCK_CHARS = 400
_TITLE_LINE_CHARS = 600


@dataclass
class Header:
    kind: Kind | None = None
    vergaderjaar: str | None = None
    dossiers: list[Dossier] = field(default_factory=list)
    ondernummer: str | None = None
    identifier: str | None = None  # as a web page's preamble states it
    sender: str | None = None
    addressee: str | None = None
    place: str | None = None
    date: dt.date | None = None
    subject: str | None = None
    reference: str | None = None
    attachments: str | None = None
    chamber: str = "tk"
    chamber_stated: bool = False
    questioners: list[str] = field(default_factory=list)
    submitted: dt.date | None = None
    received: dt.date | None = None
    movers: list[str] = field(default_factory=list)
    signatories: list[Signatory] = field(default_factory=list)
    cues: list[str] = field(default_factory=list)
    end: int = 0  # index of the first body block
    # the line of block `end` where the body begins, when one block holds the header's last lines and the body's first
    # (a text copied without blank lines: "Den Haag, 21 oktober 2024" then "Op 6 september jl. …"); 0 otherwise
    body_line: int = 0


@dataclass
class _State:
    official: bool = False  # a line of the official header has been read
    need_title: bool = False  # a dossier number on its own line waits for its title
    title_open: bool = False  # the last dossier's title may continue on the next line
    letter: str | None = None  # an Eerste Kamer letter on its own line, waiting for the type


def read_header(blocks: Sequence[Block], diagnostics: list[Diagnostic]) -> Header:
    """Consume the header lines at the top of the document; `Header.end` is the first body block."""
    h, s, pre = Header(), _State(), Preamble()
    last_cue = _last_header_cue(blocks)
    index = 0
    for index, block in enumerate(blocks):
        if block.kind == "footnote":
            continue
        if read_aanhangsel_block(h, block.text):
            s.official = True
            continue
        recognised = 0
        unread: list[str] = []
        for k, raw in enumerate(block.lines or (block.text,)):
            if not s.official and read_preamble_line(pre, raw):
                recognised += 1
            elif line := _clean(raw):
                if _read_line(h, s, line):
                    recognised += 1
                    s.official = True
                elif recognised and "place and date" in h.cues:
                    # past the place and date, a line the header does not know opens the body, in the same block
                    # when the text has no blank lines (round 55): the rest of the block is body, not lost
                    h.body_line = k
                    break
                else:
                    unread.append(line)
        if h.body_line:
            if unread:
                diagnostics.append(
                    Diagnostic(
                        stage="structure",
                        message=f"header lines not understood: {' | '.join(unread)[:200]}",
                        location=f"line {block.line}",
                    )
                )
            h.end = index
            apply_preamble(h, pre, diagnostics)
            _settle_chamber(h)
            return h
        if recognised == 0:
            if s.official or index >= last_cue or len(block.text) > _PREAMBLE_BLOCK_CHARS:
                break
            pre.skipped.append(block.text)  # a web page's line before the header
            continue
        if unread and not s.official:
            pre.skipped.extend(unread)
        elif unread:
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
    apply_preamble(h, pre, diagnostics)
    _settle_chamber(h)
    return h


def official_identifier(h: Header) -> str | None:
    """The document's identifier: as a preamble states it, else from the first dossier and the nr.

    Eerste Kamer identifiers carried the vergaderjaar until 2009–2010: kst-20062007-30412-B.
    """
    if h.identifier or not (h.dossiers and h.ondernummer):
        return h.identifier
    number, nr = h.dossiers[0].number, h.ondernummer
    year = h.vergaderjaar
    if (
        h.chamber == "ek"
        and nr.isalpha()
        and nr.isupper()
        and year
        and year <= P.EK_IDENTIFIER_WITH_YEAR_UNTIL
    ):
        return f"kst-{year.replace('-', '')}-{number}-{nr}"
    return f"kst-{number}-{nr}"


def _read_line(h: Header, s: _State, line: str) -> bool:
    """One line of the official header; False when it is not one."""
    letter, s.letter = s.letter, None
    titled = s.need_title or s.title_open
    if _read_cue(h, s, line, letter):
        return True
    if titled and h.dossiers and h.ondernummer is None and h.kind is None:
        last = h.dossiers[-1]
        if len(line) <= _TITLE_LINE_CHARS and len(last.title or "") + len(line) <= 2 * _TITLE_LINE_CHARS:
            h.dossiers[-1] = Dossier(number=last.number, title=f"{last.title} {line}" if last.title else line)
            s.need_title, s.title_open = False, True
            return True
    return False


def _read_cue(h: Header, s: _State, line: str, letter: str | None) -> bool:
    """A header cue: vergaderjaar, chamber, dossier, nr., type, addressee, date, letterhead label."""
    s.need_title = s.title_open = False
    if m := P.VERGADERJAAR.match(line):
        first, second = m.group(1), m.group(2)
        h.vergaderjaar = f"{first}-{second if len(second) == 4 else first[:2] + second}"
        h.cues.append("vergaderjaar")
    elif m := P.CHAMBER_LINE.match(line):
        h.chamber, h.chamber_stated = ("ek" if m.group(1).lower() == "eerste" else "tk"), True
        h.cues.append("chamber")
    elif line in ("1", "2") and h.cues[-1:] == ["chamber"]:
        pass  # the chamber's number, on a line of its own under its name (pdftotext)
    elif h.kind == "antwoord" and h.ondernummer is None and (m := P.BARE_NUMBER.match(line)):
        h.ondernummer = m.group(1)
        h.cues.append("ondernummer")
    elif P.AANHANGSEL_INTRO.match(line) or continues_aanhangsel_intro(h, line):
        h.kind = "antwoord"
    elif m := P.DATE_LINE.match(line):
        h.date = h.date or parse_dutch_date(m.group(1))
        h.cues.append("date line")
    elif (m := P.DOSSIER_LINE.match(line)) and h.ondernummer is None:
        title = " ".join(m.group(4).split()) if m.group(4) else None
        h.dossiers.append(Dossier(number=dossier_number(m.group(1), m.group(2) or m.group(3)), title=title))
        s.need_title, s.title_open = title is None, title is not None
        h.cues.append("dossier")
    elif (m := P.ROMAN_DOSSIER_LINE.match(line)) and h.ondernummer is None and h.kind is None:
        h.dossiers.append(Dossier(number=m.group(1), title=m.group(2)))
        s.title_open = True
        h.cues.append("dossier")
    elif m := P.ONDERNUMMER.match(line):
        h.ondernummer = m.group(1)
        h.cues.append("ondernummer")
        if m.group(2):
            _read_type(h, m.group(2))
    elif (m := P.LETTER_ONDERNUMMER.match(line)) and h.ondernummer is None and document_kind(m.group(2)):
        h.ondernummer = m.group(1)
        h.cues.append("ondernummer")
        _read_type(h, m.group(2))
    elif (m := P.BARE_LETTER.match(line)) and h.ondernummer is None and h.dossiers:
        s.letter = m.group(1)
    elif _official_type(h, line, letter) and _read_type(h, line):
        if letter and h.ondernummer is None:
            h.ondernummer = letter
            h.cues.append("ondernummer")
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
        return False
    return True


def _read_type(h: Header, text: str) -> bool:
    """The document's type line: "BRIEF VAN DE MINISTER VAN …", "MEMORIE VAN ANTWOORD", "MOTIE VAN HET LID …"."""
    text = P.TRAILING_MARKER.sub("", text).strip()
    kind = document_kind(text)
    if kind is None:
        return False
    h.kind = kind
    if kind == "brief" and (m := P.BRIEF_VAN.match(P.TYPE_PREFIX.sub("", text, count=1))):
        h.sender = office_case(m.group(1))
    if kind in ("motie", "amendement"):
        h.movers = _movers(text)
    if d := P.DATE_AFTER_TYPE.search(text):
        h.date = h.date or parse_dutch_date(d.group(1))
    h.cues.append("brief van" if kind == "brief" else kind)
    return True


def _official_type(h: Header, line: str, letter: str | None) -> bool:
    """A type line of its own: a letter's or motion's anywhere, other types under a dossier or nr."""
    kind = document_kind(P.TRAILING_MARKER.sub("", line))
    return kind in ("brief", "motie") or (kind is not None and bool(h.dossiers or h.ondernummer or letter))


def _last_header_cue(blocks: Sequence[Block]) -> int:
    """Index of the last block, among the first few, with a line that only an official header or a
    web page's preamble has; unknown blocks before it are web page lines, not body text."""
    last = -1
    for index, block in enumerate(blocks[:_PREAMBLE_BLOCKS]):
        for raw in block.lines or (block.text,):
            line = _clean(raw)
            if (
                P.VERGADERJAAR.match(line)
                or P.CHAMBER_LINE.match(line)
                # (the document line in capitals: "BRIEF VAN DE MINISTER VAN …" under a web page's title; round 55)
                or (P.BRIEF_VAN.match(line) and line.isupper())
                or ((m := P.ONDERNUMMER.match(line)) and (not m.group(2) or document_kind(m.group(2))))
                or ((m := P.LETTER_ONDERNUMMER.match(line)) and document_kind(m.group(2)))
                or any(
                    p.match(raw) for p in (P.PREAMBLE_TABLE_HEAD, P.PREAMBLE_ROW, P.PREAMBLE_DOSSIER_VALUE)
                )
                or ((m := P.PREAMBLE_PAGE.match(raw)) and m.group(1))
            ):
                last = index
    return last


def _settle_chamber(h: Header) -> None:
    """The chamber, when no chamber line or preamble named it: from the addressee, else from a letter nr."""
    if h.chamber_stated:
        return
    if h.addressee and (m := P.ADDRESSEE_CHAMBER.search(h.addressee)):
        h.chamber = "ek" if m.group(1) == "Eerste" else "tk"
    elif h.ondernummer and h.ondernummer.isalpha() and h.ondernummer.isupper():
        h.chamber = "ek"


def _clean(line: str) -> str:
    """A header line without table cell separators and stray emphasis: "Vergaderjaar 2023-2024 |"."""
    return P.EDGE_EMPHASIS.sub("", P.CELL_SEPARATOR.sub(" ", line))


def _movers(title: str) -> list[str]:
    """Movers from a motion's or amendment's title: "MOTIE VAN DE LEDEN ANNA DE VRIES EN BAKKER" -> two names."""
    m = P.MOVERS.search(title)
    if not m:
        return []
    names = re.split(r",\s*|\s+EN\s+", m.group(1).strip(), flags=re.I)
    return [office_case(n).replace("Van ", "van ", 1) if " " in n else office_case(n) for n in names if n]
