"""PDFs at scale and off the beaten track: pages released as read, limits instead of runaway
memory and time, rotated pages read in their rotation, image-only pages with a stray word as
scans, and the page limit as an option of every entry point.

The PDFs are generated here with reportlab, small enough to keep the suite fast; the 500-page
and 10 MB cases, with their timings and peak memory, are in bench/bench_pdf_memory.py.
"""

from __future__ import annotations

import io
import json
import random
import statistics
import textwrap
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

import kamerstuk
from kamerstuk.batch import ErrorRecord, parse_many, run_batch
from kamerstuk.cli import main
from kamerstuk.errors import PageLimitError, ScannedPDFError
from kamerstuk.readers import pdf as reader
from kamerstuk.readers import pdf_lines, pdf_page, pdf_pdfminer
from kamerstuk.readers.pdf import ENGINES

HEADER = [
    "Aan de Voorzitter van de Tweede Kamer",
    "der Staten-Generaal",
    "Postbus 20018",
    "2500 EA  DEN HAAG",
    "",
    "Datum 1 mei 2023",
    "Betreft Uitvoering van de regeling",
    "",
    "Geachte voorzitter,",
    "",
]
CLOSING = ["", "Hoogachtend,", "", "de minister van Financiën,", "", "A.B. Jansen"]
SENTENCE = (
    "Het kabinet zet in op een betere uitvoering van de regeling en informeert uw Kamer voor "
    "de zomer over de voortgang van de maatregelen die in deze brief zijn genoemd. "
)


def letter_lines(paragraphs: int) -> list[str]:
    lines = list(HEADER)
    for n in range(1, paragraphs + 1):
        lines += [*textwrap.wrap(f"Paragraaf {n}. " + SENTENCE * 2, 95), ""]
    return lines + CLOSING


