"""Forms of recommendations read from real letters and the blind splits (issue #12, rounds 6–7):
which report a recommendation comes from, series in one sentence, prose to other addressees,
quotes inline, party bullets, answers that recall a recommendation. Re-exported by
`kamerstuk.patterns.recommendations`; each pattern has a comment and an example.
"""

from __future__ import annotations

import re

# A heading that names the report whose recommendations follow, in a letter answering two:
# "Reactie op het advies van de Rli", "Aanbevelingen uit de ICER", "Kabinetsreactie op de
# SER-verkenning", "Het rapport van de Algemene Rekenkamer", "De evaluatie door Stroomlijn",
# "2. Het advies van de Raad voor Cultuur", "De policy brief van de WRR". The name is read after "van"/"door" (or the whole).
SOURCE_HEADING = re.compile(
    r"^[ \t#*]*(?:\d{1,2}[.)]?[ \t]+)?(?:Reactie\s+op\s+|Aanbevelingen\s+(?:uit|van)\s+|Kabinetsreactie\s+op\s+"
    # (also compounds ending in such a noun: "De marktscan van de NZa", "Het signaalrapport van de ILT",
    # "Het sectorbeeld van de Aw", "De quickscan door Berenschot")
    r"|(?:(?:Het|De)\s+)?(?:(?:eind|tussen|inspectie)?rapport|rapportage|advies|evaluatie|onderzoek|verkenning"
    r"|briefadvies|signalement|zienswijze|policy\s?brief|studie|analyse|publicatie|notitie|doorlichting|verslag"
    r"|[\w-]*(?:rapport|scan|studie|onderzoek|advies|monitor|verkenning|analyse|beeld|evaluatie))"
    r"\s+(?:van|door)\s+)(?P<src>[^\n]{2,90}?)[ \t*:]*$",
    re.MULTILINE | re.IGNORECASE,
)


#: An advisory body introduced with its full name and a short form in brackets, which later
#: sentences call it by: "de Onderzoeksraad voor Veiligheid (hierna: de Onderzoeksraad)", "de Raad
#: voor Dierenaangelegenheden (RDA)", "de Afdeling advisering van de Raad van State (hierna: de
#: Afdeling)", "de Raad voor de leefomgeving en infrastructuur (hierna: de raad)". The name opens
#: on the body's head noun ("…raad", "Commissie", "Afdeling", …), after at most two adjectives
#: ("Wetenschappelijke Raad voor het Regeringsbeleid (WRR)"), and runs to the bracket.
#: Example: "… heeft de Raad voor Cultuur (hierna: de raad) een advies uitgebracht" → full "Raad
#: voor Cultuur", short "raad".
INTRODUCED_BODY = re.compile(
    # "Wetenschappelijke", "Sociaal-Economische", "Centraal", "Sociaal en Cultureel"; not "De"
    r"\b(?P<full>(?:[A-Z][\w-]{3,}(?:e|aal|eel)[ \t]+(?:en[ \t]+(?=[A-Z]))?){0,2}"
    # ("Kennisinstituut voor Mobiliteitsbeleid (KiM)", "Rathenau Instituut")
    r"(?P<head>[A-Z][a-z]*(?:raad|commissie|inspectie|ombudsman|rekenkamer|bureau|college|instituut)"
    # ("het Bureau Financieel Toezicht (BFT)": a supervisor named "Bureau"; round 45)
    r"|Raad|Commissie|Inspectie|Afdeling|College|Autoriteit|Planbureau|Instituut|Bureau)\b"
    # (a commission by its chair's name: "de Commissie-Brouwer (hierna: de commissie)"; round 53)
    r"(?:-[A-Z][\w]*)?(?:[ \t]+[\w&'’-]+){0,7}?)"
    r"[ \t]*\((?:hierna:?[ \t]*)?(?:de[ \t]+|het[ \t]+)?(?P<short>[\w-]{2,40})\)"
)


