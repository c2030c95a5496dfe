"""Patterns for the layout and structure of letters: header, letterhead, sidebar, signature.

Each pattern has a comment with a real-style example of what it matches. All are compiled
once here; the readers and the structure stage import them, never write their own.
"""

from __future__ import annotations

import re

from kamerstuk.patterns.dates import MONTHS as DATE_MONTHS

# --- Markdown markup (conversions of official PDFs) ------------------------------------

# A footnote marker as converters write it: "… in bijlage 1<sup>1</sup>. Op …"
SUP_MARKER = re.compile(r"<sup>\s*(\d{1,3})\s*</sup>")
# A Markdown footnote reference: "… gepubliceerd.[^3] Daarna …"
MD_FOOTNOTE_REF = re.compile(r"\[\^(\d{1,3})\]")
# A footnote block opening with its marker: "<sup>4</sup> Het platform biedt …"
SUP_FOOTNOTE_BLOCK = re.compile(r"^\s*<sup>\s*(\d{1,3})\s*</sup>\s*(.*)$", re.S)
# A Markdown footnote definition: "[^4]: Het platform biedt …"
MD_FOOTNOTE_DEF = re.compile(r"^\s*\[\^(\d{1,3})\]:\s*(.*)$", re.S)
# An ATX heading: "### **Aanleiding**", "#### *(Proactieve) signalering*"
MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
# A thematic break used by converters as page separator: "---", "***", "___"
MD_PAGE_SEPARATOR = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$")
# Whole-line emphasis: "**Nr. 245**" (bold), "*Slachtoffers in beeld*" (italic)
MD_WHOLE_BOLD = re.compile(r"^\*\*(.+?)\*\*$|^__(.+?)__$", re.S)
MD_WHOLE_ITALIC = re.compile(r"^\*([^*].*?)\*$|^_([^_].*?)_$", re.S)
# Inline emphasis to strip: "**BRIEF**", "*Italic*", "__x__", "_x_"
MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1|(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\3(?![\w*])")
# Links: "[www.tweedekamer.nl](http://www.tweedekamer.nl)" -> the link text
MD_LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]*)\)")
# Autolinks: "<https://www.movisie.nl/publicatie>" -> the URL
MD_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
# Inline math that converters produce for formulas: "(categorie 1,  $n=15$ )" -> "(categorie 1, n=15)"
MD_INLINE_MATH = re.compile(r"\$([^$\n]{1,80})\$")
# Spaces left inside brackets after removing markup: "( n=15 )" -> "(n=15)"
SPACE_INSIDE_BRACKETS = re.compile(r"(?<=\()\s+|\s+(?=\))")
# Backslash escapes: "1\. punt" -> "1. punt"
MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|])")
# Remaining inline HTML tags: "<br>", "<span class=…>"
HTML_TAG = re.compile(r"</?[a-zA-Z][^<>]{0,200}>")

# --- Header of an official Kamerstuk (XPP layout) --------------------------------------

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

# The preamble of text copied from a publication web page, before the official header:
# the page type: "Kamerstuk", "Kamerstuk 30712-6" (openkamer.org)
PREAMBLE_PAGE = re.compile(r"^\s*Kamerstuk(?:ken)?(?:\s+(\d{5}(?:-[0-9A-Za-z]+)+))?\s*$")
# the head of the metadata table, glued, tab- or pipe-separated, with a fifth column or not:
# "Datum publicatieOrganisatieVergaderjaarDossier- en ondernummer", "Datum publicatie | Organisatie | … | Datum indiening |"
PREAMBLE_TABLE_HEAD = re.compile(
    r"^\s*\|?\s*Datum\s+publicatie\W*Organisatie\W*Vergaderjaar\W*Dossier-\s*en\s+ondernummer\b.*$"
)
# the rule under a pipe table's head: "---|---|---|---|"
PREAMBLE_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")
# a dossier and document number as the table gives it: "34700 nr. 19", "30 712 nr. 6", "36410-XII nr. 58", "35300 nr. L"
_DOSSIER_NR = (
    r"(?P<digits>\d{2}\s?\d{3})(?:[- ](?P<suffix>\d{2}|[IVXLC]{1,6}[AB]?|[A-Z]))?\s+nr\.\s*"
    r"(?P<nr>\d{1,4}[a-z]?|[A-Z]{1,2})"
)
# a row of the table, glued or separated, its date cells often empty:
# "Tweede Kamer der Staten-Generaal2016-201734700 nr. 19", "Eerste Kamer der Staten-Generaal | 2012-2013 | 30372 nr. B |",
# "14-03-2024<TAB>Tweede Kamer der Staten-Generaal<TAB>2023-2024<TAB>36410-XII nr. 58"
PREAMBLE_ROW = re.compile(
    r"^\s*\|?\s*(?P<published>\d{2}-\d{2}-\d{4})?[\s|]*(?P<chamber>Tweede|Eerste)\s+Kamer\s+der\s+Staten-Generaal[\s|]*"
    rf"(?P<year1>\d{{4}})\s*-\s*(?P<year2>\d{{4}})[\s|]*{_DOSSIER_NR}[\s|]*(?P<other>\d{{2}}-\d{{2}}-\d{{4}})?[\s|]*$"
)
# a cell label on a line of its own, its value on the next line: "Datum publicatie" / "14-03-2024", "Organisatie",
# "Vergaderjaar", "Dossier- en ondernummer", "Datum ontvangst", "Datum indiening"
PREAMBLE_LABEL = re.compile(
    r"^\s*(Datum publicatie|Organisatie|Vergaderjaar|Dossier- en ondernummer|Datum ontvangst|Datum indiening)\s*:?\s*$"
)
# the values of those cells: "14-03-2024", "2023-2024", "29383 nr. 412"
PREAMBLE_DATE_VALUE = re.compile(r"^\s*(\d{2})-(\d{2})-(\d{4})\s*$")
PREAMBLE_YEAR_VALUE = re.compile(r"^\s*(\d{4})\s*[-–/]\s*(\d{4})\s*$")
PREAMBLE_DOSSIER_VALUE = re.compile(rf"^\s*{_DOSSIER_NR}\s*$")
# a labelled line of openkamer.org: "Gepubliceerd: 22 december 2006", "Indiener(s): …", "Onderwerpen: …",
# "Bron: https://zoek.officielebekendmakingen.nl/kst-30712-6.html", "ID: 30712-6", "Dossier: <dossier title>"
PREAMBLE_FIELD = re.compile(
    r"^\s*(Gepubliceerd|Indiener\(s\)|Indieners?|Onderwerpen|Bron|ID|Dossier)\s*:\s*(.*?)\s*$"
)
# an official identifier in a URL, in parentheses or bare: ".../kst-30712-6.html", "(kst-35498-4)", "30712-6"
PREAMBLE_IDENTIFIER = re.compile(r"\b(kst-[0-9A-Za-z]+(?:-[0-9A-Za-z]+)+)")
BARE_IDENTIFIER = re.compile(r"^\s*((?:\d{5}|\d{8}-\d{5})(?:-[0-9A-Za-z]+)+)\s*$")
# "Kenmerk 34389, nr. 4" of parlementairemonitor.nl's Kerngegevens, also as a table row "Kenmerk | 33239, nr. 2 |"
PREAMBLE_KENMERK = re.compile(
    r"^\s*Kenmerk\s*\|?\s*(?P<digits>\d{5})(?:-(?P<suffix>[0-9A-Z]+))?,\s*nr\.\s*(?P<nr>\w+)\s*\|?\s*$"
)
# the document type and title of a tweedekamer.nl page, a space before the colon: "Brief regering : <titel>",
# "Lijst van vragen en antwoorden : <titel>", "Motie : <titel>", "Verslag van een schriftelijk overleg : <titel>"
PREAMBLE_SOORT = re.compile(
    r"^\s*(Brief\b[^:]{0,40}|Motie\b[^:]{0,30}|Amendement\b[^:]{0,40}|Verslag\b[^:]{0,80}|Lijst van vragen en antwoorden|"
    r"Antwoord schriftelijke vragen\b[^:]{0,10}|Memorie van (?:toelichting|antwoord)|Nota\b[^:]{0,60}|Advies\b[^:]{0,90}|"
    r"Voorstel van (?:rijks)?wet\b[^:]{0,30})\s+:\s+\S"
)
# kinds of the tweedekamer.nl types that are not printed as a header's type
SOORT_KINDS = {"brief": "brief", "motie": "motie", "antwoord schriftelijke vragen": "antwoord"}
# navigation and page lines that say nothing about the document: "U bent hier:", "Zoals vergunningen, bouwplannen
# en lokale regelgeving.", "Adressen en contactpersonen van overheidsorganisaties.", "[overzicht] [activiteiten] …",
# "Preview document (origineel)", "Nummer: 2020D24822, datum: …", "Directe link naar document (.pdf), …",
# "Onderdeel van zaak 2020Z11540:", "Gerelateerde personen: …", "- Indiener: …", "- 2020-06-23 16:30: …",
# "Kerngegevens", "Documentdatum 20-01-2016", "Nummer KST343894", "Van Staten-Generaal (SG)", "Originele document in PDF"
PREAMBLE_JUNK = re.compile(
    r"^\s*(?:U bent hier:?|Zoals vergunningen, bouwplannen en lokale regelgeving\.?|"
    r"Adressen en contactpersonen van overheidsorganisaties\.?|(?:\[[^\]]*\]\s*){2,}|Preview document\b.*|"
    r"Nummer:\s*\d{4}D\d+.*|Directe link naar document\b.*|Onderdeel van (?:zaak|activiteiten|kamerstukdossier)\b.*|"
    r"Gerelateerde personen:.*|-\s+(?:Indiener|Medeindiener|Voortouwcommissie|Volgcommissie|Eerste ondertekenaar|"
    r"Mede ondertekenaar|Mede namens):.*|-\s+\d{4}-\d{2}-\d{2} \d{2}:\d{2}:.*|Inhoudsopgave van deze pagina:?|Kerngegevens|"
    r"(?:Officiële titel|Documentdatum|Publicatiedatum|Nummer)\s*\|?\s+\S.*|Van\s*\|?\s*Staten-Generaal\b.*|"
    r"Originele document in PDF\b.*|Externe link\b.*)\s*$"
)

