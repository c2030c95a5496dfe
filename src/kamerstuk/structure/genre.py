"""Documents that are not letters: research reports, BNC-fiches, internal memos, publications.

Ministries publish and release much more than letters, and those documents reach kamerstuk
too: a research report sent along with a letter, the BNC-fiche in which the cabinet assesses
an EU proposal, an internal memo (nota) released under the Woo, a brochure or a strategy.
None has an addressee, a salutation or a signature; read as letters they would be given
whatever looks like one (a heading as signatory, a date from a table). This room names the
genre instead, from the fixed parts each genre has:

- BNC-fiche: a standard template — "Fiche 3: …", "1. Algemene gegevens", "Datum ontvangst
  Commissiedocument", "Behandelingstraject Raad", "Eerstverantwoordelijk ministerie",
  "Essentie voorstel", "Beoordeling bevoegdheid, subsidiariteit en proportionaliteit", …;
- memo: the title "Nota" (or "Beslisnota", "Notitie", …) with memo parts — "Aan:", "Van:",
  "Kopie aan:", "(ter beslissing)", "Paraaf", "Beslispunten", "Deadline:", "Zaaknummer",
  Woo redaction codes ("5.1.2e");
- research report: a conclusions chapter ("Conclusies en aanbevelingen") in a document with
  a table of contents or numbered chapters, and a summary or the apparatus of research
  ("Rapportnummer", "Auteur(s)", "Opdrachtgever", "Onderzoeksvragen", "Referenties");
- publication (brochure, strategy): two of a title page, a table of contents, a colophon
  ("Dit is een uitgave van") and a running title beside the page numbers ("12 | Titel");
- e-mail: "Van:", "Verzonden:", "Aan:"/"Onderwerp:" (Woo releases are full of them), so that a
  mail is not taken for a memo.

It looks only at the openings of the lines of a reader's blocks, so it costs little and works
the same for PDF, plain text and Markdown input. A document with a Kamerstuk header is a
letter (or another official type) and never gets a genre here; so is one with two of
addressee, salutation and signature, unless the genre shows before the letter opens (a memo
followed by the draft letter it proposes is a memo).

For a lenient parse, `as_non_letter` keeps every block as body and only the metadata the
genre states as such: a memo's Datum, Kenmerk, Onderwerp, Bijlage(n), "Aan:" and "Van:"; the
ministry a fiche names as responsible or a publication's colophon names as publisher; a
date printed alone on a report's title page.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from kamerstuk.blocks import Block, RawDocument
from kamerstuk.models import Diagnostic, Kind
from kamerstuk.patterns import structure as P
from kamerstuk.structure.header import Header
from kamerstuk.structure.values import parse_dutch_date

#: Header cues that only an official Kamerstuk (letter, motion, Aanhangsel) has.
_KAMERSTUK_CUES = frozenset(
    {
        "vergaderjaar",
        "chamber",
        "dossier",
        "ondernummer",
        "brief van",
        "motie",
        "antwoord",
        "questions by",
        "answered by",
        "voorgesteld",
        "date line",
    }
)
#: Kinds that a Kamerstuk header sets ("MEMORIE VAN TOELICHTING", "VERSLAG", …) are every kind but these:
#: "brief" may be only a guess from an addressee or signature, the others are what this room gives.
_NOT_FROM_HEADER = frozenset({"brief", "rapport", "bnc_fiche", "nota", "other"})
#: A letter has two of these.
_LETTER_CUES = frozenset({"addressee", "salutation", "signature"})

_SHORT_LINE = 80  # a heading-like line: labels, titles, chapter names
_REDACTION_LINE = 16  # OCR'd redaction codes stand on a line of their own ("M 51.2e")
_TITLE_PAGE_CHARS = 400  # all the text a title page holds
_QUOTE_CHARS = 60


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


@dataclass(frozen=True)
class _Line:
    text: str
    page: int
    block: int  # index into the blocks
    heading: bool
    alone: bool  # the only line of its block


def find_genre(raw: RawDocument, header: Header) -> Genre | None:
    """The genre of a document that is not a letter; None for a letter or text of no known genre.

    A Kamerstuk header (any official type) or an official structured source makes a letter
    whatever follows. So do two of addressee, salutation and signature, unless the genre shows
    before the letter opens: a memo with the draft letter it proposes is a memo; a letter
    with a report or fiche after its salutation is a letter.
    """
    if _official(header, raw):
        return None
    genre = detect_genre(raw.blocks, raw.pages)
    if genre is None:
        return None
    if len(set(header.cues) & _LETTER_CUES) >= 2 and genre.start >= _letter_opening(raw.blocks):
        return None
    return genre


def _official(header: Header, raw: RawDocument) -> bool:
    return (
        raw.metadata is not None
        or (header.kind is not None and header.kind not in _NOT_FROM_HEADER)
        or bool(set(header.cues) & _KAMERSTUK_CUES)
    )


def _letter_opening(blocks: Sequence[Block]) -> int:
    """The block with the salutation; 0 when a reader took it off with the letterhead (or there is
    none): the letter then opens at the top."""
    for i, b in enumerate(blocks):
        if b.kind != "footnote" and P.SALUTATION.match((b.lines or (b.text,))[0]):
            return i
    return 0


def detect_genre(blocks: Sequence[Block], pages: int | None = None) -> Genre | None:
    """The genre the blocks show, most specific first; None when they show none.

    This does not look at letter cues: `find_genre` does.
    """
    lines = _lines(blocks)
    return (
        _email(lines)
        or _bnc_fiche(lines)
        or _memo(lines)
        or _report(lines, blocks, pages)
        or _publication(lines, blocks, pages)
    )


def as_non_letter(
    genre: Genre, header: Header, raw: RawDocument, diagnostics: list[Diagnostic]
) -> tuple[Header, RawDocument]:
    """The header and reader output to build a non-letter from: the genre's kind and only what it
    states as such. Every block is body (a non-letter has no letter header to take off) except
    running page furniture: a one-line block that recurs on three pages or more, such as
    "12 | Titel" or "Rapportnummer | maart 2021"."""
    lines = _lines(raw.blocks)
    furniture = _furniture(raw.blocks)
    if furniture:
        shown = ", ".join(_quote(t) for t in sorted({raw.blocks[i].text for i in furniture})[:3])
        diagnostics.append(
            Diagnostic(
                stage="structure",
                message=f"running page furniture removed from the body: {shown}",
                severity="info",
            )
        )
    h = Header(kind=genre.kind)
    if genre.kind == "nota":
        labels = _memo_labels(lines)
        h.date = header.date
        h.reference = header.reference if _is_reference(header.reference) else None
        h.subject = header.subject if header.subject and len(header.subject) <= 250 else None
        h.attachments = header.attachments if header.attachments and len(header.attachments) <= 80 else None
        h.addressee = _office(labels.get("aan")) or header.addressee
        h.sender = _office(labels.get("van"))
    elif genre.kind != "bnc_fiche":  # a fiche states no date of its own, only the Commission's
        h.date = _title_page_date(lines, raw.blocks, raw.pages)
    fields = {k: v for k, v in raw.fields.items() if k == "identifier"}
    if ministry := _ministry(genre, lines, raw.fields):
        fields["ministry"] = ministry
    blocks = [b for i, b in enumerate(raw.blocks) if i not in furniture]
    return h, replace(raw, blocks=blocks, fields=fields)


# --- the genres ----------------------------------------------------------------------------


def _email(lines: Sequence[_Line]) -> Genre | None:
    english = {"from": "van", "sent": "verzonden", "to": "aan", "subject": "onderwerp"}
    labels: dict[str, str] = {}
    start = None
    for line in lines:
        if m := P.EMAIL_LABEL.match(line.text):
            labels.setdefault(english.get(m.group(1).lower(), m.group(1).lower()), m.group(1))
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


_GENERIC_FICHE_LABELS = frozenset({"algemene gegevens", "titel voorstel", "titel mededeling"})


def _bnc_fiche(lines: Sequence[_Line]) -> Genre | None:
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
    evidence = [f"title {_quote(title)}"] if title else []
    shown = sorted(labels, key=lambda k: k in _GENERIC_FICHE_LABELS)[:4]  # the telling ones first
    evidence.append("template parts " + ", ".join(_quote(labels[k]) for k in shown))
    return Genre(
        "bnc_fiche", "a BNC-fiche (the cabinet's assessment of an EU proposal)", tuple(evidence), start
    )


def _memo(lines: Sequence[_Line]) -> Genre | None:
    title: str | None = None
    cues: dict[str, str] = {}
    start = None
    for line in lines:
        text = line.text
        found = len(cues)
        if title is None and line.page <= 1 and P.MEMO_TITLE.match(text):
            title = text
            found = -1
        if m := P.MEMO_LABEL.match(text):
            cues.setdefault(m.group(1).lower(), f"'{m.group(1)}:'")
        if m := P.MEMO_PURPOSE.search(text):
            cues.setdefault("purpose", _quote(m.group(0)))
        if m := P.MEMO_PART.match(text):
            cues.setdefault(m.group(1).lower(), _quote(m.group(1)))
        if P.MEMO_DEADLINE.search(text):
            cues.setdefault("deadline", "'Deadline:'")
        if m := P.MEMO_SELF.search(text):
            cues.setdefault("self", _quote(m.group(0)))
        if (m := P.WOO_REDACTION.search(text)) or (
            len(text) <= _REDACTION_LINE and (m := P.WOO_REDACTION_OCR.match(text))
        ):
            cues.setdefault("woo", f"Woo redaction marks ({_quote(m.group(0).strip())})")
        if start is None and found != len(cues):
            start = line.block
    if start is None or (not (title and cues) and len(cues) < 3):
        return None
    evidence = [f"title {_quote(' '.join(title.split()))}"] if title else []
    evidence.append("memo parts " + ", ".join(list(cues.values())[:5]))
    return Genre("nota", "an internal memo (nota)", tuple(evidence), start)


def _report(lines: Sequence[_Line], blocks: Sequence[Block], pages: int | None) -> Genre | None:
    conclusions = next(
        (x.text for x in lines if _heading_like(x) and P.REPORT_CONCLUSIONS.match(x.text)), None
    )
    if conclusions is None:
        return None
    toc = any(_heading_like(x) and P.TOC_HEADING.match(x.text) for x in lines)
    chapters = {m.group(1) for x in lines if _heading_like(x) and (m := P.REPORT_CHAPTER.match(x.text))}
    summary = next((x.text for x in lines if _heading_like(x) and P.REPORT_SUMMARY.match(x.text)), None)
    apparatus: dict[str, str] = {}
    for x in lines:
        if _heading_like(x) and (m := P.REPORT_APPARATUS.match(x.text)):
            apparatus.setdefault(m.group(1).lower().removesuffix("(s)").removesuffix("s"), m.group(1))
    if not (toc or len(chapters) >= 3) or not (summary or apparatus):
        return None
    title_page = _title_page(blocks, pages)
    evidence = ["title page"] if title_page else []
    if toc:
        evidence.append("table of contents")
    if len(chapters) >= 3:
        evidence.append(f"{len(chapters)} numbered chapters")
    if summary:
        evidence.append(f"summary {_quote(summary)}")
    evidence.append(f"chapter {_quote(conclusions)}")
    if apparatus:
        evidence.append("research apparatus " + ", ".join(_quote(v) for v in list(apparatus.values())[:3]))
    start = (
        0
        if title_page
        else _first(lines, P.TOC_HEADING, P.REPORT_SUMMARY, P.REPORT_CHAPTER, P.REPORT_CONCLUSIONS)
    )
    return Genre("rapport", "a research report (rapport)", tuple(evidence), start)


def _publication(lines: Sequence[_Line], blocks: Sequence[Block], pages: int | None) -> Genre | None:
    evidence = []
    if _title_page(blocks, pages):
        evidence.append("title page")
    if any(_heading_like(x) and P.TOC_HEADING.match(x.text) for x in lines):
        evidence.append("table of contents")
    if colophon := next((x.text for x in lines if P.COLOPHON.match(x.text)), None):
        evidence.append(f"colophon {_quote(colophon)}")
    running = _running_title(lines)
    if running:
        evidence.append(f"running title {_quote(running)}")
    if len(evidence) < 2:
        return None
    start = 0 if evidence[0] == "title page" else _first(lines, P.TOC_HEADING, P.COLOPHON, P.RUNNING_TITLE)
    title = running or " ".join(b.text for b in blocks[:3] if b.page <= 1)
    if P.POLICY_TITLE.search(title):
        return Genre("other", "a policy publication (strategy, vision or agenda)", tuple(evidence), start)
    return Genre("other", "a brochure or similar publication", tuple(evidence), start)


# --- helpers -------------------------------------------------------------------------------


def _lines(blocks: Sequence[Block]) -> list[_Line]:
    out: list[_Line] = []
    for i, b in enumerate(blocks):
        if b.kind == "footnote":
            continue
        block_lines = [ln.strip() for ln in (b.lines or (b.text,)) if ln.strip()]
        for text in block_lines:
            out.append(_Line(text, b.page, i, b.kind == "heading", len(block_lines) == 1))
    return out


def _first(lines: Sequence[_Line], *patterns: re.Pattern[str]) -> int:
    """The block of the first heading-like line that one of `patterns` matches."""
    for line in lines:
        if _heading_like(line) and any(p.match(line.text) for p in patterns):
            return line.block
    return 0


def _heading_like(line: _Line) -> bool:
    """A heading, or a short line: where titles, chapter names and labels stand."""
    return line.heading or len(line.text) <= _SHORT_LINE


def _title_page(blocks: Sequence[Block], pages: int | None) -> bool:
    """Page 1 of a longer document holds only a few short lines (or nothing but a picture)."""
    if not pages or pages < 4:
        return False
    first = [b for b in blocks if b.page == 1 and b.kind != "footnote"]
    return len(first) <= 6 and sum(len(b.text) for b in first) <= _TITLE_PAGE_CHARS


def _title_page_date(lines: Sequence[_Line], blocks: Sequence[Block], pages: int | None) -> dt.date | None:
    """A full date printed alone (or after "Datum") on a title page: the document's date."""
    if not _title_page(blocks, pages):
        return None
    for line in lines:
        if line.page == 1 and (m := P.TITLE_PAGE_DATE.match(line.text)):
            return parse_dutch_date(m.group(1))
    return None


