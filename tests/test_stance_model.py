"""The stance fallback: a trained model for answers whose stance no cue sentence states."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import get_args

import pytest
from spacy.language import Language

import kamerstuk
from kamerstuk.cli import main
from kamerstuk.gold import load_gold
from kamerstuk.models import Letter, StanceLabel
from kamerstuk.pipeline import build_pipeline, load_pipeline, shipped_pipeline_path
from kamerstuk.pipeline.stance import StanceDetector
from kamerstuk.pipeline.stance_model import STANCE_LABELS, StanceModel, answer_features
from kamerstuk.training import stance_examples
from tests.conftest import REPO

GOLD = REPO / "fixtures" / "gold" / "annotations.jsonl"

# A letter whose second recommendation is answered without a stance phrase: the answer tells what
# happens, and only a reader who knows how such answers go can tell the stance.
IMPLICIT = """Vergaderjaar 2026–2027

**35 870**

**Veiligheid van sluizen en stuwen**

**Nr. 12**

## **BRIEF VAN DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT**

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 11 maart 2027

Hierbij ontvangt u mijn reactie op het rapport «Sluizen onder druk» van de Inspectie Leefomgeving en Transport.

De inspectie doet twee aanbevelingen. De eerste aanbeveling luidt dat Rijkswaterstaat voor iedere sluis een \
actueel onderhoudsplan opstelt. De tweede aanbeveling luidt dat Rijkswaterstaat storingen aan beweegbare delen \
binnen een dag meldt aan de vaarwegbeheerder.

De eerste aanbeveling neem ik over. Rijkswaterstaat stelt de plannen in 2027 op.

Over de tweede aanbeveling het volgende. Een storing aan een beweegbaar deel legt de scheepvaart vaak urenlang \
stil. De vaarwegbeheerder ontvangt de storingsmeldingen via de wekelijkse rapportage van Rijkswaterstaat.

