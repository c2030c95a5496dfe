"""Grouped k-fold cross-validation of the paragraph classifier over annotated letters.

Held-out splits are few and, once measured, no longer blind. To choose the classifier's settings
(how much the trained model weighs against the rules, its regularisation) without touching them,
the train split's letters are cut into folds: each fold is scored by a model trained on the
others, and the folds' scores are added up. Letters are kept whole in one fold, because
paragraphs of one letter share wording that would leak between training and scoring.
"""

from __future__ import annotations

import random
from collections.abc import Iterable

from kamerstuk.evaluate import Evaluation, evaluate
from kamerstuk.gold import GoldDocument, GoldError
from kamerstuk.training import trained_pipeline, training_rows


def letter_folds(docs: Iterable[GoldDocument], folds: int, *, seed: int = 0) -> list[list[GoldDocument]]:
    """`docs` dealt into `folds` groups of whole letters, in an order fixed by `seed`."""
    ordered = sorted(docs, key=lambda d: d.document)
    if folds < 2:
        raise ValueError("cross-validation needs at least 2 folds")
    if len(ordered) < folds:
        raise GoldError(f"{len(ordered)} documents cannot fill {folds} folds")
    random.Random(seed).shuffle(ordered)
    return [ordered[i::folds] for i in range(folds)]


def cross_validate(
    gold: Iterable[GoldDocument],
    *,
    split: str | None = "train",
    folds: int = 6,
    seed: int = 0,
    mode: str = "ensemble",
    model_weight: float | None = None,
    l2: float | None = None,
    mistakes: list[str] | None = None,
) -> Evaluation:
    """Score the classifier trained without each fold on that fold, over the documents of `split`.

    Real letters under ``../shared`` are scored in their fold but never trained on (as in
    `kamerstuk.training.train`). ``model_weight`` and ``l2`` default to the shipped settings;
    `mistakes`, as in `kamerstuk.evaluate.evaluate`, receives every wrong label, link and stance.
    """
    docs = [d for d in gold if split is None or d.split == split]
    groups = letter_folds(docs, folds, seed=seed)
    rows_of = {d.document: training_rows([d]) for d in docs}
    total = Evaluation()
    for k, held in enumerate(groups):
        rows: list[dict[str, float]] = []
        labels: list[str] = []
        for j, group in enumerate(groups):
            if j == k:
                continue
            for d in group:
                rows.extend(rows_of[d.document][0])
                labels.extend(rows_of[d.document][1])
        nlp = trained_pipeline(rows, labels, mode=mode, model_weight=model_weight, l2=l2)
        total.merge(evaluate(held, nlp, split=None, mistakes=mistakes))
    return total
