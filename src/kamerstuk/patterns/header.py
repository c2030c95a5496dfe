"""Patterns for the header of an official Kamerstuk (XPP layout) and its running furniture.

Vergaderjaar, chamber, dossier number and title, ondernummer, the document type and what it
stands for (`DOCUMENT_TYPES`), movers, the date line; the running footer and identifier/ISSN
block that the official PDF repeats on its pages.

Each is compiled once here; the readers and the structure stage use them through
``from kamerstuk.patterns import structure as P`` (see `kamerstuk.patterns.structure`).
"""

from __future__ import annotations

import re

from kamerstuk.patterns.dates import MONTHS as DATE_MONTHS

# "Vergaderjaar 2021–2022" (en dash, hyphen or slash)
VERGADERJAAR = re.compile(r"^\s*Vergaderjaar\s+(\d{4})\s*[-–/]\s*(\d{2,4})\s*$", re.I)
# "Tweede Kamer der Staten-Generaal" (chamber name line, furniture)
CHAMBER_LINE = re.compile(r"^\s*(Tweede|Eerste) Kamer der Staten-Generaal\s*\d*\s*$", re.I)
# A dossier number on its own line: "31 015", "36 410 VIII", "36 725-XVII", "35 925 A"
DOSSIER_NUMBER_LINE = re.compile(r"^\s*(\d{2}\s?\d{3})(?:\s*[-–]?\s*([IVXLC]{1,6}|[A-Z]{1,2}))?\s*$")
# A dossier number with its title on one line (pdftotext): "31 015 Kindermishandeling"
DOSSIER_WITH_TITLE_LINE = re.compile(
    r"^\s*(\d{2}\s\d{3})(?:\s*[-–]?\s*([IVXLC]{1,6}))?\s+([A-Z(][^\d].{2,})$"
)
# The document number: "Nr. 245", "Nr. 12 BRIEF VAN DE MINISTER …"
ONDERNUMMER = re.compile(r"^\s*Nr\.\s*(\d{1,4}[A-Z]?|[A-Z]{1,2})\b\s*(.*)$", re.I)
# The document type and sender: "BRIEF VAN DE STAATSSECRETARIS VAN JUSTITIE EN VEILIGHEID"
BRIEF_VAN = re.compile(r"^\s*BRIEF\s+VAN\s+(?:DE|HET)\s+(.+?)\s*$", re.I)
# A motion: "MOTIE VAN HET LID VAN DIJK C.S.", "GEWIJZIGDE MOTIE VAN DE LEDEN …"
MOTIE_VAN = re.compile(r"^\s*(?:(?:NADER\s+)?GEWIJZIGDE\s+)?MOTIE\s+VAN\s+(?:HET\s+LID|DE\s+LEDEN)\b", re.I)
# Answers to written questions: "Aanhangsel van de Handelingen", "Vragen van het lid …"
ANTWOORD_CUE = re.compile(
    r"^\s*(?:Aanhangsel\s+van\s+de\s+Handelingen|Vragen\s+gesteld\s+door\b)",
    re.I,
)
# The addressee: "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"
AAN_DE = re.compile(r"^\s*Aan\s+(?:de|het)\s+(.+?)\s*$", re.I)
# Place and date of signing: "Den Haag, 1 april 2022", "'s-Gravenhage, 3 mei 2023"
PLACE_DATE = re.compile(r"^\s*([A-Z'’][\w'’\- ]{1,40}?),\s+(\d{1,2}\s+[a-z]+\.?\s+\d{4})\s*$")
# A letter date: "1 april 2022", "12 sept. 2023"
DUTCH_DATE = re.compile(r"\b(\d{1,2})\s+([a-z]{3,9})\.?\s+(\d{4})\b", re.I)