MONTHS = DATE_MONTHS  # one table of month names, in patterns/dates.py

# Words kept lower case when an upper-case office name is title-cased:
# "STAATSSECRETARIS VAN JUSTITIE EN VEILIGHEID" -> "Staatssecretaris van Justitie en Veiligheid"
LOWERCASE_WORDS = frozenset({"van", "en", "de", "der", "het", "voor", "in", "op", "te", "om", "bij"})

# --- Ministry letterhead (Rijksoverheid huisstijl) as pdftotext writes it --------------

# The return address line: "> Retouradres Postbus 20301 2500 EH  Den Haag"
RETOURADRES = re.compile(r"^\s*>?\s*Retouradres\b", re.I)
# Running page number of the letterhead: "Pagina 2 van 7"
# … and the older slash form: "Pagina 1/12"
PAGINA = re.compile(r"^\s*Pagina\s+(\d+)\s*(?:van|/)\s*(\d+)\s*$", re.I)
# Letterhead labels whose value may follow on the same line: "Datum 1 maart 2011", "Betreft Draagmoederschap"
LETTERHEAD_LABEL = re.compile(
    r"^\s*(Datum|Betreft|Onderwerp|Ons kenmerk|Uw kenmerk|Kenmerk|Uw brief(?: van)?|Bijlage\(n\)|Bijlagen?|"
    r"Contactpersoon|Inlichtingen|Doorkiesnummer)(?!\w)(?!\s*(?:publicatie|ontvangst|indiening)\b)[:\s]*(.*?)\s*$"
)  # case-sensitive on purpose: "onderwerp te kunnen bepalen." is body text; "Datum publicatie" (a web
# page's preamble) is no letterhead date
# A line that names an attachment in the body or after the signature, not the sidebar's count:
# "Bijlage: Voortgangsrapportage 2023", "Bijlagen: 1. Advies …" (the sidebar says "Bijlage(n) 2")
ATTACHMENT_LINE = re.compile(r"^\s*Bijlagen?\s*:\s*\S.{3,}$")
# Labels that belong to the sidebar colofon: "Ons kenmerk", "Bijlage(n)", "Uw brief"
SIDEBAR_LABELS = frozenset(
    {
        "ons kenmerk",
        "uw kenmerk",
        "kenmerk",
        "uw brief",
        "uw brief van",
        "bijlage",
        "bijlagen",
        "bijlage(n)",
        "contactpersoon",
        "inlichtingen",
        "doorkiesnummer",
    }
)
# Sidebar lines that are furniture: "Postbus 20301", "2500 EH  Den Haag", "www.rijksoverheid.nl/venj",
# "T 070 370 79 11", "Directoraat-Generaal Preventie", "Directie Justitieel Jeugdbeleid", "Schedeldoekshaven 100"
SIDEBAR_LINE = re.compile(
    r"^\s*(?:Postbus\s+\d+|\d{4}\s?[A-Z]{2}\s+\S.*|www\.\S+|https?://\S+|[TF]\s+\+?[\d ()-]{8,}|"
    r"Directoraat[- ][Gg]eneraal\b.*|Directie\b.*|Ministerie van\b.*|Afdeling\b.*|[A-Z][a-z]+(?:straat|weg|plein|"
    r"laan|kade|haven|gracht|hof|singel|park)\s+\d+\w?|Rijnstraat\s+\d+|Turfmarkt\s+\d+|Korte Voorhout\s+\d+|"
    r"Bezuidenhoutseweg\s+\d+|Parnassusplein\s+\d+|Kantoor\b.*|Bezoekadres\b.*|Postadres\b.*|E\s+\S+@\S+|"
    r"\S+@\S+\.\w+|Nederland|The Netherlands)\s*$"
)
# A note in the sidebar that runs over several narrow lines:
# "Correspondentie uitsluitend richten aan het retouradres met vermelding van de datum …"
SIDEBAR_NOTE = re.compile(
    r"^\s*(?:Correspondentie uitsluitend|Bij beantwoording de datum|Uw brief van)\b", re.I
)
# A ministry name in the sidebar: "Ministerie van Volksgezondheid, Welzijn en Sport"
# … or only its first words, the rest wrapping onto the next lines: "Ministerie van" / "Infrastructuur en" / "Waterstaat"
MINISTRY_LINE = re.compile(r"^\s*(Ministerie\s+van(?:\s+.+?)?)\s*$")
# An address line of the addressee block: "Postbus 20018", "2500 EA  DEN HAAG", "Prinses Irenestraat 6"
ADDRESS_LINE = re.compile(r"^\s*(?:Postbus\s+\d+|\d{4}\s?[A-Z]{2}\b.*|[A-Z][\w'’ .-]+\s+\d+[a-z]?)\s*$")
# The first line of a letterhead's addressee block: "De voorzitter van de Tweede Kamer",
# "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal", "De Voorzitter van de Eerste Kamer",
# "Aan de leden van de vaste commissie voor Financiën", "Aan: de Voorzitter van …"
ADDRESSEE_START = re.compile(
    r"^\s*(?:Aan:?\s+(?:de|het)\s+\S.*|(?:De|de|Het)\s+(?:[Vv]oorzitter|[Ll]eden|[Gg]riffier|[Vv]aste\s+[Cc]ommissie|"
    r"[Cc]ommissie)\b.*)$"
)
# An addressee as printed, to normalize: "De voorzitter van …" / "Aan de Voorzitter van …" -> "Voorzitter van …"
ADDRESSEE_ARTICLE = re.compile(r"^\s*(?:Aan:?\s+)?(?:de|het)\s+", re.I)
# The Postbus number in a return address: "> Retouradres Postbus 20901 2500 EX Den Haag" -> "20901"
RETURN_POSTBUS = re.compile(r"\bPostbus\s+(\d{4,5})\b", re.I)
# The ministry of an office: "Minister van Infrastructuur en Waterstaat" -> "Infrastructuur en Waterstaat",
# "Staatssecretaris van Financiën - Fiscaliteit en Belastingdienst" -> "Financiën"
OFFICE_OF_MINISTRY = re.compile(
    r"^(?:Minister|Staatssecretaris|Vicepremier(?:\s+en\s+[Mm]inister)?)\s+van\s+(.+?)(?:\s+[-–]\s+.*|\s*\(.*)?$",
    re.I,
)
# Ministers without a ministry of their own ("Minister voor …") belong to a host ministry; the
# Minister-President heads Algemene Zaken. Offices of recent cabinets (2010–2025).
OFFICE_HOST_MINISTRY = {
    "minister-president": "Algemene Zaken",
    "minister voor klimaat en energie": "Economische Zaken en Klimaat",
    "minister voor natuur en stikstof": "Landbouw, Natuur en Voedselkwaliteit",
    "minister voor rechtsbescherming": "Justitie en Veiligheid",
    "minister voor migratie": "Justitie en Veiligheid",
    "minister voor primair en voortgezet onderwijs": "Onderwijs, Cultuur en Wetenschap",
    "minister voor basis- en voortgezet onderwijs en media": "Onderwijs, Cultuur en Wetenschap",
    "minister voor medische zorg": "Volksgezondheid, Welzijn en Sport",
    "minister voor medische zorg en sport": "Volksgezondheid, Welzijn en Sport",
    "minister voor langdurige zorg en sport": "Volksgezondheid, Welzijn en Sport",
    "minister voor buitenlandse handel en ontwikkelingssamenwerking": "Buitenlandse Zaken",
    "minister voor volkshuisvesting en ruimtelijke ordening": "Binnenlandse Zaken en Koninkrijksrelaties",
    "minister voor armoedebeleid, participatie en pensioenen": "Sociale Zaken en Werkgelegenheid",
    "minister voor wonen en rijksdienst": "Binnenlandse Zaken en Koninkrijksrelaties",
    "minister voor immigratie, integratie en asiel": "Binnenlandse Zaken en Koninkrijksrelaties",
    "minister voor wonen en ruimtelijke ordening": "Binnenlandse Zaken en Koninkrijksrelaties",
    "minister voor armoedebeleid": "Sociale Zaken en Werkgelegenheid",
}
# The ministries' Postbus numbers in Den Haag, as their return addresses print them, with the
# ministry's name by period (start date of each name, ISO). A Postbus that two ministries share
# (20401: Economische Zaken, Landbouw; since 2024 also Klimaat en Groene Groei) names none.
# Public, stable data from the ministries' letterheads.
MINISTRY_POSTBUS: dict[str, tuple[tuple[str, str], ...]] = {
    "20001": (("0000-01-01", "Algemene Zaken"),),
    "20011": (("0000-01-01", "Binnenlandse Zaken en Koninkrijksrelaties"),),
    "20061": (("0000-01-01", "Buitenlandse Zaken"),),
    "20701": (("0000-01-01", "Defensie"),),
    "20201": (("0000-01-01", "Financiën"),),
    "20301": (
        ("0000-01-01", "Justitie"),
        ("2010-10-14", "Veiligheid en Justitie"),
        ("2017-10-26", "Justitie en Veiligheid"),
    ),
    "20901": (
        ("0000-01-01", "Verkeer en Waterstaat"),
        ("2010-10-14", "Infrastructuur en Milieu"),
        ("2017-10-26", "Infrastructuur en Waterstaat"),
    ),
    "16375": (("0000-01-01", "Onderwijs, Cultuur en Wetenschap"),),
    "90801": (("0000-01-01", "Sociale Zaken en Werkgelegenheid"),),
    "20350": (("0000-01-01", "Volksgezondheid, Welzijn en Sport"),),
}
# The Postbus of the chambers, in an addressee block: not a ministry's
CHAMBER_POSTBUS = frozenset({"20018", "20017"})
# The salutation: "Geachte voorzitter,", "Geachte Voorzitter,"
SALUTATION = re.compile(r"^\s*Geachte\s+[\w .,-]{2,60},?\s*$", re.I)
# A closing formula before the signature: "Hoogachtend,", "Met vriendelijke groet,", "Met de meeste hoogachting,"
CLOSING_FORMULA = re.compile(
    r"^\s*(?:Hoogachtend|Met (?:vriendelijke|hartelijke) groet(?:en)?|Met de meeste hoogachting|"
    r"Met hoogachting|Vriendelijke groet(?:en)?),?\s*$",
    re.I,
)

