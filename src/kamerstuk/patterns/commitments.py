"""Regexes and vocabularies for commitments (toezeggingen) in ministers' letters.

Used by `kamerstuk.entities.commitments`. Word lists are matched case-insensitively unless
the pattern needs capitals (named offices: "de Staatssecretaris van Volksgezondheid").
"""

from __future__ import annotations

import re
import sys

from kamerstuk.patterns.agencies import EXECUTIVE_SERVICE, EXECUTIVE_SERVICE_WORDS
from kamerstuk.patterns.commitment_actions import (
    ACTIONS as ACTIONS,
)
from kamerstuk.patterns.commitment_actions import (
    DELIVERY_LEMMAS as DELIVERY_LEMMAS,
)
from kamerstuk.patterns.commitment_actions import (
    FOLLOWING_PREPOSITION as FOLLOWING_PREPOSITION,
)
from kamerstuk.patterns.commitment_actions import (
    NEXT_ACT_AFTER as NEXT_ACT_AFTER,
)
from kamerstuk.patterns.commitment_actions import (
    NOT_INFINITIVES as NOT_INFINITIVES,
)
from kamerstuk.patterns.commitment_actions import (
    OBJECT_LEAD as OBJECT_LEAD,
)
from kamerstuk.patterns.commitment_actions import (
    OBJECT_STOP as OBJECT_STOP,
)
from kamerstuk.patterns.commitment_actions import (
    OBJECT_TAIL_AUX_WORDS as OBJECT_TAIL_AUX_WORDS,
)
from kamerstuk.patterns.commitment_actions import (
    OBJECT_TAIL_WORDS as OBJECT_TAIL_WORDS,
)
from kamerstuk.patterns.keyed import Keyed as Keyed
from kamerstuk.patterns.keyed import passes as passes
from kamerstuk.patterns.keyed import text_mask as text_mask

_I = re.IGNORECASE

# A capitalised name chain after "van"/"voor": "Justitie en Veiligheid", "VWS",
# "Volksgezondheid, Welzijn en Sport", "Financiën – Herstel en Toeslagen".
# (its commas may stand as `MINISTRY_COMMA_STAND_IN` while a commitment is looked for)
_NAME_CHAIN = r"[A-Z][\w\-]*(?:(?:\s*[,\ue001]\s*|\s+en\s+|\s+[–-]\s+|\s+)[A-Z][\w\-]*)*"

#: Who promises: "ik", "wij"/"we", "het kabinet", a named office ("de Minister van Financiën",
#: "de Staatssecretaris van VWS"), "mijn ministerie", "mijn collega van OCW", the central
#: government as "het Rijk" ("Het Rijk zal de vaarwegen verdiepen"; not "het Rijksvastgoedbedrijf")
#: and a ministry by its short name ("OCW zal de scholen een handreiking sturen", "Defensie zal …").
ACTOR = (
    # ("het demissionaire kabinet": still the cabinet that writes; not "het nieuwe kabinet")
    r"(?P<actor>(?i:ik|wij|we|het\s+(?:demissionaire\s+|huidige\s+)?kabinet)"
    r"|(?i:het)\s+Rijk\b"
    # the government in a bill's explanatory memorandum or a nota: "De regering kiest voor een evaluatie …", "De
    # regering zal …" (a motion's "verzoekt de regering" is a request: `REQUEST`)
    r"|(?i:de)\s+regering\b"
    # (and as the central government by its common name: "Daarnaast publiceert de rijksoverheid vanaf 1 april 2027 …";
    # round 52)
    r"|(?i:de)\s+(?i:rijksoverheid)\b"
    # (and Defensie's named parts: "De Defensie Personeelsorganisatie zal …")
    r"|(?:(?i:de|het)\s+)?(?:IenW|BZK|VWS|OCW|SZW|EZK|LNV|LVVN|JenV|KGG|VRO|Defensie(?:\s+[A-Z][\w-]+){0,3})\b"
    # "De ministers komen begin maart met een reactie", "De bewindslieden zullen …"
    r"|(?i:de)\s+(?i:ministers|staatssecretarissen|bewindslieden)\b"
    # a minister by title and name, as the press writes: "Minister Jansen zal …", "Staatssecretaris Van der Berg
    # laat weten …" (the title capitalised, a capitalised name after it; "De minister van …" below)
    r"|(?-i:Minister-president|Minister|Staatssecretaris)\s+(?:(?i:van|de|der|den|ten|ter|voor)\s+){0,2}"
    r"(?-i:[A-Z])[\w'-]+"
    r"|(?i:de|het)\s+(?i:minister-president|minister|staatssecretaris|ministerie)(?:\s+(?:van|voor)\s+"
    + _NAME_CHAIN
    + r")?"
    r"|(?i:mijn|ons)\s+(?i:ministerie|departement|collega(?:\s+van\s+" + _NAME_CHAIN + r")?)"
    # the ministry's staff act for it: "Tot die tijd zullen mijn medewerkers bezoekers … rondleiden" (round 56)
    r"|(?i:mijn)\s+(?i:medewerkers|ambtenaren)\b"
    # the ministry's top civil servants act for it: "De secretaris-generaal van Algemene Zaken zal de departementen
    # daarover een instructie sturen"
    r"|(?i:de|mijn)\s+(?i:secretaris-generaal|directeur-generaal)(?:\s+(?:van|voor)\s+" + _NAME_CHAIN + r")?"
    # an executive service of a ministry carries out the minister's measures: "Rijkswaterstaat zal
    # vóór eind 2026 …", "Voor 2026 zal de Belastingdienst een wachttijdnorm hanteren", "De Commandant
    # Zeestrijdkrachten zal …" (not the inspectorates, whose reports letters answer; see `agencies`)
    r"|(?:(?i:de|het)\s+)?" + EXECUTIVE_SERVICE + r"(?:\b|(?<=\)))"  # (a full name ends on its "(COA)")
    # Foreign Affairs' embassies: "Daarnaast zullen de ambassades …"
    r"|(?i:de|onze)\s+(?i:ambassades|posten)\b"
    # … and the posts meant, without an article: "Posten die met zo'n gebeurtenis te maken krijgen, zullen hun strategie
    # voortaan binnen zes maanden herzien" (round 48)
    r"|(?<![\w-])(?:Ambassades|Posten)(?=\s+die\b)"
    # the state in Brussels or an international body, opening its sentence with a modal: "Nederland zal in de Raad
    # vragen om …", "Nederland zal bij de herziening voorstellen dat …" (not "LTO Nederland zal", "dat Nederland zal")
    r"|(?<![A-Za-z]\s)(?<![-\w])Nederland(?=\s+(?i:zal|zullen|gaat|wil|streeft|is\s+bereid|is\s+voornemens)\b)"
    # … or right after the modal, the sentence opened by an adverb: "Daarnaast zal Nederland in 2027 …"
    r"|(?:(?<=\bzal\s)|(?<=\bgaat\s)|(?<=\bwil\s))Nederland\b"
    # a minister or state secretary named in the sentence before, taken up as "Hij"/"Zij" ("De Minister
    # van JenV neemt deze aanbeveling over. Hij zal …"): the caller checks that sentence
    r"|(?-i:Hij|Zij)(?=\s)"
    # … or after a singular modal, the sentence opened by an adverb: "De Arbeidsinspectie rapporteert vanaf 2027 ….
    # Daarnaast gaat zij vanaf 1 januari 2027 …" (round 46; "gaan zij" is plural: others)
    r"|(?:(?<=\bzal\s)|(?<=\bgaat\s)|(?<=\bwil\s))(?-i:hij|zij)(?=\s))"
)

#: The dot of a web address inside a sentence: the clause readers stop at a full stop, so it is read as another
#: character while a commitment is looked for (and given back in the object shown).
#: Example: "Daarnaast laat ik de pagina op Rijksoverheid.nl uitbreiden met een rekenvoorbeeld."
WEB_ADDRESS_DOT = re.compile(r"(?<=\w)\.(?=(?:nl|com|org|net|eu|int|gov|info|be|de)\b)", _I)
#: What `WEB_ADDRESS_DOT` is read as (a character of the private use area, never in a letter).
WEB_ADDRESS_DOT_STAND_IN = "\ue000"

#: A time set off by commas inside a clause, read without its commas (the clause readers stop at a comma): "Wel zal ik
#: bij de eerstvolgende wervingsronde, in het najaar van 2027, samen met de politie gericht werven" (round 50).
TIME_APPOSITION = re.compile(
    r",\s+(?:in|vóór|voor|uiterlijk|per|vanaf|eind|begin|medio)\s+[^,.;:]{0,40}?\b(?:19|20)\d\d\s*,(?=\s+[a-zà-ÿ])",
    _I,
)
#: With whom or on whose behalf, set off by commas right after an inverted subject, read without its commas: "Voor de
#: termijn stel ik, na overleg met de beroepsgroep, vóór de zomer van 2027 een norm vast", "Daarom zal het kabinet,
#: samen met de VNG, een plan opstellen" (round 59; not a condition such as ", indien nodig,").
SUBJECT_INSERTION = re.compile(
    r"\b(?:ik|wij|we|kabinet),\s+(?:na\s+overleg\s+met|in\s+overleg\s+met|samen\s+met|in\s+samenwerking\s+met"
    r"|op\s+verzoek\s+van|(?:mede\s+)?namens)\s+[^,.;:]{1,60},(?=\s+[a-zà-ÿ])",
    _I,
)
#: A title in guillemets, up to eight words opening with a capital: its words are no acts of ours ("Hierbij zend ik u het
#: rapport «Bron en besluit» van de inspectie": "besluit" is the title's, no decision), so its letters are read as
#: `TITLE_STAND_IN` while a commitment is looked for (round 49).
QUOTED_TITLE = re.compile(r"«(?P<title>[A-Z0-9][^«»]{0,80}?)»")
TITLE_STAND_IN = "x"
#: What `TITLE_STAND_IN` replaces in such a title: its letters and digits ("«Bron en besluit»" -> "«xxxx xx xxxxxxx»").
TITLE_LETTER = re.compile(r"\w")

#: The commas inside a ministry's name after the office that carries it: the clause readers stop at a comma, so they
#: are read as another character while a commitment is looked for (and given back in what is shown). Round 40.
#: Example: "Wel zal ik de Minister van Onderwijs, Cultuur en Wetenschap vragen of …", "de Staatssecretaris van
#: Volksgezondheid, Welzijn en Sport", "het Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur".
MINISTRY_NAME_WITH_COMMAS = re.compile(
    r"\b(?i:minister(?:ie)?|staatssecretaris)\s+(?:van|voor)\s+[A-Z][\w-]+(?:,\s+[A-Z][\w-]+)+\s+en\s+[A-Z][\w-]+"
)
#: What a comma of `MINISTRY_NAME_WITH_COMMAS` is read as (private use area, like `WEB_ADDRESS_DOT_STAND_IN`).
MINISTRY_COMMA_STAND_IN = "\ue001"

#: Verbs read as an act that never promise one: thanks ("Het kabinet dankt de raad voor …"; round 66).
NO_ACT_LEMMAS = frozenset({"danken", "bedanken"})

#: "Het" for the cabinet named as subject in the sentence before (`CABINET_ANTECEDENT`), before a verb
#: of an act: "Het kabinet neemt de aanbeveling over. Het stelt daarvoor vanaf 2026 € 12 miljoen
#: beschikbaar.", "… Het zal uw Kamer jaarlijks informeren." (not "Het rapport …", "Het is …").
CABINET_PRONOUN = re.compile(
    r"^\s*Het(?=\s+(?:zal|gaat|wil|stelt|voert|neemt|werkt|laat|komt|trekt|start|verlengt|verhoogt|richt|past"
    r"|breidt|legt|maakt|informeert|stuurt|zet|kiest|vraagt|verzoekt|investeert|financiert|organiseert|bespreekt"
    # "Het kabinet neemt daarover nu geen besluit. Het betrekt de aanbeveling bij … en informeert uw Kamer …" (round 46)
    r"|betrekt"
    # a rule of ours changed: "Het kabinet neemt deze aanbeveling over. Het wijzigt daartoe het … reglement" (round 50)
    r"|wijzigt|regelt|verplicht|publiceert|opent|heropent|verruimt|verscherpt|schaft|vereenvoudigt"
    # an intention: "Het kabinet dankt het ATR voor zijn advies. Het streeft ernaar uw Kamer vóór de zomer … te
    # sturen", "Het is voornemens …" (round 54)
    r"|streeft|is\s+voornemens|is\s+van\s+plan|verwacht\s+uw\s+Kamer"
    # what it sees to: "Het kabinet neemt de eerste aanbeveling over. Het zorgt ervoor dat reizigers vanaf 2027 …" (round 67)
    r"|zorgt)\b)"
)
#: The same "het" after its verb in a clause that opens on an adverb, the cabinet the subject of the clause before a
#: semicolon: "Het kabinet kiest niet voor een nieuw fonds; daarvoor stelt het in 2027 vijftig experts beschikbaar"
#: (group "het"; only before a time or an adverb, so "stelt het fonds" is not read; round 49).
CABINET_PRONOUN_AFTER_VERB = re.compile(
    r"\W*(?:daarvoor|daarom|daarnaast|wel|ook|daarbij|hiervoor|dan|vervolgens|tegelijk)\s+"
    r"(?:stelt|voert|neemt|werkt|laat|trekt|start|verlengt|verhoogt|richt|past|breidt|legt|maakt|informeert|stuurt|zet"
    r"|vraagt|investeert|financiert|organiseert|betrekt)\s+(?P<het>het)"
    r"(?=\s+(?:in|per|vanaf|vóór|voor|dit|volgend|volgende|ook|nu|al|eerst|wel|jaarlijks|uiterlijk|binnen)\b)",
    _I,
)
#: The cabinet as the subject of the sentence before, within its first five words: "Het kabinet neemt
#: …", "Daarom onderschrijft het kabinet …".
CABINET_ANTECEDENT = re.compile(r"^\W*(?:[\w-]+\s+){0,4}?[Hh]et\s+kabinet\b")

#: Pronoun subjects `ACTOR` accepts only with `THIRD_ANTECEDENT` in the sentence before (or before a run of
#: sentences opening with the pronoun: "… de Minister van JenV …. Hij heeft laten weten …. Hij zal …").
PRONOUN_ACTORS = frozenset({"Hij", "Zij", "hij", "zij"})
#: A sentence opening with such a pronoun (continuing the subject of the sentences before).
PRONOUN_OPENER = re.compile(r"\s*(?:Hij|Zij)\s")
#: The same pronoun right after an opening adverb and the verb: "Daarnaast legt zij …", "Wel vraagt hij …" (round 57).
#: Group "verb" is that verb.
INVERTED_PRONOUN_OPENER = re.compile(r"\s*[A-Z][\w-]*\s+(?P<verb>[a-z][\w-]*)\s+(?:hij|zij)\s")
#: The same pronoun right after a colon, with a singular modal or verb: "… neemt dit punt over: zij zal gemeenten
#: vanaf 2027 vragen …" (the minister named before the colon; "zij zullen" is plural: others).
PRONOUN_AFTER_COLON = re.compile(r"\s*(?P<pronoun>hij|zij)\s+(?:zal|gaat|wil|laat|neemt|stuurt|vraagt)\b")
#: An adoption by the government that a colon goes on to spell out: "Hij neemt haar over: vanaf 1 januari 2028
#: vraagt de aangifte ook naar …", "Het kabinet volgt dit advies op: …" (the clause after the colon is what is
#: adopted, read as a sentence of its own; "Hij"/"Zij" only for a minister named in the sentence before).
ADOPTED_BEFORE_COLON = re.compile(
    r"\s*(?:(?P<pronoun>Hij|Zij)|Ik|Wij|We|Het\s+kabinet|De\s+regering)\s+(?:neem|neemt|nemen|volg|volgt|volgen)"
    r"\s+(?:haar|hem|het|deze|dit|die|de|beide)\b[^:.;]{0,60}?\s+(?:over|op)\s*$"
    # the recommendation fronted: "Aanbeveling 1 neem ik over: vanaf de ontwerpbegroting 2027 bevat de toelichting …",
    # "De tweede aanbeveling neemt het kabinet over: …" (round 47)
    r"|\s*(?:[Aa]anbeveling\s+\d+|(?:De|Deze|Die)\s+(?:[\w-]+\s+)?(?:aanbeveling|aanbevelingen|advies|adviezen))"
    r"\s+(?:neem|volg)\s+(?:ik|wij|we)\s+(?:[^:.;]{0,30}?\s+)?(?:over|op)\s*$"
    r"|\s*(?:[Aa]anbeveling\s+\d+|(?:De|Deze|Die)\s+(?:[\w-]+\s+)?(?:aanbeveling|aanbevelingen|advies|adviezen))"
    r"\s+(?:neemt|volgt)\s+het\s+kabinet\s+(?:[^:.;]{0,30}?\s+)?(?:over|op)\s*$"
)
#: … with its finite verb ("Zij betrekt", "Hij zal"; "Zij zullen" is plural: others).
PRONOUN_VERB = re.compile(r"\s*(?:Hij|Zij)\s+(?P<verb>\w+)")
#: A minister or state secretary named in the third person, the antecedent of "Hij"/"Zij":
#: "De Minister van Justitie en Veiligheid neemt deze aanbeveling over. Hij zal …".
THIRD_ANTECEDENT = re.compile(
    r"\b(?:[Mm]inister(?:-president)?|[Ss]taatssecretaris)(?:\s+(?:van|voor)\s+" + _NAME_CHAIN + r")?"
    # another minister as "mijn ambtgenoot" / "mijn collega": "… onder de aandacht van mijn ambtgenoot gebracht. Zij
    # betrekt de aanbeveling bij …"
    r"|\bmijn\s+(?:ambtgenoot|collega)(?:\s+(?:van|voor)\s+" + _NAME_CHAIN + r")?"
)
#: What may stand before a `THIRD_ANTECEDENT` that is the subject of its sentence: an adverb or two and the article
#: ("De staatssecretaris …", "Daarom neemt de minister …", "Deze aanbeveling neemt de minister …"), not another
#: subject with a verb of asking ("De ombudsman vraagt de Minister …").
ANTECEDENT_AS_SUBJECT = re.compile(
    r"\W*(?!(?:[\w-]+\s+){0,4}?(?:vraagt|vragen|adviseert|adviseren|beveelt|bevelen|verzoekt|roept|raadt|wijst)\b)"
    r"(?:[\w-]+\s+){0,5}?(?:(?i:de|het)\s+)?",
)
#: A service of ours (`EXECUTIVE_SERVICE`) as the antecedent of "Hij"/"Zij": the subject that opens the sentence
#: before, or the agent of its passive: "De derde aanbeveling wordt overgenomen door de Commandant der Strijdkrachten.
#: Hij laat alle instructeurs vóór het einde van 2027 de training volgen." (not a service named anywhere else in it:
#: "De gemeenten werken samen met het UWV. Zij …" are the gemeenten).
SERVICE_ANTECEDENT = re.compile(
    r"(?:^\W*(?:[Dd]e|[Hh]et)\s+|\bdoor\s+(?:de|het)\s+)(?P<service>" + EXECUTIVE_SERVICE + r")(?=[\s.,;:])"
)

#: Words of `ACTOR` and `MODAL`: an active trigger needs one of each (for `Keyed`).
_ACTOR_WORDS = (
    "ik wij we kabinet regering minister president staatssecretaris ministerie departement collega rijk rijksoverheid secretaris directeur "
    "medewerkers ambtenaren "
    "ienw bzk vws ocw szw ezk lnv lvvn jenv kgg vro defensie "
    "hij zij nederland ambassades posten " + EXECUTIVE_SERVICE_WORDS
)
_MODAL_WORDS = (
    "zal zullen ga gaan gaat wil willen wens wensen streef streeft streven verwacht verwachten zeg zegt zeggen "
    "voornemens bereid plan"
)

#: Adverbs between "ben" and an intention: "Ik ben daarom voornemens", "ben ik dan ook bereid", "Ik ben daarnaast
#: voornemens" ("daarnaast" to "alsnog" since round 38, "in beginsel" since round 48).
_INTENT_ADVERBS = (
    r"daarom|dan\s+ook|ook|dus|nu|tevens|graag|gaarne|wel|zeker|daarnaast|verder|bovendien|eveneens|voorts|daarbij"
    r"|alsnog"
    # a hedge on the readiness, still a promise (tentative by `TENTATIVE`): "Ik ben in beginsel bereid ernstige schimmel
    # op te nemen als gebrek …" (round 48)
    r"|in\s+beginsel|in\s+principe"
)

