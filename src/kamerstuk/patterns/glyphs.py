"""Patterns and vocabularies for text as PDF extraction tools (pdfminer, pdftotext) write it.

Modern Rijksoverheid letters set their sidebar and running furniture in a letter-spaced
font; extraction tools then cut words and numbers at arbitrary glyphs ("P agina 3 van 7",
"Inf rastructuur en", "2 5 15 XP D en Haag", "T 0 7 0-456 0000", "I E NW/BSK-2022/268034").
Body text suffers the same from kerning now and then ("w ater", "he lpt", "ge ïnformeerd").
Bullets come out as private-use glyphs ("\\uf0b7") or as "(cid:129)" codes.

Used by `kamerstuk.readers.respacing`, which decides per pair of tokens whether the space
between them is a real one. Every regex and vocabulary it consults lives here, each with a
comment and an example. Most regexes are matched (fullmatch) against single tokens; the few
searched over the whole text (`LINE_HINTS`, `KENMERK_LABEL_LINES`, the cid patterns) have
only bounded repetitions and no nested unbounded quantifier, so every search is linear.
"""

from __future__ import annotations

import re
from typing import Final

from kamerstuk.patterns.dates import MONTHS


def _words(text: str) -> frozenset[str]:
    """A vocabulary written as whitespace-separated words (easier to read and extend)."""
    return frozenset(text.split())


# --- Glyphs ----------------------------------------------------------------------------

# Private-use bullet glyphs of the Symbol and Wingdings fonts, mapped to "•" wherever they
# occur (they never stand for anything else). Example: "\uf0b7 Eerst de bodem …" ->
# "• Eerst de bodem …". U+2022 "•" itself stays as it is. Private-use characters the
# PDF reader uses as annotations (U+E000–U+E003, see readers/plaintext.py) are not touched.
BULLET_GLYPHS: Final[frozenset[str]] = frozenset(
    {
        "\uf0b7",  # Symbol bullet "•" (the one in the corpus: 15 times in two letters)
        "\uf0a7",  # Wingdings small square "▪"
        "\uf0d8",  # Wingdings arrowhead "➢"
        "\uf06e",  # Wingdings black square "■"
        "\uf076",  # Wingdings diamond "❖"
        "\uf0fc",  # Wingdings check mark "✓"
        "\uf0a8",  # Wingdings white square "□"
    }
)
BULLET: Final = "•"

# A glyph that pdfminer could not map to Unicode, written as its font code: "(cid:129)".
CID_GLYPH: Final = re.compile(r"\(cid:\d{1,5}\)")
# One or more cid codes standing where a bullet stands: first thing on the line and followed
# by a space or the line end. Example: "(cid:129) de kosten van …" -> "• de kosten van …".
CID_BULLET_AT_LINE_START: Final = re.compile(r"^([ \t]*)(?:\(cid:\d{1,5}\))+(?=[ \t]|$)", re.M)
# A cid code standing alone between spaces in the middle of a line: dropped together with
# one of its spaces. Example: "zie (cid:3) bijlage" -> "zie bijlage".
CID_STANDALONE: Final = re.compile(r"(?<=[ \t])\(cid:\d{1,5}\)[ \t]")
# Any other cid code (inside a word, where it stands for a lost ligature or accent) is
# dropped: "ver(cid:12)jning" -> "verjning". A wrong guess would be worse than a gap.

# --- Token shapes --------------------------------------------------------------------

# Punctuation that may open a token before the word: "‘w ater’", "(b ij)".
LEADING_PUNCT: Final = '‘“"([{«„>'
# Punctuation that may close a token after the word: "krijge n.", "verminde ren.", "Waterstaat,".
TRAILING_PUNCT: Final = '.,;:!?)]}’”"»'
# Apostrophes that open a clitic ("’s avonds", "'t") or a place name ("'s-Gravenhage"): a
# token that starts with one is never the first piece of a split word.
ELISION_MARKS: Final = ("'", "’")
# A word of letters only (Unicode letters, no digits, no hyphen): "ater", "ïnformeerd", "Ka".
LETTERS: Final = re.compile(r"[^\W\d_]+")
# A lower-case letter (the start of a fragment that continues a word): "agina", "ostbus".
LOWER_START: Final = re.compile(r"[a-zà-ÿ]")
# Vowels (with their accented forms) for the onset and diaeresis rules: "a", "ë", "ï".
VOWELS: Final[frozenset[str]] = frozenset("aeiouyàáâäèéêëìíîïòóôöùúûü")
# Digits only: "2", "5", "15", "00", "0901".
DIGITS: Final = re.compile(r"\d+")
# One or two capitals, a fragment of a postcode or a kenmerk: "E", "X", "XP", "NW".
CAPS_FRAGMENT: Final = re.compile(r"[A-Z]{1,2}")

