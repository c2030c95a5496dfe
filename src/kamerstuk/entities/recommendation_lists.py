"""Lists and labels of recommendations in a letter's text: numbered, lettered and bulleted lists
after a lead, "Aanbeveling n" labels, and the text index they are read with. Used by
`kamerstuk.entities.recommendations.find_recommendations`; split from it to keep each file to one
concern (the candidates here are resolved and numbered there).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from kamerstuk.entities import recommendation_forms as forms
from kamerstuk.entities.recommendation_order import Cand as _Cand
from kamerstuk.entities.recommenders import Context as _Context
from kamerstuk.entities.recommenders import addressee as _addressee
from kamerstuk.entities.recommenders import named_before
from kamerstuk.entities.recommenders import recommenders as _recommenders
from kamerstuk.entities.report import read_names
from kamerstuk.entities.scan import (
    finditer_at,
    finditer_in_lines,
    finditer_in_pieces,
    line_breaks,
    lower_view,
    occurrences,
)
from kamerstuk.patterns import recommendations as pat

_FIRST_PERSON = re.compile(r"\b(?:ik|wij|we|mijn|onze|ons)\b", re.IGNORECASE)


def _strip_markup(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span past surrounding whitespace and Markdown emphasis."""
    while start < end and text[start] in " \t\n*_":
        start += 1
    while end > start and text[end - 1] in " \t\n*_":
        end -= 1
    return start, end


