"""Deprecated row helpers, kept for older scripts; plus `write_csv`, which stays.

The one table API is `kamerstuk.to_dataframes(letters_or_outcomes)` (pandas DataFrames with
declared columns and dtypes, joined by ``document_id``), and `kamerstuk.export.table_rows`
for the same tables as plain dicts without pandas. `recommendation_rows`, `commitment_rows`
and `to_dataframe` are thin wrappers over that code that warn with `DeprecationWarning`;
their old columns (``document`` = identifier, else the file name) are unchanged.

>>> import kamerstuk  # doctest: +SKIP
>>> frames = kamerstuk.to_dataframes(kamerstuk.parse_many(paths))  # doctest: +SKIP
>>> frames.commitments.merge(frames.letters, on="document_id")  # doctest: +SKIP
"""

from __future__ import annotations

import csv
import datetime as dt
import warnings
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from kamerstuk import export
from kamerstuk.export import linked_paragraphs
from kamerstuk.models import Letter

__all__ = ["commitment_rows", "linked_paragraphs", "recommendation_rows", "to_dataframe", "write_csv"]

Row = dict[str, Any]

RECOMMENDATION_COLUMNS: tuple[str, ...] = (
    "document",
    "recommendation",
    "ordinal",
    "text",
    "by",
    "to",
    "stance",
    "stance_evidence",
    "stance_basis",
    "stance_score",
    "paragraph",
    "linked_paragraphs",
    "linked_count",
    "commitments",
    "commitment_count",
    "deadlines",
    "first_deadline",
)

COMMITMENT_COLUMNS: tuple[str, ...] = (
    "document",
    "source",
    "date",
    "commitment",
    "text",
    "actor",
    "action",
    "object",
    "deadline_text",
    "earliest",
    "latest",
    "deadline_rule",
    "firmness",
    "kind",
    "paragraph",
    "paragraph_label",
    "recommendations",
)


def _deprecated(old: str, new: str) -> None:
    warnings.warn(f"kamerstuk.tables.{old} is deprecated: use {new}", DeprecationWarning, stacklevel=3)


def _document(letter: Row) -> str:
    return str(letter["identifier"] or letter["name"])


def _deadline_text(row: Row) -> str:
    if row["latest"] is not None:
        return f"uiterlijk {row['latest'].isoformat()}"
    if row["earliest"] is not None:
        return f"vanaf {row['earliest'].isoformat()}"
    return str(row["deadline_text"] or "")


def recommendation_rows(letter: Letter) -> list[Row]:
    """Deprecated: use ``kamerstuk.to_dataframes(letter).recommendations``.

    One row per recommendation, columns `RECOMMENDATION_COLUMNS` (``document`` is the
    identifier, else the source name; ``deadlines`` reads ``"c2: uiterlijk 2022-06-30"``).
    """
    _deprecated("recommendation_rows", "kamerstuk.to_dataframes(letter).recommendations")
    tables = export.table_rows([letter])
    document = _document(tables["letters"][0])
    commitments = {row["commitment"]: row for row in tables["commitments"]}
    rows: list[Row] = []
    for r in tables["recommendations"]:
        made = [commitments[c] for c in r["commitments"]]
        dated = [c for c in made if c["deadline_text"] is not None]
        rows.append(
            {
                "document": document,
                "recommendation": r["recommendation"],
                "ordinal": r["ordinal"],
                "text": r["text"],
                "by": r["by"],
                "to": r["to"],
                "stance": r["stance"],
                "stance_evidence": r["stance_evidence"],
                "stance_basis": r["stance_basis"],
                "stance_score": r["stance_score"],
                "paragraph": r["paragraph"],
                "linked_paragraphs": r["linked_paragraphs"],
                "linked_count": len(r["linked_paragraphs"]),
                "commitments": r["commitments"],
                "commitment_count": len(r["commitments"]),
                "deadlines": [f"{c['commitment']}: {_deadline_text(c)}" for c in dated],
                "first_deadline": r["first_deadline"],
            }
        )
    return rows


def commitment_rows(letters: Letter | Iterable[Letter]) -> list[Row]:
    """Deprecated: use ``kamerstuk.to_dataframes(letters).commitments`` (merged with ``.letters``).

    One row per commitment over one letter or many, columns `COMMITMENT_COLUMNS` (``document``
    is the identifier, else the source name; ``source`` the file name; ``date`` the letter's).
    """
    _deprecated("commitment_rows", "kamerstuk.to_dataframes(letters).commitments")
    tables = export.table_rows([letters] if isinstance(letters, Letter) else list(letters))
    by_id = {row["document_id"]: row for row in tables["letters"]}
    rows: list[Row] = []
    for c in tables["commitments"]:
        letter = by_id[c["document_id"]]
        rows.append(
            {
                "document": _document(letter),
                "source": letter["name"],
                "date": letter["date"],
                "commitment": c["commitment"],
                "text": c["text"],
                "actor": c["actor"],
                "action": c["action"],
                "object": c["object"],
                "deadline_text": c["deadline_text"],
                "earliest": c["earliest"],
                "latest": c["latest"],
                "deadline_rule": c["deadline_rule"],
                "firmness": c["firmness"],
                "kind": c["commitment_kind"],
                "paragraph": c["paragraph"],
                "paragraph_label": c["paragraph_label"],
                "recommendations": c["recommendations"],
            }
        )
    return rows


_DATE_COLUMNS = ("date", "earliest", "latest", "first_deadline", "submitted", "received", "report_date")


def to_dataframe(rows: Sequence[Row]) -> Any:
    """Deprecated: use ``kamerstuk.to_dataframes(letters)``, which gives every table typed.

    `rows` as a ``pandas.DataFrame`` (columns in row order; date columns as ``datetime64[ns]``).
    Without pandas this raises ImportError naming the ``kamerstuk[dataframes]`` extra.
    """
    _deprecated("to_dataframe", "kamerstuk.to_dataframes(letters)")
    pd = export._require("pandas")
    frame = pd.DataFrame(list(rows))
    for name in _DATE_COLUMNS:
        if name in frame.columns:
            frame[name] = export._series(pd, export.Column(name, "date"), list(frame[name]))
    return frame


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return "; ".join(_cell(v) for v in value)
    return str(value)


def write_csv(rows: Sequence[Row], path: str | Path) -> Path:
    """Write `rows` to a UTF-8 CSV file at `path` and return the path; no pandas needed.

    The header is the union of the rows' keys in first-seen order. Dates are ISO 8601,
    lists are joined with ``"; "`` and None is an empty cell. For a table of
    `kamerstuk.export.table_rows`, e.g. ``write_csv(table_rows(letters)["commitments"], path)``.
    """
    target = Path(path)
    columns: dict[str, None] = {}
    for row in rows:
        columns.update(dict.fromkeys(row))
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(list(columns))
        for row in rows:
            writer.writerow([_cell(row.get(column)) for column in columns])
    return target
