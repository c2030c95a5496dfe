"""Regexes and vocabularies for recommendations (aanbevelingen) and the report a letter answers.

Used by `kamerstuk.entities.recommendations` and `kamerstuk.entities.report`. Every example
below is written for this module, in the style of ministers' letters to the Tweede Kamer.
"""

from __future__ import annotations

import re

from kamerstuk.patterns.agencies import EXECUTIVE_SERVICE
from kamerstuk.patterns.dates import MONTH_NAMES
from kamerstuk.patterns.recommendation_forms import (
    ADDRESSED_PROSE as ADDRESSED_PROSE,
)
from kamerstuk.patterns.recommendation_forms import (
    ANSWER_AFTER_LABEL as ANSWER_AFTER_LABEL,
)
from kamerstuk.patterns.recommendation_forms import (
    ANSWER_OPENER as ANSWER_OPENER,
)
from kamerstuk.patterns.recommendation_forms import (
    ANSWER_PARAGRAPH_OPENING as ANSWER_PARAGRAPH_OPENING,
)
from kamerstuk.patterns.recommendation_forms import (
    APPOSITION_OPENING as APPOSITION_OPENING,
)
from kamerstuk.patterns.recommendation_forms import (
    CONTINUED_SUGGESTION as CONTINUED_SUGGESTION,
)
from kamerstuk.patterns.recommendation_forms import (
    COORDINATED_IMPERATIVE as COORDINATED_IMPERATIVE,
)
from kamerstuk.patterns.recommendation_forms import (
    COUNCIL_DIVISION as COUNCIL_DIVISION,
)
from kamerstuk.patterns.recommendation_forms import (
    GOVERNMENT_ADDRESSEE as GOVERNMENT_ADDRESSEE,
)
from kamerstuk.patterns.recommendation_forms import (
    GRANTED_REQUEST as GRANTED_REQUEST,
)
from kamerstuk.patterns.recommendation_forms import (
    INLINE_QUOTE as INLINE_QUOTE,
)
from kamerstuk.patterns.recommendation_forms import (
    INTRODUCED_BODY as INTRODUCED_BODY,
)
from kamerstuk.patterns.recommendation_forms import (
    NAME_WITH_ACRONYM as NAME_WITH_ACRONYM,
)
from kamerstuk.patterns.recommendation_forms import (
    NUMBER_CELL as NUMBER_CELL,
)
from kamerstuk.patterns.recommendation_forms import (
    ONE_RECALLED as ONE_RECALLED,
)
from kamerstuk.patterns.recommendation_forms import (
    PARTY_BULLET as PARTY_BULLET,
)
from kamerstuk.patterns.recommendation_forms import (
    PER_RECOMMENDATION as PER_RECOMMENDATION,
)
from kamerstuk.patterns.recommendation_forms import (
    PROSE_COORDINATED as PROSE_COORDINATED,
)
from kamerstuk.patterns.recommendation_forms import (
    QUESTION_AFTER_INFINITIVE as QUESTION_AFTER_INFINITIVE,
)
from kamerstuk.patterns.recommendation_forms import (
    QUOTE_LEAD as QUOTE_LEAD,
)
from kamerstuk.patterns.recommendation_forms import (
    RECOMMENDING_QUOTE_LEAD as RECOMMENDING_QUOTE_LEAD,
)
from kamerstuk.patterns.recommendation_forms import (
    SERIES_INFINITIVE as SERIES_INFINITIVE,
)
from kamerstuk.patterns.recommendation_forms import (
    SERIES_NOT_NEW as SERIES_NOT_NEW,
)
from kamerstuk.patterns.recommendation_forms import (
    SERIES_SEPARATOR as SERIES_SEPARATOR,
)
from kamerstuk.patterns.recommendation_forms import (
    SOME_PLURAL as SOME_PLURAL,
)
from kamerstuk.patterns.recommendation_forms import (
    SOURCE_HEADING as SOURCE_HEADING,
)
from kamerstuk.patterns.recommendation_forms import (
    SUGGESTION_MODAL as SUGGESTION_MODAL,
)
from kamerstuk.patterns.recommendation_forms import (
    TITLE_BEFORE_QUOTE as TITLE_BEFORE_QUOTE,
)
from kamerstuk.patterns.recommendation_forms import (
    TO_GOVERNMENT_PROSE as TO_GOVERNMENT_PROSE,
)
from kamerstuk.patterns.recommendation_forms import (
    TOPIC_TITLE_ARTICLES as TOPIC_TITLE_ARTICLES,
)

# --- ordinals -------------------------------------------------------------------------------

#: Dutch ordinal words, for "Ten derde …", "De vierde aanbeveling …", "Als tweede aanbeveling …".
ORDINAL_WORDS: dict[str, int] = {
    "eerste": 1,
    "tweede": 2,
    "derde": 3,
    "vierde": 4,
    "vijfde": 5,
    "zesde": 6,
    "zevende": 7,
    "achtste": 8,
    "negende": 9,
    "tiende": 10,
    "elfde": 11,
    "twaalfde": 12,
    "dertiende": 13,
    "veertiende": 14,
    "vijftiende": 15,
}
_ORD = "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))

#: A sentence that opens with an ordinal adverb: the usual way a letter walks through a
#: report's recommendations. Group "ord" is the ordinal word, "allereerst" means 1.
#: Example: "Ten derde adviseert de inspectie de Minister van Justitie en Veiligheid om …", "Als tweede
#: bevelen de onderzoekers aan om …"
ORDINAL_OPENER = re.compile(
    # ("Op de tweede plaats beveelt IOB aan …" as well as "In de tweede plaats")
    rf"^(?:(?:Ten|Als)\s+(?P<ord>{_ORD})|(?:In|Op)\s+de\s+(?P<ord_plaats>{_ORD})\s+plaats|(?P<first>Allereerst|Als\s+eerste))"
    r"\b[,]?\s+"
)

#: A decision of the government's own that opens its paragraph's series: "Het kabinet heeft besloten de werkwijze op drie
#: punten te wijzigen. In de eerste plaats worden adviezen … openbaar gemaakt. Daarnaast …" (the series is its measures,
#: not a report's recommendations, whatever "adviezen" the items name; round 67, holdout419).
OWN_DECISION_LEAD = re.compile(
    r"\b(?:[Hh]et\s+kabinet|[Ii]k|[Ww]ij|[Ww]e)\s+(?:heeft|heb|hebben)\s+(?:daarom\s+)?besloten\b"
    r"|\b(?:neemt|neem|nemen)\s+(?:het\s+kabinet\s+|ik\s+|wij\s+|we\s+)?(?:daarom\s+)?de\s+volgende\s+"
    r"(?:maatregelen|stappen)\b"
)

#: "Ten slotte" / "Tot slot" / "Als laatste" close a "Ten eerste … Ten tweede …" series; the
#: ordinal is then one more than the last one seen.
#: Example: "Tot slot bevelen de onderzoekers aan om de monitor jaarlijks te herhalen."
CLOSING_OPENER = re.compile(r"^(?:Ten\s+slotte|Tot\s+slot|Als\s+laatste|Tenslotte|Afsluitend)\b[,]?\s+")

#: The closing word of a series, opening the sentence or right after its verb and subject: "Ten slotte vindt het PBL
#: …", "Het PBL vraagt ten slotte om …" (a second closing member of one body, with the answer after it, recalls the
#: last; round 51).
CLOSES_SERIES = re.compile(
    # (no "^": the pattern is matched from a sentence's start inside the text)
    r"(?:(?:Ten\s+slotte|Tot\s+slot|Als\s+laatste|Tenslotte)\b|(?:[^\s.;:]+\s+){1,5}?(?:ten\s+slotte|tot\s+slot|tenslotte)\b)"
)

#: "Vervolgens" / "Daarna" / "Als volgende" continue an "Allereerst … Vervolgens … Ten slotte …"
#: series in the middle; the ordinal is one more than the last one seen (only after a series
#: has started, so a lone "Vervolgens" in a reaction is not counted).
#: Example: "Vervolgens beveelt de raad aan om de regeling te vereenvoudigen."
MIDDLE_OPENER = re.compile(r"^(?:Vervolgens|Daarna|Daarop|Als\s+volgende)\b[,]?\s+")

#: The openers that number a sentence only by its place in a series ("Tot slot", "Vervolgens",
#: "Verder"): under a heading "Aanbeveling 4" such a sentence is the fourth, whatever came before.
SERIES_OPENER = re.compile(
    r"(?:Ten\s+slotte|Tot\s+slot|Als\s+laatste|Tenslotte|Afsluitend|Vervolgens|Daarna|Daarop|Daarnaast|Verder"
    r"|Voorts|Tevens|Bovendien|Ook)\b"
)

#: An ordinal right after the recommender and its verb: "Zij bevelen in de eerste plaats aan om …",
#: "De commissie beveelt als eerste aan …", "De raad vraagt ten tweede om …". Groups "ord", "ord2",
#: "ord3" hold the ordinal word.
INNER_ORDINAL = re.compile(
    r"(?:[^\s.;:]+\s+){1,5}?(?:beveelt|bevelen|adviseert|adviseren|vraagt|vragen|pleit|pleiten|stelt|stellen"
    # (not after the particle or "om", where the words are the content: "bevelen aan het budget in de
    # eerste plaats te bestemmen voor …" means "primarily")
    r"|raadt|raden)\s+(?:(?!(?:aan|om|te|dat)\s)[^\s.;:]+\s+){0,3}?(?:(?:in|op)\s+de\s+(?P<ord>eerste|tweede|derde|vierde|vijfde)\s+plaats"
    r"|als\s+(?P<ord2>eerste|tweede|derde|vierde|vijfde)|ten\s+(?P<ord3>eerste|tweede|derde|vierde|vijfde))\b",
    re.IGNORECASE,
)

#: An obligation right after a continuing opener: "Ook moeten beheercontracten tussentijds kunnen worden aangepast …"
#: (the verb first, the subject after it).
OBLIGATION_FIRST = re.compile(
    r"^\s*(?:moet|moeten|dient|dienen)\s+(?!ik\b|wij\b|we\b|het\s+kabinet\b)", re.IGNORECASE
)
#: A body stressing the importance of a measure, after an ordinal opener in a running series: "Ten eerste beveelt de
#: IGK aan …. Ten vierde wijst hij op het belang van een vaste mentor voor nieuwe instructeurs" (the fourth; round 51).
STRESSES_IMPORTANCE = re.compile(
    r"^\s*(?:wijst|wijzen|benadrukt|benadrukken|onderstreept|onderstrepen)\s+(?:[^\s.;:]+\s+){0,4}?(?:op\s+)?"
    r"het\s+belang\s+van\b",
    re.IGNORECASE,
)
#: "Daarnaast" / "Verder" / "Ook" continue a series only right after one of its members: "In de
#: eerste plaats adviseert de raad …. Daarnaast beveelt de AIV aan …. Verder pleit de raad ervoor …"
#: (the same paragraph or the next; see `CONTINUING_REACH`). "Daarbij" too, where a recommending verb follows: "In de
#: eerste plaats beveelt de raad aan om …. Daarbij vraagt de raad het kabinet «…»" (round 51; an explanation,
#: "Daarbij wijst de raad erop dat …", recommends nothing and is passed over).
CONTINUING_OPENER = re.compile(r"^(?:Daarnaast|Daarbij|Verder|Voorts|Tevens|Bovendien|Ook)\b[,]?\s+")
#: "daarnaast"/"verder" right after the recommender's verb, continuing a series like `CONTINUING_OPENER`:
#: "GRECO beveelt daarnaast aan om de contacten … openbaar te maken", "De raad vraagt verder om …".
INNER_CONTINUING = re.compile(
    r"(?:[^\s.;:]+\s+){1,5}?(?:beveelt|bevelen|adviseert|adviseren|vraagt|vragen|pleit|pleiten|raadt|raden|stelt"
    r"|stellen|roept|roepen)\s+(?:daarnaast|verder|voorts|tevens|bovendien)\b",
    re.IGNORECASE,
)
#: How far after the end of the last member of a series a `CONTINUING_OPENER` sentence may start: past the
#: answer to that member, a paragraph or two ("De eerste optie van het CPB luidt: «…»" / a 400-character answer /
#: "Daarnaast noemt het CPB als optie: «…»"; 400 until round 26, which lost that second option).
CONTINUING_REACH = 1500

# The pieces of a noun phrase opening on a recommendation and the verb that restates it, shared by
# `ORDINAL_NOUN_OPENER` and `LAST_NOUN_OPENER`.
_OPENER_NOUN = r"(?:(?:kern|hoofd)?aanbeveling|oproep|beslispunt|(?:beleids|handelings)?optie)"
#: After a `CONTINUING_OPENER`, the recommendation named by its ordinal: "Ook de vierde aanbeveling vraagt om meer zicht
#: op de opbrengst." (that one, not the next of the series; 44 of 44 such open gold sentences open an answer; round 61).
ORDINAL_AFTER_OPENER = re.compile(rf"(?:de|het|een)\s+(?P<ord>{_ORD})\s+{_OPENER_NOUN}\b", re.IGNORECASE)
# (the body's name, never a subject and verb of the letter's: "De eerste aanbeveling van de ACM neem ik over voor zover het
# de waarschuwing zelf betreft" is the answer; round 59)
_OPENER_OF = r"(?:\s+(?:van|uit)\s+(?:(?!\b(?:ik|wij|we|het\s+kabinet)\b)[^.:]){0,90}?)?"
_OPENER_VERB = (
    # ("gaat" only on its subject, "gaat over …"/"gaat erom dat …": "De derde aanbeveling gaat mij te ver" is a verdict)
    r"(?:luidt|luidde|betreft|houdt|gaat(?=\s+(?:over|erom|om|in\s+op|uit\s+van)\b)|{richt}vraagt|roept|stelt|beoogt"
    r"|strekt|ziet|heeft\s+betrekking"
    r"|benadrukt|adviseert|pleit|spreekt)\b"
    # "vraagt meer van de apotheken", "vraagt veel van gemeenten": the letter's own paraphrase
    r"(?!\s+(?:meer|veel|iets|nogal|wat|weinig|het\s+nodige)\s+van\b)"
    # "De eerste aanbeveling van de ACM vraagt geen nieuwe regels": the letter's verdict on it
    # ("… vraagt niets nieuws", "… vraagt weinig extra inzet" too)
    # (also after an adverb: "De eerste aanbeveling van WEcR vraagt dus niets wat niet al gebeurt")
    r"(?!\s+(?:(?:dus|daarom|eigenlijk|feitelijk|nu|ook|verder)\s+)?(?:geen|niet|niets|weinig)\b)"
    # "De eerste aanbeveling van het PBL roept de vraag op hoe …": what it raises, the letter's own comment
    # ("roept vragen op", "roept weerstand op"), not a restatement ("roept gemeenten op om …")
    r"(?!\s+(?:(?:de|een|enkele|nieuwe|veel|wel|ook|dus|daarmee|nog)\s+)*(?:vra(?:ag|gen)|twijfels?|weerstand"
    r"|discussie|bezwaren?|reacties?|zorgen)\b)"
)
# "is" only as a copula before the content ("is om …", "is dat …", "is: …", "is gericht op …"): "De derde
# aanbeveling is reeds ingezet" / "is al uitgevoerd" is the reaction.
# (and "is aan mij gericht:" with the content after the colon: "De derde aanbeveling is aan mij gericht: de
# inspectie vraagt mij …")
_OPENER_IS = (
    r"\s+is(?:\s+(?:om|dat|{gericht}een|één|erop)\b|\s*:|\s+(?:aan|tot)\s+[^.:;]{{1,60}}?\s+gericht\s*:"
    # (or its words quoted right after "is": "De derde aanbeveling van de ombudsman is «bellers niet naar een website te
    # verwijzen …»"; round 59; not an unquoted "is moeilijk te realiseren", an answer)
    r"|\s+(?=[«“„\"]))"
)

#: "De eerste aanbeveling luidt …" / "Een tweede aanbeveling van de Raad betreft …": the
#: ordinal noun phrase must open the sentence and be followed by a restating verb (so a
#: reaction such as "De eerste aanbeveling neem ik over." is not taken as the recommendation).
#: Example: "De tweede aanbeveling van de commissie richt zich op de bekostiging van de opvang."
ORDINAL_NOUN_OPENER = re.compile(
    rf"^(?:De|Een|Het)\s+(?P<ord>{_ORD})(?:\s+en\s+laatste)?\s+{_OPENER_NOUN}{_OPENER_OF}\s+"
    + _OPENER_VERB.format(richt="richt|")
    + rf"|^(?:De|Een|Het)\s+(?P<ord_is>{_ORD})(?:\s+en\s+laatste)?\s+{_OPENER_NOUN}{_OPENER_OF}"
    + _OPENER_IS.format(gericht="gericht|")
    # "advies" counted as one of a report's recommendations, only before its content ("Het derde advies van het PBL
    # is om exploitanten te verplichten …"; "Het tweede advies gaat over …" may be the second of two reports)
    # (and "voorstel", the same way: "Het tweede voorstel van het planbureau is om ondernemingen … te verplichten …";
    # round 46)
    + rf"|^(?:De|Een|Het)\s+(?P<ord_adv>{_ORD})(?:\s+en\s+laatste)?\s+(?:advies|voorstel){_OPENER_OF}\s+(?:is|luidt)"
    + r"\s+(?:om|dat)\b"
    # without an article, as a label before its text: "Derde aanbeveling: «Wijs de begeleider toe vóór …»", "Tweede
    # aanbeveling – stel een norm vast" (round 47)
    + rf"|^(?P<ord_bare>(?i:{_ORD}))\s+{_OPENER_NOUN}[ \t]*[:–—][ \t]*"
)

#: The last of a series named as such: "De laatste aanbeveling luidt dat eigenaren … moeten worden
#: gewezen." (read as one more than the last ordinal seen; the forms of `ORDINAL_NOUN_OPENER`, but not
#: "richt zich tot" / "is gericht aan": an addressee named, the text after it read elsewhere).
LAST_NOUN_OPENER = re.compile(
    rf"^(?:De|Het)\s+laatste\s+{_OPENER_NOUN}{_OPENER_OF}\s+"
    + _OPENER_VERB.format(richt="")
    + rf"|^(?:De|Het)\s+laatste\s+{_OPENER_NOUN}{_OPENER_OF}"
    + _OPENER_IS.format(gericht="")
)

#: A quoted recommendation before the ordinal that names it: "«Ontwikkel samen met de sportbonden een
#: model …», zo luidt de eerste aanbeveling van de AP.", "“Stel een fonds in”, aldus de tweede aanbeveling."
#: Group "ord" holds the ordinal word.
QUOTE_THEN_ORDINAL = re.compile(
    r"^\s*[«“„\"][^«»“”\"]{12,600}[»”\"]\s*,?\s+(?:zo\s+(?:luidt|luidde|stelt|schrijft|formuleert)|aldus)\s+"
    rf"(?:de|het)\s+(?P<ord>{_ORD})\s+(?:kern|hoofd)?aanbeveling\b"
)

#: An ordinal noun sentence that only names the addressee, not the content: "De derde aanbeveling
#: is gericht aan de sector.", "De tweede aanbeveling richt zich tot gemeenten." — a reference
#: before the answer, not the recommendation ("is gericht op …" / "richt zich op …" are content).
ADDRESSEE_ONLY = re.compile(
    r"^(?:De|Een)\s+\w+\s+aanbeveling\b[^.]{0,90}?\b(?:is\s+gericht|richt\s+zich|wordt\s+gedaan)\s+"
    r"(?:aan|tot)\s+[^.,;:]{1,80}"
    # (a clause on the addressee: "De derde aanbeveling is gericht aan de rechtspraak, die zelf over … gaat.")
    r"(?:,\s*(?:die|dat|waar\w*|omdat|want)\b[^.;:]{0,160})?"
    # (the answer after "maar": "De eerste aanbeveling van de inspectie richt zich tot de schoolbesturen, maar de
    # minister onderschrijft haar."; round 44)
    r"(?:,?\s*maar\s+[^.;:]{1,160})?"
    # "…; ik heb haar onder de aandacht van de inspectie gebracht": the answer goes on after it
    r"(?:\s*[;:]\s*(?:ik|wij|we|het\s+kabinet)\b[^.]*)?\.?\s*$"
    # "De derde aanbeveling richt de SER niet tot het kabinet maar tot sociale partners."
    r"|^(?:De|Een)\s+\w+\s+aanbeveling\s+richt(?:en)?\s+(?:de|het|zij|hij)\b[^.,;:]{0,60}?\btot\s+[^.;:]{1,100}\.?\s*$"
)

#: A recommendation verb in the past tense: "In 2023 adviseerde de Gezondheidsraad om …", "De raad
#: beval destijds aan …". In a letter that answers no report such advice is background.
PAST_ADVICE = re.compile(
    r"\b(?:adviseerde|adviseerden|beval|bevalen|raadde|raadden|pleitte|pleitten|stelde|stelden|riep|riepen"
    r"|vroeg|vroegen)\b",
    re.IGNORECASE,
)

