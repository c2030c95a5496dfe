"""Answers to written questions (Aanhangsel van de Handelingen): the header items of their own.

An Aanhangsel opens with whole blocks that no other Kamerstuk has: the year line ("Vergaderjaar
2023–2024 Aanhangsel van de Handelingen"), who asked ("Vragen van het lid Jansen (XYZ) aan de
Minister van … (ingezonden 3 juni 2021)") and who answered ("Antwoord van Minister De Vries
(Financiën), mede namens … (ontvangen 3 mei 2023)"). `read_aanhangsel_block` reads one such
block into the `Header` that `header.read_header` fills; `continues_aanhangsel_intro` tells the
second line of the introduction "Vragen gesteld door de leden der Kamer, met de daarop door de
regering gegeven antwoorden".
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from kamerstuk.models import Signatory
from kamerstuk.patterns import structure as P
from kamerstuk.patterns import xml as X
from kamerstuk.structure.values import parse_dutch_date

if TYPE_CHECKING:
    from kamerstuk.structure.header import Header


def read_aanhangsel_block(h: Header, text: str) -> bool:
    """Whole-block header items of an Aanhangsel: who asked, who answered, and when.

    Questioners are the names without their parties ("Jansen (XYZ) en De Vries (ABC)" -> Jansen,
    De Vries); `Metadata` has no field for the parties. Several answering offices ("Antwoord van
    Minister A (…) en van Minister B (…)") are all signatories, those "mede namens" whom they answer
    are not; a "Mededeling van …" (questions answered by letter, or a delay) reads as an answer.
    """
    if m := P.AANHANGSEL_YEAR_LINE.match(text):
        first, second = m.group(1), m.group(2)
        h.vergaderjaar = f"{first}-{second if len(second) == 4 else first[:2] + second}"
        h.kind = "antwoord"
        h.cues.append("vergaderjaar")
        return True
    if m := P.QUESTIONS_BY.match(text):
        h.kind = "antwoord"
        if m.group(1) and h.ondernummer is None:
            h.ondernummer = m.group(1)
            h.cues.append("ondernummer")
        h.questioners = _questioners(m.group(2))
        if d := P.SUBMITTED.search(text):
            h.submitted = parse_dutch_date(d.group(1))
        h.cues.append("questions by")
        return True
    if _continues_answer(h, text):
        return True
    if opening := P.ANSWER_OPENING.match(text):
        return _read_answerers(h, text, opening.end())
    return False


def continues_aanhangsel_intro(h: Header, line: str) -> bool:
    """The second line of "Vragen gesteld door de leden der Kamer, met de daarop door de regering …"."""
    return h.kind == "antwoord" and h.ondernummer is None and "gegeven antwoorden" in line


def _questioners(names: str) -> list[str]:
    """ "Jansen (XYZ), De Vries en Bakker (beiden ABC)" -> ["Jansen", "De Vries", "Bakker"]."""
    cleaned = P.QUESTIONER_PARTY.sub("", names)
    return [_person(n) for n in P.QUESTIONER_SEPARATOR.split(cleaned) if n.strip()]


def _person(name: str) -> str:
    """A name as printed, one space between words and a glued particle set apart: "Inge vanDijk" -> "Inge van Dijk"."""
    return P.GLUED_PARTICLE.sub(r"\1 ", " ".join(name.split()))


def _read_answerers(h: Header, text: str, start: int) -> bool:
    """ "Antwoord van Minister Jansen (Financiën), mede namens … (ontvangen 3 mei 2023)": the signatories,
    the sender (the first office) and the date received, which is the document's date. `start` is
    where the answering offices begin, after "Antwoord van"."""
    end = P.ANSWERERS_END.search(text, start)
    received = P.RECEIVED.search(text)
    when = parse_dutch_date(received.group(1)) if received else None
    signatories = [
        Signatory(
            name=_person(m.group(2)), role=_answering_office(m.group(1), m.group(3), when or h.submitted)
        )
        for m in P.ANSWERER.finditer(text, start, end.start() if end else len(text))
    ]
    if not signatories or not (received or h.questioners or h.kind == "antwoord"):
        return False
    h.kind = "antwoord"
    h.signatories = signatories
    h.sender = signatories[0].role
    if when:
        h.received = h.date = when
    h.cues.append("answered by")
    return True


def _answering_office(office: str, portfolio: str, when: dt.date | None) -> str:
    """The office of an answerer from the printed office and portfolio, abbreviations written out:
    ("Minister", "BZ") -> "Minister van Buitenlandse Zaken", ("Minister", "Rechtsbescherming") ->
    "Minister voor Rechtsbescherming", ("minister-president", …) -> "Minister-President, Minister van
    Algemene Zaken" (as the XML reader writes it)."""
    office = office[:1].upper() + office[1:].lower()
    if office.lower() == "minister-president":
        return "Minister-President, Minister van Algemene Zaken"
    portfolio = _portfolio(portfolio, when)
    if not portfolio:
        return office
    if office == "Minister" and _minister_voor(portfolio, when):
        return f"{office} voor {portfolio}"
    return f"{office} van {portfolio}"


def _portfolio(printed: str, when: dt.date | None) -> str:
    """The portfolio as printed, on one line, or the name an abbreviation stands for on `when`."""
    portfolio = " ".join(printed.split())
    names = P.MINISTRY_ABBREVIATIONS.get(P.ABBREVIATION_NOISE.sub("", portfolio).lower())
    if names:
        day = (when or dt.date.today()).isoformat()
        return [name for since, name in names if since <= day][-1]
    return portfolio


def _minister_voor(portfolio: str, when: dt.date | None) -> bool:
    """A minister without a ministry of their own ("Minister voor Rechtsbescherming"): by the portfolio,
    unless it has become a ministry by `when`."""
    key = portfolio.lower()
    since = P.PORTFOLIO_MINISTRY_SINCE.get(key)
    if since and (when or dt.date.today()).isoformat() >= since:
        return False
    return key in X.VOOR_PORTFOLIOS


def _continues_answer(h: Header, text: str) -> bool:
    """The rest of an answer block that the reader split off inside the last answerer's portfolio:
    "– Jeugd, Preventie en Sport) (ontvangen 12 augustus 2024). Zie ook …" after "Antwoord van
    Staatssecretaris Bakker (Volksgezondheid, Welzijn en Sport"."""
    if h.cues[-1:] != ["answered by"] or h.received is not None or not h.signatories:
        return False
    received = P.RECEIVED.search(text)
    rest = P.ANSWER_CONTINUATION.match(text)
    if not received or not rest:
        return False
    last = h.signatories[-1]
    role = " ".join(f"{last.role or ''} {rest.group(1)}".split())
    h.signatories[-1] = Signatory(name=last.name, role=role or None)
    h.sender = h.signatories[0].role
    h.received = h.date = parse_dutch_date(received.group(1))
    h.cues.append("answered by")
    return True
