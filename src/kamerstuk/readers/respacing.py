"""Undo the letter-spacing that PDF extraction tools write into Rijksoverheid letters.

pdfminer and pdftotext insert a space wherever the gap between two glyphs is wide. The
letterhead and sidebar of modern ministry letters are set letter-spaced, so their words
and numbers come out cut ("P agina 3 van 7", "Inf rastructuur en", "2 5 15 XP D en Haag",
"T 0 7 0-456 0000", "I E NW/BSK-2022/268034"); kerning cuts a body word now and then
("w ater", "he lpt", "ge ïnformeerd"). `normalize_extracted_text` removes those spaces and
maps bullet glyphs to "•", changing nothing else: the text keeps its lines (same number,
same order) and real spaces stay, also in "Kamerstuk 31 015", "ca. 5 000 woningen",
"U bent", "A en B", "regenval én droogte".

How a space is judged (the regexes and word lists are in `kamerstuk.patterns.glyphs`):

* Only a single space between two tokens is ever removed; two or more spaces are a column gap.
* Shapes: a postcode ("2 5 00 E X" -> "2500 EX", followed by a place name or the line end),
  a telephone number ("0 7 0-456" -> "070-456"), a kenmerk ("I E NW/BSK-…" and the value
  line under "Ons kenmerk"), the day and year of a date ("2 2 december 20 22"), the number
  after "Postbus" and in "Pagina 1 2 van 3 2", a number cut before its separator ("3 .000").
  Other digit groups stay: dossier numbers and thousands are written with a space.
* Furniture words (`FURNITURE_WORDS`: "Pagina", "Postbus", "Den Haag", ministry names) are
  joined from their pieces, unless every piece is a real word ("Bij lage waterstanden").
* Body words are joined on evidence from the same document: the joined form occurs there
  unsplit, neither piece is a Dutch function word (`DUTCH_WORDS`), and one piece cannot be a
  word on its own: a single letter ("bode m"), a fragment that starts with a consonant pair
  no Dutch word starts with ("he lpt"), or a fragment of at most three letters found nowhere
  else in the document ("ma ken"). A fragment starting with a diaeresis continues the word
  before it ("ge ïnformeerd"); a lone "n" after a stem in "-e" is the "-en" ending
  ("herzie n"); accented emphasis ("én", "é") is a word of its own.
* A lone capital that opens a line is joined to a lower-case fragment that is no Dutch word
  and occurs nowhere else on its own ("B etreft" -> "Betreft"); "U", "A", "B", "E" never are.

Bullets: the private-use glyphs of `BULLET_GLYPHS` become "•" wherever they are; a
"(cid:N)" code (a glyph pdfminer could not map) becomes "•" when it opens a line and is
followed by a space or the line end, and is dropped elsewhere: inside a word it stood for a lost ligature
or accent, and guessing which would be worse than the gap.

Complexity, linear in the length of the text (50 MB in seconds): tokens are counted with
`Counter.update` on chunks of the text (C speed); one pass over the lines, skipping with one
set test every line without a possible piece of a word, counts how often each piece is
bound in a possible join and keeps those lines as candidates; `LINE_HINTS` are searched
once over the whole text for split numbers, kenmerken and line-opening capitals. Only the
candidate lines are rewritten, each in one left-to-right pass over its tokens in which
every rule looks at a bounded number of tokens (at most `MAX_FURNITURE_PIECES`) and each
distinct token is classified once (bit flags in a dict). The regexes are anchored or
bounded and have no nested quantifiers, so none can backtrack over a line.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from kamerstuk.patterns import glyphs as G

__all__ = ["normalize_extracted_text"]

_PUNCT = G.LEADING_PUNCT + G.TRAILING_PUNCT


# --- furniture vocabulary, compiled once ----------------------------------------------------


def _furniture_forms() -> dict[str, tuple[int, ...]]:
    """Compact form (no spaces) -> the lengths at which the entry's words end."""
    forms: dict[str, tuple[int, ...]] = {}
    for entry in G.FURNITURE_WORDS:
        for form in {entry, entry.upper()}:
            ends: list[int] = []
            length = 0
            for word in form.split(" "):
                length += len(word)
                ends.append(length)
            forms[form.replace(" ", "")] = tuple(ends)
    return forms