# --- Signature ---------------------------------------------------------------------------

# The office line of a signature, in running case or in capitals, with or without the article:
# "De Staatssecretaris van Justitie en Veiligheid,", "De Minister van Onderwijs, Cultuur en Wetenschap,",
# "De minister voor Klimaat en Energie,", "de minister voor Klimaat en Energie,", "DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,",
# "Minister van Economische Zaken en Klimaat" (under the name, in the name-first form)
SIGNATURE_ROLE = re.compile(
    r"^\s*(?:(?:[Dd]e|[Hh]et|DE|HET)\s+)?((?:[Mm]inister(?:-[Pp]resident)?|MINISTER(?:-PRESIDENT)?|[Ss]taatssecretaris|"
    r"STAATSSECRETARIS|[Vv]icepremier|VICEPREMIER|[Vv]oorzitter|VOORZITTER|[Ss]ecretaris|SECRETARIS|"
    r"[Ss]ecretaris-[Gg]eneraal|SECRETARIS-GENERAAL|[Dd]irecteur-[Gg]eneraal|DIRECTEUR-GENERAAL)\b.*?),?\s*$"
)
# The same office line with its article, as it opens a signature: "De Minister van …,", "DE MINISTER VAN …,"
SIGNATURE_ROLE_WITH_ARTICLE = re.compile(r"^\s*(?:[Dd]e|[Hh]et|DE|HET)\s+\S")
# On behalf of: "namens deze," / "Namens de Minister," / "voor deze," above the name of an official
SIGNATURE_ON_BEHALF = re.compile(r"^\s*(?:namens|voor)\s+(?:deze|de\s+\w+)\s*,?\s*$", re.I)
# A signatory's name, with or without titles and initials: "E. van der Burg", "F. Teeven", "Mark Harbers",
# "drs. V.L.W.A. Heijnen", "H.W. Dijkgraaf-Bosma", "mr. dr. Th.C. de Graaf", "Dilan Yeşilgöz-Zegerius"
_NAME_WORD = r"(?=[A-ZÀ-ÖØ-ÞĀ-Ž])[^\W\d_]+(?:['’-][^\W\d_]+)*"
_NAME_PARTICLE = r"(?:van|de|der|den|ter|ten|te|het|in ’t|in 't|'t|’t|op|la|le|du|d'|dos|da)"
SIGNATURE_NAME = re.compile(
    rf"^\s*((?:(?i:drs|mr|dr|ir|prof|ing|ds|bc|ing)\.\s*)*(?:[A-Z][a-z]?\.\s?)*"
    rf"(?:{_NAME_WORD}|{_NAME_PARTICLE})(?:\s+(?:{_NAME_WORD}|{_NAME_PARTICLE})){{0,5}})\s*$"
)

