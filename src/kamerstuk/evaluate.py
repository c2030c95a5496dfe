"""Gold annotations, evaluation of the pipeline against them, and training of the classifier.

The annotation format (JSON Lines, one object per line; see fixtures/gold/README.md):

- a paragraph line: ``{"document": "letters/x.md", "paragraph": "p3", "starts": "…", "label": "response",
  "links": [2], "split": "train"}`` — links are recommendation ordinals;
- a document line: ``{"document": …, "recommendations": [{"ordinal": 1, "text": "…"}], "stances": {"1":
  "adopted"}, "split": "train", "text_kind": "restated" | "summary"}`` — with ``summary`` the letter does
  not restate its recommendations and the evaluation passes them to the linker as a caller's list.

Document paths are relative to the repository root (the folder holding the gold file's
``fixtures/``), or ``shared:<path>`` for documents under ``../shared``.
"""

from __future__ import annotations

import json
import typing
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from kamerstuk.errors import KamerstukError
from kamerstuk.models import Letter, Recommendation, Stance
from kamerstuk.parse import parse
from kamerstuk.pipeline import apply_pipeline, build_pipeline
from kamerstuk.pipeline.classifier import LABELS, LinearModel, ParagraphClassifier
from kamerstuk.pipeline.doc import letter_to_doc
from kamerstuk.pipeline.features import paragraph_features


class GoldError(KamerstukError):
    """The annotation file is malformed or does not match the documents."""


@dataclass
class GoldDocument:
    """One annotated document."""

    document: str
    path: Path
    split: str
    labels: dict[str, str] = field(default_factory=dict)
    links: dict[str, set[int]] = field(default_factory=dict)
    starts: dict[str, str] = field(default_factory=dict)
    recommendations: list[dict[str, Any]] = field(default_factory=list)
    stances: dict[int, str] = field(default_factory=dict)
    caller_recommendations: bool = False


def _resolve(document: str, root: Path, shared: Path) -> Path:
    if document.startswith("shared:"):
        return shared / document.removeprefix("shared:")
    path = Path(document)
    return path if path.is_absolute() else root / path


def load_gold(
    path: str | Path, *, root: Path | None = None, shared: Path | None = None
) -> list[GoldDocument]:
    """Read an annotation file into documents (in file order).

    Raises `GoldError` with ``<file>:<line>: <what is wrong>`` for a line that is not a gold
    line (see fixtures/gold/README.md), and `OSError` when the file cannot be read.
    """
    path = Path(path)
    root = root or _repo_root(path)
    shared = shared or root.parent / "shared"
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise GoldError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    docs: dict[str, GoldDocument] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = _gold_line(line)
            name = obj["document"]
            doc = docs.setdefault(
                name, GoldDocument(name, _resolve(name, root, shared), obj.get("split", "train"))
            )
            if "paragraph" in obj:
                doc.labels[obj["paragraph"]] = obj["label"]
                doc.links[obj["paragraph"]] = {int(n) for n in obj.get("links", [])}
                doc.starts[obj["paragraph"]] = obj.get("starts", "")
            else:
                doc.recommendations = list(obj.get("recommendations", []))
                doc.stances = {int(k): v for k, v in obj.get("stances", {}).items()}
                doc.caller_recommendations = obj.get("text_kind") == "summary"
        except GoldError as exc:
            raise GoldError(f"{path}:{number}: {exc.message}") from None
        except (KeyError, ValueError, TypeError) as exc:  # what _gold_line does not foresee
            raise GoldError(f"{path}:{number}: {type(exc).__name__}: {exc}") from None
    return list(docs.values())


_STANCES: tuple[str, ...] = typing.get_args(Stance)


