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
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib
import json
import os
import typing
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from pydantic import BaseModel

from kamerstuk import errors as _errors
from kamerstuk.models import (
    Citation,
    Commitment,
    Diagnostic,
    Letter,
    Link,
    Metadata,
    Paragraph,
    Recommendation,
    Source,
)

if TYPE_CHECKING:
    from kamerstuk.batch import ErrorRecord

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

EXTRA_HINT = 'pip install "kamerstuk[dataframes]"'

# --- schemas --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    """One column of a table: its name, its kind and, for a category, every value it can take.

    Kinds and their pandas dtypes: ``string`` → ``string``, ``category`` → ``category`` (with
    `categories`, from the model's Literal type), ``date`` → ``datetime64[ns]``, ``int`` →
    ``int64``, ``Int`` → ``Int64`` (nullable), ``float`` → ``float64`` (NaN when missing),
    ``bool`` → ``bool``, ``list[str]`` / ``list[int]`` → ``object`` holding Python lists.
    """

    name: str
    kind: str
    categories: tuple[str, ...] = ()


def _choices(model: type[BaseModel], field: str) -> tuple[str, ...]:
    """The values of a model field's Literal type (through ``| None``), in declared order."""

    def walk(annotation: Any) -> list[str]:
        if typing.get_origin(annotation) is typing.Literal:
            return [str(v) for v in typing.get_args(annotation)]
        return [v for arg in typing.get_args(annotation) for v in walk(arg)]

    values = walk(model.model_fields[field].annotation)
    if not values:
        raise TypeError(f"{model.__name__}.{field} is not a Literal type")
    return tuple(values)


def _cat(name: str, model: type[BaseModel], field: str | None = None) -> Column:
    return Column(name, "category", _choices(model, field or name))


def _s(*names: str) -> tuple[Column, ...]:
    return tuple(Column(n, "string") for n in names)


#: What became of an input that gave no letter (the ``status`` column of ``errors``):
#: ``skipped`` — not a parliamentary document (a metadata file, a README, a report: see
#: `ErrorRecord.skipped`), left out on purpose; ``not_a_document`` — the same, from a run that
#: does not skip such inputs; ``unreadable`` — a scan, an encrypted, damaged or empty file,
#: unsafe or broken XML; ``timeout``; ``crashed`` — the worker process died; ``error`` — an
#: unexpected exception (a bug: please report it).
ERROR_STATUSES: tuple[str, ...] = ("skipped", "not_a_document", "unreadable", "timeout", "crashed", "error")

#: Every table, in the order `to_dataframes` returns them.
TABLES: tuple[str, ...] = (
    "letters",
    "sections",
    "paragraphs",
    "footnotes",
    "citations",
    "commitments",
    "recommendations",
    "links",
    "diagnostics",
    "errors",
)

_ID = Column("document_id", "string")

#: The declared columns of every table. Besides ``document_id`` no column name occurs both in
#: ``letters`` and in another table joined to it, so a merge on ``document_id`` adds no
#: ``_x``/``_y`` suffixes.
SCHEMAS: dict[str, tuple[Column, ...]] = {
    "letters": (
        _ID,
        Column("identifier", "string"),
        _cat("kind", Metadata),
        Column("date", "date"),
        *_s("name", "path"),
        _cat("format", Source),
        Column("pages", "Int"),
        Column("sha256", "string"),
        *_s("vergaderjaar"),
        Column("dossiers", "list[str]"),
        Column("dossier_titles", "list[str]"),
        *_s("ondernummer", "place", "sender", "addressee"),
        Column("signatories", "list[str]"),
        Column("signatory_roles", "list[str]"),
        *_s("subject", "reference", "attachments", "ministry"),
        Column("questioners", "list[str]"),
        Column("submitted", "date"),
        Column("received", "date"),
        Column("movers", "list[str]"),
        Column("report_title", "string"),
        Column("report_organisations", "list[str]"),
        Column("report_date", "date"),
        *(
            Column(f"n_{part}", "int")
            for part in (
                "sections",
                "paragraphs",
                "footnotes",
                "citations",
                "commitments",
                "recommendations",
                "links",
                "diagnostics",
                "warnings",
            )
        ),
        Column("schema_version", "string"),
    ),
    "sections": (
        _ID,
        Column("section", "string"),
        Column("title", "string"),
        Column("level", "int"),
        Column("attachment", "bool"),
        Column("page", "Int"),
        Column("start", "int"),
        Column("end", "int"),
    ),
    "paragraphs": (
        _ID,
        Column("paragraph", "string"),
        Column("section", "string"),
        Column("section_title", "string"),
        Column("page", "Int"),
        Column("page_end", "Int"),
        Column("attachment", "bool"),
        _cat("label", Paragraph),
        Column("label_score", "float"),
        Column("recommendations", "list[str]"),
        Column("footnotes", "list[int]"),
        Column("start", "int"),
        Column("end", "int"),
        Column("text", "string"),
    ),
    "footnotes": (
        _ID,
        Column("footnote", "int"),
        Column("paragraph", "string"),
        Column("page", "Int"),
        Column("marker", "Int"),
        Column("text", "string"),
    ),
    "citations": (
        _ID,
        _cat("citation_kind", Citation, "kind"),
        Column("text", "string"),
        Column("start", "int"),
        Column("end", "int"),
        Column("in_footnote", "Int"),
        Column("footnote", "Int"),
        _cat("chamber", Citation),
        Column("cited_vergaderjaar", "string"),
        Column("cited_dossiers", "list[str]"),
        Column("cited_numbers", "list[str]"),
        Column("cited_identifiers", "list[str]"),
        Column("urls", "list[str]"),
        Column("item", "string"),
        Column("cited_movers", "list[str]"),
    ),
    "commitments": (
        _ID,
        Column("commitment", "string"),
        Column("paragraph", "string"),
        _cat("paragraph_label", Paragraph, "label"),
        Column("recommendations", "list[str]"),
        *_s("actor", "action", "object", "deadline_text"),
        Column("earliest", "date"),
        Column("latest", "date"),
        Column("deadline_rule", "string"),
        _cat("firmness", Commitment),
        _cat("commitment_kind", Commitment, "kind"),
        Column("start", "int"),
        Column("end", "int"),
        Column("text", "string"),
    ),
    "recommendations": (
        _ID,
        Column("recommendation", "string"),
        Column("ordinal", "Int"),
        _cat("stance", Recommendation),
        Column("stance_evidence", "string"),
        Column("text", "string"),
        Column("by", "list[str]"),
        Column("to", "string"),
        Column("paragraph", "string"),
        _cat("source", Recommendation),
        Column("start", "Int"),
        Column("end", "Int"),
        Column("linked_paragraphs", "list[str]"),
        Column("commitments", "list[str]"),
        Column("first_deadline", "date"),
    ),
    "links": (
        _ID,
        Column("paragraph", "string"),
        Column("recommendation", "string"),
        _cat("method", Link),
        Column("score", "float"),
        Column("evidence", "string"),
    ),
    "diagnostics": (
        _ID,
        Column("stage", "string"),
        _cat("severity", Diagnostic),
        Column("location", "string"),
        Column("message", "string"),
    ),
    "errors": (
        _ID,
        *_s("path", "name", "sha256", "error"),
        Column("status", "category", ERROR_STATUSES),
        Column("message", "string"),
    ),
}


class Journal:
    """Append-only JSON Lines output with resume support."""

    def __init__(self, path: str | os.PathLike[str], *, fsync_every: int = 50) -> None:
        self.path = Path(path)
        self.fsync_every = fsync_every
        self._fh: TextIO | None = None
        self._since_sync = 0

    def done_hashes(self) -> set[str]:
        """Content hashes of the inputs already in the journal (repairing a torn last line)."""
        if not self.path.exists():
            return set()
        hashes: set[str] = set()
        good_bytes = 0
        with self.path.open("rb") as fh:
            for raw in fh:
                if not raw.endswith(b"\n"):
                    break  # a line cut by a crash: everything before it is intact
                try:
                    obj = json.loads(raw)
                except json.JSONDecodeError:
                    break
                good_bytes += len(raw)
                sha = (
                    (obj.get("error") or {}).get("sha256")
                    if "error" in obj
                    else obj.get("source", {}).get("sha256")
                )
                if sha:
                    hashes.add(sha)
        if good_bytes < self.path.stat().st_size:
            with self.path.open("r+b") as fh:
                fh.truncate(good_bytes)
        return hashes

    def __enter__(self) -> Journal:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # backslashreplace: a lone surrogate (a file name with undecodable bytes) becomes a JSON
        # escape (\udcff), which reads back as the same name, instead of a UnicodeEncodeError.
        self._fh = self.path.open("a", encoding="utf-8", errors="backslashreplace")
        return self

    def write(self, record: dict[str, Any]) -> None:
        assert self._fh is not None, "use the journal as a context manager"
        self._fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        self._fh.flush()
        self._since_sync += 1
        if self._since_sync >= self.fsync_every:
            os.fsync(self._fh.fileno())
            self._since_sync = 0

    def __exit__(self, *exc: object) -> None:
        if self._fh is not None:
            self._fh.flush()
            os.fsync(self._fh.fileno())
            self._fh.close()
            self._fh = None


def read_journal(path: str | os.PathLike[str]) -> Iterator[dict[str, Any]]:
    """The records of a JSON Lines file (letters as dicts, errors as ``{"error": …}``)."""
    with Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError:
                    return  # a torn last line


# --- rows -----------------------------------------------------------------------------------

Row = dict[str, Any]


def document_id(letter: Letter) -> str:
    """The ``document_id`` of a letter: ``<first 16 hex of the input's SHA-256>.<format>``.

    It depends only on the input's bytes and detected format, so the PDF, XML and HTML of one
    Kamerstuk get three ids (their ``identifier`` is the same), and the same file gives the
    same id in every run. Two inputs with identical bytes in one call of `table_rows` /
    `to_dataframes` get ``#2``, ``#3``, … appended in input order, so ids are unique per input.
    """
    return f"{letter.source.sha256[:16]}.{letter.source.format}"


def _error_id(record: ErrorRecord) -> str:
    """``<first 16 hex of the SHA-256>.error``; a file that could not be read is hashed by its path."""
    digest = record.sha256 or hashlib.sha256(record.path.encode("utf-8", "surrogateescape")).hexdigest()
    return f"{digest[:16]}.error"


def _status(record: ErrorRecord) -> str:
    error = record.error
    if record.skipped:
        return "skipped"
    if error == "TimeoutError":
        return "timeout"
    if error == "WorkerCrash":
        return "crashed"
    cls = getattr(_errors, error, None)
    if isinstance(cls, type) and issubclass(cls, _errors.StructureError):
        return "not_a_document"
    if isinstance(cls, type) and issubclass(cls, _errors.KamerstukError):
        return "unreadable"
    return "error"


def linked_paragraphs(letter: Letter, recommendation: Recommendation) -> list[str]:
    """Ids of the paragraphs that address `recommendation` (links and paragraph labels), in reading order."""
    ids = {link.paragraph for link in letter.links if link.recommendation == recommendation.id}
    ids.update(p.id for p in letter.paragraphs if recommendation.id in p.recommendations)
    return [p.id for p in letter.paragraphs if p.id in ids]


def _letter_rows(letter: Letter, key: str, out: dict[str, list[Row]]) -> None:
    m = letter.metadata
    report = letter.report
    titles = {s.id: s.title for s in letter.sections}
    paragraphs = {p.id: p for p in letter.paragraphs}
    out["letters"].append({
        "document_id": key, "identifier": m.identifier, "kind": m.kind, "date": m.date,
        "name": letter.source.name, "path": letter.source.path, "format": letter.source.format,
        "pages": letter.source.pages, "sha256": letter.source.sha256, "vergaderjaar": m.vergaderjaar,
        "dossiers": [d.number for d in m.dossiers], "dossier_titles": [d.title for d in m.dossiers],
        "ondernummer": m.ondernummer, "place": m.place, "sender": m.sender, "addressee": m.addressee,
        "signatories": [s.name for s in m.signatories], "signatory_roles": [s.role for s in m.signatories],
        "subject": m.subject, "reference": m.reference, "attachments": m.attachments, "ministry": m.ministry,
        "questioners": list(m.questioners), "submitted": m.submitted, "received": m.received,
        "movers": list(m.movers), "report_title": report.title if report else None,
        "report_organisations": list(report.organisations) if report else [],
        "report_date": report.date if report else None,
        "n_sections": len(letter.sections), "n_paragraphs": len(letter.paragraphs),
        "n_footnotes": len(letter.footnotes), "n_citations": len(letter.citations),
        "n_commitments": len(letter.commitments), "n_recommendations": len(letter.recommendations),
        "n_links": len(letter.links), "n_diagnostics": len(letter.diagnostics),
        "n_warnings": sum(d.severity == "warning" for d in letter.diagnostics),
        "schema_version": letter.schema_version,
    })  # fmt: skip
    for s in letter.sections:
        out["sections"].append({
            "document_id": key, "section": s.id, "title": s.title, "level": s.level,
            "attachment": s.attachment, "page": s.page, "start": s.start, "end": s.end,
        })  # fmt: skip
    for p in letter.paragraphs:
        out["paragraphs"].append({
            "document_id": key, "paragraph": p.id, "section": p.section,
            "section_title": titles.get(p.section or ""), "page": p.page, "page_end": p.page_end,
            "attachment": p.attachment, "label": p.label, "label_score": p.label_score,
            "recommendations": list(p.recommendations), "footnotes": list(p.footnotes),
            "start": p.start, "end": p.end, "text": p.text,
        })  # fmt: skip
    for f in letter.footnotes:
        out["footnotes"].append({"document_id": key, "footnote": f.number, "paragraph": f.paragraph,
                                 "page": f.page, "marker": f.marker, "text": f.text})  # fmt: skip
    for c in letter.citations:
        out["citations"].append({
            "document_id": key, "citation_kind": c.kind, "text": c.text, "start": c.start, "end": c.end,
            "in_footnote": c.in_footnote, "footnote": c.footnote, "chamber": c.chamber,
            "cited_vergaderjaar": c.vergaderjaar, "cited_dossiers": list(c.dossiers),
            "cited_numbers": list(c.numbers), "cited_identifiers": list(c.identifiers), "urls": list(c.urls),
            "item": c.item, "cited_movers": list(c.movers),
        })  # fmt: skip
    for k in letter.commitments:
        d = k.deadline
        home = paragraphs.get(k.paragraph) if k.paragraph is not None else None
        out["commitments"].append({
            "document_id": key, "commitment": k.id, "paragraph": k.paragraph,
            "paragraph_label": home.label if home else None,
            "recommendations": list(home.recommendations) if home else [],
            "actor": k.actor, "action": k.action, "object": k.object,
            "deadline_text": d.text if d else None, "earliest": d.earliest if d else None,
            "latest": d.latest if d else None, "deadline_rule": (d.rule or None) if d else None,
            "firmness": k.firmness, "commitment_kind": k.kind, "start": k.start, "end": k.end, "text": k.text,
        })  # fmt: skip
    for r in letter.recommendations:
        linked = linked_paragraphs(letter, r)
        made = [c for c in letter.commitments if c.paragraph in linked]
        latest = [c.deadline.latest for c in made if c.deadline is not None and c.deadline.latest is not None]
        out["recommendations"].append({
            "document_id": key, "recommendation": r.id, "ordinal": r.ordinal, "stance": r.stance,
            "stance_evidence": r.stance_evidence, "text": r.text, "by": list(r.by), "to": r.to,
            "paragraph": r.paragraph, "source": r.source, "start": r.start, "end": r.end,
            "linked_paragraphs": linked, "commitments": [c.id for c in made],
            "first_deadline": min(latest) if latest else None,
        })  # fmt: skip
    for lk in letter.links:
        out["links"].append({"document_id": key, "paragraph": lk.paragraph, "recommendation": lk.recommendation,
                             "method": lk.method, "score": lk.score, "evidence": lk.evidence})  # fmt: skip
    for dg in letter.diagnostics:
        out["diagnostics"].append({"document_id": key, "stage": dg.stage, "severity": dg.severity,
                                   "location": dg.location, "message": dg.message})  # fmt: skip


def _error_row(record: ErrorRecord, key: str) -> Row:
    return {
        "document_id": key,
        "path": record.path,
        "name": os.path.basename(record.path) or record.path,
        "sha256": record.sha256,
        "error": record.error,
        "status": _status(record),
        "message": record.message,
    }


Item = Any  # Letter | Outcome | ErrorRecord | a journal line (dict)


def _results(items: Item | Iterable[Item]) -> Iterator[Letter | ErrorRecord]:
    """Letters and error records from letters, Outcomes, error records and journal lines."""
    from kamerstuk.batch import ErrorRecord, Outcome

    if isinstance(items, Letter | Outcome | ErrorRecord) or (
        isinstance(items, Mapping) and _is_record(items)
    ):
        items = [items]  # one item: a Letter would otherwise iterate over its fields
    elif isinstance(items, str | bytes | os.PathLike):
        raise TypeError(
            "expected parsed letters or outcomes, not "
            f"{type(items).__name__}: parse the files first, e.g. to_dataframes(kamerstuk.parse_many(paths))"
        )
    for item in items:
        if isinstance(item, Outcome):
            yield item.result
        elif isinstance(item, Letter | ErrorRecord):
            yield item
        elif isinstance(item, Mapping):
            if isinstance(item.get("error"), Mapping):
                yield ErrorRecord.model_validate(dict(item["error"]))  # a journal's error line
            elif "error" in item and "path" in item:
                yield ErrorRecord.model_validate(dict(item))
            else:
                yield Letter.model_validate(dict(item))  # a journal's letter line
        else:
            raise TypeError(
                f"cannot make table rows from {type(item).__name__}: expected Letter, Outcome, "
                "ErrorRecord or a journal line (dict)"
            )


def _is_record(mapping: Mapping[Any, Any]) -> bool:
    return "error" in mapping or "source" in mapping


def table_rows(items: Item | Iterable[Item]) -> dict[str, list[Row]]:
    """The rows of every table (`TABLES`) as plain dicts, without pandas.

    `items`: `Letter`s, `Outcome`s (from `parse_many` or `run_batch`'s Dask path),
    `ErrorRecord`s, the JSON lines of a batch journal, or a mix (one Letter or Outcome alone
    is fine too). Each row has the columns of `SCHEMAS` in order; dates are `datetime.date`,
    list columns are lists, missing values None.
    """
    out: dict[str, list[Row]] = {name: [] for name in TABLES}
    seen: dict[str, int] = {}
    for result in _results(items):
        base = document_id(result) if isinstance(result, Letter) else _error_id(result)
        seen[base] = seen.get(base, 0) + 1
        key = base if seen[base] == 1 else f"{base}#{seen[base]}"
        if isinstance(result, Letter):
            _letter_rows(result, key, out)
        else:
            out["errors"].append(_error_row(result, key))
    return out


# --- DataFrames -----------------------------------------------------------------------------


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


# --- Parquet --------------------------------------------------------------------------------


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
