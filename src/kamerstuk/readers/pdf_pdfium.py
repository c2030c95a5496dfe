"""The PDFium engine: characters, rules and images of a page from PDFium, in C.

pdfminer (the reference engine, in `kamerstuk.readers.pdf_pdfminer`) interprets content
streams in Python; PDFium, which ``pypdfium2`` ships and pdfplumber already depends on, does it
in C: the same characters in about a tenth of the time. This module asks
PDFium for what the geometry needs and hands it over with pdfplumber's keys and meanings
(`PageObjects`), so the lines, zones, superscripts, footnotes and headings after it are the
same code for both engines:

- a character's text (one call for the page's text), its box and its text object (one call
  each); font name, size and direction once per text object. PDFium's box is the glyph's
  advance by the font's ascent and descent; pdfminer's is the advance by the font size from
  the descent up, so ``top`` is set to ``bottom - size`` as pdfminer does.
- ``size`` is the font size times the vertical scale of the character's matrix (text matrix
  and CTM), what pdfminer calls a character's size. Spaces PDFium inserts between words and
  lines (generated characters) are left out: pdfminer has none.
- rectangles and straight lines from the page's paths (in form XObjects too; see
  `pdf_pdfium_geometry`), as pdfminer sorts them: a subpath of one segment is a line, an
  axis-aligned closed four-sided one a rectangle, anything with a curve is neither.
- images with their placed boxes (for telling scans from text).

A page is read in the direction its text runs (from /Rotate and the characters' matrices), as
the pdfminer engine does; coordinates are turned in Python instead of re-reading the page.
PDFium is not thread-safe: every call into it holds `PDFIUM_LOCK`.
"""

from __future__ import annotations

import ctypes
import math
import threading
from collections import Counter
from collections.abc import Callable
from typing import Any

from kamerstuk.errors import EncryptedPDFError, PageLimitError
from kamerstuk.patterns import fonts
from kamerstuk.readers import pdf_page
from kamerstuk.readers.pdf_page import TURN_TOLERANCE, PageObjects
from kamerstuk.readers.pdf_pdfium_geometry import View, shapes

ENGINE = "pdfium"

#: PDFium keeps global state and is not thread-safe (pypdfium2's documentation says so): one
#: document is read at a time in a process. Batches run in processes, so they do not wait on it.
PDFIUM_LOCK = threading.RLock()

#: PDFium keeps at most this many characters of one string shown on a page (a ``Tj``
#: operand) and drops the rest without a word. No real letter comes near; a page that does is
#: read with pdfminer, which keeps them all (and applies the page's character limit).
_MAX_STRING = 32_767


class PdfiumUnavailable(Exception):
    """PDFium cannot open or read this PDF (the reader falls back to the pdfminer engine)."""


def _raw() -> Any:
    import pypdfium2.raw as raw

    return raw


class PdfiumDocument:
    """An open PDF read with PDFium: its page count, and its pages one at a time.

    Raises `EncryptedPDFError` for a PDF that needs a password, `PdfiumUnavailable` for one
    PDFium cannot open (the caller tries pdfminer, which reads some damaged files PDFium refuses).
    """

    engine = ENGINE

    def __init__(self, data: bytes, name: str) -> None:
        import pypdfium2 as pdfium

        self.name = name
        raw = _raw()
        with PDFIUM_LOCK:
            try:
                self._doc = pdfium.PdfDocument(data)
            except pdfium.PdfiumError as exc:
                if getattr(exc, "err_code", None) == raw.FPDF_ERR_PASSWORD:
                    raise EncryptedPDFError(
                        "the PDF is encrypted and needs a password to be read", source=name
                    ) from None
                raise PdfiumUnavailable(str(exc)) from None
            except Exception as exc:  # bindings may raise other types on odd input
                raise PdfiumUnavailable(f"{type(exc).__name__}: {exc}") from None
            # PDFium reads a truncated or damaged file by rebuilding its cross-reference table
            # (pdfminer refuses most such files). What it recovers is read, with a warning.
            self.repaired = not raw.FPDF_DocumentHasValidCrossReferenceTable(self._doc.raw)

    @property
    def page_count(self) -> int:
        """The number of pages."""
        with PDFIUM_LOCK:
            return len(self._doc)

    def read_page(self, index: int) -> tuple[PageObjects, int, int | None]:
        """Page ``index`` (from 0) in the direction its text runs: its objects, the number of
        shapes left out, and the quarter turn it was read in (0: as it lies; None: at an angle)."""
        raw = _raw()
        number = index + 1
        with PDFIUM_LOCK:
            page = raw.FPDF_LoadPage(self._doc.raw, index)
            if not page:
                raise PdfiumUnavailable(f"page {number} cannot be loaded")
            try:
                return _read_page(raw, page, number, self.name)
            finally:
                raw.FPDF_ClosePage(page)

    def close(self) -> None:
        """Release the document."""
        with PDFIUM_LOCK:
            self._doc.close()


