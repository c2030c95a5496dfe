"""A compiled pattern with a word test that rules out texts it cannot match (`Keyed`).

Shared by the commitment patterns (`kamerstuk.patterns.commitments`,
`kamerstuk.patterns.commitment_actions`, `kamerstuk.patterns.commitment_forms`): every `Keyed`
takes bits of one word table, so one pass over a text's words (`text_mask`) tells all of them
at once which ones may match.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

_WORD = re.compile(r"\w+")

#: Letters that IGNORECASE matches to an ASCII letter although ``str.lower()`` keeps them apart
#: (dotted/dotless i, long s, Kelvin sign): a text holding one is never skipped by `Keyed`.
_CASE_FOLD_ODD = re.compile("[\u0130\u0131\u017f\u212a]")

# The words and stems of every `Keyed` pattern, each with the bits of the word groups (or the
# stem bit) it belongs to: a text's bit mask is the union over its words, computed once.
_WORD_BITS: dict[str, int] = {}
_STEM_BITS: list[tuple[str, int]] = []
_ALL_BITS = -1  # every bit set (Python ints): the mask of a text that may match anything
_bits_used = 0
_last_mask: tuple[str | None, int] = (None, 0)  # the last text asked about, and its mask


def text_mask(text: str) -> int:
    """The bits of the `Keyed` word groups and stems that occur in `text` (for `passes`).

    Remembered for the last text: the commitment finder asks about one sentence many times
    (a single-entry memo allocates nothing more per question, unlike a cache).
    """
    global _last_mask
    last = _last_mask
    if last[0] is text:
        return last[1]
    if _CASE_FOLD_ODD.search(text):
        mask = _ALL_BITS
    else:
        low = text.lower()
        mask = 0
        for word in _WORD_BITS.keys() & _WORD.findall(low):  # the known words only
            mask |= _WORD_BITS[word]
        for stem, bit in _STEM_BITS:
            if stem in low:
                mask |= bit
    _last_mask = (text, mask)
    return mask


def passes(text: str, need: int, stem_bit: int) -> bool:
    """Whether `text` holds a word of every group in `need`, or a stem of `stem_bit` (see `Keyed`)."""
    mask = text_mask(text)
    return bool(need and mask & need == need) or bool(mask & stem_bit)


class Keyed:
    """A compiled pattern with a cheap word test that rules out texts it cannot match.

    Most sentences of a letter match none of the commitment patterns, and each scan of a
    sentence by a pattern with many alternatives costs far more than looking up its words.
    `groups` are sets of lower-case words (space-separated): the pattern is only run when the
    text holds a word of every group ("Ik zal" needs a modal and an actor). A match can hold a
    word of `stems` inside a longer word ("schets" in "schetst"): when given, the text also
    passes when one of them occurs anywhere in it. The groups must be necessary for a match, so
    a skipped text is one the pattern would not have matched (same results, less time).
    Example: ``Keyed(re.compile(r"\\bzal\\s+ik\\b", re.I), "zal", "ik")``.
    """

    __slots__ = ("need", "pattern", "stem_bit")

    def __init__(self, pattern: re.Pattern[str], *groups: str, stems: str = "") -> None:
        global _bits_used, _last_mask
        self.pattern = pattern
        self.need = 0  # one bit per group: all must be set in a text's mask
        for group in groups:
            bit = 1 << _bits_used
            _bits_used += 1
            self.need |= bit
            for word in group.split():
                _WORD_BITS[word] = _WORD_BITS.get(word, 0) | bit
        self.stem_bit = 0
        if stems:
            self.stem_bit = 1 << _bits_used
            _bits_used += 1
            _STEM_BITS.extend((stem, self.stem_bit) for stem in stems.split())
        _last_mask = (None, 0)  # a mask computed before this pattern lacks its bits

    def may_match(self, text: str) -> bool:
        """False only when no match of the pattern can occur anywhere in `text`."""
        return passes(text, self.need, self.stem_bit)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """`re.Pattern.search`, skipped when `may_match` rules the text out."""
        return self.pattern.search(text, pos, endpos) if self.may_match(text) else None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        """`re.Pattern.finditer`, skipped when `may_match` rules the text out."""
        return self.pattern.finditer(text, pos, endpos) if self.may_match(text) else iter(())
