"""Vocabulary of the stance classifier: how a government letter says it adopts, rejects or defers.

`kamerstuk.entities.stance` reads a sentence as lower-case word tokens and looks these words up;
the few regexes here only tokenize and recognise word shapes. Forms are listed as they occur:
verb-second ("neemt het kabinet over"), verb-final ("die ik overneem"), passive ("wordt
overgenomen") and te-infinitive ("om … over te nemen"). Each entry has an example sentence.
"""

from __future__ import annotations

import re

from kamerstuk.patterns.agencies import EXECUTIVE_SERVICE_WORDS

_I = re.IGNORECASE


def _words(text: str) -> frozenset[str]:
    """The set of the space-separated words of `text` (vocabularies read better as one string)."""
    return frozenset(text.split())


# Words, with inner hyphens and apostrophes ("zzp'ers", "kabinets-reactie"), and single punctuation
# marks, which end a clause. One character class repeated: linear time.
# (a number with a decimal comma or a thousands dot is one word, not a clause break: "het huidige tarief van € 3,70 per
# afschrift te handhaven"; round 59)
TOKEN = re.compile(r"\d+(?:[.,]\d+)+|\w+(?:['’\-]\w+)*|[^\w\s]")

# Punctuation that ends a clause: "De commissie doet drie aanbevelingen, die ik alle drie overneem."
CLAUSE_PUNCT = frozenset(',;:()[]–—"«»“”!?.')

# Conjunctions that open a new clause (a negation or actor does not reach across them):
# "Ik neem de aanbeveling over, maar niet de voorgestelde termijn."
CLAUSE_OPENERS = _words(
    "maar omdat want terwijl hoewel zodat waardoor doordat aangezien tenzij mits nadat voordat "
    "zodra indien wanneer als zoals"
)
# Coordinators a local negation window stops at: "Ik zie geen reden voor een verbod en neem … over".
COORDINATORS = frozenset({"en", "of", "maar", "noch"})

# --- who speaks ------------------------------------------------------------------------------

# The government as actor: "Ik neem …", "neemt het kabinet …", "De minister wijst … af",
# "naar mijn oordeel".
GOVERNMENT = _words(
    "ik wij we mij mijn onze kabinet regering minister ministers staatssecretaris staatssecretarissen "
    "bewindspersoon bewindspersonen bewindslieden ministerie departement"
    # the press names the minister by office: "De bewindsvrouw neemt slechts een deel over",
    # "Premier Rutte omarmt de conclusies", "dat zorgministers … daar nu mee bezig zijn"
    " bewindsman bewindsvrouw premier minister-president zorgminister zorgministers"
)

# Others whose positions a letter reports: "De raad beveelt aan …", "Veel gemeenten hebben … overgenomen",
# "De Kamer heeft de aanbevelingen … omarmd". A noun right after a preposition other than "door"
# ("het advies van de raad") is not an actor.
THIRD_PARTY = _words(
    "raad adviesraad commissie enquêtecommissie adviescommissie onderzoekers onderzoeker auteurs "
    "rapport rekenkamer inspectie inspecties ombudsman ombudsvrouw toezichthouder toezichthouders "
    "kamer leden fractie fracties partijen gemeenten provincies waterschappen sector veld werkgevers "
    "werknemers vakbonden bonden zorgaanbieders zorgverzekeraars verzekeraars koepels "
    "belangenorganisaties deskundigen experts wrr ser pbl cpb scp rli rob rvs ovv onderzoeksraad "
    "gezondheidsraad onderwijsraad adviescollege vng ipo uwv zij"
    # Parliament and the Raad van State as the press and the nader rapport name them: "De Afdeling
    # onderschrijft de strekking van het wetsvoorstel", "Een meerderheid van de Kamer steunt …",
    # "De motie roept de regering op …", "volgens de vicepresident". ("hij" is not listed: a news
    # report calls the minister "hij": "Ook neemt hij de aanbevelingen van de inspectie over".)
    " afdeling meerderheid kamermeerderheid oppositie oppositiepartijen coalitiepartijen motie"
    " kamerlid vicepresident voorzitter staatscommissie werkgroep evaluatiecommissie ombudsmannen"
    # other states and donors in a letter on European or international work: "de andere lidstaten die met dit
    # onderwerp bezig zijn"
    " lidstaten donoren"
)
# Sharing the wish or concern behind a recommendation, then a refusal after "maar": a courtesy before the verdict, not
# a part adopted ("Op het derde punt deel ik de wens van de inspectie …, maar een plaats in hetzelfde peloton kan ik
# niet garanderen"; gold: 15 of 21 answers with such a sentence rejected, 4 partly; round 54).
SHARED_AIM_CUES = _words("delen")
SHARED_AIM_OBJECTS = _words("wens wensen zorg zorgen doel doelen belang streven behoefte")
# A study as the subject that opens its clause, did or could not do something: "De evaluatie ging over de jaren 2022 tot
# en met 2024 en kon deze wijziging daarom niet meenemen" (what the study left out, no refusal of ours; not "Ik wacht die
# evaluatie af", its object; round 54).
STUDY_SUBJECTS = _words("evaluatie evaluatoren")
OPENING_DETERMINERS = _words("de het deze die dit dat")
# The executive services of the ministries act for their minister (`kamerstuk.patterns.agencies`): "De DJI publiceert
# die cijfers sinds 2025 in haar jaarbericht", "Sinds 1 januari 2026 publiceert RVO …" (a measure of ours in place).
# (not IOB: it plans evaluations for its minister, but what it finds is the report a letter answers; round 48)
EXECUTIVE_SERVICES = _words(EXECUTIVE_SERVICE_WORDS) - _words(
    "dienst bureau informatie ministerie departement nationaal inspectie iob"
)
# A pronoun for a minister named just before in the sentence: "De Minister van Justitie en
# Veiligheid laat weten dat zij deze aanbeveling niet overneemt" (the government's stance).
MINISTER_PRONOUNS = _words("zij hij")
# A recommendation addressed to another party is only noted by the government: "aanbeveling 5, …:
# gericht aan de Landelijke Meldkamer Samenwerking", "De vijfde aanbeveling is aan de VNG gericht"
# (not when the addressee is the government: "gericht aan de minister").
ADDRESSED = "gericht"
ADDRESSED_TO = _words("aan tot")
# A recommendation passed on to the party it concerns: "Ik breng de aanbeveling onder de aandacht van de
# zorgverzekeraars", "…; ik breng haar onder hun aandacht" (noted: the government decides nothing itself).
PASSED_ON = "aandacht"
PASSED_ON_OBJECTS = _words("haar hem deze die dit dat ze")
# "de minister aan wie de aanbeveling is gericht": a relative clause, no other party
RELATIVE_PERSONS = _words("wie wien welke")
# A relative clause's first word: "de andere lidstaten die met dit onderwerp bezig zijn" (what they do).
RELATIVE_OPENERS = _words("die dat welke")
# An addressee list that includes the government is not "addressed to another party": "de
# aanbevelingen, gericht aan het bedrijfsleven, de NVWA en aan politiek en bestuur".
ADDRESSEE_GOVERNMENT = _words(
    "rijk rijksoverheid overheid politiek bestuur kabinet regering minister ministers ministerie "
    "staatssecretaris bewindspersonen"
)
# A demonstrative standing for a named third party as the subject of a "dat"-clause: "Het kabinet
# heeft vernomen dat deze de aanbeveling overneemt" (an article after it shows it is no determiner:
# "dat deze aanbeveling …" is not meant).
DEMONSTRATIVE_SUBJECTS = _words("deze die")
ARTICLES_AFTER_SUBJECT = _words("de het een haar zijn hun dit dat")
# The finite verb of an inverted clause, right before its subject's determiner: Parliament after them is the clause's
# subject, not the complement of a preposition further back ("bij de behandeling van het wetsvoorstel heeft uw Kamer
# bewust gekozen voor …": the Kamer's choice, no stance of ours; round 45). Only Parliament: "sinds 2024 heeft de raad
# instemmingsrecht" may be a body of the sector whose right in place answers a recommendation.
INVERTED_FINITES = _words(
    "heeft hebben had hadden is was zijn waren wordt worden werd zal zullen kan kunnen wil willen"
)
SUBJECT_DETERMINERS_AFTER_FINITE = _words("de het uw deze die")
PARLIAMENT_SUBJECTS = _words("kamer kamerleden fractie fracties kamermeerderheid oppositie")
# Prepositions that make the noun after them a complement, not an actor: "het advies van de raad".
PREPOSITIONS = _words(
    "van uit aan op met in bij tot voor naar over tegenover dan binnen onder tussen via per"
)

# Words that open a subordinate clause: a preposition before them does not govern a noun after them.
SUBCLAUSE_START = _words("dat die of wat welke waarin waarbij waarmee")

# Verbs of reporting: a clause "De raad stelt dat …" reports the raad's words, so a stance inside
# it is not the government's ("De raad constateert dat het kabinet de aanbevelingen niet heeft
# overgenomen"). Also "volgens de onderzoekers …", "aldus de commissie", "Uit het rapport blijkt …".
REPORTING = _words(
    "stelt stellen stelde stelden constateert constateren constateerde concludeert concluderen "
    "concludeerde adviseert adviseren adviseerde beveelt bevelen beval aanbeveelt aanbevelen pleit "
    "pleiten pleitte meent menen vindt vinden geeft geven wijst wijzen signaleert signaleren merkt "
    "merken schrijft schrijven benadrukt benadrukken vraagt vragen vroeg verzoekt verzoeken roept "
    "roepen doet doen onderstreept waarschuwt suggereert oordeelt noemt beschrijft blijkt blijken "
    "aldus volgens"
)
# "Uit … blijkt dat …" frames a finding: what it shows to be in place stands, whoever found it (round 39).
SHOWN_BY = _words("blijkt blijken bleek bleken")
# "Volgens de onderzoekers …", "aldus de commissie": a frame even without a verb.
FRAME_WORDS = frozenset({"volgens", "aldus"})

# Modals of obligation: "Het kabinet moet de aanbeveling overnemen" demands, it does not decide.
DEONTIC = _words("moet moeten moest moesten dient dienen diende zou zouden behoort behoren")
# Modal and auxiliary verbs that give a short clause a verb of its own, so a "niet" in it is no elliptic rejection
# ("…, mag niet wachten", "…, kan niet verder"; not "…, de vierde niet"; round 60).
CLAUSE_VERBS = _words(
    "mag mogen moet moeten kan kunnen wil willen zal zullen is zijn wordt worden heeft hebben dient dienen hoeft hoeven"
)

# Words that mark a later act or decision: "zal bezien", "gaat verkennen", "laat onderzoeken".
FUTURE = _words("zal zullen ga gaat gaan wil willen laat laten nader eerst")
# The government as subject of a modal is a plan, not a demand: "ik vind dat we er goed naar
# moeten kijken" (noted), unlike "Het kabinet moet de aanbeveling overnemen".
FIRST_PERSON_SUBJECTS = _words("ik wij we")
# Pronouns that stand for what a recommendation asks, as object: "Ik zal dat opnemen in …".
OBJECT_PRONOUNS = _words("dit dat deze die")
# Words that join a clause to the one before, in front of its fronted object: "…, maar die volg ik niet".
CLAUSE_LINKS = _words("maar en echter")
# Words after such a pronoun (not a noun, which makes it a determiner): "dat opnemen", "dit op", "dit ook".
AFTER_OBJECT_PRONOUN = _words("op opnemen opgenomen in ook daarom dan graag wel voortaan eveneens")

# Calls and requests: a te-infinitive after them is what others ask, not what the government
# decides: "De motie roept de regering op de voorstellen op te volgen", "Partijen vroegen het kabinet
# de adviezen over te nemen", "drongen er bij de minister op aan om het advies over te nemen".
DEMAND = _words(
    "oproep oproept oproepen roept roepen riep riepen vraagt vragen vroeg vroegen verzoekt verzoeken "
    "verzocht dringt dringen drong drongen eist eisen eiste eisten"
    # an obligation, not a decision: "Het kabinet is niet verplicht om de aanbevelingen over te nemen"
    " verplicht"
)
# "Het is nu aan de staatssecretaris om de aanbevelingen uit te voeren": whose turn it is, no decision.
ITS_UP_TO = ("is", "aan")
# A decision between the call and the te-infinitive keeps it: "U vraagt mij … ; ik besluit de
# aanbeveling over te nemen", "ben ik bereid de aanbeveling op te volgen".
DECIDE = _words("besluit besluiten besloten bereid toe")

# Indirect questions and manner clauses describe or announce, they do not decide: "Welke
# aanbevelingen het kabinet overneemt, leest u in de bijlage", "is zichtbaar in hoeverre de
# aanbevelingen zijn opgevolgd", "hoe het kabinet … het opvolgen van het advies", "de manier waarop
# het kabinet aan de slag gaat met de aanbevelingen". ("waarom" is left out: it explains a stance
# taken: "Ik licht toe waarom ik de aanbeveling niet overneem".)
# ("hoeveel" since round 34: "Ik vraag de Autoriteit na te gaan hoeveel corporaties de modelregeling hebben
# overgenomen")
QUESTION_WORDS = _words("hoe welke hoeverre hoeveel")
# A stance in a conditional clause is hypothetical: "… dreigt op te stappen als het kabinet zijn advies
# niet overneemt", "Indien de minister de aanbeveling volgt, moeten gemeenten …". "als"/"wanneer" are
# conditional only with the verb at the clause's end ("Als eerste neem ik de aanbeveling over" is not).
CONDITIONALS = _words("als wanneer indien tenzij mits")
ALWAYS_CONDITIONAL = _words("indien tenzij mits")
# A condition with the verb first, answered by "dan": "Is hergebruik niet mogelijk, dan wordt de grond
# afgevoerd", "Blijkt de regeling niet te werken, dan …", "Mocht de pilot mislukken, dan …".
VERB_FIRST_CONDITIONAL = _words(
    "is zijn wordt worden blijkt blijken komt komen heeft hebben kan kunnen mocht mochten"
)
THEN = "dan"
NOT_CONDITIONAL_AFTER = _words("eerste tweede derde vierde laatste volgt reactie gevolg onderdeel")
# "als" after these, or after a "zowel" earlier in the sentence, compares or joins and is no "if":
# "Zowel de eerste als de tweede aanbeveling neem ik over", "Net als de raad vind ik …".
NOT_CONDITIONAL_BEFORE = _words("net zowel evenals even zo")
MANNER_NOUNS = _words("wijze manier")

# --- what it is about ------------------------------------------------------------------------

# The recommendation itself: "neemt de aanbeveling over", "onderschrijft het advies".
RECOMMENDATION_NOUNS = _words(
    "aanbeveling aanbevelingen advies adviezen oproep voorstel voorstellen suggestie suggesties pleidooi "
    "verzoek verzoeken beslispunt beslispunten"
    # a core advice and its parts: "Het kabinet onderschrijft het kernadvies", "de deeladviezen"
    " kernadvies kernaanbeveling kernaanbevelingen hoofdaanbeveling deeladvies deeladviezen"
)
# A part of a recommendation, before a particle and a relative clause: "neem ik het deel over dat de waardering betreft"
# (the particle of "overnemen", then "dat" opening the clause about the part; round 58).
PART_NOUNS = _words("deel onderdeel gedeelte")
# The report's analysis rather than its proposals: agreeing with it ("deelt de analyse",
# "onderschrijft het doel van de aanbeveling") is agreement, but weaker: with a rejection in the
# same sentence the rejection stands ("deelt de analyse, maar neemt de aanbeveling niet over").
ANALYSIS_NOUNS = _words(
    "analyse analyses probleemanalyse zorg zorgen conclusie conclusies constatering constateringen "
    "bevinding bevindingen observatie observaties beeld diagnose doel doelen doelstelling intentie "
    "ambitie belang uitgangspunt richting strekking geest gedachte urgentie noodzaak signalen "
    "signaal mening opvatting visie probleem problemen knelpunten boodschap kern kritiek"
    # "Ik deel de wens om beter zicht te krijgen op …"
    " wens wensen streven"
)
# The aim of a proposal, as against the report's analysis: agreeing with it while rejecting a detail
# of the measure is a "ja, maar" (partly_adopted): "Ik onderschrijf het doel, maar vier weken gaat
# verder dan verantwoord is"; "Het doel ervan onderschrijven wij. Een wettelijke plicht gaat ons te
# ver." (Agreeing with the analysis — "Ik deel de zorg, maar een verbod acht ik niet wenselijk" —
# while rejecting the measure stays rejected.)
# The aim of a named recommendation, agreed to: "De gedachte achter de eerste aanbeveling onderschrijf
# ik", "Het doel van de vierde aanbeveling, voldoende tellers, deel ik" (next to a detail rejected: a part).
AIM_OF_RECOMMENDATION = re.compile(
    r"\b(?:het\s+doel|de\s+doelen|de\s+(?:achterliggende\s+)?gedachte|de\s+intentie|de\s+strekking|het\s+streven)"
    r"\s+(?:van|achter)\s+(?:de|deze|die|dit|het)\s+(?:[^\s,.;:]+\s+){0,2}?(?:aanbeveling|advies|voorstel)\w*\b"
    # (or what lies under it: "Het kabinet deelt de zorg die aan deze aanbeveling ten grondslag ligt"; round 67)
    r"|\bde\s+(?:zorg|zorgen|gedachte|wens|bedoeling|doelen|doel)\s+(?:die|dat)\s+aan\s+(?:de|deze|die|dit|het)\s+"
    r"(?:[^\s,.;:]+\s+){0,2}?(?:aanbeveling|advies|voorstel)\w*\s+ten\s+grondslag\s+(?:ligt|liggen)\b",
    re.IGNORECASE,
)
# A part of the recommendation put first as what is agreed to, in a clause of what should be: "Dat de
# ondersteuning voor ieder gezin gelijk moet zijn, onderschrijf ik." (the measure's content, not the report's
# analysis: next to a rejection of another part, partly_adopted). Not "Dat de uitvoering beter kan, deel ik".
FRONTED_NORM = re.compile(
    r"^\W*Dat\s[^,;:]{3,200}?\b(?:moet|moeten|dient|dienen|zou\s+moeten|zouden\s+moeten|nodig\s+is|noodzakelijk\s+is)\b"
    r"[^;:]{0,80}?,\s*(?:onderschrijf|deel|steun|ondersteun|erken)\s+(?:ik|wij|we)\b"
)
# One part of a recommendation by its place: "Met het eerste deel van deze aanbeveling ben ik het eens, en dat is
# inmiddels geregeld" (agreed or in place: beside a rejection elsewhere in its answer, partly_adopted).
PLACED_PART = re.compile(
    r"\b(?:het|dat|de|die)\s+(?:eerste|tweede|derde|laatste|ene|andere)\s+(?:deel|onderdeel|gedeelte|helft)\b",
    re.IGNORECASE,
)
# Verbs of an aim whose dat-clause says what others are to do: "Daarmee wil ik bereiken dat iedere
# eigenaar rekening houdt met een controle" (no stance in that clause).
AIM_VERBS = _words("bereiken beogen beoog beoogt")
# A rule laid down whose dat-clause is the rule's content: "… leg ik vast dat iedere deelnemer ten minste twee gasten
# mag meenemen" (what the rule allows others, no stance: the particle "vast" after a form of "leggen").
RULE_LAYING = _words("leg legt leggen")
RULE_PARTICLE = "vast"
AIM_NOUNS = _words(
    "doel doelen doelstelling doelstellingen wens wensen intentie strekking richting gedachte ambitie streven"
)

# --- adopted ---------------------------------------------------------------------------------

