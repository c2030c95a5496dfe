"""The gold set (fixtures/gold) and the scoring in kamerstuk.evaluate beyond labels and links.

The gold checks read the annotations, never tune on them: they only make sure every annotation
still points at the paragraph, sentence or recommendation it was written for.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
from pathlib import Path

import pytest

import kamerstuk
from kamerstuk.cli import main
from kamerstuk.entities.sentences import split_sentences
from kamerstuk.evaluate import (
    Evaluation,
    GoldDocument,
    GoldError,
    _score_commitments,
    _score_recommendations,
    align_recommendations,
    linked_ordinals,
    load_gold,
    parse_gold_document,
    sentence_key,
)
from kamerstuk.models import Commitment, Recommendation
from kamerstuk.pipeline import load_pipeline
from tests.conftest import CORPUS, FIXTURES, LETTERS, REPO, parsed_fixture, require_shared

GOLD = FIXTURES / "gold" / "annotations.jsonl"
LOCAL = [d for d in load_gold(GOLD) if not d.document.startswith("shared:")]


def test_every_fixture_letter_is_in_the_gold_set() -> None:
    annotated = {d.document for d in load_gold(GOLD)}
    letters = {f"fixtures/letters/{p.name}" for p in LETTERS.glob("*.md") if p.name != "README.md"}
    assert letters <= annotated


def test_every_split_holds_letters_with_a_report_and_with_commitments() -> None:
    docs = load_gold(GOLD)
    splits = {d.split for d in docs}
    for split in splits:
        in_split = [d for d in docs if d.split == split]
        assert any(d.recommendations for d in in_split), split
        assert any(d.commitments_annotated for d in in_split), split
    # Letters answering no report keep the recommendation finder honest on every held-out run.
    assert any(not d.recommendations for d in docs if d.split == "test")


def test_splits_are_train_test_and_numbered_blind_holdouts() -> None:
    # Held out: the test split and holdout2, holdout3, …, each written blind after the one before
    # had been measured (docs/evaluation.md). A split of fewer than eight letters would make one
    # new structure swing its figures further than they already do.
    counts: dict[str, int] = {}
    for d in load_gold(GOLD):
        counts[d.split] = counts.get(d.split, 0) + 1
    holdouts = sorted(int(s.removeprefix("holdout")) for s in counts if s.startswith("holdout"))
    assert set(counts) == {"train", "test"} | {f"holdout{n}" for n in holdouts}
    assert holdouts == list(range(2, 2 + len(holdouts)))
    assert all(counts[f"holdout{n}"] >= 8 for n in holdouts)
    assert counts["train"] >= 30


def test_make_evaluate_scores_every_held_out_split() -> None:
    splits = {d.split for d in load_gold(GOLD)} - {"train"}
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    listed = re.search(r"^HOLDOUTS \?= (.+)$", makefile, re.MULTILINE)
    assert listed is not None
    assert set(listed.group(1).split()) == splits


@pytest.mark.parametrize("doc", LOCAL, ids=lambda d: Path(d.document).name)
def test_gold_document_matches_its_letter(doc: GoldDocument) -> None:
    # The pipeline labels paragraphs but never moves them: the shared default parse serves.
    letter = parsed_fixture(doc.path)
    assert [p.id for p in letter.paragraphs] == list(doc.labels)
    texts = {p.id: p for p in letter.paragraphs}
    for pid, starts in doc.starts.items():
        assert texts[pid].text.startswith(starts), pid
    for pid, label in doc.labels.items():
        assert bool(doc.links[pid]) == (label in ("recommendation", "response")), pid
        assert doc.links[pid] <= {int(r["ordinal"]) for r in doc.recommendations}, pid
    # every commitment key is the start of a sentence of its paragraph
    for pid in doc.labels:
        p = texts[pid]
        keys = {sentence_key(letter.text[a:b]) for a, b in split_sentences(letter.text, p.start, p.end)}
        for key in doc.commitments[pid] + doc.commitments_optional[pid]:
            assert any(k.startswith(key) for k in keys), (pid, key)
    # stances cover exactly the recommendations; restated texts are the letter's own words
    assert set(doc.stances) == {int(r["ordinal"]) for r in doc.recommendations}
    flat = " ".join(letter.text.split())
    for r in doc.recommendations:
        if doc.report is None and not doc.caller_recommendations:
            title = any(r["text"] in s.title for s in letter.sections)
            assert title or " ".join(r["text"].split()) in flat, r["ordinal"]


def test_a_separate_report_gives_the_gold_recommendations() -> None:
    with_report = [d for d in LOCAL if d.report is not None]
    assert len(with_report) >= 2
    for doc in with_report:
        assert doc.report is not None
        found = kamerstuk.parse_report(doc.report)
        assert [(r.ordinal, r.text) for r in found] == [
            (r["ordinal"], r["text"]) for r in doc.recommendations
        ]


def test_real_letter_annotations_hold_no_text() -> None:
    for path in (REPO / "tests" / "real_letters").glob("gold_*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        for p in data["gold_paragraphs"]:
            assert set(p) <= {
                "paragraph",
                "sha1",
                "label",
                "links",
                "commitments_sha1",
                "commitments_optional_sha1",
            }


def test_real_letters_match_their_annotations() -> None:
    require_shared(CORPUS)
    docs = [d for d in load_gold(GOLD) if d.document.startswith("shared:corpus/")]
    assert docs
    for doc in docs:
        letter = parse_gold_document(doc, load_pipeline(rules_only=True))
        assert len(letter.paragraphs) == len(doc.labels)


# --- scoring -----------------------------------------------------------------------------------

LETTER = """Den Haag, 3 maart 2023

