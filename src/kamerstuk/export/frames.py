"""The tables as pandas DataFrames (`to_dataframes`, the ``kamerstuk[dataframes]`` extra).

Each column gets the dtype of its declared kind (`kamerstuk.export.schemas`); dates outside
what ``datetime64[ns]`` covers become NaT.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from kamerstuk.export.rows import Item, Row, table_rows
from kamerstuk.export.schemas import SCHEMAS, TABLES, Column

EXTRA_HINT = 'pip install "kamerstuk[dataframes]"'


def _require(module: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError:
        raise ImportError(
            f"{module} is needed for kamerstuk's DataFrame and Parquet exports; install it with: {EXTRA_HINT}"
        ) from None


#: datetime64[ns] covers 1677-09-22 … 2262-04-11; dates outside it become NaT.
_FIRST_DAY, _LAST_DAY = dt.date(1677, 9, 22), dt.date(2262, 4, 10)


def _in_range(value: dt.date | None) -> dt.date | None:
    return value if value is not None and _FIRST_DAY <= value <= _LAST_DAY else None


def _series(pd: Any, column: Column, values: list[Any]) -> Any:
    kind = column.kind
    if kind == "category":
        unknown = {v for v in values if v is not None} - set(column.categories)
        if unknown:
            raise ValueError(f"{column.name}: values outside the declared categories: {sorted(unknown)}")
        return pd.Series(pd.Categorical(values, categories=list(column.categories)), dtype="category")
    if kind == "date":
        days = [_in_range(_as_date(v)) for v in values]
        stamps = [pd.Timestamp(d) if d is not None else pd.NaT for d in days]
        return pd.Series(stamps, dtype="datetime64[ns]")
    if kind.startswith("list"):
        series = pd.Series([None] * len(values), dtype=object)
        for i, v in enumerate(values):
            series.iat[i] = list(v) if v is not None else []
        return series
    dtype = {"string": "string", "int": "int64", "Int": "Int64", "float": "float64", "bool": "bool"}[kind]
    if kind == "float":
        values = [float("nan") if v is None else v for v in values]
    return pd.Series(values, dtype=dtype)


def _as_date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])  # an ISO string from old rows


def _frame(name: str, rows: list[Row]) -> Any:
    """A DataFrame of table `name` from its rows, with the declared columns and dtypes."""
    pd = _require("pandas")
    columns = SCHEMAS[name]
    return pd.DataFrame({c.name: _series(pd, c, [row.get(c.name) for row in rows]) for c in columns})


@dataclass(frozen=True, eq=False, repr=False)
class Frames(Mapping[str, Any]):
    """The tables of `to_dataframes`, as attributes (``frames.commitments``) or by name
    (``frames["commitments"]``, ``dict(frames)``, ``frames.items()``)."""

    letters: Any
    sections: Any
    paragraphs: Any
    footnotes: Any
    citations: Any
    commitments: Any
    recommendations: Any
    links: Any
    diagnostics: Any
    errors: Any

    def __getitem__(self, name: str) -> Any:
        if name not in TABLES:
            raise KeyError(name)
        return getattr(self, name)

    def __iter__(self) -> Iterator[str]:
        return iter(TABLES)

    def __len__(self) -> int:
        return len(TABLES)

    def __repr__(self) -> str:
        sizes = ", ".join(f"{name}={len(getattr(self, name))}" for name in TABLES)
        return f"Frames({sizes})"


def to_dataframes(items: Item | Iterable[Item]) -> Frames:
    """pandas DataFrames of letters and outcomes: one per table of `TABLES`, joined by ``document_id``.

    `items`: `Letter`s, `Outcome`s from `parse_many` (failed ones go to ``errors``),
    `ErrorRecord`s, journal lines, or a mix. Every table has its declared columns and dtypes
    (`SCHEMAS`) even when empty: dates ``datetime64[ns]``, labels, kinds and stances
    ``category`` with every allowed value, nullable integers ``Int64``, text ``string``, lists
    as Python lists. Needs pandas (``pip install "kamerstuk[dataframes]"``).

    >>> frames = to_dataframes(kamerstuk.parse_many(paths))  # doctest: +SKIP
    >>> frames.commitments.merge(frames.letters, on="document_id")  # doctest: +SKIP
    """
    _require("pandas")
    tables = table_rows(items)
    return Frames(**{name: _frame(name, tables[name]) for name in TABLES})
