"""A short, readable text summary of a parsed letter (for the CLI and notebooks).

The summary is in English, like the rest of the command line; the document's own words
(kinds such as ``brief`` or ``motie``, the vergaderjaar, titles, commitments) stay as they
are. Counts agree with their number ("1 paragraph", "2 paragraphs"). Commitments and
recommendations are given in full, wrapped at the terminal width.
"""

from __future__ import annotations

import os
import re
import sys
import textwrap

from kamerstuk.models import Commitment, Deadline, Letter

__all__ = ["summarize", "terminal_width"]

DEFAULT_WIDTH = 88
MIN_WIDTH = 40
#: Where the values of the metadata fields start ("  identifier   kst-…").
FIELD_INDENT = 15
#: How many words of each request of a motion the summary shows.
REQUEST_WORDS = 16

_COUNT = re.compile(r"(?<![\w.-])(\d+) (?=\w)")  # "4 commitments": keep the number with its noun

#: How the summary names the kind of a commitment (`Commitment.kind`).
COMMITMENT_KINDS = {"new": "new", "refers": "repeats an earlier one", "fulfils": "fulfilled by this letter"}


def count(n: int, noun: str) -> str:
    """``"1 paragraph"``, ``"2 paragraphs"``, ``"0 paragraphs"`` (every noun here takes an s)."""
    return f"{n} {noun if n == 1 else noun + 's'}"


