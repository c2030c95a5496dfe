"""What one document says about its own words: the evidence that a split may be joined.

The furniture vocabulary (`FURNITURE_WORDS` compiled into compact forms, prefixes and
pieces), the predicates on tokens shared by the rules, and `_Evidence`: the document's
lexicon and the words it uses on their own, collected in one pass that also finds the
candidate lines (those with a possible piece of a word).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from kamerstuk.patterns import glyphs as G
from kamerstuk.readers.respacing.line import _split_controls

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
        token.rstrip(G.TRAILING_PUNCT) in _FURNITURE_PIECES  # the set test first: most tokens fail it
        and G.LETTERS.search(core) is not None
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
        letters = G.LETTERS.fullmatch
        for token, count in tokens.items():
            lower = token.lower()
            core = lower.strip(_PUNCT)  # _core and _is_word, inlined: this runs on every distinct token
            word = bool(core) and letters(core) is not None
            if word:
                # the punctuation stripped around it holds no letter: the core is the token's one letter run
                lexicon.add(core)
                standalone[core] = standalone.get(core, 0) + count
            else:
                lexicon.update(G.LETTERS.findall(lower))
            if _may_be_piece(token, core, word):
                pieces.add(token)
        frozen_lexicon = frozenset(lexicon)
        bound, candidates = cls._bound(lines, frozen_lexicon, pieces)
        attested = frozenset(word for word, count in standalone.items() if count > bound.get(word, 0))
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