#: Modal or intention verbs that make a promise about the future: "zal", "ga", "wil",
#: "ben voornemens", "ben bereid", "ben van plan", "streef", "verwacht", "zeg ... toe".
MODAL = (
    r"(?P<modal>(?i:zal|zullen|ga|gaan|gaat|wil|willen|wens|wensen|streef|streeft|streven|verwacht|verwachten|"
    r"zeg|zegt|zeggen|(?:ben|zijn|is)\s+(?:(?:"
    + _INTENT_ADVERBS
    + r")\s+){0,2}(?:voornemens|bereid|van\s+plan)))"
)

#: Actor then modal, or modal then actor (inversion): "Ik zal", "zal ik", "Het kabinet gaat",
#: "zal de Staatssecretaris van VWS", "ben ik bereid".
ACTIVE_TRIGGER = Keyed(
    re.compile(
        # (a relative clause may stand between them: "De Minister van JenV, die verantwoordelijk is voor het
        # kooprecht, zal …")
        # (or a first verb of its own before "en", the subject left out after it: "Het kabinet blijft hen
        # steunen en streeft ernaar …", "Ik deel die analyse en zal …"; no clause of another subject between)
        # (or a restrictive one without the first comma: "Posten die met zo'n gebeurtenis te maken krijgen, zullen …";
        # round 48)
        rf"\b{ACTOR}(?:(?:\s*,\s*|\s+)(?:die|dat)\s[^,.;:?]{{1,120}},"
        # (or the office holder named after the office: "De minister van BZK, de heer Hirsch Ballin, zegt de Kamer
        # … toe", as the Eerste Kamer's register of toezeggingen writes it; round 39)
        r"|\s*,\s*(?:de\s+heer|mevrouw)\s[^,.;:?]{1,60},"
        # (lazily: "Het kabinet zal … komen en wil …" is the "zal" promise)
        r"|\s+[a-z]\w*(?:(?!\s(?:dat|die|of|om|als|wat|wie|zodat|omdat|waarin|waarmee)\s)[^,.;:?]){0,80}?\s+en"
        # (a "dat"-clause between, closed by a comma before "en": "Zij deelt de opvatting van de raad dat mantelzorgers
        # meer ruimte nodig hebben, en zal het verlof … uitbreiden")
        r"|\s+[a-z]\w*(?:\s[^.;:?]{0,40}?)?\sdat\s[^.;:?]{0,160}?,\s+en)??"
        rf"\s+{MODAL}\b"
        rf"|\b{MODAL.replace('?P<modal>', '?P<modal2>')}\s+{ACTOR.replace('?P<actor>', '?P<actor2>')}\b"
        rf"|\b(?P<modal3>(?i:ben|zijn|is))\s+{ACTOR.replace('?P<actor>', '?P<actor3>')}\s+"
        r"(?:(?i:" + _INTENT_ADVERBS + r")\s+){0,2}(?P<modal3b>(?i:voornemens|bereid|van\s+plan))\b"
        # our promise told in a "dat"-clause, the modal at its end: "Tot slot kan ik u melden dat ik vóór 1 juli een
        # besluit zal nemen over …", "Ik verzeker u dat wij de regeling in 2027 zullen aanpassen"
        r"|\b(?i:melden|meld|berichten|bericht|verzeker|verzekeren|mededelen|weten)\b[^.;:?]{0,40}?\b(?i:dat)\s+"
        # (abbreviations between: "vóór 1 juli a.s.")
        r"(?P<actor4>(?i:ik|wij|we))\s+(?:[^,.;:?]|(?<=\b[a-z])\.){0,100}?\b(?P<modal4>(?i:zal|zullen))\b"
    ),
    _MODAL_WORDS,
    _ACTOR_WORDS,
)

#: An intention stated as a noun, with a te-infinitive after it: "Het is mijn voornemen de pilot uit
#: te breiden", "Mijn voornemen is om ...", "Het kabinet heeft het voornemen om ...". "mijn" makes
#: the actor "ik", "ons" "wij" ("Het is onze intentie om … te …" too); a bare "het voornemen van de gemeente" is no trigger. An aim stated
#: as "Het streven is om … te …" / "Mijn streven is …" is one too (tentative; "Het streven van de
#: provincies is …" is theirs, "Het streven is dat iedere leerling …" has no act of ours).
INTENTION_NOUN = Keyed(
    re.compile(
        r"\b(?P<poss>mijn|ons|onze)\s+(?:\w+\s+)?(?:voornemen|intentie|streven\s+is)\b"
        r"|^\W*(?P<aim>het\s+streven)\s+is\b"
        r"|\b(?P<actor>ik|wij|we|het\s+kabinet)\s+(?:heb|hebben|heeft)\s+(?:\w+\s+)?het\s+voornemen\b",
        _I,
    ),
    "voornemen intentie streven",
)

#: A relative clause opening after a delivery verb: "een voortgangsbrief over de afspraken die ik
#: in deze brief heb aangekondigd". A `FULFILS_MARKER` inside it ("in deze brief") is about what the
#: clause describes, not about the delivery, which stays a promise.
RELATIVE_OPENER = re.compile(r"\b(?:die|dat|welke|waarover|waarin|waarmee|waarvan)\b", _I)

#: Government actor and modal in a relative or subordinate clause, the modal at the clause end:
#: "..., waarover ik uw Kamer dit najaar zal berichten", "..., waarna het kabinet ... zal
#: terugkomen", "een advies, dat ik uw Kamer na ontvangst zal toesturen". At most ten words between
#: actor and modal (each a run of non-space characters, so the repetition cannot backtrack).
RELATIVE_TRIGGER = Keyed(
    re.compile(
        r"\b(?:waar(?:over|op|na|van|mee|in|voor|bij|aan|door|naar|toe)|dat|die|welke|zodat|nadat)\s+"
        + ACTOR
        + r"\s+(?:[^\s.,;:?]+\s+){0,10}?"
        + MODAL
        + r"\b"
    ),
    _MODAL_WORDS,
    _ACTOR_WORDS,
)

#: A te-infinitive after an intention ("voornemens ... aan te passen", "streef ernaar ... te
#: informeren"): optional separable particle, "te", the verb. Example: "uit te breiden".
TE_VERB = re.compile(
    r"\b(?:(?P<particle>aan|af|bij|door|in|mee|na|op|open|over|terug|toe|uit|vast|voor|weg|samen|bekend|kenbaar)\s+)?"
    r"te\s+(?P<verb>[^\W\d_]+)\b",
    _I,
)

#: A relative clause set off by commas inside a clause: ", dat in de praktijk al vaak plaatsvindt," (its "dat" is no
#: block for `TE_BLOCK`).
COMMA_RELATIVE = re.compile(r",\s*(?:dat|die|wat|welke|waar\w*)\b[^,.;:]{1,120},")

#: What ends the search for a te-infinitive after an intention: "dat" ("Ik verwacht dat de
#: gemeenten ... te" is an expectation about others), a semicolon or a question mark.
# ("van dat onderzoek": a determiner; so after an intention, which takes no "dat"-clause: "Ik ben voornemens dat bewijs
# vanaf 2028 verplicht te stellen")
TE_BLOCK = re.compile(
    r"\b(?<!van )(?<!met )(?<!naar )(?<!voornemens )(?<!bereid )(?<!van plan )dat\b|[;?]", _I
)

#: An intention just before a te-infinitive's search starts, after which "dat" is a determiner (see `TE_BLOCK`).
INTENTION_END = re.compile(r"\b(?:voornemens|bereid|van\s+plan)\s*$", _I)
#: That determiner at the start of the searched text.
LEADING_DAT = re.compile(r"\s*dat\b", _I)
#: "dat" before a neuter noun of a decision or document, with no verb of its own before the te-infinitive: a determiner
#: after any intention ("Het kabinet verwacht dat besluit na de zomer van 2027 te kunnen nemen"; round 65).
DAT_BEFORE_NEUTER_NOUN = re.compile(
    r"\s*dat\s+(?:besluit|voorstel|wetsvoorstel|onderzoek|rapport|plan|advies|overzicht|standpunt|traject|overleg"
    r"|gesprek|ontwerp|programma)\s+(?:(?:na|voor|vóór|in|uiterlijk|begin|eind|medio|de|het|van|dit|dat|volgend"
    r"|komend|jaar|najaar|voorjaar|zomer|kwartaal|\d{4}|\w+\s+kwartaal)\s+)*$",
    _I,
)

#: The next word of a te-chain after an auxiliary: "te kunnen [informeren]", "aanwezig te laten [zijn]" (round 46: a
#: state brought about, not "vrij te laten", a thing kept as it is).
TE_NEXT_VERB = re.compile(r"\s+([^\W\d_]+en|zijn)\b")

#: Words that open a clause after a comma (for `CLAUSE_STOP`): "…, zodat …", "…, maar …".
_CLAUSE_OPENERS = (
    r"(?:zodat|omdat|maar|want|dat|die|waardoor|waarmee|waarin|waarbij|terwijl|als|wanneer|nadat|zoals|om|dus|"
    r"hoewel|indien|mits|tenzij|en|of)"
)

#: Where the clause after a modal ends, for the guess of its verb: punctuation or a word that
#: opens a subordinate clause ("zullen we ... bepalen hoe de borging eruit moet zien" -> "bepalen").
#: A comma or full stop inside a number ("1,5 miljoen", "2.000 plaatsen") ends nothing, nor does
#: the comma of an enumeration, which "en"/"of" closes within six words: "Ik zal met
#: zorgverzekeraars, de huisartsen en de ziekenhuizen afspraken maken" -> "maken" (not a comma
#: before a conjunction: "…, zodat scholen en gemeenten …" ends the clause).
CLAUSE_STOP = re.compile(
    # (a comma after the infinitive before how it is done, even with a list in it: "zal de RVD de uitzending verzorgen,
    # met een gebarentolk en ondertiteling"; round 59)
    r"(?<=[a-zà-ÿ]en),(?=\s+(?:met|zonder)\s)|"
    r"(?<!\d)\.|\.(?!\d)|(?:(?<!\d),|,(?!\d))(?!\s+(?!"
    + _CLAUSE_OPENERS
    + r"\b)(?:[^\s,.;:]+\s+){1,6}?(?:en|of)\s)|[;:]"
    # ("om" in lower case: "het OM" is the Openbaar Ministerie)
    # ("dat"/"die" after "van/met/naar" or the subject is a determiner: "de uitkomsten van dat
    # onderzoek", "stel ik die streefwaarden … vast")
    r"|\b(?<!van )(?<!met )(?<!naar )(?<!ik )(?<!wij )(?<!we )(?:dat|die)\b"
    # (and the conjunctions that always open a subordinate clause: "Dat overzicht pas ik aan zodra …"; not "om het
    # jaar", "om de twee jaar": a frequency)
    # (a relative adverb too: "Het kabinet zal een overgangsregeling voorstellen waarbij een ondernemer …")
    # ("waarom" opens an indirect question: "licht ik in de begroting toe waarom …"; round 45; "hoeveel" too: "Ik neem
    # daarin op hoeveel objecten …"; round 47)
    r"|\b(?:waarin|waarmee|waarbij|waarop|waarvoor|waardoor|waarover|waaraan|waaruit|waarvan|waartoe|waarom|zodat|omdat|(?-i:[Oo]m)(?!\s+(?:het|de)\s+(?:jaar|twee|drie|vier|vijf|week|maand|kwartaal)\b)|hoeveel|hoe|of|welke|wat|zodra|nadat|voordat|totdat|indien|mits"
    r"|tenzij|wanneer)\b"
    # a condition on the act ("Ik vergoed de kosten alleen als er na een jaar geen besluit is")
    r"|\b(?:alleen|slechts|pas|zelfs)\s+als\b",
    _I,
)

#: Auxiliaries inside a te-chain, skipped to the verb they carry: "te kunnen informeren", "te laten
#: evalueren", "in werking te laten treden".
TE_AUXILIARIES = frozenset({"kunnen", "laten", "gaan", "doen", "willen", "zullen", "worden"})

#: "tegemoet zien" with the Kamer as subject and a modal of permission: "U kunt de wetswijziging
#: in het najaar tegemoet zien", "Uw Kamer kan ... tegemoet zien" - a promise in the Kamer's words.
KAMER_MAY = re.compile(r"\b(?:kunt|kan|mag|moogt|kunnen|mogen)\b", _I)

#: "kan ik ... sturen" with a deadline: "Naar verwachting kan ik uw Kamer in september ... sturen".
CAN_TRIGGER = Keyed(
    re.compile(
        r"\b(?P<actor>(?i:ik|wij|we|het\s+kabinet))\s+(?i:kan|kunnen)\b"
        r"|\b(?i:kan|kunnen)\s+(?P<actor2>(?i:ik|wij|we|het\s+kabinet))\b"
    ),
    "kan kunnen",
    "ik wij we kabinet",
)

#: A reflexive pronoun right after a measure verb: "Het kabinet zet zich binnen de OESO in voor …",
#: "Ik zet me daarvoor in" (an effort, no measure taken).
REFLEXIVE_AFTER = re.compile(r"\s+(?:zich|me|mij|ons)\b", _I)
#: "bereid" as the adjective "willing", not the verb of "bereid … voor": "of ik bereid ben …", "wij bereid zijn om …".
WILLING_AFTER = re.compile(r"\s+(?:ben|bent|is|zijn|was|waren|om|te|geweest)\b", _I)

#: Policy under way, in a present-tense sentence: "al jaren", "al sinds", "sinds 2020", "reeds",
#: "inmiddels", "nog steeds" ("Het kabinet investeert al jaren in preventie").
ONGOING = re.compile(
    r"\b(?:al\s+(?:jaren|geruime\s+tijd|lange\s+tijd|enige\s+tijd|sinds)|sinds\s+(?:(?:19|20)\d\d|jaar\s+en\s+dag)"
    # (a month or day before the year: "Sinds januari 2026 registreren alle huurteams …", "sinds 1 juli 2025"; round 44)
    r"|sinds\s+(?:(?:begin|eind|medio|half)\s+)?(?:\d{1,2}\s+)?(?:januari|februari|maart|april|mei|juni|juli|augustus"
    r"|september|oktober|november|december)\s+(?:19|20)\d\d"
    # ("In het openbaar vervoer loopt sinds dit voorjaar een proef van NS", since round 38)
    r"|sinds\s+(?:dit|vorig|afgelopen|het\s+afgelopen)\s+(?:voorjaar|najaar|jaar|zomer|winter|kwartaal)"
    # an event past by its noun: "legt sinds de aangiftecampagne van 2025 … vast", "sinds de invoering van de wet" ("sinds"
    # looks back: a moment to come takes "vanaf"; round 45)
    r"|sinds\s+(?:de|het)\s+[a-zà-ÿ-]{4,}"
    r"|reeds|inmiddels|nog\s+steeds|al\s+langer"
    # the practice of today: "Het CAK zet het middel momenteel in", "De IND zet het middel nu in wanneer er
    # twijfel bestaat" ("nu" with a clause of when it is done; "Ik zet nu de volgende stap" is an act)
    r"|momenteel|thans|op\s+dit\s+moment|nu\b(?=[^.;]{0,80}\bwanneer\b)"
    # a habit: "Zo organiseert het ministerie regelmatig digitale inloopspreekuren voor gemeenten" (a real letter's way of
    # describing practice; the gold has no commitment with these words; round 54)
    r"|regelmatig|doorgaans|gewoonlijk)\b",
    _I,
)

#: A place inside this letter: a deferral to it ("Op de derde aanbeveling kom ik later in deze brief
#: terug", "Daarop kom ik hieronder terug", "In de volgende paragraaf zal ik ... bespreken", "zie
#: paragraaf 3") is discourse, not a promise to the Kamer.
LETTER_LOCATOR = re.compile(
    r"\b(?:later|verderop|elders|eerder|hierna|hieronder|hierboven)\s+in\s+(?:deze|dit|mijn)\s+"
    r"(?:brief|kamerbrief|notitie|stuk|reactie|kabinetsreactie)\b"
    # "hierboven beschreven", "de hieronder genoemde partijen": a noun's modifier, no deferral
    r"|\b(?:verderop|hieronder|hierboven)\b(?!\s+(?:beschreven|genoemde?|geschetste?|aangegeven|vermelde?|"
    r"toegelichte?|opgesomde?|staande?|uiteengezette?|geformuleerde?|weergegeven)\b)"
    r"|\b(?:in|zie)\s+(?:de\s+|het\s+)?(?:paragraaf|paragrafen|hoofdstuk|onderdeel|sectie|alinea)\s+\d"
    # "Daarop kom ik in de paragraaf over de grenzen terug"
    r"|\bin\s+(?:de|het)\s+(?:paragraaf|hoofdstuk|onderdeel|alinea)\s+over\b"
    r"|\bin\s+(?:de|het)\s+(?:volgende|vorige|laatste|eerste|tweede|derde|navolgende|komende|slot)\w*\s+"
    r"(?:paragraaf|hoofdstuk|deel|onderdeel|alinea|sectie|gedeelte)\b"
    r"|\b(?:in|bij)\s+(?:het|de)\s+(?:vervolg|rest|laatste\s+deel|slot)\s+van\s+(?:deze|dit)\b"
    # "Op de tweede aanbeveling kom ik aan het eind van deze brief terug"
    r"|\baan\s+het\s+(?:eind|einde|slot)\s+van\s+(?:deze|dit|mijn)\s+(?:brief|notitie|stuk|reactie|kabinetsreactie)\b"
    # (… with "van deze brief" left out, right before "terug": "Op de kosten kom ik aan het einde terug"; round 58)
    r"|\b(?:kom|komt|komen)\b[^.;:]{0,40}?\baan\s+het\s+(?:eind|einde|slot)\s+terug\b"
    # the place of another recommendation's answer in this letter: "Op het gebruik van deze cijfers kom ik bij
    # aanbeveling 4 terug", "… bij de vierde aanbeveling" (round 51)
    r"|\b(?:kom|komt|komen)\b[^.;:]{0,40}?\bbij\s+(?:aanbeveling\s+\d{1,2}|de\s+(?:eerste|tweede|derde|vierde|vijfde"
    r"|zesde|zevende|achtste|laatste)\s+aanbeveling)\b(?=[^.;:]{0,20}?\bterug\b)"
    # ("In deze Kamerbrief zal ik een toelichting geven op …"; round 39)
    # (not as a noun's modifier: "De kosten van de maatregelen in deze brief dek ik …"; round 48)
    r"|(?<!\bmaatregelen\s)(?<!\bvoorstellen\s)(?<!\bplannen\s)(?<!\bstappen\s)"
    r"\bin\s+deze\s+(?:brief|kamerbrief|notitie|reactie|kabinetsreactie)\b"
    # "In het navolgende zal ik de vragen per thema beantwoorden", "Op die vragen ga ik hierna in"
    r"|\bin\s+het\s+(?:hier)?navolgende\b"
    # ("in" only as the particle of "ingaan": "ga ik hierna in op …", "… ga ik hierna in.", not "hierna … in
    # het voorjaar" or "hierna … in kennis stellen")
    r"|\bhierna\b(?=(?:\s+[^\s.;:]+){0,6}?\s+(?:in(?=\s+op\b|\s*[.;:,]|\s*$)|ingaan|antwoorden|beantwoorden"
    r"|bespreken|toelichten|behandelen|schetsen|beschrijven|uiteenzetten)\b)",
    _I,
)