# The finite forms of "laten", whose "over" after them is that of "overlaten" (to leave to others), not of "overnemen":
# "neemt kennis van deze aanbeveling en laat het opstellen van een standaard aan de branche over" (round 61).
LEAVE_STEMS = _words("laat laten liet lieten")
# Separable verbs: (name, kind, finite stems, particle, fused forms, word that must follow the
# particle). kind: "A" adopt, "R" reject, "N" noted. The te-infinitive "over te nemen" is
# recognised from the particle and the stem's infinitive.
#   "Deze aanbeveling neem ik over" / "die ik beide overneem" / "wordt overgenomen"
#   "Ik volg de aanbeveling op" / "wordt opgevolgd" / "om … op te volgen"
#   "De minister wijst de aanbeveling … af" / "afgewezen"
#   "neem ik mee in de uitwerking" / "zal ik meenemen"
#   "komt hier in het najaar op terug" (not "later in deze brief")
#   "ziet af van het instellen van …"; "wacht de evaluatie af"
#   "gaat over tot invoering van …"; "stemt in met …"; "voert de aanbeveling uit"
#   "De toetsing door een veiligheidsfunctionaris voer ik in voor oefeningen in Nederland" (a measure introduced)
#   "zet de aanbevelingen om in concrete maatregelen" / "niet alle adviezen … omgezet in beleid"
#   "pakt de aanbeveling op" / "wordt de aanbeveling … opgepakt" (only with the recommendation as object)
SEPARABLE: tuple[tuple[str, str, frozenset[str], str, frozenset[str], str | None], ...] = (
    ("overnemen", "A", _words("neem neemt nemen nam namen"), "over",
     _words("overneem overneemt overnemen overnam overnamen overgenomen"), None),
    ("opvolgen", "A", _words("volg volgt volgen volgde volgden"), "op",
     _words("opvolg opvolgt opvolgen opvolgde opgevolgd"), None),
    ("overgaan tot", "A", _words("ga gaat gaan ging gingen"), "over",
     _words("overgaan overgegaan"), "tot"),
    # "Het kabinet wil niet direct overgaan op compensatie van alle ouders"
    ("overgaan op", "A", _words("ga gaat gaan ging gingen"), "over",
     _words("overgaan overgegaan"), "op"),
    ("instemmen", "A", _words("stem stemt stemmen"), "in",
     _words("instem instemt instemmen ingestemd"), "met"),
    ("uitvoeren", "A", _words("voer voert voeren"), "uit",
     _words("uitvoer uitvoert uitvoeren uitgevoerd"), None),
    ("uitwerken", "A", _words("werk werkt werken"), "uit",
     _words("uitwerk uitwerkt uitwerken uitgewerkt"), None),
    ("omzetten", "A", _words("zet zetten zette zetten"), "om",
     _words("omzet omzetten omzette omgezet"), None),
    ("invoeren", "A", _words("voer voert voeren"), "in",
     _words("invoer invoert invoeren"), None),
    # "Het kabinet richt daarom geen nationaal fonds op" (a body asked for, not set up: rejected; not "richt zich
    # op …", see `_separable_cue`; round 45)
    ("oprichten", "A", _words("richt richten"), "op",
     _words("opricht oprichten"), None),
    # "Het kabinet pakt deze aanbeveling op", "Ook wordt de aanbeveling om … opgepakt via de nieuwe nota"
    ("oppakken", "A", _words("pak pakt pakken pakte pakten"), "op",
     _words("oppak oppakt oppakken opgepakt"), None),
    ("afwijzen", "R", _words("wijs wijst wijzen wees"), "af",
     _words("afwijs afwijst afwijzen afgewezen"), None),
    ("afzien", "R", _words("zie ziet zien zag zagen"), "af",
     _words("afzie afziet afzien"), "van"),
    ("meenemen", "N", _words("neem neemt nemen nam namen"), "mee",
     _words("meeneem meeneemt meenemen meegenomen"), None),
    ("terugkomen", "N", _words("kom komt komen kwam kwamen"), "terug",
     _words("terugkom terugkomt terugkomen teruggekomen"), None),
    ("afwachten", "N", _words("wacht wachten wachtte"), "af",
     _words("afwacht afwachten afgewacht"), None),
)  # fmt: skip
# The pronominal adverbs that stand for a separable verb's preposition with its object ("daarvan" for
# "van dat"): "Betaling per kwartaal vraagt een aanpassing …; daarvan zie ik voorlopig af".
PRONOMINAL_PREPOSITIONS: dict[str, frozenset[str]] = {
    "van": _words("daarvan hiervan ervan"),
    "tot": _words("daartoe hiertoe ertoe"),
    "met": _words("daarmee hiermee ermee"),
}
# A noun phrase opening a sentence, with a relative clause in which the report speaks: "Het loket waar de AWTI om
# vraagt, bestaat sinds oktober 2025" (the main clause follows the relative one; see `ScopeReadings.actors`).
SUBJECT_DETERMINERS = _words("de het een het deze dit die zo'n")
RELATIVE_PRONOUNS = _words("waar waarom waarover waarin waarnaar waarop die welke")
# A fronted phrase that says for whom the main clause's measure is: "Voor verzorgenden die al werken, stel ik …" (the
# "al" of its relative clause describes them, it puts no measure in place).
SCOPE_OPENERS = _words("voor")
# A preposition before a count "N van de M": places or cases counted, not the recommendations ("in vijf van de zes
# steden zijn hun coöperaties niet geregistreerd"; not "Vier van de vijf aanbevelingen neem ik over").
COUNTED_PLACE_PREPOSITIONS = _words("in bij op onder uit")
# The hedges of "most", read as cases counted after such a preposition: "in de meeste dossiers voegt het horen weinig
# toe" (an argument, not most of the advice taken over; "De meeste aanbevelingen neem ik over" still hedges; round 39).
MOST_HEDGES = frozenset({("de", "meeste"), ("het", "merendeel")})
# The pronominal adverbs that stand apart from their preposition: "Ik zie er daarom van af …", "daar zie ik van af".
SPLIT_PRONOMINALS = _words("er daar hier")
# Infinitive of each separable verb's stem, for "over te nemen", "op te volgen", "af te wijzen".
TE_INFINITIVE = {
    "overnemen": "nemen", "opvolgen": "volgen", "overgaan tot": "gaan", "overgaan op": "gaan", "instemmen": "stemmen",
    "uitvoeren": "voeren", "invoeren": "voeren", "oprichten": "richten", "uitwerken": "werken", "omzetten": "zetten", "afwijzen": "wijzen", "afzien": "zien", "meenemen": "nemen",
    "terugkomen": "komen", "afwachten": "wachten", "oppakken": "pakken",
}  # fmt: skip
# Separable verbs that only count with the recommendation as object ("voert de aanbeveling uit",
# not "voert de regeling uit").
NEEDS_RECOMMENDATION = frozenset({"uitvoeren", "uitwerken", "omzetten", "oppakken"})
# After a separable verb's particle, these words show it was a preposition: "een besluit over de …",
# "volgt op het rapport".
PREPOSITION_FOLLOWERS = _words(
    "de het een deze dit die dat zijn haar hun mijn onze ons hoe wat welke wie waar alle elke elk "
    "twee drie vier vijf"
    # "de IAO voert in dezelfde steden een programma uit" (since round 38)
    " dezelfde hetzelfde diezelfde datzelfde beide"
    # "… kan ik niet op eigen gezag wijzigen", "in eigen beheer", "uit eigen middelen" (a preposition's phrase; round 42)
    " eigen"
)
# Prepositions that open a scope right after a fronted verb's particle: "Met de tweede aanbeveling stemt het kabinet in
# voor Ghana en Kenia" (the fronted "met" still governs the recommendation; since round 38).
SCOPE_AFTER_PARTICLE = _words("voor bij op in waar wat")
# After a recommendation noun, "over"/"mee" followed by a content word is a preposition: "neemt kennis
# van de aanbeveling over gekwalificeerde meerderheid". The particle is followed by nothing in its
# clause, or by one of these: "neem de aanbeveling over en …", "neemt het advies over van de raad".
PARTICLE_FOLLOWERS = _words(
    "en of maar noch van in met voor bij op door als zoals omdat want dan ook wel niet daarom dus "
    # "neemt de aanbeveling over om …", "neemt de aanbevelingen over uit het rapport"
    "uit aan naar tot na via binnen vanuit onder tegen sinds om zodat waarbij waarmee daarbij hierbij eveneens graag volledig integraal"
)
# A name right after a separable verb's particle makes the particle a preposition: "Ik voer overleg met de ambassades in
# Nairobi" (a place, not "invoeren"), "De pilot voert de gemeente uit in Zwolle en Deventer"; not a pronoun opening the
# next words ("…, neem ik over Ik …" does not occur, but "U"/"Ik" are no names).
NAME_START = re.compile(r"^(?!(?:Ik|Wij|We|U|Zij|Hij|Het|De|Een)$)[A-ZÀ-Ý]")

# A measure put first as the object of "steun ik" (`AGREE_VERBS` mode "S"): "Een geschillencommissie voor de sportbranche
# steun ik" — at most this many words before the verb, not opening on a pronoun, subordinator or adverb that makes the
# first words something else ("Dat steun ik", "Daarom steun ik …", "Ook gemeenten steun ik …" are read elsewhere).
FRONTED_OBJECT_MAX_WORDS = 12
FRONTED_OBJECT_NOT_FIRST = _words(
    "dat dit die deze het hen hem haar hun daarom daarnaast daarbij ook wel verder tevens bovendien nu voorts zo "
    "waarom hoe wat wie als wanneer indien omdat nadat voordat terwijl zoals tot met bij"
)

# The most words of a clause closed by "niet" that is read as the elliptic rejection of a part after an agreement: "Een
# verlenging met twee jaar steun ik, een uitbreiding naar varkens niet" (round 52).
ELLIPTIC_NEGATION_MAX_WORDS = 7

# Per particle of a separable verb of `SEPARABLE`, the other particles its stem takes: when one of them ends the
# clause and a content word follows the first, that first is a preposition: "het CBR neemt in elk examen een vraag over
# matrixborden op" (opnemen, not overnemen; round 56).
OTHER_PARTICLES: dict[str, frozenset[str]] = {
    "over": _words("op aan af in mee toe uit terug door waar weg deel"),
}

# One-word verbs of agreement: form -> (lemma, mode). Mode "A": adoption (agreement with the analysis
# when that is its object); "S": only with the recommendation or the analysis as object ("steunt de
# oproep", not "steunt gemeenten"); "D": likewise, but never an adoption by itself ("deelt de zorg").
#   "Het kabinet onderschrijft …", "Wij omarmen het advies", "Die oproep steun ik",
#   "Ik deel de zorg van de onderzoekers", "herkent zich in het beeld", "erkent het probleem"
AGREE_VERBS: dict[str, tuple[str, str]] = {
    **dict.fromkeys(_words("onderschrijf onderschrijft onderschrijven onderschreef onderschreven"),
                    ("onderschrijven", "A")),
    **dict.fromkeys(_words("omarm omarmt omarmen omarmde omarmd"), ("omarmen", "A")),
    **dict.fromkeys(_words("steun steunt steunen steunde gesteund"), ("steunen", "S")),
    **dict.fromkeys(_words("ondersteun ondersteunt ondersteunen"), ("steunen", "S")),
    **dict.fromkeys(_words("verwelkom verwelkomt verwelkomen"), ("verwelkomen", "S")),
    **dict.fromkeys(_words("deel deelt delen deelde gedeeld"), ("delen", "D")),
    **dict.fromkeys(_words("herken herkent herkennen"), ("herkennen", "D")),
    **dict.fromkeys(_words("erken erkent erkennen"), ("erkennen", "D")),
    # "Ook onderstreept de minister dat een flexibele samenstelling tot nieuwe inzichten kan leiden"
    **dict.fromkeys(_words("onderstreep onderstreept onderstrepen onderstreepte"), ("onderstrepen", "D")),
    # "De bewindsman aanvaardt de bevindingen van de commissie" (not "aanvaardt geen verantwoordelijkheid")
    **dict.fromkeys(_words("aanvaard aanvaardt aanvaarden aanvaardde aanvaardden"), ("aanvaarden", "S")),
}  # fmt: skip

# A recommendation taken into the government's plan adopts it; left out of it, rejects it: "De
# aanbeveling is opgenomen in het actieplan", "neem ik op in het wetsvoorstel", "Eén aanbeveling
# heb ik niet in het actieplan opgenomen". The recommendation must be the object (see
# `object_kind`), and "in" + a plan noun in the clause.
OPNEMEN = _words("opgenomen opnemen opneem opneemt")
INTO_PLAN_CUE = "opnemen in plan"
OPNEMEN_STEMS = _words("neem neemt nemen nam namen")
PLAN_NOUNS = _words(
    "actieplan plan plannen wetsvoorstel aanpak programma agenda uitvoeringsagenda werkagenda "
    "begroting uitvoeringsplan beleidsplan wetgeving regeling "
    # agreements with other governments or the sector: "Ik zal dat opnemen in de bestuurlijke afspraken …"
    "afspraken convenant"
)
PLAN_SUFFIXES = ("wet", "plan", "programma", "agenda", "akkoord")  # "Gemeentewet", "Zorgakkoord"
# A measure asked for, named by a determiner and its kind, taken into a rule of ours: "Ik neem die verplichting op in
# de algemene maatregel van bestuur", "De minister neemt deze eis op in het besluit" (a determiner and data, "die
# gegevens", take up no advice). The subject may be the government or a minister acting for it.
ASKED_MEASURE_NOUNS = _words(
    "verplichting plicht eis eisen norm normen bepaling meldplicht termijn maximum minimum"
)
RULE_NOUNS = _words("maatregel besluit ministeriële algemene")
INTO_PLAN_SUBJECTS = _words("ik wij we kabinet minister staatssecretaris")
# "volgen" with the recommendation as object adopts it: "Het kabinet volgt dit advies", "De derde
# aanbeveling, om …, volgt het kabinet niet" (the object fronted before an inserted clause). Not
# "volgt uit", "volgt op" (the separable "opvolgen" is read elsewhere), "volgt dat", "hieronder volgt".
VOLGEN = _words("volg volgt volgen volgde volgden gevolgd")
# A response still to come as the subject of "volgt": "Een reactie op de aanbeveling volgt in het voorjaar", "Mijn
# standpunt over deze aanbeveling volgt na de zomer" (noted: the answer comes later; not "follows the advice").
RESPONSE_NOUNS = _words(
    "reactie kabinetsreactie beleidsreactie standpunt kabinetsstandpunt besluit beslissing antwoord oordeel "
    "appreciatie"
)
RESPONSE_FOLLOWS = _words("volgt volgen")
RESPONSE_FOLLOWS_CUE = "reactie volgt"
# … or sent later: "Een beleidsreactie zal ik uw Kamer doen toekomen op het moment dat de inspecties het
# vervolgonderzoek hebben afgerond", "Mijn standpunt stuur ik u na de zomer" (noted; with a modal, a time to come or
# a when-clause: "Hierbij stuur ik u de kabinetsreactie" delivers it now).
RESPONSE_SENT = _words("stuur stuurt sturen zend zendt zenden toekomen ontvangt ontvangen kom komt komen")
# "komen" sends a response only with "met" before it: "Over een maand zal de staatssecretaris met een reactie komen op
# de adviezen", "Het kabinet komt in het voorjaar met een standpunt" (not "de reactie komt van de sector").
RESPONSE_COMES = _words("kom komt komen")
RESPONSE_LATER = _words("zal zullen zodra nadat moment")
# A measure put first, with the first person after the verb: "De wettelijke zorgplicht kan ik niet
# volgen", "Dit voorstel volg ik".
FRONTED_OBJECT_DETERMINERS = _words("de het dit deze dat die een")  # passive: "Het advies wordt gevolgd"
NOT_VOLGEN = _words("uit op dat hieronder hierna hierbij onderstaand volgende")
# "volgen" as keeping an eye on something is no adoption: its object is the course of things
# ("zal de uitvoering ervan volgen", "volgt de ontwikkelingen nauwlettend", "de voortgang kritisch
# volgen"). Such a word, or an adverb of watching, in the clause of "volgen" makes it monitoring.
# "volgen" with the adviser as object follows its advice (the nader rapport's idiom): "De regering
# volgt de Afdeling op dit punt niet", "Op dit punt volg ik de raad", "Ik volg de commissie hierin".
FOLLOWED_ADVISERS = _words(
    "afdeling raad adviesraad commissie ombudsman rekenkamer inspectie onderzoekers onderzoeksraad "
    "wrr ser rli rob rvs ovv gezondheidsraad onderwijsraad adviescollege staatscommissie "
    # (and the advisory bodies and inspectorates by acronym: "Het kabinet volgt de AIV hierin niet")
    "aiv iob acm pbl cpb scp kim atr nza igj igk ilt ivd sodm kiesraad evaluatoren"
)
MONITORING = _words(
    "uitvoering ontwikkeling ontwikkelingen voortgang implementatie invoering effecten effect resultaten "
    "uitkomsten gang stand nauwlettend nauwgezet kritisch aandachtig scherp"
    # "de verdere uitwerking van de voorstellen met belangstelling volgen": watching another's work
    " uitwerking belangstelling interesse"
)
# Multi-word adoption phrases (token sequences; "*" matches any one word):
#   "ben het … eens" (handled apart), "kan zich vinden in", "neemt … ter harte", "geeft gehoor aan",
#   "sluit zich aan bij", "staat positief tegenover", "ga … aan de slag met"
ADOPT_PHRASES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ter harte nemen", ("ter", "harte")),
    ("gehoor geven", ("gehoor", "aan")),
    ("gehoor geven", ("gehoor", "te", "geven")),
    ("aan de slag", ("aan", "de", "slag")),
    ("positief tegenover", ("positief", "tegenover")),
    ("positief tegenover", ("positief", "*", "tegenover")),
    ("positief over", ("positief", "over")),
    # "De ministerraad is akkoord gegaan met de voornemens uit het rapport", "gaat akkoord met het advies"
    ("akkoord met", ("akkoord", "met")),
    ("akkoord met", ("akkoord", "gegaan", "met")),
    ("akkoord met", ("akkoord", "*", "met")),
)
# Phrases that only count with the recommendation as object: "Met deze aanbeveling ga ik aan de
# slag" (not "gaat aan de slag met de uitwerking van het programma"; "akkoord met de begroting").
PHRASES_NEEDING_RECOMMENDATION = frozenset({"aan de slag", "positief over", "akkoord met"})
# "Ook het kabinet ziet het belang van …": seeing the point is agreement with the analysis.
ZIEN = _words("zie ziet zien")
# Seeing reason to do it: "Wat de tweede aanbeveling betreft, zie ik goede redenen om de grens te verruimen", "Het
# kabinet ziet aanleiding om …" (adopted; "geen aanleiding" is a rejection, read elsewhere).
SEEN_REASON = _words("reden redenen aanleiding")
SEEN_REASON_CUE = "ziet reden om"
# Too little reason is none: "Ik zie onvoldoende aanleiding om daarop terug te komen" (rejected; round 66).
TOO_LITTLE = _words("onvoldoende weinig nauwelijks")
# Going no further than what was just granted: "Verder ga ik niet: …", "Verder gaat het kabinet niet" (a part; the
# sentence before says what is done).
# A contrast clause after a rejection: what it says is in place argues the rejection ("Ik kies daar niet voor: …, terwijl
# de installateurs de kast al moeten controleren"; since round 41).
CONTRAST_WHILE = "terwijl"
# The opener of an om-clause: a separable verb's particle is not looked for inside it (since round 41).
OM = "om"
# Not minded to: "Het kabinet is niet van zins de wet aan te passen" (with a te-infinitive after it; since round 41).
ZINS = "zins"
# A recommendation noun as the end of a compound: "niet van het OMT-advies af te wijken" (since round 41).
RECOMMENDATION_COMPOUND_ENDS = ("-advies", "-adviezen", "-aanbeveling", "-aanbevelingen")
NO_FURTHER = ("verder", "niet")
NO_FURTHER_CUE = "gaat niet verder"
# A distinction made in answer to a recommendation named in the sentence: "Bij de tweede aanbeveling maak ik
# onderscheid", "Het kabinet maakt bij dit advies een onderscheid tussen …" (a part taken, a part not; not "maak ik
# geen onderscheid", nor a distinction in how a measure is run without a recommendation named; since round 41).
DISTINCTION = "onderscheid"
DISTINCTION_VERBS = _words("maak maakt maken")
DISTINCTION_CUE = "maakt onderscheid"
SEEN_POINT = _words("belang noodzaak urgentie meerwaarde waarde")
# Seeing the report as support: "Het kabinet ziet het rapport als een aanmoediging om …" (adopted);
# with existing policy after it, "Deze aanbeveling zie ik als ondersteuning van het ingezette beleid",
# "ziet het advies als een steun in de rug voor de ingezette koers" (already in place).
# "beschouwt … als" reads like "ziet … als": "Het kabinet beschouwt het advies als steun voor het huidige beleid", "Het
# advies wordt beschouwd als steun voor het kernwapenbeleid" (round 39, from real letters).
REGARD_AS = _words("beschouw beschouwt beschouwen beschouwd")
# A policy named by its field after "het", the one in force: "steun voor het kernwapenbeleid".
NAMED_POLICY_ARTICLES = _words("het")
NAMED_POLICY_ENDING = "beleid"
SEEN_AS_SUPPORT = _words(
    "aanmoediging stimulans ondersteuning steun steuntje bevestiging onderbouwing aansporing"
)
# A view shared with the report's author, named at the head of the sentence: "Met de inspectie vind ik dat een
# verdachte niet lang mag wachten", "Evenals de raad is het kabinet van mening dat …", "Net als het SCP vindt het
# kabinet het van belang dat …" (agreement with the report's aim); "Anders dan de raad ben ik van mening dat de
# huidige regels volstaan" (the report's view set aside: a rejection).
SHARED_VIEW_OPENERS: tuple[tuple[str, ...], ...] = (("met",), ("evenals",), ("net", "als"), ("net", "zoals"))
CONTRARY_VIEW_OPENERS: tuple[tuple[str, ...], ...] = (("anders", "dan"), ("in", "tegenstelling", "tot"))
SHARED_VIEW_VERBS = _words("vind vindt vinden meen meent menen mening oordeel")
# Not a report's author after the opener: Parliament ("Met de Kamer ben ik van mening …"), a number ("Met de tweede
# aanbeveling …" reads as an agreement of its own).
VIEW_NOT_AUTHORS = _words("kamer tweede eerste leden fractie fracties motie kamerlid kamerleden") | _words(
    "derde vierde vijfde zesde laatste"
)
# The course a report is seen to support, beyond `POLICY_ADJECTIVES` and `POLICY_NOUNS`: "ziet in het advies een
# bevestiging van de ingeslagen weg", "… van de gekozen aanpak" (already in place).
SUPPORTED_COURSE_ADJECTIVES = _words("gekozen ingeslagen")
SUPPORTED_COURSE_NOUNS = _words("weg richting")
# A course of ours pointed back to: "ziet in het advies een bevestiging van die keuze", "… van deze aanpak".
SUPPORTED_COURSE_POINTERS = _words("die deze dit onze ons mijn")
SUPPORTED_CHOICES = _words("keuze keuzes koers aanpak lijn beleid werkwijze")
# … or named by a relative clause with its participle: "een bevestiging van het beleid dat in 2024 is ingezet".
SUPPORTED_COURSE_PARTICIPLES = _words("ingezet gekozen ingeslagen gevoerd uitgezet")
# Appreciation of the report itself is no stance on what it recommends: "Het kabinet erkent het
# belang van het onderzoek", "Ik onderschrijf het belang van het onderzoek dat de inspectie deed"
# (but "het belang van de aanbeveling" is agreement).
APPRECIATED = _words("belang waarde kwaliteit")
REPORT_NOUNS = _words(
    "onderzoek onderzoeken rapport rapportage werk evaluatie studie jaarverslag verkenning verslag"
)
# "deel" as a noun is no form of "delen": "een belangrijk deel van de aanbevelingen", "het grootste
# deel van de adviezen" (but "Ik deel de analyse").
DEEL_AS_NOUN_BEFORE = _words(
    "een het groot grote grootste belangrijk belangrijke ander andere eerste tweede laatste ene"
)
# "delen" as the plural noun after an article or numeral ("de delen", "beide delen"); an inflected adjective
# before it makes it a noun too ("beweegbare delen"), except the subjects that end in -e as well.
DELEN_NOUN_BEFORE = _words(
    "de die deze alle beide twee drie vier vijf andere losse grote kleine vaste oude nieuwe"
)
# (endings of inflected adjectives, not of nouns in -e such as "analyse", "conclusie")
ADJECTIVE_ENDINGS = ("bare", "lijke", "ische", "ige", "ende", "erde")
# "kan zich goed vinden in", "kan mij vinden in": reflexive + vinden + in.
REFLEXIVE = frozenset({"zich", "mij", "me", "ons"})
VINDEN = frozenset({"vind", "vindt", "vinden"})
# Recognising what the report describes is acknowledging it, not adopting it: "Het kabinet herkent
# het beeld dat …", "Ik erken het probleem dat de raad schetst" (noted). Reflexive "herkent zich in
# de aanbeveling" stays agreement.
RECOGNISE = frozenset({"herkennen", "erkennen"})
# A judgement that the proposal is good: "Een openbare register vinden wij een goed idee", "Dat acht
# ik een goede zaak", "Zo'n pilot vind ik zinvol". With a negation it is a rejection ("acht ik
# niet verstandig").
JUDGE_VERBS = _words("vind vindt vinden acht achten achtte")
# (since round 34 also the proposal itself called good, "Ik vind dit een goede aanbeveling", and elliptic, "De
# vierde aanbeveling vind ik een goede")
# ("gedachte": "Eén app voor het hele land vind ik een goede gedachte", since round 38)
GOOD_JUDGEMENT = _words(
    "idee zaak stap waardevol zinvol wenselijk verstandig nuttig gewenst noodzakelijk aanbeveling voorstel suggestie"
    " gedachte"
)
GOOD_NEEDS_ADJECTIVE = _words("idee zaak stap aanbeveling voorstel suggestie gedachte")
# A positive reply to the recommendation: "Op de eerste aanbeveling kan ik positief antwoorden", "… heeft de minister
# positief gereageerd" (adopted).
POSITIVE = "positief"
REPLY_VERBS = _words("antwoord antwoordt antwoorden geantwoord reageer reageert reageren gereageerd")
# What is asked judged right by us: "Het verbod waar de raad om vraagt, acht ik terecht", "Dit is een terechte
# aanbeveling" (adopted; not "De raad stelt terecht dat …", the raad's remark).
RIGHT = _words("terecht terechte")
RIGHT_NOUNS = _words("aanbeveling aanbevelingen oproep suggestie voorstel advies")
# Meeting the recommendation: "Aan de tweede aanbeveling kan ik slechts ten dele tegemoetkomen", "Aan deze aanbeveling kom
# ik tegemoet" (adopted; with a hedge a part).
MEET = _words("tegemoetkomen tegemoetkom tegemoetkomt tegemoet")
GOOD_ADJECTIVES = _words("goed goede uitstekend uitstekende prima")
# Judged of a state of affairs, the value is agreement with an aim: "vindt het waardevol dat de kennis
# van medeoverheden doorklinkt" (not the measure itself: "acht het wenselijk dat er een register komt").
VALUED = _words("waardevol")
# A clause opened by a free relative ("Wat de raad op dit punt vraagt, gebeurt al") is the subject
# of the next clause: that clause does not inherit its reported-speech status.
FREE_RELATIVE = _words("wat hetgeen")
# "sluit zich aan bij" (agreement) vs. "sluit aan bij bestaand beleid" (already in place).
AANSLUITEN = frozenset({"sluit", "sluiten", "aansluiten", "aansluit", "sluitend"})
# Acting in line with a recommendation: "Overeenkomstig de tweede aanbeveling …", "In lijn met de
# derde aanbeveling start ik …", "conform het advies", "Indachtig de vierde aanbeveling".
IN_LINE_WITH = (("overeenkomstig",), ("conform",), ("indachtig",), ("in", "lijn", "met"),
                ("in", "navolging", "van"), ("in", "het", "verlengde", "van"),
                # "Ter uitvoering van deze aanbeveling zijn twee maatregelen getroffen"
                ("ter", "uitvoering", "van"))  # fmt: skip