def _gold_line(line: str) -> dict[str, Any]:
    """One gold line, checked field by field; `GoldError` says what is wrong with it."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise GoldError(f"not a JSON object: {exc.msg} (column {exc.colno})") from None
    if not isinstance(obj, dict):
        raise GoldError(f"not a JSON object but {type(obj).__name__}")
    if not isinstance(obj.get("document"), str) or not obj["document"]:
        raise GoldError('missing "document" (the path of the annotated letter)')
    if not isinstance(obj.get("split", "train"), str):
        raise GoldError('"split" must be a string such as "train" or "test"')
    if "paragraph" in obj:
        if not isinstance(obj["paragraph"], str):
            raise GoldError('"paragraph" must be a paragraph id such as "p3"')
        if "label" not in obj:
            raise GoldError(f'missing "label" (one of {", ".join(LABELS)})')
        if obj["label"] not in LABELS:
            raise GoldError(f"unknown label {obj['label']!r} (one of {', '.join(LABELS)})")
        links = obj.get("links", [])
        if not isinstance(links, list) or not all(
            isinstance(n, int) and not isinstance(n, bool) for n in links
        ):
            raise GoldError('"links" must be a list of recommendation numbers, such as [1, 2]')
        if not isinstance(obj.get("starts", ""), str):
            raise GoldError('"starts" must be a string (the first characters of the paragraph)')
        return obj
    recommendations = obj.get("recommendations", [])
    if not isinstance(recommendations, list) or not all(
        isinstance(r, dict) and isinstance(r.get("ordinal"), int) and isinstance(r.get("text"), str)
        for r in recommendations
    ):
        raise GoldError('"recommendations" must be a list of {"ordinal": number, "text": string}')
    stances = obj.get("stances", {})
    if not isinstance(stances, dict):
        raise GoldError('"stances" must be an object: recommendation number -> stance')
    for key, value in stances.items():
        if not key.isdigit():
            raise GoldError(f'"stances" key {key!r} is not a recommendation number')
        if value not in _STANCES:
            raise GoldError(f"unknown stance {value!r} (one of {', '.join(_STANCES)})")
    return obj


def _repo_root(gold: Path) -> Path:
    for parent in gold.resolve().parents:
        if (parent / "fixtures").is_dir() or (parent / "pyproject.toml").exists():
            return parent
    return Path.cwd()


def _caller_list(doc: GoldDocument) -> list[Recommendation] | None:
    if not doc.caller_recommendations:
        return None
    return [
        Recommendation(id=f"r{r['ordinal']}", ordinal=int(r["ordinal"]), text=r["text"], source="caller")
        for r in doc.recommendations
    ]


def parse_gold_document(doc: GoldDocument, nlp: Language) -> Letter:
    """Parse a gold document and run `nlp` over it (with the caller's recommendations if given)."""
    letter = parse(doc.path, pipeline="none")
    missing = [pid for pid in doc.labels if pid not in {p.id for p in letter.paragraphs}]
    if missing or len(doc.labels) != len(letter.paragraphs):
        raise GoldError(
            f"{doc.document}: annotations cover {len(doc.labels)} paragraphs, the parse has "
            f"{len(letter.paragraphs)} (unknown ids: {missing[:5]})"
        )
    for p in letter.paragraphs:
        if doc.starts.get(p.id) and not p.text.startswith(doc.starts[p.id]):
            raise GoldError(f"{doc.document} {p.id}: text does not start with {doc.starts[p.id]!r}")
    # A letter that does not restate its recommendations gets the gold's list, as a caller would pass it.
    given = _caller_list(doc) if not letter.recommendations else None
    return apply_pipeline(letter, nlp, recommendations=given)


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
    errors: list[str] = field(default_factory=list)

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
        ]
        lines += [f"error: {e}" for e in self.errors]
        return "\n".join(lines)


def evaluate(
    gold: Iterable[GoldDocument],
    nlp: Language,
    *,
    split: str | None = "test",
    mistakes: list[str] | None = None,
) -> Evaluation:
    """Score `nlp` on the gold documents of `split` (None: all)."""
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
        ordinal = {r.id: r.ordinal for r in letter.recommendations}
        for p in letter.paragraphs:
            want, got = doc.labels[p.id], p.label or "other"
            result.paragraphs += 1
            result.confusion[(want, got)] = result.confusion.get((want, got), 0) + 1
            predicted = {n for r in p.recommendations if (n := ordinal.get(r)) is not None}
            correct = predicted == doc.links[p.id]
            result.links_correct += correct
            if doc.links[p.id]:
                result.linkable += 1
                result.linkable_correct += correct
            if mistakes is not None and (want != got or not correct):
                mistakes.append(
                    f"{doc.document} {p.id}: label {want} -> {got}; links {sorted(doc.links[p.id])} -> "
                    f"{sorted(predicted)} | {p.text[:70]}"
                )
        by_ordinal = {r.ordinal: r for r in letter.recommendations}
        for n, stance in doc.stances.items():
            result.stances += 1
            rec = by_ordinal.get(n)
            result.stances_correct += rec is not None and rec.stance == stance
            if mistakes is not None and (rec is None or rec.stance != stance):
                mistakes.append(
                    f"{doc.document} recommendation {n}: stance {stance} -> {rec.stance if rec else None}"
                )
    return result


def train(gold: Iterable[GoldDocument], *, split: str | None = "train", mode: str = "ensemble") -> Language:
    """Train the classifier's linear model on the gold documents of `split`; return the pipeline."""
    scratch = build_pipeline(mode)  # makes the training Docs; its vocabulary fills with their words
    rows, labels = [], []
    for doc in gold:
        if split is not None and doc.split != split:
            continue
        letter = parse(doc.path, pipeline="none")
        caller = _caller_list(doc) if not letter.recommendations else None
        given = None
        if caller is not None:
            given = [{"id": r.id, "ordinal": r.ordinal, "text": r.text, "paragraph": None} for r in caller]
        spacy_doc = letter_to_doc(scratch, letter, given)
        feats = paragraph_features(spacy_doc)
        for p, f in zip(letter.paragraphs, feats, strict=True):
            if p.id not in doc.labels:
                raise GoldError(f"{doc.document}: paragraph {p.id} is not annotated")
            rows.append(f)
            labels.append(doc.labels[p.id])
    if not rows:
        raise GoldError(f"no annotated paragraphs in split {split!r}")
    nlp = build_pipeline(mode)  # a clean pipeline to ship: only the model's weights, no training text
    component = nlp.get_pipe("kamerstuk_paragraph_classifier")
    assert isinstance(component, ParagraphClassifier)
    model = LinearModel()
    model.fit(rows, labels)
    component.model = model
    nlp.meta["kamerstuk_training"] = {
        "paragraphs": len(rows),
        "split": split,
        "features": len(model.vocabulary),
    }
    return nlp
