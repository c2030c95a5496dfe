"""Evaluation of the pipeline against gold annotations (`kamerstuk evaluate`).

Paragraph labels and links, recommendations found (and from which report), stances, and
commitment sentences. The annotation format is described in `kamerstuk.gold` and
fixtures/gold/README.md; training is in `kamerstuk.training`, cross-validation in
`kamerstuk.crossval`. The names of those modules are re-exported here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from typing import Any

from rapidfuzz import fuzz
from spacy.language import Language

from kamerstuk.entities.sentences import split_sentences
from kamerstuk.errors import KamerstukError
from kamerstuk.gold import GoldDocument, GoldError, caller_list, load_gold, parse_gold_document, sha1_of
from kamerstuk.models import Letter
from kamerstuk.pipeline.classifier import LABELS
from kamerstuk.training import train, trained_pipeline, training_rows

__all__ = [
    "Evaluation",
    "GoldDocument",
    "GoldError",
    "align_recommendations",
    "caller_list",
    "evaluate",
    "load_gold",
    "parse_gold_document",
    "sentence_key",
    "train",
    "trained_pipeline",
    "training_rows",
]


def sentence_key(text: str) -> str:
    """The key of a commitment sentence in the gold: its first 25 characters, blanks collapsed."""
    return " ".join(text.split())[:25].rstrip()


def _matches(key: str, gold: str) -> bool:
    if gold.startswith("sha1:"):
        return sha1_of(key) == gold.removeprefix("sha1:")
    return key.startswith(sentence_key(gold))


def _commitment_sentences(letter: Letter) -> dict[str, list[tuple[str, str]]]:
    """Paragraph id -> (sentence key, commitment text) of each sentence holding a predicted commitment.

    Commitments that fulfil an earlier promise or refer back to one, and negated ones, are not
    promises: they are left out, as the gold leaves them out.
    """
    spans = {p.id: (p.start, p.end) for p in letter.paragraphs}
    found: dict[str, list[tuple[str, str]]] = {}
    for c in letter.commitments:
        if c.kind != "new" or c.firmness == "negated":
            continue
        pid = c.paragraph or next((i for i, (a, b) in spans.items() if a <= c.start < b), None)
        if pid is None or pid not in spans:
            continue
        lo, hi = spans[pid]
        sentence = next(
            (letter.text[a:b] for a, b in split_sentences(letter.text, lo, hi) if a <= c.start < b),
            letter.text[c.start : c.end],
        )
        key = sentence_key(sentence)
        if all(key != k for k, _ in found.get(pid, [])):  # two commitments in one sentence count once
            found.setdefault(pid, []).append((key, c.text))
    return found


def _norm(text: str) -> str:
    return " ".join(text.lower().split()).strip(" .;:")


def linked_ordinals(recommendation_ids: Iterable[str], mapping: dict[str, int]) -> set[int]:
    """The gold ordinals a paragraph's predicted links point to, through `mapping` (from
    `align_recommendations`); 0 for a recommendation the gold does not have, so that a link to it
    counts as a wrong link, not as no link."""
    return {mapping.get(r, 0) for r in recommendation_ids}


def align_recommendations(doc: GoldDocument, letter: Letter) -> dict[str, int]:
    """Map the letter's recommendation ids to gold ordinals, by text.

    A recommendation keeps its own ordinal unless its text matches another gold recommendation
    (partial similarity >= 80) and not its own: two reports answered together may each number
    from 1. The rest go to the gold recommendation whose text they best match, one to one, best
    pairs first. Where the gold has no texts, or only summaries in our own words, ordinals are
    compared as they are (only those the gold has).
    """
    known = {int(r["ordinal"]) for r in doc.recommendations}
    # (only ordinals the gold has: in a letter answering no report, a recommendation found is a false
    # one, whatever its number)
    by_ordinal = {r.id: r.ordinal for r in letter.recommendations if r.ordinal in known}
    gold = [(int(r["ordinal"]), _norm(r["text"])) for r in doc.recommendations if r.get("text")]
    if not gold or (doc.caller_recommendations and doc.report is None):
        return by_ordinal  # summaries in our own words: the texts cannot be compared
    texts = dict(gold)
    scores: dict[str, dict[int, float]] = {}
    for r in letter.recommendations:
        got = _norm(r.text)
        scores[r.id] = {o: fuzz.partial_ratio(got, want) if got and want else 0.0 for o, want in gold}
    mapping: dict[str, int] = {}
    # First the recommendations whose own ordinal is not contradicted by their text: a heading's
    # short title keeps its ordinal; "de eerste aanbeveling van het CPB" (parsed as 1) that reads
    # like the gold's fourth does not.
    for r in letter.recommendations:
        o = r.ordinal
        if o is None or o not in texts or o in mapping.values():
            continue
        best = max(scores[r.id].items(), key=lambda item: item[1])
        if scores[r.id][o] >= 80 or best[1] < 80:
            mapping[r.id] = o
    # Then the others by text, best pairs first, one to one.
    pairs = sorted(
        ((score, r_id, o) for r_id, row in scores.items() for o, score in row.items() if score >= 80),
        reverse=True,
    )
    for _, r_id, o in pairs:
        if r_id not in mapping and o not in mapping.values():
            mapping[r_id] = o
    return mapping


@dataclass
class Evaluation:
    """Scores of a pipeline on gold documents."""

    documents: int = 0
    paragraphs: int = 0
    confusion: dict[tuple[str, str], int] = field(default_factory=dict)  # (gold, predicted) -> count
    links_correct: int = 0
    linkable: int = 0
    linkable_correct: int = 0
    stances: int = 0
    stances_correct: int = 0
    recommendations_gold: int = 0
    recommendations_found: int = 0
    recommendations_predicted: int = 0
    sources: int = 0
    sources_correct: int = 0
    commitments_gold: int = 0
    commitments_found: int = 0
    commitments_predicted: int = 0
    commitments_correct: int = 0
    errors: list[str] = field(default_factory=list)
    stance_errors: list[str] = field(default_factory=list)
    commitment_errors: list[str] = field(default_factory=list)
    source_errors: list[str] = field(default_factory=list)

    def prf(self, label: str) -> tuple[float, float, float]:
        tp = self.confusion.get((label, label), 0)
        predicted = sum(v for (_, p), v in self.confusion.items() if p == label)
        gold = sum(v for (g, _), v in self.confusion.items() if g == label)
        precision = tp / predicted if predicted else 0.0
        recall = tp / gold if gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    @property
    def macro_f1(self) -> float:
        present = [lb for lb in LABELS if any(g == lb for g, _ in self.confusion)]
        return sum(self.prf(lb)[2] for lb in present) / len(present) if present else 0.0

    @property
    def accuracy(self) -> float:
        correct = sum(v for (g, p), v in self.confusion.items() if g == p)
        return correct / self.paragraphs if self.paragraphs else 0.0

    @property
    def link_accuracy(self) -> float:
        """Share of paragraphs whose set of linked recommendations equals the gold set (empty included)."""
        return self.links_correct / self.paragraphs if self.paragraphs else 0.0

    @property
    def linkable_accuracy(self) -> float:
        """The same over paragraphs that the gold links to at least one recommendation."""
        return self.linkable_correct / self.linkable if self.linkable else 0.0

    @property
    def stance_accuracy(self) -> float:
        return self.stances_correct / self.stances if self.stances else 0.0

    @property
    def recommendation_recall(self) -> float:
        """Share of gold recommendations that the letter's (or report's) list holds, matched by text."""
        return self.recommendations_found / self.recommendations_gold if self.recommendations_gold else 0.0

    @property
    def recommendation_precision(self) -> float:
        """Share of found recommendations that match a gold one."""
        if not self.recommendations_predicted:
            return 0.0
        return self.recommendations_found / self.recommendations_predicted

    @property
    def source_accuracy(self) -> float:
        """Share of gold recommendations with a known report whose report the parser names."""
        return self.sources_correct / self.sources if self.sources else 0.0

    @property
    def commitment_precision(self) -> float:
        """Share of predicted commitment sentences (optional ones left out) that the gold lists."""
        return self.commitments_correct / self.commitments_predicted if self.commitments_predicted else 0.0

    @property
    def commitment_recall(self) -> float:
        """Share of gold commitment sentences that were found."""
        return self.commitments_found / self.commitments_gold if self.commitments_gold else 0.0

    @property
    def commitment_f1(self) -> float:
        p, r = self.commitment_precision, self.commitment_recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def merge(self, other: Evaluation) -> None:
        """Add `other`'s counts and error lines to these (the folds of a cross-validation)."""
        for f in fields(self):
            mine, theirs = getattr(self, f.name), getattr(other, f.name)
            if isinstance(mine, dict):
                for key, value in theirs.items():
                    mine[key] = mine.get(key, 0) + value
            elif isinstance(mine, list):
                mine.extend(theirs)
            else:
                setattr(self, f.name, mine + theirs)

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "paragraphs": self.paragraphs,
            "labels": {
                lb: dict(zip(("precision", "recall", "f1"), self.prf(lb), strict=True)) for lb in LABELS
            },
            "macro_f1": self.macro_f1,
            "accuracy": self.accuracy,
            "link_accuracy": self.link_accuracy,
            "linked_paragraph_accuracy": self.linkable_accuracy,
            "stance_accuracy": self.stance_accuracy,
            "stances": self.stances,
            "recommendations": {
                "gold": self.recommendations_gold,
                "precision": self.recommendation_precision,
                "recall": self.recommendation_recall,
                "source_accuracy": self.source_accuracy,
                "sources": self.sources,
            },
            "commitments": {
                "gold": self.commitments_gold,
                "predicted": self.commitments_predicted,
                "precision": self.commitment_precision,
                "recall": self.commitment_recall,
                "f1": self.commitment_f1,
            },
            "stance_errors": self.stance_errors,
            "commitment_errors": self.commitment_errors,
            "source_errors": self.source_errors,
            "errors": self.errors,
        }

    def render(self) -> str:
        lines = [f"{self.documents} documents, {self.paragraphs} paragraphs", "",
                 f"{'label':<16}{'precision':>10}{'recall':>8}{'f1':>8}{'gold':>6}"]  # fmt: skip
        for label in LABELS:
            p, r, f = self.prf(label)
            gold = sum(v for (g, _), v in self.confusion.items() if g == label)
            lines.append(f"{label:<16}{p:>10.3f}{r:>8.3f}{f:>8.3f}{gold:>6}")
        lines += [
            "",
            f"macro-F1             {self.macro_f1:.3f}",
            f"accuracy             {self.accuracy:.3f}",
            f"link accuracy        {self.link_accuracy:.3f}  (paragraphs whose linked set equals the gold set)",
            f"  on linked gold     {self.linkable_accuracy:.3f}  ({self.linkable} paragraphs the gold links)",
            f"stance accuracy      {self.stance_accuracy:.3f}  ({self.stances} recommendations)",
            f"recommendations      precision {self.recommendation_precision:.3f}  recall "
            f"{self.recommendation_recall:.3f}  ({self.recommendations_gold} in the gold)",
            f"  report named       {self.source_accuracy:.3f}  ({self.sources} from one of two reports)",
            f"commitments          precision {self.commitment_precision:.3f}  recall "
            f"{self.commitment_recall:.3f}  f1 {self.commitment_f1:.3f}  ({self.commitments_gold} in the gold, "
            f"{self.commitments_predicted} predicted)",
        ]
        if self.stance_errors:
            lines += ["", "stance errors (document recommendation [paragraph]: expected -> got):"]
            lines += [f"  {e}" for e in self.stance_errors]
        if self.commitment_errors:
            lines += ["", "commitment errors (document paragraph: expected -> got):"]
            lines += [f"  {e}" for e in self.commitment_errors]
        if self.source_errors:
            lines += ["", "report errors (document recommendation: expected -> got):"]
            lines += [f"  {e}" for e in self.source_errors]
        lines += [f"error: {e}" for e in self.errors]
        return "\n".join(lines)


