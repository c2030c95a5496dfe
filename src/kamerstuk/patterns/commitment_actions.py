"""The actions a commitment promises, and how a commitment's object is cut from its sentence.

`ACTIONS` lists delivery and follow-up verbs as (lemma, pattern), most specific first; the rest
are vocabularies `kamerstuk.entities.commitments` uses around them. Re-exported by
`kamerstuk.patterns.commitments`.
"""

from __future__ import annotations

import re

from kamerstuk.patterns.keyed import Keyed

_I = re.IGNORECASE

#: The word groups of each action of `ACTIONS` (see `Keyed`): "op de hoogte houden" needs
#: "hoogte" and a form of "houden"; "toe te zenden" holds "zenden". "inwilligen" has a stem
#: instead ("willig" in "inwilligen", "ingewilligd", "willigt").
_ACTION_WORDS: dict[str, tuple[str, ...]] = {
    "op de hoogte houden": ("hoogte", "houden gehouden houd houdt"),
    "op de hoogte stellen": ("hoogte", "stellen brengen gesteld gebracht stel stelt breng brengt"),
    "invulling geven": ("invulling uitvoering gevolg", "geef geeft geven gegeven", "aan"),
    "voldoen": ("voldoe voldoen voldoet",),
    "inwilligen": (),
    "ingaan op": ("gaan ingaan ga gaat", "op"),
    "informeren": ("informeren informeer informeert geïnformeerd geinformeerd inlichten ingelicht",),
    "toezenden": ("toezenden zenden toegezonden zend zendt verzenden toezend",),
    "melden": ("meld meldt melden",),  # (with the Kamer or a recurring report named: not one word group)
    "sturen": ("sturen toesturen stuur stuurt gestuurd toegestuurd toekomen ontvangt toestuur",),
    "voorhangen": ("voorhangen hangen voorgehangen",),
    "aanbieden": ("aanbieden bieden aangeboden bied biedt",),
    "terugkomen": ("terug terugkomen",),
    "komen met": ("kom komt komen", "met"),
    "rapporteren": ("rapporteren rapporteer rapporteert gerapporteerd verslag zien",),
    "voorstel doen": ("doe doet doen gedaan", "voorstel"),
    "terugkoppelen": ("terugkoppelen koppelen teruggekoppeld koppel",),
    "delen": ("kamer kamers", "met", "delen gedeeld deel"),
    "voorleggen": ("voorleggen leggen voorgelegd",),
    "afstemmen": ("afstemmen stemmen afgestemd stem",),
    "in gesprek gaan": ("gesprek overleg overleggen",),
    "bezien": ("bezien bezie beziet",),
    "verkennen": ("verkennen verken verkent verkend verkenning",),
    "onderzoeken": ("onderzoeken onderzocht",),
    "nagaan": ("nagaan gaan nagegaan",),
    "in kaart brengen": ("kaart", "brengen gebracht"),
    "uitwerken": ("uitwerken werken uitgewerkt werk",),
    "evalueren": ("evalueren evalueer geëvalueerd geevalueerd",),
    "publiceren": ("publiceren publiceer gepubliceerd openbaar",),
    "vermelden": ("vermelden",),
    "beantwoorden": ("beantwoorden beantwoord beantwoordt",),
    "reageren": ("reageren reageer reageert reactie",),
    "opstellen": ("opstellen stellen opgesteld",),
    "ontwikkelen": ("ontwikkelen ontwikkeld",),
    "meenemen": ("meenemen nemen meegenomen",),
    "opnemen": ("opnemen nemen opgenomen",),
    "hervatten": ("hervatten hervat",),
    "uitbreiden": ("uitbreiden breiden uitgebreid",),
    "invoeren": ("invoeren voeren ingevoerd",),
    "verhogen": ("verhogen verhoogd",),
    "verlengen": ("verlengen verlengd",),
    "afschaffen": ("afschaffen schaffen afgeschaft",),
    "voortzetten": ("voortzetten zetten voortgezet continueren gecontinueerd",),
    "verspreiden": ("verspreiden verspreid",),
    "uitvoeren": ("uitvoeren voeren uitgevoerd",),
    "berichten": ("berichten bericht",),
    "tegemoet zien": ("tegemoet", "zien"),
    "van gedachten wisselen": ("gedachten",),
    "laten weten": ("weten", "laten laat"),
    "aangeven": ("geef geeft geven aangeven", "hoe hoeveel wat welke welk of waar wanneer"),
}