def _read_page(raw: Any, page: Any, number: int, name: str) -> tuple[PageObjects, int, int | None]:
    box = _media_box(raw, page)
    base = (raw.FPDFPage_GetRotation(page) * 90) % 360
    textpage = raw.FPDFText_LoadPage(page)
    if not textpage:
        raise PdfiumUnavailable(f"the text of page {number} cannot be loaded")
    try:
        count = raw.FPDFText_CountChars(textpage)
        if count > pdf_page.MAX_PAGE_CHARS:
            raise PageLimitError(
                f"page {number} holds more than {pdf_page.MAX_PAGE_CHARS:,} characters, more than any real page "
                "(the limit per page is kamerstuk.readers.pdf_page.MAX_PAGE_CHARS)",
                source=name,
                maximum=pdf_page.MAX_PAGE_CHARS,
            )
        chars, runs = _characters(raw, textpage, max(count, 0))
        if any(length >= _MAX_STRING for _, length in runs):
            raise PdfiumUnavailable(
                f"page {number} shows a string of more than {_MAX_STRING:,} characters, which PDFium cuts short"
            )
    finally:
        raw.FPDFText_ClosePage(textpage)
    # The direction to read in: the page's /Rotate, or the quarter turn most characters run in.
    user_turn = _majority_turn(runs, base)
    turn = None if user_turn is None else (user_turn - base) % 360
    view = View(box, base if user_turn is None else user_turn)
    objects = PageObjects(view.width, view.height, (0.0, 0.0, view.width, view.height))
    objects.chars = _placed(chars, runs, view)
    dropped = shapes(raw, page, view, objects)
    return objects, dropped, turn


def _media_box(raw: Any, page: Any) -> tuple[float, float, float, float]:
    """The page's MediaBox (left, bottom, right, top), as pdfminer lays the page out in it."""
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    if raw.FPDFPage_GetMediaBox(page, left, bottom, right, top):
        x0, y0, x1, y1 = left.value, bottom.value, right.value, top.value
    else:  # no MediaBox anywhere up the page tree: PDFium's default, US Letter
        x0, y0, x1, y1 = 0.0, 0.0, 612.0, 792.0
    return (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))


# A character as read: text, loose box (left, right, bottom, top in user space), font name,
# size, and the index of its text object's run (for the turn and the upright flag).
_Char = tuple[str, float, float, float, float, str, float, int]
# A text object's run: its quarter turn (0/90/180/270, None at an angle) and how many characters.
_Run = list[Any]


def _page_text(raw: Any, textpage: Any, count: int) -> list[str]:
    """The page's characters, one string per character index (one call for the page, not one a
    character). PDFium stores a character outside the BMP ("𝑜", mathematical italics) as two
    indices, its UTF-16 surrogates: the pair is joined at the first index, the second left empty."""
    if count == 0:
        return []
    buffer = (ctypes.c_ushort * (count + 1))()
    raw.FPDFText_GetText(textpage, 0, count, buffer)
    units = bytes(buffer)[: count * 2].decode("utf-16-le", errors="surrogatepass")
    texts = (
        list(units)
        if len(units) == count
        else [chr(raw.FPDFText_GetUnicode(textpage, i)) for i in range(count)]
    )
    for i in range(count - 1):
        if "\ud800" <= texts[i] <= "\udbff" and "\udc00" <= texts[i + 1] <= "\udfff":
            pair = texts[i] + texts[i + 1]
            texts[i], texts[i + 1] = pair.encode("utf-16-le", "surrogatepass").decode("utf-16-le"), ""
    return ["\ufffd" if "\ud800" <= t <= "\udfff" else t for t in texts]


def _object_pointer(raw: Any) -> Callable[[Any, int], int | None]:
    """FPDFText_GetTextObject returning the bare address (hashable, cheap to compare)."""
    prototype = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)
    address = ctypes.cast(raw.FPDFText_GetTextObject, ctypes.c_void_p).value or 0
    function: Callable[[Any, int], int | None] = prototype(address)
    return function


