"""Everything around the body: the header with its legend, the side panels, the end matter."""

from __future__ import annotations

from kamerstuk.models import Letter, Link, Recommendation
from kamerstuk.render.markup import attrs, e
from kamerstuk.render.page import Page
from kamerstuk.render.words import (
    COMMITMENT_KINDS,
    FIRMNESS,
    LABELS,
    LINK_METHODS,
    RECOMMENDATION_SOURCES,
    SEVERITIES,
    SOURCE_FORMATS,
    STANCES,
    count,
    deadline_label,
    decimal,
    document_kind,
)

# -- header ------------------------------------------------------------------------------


def counts(letter: Letter) -> str:
    """ "9 alinea's · 3 aanbevelingen · …", with questions and answers, or a motion's requests."""
    parts = [
        count(len(letter.paragraphs), "alinea", "alinea's"),
        count(len(letter.recommendations), "aanbeveling", "aanbevelingen"),
        count(len(letter.commitments), "toezegging", "toezeggingen"),
        count(len(letter.citations), "verwijzing", "verwijzingen"),
        count(len(letter.footnotes), "voetnoot", "voetnoten"),
    ]
    if letter.questions:
        parts.append(count(sum(1 for q in letter.questions if q.question), "vraag", "vragen"))
        parts.append(count(sum(1 for q in letter.questions if q.answer), "antwoord", "antwoorden"))
    requests = [m for m in letter.motion if m.kind == "request"]
    if requests:
        parts.append(count(len(requests), "verzoek", "verzoeken"))
    return " · ".join(parts)


def header(page: Page, title: str) -> str:
    letter = page.letter
    m = letter.metadata
    rows: list[tuple[str, str]] = []

    def row(name: str, value: str | None, raw: bool = False) -> None:
        if value:
            rows.append((name, value if raw else e(value)))

    row("Identificatie", m.identifier)
    row("Soort", document_kind(m.kind))
    row("Datum", m.date.isoformat() if m.date else None)
    row("Vergaderjaar", m.vergaderjaar)
    row("Afzender", m.sender)
    row("Geadresseerde", m.addressee)
    signatories = (
        e(s.name) + (f' <span class="muted">({e(s.role)})</span>' if s.role else "") for s in m.signatories
    )
    row("Ondertekenaars", "<br>".join(signatories), raw=True)
    dossiers = (
        e(d.number) + (f' <span class="muted">{e(d.title)}</span>' if d.title else "") for d in m.dossiers
    )
    row("Dossiers", "<br>".join(dossiers), raw=True)
    row("Indieners", ", ".join(m.movers))
    row("Vragenstellers", ", ".join(m.questioners))
    row("Ingezonden", m.submitted.isoformat() if m.submitted else None)
    row("Ontvangen", m.received.isoformat() if m.received else None)
    row("Betreft", m.subject)
    row("Kenmerk", m.reference)
    row("Bijlagen", m.attachments)
    row("Ministerie", m.ministry)
    report = letter.report
    if report is not None and (report.title or report.organisations):
        text = "«" + report.title + "»" if report.title else ""
        if report.organisations:
            text += (" van " if text else "") + ", ".join(report.organisations)
        if report.date:
            text += f" ({report.date.isoformat()})"
        row("Rapport", text)
    src = letter.source
    pages = " · " + count(src.pages, "pagina", "pagina's") if src.pages else ""
    row("Bron", f"{src.name} · {SOURCE_FORMATS.get(src.format, src.format)}{pages}")
    dl = "".join(f"<dt>{name}</dt><dd>{value}</dd>" for name, value in rows)
    return (
        f'<header class="doc-header"><div class="kicker">kamerstuk · controlepagina</div>'
        f'<h1>{e(title)}</h1><p class="counts">{counts(letter)}</p>'
        f'<dl class="meta">{dl}</dl>{legend()}</header>'
    )


