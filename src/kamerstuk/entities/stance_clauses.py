"""A sentence as the stance classifier reads it: lower-case words in clauses, and cue records.

`kamerstuk.entities.stance` finds the cues of a sentence on a `Sentence` (its words, their offsets,
the clause each belongs to, per clause the first index of each word) and records each as a `Cue`.
The helpers here look words up around a position: the object of a verb (`object_kind`), a phrase at a
position (`match_at`), a word of a vocabulary nearby (`near`). Vocabulary: `kamerstuk.patterns.stance`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TypeVar

from kamerstuk.patterns import stance as P

_T = TypeVar("_T")

__all__ = [
    "Cue",
    "Sentence",
    "appreciates_report",
    "by_first_word",
    "consults_on_recommendation",
    "is_participle",
    "match_at",
    "near",
    "object_kind",
]


@dataclass
class Cue:
    """One cue word or phrase: kind A(dopt) W(eak agreement) P(artial) R(eject) L (in place) N(oted)."""

    kind: str
    name: str
    first: int  # word index of its first word
    last: int  # word index of its last word
    nonfinite: bool = False  # an infinitive or participle: "overnemen", "overgenomen"
    te_infinitive: bool = False  # "over te nemen": takes the negation of its clause
    negated: bool = False
    aim: bool = False  # agreement with the aim of the proposal ("onderschrijft het doel"), see AIM_NOUNS


@dataclass
class Sentence:
    """A sentence as lower-case words with their offsets and clause numbers."""

    text: str
    words: list[str] = field(default_factory=list)
    raw: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    clause: list[int] = field(default_factory=list)
    bounds: list[tuple[int, int]] = field(default_factory=list)  # word range [a, b) of each clause
    # Per clause: the index of each word's first occurrence, and of its first two words in IN_PLACE
    # (or past participles). Lookups by word keep the reader linear in a long clause.
    firsts: list[dict[str, int]] = field(default_factory=list)
    in_place: list[list[int]] = field(default_factory=list)

    @classmethod
    def read(cls, text: str) -> Sentence:
        s = cls(text)
        # Locals, and each clause's bound written once when the next opens (or at the end): the
        # reader runs on every sentence that may answer a recommendation.
        words, raw, spans, clause, bounds = s.words, s.raw, s.spans, s.clause, s.bounds
        punct, openers, in_place_words = P.CLAUSE_PUNCT, P.CLAUSE_OPENERS, P.IN_PLACE
        firsts: dict[str, int] = {}
        places: list[int] = []
        new_clause = True
        start = 0  # first word of the current clause
        c = -1  # number of the current clause
        for m in P.TOKEN.finditer(text):
            tok = m.group()
            if not (tok[0].isalnum() or tok[0] == "_"):
                new_clause = new_clause or tok in punct
                continue
            low = tok.lower()
            if low == "zullen" and words and words[-1] == "te":
                continue  # "stelde het advies over te zullen nemen": the future of "over te nemen", read as it
            n = len(words)
            if new_clause or (n and low in openers) or c < 0:
                if c >= 0:
                    bounds.append((start, n))
                firsts = {}
                places = []
                s.firsts.append(firsts)
                s.in_place.append(places)
                start = n
                c += 1
                new_clause = False
            if low not in firsts:
                firsts[low] = n
            if len(places) < 2 and (low in in_place_words or is_participle(low)):
                places.append(n)
            words.append(low)
            raw.append(tok)
            spans.append(m.span())
            clause.append(c)
        if c >= 0:
            bounds.append((start, len(words)))
        return s

    def clause_words(self, i: int) -> range:
        a, b = self.bounds[self.clause[i]]
        return range(a, b)

    def in_clause(self, i: int, vocabulary: frozenset[str] | set[str]) -> bool:
        """Does the clause of word `i` hold a word of `vocabulary`?"""
        return not self.firsts[self.clause[i]].keys().isdisjoint(vocabulary)

    def first_in_clause(self, i: int, vocabulary: frozenset[str] | set[str]) -> int | None:
        """Index of the first word of `vocabulary` in the clause of word `i`, or None."""
        firsts = self.firsts[self.clause[i]]
        return min((firsts[w] for w in vocabulary if w in firsts), default=None)


def in_analysis_content(s: Sentence, i: int) -> bool:
    """Whether word `i` stands in a clause that states the content of an analysis noun ("deelt de
    analyse dat werk onvoldoende zekerheid biedt", "de zorg dat de regeling onwenselijk uitpakt"):
    a judgement there is the report's finding, not the government's verdict."""
    a, _ = s.bounds[s.clause[i]]
    return any(
        s.words[k] in P.SUBCLAUSE_START and s.words[k - 1] in P.ANALYSIS_NOUNS for k in range(max(a, 1), i)
    )


def is_participle(word: str) -> bool:
    return P.PARTICIPLE.fullmatch(word) is not None and not word.startswith(_NOT_PARTICIPLES)


_NOT_PARTICIPLES = tuple(P.NOT_PARTICIPLES)  # str.startswith takes a tuple of prefixes


def object_kind(s: Sentence, i: int, default: str | None) -> str | None:
    """'A' when the nearest object noun of the verb at `i` is the recommendation, 'W' when it is
    the analysis, else `default`. Looks after the verb first (verb-second), then before it."""
    a, b = s.bounds[s.clause[i]]
    for k in list(range(i + 1, min(b, i + 9))) + list(range(i - 1, max(a, i - 9) - 1, -1)):
        if s.words[k] in P.RECOMMENDATION_NOUNS and not _at_whose_request(s, k):
            return "A"
        if s.words[k] in P.ANALYSIS_NOUNS:
            return "W"
    return default


def _at_whose_request(s: Sentence, k: int) -> bool:
    """Whether the noun at `k` is the "verzoek" of "op verzoek van": who asked for a thing, never what is done ("de
    verkenning, die de SER op verzoek van het kabinet uitvoert" carries out the study; round 66)."""
    return s.words[k] == "verzoek" and k > 0 and s.words[k - 1] == "op"


def object_noun(s: Sentence, i: int) -> str | None:
    """The nearest recommendation or analysis noun of the verb at `i` (as `object_kind` finds it)."""
    a, b = s.bounds[s.clause[i]]
    for k in list(range(i + 1, min(b, i + 9))) + list(range(i - 1, max(a, i - 9) - 1, -1)):
        if s.words[k] in P.RECOMMENDATION_NOUNS or s.words[k] in P.ANALYSIS_NOUNS:
            return s.words[k]
    return None


def appreciates_report(s: Sentence, i: int) -> bool:
    """Whether the verb at `i` takes "het belang / de waarde van het onderzoek" as object: courtesy to
    the report, not a stance on its recommendations (see `APPRECIATED`)."""
    b = s.bounds[s.clause[i]][1]
    for k in range(i + 1, min(b, i + 5)):
        if s.words[k] in P.APPRECIATED:
            return any(s.words[j] in P.REPORT_NOUNS for j in range(k + 1, min(b, k + 4)))
    return False


def match_at(s: Sentence, i: int, seq: tuple[str, ...]) -> int | None:
    """Index of the last word when `seq` ("*" = any word) matches at word `i`, else None."""
    if i + len(seq) > len(s.words):
        return None
    for k, w in enumerate(seq):
        if w != "*" and s.words[i + k] != w:
            return None
    return i + len(seq) - 1


def by_first_word(phrases: Iterable[_T], words: Callable[[_T], tuple[str, ...]]) -> dict[str, tuple[_T, ...]]:
    """`phrases` grouped by their first word, each group in the original order: a phrase can only
    match at a word equal to its first (no phrase opens with the wildcard "*"), so trying just that
    group, in order, finds the same first match as trying them all."""
    out: dict[str, list[_T]] = {}
    for phrase in phrases:
        first = words(phrase)[0]
        assert first != "*", "a phrase opening with the wildcard cannot be indexed by its first word"
        out.setdefault(first, []).append(phrase)
    return {w: tuple(group) for w, group in out.items()}


def near(words: list[str], i: int, a: int, b: int, vocabulary: frozenset[str], reach: int = 4) -> bool:
    """Whether a word of `vocabulary` stands within `reach` words of `i` in the clause [a, b),
    without crossing a coordinating "en"/"maar"/"of" (the object of another verb)."""
    for step in (-1, 1):
        k = i + step
        while a <= k < b and abs(k - i) <= reach and words[k] not in _COORDINATORS:
            if words[k] in vocabulary:
                return True
            k += step
    return False


_COORDINATORS = frozenset({"en", "maar", "of"})


def response_follows(s: Sentence, i: int) -> bool:
    """Whether "volgt" at `i` has a response still to come as its subject, within the first three words of
    its clause ("Een reactie op de aanbeveling volgt …", "Mijn standpunt … volgt na de zomer"; see
    `RESPONSE_NOUNS`; "mijn" or "het kabinet" may stand before it, "ik" may not: "… volg ik")."""
    if s.words[i] not in P.RESPONSE_FOLLOWS:
        return False
    a, _ = s.bounds[s.clause[i]]
    if any(s.words[k] in P.FIRST_PERSON_SUBJECTS for k in range(a, i)):
        return False  # "… volg ik": we follow
    return any(s.words[k] in P.RESPONSE_NOUNS for k in range(a, min(i, a + 3)))


def consults_on_recommendation(s: Sentence, i: int) -> bool:
    """Whether the word at `i` is a verb of consulting (`CONSULT_FIRST`) with the recommendation itself in its
    clause ("Ik zal de aanbeveling met de provincies bespreken"), by the government or in time to come, not
    negated."""
    return (
        s.words[i] in P.CONSULT_FIRST
        and s.in_clause(i, P.RECOMMENDATION_NOUNS)
        and (s.in_clause(i, P.GOVERNMENT) or s.in_clause(i, P.FUTURE))
        and not s.in_clause(i, P.NEGATORS)
    )