_FURNITURE = _furniture_forms()
_FURNITURE_PREFIXES = frozenset(form[:i] for form in _FURNITURE for i in range(1, len(form) + 1))
_FURNITURE_PREFIXES_LOWER = frozenset(prefix.lower() for prefix in _FURNITURE_PREFIXES)
# Every piece a furniture word can be cut into ("P", "agina", "Inf", "rastructuur", "en")
_FURNITURE_PIECES = frozenset(
    form[i:j] for form in _FURNITURE for i in range(len(form)) for j in range(i + 1, len(form) + 1)
)


# --- document evidence ------------------------------------------------------------------------


def _core(token: str) -> str:
    """The word inside a token: "‘w" -> "w", "ren." -> "ren", "(c)" -> "c"."""
    return token.strip(_PUNCT)


def _is_word(core: str) -> bool:
    return bool(core) and G.LETTERS.fullmatch(core) is not None


def _digits(token: str) -> bool:
    return token.isascii() and token.isdigit()


def _non_onset(lower: str) -> bool:
    """Whether a fragment starts with two consonants no Dutch word starts with: "lpt", "rhoging"."""
    return (
        len(lower) >= 2
        and lower[0] not in G.VOWELS
        and lower[1] not in G.VOWELS
        and lower[:2] not in G.ONSETS
    )


def _may_be_piece(token: str, core: str, word: bool) -> bool:
    """Whether a token can be a piece of a joined word (a superset of the weak flags below).

    `core` is the token's lower-case core and `word` whether it is letters only.
    """
    if (
        word
        and (core[0] in G.DIAERESIS_START or core not in G.DUTCH_WORDS)
        and (len(core) <= G.SHORT_FRAGMENT or core[0] in G.DIAERESIS_START or _non_onset(core))
        and not _core(token)[1:].isupper()  # "KRW", "BZK": an abbreviation is never a piece
    ):
        return True  # a weak piece of a body split ("w", "ma", "lpt", "ïnformeerd")
    # a piece of a furniture word that may be no word of its own ("agina", "rastructuur", "D")
    return (
        G.LETTERS.search(core) is not None
        and token.rstrip(G.TRAILING_PUNCT) in _FURNITURE_PIECES
        and (len(core) == 1 or core not in G.DUTCH_WORDS)
    )


def _chunks(text: str, size: int = 1 << 20) -> list[str]:
    """`text` cut at line ends into pieces of about `size` characters (to count tokens in C)."""
    chunks: list[str] = []
    start = 0
    while start < len(text):
        end = text.find("\n", start + size)
        if end < 0:
            end = len(text)
        chunks.append(text[start:end])
        start = end + 1
    return chunks