#: A wish held for a long time, said of the asking itself: "De beroepsvereniging vraagt al jaren om een landelijke norm",
#: "De bond pleit al geruime tijd voor …", "Al lang vragen gemeenten om …". In a letter that answers no report, and
#: among the answers of one that does, such a request is background like `PAST_ADVICE` (a party's standing position,
#: not a report's recommendation; round 49). Not a duration inside what is asked ("IOB beveelt aan de bijdrage te
#: concentreren op landen waar het fonds al langer actief is").
_LONG_TIME = (
    r"(?:al\s+(?:jaren|jarenlang|decennia|lang|langer|lange\s+tijd|langere\s+tijd|geruime\s+tijd|enige\s+tijd"
    r"|sinds\s+\d{4})|jarenlang|sinds\s+jaar\s+en\s+dag)"
)
_ASKING = r"(?:vraagt|vragen|pleit|pleiten|bepleit|bepleiten|dringt|dringen|verzoekt|verzoeken|roept|roepen|wenst|wensen)"
STANDING_WISH = re.compile(
    r"\b"
    + _ASKING
    + r"\s+(?:(?:zij|hij|ze|zij|gemeenten|de\s+[\w-]+|het\s+[\w-]+)\s+)?(?:[\w-]+\s+){0,2}?"
    + _LONG_TIME
    + r"\b|^\W*"
    + _LONG_TIME
    + r"\s+"
    + _ASKING
    + r"\b",
    re.IGNORECASE,
)

#: The government as the subject of a clause in what follows a restating verb, outside quotes:
#: "De derde aanbeveling vraagt iets wat ik in beginsel steun" is the letter's paraphrase and verdict,
#: not the report's words ("vraagt mij om …" names the minister as the one asked, and stays).
FIRST_PERSON_SUBJECT = re.compile(r"\b(?:ik|wij|we)\b", re.IGNORECASE)
#: A recommending verb right before a first person, which is then its addressee, not the letter speaking: "De vierde
#: aanbeveling is aan mij gericht: de inspectie beveelt aan dat ik in de subsidieafspraken een norm opneem".
#: Matched at the end of the text before the first person.
ADDRESSEE_FIRST_PERSON = re.compile(
    r"\b(?:beveelt|bevelen|adviseert|adviseren|vraagt|vragen|raadt|raden|verzoekt|verzoeken)\s+(?:aan\s+)?"
    r"(?:om\s+|dat\s+)$",
    re.IGNORECASE,
)
#: After "De tweede aanbeveling", a vague object with a relative clause: the letter characterises the recommendation
#: (usually as already done), it restates none. Example: "De tweede aanbeveling vraagt om iets wat scholen sinds 2024 al
#: moeten doen: …".
VAGUE_CONTENT = re.compile(
    r"^\W*(?:(?:vraagt|vragen|gaat|gaan|betreft|betreffen)\s+)?(?:(?:om|over)\s+)?(?:iets|zaken|dingen)\s+(?:wat|dat|die|waar)\b",
    re.IGNORECASE,
)
#: Quoted text («…», "…", “…”), left out before looking for `FIRST_PERSON_SUBJECT`.
QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"")

#: The verb after "De tweede aanbeveling (van X)" that introduces its text, not a verdict on it: "De eerste
#: aanbeveling luidt: «Schaf het examen af …»", "… houdt in dat …", "… is om …", "… betreft …".
RESTATING_VERB = re.compile(
    r"\W*(?:luidt|luidde|luiden|houdt\s+in|behelst|betreft|is\s+(?:om|dat|het\s+advies)|gaat\s+over|vraagt|stelt|"
    r"beveelt|adviseert|roept|pleit)\b|[^.]*:\s",
    re.IGNORECASE,
)

#: The same verbs inside an opener already matched ("De tweede aanbeveling luidt dat …"): the opener's verb
#: introduces the text (only "spreekt" of `ORDINAL_NOUN_OPENER`'s verbs may be a verdict: "… spreekt mij aan").
RESTATING_WORD = re.compile(
    r"\b(?:luidt|luidde|luiden|houdt|behelst|betreft|is|gaat|vraagt|stelt|beveelt|adviseert|roept|pleit|beoogt"
    r"|strekt|ziet|heeft|benadrukt|richt)\b",
    re.IGNORECASE,
)

#: The first person opening a sentence: the government speaking ("Ik …", "Wij …", "Mijn ministerie …").
FIRST_PERSON_OPENING = re.compile(r"\W*(?:ik|wij|we|mijn|onze|ons)\b", re.IGNORECASE)

#: An ordinal noun sentence that only names the topic, not the content: "De tweede aanbeveling van
#: de SER gaat over de toeslagen.", "De derde aanbeveling betreft de financiering." — a reference
#: opening the answer (a restatement goes on: "betreft de no-flyzones: de commissie wil dat …").
#: ("Een tweede aanbeveling van de ombudsman betreft de bereikbaarheid van de Belastingdienst."
#: introduces one, and stays a restatement.)
TOPIC_ONLY = re.compile(
    r"^De\s+\w+\s+(?:kern)?aanbeveling\b[^.:;]{0,60}?\b(?:gaat\s+over|betreft|heeft\s+betrekking\s+op)\s+"
    r"(?:[^\s.,:;]+\s+){0,5}[^\s.,:;]+\s*\.?\s*$"
)

#: A sentence that names the topic of recommendations by their ordinals before the report's words follow
#: in prose: "De derde en vierde aanbeveling gaan over geld. De inspectie vraagt het kabinet … Daarnaast
#: adviseert zij …" (the prose sentences of that paragraph are those recommendations, in order). Group
#: "ords" holds the ordinal words.
ORDINALS_ANNOUNCED = re.compile(
    rf"^De\s+(?P<ords>(?:{_ORD})(?:\s*,\s*(?:de\s+)?(?:{_ORD}))*\s+en\s+(?:de\s+)?(?:{_ORD}))\s+aanbeveling(?:en)?\b"
    r"[^.:;]{0,60}?"
    # (also to whom they are addressed: "De derde en de vierde aanbeveling richten zich tot de havenbedrijven en de
    # sleepdiensten. De Raad beveelt hun aan om …"; round 51)
    r"(?:\b(?:gaan\s+over|gaat\s+over|betreffen|betreft|hebben\s+betrekking\s+op|heeft\s+betrekking\s+op"
    r"|richten\s+zich\s+(?:tot|op)|zijn\s+gericht\s+(?:aan|tot|op))\s+"
    r"(?:[^\s.,:;]+\s+){0,5}[^\s.,:;]+"
    # or that they belong together: "De derde en vierde aanbeveling hangen (nauw met elkaar) samen.", "… liggen in
    # elkaars verlengde", "… horen bij elkaar"
    r"|\b(?:hangen\s+(?:nauw\s+)?(?:met\s+elkaar\s+)?samen|liggen\s+in\s+elkaars\s+verlengde"
    r"|horen\s+(?:nauw\s+)?bij\s+elkaar))\s*\.?\s*$"
)
ORDINAL_WORD = re.compile(rf"\b(?:{_ORD})\b")

#: A paragraph that opens on the next recommendation of a series by its ordinal, its text in the sentences after it: "De
#: derde aanbeveling van IOB reikt verder dan het programma zelf. IOB adviseert om «…»" after "IOB doet drie
#: aanbevelingen. De eerste luidt: «…». De tweede aanbeveling is om «…»" (round 54). Group "ord" is the ordinal word.
NEXT_IN_SERIES_OPENER = re.compile(rf"(?:De|Het)\s+(?P<ord>{_ORD})\s+(?:aanbeveling|advies)\b")
#: A capitalised name (up to four words) whose last word ends in a generic noun, to fill in with
#: `.format(noun=…)`: "Nederlands Jeugdinstituut" for "instituut", "Rathenau Instituut".
NAME_ENDING = r"\b((?:[A-Z][\w&-]*\s+){{0,3}}[A-Z][\w-]*(?i:{noun}))\b"
#: An article that opens a sentence before such a name: "Het Nederlands Jeugdinstituut".
LEADING_ARTICLE = re.compile(r"^(?:Het|De|Een)\s+")

#: A lead that counts the recommendations about to follow: "Het instituut doet twee aanbevelingen.",
#: "De commissie komt tot drie aanbevelingen." The sentence right after it, in the same paragraph, that
#: states an obligation ("Universiteiten zouden … moeten …") is the first of them.
COUNTED_LEAD = re.compile(
    r"\b(?:doet|doen|deed|deden|komt\s+tot|komen\s+tot|formuleert|formuleren|geeft|geven|bevat)\s+"
    r"(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\d{1,2})\s+(?:aanbevelingen|adviezen)\b"
    # the remaining ones counted, with their topic, in a running series: "De laatste twee aanbevelingen gaan over het
    # toezicht. De ILT stelt voor om …" (round 45)
    r"|^\W*De\s+(?:laatste|overige|resterende)\s+(?:twee|drie|vier|vijf)\s+(?:aanbevelingen|adviezen)\s+"
    r"(?:gaan\s+over|betreffen|hebben\s+betrekking\s+op|richten\s+zich\s+op)\b",
    re.IGNORECASE,
)

#: A sentence that only counts the things a body recommends, the recommending verb around a number and a generic noun:
#: "De onderzoekers van Clingendael bevelen drie dingen aan.", "De raad adviseert twee zaken:" (a lead, no
#: recommendation itself; round 63, holdout369).
COUNTED_THINGS_LEAD = re.compile(
    r"\b(?:beveelt|bevelen|raadt|raden|adviseert|adviseren|stelt|stellen)\s+(?:\w+\s+){0,2}?"
    r"(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\d{1,2})\s+"
    r"(?:dingen|zaken|punten|maatregelen|stappen|verbeteringen|wijzigingen|veranderingen|acties)"
    r"(?:\s+(?:aan|voor))?\s*[.:]?\s*$",
    re.IGNORECASE,
)

#: The writer's own act after a semicolon: "…; ik neem dat signaal mee in het overleg" (round 63).
OWN_ACT_AFTER_SEMICOLON = re.compile(r";\s*(?:ik|wij|we|het\s+kabinet)\s+[a-z]+", re.IGNORECASE)

#: Pronouns that may open a `COUNTED_LEAD` ("Zij doet drie aanbevelingen"): no body's name.
LEAD_PRONOUNS = frozenset({"zij", "hij", "ze", "het", "dit", "deze", "die", "dat", "wij", "we", "ik"})

#: Words that join the next of a series with its noun left out: "En de derde: «…»", "Tot slot de vierde: …".
_ELLIPSIS_JOIN = r"(?:En|Tot\s+slot|Ten\s+slotte|Tenslotte|Daarnaast|Verder|Voorts|Ook)\s*,?\s+"

#: The noun left out after a lead that counted the recommendations ("Zij doet drie
#: aanbevelingen. De eerste luidt: «…» De tweede luidt: «…» De derde en laatste: «…»"): an
#: ordinal, optionally "en laatste", then a restating verb and/or a colon. Only read after a
#: sentence that mentions recommendations (see `_ordinal_sentences`), since "De eerste is …"
#: alone may count anything. Group "ord" is the ordinal word; "De laatste" has none.
#: Example: "De tweede betreft: «Maak de regeling eenvoudiger.»"
ORDINAL_ELLIPTIC_OPENER = re.compile(
    # (also after a joining word: "En de derde: «…»", "Tot slot de vierde: «…»"; round 49)
    # ("Het eerste luidt: «…»" after "De AWTI geeft twee adviezen": a neuter noun left out; round 57)
    rf"^(?:{_ELLIPSIS_JOIN}(?:de|een|het)|De|Een|Het)\s+(?:(?P<ord>{_ORD})(?:\s+en\s+laatste)?|laatste)"
    r"(?:\s+(?:luidt|luidde|luiden|betreft|behelst|houdt\s+in|is|was|gaat\s+over))?[ \t]*:[ \t]*"
    r"|^(?:"
    + _ELLIPSIS_JOIN
    + r"(?:de|een|het)|De|Een|Het)\s+(?:(?P<ord2>"
    + _ORD
    + r")(?:\s+en\s+laatste)?|laatste)"
    r"\s+(?:luidt|luidde|behelst)\s+"
    # "De eerste is om de middelen … in te zetten. De tweede is dat …" (no colon)
    r"|^(?:De|Een|Het)\s+(?:(?P<ord3>"
    + _ORD
    + r")(?:\s+en\s+laatste)?|laatste)\s+(?:is|was)\s+(?=(?:om|dat)\s)"
)

#: "Als tweede aanbeveling noemt de Raad …" / "In de derde aanbeveling vraagt de commissie …" / "Volgens de
#: tweede aanbeveling moeten kandidaten vooraf worden getoetst".
#: Example: "Als vierde aanbeveling geeft de Nationale ombudsman mee dat …"
ORDINAL_AS_OPENER = re.compile(
    # (also "en laatste" after the ordinal: "In de vierde en laatste aanbeveling vraagt de inspectie om …"; round 62)
    rf"^(?:Als|In\s+(?:de|zijn|haar|hun)|Volgens\s+de)\s+(?P<ord>{_ORD})(?:\s+en\s+laatste)?\s+(?:(?:kern|hoofd)?aanbeveling|oproep|beslispunt|(?:beleids|handelings)?optie)\b[,]?\s+"
    r"(?!neem|ga|wil|zal|onderschrijf)"
)

#: An ordinal with its noun left out after a preposition, then the recommender's verb: "Met de tweede
#: beveelt zij aan dat het COA …", "In de derde vraagt de raad om …". Only read after a sentence that
#: counts or mentions the recommendations (like `ORDINAL_ELLIPTIC_OPENER`).
ORDINAL_PREPOSITION_ELLIPTIC = re.compile(
    rf"^(?:Met|In|Bij)\s+(?:de|zijn|haar|hun)\s+(?P<ord>{_ORD})\s*,?\s+"
    r"(?=(?:beveelt|bevelen|adviseert|adviseren|vraagt|vragen|stelt|stellen|pleit|pleiten|raadt|raden|roept|roepen)\b)"
)

#: "Aanbeveling 4 vraagt om …" / "Aanbeveling 2 van de raad betreft …": a numbered noun opening
#: the sentence and followed by a restating verb ("Aanbeveling 2 is al uitgevoerd" is a reaction).
#: Example: "Aanbeveling 3 gaat over de bekostiging van de opvang."
NUMBERED_NOUN_OPENER = re.compile(
    r"^Aanbeveling\s+R?(?P<num>\d{1,2})(?:\s+(?:van|uit)\s+[^.:]{0,90}?)?\s+"
    # "vraagt om", not "vraagt iets van de huisartsen" (the letter's own paraphrase)
    r"(?:luidt|betreft|behelst|vraagt\s+om|roept\s+op|beoogt|strekt\s+ertoe|heeft\s+betrekking"
    r"|gaat\s+over|richt\s+zich|pleit\s+voor|adviseert|houdt\s+in)\b"
)

#: The recommendation restated as an apposition and answered in the same sentence: "De derde
#: aanbeveling, om …, volgt het kabinet niet." / "Aanbeveling 2, dat …, neemt het kabinet over."
#: Group "ord" or "num" gives the ordinal; the recommendation runs from the match end (at "om" /
#: "dat") to the last comma of the sentence.
#: Example: "De tweede aanbeveling, om de regeling te vereenvoudigen, neemt het kabinet over."
ORDINAL_APPOSITION = re.compile(
    rf"^(?:(?:De|Een)\s+(?P<ord>{_ORD})\s+aanbeveling|Aanbeveling\s+R?(?P<num>\d{{1,2}}))\s*,\s*(?=(?:om|dat)\s)"
)

#: The same apposition in quotation marks, also after a preposition: "Met de derde aanbeveling, «Schaf … af», vraagt de
#: raad om iets wat al geregeld is", "De tweede aanbeveling, «Maak …», neem ik over". Group "ord" gives the ordinal,
#: "quote" the recommendation.
ORDINAL_QUOTED_APPOSITION = re.compile(
    rf"^(?:(?:Met|In|Op|Bij|Over)\s+)?(?:[Dd]e|[Zz]ijn|[Hh]aar|[Hh]un)\s+(?P<ord>{_ORD})\s+aanbeveling\s*,\s*"
    r"[«“„\"](?P<quote>[^«»“”„\"]{8,400})[»”\"]\s*,"
)

#: Several ordinals named in one phrase, the recommendations following as "om A en om B":
#: "De raad vraagt in zijn eerste en tweede aanbeveling om A en om B." Groups "o1", "o2" (and
#: "o0" for a third, "eerste, tweede en derde"); the recommendations start at the match end.
#: Example: "De inspectie vraagt in haar eerste en tweede aanbeveling om meer toezicht en om een meldpunt."
COORDINATED_ORDINALS = re.compile(
    rf"\b(?:[Ii]n|[Mm]et)\s+(?:haar|zijn|hun|de)\s+(?:(?P<o0>{_ORD})\s*,\s*)?(?P<o1>{_ORD})\s+en\s+(?P<o2>{_ORD})"
    r"\s+aanbeveling(?:en)?\s+"
    # (fronted, the recommender and its verb after it: "In de derde en vierde aanbeveling vraagt IOB om A en om B")
    r"(?:(?:vraagt|vragen|beveelt|bevelen|adviseert|adviseren|stelt|stellen|pleit|pleiten)\s+"
    r"(?:(?:(?:de|het)\s+[\w&-]+|[A-Z][\w&-]*)(?:\s+[A-Z][\w&-]*){0,3}|zij|hij)\s+(?:(?:aan|voor|ervoor)\s+)?)?"
    r"(?=(?:om|dat)\s)"
)
#: What every match of `COORDINATED_ORDINALS` holds (the pattern reads case): a sentence
#: without it is not searched.
COORDINATED_KEY = "aanbeveling"

#: Where the next of the coordinated recommendations starts: "… en om …", "…, om …", "… en dat …".
#: Example: " en om " in "om meer toezicht en om een meldpunt"
# A match starts only at a comma or at the first blank of a run, so a long run of blanks is not
# tried from every position.
#: "en om" between two clauses of one sentence: each its own recommendation ("… te wijzen, en om te onderzoeken …").
AND_OM = re.compile(r"\ben\s+om\b")
#: A clause that takes up the one before it, so that both are one recommendation: "dezelfde plicht te laten gelden",
#: "die termijn ook te hanteren", "daarvoor geld vrij te maken".
TAKES_UP_BEFORE = re.compile(r"(?:dezelfde|hetzelfde|deze|die|dit|dat|daar\w*|hier\w*|ook)\b", re.IGNORECASE)

#: Where the first of recommendations coordinated in a prose sentence starts: its first "om" or "dat" ("De IOB
#: adviseert om «A» en om «B»").
COORDINATED_START = re.compile(r"\b(?:om|dat)\s+")
COORDINATED_SPLIT = re.compile(r"(?:,\s*+(?:en\s++)?|(?<!\s)\s++en\s++)(?=(?:om|dat)\s)")

# --- recommendation vocabulary --------------------------------------------------------------

#: A recommendation verb or noun somewhere in a sentence. Separable verbs ("raden … aan",
#: "roepen … op", "stellen … voor") are matched with their particle later in the sentence.
#: Example: "Ten tweede roepen de onderzoekers gemeenten op om …" (roepen … op). The particles
#: "op" and "voor" must be followed by "om"/"tot"/"dat" or punctuation, so "roept vragen op bij"
#: and "stelt vast dat er voor jongeren …" do not count; the noun "voorstel" (a bill) is not a trigger.
#: Only whether it is found is used. The words between a verb and its particle may not hold
#: the verb again ("(?:(?!\bbevee?l)[^.])*"): a sentence has a match exactly when it had one
#: with a plain "[^.]*" (start at the last verb before the particle), but each attempt now
#: stops at the next verb, so a long sentence of verbs without particle costs linear time.
RECOMMENDATION_TRIGGER = re.compile(
    # ("advies" and its forms, not a compound naming the asking or the body: "Ten eerste wordt iedere adviesaanvraag van
    # het kabinet … gepubliceerd", "de adviescolleges"; round 47)
    r"\baanbevel\w*|\baanbevolen\b|\bbevee?l\w*\b(?:(?!\bbevee?l)[^.])*\baan\b|\badvis\w*"
    r"|\badvie[sz](?!aanvra|colleg|orga|raad|raden|commissie|bureau)\w*"
    r"|\bra(?:den|adt|ad)\b(?:(?!\bra(?:den|adt|ad)\b)[^.])*\baan\b|\b(?:be)?pleit\w*|\boproep\w*"
    r"|\broep(?:t|en)?\b(?:(?!\broep(?:t|en)?\b)[^.])*?\bop\b(?=\s+(?:om|tot)\b|\s*[,.:;])"
    r"|\bstel(?:t|len)?\b(?:(?!\bstel(?:t|len)?\b)[^.])*?\bvoor\b(?=\s+(?:om|dat)\b|\s*[,.:;])"
    # the particle right after the subject, the object and its te-infinitive after it: "Tot slot stellen de
    # onderzoekers voor het budget te verhogen" ("stelt de raad voor …"; not "stelt geld voor scholen beschikbaar")
    r"|\bstel(?:t|len)\s+(?:(?:de|het|zij|ze|hij|die)\s+(?:\w+\s+){0,2}?|(?-i:[A-Z][\w&-]*)\s+)voor\s+(?=[^.]*?\bte\s+[a-z]+en\b)"
    r"|\bvoorgesteld\b|\bsuggere\w*|\bsuggestie\w*"
    # the Raad van State's idiom: "De Afdeling geeft in overweging: 1. …", "geeft de Afdeling in overweging om …"
    r"|\b(?:geeft|geven|gaf|gaven)\b[^.:;]{0,80}?\bin\s+overweging\b"
    # an option a planbureau offers: "wijst het SCP op de mogelijkheid om …", "noemt als optie"
    r"|\bop\s+de\s+mogelijkheid\s+om\b|\boptie\w*",
    re.IGNORECASE,
)