# Doing what the report recommends, said with "zoals": "Zoals de SWOV aanbeveelt, start ik in maart een
# campagne", "Zoals de raad adviseert, zal het kabinet …" (the "zoals" clause names the recommender's verb,
# the next clause has the government as its subject; see `AS_RECOMMENDED_SUBJECTS`).
AS_RECOMMENDED = "zoals"
# Some of those concerned, opening the clause of an "al" that a "maar" then limits: "Veel scholen doen dit al …,
# maar op andere scholen …" (in place for some only).
SOME_OF_THEM = _words("veel sommige enkele diverse meerdere verschillende")
CONTRAST_BUT = "maar"
# What exists falling short, right after that "maar": "De diensttijd biedt al mogelijkheden …, maar daarvan wordt weinig
# gebruikgemaakt", "Er bestaan al handreikingen, maar die worden nog weinig gebruikt" (what the recommendation asks is
# more than what is in place; gold 4 of 4 not in place; round 52).
FALLS_SHORT = _words(
    "weinig nauwelijks onvoldoende zelden"
    # "… krijgen al pijnbestrijding, maar die afspraak ontleent zijn kracht alleen aan het convenant" (round 64)
    " alleen"
)
FALLS_SHORT_WINDOW = 8  # words after "maar"
# Where a "zoals … al" comparison places the practice it compares with: "zoals nu al in het mbo gebeurt".
ELSEWHERE_PREPOSITIONS = _words("in bij binnen voor")
AS_RECOMMENDED_VERBS = _words(
    "aanbeveelt aanbevelen aanbeval aanbevalen adviseert adviseren adviseerde adviseerden voorstelt "
    "voorstellen voorstelde voorstelden bepleit bepleiten aanraadt aanraden aanbevolen geadviseerd voorgesteld"
)
AS_RECOMMENDED_CUE = "zoals aanbevolen"
# An opening that is a noun phrase, not a subject and its verb: "Een verdere versoepeling, zoals het PBL voorstelt, …".
INDEFINITE_OPENERS = _words("een geen zo'n dergelijke")
# The subject of the clause after it, within its first three words ("start ik", "zal het kabinet").
AS_RECOMMENDED_SUBJECTS = _words("ik wij we kabinet")
# Degree words that may close a clause after a bare pronoun object of "steun": "Het kabinet steunt dit deels:",
# "Ik steun dat volledig", "Dat steun ik van harte" (the degree word is read on its own, as a hedge or not).
PRONOUN_OBJECT_DEGREE = _words(
    "volledig deels gedeeltelijk grotendeels ten dele voor een deel in grote lijnen van harte ook wel zeker"
)
# "geeft uitvoering / invulling / gevolg / opvolging aan de aanbeveling"
GIVE_EFFECT = frozenset({"uitvoering", "invulling", "gevolg", "opvolging"})
# Done already, in the perfect: "Met het steunpunt is aan deze aanbeveling volledig uitvoering
# gegeven", "Hieraan is inmiddels invulling gegeven" (already in place, not a new adoption).
GIVEN_DONE = _words("uitvoering invulling")
GIVEN = "gegeven"
PERFECT_AUXILIARIES = _words("is zijn")  # not "heb … gegeven": the minister telling what was done in response
GEVEN = _words("geef geeft geven gaf gaven gegeven")
# "ben het met de onderzoekers eens", "is het eens met"; "oneens" rejects.
ZIJN = _words("ben is zijn bent was waren")

# A draft changed in response to the advice (the nader rapport's idiom): "Naar aanleiding hiervan
# is het voorontwerp aangepast", "De toelichting is op dit punt aangevuld", "Het wetsvoorstel is
# dienovereenkomstig gewijzigd". A participle of change after a passive auxiliary, with either "naar
# aanleiding" in the sentence or a pointer to the advice ("op dit punt", "hierop") and a draft noun
# in the clause (so "De regeling is in 2020 aangepast" is no answer).
ADAPTED = _words(
    "aangepast aangevuld gewijzigd verduidelijkt verhelderd toegevoegd geschrapt verwerkt aangescherpt "
    "uitgebreid herzien heroverwogen"
)
ADAPTED_AUX = _words("is zijn wordt worden")
# The recommendation named as the ground of a change: "Op basis van deze aanbeveling wordt de regeling aangepast",
# "Naar aanleiding van deze aanbeveling pas ik de regeling aan" (adopted; the recommendation within four words after).
RESPONSE_GROUNDS: tuple[tuple[str, ...], ...] = (
    ("naar", "aanleiding", "van"),
    ("op", "basis", "van"),
    ("ter", "uitvoering", "van"),
    ("in", "navolging", "van"),
    ("conform",),
)
# First-person present forms of changing what exists, with the particle they need (None: none): "pas ik … aan".
CHANGE_VERBS: dict[str, str | None] = {
    "pas": "aan", "passen": "aan", "wijzig": None, "wijzigen": None, "herzie": None, "herzien": None,
    "vul": "aan", "vullen": "aan", "scherp": "aan", "scherpen": "aan", "verduidelijk": None, "verduidelijken": None,
}  # fmt: skip
ADVICE_POINTERS = (("op", "dit", "punt"), ("op", "deze", "punten"), ("hierop",), ("daarop",),
                   ("dienovereenkomstig",), ("in", "die", "zin"), ("in", "deze", "zin"))  # fmt: skip
DRAFT_NOUNS = _words(
    "voorstel wetsvoorstel ontwerp voorontwerp ontwerpbesluit toelichting memorie nota besluit regeling "
    "tekst artikel bepaling bepalingen paragraaf wet"
)

# --- partly adopted --------------------------------------------------------------------------

# A measure of ours that changes a quantity to a stated amount: "Ik verleng de termijn wel van vijf naar zeven jaar",
# "Het kabinet verhoogt de bijdrage van 30 naar 40 procent", "Ik breng het aantal steden terug tot vier", "Het breidt de
# capaciteit uit met twintig voltijdsbanen". Read as an adoption of kind "lesser": beside a rejection of the amount
# asked it is the part adopted (see `settle_passage`); a year after "tot" is a date, no amount.
_AMOUNT = (
    r"(?:€\s*)?(?:\d{1,3}(?:[.,]\d+)?(?!\d)|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig"
    r"|dertig|veertig|vijftig|zestig|honderd"
    # ("een" before a unit of time: "Ik verleng haar met een jaar, tot en met 2028"; not "met een brief"; round 51)
    r"|een(?=\s+(?:jaar|maand|week|dag|kwartaal|halfjaar)\b))"
)
QUANTITY_ACT = re.compile(
    r"\b(?P<verb>verhoog|verhoogt|verhogen|verleng|verlengt|verlengen|verlaag|verlaagt|verlagen|verkort|verkorten"
    # (also the infinitive after an aim of ours: "Ik streef ernaar de behandelduur … terug te brengen tot negen maanden";
    # round 47)
    r"|breid|breidt|verdubbel|verdubbelt|breng|brengt|brengen|trek|trekt)\b[^.;:]{0,120}?"
    r"(?:\bvan\s+"
    + _AMOUNT
    + r"\s+)?\b(?:naar|tot|met)\s+"
    + _AMOUNT
    + r"\b(?!\s*(?:en\s+met|januari|februari|maart"
    r"|april|mei|juni|juli|augustus|september|oktober|november|december)\b)",
    re.IGNORECASE,
)
QUANTITY_ACTORS = _words("ik wij we kabinet minister staatssecretaris regering")
ASKING_VERBS = _words("vraag vraagt vragen verzoek verzoekt verzoeken roep roept")
LESSER_ACT_CUE = "maatregel met een ander getal"

# Hedges: with an adoption (or a rejection) in the sentence they make it partial.
#   "neem ik gedeeltelijk over", "in grote lijnen", "met uitzondering van de aanbeveling over …",
#   "neemt niet alle aanbevelingen over", "in aangepaste vorm", "onder de voorwaarde dat"
HEDGES: tuple[tuple[str, ...], ...] = tuple(
    tuple(h.split())
    for h in (
        # ("Met de tweede aanbeveling is het kabinet het in de kern eens": in essence, not in all)
        "gedeeltelijk", "deels", "grotendeels", "ten dele", "op onderdelen", "voor een deel", "in de kern",
        "voor een groot deel", "voor een belangrijk deel", "in grote lijnen", "op hoofdlijnen",
        "in hoofdlijnen", "met uitzondering van", "uitgezonderd", "behalve", "niet alle",
        "niet volledig", "niet geheel", "niet helemaal", "niet integraal", "niet in alle",
        # not for everyone: "Een vaste hulpverlener acht ik echter niet voor ieder gezin nodig"
        "niet voor ieder", "niet voor iedere", "niet voor elk", "niet voor elke", "niet voor alle",
        "niet bij ieder", "niet bij iedere", "niet bij elke", "niet bij alle", "niet in ieder", "niet in iedere",
        "niet op alle", "niet zonder meer", "niet één op één", "niet een op een", "in aangepaste vorm",
        "in gewijzigde vorm", "in afgezwakte vorm", "in andere vorm", "onder voorwaarden",
        # with an article: "De vierde aanbeveling neemt het kabinet over in een andere vorm dan de onderzoekers
        # voorstellen", "Met aanbeveling 4 stem ik in, zij het in een lichtere vorm" (round 62)
        "in een andere vorm", "in een aangepaste vorm", "in een gewijzigde vorm", "in een afgezwakte vorm",
        "in een lichtere vorm", "in een afgeslankte vorm", "in lichtere vorm", "in afgeslankte vorm",
        "onder de voorwaarde", "onder voorwaarde", "de meeste", "het merendeel",
        # half of it: "De laatste aanbeveling volg ik voor de helft"
        "voor de helft", "voor een gedeelte",
        # a share of the advice: "neemt slechts een deel van dat advies over", "Een deel van het
        # advies neemt het kabinet over", "bijna alle aanbevelingen op te zullen volgen"
        "slechts een deel", "een deel van", "een gedeelte van", "bijna alle", "vrijwel alle",
        # ("Het kabinet neemt het grootste deel van de aanbevelingen over": not all of them)
        "het grootste deel van", "een groot deel van",
        "nagenoeg alle",
        # a scope: "Aanbeveling 3 neem ik over voor zover het de kazernes betreft"; "Met de tweede aanbeveling ben ik
        # het in zoverre eens dat de correcties gelezen moeten zijn" (to that extent, not further)
        "voor zover", "voorzover", "in zoverre", "in zover",
        # ("Ik neem de aanbeveling in die zin over dat ik mij in Europees verband inzet": in that sense only; round 60)
        "in die zin over dat",
        # ("De derde aanbeveling onderschrijf ik voor het deel dat de intake betreft": that part only)
        "voor het deel dat", "voor het deel waar", "voor het deel waarin", "voor het gedeelte dat", "voor dat deel",
        # a part taken over: "Van de tweede aanbeveling neem ik het deel over dat de waardering betreft", "neem ik een
        # deel over" (round 58)
        "het deel over dat", "het deel over waar", "het deel * over dat", "een deel over", "dat deel over",
        "het onderdeel over dat", "het gedeelte over dat",
        # the gist agreed with, not the measure: "Met de strekking van de derde aanbeveling ben ik het eens", "Ik deel de
        # strekking van deze aanbeveling" (the open gold reads 9 of 10 such agreements as partly adopted; round 58)
        "de strekking van",
        # another form: "neem ik over, maar niet in de vorm die de raad voorstelt"
        "niet in de vorm", "niet in de voorgestelde vorm", "niet op de voorgestelde wijze",
        "niet op de wijze",
        # a part named: "Het eerste deel van deze aanbeveling neem ik over" (the rest not); a half: "De eerste helft van
        # deze aanbeveling neem ik over"
        "deel van * aanbeveling", "deel van * advies", "onderdeel van * aanbeveling", "helft van * aanbeveling",
        "helft van * advies", "gedeelte van * aanbeveling",
        # a reservation stated with the adoption: "neem ik over, met een kanttekening", "onder voorbehoud"
        "met een kanttekening", "met een voorbehoud", "met kanttekeningen", "onder voorbehoud",
        # ("Ik neem deze aanbeveling over, met één beperking.": the limit then follows; not "met een
        # beperking" or "met beperkingen", which mostly means a disability: "mensen met een beperking")
        "met één beperking", "met enkele beperkingen", "met twee beperkingen", "met een aantal beperkingen",
        # an exception or a point left out: "De eerste aanbeveling neem ik over, met één belangrijke uitzondering",
        # "… op één punt na"; a reservation counted: "met twee kanttekeningen", "met één voorbehoud"
        "met één uitzondering", "met één * uitzondering", "met een uitzondering", "met een * uitzondering",
        "met enkele uitzonderingen", "met twee uitzonderingen", "op één punt na", "op een punt na",
        "op twee punten na", "op één onderdeel na", "op een onderdeel na", "met één kanttekening",
        "met één * kanttekening", "met een * kanttekening", "met één * voorbehoud", "met een * voorbehoud",
        "met twee kanttekeningen", "met enkele kanttekeningen", "met één voorbehoud", "met twee voorbehouden",
        "met één aanpassing", "met een aanpassing", "met enkele aanpassingen", "met twee aanpassingen",
        # a way between the advice and the present: "Ik kies voor een middenweg: …"
        "een middenweg", "een tussenweg", "een tussenvorm", "een tussenoplossing",
        # a concession after the adoption: "Het kabinet volgt de aanbeveling, zij het met twee in plaats van drie
        # posities", "neemt haar over, zij het in een andere vorm"
        "zij het",
    )
)  # fmt: skip
# "niet" + one of these right before the last verb of a plan declines it in full only (the hedge of `HEDGES` then makes
# the decline a part): "Ik ga de huur niet volledig vergoeden" (since round 41).
NOT_IN_FULL = _words("volledig geheel helemaal integraal")
# A restriction of an adoption to some cases: "neemt deze aanbeveling daarom alleen over voor
# nieuwbouw", "volgt het advies slechts bij grote projecten", "alleen voor nieuwe contracten
# overgenomen". The restrictive word hedges only with a preposition or conjunction after it in its
# clause and an adoption verb in that clause ("Het kabinet neemt alleen de eerste aanbeveling over"
# names which one, no restriction; "niet alleen …" is no hedge).
RESTRICTIVE = frozenset({"alleen", "slechts", "uitsluitend", "enkel"})
RESTRICTION_LINKS = _words("voor bij waar wanneer als indien zolang voorzover")
RESTRICTED_ADOPTION = _words(
    "over overneemt overnemen overgenomen volg volgt volgen gevolgd opvolgen opgevolgd"
    # verb-final in a "dat"-clause: "Voor aanbeveling 5 geldt dat ik haar alleen overneem voor de grotere instituten"
    " overneem opvolg"
)
# A measure of ours limited to some cases: "Ik beperk het daarom tot leerlingen met een chronische ziekte", "Het kabinet
# beperkt zich tot de eigen ambtenaren", "Ik leg de plicht daarom alleen vast voor zware misdrijven", "Ik schaf de plicht
# alleen af voor woningen met een stille gevel" (a part: read with an adoption beside the hedge).
LIMIT_MEASURE_VERBS = _words("beperk beperkt beperken")
LIMITED_MEASURE_STEMS = _words(
    "leg legt schaf schaft voer voert stel stelt maak maakt geef geeft verplicht verplichten breid breidt open opent"
    " laat laten"
)
OUR_ACTORS = _words("ik wij we kabinet minister staatssecretaris")
# A step of ours, then its limit after "maar": "Ik ben bereid hieraan bij te dragen, maar alleen voor kleinere
# evenementen", "Het kabinet vindt laadpunten een goed idee, maar niet in de omvang die het PBL voorstelt", "… geen
# wettelijk erfrecht te geven, maar wel het recht om …" (a part). Not after understanding or sharing only ("Ik begrijp
# de wens, maar …"), nor "niet alleen …, maar ook".
BUT_LIMITS = _words("alleen slechts uitsluitend enkel niet")
BUT_WEL = "wel"
NOT_A_STEP_BEFORE_BUT = _words(
    "begrijp begrijpt begrijpen herken herkent erken erkent snap deel deelt delen zie ziet zien realiseer besef"
    # a remark on what is ("Ik merk op dat de klachten al in het jaarverslag staan, maar niet uitgesplitst")
    " merk merkt constateer constateert"
)
JUDGED_WORTH = _words("zinvol wenselijk verstandig nuttig waardevol goed goede")
NOT_A_GROUP_AFTER_LINK = _words("dat om te hoe of wat")
# An adoption for some groups only, without "alleen": "Ik neem de aanbeveling daarom over voor
# gezinnen met kinderen" (not "voor zover", a hedge of its own).
# Less than recommended is a part: "trekt minder geld uit dan de raad adviseerde", "een lager bedrag dan
# aanbevolen", "een kleinere uitbreiding dan de commissie voorstelde", "ga ik minder ver dan de Inspectie vraagt".
LESS = _words("minder lager lagere kleiner kleinere beperkter beperktere")
RECOMMENDED_FORMS = _words(
    "aanbevolen geadviseerd voorgesteld bepleit gevraagd adviseerde adviseerden adviseert voorstelde "
    "voorstelden beval bevalen aanbeval aanbevalen vroeg vroegen vraagt voorstelt aanbeveelt"
)
# Words that open the subject of a relative clause after "die"/"dat": "aanbevelingen op die de raad
# heeft gedaan" (not "op die manier").
CLAUSE_SUBJECT_STARTS = _words("de het een ik wij we zij hij u het haar zijn hun")
# Agreement for one group or place only, right after "ik": "De eerste aanbeveling onderschrijf ik voor Bonaire, waar …",
# "… steun ik voor de grote gemeenten" (a part; not "voor zover", "voor de volle …", "voor alle …", "voor nu").
AGREED_FOR_SOME = _words("onderschrijf onderschrijft steun steunt volg volgt")
AGREED_FOR_NOT = _words("zover zo nu alle iedereen ieder iedere elke volle honderd het")
# Agreement "wat … betreft" after its verb: "Met de tweede aanbeveling ben ik het eens wat de hulp bij het zoeken naar
# werk betreft" (as far as that part goes: a part; "Wat de tweede aanbeveling betreft, …" put first is a topic).
AS_FAR_AS = ("wat", "betreft")
RESTRICTED_PARTICLE = "over"
RESTRICTED_FOR = "voor"
RESTRICTED_STEMS = _words("neem neemt nemen nam namen")
# … and what the recommendation asks, brought in for some only: "Wat IOB in de derde aanbeveling vraagt, voer ik in voor
# de programma's die via scholen lopen", "Het verbod waarom de inspectie in aanbeveling 1 vraagt, voer ik in voor inzet
# buiten Nederland" (a part; the recommendation or what it asks named before the verb; round 64).
INTRODUCED_PARTICLE = "in"
INTRODUCE_STEMS = _words("voer voert voeren")
REPORT_ASKS = _words("vraagt vragen vroeg adviseert adviseren beveelt bevelen")
WHOLE_SCOPE_WORDS = _words("wie iedereen zowel")
# "Voor de nationale lijst volg ik de raad": the body followed, as the object of a fronted scope (round 64).
FOLLOW_STEMS = _words("volg volgt")
FOLLOWED_BODIES = _words("raad inspectie ombudsman rekenkamer onderzoekers commissie planbureau adviesraad")
# A concessive "al" opening a clause, its verb right after it: "Ik vind dat een goede stap, al blijven duurdere
# aanpassingen daarmee buiten beeld" (although: a part; not "al" as "already", "…, al in 2024").
CONCESSIVE_AL = "al"
CONCESSIVE_AL_VERBS = _words(
    "blijft blijven is zijn gaat gaan kan kunnen moet moeten valt vallen lost lossen zal zullen heeft hebben biedt "
    "bieden dekt dekken geldt gelden raakt raken"
)
# A concession on time or on who carries it out leaves nothing out: "Deze aanbeveling neem ik over, al zal het enige tijd
# kosten voordat …", "Ik onderschrijf deze aanbeveling, al is de uitvoering in de eerste plaats aan de instellingen
# zelf" (both adopted in the gold; round 55).
# (also who enforces it or when it comes: "…, al is de handhaving een taak van de gemeenten", "…, al kan dat pas in
# 2028"; round 59)
CONCESSION_LEAVES_NOTHING_OUT = _words(
    "tijd duurt duren duurde uitvoering verantwoordelijkheid zelf handhaving taak uitwerking invoering pas"
)
# … or fronted, the group first: "Voor de aanmeldlocaties neem ik deze aanbeveling over: …", "Voor de organisaties van
# het Rijk volg ik deze aanbeveling" (not a time, "Voor de zomer neem ik een besluit", nor "Voor de volledigheid").
FRONTED_SCOPE_VERBS = _words("neem neemt volg volgt onderschrijf onderschrijft")
# The rest of a group, fronted and then declined: "Voor andere begeleiders doe ik dat niet", "Voor de overige scholen
# geldt de regeling niet" (after an act for some: a part). Not the other recommendations ("Voor de overige
# aanbevelingen …": `RECOMMENDATION_NOUNS`).
REST_OF_GROUP = _words("andere overige")
FRONTED_SCOPE_NOT = _words(
    "zomer winter herfst lente voorjaar najaar zomerreces kerstreces jaarwisseling verkiezingen periode komende "
    "volgende eerste tweede derde vierde volledigheid duidelijkheid goede helderheid zekerheid uitvoering "
    "overzichtelijkheid korte lange middellange langere alle zover nu mij ons een deze dit die elke iedere"
)
# Quantifiers that hedge only before the recommendation noun: "enkele aanbevelingen neem ik over",
# "een aantal aanbevelingen"; a count of a count: "twee van de vijf aanbevelingen"; and "er" with a
# count: "Van de elf aanbevelingen neemt het kabinet er acht over".
SOME = frozenset({"sommige", "enkele", "enkel", "aantal"})
NUMBERS = _words("een twee drie vier vijf zes zeven acht negen tien elf twaalf")