def _score_commitments(doc: GoldDocument, letter: Letter, result: Evaluation) -> None:
    """Count commitment sentences found, missed and wrongly found in one document."""
    predicted = _commitment_sentences(letter)
    for p in letter.paragraphs:
        gold = doc.commitments.get(p.id, [])
        optional = doc.commitments_optional.get(p.id, [])
        got = predicted.get(p.id, [])
        result.commitments_gold += len(gold)
        for g in gold:
            if any(_matches(key, g) for key, _ in got):
                result.commitments_found += 1
            else:
                shown = g if not g.startswith("sha1:") else f"<sentence {g[5:13]}>"
                result.commitment_errors.append(f"{doc.document} {p.id}: commitment {shown!r} -> missed")
        for key, text in got:
            if any(_matches(key, o) for o in optional):
                continue  # borderline: neither right nor wrong
            result.commitments_predicted += 1
            if any(_matches(key, g) for g in gold):
                result.commitments_correct += 1
            else:
                result.commitment_errors.append(
                    f"{doc.document} {p.id}: none -> commitment {_shown(doc, text)!r}"
                )


def _score_recommendations(
    doc: GoldDocument, letter: Letter, mapping: dict[str, int], result: Evaluation
) -> None:
    """Recommendations found (by text), their report, and their stances."""
    by_ordinal = {mapping[r.id]: r for r in letter.recommendations if r.id in mapping}
    result.recommendations_gold += len(doc.recommendations)
    result.recommendations_predicted += len(letter.recommendations)
    result.recommendations_found += len(by_ordinal)
    for r in doc.recommendations:
        names = [n.lower() for n in r.get("from", [])]
        if not names:
            continue
        result.sources += 1
        rec = by_ordinal.get(int(r["ordinal"]))
        told = " ".join([getattr(rec, "report", None) or "", *(rec.by if rec else [])]).lower()
        if rec is not None and any(n in told for n in names):
            result.sources_correct += 1
        else:
            read = "(recommendation not found)" if rec is None else repr(rec.report)
            result.source_errors.append(f"{doc.document} recommendation {r['ordinal']}: {names[0]} -> {read}")
    for n, stance in doc.stances.items():
        result.stances += 1
        rec = by_ordinal.get(n)
        got = rec.stance if rec else None
        result.stances_correct += got == stance
        if got != stance:
            where = rec.paragraph if rec and rec.paragraph else "-"
            evidence = f" | {_shown(doc, rec.stance_evidence)}" if rec and rec.stance_evidence else ""
            missing = "" if rec else " (recommendation not found)"
            result.stance_errors.append(
                f"{doc.document} recommendation {n} [{where}]: {stance} -> {got}{missing}{evidence}"
            )