def letter_pdf(
    pages: int = 2,
    *,
    per_page: int = 30,
    rotate: int = 0,
    text_angle: float = 0,
    extra: Any = None,
) -> bytes:
    """A letter over `pages` pages of `per_page` lines. `rotate` sets each page's /Rotate with the
    text drawn upright in the page's own (unrotated) space, as when a viewer turned the pages;
    `text_angle` draws the text itself turned about the middle of the page. `extra(canvas,
    page_number)` draws more on a page."""
    lines = letter_lines(paragraphs=max(1, (pages * per_page - len(HEADER) - len(CLOSING)) // 5))
    chunks = [lines[i : i + per_page] for i in range(0, len(lines), per_page)]
    buf = io.BytesIO()
    # reportlab swaps the MediaBox of a page turned 90 or 270: give it the landscape size so
    # the MediaBox (and the text's own space) stays portrait A4.
    size = (842, 595) if rotate in (90, 270) else (595, 842)
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    for number, chunk in enumerate(chunks, start=1):
        c.setPageRotation(rotate)
        c.saveState()
        if text_angle:
            c.translate(297.5, 421)
            c.rotate(text_angle)
            c.translate(-297.5, -421)
        y = 790.0
        for line in chunk:
            c.setFont("Helvetica", 10)
            c.drawString(80, y, line)
            y -= 14
        c.restoreState()
        if extra is not None:
            extra(c, number)
        c.showPage()
    c.save()
    return buf.getvalue()


def _parse(data: bytes, **kwargs: Any) -> kamerstuk.Letter:
    return kamerstuk.parse_bytes(data, name="test.pdf", pipeline="none", **kwargs)


def _parse_with(engine: str, data: bytes, **kwargs: Any) -> kamerstuk.Letter:
    return _parse(data, engine=engine, **kwargs)


# --- the reader's loops: the same result as before, without the quadratic cost ----------------


def _rows_reference(words: list[Any]) -> list[list[Any]]:
    """`_rows` as it was: the median of the row recomputed for every word (quadratic)."""
    rows: list[list[Any]] = []
    for w in sorted(words, key=lambda w: (w.bottom, w.x0)):
        if (
            rows
            and abs(statistics.median(x.bottom for x in rows[-1]) - w.bottom) <= pdf_lines.BASELINE_TOLERANCE
        ):
            rows[-1].append(w)
        else:
            rows.append([w])
    return rows


def _word(text: str, x0: float, bottom: float, size: float = 10.0) -> Any:
    return pdf_lines.Word(text, x0, x0 + 5 * len(text), bottom - size, bottom, size, False, False)


def test_rows_group_as_the_per_word_median_did() -> None:
    rng = random.Random(7)
    words = [
        _word("w", rng.uniform(0, 500), rng.choice([100, 114, 128]) + rng.uniform(-1.6, 1.6))
        for _ in range(3000)
    ]
    words += [_word("x", 10.0 * i, 300 + 0.001 * i) for i in range(2000)]  # one long line, drifting
    assert pdf_lines.rows(words) == _rows_reference(words)


def _hosts_reference(normal: list[Any], sup: Any) -> Any:
    for cand in normal:
        if (
            cand.size * pdf_lines.SUPERSCRIPT_RATIO >= sup.size
            and cand.top - 1.5 <= sup.bottom <= cand.bottom - 0.8
            and cand.x0 - 12 <= sup.x0 <= cand.x1 + 12
        ):
            return cand
    return None


def test_superscripts_find_the_host_trying_every_line_would() -> None:
    rng = random.Random(3)
    normal = [
        pdf_lines.Line(
            [_word("tekst", rng.uniform(50, 400), rng.uniform(50, 800), rng.choice([8.0, 10.0, 40.0]))]
        )
        for _ in range(400)
    ]
    supers = [
        pdf_lines.Line([_word("1", rng.uniform(40, 450), rng.uniform(40, 810), 6.0)]) for _ in range(400)
    ]
    hosts = pdf_lines.Hosts(list(normal))
    expected_normal = list(normal)
    for sup in supers:
        expected = _hosts_reference(expected_normal, sup)
        assert hosts.first(sup) is expected
        if expected is None:
            expected_normal.append(sup)
            hosts.add(sup)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_line_of_two_thousand_words_is_one_paragraph(engine: str) -> None:
    line = " ".join(f"woord{i}" for i in range(2000))

    def long_line(c: Any, number: int) -> None:
        if number == 1:
            c.setFont("Helvetica", 10)
            c.drawString(80, 500, line)

    letter = _parse_with(engine, letter_pdf(1, per_page=20, extra=long_line), strict=False)
    [paragraph] = [p for p in letter.paragraphs if "woord0 " in p.text]
    assert paragraph.text.count("woord") == 2000
    assert "woord1999" in paragraph.text


# --- pages are released as soon as they are read ----------------------------------------------


def test_each_page_is_released_before_the_next_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    laid_out: list[int] = []
    original = pdf_pdfminer._lay_out

    def spy(page: Any, number: int, name: str) -> int:
        held = [p.page_number for p in page.pdf.pages if hasattr(p, "_layout") or hasattr(p, "_objects")]
        assert held == [], f"pages {held} still hold their objects while page {number} is read"
        laid_out.append(number)
        return original(page, number, name)

    monkeypatch.setattr(pdf_pdfminer, "_lay_out", spy)
    letter = _parse(letter_pdf(20), engine="pdfplumber")
    assert laid_out == list(range(1, 21))
    assert letter.source.pages == 20


def test_memory_does_not_grow_with_the_pages() -> None:
    """Peak memory of reading 16 pages against 4: what is kept per page is its words, not the
    megabytes of pdfplumber objects (1.6 MB a page for these small pages before the fix)."""

    def peak(pages: int) -> int:
        data = letter_pdf(pages, per_page=12)
        tracemalloc.start()
        try:
            reader.read_pdf(data, name="test.pdf")
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    peak(1)  # one-time allocations (imports, font metrics) out of the way
    small, large = peak(4), peak(16)
    per_page = (large - small) / 12
    assert per_page < 200_000, f"{per_page / 1e6:.2f} MB more peak memory per page"


# --- limits: a typed error or a bounded read, never runaway memory ------------------------------


@pytest.mark.parametrize("engine", ENGINES)
def test_a_page_over_the_character_limit_is_a_page_limit_error(
    monkeypatch: pytest.MonkeyPatch, engine: str
) -> None:
    monkeypatch.setattr(pdf_page, "MAX_PAGE_CHARS", 3000)

    def crowded(c: Any, number: int) -> None:
        if number == 2:
            c.setFont("Helvetica", 2)
            for row in range(40):
                c.drawString(20, 60 + row * 3, "x" * 100)

    _parse_with(engine, letter_pdf(2))  # within the limit
    with pytest.raises(PageLimitError, match="page 2 holds more than 3,000 characters") as info:
        _parse_with(engine, letter_pdf(2, extra=crowded))
    assert info.value.source == "test.pdf"


@pytest.mark.parametrize("engine", ENGINES)
def test_a_document_over_its_character_budget_stops(monkeypatch: pytest.MonkeyPatch, engine: str) -> None:
    monkeypatch.setattr(reader, "MAX_AVERAGE_PAGE_CHARS", 250)  # 2,000 for 8 pages; a page holds ~1,500
    _parse_with(engine, letter_pdf(1), max_pages=8)
    with pytest.raises(PageLimitError, match="more than 2,000 characters by page 2"):
        _parse_with(engine, letter_pdf(3), max_pages=8)


@pytest.mark.parametrize("engine", ENGINES)
def test_shapes_beyond_the_limit_are_left_out_with_a_note(
    monkeypatch: pytest.MonkeyPatch, engine: str
) -> None:
    monkeypatch.setattr(pdf_page, "MAX_PAGE_SHAPES", 10)

    def grid(c: Any, number: int) -> None:
        for i in range(60):
            c.rect(100 + (i % 10) * 20, 100 + (i // 10) * 20, 10, 0.5, fill=1)  # hairline rules
            c.bezier(50, 50, 60, 70, 80, 30, 90, 50)  # curves are never kept

    plain, drawn = _parse_with(engine, letter_pdf(2)), _parse_with(engine, letter_pdf(2, extra=grid))
    assert [p.text for p in drawn.paragraphs] == [p.text for p in plain.paragraphs]
    [note] = [d for d in drawn.diagnostics if "drawn shapes" in d.message]
    assert note.location == "pages 1–2" and note.severity == "info"


# --- rotation: read in the direction the text runs --------------------------------------------


@pytest.mark.parametrize(
    ("rotate", "text_angle", "turned"),
    [
        pytest.param(90, 0, 90, id="page-rotate-90"),
        pytest.param(180, 0, 180, id="page-rotate-180"),
        pytest.param(270, 0, 270, id="page-rotate-270"),
        pytest.param(0, 90, 270, id="text-turned-90"),
        pytest.param(0, 180, 180, id="text-turned-180"),
        pytest.param(0, -90, 90, id="text-turned-270"),
        pytest.param(90, 90, None, id="turned-back-upright"),
    ],
)
@pytest.mark.parametrize("engine", ENGINES)
def test_rotated_pages_read_like_upright_ones(
    rotate: int, text_angle: int, turned: int | None, engine: str
) -> None:
    upright = _parse_with(engine, letter_pdf(2))
    letter = _parse_with(engine, letter_pdf(2, rotate=rotate, text_angle=text_angle))
    assert [p.text for p in letter.paragraphs] == [p.text for p in upright.paragraphs]
    assert letter.metadata.subject == upright.metadata.subject == "Uitvoering van de regeling"
    assert letter.metadata.signatories == upright.metadata.signatories
    notes = [d for d in letter.diagnostics if "turned" in d.message]
    if turned is None:
        assert notes == []
    else:
        [note] = notes
        assert note.message.startswith(f"text turned {turned}° clockwise")
        assert (note.location, note.severity) == ("pages 1–2", "info")


@pytest.mark.parametrize("engine", ENGINES)
def test_text_at_an_angle_is_flagged(engine: str) -> None:
    letter = _parse_with(engine, letter_pdf(1, text_angle=30), strict=False)
    [note] = [d for d in letter.diagnostics if "at an angle" in d.message]
    assert (note.location, note.severity) == ("page 1", "warning")


# --- scans: image-only pages with a stray word ------------------------------------------------


def _scan(c: Any, number: int, *, word: str | None = "Pagina") -> None:
    gray = ImageReader(Image.new("L", (60, 85), 220))
    c.drawImage(gray, 0, 0, 595, 842)
    if word:
        c.setFont("Helvetica", 8)
        c.drawString(500, 30, f"{word} {number}")


def _scanned_pdf(pages: int, *, text_pages: int = 0) -> bytes:
    """`text_pages` pages of a letter, then image-only pages with a page number as text."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842), invariant=1)
    lines = letter_lines(4)
    for number in range(1, pages + 1):
        if number <= text_pages:
            y = 790.0
            for line in lines[(number - 1) * 30 : number * 30]:
                c.setFont("Helvetica", 10)
                c.drawString(80, y, line)
                y -= 14
        else:
            _scan(c, number)
        c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("engine", ENGINES)
def test_images_with_a_stray_word_are_a_scan(engine: str) -> None:
    with pytest.raises(ScannedPDFError, match="ocrmypdf -l nld") as info:
        _parse_with(engine, _scanned_pdf(3))
    assert "no text layer" in info.value.message and "3 of them are images" in info.value.message


@pytest.mark.parametrize("engine", ENGINES)
def test_a_letter_with_a_scanned_attachment_is_read_with_a_warning(engine: str) -> None:
    letter = _parse_with(engine, _scanned_pdf(3, text_pages=2))
    assert letter.metadata.subject == "Uitvoering van de regeling"
    [note] = [d for d in letter.diagnostics if "scanned pages" in d.message]
    assert (note.location, note.severity) == ("page 3", "warning")


@pytest.mark.parametrize("engine", ENGINES)
def test_an_ocr_text_layer_over_the_image_is_text(engine: str) -> None:
    """ocrmypdf output: the page image with invisible text over it is read, not refused."""

    def ocr(c: Any, number: int) -> None:
        _scan(c, number, word=None)
        text = c.beginText(80, 790)
        text.setTextRenderMode(3)  # invisible, as OCR layers are
        text.setFont("Helvetica", 10)
        for line in letter_lines(4)[(number - 1) * 30 : number * 30]:
            text.textLine(line)
        c.drawText(text)

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842), invariant=1)
    for number in (1, 2):
        ocr(c, number)
        c.showPage()
    c.save()
    letter = _parse_with(engine, buf.getvalue())
    assert letter.metadata.subject == "Uitvoering van de regeling"
    assert not [d for d in letter.diagnostics if "scanned" in d.message]


# --- the page limit as an option of every entry point -----------------------------------------


@pytest.fixture
def three_pages(tmp_path: Path) -> Path:
    path = tmp_path / "drie.pdf"
    path.write_bytes(letter_pdf(3))
    return path


def test_parse_many_takes_the_page_limit(three_pages: Path) -> None:
    [over] = list(parse_many([three_pages], pipeline="none", max_pages=2))
    assert isinstance(over.result, ErrorRecord) and over.result.error == "PageLimitError"
    assert "3 pages; the limit is 2" in over.result.message
    [within] = list(parse_many([three_pages], pipeline="none", max_pages=3))
    assert within.ok


def test_run_batch_takes_the_page_limit(three_pages: Path, tmp_path: Path) -> None:
    summary = run_batch([three_pages], tmp_path / "out", pipeline="none", max_pages=2)
    assert summary.failed == 1
    # On Dask too: tests/test_batch.py::test_dask_gives_the_same_records_as_local.


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_cli_parse_takes_the_page_limit(three_pages: Path) -> None:
    code, out, err = _run("parse", str(three_pages), "--max-pages", "2", "--format", "jsonl")
    assert code == 1 and "3 pages; the limit is 2" in err
    assert json.loads(out)["error"]["error"] == "PageLimitError"
    code, out, _ = _run("parse", str(three_pages), "--max-pages", "3")
    assert code == 0 and json.loads(out)["source"]["pages"] == 3


def test_cli_batch_takes_the_page_limit(three_pages: Path, tmp_path: Path) -> None:
    out_dir = tmp_path / "out"
    code, _, err = _run(
        "batch", str(three_pages), "-o", str(out_dir), "--workers", "1", "--max-pages", "2", "--quiet"
    )
    assert code == 1, err
    [record] = [json.loads(line) for line in (out_dir / "letters.jsonl").read_text().splitlines()]
    assert record["error"]["error"] == "PageLimitError"


def test_cli_render_and_diff_take_the_page_limit(three_pages: Path, tmp_path: Path) -> None:
    code, _, err = _run("render", str(three_pages), "--max-pages", "2", "-o", str(tmp_path / "p.html"))
    assert code == 1 and "3 pages; the limit is 2" in err
    code, _, err = _run("diff", str(three_pages), str(three_pages), "--max-pages", "2")
    assert code == 3 and "3 pages; the limit is 2" in err
    code, _, _ = _run("diff", str(three_pages), str(three_pages), "--max-pages", "3")
    assert code == 0


@pytest.mark.parametrize("command", ["parse", "batch", "render", "diff"])
def test_cli_refuses_a_page_limit_below_one(command: str, three_pages: Path, tmp_path: Path) -> None:
    argv = [command, str(three_pages), "--max-pages", "0"]
    if command == "batch":
        argv += ["-o", str(tmp_path / "out")]
    if command == "diff":
        argv.insert(1, str(three_pages))
    code, _, err = _run(*argv)
    assert code == 2 and err.strip() == "kamerstuk: error: --max-pages must be at least 1"