# --- rejected --------------------------------------------------------------------------------

NEGATORS = frozenset({"niet", "geen", "nooit", "allerminst"})
# "niet alleen …, maar ook" does not negate; nor "niet eerder", "niet meer dan", "niet minder".
NOT_NEGATING_NEXT = frozenset({"alleen", "slechts", "eerder", "minder", "enkel"})
# "niet buiten … om" names the way a decision must go, it declines nothing: "Een eigen schaal kan ik niet buiten het
# arbeidsvoorwaardenoverleg om invoeren" (the decision lies with that overleg).
WITHOUT_GOING_THROUGH = ("buiten", "om")
# "geen aanleiding / reden / noodzaak / meerwaarde / voorstander / ruimte …"
NO_GROUNDS = _words(
    "aanleiding reden redenen noodzaak meerwaarde toegevoegde voorstander voorstanders ruimte "
    "mogelijkheid mogelijkheden behoefte aanknopingspunten grond gronden middelen budget "
    "prioriteit"
    # "Daar zie ik geen heil in"
    " heil"
)
# A share inside what a choice would mean, not a share of the advice: "een kortere regeling betekent dat de Staat afziet
# van een deel van wat iemand had kunnen aflossen" (the hedges "een deel van", "een gedeelte van" after "betekent dat").
SHARE_HEDGES = frozenset({("een", "deel", "van"), ("een", "gedeelte", "van")})
MEANS_THAT = _words("betekent betekenen betekende houdt impliceert")
# … and a share hedge reads only as a share of the advice: after its determiners, a `RECOMMENDATION_NOUNS` noun or one
# of these ("een deel van de maatregelen", "een deel van wat de raad vraagt"; not "een deel van de subsidie"; round 49).
SHARE_DETERMINERS = _words("de het dat deze die dit haar zijn hun")
SHARE_OF_ADVICE = _words("maatregelen punten onderdelen wensen wat elementen acties stappen")
# An adjective between "geen" and such a noun: "geen enkele reden", "ik zie geen verantwoorde mogelijkheid" (not
# "geen andere mogelijkheid dan …", which chooses the one left).
NO_GROUNDS_ADJECTIVE = re.compile(r"^(?!andere$|betere$)[a-zà-ÿ]{3,}e$")
# The way to do what is asked, denied after "zie(t) geen": "ik zie geen verantwoorde manier om dat op afstand te doen"
# (not "op geen enkele manier", which only stresses).
NO_WAY = _words("manier weg oplossing")
SEE_VERBS = _words("zie ziet zien")
# Keeping what is: "Het kabinet handhaaft daarom de huidige grens", "handhaaf ik de bestaande termijn".
HANDHAVEN = _words("handhaaf handhaaft handhaven")
PRESENT_STATE = _words("huidige bestaande geldende")
# Words after "al" that make it "as early as", a moment to come: "Ik voer deze aanbeveling al in 2027 uit" (round 59).
AS_EARLY_AS_NEXT = _words(
    "in vanaf per voor vóór op eind begin medio na binnen over dit deze volgend volgende komend"
)
# The same keeping with what is kept put first and a modal before the subject: "Die plicht wil ik handhaven",
# "Die verklaring wil ik behouden" (round 59; the kept thing is what the recommendation would change).
KEEP_FRONTED_VERBS = _words("handhaven behouden")
KEEP_FRONTED_DETERMINERS = _words("die deze dat dit")
KEEP_FRONTED_MODALS = _words("wil willen zal zullen")
KEEP_FRONTED_SUBJECTS = _words("ik wij we kabinet")
# The only words allowed between that subject and the verb ("Die plicht wil ik daarom handhaven"; not "… wil ik
# strenger handhaven", which enforces).
KEEP_FRONTED_BETWEEN = _words("daarom dan ook graag wel dus")
# Keeping to what is, the idiom "het … bij": "Ik houd het daarom bij de huidige werkwijze", "houd het bij de bestaande
# meldpunten" (round 50; not "Ik houd de cijfers bij": without "het" and "bij" before the present state).
HOUDEN_BIJ = _words("houd houdt houden hou")
# Beyond the money there is: "Een verhoging naar € 10.000 past niet binnen het budget van de regeling",
# "past niet binnen de begroting" (a rejection of what is asked; next to "Wel verhoog ik …" a part).
# So is what does not fit what is agreed: "Een vast aantal uren … past echter niet bij de cao-afspraken".
PASSEN = _words("past passen")
FIT_PREPOSITIONS = _words("binnen bij")
# The adverb of a split "daarbij"/"hierbij"/"erbij": "past daar niet bij" (what is not fitted was named before).
SPLIT_ADVERBS = _words("daar hier er")
ARTICLES = _words("de het een onze ons mijn deze dit die dat")
# "Wel wil ik opmerken dat …", "Wel is het zo dat …": an aside, no part conceded. Also "Wel blijf ik de resultaten
# als geheel in het jaarverslag opnemen": what goes on as now, beside a refusal (the open gold reads 9 of 9 answers with
# "Wel blijf(t) …" as rejected; round 58).
NOT_CONCEDING_VERBS = _words(
    "is zijn wil willen merk wijs zeg benadruk vraag moet moeten kan kunnen zou zouden vind vinden acht "
    "achten zie zien ben weet weten blijf blijft blijven"
)
# Not acting on it: "Het kabinet maakt geen werk van een wettelijk recht op …".
WERK = "werk"
MAKEN = _words("maak maakt maken maakte maakten gemaakt")
# "acht … niet wenselijk", "is niet opportuun", "niet nodig", and one-word negatives ("onwenselijk").
NOT_ADJECTIVES = _words(
    "wenselijk nodig noodzakelijk opportuun haalbaar uitvoerbaar verstandig proportioneel doelmatig betaalbaar "
    "passend zinvol realistisch mogelijk gewenst"
    # "Een algemeen recht om metingen te weigeren acht ik niet verantwoord"
    " verantwoord"
    # "acht ik niet de juiste weg", "is niet het geëigende instrument"
    " juiste geëigende aangewezen"
    # not persuaded of what is proposed: "Het kabinet is er echter niet van overtuigd dat een nieuw misdrijf de
    # aangewezen weg is" (round 44; "van" may stand between)
    " overtuigd"
)
# Persuaded: "niet (van) overtuigd" rejects, "nog niet (van) overtuigd" leaves the doubt open.
CONVINCED = "overtuigd"
# What a proposal is judged not to be, after "acht/vind … geen": "Een landelijke meldapp acht ik geen goede
# oplossing", "Een maximumtarief acht ik geen passend middel", "vind ik geen begaanbare weg".
JUDGED_MEANS = _words("oplossing middel instrument weg idee optie aanpak route")
# … and after "niet" with its article, a good means denied: "acht een aanwijzing als voorbehouden handeling niet het goede
# middel", "Een verbod is niet de beste oplossing" (with a noun of `JUDGED_MEANS` right after; round 67, holdout417).
GOOD_MEANS_ADJECTIVES = _words("goede geschikte beste")
NEGATIVE_ADJECTIVES = _words(
    "onwenselijk ongewenst onuitvoerbaar onhaalbaar onnodig onverstandig disproportioneel "
    "onvoldoende oneens terughoudend onbetaalbaar onverantwoord"
)
# Negative adjectives that judge only after a verb of judging or a copula ("acht de onderbouwing
# onvoldoende", "is onvoldoende"), not as an adverb of knowing ("weet ik nog onvoldoende welke …").
JUDGED_ONLY = _words("onvoldoende")
# "legt … naast zich neer", "leg ik naast mij neer"
# Adding little: "Een apart meldpunt voegt naar mijn oordeel weinig toe aan de bestaande loketten",
# "voegt niets toe" (a rejection of what is proposed).
TOEVOEGEN = _words("voegt voegen")
LITTLE = _words("weinig niets nauwelijks")
# The core of a recommendation realised: "Zo wordt de kern van deze aanbeveling gerealiseerd" (a part).
KERN = "kern"
REALISED = _words("gerealiseerd overgenomen uitgevoerd bereikt tegemoetgekomen")
# "Aanbeveling 3 gaat het kabinet op dit moment te ver", "Dit gaat mij te ver": a rejection.
# (Only "gaan"; "het voert te ver om hier …" is a remark about the letter.)
TE_VER = ("te", "ver")
# A detail judged too much (or too little), with a verb of judging: "Een termijn van vijf jaar acht ik echter te lang",
# "Dat bedrag vind ik te hoog" (a rejection of the amount asked; beside a variant of our own a part).
EXCESS_ADJECTIVES = _words(
    "lang kort hoog laag zwaar duur groot klein ruim krap streng ingrijpend kostbaar belastend vergaand omslachtig"
    # (inflected before a noun: "vind ik een te grote inbreuk op hun privacy")
    " lange korte hoge lage zware dure grote kleine ruime krappe strenge ingrijpende kostbare belastende vergaande"
    " omslachtige"
)
# "lijkt mij te zwaar": a verb of seeming judges as well.
SEEM_VERBS = _words("lijkt lijken")
# A promise declined with "kan … niet": "Een looptijd van acht jaar kan ik echter niet toezeggen" (rejected; "Dat kan ik
# niet beoordelen" is a judgement not yet possible, read elsewhere).
PROMISE_VERBS = _words("toezeggen garanderen beloven waarmaken financieren bekostigen betalen vergoeden")
CAN = _words("kan kunnen")
# "Een afdwingbaar recht komt er niet", "Er komt geen apart loket": what is asked will not exist.
COMES = _words("komt komen")
# What is asked will exist, said with the subject first and "er" closing the clause: "Een jaarlijkse telling in de
# risicogebieden komt er", "Zo'n register komt er ook" (adopted; round 48).
COMES_THERE_CUE = "komt er"
COMES_THERE_ADVERBS = _words("ook wel dus daarom dan")
# Words that may stand between "komt er" and "niet" (round 40): "Een apart meldpunt komt er op dit moment niet",
# "… komt er voorlopig niet", "… komt er dus ook niet".
BEFORE_NOT_ADVERBS = _words("op dit moment nu voorlopig vooralsnog daarom dus ook echter dan")
# "Het gesprek na negen maanden blijft vrijwillig": an obligation asked, declined.
VOLUNTARY = "vrijwillig"
# What a norm asks, after "niet verder dan …": "… dan de Europese verordening vraagt" (a principle, no part of the advice).
NORM_ASKS = _words("vraagt vragen voorschrijft voorschrijven eist eisen verplicht nodig vereist")
# "De middelen voor voorschoolse educatie houd ik daar buiten": kept out of the measure.
KEPT_OUT = "buiten"
# Keeping an amount as it is: "Ik houd het bedrag daarom op 2.500 euro", "Het bedrag blijft daarom € 7.500" (a change
# asked for, declined; with "daarom" or an amount, not "De regeling blijft open").
KEEP_VERBS = _words("houd houdt houden")
STAYS = _words("blijft blijven")
KEEP_BECAUSE = _words("daarom dus derhalve")
# "Een controle van iedere melding staat niet in verhouding tot het risico": disproportionate (rejected).
IN_PROPORTION = ("in", "verhouding")
# Not on the agenda, with a copula: "Een verdere verlaging van het tarief is in deze kabinetsperiode dan ook niet
# aan de orde" (a rejection; not "komt in deze brief niet aan de orde", which only says what a letter leaves out).
NOT_ON_THE_AGENDA = ("aan", "de", "orde")
NOT_ON_THE_AGENDA_CUE = "niet aan de orde"
# "… gaat verder dan verantwoord is", "gaat verder dan nodig": too far, said as a comparison
# (not "Het kabinet gaat niet verder dan de richtlijn vraagt", negated, nor "gaat verder dan de wet").
VERDER_DAN = ("verder", "dan")
BEYOND_MEASURE = _words("verantwoord redelijk nodig noodzakelijk wenselijk proportioneel haalbaar mogelijk")
# "is binnen de huidige begroting niet te betalen", "niet uit te voeren", "niet te handhaven": the act
# cannot be done, so it is declined.
# "is lastig te handhaven", "is moeilijk uit te voeren" (after a form of "zijn"): hard to do, so declined (round 40).
HARD_TO = _words("lastig moeilijk")
UNFEASIBLE_ACTS = _words("betalen financieren bekostigen realiseren handhaven organiseren uitvoeren voeren")
# … and the particle verbs whose particle says it: "is binnen de begroting niet op te brengen" (cannot be paid for;
# not "niet over te brengen").
UNFEASIBLE_PARTICLE_ACTS = frozenset({("op", "brengen")})
GAAN = _words("ga gaat gaan ging gingen")
NAAST = "naast"
# Advising against a motion or amendment: "De motie over de huurtoeslag ontraad ik", "Het kabinet
# ontraadt het amendement".
ONTRADEN = _words("ontraad ontraadt ontraden ontraadde ontraadden")
# Rejecting outright, as the press and some letters say it: "Toch verwierpen de ministers enkele aanbevelingen", "Het
# kabinet verwerpt dit voorstel" (a rejection of the whole).
VERWERPEN = _words("verwerp verwerpt verwerpen verwierp verwierpen verworpen")
# Going against the advice: "ging het kabinet in tegen het advies van het OMT", "besloot het kabinet tegen het advies
# in …" (with a recommendation noun after "tegen").
TEGEN = "tegen"
# "Bij het niet overnemen van een aanbeveling vindt overleg plaats": the verb as a noun, negated, names a case.
# "… aangegeven de aanbevelingen wel of niet te zullen overnemen": whether or not, no verdict.
WHETHER_OR_NOT = ("wel", "of", "niet")
# "slaat het advies in de wind": a rejection, as the press says it.
SLAAN = _words("sla slaat slaan sloeg sloegen geslagen")
# "wijst het advies van de hand", "dit door de minister van de hand gewezen advies": a rejection.
WIJZEN = _words("wijs wijst wijzen wees wezen gewezen")
# "wijkt van dat advies af", "is van de aanbeveling afgeweken": departing from it declines it.
WIJKEN = _words("wijk wijkt wijken week weken")
AFWIJKEN_FUSED = _words("afwijken afwijkt afgeweken")
# "legt het advies terzijde", "worden terzijde geschoven": set aside, declined.
PUT_ASIDE = _words("leg legt leggen legde gelegd schuif schuift schuiven schoof geschoven")
# Passive "afzien van": "Van een verplichte keuring is om die reden afgezien", "is hiervan thans
# afgezien" (not the preposition "afgezien van de kosten", which has no auxiliary before it).
AFGEZIEN_AUX = _words("is zijn wordt worden werd werden heb heeft hebben had")
# Evaluative adjectives judge the measure, not an actor's attitude: in "Extra scholing van de leden
# is niet noodzakelijk" the noun "leden" is no actor; a third party judges only with a verb of
# judging ("De raad acht een nieuwe wet niet nodig").
EVALUATIVE_NEGATIVES = _words(
    "onwenselijk ongewenst onuitvoerbaar onhaalbaar onnodig onverstandig disproportioneel"
)
NEER = "neer"
# A proposal that conflicts with the law or meets objections is rejected (a judgement, no actor needed): "Een
# motiveringsplicht zonder uitzonderingen botst echter met de Wwft", "Een landelijk register staat op gespannen voet met
# de AVG", "Een meldplicht is in strijd met het Europese recht", "Dit voorstel stuit op juridische bezwaren", "verhoudt
# zich slecht tot de privacyregels". Only with a proposal as subject (an indefinite or demonstrative noun phrase, or a
# recommendation noun): "De huidige werkwijze is strijdig met de wet" is a finding.
CONFLICT_WORDS = _words("strijdig strijd botst botsen stuit stuiten gespannen verhoudt verhouden")
CONFLICT_OBSTACLES = _words(
    "bezwaren bezwaar problemen grenzen weerstand juridische praktische uitvoeringsbezwaren uitvoeringsproblemen "
    "grote ernstige onoverkomelijke"
)
CONFLICT_POOR = _words("slecht slechts niet moeilijk lastig")
PROPOSAL_SUBJECT_OPENERS = _words("een zo'n dergelijke dergelijk dit dat deze die zulke zulk")
CONFLICT_CUE = "strijdig met"
# … the whole recommendation when its subject points back to it ("Dat verhoudt zich slecht tot …", "Dit voorstel stuit
# op bezwaren"), a form of it when named by an indefinite ("Een motiveringsplicht zonder uitzonderingen botst met …").
CONFLICT_WHOLE_CUE = "als geheel strijdig met"
PROPOSAL_POINTERS = _words("dit dat deze die")
# Lacking the means for what is asked: "Voor een verdubbeling ontbreken echter de middelen", "Hiervoor ontbreekt het
# geld" (rejected, a detail or the whole; the clause may not be negated: "Het ontbreekt niet aan middelen" is none).
LACK = _words("ontbreken ontbreekt")
MEANS = _words("middelen geld budget financiering capaciteit dekking")
LACK_CUE = "ontbreken de middelen"
# Not working towards what is asked: "Het kabinet zet zich daarom niet in voor een dergelijk mechanisme",
# "zal zich niet inzetten voor een nieuw verdrag" (a reflexive before "niet", "in" + "voor" or "inzetten"
# after it; the clause's subject decides whose stance it is).
ZETTEN = _words("zet zetten zette zetten zal zullen")
INZETTEN = _words("inzetten")
# "laat deze aanbeveling (daarom) rusten", "De aanbeveling laat ik rusten": set aside, i.e. rejected
# (with the recommendation as object; "laat het onderzoek rusten" is not a stance).
LATEN = _words("laat laten liet lieten")
RUSTEN = "rusten"
# "kiest voor een andere aanpak / route / invulling"
KIEZEN = _words("kies kiest kiezen koos kozen gekozen")
# The third-person and plural forms: with none of `OUR_ACTORS` in the sentence the choice is another's ("Een reiziger die
# een uur wacht, kiest de volgende keer voor de auto", since round 38).
OTHERS_CHOOSE = _words("kiest kiezen koos kozen")
GOVERNMENT_CHOOSERS = OUR_ACTORS | _words("regering rijk nederland ministerie")
ANDERE = frozenset({"andere", "ander", "eigen"})
# A choice dated in an earlier year before its participle, not about a recommendation, is the background of
# the answer, not the answer: "Het kabinet heeft in de beleidsbrief van 2024 gekozen voor een beperkt aantal
# landen", "heeft vorig jaar gekozen voor …" (not "heeft ervoor gekozen vanaf 2027 …": the date after it is the
# act's; not "Het kabinet heeft destijds gekozen voor een vrijwillig aanbod": a letter on the state of affairs
# reports its stance of that time; not "Voor de tweede aanbeveling is in 2024 gekozen voor …").
PAST_CHOICE_MARKERS = _words("vorig vorige")
PAST_CHOICE_YEAR = re.compile(r"^(?:19|20)\d\d$")
# A choice of its own: "kies voor een normtijd van zeven dagen", "kiest ervoor om …", "Hier kies ik
# niet voor", "Daarvoor kiest het kabinet"; with "eerst" a first step only ("kies ervoor om eerst …").
CHOICE_TOWARDS = _words("voor ervoor")
CHOICE_TOWARDS_BEFORE = _words("hiervoor daarvoor waarvoor")
# The determiner of a choice fronted with "voor", declined after the verb: "Voor een vaste vergoeding kies ik niet",
# "Voor die oplossing kiest het kabinet niet" (not "Voor 2027 kies ik …": a time).
FRONTED_CHOICE_DETERMINERS = _words("een de het die deze dat zo'n zo’n")
FIRST_STEP = _words("eerst")
# A first step that is an inquiry defers the decision (noted, not a part adopted): "Ik kies ervoor om
# eerst de inspectie te vragen dit in kaart te brengen", "eerst te laten onderzoeken of …".
INQUIRY = _words(
    "kaart onderzoeken onderzoek onderzoekt uitzoeken inventariseren inventariseer verkennen verken "
    "bezien nagaan peilen monitoren evalueren"
)
# Deciding later whether: "Op basis daarvan besluit ik of een verbod nodig is", "Daarna bepaal ik of een
# vast percentage zinvol is" (noted).
# "Als het gaat om …" names a topic, it sets no condition: "Als het gaat om aanbevelingen van de ombudsman volg ik de
# meeste daarvan op".
TOPIC_AS = ("als", "het", "gaat", "om")
DECIDE_WHETHER = _words("besluit beslis beslist besluiten beslissen bepaal bepaalt bepalen")
# … and other verbs whose "of"-clause is a question still open (with `DEFER_VERBS`): "Ik onderzoek of ik de aanbeveling
# kan overnemen", "Ik kijk of …" (an adoption inside it is no decision).
WHETHER_VERBS = _words("onderzoek kijk")
# A decision put after something still to come: "Pas daarna neem ik een standpunt in over deze aanbeveling",
# "pas daarna kan ik over deze aanbeveling beslissen", "Een besluit over deze aanbeveling neem ik als die
# verkenning gereed is" (with a standpoint noun or a deciding verb; the when-clause follows the main clause).
DECISION_LATER = _words("daarna vervolgens nadien")
# "pas" only as "only then" ("pas daarna", "pas na de evaluatie", "pas als …"), not the verb ("ik pas de regel aan").
DECISION_ONLY_THEN = "pas"
DECISION_ONLY_THEN_NEXT = _words("daarna dan na als wanneer zodra nadat later op")
DECISION_WHEN = _words("als wanneer zodra nadat")
DECISION_LATER_CUE = "besluit later"
# … or at a time still to come named in its clause: "Ik neem na de zomer een besluit over deze aanbeveling", "Over
# deze aanbeveling neemt het kabinet in het voorjaar een besluit", "… neem ik in de loop van 2027 een besluit over …" (not a decision taken: "heb … genomen", "nam").
DECISION_TIMES = _words("najaar voorjaar zomer winter kwartaal komende later medio loop")
# "volgend(e)" only before a time noun: "volgend jaar", "de volgende maand" (not "de volgende besluiten": a lead).
NEXT_WORDS = _words("volgend volgende")
NEXT_TIME_NOUNS = _words("jaar week maand kwartaal voorjaar najaar zomer kabinet begrotingsjaar schooljaar")
DECISION_TAKEN = _words("genomen nam namen besloot besloten heb heeft hebben had hadden")
# … or in a clause that puts it after another step: "Voordat ik over deze aanbeveling besluit, laat ik …".
DECISION_AFTER = _words("voordat alvorens")
# What a decision put later is about, beyond the recommendation nouns: "Een besluit hierover neem ik na de zomer".
DECISION_REFERENTS = _words("dit dat deze hiervan daarvan hierover daarover")
# … or the decision named before, its demonstrative right before the noun: "Ik maak die keuze in 2029" (since round 38).
DECISION_DEMONSTRATIVES = _words("die deze dat dit")
# Right after "al", a shortage or a strain: "De politie heeft in de zomermaanden al weinig ruimte voor …", "… is nu al
# zwaar belast" (already stretched: no measure in place; since round 38).
STRAINED = _words("weinig nauwelijks zwaar krap overbelast vol schaars")
# In a sentence that calls the step premature, "nu al" is "so soon", not "already": "Het programma nu al terugbrengen tot
# één land vind ik voorbarig" (nothing in place; since round 39). "te vroeg" is read as two words.
PREMATURE = _words("voorbarig voorbarige prematuur")
TOO = "te"
EARLY = "vroeg"
# A choice named before is a decision too, put later like one: "Ik maak die keuze in het Deltaprogramma 2029" (only with a
# demonstrative: "laat ik de keuze aan de universiteiten" leaves it to others).
CHOICE_NOUN = "keuze"
# A year, in the present-tense clause of such a choice a time to come: "Ik maak die keuze in het Deltaprogramma 2029".
YEAR_WORD = re.compile(r"(?:19|20)\d\d")
# … and with a deciding verb or a standpoint noun, a year right after one of these: "Op basis daarvan besluit ik in
# 2028", "Een besluit hierover neem ik begin 2028" (present tense: a decision still to come; round 62).
DECISION_YEAR_LEADS = _words("in begin eind medio uiterlijk voor vóór")
# "weten" with "nog niet" and our subject: the judgement is still open. "Of een tegemoetkoming de beste weg is,
# weet ik nog niet", "Ik weet nu nog niet of dit uitvoerbaar is" (noted; not "zoals u weet").
NOT_YET_KNOWN = _words("weet weten")
# Letting the Kamer know later what is done with the recommendations: "Op welke manier het kabinet gevolg geeft aan de
# aanbevelingen, zal het kabinet begin maart laten weten", "Ik laat u na de zomer weten hoe ik met de aanbevelingen
# omga" (noted; "laat" or "laten" before "weten", a modal or a time to come, the recommendations in the sentence).
LET_KNOW = _words("laat laten")
LET_KNOW_CUE = "laat later weten"
NOT_YET_KNOWN_CUE = "weet nog niet"
# Whether it happens depends on something still open: "Of er een eigen schaal komt, hangt af van de uitkomst van dat
# overleg", "Een besluit hierover is afhankelijk van de evaluatie" (noted: the decision is not taken; the verb after an
# opening "of"-clause or a standpoint noun, not "De hoogte hangt af van het inkomen").
DEPENDS = _words("hangt hangen afhankelijk")
DEPENDS_CUE = "hangt af van"
# Agreement "in principle" with a "but" after it in the sentence: "De derde aanbeveling steun ik in
# beginsel, maar in de praktijk is zij lastig", "Het kabinet onderschrijft in principe het voorstel,
# maar …" (a part; "Ik steun de aanbeveling in beginsel." alone stays an agreement).
IN_PRINCIPLE = (("in", "beginsel"), ("in", "principe"))
IN_PRINCIPLE_CUE = "in beginsel, maar"
# A reservation about one recommendation, said by comparison with the ones agreed to before it: "Over aanbeveling 4
# ben ik minder stellig", "Wat de tweede aanbeveling betreft, ben ik terughoudender", "Bij de derde aanbeveling heb ik
# enkele kanttekeningen". Alone it is a part (most real letters go on with what is done and what is not); the rest of
# the passage settles it (`settle_passage`): a rejection after it rejects, a deferral notes.
RESERVATION = re.compile(
    r"\b(?:(?:ben|is|zijn)\s+(?:ik|wij|we|het\s+kabinet|de\s+minister|de\s+staatssecretaris)"
    r"|(?:ik|wij|we|het\s+kabinet)\s+(?:ben|is|zijn))"
    r"\s+(?:(?:wat|iets|echter|daarentegen|wel|op\s+dit\s+punt|hier)\s+)*"
    r"(?:terughoudender|voorzichtiger|kritischer|minder\s+(?:stellig|positief|enthousiast|overtuigd))"
    # (the clause ends, or says what about: not "is minder positief dan verwacht" on a figure)
    r"(?=\s*[.,;:]|\s*$|\s+(?:over|ten\s+aanzien|bij|op\s+dit\s+punt|als\s+het\s+gaat|wat\s+betreft)\b)"
    r"|\b(?:heb|hebben|heeft|plaats|plaatsen|plaatst)\s+(?:ik|wij|we|het\s+kabinet)\s+(?:(?:wel|echter|daarentegen|meer"
    r"|enkele|een\s+aantal|wel\s+enkele)\s+)*(?:bedenkingen|twijfels?|aarzelingen|kanttekeningen)\b"
    # a remark made on the recommendation named first: "Bij de vijfde aanbeveling teken ik aan dat een jaarlijkse
    # rapportage een zware last legt op …" (since round 38; "Ik teken hierbij aan dat de cijfers voorlopig zijn" names
    # none)
    r"|\b(?:bij|over|wat)\s+(?:de|het|deze|die)\s+(?:[a-z]+\s+)?(?:aanbeveling|advies|voorstel)\w*\s+(?:betreft\s*,?\s+)?"
    r"(?:teken|tekent|tekenen)\s+(?:ik|wij|we|het\s+kabinet)\s+(?:(?:wel|echter|daarbij)\s+)*aan\b"
    # the rest left as it is, after a measure for a part: "Voor andere sectoren blijft het bij voorlichting door de
    # Arbeidsinspectie", "Voor de overige gemeenten blijft het bij de huidige afspraken" (round 47)
    r"|^\W*(?:voor|bij|in)\s+(?:de\s+)?(?:andere|overige|alle\s+andere)\s+[\w-]+(?:\s+[\w-]+)?\s+blijft\s+het\s+bij\b",
    re.IGNORECASE,
)
RESERVATION_CUE = "voorbehoud"
#: The cue of an act of ours refused in a clause of its own: "Een aparte subsidieregeling voer ik niet in".
REFUSED_ACT_CUE = "… niet (handeling)"
# The thing a recommendation proposes, named again as a kind in a rejection: "Ik ga zo'n budget daarom niet invoeren",
# "Een dergelijke plicht acht ik niet nodig" (declined as a whole: a liking of it before stays sympathy; round 49).
#: (read in the clause after the last "maar": "Ik onderschrijf het belang van zulke afspraken, maar een afspraak met
#: iedere werkgever is niet haalbaar" declines no such thing)
BUT_WORD = re.compile(r"\bmaar\b", re.IGNORECASE)
SUCH_A_THING = re.compile(r"\b(?:zo'n|zo’n|zulke|een\s+dergelijke?|dergelijke)\s+[\w-]+", re.IGNORECASE)
# Appeal with a reservation, read like IN_PRINCIPLE: "Een persoonlijk budget spreekt mij aan, maar een
# volledig individueel budget zou …" (the verb, then a reader within its clause).
APPEALS = _words("spreekt spreken")
APPEAL_READERS = _words("mij ons kabinet")
APPEAL_CUE = "spreekt aan, maar"
# Without a reservation the appeal is agreement, and the passage decides how far it goes: "De tweede
# aanbeveling van het planbureau spreekt mij aan." (not "spreek de besturen aan op …": another object).
APPEAL_PLAIN_CUE = "spreekt aan"
# The verb of an appeal in its sentence, and "geen" before up to three words of a noun phrase: what is liked, then what
# is declined by name ("Het voorstel voor een wettelijke plicht spreekt mij aan" … "Ik leg geen nieuwe wettelijke plicht
# op": rejected; round 49).
APPEAL_VERB = re.compile(r"\bspre(?:ekt|ken)\b", re.IGNORECASE)
NONE_OF = re.compile(r"\bgeen\s+(?P<np>(?:[\w-]+\s+){0,2}[\w-]+)", re.IGNORECASE)
BUT = _words("maar echter")
# A concession on the very thing a rejection declined, in a lesser form, is a part adopted: "Een verhoging naar
# € 10.000 past niet binnen het budget. Wel verhoog ik het bedrag naar € 8.000." (the rejected sentence's head noun,
# after its article and adjectives, and the concession share a stem of `LESSER_STEM` letters: "verho"); a concession
# on something else is another measure beside the rejection ("Dat acht ik niet verantwoord. Wel geef ik het onderhoud
# … voorrang": rejected). Articles and words skipped before the head noun:
LESSER_OPENERS = _words("een de het zo'n die dit deze")
LESSER_STEM = 5
# Our own limit of an adopted recommendation: "ik beperk haar tot de groep …" (a part).
LIMIT_VERBS = _words("beperk beperkt beperken")
LIMIT_TO = _words("tot")
# Keeping things as they are: "kiest ervoor de drempel te handhaven" declines the change.
KEEP_AS_IS = _words("handhaven handhaaft behouden behoudt ongewijzigd bestendigen")
# … or leaving it as it is: "kiest ervoor de tarieven vrij te laten", "het stelsel intact te laten".
LEFT_AS_IS = _words("vrij intact ongemoeid")
# … or, the government its subject, leaving it as it is in so many words: "Het kabinet laat de wettelijke grens daarom
# ongewijzigd", "Ik laat de regeling ongemoeid" (round 56).
LEAVE_VERBS = _words("laat laten")
LEFT_UNCHANGED = _words("ongewijzigd ongemoeid intact")
# … not for a while: "Tot die tijd laat ik de doelgroep ongewijzigd", "laat ik de regeling voorlopig ongewijzigd" (a
# decision awaited: noted).
LEFT_FOR_A_WHILE = _words("tot totdat zolang voorlopig vooralsnog voorshands afwachting")

