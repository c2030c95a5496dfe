"""A Letter as a spaCy Doc: the text, its paragraphs as spans, and plain-JSON extension data.

Everything kamerstuk's components read or write lives in ``doc._.kamerstuk``, one dict of
plain JSON types (str, int, float, bool, None, lists, dicts), so that a ``DocBin`` with
``store_user_data=True`` round-trips it. The span group ``doc.spans["kamerstuk_paragraphs"]``
holds one span per paragraph, labelled with its role once the classifier has run.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from kamerstuk.models import Letter

EXTENSION = "kamerstuk"
SPAN_GROUP = "kamerstuk_paragraphs"

JSON = dict[str, Any]


def register_extensions() -> None:
    """Register ``Doc._.kamerstuk`` (idempotent)."""
    if not Doc.has_extension(EXTENSION):
        Doc.set_extension(EXTENSION, default=None)


def data(doc: Doc) -> JSON:
    """The kamerstuk data of a Doc (a fresh dict if the Doc has none)."""
    value = doc._.get(EXTENSION)
    if value is None:
        value = {"paragraphs": [], "sections": [], "recommendations": [], "links": [], "kind": "other"}
        doc._.set(EXTENSION, value)
    return value  # type: ignore[no-any-return]


def letter_to_doc(nlp: Language, letter: Letter, recommendations: list[JSON] | None = None) -> Doc:
    """Make the Doc the components work on. `recommendations` replaces the letter's own list."""
    register_extensions()
    doc = nlp.make_doc(letter.text)
    recs = (
        recommendations
        if recommendations is not None
        else [
            {"id": r.id, "ordinal": r.ordinal, "text": r.text, "paragraph": r.paragraph, "source": r.source}
            for r in letter.recommendations
        ]
    )
    payload: JSON = {
        "kind": letter.metadata.kind,
        "sections": [
            {"id": s.id, "title": s.title, "level": s.level, "start": s.start} for s in letter.sections
        ],
        "paragraphs": [
            {
                "id": p.id,
                "start": p.start,
                "end": p.end,
                "section": p.section,
                "label": None,
                "score": None,
                "scores": {},
                "recommendations": [],
            }
            for p in letter.paragraphs
        ],
        "recommendations": recs,
        "links": [],
    }
    doc._.set(EXTENSION, payload)
    spans: list[Span] = []
    for p in letter.paragraphs:
        span = doc.char_span(p.start, p.end, label="paragraph", alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.spans[SPAN_GROUP] = spans
    return doc


def paragraph_texts(doc: Doc) -> list[str]:
    """The text of each paragraph, in order."""
    return [doc.text[p["start"] : p["end"]] for p in data(doc)["paragraphs"]]