#: A request to the government (a motion or a member's question reported): "verzoekt de
#: regering ...", "De leden verzoeken de minister om ...", "wordt de regering gevraagd ...",
#: "Het lid vraagt of de staatssecretaris ...". What is asked is not yet promised.
REQUEST = Keyed(
    re.compile(
        r"\b(?:verzoekt|verzoeken|vraagt|vragen|verzocht|gevraagd|roept|roepen)\s+"
        # (the askers and where they ask between: "Tevens verzoeken wij in de motie de regering om …"; round 39)
        r"(?:(?:wij|we|zij|ze|de\s+leden|de\s+indieners)\s+(?:in\s+(?:de|deze|onze)\s+motie\s+)?(?=(?:de|het)\s))?"
        # (not "om vragen" then "of" joining two conditions: "… alleen toegestaan als zij daar zelf om vraagt of als
        # haar veiligheid dat vereist", the content of a rule of ours)
        r"(?:(?:de|het)\s+(?:regering|kabinet|minister|staatssecretaris|bewindspersoon|bewindslieden)\b"
        r"|(?<!\bom\svraagt\s)(?<!\bom\svragen\s)of\b(?!\s+(?:als|wanneer|indien)\b))"
        r"|\b(?:wordt|werd|is)\s+(?:de\s+regering|het\s+kabinet)\s+(?:gevraagd|verzocht|opgeroepen)\b"
        # a motion's request in a relative clause: "de motie …, die de regering verzocht na te gaan of …"
        r"|\b(?:die|dat|welke)\s+(?:de\s+regering|het\s+kabinet)\s+(?:verzocht|verzoekt|vroeg|vraagt|opriep|oproept)\b",
        _I,
    ),
    "verzoekt verzoeken vraagt vragen verzocht gevraagd roept roepen opgeroepen",
)

#: An opening adverb alone before a REQUEST match: then the government is the inverted subject
#: that asks another party, not the one asked ("Daarom vraagt het kabinet het CPB om …", "Wel
#: verzoekt de minister de NZa …"; not "De commissie vraagt het kabinet …").
ADVERB_BEFORE_REQUEST = re.compile(
    r"\s*(?:Daarom|Wel|Ook|Daarnaast|Tevens|Verder|Bovendien|Tegelijk|Tegelijkertijd|Nu|Dan|Eerst|Vervolgens"
    r"|Daarbij|Hiertoe|Daartoe|Tot\s+slot|Ten\s+slotte|Tenslotte|Voorts|Als\s+eerste\s+stap"
    # a time until the measure takes over: "Tot die tijd vraagt de staatssecretaris de verhuurders om …" (round 57)
    # (… or "Tot dan (toe)" after a year named: "… in 2032 opnieuw evalueren. Tot dan toe vraagt hij het OM …"; round 65)
    r"|Tot\s+die\s+tijd|Tot\s+dat\s+moment|Tot\s+dan(?:\s+toe)?|In\s+de\s+tussentijd|Intussen|Daarna|Hierna)\s*,?\s*$",
    _I,
)

#: The Kamer told about what the sentence before said, in the passive present: "Hierover wordt de Kamer door de
#: Staatssecretaris van IenW geïnformeerd" (a later report on it; "Hierover wordt de Kamer met deze brief
#: geïnformeerd" is done now: `FULFILS_MARKER`).
INFORMED_ABOUT_THIS = re.compile(r"^\W*(?:Hierover|Daarover)\s+(?:wordt|worden)\s+(?:uw|de)\s+Kamer\b", _I)

#: The Kamer as the subject of the main clause's present passive, in front or after a fronted phrase: "Uw Kamer wordt
#: via het jaarlijkse voortgangsoverzicht over de voortgang geïnformeerd", "Over de uitkomst wordt uw Kamer bij de
#: indiening van het wetsvoorstel geïnformeerd". In letters this form always announces a report still to come, even
#: without a date (a channel or an occasion stands in for it); "niet" undoes it (`NEGATION`).
KAMER_PASSIVE_MAIN = re.compile(
    # (a fronted phrase of up to fourteen words: "Over de uitkomst van de Raad Algemene Zaken van maart 2027 wordt uw Kamer
    # … geïnformeerd"; round 67)
    r"^\W*(?:(?:Uw|De)\s+Kamer\s+(?:wordt|zal\s+worden)\b|(?:[\w'’-]+,?\s+){1,14}(?:wordt|zal)\s+(?:uw|de)\s+Kamer\b)"
)

#: Adverbs that put a present passive to the Kamer in the future: "Uw Kamer wordt hierover nader
#: geïnformeerd", "te zijner tijd", "t.z.t.".
FUTURE_ADVERB = re.compile(
    r"\b(?:nader|te\s+zijner\s+tijd|t\.z\.t\.|zo\s+spoedig\s+mogelijk"
    # a moment after a start still to come: "Uw Kamer wordt na het eerste jaar over de resultaten geïnformeerd"
    r"|na\s+(?:het|de)\s+(?:eerste|volgende)\s+(?:jaar|halfjaar|maanden|ronde|lichting|fase|evaluatie|meting))\b",
    _I,
)

#: A modal whose subject is left out after "en": "Ik onderschrijf de aanbeveling en zal de provincies
#: vragen ...", "Ik maak afspraken met de VNG en zal uw Kamer ... informeren". The subject is the
#: sentence's first government actor (see `LEAD_ACTOR`); also after "maar": "Het kabinet deelt het
#: doel, maar wil eerst nagaan of …".
ELIDED_TRIGGER = Keyed(
    re.compile(r"\b(?:en|maar)\s+(?P<modal>zal|zullen|ga|gaan|wil|willen)\b", _I),
    "en maar",
    "zal zullen ga gaan wil willen",
)

#: The government actor that opens the sentence, after at most two words: "Ik onderschrijf ...",
#: "Daarom heb ik ...", "Het kabinet deelt ...".
LEAD_ACTOR = re.compile(r"^\s*(?:\w+\s+){0,2}?" + ACTOR + r"\b")

#: A subordinate clause between the lead actor and "en zal" gives "zal" another subject: "Ik
#: verwacht dat de gemeenten dit oppakken en zullen ...". Not "die/dat" as the determiner of the object of a separable
#: verb of ours, its particle right before "en": "Ik wacht die evaluatie af en zal uw Kamer daarna laten weten …",
#: "Ik neem dat advies over en zal …" (round 54).
ELIDED_BLOCK = re.compile(
    r"\b(?:dat|die)\b(?!\s+[\w-]+\s+(?:af|over|door|mee|uit|toe|aan|op)\s*$)"  # (searched up to the "en")
    r"|\b(?:zodat|omdat|wanneer|als|indien|terwijl|nadat)\b",
    _I,
)
#: … unless a singular modal follows a plural verb, so "zal" cannot go with the clause's subject: "Het kabinet ziet
#: dat nog niet alle raden die mogelijkheid kennen en zal er in de handreiking aandacht aan besteden" (round 50).
#: Matched on the text just before "en zal".
PLURAL_VERB_BEFORE = re.compile(
    r"\b(?!(?:ieder|iedere|elke|hen|zien|alleen|geen|tien|even|open)\b)[a-z]\w*en\s+$"
)

#: First person present tense of a policy measure, either word order: "Ten eerste verleng ik de
#: subsidie", "Ik start twee proeftuinen", "laat ik een handreiking opstellen", "werk ik een
#: regeling uit", "Daarbij stem ik met de VNG af hoe ...", "Ik maak met de VNG afspraken".
#: The verb (group "verb") is looked up in `MEASURE_LEMMAS`; particle verbs need their particle
#: later in the clause (checked in code with `MEASURE_PARTICLES`).
_MEASURE_VERB = (
    r"(?P<verb>verleng|verlengen|verhoog|verhogen|verlaag|verlagen|verbreed|verbreden|versnel|versnellen|vereenvoudig|vereenvoudigen|"
    r"start|starten|investeer|investeren|intensiveer|intensiveren|organiseer|organiseren|financier|financieren|"
    # funding as a subsidy, like "financier": "Ik subsidieer de stichting tot en met 2029" (round 58)
    r"subsidieer|subsidiëren|"
    # covering a cost from a budget: "De kosten dek ik uit de middelen voor …"
    r"dek|dekken|"
    # … or paid or borne from one: "De extra steun betaal ik uit de bestaande middelen voor …" (round 67)
    r"betaal|betalen|bekostig|bekostigen|"
    # money set aside: "Daarvoor reserveer ik € 18 miljoen" (round 39)
    r"reserveer|reserveren|"
    r"introduceer|introduceren|schrap|schrappen|verruim|verruimen|wijzig|wijzigen|herzie|herzien|"
    r"werk|werken|stem|stemmen|breid|breiden|pas|passen|richt|richten|voer|voeren|trek|trekken|stel|stellen|"
    r"laat|laten|maak|maken|betrek|betrekken|pak|pakken|spreek|spreken|bezie|bezien|bekijk|bekijken|verken"
    r"|verkennen|ga|neem|nemen|vraag|vragen|verzoek|verzoeken|versterk|versterken|bespreek|bespreken|kies|kiezen"
    # "Ik beperk de plicht daarom tot de soorten op de positieflijst"; "actualiseer ik het model"
    r"|beperk|beperken|actualiseer|actualiseren"
    # "Ten eerste ontwikkel ik samen met de Stichting van de Arbeid een handreiking" (round 40)
    r"|ontwikkel|ontwikkelen"
    # "Daarnaast breng ik de beslistermijn terug van zestien naar acht weken", "verkort ik de termijn"
    # (and "drukken we terug van 200.000 naar 20.000", with its particle "terug"; round 61)
    r"|breng|brengen|verkort|verkorten|druk|drukken"
    # "Zodra die norm er is, verklaar ik haar van toepassing op alle evenementen" (with "toepassing" after it)
    r"|verklaar|verklaren"
    # "Wel onderzoek ik of kleinere eenheden …", "Wij onderzoeken of de termijn korter kan"
    r"|onderzoek|onderzoeken"
    # "Het kabinet zet daarom in op een vaste paragraaf over grond" (with its particle "in")
    r"|zet|zetten"
    # "In het wetsvoorstel leg ik een termijn van drie maanden vast", "Dat plan leg ik ter instemming voor
    # aan de inspectie"; "Ik vergoed de kosten als …"
    r"|leg|leggen|vergoed|vergoeden"
    # "In de Energiewet regel ik een maximum van twee termijnen"; "Vanaf 2026 geef ik het fonds een bijdrage van …"
    r"|regel|regelen|geef|geven"
    # "… en ik zorg ervoor dat bij oefeningen een ambulance binnen vijftien minuten ter plaatse kan zijn"
    r"|zorg|zorgen"
    # "Ik bouw de steun aan certificering af tot de helft" (a phase-out decided)
    r"|bouw|bouwen"
    # "Wel besteed ik het vervoer van de munitie uit", "Wel halveer ik de eigen bijdrage voor …"
    r"|besteed|besteden|halveer|halveren|verdubbel|verdubbelen"
    # a decision still to take: "Over een verlenging besluit ik na de effectmeting", "Op basis daarvan beslis ik"
    r"|besluit|besluiten|beslis|beslissen"
    # "Zodra de eerste jaarcijfers beschikbaar zijn, bepaal ik of …", "daarna bepaal ik mijn standpunt"
    r"|bepaal|bepalen"
    # "… ik bereid een wijziging van het Wetboek van Strafvordering voor" (with its particle "voor")
    r"|bereid|bereiden"
    # "Die termijn schaf ik af" (with its particle "af"); "Ten eerste verplicht ik werkgevers om …"
    r"|schaf|schaffen|verplicht|verplichten"
    # a rule prescribed: "Voor chatbots die … beantwoorden, schrijf ik een test met burgers wel voor" (with its particle
    # "voor"; round 57)
    r"|schrijf|schrijven"
    # "Ik wijs gemeenten in de richtlijn op deze regel" (others told, see `POINT_OUT_HERE` for "Ik wijs u erop"),
    # "Ik wijs vijf regio's aan als proeftuin"
    r"|wijs|wijzen"
    # "Ik begin daarom in Madagaskar met een proef …" (only with a new activity: `BEGINS_ACTIVITY`)
    r"|begin|beginnen"
    # "Ik draag € 250.000 bij aan die toolkit" (only with a sum: `SUM_OF_MONEY`)
    r"|draag|dragen"
    # a ban laid down: "Ik verbied het tonen van roofvogels op evenementen waar …" (since round 38)
    r"|verbied|verbieden"
    # a rule made stricter: "Ik verscherp de eis voor contactgeluid in het Bbl", "Ik scherp de norm aan" (with its
    # particle "aan"; round 45)
    r"|verscherp|verscherpen|scherp|scherpen"
    # a choice reviewed: "Ik houd deze keuze tegen het licht als …" (only with "licht" in its clause; round 49)
    r"|houd|houden"
    # "De cijfers deel ik vertrouwelijk met uw Kamer" (only with "uw Kamer" in its clause; round 49)
    r"|deel|delen"
    # talks with a party, like "bespreek … met": "Over een geschillencommissie overleg ik eerst met de branche" (only
    # with "met" after it; round 60)
    r"|overleg|overleggen"
    # a possibility offered to those concerned: "Wel bied ik iedere gedupeerde de mogelijkheid om de schade opnieuw te
    # laten beoordelen" (only with "mogelijkheid" after it; round 60)
    r"|bied|bieden)"
)
#: "wijs … op" said to the reader, in this letter: "Ik wijs u erop dat …", "Ik wijs er nogmaals op dat …", "Ik wijs op het
#: belang van …" (right after "wijs", at most two adverbs between), not an act towards others.
POINT_OUT_HERE = re.compile(
    r"\s+(?:(?:daarom|daarbij|hierbij|ook|nogmaals|graag|verder|tot\s+slot|wel|nog)\s+){0,2}"
    r"(?:u\b|(?:uw|de)\s+kamer\b|er\b|erop\b|daarop\b|hierop\b|op\b)",
    _I,
)
#: Those pointed out to something put before an inverted "wijs ik": "De overige gemeenten wijs ik er in het najaar
#: nogmaals op" (others told, an act; round 50), unlike "Daarbij wijs ik erop dat …" (said here).
FRONTED_RECIPIENTS = re.compile(
    r"(?:de|alle|deze|die|andere|overige|betrokken)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+$",
    _I,
)
#: "begin … met" a new activity, not with a part of this letter ("Ik begin met een terugblik"): "Ik begin daarom in
#: Madagaskar met een proef", "Wij beginnen in 2027 met de uitrol van …".
BEGINS_ACTIVITY = re.compile(
    r"(?:\s+[^\s.,;:?]+){0,6}?\s+met\s+(?:een|de|het)\s+(?:[\w-]+\s+){0,2}?[\w-]*(?:proef|proeven|pilot|pilots"
    r"|experiment|experimenten|onderzoek|verkenning|campagne|programma|aanpak|traject|project|inventarisatie|uitrol"
    r"|invoering|gesprekken|werkzaamheden|voorbereiding|voorbereidingen|ronde|regeling)\b",
    _I,
)
#: The words of `_MEASURE_VERB`, for the word test of `MEASURE_PRESENT`.
_MEASURE_VERB_WORDS = _MEASURE_VERB[len("(?P<verb>") : -1].replace("|", " ")
MEASURE_PRESENT = Keyed(
    re.compile(
        r"\b(?P<actor>(?i:ik|wij|we))\s+(?i:" + _MEASURE_VERB + r")\b"
        r"|\b(?i:" + _MEASURE_VERB.replace("?P<verb>", "?P<verb2>") + r")\s+(?P<actor2>(?i:ik|wij|we))\b"
    ),
    "ik wij we",
    _MEASURE_VERB_WORDS,
)

#: A present-tense measure of ours in a relative clause, the verb at the clause end (verb-final):
#: "een helpdesk, die ik volgend jaar uitbreid met een spreekuur", "de regeling, die wij per 2027
#: verlengen". Counted only with a future deadline in the sentence. At most eight words between
#: actor and verb (each a run of non-space characters: linear time).
RELATIVE_MEASURE = Keyed(
    re.compile(
        r"\b(?:die|dat|waarmee|waarvoor|waarin|welke)\s+(?P<actor>(?i:ik|wij|we|het\s+kabinet))\s+"
        r"(?:[^\s.,;:?]+\s+){0,8}?"
        # (not a noun after its article: "die ik bij de start met gemeenten heb afgesproken"; round 60)
        r"(?<!\bde\s)(?<!\bhet\s)"
        r"(?P<verb>uitbreid|uitbreiden|verhoog|verhogen|verleng|verlengen|versnel|versnellen|start|starten|"
        r"invoer|invoeren|aanpas|aanpassen|uitwerk|uitwerken|inricht|inrichten|financier|financieren|subsidieer|"
        r"subsidiëren|organiseer|organiseren|introduceer|introduceren|vereenvoudig|vereenvoudigen|"
        # a level set or lowered, also in a "zo … dat" consequence: "… zijn zo klein dat het kabinet de drempel
        # daar per 2028 op twee zet", "dat wij het tarief per 2027 verlagen" (round 47)
        r"op\s+[^\s.,;:?]+\s+(?:zet|zetten)|verlaag|verlagen)\b",
        _I,
    ),
    "die dat waarmee waarvoor waarin welke",
    "ik wij we kabinet",
    "uitbreid uitbreiden verhoog verhogen verleng verlengen versnel versnellen start starten invoer invoeren "
    "aanpas aanpassen uitwerk uitwerken inricht inrichten financier financieren subsidieer subsidiëren organiseer organiseren "
    "introduceer introduceren vereenvoudig vereenvoudigen zet zetten verlaag verlagen",
)
#: Lemmas of `RELATIVE_MEASURE` verbs (verb-final forms fuse the particle: "uitbreid").
RELATIVE_MEASURE_LEMMAS = {
    "uitbreid": "uitbreiden", "verhoog": "verhogen", "verleng": "verlengen", "versnel": "versnellen",
    "start": "starten", "invoer": "invoeren", "aanpas": "aanpassen", "uitwerk": "uitwerken",
    "inricht": "inrichten", "financier": "financieren", "subsidieer": "subsidiëren", "organiseer": "organiseren",
    "introduceer": "introduceren", "vereenvoudig": "vereenvoudigen", "verlaag": "verlagen",
}  # fmt: skip

#: An impersonal announcement of a new measure: "Er komt een landelijk meldpunt", "Ten tweede
#: komt er in 2026 een onafhankelijke klachtencommissie", "komt er voor de kleinere gemeenten in
#: het noorden een vast aanspreekpunt", "Er komen twintig extra inspecteurs", "komt er extra geld
#: voor …". Needs "een", "extra", "nieuwe" or "aanvullende" within eight words (not "Er komt
#: steeds meer druk"; "er komt een moment dat …", "er komt een tekort aan …" are excluded by the
#: noun check).
COMES_MEASURE = Keyed(
    re.compile(
        # (the words between stay in the clause: "Zo komt er meer inzicht zonder dat er een nieuw verslag bij komt"
        # announces no report; round 49)
        r"\b(?:[Ee]r\s+(?:komt|komen)|(?:komt|komen)\s+er)\s+"
        r"(?:(?!(?:zonder|dat|die|omdat|als|wanneer|zodat|waardoor|terwijl)\b)[^\s.,;:?]+\s+){0,8}?"
        r"(?:een|nog\s+een|extra|nieuwe|aanvullende)\s+"
        r"(?!(?:moment|tijd|dag|eind|einde|punt|tekort|gebrek|toename|stijging|daling|afname)\b)(?P<noun>\w+)",
    ),
    "komt komen",
    "er",
    "een extra nieuwe aanvullende",
)

#: The new thing named first, "komt er" after it, with a deadline in the sentence (`_trigger` checks): "Een meldknop op de
#: website van de KVK, waarmee …, komt er vóór het einde van 2027" (round 62). Not declined ("Een afzonderlijk verslag
#: komt er niet") nor a separable "er … aan/bij/op terug" ("De zomer komt er aan").
FRONTED_COMES = re.compile(
    r"^\W*(?:Een|Die|Deze|Dat|Dit)\s+[^.;:]{1,160}?\s(?P<verb>komt|komen)\s+er\b"
    r"(?!\s+pas\b)(?![^.;:]*\b(?:niet|nooit)\b)"
    r"(?![^.;:]*\b(?:aan|bij|uit|achter|terug|door|mee|af|op)\s*(?:[.;:]|$))"
)