# Holding on to what exists declines the change: "Aan de huidige premiesystematiek houd ik vast",
# "Het kabinet houdt vast aan een landelijke norm", "wil het kabinet vasthouden aan …".
VAST = "vast"
VAST_AAN = _words("aan")  # right after "vast", or fronted: "Aan de huidige systematiek houd ik vast"
VAST_AAN_PRONOUNS = _words("eraan daaraan hieraan")  # "Het kabinet houdt daaraan vast"
# Staying with a position: "Ik blijf daarom bij de lijn dat de prijs vrij blijft", "Het kabinet blijft bij zijn
# standpunt" (rejected: what is asked changes nothing; not "blijf bij de uitvoering betrokken": no position noun).
STAY_VERBS = _words("blijf blijft blijven")
POSITION_NOUNS = _words("lijn standpunt koers keuze uitgangspunt opvatting positie beleidslijn")
VASTHOUDEN = _words("vasthouden vasthoudt vastgehouden vasthield")
# Words that open a coordinated conjunct inside one clause: a negation before them is the first verb's.
CONJUNCT_LINKS = _words("en maar")
# A finite verb right after "en" opens a conjunct that shares the clause's first subject, whoever was named between: "Het
# kabinet vraagt het RIVM dit uit te zoeken en komt daarna met een standpunt" (the cabinet comes; round 67).
SHARED_SUBJECT_VERBS = _words(
    "komt neemt stelt bepaalt besluit informeert stuurt zal gaat wil beslist beziet"
)
# A different view than the report's: "Over de tarieven denkt het kabinet anders dan het bureau",
# "Het kabinet kijkt hier anders tegenaan", "Dat zie ik anders" (not negated: "denk ik niet anders").
ANDERS = "anders"
VIEW_VERBS = _words("denk denkt denken dacht dachten kijk kijkt kijken keek keken zie ziet zien zag zagen")
# Not a task of the government: "Een keurmerk zie ik niet als een taak van de overheid", "Dat is
# niet de taak van het Rijk", "geen overheidstaak" (with a negation in the clause).
TASK_NOUNS = _words("taak rol verantwoordelijkheid overheidstaak kerntaak")
TASK_OF = _words("overheid rijk kabinet staat ministerie")
# "Een aparte toezichthouder zie ik niet zitten": the idiom of a refusal.
ZITTEN = "zitten"
# What stays as it is, when a report asked to change it: "De huidige leeftijdsgrens blijft bestaan",
# "De vrijstelling blijft gehandhaafd", "blijft ongewijzigd", "blijft in stand", "blijft van kracht".
BLIJVEN = _words("blijft blijven")
# The first person, read only before "daarom"/"dus"/"dan ook": "Ik blijf daarom werken met de meldingen van …" (round 58).
BLIJF = "blijf"
# … not a talk or a watch kept up: "Ik blijf daarom in gesprek met gemeenten", "De inspectie blijft dat daarom volgen".
KEPT_UP_WORDS = _words("gesprek overleg volgen monitoren bezien kijken")
# … nor a service kept available at the clause's end: "Het loket blijft daarom open" (round 35's reading: no stance).
KEPT_AVAILABLE = _words("open beschikbaar bereikbaar toegankelijk mogelijk")
UNCHANGED = _words("bestaan gehandhaafd ongewijzigd behouden stand kracht")
# … or stays where it is now: "In het programma blijft de zandwinning daarom binnen de huidige strook", "De norm blijft op
# het bestaande niveau" (a preposition, an article and "huidige"/"bestaande"; since round 38).
KEPT_PLACE_PREPOSITIONS = _words("binnen bij op in")
# … or kept as limited as it is, concluded with "daarom": "De aanmeldpunten blijven daarom uitsluitend op werkdagen open"
# (a word of `RESTRICTIVE` right after; since round 38).
CONSEQUENCE_WORDS = _words("daarom dus")
# … or kept as it is whatever the report tied it to, concluded with "daarom": "Het Rijk blijft de bijdrage daarom per
# aangepaste halte uitkeren, ongeacht het tempo" (the condition asked for set aside; since round 41).
REGARDLESS = _words("ongeacht")
# … or case by case as now, concluded with "daarom": "Het kabinet blijft daarom per land beoordelen of een verdrag mogelijk
# is" (the general rule asked declined; since round 41).
CASE_BY_CASE = "per"
CASES = _words("geval situatie land aanvraag verzoek dossier zaak casus")
KEPT_CURRENT = _words("huidige bestaande")
# … not when what remains is a measure kept until its work is done: "Het team blijft bestaan totdat de
# voorraad is weggewerkt", "De regeling blijft gehandhaafd zolang de crisis duurt" (a measure in place).
UNTIL = _words("totdat zolang")
# Keeping to what is there, said impersonally: "Het blijft daarom bij de bestaande leningen", "Het blijft
# bij een vrijwillige afspraak" ("het" first, "bij" and a determiner within three words of "blijft").
IMPERSONAL_HET = "het"
BIJ = "bij"
KEPT_DETERMINERS = _words("de het die deze dat dit een")
# … not when what remains is a problem: "Het risico op dubbele tellingen blijft bestaan".
PROBLEM_NOUNS = _words(
    "risico risico's tekort tekorten verschil verschillen kans kansen probleem problemen knelpunt "
    "knelpunten zorg zorgen behoefte noodzaak onzekerheid onzekerheden achterstand achterstanden "
    "wachtlijst wachtlijsten spanning vraag vragen gevaar dreiging"
)
# A measure not imposed, the government its subject: "Een verplicht gesprek schrijf ik gemeenten niet voor", "Een
# urennorm schrijft het kabinet niet voor" (the particle "voor" closes the clause; "De wet schrijft voor dat …" and
# "Ik schrijf een brief voor de Kamer" are no such refusal).
PRESCRIBE = _words("schrijf schrijft schrijven")
PRESCRIBE_PARTICLE = "voor"
# … and who declines to impose it: the government, also as "het Rijk" ("Het Rijk schrijft daarom geen reservering voor";
# round 64).
PRESCRIBERS = _words("ik wij we kabinet regering minister staatssecretaris rijk")
# A plan of the government, negated: "Een verplichte registratie ga ik niet invoeren", "Het kabinet
# zal geen nieuwe heffing instellen", "Een landelijk meldpunt gaan wij niet oprichten". The clause
# ends in the declined act's infinitive (or "worden" + participle); it names the government, and no
# subordinate clause comes between ("Ik ga ervoor zorgen dat gemeenten geen kosten maken" declines
# nothing). Acts that decline no measure are left out: "Ik zal uw Kamer hierover niet opnieuw
# informeren", "Ik ga niet vooruitlopen op …".
PLAN_AUX = _words("ga gaat gaan zal zullen")
# The same with "kunnen", for a change asked of the government that it cannot make: "De indeling kan ik niet
# wijzigen", "Die termijn kan het kabinet niet aanpassen" (rejected; "Dat kan ik niet beoordelen" declines no act, so
# only these acts of change count; round 42).
UNABLE_AUX = _words("kan kunnen")
CHANGE_ACTS = _words("wijzigen aanpassen veranderen afschaffen schrappen herzien loslaten")
UNABLE_CUE = "kan niet wijzigen"
# The same in the passive present: "Een meldplicht wordt niet ingevoerd", "Zo wordt niet wettelijk
# vastgelegd dat …" (the participle of an act that brings in a measure; "is niet vastgelegd" states a fact).
PASSIVE_AUX = _words("wordt worden")
DECLINED_PASSIVE_ACTS = _words(
    "ingevoerd vastgelegd verankerd ingesteld opgericht geregeld verplicht gesteld ingericht"
)
# The same with a request or an obligation declined, its te-infinitive after it: "Ik ga de ACM niet vragen
# warmtecoöperaties aan die lijst toe te voegen", "Ik zal verzekeraars niet verplichten hun prijzen te publiceren"
# (round 54).
DECLINED_REQUEST_ACTS = _words("vragen verzoeken verplichten dwingen opdragen")
DECLINED_REQUEST_CUE = "zal niet vragen"
PLAN_SUBJECTS = _words("ik wij we kabinet regering minister staatssecretaris")
PLAN_BREAKS = _words("dat die om of waarin waarbij waarmee wat welke te")
# A clause ending in a noun phrase ends in no act: "Ik ga in deze brief niet in op de financiële
# gevolgen" (a determiner right before the last word, or before an adjective in -e before it).
PLAN_NP_DETERMINERS = _words("de het een deze dit die dat geen alle hun haar zijn mijn onze uw elke ieder")
NOT_DECLINED_ACTS = _words(
    "zijn hebben worden kunnen hoeven informeren berichten wachten afwachten vooruitlopen ingaan "
    "nalaten laten maken"
)
# Money set aside for what is asked ("hiervoor", "daarvoor"): the recommended act is adopted and
# funded. "Het kabinet trekt hiervoor vanaf 2027 jaarlijks € 4 miljoen uit", "Daarvoor is in de
# begroting € 2 miljoen gereserveerd", "maakt daartoe middelen vrij", "stelt hiervoor € 1 miljoen
# beschikbaar". Money must be named ("€", "miljoen", "middelen", …).
FOR_IT = _words("hiervoor daarvoor hiertoe daartoe daarvan hiervan")
FUNDED = _words("uitgetrokken gereserveerd reserveer reserveert reserveren vrijgemaakt")
FUNDING_PARTICLES: dict[str, frozenset[str]] = {
    "uit": _words("trek trekt trekken trok trokken"),
    "vrij": _words("maak maakt maken"),
    "beschikbaar": _words("stel stelt stellen gesteld"),
}
MONEY = _words("€ euro miljoen miljard geld middelen budget bedrag financiering")

