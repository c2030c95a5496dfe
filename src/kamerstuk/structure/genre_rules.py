"""The rules that tell a document's genre by its fixed parts: e-mail, BNC-fiche, memo, research
report, publication.

Each rule reads the line view (`genre_lines`) and gives the `Genre` it finds, with the parts that
tell as evidence and the block where they begin, or None; `genre.detect_genre` tries them, most
specific first. The parts themselves are patterns in `patterns.genres`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from kamerstuk.blocks import Block
from kamerstuk.models import Kind
from kamerstuk.patterns import structure as P
from kamerstuk.structure.genre_lines import Line, has_title_page, heading_like, quote

_REDACTION_LINE = 16  # OCR'd redaction codes stand on a line of their own ("M 51.2e")


@dataclass(frozen=True)
class Genre:
    """What a document that is not a letter is, and the parts that tell."""

    kind: Kind
    name: str  # "a research report (rapport)"
    evidence: tuple[str, ...]
    start: int = 0  # the block where the evidence begins (0 for a title page)

    @property
    def message(self) -> str:
        """The reason a strict parse refuses the document."""
        return f"this is {self.name}, not a letter: {', '.join(self.evidence)}"


def detect_email(lines: Sequence[Line]) -> Genre | None:
    """An e-mail: "Van:" and "Verzonden:" with "Aan:" or "Onderwerp:" (or "From:", "Sent:", …)."""
    labels: dict[str, str] = {}
    start = None
    for line in lines:
        if m := P.EMAIL_LABEL.match(line.text):
            labels.setdefault(P.EMAIL_LABEL_IN_DUTCH.get(m.group(1).lower(), m.group(1).lower()), m.group(1))
            start = line.block if start is None else start
    if (
        start is not None
        and "verzonden" in labels
        and "van" in labels
        and {"aan", "onderwerp"} & labels.keys()
    ):
        shown = ", ".join(f"'{labels[k]}:'" for k in ("van", "verzonden", "aan", "onderwerp") if k in labels)
        return Genre("other", "an e-mail", (f"mail header {shown}",), start)
    return None


def detect_bnc_fiche(lines: Sequence[Line]) -> Genre | None:
    """A BNC-fiche: three labels of its template, with or without its title "Fiche 3: …"."""
    title: str | None = None
    labels: dict[str, str] = {}
    start = None
    for line in lines:
        if title is None and P.FICHE_TITLE.match(line.text):
            title = line.text
            start = line.block if start is None else start
        if m := P.FICHE_LABEL.match(line.text):
            labels.setdefault(" ".join(m.group(1).lower().split()), m.group(1))
            start = line.block if start is None else start
    if start is None or len(labels) < 3:
        return None
    evidence = [f"title {quote(title)}"] if title else []
    shown = sorted(labels, key=lambda k: k in P.GENERIC_FICHE_LABELS)[:4]  # the telling ones first
    evidence.append("template parts " + ", ".join(quote(labels[k]) for k in shown))
    return Genre(
        "bnc_fiche", "a BNC-fiche (the cabinet's assessment of an EU proposal)", tuple(evidence), start
    )


def detect_memo(lines: Sequence[Line]) -> Genre | None:
    """An internal memo: its title ("Nota", "Beslisnota", …) on page 1 and a memo part, or three memo parts."""
    title: str | None = None
    cues: dict[str, str] = {}
    start = None
    everything = "\n".join(line.text for line in lines)
    woo = any(code in everything for code in P.WOO_REDACTION_SCREENS)  # any code in the document?
    for line in lines:
        text = line.text
        found = len(cues)
        if title is None and line.page <= 1 and P.MEMO_TITLE.match(text):
            title = text
            found = -1
        if m := P.MEMO_LABEL.match(text):
            cues.setdefault(m.group(1).lower(), f"'{m.group(1)}:'")
        low = text.lower()  # the searches below run only where their literal screen is found
        if P.MEMO_PURPOSE_SCREEN in low and (m := P.MEMO_PURPOSE.search(text)):
            cues.setdefault("purpose", quote(m.group(0)))
        if m := P.MEMO_PART.match(text):
            cues.setdefault(m.group(1).lower(), quote(m.group(1)))
        if P.MEMO_DEADLINE_SCREEN in low and P.MEMO_DEADLINE.search(text):
            cues.setdefault("deadline", "'Deadline:'")
        if P.MEMO_SELF_SCREEN in low and (m := P.MEMO_SELF.search(text)):
            cues.setdefault("self", quote(m.group(0)))
        if (woo and (m := P.WOO_REDACTION.search(text))) or (
            len(text) <= _REDACTION_LINE and (m := P.WOO_REDACTION_OCR.match(text))
        ):
            cues.setdefault("woo", f"Woo redaction marks ({quote(m.group(0).strip())})")
        if start is None and found != len(cues):
            start = line.block
    if start is None or (not (title and cues) and len(cues) < 3):
        return None
    evidence = [f"title {quote(' '.join(title.split()))}"] if title else []
    evidence.append("memo parts " + ", ".join(list(cues.values())[:5]))
    return Genre("nota", "an internal memo (nota)", tuple(evidence), start)


def detect_report(lines: Sequence[Line], blocks: Sequence[Block], pages: int | None) -> Genre | None:
    """A research report: a conclusions chapter, a table of contents or three numbered chapters, and a
    summary or the apparatus of research."""
    conclusions = next(
        (x.text for x in lines if heading_like(x) and P.REPORT_CONCLUSIONS.match(x.text)), None
    )
    if conclusions is None:
        return None
    toc = any(heading_like(x) and P.TOC_HEADING.match(x.text) for x in lines)
    chapters = {m.group(1) for x in lines if heading_like(x) and (m := P.REPORT_CHAPTER.match(x.text))}
    summary = next((x.text for x in lines if heading_like(x) and P.REPORT_SUMMARY.match(x.text)), None)
    apparatus: dict[str, str] = {}
    for x in lines:
        if heading_like(x) and (m := P.REPORT_APPARATUS.match(x.text)):
            apparatus.setdefault(m.group(1).lower().removesuffix("(s)").removesuffix("s"), m.group(1))
    if not (toc or len(chapters) >= 3) or not (summary or apparatus):
        return None
    title_page = has_title_page(blocks, pages)
    evidence = ["title page"] if title_page else []
    if toc:
        evidence.append("table of contents")
    if len(chapters) >= 3:
        evidence.append(f"{len(chapters)} numbered chapters")
    if summary:
        evidence.append(f"summary {quote(summary)}")
    evidence.append(f"chapter {quote(conclusions)}")
    if apparatus:
        evidence.append("research apparatus " + ", ".join(quote(v) for v in list(apparatus.values())[:3]))
    start = (
        0
        if title_page
        else _first_heading_block(
            lines, P.TOC_HEADING, P.REPORT_SUMMARY, P.REPORT_CHAPTER, P.REPORT_CONCLUSIONS
        )
    )
    return Genre("rapport", "a research report (rapport)", tuple(evidence), start)


def detect_publication(lines: Sequence[Line], blocks: Sequence[Block], pages: int | None) -> Genre | None:
    """A brochure or policy publication: two of a title page, a table of contents, a colophon and a
    running title."""
    evidence = []
    if has_title_page(blocks, pages):
        evidence.append("title page")
    if any(heading_like(x) and P.TOC_HEADING.match(x.text) for x in lines):
        evidence.append("table of contents")
    if colophon := next((x.text for x in lines if P.COLOPHON.match(x.text)), None):
        evidence.append(f"colophon {quote(colophon)}")
    running = _running_title(lines)
    if running:
        evidence.append(f"running title {quote(running)}")
    if len(evidence) < 2:
        return None
    start = (
        0
        if evidence[0] == "title page"
        else _first_heading_block(lines, P.TOC_HEADING, P.COLOPHON, P.RUNNING_TITLE)
    )
    title = running or " ".join(b.text for b in blocks[:3] if b.page <= 1)
    if P.POLICY_TITLE.search(title):
        return Genre("other", "a policy publication (strategy, vision or agenda)", tuple(evidence), start)
    return Genre("other", "a brochure or similar publication", tuple(evidence), start)


def _first_heading_block(lines: Sequence[Line], *patterns: re.Pattern[str]) -> int:
    """The block of the first heading-like line that one of `patterns` matches."""
    for line in lines:
        if heading_like(line) and any(p.match(line.text) for p in patterns):
            return line.block
    return 0


def _running_title(lines: Sequence[Line]) -> str | None:
    """The title a layout program prints beside every page number, when it recurs on three pages."""
    seen: dict[str, set[int]] = {}
    for line in lines:
        if line.alone and (m := P.RUNNING_TITLE.match(line.text)):
            title = (m.group(1) or m.group(2)).strip()
            seen.setdefault(title, set()).add(line.page)
    recurring = [t for t, on in seen.items() if len(on) >= 3]
    return recurring[0] if recurring else None