def evaluate(
    gold: Iterable[GoldDocument],
    nlp: Language,
    *,
    split: str | None = "test",
    mistakes: list[str] | None = None,
) -> Evaluation:
    """Score `nlp` on the gold documents of `split` (None: all).

    Paragraph labels and links, recommendations found (and from which report), stances, and
    commitment sentences (for documents with commitment annotations). Stance and commitment
    errors are always listed on the result; `mistakes` also receives every wrong label and link.
    """
    result = Evaluation()
    for doc in gold:
        if split is not None and doc.split != split:
            continue
        try:
            letter = parse_gold_document(doc, nlp)
        except KamerstukError as exc:
            result.errors.append(f"{doc.document}: {exc}")
            continue
        result.documents += 1
        mapping = align_recommendations(doc, letter)
        for p in letter.paragraphs:
            want, got = doc.labels[p.id], p.label or "other"
            result.paragraphs += 1
            result.confusion[(want, got)] = result.confusion.get((want, got), 0) + 1
            predicted = linked_ordinals(p.recommendations, mapping)
            correct = predicted == doc.links[p.id]
            result.links_correct += correct
            if doc.links[p.id]:
                result.linkable += 1
                result.linkable_correct += correct
            if mistakes is not None and (want != got or not correct):
                mistakes.append(
                    f"{doc.document} {p.id}: label {want} -> {got}; links {sorted(doc.links[p.id])} -> "
                    f"{sorted(predicted)} | {_shown(doc, p.text)}"
                )
        before = len(result.stance_errors)
        _score_recommendations(doc, letter, mapping, result)
        if mistakes is not None:
            mistakes.extend(result.stance_errors[before:])
        if doc.commitments_annotated:
            before = len(result.commitment_errors)
            _score_commitments(doc, letter, result)
            if mistakes is not None:
                mistakes.extend(result.commitment_errors[before:])
    return result


def _shown(doc: GoldDocument, text: str) -> str:
    """The start of a text for a mistake line; none of a document in ../shared, whose text may not
    be copied (the seed letter and the corpus: a listing pasted into docs must not quote them)."""
    return "<text not shown>" if doc.document.startswith("shared:") else text[:70]