#: Lemma of each measure verb form, and the particle a separable one needs in its clause
#: ("werk ik ... uit" -> "uitwerken"); "laat" takes the infinitive it governs, "maak" needs
#: "afspraken" (a noun: "Ik maak met de VNG afspraken over ...").
MEASURE_LEMMAS: dict[str, tuple[str, str | None]] = {
    "verleng": ("verlengen", None),
    "begin": ("beginnen met", None),
    # "Ik wijs vijf regio's aan als proeftuin" (and "wijs … op", `MEASURE_ALT_PARTICLES`)
    "wijs": ("aanwijzen", "aan"),
    # (not reflexive: "Het kabinet zet zich in voor …" is an effort described, see `REFLEXIVE_AFTER`)
    "zet": ("inzetten", "in"),
    # "Ik beperk de plicht daarom tot de soorten op de positieflijst" (a scope decided; not "Zo beperken
    # we het effect": an effect, without "tot")
    "beperk": ("beperken", "tot"),
    "verhoog": ("verhogen", None),
    "verlaag": ("verlagen", None),
    # a number cut: "Het aantal papieren exemplaren drukken we terug van 200.000 naar 20.000" (round 61)
    "druk": ("terugdrukken", "terug"),
    # a scheme widened: "Ik verbreed de regeling daarom alleen voor bermen van gemeenten" (round 56)
    "verbreed": ("verbreden", None),
    "versnel": ("versnellen", None),
    "vereenvoudig": ("vereenvoudigen", None),
    "start": ("starten", None),
    "investeer": ("investeren", None),
    "intensiveer": ("intensiveren", None),
    "organiseer": ("organiseren", None),
    "financier": ("financieren", None),
    "subsidieer": ("subsidiëren", None),
    "introduceer": ("introduceren", None),
    "schrap": ("schrappen", None),
    "verruim": ("verruimen", None),
    "ontwikkel": ("ontwikkelen", None),
    "wijzig": ("wijzigen", None),
    "actualiseer": ("actualiseren", None),
    "herzie": ("herzien", None),
    "werk": ("uitwerken", "uit"),
    "stem": ("afstemmen", "af"),
    "breid": ("uitbreiden", "uit"),
    "pas": ("aanpassen", "aan"),
    "richt": ("inrichten", "in"),
    "voer": ("invoeren", "in"),
    "trek": ("uittrekken", "uit"),
    # "De kosten dekt het kabinet uit de middelen voor de uitvoering van het Migratiepact"
    "dek": ("dekken", None),
    # "De extra steun betaal ik uit de bestaande middelen", "bekostig ik uit het fonds" (round 67)
    "betaal": ("betalen", None),
    "bekostig": ("bekostigen", None),
    # money set aside: "Daarvoor reserveer ik € 18 miljoen uit de middelen voor …" (round 39)
    "reserveer": ("reserveren", None),
    "verbied": ("verbieden", None),
    "stel": ("beschikbaar stellen", "beschikbaar"),
    "laat": ("laten", None),
    "maak": ("afspraken maken", "afspraken"),
    # "Dan betrek ik ook de uitkomsten van de verkenning", "Daarbij betrek ik de adviezen van …"
    "betrek": ("betrekken", None),
    # "Dit pakken we in 2023 samen met de waterschappen … op", "Ik pak de achterstanden met voorrang op"
    "pak": ("oppakken", "op"),
    # "Wel spreek ik in de bestuursovereenkomsten af dat …", "Dit spreken we met de sector af"
    "spreek": ("afspreken", "af"),
    # tentative inquiries: "Ik bezie samen met Rijkswaterstaat of …", "bekijk ik met de corporaties
    # welke …", "Ten derde verken ik met de inspectie of …", "ga ik samen met haar na welke …"
    "bezie": ("bezien", None),
    "bekijk": ("bekijken", None),
    "verken": ("verkennen", None),
    # a review of a choice made: "Ik houd deze keuze wel tegen het licht als …", "Die grens houden we in 2028 tegen het
    # licht" (the phrase may stand anywhere in the clause; round 49)
    "houd": ("tegen het licht houden", "tegen het licht"),
    # information shared with the Kamer in the present: "De cijfers per bedrijf deel ik vertrouwelijk met uw Kamer"
    # (only with "uw Kamer" in its clause; round 49)
    "deel": ("delen", None),
    # "Wel onderzoek ik of …" (with its question: `INQUIRY_AFTER`; not the noun in "heb ik
    # onderzoek laten doen")
    "onderzoek": ("onderzoeken", None),
    "ga": ("nagaan", "na"),
    # "Vanaf de begroting voor 2027 neem ik een indicator op" (not "neem … over": a stance)
    "neem": ("opnemen", "op"),
    # "Wel vraag ik de inspectie om … duidelijker te maken", "Ik verzoek de NZa … te onderzoeken": a
    # request to another party, with its complement (checked in code: `REQUEST_COMPLEMENT`)
    "vraag": ("vragen", None),
    "verzoek": ("verzoeken", None),
    # "Wel versterkt het kabinet de onderlinge afstemming: vanaf maart …"
    "versterk": ("versterken", None),
    # "Wel bespreek ik met de staatssecretaris of …" (with someone: not "In deze brief bespreek ik …")
    "bespreek": ("bespreken", "met"),
    # "Wel overleg ik vóór de zomer met Rijkswaterstaat over …", "overleg ik eerst met de branche" (round 60)
    "overleg": ("overleggen", "met"),
    # "Wel bied ik iedere gedupeerde de mogelijkheid om …" (round 60)
    "bied": ("de mogelijkheid bieden", "mogelijkheid"),
    # "Ik kies daarom voor een termijn van 48 uur", "Het kabinet kiest voor een gefaseerde aanpak"
    "kies": ("kiezen voor", "voor"),
    # "Daarnaast breng ik de beslistermijn terug van zestien naar acht weken" (not "breng ik een bezoek")
    "breng": ("terugbrengen", "terug"),
    "verkort": ("verkorten", None),
    "verklaar": ("van toepassing verklaren", "toepassing"),
    # "leg ik … vast" (and "leg ik … voor aan …": `MEASURE_MORE_PARTICLES`)
    "leg": ("vastleggen", "vast"),
    "vergoed": ("vergoeden", None),
    "regel": ("regelen", None),
    # only with money given ("geef … een bijdrage", "… subsidie", "… een vergoeding"; not "Ik geef aan dat …")
    "geef": ("een bijdrage geven", "bijdrage"),
    "zorg": ("ervoor zorgen", "ervoor"),
    # "Ik bouw de steun … af tot de helft" (not "bouw ik aan …": the particle "af" must close the clause)
    "bouw": ("afbouwen", "af"),
    # "Wel besteed ik het vervoer … uit" (not "besteed ik aandacht aan": the particle "uit" closes the clause)
    "besteed": ("uitbesteden", "uit"),
    "halveer": ("halveren", None),
    "verdubbel": ("verdubbelen", None),
    "besluit": ("besluiten", None),
    "beslis": ("beslissen", None),
    "bepaal": ("bepalen", None),
    # "ik bereid een wijziging van de wet voor" (not "Ik ben bereid …": the adjective; the particle must follow)
    "bereid": ("voorbereiden", "voor"),
    "schaf": ("afschaffen", "af"),
    # "schrijf ik … voor" (not "Ik schrijf u …", "schrijf ik in deze brief": the particle must follow)
    "schrijf": ("voorschrijven", "voor"),
    "verplicht": ("verplichten", None),
    "draag": ("bijdragen", "bij"),
    "verscherp": ("verscherpen", None),
    "scherp": ("aanscherpen", "aan"),
}

#: What "deel … met uw Kamer" gives when it is a view, not information: "Die zorg deel ik met uw Kamer", "Ik deel de
#: opvatting van uw Kamer" (round 49); and the Kamer it is shared with ("met uw Kamer", "met de Kamer").
VIEW_SHARED = re.compile(
    r"\b(?:zorg|zorgen|mening|opvatting|opvattingen|analyse|conclusie|conclusies|wens|ambitie|doel|standpunt"
    r"|bezorgdheid|zienswijze|visie|gevoel|urgentie|inzicht|overtuiging|waardering|teleurstelling)\b",
    _I,
)
WITH_THE_KAMER = re.compile(r"\bmet\s+(?:uw|de)\s+Kamer\b", _I)

#: A sum of money, which makes "draag … bij" a contribution of ours ("Ik draag € 250.000 bij aan de toolkit"; not
#: "Daarmee draag ik bij aan een veiliger buurt", an effect).
#: What "dekken" covers when it is a budget decision: "De kosten dekt het kabinet uit …", "De derving van ongeveer 90
#: miljoen euro dekt het kabinet binnen het inkomstenkader" (not "dekken we steeds meer bodem af").
COSTS_COVERED = re.compile(
    r"\b(?:kosten|derving|uitgaven|tekort|tekorten|meerkosten|uitvoeringskosten|budgettaire|gevolgen)\b|€|\beuro\b"
    # the budget it is covered from: "Die dek ik uit de middelen voor … op de begroting van LVVN" (since round 38)
    r"|\b(?:uit|binnen)\s+(?:de|het|mijn|onze)\s+(?:[\w-]+\s+){0,2}?(?:middelen|begroting|budget|fonds)\b",
    _I,
)
#: The costs "draag" bears when it is a budget decision: "De kosten daarvan draag ik uit het Infrastructuurfonds", "de
#: kosten daarvan draag ik" (the costs named first, or after the verb with the fund they come from; not "wie de kosten
#: draagt", a question; round 55).
COSTS_BORNE = re.compile(
    r"^\W*(?:De|Die|Deze)\s+(?:[\w-]+\s+){0,3}?kosten\b[^.;:]{0,40}?\b(?:draag|dragen)\s+(?:ik|wij|we)\b"
    r"|\b(?:draag|dragen)\s+(?:ik|wij|we)\s+(?:de|die|deze)\s+kosten\s+(?:uit|binnen)\b"
    r"|^\W*(?:Ik|Wij|We)\s+(?:draag|dragen)\s+(?:de|die|deze)\s+kosten\s+(?:uit|binnen)\b"
    # a contribution to costs: "Mijn ministerie draagt de eerste drie jaar bij aan de opstartkosten" (round 57)
    r"|\b(?:draag|dragen|draagt)\b[^.;:]{0,60}?\bbij\s+aan\s+(?:de\s+)?[\w-]*kosten\b",
    _I,
)
SUM_OF_MONEY = re.compile(r"€\s*\d|\b\d[\d.,]*\s+(?:(?:miljoen|miljard|duizend)\s+)?euro\b", _I)
#: A share of a budget named instead of a sum: "reserveer ik binnen die programma's een derde van het budget voor …",
#: "de helft van de middelen", "20 procent van het subsidiebudget" (round 65).
SHARE_OF_BUDGET = re.compile(
    r"\b(?:een\s+(?:derde|kwart|vijfde|tiende|deel)|de\s+helft|twee\s+derde|\d+\s*(?:%|procent))\s+van\s+"
    r"(?:het|de|dat|die|ons|onze|mijn)\s+(?:[\w-]+\s+)?(?:\w*budget|middelen|\w*bedrag|\w*subsidie|begroting)\b",
    _I,
)

#: Particles that must end the clause of a separable measure verb ("werk ik ... uit."); the
#: nouns "afspraken" and "beschikbaar" may stand anywhere in it.
MEASURE_FINAL_PARTICLES = frozenset({"uit", "af", "aan", "in", "op", "onder", "om"})

#: Plural forms of the measure verbs, mapped to the singular key of `MEASURE_LEMMAS`.
MEASURE_PLURALS = {
    "reserveren": "reserveer",
    "wijzen": "wijs",
    "beginnen": "begin",
    "actualiseren": "actualiseer",
    "beperken": "beperk",
    "drukken": "druk",
    "verlengen": "verleng", "verhogen": "verhoog", "verlagen": "verlaag", "versnellen": "versnel", "verbreden": "verbreed",
    "vereenvoudigen": "vereenvoudig", "starten": "start", "investeren": "investeer",
    "intensiveren": "intensiveer", "organiseren": "organiseer", "financieren": "financier",
    "subsidiëren": "subsidieer",
    "introduceren": "introduceer", "schrappen": "schrap", "verruimen": "verruim", "ontwikkelen": "ontwikkel", "wijzigen": "wijzig",
    "herzien": "herzie", "werken": "werk", "stemmen": "stem", "breiden": "breid", "passen": "pas",
    "richten": "richt", "voeren": "voer", "trekken": "trek", "stellen": "stel", "laten": "laat", "maken": "maak",
    "spreken": "spreek", "houden": "houd", "delen": "deel", "bezien": "bezie", "bekijken": "bekijk", "verkennen": "verken", "nemen": "neem",
    "vragen": "vraag", "verzoeken": "verzoek", "versterken": "versterk", "bespreken": "bespreek", "overleggen": "overleg", "bieden": "bied", "verbieden": "verbied",
    "kiezen": "kies", "verscherpen": "verscherp", "scherpen": "scherp",
    "betrekken": "betrek", "pakken": "pak", "zetten": "zet", "brengen": "breng", "verkorten": "verkort",
    "onderzoeken": "onderzoek", "leggen": "leg", "vergoeden": "vergoed", "regelen": "regel", "geven": "geef", "zorgen": "zorg",
    "bouwen": "bouw", "besteden": "besteed", "halveren": "halveer", "verdubbelen": "verdubbel",
    "besluiten": "besluit", "beslissen": "beslis", "bereiden": "bereid", "schaffen": "schaf", "schrijven": "schrijf", "verplichten": "verplicht",
    "dragen": "draag", "dekken": "dek", "betalen": "betaal", "bekostigen": "bekostig", "verklaren": "verklaar", "bepalen": "bepaal",
}  # fmt: skip

#: A determiner "die"/"dat" right after the modal is no clause boundary: "Ik zal die middelen in
#: 2022 beschikbaar stellen", "Ik zal dat onderzoek laten uitvoeren".
DETERMINER_STOPS = frozenset({"die", "dat"})

#: The verbs of a request of ours after a modal, read when no other verb is found: "Ik zal de NVWA
#: vragen om …", "Ik ga de gemeenten om advies vragen" (see `DETERMINER_BEFORE_NOUN`).
REQUEST_VERB = re.compile(r"\b(?:vragen|verzoeken)\b", _I)
#: Where the clause of such a request ends: a comma or semicolon ("Ik zal, zoals de gemeenten vragen
#: om …, de regels aanpassen": the request is another subject's).
REQUEST_CLAUSE_END = re.compile(r"[,;:]")
#: What is asked, before the verb: "om advies vragen", "om een nieuwe planning verzoeken".
ASKED_FOR_BEFORE = re.compile(r"\bom\s+(?:[\w-]+\s+){1,3}$", _I)

#: Words before "vragen" that make it the plural noun (the others ending in -e, "de", "deze", "gestelde",
#: are told by that ending): "zal ik uw vragen beantwoorden", "het aantal vragen", "twee vragen".
DETERMINER_BEFORE_NOUN = frozenset(
    {"uw", "het", "hun", "zijn", "haar", "mijn", "ons", "veel", "meer", "minder", "aantal", "welk", "vier", "vijf",
     "zes", "acht", "tien", "schriftelijk", "nieuw", "eigen", "aanvullend"}
)  # fmt: skip

#: A present passive that announces an inquiry of the government (tentative): "Daarnaast wordt
#: bezien of de vergoeding kan worden verhoogd", "Er wordt nader onderzocht hoe …", "Ook wordt
#: verkend welke …". Not with another agent ("wordt door de VNG bezien"). At most two adverbs
#: between the auxiliary and the participle (fixed count: linear time).
PASSIVE_EXPLORE = Keyed(
    re.compile(
        r"\b(?:wordt|worden)\s+(?:(?:nu|ook|daarom|tevens|nog|eerst|nader|verder|dan|bovendien|opnieuw)\s+){0,2}"
        r"(?P<verb>bezien|onderzocht|verkend|nagegaan|uitgezocht|bekeken)\s+"
        r"(?:of|hoe|welke|wat|waar|in\s+hoeverre|op\s+welke)\b",
        _I,
    ),
    "wordt worden",
    "bezien onderzocht verkend nagegaan uitgezocht bekeken",
)
#: A necessity before a `PASSIVE_EXPLORE` match makes it a task, not our promise: "Daarom moet per
#: gebied worden bezien waar water kan worden geborgen", "dient te worden onderzocht of …".
#: (Also a possibility: "Met die vastlegging kan ook worden nagegaan of het verbruik daalt" says what can be checked.)
EXPLORE_DEONTIC = re.compile(r"\b(?:moet|moeten|dient|dienen|kan|kunnen)\b", _I)
#: The lemma of each participle of `PASSIVE_EXPLORE`.
EXPLORE_LEMMAS = {
    "bezien": "bezien", "onderzocht": "onderzoeken", "verkend": "verkennen", "nagegaan": "nagaan",
    "uitgezocht": "uitzoeken", "bekeken": "bekijken",
}  # fmt: skip

#: A present passive ("De bijdrage wordt in 2023 en 2024 voortgezet"): with a future deadline and a
#: verb of `ACTIONS` it announces a measure of the government.
PASSIVE_PRESENT = Keyed(
    re.compile(r"\b(?:wordt|worden)\b", _I),
    "wordt worden",
)

#: The maker of an act named by a noun after a preposition, right before "door": "na de melding door de notaris", "voor
#: een bedrijfsbezoek door een dierenarts" (the noun's maker, not the agent of the sentence's passive; since round 38).
ACT_NOUN_BEFORE_AGENT = re.compile(
    r"\b(?:na|voor|bij|van|tijdens|met|zonder|over|om)\s+(?:de|het|een|elke|iedere)\s+(?:[\w-]+\s+)?"
    r"[\w-]*(?:ing|bezoek|controle)\s+$",
    _I,
)


#: A relative clause that closes the sentence, its agent right after "die"/"dat": "krijgt iedere hulphond vanaf 1
#: januari 2028 een tuig met een pas die door de opleider wordt uitgegeven" (the maker of a thing named in the object,
#: not the agent of the main clause; not "Het onderzoek, dat door het RIVM wordt uitgevoerd, wordt …", which goes on).
#: Matched from the "door" on, `RELATIVE_BEFORE_AGENT` before it (round 40).
RELATIVE_BEFORE_AGENT = re.compile(r"\b(?:die|dat)\s+$", _I)
RELATIVE_AGENT_CLOSES = re.compile(r"door\s[^,;:.]*?\b(?:wordt|worden)\s+[\w-]+\s*\.?\s*$", _I)


class _AgentKeyed(Keyed):
    """`OTHER_AGENT`: its search passes over a "door" that names the maker of an act named by a noun
    (`ACT_NOUN_BEFORE_AGENT`) or the agent of a relative clause that closes the sentence (`RELATIVE_AGENT_CLOSES`)."""

    __slots__ = ()

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        for m in self.finditer(text, pos, endpos):
            if ACT_NOUN_BEFORE_AGENT.search(text, max(0, m.start() - 60), m.start()) is not None:
                continue
            if (
                RELATIVE_BEFORE_AGENT.search(text, max(0, m.start() - 5), m.start()) is not None
                and RELATIVE_AGENT_CLOSES.match(text, m.start(), min(endpos, len(text))) is not None
            ):
                continue
            return m
        return None


#: An agent other than the government in a passive: "wordt in 2023 door de gemeenten uitgevoerd".
OTHER_AGENT = _AgentKeyed(
    re.compile(
        # (a bureau we have evaluate or study something is no other actor: "De maatregelen worden in 2029 door een
        # extern bureau geëvalueerd")
        # (nor one of our staff: "wordt vóór publicatie door een medewerker gecontroleerd"; round 45)
        # (nor what replaces a thing: "wordt in 2031 vervangen door een nieuw depot"; round 47)
        r"(?<!\bvervangen\s)\bdoor\s+(?:de|het|een)\s+(?!(?:minister|staatssecretaris|kabinet|ministerie|rijk|regering|extern\w*"
        r"|onafhankelijk\w*|(?:medewerker|medewerkers|ambtenaar|ambtenaren)\b(?!\s+van\b))\b)\w+",
        _I,
    ),
    "door",
    "de het een",
)

#: Modals that only promise something with a delivery verb from `ACTIONS` ("Ik wil benadrukken"
#: is no promise, "Ik wil uw Kamer informeren" is).
WEAK_MODALS = frozenset(
    {
        "wil",
        "willen",
        "wens",
        "wensen",
        "streef",
        "streeft",
        "streven",
        "verwacht",
        "verwachten",
        "zeg",
        "zegt",
        "zeggen",
    }
)

#: Modals that make the promise tentative: "Ik streef ernaar ...", "Ik verwacht ... te".
TENTATIVE_MODALS = frozenset({"streef", "streeft", "streven", "verwacht", "verwachten"})

