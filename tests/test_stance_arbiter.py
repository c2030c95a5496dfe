"""The stance arbiter: a learned choice between a cue's label and the fallback's reading of the answer."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from spacy.language import Language

import kamerstuk
from kamerstuk.cli import main
from kamerstuk.gold import GoldError, load_gold
from kamerstuk.pipeline import build_pipeline, load_pipeline, shipped_pipeline_path
from kamerstuk.pipeline.stance import StanceDetector
from kamerstuk.pipeline.stance_arbiter import (
    MAX_ANSWER_CHARS,
    StanceArbiter,
    arbiter_features,
    out_of_split_folds,
)
from kamerstuk.pipeline.stance_model import STANCE_LABELS, StanceModel
from kamerstuk.training import (
    StanceReading,
    append_stance_readings,
    blind_stance_readings,
    load_stance_readings,
    train_arbiter,
)
from tests.conftest import REPO

GOLD = REPO / "fixtures" / "gold" / "annotations.jsonl"
READINGS = REPO / "fixtures" / "gold" / "stance_readings.jsonl"


def _probs(**given: float) -> list[float]:
    """Five probabilities, `given` ones by label and the rest sharing what is left."""
    rest = (1.0 - sum(given.values())) / (len(STANCE_LABELS) - len(given))
    return [given.get(label, rest) for label in STANCE_LABELS]


def _toy_arbiter() -> StanceArbiter:
    """Learns: an adopted cue in an answer the model reads as partly adopted is partly adopted;
    otherwise the cue stands."""
    cues: list[str | None] = []
    probs: list[list[float]] = []
    gold: list[str] = []
    for _ in range(6):
        cues += ["adopted", "adopted", "rejected", "rejected", "noted"]
        probs += [
            _probs(partly_adopted=0.8),
            _probs(adopted=0.8),
            _probs(partly_adopted=0.6),
            _probs(rejected=0.8),
            _probs(noted=0.7),
        ]
        gold += ["partly_adopted", "adopted", "rejected", "rejected", "noted"]
    arbiter = StanceArbiter()
    arbiter.fit(cues, probs, gold)
    return arbiter


def test_features_are_the_cue_and_the_model_probabilities_by_cue() -> None:
    feats = arbiter_features("adopted", _probs(partly_adopted=0.6))
    assert feats["bias"] == 1.0 and feats["r:adopted"] == 1.0
    assert feats["p:partly_adopted"] == pytest.approx(0.6)
    assert feats["p:partly_adopted&r:adopted"] == pytest.approx(0.6)
    assert not any(name.startswith("r:") and name != "r:adopted" for name in feats)
    assert "r:none" in arbiter_features(None, _probs())
    with pytest.raises(ValueError, match="expected 5 probabilities"):
        arbiter_features("adopted", [0.5, 0.5])


def test_folds_deal_the_sorted_splits_round() -> None:
    folds = out_of_split_folds(
        ["holdout9", "holdout10", "holdout11", "holdout9", "holdout12", "holdout13"], 2
    )
    assert folds == {"holdout10": 0, "holdout11": 1, "holdout12": 0, "holdout13": 1, "holdout9": 0}
    assert set(out_of_split_folds([f"h{i}" for i in range(12)]).values()) == {0, 1, 2, 3}
    with pytest.raises(ValueError, match="at least 1"):
        out_of_split_folds(["a"], 0)


def test_the_arbiter_overrules_a_cue_only_where_it_learned_the_cue_misleads() -> None:
    arbiter = _toy_arbiter()
    label, score = arbiter.decide("adopted", _probs(partly_adopted=0.8))
    assert label == "partly_adopted" and 0.5 < score <= 1.0
    assert arbiter.decide("adopted", _probs(adopted=0.8))[0] == "adopted"
    assert arbiter.decide("rejected", _probs(partly_adopted=0.6))[0] == "rejected"


def test_fit_refuses_mismatched_or_unknown_input() -> None:
    with pytest.raises(ValueError, match="differ in length"):
        StanceArbiter().fit(["adopted"], [], ["adopted"])
    with pytest.raises(ValueError, match="not stance labels"):
        StanceArbiter().fit(["adopted"], [_probs()], ["maybe"])
    with pytest.raises(ValueError, match="not stance labels"):
        StanceArbiter().fit(["perhaps"], [_probs()], ["adopted"])


def test_the_arbiter_survives_json_and_refuses_other_labels() -> None:
    arbiter = _toy_arbiter()
    again = StanceArbiter.from_json(json.loads(json.dumps(arbiter.to_json())))
    assert again.decide("adopted", _probs(partly_adopted=0.8)) == pytest.approx(
        arbiter.decide("adopted", _probs(partly_adopted=0.8))
    )
    obj = arbiter.to_json()
    obj["labels"] = ["yes", "no"]
    with pytest.raises(ValueError, match="model labels"):
        StanceArbiter.from_json(obj)


# Our own letter: the first recommendation is answered "neem ik over", then the answer keeps the
# national register out; the second is adopted outright.
PARTLY = """Vergaderjaar 2026–2027

