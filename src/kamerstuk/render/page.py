"""The body of the page: sections and paragraphs, with their marks and footnotes."""

from __future__ import annotations

from kamerstuk.models import Footnote, Letter, Link, Paragraph
from kamerstuk.render.markup import attrs, citation_span, commitment_spans, e, footnote_ref, score
from kamerstuk.render.spans import Span, merge_spans
from kamerstuk.render.words import LABEL_TEXT, decimal


class Page:
    """What one render needs to know about a letter; builds the body."""

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

    def rec_name(self, rec_id: str) -> str:
        """ "aanbeveling 2" (by ordinal), or the id."""
        r = self.recs.get(rec_id)
        return f"aanbeveling {r.ordinal}" if r is not None and r.ordinal is not None else rec_id

    def paragraph_spans(self, p: Paragraph) -> list[Span]:
        letter = self.letter
        spans: list[Span] = []
        for c in letter.commitments:
            if c.start < p.end and c.end > p.start:
                spans.extend(commitment_spans(c))
        for cit in letter.citations:
            if cit.in_footnote is None and cit.start < p.end and cit.end > p.start:
                span = citation_span(cit)
                if span is not None:
                    spans.append(span)
        for r in letter.recommendations:
            if r.start is not None and r.end is not None and r.start < p.end and r.end > p.start:
                title = f"herhaalt {self.rec_name(r.id)}"
                spans.append(
                    Span(
                        r.start,
                        r.end,
                        f'<span class="restated"{attrs(data_recommendation=r.id, title=title)}>',
                        "</span>",
                        rank=-2,
                    )
                )
        for note in letter.footnotes:
            if note.marker is not None and p.start <= note.marker <= p.end:
                spans.append(footnote_ref(note.number, note.marker, note.number not in self.seen_refs))
                self.seen_refs.add(note.number)
        return spans

    def footnote_body(self, note: Footnote) -> str:
        spans = [
            s
            for c in self.letter.citations
            if c.in_footnote == note.number and (s := citation_span(c)) is not None
        ]
        return f'<span class="note-text">{merge_spans(note.text, spans)}</span>'

    def paragraph(self, p: Paragraph) -> str:
        label = p.label or "none"
        recs = " ".join(p.recommendations)
        chips = "".join(
            f'<a class="chip rec-chip" href="#{e(r)}" data-target="{e(r)}"'
            f' title="{e(self._rec_title(r))}">{e(self._rec_short(r))}</a>'
            for r in p.recommendations
        )
        label_text = LABEL_TEXT.get(label, label)
        if p.label_score is not None:
            label_text += f" {decimal(p.label_score)}"
        meta = (
            f'<div class="p-meta"><a class="p-anchor" href="#{e(p.id)}" title="link naar deze alinea">'
            f"¶{self.number[p.id]}</a>"
            f'<span class="label-tag label-{e(label)}">{e(label_text)}</span>{chips}'
            + (f'<span class="page">blz.&#8201;{p.page}</span>' if p.page is not None else "")
            + "</div>"
        )
        body = merge_spans(p.text, self.paragraph_spans(p), offset=p.start)
        paragraph_attrs = attrs(
            id=p.id,
            class_=f"paragraph label-{label}",
            data_label=label,
            data_score=score(p.label_score) or None,
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
                    f' <a class="back" href="#fnref-{n.number}" title="terug naar het voetnootteken">↩</a>'
                    if n.marker is not None
                    else ""
                )
                + "</li>"
                for n in notes
            )
            aside = f'<ol class="paragraph-notes">{items}</ol>'
        return f'<div class="p-wrap label-{e(label)}">{meta}<p{paragraph_attrs}>{body}</p>{aside}</div>'

    def _rec_short(self, rec_id: str) -> str:
        """The chip of a recommendation: "A2" (aanbeveling 2), or the id."""
        r = self.recs.get(rec_id)
        return f"A{r.ordinal}" if r is not None and r.ordinal is not None else rec_id

    def _rec_title(self, rec_id: str) -> str:
        r = self.recs.get(rec_id)
        return f"{self.rec_name(rec_id)}: {r.text}" if r is not None else rec_id

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
            heading = f'<h{level} class="section-title"><a href="#{e(s.id)}">{e(s.title)}</a></h{level}>'
            items.append(
                (
                    s.start,
                    f'<section class="section level-{s.level}"{attrs(id=s.id, data_section=s.id)}>'
                    f"{heading}{inner}</section>",
                )
            )
        out.extend(html_ for _, html_ in sorted(items, key=lambda item: item[0]))
        if not letter.paragraphs:
            out.append('<p class="empty">Dit document heeft geen alinea\'s.</p>')
        return "".join(out)