#: What a negated act keeps, right after its verb: "…, maar wel in ieder gesprek waarin …" (the act holds in part).
# … or where or how it is done instead, a preposition after "maar": "Ik kies ervoor het spreekrecht niet in de
# Gemeentewet op te nemen, maar in de modelverordening" (the act holds, in another place; since round 38).
# … or for whom an act of ours holds instead, fronted before its verb: "Ik ga de huur niet volledig vergoeden, maar voor
# deelnemers met een laag inkomen stel ik een betalingsregeling open" (since round 41).
BUT_STILL = re.compile(
    r"\s*,\s*maar\s+(?:wel\b|(?:in|op|via|bij|binnen|met)\s+(?:de|het|een|een\s+eigen)\s"
    r"|voor\s+[^,.;:]{1,120}?\s[a-z]+\s+(?:ik|wij|we|het\s+kabinet)\b)",
    _I,
)

#: "moeten" right before the verb a "zal" governs: "zal het COA mensen soms vaker moeten verplaatsen" foresees a
#: necessity, it promises nothing (matched on the text between the modal and the verb).
MUST_BEFORE = re.compile(r"\bmoeten\s+$", _I)

#: "Ik ga ervan uit dat ..." and "Ik ga akkoord" use "ga" without promising anything; nor does "te ver gaan", a
#: judgement ("Een vast programma in elk land gaat het kabinet op dit moment te ver", since round 38).
NOT_A_PROMISE = Keyed(
    re.compile(
        r"\b(?:ga|gaan|gaat)\s+(?:\w+\s+){0,3}?(?:er\s*van\s+uit|akkoord)\b"
        r"|\b(?:ga|gaan|gaat)\s+(?:\w+\s+){0,6}?te\s+ver\b",
        _I,
    ),
    "ga gaan gaat",
    "uit akkoord ver",
)

#: Passive future: "Uw Kamer zal ... op de hoogte worden gesteld", "Bezien zal worden of",
#: "zal de pilot worden hervat", "zullen ... geïnformeerd worden". Not across a clause opener: in "De Woonbond en
#: Aedes zullen een modelbrief opstellen waarmee huurders worden uitgenodigd" the passive is the relative clause's.
PASSIVE_FUTURE = Keyed(
    re.compile(
        r"\b(?:zal|zullen)\b"
        r"(?:\s+(?!(?:waarmee|waarin|waarop|waardoor|waarbij|waarover|waarna|zodat|omdat|wanneer|nadat|terwijl)\b)\S+)"
        r"{0,12}?\s+(?:worden|word)\b",
        _I,
    ),
    "zal zullen",
    "worden word",
)

#: The Kamer as receiver and subject: "Uw Kamer wordt ... geïnformeerd", "U ontvangt ...", both
#: Kamers ("wordt dat met beide Kamers gedeeld").
KAMER_SUBJECT = Keyed(
    re.compile(
        r"\b(?i:uw|de)\s+Kamer\b|\b(?i:beide|de)\s+Kamers\b|\b(?:u|U)\s+(?:ontvangt|wordt|kunt|moogt)\b|\b(?i:ontvangt|wordt|kunt|moogt)\s+u\b"
        # the Kamer addressed as the subject of a relative clause: "…, die u in december 2027 ontvangt" (round 44)
        r"|\b(?:die|dat)\s+u\s+(?=[^.;:,]{0,80}?\bontvangt\b)"
    ),
    "kamer kamers u",
)

#: Present-tense receiving, required with KAMER_SUBJECT ("Uw Kamer is in maart al geïnformeerd"
#: is a past fact, "Uw Kamer wordt voor Prinsjesdag geïnformeerd" a promise).
# (also hearing of it: "Uw Kamer hoort daarvan in de volgende voortgangsbrief"; since round 44)
KAMER_PRESENT = re.compile(r"\b(?:wordt|worden|ontvangt|ontvangen|hoort|verneemt)\b", _I)

#: First person present tense of a delivery verb: "Ik informeer uw Kamer voor de zomer",
#: "stuur ik u", "kom ik hierop terug", "houd ik uw Kamer op de hoogte", "dan meld ik dat uw Kamer".
PRESENT_DELIVERY = Keyed(
    re.compile(
        r"\b(?P<actor>(?i:ik|wij|we))\s+(?i:informeer|informeren|stuur|sturen|zend|zenden|bied|bieden|kom|komen|"
        r"houd|houden|stel|stellen|rapporteer|rapporteren|deel|delen|koppel|koppelen|doe|doen|berichten|meld|melden"
        # (what a later document will say: "In de Klimaat- en Energienota 2027 geef ik aan hoeveel …"; round 60)
        r"|geef|geven)\b"
        r"|\b(?i:informeer|informeren|stuur|sturen|zend|zenden|bied|bieden|kom|komen|houd|houden|stel|stellen|"
        r"rapporteer|rapporteren|deel|delen|koppel|koppelen|doe|doen|bericht|berichten|meld|melden|geef|geven)"
        r"\s+(?P<actor2>(?i:ik|wij|we))\b"
        # third person: "Het kabinet komt hier bij de Voorjaarsnota op terug", "informeert de minister"
        r"|\b"
        + ACTOR.replace("?P<actor>", "?P<actor3>")
        + r"\s+(?i:informeert|stuurt|zendt|biedt|komt|houdt|stelt|"
        r"rapporteert|deelt|koppelt)\b"
        r"|\b(?i:informeert|stuurt|zendt|biedt|komt|houdt|stelt|rapporteert|deelt|koppelt)\s+"
        + ACTOR.replace("?P<actor>", "?P<actor4>")
        + r"\b"
        # verb-final in a relative clause: "…, waarvan ik de uitkomsten in het najaar van 2027 met uw Kamer deel",
        # "…, waarover ik uw Kamer voor de zomer informeer"
        r"|\b(?i:waarover|waarvan|waarmee|waarin|die|dat)\s+(?P<actor5>(?i:ik|wij|we))\s+[^.;,:?]{0,160}?"
        r"\b(?i:informeer|informeren|stuur|sturen|zend|zenden|deel|delen|rapporteer|rapporteren|bericht|berichten"
        # (the particle joined at the end: "een convenant, dat ik uw Kamer na ondertekening toestuur"; round 67)
        r"|meld|melden|toestuur|toesturen|toezend|toezenden)(?=\s*(?:[.;,]|$))"
    ),
    _ACTOR_WORDS,
    "bericht berichten informeer informeren stuur sturen zend zenden bied bieden kom komen houd houden stel stellen "
    "rapporteer rapporteren deel delen koppel koppelen informeert stuurt zendt biedt komt houdt stelt "
    "rapporteert deelt koppelt doe doen meld melden geef geven toestuur toesturen toezend toezenden",
)

#: A future document named as the vehicle: "in de volgende voortgangsbrief",
#: "in de eerstvolgende rapportage", "bij de komende begroting".
FUTURE_DOCUMENT = Keyed(
    re.compile(
        # a periodic report named by its period: "in de halfjaarsrapportage van de Douane"
        r"\b(?:in|bij|met|via)\s+(?:de|het)\s+(?:halfjaars|halfjaar|kwartaal|jaar)rapportage\b"
        # (also the minister's own: "in mijn volgende voortgangsbrief", "in haar eerstvolgende brief")
        # (and from that one on: "Vanaf de eerstvolgende halfjaarsrapportage informeer ik uw Kamer …"; round 58)
        r"|\b(?:in|bij|met|via|vanaf)\s+(?:de|het|mijn|onze|haar|zijn)\s+(?:volgende|eerstvolgende|komende|nog\s+te\s+verschijnen|"
        # a recurring report is always a later one: "via de halfjaarlijkse voortgangsrapportage"
        r"halfjaarlijkse|jaarlijkse|periodieke|kwartaalrapportage|voortgangsrapportage|voortgangsbrief)\s+"
        r"(?!(?:paragraaf|paragrafen|hoofdstuk|alinea|sectie|onderdeel|deel)\b)\w+"
        # a later document of a bill's passage: "Wij informeren uw Kamer daarover in de nota naar aanleiding van het
        # verslag", "in de memorie van antwoord", "bij de nota van wijziging"
        r"|\b(?:in|bij|met|via)\s+(?:de|een)\s+(?:nadere\s+)?(?:nota\s+naar\s+aanleiding\s+van\s+het\s+(?:nader\s+)?verslag"
        r"|memorie\s+van\s+antwoord|nota\s+van\s+wijziging)\b"
        # a yearly report in a named document: "Over de voortgang rapporteer ik jaarlijks in de Klimaat- en
        # Energienota", "… jaarlijks in het jaarverslag" (round 49)
        r"|\bjaarlijks\s+(?:[^\s.,;:]+\s+){0,3}?(?:in|bij|via)\s+(?:de|het)\s+(?:(?:(?-i:[A-Z])\w*-\s+en\s+)?(?-i:[A-Z])[\w-]*"
        r"(?:nota|verslag|rapportage|monitor|begroting|brief)|jaarverslag|jaarrapportage|begroting)\b"
        # a separate letter is never this one: "De Minister van JenV informeert uw Kamer daarover in een afzonderlijke
        # brief" (gold: every present-tense delivery in "een aparte/afzonderlijke brief" firm; round 54)
        r"|\bin\s+een\s+(?:aparte|afzonderlijke|separate)\s+brief\b"
        # a letter or budget of a year named: "Ik informeer uw Kamer daarover in de brief over de ontwikkelingsbegroting
        # voor 2028", "in de nota voor 2028" (round 58)
        r"|\bin\s+de\s+(?:brief|begroting|nota)\s+(?:over\s+(?:de|het)\s+[\w-]+\s+)?voor\s+(?:19|20)\d\d\b"
        # the answer to a yearly report still to appear: "Over de uitvoering informeer ik uw Kamer in de reactie op het
        # jaarverslag van de ombudsman over 2027" (round 60; a recurring report's answer is never this letter)
        r"|\b(?:in|bij|met|via)\s+(?:de|mijn|onze|haar|zijn)\s+(?:beleids|kabinets)?reactie\s+op\s+(?:het|de)\s+"
        r"(?:volgende\s+|eerstvolgende\s+|komende\s+)?(?:jaarverslag|jaarrapport|jaarrapportage|jaarbericht)\b",
        _I,
    ),
    "in bij met via vanaf",
    "jaarlijks volgende eerstvolgende komende nog halfjaarlijkse jaarlijkse periodieke "
    "kwartaalrapportage voortgangsrapportage voortgangsbrief halfjaarsrapportage halfjaarrapportage "
    "jaarrapportage nota memorie aparte afzonderlijke separate brief begroting reactie beleidsreactie kabinetsreactie",
)

#: A forecast or finding attributed to the report's body: "Het doel … wordt volgens de raad bij ongewijzigd beleid niet
#: gehaald", "volgens het PBL", "volgens hen" (not "volgens de planning": no body).
ATTRIBUTED_VIEW = re.compile(
    r"\bvolgens\s+(?:(?:de|het)\s+(?:raad|inspectie|onderzoekers|evaluatoren|rekenkamer|ombudsman|commissie|afdeling"
    r"|planbureau|auteurs|[A-Z][\w-]*)|[A-Z]{2,}|hen|haar|hem)\b"
)

#: A `DATE_ANAPHOR` that opens a window from the day named before: "vanaf die datum", "per dezelfde datum".
FROM_THE_DAY = re.compile(r"(?:vanaf|per|met\s+ingang\s+van)\b", _I)

#: A view that something should happen, its act in a "dat"-clause: "Ik vind het van belang dat de regeling volgend jaar
#: wordt geëvalueerd", "Het kabinet acht het wenselijk dat …" (a wish, no act promised).
VIEW_THAT = re.compile(
    r"\b(?:vind|vindt|vinden|acht|achten)\s+(?:het\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:belang|belangrijk|wenselijk|nodig|noodzakelijk|goed|verstandig)\s+dat\b",
    _I,
)

#: A modal of the future anywhere in the sentence: beside `VIEW_THAT` it keeps a promise ("Ik vind het belangrijk dat
#: gemeenten meedoen en zal hen daarom in 2027 een handreiking sturen").
FUTURE_MODAL_WORD = re.compile(r"\b(?:zal|zullen|ga|gaat|gaan)\b", _I)

#: Words that make a term "binnen zes weken" a time to come for us: the first person, the cabinet, a modal of the
#: future, the Kamer informed ("Ik stuur u binnen zes weken een reactie", "Het kabinet zal binnen drie maanden …",
#: "Uw Kamer wordt binnen drie maanden geïnformeerd").
OWN_PROMISE_WORD = re.compile(r"\b(?:ik|wij|we|zal|zullen|kabinet|kamer)\b", _I)

#: "gaat over" + a determiner after a "ga" trigger: what something is about, not a future ("De studie gaat over de
#: vraag hoeveel …"; "Het kabinet gaat over tot …" has no determiner after "over").
GOES_ABOUT = re.compile(r"\s+over\s+(?:de|het|een|deze|dit|die|dat|hoe|wat|welke)\b", _I)

#: A second clause with its own modal joined by "en" (the first clause's subject left out): "Ik neem deze
#: aanbeveling niet over en zal de huidige aanpak in 2027 evalueren" (a negation before it is the first clause's).
JOINED_MODAL_CLAUSE = re.compile(r"\ben\s+(?:(?:ik|wij|we)\s+)?(?:zal|zullen|ga|gaat|gaan|wil|willen)\b", _I)

#: Going into a matter in a later document, with `FUTURE_DOCUMENT` in the sentence: "Ik ga hier in de volgende
#: voortgangsbrief nader op in", "Hierop gaat het kabinet in de eerstvolgende rapportage in" (the letter's own
#: "In deze brief ga ik in op …" names no later document). Groups "actor"/"actor2", "verb".
GOES_INTO_LATER = Keyed(
    re.compile(
        r"\b(?:(?P<actor>(?i:ik|wij|we|het\s+kabinet))\s+(?P<verb>(?i:ga|gaan|gaat))"
        r"|(?P<verb2>(?i:ga|gaan|gaat))\s+(?P<actor2>(?i:ik|wij|we|het\s+kabinet)))\b"
        r"(?:\s+(?!(?i:niet|geen)\b)[\w'-]+){0,12}?\s+(?:(?i:nader|uitgebreid|verder)\s+)?(?:op\s+)?in\s*[.;]?\s*$"
    ),
    "ik wij we kabinet",
    "ga gaan gaat",
)

#: A later document of ours as the subject that will go into something: "De volgende voortgangsbrief medische
#: zorg, die u in december 2027 ontvangt, gaat in op de voortgang van het register", "De eerstvolgende
#: rapportage zal ingaan op …" (the information promised; group "verb" is the act).
DOCUMENT_GOES_INTO = Keyed(
    re.compile(
        r"^\W*(?:De|Het|Mijn|Onze)\s+(?:volgende|eerstvolgende|komende)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:brief|voortgangsbrief|rapportage|voortgangsrapportage|nota|monitor|verslag|kamerbrief|jaarrapportage)\b"
        r"[^.;]{0,160}?\s(?P<verb>(?:gaat|zal)\s+(?:[\w-]+\s+){0,4}?(?:in\s+op|ingaan\s+op))\b"
    ),
    "volgende eerstvolgende komende",
    "gaat zal",
)

#: A moment or condition that makes a present-tense delivery a promise: "Zodra het rapport gereed
#: is, stuur ik het u toe", "Mocht daaruit blijken dat …, dan doe ik uw Kamer een voorstel" (a
#: present tense after a condition speaks of what will be done). Also a moment after an event
#: ("Na ontvangst stuur ik het rapport aan uw Kamer") and a document announced in the sentence before
#: and pointed back at with "dat/die" ("In het najaar verschijnt het rapport. Ik stuur u dat rapport
#: met een reactie toe."; "dit rapport" may be the one enclosed now and does not count).
FUTURE_MOMENT = re.compile(
    r"\bzodra\b|^\s*mocht\b|,\s*dan\s+(?:doe|informeer|stuur|kom|stel|bied|meld)\s+(?:ik|wij|we)\b"
    # … or a fronted "als"/"indien" clause without "dan": "Als uit de besluitvorming blijkt dat …, meld ik u dat",
    # "Indien de kosten hoger uitvallen, informeer ik uw Kamer daarover" (holdout410, round 67)
    r"|^\W*(?:als|indien|wanneer)\b[^.;:?]{3,200}?,\s*(?:informeer|stuur|bericht|meld|zend|rapporteer)\s+(?:ik|wij|we)\b"
    # a when-clause after the delivery: "Over de uitwerking informeer ik uw Kamer wanneer de wijziging in consultatie
    # gaat"
    r"|\b(?:informeer|stuur|bericht|meld|zend|rapporteer)\s+(?:ik|wij|we)\b[^.;?]{0,80}?\s(?:wanneer|nadat)\s"
    # before an event to come: "Ik informeer uw Kamer vóór de openstelling van de regeling", "voorafgaand aan de start"
    r"|\bvóór\s+(?:de|het)\s+(?:openstelling|inwerkingtreding|invoering|start|behandeling|opening|lancering"
    r"|begrotingsbehandeling|indiening|ingang)\b|\bvoorafgaand\s+aan\b"
    r"|\bna\s+(?:ontvangst|afronding|vaststelling|publicatie|verschijning|oplevering|afloop)\b"
    # (… or after a signature or an approval to come: "een convenant, dat ik uw Kamer na ondertekening toestuur"; round 67)
    r"|\bna\s+(?:de\s+)?(?:ondertekening|goedkeuring|inwerkingtreding)\b"
    # a moment of a thing to come: "Over de afspraken informeer ik uw Kamer bij de start van het programma"
    r"|\bbij\s+de\s+(?:start|afronding|oplevering|opening|lancering|afsluiting)\s+van\b"
    # … and of a thing just named: "Over de vervolgregeling informeer ik uw Kamer bij de publicatie ervan in de
    # Staatscourant" (round 48)
    r"|\bbij\s+de\s+(?:start|afronding|oplevering|opening|lancering|afsluiting|publicatie|openstelling"
    r"|inwerkingtreding|vaststelling)\s+(?:ervan|daarvan)\b"
    # a step of the rule-making still to come: "… informeer ik uw Kamer bij de voorhang van het ontwerpbesluit", "bij
    # de indiening van het wetsvoorstel" (round 47)
    r"|\bbij\s+de\s+(?:voorhang|indiening|aanbieding|publicatie)\s+van\s+(?:het|de)\s+(?:ontwerp|wetsvoorstel|concept)"
    # results still to come as what is told: "Over de uitkomsten daarvan informeer ik uw Kamer", "Ik informeer uw
    # Kamer over de resultaten van de proef" (a letter telling them now says so: "In deze brief …", "Hierbij …")
    r"|\bover\s+de\s+(?:uitkomsten|uitkomst|resultaten|bevindingen)\b"
    r"|\b(?:dat|die)\s+(?:rapport|rapportage|brief|advies|onderzoek|evaluatie|plan|verslag|notitie|uitwerking"
    r"|resultaten|uitkomsten|analyse|wetsvoorstel|voorstel|aanpak|programma|monitor)\b",
    _I,
)

#: The order this letter keeps in answering, never a promise (whatever "Hierbij"/"Daarbij" before it): "Hierbij zal ik
#: zoveel mogelijk de volgorde van het verslag aanhouden", "Daarbij zal ik uitgaan van de volgorde en indeling die de
#: leden mij hebben aangereikt".
LETTER_ORDER = re.compile(
    r"\bvolgorde\s+van\s+(?:het|de|uw)\s+(?:\w+\s+)?(?:verslag|rapport|vragen|brief|advies|aanbevelingen|inbreng)"
    r"\b[^.]{0,40}?\b(?:aan\s*(?:te\s+)?houden|aanhouden|volgen|houd|houden)\b"
    r"|\buit\s*(?:te\s+)?gaan\s+van\s+de\s+volgorde\b",
    _I,
)

#: A moment after "ingaan op": the term takes effect then, no letter discussing ("op het moment dat …", "op 1 januari").
_TAKES_EFFECT_AT = r"\s+(?:het\s+moment|de\s+dag|(?:die|dezelfde|de\s+eerste)\s+(?:dag|datum)|\d)"

