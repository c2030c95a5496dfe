"""Parse many documents: in parallel processes, one result per input, never losing a file.

`parse_many(paths, workers=N)` yields, for every input, either a `Letter` or an
`ErrorRecord` (path, error type, message) — in input order, or as completed. An input that
is not a parliamentary document (a README, a metadata file or SRU search response, text
without letter structure) gives an `ErrorRecord` with ``skipped=True``: recorded, not a
failure. Each worker process loads the spaCy pipeline once and is replaced after
`max_tasks_per_child` documents, so memory stays flat over long runs; a per-document time
limit stops a pathological file without stopping the run.

It works from a script without ``if __name__ == "__main__":`` too: where worker processes
started by the fork server would re-run such a script, they are forked instead (on Linux),
or the documents are parsed in this process with a `KamerstukWarning` (elsewhere).
"""

from __future__ import annotations

import ast
import concurrent.futures as cf
import functools
import glob
import hashlib
import json
import multiprocessing
import multiprocessing.context
import os
import resource
import signal
import sys
import threading
import time
import warnings
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from spacy.language import Language

from kamerstuk.errors import KamerstukError, KamerstukWarning, MalformedXMLError, StructureError
from kamerstuk.models import Letter
from kamerstuk.parse import PipelineChoice, parse

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
    skipped: bool = Field(
        default=False,
        description="True when the input is not a parliamentary document (a metadata file or SRU "
        "response, a README or other text without letter structure): left out, not a failure.",
    )


class WorkerStartError(RuntimeError):
    """Worker processes could not start, so no input could be parsed (raised once, not per input)."""


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

    @property
    def skipped(self) -> bool:
        """True when the input is not a parliamentary document (see `ErrorRecord.skipped`)."""
        return isinstance(self.result, ErrorRecord) and self.result.skipped

    def __repr__(self) -> str:
        """One short line: index, ``ok`` or the error type, time, and the letter or the message."""
        if isinstance(self.result, Letter):
            status, what = "ok", repr(self.result)[len("<Letter ") : -1]
        else:
            status, what = self.result.error, f"{Path(self.path).name}: {self.result.message}"
        line = f"<Outcome #{self.index} {status} in {self.seconds:.1f} s: {what}"
        return (line if len(line) <= 119 else line[:118] + "…") + ">"


