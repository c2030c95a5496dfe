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
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from kamerstuk.models import Citation, Commitment, Deadline, Footnote, Letter, Link, Paragraph, Recommendation

__all__ = ["Span", "deadline_label", "merge_spans", "render_html", "render_notebook"]

LABELS: tuple[tuple[str, str, str], ...] = (
    # (label value, legend text, description)
    ("context", "context", "background: what happened, what the report says"),
    ("recommendation", "recommendation", "restates a recommendation of the report"),
    ("response", "response", "the government's answer to a recommendation"),
    ("closing", "closing", "closing remarks"),
    ("other", "other", "anything else"),
    ("none", "unlabelled", "no label was assigned"),
)

STANCES: Mapping[str, str] = {
    "adopted": "adopted",
    "partly_adopted": "partly adopted",
    "rejected": "rejected",
    "already_in_place": "already in place",
    "noted": "noted",
}


@dataclass(frozen=True)
class Span:
    """A piece of markup around ``text[start:end]``.

    `open` and `close` are trusted HTML (built by the caller with escaped attribute
    values). When a span has to be split to keep the HTML well nested, each later piece
    opens with `reopen` (default: `open`), so a unique ``id`` can stay on the first piece.
    A span with ``start == end`` is an insertion (a footnote marker, a badge): ``open +
    close`` is emitted at that offset. Among spans starting at the same offset, longer ones
    are outermost; `rank` breaks ties (lower is outer).
    """

    start: int
    end: int
    open: str
    close: str
    reopen: str | None = None
    rank: int = 0


def merge_spans(text: str, spans: Iterable[Span], *, offset: int = 0) -> str:
    """Return `text` HTML-escaped, with `spans` wrapped around their ranges, well nested.

    `offset` is the position of ``text[0]`` in the coordinates of the spans (so a paragraph
    can be rendered with spans whose offsets point into the whole letter). Spans are clipped
    to the text; spans entirely outside it are dropped. Overlapping spans that do not nest
    (a citation that runs past the end of a commitment) are handled deterministically: the
    span that opened first stays outer, and the inner one is closed at the outer one's end
    and reopened right after it. Insertions at an offset come after the spans that close
    there (and before any span reopened there) and before the spans that open there.
    """
    n = len(text)
    ranged: list[tuple[int, int, int, int, Span]] = []
    inserts: list[tuple[int, int, int, Span]] = []
    for order, span in enumerate(spans):
        start, end = span.start - offset, span.end - offset
        if start == end:
            if 0 <= start <= n:
                inserts.append((start, span.rank, order, span))
            continue
        start, end = max(start, 0), min(end, n)
        if start < end:
            ranged.append((start, -(end - start), span.rank, order, span))
    ranged.sort(key=lambda item: item[:4])
    inserts.sort(key=lambda item: item[:3])

    opens: dict[int, list[tuple[int, Span]]] = {}
    for start, negative_length, _, _, span in ranged:
        opens.setdefault(start, []).append((start - negative_length, span))
    at: dict[int, list[Span]] = {}
    for pos, _, _, span in inserts:
        at.setdefault(pos, []).append(span)
    points = sorted({0, n, *opens, *at, *(start - negative for start, negative, *_ in ranged)})

    out: list[str] = []
    stack: list[tuple[int, Span]] = []  # (end, span), outermost first
    previous = 0
    for pos in points:
        out.append(html.escape(text[previous:pos], quote=False))
        previous = pos
        # Close every span ending here; spans opened inside one of them are closed too and
        # reopened after it, so the markup stays well nested.
        if any(end == pos for end, _ in stack):
            first = min(i for i, (end, _) in enumerate(stack) if end == pos)
            popped = stack[first:]
            del stack[first:]
            out.extend(span.close for _, span in reversed(popped))
            out.extend(span.open + span.close for span in at.pop(pos, []))
            for end, span in popped:
                if end > pos:
                    out.append(span.reopen if span.reopen is not None else span.open)
                    stack.append((end, span))
        out.extend(span.open + span.close for span in at.get(pos, []))
        for end, span in opens.get(pos, []):
            # Keep the stack's ends non-increasing: a span outliving its parent is split
            # at the parent's end (handled when the parent closes).
            out.append(span.open)
            stack.append((end, span))
    out.append(html.escape(text[previous:], quote=False))
    out.extend(span.close for _, span in reversed(stack))
    return "".join(out)


