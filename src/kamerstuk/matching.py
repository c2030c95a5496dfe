"""The one place rapidfuzz is used: content words, and which recommendation a text is about.

`ContentIndex` computes each candidate's content words once and keeps an inverted index from
word keys to candidates, so matching a text costs the text's words plus a short list of
candidates, whatever the number of candidates; the pairwise `similarity` and `best_matches`
stay for callers that compare a few texts.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from kamerstuk.patterns.pipeline import STOPWORDS

_WORD = re.compile(r"[a-zà-ÿ]{4,}")

#: Inflections a word's key leaves out, so that "gemeente", "gemeenten" and "gemeentelijk",
#: "subsidie" and "subsidies", "ontwikkelen" and "ontwikkeling" share one; longest first.
_SUFFIXES = ("elijke", "elijk", "ingen", "ing", "en", "es", "e", "s")
_DOUBLE_END = re.compile(r"([b-df-hj-np-tv-z])\1$")  # "plannen" -> "plann" -> "plan"
_DOUBLE_VOWEL = re.compile(r"([aeiou])\1")  # "bibliotheek" and "bibliotheken" -> "bibliothek"
#: A key found in more candidates than this does not select candidates (it still counts in the
#: score): it says little about which one is meant, and would make a look-up cost grow with
#: the number of candidates.
MAX_POSTINGS = 16
#: Candidates scored per text: those sharing the most keys with it.
SHORTLIST = 8


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
        postings: dict[str, list[int]] = {}
        for i, text in enumerate(candidates):
            words = content_word_list(text)
            self._strings.append(" ".join(words))
            keys = frozenset(word_key(w) for w in words)
            self._keys.append(keys)
            for k in keys:
                postings.setdefault(k, []).append(i)
        self._all_postings = postings
        self._postings = {k: v for k, v in postings.items() if len(v) <= MAX_POSTINGS}
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

    def matches(self, text: str, *, among: Sequence[int] | None = None) -> list[Match]:
        """The candidates sharing content words with `text`, best first (at most `SHORTLIST`).

        `among` limits the look-up to those candidates (an anaphor's antecedents). The score is
        rapidfuzz's token-set ratio of the two content-word strings; `shared` lists the words of
        `text` whose key the candidate has, in the order of `text`.
        """
        words = content_word_list(text)
        if not words:
            return []
        keyed = [(w, word_key(w)) for w in words]
        counts: dict[int, int] = {}
        allowed = set(among) if among is not None else None
        for k in {k for _, k in keyed}:
            for i in self._postings.get(k, ()):
                if allowed is None or i in allowed:
                    counts[i] = counts.get(i, 0) + 1
        shortlist = sorted(counts, key=lambda i: (-counts[i], i))[:SHORTLIST]
        self.scored = len(shortlist)
        joined = " ".join(words)
        out = []
        for i in shortlist:
            shared = tuple(dict.fromkeys(w for w, k in keyed if k in self._keys[i]))
            score = fuzz.token_set_ratio(joined, self._strings[i]) / 100.0
            out.append(Match(i, score, shared))
        return sorted(out, key=lambda m: (-m.score, m.index))
