"""Patterns for the preamble of text copied from a publication web page, before the official header.

The page type, the metadata table (glued, tab- or pipe-separated, or one label per line),
openkamer.org's labelled lines, identifiers, and the navigation lines that say nothing.

Each is compiled once here; the readers and the structure stage use them through
``from kamerstuk.patterns import structure as P`` (see `kamerstuk.patterns.structure`).
"""

from __future__ import annotations

import re

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
