"""How a letter refers back to the recommendations it answers (the recommendation linker).

Ministers' letters name a recommendation by ordinal ("Ten aanzien van de tweede aanbeveling",
"Wat de derde aanbeveling betreft", "Indachtig de vierde aanbeveling"), by number ("In reactie
op aanbeveling 3", "aanbevelingen 1 tot en met 4"), by anaphora ("Deze aanbeveling neem ik
over", "beide aanbevelingen"), by heading ("Aanbeveling 2: …") and by content. A reference can
announce a later answer ("Op de vierde aanbeveling kom ik later in deze brief terug").

Every pattern here is linear: alternations of words, bounded gaps (``[^.]{0,80}``) and loops
whose every turn consumes an ordinal or a number, so nothing can backtrack over a long run.
"""

from __future__ import annotations

import re

from kamerstuk.patterns.pipeline import ANSWERS_BELOW, ORDINALS

_I = re.IGNORECASE

# Ordinals as letters write them for recommendations, up to the twentieth; "laatste" (the last)
# is resolved against the recommendations' own numbering (-1 = the last one).
REF_ORDINALS: dict[str, int] = {
    **ORDINALS,
    "dertiende": 13, "veertiende": 14, "vijftiende": 15, "zestiende": 16, "zeventiende": 17,
    "achttiende": 18, "negentiende": 19, "twintigste": 20, "laatste": -1,
}  # fmt: skip
# Longest first, so that "vijftiende" is tried before "vijfde" (each ends on \b anyway).
_ORD = "|".join(sorted(REF_ORDINALS, key=len, reverse=True))

# How many, in "de eerste twee aanbevelingen", "de laatste drie aanbevelingen".
COUNTS: dict[str, int] = {"twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6}

# (The lookaheads "(?=[adeltvzn])" and "(?=[bdegvl])" hold the first letters of the words that
# follow: they let the regex give up at most word starts before trying two dozen alternatives.)

# The nouns a recommendation goes by: "aanbeveling", "het tweede advies", "de derde oproep",
# "het eerste verzoek", "de tweede suggestie", "het laatste voorstel", and the "beslispunten" of an
# initiatiefnota ("Het derde beslispunt neemt het kabinet over").
_NOUN = (
    r"(?:aanbevelingen|aanbeveling|kernaanbevelingen|kernaanbeveling|adviezen|advies|oproepen|oproep"
    r"|beslispunten|beslispunt"
    r"|verzoeken|verzoek|suggesties|suggestie"
    r"|voorstellen|voorstel|opties|optie"
    # a merged list or an advice read point by point: "Het vierde punt", "het laatste punt"
    r"|punten|punt)"
)

# By ordinal, one or several (at most 20, so that no run of ordinals is rescanned from each of its
# words), the noun once at the end: "de tweede aanbeveling", "Als tweede
# aanbeveling noemt de raad", "de tweede en derde aanbeveling", "zowel de eerste als de tweede
# aanbeveling", "de eerste, tweede en vierde aanbeveling", "de eerste tot en met de derde
# aanbeveling", "de eerste twee aanbevelingen", "de laatste aanbeveling".
REF_ORDINAL = re.compile(
    rf"\b(?=[adeltvzn])(?P<ords>(?:{_ORD})\b(?:\s*,\s*(?:de\s+)?(?:{_ORD})\b"
    rf"|\s+(?:en|of|als|alsook|tot\s+en\s+met|t/m)\s+(?:de\s+|het\s+)?(?:{_ORD})\b){{0,19}})"
    rf"(?:\s+(?P<count>{'|'.join(COUNTS)}))?\s+(?P<noun>{_NOUN})\b",
    _I,
)

# An ordinal with "als" before it and a participle before the noun: "Met de als tweede genoemde aanbeveling ben ik het
# eens", "de als eerste vermelde aanbeveling" (round 49). Group "ords" the ordinal.
REF_AS_NAMED = re.compile(
    rf"\bde\s+als\s+(?P<ords>{_ORD})\s+(?:genoemde|vermelde|geformuleerde|opgesomde|opgenomen)\s+(?P<noun>{_NOUN})\b",
    _I,
)

# An ordinal whose noun is left out after a named one in the same sentence: "De eerste aanbeveling neem ik over, de
# vierde gedeeltelijk", "…, de tweede niet", "De derde aanbeveling neem ik over en de vijfde ook" (group "ref" the
# reference, "ord" its ordinal; only
# before a stance word or the end of the clause, so "de tweede helft" or "de eerste keer" are not read).
REF_ELLIPTIC_ORDINAL = re.compile(
    rf"(?:,|\ben|\bmaar)\s+(?P<ref>(?:de|het)\s+(?P<ord>{_ORD}))\b(?=\s*[.;:,]|\s+(?:niet|wel|gedeeltelijk|deels|ten\s+dele"
    rf"|ook|eveneens|evenmin|slechts|nog|al|in\s+beginsel|voor\s+een\s+deel)\b"
    # (or with its body after it: "De derde aanbeveling van de inspectie en de eerste van Stroomwijzer neem ik over"; the
    # body is read as a reference's, `BODY_LEAD`; round 50)
    rf"|\s+van\s)",
    _I,
)

# An ordinal whose noun is left out opening the sentence after one that named an ordinal, the government deciding on it:
# "Aan de eerste aanbeveling van Stroomlijn wordt al invulling gegeven: …. De tweede volg ik ten dele." (round 54; not
# "De tweede is om …", a restatement, nor "Het eerste deel …": a verb of deciding and its subject must follow).
REF_ELLIPTIC_OPENER = re.compile(
    rf"(?:^|(?<=[.!?]\s))(?P<ref>(?:De|Het)\s+(?P<ord>{_ORD}))\s+(?=(?:neem|neemt|volg|volgt|onderschrijf|onderschrijft|steun|steunt|omarm|omarmt|wijs|wijst|ondersteun|ondersteunt)"
    r"\s+(?:ik|wij|we|het\s+kabinet)\b)",
)

# By number after the noun: "aanbeveling 3", "Aanbeveling 2:", "aanbevelingen 2 en 3",
# "aanbevelingen 1 tot en met 4", "aanbevelingen 1 t/m 4", "aanbevelingen 3–5", "aanbeveling 1, 2
# en 5", "zowel aanbeveling 1 als aanbeveling 3", "aanbeveling nr. 4", "aanbeveling 2a" (read as 2).
# A year ("aanbeveling 2024") is not a number of ours: at most two digits, not followed by a third.
# "De punten 1 en 2 neem ik over", "punt 4": a list read point by point.
REF_NUMBER = re.compile(
    r"\b(?:aanbevelingen|aanbeveling|punten|punt)\s+(?:(?:nr\.?|nummer|no\.)\s*)?"
    r"(?P<nums>\d{1,2}(?![\d.,]\d)[a-z]?\b"
    r"(?:\s*(?:,|&|–|-|\ben\b|\bof\b|\bals\b|\btot\s+en\s+met\b|\bt/m\b)\s*(?:aanbeveling\s+|punt\s+)?\d{1,2}(?![\d.,]\d)[a-z]?\b){0,19})",
    _I,
)
# By letter, for recommendations a report lists as "a. … b. … c. …": "de aanbevelingen onder a en
# b", "aanbeveling c", "aanbevelingen a tot en met c". A letter counts from "a" = 1; one letter
# standing alone (a word boundary after it, no full stop and capital: "a. De …" is a list item).
# Advice lettered the same way is named by "advies": "Advies a en advies d neem ik over", "Wat advies c
# betreft" (the noun may be repeated before each letter).
REF_LETTER = re.compile(
    r"\b(?:aanbevelingen|aanbeveling|adviezen|advies)\s+(?:onder\s+)?(?P<letters>[a-h]\b(?!\.\s*[A-Z])"
    r"(?:\s*(?:,|\ben\b|\bof\b|\btot\s+en\s+met\b|\bt/m\b)\s*(?:(?:aanbeveling|advies)\s+)?[a-h]\b(?!\.\s*[A-Z])){0,7})",
    _I,
)
# By roman numeral, for recommendations a review numbers "i. … ii. … iii. …" (the OECD, GRECO):
# "Aanbeveling iv is niet uitgevoerd", "de aanbevelingen ii en iii".
_ROM = r"(?:viii|vii|iii|ii|iv|ix|vi|i|v|x)"
REF_ROMAN = re.compile(
    rf"\b(?:aanbevelingen|aanbeveling)\s+(?P<roms>{_ROM}\b(?!\.\s*[A-Z])"
    rf"(?:\s*(?:,|\ben\b|\bof\b|\btot\s+en\s+met\b)\s*(?:aanbeveling\s+)?{_ROM}\b){{0,9}})",
    _I,
)
#: Value of each roman numeral of `REF_ROMAN`.
ROMAN_VALUES = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}