#: Letter-internal discourse, never a promise: "Ik zal nu ingaan op de aanbevelingen",
#: "In deze brief ga ik in op ...", "Hieronder licht ik ... toe", "Ik wil benadrukken dat ...".
DISCOURSE = Keyed(
    re.compile(
        # (not "ingaan" of a term taking effect: "de termijn te laten ingaan op het moment dat …", "De regeling gaat in
        # op 1 januari"; round 64)
        r"\bin\s*(?:te\s+)?gaan\s+op\b(?!" + _TAKES_EFFECT_AT + r")|\bingegaan\b"
        r"|\b(?:ga|gaan|gaat)\b[^.]{0,80}?\bin\s+op\b(?!" + _TAKES_EFFECT_AT + r")"
        r"|\btoelichten\b|\btoe\s+te\s+lichten\b|\blicht\w*\b[^.]{0,60}?\btoe\b|\bschets\w*\b|\bbeschrij\w+\b"
        r"|\buiteen\s*(?:te\s+)?zetten\b|\bzet\b[^.]{0,60}?\buiteen\b|\bstil\s*(?:te\s+)?staan\b|\bsta\b[^.]{0,60}?\bstil\b"
        r"|\bbenadruk\w*\b|\bonderstre\w+\b|\bopmerken\b"
        # the writer pointing out ("Ik wil wijzen op …", "Graag wijzen wij op …"), not pointing others to
        # something ("Ik zal gemeenten in de handreiking wijzen op hun mogelijkheden": an act)
        r"|\b(?:ik|wij|we|wil|willen|zou|zouden|graag|nog|hier|daar|u|kamer)\s+wijzen\s+op\b"
        r"|\bwijzen\s+(?:wij|we|ik)\s+(?:\w+\s+)?op\b",
        _I,
    ),
    "gaan ingaan ingegaan ga gaat toelichten opmerken wijzen",
    stems="licht schets beschrij uiteen stil benadruk onderstre",
)

#: Sentences that fulfil a promise or request now: "Met deze brief geef ik invulling aan de
#: toezegging ...", "Hiermee voldoe ik aan de motie ...", "Met deze brief willig ik dit verzoek
#: in", "Hiermee is uitvoering gegeven aan ...".
FULFILS_PHRASE = Keyed(
    re.compile(
        # (the object fronted: "Aan deze motie geef ik uitvoering met de regeling …")
        r"\baan\s+(?:deze|die|de|het)\s+(?:toezegging|motie|verzoek|amendement|afspraak|wens)\w*\s+"
        r"(?:geef|geeft|geven)\b[^.]{0,40}?\b(?:invulling|uitvoering|gevolg)\b|"
        r"(?:\b(?:geef|geeft|geven)\b[^.]{0,40}?\b(?:invulling|uitvoering|gevolg)\s+aan\b"
        r"|\b(?:invulling|uitvoering|gevolg)\s+(?:is\s+|wordt\s+)?(?:te\s+)?(?:geven|gegeven)\s+aan\b"
        r"|\bvoldoe\w*\b[^.]{0,60}?\baan\b)[^.]{0,80}?\b(?:toezegging|motie|verzoek|amendement|afspraak|wens)"
        r"|\b(?:kom|komt|komen)\b[^.]{0,60}?\b(?:toezegging|verzoek|motie)\w*\b[^.]{0,40}?\bna\b"
        r"|\bwillig\w*\b[^.]{0,60}?\bin\b|\bdoe\b[^.]{0,40}?\btoezegging\b[^.]{0,20}?\bgestand\b",
        _I,
    ),
    stems="toezegging motie verzoek amendement afspraak wens willig",
)

#: What may stand before a `FULFILS_MARKER` that says when the delivery happens: nothing, or an
#: adverb or conjunction ("Daarnaast informeer ik u met deze brief", "Ook stuur ik u hierbij …", "En
#: in deze brief …"). Anything else makes the marker part of a noun phrase ("de maatregelen in deze brief").
MARKER_OPENING = re.compile(
    r"\W*(?:(?:en|ook|daarnaast|verder|tevens|voorts|daarom|zoals\s+toegezegd|tot\s+slot)\b[\s,]*)?", _I
)

#: Markers of "this letter now": "Met deze brief", "Met deze tweede voortgangsbrief", "Hierbij",
#: "Hiermee", "Daarmee", "In deze brief".
FULFILS_MARKER = Keyed(
    re.compile(
        r"\b(?:met|in|middels|via)\s+(?:deze|de\s+bijgaande|bijgaande)\s+(?:[\w-]+\s+)?"
        r"(?:brief|kamerbrief|rapportage|voortgangsbrief|notitie)\b"
        # "Daarmee geef ik invulling aan mijn toezegging …": the act just told (this letter) fulfils it
        # (not in a relative clause: "de besparing die daarmee is bereikt", "het budget dat daarmee vrijkomt"; round 55)
        r"|(?<!\bdie\s)(?<!\bdat\s)(?<!\bwat\s)\b(?:hierbij|hiermee|daarmee)\b|\bbij\s+deze\b"
        # later in this letter: "Ik informeer uw Kamer hieronder over de uitkomsten van het onderzoek"
        r"|\bhieronder\b|\bhierna\b"
        # together with this letter, opening the sentence: "Tegelijk ontvangt u de studie van SEO naar …" (round 47)
        # (not with a time of its own: "Tegelijk ontvangt u in het najaar …")
        r"|^\W*tegelijk(?:ertijd)?\s+(?:ontvangt\s+u|stuur\s+ik|zend\s+ik|bied\s+ik)\b"
        r"(?![^.;]*\b(?:in|na|vóór|voor|uiterlijk|begin|eind|medio|rond)\s+(?:het\s+|de\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:najaar|voorjaar|zomer|winter|kwartaal|maand|maanden|weken|20\d\d)\b(?![^.;]*\b(?:heb|hebben|had)\b))",
        _I,
    ),
    "deze bijgaande hierbij hiermee daarmee hieronder hierna tegelijk tegelijkertijd",
    "brief rapportage voortgangsbrief notitie hierbij hiermee daarmee bij hieronder hierna tegelijk tegelijkertijd",
)

#: What a letter can fulfil: without one of these, "Met deze brief informeer ik uw Kamer over …"
#: only states the letter's purpose and is not a commitment.
FULFILS_OBJECT = Keyed(
    re.compile(r"\b(?:toezegging|motie|verzoek|amendement|afspraak|aanvraag|vragen)\w*", _I),
    stems="toezegging motie verzoek amendement afspraak aanvraag vragen",
)

#: First person present verbs that deliver now when combined with FULFILS_MARKER.
FULFILS_VERB = Keyed(
    re.compile(
        r"\b(?:informeer|stuur|zend|bied|reageer|beantwoord|geef|willig|voldoe|kom|doe|deel|ontvangt)\b", _I
    ),
    "informeer stuur zend bied reageer beantwoord geef willig voldoe kom doe deel ontvangt",
)

#: A reference to an earlier promise: "Zoals ik heb toegezegd tijdens het Commissiedebat",
#: "Conform mijn toezegging", "Zoals eerder aangekondigd", "Het kabinet heeft toegezegd …".
REFERS = re.compile(
    r"\b(?:zoals|conform|overeenkomstig|ingevolge)\b[^.]{0,60}?\b(?:toegezegd|toezegging|aangekondigd|"
    r"beloofd|aangegeven\s+in\s+(?:het|mijn)\s+(?:debat|commissiedebat))\b"
    # (agreed, but not with another party: "…, zoals ik met de PO-Raad en de VO-raad heb afgesproken" is an agreement
    # with the sector that the new act carries out, no earlier promise to the Kamer)
    # (nor in a coalition agreement: "…, zoals in het coalitieakkoord is afgesproken" names the plan's origin, no promise
    # to the Kamer; round 64)
    r"|\b(?:zoals|conform|overeenkomstig|ingevolge)\b(?!\s+(?:in\s+)?het\s+(?:coalitie|regeer|hoofdlijnen)akkoord\b)"
    r"(?:(?!\bmet\b)[^.]){0,60}?\bafgesproken\b"
    # (a debate named with its date between: "Mijn ambtsvoorganger heeft tijdens het commissiedebat mkb-financiering van
    # 12 maart 2026 toegezegd …")
    r"|\b(?:heb\w*|heeft|had|hadden|is|zijn|werd|werden)\b[^.]{0,100}?\btoegezegd\b"
    # an intention told in an earlier letter, told again: "In mijn brief van 14 juni 2026 heb ik aangegeven dat het
    # kabinet die motie wil uitvoeren", "heb ik in de brief van 3 maart 2026 gemeld dat …"
    r"|\bin\s+(?:mijn|onze|de)\s+(?:[\w-]+\s+)?brief\s+van\s+\d{1,2}\s+[a-z]+\s+\d{4}\b[^.]{0,60}?"
    r"\b(?:aangegeven|gemeld|geschreven|aangekondigd|bericht|laten\s+weten)\b",
    _I,
)
#: A clause on whom something was promised, right before a `REFERS` match: "… voor werkzoekenden aan wie daarna een
#: contract van zes maanden is toegezegd" (a job offered, no earlier promise of ours to the Kamer).
PROMISED_TO_WHOM = re.compile(r"\baan\s+wie\b[^.,;]{0,80}$", _I)
#: … or the subject of a conjunct after our act, right before a `REFERS` match on "heeft/hebben … toegezegd": "De
#: staatssecretaris stelt in 2028 € 4 miljoen beschikbaar, en de zorgverzekeraars hebben toegezegd …" (a promise of
#: others; our act is new; since round 41).
# (or after a colon or semicolon: "Wel wordt de verwachting van Rijkswaterstaat vanaf 1 oktober 2026 het enige
# vertrekpunt: de waterschappen en de veiligheidsregio's hebben toegezegd …"; round 65)
OTHERS_PROMISED = re.compile(
    r"(?:,\s+(?:en|maar|terwijl)|[:;])\s+(?:de|het)\s+(?!kabinet\b)[\w-]+(?:\s+[\w'’-]+){0,5}?\s+$", _I
)

#: Past promise reported with a te-infinitive: "In het debat heb ik toegezegd uw Kamer ... te informeren":
#: PROMISED, then the first TE_INFINITIVE after it with no full stop in between. Two patterns
#: read by `kamerstuk.entities.commitments._promised_te` instead of one
#: ``toegezegd[^.]*?te\s+\w+``, which rescanned the rest of the sentence for every "toegezegd"
#: (quadratic on a long sentence of them).
PROMISED = Keyed(
    # (and as the press reports a promise: "beloofde hij de Kamer erop terug te komen", "zegt hij toe de
    # aanbevelingen op te volgen", "zegde de minister toe …")
    re.compile(
        r"\btoegezegd\b|\bbelo(?:ofde|ofden|ofd|oft)\b"
        r"|\bzeg(?:t|de|den|gen)\s+(?:[^\s.,;:]+\s+){0,3}?toe\b(?!\s+(?:aan|dat)\b)",
        _I,
    ),
    "toegezegd beloofd beloofde beloofden belooft zegt zegde zegden zeggen",
)
#: Auxiliaries a promised act may put between "te" and its verb: "op te zullen volgen", "te kunnen sturen".
PROMISED_TE_AUX = frozenset({"zullen", "kunnen", "gaan", "willen"})
#: Example: "te informeren" in "heb ik toegezegd uw Kamer voor de zomer te informeren".
TE_INFINITIVE = re.compile(r"\bte\s+\w+", _I)

#: Negation of the promised act: "Ik zal de Kamer niet ...", "Ik ga geen ...". Not the first part of a
#: compound: "beperkt de toelichting tot de niet-beursgenoteerde deelnemingen", "niet-westerse", "geen-bezwaarverklaring".
#: "achterwege" refrains from the act: "… en laat een onderzoek daarnaar achterwege" (round 50).
NEGATION = re.compile(r"(?<!-)\b(?:niet|geen|nooit|achterwege)\b(?!-)", _I)

#: Hedges that win over a condition: "zo mogelijk", "indien mogelijk", "waar mogelijk".
TENTATIVE_HEDGE = re.compile(
    r"\b(?:zo|indien|waar|als\s+dat|voor\s+zover)\s+(?:mogelijk|dat\s+mogelijk\s+is)\b", _I
)

#: Conditions: "indien", "mits", "bij een goed verloop", "op voorwaarde dat", "als ... dan"
#: (only sentence-initial "Als"/"Wanneer" or after a comma, to skip "als doel").
CONDITIONAL = re.compile(
    # ("indien" closing its clause is the verb, no condition: "het wetsvoorstel, dat ik in het voorjaar indien,")
    r"\b(?:indien(?!\s*[,.;:])|mits|tenzij|ingeval|in\s+het\s+geval\s+dat|op\s+voorwaarde\s+dat|onder\s+voorbehoud|"
    r"^mocht|"
    r"afhankelijk\s+van|bij\s+een\s+(?:goed|positief|succesvol|voorspoedig)\w*\s+(?:verloop|resultaat|uitkomst))\b"
    r"|^(?:als|wanneer)\b(?!\s+(?:vervolgstap|eerste|tweede|derde|volgende|laatste|onderdeel|gevolg|uitwerking|"
    r"reactie|antwoord|aanvulling|alternatief|voorbeeld|uitgangspunt|kabinet|minister|staatssecretaris)\b)"
    # (not "als" before the role of what is done: "Wel stuur ik het rapport … aan de Europese Commissie, als bijdrage aan
    # de evaluatie"; round 62)
    r"|,\s*(?:als\b(?!\s+(?:bijdrage|onderdeel|vervolg|aanvulling|uitwerking|tegenprestatie|voorbeeld|basis|eerste\s+stap"
    r"|pilot|proef|bijlage)\b)|wanneer\b)"
    # ("Ik vergoed de kosten alleen als er na een jaar geen besluit is")
    r"|\b(?:alleen|slechts|pas)\s+(?:als|wanneer|indien)\b",
    _I,
)

#: Hedged or exploratory promises: "bezien", "verkennen", "streef", "naar verwachting",
#: "zo mogelijk", "wellicht", "overweeg", "nagaan of", "onderzoeken of", "onderzoek ik (met X) of".
TENTATIVE = re.compile(
    r"\b(?:bezien|bezie|beziet|verkennen|verken|verkent|streef|streeft|streven|naar\s+verwachting|"
    r"wellicht|mogelijkerwijs|eventueel|overweeg|overweegt|overwegen|onderzoeken\s+of|nagaan\s+of|"
    r"onderzoek(?:en)?\s+(?:ik|wij|we)|(?:ik|wij|we)\s+onderzoek(?:en)?|"
    r"verwacht|verwachten|de\s+verwachting\s+is|hoop|hopen|proberen|probeer|in\s+beginsel|in\s+principe|op\s+zijn\s+vroegst)\b",
    _I,
)

#: Subordinate clause starts: negation after these belongs to the object, not the promise
#: ("Ik zal bezien of dit niet ...", "… keuzedelen waar geen instelling meer om vraagt, te laten vervallen").
SUBORDINATE = re.compile(
    r"\b(?:of|dat|hoe|waarom|welke|wat|die|zodat|om|waar(?:in|op|voor|over|bij|mee|aan|door|naar|uit|van)?|wie)\b",
    _I,
)
#: A measure verb after "en" whose subject is the sentence's opening government actor (present
#: tense, no modal): "Ik neem deze aanbeveling over en richt een expertisecentrum in", "Wij
#: onderschrijven het advies en starten dit jaar een pilot". The verb is checked in code against
#: `MEASURE_LEMMAS` (singular after "ik") or `MEASURE_PLURALS` (after "wij"/"we").
#: Also after ", maar": "Ik houd het percentage op 30 procent, maar verhoog het tot 40 procent voor kleine verenigingen".
ELIDED_MEASURE = Keyed(re.compile(r"(?:\ben|,\s*maar)\s+(?P<verb>[^\W\d_]+)\b"), "en maar")

#: A delivery verb after "en" whose subject is the sentence's opening first person: "Ik neem de
#: aanbeveling mee in de herziening en kom daar in het najaar op terug", "… en informeer uw Kamer
#: daarover voor de zomer". Counted like `PRESENT_DELIVERY` (a moment to come, or "terugkomen").
ELIDED_DELIVERY = Keyed(
    re.compile(
        r"\ben\s+(?P<verb>kom|komen|informeer|informeren|stuur|sturen|bericht|berichten|rapporteer|rapporteren"
        # (the third person after "Het kabinet" or a minister: "Het kabinet neemt kennis van deze aanbeveling en komt er
        # na de vaststelling van die verklaring bij uw Kamer op terug"; round 57)
        r"|komt|informeert|stuurt|rapporteert)\b",
        _I,
    ),
    "en",
    "kom komen informeer informeren stuur sturen bericht berichten rapporteer rapporteren komt informeert stuurt "
    "rapporteert",
)
#: The third-person verbs of `ELIDED_DELIVERY` ("bericht" is both).
ELIDED_DELIVERY_THIRD = frozenset({"komt", "informeert", "stuurt", "rapporteert", "bericht"})
#: The word test of a sentence led by the cabinet or a minister (`ELIDED_DELIVERY` in the third person).
THIRD_PERSON_LEAD = Keyed(
    re.compile(r"\b(?:kabinet|minister|staatssecretaris)\b", _I), "kabinet minister staatssecretaris"
)

#: A first person subject, "ik", "wij" or "we": the word test of the sentences that can hold an
#: `ELIDED_MEASURE` (its lead actor must be one). Example: "Ik neem … over en richt … in".
FIRST_PERSON = Keyed(re.compile(r"\b(?:ik|wij|we)\b", _I), "ik wij we")

#: "toezien op" in the first person, either word order: "Voor de kleinere gemeenten zie ik erop
#: toe dat …", "Ik zie erop toe dat de middelen …", "Daarop zien wij toe".
OVERSEE = Keyed(
    re.compile(
        r"\b(?:(?P<actor>(?i:ik|wij|we))\s+(?i:zie|zien)|(?i:zie|zien)\s+(?P<actor2>(?i:ik|wij|we)))\s+"
        r"(?i:er\s*op|daarop|hierop)\s+(?P<verb>(?i:toe))\b"
    ),
    "ik wij we",
    "zie zien",
    "toe",
)

#: An executive agency of a ministry acting in the present tense counts as the government: "Naar
#: aanleiding van het rapport neemt de Belastingdienst maatregelen", "Rijkswaterstaat start een
#: inspectieprogramma", "De IND past de werkwijze aan". Agency names are matched case-sensitively
#: (acronyms); the verb's lemma and needed particle/noun are in `AGENCY_MEASURE_LEMMAS`.
# (the services of `agencies`, and the RIVM, which carries out measures of VWS: "Het RIVM breidt de
# monitor uit")
_AGENCY = r"(?:" + EXECUTIVE_SERVICE + r"|RIVM)"
_AGENCY_VERB = (
    r"(?i:neemt|nemen|start|starten|verbetert|verbeteren|richt|richten|voert|voeren|past|passen|breidt|breiden|"
    r"werkt|werken|intensiveert|intensiveren|investeert|investeren|ontwikkelt|ontwikkelen|versterkt|versterken|"
    r"zet|zetten"
    # a rule laid down by a service or command of ours: "De Commandant der Strijdkrachten legt dit vast in een
    # aanwijzing" (with its particle "vast"; round 45)
    r"|legt|leggen)"
)
AGENCY_MEASURE = Keyed(
    re.compile(
        # (not a service that only owns the subject: "Het beeldarchief van de RVD legt vast hoe …"; round 53)
        r"\b(?<!\bvan\s)(?<!\bvan\sde\s)(?<!\bvan\shet\s)(?P<actor>"
        + _AGENCY
        + r")\s+(?P<verb>"
        + _AGENCY_VERB
        + r")\b"
        r"|\b(?P<verb2>" + _AGENCY_VERB + r")\s+(?:de\s+|het\s+)?(?P<actor2>" + _AGENCY + r")\b"
    ),
    EXECUTIVE_SERVICE_WORDS + " rivm",
    "neemt nemen start starten verbetert verbeteren richt richten voert voeren past passen breidt "
    "breiden werkt werken intensiveert intensiveren investeert investeren ontwikkelt ontwikkelen versterkt versterken "
    "zet zetten legt leggen",
)
#: Lemma of each agency verb (3rd person singular or plural) and the particle or noun its clause
#: needs ("neemt … maatregelen", "past … aan").
AGENCY_MEASURE_LEMMAS: dict[str, tuple[str, str | None]] = {
    "neemt": ("maatregelen nemen", "maatregelen"), "nemen": ("maatregelen nemen", "maatregelen"),
    "start": ("starten", None), "starten": ("starten", None),
    "verbetert": ("verbeteren", None), "verbeteren": ("verbeteren", None),
    "richt": ("inrichten", "in"), "richten": ("inrichten", "in"),
    "voert": ("invoeren", "in"), "voeren": ("invoeren", "in"),
    "past": ("aanpassen", "aan"), "passen": ("aanpassen", "aan"),
    "breidt": ("uitbreiden", "uit"), "breiden": ("uitbreiden", "uit"),
    "werkt": ("uitwerken", "uit"), "werken": ("uitwerken", "uit"),
    "intensiveert": ("intensiveren", None), "intensiveren": ("intensiveren", None),
    "investeert": ("investeren", None), "investeren": ("investeren", None),
    "ontwikkelt": ("ontwikkelen", None), "ontwikkelen": ("ontwikkelen", None),
    "versterkt": ("versterken", None), "versterken": ("versterken", None),
    # "Daartoe zet de IND in 2026 zestig extra medewerkers in"
    "zet": ("inzetten", "in"), "zetten": ("inzetten", "in"),
    "legt": ("vastleggen", "vast"), "leggen": ("vastleggen", "vast"),
}  # fmt: skip