# Where a split number, kenmerk or line-opening capital may be (the other joins are found
# from the tokens of a line): a digit and a space before a digit, a separator or a capital
# ("2 5 15 XP", "0 7 0-456", "3 .000", "2500 E X"); capitals before a kenmerk tail
# ("I E NW/BSK"); a line opening with a lone capital ("B etreft"). Each pattern is searched
# over the whole text once; each is bounded, so a search runs in linear time.
LINE_HINTS: Final[tuple[re.Pattern[str], ...]] = (
    re.compile(r"[0-9] [0-9.,A-Z]"),
    re.compile(r"[A-Z] [A-Z][A-Za-z]{0,11}[/-]"),
    re.compile(r"^[ \t\f]*[A-Z] [a-zà-ÿ]", re.M),
)

# --- Numbers ---------------------------------------------------------------------------

# A Dutch postcode once joined: four digits (no leading zero) and two capitals. The letter
# pairs SA, SD and SS are never issued. Example: "2515 XP", "2500 EX".
POSTCODE_DIGITS: Final = re.compile(r"[1-9]\d{3}")
POSTCODE_LETTERS: Final = re.compile(r"(?!SA|SD|SS)[A-Z]{2}")
# A split of the shape "2 500 GE", which is also how thousands are written ("ca. 1 500 MW"),
# is read as a postcode only at the start of a line, after a Postbus number or after these:
# "> Retouradres Postbus 20018 2 500 GE Den Haag".
POSTCODE_OPENERS: Final[frozenset[str]] = frozenset({">", "Retouradres"})
# A telephone number's area code and subscriber part once joined: "070-456 0000" (the
# hyphen token ends the letter-spaced run: "0 7 0-456" -> "070-456").
PHONE_HYPHEN_TOKEN: Final = re.compile(r"\d{0,3}-\d{2,}")
PHONE_JOINED: Final = re.compile(r"0\d{1,3}-\d{2,}")
# … with at least this many digits, so a range such as "0 5-10" is never taken for one.
PHONE_MIN_DIGITS: Final = 6
# Labels before a telephone number in the sidebar: "T 0 7 0 456 0000", "Tel. 0 7 0 …".
PHONE_LABELS: Final[frozenset[str]] = frozenset(
    {"T", "F", "M", "Tel", "Tel.", "Tel:", "T:", "Telefoon", "Fax", "Mobiel"}
)
# A day of the month once joined: "2 2 december 2022" -> "22 december 2022".
DAY: Final = re.compile(r"0?[1-9]|[12]\d|3[01]")
# A year once joined, after a month name: "december 20 22" -> "december 2022".
YEAR: Final = re.compile(r"(?:19|20)\d\d")
# Month names and abbreviations (one table, in patterns/dates.py): "december", "dec".
MONTH_WORDS: Final[frozenset[str]] = frozenset(MONTHS)
# The rest of a number cut before its thousands or decimal separator: ".000" in "3 .000",
# ",5" in "2 ,5". A number never has a space before its separator, so these are joined.
NUMBER_TAIL: Final = re.compile(r"[.,]\d{1,3}(?:[.,]\d{1,3}){0,4}[.,;:)]?")
# The number of a Postbus has at most five digits: "P ostbus 2 0901" -> "Postbus 20901".
POSTBUS_MAX_DIGITS: Final = 5
# The label before a Postbus number (after joining): "Postbus", "POSTBUS".
POSTBUS_WORDS: Final[frozenset[str]] = frozenset({"Postbus", "POSTBUS"})
# The running page number of the letterhead, once joined: "Pagina 3 van 7".
PAGINA_WORDS: Final[frozenset[str]] = frozenset({"Pagina", "PAGINA"})
PAGINA_VAN: Final[frozenset[str]] = frozenset({"van", "VAN"})

# --- Kenmerken -------------------------------------------------------------------------

