"""A short, readable text summary of a parsed letter (for the CLI and notebooks)."""

from __future__ import annotations

import textwrap

from kamerstuk.models import Letter


def summarize(letter: Letter, *, width: int = 88) -> str:
    """Summarize a letter in a few readable lines: metadata, sections, counts, diagnostics."""
    m = letter.metadata
    dossiers = ", ".join(f"{d.number}" + (f" ({d.title})" if d.title else "") for d in m.dossiers) or "-"
    signed = "; ".join(f"{s.name}" + (f", {s.role}" if s.role else "") for s in m.signatories) or "-"
    lines = [
        f"{letter.source.name}  [{letter.source.format}, {letter.source.pages or '?'} pages]",
        f"  identifier   {m.identifier or '-'}    kind {m.kind}    vergaderjaar {m.vergaderjaar or '-'}",
        f"  dossiers     {dossiers}",
        f"  date         {m.date.isoformat() if m.date else '-'}" + (f"  ({m.place})" if m.place else ""),
        f"  from         {m.sender or '-'}",
        f"  to           {m.addressee or '-'}",
        f"  signed       {signed}",
    ]
    for label, value in (("subject", m.subject), ("reference", m.reference), ("attachments", m.attachments)):
        if value:
            lines.append(f"  {label:<12} {value}")
    lines.append(
        f"  body         {len(letter.sections)} sections, {len(letter.paragraphs)} paragraphs, "
        f"{len(letter.footnotes)} footnotes, {len(letter.citations)} citations, "
        f"{len(letter.commitments)} commitments, {len(letter.recommendations)} recommendations"
    )
    for section in letter.sections:
        count = sum(1 for p in letter.paragraphs if p.section == section.id)
        indent = "  " * section.level
        lines.append(f"  {indent}- {section.title}  ({count} paragraphs)")
    for r in letter.recommendations:
        linked = sum(1 for p in letter.paragraphs if r.id in p.recommendations)
        head = f"recommendation {r.ordinal or r.id} [{r.stance or 'no stance'}, {linked} paragraphs]: "
        lines.append("  " + textwrap.shorten(head + r.text, width - 2))
    for c in letter.commitments:
        when = f" [by {c.deadline.latest}]" if c.deadline and c.deadline.latest else ""
        lines.append("  " + textwrap.shorten(f"commitment{when}: {c.text}", width - 2))
    warnings = [d for d in letter.diagnostics if d.severity == "warning"]
    for d in warnings:
        where = f" ({d.location})" if d.location else ""
        lines.append("  " + textwrap.shorten(f"! {d.stage}: {d.message}{where}", width - 2))
    if len(letter.diagnostics) > len(warnings):
        lines.append(f"  ({len(letter.diagnostics) - len(warnings)} informational diagnostics in the JSON)")
    return "\n".join(lines)
