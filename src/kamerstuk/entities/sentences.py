"""A rule-based sentence splitter for Dutch parliamentary prose.

Splits after ``.``, ``!`` and ``?`` followed by whitespace and a sentence start, after a quoted
sentence that a sentence opener follows (`quote_ends_sentence`), and always at a blank line; does not
split after the abbreviations of `ABBREVIATIONS`, after initials ("A. de Jong"), after list numbers
("1). proactieve", "2.1"), or inside «» and (...).
"""

from __future__ import annotations

import re

__all__ = ["ABBREVIATIONS", "NOT_A_NAME_AFTER_INITIAL", "quote_ends_sentence", "split_sentences"]

#: Abbreviations after which a period never ends a sentence (lower case, with their dots).
ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "o.m.",
        "nr.",
        "nrs.",
        "blz.",
        "i.v.m.",
        "d.w.z.",
        "bijv.",
        "bv.",
        "m.b.t.",
        "t.a.v.",
        "t.b.v.",
        "t.o.v.",
        "o.a.",
        "resp.",
        "ca.",
        "art.",
        "artt.",
        "mr.",
        "dr.",
        "drs.",
        "ir.",
        "ing.",
        "prof.",
        "mw.",
        "dhr.",
        "vgl.",
        "zgn.",
        "z.g.",
        "p.",
        "pp.",
        "jo.",
        "lid.",
        "sub.",
        "e.a.",
        "m.i.v.",
        "n.a.v.",
        "i.p.v.",
        "i.c.m.",
        "i.o.m.",
        "kst.",
        "stb.",
        "stcrt.",
        "min.",
    }
)

#: Abbreviations that may also close a sentence: split after them only when the next word
#: starts with a capital ("... van 24 februari jl. Ik zal ..."), never before a lower-case
#: word or a parenthesis ("24 februari jl. (Kamerstuk ...) zal ik").
SENTENCE_FINAL_ABBREVIATIONS: frozenset[str] = frozenset(
    {"jl.", "j.l.", "a.s.", "e.d.", "etc.", "enz.", "incl.", "excl.", "o.i.d.", "e.v."}
)

#: Words that open a sentence and are never a surname: after a single capital and a period they
#: start a new sentence ("… het zwemdiploma A. Daarnaast adviseert …", "Dat is scenario B. Het
#: kabinet kiest …"), where a name would follow an initial ("A. Jansen"). Surname particles that
#: some write with a capital ("De", "Van", "Ten") are left out: "J. De Vries" stays one sentence.
NOT_A_NAME_AFTER_INITIAL: frozenset[str] = frozenset(
    {
        "daarnaast", "daarom", "daarmee", "daarbij", "daarin", "daarvoor", "daardoor", "daarna",
        "dit", "dat", "deze", "die", "ik", "wij", "we", "zij", "ze", "hij", "het", "een", "er",
        "ook", "verder", "voorts", "tevens", "bovendien", "hierbij", "hiermee", "hierdoor", "hiervoor",
        "hierin", "zo", "nu", "in", "op", "met", "voor", "bij", "als", "om", "omdat", "wanneer",
        "indien", "uw", "u", "niet", "geen", "alle", "elke", "iedere", "wel", "maar", "want", "en",
        "tot", "vanaf", "sinds", "volgens", "gelet", "gezien", "mede", "zoals", "over",
    }
)  # fmt: skip

# A candidate boundary: terminal punctuation, optional closing quote/bracket, whitespace.
_BOUNDARY = re.compile(r"[.!?]+[\"'”’»)]*(?=\s)")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_INITIALS = re.compile(r"^(?:[A-Z]\.){1,4}$|^[A-Z][a-z]?\.$")  # "E.", "J.A.", "Th."
_LIST_NUMBER = re.compile(r"^\(?\d+(?:\.\d+)*[.)]+\.?$|^[a-z][.)]$")  # "1.", "1).", "2.1.", "a)"
_OPEN = "«(“"
_CLOSE = "»)”"
# Quotation marks (not brackets), in pairs: a quoted sentence may end the sentence it stands in
# (`quote_ends_sentence`).
_QUOTE_OPEN = "«“"
_QUOTE_CLOSE = "»”"
# What the splitter stops at: brackets and terminal punctuation ("." in "Zie (p. 3). Ik ...").
_SPECIAL = re.compile(r"[.!?«(“»)”]")


def _word_before(text: str, pos: int, lo: int) -> str:
    """The whitespace-delimited word that ends at `pos` (exclusive), without leading brackets."""
    i = pos
    while i > lo and not text[i - 1].isspace():
        i -= 1
    return text[i:pos].lstrip("([«\"'“")


def _next_char(text: str, pos: int, hi: int) -> str:
    i = pos
    while i < hi and text[i].isspace():
        i += 1
    return text[i] if i < hi else ""


def _next_word(text: str, pos: int, hi: int) -> str:
    """The letters of the word starting at the first non-space at or after `pos`."""
    m = _WORD.match(text, pos, hi)
    return m.group(1) if m else ""


_WORD = re.compile(r"\s*(\w+)")


def _is_start(ch: str) -> bool:
    return ch.isupper() or ch.isdigit() or ch in "«\"“'‘"