#: Delivery and follow-up actions as (lemma, pattern), most specific first. Each pattern
#: covers infinitive, present, participle and split (separable) forms.
ACTIONS: tuple[tuple[str, Keyed], ...] = tuple(
    (lemma, Keyed(re.compile(rx, _I), *_ACTION_WORDS[lemma], stems="willig" if lemma == "inwilligen" else ""))
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
        # and "In de tweede voortgangsrapportage ... gaan wij ook in op de motie ..."
        ("ingaan op", r"\bin\s*(?:te\s+)?gaan\s+op\b|\b(?:ga|gaan|gaat)\b[^.]{0,80}?\bin\s+op\b"),
        # "informeren": "zal ik uw Kamer informeren", "geïnformeerd", "inlichten"
        (
            "informeren",
            r"\b(?:informeren|informeer|informeert|geïnformeerd|geinformeerd|inlichten|ingelicht)\b",
        ),
        # "melden" to the Kamer: "Mocht … vertraging oplopen, dan meld ik dat uw Kamer", "zal ik uw Kamer melden"
        # (only with the Kamer as receiver: "een incident melden bij de politie" delivers nothing to it)
        (
            "melden",
            r"\bmeld(?:en|t)?\b(?=[^.;]{0,40}?\b(?:uw|de)\s+Kamer\b)|(?<=Kamer\s)(?:[^.;]{0,40}?\s)?melden\b"
            # (or inverted after what is told, its vehicle a report to come: "De voortgang … meld ik in de
            # halfjaarsrapportages van de Belastingdienst", "In de volgende halfjaarsrapportage meld ik hoeveel …"; the
            # present delivery counts only with such a vehicle, and "meld ik u dat …" tells now; round 61)
            # ("dat" as the thing told, before the report it goes in: "dan meld ik dat in de eerstvolgende
            # voortgangsbrief"; round 65)
            r"|\bmeld\b(?=\s+(?:ik|wij|we)\s+(?!u\b|dat\b(?!\s+(?:in|via)\s+(?:de|het|mijn)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:brief|voortgangsbrief|voortgangsrapportage|rapportage|jaarverslag|verslag|jaarrapportage)\b)))"
            # ("u" the Kamer and "dat" the thing told closing the sentence: "Als … blijkt dat …, meld ik u dat.";
            # round 67)
            r"|\bmeld\b(?=\s+(?:ik|wij|we)\s+u\s+(?:dat|dit|het)\s*(?:(?:direct|onmiddellijk|meteen|tijdig)\s*)?[.;!])",
        ),
        # "toezenden": "zend ik u toe", "toe te zenden", "toegezonden"
        ("toezenden", r"\b(?:toezenden|toe\s+te\s+zenden|toegezonden|zend|zendt|zenden|verzenden|toezend)\b"),
        # "sturen": "stuur ik uw Kamer", "toesturen", "doen toekomen", "U ontvangt"
        (
            "sturen",
            # (the particle joined in a relative clause: "dat ik uw Kamer na ondertekening toestuur"; round 67)
            r"\b(?:sturen|toesturen|toe\s+te\s+sturen|stuur|stuurt|gestuurd|toegestuurd|toekomen|ontvangt|toestuur)\b",
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
        # "voorstel doen": "doe ik uw Kamer een voorstel", "een voorstel te doen"
        (
            "voorstel doen",
            r"\b(?:doe|doet|doen|gedaan)\b(?:\s+\S+){0,8}?\s+(?:een\s+)?(?:nader\s+)?voorstel\b",
        ),
        # "rapporteren": "rapporteer ik", "verslag uitbrengen", "zal het kabinet laten zien hoe …" (the
        # infinitive only: "Het rapport laat zien …" is the report speaking); "doe ik verslag" (since round 41)
        (
            "rapporteren",
            r"\b(?:rapporteren|rapporteer|rapporteert|gerapporteerd|verslag\s+(?:uit)?(?:brengen|doen)|laten\s+zien)\b"
            r"|\bdoe\s+(?:ik|wij|we)\s+(?:uw\s+Kamer\s+)?verslag\b",
        ),
        # "terugkoppelen": "koppel ik terug", "teruggekoppeld"
        (
            "terugkoppelen",
            r"\b(?:terugkoppelen|terug\s+te\s+koppelen|teruggekoppeld|koppel\b[^.]{0,40}?\bterug)\b",
        ),
        # "delen": "met uw Kamer delen", "deel ik ... met uw Kamer", "…, waarvan ik de uitkomsten … met uw Kamer deel"
        (
            "delen",
            r"\bmet\s+(?:uw|de|beide)\s+Kamers?\s+(?:te\s+|zal\s+|zullen\s+|kan\s+|kunnen\s+|worden\s+)?(?:delen|gedeeld|deel)\b"
            r"|\bdeel\b[^.]{0,60}?\bmet\s+(?:uw|de|beide)\s+Kamers?\b"
            # "dan wordt dat voornemen gedeeld met beide Kamers"
            r"|\b(?:gedeeld|delen)\s+met\s+(?:uw|de|beide)\s+Kamers?\b",
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
        # "in kaart brengen": "Ik wil eerst de gevolgen in kaart brengen", "in kaart te brengen" (round 59)
        ("in kaart brengen", r"\bin\s+kaart\s+(?:te\s+)?(?:brengen|gebracht)\b"),
        # "uitwerken": "uit te werken", "uitgewerkt", "werk ik ... uit"
        ("uitwerken", r"\b(?:uitwerken|uit\s+te\s+werken|uitgewerkt)\b|\bwerk\b[^.]{0,60}?\buit\b"),
        # "evalueren": "zal worden geëvalueerd"
        ("evalueren", r"\b(?:evalueren|evalueer|geëvalueerd|geevalueerd)\b"),
        # "publiceren": "zal worden gepubliceerd", "openbaar maken"
        ("publiceren", r"\b(?:publiceren|publiceer|gepubliceerd|openbaar\s+(?:te\s+)?maken)\b"),
        # "vermelden": "De Belastingdienst gaat de resultaten vanaf het jaarverslag over 2027 apart vermelden" (the
        # infinitive only: "zoals vermeld" is the letter's own reference; round 46)
        ("vermelden", r"\b(?:vermelden|te\s+vermelden)\b"),
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
        # measures announced in the present passive with a date: "Het register wordt per 1 januari
        # 2026 ingevoerd", "De bijdrage wordt vanaf 2025 verhoogd", "De regeling wordt in 2026 verlengd"
        ("invoeren", r"\b(?:invoeren|in\s+te\s+voeren|ingevoerd)\b"),
        ("verhogen", r"\b(?:verhogen|te\s+verhogen|verhoogd)\b"),
        ("verlengen", r"\b(?:verlengen|te\s+verlengen|verlengd)\b"),
        # "Ik wil de eigen bijdrage voor kinderen afschaffen", "De leges worden per 1 januari afgeschaft" (round 55)
        ("afschaffen", r"\b(?:afschaffen|af\s+te\s+schaffen|afgeschaft)\b"),
        ("voortzetten", r"\b(?:voortzetten|voort\s+te\s+zetten|voortgezet|continueren|gecontinueerd)\b"),
        ("verspreiden", r"\b(?:verspreiden|verspreid)\b"),
        ("uitvoeren", r"\b(?:uitvoeren|uit\s+te\s+voeren|uitgevoerd)\b"),
        # "berichten": "waarover ik uw Kamer dit najaar zal berichten" (the infinitive only: "bericht"
        # is mostly the noun)
        ("berichten", r"(?<!\bde\s)(?<!\bdeze\s)(?<!\bdie\s)\bberichten\b|\bbericht(?=\s+(?:ik|wij|we)\b)"),
        # "tegemoet zien": "U kunt de wetswijziging in het najaar tegemoet zien"
        ("tegemoet zien", r"\btegemoet\s+(?:te\s+)?zien\b"),
        # "van gedachten wisselen": "wil ik graag met uw Kamer van gedachten wisselen over ..."
        (
            "van gedachten wisselen",
            r"\bvan\s+gedachten\s+(?:te\s+)?wisselen\b|\bwissel\w*\b[^.]{0,60}?\bvan\s+gedachten\b",
        ),
        # "aangeven" what a later document will say, an indirect question after it: "In de Klimaat- en Energienota 2027
        # geef ik aan hoeveel van de besparing is gerealiseerd" (round 60; not "geef ik aan dat …": said here)
        (
            "aangeven",
            r"\b(?:geef|geeft|geven)\b[^.;]{0,60}?\baan\s+(?:hoe|hoeveel|wat|welke|welk|of|waar|wanneer)\b"
            r"|\baan\s*(?:te\s+)?geven\s+(?:hoe|hoeveel|wat|welke|welk|of|waar|wanneer)\b",
        ),
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
        "melden",
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
        "berichten",
        "tegemoet zien",
        "beantwoorden",
        "reageren",
        "voorstel doen",
        "aangeven",
    }
)

#: Words ending in -en that are not the promised verb, for the fallback that takes the last
#: infinitive of the clause ("Ik zal de pilot voortzetten" -> "voortzetten").
NOT_INFINITIVES = frozenset(
    {
        # pronouns and adverbs in "-en": "laten wij graag aan hen", "tussen", "boven"
        "hen",
        "tussen",
        "boven",
        "beneden",
        "binnen",
        "buiten",
        "zonder",
        "worden",
        "kunnen",
        "zullen",
        "moeten",
        "willen",
        "laten",
        "hebben",
        "zijn",
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
        "beleidsregelen",
        "wetten",
        "plannen",
        "resultaten",
        "vragen",
        "uitkomsten",
        "rapporten",
        # adverbs ending in -en: "gaan we samen met ... werken aan" -> "werken", not "samen"
        "samen",
        "tegen",
        # what happens to us rather than what we do: "zullen we vaker verontreinigingen tegenkomen"
        "tegenkomen",
        "aantreffen",
        "merken",
        "zien",
        "ervaren",
        "ondervinden",
        "krijgen",
        "blijven",
        "liggen",
        "stijgen",
        "dalen",
        "toenemen",
        "afnemen",
        "groeien",
        "ontstaan",
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
#: "zal ik overleg initiëren met de gemeenten", "laat ik de bonnen vervangen door een digitale
#: registratie" (matched at the end of the candidate).
#: A next act of ours after "en", its subject left out, right after a candidate infinitive: "Ik laat dat eerst uitzoeken
#: en neem daarna een besluit", "Ik laat dat in kaart brengen en kom daarop terug" (the infinitive closes its clause).
NEXT_ACT_AFTER = re.compile(
    r"\s+en\s+(?:neem|kom|stuur|informeer|bericht|besluit|beslis|bepaal|zal|ga|wil|stel|breng|leg|bespreek|maak|zorg"
    r"|houd|start|evalueer|beoordeel|pas|wacht|vraag|bekijk|weeg"
    # (round 62: more acts of ours in the first person, "Ik laat de Autoriteit … vaststellen en verreken de verschillen
    # met …")
    r"|verreken|verhoog|verlaag|verleng|publiceer|wijzig|voer|richt|zet|deel|betaal|vergoed|financier|organiseer|breid"
    r"|verbeter|verduidelijk|ontwikkel|open)\b"
)
FOLLOWING_PREPOSITION = re.compile(
    # ("via": "laat ik de servicedesk vanaf 2027 ook bereikbaar maken via de app"; "als": "zal vier weken aanhouden als
    # ondergrens")
    # ("binnen": "Ik zal die kosten dekken binnen de begroting van de Douane", "zal de aanvragen afhandelen binnen zes
    # weken")
    # ("samen met": "Ik laat haar in 2027 herschrijven, samen met de VO-raad en …")
    r"\s*,?\s+(?:samen\s+met\b)|"
    # ("onder": "laat ik de inspectie in 2028 een steekproef doen onder 2.000 vacatures", round 40)
    # ("uit": "zal ik de kosten daarvan dragen uit de begroting van Algemene Zaken"; round 44)
    # ("buiten", "tegen", "zonder": "laat ik de genenbank in 2027 een tweede opslag inrichten buiten Wageningen"; round 45)
    r"\s+(?:met|om|over|aan|van|voor|vóór|op|tot|in|bij|uiterlijk|per|vanaf|door|naar|via|als|binnen|onder|uit|buiten"
    r"|tegen|zonder)\b"
)
