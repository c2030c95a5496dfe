"""Regexes and vocabularies for citations of parliamentary documents.

Used by `kamerstuk.entities.citations`. The big patterns are assembled from small named
fragments so that each piece can be read (and tested) on its own; every fragment says why
it exists and shows a string it matches. All patterns are compiled without IGNORECASE on
purpose: "Kamerstuk" and the roman chamber numerals are capitalised in real documents, and
case-blind matching would turn ordinary words ("i", "nr") into noise.
"""

from __future__ import annotations

import re
from typing import Final

from kamerstuk.patterns.dates import MONTH_NAMES

# --------------------------------------------------------------------------- whitespace

# Horizontal whitespace including the no-break spaces PDF and XML readers leave behind.
# Example: the "\u00a0" in "31\u00a0015".
HSPACE: Final = r"[ \t\u00a0\u202f\u2009]"

# A footnote marker that may interrupt a reference in raw (not yet normalised) text: an
# HTML/Markdown "<sup>3</sup>" or unicode superscript digits. Example: "<sup>12</sup>", "³".
MARKER: Final = r"(?:<sup>\s*\d{1,3}\s*</sup>|[\u00b9\u00b2\u00b3\u2070-\u2079]+)"

# Optional gap between two tokens: spaces, at most one line break, and optionally a footnote
# marker. Example: the gap in "28 638 en\n   34 193" or in "Kamerstukken<sup>3</sup> 28 638".
# An atomic group "(?>…)": a gap is always taken whole (what follows a gap never starts with a
# space, line break or marker), so two gaps in a row ("{GAP},?{GAP}") no longer try every way
# to share a long run of spaces, which was quadratic in the run.
GAP: Final = rf"(?>{HSPACE}*(?:\n{HSPACE}*)?(?:{MARKER}{HSPACE}*(?:\n{HSPACE}*)?)?)"

# Required gap: at least one space or line break (or a marker). Example: " " in "nr. 5".
GAP1: Final = rf"(?:(?={HSPACE}|\n|<sup>|[\u00b9\u00b2\u00b3\u2070-\u2079]){GAP})"

# A marker alone, to strip it out of a matched span before reading numbers from it.
# Example: removes "<sup>3</sup>" from "34 193<sup>3</sup>, nr. 207".
MARKER_RE: Final = re.compile(MARKER)

# Unicode dashes used between numbers and in years. Example: the "–" in "2009–2010".
DASH: Final = r"[-\u2010\u2011\u2012\u2013\u2014]"

# --------------------------------------------------------------------------- pieces

# Parliamentary year: "2009/10", "2009/2010", "2009–2010", "2009-2010". The second year is
# checked (and normalised to "2009-2010") in code.
VERGADERJAAR: Final = rf"(?P<vj1>(?:19|20)\d\d){HSPACE}*(?:/|{DASH}){HSPACE}*(?P<vj2>\d\d(?:\d\d)?)(?!\d)"

# "vergaderjaar" spelled out before the year: "Aanhangsel Handelingen, vergaderjaar 2023-2024".
VJ_WORD: Final = r"(?:vergaderjaar\s+)?"

# A dossier number: five digits, optionally split after the second ("31 015", "32852"),
# with an optional suffix: a roman numeral ("32 123 XVI", "36 725-XVII"), a capital letter
# naming a fund or EK sub-dossier ("36 200 A") or a two-digit EU sub-dossier ("21 501-02").
DOSSIER: Final = (
    rf"\d{{2}}{HSPACE}?\d{{3}}(?!\d)"
    rf"(?:(?:{HSPACE}*{DASH}{HSPACE}*|{HSPACE}+)(?:[IVXL]{{1,7}}|[A-Z])(?![\w\u00c0-\u024f-])"
    rf"|{HSPACE}?{DASH}{HSPACE}?\d{{2}}(?!\d))?"
)

# Finds the dossiers again inside a matched list, capturing digits and suffix.
# Example: in "28 638 en 34 193" finds ("28 638", None) and ("34 193", None).
DOSSIER_PART_RE: Final = re.compile(
    rf"(?P<digits>\d{{2}}{HSPACE}?\d{{3}})(?!\d)"
    rf"(?:(?:{HSPACE}*{DASH}{HSPACE}*|{HSPACE}+)(?P<suffix>[IVXL]{{1,7}}|[A-Z])(?![\w\u00c0-\u024f-])"
    rf"|{HSPACE}?{DASH}{HSPACE}?(?P<eu>\d{{2}})(?!\d))?"
)

