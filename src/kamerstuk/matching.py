"""The one place rapidfuzz is used: normalize texts to content words and find best matches."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from rapidfuzz import fuzz

from kamerstuk.patterns.pipeline import STOPWORDS

_WORD = re.compile(r"[a-zà-ÿ]{4,}")


def content_words(text: str) -> str:
    """Lower-case content words of `text`, accents kept, stopwords and short words dropped.

    >>> content_words("Ten eerste wordt aanbevolen een campagne te ontwikkelen.")
    'eerste campagne ontwikkelen'
    """
    folded = unicodedata.normalize("NFC", text.lower())
    return " ".join(w for w in _WORD.findall(folded) if w not in STOPWORDS)


def similarity(a: str, b: str) -> float:
    """Similarity of two texts' content words, 0..1 (token-set ratio, order-insensitive)."""
    ca, cb = content_words(a), content_words(b)
    if not ca or not cb:
        return 0.0
    return fuzz.token_set_ratio(ca, cb) / 100.0


def best_matches(text: str, candidates: Sequence[str], *, cutoff: float) -> list[tuple[int, float]]:
    """Indexes and scores of the candidates at least `cutoff` similar to `text`, best first."""
    scored = [(i, similarity(text, c)) for i, c in enumerate(candidates)]
    return sorted(((i, s) for i, s in scored if s >= cutoff), key=lambda item: -item[1])


def text_ratio(a: str, b: str) -> float:
    """Similarity of two whole texts, 0..1 (normalized Levenshtein ratio)."""
    return fuzz.ratio(a, b) / 100.0
