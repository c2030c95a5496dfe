"""Gold annotations, evaluation of the pipeline against them, and training of the classifier.

The annotation format (JSON Lines, one object per line; see fixtures/gold/README.md):

- a paragraph line: ``{"document": "letters/x.md", "paragraph": "p3", "starts": "…", "label": "response",
  "links": [2], "split": "train"}`` — links are recommendation ordinals;
- a document line: ``{"document": …, "recommendations": [{"ordinal": 1, "text": "…"}], "stances": {"1":
  "adopted"}, "split": "train", "text_kind": "restated" | "summary"}`` — with ``summary`` the letter does
  not restate its recommendations and the evaluation passes them to the linker as a caller's list.

Optional fields (see fixtures/gold/README.md): on a paragraph line ``commitments`` and
``commitments_optional`` (the first 25 characters of each commitment sentence; or ``commitments_sha1``
/ ``commitments_optional_sha1``, SHA-1 of those characters, for documents whose text may not be
copied) and ``sha1`` (of the paragraph text, instead of ``starts``); on a document line ``report``
(a report file read with `parse_report` and passed to the pipeline) and, per recommendation,
``from`` (names of the report it comes from). An include line ``{"document": "shared:…",
"include": "tests/real_letters/gold_x.json", "split": "test"}`` reads the annotations of a real
letter from a JSON file (``gold_paragraphs``: a list of paragraph lines without ``document``, and
``gold_document``: the document line without ``document``).

Document paths are relative to the repository root (the folder holding the gold file's
``fixtures/``), or ``shared:<path>`` for documents under ``../shared``.
"""

from __future__ import annotations

import hashlib
import json
import typing
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz
from spacy.language import Language

from kamerstuk.entities.report import parse_report
from kamerstuk.entities.sentences import split_sentences
from kamerstuk.errors import KamerstukError
from kamerstuk.models import Letter, Recommendation, StanceLabel
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
    sha1: dict[str, str] = field(default_factory=dict)
    #: paragraph id -> commitment sentence keys (25-character prefixes, or "sha1:<hex>")
    commitments: dict[str, list[str]] = field(default_factory=dict)
    commitments_optional: dict[str, list[str]] = field(default_factory=dict)
    #: whether any paragraph line of the document carries a commitment annotation
    commitments_annotated: bool = False
    #: a separate report file whose recommendations `parse_report` reads for the pipeline
    report: Path | None = None


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
            for item in _included(obj, root) if "include" in obj else [obj]:
                _add_line(docs, item, root, shared)
        except GoldError as exc:
            raise GoldError(f"{path}:{number}: {exc.message}") from None
        except (KeyError, ValueError, TypeError) as exc:  # what _gold_line does not foresee
            raise GoldError(f"{path}:{number}: {type(exc).__name__}: {exc}") from None
    return list(docs.values())