def legend() -> str:
    items = "".join(
        f'<li class="legend-item label-{value}" data-label="{value}" title="{e(desc)}">'
        f'<span class="swatch"></span>{e(text)}</li>'
        for value, text, desc in LABELS
    )
    extra = (
        '<li class="legend-item"><mark class="commitment sample">toezegging</mark></li>'
        '<li class="legend-item"><span class="citation sample">verwijzing</span></li>'
        '<li class="legend-item"><span class="restated sample">herhaalde aanbeveling</span></li>'
    )
    return f'<ul class="legend" aria-label="legenda">{items}{extra}</ul>'


# -- side panel --------------------------------------------------------------------------


def linked(page: Page, r: Recommendation) -> list[tuple[str, Link | None]]:
    """Paragraphs that address `r`, in reading order, with the link evidence if any."""
    found: dict[str, Link | None] = {}
    for link in page.links_by_rec.get(r.id, []):
        if link.paragraph not in found or (found[link.paragraph] is None):
            found[link.paragraph] = link
    for p in page.letter.paragraphs:
        if r.id in p.recommendations and p.id not in found:
            found[p.id] = None
    return sorted(found.items(), key=lambda item: page.order.get(item[0], len(page.order)))


def _paragraph_link(page: Page, pid: str, link: Link | None) -> str:
    number = page.number.get(pid)
    text = f"¶{number}" if number is not None else pid
    if link is None:
        return (
            f'<li><a class="paragraph-link"{attrs(href="#" + pid, data_target=pid, data_paragraph=pid)}>'
            f"{e(text)}</a></li>"
        )
    method = LINK_METHODS.get(link.method, link.method)
    tip = f"{method} · {decimal(link.score)} — {link.evidence}"
    a = attrs(
        href="#" + pid,
        data_target=pid,
        data_paragraph=pid,
        data_method=link.method,
        data_score=f"{link.score:.2f}",
        title=tip,
    )
    return (
        f'<li><a class="paragraph-link"{a}>{e(text)}</a> <span class="method method-{e(link.method)}">'
        f'{e(method)}</span> <span class="score">{decimal(link.score)}</span></li>'
    )


def recommendation(page: Page, r: Recommendation) -> str:
    stance = r.stance or "unknown"
    heading = f"Aanbeveling {r.ordinal}" if r.ordinal is not None else f"Aanbeveling {r.id}"
    by = f'<span class="muted"> van {e(", ".join(r.by))}</span>' if r.by else ""
    # With two reports answered together, say which one this recommendation came from.
    several = len({x.report for x in page.letter.recommendations if x.report}) > 1
    from_report = (
        f'<div class="muted small rec-report">uit {e(r.report)}</div>' if r.report and several else ""
    )
    explanation = f'<p class="small muted rec-explanation">{e(r.explanation)}</p>' if r.explanation else ""
    to = f'<div class="muted small">aan {e(r.to)}</div>' if r.to else ""
    evidence = (
        f'<blockquote class="stance-evidence" title="de zin die het standpunt laat zien">{e(r.stance_evidence)}</blockquote>'
        if r.stance_evidence
        else ""
    )
    if r.stance_basis == "model" and r.stance_score is not None:
        # no sentence states this stance: say that the trained model read it, and how sure it is
        evidence += (
            f'<div class="muted small stance-basis">geschat door het model uit de antwoordalinea\'s '
            f"(kans {decimal(r.stance_score)})</div>"
        )
    links = [_paragraph_link(page, pid, link) for pid, link in linked(page, r)]
    answered = (
        f'<ul class="linked-paragraphs">{"".join(links)}</ul>'
        if links
        else '<p class="muted small">Geen alinea gaat op deze aanbeveling in.</p>'
    )
    source = (
        f' <span class="muted small">({e(RECOMMENDATION_SOURCES.get(r.source, r.source))})</span>'
        if r.source != "letter"
        else ""
    )
    where = (
        f' <a class="small" href="#{e(r.paragraph)}" data-target="{e(r.paragraph)}">herhaald in ¶{page.number.get(r.paragraph, r.paragraph)}</a>'
        if r.paragraph
        else ""
    )
    section = attrs(id=r.id, data_recommendation=r.id, data_stance=stance, data_ordinal=r.ordinal)
    return (
        f'<section class="recommendation stance-{e(stance)}"{section}>'
        f'<div class="rec-head"><a class="rec-title" href="#{e(r.id)}" data-highlight="{e(r.id)}">{e(heading)}</a>'
        f'<span class="badge stance stance-{e(stance)}">{e(STANCES.get(stance, stance))}</span></div>'
        f'<p class="rec-text">{e(r.text)}</p>{explanation}<div class="small">{by}{source}{where}</div>{from_report}{to}'
        f"{evidence}"
        f'<div class="linked-head">Beantwoord in</div>{answered}</section>'
    )


