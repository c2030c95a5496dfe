"""Exports: a crash-safe JSON Lines journal, typed tables, Parquet files and pandas DataFrames.

The JSON Lines file is the batch's journal: one line per input (a Letter, or ``{"error":
{…}}``), appended and flushed as results arrive, so an interrupted run keeps every line it
wrote; a torn last line is cut off on resume.

Tables are derived from letters, `Outcome`s, error records or journal lines: one row per
letter, section, paragraph, footnote, citation, commitment, recommendation, link,
diagnostic and error (`TABLES`). Each table is built from a declared schema (`SCHEMAS`:
column → kind), so its columns and dtypes are the same for every input, empty or not.
Every table has ``document_id``, unique per input (see `document_id`); the official
identifier (``kst-31015-245``) is the letters table's ``identifier`` column.

`to_dataframes` gives them as pandas DataFrames (the ``kamerstuk[dataframes]`` extra),
`table_rows` as plain dicts (no pandas needed), `write_parquet` as Parquet files.

The package, one job per module: `schemas` (the declared tables), `journal` (the JSON Lines
journal), `rows` (table rows as dicts), `frames` (pandas DataFrames), `parquet` (Parquet
files). Every name is importable from `kamerstuk.export`.
"""

from kamerstuk.export.frames import EXTRA_HINT as EXTRA_HINT
from kamerstuk.export.frames import Frames, to_dataframes
from kamerstuk.export.frames import _require as _require  # used by kamerstuk.tables
from kamerstuk.export.frames import _series as _series  # used by kamerstuk.tables
from kamerstuk.export.journal import Journal, read_journal
from kamerstuk.export.parquet import write_parquet
from kamerstuk.export.rows import Item as Item
from kamerstuk.export.rows import Row as Row
from kamerstuk.export.rows import document_id, table_rows
from kamerstuk.export.rows import linked_paragraphs as linked_paragraphs  # used by kamerstuk.tables
from kamerstuk.export.schemas import ERROR_STATUSES, SCHEMAS, TABLES, Column

__all__ = [
    "ERROR_STATUSES",
    "SCHEMAS",
    "TABLES",
    "Column",
    "Frames",
    "Journal",
    "document_id",
    "read_journal",
    "table_rows",
    "to_dataframes",
    "write_parquet",
]