def expand_inputs(items: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Files named by paths, directories (recursively) and glob patterns, sorted, without duplicates.

    A metadata file beside its document (``<stem>_metadata.xml`` beside ``<stem>.*``, or
    ``metadata.xml`` beside any document) is not an input: the parse of its document reads
    it. A metadata file without its document stays an input (and becomes a skipped record).
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
    documents = {p for p in found if not _is_sidecar(p)}
    seen: set[Path] = set()
    out = []
    for p in found:
        if p in seen or (_is_sidecar(p) and _has_document(p, documents)):
            continue
        seen.add(p)
        out.append(p)
    return out


def _is_sidecar(path: Path) -> bool:
    return path.name.endswith("_metadata.xml") or path.name == "metadata.xml"


def _has_document(sidecar: Path, documents: set[Path]) -> bool:
    """Whether a document that reads `sidecar` (see `find_metadata_file`) is among `documents`."""
    folder = sidecar.parent
    if sidecar.name == "metadata.xml":
        return any(d.parent == folder for d in documents)
    stem = sidecar.name.removesuffix("_metadata.xml")
    return any(d.parent == folder and d.stem == stem for d in documents)


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

#: Which pipeline a batch runs: "default" (the shipped one), "rules" (its rules-only form),
#: "none" (no pipeline), or the directory of a pipeline saved by ``kamerstuk train``.
PipelineSpec = str | os.PathLike[str]

_NAMED_PIPELINES = ("default", "rules", "none")
# This worker's options: (pipeline, strict, skip_non_documents), set by `_init_worker`.
_OPTIONS: tuple[PipelineSpec, bool, bool] = ("default", True, True)


def _is_named(pipeline: PipelineSpec) -> bool:
    return isinstance(pipeline, str) and pipeline in _NAMED_PIPELINES


@functools.lru_cache(maxsize=4)
def _saved_pipeline(path: str) -> Language:
    from kamerstuk.pipeline import load_pipeline

    with warnings.catch_warnings():  # a version mismatch is reported once, by the caller
        warnings.simplefilter("ignore", KamerstukWarning)
        return load_pipeline(path)


def resolve_pipeline(pipeline: PipelineSpec) -> PipelineChoice:
    """What `parse` gets for `pipeline`: a name as is, a saved pipeline loaded (once per process)."""
    if _is_named(pipeline):
        return pipeline  # type: ignore[return-value]
    return _saved_pipeline(os.fspath(pipeline))


def check_pipeline(pipeline: PipelineSpec) -> None:
    """Raise `FileNotFoundError` (one line, with the fix) unless `pipeline` names a pipeline."""
    if isinstance(pipeline, str) and not pipeline:
        raise FileNotFoundError(
            "the pipeline is an empty string: use 'default', 'rules', 'none' or a directory"
        )
    if not _is_named(pipeline) and not (Path(pipeline) / "config.cfg").is_file():
        raise FileNotFoundError(
            f"no saved spaCy pipeline at {os.fspath(pipeline)} (save one with: kamerstuk train GOLD -o DIR)"
        )


def _init_worker(pipeline: PipelineSpec, strict: bool = True, skip_non_documents: bool = True) -> None:
    global _OPTIONS
    _OPTIONS = (pipeline, strict, skip_non_documents)
    if not _is_named(pipeline):
        _saved_pipeline(os.fspath(pipeline))  # load once per worker
    elif pipeline != "none":
        from kamerstuk.pipeline import default_pipeline

        default_pipeline(rules_only=pipeline == "rules")  # load once per worker


def _ping() -> int:
    """A no-op task: proves that a worker process started."""
    return os.getpid()


class _Timeout(Exception):
    pass


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise _Timeout


_METADATA_KINDS = {
    "searchRetrieveResponse": "an SRU search response",
    "owms-metadata": "OWMS metadata",
    "metadata_gegevens": "a metadata.xml",
    "work": "a publication manifest",
}


def _metadata_file(path: str) -> str | None:
    """What a metadata file is ("an SRU search response", …), or None when `path` is not one."""
    from kamerstuk.readers.metadata_xml import is_metadata_root
    from kamerstuk.safexml import local_name, parse_xml_bytes

    try:
        root = parse_xml_bytes(Path(path).read_bytes())
    except (KamerstukError, OSError):
        return None
    if not is_metadata_root(root):
        return None
    name = local_name(root.tag)
    return f"{_METADATA_KINDS.get(name, 'a metadata record')} <{name}>"


def parse_one(
    index: int,
    path: str,
    timeout: float | None,
    pipeline: PipelineSpec = "default",
    *,
    strict: bool = True,
    skip_non_documents: bool = True,
) -> Outcome:
    """Parse one input into an Outcome; every failure becomes an ErrorRecord.

    With `skip_non_documents`, an input that is not a parliamentary document gives an
    ErrorRecord with ``skipped=True``: a metadata file or SRU response, or (in a strict
    parse) text without letter structure (`StructureError`). Unreadable inputs (a corrupt,
    encrypted or scanned PDF, broken XML, an empty file) stay errors.
    """
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
        try:
            result = parse(path, strict=strict, pipeline=resolve_pipeline(pipeline))
        finally:  # the limit covers the parse only, not the making of the record below
            if use_alarm:
                signal.setitimer(signal.ITIMER_REAL, 0)
    except _Timeout:
        result = ErrorRecord(path=path, error="TimeoutError", message=f"parsing took longer than {timeout} s",
                             sha256=file_sha256(path))  # fmt: skip
    except StructureError as exc:
        result = ErrorRecord(path=path, error=type(exc).__name__, message=exc.message,
                             sha256=file_sha256(path), skipped=skip_non_documents)  # fmt: skip
    except MalformedXMLError as exc:
        what = _metadata_file(path) if skip_non_documents else None
        message = f"{what} is a metadata file, not a document" if what else exc.message
        result = ErrorRecord(path=path, error=type(exc).__name__, message=message,
                             sha256=file_sha256(path), skipped=what is not None)  # fmt: skip
    except KamerstukError as exc:
        result = ErrorRecord(
            path=path, error=type(exc).__name__, message=exc.message, sha256=file_sha256(path)
        )
    except Exception as exc:  # a bug in kamerstuk must not end the batch: record it, with its type
        result = ErrorRecord(path=path, error=type(exc).__name__, message=f"unexpected error: {exc}",
                             sha256=file_sha256(path))  # fmt: skip
    finally:
        if use_alarm:
            signal.signal(signal.SIGALRM, previous)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return Outcome(index=index, path=path, result=result, seconds=seconds, peak_rss_kb=int(peak))


def _worker(index: int, path: str, timeout: float | None) -> Outcome:
    pipeline, strict, skip = _OPTIONS
    return parse_one(index, path, timeout, pipeline, strict=strict, skip_non_documents=skip)


# --- the driver -----------------------------------------------------------------------------


def parse_many(
    paths: Iterable[str | os.PathLike[str]],
    *,
    workers: int = 1,
    ordered: bool = True,
    timeout: float | None = 120.0,
    pipeline: PipelineSpec = "default",
    strict: bool = True,
    skip_non_documents: bool = True,
    max_tasks_per_child: int = 200,
) -> Iterator[Outcome]:
    """Parse `paths` with `workers` processes; yield one `Outcome` per input.

    ``ordered=True`` yields in input order, ``False`` as documents complete. ``timeout`` is
    the per-document limit in seconds (None: none). With ``workers=1`` everything runs in
    this process (the pipeline is still loaded once).

    ``pipeline`` is "default", "rules", "none", or the directory of a pipeline saved by
    ``kamerstuk train`` (checked before any work: `FileNotFoundError`). An input that is not a
    parliamentary document gives an `ErrorRecord` with ``skipped=True`` (see `parse_one`);
    ``strict=False`` parses text without letter structure leniently instead (kind "other",
    "rapport", …), ``skip_non_documents=False`` makes such inputs plain error records.

    Safe to call from a script without ``if __name__ == "__main__":``, from ``python -c``
    and from Jupyter (see `_context`). Raises `WorkerStartError` when worker processes
    cannot start at all, instead of one crash record per input.
    """
    items = [os.fspath(p) for p in paths]
    check_pipeline(pipeline)
    options = (pipeline, strict, skip_non_documents)
    ctx = _context(workers) if workers > 1 and items else None
    if ctx is None:
        _init_worker(*options)
        for i, path in enumerate(items):
            yield parse_one(i, path, timeout, pipeline, strict=strict, skip_non_documents=skip_non_documents)
        return
    yield from _pooled(items, workers, ordered, timeout, options, max_tasks_per_child, ctx)


def _pooled(
    items: Sequence[str],
    workers: int,
    ordered: bool,
    timeout: float | None,
    options: tuple[PipelineSpec, bool, bool],
    max_tasks: int,
    ctx: multiprocessing.context.BaseContext,
) -> Iterator[Outcome]:
    # Forked workers cannot be replaced after `max_tasks` (the executor refuses that with fork):
    # there a fresh pool per chunk of inputs keeps memory flat instead.
    workers = min(workers, len(items))
    forked = ctx.get_start_method() == "fork"
    step = max(1, workers * max_tasks if forked else len(items))
    done: dict[int, Outcome] = {}
    next_to_yield = 0
    checked = False
    for first in range(0, len(items), step):
        pending = [(i, items[i]) for i in range(first, min(first + step, len(items)))]
        # A worker that dies (out of memory, a crash in a C library) breaks the pool: the inputs
        # it held become error records and the rest continue in a new pool.
        with cf.ProcessPoolExecutor(
            max_workers=workers, initializer=_init_worker, initargs=options,
            max_tasks_per_child=None if forked else max_tasks, mp_context=ctx,
        ) as pool:  # fmt: skip
            if not checked:
                _check_start(pool, workers)
                checked = True
            futures = {pool.submit(_worker, i, path, timeout): (i, path) for i, path in pending}
            pending = []
            try:
                for future in cf.as_completed(futures):
                    i, path = futures[future]
                    try:
                        outcome = future.result()
                    except cf.process.BrokenProcessPool:
                        pending.append((i, path))
                        continue
                    done[i] = outcome
                    if not ordered:
                        yield done.pop(i)
                    while ordered and next_to_yield in done:
                        yield done.pop(next_to_yield)
                        next_to_yield += 1
            except GeneratorExit:  # the caller stopped early: do not parse the rest
                pool.shutdown(wait=True, cancel_futures=True)
                raise
        # Retry each input of a broken pool alone once; a second crash makes it an error record.
        for i, path in sorted(pending):
            done[i] = _isolated(i, path, timeout, options, ctx)
            if not ordered:
                yield done.pop(i)
            while ordered and next_to_yield in done:
                yield done.pop(next_to_yield)
                next_to_yield += 1
    while ordered and next_to_yield in done:
        yield done.pop(next_to_yield)
        next_to_yield += 1


_START_HINT = (
    "worker processes could not start ({}); their own error is printed above. In a script, "
    'call parse_many under `if __name__ == "__main__":`, or pass workers=1 to parse in this process'
)


def _check_start(pool: cf.ProcessPoolExecutor, workers: int) -> None:
    """Fail once, with the fix, when workers cannot start (rather than once per input)."""
    pings = [pool.submit(_ping) for _ in range(workers)]
    try:
        for ping in pings:
            ping.result()
    except cf.process.BrokenProcessPool as exc:
        raise WorkerStartError(_START_HINT.format(str(exc).rstrip("."))) from None


def _context(workers: int) -> multiprocessing.context.BaseContext | None:
    """How worker processes start; None: parse in this process.

    Normally from a fork server that has imported kamerstuk, spaCy and pdfplumber once (spawn
    where there is no fork server). Such workers re-run the caller's main module before they
    take work; where that would fail (see `_main_reruns_call`), workers are forked from this
    process instead on Linux; elsewhere fork is unsafe or missing, and the inputs are parsed
    in this process with a `KamerstukWarning` that names the fix.
    """
    methods = multiprocessing.get_all_start_methods()
    reason = _main_reruns_call()
    if reason is not None:
        if "fork" in methods and sys.platform.startswith("linux"):
            return multiprocessing.get_context("fork")
        warnings.warn(
            f"{reason}, and worker processes would run it again: parsing in this process. Put the call "
            f'under `if __name__ == "__main__":` to use {workers} worker processes',
            KamerstukWarning,
            stacklevel=3,
        )
        return None
    if "forkserver" not in methods:
        return multiprocessing.get_context("spawn")
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["kamerstuk.batch", "kamerstuk.pipeline", "pdfplumber"])
    return ctx


