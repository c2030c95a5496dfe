"""Where things are on a PDFium page: the displayed page's coordinates, and the rules, boxes and
images its paths and image objects draw (for `kamerstuk.readers.pdf_pdfium`).

`View` turns user space (points, y up, as PDFium gives positions) into the reader's coordinates
(points from the displayed page's top-left corner, y down), for a page read turned a quarter, a
half or three quarters. `shapes` sorts a page's paths as pdfminer does: a subpath of one straight
segment is a line, an axis-aligned closed four-sided one a rectangle, anything with a curve is
neither; objects inside form XObjects are reached with their form's matrix.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from typing import Any

from kamerstuk.readers import pdf_page
from kamerstuk.readers.pdf_page import PageObjects

_Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: _Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


class View:
    """The page as displayed turned `turn` degrees clockwise: user space (points, y up) to
    the reader's coordinates (points from the top-left corner, y down)."""

    def __init__(self, box: tuple[float, float, float, float], turn: int) -> None:
        self.box, self.turn = box, turn
        left, bottom, right, top = box
        wide, high = right - left, top - bottom
        self.width, self.height = (high, wide) if turn in (90, 270) else (wide, high)

    def point(self, x: float, y: float) -> tuple[float, float]:
        left, bottom, right, top = self.box
        if self.turn == 90:
            return y - bottom, x - left
        if self.turn == 180:
            return right - x, y - bottom
        if self.turn == 270:
            return top - y, right - x
        return x - left, top - y

    def rect(self, x0: float, y0: float, x1: float, y1: float) -> tuple[float, float, float, float]:
        """A user-space rectangle as (x0, top, x1, bottom) on the displayed page."""
        ax, ay = self.point(x0, y0)
        bx, by = self.point(x1, y1)
        return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)


def _multiply(m: _Matrix, n: _Matrix) -> _Matrix:
    """The matrix that applies m, then n (PDF's row-vector convention)."""
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (a * p + b * r, a * q + b * s, c * p + d * r, c * q + d * s, e * p + f * r + t, e * q + f * s + u)


def _matrix(raw: Any, obj: Any) -> _Matrix:
    m = raw.FS_MATRIX()
    if not raw.FPDFPageObj_GetMatrix(obj, m):
        return _IDENTITY
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def _page_objects(raw: Any, page: Any) -> Iterator[tuple[Any, int, _Matrix]]:
    """Every object of the page, depth first through form XObjects, with the matrix from the
    object's parent space to user space (a form's own matrix applied to what it holds)."""
    stack: list[tuple[Any, int, int, _Matrix]] = [(None, 0, raw.FPDFPage_CountObjects(page), _IDENTITY)]
    while stack:
        form, index, count, outer = stack[-1]
        if index >= count:
            stack.pop()
            continue
        stack[-1] = (form, index + 1, count, outer)
        obj = raw.FPDFPage_GetObject(page, index) if form is None else raw.FPDFFormObj_GetObject(form, index)
        if not obj:
            continue
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == raw.FPDF_PAGEOBJ_FORM:
            inner = _multiply(_matrix(raw, obj), outer)
            stack.append((obj, 0, raw.FPDFFormObj_CountObjects(obj), inner))
        else:
            yield obj, kind, outer


def shapes(raw: Any, page: Any, view: View, objects: PageObjects) -> int:
    """Fill in the page's rectangles, lines and images; return how many shapes were left out."""
    kept = dropped = 0
    for obj, kind, outer in _page_objects(raw, page):
        if kind == raw.FPDF_PAGEOBJ_IMAGE:
            placed = _bounds(raw, obj, outer, view)
            if placed is not None:
                objects.images.append(_shape(*placed))
        elif kind == raw.FPDF_PAGEOBJ_PATH:
            if kept >= pdf_page.MAX_PAGE_SHAPES:
                dropped += 1
                continue
            for shape_kind, placed in _path_shapes(raw, obj, outer, view):
                if kept >= pdf_page.MAX_PAGE_SHAPES:
                    dropped += 1
                    continue
                (objects.rects if shape_kind == "rect" else objects.lines).append(_shape(*placed))
                kept += 1
    return dropped


def _shape(x0: float, top: float, x1: float, bottom: float) -> dict[str, Any]:
    return {
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "doctop": top,
        "width": x1 - x0,
        "height": bottom - top,
    }


def _bounds(raw: Any, obj: Any, outer: _Matrix, view: View) -> tuple[float, float, float, float] | None:
    """An object's bounding box on the displayed page (its parent form's matrix applied)."""
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    if not raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
        return None
    corners = [_apply(outer, x, y) for x in (left.value, right.value) for y in (bottom.value, top.value)]
    return _view_box(corners, view)


def _apply(m: _Matrix, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def _view_box(points: list[tuple[float, float]], view: View) -> tuple[float, float, float, float]:
    placed = [view.point(x, y) for x, y in points]
    xs = [p[0] for p in placed]
    ys = [p[1] for p in placed]
    return min(xs), min(ys), max(xs), max(ys)


def _path_shapes(
    raw: Any, obj: Any, outer: _Matrix, view: View
) -> Iterator[tuple[str, tuple[float, float, float, float]]]:
    """The straight lines and axis-aligned rectangles a painted path draws (pdfminer's LTLine
    and LTRect): each subpath of one straight segment, or of four sides closing on its start."""
    fill = ctypes.c_int()
    stroke = ctypes.c_int()
    if raw.FPDFPath_GetDrawMode(obj, fill, stroke) and not fill.value and not stroke.value:
        return  # a path that paints nothing (a clip)
    count = raw.FPDFPath_CountSegments(obj)
    if count <= 0 or count > 4 * pdf_page.MAX_PAGE_SHAPES:
        return
    m = _multiply(_matrix(raw, obj), outer)
    x, y = ctypes.c_float(), ctypes.c_float()
    subpath: list[tuple[float, float]] = []
    curved = False
    for i in range(count + 1):
        segment = raw.FPDFPath_GetPathSegment(obj, i) if i < count else None
        kind = raw.FPDFPathSegment_GetType(segment) if segment else raw.FPDF_SEGMENT_MOVETO
        if kind == raw.FPDF_SEGMENT_MOVETO:
            if subpath and not curved:
                shape = _classify(subpath)
                if shape is not None:
                    yield shape, _view_box(subpath, view)
            subpath, curved = [], False
            if segment is None:
                break
        if kind == raw.FPDF_SEGMENT_BEZIERTO:
            curved = True
        if not raw.FPDFPathSegment_GetPoint(segment, x, y):
            continue
        subpath.append(_apply(m, x.value, y.value))
        if raw.FPDFPathSegment_GetClose(segment) and subpath[-1] != subpath[0]:
            subpath.append(subpath[0])


def _classify(points: list[tuple[float, float]]) -> str | None:
    """ "line" for two points, "rect" for an axis-aligned quadrilateral (closed or not), else None."""
    if len(points) == 2:
        return "line"
    if len(points) == 5 and points[4] == points[0]:
        points = points[:4]
    if len(points) != 4:
        return None
    xs = {round(p[0], 3) for p in points}
    ys = {round(p[1], 3) for p in points}
    return "rect" if len(xs) <= 2 and len(ys) <= 2 else None
