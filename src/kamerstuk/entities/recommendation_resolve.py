"""Deciding among the candidate recommendations of `kamerstuk.entities.recommendations`: overlaps
by priority, the same recommendation found twice (a heading "Aanbeveling 2: …" and the sentence under
it, a recall inside its answer), and prose that a numbered series continues.

Pure functions over `Cand` lists; each runs in time linear in the number of candidates (bisection
over sorted starts).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from kamerstuk.entities import recommendation_forms as forms
from kamerstuk.entities.recommendation_order import Cand
from kamerstuk.entities.sentences import split_sentences
from kamerstuk.entities.stance import classify_sentence
from kamerstuk.patterns import recommendation_codes as codes_pat
from kamerstuk.patterns import recommendations as pat

__all__ = [
    "continued_numbering",
    "drop_recalled",
    "end_at_reaction",
    "heading_or_restatement",
    "leading_prose",
    "resolve_overlaps",
    "split_at_inner_ordinals",
]


def split_at_inner_ordinals(text: str, cands: list[Cand]) -> list[Cand]:
    """`cands` with a list item cut short where an ordinal sentence inside it gives the next number: in
    an alternating list of prose paragraphs, "Daarnaast adviseren zij om een helmplicht in te voeren. Ook
    vinden zij dat gemeenten parkeerzones moeten kunnen aanwijzen." is item 2 and, from "Ook", the third
    (which `resolve_overlaps` would otherwise drop inside the item). Only where no list item has that
    number."""
    listed = {c.ordinal for c in cands if c.priority <= 2 and c.ordinal is not None}
    inner = [c for c in cands if c.priority == 3 and c.ordinal is not None and c.ordinal not in listed]
    if not inner:
        return cands
    out: list[Cand] = []
    for c in cands:
        if c.priority == 2 and c.ordinal is not None:
            nxt = next(
                (o for o in inner if o.ordinal == c.ordinal + 1 and c.start < o.start and o.end <= c.end),
                None,
            )
            if nxt is not None and text[c.start : nxt.start].strip():
                end = c.start + len(text[c.start : nxt.start].rstrip())
                c = replace(c, end=end)
        out.append(c)
    return out


def resolve_overlaps(cands: list[Cand]) -> list[Cand]:
    """Keep candidates by (priority, start); drop one that overlaps a candidate kept before it.

    Kept spans never overlap, so each test is a bisection among the kept spans of earlier
    priorities plus a look at the last span kept in the current one (candidates of one
    priority come in order of start).
    """
    kept: list[Cand] = []
    earlier: list[tuple[int, int]] = []  # kept spans of the priorities done, sorted by start
    earlier_starts: list[int] = []
    current: list[tuple[int, int]] = []
    priority: int | None = None
    for c in sorted(cands, key=lambda c: (c.priority, c.start)):
        if c.priority != priority:
            earlier = sorted(earlier + current)
            earlier_starts = [s for s, _ in earlier]
            current = []
            priority = c.priority
        k = bisect.bisect_left(earlier_starts, c.end) - 1  # the last earlier span starting before c ends
        if k >= 0 and earlier[k][1] > c.start:
            continue
        if current and current[-1][1] > c.start:
            continue
        current.append((c.start, c.end))
        kept.append(c)
    return kept


#: How far below an "Aanbeveling 2: …" heading the sentence restating the same recommendation may start.
_UNDER_HEADING = 600


#: A label's text of more than this many words, ending on a full stop, is a recommendation of its own, not a title.
_TITLE_WORDS = 8


def _whole_sentence(text: str, c: Cand) -> bool:
    """Whether a labelled candidate's text is a whole sentence rather than a title: more than `_TITLE_WORDS` words,
    ending on a full stop."""
    body = text[c.start : c.end].rstrip(" *_")
    return body.endswith(".") and len(body.split()) > _TITLE_WORDS


def heading_or_restatement(text: str, kept: list[Cand]) -> list[Cand]:
    """One recommendation where a heading "Aanbeveling 2: Maak van het noodfonds een regeling" is
    followed by the sentence restating it ("Als tweede aanbeveling vraagt de commissie het kabinet
    om …"): the longer of the two, the sentence (the heading is its title). A sentence right under
    heading N numbered only by its place in a series ("Tot slot beveelt de inspectie aan …") is N."""
    headings = sorted((c for c in kept if c.priority == 1 and c.ordinal is not None), key=lambda c: c.start)
    if not headings:
        return kept
    # (ordinal sentences, priority 3, and plain prose, priority 4: "### Aanbeveling 3: Eén loket" over
    # "Tot slot beveelt de ombudsman aan dat …")
    unnumbered = sorted(
        (c for c in kept if c.priority in (3, 4) and not c.recalled and c.ordinal is None),
        key=lambda c: c.start,
    )
    for k, h in enumerate(headings):
        if _whole_sentence(text, h):
            # "… Aanbeveling 3: vraag de inspectie jaarlijks te rapporteren over incidenten met sondevoeding." ending a
            # paragraph: the label gives the recommendation itself, no title a sentence under it restates ("Daarnaast
            # beveelt de inspectie de thuiszorgorganisaties aan …" is the next one; round 60)
            continue
        limit = min(h.end + _UNDER_HEADING, headings[k + 1].start if k + 1 < len(headings) else len(text))
        # (plain prose only right under the heading: "De Raad beveelt ProRail aan …" under a later
        # "### Aanbeveling aan ProRail" heading, or after the answer to heading 3, is no restatement of 3)
        under = [
            c
            for c in unnumbered
            if h.end <= c.start < limit and (c.priority == 3 or not text[h.end : c.start].strip("*_# \n"))
        ]
        if len(under) == 1 and not any(
            c.ordinal == h.ordinal and h.end <= c.start < limit for c in kept if c is not h
        ):
            # "De laatste aanbeveling is gericht aan …: zorg ervoor dat …" under "Vastlegging bij verhuur"
            # (heading 4): the sentence restates the heading's recommendation
            under[0].ordinal = h.ordinal
    others = sorted(
        (c for c in kept if c.priority != 1 and not c.recalled and c.ordinal is not None),
        key=lambda c: c.start,
    )
    starts = [c.start for c in others]
    drop: set[int] = set()
    for k, h in enumerate(headings):
        limit = min(h.end + _UNDER_HEADING, headings[k + 1].start if k + 1 < len(headings) else len(text))
        for c in others[bisect.bisect_left(starts, h.end) : bisect.bisect_left(starts, limit)]:
            if (
                c.ordinal is not None
                and h.ordinal is not None
                and c.ordinal < h.ordinal
                and pat.SERIES_OPENER.match(text, c.start)
            ):
                # "Tot slot …" under "Aanbeveling 4": the fourth (a series that counted past the heading, "Derde
                # aanbeveling: «…»" then its answer and "Ten slotte bevelen zij aan …" as the fourth, goes on: round 47)
                c.ordinal = h.ordinal
            if c.ordinal == h.ordinal:
                drop.add(id(h) if c.end - c.start >= h.end - h.start else id(c))
    return [c for c in kept if id(c) not in drop]


def drop_recalled(kept: list[Cand]) -> list[Cand]:
    """Without the recommendations recalled inside an answer ("De vierde aanbeveling, om …, neem ik
    niet over") whose ordinal a list or heading already restated: the same one again."""
    restated = {c.ordinal for c in kept if not c.recalled and c.ordinal is not None}
    # an ordinal sentence after a list item of that number says the item again, whoever speaks after it ("1. …;
    # 2. …; 3. laat ruimingen over aan …" then "De derde aanbeveling vraagt om een zorgvuldige afweging.")
    # (of the same body: "Zij bevelen in de eerste plaats aan …" of a second report's authors is their own first)
    listed = {c.ordinal: c for c in kept if c.priority == 2 and c.ordinal is not None}
    return [
        c
        for c in kept
        if not (c.recalled and c.ordinal in restated)
        and not (
            c.priority == 3
            and c.ordinal in listed
            and c.start >= listed[c.ordinal].end
            and (not c.by or not listed[c.ordinal].by or bool(set(c.by) & set(listed[c.ordinal].by)))
        )
    ]


#: How far before the first numbered recommendation the prose ones it continues may stand.
_LEADING_REACH = 1500
#: How many paragraphs of an answer that open otherwise than on the government may stand between a prose recommendation
#: and a later paragraph of its answer (`leading_prose`).
_ANSWER_RUN = 2


def leading_prose(text: str, numbered: list[Cand], before: list[Cand]) -> list[Cand]:
    """Prose recommendations that the numbered ones continue: "Zij beveelt aan …. Daarnaast stelt
    zij voor …" before "De derde aanbeveling betreft …" and "Ten slotte adviseert zij …". When the
    first ordinal found is m > 1, the last m - 1 prose candidates right before it (no answer of
    the government between them) are recommendations 1 to m - 1."""
    first = min(numbered, key=lambda c: c.start)
    missing = min(c.ordinal or 1 for c in numbered) - 1
    if missing < 1 or {c.ordinal for c in numbered} & set(range(1, missing + 1)):
        return []
    # (each missing one may stand with its answer under a heading of its own: "### Een minimale termijn" … «…» … the
    # answer, then the next; so the reach grows with the number missing; round 44)
    near = [c for c in before if first.start - c.end <= _LEADING_REACH * missing and c.end <= first.start]
    if len(near) < missing:
        return []
    taken = near[-missing:]
    gap = text[taken[0].start : first.start]
    paragraphs = [p.strip() for p in gap.split("\n\n")]
    starts_here = [text[c.start : c.end].strip()[:40] for c in taken]
    for k, p in enumerate(paragraphs[1:], start=1):
        if not pat.GOVERNMENT_SUBJECT.match(p):
            continue
        # the government answered in between: the prose ones are another series, unless each answer
        # follows one of them (recommendation and answer alternating, as reaction letters write; since round 44
        # an answer may run over several paragraphs, and the next recommendation may stand under a heading)
        j = k - 1
        while j > 0 and (pat.GOVERNMENT_SUBJECT.match(paragraphs[j]) or paragraphs[j].startswith("#")):
            j -= 1
        # (an answer may also go on in a paragraph that opens otherwise: "Ik neem … gedeeltelijk over. ¶ Een volledig
        # overzicht kan het ministerie niet geven: … ¶ Ik laat daarom … plaatsen"; up to two such; round 47)
        lower = max(0, j - _ANSWER_RUN)
        while j > lower and not any(head and head in paragraphs[j] for head in starts_here):
            j -= 1
        if not any(head and head in paragraphs[j] for head in starts_here):
            return []
    for k, c in enumerate(taken, start=1):
        c.ordinal = k
        if not c.by:
            c.by = list(first.by)
    return taken


def end_at_reaction(text: str, kept: list[Cand]) -> list[Cand]:
    """`kept`, each ending before the government's answer where it runs on in the same span: a
    later sentence opening with a reaction or status label ("Aanbeveling 2: geef … Stand van
    zaken: in uitvoering. Het kabinet …"), or one that points back and takes a stance ("… mee te
    geven. Dit is al staand beleid: …"), or one in the first person or with the government as
    subject (or the ministry by name: "Defensie organiseert sinds 2023 …") that takes a stance. The
    report's own explanation after a recommendation stays."""
    for c in kept:
        if c.end - c.start < 40:
            continue
        for a, b in split_sentences(text, c.start, c.end)[1:]:
            sentence = text[a:b]
            if codes_pat.REACTION_LABEL.match(sentence) or (
                (
                    pat.POINTER_OPENING.match(sentence)
                    or pat.GOVERNMENT_SUBJECT.match(sentence)
                    or pat.MINISTRY_SUBJECT.match(sentence)
                )
                and classify_sentence(sentence).label is not None
            ):
                c.end = c.start + len(text[c.start : a].rstrip())
                break
    return kept


#: The next item of a numbered list run on into the item before it: "4. De ketenpartners moeten … openbaar
#: maken. 5. Het ministerie dient …" (a sentence end, the number, a capital).
_RUN_ON_ITEM = re.compile(r"(?<=[.;])\s+(?P<num>\d{1,2})\.\s+(?=[A-Z])")


def split_run_on_items(text: str, kept: list[Cand]) -> list[Cand]:
    """`kept` with numbered items that swallowed the next one ("4. … maken. 5. Het ministerie dient …")
    cut in two: the next number after a sentence end, when what follows reads as a recommendation."""
    added: list[Cand] = []
    taken = {c.ordinal for c in kept if c.ordinal is not None}
    for c in kept:
        cur = c
        while cur.ordinal is not None and cur.ordinal + 1 not in taken:
            para_end = text.find("\n\n", cur.end)
            para_end = len(text) if para_end < 0 else para_end
            # inside the item, or right after it in its paragraph (an item cut at its first sentence)
            m = next(
                (
                    x
                    for x in _RUN_ON_ITEM.finditer(text, cur.start, para_end)
                    if int(x.group("num")) == cur.ordinal + 1
                ),
                None,
            )
            if m is None or (m.start() >= cur.end and text[cur.end : m.start()].strip()):
                break
            end = cur.end if m.start() < cur.end else para_end
            body_end = m.end() + len(text[m.end() : end].rstrip())
            if not forms.is_recommendation_shaped(text[m.end() : body_end]):
                break
            cur.end = min(cur.end, m.start())
            number = cur.ordinal + 1
            nxt = Cand(number, m.end(), body_end, priority=cur.priority, by=list(cur.by), source=cur.source)
            added.append(nxt)
            taken.add(number)
            cur = nxt
    return kept + added if added else kept


def continued_numbering(text: str, kept: list[Cand]) -> list[Cand]:
    """`kept` plus the paragraphs after them that continue their numbering ("4. De staatssecretaris
    dient …", "5. Zorg ervoor dat …" after a list 1–3 in one paragraph, each restated again before
    its answer): a paragraph opening with the next number that reads as a recommendation (an
    instruction, or "moet/dient"; not the government's own "4. Ik …"). One report's series only:
    the numbered ones must be 1 … n of one source."""
    numbered = sorted((c for c in kept if c.ordinal is not None), key=lambda c: c.start)
    if not numbered or len({c.source for c in numbered}) > 1:
        return kept
    ordinals = sorted(c.ordinal for c in numbered if c.ordinal is not None)
    if ordinals != list(range(1, len(ordinals) + 1)):
        return kept
    last = numbered[-1]
    following = ordinals[-1] + 1
    pos = last.end
    added: list[Cand] = []
    for m in pat.NUMBERED_PARAGRAPH.finditer(text, pos):
        if int(m.group("num")) != following:
            continue
        block_end = text.find("\n\n", m.end())
        block_end = len(text) if block_end < 0 else block_end
        body = text[m.start("body") : block_end].rstrip()
        if not forms.is_recommendation_shaped(body) or pat.FIRST_PERSON_OPENING.match(body):
            continue
        end = m.start("body") + len(body)
        cut = next(
            (
                a
                for a, _b in split_sentences(text, m.start("body"), end)[1:]
                if pat.FIRST_PERSON_OPENING.match(text[a:])
            ),
            None,
        )  # "5. Zorg voor scholing. Ik heb …": the answer run on
        if cut is not None:
            end = m.start("body") + len(text[m.start("body") : cut].rstrip())
        added.append(
            Cand(
                following, m.start("body"), end, priority=last.priority, by=list(last.by), source=last.source
            )
        )
        following += 1
    return kept + added if added else kept