def _main_reruns_call() -> str | None:
    """Why workers started by spawn or the fork server would fail here, or None when they would not.

    Such a worker first re-runs the main module of this process (as ``__mp_main__``): a
    script that calls parse_many at its top level, outside ``if __name__ == "__main__":``,
    would call it again in every worker, which multiprocessing refuses; a script read from
    stdin cannot be re-run at all. ``python -c``, an interactive session, Jupyter and
    ``python -m package`` have no main module that is re-run.
    """
    main = sys.modules.get("__main__")
    if main is None:
        return None
    name = getattr(getattr(main, "__spec__", None), "name", None)
    if name is not None and (name == "__main__" or name.endswith(".__main__")):
        return None
    file = getattr(main, "__file__", None)
    if not isinstance(file, str):
        return None
    source = Path(file)
    if not source.is_file():
        return f"the main module ({file}) is not a file"
    try:
        tree = ast.parse(source.read_bytes())
    except (SyntaxError, ValueError, OSError):
        return f'{file} cannot be checked for `if __name__ == "__main__":`'
    guards = [node for node in ast.walk(tree) if isinstance(node, ast.If) and _tests_main(node.test)]
    frame = _module_frame(vars(main))
    if frame is None:  # called from elsewhere (a thread, a callback): trust a guard if there is one
        guarded = bool(guards)
    else:
        line = frame.f_lineno
        guarded = any(g.body[0].lineno <= line <= (g.body[-1].end_lineno or line) for g in guards)
    return None if guarded else f'{file} calls parse_many outside `if __name__ == "__main__":`'