def _split_block(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    sent_start = lo
    first_word = [lo, -1]  # memo: (sentence start, its first non-space offset or -1 when unknown)
    depth = 0
    depth_since = lo
    i = lo
    # Only brackets and terminal punctuation change anything: jump from one to the next (a
    # loop over every character cost most of the splitting time).
    while (special := _SPECIAL.search(text, i, hi)) is not None:
        i = special.start()
        if depth > 0 and i - 1 - depth_since > 600:
            depth = 0  # the unclosed bracket was dropped at a character between the two
        ch = text[i]
        if ch in _OPEN:
            if depth == 0:
                depth_since = i
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
            if depth == 0 and ch in _QUOTE_CLOSE and quote_ends_sentence(text, i, hi):
                spans.append((sent_start, i + 1))
                sent_start = i + 1
        if depth > 0 and i - depth_since > 600:  # an unclosed bracket: stop protecting
            depth = 0
        if ch in ".!?" and depth == 0:
            m = _BOUNDARY.match(text, i)
            if m is not None and m.end() <= hi:
                end = m.end()
                if _boundary_ok(text, i, end, sent_start, hi, first_word):
                    spans.append((sent_start, end))
                    sent_start = end
                i = end
                continue
        i += 1
    if sent_start < hi:
        spans.append((sent_start, hi))
    out: list[tuple[int, int]] = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


#: Words that open the sentence after a quoted one (`quote_ends_sentence`): those never a surname after an initial, and
#: "De" ("«Stel een norm op» De raad vraagt daarnaast …").
_OPENS_AFTER_QUOTE = NOT_A_NAME_AFTER_INITIAL | {"de"}


def quote_ends_sentence(text: str, closed: int, hi: int | None = None) -> bool:
    """Whether the closing quotation mark at `closed` ends its sentence: it closes a quoted sentence (opening
    with a capital, within 600 characters) and the next sentence opens with a word of
    `NOT_A_NAME_AFTER_INITIAL` or "De" ("De raad adviseert: «Maak … op.» Ook beveelt zij aan: «…»", also
    without the full stop). A title in quotation marks goes on in lower case or with a name ("het rapport
    «Samen sterk» beveelt aan", "het programma «Sterk Water» Zeeland …") and stays in its sentence.

    >>> t = "De raad adviseert: «Stel een norm op» Ook vraagt hij om een register."
    >>> quote_ends_sentence(t, t.index("»"))
    True
    """
    hi = len(text) if hi is None else hi
    mark = text[closed] if 0 <= closed < len(text) else ""
    if mark not in _QUOTE_CLOSE:
        return False
    opener = _QUOTE_OPEN[_QUOTE_CLOSE.index(mark)]
    opened = text.rfind(opener, max(0, closed - 600), closed)
    if opened < 0 or mark in text[opened + 1 : closed]:
        return False
    content = text[opened + 1 : closed].strip()
    if not content or not content[0].isupper():
        return False
    if not _next_char(text, closed + 1, hi).isupper():
        return False
    return _next_word(text, closed + 1, hi).lower() in _OPENS_AFTER_QUOTE


def _boundary_ok(text: str, dot: int, end: int, sent_start: int, hi: int, first_word: list[int]) -> bool:
    """Whether the punctuation at `dot` (run ending at `end`) really ends a sentence.

    `first_word` memoises where the sentence's first non-space character is, so telling an
    enumeration label at the start of a sentence ("1. De Kamer ...") from a number later in
    it costs nothing per label (slicing the sentence so far for each one was quadratic).
    """
    nxt = _next_char(text, end, hi)
    if nxt == "":
        return True
    if text[dot] in "!?":
        return _is_start(nxt)
    word = _word_before(text, dot + 1, sent_start)
    low = word.lower()
    if low in ABBREVIATIONS:
        return False
    if low in SENTENCE_FINAL_ABBREVIATIONS:
        return nxt.isupper()
    if _INITIALS.match(word):
        # "A. Jansen" is a name; "… diploma A. Daarnaast …" ends a sentence
        return (
            len(word) == 2
            and _is_start(nxt)
            and _next_word(text, end, hi).lower() in NOT_A_NAME_AFTER_INITIAL
        )
    if _LIST_NUMBER.match(word) and _first_non_space(text, sent_start, first_word) >= dot + 1 - len(word):
        return False  # "1. De Kamer ..." at the start of a sentence: an enumeration label
    return _is_start(nxt)


def _first_non_space(text: str, start: int, memo: list[int]) -> int:
    """Offset of the first non-space character at or after `start` (memoised per sentence start)."""
    if memo[0] != start or memo[1] < 0:
        i = start
        while i < len(text) and text[i].isspace():
            i += 1
        memo[0], memo[1] = start, i
    return memo[1]


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into sentences; return their ``(start, end)`` offsets into `text`.

    Spans are trimmed of surrounding whitespace and cover the terminal punctuation. A blank
    line always ends a sentence (headings and paragraphs stay apart).

    >>> t = "Op 17 december jl. is het rapport verschenen. Ik dank de onderzoekers."
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['Op 17 december jl. is het rapport verschenen.', 'Ik dank de onderzoekers.']
    """
    hi = len(text) if end is None else min(end, len(text))
    out: list[tuple[int, int]] = []
    block_start = start
    for m in _BLANK_LINE.finditer(text, start, hi):
        out.extend(_split_block(text, block_start, m.start()))
        block_start = m.end()
    out.extend(_split_block(text, block_start, hi))
    return out