# --- already in place ------------------------------------------------------------------------

# "wordt al invulling gegeven", "is reeds ingezet", "inmiddels uitgevoerd"
ALREADY = frozenset({"al", "reeds", "inmiddels"})
# "al" that is not "already": "al deze aanbevelingen", "al met al", "zoals al eerder gemeld".
ALREADY_NOT_BEFORE = _words(
    "de het deze die dit dat onze mijn zijn haar hun met eerder eens aangegeven gemeld gezegd "
    "toegezegd aangekondigd geschreven geïnformeerd opgemerkt gesteld genoemd besproken "
    "vermeld"
    # "al doende leren": by doing, not "already"
    " doende"
)
# "al vanaf 1 juli", "al per januari 2028": as early as a moment to come, nothing in place yet ("al in 2024" may be
# a year past, in place).
AS_EARLY_AS = _words("vanaf per")
# "al de" is "all the" ("al de aanbevelingen"), except before what is usual: "is al de norm",
# "Werken met twee beoordelaars is inmiddels de standaard".
USUAL_NOUNS = _words("norm standaard praktijk gewoonte regel")
# Words that, in a clause with "al/reeds/inmiddels", show something already runs or exists (an
# obligation too: "drinkwaterbedrijven moeten op grond van de wet al een plan opstellen").
IN_PLACE = _words(
    "ingezet gestart begonnen uitgevoerd geregeld voorzien opgenomen ingevoerd gerealiseerd "
    "opgepakt opgezet ingericht ontwikkeld geïmplementeerd verankerd vastgelegd afgesproken "
    "toegepast genomen getroffen gang invulling uitvoering vorm aandacht gewerkt bezig onderdeel "
    "deel praktijk gebruikelijk gangbaar beleid mogelijk plaats gebeurt gebeuren loopt lopen "
    "bestaat bestaan bestaande werken werkt werk inzet aanpak programma traject pilot opgevolgd "
    "overgenomen kracht staand jaren tijd sinds zet zetten maatregelen gevolg gegeven voldaan "
    "gebruikmaken gebruik beschikbaar verplicht moeten moet dienen dient "
    # "Dit doe ik al.", "Dat is al het geval": what is asked is done already
    "doe doet doen gedaan geval "
    # "de regie ligt daarmee al bij het Rijk", "Een vaste contactpersoon kent RVO al"
    "ligt liggen kent kennen"
    # "De eerste aanbeveling voer ik al uit" (the first person of an act in place; round 42)
    " voer"
    # "Het voorontwerp voorziet hier al in"
    " voorziet voorzien"
    # "De wet biedt gemeenten die mogelijkheid al", "Gemeenten hebben die bevoegdheid nu al"
    " biedt bieden mogelijkheid mogelijkheden bevoegdheid bevoegdheden"
    # "Leerlingen hebben via de medezeggenschapsraad al instemmingsrecht op de schoolregels" (a right held; round 48)
    " recht rechten instemmingsrecht adviesrecht inspraakrecht"
    # "Een volledig dossier bij vertrek is al de norm", "Twee beoordelaars is inmiddels standaard"
    " norm standaard"
    # "dat de beroepsgroep deze aanbeveling al uitvoert"
    " uitvoert voert"
    # a choice made before: "dat het kabinet al in 2022 heeft gekozen voor een prioritering van …"
    " gekozen"
    # a rule that applies already: "Voor alleenwerkers geldt al een zorgplicht van de werkgever", "Een dekkingsvoorstel
    # is al vereist op grond van de Comptabiliteitswet"
    " geldt gelden vereist"
    # what the law already forbids or allows: "Wie zo'n middel bezit, is nu al strafbaar", "Dat is al verboden" (round 58)
    " strafbaar verboden toegestaan"
)
# What is asked, said to be settled by the measure just named: "De voortzetting waarom de onderzoekers vragen, is daarmee
# geregeld", "Daarmee is in deze behoefte voorzien" (in place; "hiermee"/"daarmee" point at what exists).
SETTLED_BY_THAT = _words("daarmee hiermee")
SETTLED_PARTICIPLES = _words(
    "geregeld voorzien ondervangen gewaarborgd geborgd vastgelegd gedekt voldaan tegemoetgekomen"
)  # ("Aan deze aanbeveling is daarmee voldaan")
# Action taken, in the perfect: "Op 567 van deze aanbevelingen hebben de ministers actie ondernomen", "De partijen
# hebben … stappen ondernomen" (in place; "nog geen actie ondernomen" is not).
TAKEN = "ondernomen"
ACTION_NOUNS = _words("actie acties stappen maatregelen")
HAVE_AUX = _words("heb heeft hebben is zijn")
# A rule written down already, with "al": "Een motiveringsplicht staat al in de wet", "Die eis staat al in het
# Bouwbesluit" (the verb "staat" with "in" and a document of rules; not "staat al onder druk").
STANDS = _words("staat staan")
RULE_DOCUMENT_ENDINGS = (
    "wet", "besluit", "regeling", "richtlijn", "cao", "code", "handreiking", "protocol", "verordening", "reglement",
    "circulaire", "kader", "beleidsregel", "convenant",
)  # fmt: skip
# "sindsdien" after a measure told in the sentence before: "In elke brief staan sindsdien een telefoonnummer en …" (in
# place, weak like "sinds").
SINCE_THEN = "sindsdien"
# A comparison before a relative clause: "…, vergelijkbaar met de eis die nu al geldt voor dierenpensions" (what is
# in place there is the model, not the answer).
COMPARED_WITH = _words("vergelijkbaar vergelijkbare gelijk gelijke dezelfde hetzelfde")
# A past participle: "ingezet", "opgezet", "vastgelegd", "gegeven". Nouns of the same shape are
# excluded in NOT_PARTICIPLES.
PARTICIPLE = re.compile(
    r"(?:aan|af|in|op|uit|mee|vast|voor|door|toe|over|bij|na|om|samen|terug)?ge[a-zäëïöü]{2,}[dt]", _I
)
NOT_PARTICIPLES = _words("gebied gezondheid geld gemeent geheid gevoelt")
# Work under way without "al": "Ook met het aanscherpen van beleid daarover is het kabinet bezig",
# "dat zorgministers … daar nu mee bezig zijn". Next to an adoption in the same sentence the adoption
# stands: "nemen we die aanbevelingen over en zijn we bezig ze uit te voeren".
BEZIG = "bezig"
# "sinds 2024", "sinds januari 2025", "sinds de invoering van …", "sinds vorig jaar": a measure in
# place (weak), unless the clause tells of a change in the world ("is sinds 2020 gestegen").
SINCE = "sinds"
SINCE_NEXT = _words(
    "de het vorig vorige enige kort begin medio eind januari februari maart april mei juni juli augustus "
    "september oktober november december dit deze die"
)
# The relative pronouns that open a clause on a noun of the dated measure's sentence: a plan told there ("een overzicht
# van de gronden die het RVB wil afstoten") is not the measure's time (round 63).
SINCE_RELATIVE_OPENERS = _words("die dat waarin waarop waarmee welke")
SINCE_CHANGE = _words(
    "gestegen gedaald toegenomen afgenomen verdubbeld gegroeid gehalveerd verslechterd verbeterd "
    "stijgt daalt groeit veranderd verschoven"
)
# "neemt" tells of a change only with its particle: "het aantal neemt sinds 2020 toe" (not "De inspectie neemt dit
# sinds januari mee in haar toezicht", a measure in place).
SINCE_CHANGE_NEMEN = _words("neemt nemen")
# What exists already, with "er" right before "al": "Een jaarlijkse externe toets is er al", "Zulke afspraken zijn er al
# in twaalf regio's" (in place; round 48).
THERE = "er"
IS_ARE = _words("is zijn")
# A finite "laat" after a dated "sinds" tells a practice, not a plan (`FUTURE`): "Sinds 2026 laat ik de voortgang elk
# jaar toetsen door een onafhankelijk bureau" (in place; round 48). Not "laten": "Sinds 1 juli 2025 kan iedereen zijn
# adres laten afschermen" is what may be done.
SINCE_PRACTICE_VERBS = _words("laat")
SINCE_CHANGE_PARTICLES = _words("toe af")
BEZIG_WITH = _words("met mee hiermee daarmee ermee waarmee te")
# A measure set up at a past date, in the perfect: "De IND heeft in juni 2026 een apart team ingericht voor de
# oudste zaken", "Vorig jaar is de inspectie gestart met een programma": in place (weak, like "sinds": an adoption
# or a rejection in the same sentence wins). The date is "in" or "per" + a month or year ("per 1 januari 2026"), or
# "vorig(e)/afgelopen jaar".
DATED_MEASURE_PARTICIPLES = _words(
    "ingericht opgezet gestart begonnen ingevoerd ingesteld opgericht aangesteld uitgebreid geopend gelanceerd"
    # a rule laid down: "… heeft de eisen per 1 januari 2026 landelijk vastgelegd in het Bbl"
    " vastgelegd"
    # an agreement made: "De waterschappen hebben in 2025 afgesproken om één landelijke systematiek te hanteren" (round 64)
    " afgesproken"
)
DATED_MEASURE_AUX = _words("heeft hebben is zijn")
# The first word of a phrase set off by commas inside such a perfect: "RVO heeft dat aanspreekpunt in september 2026,
# vooruitlopend op de evaluatie, ingericht" (a present participle, "-end", or one of these prepositions; round 50).
INSERTED_PHRASE_OPENERS = _words("op in na met samen mede onder vooruitlopend conform overeenkomstig")
DATED_MEASURE_CUE = "in jaar ingericht"
# "pas" in that clause makes the date a reason ("omdat de projecten pas in 2024 zijn gestart": only recently, too soon
# to judge), not a measure in place (since round 39).
ONLY_RECENTLY = _words("pas")
PAST_YEAR_WORDS = _words("vorig vorige afgelopen")
# … not in a relative clause after a comma (`RELATIVE_OPENERS`): "het IPO, dat in juni 2027 een werkgroep heeft
# ingesteld" tells of another body.
MONTHS = _words("januari februari maart april mei juni juli augustus september oktober november december")
# A measure completed, in the perfect passive: "De door de raad bepleite meldplicht is per 1 januari
# ingevoerd", "is de voorgenomen versobering gerealiseerd" (not "wordt volgend jaar doorgevoerd"); "Ter uitvoering
# van deze aanbeveling zijn maatregelen vormgegeven", "Er zijn maatregelen getroffen" (round 34).
COMPLETED = _words(
    "gerealiseerd doorgevoerd geïmplementeerd ingevoerd vormgegeven getroffen gegaan uitgevoerd opgevolgd"
)
# "uitgevoerd"/"opgevolgd" only with a recommendation as the subject before the verb: "Aanbeveling i is volgens de OESO
# uitgevoerd" (in place; not "Het onderzoek is uitgevoerd door …").
CARRIED_OUT = _words("uitgevoerd opgevolgd")
# "gegaan" only as "van start gegaan": "De evaluatie waar de raad om vraagt, is in september 2025 van start gegaan".
STARTED = ("van", "start")
PERFECT_AUX = _words("is zijn")
NOT_YET_DONE = _words("wordt worden werd werden zal zullen moet moeten dient dienen kan kunnen")
# Policy that already exists: "sluit aan bij bestaand beleid", "past binnen het bestaande beleid",
# "in lijn met het ingezette beleid", "Dit is staand beleid".
POLICY_ADJECTIVES = _words("bestaand bestaande staand huidig huidige ingezet ingezette lopend lopende")
POLICY_NOUNS = _words(
    "beleid aanpak praktijk koers lijn inzet programma programma's trajecten traject initiatieven "
    "werkwijze regelgeving wetgeving instrumentarium instrumenten regeling regelingen maatregelen "
    "afspraken kaders"
)
# Words that link a recommendation to existing policy ("sluit aan bij", "in lijn met", "past
# binnen", "maakt deel uit van", "conform").
POLICY_LINKS = _words(
    "sluit sluiten aansluit aansluiten aan lijn past passen binnen conform overeenkomstig "
    "onderdeel deel via voort al reeds"
)

# A practice just described, continued: "Het kabinet zet die praktijk voort", "De NVWA zet deze werkwijze voort" (in
# place: the verb, a demonstrative before a policy noun, and the particle in one clause; in the gold 5 of 6 such answers
# are in place, the sixth a part; round 52).
CONTINUE_PARTICLE = "voort"
CONTINUE_VERBS = _words("zet zetten")
PRACTICE_DEMONSTRATIVES = _words("deze die dit dat")

# Aligning with what a relative clause says is established: "De aanbevelingen sluiten aan bij de afwegingsprincipes
# die in de Nota Ruimte zijn vastgelegd", "Het advies sluit aan bij de koers die het kabinet heeft ingezet" (already
# in place; not "sluit aan bij de ambities van het kabinet").
ALIGNS = _words("sluit sluiten")
ESTABLISHED = _words("vastgelegd ingezet afgesproken ingevoerd opgenomen geregeld uitgewerkt gestart")

# --- noted -----------------------------------------------------------------------------------

