"""Parse many documents: in parallel processes, one result per input, never losing a file.

`parse_many(paths, workers=N)` yields, for every input, either a `Letter` or an
`ErrorRecord` (path, error type, message) — in input order, or as completed. Each worker
process loads the spaCy pipeline once and is replaced after `max_tasks_per_child` documents,
so memory stays flat over long runs; a per-document time limit stops a pathological file
without stopping the run.
"""

from __future__ import annotations

import concurrent.futures as cf
import glob
import hashlib
import json
import multiprocessing
import multiprocessing.context
import os
import resource
import signal
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from kamerstuk.errors import KamerstukError
from kamerstuk.models import Letter
from kamerstuk.parse import parse

#: Suffixes a batch picks up from a directory (other files are not documents).
DOCUMENT_SUFFIXES = frozenset({".pdf", ".xml", ".html", ".htm", ".txt", ".md", ".markdown", ".text"})


class ErrorRecord(BaseModel):
    """One input that could not be parsed: a batch's error line, never an exception."""

    model_config = ConfigDict(frozen=True)

    path: str
    error: str = Field(
        description="Exception type: SourceError, ScannedPDFError, StructureError, TimeoutError, …"
    )
    message: str
    sha256: str | None = Field(default=None, description="Content hash of the input, if it could be read.")


@dataclass(frozen=True)
class Outcome:
    """What one input gave, with the cost of getting it."""

    index: int
    path: str
    result: Letter | ErrorRecord
    seconds: float
    peak_rss_kb: int  # peak resident memory of the process that parsed it

    @property
    def ok(self) -> bool:
        return isinstance(self.result, Letter)


def expand_inputs(items: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Files named by paths, directories (recursively) and glob patterns, sorted, without duplicates.

    Sidecar metadata files (``*_metadata.xml``, ``metadata.xml``) are not documents: the parse
    of their document reads them.
    """
    found: list[Path] = []
    for item in items:
        text = os.fspath(item)
        if any(ch in text for ch in "*?["):
            found.extend(Path(p) for p in sorted(glob.glob(text, recursive=True)))
            continue
        path = Path(text)
        if path.is_dir():
            found.extend(
                p for p in sorted(path.rglob("*"))
                if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES and not p.name.startswith(".")
            )  # fmt: skip
        else:
            found.append(path)
    seen: set[Path] = set()
    out = []
    for p in found:
        if p.name.endswith("_metadata.xml") or p.name == "metadata.xml" or p in seen:
            continue
        seen.add(p)
        out.append(p)
    return out


def file_sha256(path: str | os.PathLike[str]) -> str | None:
    """SHA-256 of a file's bytes, or None if it cannot be read."""
    try:
        digest = hashlib.sha256()
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
        return digest.hexdigest()
    except OSError:
        return None


# --- the work done in a worker --------------------------------------------------------------

_PIPELINE: str = "default"


def _init_worker(pipeline: str) -> None:
    global _PIPELINE
    _PIPELINE = pipeline
    if pipeline != "none":
        from kamerstuk.pipeline import default_pipeline

        default_pipeline(rules_only=pipeline == "rules")  # load once per worker


class _Timeout(Exception):
    pass


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise _Timeout


def parse_one(index: int, path: str, timeout: float | None, pipeline: str = "default") -> Outcome:
    """Parse one input into an Outcome; every failure becomes an ErrorRecord."""
    start = time.perf_counter()
    # The limit uses SIGALRM, which only the main thread can receive: Dask workers run tasks in
    # threads, so there the limit is the cluster's business (see docs/batch.md).
    use_alarm = (
        timeout is not None
        and timeout > 0
        and hasattr(signal, "SIGALRM")
        and threading.current_thread() is threading.main_thread()
    )
    previous = None
    if use_alarm:
        previous = signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, float(timeout or 0))
    result: Letter | ErrorRecord
    try:
        result = parse(path, pipeline=pipeline)  # type: ignore[arg-type]
    except _Timeout:
        result = ErrorRecord(path=path, error="TimeoutError", message=f"parsing took longer than {timeout} s",
                             sha256=file_sha256(path))  # fmt: skip
    except KamerstukError as exc:
        result = ErrorRecord(
            path=path, error=type(exc).__name__, message=exc.message, sha256=file_sha256(path)
        )
    except Exception as exc:  # a bug in kamerstuk must not end the batch: record it, with its type
        result = ErrorRecord(path=path, error=type(exc).__name__, message=f"unexpected error: {exc}",
                             sha256=file_sha256(path))  # fmt: skip
    finally:
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return Outcome(index=index, path=path, result=result, seconds=seconds, peak_rss_kb=int(peak))


