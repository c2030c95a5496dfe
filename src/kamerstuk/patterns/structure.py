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
    r"Contactpersoon|Inlichtingen|Doorkiesnummer)(?!\w)[:\s]*(.*?)\s*$"
)  # case-sensitive on purpose: "onderwerp te kunnen bepalen." is body text
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
# "De minister voor Klimaat en Energie,", "DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,",
# "Minister van Economische Zaken en Klimaat" (under the name, in the name-first form)
SIGNATURE_ROLE = re.compile(
    r"^\s*(?:(?:De|Het|DE|HET)\s+)?((?:[Mm]inister(?:-[Pp]resident)?|MINISTER(?:-PRESIDENT)?|[Ss]taatssecretaris|"
    r"STAATSSECRETARIS|[Vv]icepremier|VICEPREMIER|[Vv]oorzitter|VOORZITTER|[Ss]ecretaris|SECRETARIS|"
    r"[Ss]ecretaris-[Gg]eneraal|SECRETARIS-GENERAAL|[Dd]irecteur-[Gg]eneraal|DIRECTEUR-GENERAAL)\b.*?),?\s*$"
)
# The same office line with its article, as it opens a signature: "De Minister van …,", "DE MINISTER VAN …,"
SIGNATURE_ROLE_WITH_ARTICLE = re.compile(r"^\s*(?:De|Het|DE|HET)\s+\S")
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
# A footnote marker glued to a word or punctuation in pdftotext output: "draagmoederschap.1 Het"
TEXT_FOOTNOTE_MARKER = re.compile(r"(?<=[a-zà-ÿ.,;:)»”’'])(\d{1,3})(?=[\s,.;:)]|$)")
# A footnote marker that pdfminer set apart by spaces: "van 24 juni 2022 2 is …", "Gezondheidsraad 16 betrokken";
# only taken when it is the next expected number and that footnote exists
# (the sentence goes on after it in lower case or with a comma: a list number "; 3. stel" is no marker)
# (and not a day before its month: "Op 1 januari"); read only in text without blank lines (pdfminer)
TEXT_SPACED_FOOTNOTE_MARKER = re.compile(
    r"(?<=[\wà-ÿ)»”’'])( (\d{1,3}))(?= (?!(?:" + "|".join(DATE_MONTHS) + r")\b)[a-zà-ÿ]|,)"
)
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

# Lines of the Aanhangsel header: "Vragen gesteld door de leden der Kamer, met de daarop …"
AANHANGSEL_INTRO = re.compile(r"^\s*Vragen gesteld door de leden der Kamer\b", re.I)
# The Aanhangsel number on its own line, printed large: "3235"
BARE_NUMBER = re.compile(r"^\s*(\d{1,5})\s*$")
# Who asked: "Vragen van de leden Jansen, De Vries en Bakker (allen XYZ) aan de Minister van …
# (ingezonden 3 juni 2021)."
QUESTIONS_BY = re.compile(
    r"^\s*Vragen van (?:het lid|de leden)\s+(.+?)\s+(?:\((?:allen\s+)?[^)]*\)\s+)?aan\s+(?:de|het)\s", re.I
)
SUBMITTED = re.compile(r"\(ingezonden\s+(\d{1,2}\s+[a-z]+\s+\d{4})\)", re.I)
# Who answered: "Antwoord van Minister Jansen (Infrastructuur en Waterstaat) (ontvangen 3 mei 2023)."
ANSWERED_BY = re.compile(
    r"^\s*Antwoord van\s+(?:de\s+)?(Minister|Staatssecretaris|Minister-President)\s+(.+?)\s*\(([^)]+)\)", re.I
)
RECEIVED = re.compile(r"\(ontvangen\s+(\d{1,2}\s+[a-z]+\s+\d{4})\)", re.I)
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
