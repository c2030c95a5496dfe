"""The stance fallback: a linear model over the words of an answer whose stance no cue shows.

Many answers state the government's position without a phrase the stance rules know: "Met de
wet die op 1 juli in werking is getreden, is hierin voorzien" (already in place), "De provincies
verlenen de concessies; het zou niet passen als het Rijk de tekorten draagt" (rejected). For a
recommendation that has answer paragraphs but no cue sentence, the stance component asks this
model for the label of those paragraphs together (`StanceModel.predict`), and shows as evidence
the sentence the model finds most typical of that label (`StanceModel.evidence`). The result is
marked ``stance_basis="model"`` with the model's probability, so users can tell a read cue from
a learned guess and filter on the score.

The model is a multinomial logistic regression (`LinearModel`) over the lower-cased words and
word pairs of the answer, trained offline by ``kamerstuk train`` on the answer paragraphs of the
annotated letters (`kamerstuk.training.stance_examples`) and shipped inside the package.
"""

from __future__ import annotations

import itertools
from typing import Any, get_args

import numpy as np

from kamerstuk.models import StanceLabel
from kamerstuk.patterns import stance as P
from kamerstuk.pipeline.classifier import LinearModel
from kamerstuk.pipeline.features import Features

#: The labels the model chooses among, in the order of `StanceLabel`.
STANCE_LABELS: tuple[str, ...] = get_args(StanceLabel)


def answer_features(text: str) -> Features:
    """The words and adjacent word pairs of `text`, lower-cased ("w:geregeld", "w:niet_over")."""
    words = [w.lower() for w in P.ANSWER_WORD.findall(text)]
    feats: Features = {"bias": 1.0}
    for word in words:
        feats["w:" + word] = 1.0
    for first, second in itertools.pairwise(words):
        feats[f"w:{first}_{second}"] = 1.0
    return feats


class StanceModel:
    """The trained fallback: `predict` a stance label for an answer text, `evidence` for it."""

    def __init__(self, model: LinearModel | None = None) -> None:
        self.model = model or LinearModel(labels=STANCE_LABELS)

    @property
    def trained(self) -> bool:
        return self.model.trained

    def fit(self, texts: list[str], labels: list[str], *, l2: float = 0.01) -> None:
        """Fit on answer texts and their gold stances (words seen once are dropped)."""
        unknown = sorted(set(labels) - set(STANCE_LABELS))
        if unknown:
            raise ValueError(f"not stance labels: {unknown}")
        # no label balancing: "adopted" is the most frequent stance in real reactions as in ours,
        # and an unsure guess should lean to it
        self.model.fit([answer_features(t) for t in texts], labels, l2=l2, epochs=300, balance=False)

    def probabilities(self, texts: list[str]) -> np.ndarray:
        """One row of label probabilities (`STANCE_LABELS` order) per text."""
        return self.model.probabilities([answer_features(t) for t in texts])

    def predict(self, text: str) -> tuple[StanceLabel, float]:
        """The most probable label of `text` and its probability."""
        probs = self.probabilities([text])[0]
        best = int(np.argmax(probs))
        label: StanceLabel = STANCE_LABELS[best]  # type: ignore[assignment]
        return label, float(probs[best])

    def evidence(self, sentences: list[str], label: str) -> str | None:
        """The sentence of `sentences` most probably of `label` (the first one on a tie)."""
        if not sentences:
            return None
        column = STANCE_LABELS.index(label)
        probs = self.probabilities(sentences)[:, column]
        return sentences[int(np.argmax(probs))]

    def to_json(self) -> dict[str, Any]:
        return self.model.to_json()

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> StanceModel:
        """The model saved by `to_json`; ValueError when it was saved for other labels."""
        return cls(LinearModel.from_json(obj, STANCE_LABELS))