def deadline_label(deadline: Deadline) -> str:
    """The normalized deadline as a reader says it: "uiterlijk 2022-06-30", "vanaf 2024-01-01"."""
    if deadline.latest is not None:
        return f"uiterlijk {deadline.latest.isoformat()}"
    if deadline.earliest is not None:
        return f"vanaf {deadline.earliest.isoformat()}"
    return deadline.text


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _attrs(**attributes: object) -> str:
    """Attributes as HTML; `None` values are left out, `data_x` becomes ``data-x``."""
    parts = []
    for key, value in attributes.items():
        if value is None:
            continue
        name = key.rstrip("_").replace("_", "-")
        parts.append(f' {name}="{_e(value)}"')
    return "".join(parts)


def _score(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}"


def _commitment_title(c: Commitment) -> str:
    bits = [f"Commitment {c.id}", c.firmness, c.kind]
    if c.deadline is not None:
        bits.append(f"{deadline_label(c.deadline)} ({c.deadline.text})")
    if c.actor:
        bits.append(f"actor: {c.actor}")
    if c.action:
        bits.append(f"action: {c.action}")
    return " · ".join(bits)


def _commitment_spans(c: Commitment) -> list[Span]:
    deadline = c.deadline
    attrs = {
        "class_": f"commitment firmness-{c.firmness}",
        "data_commitment": c.id,
        "data_firmness": c.firmness,
        "data_kind": c.kind,
        "data_earliest": deadline.earliest.isoformat() if deadline and deadline.earliest else None,
        "data_latest": deadline.latest.isoformat() if deadline and deadline.latest else None,
        "title": _commitment_title(c),
    }
    spans = [
        Span(c.start, c.end, f"<mark{_attrs(id=c.id, **attrs)}>", "</mark>", f"<mark{_attrs(**attrs)}>", 0)
    ]
    badge = c.firmness if deadline is None else f"{deadline_label(deadline)} · {c.firmness}"
    spans.append(
        Span(
            c.end,
            c.end,
            f'<span class="badge commitment-badge firmness-{_e(c.firmness)}"'
            f"{_attrs(data_commitment=c.id)}>{_e(badge)}",
            "</span>",
            rank=0,
        )
    )
    if deadline is not None and c.start <= deadline.start < deadline.end <= c.end:
        spans.append(
            Span(
                deadline.start,
                deadline.end,
                f'<span class="deadline"{_attrs(title=deadline_label(deadline), data_rule=deadline.rule or None)}>',
                "</span>",
                rank=2,
            )
        )
    return spans


def _citation_span(c: Citation) -> Span | None:
    if not c.urls:
        return None
    attrs = _attrs(
        class_="citation",
        href=c.urls[0],
        data_kind=c.kind,
        data_identifier=c.identifiers[0] if c.identifiers else None,
        title=", ".join(c.identifiers) or c.text,
        target="_blank",
        rel="noopener noreferrer",
    )
    return Span(c.start, c.end, f"<a{attrs}>", "</a>", rank=1)


def _footnote_ref(number: int, pos: int, first: bool) -> Span:
    ident = f' id="fnref-{number}"' if first else ""
    return Span(
        pos,
        pos,
        f'<sup class="footnote-ref"{ident} data-footnote="{number}"><a href="#fn-{number}">{number}</a>',
        "</sup>",
        rank=-5,
    )


