"""Read PDFs from their characters: lines with font, size, position and superscripts.

General converters flatten a Kamerstuk PDF into text and lose what the typesetter said with
geometry. We keep it: words are grouped into lines by baseline; a smaller word whose
baseline is raised into a line is a superscript (a footnote marker); segments far to the
right on the page are the ministry sidebar; smaller text below the last body line is the
page's footnote zone; bold or italic short lines are headings. The geometry decisions are
written into an annotated text for the plain-text reader, which does the language-level
work (furniture, letterhead fields, paragraphs, de-hyphenation) exactly as for pdftotext
input — one implementation of those rules, not two.

The annotation protocol (private-use characters, never present in real text):
``MARK_OPEN n MARK_CLOSE`` is a footnote marker, a line starting with ``HEADING`` and a
level digit is a heading, a line starting with ``FOOTNOTE`` is footnote-zone text.

Scale and odd input (see `read_pdf`):

- Two engines read the characters, rules and images of a page (`PageObjects`, plain dicts
  with pdfplumber's keys): PDFium (`pdf_pdfium`, the default, about three times as many pages a second) and
  pdfminer through pdfplumber (`pdf_pdfminer`, the reference, and the fallback when PDFium
  cannot open a file). Everything after them — words, lines, zones, superscripts, footnotes,
  headings (`pdf_lines`, `pdf_render`) — is one implementation.
- Pages are read one at a time and only the page's words and lines are kept. Memory grows
  with the text (about 0.3 MB for a dense page), not with the engine's objects.
- Limits, each a `PageLimitError` rather than minutes and gigabytes: ``max_pages``;
  `MAX_PAGE_CHARS` characters on one page (a 10 MB content stream, a line of a million
  characters stop there); `MAX_AVERAGE_PAGE_CHARS` a page on average over ``max_pages``.
  Drawn shapes beyond `MAX_PAGE_SHAPES` on a page are left out with a note; curves are not
  kept at all. The loops over a page's words are (near) linear in their number.
- Rotation: a page whose characters mostly run turned a quarter, a half or three quarters —
  from its /Rotate or from the text's own matrix — is read in the direction of its text, with
  an info note; a page whose text mostly runs at another angle is read as it lies, with a
  warning that it may come out garbled (in strict mode such text usually ends in a
  `StructureError`, as any text without letter structure does).
- Scans: a page covered by images for at least half, with at most a stray word of text
  (`_STRAY_CHARS`), is a scanned page. A PDF without text, or whose non-blank pages are
  scanned pages for 90 %, raises `ScannedPDFError`; scanned pages among text pages get a
  warning. A page image under an OCR text layer (ocrmypdf's output) is text, not a scan.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from kamerstuk.blocks import Note, RawDocument
from kamerstuk.errors import CorruptPDFError, PageLimitError, ScannedPDFError
from kamerstuk.readers import pdf_render as layout
from kamerstuk.readers.pdf_lines import page_lines, page_words
from kamerstuk.readers.pdf_page import (
    MAX_AVERAGE_PAGE_CHARS,
    MAX_PAGE_CHARS,
    MAX_PAGE_SHAPES,
    PageObjects,
    image_cover,
)
from kamerstuk.readers.pdf_pdfium import PDFIUM_LOCK, PdfiumDocument, PdfiumUnavailable
from kamerstuk.readers.pdf_pdfminer import PdfminerDocument
from kamerstuk.readers.plaintext import read_plaintext

__all__ = [
    "DEFAULT_ENGINE",
    "ENGINES",
    "MAX_AVERAGE_PAGE_CHARS",
    "MAX_PAGES",
    "MAX_PAGE_CHARS",
    "MAX_PAGE_SHAPES",
    "PdfEngine",
    "read_pdf",
]

#: The engines that read a PDF's characters: PDFium (fast, C) and pdfminer through pdfplumber
#: (the reference). Both give the same `PageObjects`; see docs/performance.md for how they agree.
PdfEngine = Literal["pdfium", "pdfplumber"]
ENGINES: tuple[PdfEngine, ...] = ("pdfium", "pdfplumber")
DEFAULT_ENGINE: PdfEngine = "pdfium"

#: Default page limit: no Kamerstuk comes near it; a 10,000-page PDF is an attack or an accident.
MAX_PAGES = 1000
#: A page at least this much covered by images, with at most _STRAY_CHARS characters of text
#: (a stamp, a page number, one OCR'd word), is a scanned page.
_SCAN_COVER = 0.5
_STRAY_CHARS = 40
#: A PDF whose pages (blank ones aside) are scanned pages for at least this share is a scan.
_SCANNED_SHARE = 0.9


@dataclass
class _PageRead:
    """What reading one page leaves behind: its lines and a few facts. The engine's objects for
    the page (characters, rectangles: megabytes a page) are released."""

    page: layout.Page
    chars: int  # characters of text (spaces not counted)
    cover: float  # fraction of the page covered by images
    turn: int | None  # quarter turn the text was read in (0: as it lies); None: text set at an angle
    dropped_shapes: int = 0
    notes: list[Note] = field(default_factory=list)


def _page_content(page: PageObjects, number: int, name: str, turn: int | None, dropped: int) -> _PageRead:
    """The lines of one page's objects, and the facts `read_pdf` needs about the page."""
    try:
        words = page_words(page)
    except Exception as exc:
        raise CorruptPDFError(
            f"page {number} cannot be read ({type(exc).__name__}: {exc})", source=name
        ) from None
    notes: list[Note] = []
    lines = page_lines(words) if words else []
    rules = layout.rules(page)
    if lines:
        layout.mark_underlines(lines, rules)
        region = layout.figure_region(page)
        if region is not None:
            kept = [ln for ln in lines if not layout.inside(ln, region)]
            if len(kept) < len(lines):
                notes.append(
                    Note(
                        f"{len(lines) - len(kept)} line(s) of figure text left out", f"page {number}", "info"
                    )
                )
            lines = kept
    return _PageRead(
        layout.Page(
            number,
            float(page.width),
            float(page.height),
            lines,
            layout.footnote_separator(rules, lines, page),
        ),
        chars=sum(len(w.text) for w in words),
        cover=image_cover(page),
        turn=turn,
        dropped_shapes=dropped,
        notes=notes,
    )