# By topic: "de aanbeveling over de bekostiging", "Voor de aanbevelingen over het
# personeelsdossier en de uitnodiging na vijf jaar ligt …", "het advies inzake de termijnen". The
# topic runs to a punctuation mark or to the first word of the clause after it (a finite verb or
# conjunction in `TOPIC_END`, or "ik"/"het kabinet"); each part joined by "en" or a comma names one
# recommendation, by its words (the linker looks them up).
REF_TOPIC = re.compile(
    r"\b(?:de|het|deze|die)\s+(?:aanbevelingen|aanbeveling|adviezen|advies|voorstellen|voorstel|suggesties|suggestie)"
    r"\s+(?:over|inzake|betreffende|rond|rondom|ten\s+aanzien\s+van|met\s+betrekking\s+tot)\s+"
    r"(?P<topic>[^.;:!?()]{3,160})",
    _I,
)
# Words that end a topic: the verb or the conjunction of the clause the reference stands in.
TOPIC_END = re.compile(
    r"\s(?:neem|neemt|nemen|ligt|liggen|is|zijn|wordt|worden|volg|volgt|deel|deelt|kan|kunnen|zal|zullen|"
    r"heb|heeft|hebben|gaat|ga|gaan|geldt|gelden|omdat|want|maar|dat|die|ik|wij|we|het\s+kabinet|"
    r"acht|vind|vindt|onderschrijf|onderschrijft|steun|steunt|sta|staat|kom|komt|merk|merkt)\b",
    _I,
)
# Parts of a topic: "het personeelsdossier en de uitnodiging na vijf jaar" -> two.
TOPIC_PARTS = re.compile(r"\s*,\s*(?:en\s+)?|\s+en\s+", _I)
# The range words inside a REF_NUMBER or REF_ORDINAL match: "1 tot en met 4", "3–5", "eerste t/m derde".
RANGE = re.compile(r"tot\s+en\s+met|t/m|–|-", _I)

# Anaphora: a recommendation named before: "Deze aanbeveling neem ik over", "Ik onderschrijf
# bovengenoemde aanbevelingen", "beide aanbevelingen", "de laatstgenoemde aanbeveling", "Van deze
# oproep neem ik kennis", and with a count: "de drie aanbevelingen van de raad", "die twee
# aanbevelingen", "alle vier aanbevelingen" (a count after "de"/"die"/"alle" only: "De raad doet
# twee aanbevelingen" introduces them). "Dit advies" is left out: letters use it for the whole report.
REF_ANAPHOR = re.compile(
    r"\b(?=[abdegvl])(?P<det>(?:deze|de|die|alle)\s+(?:twee|drie|vier|vijf|zes)|beide|deze|die|bovengenoemde|"
    r"bovenstaande|voornoemde|"
    r"voorgaande|genoemde|eerdergenoemde|eerstgenoemde|laatstgenoemde)\s+"
    r"(?P<noun>aanbevelingen|aanbeveling|oproepen|oproep|beslispunten|beslispunt)\b",
    _I,
)