class _Page:
    """Builds the page from a letter; one instance per render."""

    def __init__(self, letter: Letter) -> None:
        self.letter = letter
        self.links_by_rec: dict[str, list[Link]] = {}
        for link in letter.links:
            self.links_by_rec.setdefault(link.recommendation, []).append(link)
        self.order = {p.id: i for i, p in enumerate(letter.paragraphs)}
        self.number = {p.id: i + 1 for i, p in enumerate(letter.paragraphs)}
        self.recs = {r.id: r for r in letter.recommendations}
        self.notes_by_paragraph: dict[str, list[Footnote]] = {}
        for note in letter.footnotes:
            if note.paragraph is not None:
                self.notes_by_paragraph.setdefault(note.paragraph, []).append(note)
        self.seen_refs: set[int] = set()

    # -- body --------------------------------------------------------------------------

    def paragraph_spans(self, p: Paragraph) -> list[Span]:
        letter = self.letter
        spans: list[Span] = []
        for c in letter.commitments:
            if c.start < p.end and c.end > p.start:
                spans.extend(_commitment_spans(c))
        for cit in letter.citations:
            if cit.in_footnote is None and cit.start < p.end and cit.end > p.start:
                span = _citation_span(cit)
                if span is not None:
                    spans.append(span)
        for r in letter.recommendations:
            if r.start is not None and r.end is not None and r.start < p.end and r.end > p.start:
                spans.append(
                    Span(
                        r.start,
                        r.end,
                        f'<span class="restated"{_attrs(data_recommendation=r.id, title=f"restates {r.id}")}>',
                        "</span>",
                        rank=-2,
                    )
                )
        for note in letter.footnotes:
            if note.marker is not None and p.start <= note.marker <= p.end:
                spans.append(_footnote_ref(note.number, note.marker, note.number not in self.seen_refs))
                self.seen_refs.add(note.number)
        return spans

    def footnote_body(self, note: Footnote) -> str:
        spans = [
            s
            for c in self.letter.citations
            if c.in_footnote == note.number and (s := _citation_span(c)) is not None
        ]
        return merge_spans(note.text, spans)

    def paragraph(self, p: Paragraph) -> str:
        label = p.label or "none"
        recs = " ".join(p.recommendations)
        chips = "".join(
            f'<a class="chip rec-chip" href="#{_e(r)}" data-target="{_e(r)}"'
            f' title="{_e(self._rec_title(r))}">{_e(self._rec_short(r))}</a>'
            for r in p.recommendations
        )
        label_text = label if p.label_score is None else f"{label} {_score(p.label_score)}"
        meta = (
            f'<div class="p-meta"><a class="p-anchor" href="#{_e(p.id)}" title="link to this paragraph">'
            f"¶{self.number[p.id]}</a>"
            f'<span class="label-tag label-{_e(label)}">{_e(label_text)}</span>{chips}'
            + (f'<span class="page">p.&#8201;{p.page}</span>' if p.page is not None else "")
            + "</div>"
        )
        body = merge_spans(p.text, self.paragraph_spans(p), offset=p.start)
        attrs = _attrs(
            id=p.id,
            class_=f"paragraph label-{label}",
            data_label=label,
            data_score=_score(p.label_score) or None,
            data_recommendations=recs or None,
            data_section=p.section,
            data_page=p.page,
        )
        notes = self.notes_by_paragraph.get(p.id, [])
        aside = ""
        if notes:
            items = "".join(
                f'<li id="fn-{n.number}" value="{n.number}" data-footnote="{n.number}">'
                f"{self.footnote_body(n)}"
                + (
                    f' <a class="back" href="#fnref-{n.number}" title="back to the marker">↩</a>'
                    if n.marker is not None
                    else ""
                )
                + "</li>"
                for n in notes
            )
            aside = f'<ol class="paragraph-notes">{items}</ol>'
        return f'<div class="p-wrap label-{_e(label)}">{meta}<p{attrs}>{body}</p>{aside}</div>'

    def _rec_short(self, rec_id: str) -> str:
        r = self.recs.get(rec_id)
        return f"R{r.ordinal}" if r is not None and r.ordinal is not None else rec_id

    def _rec_title(self, rec_id: str) -> str:
        r = self.recs.get(rec_id)
        return f"{rec_id}: {r.text}" if r is not None else rec_id

    def body(self) -> str:
        letter = self.letter
        by_section: dict[str | None, list[Paragraph]] = {}
        for p in letter.paragraphs:
            by_section.setdefault(p.section, []).append(p)
        out: list[str] = []
        known = {s.id for s in letter.sections}
        loose = [p for sid, ps in by_section.items() if sid is None or sid not in known for p in ps]
        sections = sorted(letter.sections, key=lambda s: s.start)
        # Paragraphs outside any section come where their offsets put them.
        items: list[tuple[int, str]] = [(p.start, self.paragraph(p)) for p in loose]
        for s in sections:
            level = min(max(s.level, 1), 4) + 1
            inner = "".join(self.paragraph(p) for p in by_section.get(s.id, []))
            heading = f'<h{level} class="section-title"><a href="#{_e(s.id)}">{_e(s.title)}</a></h{level}>'
            items.append(
                (
                    s.start,
                    f'<section class="section level-{s.level}"{_attrs(id=s.id, data_section=s.id)}>'
                    f"{heading}{inner}</section>",
                )
            )
        out.extend(html_ for _, html_ in sorted(items, key=lambda item: item[0]))
        if not letter.paragraphs:
            out.append('<p class="empty">This letter has no body paragraphs.</p>')
        return "".join(out)

    # -- header ------------------------------------------------------------------------

    def header(self, title: str) -> str:
        m = self.letter.metadata
        rows: list[tuple[str, str]] = []

        def row(name: str, value: str | None, raw: bool = False) -> None:
            if value:
                rows.append((name, value if raw else _e(value)))

        row("Identifier", m.identifier)
        row("Kind", m.kind)
        row("Date", m.date.isoformat() if m.date else None)
        row("Vergaderjaar", m.vergaderjaar)
        row("Sender", m.sender)
        row("Addressee", m.addressee)
        row(
            "Signatories",
            "<br>".join(
                _e(s.name) + (f' <span class="muted">({_e(s.role)})</span>' if s.role else "")
                for s in m.signatories
            ),
            raw=True,
        )
        row(
            "Dossiers",
            "<br>".join(
                f"{_e(d.number)}" + (f' <span class="muted">{_e(d.title)}</span>' if d.title else "")
                for d in m.dossiers
            ),
            raw=True,
        )
        row("Movers", ", ".join(m.movers))
        row("Questioners", ", ".join(m.questioners))
        row("Betreft", m.subject)
        row("Kenmerk", m.reference)
        row("Ministry", m.ministry)
        report = self.letter.report
        if report is not None and (report.title or report.organisations):
            text = "«" + report.title + "»" if report.title else ""
            if report.organisations:
                text += (" by " if text else "") + ", ".join(report.organisations)
            if report.date:
                text += f" ({report.date.isoformat()})"
            row("Report", text)
        src = self.letter.source
        row(
            "Source",
            f"{src.name} · {src.format}"
            + (f" · {src.pages} page{'s' if src.pages != 1 else ''}" if src.pages else ""),
        )
        dl = "".join(f"<dt>{name}</dt><dd>{value}</dd>" for name, value in rows)
        counts = (
            f"{len(self.letter.paragraphs)} paragraphs · {len(self.letter.recommendations)} recommendations · "
            f"{len(self.letter.commitments)} commitments · {len(self.letter.citations)} citations · "
            f"{len(self.letter.footnotes)} footnotes"
        )
        return (
            f'<header class="doc-header"><div class="kicker">kamerstuk review</div>'
            f'<h1>{_e(title)}</h1><p class="counts">{counts}</p>'
            f'<dl class="meta">{dl}</dl>{self.legend()}</header>'
        )

    @staticmethod
    def legend() -> str:
        items = "".join(
            f'<li class="legend-item label-{value}" data-label="{value}" title="{_e(desc)}">'
            f'<span class="swatch"></span>{_e(text)}</li>'
            for value, text, desc in LABELS
        )
        extra = (
            '<li class="legend-item"><mark class="commitment sample">commitment</mark></li>'
            '<li class="legend-item"><span class="citation sample">citation</span></li>'
            '<li class="legend-item"><span class="restated sample">restated recommendation</span></li>'
        )
        return f'<ul class="legend" aria-label="legend">{items}{extra}</ul>'

    # -- side panel --------------------------------------------------------------------

    def linked(self, r: Recommendation) -> list[tuple[str, Link | None]]:
        """Paragraphs that address `r`, in reading order, with the link evidence if any."""
        found: dict[str, Link | None] = {}
        for link in self.links_by_rec.get(r.id, []):
            if link.paragraph not in found or (found[link.paragraph] is None):
                found[link.paragraph] = link
        for p in self.letter.paragraphs:
            if r.id in p.recommendations and p.id not in found:
                found[p.id] = None
        return sorted(found.items(), key=lambda item: self.order.get(item[0], len(self.order)))

    def recommendation(self, r: Recommendation) -> str:
        stance = r.stance or "unknown"
        heading = f"Recommendation {r.ordinal}" if r.ordinal is not None else f"Recommendation {r.id}"
        by = f'<span class="muted"> by {_e(", ".join(r.by))}</span>' if r.by else ""
        to = f'<div class="muted small">to {_e(r.to)}</div>' if r.to else ""
        evidence = (
            f'<blockquote class="stance-evidence" title="sentence that shows the stance">{_e(r.stance_evidence)}</blockquote>'
            if r.stance_evidence
            else ""
        )
        links = []
        for pid, link in self.linked(r):
            number = self.number.get(pid)
            text = f"¶{number}" if number is not None else pid
            if link is not None:
                tip = f"{link.method} · {link.score:.2f} — {link.evidence}"
                links.append(
                    f'<li><a class="paragraph-link"{_attrs(href="#" + pid, data_target=pid, data_paragraph=pid, data_method=link.method, data_score=f"{link.score:.2f}", title=tip)}>'
                    f'{_e(text)}</a> <span class="method method-{_e(link.method)}">{_e(link.method)}</span>'
                    f' <span class="score">{link.score:.2f}</span></li>'
                )
            else:
                links.append(
                    f'<li><a class="paragraph-link"{_attrs(href="#" + pid, data_target=pid, data_paragraph=pid)}>'
                    f"{_e(text)}</a></li>"
                )
        linked = (
            f'<ul class="linked-paragraphs">{"".join(links)}</ul>'
            if links
            else '<p class="muted small">No paragraph answers it.</p>'
        )
        source = f' <span class="muted small">({_e(r.source)})</span>' if r.source != "letter" else ""
        where = (
            f' <a class="small" href="#{_e(r.paragraph)}" data-target="{_e(r.paragraph)}">restated in ¶{self.number.get(r.paragraph, r.paragraph)}</a>'
            if r.paragraph
            else ""
        )
        return (
            f'<section class="recommendation stance-{_e(stance)}"{_attrs(id=r.id, data_recommendation=r.id, data_stance=stance, data_ordinal=r.ordinal)}>'
            f'<div class="rec-head"><a class="rec-title" href="#{_e(r.id)}" data-highlight="{_e(r.id)}">{_e(heading)}</a>'
            f'<span class="badge stance stance-{_e(stance)}">{_e(STANCES.get(stance, stance))}</span></div>'
            f'<p class="rec-text">{_e(r.text)}</p><div class="small">{by}{source}{where}</div>{to}{evidence}'
            f'<div class="linked-head">Answered in</div>{linked}</section>'
        )

    def commitments_panel(self) -> str:
        items = []
        for c in self.letter.commitments:
            deadline = (
                f'<span class="badge deadline-badge">{_e(deadline_label(c.deadline))}</span>'
                if c.deadline
                else ""
            )
            where = f'<a href="#{_e(c.id)}" data-target="{_e(c.id)}">{_e(c.id)}</a>'
            short = c.text if len(c.text) <= 140 else c.text[:137].rstrip() + "…"
            items.append(
                f'<li class="commitment-item"{_attrs(data_commitment=c.id, data_firmness=c.firmness)}>{where} '
                f'<span class="badge firmness firmness-{_e(c.firmness)}">{_e(c.firmness)}</span>'
                f'<span class="badge kind">{_e(c.kind)}</span>{deadline}<div class="small">{_e(short)}</div></li>'
            )
        if not items:
            return ""
        return f'<section class="panel commitments"><h2>Commitments</h2><ul class="commitment-list">{"".join(items)}</ul></section>'

    def side(self) -> str:
        recs = "".join(self.recommendation(r) for r in self.letter.recommendations)
        if not recs:
            recs = '<p class="muted">No recommendations found.</p>'
        return (
            f'<aside class="side"><section class="panel recommendations"><h2>Recommendations</h2>{recs}</section>'
            f"{self.commitments_panel()}</aside>"
        )

    # -- end matter --------------------------------------------------------------------

    def footnotes(self) -> str:
        if not self.letter.footnotes:
            return ""
        items = []
        for n in self.letter.footnotes:
            anchored = n.paragraph is not None
            ident = f"fnlist-{n.number}" if anchored else f"fn-{n.number}"
            where = (
                f' <a class="back" href="#{_e(n.paragraph)}" data-target="{_e(n.paragraph)}">in ¶{self.number.get(n.paragraph, n.paragraph)}</a>'
                if n.paragraph
                else ' <span class="muted small">(no marker found)</span>'
            )
            items.append(f'<li id="{ident}" value="{n.number}">{self.footnote_body(n)}{where}</li>')
        return f'<section class="footnotes"><h2>Footnotes</h2><ol>{"".join(items)}</ol></section>'

    def diagnostics(self) -> str:
        diags = self.letter.diagnostics
        if not diags:
            return '<section class="diagnostics"><h2>Diagnostics</h2><p class="muted">None.</p></section>'
        items = "".join(
            f'<li class="diagnostic severity-{_e(d.severity)}"{_attrs(data_stage=d.stage, data_severity=d.severity)}>'
            f'<span class="badge">{_e(d.severity)}</span> <code>{_e(d.stage)}</code> {_e(d.message)}'
            + (f' <span class="muted">({_e(d.location)})</span>' if d.location else "")
            + "</li>"
            for d in diags
        )
        return f'<section class="diagnostics"><h2>Diagnostics</h2><ul>{items}</ul></section>'


