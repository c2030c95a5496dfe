"""Bad PDFs give typed errors that say what is wrong; none crash a batch."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

import kamerstuk
from kamerstuk.errors import CorruptPDFError, EncryptedPDFError, PageLimitError, ScannedPDFError
from tests.conftest import CORPUS, require_shared


def _pdf(pages: int = 1, *, encrypt: str | None = None, text: str = "Den Haag, 1 mei 2023") -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842), encrypt=encrypt)
    for _ in range(pages):
        c.setFont("Helvetica", 9)
        c.drawString(80, 700, text)
        c.showPage()
    c.save()
    return buf.getvalue()


def test_scanned_pdf_points_to_ocr() -> None:
    path = require_shared(CORPUS / "plooi_blg-1007826.pdf")
    with pytest.raises(ScannedPDFError, match="ocrmypdf -l nld") as info:
        kamerstuk.parse(path)
    assert "no text layer" in str(info.value)


def test_pdf_without_text_is_scanned() -> None:
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.rect(100, 100, 200, 200, fill=1)  # a page with only an image-like shape
    c.showPage()
    c.save()
    with pytest.raises(ScannedPDFError):
        kamerstuk.parse_bytes(buf.getvalue(), name="scan.pdf")


def test_encrypted_pdf() -> None:
    with pytest.raises(EncryptedPDFError, match="encrypted"):
        kamerstuk.parse_bytes(_pdf(encrypt="geheim"), name="locked.pdf")


@pytest.mark.parametrize("keep", [0.2, 0.5, 0.8])
def test_truncated_pdf_is_refused_by_pdfminer(keep: float) -> None:
    data = require_shared(CORPUS / "plooi_kst-32545-143.pdf").read_bytes()
    with pytest.raises(CorruptPDFError):
        kamerstuk.parse_bytes(data[: int(len(data) * keep)], name="truncated.pdf", engine="pdfplumber")


@pytest.mark.parametrize("keep", [0.2, 0.5, 0.8])
def test_truncated_pdf_is_recovered_by_pdfium_with_a_warning(keep: float) -> None:
    """PDFium rebuilds a truncated file's cross-reference table: what survives is read, and the
    letter says the file was damaged. With nothing left to read it is still a CorruptPDFError."""
    data = require_shared(CORPUS / "plooi_kst-32545-143.pdf").read_bytes()
    whole = kamerstuk.parse_bytes(data, name="whole.pdf", pipeline="none")
    try:
        letter = kamerstuk.parse_bytes(data[: int(len(data) * keep)], name="truncated.pdf", pipeline="none")
    except CorruptPDFError:
        return
    [warning] = [d for d in letter.diagnostics if "damaged" in d.message]
    assert warning.severity == "warning"
    assert {p.text for p in letter.paragraphs} <= {p.text for p in whole.paragraphs}
    assert not any("damaged" in d.message for d in whole.diagnostics)


def test_corrupt_pdf() -> None:
    data = bytearray(_pdf())
    data[200:400] = b"\x00" * 200  # damage the object table and content stream
    with pytest.raises(kamerstuk.SourceError):
        kamerstuk.parse_bytes(bytes(data), name="corrupt.pdf")


def test_zero_page_pdf() -> None:
    data = (
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
        b"trailer << /Root 1 0 R >>\n%%EOF\n"
    )
    with pytest.raises(CorruptPDFError, match="no pages"):
        kamerstuk.parse_bytes(data, name="empty.pdf")


def test_page_limit() -> None:
    with pytest.raises(PageLimitError, match="3 pages; the limit is 2"):
        kamerstuk.parse_bytes(_pdf(pages=3), name="long.pdf", max_pages=2)


def test_format_is_detected_from_content_not_suffix(tmp_path: Path) -> None:
    path = tmp_path / "brief.txt"  # a PDF with the wrong suffix
    path.write_bytes(_pdf(encrypt="x"))
    with pytest.raises(EncryptedPDFError):
        kamerstuk.parse(path)


def test_errors_carry_the_source() -> None:
    with pytest.raises(EncryptedPDFError) as info:
        kamerstuk.parse_bytes(_pdf(encrypt="x"), name="locked.pdf")
    assert info.value.source == "locked.pdf"
