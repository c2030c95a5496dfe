"""Recommendations (aanbevelingen) of the report a letter responds to, as restated in the letter.

Pure functions over text with offsets; no spaCy. Recognised forms (see docs/recommendations.md):

* ordinal sentences: "Ten eerste wordt aanbevolen …", "Ten tweede bevelen X en Y aan …",
  "De eerste aanbeveling luidt …", "Als tweede aanbeveling noemt de Raad …", "Tot slot …";
* numbered lists after a lead about recommendations: "De onderzoekers doen de volgende
  aanbevelingen: 1. … 2. …" (items on their own lines or inline "1) … 2) …", "a. … b. …");
* "Aanbeveling 3: …" / "Aanbeveling 3 – …" headings (given or found as lines) and inline labels.

`by` holds organisation names without their article, in their "(hierna: X)" short form when
the text gives one ("CKM", "Lumens"). Generic recommenders ("de onderzoekers", "het rapport",
"zij") resolve to the organisations of the report the letter answers (`find_report`) when it
names them, else to the bare noun ("onderzoekers"). `to` keeps its article, as written:
"de Staatssecretaris van Volksgezondheid, Welzijn en Sport".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from kamerstuk.entities.report import collect_aliases, find_report, normalize_org, read_names, sentence_spans
from kamerstuk.models import Recommendation
from kamerstuk.patterns import recommendations as pat

__all__ = ["find_recommendations"]


@dataclass
class _Cand:
    ordinal: int | None
    start: int
    end: int
    priority: int  # lower wins when two candidates overlap
    by: list[str] = field(default_factory=list)
    to: str | None = None


_HEAD_END = re.compile(r"\s(?:om|te|dat|tot|zodat)\s|:|\s(?:het|de)\s+volgende\b")
_FIRST_PERSON = re.compile(r"\b(?:ik|wij|we|mijn|onze|ons)\b", re.IGNORECASE)


def _strip_markup(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span past surrounding whitespace and Markdown emphasis."""
    while start < end and text[start] in " \t\n*_":
        start += 1
    while end > start and text[end - 1] in " \t\n*_":
        end -= 1
    return start, end