@dataclass(frozen=True)
class _Evidence:
    """What one document says about its own words.

    ``lexicon``: lower-case letter runs of every token ("pagina" only if some line has it
    unsplit). ``attested``: lower-case words that occur at least once where they are not a
    piece of a possible join, i.e. words the document uses on their own.
    """

    lexicon: frozenset[str]
    attested: frozenset[str]

    @classmethod
    def collect(cls, text: str, lines: list[str]) -> tuple[_Evidence, list[int]]:
        """The evidence of a document, and the lines that hold a possible piece of a word."""
        tokens: Counter[str] = Counter()
        for chunk in _chunks(text):
            tokens.update(chunk.split())
        lexicon: set[str] = set()
        standalone: Counter[str] = Counter()
        pieces: set[str] = set()
        for token, count in tokens.items():
            lower = token.lower()
            lexicon.update(G.LETTERS.findall(lower))
            core = _core(lower)
            word = _is_word(core)
            if word:
                standalone[core] += count
            if _may_be_piece(token, core, word):
                pieces.add(token)
        frozen_lexicon = frozenset(lexicon)
        bound, candidates = cls._bound(lines, frozen_lexicon, pieces)
        attested = frozenset(word for word, count in standalone.items() if count > bound[word])
        return cls(frozen_lexicon, attested), candidates

    @staticmethod
    def _bound(lines: list[str], lexicon: frozenset[str], pieces: set[str]) -> tuple[Counter[str], list[int]]:
        """Count how often each word is a piece of a possible join ("agina" after "P").

        Every join of words has a piece that `_may_be_piece` accepts, so the lines without
        one are skipped with one set test; the others are returned as candidates.
        """
        bound: Counter[str] = Counter()
        candidates: list[int] = []
        cores: dict[str, str] = {}  # token -> lower-case core, "" when it is not a word
        dutch = G.DUTCH_WORDS
        for index, line in enumerate(lines):
            if " " not in line:
                continue
            if line.endswith("\r") or line.startswith("\f"):
                line = _split_controls(line)[1]
            parts = line.split(" ")
            if pieces.isdisjoint(parts):
                continue
            candidates.append(index)
            previous = ""
            for token in parts:
                core = cores.get(token)
                if core is None:
                    core = _core(token.lower())
                    cores[token] = core = core if _is_word(core) else ""
                if core and previous:
                    # the pairs the joining rules may take as one word (see _furniture, _one_word)
                    joined = previous + core
                    if (
                        joined in _FURNITURE_PREFIXES_LOWER
                        or (core[0] in G.DIAERESIS_START and previous[-1] in G.VOWELS)
                        or (
                            previous not in dutch
                            and core not in dutch
                            and (
                                len(previous) == 1
                                or len(core) == 1
                                or (
                                    (
                                        len(previous) <= G.SHORT_FRAGMENT
                                        or len(core) <= G.SHORT_FRAGMENT
                                        or _non_onset(core)
                                    )
                                    and joined in lexicon
                                )
                            )
                        )
                    ):
                        bound[previous] += 1
                        bound[core] += 1
                previous = core
        return bound, candidates

    def known(self, core: str) -> bool:
        """A word on its own: a Dutch function word or used alone in this document.

        A single letter is a word only when it is one of `SINGLE_LETTER_WORDS` ("U"): that
        a letter occurs alone elsewhere says nothing, list labels ("(d)", "d.") are letters.
        """
        if len(core) == 1:
            return core in G.SINGLE_LETTER_WORDS
        lower = core.lower()
        return lower in G.DUTCH_WORDS or lower in self.attested


# --- classification of tokens -------------------------------------------------------------------

# Bit flags, computed once per distinct token (see `_Normalizer.flags`).
_DIGITS = 1  # "2", "00", "0901": may start a postcode, phone number, date, page number
_CAPS = 2  # "I", "E", "XP": may start a kenmerk
_FURNITURE_START = 4  # "P", "Inf", "D", "In": a prefix of a furniture word
_LONE_CAPITAL = 8  # "B" in "B etreft": may be joined at a line start
_LEFT = 16  # a word that may be the first piece of a body split: "w", "‘w", "Ka", "peilve"
_RIGHT = 32  # a word that may be the second piece: "ater", "ïnformeerd.", "n."
_LEFT_WEAK = 64  # … and that cannot be a word on its own: "w", "ma", "gro"
_RIGHT_WEAK = 128  # … ditto for a second piece: "m", "lpt", "ïnformeerd", "n"
_NEXT = 256  # set (in the main loop only) on the flags of a token that follows after one space
# A token with one of these flags may start a join; any other token only as the first piece
# of a pair whose second piece is _RIGHT_WEAK.
_STARTS = _DIGITS | _CAPS | _FURNITURE_START | _LONE_CAPITAL | _LEFT_WEAK