# Several dossiers sharing one document: "28 638 en 34 193", "29 477, 31 015 en 32 545".
DOSSIERS: Final = rf"{DOSSIER}(?:{GAP}(?:,|en|/){GAP}{DOSSIER})*"

# One document number: digits ("221"), or a capital letter for Eerste Kamer documents ("A").
NUM: Final = r"(?:\d{1,4}(?![\d\w])|[A-Z]{1,2}(?![\w\u00c0-\u024f]))"

# A number inside a plural list must not be the start of a new dossier ("en 32 545").
# Example: "nrs. 3, 5 en 8".
NUM_IN_LIST: Final = rf"{NUM}(?!{HSPACE}\d{{3}}(?!\d))"

# Separators inside a plural list: comma, "en", a dash or "t/m"/"tot en met" (ranges).
# Example: the "–" in "nrs. 12–15", the "t/m" in "nrs. 4 t/m 6".
LIST_SEP: Final = rf"(?:{GAP}(?:,|en|t/m|tot\s+en\s+met|{DASH}){GAP}(?:nrs?\.?{GAP})?)"

# "nr." / "nrs." with their spelled-out variants. Example: "nr. 221", "Nr. 5", "nummer 8".
NR_WORD: Final = r"(?:[Nn]rs?\.|[Nn]r\b|[Nn]ummers?\b)"

# The number part of a Kamerstuk citation: plural lists or a single number (optionally
# "nr. 220 en nr. 221"). Example: "nrs. 220 en 221", "nr. 30".
NUMBERS: Final = (
    rf"(?:(?:[Nn]rs\.|[Nn]ummers\b){GAP}(?P<plural>{NUM_IN_LIST}(?:{LIST_SEP}{NUM_IN_LIST})*)"
    rf"|{NR_WORD}{GAP}(?P<single>{NUM}(?:{GAP}en{GAP}{NR_WORD}{GAP}{NUM})*))"
)

# Finds the numbers and range dashes inside a matched number list.
# Example: in "12–15" finds "12", "–", "15".
NUMBER_TOKEN_RE: Final = re.compile(rf"\d{{1,4}}|[A-Z]{{1,2}}(?![a-z])|{DASH}|t/m|tot\s+en\s+met")

# Eerste Kamer documents named by a bare letter (no "nr."): "A", "C en D".
LETTER_DOCS: Final = rf"[A-Z]{{1,2}}(?:{GAP}(?:,|en){GAP}[A-Z]{{1,2}})*(?![\w\u00c0-\u024f])"

# Chamber numeral after "Kamerstukken"/"Handelingen": "II" is the Tweede, "I" the Eerste Kamer.
# Example: the "I" in "Kamerstukken I 2021/22".
CHAMBER: Final = r"(?:(?P<tk>II)|(?P<ek>I))(?![\w\u00c0-\u024f])"

# --------------------------------------------------------------------------- Kamerstukken

# "Kamerstuk 31 015, nr. 221", "Kamerstukken II 2009/10, 32 123 XVI, nr. 30",
# "Kamerstukken 28 638 en 34 193, nr. 207", "Kamerstuk 32852 nr. 209", and the Eerste
# Kamer form without "nr." "Kamerstukken I 2021/22, 35 925, A" (a bare letter is only read
# as a document when the chamber is I: the conditional "(?(ek)...)").
KAMERSTUK_RE: Final = re.compile(
    rf"""
    (?<![\w\u00c0-\u024f])
    Kamerstuk(?:ken)?(?:\d{{1,2}}(?=\s))?      # glued footnote digit "Kamerstukken3"
    (?:{GAP1}{CHAMBER})?
    (?:{GAP},?{GAP}{VJ_WORD}{VERGADERJAAR})?
    {GAP},?{GAP}
    (?P<dossiers>{DOSSIERS})
    (?:
        {GAP},?{GAP}{NUMBERS}
      | (?(ek){GAP},{GAP}(?P<letters>{LETTER_DOCS})|(?!))
    )
    """,
    re.VERBOSE,
)