# The tail of a kenmerk: capitals, a slash somewhere and a digit somewhere, one token.
# Example: "NW/BSK-2022/268034" in "I E NW/BSK-2022/268034" -> "IENW/BSK-2022/268034".
KENMERK_TAIL: Final = re.compile(r"[A-Z][A-Za-z]{0,11}[/-][A-Za-z0-9/.\-]*\d[A-Za-z0-9/.\-]*")
# The most letter pieces before the kenmerk tail: "I E N W/BSK-…" has 4 (bounds the scan).
MAX_KENMERK_PIECES: Final = 8
# A label whose value follows on the next line: "Ons kenmerk", "Uw kenmerk", "Kenmerk:".
# KENMERK_LABEL_LINE is matched against one line, KENMERK_LABEL_LINES finds them in a text.
KENMERK_LABEL_LINE: Final = re.compile(r"[ \t\f]*(?:Ons |Uw )?[Kk]enmerk:?[ \t\r]*")
KENMERK_LABEL_LINES: Final = re.compile(r"^[ \t\f]*(?:Ons |Uw )?[Kk]enmerk:?[ \t\r]*$", re.M)
# A token of a kenmerk value (capitals, digits, separators, no lower case): "2022-0000123",
# "IENW/BSK-2022/268034", "E". A line of these after a kenmerk label is one kenmerk.
KENMERK_VALUE_TOKEN: Final = re.compile(r"[A-Z0-9][A-Z0-9/._\-]*")

# --- Vocabularies ----------------------------------------------------------------------

# Furniture of the Rijksoverheid letterhead and sidebar: the only words joined without
# evidence from the document itself, because they are printed letter-spaced on every page
# and may never occur unsplit ("P agina 1 van 9" -> "Pagina 1 van 9"). Each entry is matched
# case-sensitively, as written here or in capitals ("DEN HAAG"); spaces inside an entry
# must fall on a space of the text ("D en Haag" -> "Den Haag", never "Den" on its own).
FURNITURE_WORDS: Final[frozenset[str]] = frozenset(
    {
        # letterhead labels: "D atum 1 maart 2022", "B etreft Voortgang", "O ns kenmerk"
        "Pagina",
        "Postbus",
        "Datum",
        "Betreft",
        "Onderwerp",
        "Kenmerk",
        "kenmerk",
        "Bijlage",
        "Bijlagen",
        "Bijlage(n)",
        "Retouradres",
        "Contactpersoon",
        "Inlichtingen",
        "Doorkiesnummer",
        "Bezoekadres",
        "Postadres",
        "Correspondentie",
        # the seat of government and the street addresses of the ministries
        "Den Haag",
        "'s-Gravenhage",
        "Rijnstraat",
        "Turfmarkt",
        "Bezuidenhoutseweg",
        "Parnassusplein",
        "Korte Voorhout",
        "Schedeldoekshaven",
        # ministry and directorate names as set in the sidebar: "Inf rastructuur en Waterstaat"
        "Ministerie",
        "Directoraat-Generaal",
        "Directie",
        "Afdeling",
        "Infrastructuur",
        "Waterstaat",
        "Justitie",
        "Veiligheid",
        "Volksgezondheid",
        "Welzijn",
        "Onderwijs",
        "Cultuur",
        "Wetenschap",
        "Economische",
        "Klimaat",
        "Landbouw",
        "Voedselkwaliteit",
        "Financiën",
        "Binnenlandse",
        "Koninkrijksrelaties",
        "Buitenlandse",
        "Defensie",
        "Sociale",
        "Werkgelegenheid",
        "Algemene",
        "Asiel",
        "Migratie",
        "Volkshuisvesting",
        "Ruimtelijke",
        "Ordening",
        "Zaken",
        "Rijksoverheid",
        # closing and signature furniture: "H oogachtend,", "Staatssecretaris"
        "Hoogachtend",
        "Staatssecretaris",
        "Minister",
    }
)