# "beide"/"allebei" standing for the recommendations just named, with no noun after it: "Het zijn
# twee aanbevelingen die ik beide overneem", "Ik neem ze allebei over", "Beide neem ik over". It is
# followed by a verb of stance, a particle or punctuation, never by a noun ("beide partijen").
REF_BOTH_PRONOUN = re.compile(
    r"\b(?P<det>beide|allebei)\b(?=\s*[.,;:]|\s+(?:over\b|overneem|overnemen|onderschrijf|onderschrijven|"
    r"volg\b|volgen\b|steun\b|steunen\b|omarm|deel\b|delen\b|niet\b|neem\b|nemen\b|ter\s+harte))",
    _I,
)

#: A paragraph opening on a pronominal adverb that points back at what the paragraph before did: "Daarbij geldt een
#: overgangstermijn van een jaar …" after "Een chip- en registratieplicht … wordt per 1 januari 2028 ingevoerd" (in the
#: gold, 6 of 6 answers opening so answer what the paragraph before answered; round 55).
BACK_REFERRING_OPENER = re.compile(r"\W*(?:Daarbij|Hierbij|Daartoe|Hiertoe|Daarmee|Hiermee|Hiervoor)\b")

#: A demonstrative before a noun in an answer's first sentence, pointing back at what the paragraph before said: "De
#: brandwondencentra hebben laten weten deze afspraak te steunen." after "Ik spreek met de brandwondencentra … af dat …"
#: (in the gold, 187 of 227 answers whose first sentence has one answer what the paragraph before answered; round 56).
#: Not a time, this letter or the report ("dit jaar", "deze brief", "dit advies"), nor a recommendation by number.
DEMONSTRATIVE_BACK_REFERENCE = re.compile(
    r"\b(?:[Dd]eze|[Dd]it)\s+(?!(?:jaar|week|maand|brief|kabinet|najaar|voorjaar|zomer|winter|periode|aanbeveling"
    r"|aanbevelingen|advies|adviezen|rapport|onderzoek|punt|moment|kader|verband|licht|wijze|manier|reden|twee|drie"
    r"|vier|vijf|eerste|tweede|derde|vierde|vijfde)\b)[a-zé]+"
)

# A paragraph that opens on its topic: "Wat de grondpolitiek betreft, …", "Ten aanzien van de
# bekostiging: …", "Met betrekking tot de wachttijden, …", "Over de tarieven het volgende.", "Het advies om de heffing af te schaffen,
# volgt het kabinet al". The topic's own words tell which
# recommendation it answers, even right after a paragraph that answered others.
#: The matter judged put first, as the object before the verdict: "Naar een heffing kijk ik met belangstelling, maar …",
#: "Een verdubbeling van de subsidie acht ik niet nodig", "Over een heffing neemt het kabinet nog geen besluit" (group
#: "np": the words of the fronted phrase; round 62). Not a subject with its own verb ("De kosten van de uitbreiding
#: bedragen …", "Het SCP stelt …").
FRONTED_MATTER = re.compile(
    r"^\W*(?P<np>(?:(?:Naar|Over|Voor|Aan|Tot|Op|Bij|Met)\s+)?(?:een|de|het|die|deze|dat|dit)\s+(?:[\w-]+\s+){0,4}?)"
    r"(?:acht|vind|zie|neem|neemt|kijk|kijkt|wil|wijs|wijst|steun|steunt|onderschrijf|onderschrijft|houd|houdt|ga|gaat"
    r"|laat|zet|stel|beschouw|beoordeel|volg|volgt)\s+(?:ik|wij|we|het\s+kabinet|de\s+minister|de\s+staatssecretaris)\b",
    re.IGNORECASE,
)
TOPIC_OPENER = re.compile(
    r"^\W*(?:"
    r"(?:Wat\s+(?P<t1>[^,.;:]{3,80}?)\s+betreft"
    r"|(?:Wat\s+betreft|Ten\s+aanzien\s+van|Met\s+betrekking\s+tot|Voor\s+wat\s+betreft)\s+(?P<t2>[^,.;:]{3,80}?)"
    # "Het advies om de heffing niet terug te laten keren, volgt het kabinet al": its content
    r"|(?:Het\s+advies|De\s+aanbeveling|De\s+oproep|Het\s+voorstel|Het\s+verzoek)\s+(?:van\s+[^,.;:]{2,40}?\s+)?om\s+"
    r"(?P<t3>[^,.;:]{3,160}?))\s*[,:]"
    # "Over de helikoptervluchten het volgende.": the topic announced, its answer follows
    r"|Over\s+(?P<t5>[^,.;:]{3,80}?)\s+het\s+volgende\b"
    # "Over de premie is het kabinet terughoudend.", "Over de looptijd ben ik minder positief": the topic judged
    # (round 51)
    r"|Over\s+(?P<t6>[^,.;:]{3,80}?)\s+(?:ben\s+ik|is\s+het\s+kabinet|zijn\s+wij|zijn\s+we|is\s+de\s+minister)\b"
    # "De aanbeveling om de uitwisseling te verplichten neem ik gedeeltelijk over": up to the verb
    r"|(?:Het\s+advies|De\s+aanbeveling|De\s+oproep|Het\s+voorstel|Het\s+verzoek)\s+(?:van\s+[^,.;:]{2,40}?\s+)?om\s+"
    r"(?P<t4>[^,.;:]{3,160}?)\s+(?:neem|neemt|nemen|volg|volgt|volgen|onderschrijf|onderschrijft|deel|deelt"
    r"|steun|steunt|omarm|omarmt|acht|vind|zie|leg|legt)\b"
    r")"
)