def _running_title(lines: Sequence[_Line]) -> str | None:
    """The title a layout program prints beside every page number, when it recurs on three pages."""
    seen: dict[str, set[int]] = {}
    for line in lines:
        if line.alone and (m := P.RUNNING_TITLE.match(line.text)):
            title = (m.group(1) or m.group(2)).strip()
            seen.setdefault(title, set()).add(line.page)
    recurring = [t for t, on in seen.items() if len(on) >= 3]
    return recurring[0] if recurring else None


_DIGITS = re.compile(r"\d+")
_FURNITURE_CHARS = 100


def _furniture(blocks: Sequence[Block]) -> set[int]:
    """Indexes of running heads and feet: one-line blocks with a page number, report number or
    separator that recur, numbers aside, on three pages or more."""
    pages: dict[str, set[int]] = {}
    where: dict[str, list[int]] = {}
    for i, b in enumerate(blocks):
        text = b.text.strip()
        if (
            b.kind == "text"
            and len(b.lines or (text,)) == 1
            and len(text) <= _FURNITURE_CHARS
            and any(c.isalpha() for c in text)
            and ("|" in text or any(c.isdigit() for c in text))
        ):
            key = _DIGITS.sub("#", text)
            pages.setdefault(key, set()).add(b.page)
            where.setdefault(key, []).append(i)
    return {i for key, on in pages.items() if len(on) >= 3 for i in where[key]}


