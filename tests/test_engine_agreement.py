"""The two PDF engines give the same letter (issue 14).

PDFium (the default) and pdfminer through pdfplumber (the reference) must agree on every PDF
of ../shared/corpus and of our fixtures: metadata equal, the same paragraphs (each at least
0.99 similar), the same footnotes. Where they cannot agree the document is listed in
`DISAGREE` with the reason and which engine is right (docs/performance.md has the table); for
those the test pins how far apart they are, so that it cannot grow unnoticed.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from rapidfuzz import fuzz

import kamerstuk
from kamerstuk.cli import main
from kamerstuk.errors import KamerstukError
from kamerstuk.readers import pdf as reader
from kamerstuk.readers import pdf_pdfium
from tests.conftest import CORPUS, FIXTURES, require_shared

#: Documents on which the engines differ, with why, which is right, and the least similarity of
#: the whole text they keep (measured; the check fails if it drops).
DISAGREE: dict[str, tuple[str, float]] = {
    "pts_2021_nlr_rapport_data_voor_nva_aanbevelingen.pdf": (
        "formulas set in mathematical italic (U+1D400 block) drawn as doubled glyphs: pdfminer "
        "repeats some, PDFium others; neither gives readable formulas. The prose agrees.",
        0.995,
    ),
    "pts_2022_bz_internationale_klimaatstrategie_bijlage.pdf": (
        "a multi-column strategy with text flowing around boxes: PDFium joins words pdfminer "
        "splits ('onders teuning' → 'ondersteuning', right) and places some line-end hyphens apart.",
        0.995,
    ),
    "pts_2022_ienw_ai_impact_assessment_brochure.pdf": (
        "an InDesign brochure with tracking: a few gaps fall either side of the word tolerance "
        "('fo 1.' / 'fo1.'); a star drawn from a symbol font has no Unicode in PDFium.",
        0.995,
    ),
    "woo_vws_interne_nota_171059_ocr.pdf": (
        "an OCR text layer (invisible glyph-less font): pdfminer orders its words wrongly "
        "('vervoer en personenvervoer voor openbaar'); PDFium keeps the OCR's order (right).",
        0.85,
    ),
    "woo_vws_interne_nota_171436_ocr.pdf": (
        "the same OCR layer as the other memo: PDFium right, pdfminer scrambles word order.",
        0.85,
    ),
}


def _corpus_pdfs() -> list[str]:
    return sorted(p.name for p in CORPUS.glob("*.pdf")) if CORPUS.is_dir() else ["(corpus missing)"]


def _fixture_pdfs() -> list[Path]:
    return sorted(FIXTURES.rglob("*.pdf"))


def _both(data: bytes) -> tuple[kamerstuk.Letter | str, kamerstuk.Letter | str]:
    out: list[kamerstuk.Letter | str] = []
    for engine in ("pdfplumber", "pdfium"):
        try:
            out.append(
                kamerstuk.parse_bytes(data, name="x.pdf", pipeline="none", strict=False, engine=engine)
            )
        except KamerstukError as exc:
            out.append(type(exc).__name__)
    return out[0], out[1]


def _assert_same_letter(reference: kamerstuk.Letter, fast: kamerstuk.Letter) -> None:
    assert fast.metadata == reference.metadata
    assert len(fast.paragraphs) == len(reference.paragraphs)
    for ours, theirs in zip(fast.paragraphs, reference.paragraphs, strict=True):
        assert fuzz.ratio(ours.text, theirs.text) >= 99, (ours.text[:80], theirs.text[:80])
        assert (ours.page, ours.section) == (theirs.page, theirs.section)
    assert [(n.number, n.paragraph) for n in fast.footnotes] == [
        (n.number, n.paragraph) for n in reference.footnotes
    ]
    for ours_note, theirs_note in zip(fast.footnotes, reference.footnotes, strict=True):
        assert fuzz.ratio(ours_note.text, theirs_note.text) >= 99


@pytest.mark.parametrize("name", _corpus_pdfs())
def test_engines_agree_on_the_corpus(name: str) -> None:
    data = require_shared(CORPUS / name).read_bytes()
    reference, fast = _both(data)
    if isinstance(reference, str) or isinstance(fast, str):
        assert reference == fast  # the same typed error (the scanned attachment: ScannedPDFError)
        return
    if name in DISAGREE:
        _, least = DISAGREE[name]
        similarity = fuzz.ratio(reference.text, fast.text) / 100
        assert similarity >= least, f"{name}: whole text {similarity:.3f} similar, was at least {least}"
        return
    _assert_same_letter(reference, fast)


@pytest.mark.parametrize("path", _fixture_pdfs(), ids=lambda p: p.name)
def test_engines_agree_on_the_fixtures(path: Path) -> None:
    reference, fast = _both(path.read_bytes())
    assert not isinstance(reference, str) and not isinstance(fast, str), (reference, fast)
    _assert_same_letter(reference, fast)


def test_the_disagreements_are_real_corpus_files() -> None:
    for name in DISAGREE:
        assert require_shared(CORPUS / name).is_file()


def test_the_default_engine_is_pdfium() -> None:
    assert reader.DEFAULT_ENGINE == "pdfium"
    assert set(reader.ENGINES) == {"pdfium", "pdfplumber"}


def test_an_unknown_engine_is_a_value_error() -> None:
    path = next(iter(_fixture_pdfs()))
    with pytest.raises(ValueError, match="unknown PDF engine 'mupdf'"):
        kamerstuk.parse(path, engine="mupdf")  # type: ignore[arg-type]


def test_a_pdf_pdfium_cannot_open_is_read_with_pdfplumber(monkeypatch: pytest.MonkeyPatch) -> None:
    path = next(iter(_fixture_pdfs()))
    expected = kamerstuk.parse(path, pipeline="none", engine="pdfplumber")

    def refuse(data: bytes, name: str) -> None:
        raise pdf_pdfium.PdfiumUnavailable("FPDF_ERR_FORMAT")

    monkeypatch.setattr(reader, "PdfiumDocument", refuse)
    letter = kamerstuk.parse(path, pipeline="none")
    assert [p.text for p in letter.paragraphs] == [p.text for p in expected.paragraphs]
    [note] = [d for d in letter.diagnostics if "PDFium cannot read" in d.message]
    assert "pdfplumber" in note.message and note.severity == "info"


def test_threads_reading_with_pdfium_at_once_get_what_one_thread_gets() -> None:
    """PDFium is not thread-safe; the engine holds a lock, so threads cannot corrupt each other."""
    paths = _fixture_pdfs()[:4]
    alone = {p: [x.text for x in kamerstuk.parse(p, pipeline="none").paragraphs] for p in paths}
    together: dict[Path, list[str]] = {}
    errors: list[BaseException] = []

    def work(path: Path) -> None:
        try:
            for _ in range(3):
                together[path] = [x.text for x in kamerstuk.parse(path, pipeline="none").paragraphs]
        except BaseException as exc:  # surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(p,)) for p in paths]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert together == alone


@pytest.mark.parametrize("command", ["parse", "render"])
def test_cli_takes_the_engine(command: str, tmp_path: Path) -> None:
    path = next(iter(_fixture_pdfs()))
    outputs = []
    for engine in ("pdfium", "pdfplumber"):
        out = tmp_path / f"{engine}.{'json' if command == 'parse' else 'html'}"
        assert main([command, str(path), "--engine", engine, "-o", str(out)]) == 0
        outputs.append(out.read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1]


def test_cli_refuses_an_unknown_engine(capsys: pytest.CaptureFixture[str]) -> None:
    path = next(iter(_fixture_pdfs()))
    assert main(["parse", str(path), "--engine", "mupdf"]) == 2
    assert "invalid choice: 'mupdf'" in capsys.readouterr().err


def test_a_string_longer_than_pdfium_keeps_is_read_with_pdfplumber() -> None:
    """PDFium keeps 32,767 characters of one shown string and drops the rest silently; such a
    page is read with pdfminer instead, so nothing is lost."""
    import io

    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    text = c.beginText(20, 500)
    text.setFont("Helvetica", 4)
    text.textOut("woord " * 6_000)  # 36,000 characters in one Tj
    c.drawText(text)
    c.showPage()
    c.save()
    letter = kamerstuk.parse_bytes(buf.getvalue(), name="long.pdf", pipeline="none", strict=False)
    assert letter.text.count("woord") == 6_000
    [note] = [d for d in letter.diagnostics if "PDFium cannot read" in d.message]
    assert "32,767" in note.message


def test_a_batch_takes_the_engine(tmp_path: Path) -> None:
    from kamerstuk.batch import parse_many

    paths = _fixture_pdfs()[:2]
    by_engine = {}
    for engine in ("pdfium", "pdfplumber"):
        outcomes = list(parse_many(paths, pipeline="none", engine=engine))
        assert all(o.ok for o in outcomes)
        by_engine[engine] = [[p.text for p in o.result.paragraphs] for o in outcomes]  # type: ignore[union-attr]
    assert by_engine["pdfium"] == by_engine["pdfplumber"]
    assert main(["batch", *map(str, paths), "-o", str(tmp_path / "out"), "--engine", "pdfplumber"]) == 0
    assert (tmp_path / "out" / "letters.jsonl").read_text(encoding="utf-8").count("\n") == 2