#: An opinion verb whose "dat"-clause, with an obligation in it, is a recommendation after an
#: ordinal opener: "Ten eerste vindt de raad dat musea hun collecties moeten ontsluiten." The
#: clause is checked with `PROSE_COMPLEMENT["vind"]` on the rest of the sentence.
#: Example: "Ten tweede is de commissie van mening dat gemeenten meer moeten samenwerken."
OPINION_VERB = re.compile(r"\b(?:vindt|vinden|meent|menen|van\s+mening)\b")

#: A main clause of the government joined after the recommender's: "De NZa adviseert in 2027 over de bekostiging …, en
#: het kabinet betrekt de aanbeveling bij zijn reactie op dat advies" (the verb's complement stays before it: "dat
#: advies" there is no "dat"-clause of the NZa's; round 58).
GOVERNMENT_CLAUSE_JOINED = re.compile(
    r",\s+(?:en|maar)\s+(?:het\s+kabinet|ik|wij|we|de\s+minister|de\s+staatssecretaris|de\s+regering)\b"
)

#: An answer's frame that names a recommendation by its place and its body: "De eerste aanbeveling van het PBL vraagt een
#: forse investering van telers" (read from the candidate's start; see the "framed" step in `find_recommendations`).
ORDINAL_OF_BODY = re.compile(
    r"\W*(?:De|de)\s+(?:eerste|tweede|derde|vierde|vijfde|zesde|laatste)\s+(?:aanbeveling|advies)\s+van\s+"
)

#: A body's view with its subject first and no word of a series: "De raad vindt dat deze bewoners beter in beeld
#: moeten komen …" (read with `match` from the sentence start; see `EXPLICIT_ADVICE_OPENS`).
PLAIN_VIEW_OPENS = re.compile(
    r"\W*(?:De|Het)\s+(?:[\w-]+\s+){1,3}?(?:vindt|vinden|meent|menen|is\s+van\s+mening|zijn\s+van\s+mening)\s+dat\b"
)
#: A paragraph that opens with the explicit advice of a body: "De raad beveelt aan om …", "De inspectie adviseert
#: om …". After a paragraph that ends on the same body's view, that view led in to the advice (round 58: a Rli
#: advice's aim, "… moeten beter in beeld komen", then its four recommendations and answers to the "vierde").
EXPLICIT_ADVICE_OPENS = re.compile(
    r"\W*(?:De|Het)\s+(?:[\w-]+\s+){1,3}?(?:beveelt|bevelen|adviseert|adviseren|raadt|raden)\b"
)

#: The noun itself: a sentence with the government as subject still restates a
#: recommendation when it names one ("Ten eerste ga ik in op de aanbeveling om …").
RECOMMENDATION_NOUN = re.compile(r"\baanbeveling\w*|\baanbevolen\b", re.IGNORECASE)

#: The government as the subject of a relative clause inside a sentence about a recommendation: "De derde
#: aanbeveling vraagt om een afweging per ambassade die het kabinet nu nog niet kan maken" (an answer's words).
#: With "het kabinet"/"de regering" only where the clause carries the letter's own judgement (a modal, a
#: negation, "nog", "al", "nu", a view): "een vaste termijn … waarbinnen het kabinet op het eindrapport reageert"
#: is what the recommendation asks of it (round 45).
GOVERNMENT_RELATIVE = re.compile(
    r"\b(?:die|dat|wat|welke|waar\w*)\s+(?:ik|wij|we)\b"
    r"|\b(?:die|dat|wat|welke|waar\w*)\s+(?:het\s+kabinet|de\s+regering)\b(?=[^,.;:]*?\b(?:kan|kunnen|wil|willen"
    r"|niet|geen|nog|al|reeds|inmiddels|nu|steunt|deelt|vindt|acht|onderschrijft|heeft|hebben|zal|zullen)\b)"
)

#: The government speaking for itself right after the ordinal: "Ten eerste is het kabinet van
#: mening …", "Ten tweede wil ik …". Such sentences are reactions, not recommendations.
#: Example: "Ten eerste heb ik de politie gevraagd om …"
#: A minister or state secretary of the cabinet as the subject opening a sentence: "De Minister van Justitie en
#: Veiligheid wil eerst weten …" (the government answering in the third person; round 63).
MINISTER_SUBJECT = re.compile(
    r"^(?:De|Het)\s+(?:[Mm]inister|[Ss]taatssecretaris)(?:-[Pp]resident)?\s+(?:van|voor)\s+[A-Z]"
)

GOVERNMENT_SUBJECT = re.compile(
    r"^(?:(?:is|ben|heb|heeft|hebben|zal|zullen|wil|willen|ga|gaat|gaan|zie|ziet|zien|vind|vindt|vinden"
    r"|kan|kunnen|deel|deelt|delen|merk|onderschrijf|acht|neem|neemt)\s+)?"
    r"(?:ik|wij|we|het\s+kabinet|de\s+regering|mijn\s+(?:ministerie|departement)|het\s+ministerie)\b"
    # a measure of the minister's own after an ordinal ("Ten tweede vraag ik de regio's om …", "Ten eerste
    # stel ik … beschikbaar"): with "ik" only, as a report's own "Ten eerste vragen wij …" recommends
    r"|^(?:vraag|verzoek|stel|zorg|breid|breng|maak|laat|investeer|trek|start|verleng|verhoog|richt|voer|pas"
    r"|werk|kies|wijzig|zet|verlaag|versterk|verbeter|ontwikkel)\s+ik\b"
    # any present verb before "ik": "Ten eerste open ik per 1 januari een loket, waar … advies …"
    r"|^[a-zà-ÿ]{2,16}\s+ik\b",
    re.IGNORECASE,
)

#: The ministry by its name as the subject of a sentence in the letter: "Defensie organiseert sinds 2023 …",
#: "Het ministerie heeft in 2025 …" (after a restated recommendation: the answer, when it takes a stance). Not
#: with a modal of obligation, the report's own words ("Defensie moet …").
MINISTRY_SUBJECT = re.compile(
    r"^(?:Defensie|[Hh]et\s+ministerie|[Mm]ijn\s+ministerie|[Hh]et\s+departement)\s+(?!moet|dient|zou|zouden|kan)\w"
)

#: A list lead: a sentence ending in a colon that announces recommendations.
#: Example: "De auteurs formuleren de volgende aanbevelingen:" / "De Raad adviseert het kabinet:".
LIST_LEAD_TRIGGER = RECOMMENDATION_TRIGGER

#: The longest list lead (characters from the start of its sentence to the colon). A longer
#: "sentence" is running text without full stops, not a lead; reading it again for every
#: colon in it made colon-rich text quadratic. Example of a real lead (46 characters):
#: "De commissie doet de volgende aanbevelingen:".
MAX_LEAD_CHARS = 1500

#: A list item marker: "1.", "1)", "1).", "a.", "b)", with optional Markdown bold, "R1", and
#: bullets "-", "•" (bullets get their position in the list as ordinal).
#: Example: "2) het verbeteren van de gegevensuitwisseling tussen gemeenten;"
LIST_MARKER = re.compile(
    r"(?P<lead>\*{0,2})(?:(?P<num>\d{1,2})|(?P<rom>ii|iii|iv|vi|vii|viii|ix)(?=[.)])|(?P<let>[a-h])|R(?P<rnum>\d{1,2})"
    # lower-case roman numerals, as the OECD and GRECO number their recommendations: "i. de
    # vaststelling van …; ii. een afkoelperiode …" ("i" opens such a list; "ii" on is never a letter)
    r"|(?P<rom1>i)(?=[.)][ \t]+\S[^\r]{0,600}?\bii[.)][ \t]))"
    r"(?P<punct>\)\.|[.):])\*{0,2}[ \t]+"
    r"|(?P<bullet>[-•–▪])[ \t]+"
)
#: Roman numerals of `LIST_MARKER` and their values.
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}

# --- "Aanbeveling 3" headings and inline labels ---------------------------------------------

#: A heading or label "Aanbeveling 3", "Aanbeveling 3: …", "Aanbeveling 3 – …", "Aanbeveling R3."
#: with optional Markdown heading hashes and bold. Group "rest" is the text after the label, up
#: to its last character that is not a space or star (callers strip both anyway).
#: Example: "### Aanbeveling 4 – Zorg voor één loket voor mantelzorgers"
#: Runs of spaces and stars are matched possessively ("*+"): backtracking through the ways to
#: share a long run between two adjacent "[ \t]*" was quadratic.
RECOMMENDATION_HEADING = re.compile(
    r"^[ \t]*+(?:#{1,6}[ \t]++)?\**+[ \t]*+(?:(?:Aanbeveling|Beslispunt)[ \t]++R?(?P<num>\d{1,2})\b(?![.,]\d)"
    # (or the ordinal as a word before the noun: "**Tweede aanbeveling: een handreiking**"; round 57)
    rf"|(?P<word>{_ORD})[ \t]++aanbeveling\b)\**+[ \t]*+"
    r"(?:[:.–—-][ \t]*+\**+[ \t]*+(?P<rest>(?:[^\n]*[^ \t*\n])?))?[ \t*]*$",
    re.IGNORECASE | re.MULTILINE,
)


def heading_number(m: re.Match[str]) -> int:
    """The number of a `RECOMMENDATION_HEADING` match: its digits, or its ordinal word ("Tweede aanbeveling" -> 2)."""
    return int(m.group("num")) if m.group("num") else ORDINAL_WORDS[m.group("word").lower()]


#: An inline label inside running text: "… als volgt. Aanbeveling 2: stel een regiehouder aan."
#: The colon or dash is required, so a bare mention ("aanbeveling 2 neem ik over") is not one.
#: Example: "Aanbeveling 1: Investeer in de kennis van jeugdprofessionals."
RECOMMENDATION_INLINE = re.compile(
    r"\b(?:Aanbeveling|Beslispunt)[ \t]+R?(?P<num>\d{1,2})[ \t]*[:–—][ \t]*", re.IGNORECASE
)

#: A summary bullet giving a recommendation and the government's stance on one line, as in
#: the short overview of a reaction to an OVV, ROB or WRR report: "- aanbeveling 2, test …:
#: overgenomen;". Group "num" is the number; the recommendation runs from the match end to the
#: last colon before the line end or the next such bullet (what follows it is the stance).
#: Example: "- aanbeveling 1, stel één loket in voor alle aanvragen: overgenomen;"
RECOMMENDATION_SUMMARY_ITEM = re.compile(
    # at a line start, or run into the paragraph after "…;" by a reader that joined the lines
    r"(?m)(?:^[ \t]*|(?<=[.;])[ \t]+)[-•–▪*][ \t]+(?:\*\*)?(?:Aanbeveling|Beslispunt)[ \t]+R?(?P<num>\d{1,2})(?:\*\*)?"
    r"[ \t]*[,–—][ \t]*",
    re.IGNORECASE,
)

#: An "Aanbevelingen" chapter heading in a report: "5 Aanbevelingen", "Hoofdstuk 6. Conclusies
#: en aanbevelingen", "## Aanbevelingen".
#: Example: "7 Conclusies en aanbevelingen" (leading spaces and stars possessive, as above)
RECOMMENDATIONS_CHAPTER = re.compile(
    r"^[ \t]*+(?:#{1,6}[ \t]++)?\**+[ \t]*+(?:Hoofdstuk[ \t]+)?(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?"
    r"(?:[A-Z][\w ,]{0,40}?[ \t]+en[ \t]+)?(?:aanbevelingen|adviezen)\b[^\n]{0,40}?\**[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)

#: The start of the next chapter of a report, which ends the "Aanbevelingen" chapter:
#: "6 Literatuur", "Bijlage 1", "## Verantwoording". A numbered item ("1. Zorg …") has a dot
#: or bracket after its number and so is not a chapter heading.
#: Example: "8 Literatuurlijst"
CHAPTER_HEADING = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]+\S|(?:Hoofdstuk[ \t]+)?\d{1,2}(?:\.\d{1,2})*[ \t]+[A-Z][^\n]{0,80}$"
    r"|(?:Bijlage|Bijlagen|Literatuur|Literatuurlijst|Bronnen|Verantwoording|Summary|Samenvatting)\b)",
    re.MULTILINE,
)

#: A sub-heading announcing the addressee of the items below it in a report.
#: Example: "Aanbevelingen aan de Minister van Onderwijs, Cultuur en Wetenschap" (runs of spaces
#: and stars possessive, as above)
ADDRESSEE_LINE = re.compile(
    r"^[ \t]*+\**+[ \t]*+(?:[Aa]anbevelingen?[ \t]+(?:aan|voor)"
    r"|Aan)[ \t]+(?P<to>[^\n:]{3,100}?)[ \t]*+:?\**+[ \t]*+$",
    re.MULTILINE,
)

# --- who recommends, to whom ----------------------------------------------------------------

#: Office titles and bodies a recommendation is addressed to. Group 0 keeps the article.
#: Example: "de Staatssecretaris van Volksgezondheid, Welzijn en Sport", "het kabinet".
_CAP = r"[A-Z][\w'’-]*"
ADDRESSEE = re.compile(
    r"\b(?:de|het)\s+(?:(?:[Mm]inister(?:-[Pp]resident)?|[Ss]taatssecretaris|[Mm]inisterie)"
    rf"(?:\s+(?:van|voor)\s+{_CAP}(?:(?:,\s*|\s+en\s+|\s+)(?:voor\s+|van\s+|de\s+|het\s+)?{_CAP})*)?"
    r"|kabinet|regering|(?:rijks)?overheid|Tweede\s+Kamer|politie|[Oo]penbaar\s+[Mm]inisterie)\b"
    r"|\b(?:gemeenten|provincies|zorgverzekeraars|werkgevers|scholen|toezichthouders)\b"
)

#: The addressee fronted before the recommending verb, the recommender after it: "Aan mij beveelt zij aan: «…»",
#: "Van het OM vraagt de inspectie «…»", "Aan de reclassering beveelt zij aan «…»" (group "to": "mij", "het OM").
FRONTED_ADDRESSEE = re.compile(
    r"^\W*(?:(?:Ook|Daarnaast|Verder|Tot\s+slot|Ten\s+slotte|Tevens)\s+)?(?:Aan|Van)\s+"
    r"(?P<to>mij|ons|(?:de|het|alle|iedere?|elke?)\s+[\w-]+(?:\s+[\w-]+){0,2}?"
    r"|(?-i:[a-z])[\w-]+(?:,\s+(?-i:[a-z])[\w-]+){0,4}(?:\s+en\s+(?-i:[a-z])[\w-]+)?)\s+"
    r"(?:beveelt|bevelen|adviseert|adviseren|vraagt|vragen|raadt|raden|roept|roepen|verwacht|verwachten|verlangt"
    r"|verlangen)\b"
)

#: A phrase fronted before the verb of a prose recommendation, the recommender after the verb: an
#: addressee ("Aan mij vraagt de Kinderombudsman allereerst om …") or a theme of a report read theme
#: by theme ("Bij het derde thema vraagt de raad …", "Onder het eerste thema adviseert de raad …",
#: "In het tweede hoofdstuk beveelt zij aan …").
FRONTED_PHRASE = (
    r"(?:Aan|Van)\s+(?:mij|ons|het\s+kabinet|de\s+regering|de\s+minister|de\s+staatssecretaris)"
    # other addressees too: "Aan de gemeenten beveelt de ombudsman aan om …", "Aan alle scholen adviseert de raad …"
    # (the verb must follow: a recommending verb in inverted order)
    r"|Aan\s+(?:de|het|alle|iedere?|elke?)\s+[\w-]+(?:\s+[\w-]+){0,2}?"
    r"(?=\s+(?:beveelt|bevelen|adviseert|adviseren|vraagt|vragen|raadt|raden|roept|roepen|stelt|stellen)\b)"
    # bare plural addressees, one or a list: "Aan provincies, gemeenten en waterschappen beveelt de Raad aan …"
    r"|Aan\s+(?-i:[a-z])[\w-]+(?:,\s+(?-i:[a-z])[\w-]+){0,4}(?:\s+en\s+(?-i:[a-z])[\w-]+)?"
    r"(?=\s+(?:beveelt|bevelen|adviseert|adviseren|vraagt|vragen|raadt|raden|roept|roepen)\b|$)"
    # the one asked, with "van": "Van het OM vraagt de inspectie «…»", "Van mij verwacht de raad dat …"
    r"|Van\s+(?:mij|ons|het\s+kabinet|(?:de|het|alle|iedere?|elke?)\s+[\w-]+(?:\s+[\w-]+){0,2}?)"
    r"(?=\s+(?:vraagt|vragen|verwacht|verwachten|verlangt|verlangen)\b|$)"
    # a purpose clause put first: "Om deze ontwikkeling te keren, vindt de raad dat …"
    r"|Om\s+[^,.;:]{3,80}?\s+te\s+[a-zë]+\s*,"
    r"|(?:Bij|Onder|In|Op|Voor|Over|Binnen)\s+(?:het|de|dit|dat)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:thema|punt|onderdeel|hoofdstuk|paragraaf|domein|spoor|cluster|deel)"
    # a field named: "Op het gebied van maritieme veiligheid vraagt de AIV het kabinet «om …»" (the verb must follow;
    # since round 38)
    r"|(?:Op|Voor)\s+het\s+(?:gebied|terrein|vlak)\s+van\s+[\w-]+(?:\s+[\w-]+){0,3}?"
    r"(?=\s+(?:beveelt|bevelen|adviseert|adviseren|vraagt|vragen|raadt|raden|roept|roepen|pleit|pleiten)\b|$)"
    # a matter named: "Ten aanzien van geschillen adviseert de raad: «…»", "Met betrekking tot de financiering …"
    # (round 50)
    r"|(?:Ten\s+aanzien\s+van|Met\s+betrekking\s+tot|Wat\s+betreft)\s+[\w-]+(?:\s+[\w-]+){0,3}?"
    r"(?=\s+(?:beveelt|bevelen|adviseert|adviseren|vraagt|vragen|raadt|raden|roept|roepen|pleit|pleiten)\b|$)"
)

#: Finite recommendation verbs after which the recommender follows in inverted word order:
#: "Ten tweede bevelen het CKM en Lumens aan …", "Als tweede aanbeveling noemt de Raad …".
INVERTED_VERB = re.compile(
    r"^(?:bevelen|beveelt|raden|raadt|adviseert|adviseren|pleit|pleiten|roept|roepen|stelt|stellen"
    r"|suggereert|suggereren|doet|doen|noemt|noemen|geeft|geven|formuleert|formuleren|vraagt|vragen"
    # "is"/"zijn" for the opinion "Ten eerste is de raad van mening dat …"
    r"|benadrukt|benadrukken|wijst|wijzen|wil|willen|vindt|vinden|meent|menen|is|zijn)\s+"
    r"(?:ook\s+|daarnaast\s+|tevens\s+|verder\s+)?"
    # a complement clause is no subject: "De eerste aanbeveling is om het JPO-programma te richten …"
    r"(?!(?:om|dat|te|of|hoe)\b)",
    re.IGNORECASE,
)

#: An opening adverb before a verb in inverted order: "Ook pleit de raad …", "Daarnaast
#: adviseert de commissie …", "Tot slot vindt de raad …" (the recommender follows the verb).
#: Example: "Verder beveelt de inspectie aan …" (matches "Verder ")
#: Also a fronted addressee or theme (see `FRONTED_PHRASE`): "Aan mij vraagt de ombudsman …", "Bij het
#: derde thema vraagt de raad …".
OPENING_ADVERB = re.compile(
    r"^(?:Ook|Daarnaast|Verder|Tevens|Voorts|Bovendien|Tot\s+slot|Ten\s+slotte|Tenslotte|Daarom|Vervolgens"
    r"|Eveneens|Allereerst|(?-i:{fronted}))\s+".replace("{fronted}", FRONTED_PHRASE)
)