#: Any capitalised name with its acronym after it in brackets, the acronym on the name's first letter: "Wageningen Social &
#: Economic Research (WUR)", "Centraal Bureau voor de Statistiek (CBS)" (the short forms an answer may use for a body its
#: recommendations name in full; round 54).
NAME_WITH_ACRONYM = re.compile(
    r"\b(?P<full>[A-Z][\w-]*(?:[ \t]+(?:(?:&|en|van|voor|de|het|der)[ \t]+)*[A-Z][\w-]*){0,6})[ \t]*"
    r"\((?P<short>[A-Z][A-Za-z&]{1,9})\)"
)
#: The divisions of the Raad van State, named in full once and then "de Afdeling": "heb ik de Afdeling advisering van
#: de Raad van State om voorlichting gevraagd. De Afdeling heeft die voorlichting … uitgebracht" (no "(hierna: …)").
COUNCIL_DIVISION = re.compile(
    r"\b(?P<full>Afdeling\s+(?:advisering|bestuursrechtspraak)\s+van\s+de\s+Raad\s+van\s+State)\b"
)

# --- series: several recommendations in one sentence, alternating paragraphs, party groups ---

#: The separator before a coordinated recommendation in one prose sentence: a comma and/or "en",
#: then an optional "om". Only the last one between two "te"-infinitives counts (see
#: `kamerstuk.entities.recommendation_series.split_series`).
#: Example: ", om " in "… om een meldpunt in te richten, om de termijn te verkorten …"
SERIES_SEPARATOR = re.compile(r"[ \t]*,[ \t]*(?:en[ \t]+)?(?:om[ \t]+)?|[ \t]+en[ \t]+(?:om[ \t]+)?")

#: What a recommendation's own lead asks for "per aanbeveling": such a lead may also open
#: with "Hieronder" (which otherwise announces the letter's own topics).
#: Example: "Hieronder geef ik per aanbeveling mijn reactie."
PER_RECOMMENDATION = re.compile(
    r"\b(?:per|bij\s+(?:elke|iedere)|op\s+(?:elke|iedere))\s+aanbeveling\b", re.IGNORECASE
)

#: A sentence about one recommendation already given, by a demonstrative or its ordinal, with no plural: it
#: answers, defers or comments on that recommendation and leads no series of recommendation paragraphs after it.
#: Examples: "Deze aanbeveling raakt ook de andere donoren.", "Op de derde aanbeveling kom ik hieronder terug.",
#: "Aanbeveling 4 bespreek ik verderop.", "Een standpunt over de aanbeveling volgt daarna." (not "Deze aanbevelingen
#: zijn: …")
_ONE_ORDINAL = "eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|laatste"
ONE_RECALLED = re.compile(
    rf"\b(?:deze|die|dit|dat|de|bovenstaande|de\s+(?:{_ONE_ORDINAL})(?:\s+en\s+(?:{_ONE_ORDINAL}))?)\s+"
    r"(?:aanbeveling|advies)\b|\baanbeveling\s+\d{1,2}\b",
    re.IGNORECASE,
)
SOME_PLURAL = re.compile(r"\b(?:aanbevelingen|adviezen)\b", re.IGNORECASE)

#: A "te" + infinitive that makes a coordinated clause a recommendation of its own.
#: Example: "de begeleiding van starters te verbeteren"
SERIES_INFINITIVE = re.compile(r"\bte[ \t]+[a-zëéï]{1,30}n\b")
#: An indirect question right after a series infinitive: "te onderzoeken of …", "te bezien hoe …" (a comma inside it
#: does not open another recommendation).
QUESTION_AFTER_INFINITIVE = re.compile(r"[ \t]+(?:of|hoe|welke|wat|wie|waarom|wanneer|waar)\b", re.IGNORECASE)

#: The article that opens a heading's title when it names a topic, not a recommendation: "Aanbeveling 1: Een meetbaar
#: doel" (see `kamerstuk.entities.recommendations._topic_title`; round 48).
TOPIC_TITLE_ARTICLES = frozenset({"een", "de", "het"})