# A reference that announces a later answer, per sentence: "Op de derde en vierde aanbeveling kom
# ik later in deze brief terug", "Aanbeveling 4 bespreek ik hieronder", "Op aanbeveling 5 ga ik in
# paragraaf 3 nader in", "De vijfde aanbeveling komt verderop in deze brief aan de orde", "Hierop
# zal ik in de voortgangsbrief terugkomen", "wordt hieronder besproken".
DEFERRAL = re.compile(
    r"\bkom\w*\s+(?:ik|wij|we|het\s+kabinet)\b[^.]{0,80}?\bterug\b"
    r"|\b(?:zal|zullen)\s+(?:ik|wij|we|het\s+kabinet)\b[^.]{0,80}?\bterug\s*(?:te\s+)?komen\b"
    r"|\b(?:ik|wij|we|het\s+kabinet)\s+(?:kom\w*|zal|zullen)\b[^.]{0,80}?\bterug(?:komen|kom\w*)?\b"
    r"|\b(?:ga|gaan)\s+(?:ik|wij|we)\b[^.]{0,60}?\b(?:later|verderop|hieronder|hierna|straks|"
    r"in\s+(?:paragraaf|hoofdstuk|de\s+volgende|een\s+(?:latere|volgende|aparte)))\b[^.]{0,60}?\bin\b"
    # the cabinet first, also as "het": "Het gaat hieronder in op de vier aanbevelingen", "Het kabinet gaat hierna in op
    # …" (round 60; "Ik ga hieronder eerst in op A en daarna op B" orders the answers, `FORWARD_REFERENCE`)
    r"|\b(?:het\s+kabinet|het)\s+gaat\s+(?:hieronder|hierna|verderop)\s+in\s+op\b"
    r"|\b(?:bespreek|behandel)\w*\s+(?:ik|wij|we)\b[^.]{0,60}?\b(?:hieronder|hierna|verderop|later|"
    r"in\s+(?:paragraaf|hoofdstuk|de\s+volgende))\b"
    r"|\b(?:komt|komen)\b[^.]{0,60}?\b(?:later|verderop|hieronder|hierna|"
    r"in\s+(?:paragraaf|hoofdstuk|de\s+volgende))\b[^.]{0,60}?\baan\s+de\s+orde\b"
    r"|\b(?:wordt|worden)\s+(?:hieronder|hierna|verderop|later)\b[^.]{0,40}?\b(?:besproken|behandeld|ingegaan)\b"
    # the adverb first: "Hieronder reageer ik op de vier aanbevelingen"
    r"|" + ANSWERS_BELOW,
    _I,
)

# The body a reference belongs to, right after it: "de eerste aanbeveling van de SER en het PBL",
# "aanbeveling 2 van de Raad van State", "de tweede aanbeveling uit het SER-advies". The name
# itself is read word by word by the linker (capitalized words and the small words inside names).
BODY_LEAD = re.compile(r"\s*,?\s*(?:van|uit)\s+(?:(?:de|het|zijn|haar)\s+)?(?=[A-Z])")
# Small words that stand inside an organisation's name: "Raad voor Erfgoed en Landschap".
NAME_JOINERS = frozenset(["van", "voor", "de", "het", "der", "en", "op", "in", "&", ","])
# Words many bodies' names share, which alone name none of them: "Zorgverzekeraars Nederland" is not "Zorginstituut
# Nederland", "de Nationale Politie" not "de Nationale ombudsman" (round 45).
SHARED_NAME_WORDS = frozenset(
    [
        "nederland",
        "nederlandse",
        "nationaal",
        "nationale",
        "landelijk",
        "landelijke",
        "koninklijke",
        "rijks",
        "europese",
    ]
)
# What a body's name ends on when written as a compound: "het SER-advies", "het PBL-rapport".
NAME_SUFFIX = re.compile(r"-(?:advies|rapport|onderzoek|aanbevelingen|brief)$", _I)

# Section titles that say nothing about a recommendation's content, however well their words match:
# "Reactie", "Het advies", "Aanleiding", "Tot slot".
HEADING_STOPWORDS = frozenset(
    [
        "aanleiding", "inleiding", "reactie", "kabinetsreactie", "beleidsreactie", "advies", "adviezen",
        "rapport", "onderzoek", "aanbevelingen", "afronding", "vervolg", "conclusie", "conclusies",
        "slot", "samenvatting", "achtergrond", "bijlage", "bijlagen", "algemeen", "overig", "overige",
        # who answers: "Reactie van het kabinet", "Standpunt van de regering", "Appreciatie"
        "kabinet", "regering", "minister", "staatssecretaris", "standpunt", "appreciatie", "beleidsreactie",
    ]
)  # fmt: skip

# Whether a paragraph may hold a reference at all, tested on its lower-cased text with `in`
# (much cheaper than a regex): the recommendation nouns anywhere, "aanbevelingen", "oproep".
MAY_REFER = (
    "aanbevel",
    "advie",
    "oproep",
    "beslispunt",
    "verzoek",
    "suggestie",
    "voorstel",
    "optie",
    "beide",
    "allebei",
    "punt",
)
# Words without which no DEFERRAL matches, tested the same way before the regex runs.
DEFERRAL_WORDS = ("terug", "later", "verderop", "hieronder", "hierna", "straks", "paragraaf", "hoofdstuk",
                  "volgende", "aparte")  # fmt: skip