class _Line:
    """The tokens of one line, the spaces before each, and which spaces are removed."""

    __slots__ = ("gaps", "glue", "n", "tokens", "trailing")

    def __init__(self, parts: list[str]) -> None:
        """`parts` is the line split on single spaces ("a  b" -> ["a", "", "b"])."""
        tokens: list[str] = []
        gaps: list[int] = []
        spaces = -1
        for part in parts:
            spaces += 1
            if part:
                tokens.append(part)
                gaps.append(spaces)
                spaces = 0
        self.tokens = tokens
        self.gaps = gaps
        self.trailing = max(spaces, 0)
        self.n = len(tokens)
        self.glue = [False] * len(tokens)

    def adjacent(self, index: int) -> bool:
        """Whether token `index` follows the previous one after exactly one space."""
        return 0 < index < self.n and self.gaps[index] == 1

    def join(self, start: int, end: int) -> None:
        """Remove the spaces inside tokens[start:end]."""
        for index in range(start + 1, end):
            self.glue[index] = True

    def word_before(self, index: int) -> str:
        """The (joined) word that ends just before token `index`."""
        if index <= 0:
            return ""
        start = index - 1
        while start > 0 and self.glue[start]:
            start -= 1
        return "".join(self.tokens[start:index])

    def render(self) -> str:
        parts = [
            token if glued else " " * gap + token
            for token, gap, glued in zip(self.tokens, self.gaps, self.glue, strict=True)
        ]
        return "".join(parts) + " " * self.trailing


# --- rules on numbers ------------------------------------------------------------------------------


def _digit_run(line: _Line, start: int, max_digits: int) -> tuple[str, int]:
    """Adjacent digit tokens from `start` while the total stays within `max_digits`."""
    tokens, gaps, n = line.tokens, line.gaps, line.n
    digits = tokens[start]
    if not _digits(digits) or len(digits) > max_digits:
        return "", start
    index = start + 1
    while (
        index < n
        and gaps[index] == 1
        and len(digits) + len(tokens[index]) <= max_digits
        and _digits(tokens[index])
    ):
        digits += tokens[index]
        index += 1
    return digits, index


def _postcode(line: _Line, k: int, previous: str) -> int | None:
    """ "2 5 15 XP" -> "2515 XP", "2 5 00 E X Den Haag" -> "2500 EX Den Haag"."""
    digits, j = _digit_run(line, k, 4)
    if not G.POSTCODE_DIGITS.fullmatch(digits):
        return None
    letters = ""
    m = j
    while m < line.n and line.adjacent(m) and G.CAPS_FRAGMENT.fullmatch(line.tokens[m]):
        if len(letters) + len(line.tokens[m]) > 2:
            break
        letters += line.tokens[m]
        m += 1
    if m - k <= 2 or not G.POSTCODE_LETTERS.fullmatch(letters):
        return None  # nothing to join ("2500 EA") or no postcode
    if (
        m < line.n
        and line.adjacent(m)
        and not (line.tokens[m][0].isupper() or line.tokens[m][0] in G.ELISION_MARKS)
    ):
        return None  # a postcode is followed by a place name or the end of the line
    thousands = j - k == 2 and len(line.tokens[k + 1]) == 3 and m - j == 1
    if thousands and k > 0 and not _digits(previous) and previous not in G.POSTCODE_OPENERS:
        return None  # "ca. 5 000 MW" is a number, not a postcode
    line.join(k, j)
    line.join(j, m)
    return m


def _phone(line: _Line, k: int, previous: str) -> int | None:
    """ "0 7 0-456 0000" -> "070-456 0000"; after "T": "0 7 0 456 0000" -> "070 456 0000"."""
    if not line.tokens[k].startswith("0"):
        return None
    digits, j = _digit_run(line, k, 4)
    if j < line.n and line.adjacent(j) and G.PHONE_HYPHEN_TOKEN.fullmatch(line.tokens[j]):
        joined = digits + line.tokens[j]
        # at least six digits up to the first space: "070-456", "06-12345678"; not "0 5-10"
        if G.PHONE_JOINED.fullmatch(joined) and sum(c.isdigit() for c in joined) >= G.PHONE_MIN_DIGITS:
            line.join(k, j + 1)
            return j + 1
        return None
    if previous in G.PHONE_LABELS and j - k >= 2 and all(len(t) == 1 for t in line.tokens[k:j]):
        line.join(k, j)
        return j
    return None


def _number_tail(line: _Line, k: int) -> int | None:
    """ "3 .000" -> "3.000", "2 ,5" -> "2,5": no number has a space before its separator."""
    if line.adjacent(k + 1) and G.NUMBER_TAIL.fullmatch(line.tokens[k + 1]):
        line.join(k, k + 2)
        return k + 2
    return None


