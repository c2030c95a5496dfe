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

It looks only at the openings of the lines of a reader's blocks (`genre_lines`), so it costs
little and works the same for PDF, plain text and Markdown input; the rule for each genre is in
`genre_rules`, which `detect_genre` tries most specific first. A document with a Kamerstuk header is a
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
from collections.abc import Sequence
from dataclasses import replace

from kamerstuk.blocks import Block, RawDocument
from kamerstuk.models import Diagnostic
from kamerstuk.patterns import structure as P
from kamerstuk.structure.genre_lines import Line, has_title_page, lines_of, quote
from kamerstuk.structure.genre_rules import (
    Genre,
    detect_bnc_fiche,
    detect_email,
    detect_memo,
    detect_publication,
    detect_report,
)
from kamerstuk.structure.header import Header
from kamerstuk.structure.values import parse_dutch_date

__all__ = ["Genre", "as_non_letter", "detect_genre", "find_genre"]

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

_FURNITURE_CHARS = 100  # a running head or foot is never longer


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
    lines = lines_of(blocks)
    return (
        detect_email(lines)
        or detect_bnc_fiche(lines)
        or detect_memo(lines)
        or detect_report(lines, blocks, pages)
        or detect_publication(lines, blocks, pages)
    )


def as_non_letter(
    genre: Genre, header: Header, raw: RawDocument, diagnostics: list[Diagnostic]
) -> tuple[Header, RawDocument]:
    """The header and reader output to build a non-letter from: the genre's kind and only what it
    states as such. Every block is body (a non-letter has no letter header to take off) except
    running page furniture: a one-line block that recurs on three pages or more, such as
    "12 | Titel" or "Rapportnummer | maart 2021"."""
    lines = lines_of(raw.blocks)
    furniture = _furniture(raw.blocks)
    if furniture:
        shown = ", ".join(quote(t) for t in sorted({raw.blocks[i].text for i in furniture})[:3])
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


def _title_page_date(lines: Sequence[Line], blocks: Sequence[Block], pages: int | None) -> dt.date | None:
    """A full date printed alone (or after "Datum") on a title page: the document's date."""
    if not has_title_page(blocks, pages):
        return None
    for line in lines:
        if line.page == 1 and (m := P.TITLE_PAGE_DATE.match(line.text)):
            return parse_dutch_date(m.group(1))
    return None


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
            key = P.FURNITURE_NUMBERS.sub("#", text)
            pages.setdefault(key, set()).add(b.page)
            where.setdefault(key, []).append(i)
    return {i for key, on in pages.items() if len(on) >= 3 for i in where[key]}


def _memo_labels(lines: Sequence[Line]) -> dict[str, str]:
    """A memo's "Aan:" and "Van:" on its first page."""
    out: dict[str, str] = {}
    for line in lines:
        if line.page <= 1 and (m := P.MEMO_LABEL.match(line.text)):
            out.setdefault(m.group(1).lower(), m.group(2))
    return out


def _office(value: str | None) -> str | None:
    """ "de minister voor Natuur en Stikstof" -> "Minister voor Natuur en Stikstof", as letters name them."""
    if not value:
        return None
    name = P.MEMO_OFFICE_ARTICLE.sub("", " ".join(value.split()).rstrip(","), count=1)
    return name[:1].upper() + name[1:]


def _is_reference(value: str | None) -> bool:
    """A kenmerk is a code ("2022-0000123456", "IENW/BSK-2022/1234"), not words run in from a column."""
    if not value:
        return False
    return len(value) <= 60 and any(c.isdigit() for c in value) and not P.REFERENCE_PROSE.search(value)


def _clean_ministry(value: str | None) -> str | None:
    """ "Ministerie van Financiën" from a line or field, cut before an address run in after it."""
    if not value:
        return None
    name = P.MINISTRY_NAME_END.sub("", " ".join(value.split())).rstrip(" ,")
    return name if name.lower().startswith("ministerie van ") else None


def _ministry(genre: Genre, lines: Sequence[Line], fields: dict[str, str]) -> str | None:
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