#: Recommenders named as the subject before the verb: "De onderzoekers doen de volgende
#: aanbevelingen:", "Het CKM beveelt aan …". Group "np" is the noun phrase; it holds no verb or
#: complement clause ("De eerste aanbeveling is om het JPO-programma te richten": no subject named).
SUBJECT_FIRST = re.compile(
    r"^(?P<np>(?:(?!\s(?:om|te|dat|is|zijn|wordt|worden)\s).){2,120}?)\s+(?:bevelen|beveelt|raden|raadt|adviseert|adviseren|pleit|pleiten|roept|roepen"
    r"|stelt|stellen|suggereert|suggereren|doet|doen|formuleert|formuleren|geeft|geven|komt|komen|noemt"
    # "De inspectie richt twee aanbevelingen tot mij:"; "Bureau Lindeboom sluit af met twee aanbevelingen."
    r"|noemen|richt|richten|sluit|sluiten"
    # an opinion: "De raad vindt dat het Rijk … moet medefinancieren"
    r"|vindt|vinden|meent|menen"
    r")\b"
    # "De AP vraagt het kabinet ervoor te zorgen dat …": a request of a body named before the verb with its article
    # or as an acronym (not "Tegelijk vraagt de situatie om keuzes": an adverb first)
    r"|^(?P<np2>(?:[Dd]e|[Hh]et)\s+.{1,100}?|[A-Z][A-Za-z]{1,6})\s+(?:vraagt|vragen|verzoekt|verzoeken)\b"
    # a finding first, the recommendations joined by "en": "Wageningen Economic Research concludeert dat het convenant
    # zijn doel grotendeels heeft bereikt en doet twee aanbevelingen:" (the subject of both verbs; round 58)
    r"|^(?P<np3>(?:(?:[Dd]e|[Hh]et)\s+)?[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,5})\s+"
    r"(?:concludeert|concluderen|constateert|constateren|stelt\s+vast|stellen\s+vast)\b[^.:]{0,200}?"
    r"\ben\s+(?:doet|doen|geeft|geven|formuleert|formuleren|komt|komen)\b"
)

#: Bodies named by these nouns are not "de onderzoekers" of a study beside them: "De onderzoekers
#: doen drie aanbevelingen" in a letter on a university's study and an inspection's report are the
#: university's (see `Context.resolve`).
INSTITUTION_NOUNS = (
    "inspectie",
    "raad",
    "commissie",
    "rekenkamer",
    "ombudsman",
    "afdeling",
    "toezichthouder",
    # a supervisor named for its supervision: "het Bureau Financieel Toezicht (BFT)" beside an evaluation by a bureau
    # (round 45)
    "toezicht",
    "autoriteit",
    # "het Adviescollege toetsing regeldruk (ATR)" beside an evaluation by a bureau
    "college",
    # the planbureaus beside an evaluation by a research bureau: "De eerste aanbeveling van de onderzoekers" after
    # "het Centraal Planbureau (CPB)" and "de evaluatie door Lindhout Onderzoek" is the bureau's
    "planbureau",
    # the ministries' own evaluation service: "de Directie Internationaal Onderzoek en Beleidsevaluatie (IOB)" is no
    # research bureau beside one
    "directie",
)
#: The same bodies by their usual short names, as letters name them after the first mention: supervisors,
#: inspections, councils and the Ombudsman ("De tweede aanbeveling van de ACM en de eerste aanbeveling van de
#: onderzoekers": the researchers are the bureau's, not the ACM's).
INSTITUTION_ACRONYMS = frozenset(
    {
        "acm", "ap", "afm", "nza", "ilt", "igj", "nvwa", "ovv", "igk", "ijenv", "rsj", "atr", "acvz", "wrr", "ser",
        "aiv", "rli", "rob", "rvs", "rvc", "rvdr", "awti", "cbs", "dnb", "knaw", "cpb", "scp", "pbl", "iob", "bft",
    }
)  # fmt: skip

#: Passive with agent: "… wordt door de onderzoekers aanbevolen …".
PASSIVE_AGENT = re.compile(
    r"\bdoor\s+(?P<np>(?:de|het)\s+\S.{0,100}?|[A-Z].{0,100}?)\s+(?:aanbevolen|geadviseerd|voorgesteld)"
)

#: "aanbeveling(en) van de commissie", "het advies van de Raad van State", "de aanbevelingen uit
#: de SER-verkenning".
OF_AGENT = re.compile(
    r"\b(?:aanbeveling(?:en)?|advies|adviezen)\s+(?:van|uit)\s+(?P<np>(?:de|het)\s+\S.{0,100}?|[A-Z].{0,100})"
)

#: Where a letter names an advisory body in full, with the generic noun it is later called by
#: as group "head" (or "head2"): "de Onderwijsraad" / "de Raad voor Cultuur" (later "de raad"), "de
#: Kinderombudsman" (later "de ombudsman"), "de Inspectie van het Onderwijs" (later "de
#: inspectie"), "de Commissie Sorgdrager" (later "de commissie"). The full name is then read with
#: `read_names` from the match start.
#: Example: "In maart bracht de Raad voor Cultuur een verkenning uit." (head "raad")
NAMED_BODY = re.compile(
    r"\b[A-Z][a-z]+(?P<head>raad|commissie|inspectie|ombudsman|rekenkamer)\b"
    r"|\b(?P<head2>Raad|Commissie|Inspectie)\s+(?:voor|van)\s"
)

#: Nouns of what is evaluated or regulated, not of a body: after a capitalised adjective they make it a
#: title ("de evaluatie van de Tijdelijke regeling versterking griffies"), not an organisation's name.
TITLE_NOUNS = frozenset(
    {"regeling", "regelingen", "wet", "subsidieregeling", "maatregel", "maatregelen", "aanpak", "programma",
     "wetgeving", "beleid", "besluit", "voorziening", "impuls", "norm"}
)  # fmt: skip

#: Lower-case nouns that name a recommender after an article ("de onderzoekers").
RECOMMENDER_NOUNS = frozenset(
    {
        "onderzoekers",
        "auteurs",
        "commissie",
        "adviescommissie",
        "inspectie",
        "inspecties",
        "raad",
        "evaluatoren",
        "rapporteur",
        "ombudsman",
        "rekenkamer",
        "werkgroep",
        "onderzoeksbureau",
        "toezichthouder",
        "kwartiermaker",
        # "het Centraal Planbureau (CPB)", later "het planbureau"
        "planbureau",
        "deskundigen",
        "experts",
        "panel",
        # the members who wrote an initiatiefnota: "De initiatiefnemers verzoeken de regering …"
        "initiatiefnemers",
        "initiatiefnemer",
    }
)

#: Nouns for the report itself: "Het rapport beveelt aan …" names no organisation, so the
#: recommenders are the report's organisations.
REPORT_NOUNS = frozenset(
    {
        "rapport",
        "onderzoek",
        "advies",
        "evaluatie",
        "onderzoeksrapport",
        "adviesrapport",
        "eindrapport",
        "studie",
        "initiatiefnota",
        # other kinds of report a body publishes: "De marktscan sluit af met drie aanbevelingen", "De verkenning bevat
        # vier aanbevelingen", "Het signaalrapport …"
        "marktscan",
        "marktstudie",
        "verkenning",
        "analyse",
        "signaalrapport",
        "briefadvies",
        "interimrapport",
        "tussenrapport",
        "beleidsdoorlichting",
        "doorlichting",
    }
)

#: Pronouns that refer back to recommenders named earlier ("Ten tweede bevelen zij aan …").
PRONOUNS = frozenset({"zij", "ze", "hij", "deze", "hun", "die"})
#: "Het" right before one of these verbs is the pronoun of a body named with "het" ("Het WODC concludeert …. Het doet
#: twee aanbevelingen."), not an article (since round 39).
NEUTER_PRONOUN_VERBS = frozenset(
    {
        "doet",
        "beveelt",
        "adviseert",
        "raadt",
        "pleit",
        "stelt",
        "vraagt",
        "verzoekt",
        "formuleert",
        "komt",
        "noemt",
    }
)
#: Possessive pronouns read as a recommender's name at a sentence start: "Zijn derde aanbeveling richt zich tot …",
#: "Haar tweede aanbeveling, …" are the body named before ("hun" is in `PRONOUNS`).
POSSESSIVE_PRONOUNS = frozenset({"zijn", "haar"})

#: A bureau named by two capitalised words joined by "en", as the subject of a plural present verb: "Veldwerk en
#: Maat concluderen dat …", "Bureau X en Y stellen vast …" (two bodies would be "het CKM en Lumens" with an article).
PAIR_NAME_SUBJECT = re.compile(r"^(?P<name>(?-i:[A-Z])[\w-]+ en (?-i:[A-Z])[\w-]+)\s+(?-i:[a-z])\w*en\b")

#: Nouns for the people who wrote a study, no body's name: right after a sentence naming a body as
#: its subject in the same paragraph they stand for it, as a pronoun would ("Het Nivel doet twee
#: aanbevelingen. De onderzoekers adviseren om …" are the Nivel's, not the report answered first).
#: (Also the research bureau by its common noun: "De eerste aanbeveling van het onderzoeksbureau" beside an IOB
#: evaluation, "Het bureau beveelt aan".)
RESEARCHER_NOUNS = frozenset(
    {"onderzoekers", "auteurs", "evaluatoren", "opstellers", "onderzoeksbureau", "bureau", "adviesbureau"}
)

#: A sentence that opens on whose findings it gives: "Volgens Decisio heeft de regeling …", "Naar het oordeel van de
#: inspectie …" (group "np" starts the body's name; read where "De onderzoekers" after it looks back; round 53).
ACCORDING_TO_OPENING = re.compile(r"(?:Volgens|Naar\s+(?:het\s+oordeel|de\s+mening)\s+van)\s+(?P<np>\S)")

#: A body announcing its recommendations with the subject after the verb: "Op basis hiervan doet de
#: NZa twee aanbevelingen", "In het rapport formuleert de inspectie vier aanbevelingen" (group "np"
#: starts the body's name; read where a pronoun after it looks back, see `named_before`).
INVERTED_ANNOUNCER = re.compile(
    r"\b(?:doet|doen|formuleert|formuleren|geeft|geven|presenteert|presenteren)\s+"
    # a name, or the study's authors ("Op grond daarvan doen de onderzoekers twee aanbevelingen")
    r"(?P<np>(?:de|het)\s+(?:[A-Z]|(?:onderzoekers|auteurs|evaluatoren)\b))"
    r"(?=[^.]*\b(?:aanbevelingen|aanbeveling|adviezen|voorstellen)\b)"
)

#: A count with the noun left out, after a sentence that mentions recommendations: "De commissie doet
#: er vijf:", "Het zijn er vier:" (a strong lead for the list after it).
ELLIPTIC_COUNT = re.compile(
    r"\b(?:doet|doen|formuleert|formuleren|geeft|geven|zijn|telt)\s+er\s+"
    r"(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|\d{1,2})\s*:\s*$",
    re.IGNORECASE,
)

#: Who carried out a study, anywhere before "De onderzoekers …" (the nearest; "Van Dongen & Mertens"):
#: "De evaluatie, uitgevoerd door onderzoeksbureau De Kaap, laat zien …", "Het onderzoek is
#: verricht door Regioplan." Group "name" is the body.
CARRIED_OUT_BY = re.compile(
    # (also the study commissioned: "heeft het kabinet de Vlaginstructie laten evalueren door onderzoeksbureau Kompas &
    # Kaart"; round 55)
    # (and a study let: "Het WODC heeft die evaluatie laten uitvoeren door onderzoeksbureau Kramer & Oost"; round 61)
    r"\b(?:(?:uitgevoerd|opgesteld|geschreven|verricht|gemaakt|geëvalueerd|evalueren|onderzoeken|doorgelicht"
    # (researchers of a body: "is in opdracht van het WODC uitgevoerd door onderzoekers van het Centrum voor Strafrecht en
    # Digitalisering", the body named; round 62)
    r"|doorlichten|uitvoeren|verrichten|opstellen)\s+door\s+(?:(?:de\s+)?(?:onderzoekers|medewerkers|wetenschappers)\s+van\s+)?"
    r"(?:(?:het|de)\s+)?(?:(?:[Oo]nderzoeks|[Aa]dvies)?[Bb]ureau\s+)?"
    # active, in a relative clause: "de evaluatie, die bureau Kade & Stroom in mijn opdracht heeft uitgevoerd"
    # (also with the bureau's own capital, kept in its name since round 45: "die Bureau Bartels heeft uitgevoerd" gives
    # "Bureau Bartels")
    # ("het evaluatierapport van Kwantes Onderzoek": a capitalised name right after "van", no article)
    r"|\b(?:evaluatierapport|onderzoeksrapport|eindrapport)\s+van\s+(?=[A-Z])"
    r"|\b(?:die|dat)\s+(?:het\s+)?(?:(?:[Oo]nderzoeks|[Aa]dvies)?bureau\s+|(?=(?:Onderzoeks|Advies)?Bureau\s))"
    r"(?=[A-Z][^.]{0,80}?\b(?:heeft|hebben)\s+(?:uitgevoerd|opgesteld|geschreven|verricht|gemaakt)\b)"
    # (a bureau by its name alone, "in opdracht": "de wetsevaluatie die Hoekstra Beleidsonderzoek in opdracht van mijn
    # ministerie heeft uitgevoerd"; round 53)
    # (its acronym after it in brackets: "die Wageningen Social & Economic Research (WUR) in mijn opdracht heeft
    # uitgevoerd"; round 54)
    r"|\b(?:die|dat)\s+(?=[A-Z][\w-]*(?:\s+(?:&\s+)?[A-Z][\w-]*)*(?:\s+\([A-Z][\w&-]*\))?\s+in\s+(?:mijn\s+|onze\s+)?opdracht\b"
    r"[^.]{0,80}?\b(?:heeft|hebben)\s+(?:uitgevoerd|opgesteld|geschreven|verricht|gemaakt)\b)"
    # active, in a main clause with the bureau as subject after "heeft": "Daarnaast heeft Bureau Lindeman in mijn
    # opdracht de wet geëvalueerd" (round 45)
    # (a capitalised "Bureau" is part of the name: "Bureau Lindeman Onderzoek")
    r"|\b(?:heeft|hebben)\s+(?:het\s+)?(?:(?:[Oo]nderzoeks|[Aa]dvies)?bureau\s+|(?=(?:Onderzoeks|Advies)?Bureau\s))"
    r"(?=[A-Z][^.]{0,120}?\b(?:geëvalueerd|onderzocht|uitgevoerd|verricht|doorgelicht)\b)"
    # a research bureau as the subject that carried out the study: "Onderzoeksbureau Kempers & Brouwer voerde de evaluatie
    # uit." (round 61)
    r"|\b[Oo]nderzoeksbureau\s+(?=[A-Z][\w-]*(?:\s+(?:&\s+)?[A-Z][\w-]*)*\s+(?:voerde|voert|verrichtte|verricht|heeft)"
    r"\s+(?:de|het|die|dit|deze)\s+(?:evaluatie|onderzoek|studie|doorlichting)\b))"
    r"(?P<name>[A-Z][\w-]*(?:(?:\s+(?:van|voor|en|de|der|&))*\s+[A-Z][\w-]*)*)"
)

#: Head nouns of a body named in full before, which name the recommender after "volgens" ("Zorgverzekeraars zouden
#: volgens het instituut … moeten …" after "het Zorginstituut"); not recommender nouns elsewhere, where "Het instituut
#: adviseert" is resolved by the report's organisations (round 45).
ACCORDING_HEAD_NOUNS = frozenset({"instituut"})

#: A recommendation reported with "volgens" after its subject's conditional: "Gemeenten zouden volgens de raad … moeten
#: …" (the subject is whom it is for, "volgens" names the recommender; see `according`).
REPORTED_CONDITIONAL = re.compile(r"^\W*[^,.;:]{1,60}?\s(?:zou|zouden)\s+volgens\s")

#: A list's lead that opens on a pronoun for its recommender: "Zij doen drie aanbevelingen: …", "Het doet …" (the body
#: is named in the sentence before).
LEAD_PRONOUN = re.compile(
    r"\s*(?:Zij|Hij|Het)\s+(?:doen|doet|bevelen|beveelt|adviseren|adviseert|komen|komt)\b"
)

#: Articles stripped from the front of organisation names.
ARTICLE = re.compile(r"^(?:de|het|De|Het|een|Een)\s+")

#: Name-internal connectors in organisation names ("Centrum tegen Kinderhandel en Mensenhandel").
NAME_CONNECTORS = frozenset({"van", "voor", "tegen", "der", "en", "&", "op", "in", "de", "het"})

# --- the report ------------------------------------------------------------------------------

#: The report named with its title in quotes after a report noun.
#: Example: "het onderzoeksrapport “Grip op de keten” van de Inspectie" → "Grip op de keten".
REPORT_TITLE = re.compile(
    r"\b(?:rapport|onderzoeksrapport|adviesrapport|eindrapport|advies|evaluatie|onderzoek|rapportage|studie"
    r"|verkenning|publicatie|doorlichting|monitor|beleidsdoorlichting|verslag"
    # a supervisor's overview of a sector: "het sectorbeeld «Garantie met voorwaarden» van de Autoriteit
    # woningcorporaties" (round 48)
    r"|sectorbeeld|sectoranalyse"
    # a compound naming its kind: "het themaonderzoek «Leren buiten de school»", "de marktstudie", "de tussenevaluatie"
    # (round 46)
    r"|\w+(?:onderzoek|studie|evaluatie|rapport))\b[^.«“\"‘\n]{0,80}?"
    r"(?:«(?P<t1>[^»\n]{2,200})»|“(?P<t2>[^”\n]{2,200})”|\"(?P<t3>[^\"\n]{2,200})\"|‘(?P<t4>[^’\n]{2,200})’"
    r"|„(?P<t5>[^”\"\n]{2,200})[”\"])"
)

#: A sentence about a report being published or sent, when no quoted title is given.
#: Example: "Op 3 maart jl. heeft de Onderwijsraad zijn advies over de lerarenopleiding uitgebracht."
REPORT_PUBLISHED = re.compile(
    # "verkenning", "briefadvies", "signalement": the adviesraden's other report kinds; compounds too ("het
    # evaluatierapport", "haar marktstudie", "het follow-upverslag", "haar verantwoordingsonderzoek": an "onderzoek"
    # only as a compound, "In het onderzoek is vastgesteld dat …" names no report; round 53)
    r"\b(?:[\w-]*(?:rapport|advies|evaluatie|rapportage|verkenning|signalement|studie|(?<!jaar)verslag)|[\w-]+onderzoek)\b"
    r"[^.]{0,120}?\b(?:gepubliceerd"
    r"|uitgebracht"
    r"|verschenen|aangeboden|gepresenteerd|opgeleverd|vastgesteld|openbaar\s+gemaakt)\b"
    # the Raad van State's "voorlichting": "heeft de Afdeling advisering … voorlichting gegeven over …" (round 53)
    # (not any "voorlichting": "heeft het steunpunt voorlichting gegeven op veertig introductiebijeenkomsten")
    r"|\b(?:Afdeling|Raad\s+van\s+State)\b[^.]{0,160}?\bvoorlichting\b[^.]{0,120}?\b(?:gegeven|uitgebracht)\b"
    r"|\b(?:publiceerde|bracht|presenteerde|verscheen)\b[^.]{0,120}?\b(?:rapport|advies|evaluatie|verkenning"
    r"|briefadvies|signalement"
    # a study by its kind: "Op 9 december 2025 publiceerde de ACM haar marktstudie naar …", "zijn beleidsstudie"
    r"|\w*studie)\b"
    # the letter that sends it: "Hierbij bied ik u de evaluatie aan van de directie IOB …", "Hierbij
    # ontvangt u het rapport van de inspectie …", "Met deze brief stuur ik u het advies …"
    # (compounds too: "Hierbij ontvangt u het evaluatierapport van onderzoeksbureau …", "het eindrapport")
    # ("het toezichtsrapport van de CTIVD": any compound; round 53)
    # ("Hierbij stuur ik uw Kamer de evaluatie van de regeling, uitgevoerd door Bureau X"; round 58)
    r"|\b(?:bied|zend|stuur)\s+(?:ik|wij|we)\s+(?:u|uw\s+Kamer)\b[^.]{0,80}?\b(?:het|de)\s+[\w-]*"
    r"(?:rapport|advies|evaluatie|verkenning|signalement|studie|(?<!jaar)verslag)\b"
    r"|\bontvangt\s+u\b[^.]{0,60}?\b(?:het|de)\s+[\w-]*"
    r"(?:rapport|advies|evaluatie|verkenning|studie|(?<!jaar)verslag)\b"
    # the letter that answers it: "In deze brief reageer ik op twee onderzoeken …: de marktverkenning van de ACM … en de
    # evaluatie van het register door Hoogland Beleidsonderzoek" (its bodies named after it; round 57)
    r"|\b(?:reageer\s+ik|reageren\s+(?:wij|we)|reageert\s+het\s+kabinet)\b[^.]{0,40}?\bop\s+(?:[\w-]+\s+){0,3}?[\w-]*"
    r"(?:rapport|rapporten|advies|adviezen|evaluatie|evaluaties|verkenning|studie|studies|(?<!jaar)verslag"
    r"|onderzoek|onderzoeken)\b",
    re.IGNORECASE,
)

