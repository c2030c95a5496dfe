"""Patterns for the signature of a letter: the office line, "namens deze", the signatory's name.

Each is compiled once here; the readers and the structure stage use them through
``from kamerstuk.patterns import structure as P`` (see `kamerstuk.patterns.structure`).
"""

from __future__ import annotations

import re

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
# The second line of an office wrapped in running case, opening with a joining word: "en Werkgelegenheid,"
# after "de Minister van Sociale Zaken", "voor Klimaat en Energie," after "de Minister".
OFFICE_CONTINUATION = re.compile(r"^(?:en|van|voor)\s+[A-ZÀ-Þ]")
# The rest of a ministry whose name holds a comma, wrapped after it: "Welzijn en Sport," after "de minister
# van Volksgezondheid,", "Cultuur en Wetenschap," after "… van Onderwijs,", "Visserij, Voedselzekerheid en
# Natuur," after "… van Landbouw,": capitalised words joined by "en", the last one closing the office; in
# capitals too, "WELZIJN EN SPORT," after "DE MINISTER VAN VOLKSGEZONDHEID,".
OFFICE_COMMA_CONTINUATION = re.compile(r"^(?:[A-ZÀ-Þ][\w-]*,?\s+)+(?:en|EN)\s+[A-ZÀ-Þ][\w-]*\s*,?\s*$")
# … or a portfolio after the office's comma, two to four capitalised words closed by a comma: "Herstel Groningen," after
# "De Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties," (a name never ends on a comma; round 67, from a
# helper's report on a letterhead draft).
OFFICE_PORTFOLIO_CONTINUATION = re.compile(r"^(?:[A-ZÀ-Þ][\w-]*\s+){1,3}[A-ZÀ-Þ][\w-]*\s*,\s*$")