def _day(line: _Line, k: int) -> int | None:
    """ "2 2 december 2022" -> "22 december 2022"."""
    if len(line.tokens[k]) != 1 or not line.adjacent(k + 1) or not line.adjacent(k + 2):
        return None
    second, month = line.tokens[k + 1], line.tokens[k + 2]
    if (
        len(second) == 1
        and _digits(second)
        and month.rstrip(".").lower() in G.MONTH_WORDS
        and G.DAY.fullmatch(line.tokens[k] + second)
    ):
        line.join(k, k + 2)
        return k + 2
    return None


def _year(line: _Line, k: int, previous: str) -> int | None:
    """ "december 20 22" -> "december 2022" (never "2022 2" -> "20222": stops at four digits)."""
    if previous.rstrip(".").lower() not in G.MONTH_WORDS or len(line.tokens[k]) >= 4:
        return None
    digits = ""
    index = k
    while index < line.n and (index == k or line.adjacent(index)) and len(digits) < 4:
        token = line.tokens[index]
        core = token.rstrip(G.TRAILING_PUNCT)
        if not _digits(core) or (core != token and len(digits) + len(core) != 4):
            return None
        digits += core
        index += 1
    if index - k >= 2 and G.YEAR.fullmatch(digits):
        line.join(k, index)
        return index
    return None


def _after_label(line: _Line, k: int, previous: str, first: str) -> int | None:
    """The number after "Postbus" and in "Pagina 1 2 van 3 2"."""
    if previous in G.POSTBUS_WORDS:
        _, j = _digit_run(line, k, G.POSTBUS_MAX_DIGITS)
        # stop before a postcode: "Postbus 9 2500 EA" is not Postbus 92500
        while (
            j - k >= 2
            and len(line.tokens[j - 1]) == 4
            and j < line.n
            and G.CAPS_FRAGMENT.fullmatch(line.tokens[j])
        ):
            j -= 1
        if j - k >= 2:
            line.join(k, j)
            return j
        return None
    if first in G.PAGINA_WORDS and (previous in G.PAGINA_WORDS or previous in G.PAGINA_VAN):
        _, j = _digit_run(line, k, 4)
        if previous in G.PAGINA_VAN:
            complete = j == line.n
        else:
            complete = j < line.n and line.adjacent(j) and line.tokens[j] in G.PAGINA_VAN
        if complete and j - k >= 2:
            line.join(k, j)
            return j
    return None


# --- rules on letters ------------------------------------------------------------------------------


def _kenmerk(line: _Line, k: int) -> int | None:
    """ "I E NW/BSK-2022/268034" -> "IENW/BSK-2022/268034"."""
    j = k
    single = False
    tokens, gaps = line.tokens, line.gaps
    limit = min(line.n, k + G.MAX_KENMERK_PIECES)
    while j < limit and (j == k or gaps[j] == 1) and G.CAPS_FRAGMENT.fullmatch(tokens[j]):
        if len(tokens[j]) == 2 and tokens[j].lower() in G.DUTCH_WORDS:
            return None  # "EN", "DE", "IN": capitals of a heading, not a kenmerk
        single = single or len(tokens[j]) == 1
        j += 1
    if single and j < line.n and line.adjacent(j) and G.KENMERK_TAIL.fullmatch(line.tokens[j]):
        line.join(k, j + 1)
        return j + 1
    return None


def _kenmerk_value_line(line: _Line) -> bool:
    """The line under "Ons kenmerk": "2 022-0000123456" -> "2022-0000123456"."""
    tokens = line.tokens
    if line.n < 2 or not all(G.KENMERK_VALUE_TOKEN.fullmatch(token) for token in tokens):
        return False
    if not any(len(token) == 1 and token.isalnum() for token in tokens):
        return False
    if not any(c.isdigit() for c in "".join(tokens)):
        return False
    start = 0
    for index in range(1, line.n + 1):
        if index == line.n or not line.adjacent(index):
            line.join(start, index)
            start = index
    return True


