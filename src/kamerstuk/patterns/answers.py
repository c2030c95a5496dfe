"""Patterns for answers to written questions (Aanhangsel van de Handelingen) and for motions.

Question and answer openings and labels, the Aanhangsel header, who asked and who answered
(with the ministries their portfolios abbreviate), a motion's parts, date line and movers.

Each is compiled once here; the readers and the structure stage use them through
``from kamerstuk.patterns import structure as P`` (see `kamerstuk.patterns.structure`).
"""

from __future__ import annotations

import re

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
