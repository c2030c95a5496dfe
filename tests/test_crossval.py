"""Cross-validation of the paragraph classifier (kamerstuk.crossval, `kamerstuk evaluate --folds`)."""

from __future__ import annotations

import io

import pytest

import kamerstuk.crossval as crossval
import kamerstuk.training as training
from kamerstuk.cli import main
from kamerstuk.evaluate import GoldDocument, GoldError, load_gold, training_rows
from tests.conftest import FIXTURES

GOLD = FIXTURES / "gold" / "annotations.jsonl"


def _train_letters(n: int) -> list[GoldDocument]:
    docs = [d for d in load_gold(GOLD) if d.split == "train" and not d.document.startswith("shared:")]
    return sorted(docs, key=lambda d: d.document)[:n]


def test_folds_deal_every_letter_once() -> None:
    docs = _train_letters(7)
    folds = crossval.letter_folds(docs, 3, seed=1)
    dealt = [d.document for fold in folds for d in fold]
    assert sorted(dealt) == sorted(d.document for d in docs)
    assert sorted(len(f) for f in folds) == [2, 2, 3]
    # fixed by the seed, whatever order the letters come in
    again = crossval.letter_folds(list(reversed(docs)), 3, seed=1)
    assert [[d.document for d in f] for f in again] == [[d.document for d in f] for f in folds]


def test_folds_need_two_groups_and_enough_letters() -> None:
    docs = _train_letters(3)
    with pytest.raises(ValueError, match="at least 2"):
        crossval.letter_folds(docs, 1)
    with pytest.raises(GoldError, match="cannot fill"):
        crossval.letter_folds(docs, 4)


def test_each_fold_is_scored_by_a_model_that_never_saw_it(monkeypatch: pytest.MonkeyPatch) -> None:
    docs = _train_letters(4)
    sizes = {d.document: len(training_rows([d])[0]) for d in docs}
    trained_on: list[int] = []
    real = training.trained_pipeline

    def spy(rows, labels, **kwargs):  # type: ignore[no-untyped-def]
        trained_on.append(len(rows))
        return real(rows, labels, **kwargs)

    monkeypatch.setattr(crossval, "trained_pipeline", spy)
    result = crossval.cross_validate(docs, folds=2, seed=0)
    folds = crossval.letter_folds(docs, 2, seed=0)
    total = sum(sizes.values())
    assert trained_on == [total - sum(sizes[d.document] for d in fold) for fold in folds]
    assert result.documents == 4
    assert result.paragraphs == total
    assert 0.0 <= result.macro_f1 <= 1.0 and result.accuracy > 0.5


def test_cli_folds_refuse_a_given_pipeline() -> None:
    out, err = io.StringIO(), io.StringIO()
    code = main(
        ["evaluate", str(GOLD), "--split", "train", "--folds", "3", "--rules"], stdout=out, stderr=err
    )
    assert code == 2
    assert "--folds" in err.getvalue()
