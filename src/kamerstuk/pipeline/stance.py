"""The stance component: the government's position on each recommendation, with its sentence.

Each sentence of the paragraphs linked to a recommendation is read by
`kamerstuk.entities.stance.classify_sentence` (the function behind `kamerstuk.classify_stance`);
the strongest stance wins (rejected > partly_adopted > adopted > already_in_place > noted, a
sentence naming the recommendation itself first). The sentence that holds it is the evidence.
The restated recommendation is skipped: it is the report's words, not the government's (unless
it speaks in the first person: then the recommendation's text has run on into the answer).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from kamerstuk.entities.sentences import split_sentences
from kamerstuk.entities.stance import classify_sentence, stance_weight
from kamerstuk.patterns import stance as P
from kamerstuk.pipeline.doc import data


def stance_of(sentences: list[str]) -> tuple[str, str] | None:
    """The strongest (stance label, sentence) among `sentences`, or None.

    Strength is the label's weight, plus 10 when the sentence is about the recommendation
    itself ("deze aanbeveling neem ik over") rather than a detail of it; the first sentence
    wins a tie.
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


class StanceDetector:
    """spaCy component ``kamerstuk_stance``: sets ``stance`` and ``stance_evidence`` per recommendation."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        info = data(doc)
        paragraphs = {p["id"]: p for p in info["paragraphs"]}
        linked: dict[str, list[str]] = {}
        for link in info["links"]:
            linked.setdefault(link["recommendation"], []).append(link["paragraph"])
        rec: dict[str, Any]
        full = doc.text  # built from the tokens on every access: take it once
        for rec in info["recommendations"]:
            sentences: list[str] = []
            restated = rec.get("text") or ""
            for pid in linked.get(rec["id"], []):
                p = paragraphs[pid]
                for a, b in split_sentences(full, p["start"], p["end"]):
                    sentence = full[a:b]
                    # The restated recommendation itself is not the government's stance on it. A
                    # first-person sentence is never the report's words, even when the recommendation's
                    # text runs on into the answer ("… Op dit punt zie ik geen aanleiding …").
                    if (sentence in restated or restated in sentence) and not P.FIRST_PERSON.search(sentence):
                        continue
                    sentences.append(sentence)
            found = stance_of(sentences)
            rec["stance"], rec["stance_evidence"] = found if found else (None, None)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)


@Language.factory("kamerstuk_stance", assigns=["doc._.kamerstuk"], requires=["doc._.kamerstuk"])
def make_stance(nlp: Language, name: str) -> StanceDetector:
    """Factory of the stance component."""
    return StanceDetector(name)
