"""The tables as Parquet files (`write_parquet`): one file per table, with the declared types even
when empty, each written to a temporary name and renamed. Needs pandas and pyarrow.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kamerstuk.export.frames import _require, to_dataframes
from kamerstuk.export.rows import Item
from kamerstuk.export.schemas import SCHEMAS, TABLES, Column


def _arrow_type(pa: Any, column: Column) -> Any:
    return {
        "string": pa.string(),
        "category": pa.dictionary(pa.int32(), pa.string()),
        "date": pa.timestamp("ns"),
        "int": pa.int64(),
        "Int": pa.int64(),
        "float": pa.float64(),
        "bool": pa.bool_(),
        "list[str]": pa.list_(pa.string()),
        "list[int]": pa.list_(pa.int64()),
    }[column.kind]


def write_parquet(records: Item | Iterable[Item], directory: str | os.PathLike[str]) -> list[Path]:
    """One Parquet file per table (`TABLES`) in `directory`, with the declared columns and types
    even when empty; each is written to a temporary name and renamed. Needs pandas and pyarrow.
    """
    pa = _require("pyarrow")
    pq = _require("pyarrow.parquet")
    frames = to_dataframes(records)
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name in TABLES:
        schema = pa.schema([pa.field(c.name, _arrow_type(pa, c)) for c in SCHEMAS[name]])
        table = pa.Table.from_pandas(frames[name], schema=schema, preserve_index=False)
        target = directory / f"{name}.parquet"
        tmp = directory / f".{name}.parquet.tmp"
        pq.write_table(table, tmp)
        os.replace(tmp, target)
        written.append(target)
    return written
