"""Footnotes: each footnote text anchored to the paragraph and offset of its marker."""

from __future__ import annotations

from collections.abc import Sequence

from kamerstuk.blocks import Block
from kamerstuk.models import Diagnostic, Footnote


def anchor_footnotes(
    footnote_blocks: Sequence[Block],
    marker_home: dict[int, tuple[str | None, int]],
    diagnostics: list[Diagnostic],
) -> list[Footnote]:
    """Footnotes in number order, each with its marker's paragraph and offset where one exists."""
    footnotes: list[Footnote] = []
    seen: set[int] = set()
    for fb in footnote_blocks:
        assert fb.number is not None
        if fb.number in seen:
            diagnostics.append(
                Diagnostic(
                    stage="structure",
                    message=f"footnote {fb.number} defined twice",
                    location=f"line {fb.line}",
                )
            )
            continue
        seen.add(fb.number)
        home = marker_home.get(fb.number)
        if home is None:
            diagnostics.append(
                Diagnostic(
                    stage="structure",
                    message=f"footnote {fb.number} has no marker in the text",
                    location=f"page {fb.page}",
                )
            )
        footnotes.append(
            Footnote(
                number=fb.number,
                text=fb.text,
                paragraph=home[0] if home else None,
                page=fb.page,
                marker=home[1] if home else None,
            )
        )
    for number in sorted(set(marker_home) - seen):
        diagnostics.append(
            Diagnostic(
                stage="structure",
                message=f"footnote marker {number} has no footnote text",
                location=marker_home[number][0],
            )
        )
    footnotes.sort(key=lambda f: f.number)

    return footnotes
