"""Flat tables of what letters say: one row per recommendation, one row per commitment.

Rows are plain dicts (column name → value), so they work without any extra package:
write them with `write_csv`, or turn them into a pandas DataFrame with `to_dataframe`
(needs the ``kamerstuk[dataframes]`` extra). Dates stay `datetime.date` in the rows; lists
stay lists (the CSV writer joins them with ``"; "``).

>>> from kamerstuk.tables import commitment_rows, to_dataframe  # doctest: +SKIP
>>> frame = to_dataframe(commitment_rows(letters))  # doctest: +SKIP
"""

from __future__ import annotations

import csv
import datetime as dt
import importlib
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from kamerstuk.models import Commitment, Letter, Recommendation

__all__ = ["commitment_rows", "recommendation_rows", "to_dataframe", "write_csv"]

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


def _document(letter: Letter) -> str:
    return letter.metadata.identifier or letter.source.name


def linked_paragraphs(letter: Letter, recommendation: Recommendation) -> list[str]:
    """Ids of the paragraphs that address `recommendation` (links and paragraph labels), in reading order."""
    ids = {link.paragraph for link in letter.links if link.recommendation == recommendation.id}
    ids.update(p.id for p in letter.paragraphs if recommendation.id in p.recommendations)
    return [p.id for p in letter.paragraphs if p.id in ids]


def _in_paragraphs(commitments: Iterable[Commitment], paragraphs: Sequence[str]) -> list[Commitment]:
    wanted = set(paragraphs)
    return [c for c in commitments if c.paragraph in wanted]


def recommendation_rows(letter: Letter) -> list[Row]:
    """One row per recommendation of `letter`.

    Columns: ``document`` (identifier, else the source name), ``recommendation`` (id),
    ``ordinal``, ``text``, ``by``, ``to``, ``stance``, ``stance_evidence``, ``paragraph``
    (where it is restated), ``linked_paragraphs`` (ids of the paragraphs that address it)
    and ``linked_count``, ``commitments`` (ids of the commitments made in those paragraphs)
    and ``commitment_count``, ``deadlines`` (``"c2: uiterlijk 2022-06-30"`` for each such
    commitment with a deadline) and ``first_deadline`` (the earliest of their latest dates).
    """
    rows: list[Row] = []
    for r in letter.recommendations:
        linked = linked_paragraphs(letter, r)
        commitments = _in_paragraphs(letter.commitments, linked)
        dated = [(c, c.deadline) for c in commitments if c.deadline is not None]
        latest = [d.latest for _, d in dated if d.latest is not None]
        rows.append(
            {
                "document": _document(letter),
                "recommendation": r.id,
                "ordinal": r.ordinal,
                "text": r.text,
                "by": list(r.by),
                "to": r.to,
                "stance": r.stance,
                "stance_evidence": r.stance_evidence,
                "paragraph": r.paragraph,
                "linked_paragraphs": linked,
                "linked_count": len(linked),
                "commitments": [c.id for c in commitments],
                "commitment_count": len(commitments),
                "deadlines": [f"{c.id}: {_deadline_text(c)}" for c, _ in dated],
                "first_deadline": min(latest) if latest else None,
            }
        )
    return rows


def _deadline_text(c: Commitment) -> str:
    d = c.deadline
    if d is None:
        return ""
    if d.latest is not None:
        return f"uiterlijk {d.latest.isoformat()}"
    if d.earliest is not None:
        return f"vanaf {d.earliest.isoformat()}"
    return d.text


def commitment_rows(letters: Letter | Iterable[Letter]) -> list[Row]:
    """One row per commitment (toezegging) over `letters` (one Letter or many), in order.

    Columns: ``document`` (identifier, else the source name), ``source`` (file name),
    ``date`` (of the letter), ``commitment`` (id), ``text``, ``actor``, ``action``,
    ``object``, ``deadline_text``, ``earliest``, ``latest``, ``deadline_rule``,
    ``firmness``, ``kind``, ``paragraph``, ``paragraph_label`` and ``recommendations``
    (ids of the recommendations that paragraph addresses).
    """
    batch = [letters] if isinstance(letters, Letter) else list(letters)
    rows: list[Row] = []
    for letter in batch:
        paragraphs = {p.id: p for p in letter.paragraphs}
        for c in letter.commitments:
            d = c.deadline
            p = paragraphs.get(c.paragraph) if c.paragraph is not None else None
            rows.append(
                {
                    "document": _document(letter),
                    "source": letter.source.name,
                    "date": letter.metadata.date,
                    "commitment": c.id,
                    "text": c.text,
                    "actor": c.actor,
                    "action": c.action,
                    "object": c.object,
                    "deadline_text": d.text if d else None,
                    "earliest": d.earliest if d else None,
                    "latest": d.latest if d else None,
                    "deadline_rule": (d.rule or None) if d else None,
                    "firmness": c.firmness,
                    "kind": c.kind,
                    "paragraph": c.paragraph,
                    "paragraph_label": p.label if p else None,
                    "recommendations": list(p.recommendations) if p else [],
                }
            )
    return rows


def to_dataframe(rows: Sequence[Row]) -> Any:
    """Return `rows` as a ``pandas.DataFrame`` (columns in row order; dates as datetime64).

    pandas is imported only here; without it this raises ImportError naming the
    ``kamerstuk[dataframes]`` extra.
    """
    try:
        pd = importlib.import_module("pandas")
    except ImportError as exc:
        raise ImportError(
            "kamerstuk.tables.to_dataframe needs pandas; install it with: pip install 'kamerstuk[dataframes]'"
        ) from exc
    frame = pd.DataFrame(list(rows))
    for column in ("date", "earliest", "latest", "first_deadline"):
        if column in frame.columns:
            frame[column] = pd.to_datetime(frame[column])
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
    lists are joined with ``"; "`` and None is an empty cell.
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