def _characters(raw: Any, textpage: Any, count: int) -> tuple[list[_Char], list[_Run]]:
    """The page's characters in content order, with font facts per text object."""
    texts = _page_text(raw, textpage, count)
    address = ctypes.cast(textpage, ctypes.c_void_p).value
    get_object = _object_pointer(raw)
    get_box = raw.FPDFText_GetLooseCharBox
    is_generated = raw.FPDFText_IsGenerated
    is_hyphen = raw.FPDFText_IsHyphen
    rect = raw.FS_RECTF()
    rect_ref = ctypes.byref(rect)
    runs: list[_Run] = []
    run_of: dict[int | None, tuple[int, str, float]] = {}
    out: list[_Char] = []
    append = out.append
    for i, ch in enumerate(texts):
        if not ch:
            continue  # the second half of a surrogate pair
        if ch.isspace() and (ch in "\r\n" or is_generated(textpage, i)):
            continue  # PDFium's own word and line breaks; pdfminer has no such characters
        if ch in "\ufffe\x02\x00":
            # PDFium writes a hyphen that ends a line as U+FFFE in the page text (U+0002 one by
            # one) and flags it; the glyph is a hyphen, as pdfminer reads it. Other such codes
            # stand for no character.
            if not is_hyphen(textpage, i):
                continue
            ch = "-"
        obj = get_object(address, i)
        facts = run_of.get(obj)
        if facts is None:
            facts = run_of[obj] = _run_facts(raw, textpage, i, obj, runs)
        run, font, size = facts
        if not get_box(textpage, i, rect_ref):
            continue
        runs[run][1] += 1
        append((ch, rect.left, rect.right, rect.bottom, rect.top, font, size, run))
    return out, runs


def _run_facts(
    raw: Any, textpage: Any, index: int, obj: int | None, runs: list[_Run]
) -> tuple[int, str, float]:
    """Font name, size and turn of the text object of character ``index`` (read once per object)."""
    matrix = raw.FS_MATRIX()
    a = b = c = 0.0
    d = 1.0
    if raw.FPDFText_GetMatrix(textpage, index, matrix):
        a, b, c, d = matrix.a, matrix.b, matrix.c, matrix.d
    size = raw.FPDFText_GetFontSize(textpage, index) * math.hypot(c, d)
    font = ""
    if obj:
        handle = raw.FPDFText_GetTextObject(textpage, index)
        pdf_font = raw.FPDFTextObj_GetFont(handle)
        if pdf_font:
            buffer = ctypes.create_string_buffer(256)
            length = raw.FPDFFont_GetBaseFontName(pdf_font, buffer, 256)
            if length > 256:
                buffer = ctypes.create_string_buffer(length)
                length = raw.FPDFFont_GetBaseFontName(pdf_font, buffer, length)
            font = buffer.raw[: max(length - 1, 0)].decode("utf-8", errors="replace")
            # PDFium gives one font "Verdana" and another "ABCDEE+Verdana" where pdfminer gives both
            # with their subset tag: without it, words do not split where the font object changes.
            font = fonts.SUBSET_TAG.sub("", font)
    runs.append([_quarter(a, b, c, d), 0])
    return len(runs) - 1, font, size


def _quarter(a: float, b: float, c: float, d: float) -> int | None:
    """The quarter turn (clockwise) that sets a character with this matrix upright; None when
    it is set at another angle or mirrored (the rule of `pdf_page.text_turn`)."""
    if b == 0 and c == 0 and a > 0 and d > 0:
        return 0
    if a * d - b * c <= 0:
        return None
    angle = math.degrees(math.atan2(b, a))
    quarter = round(angle / 90)
    return (quarter * 90) % 360 if abs(angle - quarter * 90) <= TURN_TOLERANCE else None


def _majority_turn(runs: list[_Run], base: int) -> int | None:
    """The turn most characters need in user space; the page's /Rotate when there is no text.
    None when most are set at an angle (the page is then read as it lies, at its /Rotate)."""
    turns: Counter[int | None] = Counter()
    for quarter, count in runs:
        turns[quarter] += count
    if not turns:
        return base
    return turns.most_common(1)[0][0]


def _placed(chars: list[_Char], runs: list[_Run], view: View) -> list[dict[str, Any]]:
    """pdfplumber's character dicts in the reader's coordinates. A character is upright when it
    runs in the direction the page is read in (pdfplumber makes words of upright ones apart)."""
    upright = [quarter == view.turn for quarter, _ in runs]
    out: list[dict[str, Any]] = []
    append = out.append
    turn = view.turn
    left, _, _, top = view.box
    for text, x0, x1, y0, y1, font, size, run in chars:
        if turn == 0:  # the common case, inline
            bottom = top - y0
            x0, x1 = x0 - left, x1 - left
        else:
            x0, _, x1, bottom = view.rect(x0, y0, x1, y1)
        head = bottom - size
        append(
            {
                "text": text,
                "x0": x0,
                "x1": x1,
                "top": head,
                "bottom": bottom,
                "doctop": head,
                "upright": upright[run],
                "fontname": font,
                "size": size,
            }
        )
    return out