def _page_list(numbers: list[int]) -> str:
    """ "page 3" or "pages 1–4, 7": page numbers in runs."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    parts = [f"{r[0]}–{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs]
    return ("pages " if len(numbers) > 1 else "page ") + ", ".join(parts)


def read_pdf(
    data: bytes, *, name: str = "<pdf>", max_pages: int = MAX_PAGES, engine: PdfEngine = DEFAULT_ENGINE
) -> RawDocument:
    """Read a PDF into blocks. Raises a typed `SourceError` for scans, encryption, damage, size.

    ``engine`` reads the characters: "pdfium" (the default) or "pdfplumber" (pdfminer, the
    reference). A PDF that PDFium cannot open or read is read with pdfplumber instead, with a
    note saying so. Pages are read one at a time and released as soon as their lines are taken.
    Limits, each a `PageLimitError`: more than ``max_pages`` pages, a page with more than
    `MAX_PAGE_CHARS` characters, or more than `MAX_AVERAGE_PAGE_CHARS` characters a page on
    average over ``max_pages`` in all.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown PDF engine {engine!r}; choose one of {', '.join(ENGINES)}")
    fallback: list[Note] = []
    if engine == "pdfium":
        try:
            with PDFIUM_LOCK:  # one document at a time through PDFium (see pdf_pdfium)
                return _read_with(PdfiumDocument(data, name), name, max_pages, fallback)
        except PdfiumUnavailable as exc:
            fallback.append(
                Note(f"PDFium cannot read this PDF ({exc}): read with pdfplumber instead", None, "info")
            )
    return _read_with(PdfminerDocument(data, name), name, max_pages, fallback)