def _tests_main(test: ast.expr) -> bool:
    """Whether an ``if`` test compares ``__name__`` with ``"__main__"``."""
    for node in ast.walk(test):
        if isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            if any(isinstance(n, ast.Name) and n.id == "__name__" for n in sides) and any(
                isinstance(n, ast.Constant) and n.value == "__main__" for n in sides
            ):
                return True
    return False


def _module_frame(namespace: dict[str, Any]) -> FrameType | None:
    """The frame running the main module's top-level code, if it is on the stack."""
    frame: FrameType | None = sys._getframe(1)
    while frame is not None:
        if frame.f_code.co_name == "<module>" and frame.f_globals is namespace:
            return frame
        frame = frame.f_back
    return None


def _isolated(
    i: int,
    path: str,
    timeout: float | None,
    options: tuple[PipelineSpec, bool, bool],
    ctx: multiprocessing.context.BaseContext,
) -> Outcome:
    with cf.ProcessPoolExecutor(
        max_workers=1, initializer=_init_worker, initargs=options, mp_context=ctx
    ) as pool:
        _check_start(pool, 1)
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
    uninterrupted run.
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
        done = journal.done_hashes() if resume else set()
        todo = [p for p in paths if not done or file_sha256(p) not in done]
        summary.skipped = len(paths) - len(todo)
        started = time.perf_counter()
        if client is not None:
            from kamerstuk.dask import parse_with_dask

            outcomes: Iterable[Outcome] = parse_with_dask(
                todo, scheduler=client, timeout=timeout, pipeline=pipeline, strict=strict
            )
        else:
            outcomes = parse_many(
                todo, workers=workers, ordered=False, timeout=timeout, pipeline=pipeline, strict=strict
            )
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