# Number words after the noun, as some letters write them: "Aanbeveling twee vraagt om …",
# "aanbevelingen drie en vier". "een" is left out (the article: "de aanbeveling een register in te
# richten"); a unit after the word ("aanbeveling drie jaar na …") is no number of a recommendation.
NUMBER_WORDS: dict[str, int] = {
    "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9,
    "tien": 10,
}  # fmt: skip
_NUMW = "|".join(NUMBER_WORDS)
REF_NUMBER_WORD = re.compile(
    rf"\b(?:aanbevelingen|aanbeveling)\s+(?P<nums>(?:{_NUMW})\b"
    rf"(?:\s*(?:,|\ben\b|\bof\b|\btot\s+en\s+met\b|\bt/m\b)\s*(?:{_NUMW})\b){{0,9}})"
    r"(?!\s+(?:keer|maal|jaar|jaren|maanden|weken|dagen|procent|uur)\b)",
    _I,
)

# The recommendations not yet answered: "De overige aanbevelingen neem ik gedeeltelijk over", "de
# resterende twee aanbevelingen", "de andere drie adviezen", "de overblijvende aanbevelingen".
REF_REST = re.compile(
    r"\b(?:de|die)\s+(?:overige|resterende|overblijvende|andere)\s+(?:(?:twee|drie|vier|vijf|zes)\s+)?"
    r"(?:aanbevelingen|adviezen|oproepen|voorstellen|beslispunten)\b",
    _I,
)

# All recommendations at once: "Alle aanbevelingen neem ik over", "alle adviezen van de raad". (With a
# count, "alle drie aanbevelingen", it is an anaphor, `REF_ANAPHOR`.) "ook alle andere" stays a rest.
# (not those of a period: "alle aanbevelingen van het afgelopen jaar met de reactie van het kabinet" are the ones others
# made in that year, not the report's; round 67)
REF_ALL = re.compile(
    r"\balle\s+(?:aanbevelingen|adviezen|oproepen|beslispunten)\b"
    r"(?!\s+(?:van|uit|over)\s+(?:het\s+|dat\s+|dit\s+|die\s+)?(?:afgelopen|vorige|voorgaande|komende|ieder|elk|elke|iedere)"
    r"\s+(?:jaar|jaren|periode|dialoog|dialogen|rapportage|ronde)\b)",
    _I,
)
#: All recommendations of one body, by its name: "De aanbevelingen van de ILT richten zich grotendeels tot de
#: havenbeheerders" in a letter on two reports (group "body"; the linker takes those of the report the body made;
#: round 63). The body capitalised, with its article; only as the subject opening a sentence (mentioned further on,
#: "Hieronder ga ik in op de aanbevelingen van de raad", they frame the answers).
REF_ALL_OF_BODY = re.compile(
    r"(?:^|(?<=[.;]\s))De\s+(?i:aanbevelingen|adviezen)\s+van\s+(?P<body>(?i:de\s+|het\s+)?[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})"
)

# Recommendations by the one they are addressed to: "De aanbevelingen aan mij neem ik over", "de
# aanbevelingen aan de sector", "de aanbeveling die aan de gemeenten is gericht", "de aanbevelingen
# gericht aan het kabinet". The addressee is a pronoun or a noun group of at most four words.
REF_ADDRESSEE = re.compile(
    r"\b(?:de|het|deze)\s+(?:aanbevelingen|aanbeveling|adviezen|advies)\s+(?:die\s+)?(?:gericht\s+|gedaan\s+)?"
    # (not a pronoun object before a verb's particle: "Ik leg de aanbeveling aan haar voor" lays it before the
    # minister; round 50)
    r"aan\s+(?P<to>mij|ons|(?:de|het|hun|zijn|haar)\s+(?!(?:voor|over|toe|door|mee|op|uit|terug|na|af|in|aan)\b)[\w-]+"
    r"(?:\s+(?:van|voor)\s+[\w-]+){0,2}"
    r"|(?-i:[A-Z][\w-]+))"
    # (not the one it is laid before: "Ik heb de aanbeveling aan de ACM voorgelegd", "… aan de NZa doorgestuurd";
    # round 60)
    r"\b(?!\s+(?:voorgelegd|voorleggen|voorleg|leggen|doorgestuurd|gestuurd|toegestuurd|doorgeleid|overgedragen"
    r"|meegegeven|aangeboden)\b)",
    _I,
)
# An addressee that is the letter's author: "aan mij", "aan het kabinet", "aan de minister".
SELF_ADDRESSEE = re.compile(
    r"^(?:mij|ons)$|\b(?:kabinet|regering|minister|ministers|staatssecretaris|bewindspersonen?|rijk|rijksoverheid)\b",
    _I,
)

# The one recommendation left out of "all": "Alle aanbevelingen neem ik over, met uitzondering van de
# vijfde", "behalve de derde", "op de laatste na" (with "op" only when "na" follows), "met uitzondering van aanbeveling 4".
EXCEPTION = re.compile(
    rf"\b(?P<lead>met\s+uitzondering\s+van|behalve|uitgezonderd|op)\s+(?:de\s+|het\s+)?"
    rf"(?:(?P<ord>{_ORD})\b(?:\s+(?:aanbeveling|advies))?|(?:aanbeveling|advies)\s+(?P<num>\d{{1,2}})\b)"
    r"(?P<na>\s+na\b)?",
    _I,
)

# A deferral to the paragraphs right below: "Op de aanbevelingen 5 en 6 ga ik hieronder in", "die
# bespreek ik hierna". The next paragraph of the section answers them (see the linker).
DEFERRAL_NEXT = re.compile(
    r"\b(?:hieronder|hierna|hieronder\s+volgend\w*|in\s+de\s+volgende\s+(?:alinea|alinea's|paragrafen|paragraaf))\b",
    _I,
)

