"""The pdfminer engine (through pdfplumber): the reference reader of PDF pages.

pdfminer interprets a page's content stream in Python; pdfplumber's layout device collects
characters with their font and box. This engine is exact about what pdfplumber users know
(the same characters, boxes and fonts as ``pdfplumber.Page.chars``) but slow: the 272,000
characters of the 16 corpus letters take about 5 s on one core. `kamerstuk.readers.pdf_pdfium`
reads the same objects in about a tenth of that (whole pages with the geometry after it: about
three times as many pages a second); this one stays the reference and the fallback for PDFs
that PDFium cannot open.
"""

from __future__ import annotations

import functools
import io
import unicodedata
from typing import Any

from kamerstuk.errors import CorruptPDFError, EncryptedPDFError, PageLimitError
from kamerstuk.readers import pdf_page
from kamerstuk.readers.pdf_page import PageObjects, text_turn

ENGINE = "pdfplumber"


class PdfminerDocument:
    """An open PDF read with pdfminer: its page count, and its pages one at a time."""

    engine = ENGINE
    repaired = False  # pdfminer refuses a file whose structure it cannot follow

    def __init__(self, data: bytes, name: str) -> None:
        self.name = name
        self._pdf = _open(data, name)
        self._pages: Any = None

    @property
    def page_count(self) -> int:
        """The number of pages (a `CorruptPDFError` when the page tree cannot be read)."""
        try:
            if self._pages is None:
                self._pages = self._pdf.pages
            return len(self._pages)
        except Exception as exc:
            raise CorruptPDFError(
                f"the PDF's page tree is damaged ({type(exc).__name__}: {exc})", source=self.name
            ) from None

    def read_page(self, index: int) -> tuple[PageObjects, int, int | None]:
        """Page ``index`` (from 0) read in the direction its text runs: its objects, the number
        of shapes left out, and the quarter turn it was read in (None: text set at an angle)."""
        if self._pages is None:
            self._pages = self._pdf.pages
        page = self._pages[index]
        number = index + 1
        try:
            objects, dropped = _lay_out(page, number, self.name)
            turn = text_turn(objects.chars)
            if turn in (90, 180, 270):
                del objects
                objects, dropped = _turned(page, turn, number, self.name)
            return objects, dropped, turn
        finally:
            page.close()  # nothing is cached on it by this reader; drop whatever pdfplumber holds

    def close(self) -> None:
        """Release the file (errors on closing a damaged PDF are not the reader's concern)."""
        try:
            self._pdf.close()
        except Exception:  # closing walks the page tree, which may be what is broken
            return


def _open(data: bytes, name: str) -> Any:
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfplumber.utils.exceptions import PdfminerException

    try:
        return pdfplumber.open(io.BytesIO(data))
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise EncryptedPDFError("the PDF is encrypted and needs a password to be read", source=name) from None
    except (PDFSyntaxError, PdfminerException, Exception) as exc:  # pdfminer raises many types on bad input
        inner = [exc, *exc.args, exc.__cause__, exc.__context__]  # pdfplumber wraps pdfminer's error
        text = "; ".join(f"{type(e).__name__}: {e}" for e in inner if isinstance(e, BaseException))
        if (
            any(isinstance(e, (PDFPasswordIncorrect, PDFEncryptionError)) for e in inner)
            or "encrypt" in text.lower()
        ):
            raise EncryptedPDFError(
                "the PDF is encrypted and needs a password to be read", source=name
            ) from None
        raise CorruptPDFError(
            f"the PDF cannot be opened, it is truncated or damaged ({text})", source=name
        ) from None


class _TooManyChars(Exception):
    """Raised inside pdfminer's interpreter when a page holds more than pdf_page.MAX_PAGE_CHARS characters."""


@functools.cache
def _guarded_device() -> type[Any]:
    """pdfplumber's layout device with limits: it stops a page at pdf_page.MAX_PAGE_CHARS characters,
    keeps at most pdf_page.MAX_PAGE_SHAPES rectangles and lines and drops curves (never read here)."""
    from pdfminer.layout import LTLine, LTRect
    from pdfplumber.page import PDFPageAggregatorWithMarkedContent

    class GuardedDevice(PDFPageAggregatorWithMarkedContent):
        chars = 0
        shapes = 0
        dropped = 0

        def render_char(self, *args: Any, **kwargs: Any) -> float:
            self.chars += 1
            if self.chars > pdf_page.MAX_PAGE_CHARS:
                raise _TooManyChars
            return float(super().render_char(*args, **kwargs))

        def paint_path(self, *args: Any, **kwargs: Any) -> None:
            if self.shapes >= pdf_page.MAX_PAGE_SHAPES:  # full: not even made (pdfminer's shapes are slow)
                self.dropped += 1
                return
            objs = self.cur_item._objs
            before = len(objs)
            super().paint_path(*args, **kwargs)
            kept = [o for o in objs[before:] if isinstance(o, (LTLine, LTRect))]
            room = pdf_page.MAX_PAGE_SHAPES - self.shapes
            self.dropped += max(0, len(kept) - room)
            objs[before:] = kept[:room]
            self.shapes += len(objs) - before

    return GuardedDevice