# --- Plain-text body ------------------------------------------------------------------

# A footnote at the page foot as pdftotext writes it: "1 Bij hoogtechnologisch draagmoederschap …"
TEXT_FOOTNOTE_START = re.compile(r"^\s{0,3}(\d{1,3})\s{1,3}(\S.*)$")
# … and as pdfminer also writes it: the number alone above a long link ("21" / "https://…"), or glued
# to its link ("25https://wetgevingskalender…"); read only in text without blank lines
TEXT_FOOTNOTE_START_LOOSE = re.compile(r"^\s{0,3}(\d{1,3})(?:\s{1,3}(\S.*)|(?=https?://|www\.)(\S.*))?$")
# A footnote marker glued to a word or punctuation in pdftotext output: "draagmoederschap.1 Het"
# (not the second part of a number: "1.1", "3,5")
TEXT_FOOTNOTE_MARKER = re.compile(r"(?<=[a-zà-ÿ.,;:)»”’'])(?<!\d[.,])(\d{1,3})(?=[\s,.;:)]|$)")
# A footnote marker glued to a year, as pdfminer writes a superscript after a number: "2022-20278, het"
# ("2027" + marker 8); read only in text without blank lines, for the next expected number
TEXT_YEAR_FOOTNOTE_MARKER = re.compile(r"(?<=\b(?:19|20)\d\d)(\d{1,2})(?=[\s,.;:)]|$)")
# How a footnote's text usually opens: a source reference or a link ("8 Kamerstukken 35 325, nr. 5",
# "13 https://www.…", "2 Zie ook …", "4 Bijlage bij …"): such a line numbered as the next footnote is one,
# even where the marker in the body was lost in extraction
FOOTNOTE_TEXT_START = re.compile(
    r"^\s*(?:https?://|www\.|Kamerstuk(?:ken)?\b|Handelingen\b|Aanhangsel\b|Zie\b|Bijlage\b|Stcrt\.|Stb\.|"
    r"Staatscourant\b|Staatsblad\b|[A-Z][\w-]*:\s+https?://)"
)
# A footnote marker that pdfminer set apart by spaces: "van 24 juni 2022 2 is …", "Gezondheidsraad 16 betrokken";
# only taken when it is the next expected number and that footnote exists
# (the sentence goes on after it in lower case, or punctuation follows: "euro 6. Deze"; a list number
# "; 3. stel" is no marker)
# (and not a day before its month: "Op 1 januari"); read only in text without blank lines (pdfminer)
TEXT_SPACED_FOOTNOTE_MARKER = re.compile(
    r"(?<=[\wà-ÿ)»”’'])( (\d{1,3}))(?= (?!(?:" + "|".join(DATE_MONTHS) + r")\b)[a-zà-ÿ]|[,.;:](?:\s|$))"
)
# The number of a numbered heading, alone: "1.", "1.1", "2.3.1", "3)"
HEADING_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,3}[.)]?$")
# A numbered heading: "1. Ultrafijn stof", "1.1 Blootstelling van …", "2.3.1 Uitvoering" -> ("1.1", title)
NUMBERED_HEADING = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(\S.*)$")
# Words that end a wrapped line of a sentence but never a heading: "9. We staan geen nieuwe … toe in het"
TITLE_CANNOT_END = frozenset(
    {
        "de",
        "het",
        "een",
        "van",
        "in",
        "op",
        "voor",
        "met",
        "en",
        "of",
        "te",
        "aan",
        "die",
        "dat",
        "bij",
        "om",
        "uit",
        "tot",
        "naar",
        "over",
        "door",
        "als",
        "zijn",
        "is",
        "wordt",
        "worden",
        "we",
        "wij",
        "ik",
        "er",
    }
)
# The caption of a figure or table: "Figuur 1. Organogram …", "Tabel 2: Overzicht …", "Afbeelding 3 – …"
FIGURE_CAPTION = re.compile(r"^\s*(?:Figuur|Tabel|Afbeelding|Grafiek|Schema|Kaart)\s+\d{1,2}\b", re.I)
# A letter's closing section, which ranks with the top headings even after numbered ones:
# "Tot slot", "Afsluitend", "Ten slotte", "Vervolg", "Conclusie"
CLOSING_HEADING = re.compile(
    r"^\s*(?:Tot slot|Afsluitend|Ten slotte|Tenslotte|Slot|Afronding|Vervolg(?:stappen)?|Conclusies?)\s*$",
    re.I,
)
# A list item's marker at a line start, and the first letter of the item:
# "• Blootstellingsonderzoek", "\uf0b7 Het aanpassen …" (pdfminer's bullet), "- Ruimte …", "1. Op basis van …",
# "2) Stel …", "a. De …", "(b) Het …", "(3) Waar …". An item that starts in capitals is a sentence of its
# own and stands as its own paragraph; an item in lower case ("1. verleen toeslagen …;") goes on
# with the sentence that leads into the list and stays in its paragraph.
LIST_ITEM = re.compile(r"^\s*(?:[•\uf0b7▪◦·●■–—-]|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)])\s+(\S)")
# A bullet as extraction tools write it on a line of its own (after readers/respacing.py mapped
# the private-use glyphs): "•", "-", "–", "▪", "o"
BULLET_GLYPHS = frozenset({"•", "-", "–", "▪", "◦", "·", "●", "■", "o", "*"})
# Sentence-final punctuation: a paragraph ending here is complete
TERMINAL_PUNCTUATION = re.compile(r"[.!?:;»”)\"']\s*$")
# A line that ends in a hyphenated word part: "duidelijk-"
LINE_END_HYPHEN = re.compile(r"(\w)-\s*$")
# Words after which a line-end hyphen is a real one: "dak- en thuisloze", "zorg- of welzijnsinstelling"
HYPHEN_CONJUNCTIONS = frozenset({"en", "of", "tot", "noch", "als", "dan"})

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