#: A sentence that names who made the report, near the sentence that sends it (before or after it): the passive
#: "De evaluatie is uitgevoerd door onderzoeksbureau X", the active "Onderzoeksbureau X heeft die evaluatie in opdracht
#: van het WODC uitgevoerd" / "… in november afgerond", and the commission "In 2025 heb ik het onderzoeksbureau X
#: gevraagd te evalueren hoe …" (who asked is not the author: `_organisations` keeps the names before "in opdracht").
REPORT_AUTHOR = re.compile(
    r"\b(?:opgesteld|uitgevoerd|geschreven|gemaakt|verricht)\s+door\b"
    r"|\b(?:heeft|hebben)\s+(?:(?-i:[a-z]+\s+)?(?-i:[A-Z])[^.]{0,60}?\s)?(?:die|deze|de|het|dit|dat)\s+"
    r"(?:evaluatie|onderzoek|rapport|studie|doorlichting|analyse)\b"
    r"[^.]{0,80}?\b(?:uitgevoerd|afgerond|opgesteld|geschreven|verricht|gedaan)\b"
    r"|\b(?:heb|hebben)\s+(?:ik|wij|we|het\s+kabinet)\s+(?:het\s+|de\s+)?(?:onderzoeks|advies)?bureau\b[^.]{0,60}?"
    r"\bgevraagd\b"
    # what the body studied, as an indirect question: "Het KiM heeft onderzocht waarom het aantal toegankelijke haltes
    # langzamer groeit dan afgesproken" (since round 41)
    # (the subject after the verb: "Op verzoek van mijn ambtsvoorganger heeft de Inspecteur-Generaal der Krijgsmacht
    # (IGK) onderzocht hoe …"; round 58)
    r"|\b(?:heeft|hebben)\s+(?:[^.]{0,80}?\s)?onderzocht\s+(?:waarom|of|hoe|welke|wat|wanneer|in\s+hoeverre)\b"
    # research done, without an article: "De Inspectie Veiligheid Defensie (IVD) heeft naar aanleiding van dit incident
    # onderzoek gedaan naar …" (round 46)
    r"|\b(?:heeft|hebben)\s+(?:[^.]{0,60}?\s)?(?:een\s+)?onderzoek\s+(?:gedaan|verricht|uitgevoerd)\b",
    re.IGNORECASE,
)
#: What the report does, said of it by a pronoun, with its author as the subject after the verb: "Daarin evalueert
#: onderzoeksbureau X in opdracht van het WODC de bevoegdheid …", "Hierin onderzoekt de ombudsman hoe …", "In dat rapport
#: beschrijft de Rekenkamer …" (round 59; the first organisation after the verb is the author).
REPORT_CONTENT_BY = re.compile(
    r"^\s*(?:daarin|hierin|in\s+(?:dat|dit|het)\s+(?:rapport|onderzoek|evaluatie|advies))\s+"
    r"(?:evalueert|evalueren|evalueerde|onderzoekt|onderzoeken|onderzocht|beschrijft|beschrijven|beschreef"
    r"|analyseert|analyseren|analyseerde|bekijkt|bekijken|bekeek)\b",
    re.IGNORECASE,
)

#: The question words that end the "heeft onderzocht waarom" form of `REPORT_AUTHOR` (its author is the subject before it).
STUDIED_QUESTION_WORDS = ("waarom", " of", "hoe", "welke", "wat", "wanneer", "hoeverre")

#: A report made, said in the past (the sentence that stands for the report when none sends or publishes it):
#: "Onderzoeksbureau Lindenhof heeft de evaluatie in 2025 uitgevoerd; het rapport treft u als bijlage aan", "De
#: evaluatie is uitgevoerd door bureau X" (not a practice: "De monitoring wordt uitgevoerd door …").
REPORT_MADE = re.compile(
    # (the subject after the verb, a time put first: "Op 14 januari 2027 heeft onderzoeksbureau Waterlijn Advies de
    # evaluatie van het programma … afgerond"; round 58)
    r"\b(?:heeft|hebben)\s+(?:(?-i:[a-z]+\s+)?(?-i:[A-Z])[^.]{0,60}?\s)?(?:die|deze|de|het|dit|dat)\s+"
    r"(?:evaluatie|onderzoek|rapport|studie|doorlichting)\b"
    r"[^.]{0,80}?\b(?:uitgevoerd|afgerond|opgesteld|geschreven|verricht)\b"
    r"|\b(?:evaluatie|onderzoek|rapport|studie|doorlichting)\s+is\s+(?:[^.]{0,40}?\s)?(?:uitgevoerd|opgesteld|geschreven"
    r"|verricht)\s+door\b",
    re.IGNORECASE,
)

#: An abbreviation introduced for what precedes it: "(hierna: CKM)", "(hierna te noemen: de Raad)".
#: Example: "de Wetenschappelijke Raad voor het Regeringsbeleid (hierna: WRR)"
HIERNA = re.compile(
    r"\(\s*(?:hierna|verder|hierna\s+te\s+noemen|afgekort)\s*:?\s*(?P<short>[^)]{1,60}?)\s*\)"
)

#: Dutch month names (full names only: a report's date is written out), from the dates patterns.
MONTHS: dict[str, int] = {name: n for n, name in enumerate(MONTH_NAMES, start=1)}

#: A day-month date with a year, "jl." (last) or "a.s." (coming).
#: Example: "17 december jl.", "3 maart 2023", "12 mei j.l."
REPORT_DATE = re.compile(
    r"\b(?P<day>[1-3]?\d)\s+(?P<month>" + "|".join(MONTHS) + r")\b\s*(?:(?P<year>(?:19|20)\d\d)\b"
    r"|(?P<jl>j\.?\s?l\.?)|(?P<as>a\.?\s?s\.?))?",
    re.IGNORECASE,
)

#: Capitalised function words and sentence adverbs that are never a body's name (round 53): prepositions ("Aan de
#: gemeenten beveelt de raad aan …"), determiners and pronouns ("Een van de aanbevelingen", "Onze inzet"), adverbs of
#: time and discourse ("Vandaag hebben wij het rapport ontvangen", "Samengevat vraagt de raad …"). Not "Van", "Ter" or
#: "Den": they open names of bureaus and people ("Van Rijswijk en Oudeman").
SENTENCE_OPENING_WORDS = frozenset(
    {
        *[
            "Aan",
            "Bij",
            "Door",
            "Na",
            "Naar",
            "Om",
            "Over",
            "Tot",
            "Uit",
            "Voor",
            "Onder",
            "Tegen",
            "Tijdens",
            "Volgens",
            "Zonder",
            "Binnen",
            "Buiten",
            "Per",
        ],
        *[
            "Vanwege",
            "Namens",
            "Ondanks",
            "Naast",
            "Behalve",
            "Rond",
            "Vanuit",
            "Via",
            "Dankzij",
            "Bovenop",
            "Richting",
        ],
        *[
            "Een",
            "Elke",
            "Ieder",
            "Iedere",
            "Alle",
            "Beide",
            "Geen",
            "Enkele",
            "Veel",
            "Vele",
            "Sommige",
            "Andere",
            "Wat",
            "Welke",
            "Zulke",
        ],
        *["U", "Uw", "Mijn", "Ons", "Onze", "Hun", "Haar", "Men", "Wie", "Zich"],
        *[
            "Vandaag",
            "Gisteren",
            "Morgen",
            "Onlangs",
            "Recent",
            "Recentelijk",
            "Eerder",
            "Inmiddels",
            "Intussen",
            "Tegelijkertijd",
        ],
        *[
            "Vervolgens",
            "Daarna",
            "Hierna",
            "Kortom",
            "Samengevat",
            "Samenvattend",
            "Allereerst",
            "Eerst",
            "Tenslotte",
            "Uiteraard",
        ],
        *[
            "Natuurlijk",
            "Helaas",
            "Gelukkig",
            "Zo",
            "Dus",
            "Dan",
            "Toch",
            "Maar",
            "En",
            "Of",
            "Want",
            "Noch",
            "Hoe",
            "Waarom",
            "Wanneer",
            "Waar",
            "Immers",
        ],
        *[
            "Evenwel",
            "Overigens",
            "Desondanks",
            "Niettemin",
            "Bijvoorbeeld",
            "Concreet",
            "Vooral",
            "Juist",
            "Alleen",
            "Slechts",
            "Zelfs",
        ],
        *[
            "Nog",
            "Al",
            "Niet",
            "Nooit",
            "Altijd",
            "Vaak",
            "Soms",
            "Momenteel",
            "Thans",
            "Doorgaans",
            "Mede",
            "Opnieuw",
            "Kort",
            "Er",
        ],
    }
)

#: A pronominal adverb, never a name: "Hierbij ontvangt u …", "Daarmee …", "Waarop …", "Ermee …" (round 53).
PRONOMINAL_ADVERB = re.compile(
    r"(?:Hier|Daar|Waar|Er)(?:aan|achter|bij|binnen|buiten|door|in|langs|mee|na|naar|naast|om|omtrent|onder|op|over"
    r"|tegen|toe|tussen|uit|van|voor|vandaan|zonder)\Z"
)

#: Capitalised words that are never organisations (months, sentence openers, offices).
NOT_ORGANISATION = frozenset(
    {
        "Op",
        "In",
        "Met",
        "Ik",
        "Wij",
        "Dit",
        "Deze",
        "Het",
        "De",
        # a pronoun for the body named in the sentence before: "In 2025 ontving de Nationale ombudsman ruim tachtig
        # klachten. Hij heeft daarop een onderzoek ingesteld en … het rapport «…» uitgebracht." (round 46)
        "Hij",
        "Zij",
        "Ze",
        "Die",
        "Minister",
        "Staatssecretaris",
        "Kamer",
        "Tweede",
        "Eerste",
        "Voorzitter",
        "Kamerstuk",
        "Kamerstukken",
        # conjunctions and adverbs that open a sentence: "Zoals gebruikelijk voor een planbureau doet het SCP geen
        # aanbevelingen …" (round 47)
        "Zoals",
        "Omdat",
        "Doordat",
        "Aangezien",
        "Als",
        "Indien",
        "Nu",
        "Daarom",
        "Ook",
        "Wel",
        "Toen",
        "Sinds",
        "Vanaf",
        "Tegelijk",
        "Daarnaast",
        "Verder",
        "Bovendien",
        "Tevens",
        "Voorts",
        "Echter",
        "Hoewel",
        "Terwijl",
        "Nadat",
        "Voordat",
        "Zodra",
        # the proceedings cited as a source: "(Handelingen II 2025/26, nr. 24, item 7)"
        "Handelingen",
        "Handelingen I",
        "Handelingen II",
        "Aanhangsel Handelingen",
        "II",  # (its chamber, read apart when "Handelingen" itself is no name)
        *(m.capitalize() for m in MONTHS),
        # function words and sentence adverbs that open a sentence, read as a body's name before round 53: "Vandaag
        # hebben wij haar rapport «…» ontvangen", "Aan de brancheorganisaties beveelt de Onderzoeksraad aan …"
        *SENTENCE_OPENING_WORDS,
    }
)

#: The lower-case rest of a name up to its short form in brackets, after the capitalised head the name reader stops at
#: (its commas stop it too): " voor wetenschap, technologie en innovatie (AWTI)" after "de Adviesraad" (round 46).
LOWER_NAME_TAIL = re.compile(
    r"\s+(?:voor|van)\s+[a-zà-ÿ][a-zà-ÿ ,-]{2,80}?\s*\((?P<short>[A-Z][A-Za-z&]{1,9})\)"
    # (or one to three lower-case words straight after the head, no article among them: "het Nationaal Comité advies
    # dierproefzaken (NCad)", "het Adviescollege toetsing regeldruk (ATR)"; round 49)
    r"|(?:\s+(?!(?:de|het|een|en|of|die|dat)\b)[a-zà-ÿ-]{3,}){1,3}\s*\((?P<short2>[A-Z][A-Za-z&]{1,9})\)"
)
#: A scheme, law or programme by its name, never the body that makes recommendations: "De Stimuleringsregeling digitale
#: ondertekening mkb vergoedde …", "de Wet goed verhuurderschap" (round 48).
SCHEME_NAME = re.compile(r"[A-Z][\w-]*(?:regeling|wet|besluit)\b|(?:Wet|Besluit|Regeling)\b")

#: A report sentence that opens on a pronoun for its author, named in the sentence before: "Hij heeft daarop een
#: onderzoek ingesteld en … het rapport «…» uitgebracht" (round 46).
PRONOUN_SUBJECT = re.compile(r"\W*(?:Hij|Zij|Ze)\s")
#: … or a possessive for it before the report noun: "De Inspectie Veiligheid Defensie (IVD) heeft de brand onderzocht.
#: Hierbij bied ik u haar rapport «Vuur in de hei» aan" (round 50).
POSSESSIVE_REPORT = re.compile(
    r"\b(?:haar|zijn|hun)\s+(?:[\w-]+\s+)?(?:rapport|advies|evaluatie|onderzoek|eindrapport|rapportage|verkenning"
    r"|studie|jaarverslag|zienswijze)\b",
    re.IGNORECASE,
)
#: A report sentence whose author is a generic noun for a body named in full just before: "In juni 2025 heb ik de
#: Commissie Doorlooptijden Woningbouw … gevraagd …. Op 14 april 2026 heeft de commissie mij haar eindrapport «…»
#: aangeboden" (the name before that holds the noun; round 48).
GENERIC_AUTHOR = re.compile(
    r"\b(?:de|het)\s+(?P<noun>commissie|raad|inspectie|college|ombudsman|adviesraad|adviescollege|autoriteit|rekenkamer"
    r"|planbureau|onderzoeksraad|werkgroep|kwartiermaker|taskforce)\b"
)

#: Names that are what a report is about, never who wrote it: the country, its people and the state
#: ("over de Nederlandse inzet", "aan Nederlanders in het buitenland", "waarop het Rijk …"). Checked on
#: whole names only ("Nederlandse Arbeidsinspectie" stays a body).
SUBJECT_NAMES = frozenset(
    {
        "Nederland",
        "Nederlandse",
        "Nederlanders",
        "Nederlander",
        "Europese",
        "Caribische",
        "Rijk",
        "Staat",
        "Rijksoverheid",
    }
)

#: An evaluation is "of" what it evaluates: "de evaluatie van het Mensenrechtenfonds", "de evaluatie van de
#: Garantiefaciliteit Lokale Banken (GLB), uitgevoerd door …" (matched on the text before a name) — unless
#: the name is an evaluator's (`EVALUATOR_NAME`: "de evaluatie van de Directie IOB").
EVALUATED_BEFORE = re.compile(
    r"\b(?:evaluatie|tussenevaluatie|eindevaluatie|doorlichting|beleidsdoorlichting|herijking)"
    r"(?:\s+aan)?\s+van\s+(?:(?:de|het)\s+)?"
    # "de evaluatie van het programma Technisch Vakmanschap"
    r"(?:(?:programma|regeling|subsidie|fonds|project|pilot|stelsel|instrument|convenant|wet)\s+)?$"
)
EVALUATOR_NAME = re.compile(
    r"\b(?:Directie|Inspectie|Rekenkamer|Ombudsman|ombudsman|Planbureau|[Bb]ureau|Onderzoek|Onderzoeksraad|Instituut"
    r"|Universiteit|University|Research|Raad|[a-z]raad|Adviescollege|IOB|Arbeidsinspectie"
    # a research firm by the word its name ends on: "de evaluatie van Lindenhof Beleidsonderzoek", "… van Zandvoort
    # Advies", "… van Berkel Consultancy" (round 50)
    r"|[A-Z][\w-]*\s+(?:[A-Z][\w-]*)?(?:[Oo]nderzoek|Advies|Adviseurs|Consult|Consultancy|Partners|Economics|Analytics))\b"
    r"|\s&\s"
)

#: Where a report sentence turns to the report's subject, after its author was named: "het rapport
#: «…» gepubliceerd over de CO2-heffing …", "de evaluatie van de IOB naar de Nederlandse steun in
#: Mali …". Names after it are what the report is about (up to a colon, a semicolon or the next
#: report noun, where another report may start).
REPORT_TOPIC = re.compile(
    r"\b(?:over|naar)\s+(?!aanleiding\b|verwachting\b|voren\b|buiten\b|mijn\b|ons\b|onze\b|\d)"
)
REPORT_TOPIC_END = re.compile(
    r";|(?<!hierna)(?<!noemen):|\b(?:het|de|een)\s+(?:\w+)?(?:rapport|advies|evaluatie|studie|onderzoek|verkenning)\b"
    # a relative clause or an agent that names the author after all: "… naar de kosten die
    # onderzoeksbureau X heeft uitgevoerd", "… over de pacht, uitgevoerd door Y" (not "over de boetes
    # die DUO oplegt": DUO is the subject)
    r"|\b(?:die|dat|waarin)\s(?=[^.;:]{0,120}?\b(?:uitgevoerd|opgesteld|geschreven|verricht|gemaakt|uitgebracht"
    r"|gepubliceerd)\b)"
    r"|\b(?:uitgevoerd|opgesteld|geschreven|verricht|gemaakt)\s+door\s"
    # a second report's author in a coordinated clause: "…, en het Sociaal en Cultureel Planbureau (SCP)
    # het rapport «…»"
    r"|,\s+en\s+(?:het|de)\s+(?=[A-Z])"
)

#: A body's bare head noun, left of its full name where the name reader stopped at a lower-case word
#: ("de Raad voor het openbaar bestuur (Rob)" reads as "Raad" and "Rob"): no name of its own when the
#: sentence names another body.
BARE_BODY_HEADS = frozenset(
    {"Raad", "Commissie", "Inspectie", "Adviesraad", "Adviescollege", "Afdeling", "Directie", "Dienst"}
)

#: A name headed by an instrument is what a report is about, not who wrote it: "de evaluatie van
#: de Subsidieregeling Leerwerkbudget", "de Wet open overheid", "het Programma Sterk Bestuur", a law by
#: its compound name ("de evaluatie van de Handelsregisterwet 2007", "de Jeugdwet") and a register
#: ("twee rapporten over het Handelsregister"), a subsidy, fund or credit by its compound name.
INSTRUMENT_NAME = re.compile(
    # (a code of law: "de strafbaarstelling van grooming (artikel 248e van het Wetboek van Strafrecht)"; round 66)
    r"^(?:\w*regeling|Wet|Wetboek|Burgerlijk\s+Wetboek|Besluit|Programma|Actieplan|Beleidsregel|Verordening|Richtlijn|Regeling|Fonds"
    # "de Investeringssubsidie duurzame energie", "het Mensenrechtenfonds", "het Innovatiekrediet"
    # (an instrument by its compound: "2. Evaluatie van het Hygiëneprotocol" names what was evaluated, "het
    # Klimaatakkoord", "het Bouwconvenant"; not "-plan": "Regioplan" is a bureau; round 54)
    r"|[A-Z]\w*(?:subsidie|fonds|krediet|protocol|convenant|akkoord|stelsel))\b"
    r"|^[A-Z]\w*(?:wet|register)(?:\s+\d{4})?$"
)

#: A ministry named after its minister's title is the government, not a report's author: "mede namens de
#: Staatssecretaris van Financiën", "de Minister voor Klimaat en Energie"; nor is a committee of the Kamer
#: (matched on the text before a name).
OFFICE_BEFORE_NAME = re.compile(
    r"\b(?:[Mm]inisters?|[Ss]taatssecretaris(?:sen)?|[Mm]inisteries?|[Mm]inister-[Pp]resident)\s+(?:van|voor)\s+$"
    # a committee of the Kamer: "de vaste commissie voor Onderwijs, Cultuur en Wetenschap"
    r"|\b(?:vaste|algemene)\s+[Cc]ommissie\s+voor\s+$"
    # who commissioned the study: "die onderzoeksbureau X in opdracht van Defensie heeft uitgevoerd"
    r"|\bin\s+opdracht\s+van\s+(?:(?:de|het)\s+)?(?:[Mm]inisterie\s+van\s+)?$"
    # a ministry's budget: "bij de behandeling van de begroting van Economische Zaken"
    r"|\bbegroting\s+van\s+(?:het\s+[Mm]inisterie\s+van\s+)?$"
)

#: A report named by its body's acronym fused to a report noun: "het SER-advies", "het
#: WRR-rapport", "de IOB-evaluatie" (group "org" is the body).
ACRONYM_REPORT = re.compile(
    r"^(?P<org>[A-Z][A-Za-z]{0,2}[A-Z]{1,4})-(?:advies|adviezen|rapport|rapporten|onderzoek|evaluatie|verkenning|review)$"
)

#: Abbreviations that end in a dot without ending a sentence (for the sentence splitter).
ABBREVIATIONS = frozenset(
    {
        "jl",
        "j.l",
        "a.s",
        "bijv",
        "o.a",
        "o.m",
        "nr",
        "nrs",
        "resp",
        "e.d",
        "enz",
        "d.w.z",
        "m.b.t",
        "t.a.v",
        "i.p.v",
        "i.c.m",
        "m.n",
        "mr",
        "dr",
        "drs",
        "prof",
        "ir",
        "ca",
        "art",
        "blz",
        "p",
        "vgl",
        "zgn",
        "z.g.n",
        "e.a",
        "incl",
        "excl",
        "mln",
        "mld",
        "mrd",
        "d.d",
        "t.b.v",
        "i.v.m",
        "c.q",
        "dhr",
        "mevr",
        "st",
    }
)