def _trim_item(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim an enumerated item: trailing ";", "," and a dangling " en" / " of" / " en/of".

    Works back from the end (a regex anchored at the end of a copy of the item cost the whole
    item for each trim, and items of nested lists can run to the end of a long text).
    """
    start, end = _strip_markup(text, start, end)
    while True:
        cut = _dangling_end(text, start, end)
        if cut is None or cut == start:
            break
        end = cut
        start, end = _strip_markup(text, start, end)
    return start, end


def _dangling_end(text: str, start: int, end: int) -> int | None:
    """Where a trailing ";" / "," or a trailing " en" / " of" / " en/of" (spaces before the word,
    spaces after either) begins in ``text[start:end]``, at the first of those spaces; None when
    the span ends otherwise."""
    q = end
    while q > start and text[q - 1].isspace():
        q -= 1
    if q > start and text[q - 1] in ";,":
        return q - 1
    for word in ("en/of", "en", "of"):
        w = q - len(word)
        if w > start and text[w:q] == word and text[w - 1].isspace():
            while w > start and text[w - 1].isspace():
                w -= 1
            return w
    return None


def _label_value(m: re.Match[str]) -> tuple[str, int] | None:
    """(kind, value) of a LIST_MARKER match: ("num", 2), ("let", 2) for "b.", ("bullet", 0)."""
    if m.group("num"):
        return "num", int(m.group("num"))
    if m.group("rnum"):
        return "rnum", int(m.group("rnum"))
    if m.group("rom") or m.group("rom1"):
        return "rom", pat.ROMAN[m.group("rom") or m.group("rom1")]
    if m.group("let"):
        return "let", ord(m.group("let")) - ord("a") + 1
    if m.group("bullet"):
        return "bullet", 0
    return None


#: Value -> roman numeral, for the markers of a "rom" list.
_ROMAN_LABEL = {v: k for k, v in pat.ROMAN.items()}


def _marker_regex(kind: str, value: int) -> re.Pattern[str]:
    if kind == "num":
        label = rf"{value}(?:\)\.|[.):])"
    elif kind == "rnum":
        label = rf"R{value}[.):]?"
    elif kind == "let":
        label = rf"{chr(ord('a') + value - 1)}[.)]"
    elif kind == "rom":
        label = rf"{_ROMAN_LABEL[value]}[.)]"
    else:
        return _ANY_MARKER["bullet"]
    return re.compile(rf"(?<!\S)\*{{0,2}}{label}\*{{0,2}}[ \t]+")


# What `_marker_regex` finds, for every label at once: a text is read once per kind of label,
# not once per list item (which made text with many lists quadratic). Group 1 is the label.
_ANY_MARKER = {
    "num": re.compile(r"(?<!\S)\*{0,2}(\d+)(?:\)\.|[.):])\*{0,2}[ \t]+"),
    "rnum": re.compile(r"(?<!\S)\*{0,2}R(\d+)[.):]?\*{0,2}[ \t]+"),
    "let": re.compile(r"(?<!\S)\*{0,2}([a-z])[.)]\*{0,2}[ \t]+"),
    "rom": re.compile(r"(?<!\S)\*{0,2}(i|ii|iii|iv|v|vi|vii|viii|ix|x)[.)]\*{0,2}[ \t]+"),
    # A bullet at a line start, or one run into the paragraph by a reader that joined the lines
    # of a list ("… op te heffen. - ProRail moet …", "beveelt mij aan: - stel …; - laat …"): after a
    # sentence end, a ";" or a colon, before a word.
    "bullet": re.compile(r"(?m)^[ \t]*([-•–▪])[ \t]+|(?<=[.;:])[ \t]+([-•–▪])[ \t]+(?=\w)"),
}
# Every blank line, also where they overlap: the first line break taken, the rest looked at (a
# pattern opening on the line break is found by a fast scan; one opening on a look-ahead is
# tried at every offset).
_BREAK_AT = re.compile(r"\n(?=([ \t]*\n))")
_SENTENCE_END = re.compile(r"[.!?][\"»”’)]*(?=\s|$)")
#: Every bullet marker holds one of these: "bullet" markers are only looked for on their lines.
_BULLET_KEYS = ("-", "•", "–", "▪")


def _markers(kind: str, text: str) -> Iterator[re.Match[str]]:
    """``_ANY_MARKER[kind].finditer(text)``; bullets (never across a line break) only on the
    lines that hold a bullet character."""
    if kind == "bullet":
        return finditer_in_pieces(_ANY_MARKER[kind], text, line_breaks(text), occurrences(text, _BULLET_KEYS))
    return _ANY_MARKER[kind].finditer(text)


def _lines(rx: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` for a one-line pattern of `pat.LINE_KEYS`, on the lines holding a key."""
    return finditer_in_lines(rx, text, pat.LINE_KEYS[rx])


def _inline_labels(text: str) -> Iterator[re.Match[str]]:
    """``pat.RECOMMENDATION_INLINE.finditer(text)``, tried only where "aanbeveling" (any case) starts."""
    low = lower_view(text)
    if low is None:
        return pat.RECOMMENDATION_INLINE.finditer(text)
    return finditer_at(pat.RECOMMENDATION_INLINE, text, pat.INLINE_STARTS, low)


class _TextIndex:
    """Offsets in a text found once and looked up by bisection: blank lines, sentence ends and
    list markers. Each is computed on first use, in one pass over the text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._breaks: tuple[list[int], list[int]] | None = None
        self._ends: tuple[list[int], list[int]] | None = None
        self._markers: dict[str, dict[str, tuple[list[int], list[int]]]] = {}
        self._non_space: dict[int, int] = {}

    def blank_line(self, pos: int) -> tuple[int, int] | None:
        """The first blank line (``\\n[ \\t]*\\n``) that starts at or after `pos`, as `_BLOCK.search` finds it."""
        if self._breaks is None:
            found = [(m.start(), m.end() + len(m.group(1))) for m in _BREAK_AT.finditer(self.text)]
            self._breaks = ([s for s, _ in found], [e for _, e in found])
        starts, ends = self._breaks
        k = bisect.bisect_left(starts, pos)
        return (starts[k], ends[k]) if k < len(starts) else None

    def non_space(self, pos: int) -> int:
        """The first offset at or after `pos` that is not whitespace (memoised)."""
        if pos not in self._non_space:
            i = pos
            while i < len(self.text) and self.text[i].isspace():
                i += 1
            self._non_space[pos] = i
        return self._non_space[pos]

    def sentence_end(self, start: int, limit: int) -> int:
        """Offset just after the first sentence end in ``text[start:limit]``, else `limit`."""
        if self._ends is None:
            kept = [
                (m.start(), m.end())
                for m in _SENTENCE_END.finditer(self.text)
                if not _after_abbreviation(self.text, m.start())
            ]
            self._ends = ([s for s, _ in kept], [e for _, e in kept])
        starts, ends = self._ends
        k = bisect.bisect_left(starts, start)
        if k == len(starts) or starts[k] >= limit:
            return limit
        if ends[k] <= limit:
            return ends[k]
        return _sentence_end(self.text, start, limit)  # a closing quote cut off by `limit`

    def marker(self, kind: str, value: int, pos: int) -> tuple[int, int] | None:
        """The first list marker `value` of `kind` at or after `pos`: (start, end), as
        ``_marker_regex(kind, value).search(text, pos)`` finds it."""
        label = (
            ""
            if kind == "bullet"
            else chr(ord("a") + value - 1)
            if kind == "let"
            else _ROMAN_LABEL.get(value, "")
            if kind == "rom"
            else str(value)
        )
        if kind == "let" and not "a" <= label <= "z":
            m = _marker_regex(kind, value).search(self.text, pos)
            return (m.start(), m.end()) if m is not None else None
        if kind not in self._markers:
            table: dict[str, tuple[list[int], list[int]]] = {}
            for m in _markers(kind, self.text):
                key = "" if kind == "bullet" else m.group(1)
                starts, ends = table.setdefault(key, ([], []))
                starts.append(m.start())
                ends.append(m.end())
            self._markers[kind] = table
        starts, ends = self._markers[kind].get(label, ([], []))
        k = bisect.bisect_left(starts, pos)
        return (starts[k], ends[k]) if k < len(starts) else None


def _after_abbreviation(text: str, dot: int) -> bool:
    before = text[max(0, dot - 8) : dot]
    word = re.search(r"([\w.]+)$", before)
    return word is not None and word.group(1).lower() in pat.ABBREVIATIONS


def _sentence_end(text: str, start: int, limit: int) -> int:
    """Offset just after the first sentence end in text[start:limit], else `limit`."""
    for m in _SENTENCE_END.finditer(text[start:limit]):
        if _after_abbreviation(text, start + m.start()):
            continue
        return start + m.end()
    return limit


@dataclass
class _Item:
    """One list item, met once however many lists reach it: ordinal, span, the next item."""

    ordinal: int  # 0 for a bullet
    start: int
    end: int
    next: int | None  # key (marker end) of the next item, None for the last
    count: int = 0  # items from this one to the end of its list
    taken: bool = False  # already made a candidate (a later list reaching it adds nothing)


class _Lists:
    """The enumerations of a text, parsed from their first marker on.

    Lists that share their tail (several colons before one long enumeration) share the items:
    each item is parsed once, keyed by the end of its marker, and made a candidate once (a
    later copy would overlap the first and be dropped anyway).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.index = _TextIndex(text)
        self.items: dict[int, _Item] = {}

    def parse(self, pos: int, first_value: int = 1) -> int | None:
        """Key of the first item of an enumeration starting at `pos` (after a lead's colon), numbered
        from 1 (or from `first_value`: "De aanbevelingen 4 tot en met 6 …: 4. …; 5. …")."""
        text = self.text
        k = pos
        while k < len(text) and text[k] in " \t\n":
            k += 1
        m = pat.LIST_MARKER.match(text, k)
        if m is None:
            return None
        lv = _label_value(m)
        if lv is None or (lv[0] != "bullet" and lv[1] not in (1, first_value)):
            return None
        kind, value = lv
        key = m.end()
        chain: list[int] = []
        while key not in self.items:
            nxt = self.index.marker(kind, value + 1, key)
            if nxt is not None:
                brk = self.index.blank_line(key)  # a blank line with text after it ends the list
                if brk is not None and brk[0] < nxt[0] and self.index.non_space(brk[1]) < nxt[0]:
                    nxt = None
            ordinal = 0 if kind == "bullet" else value  # bullets: numbered by position in `ordered`
            if nxt is None:
                brk = self.index.blank_line(key)
                limit = brk[0] if brk is not None else len(text)
                s, e = _trim_item(text, key, self.index.sentence_end(key, limit))
                self.items[key] = _Item(ordinal, s, e, None)
                chain.append(key)
                break
            s, e = _trim_item(text, key, nxt[0])
            self.items[key] = _Item(ordinal, s, e, nxt[1])
            chain.append(key)
            key = nxt[1]
            value += 1
        following = self.items[key].count if key not in chain else 0
        for k2 in reversed(chain):
            item = self.items[k2]
            following += item.end > item.start
            item.count = following
        return m.end()

    def ordered(self, first: int, *, take: bool = True) -> list[tuple[int, int, int]]:
        """The items (ordinal, start, end) of the list starting at `first`, up to the first one
        already taken; bullets are numbered by their position. Marks them taken unless `take` is
        false (a look before deciding)."""
        out: list[tuple[int, int, int]] = []
        key: int | None = first
        position = 0
        while key is not None:
            item = self.items[key]
            if item.taken:
                break
            item.taken = take
            if item.end > item.start:
                position += 1
                out.append((item.ordinal or position, item.start, item.end))
            key = item.next
        return out

    def first_item(self, first: int) -> tuple[int, int] | None:
        """(start, end) of the first non-empty item of the list starting at `first`."""
        key: int | None = first
        while key is not None:
            item = self.items[key]
            if item.end > item.start:
                return item.start, item.end
            key = item.next
        return None


_BLOCK = re.compile(r"\n[ \t]*\n")
_COLON = re.compile(r":")


def _span_at(spans: list[tuple[int, int]], starts: list[int], pos: int) -> tuple[int, int] | None:
    """The first span (start, end) with ``start <= pos <= end``; spans are sorted and disjoint."""
    k = bisect.bisect_right(starts, pos) - 1
    for j in (k - 1, k):
        if 0 <= j < len(spans) and spans[j][0] <= pos < spans[j][1] + 1:
            return spans[j]
    return None


def _loose_lead(
    text: str,
    spans: list[tuple[int, int]],
    starts: list[int],
    span: tuple[int, int],
    lists: _Lists,
    first: int,
) -> bool:
    """Whether a list whose colon sentence names no recommendations still lists them: the sentence
    before it mentions recommendations, the colon sentence announces nothing else (measures, topics),
    and every item reads as a recommendation."""
    k = bisect.bisect_left(starts, span[0])
    if k == 0:
        return False
    ps, pe = spans[k - 1]
    if not forms.mentions_recommendations(text[ps:pe]) or forms.announces_other(text[span[0] : span[1]]):
        return False
    items = lists.ordered(first, take=False)
    return len(items) >= 2 and all(forms.is_recommendation_shaped(text[s:e]) for _, s, e in items)


def _lists(
    text: str,
    spans: list[tuple[int, int]],
    headings: Sequence[tuple[str, int, int]],
    ctx: _Context,
    lists: _Lists,
) -> list[_Cand]:
    """Candidates from numbered lists after a lead about recommendations."""
    out: list[_Cand] = []
    starts = [s for s, _ in spans]
    for m in _COLON.finditer(text):
        # a lead naming a later range continues the numbering: "De aanbevelingen 4 tot en met 6 …:"
        span = _span_at(spans, starts, m.start())
        ranged = pat.LEAD_RANGE.search(text, span[0], m.start()) if span is not None else None
        first = lists.parse(m.end(), int(ranged.group("first")) if ranged is not None else 1)
        if first is None or lists.items[first].count == 0:
            continue
        span = _span_at(spans, starts, m.start())
        if span is None:
            continue
        lead_s, _ = _strip_markup(text, span[0], m.end())
        if m.start() - lead_s > pat.MAX_LEAD_CHARS:
            continue  # running text, not a lead
        lead = text[lead_s : m.start()]
        named = pat.RECOMMENDATION_NOUN.search(lead) is not None
        strong = pat.LIST_LEAD_TRIGGER.search(lead) is not None and not (
            (_FIRST_PERSON.search(lead) or pat.GOVERNMENT_SUBJECT.match(lead)) and not named
        )
        # A loose lead: "De aanbevelingen van beide adviezen overlappen. Ik heb ze samengevoegd tot
        # één lijst:" — the sentence before names them, and every item is imperative.
        if not strong and not _loose_lead(text, spans, starts, span, lists, first):
            continue
        if forms.announces_other(lead):
            continue  # "… neemt het kabinet de volgende maatregelen:", "… stellen de volgende vragen:"
        first_item = lists.first_item(first)
        assert first_item is not None
        if lists.items[first].count < 2 and "\n" not in text[m.end() : first_item[0]]:
            continue  # a single inline "1)" is too weak
        before = named_before(text, spans, lead_s, lead) or _paragraph_body(text, spans, lead_s, lead, ctx)
        if before:
            # "De ACM stelt vast dat …. Zij doet twee aanbevelingen: 1. …": the body of the sentence before, not
            # one named earlier in the letter
            ctx.previous = before
        by, np_span = _recommenders(lead, lead, ctx)
        to = _addressee(lead, np_span, head_only=False)
        for ordinal, s, e in lists.ordered(first):
            e, src = forms.item_source(text, s, e)  # "… vast (Rli, TCB)": a merged list of two reports
            out.append(_Cand(ordinal, s, e, priority=2, by=by, to=to, to_from_text=to is None, source=src))
        ctx.previous = by
    heading_spans = list(headings)
    for hm in _lines(pat.RECOMMENDATIONS_CHAPTER, text):
        heading_spans.append((hm.group().strip(" #*\t"), hm.start(), hm.end()))
    for title, _hs, he in heading_spans:
        if not re.search(r"\baanbevelingen\b", title, re.IGNORECASE):
            continue
        first = lists.parse(he)
        if first is None:
            continue
        by = list(ctx.report_orgs)
        for ordinal, s, e in lists.ordered(first):
            out.append(_Cand(ordinal, s, e, priority=2, by=by, to=None, to_from_text=True))
    return out


def _paragraph_body(
    text: str, spans: list[tuple[int, int]], lead_s: int, lead: str, ctx: _Context
) -> list[str]:
    """For a lead opening with a pronoun ("Zij doen drie aanbevelingen:") after sentences on "de onderzoekers", the
    report body the paragraph opened with ("Terwolde Beleidsonderzoek is positiever over de regeling. … De onderzoekers
    zien wel …"); else empty."""
    words = lead.split(maxsplit=1)
    if not words or words[0].lower() not in pat.PRONOUNS:
        return []
    para = text.rfind("\n\n", 0, lead_s) + 2 if "\n\n" in text[:lead_s] else 0
    if not text[para:lead_s].strip() and para >= 2:
        # the lead opens its paragraph: the paragraph before it ("Terwolde … is positiever …" / "Zij doen …:")
        para = text.rfind("\n\n", 0, para - 2) + 2 if "\n\n" in text[: para - 2] else 0
    for a, _b in spans:
        if a < para or a >= lead_s:
            continue
        raw, _end = read_names(text[a:_b], 0)
        names = ctx.resolve(raw) if raw else []
        if names and all(n in ctx.report_orgs for n in names):
            return names
        break  # only the paragraph's first sentence names the body this way
    return []


class _Containment:
    """Whether an offset lies in one of a set of (start, end) spans, by bisection."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.reach: list[int] = []  # the furthest end among the spans up to each one
        furthest = -1
        for _, e in ordered:
            furthest = max(furthest, e)
            self.reach.append(furthest)

    def holds(self, pos: int) -> bool:
        """Whether some span has ``start <= pos < end``."""
        k = bisect.bisect_right(self.starts, pos) - 1
        return k >= 0 and self.reach[k] > pos

    def starts_in(self, lo: int, hi: int) -> bool:
        """Whether some span starts in ``[lo, hi)``."""
        k = bisect.bisect_left(self.starts, lo)
        return k < len(self.starts) and self.starts[k] < hi