class _Normalizer:
    """Rewrites the lines of one document with that document's evidence."""

    def __init__(self, evidence: _Evidence) -> None:
        self.evidence = evidence
        self._flags: dict[str, int] = {}
        self._pairs: dict[tuple[str, str], bool] = {}  # decisions of _one_word, per token pair

    def flags(self, token: str) -> int:
        """The bit flags of a token (cached: each distinct token is classified once)."""
        cached = self._flags.get(token)
        if cached is not None:
            return cached
        flags = 0
        if _digits(token):
            flags |= _DIGITS
        elif G.CAPS_FRAGMENT.fullmatch(token):
            flags |= _CAPS
            if len(token) == 1 and token not in G.SINGLE_LETTER_WORDS:
                flags |= _LONE_CAPITAL
        if token in _FURNITURE_PREFIXES:
            flags |= _FURNITURE_START
        a = token.lstrip(G.LEADING_PUNCT)
        if _is_word(a) and not token.startswith(G.ELISION_MARKS) and (len(a) == 1 or a[1:].islower()):
            flags |= _LEFT
            lower = a.lower()
            if lower not in G.DUTCH_WORDS and (
                len(a) == 1 or (len(a) <= G.SHORT_FRAGMENT and lower not in self.evidence.attested)
            ):
                flags |= _LEFT_WEAK
        b = token.rstrip(G.TRAILING_PUNCT)
        if _is_word(b) and G.LOWER_START.match(b) and b not in G.EMPHASIS_WORDS:
            flags |= _RIGHT
            lower = b.lower()
            if b[0] in G.DIAERESIS_START or (
                lower not in G.DUTCH_WORDS
                and (
                    len(b) == 1
                    or _non_onset(lower)
                    or (len(b) <= G.SHORT_FRAGMENT and lower not in self.evidence.attested)
                )
            ):
                flags |= _RIGHT_WEAK
        self._flags[token] = flags
        return flags

    def line(self, text: str) -> str:
        """One candidate line with its splits joined."""
        head, body, end = _split_controls(text)
        line = _Line(body.split(" "))
        if line.n < 2:
            return text
        tokens, n, flags_of = line.tokens, line.n, self._flags
        line_flags = 0  # the union of the flags on this line
        for token in set(tokens):
            line_flags |= flags_of[token] if token in flags_of else self.flags(token)
        kenmerk_possible = "/" in body or "-" in body  # a kenmerk tail has one (KENMERK_TAIL)
        first = ""
        k = 0
        while k < n:
            flags = flags_of[tokens[k]]
            # the flags of the next token when it follows after one space, else 0
            following = flags_of[tokens[k + 1]] | _NEXT if k + 1 < n and line.gaps[k + 1] == 1 else 0
            if not following or not (flags & _STARTS or following & _RIGHT_WEAK):
                k += 1  # the fast path: no rule can start here
                continue
            nxt: int | None = None
            if flags & _DIGITS:
                nxt = self._number(line, k, following, first, line_flags)
            elif flags & _CAPS and kenmerk_possible:
                nxt = _kenmerk(line, k)
            if nxt is None and flags & _FURNITURE_START:
                nxt = self._furniture(line, k)
            if (
                nxt is None
                and flags & _LEFT
                and following & _RIGHT
                and (flags & _LEFT_WEAK or following & _RIGHT_WEAK)
            ):
                nxt = self._pair(line, k)
            if nxt is None and k == 0 and flags & _LONE_CAPITAL:
                nxt = self._lone_capital(line)
            k = nxt or k + 1
            if not first:
                first = line.word_before(k)
        return head + line.render() + end

    @staticmethod
    def _number(line: _Line, k: int, following: int, first: str, line_flags: int) -> int | None:
        """The rules on numbers, each tried only when its first condition holds."""
        token, after = line.tokens[k], line.tokens[k + 1]
        if not (following & (_DIGITS | _CAPS) or after[0] in ".,-" or "-" in after):
            return None
        previous = line.word_before(k)
        nxt: int | None = None
        if previous in G.POSTBUS_WORDS or first in G.PAGINA_WORDS:
            nxt = _after_label(line, k, previous, first)
        if nxt is None and following & _DIGITS and previous.rstrip(".").lower() in G.MONTH_WORDS:
            nxt = _year(line, k, previous)
        if nxt is None and token[0] == "0":
            nxt = _phone(line, k, previous)
        if nxt is None and line_flags & _CAPS and following & (_CAPS if len(token) == 4 else _DIGITS):
            nxt = _postcode(line, k, previous)
        if nxt is None and len(token) == 1 and len(after) == 1 and following & _DIGITS:
            nxt = _day(line, k)
        if nxt is None and after[0] in ".,":
            nxt = _number_tail(line, k)
        return nxt

    def _furniture(self, line: _Line, k: int) -> int | None:
        """ "P agina" -> "Pagina", "Inf rastructuur" -> "Infrastructuur", "D en Haag" -> "Den Haag"."""
        best: tuple[int, str] | None = None
        accumulated = ""
        for j in range(k, min(line.n, k + G.MAX_FURNITURE_PIECES)):
            if j > k and not line.adjacent(j):
                break
            candidate = accumulated + line.tokens[j]
            stripped = candidate.rstrip(G.TRAILING_PUNCT)
            if candidate in _FURNITURE:
                best = (j, candidate)
            elif stripped != candidate and stripped in _FURNITURE:
                best = (j, stripped)
            if candidate not in _FURNITURE_PREFIXES:
                break
            accumulated = candidate
        if best is None or best[0] == k:
            return None
        end, word_ends = best[0] + 1, _FURNITURE[best[1]]
        # group the pieces into the entry's words; each word must end on a token boundary
        groups: list[list[int]] = [[]]
        length = 0
        word = 0
        for index in range(k, end):
            groups[-1].append(index)
            length += len(line.tokens[index])
            if word < len(word_ends) and length >= word_ends[word]:
                if length != word_ends[word] and index != end - 1:
                    return None  # "Den Haag" must not come from "De nHaag"
                word += 1
                if index != end - 1:
                    groups.append([])
        if len(groups) != len(word_ends):
            return None
        split_groups = [group for group in groups if len(group) > 1]
        for group in split_groups:
            if all(self.evidence.known(_core(line.tokens[index])) for index in group):
                return None  # "Bij lage waterstanden", "Water staat centraal": real words
        if not split_groups:
            return None
        for group in split_groups:
            line.join(group[0], group[-1] + 1)
        return end

    def _pair(self, line: _Line, k: int) -> int | None:
        """Two adjacent tokens that are one word: "ge ïnformeerd", "bode m", "he lpt", "ma ken"."""
        key = (line.tokens[k], line.tokens[k + 1])
        joins = self._pairs.get(key)
        if joins is None:
            joins = self._pairs[key] = self._one_word(*key)
        if joins:
            line.join(k, k + 2)
            return k + 2
        return None

    def _one_word(self, left: str, right: str) -> bool:
        """Whether two tokens, flagged _LEFT and _RIGHT, one of them weak, are one word."""
        a = left.lstrip(G.LEADING_PUNCT)
        b = right.rstrip(G.TRAILING_PUNCT)
        if b[0] in G.DIAERESIS_START:
            return a[-1] in G.VOWELS
        a_lower, b_lower = a.lower(), b.lower()
        if a_lower in G.DUTCH_WORDS or b_lower in G.DUTCH_WORDS:
            return False
        if a_lower + b_lower in self.evidence.lexicon:
            # and one piece is weak (see the flags): a single letter, a fragment that cannot
            # start a word, or a short fragment found nowhere else in the document
            return True
        # the one split the document need not confirm: "herzie n" -> "herzien"
        return b in G.WORD_ENDINGS and a[-1] == "e" and len(a) >= 3 and not self.evidence.known(a)

    def _lone_capital(self, line: _Line) -> int | None:
        """At the start of a line: "B etreft" -> "Betreft", never "U bent" or "A en B"."""
        if line.n < 2 or not line.adjacent(1):
            return None
        b = line.tokens[1].rstrip(G.TRAILING_PUNCT)
        if len(b) < 2 or not (self.flags(line.tokens[1]) & _RIGHT) or self.evidence.known(b):
            return None
        line.join(0, 2)
        return 2