# --- recommendations in every real form (lists with explanations, prose, quotes) ------------

#: Imperative verb stems that open a recommendation written as an instruction, as reports do
#: in their lists and boxes ("Stel …", "Ontwikkel …", "Zorg …"). Separable verbs are listed by
#: their stem ("Pas … aan", "Leg … vast"). Verbs in "-eer" ("Investeer", "Stimuleer") are
#: recognised by their ending (see IMPERATIVE_EER), so they need not be listed.
#: Example: "Ontwikkel een samenhangend pakket aan instrumenten."
IMPERATIVE_VERBS = frozenset(
    {
        # sending, reporting, paying: "Verstuur het overzicht digitaal", "Meld elk incident"
        "verstuur",
        "verzend",
        "lever",
        "meld",
        "train",
        "vergoed",
        # separable verbs: "Vul de regeling aan met …", "Draag de taak over aan …"
        "vul",
        "draag",
        "verkort",
        "bied",
        "oefen",
        "hef",
        "betaal",
        "benut",
        "beperk",
        "bepaal",
        "betrek",
        "bevorder",
        "bescherm",
        "bespreek",
        "bewaak",
        "borg",
        "bouw",
        "breid",
        "breng",
        "bundel",
        "creëer",
        "deel",
        "doe",
        "geef",
        "gebruik",
        "ga",
        "heroverweeg",
        "herijk",
        "herzie",
        "houd",
        "hanteer",
        "help",
        "kies",
        "kom",
        "koppel",
        "laat",
        "leg",
        "leer",
        "maak",
        "meet",
        "neem",
        "ontwikkel",
        "onderzoek",
        "ondersteun",
        "onderbouw",
        "ontsluit",
        "pak",
        "pas",
        "regel",
        "richt",
        "schep",
        "schaf",
        "schrap",
        "spreek",
        "start",
        "stel",
        "stop",
        "stuur",
        "toets",
        "trek",
        "veranker",
        "verbeter",
        "verbied",
        "verbind",
        "verbreed",
        "verduidelijk",
        "vereenvoudig",
        "vergroot",
        "verhoog",
        "verken",
        "verklein",
        "verlaag",
        "verleng",
        "verminder",
        "verplicht",
        "verruim",
        "verscherp",
        "versnel",
        "versterk",
        "vertaal",
        "verzamel",
        "voer",
        "volg",
        "voorkom",
        "voorzie",
        "waarborg",
        "wees",
        "werk",
        "wijs",
        "zet",
        "zie",
        "zoek",
        "zorg",
        "blijf",
        "beloon",
        "bekostig",
        "beschrijf",
        "benoem",
        "beoordeel",
        "bewerkstellig",
        "check",
        "denk",
        "durf",
        "experimenteer",
        "financier",
        "handhaaf",
        "investeer",
        "leid",
        "los",
        "monitor",
        "omarm",
        "ontzorg",
        "prioriteer",
        "realiseer",
        "reserveer",
        "schaal",
        "sluit",
        "span",
        "steun",
        "streef",
        "vermijd",
        "vervang",
        "vraag",
        "weeg",
        "wissel",
        "bekijk",
        "agendeer",
        "accepteer",
        "actualiseer",
    }
)

#: Imperatives of separable verbs whose stem is also another word ("rond" a preposition, "stem" a
#: noun): an instruction only with the particle closing the item: "Rond het onderzoek binnen vier
#: weken af.", "Stem de termijnen met de gemeenten af", not "Rond de 40 procent van de scholen …", nor
#: an "af" of another verb ("Rond 2030 loopt de regeling af", "Rond de helft … valt af"): no number
#: after "Rond", no finite verb before the "af".
SEPARABLE_IMPERATIVE = re.compile(
    r"(?i)(?:rond|stem)\s+(?!\d|de\s+helft\b|het\s+(?:begin|eind|einde|midden)\b)"
    r"(?:(?!\b(?:loopt|lopen|liep|valt|vallen|viel|neemt|nemen|hangt|hangen|komt|komen|gaat|gaan|ligt|liggen"
    r"|is|zijn|was|waren|wordt|worden|werd|zal|zullen|kan|kunnen|moet|moeten|heeft|hebben|staat|staan"
    r"|sluit|sluiten|wijkt|wijken|zwakt|neemt)\b)[^;:?!])*?\saf[\s.!»”\"')]*$"
)

#: Imperatives in "-eer": "Investeer", "Stimuleer", "Faciliteer", "Evalueer". Nouns with that
#: ending ("Verkeer", "Beheer") are excluded by length and by NOT_IMPERATIVE.
IMPERATIVE_EER = re.compile(r"[A-Za-zëéï]{3,}eer$")

#: Words in "-eer" that are nouns, not imperatives.
NOT_IMPERATIVE = frozenset({"verkeer", "beheer", "sfeer", "personeel", "plafonneer", "onderhoud"})

#: Words that open a statement, not an instruction: after a bare "Aanbeveling 1" run-in label ("**Aanbeveling 1** Richt
#: …") any other first word is read as the verb of the recommendation ("Beantwoord iedere klacht binnen zes weken."),
#: these not ("Aanbeveling 1 De minister neemt over", "Aanbeveling 2 Ik neem over").
STATEMENT_OPENERS = frozenset(
    {
        "de", "het", "een", "dit", "dat", "deze", "die", "ik", "wij", "we", "zij", "hij", "u", "er", "hier", "daar",
        "wat", "op", "in", "met", "voor", "over", "aan", "bij", "van", "naar", "na", "tot", "om", "ook", "wel", "niet",
        "geen", "zoals", "volgens",
    }
)  # fmt: skip

#: A recommendation written as an obligation or a wish: "Het Rijk moet …", "Gemeenten dienen …",
#: "Er zou … moeten komen", "Het is nodig om …", "Het verdient aanbeveling …".
#: Example: "Provincies zouden meer ruimte moeten krijgen voor eigen keuzes."
MODAL_ITEM = re.compile(
    r"\b(?:moet|moeten|dient|dienen|zou|zouden|behoort|behoren)\b"
    r"|\b(?:is|zijn)\s+(?:het\s+)?(?:nodig|noodzakelijk|gewenst|wenselijk|van\s+belang|essentieel)\b"
    r"|\bverdient\s+(?:het\s+)?aanbeveling\b",
    re.IGNORECASE,
)

#: An item that is an infinitive clause after a lead ("De commissie adviseert: … het wettelijk
#: kader te verduidelijken") or a nominalised action ("Het verder onderzoeken van …",
#: "Ontwikkelen van interactieve …").
#: Example: "de capaciteit bij de rechtspraak uit te breiden"
INFINITIVE_ITEM = re.compile(
    r"\bte\s+[a-zë]{3,}en\b|^(?:[Hh]et\s+(?:[a-z]+\s+){0,2}?)?[a-zA-Z]{3,}en\s+(?:en\s+[a-z]{3,}en\s+)?van\b"
)

#: A lead that announces the report's recommendations, in the forms letters use before a list
#: or frame: "De commissie doet de volgende aanbevelingen", "Het rapport bevat vier
#: aanbevelingen", "De belangrijkste aanbevelingen uit het advies zijn:", a bare heading
#: "Aanbevelingen (van de Raad)", "De Raad adviseert het kabinet:".
#: Example: "De commissie komt tot vier aanbevelingen."
#: A plea that goes on to announce the recommendations it comes to: "De raad pleit voor een beter evenwicht tussen
#: openheid en bescherming en doet daartoe vier aanbevelingen" (round 50).
PLEA_THEN_COUNT = re.compile(
    r"\ben\s+(?:doet|komt|formuleert)\s+(?:daartoe|daarvoor|hiertoe|daarbij)?\s*(?:tot\s+)?(?:de\s+volgende|twee|drie|vier"
    r"|vijf|zes|zeven|acht|negen|tien|\d{1,2}|enkele|een\s+aantal)\s+(?:\w+\s+)?aanbevelingen\b",
    re.IGNORECASE,
)
ANNOUNCED_RECOMMENDATIONS = re.compile(
    r"\bvolgende\s+(?:\w+\s+){0,2}?(?:aanbevelingen|adviezen|adviespunten|aanbeveling)\b"
    r"|\b(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|\d{1,2}|enkele|een\s+aantal|"
    r"verschillende|meerdere|diverse|belangrijkste|voornaamste|centrale|kern)\s+(?:\w+\s+)?"
    r"(?:aanbevelingen|adviezen)\b"
    r"|^\W*(?:Aanbevelingen|Adviezen|Kernaanbevelingen)\b"
    r"|\baanbevelingen\s+(?:luiden|zijn|van\s+\S+\s+zijn)\s*:",
    re.IGNORECASE,
)

#: Any mention of recommendations in a lead sentence (a "loose" lead: a list after it counts
#: only when its items read as recommendations).
#: Example: "De aanbevelingen van de SER en het PBL sluiten nauw bij elkaar aan."
# (planbureaus offer "opties": "Het SCP schetst vijf handelingsopties")
LEAD_MENTION = re.compile(
    r"\baanbeveling(?:en)?\b|\badviezen\b|\badviespunten\b|\b(?:beleids|handelings)?opties\b", re.IGNORECASE
)
#: Pieces of `LEAD_MENTION` one of which every match holds, lower-cased: a sentence whose
#: lower-case text holds neither is not searched. Free of "i", "s" and "k", the only ASCII
#: letters IGNORECASE also matches to other letters (ı, ſ, K), so lower-casing finds them all.
#: Example: "aanbevel" in "De Aanbevelingen van de raad".
LEAD_MENTION_KEYS = ("aanbevel", "adv", "opt")

#: A lead that announces something other than recommendations: the letter's topics, the
#: government's measures, aims, questions, motions. Such lists stay out even when the lead also
#: mentions recommendations ("de volgende maatregelen naar aanleiding van de aanbevelingen").
#: Example: "In deze brief ga ik in op de volgende onderwerpen:"
OTHER_ANNOUNCEMENT = re.compile(
    r"\b(?:volgende|deze|drie|vier|vijf|twee|zes|aantal|enkele)\s+(?:\w+\s+){0,2}?"
    r"(?:maatregelen|onderwerpen|punten\s+aan\s+de\s+orde|thema'?s|acties|actiepunten|stappen|doelen"
    r"|doelstellingen|ambities|vragen|moties|toezeggingen|afspraken|resultaten|conclusies|bevindingen"
    r"|onderdelen|sporen|pijlers|lijnen|prioriteiten|maatregel)\b"
    r"|^\W*(?:In\s+deze\s+brief|Deze\s+brief|Hieronder|In\s+het\s+vervolg|Achtereenvolgens)\b"
    r"|\b(?:ga\s+ik|gaan\s+we|gaan\s+wij|bespreek\s+ik|behandel\s+ik)\s+(?:\w+\s+){0,3}?in\s+op\s*:",
    re.IGNORECASE,
)

#: The letter-opening alternative of `OTHER_ANNOUNCEMENT` ("In deze brief", "Hieronder", …): with recommendations
#: announced after it ("de vijf aanbevelingen", "de volgende aanbevelingen") it announces those, not topics.
LETTER_OPENER_ANNOUNCEMENT = re.compile(
    r"\W*(?:In\s+deze\s+brief|Deze\s+brief|Hieronder|In\s+het\s+vervolg|Achtereenvolgens)\b", re.IGNORECASE
)

#: A preposition that makes the findings or conclusions after it the ground of what the lead
#: announces: "Op grond van deze bevindingen doen de evaluatoren vier aanbevelingen:", "Op basis van
#: deze conclusies beveelt de raad aan:" (tested on the text right before an `OTHER_ANNOUNCEMENT`).
GROUND_BEFORE = re.compile(r"\b(?:van|uit|op\s+basis\s+van|naar\s+aanleiding\s+van)\s+$", re.IGNORECASE)

#: Where a lead names the report(s) the recommendations come from: "aanbevelingen uit de
#: SER-verkenning en de ICER", "Aanbevelingen van de Raad voor de leefomgeving". Group "src"
#: starts the noun phrase (read with `read_names`).
#: Example: "De belangrijkste aanbevelingen uit het advies van de Rli …" (src: "het advies …")
LEAD_SOURCE = re.compile(
    r"\b(?:aanbevelingen|aanbeveling|adviezen|advies)\s+(?:uit|van|in)\s+(?P<src>(?:de|het)\s+\S|[A-Z])",
    re.IGNORECASE,
)

#: A source marked on a list item itself: "… (SER)", "… (SER, PBL)", "… [Rli]".
#: Example: "Stel een heldere doelstelling op voor 2030 (SER en PBL)."
#: (A code of the report's own, "(N1)", is no source: see `recommendation_codes.TRAILING_CODE`.)
ITEM_SOURCE = re.compile(
    r"[(\[](?![A-Z]{1,3}\d{1,2}[a-z]?[)\]])(?P<src>[A-Z][\w'’-]*(?:\s*(?:,|/|&|en)\s*[A-Z][\w'’-]*){0,3})[)\]][.;,]?$"
)

#: Prose restating a recommendation with its recommender as subject, in main-clause order:
#: "De raad beveelt aan om …", "De Rli adviseert het kabinet om …", "De commissie doet de
#: aanbeveling om …", "RWS beveelt aan een uitvoeringsagenda te maken", "Het PBL pleit voor …",
#: "De onderzoekers raden aan …", "De inspectie roept gemeenten op om …", and the passive "Er
#: wordt aanbevolen om …" / "Het verdient aanbeveling om …" / "De aanbeveling is om …".
#: Group "verb" ends at the verb; the sentence must also hold a complement (PROSE_COMPLEMENT).
#: The words before the verb are at most 120 characters without a full stop, read once.
#: Example: "De Raad van State adviseert het voorstel niet in te dienen."
PROSE_VERB = re.compile(
    # (not a noun after an article: "… aan het toezicht van de raden van commissarissen" has no verb "raden")
    r"^(?P<np>[^.!?:;]{2,120}?)\s++(?<!\bde\s)(?<!\bhet\s)(?<!\been\s)(?<!\bdie\s)(?<!\bdeze\s)(?P<verb>beveelt|bevelen|beval|bevalen|adviseert|adviseren|adviseerde"
    r"|adviseerden|raadt|raden|raadde|raadden|pleit|pleiten|pleitte|pleitten|roept|roepen|riep|riepen"
    # "Tot slot bepleit de raad een voorlichtingscampagne voor beginnende houders" (round 50)
    r"|bepleit|bepleiten|bepleitte|bepleitten"
    r"|doet|doen|deed|deden|stelt|stellen|stelde|stelden|geeft|geven|gaf|gaven"
    r"|vindt|vinden|vond|vonden|meent|menen|meende|meenden"
    r"|vraagt|vragen|vroeg|vroegen|verzoekt|verzoeken|verzocht|verzochten|wijst|wijzen|wees|wezen"
    # "Tot slot wil de Kinderombudsman dat «ieder kind … krijgt»" (a quoted wish, see PROSE_COMPLEMENT)
    r"|wil|willen|wilde|wilden"
    # "Ten slotte acht de Afdeling het wenselijk dat de wet …" (the Raad van State's idiom)
    r"|acht|achten|achtte|achtten"
    # "Daarnaast ziet de ombudsman een taak voor de wijkagent: «betrek …»" (a task for another, the instruction
    # quoted or in an "om … te" clause: see PROSE_COMPLEMENT)
    r"|ziet|zien"
    # "Verder is de raad van oordeel dat de kosten … moeten worden vergoed" (an opinion with an obligation)
    # (only before "van oordeel/mening/opvatting", the subject between them when inverted)
    r"|(?:is|zijn|was|waren)(?=\s+(?:[\w-]+\s+){0,5}?van\s+(?:het\s+)?(?:oordeel|mening|opvatting)\b))\b"
)

#: Two recommenders asking the same thing together, "allebei"/"beide(n)": after their recommendations and the
#: government's answers, what they share taken up again ("Het SCP en de RVS vragen allebei om beter zicht op …").
BOTH_ASK = re.compile(
    r"\b(?:vragen|bevelen|adviseren|pleiten|raden|willen|wijzen)\s+(?:\w+\s+)?(?:allebei|beide|beiden)\b",
    re.IGNORECASE,
)

#: The present-tense verbs of `PROSE_VERB`, to leave them out of a recommendation's own words ("vraagt" in "De
#: raad vraagt om structurele medefinanciering").
PROSE_VERB_WORDS = frozenset(
    {
        "beveelt",
        "bevelen",
        "adviseert",
        "adviseren",
        "raadt",
        "raden",
        "pleit",
        "pleiten",
        "roept",
        "roepen",
        "doet",
        "doen",
        "stelt",
        "stellen",
        "geeft",
        "geven",
        "vindt",
        "vinden",
        "meent",
        "menen",
        "vraagt",
        "vragen",
        "verzoekt",
        "verzoeken",
        "wijst",
        "wijzen",
        "wil",
        "willen",
        "acht",
        "achten",
        "is",
        "zijn",
    }
)

#: The recommender between an opening adverb and its complement in inverted order ("Ook pleit
#: de raad ervoor dat …", "Verder doet de commissie de aanbeveling …"): an article and a noun
#: (with "van/voor" and a name), or a name. Only read when the words before the verb are an
#: adverb (see `prose_recommendations`).
#: Example: "Daarnaast pleit de Raad voor Cultuur ervoor …" (skips "de Raad voor Cultuur ")
INVERTED_SUBJECT = re.compile(
    # ("voor" + "om/dat/een" is the verb's particle, not part of a name: "stelt de raad voor om …",
    # "stelt de raad voor een fonds in te stellen")
    # ("Verder stellen zij voor …": a pronoun continues the recommender of the sentence before)
    # ("stelde de commissie voor bij iedere organisatie …": a preposition or quantifier after "voor" is no name)
    # ("stelt het PBL voor de plicht te laten gelden …": an acronym takes no "van/voor …" as part of its name)
    r"^\s*(?:(?:de|het)\s+(?!(?:aan|voor|op)\b)(?:[A-Z]{2,}(?=\s)|[\w-]+(?:\s+(?:van|voor)\s+(?:de\s+|het\s+)?"
    # ("is de raad van oordeel dat …": the opinion, not a name "Raad van Oordeel")
    # ("pleit de raad voor één landelijke risicokaart": a numeral, no name "Raad voor één"; round 51)
    r"(?!(?:om|dat|te|een|één|twee|drie|bij|in|op|aan|met|naar|ieder|iedere|elke|elk|alle|alleen|zowel|meer|oordeel|mening"
    r"|opvatting)\b)[\w-]+)?)"
    # (a colon may follow the name: "Ten slotte vraagt de Kiesraad: «Laat …»")
    # ("Verder beveelt het aan om …": "het" for the instituut or bureau named before, its particle right after it)
    r"|[A-Z][\w-]*|hij|zij|ze|het(?=\s+(?:aan|voor|op)\b)"
    # (an indefinite body: "Daarnaast adviseert een onafhankelijke adviescommissie over nieuwe functies" has no advice
    # of its own after it, "een … commissie" is no object "een …" of the verb; round 47)
    r"|een\s+(?:[\w-]+\s+){0,2}?(?:advies)?(?:commissie|raad|college|werkgroep|panel))(?:\s+|(?=:))"
)

#: After an ordinal opener, a verb of proposing or asking with the recommender after it: "Ten eerste
#: stelt de raad voor een scholingsbudget in te voeren", "Ten vierde vraagt de raad om …" (the
#: complement is checked with `PROSE_COMPLEMENT`).
#: Also a quoted wish: "Ten tweede wil de IGK dat rekruten gebreken op één plek kunnen melden: «Richt …»" (see
#: `WISH_QUOTED`).
INVERTED_PROPOSAL_VERB = re.compile(
    r"\s*(?P<verb>stelt|stellen|vraagt|vragen|roept|roepen|wil|willen)\b", re.IGNORECASE
)

#: After a series opener, a verb of writing with the recommender after it and the report's words quoted after a colon:
#: "Voorts schrijft de AIV: «Geef politiemensen … de bevoegdheid …»" (read only when the quote is an instruction;
#: round 47).
WRITES_QUOTED = re.compile(
    r"\s*(?:schrijft|schrijven|stelt|stellen|zegt|zeggen|formuleert|formuleren)\b", re.IGNORECASE
)
#: The colon and opening quote after the recommender of `WRITES_QUOTED`.
COLON_QUOTE = re.compile(r"\s*:\s*[«“„\"]")

#: After an inverted "wil de X", a "dat"-clause that gives the wish in quotes, right after "dat" or after
#: a colon: "dat «…»", "dat rekruten … kunnen melden: «Richt …»" (unquoted, "wil de sector dat …" may
#: report anyone's wish).
WISH_QUOTED = re.compile(r"^\s*(?:graag\s+)?dat\b[^.«“„]{0,200}?(?::\s*)?[«“„]")

