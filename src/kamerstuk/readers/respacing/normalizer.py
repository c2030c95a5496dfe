"""`_Normalizer`: rewrites the candidate lines of one document with that document's evidence.

Each distinct token is classified once into bit flags; one left-to-right pass over a line's
tokens tries only the rules (`kamerstuk.readers.respacing.rules`, furniture words, body
word pairs, a line-opening capital) that its flags allow.
"""

from __future__ import annotations

from kamerstuk.patterns import glyphs as G
from kamerstuk.readers.respacing.evidence import (
    _FURNITURE,
    _FURNITURE_PREFIXES,
    _core,
    _digits,
    _Evidence,
    _is_word,
    _non_onset,
)
from kamerstuk.readers.respacing.line import _Line, _split_controls
from kamerstuk.readers.respacing.rules import (
    _after_label,
    _day,
    _kenmerk,
    _number_tail,
    _phone,
    _postcode,
    _year,
)

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
