"""The entities stage on whole letters: the seed (issue acceptance) and our fixture letters' gold."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

import kamerstuk
from kamerstuk.models import Letter
from tests.conftest import LETTERS

# --- the seed letter ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed(seed_path: Path) -> Letter:
    return kamerstuk.parse(seed_path)


def test_seed_citations(seed: Letter) -> None:
    by_id = {c.identifiers[0]: c for c in seed.citations if c.identifiers}
    assert by_id["kst-28638-207"].dossiers == ["28638", "34193"]
    assert by_id["kst-28638-207"].in_footnote is None
    assert seed.text[by_id["kst-28638-207"].start : by_id["kst-28638-207"].end].startswith(
        "Kamerstukken 28 638"
    )
    assert by_id["kst-31015-221"].in_footnote == 5  # cited in footnote 5
    note = seed.footnote(5).text
    c = by_id["kst-31015-221"]
    assert note[c.start : c.end] == c.text
    assert c.urls == ["https://zoek.officielebekendmakingen.nl/kst-31015-221"]


def test_seed_dates(seed: Letter) -> None:
    values = {d.text: d.value for d in seed.dates}
    assert values["17 december jl."] == dt.date(2021, 12, 17)
    assert values["20 januari jl."] == dt.date(2022, 1, 20)
    assert values["24 februari jl."] == dt.date(2022, 2, 24)


def test_seed_commitments(seed: Letter) -> None:
    zomerreces_2022 = dt.date(2022, 7, 1)
    plan = [c for c in seed.commitments if "Plan van aanpak" in c.text and "voor de zomer" in c.text]
    assert len(plan) == 1
    assert plan[0].kind == "new"  # an earlier promise renewed with "zal ik": still to be done
    assert plan[0].deadline is not None and plan[0].deadline.latest is not None
    assert plan[0].deadline.latest <= zomerreces_2022
    outreach = [c for c in seed.commitments if "op de hoogte worden gesteld" in c.text]
    assert len(outreach) == 1 and outreach[0].paragraph is not None
    assert "online outreach" in seed.paragraph(outreach[0].paragraph).text
    assert outreach[0].deadline is not None and outreach[0].deadline.latest is not None
    assert outreach[0].deadline.latest <= zomerreces_2022
    film = [c for c in seed.commitments if c.text.startswith("Ik zal afstemmen") and "film" in c.text]
    assert len(film) == 1 and film[0].firmness == "firm"
    assert not [c for c in seed.commitments if "ingaan op" in c.text]
    for c in seed.commitments:
        assert seed.text[c.start : c.end] == c.text


def test_seed_recommendations_and_report(seed: Letter) -> None:
    recs = seed.recommendations
    assert [r.ordinal for r in recs] == [1, 2, 3]
    titles = {s.id: s.title for s in seed.sections}
    sections = [titles[seed.paragraph(r.paragraph).section or ""] for r in recs if r.paragraph]
    assert sections == [
        "Slachtoffers in beeld",
        "(Proactieve) signalering",
        "Dak- en thuisloze LHBTI-jongeren",
    ]
    assert recs[2].to is not None and "Volksgezondheid" in recs[2].to
    assert seed.report is not None
    assert seed.report.title == "Discretie te allen tijde"
    assert seed.report.organisations == ["CKM", "Lumens"]


def test_entities_can_be_switched_off(seed_path: Path) -> None:
    bare = kamerstuk.parse(seed_path, entities=False)
    assert bare.citations == [] and bare.commitments == [] and bare.recommendations == []
    full = kamerstuk.parse(seed_path)
    assert [(p.id, p.text) for p in bare.paragraphs] == [(p.id, p.text) for p in full.paragraphs]
    assert all(p.label is None for p in bare.paragraphs)
    assert all(p.label is not None for p in full.paragraphs)


# --- our fixture letters -------------------------------------------------------------------

NAMES = sorted(p.name.removesuffix(".expected.json") for p in LETTERS.glob("*.expected.json"))


def _gold(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((LETTERS / f"{name}.expected.json").read_text(encoding="utf-8"))
    return data["entities"]


_cache: dict[str, Letter] = {}


def _letter(name: str) -> Letter:
    if name not in _cache:
        _cache[name] = kamerstuk.parse(LETTERS / f"{name}.md")
    return _cache[name]


@pytest.mark.parametrize("name", NAMES)
def test_fixture_citations(name: str) -> None:
    gold, letter = _gold(name), _letter(name)
    body = {i for c in letter.citations if c.in_footnote is None for i in c.identifiers}
    notes = {i for c in letter.citations if c.in_footnote is not None for i in c.identifiers}
    assert set(gold["citations"]) <= body | notes
    assert set(gold["footnote_citations"]) <= notes


@pytest.mark.parametrize("name", NAMES)
def test_fixture_dates(name: str) -> None:
    gold, letter = _gold(name), _letter(name)
    found = {d.text: d.value for d in letter.dates}
    for text, value in gold["dates"].items():
        assert found.get(text) == dt.date.fromisoformat(value), text


@pytest.mark.parametrize("name", NAMES)
def test_fixture_deadlines(name: str) -> None:
    gold, letter = _gold(name), _letter(name)
    tolerance = dt.timedelta(days=8)  # recess dates of the calendar table may differ by days
    for text, want in gold["deadlines"].items():
        # "Uiterlijk in december": the deadline's span may leave out the preposition
        matches = [d for d in letter.deadlines if text.lower().endswith(d.text.lower())]
        assert matches, (text, sorted(d.text for d in letter.deadlines))
        got = matches[0]
        for bound in ("earliest", "latest"):
            expected = want[bound]
            value = getattr(got, bound)
            if expected is None:
                continue
            assert value is not None, (text, bound)
            assert abs(value - dt.date.fromisoformat(expected)) <= tolerance, (text, bound, value)


@pytest.mark.parametrize("name", NAMES)
def test_fixture_commitments(name: str) -> None:
    gold, letter = _gold(name), _letter(name)
    found = letter.commitments
    optional = tuple(gold["commitments_optional"])
    for detail in gold["commitment_details"]:
        [c] = [c for c in found if c.text.startswith(detail["starts"])]
        assert c.firmness == detail["firmness"], c.text
        assert c.paragraph == letter.paragraphs[detail["paragraph"]].id
        if detail["deadline"]:
            assert c.deadline is not None and c.deadline.text.lower() in detail["deadline"].lower()
    for text in gold["non_commitments"]:
        assert not [c for c in found if c.text.startswith(text)], text
    # The gold lists promises (new and refers); a letter fulfilling a request now ("Met deze brief
    # geef ik invulling aan dat verzoek") is a `fulfils` commitment on top.
    expected = tuple(gold["commitments"])
    extra = [
        c.text
        for c in found
        if not c.text.startswith(expected) and not c.text.startswith(optional) and c.kind != "fulfils"
    ]
    assert extra == []


@pytest.mark.parametrize("name", NAMES)
def test_fixture_recommendations(name: str) -> None:
    gold, letter = _gold(name), _letter(name)
    recs = letter.recommendations
    assert [r.ordinal for r in recs] == [r["ordinal"] for r in gold["recommendations"]]
    for got, want in zip(recs, gold["recommendations"], strict=True):
        assert got.text.startswith(want["starts"]) or want["starts"] in got.text
        assert got.paragraph == letter.paragraphs[want["paragraph"]].id
    if gold["report"]:
        assert letter.report is not None
        assert letter.report.title == gold["report"]["title"]
        # Organisations come in the short form the letter introduces: "… (hierna: KTJ)".
        assert len(letter.report.organisations) == len(gold["report"]["organisations"])
        for short, full in zip(letter.report.organisations, gold["report"]["organisations"], strict=True):
            assert short == full or f"{full} (hierna: {short})" in letter.text
