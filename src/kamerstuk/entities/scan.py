"""Searching long texts only where a pattern can match (speed, same results).

Python's `re` has no fast way to skip ahead for a pattern that opens on a look-behind, ``\\b``
or a case-insensitive alternation: it tries the pattern at every offset, a few milliseconds per
pattern on a 100 KB letter. The finders run a dozen such patterns over every letter while most
of the text holds none of their words. Two ways to look only where a match can be, each giving
exactly the matches of ``rx.finditer(text)`` in the same order:

- `finditer_at`: every match starts with one of a few literal strings ("Kamerstuk"): the
  pattern is tried only where one of them occurs;
- `finditer_in_pieces`: every match holds one of a few keywords and no separator character
  (",", ";" …): only the pieces of text between two separators that hold a keyword are searched.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

__all__ = [
    "finditer_at",
    "finditer_in_lines",
    "finditer_in_pieces",
    "line_breaks",
    "lower_view",
    "occurrences",
]


def occurrences(hay: str, needles: Iterable[str]) -> list[int]:
    """The sorted offsets of every occurrence of each of `needles` in `hay` (``str.find``)."""
    hits: list[int] = []
    for needle in needles:
        at = hay.find(needle)
        while at != -1:
            hits.append(at)
            at = hay.find(needle, at + 1)
    hits.sort()
    return hits


#: Letters that IGNORECASE matches to an ASCII letter although ``str.lower()`` keeps them apart
#: (dotted/dotless i, long s, Kelvin sign).
_CASE_FOLD_ODD = re.compile("[\u0130\u0131\u017f\u212a]")


@lru_cache(maxsize=4)
def lower_view(text: str) -> str | None:
    """`text` lower-cased, offset for offset, to look for the keywords of a case-insensitive
    pattern; None when lower-casing cannot stand in for IGNORECASE (a letter of `_CASE_FOLD_ODD`,
    or a letter that lower-cases to two)."""
    if _CASE_FOLD_ODD.search(text):
        return None
    low = text.lower()
    return low if len(low) == len(text) else None


@lru_cache(maxsize=4)
def line_breaks(text: str) -> tuple[int, ...]:
    """The offsets of the line breaks of `text`: separators for patterns that read one line."""
    return tuple(m.start() for m in _NEWLINE.finditer(text))


_NEWLINE = re.compile("\n")


def finditer_at(
    rx: re.Pattern[str], text: str, starts: Iterable[str], hay: str | None = None
) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` for a pattern whose every match starts with one of `starts` (in
    `hay`: the text, or its `lower_view` for a case-insensitive pattern).

    ``rx.search(text, pos)`` is the match at the first offset from `pos` where ``rx.match``
    succeeds; no match can start elsewhere than at an occurrence of a start string, so only
    those offsets are tried (a look-behind still sees the text before them). The patterns
    given here never match the empty string, so the next search starts at a match's end.
    """
    pos = 0
    for at in occurrences(text if hay is None else hay, starts):
        if at < pos:
            continue
        m = rx.match(text, at)
        if m is not None:
            yield m
            pos = m.end()


def finditer_in_pieces(
    rx: re.Pattern[str], text: str, separators: Sequence[int], hits: Iterable[int]
) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` for a pattern whose every match holds a keyword and none of the
    characters at the offsets `separators` (sorted); `hits` are the sorted offsets of the
    keywords in `text` (`occurrences`, in the text or its `lower_view`).

    No match runs across a separator, so the matches are those of the pieces between two
    separators, and a piece without a keyword has none. A piece is searched with ``pos`` and
    ``endpos`` at its bounds: a look-behind still sees the separator before it, and the end of
    the piece reads like the separator after it for every pattern that cannot match it (for a
    ``\\b`` or a look-ahead both are a non-word character that is not there to match).
    """
    done = -1  # end of the last piece searched
    for at in hits:
        if at < done:
            continue
        i = bisect.bisect_right(separators, at)
        lo = separators[i - 1] + 1 if i else 0
        done = separators[i] if i < len(separators) else len(text)
        yield from rx.finditer(text, lo, done)


def finditer_in_lines(rx: re.Pattern[str], text: str, keys: Iterable[str]) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` for a pattern that never matches a line break and whose every match
    holds one of `keys` (lower case; the pattern may be case-insensitive): only the lines that
    hold a key are searched (see `finditer_in_pieces`; ``^`` and ``$`` of a multi-line pattern
    read a line's bounds as before)."""
    low = lower_view(text)
    if low is None:
        return rx.finditer(text)
    return finditer_in_pieces(rx, text, line_breaks(text), occurrences(low, keys))
