"""The one place rapidfuzz is used: content words, and which recommendation a text is about.

`ContentIndex` computes each candidate's content words once and keeps an inverted index from
word keys to candidates, so matching a text costs the text's words plus a short list of
candidates, whatever the number of candidates; the pairwise `similarity` and `best_matches`
stay for callers that compare a few texts.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from kamerstuk.patterns.pipeline import GENERIC_SEPARABLE_VERBS, SEPARABLE_TE_INFINITIVE, STOPWORDS

_WORD = re.compile(r"[a-zà-ÿ]{4,}")

#: Inflections a word's key leaves out, so that "gemeente", "gemeenten" and "gemeentelijk",
#: "subsidie" and "subsidies", "ontwikkelen" and "ontwikkeling" share one; longest first.
# ("elijks"/"lijks": the adverb of a period is its noun, "maandelijks" → "maand", "jaarlijks" → "jaar"; round 48)
_SUFFIXES = ("elijkse", "elijks", "lijkse", "lijks", "elijke", "elijk", "ingen", "ing", "en", "es", "e", "s")
_DOUBLE_END = re.compile(r"([b-df-hj-np-tv-z])\1$")  # "plannen" -> "plann" -> "plan"
_DOUBLE_VOWEL = re.compile(r"([aeiou])\1")  # "bibliotheek" and "bibliotheken" -> "bibliothek"
#: A key found in more candidates than this does not select candidates (it still counts in the
#: score): it says little about which one is meant, and would make a look-up cost grow with
#: the number of candidates.
MAX_POSTINGS = 16
#: Candidates scored per text: those sharing the most keys with it.
SHORTLIST = 8
#: The shortest part of a compound that stands for it ("contact" in "lobbycontacten"), and the shortest
#: rest of the compound beside it (so that inflections and short prefixes are not read as compounds).
MIN_PART = 6
MIN_REST = 3


def content_word_list(text: str) -> list[str]:
    """Lower-case content words of `text` in order, accents kept, stopwords and short words dropped."""
    folded = unicodedata.normalize("NFC", text.lower())
    return [w for w in _WORD.findall(folded) if w not in STOPWORDS]


def content_words(text: str) -> str:
    """Lower-case content words of `text`, accents kept, stopwords and short words dropped.

    >>> content_words("Ten eerste wordt aanbevolen een campagne te ontwikkelen.")
    'eerste campagne ontwikkelen'
    """
    return " ".join(content_word_list(text))


@functools.lru_cache(maxsize=65536)
def word_key(word: str) -> str:
    """The key a content word is indexed by: the word less a Dutch inflection (a crude stem).

    >>> [word_key(w) for w in ("gemeenten", "gemeentelijk", "regenwaterplannen", "bibliotheek")]
    ['gement', 'gement', 'regenwaterplan', 'bibliothek']
    """
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = _DOUBLE_END.sub(r"\1", word[: -len(suffix)])
            break
    return _DOUBLE_VOWEL.sub(r"\1", word)


def similarity(a: str, b: str) -> float:
    """Similarity of two texts' content words, 0..1 (token-set ratio, order-insensitive)."""
    ca, cb = content_words(a), content_words(b)
    if not ca or not cb:
        return 0.0
    return fuzz.token_set_ratio(ca, cb) / 100.0


def best_matches(text: str, candidates: Sequence[str], *, cutoff: float) -> list[tuple[int, float]]:
    """Indexes and scores of the candidates at least `cutoff` similar to `text`, best first.

    Compares `text` with every candidate: for many candidates or many texts use `ContentIndex`.
    """
    scored = [(i, similarity(text, c)) for i, c in enumerate(candidates)]
    return sorted(((i, s) for i, s in scored if s >= cutoff), key=lambda item: -item[1])


def text_ratio(a: str, b: str) -> float:
    """Similarity of two whole texts, 0..1 (normalized Levenshtein ratio)."""
    return fuzz.ratio(a, b) / 100.0


@dataclass(frozen=True)
class Match:
    """A candidate a text is about: its index, the score (0..1) and the content words they share."""

    index: int
    score: float
    shared: tuple[str, ...]