# --- Answers to written questions and motions ------------------------------------------

# A question or answer paragraph opening: "Vraag 3", "Vraag 3a:", "Antwoord 3", "Antwoord op vraag 3"
QA_OPENING = re.compile(r"^\s*(Vraag|Antwoord)(?:\s+op\s+vraag)?\s+(\d{1,3}[a-z]?)\b[.:]?\s*", re.I)
# A motion's parts: "constaterende dat …", "overwegende dat …", "verzoekt de regering …"
MOTION_PART = re.compile(
    r"^\s*(constaterende|overwegende|van mening|voorts|verzoekt|spreekt uit|roept)\b", re.I
)

# Answers to written questions (Aanhangsel van de Handelingen). structure/answers.py reads them;
# the forms below are those of the Tweede Kamer's Aanhangsel PDFs and web pages of 2013–2025.
#
# Lines of the Aanhangsel header: "Vragen gesteld door de leden der Kamer, met de daarop …"
AANHANGSEL_INTRO = re.compile(r"^\s*Vragen gesteld door de leden der Kamer\b", re.I)
# The first row of the header as text extraction joins its two columns on one line:
# "Vergaderjaar 2023–2024 Aanhangsel van de Handelingen"
AANHANGSEL_YEAR_LINE = re.compile(
    r"^\s*Vergaderjaar\s+(\d{4})\s*[-–/]\s*(\d{2,4})\s+Aanhangsel\s+van\s+de\s+Handelingen\s*$", re.I
)
# The Aanhangsel number on its own line, printed large: "3235"
BARE_NUMBER = re.compile(r"^\s*(\d{1,5})\s*$")
# Who asked, up to the first " aan de": the names with their parties, one party after each name or
# one for a group ("allen", "beiden"), also in the middle of the list:
# "Vragen van het lid Jansen (XYZ) aan de Minister van …",
# "Vragen van de leden Jansen (XYZ), De Vries en Bakker (beiden ABC) aan de Ministers van … en voor …",
# "Vragen van de leden Jansen, De Vries, Bakker (allen XYZ) en Pieters (ABC) aan de minister-president …",
# "Vragen van de leden Jansen en De Vries aan …" (no parties). Ends with "(ingezonden 3 juni 2021)."
# A text reader may have joined the Aanhangsel number's line to it: "88 Vragen van het lid …"
QUESTIONS_BY = re.compile(
    r"^\s*(?:(\d{1,5})\s+)?Vragen\s+van\s+(?:het\s+lid|de\s+leden)\s+(.+?)\s+aan\s+(?:de|het)\s", re.I | re.S
)
# A party or group after a questioner's name, to leave out: "(GroenLinks-PvdA)", "(allen XYZ)",
# "(beiden Groep Jansen/De Vries)", "(Lid Jansen)"
QUESTIONER_PARTY = re.compile(r"\s*\([^()]*\)")
# Between the questioners: "Jansen, De Vries en Bakker", "Van Dam , Romke de Jong en Kat" (a space
# before the comma, as some PDFs print it)
QUESTIONER_SEPARATOR = re.compile(r"\s*,\s*|\s+en\s+")
# A name particle glued to the surname where the PDF sets them without a gap, in the glyph positions
# too (the word cannot be split when it is read): "Inge vanDijk" -> "Inge van Dijk", "De heer deBoer",
# "Anna van derLinden"; only a particle standing at a word start, followed by a capital and a
# lower-case letter (no "DeVries", "Tedesco", "MacLeod" is touched)
GLUED_PARTICLE = re.compile(r"(?<![^\s\-])(van|de|der|den|ter|ten|te|het|in|op|uit)(?=[A-Z][a-zß-öø-ÿ])")
# The date the questions were sent in: "(ingezonden 3 juni 2021)", "(Ingezonden 17 februari 2015)"
SUBMITTED = re.compile(r"\(\s*ingezonden\s+(\d{1,2}\s+[a-z]+\s+\d{4})\s*\)", re.I)
# Who answered, as the block opens: "Antwoord van …", or, when the questions are answered by letter or
# the answer is delayed, "Mededeling van Minister Jansen (Financiën) (ontvangen 3 mei 2023)."
ANSWER_OPENING = re.compile(r"^\s*(?:Antwoord|Mededeling)\s+van\s+(?=\S)", re.I)
# Where the answering offices end: at "mede namens" (the offices on whose behalf they answer are not
# signatories), "mede ondertekend door" (an office without a name) or the date:
# "…(Financiën), mede namens de Minister voor …", "…(Veiligheid en Justitie) mede namens de …",
# "…(Algemene Zaken), mede ondertekend door de minister van …", "… (ontvangen 3 mei 2023)"
ANSWERERS_END = re.compile(r",?\s*\bmede\s+(?:namens|ondertekend)\b|\(\s*ontvangen\b", re.I)
# One answering office with its holder and portfolio; several are joined by "en van", or, misprinted,
# by "van" alone; the portfolio may be abbreviated or carry a part after a dash, and may be cut off
# at the block's end when the reader split the block inside it:
# "Minister Jansen (Infrastructuur en Waterstaat)", "Staatssecretaris De Vries (Financiën – Fiscaliteit
# en Belastingdienst)", "minister-president Bakker (Algemene Zaken)", "Minister Jansen (BZ) en van
# Minister De Vries (Rechtsbescherming)", "Staatssecretaris Bakker (Volksgezondheid, Welzijn en Sport"
ANSWERER = re.compile(
    r"(?<![\w-])(?:de\s+)?(Minister-President|Minister|Staatssecretaris)\s+([^()]+?)\s*\(([^()]*)(?:\)|$)",
    re.I,
)
# The date the answers were received, also with the word printed twice as in a real Mededeling:
# "(ontvangen 3 mei 2023)", "(ontvangen\n4 februari 2025)", "(ontvangen (ontvangen 7 juni 2024)"
RECEIVED = re.compile(r"\(\s*ontvangen\s+(?:\(\s*ontvangen\s+)?(\d{1,2}\s+[a-z]+\s+\d{4})\s*\)", re.I)
# The rest of an answer block the reader split off where a line opens with a dash, the portfolio's
# end first: "– Jeugd, Preventie en Sport) (ontvangen 12 augustus 2024). Zie ook …"
ANSWER_CONTINUATION = re.compile(r"^\s*([^()]*?)\s*\)")
# Ministries abbreviated in an answerer's portfolio, by the abbreviation without dots, spaces and "&"
# in lower case, with the ministry's (or a minister's portfolio's) full name by period (start date,
# ISO), as in MINISTRY_POSTBUS: "Minister Jansen (BZ)" -> "Buitenlandse Zaken", "(IenW)", "(I&W)",
# "(JenV)", "(VWS)", "(BHO)". Names and abbreviations as the Rijksoverheid uses them (1994–2025).
MINISTRY_ABBREVIATIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "az": (("0000-01-01", "Algemene Zaken"),),
    "bz": (("0000-01-01", "Buitenlandse Zaken"),),
    "buza": (("0000-01-01", "Buitenlandse Zaken"),),
    "bzk": (("0000-01-01", "Binnenlandse Zaken en Koninkrijksrelaties"),),
    "def": (("0000-01-01", "Defensie"),),
    "fin": (("0000-01-01", "Financiën"),),
    "ez": (("0000-01-01", "Economische Zaken"),),
    "ezk": (("0000-01-01", "Economische Zaken en Klimaat"),),
    "eli": (("0000-01-01", "Economische Zaken, Landbouw en Innovatie"),),
    "lnv": (("0000-01-01", "Landbouw, Natuur en Voedselkwaliteit"),),
    "lvvn": (("0000-01-01", "Landbouw, Visserij, Voedselzekerheid en Natuur"),),
    "kgg": (("0000-01-01", "Klimaat en Groene Groei"),),
    "ienw": (("0000-01-01", "Infrastructuur en Waterstaat"),),
    "iw": (("0000-01-01", "Infrastructuur en Waterstaat"),),
    "ienm": (("0000-01-01", "Infrastructuur en Milieu"),),
    "im": (("0000-01-01", "Infrastructuur en Milieu"),),
    "venw": (("0000-01-01", "Verkeer en Waterstaat"),),
    "vrom": (("0000-01-01", "Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer"),),
    "jenv": (("0000-01-01", "Justitie en Veiligheid"),),
    "jv": (("0000-01-01", "Justitie en Veiligheid"),),
    "venj": (("0000-01-01", "Veiligheid en Justitie"),),
    "vj": (("0000-01-01", "Veiligheid en Justitie"),),
    "ocw": (("0000-01-01", "Onderwijs, Cultuur en Wetenschap"),),
    "ocenw": (("0000-01-01", "Onderwijs, Cultuur en Wetenschap"),),
    "szw": (("0000-01-01", "Sociale Zaken en Werkgelegenheid"),),
    "vws": (("0000-01-01", "Volksgezondheid, Welzijn en Sport"),),
    "vro": (("0000-01-01", "Volkshuisvesting en Ruimtelijke Ordening"),),
    "aenm": (("0000-01-01", "Asiel en Migratie"),),
    "am": (("0000-01-01", "Asiel en Migratie"),),
    "bhos": (("0000-01-01", "Buitenlandse Handel en Ontwikkelingssamenwerking"),),
    "bho": (
        ("0000-01-01", "Buitenlandse Handel en Ontwikkelingssamenwerking"),
        ("2024-07-02", "Buitenlandse Handel en Ontwikkelingshulp"),
    ),
    "kene": (("0000-01-01", "Klimaat en Energie"),),
    "mzs": (("0000-01-01", "Medische Zorg en Sport"),),
    "lzs": (("0000-01-01", "Langdurige Zorg en Sport"),),
    "pvo": (("0000-01-01", "Primair en Voortgezet Onderwijs"),),
    "bvom": (("0000-01-01", "Basis- en Voortgezet Onderwijs en Media"),),
}
# Characters left out of an abbreviation before it is looked up: "I&W" -> "iw", "Ien W" -> "ienw", "B.Z." -> "bz"
ABBREVIATION_NOISE = re.compile(r"[\s.&]+")
# Portfolios of a minister "voor" that became a ministry of their own, and since when (ISO): a
# "Minister (Volkshuisvesting en Ruimtelijke Ordening)" answers as "Minister voor …" before that
# date and "Minister van …" from it on
PORTFOLIO_MINISTRY_SINCE = {
    "volkshuisvesting en ruimtelijke ordening": "2024-07-02",
}
# A motion's date line: "Voorgesteld 6 juli 2021"
VOORGESTELD = re.compile(r"^\s*Voorgesteld\s+(\d{1,2}\s+[a-z]+\s+\d{4})\s*$", re.I)
# The movers in a motion's title: "MOTIE VAN DE LEDEN ANNA DE VRIES EN BAKKER" -> "ANNA DE VRIES EN BAKKER"
MOTIE_MOVERS = re.compile(r"MOTIE\s+VAN\s+(?:HET\s+LID|DE\s+LEDEN)\s+(.+?)\s*(?:C\.S\.)?\s*$", re.I)
# The closing formula of a motion, after which the movers' names follow: "en gaat over tot de orde van de dag."
MOTION_CLOSING = re.compile(r"\bgaat over tot de orde van de dag\.?\s*$", re.I)
# A question or answer label on a line of its own: "Vraag 3", "Antwoord 3a", …
# … also for questions answered together: "Vraag 10 en 11", "Antwoord 2, 3 en 4"
QA_LABEL_LINE = re.compile(
    r"^\s*(Vraag|Antwoord)\s+(\d{1,3}[a-z]?(?:\s*(?:,|en|t/m|-|–)\s*\d{1,3}[a-z]?)*)\s*[.:]?\s*$", re.I
)