#: A request that opens on "Wel": the alternative an answer grants after declining, never a recommendation restated (no
#: gold recommendation opens so; round 48).
#: Example: "Wel vraagt de politie het Openbaar Ministerie voortaan zelf om die informatie" (after "… neem ik niet over")
GRANTED_REQUEST = re.compile(
    r"\W*Wel\s+(?:vraagt|vragen|verzoekt|verzoeken|adviseert|adviseren|beveelt|bevelen|raadt|raden|roept|roepen)\b"
)

#: A comma that opens an apposition or an example inside a clause: the comma that closes it is no separator of a series
#: (round 48).
#: Example: ", inclusief" in "om platforms te verplichten de totale prijs, inclusief opgeld, al tijdens het bieden te
#: tonen" (one recommendation, not two)
APPOSITION_OPENING = re.compile(
    r",[ \t]+(?:inclusief|exclusief|zoals|waaronder|bijvoorbeeld|met\s+name|in\s+het\s+bijzonder|namelijk"
    r"|met\s+inbegrip\s+van)\b",
    re.IGNORECASE,
)

#: Words that open a clause which continues the previous recommendation (a purpose, a relative
#: or subordinate clause) rather than a new one: "…, zodat gemeenten …", "…, waarbij …".
#: Example: "zodat" in "om de regels te vereenvoudigen, zodat burgers minder hoeven in te vullen"
SERIES_NOT_NEW = re.compile(
    # (a means of the clause before: "…, onder meer door hun reiskosten te vergoeden", "…, bijvoorbeeld door …")
    r"(?:onder\s+(?:meer|andere)|bijvoorbeeld|mede|met\s+name|in\s+het\s+bijzonder)\b"
    r"|(?:te|zodat|waarbij|waarmee|waardoor|omdat|maar|want|terwijl|die|dat|wat|zoals|door|als|indien"
    r"|wanneer|opdat|mits|tenzij|ook|daarbij|daarna|vervolgens|zo|eventueel|tijdig|opnieuw|vooral|zonder)\b",
    re.IGNORECASE,
)

#: A paragraph that answers the recommendation above it in a letter (or a table cell) that sets
#: recommendation and reaction one after the other: a "Reactie"/"Standpunt" label, the stance in
#: one word ("Overgenomen."), or a sentence about "deze aanbeveling".
#: Example: "Reactie kabinet: Niet overgenomen. Gemeenten houden die ruimte."
ANSWER_OPENER = re.compile(
    r"^\W*(?:Reactie|Standpunt|Kabinetsreactie|Beleidsreactie|Antwoord|Overgenomen|Niet\s+overgenomen"
    r"|Deels\s+overgenomen|Gedeeltelijk\s+overgenomen|(?:Grotendeels\s+)?overgenomen|Akkoord|Ja\b|Nee\b"
    r"|Kennis\s?genomen|Afgewezen|Uitgevoerd|In\s+uitvoering|Reeds\s+uitgevoerd"
    r"|Dit\s+(?:doe|doen|wordt|is|gebeurt)\b|Deze\s+aanbeveling|De\s+aanbeveling"
    # ("Dat gebeurt al.", "Dat is al zo.": the answer under "2. Wijs iedere verzoeker … op …"; round 45)
    r"|Dat\s+(?:doe|doen|gebeurt)\b|Dat\s+(?:is|wordt)\s+(?:al|reeds|inmiddels)\b)",
    re.IGNORECASE,
)

#: A cell or paragraph that is only a number (the first column of a table of recommendations).
#: Example: "3"
NUMBER_CELL = re.compile(r"\W*(?:nr\.?\s*)?\d{1,2}[.)]?\W*$", re.IGNORECASE)

#: A second instruction coordinated inside one list item: ", en leg …" / " en maak …". Group
#: "verb" is the word after "en" (checked against IMPERATIVE_VERBS).
#: Example: "Zorg voor meerjarige financiering en maak afspraken over de spreiding."
COORDINATED_IMPERATIVE = re.compile(r"(?:,[ \t]*(?:en[ \t]+)?|[ \t]+en[ \t]+)(?P<verb>[a-zë]{3,20})\b")


