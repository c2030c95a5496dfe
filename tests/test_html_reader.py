"""The HTML manifestation reader gives what the XML reader gives for the same publication."""

from __future__ import annotations

from pathlib import Path

import pytest

from kamerstuk.compare import diff_letters, similarity
from kamerstuk.models import Letter, Source
from kamerstuk.readers.html import read_html
from kamerstuk.readers.xml import read_xml
from kamerstuk.structure import build_letter
from tests.conftest import CORPUS, require_shared

XML_FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "xml"


def from_xml(path: Path) -> Letter:
    return build_letter(
        read_xml(require_shared(path).read_bytes()), Source(name=path.name, format="xml", sha256="0" * 64)
    )


def from_html(path: Path) -> Letter:
    return build_letter(
        read_html(require_shared(path).read_bytes()), Source(name=path.name, format="html", sha256="0" * 64)
    )


def twins() -> list[object]:
    corpus = CORPUS  # each test calls require_shared on the file it reads
    return [
        pytest.param(XML_FIXTURES / "letter", id="fixture-letter"),
        pytest.param(corpus / "plooi_kst-32545-143", id="kst-32545-143"),
        pytest.param(corpus / "plooi_ah-tk-20202021-3235", id="ah-tk-20202021-3235"),
    ]


@pytest.mark.parametrize("stem", twins())
def test_html_and_xml_give_identical_metadata(stem: Path) -> None:
    xml = from_xml(stem.with_suffix(".xml"))
    html = from_html(stem.with_suffix(".html"))
    assert html.metadata == xml.metadata
    assert html.metadata.identifier
    assert html.diagnostics == xml.diagnostics


@pytest.mark.parametrize("stem", twins())
def test_html_and_xml_give_the_same_paragraphs(stem: Path) -> None:
    xml = from_xml(stem.with_suffix(".xml"))
    html = from_html(stem.with_suffix(".html"))
    assert len(html.paragraphs) == len(xml.paragraphs) > 0
    for a, b in zip(xml.paragraphs, html.paragraphs, strict=True):
        assert similarity(a.text, b.text) >= 0.98, (a.id, a.text, b.text)
    assert [s.title for s in html.sections] == [s.title for s in xml.sections]
    assert [(f.number, f.paragraph) for f in html.footnotes] == [
        (f.number, f.paragraph) for f in xml.footnotes
    ]
    assert html.questions == xml.questions
    assert html.motion == xml.motion
    assert diff_letters(xml, html).similarity >= 0.98


def test_fixture_html_footnotes_and_signature() -> None:
    letter = from_html(XML_FIXTURES / "letter.html")
    assert [f.text for f in letter.footnotes] == [
        "Kamerstukken II 2023/24, 36 999, nr. 9.",
        "Zie de monitor regionaal vervoer 2023, bijlage bij deze brief.",
    ]
    assert letter.metadata.signatories[0].name == "A.B. de Vries"
    assert not any("not text" in p.text for p in letter.paragraphs)  # <script> is skipped


HTML_SNIPPETS = [
    pytest.param("<p>Eén <em>alinea</em> met opmaak.</p>", "Eén alinea met opmaak.", id="inline-markup"),
    pytest.param("<p>Regel één<br/>regel twee</p>", "Regel één regel twee", id="line-break"),
    pytest.param("<p>A &amp; B &#8211; C</p>", "A & B – C", id="entities"),
    pytest.param("<table><tr><td>x</td><td>y</td></tr></table>", "x | y", id="table-row"),
    pytest.param("<ul><li><p><span class='ol'>a.</span> punt</p></li></ul>", "a. punt", id="list-label"),
]


@pytest.mark.parametrize(("body", "expected"), HTML_SNIPPETS)
def test_html_snippets(body: str, expected: str) -> None:
    raw = read_html(f"<html><body><div class='algemeen'>{body}</div></body></html>".encode())
    assert [b.text for b in raw.blocks if b.kind == "text"] == [expected]
