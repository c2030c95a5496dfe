"""The structure stage: turn a reader's blocks into a `Letter`.

It knows nothing about file formats. One room per job:

- `header` — the official Kamerstuk header (vergaderjaar, dossiers, nr., kind, date);
- `letterhead` — the ministry letterhead (addressee block, Datum, Betreft, Kenmerk, sidebar);
- `signature` — closing formula, offices and names;
- `body` — headings and paragraphs, joined across page breaks, laid out with offsets;
- `footnotes` — footnote texts anchored to their markers;
- `assemble` — `build_letter`, the rooms in order.
"""

from __future__ import annotations

from kamerstuk.structure.assemble import build_letter
from kamerstuk.structure.values import dossier_number, office_case, parse_dutch_date

__all__ = ["build_letter", "dossier_number", "office_case", "parse_dutch_date"]