def _worker(index: int, path: str, timeout: float | None) -> Outcome:
    return parse_one(index, path, timeout, _PIPELINE)


# --- the driver -----------------------------------------------------------------------------


def parse_many(
    paths: Iterable[str | os.PathLike[str]],
    *,
    workers: int = 1,
    ordered: bool = True,
    timeout: float | None = 120.0,
    pipeline: Literal["default", "rules", "none"] = "default",
    max_tasks_per_child: int = 200,
) -> Iterator[Outcome]:
    """Parse `paths` with `workers` processes; yield one `Outcome` per input.

    ``ordered=True`` yields in input order, ``False`` as documents complete. ``timeout`` is
    the per-document limit in seconds (None: none). With ``workers=1`` everything runs in
    this process (the pipeline is still loaded once).
    """
    items = [os.fspath(p) for p in paths]
    if workers <= 1:
        _init_worker(pipeline)
        for i, path in enumerate(items):
            yield parse_one(i, path, timeout, pipeline)
        return
    yield from _pooled(items, workers, ordered, timeout, pipeline, max_tasks_per_child)


def _pooled(
    items: Sequence[str], workers: int, ordered: bool, timeout: float | None, pipeline: str, max_tasks: int
) -> Iterator[Outcome]:
    pending = list(enumerate(items))
    done: dict[int, Outcome] = {}
    next_to_yield = 0
    while pending:
        # A worker that dies (out of memory, a crash in a C library) breaks the pool: the inputs
        # it held become error records and the rest continue in a new pool.
        with cf.ProcessPoolExecutor(
            max_workers=workers, initializer=_init_worker, initargs=(pipeline,),
            max_tasks_per_child=max_tasks, mp_context=_context(),
        ) as pool:  # fmt: skip
            futures = {pool.submit(_worker, i, path, timeout): (i, path) for i, path in pending}
            pending = []
            broken = False
            for future in cf.as_completed(futures):
                i, path = futures[future]
                try:
                    outcome = future.result()
                except cf.process.BrokenProcessPool:
                    if not broken:
                        broken = True
                    pending.append((i, path))
                    continue
                done[i] = outcome
                if not ordered:
                    yield done.pop(i)
                while ordered and next_to_yield in done:
                    yield done.pop(next_to_yield)
                    next_to_yield += 1
        if broken:
            # Retry each unfinished input alone once; a second crash makes it an error record.
            retry, pending = pending, []
            for i, path in sorted(retry):
                outcome = _isolated(i, path, timeout, pipeline)
                done[i] = outcome
                if not ordered:
                    yield done.pop(i)
                while ordered and next_to_yield in done:
                    yield done.pop(next_to_yield)
                    next_to_yield += 1
    while ordered and next_to_yield in done:
        yield done.pop(next_to_yield)
        next_to_yield += 1


def _context() -> multiprocessing.context.BaseContext:
    """Workers start from a fork server that has imported kamerstuk, spaCy and pdfplumber once.

    (Replacing workers after `max_tasks_per_child` rules out plain fork; spawn would re-import
    everything for every worker, and re-run the caller's main module.)
    """
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["kamerstuk.batch", "kamerstuk.pipeline", "pdfplumber"])
    return ctx