#: A bill of ours that lays down a measure: "Het wetsvoorstel regelt dat …", "Het wetsvoorstel
#: gaat de registratie verplichten", "Dit wetsvoorstel introduceert een meldplicht". Not "gaat
#: uit van" (a premise) and not an existing act ("De Wet … regelt": already law). A pointer or a short
#: phrase may stand between: "Het conceptwetsvoorstel daarvoor gaat in het voorjaar in consultatie",
#: "Het wetsvoorstel voor de eerste maatregel gaat …".
BILL_MEASURE = Keyed(
    re.compile(
        r"\b(?:het|dit|ons|mijn)\s+(?:wetsvoorstel|voorstel\s+van\s+wet|ontwerpbesluit|conceptwetsvoorstel)\s+"
        r"(?:(?:daarvoor|hiervoor|daartoe|hiertoe|daarover|hierover)\s+)?"
        r"(?:(?:voor|over|ter|tot|met)\s+(?:[\w-]+\s+){1,4}?)?"
        r"(?P<verb>regelt|gaat|introduceert|verplicht|voorziet|maakt|verankert|legt)\b"
        # not a premise ("gaat uit van", "gaat ervan uit dat"), a topic ("gaat over de vergunningen") or
        # a negation ("gaat de Kamer niet halen")
        r"(?!\s+(?:\w+\s+){0,3}?uit\s+van\b|\s+er(?:van)?\s+(?:\w+\s+)?uit\b|\s+over\b|[^.;:]{0,80}?\bniet\b)",
        _I,
    ),
    "wetsvoorstel voorstel ontwerpbesluit conceptwetsvoorstel",
    "regelt gaat introduceert verplicht voorziet maakt verankert legt",
)

#: A bill of ours with what it will lay down, after "zal": "Het wetsvoorstel zal daartoe een leeftijdsgrens bevatten",
#: "Het wetsvoorstel zal de zeggenschap over lichaamsmateriaal voor alle toepassingen regelen" (group "verb", the
#: infinitive; at most twelve words between, a negation among them makes no promise).
BILL_WILL = Keyed(
    re.compile(
        r"\b(?:het|dit|ons|mijn)\s+(?:wetsvoorstel|voorstel\s+van\s+wet|ontwerpbesluit|conceptwetsvoorstel)\s+"
        r"(?:zal|zullen)\s+(?:[^\s.;:?]+\s+){0,12}?"
        r"(?P<verb>regelen|bevatten|introduceren|verplichten|verankeren|vastleggen|verbieden|voorzien)\b",
        _I,
    ),
    "wetsvoorstel voorstel ontwerpbesluit conceptwetsvoorstel",
    "regelen bevatten introduceren verplichten verankeren vastleggen verbieden voorzien",
)

#: Someone else's view of what must happen: "Volgens de commissie moeten gemeenten …", "Naar
#: het oordeel van de raad dient het kabinet …". The report's "moeten" is no promise of ours.
REPORTED_VIEW = re.compile(
    r"^\W*(?:volgens|naar\s+(?:het\s+oordeel|de\s+mening|de\s+opvatting)\s+van)\s+"
    r"(?!(?:mij|ons|het\s+kabinet|de\s+planning|planning|afspraak)\b)[^.;:?]{0,80}?"
    r"\b(?:moet|moeten|dient|dienen|zou|zouden)\b"
    # what others have understood: "Naar de leden van GroenLinks hebben begrepen worden de Kamers hierover voor de zomer
    # geïnformeerd" (hearsay of a plan, not our promise; round 39)
    r"|^\W*naar\s+(?!(?:ik|wij|we)\b)[^.;:?]{1,80}?\b(?:hebben|heeft)?\s*begrepen\b",
    _I,
)

#: A report's recommendations restated, its body the subject: "De inspectie doet vier aanbevelingen: 1. zorg dat …
#: binnen een week worden afgevoerd; …", "Het ACOI beveelt aan om de notulen voortaan …", "De inspectie beveelt de
#: minister en het COA aan: …" (what they ask is no promise of ours; not "De minister beveelt …", not ours either way).
REPORT_RECOMMENDS = re.compile(
    r"^\W*(?:De|Het)\s+(?!(?:minister|staatssecretaris|kabinet|regering|ministerraad)\b)"
    r"(?:[^\s.,;:]+\s+){1,7}?(?:(?:doet|doen)\s+(?:[^\s.,;:]+\s+){0,2}?(?:aanbevelingen|aanbeveling|adviezen|suggesties)"
    r"|beveelt|bevelen|adviseert|adviseren|raadt|raden)\b"
    # what a recommendation comes down to, the recommendation the subject: "Die aanbeveling houdt in dat Defensie de
    # kledingvoorziening weer zelf gaat uitvoeren", "Het advies betekent dat gemeenten …" (not "… betekent dat ik …")
    r"|^\W*(?:De|Het|Die|Deze|Dat|Dit)\s+(?:[^\s.,;:]+\s+){0,2}?(?:aanbeveling|advies|voorstel|verzoek)\s+"
    r"(?:(?:van\s+)?(?:[^\s.,;:]+\s+){0,4}?)?(?:houdt\s+in|betekent|komt\s+(?:er\s+)?op\s+neer|impliceert|vergt"
    r"|veronderstelt)\s+dat\s+(?!(?:ik|wij|we|het\s+kabinet)\b)"
    # a recommendation by its label, its text after the colon: "Aanbeveling 2: geef werkgevers een eenduidige rekenregel
    # voor de bijtelling als een fiets … wordt aangepast." (round 47)
    r"|^\W*(?:aanbeveling|advies)\s+\d{1,2}\s*[:–—-]\s*(?!(?:ik|wij|we|het|de|een|deze|die|dit|dat|in|op|per|vanaf|voor|sinds|al|reeds|wel|ook|zie|overgenomen"
    r"|gedeeltelijk|deels|niet)\b)"
    r"[a-z]+\b",
    _I,
)

#: The effect of a measure stated in the passive: "Hiermee wordt voldaan aan de wens …", "Daarmee
#: is tegemoetgekomen aan het verzoek …". It says what a measure achieves, not a new act.
EFFECT_STATEMENT = re.compile(
    r"^\W*(?:hier|daar)(?:mee|door)\s+(?:wordt|worden|is|zijn)\s+(?:[^\s.,;:?]+\s+){0,4}?"
    r"(?:voldaan|tegemoetgekomen|tegemoet\s+gekomen)\b",
    _I,
)
#: Lemma of each `BILL_MEASURE` verb.
BILL_MEASURE_LEMMAS = {
    "regelt": "regelen", "gaat": "gaan", "introduceert": "introduceren", "verplicht": "verplichten",
    "voorziet": "voorzien", "maakt": "mogelijk maken", "verankert": "verankeren", "legt": "vastleggen",
}  # fmt: skip

#: Issue #12: forms of the genre that announce a measure of the government without a modal.

#: A third-person government actor with a present-tense measure verb (the first-person forms are
#: `MEASURE_PRESENT`): "Het kabinet werkt het budget samen met sociale partners uit", "De
#: staatssecretaris laat onderzoeken of …", "werkt het kabinet een regeling uit". Group "verb" is
#: mapped to the key of `MEASURE_LEMMAS` by `MEASURE_THIRD_PERSON`; particle checks as there.
_THIRD_ACTOR = (
    r"(?P<actor>(?i:het\s+kabinet)|(?i:het)\s+Rijk\b|(?i:de)\s+(?i:minister|staatssecretaris)(?:\s+(?:van|voor)\s+"
    + _NAME_CHAIN
    + r")?"
    # the ministry's top civil servants, with their directorate: "De directeur-generaal Milieu stuurt …"
    r"|(?i:de)\s+(?i:secretaris-generaal|directeur-generaal)(?:\s+(?:(?:van|voor)\s+)?[A-Z][\w-]+)?"
    # the writer's own ministry, unnamed: "Het ministerie laat eerst onderzoeken wat …", "Mijn ministerie start …"
    # (not "het ministerie van VWS", another's; round 53: in the gold 5 of 5 such sentences with a date are firm)
    r"|(?i:het|mijn)\s+(?i:ministerie|departement)\b(?!\s+(?i:van|voor)\b)"
    # a ministry named in full, as its minister is: "Het Ministerie van Financiën laat onderzoeken wat zo'n grens zou
    # kosten" (gold: no such sentence read as none, 5 firm with a date, undated ones optional; round 54)
    r"|(?i:het)\s+(?i:ministerie)\s+van\s+"
    + _NAME_CHAIN
    # a minister named in the sentence before ("De Staatssecretaris van JenV erkent …. Zij verhoogt de
    # vergoeding per 1 januari 2027"): checked against `THIRD_ANTECEDENT` by the caller
    + r"|(?-i:Hij|Zij)(?=\s))"
)
#: The article before a ministry named in full, dropped from the actor: "Het Ministerie van Financiën" -> "Ministerie van
#: Financiën".
MINISTRY_ARTICLE = re.compile(r"^(?i:het)\s+(?=(?i:ministerie)\s+van\b)")
_THIRD_VERB = (
    r"(?P<verb>werkt|laat|breidt|past|richt|voert|start|verlengt|verhoogt|versnelt|vereenvoudigt|"
    r"investeert|intensiveert|organiseert|financiert|introduceert|wijzigt|herziet|stelt|pakt|trekt"
    # "Over de aftrek neemt het kabinet een besluit bij het Belastingplan 2027"
    r"|neemt|versterkt|kiest"
    # a request to another party: "Wel vraagt het kabinet het CPB om … te laten zien"
    r"|vraagt|verzoekt|zet"
    # "Het kabinet verlaagt die grens naar € 250.000", "Het kabinet beperkt de plicht tot …"
    r"|verlaagt|beperkt|verruimt|schrapt|verkort|vergoedt|legt"
    # "Het kabinet bouwt de steun aan certificering daarom af tot de helft"
    r"|bouwt"
    # money set aside, as "Daarvoor reserveer ik …": "Het kabinet reserveert daarvoor … jaarlijks 4 miljoen euro op de
    # begroting" (round 54)
    r"|reserveert"
    # "Zij betrekt deze aanbeveling bij de herziening van de bekostiging" (as "Ik betrek … bij")
    r"|betrekt"
    # "Wel bekijkt het kabinet of experts gerichter kunnen worden ingezet", "Het kabinet onderzoekt of …"
    r"|bekijkt|onderzoekt"
    # covering a cost: "De derving van ongeveer 90 miljoen euro per jaar dekt het kabinet binnen het inkomstenkader"
    r"|dekt"
    # a contribution to costs: "Mijn ministerie draagt de eerste drie jaar bij aan de opstartkosten" (round 57)
    r"|draagt"
    # an inquiry, the particle at the clause's end: "Het kabinet gaat daarom eerst met de VNG na hoe groot …"
    r"|gaat"
    # agreements and proposals: "Voor die gebieden maakt het Rijk met de gemeenten bindende afspraken", "De
    # minister brengt het voorstel in tijdens de Milieuraad van juni"
    r"|maakt|brengt"
    # talks with a party named after "met": "Het kabinet bespreekt de aanbeveling eerst met de VNG" (since round 38)
    r"|bespreekt"
    # a rule laid down in a law of ours: "Wel regelt het kabinet in de Gemeentewet dat een gemeenteraad …" (round 42)
    r"|regelt"
    # a duty laid on a group, not "is verplicht" (no auxiliary before): "Het kabinet verplicht de training alleen voor
    # bestuurders jonger dan 21 jaar" (round 65)
    r"|verplicht(?!\s+(?:om|tot|te|is|zijn)\b)"
    # the third-person forms of first-person measure verbs, with the same particle checks (`MEASURE_LEMMAS`):
    # "De Minister van VWS spreekt met de brancheorganisaties af dat zij …", "Het kabinet stemt de regels af met …",
    # "De staatssecretaris ontwikkelt samen met de sector een handreiking", "schaft de termijn af", "schrijft … voor"
    # (round 66)
    r"|spreekt|stemt|ontwikkelt|subsidieert|verbreedt|actualiseert|overlegt|biedt|zorgt|schaft|schrijft|verbiedt"
    r"|verscherpt|scherpt|halveert|verdubbelt|besteedt|bereidt|verkent)"
)
MEASURE_PRESENT_THIRD = Keyed(
    re.compile(
        r"\b"
        + _THIRD_ACTOR
        # (a relative clause set off by commas after the minister: "De Minister van KGG, die verantwoordelijk is voor
        # de vergunningen, laat eerst onderzoeken …"; round 44)
        + r"(?:\s*,\s*(?i:die|dat)\s+[^,.;:]{1,120},)?"
        + r"\s+(?:(?i:daarom|ook|wel|nu|tevens|dan\s+ook|eerst)\s+)?(?i:"
        + _THIRD_VERB
        # (a reflexive verb states a scope or a view, no measure: "Het kabinet beperkt zich daarom tot de eigen
        # ambtenaren", "Het kabinet stelt zich op het standpunt dat …", "richt zich op")
        + r")\b(?!\s+(?i:zich)\b)"
        r"|\b(?i:"
        + _THIRD_VERB.replace("?P<verb>", "?P<verb2>")
        + r")\s+"
        # (after the verb the pronoun is lower case: "Daarnaast legt zij in het wetsvoorstel vast dat …" after "De
        # staatssecretaris neemt deze aanbeveling over."; round 57)
        + _THIRD_ACTOR.replace("?P<actor>", "?P<actor2>").replace("(?-i:Hij|Zij)", "(?-i:Hij|Zij|hij|zij)")
        + r"\b(?!\s+(?i:zich)\b)"
    ),
    "kabinet minister staatssecretaris rijk hij zij secretaris directeur ministerie departement",
    "werkt laat breidt past richt voert start verlengt verhoogt versnelt vereenvoudigt investeert "
    "intensiveert organiseert financiert introduceert wijzigt herziet stelt pakt trekt neemt versterkt kiest "
    "vraagt verzoekt zet verlaagt beperkt verruimt schrapt verkort vergoedt legt bouwt betrekt bekijkt onderzoekt dekt gaat "
    "maakt brengt bespreekt regelt reserveert draagt verplicht spreekt stemt ontwikkelt subsidieert verbreedt "
    "actualiseert overlegt biedt zorgt schaft schrijft verbiedt verscherpt scherpt halveert verdubbelt besteedt bereidt "
    "verkent",
)
#: Third-person form -> key of `MEASURE_LEMMAS` ("werkt" -> "werk").
MEASURE_THIRD_PERSON = {
    "werkt": "werk", "laat": "laat", "breidt": "breid", "past": "pas", "richt": "richt", "voert": "voer",
    "start": "start", "verlengt": "verleng", "verhoogt": "verhoog", "versnelt": "versnel",
    "vereenvoudigt": "vereenvoudig", "investeert": "investeer", "intensiveert": "intensiveer",
    "organiseert": "organiseer", "financiert": "financier", "introduceert": "introduceer",
    "wijzigt": "wijzig", "herziet": "herzie", "stelt": "stel", "pakt": "pak", "regelt": "regel",
    # "Voor de monitor trekt het kabinet vanaf 2026 € 6 miljoen per jaar uit"
    "trekt": "trek",
    "neemt": "neem", "versterkt": "versterk", "kiest": "kies", "vraagt": "vraag", "verzoekt": "verzoek",
    "zet": "zet", "verlaagt": "verlaag", "drukt": "druk", "beperkt": "beperk", "verruimt": "verruim", "schrapt": "schrap",
    "verkort": "verkort", "vergoedt": "vergoed", "legt": "leg", "bouwt": "bouw", "betrekt": "betrek",
    "bekijkt": "bekijk", "onderzoekt": "onderzoek", "dekt": "dek", "gaat": "ga", "maakt": "maak", "brengt": "breng",
    "reserveert": "reserveer",
    "draagt": "draag",
    # "Het kabinet bespreekt de aanbeveling eerst met de VNG" (with "met" a party: `MEASURE_LEMMAS`; since round 38)
    "bespreekt": "bespreek",
    "verplicht": "verplicht",
    # (round 66: as their first-person forms)
    "spreekt": "spreek", "stemt": "stem", "ontwikkelt": "ontwikkel", "subsidieert": "subsidieer",
    "verbreedt": "verbreed", "actualiseert": "actualiseer", "overlegt": "overleg", "biedt": "bied", "zorgt": "zorg",
    "schaft": "schaf", "schrijft": "schrijf", "verbiedt": "verbied", "verscherpt": "verscherp", "scherpt": "scherp",
    "halveert": "halveer", "verdubbelt": "verdubbel", "besteedt": "besteed", "bereidt": "bereid", "verkent": "verken",
}  # fmt: skip

#: Adopting a recommendation by a stated act: "Het kabinet neemt deze aanbeveling over door de
#: gegevens vanaf 2026 te publiceren", "Ik neem de aanbeveling over door een regeling op te
#: stellen". The act is the te-infinitive after "door" (read in code); at most sixty characters
#: between "neemt" and "over door" (bounded class: linear time).
ADOPT_BY = Keyed(
    re.compile(  # no IGNORECASE: the name chain of `ACTOR` must stay capitalised (linear time)
        r"\b(?:"
        + ACTOR
        + r"\s+(?i:neemt|neem|nemen)|(?i:neemt|neem|nemen)\s+"
        + ACTOR.replace("?P<actor>", "?P<actor2>")
        + r")\b[^.;]{0,60}?\b(?i:over\s+door)\b",
    ),
    "neemt neem nemen",
    "over",
    "door",
)

#: A conversation the government starts: "De staatssecretaris gaat met het NHG in gesprek over …",
#: "Ik ga met de sector in gesprek". Read after an active trigger with "ga/gaat/gaan/zal".
IN_GESPREK = re.compile(r"\bin\s+(?:gesprek|overleg)\b(?!\s+(?:is|zijn|was|waren)\b)", _I)
#: Setting to work: "We gaan hier de komende weken mee aan de slag", "Ik ga met de aanbevelingen aan
#: de slag". Read after an active trigger with "ga/gaat/gaan/zal", like `IN_GESPREK`.
AAN_DE_SLAG = re.compile(r"\baan\s+de\s+slag\b", _I)
#: Talks entered into, "aangaan" with the particle closing the clause: "Ik ga het gesprek met de sector aan", "Het
#: gesprek met het katoenbedrijf over een open prijsvorming ga ik aan, samen met de Wereldbank" (the talks before or
#: after the verb). Read after an active trigger with "ga/gaat/gaan", like `IN_GESPREK` (round 56).
TALKS_NOUN = re.compile(r"\b(?:gesprek|gesprekken|dialoog|overleg|samenwerking)\b", _I)
#: … and the particle: the last word of the clause ("… aan", "… aan, samen met …").
TALKS_ENTERED_END = re.compile(r"\baan\s*(?:,|$)", _I)

