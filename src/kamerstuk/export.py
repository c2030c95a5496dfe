"""Exports: a crash-safe JSON Lines journal, flat tables, Parquet files and pandas DataFrames.

The JSON Lines file is the batch's journal: one line per input (a Letter, or ``{"error":
{…}}``), appended and flushed as results arrive, so an interrupted run keeps every line it
wrote; a torn last line is cut off on resume. Tables are derived from it: one row per
letter, paragraph, footnote, citation, commitment, recommendation, link and error, joined by
the ``document`` column (the official identifier, or ``sha256:<first 16 hex>`` without one).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from kamerstuk.models import Letter

TABLES = (
    "letters",
    "paragraphs",
    "footnotes",
    "citations",
    "commitments",
    "recommendations",
    "links",
    "errors",
)


def document_key(letter: Letter) -> str:
    """The join key of a letter's rows."""
    return letter.metadata.identifier or f"sha256:{letter.source.sha256[:16]}"


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
        self._fh = self.path.open("a", encoding="utf-8")
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


def _join(values: Iterable[object]) -> str:
    return "; ".join(str(v) for v in values)


def rows(records: Iterable[Letter | dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Flat rows per table from letters (models or their JSON) and error records."""
    out: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for record in records:
        if isinstance(record, dict) and "error" in record:
            out["errors"].append(dict(record["error"]))
            continue
        letter = record if isinstance(record, Letter) else Letter.model_validate(record)
        key = document_key(letter)
        m = letter.metadata
        titles = {s.id: s.title for s in letter.sections}
        out["letters"].append({
            "document": key, "path": letter.source.path, "name": letter.source.name,
            "sha256": letter.source.sha256, "format": letter.source.format, "pages": letter.source.pages,
            "kind": m.kind, "identifier": m.identifier, "vergaderjaar": m.vergaderjaar,
            "dossiers": _join(d.number for d in m.dossiers), "dossier_titles": _join(d.title or "" for d in m.dossiers),
            "ondernummer": m.ondernummer, "date": m.date, "place": m.place, "sender": m.sender,
            "addressee": m.addressee, "signatories": _join(s.name for s in m.signatories), "subject": m.subject,
            "reference": m.reference, "attachments": m.attachments, "paragraphs": len(letter.paragraphs),
            "footnotes": len(letter.footnotes), "diagnostics": len(letter.diagnostics),
        })  # fmt: skip
        for p in letter.paragraphs:
            out["paragraphs"].append({
                "document": key, "paragraph": p.id, "section": p.section,
                "section_title": titles.get(p.section or ""), "page": p.page, "page_end": p.page_end,
                "start": p.start, "end": p.end, "label": p.label, "label_score": p.label_score,
                "recommendations": _join(p.recommendations), "footnotes": _join(p.footnotes), "text": p.text,
            })  # fmt: skip
        for f in letter.footnotes:
            out["footnotes"].append({"document": key, "number": f.number, "paragraph": f.paragraph,
                                     "page": f.page, "text": f.text})  # fmt: skip
        for c in letter.citations:
            out["citations"].append({
                "document": key, "kind": c.kind, "text": c.text, "identifiers": _join(c.identifiers),
                "dossiers": _join(c.dossiers), "numbers": _join(c.numbers), "in_footnote": c.in_footnote,
                "url": c.urls[0] if c.urls else None,
            })  # fmt: skip
        for k in letter.commitments:
            out["commitments"].append({
                "document": key, "commitment": k.id, "paragraph": k.paragraph, "actor": k.actor,
                "action": k.action, "object": k.object, "deadline": k.deadline.text if k.deadline else None,
                "earliest": k.deadline.earliest if k.deadline else None,
                "latest": k.deadline.latest if k.deadline else None, "firmness": k.firmness, "kind": k.kind,
                "text": k.text,
            })  # fmt: skip
        for r in letter.recommendations:
            out["recommendations"].append({
                "document": key, "recommendation": r.id, "ordinal": r.ordinal, "text": r.text,
                "paragraph": r.paragraph, "stance": r.stance, "stance_evidence": r.stance_evidence,
                "by": _join(r.by), "to": r.to, "source": r.source,
            })  # fmt: skip
        for lk in letter.links:
            out["links"].append({"document": key, "paragraph": lk.paragraph, "recommendation": lk.recommendation,
                                 "score": lk.score, "method": lk.method, "evidence": lk.evidence})  # fmt: skip
    return out


def _require(module: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise ImportError(
            f"{module} is needed for this export: pip install 'kamerstuk[dataframes]'"
        ) from None


def to_dataframes(records: Iterable[Letter | dict[str, Any]]) -> dict[str, Any]:
    """pandas DataFrames per table (letters, paragraphs, …, errors), joined by ``document``."""
    pd = _require("pandas")
    return {name: pd.DataFrame(table) for name, table in rows(records).items()}


def write_parquet(
    records: Iterable[Letter | dict[str, Any]], directory: str | os.PathLike[str]
) -> list[Path]:
    """One Parquet file per table in `directory`, each written to a temporary name and renamed."""
    pa = _require("pyarrow")
    pq = _require("pyarrow.parquet")
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, table in rows(records).items():
        target = directory / f"{name}.parquet"
        tmp = directory / f".{name}.parquet.tmp"
        arrow = pa.Table.from_pylist(table) if table else pa.table({"document": pa.array([], pa.string())})
        pq.write_table(arrow, tmp)
        os.replace(tmp, target)
        written.append(target)
    return written
