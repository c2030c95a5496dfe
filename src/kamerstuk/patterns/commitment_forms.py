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


# --- round 7: forms the blind letters of holdout3 showed missing (each checked on the genre) ---

#: Verbs "wil" promises with when they close its clause: consulting, working out, inquiring
#: ("Of een apart centrum iets toevoegt, wil ik eerst met gemeenten bespreken", "Ik wil de
#: regeling dit jaar samen met de sector uitwerken"). Not "Ik wil benadrukken/opmerken/danken".
WANT_ACTS = frozenset(
    [
        "bespreken",
        "overleggen",
        "afstemmen",
        "voorleggen",
        "uitwerken",
        "onderzoeken",
        "verkennen",
        "nagaan",
        "bekijken",
        "bezien",
        "evalueren",
        "organiseren",
        "ontwikkelen",
        "opzetten",
        "starten",
        "aanpassen",
        "regelen",
    ]
)

#: A proposal or measure of ours announced with "komen met": "Voor de zomer kom ik met een
#: wetsvoorstel", "Mocht dat nodig blijken, dan kom ik met aanvullende maatregelen", "Het kabinet
#: komt in het najaar met een actieplan". The noun follows "met" (after at most two adjectives), so
#: "Ik kom met deze brief tegemoet aan …" is none. At most four words between actor and "met".
COME_WITH = Keyed(
    re.compile(
        r"\b(?:(?P<actor>ik|wij|we|het\s+kabinet)\s+(?:kom|komen|komt)|(?:kom|komen|komt)\s+(?P<actor2>ik|wij|we|het\s+kabinet))"
        r"\s+(?:[^\s.,;:?]+\s+){0,4}?met\s+(?:(?:een|nieuwe|aanvullende|concrete|verdere|een\s+nieuw)\s+){0,2}"
        r"(?P<noun>voorstel(?:len)?|wetsvoorstel|plan(?:nen)?|actieplan|maatregelen|uitwerking|visie|aanpak|"
        r"kabinetsreactie|reactie|beleidsreactie|handreiking|regeling)\b",
        _I,
    ),
    "kom komen komt",
    "met",
)

#: A choice of ours for a course of action, with its te-infinitive: "Ik kies er daarom voor
#: gemeenten de mogelijkheid te bieden …", "Het kabinet kiest ervoor om de regeling te verlengen".
CHOICE = Keyed(
    re.compile(
        r"\b(?:(?P<actor>ik|wij|we|het\s+kabinet)\s+(?:kies|kiezen|kiest)|(?:kies|kiezen|kiest)\s+"
        r"(?P<actor2>ik|wij|we|het\s+kabinet))\s+(?:er\s+)?(?:(?:daarom|dan\s+ook|nu|bewust|wel)\s+)?(?:er)?voor\b",
        _I,
    ),
    "kies kiezen kiest",
    "voor ervoor",
)

#: A sentence that opens on the document the previous sentence announced: "Daarin zal ik ook
#: ingaan op …", "In die brief zal ik …" — a later letter, so "ingaan op" is no deferral inside
#: this one.
LATER_DOCUMENT = re.compile(
    r"^\W*(?:daarin|in\s+die\s+(?:brief|rapportage|voortgangsbrief|kabinetsreactie|reactie|nota))\s+"
    r"(?:zal|zullen|ga|gaan)\b",
    _I,
)

#: A compound strong verb in "-gaan/-staan/-slaan" that a modal can promise (its infinitive has no
#: "-en"): "zal ik de regel per 1 januari laten ingaan", "zal dit toestaan", "wil ik nagaan".
#: Bare "gaan/staan" and the verbs of being ("bestaan", "ontstaan") are no act of ours.
STRONG_AAN_VERB = re.compile(r"(?!(?:be|ont|stil|ver|onder)(?:staan|gaan)$)\w{2,12}(?:gaan|staan|slaan)")
