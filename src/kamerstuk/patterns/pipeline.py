"""Cue phrases of the spaCy pipeline: paragraph roles and references to recommendations.

Each entry names what it detects and gives a real-style example. The classifier turns cue
matches into features (``cue:<name>``); the linker uses them directly. Stance cues are in
`kamerstuk.patterns.stance`.
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
    r"(?:aanbeveling|aanbevelingen|advies|adviezen|oproep|beslispunt|beslispunten)\b",
    _I,
)
# "aanbeveling 3", "aanbevelingen 2 en 4", "aanbevelingen 1 tot en met 3", "Aanbeveling 2:"
NUMBER_REFERENCE = re.compile(
    r"\baanbeveling(?:en)?\s+(\d{1,2}(?:\s*(?:,|en|tot\s+en\s+met|t/m|–|-)\s*\d{1,2})*)\b", _I
)
# A paragraph that opens on a recommendation by ordinal: "Ten tweede bevelen de onderzoekers aan …"
ORDINAL_OPENING = re.compile(rf"^\s*(?:Ten|Als)\s+({_ORD})\b", _I)
# A paragraph that opens on the recommendation it answers, within its first clause, or names one: "Wat de laatste aanbeveling
# betreft: …", "Aanbeveling 4 neem ik over", "Ook de vijfde aanbeveling …" (round 44).
ANSWER_OPENS_ON_REFERENCE = re.compile(
    r"^[^.:;]{0,80}?\b(?:[a-z]+(?:ste|de)\s+aanbeveling\b|aanbeveling\s+\d+\b)"
    # (or one recommendation named later, the answer still to be given: "Na dat gesprek laat ik uw Kamer weten of en in
    # welke vorm ik deze aanbeveling opvolg"; the closing names them all: "de aanbevelingen")
    r"|.*\b(?:deze|die|de\s+laatste)\s+aanbeveling\b",
    _I | re.DOTALL,
)
# A reference that announces a later answer, not an answer: "Op de derde aanbeveling kom ik later in deze
# brief terug", "Aanbeveling 4 bespreek ik hieronder"
# The answers announced with the adverb first: "Hieronder reageer ik op de vier aanbevelingen", "Hierna
# ga ik in op …" (shared with `kamerstuk.patterns.links.DEFERRAL`).
ANSWERS_BELOW = (
    r"\b(?:hieronder|hierna|verderop)\s+(?:ga|gaan|reageer|reageren|bespreek|bespreken|behandel|behandelen)\s+"
    r"(?:ik|wij|we|het\s+kabinet)\b"
)
FORWARD_REFERENCE = re.compile(
    r"\b(?:kom\w*|ga\w*)\b[^.]{0,80}?\b(?:later|verderop|hierna|hieronder|straks|in\s+paragraaf)\b[^.]{0,40}?"
    r"\b(?:terug|in|op)\b|\b(?:bespreek|behandel)\w*\b[^.]{0,40}?\b(?:hieronder|hierna|verderop|later)\b"
    r"|" + ANSWERS_BELOW +
    # the order of the answers: "Ik ga eerst in op de aanbevelingen van het PBL en daarna op die van de WUR"
    r"|\b(?:ik|wij|we)\s+(?:ga|gaan)\s+eerst\s+in\s+op\b[^.]{0,120}?\b(?:daarna|vervolgens)\b"
    r"|\b(?:ga|gaan)\s+(?:ik|wij|we)\s+eerst\s+in\s+op\b[^.]{0,120}?\b(?:daarna|vervolgens)\b",
    _I,
)

# A paragraph's first sentence (up to its first full stop followed by a space, or the whole).
# Example: "Het kabinet herkent het beeld. Een verkorting …" → "Het kabinet herkent het beeld."
FIRST_SENTENCE = re.compile(r"[^.]*(?:\.(?=\s|$)|$)")

# A letter's last paragraph that opens on what the topic is worth, in general, before what comes next: "Een veilige weg
# naar school is voor ieder kind belangrijk.", "Heggen en poelen zijn van grote waarde voor de biodiversiteit.", "Het
# varend erfgoed laat zien hoe …", "Sport helpt kinderen om …", "Natuurinclusieve landbouw vraagt om lange adem" (a
# closing; read on the first sentence only, with no actor of ours and no recommendation in it; round 45).
GENERAL_VALUE = re.compile(
    r"\b(?:is|zijn|blijft|blijven)\s+(?:[\w-]+\s+){0,4}?(?:belangrijk|essentieel|onmisbaar|waardevol|van\s+(?:grote\s+)?"
    r"(?:waarde|betekenis|belang))\b"
    r"|\b(?:laat|laten)\s+(?:[\w-]+\s+){0,4}?zien\s+(?:hoe|dat|wat|waarom)\b"
    r"|\b(?:helpt|helpen)\s+(?:[\w-]+\s+){1,3}?(?:om|te|bij)\b"
    r"|\bvraagt\s+om\s+(?:lange\s+adem|geduld|tijd|inzet)\b|\bbegint\s+bij\b|\bverdien(?:t|en)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:aandacht|steun|bescherming|vertrouwen|waardering)\b"
    # (round 50: what the topic adds, "Statiegeld op blikjes draagt zichtbaar bij aan een schonere omgeving", and
    # what people must be able to count on, "Wie … kwijt is, moet er ten minste op kunnen rekenen dat …"; in the
    # gold's last paragraphs 17 of 17 and 6 of 6 close the letter)
    # (not negated: "Een apart loket draagt niet bij aan …" rejects, as real answers say it mid-letter)
    r"|\b(?:draagt|dragen)\s+(?:(?!niet\b)[\w-]+\s+){0,3}?bij\s+aan\b"
    r"|\bmoet(?:en)?\s+(?:[\w-]+\s+){0,4}?kunnen\s+rekenen\b"
    # (what the topic is to a whole: "Kleine toeleveranciers zijn de ruggengraat van onze maakindustrie", "Een goed gehoor
    # is de basis van …"; 6 of 6 close)
    r"|\b(?:is|zijn|vormt|vormen)\s+de\s+(?:ruggengraat|basis|kurk|motor|hoeksteen)\s+van\b",
    _I,
)
# "al", "reeds" or "inmiddels": a sentence that may say what is in place already (a prefilter before reading its stance).
# Example: "Leerlingen hebben via de medezeggenschapsraad al instemmingsrecht op de schoolregels".
ALREADY_WORD = re.compile(r"\b(?:al|reeds|inmiddels)\b", re.IGNORECASE)

#: A paragraph that opens by thanking the report's authors: "Ik dank IOB voor deze grondige evaluatie.", "Het kabinet dankt
#: de AIV voor het advies, …", "Ik ben de SWOV erkentelijk voor …" (round 53: in the gold 832 of 834 such paragraphs are
#: context or closing; the two answers name the recommendations by number).
#: … unless the paragraph takes over or follows recommendations it names: "Ik dank de RDA …. Deze drie aanbevelingen neem
#: ik over." (such paragraphs answer).
THANKED_THEN_DECIDED = re.compile(
    r"\baanbeveling(?:en)?\b[^.;]{0,40}?\b(?:neem|neemt|nemen|volg|volgt|volgen)\b[^.;]{0,40}?\b(?:over|op)\b"
    r"|\b(?:neem|neemt|nemen|volg|volgt|volgen)\s+(?:ik|wij|we|het\s+kabinet)\s+[^.;]{0,40}?\baanbeveling(?:en)?\b"
    r"[^.;]{0,30}?\b(?:over|op)\b",
    re.IGNORECASE,
)
THANKS_OPENING = re.compile(
    r"^\W*(?:(?:Ik|Wij|We)\s+(?:dank|danken|bedank|bedanken)\b"
    r"|(?:Het\s+kabinet|De\s+regering|De\s+minister|De\s+staatssecretaris)\s+(?:dankt|bedankt)\b"
    r"|(?:Ik\s+ben|Wij\s+zijn|We\s+zijn|Het\s+kabinet\s+is)\s+[^.]{0,80}?\berkentelijk\b)"
)

# In a letter that answers no report, a sentence that announces the letter's structure: "In deze brief ga ik
# achtereenvolgens in op …", "Ik ga achtereenvolgens in op …", "In deze brief beschrijf ik eerst …", "Hieronder ga ik in
# op …", "Ik bespreek hieronder de maatregelen …", "De brief behandelt de volgende onderwerpen: …", "Ik beantwoord de
# vragen hieronder in die volgorde". Its paragraph in the opening is context, background before it or not; a deferral of
# one point ("Op de kosten kom ik aan het einde van deze brief terug") announces no structure (gold README, Labels;
# round 48).
STRUCTURE_ANNOUNCEMENT = re.compile(
    r"\b(?:in\s+deze\s+brief\s+|hieronder\s+)(?:ga|gaat)\s+(?:ik|het\s+kabinet)\s+(?:\w+\s+){0,2}?in\s+op\b"
    r"|\b(?:ik|het\s+kabinet)\s+(?:ga|gaat)\s+(?:in\s+deze\s+brief\s+|hieronder\s+)?"
    r"(?:achtereenvolgens|eerst|daarbij\s+achtereenvolgens)\s+in\s+op\b"
    r"|\b(?:ik|het\s+kabinet)\s+(?:ga|gaat)\s+(?:in\s+deze\s+brief|hieronder)\s+in\s+op\b"
    # (a sentence of its own: "Ik ga in op de stand van zaken in de regio's, op …")
    r"|(?:^|(?<=[.:]\s))(?:Ik|Het\s+kabinet)\s+(?:ga|gaat)\s+in\s+op\b"
    r"|\b(?:in\s+deze\s+brief|hieronder)\s+(?:beschrijf|bespreek|schets|behandel|geef)\s+(?:ik|het\s+kabinet)\b"
    r"|\b(?:ik|het\s+kabinet)\s+(?:beschrijf|beschrijft|bespreek|bespreekt|schets|schetst)\s+(?:in\s+deze\s+brief\s+)?"
    r"hieronder\b"
    r"|\b(?:deze|de)\s+brief\s+(?:behandelt|bespreekt|gaat\s+(?:achtereenvolgens\s+)?in\s+op)\b"
    r"|\bik\s+beantwoord\s+(?:de|deze)\s+vragen\s+hieronder\b",
    re.IGNORECASE,
)

# What occasions a letter that answers no report: a promise or request of the Kamer, a motion, a debate, questions
# ("In mijn brief van … heb ik toegezegd", "De commissie vraagt: 1. …", "de motie-Verbeek", "Tijdens het
# commissiedebat …"). A paragraph of such a letter's opening without it, and announcing nothing
# (`STRUCTURE_ANNOUNCEMENT`), is background: other (gold README, Labels; round 48).
OCCASION = re.compile(
    r"\b(?:toegezegd|toezegging\w*|motie\w*|\w*debat\w*|kamervragen|schriftelijke\s+vragen)\b|\bmotie-"
    # a request of the Kamer or its members (not "… er ook om vraagt" of the public; round 48)
    r"|\b(?:uw\s+Kamer|de\s+(?:vaste\s+)?commissie|het\s+lid|de\s+leden|Kamerleden)\b[^.]{0,80}?"
    r"\b(?:verzoek\w*|verzocht|gevraagd|vraagt|vroeg|vroegen)\b"
    r"|\b(?:verzoek\w*|verzocht|gevraagd)\b[^.]{0,60}?\b(?:uw\s+Kamer|de\s+(?:vaste\s+)?commissie|Kamerleden)\b",
    re.IGNORECASE,
)

# A paragraph that opens on a promise made to the Kamer before, in a debate or a letter: "Tijdens het commissiedebat
# Klimaat van 24 september 2026 heb ik toegezegd uw Kamer te informeren over …", "In mijn brief van 11 juni 2025 heb ik
# toegezegd …", "Vorig jaar heb ik uw Kamer toegezegd …". Past the letter's opening, in a letter that answers a report,
# it handles another matter (other: ten of ten such paragraphs in the gold that are not the last; round 46).
EARLIER_PROMISE = re.compile(
    r"\b(?:heb|hebben)\s+(?:ik|wij|we)\s+(?:[\w-]+\s+){0,3}?toegezegd\b|\btoegezegd\s+(?:heb|hebben)\b", _I
)
GOVERNMENT_IN_OPENING = re.compile(r"\b(?:ik|wij|we|mijn|ons|onze|kabinet|regering|aanbeveling\w*)\b", _I)

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
    # (also "erkentelijk": "Ik ben het CPB erkentelijk voor deze studie"; round 46)
    "thanks": re.compile(r"\b(?:dank|bedank)\w*\b|\berkentelijk\b", _I),
    # context: a report's findings in its own voice: "De commissie constateert dat …", "Het
    # onderzoek laat zien dat …", "De raad signaleert …", "Uit het rapport komt naar voren …".
    # Without a government cue in the paragraph it is a summary, not an answer (`cue:findings_only`).
    "findings": re.compile(
        r"\b(?:constateert|constateren|concludeert|concluderen|signaleert|signaleren|stelt\s+vast|"
        r"stellen\s+vast|laat\s+zien|laten\s+zien|beschrijft|beschrijven|schetst|schetsen|"
        r"brengt\s+in\s+kaart|brengen\s+in\s+kaart|komt\s+naar\s+voren|wijst\s+op|wijzen\s+op"
        # (round 44: "Zij ziet dat scholen die …", "De inspectie ziet echter dat …"; with "ik" the government's cue
        # keeps it an answer)
        r"|ziet\s+(?:ook\s+|echter\s+|wel\s+|daarbij\s+)?dat|zien\s+(?:ook\s+|echter\s+|wel\s+)?dat)\b"
        # (or a paragraph that opens on the report's voice: "Volgens het PBL kunnen op binnenstedelijke locaties …
        # worden gebouwd"; round 49)
        r"|^\W*Volgens\s+(?:de|het)\s+(?:[A-Z][\w-]*|raad|inspectie|onderzoekers|commissie|rekenkamer|ombudsman"
        r"|planbureau|evaluatie|evaluatoren|rapport|onderzoek)\b",
        _I,
    ),
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
        r"ben\s+ik\s+van\s+mening|steun\w*)\b"
        # (a minister in the third person as the subject of a verdict: "De Minister van Justitie en Veiligheid acht zo'n
        # verbod … niet gerechtvaardigd", "Dat vindt de staatssecretaris te zwaar"; holdout412, round 67)
        r"|\b(?:minister|staatssecretaris)(?:\s+(?:van|voor)\s+(?-i:[A-Z])[\w-]*(?:\s+(?:en\s+)?(?-i:[A-Z])[\w-]*){0,4})?\s+"
        r"(?:acht|vindt|neemt|onderschrijft|deelt|ziet|omarmt|kiest)\b"
        r"|\b(?:acht|vindt|onderschrijft|deelt|omarmt)\s+(?:de\s+)?(?:minister|staatssecretaris)\b",
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
        r"\bblijvende\s+aandacht\b|\bblijven\s+(?:wij|we)\b|\bsamen\s+met\b[^.]{0,60}\bblijf"
        # (the subject first, opening the paragraph: "Ik blijf met de politie en het OM in gesprek over …"; round 47)
        r"|^\s*(?:ik|wij|we)\s+(?:blijf|blijven)\b",
        _I,
    ),
    # closing, at the letter's end: what comes next for the Kamer — a debate, the next report,
    # being kept informed, the monitoring: "Tijdens het commissiedebat … gaan wij graag met uw
    # Kamer in gesprek", "In de volgende voortgangsrapportage informeer ik uw Kamer over …", "Het
    # effect wordt gevolgd in de monitor". Used only in the last two paragraphs (`tail:` features).
    # (Since round 41 also the subject first, "Ik informeer uw Kamer in het voorjaar van 2028 over …", and an
    # evaluation to come again: "Ik zal de maatregel in 2030 opnieuw laten evalueren".)
    "follow_up": re.compile(
        r"\b(?:commissiedebat\w*|notaoverleg\w*|wetgevingsoverleg\w*|debat\s+(?:met|in)\s+uw\s+Kamer"
        r"|met\s+uw\s+Kamer\s+in\s+gesprek|(?:informeer|stuur|zend|bericht)\s+(?:ik|wij|we)\s+uw\s+Kamer"
        r"|(?:ik|wij|we)\s+(?:informeer|informeren|stuur|sturen|zend|zenden|bericht|berichten)\s+uw\s+Kamer"
        # (round 44: "In het voorjaar van 2028 laat ik uw Kamer weten hoe het staat met …", "Uw Kamer hoort daarvan in
        # …"; and the letter's measures summed up at its end: "Met de maatregelen in deze brief zet ik daarin een
        # volgende stap", "Met deze maatregelen blijft de regeling een bruikbaar instrument")
        r"|laat\s+(?:ik|wij|we)\s+uw\s+Kamer\s+(?:\w+\s+){0,6}?weten|uw\s+Kamer\s+(?:hoort|verneemt)"
        # (round 50: what the Kamer receives next, "De volgende evaluatie ontvangt uw Kamer in 2031", "Uw Kamer ontvangt de
        # uitkomsten in 2030"; in the gold's last two paragraphs 169 of 195 close)
        r"|\b(?:ontvangt|krijgt)\s+uw\s+Kamer\b|\buw\s+Kamer\s+(?:ontvangt|krijgt)\b"
        # (round 50: with the modal, "Ik zal uw Kamer in de jaarlijkse rapportage, die u in mei ontvangt, laten weten hoe
        # de termijnen zich ontwikkelen"; in the gold's last two paragraphs 23 of 25 close; not "hoe ik met de
        # aanbeveling omga", an answer still to come)
        r"|(?:(?:zal|zullen)\s+(?:ik|wij|we)|(?:ik|wij|we)\s+(?:zal|zullen))\s+uw\s+Kamer\s+(?:[^.;]{0,100}?\s)?laten\s+weten"
        # (round 51: also "laten weten wat dat betekent voor de verdeling van de middelen")
        r"\s+(?:hoe|wat)\s+(?!(?:ik|wij|we|het\s+kabinet)\s+met\b)"
        # ("De resultaten van de eerste ronde deel ik in de zomer van 2028 met uw Kamer")
        r"|(?:deel|delen)\s+(?:ik|wij|we)\s+(?:[^.;:]{0,60}?\s)?met\s+uw\s+Kamer"
        r"|(?:^|(?<=[.!?]\s))met\s+(?:de|deze|al\s+deze)\s+(?:maatregelen|keuzes|stappen)(?:\s+(?:in|uit)\s+deze\s+brief)?\s+"
        r"(?:blijft|blijven|zet|zetten|wordt|worden|komt|komen|wil|willen|krijgt|krijgen)"
        # (round 52: the aim of the letter's measures, the subject first: "Ik wil met deze maatregelen bereiken dat …",
        # "Ik verwacht dat met deze stappen …"; in the gold, 20 of 20 paragraphs opening so close)
        r"|(?:^|(?<=[.!?]\s))(?:ik|wij|we|het\s+kabinet)\s+(?:wil|willen|verwacht(?:en)?\s+dat)\s+met\s+(?:de|deze|al\s+deze)"
        r"\s+(?:maatregelen|keuzes|stappen)\b"
        # (round 50: the letter's measures named as such, whatever the verb: "Met de maatregelen in deze brief wil ik hun
        # positie versterken"; in the gold's last two paragraphs 41 of 42 close)
        r"|(?:^|(?<=[.!?]\s))met\s+(?:de|deze|al\s+deze)\s+(?:maatregelen|keuzes|stappen)\s+(?:in|uit)\s+deze\s+brief\b"
        r"|(?:opnieuw|nogmaals|wederom)\s+(?:laten\s+)?(?:evalueren|evalueert|evalueer|geëvalueerd)"
        # (round 50: how the letter's measures work out, to be looked at or told: "Ik zal de ombudsman over een jaar
        # laten weten hoe de maatregelen in de praktijk uitpakken"; in the gold's last paragraphs 9 of 9 close)
        # (round 62: also the letter's promises: "Ik zal de ombudsman over een jaar laten weten hoe de toezeggingen in deze
        # brief zijn uitgevoerd")
        r"|\bhoe\s+(?:de|deze|al\s+deze)\s+(?:maatregelen|toezeggingen|afspraken)\s+(?:(?:in|uit)\s+deze\s+brief\s+)?"
        r"(?:[\w-]+\s+){0,5}?(?:uitpakken|uitwerken|werken|uitgevoerd|nagekomen)\b"
        # (round 46: "In het jaarverslag van Defensie over 2027 rapporteer ik over de voortgang", and the effect expected
        # of the letter's measures summed up: "Ik verwacht dat deze maatregelen het verzuim … doen dalen")
        r"|(?:rapporteer|rapporteren)\s+(?:ik|wij|we)\s+(?:[\w-]+\s+){0,4}?over\s+de\s+voortgang"
        r"|(?:^|(?<=[.!?]\s))(?:ik|wij|we|het\s+kabinet)\s+verwacht(?:en)?\s+dat\s+(?:deze|al\s+deze|de)\s+maatregelen"
        r"|uw\s+Kamer\s+(?:\w+\s+){0,8}?(?:informeren|geïnformeerd|op\s+de\s+hoogte|toesturen|toestuur"
        r"|sturen|stuur|ontvangt)|voortgangs(?:rapportage|brief|rapport)\w*|eerstvolgende"
        r"|wordt\s+(?:\w+\s+){0,3}?gevolgd\s+(?:in|met|via)\b|monitor\w*)\b",
        _I,
    ),
    # a stance or act of the government in a paragraph that also thanks or summarises: "Ik dank
    # de raad voor het advies en neem de aanbevelingen over" stays a response.
    "answers": re.compile(
        r"\b(?:neem|nemen|neemt)\b[^.]{0,60}\bover\b|\b(?:onderschrijf\w*|deel|delen|deelt|omarm\w*|"
        r"zal|zullen|ga|gaan|wil|willen|voornemens|overgenomen|aanleiding|reeds|al\s+voldaan)\b",
        _I,
    ),
    # context: the government shares the report's view of the problem, not (yet) a verdict on a
    # recommendation: "Het kabinet deelt de analyse van de raad", "Ik herken het beeld dat de
    # inspectie schetst", "Ik deel de zorgen", "onderschrijft de conclusies". A paragraph saying
    # only this (no recommendation named) introduces the answers (`cue:shares_view_only`).
    "shares_view": re.compile(
        r"\b(?:deel|delen|deelt|herken|herkent|herkennen|onderschrijf|onderschrijft|onderschrijven|"
        r"erken|erkent|erkennen)\b[^.]{0,50}?\b(?:analyse|probleemanalyse|zorg|zorgen|conclusies?|"
        r"bevindingen|beeld|constateringen?|diagnose|signalen|urgentie)\b",
        _I,
    ),
    # other: a motion or toezegging handled in the same letter, not the report: "De motie van het
    # lid Ellian verzoekt de regering om …", "de motie-Bikker", "In het debat heb ik toegezegd …"
    "motion": re.compile(
        r"\bmotie(?:s)?\s+van\s+(?:het\s+lid|de\s+leden)\b|\bmotie-[A-Z]|\bverzoekt\s+de\s+regering\b"
        r"|\bheb\s+ik\s+(?:uw\s+Kamer\s+)?toegezegd\b",
        _I,
    ),
    # other: a paragraph that says it stands apart from the report it follows: "Los van het rapport
    # meld ik u dat …", "Los van de aanbevelingen informeer ik u over …", "Buiten het kader van dit
    # advies …"
    "aside": re.compile(
        r"^(?:Los\s+van|Buiten(?:\s+het\s+kader\s+van)?)\s+(?:het|de|dit|deze|dat|die|zijn|haar)\s+"
        r"(?:rapport|advies|aanbeveling|onderzoek|evaluatie|verkenning|reactie|studie)\w*\b"
        # (round 62: a side topic of the report, left to another letter: "Het rapport besteedt ook aandacht aan de
        # subsidies voor huurwoningen. De Minister van VRO reageert daarop in een eigen brief.", "Het rapport vraagt ook
        # aandacht voor … Daarover heeft de Minister van VWS uw Kamer … een afzonderlijke brief gestuurd.")
        r"|^(?:Het|Dit|De|Zijn|Haar)\s+(?:rapport|advies|onderzoek|evaluatie|studie|verkenning)\w*\s+"
        r"(?:vraagt|besteedt|schenkt)\s+(?:ook|daarnaast|verder|tevens|nog)\s+aandacht\s+(?:voor|aan)\b[^.]*\.\s+"
        r"(?=[^\n]*\b(?:eigen|afzonderlijke|aparte|separate)\s+brief\b)",
        _I,
    ),
    # first person of the government: "ik", "wij", "het kabinet", "mijn departement"
    "government": re.compile(r"\b(?:ik|wij|mijn|ons|onze|het\s+kabinet|mijn\s+departement)\b", _I),
}

# --- prefilters: words every match holds -------------------------------------------------
#
# Python's `re` finds no fast start for a case-insensitive pattern opening on ``\b(?:…)``: it
# tries every position, about 2 ms per pattern on a 100 KB letter. Each tuple below lists words
# (lower case) one of which every match of the pattern contains, so a paragraph whose lower-case
# text holds none of them cannot match and is not searched: "Ik dank de raad" can match
# ``thanks`` (it holds "dank"), "De raad adviseert" cannot. A prefilter only skips searches;
# the pattern alone decides. When a pattern changes, its words must change with it.


def _words(spaced: str) -> tuple[str, ...]:
    """ "a b c" -> ("a", "b", "c"): long word lists on one line."""
    return tuple(spaced.split())


CUE_WORDS: dict[str, tuple[str, ...]] = {
    "published": ("gepubliceerd", "verschenen", "uitgebracht", "aangeboden", "opgeleverd"),
    "request": ("verzo", "gevraagd"),  # verzoek…, verzocht
    "report_says": ("rapport", "onderzoek", "advies", "commissie"),
    "this_letter": ("brief", "hierbij"),
    "discourse": ("ingaan", "ga", "hieronder"),
    "thanks": ("dank", "erkentelijk"),
    "findings": _words(
        "constate conclude signale vast zien ziet beschrij schets kaart voren wijst wijzen volgens"
    ),
    "recommends": _words("aanbevolen beveelt bevelen bevalen advise raadt raden pleit roep aanbeveling"),
    "position": _words("onderschrij neem nemen omarm deel eens geen acht vind mening steun"),
    "measures": _words(
        "zet werk investe financier ontwikkel programma pilot maatregel aanpak initiatie subsidie"
    ),
    "promise": ("zal", "zullen", "ga"),
    "already": ("reeds", "invulling", "ingezet", "gestart", "bezig", "besta", "inmiddels"),
    "closing": ("slot", "afsluitend", "concluderend", "samenvattend", "blijf", "blijv"),
    "follow_up": (
        "debat",
        "overleg",
        "kamer",
        "voortgangs",
        "eerstvolgende",
        "gevolgd",
        "monitor",
        "valu",  # "evalueren", "geëvalueerd"
        "maatregel",
        "toezegging",
        "afspraken",
        "ontvangt",
        "krijgt",
        "met ",
        "rapporte",
        "verwacht",
    ),
    "answers": _words(
        "over onderschrij deel delen omarm zal zullen ga wil voornemens aanleiding reeds voldaan"
    ),
    "shares_view": ("deel", "delen", "herken", "onderschrij", "erken"),
    "motion": ("motie", "regering", "toegezegd"),
    "aside": ("los van", "buiten", "aandacht"),
    "government": ("ik", "wij", "mijn", "ons", "onze", "kabinet"),
}
# Cues whose words above are common inside other words ("ga" in "gaat", "deel" in "gedeeltelijk"):
# (whole words, beginnings of words) one of which every match holds as a word of its own
# (a run of \w in the lower-case text) or as a substring: "Zie ik geen bezwaar" holds the word
# "zie" (``position``); "gedeeltelijk" alone holds none of its words.
CUE_FORMS: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {
    "discourse": (frozenset(_words("ingaan ga hieronder")), ()),
    "findings": (
        frozenset(
            _words(
                "constateert constateren concludeert concluderen signaleert signaleren stelt stellen laat"
                " laten beschrijft beschrijven schetst schetsen brengt brengen komt wijst wijzen ziet zien volgens"
            )
        ),
        (),
    ),
    "position": (
        frozenset(
            _words(
                "onderschrijf onderschrijven neem nemen deel ben zie acht vind vindt neemt onderschrijft deelt ziet kiest"
            )
        ),
        ("omarm", "steun"),
    ),
    "promise": (frozenset(_words("zal zullen ga gaan")), ()),
    "already": (frozenset(_words("reeds inmiddels invulling ingezet gestart bezig")), ("besta",)),
    "closing": (
        frozenset(_words("slot slotte afsluitend concluderend samenvattend blijvende blijven")),
        ("blijf",),
    ),
    "answers": (
        frozenset(
            _words(
                "over deel delen deelt zal zullen ga gaan wil willen voornemens overgenomen aanleiding reeds voldaan"
            )
        ),
        ("onderschrijf", "omarm"),
    ),
    "government": (frozenset(_words("ik wij mijn ons onze kabinet")), ()),
}
# A word for `CUE_FORMS`: a run of word characters ("gedeeltelijk", "2023", "ik").
WORD_RUN = re.compile(r"\w+")
# FORWARD_REFERENCE: "Op de derde aanbeveling kom ik later terug" holds "later".
FORWARD_WORDS = ("later", "verderop", "hierna", "hieronder", "straks", "paragraaf", "daarna", "vervolgens")
# ORDINAL_REFERENCE and NUMBER_REFERENCE: "de tweede aanbeveling", "het eerste advies", "aanbeveling 3".
REFERENCE_WORDS = ("aanbeveling", "advie", "oproep", "beslispunt")

# Letters that re.IGNORECASE matches to an ASCII letter while str.lower() does not lower them to
# it (dotless ı, long ſ, dotted İ): in a text holding one of them the prefilters are not used.
ODD_FOLDS = re.compile("[\u0131\u017f\u0130]")

# Stance cues live in `kamerstuk.patterns.stance` (used by `kamerstuk.classify_stance`).

# A separable verb's te-infinitive in a recommendation: particle, "te", verb. The candidate is also about the fused
# verb's noun: "het zakgeld … uit te betalen" about the "Uitbetaling" a heading or an answer names, "een regeling in
# te richten" about its "inrichting" (round 56).
SEPARABLE_TE_INFINITIVE = re.compile(
    r"\b(?P<particle>uit|in|op|af|aan|toe|mee|door|terug|vast|bij|weg|samen)\s+te\s+(?P<verb>[a-zà-ÿ]{3,}en)\b",
    re.IGNORECASE,
)
# Fused separable verbs of any measure, whose nouns answers use for any recommendation ("Een afzonderlijke toets … ga
# ik niet invoeren" after a recommendation "een plicht in te voeren"): no topic of one (round 56).
GENERIC_SEPARABLE_VERBS = frozenset(
    [
        "invoeren", "uitvoeren", "instellen", "opstellen", "opnemen", "aanpassen", "uitbreiden", "opzetten",
        "afspreken", "aanwijzen", "inzetten", "opleggen", "toepassen", "uitwerken", "ingaan", "aangaan", "oppakken",
    ]
)  # fmt: skip

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

#: A finding drawn from a monitor: "Uit de monitor van dat programma blijkt dat …" (the monitor named by the `follow_up`
#: cue is then no follow-up that closes the letter; round 40).
FINDING_FROM_MONITOR = re.compile(r"\buit\s+de\s+$", re.IGNORECASE)

#: A matter of the Kamer handled beside the report: a motion, a member's question in a debate. A paragraph on it
#: that answers no recommendation is `other` (see `kamerstuk.pipeline.unanswered`). Examples: "In de motie van het
#: lid Dekker is de regering verzocht …", "de motie-Van Dijk", "Tijdens het commissiedebat van 9 oktober vroeg het
#: lid Kuipers …".
#: A paragraph that opens on a member's question in a debate: "In het commissiedebat van 4 maart vroeg het lid Dekker naar
#: …", "Tijdens het debat van 12 maart jl. vroeg het lid Van Rijswijk of …", "In hetzelfde commissiedebat vroeg het lid
#: Kuipers …". The answer to the member beside the report, `other`, whatever words of a recommendation it uses (see
#: `kamerstuk.pipeline.unanswered.settle_member_questions`; round 41).
MEMBER_QUESTION_OPENING = re.compile(
    r"^\W*(?:In|Tijdens)\s+(?:het|hetzelfde|dat|dit|de|een)\s+[^.]{0,80}?\b(?:\w*debat|notaoverleg|wetgevingsoverleg"
    r"|vragenuur)\b(?:[^.]|(?<=\bjl)\.|(?<=\ba\.s)\.){0,80}?\bvroeg(?:en)?\s+(?:het\s+lid|de\s+leden|mevrouw|de\s+heer)\b",
    _I,
)
#: A recommendation spoken of: "aanbeveling", "aanbevelingen", "advies" (a member's question about one concerns the
#: report; round 41).
RECOMMENDATION_NOUN = re.compile(r"\b(?:aanbeveling(?:en)?|advie[sz]\w*)\b", _I)
MEMBER_MATTER = re.compile(
    r"\bmoties?\b|\bmotie-[A-Z]|\bvroeg(?:en)?\s+(?:het\s+lid|de\s+leden|mevrouw|de\s+heer)\b",
    _I,
)