# Words that tell nothing about which recommendation a paragraph answers, however rare among the
# recommendations' words: "het kabinet neemt … over", "aanbeveling", "jaar", "gemeenten". Compared
# by their key (see `kamerstuk.matching.word_key`), so each form of a word is left out.
GENERIC_CONTENT = frozenset(
    [
        "kabinet", "minister", "staatssecretaris", "raad", "aanbeveling", "aanbevelingen", "advies", "adviseert",
        "adviseren", "beveelt", "bevelen", "aanbevolen", "vraagt", "vragen", "stelt", "voorstel", "daarnaast",
        "verder", "allereerst", "vervolgens", "slotte", "tenslotte", "eerste", "tweede", "derde", "vierde",
        "jaar", "jaren", "nemen", "neemt", "overnemen", "zorgen", "zorg", "maken", "komen", "gaan", "geven",
        "onderzoekers", "inspectie", "inspecties", "afdeling", "rapport", "mogelijk", "nieuwe", "goed", "beter",
        # the parties nearly every report names, however rare in one report's recommendations
        "gemeente", "gemeenten", "provincie", "provincies", "instelling", "instellingen", "organisatie",
        "organisaties", "overheid", "overheden", "rijksoverheid", "ministerie", "ministeries", "sector",
        "partijen", "burgers", "maatregel", "maatregelen", "wetgeving", "regelgeving", "beleid",
        # the country itself ("Nederland draagt sinds 2025 bij aan het kustfonds …" answers the one on relocation, not
        # the one that happens to say "dat Nederland zich … inzet"; round 49)
        "nederland", "nederlandse",
        # the scheme a letter is about ("Een verdubbeling … past niet binnen het budget van de regeling")
        "regeling", "regelingen",
        # verbs that help another ("te laten keren", "laten onderzoeken", "kunnen worden")
        "laten", "laat", "worden", "wordt", "kunnen", "moeten", "blijven", "houden", "doen", "hebben",
    ]
)  # fmt: skip

