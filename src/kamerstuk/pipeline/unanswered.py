"""Paragraphs read as answers that answer nothing, or as recommendations that restate none: relabelled as context
(or other).

The paragraph classifier reads a paragraph in the first person about the report as a response ("Ik dank de
Rekenkamer voor het zorgvuldige onderzoek.", "Ik deel de zorg van de raad. …", "De Afdeling wijst erop dat …").
When the linker finds no recommendation it answers, and no sentence of it takes a stance on one (agreement with
the report's analysis or aim does not count) or promises an act of ours, it frames the answers rather than
giving one: the gold convention's `context`; one on a motion or a member's question beside the report is
`other` (`MEMBER_MATTER`). Measured on the opened gold splits (round 31): of the unlinked
responses with neither a verdict nor a commitment, 45 were context, 10 other, 2 closing and 8 responses.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from kamerstuk.entities.commitments import find_commitments
from kamerstuk.entities.sentences import split_sentences
from kamerstuk.entities.stance import classify_sentence
from kamerstuk.entities.stance_passage import agreement_kind
from kamerstuk.patterns.pipeline import MEMBER_MATTER, MEMBER_QUESTION_OPENING, RECOMMENDATION_NOUN
from kamerstuk.pipeline.doc import SPAN_GROUP, data, doc_text

__all__ = ["answers_nothing", "settle_unanswered"]

#: Agreement kinds that are no verdict on a recommendation: with the analysis or the aim only.
_NO_VERDICT = frozenset({"weak", "aim"})


def answers_nothing(text: str, promises_answer: bool = True) -> bool:
    """Whether `text` has no sentence with a verdict on a recommendation (agreement with the analysis or aim
    only is none: "Ik deel de zorg van de raad") and, when `promises_answer`, no commitment of ours."""
    for a, b in split_sentences(text):
        sentence = text[a:b]
        stance = classify_sentence(sentence)
        if stance.label is not None and not (
            stance.label == "adopted" and agreement_kind(stance, sentence) in _NO_VERDICT
        ):
            return False
    return not promises_answer or not any(c.kind == "new" for c in find_commitments(text))


def settle_member_questions(info: dict[str, Any], full: str, spans: list[Any]) -> bool:
    """Relabel as `other` each paragraph read as a response or a closing that opens on a member's question in a debate
    (`MEMBER_QUESTION_OPENING`: "In het commissiedebat van 4 maart vroeg het lid Dekker naar …") and neither names a
    recommendation nor speaks of one ("aanbeveling", "advies"): it answers the member beside the report, and the words
    it shares with a recommendation linked it by chance (those links are dropped). Measured on the opened gold splits
    (round 41): six such paragraphs in six letters, all `other` in the gold. Returns whether a label changed."""
    changed = False
    for i, p in enumerate(info["paragraphs"]):
        if p.get("label") not in ("response", "closing"):
            continue
        text = full[p["start"] : p["end"]]
        if MEMBER_QUESTION_OPENING.match(text) is None:
            continue
        own = [lk for lk in info.get("links", ()) if lk["paragraph"] == p["id"]]
        if any(lk["method"] in ("explicit", "restates") for lk in own) or RECOMMENDATION_NOUN.search(text):
            continue  # (a recommendation named or talked about: the member asked about the report)
        info["links"] = [lk for lk in info.get("links", ()) if lk["paragraph"] != p["id"]]
        p["recommendations"] = []
        p["label"] = "other"
        p["score"] = p.get("scores", {}).get("other", p.get("score"))
        if i < len(spans):
            spans[i].label_ = "other"
            changed = True
    return changed


def settle_unanswered(doc: Doc) -> Doc:
    """Relabel each paragraph labelled `response` that the linker linked to no recommendation and that
    `answers_nothing`: as `other` when it is on a motion or a member's question (`MEMBER_MATTER`; then a
    commitment does not keep it a response), else as `context`; its label score becomes that label's score. A
    paragraph labelled `recommendation` that is linked to none of the letter's recommendations becomes `context`."""
    info: dict[str, Any] = data(doc)
    full = doc_text(doc)
    spans = list(doc.spans[SPAN_GROUP]) if SPAN_GROUP in doc.spans else []
    changed = settle_member_questions(info, full, spans)
    for i, p in enumerate(info["paragraphs"]):
        if (
            p.get("label") == "recommendation"
            and not p.get("recommendations")
            and info.get("recommendations")
        ):
            # A paragraph read as a recommendation that restates and names none of the letter's: the lead of a list
            # standing alone ("De Onderzoeksraad doet de volgende aanbevelingen:") or the report's view between two
            # lists ("De SER sluit aan bij de bevindingen van het SCP …"), context in the gold (round 42: five such
            # paragraphs on the opened splits, four of them context)
            p["label"] = "context"
            p["score"] = p.get("scores", {}).get("context", p.get("score"))
            if i < len(spans):
                spans[i].label_ = "context"
                changed = True
            continue
        if p.get("label") != "response" or p.get("recommendations"):
            continue
        text = full[p["start"] : p["end"]]
        member = MEMBER_MATTER.search(text) is not None
        # (a promise on a member's matter answers the member, not the report: "In het commissiedebat vroeg het lid
        # Brouwer naar …. Ik zal daarop ingaan in de Landbouwbrief …" is `other`; round 40)
        if not answers_nothing(text, promises_answer=not member):
            continue
        label = "other" if member else "context"
        p["label"] = label
        p["score"] = p.get("scores", {}).get(label, p.get("score"))
        if i < len(spans):
            spans[i].label_ = label
            changed = True
    if changed:
        doc.spans[SPAN_GROUP] = spans
    return doc