def _included(obj: dict[str, Any], root: Path) -> list[dict[str, Any]]:
    """The gold lines of an include line's JSON file (a real letter's annotations kept in tests/)."""
    source = root / obj["include"]
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise GoldError(f"cannot read included annotations {obj['include']}: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("gold_paragraphs"), list):
        raise GoldError(f'{obj["include"]}: expected an object with a "gold_paragraphs" list')
    base = {"document": obj["document"], "split": obj.get("split", "train")}
    lines = [_gold_line(json.dumps({**p, **base})) for p in data["gold_paragraphs"]]
    if isinstance(data.get("gold_document"), dict):
        lines.append(_gold_line(json.dumps({**data["gold_document"], **base})))
    return lines


def _add_line(docs: dict[str, GoldDocument], obj: dict[str, Any], root: Path, shared: Path) -> None:
    name = obj["document"]
    doc = docs.setdefault(name, GoldDocument(name, _resolve(name, root, shared), obj.get("split", "train")))
    if "paragraph" in obj:
        pid = obj["paragraph"]
        doc.labels[pid] = obj["label"]
        doc.links[pid] = {int(n) for n in obj.get("links", [])}
        doc.starts[pid] = obj.get("starts", "")
        if "sha1" in obj:
            doc.sha1[pid] = obj["sha1"]
        keys = [*obj.get("commitments", []), *(f"sha1:{h}" for h in obj.get("commitments_sha1", []))]
        optional = [
            *obj.get("commitments_optional", []),
            *(f"sha1:{h}" for h in obj.get("commitments_optional_sha1", [])),
        ]
        if any(k in obj for k in _COMMITMENT_KEYS):
            doc.commitments_annotated = True
        doc.commitments[pid] = keys
        doc.commitments_optional[pid] = optional
    else:
        doc.recommendations = list(obj.get("recommendations", []))
        doc.stances = {int(k): v for k, v in obj.get("stances", {}).items()}
        doc.caller_recommendations = obj.get("text_kind") == "summary"
        if obj.get("report"):
            doc.report = _resolve(obj["report"], root, shared)


_COMMITMENT_KEYS = ("commitments", "commitments_optional", "commitments_sha1", "commitments_optional_sha1")


_STANCES: tuple[str, ...] = typing.get_args(StanceLabel)


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
    if "include" in obj:
        if not isinstance(obj["include"], str) or not obj["include"]:
            raise GoldError('"include" must be the path of a JSON annotation file')
        return obj
    for key in _COMMITMENT_KEYS:
        value = obj.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise GoldError(f'"{key}" must be a list of strings (sentence prefixes or SHA-1 digests)')
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
    for r in recommendations:
        sources = r.get("from", [])
        if not isinstance(sources, list) or not all(isinstance(v, str) and v for v in sources):
            raise GoldError('a recommendation\'s "from" must be a list of names of its report')
    if not isinstance(obj.get("report", ""), str):
        raise GoldError('"report" must be the path of the report file')
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
    if doc.report is not None:  # a separate report: read as a user would, with `parse_report`
        return [r.model_copy(update={"source": "report"}) for r in parse_report(doc.report)]
    if not doc.caller_recommendations:
        return None
    return [
        Recommendation(id=f"r{r['ordinal']}", ordinal=int(r["ordinal"]), text=r["text"], source="caller")
        for r in doc.recommendations
    ]


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def parse_gold_document(doc: GoldDocument, nlp: Language) -> Letter:
    """Parse a gold document and run `nlp` over it (with the caller's or the report's recommendations)."""
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
        if doc.sha1.get(p.id) and _sha1(p.text) != doc.sha1[p.id]:
            raise GoldError(f"{doc.document} {p.id}: text does not match the annotated SHA-1")
    # A letter that does not restate its recommendations gets the gold's list, as a caller would
    # pass it; a letter answering a separate report gets that report's list (`parse_report`).
    given = _caller_list(doc) if doc.report is not None or not letter.recommendations else None
    return apply_pipeline(letter, nlp, recommendations=given)


def sentence_key(text: str) -> str:
    """The key of a commitment sentence in the gold: its first 25 characters, blanks collapsed."""
    return " ".join(text.split())[:25].rstrip()


def _matches(key: str, gold: str) -> bool:
    if gold.startswith("sha1:"):
        return _sha1(key) == gold.removeprefix("sha1:")
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


def align_recommendations(doc: GoldDocument, letter: Letter) -> dict[str, int]:
    """Map the letter's recommendation ids to gold ordinals, by text.

    A recommendation keeps its own ordinal unless its text matches another gold recommendation
    (partial similarity >= 80) and not its own: two reports answered together may each number
    from 1. The rest go to the gold recommendation whose text they best match, one to one, best
    pairs first. Where the gold has no texts, or only summaries in our own words, ordinals are
    compared as they are.
    """
    by_ordinal = {r.id: r.ordinal for r in letter.recommendations if r.ordinal is not None}
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
        result.sources_correct += rec is not None and any(n in told for n in names)
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
            predicted = {n for r in p.recommendations if (n := mapping.get(r)) is not None}
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


def training_rows(docs: Iterable[GoldDocument]) -> tuple[list[dict[str, float]], list[str]]:
    """The classifier's feature rows and gold labels of the annotated paragraphs of `docs`.

    Real letters under ``../shared`` are skipped: they are annotated to measure on and are not in
    the repository, so a shipped model must not depend on them.
    """
    scratch = build_pipeline("ensemble")  # makes the training Docs; its vocabulary fills with their words
    rows: list[dict[str, float]] = []
    labels: list[str] = []
    for doc in docs:
        if doc.document.startswith("shared:corpus/"):
            continue
        letter = parse(doc.path, pipeline="none")
        caller = _caller_list(doc) if doc.report is not None or not letter.recommendations else None
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
    return rows, labels


def trained_pipeline(
    rows: list[dict[str, float]],
    labels: list[str],
    *,
    mode: str = "ensemble",
    model_weight: float | None = None,
    l2: float | None = None,
) -> Language:
    """A clean pipeline whose classifier's model is fitted on `rows` (no training text kept in it)."""
    if not rows:
        raise GoldError("no annotated paragraphs to train on")
    nlp = build_pipeline(mode)
    component = nlp.get_pipe("kamerstuk_paragraph_classifier")
    assert isinstance(component, ParagraphClassifier)
    if model_weight is not None:
        component.model_weight = model_weight
    model = LinearModel()
    if l2 is None:
        model.fit(rows, labels)
    else:
        model.fit(rows, labels, l2=l2)
    component.model = model
    return nlp


def train(gold: Iterable[GoldDocument], *, split: str | None = "train", mode: str = "ensemble") -> Language:
    """Train the classifier's linear model on the gold documents of `split`; return the pipeline."""
    docs = [doc for doc in gold if split is None or doc.split == split]
    rows, labels = training_rows(docs)
    if not rows:
        raise GoldError(f"no annotated paragraphs in split {split!r}")
    nlp = trained_pipeline(rows, labels, mode=mode)
    component = nlp.get_pipe("kamerstuk_paragraph_classifier")
    assert isinstance(component, ParagraphClassifier)
    nlp.meta["kamerstuk_training"] = {
        "paragraphs": len(rows),
        "split": split,
        "features": len(component.model.vocabulary),
    }
    return nlp