def _isolated(i: int, path: str, timeout: float | None, pipeline: str) -> Outcome:
    with cf.ProcessPoolExecutor(
        max_workers=1, initializer=_init_worker, initargs=(pipeline,), mp_context=_context()
    ) as pool:
        try:
            return pool.submit(_worker, i, path, timeout).result()
        except cf.process.BrokenProcessPool:
            record = ErrorRecord(path=path, error="WorkerCrash", message="the worker process died on this input",
                                 sha256=file_sha256(path))  # fmt: skip
            return Outcome(index=i, path=path, result=record, seconds=0.0, peak_rss_kb=0)


# --- a whole batch run: inputs -> journal -> final outputs ----------------------------------


@dataclass
class BatchSummary:
    """What a batch run did."""

    inputs: int = 0
    skipped: int = 0  # already in the output (resume)
    parsed: int = 0
    failed: int = 0
    with_warnings: int = 0
    pages: int = 0
    seconds: float = 0.0

    def render(self) -> str:
        rate = self.pages / self.seconds if self.seconds else 0.0
        docs = (self.parsed + self.failed) / self.seconds if self.seconds else 0.0
        return (
            f"kamerstuk: {self.inputs} inputs: {self.parsed} parsed, {self.failed} failed, "
            f"{self.skipped} already done, {self.with_warnings} with warnings; "
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
    pipeline: Literal["default", "rules", "none"] = "default",
    scheduler: str | None = None,
    progress: Any = None,
) -> BatchSummary:
    """Parse every input into `out_dir`: ``journal.jsonl`` as results arrive, then ``letters.jsonl``
    (sorted by path) and, with ``"parquet"`` in `formats`, one Parquet file per table.

    With ``resume=True`` the inputs whose content hash is already in the journal are skipped,
    so an interrupted run continues where it stopped and the final files equal those of an
    uninterrupted run.
    """
    from kamerstuk.export import Journal, read_journal, write_parquet

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    journal = Journal(out / "journal.jsonl")
    paths = expand_inputs(inputs)
    summary = BatchSummary(inputs=len(paths))
    if not resume and journal.path.exists():
        journal.path.unlink()
    done = journal.done_hashes() if resume else set()
    todo = [p for p in paths if not done or file_sha256(p) not in done]
    summary.skipped = len(paths) - len(todo)
    started = time.perf_counter()
    if scheduler is not None:
        from kamerstuk.dask import parse_with_dask

        outcomes: Iterable[Outcome] = parse_with_dask(
            todo, scheduler=scheduler or None, timeout=timeout, pipeline=pipeline
        )
    else:
        outcomes = parse_many(todo, workers=workers, ordered=False, timeout=timeout, pipeline=pipeline)
    with journal:
        for outcome in outcomes:
            if isinstance(outcome.result, Letter):
                letter = outcome.result
                summary.parsed += 1
                summary.pages += letter.source.pages or 0
                summary.with_warnings += any(d.severity == "warning" for d in letter.diagnostics)
                journal.write(letter.model_dump(mode="json"))
            else:
                summary.failed += 1
                journal.write({"error": outcome.result.model_dump(mode="json")})
            if progress is not None:
                progress(outcome)
    summary.seconds = time.perf_counter() - started
    # Final outputs, rebuilt from the whole journal in a stable order.
    records = sorted(read_journal(journal.path), key=_record_path)
    tmp = out / ".letters.jsonl.tmp"
    with tmp.open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    os.replace(tmp, out / "letters.jsonl")
    if "parquet" in formats:
        write_parquet(records, out)
    return summary


def _record_path(record: dict[str, Any]) -> str:
    if "error" in record:
        return str(record["error"].get("path", ""))
    return str(record.get("source", {}).get("path") or record.get("source", {}).get("name", ""))
