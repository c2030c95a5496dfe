"""The paragraph classifier: hand-set rules, a trained linear model, or both.

Every body paragraph gets exactly one label of `LABELS` and a score. Rules are a linear
scoring of structure and cue features with weights set by hand (readable, no training);
the model is a multinomial logistic regression over the same features plus words, trained
by `kamerstuk train` on annotated letters and shipped inside the package. In ``ensemble``
mode (the default when a model is loaded) the two probability vectors are averaged.
"""

from __future__ import annotations

import itertools
import json
import math
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

from kamerstuk.pipeline.doc import SPAN_GROUP, data
from kamerstuk.pipeline.features import Features, paragraph_features

LABELS = ("context", "recommendation", "response", "closing", "other")
Mode = Literal["rules", "model", "ensemble"]

# Hand-set weights: feature -> {label: weight}. Read as "this feature is evidence for".
RULE_WEIGHTS: dict[str, dict[str, float]] = {
    "bias": {"response": 0.6, "other": 0.3, "context": 0.2},
    "rec:restated_here": {"recommendation": 6.0},
    "rec:explains": {"recommendation": 5.0},
    "rec:opens_with_ordinal": {"recommendation": 1.0},
    "cue:recommends": {"recommendation": 1.0},
    "rec:explicit_reference": {"response": 1.5},
    "rec:restated_earlier_in_section": {"response": 1.5},
    "rec:forward_reference": {"context": 0.5},
    "pos:first": {"context": 2.5},
    "pos:bin0": {"context": 0.8},
    "pos:last": {"closing": 2.5},
    "pos:second_last": {"closing": 0.3},
    "cue:closing": {"closing": 2.5},
    "tail:follow_up": {"closing": 2.5},
    "tail:last_without_recommendations": {"closing": 1.5},
    "tail:general_value": {"closing": 2.0, "response": -0.5},
    "cue:published": {"context": 1.5},
    "cue:request": {"context": 1.0},
    "cue:report_says": {"context": 0.8, "recommendation": 0.3},
    "cue:this_letter": {"context": 1.5},
    "cue:discourse": {"context": 1.2},
    "opening:announces": {"context": 3.0},
    "opening:background": {"other": 2.5},
    "cue:thanks": {"context": 0.8, "closing": 0.5},
    "cue:findings_only": {"context": 1.5},
    "cue:thanks_only": {"context": 1.0, "response": -0.5},
    "cue:shares_view_only": {"context": 1.2, "response": -0.3},
    "cue:motion": {"other": 1.2},
    "cue:earlier_promise": {"other": 2.5, "closing": -1.0},
    "cue:aside": {"other": 3.0, "response": -1.5},
    "cue:position": {"response": 1.2},
    "cue:measures": {"response": 0.8, "other": 0.6},
    "cue:promise": {"response": 0.5, "other": 0.3},
    "cue:already": {"response": 0.8},
    "sec:aanleiding": {"context": 2.5},
    "sec:inleiding": {"context": 2.5},
    "sec:reactie": {"context": 1.0},
    "sec:rapport": {"context": 1.0},
    "sec:slot": {"closing": 2.0},
    "sec:afsluiting": {"closing": 2.0},
    "sec:aanbeveling": {"response": 1.0},
    "sec:level2": {"response": 0.8},
    "doc:no_recommendations": {"other": 2.5, "response": -3.0, "recommendation": -3.0},
    "doc:has_recommendations": {"response": 1.0},
}


def _softmax(scores: np.ndarray) -> np.ndarray:
    shifted = scores - scores.max(axis=-1, keepdims=True)
    e = np.exp(shifted)
    return e / e.sum(axis=-1, keepdims=True)  # type: ignore[no-any-return]


#: Cues on which the rules decide alone in ``ensemble`` mode (see `ParagraphClassifier.probabilities`): a paragraph
#: that says it stands apart from the report, and one past the opening that opens on a promise made before (round 46:
#: the model has too few of either to learn from), and an announcement of a no-report letter's structure or its
#: background (round 48: the model learns from the train split's letters, few of which answer no report).
_RULES_DECIDE = ("cue:aside", "cue:earlier_promise", "opening:announces", "opening:background")

#: `RULE_WEIGHTS` as feature -> ((label index, weight), …), in the same order.
_RULE_INDEX: dict[str, tuple[tuple[int, float], ...]] = {
    name: tuple((LABELS.index(label), weight) for label, weight in weights.items())
    for name, weights in RULE_WEIGHTS.items()
}


def _rule_scores(features: Features) -> list[float]:
    """The rules' score per label: the weights of the features present, added in their order."""
    scores = [0.0] * len(LABELS)
    for name, value in features.items():
        for i, weight in _RULE_INDEX.get(name, ()):
            scores[i] += weight * value
    return scores