def _trim_item(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim an enumerated item: trailing ";", "," and a dangling " en" / " of" / " en/of"."""
    start, end = _strip_markup(text, start, end)
    while True:
        seg = text[start:end]
        m = re.search(r"(?:[;,]|\s+(?:en|of|en/of))\s*$", seg)
        if m is None or m.start() == 0:
            break
        end = start + m.start()
        start, end = _strip_markup(text, start, end)
    return start, end


class _Context:
    """Recommenders known from the letter: report organisations and "(hierna: X)" aliases."""

    def __init__(self, text: str) -> None:
        report = find_report(text)
        self.report_orgs: list[str] = list(report.organisations) if report else []
        self.aliases = collect_aliases(text)
        self.previous: list[str] = []

    def resolve(self, raw_names: list[str]) -> list[str]:
        out: list[str] = []
        for raw in raw_names:
            bare = pat.ARTICLE.sub("", raw).strip()
            low = bare.lower()
            if low in pat.PRONOUNS:
                names = self.previous or self.report_orgs
            elif bare in pat.REPORT_NOUNS or bare in pat.RECOMMENDER_NOUNS:  # written lower-case: generic
                names = self.report_orgs or [low]
            else:
                names = [normalize_org(raw, self.aliases)]
            for n in names:
                if n and n not in out:
                    out.append(n)
        return out


def _recommenders(sentence: str, body: str, ctx: _Context) -> tuple[list[str], tuple[int, int] | None]:
    """Who recommends in `sentence`; `body` is the sentence after its ordinal opener.

    Returns the names and the span (in `sentence`) of the noun phrase they came from.
    """
    offset = len(sentence) - len(body)
    inv = pat.INVERTED_VERB.match(body)
    if inv is not None:
        raw, end = read_names(body, inv.end())
        if raw:
            return ctx.resolve(raw), (offset + inv.end(), offset + end)
    agent = pat.PASSIVE_AGENT.search(sentence)
    if agent is not None:
        raw, end = read_names(sentence, agent.start("np"))
        if raw:
            return ctx.resolve(raw), (agent.start("np"), end)
    subj = pat.SUBJECT_FIRST.match(body)
    if subj is not None and not pat.GOVERNMENT_SUBJECT.match(body):
        raw, end = read_names(body, 0)
        if raw and end <= subj.end("np") + 1:
            return ctx.resolve(raw), (offset, offset + end)
    of = pat.OF_AGENT.search(sentence)
    if of is not None:
        raw, end = read_names(sentence, of.start("np"))
        if raw:
            return ctx.resolve(raw), (of.start("np"), end)
    return list(ctx.previous or ctx.report_orgs), None


def _addressee(sentence: str, skip: tuple[int, int] | None, *, head_only: bool = True) -> str | None:
    """The addressee named in the head of `sentence` (before "om", "te", "dat", ":").

    With `head_only=False` (list leads) the whole sentence is searched.
    """
    head_end = len(sentence)
    for m in _HEAD_END.finditer(sentence) if head_only else ():
        if skip is None or m.start() >= skip[1]:
            head_end = m.start()
            break
    for m in pat.ADDRESSEE.finditer(sentence, 0, head_end):
        if skip is not None and m.start() < skip[1] and m.end() > skip[0]:
            continue
        return m.group().strip()
    return None


def _is_government_reaction(body: str) -> bool:
    return bool(pat.GOVERNMENT_SUBJECT.match(body)) and not pat.RECOMMENDATION_NOUN.search(body)


def _ordinal_sentences(text: str, spans: list[tuple[int, int]], ctx: _Context) -> list[_Cand]:
    """Candidates from "Ten eerste …", "De tweede aanbeveling luidt …", "Tot slot …" sentences."""
    out: list[_Cand] = []
    last = 0
    for s0, e0 in spans:
        s, e = _strip_markup(text, s0, e0)
        sentence = text[s:e]
        ordinal: int | None = None
        body = sentence
        m = pat.ORDINAL_OPENER.match(sentence)
        if m is not None:
            ordinal = pat.ORDINAL_WORDS[m.group("ord").lower()] if m.group("ord") else 1
            body = sentence[m.end() :]
            if not pat.RECOMMENDATION_TRIGGER.search(body) or _is_government_reaction(body):
                continue
        elif (m := pat.CLOSING_OPENER.match(sentence)) is not None:
            if last == 0:
                continue
            body = sentence[m.end() :]
            if not pat.RECOMMENDATION_TRIGGER.search(body) or _is_government_reaction(body):
                continue
            ordinal = last + 1
        elif (m := pat.ORDINAL_NOUN_OPENER.match(sentence)) is not None or (
            m := pat.ORDINAL_AS_OPENER.match(sentence)
        ) is not None:
            ordinal = pat.ORDINAL_WORDS[m.group("ord").lower()]
            body = sentence[m.end() :]
        else:
            continue
        by, np_span = _recommenders(sentence, body, ctx)
        to = _addressee(sentence, np_span)
        out.append(_Cand(ordinal, s, e, priority=3, by=by, to=to))
        ctx.previous = by
        last = max(last, ordinal)
    return out


def _label_value(m: re.Match[str]) -> tuple[str, int] | None:
    """(kind, value) of a LIST_MARKER match: ("num", 2), ("let", 2) for "b.", ("bullet", 0)."""
    if m.group("num"):
        return "num", int(m.group("num"))
    if m.group("rnum"):
        return "rnum", int(m.group("rnum"))
    if m.group("let"):
        return "let", ord(m.group("let")) - ord("a") + 1
    if m.group("bullet"):
        return "bullet", 0
    return None


def _marker_regex(kind: str, value: int) -> re.Pattern[str]:
    if kind == "num":
        label = rf"{value}(?:\)\.|[.):])"
    elif kind == "rnum":
        label = rf"R{value}[.):]?"
    elif kind == "let":
        label = rf"{chr(ord('a') + value - 1)}[.)]"
    else:
        return re.compile(r"(?m)^[ \t]*[-•–▪][ \t]+")
    return re.compile(rf"(?<!\S)\*{{0,2}}{label}\*{{0,2}}[ \t]+")


def _sentence_end(text: str, start: int, limit: int) -> int:
    """Offset just after the first sentence end in text[start:limit], else `limit`."""
    for m in re.finditer(r"[.!?][\"»”’)]*(?=\s|$)", text[start:limit]):
        before = text[max(0, start + m.start() - 8) : start + m.start()]
        word = re.search(r"([\w.]+)$", before)
        if word is not None and word.group(1).lower() in pat.ABBREVIATIONS:
            continue
        return start + m.end()
    return limit


def _parse_list(text: str, pos: int) -> list[tuple[int, int, int]]:
    """Items (ordinal, start, end) of an enumeration starting at `pos` (after a lead's colon)."""
    k = pos
    while k < len(text) and text[k] in " \t\n":
        k += 1
    m = pat.LIST_MARKER.match(text, k)
    if m is None:
        return []
    lv = _label_value(m)
    if lv is None or (lv[0] != "bullet" and lv[1] != 1):
        return []
    kind, value = lv
    items: list[tuple[int, int, int]] = []
    para_end = _BLOCK.search(text, m.end())
    while True:
        istart = m.end()
        nxt_re = _marker_regex(kind, value + 1)
        nm = nxt_re.search(text, istart)
        if nm is not None:
            gap = text[istart : nm.start()].rstrip()
            if _BLOCK.search(gap) or (
                kind == "bullet" and "\n" in text[istart : nm.start()].strip() and False
            ):
                nm = None
        ordinal = value if kind != "bullet" else len(items) + 1
        if nm is None:
            limit = para_end.start() if para_end is not None and para_end.start() > istart else len(text)
            bm = _BLOCK.search(text, istart)
            if bm is not None:
                limit = bm.start()
            iend = _sentence_end(text, istart, limit)
            s, e = _trim_item(text, istart, iend)
            if e > s:
                items.append((ordinal, s, e))
            break
        s, e = _trim_item(text, istart, nm.start())
        if e > s:
            items.append((ordinal, s, e))
        m = nm
        value += 1
    return items


_BLOCK = re.compile(r"\n[ \t]*\n")
_COLON = re.compile(r":")


def _lists(
    text: str,
    spans: list[tuple[int, int]],
    headings: Sequence[tuple[str, int, int]],
    ctx: _Context,
) -> list[_Cand]:
    """Candidates from numbered lists after a lead about recommendations."""
    out: list[_Cand] = []
    for m in _COLON.finditer(text):
        items = _parse_list(text, m.end())
        if not items:
            continue
        span = next(((s, e) for s, e in spans if s <= m.start() < e + 1), None)
        if span is None:
            continue
        lead_s, _ = _strip_markup(text, span[0], m.end())
        lead = text[lead_s : m.start()]
        if not pat.LIST_LEAD_TRIGGER.search(lead):
            continue
        if _FIRST_PERSON.search(lead) and not pat.RECOMMENDATION_NOUN.search(lead):
            continue
        if pat.GOVERNMENT_SUBJECT.match(lead) and not pat.RECOMMENDATION_NOUN.search(lead):
            continue
        if len(items) < 2 and "\n" not in text[m.end() : items[0][1]]:
            continue  # a single inline "1)" is too weak
        by, np_span = _recommenders(lead, lead, ctx)
        to = _addressee(lead, np_span, head_only=False)
        for ordinal, s, e in items:
            out.append(_Cand(ordinal, s, e, priority=2, by=by, to=to or _addressee(text[s:e], None)))
        ctx.previous = by
    heading_spans = list(headings)
    for hm in pat.RECOMMENDATIONS_CHAPTER.finditer(text):
        heading_spans.append((hm.group().strip(" #*\t"), hm.start(), hm.end()))
    for title, _hs, he in heading_spans:
        if not re.search(r"\baanbevelingen\b", title, re.IGNORECASE):
            continue
        items = _parse_list(text, he)
        by = list(ctx.report_orgs)
        for ordinal, s, e in items:
            out.append(_Cand(ordinal, s, e, priority=2, by=by, to=_addressee(text[s:e], None)))
    return out


def _headings(text: str, headings: Sequence[tuple[str, int, int]], ctx: _Context) -> list[_Cand]:
    """Candidates from "Aanbeveling 3: …" headings and inline labels."""
    out: list[_Cand] = []
    line_spans: list[tuple[int, int]] = []
    found: list[tuple[int, int, int, int]] = []  # ordinal, heading start, heading end, rest start or -1
    for title, hs, he in headings:
        m = pat.RECOMMENDATION_HEADING.match(title.strip())
        if m is None:
            continue
        rest = (m.group("rest") or "").strip(" *")
        idx = text.find(rest, hs, max(he, hs + len(title) + 10)) if rest else -1
        found.append((int(m.group("num")), hs, he, idx))
        line_spans.append((hs, he))
    for m in pat.RECOMMENDATION_HEADING.finditer(text):
        if any(hs <= m.start() < he or m.start() <= hs < m.end() for hs, he in line_spans):
            continue
        rest_start = m.start("rest") if m.group("rest") else -1
        found.append((int(m.group("num")), m.start(), m.end(), rest_start))
        line_spans.append((m.start(), m.end()))
    for ordinal, hs, he, rest_start in found:
        if rest_start >= 0:
            s, e = _strip_markup(text, rest_start, max(he, rest_start))
            line_end = text.find("\n", rest_start)
            if line_end != -1 and line_end < e:
                e = line_end
            s, e = _strip_markup(text, s, e)
        else:
            k = he
            while k < len(text) and text[k] in " \t\n":
                k += 1
            bm = _BLOCK.search(text, k)
            block_end = bm.start() if bm is not None else len(text)
            s, e = _strip_markup(text, k, block_end)
            following = text[s:e]
            if (
                not following
                or pat.RECOMMENDATION_HEADING.match(following)
                or _is_government_reaction(following)
                or _FIRST_PERSON.match(following)
            ):
                s, e = _strip_markup(text, hs, he)
        if e <= s:
            continue
        out.append(_Cand(ordinal, s, e, priority=1, by=list(ctx.report_orgs), to=_addressee(text[s:e], None)))
    for m in pat.RECOMMENDATION_INLINE.finditer(text):
        if any(hs <= m.start() < he for hs, he in line_spans):
            continue
        line_end = text.find("\n", m.end())
        limit = line_end if line_end != -1 else len(text)
        s, e = _strip_markup(text, m.end(), _sentence_end(text, m.end(), limit))
        if e > s:
            out.append(
                _Cand(
                    int(m.group("num")),
                    s,
                    e,
                    priority=1,
                    by=list(ctx.report_orgs),
                    to=_addressee(text[s:e], None),
                )
            )
    return out


def _paragraph_of(start: int, paragraphs: Sequence[tuple[str, int, int]] | None) -> str | None:
    if not paragraphs:
        return None
    for pid, ps, pe in paragraphs:
        if ps <= start < pe:
            return pid
    return None


def find_recommendations(
    text: str,
    paragraphs: Sequence[tuple[str, int, int]] | None = None,
    headings: Sequence[tuple[str, int, int]] | None = None,
) -> list[Recommendation]:
    """Find the recommendations of the report a letter responds to, as the letter restates them.

    `paragraphs` are (id, start, end) spans of `text` used to fill `Recommendation.paragraph`;
    `headings` are (title, start, end) spans of headings in `text` ("Aanbeveling 3 – …").
    Each result has `text == text[start:end]` (the restating sentence, list item or heading
    text), an `ordinal`, `by` (recommenders without article, short forms where introduced)
    and `to` (addressee as written, when named). Ids "r1", "r2", … follow ordinal order
    (ties and unnumbered items by position). Enumerations of the government's own measures
    and "Ten eerste" sentences without a recommendation verb or noun are not recommendations.
    """
    ctx = _Context(text)
    spans = sentence_spans(text)
    cands = [*_headings(text, headings or (), ctx), *_lists(text, spans, headings or (), ctx)]
    cands.extend(_ordinal_sentences(text, spans, ctx))
    kept: list[_Cand] = []
    for c in sorted(cands, key=lambda c: (c.priority, c.start)):
        if any(c.start < k.end and k.start < c.end for k in kept):
            continue
        kept.append(c)
    kept.sort(key=lambda c: (c.ordinal is None, c.ordinal or 0, c.start))
    return [
        Recommendation(
            id=f"r{i}",
            ordinal=c.ordinal,
            text=text[c.start : c.end],
            start=c.start,
            end=c.end,
            paragraph=_paragraph_of(c.start, paragraphs),
            by=c.by,
            to=c.to,
        )
        for i, c in enumerate(kept, start=1)
    ]
