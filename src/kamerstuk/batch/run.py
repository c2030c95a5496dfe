"""A whole batch run: inputs -> journal -> final outputs (`run_batch`), resumable.

Results are appended to ``journal.jsonl`` as they arrive; ``letters.jsonl`` (and Parquet
tables) are rebuilt from the whole journal in a stable order, one record per input. With
``resume=True`` an input whose path and content hash are already in the journal is skipped.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kamerstuk.batch.inputs import expand_inputs, file_sha256
from kamerstuk.batch.pool import parse_many
from kamerstuk.batch.records import Outcome
from kamerstuk.batch.worker import PipelineSpec, check_pipeline
from kamerstuk.models import Letter
from kamerstuk.parse import display_name
from kamerstuk.readers.pdf import DEFAULT_ENGINE, MAX_PAGES, PdfEngine


@dataclass
class BatchSummary:
    """What a batch run did."""

    inputs: int = 0
    skipped: int = 0  # already in the output (resume)
    parsed: int = 0
    failed: int = 0
    not_documents: int = 0  # skipped records: inputs that are not parliamentary documents
    with_warnings: int = 0
    pages: int = 0
    seconds: float = 0.0

    def render(self) -> str:
        rate = self.pages / self.seconds if self.seconds else 0.0
        docs = (self.parsed + self.failed + self.not_documents) / self.seconds if self.seconds else 0.0
        return (
            f"kamerstuk: {self.inputs} input{'' if self.inputs == 1 else 's'}: {self.parsed} parsed, "
            f"{self.failed} failed, {self.skipped} already done, "
            f"{self.not_documents} skipped (not documents), {self.with_warnings} with warnings; "
            f"{self.pages} pages in {self.seconds:.1f} s ({rate:.1f} pages/s, {docs:.2f} documents/s)"
        )


def run_batch(
    inputs: Sequence[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    *,
    workers: int = 1,
    formats: Sequence[str] = ("jsonl",),
    resume: bool = False,
    timeout: float | None = 120.0,
    pipeline: PipelineSpec = "default",
    strict: bool = True,
    scheduler: Any = None,
    progress: Any = None,
    max_pages: int = MAX_PAGES,
    engine: PdfEngine = DEFAULT_ENGINE,
) -> BatchSummary:
    """Parse every input into `out_dir`: ``journal.jsonl`` as results arrive, then ``letters.jsonl``
    (sorted by path) and, with ``"parquet"`` in `formats`, one Parquet file per table.

    Inputs that are not parliamentary documents become skipped records (``{"error": {…,
    "skipped": true}}``), counted apart from failures; ``strict=False`` parses text without
    letter structure leniently instead. `pipeline` is "default", "rules", "none" or the
    directory of a saved pipeline. `scheduler` runs the parses on Dask: an address, a
    ``distributed.Client``, or "" for a local cluster; it is connected to before the output
    is touched (`kamerstuk.dask.SchedulerError` when it cannot be reached).

    With ``resume=True`` the inputs whose content hash is already in the journal are skipped,
    so an interrupted run continues where it stopped and the final files equal those of an
    uninterrupted run. ``max_pages`` is the page limit of `parse` (a longer PDF is an error
    record), on Dask workers too; ``engine`` is its PDF engine.
    """
    from kamerstuk.export import Journal, read_journal, write_parquet

    check_pipeline(pipeline)
    client, own_client = None, False
    if scheduler is not None:
        from kamerstuk.dask import connect

        client, own_client = connect(None if isinstance(scheduler, str) and not scheduler else scheduler)
    try:
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        journal = Journal(out / "journal.jsonl")
        paths = expand_inputs(inputs)
        summary = BatchSummary(inputs=len(paths))
        if not resume and journal.path.exists():
            journal.path.unlink()
        done = _done_inputs(journal) if resume else set()
        todo = [p for p in paths if not done or _input_key(p) not in done]
        summary.skipped = len(paths) - len(todo)
        started = time.perf_counter()
        if client is not None:
            from kamerstuk.dask import parse_with_dask

            outcomes: Iterable[Outcome] = parse_with_dask(
                todo,
                scheduler=client,
                timeout=timeout,
                pipeline=pipeline,
                strict=strict,
                max_pages=max_pages,
                engine=engine,
            )
        else:
            outcomes = parse_many(
                todo, workers=workers, ordered=False, timeout=timeout, pipeline=pipeline, strict=strict,
                max_pages=max_pages, engine=engine,
            )  # fmt: skip
        with journal:
            for outcome in outcomes:
                if isinstance(outcome.result, Letter):
                    letter = outcome.result
                    summary.parsed += 1
                    summary.pages += letter.source.pages or 0
                    summary.with_warnings += any(d.severity == "warning" for d in letter.diagnostics)
                    journal.write(letter.model_dump(mode="json"))
                else:
                    if outcome.result.skipped:
                        summary.not_documents += 1
                    else:
                        summary.failed += 1
                    journal.write({"error": outcome.result.model_dump(mode="json")})
                if progress is not None:
                    progress(outcome)
        summary.seconds = time.perf_counter() - started
    finally:
        if own_client and client is not None:
            client.close()
    # Final outputs, rebuilt from the whole journal in a stable order, one record per input.
    lines = _final_lines(journal.path)
    tmp = out / ".letters.jsonl.tmp"
    with journal.path.open("rb") as src, tmp.open("wb") as dst:
        for offset, size in lines:
            src.seek(offset)
            dst.write(src.read(size))
        dst.flush()
        os.fsync(dst.fileno())
    os.replace(tmp, out / "letters.jsonl")
    if "parquet" in formats:  # Parquet holds UTF-8 only: a lone surrogate stays as its escape text
        write_parquet(map(_encodable, read_journal(out / "letters.jsonl")), out)
    return summary


def _encodable(value: Any) -> Any:
    """`value` with every lone surrogate in its strings (from a file name with bytes that are not
    UTF-8) written as its escape, ``\\udcff``, so that it can be encoded as UTF-8."""
    if isinstance(value, str):
        return value.encode("utf-8", "backslashreplace").decode("utf-8")
    if isinstance(value, dict):
        return {_encodable(k): _encodable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_encodable(v) for v in value]
    return value


def _record_path(record: dict[str, Any]) -> str | None:
    """The input path of a journal record (a letter or an error), None when it has none."""
    if "error" in record:
        path = (record["error"] or {}).get("path")
    else:
        path = (record.get("source") or {}).get("path")
    return path if isinstance(path, str) else None


def _record_sha256(record: dict[str, Any]) -> str | None:
    sha = (
        (record["error"] or {}).get("sha256")
        if "error" in record
        else (record.get("source") or {}).get("sha256")
    )
    return sha if isinstance(sha, str) else None


def _input_key(path: str | os.PathLike[str]) -> tuple[str, str | None]:
    """What identifies an input to ``--resume``: its absolute path and its content hash together.

    The path keeps two copies of one file apart (each gets its own record); the hash makes a
    file changed since its record was written count as new. An input that cannot be read has
    no hash: its key is its path and None, so its error record counts as done, once.
    """
    return _path_key(os.fspath(path)), file_sha256(path)


def _path_key(path: str) -> str:
    """A path as `_input_key` compares it: absolute, and in the form a letter records it
    (`display_name`: bytes of a file name that are not UTF-8 as U+FFFD), so an error record, which
    keeps the path as given, and a letter of the same input match."""
    return os.path.abspath(display_name(path))


def _done_inputs(journal: Any) -> set[tuple[str, str | None]]:
    """The `_input_key`s of the records in `journal` (whose torn last line is cut off first)."""
    from kamerstuk.export import read_journal

    if not journal.path.exists():
        return set()
    journal.done_hashes()  # repairs a line torn by a crash
    done: set[tuple[str, str | None]] = set()
    for record in read_journal(journal.path):
        path = _record_path(record)
        if path is not None:
            done.add((_path_key(path), _record_sha256(record)))
    return done


def _final_lines(journal: Path) -> list[tuple[int, int]]:
    """(offset, size) of the journal lines that make ``letters.jsonl``: sorted by input path, and
    for an input recorded more than once (it changed between runs, or became readable) only its
    last record. Only this index is held in memory, never the records."""
    latest: dict[str, tuple[str, int, int, int]] = {}
    offset = 0
    with journal.open("rb") as fh:
        for n, raw in enumerate(fh):
            size = len(raw)
            if not raw.strip():
                offset += size
                continue
            if not raw.endswith(b"\n"):
                break  # a torn last line
            try:
                record = json.loads(raw)
            except json.JSONDecodeError:
                break
            path = _record_path(record) if isinstance(record, dict) else None
            key = _path_key(path) if path is not None else f"\0{n}"
            latest[key] = (path or "", n, offset, size)
            offset += size
    return [(start, size) for _, _, start, size in sorted(latest.values())]