#: What follows a run-in label when the line answers instead of restating: "Aanbeveling 1 (taal
#: in de opvang) neem ik niet over", "… volgt het kabinet", "… is al geregeld": the government or
#: first person within the first three words, or "is/wordt al".
ANSWER_AFTER_LABEL = re.compile(
    # (no "^": read with `match` at the label's end)
    # (not the cabinet addressed by the recommender's verb: "Daarnaast adviseert zij het kabinet om …")
    r"\W*(?!(?:adviseert|adviseren|beveelt|bevelen|vraagt|vragen|raadt|raden|verzoekt|verzoeken|roept|roepen)\b)"
    # (not the cabinet told in the conditional what it should do: "Ook zou het kabinet volgens het planbureau
    # scholen het recht moeten geven …", the recommender's next advice; round 43)
    r"(?!zou(?:den)?\s+(?:het\s+kabinet|de\s+regering)\b[^.]{0,160}?\bmoeten\b)"
    r"(?:[\w-]+\s+){0,2}?(?:ik|wij|we|het\s+kabinet)\b|\W*(?:is|wordt|zijn|worden)\s+(?:al|reeds|inmiddels)\b",
    re.IGNORECASE,
)


#: Prose that opens on another addressee than the list before it: "Aan de brancheorganisaties in
#: de binnenvaart beveelt de Onderzoeksraad aan om …", "Aan gemeenten adviseert de raad …". After
#: a list addressed to the minister, such a sentence adds a recommendation (to another party)
#: even from the same recommender.
ADDRESSED_PROSE = re.compile(
    r"^\W*(?:Aan|Tot)\s+(?:de\s+|het\s+)?[\w-]+[^.]{0,80}?\b(?:beveelt|bevelen|adviseert|adviseren|raadt|raden"
    r"|doet|doen)\b"
    # (or the addressee by name right after the verb: "De Raad beveelt ProRail aan om …"; round 47)
    r"|^\W*(?:De|Het)\s+[\w-]+\s+(?:beveelt|bevelen|adviseert|adviseren|raadt|raden)\s+(?!(?:mij|ons|het\s+kabinet"
    r"|de\s+minister|de\s+staatssecretaris|de\s+regering)\b)(?-i:[A-Z][\w&-]+)(?:\s+(?-i:[A-Z][\w&-]+)){0,3}\s+aan\b"
)

#: A second clause of a recommendation joined by "en", its recommender a pronoun or a noun after
#: the verb: "Verder vraagt de Kiesraad aandacht voor kiezers met een beperking en beveelt hij aan
#: dat alle stemlokalen … voldoen". The complement is checked as for `PROSE_VERB`.
PROSE_COORDINATED = re.compile(
    r"\ben\s+(?P<verb>beveelt|bevelen|adviseert|adviseren|raadt|raden|pleit|pleiten|stelt|stellen)\s+"
    # ("…, en beveelt het aan die … op te nemen": "het" for the planbureau named before the verb; round 51)
    r"(?P<np>hij|zij|ze|het(?=\s+(?:aan|voor)\b)|(?:de|het)\s+[\w-]+)\b"
)