def commitments_panel(letter: Letter) -> str:
    """Every commitment in full, with its firmness, kind and deadline."""
    items = []
    for c in letter.commitments:
        deadline = (
            f'<span class="badge deadline-badge">{e(deadline_label(c.deadline))}</span>' if c.deadline else ""
        )
        where = f'<a href="#{e(c.id)}" data-target="{e(c.id)}">{e(c.id)}</a>'
        items.append(
            f'<li class="commitment-item"{attrs(data_commitment=c.id, data_firmness=c.firmness, data_kind=c.kind)}>{where} '
            f'<span class="badge firmness firmness-{e(c.firmness)}">{e(FIRMNESS.get(c.firmness, c.firmness))}</span>'
            f'<span class="badge kind">{e(COMMITMENT_KINDS.get(c.kind, c.kind))}</span>{deadline}'
            f'<div class="small commitment-text">{e(c.text)}</div></li>'
        )
    if not items:
        return ""
    return f'<section class="panel commitments"><h2>Toezeggingen</h2><ul class="commitment-list">{"".join(items)}</ul></section>'


def side(page: Page) -> str:
    recs = "".join(recommendation(page, r) for r in page.letter.recommendations)
    if not recs:
        recs = '<p class="muted">Geen aanbevelingen gevonden.</p>'
    return (
        f'<aside class="side"><section class="panel recommendations"><h2>Aanbevelingen</h2>{recs}</section>'
        f"{commitments_panel(page.letter)}</aside>"
    )


# -- end matter --------------------------------------------------------------------------


def footnotes(page: Page) -> str:
    if not page.letter.footnotes:
        return ""
    items = []
    for n in page.letter.footnotes:
        ident = f"fnlist-{n.number}" if n.paragraph is not None else f"fn-{n.number}"
        where = (
            f' <a class="back" href="#{e(n.paragraph)}" data-target="{e(n.paragraph)}">in ¶{page.number.get(n.paragraph, n.paragraph)}</a>'
            if n.paragraph
            else ' <span class="muted small">(geen voetnootteken gevonden)</span>'
        )
        items.append(f'<li id="{ident}" value="{n.number}">{page.footnote_body(n)}{where}</li>')
    return f'<section class="footnotes"><h2>Voetnoten</h2><ol>{"".join(items)}</ol></section>'


def diagnostics(letter: Letter) -> str:
    """The parser's diagnostics: stage, message and location as the JSON has them (English,
    marked ``lang="en"``), under a Dutch severity badge."""
    diags = letter.diagnostics
    if not diags:
        return '<section class="diagnostics"><h2>Diagnostiek</h2><p class="muted">Geen.</p></section>'
    items = "".join(
        f'<li class="diagnostic severity-{e(d.severity)}"{attrs(data_stage=d.stage, data_severity=d.severity)}>'
        f'<span class="badge">{e(SEVERITIES.get(d.severity, d.severity))}</span> '
        f'<span class="message" lang="en"><code>{e(d.stage)}</code> {e(d.message)}'
        + (f' <span class="muted">({e(d.location)})</span>' if d.location else "")
        + "</span></li>"
        for d in diags
    )
    return f'<section class="diagnostics"><h2>Diagnostiek</h2><ul>{items}</ul></section>'