CSS = """
:root{--ink:#1f2328;--muted:#6b7280;--line:#e5e7eb;--bg:#f6f7f9;--card:#fff;--accent:#1d4ed8;
--context:#94a3b8;--context-bg:#f8fafc;--recommendation:#7c3aed;--recommendation-bg:#f5f3ff;
--response:#059669;--response-bg:#ecfdf5;--closing:#d97706;--closing-bg:#fffbeb;--other:#64748b;--other-bg:#f1f5f9;
--none:#cbd5e1;--none-bg:#fff;--hl:#fde047}
*{box-sizing:border-box}
html{scroll-behavior:smooth}
body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.6 Georgia,"Iowan Old Style","Times New Roman",serif}
.ui,.p-meta,.side,.doc-header dl,.legend,.badge,.kicker,.counts,h1,h2,h3,h4,h5,.footnotes,.diagnostics,.paragraph-notes{
font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
a{color:var(--accent)}
.layout{display:grid;grid-template-columns:minmax(0,46rem) minmax(18rem,24rem);gap:2rem;max-width:76rem;margin:0 auto;padding:1.5rem}
.doc-header{grid-column:1/-1;background:var(--card);border:1px solid var(--line);border-radius:10px;padding:1.25rem 1.5rem}
.kicker{text-transform:uppercase;letter-spacing:.08em;font-size:.72rem;color:var(--muted)}
h1{font-size:1.55rem;line-height:1.25;margin:.2rem 0 .3rem}
.counts{color:var(--muted);font-size:.85rem;margin:0 0 .8rem}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0 0 1rem;font-size:.88rem}
dl.meta dt{color:var(--muted);font-weight:600}
dl.meta dd{margin:0}
.muted{color:var(--muted)}.small{font-size:.8rem}
.legend{list-style:none;display:flex;flex-wrap:wrap;gap:.4rem .9rem;padding:.6rem 0 0;margin:0;border-top:1px solid var(--line);font-size:.8rem}
.legend-item{display:flex;align-items:center;gap:.35rem}
.swatch{display:inline-block;width:1.1rem;height:.85rem;border-radius:3px;border:1px solid var(--c);border-left-width:5px;background:var(--b)}
.label-context{--c:var(--context);--b:var(--context-bg)}.label-recommendation{--c:var(--recommendation);--b:var(--recommendation-bg)}
.label-response{--c:var(--response);--b:var(--response-bg)}.label-closing{--c:var(--closing);--b:var(--closing-bg)}
.label-other{--c:var(--other);--b:var(--other-bg)}.label-none{--c:var(--none);--b:var(--none-bg)}
main.body{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:1rem 1.75rem 1.5rem;min-width:0}
.section-title{margin:1.4rem 0 .5rem;font-size:1.15rem}.section.level-2 .section-title{font-size:1rem;font-style:italic}
.section.level-3 .section-title,.section.level-4 .section-title{font-size:.95rem}
.section-title a{color:inherit;text-decoration:none}
.p-wrap{margin:0 0 .9rem;border-left:4px solid var(--c);background:var(--b);border-radius:0 6px 6px 0;padding:.35rem .8rem .45rem;transition:box-shadow .3s,background .3s}
.p-meta{display:flex;flex-wrap:wrap;align-items:center;gap:.4rem;font-size:.72rem;color:var(--muted)}
.p-anchor{color:var(--muted);text-decoration:none;font-weight:600}
.label-tag{color:var(--c);font-weight:600;text-transform:uppercase;letter-spacing:.04em}
.label-none .label-tag{color:var(--muted)}
.chip{display:inline-block;padding:0 .45rem;border-radius:999px;background:#ede9fe;color:#5b21b6;text-decoration:none;font-weight:600}
.page{margin-left:auto}
p.paragraph{margin:.15rem 0 0;hyphens:auto}
.p-wrap.highlight,.recommendation.highlight{box-shadow:0 0 0 3px var(--hl);background:#fefce8}
mark.commitment{background:#fef3c7;color:inherit;border-bottom:2px solid #f59e0b;padding:0 .1rem;border-radius:2px}
mark.commitment.firmness-conditional{border-bottom-style:dashed}mark.commitment.firmness-tentative{border-bottom-style:dotted;background:#fef9e7}
mark.commitment.firmness-negated{background:#fee2e2;border-bottom-color:#dc2626}
mark.commitment.highlight{outline:3px solid var(--hl)}
.deadline{font-weight:600;text-decoration:underline dotted}
.badge{display:inline-block;font-size:.7rem;line-height:1.5;padding:0 .45rem;border-radius:999px;background:#e5e7eb;color:#374151;
font-weight:600;white-space:nowrap;vertical-align:.08em}
.commitment-badge{background:#f59e0b;color:#fff;margin-left:.25rem}
.commitment-badge.firmness-conditional,.firmness.firmness-conditional{background:#fb923c;color:#fff}
.commitment-badge.firmness-tentative,.firmness.firmness-tentative{background:#fcd34d;color:#713f12}
.commitment-badge.firmness-negated,.firmness.firmness-negated{background:#dc2626;color:#fff}
.firmness.firmness-firm{background:#f59e0b;color:#fff}
.deadline-badge{background:#1e3a8a;color:#fff}
a.citation{text-decoration:underline;text-decoration-color:#93c5fd;text-underline-offset:2px}
span.citation.sample{color:var(--accent);text-decoration:underline}
.restated{background:linear-gradient(transparent 60%,#ddd6fe 60%)}
sup.footnote-ref{font-size:.7em;line-height:0}sup.footnote-ref a{text-decoration:none;padding:0 .1em}
ol.paragraph-notes{margin:.4rem 0 0;padding:.35rem 0 0 1.6rem;border-top:1px dashed #d1d5db;font-size:.78rem;color:#4b5563}
ol.paragraph-notes li{margin:.1rem 0}
.back{text-decoration:none;font-size:.8em}
.side{min-width:0}
.side .panel{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:1rem 1.1rem;margin-bottom:1rem}
.side h2{font-size:.8rem;text-transform:uppercase;letter-spacing:.08em;color:var(--muted);margin:0 0 .6rem}
.recommendation{border:1px solid var(--line);border-left:4px solid var(--recommendation);border-radius:8px;padding:.6rem .75rem;margin:0 0 .75rem;font-size:.86rem;line-height:1.45;transition:box-shadow .3s}
.rec-head{display:flex;justify-content:space-between;align-items:center;gap:.5rem}
.rec-title{font-weight:700;color:var(--ink);text-decoration:none}
.rec-text{margin:.35rem 0;font-family:Georgia,serif}
.stance-adopted{--s:#059669}.stance-partly_adopted{--s:#0d9488}.stance-rejected{--s:#dc2626}
.stance-already_in_place{--s:#2563eb}.stance-noted{--s:#6b7280}.stance-unknown{--s:#9ca3af}
.badge.stance{background:var(--s);color:#fff}
blockquote.stance-evidence{margin:.45rem 0;padding:.3rem .6rem;border-left:3px solid var(--s);background:#f9fafb;font-style:italic;font-family:Georgia,serif}
.linked-head{font-size:.7rem;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin-top:.4rem}
ul.linked-paragraphs{list-style:none;padding:0;margin:.25rem 0 0;display:flex;flex-wrap:wrap;gap:.3rem}
ul.linked-paragraphs li{display:flex;align-items:center;gap:.2rem;border:1px solid var(--line);border-radius:6px;padding:.05rem .35rem;font-size:.78rem}
a.paragraph-link{font-weight:700;text-decoration:none}
.method{color:var(--muted)}.method-explicit,.method-restates{color:#5b21b6}.score{color:var(--muted);font-variant-numeric:tabular-nums}
ul.commitment-list{list-style:none;padding:0;margin:0}
.commitment-item{border-top:1px solid var(--line);padding:.45rem 0;font-size:.85rem}
.commitment-item:first-child{border-top:0}
.commitment-item .badge{margin-left:.25rem}
.footnotes,.diagnostics{grid-column:1/-1;background:var(--card);border:1px solid var(--line);border-radius:10px;padding:1rem 1.5rem;font-size:.85rem}
.footnotes h2,.diagnostics h2{font-size:.8rem;text-transform:uppercase;letter-spacing:.08em;color:var(--muted);margin:0 0 .5rem}
.diagnostic.severity-warning .badge{background:#fde68a}
@media (min-width:900px){dl.meta{grid-template-columns:max-content minmax(0,1fr) max-content minmax(0,1fr)}.side{position:sticky;top:1rem;align-self:start;max-height:calc(100vh - 2rem);overflow:auto}}
@media (max-width:899px){.layout{grid-template-columns:minmax(0,1fr)}}
@media print{body{background:#fff;font-size:11pt}.layout{display:block;max-width:none;padding:0}
.doc-header,main.body,.side .panel,.footnotes,.diagnostics{border:0;padding:0;margin:0 0 1rem}
.side{position:static;max-height:none}.p-wrap{break-inside:avoid;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.recommendation{break-inside:avoid}a{color:inherit}a.citation::after{content:" <" attr(href) ">";font-size:.75em;color:#555}}
"""

