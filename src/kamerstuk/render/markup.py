"""Escaping helpers and the in-text markup: commitments, citations, footnote markers."""

from __future__ import annotations

import html

from kamerstuk.models import Citation, Commitment
from kamerstuk.render.spans import Span
from kamerstuk.render.words import COMMITMENT_KINDS, FIRMNESS, deadline_label


def e(value: object) -> str:
    """`value` as text, HTML-escaped for element content and attribute values."""
    return html.escape(str(value), quote=True)


def attrs(**attributes: object) -> str:
    """Attributes as HTML; `None` values are left out, `data_x` becomes ``data-x``."""
    parts = []
    for key, value in attributes.items():
        if value is None:
            continue
        name = key.rstrip("_").replace("_", "-")
        parts.append(f' {name}="{e(value)}"')
    return "".join(parts)


def score(value: float | None) -> str:
    """A score for a ``data-*`` attribute (decimal point): ``"0.85"``; empty for none."""
    return "" if value is None else f"{value:.2f}"


def commitment_title(c: Commitment) -> str:
    """The tooltip of a commitment: id, firmness, kind, deadline, actor and action."""
    bits = [f"Toezegging {c.id}", FIRMNESS.get(c.firmness, c.firmness), COMMITMENT_KINDS.get(c.kind, c.kind)]
    if c.deadline is not None:
        bits.append(f"{deadline_label(c.deadline)} ({c.deadline.text})")
    if c.actor:
        bits.append(f"wie: {c.actor}")
    if c.action:
        bits.append(f"actie: {c.action}")
    return " · ".join(bits)


def commitment_spans(c: Commitment) -> list[Span]:
    """The mark around a commitment, its badge after it, and the deadline inside it."""
    deadline = c.deadline
    firmness = FIRMNESS.get(c.firmness, c.firmness)
    mark = {
        "class_": f"commitment firmness-{c.firmness}",
        "data_commitment": c.id,
        "data_firmness": c.firmness,
        "data_kind": c.kind,
        "data_earliest": deadline.earliest.isoformat() if deadline and deadline.earliest else None,
        "data_latest": deadline.latest.isoformat() if deadline and deadline.latest else None,
        "title": commitment_title(c),
    }
    spans = [Span(c.start, c.end, f"<mark{attrs(id=c.id, **mark)}>", "</mark>", f"<mark{attrs(**mark)}>", 0)]
    badge = firmness if deadline is None else f"{deadline_label(deadline)} · {firmness}"
    spans.append(
        Span(
            c.end,
            c.end,
            f'<span class="badge commitment-badge firmness-{e(c.firmness)}"'
            f"{attrs(data_commitment=c.id)}>{e(badge)}",
            "</span>",
            rank=0,
        )
    )
    if deadline is not None and c.start <= deadline.start < deadline.end <= c.end:
        spans.append(
            Span(
                deadline.start,
                deadline.end,
                f'<span class="deadline"{attrs(title=deadline_label(deadline), data_rule=deadline.rule or None)}>',
                "</span>",
                rank=2,
            )
        )
    return spans


def citation_span(c: Citation) -> Span | None:
    """A link to officielebekendmakingen.nl around a citation that has a URL."""
    if not c.urls:
        return None
    link = attrs(
        class_="citation",
        href=c.urls[0],
        data_kind=c.kind,
        data_identifier=c.identifiers[0] if c.identifiers else None,
        title=", ".join(c.identifiers) or c.text,
        target="_blank",
        rel="noopener noreferrer",
    )
    return Span(c.start, c.end, f"<a{link}>", "</a>", rank=1)


def footnote_ref(number: int, pos: int, first: bool) -> Span:
    """The superscript marker of footnote `number`; only the first one carries the id."""
    ident = f' id="fnref-{number}"' if first else ""
    return Span(
        pos,
        pos,
        f'<sup class="footnote-ref"{ident} data-footnote="{number}"><a href="#fn-{number}">{number}</a>',
        "</sup>",
        rank=-5,
    )
