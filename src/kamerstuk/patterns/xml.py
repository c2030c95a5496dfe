"""Patterns for the official publication XML/HTML and its metadata (officielebekendmakingen).

The markup says what a block is; these patterns read the few facts that stand only in
running text: who asked written questions, who answered, and when.
"""

from __future__ import annotations

import re

from kamerstuk.patterns.letterhead import OFFICE_HOST_MINISTRY

# The questioners in a kamervraagomschrijving, up to the party or " aan de":
# "Vragen van de leden Van Dam, Jansen en De Wit (allen CDA) aan de Minister van …"
# "Vragen van het lid Bakker (SP) aan de Staatssecretaris van …"
QUESTIONERS = re.compile(
    r"^\s*Vragen\s+van\s+(?:het\s+lid|de\s+leden)\s+(.+?)\s+aan\s+(?:de|het)\s+", re.I | re.S
)
# The separators between names: "Van Dam, Jansen en De Wit" -> ["Van Dam", "Jansen", "De Wit"]
NAME_SEPARATOR = re.compile(r"\s*,\s*|\s+en\s+")
# A parenthetical after a name or list of names: "(allen CDA)", "(SP)", "(beiden VVD)"
PARENTHETICAL = re.compile(r"\s*\([^()]*\)")
# The answering office, name and portfolio in the answer's omschrijving:
# "Antwoord van Minister Verbeek (Binnenlandse Zaken en Koninkrijksrelaties) (ontvangen 2 mei 2023)."
# "Antwoord van staatssecretaris De Boer (Financiën), mede namens …"
ANSWERER = re.compile(
    r"^\s*Antwoord\s+van\s+(?:de\s+)?(Minister-[Pp]resident|[Mm]inister|[Ss]taatssecretaris)\s+"
    r"([^()]+?)\s*\(([^()]+)\)",
    re.S,
)
# The submission date: "(ingezonden 3 juni 2021)"
INGEZONDEN = re.compile(r"ingezonden\s+(\d{1,2}\s+\w+\.?\s+\d{4})", re.I)
# The date of receipt of the answers: "(ontvangen 21 juni 2021)"
ONTVANGEN = re.compile(r"ontvangen\s+(\d{1,2}\s+\w+\.?\s+\d{4})", re.I)
# The label of a question or answer: "Vraag 3", "Antwoord 3a", "Vragen 4 en 5"
QA_LABEL = re.compile(r"^\s*(Vra(?:ag|gen)|Antwoord(?:en)?)\s+(\d{1,3}[a-z]?)\b", re.I)
# The closing line of a motion after which only the movers' names follow:
# "en gaat over tot de orde van de dag." (also with a comma)
MOTION_CLOSING = re.compile(r"^\s*en\s+gaat\s+over\s+tot\s+de\s+orde\s+van\s+de\s+dag\b", re.I)
# A mover's name line under a motion: "Van der Berg", "Inge de Vries", "Rikkers-Oosterkamp"
MOVER_NAME = re.compile(r"^[A-ZÀ-Ý'’][\w'’.\- ]{0,60}$")
# A stuk title that names a motion: "MOTIE VAN HET LID …", "GEWIJZIGDE MOTIE VAN …"
MOTION_TITLE = re.compile(r"\bMOTIE\b", re.I)
# A stuk title that names a letter: "BRIEF VAN DE MINISTER VAN FINANCIËN"
LETTER_TITLE = re.compile(r"^\s*BRIEF\s+VAN\s+(?:DE|HET)\s+(.+?)\s*$", re.I)
# A dossier number as the metadata writes it: "36725-XVII", "32545", "35925 A", "36 410 VIII"
DOSSIER_ID = re.compile(r"^\s*(\d{2}\s?\d{3})(?:\s*[-–]?\s*([IVXLC]{1,6}|[A-Z]{1,2}))?\s*$")
# A document identifier: "kst-32545-143", "ah-tk-20202021-3235", "kst-36725-XVII-52"
IDENTIFIER = re.compile(r"^(?:kst|ah-tk|ah-ek|h-tk|h-ek|blg|stcrt|stb)-[\w-]+$", re.I)
# A footnote number: "1", " 12 "
NOTE_NUMBER = re.compile(r"^\s*(\d{1,3})\s*$")

# Portfolios of a minister "voor" (without a ministry of their own):
# "Antwoord van Minister Weerwind (Rechtsbescherming)" -> "Minister voor Rechtsbescherming"
VOOR_PORTFOLIOS = frozenset(
    office.removeprefix("minister voor ")
    for office in OFFICE_HOST_MINISTRY
    if office.startswith("minister voor ")
)  # one table of these offices: OFFICE_HOST_MINISTRY in patterns/letterhead.py

# Values of DC.type (OVERHEIDop.KamerstukTypen / AanhangselTypen, or a manifest's dcterms.type)
# and what kind of document they mean: "Motie" -> motie, "Antwoord" -> antwoord, "brief" -> brief.
DOCUMENT_TYPES = {
    "motie": "motie",
    "motie (gewijzigd/nader)": "motie",
    "gewijzigde motie": "motie",
    "brief": "brief",
    "brief regering": "brief",
    "kamerbrief": "brief",
    "antwoord": "antwoord",
    "overig": "other",
}