# "neem ik kennis van", "heeft kennisgenomen van", "voor kennisgeving aangenomen"
KENNIS_FUSED = frozenset({"kennisgenomen", "kennisnemen", "kennisgeving", "kennisname"})
# Taking note "met belangstelling / met waardering" is the courtesy that opens a reaction, no stance:
# "Het kabinet heeft met veel waardering kennisgenomen van het rapport", "Met belangstelling heb ik
# kennisgenomen van het verslag".
COURTESY = _words("belangstelling interesse waardering genoegen")
# Such a courtesy is what `classify_stance` calls noted (the sentence says the report was noted); in a letter it
# opens the reaction and decides on no single recommendation, so `classify_sentence` reads it only when asked.
COURTESY_CUE = "met belangstelling kennisgenomen"
# The same courtesy said with reading: "Met interesse heeft het kabinet het advies gelezen".
READ_WITH_COURTESY = _words("gelezen")
# "betrekken bij" with "bij" fused before the verb: "Hierbij wordt ook de aanbeveling van de
# Gezondheidsraad betrokken", "Daarbij betrek ik ook het advies van de raad".
BIJ_ADVERBS = _words("hierbij daarbij waarbij")
# "kijken naar" as a deferral: "ik vind dat we er goed naar moeten kijken", "Ik ga zorgvuldig kijken
# naar de aanbevelingen" (noted).
KIJKEN = _words("kijk kijkt kijken")
NAAR_WORDS = _words("naar ernaar hiernaar daarnaar")
# "weegt … af" defers; "weegt zwaar mee" does not ("Voor het kabinet weegt het advies altijd zwaar mee").
WEGEN = _words("weeg weegt")
NEMEN = _words("neem neemt nemen nam namen genomen te")
# "betrek ik bij", "wordt betrokken bij" (not "de betrokken partijen")
BETREKKEN = _words("betrek betrekt betrekken betrok betrokken")
BETROKKEN_AUX = _words("wordt worden word werd werden zal zullen heb heeft hebben is zijn")
# Decisions deferred: "wil eerst nagaan of …", "gaat dit nader bezien", "beraadt zich", "laat onderzoeken of", "zal bestuderen".
DEFER_VERBS = _words(
    "bezien bezie beziet verkennen verken verkent onderzoeken onderzoekt bestuderen bestudeer "
    "bestudeert overwegen overweeg overweegt beraden beraad beraadt bekijken bekijk bekijkt afwegen "
    "weeg weegt beoordelen beoordeel beoordeelt uitzoeken analyseren analyseer analyseert "
    "heroverwegen verkend nagaan overzien overzie overziet"
)
# "nagaan" split by its subject and partners, a question after the particle: "De minister gaat met de VNG en de PO-Raad
# na of een regionaal aanspreekpunt haalbaar is", "Ik ga met het IPO na hoe …" (noted: the decision waits on it; gold:
# 19 of 27 such answers by the government noted, the others carry a cue of their own; round 54).
INQUIRY_PARTICLE = "na"
GO_FORMS = _words("ga gaat gaan")
# "onderzoeken" as the plural noun after a determiner or an adjective: "Beide onderzoeken laten zien dat …", "de
# eerdere onderzoeken" (the studies, no deferral).
STUDIES_NOUN = "onderzoeken"
STUDIES_DETERMINERS = _words(
    "de deze die beide twee drie vier vijf alle hun zijn haar onze mijn uw veel meerdere verschillende eerdere "
    "andere recente beide"
)
# The same study said in the first person of "onderzoek" (also a noun: only before "of"/"hoe"/… or beside "ik"/"wij")
# and in the passive ("Daarnaast wordt onderzocht of …", "zal worden onderzocht hoe …", "wordt nader bekeken"):
# the decision waits on it (noted).
STUDY_FIRST_PERSON = "onderzoek"
STUDIED_PARTICIPLES = _words("onderzocht bekeken bezien verkend nagegaan uitgezocht geanalyseerd bestudeerd")
STUDY_PASSIVE_AUX = _words("wordt worden zal zullen")
STUDY_QUESTION = _words("of hoe welke wat waarom wanneer hoeverre")
# Mapping what a step takes, with a question after it: "Ik breng in kaart wat een digitale melding vraagt", "laat in
# kaart brengen hoe …" (noted: the decision waits on it; not "breng … in kaart" with an object alone, an act).
MAPPED = "kaart"
BRENGEN = _words("breng brengt brengen gebracht")
MAPPING_VERBS = _words("brengen te laten")
REPORT_NOUNS_STUDIED = _words("onderzoek rapport studie advies evaluatie verkenning analyse")
# Consulting others first defers the decision: "Of Nederland een eigen voorstel doet, wil ik eerst bespreken met de
# andere lidstaten", "Ik wil dit eerst met de sector bespreken" (noted; only with "eerst": "Ik bespreek dit in het
# overleg van mei" is an act, read elsewhere).
CONSULT_FIRST = _words("bespreken bespreek bespreekt overleggen overleg overlegt voorleggen")
# … and so does consulting others on the recommendation itself, with or without "eerst": "Wel bespreek ik de
# aanbeveling in januari met de VNG", "Ik zal het advies met de provincies bespreken" (noted).
CONSULT_ON_IT_CUE = "bespreekt de aanbeveling"
# A study verb negated with "kan" or a word for "now" says the judgement is not yet possible, not that
# the recommendation is declined: "Of een vergoeding nodig is, kan ik op dit moment niet beoordelen",
# "Dat kan ik nu niet overzien" (noted, like "nog niet"; "Ik zal dit niet onderzoeken" declines).
UNABLE_NOW = _words("kan kunnen nu thans momenteel moment vooralsnog voorlopig")
# A rejection said to hold for now: "Aan de vierde aanbeveling kan ik op dit moment geen gevolg geven", "neem ik
# vooralsnog niet over". Beside a sentence that leaves the decision to a later moment ("Pas als dat advies er is, kan ik
# beoordelen …") the passage defers (noted, `settle_passage`); alone it declines (round 47).
# A rejection for the rest, after a part taken up: "Op de drie grootste oefenterreinen … volg ik dit advies: …. Voor de
# kleinere terreinen … is dat niet doelmatig" (the passage adopts a part; round 50).
FOR_THE_REST = re.compile(
    r"^\W*(?:Voor|Bij|Op|In)\s+(?:de|het)\s+(?:kleinere|kleine|overige|andere|resterende|minder\s+\w+|lichtere)\b",
    re.IGNORECASE,
)
# A group set apart from the verdict just given: "Voor zware wapens ligt dat anders.", "Bij wedstrijden ligt dat anders",
# "…, maar bij een zeventienjarige ligt dat anders", "Voor de beroepsteelt ligt het echter anders dan voor de consument".
# The verdict holds for the rest and not for the group (or the reverse): in the gold answers 30 of 31 such sentences sit
# in a recommendation's answer read partly_adopted, the other one already_in_place (round 55). Not a recommendation
# named ("Voor de tweede aanbeveling ligt dat anders": the next answer, `RECOMMENDATION_NAMED_GROUP`).
# (Also a place: "In Indonesië en Liberia ligt dat anders: daar …" after the answer for Ghana (holdout369; round 63);
# not "In de praktijk ligt dat anders", reality against a plan.)
GROUP_SET_APART = re.compile(
    r"(?:^\W*|\bmaar\s+)(?:Voor|Bij|In(?!\s+(?:de\s+)?(?:praktijk|werkelijkheid|theorie)\b))\s+"
    r"(?P<group>[^.;:]{2,140}?),?\s+ligt\s+(?:dat|het|dit)\s+"
    r"(?:echter\s+|wel\s+|juist\s+)?anders\b",
    re.IGNORECASE,
)
# The measure asked for, made general and weighed as a hypothetical: "Een meldplicht voor iedere uitgever zou ook de kleine
# zelfstandige treffen", "Een renteloze lening voor alle huishoudens zou … kosten". A choice of our own beside it ("Het
# kabinet kiest daarom voor een meldplicht voor uitgevers die …") takes the measure up for a part: in the gold answers
# (round 60) none of 44 passages with such a sentence reads adopted (26 partly_adopted, 18 rejected).
HYPOTHETICAL_FOR_ALL = re.compile(
    r"^\W*(?:Een|Het|De)\s+[^.;:]{2,80}?\b(?:voor|van|bij|op|aan)\s+(?:iedere|ieder|alle|elke|elk)\b[^.;:]{0,160}?"
    r"\bzou(?:den)?\b",
    re.IGNORECASE,
)
# The kinds of adoption (`agreement_kind`) that such a hypothetical makes a part: a choice or a concession of our own.
OWN_FORM_KINDS = frozenset({"variant", "concession", "lesser"})
# A thing declined that the report says it did not ask for: "Een aparte publiekscampagne, waar de onderzoekers niet om
# vragen, begin ik niet" (a refusal beside the recommendation, not of it: no stance; holdout411, round 67).
NOT_ASKED_BY_REPORT = re.compile(
    r",\s*waar\s+(?:(?:de|het)\s+[\w-]+|zij|hij)\s+(?:overigens\s+|ook\s+|zelf\s+)?niet\s+om\s+"
    r"(?:vraagt|vragen|vroeg|vroegen|heeft\s+gevraagd|hebben\s+gevraagd)\s*,",
    re.IGNORECASE,
)
# What the report asks placed with someone else first, before a step of our own: "Scholing van leraren is in de eerste
# plaats een taak van de schoolbesturen. Wel neem ik … op" (a part, not the whole; holdout409, round 67). In the gold
# answers (round 67) no passage with such a sentence and a choice or concession of our own reads adopted (four
# partly_adopted, one rejected, one already_in_place). Not the government's own task ("een taak van het Rijk") and not
# negated ("is niet de taak van de scholen").
TASK_OF_OTHERS = re.compile(
    r"\b(?:is|zijn|blijft|blijven)\s+(?:(?:en\s+blijft\s+)?(?:in\s+de\s+eerste\s+plaats|primair|vooral|bij\s+uitstek)\s+)?"
    r"(?:een|de)\s+(?:taak|zaak|verantwoordelijkheid)\s+(?:van|voor)\s+(?!(?:het\s+)?(?:rijk|kabinet)\b|de\s+"
    r"(?:rijksoverheid|overheid|minister|staatssecretaris)\b|mij\b|ons\b)",
    re.IGNORECASE,
)
RECOMMENDATION_NAMED_GROUP = re.compile(
    r"\b(?:aanbeveling(?:en)?|advies|punt|voorstel|deel|aandachtspunt)\b", re.IGNORECASE
)
# The measure asked for, put first and declined as not needed: "Voor een verdubbeling van het aantal controles ziet het
# kabinet daarom geen aanleiding", "Voor een landelijk meldpunt zie ik geen aanleiding", "Het kabinet ziet daarvoor geen
# aanleiding" (in the blind stance readings, 8 of 8 such passages beside a measure in place read rejected, while "Ik zie
# daarom geen aanleiding voor aanvullende maatregelen" beside one reads already_in_place in 39 of 64; round 51).
MEASURE_DECLINED_FIRST = re.compile(
    r"^\W*Voor\s+(?:een|het|de)\s[^,.;:]{2,120}?\b(?:zie|ziet|zien)\s+(?:ik|wij|we|het\s+kabinet|de\s+\w+)\s+"
    r"(?:\w+\s+){0,2}?geen\s+(?:aanleiding|reden|noodzaak)\b"
    r"|\b(?:zie|ziet|zien)\s+(?:ik|wij|we|het\s+kabinet)?\s*daarvoor\s+(?:\w+\s+){0,2}?geen\s+(?:aanleiding|reden|noodzaak)\b"
    r"|\bzie\s+daarvoor\s+geen\s+(?:aanleiding|reden|noodzaak)\b",
    re.IGNORECASE,
)
FOR_NOW = re.compile(
    r"\b(?:op\s+dit\s+moment|vooralsnog|voorlopig|(?:nu|thans|momenteel)\s+nog)\b", re.IGNORECASE
)
# The decision put off until something has happened: "Pas als dat advies er is, kan ik beoordelen …", "Eerst wanneer
# de evaluatie gereed is, besluit ik …", "Zodra de cijfers bekend zijn, neem ik een besluit" (a noted sentence that
# leaves the verdict for later, not a measure of its own: "De staatssecretaris laat wel onderzoeken of …").
# Also a decision said to wait on it: "Ik wil eerst weten of dat ontvangstbewijs volstaat voordat ik over een folder
# beslis" (round 61).
JUDGED_LATER = re.compile(
    r"^(?:Pas|Eerst|Zodra)\b|\bpas\s+(?:als|wanneer|nadat|na)\b"
    r"|\bvoordat\s+(?:ik|wij|we|het\s+kabinet)\b[^.;]{0,80}?\b(?:beslis|beslist|beslissen|besluit|besluiten)\b",
    re.IGNORECASE,
)
# "naar het oordeel van …" is an opinion, no standpoint to come: "Naar het oordeel van het kabinet gaat … reeds een
# afschrikwekkende werking uit" (since round 41).
IN_THE_OPINION_OF = "naar"
OPINION_DETERMINERS = _words("het mijn ons zijn haar")
# "neemt … in overweging", "houdt rekening met", "komt met een standpunt", "nog geen standpunt"
STANDPOINT = frozenset(
    {"standpunt", "kabinetsstandpunt", "standpuntbepaling", "besluit", "oordeel", "uitspraak", "uitspraken",
     # the government's assessment, as of a motion: "Mijn appreciatie van de vijfde aanbeveling stuur ik u na …"
     "appreciatie"}
)  # fmt: skip
HOUDEN = _words("houd houdt houden hield gehouden")
# Giving what exists a chance first, the recommendation's measure held back: "Die modelregeling wil ik eerst een kans
# geven", "De sector krijgt eerst de kans om …" (noted: the decision waits on how it works out).
CHANCE = "kans"
CHANCE_FIRST = _words("eerst")
CHANCE_VERBS = _words("geven geef geeft krijgen krijgt gun gunnen gunt")
CHANCE_FIRST_CUE = "eerst een kans"
# Not yet decided, said plainly: "Over de tweede aanbeveling ben ik nog niet uit", "Daar is het kabinet nog niet uit"
# (clause-final, with a form of "zijn" and the government as subject).
NOT_YET_OUT = ("nog", "niet", "uit")
# Verbs beside "geen besluit/standpunt" that make it one not (yet) taken: "Ik neem daar nu geen besluit
# over", "kan ik nu geen standpunt innemen", "Het kabinet bepaalt nu geen standpunt" (with `NEMEN`).
STANDPOINT_TAKING = _words("innemen inneemt bepaal bepaalt bepalen doe doet doen")
# Taking a report seriously acknowledges it without deciding: "zegt de Onderzoeksraad zeer serieus te nemen".
SERIOUS = "serieus"
SERIOUS_OBJECTS = _words(
    "rapport rapporten onderzoek advies adviezen aanbeveling aanbevelingen signalen kritiek"
)
# Not anticipating a later outcome defers the answer: "Ik wil niet vooruitlopen op de uitkomsten van
# de evaluatie", "Daarop loop ik niet vooruit" (negated: a deferral, not a rejection).
VOORUIT = _words("vooruitlopen vooruitloop vooruitloopt vooruit")
VOORUIT_OP = _words("op daarop hierop erop waarop")
# … nor going into it yet: "Hij wil nog niet ingaan op de kritiek van de Onderzoeksraad" ("nog niet" right before;
# since round 41).
INGAAN = _words("ingaan")
# … nor saying or judging yet: "Het is te vroeg om nu al iets te zeggen over de reactie van het kabinet" ("te vroeg
# om" before it; since round 41).
TOO_EARLY_TO_SAY = _words("zeggen oordelen beoordelen reageren uitspreken concluderen")
# Talking first to others before deciding: "Over deze aanbeveling ga ik eerst in gesprek met de sector".
GESPREK = "gesprek"
# … or being in talks about it now: "Over het aanpassen van de contracten ben ik met de provincies in gesprek".
IN_TALKS_AUX = _words("ben zijn is blijf blijven blijft")
# Wanting to know first: "Ik wil eerst weten hoe cliëntenorganisaties hierover denken" (noted).
KNOW = "weten"
WANT = _words("wil willen")
# The recommendation put before another minister: "Ik heb de aanbeveling daarom aan haar voorgelegd" (noted).
PUT_BEFORE = "voorgelegd"
OTHER_MINISTER_OBJECTS = _words("haar hem minister staatssecretaris collega collega's bewindspersoon")
# The matter left to others by "is aan …": "Het is aan hen om te bepalen of …", "De aanbeveling aan de gemeenten is aan
# hen", "Het is niet aan de regering daarover een oordeel te geven" (noted: not ours to decide).
UP_TO_OTHERS = _words(
    "hen hun haar hem gemeenten provincies waterschappen werkgevers scholen instellingen sector"
)
NOT_OURS_TO = _words("regering kabinet rijk minister")
UP_TO_NEXT = _words("om te zelf daarover hierover")
# Leaving the decision to the next cabinet defers it: "zal de reactie aan het volgende kabinet worden
# overgelaten", "laat dit over aan een nieuw kabinet".
CABINET = "kabinet"
NEXT = _words("volgend volgende nieuw nieuwe komend komende")
# What comes before "een volgend kabinet" when the decision is left to it: "aan", "naar" ("schuift …
# door naar een volgend kabinet"), "zodat"/"dat" (the next cabinet acting: "zodat een nieuw kabinet …").
TO_NEXT_CABINET = _words("aan naar zodat dat")
# A recommendation that needs further study, in the government's words, is not yet decided: "De
# voorstellen vergen nader onderzoek", "Dit vraagt om nadere uitwerking", "behoeft nadere analyse".
STUDY_NOUNS = _words("onderzoek studie uitwerking analyse verkenning bestudering")
NADER = _words("nader nadere")
REQUIRES = _words("vergt vergen vraagt vragen behoeft behoeven verdient verdienen vereist vereisen")
# What needs the study: a recommendation, or "dit"/"deze" pointing to one ("Dit vergt nader onderzoek");
# not another study ("Het onderzoek vergt nader onderzoek naar de oorzaken" is about the research).
STUDIED_REFERENTS = _words("dit dat deze hiervan daarvan")
# Nothing new needed for what is asked, the verb of need before "geen": "Met de derde aanbeveling ben ik het
# eens, maar zij vraagt geen nieuwe stap", "Dit vergt geen aanvullend beleid" (already in place).
NOTHING_NEW_ADJECTIVES = _words("nieuwe nieuw aanvullende aanvullend extra andere ander verdere nadere")
NOTHING_NEW_NOUNS = _words(
    "stap stappen actie acties maatregel maatregelen beleid inzet regeling regelgeving wetgeving aanpassing "
    "aanpassingen wijziging wijzigingen"
)
NOTHING_NEW_CUE = "vraagt geen nieuwe stap"
# Its subject may be the recommendation ("zij", "dit"), not the adviser ("De raad vraagt geen nieuwe wetgeving").
NOTHING_NEW_PRONOUNS = _words("zij ze hij het dit dat deze die")
# "zal uw Kamer nader informeren" over a recommendation: the answer comes later.
INFORM = _words("informeren informeer informeert berichten bericht")
# … about the recommendation itself, named first, at a time to come: "Over de derde aanbeveling informeer ik uw Kamer in
# het najaar" (the answer deferred: noted; not "Over de uitvoering van deze aanbeveling informeer ik …", a report on it).
ABOUT_RECOMMENDATION_FIRST = _words("over op")
# A reference that points further on in the letter is no stance: "kom ik later in deze brief terug".
FORWARD = frozenset({"hieronder", "hierna", "verderop", "straks", "paragraaf", "brief"})

# --- weighting across sentences (the pipeline) -----------------------------------------------

# Label strength when several sentences carry a stance: a rejection or a partial adoption is the
# more informative answer ("neem ik over" in one sentence, "een wet acht ik niet nodig" in the next).
# Agreement with the report's analysis rather than its recommendation ("Ik deel de zorgen van de
# inspectie", "Het kabinet onderschrijft het doel"): in a passage that also says the measure
# already exists ("Er bestaat al een meldpunt") the passage's stance is already_in_place, and next
# to a rejection it does not make the answer a partial adoption. Counted as weak only in a sentence
# that names no recommendation (see STANCE_SUBJECT).
# Noted cues that say the decision is still open: beside a measure partly in place or agreement with the
# aim only, they make the passage noted ("Over X heeft het kabinet nog geen besluit genomen").
UNDECIDED_CUES = frozenset({"nog geen besluit", "nog geen standpunt", DECISION_LATER_CUE, DEPENDS_CUE})
WEAK_AGREEMENT_CUES = frozenset(
    {"delen", "onderschrijven", "herkennen", "erkennen", "steunen", "verwelkomen", "omarmen",
     "het belang zien", "het eens zijn", "zich vinden in",
     # "Met de inspectie vind ik dat de kwaliteit niet mag lijden …": the report's view shared, see SHARED_VIEW_OPENERS
     "met de auteur van mening",
     # "Dat partners in een aantal gemeenten niet welkom zijn, vind ik onwenselijk": the problem found, judged bad
     "het probleem afgekeurd",
     # "Dat veel omwonenden dit bureau niet kennen, neem ik ter harte": a finding taken to heart (a recommendation named
     # stays an adoption: "Deze aanbeveling neem ik ter harte"; round 66)
     "ter harte nemen"}
)  # fmt: skip
PROBLEM_JUDGED_CUE = "het probleem afgekeurd"
# A fronted dat-clause that states a fact (a negation or "nog" in it, no modal): "Dat partners en kinderen in een
# aantal gemeenten niet welkom zijn, vind ik onwenselijk" judges the problem the report found, so it agrees with the
# report; "Dat iedere gemeente een basisprogramma moet gebruiken, vind ik onwenselijk" judges what is proposed.
FACT_MARKERS = _words("niet geen nooit nog")
PROPOSAL_MODALS = _words(
    "moet moeten moest moesten zou zouden kan kunnen mag mogen dient dienen wordt worden gaat gaan"
)

# A rejection of going further than what exists: "Ik zie daarom nu geen aanleiding om verder te gaan", "Verdergaande
# maatregelen acht ik niet nodig" (the recommendation asks more than is in place and that is declined: beside a
# sentence on what exists the passage is rejected, not already_in_place; since round 38).
BEYOND_WHAT_EXISTS = re.compile(r"\bverder\s+(?:te\s+)?gaan\b|\bverdergaande?\b", re.IGNORECASE)

# Rejections that say a measure is not needed ("Een aparte regeling is niet nodig", "Ik zie geen
# aanleiding voor een nieuwe wet"): next to a sentence saying it is already done ("Hier wordt al
# aan voldaan") the passage's stance is already_in_place, unless the rejection names the
# recommendation itself ("Deze aanbeveling neem ik niet over").
NEED_CUES = frozenset(
    {"geen aanleiding", "geen noodzaak", "geen meerwaarde", "geen behoefte", "niet nodig",
     "niet noodzakelijk", "onnodig",
     # "Sinds 2023 financiert het ministerie een noodloket. … ziet geen reden om daarnaast een nieuw loket op te zetten"
     "geen reden"}
)  # fmt: skip

# Rejections that decide on the recommendation as a whole ("Aanbeveling 4 neem ik niet over"), as
# against a judgement of one of its details ("Meetbare doelen in iedere overeenkomst gaan mij te
# ver", "is niet haalbaar"): only the latter, next to a variant the government chooses instead
# ("Wij kiezen voor een vrijwillige pool"), makes a passage partly_adopted.
WHOLE_REJECTION_CUES = frozenset(
    {"niet overnemen", "niet opvolgen", "afwijzen", "niet volgen", "niet overgaan tot", "niet overgaan op", "niet instemmen",
     "niet uitvoeren", "naast zich neerleggen", "ontraden", "laten rusten", "in de wind slaan", "afzien",
     "van de hand wijzen", "afwijken van", "terzijde schuiven", "verwerpen", "ingaan tegen", "blijft zelf bepalen",
     "niet kiezen voor", "kiest een andere weg", "geen aanleiding", "blijft bestaan", "vasthouden aan",
     "handhaaft het huidige", CONFLICT_WHOLE_CUE}
)  # fmt: skip

# Keeping what is, the change declined: beside them "de huidige aanpak" names what is kept, not a
# measure already in place ("Ik houd daarom vast aan de huidige aanpak" is rejected).
KEEPING_CUES = frozenset({"vasthouden aan", "handhaaft het huidige"})

# A verdict on its own, as a table cell or a list item gives it: "Gedeeltelijk overgenomen.",
# "Niet overgenomen.", "Overgenomen." It is about the recommendation itself (weighted as naming it).
BARE_VERDICT = re.compile(
    r"^\W*(?:(?:gedeeltelijk|deels|grotendeels|volledig|niet|wel)\s+)?"
    r"(?:overgenomen|opgevolgd|gevolgd|uitgevoerd|afgewezen|aanvaard|onderschreven)\W*$",
    _I,
)

# Adoptions that introduce a measure of the government's own making rather than name the
# recommendation ("Wij kiezen voor een vrijwillige pool", "De toetsing voer ik in voor oefeningen in
# Nederland"): next to a rejected detail the passage is partly_adopted (see `settle_passage`).
# Another measure taken in the asked one's place: "In plaats daarvan richt het kabinet een coördinatiepunt in",
# "Ik zet in plaats daarvan in op voorlichting". A variant: beside a rejected detail or a shared aim it makes
# the stance partly_adopted; beside a rejection of the recommendation by name it stays rejected.
INSTEAD = "plaats"
INSTEAD_OF_THAT = _words("daarvan hiervan")
INSTEAD_CUE = "in plaats daarvan"
VARIANT_CUES = frozenset({"kiezen voor", "invoeren", INSTEAD_CUE})
# A choice set against what was asked, "in plaats van" and the thing named: "Ik kies voor een termijn van tien jaar in
# plaats van vijf" (a part of the recommendation kept, its form changed; round 66).
CHOSEN_INSTEAD_CUE = "kiest in plaats van"
# A lesser form of what was asked, chosen: "Het kabinet kiest daarom voor een lichtere variant", "Ik kies voor een
# kleinere steekproef" (a part kept; not "een andere weg", a rejection; round 66).
LESSER_FORMS = _words(
    "lichtere kleinere beperktere eenvoudigere soberdere soberder kortere lagere bescheidener"
)
LESSER_FORM_CUE = "kiest een lichtere vorm"
# "Wel verhoog ik het bedrag naar € 8.000" after a rejection of a detail: a part conceded. Next to
# "Dat gebeurt al" it is an addition to what is in place, and it never decides on its own.
CONCESSION_CUES = frozenset({"wel (een deel)"})
# A study conceded grants no part of the measure: "Wel laat ik in 2027 de gevolgen van varianten doorrekenen", "Wel
# onderzoek ik of …" (the decision stays open; the study words are read on their own, since round 38).
STUDY_CONCESSION_VERBS = _words(
    "onderzoek onderzoeken doorrekenen doorreken verken verkennen uitzoeken uitzoek bekijk bekijken bezie bezien"
)

# An elliptic affirmation after a rejection: "Een structurele rijksbijdrage neem ik niet over, een
# tijdelijke wel." (partly_adopted).
WEL = "wel"

#: The whole report or advice as the object of a sentence: "Het kabinet ziet het advies van de AIV als steun voor een
#: actieve Nederlandse inzet", "Ik dank de raad voor zijn rapport" (not "het advies om …", "het advies over de …": one
#: of its recommendations). In a paragraph linked to none, such a sentence is about the report, and a word it shares
#: with one recommendation ("Nederlandse") does not make it that one's verdict (round 45).
WHOLE_REPORT_OBJECT = re.compile(
    r"\b(?:het|dit|dat|zijn|haar|hun)\s+(?:advies|rapport|eindrapport|onderzoek|evaluatierapport|briefadvies)"
    r"(?:\s+van\s+(?:de|het)\s+[A-Z][\w-]*)?(?!\s+(?:om|over|op|tot|dat)\b)",
)