def _lay_out(page: Any, number: int, name: str) -> tuple[PageObjects, int]:
    """Interpret the page's content with the guarded device (what `pdfplumber.Page.layout` does,
    within the limits) and take its objects. Returns them and the number of shapes dropped."""
    from pdfminer.pdfinterp import PDFPageInterpreter

    device = _guarded_device()(page.pdf.rsrcmgr, pageno=page.page_number, laparams=page.pdf.laparams)
    try:
        PDFPageInterpreter(page.pdf.rsrcmgr, device).process_page(page.page_obj)
    except _TooManyChars:
        raise PageLimitError(
            f"page {number} holds more than {pdf_page.MAX_PAGE_CHARS:,} characters, more than any real page "
            "(the limit per page is kamerstuk.readers.pdf_page.MAX_PAGE_CHARS)",
            source=name,
            maximum=pdf_page.MAX_PAGE_CHARS,
        ) from None
    except Exception as exc:  # pdfminer raises many types on bad input
        raise CorruptPDFError(
            f"page {number} cannot be read ({type(exc).__name__}: {exc})", source=name
        ) from None
    return _page_objects(page, device.get_result()), int(device.dropped)


def _page_objects(page: Any, layout: Any) -> PageObjects:
    """pdfplumber's char, rect, line and image dicts (as `Page.process_object` makes them, the
    keys the reader reads) for the objects of a pdfminer layout, in pdfplumber's order."""
    from pdfminer.layout import LTChar, LTContainer, LTImage, LTLine, LTRect
    from pdfplumber.page import fix_fontname_bytes

    height = float(page.height)
    mb_x0, mb_top = page.mediabox[0], page.mediabox[1]
    doctop = page.initial_doctop
    out = PageObjects(float(page.width), height, tuple(page.bbox))

    def box(obj: Any) -> dict[str, Any]:
        x0, x1 = obj.x0, obj.x1
        if mb_x0 != 0:
            x0, x1 = x0 + mb_x0, x1 + mb_x0
        top = (height - obj.y1) + mb_top
        return {"x0": x0, "x1": x1, "top": top, "bottom": (height - obj.y0) + mb_top, "doctop": doctop + top}

    def shape(obj: Any) -> dict[str, Any]:
        item = box(obj)
        item.update(width=obj.width, height=obj.height)
        return item

    stack = [iter(layout._objs)]  # depth first, as pdfplumber walks figures; no recursion limit
    while stack:
        obj = next(stack[-1], None)
        if obj is None:
            stack.pop()
        elif isinstance(obj, LTChar):
            font = obj.fontname
            item = box(obj)
            item.update(
                text=obj.get_text(),
                fontname=fix_fontname_bytes(font) if isinstance(font, bytes) else font,
                size=obj.size,
                upright=obj.upright,
                matrix=obj.matrix,
            )
            out.chars.append(item)
        elif isinstance(obj, LTRect):
            out.rects.append(shape(obj))
        elif isinstance(obj, LTLine):
            out.lines.append(shape(obj))
        elif isinstance(obj, LTImage):
            out.images.append(shape(obj))
        elif isinstance(obj, LTContainer):
            stack.append(iter(obj._objs))
    if page.pdf.unicode_norm is not None:  # as pdfplumber does it (`_open` never sets it)
        for item in out.chars:
            item["text"] = unicodedata.normalize(page.pdf.unicode_norm, item["text"])
    return out


def _turned(page: Any, turn: int, number: int, name: str) -> tuple[PageObjects, int]:
    """The page's objects read as if it were turned `turn` degrees more (clockwise): its /Rotate
    is changed for this one read, then restored."""
    from pdfplumber.page import Page

    obj = page.page_obj
    saved_rotate, had_attr, saved_attr = obj.rotate, "Rotate" in obj.attrs, obj.attrs.get("Rotate")
    base = obj.rotate if obj.rotate in (0, 90, 180, 270) else 0
    obj.rotate = obj.attrs["Rotate"] = (base + turn) % 360
    try:
        turned = Page(page.pdf, obj, page_number=page.page_number, initial_doctop=page.initial_doctop)
        return _lay_out(turned, number, name)
    finally:
        obj.rotate = saved_rotate
        if had_attr:
            obj.attrs["Rotate"] = saved_attr
        else:
            del obj.attrs["Rotate"]