def _read_with(
    pdf: PdfminerDocument | PdfiumDocument, name: str, max_pages: int, notes: list[Note]
) -> RawDocument:
    reads: list[_PageRead] = []
    if pdf.repaired:
        notes = [
            *notes,
            Note(
                "the PDF is damaged (truncated, or its cross-reference table is broken): it was rebuilt "
                "to read it, so text may be missing",
                None,
            ),
        ]
    try:
        count = pdf.page_count
        if count == 0:
            raise CorruptPDFError("the PDF has no pages (a truncated or empty file)", source=name)
        if count > max_pages:
            raise PageLimitError(
                f"the PDF has {count} pages; the limit is {max_pages}",
                source=name,
                limit="max_pages",
                maximum=max_pages,
                actual=count,
            )
        budget = max_pages * MAX_AVERAGE_PAGE_CHARS
        chars = 0
        for index in range(count):
            number = index + 1
            objects, dropped, turn = pdf.read_page(index)
            read = _page_content(objects, number, name, turn, dropped)
            del objects
            chars += read.chars
            if chars > budget:
                raise PageLimitError(
                    f"the PDF holds more than {budget:,} characters by page {number}: more than "
                    f"{MAX_AVERAGE_PAGE_CHARS:,} a page on average for the page limit of {max_pages}",
                    source=name,
                    limit="max_pages",
                    maximum=max_pages,
                )
            reads.append(read)
    finally:
        pdf.close()
    return _assemble(reads, count, chars, name, notes)


def _assemble(reads: list[_PageRead], count: int, chars: int, name: str, notes: list[Note]) -> RawDocument:
    """The document from its pages: scans refused, notes on turned, scanned and crowded pages."""
    image_only = [r.page.number for r in reads if r.cover >= _SCAN_COVER and r.chars <= _STRAY_CHARS]
    blank = sum(1 for r in reads if r.chars == 0 and r.cover < _SCAN_COVER)
    if chars == 0:
        raise ScannedPDFError(
            f"the PDF has {count} page(s) but no text layer: it is a scan. Run OCR first, "
            "for example `ocrmypdf -l nld scan.pdf tekst.pdf`, and parse the result",
            source=name,
        )
    if image_only and len(image_only) >= _SCANNED_SHARE * (count - blank):
        raise ScannedPDFError(
            f"the PDF has {count} page(s) but no text layer: {len(image_only)} of them are images with "
            f"at most a stray word of text, a scan. Run OCR first, for example "
            "`ocrmypdf -l nld --force-ocr scan.pdf tekst.pdf`, and parse the result",
            source=name,
        )
    notes = [*notes, *(n for r in reads for n in r.notes)]
    if image_only:
        notes.append(
            Note(
                "images with at most a stray word of text (scanned pages): their content is not read; "
                "run OCR (`ocrmypdf -l nld --force-ocr`) to read it",
                _page_list(image_only),
            )
        )
    for turn in (90, 180, 270):
        turned = [r.page.number for r in reads if r.turn == turn]
        if turned:
            notes.append(
                Note(
                    f"text turned {360 - turn}° clockwise on the page: read in the direction it runs",
                    _page_list(turned),
                    "info",
                )
            )
    aslant = [r.page.number for r in reads if r.turn is None]
    if aslant:
        notes.append(
            Note("most text is set at an angle: read as it lies, it may come out garbled", _page_list(aslant))
        )
    crowded = [r.page.number for r in reads if r.dropped_shapes]
    if crowded:
        notes.append(
            Note(
                f"more than {MAX_PAGE_SHAPES:,} drawn shapes on a page: the rest left out",
                _page_list(crowded),
                "info",
            )
        )
    pages = [r.page for r in reads]
    del reads
    body_size = layout.dominant_size(pages)
    text, render_notes = layout.render(pages, body_size)
    del pages
    raw = read_plaintext(text, annotated=True)
    raw.pages = count
    raw.notes[:0] = [*notes, *render_notes]
    return raw