# A recommendation named by its number in brackets after an act of the government: "In het voorjaar
# breng ik een wetswijziging in consultatie die de analyse verplicht stelt (aanbeveling 1)". With a
# commitment in the sentence and no other stance, the act adopts it (see `kamerstuk.pipeline.stance`).
TAGGED_RECOMMENDATION = re.compile(r"\((?:zie\s+)?(?:aanbeveling|aanbevelingen|advies)\s+[0-9IVX]", _I)

# A part of a recommendation named in an adopting sentence: "Het eerste deel neem ik wel over",
# "Dit onderdeel van het advies neem ik over". With a rejection of another part elsewhere in the
# passage the answer is partly_adopted.
PART_NOUN = re.compile(r"\b(?:deel|onderdeel|onderdelen|gedeelte|element|elementen|punt)\b", _I)

STANCE_WEIGHT = {"rejected": 5, "partly_adopted": 4, "adopted": 3, "already_in_place": 2, "noted": 1}

# A stance sentence about the recommendation itself outweighs one about a detail of it:
# "De derde aanbeveling neem ik gedeeltelijk over" beats "Een garantieregeling acht ik niet nodig".
# Cues that name the recommendation only as the frame of an act ("Overeenkomstig de eerste
# aanbeveling bevat het programma …") do not count as being about it: an explicit verdict on the
# same recommendation elsewhere ("Aan deze aanbeveling wordt al invulling gegeven") outweighs them.
FRAME_CUES = frozenset(" ".join(seq) for seq in IN_LINE_WITH)
# The recommendation taken up by a pronoun object, not a possessive: "Ik onderschrijf haar en heb haar …", "Ik steun
# hem volledig" (the recommendation just named: no agreement with the analysis only; "Ik deel haar analyse" is).
RECOMMENDATION_PRONOUN_OBJECT = re.compile(
    r"\b(?:haar|hem)\b(?=\s*(?:[.,;:]|$)|\s+(?:en|maar|volledig|van\s+harte|graag|ook|dan\s+ook|daarom|wel|zeker|"
    r"dus|in\s+grote\s+lijnen|op\s+hoofdlijnen)\b)",
    _I,
)
# Cues that name the recommendation only to say whom it addresses: "Deze aanbeveling is gericht aan de instellingen."
# No verdict, so no weight for naming it: an agreement after it ("Ik onderschrijf haar en …") is the answer.
ADDRESSEE_CUES = frozenset({"gericht aan een ander"})
# The recommendation as the pronoun object of an adopting verb with its particle: "Zij neemt haar over en past …",
# "Ik volg hem op" (about the recommendation itself, as when it is named; round 45).
PRONOUN_OBJECT_VERDICT = re.compile(
    r"\b(?:neem|neemt|nemen|volg|volgt|volgen)\s+(?:(?:ik|wij|we|zij|hij|het\s+kabinet)\s+)?"
    # (adopting only: "Voor overdrachten … neem ik haar niet over" declines a part, weighed as it was)
    r"(?:haar|hem)\s+(?:(?!niet\b|geen\b)\w+\s+){0,2}?(?:over|op)\b",
    _I,
)
STANCE_SUBJECT = re.compile(
    # ("Het kabinet onderschrijft het kernadvies", "de deeladviezen"; not another document: "De AP heeft in een
    # eerder advies al bezwaren geuit")
    # (nor the fixed "op advies van": "… een aanwijzing gegeven, telkens op advies van de inspectie"; round 60)
    r"(?<!eerder\s)(?<!eerdere\s)(?<!vorig\s)(?<!vorige\s)(?<!\bop\s)\b(?:kern|hoofd|deel)?(?:aanbeveling|aanbevelingen|advies|adviezen|oproep|voorstel|beslispunt|beslispunten)\b",
    _I,
)

# A topic frame opening a sentence: it names what the sentence is about, not what the verb takes as
# its object: "Wat het eerste advies van het CPB betreft: ik deel de wens …" agrees with the aim only.
TOPIC_FRAME = re.compile(r"^\s*(?:Wat|Voor\s+wat)\s+[^:.;]{1,160}?\s+betreft\s*[:,]\s*", _I)

# A pointer back to an earlier answer, inside an answer to another recommendation: "Ik kies er daarom
# voor … te sturen met de norm die ik hierboven bij aanbeveling 2 heb genoemd" is not about the second.
BACK_POINTER = re.compile(
    r"\b(?:hierboven|eerder|hiervoor|zojuist)\s+(?:al\s+)?(?:bij|onder|in\s+(?:mijn|de)\s+reactie\s+op)\s+"
    r"(?:(?:de\s+)?aanbeveling(?:en)?\s+\d+|de\s+\w+\s+aanbeveling)\s+(?:\w+\s+){0,2}?"
    r"(?:genoemd|besproken|beschreven|toegelicht|aangekondigd)\b",
    _I,
)

# The government speaking in the first person: never the report's words. The pipeline keeps such a
# sentence even when the restated recommendation's text ran on into it ("… zie ik geen aanleiding …").
FIRST_PERSON = re.compile(r"\b(?:ik|wij|we|mijn|ons|onze)\b", _I)

# A stance sentence that names no recommendation by ordinal or number, in a paragraph that answers
# several, holds for all of them only when it says so: "Beide aanbevelingen neem ik over", "Het
# kabinet onderschrijft de aanbevelingen", "Deze drie adviezen neem ik over", "Ik neem ze alle
# over". A singular "deze aanbeveling" is about the recommendation the paragraph named last.
# One optional word between determiner and noun: linear time.
# A verdict on "alle aanbevelingen" with a negation says that some are not followed, not which: "Dat betekent niet dat
# het kabinet alle aanbevelingen volgt", "Niet alle aanbevelingen neem ik over" (no recommendation's stance by itself).
NOT_ALL_OF_THEM = re.compile(r"\bniet\b", re.IGNORECASE)
SHARED_STANCE = re.compile(
    r"\b(?:beide|alle|deze|de|die|bovengenoemde|genoemde|voornoemde|voorgaande)\s+(?:[a-zë]+\s+)?"
    r"(?:aanbevelingen|adviezen|oproepen|voorstellen|beslispunten)\b|\bbeide\b|\b(?:ze|die)\s+(?:alle|allemaal)\b",
    _I,
)

# A bulleted or numbered list whose items end in ";" is one sentence to the sentence splitter, but
# each item states its own stance: "- aanbeveling 3, zorg voor …: deels overgenomen;\n- aanbeveling 4,
# …: overgenomen;". Split after the ";" when a list marker follows (the marker stays with its item).
LIST_ITEM_BREAK = re.compile(r";\s+(?=[-•–*]\s|\d{1,2}[.)]\s|[a-z][.)]\s)")

# What is left of a list item once its restated recommendation is cut out, when it carries the
# government's verdict after a colon: "- aanbeveling 3, … : deels overgenomen;" (then read, not skipped).
VERDICT_TAIL = re.compile(r":\s*[^\W\d_]")

#: A reservation for one of the recommendations a sentence adopts together, after a comma: "Zowel de eerste
#: als de tweede aanbeveling neem ik over, de tweede met een kanttekening." (the first is adopted, the second
#: partly). Group "ord" is the one it is for, as the sentence counts them.
HEDGED_ONE_OF_THEM = re.compile(
    r",\s+(?:de|het)\s+(?P<ord>eerste|tweede|derde|vierde|vijfde|laatste)\s+"
    r"(?:met\s+(?:een\s+)?(?:kanttekening|kanttekeningen|voorbehoud)|onder\s+voorbehoud|onder\s+voorwaarden"
    r"|zij\s+het\b|gedeeltelijk|deels|voor\s+een\s+deel|alleen|slechts)\b[^.;]*[.;]?\s*$",
    re.IGNORECASE,
)
#: The place in the sentence's own count of each ordinal word of `HEDGED_ONE_OF_THEM` ("laatste": the last, -1).
HEDGED_PLACES = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "laatste": -1}
#: The places of `ELLIPTIC_ORDINAL_SUBJECT`'s ordinal words ("laatste": the last, -1).
ELLIPTIC_PLACES = {**HEDGED_PLACES, "zesde": 6}

#: An ordinal with its noun left out as the subject of the sentence, its verb right after it, in a
#: paragraph that has just named recommendations by ordinal: "Op de eerste twee aanbevelingen ga ik samen
#: in. Ik neem de eerste aanbeveling over: …. De tweede raakt aan de positie van de advocatuur, …" (the
#: second; "De tweede fase", a noun after the ordinal, is no such subject). Group "ord" is the ordinal word.
ELLIPTIC_ORDINAL_SUBJECT = re.compile(
    r"^\s*(?:De|Het)\s+(?P<ord>eerste|tweede|derde|vierde|vijfde|zesde|laatste)\s+"
    r"(?=(?:is|was|raakt|vraagt|vergt|vereist|verdient|behoeft|gaat|ligt|heeft|betreft|kan|zal|past|sluit|volgt"
    r"|kost|neem|neemt|volg|steun|onderschrijf|deel|acht|wijs|verwerp|zie|laat|leg|ga)\b)"
)

# A paragraph set apart from the report it follows: "Los van de evaluatie wijs ik erop dat de Gezondheidsraad dit jaar een
# advies uitbrengt …. Dat advies betrek ik bij …" (another advice, a motion, a question of the Kamer: in 184 of 184 such
# paragraphs of our gold none answers a recommendation). Unlinked, it gives no recommendation a stance (round 51).
SET_APART_OPENER = re.compile(r"^\W*Los\s+van\b")

# A paragraph giving verdicts on several recommendations by topic, without numbering them: "De
# jaarlijkse openstelling en een lichtere controle vooraf neem ik over, de laatste voor een deel.
# Rangschikken in plaats van loten neem ik niet over." Read by the stance component only with the
# words of two or more recommendations in it (see `kamerstuk.pipeline.stance`).
SUMMARY_VERDICT = re.compile(
    r"\b(?:neem|neemt|nemen)\b[^.]{0,80}?\bover\b|\b(?:onderschrijf|onderschrijft|omarm|omarmt|volg|volgt)\b",
    re.IGNORECASE,
)

# A sentence saying that something happens already, its subject what is asked: "Het richten van inspecties op
# poederverwerkende bedrijven gebeurt al." (read by the linker for a later verdict on another recommendation than the
# opening's; round 60).
IN_PLACE_STATED = re.compile(
    r"\b(?:gebeurt|gebeuren|bestaat|bestaan)\s+(?:er\s+)?(?:dus\s+|inmiddels\s+|ook\s+)?(?:al|reeds)\b",
    re.IGNORECASE,
)

# "doen" as a pro-verb: "Dit doe ik al" (in place), "X doe ik niet" (rejected); it reports a third
# party's words only with what a report does ("De raad doet vier aanbevelingen", see `REPORT_OBJECTS`).
DOEN = frozenset({"doe", "doet", "doen", "deed", "deden", "gedaan"})
# The act fronted and declined as not possible or not wanted, "niet" ending the clause: "Hen als partner opnemen kan
# ik echter niet", "Een apart fonds oprichten wil ik niet" (the infinitive before the modal; see `INFINITIVE_END`).
FRONTED_ACT_MODALS = _words("kan kunnen wil willen")
FRONTED_ACT_ADVERBS = _words("echter helaas daarom dus ook nu op dit moment")
INFINITIVE_END = re.compile(r"[a-zà-ÿ]{3,}en$")
# Words in -en before the modal that are no infinitive: "Die kosten kan ik niet", "Dat kan ik binnen het budget
# niet" (a noun, a pronoun, a preposition).
NOT_INFINITIVE_WORDS = _words(
    "kosten middelen mensen gemeenten burgers zaken eisen regelen redenen binnen boven beneden tegen"
)
# Beginnings of the objects a report "does": "aanbevelingen", "voorstellen", "een oproep", "bevindingen".
REPORT_OBJECTS = (
    "aanbevel",
    "voorstel",
    "suggesti",
    "oproep",
    "advie",
    "bevinding",
    "constatering",
    "beslispunt",
)

# --- progress overviews ----------------------------------------------------------------------

#: The label a progress overview puts before each recommendation's state ("Stand van zaken:",
#: "Status:", "Voortgang:"). Shared with the recommendation finder, which ends a restated
#: recommendation there. Example: "Aanbeveling 2: … Stand van zaken: in uitvoering."
STATUS_LABEL = r"(?:Stand[ \t]+van[ \t]+zaken|Status|Voortgang|Stand[ \t]+van[ \t]+uitvoering)"

#: A progress overview's state of one recommendation, at a sentence start, read as the stance the
#: government took: done ("uitgevoerd", "afgerond", "gerealiseerd") is already_in_place; under way
#: ("in uitvoering", "in voorbereiding", "lopend") is adopted; "niet overgenomen"/"niet
#: uitgevoerd"/"vervallen" is rejected; "kennisgenomen" is noted. Group names are the labels.
#: Examples: "Stand van zaken: afgerond.", "Status: in uitvoering; de wet ligt bij de Raad van State."
STATUS_VERDICT = re.compile(
    rf"^\W*{STATUS_LABEL}[*_]*\s*:[*_]*\s*(?:"
    r"(?P<rejected>niet[ \t]+(?:overgenomen|uitgevoerd|gevolgd|opgevolgd)|afgewezen|vervallen)"
    r"|(?P<already_in_place>(?:volledig[ \t]+)?(?:uitgevoerd|afgerond|gerealiseerd|voltooid|geïmplementeerd"
    r"|ingevoerd|gereed|afgehandeld))"
    r"|(?P<adopted>in[ \t]+(?:uitvoering|voorbereiding|ontwikkeling|gang[ \t]+gezet)|lopend|loopt|gestart)"
    r"|(?P<noted>(?:ter[ \t]+)?kennis(?:genomen|geving|name)))\b",
    _I,
)

# --- the stance fallback's words -------------------------------------------------------------

#: A word as the stance fallback (`kamerstuk.pipeline.stance_model`) reads an answer: a run of
#: letters, digits and punctuation left out (they name amounts and dates, not a position).
#: Example: "Sinds 1 juli 2025 is dit geregeld." -> sinds, juli, is, dit, geregeld.
ANSWER_WORD = re.compile(r"[^\W\d_]+")

# --- a declined act with the object in front -------------------------------------------------

# "Een apart fonds richt ik niet op", "Een recht op plaatsing voer ik daarom niet in", "Die gegevens
# laat ik echter niet vernietigen", "Een uitsplitsing per regel geef ik niet": the thing asked for is
# put first, the government's finite verb follows with its subject, and the clause ends in "niet"
# (with the verb's particle, or an infinitive after "laten"): the act is declined (rejected).
# Between subject and "niet" only these adverbs (not "voorlopig", "vooralsnog": a deferral).
# ("Een eigen register voeg ik daar niet aan toe": a pronominal adverb, its preposition after "niet")
DECLINED_ACT_ADVERBS = _words(
    "echter daarom dan ook dus derhalve evenwel bewust zelf om die reden daar hier er"
    # ("Een apart register zet ik daarvoor niet op": the purpose pointed back at)
    " daarvoor hiervoor"
    # ("Een hogere subsidie … neem ik daarin niet op": the scheme it would be part of, pointed back at; round 48)
    " daarin hierin erin"
)
# The particle of the declined verb at the clause's end: "richt … op", "voer … in", "stel … vast".
DECLINED_ACT_PARTICLES = _words("op in aan af uit vast toe mee bij door weg")
# A choice left to others as it is, in answer to an obligation asked: "Gemeenten blijven daarom zelf bepalen of zij
# zich aansluiten" (rejected; the government's verdict though others are the subject).
CHOICE_VERBS = _words("bepalen bepaalt beslissen beslist kiezen kiest weten")
STILL_THEIR_CHOICE_CUE = "blijft zelf bepalen"
# The same act declined with the subject first: "Ik stel de regeling daarom niet open voor het mbo", "Het kabinet voert
# een meldplicht niet in" (the particle after "niet", then the clause's end or a preposition).
SUBJECT_FIRST_PARTICLES = _words("op in af uit vast toe open")
SUBJECT_FIRST_AFTER = _words("voor bij in op aan met tot per")
# Two at the end: the preposition of "daar" and the verb's particle ("voeg ik daar niet aan toe").
DECLINED_ACT_PREPOSITIONS = _words("aan in op bij")
# Verbs whose negation declines no act: views ("Dat beeld deel ik niet", "Die zorg onderschat ik
# niet", "Dat sluit ik niet uit"), auxiliaries and modals (`PLAN_AUX` has its own reading), and the
# verbs the adoption cues already read negated ("neem … niet over", "volg … niet", "doe … niet").
NOT_DECLINING_VERBS = _words(
    "zie ziet zien deel deelt delen weet weten ken kent kennen onderschat onderschatten vergeet vergeten "
    "ontken ontkennen betwist betwisten bestrijd bestrijden herken herkent herkennen begrijp begrijpt "
    "begrijpen acht achten vind vindt vinden denk denkt denken verwacht verwachten hoop hopen sluit "
    "sluiten twijfel wil wilt willen kan kunnen mag mogen moet moeten hoef hoeft hoeven ben is zijn heb "
    "heeft hebben word wordt worden ga gaat gaan zal zullen doe doet doen neem neemt nemen volg volgt "
    "volgen kies kiest kiezen wacht wachten loop lopen ga"
)

# An office by a pronoun at the start of a sentence, after a sentence naming it: "… valt onder de Minister van
# VRO. Zij neemt deze aanbeveling over, mede namens mij." (read as the minister's verdict).
# A report's title in quotation marks: its words are the report's, not a verdict ("het rapport ‘Weten is nog geen
# doen’" holds no "nog geen"). Group "title" is masked before the cues are read.
QUOTED_TITLE = re.compile(
    r"\b(?:rapport|advies|briefadvies|evaluatie|evaluatierapport|studie|verkenning|onderzoek|publicatie|essay|nota)"
    r"\s+[‘'“\"«„](?P<title>[^’'”\"»\n]{3,200})[’'”\"»]"
)
PRONOUN_SUBJECT = re.compile(r"^\s*(?:Zij|Hij)(?=\s)")
# … or after the verb, an object put first: "Een gedeeltelijke doorbetaling vindt zij, gezien de lasten, niet
# verantwoord" (group "pronoun").
PRONOUN_AFTER_VERB = re.compile(
    r"^[^,.;:]{1,80}?\b(?:vindt|acht|neemt|ziet|kiest|wil|zal|gaat|deelt|onderschrijft|steunt)\s+(?P<pronoun>zij|hij)\b"
)
OFFICE_NAMED = re.compile(r"\b(?:[Mm]inister|[Ss]taatssecretaris)(?:\s+(?:van|voor)\s+[A-Z]|\b)")

#: Acts of ours that adopt nothing by themselves: others told of what exists ("Ik breng het expertisecentrum opnieuw
#: onder de aandacht van de gemeenten" answers a recommendation the centre already meets; round 57).
NOT_ADOPTING_ACTS = frozenset({"onder de aandacht brengen"})

# A cheap test before looking for an act of ours in a sentence without a stance cue (see `pipeline.stance`): a first
# person, the cabinet, a modal or a year.
ACT_HINT = re.compile(
    r"\b(?:ik|wij|we|kabinet|zal|zullen|minister|staatssecretaris|(?:19|20)\d\d)\b", re.IGNORECASE
)

# An act offered instead of the one declined: "Wel zal Rijkswaterstaat gemeenten … een overzicht sturen", "Wel vraag ik
# de ACM …" (an alternative; the recommendation stays rejected; round 48).
ALTERNATIVE_OPENING = re.compile(r"\s*(?:wel|in\s+plaats\s+daarvan|daarentegen)\b", re.IGNORECASE)

# A short verdict that what is asked happens already: "Dat gebeurt dus al.", "Hieraan wordt al voldaan.", "Dit is
# inmiddels al het geval." (in the gold answers 51 of 51 paragraphs with such a sentence read already_in_place, also
# beside "Met de tweede aanbeveling ben ik het eens"; round 60).
IN_PLACE_VERDICT = re.compile(
    r"^\W*(?:Dat|Dit|Het|Hieraan|Daaraan)\s+(?:gebeurt|gebeuren|wordt|is)\s+"
    r"(?:dus\s+|daarmee\s+|inmiddels\s+|in\s+feite\s+)?(?:al|reeds)\b[^.]{0,30}\.?\s*$",
    re.IGNORECASE,
)

# A rejection that opens on the measure as a kind, with an indefinite article ("Een verhoging die afhangt van het inkomen
# is voor het CJIB niet uitvoerbaar", "Een landelijk overzicht zien wij niet als haalbaar"): after an act of ours on the
# same recommendation it declines a variant or a further step of it. In the gold answers with an act of ours before such
# a sentence, 118 of 125 read partly_adopted (round 60).
VARIANT_DECLINED = re.compile(r"\W*Een\s", re.IGNORECASE)

# The kinds of an adoption (`kamerstuk.entities.stance_passage.agreement_kind`) that carry out the measure itself: not
# its aim or the analysis ("Ik deel het doel van de raad"), a variant of our own or a concession (round 48).
PLAIN_ADOPTION_KINDS = frozenset({"", "named", "liked", "lesser"})

# Requirements of ours not set, subject first: "Ik stel daarom geen landelijke eisen", "Het kabinet stelt geen maximum
# aan …" (rejected; see `RejectionCues.declined_requirements`; round 48).
# (and duties not imposed: "Ik leg daarom geen nieuwe wettelijke plicht op", "Het kabinet legt geen meldplicht op";
# round 49)
SET_VERBS = _words("stel stelt leg legt")
REQUIREMENT_NOUNS = _words(
    "eisen eis minimumeisen norm normen voorwaarden maximum minimum plafond grens termijn termijnen"
    " plicht plichten verplichting verplichtingen meldplicht registratieplicht heffing verbod"
)
# … and the compounds of a duty: "bouwplicht", "meldplichten", "rapportageverplichting".
REQUIREMENT_TAILS = ("plicht", "plichten", "verplichting", "verplichtingen")