De Minister van Infrastructuur en Waterstaat,
C.D. Jansen
"""

# Own answer texts in the two styles the toy model below must tell apart.
TOY_TEXTS = [
    ("De vaarwegbeheerder ontvangt de meldingen via de wekelijkse rapportage.", "already_in_place"),
    ("De beheerder ontvangt de cijfers nu via de maandelijkse rapportage.", "already_in_place"),
    ("Gemeenten ontvangen de gegevens via de bestaande rapportage.", "already_in_place"),
    ("Een aparte meldlijn kost te veel en levert weinig op.", "rejected"),
    ("Een nieuw register kost te veel en levert weinig op.", "rejected"),
    ("Een extra toets kost veel tijd en levert weinig op.", "rejected"),
]


def _toy_model() -> StanceModel:
    model = StanceModel()
    model.fit([t for t, _ in TOY_TEXTS], [label for _, label in TOY_TEXTS])
    return model


def _second(letter: Letter) -> kamerstuk.Recommendation:
    return next(r for r in letter.recommendations if r.ordinal == 2)


def test_labels_are_the_stance_labels() -> None:
    assert get_args(StanceLabel) == STANCE_LABELS


def test_answer_features_are_lower_case_words_and_pairs_without_numbers() -> None:
    feats = answer_features("Sinds 1 juli 2025 is dit Geregeld.")
    assert {"w:sinds", "w:juli", "w:geregeld", "w:is_dit", "w:juli_is"} <= set(feats)
    assert not any(any(ch.isdigit() for ch in name) for name in feats)
    assert feats["bias"] == 1.0


def test_a_fitted_model_predicts_the_style_it_learned_and_shows_the_typical_sentence() -> None:
    model = _toy_model()
    assert model.trained
    label, probability = model.predict("De provincie ontvangt de meldingen via de wekelijkse rapportage.")
    assert label == "already_in_place" and 0.5 < probability <= 1.0
    assert model.predict("Een landelijk loket kost te veel en levert weinig op.")[0] == "rejected"
    sentences = ["Dat is een belangrijk punt.", "Een apart loket kost te veel en levert weinig op."]
    assert model.evidence(sentences, "rejected") == sentences[1]
    assert model.evidence([], "rejected") is None
    probs = model.probabilities(["iets", "anders"])
    assert probs.shape == (2, len(STANCE_LABELS))
    assert probs.sum(axis=1) == pytest.approx([1.0, 1.0])


def test_the_model_round_trips_through_json_and_refuses_other_labels() -> None:
    model = _toy_model()
    again = StanceModel.from_json(json.loads(json.dumps(model.to_json())))
    text = "De beheerder ontvangt de cijfers via de rapportage."
    assert again.predict(text) == pytest.approx(model.predict(text))
    saved = model.to_json()
    saved["labels"] = ["context", "recommendation", "response", "closing", "other"]
    with pytest.raises(ValueError, match="labels"):
        StanceModel.from_json(saved)
    with pytest.raises(ValueError, match="not stance labels"):
        StanceModel().fit(["een tekst"], ["response"])


def _pipeline_with(model: StanceModel | None, **config: object) -> Language:
    nlp = build_pipeline("rules")
    component = nlp.get_pipe("kamerstuk_stance")
    assert isinstance(component, StanceDetector)
    if model is not None:
        component.model = model
    for name, value in config.items():
        setattr(component, name, value)
    return nlp


def test_the_fallback_reads_an_answer_without_a_cue_and_says_so() -> None:
    letter = kamerstuk.parse_text(IMPLICIT, name="sluizen.md", pipeline=_pipeline_with(_toy_model()))
    first, second = letter.recommendations[0], _second(letter)
    # the first is read from its cue sentence
    assert (first.stance, first.stance_basis, first.stance_score) == ("adopted", "cue", None)
    # the second has an answer paragraph but no cue: the model reads it and says it did
    assert second.stance == "already_in_place"
    assert second.stance_basis == "model"
    assert second.stance_score is not None and 0.3 <= second.stance_score <= 1.0
    answer = next(p for p in letter.paragraphs if p.text.startswith("Over de tweede aanbeveling"))
    assert second.stance_evidence is not None and second.stance_evidence in answer.text
    assert "rapportage" in second.stance_evidence


def test_the_fallback_can_be_switched_off_or_made_stricter() -> None:
    for nlp in (
        _pipeline_with(_toy_model(), model_fallback=False),
        _pipeline_with(_toy_model(), min_model_score=1.0),
        _pipeline_with(None),  # no trained model: rules only
    ):
        second = _second(kamerstuk.parse_text(IMPLICIT, name="sluizen.md", pipeline=nlp))
        assert (second.stance, second.stance_basis, second.stance_score, second.stance_evidence) == (
            None,
            None,
            None,
            None,
        )


def test_the_shipped_pipeline_carries_a_trained_fallback() -> None:
    nlp = load_pipeline()
    component = nlp.get_pipe("kamerstuk_stance")
    assert isinstance(component, StanceDetector)
    assert component.model.trained and component.model_fallback and component.min_model_score == 0.3
    component.min_model_score = 0.0  # whatever it reads, it reads it from the answer
    second = _second(kamerstuk.parse_text(IMPLICIT, name="sluizen.md", pipeline=nlp))
    assert second.stance in STANCE_LABELS and second.stance_basis == "model"
    assert second.stance_evidence is not None and second.stance_evidence in IMPLICIT
    training = json.loads((shipped_pipeline_path() / "meta.json").read_text())["kamerstuk_training"]
    # the blind split stays out of what the fallback learned from
    assert "holdout17" not in training["stance_splits"]
    assert training["stance_examples"] > 500


def test_a_saved_pipeline_keeps_its_fallback(tmp_path: Path) -> None:
    nlp = _pipeline_with(_toy_model())
    nlp.to_disk(tmp_path / "nlp")
    assert (tmp_path / "nlp" / "kamerstuk_stance" / "model.json").is_file()
    again = load_pipeline(tmp_path / "nlp")
    second = _second(kamerstuk.parse_text(IMPLICIT, name="sluizen.md", pipeline=again))
    assert (second.stance, second.stance_basis) == ("already_in_place", "model")
    # without a model nothing is written, and the loaded component has none
    build_pipeline("rules").to_disk(tmp_path / "bare")
    assert not (tmp_path / "bare" / "kamerstuk_stance" / "model.json").exists()


def test_stance_examples_are_the_linked_answers_of_each_annotated_recommendation() -> None:
    docs = [d for d in load_gold(GOLD) if d.split == "train" and d.stances][:4]
    texts, labels = stance_examples(docs)
    expected = sum(
        1
        for d in docs
        for n in d.stances
        if any(d.labels.get(p) == "response" and n in ls for p, ls in d.links.items())
    )
    assert len(texts) == len(labels) == expected > 0
    assert set(labels) <= set(STANCE_LABELS)
    bodies = " ".join(kamerstuk.parse(d.path, pipeline="none", entities=False).text for d in docs)
    assert all(text.split(" ")[0] in bodies for text in texts)


def test_train_refuses_an_unknown_split_to_leave_out(tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    code = main(
        ["train", str(GOLD), "-o", str(tmp_path / "nlp"), "--stance-exclude", "holdout17,no-such-split"],
        stdout=out,
        stderr=err,
    )
    assert code == 2
    assert "--stance-exclude no-such-split" in err.getvalue() and not (tmp_path / "nlp").exists()
    code = main(
        ["train", str(GOLD), "-o", str(tmp_path / "nlp"), "--stance-split", "nosuch"], stdout=out, stderr=err
    )
    assert code == 2 and "--stance-split nosuch" in err.getvalue()


def test_the_fallback_never_learns_from_letters_outside_the_repository() -> None:
    shared = [d for d in load_gold(GOLD) if d.document.startswith("shared:")]
    if not any(d.stances for d in shared):
        pytest.skip("no annotated letter from ../shared with stances in the gold file")
    assert stance_examples(shared) == ([], [])
    # and the shipped model was trained without them: its example count is that of our own letters
    ours = [d for d in load_gold(GOLD) if not d.document.startswith("shared:")]
    training = json.loads((shipped_pipeline_path() / "meta.json").read_text())["kamerstuk_training"]
    kept = [d for d in ours if d.split in set(training["stance_splits"])]
    assert training["stance_examples"] == len(stance_examples(kept)[0])


def test_the_fallback_reads_a_paragraph_labelled_as_an_explanation_when_nothing_answers() -> None:
    """holdout104 (opened), in our own words: "1. Verlaag de drempel …" then "Die drempel verdwijnt. …", the second
    paragraph labelled recommendation (read as the item's explanation) though it restates none: with no answer
    paragraph linked, the fallback reads it; an answer paragraph, where there is one, comes first."""
    info = {
        "recommendations": [{"id": "r1", "paragraph": "p3"}],
        "paragraphs": [
            {"id": "p3", "label": "recommendation"},
            {"id": "p4", "label": "recommendation"},
            {"id": "p5", "label": "context"},
        ],
    }
    linked = {"p3": ["r1"], "p4": ["r1"]}
    rec = info["recommendations"][0]
    assert StanceDetector._answers(rec, info, linked) == []
    assert [p["id"] for p in StanceDetector._under_it(rec, info, linked)] == ["p4"]
    info["paragraphs"][2]["label"] = "response"
    linked["p5"] = ["r1"]
    assert [p["id"] for p in StanceDetector._answers(rec, info, linked)] == ["p5"]