def rule_probabilities(features: Features) -> np.ndarray:
    """Label probabilities from the hand-set rules."""
    return _softmax(np.array(_rule_scores(features)))


class _SparseRows:
    """Feature rows as a sparse matrix (row, column, value per non-zero cell) for training.

    A row has a few dozen features (a paragraph) to a few hundred (an answer's words and word
    pairs) out of a vocabulary of thousands: a dense matrix made every epoch of `LinearModel.fit`
    cost rows x vocabulary, most of the time of `kamerstuk train`. Sums run in a fixed order (no
    threaded BLAS), so the trained weights are the same on every machine.
    """

    def __init__(self, rows: list[Features], index: dict[str, int]) -> None:
        cells = [
            (r, index[name], value)
            for r, feats in enumerate(rows)
            for name, value in feats.items()
            if name in index
        ]
        self.n_rows = len(rows)
        self.n_columns = len(index)
        self.rows = np.array([c[0] for c in cells], dtype=np.int64)
        self.columns = np.array([c[1] for c in cells], dtype=np.int64)
        self.values = np.array([c[2] for c in cells], dtype=float)
        # where each non-empty row's cells start, for `np.add.reduceat`
        self.nonempty, self.starts = np.unique(self.rows, return_index=True)

    def dot(self, w: np.ndarray) -> np.ndarray:
        """x @ w."""
        out = np.zeros((self.n_rows, w.shape[1]))
        if self.values.size:
            out[self.nonempty] = np.add.reduceat(w[self.columns] * self.values[:, None], self.starts, axis=0)
        return out

    def transpose_dot(self, g: np.ndarray) -> np.ndarray:
        """x.T @ g."""
        cells = g[self.rows] * self.values[:, None]
        return np.stack(
            [
                np.bincount(self.columns, weights=cells[:, k], minlength=self.n_columns)
                for k in range(g.shape[1])
            ],
            axis=1,
        )


class LinearModel:
    """Multinomial logistic regression over sparse binary features (numpy, deterministic).

    Over the paragraph `LABELS` by default; the stance fallback (`kamerstuk.pipeline.stance_model`)
    uses it over the stance labels.
    """

    def __init__(
        self,
        vocabulary: list[str] | None = None,
        weights: np.ndarray | None = None,
        labels: tuple[str, ...] = LABELS,
    ) -> None:
        self.labels = labels
        self.vocabulary = vocabulary or []
        self.index = {name: i for i, name in enumerate(self.vocabulary)}
        self.weights = weights if weights is not None else np.zeros((len(self.vocabulary), len(labels)))

    @property
    def trained(self) -> bool:
        return bool(self.vocabulary)

    def _matrix(self, rows: list[Features]) -> np.ndarray:
        x = np.zeros((len(rows), len(self.vocabulary)))
        get = self.index.get
        for r, feats in enumerate(rows):
            # a row's features are distinct: one cell each; those outside the vocabulary get -1
            columns = np.fromiter(map(get, feats, itertools.repeat(-1)), dtype=np.int64, count=len(feats))
            values = np.fromiter(feats.values(), dtype=float, count=len(feats))
            known = columns >= 0
            x[r, columns[known]] = values[known]
        return x

    def probabilities(self, rows: list[Features]) -> np.ndarray:
        if not rows:
            return np.zeros((0, len(self.labels)))
        return _softmax(self._matrix(rows) @ self.weights)

    def fit(
        self,
        rows: list[Features],
        labels: list[str],
        *,
        min_count: int = 2,
        l2: float = 0.01,
        epochs: int = 400,
        learning_rate: float = 0.5,
        balance: bool = True,
    ) -> None:
        """Fit by full-batch gradient descent with L2; features seen fewer than `min_count` times are dropped.

        Only features named ``w:…`` (words) are dropped for being rare; ``balance`` weighs each label
        alike however often it occurs.
        """
        counts: dict[str, int] = {}
        for feats in rows:
            for name in feats:
                counts[name] = counts.get(name, 0) + 1
        self.vocabulary = sorted(n for n, c in counts.items() if c >= min_count or not n.startswith("w:"))
        self.index = {name: i for i, name in enumerate(self.vocabulary)}
        x = _SparseRows(rows, self.index)
        y = np.zeros((len(rows), len(self.labels)))
        for r, label in enumerate(labels):
            y[r, self.labels.index(label)] = 1.0
        if balance:
            # a rare label (closing) counts as much as a frequent one
            per_label = y.sum(axis=0)
            sample_weight = (
                (y / np.maximum(per_label, 1.0)).sum(axis=1, keepdims=True) * len(rows) / len(self.labels)
            )
        else:
            sample_weight = np.ones((len(rows), 1))
        w = np.zeros((len(self.vocabulary), len(self.labels)))
        for _ in range(epochs):
            p = _softmax(x.dot(w))
            grad = x.transpose_dot((p - y) * sample_weight) / len(rows) + l2 * w
            w -= learning_rate * grad
        self.weights = w

    def to_json(self) -> dict[str, Any]:
        return {
            "labels": list(self.labels),
            "vocabulary": self.vocabulary,
            "weights": [[round(float(v), 6) for v in row] for row in self.weights],
        }

    @classmethod
    def from_json(cls, obj: dict[str, Any], labels: tuple[str, ...] = LABELS) -> LinearModel:
        """The model saved by `to_json`; ValueError when it was trained for other `labels`."""
        if obj.get("labels") != list(labels):
            raise ValueError(f"model labels {obj.get('labels')} differ from {list(labels)}")
        vocabulary = list(obj["vocabulary"])
        weights = np.array(obj["weights"], dtype=float).reshape(len(vocabulary), len(labels))
        return cls(vocabulary, weights, labels)


