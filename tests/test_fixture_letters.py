"""Our own fixture letters, each as Markdown and as pdftotext-style text, against gold files.

Each ``fixtures/letters/<name>.expected.json`` was written by hand from the letter (not by
running the parser); see fixtures/letters/README.md for what each letter covers.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

import kamerstuk
from kamerstuk.models import Letter
from tests.conftest import LETTERS

NAMES = sorted(p.name.removesuffix(".expected.json") for p in LETTERS.glob("*.expected.json"))
CASES = [pytest.param(name, form, id=f"{name}.{form}") for name in NAMES for form in ("md", "txt")]


def _gold(name: str) -> dict[str, Any]:
    return json.loads((LETTERS / f"{name}.expected.json").read_text(encoding="utf-8"))


_cache: dict[tuple[str, str], Letter] = {}


def _letter(name: str, form: str) -> Letter:
    if (name, form) not in _cache:
        _cache[(name, form)] = kamerstuk.parse(LETTERS / f"{name}.{form}")
    return _cache[(name, form)]


def test_there_are_enough_fixture_letters() -> None:
    assert len(NAMES) >= 3


@pytest.mark.parametrize(("name", "form"), CASES)
def test_metadata(name: str, form: str) -> None:
    expected = _gold(name)["forms"][form]["metadata"]
    got = _letter(name, form).metadata.model_dump(mode="json")
    for key, value in expected.items():
        if key == "sender" and value is None and form == "txt":
            # The letterhead does not name the sender; we fall back to the first signatory's office.
            signatories = expected["signatories"]
            assert got[key] in (None, signatories[0]["role"] if signatories else None)
            continue
        assert got[key] == value, key


@pytest.mark.parametrize(("name", "form"), CASES)
def test_sections(name: str, form: str) -> None:
    expected = _gold(name)["forms"][form]["sections"]
    letter = _letter(name, form)
    assert [s.title for s in letter.sections] == [s["title"] for s in expected]
    assert [s.level for s in letter.sections] == [s["level"] for s in expected]


@pytest.mark.parametrize(("name", "form"), CASES)
def test_paragraphs(name: str, form: str) -> None:
    gold = _gold(name)
    letter = _letter(name, form)
    titles = {s.id: s.title for s in letter.sections}
    assert len(letter.paragraphs) == len(gold["paragraphs"])
    for got, want in zip(letter.paragraphs, gold["paragraphs"], strict=True):
        assert letter.text[got.start : got.end] == got.text
        assert got.text.startswith(want["starts"]), (got.id, got.text[:80])
        assert got.text.endswith(want["ends"]), (got.id, got.text[-80:])
        assert got.footnotes == want["footnotes"], got.id
        assert (titles[got.section] if got.section else None) == want["section"], got.id


@pytest.mark.parametrize(("name", "form"), CASES)
def test_footnotes(name: str, form: str) -> None:
    gold = _gold(name)
    letter = _letter(name, form)
    assert sorted(f.number for f in letter.footnotes) == sorted(int(n) for n in gold["footnotes"])
    for number, want in gold["footnotes"].items():
        note = letter.footnote(int(number))
        assert note.text.startswith(want["starts"]), (number, note.text[:60])
        assert note.paragraph == letter.paragraphs[want["paragraph"]].id, number


@pytest.mark.parametrize(("name", "form"), CASES)
def test_page_breaks(name: str, form: str) -> None:
    gold = _gold(name)
    letter = _letter(name, form)
    spanning = [i for i, p in enumerate(letter.paragraphs) if p.page != p.page_end]
    assert spanning == gold["spans_pages"]
    assert letter.source.pages == gold["forms"][form]["pages"]


@pytest.mark.parametrize(("name", "form"), CASES)
def test_no_warnings(name: str, form: str) -> None:
    assert [d.message for d in _letter(name, form).diagnostics if d.severity == "warning"] == []


def test_both_forms_share_their_body() -> None:
    for name in NAMES:
        md, txt = _letter(name, "md"), _letter(name, "txt")
        assert [p.text for p in md.paragraphs] == [p.text for p in txt.paragraphs], name
        assert [f.text for f in md.footnotes] == [f.text for f in txt.footnotes], name
        assert (
            md.metadata.date
            == txt.metadata.date
            == dt.date.fromisoformat(_gold(name)["forms"]["md"]["metadata"]["date"])
        )


def test_fixture_paths_exist() -> None:
    for name in NAMES:
        for form in ("md", "txt"):
            assert Path(LETTERS / f"{name}.{form}").is_file()