# Header lines as web pages and converters leave them: table cells "Tweede Kamer der Staten-Generaal | 2 |",
# "Vergaderjaar 2023-2024 |", emphasis a line-wrapped "**title …" / "… title**" kept at its ends
CELL_SEPARATOR = re.compile(r"\s*\|\s*")
EDGE_EMPHASIS = re.compile(r"^[\s*_]+|[\s*_]+$")
# A dossier number, alone or with its title (pdftotext, web pages). The number may carry a series
# ("21 501-07", "21 501-32"), a Roman budget chapter ("36 410 VIII", "36 725-XVII", "33 400 IIA"), a fund
# letter ("35 925 A") or a rijkswet number, which is dropped ("24 602 (R 1571)"):
# "31 015", "21 501-08 Milieuraad", "36 410 VI      Vaststelling van de begrotingsstaten van het Ministerie van"
DOSSIER_LINE = re.compile(
    r"^\s*(\d{2}\s?\d{3})(?:\s*[-–]\s*(\d{2})(?!\d)|\s*[-–]?\s*([IVXLC]{1,6}[AB]?|[A-Z])(?![\w.]))?"
    r"(?:\s*\(R\s?\d{3,4}\))?(?:\s+([A-Z(«'‘’][^\n]*?))?\s*$"
)
# An Eerste Kamer dossier numbered in Roman numerals, with its title: "CXXIV Verslag van de Tijdelijke commissie …"
ROMAN_DOSSIER_LINE = re.compile(r"^\s*([CLXVI]{2,8})\s+([A-Z][a-zà-ÿ].*?)\s*$")
# An Eerste Kamer document letter before the type (older Tweede Kamer advices too), a footnote marker
# may stick to it: "C MEMORIE VAN ANTWOORD", "AI1 VERSLAG VAN EEN SCHRIFTELIJK OVERLEG", "L MOTIE VAN HET LID …"
LETTER_ONDERNUMMER = re.compile(r"^\s*([A-Z]{1,2})\d{0,2}\s+([A-Z]{2}.*)$")
# … or on a line of its own above the type (web pages 1995–2010): "B" / "VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE …"
BARE_LETTER = re.compile(r"^\s*([A-Z]{1,2})\s*$")
# Words that may stand before a document type: "HERDRUK1 MEMORIE VAN TOELICHTING", "NADERE MEMORIE VAN ANTWOORD",
# "GEWIJZIGD AMENDEMENT …", "NADER GEWIJZIGDE MOTIE …", "TWEEDE NOTA NAAR AANLEIDING VAN HET VERSLAG"
TYPE_PREFIX = re.compile(
    r"^\s*(?:(?:HERDRUK|NADERE?|GEWIJZIGDE?|TWEEDE|DERDE|VIERDE|AANVULLENDE?)\d{0,2}\s+){0,3}"
)
# The type of a document as its header prints it, in capitals, and the kind it stands for; the first that
# matches wins, after TYPE_PREFIX. docs/schema.md lists them with examples.
DOCUMENT_TYPES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(rf"^(?:{body})(?![A-Z])"))
    for kind, body in (
        # "ADVIES AFDELING ADVISERING RAAD VAN STATE EN NADER RAPPORT1", "ADVIES RAAD VAN STATE EN NADER RAPPORT"
        (
            "nader_rapport",
            r"ADVIES\s+(?:VAN\s+DE\s+)?(?:AFDELING\s+ADVISERING\s+(?:VAN\s+DE\s+)?)?RAAD\s+VAN\s+STATE\s+EN\s+NADER"
            r"\s+RAPPORT|NADER\s+RAPPORT",
        ),
        # "ADVIES VAN DE AFDELING ADVISERING VAN DE RAAD VAN STATE EN REACTIE VAN DE INITIATIEFNEMER(S)"
        (
            "advies_raad_van_state",
            r"ADVIES\s+(?:VAN\s+DE\s+)?(?:AFDELING\s+ADVISERING\s+(?:VAN\s+DE\s+)?)?RAAD\s+VAN\s+STATE",
        ),
        # "LIJST VAN VRAGEN EN ANTWOORDEN", "VERSLAG HOUDENDE EEN LIJST VAN VRAGEN EN ANTWOORDEN"
        (
            "lijst_van_vragen_en_antwoorden",
            r"(?:VERSLAG\s+HOUDENDE\s+EEN\s+)?LIJST\s+VAN\s+VRAGEN\s+(?:EN|MET)\b",
        ),
        # "NOTA NAAR AANLEIDING VAN HET VERSLAG", "… VAN HET NADER VERSLAG", "… VAN HET EINDVERSLAG"
        (
            "nota_naar_aanleiding_van_het_verslag",
            r"NOTA\s+NAAR\s+AANLEIDING\s+VAN\s+HET\s+(?:NADER\s+)?(?:EIND)?VERSLAG",
        ),
        # "MEMORIE VAN ANTWOORD", "NADERE MEMORIE VAN ANTWOORD"
        ("memorie_van_antwoord", r"MEMORIE\s+VAN\s+ANTWOORD"),
        # "MEMORIE VAN TOELICHTING", "HERDRUK MEMORIE VAN TOELICHTING"
        ("memorie_van_toelichting", r"MEMORIE\s+VAN\s+TOELICHTING"),
        # "VERSLAG", "VERSLAG VAN EEN SCHRIFTELIJK OVERLEG", "… COMMISSIEDEBAT", "… WETGEVINGSOVERLEG",
        # "VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR …", "NADER VOORLOPIG VERSLAG", "EINDVERSLAG"
        ("verslag", r"(?:(?:NADER\s+)?VOORLOPIG\s+|EIND|INBRENG\s+)?VERSLAG"),
        # "AMENDEMENT VAN HET LID …", "GEWIJZIGD AMENDEMENT VAN DE LEDEN …", "SUBAMENDEMENT VAN …"
        ("amendement", r"(?:SUB)?AMENDEMENT\s+VAN\s+(?:HET\s+LID|DE\s+LEDEN)"),
        # "MOTIE VAN HET LID …", "GEWIJZIGDE MOTIE VAN DE LEDEN …"
        ("motie", r"MOTIE\s+VAN\s+(?:HET\s+LID|DE\s+LEDEN)"),
        # "VOORSTEL VAN WET", "GEWIJZIGD VOORSTEL VAN WET", "VOORSTEL VAN RIJKSWET"
        ("wetsvoorstel", r"VOORSTEL\s+VAN\s+(?:RIJKS)?WET"),
        # "BRIEF VAN DE MINISTER …", "BRIEF VAN DE VOORZITTER VAN DE EERSTE KAMER …"
        ("brief", r"BRIEF\s+VAN\s+(?:DE|HET)(?=\s)"),
    )
)
# A footnote marker glued to the last word of a type: "… HUIS VAN DE KONING1", "… NADER RAPPORT1"
TRAILING_MARKER = re.compile(r"(?<=[A-ZÀ-Þ.)])\d{1,2}\s*$")
# The movers in the title of a motion or amendment, without "C.S." and a replacement note:
# "MOTIE VAN HET LID VERMEULEN C.S.", "GEWIJZIGD AMENDEMENT VAN DE LEDEN KOOPMANS EN EL HAMDI TER VERVANGING
# VAN DAT GEDRUKT ONDER NR. 11"
MOVERS = re.compile(
    r"(?:MOTIE|AMENDEMENT)\s+VAN\s+(?:HET\s+LID|DE\s+LEDEN)\s+(.+?)\s*(?:\bC\.S\.?)?\s*(?:\bTER\s+VERVANGING\b.*)?$",
    re.I,
)
# The date line under the type: "Vastgesteld 12 maart 2024" (verslag, lijst), "Ontvangen 3 oktober 2022" (nota,
# memorie, amendement), "Voorgesteld 6 juli 2021" and "Voorgesteld tijdens het Wetgevingsoverleg van 4 juni 2018"
# (motie); pdftotext may glue the date to the word: "Vastgesteld16 april 2010"
DATE_LINE = re.compile(
    r"^\s*(?:Vastgesteld|Ontvangen|Voorgesteld)(?![a-z])\s*(?:(?:tijdens|in|bij|op)\s[^\d]{0,80}?)?"
    r"(\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4})\s*\.?\s*$"
)
# … or after the type on the same line: "MEMORIE VAN ANTWOORD Ontvangen 16 februari 1981"
DATE_AFTER_TYPE = re.compile(r"\s(?:Vastgesteld|Ontvangen)\s*(\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4})")
# The chamber an addressee names: "Voorzitter van de Eerste Kamer der Staten-Generaal"
ADDRESSEE_CHAMBER = re.compile(r"\b(Eerste|Tweede)\s+Kamer\b")
# Eerste Kamer identifiers carried the vergaderjaar until 2009–2010: kst-20062007-30312-B, kst-20082009-32024-C,
# kst-20092010-LXXXIII-A; later kst-30372-B (2012–2013), kst-35300-L (2019–2020)
EK_IDENTIFIER_WITH_YEAR_UNTIL = "2009-2010"