#: A new thing the government has made, in the present passive with an indefinite subject:
#: "Voor de communicatie bij storingen wordt een draaiboek opgesteld", "Er wordt een
#: expertisecentrum ingericht". An existing practice has a definite subject ("iedere wijziging
#: wordt beproefd"), so "een" (or "er") is required. At most six words between auxiliary and
#: participle (fixed count: linear time).
PASSIVE_NEW = Keyed(
    re.compile(
        r"\b(?:wordt|worden)\s+(?:er\s+)?(?:een|nieuwe|extra)\s+(?:[^\s.,;:?]+\s+){0,6}?"
        r"(?P<verb>opgesteld|ingericht|opgezet|ontwikkeld|ingesteld|opgericht|gestart|aangesteld)\b",
        _I,
    ),
    "wordt worden",
    "een nieuwe extra",
    "opgesteld ingericht opgezet ontwikkeld ingesteld opgericht gestart aangesteld",
)
#: An obligation the government imposes: "Wel worden de meldkamers verplicht om … over te nemen",
#: "Gemeenten worden verplicht een loket open te houden" (the state "zijn verplicht" is not an act).
PASSIVE_OBLIGE = Keyed(
    re.compile(
        r"\b(?:wordt|worden)\s+(?:[^\s.,;:?]+\s+){0,4}?verplicht\s+(?:om\s+|te\s+|\w+\s+)"
        # (or closing the clause after the rule that imposes it: "… wordt in de beleidsregel verplicht.")
        r"|\b(?:wordt|worden)\s+in\s+(?:de|het|een)\s+(?:\w+\s+){0,2}?(?:beleidsregel|regeling|wet|wetsvoorstel|besluit)"
        r"\s+verplicht\s*[.;]",
        _I,
    ),
    "wordt worden",
    "verplicht",
)

#: Participles of a present passive that, with a future deadline, announce a step of ours (the
#: vocabulary of `ACTIONS` is about deliveries): "Het wetsvoorstel wordt in het voorjaar van 2026 in
#: consultatie gebracht", "Zo mogelijk wordt de informatie in de begroting voor 2027 opgenomen".
PASSIVE_STEP = Keyed(
    re.compile(
        r"\b(?P<verb>in\s+(?:internet)?consultatie\s+(?:gebracht|gegeven)|ingediend|opgenomen|verwerkt|opgesteld|ingevoerd|aangepast|"
        r"uitgebreid|verhoogd|verlengd|gepubliceerd|vastgesteld|vastgelegd|verstuurd|toegestuurd|verzonden|"
        r"uitgewerkt|geregeld|geëvalueerd|afgerond|verankerd|geïmplementeerd|opgeleverd|aangeboden|"
        r"gepresenteerd|bekendgemaakt|doorgevoerd|aangescherpt|vereenvoudigd|versterkt|verlaagd|afgeschaft|"
        r"ingetrokken"
        # a text or rule of ours reworked: "De afwijzingsbrief wordt dit jaar herschreven", "wordt in 2027 gewijzigd"
        r"|herschreven|gewijzigd|geactualiseerd|vernieuwd|verduidelijkt|verruimd"
        # a building or system of ours replaced by a new one: "Het depot in Soesterberg wordt in 2031 vervangen door een
        # nieuw depot" (only with what replaces it: the bare form is also the infinitive, "als een fiets wordt vervangen";
        # round 47)
        r"|vervangen(?=\s+door\s+(?:(?:een|de|het)\s+)?(?:nieuwe?|eigen|modern\w*|digita\w*|ander\w*|[\w-]+e)\b)"
        # costs or hours paid from a day to come: "Wel worden uren … vanaf 1 januari 2027 als overuren vergoed" (round 38)
        r"|vergoed"
        # "wordt in 2027 in gebruik genomen", "wordt eind 2026 een besluit (over de locatie) genomen"
        r"|in\s+gebruik\s+genomen|besluit\s+(?:[^\s.,;:?]+\s+){0,6}?genomen"
        # "Het budget zal vanaf 2027 structureel beschikbaar worden gesteld"
        r"|beschikbaar\s+(?:worden\s+|wordt\s+)?gesteld"
        # made public from a day: "In de eerste plaats worden adviezen … vanaf 1 juli 2027 … openbaar gemaakt" (round 67)
        r"|openbaar\s+gemaakt)\b",
        _I,
    ),
    "gemaakt consultatie internetconsultatie genomen gesteld ingediend opgenomen verwerkt opgesteld ingevoerd aangepast uitgebreid verhoogd verlengd "
    "gepubliceerd vastgesteld vastgelegd verstuurd toegestuurd verzonden uitgewerkt geregeld geëvalueerd "
    "afgerond verankerd geïmplementeerd opgeleverd aangeboden gepresenteerd bekendgemaakt doorgevoerd "
    "aangescherpt vereenvoudigd versterkt verlaagd afgeschaft ingetrokken "
    "herschreven gewijzigd geactualiseerd vernieuwd verduidelijkt verruimd vergoed vervangen",
)
#: Lemma of each `PASSIVE_STEP`, `PASSIVE_NEW` participle.
PASSIVE_STEP_LEMMAS = {
    "in consultatie gebracht": "in consultatie brengen", "beschikbaar gesteld": "beschikbaar stellen",
    "ingediend": "indienen", "opgenomen": "opnemen", "openbaar gemaakt": "openbaar maken",
    "verwerkt": "verwerken", "opgesteld": "opstellen", "ingevoerd": "invoeren", "aangepast": "aanpassen",
    "uitgebreid": "uitbreiden", "verhoogd": "verhogen", "verlengd": "verlengen", "gepubliceerd": "publiceren",
    "vastgesteld": "vaststellen", "ingericht": "inrichten", "opgezet": "opzetten", "ontwikkeld": "ontwikkelen",
    "ingesteld": "instellen", "opgericht": "oprichten", "gestart": "starten", "aangesteld": "aanstellen",
    "vastgelegd": "vastleggen", "verstuurd": "versturen", "toegestuurd": "toesturen", "verzonden": "verzenden",
    "uitgewerkt": "uitwerken", "geregeld": "regelen", "geëvalueerd": "evalueren", "afgerond": "afronden",
    "verankerd": "verankeren", "geïmplementeerd": "implementeren", "opgeleverd": "opleveren",
    "aangeboden": "aanbieden", "gepresenteerd": "presenteren", "bekendgemaakt": "bekendmaken",
    "doorgevoerd": "doorvoeren", "aangescherpt": "aanscherpen", "vereenvoudigd": "vereenvoudigen",
    "versterkt": "versterken", "verlaagd": "verlagen", "afgeschaft": "afschaffen", "ingetrokken": "intrekken",
    "herschreven": "herschrijven", "vervangen": "vervangen", "gewijzigd": "wijzigen", "geactualiseerd": "actualiseren",
    "vernieuwd": "vernieuwen", "verduidelijkt": "verduidelijken", "verruimd": "verruimen", "vergoed": "vergoeden",
}  # fmt: skip

#: A fronted indirect question then the passive inquiry: "Of daarvoor extra middelen nodig zijn,
#: wordt bij de voorjaarsbesluitvorming bezien", "Hoe dat het beste kan, wordt nader onderzocht".
PASSIVE_EXPLORE_FRONTED = Keyed(
    re.compile(
        r"^\s*(?:Of|Hoe|Welke|Wat|In\s+hoeverre)\b[^.;:]{0,200}?,\s*(?:wordt|worden)\s+(?:[^\s.,;:?]+\s+){0,6}?"
        r"(?P<verb>bezien|onderzocht|verkend|nagegaan|bekeken|uitgezocht)\b",
    ),
    "wordt worden",
    "bezien onderzocht verkend nagegaan bekeken uitgezocht",
)

#: From a future date others receive what the government gives: "Vanaf 1 januari 2027 ontvangen
#: gemeenten hiervoor een bijdrage uit het gemeentefonds", "Per 2027 krijgen scholen extra
#: middelen", "Per 1 juli krijgt iedere aanvrager bij het adviespunt één vaste contactpersoon",
#: "Vanaf 2026 krijgen alle hulpvragers van 75 jaar en ouder vóór 1 maart een uitnodiging …", "Vanaf 1
#: juli ontvangt iedere aanvrager … een brief of bericht met …" (money or a provision; not "krijgen te
#: maken met"). Counted only with a future deadline in the sentence.
FROM_DATE_RECEIVE = Keyed(
    re.compile(
        # (also after the verdict it carries out: "De vaste bijdrage neem ik over: vanaf 2025 ontvangen gemeenten …")
        r"(?:^\s*|:\s+)(?:[Vv]anaf|[Pp]er|[Mm]et\s+ingang\s+van)\s+[^,.;:]{1,40}?\s+(?P<verb>ontvangen|ontvangt|krijgen|krijgt)\s+"
        # (an amount may stand before what is received: "ontvangen gemeenten 12.500 euro voor iedere …")
        r"(?!te\s+maken\b)(?:(?:[^\s.,;:?]|[.,](?=\d))+\s+){1,12}?(?:een\s+|extra\s+|één\s+)?(?:vaste\s+|eigen\s+)?"
        r"(?:bijdrage|middelen|vergoeding|uitkering|budget|subsidie|tegemoetkoming|contactpersoon|aanspreekpunt"
        r"|uitnodiging|begeleiding|ondersteuning|casemanager|pakket|bericht|brief|aanbod|gesprek|voorschot"
        r"|compensatie|korting|euro(?!['’]))\b",
    ),
    "ontvangen ontvangt krijgen krijgt",
    "bijdrage middelen vergoeding uitkering budget subsidie tegemoetkoming contactpersoon aanspreekpunt "
    "uitnodiging begeleiding ondersteuning casemanager pakket bericht brief aanbod gesprek voorschot "
    "compensatie korting euro",
)

#: A day named again by a pronoun: "De RVD reserveert vanaf dezelfde datum vier plaatsen …", "Onder die grens vraagt
#: de Belastingdienst vanaf die datum geen zekerheid meer" (the day is the last one named earlier in the paragraph).
DATE_ANAPHOR = re.compile(
    # (also a deadline by it: "De Rijksdienst … past het register daarvoor vóór die datum aan"; round 49)
    # (or the same round of a scheme: "… krijgen vanaf dezelfde ronde een herinnering" after "Vanaf de ronde van 2027 …";
    # round 61)
    r"\b(?:vanaf|per|op|met\s+ingang\s+van|na|vóór|voor|uiterlijk\s+op)\s+(?P<noun>(?:die|dezelfde|deze|diezelfde)\s+"
    r"(?:datum|dag|ronde)"
    # "vanaf hetzelfde moment" (round 54; not a comparison, "op hetzelfde moment als uw Kamer")
    r"|(?:hetzelfde|datzelfde)\s+(?:moment|tijdstip)(?!\s+als\b))\b"
    # "vanaf dat moment" (round 59; only from it on: "op dat moment" is "at that time", "die op dat moment zorg nodig
    # hebben")
    r"|\b(?:vanaf|met\s+ingang\s+van)\s+(?P<noun2>dat\s+moment)\b",
    re.IGNORECASE,
)
#: The year of the sentence before named again (a `WINDOW_ANAPHOR`, rule "zelfde-termijn"): "De NVWA zal … vanaf 2028
#: verdubbelen. Daarvoor stel ik vanaf dat jaar 1,2 miljoen euro per jaar beschikbaar." Read as a year, as a
#: `DATE_ANAPHOR` is (round 61).
YEAR_ANAPHOR = re.compile(
    r"\b(?:vanaf|in|per)\s+(?P<noun>(?:dat|datzelfde|hetzelfde)\s+jaar)\b", re.IGNORECASE
)
#: What the pronoun and noun of a `DATE_ANAPHOR` are read as while a commitment is looked for, padded with blanks to
#: their length: a year, so that a form that needs a dated phrase reads "vanaf die datum" as one ("Vanaf diezelfde datum
#: bevat iedere beschikking een bijlage", "Daarnaast ontvangt iedere jongere vanaf dat moment een overzicht"; round 59).
DATE_ANAPHOR_STAND_IN = "2099"

#: The window of the sentence before named again: temporal "dan" (or "daarna") right after the finite verb ("Vanaf 2028 stelt
#: Rijkswaterstaat het programma op. Strandsuppleties worden dan zoveel mogelijk buiten het seizoen uitgevoerd"), or a
#: pronoun period ("in die maanden", "tegen die tijd", "vanaf dat moment"). Not "dan ook" (therefore), "dan wel", "dan
#: niet"; a conditional "Als …, dan …" is left out in code. Read only when the sentence before, in the same paragraph,
#: names a window to come and this one names none (since round 38).
WINDOW_ANAPHOR = re.compile(
    r"\b(?:wordt|worden|is|zijn|gaat|gaan|krijgt|krijgen|ontvangt|ontvangen|geldt|gelden|start|starten|volgt|volgen"
    r"|kan|kunnen|komt|komen)\s+(?:dan\b(?!\s+(?:ook|wel|niet)\b)"
    # … or "daarna", after the window: "… houden vóór 1 maart 2027 informatieavonden. De meetresultaten komen daarna
    # twee keer per jaar op de website" (round 46)
    r"|daarna\b)"
    # (a sentence opening: read inside a letter's text from the sentence's start, where "^" does not match)
    r"|(?:\A|(?<=[.!?]\s))\W*Dan\s+(?!ook\b)"
    # (or opening on the end of that window: "… stelt in 2027 en 2028 eenmalig 1,5 miljoen euro beschikbaar voor
    # sterilisatieacties. Na afloop worden de resultaten van die acties geëvalueerd, …"; round 55)
    r"|(?:\A|(?<=[.!?]\s))\W*(?:Na\s+afloop(?:\s+daarvan)?|Daarna|Aansluitend)\b"
    r"|\b(?:in|tijdens|gedurende)\s+(?:die|deze|diezelfde)\s+(?:maanden|periode|weken|jaren|maand|week)\b"
    r"|\btegen\s+die\s+tijd\b|\b(?:vanaf|op)\s+dat\s+moment\b"
    # (the year named before: "… wordt vanaf dat jaar ieder jaar herhaald"; round 49)
    r"|\b(?:vanaf|in|per)\s+(?:dat|datzelfde|hetzelfde)\s+jaar\b",
    re.IGNORECASE,
)
#: A condition before a temporal "dan": "Als de evaluatie positief is, wordt de proef dan verlengd" (no window named).
CONDITION_WORD = re.compile(r"\b(?:als|indien|wanneer|zodra|mits|tenzij)\b", re.IGNORECASE)

#: A rule that takes effect from a date: "Vanaf 1 januari 2027 geldt voor … een tarief van …",
#: "Met ingang van 1 juli wordt de aanvraag digitaal", "Per 2027 vervalt de eigen bijdrage".
#: Counted only with a future deadline in the sentence (a date passed describes the rules as they are).
FROM_DATE_RULE = Keyed(
    re.compile(
        r"^\s*(?:Vanaf|Per|Met\s+ingang\s+van)\s+[^,.;:]{1,40}?\s+"
        r"(?P<verb>geldt|gelden|wordt|worden|vervalt|vervallen|verandert|veranderen|stijgt|daalt)\b"
    ),
    "vanaf per ingang",
    "geldt gelden wordt worden vervalt vervallen verandert veranderen stijgt daalt",
)

#: The same rule with the verb first after an opening adverb: "Wel wordt vanaf het vaarseizoen 2027 de leeftijd … op
#: achttien jaar gesteld", "Ook geldt per 1 januari 2028 …" (round 57).
FROM_DATE_RULE_INVERTED = re.compile(
    # (also a place or a time of what came before: "Daar wordt vanaf 1 juli 2028 bij iedere eerste inschrijving … vergeleken
    # …", after the offices named; round 62)
    r"^\s*(?:(?:Wel|Ook|Daarnaast|Verder|Daarom|Tevens|Bovendien|Dan|Daar|Daarbij|Vervolgens|Tegelijk|Tegelijkertijd)\s+)"
    r"(?P<verb>geldt|gelden|wordt|worden)\s+(?:vanaf|per|met\s+ingang\s+van)\s"
)
#: An inquiry announced with "wil"/"wil eerst": "maar wil eerst nagaan of …", "Ik wil onderzoeken
#: hoe …" (weak modals otherwise need a delivery verb).
WANT_EXPLORE = re.compile(
    r"\s*(?:(?:eerst|nog|graag|daarom|nader|wel)\s+){0,2}(?P<verb>nagaan|onderzoeken|bezien|verkennen|"
    r"bekijken|uitzoeken|laten\s+onderzoeken)\s+(?:of|hoe|welke|wat|in\s+hoeverre)\b",
    _I,
)

#: A budget cycle document named by its year is still to come when a present passive puts something
#: in it: "wordt in de begroting voor 2027 opgenomen", "wordt vanaf het jaarverslag over 2025 in de
#: begroting verwerkt". Read as a future marker for `PASSIVE_STEP` only.
BUDGET_DOCUMENT = Keyed(
    re.compile(
        r"\b(?:begroting|ontwerpbegroting|jaarverslag|voorjaarsnota|najaarsnota|miljoenennota)\s+"
        r"(?:voor|over|van)\s+(?:het\s+jaar\s+)?20\d\d\b",
        _I,
    ),
    "begroting ontwerpbegroting jaarverslag voorjaarsnota najaarsnota miljoenennota",
)

#: Infinitives after "laat" that let something be rather than have it done: "Het kabinet laat deze
#: aanbeveling daarom rusten", "laat de keuze aan gemeenten over" (no act of ours).
LET_BE = frozenset({"rusten", "liggen", "varen", "bestaan", "gebeuren", "gaan", "staan", "blijven"})
#: "laat … aan … over" leaves a matter to others: "dat laat ik aan de professionaliteit van leraren over", "De keuze
#: laat het kabinet aan gemeenten over" (no act of ours).
LEFT_TO_OTHERS = re.compile(
    r"\baan\b[^,.;:]{1,80}?\bover\s*(?:[.;,:]|$)"
    # (or without "over", the parties last: "… en laat de keuze voor de eisen aan de branche.", "… laat de regeling van
    # het werken op zondag daarom aan sociale partners."; not "laat de index aanpassen aan de inflatie"; round 60)
    r"|\baan\s+(?:de\s+|het\s+|hun\s+)?(?:sociale\s+partners|branche|sector|markt|gemeenten|provincies|waterschappen"
    r"|scholen|besturen|schoolbesturen|werkgevers|instellingen|(?:betrokken\s+)?partijen|professionals|ouders|bedrijven"
    r"|ondernemers|zorgverzekeraars|zorgaanbieders)\s*(?:zelf\s*)?(?:[.;:]|$)",
    _I,
)
#: "laat weten" reports what someone said ("De Minister van JenV laat weten dat zij …"), no act of ours.
LET_KNOW = re.compile(r"\s+(?:\w+\s+){0,2}?weten\b", _I)

#: A rule of law stated, not a promise: "Op grond van artikel 74 van de Rijkswet … geeft het kabinet
#: binnen zes maanden een standpunt" (a present tense that says what the law requires; case-sensitive).
LEGAL_RULE = re.compile(
    r"^\W*(?:Op\s+grond\s+van|Ingevolge|Krachtens|Conform)\s+(?:het\s+)?artikel\b"
    # a law in force as the subject that prescribes: "De Algemene wet bestuursrecht schrijft al voor dat binnen een
    # redelijke termijn wordt beslist", "De Grondwet bepaalt dat …" (not "Het wetsvoorstel regelt …", a bill of ours)
    r"|^\W*(?:De|Het)\s+(?:[A-Z][\w-]*\s+)*(?:wet|Wet|Grondwet|Awb|richtlijn|Richtlijn|verordening|Verordening)\b"
    r"[^,.;:]{0,80}?\b(?:schrijft|schrijven|bepaalt|bepalen|eist|eisen)\b",
)

#: The pro-verb "doe" taking up a request just named, with a moment to come: "De motie vraagt de
#: aanpak open te stellen voor kleine kernen. Dat doe ik vanaf de tweede tender." (not "Dat doe ik al").
PRO_VERB_ACT = re.compile(
    r"^\W*(?:Dat|Dit)\s+(?:doe\s+ik|doen\s+(?:wij|we)|doet\s+het\s+kabinet)\s+(?:(?:dan|daarom|ook|wel)\s+)?"
    # the moment follows at once ("Dat doe ik vanaf de tweede tender"; not "Dit doen we op basis van …")
    r"(?:vanaf|in|per|voor|na|uiterlijk|binnen|met\s+ingang\s+van|dit|deze|volgend|volgende|komend|komende)\b",
    _I,
)

#: A list marker opening a sentence: the government's own numbered measures ("1. Ik maak het vanaf
#: 1 maart mogelijk om …", "a) Wij verlengen …", "- Ik stuur …"). The commitment is read after it.
SENTENCE_LIST_MARKER = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[a-z][.)]|[-–•*])[ \t]+(?=[A-Z])")
