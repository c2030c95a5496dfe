"""Acceptance checks of the foundation issue on the seed letter (Kamerstuk 31 015 / 28 638, nr. 245)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import kamerstuk
from kamerstuk.models import Letter


@pytest.fixture(scope="module")
def seed(seed_path: Path) -> Letter:
    return kamerstuk.parse(seed_path)


def test_seed_metadata(seed: Letter) -> None:
    m = seed.metadata
    assert m.kind == "brief"
    assert m.vergaderjaar == "2021-2022"
    assert [(d.number, d.title) for d in m.dossiers] == [
        ("31015", "Kindermishandeling"),
        ("28638", "Mensenhandel"),
    ]
    assert m.ondernummer == "245"
    assert m.identifier == "kst-31015-245"
    assert m.date == dt.date(2022, 4, 1)
    assert m.place == "Den Haag"
    assert m.sender == "Staatssecretaris van Justitie en Veiligheid"
    assert m.addressee == "Voorzitter van de Tweede Kamer der Staten-Generaal"
    assert [(s.name, s.role) for s in m.signatories] == [
        ("E. van der Burg", "Staatssecretaris van Justitie en Veiligheid")
    ]


def test_seed_source(seed: Letter, seed_path: Path) -> None:
    import hashlib

    assert seed.source.format == "text"
    assert seed.source.name == seed_path.name
    assert seed.source.sha256 == hashlib.sha256(seed_path.read_bytes()).hexdigest()
    assert seed.source.pages == 4


def test_seed_sections_without_markup(seed: Letter) -> None:
    titles = [s.title for s in seed.sections]
    assert titles == [
        "Aanleiding",
        "Reactie",
        "Slachtoffers in beeld",
        "(Proactieve) signalering",
        "Dak- en thuisloze LHBTI-jongeren",
    ]
    assert [s.level for s in seed.sections] == [1, 1, 2, 2, 2]
    for s in seed.sections:
        assert seed.text[s.start : s.end] == s.title


def test_seed_paragraphs(seed: Letter) -> None:
    assert len(seed.paragraphs) == 16
    footnote_texts = [f.text for f in seed.footnotes]
    for p in seed.paragraphs:
        assert seed.text[p.start : p.end] == p.text
        assert "<sup>" not in p.text and "**" not in p.text
        assert "E. van der Burg" not in p.text
        for note in footnote_texts:
            assert note[:60] not in p.text


def test_seed_paragraph_joined_across_page_break_and_footnotes(seed: Letter) -> None:
    [p] = [p for p in seed.paragraphs if p.text.startswith("Aanvullend heeft het Ministerie van VWS")]
    assert p.text.endswith("in het najaar van 2022.")
    assert p.page is not None and p.page_end is not None and p.page_end == p.page + 1
    assert 9 in p.footnotes


def test_seed_footnotes_anchored(seed: Letter) -> None:
    assert [f.number for f in seed.footnotes] == list(range(1, 13))
    by_id = {p.id: p for p in seed.paragraphs}
    for f in seed.footnotes:
        assert f.paragraph is not None, f
        assert f.number in by_id[f.paragraph].footnotes
        assert f.marker is not None and by_id[f.paragraph].start <= f.marker <= by_id[f.paragraph].end
        assert f.text and "<sup>" not in f.text
    # Footnote 3 holds inline math in the Markdown ("$n=15$"): it is kept as plain text.
    assert "n=15" in seed.footnote(3).text and "$" not in seed.footnote(3).text


def test_seed_sections_of_paragraphs(seed: Letter) -> None:
    titles = {s.id: s.title for s in seed.sections}
    counts: dict[str, int] = {}
    for p in seed.paragraphs:
        assert p.section is not None
        counts[titles[p.section]] = counts.get(titles[p.section], 0) + 1
    assert counts == {
        "Aanleiding": 1,
        "Reactie": 1,
        "Slachtoffers in beeld": 4,
        "(Proactieve) signalering": 7,
        "Dak- en thuisloze LHBTI-jongeren": 3,
    }


def test_seed_has_no_warnings(seed: Letter) -> None:
    assert [d for d in seed.diagnostics if d.severity == "warning"] == []
