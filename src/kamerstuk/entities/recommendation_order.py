"""Candidates of `kamerstuk.entities.recommendations.find_recommendations` and what is decided
once all are found: which prose after a numbered list comes from another recommender, the report
each recommendation comes from (`Recommendation.report`), and the order of the ids.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from kamerstuk.entities.recommenders import Context, introduced_names
from kamerstuk.entities.report import read_names
from kamerstuk.patterns import recommendations as pat

__all__ = ["Cand", "attach_sources", "default_source", "named", "order_key", "other_recommenders"]


@dataclass
class Cand:
    """A recommendation found, before overlaps are resolved and ids given."""

    ordinal: int | None
    start: int
    end: int
    priority: int  # lower wins when two candidates overlap
    by: list[str] = field(default_factory=list)
    to: str | None = None
    to_from_text: bool = False  # when `to` is None: the addressee named in the candidate's own text
    source: str | None = None  # the report the letter names for it ("ICER"), see Recommendation.report
    explanation: tuple[int, int] | None = None  # the paragraph(s) explaining a list item
    code: str | None = None  # the report's own label: "R3", "B1", "4.1" (see Recommendation.code)
    recalled: bool = (
        False  # restated inside the answer to it ("De vierde aanbeveling, om …, neem ik niet over")
    )


def _named_in(name: str, text: str) -> bool:
    """Whether `text` names the body `name`, in full or by its last word when that is a name of its own
    ("Arbeidsinspectie" for "Nederlandse Arbeidsinspectie"; round 60)."""
    if name in text:
        return True
    last = name.split()[-1] if " " in name else ""
    return len(last) >= 5 and last[:1].isupper() and re.search(rf"\b{re.escape(last)}\b", text) is not None


def other_recommenders(
    text: str, numbered: list[Cand], prose: list[Cand], *, after: bool = True
) -> list[Cand]:
    """The prose candidates after all numbered ones (or, with ``after=False``, before them) that
    come from another recommender: a named recommender none of the numbered ones has (or the
    pronoun continuing such a sentence), and a text that does not restate a numbered one."""
    from rapidfuzz import fuzz

    # (not an unnumbered copy inside a numbered one: the quote of "De eerste aanbeveling luidt: «…»" read again by
    # the inline-quote reader, its recommender guessed from the letter's last lead)
    ordinal_spans = [(c.start, c.end) for c in numbered if c.ordinal is not None]
    basis = [
        c for c in numbered if c.ordinal is not None or not any(a <= c.start < b for a, b in ordinal_spans)
    ]
    known = {b.lower() for c in basis for b in c.by} | {(c.source or "").lower() for c in basis}
    known.discard("")
    last = max((c.end for c in numbered if c.ordinal is not None), default=0)
    # numbered ones that carry every body of the letter's two reports (none says whose they are): prose of one of those
    # bodies after them, with only that body named since ("Bureau X onderzocht … ¶ De onderzoekers bevelen aan …"), is
    # the second report's (round 47)
    shared_by = (
        basis[0].by if basis and len(basis[0].by) > 1 and all(c.by == basis[0].by for c in basis) else []
    )
    out: list[Cand] = []
    for c in prose:
        if after and c.start < last:
            continue
        body = text[c.start : c.end]
        # (also one taken here before: "De aanbeveling van het RIVM om de controle … te intensiveren, is
        # al staand beleid" recalls the RIVM's own sentence above it)
        restates = any(fuzz.partial_ratio(body, text[n.start : n.end]) >= 80 for n in numbered) or any(
            max(
                fuzz.partial_ratio(body, text[o.start : o.end]),
                fuzz.token_set_ratio(body, text[o.start : o.end]),
            )
            >= 80
            for o in out
        )
        other = bool(c.by) and not any(b.lower() in known or any(b.lower() in k for k in known) for b in c.by)
        if not other and after and shared_by and len(c.by) == 1 and c.by[0] in shared_by:
            since = text[last : c.start]
            other = _named_in(c.by[0], since) and not any(
                _named_in(b, since) for b in shared_by if b != c.by[0]
            )
        # the next recommendation in the same paragraph as one taken ("Daarnaast adviseert zij …")
        continuing = bool(out) and text.count("\n\n", out[-1].end, c.start) == 0
        addressed = pat.ADDRESSED_PROSE.match(body) is not None  # "Aan de sector beveelt de raad aan …"
        # "Daarnaast vraagt de ombudsman mij om …" after a list to an agency
        addressed = addressed or (
            pat.TO_GOVERNMENT_PROSE.match(body) is not None
            and not any(n.to and pat.GOVERNMENT_ADDRESSEE.search(n.to) for n in numbered)
        )
        # "Tot slot verzoeken de initiatiefnemers …" after the numbered ones closes their series: the last
        closing = after and pat.CLOSING_OPENER.match(body) is not None
        # "Ook vraagt de raad om …" opening a paragraph of its own after the numbered ones and their answers: the
        # series goes on (as "Ten slotte …" closes it; round 47)
        para_start = text.rfind("\n\n", 0, c.start) + 2 if "\n\n" in text[: c.start] else 0
        next_in_series = (
            after
            and not text[para_start : c.start].strip("*_ \n")
            and (pat.CONTINUING_OPENER.match(body) is not None or pat.MIDDLE_OPENER.match(body) is not None)
        )
        # "De onderzoekers doen twee aanbevelingen. Volgens hen …" after the raad's numbered list: a
        # second report's, announced in the candidate's own paragraph
        para = text.rfind("\n\n", 0, c.start) + 2 if "\n\n" in text[: c.start] else 0
        announced = after and pat.GENERIC_ANNOUNCEMENT.match(text, para, c.start) is not None
        # "Het KiM doet twee aanbevelingen. Het adviseert om …" after the PBL's: a body none of the
        # numbered ones has announces its own, in the candidate's paragraph; they are that body's
        body_named = pat.NAMED_ANNOUNCEMENT.match(text, para, c.start) if after else None
        newcomer = body_named is not None and body_named.group("body").lower() not in known
        if not restates and (
            other or continuing or addressed or closing or next_in_series or announced or newcomer
        ):
            if newcomer and body_named is not None and not other:
                c.by, c.source = [body_named.group("body")], body_named.group("body")
            elif continuing and not other and out:  # "zij" is the recommender of the one before
                c.by, c.source = list(out[-1].by), out[-1].source
            out.append(c)
    return out


def named(by: list[str]) -> str | None:
    """The recommenders that are names, joined ("SER en PBL"); generic nouns ("onderzoekers",
    "raad") name no one and give None."""
    named = [b for b in by if b[:1].isupper()]
    return " en ".join(named) if named else None


def default_source(text: str) -> tuple[list[str], str | None]:
    """Recommenders and report for a recommendation that comes without them (a caller's list, a
    report's items that name no author): the organisations of the report the letter answers, and
    as its report the bodies among them (a full name and its short form are one body: "Algemene
    Rekenkamer", "SER en PBL"), else the report's title. ``([], None)`` when the letter names no report."""
    ctx = Context(text)
    bodies: list[str] = []
    for o in ctx.report_orgs:
        if all(ctx.body_key(o) != ctx.body_key(b) for b in bodies):
            bodies.append(o)
    return list(ctx.report_orgs), named(bodies) or ctx.report_title


def attach_sources(text: str, kept: list[Cand], ctx: Context, heading_starts: Sequence[int] = ()) -> None:
    """Fill `source` where the candidate has none: the report named by the heading line above it
    ("Reactie op het advies van de Rli"), else the recommenders named in its own sentence, else
    the title of the report the letter answers, else its organisations."""
    headings = [(m.start(), _heading_source(m.group("src"))) for m in pat.SOURCE_HEADING.finditer(text)]
    # every Markdown heading ends the section of the one before: under "### 2. De monitor" the "1. Het advies van de Rob"
    # above it no longer names the source
    # (the letter's section headings, `heading_starts`, or Markdown headings in the text)
    any_heading = sorted({*heading_starts, *(m.start() for m in pat.MARKDOWN_HEADING.finditer(text))})
    starts = [h for h, _ in headings]
    # the short forms the letter introduced after a full name, "… Research (WUR)" -> its full name
    short_of_named = {short: full for full, short in introduced_names(text)}
    for c in kept:
        if c.source is not None and " " not in c.source:  # "Afdeling" → the full name introduced
            c.source = ctx.introduced(c.source) or c.source
        # a generic recommender ("de evaluatoren") stands for all the report's organisations: the
        # heading above ("De evaluatie door X") says which one
        # (also one body that the candidate's own text does not name: "adviseren zij" under "De
        # evaluatie van WEcR", when the report sentence named only the Rli)
        generic = (
            bool(c.by)
            and c.by == ctx.report_orgs
            and (len(c.by) > 1 or not any(n in text[c.start : c.end] for n in c.by))
        )
        if c.source is not None and not generic:
            continue
        k = bisect.bisect_right(starts, c.start) - 1
        heading = headings[k][1] if k >= 0 else None
        if k >= 0:
            j = bisect.bisect_right(any_heading, c.start) - 1
            line_end = text.find("\n", headings[k][0])
            if j >= 0 and line_end != -1 and any_heading[j] > line_end:
                heading = None  # another heading came after it, before the candidate
        own = named(c.by) if len(c.by) == 1 and c.by[0] in ctx.report_orgs else None
        if heading and own is not None and not generic and ctx.body_key(own) != ctx.body_key(heading):
            # "De NZa adviseert …" under a heading that named the other report: its own sentence says
            heading = None
        if heading:
            c.source = (ctx.introduced(heading) if " " not in heading else None) or heading
            if generic:  # "Zij doen twee aanbevelingen" under "De evaluatie van het Nivel"
                c.by = [c.source]
        else:
            if generic:
                # one name per body: "de onderzoekers" of the "Kennisinstituut voor Mobiliteitsbeleid (KiM)",
                # the report's one body, are that body once (not its full name and its short form as two)
                once = [
                    n for k, n in enumerate(c.by) if all(ctx.body_key(n) != ctx.body_key(m) for m in c.by[:k])
                ]
                if len(once) == 1:
                    c.by, c.source = once, named(once)
            # the recommender its own sentence names ("De Rekenkamer beveelt mij aan:") tells two
            # reports apart; the title of the report the letter answers cannot
            # (one name per body: "Wageningen Social & Economic Research (WUR)" is one recommender, not two; round 57)
            once = [n for n in c.by if n not in short_of_named or short_of_named[n] not in c.by]
            c.source = c.source or named(once) or ctx.report_title or _counting_body(text, c.start)
    # one name per body in a letter: "RVS" after "Raad voor Volksgezondheid & Samenleving (RVS)"
    # takes the form the letter used first, so the two do not read as two reports
    first_form: dict[str, str] = {}
    for c in sorted(kept, key=lambda c: c.start):
        if c.source is not None:
            c.source = first_form.setdefault(ctx.body_key(c.source), c.source)


def _counting_body(text: str, start: int) -> str | None:
    """The body that opens the last lead counting recommendations before `start` (`COUNTED_LEAD`): "De
    Arbeidsinspectie doet drie aanbevelingen aan het kabinet." before "Aanbeveling 1: Verbied …" in a letter on two
    reports (round 59); None for a generic subject ("De onderzoekers") or none such lead."""
    lead = None
    for m in pat.COUNTED_LEAD.finditer(text, max(0, start - 2000), start):
        lead = m
    if lead is None:
        return None
    opening = max(text.rfind(". ", 0, lead.start()), text.rfind("\n", 0, lead.start())) + 1
    names, _ = read_names(text[opening : lead.start()].strip(), 0)
    bare = [pat.ARTICLE.sub("", n).strip() for n in names]
    # (a name, not a pronoun opening the sentence: "Zij doet drie aanbevelingen")
    bare = [n for n in bare if n[:1].isupper() and n.lower() not in pat.LEAD_PRONOUNS]
    return bare[0] if len(bare) == 1 else None


def _heading_source(raw: str) -> str | None:
    """ "het advies van de Rli" → "Rli"; "de ICER" → "ICER"."""
    raw = raw.strip()
    cut = max(
        raw.rfind(" van ") + 5 if " van " in raw else 0, raw.rfind(" door ") + 6 if " door " in raw else 0
    )
    names, _ = read_names(raw, cut)
    bare = [pat.ARTICLE.sub("", n).strip() for n in names]
    bare = [n for n in bare if n[:1].isupper()]  # "het rapport" names no report
    # ("2. De evaluatie van de Regeling sportdeelname jeugd": what was evaluated, not who did it)
    bare = [n for n in bare if not pat.INSTRUMENT_NAME.match(n)]
    return " en ".join(bare) if bare else None


def order_key(kept: list[Cand]) -> Callable[[Cand], tuple[int, bool, int, int]]:
    """Ids follow the ordinal; when two reports' recommendations are numbered each from 1, they
    are grouped by report (in order of first appearance), then ordered by ordinal."""
    groups: dict[str | None, int] = {}
    for c in sorted(kept, key=lambda c: c.start):
        groups.setdefault(c.source, len(groups))
    sources_of: dict[int, set[str | None]] = {}
    for c in kept:
        if c.ordinal is not None:
            sources_of.setdefault(c.ordinal, set()).add(c.source)
    clash = any(len(srcs) > 1 for srcs in sources_of.values())
    # two reports, the first restated in prose (no numbers) before the second's numbered ones ("De IGJ
    # beveelt … aan. Daarnaast roept zij … op." under the IGJ's heading, then "De NZa adviseert in de
    # eerste plaats …"): the first report's come first
    first_numbered = min((c.start for c in kept if c.ordinal is not None), default=None)
    numbered_sources = {c.source for c in kept if c.ordinal is not None}
    prose_first = first_numbered is not None and any(
        c.ordinal is None
        and c.source is not None
        and c.source not in numbered_sources
        and c.start < first_numbered
        for c in kept
    )
    if not clash and not prose_first:
        return lambda c: (0, c.ordinal is None, c.ordinal or 0, c.start)
    return lambda c: (groups[c.source], c.ordinal is None, c.ordinal or 0, c.start)