class ParagraphClassifier:
    """spaCy component ``kamerstuk_paragraph_classifier``: one label and score per paragraph."""

    def __init__(self, nlp: Language, name: str, mode: Mode, model_weight: float) -> None:
        self.name = name
        self.mode = mode
        self.model_weight = model_weight
        self.model = LinearModel()

    def probabilities(self, doc: Doc) -> np.ndarray:
        feats = paragraph_features(doc)
        # one softmax over all rows: the same numbers as `rule_probabilities` row by row
        rules = _softmax(np.array([_rule_scores(f) for f in feats]).reshape(len(feats), len(LABELS)))
        if self.mode == "rules" or not self.model.trained:
            return rules
        model = self.model.probabilities(feats)
        if self.mode == "model":
            return model
        combined = (1 - self.model_weight) * rules + self.model_weight * model
        response = LABELS.index("response")
        for i, f in enumerate(feats):
            if f.get("opening:thanks") and not f.get("rec:explicit_reference"):
                # a paragraph that opens by thanking the authors sets the scene or closes (832 of 834 in the gold; the
                # two answers name recommendations by number): never an answer by the model alone (round 53)
                combined[i][response] = 0.0
            if any(f.get(cue) for cue in _RULES_DECIDE) and not f.get("rec:explicit_reference"):
                # the letter says the paragraph stands apart from the report ("Los van het rapport meld
                # ik u …", "In het commissiedebat … heb ik toegezegd …"): its words decide, not a model that has few
                # such paragraphs to learn from
                combined[i] = rules[i]
        return combined

    def __call__(self, doc: Doc) -> Doc:
        info = data(doc)
        probs = self.probabilities(doc)
        spans = list(doc.spans[SPAN_GROUP]) if SPAN_GROUP in doc.spans else []
        if not info["recommendations"]:
            # a letter without recommendations has no paragraph that restates or answers one (gold: none in its 287
            # such documents; the model alone still read 1 of holdout280's as an answer, round 53)
            probs = probs.copy()
            probs[:, [LABELS.index("recommendation"), LABELS.index("response")]] = 0.0
        for i, p in enumerate(info["paragraphs"]):
            best = int(np.argmax(probs[i]))
            p["label"] = LABELS[best]
            p["score"] = round(float(probs[i][best]), 4)
            p["scores"] = {label: round(float(v), 4) for label, v in zip(LABELS, probs[i], strict=True)}
            if i < len(spans):
                spans[i].label_ = LABELS[best]
        if spans:
            doc.spans[SPAN_GROUP] = spans
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "model.json").write_text(json.dumps(self.model.to_json()), encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> ParagraphClassifier:
        file = Path(path) / "model.json"
        if file.exists():
            self.model = LinearModel.from_json(json.loads(file.read_text(encoding="utf-8")))
        return self


@Language.factory(
    "kamerstuk_paragraph_classifier",
    assigns=["doc._.kamerstuk"],
    # 0.6 and the fit's l2 of 0.01: chosen by grouped 6-fold cross-validation over the train
    # split's letters (macro-F1 0.90 at 0.5 / 0.05, 0.94–0.96 here; docs/evaluation.md)
    default_config={"mode": "ensemble", "model_weight": 0.6},
)
def make_paragraph_classifier(
    nlp: Language, name: str, mode: Mode, model_weight: float
) -> ParagraphClassifier:
    """Factory of the paragraph classifier (``mode``: rules, model or ensemble)."""
    if mode not in ("rules", "model", "ensemble"):
        raise ValueError(f"mode must be rules, model or ensemble, not {mode!r}")
    if not 0.0 <= model_weight <= 1.0 or math.isnan(model_weight):
        raise ValueError("model_weight must lie in [0, 1]")
    return ParagraphClassifier(nlp, name, mode, model_weight)