# --- Document genres -------------------------------------------------------------------
# Documents that are not letters, told by the fixed parts of their genre (structure/genre_rules.py).
# Each pattern is matched against the opening of one line of a block.

# BNC-fiche (Beoordeling Nieuwe Commissievoorstellen): the cabinet's assessment of an EU proposal.
# Its title: "Fiche 2: Verordening over digitale identiteit", "Fiche: Mededeling over de kapitaalmarktunie",
# "BNC-fiche 4: Richtlijn …"
FICHE_TITLE = re.compile(r"^\s*(?:BNC[- ]?)?[Ff]iche(?:\s+\d{1,3})?\s*:\s*\S")
# The labels of its fixed template, with or without section number and item letter. Legislation
# template: "1. Algemene gegevens", "a) Titel voorstel", "b) Datum ontvangst Commissiedocument",
# "c) Nr. Commissiedocument", "e) Nr. impact assessment Commissie en Opinie Raad voor Regelgevingstoetsing",
# "f) Behandelingstraject Raad", "g) Eerstverantwoordelijk ministerie", "i) Besluitvormingsprocedure Raad",
# "j) Rol Europees Parlement", "2. Essentie voorstel", "3. Nederlandse positie ten aanzien van het voorstel",
# "4. Beoordeling bevoegdheid, subsidiariteit en proportionaliteit", "8. Implicaties voor ontwikkelingslanden";
# communication template: "a) Titel mededeling", "2. Essentie mededeling",
# "3. Nederlandse positie ten aanzien van de mededeling", "4. Grondhouding ten aanzien van bevoegdheid, …";
# older fiches write the labels with a colon: "Datum ontvangst Commissiedocument: 14 maart 2012"
FICHE_LABEL = re.compile(
    r"^\s*(?:\d{1,2}\s*[.)]\s*)?(?:[a-l]\s*[.)]\s*)?"
    r"(Algemene gegevens|Titel (?:voorstel|mededeling)|Datum ontvangst Commissiedocument|Nr\.?\s*Commissiedocument|"
    r"Nr\.?\s*impact[- ]assessment Commissie|Behandelingstraject Raad|Eerstverantwoordelijke? ministerie|"
    r"Besluitvormingsprocedure Raad|Rol Europees Parlement|Essentie (?:voorstel|mededeling)|"
    r"Nederlandse positie ten aanzien van (?:het voorstel|de mededeling)|"
    r"Beoordeling bevoegdheid, subsidiariteit en proportionaliteit|Grondhouding ten aanzien van bevoegdheid|"
    r"Implicaties voor ontwikkelingslanden)\b",
    re.I,
)
# The ministry a fiche names as responsible: "g) Eerstverantwoordelijk ministerie Ministerie van Financiën",
# "Eerstverantwoordelijk ministerie: Ministerie van Justitie en Veiligheid" (or the value on the next line)
FICHE_MINISTRY = re.compile(
    r"^\s*(?:[a-l]\s*[.)]\s*)?Eerstverantwoordelijke? ministerie\s*:?\s*(.*?)\s*$", re.I
)
# The template labels every fiche has, by FICHE_LABEL's label in lower case: shown after the telling ones
# as evidence ("Algemene gegevens", "Titel voorstel" say less than "Behandelingstraject Raad")
GENERIC_FICHE_LABELS = frozenset({"algemene gegevens", "titel voorstel", "titel mededeling"})