# --- glyphs --------------------------------------------------------------------------------------


def _replace_glyphs(text: str) -> str:
    """Bullet glyphs -> "•"; "(cid:N)" at a line start -> "•", elsewhere dropped."""
    for glyph in G.BULLET_GLYPHS:
        if glyph in text:
            text = text.replace(glyph, G.BULLET)
    if "(cid:" in text:
        text = G.CID_BULLET_AT_LINE_START.sub(lambda m: m.group(1) + G.BULLET, text)
        text = G.CID_STANDALONE.sub("", text)
        text = G.CID_GLYPH.sub("", text)
    return text


def _split_controls(text: str) -> tuple[str, str, str]:
    """Leading form feeds, the line, a final carriage return: "\fP agina 2\r"."""
    end = "\r" if text.endswith("\r") else ""
    body = text[: len(text) - len(end)]
    lead = len(body) - len(body.lstrip("\f"))
    return body[:lead], body[lead:], end


def _hinted_lines(text: str) -> set[int]:
    """The numbers of the lines where `LINE_HINTS` find a split number, kenmerk or capital."""
    hinted: set[int] = set()
    for pattern in G.LINE_HINTS:
        line_no = 0
        last = 0
        for match in pattern.finditer(text):
            line_no += text.count("\n", last, match.start())
            last = match.start()
            hinted.add(line_no)
    return hinted