#: The complement that makes a PROSE_VERB sentence a recommendation (checked in the rest of the
#: sentence): "beveelt aan (om)", "adviseert … om/te/dat/:", "raadt … aan", "pleit (er)voor",
#: "roept … op om/tot", "doet de aanbeveling", "stelt voor om/dat", "geeft in overweging", "acht het
#: wenselijk dat".
PROSE_COMPLEMENT: dict[str, re.Pattern[str]] = {
    "bevee": re.compile(r"\baan\b"),
    # (also an indefinite object, the advice itself: "adviseerde een verplichte training voor …")
    "adviseer": re.compile(
        r"\b(?:om|dat)\b|:|\bte\s+\w+|^\s*(?:(?:ook|daarnaast|verder)\s+)?een\s+\w+"
        # (or the advice quoted, closing the sentence, as after "vraagt": "Daarnaast adviseert de IGJ «laat iedere
        # school …»"; not a title: "adviseert de raad in zijn rapport «…»"; round 57)
        r"|^(?![^«“„\"]*\b(?:rapport|advies|verslag|brief|publicatie|studie|notitie)\s*[«“„\"])"
        r"[^.«“„\"]{0,60}?[«“„\"][^»”\"]{10,}[»”\"]\s*[.;]?\s*$"
    ),
    "raad": re.compile(r"\baan\b"),
    "pleit": re.compile(r"^\s*(?:er\s+)?(?:ook\s+|daarnaast\s+|tevens\s+|verder\s+)?(?:voor|ervoor)\b"),
    # "bepleit" with its object, the measure itself: "bepleit de raad een voorlichtingscampagne", "bepleit … om … te"
    "bepl": re.compile(
        r"^\s*(?:[\w-]+\s+){0,4}?(?:ook\s+|daarnaast\s+|tevens\s+|verder\s+)?(?:een|meer|extra)\s+[\w-]+"
        r"|\bom\b[^.]{0,200}?\bte\s+\w+|^\s*(?:[\w-]+\s+){0,4}?dat\b"
        # (or the measure quoted after a colon: "Ten slotte bepleit de AIV: «Stel … een gespecialiseerd team in»";
        # round 51)
        r"|^[^.:;«“„]{0,60}:\s*[«“„\"]"
    ),
    # ("roepen het kabinet op het verbod … in te voeren": the object, then its te-infinitive)
    "roep": re.compile(r"\bop\s+(?:om|tot)\b|\bop\s*:|\bop\b[^.;]{0,200}?\bte\s+\w+"),
    # "wil dat «…»": only a quoted wish ("De gemeente wil dat de regeling blijft" is no advice)
    "wil": re.compile(r"^\s*(?:graag\s+)?dat\s*[«“„\"]"),
    "doe": re.compile(
        r"^\s*(?:ook\s+|daarnaast\s+|tevens\s+|verder\s+)?(?:de|een)\s+(?:\w+\s+)?aanbeveling\b(?!en)"
    ),
    # "stelt voor om/dat", "stelt voor:", and "stelt voor <object> <te-infinitive>." ending the
    # sentence ("stelt voor scholen een vast budget te geven"); not "stelt vast dat er voor … te
    # weinig …" (no "dat" before the te-infinitive, which must end the sentence).
    "stel": re.compile(
        # (not a sentence closed by another particle of "stellen": "De Kiesraad stelt voor dat formaat een technische
        # standaard op" draws one up, "voor dat formaat" is "for that format")
        r"^(?!.*\s(?:op|vast|in|aan|bij|samen|beschikbaar)\s*[.;]?\s*$)(?:.*?)(?:\bvoor\s+(?:om|dat)\b)|\bvoor\s*:"
        # ("." inside an amount, "€ 1.000", does not end the sentence)
        # (no clause of its own between "voor" and the infinitive: "stelt … een aanspreekpunt aan voor materieel, zodat
        # comités niet langer … hoeven aan te kloppen" appoints someone, it proposes nothing)
        r"|^(?:(?!\bdat\b)(?:[^.]|\.(?=\d))){0,160}?\bvoor\b"
        r"(?:(?!\b(?:dat|zodat|omdat|opdat|doordat|waardoor|terwijl)\b)(?:[^.]|\.(?=\d))){0,160}?\bte\s+\w+"
        # (a second infinitive may follow: "… voor de plicht te laten gelden voor houtwallen")
        r"(?:\s+\w+en\b)?"
        # (a prepositional phrase may follow: "… kwijt te schelden voor oud-studenten die …")
        # ("… te verhogen van één naar vier per jaar")
        # ("… voor de helft te verdelen over alle gasafnemers")
        # ("… te verhogen van € 350.000 naar € 750.000": "." inside an amount does not end it)
        # ("… een terugkomdag te organiseren na honderd dagen in functie": a time after it)
        r"(?:\s+(?:voor|aan|bij|met|op|in|naar|van|tot|per|binnen|door|uit|over|onder|tussen|na|via|zonder|rond)\b(?:[^.]|\.(?=\d)){0,200})?"
        # (or a clause about its object: "… in te richten, waar burgers terechtkunnen", also without
        # the comma: "… een basisbedrag per kind in te voeren dat de kindregelingen vervangt")
        # (or what is to be looked into: "… voor te onderzoeken of een heffing … kan bijdragen", "… hoe …")
        r"(?:\s*,?\s*(?:waar|waarin|waarbij|waarmee|waarop|waaruit|waarvoor|die|dat|zodat|omdat|zoals|of|hoe|welke)\b"
        r"[^.]{0,300})?\s*[.;]?\s*$"
    ),
    # "vraagt (het kabinet) om …", "vraagt … ervoor te zorgen", "vraagt … te …"; not "vraagt zich af"
    # (and "vraagt (het kabinet) aandacht voor …": "Daarnaast vraagt de Afdeling aandacht voor de positie van …")
    "vraag": re.compile(
        # (not a request for advice, which the government makes of a council: "Zij vraagt de Gezondheidsraad om een
        # advies over …" after "… de Minister van IenW."; "vraagt het kabinet om advies te vragen aan …" still counts)
        # (but "voorlichting aan" an audience is information for the public, asked of us: "Tot slot vraagt zij om
        # voorlichting aan gebruikers over de risico's"; round 65)
        r"^(?!\s*zich\b)(?![^.]{0,80}?\bom\s+(?:een\s+)?(?:nader\s+)?(?:advies|voorlichting(?!\s+aan\b))\b"
        r"(?![^.]*\bte\s+\w+))"
        r"[^.]{0,160}?(?:\bom\b|\bervoor\b|\bte\s+\w+)"
        r"|^(?!\s*zich\b)[^.]{0,60}?\baandacht\s+(?:voor|aan)\b"
        # (a "dat"-clause of what is asked, after the one who asks: "Van mij vraagt de inspectie dat ik burgemeesters een
        # vaste rol geef …"; round 64)
        r"|^\s*(?:(?:mij|ons|het\s+kabinet|de\s+regering)\s+)?dat\s"
        # (or the request quoted, closing the sentence: "Ook vraagt de ombudsman mij «zie af van …»"; a
        # quoted title is followed by more words: "vraagt in «Vast in het fonds» aandacht voor …")
        # (the one asked may be a minister by the ministry's full name: "vraagt de Onderzoeksraad de Minister van
        # Landbouw, Visserij, Voedselzekerheid en Natuur: «Neem …»"; round 60)
        r"|^(?!\s*zich\b)[^.«“„\"]{0,100}?[«“„\"][^»”\"]{10,}[»”\"]\s*[.;]?\s*$"
    ),
    # "wijst erop dat … moeten/zou moeten …" (a finding, "wijst erop dat de kosten stegen", does not)
    "wijs": re.compile(
        # (not an obligation in force: "Zij wijzen erop dat scholen in hun schoolgids al moeten vermelden …"; round 51)
        r"^[^.]{0,80}?\berop\b[^.]{0,40}?\bdat\b[^.]*?(?<!\bal\s)(?<!\breeds\s)"
        r"\b(?:moet|moeten|dient|dienen|zou|zouden|behoort|behoren)\b(?!\s+(?:al|reeds)\b)"
        # (or "wijst op" a topic, then a colon and what must happen: "Ten slotte wijst het PBL op het toezicht: de controle
        # op de herkomst moet volgens het planbureau worden versterkt"; round 67)
        r"|^\s*op\b[^.:;]{0,60}?:\s*[^.;]*?(?<!\bal\s)(?<!\breeds\s)"
        r"\b(?:moet|moeten|dient|dienen|zou|zouden|behoort|behoren)\b(?!\s+(?:al|reeds)\b)"
    ),
    "geef": re.compile(r"\bin\s+overweging\b"),
    # a task or role seen for another, with what it is to do: "ziet een taak voor de wijkagent: «betrek …»", "ziet
    # een rol voor gemeenten om … te …" (not "ziet een rol voor gemeenten" alone, nor "ziet het belang van …")
    "zie": re.compile(
        r"^\s*(?:[\w-]+\s+){0,3}?(?:taak|rol|opdracht)\s+(?:voor|weggelegd\s+voor)\s+[^.:;]{2,80}?"
        r"(?::\s*[«“„\"]|\bom\b[^.]{0,200}?\bte\s+\w+)"
    ),
    # an opinion counts only with an obligation in its clause: "vindt dat diploma's sneller
    # moeten worden erkend" (a finding, "vindt dat de samenwerking goed verloopt", does not)
    # (a "." inside a number does not end the clause: "… tot 24.000 inwoners met een kwart moet …")
    # (or its content quoted: "Ook vindt de Aw dat «huurders … automatisch een lagere huur betalen …»")
    # (or a prohibition or limit, "mag/mogen" after "niet/geen/alleen …": "vindt dat honden niet langer dan twee uur
    # achter elkaar in een vervoermiddel mogen verblijven")
    "vind": re.compile(
        r"^[^.]{0,80}?\bdat\b(?:[^.]|\.(?=\d))*?\b(?:moet|moeten|dient|dienen|zou|zouden|behoort|behoren)\b"
        r"|^[^.]{0,80}?\bdat\b(?:[^.]|\.(?=\d))*?\b(?:niet|geen|nooit|alleen|slechts)\s+(?:[\w-]+\s+){0,12}?(?:mag|mogen)\b"
        r"|^[^.]{0,80}?\bdat\s*[«“„\"]"
    ),
    "meen": re.compile(
        r"^[^.]{0,80}?\bdat\b(?:[^.]|\.(?=\d))*?\b(?:moet|moeten|dient|dienen|zou|zouden|behoort|behoren)\b"
        r"|^[^.]{0,80}?\bdat\b(?:[^.]|\.(?=\d))*?\b(?:niet|geen|nooit|alleen|slechts)\s+(?:[\w-]+\s+){0,12}?(?:mag|mogen)\b"
    ),
    # "is van oordeel / van mening dat … moeten": an opinion counts only with an obligation in its clause ("De
    # raad is van oordeel dat de regeling goed werkt" is a finding)
    "is": re.compile(
        r"^\s*(?:(?:ook|daarnaast|verder|tevens|voorts)\s+)?van\s+(?:het\s+)?(?:oordeel|mening|opvatting)\s+dat\b"
        r"(?:[^.]|\.(?=\d))*?\b(?:moet|moeten|dient|dienen|zou|zouden|behoort|behoren)\b"
    ),
    # "acht het wenselijk/aangewezen/raadzaam dat …": a judgement that something should be done (not
    # "acht de risico's beperkt", a finding)
    "acht": re.compile(
        r"^\s*(?:het\s+)?(?:(?:ook|daarnaast|verder|tevens|dan\s+ook)\s+)?"
        r"(?:wenselijk|aangewezen|raadzaam|noodzakelijk|gewenst|nodig|verstandig)\s+(?:dat|om)\b"
    ),
}

#: A recommendation reported with "volgens": "Volgens de inspectie moeten ziekenhuizen …",
#: "Bij kinderen moet volgens de raad altijd een ouder aanwezig zijn". Group "np" is the
#: recommender (not the government: see `NOT_RECOMMENDER`); the sentence must also hold a
#: deontic modal (`DEONTIC`), else it reports a finding ("Volgens de onderzoekers is … gestegen").
PROSE_ACCORDING = re.compile(
    r"\b[Vv]olgens\s+(?P<np>(?:de|het)\s+[\w-]+(?:\s+(?:van|voor)\s+[\w-]+)?|[A-Z][\w-]+|hem|haar|hen)\b"
)
#: The verb right after a fronted "Volgens X" (verb second): a modal or advice there makes the sentence the recommender's
#: view of what must happen ("Volgens de ombudsman zou de eis dat …, moeten vervallen"); another verb states a finding,
#: and a "moet" then stands only in a clause under it: "Volgens de raad ondermijnt dat het vertrouwen dat een beraad juist
#: moet opbouwen" (round 54).
FRONTED_ACCORDING_VERB = re.compile(r"\s*,?\s*(?P<verb>[a-z]+)\b")
ACCORDING_MODALS = frozenset(
    {
        *("moet", "moeten", "dient", "dienen", "zou", "zouden", "verdient", "kan", "kunnen", "mag", "mogen"),
        *("is", "zijn", "ligt", "hoort", "horen", "valt", "heeft", "hebben"),
    }
)
#: A subordinate clause's opener between "volgens X" and a modal: the modal is that clause's, not the main clause's.
SUBORDINATE_BEFORE_MODAL = re.compile(
    r"\b(?:dat|die|omdat|waarin|welke|wat|waar|waarmee|zodat|wanneer|als)\b"
)
#: A number right after the "volgens" phrase: a standard ("volgens de NEN 2767"), not a recommender.
STANDARD_NUMBER = re.compile(r"\s+\d")
#: A sentence about a rule already in force: "Sinds 1 januari 2025 moeten corporaties …" (no advice).
IN_FORCE_OPENING = re.compile(
    r"^\W*(?:Sinds|Al\s+sinds|Vanaf)\s+(?:\d|begin|eind|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|20\d\d)",
    re.IGNORECASE,
)

#: A sentence that says what holds already, after a labelled recommendation on the same line: "Aanbeveling 3: Laat
#: kinderen … op hun eigen school blijven. Sinds het schooljaar 2025/2026 hebben deze kinderen recht op vervoer …" (the
#: answer, not the report's explanation; round 47).
ALREADY_SINCE_OPENING = re.compile(r"^\W*(?:(?:Al|Reeds)\s+)?(?:[Ss]inds|[Ii]nmiddels)\b")
#: … or that a service of ours has done what is asked, pointing back to it: "Aanbeveling 2: richt bij RVO een vast
#: aanspreekpunt in …. RVO heeft dat aanspreekpunt in september 2026 ingericht" (the answer; round 50).
SERVICE_DID_IT_OPENING = re.compile(
    r"^\W*(?:(?:De|Het)\s+)?" + EXECUTIVE_SERVICE + r"\s+(?:heeft|hebben)\s+(?:dat|die|deze|dit)\b"
)

#: Pronouns after "volgens" that continue the recommender of the sentences before: "Verder moet
#: iedere gemeente volgens hem een vast aanspreekpunt aanwijzen".
ACCORDING_PRONOUNS = frozenset({"hem", "haar", "hen"})
#: The modal of an obligation: "moet", "moeten", "dient", "zou(den) moeten", "behoort".
DEONTIC = re.compile(r"\b(?:moet|moeten|dient|dienen|behoort|behoren)\b(?!\s+als\b)")
#: An interrogative and its subject right before a modal: "zij weten niet waar zij moeten beginnen", "hoe scholen dat
#: moeten doen" (an indirect question, no obligation advised; round 44).
QUESTION_BEFORE_MODAL = re.compile(
    r"\b(?:waar|hoe|wat|welke|wanneer|waarom|of)\s+(?:\S+\s+){1,3}$"
    # (or a relative pronoun and its subject: "… afhankelijk van de gezinnen die zij moeten controleren" describes them;
    # round 47)
    r"|,?\s(?:die|waarop|waarmee|waarvoor)\s+(?:zij|ze|hij|wij|we|men)\s+$"
    # (or a noun phrase as its subject: "… de ongelijkheid die het onderwijs juist zou moeten verkleinen" describes
    # it; round 51)
    r"|\sdie\s+(?:het|de|een)\s+\S+\s+(?:\S+\s+){0,2}$"
    # (or a relative adverb and a noun phrase as subject: "bij aanvragen waarvoor meerdere woningen moeten worden
    # getaxeerd, lukt dat volgens de VNG niet" describes those applications; round 49)
    r"|\s(?:waarop|waarmee|waarvoor|waarbij|waarin|waarover)\s+(?:[^\s,.;:]+\s+){1,3}$",
    re.IGNORECASE,
)
#: The next advice of a series with its addressee as subject: "Ook zou de wetgever er goed aan doen …"
#: (the recommender is the one of the sentences before). Also one of the `PROSE_PASSIVE` forms.
_ADVICE_TO_ADDRESSEE = (
    r"(?:Ook|Daarnaast|Verder|Voorts|Tot\s+slot|Ten\s+slotte)\s+zou(?:den)?\s+(?:de|het)\s+[\w-]+(?:\s+[\w-]+)?"
    r"\s+er\s+goed\s+aan\s+doen\b"
)
ADVICE_TO_ADDRESSEE = re.compile("^" + _ADVICE_TO_ADDRESSEE)
#: Advice in the Raad van State's idiom, beside "volgens": "Volgens de Afdeling verdient het aanbeveling
#: om …", "… zou de wetgever er goed aan doen …".
ADVISED = re.compile(
    r"\bverdient\s+(?:het\s+)?aanbeveling\b|\bzou(?:den)?\s+[^.;]{0,60}?\ber\s+goed\s+aan\s+doen\b"
)

#: Prose in passive or impersonal form: "Er wordt aanbevolen …", "Daarnaast wordt aanbevolen
#: om …", "Het verdient aanbeveling …", "De aanbeveling is om …", "Aanbevolen wordt …", "Ook zou de
#: wetgever er goed aan doen …".
#: Example: "Daarnaast wordt aanbevolen de registratie landelijk te uniformeren."
PROSE_PASSIVE = re.compile(
    r"^(?:(?:Er|Daarnaast|Verder|Ook|Tevens|Voorts|Tot\s+slot|Ten\s+slotte|Tenslotte|Daarom|Bovendien)"
    r"\s+(?:wordt|werd)\s+(?:er\s+)?(?:door\s+[^.]{2,80}?\s+)?(?:aanbevolen|aangeraden|geadviseerd)\b"
    r"|Aanbevolen\s+wordt\b|Het\s+verdient\s+aanbeveling\b|De\s+aanbeveling\s+(?:is|luidt)\s+(?:om|dat|:)"
    r"|Het\s+advies\s+(?:is|luidt)\s+(?:om|dat|:)"
    # inverted after a fronted scope: "Voor de bestaande verdragen luidt het advies: «Heronderhandel …»" (round 39)
    r"|(?:Voor|Bij|Over|Ten\s+aanzien\s+van|Wat)\s[^.:;«»]{2,80}?\s+luidt\s+(?:het\s+advies|de\s+aanbeveling)\s*(?::|om\b|dat\b)"
    # the next advice in a series, its addressee as subject: "Ook zou de wetgever er goed aan doen …"
    r"|" + _ADVICE_TO_ADDRESSEE + r")"
)

#: A recommendation named inside the government's own sentence, as a noun with its recommender
#: and its content: "Het kabinet onderschrijft de aanbeveling van de WRR om …", "In lijn met de
#: oproep van de Raad om …", "Hierbij wordt de aanbeveling van de Gezondheidsraad betrokken, om
#: …". Group "np" is the recommender (read with `read_names`), "conj" the word that opens the
#: content ("om" / "dat"), which starts at the match end. The recommender is at most 80
#: characters without punctuation; an optional comma may stand before "om".
#: Example: "Ik neem het advies van de Rli over om de regeling te verlengen." (np "de Rli")
EMBEDDED_RECOMMENDATION = re.compile(
    r"\b(?:[Dd]e|[Hh]et)\s+(?:aanbeveling|advies|oproep|suggestie)\s+(?:van|uit)\s+"
    r"(?P<np>(?:de|het)\s+[^,.;:()\n]{1,80}?|[A-Z][^,.;:()\n]{0,80}?)"
    # (one word may come between: a particle or participle of the verb that decides on it, "over"
    # in "neem het advies van de Rli over om …", "betrokken"; not a verb of its own: "Het advies van
    # de raad onderstreept dat …" says what the advice shows)
    r"(?:\s+(?:over|op|mee|aan|in|uit|bij|af|door|betrokken|gevolgd|overgenomen|opgevolgd|meegenomen"
    r"|onderschreven|uitgevoerd|ter\s+harte))?,?\s+(?P<conj>om|dat)\s+(?=\S)"
)
#: A verb of the main clause after the recommender in an `EMBEDDED_RECOMMENDATION` match: the advice is the subject
#: and the "om"-clause belongs to that verb, not to the advice. Example: "Het advies van de raad helpt scholen om daar
#: weer ruimte voor te maken" (np "de raad helpt scholen"), "Het advies van de Rli geeft mij aanleiding om …".
EMBEDDED_NP_VERB = re.compile(
    r"^(?:de|het)\s+\S+(?:\s+\S+){0,3}?\s+(?:helpt|helpen|biedt|bieden|zorgt|maakt|geeft|laat|toont|past|draagt"
    r"|brengt|leidt|is|was|heeft|had|kan|zal|wordt|werd|vormt|gaat|komt|sluit)\b",
    re.IGNORECASE,
)
#: Lower-case pieces one of which every match of `EMBEDDED_RECOMMENDATION` holds: a sentence
#: without any is not searched. Example: "advies" in "het advies van de Rli om …".
EMBEDDED_KEYS = ("aanbeveling", "advies", "oproep", "suggestie")