class ContentIndex:
    """Content words of a fixed list of candidates (recommendations), computed once and indexed.

    >>> index = ContentIndex(["Stel in elke gemeente een regenwaterplan op.", "Verhoog de subsidie."])
    >>> [(m.index, m.shared) for m in index.matches("Gemeenten krijgen hulp bij hun regenwaterplan.")]
    [(0, ('gemeenten', 'regenwaterplan'))]
    """

    def __init__(self, candidates: Sequence[str]) -> None:
        self._strings: list[str] = []
        self._keys: list[frozenset[str]] = []
        self._word_of: list[dict[str, str]] = []  # each candidate's word for each of its keys
        postings: dict[str, list[int]] = {}
        for i, text in enumerate(candidates):
            words = content_word_list(text)
            self._strings.append(" ".join(words))
            word_of = {word_key(w): w for w in reversed(words)}
            for m in SEPARABLE_TE_INFINITIVE.finditer(text):
                # "uit te betalen" is about the "uitbetaling" (the fused verb's key is its noun's)
                fused = (m.group("particle") + m.group("verb")).lower()
                if fused not in GENERIC_SEPARABLE_VERBS:
                    word_of.setdefault(word_key(fused), fused)
            self._word_of.append(word_of)
            keys = frozenset(word_of)
            self._keys.append(keys)
            for k in keys:
                postings.setdefault(k, []).append(i)
        self._all_postings = postings
        self._postings = {k: v for k, v in postings.items() if len(v) <= MAX_POSTINGS}
        # the keys in order, and reversed in order: the compounds that start or end with a word
        self._sorted = sorted(self._postings)
        self._sorted_reversed = sorted(k[::-1] for k in self._postings)
        #: Candidates scored by the last call: what tests count to check the look-up stays short.
        self.scored = 0

    def __len__(self) -> int:
        return len(self._strings)

    def keys(self, index: int) -> frozenset[str]:
        """The word keys of candidate `index`."""
        return self._keys[index]

    def containing(self, keys: frozenset[str] | set[str]) -> list[int]:
        """The candidates that have every one of `keys`, in order; none when every key is one that
        more than `MAX_POSTINGS` candidates share (such words cannot single one out)."""
        lists = sorted((self._all_postings.get(k, []) for k in keys), key=len)
        if not lists or len(lists[0]) > MAX_POSTINGS:
            return []
        return [i for i in lists[0] if all(k in self._keys[i] for k in keys)]

    def known(self, keys: frozenset[str] | set[str]) -> set[str]:
        """The keys of `keys` that some candidate has (words no candidate has cannot tell them apart)."""
        return {k for k in keys if k in self._all_postings}

    def matches(
        self, text: str, *, among: Sequence[int] | None = None, compounds: bool = True
    ) -> list[Match]:
        """The candidates sharing content words with `text`, best first (at most `SHORTLIST`).

        `among` limits the look-up to those candidates (an anaphor's antecedents). The score is
        rapidfuzz's token-set ratio of the two content-word strings; `shared` lists the words of
        `text` whose key the candidate has, in the order of `text`. With `compounds` (the default) a
        word of `text` without an exact key also matches a part of it or a compound of it that a
        candidate has ("lobbycontacten" and "contacten"), scored as that word.
        """
        words = content_word_list(text)
        if not words:
            return []
        keyed = [(w, word_key(w)) for w in words]
        # a compound of the text stands for its part that a candidate has: "lobbycontacten" for
        # "contacten", "openbaarmaking" for "openbaar" (read after the exact keys, for words without one)
        if compounds:
            keyed += [(w, part) for w, k in keyed if k not in self._all_postings for part in self._parts(k)]
        counts: dict[int, int] = {}
        allowed = set(among) if among is not None else None
        for k in {k for _, k in keyed}:
            for i in self._postings.get(k, ()):
                if allowed is None or i in allowed:
                    counts[i] = counts.get(i, 0) + 1
        shortlist = sorted(counts, key=lambda i: (-counts[i], i))[:SHORTLIST]
        self.scored = len(shortlist)
        out = []
        for i in shortlist:
            shared = tuple(dict.fromkeys(w for w, k in keyed if k in self._keys[i]))
            # (a compound scores as the part the candidate has: its word stands in for it)
            as_read = {w: self._word_of[i][k] for w, k in keyed if k in self._keys[i] and k != word_key(w)}
            joined = " ".join(as_read.get(w, w) for w in words)
            score = fuzz.token_set_ratio(joined, self._strings[i]) / 100.0
            out.append(Match(i, score, shared))
        return sorted(out, key=lambda m: (-m.score, m.index))

    def _parts(self, key: str) -> list[str]:
        """The candidates' keys that are a part of compound `key` or a compound with `key` as a part: a
        tail or a start of at least `MIN_PART` letters beside at least `MIN_REST` more ("lobbycontact" ->
        "contact", "integriteit" -> "integriteitsregel"); the longest of each kind, at most one each."""
        found = []
        for cut in range(MIN_REST, len(key) - MIN_PART + 1):
            if key[cut:] in self._postings:
                found.append(key[cut:])
                break  # the longest head
        for cut in range(len(key) - MIN_REST, MIN_PART - 1, -1):
            if key[:cut] in self._postings:
                found.append(key[:cut])
                break  # the longest modifier
        if len(key) >= MIN_PART:
            k = bisect.bisect_right(self._sorted, key)  # compounds that start with it
            if (
                k < len(self._sorted)
                and self._sorted[k].startswith(key)
                and len(self._sorted[k]) - len(key) >= MIN_REST
            ):
                found.append(self._sorted[k])
            rev = key[::-1]
            k = bisect.bisect_right(self._sorted_reversed, rev)  # compounds that end with it
            if (
                k < len(self._sorted_reversed)
                and self._sorted_reversed[k].startswith(rev)
                and len(self._sorted_reversed[k]) - len(key) >= MIN_REST
            ):
                found.append(self._sorted_reversed[k][::-1])
        return found
