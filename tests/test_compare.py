"""diff_letters: metadata, paragraph alignment, footnotes, citations, and the text report."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from kamerstuk.compare import LetterDiff, align, diff_letters, normalize, similarity
from kamerstuk.models import Citation, Footnote, Letter, Metadata, Paragraph, Source

XML_FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "xml"

BASE = [
    "Met deze brief informeer ik uw Kamer over de stand van zaken rond de dijkversterking.",
    "De waterschappen hebben in 2023 veertig kilometer dijk versterkt.",
    "Ik zal uw Kamer voor het einde van het jaar opnieuw informeren.",
]


def make_letter(
    texts: list[str],
    *,
    name: str = "a",
    metadata: Metadata | None = None,
    footnotes: dict[int, str] | None = None,
    cited: list[str] | None = None,
) -> Letter:
    paragraphs = []
    cursor = 0
    for i, t in enumerate(texts):
        paragraphs.append(Paragraph(id=f"p{i + 1}", text=t, start=cursor, end=cursor + len(t)))
        cursor += len(t) + 2
    return Letter(
        source=Source(name=name, format="xml", sha256="0" * 64),
        metadata=metadata or Metadata(kind="brief", identifier="kst-36999-12"),
        text="\n\n".join(texts),
        paragraphs=paragraphs,
        footnotes=[Footnote(number=n, text=t) for n, t in (footnotes or {}).items()],
        citations=[Citation(kind="kamerstuk", text=c, start=0, end=1, identifiers=[c]) for c in cited or []],
    )


def test_identical_letters() -> None:
    diff = diff_letters(make_letter(BASE), make_letter(BASE, name="b"))
    assert isinstance(diff, LetterDiff)
    assert diff.identical
    assert diff.similarity == 1.0
    assert "no differences" in diff.render()


def test_normalization_ignores_quotes_dashes_and_whitespace() -> None:
    a = make_letter(["Het ‘plan’ – zo  heet het – gaat door."])
    b = make_letter(["Het 'plan' - zo heet het - gaat door."], name="b")
    assert diff_letters(a, b).identical


def test_changed_paragraph_is_paired_with_its_similarity() -> None:
    changed = [BASE[0], BASE[1].replace("veertig", "vijftig"), BASE[2]]
    diff = diff_letters(make_letter(BASE), make_letter(changed, name="b"))
    statuses = [(p.a, p.b, p.status) for p in diff.paragraphs]
    assert statuses == [("p1", "p1", "equal"), ("p2", "p2", "changed"), ("p3", "p3", "equal")]
    assert 0.9 < diff.paragraphs[1].ratio < 1.0
    report = diff.render()
    assert "~ p2 ~ p2" in report and "vijftig" in report


def test_missing_and_extra_paragraphs() -> None:
    extra = "Een geheel nieuwe alinea over iets heel anders, namelijk vogels."
    diff = diff_letters(make_letter(BASE), make_letter([BASE[0], extra, BASE[2]], name="b"))
    kinds = sorted(p.status for p in diff.paragraphs)
    assert kinds == ["equal", "equal", "only_a", "only_b"]
    assert "only in a" in diff.render() and "only in b" in diff.render()
    assert diff.similarity == pytest.approx(0.5)


def test_metadata_differences_with_missing_flag() -> None:
    a = make_letter(BASE, metadata=Metadata(kind="brief", identifier="kst-36999-12", ondernummer="12"))
    b = make_letter(BASE, name="b", metadata=Metadata(kind="brief", identifier="kst-36999-13"))
    fields = {d.field: d for d in diff_letters(a, b).metadata}
    assert set(fields) == {"identifier", "ondernummer"}
    assert fields["identifier"].missing is None
    assert fields["ondernummer"].missing == "b"
    assert fields["ondernummer"].a == "12"


def test_footnote_and_citation_differences() -> None:
    a = make_letter(
        BASE,
        footnotes={1: "Kamerstukken II 2023/24, 36 999, nr. 9.", 2: "Zie bijlage."},
        cited=["kst-36999-9"],
    )
    b = make_letter(
        BASE, name="b", footnotes={1: "Kamerstukken II 2023/24, 36 999, nr. 8."}, cited=["kst-36999-8"]
    )
    diff = diff_letters(a, b)
    assert [(f.number, f.b is None) for f in diff.footnotes] == [(1, False), (2, True)]
    assert 0.9 < diff.footnotes[0].ratio < 1.0
    assert diff.citations_only_a == ["kst-36999-9"]
    assert diff.citations_only_b == ["kst-36999-8"]
    assert not diff.identical


ALIGNMENTS = [
    pytest.param(["a b c", "d e f"], ["a b c", "d e f"], [(0, 0), (1, 1)], id="equal"),
    pytest.param(["a b c"], [], [(0, None)], id="all-removed"),
    pytest.param([], ["x y z"], [(None, 0)], id="all-added"),
    pytest.param(
        ["de eerste alinea", "de tweede alinea", "de derde alinea"],
        ["de eerste alinea", "de derde alinea"],
        [(0, 0), (1, None), (2, 1)],
        id="middle-removed",
    ),
    pytest.param(
        ["een lange alinea over dijken", "kort"],
        ["een lange alinea over de dijken", "kort"],
        [(0, 0), (1, 1)],
        id="near-match-paired",
    ),
]


@pytest.mark.parametrize(("a", "b", "expected"), ALIGNMENTS)
def test_align(a: list[str], b: list[str], expected: list[tuple[int | None, int | None]]) -> None:
    assert [(i, j) for i, j, _ in align(a, b)] == expected


SIMILARITIES = [
    pytest.param("Gelijk.", "gelijk.", 1.0, id="case"),
    pytest.param("abc", "xyz", 0.0, id="nothing-alike"),
]


@pytest.mark.parametrize(("a", "b", "expected"), SIMILARITIES)
def test_similarity(a: str, b: str, expected: float) -> None:
    assert similarity(a, b) == pytest.approx(expected)


def test_normalize_removes_soft_hyphens() -> None:
    assert normalize("dijk\u00adversterking") == "dijkversterking"


def test_diff_is_frozen() -> None:
    diff = diff_letters(make_letter(BASE), make_letter(BASE, name="b"))
    with pytest.raises(ValidationError):
        diff.a_name = "x"  # type: ignore[misc]