#: A quotation inside a sentence, of at least three words: the recommendations a lead with a
#: colon quotes one after the other ("Zij doen twee aanbevelingen: «Gebruik overal hetzelfde
#: instrument» en «Voer een eigen bijdrage in»."). Group "q" is the quoted text.
INLINE_QUOTE = re.compile(r"[«“„\"](?P<q>[^«»“”„\"\n]{8,400}?)[»”\"]")
#: A report's title in quotes, not a recommendation quoted: the quote right after the name of a document ("het advies
#: «Draden onder water» van de AIV", "het rapport “Werk aan de winkel”", "de evaluatie getiteld «…»"). Matched as
#: the text that ends at the opening quote.
TITLE_BEFORE_QUOTE = re.compile(
    r"\b(?:advies|adviezen|rapport|rapporten|verslag|evaluatie|onderzoek|studie|verkenning|publicatie|brief|notitie"
    r"|signalement|essay|boek|getiteld|titel|thema"
    # or the name of a course, programme, plan or campaign: "volgen … bij de Academie Rijksbeleid de leergang «Schrijven
    # voor de bewindspersoon»", "het programma «Samen sterk»", "de campagne «Check je huis»"
    r"|[\w-]*(?:leergang|cursus|training|module|opleiding|programma|campagne|handreiking|leidraad|richtlijn|project"
    r"|actieplan|plan|agenda|methode|pilot|proef|e-learning|app|platform|website|regeling))\s*$",
    re.IGNORECASE,
)
#: A lead that ends in a body's verb of saying before its colon: "De Aw schrijft:", "De raad stelt:",
#: "De commissie formuleert het zo:". Matched from the sentence start to the colon.
QUOTE_LEAD = re.compile(
    r"(?:De|Het)\s+[\w-]+(?:\s+[\w-]+){0,4}?\s+(?:schrijft|schrijven|stelt|stellen|formuleert|formuleren"
    r"|zegt|zeggen)(?:\s+het\s+zo)?\s*$"
    # inverted after a fronted topic, the body after the verb (group "subject"): "Over de bereikbaarheid van het
    # meldpunt schrijven de onderzoekers: «Het LMI moet …»"
    r"|(?:Over|Wat|Ten\s+aanzien\s+van|Met\s+betrekking\s+tot|Voor)\b[^.:;«“„]{1,100}?\s+(?:schrijft|schrijven|stelt"
    r"|stellen|formuleert|formuleren|zegt|zeggen)\s+(?P<subject>(?:de|het)\s+[\w-]+(?:\s+[\w-]+){0,3}?)\s*$"
    # inverted after a connective of a running series, the body by its short name too: "Ook schrijft IOB: «Maak …»"
    # (holdout371; round 63)
    r"|(?:Ook|Daarnaast|Verder|Voorts|Tevens|Ten\s+slotte|Tot\s+slot)\s+(?:schrijft|schrijven|stelt|stellen|formuleert"
    r"|formuleren|zegt|zeggen)\s+(?:(?:de|het)\s+)?[A-Z][\w-]*(?:\s+[\w-]+){0,3}?\s*$"
)

#: A body's verb of recommending right before its quoted recommendations, without a colon: "Daarnaast adviseert de raad
#: «Zorg voor een scholingsaanbod …» en «Richt een meldpunt in …»", "De commissie beveelt het kabinet aan «…»" (round
#: 42; the quotes must still read as recommendations).
_RECOMMENDING_VERB = r"(?:adviseert|adviseren|beveelt|bevelen|raadt|raden)"
_ADDRESSED = r"(?:\s+(?:het\s+kabinet|de\s+regering|de\s+minister|mij|ons))?(?:\s+aan)?"
RECOMMENDING_QUOTE_LEAD = re.compile(
    r"(?:(?:Daarnaast|Verder|Ook|Voorts|Tevens|Ten\s+slotte|Tot\s+slot|Tenslotte|Allereerst|Eerst|Vervolgens"
    r"|Ten\s+(?:eerste|tweede|derde|vierde))\s+"
    + _RECOMMENDING_VERB
    + r"\s+(?:de|het)\s+[\w-]+(?:\s+[\w-]+){0,3}?"
    + _ADDRESSED
    + r"|(?:De|Het)\s+[\w-]+(?:\s+[\w-]+){0,3}?\s+"
    + _RECOMMENDING_VERB
    + _ADDRESSED
    # (a pronoun for the body named in the sentence before: "Het PBL kijkt vooral naar automobilisten. Het beveelt aan
    # «…» en vraagt het kabinet daarnaast «…»"; round 53)
    + r"|(?:Het|Zij|Hij|Ze)\s+"
    + _RECOMMENDING_VERB
    + _ADDRESSED
    + r")\s*$"
)

#: A bullet that names the party it addresses before a colon, then the recommendation: "-
#: Ziekenhuizen: verstuur het medicatieoverzicht digitaal", "- Minister van VWS: verplicht …",
#: "• Gemeenten: zorg voor …". The party is at most five words, opening with a capital.
PARTY_BULLET = re.compile(
    r"[ \t]*+(?:[-•–▪*]|\d{1,2}[.)])[ \t]++(?P<party>[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,4}?)[ \t]*:[ \t]+(?=\S)"
)