def terminal_width(default: int = DEFAULT_WIDTH) -> int:
    """The width to wrap at: ``$COLUMNS``, else the terminal of stderr or stdout, else `default`."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return max(int(columns), MIN_WIDTH)
    for stream in (sys.__stderr__, sys.__stdout__):
        try:
            return max(os.get_terminal_size(stream.fileno()).columns, MIN_WIDTH)  # type: ignore[union-attr]
        except (AttributeError, OSError, ValueError):
            continue
    return default


def _wrap(head: str, text: str, width: int, indent: int = 6) -> list[str]:
    """`head` and `text` as lines of at most `width`, indented under the summary's labels.

    Lines break only between words (never inside a count such as "4 commitments"), so
    joining them with spaces gives the text back. Runs of spaces inside a line are kept.
    """
    text = _COUNT.sub("\\1\u00a0", " ".join(text.splitlines()))
    lines = textwrap.wrap(
        head + text,
        width=width,
        initial_indent="  ",
        subsequent_indent=" " * indent,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return [line.replace("\u00a0", " ") for line in lines]


def _deadline(deadline: Deadline) -> str:
    """``by 2024-07-04 ("voor de zomer")``, ``from 2025-01-01 (…)``, or the phrase itself."""
    if deadline.latest is not None:
        return f'by {deadline.latest.isoformat()} ("{deadline.text}")'
    if deadline.earliest is not None:
        return f'from {deadline.earliest.isoformat()} ("{deadline.text}")'
    return f'"{deadline.text}"'


def _commitment(c: Commitment, width: int) -> list[str]:
    bits = [COMMITMENT_KINDS.get(c.kind, c.kind), c.firmness]
    if c.deadline is not None:
        bits.append(_deadline(c.deadline))
    return _wrap(f"commitment {c.id} [{', '.join(bits)}]: ", c.text, width)


def _first_words(text: str, n: int = REQUEST_WORDS) -> str:
    words = text.split()
    return " ".join(words[:n]) + (" …" if len(words) > n else "")


def summarize(letter: Letter, *, width: int | None = None) -> str:
    """Summarize a letter in a few readable lines: metadata, sections, counts, diagnostics.

    Commitments and recommendations are shown in full, wrapped at `width` (default: the
    terminal's width, see `terminal_width`). Answers to written questions add the number of
    questions and answers; a motion its considerations and the first words of each request.
    """
    width = max(width if width is not None else terminal_width(), MIN_WIDTH)
    m = letter.metadata
    src = letter.source
    dossiers = ", ".join(f"{d.number}" + (f" ({d.title})" if d.title else "") for d in m.dossiers) or "-"
    signed = "; ".join(f"{s.name}" + (f", {s.role}" if s.role else "") for s in m.signatories) or "-"
    pages = f", {count(src.pages, 'page')}" if src.pages else ""
    kind = f"{m.identifier or '-'}    kind {m.kind}    vergaderjaar {m.vergaderjaar or '-'}"
    body = ", ".join(
        (
            count(len(letter.sections), "section"),
            count(len(letter.paragraphs), "paragraph"),
            count(len(letter.footnotes), "footnote"),
            count(len(letter.citations), "citation"),
            count(len(letter.commitments), "commitment"),
            count(len(letter.recommendations), "recommendation"),
        )
    )
    fields: list[tuple[str, str | None]] = [
        ("identifier", kind),
        ("dossiers", dossiers),
        ("date", f"{m.date.isoformat() if m.date else '-'}" + (f"  ({m.place})" if m.place else "")),
        ("from", m.sender or "-"),
        ("to", m.addressee or "-"),
        ("signed", signed),
        ("subject", m.subject),
        ("reference", m.reference),
        ("attachments", m.attachments),
        ("asked by", ", ".join(m.questioners)),
        ("submitted", m.submitted.isoformat() if m.submitted else None),
        ("received", m.received.isoformat() if m.received else None),
        ("moved by", ", ".join(m.movers)),
        ("body", body),
        *_questions(letter),
        *_motion_counts(letter),
    ]
    title = f"{src.name}  [{src.format}{pages}]"
    # (a long file name puts its kind on the next line, so that no line runs past the width)
    lines = [title] if width is None or len(title) <= width else [src.name, f"  [{src.format}{pages}]"]
    for label, value in fields:
        if value:
            lines.extend(_wrap(f"{label:<12} ", value, width, indent=FIELD_INDENT))
    lines.extend(_motion_requests(letter, width))
    for section in letter.sections:
        n = sum(1 for p in letter.paragraphs if p.section == section.id)
        indent = "  " * section.level
        attachment = ", attachment" if section.attachment else ""
        head = f"{indent}- "
        lines.extend(
            _wrap(head, f"{section.title}  ({count(n, 'paragraph')}{attachment})", width, 4 + len(head))
        )
    for r in letter.recommendations:
        linked = sum(1 for p in letter.paragraphs if r.id in p.recommendations)
        stance = (r.stance or "no stance").replace("_", " ")
        lines.extend(
            _wrap(
                f"recommendation {r.ordinal or r.id} [{stance}, {count(linked, 'paragraph')}]: ",
                r.text,
                width,
            )
        )
    for c in letter.commitments:
        lines.extend(_commitment(c, width))
    warnings = [d for d in letter.diagnostics if d.severity == "warning"]
    for d in warnings:
        where = f" ({d.location})" if d.location else ""
        lines.extend(_wrap("! ", f"{d.stage}: {d.message}{where}", width))
    if len(letter.diagnostics) > len(warnings):
        infos = count(len(letter.diagnostics) - len(warnings), "informational diagnostic")
        lines.append(f"  ({infos} in the JSON)")
    return "\n".join(lines)


def _questions(letter: Letter) -> list[tuple[str, str]]:
    """Answers to written questions: how many questions, how many answers, which are missing."""
    if not letter.questions and letter.metadata.kind != "antwoord":
        return []
    asked = [q for q in letter.questions if q.question]
    answered = [q for q in letter.questions if q.answer]
    value = f"{count(len(asked), 'question')}, {count(len(answered), 'answer')}"
    unanswered = [q.number for q in asked if not q.answer]
    if unanswered:
        value += f" (no answer to {', '.join(unanswered)})"
    return [("questions", value)]


def _motion_counts(letter: Letter) -> list[tuple[str, str]]:
    """A motion: how many observations, considerations and requests."""
    if not letter.motion and letter.metadata.kind != "motie":
        return []
    kinds = [m.kind for m in letter.motion]
    parts = (
        count(kinds.count("observation"), "observation"),
        count(kinds.count("consideration"), "consideration"),
        count(kinds.count("request"), "request"),
    )
    return [("motion", ", ".join(parts))]


def _motion_requests(letter: Letter, width: int) -> list[str]:
    """The first words of each request of a motion ("verzoekt de regering …")."""
    lines: list[str] = []
    for part in letter.motion:
        if part.kind == "request":
            lines.extend(_wrap(f"request {part.id}: ", _first_words(part.text), width))
    return lines
