"""The linear model behind the paragraph classifier and the stance fallback."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from kamerstuk.pipeline.classifier import LinearModel, _SparseRows

NAMES = [f"w:{i}" for i in range(12)] + ["bias", "cue:x"]

rows_strategy = st.lists(
    st.dictionaries(st.sampled_from(NAMES), st.sampled_from([1.0, 0.5, 2.0]), max_size=6),
    min_size=1,
    max_size=15,
)


@settings(max_examples=60, deadline=None)
@given(rows=rows_strategy, seed=st.integers(0, 2**16))
def test_sparse_rows_multiply_as_the_dense_matrix(rows: list[dict[str, float]], seed: int) -> None:
    model = LinearModel(vocabulary=sorted(NAMES[::2]))
    dense = model._matrix(rows)
    sparse = _SparseRows(rows, model.index)
    rng = np.random.default_rng(seed)
    w = rng.normal(size=(len(model.vocabulary), 3))
    g = rng.normal(size=(len(rows), 3))
    assert np.allclose(sparse.dot(w), dense @ w)
    assert np.allclose(sparse.transpose_dot(g), dense.T @ g)


def _toy() -> tuple[list[dict[str, float]], list[str]]:
    rows, labels = [], []
    for i in range(30):
        label = ("context", "response", "other")[i % 3]
        rows.append({"bias": 1.0, f"cue:{label}": 1.0, f"w:{i % 5}": 1.0})
        labels.append(label)
    return rows, labels


def test_fit_learns_the_cue_of_each_label_and_is_deterministic() -> None:
    rows, labels = _toy()
    first, second = LinearModel(), LinearModel()
    first.fit(rows, labels, epochs=200)
    second.fit(rows, labels, epochs=200)
    assert first.to_json() == second.to_json()
    probs = first.probabilities([{"bias": 1.0, "cue:response": 1.0}])[0]
    assert first.labels[int(np.argmax(probs))] == "response"
    # rare words ("w:…" seen once) leave the vocabulary, structure features stay
    rows.append({"w:once": 1.0, "cue:once": 1.0})
    labels.append("closing")
    first.fit(rows, labels, epochs=10)
    assert "w:once" not in first.vocabulary and "cue:once" in first.vocabulary