# An internal memo (nota) of a ministry, often released under the Woo.
# Its title on a line of its own: "Nota", "NOTA", "Beslisnota", "Oplegnota", "Informatienota", "Interne nota",
# "Notitie", "Memo"; OCR splits it ("N ota") or keeps the date beside it ("Nota 3 maart 2021")
MEMO_TITLE = re.compile(
    r"^\s*(?:(?:Beslis|Opleg|Informatie|Advies|Interne\s+)?N\s?o\s?t\s?a|Notitie|Memo(?:randum)?)"
    r"\s*(?::|\d{1,2}\s*[a-z]+\.?\s*\d{4})?\s*$",
    re.I,
)
# Its header labels: "Aan: de minister van …", "Van: DG Volksgezondheid", "Via: SG", "Kopie aan: …", "Cc: …"
MEMO_LABEL = re.compile(r"^\s*(Aan|Van|Via|Cc|Kopie(?:\s+aan)?|Afschrift(?:\s+aan)?)\s*:\s*(\S.*?)\s*$", re.I)
# What it asks of the reader: "(ter beslissing)", "(ter informatie)", or on a line of its own "Ter advisering"
_MEMO_PURPOSES = (
    r"ter\s+(?:beslissing|informatie|advisering|ondertekening|besluitvorming|kennisname|goedkeuring|"
    r"bespreking|accordering|akkoord)"
)
MEMO_PURPOSE = re.compile(rf"\(\s*{_MEMO_PURPOSES}\s*\)|^\s*{_MEMO_PURPOSES}\s*$", re.I)
# The parts of a memo template: "Paraaf directeur", "Parafering", "2 Beslispunten, advies en mogelijk alternatief",
# "Geadviseerd besluit", "Zaaknummer", "11. Fraudetoets"; no word end required, as OCR glues words
# ("Paraafdirecteur")
MEMO_PART = re.compile(
    r"^\s*(?:\d{1,2}\.?\s+)?(Paraaf|Parafen|Parafering|Beslispunt(?:en)?|Geadviseerd besluit|Te nemen besluit|"
    r"Zaaknummer|Fraudetoets)",
    re.I,
)
# The memo's deadline and how it names itself: "Deadline: 4 oktober", "Aanleiding voor deze nota"
# (OCR: "voordeze nota")
MEMO_DEADLINE = re.compile(r"\bDeadline\s*:", re.I)
MEMO_SELF = re.compile(r"deze\s*(?:beslis|opleg|informatie)?nota\b", re.I)
# Woo (and Wob) redaction codes beside a blacked-out passage: "5.1.2e", "5.1.2.e", "5.1.1 c", "10.2.e", "11.1"
WOO_REDACTION = re.compile(r"(?<![\d.])(?:5\.1\.[12]\.?\s?[a-i]|10\.2\.?\s?[a-g]|11\.1)(?![\w.])")
# … and as OCR leaves them on a short line of their own, dots lost or moved: "512e", "51.2e", "M 5.12e"
WOO_REDACTION_OCR = re.compile(r"^\W{0,2}(?:\w\s)?5\s?\.?\s?1\s?\.?\s?[12]\s?\.?\s?[a-i](?:\s\w)?\W{0,2}$")

