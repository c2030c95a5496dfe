"""The recommendation linker: which recommendation(s) each paragraph addresses, and why.

Evidence, strongest first (each a ``Link.method``):

1. ``restates`` — the paragraph restates the recommendation;
2. ``explicit`` — it names it by ordinal or number ("Ten aanzien van de tweede aanbeveling",
   "aanbevelingen 1 tot en met 4", "zowel de eerste als de tweede aanbeveling", "de eerste
   aanbeveling van de SER"), also to announce a later answer ("Op de derde en vierde
   aanbeveling kom ik later in deze brief terug"), or by anaphora ("Deze aanbeveling neem ik
   over", "beide aanbevelingen": the recommendations of the nearest restated or named ones);
   a paragraph under a recommendation's heading adds that recommendation (a backward
   reference across sections: under the heading of the fourth, "de eerste aanbeveling");
3. ``section`` — it stands in the section where one recommendation is restated, under a
   heading that numbers or restates one ("Aanbeveling 3: …", also from a parent heading), or
   continues the previous paragraph's explicit link in the same section;
4. ``similarity`` — it shares key words with one recommendation (rapidfuzz token-set ratio at
   least the cutoff, at least `min_shared` shared words, and a margin over the next one).

Only paragraphs labelled ``recommendation`` or ``response`` are linked.

Linear time: the content words of every paragraph and recommendation are computed once, and
`ContentIndex` finds a paragraph's candidates through an inverted index of word keys, so the
work grows with the letter's words, not with paragraphs × recommendations.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Iterable, Sequence
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from kamerstuk.entities.recommenders import introduced_names
from kamerstuk.entities.sentences import split_sentences
from kamerstuk.entities.stance import classify_sentence, verdict_past_first_sentence
from kamerstuk.entities.stance_passage import is_weak_agreement
from kamerstuk.matching import ContentIndex, Match, content_word_list, word_key
from kamerstuk.patterns import links as L
from kamerstuk.patterns.pipeline import FORWARD_REFERENCE
from kamerstuk.patterns.stance import IN_PLACE_STATED, LIST_ITEM_BREAK, SUMMARY_VERDICT
from kamerstuk.pipeline.doc import SPAN_GROUP, data, doc_text
from kamerstuk.pipeline.features import explained_by, forward_reference
from kamerstuk.pipeline.link_book import Book as _Book
from kamerstuk.pipeline.link_book import Rec, names_match
from kamerstuk.pipeline.link_forms import LONG_WORD, Distinctive, by_addressee, whole
from kamerstuk.pipeline.references import Reference, find_references
from kamerstuk.pipeline.unanswered import answers_nothing, settle_unanswered

LINKABLE = ("recommendation", "response")


LinkDict = dict[str, Any]


def _verdicts_per_item(text: str, distinct: Distinctive) -> list[tuple[int, tuple[str, ...]]]:
    """In a paragraph that lists verdicts item by item ("- X neemt het kabinet over; - Y niet;"),
    the recommendation each item names by words only it has, when two or more items do and each
    carries a stance (see `LIST_ITEM_BREAK`)."""
    cuts = [m.end() for m in LIST_ITEM_BREAK.finditer(text)]
    if not cuts:
        return []
    starts = [0, *cuts]
    ends = [*cuts, len(text)]
    out: list[tuple[int, tuple[str, ...]]] = []
    for a, b in zip(starts, ends, strict=True):
        item = text[a:b]
        own = distinct.best(item)
        if own is None or classify_sentence(item).label is None:
            continue
        if own[0] not in {i for i, _ in out}:
            out.append(own)
    return out if len(out) >= 2 else []


def _verdicts_after_first(text: str, distinct: Distinctive, among: list[int]) -> set[int]:
    """The recommendations (of `among`) that a later sentence of the paragraph gives a verdict on by
    their own words: "… Ook de evaluatie na drie jaar neem ik over." (see `_evidence`)."""
    out: set[int] = set()
    cut = _first_sentence_end(text)
    for a, b in split_sentences(text[cut:]):
        sentence = text[cut + a : cut + b]
        hits = distinct.hits(sentence, among=among)  # among those in view, one word of its own will do
        if len(hits) == 1 and classify_sentence(sentence).label is not None:
            out.update(hits)
    return out


def _counted_group(words: str, among: list[Rec], recs: list[Rec], pid: str) -> list[Rec]:
    """For "Deze drie aanbevelingen": when the recommendations just named are not three, the nearest
    paragraph above that restated exactly three (the IVD's list before the ADR's two)."""
    count = next((L.NUMBER_WORDS[w] for w in words.lower().split() if w in L.NUMBER_WORDS), None)
    if count is None or len(among) == count:
        return among
    here = _paragraph_number(pid)
    groups: dict[int, list[Rec]] = {}
    for r in recs:
        where = _paragraph_number(r.get("paragraph") or "")
        if 0 < where < here:
            groups.setdefault(where, []).append(r)
    for where in sorted(groups, reverse=True):
        if len(groups[where]) == count:
            return groups[where]
    return among


#: The evidence mark of a link to a recommendation a paragraph names in passing, as where a thing comes from, while it
#: is about another ("… op basis van de bodemtoets uit de eerste aanbeveling"): no answer to it for the stance model.
NAMED_IN_PASSING = "(named in passing)"


#: How long one word must be to move an answer to the next recommendation on its own when nothing is
#: carried from the paragraph before ("alarmeringsmiddel"; not "militair", which a continuation of the
#: answer before may use in passing).
_DISTINCT_COMPOUND = 12


def _reports_named(book: _Book, sentence: str) -> set[str]:
    """The reports whose body `sentence` names: by name ("het PBL"), or by a common noun only one of the letter's
    bodies fits ("Met de inspectie ben ik van mening …" beside an evaluation by a research bureau)."""
    key = book.mentioned_report(sentence)
    if key is not None:
        return {key}
    for m in re.finditer(r"\b(?:de|het)\s+(\w+)\b", sentence, re.IGNORECASE):
        noun = m.group(1).lower()
        if noun in L.GENERIC_BODIES:
            keys = book.of_generic(noun)
            if keys is not None and len(keys) == 1:
                return set(keys)
    return set()


def _next_in_order(
    text: str,
    at: Collection[int],
    distinct: Distinctive,
    book: _Book,
    answered: Collection[str],
    long_word: int = LONG_WORD,
    paragraph: str | None = None,
) -> tuple[int, list[str]] | None:
    """The recommendation right after those at positions `at`, when `text` uses a word only it has (one
    word of `long_word` letters is enough) and no answer to it was seen yet; with its words, else None.
    `paragraph` is the whole paragraph `text` opens (where one word of it counts when said again)."""
    if not at:
        return None
    nxt = max(at) + 1
    if nxt >= len(book.recs) or book.recs[nxt]["id"] in answered:
        return None
    words = distinct.hits(text).get(nxt, [])
    if not words:
        # the last recommendation, still unanswered, whose words alone the paragraph uses past its opening: "De
        # regeling loopt eind 2026 af. Ik verleng haar tot en met 2031 …" after the answer to the one before, on "de
        # regeling met vijf jaar te verlengen"
        whole_hits = distinct.hits(paragraph) if paragraph is not None else {}
        if nxt == len(book.recs) - 1 and set(whole_hits) == {nxt}:
            return nxt, whole_hits[nxt]
        return None
    # one short word counts when the paragraph keeps coming back to it ("Een hoger budget acht ik niet
    # nodig. … Ik houd het budget daarom op het huidige niveau.")
    # (also in the sentence after: "Een vrije keuze uit alle sensoren … Daarom kies ik er niet voor om de keuze …")
    repeated = (
        len(words) == 1
        and len(re.findall(rf"\b{re.escape(words[0])}\b", paragraph or text, re.IGNORECASE)) >= 2
    )
    # (or a figure of its own, where it was restated in one paragraph with the one answered just before: "«…
    # beter bij gemeenten …» en «trajecten te beëindigen die na zes maanden …»", then the answers to each in
    # turn, the second on "langer dan zes maanden")
    together = (
        any(w.startswith("#") for w in words)
        and book.recs[nxt].get("paragraph") is not None
        and book.recs[nxt].get("paragraph") == book.recs[max(at)].get("paragraph")
    )
    # (or the paragraph opens on its topic with that word: "Wat de regierol van de provincies betreft, …" after the
    # answer to the one before, on "de provincies de regie te geven")
    topic = L.TOPIC_OPENER.match(text)
    named = (
        next((topic.group(g) for g in ("t1", "t2", "t3", "t4", "t5") if topic.group(g)), "") if topic else ""
    )
    on_topic = bool(named) and any(re.search(rf"\b{re.escape(w)}\b", named, re.IGNORECASE) for w in words)
    # (or among its first four words, the sentence fronting it: "Naar een heffing kijk ik met belangstelling, maar …"
    # after the answer to the one before, on "een heffing op platforms"; round 62)
    matter = L.FRONTED_MATTER.match(text)
    fronted = matter is not None and any(
        re.search(rf"\b{re.escape(w)}\b", matter.group("np")) for w in words if not w.startswith("#")
    )
    # (or the whole paragraph goes on in its words, more than in any other's: "De regeling … verleng ik tot en met
    # 2030. Een openstelling voor het mbo …" on "de regeling … te verlengen en haar open te stellen voor het mbo")
    whole = distinct.hits(paragraph) if paragraph is not None else {}
    mostly = len(whole.get(nxt, [])) >= 2 and all(
        len(w) < len(whole[nxt]) for i, w in whole.items() if i != nxt
    )
    if not (
        len(words) >= 2
        or any(len(w) >= long_word for w in words)
        or repeated
        or together
        or on_topic
        or fronted
        or mostly
    ):
        return None
    return nxt, words


def _fill_in_order(
    paragraphs: list[dict[str, Any]],
    links: list[LinkDict],
    position: dict[str, int],
    restating: set[str],
    full: str = "",
    book: _Book | None = None,
) -> None:
    """Answers follow the recommendations' order: a response paragraph linked only as the continuation of a
    restatement ("continues p4 on r3") to a recommendation a later paragraph answers by its words or number,
    where exactly one recommendation between the one answered before it and the one answered after it has no
    answer at all, answers that one (three restated in two paragraphs, then "Het COA heeft op 24 locaties al een
    medewerker …", the second's answer by its words, the third's). So does, since round 40, a response linked to
    nothing, or one continuing the answer before it while it opens on a topic of its own ("Wat de informatie aan
    ouders betreft: …"), when it shares a content word with that one recommendation (`_fill_unlinked`)."""
    by_paragraph: dict[str, list[LinkDict]] = {}
    for lk in links:
        by_paragraph.setdefault(lk["paragraph"], []).append(lk)
    if book is not None:
        _fill_unlinked(paragraphs, links, by_paragraph, position, restating, full, book)
    answers = [
        p
        for p in paragraphs
        if p.get("label") == "response" and p["id"] not in restating and p["id"] in by_paragraph
    ]
    by_content = {
        lk["recommendation"] for p in answers for lk in by_paragraph[p["id"]] if lk["method"] != "section"
    }
    answered = {lk["recommendation"] for p in answers for lk in by_paragraph[p["id"]]}
    if book is not None:
        # a recommendation whose restatement runs on into its answer ("Aanbeveling 3: Zorg dat klinieken hun
        # complicatiecijfers openbaar maken. Klinieken leveren deze cijfers sinds 2024 aan …") is answered in place: no
        # gap for the paragraph after the next one to fill (round 63, holdout374)
        answered |= {
            r["id"] for r in book.recs if verdict_past_first_sentence(r.get("text") or "") is not None
        }
    for k, p in enumerate(answers):
        own = by_paragraph[p["id"]]
        # (or "Deze aanbeveling neem ik over" read as the last one restated, which a later paragraph answers by its
        # words: under topic headings in the list's order, the one in between; round 64, holdout386)
        at = next(i for i, q in enumerate(paragraphs) if q["id"] == p["id"])
        right_after_it = at > 0 and any(
            lk["recommendation"] == own[0]["recommendation"] and lk["method"] == "restates"
            for lk in by_paragraph.get(paragraphs[at - 1]["id"], [])
        )
        anaphor_answered_later = (
            len(own) == 1
            and own[0]["method"] == "explicit"
            and L.ANAPHOR_EVIDENCE.match(own[0]["evidence"]) is not None
            # (not right after its restatement: "Aanbeveling 1: Verhoog …" / "Het kabinet neemt deze aanbeveling over")
            and not right_after_it
            and any(
                lk["recommendation"] == own[0]["recommendation"] and lk["method"] != "section"
                for q in answers[k + 1 :]
                for lk in by_paragraph[q["id"]]
            )
        )
        # (or read by its words as the answer to one a later paragraph answers by number, "Een materialenbank bestaat
        # inmiddels: …" before "Met de tweede aanbeveling van de Rli stemt het kabinet in": the one in between, on a
        # word of its own; round 66, holdout403)
        similar_answered_later = (
            book is not None
            and len(own) == 1
            and own[0]["method"] == "similarity"
            and any(
                lk["recommendation"] == own[0]["recommendation"] and lk["method"] == "explicit"
                for q in answers[k + 1 :]
                for lk in by_paragraph[q["id"]]
            )
        )
        if (
            not anaphor_answered_later
            and not similar_answered_later
            and not (
                len(own) == 1
                and own[0]["method"] == "section"
                and own[0]["evidence"].startswith("continues ")
                and own[0]["evidence"].split()[1] in restating
                and own[0]["recommendation"] in by_content
            )
        ):
            continue
        before = max(
            (position[lk["recommendation"]] for q in answers[:k] for lk in by_paragraph[q["id"]]), default=-1
        )
        after = next(
            (min(position[lk["recommendation"]] for lk in by_paragraph[q["id"]]) for q in answers[k + 1 :]),
            None,
        )
        if after is None:
            continue
        gaps = [rid for rid, i in position.items() if before < i < after and rid not in answered]
        if len(gaps) != 1:
            continue
        if similar_answered_later and book is not None:
            words = {word_key(w) for w in content_word_list(full[p["start"] : p["end"]])}
            if not words & {word_key(w) for w in content_word_list(book.by_id[gaps[0]]["text"])}:
                continue
        lk = own[0]
        lk["recommendation"] = gaps[0]
        lk["evidence"] = f"in order: between the answers around it (was {lk['evidence']})"[:200]
        p["recommendations"] = [gaps[0]]
        answered.add(gaps[0])


def _agreement_before_turn(
    paragraphs: list[dict[str, Any]], links: list[LinkDict], restating: set[str], full: str
) -> None:
    """A paragraph linked to nothing that opens agreeing with the report ("Ik deel de conclusie van IOB dat …"), right
    before one that turns against it with "echter" and answers a recommendation ("Een vaste looptijd van acht jaar legt
    echter …"), opens that answer: it gets the same recommendations (and is a response, not context; round 51)."""
    by_paragraph: dict[str, list[LinkDict]] = {}
    for lk in links:
        by_paragraph.setdefault(lk["paragraph"], []).append(lk)
    reading = {p["id"]: k for k, p in enumerate(paragraphs)}
    for a, b in itertools.pairwise(paragraphs):
        if a["id"] in restating or by_paragraph.get(a["id"]) or b["id"] in restating:
            continue
        after = by_paragraph.get(b["id"], [])
        if not after or any(lk["method"] == "restates" for lk in after):
            continue
        text_a, text_b = full[a["start"] : a["end"]], full[b["start"] : b["end"]]
        if not L.AGREEMENT_OPENING.match(text_a) or not L.TURNS_AGAINST_BEFORE.match(
            text_b, 0, _first_sentence_end(text_b)
        ):
            continue
        new = [
            {
                "paragraph": a["id"],
                "recommendation": lk["recommendation"],
                "score": 0.7,
                "method": "section",
                "evidence": f"opens the answer {b['id']} goes on with",
            }
            for lk in after
        ]
        at = next(
            (i for i, other in enumerate(links) if reading[other["paragraph"]] > reading[a["id"]]), len(links)
        )
        links[at:at] = new
        by_paragraph[a["id"]] = new
        a["recommendations"] = [lk["recommendation"] for lk in new]
        if a.get("label") == "context":
            a["label"] = "response"
            a["score"] = a.get("scores", {}).get("response", a.get("score"))


def _lead_before_reference(
    paragraphs: list[dict[str, Any]],
    links: list[LinkDict],
    position: dict[str, int],
    restating: set[str],
    full: str,
    book: _Book,
) -> None:
    """A response that names the recommendation it answers only after one or more sentences of its own ("Een heffing
    op het stroomverbruik van één soort bedrijf verhoudt zich slecht tot …; ik zie daarom geen aanleiding …. De
    vierde aanbeveling volg ik wel, …"), whose opening gives a verdict in the words of the one recommendation
    right before the named one that has no answer anywhere in the letter, answers that one too: the letter takes
    the two in a row, the first by content. Both the gap and the shared words are required (at least two content
    words): an opening in another recommendation's words that is answered elsewhere frames the named answer
    (round 63: two letters of holdout367, on "Onderzoek of een heffing … haalbaar is" and "leg een maximale
    dienstduur van tien uur … vast")."""
    by_paragraph: dict[str, list[LinkDict]] = {}
    for lk in links:
        by_paragraph.setdefault(lk["paragraph"], []).append(lk)
    answered = {
        lk["recommendation"]
        for p in paragraphs
        if p["id"] not in restating
        for lk in by_paragraph.get(p["id"], [])
    }
    seen_before = -1  # the last recommendation answered above, in the recommendations' order
    first_restated = next((k for k, p in enumerate(paragraphs) if p["id"] in restating), None)
    if first_restated is None:
        return
    for p in paragraphs[first_restated:]:
        own = by_paragraph.get(p["id"], [])
        if p["id"] in restating or not own:
            continue
        if p.get("label") != "response":
            continue
        first_own = min(position[lk["recommendation"]] for lk in own)
        before, seen_before = seen_before, max(seen_before, *(position[lk["recommendation"]] for lk in own))
        if not all(lk["method"] == "explicit" for lk in own):
            continue
        text = full[p["start"] : p["end"]]
        refs = find_references(text)
        if not refs or refs[0].kind not in ("ordinal", "number"):
            continue
        sentences = split_sentences(text)
        lead_end = max((b for a, b in sentences if b <= refs[0].start), default=0)
        if lead_end == 0:
            continue  # (the reference stands in the first sentence: the paragraph opens on it)
        lead = text[:lead_end]
        gaps = [rid for rid, i in position.items() if before < i < first_own and rid not in answered]
        # (an opening on the topic answers it too, its verdict told by what exists: "Wat het gezamenlijk inkopen betreft:
        # de ACM publiceerde in 2024 al een leidraad …"; round 64)
        if len(gaps) != 1 or (
            answers_nothing(lead, promises_answer=False) and not L.TOPIC_OPENER.match(lead)
        ):
            continue
        rec = book.by_id[gaps[0]]
        # (a separable verb's te-infinitive read as the verb: "gezamenlijk in te kopen" shares "inkopen"; round 64)
        keys = {word_key(w) for w in content_word_list(L.SPLIT_TE_INFINITIVE.sub(r"\1\2", rec["text"]))}
        shared = list(dict.fromkeys(w for w in content_word_list(lead) if word_key(w) in keys))
        if len({word_key(w) for w in shared}) < 2:
            continue
        lk = {
            "paragraph": p["id"],
            "recommendation": gaps[0],
            "score": 0.6,
            "method": "similarity",
            "evidence": f"opens before the named answer, in its words: {', '.join(shared[:4])}"[:200],
        }
        links.insert(links.index(own[0]), lk)
        by_paragraph[p["id"]] = [lk, *own]
        p["recommendations"] = [gaps[0], *p["recommendations"]]
        answered.add(gaps[0])


def _topic_opens_a_closing(
    paragraphs: list[dict[str, Any]],
    links: list[LinkDict],
    restating: set[str],
    full: str,
    book: _Book,
    distinct: Distinctive,
) -> None:
    """A paragraph read as the closing that opens on the topic of one recommendation no paragraph answers ("Wat de
    landelijke monitoring betreft: het WODC publiceert sinds 2023 jaarlijks …", `TOPIC_OPENER`) is that one's answer,
    the last in the letter: a response linked to it (round 63, holdout370: the paragraph classifier read the last answer
    before the thanks as the closing)."""
    answered = {lk["recommendation"] for lk in links if lk["paragraph"] not in restating}
    reading = {p["id"]: k for k, p in enumerate(paragraphs)}
    for p in paragraphs:
        if p.get("label") != "closing" or p["id"] in restating:
            continue
        text = full[p["start"] : p["end"]]
        topic = L.TOPIC_OPENER.match(text)
        if topic is None:
            continue
        named = distinct.best(topic_words(topic))
        if named is None or book.recs[named[0]]["id"] in answered:
            continue
        rec = book.recs[named[0]]
        lk: LinkDict = {
            "paragraph": p["id"],
            "recommendation": rec["id"],
            "score": 0.85,
            "method": "similarity",
            "evidence": f"topic: {', '.join(named[1][:4])}",
        }
        at = next(
            (i for i, other in enumerate(links) if reading[other["paragraph"]] > reading[p["id"]]), len(links)
        )
        links.insert(at, lk)
        p["recommendations"] = [rec["id"]]
        p["label"] = "response"
        p["score"] = p.get("scores", {}).get("response", p.get("score"))
        answered.add(rec["id"])


def _continue_back_reference(
    paragraphs: list[dict[str, Any]], links: list[LinkDict], restating: set[str], full: str
) -> None:
    """A response paragraph linked to nothing that opens on a pronominal adverb pointing back ("Daarbij geldt een
    overgangstermijn …", `BACK_REFERRING_OPENER`) answers what the response right before it answered."""
    by_paragraph: dict[str, list[LinkDict]] = {}
    for lk in links:
        by_paragraph.setdefault(lk["paragraph"], []).append(lk)
    for before, p in itertools.pairwise(paragraphs):
        if (
            p.get("label") != "response"
            or by_paragraph.get(p["id"])
            or p["id"] in restating
            or before.get("label") != "response"
            or before["id"] in restating
            or before.get("section")
            != p.get("section")  # (not across a heading: "Overig" opens something else)
            or not by_paragraph.get(before["id"])
            or L.BACK_REFERRING_OPENER.match(full, p["start"], p["end"]) is None
        ):
            continue
        at = links.index(by_paragraph[before["id"]][-1]) + 1
        carried: list[LinkDict] = [
            {
                "paragraph": p["id"],
                "recommendation": lk["recommendation"],
                "score": 0.8,
                "method": "section",
                "evidence": f"continues {before['id']} on {lk['recommendation']}",
            }
            for lk in by_paragraph[before["id"]]
        ]
        links[at:at] = carried
        by_paragraph[p["id"]] = carried
        p["recommendations"] = [lk["recommendation"] for lk in carried]


def _fill_unlinked(
    paragraphs: list[dict[str, Any]],
    links: list[LinkDict],
    by_paragraph: dict[str, list[LinkDict]],
    position: dict[str, int],
    restating: set[str],
    full: str,
    book: _Book,
) -> None:
    """A response paragraph after the restatements that the linker linked to nothing (or only as the continuation of
    the answer right before it, while it opens on a topic of its own: `TOPIC_OPENER`), between the answers to
    recommendations a and b (a = -1 before the first answer, b past the last recommendation after the last answer),
    where exactly one recommendation between a and b has
    no answer at all and shares a content word with the paragraph, answers that one: "Een tappunt op ieder station …
    staat niet in verhouding tot de kosten. … om tappunten te plaatsen op alle stations met …" between the answers
    to the second and the fourth, on "Plaats op ieder treinstation een watertappunt"."""
    order = [p for p in paragraphs if p["id"] not in restating]
    reading = {p["id"]: k for k, p in enumerate(paragraphs)}
    first_restated = next((k for k, p in enumerate(paragraphs) if p["id"] in restating), None)
    if first_restated is None:
        return
    after_restated = {p["id"] for p in paragraphs[first_restated:]}
    answered = {
        lk["recommendation"]
        for p in order
        if p.get("label") == "response"
        for lk in by_paragraph.get(p["id"], [])
        if not lk["evidence"].startswith("continues ")
    }
    answers_begun = (
        False  # a response, or the answers announced ("Hieronder ga ik per onderwerp op … in"), before
    )
    for k, p in enumerate(order):
        begun, answers_begun = (
            answers_begun,
            answers_begun
            or p.get("label") == "response"
            or bool(L.ANSWERS_ANNOUNCED.search(full, p["start"], p["end"])),
        )
        if p["id"] not in after_restated:
            continue
        text = full[p["start"] : p["end"]]
        if p.get("label") == "context" and begun and not by_paragraph.get(p["id"]):
            # Since round 44 also a paragraph read as context, once the answers have begun, that gives a verdict of
            # its own ("Een minimum aantal uren in de kerndoelen past daar niet bij." after "Hieronder ga ik per
            # onderwerp op de aanbevelingen in"): the answer by content alone to the one recommendation left
            # unanswered in its place (the same test below); a paragraph that only frames the answers has no verdict.
            if answers_nothing(text, promises_answer=False):
                continue
        elif p.get("label") != "response":
            continue
        own = by_paragraph.get(p["id"], [])
        goes_on = (
            len(own) == 1 and own[0]["method"] == "section" and own[0]["evidence"].startswith("continues ")
        )
        continuing = goes_on and L.TOPIC_OPENER.match(text) is not None
        if (own and not goes_on) or answers_nothing(text):
            continue  # (a paragraph with no verdict and no act of ours frames the answers: "Ik deel de conclusie …")
        before = max(
            (
                position[lk["recommendation"]]
                for q in order[:k]
                if q.get("label") == "response"
                for lk in by_paragraph.get(q["id"], [])
            ),
            default=-1,
        )
        after = next(
            (
                min(position[lk["recommendation"]] for lk in by_paragraph[q["id"]])
                for q in order[k + 1 :]
                if q.get("label") == "response" and by_paragraph.get(q["id"])
            ),
            None,
        )
        trailing = after is None
        if after is None:
            # (after the last answer: the recommendations after the one answered last; "Om dat besluit goed voor te
            # bereiden, laat ik … in kaart brengen wat invoering in alle gemeenten … zou kosten" after the answer to
            # the third of four, on two of its words; one word said once is too little there: round 51)
            after = len(position)
        if after <= before + 1:
            continue
        gaps = [rid for rid, i in position.items() if before < i < after and rid not in answered]
        if len(gaps) != 1:
            continue
        rec = book.by_id[gaps[0]]
        shared = sorted(
            {word_key(w) for w in content_word_list(text)}
            & {word_key(w) for w in content_word_list(rec["text"])}
        )
        if not shared or (trailing and len(shared) < 2):
            continue
        if goes_on and not continuing:
            # a paragraph read as going on with the answer before it, with no topic opener of its own, moves only when
            # its words are the unanswered one's more than those of the one it went on with: "Een registratie van
            # blootgestelde werknemers … vraagt veel van kleine werkgevers. … of zo'n verplichting er komt." between
            # the answers to the first and the third, on "werkgevers te verplichten bij te houden welke werknemers …"
            # (round 66, holdout397)
            went_on = book.by_id[own[0]["recommendation"]]
            kept = {word_key(w) for w in content_word_list(text)} & {
                word_key(w) for w in content_word_list(went_on["text"])
            }
            if trailing or len(shared) < 2 or len(shared) <= len(kept):
                continue
            continuing = True
        evidence = f"in order: between the answers around it; shares {', '.join(shared[:4])}"
        if continuing:
            lk = own[0]
            lk["recommendation"], lk["evidence"] = gaps[0], evidence
        else:
            lk = {
                "paragraph": p["id"],
                "recommendation": gaps[0],
                "score": 0.5,
                "method": "similarity",
                "evidence": evidence[:200],
            }
            # (in reading order among the links: after those of the paragraphs before it)
            at = next(
                (i for i, other in enumerate(links) if reading[other["paragraph"]] > reading[p["id"]]),
                len(links),
            )
            links.insert(at, lk)
            by_paragraph[p["id"]] = [lk]
        p["recommendations"] = [gaps[0]]
        if p.get("label") == "context":
            p["label"] = "response"
            p["score"] = p.get("scores", {}).get("response", p.get("score"))
        answered.add(gaps[0])


#: How far into a paragraph a reference to a recommendation opens it ("Voor de derde aanbeveling …").
_OPENING_REFERENCE = 30


def _within_group(
    named: list[tuple[Rec, Reference]],
    group: list[Rec],
    answered_in: dict[str, str | None],
    section: str | None,
) -> list[tuple[Rec, Reference]]:
    """Ordinals counted within the group restated last in this section, where the letter's own count points back.

    Under a heading that restates two recommendations in one paragraph ("Daarnaast adviseert de
    raad «…» en «…»"), "Het kabinet neemt het eerste advies over" and "Aan het tweede advies wordt
    al voldaan" count within that pair: read so only under a heading (the caller checks the pair
    stands in the paragraph's section), when every recommendation the ordinals name in the letter's
    count was answered already (outside the pair: in an earlier section), and the pair's own are
    open."""
    ordinal = [ref for _r, ref in named if ref.kind == "ordinal" and not ref.deferred]
    if section is None or len(group) < 2 or not ordinal or len(ordinal) != len(named):
        return named
    if any(ref.body is not None or any(n < 1 or n > len(group) for n in ref.ordinals) for ref in ordinal):
        return named
    if any(
        r["id"] not in answered_in or (r not in group and answered_in[r["id"]] == section)
        for r, _ref in named
    ):
        return named
    local = [(group[n - 1], ref) for ref in dict.fromkeys(ordinal) for n in ref.ordinals]
    if any(r["id"] in answered_in for r, _ref in local):
        return named
    return list({r["id"]: (r, ref) for r, ref in local}.values())


def _paragraph_number(pid: str) -> int:
    """The reading-order number of a paragraph id ("p12" -> 12; 0 for none)."""
    return int(pid[1:]) if pid[:1] == "p" and pid[1:].isdigit() else 0


def topic_words(topic: re.Match[str]) -> str:
    """The words naming the topic in a `TOPIC_OPENER` match."""
    return str(next(g for g in topic.group("t1", "t2", "t3", "t4", "t5", "t6") if g))


def _contrasts_with_before(text: str) -> bool:
    """Whether the first sentence sets its case against the paragraph before ("Voor uitzendkrachten, die vaak van locatie
    wisselen, ligt dat anders."), not against its own first half ("Een gesprek met de ouders is van belang, maar bij een
    zeventienjarige ligt dat anders": "dat" is the sentence's own)."""
    m = L.CONTRAST_WITH_BEFORE.search(text, 0, _first_sentence_end(text))
    return m is not None and L.BUT.search(text, 0, m.start()) is None


def _title_shares_word(title: str, text: str) -> bool:
    """Whether a heading shares a word with a recommendation's text (by their first five letters; a separable verb's
    particle is a word of its own: "Voortzetting" and "… voort te zetten"; a compound ends in the heading's word: "Een
    recht op begeleiding" and "loopbaanbegeleiding")."""
    title_keys = {word_key(w) for w in content_word_list(title)}
    rec_keys = {word_key(w) for w in content_word_list(text)}
    title_words = {w[:5] for w in title_keys}
    rec_words = {w[:5] for w in rec_keys}
    return bool(
        title_words & rec_words
        or any(len(r) >= 4 and tw.startswith(r) for tw in title_words for r in rec_words)
        or any(len(tw) >= 6 and rw.endswith(tw) for tw in title_keys for rw in rec_keys)
    )


def _restated_after(rec: Rec, p: dict[str, Any]) -> bool:
    """Whether the letter restates `rec` only after paragraph `p` (a recommendation of the letter's own text)."""
    start = rec.get("start")
    return rec.get("source") == "letter" and isinstance(start, int) and start >= p["end"]


def _first_sentence_end(text: str) -> int:
    """Where a paragraph's first sentence ends (after ". ", "? " or "! "), else its end."""
    m = re.search(r"[.?!](?=\s)", text)
    return m.end() if m is not None else len(text)


def _lead_clause_end(text: str) -> int:
    """End of a paragraph's opening up to its first colon or the end of its first sentence: "Voor die mijnenjagers kies ik
    daarom voor een tussenoplossing:" (what follows the colon works the choice out)."""
    first = _first_sentence_end(text)
    colon = text.find(":", 0, first)
    return colon if colon > 0 else first


def restated_together(book: _Book, a: int, b: int) -> bool:
    """Whether the recommendations at positions `a` and `b` were restated in the same paragraph."""
    return book.recs[a].get("paragraph") is not None and book.recs[a].get("paragraph") == book.recs[b].get(
        "paragraph"
    )


def _later_verdict(text: str, distinct: Distinctive) -> tuple[int, list[str]] | None:
    """The one recommendation whose own words a verdict after the first sentence uses decisively ("Een
    loket voor makers is er al. Het voorstel om het bereik jaarlijks te meten, neem ik gedeeltelijk over.")."""
    spans = split_sentences(text)
    # (or a later sentence saying what is asked happens already: "Een registerplicht … acht ik niet proportioneel: ….
    # Het richten van inspecties op poederverwerkende bedrijven gebeurt al."; round 60)
    verdicts = " ".join(
        text[a:b]
        for a, b in spans[1:]
        if SUMMARY_VERDICT.search(text, a, b) or IN_PLACE_STATED.search(text, a, b)
    )
    hits = distinct.hits(verdicts) if verdicts else {}
    strong = [(i, w) for i, w in hits.items() if len(w) >= 2 or any(len(x) >= LONG_WORD for x in w)]
    return strong[0] if len(strong) == 1 else None


def _verdict_on_next(
    text: str, at: int, distinct: Distinctive, book: _Book, answered: Collection[str]
) -> tuple[int, list[str]] | None:
    """The recommendation after the one at position `at`, not answered yet, when `text` opens without a stance in the
    words of the one at `at` and a sentence past its first decides on a proposal in words only that one has (two, or
    one of `LONG_WORD` letters) and no sentence that decides uses the words of the one at `at`; with those words, else
    None."""
    nxt = at + 1
    if nxt >= len(book.recs) or book.recs[nxt]["id"] in answered:
        return None
    spans = split_sentences(text)
    if not spans:
        return None
    opening = text[: spans[0][1]]
    if at in distinct.hits(opening) and classify_sentence(opening).label is not None:
        # (an opening that itself takes a stance in the words of the one before goes on with its answer: "Hulp door een
        # eigen begeleider in het stemhokje vind ik echter een te groot risico …. Ik kies er daarom voor de hulp alleen
        # toe te staan wanneer zij door een lid van het stembureau wordt gegeven" turns the first answer, whatever word
        # of the next its choice uses)
        return None
    verdicts = [text[a:b] for a, b in spans[1:] if classify_sentence(text[a:b]).label in _DECISIONS]
    if not verdicts:
        return None
    words: list[str] = []
    for verdict in verdicts:
        hits = distinct.hits(verdict)
        if at in hits:
            return None
        words.extend(w for w in hits.get(nxt, []) if w not in words)
    if len(words) >= 2 or any(len(w) >= LONG_WORD for w in words):
        return nxt, words
    return None


#: The stances that decide on a proposal (not what exists or is only taken note of).
_DECISIONS = frozenset({"adopted", "partly_adopted", "rejected"})


class RecommendationLinker:
    """spaCy component ``kamerstuk_recommendation_linker``."""

    def __init__(
        self, name: str, similarity_cutoff: float, margin: float, min_shared: int, deferrals: bool
    ) -> None:
        self.name = name
        self.similarity_cutoff = similarity_cutoff
        self.margin = margin
        self.min_shared = min_shared
        self.deferrals = deferrals

    def __call__(self, doc: Doc) -> Doc:
        info = data(doc)
        recs: list[Rec] = info["recommendations"]
        paragraphs = info["paragraphs"]
        links: list[LinkDict] = []
        info["links"] = links
        if not recs:
            for p in paragraphs:
                p["recommendations"] = []
            return settle_unanswered(doc)
        order = {p["id"]: i for i, p in enumerate(paragraphs)}
        book = _Book(recs, order, introduced_names(doc_text(doc)))
        index = ContentIndex([r["text"] for r in recs])
        position = {r["id"]: i for i, r in enumerate(recs)}
        restated_in: dict[str, list[Rec]] = {}
        for r in recs:
            if r.get("paragraph"):
                restated_in.setdefault(r["paragraph"], []).append(r)
        distinct = Distinctive([r["text"] for r in recs])
        # Answers by content come after the recommendations are first restated (none: a caller's list).
        first_restated = min((order[pid] for pid in restated_in if pid in order), default=-1)
        full = doc_text(doc)
        headings = self._headings(info["sections"], paragraphs, book, index, restated_in, full)
        explains = explained_by(doc)
        answered: set[str] = set()  # recommendations answered so far: "de overige aanbevelingen" are the rest

        antecedent: list[Rec] = []
        run: list[Rec] = []  # recommendations restated in the last paragraphs in a row
        group: list[Rec] = []  # the recommendations of the last paragraph that restated some
        group_section: str | None = None  # … and the section it stands in
        answered_in: dict[str, str | None] = {}  # the section each recommendation was first answered in
        last_restated = False
        context: str | None = None
        section: str | None = None
        previous: list[LinkDict] = []  # explicit links of the last linked paragraph in this section
        just_before: list[LinkDict] = []  # the links of the paragraph right before
        section_before: str | None = None  # … and the section it stands in
        titles = {s["id"]: s["title"] for s in info["sections"]}
        for k, p in enumerate(paragraphs):
            if p["section"] != section:
                section, previous = p["section"], []
                if p["section"] in headings:
                    antecedent = headings[p["section"]][0]
                elif antecedent and all(r["id"] in answered for r in antecedent):
                    # "### Voorlichting" after the answer on the third under "### Betalingsregeling": "deze
                    # aanbeveling" below the new heading is not the one answered above it, but the next in order
                    last = max(position[r["id"]] for r in antecedent)
                    following = recs[last + 1] if last + 1 < len(recs) else None
                    antecedent = (
                        [following] if following is not None and following["id"] not in answered else []
                    )
                # A heading that names one report's body ("Reactie op het advies van de Rli") puts
                # that report in view: "de eerste aanbeveling" below it is that report's first.
                named_report = book.mentioned_report(titles.get(p["section"] or "", ""))
                if named_report is not None:
                    context = named_report
            text = full[p["start"] : p["end"]]
            refs = find_references(text)
            named, unresolved = self._named(refs, text, book, context, order[p["id"]], index, answered)
            if p.get("label") in LINKABLE and p["id"] not in restated_in and p["section"] == group_section:
                named = _within_group(named, group, answered_in, p["section"])
            found: list[LinkDict] = []
            if (
                p.get("label") == "closing"
                and p["id"] not in restated_in
                and p["section"] in headings
                and len(headings[p["section"]][0]) == 1
                and (k == 0 or paragraphs[k - 1]["section"] != p["section"])
                and k + 1 < len(paragraphs)
            ):
                # the first paragraph under a heading on one recommendation ("**Openbaarheid van verbruik en prijs**")
                # answers it, though it stands last before the closing words (round 65)
                p["label"] = "response"
            if p.get("label") in LINKABLE:
                found = self._evidence(
                    p,
                    text,
                    restated_in.get(p["id"], []) or ([explains[p["id"]]] if p["id"] in explains else []),
                    refs,
                    named,
                    unresolved,
                    antecedent,
                    run,
                    previous
                    if p["section"] is not None
                    or (previous and order.get(previous[0]["paragraph"], -9) == order[p["id"]] - 1)
                    else [],
                    headings,
                    index,
                    position,
                    book,
                    distinct if order[p["id"]] > first_restated else None,
                    titles,
                    # between a recommendation restated alone and the next one restated: its answer
                    sandwiched=k + 1 < len(paragraphs)
                    and bool(restated_in.get(paragraphs[k + 1]["id"]))
                    and k > 0
                    and len(restated_in.get(paragraphs[k - 1]["id"], [])) == 1,
                    answered=answered,
                    just_before=just_before,
                    same_section=p["section"] is not None and p["section"] == section_before,
                )
                if (
                    0 <= order[p["id"]] < first_restated
                    and found
                    and all(
                        lk["method"] == "similarity" and lk["evidence"].startswith("shares ") for lk in found
                    )
                    # (an answer in the government's voice stays one: "Ik onderschrijf die aanpak.", "… spreekt mij aan")
                    and not L.GOVERNMENT_VOICE.search(text)
                ):
                    # a paragraph before the recommendations are restated that shares their words only: the
                    # report's findings told before its recommendations, no answer (round 65)
                    found = []
                    if p.get("label") == "response":
                        p["label"] = "context"
            elif p.get("label") != "closing":
                # A deferral is linked whatever the paragraph's role ("Op de derde aanbeveling kom
                # ik later in deze brief terug" often stands alone, read as context).
                found = [self._link(p["id"], r, *self._explicit(ref)) for r, ref in named if ref.deferred]
            # What later anaphora ("deze aanbeveling") and continuations refer to.
            if p["id"] in restated_in:
                antecedent = restated_in[p["id"]]
                group, group_section = antecedent, p["section"]
                run = (run if last_restated else []) + antecedent
            elif [r for r, ref in named if not ref.deferred]:
                antecedent = [r for r, ref in named if not ref.deferred]
            last_restated = p["id"] in restated_in
            explicit = [
                lk
                for lk in found
                if (lk["method"] == "explicit" and "later answer" not in lk["evidence"])
                or lk["evidence"].startswith("topic: ")  # "Wat X betreft, …" names its recommendation
            ]
            topical = [
                book.by_id[lk["recommendation"]] for lk in found if lk["evidence"].startswith("topic: ")
            ]
            if topical and p["id"] not in restated_in:
                antecedent = topical
            if len(found) == 1 and found[0]["method"] == "restates":
                # "Aanbeveling 4 vraagt om een evaluatie." followed by "Daarmee is het kabinet het
                # eens.": the answer after one recommendation restated on its own continues it.
                explicit = found
            deferred_here = [lk for lk in found if "later answer" in lk["evidence"]]
            if deferred_here and L.DEFERRAL_NEXT.search(text):
                # "Op de aanbevelingen 5 en 6 ga ik hieronder in": the next paragraphs answer them.
                explicit = deferred_here
            if found:
                previous = explicit or previous
                context = book.report[found[0]["recommendation"]]
            elif p["id"] not in restated_in:
                # "Het kabinet dankt de Rli voor een helder advies." after the other report's list puts
                # the Rli in view: "de eerste aanbeveling" below it is the Rli's first
                opening_report = book.mentioned_report(text[: _first_sentence_end(text)])
                if opening_report is not None:
                    context = opening_report
            if p.get("label") == "response" and p["id"] not in restated_in:
                answered.update(lk["recommendation"] for lk in found if lk not in deferred_here)
                for lk in found:
                    if lk not in deferred_here:
                        answered_in.setdefault(lk["recommendation"], p["section"])
            p["recommendations"] = [lk["recommendation"] for lk in found]
            links.extend(found)
            just_before = found
            section_before = p["section"]
        _continue_back_reference(paragraphs, links, set(restated_in), full)
        _fill_in_order(paragraphs, links, position, set(restated_in), full, book)
        _agreement_before_turn(paragraphs, links, set(restated_in), full)
        _lead_before_reference(paragraphs, links, position, set(restated_in), full, book)
        _topic_opens_a_closing(paragraphs, links, set(restated_in), full, book, distinct)
        if SPAN_GROUP in doc.spans:
            # (a paragraph read as context that `_fill_unlinked` found to answer: its span says so too)
            spans = list(doc.spans[SPAN_GROUP])
            if any(
                span.label_ != p.get("label", span.label_) for span, p in zip(spans, paragraphs, strict=False)
            ):
                for span, p in zip(spans, paragraphs, strict=False):
                    span.label_ = p.get("label", span.label_)
                doc.spans[SPAN_GROUP] = spans
        return settle_unanswered(doc)

    def _named(
        self,
        refs: list[Reference],
        text: str,
        book: _Book,
        context: str | None,
        where: int,
        index: ContentIndex | None = None,
        answered: Collection[str] = (),
    ) -> tuple[list[tuple[Rec, Reference]], bool]:
        """Recommendations named by ordinal, number, topic, addressee, "alle" or "de overige"
        (those not in `answered`), each with its reference, in order; and whether some
        reference named none of ours (another body's, or a number we lack)."""
        named: dict[str, tuple[Rec, Reference]] = {}
        unresolved = False
        for ref in refs:
            if ref.kind == "anaphor" or (ref.deferred and not self.deferrals):
                continue
            if ref.kind == "code":
                # an unknown code ("CO2", "A12") is no reference of ours, and no sign of another body's
                for r in book.recs:
                    if r.get("code") in ref.codes:
                        named.setdefault(r["id"], (r, ref))
                continue
            if ref.kind == "topic":
                for r in self._by_topic(ref, book, index):
                    named.setdefault(r["id"], (r, ref))
                continue
            if ref.kind == "all" and ref.body is not None:
                # "De aanbevelingen van de ILT …": those of the report the body made, in a letter on two or more
                # (with one report, or a body of none, the words are no reference of ours; round 63)
                of_body = book.mentioned_report(ref.body)
                if ref.deferred or of_body is None or len(set(book.report.values())) < 2:
                    continue
                for r in book.recs:
                    if book.report[r["id"]] == of_body:
                        named.setdefault(r["id"], (r, ref))
                continue
            if ref.kind in ("rest", "all", "addressee"):
                found_recs = (
                    by_addressee(ref, book.recs, names_match)
                    if ref.kind == "addressee"
                    else whole(ref, book.recs, answered, book.report_of, context)
                )
                unresolved = unresolved or not found_recs
                for r in found_recs:
                    named.setdefault(r["id"], (r, ref))
                continue
            found = book.resolve(ref, text[: ref.start], context, where)
            unresolved = unresolved or not found
            for r in found or []:
                named.setdefault(r["id"], (r, ref))
        return list(named.values()), unresolved

    def _headings(
        self,
        sections: list[dict[str, Any]],
        paragraphs: list[dict[str, Any]],
        book: _Book,
        index: ContentIndex,
        restated_in: dict[str, list[Rec]],
        full: str,
    ) -> dict[str, tuple[list[Rec], str]]:
        """Per section: the recommendation(s) it is about, with the evidence, from the one
        restated in it, its heading ("Aanbeveling 3: …", "Eerste aanbeveling", a heading that
        restates one), or its parent section's."""
        restated: dict[str, dict[str, Rec]] = {}
        first: dict[str, int] = {}  # each section's first paragraph
        for i, p in enumerate(paragraphs):
            if p["section"] is not None:
                first.setdefault(p["section"], i)
            for r in restated_in.get(p["id"], []):
                restated.setdefault(p["section"], {})[r["id"]] = r
        out: dict[str, tuple[list[Rec], str]] = {}
        stack: list[tuple[int, str]] = []  # (level, id) of the open parent sections
        for s in sections:
            while stack and stack[-1][0] >= s["level"]:
                stack.pop()
            own = list(restated.get(s["id"], {}).values())
            if len(own) == 1:
                out[s["id"]] = (
                    own,
                    f"in the section where recommendation {own[0]['ordinal'] or own[0]['id']} is restated",
                )
            elif not own:
                title = s["title"]
                named = [
                    r
                    for ref in find_references(title)
                    if ref.kind != "anaphor"
                    for r in book.resolve(ref, "", None, first.get(s["id"], len(paragraphs))) or []
                ]
                if not named:
                    named = self._restated_by_title(title, index, book)
                    opening = self._named_in_first(s["id"], first, paragraphs, book, full)
                    if named and opening and named[0] not in opening:
                        # a heading of one recommendation's words over an answer that names another by number
                        # ("Hoogte van het zakgeld" over "De eerste aanbeveling …", while the third asks a report "over
                        # de hoogte … van het zakgeld"): the number decides (round 56)
                        named = opening
                if named:
                    out[s["id"]] = (named, f"under the heading «{title[:120]}»")
                elif stack and stack[-1][1] in out:
                    recs, evidence = out[stack[-1][1]]
                    out[s["id"]] = (recs, evidence)
            stack.append((s["level"], s["id"]))
        self._interpolate_headings(sections, paragraphs, book, restated_in, out)
        return out

    @staticmethod
    def _named_in_first(
        section: str, first: dict[str, int], paragraphs: list[dict[str, Any]], book: _Book, full: str
    ) -> list[Rec]:
        """The recommendations the first paragraph of `section` names by ordinal or number ("De eerste aanbeveling
        …"), in order; none when it names none."""
        at = first.get(section)
        if at is None:
            return []
        text = full[paragraphs[at]["start"] : paragraphs[at]["end"]]
        named: dict[str, Rec] = {}
        for ref in find_references(text):
            if ref.kind in ("ordinal", "number") and not ref.deferred:
                for r in book.resolve(ref, text[: ref.start], None, at) or []:
                    named.setdefault(r["id"], r)
        return list(named.values())

    @staticmethod
    def _interpolate_headings(
        sections: list[dict[str, Any]],
        paragraphs: list[dict[str, Any]],
        book: _Book,
        restated_in: dict[str, list[Rec]],
        out: dict[str, tuple[list[Rec], str]],
    ) -> None:
        """One topic heading per recommendation, in order ("Opschorting van de huur", "Behandeltermijn van de
        Huurcommissie", "Informatie voor huurders"): a heading between two read as recommendations a and b
        (the first after the restatements: between 0 and b), where exactly b - a - 1 such headings stand, is
        the next in order, when it shares a word with it. Only headings of one level after every
        recommendation is restated, in a letter answering one report."""
        if len(set(book.report.values())) > 1:
            return
        first_para: dict[str, str] = {}
        for p in paragraphs:
            if p["section"] is not None:
                first_para.setdefault(p["section"], p["id"])
        where = {p["id"]: i for i, p in enumerate(paragraphs)}
        restated_at = [where[pid] for pid in restated_in if pid in where]
        if not restated_at or not sections:
            return
        after = [
            s for s in sections if s["id"] in first_para and where[first_para[s["id"]]] > max(restated_at)
        ]
        if not after or len({s["level"] for s in after}) != 1:
            return
        # (a heading that names no topic, "Tot slot", "Vervolg", is no recommendation's place; round 47)
        after = [
            s
            for s in after
            if any(w.lower() not in L.HEADING_STOPWORDS for w in content_word_list(s["title"]))
        ]
        if not after:
            return
        position = {r["id"]: i for i, r in enumerate(book.recs)}
        if any(s["id"] in out and len(out[s["id"]][0]) != 1 for s in after):
            return
        at: list[int | None] = [position[out[s["id"]][0][0]["id"]] if s["id"] in out else None for s in after]
        one_each = len(after) == len(book.recs)
        wrong = [k for k, a in enumerate(at) if a is not None and a != k]
        if (
            one_each
            and len(wrong) == 1
            and _title_shares_word(after[wrong[0]]["title"], book.recs[wrong[0]]["text"])
        ):
            # one heading per recommendation, all in order but one read by its words as another's ("Vrij te houden
            # zones" over the answer to the first, on the zones to keep free, while the fourth asks compensation for
            # "de vrij te houden zones"): the one of its place, which shares a word with it (round 50)
            k = wrong[0]
            out[after[k]["id"]] = (
                [book.recs[k]],
                f"under the heading «{after[k]['title'][:120]}» (in order)",
            )
            at[k] = k
        known = [(k, a) for k, a in enumerate(at) if a is not None]
        if not known or [a for _, a in known] != sorted({a for _, a in known}):
            return  # (not in order, or one recommendation under two headings)
        bounds = [(-1, -1), *known, (len(after), len(book.recs))]
        for (k0, a0), (k1, a1) in itertools.pairwise(bounds):
            gap = list(range(k0 + 1, k1))
            if not gap or len(gap) != a1 - a0 - 1:
                continue
            for k, rec_at in zip(gap, range(a0 + 1, a1), strict=True):
                rec = book.recs[rec_at]
                # (the last heading left when there is one heading per recommendation and all others stand in order
                # needs no word of its own: "Middelen" over the answer to the fourth, on a contribution; round 50)
                last_left = (
                    one_each
                    and k == len(after) - 1
                    and rec_at == len(book.recs) - 1
                    and all(after[j]["id"] in out for j in range(k))
                )
                if _title_shares_word(after[k]["title"], rec["text"]) or last_left:
                    out[after[k]["id"]] = ([rec], f"under the heading «{after[k]['title'][:120]}» (in order)")

    @staticmethod
    def _by_topic(ref: Reference, book: _Book, index: ContentIndex | None) -> list[Rec]:
        """The recommendations a topic reference names: for each part, the one recommendation
        whose words include the part's content words ("het personeelsdossier"); a part that fits
        none or several names nothing (the paragraph may still be linked by content)."""
        if index is None:
            return []
        out: list[Rec] = []
        for part in ref.topics:
            words = [w for w in content_word_list(part) if w not in L.HEADING_STOPWORDS]
            keys = {word_key(w) for w in words}
            fits = index.containing(keys) if 0 < len(keys) <= 8 else []
            if not fits and keys:
                # "de aanbeveling over het minimumloon gedeeltelijk over": the words no recommendation has
                # ("gedeeltelijk") tell nothing; the rest names one if two of them, or one long word, fit only it
                known = index.known(keys)
                if len(known) >= 2 or any(len(w) >= LONG_WORD and word_key(w) in known for w in words):
                    fits = index.containing(known) if known != keys else []
            if len(fits) == 1:
                out.append(book.recs[fits[0]])
        return out

    @staticmethod
    def _restated_by_title(title: str, index: ContentIndex, book: _Book) -> list[Rec]:
        """The one recommendation whose words include all of a heading's ("Vergoeding voor
        agrarisch natuurbeheer"); none when the heading is generic or fits several."""
        keys = {word_key(w) for w in content_word_list(title) if w not in L.HEADING_STOPWORDS}
        if not keys:
            return []
        fits = index.containing(keys) if len(keys) <= 8 else []
        return [book.recs[fits[0]]] if len(fits) == 1 else []

    def _evidence(
        self,
        p: dict[str, Any],
        text: str,
        restated: list[Rec],
        refs: list[Reference],
        named: list[tuple[Rec, Reference]],
        unresolved: bool,
        antecedent: list[Rec],
        run: list[Rec],
        previous: list[LinkDict],
        headings: dict[str, tuple[list[Rec], str]],
        index: ContentIndex,
        position: dict[str, int],
        book: _Book,
        distinct: Distinctive | None = None,
        titles: dict[str, str] | None = None,
        sandwiched: bool = False,
        answered: Collection[str] = (),
        just_before: Sequence[LinkDict] = (),
        same_section: bool = False,
    ) -> list[LinkDict]:
        """The links of one linkable paragraph, strongest evidence first (see the module doc);
        `distinct` is given for paragraphs below the restated recommendations, which may answer
        one by its own words only; `same_section` says the paragraph right before stands under the same heading."""
        pid = p["id"]
        out: dict[str, LinkDict] = {}

        def link(rec: Rec, score: float, method: str, evidence: str) -> None:
            out.setdefault(rec["id"], self._link(pid, rec, score, method, evidence))

        def go_on(before: LinkDict, score: float) -> None:
            """Link to what the paragraph `before` linked, as the same answer going on."""
            rec = book.by_id[before["recommendation"]]
            link(rec, score, "section", f"continues {before['paragraph']} on {before['recommendation']}")

        heading = headings.get(p["section"]) if p["section"] else None
        for r in restated:
            link(r, 1.0, "restates", r["text"])
        if out:
            return list(out.values())
        opening = _first_sentence_end(text)
        own = None
        passing = bool(named) and all(
            ref.start >= opening
            and (L.NAMED_AS_ORIGIN.search(text, 0, ref.start) or L.NAMED_EARLIER_AFTER.match(text, ref.end))
            for _r, ref in named
        )
        if passing and distinct is not None:
            # "Een verplichting voor alle gebieden met meer dan een centimeter daling acht het kabinet niet verstandig.
            # … op basis van de bodemtoets uit de eerste aanbeveling" after the answer to the second: about the one its
            # opening names by its own words (two of them), the one answered right before
            own = distinct.best(text[:opening])
            if own is not None and (
                len(own[1]) < 2
                or any(book.recs[own[0]] is r for r, _ref in named)
                # (only where it goes on with the answer right before: a new topic is read by the rules below)
                or all(lk["recommendation"] != book.recs[own[0]]["id"] for lk in just_before)
            ):
                own = None
            if own is None and not any(ref.deferred for _r, ref in named):
                # "In de schoonmaak werken veel kleine bedrijven …. Het kabinet kiest er daarom voor het verbod op meer dan
                # twee schakels alleen in te voeren voor de bouw. … het wetsvoorstel dat bij de eerste aanbeveling is
                # genoemd." right after the answer to the third: it goes on with that one, in two or more of its own
                # words before the one named in passing (round 67, holdout413)
                before_named = min(ref.start for _r, ref in named)
                going_on = distinct.best(text[:before_named])
                if (
                    going_on is not None
                    and len(going_on[1]) >= 2
                    and all(book.recs[going_on[0]] is not r for r, _ref in named)
                    and len(just_before) == 1
                    and just_before[0]["recommendation"] == book.recs[going_on[0]]["id"]
                ):
                    own = going_on
            if own is None and all(ref.deferred for _r, ref in named):
                # "Een maximum voor bestaande tuinen grijpt echter diep in …. Op de vraag hoe …, ga ik hieronder bij de
                # tweede aanbeveling in.": the text before the one named as answered further on answers, by two or more
                # of its own words, one other recommendation not answered yet (round 62)
                named_ids = {r["id"] for r, _ref in named}
                before_named = min(ref.start for _r, ref in named)
                fits = [
                    (i, tuple(words))
                    for i, words in distinct.hits(text[:before_named]).items()
                    if len(words) >= 2
                    and book.recs[i]["id"] not in named_ids
                    and book.recs[i]["id"] not in answered
                ]
                if len(fits) == 1:
                    own = fits[0]
        for r, ref in named:
            # (one named in passing is linked, marked so: the stance reads its answers apart)
            link(
                r, *((0.7, "explicit", f"{ref.words} {NAMED_IN_PASSING}") if passing else self._explicit(ref))
            )
        if own is not None:
            link(book.recs[own[0]], 0.8, "similarity", f"opening on its words: {', '.join(own[1][:4])}")
        elif (
            passing
            and len(previous) == 1
            and previous[0]["method"] == "restates"
            and all(r["id"] != previous[0]["recommendation"] for r, _ref in named)
        ):
            # "Een vergunningplicht zou … bedrijven belasten. Ik houd daarom vast aan het stelsel …, dat met de maatregel
            # bij de eerste aanbeveling van de ILT wordt aangescherpt." right under the OVV's first, restated on its
            # own: the answer to that one, the other named in passing (round 51)
            rec = book.by_id[previous[0]["recommendation"]]
            link(rec, 0.85, "section", f"right under its restatement ({previous[0]['paragraph']})")
        # (not a group named to announce the answers: "Hieronder reageer ik op de vier aanbevelingen")
        anaphors = [ref for ref in refs if ref.kind == "anaphor" and not (ref.deferred and ref.plural)]
        topic = L.TOPIC_OPENER.match(text) if anaphors and distinct is not None and not out else None
        if topic is not None and distinct is not None:
            # "Wat de afspraken met de netbeheerders betreft, …. Ik neem kennis van deze aanbeveling":
            # the topic the paragraph opens with names the recommendation the anaphor stands for
            own = distinct.best(topic_words(topic))
            if own is None and topic.group("t6"):
                # ("Over de premie is het kabinet terughoudend. … over deze aanbeveling": one word of one recommendation
                # in the topic judged names it; round 51)
                topic_hits = distinct.hits(topic_words(topic))
                if len(topic_hits) == 1:
                    ((i, hit_words),) = topic_hits.items()
                    own = (i, tuple(hit_words))
            if own is not None and not anaphors[0].plural:
                link(book.recs[own[0]], 0.9, "explicit", f"{anaphors[0].words} → topic: {', '.join(own[1])}")
        if anaphors and not anaphors[0].plural and not out and distinct is not None:
            # "Het centrale aanmeldpunt dat de NZa voorstelt, past daarbij. … Aan deze aanbeveling wordt
            # al invulling gegeven": the one the opening recalls with its body and its words
            recall = L.AS_BODY_PROPOSES.search(text, 0, opening)
            body_report = book.mentioned_report(text[: recall.end()]) if recall is not None else None
            if recall is not None and body_report is not None and anaphors[0].start >= recall.end():
                of_report = [position[r["id"]] for r in book.recs if book.report[r["id"]] == body_report]
                own = distinct.best(text[:opening], among=of_report)
                if own is not None:
                    link(
                        book.recs[own[0]],
                        0.9,
                        "explicit",
                        f"{anaphors[0].words} → recalled: {', '.join(own[1])}",
                    )
        if (
            anaphors
            and not anaphors[0].plural
            and not out
            and distinct is not None
            and anaphors[0].start >= opening
            # (not under the heading of one recommendation: "**Pauzes** Of de afspraak ook in de pauzes moet gelden, is
            # een vraag waarover scholen, ouders en leerlingen …. Ik neem kennis van deze aanbeveling" is the heading's,
            # whatever word the opening shares with another; round 48)
            and (heading is None or len(heading[0]) != 1)
        ):
            # "Een hoger uurtarief acht ik niet nodig. … Ik laat deze aanbeveling daarom rusten." after the answer
            # to the first: the opening names the one the later anaphor stands for by its own words
            first_own = distinct.best(text[:opening])
            if first_own is None:
                # a tie in the opening between one answered already and one not: the open one ("Een keurmerk voor de
                # huisvesting aan boord is … een zaak van de rederijen …. Ik neem kennis van deze aanbeveling" after
                # the answer to the rederijen's: the keurmerk's; round 48)
                tied = distinct.hits(text[:opening])
                open_tied = [
                    i for i in tied if book.recs[i]["id"] not in answered and book.recs[i] not in antecedent
                ]
                if len(tied) >= 2 and len(open_tied) == 1:
                    first_own = (open_tied[0], tuple(tied[open_tied[0]]))
            elif book.recs[first_own[0]]["id"] in answered:
                # the opening's best is answered already, one other it names is not: the open one ("Een telling na
                # iedere verkiezing van het aantal gedetineerden dat heeft gestemd, kan alleen als bij elke volmacht
                # …. Ik neem deze aanbeveling daarom niet over." after the answer on the volmachten; round 65)
                hits = distinct.hits(text[:opening])
                open_hits = [
                    i for i in hits if book.recs[i]["id"] not in answered and book.recs[i] not in antecedent
                ]
                if len(open_hits) == 1:
                    first_own = (open_hits[0], tuple(hits[open_hits[0]]))
            if (
                first_own is not None
                and book.recs[first_own[0]] not in antecedent
                # (not one the letter restates only further on: "Dat op sommige locaties … niet bekend was …, vind ik
                # onaanvaardbaar. Ik neem deze aanbeveling over." recalls the finding; the next recommendation's
                # "op iedere locatie" comes later)
                and not _restated_after(book.recs[first_own[0]], p)
            ):
                link(
                    book.recs[first_own[0]],
                    0.85,
                    "explicit",
                    f"{anaphors[0].words} → opening: {', '.join(first_own[1][:4])}",
                )
        leads = bool(anaphors) and anaphors[0].plural and anaphors[0].start < opening
        if (
            (not out or (leads and not any(ref.start < opening for _r, ref in named)))
            and anaphors
            and heading is None
        ):
            # A plural anaphor ("Bovengenoemde aanbevelingen", "deze aanbevelingen") after
            # recommendations restated one per paragraph refers to all of that run; one that opens the
            # paragraph ("Deze drie aanbevelingen neem ik over. … de termijnen uit de eerste en de
            # tweede aanbeveling …") does so next to the ordinals that follow it.
            among = run if anaphors[0].plural and anaphors[0].which is None and len(run) > 1 else antecedent
            whose = book.of_body(anaphors[0].body) if anaphors[0].body is not None else None
            if whose:
                # "De drie aanbevelingen van de raad" after the evaluators' two: the raad's
                among = [r for r in book.recs if book.report[r["id"]] in whose] or among
            among = _counted_group(anaphors[0].words, among, book.recs, pid)
            if not anaphors[0].plural and len(among) > 1:
                # "deze aanbeveling" after two restated together, the first already answered: the other one
                open_ones = [r for r in among if r["id"] not in answered]
                if len(open_ones) == 1:
                    among = open_ones
            if not anaphors[0].plural and len(just_before) == 1 and L.YET_OPENS.match(text):
                # "Toch gaat een verbod het kabinet te ver. … Het kabinet laat deze aanbeveling daarom rusten." right after
                # the paragraph on the second of three restated together: the one under discussion, unless the
                # paragraph's own words name another (round 61)
                before_rec = book.by_id[just_before[0]["recommendation"]]
                own_words = distinct.best(text) if distinct is not None else None
                if before_rec in antecedent and (own_words is None or book.recs[own_words[0]] is before_rec):
                    among = [before_rec]
            for r in self._resolve_anaphor(anaphors[0], text, among, index, position):
                link(r, 0.9, "explicit", f"{anaphors[0].words} → {r['id']}")
        opens_on_one = any(ref.start < _OPENING_REFERENCE and not ref.deferred for _r, ref in named)
        if heading is not None and not opens_on_one:
            # (a paragraph that opens by naming its recommendation, "Voor de derde aanbeveling van de RVS is …", is
            # about that one, whatever the heading above it covers; "Dit draagt ook bij aan de eerste aanbeveling"
            # under "Aanbeveling 4" is about the fourth as well)
            recs_here = heading[0]
            if len(recs_here) > 1 and not refs and distinct is not None:
                # Under "Aanbevelingen 1 en 2", a paragraph on the words of one only answers that one.
                own = distinct.best(text, among=[position[r["id"]] for r in recs_here])
                recs_here = [book.recs[own[0]]] if own is not None else recs_here
            elif len(recs_here) == 1 and not refs and distinct is not None:
                # Under «Erkenning van opleidingen», named in the words of the third, a paragraph in three or more words
                # of an earlier one not answered yet (twice as many as of any other), none of the third's own, answers
                # that one ("Vóór 1 juli 2027 stelt Defensie … vast of civiele erkenning mogelijk is. Het tijdpad …" for
                # the first; round 62)
                hits = distinct.hits(text)
                by_hits = sorted(hits, key=lambda i: -len(hits[i]))
                if (
                    by_hits
                    and position[recs_here[0]["id"]] not in hits
                    and len(hits[by_hits[0]]) >= 3
                    and all(len(hits[by_hits[0]]) >= 2 * len(hits[i]) for i in by_hits[1:])
                    and book.recs[by_hits[0]]["id"] not in answered
                    # (one passed over before the heading's own: a later one's words under an earlier heading are
                    # part of that heading's answer)
                    and by_hits[0] < position[recs_here[0]["id"]]
                ):
                    recs_here = [book.recs[by_hits[0]]]
            for r in recs_here:
                link(r, 0.85, "section", heading[1])
        # an answer that only announces a later one ("…; op de derde aanbeveling kom ik hieronder terug")
        # still answers the recommendation restated right above it
        only_deferrals = bool(out) and all("later answer" in lk["evidence"] for lk in out.values())
        right_under = bool(previous) and all(lk["method"] == "restates" for lk in previous)
        if only_deferrals and not right_under and distinct is not None:
            # "Een lagere maximumsnelheid voer ik daarom niet in. Op de derde aanbeveling … kom ik later
            # terug.": the sentences before the announcement answer another one, by its own words
            deferral_at = min((ref.start for _r, ref in named if ref.deferred), default=0)
            answer = text[: text.rfind(". ", 0, deferral_at) + 1]
            own = distinct.best(answer) if answer.strip() else None
            if own is not None and (len(own[1]) >= 2 or any(len(w) >= LONG_WORD for w in own[1])):
                link(book.recs[own[0]], 0.75, "similarity", f"before a later answer: {', '.join(own[1][:4])}")
        if (out and not (only_deferrals and right_under)) or unresolved:
            return list(out.values())  # (a reference to another body's recommendation continues nothing)
        if distinct is not None and not out:
            # "Het standpunt van het kabinet is in het kort: - het scholingsbudget neemt het kabinet
            # niet over; - de regionale coach neemt het kabinet over; …": a verdict per item
            for i, item_words in _verdicts_per_item(text, distinct):
                link(book.recs[i], 0.7, "similarity", f"verdict per item: {', '.join(item_words[:4])}")
            if out:
                return list(out.values())
        # (without sections, only the answer right under one recommendation restated on its own)
        # (without sections only right under the paragraph that restated one recommendation on its own:
        # the caller passes `previous` there and nowhere else)
        under_restated = bool(previous) and all(lk["method"] == "restates" for lk in previous)
        carried = previous if p["section"] is not None or under_restated else []
        if (
            under_restated
            and forward_reference(text)
            and _first_sentence_end(text) >= len(text.rstrip())
            and L.ANNOUNCES_THE_RECOMMENDATIONS.search(text)
        ):
            # "Hieronder ga ik per aanbeveling in op wat ik met het rapport doe." right under the last item of the list:
            # the answers announced, not the last recommendation's answer (round 60)
            return []
        recalled = (
            L.AS_BODY_PROPOSES.search(text, 0, _first_sentence_end(text)) if distinct is not None else None
        )
        other_report = (
            book.mentioned_report(text[: recalled.end()], generic=True) if recalled is not None else None
        )
        if other_report is not None:
            # "Een wettelijk maximum van twintig uur, zoals het WODC voorstelt, neem ik niet over." after
            # an answer to the inspectie's, or "Het centrale aanmeldpunt dat de NZa voorstelt, past
            # daarbij." anywhere: a recommendation of the report it names, by its words
            of_report = [position[r["id"]] for r in book.recs if book.report[r["id"]] == other_report]
            held = {position[lk["recommendation"]] for lk in carried or previous}
            another_body = not (held & set(of_report))
            # (after an answer to one of the same body's, only the sentence that recalls it: the next
            # sentences may go on in the words of the one answered before)
            said = text if another_body else text[: _first_sentence_end(text)]
            own = distinct.best(said, among=of_report) if distinct is not None else None
            hits = distinct.hits(said, among=of_report) if distinct is not None and own is None else {}
            pick = own[0] if own is not None else (next(iter(hits)) if len(hits) == 1 else None)
            shown = own[1] if own is not None else tuple(hits[pick]) if pick is not None else ()
            if pick is None and not another_body:
                # "Het jaarlijkse gesprek waarom de Rob vraagt, …" right after the answer to the Rob's first:
                # the one of its recommendations not answered yet
                left = [i for i in of_report if book.recs[i]["id"] not in answered and i not in held]
                if len(left) == 1:
                    pick, shown = left[0], ("not yet answered",)
            if pick is not None and (another_body or pick not in held):
                link(book.recs[pick], 0.8, "similarity", f"names {other_report}: {', '.join(shown[:4])}")
                return list(out.values())
            if another_body:
                carried = []
        # (or later in the paragraph: "Voor middelgrote bedrijven ligt dat anders: …. Ik beperk het krediet tot …, en
        # niet tot 250 zoals het CPB voorstelt" goes on with the answer before, unless its words name another)
        recalled_late = (
            L.AS_BODY_PROPOSES.search(text)
            if distinct is not None and recalled is None and not carried
            else None
        )
        if recalled_late is not None and (
            not recalled_late.group(0).lower().startswith("zoals")
            or book.mentioned_report(text[: _first_sentence_end(text)]) is not None
        ):
            # only "zoals X voorstelt" after a first sentence that names no body ("Het SCP en de RVS vragen
            # allebei …" opens a topic of its own)
            recalled_late = None
        named_by_words = (
            distinct.best(text)
            if distinct is not None and (recalled is not None or recalled_late is not None)
            else None
        )
        continued = ""  # the evidence of an answer that goes on with the one right before, if it does
        contrast: re.Match[str] | None = None
        if (
            (recalled is not None or recalled_late is not None)
            and other_report is None
            and not carried
            and len(just_before) == 1
            and (named_by_words is None or named_by_words[0] == position[just_before[0]["recommendation"]])
        ):
            # "Een controle van iedere melding, zoals de onderzoekers voorstellen, vraagt echter …" right
            # after the answer to one recommendation (a body named generically, no other recommendation
            # named by its words): that one, continued
            continued = "recalls {rec} after {par}"
        # (not after a recommendation restated on its own, a list item: the answers follow the whole list)
        elif (
            not carried
            and len(just_before) == 1
            and just_before[0]["method"] != "restates"
            and distinct is not None
            and (
                L.CONSEQUENCE_OF_BEFORE.search(text, 0, _first_sentence_end(text))
                # (a turn with "echter" only on none of another's words, or also on the one before's: "Een premie
                # voor iedere deelnemer gaat mij echter te ver" may turn to the "terugkeerpremie" of the next)
                or (
                    L.TURNS_AGAINST_BEFORE.match(text, 0, _first_sentence_end(text))
                    and (
                        not (turn_hits := distinct.hits(text))
                        or position[just_before[0]["recommendation"]] in turn_hits
                    )
                )
                or (contrast := L.CONTRAST_WITH_BEFORE.search(text, 0, _first_sentence_end(text))) is not None
                or (contrast := L.CONCESSION_AFTER.match(text, 0, _first_sentence_end(text))) is not None
            )
            and (
                # "Voor de kantoren in Den Haag ligt dat anders. …": the other side of the answer before (round 42)
                # (unless what it contrasts names only another recommendation's words: "Voor vervoerders ligt dat
                # anders. Een reinigingsbewijs …" after the answer on the yearly check turns to the one on carriers;
                # round 54)
                (
                    contrast is not None
                    # (nor a group in the words of one recommendation not yet answered: "Voor leerlingen die niet
                    # zelfstandig kunnen vluchten ligt dat anders." after the refusal of the third turns to the fourth,
                    # «zorg dat er voor iedere leerling die niet zelfstandig kan vluchten een … plan is»; round 63)
                    and not any(
                        len(words) >= 2
                        and book.recs[i]["id"] not in answered
                        and book.recs[i]["id"] != just_before[0]["recommendation"]
                        for i, words in distinct.hits(text[: contrast.start()]).items()
                    )
                )
                # a concession opening the paragraph ("Wel neem ik … op"), whatever words it shares (round 59)
                or L.CONCESSION_OPENS.match(text) is not None
                or
                # on no other's decisive words (one shared word is none: "voor jongeren die …" after the answer on
                # jongvolwassenen), or also on the words of the one before ("Ik kies daarom voor een
                # tegemoetkoming: wie door het wachten …. Een algemene terugbetaling van de leges voer ik niet in.")
                (best_other := distinct.best(text)) is None
                or len(best_other[1]) < 2
                or position[just_before[0]["recommendation"]] in distinct.hits(text)
                # or the opening points back with a demonstrative and has none of another's words ("Voor die
                # mijnenjagers kies ik daarom voor een tussenoplossing: … het water wordt tweewekelijks bemonsterd";
                # since round 41)
                or (
                    (lead_end := _lead_clause_end(text)) > 0
                    and L.POINTS_BACK.search(text, 0, lead_end) is not None
                    and not distinct.hits(text[:lead_end])
                )
            )
        ):
            # "Aanbeveling 4 … kan ik echter niet buiten het overleg om invoeren." then "Ik breng het voorstel
            # daarom in bij het overleg …": the consequence of the answer right before
            continued = "follows from {par} on {rec}"
        if continued:
            lk = just_before[0]
            evidence = continued.format(rec=lk["recommendation"], par=lk["paragraph"])
            link(book.by_id[lk["recommendation"]], 0.7, "section", evidence)
            return list(out.values())
        if (
            carried
            and distinct is not None
            and not sandwiched
            # (not an opening that sets its case against the answer before: "Voor uitzendkrachten, die vaak van locatie
            # wisselen, ligt dat anders." goes on with that answer, whatever recommendation its topic's word is in;
            # round 50)
            and not _contrasts_with_before(text)
        ):
            # (not between a recommendation restated alone and the next one restated: "1. …" / answer /
            # "2. …" alternate, and the answer's words may be another's: "ouders en leerlingen")
            # "Wat de grondpolitiek betreft, …" or "Een landelijke campagne acht ik niet zinvol."
            # after an answer to others opens a new topic: the recommendation its words belong to
            # (the topic's words; else two or more words of the first sentence only it has).
            topic = L.TOPIC_OPENER.match(text)
            if topic is not None:
                topic_text = topic_words(topic)
                own = distinct.best(topic_text)
                named_by_topic = distinct.hits(topic_text) if own is None else {}
                if own is None and not named_by_topic:
                    # "Wat de regierol van de provincies betreft": a compound on a short word only one has ("regie")
                    named_by_topic = distinct.short_heads(topic_text)
                if len(named_by_topic) == 1:
                    # "Over de helikoptervluchten het volgende.": the topic named, even by one compound
                    # of a word only one recommendation has ("vervoer per helikopter")
                    ((i, named_words),) = named_by_topic.items()
                    own = (i, tuple(named_words))
            elif L.ONE_OF_THEM.match(text):
                # "Eén aanbeveling heb ik niet in het actieplan opgenomen. De uitkomst … openbaar maken
                # …": a new one, named by the words the paragraph goes on with, never the one before
                own = distinct.best(text)
                if own is None:
                    carried = []
            else:
                first_end = _first_sentence_end(text)
                own = distinct.best(text[:first_end])
                # two of its own words, or one long one ("dwangsom", "contactpersoon")
                own = own if own is not None and (len(own[1]) >= 2 or len(own[1][0]) >= LONG_WORD) else None
                if (
                    own is not None
                    and len(own[1]) < 2
                    and book.recs[own[0]]["id"] in answered
                    and len(just_before) == 1
                    and just_before[0]["recommendation"] != book.recs[own[0]]["id"]
                    and L.CONSEQUENCE_MARKER.search(text, 0, first_end) is not None
                ):
                    # "Ik kies er daarom voor de zes ziekenhuizen die nog geen gezinskamers hebben … te helpen" right
                    # after the answer to the third: the consequence of that answer, not a return to the first,
                    # answered further up, for its one long word ("ziekenhuizen"; round 63)
                    own = None
                if (
                    own is not None
                    and len(carried) == 1
                    and carried[0]["method"] == "restates"
                    and L.PRO_VERB_OF_ASKED.search(text, 0, first_end)
                ):
                    # "De ACM doet dit sinds 2024 in haar monitor, … kleine ondernemers" right under "Laat de ACM
                    # … volgen": the one just asked, taken up by a pro-verb
                    own = None
                if own is not None and len(own[1]) < 2 and L.MATTER_BEFORE.search(text, 0, first_end):
                    # "Voordat ik hierover besluit, laat ik Toeslagen …": it goes on with the matter before; one
                    # word of another recommendation ("Toeslagen", its addressee) does not move it there
                    own = None
                if (
                    own is None
                    and not distinct.hits(text[:first_end])
                    and classify_sentence(text[:first_end]).label is not None
                ):
                    # "Een landelijke meldapp acht ik geen goede oplossing. Anonieme meldingen geven …": a
                    # verdict whose object has no word of one recommendation's own; the sentence after it
                    # names the topic (two of one recommendation's own words)
                    second = first_end + _first_sentence_end(text[first_end:])
                    own = distinct.best(text[:second])
                    own = own if own is not None and len(own[1]) >= 2 else None
                if (
                    own is None
                    and all(lk["method"] == "restates" for lk in carried)
                    and len(run) > len(carried)
                ):
                    # under the last item of a list restated one per paragraph, an opening on the report's
                    # shared aim ("Met de inspectie vind ik dat de kwaliteit … niet mag lijden onder de
                    # bezorging.") then the words of one item ("gekoelde middelen … temperatuurbewakende
                    # verpakkingen"): the answers follow the whole list, that item's answer
                    whole = distinct.best(text)
                    own = whole if whole is not None and len(whole[1]) >= 2 else None
            carried_at = {position[lk["recommendation"]] for lk in carried}
            if own is None and len(carried) == 1 and L.CONCESSION_OPENS.match(text) is not None:
                # "Wel neem ik vanaf het halfjaarsverslag … op": a concession goes on with the answer before, not the
                # next recommendation that shares its words (round 59)
                lk = carried[0]
                link(book.by_id[lk["recommendation"]], 0.7, "section", f"concedes after {lk['paragraph']}")
                return list(out.values())
            if own is None:
                # answers walk the recommendations in order: right after the answer to one, a paragraph
                # whose opening uses a word only the next one has answers the next ("De derde suggestie
                # … betrek ik bij de evaluatie." then "Voor de inkomsten uit nevenfuncties bestaat al …")
                nxt = _next_in_order(
                    text[: _first_sentence_end(text)], carried_at, distinct, book, answered, paragraph=text
                )
                if nxt is not None:
                    link(book.recs[nxt[0]], 0.75, "similarity", f"next in order: {', '.join(nxt[1][:4])}")
                    return list(out.values())
            if (
                own is not None
                and len(own[1]) < 2
                and all(lk["method"] == "restates" for lk in carried)
                and len(run) <= len(carried)
            ):
                # right under the one recommendation it answers ("5. Zorg voor scholing." then "Dit is al
                # onderdeel van de aanpak die ik met de gecertificeerde instellingen …"), one word of
                # another recommendation does not move the answer there (under the last item of a list
                # of them, "1. Stel een minimumtarief vast; … 4. Onderzoek …", it does: the answers
                # follow the whole list)
                own = None
            if own is not None and own[0] not in carried_at:
                link(book.recs[own[0]], 0.85, "similarity", f"topic: {', '.join(own[1])}")
                later = _later_verdict(text, distinct)
                if later is not None and later[0] != own[0] and restated_together(book, own[0], later[0]):
                    # "Een registerplicht voor werkgevers acht ik … niet proportioneel …. Het richten van inspecties op
                    # poederverwerkende bedrijven gebeurt al.": a later verdict on the other one restated with it
                    # (round 60)
                    link(
                        book.recs[later[0]],
                        0.6,
                        "similarity",
                        f"verdict on its words: {', '.join(later[1][:4])}",
                    )
                return list(out.values())
            if own is not None and len(carried) > 1:
                # after an answer to several, a paragraph on the words of one of them takes that one up,
                # unless it goes on to the words of another ("… neem ik over. Ook de evaluatie na drie
                # jaar neem ik over.": both)
                in_view = [position[lk["recommendation"]] for lk in carried]
                taken = {own[0], *_verdicts_after_first(text, distinct, in_view)}
                carried = [lk for lk in carried if position[lk["recommendation"]] in taken]
        if len(carried) > 1:
            # After a paragraph on several recommendations ("ik neem ze alle drie over"), the next
            # one often takes them up one by one: keep the one it shares its words with, if any.
            # Among recommendations already in view, shared key words suffice (no score cutoff).
            matches = index.matches(text, among=[position[lk["recommendation"]] for lk in carried])
            both = (
                distinct is not None
                and len(distinct.hits(text, among=[position[lk["recommendation"]] for lk in carried])) > 1
            )
            if (
                matches
                and not both  # it uses words of two of them: it answers them together
                and len(matches[0].shared) >= self.min_shared
                and (len(matches) == 1 or len(matches[1].shared) < len(matches[0].shared))
            ):
                carried = [lk for lk in carried if position[lk["recommendation"]] == matches[0].index]
        if len(carried) == 1 and distinct is not None:
            verdict_next = _verdict_on_next(
                text, position[carried[0]["recommendation"]], distinct, book, answered
            )
            if verdict_next is not None:
                # "De prijzen … zijn gedaald en de concurrentie tussen exploitanten neemt toe. Een maximumprijs zou …
                # verkleinen. … Een landelijke maximumprijs komt er daarom niet." after the answer to the first: the
                # opening sets the scene in the words of the one before, the verdict decides on the next (round 52)
                link(
                    book.recs[verdict_next[0]],
                    0.7,
                    "similarity",
                    f"verdict on the next in order: {', '.join(verdict_next[1][:4])}",
                )
                return list(out.values())
        for lk in carried:
            go_on(lk, 0.8)
        if out:
            return list(out.values())
        if forward_reference(text):
            # "… Ik houd daarom vast aan de huidige aanpak. Op de stekkernorm kom ik hieronder terug.": an
            # answer that ends by announcing a later one is matched on the sentences before the announcement
            announced = FORWARD_REFERENCE.search(text)
            cut = text.rfind(". ", 0, announced.start()) if announced is not None else -1
            if cut <= 0 or L.ANNOUNCES_THE_RECOMMENDATIONS.search(text, cut):
                return list(out.values())
            text = text[: cut + 1]
        topic = L.TOPIC_OPENER.match(text)
        if topic is not None and (topic.group("t1") or topic.group("t2") or topic.group("t5")):
            # "Wat de ondersteuning binnen de school betreft: …" with nothing in view: the one
            # recommendation that shares the most of the topic's key words (two or more, more than any other)
            words = topic.group("t1") or topic.group("t2") or topic.group("t5")
            ranked = sorted(index.matches(words), key=lambda m: -len(m.shared))
            if (
                ranked
                and len(ranked[0].shared) >= 2
                and (len(ranked) == 1 or len(ranked[1].shared) < len(ranked[0].shared))
            ):
                link(
                    book.recs[ranked[0].index],
                    0.75,
                    "similarity",
                    f"topic: {', '.join(ranked[0].shared[:4])}",
                )
                return list(out.values())
        best = self._similar(text, index)
        if best is None and topic is not None and distinct is not None:
            # … or, where nothing else links it, the one whose own word heads a compound of the topic, not answered
            # yet: "Wat de regierol van de waterschappen betreft" on "de waterschappen de regie te geven"
            named_topic = next((topic.group(g) for g in ("t1", "t2", "t5") if topic.group(g)), "")
            heads = (distinct.hits(named_topic) or distinct.short_heads(named_topic)) if named_topic else {}
            if len(heads) == 1:
                ((i, topic_words_named),) = heads.items()
                if book.recs[i]["id"] not in answered:
                    link(book.recs[i], 0.7, "similarity", f"topic: {', '.join(topic_words_named[:4])}")
                    return list(out.values())
        if best is not None:
            words = ", ".join(best.shared[:6])
            link(book.recs[best.index], best.score, "similarity", f"shares {words} ({best.score:.2f})")
        elif distinct is not None and all(ref.kind == "anaphor" for ref in refs):
            # An answer by content only ("Een verhuisvergoeding spreekt het kabinet aan"): the words
            # only one recommendation has, even when too few for the similarity score.
            # A theme heading's words count with the paragraph's ("Inkomen tijdens omscholing"),
            # unless they make a tie the paragraph alone does not have.
            # verdicts on several by topic ("De openstelling en de controle neem ik over, het
            # rangschikken niet"): each recommendation whose own words it uses decisively
            strong = sorted(
                i
                for i, words in distinct.hits(text).items()
                if len(words) >= 2 or any(len(w) >= LONG_WORD for w in words)
            )
            if len(strong) >= 2 and SUMMARY_VERDICT.search(text):
                # (only those whose words stand in a sentence that decides: "Het openstellen … voor verhuurders
                # neem ik niet over. Voor verhuurders bestaat al een eigen regeling …" decides on one)
                deciding = " ".join(
                    text[a:b]
                    for a, b in split_sentences(text)
                    if SUMMARY_VERDICT.search(text, a, b) or classify_sentence(text[a:b]).label in _DECISIONS
                )
                decided = distinct.hits(deciding)
                strong = [i for i in strong if i in decided]
                if len(strong) >= 2:
                    for i in strong:
                        link(book.recs[i], 0.6, "similarity", "verdicts by topic")
                    return list(out.values())
            head = text[: _first_sentence_end(text)]
            verdict_on = distinct.hits(head) if SUMMARY_VERDICT.search(head) else {}
            if len(verdict_on) == 1:
                # "Het mandaat voor de RvIG nemen wij over.": a verdict on words only one recommendation has
                ((i, words_of),) = verdict_on.items()
                link(book.recs[i], 0.7, "similarity", f"verdict on its words: {', '.join(words_of[:4])}")
                return list(out.values())
            title = titles.get(p["section"] or "", "") if titles else ""
            # the first sentence states the topic ("De vermogenstoets voor de AIO blijft bestaan."):
            # when it names one recommendation decisively, the rest of the paragraph does not outvote it
            first = distinct.best(text[: _first_sentence_end(text)])
            if first is not None and not (len(first[1]) >= 2 or len(first[1][0]) >= LONG_WORD):
                first = None
            if title and len(distinct.hits(title)) >= 2:
                # a heading over two recommendations ("Meldpunt en registratie") is no evidence for either
                title = ""
            if title and sum(1 for lk in just_before if lk["method"] == "restates") >= 2:
                # (nor one over the paragraph right before that restated two or more: "### Gegevensuitwisseling en
                # het aanvraagformulier" names the second by its word only; round 45)
                title = ""
            own = first or distinct.best(f"{title}\n{text}") or distinct.best(text)
            here = _paragraph_number(pid)
            restated_later = {
                i
                for i, r in enumerate(book.recs)
                if r.get("paragraph") and _paragraph_number(r["paragraph"]) > here
            }
            if own is not None and own[0] in restated_later:
                # a recommendation restated only further on is answered there ("Tot slot beveelt de Rekenkamer
                # aan om …. Dat doet UWV al."): this paragraph is about one restated before it
                own = distinct.best(text, among=[i for i in range(len(book.recs)) if i not in restated_later])
            if (
                own is not None
                and just_before
                and [position[lk["recommendation"]] for lk in just_before] == [own[0]]
                and (verdict_next := _verdict_on_next(text, own[0], distinct, book, answered)) is not None
            ):
                # (the opening in the words of the one answered right before, the verdict on the next: see
                # `_verdict_on_next`; round 52)
                own = (verdict_next[0], tuple(verdict_next[1]))
            if (
                own is None
                and p.get("label") == "response"
                and just_before
                and all(lk["method"] == "restates" for lk in just_before)
            ):
                # right after a paragraph that restates several ("De derde aanbeveling betreft een meldpunt. Ten
                # slotte adviseert de Afdeling om … afzonderlijk te registreren."), a tie of words goes to the
                # first of them not yet answered: the answers follow the restatements' order
                # (only when the first of them not yet answered is among the tied, each tied on a word that
                # decides: two words, or one long one)
                restated_at = {position[lk["recommendation"]] for lk in just_before}
                open_at = sorted(i for i in restated_at if book.recs[i]["id"] not in answered)
                tied = {
                    i: words
                    for i, words in distinct.hits(text, among=restated_at).items()
                    if len(words) >= 2 or any(len(w) >= LONG_WORD for w in words)
                }
                hits_among = distinct.hits(text[: _first_sentence_end(text)], among=restated_at)
                # (or only the first of them not yet answered has its words in the opening sentence: "De vraag wie
                # de trajecten het beste kan inkopen, …" after "… «te onderzoeken of de inkoop … » en «…»")
                only_first = bool(open_at) and list(hits_among) == [open_at[0]]
                if only_first or (len(tied) >= 2 and open_at and open_at[0] in tied):
                    words = hits_among[open_at[0]] if only_first else tied[open_at[0]]
                    link(
                        book.recs[open_at[0]],
                        0.6,
                        "similarity",
                        f"first of those restated: {', '.join(words[:4])}",
                    )
                    return list(out.values())
                if (
                    len(restated_at) > 1
                    and open_at == sorted(restated_at)
                    and not distinct.hits(text[: _first_sentence_end(text)])
                    # (a verdict on a measure named by its noun, not agreement with the report's analysis: "Ik deel de
                    # zorg van de raad", "Het kabinet herkent het beeld dat het SCP schetst" open the whole answer)
                    and (verdict := classify_sentence(text[: _first_sentence_end(text)])).label in _DECISIONS
                    and not is_weak_agreement(verdict, text[: _first_sentence_end(text)])
                    and L.MEASURE_NOUN_OPENS.match(text)
                ):
                    # "Een verbod per 2028 neem ik niet over." right after the paragraph that restates all three, none
                    # answered yet and no word of any in that verdict: the first, the answers following the
                    # restatements' order (round 61)
                    link(
                        book.recs[open_at[0]],
                        0.55,
                        "similarity",
                        "first of those restated: a verdict in order",
                    )
                    return list(out.values())
            if (
                own is not None
                and p.get("label") == "response"
                and just_before
                and all(lk["method"] == "restates" for lk in just_before)
            ):
                # right after a paragraph that restates others, an answer on words of one answered long before is
                # about the first of those just restated and not yet answered that shares a word with it ("Beide
                # operators maken de injectiedruk al sinds 2024 maandelijks bekend" after "SodM vraagt hen om de druk
                # … iedere maand openbaar te maken", not the meetnet of the first, answered above; round 48)
                restated_at = {position[lk["recommendation"]] for lk in just_before}
                if own[0] not in restated_at and book.recs[own[0]]["id"] in answered:
                    near = distinct.hits(text, among=restated_at)
                    if not near:
                        # a word those just restated tell apart, though a recommendation elsewhere has it too: "Een
                        # wettelijk verbod op wachtdagen neemt het kabinet niet over" right after «schaf de
                        # mogelijkheid af … wachtdagen af te spreken» and «meet …», one of the other report's
                        # also on a "wachtdag" (round 60)
                        local_at = sorted(restated_at)
                        local = Distinctive([book.recs[i]["text"] for i in local_at]).hits(text)
                        near = {local_at[j]: words for j, words in local.items()}
                    open_near = sorted(i for i in near if book.recs[i]["id"] not in answered)
                    if open_near:
                        own = (open_near[0], tuple(near[open_near[0]]))
            if own is None and just_before:
                # a tie of words broken by the order of the answers: the one after the recommendation
                # the paragraph before answered ("Voor alleenwerkers geldt al …" after the answer to the first)
                before_at = {position[lk["recommendation"]] for lk in just_before}
                nxt = _next_in_order(text, before_at, distinct, book, answered, _DISTINCT_COMPOUND)
                if nxt is not None and L.DEMONSTRATIVE_BACK_REFERENCE.search(
                    text[: _first_sentence_end(text)]
                ):
                    # "De brandwondencentra hebben laten weten deze afspraak te steunen.": the opening points back at
                    # the answer before, which goes on (round 56)
                    for lk in just_before:
                        go_on(lk, 0.6)
                    return list(out.values())
                if nxt is not None and nxt[0] not in restated_later:
                    # (not one the letter restates only further on: "… bij de politie een landelijk meldpunt" right
                    # after the first two are restated is no answer to a third restated two paragraphs on; round 48)
                    link(book.recs[nxt[0]], 0.6, "similarity", f"next in order: {', '.join(nxt[1][:4])}")
                    return list(out.values())
            named_reports = (
                _reports_named(book, text[: _first_sentence_end(text)]) if own is not None else set()
            )
            if (
                own is not None
                and len(named_reports) == 1
                and book.report[book.recs[own[0]]["id"]] not in named_reports
                # (not when the recommendation its words fit names that body too, as the one who acts: "Sinds 2019
                # wordt het vangstgebied pas vastgesteld nadat WMR de kokkelbanken heeft bemonsterd" answers "alleen
                # te laten vissen op banken die door WMR zijn bemonsterd", not WMR's own recommendation; round 49)
                and not named_reports & _reports_named(book, book.recs[own[0]]["text"])
            ):
                (named_report,) = named_reports
                # "Met de inspectie ben ik van mening dat …" in a letter on two reports: the opening names whose
                # recommendation it answers; words of the other report's ("school", "scholen") do not move it there
                of_report = [position[r["id"]] for r in book.recs if book.report[r["id"]] == named_report]
                alt = distinct.best(text, among=of_report)
                if alt is None:
                    left = [i for i in of_report if book.recs[i]["id"] not in answered]
                    alt = (left[0], ("first not yet answered",)) if left else None
                own = alt
            if own is not None:
                words = ", ".join(own[1][:6])
                link(book.recs[own[0]], 0.6, "similarity", f"uses words only it has: {words}")
            later = _later_verdict(text, distinct) if first is not None else None
            if later is not None and first is not None and later[0] != first[0]:
                # "Standaardontwerpen zijn al het uitgangspunt: …. Het voorstel om opdrachten voor lange tijd
                # te gunnen, neem ik gedeeltelijk over.": the first sentence on one, a later verdict on another
                link(
                    book.recs[later[0]], 0.6, "similarity", f"verdict on its words: {', '.join(later[1][:4])}"
                )
        if (
            not out
            and same_section
            and p.get("label") == "response"
            and len(just_before) == 1
            and just_before[0]["method"] == "similarity"
            and distinct is not None
            # (and it uses a word only that one has: "zes maanden"; and it decides or promises something, unlike thanks
            # that close the letter: "Ik dank de RDA voor zijn zienswijze. De opvangcentra … doen waardevol werk")
            and position[just_before[0]["recommendation"]] in distinct.hits(text)
            and not answers_nothing(text)
        ):
            # under one heading, the paragraph after an answer found by its words, with no words of its own that
            # decide ("**Een beslistermijn**" / "Een vaste termijn van zes maanden spreekt mij aan, …" / "Voor
            # eenvoudige aanvragen is zes maanden goed haalbaar, maar …. Ik neem daarom … een termijn van zes maanden
            # op"): the same answer goes on (round 49)
            go_on(just_before[0], 0.6)
        return list(out.values())

    @staticmethod
    def _link(pid: str, rec: Rec, score: float, method: str, evidence: str) -> LinkDict:
        return {
            "paragraph": pid,
            "recommendation": rec["id"],
            "score": round(score, 4),
            "method": method,
            "evidence": evidence[:200],
        }

    @staticmethod
    def _explicit(ref: Reference) -> tuple[float, str, str]:
        """Score, method and evidence of a link by ordinal or number."""
        if ref.deferred:
            return 0.9, "explicit", f"{ref.words} (announces a later answer)"
        return 0.95, "explicit", ref.words

    def _similar(self, text: str, index: ContentIndex, among: Sequence[int] | None = None) -> Match | None:
        """The one recommendation `text` shares enough key words with, by a margin, or None."""
        matches = index.matches(text, among=among)
        if not matches:
            return None
        best = matches[0]
        if best.score < self.similarity_cutoff or len(best.shared) < self.min_shared:
            return None
        if len(matches) > 1 and best.score - matches[1].score < self.margin:
            return None
        return best

    def _resolve_anaphor(
        self, ref: Reference, text: str, antecedent: list[Rec], index: ContentIndex, position: dict[str, int]
    ) -> list[Rec]:
        """What "deze aanbeveling", "beide aanbevelingen", "laatstgenoemde" refer to."""
        if not antecedent:
            return []
        if ref.which == "first":
            return antecedent[:1]
        if ref.which == "last":
            return antecedent[-1:]
        if ref.which == "both":
            return antecedent if len(antecedent) == 2 else []
        if ref.plural or len(antecedent) == 1:
            return antecedent
        best = self._similar(text, index, among=[position[r["id"]] for r in antecedent])
        return [
            index_rec
            for index_rec in antecedent
            if best is not None and position[index_rec["id"]] == best.index
        ]

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)


@Language.factory(
    "kamerstuk_recommendation_linker",
    assigns=["doc._.kamerstuk"],
    requires=["doc._.kamerstuk"],
    default_config={"similarity_cutoff": 0.6, "margin": 0.05, "min_shared": 2, "deferrals": True},
)
def make_recommendation_linker(
    nlp: Language, name: str, similarity_cutoff: float, margin: float, min_shared: int, deferrals: bool
) -> RecommendationLinker:
    """Factory of the recommendation linker."""
    return RecommendationLinker(name, similarity_cutoff, margin, min_shared, deferrals)


def named_recommendations(text: str, recommendations: Sequence[Rec]) -> list[str]:
    """Ids of the recommendations `text` names by ordinal or number, deferrals included.

    `recommendations` are dicts as in the Doc data (``id``, ``ordinal``, ``text``, and
    optionally ``report`` and ``by``). Anaphora and headings need the letter around the text
    and are left to the linker.

    >>> recs = [{"id": f"r{n}", "ordinal": n, "text": ""} for n in (1, 2, 3)]
    >>> named_recommendations("Ten aanzien van de tweede en derde aanbeveling …", recs)
    ['r2', 'r3']
    """
    book = _Book(list(recommendations))
    refs = find_references(text)
    linker = RecommendationLinker("named", 0.6, 0.05, 2, deferrals=True)
    named, _ = linker._named(refs, text, book, None, 0)
    return [r["id"] for r, _ in named]