**36 114**

**Toezicht op speeltoestellen**

**Nr. 4**

## **BRIEF VAN DE STAATSSECRETARIS VAN VOLKSGEZONDHEID, WELZIJN EN SPORT**

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 9 februari 2027

Hierbij ontvangt u mijn reactie op het rapport «Veilig spelen» van de Nederlandse Voedsel- en Warenautoriteit.

De autoriteit doet twee aanbevelingen. De eerste aanbeveling luidt dat gemeenten hun speeltoestellen jaarlijks \
laten keuren en de uitkomsten in een landelijk register zetten. De tweede aanbeveling luidt dat fabrikanten een \
keurmerk op hun toestellen aanbrengen.

De eerste aanbeveling neem ik over. {padding}Een landelijk register komt er niet; de gemeenten houden de \
uitkomsten in hun eigen lijsten bij.

De tweede aanbeveling neem ik over. Vanaf 2028 draagt ieder nieuw toestel een keurmerk.

De Staatssecretaris van Volksgezondheid, Welzijn en Sport,
E.F. de Vries
"""

# The fallback's words for the two kinds of answer above (our own sentences).
PARTLY_TEXTS = [
    ("Een landelijk register komt er niet; de gemeenten houden hun eigen lijsten bij.", "partly_adopted"),
    ("Een centrale databank komt er niet; de provincies houden hun eigen lijsten bij.", "partly_adopted"),
    ("Een landelijke meldlijn komt er niet; de regio's houden hun eigen lijsten bij.", "partly_adopted"),
    ("Vanaf 2028 draagt ieder nieuw toestel een keurmerk.", "adopted"),
    ("Vanaf 2029 draagt iedere nieuwe lift een keurmerk.", "adopted"),
    ("Vanaf 2030 draagt ieder nieuw apparaat een keurmerk.", "adopted"),
]


def _pipeline(arbiter: StanceArbiter | None, **config: object) -> Language:
    nlp = build_pipeline("rules")
    component = nlp.get_pipe("kamerstuk_stance")
    assert isinstance(component, StanceDetector)
    component.model = StanceModel()
    component.model.fit([t for t, _ in PARTLY_TEXTS], [label for _, label in PARTLY_TEXTS])
    if arbiter is not None:
        component.arbiter = arbiter
    for name, value in config.items():
        setattr(component, name, value)
    return nlp


def _stances(nlp: Language, padding: str = "") -> list[kamerstuk.Recommendation]:
    letter = kamerstuk.parse_text(PARTLY.format(padding=padding), name="speeltoestellen.md", pipeline=nlp)
    assert [r.ordinal for r in letter.recommendations] == [1, 2]
    return list(letter.recommendations)


def test_the_component_lets_the_arbiter_overrule_a_cue_and_says_so() -> None:
    first, second = _stances(_pipeline(_toy_arbiter()))
    assert (first.stance, first.stance_basis) == ("partly_adopted", "model")
    assert first.stance_score is not None and first.stance_score >= 0.3
    assert first.stance_evidence is not None and first.stance_evidence in PARTLY
    # where the model agrees with the cue the cue stays, as evidence too
    assert (second.stance, second.stance_basis) == ("adopted", "cue")
    assert second.stance_evidence == "De tweede aanbeveling neem ik over."


def test_without_the_arbiter_or_the_fallback_the_cue_stands() -> None:
    for nlp in (
        _pipeline(None),
        _pipeline(_toy_arbiter(), model_arbiter=False),
        _pipeline(_toy_arbiter(), model_fallback=False),
    ):
        first = _stances(nlp)[0]
        assert (first.stance, first.stance_basis) == ("adopted", "cue")


def test_a_long_answer_is_left_to_its_cue() -> None:
    filler = "De gemeenten bespreken de keuring in hun overleg met de branche. "
    padding = filler * (MAX_ANSWER_CHARS // len(filler) + 1)
    first = _stances(_pipeline(_toy_arbiter()), padding)[0]
    assert (first.stance, first.stance_basis) == ("adopted", "cue")


def test_a_saved_pipeline_keeps_its_arbiter(tmp_path: Path) -> None:
    _pipeline(_toy_arbiter()).to_disk(tmp_path / "nlp")
    assert (tmp_path / "nlp" / "kamerstuk_stance" / "arbiter.json").is_file()
    assert _stances(load_pipeline(tmp_path / "nlp"))[0].stance == "partly_adopted"
    # an untrained arbiter is not written
    _pipeline(None).to_disk(tmp_path / "plain")
    assert not (tmp_path / "plain" / "kamerstuk_stance" / "arbiter.json").exists()


def test_the_shipped_pipeline_carries_an_arbiter_trained_on_blind_readings() -> None:
    component = load_pipeline().get_pipe("kamerstuk_stance")
    assert isinstance(component, StanceDetector)
    assert component.arbiter.trained and component.model_arbiter
    training = json.loads((shipped_pipeline_path() / "meta.json").read_text())["kamerstuk_training"]
    # (the readings of a split measured blind and not yet opened are recorded, and left out: `BLIND`)
    blind = re.search(r"^BLIND \?= (\S+)$", (REPO / "Makefile").read_text(encoding="utf-8"), re.M)
    assert blind is not None
    kept_out = set(blind.group(1).split(","))
    with_cue = [r for r in load_stance_readings(READINGS) if r.cue is not None and r.split not in kept_out]
    assert training["arbiter_readings"] == len(with_cue) > 200
    assert "holdout17" not in training["arbiter_splits"]
    assert not kept_out & set(training["arbiter_splits"])


def test_the_readings_agree_with_the_gold_and_name_their_code() -> None:
    readings = load_stance_readings(READINGS)
    gold = {(d.document, n): s for d in load_gold(GOLD) for n, s in d.stances.items()}
    splits = {d.document: d.split for d in load_gold(GOLD)}
    keys = [(r.document, r.recommendation) for r in readings]
    assert len(keys) == len(set(keys)) > 250
    for r in readings:
        assert gold[(r.document, r.recommendation)] == r.stance, (r.document, r.recommendation)
        assert splits[r.document] == r.split and r.split.startswith("holdout") and r.split != "holdout17"
        assert re.fullmatch(r"[0-9a-f]{7}", r.code)
    # one commit per split: the code it was measured blind on
    assert all(len({r.code for r in readings if r.split == s}) == 1 for s in {r.split for r in readings})


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "not a JSON object: Expecting property name"),
        ('["a list"]', "not a JSON object but list"),
        ('{"split": "holdout30"}', "not a stance reading"),
        (
            '{"split": "h", "code": "abc1234", "document": "d", "recommendation": 1, "stance": "maybe", '
            '"cue": null, "answer": "Ja."}',
            "not stance labels",
        ),
        (
            '{"split": "h", "code": "abc1234", "document": "d", "recommendation": 1, "stance": "adopted", '
            '"cue": "adopted", "answer": " "}',
            "empty answer",
        ),
        (
            '{"split": "h", "code": "abc1234", "document": "d", "recommendation": 1, "stance": "adopted", '
            '"cue": "", "answer": "Ja."}',
            "not stance labels",
        ),
        (
            '{"split": null, "code": "abc1234", "document": "d", "recommendation": 1, "stance": "adopted", '
            '"cue": null, "answer": "Ja."}',
            "split must be str, not NoneType",
        ),
        (
            '{"split": "h", "code": "abc1234", "document": "d", "recommendation": true, "stance": "adopted", '
            '"cue": null, "answer": "Ja."}',
            "recommendation must be int, not bool",
        ),
    ],
)
def test_a_bad_readings_line_is_named(tmp_path: Path, line: str, message: str) -> None:
    good = READINGS.read_text(encoding="utf-8").splitlines()[0]
    path = tmp_path / "readings.jsonl"
    path.write_text(f"{good}\n\n{line}\n", encoding="utf-8")
    with pytest.raises(GoldError, match=rf"readings\.jsonl:3: {message}"):
        load_stance_readings(path)


def test_each_reading_gets_probabilities_from_a_fallback_that_never_saw_its_split(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[set[str]] = []

    class Recording(StanceModel):
        def fit(self, texts: list[str], labels: list[str], *, l2: float = 0.01) -> None:
            seen.append(set(texts))
            super().fit(texts, labels, l2=l2)

    monkeypatch.setattr("kamerstuk.training.StanceModel", Recording)
    splits = [f"holdout{i}" for i in range(20, 26)]
    examples = [(s, text, label) for s in splits for text, label in PARTLY_TEXTS]
    examples = [(s, f"{text} ({s})", label) for s, text, label in examples]
    readings = [
        StanceReading(s, "abc1234", f"fixtures/letters/{s}.md", 1, "partly_adopted", "adopted", "Ja.")
        for s in splits
    ] + [StanceReading("holdout20", "abc1234", "fixtures/letters/x.md", 2, "adopted", None, "Nee.")]
    arbiter = train_arbiter(readings, examples)
    assert arbiter.trained and len(seen) == 4  # one fallback per group of splits
    folds = out_of_split_folds(splits)
    for fold, texts in enumerate(seen):
        held = {s for s, f in folds.items() if f == fold}
        assert texts and not any(f"({s})" in t for s in held for t in texts)
    with pytest.raises(GoldError, match="no stance readings with a cue"):
        train_arbiter(readings[-1:], examples)


def test_an_unreadable_readings_file_is_a_gold_error(tmp_path: Path) -> None:
    path = tmp_path / "readings.jsonl"
    path.write_bytes(b"\xff\xfe not utf-8")
    with pytest.raises(GoldError, match="cannot read stance readings"):
        load_stance_readings(path)


def test_readings_that_leave_nothing_to_train_on_are_refused() -> None:
    reading = StanceReading("holdout20", "abc1234", "d.md", 1, "adopted", "adopted", "Ja.")
    examples = [("holdout20", text, label) for text, label in PARTLY_TEXTS]
    # every example is of the reading's own split: no fallback can give it out-of-split probabilities
    with pytest.raises(GoldError, match="no stance examples outside holdout20"):
        train_arbiter([reading], examples)


def test_saving_without_an_arbiter_removes_the_one_saved_before(tmp_path: Path) -> None:
    _pipeline(_toy_arbiter()).to_disk(tmp_path / "nlp")
    _pipeline(None).to_disk(tmp_path / "nlp")  # the same folder, now without an arbiter
    assert not (tmp_path / "nlp" / "kamerstuk_stance" / "arbiter.json").exists()
    component = load_pipeline(tmp_path / "nlp").get_pipe("kamerstuk_stance")
    assert isinstance(component, StanceDetector)
    assert component.model.trained and not component.arbiter.trained


def test_train_refuses_a_missing_readings_file(tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    args = ["train", str(GOLD), "-o", str(tmp_path / "nlp"), "--stance-readings", str(tmp_path / "no.jsonl")]
    assert main(args, stdout=out, stderr=err) == 2
    assert "--stance-readings" in err.getvalue() and not (tmp_path / "nlp").exists()


def test_blind_readings_are_the_rules_reading_of_each_answered_recommendation(tmp_path: Path) -> None:
    """`kamerstuk evaluate --record-readings` writes what the rules read (the trained fallback off), once per
    split: the arbiter's training examples recorded at a split's blind measurement."""
    doc = next(d for d in load_gold(GOLD) if d.split == "holdout71" and len(d.stances) >= 4)
    nlp = load_pipeline()
    readings = blind_stance_readings([doc], nlp, split="holdout71", code="abc1234")
    assert readings and {r.document for r in readings} == {doc.document}
    for r in readings:
        assert r.stance == doc.stances[r.recommendation] and r.code == "abc1234" and r.answer.strip()
        # the cue is the rules' own label: classify the answer's sentences without the trained parts
        assert r.cue is None or r.cue in STANCE_LABELS
    stance = nlp.get_pipe("kamerstuk_stance")
    assert isinstance(stance, StanceDetector) and stance.model_fallback  # switched back on afterwards
    path = tmp_path / "readings.jsonl"
    append_stance_readings(path, readings)
    assert load_stance_readings(path) == readings
    with pytest.raises(GoldError, match="already holds readings of holdout71"):
        append_stance_readings(path, readings)


def test_recording_readings_needs_one_split_and_the_commit(tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    args = ["evaluate", str(GOLD), "--split", "holdout71", "--record-readings", str(tmp_path / "r.jsonl")]
    assert main(args, stdout=out, stderr=err) == 2
    assert "--code" in err.getvalue() and not (tmp_path / "r.jsonl").exists()
