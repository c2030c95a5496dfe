"""The stance arbiter: a learned choice between the cue reading and the fallback model's reading.

The stance rules read a recommendation's stance from cue sentences ("Deze aanbeveling neem ik
over"); the fallback model (`kamerstuk.pipeline.stance_model`) reads it from the words of the whole
answer. On letters the rules were not tuned on, the commonest error is an answer that adopts part
of a recommendation and declines or defers the rest, with the adopting sentence the only cue the
rules read: they say adopted, the answer's words say partly adopted. The arbiter learns from those
blind readings when to trust which: a multinomial logistic regression over the cue label and the
model's label probabilities (and their products), trained on what the rules read on each held-out
split when it was measured blind (``fixtures/gold/stance_readings.jsonl``), with model
probabilities from a fallback trained without that split (`out_of_split_folds`). Trained on the
rules' in-sample readings instead, it would learn that the cue is always right.

The stance component asks it only about a recommendation whose stance a cue showed and whose answer
paragraphs hold at most `MAX_ANSWER_CHARS` characters (all its readings' answers are shorter), and it is
trained on cue readings only; where it overrules the cue the stance is marked ``stance_basis="model"`` with the arbiter's
probability. A recommendation without a cue keeps the plain fallback (in the blind simulation the
arbiter's reading of those changed two of 322 and fixed one).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from kamerstuk.pipeline.classifier import LinearModel
from kamerstuk.pipeline.features import Features
from kamerstuk.pipeline.stance_model import STANCE_LABELS

__all__ = ["ARBITER_FOLDS", "MAX_ANSWER_CHARS", "StanceArbiter", "arbiter_features", "out_of_split_folds"]

#: Into how many groups of held-out splits training divides the readings: the fallback that gives a
#: reading its probabilities is trained without that reading's group. Four, not one group per split:
#: each group costs one fallback fit, and four kept the blind simulation's gain (0.696 -> 0.733 on
#: holdout18-28, no split worse, against 0.699 -> 0.739 with one group per split).
ARBITER_FOLDS = 4


#: The longest answer the arbiter is asked about. Its readings' answers run to about 1,500 characters
#: (half under 350); a longer one is mostly a letter linked to a recommendation by content over many
#: paragraphs (answers to Kamervragen, a policy letter that "follows the advice" throughout), where the
#: fallback's word counts grow past anything the arbiter learned to weigh, and its cue is left alone.
MAX_ANSWER_CHARS = 2000


def arbiter_features(cue: str | None, probabilities: Sequence[float]) -> Features:
    """The arbiter's features of one recommendation: its cue label ("r:adopted", "r:none" when no
    cue was read), the fallback's probability of each label ("p:partly_adopted") and each of those
    for this cue label ("p:partly_adopted&r:adopted": how far the model's doubt counts depends on
    which cue it doubts)."""
    if len(probabilities) != len(STANCE_LABELS):
        raise ValueError(f"expected {len(STANCE_LABELS)} probabilities, got {len(probabilities)}")
    rule = cue or "none"
    feats: Features = {"bias": 1.0, "r:" + rule: 1.0}
    for label, value in zip(STANCE_LABELS, probabilities, strict=True):
        feats["p:" + label] = float(value)
        feats[f"p:{label}&r:{rule}"] = float(value)
    return feats


def out_of_split_folds(splits: Sequence[str], folds: int = ARBITER_FOLDS) -> dict[str, int]:
    """Each split's group (0 … `folds` - 1): the distinct `splits` in sorted order, dealt round."""
    if folds < 1:
        raise ValueError("folds must be at least 1")
    return {split: i % folds for i, split in enumerate(sorted(set(splits)))}


class StanceArbiter:
    """The trained arbiter: `decide` a recommendation's label from its cue label and the fallback's
    probabilities (see the module docstring)."""

    def __init__(self, model: LinearModel | None = None) -> None:
        self.model = model or LinearModel(labels=STANCE_LABELS)

    @property
    def trained(self) -> bool:
        return self.model.trained

    def fit(
        self,
        cues: Sequence[str | None],
        probabilities: Sequence[Sequence[float]],
        labels: Sequence[str],
        *,
        l2: float = 0.01,
    ) -> None:
        """Fit on blind cue readings, out-of-split fallback probabilities and gold stances."""
        if not len(cues) == len(probabilities) == len(labels):
            raise ValueError("cues, probabilities and labels differ in length")
        unknown = sorted(set(labels) - set(STANCE_LABELS)) + sorted(
            {c for c in cues if c is not None} - set(STANCE_LABELS)
        )
        if unknown:
            raise ValueError(f"not stance labels: {unknown}")
        rows = [arbiter_features(c, p) for c, p in zip(cues, probabilities, strict=True)]
        # no balancing, as for the fallback: an unsure choice should lean to the frequent labels.
        # l2 0.01: the blind simulation's best of 0.003-0.1 with the fewest correct cues overruled
        self.model.fit(rows, list(labels), l2=l2, epochs=400, balance=False)

    def decide(self, cue: str | None, probabilities: Sequence[float]) -> tuple[str, float]:
        """The arbiter's label for a recommendation and its probability."""
        probs = self.model.probabilities([arbiter_features(cue, probabilities)])[0]
        best = int(np.argmax(probs))
        return STANCE_LABELS[best], float(probs[best])

    def to_json(self) -> dict[str, Any]:
        return self.model.to_json()

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> StanceArbiter:
        """The arbiter saved by `to_json`; ValueError when it was saved for other labels."""
        return cls(LinearModel.from_json(obj, STANCE_LABELS))