MONTHS = DATE_MONTHS  # one table of month names, in patterns/dates.py

# Words kept lower case when an upper-case office name is title-cased:
# "STAATSSECRETARIS VAN JUSTITIE EN VEILIGHEID" -> "Staatssecretaris van Justitie en Veiligheid"
LOWERCASE_WORDS = frozenset({"van", "en", "de", "der", "het", "voor", "in", "op", "te", "om", "bij"})

# --- Running furniture of the official (XPP) Kamerstuk PDF as pdftotext writes it ------

# The running footer: "Tweede Kamer, vergaderjaar 2021–2022, 31 015, nr. 245  3"
# … and in an Aanhangsel: "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 2"
RUNNING_FOOTER = re.compile(
    r"^\s*(Tweede|Eerste) Kamer, vergaderjaar (\d{4})[-–/](\d{2,4}), "
    r"(?:([\d ]+(?:[-–]?\s*[IVXLC]+)?), nr\. (\S+)|Aanhangsel)(?:\s+\d+)?\s*$",
    re.I,
)
# The identifier/ISSN block of the first page: "kst-31015-245", "ISSN 0921 - 7371", "'s-Gravenhage 2022"
KST_IDENTIFIER = re.compile(r"^\s*((?:kst|ah-tk|ah-ek|h-tk|h-ek|blg)-[\w-]+)\s*$")
ISSN_LINE = re.compile(r"^\s*ISSN\s+\d{4}\s*-\s*\d{3}[\dX]\s*$|^\s*['’]s-Gravenhage\s+\d{4}\s*$", re.I)
# A line that is only a date, as pdftotext leaves the value of "Datum": " 1 maart 2011"
DATE_ONLY = re.compile(r"^\s*\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4}\s*$", re.I)
