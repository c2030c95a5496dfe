"""The reader's own word extraction gives pdfplumber's words (issue 14: it replaced
``extract_words`` for upright text, a third of PDFium reading time)."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from kamerstuk.readers import pdf_lines
from kamerstuk.readers.pdf_page import PageObjects
from kamerstuk.readers.pdf_pdfium import PdfiumDocument
from kamerstuk.readers.pdf_pdfminer import PdfminerDocument
from tests.conftest import CORPUS, FIXTURES, require_shared


def _pdfplumber_words(page: PageObjects) -> list[pdf_lines.Word]:
    """The reference: pdfplumber's own extract_words with the reader's settings written out."""
    from pdfplumber.utils.text import extract_words

    out = []
    for w in extract_words(page.chars, extra_attrs=["fontname", "size"], x_tolerance=1.5, y_tolerance=2,
                           keep_blank_chars=False, return_chars=True):  # fmt: skip
        font = str(w["fontname"]).lower()
        text = (
            w["text"]
            if pdf_lines._SPACING_MARKS.isdisjoint(w["text"])
            else pdf_lines._with_marks_combined(w["chars"])
        )
        bold = any(k in font for k in pdf_lines._BOLD_NAMES)
        italic = any(k in font for k in pdf_lines._ITALIC_NAMES)
        out.append(pdf_lines.Word(text, w["x0"], w["x1"], w["top"], w["bottom"], w["size"], bold, italic))
    return out


def _pages(data: bytes, engine: type[Any]) -> list[PageObjects]:
    document = engine(data, "x.pdf")
    try:
        return [document.read_page(i)[0] for i in range(document.page_count)]
    finally:
        document.close()


def _check(pages: list[PageObjects]) -> int:
    checked = 0
    for page in pages:
        assert pdf_lines.page_words(page) == _pdfplumber_words(page)
        checked += len(page.chars)
    return checked


@pytest.mark.parametrize("engine", [PdfiumDocument, PdfminerDocument], ids=["pdfium", "pdfplumber"])
def test_words_match_pdfplumber_on_the_fixtures(engine: type[Any]) -> None:
    chars = sum(_check(_pages(p.read_bytes(), engine)) for p in sorted(FIXTURES.rglob("*.pdf")))
    assert chars > 10_000


@pytest.mark.parametrize(
    "name",
    [
        "plooi_ronl_20110301_kamerbrief_draagmoederschap.pdf",
        "pts_20221222_ienw_kamerbrief_emissies_luchtvaart.pdf",
        "ll_ah-tk-20232024-2271_antwoord_kamervragen.pdf",
        "pts_2022_ienw_ai_impact_assessment_brochure.pdf",
    ],
)
def test_words_match_pdfplumber_on_real_pages(name: str) -> None:
    data = require_shared(CORPUS / name).read_bytes()
    assert _check(_pages(data, PdfiumDocument)) > 1000


def _char(
    text: str, x0: float, top: float, *, upright: bool = True, font: str = "F", size: float = 10.0
) -> dict[str, Any]:
    return {"text": text, "x0": x0, "x1": x0 + 5.0, "top": top, "bottom": top + size, "doctop": top,
            "upright": upright, "fontname": font, "size": size}  # fmt: skip


def test_words_match_pdfplumber_on_random_characters() -> None:
    """Ties, overlaps, blanks, empty texts, ligatures, turned characters and font changes."""
    rng = random.Random(11)
    for _ in range(300):
        chars = [
            _char(
                rng.choice(["a", "b", " ", "", "ﬁ", "1", "-", "\u00b8"]),
                rng.choice([0.0, 5.0, 6.0, 6.4, 7.6, 20.0]) + rng.random() * rng.choice([0, 1, 3]),
                rng.choice([100.0, 101.0, 102.5, 104.6, 110.0]),
                upright=rng.random() > 0.1,
                font=rng.choice(["F", "F-Bold"]),
                size=rng.choice([10.0, 10.0, 8.0]),
            )
            for _ in range(rng.randint(1, 40))
        ]
        page = PageObjects(595.0, 842.0, (0.0, 0.0, 595.0, 842.0), chars=chars)
        assert pdf_lines.page_words(page) == _pdfplumber_words(page)


def test_every_fixture_pdf_is_checked() -> None:
    assert len(list(Path(FIXTURES).rglob("*.pdf"))) >= 9