def _label_lines(text: str, lines: list[str]) -> list[int]:
    """The numbers of the lines that are a kenmerk label: "Ons kenmerk", "Kenmerk:"."""
    starts = {match.start() for match in G.KENMERK_LABEL_LINES.finditer(text)}
    found: list[int] = []
    if starts:
        offset = 0
        for index, line in enumerate(lines):
            if offset in starts:
                found.append(index)
            offset += len(line) + 1
    return found


def _value_lines(lines: list[str], labels: list[int]) -> list[int]:
    """The first non-blank line under each label, when it has a space."""
    values: list[int] = []
    for index in labels:
        following = index + 1
        while following < len(lines) and not lines[following].strip():
            following += 1
        if following < len(lines) and " " in lines[following]:
            values.append(following)
    return values


def _kenmerk_value(text: str) -> str:
    """The line under a kenmerk label with its kenmerk joined: "2 022-0000123456"."""
    head, body, end = _split_controls(text)
    line = _Line(body.split(" "))
    if _kenmerk_value_line(line):
        return head + line.render() + end
    return text


def normalize_extracted_text(text: str) -> str:
    """Join letter-spaced glyph runs and map bullet glyphs, keeping every line in place.

    Only spaces inside a line are removed and glyphs replaced: the result has exactly as
    many lines as `text`, in the same order.

    >>> normalize_extracted_text("P agina 2 van 7\\n2 5 15 XP D en Haag\\nKamerstuk 31 015")
    'Pagina 2 van 7\\n2515 XP Den Haag\\nKamerstuk 31 015'
    """
    if not text:
        return text
    text = _replace_glyphs(text)
    lines = text.split("\n")
    evidence, candidates = _Evidence.collect(text, lines)
    normalizer = _Normalizer(evidence)
    # Only candidate lines can change: those with a possible piece of a word (found while
    # collecting the evidence) and those with a possible split number, kenmerk or capital.
    out = list(lines)
    # the line under a kenmerk label ("Ons kenmerk") is one kenmerk: "I E NW/BSK-2022/268034"
    values = _value_lines(lines, _label_lines(text, lines))
    for index in values:
        out[index] = _kenmerk_value(lines[index])
    # Only candidate lines can change: those with a possible piece of a word (found while
    # collecting the evidence) and those with a possible split number, kenmerk or capital.
    new_labels: list[int] = []
    for index in sorted(set(candidates) | _hinted_lines(text)):
        if " " in lines[index] and out[index] == lines[index]:
            out[index] = normalizer.line(lines[index])
            if out[index] != lines[index] and G.KENMERK_LABEL_LINE.fullmatch(out[index]):
                new_labels.append(index)  # "Ons k enmerk" became a label
    for index in _value_lines(out, new_labels):
        out[index] = _kenmerk_value(out[index])
    return "\n".join(out)