#: Prose that addresses the government after a list addressed to others: "Daarnaast vraagt de
#: ombudsman mij om …", "Verder beveelt de raad het kabinet aan …" (the list went to the IND).
TO_GOVERNMENT_PROSE = re.compile(
    r"^\W*(?:[A-Z]\w*\s+)?(?:(?:de|het)\s+[\w-]+\s+)?(?:beveelt|adviseert|vraagt|verzoekt|roept|raadt)\s+"
    r"(?:(?:de|het)\s+[\w-]+\s+)?(?:mij|ons|het\s+kabinet|de\s+regering|de\s+minister)\b"
)
#: An addressee that is the government: "de minister", "het kabinet", "mij".
GOVERNMENT_ADDRESSEE = re.compile(
    r"\b(?:mij|ons|kabinet|regering|minister|staatssecretaris)\b", re.IGNORECASE
)

#: A suggestion in the conditional, read only inside a series of ordinal openers: "zou de toets
#: kunnen worden afgeschaft", "zouden gemeenten moeten …".
SUGGESTION_MODAL = re.compile(r"\bzou(?:den)?\b[^.]{0,100}?\b(?:kunnen|moeten)\b", re.IGNORECASE)

#: A recommendation in the conditional that continues the recommender's previous one in the same
#: paragraph: "Ook zouden schuldhulpverleners bij DUO een eigen ingang moeten krijgen." Read only
#: right after a prose recommendation (see `kamerstuk.entities.recommendations`).
#: Also the recommender's opinion with an obligation: "Ook vinden zij dat gemeenten parkeerzones moeten kunnen
#: aanwijzen." (a pronoun subject: the recommender of the sentence before).
CONTINUED_SUGGESTION = re.compile(  # (no "^": read with `match` at the sentence start)
    r"\W*(?:Ook|Daarnaast|Verder|Voorts|Bovendien|Tevens)\s+"
    r"(?:(?:zou|zouden)\b[^.]{0,160}?\b(?:moeten|kunnen)\b"
    r"|(?:vindt|vinden|meent|menen)\s+(?:zij|ze|hij)\s+(?:ook\s+)?dat\b[^.]{0,160}?\b(?:moet|moeten)\b)"
)

#: A paragraph that opens by answering a recommendation named by number: "Aanbeveling 5 neem ik
#: niet over.", "Met aanbeveling 4 is al een begin gemaakt.", "De derde aanbeveling volgt het
#: kabinet." Prose in it that restates the recommendation ("De Rekenkamer stelt voor …") is the
#: answer's recall of it, not a recommendation of its own. Also by a demonstrative, with the minister as
#: the one who answers, and then the minister's own request to a third party ("Deze aanbeveling neemt de
#: minister over. Zij vraagt de beroepsvereniging om …"; round 60). Also the wish itself judged in the first person: "De
#: wens om de lening in het hele land beschikbaar te maken begrijp ik. … De VNG roept gemeenten op om …" (a party's call
#: in the answer, not the report's; 7 of 7 such open gold paragraphs are answers; round 61).
ANSWER_PARAGRAPH_OPENING = re.compile(
    r"\W*(?:(?:Met|Voor|Op|Aan)\s+)?(?:[Aa]anbeveling(?:en)?\s+\d{1,2}(?:\s+en\s+\d{1,2})?|(?:De|de)\s+\w+\s+aanbeveling"
    r"|(?:Deze|Die)\s+aanbeveling(?:en)?)\b"
    r"[^.]{0,80}?\b(?:neem|neemt|nemen|volg|volgt|volgen|onderschrijf|onderschrijft|is\s+al|zijn\s+al|wordt|worden"
    r"|ik|wij|het\s+kabinet|de\s+(?:minister|staatssecretaris))\b"
    r"|\W*(?:De|Het)\s+(?:wens|verzoek|voorstel|pleidooi)\b[^.]{0,140}?\b"
    r"(?:begrijp|deel|onderschrijf|steun|waardeer|herken)\s+(?:ik|wij|we)\b"
)
