"""Cue phrases of the spaCy pipeline: paragraph roles, references to recommendations, stances.

Each entry names what it detects and gives a real-style example. The classifier turns cue
matches into features (``cue:<name>``); the linker and the stance component use them directly.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# Dutch ordinals as they refer to recommendations: "de tweede aanbeveling", "Ten derde …"
ORDINALS = {
    "eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "zesde": 6, "zevende": 7,
    "achtste": 8, "negende": 9, "tiende": 10, "elfde": 11, "twaalfde": 12,
}  # fmt: skip
_ORD = "|".join(ORDINALS)

# "de tweede aanbeveling", "de eerste als de tweede aanbeveling" (the noun comes once, at the end)
ORDINAL_REFERENCE = re.compile(
    rf"\b(?:de|het)\s+((?:{_ORD})(?:\s*(?:,|en|als|alsook|of|tot\s+en\s+met)\s*(?:de\s+)?(?:{_ORD}))*)\s+"
    r"(?:aanbeveling|aanbevelingen|advies|adviezen|oproep)\b",
    _I,
)
# "aanbeveling 3", "aanbevelingen 2 en 4", "aanbevelingen 1 tot en met 3", "Aanbeveling 2:"
NUMBER_REFERENCE = re.compile(
    r"\baanbeveling(?:en)?\s+(\d{1,2}(?:\s*(?:,|en|tot\s+en\s+met|t/m|–|-)\s*\d{1,2})*)\b", _I
)
# A paragraph that opens on a recommendation by ordinal: "Ten tweede bevelen de onderzoekers aan …"
ORDINAL_OPENING = re.compile(rf"^\s*(?:Ten|Als)\s+({_ORD})\b", _I)
# A reference that announces a later answer, not an answer: "Op de derde aanbeveling kom ik later in deze
# brief terug", "Aanbeveling 4 bespreek ik hieronder"
FORWARD_REFERENCE = re.compile(
    r"\b(?:kom\w*|ga\w*)\b[^.]{0,80}?\b(?:later|verderop|hierna|hieronder|straks|in\s+paragraaf)\b[^.]{0,40}?"
    r"\b(?:terug|in|op)\b|\b(?:bespreek|behandel)\w*\b[^.]{0,40}?\b(?:hieronder|hierna|verderop|later)\b",
    _I,
)

# --- cues for paragraph roles (classifier features) ---------------------------------------

LABEL_CUES: dict[str, re.Pattern[str]] = {
    # context: the report was published / the Kamer asked: "Op 14 maart jl. hebben X en Y het rapport … gepubliceerd"
    "published": re.compile(r"\b(?:gepubliceerd|verschenen|uitgebracht|aangeboden|opgeleverd)\b", _I),
    # context: "heeft de vaste commissie … verzocht om een reactie", "Met deze brief willig ik dit verzoek in"
    "request": re.compile(r"\b(?:verzoek\w*|verzocht|gevraagd)\b", _I),
    # context: "In het rapport wordt … beschreven", "De onderzoekers stellen vast dat …"
    "report_says": re.compile(
        r"\b(?:in\s+het\s+(?:rapport|onderzoek|advies)|de\s+onderzoekers|het\s+rapport|de\s+commissie|"
        r"uit\s+het\s+onderzoek\s+blijkt)\b",
        _I,
    ),
    # context: the letter's own purpose: "Met deze brief …", "In deze brief …", "Hierbij …"
    "this_letter": re.compile(r"\b(?:met|in)\s+deze\s+brief\b|\bhierbij\b", _I),
    # context: discourse about what follows: "Ik zal nu ingaan op de aanbevelingen", "Hieronder ga ik in op …"
    "discourse": re.compile(r"\bingaan\s+op\b|\bga\s+ik\b[^.]{0,40}\bin\s+op\b|\bhieronder\b", _I),
    # context: thanks to the researchers: "Ik dank KTJ en VOS voor dit zorgvuldige onderzoek"
    "thanks": re.compile(r"\b(?:dank|bedank)\w*\b", _I),
    # recommendation: "wordt aanbevolen", "bevelen … aan", "raden … aan", "adviseert", "doet de volgende aanbevelingen"
    "recommends": re.compile(
        r"\b(?:aanbevolen|beveelt|bevelen|bevalen|adviseert|adviseren|raadt|raden|pleit|pleiten|"
        r"roept|roepen)\b|\bvolgende\s+aanbevelingen\b|^\s*aanbeveling\s+\d",
        _I,
    ),
    # response: the government's position: "Ik onderschrijf", "neem ik over", "Ik deel de zorgen"
    "position": re.compile(
        r"\b(?:onderschrijf|onderschrijven|neem\s+ik\b[^.]{0,40}\bover|nemen\s+wij\b[^.]{0,40}\bover|"
        r"omarm\w*|deel\s+ik|ik\s+deel|ben\s+ik\s+het\s+eens|zie\s+ik\s+geen|acht\s+ik|vind\s+ik|"
        r"ben\s+ik\s+van\s+mening|steun\w*)\b",
        _I,
    ),
    # response: measures and plans: "zet … in op", "werkt aan", "investeert", "Ik zal …", "wordt … ontwikkeld"
    "measures": re.compile(
        r"\b(?:zet\w*\b[^.]{0,60}\bin\s+op|werk\w*\s+aan|investe\w+|financier\w*|ontwikkel\w*|"
        r"programma|pilot|maatregel\w*|aanpak|initiatie\w+|subsidie\w*)\b",
        _I,
    ),
    # response: a promise: "Ik zal uw Kamer … informeren", "Bezien zal worden"
    "promise": re.compile(r"\b(?:zal|zullen|ga|gaan)\b", _I),
    # response: what is already done: "Op dit moment wordt reeds ingezet", "wordt al invulling gegeven"
    "already": re.compile(
        r"\b(?:reeds|al\s+(?:invulling|ingezet|gestart|bezig)|bestaa?t\w*\s+al|inmiddels)\b", _I
    ),
    # closing: "Tot slot", "Ik blijf …", "Samen met … blijf ik werken", "vergt onze blijvende aandacht"
    "closing": re.compile(
        r"^\s*(?:tot\s+slot|afsluitend|ten\s+slotte|concluderend|samenvattend)\b|\bblijf\s+(?:ik|wij)\b|"
        r"\bblijvende\s+aandacht\b|\bblijven\s+(?:wij|we)\b|\bsamen\s+met\b[^.]{0,60}\bblijf",
        _I,
    ),
    # first person of the government: "ik", "wij", "het kabinet", "mijn departement"
    "government": re.compile(r"\b(?:ik|wij|mijn|ons|onze|het\s+kabinet|mijn\s+departement)\b", _I),
}

# --- stance per recommendation ---------------------------------------------------------------

# (stance, weight, pattern): the strongest cue among the linked paragraphs wins.
STANCE_CUES: list[tuple[str, int, re.Pattern[str]]] = [
    # "zie ik geen aanleiding", "neem ik niet over", "acht ik niet wenselijk", "wijs ik af"
    ("rejected", 5, re.compile(
        r"\bzie\s+(?:ik|wij|het\s+kabinet)\s+geen\s+(?:aanleiding|reden|noodzaak)\b|"
        r"\bneem\w*\s+(?:ik|wij|het\s+kabinet)\b[^.]{0,40}\bniet\s+over\b|\bniet\s+over\s*te\s*nemen\b|"
        r"\bacht\w*\s+(?:ik|wij|het\s+kabinet)\b[^.]{0,30}\bniet\s+(?:wenselijk|nodig|opportuun)\b|"
        r"\bwijs\w*\s+(?:ik|wij)\b[^.]{0,40}\baf\b|\bga\s+(?:ik|wij)\s+niet\s+over\s+tot\b", _I)),
    # "neem ik gedeeltelijk over", "deels", "ten dele", "op onderdelen"
    ("partly_adopted", 4, re.compile(
        r"\b(?:gedeeltelijk|deels|ten\s+dele|op\s+onderdelen|voor\s+een\s+deel)\b[^.]{0,40}\bover\b|"
        r"\bneem\w*\s+(?:ik|wij|het\s+kabinet)\b[^.]{0,30}\b(?:gedeeltelijk|deels|ten\s+dele)\b", _I)),
    # "neem ik over", "Ik onderschrijf de oproep", "omarm ik", "ben ik het eens met"
    ("adopted", 3, re.compile(
        r"\bneem\w*\s+(?:ik|wij|het\s+kabinet)\b[^.]{0,60}?\bover\b|\b(?:ik|wij)\s+neem\w*\b[^.]{0,60}?\bover\b|\b(?:ik|wij|het\s+kabinet)\s+"
        r"(?:onderschrijf|onderschrijven|onderschrijft|omarm|omarmen|omarmt)\b|\bonderschrijf\s+ik\b|"
        r"\bomarm\w*\s+(?:ik|wij)\b|\bben\s+ik\s+het\b[^.]{0,30}\beens\b|\bvolg\w*\s+(?:ik|wij)\b[^.]{0,30}"
        r"\b(?:aanbeveling|advies)\b", _I)),
    # "wordt al invulling gegeven aan", "Dit gebeurt reeds", "Op dit moment wordt reeds ingezet op"
    ("already_in_place", 2, re.compile(
        r"\b(?:wordt|worden|is|zijn)\s+(?:al|reeds)\b[^.]{0,40}\b(?:invulling|uitvoering|ingezet|gegeven|"
        r"gestart|geregeld|voorzien)\b|\bgebeurt\s+(?:al|reeds)\b|\b(?:al|reeds)\s+invulling\b|"
        r"\bwordt\s+reeds\s+ingezet\b|\bbestaa?t\s+(?:al|reeds)\b", _I)),
    # "neem ik kennis van", "betrek ik bij", "zal ik meenemen in", "neem ik mee"
    ("noted", 1, re.compile(
        r"\bneem\w*\s+(?:ik|wij)\b[^.]{0,40}\bkennis\s+van\b|\bneem\w*\s+(?:ik|wij)\s+kennis\b|\bbetrek\w*\s+(?:ik|wij)\b[^.]{0,60}\bbij\b|"
        r"\b(?:ik|wij)\s+betrek\w*\b[^.]{0,60}\bbij\b|"
        r"\bneem\w*\s+(?:ik|wij)\b[^.]{0,40}\bmee\b|\bmeenemen\b", _I)),
]  # fmt: skip

# A stance sentence about the recommendation itself outweighs one about a detail of it:
# "De derde aanbeveling neem ik gedeeltelijk over" beats "Een garantieregeling acht ik niet nodig".
STANCE_SUBJECT = re.compile(r"\b(?:aanbeveling|aanbevelingen|advies|oproep|voorstel)\b", _I)

# Content words for similarity: lower-case words of four letters or more, minus these.
STOPWORDS = frozenset(
    [
        "aan",
        "aanbeveling",
        "aanbevelingen",
        "aanbevolen",
        "alle",
        "alleen",
        "andere",
        "beter",
        "daarbij",
        "daarom",
        "daarvan",
        "deze",
        "dient",
        "door",
        "omdat",
        "onder",
        "ook",
        "over",
        "rapport",
        "tussen",
        "voor",
        "wordt",
        "worden",
        "zijn",
        "zich",
        "zodat",
        "hebben",
        "heeft",
        "kunnen",
        "moeten",
        "meer",
        "naar",
        "niet",
        "onze",
        "ik",
        "wij",
        "het",
        "een",
        "van",
        "de",
        "en",
        "in",
        "op",
        "te",
        "dat",
        "die",
        "er",
        "als",
        "bij",
        "met",
        "om",
        "dit",
        "zal",
        "zullen",
        "deze",
        "wel",
        "nog",
        "geen",
        "maar",
        "binnen",
        "waar",
        "waarin",
        "waarbij",
        "hier",
        "hierbij",
        "hiervan",
        "welke",
    ]
)
