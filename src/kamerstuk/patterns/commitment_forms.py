"""Forms of commitments found by reading real letters (issue #12, round 6), used by
`kamerstuk.entities.commitments` next to the patterns of `kamerstuk.patterns.commitments`.

Each group was seen across several real Kamerbrieven, answers to Kamervragen and the Eerste
Kamer's register of toezeggingen; the examples below are written for this project.
"""

from __future__ import annotations

import re

from kamerstuk.patterns.commitments import Keyed

_I = re.IGNORECASE

#: Participles of a decision or consideration step in a passive future ("zal … worden"): "Na de
#: proef zal worden besloten of …", "zal bepaald worden welke …", "zal opnieuw worden afgewogen of
#: …", "In de volgende fase zal ook worden ingegaan op de kosten", "Het eindrapport zal aan beide
#: Kamers worden gezonden". Read only after `kamerstuk.patterns.commitments.PASSIVE_FUTURE`.
DECISION_STEP = Keyed(
    re.compile(r"\b(?P<verb>besloten|bepaald|afgewogen|ingegaan|gezonden|bekeken|gekeken)\b", _I),
    "besloten bepaald afgewogen ingegaan gezonden bekeken gekeken",
)
#: The lemma of each participle of `DECISION_STEP`.
DECISION_LEMMAS = {
    "besloten": "besluiten", "bepaald": "bepalen", "afgewogen": "afwegen", "ingegaan": "ingaan op",
    "gezonden": "toezenden", "bekeken": "bekijken", "gekeken": "kijken",
}  # fmt: skip

#: A necessity inside a passive future makes it a task, not a promise: "Of de dijk voldoet, zal per
#: traject moeten worden bepaald", "Hier zal gekozen moeten worden tussen …".
PASSIVE_DEONTIC = re.compile(r"\b(?:moet|moeten|dient|dienen)\b", _I)

#: Any agent of a passive other than the government, with or without an article: "zal door de
#: rechter worden bepaald", "wordt bepaald door vraag en aanbod". Not "door te werken aan …" (a
#: means) nor "door mij", "door het kabinet", "door de minister".
ANY_OTHER_AGENT = re.compile(
    r"\bdoor\s+(?!(?:te|middel|mij|ons|mijzelf|het\s+kabinet|het\s+rijk|het\s+ministerie|de\s+regering|"
    r"de\s+minister|de\s+staatssecretaris|mijn|onze?)\b)\w+",
    _I,
)

#: An unspecified time to come that puts a present passive step in the future, like a deadline:
#: "Het toetsingskader wordt nader uitgewerkt", "De details worden de komende maanden uitgewerkt",
#: "De aanpak wordt binnenkort aangescherpt", "op korte termijn", "in de loop van volgend jaar".
FUTURE_UNSPECIFIED = re.compile(
    r"\bnader\b|\bde\s+komende\s+(?:maanden|weken|jaren|periode|tijd)\b|\bbinnenkort\b"
    r"|\bop\s+(?:korte|afzienbare)\s+termijn\b|\bte\s+zijner\s+tijd\b"
    r"|\bin\s+de\s+loop\s+van\s+(?:dit|volgend|het\s+komende)\s+jaar\b",
    _I,
)

#: A step described in an appendix of this letter is there now, not to come: "In de bijlage bij
#: deze brief wordt het kader nader uitgewerkt".
APPENDIX = re.compile(r"\bbijlagen?\b", _I)

#: A negation that promises the act ("litotes"): "zal ik niet aarzelen om extra maatregelen te
#: nemen", "Ik zal niet nalaten de Kamer te informeren", "dan zal ik niet schromen om …".
LITOTES = re.compile(r"\bniet\s+(?:\w+\s+){0,2}?(?:aarzelen|schromen|nalaten)\b", _I)

#: A period counted from the letter: "Uw Kamer wordt over twee jaar geïnformeerd", "Over een half
#: jaar ontvangt u de tussenrapportage", "over 2-3 jaar". Not a span a document covers ("een
#: evaluatie over twee jaar", "cijfers over drie jaar").
OVER_PERIOD = re.compile(
    r"(?<!\bevaluatie\s)(?<!\brapportage\s)(?<!\boverzicht\s)(?<!\bcijfers\s)(?<!\bgegevens\s)(?<!\bonderzoek\s)"
    r"\bover\s+(?:een\s+half|anderhalf|een|één|twee|drie|vier|vijf|zes|tien|\d+(?:\s*[-–]\s*\d+)?)\s+"
    r"(?:jaar|jaren|maanden|maand|weken|week)\b",
    _I,
)

#: A measure verb whose particle may also be another one, with its own lemma: "Wij voeren de
#: maatregelen uit het actieplan voor eind 2026 uit" (uitvoeren, next to "voer … in": invoeren).
MEASURE_ALT_PARTICLES: dict[str, tuple[str, str]] = {"voer": ("uitvoeren", "uit")}

#: Prepositions that may follow the particle of a separable verb when a prepositional phrase is
#: put after it: "Ik werk deze voorstellen uit in een wetsvoorstel", "werken we … uit met de regio's".
PARTICLE_PP = frozenset(
    {"in", "met", "op", "voor", "bij", "via", "na", "tot", "binnen", "naar", "samen", "vanaf"}
)

#: The particle of "toezeggen" after "zegt/zeg/zeggen" and its object: "De minister zegt de Kamer,
#: naar aanleiding van vragen van het lid …, toe om … te evalueren", "zegt toe dat …". The promise
#: is the te-infinitive after it, or the "dat"-clause.
PROMISE_TOE = re.compile(r"\btoe\b(?=\s*,?\s*(?:dat\b|[^.;?]{0,200}?\bte\s+\w))", _I)

#: A stretch in brackets, without brackets inside (linear): "(zie paragraaf 7 van deze brief)".
BRACKETS = re.compile(r"\([^()]*\)")

#: An event still to come that a delivery to the Kamer waits for, a future moment like a deadline:
#: "Zodra de inspectie haar rapport heeft uitgebracht, wordt het uw Kamer toegezonden", "Het advies
#: wordt na ontvangst aan uw Kamer gestuurd", "Wanneer de pilot is afgerond, wordt de Kamer …
#: geïnformeerd", "Als er een akkoord ligt, dan wordt dat met beide Kamers gedeeld". A sentence-
#: initial condition needs its comma (one class run from the start: linear).
EVENT_FUTURE = re.compile(
    r"\bzodra\b|\bnadat\b"
    r"|\bna\s+(?:afronding|ontvangst|afloop|vaststelling|oplevering|publicatie|het\s+verschijnen)\b"
    r"|^\W*(?:wanneer|als|mocht|indien)\b[^.;?]*,",
    _I,
)
