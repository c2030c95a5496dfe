"""The structure stage: turn a reader's blocks into a `Letter`.

It knows nothing about file formats. One room per job:

- `header` — the official Kamerstuk header (vergaderjaar, dossiers, nr., kind, date);
- `answers` — the Aanhangsel's own header blocks: who asked, who answered, and when;
- `preamble` — a publication web page's lines before the header;
- `letterhead` — the ministry letterhead (addressee block, Datum, Betreft, Kenmerk, sidebar);
- `signature` — closing formula, offices and names;
- `body` — headings and paragraphs, joined across page breaks, laid out with offsets;
- `footnotes` — footnote texts anchored to their markers;
- `genre` — documents that are not letters (report, BNC-fiche, memo, publication, e-mail) and the
  metadata they keep; `genre_rules` has the rule for each genre, `genre_lines` the line view they read;
- `assemble` — `build_letter`, the rooms in order.
"""

from __future__ import annotations

from kamerstuk.structure.assemble import build_letter
from kamerstuk.structure.values import dossier_number, office_case, parse_dutch_date

__all__ = ["build_letter", "dossier_number", "office_case", "parse_dutch_date"]