#: Sentence openers after which a recommendation verb reports the government's own reaction
#: or a reference, not the recommendation: "Zoals de Raad adviseert, …", "Conform het advies …".
REACTION_OPENER = re.compile(
    r"^(?:Zoals|Conform|Overeenkomstig|In\s+lijn\s+met|Naar\s+aanleiding\s+van|Net\s+als|Gelet\s+op"
    r"|Mede\s+naar\s+aanleiding|In\s+navolging\s+van|Op\s+advies\s+van|Indien|Als|Wanneer|Omdat)\b"
)

#: A treaty, law or rule by its name after "volgens", which obliges and never advises: "Volgens het Maritiem
#: Arbeidsverdrag moet de vlaggenstaat de terugreis regelen", "volgens de Wet kinderopvang" (round 53).
LAW_NAME = re.compile(
    r"(?:de|het)\s+(?:[A-Z][\w-]*\s+){0,3}?[\w-]*(?:[Vv]erdrag|[Ww]et|[Ww]etboek|[Rr]ichtlijn|[Vv]erordening|[Bb]esluit"
    r"|[Rr]egeling|[Gg]rondwet|[Hh]andvest|[Cc]onventie)\b"
)

#: Subjects that are the government or the Kamer, never a report's recommender.
NOT_RECOMMENDER = re.compile(
    # "het Rijk" is the government too: "Het Rijk vraagt provincies hun visie te actualiseren."
    # (ministries in the plural: "Ministeries vragen de Landsadvocaat jaarlijks om enkele honderden adviezen"; round 67)
    r"^(?:ik|wij|we|het\s+kabinet|de\s+regering|het\s+rijk|mijn\s+\w+|ons\s+\w+|onze\s+\w+|het\s+ministerie"
    r"|(?:de\s+|alle\s+)?ministeries"
    r"|de\s+minister|de\s+staatssecretaris|de\s+kamer|uw\s+kamer|de\s+tweede\s+kamer|de\s+leden"
    r"|het\s+lid|de\s+motie|deze\s+brief|dit\s+wetsvoorstel"
    # (a motion of the Kamer, whatever its article: "Ook verzoekt een aangenomen motie van het lid Van Dalen de regering
    # om …"; round 51)
    r"|(?:een|de|deze|die)\s+(?:\w+\s+)?motie(?:-[\w-]+)?"
    # the letter speaking of a recommendation it restated: "Deze aanbeveling vraagt om een zorgvuldige afweging."
    r"|(?:deze|die|dit|dat)\s+(?:aanbeveling|advies|voorstel))\b",
    re.IGNORECASE,
)
#: "stelt … vast" before any "voor": the verb is "vaststellen", not "voorstellen" ("De NZa stelt de tarieven zelf vast en
#: heeft mij laten weten de beleidsregel voor 2028 aan te passen"; read on the words after "stelt").
STEL_VAST = re.compile(
    r"(?:(?!\bvoor\b)[^.])*\bvast\b(?=\s*(?:en\b|dat\b|,|;|\.|$))"
    # … and "stellen … op voor": the verb is "opstellen" and "voor" names for whom ("De brancheorganisaties stellen
    # dit najaar een handreiking op voor ondernemers die …", since round 38)
    r"|(?:(?!\bvoor\b)[^.])*?\b(?:een|de|het)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+op\s+voor\b"
)  # (not "een vast budget")
#: A future act of someone in the words before the verb: "Het Verbond zal zijn leden vragen panden … te verzekeren"
#: (what will be done, not what is recommended).
FUTURE_ACT_NP = re.compile(r"\b(?:zal|zullen|gaat|gaan)\b", re.IGNORECASE)
#: A perfect that ends before the verb word: "De Griffie van uw Kamer heeft aangeboden vragen voortaan … aan te leveren"
#: (the predicate is "heeft aangeboden"; "vragen" after it is the noun, no recommending verb).
PERFECT_BEFORE_VERB = re.compile(
    r"\b(?:heeft|hebben|had|hadden)\b(?:\s+[\w-]+){0,4}?\s+[\w-]*ge[\w-]{2,}(?:d|t|en)$", re.IGNORECASE
)
#: A frequency adverb right after a verb of asking: a habit described, no advice: "Scholen vragen vaker om een bezoek dan
#: wij nu kunnen toestaan", "Gemeenten vragen regelmatig om …" (round 56).
FREQUENCY_AFTER_ASKING = re.compile(
    r"\s*(?:(?:steeds|nog|ook|al)\s+)?(?:vaker|vaak|regelmatig|geregeld|soms|telkens|herhaaldelijk|meermaals|dikwijls"
    r"|zelden|af\s+en\s+toe)\b",
    re.IGNORECASE,
)
#: … or anywhere before it: "LTO Nederland heeft aangekondigd een eigen campagne voor vroeg zaaien te beginnen" (the
#: predicate is "heeft aangekondigd"; "vroeg" there is the adverb "early", not "asked").
PERFECT_IN_SUBJECT = re.compile(
    r"\b(?:heeft|hebben|had|hadden)\s+(?:[\w-]+\s+){0,3}?[\w-]*ge[\w-]{2,}(?:d|t|en)\b", re.IGNORECASE
)

#: A request to report back on the recommendations themselves, not one of them: "De Onderzoeksraad vraagt de partijen
#: aan wie hij aanbevelingen doet, binnen zes maanden te laten weten hoe zij die opvolgen".
META_REQUEST = re.compile(
    r"\b(?:laten\s+weten|te\s+melden|te\s+rapporteren|te\s+informeren|te\s+berichten)\b[^.]{0,40}?\bhoe\b"
    r"[^.]{0,40}?\b(?:opvolgen|opvolgt|uitvoeren|uitvoert|oppakken|oppakt)\b",
    re.IGNORECASE,
)

#: "adviseert" with what it advises on right after it (a time or the one advised between): the body's standing task, no
#: recommendation: "Het Adviescollege levenslanggestraften adviseert sinds 2017 over de re-integratie van gedetineerden
#: … en over hun verzoeken om gratie" (round 62; "om" further on belongs to "verzoeken om").
ADVISES_ON_A_FIELD = re.compile(
    r"\s*(?:(?:sinds\s+\S+|al\s+jaren|al|reeds|jaarlijks|regelmatig|periodiek|gevraagd\s+en\s+ongevraagd)\s+)*"
    r"(?:(?:de|het|haar|zijn)\s+(?:minister|staatssecretaris|kabinet|regering|bewindspersonen)\s+)?over\b",
    re.IGNORECASE,
)

#: A side topic of the report whose answer this letter leaves to another letter, the sentence after it naming that letter:
#: "Het rapport vraagt ook aandacht voor het tekort aan zorgpersoneel in deze regio's. Daarover heeft de Minister van VWS
#: uw Kamer … een afzonderlijke brief gestuurd." (round 62; matched on the sentence and what follows it in its paragraph)
SIDE_TOPIC_ELSEWHERE = re.compile(
    r"[^.]{0,60}?\b(?:vraagt|vragen|besteedt|besteden|schenkt|schenken)\s+(?:ook|daarnaast|verder|tevens|nog)\s+"
    r"aandacht\s+(?:voor|aan)\b[^.]*\.\s+(?:[^.\n]+\.\s+)?[^.\n]*?\b(?:eigen|afzonderlijke|aparte|separate)\s+brief\b",
    re.IGNORECASE,
)

#: A quotation: «…», “…”, „…”, "…" (one line, 15 to 600 characters).
#: Example: “Zorg voor één loket voor alle vragen over mantelzorg.”
#: What joins two quoted recommendations in one sentence: "vraagt hij om «A» en om «B»",
#: "beveelt aan «A», «B» en «C»", "vraagt mij «A» en «B»", and a second recommending verb of the same subject: "Hij
#: adviseert om «A» en vraagt om «B»" (round 45), "…: «A», en tot slot: «B»" (round 47).
QUOTE_JOIN = re.compile(
    # (and the last of a series announced after "en": "Daarnaast adviseert de raad: «A», en tot slot: «B»"; round 47)
    r"\s*,?\s*(?:(?:en|of|alsmede|evenals)\b\s*)?(?:(?:tot\s+slot|ten\s+slotte|ten\s+derde|ten\s+vierde|verder|daarnaast)"
    r"\s*:?\s*)?"
    r"(?:(?:vraagt|vragen|adviseert|adviseren|beveelt|bevelen|pleit|pleiten|raadt|raden)\s+(?:(?:hij|zij|ze|mij|ons"
    r"|het\s+kabinet)\s+)?(?:(?:aan|ervoor)\s+)?)?"
    r"(?:(?:om|dat|tot)\s*)?"
)

QUOTATION = re.compile(
    r"«(?P<q1>[^»\n]{15,600})»|[“„](?P<q2>[^”\"\n]{15,600})[”\"]|\"(?P<q3>[^\"\n]{15,600})\""
)

# --- where to look (speed) ------------------------------------------------------------------

#: Patterns that read one line, each with the lower-case strings one of which every match holds:
#: only the lines holding one are searched (`kamerstuk.entities.scan.finditer_in_lines`), not a
#: whole letter. Example: "Aanbeveling 2: …" holds "aanbeveling"; a quoted title holds «.
LINE_KEYS: dict[re.Pattern[str], tuple[str, ...]] = {
    RECOMMENDATION_HEADING: ("aanbeveling", "beslispunt"),
    RECOMMENDATIONS_CHAPTER: ("aanbevelingen", "adviezen"),
    RECOMMENDATION_SUMMARY_ITEM: ("aanbeveling", "beslispunt"),
    REPORT_TITLE: ("«", "“", '"', "‘", "„"),
}

#: What every match of `RECOMMENDATION_INLINE` starts with (any case): it is only tried there.
INLINE_STARTS = ("aanbeveling", "beslispunt")


#: A "Aanbeveling 1 (titel)" run-in label: the bracketed title after the number, before the
#: recommendation on the same line (bold or plain). Group "num" is the number, the match ends
#: where the recommendation starts.
#: Example: "Aanbeveling 2 (financiering) Stel een fonds in voor sloop en nieuwbouw."
#: Without a title (group "title" empty) the label is only its number, bold in the source ("**Aanbeveling 1** Richt
#: de noodsteun in via één loket."): the caller then wants a capital and the shape of a recommendation after it.
RECOMMENDATION_RUN_IN = re.compile(
    r"^[ \t]*+\**+[ \t]*+(?:Aanbeveling|Beslispunt)[ \t]++R?(?P<num>\d{1,2})"
    r"(?:[ \t]*+(?P<title>\([^()\n]{1,80}\))|(?=\**+[ \t]++\**+[^\W\d_]))\**+[ \t]*+[:.–—-]?"
    r"[ \t]*+\**+[ \t]*+(?=\S)",
    re.IGNORECASE | re.MULTILINE,
)
LINE_KEYS[RECOMMENDATION_RUN_IN] = ("aanbeveling", "beslispunt")

#: An ordinal run-in label opening the paragraph that restates the recommendation: group "ord" is the
#: ordinal word, the match ends where the recommendation starts (bold or plain label).
#: Example: "**Eerste aanbeveling.** Stel het budget ook open voor certificaten."
ORDINAL_RUN_IN = re.compile(
    rf"^[ \t]*+\**+[ \t]*+(?P<ord>{_ORD})[ \t]+aanbeveling[ \t]*+[.:][ \t]*+\**+[ \t]*+(?=\S)",
    re.IGNORECASE | re.MULTILINE,
)
LINE_KEYS[ORDINAL_RUN_IN] = ("aanbeveling",)

#: A sentence that points back at the recommendation before it, at its start: with a stance it is
#: the answer running on in the recommendation's paragraph ("… mee te geven. Dit is al staand
#: beleid: …"), not the report's explanation. Example: "Dat gebeurt al sinds 2023."
POINTER_OPENING = re.compile(
    r"^[*_]*(?:Dit|Dat|Deze|Die|Hier(?:aan|mee|in|voor|op)?|Daar(?:aan|mee|in|voor|op)?)\b"
)

#: A paragraph opening with a number and a full stop or bracket: "4. De staatssecretaris dient …",
#: "5) Zorg ervoor dat …". Group "num" is the number, "body" the text after it.
NUMBERED_PARAGRAPH = re.compile(r"(?:^|(?<=\n\n))[ \t]*+\**+(?P<num>\d{1,2})[.)]\**+[ \t]++(?P<body>\S)")

#: Verb forms of `PROSE_VERB` that are also plural nouns ("twintig verzoeken per jaar", "veel
#: vragen"), and the words that show the noun when they stand right before it.
NOUN_HOMOGRAPHS = frozenset({"verzoeken", "vragen"})
BEFORE_NOUN = frozenset(
    {
        "de", "het", "een", "deze", "die", "dit", "dat", "alle", "veel", "weinig", "enkele", "meerdere",
        "meer", "minder", "geen", "twee", "drie", "vier", "vijf", "zes", "tien", "twintig", "honderd",
        "gemiddeld", "jaarlijks", "nieuwe", "andere", "eerdere", "kritische",
    }
)  # fmt: skip

#: A sentence about one of the recommendations just announced, by its place: "De tweede bestaat uit
#: drie onderdelen.", "De laatste kent twee varianten." (between the announcement and the list).
ANNOUNCED_PART = re.compile(
    r"^\W*(?:De|Het)\s+(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|laatste)"
    r"(?:\s+(?:aanbeveling|daarvan))?\s+(?:bestaat|valt|kent|telt|heeft|omvat)\b"
)

#: A lead that names a range of the recommendations, the list after it continuing their numbering:
#: "De aanbevelingen 4 tot en met 6 richten zich op …: 4. …; 5. …; 6. …". Group "first" is its start.
LEAD_RANGE = re.compile(
    r"\baanbevelingen\s+(?P<first>\d{1,2})\s*(?:tot\s+en\s+met|t/m|–|-|tot)\s*\d{1,2}\b", re.IGNORECASE
)

#: A Markdown heading line. Example: "### **2. «Alleen in de cel» (2024)**".
MARKDOWN_HEADING = re.compile(r"(?m)^[ \t]*#{1,6}[ \t]+[^\n]+$")
#: A heading that names a report by its quoted title (a letter on several reports, one section
#: each). Example: "### **1. «Rook zonder uitweg» (2023)**".
SOURCE_TITLE_HEADING = re.compile(r"[ \t]*(?:#{1,6}[ \t]+)?[*_]*(?:\d{1,2}[.)]?[ \t]+)?[*_]*[«“„\"]")

#: A paragraph that opens by announcing a generic body's recommendations: "De onderzoekers doen twee
#: aanbevelingen.", "De evaluatoren komen tot drie aanbevelingen." (a second report's, after a list).
GENERIC_ANNOUNCEMENT = re.compile(
    r"\s*(?:De|Het)\s+(?:onderzoekers|evaluatoren|auteurs|onderzoeksbureau|deskundigen|experts|werkgroep)\s+"
    r"(?:doen|doet|komen\s+tot|komt\s+tot|formuleren|formuleert|geven)\s+(?:\w+\s+)?aanbevelingen\b"
)


#: A named body announcing its own recommendations at the start of a paragraph: "Het KiM doet twee
#: aanbevelingen.", "De Gezondheidsraad formuleert drie aanbevelingen." (group "body").
NAMED_ANNOUNCEMENT = re.compile(
    r"\s*(?:De|Het)\s+(?P<body>[A-Z][\w-]*(?:\s+(?:van|voor|en)\s+[A-Z][\w-]*)*)\s+"
    r"(?:doen|doet|komen\s+tot|komt\s+tot|formuleren|formuleert|geven|geeft)\s+(?:\w+\s+)?aanbevelingen\b"
)


#: Openers of a sentence that continues or closes a series of recommendations, before an inverted
#: "wil de raad dat …": "Tot slot wil de Kiesraad dat tellers een vergoeding ontvangen".
WISH_SERIES_OPENER = re.compile(
    r"^(?:Tot\s+slot|Ten\s+slotte|Tenslotte|Daarnaast|Verder|Voorts|Tevens|Ten\s+(?:tweede|derde|vierde|vijfde|zesde)|"
    r"Als\s+laatste)\s*,?\s*$"
)
#: The complement of such a wish: "dat" opening a clause ("wil de Kiesraad dat tellers …").
WISH_THAT = re.compile(r"^\s*(?:graag\s+)?dat\s+\w+")

#: An ordinal sentence that only names a recommendation's subject: "De vierde aanbeveling betreft het nieuwe
#: financieringsstelsel, …", "De tweede aanbeveling gaat over de bekostiging". After prose that gave every
#: recommendation and an answer, it points back (not "De derde aanbeveling is om …", which restates).
#: An ordinal recommendation characterised by what it asks, not quoted or spelled out: "De eerste aanbeveling vraagt om
#: een verruiming waarvan …", "… gaat over …" (not "luidt", "houdt in", "is om", nor a colon before its words).
ORDINAL_CHARACTERISED = re.compile(
    r"\b(?:aanbeveling|advies)\s+(?:(?:van|uit)\s+[^.:]{1,60}?\s+)?(?:vraagt\s+om|gaat\s+over|betreft|heeft\s+betrekking\s+op"
    # (also with an adverb between: "richt zich in de eerste plaats op de provincies"; round 66)
    r"|ziet\s+op|richt\s+zich\s+(?:[^\s.,;:]+\s+){0,4}?(?:op|tot))\b(?![^.]*:)",
    re.IGNORECASE,
)
#: The government's voice in a paragraph of answers, "mij" too: "De eerste aanbeveling van de NZa gaat mij te ver."
ANSWER_VOICE = re.compile(r"\b(?:ik|wij|we|mijn|onze|ons|mij)\b", re.IGNORECASE)
ORDINAL_TOPIC_ONLY = re.compile(
    r"\b(?:aanbeveling|advies)\s+(?:betreft|gaat\s+over|heeft\s+betrekking\s+op|ziet\s+op"
    # … or names only whom it is for: "De vierde aanbeveling is gericht aan de andere vaarwegbeheerders, en het is aan
    # hen …" (not with its content after a colon: "… is gericht aan de sector: «…»")
    r"|is\s+gericht\s+(?:aan|tot)\b(?![^.:]*:))",
    re.IGNORECASE,
)

#: A number in brackets opening one of the recommendations a prose sentence counts inline: "beveelt aan om (1) twee
#: gegevens te controleren, (2) een polsbandje te geven en (3) fouten te registreren" (round 64; not "(2024)", a year).
INLINE_NUMBER_MARKER = re.compile(r"(?<![\w(])\((?P<num>[1-9]|1\d)\)\s+")
#: What closes one such item before the next marker or the sentence end: ", en", ",", " en", " of", a full stop.
INLINE_NUMBER_TAIL = re.compile(r"(?:\s*,\s*(?:en|of)?|\s+(?:en|of)|\s*[.;:])?\s*$")
#: A sentence opening with a pronoun that asks or advises: "Zij vraagt Zorginstituut Nederland …", "Hij verzoekt …".
PRONOUN_ASKS = re.compile(r"^\W*(?:Zij|Hij|Ze)\s+(?:vraagt|verzoekt|adviseert|raadt|roept|beveelt)\b")
#: A sentence opening with a minister or the cabinet as its subject: "De staatssecretaris neemt deze aanbeveling over."
#: (a pronoun in the next sentence stands for them, not for the report; round 64).
MINISTER_OPENING = re.compile(
    r"\W*(?:De\s+(?:minister|staatssecretaris|minister-president)|Het\s+kabinet)\b(?:\s+van\s+[A-Z][^,.]{0,60}?)?"
    r"\s+(?!beveelt|adviseert|vraagt|raadt)\w+"
)
#: A sentence whose subject is a body by its generic noun, its verb right after: "De inspectie stelt vast dat …", "De raad
#: concludeert …" (a pronoun in the sentences after stands for it; round 64).
GENERIC_BODY_SUBJECT = re.compile(
    r"^\W*(?:De|Het)\s+(?P<noun>inspectie|raad|ombudsman|rekenkamer|onderzoeksraad|commissie|adviesraad|autoriteit)\s+"
    r"(?:stelt|constateert|concludeert|signaleert|ziet|vindt|meent|heeft|is|onderzocht|bezocht|sprak|beveelt|adviseert"
    r"|doet|richt|wijst)\b"
)
#: The word before a bracketed number of a legal reference, not a count of recommendations: "artikel 7, lid (2)".
LEGAL_REFERENCE_BEFORE = re.compile(
    r"\b(?:lid|artikel|onderdeel|sub|punt|bijlage|hoofdstuk|paragraaf)\s*$", re.IGNORECASE
)
