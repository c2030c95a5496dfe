"""The recommendation linker: which recommendation(s) each response paragraph addresses.

Evidence, strongest first:
1. ``restates`` — the paragraph restates the recommendation;
2. ``explicit`` — it names it by ordinal or number ("de tweede aanbeveling", "aanbeveling 3",
   "zowel de eerste als de tweede aanbeveling"); a forward reference ("kom ik later op terug")
   does not count; a paragraph that only continues the one before it in the same section
   inherits that paragraph's explicit link;
3. ``section`` — it stands in the section where one recommendation is restated, or under an
   "Aanbeveling 3" heading;
4. ``similarity`` — its content words match the recommendation's (rapidfuzz, with a cutoff).
Only paragraphs labelled ``recommendation`` or ``response`` are linked; the others, and
response paragraphs without evidence, stay unlinked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from kamerstuk.matching import best_matches
from kamerstuk.patterns import pipeline as P
from kamerstuk.pipeline.doc import data
from kamerstuk.pipeline.features import explicit_references

LINKABLE = ("recommendation", "response")


class RecommendationLinker:
    """spaCy component ``kamerstuk_recommendation_linker``."""

    def __init__(self, name: str, similarity_cutoff: float, margin: float) -> None:
        self.name = name
        self.similarity_cutoff = similarity_cutoff
        self.margin = margin

    def __call__(self, doc: Doc) -> Doc:
        info = data(doc)
        recs: list[dict[str, Any]] = info["recommendations"]
        links: list[dict[str, Any]] = []
        if not recs:
            info["links"] = links
            return doc
        by_ordinal = {r["ordinal"]: r for r in recs if r.get("ordinal") is not None}
        restated_in: dict[str, list[dict[str, Any]]] = {}
        for r in recs:
            if r.get("paragraph"):
                restated_in.setdefault(r["paragraph"], []).append(r)
        paragraphs = info["paragraphs"]
        section_of = {p["id"]: p["section"] for p in paragraphs}
        # Sections where exactly one recommendation is restated, or whose title names one.
        section_rec: dict[str, dict[str, Any]] = {}
        per_section: dict[str, set[str]] = {}
        for r in recs:
            sec = section_of.get(r.get("paragraph") or "")
            if sec:
                per_section.setdefault(sec, set()).add(r["id"])
        for s in info["sections"]:
            ids = per_section.get(s["id"], set())
            if len(ids) == 1:
                section_rec[s["id"]] = next(r for r in recs if r["id"] in ids)
            else:
                named = explicit_references(s["title"]) or _ordinal_title(s["title"])
                if len(named) == 1 and (n := next(iter(named))) in by_ordinal and not ids:
                    section_rec[s["id"]] = by_ordinal[n]

        previous: tuple[str | None, list[dict[str, Any]]] = (None, [])  # (section, explicit links)
        full = doc.text  # built from the tokens on every access: take it once
        for p in paragraphs:
            text = full[p["start"] : p["end"]]
            found: list[dict[str, Any]] = []
            if p.get("label") in LINKABLE:
                found = self._evidence(p, text, recs, by_ordinal, restated_in, section_rec, previous)
            if found:
                explicit = [lk for lk in found if lk["method"] == "explicit"]
                previous = (p["section"], explicit or (previous[1] if previous[0] == p["section"] else []))
            elif previous[0] != p["section"]:
                previous = (p["section"], [])
            p["recommendations"] = [lk["recommendation"] for lk in found]
            links.extend(found)
        info["links"] = links
        return doc

    def _evidence(
        self,
        p: dict[str, Any],
        text: str,
        recs: list[dict[str, Any]],
        by_ordinal: dict[int, dict[str, Any]],
        restated_in: dict[str, list[dict[str, Any]]],
        section_rec: dict[str, dict[str, Any]],
        previous: tuple[str | None, list[dict[str, Any]]],
    ) -> list[dict[str, Any]]:
        pid = p["id"]

        def link(rec: dict[str, Any], score: float, method: str, evidence: str) -> dict[str, Any]:
            return {
                "paragraph": pid,
                "recommendation": rec["id"],
                "score": round(score, 4),
                "method": method,
                "evidence": evidence[:200],
            }

        if pid in restated_in:
            return [link(r, 1.0, "restates", r["text"]) for r in restated_in[pid]]
        refs = sorted(n for n in explicit_references(text) if n in by_ordinal)
        if refs:
            words = _reference_words(text)
            return [link(by_ordinal[n], 0.95, "explicit", words) for n in refs]
        if p["section"] in section_rec:
            rec = section_rec[p["section"]]
            return [
                link(rec, 0.85, "section", f"in the section where recommendation {rec['ordinal']} stands")
            ]
        if previous[0] == p["section"] and previous[1] and p["section"] is not None:
            return [
                link(
                    next(r for r in recs if r["id"] == lk["recommendation"]),
                    0.8,
                    "section",
                    f"continues {lk['paragraph']} on {lk['recommendation']}",
                )
                for lk in previous[1]
            ]
        if P.FORWARD_REFERENCE.search(text):
            return []
        matches = best_matches(text, [r["text"] for r in recs], cutoff=self.similarity_cutoff)
        if matches and (len(matches) == 1 or matches[0][1] - matches[1][1] >= self.margin):
            i, score = matches[0]
            return [link(recs[i], score, "similarity", f"content words match ({score:.2f})")]
        return []

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)


def _reference_words(text: str) -> str:
    m = P.ORDINAL_REFERENCE.search(text) or P.NUMBER_REFERENCE.search(text)
    return m.group(0) if m else text[:80]


def _ordinal_title(title: str) -> set[int]:
    """A heading like "Eerste aanbeveling: …" or "Aanbeveling 2 – …"."""
    m = re.match(r"^\s*(\w+)\s+aanbeveling\b", title, re.I)
    if m and m.group(1).lower() in P.ORDINALS:
        return {P.ORDINALS[m.group(1).lower()]}
    return set()


@Language.factory(
    "kamerstuk_recommendation_linker",
    assigns=["doc._.kamerstuk"],
    requires=["doc._.kamerstuk"],
    default_config={"similarity_cutoff": 0.6, "margin": 0.05},
)
def make_recommendation_linker(
    nlp: Language, name: str, similarity_cutoff: float, margin: float
) -> RecommendationLinker:
    """Factory of the recommendation linker."""
    return RecommendationLinker(name, similarity_cutoff, margin)