# A bare dossier reference after "zie ook" (optional form): "zie ook 32 545, nr. 143".
# Group "body" is the citation; "zie ook" itself is not part of it.
ZIE_OOK_RE: Final = re.compile(
    rf"""
    (?<![\w\u00c0-\u024f])[Zz]ie(?:{GAP1}ook)?:?{GAP1}
    (?P<body>
      (?P<dossiers>{DOSSIERS})
      {GAP},?{GAP}{NUMBERS}
    )
    """,
    re.VERBOSE,
)

# A further dossier/number pair chained to a previous Kamerstuk citation:
# "Kamerstuk 31 015, nr. 221 en 32 545, nr. 143" or "...; 2010/11, 32 545, nr. 143".
CONTINUATION_RE: Final = re.compile(
    rf"""
    {GAP}(?:;|,|en){GAP}
    (?P<body>
      (?:{VJ_WORD}{VERGADERJAAR}{GAP},?{GAP})?
      (?P<dossiers>{DOSSIERS})
      {GAP},?{GAP}{NUMBERS}
    )
    """,
    re.VERBOSE,
)

# --------------------------------------------------------------------------- Handelingen

# "Handelingen II 2021/22, nr. 54, item 7", "Handelingen I 2020/21, nr. 12, items 5 en 6",
# and written questions: "Aanhangsel Handelingen II 2023/24, nr. 2166",
# "Aanhangsel van de Handelingen, vergaderjaar 2023–2024, nr. 1432".
HANDELINGEN_RE: Final = re.compile(
    rf"""
    (?<![\w\u00c0-\u024f])
    (?P<ah>Aanhangsel{GAP1}(?:van{GAP1}de{GAP1})?)?
    Handelingen
    (?:{GAP1}{CHAMBER})?
    {GAP},?{GAP}{VJ_WORD}{VERGADERJAAR}
    {GAP},?{GAP}{NR_WORD}{GAP}(?P<nr>\d{{1,5}})(?!\d)
    (?:{GAP},?{GAP}(?:items?|agendapunt(?:en)?){GAP}
        (?P<items>\d{{1,3}}(?:{GAP}(?:,|en){GAP}\d{{1,3}})*)(?!\d))?
    """,
    re.VERBOSE,
)

# --------------------------------------------------------------------------- TK numbers

# Tweede Kamer zaak ("2022Z24775") and document ("2022D22290") numbers: year, Z or D, and a
# five-digit serial.
ZAAK_RE: Final = re.compile(r"(?<![\w/])(?P<nr>(?:19|20)\d\d(?P<letter>[ZD])\d{5})(?![\w])")

# --------------------------------------------------------------------------- identifiers

# Official identifiers written as such, also inside URLs: "kst-28638-207",
# "kst-36725-XVII-52", "kst-21501-02-2500", "h-tk-20212022-54-7", "ah-tk-20232024-2166".
BARE_IDENTIFIER_RE: Final = re.compile(
    r"""
    (?<![A-Za-z0-9-])
    (?:
        kst-(?P<kd>\d{4,6})(?P<ksfx>(?:-(?:[IVXL]{1,7}|[A-Z]|\d{2}))?)-(?P<kn>\d{1,5}|[A-Z]{1,2})
      | h-(?P<hch>tk|ek)-(?P<hy>(?:19|20)\d{6})-(?P<hn>\d{1,5})(?:-(?P<hi>\d{1,5}))?
      | ah-(?P<ach>tk|ek)-(?P<ay>(?:19|20)\d{6})-(?P<an>\d{1,5})
    )
    (?![A-Za-z0-9-])
    """,
    re.VERBOSE,
)

# What a well-formed identifier produced by this module looks like (used by tests and by
# callers that want to validate). Example: "kst-32123-XVI-30", "h-ek-20212022-2-7", "2022Z24775".
IDENTIFIER_RE: Final = re.compile(
    r"^(?:kst-\d{4,6}(?:-(?:[IVXL]{1,7}|[A-Z]|\d{2}))?-(?:\d{1,5}|[A-Z]{1,2})"
    r"|h-(?:tk|ek)-\d{8}-\d{1,5}-\d{1,5}"
    r"|ah-(?:tk|ek)-\d{8}-\d{1,5}"
    r"|(?:19|20)\d\d[ZD]\d{5})$"
)