# Dutch words that are words on their own, so a space next to them is a real space: articles,
# pronouns, prepositions, conjunctions, common adverbs, auxiliaries and the verbs that follow
# a one-letter subject or label ("U bent", "A en B", "Variant B levert"), short content words
# and adjectives ("nat te maken", "oud papier") and the real words hidden in furniture words
# ("Bij lage waterstanden" is not "Bijlage"; "Water staat centraal" is not "Waterstaat").
# Compared in lower case. Example: "en" keeps "groter en sterker" apart.
DUTCH_WORDS: Final[frozenset[str]] = _words(
    """
    de het een der des 't 'n 's
    ik jij je u hij zij ze wij we jullie hun hen hem haar mij me mijn ons onze uw zich men
    dit dat deze die wie wat waar welk welke iets niets alles iemand niemand elk elke ieder
    en of maar want dus noch doch als dan omdat terwijl zodat indien tenzij hoewel toen nadat
    voordat totdat sinds zowel
    aan bij door in op om tot met na naar van voor uit over onder tegen tussen te ten ter
    per via sinds zonder binnen buiten boven beneden achter naast langs rond vanaf vanuit
    er hier daar niet geen ook nog wel al zo nu dan toch pas reeds even weer eens steeds
    meer minder veel weinig zeer erg vaak soms nooit altijd ja nee net juist slechts
    alleen zelfs nogal ca vs nr hoe toe af mee min tja waarom wanneer waardoor waarbij waarin
    waarop hierbij hierin daarbij daarin daarom daarna daarvoor ervoor erbij
    twee drie vier vijf zes zeven acht negen tien elf
    mm cm km kg mg ml ha kwh mw gw
    is ben bent zijn was waren wordt worden werd werden word heeft hebt heb hebben had hadden
    kan kun kunt kunnen kon konden zal zult zullen zou zouden mag mogen moet moeten wil wilt
    willen gaat ga gaan komt kom komen staat sta staan ligt zit doet doe doen geeft geef
    krijgt ontvangt vindt ziet zie leest bevat betreft levert telt geldt blijft blijkt heet
    noemt vraagt vroeg zei kreeg gaf zag kwam ging stond
    dag weg wet jaar tijd zee gas rol lid rij ras vee gif hek oog oor put rug top tol vis zon
    eis bos dak dal dam kas pad bod cel bed bel les kop pot zin wijk
    oud nat vol arm wit ruw dun dik bot hol mat gek fit vrij goed nieuw
    lage hoge post bus merk treft tour adres water staat
    the of and for to on at by
    """
)

# One-letter words and labels that the fallback rule never joins to what follows, even at
# the start of a line: "U ontvangt hierbij …", "A bevat de cijfers", "E 40", English "I think".
SINGLE_LETTER_WORDS: Final[frozenset[str]] = frozenset({"U", "u", "A", "a", "B", "E", "I", "O", "o"})

# Emphasis written with accents is a word on its own: "regenval én droogte", "op é", "wél".
# Compared as written. Example: "hitte én droogte" stays.
EMPHASIS_WORDS: Final[frozenset[str]] = frozenset(
    {
        "é",
        "è",
        "én",
        "èn",
        "één",
        "ééns",
        "óf",
        "òf",
        "wél",
        "níet",
        "dát",
        "hét",
        "wát",
        "zó",
        "nú",
        "ál",
        "à",
    }
)

# Letters with a diaeresis: the mark opens a new syllable after a vowel, so a fragment that
# starts with one continues the word before it: "ge ïnformeerd" -> "geïnformeerd",
# "co ördinatie" -> "coördinatie", "financi ële" -> "financiële".
DIAERESIS_START: Final[frozenset[str]] = frozenset("äëïöü")

# Two-consonant onsets a Dutch word (or a common loan word) may start with. A fragment that
# starts with any other consonant pair cannot be a word on its own and continues the word
# before it: "he lpt" ("lp"), "peilve rhoging" ("rh"), "o nttrekkingen" ("nt").
ONSETS: Final[frozenset[str]] = _words(
    """
    bl br ch cl cr dr dw fl fr gl gn gr kl kn kr kw ph pl pn pr ps sc sf sh sj sk sl sm sn
    sp sq st sw th tj tr ts tw vl vr wr zw wh dj kh gh sz
    """
)

# A single-letter ending cut from a word that ends in "e", joined even when the document has
# no unsplit form of the word: Dutch infinitives and plurals end in "-en", and a lone "n" is
# no word. Example: "de regels herzie n" -> "herzien", "te onderzoeke n." -> "onderzoeken.".
WORD_ENDINGS: Final[frozenset[str]] = frozenset({"n"})

# The shorter fragment of a body split that is accepted on document evidence alone has at
# most this many letters: "ma ken", "gro tere", "Ka derrichtlijn". Longer pairs of real-
# looking words ("zoet water", "ultrafijn stof") are left alone.
SHORT_FRAGMENT: Final = 3

# The most tokens a furniture word may be cut into: "B i j l a g e (n)" is 8.
MAX_FURNITURE_PIECES: Final = 12