def _memo_labels(lines: Sequence[_Line]) -> dict[str, str]:
    """A memo's "Aan:" and "Van:" on its first page."""
    out: dict[str, str] = {}
    for line in lines:
        if line.page <= 1 and (m := P.MEMO_LABEL.match(line.text)):
            out.setdefault(m.group(1).lower(), m.group(2))
    return out


_ARTICLE = re.compile(r"^(?:de|het)\s+", re.I)


def _office(value: str | None) -> str | None:
    """ "de minister voor Natuur en Stikstof" -> "Minister voor Natuur en Stikstof", as letters name them."""
    if not value:
        return None
    name = _ARTICLE.sub("", " ".join(value.split()).rstrip(","), count=1)
    return name[:1].upper() + name[1:]


_PROSE = re.compile(r"[a-z]{3,}\s+[a-z]{3,}")


def _is_reference(value: str | None) -> bool:
    """A kenmerk is a code ("2022-0000123456", "IENW/BSK-2022/1234"), not words run in from a column."""
    if not value:
        return False
    return len(value) <= 60 and any(c.isdigit() for c in value) and not _PROSE.search(value)


_MINISTRY_END = re.compile(r"\s+(?:www\.|https?:|Postbus\b|Bezoekadres\b|\d).*$", re.I)