# --------------------------------------------------------------------------- motions

# A surname as used in motion names, with optional initials or first name and Dutch
# particles, or a double surname: "Bontenbal", "Van der Plas", "Dekker-Abdulaziz", "Anna de Vries",
# "J.A. de Vries", "Six Dijkstra".
_PARTICLE: Final = r"(?:[Vv]an|[Dd]e|[Dd]en|[Dd]er|[Tt]er|[Tt]en|[Tt]e|[Hh]et|[Ii]n|'t|’t)"
_CAP_WORD: Final = r"[A-Z\u00c0-\u00de][\w\u00c0-\u024f'’]+(?:-[A-Z\u00c0-\u00de][\w\u00c0-\u024f'’]+)*"
MOVER: Final = (
    rf"(?:(?:[A-Z]\.){{1,4}}{HSPACE}*)?(?:[A-Z][a-z\u00e0-\u00ff]+{HSPACE}+(?={_PARTICLE}{HSPACE}))?"
    rf"(?:{_PARTICLE}{HSPACE}+){{0,3}}{_CAP_WORD}(?:{HSPACE}+{_CAP_WORD})?"
)

# Splits a list of movers: "Bontenbal/Grinwis", "Kathmann, Six Dijkstra en Van Baarle".
MOVER_SPLIT_RE: Final = re.compile(r"\s*(?:/|,|\ben\b)\s*")

# Words before "motie" that are part of its name. Example: "gewijzigde motie", "nader gewijzigde motie".
MOTION_MODIFIERS: Final = ("nader gewijzigde", "gewijzigde", "aangehouden", "aangenomen", "ingediende")
_MODIFIERS_ALT: Final = "|".join(m.replace(" ", r"\s+") for m in MOTION_MODIFIERS)

# A motion named by its movers, directly followed by the citation in brackets or after a
# comma, optionally with a short "over ..." subject in between:
# "motie Bontenbal/Grinwis (", "motie van het lid Van der Plas c.s. (",
# "gewijzigde motie Kathmann over de huurtoeslag (". Each mover is an atomic group "(?>...)"
# so that a long list that is not followed by a citation fails fast instead of backtracking.
MOTION_RE: Final = re.compile(
    rf"""
    (?<![\w\u00c0-\u024f])
    (?:(?:{_MODIFIERS_ALT})\s+)?
    [Mm]oties?(?:-|{GAP1})
    (?:van{GAP1}(?:het{GAP1}lid|de{GAP1}leden){GAP1})?
    (?P<movers>(?>{MOVER})(?:{HSPACE}*(?:/|,|{HSPACE}en{HSPACE}){HSPACE}*(?>{MOVER}))*)
    (?:{GAP1}c\.s\.)?
    (?:{GAP1}(?:over|inzake|om|ter)\s[^()\n.;]{{1,120}}?)?
    {GAP}(?P<open>\(|,){GAP}
    """,
    re.VERBOSE,
)

# The closing bracket after a motion's citation, taken into the motion's span.
# Example: the ")" in "motie Bontenbal (Kamerstuk 32 813, nr. 960)".
CLOSE_PAREN_RE: Final = re.compile(r"[ \t\u00a0]*\)")

# --------------------------------------------------------------------------- back-references

# What may stand between a back-reference and a citation that resolves it inline.
# Example: the " (" in "mijn brief van 3 juli 2023 (Kamerstuk 31 015, nr. 230)".
# Possessive ("*+"): each run is taken whole, so a long run of spaces before other text fails
# in linear time instead of trying every split of the run.
INLINE_GAP_RE: Final = re.compile(r"[ \t\u00a0]*+\n?[ \t\u00a0]*+\(?[ \t\u00a0]*+")

# Dutch month names, for the dates in back-references. Example: "maart".
MONTHS: Final = MONTH_NAMES

# Nouns that name an earlier letter. Example: "brief", "Kamerbrief", "voortgangsbrief".
LETTER_NOUNS: Final = (
    "brief",
    "Kamerbrief",
    "kamerbrief",
    "voortgangsbrief",
    "verzamelbrief",
    "beleidsbrief",
    "beleidsreactie",
    "kabinetsreactie",
    "reactie",
)