Geachte voorzitter,

Ik zal uw Kamer voor de zomer informeren. Het rapport is helder.

Op de tweede aanbeveling kom ik later terug. Uw Kamer wordt in het najaar geïnformeerd.

De Minister van Financiën,
A.B. de Vries
"""


def _letter_with(commitments: list[tuple[str, str]]) -> kamerstuk.Letter:
    """The letter above with the given (paragraph, sentence start) commitments as predictions."""
    letter = kamerstuk.parse_text(LETTER, pipeline="none", entities=False)
    made = []
    for i, (pid, start) in enumerate(commitments):
        p = letter.paragraph(pid)
        at = letter.text.index(start, p.start)
        made.append(Commitment(id=f"c{i}", text=start, start=at, end=at + len(start), paragraph=pid))
    return letter.model_copy(update={"commitments": made})


def test_commitments_are_scored_per_sentence() -> None:
    letter = _letter_with([("p1", "zal uw Kamer"), ("p1", "Ik zal"), ("p2", "Op de tweede")])
    doc = GoldDocument("x", Path("x"), "test", labels={"p1": "other", "p2": "other"})
    doc.commitments = {"p1": ["Ik zal uw Kamer voor de z"], "p2": ["Uw Kamer wordt in het naj"]}
    doc.commitments_optional = {"p1": [], "p2": []}
    result = Evaluation()
    _score_commitments(doc, letter, result)
    # two predictions in one sentence count once; the deferral is a false commitment; one missed
    assert (result.commitments_gold, result.commitments_found) == (2, 1)
    assert (result.commitments_predicted, result.commitments_correct) == (2, 1)
    assert any("missed" in e for e in result.commitment_errors)
    assert any("Op de tweede" in e for e in result.commitment_errors)


def test_optional_and_hashed_commitments() -> None:
    letter = _letter_with([("p2", "Op de tweede"), ("p2", "Uw Kamer wordt")])
    digest = hashlib.sha1(b"Uw Kamer wordt in het naj").hexdigest()
    doc = GoldDocument("x", Path("x"), "test", labels={"p1": "other", "p2": "other"})
    doc.commitments = {"p1": [], "p2": [f"sha1:{digest}"]}
    doc.commitments_optional = {"p1": [], "p2": ["Op de tweede aanbeveling"]}
    result = Evaluation()
    _score_commitments(doc, letter, result)
    assert (result.commitments_found, result.commitments_predicted, result.commitments_correct) == (1, 1, 1)
    assert result.commitment_errors == []


def test_two_reports_numbered_from_one_are_aligned_by_text() -> None:
    letter = kamerstuk.parse_text(LETTER, pipeline="none", entities=False)
    recs = [
        Recommendation(id="r1", ordinal=1, text="Leg de regie bij het Rijk"),
        Recommendation(id="r2", ordinal=2, text="Geef gemeenten een bijdrage per woning"),
        Recommendation(id="r3", ordinal=1, text="Bouw de hypotheekrenteaftrek sneller af"),
        Recommendation(id="r4", ordinal=3, text="Herzie de grondpolitiek"),
    ]
    letter = letter.model_copy(update={"recommendations": recs})
    doc = GoldDocument("x", Path("x"), "test")
    doc.recommendations = [
        {"ordinal": 1, "text": "De raad beveelt aan de regie bij het Rijk te leggen."},
        {"ordinal": 2, "text": "Daarnaast: geef gemeenten een bijdrage per woning."},
        {"ordinal": 3, "text": "Tot slot: herzie de grondpolitiek."},
        {"ordinal": 4, "text": "Het CPB: bouw de hypotheekrenteaftrek sneller af."},
    ]
    assert align_recommendations(doc, letter) == {"r1": 1, "r2": 2, "r3": 4, "r4": 3}


def test_a_recommendation_found_in_a_letter_answering_no_report_is_a_false_one() -> None:
    letter = kamerstuk.parse_text(LETTER, pipeline="none", entities=False)
    letter = letter.model_copy(
        update={
            "recommendations": [Recommendation(id="r1", ordinal=2, text="Vraag de regio's om uit te breiden")]
        }
    )
    doc = GoldDocument("x", Path("x"), "test")  # no recommendations in the gold
    assert align_recommendations(doc, letter) == {}
    # with gold summaries, only the gold's own ordinals are compared
    doc.recommendations = [{"ordinal": 1, "text": "Samenvatting van de eerste."}]
    doc.caller_recommendations = True
    assert align_recommendations(doc, letter) == {}


def test_a_link_to_a_recommendation_the_gold_lacks_is_a_wrong_link() -> None:
    mapping = {"r1": 1, "r2": 3}
    assert linked_ordinals(["r1", "r2"], mapping) == {1, 3}
    # "r9" matched no gold recommendation: the paragraph is linked wrongly, not left unlinked
    assert linked_ordinals(["r9"], mapping) == {0} != set()
    assert linked_ordinals([], mapping) == set()


def test_include_line_checks_the_text_by_sha1(tmp_path: Path) -> None:
    (tmp_path / "fixtures").mkdir()
    letter = tmp_path / "brief.txt"
    letter.write_text(LETTER, encoding="utf-8")
    parsed = kamerstuk.parse(letter, pipeline="none")
    paragraphs = [
        {"paragraph": p.id, "sha1": "0" * 40, "label": "other", "links": [], "commitments_sha1": []}
        for p in parsed.paragraphs
    ]
    (tmp_path / "gold_brief.json").write_text(json.dumps({"gold_paragraphs": paragraphs}), encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps({"document": "brief.txt", "include": "gold_brief.json", "split": "test"}) + "\n"
    )
    [doc] = load_gold(gold, root=tmp_path)
    assert doc.commitments_annotated and set(doc.labels) == {p.id for p in parsed.paragraphs}
    with pytest.raises(GoldError, match="SHA-1"):
        parse_gold_document(doc, load_pipeline(rules_only=True))


def test_bad_commitment_field_is_named(tmp_path: Path) -> None:
    gold = tmp_path / "bad.jsonl"
    line = {"document": "x.md", "paragraph": "p1", "label": "other", "commitments": "Ik zal"}
    gold.write_text(json.dumps(line) + "\n", encoding="utf-8")
    with pytest.raises(GoldError, match='"commitments" must be a list'):
        load_gold(gold, root=tmp_path)


def test_evaluate_json_reports_commitments_and_stance_errors(tmp_path: Path) -> None:
    lines = [ln for ln in GOLD.read_text(encoding="utf-8").splitlines() if "ocw_leesoffensief.md" in ln]
    gold = tmp_path / "fixtures" / "gold.jsonl"
    gold.parent.mkdir()
    gold.write_text("\n".join(ln.replace('"train"', '"test"') for ln in lines) + "\n", encoding="utf-8")
    for name in ("ocw_leesoffensief.md",):
        (tmp_path / "fixtures" / "letters").mkdir(exist_ok=True)
        (tmp_path / "fixtures" / "letters" / name).write_bytes((LETTERS / name).read_bytes())
    out, err = io.StringIO(), io.StringIO()
    code = main(["evaluate", str(gold), "--split", "test", "--json", "--rules"], stdout=out, stderr=err)
    assert code == 0, err.getvalue()
    scores = json.loads(out.getvalue())
    assert scores["commitments"]["gold"] == 3
    assert scores["stances"] == 3
    assert 0.0 <= scores["commitments"]["precision"] <= 1.0
    assert isinstance(scores["stance_errors"], list) and isinstance(scores["commitment_errors"], list)


def test_mistake_lines_never_quote_documents_from_shared() -> None:
    """Error listings end up pasted into docs: text of the seed or the corpus must not be in them."""
    from types import SimpleNamespace

    from kamerstuk.evaluate import _shown

    sentence = "Ik zal uw Kamer voor de zomer over de voortgang informeren, zoals eerder toegezegd."
    for document in ("shared:seed/000.txt", "shared:corpus/brief.pdf"):
        assert _shown(SimpleNamespace(document=document), sentence) == "<text not shown>"  # type: ignore[arg-type]
    assert _shown(SimpleNamespace(document="fixtures/letters/x.md"), sentence) == sentence[:70]  # type: ignore[arg-type]


def test_a_recommendation_with_the_wrong_report_is_listed() -> None:
    """The report each recommendation comes from is scored, and a wrong one is listed with what was read."""
    letter = kamerstuk.parse_text(LETTER, pipeline="none", entities=False)
    recs = [
        Recommendation(id="r1", ordinal=1, text="Meet het effect.", by=["Algemene Rekenkamer"]),
        Recommendation(
            id="r2", ordinal=2, text="Verhoog het tarief.", by=["Innovatiefonds"], report="Innovatiefonds"
        ),
    ]
    letter = letter.model_copy(update={"recommendations": recs})
    doc = GoldDocument("x", Path("x"), "test", labels={})
    doc.recommendations = [
        {"ordinal": 1, "text": "Meet het effect.", "from": ["Algemene Rekenkamer", "Rekenkamer"]},
        {"ordinal": 2, "text": "Verhoog het tarief.", "from": ["Algemene Rekenkamer", "Rekenkamer"]},
    ]
    result = Evaluation()
    _score_recommendations(doc, letter, {"r1": 1, "r2": 2}, result)
    assert (result.sources, result.sources_correct) == (2, 1)
    assert result.source_errors == ["x recommendation 2: algemene rekenkamer -> 'Innovatiefonds'"]
    assert "report errors" in result.render() and result.as_dict()["source_errors"] == result.source_errors