JS = """
(function(){
  function clear(){document.querySelectorAll('.highlight').forEach(function(el){el.classList.remove('highlight');});}
  function show(id, scroll){
    var el=document.getElementById(id); if(!el){return false;}
    clear();
    var box=el.classList.contains('paragraph')?el.parentElement:el;
    box.classList.add('highlight');
    if(el.classList.contains('recommendation')){
      (el.getAttribute('data-recommendation')||'').split(' ').forEach(function(r){
        document.querySelectorAll('p.paragraph').forEach(function(p){
          if((' '+(p.getAttribute('data-recommendations')||'')+' ').indexOf(' '+r+' ')>=0){p.parentElement.classList.add('highlight');}
        });
      });
    }
    if(scroll){box.scrollIntoView({behavior:'smooth',block:'center'});}
    return true;
  }
  document.addEventListener('click',function(ev){
    var a=ev.target&&ev.target.closest?ev.target.closest('a[href^="#"]'):null; if(!a){return;}
    var id=a.getAttribute('data-target')||a.getAttribute('data-highlight')||a.getAttribute('href').slice(1);
    if(show(id,true)){ev.preventDefault(); if(history.replaceState){history.replaceState(null,'','#'+id);}}
  });
  function ready(){
    if(location.hash.length>1){show(decodeURIComponent(location.hash.slice(1)),true);}
    document.body.setAttribute('data-ready','1');
  }
  if(document.readyState==='loading'){document.addEventListener('DOMContentLoaded',ready);}else{ready();}
})();
"""


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
    page = _Page(letter)
    heading = _title(letter, title)
    body = page.body()  # first, so footnote markers are numbered before the lists
    return (
        "<!DOCTYPE html>\n"
        '<html lang="nl"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="generator" content="kamerstuk">'
        f"<title>{_e(heading)}</title><style>{CSS}</style></head>"
        f'<body class="kamerstuk-review"{_attrs(data_identifier=letter.metadata.identifier, data_kind=letter.metadata.kind)}>'
        f'<div class="layout">{page.header(heading)}'
        f'<main class="body" lang="nl">{body}</main>{page.side()}'
        f"{page.footnotes()}{page.diagnostics()}</div>"
        f"<script>{JS}</script></body></html>\n"
    )


def render_notebook(letter: Letter, *, title: str | None = None, height: int = 720) -> str:
    """The review page wrapped in an ``<iframe srcdoc>``, for notebooks (`Letter._repr_html_`).

    The iframe keeps the page's styles and script apart from the notebook's own.
    """
    page = render_html(letter, title=title)
    return (
        f'<iframe class="kamerstuk-review" srcdoc="{_e(page)}" '
        f'style="width:100%;height:{int(height)}px;border:1px solid #e5e7eb;border-radius:8px"></iframe>'
    )