# An e-mail as mail programs print its header: "Van: …", "Verzonden: …", "Aan: …", "CC: …", "Onderwerp: …"
EMAIL_LABEL = re.compile(r"^\s*(Van|Verzonden|Aan|CC|Onderwerp|From|Sent|To|Subject)\s*:\s*\S", re.I)
# English mail labels by the Dutch label they stand for, in lower case: "From:" counts as "Van:"
EMAIL_LABEL_IN_DUTCH = {"from": "van", "sent": "verzonden", "to": "aan", "subject": "onderwerp"}

# Research reports and other publications.
# The table of contents: "Inhoud", "Inhoudsopgave", "Inhoudstafel", "Contents", "Table of contents"
TOC_HEADING = re.compile(
    r"^\s*(?:Inhoud(?:sopgave|stafel|soverzicht)?|(?:Table\s+of\s+)?Contents)\s*:?\s*$", re.I
)
# The summary: "Samenvatting", "Managementsamenvatting", "Beleidssamenvatting", "Executive summary",
# "1 Samenvatting en conclusies"
REPORT_SUMMARY = re.compile(
    r"^\s*(?:\d{1,2}\.?\s+)?(?:(?:management|beleids)?samenvatting|executive\s+summary)(?:\s+en\s+\w+)?\s*$",
    re.I,
)
# The conclusions chapter: "5 Conclusies en aanbevelingen", "Hoofdstuk 6 Conclusies", "7. Aanbevelingen",
# "Bevindingen en aanbevelingen", "Conclusies, aanbevelingen en vervolg"
REPORT_CONCLUSIONS = re.compile(
    r"^\s*(?:(?:Hoofdstuk\s+)?\d{1,2}(?:\.\d{1,2})?\.?\s*[:.–-]?\s+)?"
    r"(?:Conclusies?|Aanbevelingen|Bevindingen|Slotbeschouwing)"
    r"(?:(?:\s*,|\s+en)\s+(?:conclusies|aanbevelingen|bevindingen|beschouwing|vervolg|discussie))*\s*$",
    re.I,
)
# A numbered chapter heading: "1 Introductie", "2. Aanpak en methode", "Hoofdstuk 3 Resultaten"
REPORT_CHAPTER = re.compile(r"^\s*(?:Hoofdstuk\s+)?(\d{1,2})\.?\s+([A-Z][\w ,'’()&-]{2,80})$")
# The apparatus of research: "Rapportnummer", "Auteur(s)", "Opdrachtgever", "In opdracht van", "Onderzoeksvragen",
# "Onderzoeksaanpak", "2.1 Methode", "Verantwoording", "Literatuurlijst", "Referenties", "Appendix B …"
REPORT_APPARATUS = re.compile(
    r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(Rapportnummer|Auteurs?(?:\(s\))?|Opdrachtgever|In opdracht van|"
    r"Onderzoeksvra(?:ag|gen)|Onderzoeksopzet|Onderzoeksaanpak|Methode|Methodologie|Onderzoeksverantwoording|"
    r"Verantwoording|Literatuur(?:lijst)?|Referenties|Bronnen(?:lijst)?|Appendix\s+[A-Z1-9])(?!\w)",
    re.I,
)
# The colophon of a publication: "Colofon", "Dit is een uitgave van:", "Dit is een publicatie van"
COLOPHON = re.compile(r"^\s*(?:Colofon\s*$|(?:Dit\s+is\s+een\s+)?(?:uitgave|publicatie)\s+van\b)", re.I)
# A running title beside the page number, as layout programs set it: "12 | Nationale Waterstrategie",
# "Jaarverslag 2022 | 7"
RUNNING_TITLE = re.compile(r"^\s*(?:\d{1,3}\s*\|\s*(\S.{2,100}?)|(\S.{2,100}?)\s*\|\s*\d{1,3})\s*$")
# Words in a publication's title that name a policy document: "Klimaatstrategie", "Visie op …", "Actieplan"
POLICY_TITLE = re.compile(r"strategie|\bvisie\b|actieplan|\bagenda\b|beleidskader|programma\b", re.I)
# A full date alone or after "Datum" on a title page: "12 maart 2021", "Datum: 3 juni 2022"
TITLE_PAGE_DATE = re.compile(r"^\s*(?:Datum\s*:?\s*)?(\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4})\s*$", re.I)

# What a non-letter keeps as metadata (structure/genre.py, `as_non_letter`).
# The numbers in a running head or foot, set aside to find it on every page: "12 | Nationale
# Waterstrategie" and "13 | Nationale Waterstrategie" are both "# | Nationale Waterstrategie"
FURNITURE_NUMBERS = re.compile(r"\d+")
# The article before the office in a memo's "Aan:" or "Van:": "de minister voor Natuur en Stikstof"
MEMO_OFFICE_ARTICLE = re.compile(r"^(?:de|het)\s+", re.I)
# Two lower-case words of three letters or more, which a kenmerk ("2022-0000123456", "IENW/BSK-2022/1234")
# never has: words of a column run in after it, "2022-0000123456 over het rapport"
REFERENCE_PROSE = re.compile(r"[a-z]{3,}\s+[a-z]{3,}")
# Where a ministry's name ends and an address or web site run in after it begins: "Ministerie van
# Financiën Postbus 20201 …", "Ministerie van Defensie www.defensie.nl", "… Bezoekadres …", "… 2511 CV"
MINISTRY_NAME_END = re.compile(r"\s+(?:www\.|https?:|Postbus\b|Bezoekadres\b|\d).*$", re.I)
