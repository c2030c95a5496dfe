"""Regexes and vocabularies for dates, time expressions and deadlines in Dutch letters.

Used by `kamerstuk.entities.dates`. Every pattern is compiled case-insensitively unless noted.
Group names are part of the contract with the resolver code: ``day``, ``month``, ``year``,
``rel`` (jl./a.s.), ``yspec`` (a year: "2024", "dit jaar", "volgend jaar"), ``prep``, ``part``.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

#: Month names and the abbreviations used in letters and footnotes ("1 apr. 2022", "3 mrt 2021").
MONTHS: dict[str, int] = {
    "januari": 1,
    "jan": 1,
    "februari": 2,
    "feb": 2,
    "febr": 2,
    "maart": 3,
    "mrt": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "augustus": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

#: The twelve full month names in calendar order ("januari" … "december"): the first name
#: MONTHS lists for each month.
MONTH_NAMES: tuple[str, ...] = tuple(next(name for name, n in MONTHS.items() if n == m) for m in range(1, 13))

#: Numbers written as words in "binnen zes weken", "de komende twee maanden".
#: "enkele"/"een paar"/"een aantal" are read as 3 (documented in docs/deadlines.md).
NUMBER_WORDS: dict[str, float] = {
    "een": 1,
    "één": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
    "tien": 10,
    "elf": 11,
    "twaalf": 12,
    "enkele": 3,
    "een paar": 3,
    "een aantal": 3,
    "een half": 0.5,
    "een halve": 0.5,
    "anderhalf": 1.5,
    "anderhalve": 1.5,
}

# Full names first so that "juni" is not cut to "jun"; an abbreviation may carry a dot.
_MONTH_FULL = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
_MONTH_ABBR = r"(?:jan|febr?|mrt|mar|apr|jun|jul|aug|sept?|okt|oct|nov|dec)\b\.?"
MONTH = rf"(?P<month>{_MONTH_FULL}|{_MONTH_ABBR})"

#: A year as written after a time word: "2024", "dit jaar", "volgend jaar", "het komende jaar",
#: "het jaar" (= the current year, as in "voor het einde van het jaar").
YEAR_SPEC = (
    r"(?P<yspec>(?:19|20)\d{2}|(?:dit|volgend|komend|vorig|afgelopen|het\s+komende|het\s+volgende|"
    r"het\s+vorige|het\s+afgelopen|het\s+lopende|lopend)\s+jaar|het\s+(?:kalender)?jaar)"
)

_NUM = r"\d+|één|een\s+paar|een\s+aantal|een\s+halve|een\s+half|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|enkele|anderhalve|anderhalf"

# --- dates (find_dates) -------------------------------------------------------------------

#: Day + month name, optionally year or jl./a.s.: "1 april 2022", "1 apr. 2022",
#: "17 december jl.", "3 maart a.s.", "17 december".
TEXT_DATE = re.compile(
    rf"(?<![\d.,])\b(?P<day>[12]\d|3[01]|0?[1-9])\s+{MONTH}"
    rf"(?:\s+(?P<year>(?:19|20)\d{{2}})\b|\s+(?P<rel>jl\.|j\.l\.|jongstleden|a\.s\.|aanstaande|aanst\.))?",
    _I,
)

#: Day-month-year in digits, Dutch order: "1-4-2022", "01/04/2022", "1.4.2022".
NUMERIC_DATE = re.compile(
    r"(?<![\d\-/.])(?P<day>[0-3]?\d)(?P<sep>[-/.])(?P<month>[01]?\d)(?P=sep)(?P<year>(?:19|20)\d{2})(?![\d\-/])"
)

#: ISO 8601: "2022-04-01".
ISO_DATE = re.compile(r"(?<![\d\-])(?P<year>(?:19|20)\d{2})-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?![\d\-])")

#: Years relative to the letter: "vorig jaar", "dit jaar", "volgend jaar", "komend jaar".
RELATIVE_YEAR = re.compile(r"\b(?P<yspec>(?:dit|vorig|volgend|komend|afgelopen)\s+jaar)\b", _I)

# --- deadlines (find_deadlines) -----------------------------------------------------------

#: Before/after a recess: "voor de zomer", "vóór het zomerreces", "na de zomer",
#: "voor het kerstreces", "direct na het zomerreces van 2023", "voor de kerst".
RECESS_DEADLINE = re.compile(
    r"\b(?P<prep>vóór|voor|nog\s+voor|uiterlijk\s+voor|na|direct\s+na|kort\s+na|meteen\s+na|na\s+afloop\s+van)"
    r"\s+(?:de|het)\s+(?P<recess>zomerreces|zomervakantie|zomer|kerstreces|kerstvakantie|kerst|herfstreces|"
    r"meireces|voorjaarsreces|krokusreces)\b(?:\s+(?:van\s+)?" + YEAR_SPEC + r")?",
    _I,
)

#: Prinsjesdag (third Tuesday of September): "voor Prinsjesdag", "rond Prinsjesdag 2023",
#: "op Prinsjesdag", "na Prinsjesdag".
PRINSJESDAG = re.compile(
    r"\b(?P<prep>vóór|voor|uiterlijk\s+op|op|rond|met|bij|na|vanaf|per|met\s+ingang\s+van)\s+Prinsjesdag"
    r"(?:\s+(?:van\s+)?(?P<year>(?:19|20)\d{2}))?",
    _I,
)

#: A moment of the budget cycle: "bij de Voorjaarsnota 2026", "voor de Najaarsnota", "met de
#: Miljoenennota 2027", "vanaf de begroting voor 2027", "in de ontwerpbegroting 2027". The
#: Voorjaarsnota appears in spring (before 1 June), the Najaarsnota in November, the Miljoenennota
#: and the budget for year Y on Prinsjesdag of year Y − 1. "begroting" counts only with a year
#: ("de begroting van OCW" is a thing, not a moment). The cabinet's decision rounds before them count
#: too: "bij de voorjaarsbesluitvorming van 2026" (March–April, before the Voorjaarsnota), "bij de
#: augustusbesluitvorming" (August, before the Miljoenennota). The Belastingplan for year Y comes with
#: the budget (rule "begroting"): "in het pakket Belastingplan 2027", "met het Belastingplan 2027". The circulars of
#: the Gemeentefonds and Provinciefonds, which carry decentralisation payments, too: "vanaf de meicirculaire 2027"
#: (end of May / June), "in de septembercirculaire" (Prinsjesdag), "bij de decembercirculaire 2026".
BUDGET_MOMENT = re.compile(
    r"\b(?P<prep>vóór|voor|uiterlijk\s+bij|bij|met\s+ingang\s+van|met|vanaf|per|na|in|rond|tijdens)\s+"
    r"(?:de\s+|het\s+(?:pakket\s+)?)?"
    r"(?:(?P<note>voorjaarsnota|najaarsnota|miljoenennota|voorjaarsbesluitvorming|augustusbesluitvorming"
    r"|meicirculaire|septembercirculaire|decembercirculaire)(?:\s+(?:van\s+|voor\s+)?(?P<year>(?:19|20)\d{2}))?"
    # (the budgets of all ministries together: "Vanaf de ontwerpbegrotingen voor 2028 vermeldt ieder ministerie …";
    # round 46)
    r"|(?P<budget>(?:ontwerp)?begroting(?:en)?|belastingplan)\s+(?:van\s+|voor\s+)?(?P<byear>(?:19|20)\d{2})"
    # the supplementary budgets sent with the Voorjaarsnota (first) and the Najaarsnota (second): "bij de eerste
    # suppletoire begroting van 2027"
    # (also in the older spelling "suppletore", as letters before about 2005 write it: "in de tweede suppletore begroting
    # 2000"; round 45)
    r"|(?P<supp>eerste|tweede|1e|2e)\s+suppletoi?re\s+begroting(?:\s+(?:van\s+|voor\s+)?(?P<syear>(?:19|20)\d{2}))?"
    # the next one, whichever it is: "in de eerstvolgende suppletoire begroting geef ik aan …" (round 45)
    r"|(?P<next_supp>(?:eerst)?volgende)\s+suppletoi?re\s+begroting)\b",
    _I,
)

#: A school or academic year: "vanaf het schooljaar 2026–2027", "in het studiejaar 2027-2028",
#: "met ingang van het collegejaar 2026/2027", "per het komende schooljaar", "met ingang van het cursusjaar
#: 2026–2027". A school year runs from 1 August to 31 July, a study (academic, course) year from 1 September
#: to 31 August.
SCHOOL_YEAR = re.compile(
    r"\b(?P<prep>vanaf|met\s+ingang\s+van|per|in|voor|vóór|tijdens|na)\s+het\s+"
    # (its start named: "vóór het begin van het schooljaar 2027–2028" is before the year, like "vóór het schooljaar";
    # round 48)
    r"(?:(?:begin|start)\s+van\s+het\s+)?"
    r"(?:(?P<rel>komende|komend|volgende|volgend|nieuwe)\s+)?"
    # (also the parliamentary year, which runs like a school year: "met ingang van het vergaderjaar 2027–2028")
    r"(?P<kind>schooljaar|studiejaar|collegejaar|cursusjaar|academisch\s+jaar|vergaderjaar)"
    r"(?:\s+(?P<y1>(?:19|20)\d{2})\s*[–/-]\s*(?P<y2>(?:19|20)?\d{2}))?\b",
    _I,
)

#: A season: "dit najaar", "in het voorjaar van 2023", "het komende najaar", "deze zomer",
#: "in de loop van het najaar", "(de rapportage) van het najaar van 2026".
SEASON = re.compile(
    # ("vanaf het voorjaar van 2026": rule "vanaf-<season>")
    # ("de rapportage van het najaar van 2026": a document of that season, with its year only)
    r"\b(?P<pre>in\s+de\s+loop\s+van\s+het|in\s+het|in\s+de|vanaf\s+het|vanaf\s+de|met\s+ingang\s+van\s+(?:het|de)|"
    r"van\s+het(?=\s+(?:voorjaar|najaar|zomer|winter)\s+van\s+(?:19|20)\d{2}\b)|"
    r"dit|deze|het\s+komende|komend|komende|aankomend|"
    r"aankomende|het\s+aankomende|volgend|volgende|het\s+volgende)\s+(?P<season>voorjaar|najaar|zomer|winter)\b"
    r"(?:\s+(?:van\s+)?" + YEAR_SPEC + r")?",
    _I,
)

#: Before or after a season other than the summer (the summer is a recess, `RECESS_DEADLINE`): "vóór de winter van
#: 2026–2027", "voor het najaar", "na het voorjaar van 2027" (a winter named by the two years it spans is the winter that
#: begins in the first; round 57).
SEASON_BOUND = re.compile(
    r"\b(?P<prep>vóór|voor|nog\s+voor|uiterlijk\s+voor|na|direct\s+na|kort\s+na)\s+(?:de|het)\s+"
    r"(?P<season>voorjaar|najaar|winter)\b(?:\s+(?:van\s+)?"
    + YEAR_SPEC
    + r"(?:\s*[–/-]\s*(?:19|20)?\d{2}\b)?)?",
    _I,
)

#: A season with a bare year: "najaar 2022", "voorjaar 2024".
SEASON_YEAR = re.compile(r"\b(?P<season>voorjaar|najaar|zomer|winter)\s+(?P<yspec>(?:19|20)\d{2})\b", _I)

#: Part of a year: "begin 2025", "eind 2024", "medio 2025", "halverwege volgend jaar",
#: "aan het eind van dit jaar", "begin volgend jaar".
YEAR_PART = re.compile(
    r"\b(?:(?:aan|in|tegen)\s+het\s+)?(?P<part>begin|eind|einde|medio|halverwege|midden)\s+(?:van\s+)?"
    + YEAR_SPEC,
    _I,
)

#: Before the end of a year: "voor het einde van het jaar", "vóór eind 2024", "uiterlijk eind
#: dit jaar", "voor de jaarwisseling", "voor het einde van 2023".
YEAR_END_BEFORE = re.compile(
    r"\b(?:(?:vóór|voor|uiterlijk|ten\s+laatste)\s+(?:aan\s+)?(?:het\s+)?(?:eind|einde)\s+(?:van\s+)?"
    + YEAR_SPEC
    + r"|(?:vóór|voor)\s+(?:de\s+jaarwisseling|het\s+jaareinde))",
    _I,
)

#: The end of a running measure, with the next step after it: "De bijdrage loopt tot en met 2031, waarna ik over
#: voortzetting besluit", "De proef loopt tot eind 2027, waarna …" (rule "tot-waarna": the step comes when the year ends;
#: round 45). Only before ", waarna": "loopt tot 2030" alone is a duration, no deadline. (Not in `KEYWORDS`: its
#: look-ahead crosses the comma that ends a piece.)
UNTIL_YEAR_THEN = re.compile(
    r"\btot\s+(?P<through>(?:en\s+met|(?:het\s+)?(?:eind|einde)(?:\s+van)?)\s+)?"
    + YEAR_SPEC
    + r"(?=\s*,\s*waarna\b)",
    _I,
)

#: Part of a month: "begin maart", "medio juni 2023", "eind september", "half mei".
MONTH_PART = re.compile(
    rf"\b(?P<part>begin|eind|einde|medio|half|halverwege|midden)\s+(?:van\s+)?(?P<month>{_MONTH_FULL})\b"
    r"(?:\s+(?P<year>(?:19|20)\d{2})\b)?",
    _I,
)

#: A whole month: "in maart", "in de maand juni 2024", "uiterlijk in oktober"; and from a month
#: on: "vanaf januari 2027", "per oktober 2026", "met ingang van maart" (rule "vanaf-maand"); a year in
#: words after "van": "in juli van dit jaar", "in maart van volgend jaar". Also a meeting named by its month, as
#: European councils and summits are: "tijdens de Telecomraad van december 2026", "in de Europese Raad van juni",
#: "op de NAVO-top van juli 2027" (rule "maand").
IN_MONTH = re.compile(
    r"\b(?P<pre>in|gedurende|vanaf|per|met\s+ingang\s+van"
    # (a named consultation too: "in het Bestuurlijk Overleg Landelijk Gebied van december")
    r"|(?:tijdens|in|op|bij|vanaf)\s+(?:de|het)\s+(?:[\w-]+\s+)?[\w-]*(?:[Rr]aad|[Tt]op|[Oo]verleg|[Vv]ergadering|conferentie"
    r"|bijeenkomst)(?:\s+[A-Z][\w-]*){0,3}\s+van)"
    rf"\s+(?:de\s+maand\s+)?(?P<month>{_MONTH_FULL})\b"
    rf"(?:\s+(?P<year>(?:19|20)\d{{2}})\b|\s+van\s+{YEAR_SPEC})?",
    _I,
)

#: Before or at the latest in a month: "vóór januari 2027" (rule "voor-maand": up to the month, not in it),
#: "uiterlijk juni 2027", "niet later dan maart 2028" (rule "uiterlijk-maand": up to its last day). Plain
#: "voor" only with a year ("de tarieven voor januari" names what the tariffs are for); "uiterlijk in oktober" is
#: `IN_MONTH`.
BEFORE_MONTH = re.compile(
    rf"\b(?:(?P<before>vóór)|(?P<plain>voor)(?=\s+(?:{_MONTH_FULL})\s+(?:19|20)\d{{2}}\b)"
    rf"|(?P<latest>uiterlijk|niet\s+later\s+dan))\s+(?P<month>{_MONTH_FULL})\b(?:\s+(?P<year>(?:19|20)\d{{2}})\b)?",
    _I,
)

#: A quarter: "in het eerste kwartaal van 2023", "het 2e kwartaal", "in het tweede kwartaal".
QUARTER = re.compile(
    r"\b(?:in\s+)?(?:het\s+)?(?P<ord>eerste|tweede|derde|vierde|laatste|1e|2e|3e|4e|1ste|2de|3de|4de)\s+kwartaal"
    r"(?:\s+(?:van\s+)?" + YEAR_SPEC + r")?",
    _I,
)

#: A quarter in short form: "Q1 2026", "Q3-2024", "Q2 van 2025", "Q4". Case-sensitive "Q".
QUARTER_SHORT = re.compile(r"\bQ(?P<q>[1-4])\b(?:(?:\s+van)?\s+|-)?(?P<yspec>(?:19|20)\d{2})?\b")

#: Half of a year: "in de eerste helft van 2024", "de tweede jaarhelft", "tweede helft van dit jaar", "(de
#: rapportage over) het eerste halfjaar van 2027", "in het tweede halfjaar".
HALF_YEAR = re.compile(
    r"\b(?:in\s+)?(?:de\s+|het\s+)?(?P<ord>eerste|tweede)\s+(?:helft|jaarhelft|halfjaar)(?:\s+(?:van\s+)?"
    + YEAR_SPEC
    + r")?",
    _I,
)

#: A period from the letter's date: "binnen zes weken", "binnen twee maanden",
#: "binnen 10 werkdagen", "binnen een half jaar", "binnen een termijn van drie maanden".
WITHIN = re.compile(
    rf"\bbinnen\s+(?:(?:een|de)\s+termijn\s+van\s+)?(?:(?P<n>{_NUM})\s+)?"
    r"(?P<unit>werkdagen|werkdag|dagen|dag|weken|week|maanden|maand|jaren|jaar|kwartaal)\b",
    _I,
)

#: A moment a period after the letter: "De regeling wordt over vijf jaar geëvalueerd", "over twee maanden"
#: (rule "over-termijn": around that moment). Not a spread ("verdeeld over vijf jaar", "gemiddeld over drie
#: jaar") nor the period a figure covers ("cijfers over drie jaar").
AFTER_PERIOD = re.compile(
    r"(?<!verdeeld\s)(?<!gespreid\s)(?<!uitgesmeerd\s)(?<!gemiddeld\s)(?<!cijfers\s)(?<!gegevens\s)"
    rf"\bover\s+(?P<n>{_NUM})\s+(?P<unit>weken|week|maanden|maand|jaren|jaar)\b"
    # the same moment counted from this letter: "Een jaar na deze brief stuur ik uw Kamer …", "zes maanden na
    # dagtekening van deze brief" (round 43; not "na de invoering", whose date the letter need not give)
    rf"|\b(?P<n2>{_NUM})\s+(?P<unit2>weken|week|maanden|maand|jaren|jaar)\s+na\s+(?:(?:de\s+)?(?:dagtekening|verzending)"
    r"\s+van\s+)?(?:deze|dit)\s+(?:brief|kabinetsreactie|reactie|beleidsreactie)\b",
    _I,
)

#: A vague coming period: "de komende maanden", "in de komende weken", "de komende twee jaar",
#: "de komende periode", "de komende tijd".
COMING = re.compile(
    rf"\b(?:in\s+|gedurende\s+)?(?:de\s+)?komende\s+(?:(?P<n>{_NUM})\s+)?"
    r"(?P<unit>dagen|weken|maanden|jaren|jaar|periode|tijd)\b",
    _I,
)

#: This or the next week or month, said on its own: "Ik stuur het rapport nog deze maand aan de Europese Commissie",
#: "volgende week", "komende maand" (rules "deze-week", "deze-maand", "volgende-week", "volgende-maand"; round 62).
#: Not "de komende maanden" (`COMING`).
THIS_OR_NEXT_PERIOD = re.compile(
    r"(?<!\bde\s)\b(?:nog\s+)?(?P<which>deze|volgende|komende|aankomende)\s+(?P<unit>week|maand)\b", _I
)

#: Soon: "binnenkort", "op korte termijn", "spoedig".
SOON = re.compile(r"\b(?:binnenkort|op\s+korte\s+termijn|spoedig|eerdaags)\b", _I)

#: As soon as possible (no window): "zo snel mogelijk", "zo spoedig mogelijk", "zsm",
#: "op zo kort mogelijke termijn", "zo snel als mogelijk", "met spoed".
ASAP = re.compile(
    r"\b(?:zo\s+(?:snel|spoedig|vlug)\s+(?:als\s+)?(?:mogelijk|(?:dat\s+)?kan)|z\.s\.m\.|zsm|"
    r"op\s+zo\s+kort\s+mogelijke\s+termijn|met\s+spoed)",
    _I,
)

#: During a year: "in de loop van 2024", "in de loop van volgend jaar", "nog dit jaar",
#: "later dit jaar", "gedurende 2023"; and from a year on: "vanaf 2026", "per 2027", "met ingang
#: van 2026" (rule "vanaf-jaar": it starts in that year).
DURING_YEAR = re.compile(
    # (and a year something is planned for: "De volgende evaluatie is voorzien voor 2030", "staat gepland voor 2028";
    # plain "voor" is left out, see `BEFORE_YEAR`; round 66)
    r"\b(?P<pre>in\s+de\s+loop\s+van|gedurende|nog|later|eerder|ergens\s+in|in|vanaf|per|met\s+ingang\s+van"
    r"|(?<=voorzien\s)voor|(?<=gepland\s)voor)\s+"
    # a year named by what is done in it: "vanaf het verslagjaar 2026", "in het begrotingsjaar 2027", "vanaf het
    # oefenjaar 2027", "in het kalenderjaar 2026" (any compound of "jaar" with a year; the school and study years
    # run from August or September: `SCHOOL_YEAR`)
    # (also an acronym joined by a hyphen: "vanaf het GLB-jaar 2028")
    r"(?:het\s+(?!(?:school|studie|college|cursus|vergader)jaar)(?:[a-zà-ÿ]{2,16}|[A-Z]{2,6}-)jaar\s+(?=(?:19|20)\d{2}\b))?"
    + YEAR_SPEC
    + r"\b",
    _I,
)

#: Before or at the latest in a year: "vóór 2030" (rule "voor-jaar": up to the year, not in it), "uiterlijk 2029",
#: "niet later dan 2028" (rule "uiterlijk-jaar": up to its last day). Plain "voor" is left out: "de doelen voor 2030"
#: names what they are for (round 60). Not a span: "vóór 2027-2028".
BEFORE_YEAR = re.compile(
    # (not "niet vóór 2031": the earliest, no deadline)
    r"\b(?:(?<!\bniet\s)(?P<before>vóór)|(?P<latest>uiterlijk|niet\s+later\s+dan|ten\s+laatste))\s+"
    r"(?P<year>(?:19|20)\d{2})\b"
    r"(?!\s*[-–/]\s*\d)",
    _I,
)

#: The next round of a scheme or programme, without its year: "vanaf de volgende subsidieronde", "bij de eerstvolgende
#: aanbesteding", "vanaf de start van het vervolgprogramma" (rule "vanaf-volgende" from it on, "volgende" at it: a time to
#: come whose day is not said; round 60). Not "het nieuwe programma": one may have begun already.
NEXT_ROUND = re.compile(
    r"\b(?P<pre>vanaf|met\s+ingang\s+van|bij)\s+(?:de\s+(?:start|begin|aanvang)\s+van\s+)?(?:de|het)\s+"
    r"(?:(?:volgende|eerstvolgende|komende)\s+(?:[a-zà-ÿ]+e\s+)?"
    r"\w*(?:ronde|programma|periode|tranche|cyclus|tender|aanbesteding|openstelling|concessie)"
    r"|vervolg(?:programma|ronde|periode|fase|traject|tranche|aanbesteding|concessie)\w*)\b",
    _I,
)

#: The next election, without its year: "in de zes weken vóór de eerstvolgende Tweede Kamerverkiezing", "vanaf de
#: volgende gemeenteraadsverkiezingen" (read like `NEXT_ROUND`: a time to come whose day is not said; round 65).
NEXT_ELECTION = re.compile(
    r"\b(?P<pre>vanaf|met\s+ingang\s+van|bij|voor|vóór|rond|na)\s+de\s+(?:volgende|eerstvolgende|komende)\s+"
    r"(?:(?:Tweede[\s-]Kamer|gemeenteraads|provinciale[\s-]staten|waterschaps|Europese|Kamer|Statenverkiezing)[\s-]?)?"
    r"verkiezing(?:en)?\b",
    _I,
)

#: A span of years: "tussen 2028 en 2030", "in de periode 2028–2030", "in de jaren 2028 tot en met 2030" (rule "jaren":
#: from the first day of the first year to the last day of the second; round 58).
YEAR_RANGE = re.compile(
    r"\b(?:tussen\s+(?P<y1>(?:19|20)\d{2})\s+en\s+(?P<y2>(?:19|20)\d{2})"
    r"|in\s+de\s+(?:periode|jaren)\s+(?P<y3>(?:19|20)\d{2})\s*(?:tot\s+en\s+met|t/m|–|-)\s*(?P<y4>(?:19|20)\d{2}))\b",
    _I,
)

#: The marks that open a quotation: a span of years right after one is mentioned, not meant ("spreken we van ‘tussen
#: 2030 en 2050’").
QUOTE_OPENERS = "‘'\"«“„"

#: A yearly round or event named with its year: "vanaf de subsidieronde van 2027", "vanaf de
#: openstelling van 2027", "bij de aanvraagronde 2026", "vanaf de gemeenteraadsverkiezingen van 2026",
#: "na de vervangingsronde van 2030"
#: (rule "ronde": within that year; "vanaf-ronde" from it on).
ROUND_OF_YEAR = re.compile(
    # (also a round of the year by its order: "Vanaf de eerste ronde van 2027 worden de deelnemers geworven …"; round 60)
    # (a service's own plan by a possessive: "De Arbeidsinspectie neemt de sector op in haar programma voor 2028"; round
    # 63)
    r"\b(?P<pre>vanaf|met\s+ingang\s+van|per|bij|in|tijdens|voor|vóór|na)\s+"
    r"(?:de|het|(?:haar|zijn|hun|ons|onze)(?=\s+\w*(?:programma|jaarplan|werkplan)\b))\s+"
    r"(?:eerstvolgende\s+|(?:eerste|tweede|derde|vierde|laatste)\s+)?"
    # (any round: "na de vervangingsronde van 2030", "bij de evaluatieronde 2028")
    # ("vanaf de tranche van 2027": a yearly tranche of a subsidy, since round 34)
    # (a tender of a year: "Bij de aanbesteding van 2027 contracteer ik twee leveranciers"; round 57)
    r"(?P<round>\w*ronde|openstelling|tender|\w*aanbesteding|tranche"
    # a yearly filing, application period, season or cohort: "vanaf de gecombineerde opgave van 2028", "vanaf de
    # aangifte over 2027", "vanaf de aanvraagperiode 2027", "vanaf het teeltseizoen 2027", "vanaf het cohort 2027"
    # (any period of a filing or a scheme: "vanaf de aangifteperiode 2027", "vanaf de concessieperiode 2028"; round 54)
    # (a subsidy's application window by its order: "vanaf het tweede tijdvak van 2028")
    # (the tax named after the filing: "vanaf de aangifte vennootschapsbelasting over het jaar 2027", since round 38)
    # (also the filings in the plural: "vanaf de aangiften over 2026"; round 62)
    r"|(?:[a-zà-ÿ]+e\s+)?(?:\w*opgave|\w*aangiften?(?:\s+[a-zà-ÿ]*belasting)?|\w*periode|aanvraagjaar|\w*seizoen|oogst|cohort|examenjaar"
    r"|\w*cyclus|\w*tijdvak)"
    r"|(?:gemeenteraads|provinciale\s+staten|waterschaps|tweede\s+kamer|europese|kamer)?verkiezingen"
    # a yearly event or gathering of a year: "vanaf de hadj van 2028", "bij de klimaatconferentie van 2027", "tijdens
    # de Paralympische Spelen van 2028" (round 65)
    r"|hadj|bedevaart|\w*conferentie|\w*spelen|\w*kampioenschappen|\w*kampioenschap|\w*verkiezing"
    # a yearly report from which on something is done: "vanaf het jaarbericht over 2027", "vanaf de rapportage over
    # 2026", "vanaf het onderzoek over 2026" (the year it covers)
    # (an adjective before it: "in de consulaire jaarbrief van 2027")
    r"|(?:[a-zà-ÿ]+e\s+)?\w*(?:verslag|bericht|rapportage|monitor|onderzoek|meting|peiling|jaarbrief|voortgangsbrief)"
    # a plan or programme of a year, what it holds is done in that year: "voorrang in het vastgoedprogramma voor
    # 2027", "in het jaarplan 2027"
    r"|\w*(?:programma|jaarplan|werkplan)"
    # a timetable, edition or intake from which on a service changes: "vanaf de dienstregeling 2028", "vanaf de
    # editie van 1 januari 2027", "vanaf de instroom van maart 2027", "met ingang van de lichting 2028" (since round 38)
    r"|dienstregeling|editie|uitgave|jaargang|lichting|\w*instroom)"
    # (its day or month named too: "vanaf de openstelling van 1 maart 2028", "vanaf de instroom van maart 2027", read
    # from that year on; the body that writes it between: "in het jaarverslag van Algemene Zaken over 2027", since
    # round 38; a ministry by its full name, "van het Ministerie van Algemene Zaken over 2027", since round 53)
    r"(?:\s+van\s+(?:de\s+|het\s+)?(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*|en|van)){0,5}?(?=\s+over\s))?"
    r"\s+(?:van\s+|in\s+|voor\s+|over\s+(?:het\s+jaar\s+)?)?(?:(?:\d{1,2}\s+)?(?:"
    + _MONTH_FULL
    + r")\s+)?(?P<year>(?:19|20)\d{2})\b",
    _I,
)

#: A letter or report of ours named by the month it appears in, its topic word between: "in de verzamelbrief
#: energiemarkt van december 2026", "bij de voortgangsrapportage van juni 2027", "in het Handboek Loonheffingen van
#: januari 2027" (the month is its window; a month
#: passed is an earlier document, not a deadline).
DOCUMENT_OF_MONTH = re.compile(
    r"\b(?P<pre>in|bij|via|met)\s+(?:de|het|mijn|onze)\s+(?:(?:[a-zà-ÿ]+e\s+)?"
    r"\w*(?:brief|rapportage|verslag|bericht|overzicht|nota)"
    # a named edition: "in het Handboek Loonheffingen van januari 2027"
    r"|(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?)"
    r"(?:\s+(?!(?:van|over|in|voor|aan|met|die|dat)\b)[a-zà-ÿ-]+)?\s+van\s+(?P<month>"
    + _MONTH_FULL
    + r")\s+(?P<year>(?:19|20)\d{2})\b",
    _I,
)

#: A report in `ROUND_OF_YEAR` named by the year it covers: "het jaarbericht over 2027" (it appears in 2028).
#: (Also a tax return "over" a year: "vanaf de aangifte over 2027" is filed in 2028.)
REPORT_OVER_YEAR = re.compile(
    r"(?:verslag|bericht|rapportage|monitor|onderzoek|meting|peiling|aangiften?)\s+over\s", _I
)

#: A report named right before the period it covers (see `HALF_YEAR`): "in de personeelsrapportage over het eerste
#: halfjaar van 2027" appears after that half.
REPORT_OVER_BEFORE = re.compile(
    r"(?:verslag|bericht|rapportage|monitor|onderzoek|meting|peiling)\s+over\s+$", _I
)

#: A year relative to the letter on its own: "dit jaar", "volgend jaar", "vorig jaar".
BARE_RELATIVE_YEAR = re.compile(
    r"\b(?P<yspec>(?:dit|volgend|komend|vorig|afgelopen|het\s+komende|het\s+volgende)\s+jaar)\b", _I
)
#: A month right before such a year, which the year only places: "sinds maart van dit jaar" names March, not the
#: whole year (matched against the text just before the year; with its own preposition the month is `IN_MONTH`).
MONTH_OF_BEFORE = re.compile(rf"\b(?:{_MONTH_FULL})\s+van\s+$", _I)

#: A preposition right before a date that makes it a deadline: "vóór 1 juli 2024",
#: "uiterlijk 1 maart", "niet later dan 15 mei", "per 1 januari 2024", "vanaf 1 juli"; and "op" for the day
#: something is set to happen (only after `SCHEDULED_ON`, and for a day after the letter's date).
#: Matched against the text just before a date found by TEXT_DATE/NUMERIC_DATE/ISO_DATE.
DATE_PREP = re.compile(
    r"(?P<prep>vóór|voor|uiterlijk(?:\s+op)?|niet\s+later\s+dan|ten\s+laatste(?:\s+op)?|uiterlijk\s+per|"
    r"met\s+ingang\s+van|per|vanaf|tot(?:\s+en\s+met)?|t/m|na|op)\s+(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|"
    r"zaterdag|zondag)\s+)?$",
    _I,
)

#: "voor" a meeting named by its date, right before that date: "voor de hoorzitting van 22 januari 2016", "vóór het
#: commissiedebat op 3 maart" (a deadline before the meeting's day, like "vóór 22 januari 2016"; round 39). Group
#: "prep" is the preposition; the meeting noun is one of a closed list so "voor de brief van 3 maart" stays no deadline.
BEFORE_MEETING_OF_DATE = re.compile(
    r"(?P<prep>vóór|voor)\s+(?:het|de)\s+(?:[\w-]+\s+){0,2}?(?:debat|commissiedebat|notaoverleg|wetgevingsoverleg"
    r"|hoorzitting|rondetafelgesprek|overleg|begrotingsbehandeling|behandeling|stemmingen|vergadering|bijeenkomst"
    r"|top|Europese\s+Raad|Raad|ministerraad|verkiezingen|Prinsjesdag)\s+(?:van|op)\s+"
    r"(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+)?$",
    _I,
)

#: A verb of something set to happen, right before "op <dag>" (up to two words between): "De regeling wordt op 1
#: maart 2027 opengesteld", "De wet treedt op 1 januari 2028 in werking", "Het loket gaat op 1 april open", "zal
#: ik op 3 maart met de provincies spreken". Elsewhere "op <dag>" is a reference day of a state, no deadline
#: ("projecten waar op 1 januari 2025 nog geen plan is vastgesteld", "wie op 1 januari de AOW-leeftijd heeft"),
#: or a past event ("Op 12 maart heeft …"). Matched against the text just before "op".
SCHEDULED_ON = re.compile(
    r"\b(?:wordt|worden|treedt|treden|gaat|gaan|start|starten|begint|beginnen|opent|openen|zal|zullen|vindt|vinden"
    # (a rule taking effect, "ingaan" split: "De wijziging gaat in op 1 september 2028")
    r"|gaat\s+in|gaan\s+in"
    # ("stel ik de regeling op 1 juni 2027 open": opening a scheme, by us)
    r"|stel\s+ik|ik\s+stel|stellen\s+wij|stellen\s+we|wij\s+stellen|we\s+stellen"
    # (any act of ours in the first person: "Ten eerste open ik op 1 april 2027 een leningenfonds", "Ik open op …")
    r"|(?:ik|wij|we)\s+[a-z]{2,20}|[a-z]{2,20}\s+(?:ik|wij|we))"
    # (a forecast's hedge may follow the verb: "de wijziging treedt naar verwachting op 1 juli 2028 in werking"; round 61)
    r"(?:\s+naar\s+verwachting)?"
    # (the words between no preposition or relative word: "gaat naar wie op 1 januari … heeft" is a reference day)
    r"(?:\s+(?!(?:wie|die|dat|wat|waar\w*|welke|naar|voor|bij|van|met|aan|in|om|tot|over|uit|dan|als)\b)[\w-]+){0,2}"
    r"\s+$",
    _I,
)

#: The same verb after the day, in a verb-final clause: "…, die op 1 februari 2027 wordt opengesteld", "dat op 1 juli
#: 2027 in werking treedt", "dat ik de regeling op 1 juni 2027 opnieuw openstel". Matched right after the date.
SCHEDULED_ON_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:wordt|worden|ingaat|ingaan|start|starten|begint|beginnen|opengaat|plaatsvindt"
    # ("dat ik de regeling op 1 juni 2027 opnieuw openstel")
    r"|openstel|openstellen"
    r"|in\s+werking\s+treedt|in\s+werking\s+treden"
    # ("dat het wetsvoorstel … op 1 maart 2027 in internetconsultatie gaat"; round 47)
    r"|in\s+(?:internet)?consultatie\s+(?:gaat|gaan))\b"
    # (a day fronted before our act: "Op 1 juli 2027 open ik een fonds")
    r"|\s*,?\s+[a-z]{2,20}\s+(?:ik|wij|we)\b"
    # (an opening or launch closing a verb-final clause further on: "…, die het op 1 oktober 2027 bij de Rijksdienst voor
    # Ondernemend Nederland opent"; round 49)
    r"|(?:\s+[\w-]+){0,8}?\s+(?:opent|openen|lanceert|lanceren|publiceert|publiceren)(?=\s*[.,;]|\s*$)",
    _I,
)

#: What may stand between two deadlines that name one window as alternatives or a range:
#: "eind maart/begin april", "eind mei of begin juni", "najaar 2023 à voorjaar 2024".
#: Matched in full against the text between two adjacent deadlines.
DEADLINE_ALTERNATIVE = re.compile(r"\s*/\s*|\s+(?:of|à)\s+|\s*–\s*", _I)

# --- keyword prefilter (speed) ------------------------------------------------------------

#: Characters no pattern above can match (each pattern reads words, digits, spaces and "./-"):
#: no date or deadline runs across one, so a text is searched piece by piece between them.
#: Example: "voor de zomer, en" -> the match ends before ",".
CHUNK_SEPARATORS = re.compile(r"[,;:()?!]")

#: For each pattern read by `kamerstuk.entities.dates`: lower-case strings of which every match
#: holds one ("voor de zomer" holds "zomer"). Only the pieces of text between two
#: `CHUNK_SEPARATORS` that hold one are searched, which gives the same matches as a search of
#: the whole text in a fraction of the time (most of a letter names no date).
KEYWORDS: dict[re.Pattern[str], tuple[str, ...]] = {
    # Keys are shared between patterns where one string serves (each is looked for once per
    # text): "jaar" in "voorjaar", "najaar", "jaarwisseling"; "kort" in "binnenkort", "korte";
    # "spoed" in "spoedig"; "jan" in "januari". ("halverwege" does not hold "half".)
    RECESS_DEADLINE: ("zomer", "kerst", "reces"),
    PRINSJESDAG: ("prinsjesdag",),
    BUDGET_MOMENT: ("nota", "begroting", "besluitvorming", "belastingplan", "circulaire"),
    SCHOOL_YEAR: ("schooljaar", "studiejaar", "collegejaar", "cursusjaar", "academisch", "vergaderjaar"),
    SEASON: ("jaar", "zomer", "winter"),
    SEASON_YEAR: ("jaar", "zomer", "winter"),
    SEASON_BOUND: ("jaar", "winter"),
    YEAR_PART: ("begin", "eind", "medio", "halverwege", "midden"),
    YEAR_END_BEFORE: ("eind", "jaar"),
    BEFORE_YEAR: ("vóór", "uiterlijk", "later", "laatste"),
    NEXT_ROUND: ("volgende", "komende", "vervolg"),
    NEXT_ELECTION: ("verkiezing",),
    MONTH_PART: ("begin", "eind", "medio", "half", "halverwege", "midden"),
    IN_MONTH: ("jan", "feb", "maart", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
    QUARTER: ("kwartaal",),
    QUARTER_SHORT: ("q",),
    HALF_YEAR: ("helft", "halfjaar"),
    WITHIN: ("binnen",),
    AFTER_PERIOD: ("over",),
    COMING: ("komende",),
    SOON: ("kort", "spoed", "eerdaags"),
    ASAP: ("snel", "spoed", "vlug", "z.s.m.", "zsm", "kort"),
    DURING_YEAR: ("19", "20", "jaar"),
    ROUND_OF_YEAR: (
        "ronde",
        "openstelling",
        "tender",
        "aanbesteding",
        "tranche",
        "tijdvak",
        "verkiezing",
        "hadj",
        "bedevaart",
        "conferentie",
        "spelen",
        "kampioenschap",
        "verslag",
        "bericht",
        "rapportage",
        "monitor",
        "onderzoek",
        "meting",
        "peiling",
        "brief",
        "programma",
        "plan",
        "opgave",
        "aangifte",
        "aanvraag",
        "seizoen",
        "oogst",
        "cohort",
        "examenjaar",
        "cyclus",
        "dienstregeling",
        "editie",
        "uitgave",
        "jaargang",
        "lichting",
        "instroom",
    ),
    BARE_RELATIVE_YEAR: ("jaar",),
    # month names and abbreviations ("jan." and "januari" hold "jan")
    TEXT_DATE: (
        "jan",
        "feb",
        "maart",
        "mar",
        "mrt",
        "apr",
        "mei",
        "jun",
        "jul",
        "aug",
        "sep",
        "okt",
        "oct",
        "nov",
        "dec",
    ),
    # the separator before the year: "1-4-2022" holds "-20"; the month after it: "2022-04-01" holds "-0"
    NUMERIC_DATE: ("-19", "-20", "/19", "/20", ".19", ".20"),
    ISO_DATE: ("-0", "-1"),
    RELATIVE_YEAR: ("jaar",),
}
