"""Features of a paragraph for the classifier: structure, cue phrases and words.

Plain functions over the Doc's kamerstuk data, so the same features feed the hand-set rules,
training and prediction.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from spacy.tokens import Doc

from kamerstuk.patterns import links as LP
from kamerstuk.patterns import pipeline as P
from kamerstuk.pipeline.doc import data, doc_text

_WORD = re.compile(r"[a-zà-ÿ]{3,}")
Features = dict[str, float]


def _opening(text: str) -> str:
    """The first sentence of a paragraph (all of it when none ends)."""
    first = P.FIRST_SENTENCE.match(text)
    return first.group() if first else text


def _answers_after_view(text: str) -> bool:
    """Whether a paragraph that shares the report's view goes on to answer: a new act of ours anywhere in it (a
    commitment of `find_commitments`), or a stance in the sentences after the one that shares the view ("Het kabinet
    deelt de analyse dat …. Een verdieping van de hele vaargeul is echter niet verantwoord")."""
    # (entities are read lazily: only for the few paragraphs that share a view)
    from kamerstuk.entities.commitments import find_commitments
    from kamerstuk.entities.stance import classify_stance

    if any(c.kind == "new" for c in find_commitments(text)):
        return True
    view = P.LABEL_CUES["shares_view"].search(text)
    end = text.find(". ", view.end()) if view is not None else -1
    # (a verdict; not "noted" or "already in place": "Hieronder geeft het kabinet per deeladvies zijn standpunt", "In
    # 2025 heeft de Belastingdienst al een eerste stap gezet" still set the scene)
    return end >= 0 and classify_stance(text[end + 2 :]).label in ("adopted", "partly_adopted", "rejected")


def _names_body_advising(text: str) -> bool:
    """Whether `text` tells what a body recommends or finds ("De onderzoekers bevelen aan …", "Volgens de raad …")."""
    return bool(P.LABEL_CUES["recommends"].search(text) or P.LABEL_CUES["findings"].search(text))


def _in_place_beside_findings(text: str) -> bool:
    """Whether a sentence of `text` without a report's findings cue says that what is asked is in place already."""
    from kamerstuk.entities.sentences import split_sentences
    from kamerstuk.entities.stance import classify_stance

    for a, b in split_sentences(text, 0, len(text)):
        sentence = text[a:b]
        if (
            P.LABEL_CUES["findings"].search(sentence) is None
            and P.ALREADY_WORD.search(sentence)
            and classify_stance(sentence).label == "already_in_place"
        ):
            return True
    return False


def _references(text: str, low: str | None = None) -> set[int]:
    """Ordinals of recommendations a text refers to explicitly (not forward references).

    `low` is the text in lower case for the prefilters (`_may_hold`), None to search always."""
    found: set[int] = set()
    if _may_hold(low, P.FORWARD_WORDS) and P.FORWARD_REFERENCE.search(text):
        return found
    if not _may_hold(low, P.REFERENCE_WORDS):
        return found
    for m in P.ORDINAL_REFERENCE.finditer(text):
        found.update(
            P.ORDINALS[w.lower()] for w in re.findall(r"[a-z]+", m.group(1).lower()) if w in P.ORDINALS
        )
    for m in P.NUMBER_REFERENCE.finditer(text):
        numbers = [int(n) for n in re.findall(r"\d+", m.group(1))]
        if re.search(r"tot\s+en\s+met|t/m|–|-", m.group(1)) and len(numbers) == 2:
            found.update(range(numbers[0], numbers[1] + 1))
        else:
            found.update(numbers)
    return found


def forward_reference(text: str) -> bool:
    """Whether `text` announces a later answer (`P.FORWARD_REFERENCE`), prefiltered."""
    return _may_hold(_lower(text), P.FORWARD_WORDS) and P.FORWARD_REFERENCE.search(text) is not None


def _may_hold(low: str | None, words: tuple[str, ...]) -> bool:
    """Whether a text whose lower case is `low` may match a pattern whose every match holds one
    of `words` (see `kamerstuk.patterns.pipeline.CUE_WORDS`); True when `low` is None."""
    return low is None or any(w in low for w in words)


def _lower(text: str) -> str | None:
    """`text` in lower case for the prefilters, or None when it holds a letter that
    ``re.IGNORECASE`` matches to an ASCII letter but `str.lower` does not (`P.ODD_FOLDS`)."""
    return None if P.ODD_FOLDS.search(text) else text.lower()


def explained_by(doc: Doc) -> dict[str, dict[str, Any]]:
    """Paragraph id -> the recommendation whose explanation it is part of: the paragraphs printed
    under a numbered item ("1. Stel doelen op." then a paragraph on why), which the finder keeps
    in `Recommendation.explanation`. Such paragraphs restate the report, not the government."""
    info = data(doc)
    paragraphs = info["paragraphs"]
    starts = [p["start"] for p in paragraphs]
    by_id = {p["id"]: p for p in paragraphs}
    full = doc_text(doc)
    out: dict[str, dict[str, Any]] = {}
    for r in info["recommendations"]:
        explanation = (r.get("explanation") or "").strip()
        home = by_id.get(r.get("paragraph") or "")
        if not explanation or home is None:
            continue
        es = full.find(explanation[:80], home["start"])
        if es < 0:
            continue
        ee = es + len(explanation)
        k = bisect.bisect_left(starts, es)
        # Paragraphs that start inside the explanation (the item's own paragraph starts before it).
        while k < len(paragraphs) and paragraphs[k]["start"] < ee:
            para = paragraphs[k]
            # Not one where the government speaks: then the list's tail has run on into the answer.
            voice = P.LABEL_CUES["government"].search(full, para["start"], para["end"])
            if para["id"] != home["id"] and voice is None:
                out.setdefault(para["id"], r)
            k += 1
    return out


def _restating(doc: Doc) -> set[str]:
    """Ids of the paragraphs that restate a recommendation. A recommendation named by a heading
    ("Aanbeveling 4 – Benut zij-instromers beter") is anchored to the paragraph under it, which
    often restates it in prose ("De raad adviseert om …") but may answer it at once ("Het kabinet
    herkent het beeld …"): when the paragraph does not hold the recommendation's text and its
    first sentence is the government speaking, it is the answer, not a restatement."""
    info = data(doc)
    by_id = {p["id"]: p for p in info["paragraphs"]}
    full = doc_text(doc)
    out: set[str] = set()
    for r in info["recommendations"]:
        p = by_id.get(r.get("paragraph") or "")
        if p is None:
            continue
        text = full[p["start"] : p["end"]]
        if (r.get("text") or "") not in text:
            first = P.FIRST_SENTENCE.match(text)
            if first is not None and P.LABEL_CUES["government"].search(first.group()):
                continue
            if r.get("text") and P.LABEL_CUES["government"].search(text) and not _names_body_advising(text):
                # "Aanbeveling 2: Zet de verlichting weer aan bij regen en mist" as the heading, then "Een systeem dat
                # … is technisch mogelijk, maar …. Van deze aanbeveling zie ik daarom af.": the government speaks
                # further on and no body advises here, so the paragraph answers (round 48)
                continue
        out.add(p["id"])
    return out


def paragraph_features(doc: Doc) -> list[Features]:
    """One feature dict per paragraph of the Doc, in order."""
    info = data(doc)
    paragraphs = info["paragraphs"]
    sections = {s["id"]: s for s in info["sections"]}
    restating = _restating(doc)
    sections_restating = {p["section"] for p in paragraphs if p["id"] in restating}
    explaining = explained_by(doc)
    has_recs = bool(info["recommendations"])
    n = len(paragraphs)
    out: list[Features] = []
    seen_in_section: dict[str | None, int] = {}
    rec_seen_in_section: set[str | None] = set()
    full = doc_text(doc)
    odd = P.ODD_FOLDS.search(full) is not None  # then no prefilter (see `_lower`)
    for i, p in enumerate(paragraphs):
        text = full[p["start"] : p["end"]]
        f: Features = {"bias": 1.0}
        f["pos:first"] = float(i == 0)
        f["pos:last"] = float(i == n - 1)
        f["pos:second_last"] = float(i == n - 2)
        f[f"pos:bin{min(4, int(5 * i / max(n, 1)))}"] = 1.0
        section = sections.get(p["section"]) if p["section"] else None
        if section is None:
            f["sec:none"] = 1.0
        else:
            f[f"sec:level{section['level']}"] = 1.0
            for w in _WORD.findall(section["title"].lower()):
                f[f"sec:{w}"] = 1.0
        index_in_section = seen_in_section.get(p["section"], 0)
        seen_in_section[p["section"]] = index_in_section + 1
        f["sec:first_paragraph"] = float(index_in_section == 0)
        f["doc:has_recommendations"] = float(has_recs)
        f["doc:no_recommendations"] = float(not has_recs)
        f[f"doc:kind_{info.get('kind', 'other')}"] = 1.0
        f["rec:restated_here"] = float(p["id"] in restating)
        f["rec:explains"] = float(p["id"] in explaining)
        f["rec:restated_earlier_in_section"] = float(p["section"] in rec_seen_in_section)
        # (whether a recommendation was restated in an earlier paragraph: the report's findings come before)
        restated_before = bool(rec_seen_in_section) and p["id"] not in restating
        if p["id"] in restating:
            rec_seen_in_section.add(p["section"])
        low = text.lower()
        folded = None if odd else low
        refs = _references(text, folded)
        f["rec:explicit_reference"] = float(bool(refs))
        forward = _may_hold(folded, P.FORWARD_WORDS) and P.FORWARD_REFERENCE.search(text) is not None
        f["rec:forward_reference"] = float(forward)
        f["rec:opens_with_ordinal"] = float(bool(P.ORDINAL_OPENING.match(text)))
        runs: set[str] | None = None  # the paragraph's words, for `P.CUE_FORMS`
        for name, pattern in P.LABEL_CUES.items():
            forms = P.CUE_FORMS.get(name)
            if forms is not None and folded is not None:
                # (the stronger test of the two: a word of the cue's as a word, or a beginning)
                if runs is None:
                    runs = set(P.WORD_RUN.findall(folded))
                if runs.isdisjoint(forms[0]) and not any(w in folded for w in forms[1]):
                    continue
            elif not _may_hold(folded, P.CUE_WORDS[name]):
                continue
            if pattern.search(text):
                f[f"cue:{name}"] = 1.0
        # A summary of the report's findings, or thanks to its authors, with no stance or act of
        # the government in it, sets the scene ("De commissie constateert dat …", "Ik dank de
        # onderzoekers voor hun zorgvuldige werk"): context, however much it names the report.
        answers = "cue:answers" in f or "cue:position" in f
        # (in a letter that answers no report, findings are background: "Uit de monitor blijkt …" is other; round 48)
        f["cue:findings_only"] = float(
            has_recs
            and "cue:findings" in f
            and "cue:government" not in f
            and not answers
            # (nor, past a restated recommendation, where a sentence of its own voice says what is in place:
            # "Leerlingen hebben via de medezeggenschapsraad al instemmingsrecht op de schoolregels, …. De inspectie
            # beschrijft daar zelf enkele voorbeelden van" answers under its heading; round 48)
            and not (restated_before and _in_place_beside_findings(text))
        )
        # A letter that answers no report: a paragraph of its opening that announces the letter's structure ("In deze
        # brief ga ik achtereenvolgens in op …") is context, background before it or not (round 48).
        f["opening:announces"] = float(
            not has_recs and i <= 3 and i < n - 1 and P.STRUCTURE_ANNOUNCEMENT.search(text) is not None
        )
        # … and one of its opening that neither announces nor tells the occasion is background: other, under an
        # "Aanleiding" heading or not, a deferral of one point in it or not (round 48)
        f["opening:background"] = float(
            not has_recs
            and 0 < i <= 2
            and i < n - 1
            and not f["opening:announces"]
            and P.OCCASION.search(text) is None
        )
        f["opening:thanks"] = float(
            P.THANKS_OPENING.match(text) is not None and P.THANKED_THEN_DECIDED.search(text) is None
        )
        # (thanks in the last two paragraphs close the letter: "Ik dank de raad voor het advies.")
        f["cue:thanks_only"] = float(
            "cue:thanks" in f and not answers and "cue:measures" not in f and i < n - 2
        )
        # Sharing the report's analysis without naming a recommendation sets the scene for the
        # answers ("Het kabinet deelt de analyse van de raad. …"): context, not a response.
        # (Under a recommendation's own heading it answers that recommendation.)
        f["cue:shares_view_only"] = float(
            "cue:shares_view" in f
            and not refs
            and "aanbeveling" not in low
            # ("Ik deel de analyse van de raad …. De normen die de raad voorstelt, neem ik op in het Besluit …": a
            # proposal named by its body after the shared view is answered here)
            and not LP.AS_BODY_PROPOSES.search(text)
            # (nor a measure of ours after it: "Het kabinet deelt de analyse van de raad dat …. De Minister van JenV
            # plaatst in 2027 vier extra liaisonofficieren …" answers; only the paragraphs that share a view are read)
            and not _answers_after_view(text)
            and (p["section"] is None or p["section"] not in sections_restating)
        )
        # A paragraph near the end that says what comes next for the Kamer closes the letter.
        # (not a finding drawn from a monitor: "Uit de monitor van dat programma blijkt …" answers; round 40)
        # (nor a paragraph that opens on the recommendation it answers: "Wat de laatste aanbeveling betreft: …. Uw Kamer
        # hoort daarvan in de volgende voortgangsbrief"; round 44)
        f["tail:follow_up"] = float(
            i > 0
            and i >= n - 2
            # (nor one under a heading of its own when the last paragraph stands under another: "**Externe toetsing**
            # Een halfjaarlijkse externe toets is er al. … gaan mee met de voortgangsrapportages aan uw Kamer" before
            # "**Tot slot**" answers; round 48)
            and (i == n - 1 or p["section"] is None or p["section"] == paragraphs[n - 1]["section"])
            and "cue:follow_up" in f
            and not P.ANSWER_OPENS_ON_REFERENCE.match(text)
            # (nor one that opens on what the report asks: "Het onderzoek waar de raad om vraagt, laat ik uitvoeren. …
            # ik stuur uw Kamer de uitkomsten in 2029"; round 47)
            and not LP.AS_BODY_PROPOSES.search(text, 0, len(_opening(text)))
            and any(
                not P.FINDING_FROM_MONITOR.search(text, max(0, m.start() - 10), m.start())
                for m in P.LABEL_CUES["follow_up"].finditer(text)
            )
        )
        # The last paragraph opening on what the topic is worth in general closes the letter, whatever follows.
        opening = P.FIRST_SENTENCE.match(text)
        first_sentence = opening.group() if opening else text
        f["tail:general_value"] = float(
            i == n - 1
            and i > 0
            and P.GENERAL_VALUE.search(first_sentence) is not None
            and P.GOVERNMENT_IN_OPENING.search(first_sentence) is None
            and not refs
        )
        # A paragraph past the opening that opens on a promise made before handles another matter than the report
        # (the last paragraph still closes the letter: "Eerder heb ik uw Kamer toegezegd …" last of all is a closing).
        f["cue:earlier_promise"] = float(
            2 <= i < n - 1 and has_recs and P.EARLIER_PROMISE.search(first_sentence) is not None and not refs
        )
        # A letter answering no report closes like any other: its last paragraph is no "other".
        f["tail:last_without_recommendations"] = float(i == n - 1 and not has_recs)
        words = len(text.split())
        f[f"len:{'short' if words < 25 else 'medium' if words < 80 else 'long'}"] = 1.0
        for w in set(_WORD.findall(low)):
            f[f"w:{w}"] = 1.0
        out.append(f)
    return out


def explicit_references(text: str) -> set[int]:
    """Public form of the reference finder, used by the linker."""
    return _references(text, _lower(text))
