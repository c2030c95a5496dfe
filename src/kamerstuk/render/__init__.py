"""An HTML review page of a parsed letter: one self-contained file for researchers to read.

`render_html(letter)` returns a complete HTML document with inline CSS and a little inline
JavaScript and no external assets: it opens offline, from a file, in any browser. It shows
the metadata, the body with paragraphs coloured by label, commitments marked with their
deadlines, citations linked to officielebekendmakingen.nl, footnotes under their
paragraphs, and a panel of the recommendations with their stance and the paragraphs that
answer them (click one to scroll to it and highlight it).

All document text is HTML-escaped. Stable class names and data attributes make the page
testable and scriptable::

    section.recommendation[data-recommendation="r1"][data-stance="adopted"]
    p.paragraph[data-label="response"][data-recommendations~="r1"]
    mark.commitment[data-commitment="c2"][data-latest="2022-06-30"]
    a.citation[href^="https://zoek.officielebekendmakingen.nl/"]
    sup.footnote-ref > a[href="#fn-3"]

`merge_spans` is the small engine underneath: it turns text plus possibly overlapping
marked-up spans into correctly nested HTML.

The page speaks Dutch, like the documents: every label comes from `kamerstuk.render.words`
(the JSON's English values stay in the ``data-*`` attributes). The package: `spans`
(merge_spans), `words` (the page's vocabulary), `markup` (escaping, in-text marks), `page`
(the body), `panels` (header, side panels, footnotes, diagnostics), `assets` (CSS, script).
"""

from __future__ import annotations

from kamerstuk.models import Letter
from kamerstuk.render import panels
from kamerstuk.render.assets import CSS, JS
from kamerstuk.render.markup import attrs, e
from kamerstuk.render.page import Page
from kamerstuk.render.spans import Span, merge_spans
from kamerstuk.render.words import LABELS, STANCES, deadline_label

__all__ = ["LABELS", "STANCES", "Span", "deadline_label", "merge_spans", "render_html", "render_notebook"]


def _title(letter: Letter, title: str | None) -> str:
    if title:
        return title
    m = letter.metadata
    parts = [p for p in (m.identifier, m.subject) if p]
    return " — ".join(parts) if parts else letter.source.name


def render_html(letter: Letter, *, title: str | None = None) -> str:
    """Render `letter` as one self-contained HTML review page and return it as a string.

    The page has a metadata header with a colour legend, the body (sections, paragraphs
    coloured by label, each with an ``id`` anchor, commitments, citations, footnotes),
    a side panel of recommendations and commitments, all footnotes and the diagnostics.
    `title` defaults to the identifier and subject of the letter. No external assets are
    referenced; the only outgoing links are citation links to officielebekendmakingen.nl.
    """
    page = Page(letter)
    heading = _title(letter, title)
    body = page.body()  # first, so footnote markers are numbered before the lists
    return (
        "<!DOCTYPE html>\n"
        '<html lang="nl"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="generator" content="kamerstuk">'
        f"<title>{e(heading)}</title><style>{CSS}</style></head>"
        f'<body class="kamerstuk-review"{attrs(data_identifier=letter.metadata.identifier, data_kind=letter.metadata.kind)}>'
        f'<div class="layout">{panels.header(page, heading)}'
        f'<main class="body" lang="nl">{body}</main>{panels.side(page)}'
        f"{panels.footnotes(page)}{panels.diagnostics(letter)}</div>"
        f"<script>{JS}</script></body></html>\n"
    )


def render_notebook(letter: Letter, *, title: str | None = None, height: int = 720) -> str:
    """The review page wrapped in an ``<iframe srcdoc>``, for notebooks (`Letter._repr_html_`).

    The iframe keeps the page's styles and script apart from the notebook's own.
    """
    page = render_html(letter, title=title)
    return (
        f'<iframe class="kamerstuk-review" srcdoc="{e(page)}" '
        f'style="width:100%;height:{int(height)}px;border:1px solid #e5e7eb;border-radius:8px"></iframe>'
    )
