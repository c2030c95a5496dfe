"""Regexes and vocabularies for commitments (toezeggingen) in ministers' letters.

Used by `kamerstuk.entities.commitments`. Word lists are matched case-insensitively unless
the pattern needs capitals (named offices: "de Staatssecretaris van Volksgezondheid").
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# A capitalised name chain after "van"/"voor": "Justitie en Veiligheid", "VWS",
# "Volksgezondheid, Welzijn en Sport".
_NAME_CHAIN = r"[A-Z][\w\-]*(?:(?:\s*,\s*|\s+en\s+|\s+)[A-Z][\w\-]*)*"

#: Who promises: "ik", "wij"/"we", "het kabinet", a named office ("de Minister van Financiën",
#: "de Staatssecretaris van VWS"), "mijn ministerie", "mijn collega van OCW".
ACTOR = (
    r"(?P<actor>(?i:ik|wij|we|het\s+kabinet)"
    r"|(?i:de|het)\s+(?i:minister-president|minister|staatssecretaris|ministerie)(?:\s+(?:van|voor)\s+"
    + _NAME_CHAIN
    + r")?"
    r"|(?i:mijn|ons)\s+(?i:ministerie|departement|collega(?:\s+van\s+" + _NAME_CHAIN + r")?))"
)

#: Modal or intention verbs that make a promise about the future: "zal", "ga", "wil",
#: "ben voornemens", "ben bereid", "streef", "verwacht", "zeg ... toe".
MODAL = (
    r"(?P<modal>(?i:zal|zullen|ga|gaan|gaat|wil|willen|wens|wensen|streef|streeft|streven|verwacht|verwachten|"
    r"zeg|zeggen|ben\s+voornemens|zijn\s+voornemens|is\s+voornemens|ben\s+bereid|zijn\s+bereid|is\s+bereid))"
)

#: Actor then modal, or modal then actor (inversion): "Ik zal", "zal ik", "Het kabinet gaat",
#: "zal de Staatssecretaris van VWS", "ben ik bereid".
ACTIVE_TRIGGER = re.compile(
    rf"\b{ACTOR}\s+{MODAL}\b"
    rf"|\b{MODAL.replace('?P<modal>', '?P<modal2>')}\s+{ACTOR.replace('?P<actor>', '?P<actor2>')}\b"
    rf"|\b(?P<modal3>(?i:ben|zijn|is))\s+{ACTOR.replace('?P<actor>', '?P<actor3>')}\s+(?i:voornemens|bereid)\b"
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
        "zeggen",
    }
)

#: Modals that make the promise tentative: "Ik streef ernaar ...", "Ik verwacht ... te".
TENTATIVE_MODALS = frozenset({"streef", "streeft", "streven", "verwacht", "verwachten"})

#: "Ik ga ervan uit dat ..." and "Ik ga akkoord" use "ga" without promising anything.
NOT_A_PROMISE = re.compile(r"\b(?:ga|gaan|gaat)\s+(?:\w+\s+){0,3}?(?:er\s*van\s+uit|akkoord)\b", _I)

#: Passive future: "Uw Kamer zal ... op de hoogte worden gesteld", "Bezien zal worden of",
#: "zal de pilot worden hervat", "zullen ... geïnformeerd worden".
PASSIVE_FUTURE = re.compile(r"\b(?:zal|zullen)\b(?:\s+\S+){0,12}?\s+(?:worden|word)\b", _I)

#: The Kamer as receiver and subject: "Uw Kamer wordt ... geïnformeerd", "U ontvangt ...".
KAMER_SUBJECT = re.compile(r"\b(?i:uw|de)\s+Kamer\b|\b(?:u|U)\s+(?:ontvangt|wordt)\b")

#: Present-tense receiving, required with KAMER_SUBJECT ("Uw Kamer is in maart al geïnformeerd"
#: is a past fact, "Uw Kamer wordt voor Prinsjesdag geïnformeerd" a promise).
KAMER_PRESENT = re.compile(r"\b(?:wordt|worden|ontvangt|ontvangen)\b", _I)

#: First person present tense of a delivery verb: "Ik informeer uw Kamer voor de zomer",
#: "stuur ik u", "kom ik hierop terug", "houd ik uw Kamer op de hoogte".
PRESENT_DELIVERY = re.compile(
    r"\b(?P<actor>(?i:ik|wij|we))\s+(?i:informeer|informeren|stuur|sturen|zend|zenden|bied|bieden|kom|komen|"
    r"houd|houden|stel|stellen|rapporteer|rapporteren|deel|delen|koppel|koppelen)\b"
    r"|\b(?i:informeer|informeren|stuur|sturen|zend|zenden|bied|bieden|kom|komen|houd|houden|stel|stellen|"
    r"rapporteer|rapporteren|deel|delen|koppel|koppelen)\s+(?P<actor2>(?i:ik|wij|we))\b"
)

#: A future document named as the vehicle: "in de volgende voortgangsbrief",
#: "in de eerstvolgende rapportage", "bij de komende begroting".
FUTURE_DOCUMENT = re.compile(
    r"\b(?:in|bij|met)\s+(?:de|het)\s+(?:volgende|eerstvolgende|komende|nog\s+te\s+verschijnen)\s+"
    r"(?!(?:paragraaf|paragrafen|hoofdstuk|alinea|sectie|onderdeel|deel)\b)\w+",
    _I,
)

#: A moment that makes a present-tense delivery a promise: "Zodra het rapport gereed is, stuur
#: ik het u toe".
FUTURE_MOMENT = re.compile(r"\bzodra\b", _I)

#: Letter-internal discourse, never a promise: "Ik zal nu ingaan op de aanbevelingen",
#: "In deze brief ga ik in op ...", "Hieronder licht ik ... toe", "Ik wil benadrukken dat ...".
DISCOURSE = re.compile(
    r"\bin\s*(?:te\s+)?gaan\s+op\b|\bingegaan\b|\b(?:ga|gaan|gaat)\b[^.]{0,80}?\bin\s+op\b"
    r"|\btoelichten\b|\btoe\s+te\s+lichten\b|\blicht\w*\b[^.]{0,60}?\btoe\b|\bschets\w*\b|\bbeschrij\w+\b"
    r"|\buiteen\s*(?:te\s+)?zetten\b|\bzet\b[^.]{0,60}?\buiteen\b|\bstil\s*(?:te\s+)?staan\b|\bsta\b[^.]{0,60}?\bstil\b"
    r"|\bbenadruk\w*\b|\bonderstre\w+\b|\bopmerken\b|\bwijzen\s+op\b",
    _I,
)

#: Sentences that fulfil a promise or request now: "Met deze brief geef ik invulling aan de
#: toezegging ...", "Hiermee voldoe ik aan de motie ...", "Met deze brief willig ik dit verzoek
#: in", "Hiermee is uitvoering gegeven aan ...".
FULFILS_PHRASE = re.compile(
    r"(?:\b(?:geef|geeft|geven)\b[^.]{0,40}?\b(?:invulling|uitvoering|gevolg)\s+aan\b"
    r"|\b(?:invulling|uitvoering|gevolg)\s+(?:is\s+|wordt\s+)?(?:te\s+)?(?:geven|gegeven)\s+aan\b"
    r"|\bvoldoe\w*\b[^.]{0,60}?\baan\b)[^.]{0,80}?\b(?:toezegging|motie|verzoek|amendement|afspraak|wens)"
    r"|\b(?:kom|komt|komen)\b[^.]{0,60}?\b(?:toezegging|verzoek|motie)\w*\b[^.]{0,40}?\bna\b"
    r"|\bwillig\w*\b[^.]{0,60}?\bin\b|\bdoe\b[^.]{0,40}?\btoezegging\b[^.]{0,20}?\bgestand\b",
    _I,
)

#: Markers of "this letter now": "Met deze brief", "Hierbij", "Hiermee", "In deze brief".
FULFILS_MARKER = re.compile(
    r"\b(?:met|in|middels|via)\s+(?:deze|de\s+bijgaande|bijgaande)\s+(?:brief|rapportage|voortgangsbrief|notitie)\b"
    r"|\bhierbij\b|\bhiermee\b|\bbij\s+deze\b",
    _I,
)

#: What a letter can fulfil: without one of these, "Met deze brief informeer ik uw Kamer over …"
#: only states the letter's purpose and is not a commitment.
FULFILS_OBJECT = re.compile(r"\b(?:toezegging|motie|verzoek|amendement|afspraak|aanvraag|vragen)\w*", _I)

#: First person present verbs that deliver now when combined with FULFILS_MARKER.
FULFILS_VERB = re.compile(
    r"\b(?:informeer|stuur|zend|bied|reageer|beantwoord|geef|willig|voldoe|kom|doe|deel|ontvangt)\b", _I
)

#: A reference to an earlier promise: "Zoals ik heb toegezegd tijdens het Commissiedebat",
#: "Conform mijn toezegging", "Zoals eerder aangekondigd".
REFERS = re.compile(
    r"\b(?:zoals|conform|overeenkomstig|ingevolge)\b[^.]{0,60}?\b(?:toegezegd|toezegging|aangekondigd|afgesproken|"
    r"beloofd|aangegeven\s+in\s+(?:het|mijn)\s+(?:debat|commissiedebat))\b|\bheb\w*\b[^.]{0,60}?\btoegezegd\b",
    _I,
)

#: Past promise reported with a te-infinitive: "In het debat heb ik toegezegd uw Kamer ... te informeren":
#: PROMISED, then the first TE_INFINITIVE after it with no full stop in between. Two patterns
#: read by `kamerstuk.entities.commitments._promised_te` instead of one
#: ``toegezegd[^.]*?te\s+\w+``, which rescanned the rest of the sentence for every "toegezegd"
#: (quadratic on a long sentence of them).
PROMISED = re.compile(r"\btoegezegd\b", _I)
#: Example: "te informeren" in "heb ik toegezegd uw Kamer voor de zomer te informeren".
TE_INFINITIVE = re.compile(r"\bte\s+\w+", _I)

#: Negation of the promised act: "Ik zal de Kamer niet ...", "Ik ga geen ...".
NEGATION = re.compile(r"\b(?:niet|geen|nooit)\b", _I)

#: Hedges that win over a condition: "zo mogelijk", "indien mogelijk", "waar mogelijk".
TENTATIVE_HEDGE = re.compile(
    r"\b(?:zo|indien|waar|als\s+dat|voor\s+zover)\s+(?:mogelijk|dat\s+mogelijk\s+is)\b", _I
)

#: Conditions: "indien", "mits", "bij een goed verloop", "op voorwaarde dat", "als ... dan"
#: (only sentence-initial "Als"/"Wanneer" or after a comma, to skip "als doel").
CONDITIONAL = re.compile(
    r"\b(?:indien|mits|tenzij|ingeval|in\s+het\s+geval\s+dat|op\s+voorwaarde\s+dat|onder\s+voorbehoud|"
    r"afhankelijk\s+van|bij\s+een\s+(?:goed|positief|succesvol|voorspoedig)\w*\s+(?:verloop|resultaat|uitkomst))\b"
    r"|^(?:als|wanneer)\b|,\s*(?:als|wanneer)\b",
    _I,
)

#: Hedged or exploratory promises: "bezien", "verkennen", "streef", "naar verwachting",
#: "zo mogelijk", "wellicht", "overweeg", "nagaan of", "onderzoeken of".
TENTATIVE = re.compile(
    r"\b(?:bezien|bezie|beziet|verkennen|verken|verkent|streef|streeft|streven|naar\s+verwachting|"
    r"wellicht|mogelijkerwijs|eventueel|overweeg|overweegt|overwegen|onderzoeken\s+of|nagaan\s+of|"
    r"verwacht|verwachten|hoop|hopen|proberen|probeer|in\s+beginsel|op\s+zijn\s+vroegst)\b",
    _I,
)

#: Subordinate clause starts: negation after these belongs to the object, not the promise
#: ("Ik zal bezien of dit niet ...").
SUBORDINATE = re.compile(r"\b(?:of|dat|hoe|waarom|welke|wat|die|zodat|om)\b", _I)

#: Delivery and follow-up actions as (lemma, pattern), most specific first. Each pattern
#: covers infinitive, present, participle and split (separable) forms.
ACTIONS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (lemma, re.compile(rx, _I))
    for lemma, rx in (
        # "op de hoogte houden": "houd ik uw Kamer op de hoogte", "op de hoogte te houden"
        (
            "op de hoogte houden",
            r"\bop\s+de\s+hoogte\s+(?:te\s+|worden\s+|wordt\s+)?(?:houden|gehouden)\b"
            r"|\b(?:houd|houdt)\b[^.]{0,60}?\bop\s+de\s+hoogte\b",
        ),
        # "op de hoogte stellen": "op de hoogte worden gesteld", "stel ik u op de hoogte"
        (
            "op de hoogte stellen",
            r"\bop\s+de\s+hoogte\s+(?:te\s+|worden\s+|wordt\s+)?(?:stellen|brengen|gesteld|gebracht)\b"
            r"|\b(?:stel|stelt|breng|brengt)\b[^.]{0,60}?\bop\s+de\s+hoogte\b",
        ),
        # "geef ik invulling aan de toezegging", "is uitvoering gegeven aan"
        (
            "invulling geven",
            r"\b(?:geef|geeft|geven|gegeven)\b[^.]{0,40}?\b(?:invulling|uitvoering|gevolg)\s+aan\b"
            r"|\b(?:invulling|uitvoering|gevolg)\s+(?:is\s+|wordt\s+)?(?:te\s+)?(?:geven|gegeven)\s+aan\b",
        ),
        # "Hiermee voldoe ik aan de motie"
        ("voldoen", r"\bvoldoe[nt]?\b"),
        # "willig ik dit verzoek in"
        ("inwilligen", r"\bwillig\w*\b[^.]{0,60}?\bin\b|\binwilligen\b|\bingewilligd\b"),
        # "ingaan op" in a future document: "Ik zal in de volgende voortgangsbrief ingaan op ..."
        ("ingaan op", r"\bin\s*(?:te\s+)?gaan\s+op\b|\bga\b[^.]{0,80}?\bin\s+op\b"),
        # "informeren": "zal ik uw Kamer informeren", "geïnformeerd", "inlichten"
        (
            "informeren",
            r"\b(?:informeren|informeer|informeert|geïnformeerd|geinformeerd|inlichten|ingelicht)\b",
        ),
        # "toezenden": "zend ik u toe", "toe te zenden", "toegezonden"
        ("toezenden", r"\b(?:toezenden|toe\s+te\s+zenden|toegezonden|zend|zendt|zenden|verzenden)\b"),
        # "sturen": "stuur ik uw Kamer", "toesturen", "doen toekomen", "U ontvangt"
        (
            "sturen",
            r"\b(?:sturen|toesturen|toe\s+te\s+sturen|stuur|stuurt|gestuurd|toegestuurd|toekomen|ontvangt)\b",
        ),
        # "voorhangen": a draft decree laid before the Kamer, "wordt in maart bij uw Kamer voorgehangen"
        ("voorhangen", r"\b(?:voorhangen|voor\s+te\s+hangen|voorgehangen)\b"),
        # "aanbieden": "bied ik u ... aan", "aan te bieden", "aangeboden"
        ("aanbieden", r"\b(?:aanbieden|aan\s+te\s+bieden|aangeboden|bied|biedt)\b"),
        # "terugkomen": "kom ik hierop terug", "zal ik hierop terugkomen"
        ("terugkomen", r"\bterug\s*(?:te\s+)?komen\b|\b(?:kom|komt|komen)\b[^.]{0,80}?\bterug\b"),
        # "komen met": "zal ik komen met een wetsvoorstel", "kom ik met een plan"
        (
            "komen met",
            r"\b(?:kom|komt|komen)\b(?:\s+\S+){0,6}?\s+met\s+(?:een|het|de|nadere|concrete|voorstellen|plannen)\b",
        ),
        # "rapporteren": "rapporteer ik", "verslag uitbrengen"
        (
            "rapporteren",
            r"\b(?:rapporteren|rapporteer|rapporteert|gerapporteerd|verslag\s+(?:uit)?(?:brengen|doen))\b",
        ),
        # "terugkoppelen": "koppel ik terug", "teruggekoppeld"
        (
            "terugkoppelen",
            r"\b(?:terugkoppelen|terug\s+te\s+koppelen|teruggekoppeld|koppel\b[^.]{0,40}?\bterug)\b",
        ),
        # "delen": "met uw Kamer delen", "deel ik ... met uw Kamer"
        (
            "delen",
            r"\bmet\s+(?:uw|de)\s+Kamer\s+(?:te\s+)?(?:delen|gedeeld)\b|\bdeel\b[^.]{0,60}?\bmet\s+(?:uw|de)\s+Kamer\b",
        ),
        # "voorleggen": "voor te leggen", "voorgelegd"
        ("voorleggen", r"\b(?:voorleggen|voor\s+te\s+leggen|voorgelegd)\b"),
        # "afstemmen": "Ik zal afstemmen met", "stem ik af", "af te stemmen"
        ("afstemmen", r"\b(?:afstemmen|af\s+te\s+stemmen|afgestemd)\b|\bstem\b[^.]{0,60}?\baf\b"),
        # "in gesprek gaan": "ga ik in gesprek met", "in overleg treden"
        (
            "in gesprek gaan",
            r"\bin\s+gesprek\s+(?:te\s+)?gaan\b|\bga\b[^.]{0,40}?\bin\s+gesprek\b"
            r"|\bin\s+overleg\s+(?:te\s+)?(?:treden|gaan)\b|\boverleggen\b",
        ),
        # "bezien": "Bezien zal worden of", "zal ik bezien"
        ("bezien", r"\b(?:bezien|bezie|beziet)\b"),
        # "verkennen": "zal ik verkennen", "verkenning laten uitvoeren"
        (
            "verkennen",
            r"\b(?:verkennen|verken|verkent|verkend)\b|\bverkenning\s+(?:laten\s+)?uit(?:voeren|gevoerd)\b",
        ),
        # "onderzoeken": "zal ik laten onderzoeken", "onderzocht worden"
        ("onderzoeken", r"\b(?:onderzoeken|onderzocht)\b"),
        # "nagaan": "zal ik nagaan", "na te gaan"
        ("nagaan", r"\b(?:nagaan|na\s+te\s+gaan|nagegaan)\b"),
        # "uitwerken": "uit te werken", "uitgewerkt", "werk ik ... uit"
        ("uitwerken", r"\b(?:uitwerken|uit\s+te\s+werken|uitgewerkt)\b|\bwerk\b[^.]{0,60}?\buit\b"),
        # "evalueren": "zal worden geëvalueerd"
        ("evalueren", r"\b(?:evalueren|evalueer|geëvalueerd|geevalueerd)\b"),
        # "publiceren": "zal worden gepubliceerd", "openbaar maken"
        ("publiceren", r"\b(?:publiceren|publiceer|gepubliceerd|openbaar\s+(?:te\s+)?maken)\b"),
        # "beantwoorden" and "reageren": "zal ik de vragen beantwoorden", "reageer ik op"
        ("beantwoorden", r"\b(?:beantwoorden|beantwoord|beantwoordt)\b"),
        ("reageren", r"\b(?:reageren|reageer|reageert)\b|\breactie\s+(?:sturen|geven|toezenden)\b"),
        # "opstellen": "zal worden opgesteld", "op te stellen"
        ("opstellen", r"\b(?:opstellen|op\s+te\s+stellen|opgesteld)\b"),
        # "ontwikkelen": "zal ik een handreiking ontwikkelen"
        ("ontwikkelen", r"\bontwikkel(?:en|d)\b"),
        # "meenemen"/"opnemen": "zal worden meegenomen in", "zal worden opgenomen in"
        ("meenemen", r"\b(?:meenemen|mee\s+te\s+nemen|meegenomen)\b"),
        ("opnemen", r"\b(?:opnemen|op\s+te\s+nemen|opgenomen)\b"),
        # "hervatten", "uitbreiden", "voortzetten", "verspreiden", "uitvoeren": project steps
        ("hervatten", r"\b(?:hervatten|hervat)\b"),
        ("uitbreiden", r"\b(?:uitbreiden|uit\s+te\s+breiden|uitgebreid)\b"),
        ("voortzetten", r"\b(?:voortzetten|voort\s+te\s+zetten|voortgezet|continueren|gecontinueerd)\b"),
        ("verspreiden", r"\b(?:verspreiden|verspreid)\b"),
        ("uitvoeren", r"\b(?:uitvoeren|uit\s+te\s+voeren|uitgevoerd)\b"),
        # "laten weten": "zal ik uw Kamer laten weten"
        ("laten weten", r"\blaten\s+weten\b|\blaat\b[^.]{0,40}?\bweten\b"),
    )
)

#: Lemmas that deliver something to the Kamer (used for present-tense and passive promises).
DELIVERY_LEMMAS = frozenset(
    {
        "op de hoogte houden",
        "op de hoogte stellen",
        "informeren",
        "toezenden",
        "sturen",
        "aanbieden",
        "terugkomen",
        "komen met",
        "rapporteren",
        "terugkoppelen",
        "delen",
        "voorleggen",
        "voorhangen",
        "laten weten",
        "beantwoorden",
        "reageren",
    }
)

#: Words ending in -en that are not the promised verb, for the fallback that takes the last
#: infinitive of the clause ("Ik zal de pilot voortzetten" -> "voortzetten").
NOT_INFINITIVES = frozenset(
    {
        "worden",
        "kunnen",
        "zullen",
        "moeten",
        "willen",
        "laten",
        "hebben",
        "zijn",
        "tussen",
        "binnen",
        "boven",
        "buiten",
        "open",
        "even",
        "tien",
        "negen",
        "zeven",
        "een",
        "ten",
        "jongeren",
        "mensen",
        "kinderen",
        "ouderen",
        "vrouwen",
        "regen",
        "volgen",
        "wegen",
        "zaken",
        "gegeven",
        "eigen",
        "verschillen",
        "gevallen",
        "gemeenten",
        "partijen",
        "organen",
        "middelen",
        "maatregelen",
        "regelen",
        "beleidsregelen",
        "wetten",
        "plannen",
        "resultaten",
        "vragen",
        "uitkomsten",
        "rapporten",
    }
)

#: Leading words stripped from an extracted object: "uw Kamer", "u", "hierover", "nog".
OBJECT_LEAD = re.compile(
    r"^(?:(?:uw|de)\s+Kamer|u|ik|wij|we|hierover|daarover|hierbij|hiermee|nog|graag|ook|nader|tevens|verder|daarbij|"
    r"dan|nu|in\s+ieder\s+geval|uiterlijk|eveneens|worden|wordt|te|zal|zullen)\b[\s,]*",
    _I,
)

#: Trailing separable particles stripped (word by word, from the end) from an object after the
#: verb: "stuur ik u het rapport toe" -> "het rapport". A word list, not a regex anchored at
#: the end: such a regex is tried at every space of the object, which made a long run of
#: particles quadratic.
OBJECT_TAIL_WORDS = frozenset({"toe", "aan", "op", "in", "af", "uit", "terug", "na"})

#: Trailing auxiliaries stripped from an object before the verb: "zal de pilot worden [hervat]"
#: -> "de pilot".
OBJECT_TAIL_AUX_WORDS = OBJECT_TAIL_WORDS | {"worden", "te", "zal", "zullen", "kunnen"}

#: Where the object after the verb ends: a comma, semicolon or colon, the full stop, "en" before
#: an auxiliary ("... sturen en zal worden ..."), or a bracket: "sturen, zodat" -> stop at ",".
#: "(?<!\s)" lets a space run be tried from its first space only (the leftmost match is the
#: same), which keeps a long run of spaces linear.
OBJECT_STOP = re.compile(r"[,;:]\s|\.\s*$|\.\s|(?<!\s)\s+en\s+(?:worden|zal|zullen|wordt)\b|\s\(")

#: A preposition right after a candidate infinitive marks it as the verb of the clause:
#: "zal ik overleg initiëren met de gemeenten" (matched at the end of the candidate).
FOLLOWING_PREPOSITION = re.compile(r"\s+(?:met|om|over|aan|van|voor|op|tot|in|bij)\b")
