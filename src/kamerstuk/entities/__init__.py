"""The entities stage: pure functions over text that find what people search for.

`extract(letter)` runs them all over a structured `Letter` and returns a new Letter with
citations, dates, deadlines, commitments, recommendations and the report filled in. Each
finder is also usable on its own, on any text:

- `find_citations` / `annotate` (citations of Kamerstukken, Handelingen, Aanhangsels)
- `find_dates` / `find_deadlines` (dates, and deadlines resolved against a reference date)
- `find_commitments` (toezeggingen)
- `find_recommendations` / `find_report` / `parse_report` (the report a letter answers)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, cast

from kamerstuk.entities.citations import annotate, find_citations
from kamerstuk.entities.commitments import find_commitments
from kamerstuk.entities.dates import find_dates, find_deadlines
from kamerstuk.entities.recommendations import find_recommendations
from kamerstuk.entities.report import find_report, parse_report, parse_report_text
from kamerstuk.models import (
    Citation,
    Commitment,
    DateMention,
    Deadline,
    Diagnostic,
    Letter,
    Recommendation,
    Report,
)
from kamerstuk.patterns.recommendation_codes import LEADING_MARKER

T = TypeVar("T")

__all__ = [
    "annotate",
    "extract",
    "find_citations",
    "find_commitments",
    "find_dates",
    "find_deadlines",
    "find_recommendations",
    "find_report",
    "parse_report",
    "parse_report_text",
]


def extract(letter: Letter) -> Letter:
    """Return `letter` with its entities found: citations (body and footnotes), dates,
    deadlines, commitments, recommendations and the report it responds to.

    Relative dates ("17 december jl.") are resolved against the letter's own date. A
    finder that fails on odd input leaves a diagnostic and an empty list, never an error.
    """
    text = letter.text
    reference = letter.metadata.date
    diagnostics = list(letter.diagnostics)
    spans = [(p.id, p.start, p.end) for p in letter.paragraphs]
    headings = [(s.title, s.start, s.end) for s in letter.sections]
    footnote_texts = {f.number: f.text for f in letter.footnotes}
    markers = {f.number: f.marker for f in letter.footnotes if f.marker is not None}

    def guarded(stage: str, default: T, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        # A finder's bug must not lose the letter. Only `Exception`: a batch's time limit
        # (`TimeLimitError`) and Ctrl-C are BaseExceptions and end the parse, not one finder.
        try:
            return fn(*args, **kwargs)
        except Exception as exc:
            diagnostics.append(Diagnostic(stage=f"entities.{stage}", message=f"{type(exc).__name__}: {exc}"))
            return default

    none: list[Citation] = []
    citations = list(
        guarded("citations", none, find_citations, text, footnotes=footnote_texts, markers=markers)
    )
    for note in letter.footnotes:
        found = guarded("citations", none, find_citations, note.text)
        citations.extend(c.model_copy(update={"in_footnote": note.number}) for c in found)
    update: dict[str, Any] = {
        "citations": citations,
        "dates": guarded("dates", list[DateMention](), find_dates, text, reference),
        "deadlines": guarded("deadlines", list[Deadline](), find_deadlines, text, reference),
        "commitments": guarded(
            "commitments", list[Commitment](), find_commitments, text, reference, paragraphs=spans
        ),
        "recommendations": guarded(
            "recommendations",
            list[Recommendation](),
            find_recommendations,
            text,
            paragraphs=spans,
            headings=headings,
        ),
        "report": guarded("report", cast("Report | None", None), find_report, text, reference),
        "diagnostics": diagnostics,
    }
    update["recommendations"] = _anchor_heading_recommendations(letter, update["recommendations"])
    update["commitments"] = _outside_recommendations(text, update["commitments"], update["recommendations"])
    return letter.model_copy(update=update)


def _outside_recommendations(
    text: str, commitments: list[Commitment], recs: list[Recommendation]
) -> list[Commitment]:
    """The commitments that are not a restated recommendation: "1. stel per gebied een streefwaarde
    vast (Rli);" reads like a promise, but is the report's advice (a sentence that opens with a
    recommendation after at most a list marker, or starts inside one). Ids are numbered again."""
    spans = [(r.start, r.end) for r in recs if r.start is not None and r.end is not None]

    def restated(c: Commitment) -> bool:
        return any(
            a <= c.start < b
            or (c.start <= a < c.end and LEADING_MARKER.fullmatch(text, c.start, a) is not None)
            for a, b in spans
        )

    kept = [c for c in commitments if not restated(c)]
    if len(kept) == len(commitments):
        return commitments
    return [c.model_copy(update={"id": f"c{i}"}) for i, c in enumerate(kept, start=1)]


def _anchor_heading_recommendations(letter: Letter, recs: list[Recommendation]) -> list[Recommendation]:
    """A recommendation named by a heading ("Aanbeveling 2: …") is restated in the paragraph under it."""
    out = []
    for r in recs:
        if r.paragraph is None and r.start is not None:
            section = next((s for s in letter.sections if s.start <= r.start < s.end + 1), None)
            first = next((p for p in letter.paragraphs if section and p.section == section.id), None)
            if first is not None:
                r = r.model_copy(update={"paragraph": first.id})
        out.append(r)
    return out
