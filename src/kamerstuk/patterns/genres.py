"""Patterns for document genres: the parts by which a document that is no letter is recognised
(a report, a memo, an impact assessment, a BNC fiche, …), most specific first.

Each is compiled once here; the readers and the structure stage use them through
``from kamerstuk.patterns import structure as P`` (see `kamerstuk.patterns.structure`).
"""

from __future__ import annotations

import re

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
# Literal screens for the memo searches above, which `detect_memo` runs on every line: every match
# of MEMO_PURPOSE holds "ter" ("(ter beslissing)"), of MEMO_DEADLINE "deadl" ("Deadline:"), of
# MEMO_SELF "nota" ("deze nota") in the lower-cased line, and of WOO_REDACTION one of the codes'
# openings ("5.1.2e", "10.2.g", "11.1"). The lower-case screens hold no "i", "k" or "s", the letters
# that re.IGNORECASE also matches with other characters ("ı", "K", "ſ"), so a line without them
# cannot match.
MEMO_PURPOSE_SCREEN = "ter"
MEMO_DEADLINE_SCREEN = "deadl"
MEMO_SELF_SCREEN = "nota"
WOO_REDACTION_SCREENS = ("5.1.", "10.2", "11.1")

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