#: Bodies named by a common noun after a reference ("de tweede aanbeveling van de inspectie",
#: "het eerste advies van de raad"): matched against the letter's bodies when one of them is that.
GENERIC_BODIES = frozenset(
    {
        "inspectie", "raad", "commissie", "rekenkamer", "ombudsman", "onderzoeksraad", "adviesraad",
        "onderzoekers", "auteurs", "evaluatoren", "afdeling", "toezichthouder", "onderzoeksbureau", "bureau",
        "adviesbureau",
    }
)  # fmt: skip
#: "van de inspectie" after a reference: group "noun" is one of `GENERIC_BODIES`.
GENERIC_BODY_LEAD = re.compile(
    r"\s*,?\s*(?:van|uit)\s+(?:de|het|zijn|haar)\s+(?P<noun>"
    + "|".join(sorted(GENERIC_BODIES, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)

#: A demonstrative before a noun that points back at the paragraph before: "Voor die mijnenjagers kies ik daarom …",
#: "Deze schepen …" (with `CONSEQUENCE_OF_BEFORE` the paragraph goes on with the answer before; since round 41).
POINTS_BACK = re.compile(r"\b(?:die|deze)\s+[a-zë]{4,}(?:en|s)\b", re.IGNORECASE)

#: A recommendation named as where a thing comes from, in passing: "…, op basis van de bodemtoets uit de eerste
#: aanbeveling" (a noun, then "uit"/"van"/"volgens" right before the reference, which follows this match); or the
#: measure taken for it: "…, dat met de maatregel bij de eerste aanbeveling van de ILT wordt aangescherpt" (round 51).
#: The paragraph is about what its opening names, not about the one named this way (since round 41).
NAMED_AS_ORIGIN = re.compile(r"\b[a-zë]{4,}\s+(?:uit|van|volgens|bij)\s+(?:de\s+|het\s+)?$", re.IGNORECASE)

#: A recommendation named as where this letter spoke of a thing before, in passing: "… de brief die ik bij de eerste
#: aanbeveling noemde, zal haar daarom vermelden", "de norm die ik hierboven bij aanbeveling 2 heb genoemd" (read right
#: after the reference; the paragraph is about what its opening answers; round 58).
NAMED_EARLIER_AFTER = re.compile(
    r"\s+(?:al\s+|eerder\s+|hierboven\s+|hiervoor\s+)?(?:noemde|besprak|beschreef|aankondigde|schetste"
    r"|heb\s+(?:genoemd|besproken|beschreven|aangekondigd|geschetst)"
    # (or in the passive: "het wetsvoorstel dat bij de eerste aanbeveling is genoemd"; round 67)
    r"|(?:is|werd|wordt)\s+(?:genoemd|besproken|beschreven|aangekondigd|geschetst))\b",
    re.IGNORECASE,
)

#: A recommendation recalled with its body: "Een wettelijk maximum van twintig uur, zoals het WODC
#: voorstelt, neem ik niet over" (the body's name ends the match).
#: A first sentence that draws the consequence of the paragraph before: "Ik breng het voorstel daarom in bij het
#: overleg …", "Ik vraag de NVWA dan ook om …", "Om die reden laat ik …" (it goes on with the answer before).
#: (Also an opening that points back at the measures just described: "Beide wijzigingen neem ik op in het wetsvoorstel
#: …", "Deze maatregelen werk ik uit in …"; and a concession: "Wel wil ik gemeenten stimuleren …".)
CONSEQUENCE_OF_BEFORE = re.compile(
    r"\b(?:daarom|dan\s+ook|derhalve|om\s+die\s+reden|om\s+deze\s+reden|daartoe|hiertoe)\b"
    r"|^\s*(?:beide|deze(?:\s+twee)?|die(?:\s+twee)?|al\s+deze)\s+(?:wijziging(?:en)?|maatregel(?:en)?|stap(?:pen)?"
    r"|aanpassing(?:en)?|verandering(?:en)?)\b"
    # a concession opening the paragraph, after an answer that declined: "Wel wil ik gemeenten stimuleren om …"
    r"|^\s*Wel\b",
    re.IGNORECASE,
)
#: The plain markers of `CONSEQUENCE_OF_BEFORE`, without its openings on measures or a concession: "Ik kies er daarom
#: voor …", "Om die reden …" (round 63).
CONSEQUENCE_MARKER = re.compile(
    r"\b(?:daarom|dan\s+ook|derhalve|om\s+die\s+reden|om\s+deze\s+reden)\b", re.IGNORECASE
)
#: A paragraph that opens on a contrast with the one before, going on with its matter: "Toch gaat een verbod het kabinet
#: te ver." after "Een verbod … zou het lawaai wel verminderen." ("deze aanbeveling" in it is the one before; round 61).
YET_OPENS = re.compile(r"^\s*(?:Toch|Desondanks|Niettemin|Dat\s+neemt\s+niet\s+weg)\b")
#: A paragraph that opens on a measure by an indefinite noun, the verdict on it following: "Een verbod per 2028 neem ik
#: niet over.", "Een landelijke norm acht ik niet nodig." (round 61).
MEASURE_NOUN_OPENS = re.compile(
    r"^\s*(?:Een|Zo'n)\s+(?:[\w-]+\s+){0,3}?(?:neem|acht|vind|zie|kies|voer|wil)\b", re.IGNORECASE
)
#: A paragraph that opens on a concession: "Wel neem ik vanaf het halfjaarsverslag over 2026 het totaalbedrag op." goes
#: on with the recommendation of the answer right before, whatever other recommendation's words it holds (74 of 75 such
#: paragraphs in the open gold, without an ordinal; round 59).
CONCESSION_OPENS = re.compile(r"^\s*Wel\b")
#: A first sentence that turns against the paragraph before with "echter" (not the second half of its own "maar"): "Een
#: vaste ondergrens in de wet zou er echter toe leiden dat …" after "Ik begrijp de wens van de ombudsman. …" (in the
#: gold, 207 of 209 such paragraphs right after an answer, with no ordinal, go on with that answer's recommendation;
#: the other two turn to another by its words, which the reader checks; round 51).
TURNS_AGAINST_BEFORE = re.compile(r"^(?:(?!\bmaar\b)[^.;:])*?\bechter\b", re.IGNORECASE)
#: A paragraph that opens agreeing with the report: "Ik deel de conclusie van IOB dat …", "Het kabinet onderschrijft de
#: analyse …", "Ik begrijp de wens …". Right before a paragraph that turns against it with "echter", it opens that
#: answer (in the gold, 105 of 105 such pairs answer the same recommendations; round 51).
AGREEMENT_OPENING = re.compile(
    r"^\W*(?:Ik|Het\s+kabinet|Wij|We|De\s+[Mm]inister|De\s+[Ss]taatssecretaris)\s+(?:deel|deelt|delen|onderschrijf"
    r"|onderschrijft|onderschrijven|begrijp|begrijpt|begrijpen|erken|erkent|erkennen|herken|herkent|herkennen)\b"
)
#: An opening that sets its case against what the paragraph before said: "Voor de kantoren in Den Haag ligt dat anders",
#: "Dat ligt anders voor …", "Dat geldt niet voor …" (the other side of the answer before, the same recommendation,
#: whatever words of another it goes on with; round 42). Only with "dat"/"dit" pointing back: "Anders ligt het bij de
#: infrastructuur" may turn to the next recommendation.
CONTRAST_WITH_BEFORE = re.compile(
    r"\b(?:ligt|is|zit)\s+(?:dat|dit)\s+anders\b|\b(?:dat|dit)\s+(?:ligt|is)\s+anders\b"
    r"|\b(?:dat|dit)\s+geldt\s+niet\s+voor\b",
    re.IGNORECASE,
)
#: A concession by a minister or the cabinet opening the paragraph after a refusal: "De Minister van Financiën gaat wel
#: met De Nederlandsche Bank … in gesprek over …", "Het kabinet zet zich in Brussel wel in voor …" (the other side of
#: the answer before, whatever words of another it uses; in the gold's paragraphs right after an answer that open on a
#: "wel" with no ordinal, 11 of 12 go on with it; round 50).
CONCESSION_AFTER = re.compile(
    r"^\W*(?:(?:De|de)\s+(?:Minister|Staatssecretaris|minister|staatssecretaris)(?:\s+(?:van|voor)\s+[A-Z][\w-]*"
    r"(?:\s+(?:en\s+)?[A-Z][\w-]*){0,3})?|Het\s+kabinet|Ik|Wij|We)\s+[a-z][\w-]*\s+(?:[\w-]+\s+){0,3}?wel\b"
)
#: "maar" before such a contrast: the contrast is with the sentence's own first half (see `CONTRAST_WITH_BEFORE`).
BUT = re.compile(r"\bmaar\b", re.IGNORECASE)
#: A pointer to the matter the paragraph before discussed: "Voordat ik hierover besluit, laat ik eerst een proef
#: uitvoeren" (it goes on with that answer, whatever single word of another recommendation it uses).
MATTER_BEFORE = re.compile(r"\b(?:hierover|daarover)\b", re.IGNORECASE)
#: What was just asked, taken up by a pro-verb: "De ACM doet dit sinds 2024 in haar monitor", "Dat gebeurt al",
#: "Dit doen de scholen al". Right under one recommendation restated on its own it answers that one, whatever
#: words of another it goes on with.
PRO_VERB_OF_ASKED = re.compile(
    r"\b(?:doe|doet|doen|deed|deden|gebeurt|gebeuren|gebeurde)\s+(?:dit|dat)\b|\b(?:dit|dat)\s+(?:doe|doet|doen|gebeurt)\b",
    re.IGNORECASE,
)

#: A paragraph opening on one recommendation it does not number: "Eén aanbeveling heb ik niet in
#: het actieplan opgenomen.", "Een van de aanbevelingen neem ik niet over." (which one, its words tell).
ONE_OF_THEM = re.compile(
    r"^(?:Eén|Een|Één)\s+(?:(?:van\s+de|andere)\s+)?(?:aanbeveling|aanbevelingen|advies|adviezen)\b"
)

#: Also as a relative clause: "Het centrale aanmeldpunt dat de NZa voorstelt, past daarbij.", "Het
#: jaarlijkse gesprek waarom de Rob vraagt, …", "De regeling waarvoor de raad pleit, …".
AS_BODY_PROPOSES = re.compile(
    # (also a generic recommender: "Een controle van iedere melding, zoals de onderzoekers voorstellen, …")
    r"\b(?:zoals|dat|die|waarom|waarvoor|waartoe)\s+(?:de|het)\s+"
    r"(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4}|onderzoekers|auteurs|evaluatoren|raad|commissie|inspectie)\s+"
    r"(?:voorstelt|voorstellen|adviseert|adviseren|aanbeveelt|aanbevelen|bepleit|bepleiten|vraagt|vragen"
    r"|pleit|pleiten|oproept|oproepen)\b"
    # ("Het onderzoek waar de raad om vraagt, laat ik uitvoeren"; round 47)
    r"|\bwaar\s+(?:de|het)\s+(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4}|onderzoekers|auteurs|evaluatoren|raad|commissie"
    r"|inspectie)\s+(?:om|op)\s+(?:vraagt|vragen|aandringt|aandringen)\b"
    # or its proposal by a body named with capitals: "Het voorstel van de RVS raakt aan de vraag welke zorg verzekerd
    # is", "De aanbeveling van de Rekenkamer …" (not "het advies van …", which letters use for the whole report)
    r"|\b(?i:het\s+voorstel|de\s+aanbeveling|het\s+pleidooi|de\s+oproep)\s+van\s+(?i:de|het)\s+"
    r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4}\b"
)

#: A body named by its generic noun: "de raad", "de inspectie" (group "noun"); in a letter on two reports it names the one
#: whose body's name has that word (`LinkBook.mentioned_report`).
GENERIC_BODY = re.compile(
    r"\b(?:de|het)\s+(?P<noun>raad|inspectie|ombudsman|rekenkamer|commissie|planbureau)\b", re.I
)

#: An announcement of later answers that names the recommendations themselves ("Op de afzonderlijke
#: aanbevelingen ga ik hieronder in", "Op de voorstellen kom ik hierna terug"): a paragraph ending on
#: it introduces the answers. One that names a topic ("Op de stekkernorm kom ik hieronder terug")
#: ends an answer to another recommendation, whose words the sentences before it use.
ANNOUNCES_THE_RECOMMENDATIONS = re.compile(r"\b(?:aanbeveling|advie[sz]|voorstel|punt)", re.IGNORECASE)

#: A figure with its unit, which a recommendation and its answer often share and other
#: recommendations rarely do: "Beperk de bewaartermijn tot 72 uur" … "Een termijn van 72 uur is …",
#: "binnen vier weken", "10 procent". Group "n" the number (digits or a word), "unit" the unit.
FIGURE = re.compile(
    r"\b(?P<n>\d+(?:[.,]\d+)?|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig"
    r"|dertig|veertig|vijftig|zestig|honderd)\s+(?P<unit>uur|uren|dagen|dag|werkdagen|werkdag|weken|week"
    r"|maanden|maand|jaar|jaren|procent|euro|kilometer|meter|minuten)\b",
    re.IGNORECASE,
)
#: The unit a `FIGURE` unit counts as (plural and singular are one figure: "zes maanden", "zes maand").
FIGURE_UNIT = {"uren": "uur", "dagen": "dag", "werkdagen": "werkdag", "weken": "week", "maanden": "maand",
               "jaren": "jaar"}  # fmt: skip


#: The answers announced below, which begin them: "Hieronder ga ik per onderwerp op de aanbevelingen in" (a paragraph
#: read as context after it may be an answer by content alone; `kamerstuk.pipeline.linker`, round 44).
ANSWERS_ANNOUNCED = re.compile(ANSWERS_BELOW, re.IGNORECASE)

#: A separable verb's te-infinitive, particle apart ("gezamenlijk in te kopen", "uit te breiden"): read as the fused verb
#: ("inkopen") where a recommendation's words are matched against an answer's (round 64).
SPLIT_TE_INFINITIVE = re.compile(
    r"\b(aan|af|in|op|uit|mee|over|toe|vast|voor|bij|door|na|om|terug|samen)\s+te\s+([a-zà-ÿ]{3,})\b",
    re.IGNORECASE,
)

#: The evidence of a link read from an anaphor ("Deze aanbeveling → r4"): the recommendation it stands for was guessed
#: as the nearest one, and answers in the list's order may say otherwise (round 64).
ANAPHOR_EVIDENCE = re.compile(
    r"^(?:Deze|Die|Dit|Dat)\s+(?:aanbeveling|advies|aanbevelingen)\b", re.IGNORECASE
)


#: The government's voice in a paragraph: a first person or the cabinet as subject ("Ik onderschrijf die aanpak.",
#: "… spreekt mij aan", "Het kabinet kiest …"); a paragraph of the report's findings has none.
GOVERNMENT_VOICE = re.compile(r"\b(?:ik|mij|mijn|wij|we|ons|onze)\b|\b[Hh]et\s+kabinet\b", re.IGNORECASE)

#: Prefixes that begin a word but head no compound: "internationale" is no compound of "nationaal", "onveilig" none of
#: "veilig" (`Distinctive` reads a word as a recommendation's compound tail only past a real head; holdout413, round 67:
#: "van nationaal belang" read as the fourth's "internationale meldsystemen").
PREFIX_HEADS = frozenset(
    {"inter", "intra", "anti", "super", "trans", "multi", "semi", "pseudo", "post", "pre", "sub", "non"}
)