# "mijn brief van 12 maart jl.", "de brief van 4 november 2009", "onze voortgangsbrief van
# 3 juli 2023", "de Kamerbrief d.d. 1 juni 2022".
BACKREF_RE: Final = re.compile(
    rf"""
    (?<![\w\u00c0-\u024f])
    (?:[Mm]ijn|[Oo]nze|[Dd]e|[Dd]eze|[Zz]ijn|[Hh]aar|[Hh]un|[Hh]et)\s+
    (?:(?:eerdere|vorige|laatste|recente|genoemde|\w+e)\s+)?
    (?:{"|".join(LETTER_NOUNS)})
    (?:\s+aan\s+(?:uw|de)\s+Kamer)?
    \s+(?:van|d\.d\.)\s+
    (?P<day>\d{{1,2}})\s+(?P<month>{"|".join(MONTHS)})
    (?:\s+(?:(?P<year>(?:19|20)\d\d)(?!\d)|jl\.|j\.l\.|jongstleden|(?:dit|vorig)\s+jaar))?
    """,
    re.VERBOSE,
)

# End of a sentence between a back-reference and a later footnote marker: the marker then
# belongs to another sentence. Example: the ". " in "van 3 juli 2023. Daarin".
SENTENCE_BREAK_RE: Final = re.compile(r"[.!?](?=\s)|\n\s*\n")

# A raw footnote marker with its number, to resolve back-references when no marker offsets
# are given. Example: "<sup>4</sup>" (number 4), "²" (number 2).
RAW_MARKER_RE: Final = re.compile(
    r"<sup>\s*(?P<n>\d{1,3})\s*</sup>|(?P<u>[\u00b9\u00b2\u00b3\u2070-\u2079]+)"
)

# Unicode superscript digits mapped to ASCII. Example: "¹²" -> "12".
SUPERSCRIPT_DIGITS: Final = str.maketrans(
    "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079", "0123456789"
)

# Maximum distance (characters) between a back-reference and its footnote marker.
BACKREF_MAX_DISTANCE: Final = 300

# Largest range "nrs. 12–15" that is expanded number by number (larger ranges keep their ends).
MAX_RANGE: Final = 50

# --------------------------------------------------------------------------- URLs

# Where official identifiers (kst-, h-, ah-) resolve. Example: ".../kst-31015-221".
OFFICIELE_BEKENDMAKINGEN: Final = "https://zoek.officielebekendmakingen.nl/"

# Where Tweede Kamer zaak and document numbers can be looked up. Example: "...?qry=2022Z24775".
TWEEDEKAMER_SEARCH: Final = "https://www.tweedekamer.nl/zoeken?qry="

# --------------------------------------------------------------------------- where to look (speed)

# The strings every match of a pattern starts with (after its look-behind): the pattern is only
# tried where one occurs (`kamerstuk.entities.scan.finditer_at`), not at every offset of a letter.
# Example: "Kamerstuk" in "zie Kamerstuk 31 015, nr. 221".
STARTS: Final[dict[re.Pattern[str], tuple[str, ...]]] = {
    KAMERSTUK_RE: ("Kamerstuk",),
    ZIE_OOK_RE: ("Zie", "zie"),
    HANDELINGEN_RE: ("Aanhangsel", "Handelingen"),
    BARE_IDENTIFIER_RE: ("kst-", "h-", "ah-"),
    ZAAK_RE: ("19", "20"),
    # the first word of a modifier: "nader\ngewijzigde motie" starts with "nader"
    MOTION_RE: (*(m.split()[0] for m in MOTION_MODIFIERS), "Motie", "motie"),
}

# Characters no back-reference can hold (it is words, spaces, digits and dots), and the month
# names one always holds: only the pieces of text between two such characters that name a
# month are searched (`kamerstuk.entities.scan.finditer_in_pieces`). Example: "mijn brief van
# 12 maart jl." holds "maart" and no separator.
BACKREF_SEPARATORS_RE: Final = re.compile(r"[,;:()?!]")
BACKREF_KEYS: Final = MONTHS
