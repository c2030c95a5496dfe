"""The stance component: the government's position on each recommendation, with its sentence.

Each sentence of the paragraphs linked to recommendations (and each sentence elsewhere that names
one by ordinal or number) is read by `kamerstuk.entities.stance.classify_sentence` (the function
behind `kamerstuk.classify_stance`) and attributed to the recommendation(s) it is about (see
`attribute`): in "Ten aanzien van de tweede aanbeveling … Ik neem deze aanbeveling gedeeltelijk
over. Op de derde en vierde aanbeveling kom ik later terug." the stance belongs to the second
only. Per recommendation the best sentence wins: first by how specifically it is about it, then
by strength (rejected > partly_adopted > adopted > already_in_place > noted, a sentence naming
the recommendation itself first), then reading order. The sentence is the evidence. Its label
is then settled against the other sentences of the same tier (`settle_passage`): a rejected part
next to an adopted part is partly_adopted; agreement with the analysis only, or "niet nodig", next
to "Hier wordt al aan voldaan" is already_in_place. A sentence naming "de tweede aanbeveling" in
a letter on two reports is about the one its paragraph is linked to (`_narrow`).

Two trained models then weigh in on each recommendation with answer paragraphs: where no cue was
read, the fallback (`kamerstuk.pipeline.stance_model`) reads the answer's words; where one was,
the arbiter (`kamerstuk.pipeline.stance_arbiter`) decides between the cue's label and the
fallback's probabilities, having learned from blind readings when a cue misleads (mostly an
adopting sentence in an answer that adopts only part).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Collection, Iterable, Sequence
from itertools import pairwise
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from kamerstuk.entities.commitments import find_commitments
from kamerstuk.entities.sentences import split_sentences
from kamerstuk.entities.stance import (
    ABOUT,
    agreement_kind,
    classify_sentence,
    lesser_concessions,
    sets_a_group_apart,
    settle_passage,
    stance_weight,
    verdict_past_first_sentence,
)
from kamerstuk.matching import content_word_list, word_key
from kamerstuk.models import Stance, StanceLabel
from kamerstuk.patterns import stance as P
from kamerstuk.pipeline.doc import data, doc_text
from kamerstuk.pipeline.link_book import counted_ordinals
from kamerstuk.pipeline.link_forms import LONG_WORD, Distinctive, is_generic
from kamerstuk.pipeline.linker import NAMED_IN_PASSING, named_recommendations
from kamerstuk.pipeline.references import exception_ordinals, find_references, may_refer
from kamerstuk.pipeline.stance_arbiter import MAX_ANSWER_CHARS, StanceArbiter
from kamerstuk.pipeline.stance_model import StanceModel


def stance_of(sentences: list[str]) -> tuple[str, str] | None:
    """The strongest (stance label, sentence) among `sentences`, or None.

    Strength is the label's weight, plus 10 when the sentence is about the recommendation
    itself ("deze aanbeveling neem ik over") rather than a detail of it; the first sentence
    wins a tie. (For sentences already known to be about one recommendation; the component
    itself first attributes sentences with `attribute`.)
    """
    best: tuple[int, str, str] | None = None
    for sentence in sentences:
        stance = classify_sentence(sentence)
        if stance.label is None:
            continue
        weight = stance_weight(stance, sentence)
        if best is None or weight > best[0]:
            best = (weight, stance.label, sentence)
    return (best[1], best[2]) if best else None


#: Tiers of a sentence's attribution: it names the recommendation alone (or the paragraph answers
#: only that one, or named it last); it names it with others or speaks of them all ("beide
#: aanbevelingen"); it is an unspecific sentence in a paragraph answering several (a fallback).
ALONE, SHARED, UNSPECIFIC = 2, 1, 0


def attribute(
    sentences: list[str],
    links: list[str],
    recs: list[dict[str, Any]],
    restated: list[str],
    distinct: Distinctive | None = None,
    explicit: Collection[str] = (),
) -> list[tuple[str, list[str], int]]:
    """(sentence, ids of the recommendations it is about, tier) for the sentences of one paragraph.

    A sentence is about the recommendations it names by ordinal or number ("Ten aanzien van de
    tweede aanbeveling …"); a sentence naming none is about the ones named last in the paragraph
    ("Ik neem deze aanbeveling gedeeltelijk over" after "Ten aanzien van de tweede aanbeveling"),
    else about the paragraph's linked recommendations. A sentence that only announces a later
    answer ("Op de derde en vierde aanbeveling kom ik later terug") is about none and changes
    nothing. In a paragraph not linked to any recommendation only sentences naming one count.
    Where a sentence names none by number and its paragraph answers several or none, the words
    only one recommendation has name it (`distinct`): "De jaarlijkse openstelling en een lichtere
    controle vooraf neem ik over" is about the recommendations on those two topics. An ordinal without
    its noun as the subject after one named by number ("De tweede raakt aan …") names that one; where
    the paragraph answers two reports' recommendations, a sentence naming one report's body ("Daarmee
    volg ik het advies van Vonk & Meijer") is about that report's.
    The restated recommendation is skipped: it is the report's words, not the government's
    (unless it speaks in the first person: then its text has run on into the answer).
    `explicit` holds the ids the linker linked the paragraph to by an ordinal it read: a sentence whose ordinal names
    only others is about those (the linker counted it within a pair restated under a heading).
    """
    out: list[tuple[str, list[str], int]] = []
    ordinals: dict[str, int | None] | None = None  # each recommendation's number or place in its series
    current: list[str] = []
    numbered_current = False  # whether `current` was named by number (then content does not move it)
    taken_over = False  # whether the sentence that named `current` by number takes them over ("neem ik over")
    for sentence in sentences:
        if not P.FIRST_PERSON.search(sentence):
            hit = next((r for r in restated if r and (sentence in r or r in sentence)), None)
            if hit is not None:
                # a list item "aanbeveling 3, <restated>: deels overgenomen;", or "De derde
                # aanbeveling, <restated>, volgt het kabinet niet", keeps its verdict
                rest = sentence.replace(hit, " ") if hit in sentence else ""
                if not (P.VERDICT_TAIL.search(rest) or (rest.strip() and classify_sentence(rest).label)):
                    continue
                sentence = rest
        named: list[str] = []
        if may_refer(sentence):
            refs = find_references(sentence)
            if refs and all(r.deferred for r in refs):
                continue
            if ordinals is None:  # (once per paragraph, and only where a sentence names one)
                counted = counted_ordinals(recs)
                ordinals = {r["id"]: r.get("ordinal") or counted.get(r["id"]) for r in recs}
            if any(r.kind == "all" for r in refs) and P.NOT_ALL_OF_THEM.search(sentence):
                # "Dat betekent niet dat het kabinet alle aanbevelingen volgt": some are not followed, which
                # ones the answers say; the sentence decides none of them
                continue
            named = _narrow(named_recommendations(sentence, recs), links, ordinals)
            named = _of_the_body_named(sentence, named, links, recs)
            if P.BACK_POINTER.search(sentence):
                # "… met de norm die ik hierboven bij aanbeveling 2 heb genoemd": a pointer back, the
                # sentence is about the recommendation its paragraph answers
                named = []
            elif named and links and not set(named) & set(links) and explicit:
                # "Ik neem het eerste advies over" under a heading that restated a pair, linked to the pair's first:
                # the linker counted the ordinal within the pair, the sentence alone counts in the letter (round 53:
                # the reading had only held because the letter's first was given to a body named "Eerst")
                named = [rid for rid in links if rid in explicit]
        if not named and numbered_current and ordinals is not None:
            elliptic = P.ELLIPTIC_ORDINAL_SUBJECT.match(sentence)
            if elliptic is not None:
                # "De tweede raakt aan …" after "Ik neem de eerste aanbeveling over": the one of that
                # place among those the paragraph answers
                named = _elliptic_ordinal(elliptic.group("ord").lower(), links or current, ordinals)
        by_number = bool(named)
        body_named = _by_body(sentence, links, recs) if not named and len(links) > 1 else []
        if body_named:
            # "Daarmee volg ik het advies van Vonk & Meijer." in a paragraph answering the ACM's and the
            # bureau's together: the one of the body the sentence names (the sentences after it keep theirs)
            out.append((sentence, body_named, ALONE if len(body_named) == 1 else SHARED))
            continue
        if (
            not named
            and not numbered_current
            and distinct is not None
            and len(links) != 1
            and not P.SHARED_STANCE.search(sentence)
            and not (not links and P.WHOLE_REPORT_OBJECT.search(sentence))
        ):
            # (not after a sentence that named them by number: "De aanbevelingen 4 en 5 …" holds;
            # not in a verdict on them all: "… vormen samen een pakket, en ik neem ze alle drie over"
            # shares a word with one of them by chance)
            named = _by_content(sentence, recs, distinct)
        left_out = _left_out(sentence, named or current or links, recs)
        if left_out:
            # "Alle aanbevelingen neem ik over, met uitzondering van de vijfde": the verdict is the
            # others'; the next sentence ("Die neem ik niet over") is about the fifth.
            targets = [rid for rid in (named or current or links) if rid not in left_out]
            if targets:
                out.append((sentence, targets, ALONE if len(targets) == 1 else SHARED))
            current = left_out
        elif named:
            current, numbered_current = named, by_number
            taken_over = by_number and classify_sentence(sentence).cue == "overnemen"
            hedged = P.HEDGED_ONE_OF_THEM.search(sentence) if len(named) >= 2 and by_number else None
            if hedged is not None:
                # "Zowel de eerste als de tweede aanbeveling neem ik over, de tweede met een kanttekening.": the
                # reservation is the second's; the others take the sentence without it
                place = P.HEDGED_PLACES[hedged.group("ord").lower()]
                ordered = sorted(named, key=lambda rid: ordinals.get(rid) or 0 if ordinals else 0)
                if place == -1 or place <= len(ordered):
                    one = ordered[place - 1] if place != -1 else ordered[-1]
                    others = [rid for rid in named if rid != one]
                    out.append(
                        (sentence[: hedged.start()] + ".", others, ALONE if len(others) == 1 else SHARED)
                    )
                    out.append((sentence, [one], ALONE))
                    continue
            out.append((sentence, named, ALONE if len(named) == 1 else SHARED))
        elif current:
            own = (
                [rid for rid in _by_content(sentence, recs, distinct) if rid in current]
                if numbered_current and not taken_over and len(current) >= 2 and distinct is not None
                else []
            )
            verdict = classify_sentence(sentence) if len(own) == 1 else None
            if verdict is not None and (
                verdict.label == "already_in_place"
                # (or an act refused by its own words: "Met de tweede en de derde aanbeveling ga ik anders om. Een
                # aparte subsidieregeling voer ik niet in: …" is the second's, whose words it uses; round 65)
                or (verdict.label == "rejected" and verdict.cue == P.REFUSED_ACT_CUE)
            ):
                # "Zowel de eerste als de tweede aanbeveling onderschrijf ik. … Een landschapsplan bij nieuwe
                # bedrijventerreinen is al verplicht": what only one of them asks, said to be in place already, is
                # that one's (the next sentence is about both again; round 46; other verdicts of such a sentence
                # moved eleven readings the wrong way on the gold). Not after "De eerste en de tweede aanbeveling neem
                # ik over": taken over, what is partly there already is part of the adoption.
                out.append((sentence, own, ALONE))
                continue
            out.append((sentence, current, ALONE if len(current) == 1 else SHARED))
        elif len(links) == 1:
            out.append((sentence, links, ALONE))
        elif links:
            out.append((sentence, links, SHARED if P.SHARED_STANCE.search(sentence) else UNSPECIFIC))
    return out


def _liked_thing_declined(liked: str, candidates: list[Any]) -> bool:
    """Whether a rejection among `candidates` declines, with "geen", a noun of what the `liked` sentence says appeals
    ("Het voorstel voor een wettelijke plicht spreekt mij aan" … "Ik leg daarom geen nieuwe wettelijke plicht op")."""
    appeal = P.APPEAL_VERB.search(liked)
    thing = {word_key(w) for w in content_word_list(liked[: appeal.start()] if appeal else "") if len(w) >= 5}
    for c in candidates:
        if c[3] != "rejected":
            continue
        for m in P.NONE_OF.finditer(c[4]):
            if thing & {word_key(w) for w in content_word_list(m.group("np"))}:
                return True
    return False


def _rejects_a_part(
    c: tuple[int, int, int, StanceLabel, str, str, str | None],
    candidates: list[tuple[int, int, int, StanceLabel, str, str, str | None]],
) -> bool:
    """Whether candidate `c` is a part declined: partly_adopted itself, or a rejection of a detail (not
    of the whole, `WHOLE_REJECTION_CUES`) in a tier where a concession or variant stands beside it."""
    if c[3] == "partly_adopted":
        return True
    return (
        c[3] == "rejected"
        and c[6] not in P.WHOLE_REJECTION_CUES
        and any(o[0] == c[0] and o[5] in ("variant", "concession") for o in candidates)
    )


def _tagged_act(sentence: str) -> Stance:
    """ "In het voorjaar breng ik een wetswijziging in consultatie die de analyse verplicht stelt
    (aanbeveling 1)": an act the government commits to, tagged with the recommendation it carries
    out, adopts it (see `TAGGED_RECOMMENDATION`); no stance otherwise."""
    tag = P.TAGGED_RECOMMENDATION.search(sentence)
    if tag is None:
        return Stance(label=None)
    acts = [c for c in find_commitments(sentence) if c.firmness == "firm"]
    if not acts:
        return Stance(label=None)
    return Stance(label="adopted", evidence=acts[0].text, start=0, end=len(acts[0].text), cue="toezegging")


def _act_of_ours(sentence: str) -> str | None:
    """The sentence when it promises a new act, firm and not negated ("Ik zal het besluit zo wijzigen dat …", "Vanaf
    1 juni 2027 krijgt iedere aanvrager een vaste behandelaar"); else None."""
    if not P.ACT_HINT.search(sentence):
        return None  # (most sentences: no modal, no date, no first person)
    acts = [
        c
        for c in find_commitments(sentence)
        if c.kind == "new" and c.firmness == "firm" and c.action not in P.NOT_ADOPTING_ACTS
    ]
    return sentence if acts else None


def _another_part(act: str, declined: str, recommendation: str) -> bool:
    """Whether an act of ours and a declined act answer two parts of one recommendation: each shares a content word
    with it, and the declined one a word the act does not have ("vervolgregeling" carried out, "subsidie" declined)."""
    # (not the words of the frame that restates it: "Ook beveelt de raad aan om …", nor the generic ones)
    wanted = {k for w in content_word_list(recommendation) if not is_generic(w, k := word_key(w))}
    done = wanted.intersection(word_key(w) for w in content_word_list(act))
    refused = wanted.intersection(word_key(w) for w in content_word_list(declined))
    return bool(done) and bool(refused - done)


def _shares_a_word(act: str, recommendation: str) -> bool:
    """Whether an act of ours shares a content word (not a generic one) with the recommendation."""
    wanted = {k for w in content_word_list(recommendation) if not is_generic(w, k := word_key(w))}
    return bool(wanted.intersection(word_key(w) for w in content_word_list(act)))


def _by_content(sentence: str, recs: list[dict[str, Any]], distinct: Distinctive) -> list[str]:
    """Ids of the recommendations a sentence names by their own words: two words only it has, or
    one long one ("openstelling", "rangschikking"), in reading order."""
    hits = distinct.hits(sentence)
    strong = [i for i, words in hits.items() if len(words) >= 2 or any(len(w) >= LONG_WORD for w in words)]
    return [recs[i]["id"] for i in sorted(strong)]


def _left_out(sentence: str, among: list[str], recs: list[dict[str, Any]]) -> list[str]:
    """Ids of the recommendations among `among` a sentence excepts ("met uitzondering van de
    vijfde", "op de laatste na"), by ordinal (-1: the last of `among`)."""
    wanted = exception_ordinals(sentence) if may_refer(sentence) or "na" in sentence else ()
    if not wanted or not among:
        return []
    ordinal = {r["id"]: r.get("ordinal") for r in recs}
    last = max((ordinal.get(rid) or 0 for rid in among), default=0)
    numbers = {last + 1 + n if n < 0 else n for n in wanted}
    return [rid for rid in among if ordinal.get(rid) in numbers]


def _narrow(named: list[str], links: list[str], ordinal: dict[str, int | None]) -> list[str]:
    """`named` without the recommendations another report numbers alike, when the paragraph is
    linked to one of that number: under "Reactie op het rapport van het PBL", "De tweede
    aanbeveling neem ik niet over" is about the PBL's second, not the Rli's (the linker read the
    paragraph with the report in view; the sentence alone cannot tell them apart). `ordinal` gives each
    recommendation's number, or for one without, its place in its report's series ("De tweede aanbeveling
    van de onderzoekers" is the second of the study restated in prose)."""
    linked = {ordinal.get(rid) for rid in named if rid in links}
    if not linked:
        return named
    return [rid for rid in named if rid in links or ordinal.get(rid) not in linked | {None}]


def _office_for_pronoun(sentence: str, previous: str) -> str:
    """`sentence` with an opening "Zij"/"Hij" (or one right after the verb: "Een doorbetaling vindt zij niet
    verantwoord") read as the office the sentence before names: "Het Rijksvastgoedbedrijf valt onder de Minister
    van VRO. Zij neemt deze aanbeveling over, mede namens mij." is a minister's verdict (the stance rules need the
    government as actor)."""
    if not P.OFFICE_NAMED.search(previous):
        return sentence
    m = P.PRONOUN_SUBJECT.match(sentence)
    if m is not None:
        return "De minister" + sentence[m.end() :]
    inverted = P.PRONOUN_AFTER_VERB.match(sentence)
    if inverted is not None:
        # "Een gedeeltelijke doorbetaling vindt zij … niet verantwoord"
        return sentence[: inverted.start("pronoun")] + "de minister" + sentence[inverted.end("pronoun") :]
    return sentence


def _names_body(sentence: str, rec: dict[str, Any]) -> bool:
    """Whether `sentence` names the body `rec` comes from: one of its names, or the head noun of one
    ("de ombudsman" for the "Nationale ombudsman", "de inspectie" for the "Inspectie van het Onderwijs")."""
    low = sentence.lower()
    for name in {*(rec.get("by") or []), rec.get("report") or ""}:
        if len(name) < 2 or not name[:1].isupper():
            continue
        # its head noun first or last: "de inspectie" for the "Inspectie van het Onderwijs", "de ombudsman"
        heads = {w.lower() for w in (name.split()[0], name.split()[-1]) if len(w) >= 4}
        if name.lower() in low or any(re.search(rf"(?<!\w){re.escape(h)}(?!\w)", low) for h in heads):
            return True
    return False


def _of_the_body_named(
    sentence: str, named: list[str], links: list[str], recs: list[dict[str, Any]]
) -> list[str]:
    """`named` without the recommendations of another body, when the sentence names the body of the ones its
    paragraph answers ("de ombudsman in zijn laatste aanbeveling", in an answer to the ombudsman's third: not
    the last of the researchers' two as well); the paragraph's own when it named none of them. The linker read
    the body, the ordinal alone cannot."""
    if not named or not links:
        return named
    by_id = {r["id"]: r for r in recs}
    own = [rid for rid in links if rid in by_id and _names_body(sentence, by_id[rid])]
    others = [rid for rid in named if rid not in links]
    if own and others and not any(_names_body(sentence, by_id[rid]) for rid in others if rid in by_id):
        return [rid for rid in named if rid in links] or own
    return named


def _elliptic_ordinal(word: str, among: list[str], ordinal: dict[str, int | None]) -> list[str]:
    """The id among `among` whose number is the ordinal `word` ("laatste": the highest), as a list."""
    numbered = {rid: ordinal.get(rid) for rid in among if ordinal.get(rid) is not None}
    if not numbered:
        return []
    place = P.ELLIPTIC_PLACES.get(word)
    want = max(n for n in numbered.values() if n is not None) if place == -1 else place
    return [rid for rid, n in numbered.items() if n == want]


def _by_body(sentence: str, links: list[str], recs: list[dict[str, Any]]) -> list[str]:
    """The ids among `links` whose report's body `sentence` names, when the links come from two or more
    reports and the sentence names the body of exactly one of them ("het advies van Vonk & Meijer", "Het
    overzicht dat de ACM voorstelt"); else []."""
    by_id = {r["id"]: r for r in recs}
    reports: dict[str, list[str]] = {}
    for rid in links:
        rec = by_id.get(rid)
        if rec is not None and rec.get("report"):
            reports.setdefault(rec["report"], []).append(rid)
    if len(reports) < 2:
        return []
    hits = [
        report
        for report, rids in reports.items()
        if any(
            re.search(rf"(?<!\w){re.escape(name)}(?!\w)", sentence)
            for rid in rids
            for name in {report, *(by_id[rid].get("by") or [])}
            if len(name) >= 2 and name[:1].isupper()
        )
    ]
    return reports[hits[0]] if len(hits) == 1 else []


def _list_items(sentence: str) -> list[str]:
    """`sentence` cut into its list items when it is a list of ";"-ended items (`LIST_ITEM_BREAK`),
    so that "…: deels overgenomen;" and "…: overgenomen;" each speak for their own recommendation."""
    items: list[str] = []
    start = 0
    for m in P.LIST_ITEM_BREAK.finditer(sentence):
        items.append(sentence[start : m.start() + 1])
        start = m.end()
    items.append(sentence[start:])
    return [item for item in items if item.strip()]


class StanceDetector:
    """spaCy component ``kamerstuk_stance``: sets ``stance`` and ``stance_evidence`` per recommendation.

    Stances are read from cue sentences (``stance_basis`` "cue"); a recommendation with answer
    paragraphs but no cue sentence gets the trained fallback's label when one is loaded and
    ``model_fallback`` is on (``stance_basis`` "model", ``stance_score`` its probability; see
    `kamerstuk.pipeline.stance_model`), unless that probability is below ``min_model_score``.
    With ``model_arbiter`` on as well and an arbiter loaded, the arbiter decides between a cue's
    label and the fallback's probabilities of an answer of at most ``MAX_ANSWER_CHARS``
    characters (`kamerstuk.pipeline.stance_arbiter`): where it
    overrules the cue (with at least ``min_model_score``) the stance is its label, with basis
    "model", its probability as score, and the fallback's most typical sentence as evidence.
    """

    def __init__(
        self,
        name: str,
        model_fallback: bool = True,
        min_model_score: float = 0.3,
        model_arbiter: bool = True,
    ) -> None:
        self.name = name
        self.model_fallback = model_fallback
        self.min_model_score = min_model_score
        self.model_arbiter = model_arbiter
        self.model = StanceModel()
        self.arbiter = StanceArbiter()

    def __call__(self, doc: Doc) -> Doc:
        info = data(doc)
        recs: list[dict[str, Any]] = info["recommendations"]
        linked: dict[str, list[str]] = {}
        explicit: dict[str, set[str]] = {}
        for link in info["links"]:
            linked.setdefault(link["paragraph"], []).append(link["recommendation"])
            if link["method"] == "explicit":
                explicit.setdefault(link["paragraph"], set()).add(link["recommendation"])
        restated = [r.get("text") or "" for r in recs]
        distinct = Distinctive(restated) if len(recs) > 1 else None
        full = doc_text(doc)
        # rec id -> candidates (tier, weight, order, label, sentence, agreement kind, cue); the best wins,
        # its label settled against the other sentences of its tier (`settle_passage`).
        found: dict[str, list[tuple[int, int, int, StanceLabel, str, str, str | None]]] = {}
        # rec id -> the first act of ours promised in its answer (a sentence without a stance cue)
        acts: dict[str, str] = {}
        # rec id -> the place of that act among the candidates (`order` when it was read: a candidate read after it has
        # a lower order)
        act_order: dict[str, int] = {}
        # rec ids whose answer sets a group apart from its verdict ("Voor zware wapens ligt dat anders.")
        group_apart: set[str] = set()
        # rec ids whose answer weighs the measure made general ("Een meldplicht voor iedere uitgever zou …")
        for_all: set[str] = set()
        # recommendations answered with "… is een taak van de scholen" (round 67)
        others_task: set[str] = set()
        # rec id -> the sentences of its answers about another recommendation alone (in a paragraph answering several)
        others_sentences: dict[str, list[str]] = {}
        order = 0
        # Words of a recommendation name it only once the letter has restated it: before that, a
        # context paragraph ("Vaak gaat het om zelfstandigen …") shares its words by chance.
        restated_in = {r.get("paragraph") for r in recs}
        seen_restated = False
        for p in info["paragraphs"]:
            seen_restated = seen_restated or p["id"] in restated_in
            links = linked.get(p["id"], [])
            # A sentence may refer to a recommendation only where its paragraph may: one test
            # of the paragraph spares splitting the many that neither refer nor are linked.
            text = full[p["start"] : p["end"]]
            summary = (
                not links
                and distinct is not None
                and p.get("label") in ("context", "response")
                and len(_by_content(text, recs, distinct)) >= 2
                and bool(P.SUMMARY_VERDICT.search(text))
            )  # "De openstelling en de controle neem ik over, de rangschikking niet": several verdicts
            if not links and (P.SET_APART_OPENER.match(text) or (not summary and not may_refer(text))):
                continue
            sentences = [
                item
                for a, b in split_sentences(full, p["start"], p["end"])
                for item in _list_items(full[a:b])
            ]
            if not links and not summary and not any(may_refer(s) for s in sentences):
                continue
            by_words = distinct if seen_restated or links else None
            # where the first recommendation restated in this paragraph begins (None: it restates none)
            restated_at = min(
                (
                    at
                    for r in recs
                    if r.get("paragraph") == p["id"] and r.get("text")
                    for at in [text.find(r["text"][:40])]
                    if at >= 0
                ),
                default=None,
            )
            # each sentence's antecedent: its predecessor, past those that go on with a pronoun subject ("… valt onder
            # de Minister van SZW. Zij deelt …. Een doorbetaling vindt zij niet verantwoord.")
            before: dict[str, str] = {}
            for a, b in pairwise(sentences):
                before[b] = before.get(a, a) if P.PRONOUN_SUBJECT.match(a) else a
            for sentence, targets, tier in attribute(
                sentences, links, recs, restated, by_words, explicit.get(p["id"], set())
            ):
                if (
                    restated_at is not None
                    and 0 <= text.find(sentence) < restated_at
                    and not may_refer(sentence)
                    and not P.FIRST_PERSON.search(sentence)
                ):
                    # (what a paragraph that restates recommendations tells before them is the report's matter, no
                    # answer: "De Regeling … ondersteunt sinds 2023 samenwerkingsverbanden …" before TNO's list; round
                    # 63)
                    continue
                if len(links) > 1 and len(mine := [rid for rid in targets if rid in links]) == 1:
                    for rid in links:
                        if rid != mine[0]:
                            others_sentences.setdefault(rid, []).append(sentence)
                if links and len(targets) == 1 and sets_a_group_apart(sentence):
                    # (one recommendation's: beside two, the group is set apart from one verdict of the two)
                    group_apart.update(targets)
                if links and len(targets) == 1 and P.HYPOTHETICAL_FOR_ALL.match(sentence):
                    for_all.update(targets)
                if links and len(targets) == 1 and P.TASK_OF_OTHERS.search(sentence):
                    others_task.update(targets)
                stance = classify_sentence(_office_for_pronoun(sentence, before.get(sentence, "")))
                if stance.label is None:
                    stance = _tagged_act(sentence)
                if stance.label is None:
                    if links and (act := _act_of_ours(sentence)) is not None:
                        # kept apart: read only for a recommendation no sentence gives a stance on
                        for rid in targets:
                            acts.setdefault(rid, act)
                            act_order.setdefault(rid, order)
                    continue
                order -= 1
                weight = stance_weight(stance, sentence)
                kind = agreement_kind(stance, sentence)
                for rid in targets:
                    found.setdefault(rid, []).append(
                        (tier, weight, order, stance.label, sentence, kind, stance.cue)
                    )
        for rec in recs:
            candidates = found.get(rec["id"], [])
            best = max(candidates, default=None)
            if best is None and (own := verdict_past_first_sentence(rec.get("text") or "")) is not None:
                # the restatement ran on into the answer, read nowhere else: "Aanbeveling 3: Zorg dat klinieken hun
                # complicatiecijfers openbaar maken. Klinieken leveren deze cijfers sinds 2024 aan …" (round 63)
                rec["stance"], rec["stance_evidence"], rec["stance_basis"], rec["stance_score"] = (
                    own[0],
                    own[1],
                    "cue",
                    None,
                )
                continue
            if best is None:
                rec["stance"], rec["stance_evidence"], rec["stance_basis"], rec["stance_score"] = (
                    None,
                    None,
                    None,
                    None,
                )
                self._fall_back(rec, info, linked, full, others_sentences.get(rec["id"], []))
                if rec["stance"] is None and rec["id"] in acts:
                    # "Ik zal het Eindexamenbesluit zo wijzigen dat scholen …" answering it, no sentence with a stance
                    # and no sure reading of the model: the answer is an act of ours, the recommendation is carried
                    # out (answered by content only; the act is the cue, as with `_tagged_act`)
                    rec["stance"], rec["stance_evidence"] = "adopted", acts[rec["id"]]
                    rec["stance_basis"] = "cue"
                continue
            rec["stance_basis"], rec["stance_score"] = "cue", None
            same_tier = [c for c in candidates if c[0] == best[0]]
            kinds = [c[5] for c in same_tier]
            if best[3] == "rejected":
                kinds = lesser_concessions(kinds, [c[4] for c in same_tier], best[4])
            label = settle_passage(
                best[3],
                [(c[3], k) for c, k in zip(same_tier, kinds, strict=True)],
                best[6],
                best[1] >= ABOUT,
                whole_rejection=any(c[3] == "rejected" and c[6] in P.WHOLE_REJECTION_CUES for c in same_tier),
            )
            if label in ("adopted", "rejected") and rec["id"] in group_apart:
                # "Wettelijke eisen … acht het kabinet niet uitvoerbaar. Voor aanbieders die door scholen worden
                # ingehuurd, ligt dat anders.": the verdict holds for all but a group, a part (round 55)
                label = "partly_adopted"
            if label == "adopted" and rec["id"] in for_all and best[5] in P.OWN_FORM_KINDS:
                # "Een meldplicht voor iedere uitgever zou ook de kleine zelfstandige treffen. Het kabinet kiest daarom
                # voor een meldplicht voor uitgevers die …": the measure taken up in a narrower form (round 60)
                label = "partly_adopted"
            if label == "adopted" and rec["id"] in others_task and best[5] in P.OWN_FORM_KINDS:
                # "Scholing van leraren is in de eerste plaats een taak van de schoolbesturen. Wel neem ik … op": the
                # measure left to others, a step of ours beside it (round 67)
                label = "partly_adopted"
            if (
                label in ("partly_adopted", "adopted")
                and best[6] == P.APPEAL_PLAIN_CUE
                and _liked_thing_declined(best[4], same_tier)
            ):
                # "Het voorstel voor een wettelijke plicht spreekt mij aan, …. Ik leg daarom geen nieuwe wettelijke
                # plicht op.": the thing liked is declined by name, sympathy with a rejection (round 49)
                label = "rejected"
            # the evidence is a sentence that shows the settled label ("Hier wordt al aan voldaan")
            shown = best if label == best[3] else max((c for c in same_tier if c[3] == label), default=best)
            if label == "adopted" and best[5] == "aim":
                # "De gedachte achter de eerste aanbeveling onderschrijf ik." then, in its answer, "Een
                # nieuwe wettelijke taak acht ik echter niet nodig; wel maak ik afspraken …": a part
                part = max((c for c in candidates if _rejects_a_part(c, candidates)), default=None)
                if part is not None:
                    label, shown = "partly_adopted", part
            if (
                label in ("adopted", "already_in_place")
                and P.PLACED_PART.search(best[4])
                and any(c[3] == "rejected" for c in candidates)
            ):
                # "Met het eerste deel van deze aanbeveling ben ik het eens …" and, further on, "Een openbaar
                # overzicht … gaat mij te ver": one part taken, another declined
                label = "partly_adopted"
            # what the answer carries out before the refusal: its act of ours and its adoptions
            # (adoptions of the measure itself: not of its aim or the analysis, nor a variant or a concession)
            done_before = [
                c[4]
                for c in candidates
                if c[3] == "adopted"
                and c[2] > best[2]
                and c[5] in P.PLAIN_ADOPTION_KINDS
                # (liking is no act: "Een apart budget voor een tussenjaar spreekt mij aan, …" before "Ik ga zo'n
                # budget daarom niet invoeren"; round 49)
                and c[6] != P.APPEAL_PLAIN_CUE
            ]
            if rec["id"] in acts and act_order[rec["id"]] > best[2]:
                done_before.append(acts[rec["id"]])
            if (
                label == "rejected"
                and best[6] not in P.WHOLE_REJECTION_CUES
                and done_before
                and not any(P.ALTERNATIVE_OPENING.match(d) for d in done_before)
                and (
                    _another_part(" ".join(done_before), best[4], rec.get("text") or "")
                    or (
                        P.VARIANT_DECLINED.match(best[4]) is not None
                        and _shares_a_word(" ".join(done_before), rec.get("text") or "")
                        # (the declined measure this recommendation's: not another's in a paragraph on two)
                        and _shares_a_word(best[4], rec.get("text") or "")
                    )
                )
            ):
                # "Ik open in 2028 een vervolgregeling …. Een hogere subsidie voor eigenaren met een laag inkomen neem ik
                # daarin niet op" on "Stel een vervolgregeling open …, met een hogere subsidie voor …": the act, first,
                # carries out one part of the recommendation, the declined act is another (round 48; also an adoption
                # before it: "Een jaarlijkse telling … komt er. … Een apart landelijk meldpunt richt ik niet op"). Not
                # an act after the refusal, nor one opening on "Wel": an alternative ("Een aparte regeling stel ik niet
                # in. … Wel zal Rijkswaterstaat …" is rejected).
                label = "partly_adopted"
            rec["stance"], rec["stance_evidence"] = label, shown[4]
            self._arbitrate(rec, info, linked, full, others_sentences.get(rec["id"], []))
        return doc

    @staticmethod
    def _answers(
        rec: dict[str, Any], info: dict[str, Any], linked: dict[str, list[str]]
    ) -> list[dict[str, Any]]:
        """The paragraphs answering `rec`: those linked to it, not the one restating it, nor one that names it only in
        passing while another answer remains."""
        answers = [
            p
            for p in info["paragraphs"]
            if rec["id"] in linked.get(p["id"], ())
            and p["id"] != rec.get("paragraph")
            and p.get("label") != "recommendation"
        ]
        passing = {
            lk["paragraph"]
            for lk in info.get("links", ())
            if lk["recommendation"] == rec["id"] and lk["evidence"].endswith(NAMED_IN_PASSING)
        }
        return [p for p in answers if p["id"] not in passing] or answers

    @staticmethod
    def _under_it(
        rec: dict[str, Any], info: dict[str, Any], linked: dict[str, list[str]]
    ) -> list[dict[str, Any]]:
        """Where no paragraph answers `rec`, the paragraphs linked to it that restate no recommendation though
        labelled so: read as its explanation, they are often the answer ("1. Verlaag de minimale groepsgrootte …"
        then "Die drempel verdwijnt. Per 1 januari 2028 kan …")."""
        holders = {r.get("paragraph") for r in info["recommendations"]}
        return [
            p
            for p in info["paragraphs"]
            if rec["id"] in linked.get(p["id"], ())
            and p["id"] not in holders
            and p.get("label") == "recommendation"
        ]

    def _set_model_reading(
        self,
        rec: dict[str, Any],
        answers: list[dict[str, Any]],
        full: str,
        label: str,
        score: float,
        others: Sequence[str] = (),
    ) -> None:
        sentences = [full[a:b] for p in answers for a, b in split_sentences(full, p["start"], p["end"])]
        # (the evidence is none of the sentences about another recommendation alone)
        sentences = [x for x in sentences if x not in others] or sentences
        rec["stance"], rec["stance_evidence"] = label, self.model.evidence(sentences, label)
        rec["stance_basis"], rec["stance_score"] = "model", round(score, 4)

    def _fall_back(
        self,
        rec: dict[str, Any],
        info: dict[str, Any],
        linked: dict[str, list[str]],
        full: str,
        others: Sequence[str] = (),
    ) -> None:
        """The trained model's stance for `rec` from its answer paragraphs, when the fallback is on,
        loaded, and sure enough (a paragraph shared with other recommendations read without `others`, as in
        `_arbitrate`)."""
        if not (self.model_fallback and self.model.trained):
            return
        answers = self._answers(rec, info, linked) or self._under_it(rec, info, linked)
        if not answers:
            return
        text = self._answer_text(answers, linked, full, others)
        label, score = self.model.predict(text)
        if score >= self.min_model_score:
            self._set_model_reading(rec, answers, full, label, score, others)

    @staticmethod
    def _answer_text(
        answers: list[dict[str, Any]], linked: dict[str, list[str]], full: str, others: Sequence[str]
    ) -> str:
        """The answer paragraphs' text, less the sentences about one of the other recommendations alone where a
        paragraph answers others too: "Wat de tweede aanbeveling betreft: die meldplicht bestaat sinds 2023 …. Op de
        vierde aanbeveling kom ik verderop terug." is no answer of the fourth (round 63; with one such paragraph
        among others of its own since round 64)."""
        text = " ".join(full[p["start"] : p["end"]] for p in answers)
        if others and any(len(linked.get(p["id"], [])) > 1 for p in answers):
            for sentence in others:
                text = text.replace(sentence, " ")
            text = " ".join(text.split())
        return text

    def _arbitrate(
        self,
        rec: dict[str, Any],
        info: dict[str, Any],
        linked: dict[str, list[str]],
        full: str,
        others: Sequence[str] = (),
    ) -> None:
        """Let the arbiter overrule the cue reading of `rec` (see the class docstring). Where an answer paragraph
        answers other recommendations too, the model reads the answers without `others`: their sentences about one of
        the others alone (`_answer_text`)."""
        if not (self.model_fallback and self.model_arbiter and self.model.trained and self.arbiter.trained):
            return
        answers = self._answers(rec, info, linked)
        if not answers:
            return
        # (answers shared with other recommendations: their sentences about another alone are not this one's answer;
        # "Een heffing … ik zie geen aanleiding …. De vierde aanbeveling volg ik wel, maar alleen …" is no part of an
        # adoption of the third; round 63)
        text = self._answer_text(answers, linked, full, others)
        if len(text) > MAX_ANSWER_CHARS:
            return
        label, score = self.arbiter.decide(rec["stance"], self.model.probabilities([text])[0])
        if label != rec["stance"] and score >= self.min_model_score:
            self._set_model_reading(rec, answers, full, label, score, others)

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        # an untrained part leaves no file, and removes one an earlier save left: the folder then loads
        # as what was saved, not with a stale arbiter beside a new fallback
        for name, part in (("model.json", self.model), ("arbiter.json", self.arbiter)):
            if part.trained:
                (path / name).write_text(json.dumps(part.to_json()), encoding="utf-8")
            else:
                (path / name).unlink(missing_ok=True)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> StanceDetector:
        file = Path(path) / "model.json"
        if file.exists():
            self.model = StanceModel.from_json(json.loads(file.read_text(encoding="utf-8")))
        file = Path(path) / "arbiter.json"
        if file.exists():
            self.arbiter = StanceArbiter.from_json(json.loads(file.read_text(encoding="utf-8")))
        return self


@Language.factory(
    "kamerstuk_stance",
    assigns=["doc._.kamerstuk"],
    requires=["doc._.kamerstuk"],
    # 0.3: above the 0.2 of a guess among five labels; every fallback reading of the blind simulation
    # (docs/evaluation.md) scored 0.32 or more, the one unsure reading of the real corpus 0.26
    default_config={"model_fallback": True, "min_model_score": 0.3, "model_arbiter": True},
)
def make_stance(
    nlp: Language, name: str, model_fallback: bool, min_model_score: float, model_arbiter: bool
) -> StanceDetector:
    """Factory of the stance component (``model_fallback``: use the trained model where no cue is found;
    ``model_arbiter``: let the trained arbiter overrule a cue, see `kamerstuk.pipeline.stance_arbiter`)."""
    if not 0.0 <= min_model_score <= 1.0 or math.isnan(min_model_score):
        raise ValueError("min_model_score must lie in [0, 1]")
    return StanceDetector(name, model_fallback, min_model_score, model_arbiter)