def _clean_ministry(value: str | None) -> str | None:
    """ "Ministerie van Financiën" from a line or field, cut before an address run in after it."""
    if not value:
        return None
    name = _MINISTRY_END.sub("", " ".join(value.split())).rstrip(" ,")
    return name if name.lower().startswith("ministerie van ") else None


def _ministry(genre: Genre, lines: Sequence[_Line], fields: dict[str, str]) -> str | None:
    """The ministry a non-letter states: responsible for a fiche, publisher of a publication or
    report (colophon), the letterhead of a memo. Never one named in passing (abbreviation lists)."""
    if genre.kind == "nota":
        return _clean_ministry(fields.get("ministry"))
    if genre.kind == "bnc_fiche":
        for i, line in enumerate(lines):
            if m := P.FICHE_MINISTRY.match(line.text):
                value = m.group(1) or (lines[i + 1].text if i + 1 < len(lines) else "")
                return _clean_ministry(value) or _clean_ministry(fields.get("ministry"))
        return _clean_ministry(fields.get("ministry"))
    for i, line in enumerate(lines):
        if P.COLOPHON.match(line.text):
            following = [x.text for x in lines[i : i + 6] if x.block - line.block <= 2]
            for text in following:
                if found := _clean_ministry(
                    text[text.find("Ministerie") :] if "Ministerie" in text else None
                ):
                    return found
            return _clean_ministry(fields.get("ministry"))
    return None


def _quote(text: str | None) -> str:
    text = " ".join((text or "").split())
    return f"'{text if len(text) <= _QUOTE_CHARS else text[: _QUOTE_CHARS - 1] + '…'}'"
