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
import contextlib
import functools
import glob
import hashlib
import json
import multiprocessing
import multiprocessing.context
import os
import pickle
import queue
import resource
import select
import signal
import stat
import subprocess
import sys
import threading
import time
import warnings
import weakref
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from spacy.language import Language

from kamerstuk.errors import (
    KamerstukError,
    KamerstukWarning,
    MalformedXMLError,
    StructureError,
    TimeLimitError,
)
from kamerstuk.models import Letter
from kamerstuk.parse import PipelineChoice, display_name, parse, read_input
from kamerstuk.readers.pdf import MAX_PAGES

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
    """SHA-256 of a regular file's bytes, or None if it is not one or cannot be read.

    The file is opened without blocking and checked to be a regular file before anything is
    read: a FIFO would block the batch, and a device such as ``/dev/zero`` never ends.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except (OSError, ValueError):  # ValueError: a NUL in the path
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        digest = hashlib.sha256()
        while chunk := os.read(fd, 1 << 20):
            digest.update(chunk)
        return digest.hexdigest()
    except OSError:
        return None
    finally:
        os.close(fd)


# --- the work done in a worker --------------------------------------------------------------

#: Which pipeline a batch runs: "default" (the shipped one), "rules" (its rules-only form),
#: "none" (no pipeline), or the directory of a pipeline saved by ``kamerstuk train``.
PipelineSpec = str | os.PathLike[str]

_NAMED_PIPELINES = ("default", "rules", "none")
# This worker's options: (pipeline, strict, skip_non_documents, max_pages), set by `_init_worker`.
_OPTIONS: tuple[PipelineSpec, bool, bool, int] = ("default", True, True, MAX_PAGES)


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


def _init_worker(
    pipeline: PipelineSpec, strict: bool = True, skip_non_documents: bool = True, max_pages: int = MAX_PAGES
) -> None:
    global _OPTIONS
    _OPTIONS = (pipeline, strict, skip_non_documents, max_pages)
    if not _is_named(pipeline):
        _saved_pipeline(os.fspath(pipeline))  # load once per worker
    elif pipeline != "none":
        from kamerstuk.pipeline import default_pipeline

        default_pipeline(rules_only=pipeline == "rules")  # load once per worker


def _ping() -> int:
    """A no-op task: proves that a worker process started."""
    return os.getpid()


def _alarm(signum: int, frame: FrameType | None) -> None:
    # A BaseException: no ``except Exception`` guard inside the parse (the entity stage's, a
    # library's) can swallow it and let a half-done letter through as parsed.
    raise TimeLimitError("the per-document time limit ran out")


def _alarm_usable() -> bool:
    """Whether the SIGALRM-based limit works here: on a platform with SIGALRM, in a main thread."""
    return hasattr(signal, "SIGALRM") and threading.current_thread() is threading.main_thread()


# True in a worker process started by this module: it parses in its own main thread and never
# starts a child process of its own (see `_parse_in_child`).
_IN_WORKER = False


def _init_pool_worker(parent: int, *options: Any) -> None:
    """Initializer of every worker process: die with `parent`, then `_init_worker`."""
    global _IN_WORKER
    _IN_WORKER = True
    _die_with(parent)
    _init_worker(*options)


def _die_with(parent: int) -> None:
    """End this process as soon as process `parent` ends, however it ends (SIGKILL too).

    A watchdog thread waits on a pidfd of `parent` (Linux 5.3+; elsewhere on POSIX it polls
    every half second; nothing on Windows). ``PR_SET_PDEATHSIG`` is not enough: a worker's parent is the fork server, not the
    batch process, and the fork server itself only ends when the last worker has ended.
    """
    if os.name != "posix":  # os.kill(pid, 0) would terminate the parent on Windows
        return
    try:
        pidfd: int | None = os.pidfd_open(parent)  # type: ignore[attr-defined,unused-ignore]
    except (AttributeError, OSError):
        pidfd = None

    def watch() -> None:
        if pidfd is not None:
            select.select([pidfd], [], [])  # readable once `parent` has ended
        else:
            while True:
                try:
                    os.kill(parent, 0)
                except ProcessLookupError:
                    break
                except PermissionError:
                    pass
                time.sleep(0.5)
        os._exit(70)  # EX_SOFTWARE: nothing to clean up that the parent still needs

    threading.Thread(target=watch, name="kamerstuk-parent-watchdog", daemon=True).start()


#: Test-only hook: ``KAMERSTUK_TEST_PARSE_DELAY=S`` makes every parse of `parse_one` S seconds
#: slower, inside the time limit; ``S,hang`` blocks the limit's signal meanwhile, like a parse
#: stuck in C code. Read by the process that calls `parse_one` (a Dask worker takes it from its
#: environment) and handed to the child process that parses for a thread.
TEST_DELAY_ENV = "KAMERSTUK_TEST_PARSE_DELAY"


def _test_delay() -> None:
    value = os.environ.get(TEST_DELAY_ENV)
    if not value:
        return
    seconds, _, how = value.partition(",")
    if how == "hang" and hasattr(signal, "pthread_sigmask"):
        blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        try:
            time.sleep(float(seconds))
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
    else:
        time.sleep(float(seconds))


#: Seconds a thread waits beyond the time limit for its child process to report (the child's own
#: limit normally ends the parse on time) before it kills the child: a parse stuck in C code.
CHILD_GRACE = 10.0
#: Seconds a child process may take to start (import kamerstuk and load the pipeline).
CHILD_START_TIMEOUT = 300.0
#: Inputs a child process parses before a fresh one replaces it (memory stays flat).
CHILD_MAX_TASKS = 200

# Per thread: the child processes that parse for it, by options.
_CHILDREN = threading.local()


class _Child:
    """A child process that parses for one thread (see `_parse_in_child`).

    A plain subprocess (``python -c``), not a multiprocessing one: Dask workers are daemonic
    processes, which multiprocessing forbids to have children, and it re-runs no main module.
    Requests and replies are pickles over its stdin and stdout; whatever the parse prints goes
    to stderr.
    """

    def __init__(self, options: tuple[PipelineSpec, bool, bool, int]) -> None:
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
        self.proc = subprocess.Popen(
            [sys.executable, "-c", "from kamerstuk.batch import _child_main; _child_main()"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env,
        )  # fmt: skip
        self.replies: queue.Queue[Any] = queue.Queue()
        self.tasks = 0
        # The reader holds the stream and the queue, not this object: when the thread that owns
        # the child ends, the child is let go, its stdin closes, and it exits.
        reader = threading.Thread(
            target=_read_replies,
            args=(self.proc.stdout, self.replies),
            name="kamerstuk-child-reader",
            daemon=True,
        )
        reader.start()
        # Popen keeps a running child's object alive (to reap it later), so close stdin here.
        weakref.finalize(self, _close_quietly, self.proc.stdin)
        try:
            self._send((os.getpid(), options))
            ready = self.replies.get(timeout=CHILD_START_TIMEOUT)
        except (OSError, queue.Empty):
            ready = None
        if ready != "ready":
            self.stop()
            raise WorkerStartError(
                "the child process that parses for a thread (to keep the time limit there) did not "
                "start; its own error is printed above"
            )

    def _send(self, message: Any) -> None:
        assert self.proc.stdin is not None
        pickle.dump(message, self.proc.stdin)
        self.proc.stdin.flush()

    def run(self, job: tuple[Any, ...], wait: float | None) -> Outcome | None:
        """The outcome of `job`; None when the child died; `TimeoutError` after `wait` seconds."""
        self.tasks += 1
        try:
            self._send(job)
        except OSError:  # the child is gone
            return None
        try:
            reply = self.replies.get(timeout=wait)
        except queue.Empty:
            raise TimeoutError from None
        return reply if isinstance(reply, Outcome) else None

    def stop(self) -> None:
        """Kill the child. (Its stdout is left to the reader, which ends on its end of file.)"""
        with contextlib.suppress(OSError):
            self.proc.kill()
        self.proc.wait()
        if self.proc.stdin is not None:
            with contextlib.suppress(OSError):
                self.proc.stdin.close()


def _close_quietly(stream: Any) -> None:
    with contextlib.suppress(OSError):
        stream.close()


def _read_replies(stream: Any, replies: queue.Queue[Any]) -> None:
    """Put each reply of a `_Child` into `replies`; None when it has ended (or was killed)."""
    while True:
        try:
            replies.put(pickle.load(stream))
        except Exception:  # EOFError: the child ended
            replies.put(None)
            return


def _child_main() -> None:
    """The loop of a `_Child` process: the options, then one reply per request until stdin ends."""
    requests = sys.stdin.buffer
    replies = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # what the parse prints (C libraries too) goes to stderr, not into the replies
    parent, options = pickle.load(requests)
    _init_pool_worker(parent, *options)
    pickle.dump("ready", replies)
    replies.flush()
    while True:
        try:
            job = pickle.load(requests)
        except EOFError:
            return
        pickle.dump(_child_worker(*job), replies)
        replies.flush()


def _parse_in_child(
    index: int, path: str, timeout: float | None, options: tuple[PipelineSpec, bool, bool, int]
) -> Outcome:
    """`parse_one` for a thread that cannot use SIGALRM: in a child process, under the same limit.

    The child (one per calling thread, kept for the next input, replaced after
    `CHILD_MAX_TASKS` inputs) loads the pipeline once and parses in its main thread with the
    SIGALRM limit; should it not answer within `CHILD_GRACE` seconds more, it is killed and
    the input becomes a TimeoutError record all the same. A child that dies gives a
    WorkerCrash record. The child dies with the process that started it.
    """
    start = time.perf_counter()
    children: dict[tuple[PipelineSpec, bool, bool, int], _Child] | None = getattr(_CHILDREN, "children", None)
    if children is None:
        children = _CHILDREN.children = {}
    child = children.get(options)
    if child is None or child.proc.poll() is not None or child.tasks >= CHILD_MAX_TASKS:
        if child is not None:
            child.stop()
        child = children[options] = _Child(options)
    job = (index, path, timeout, os.environ.get(TEST_DELAY_ENV))
    try:
        outcome = child.run(job, None if timeout is None else timeout + CHILD_GRACE)
    except TimeoutError:
        outcome = None
        error, message = "TimeoutError", f"parsing took longer than {timeout} s"
    else:
        error, message = "WorkerCrash", "the worker process died on this input"
    if outcome is not None:
        return outcome
    del children[options]
    child.stop()
    record = ErrorRecord(path=path, error=error, message=message, sha256=file_sha256(path))
    return Outcome(index=index, path=path, result=record, seconds=time.perf_counter() - start, peak_rss_kb=0)


def _child_worker(index: int, path: str, timeout: float | None, test_delay: str | None) -> Outcome:
    if test_delay is None:
        os.environ.pop(TEST_DELAY_ENV, None)
    else:
        os.environ[TEST_DELAY_ENV] = test_delay
    return _worker(index, path, timeout)


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
        root = parse_xml_bytes(read_input(path))
    except KamerstukError:
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
    max_pages: int = MAX_PAGES,
) -> Outcome:
    """Parse one input into an Outcome; every failure becomes an ErrorRecord.

    ``max_pages`` is the page limit of `parse` (a longer PDF is a `PageLimitError` record).

    With `skip_non_documents`, an input that is not a parliamentary document gives an
    ErrorRecord with ``skipped=True``: a metadata file or SRU response, or (in a strict
    parse) text without letter structure (`StructureError`). Unreadable inputs (a corrupt,
    encrypted or scanned PDF, broken XML, an empty file) stay errors.
    """
    limited = timeout is not None and timeout > 0
    if limited and not _alarm_usable() and not _IN_WORKER:
        # The limit is a SIGALRM, which only a main thread receives: in any other thread (a Dask
        # task, a thread of your own) the parse runs in a child process, under the same limit.
        return _parse_in_child(index, path, timeout, (pipeline, strict, skip_non_documents, max_pages))
    start = time.perf_counter()
    use_alarm = limited and _alarm_usable()
    previous = None
    if use_alarm:
        previous = signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, float(timeout or 0))
    result: Letter | ErrorRecord
    try:
        try:
            _test_delay()
            result = parse(path, strict=strict, pipeline=resolve_pipeline(pipeline), max_pages=max_pages)
        finally:  # the limit covers the parse only, not the making of the record below
            if use_alarm:
                signal.setitimer(signal.ITIMER_REAL, 0)
    except TimeLimitError:
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
    pipeline, strict, skip, max_pages = _OPTIONS
    return parse_one(
        index, path, timeout, pipeline, strict=strict, skip_non_documents=skip, max_pages=max_pages
    )


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
    max_pages: int = MAX_PAGES,
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
    ``max_pages`` is the page limit of `parse`: a longer PDF is a `PageLimitError` record.

    Safe to call from a script without ``if __name__ == "__main__":``, from ``python -c``
    and from Jupyter (see `_context`). Raises `WorkerStartError` when worker processes
    cannot start at all, instead of one crash record per input.
    """
    items = [os.fspath(p) for p in paths]
    check_pipeline(pipeline)
    options = (pipeline, strict, skip_non_documents, max_pages)
    ctx = _context(workers) if workers > 1 and items else None
    if ctx is None:
        _init_worker(*options)
        for i, path in enumerate(items):
            yield parse_one(
                i,
                path,
                timeout,
                pipeline,
                strict=strict,
                skip_non_documents=skip_non_documents,
                max_pages=max_pages,
            )
        return
    yield from _pooled(items, workers, ordered, timeout, options, max_tasks_per_child, ctx)


def _pooled(
    items: Sequence[str],
    workers: int,
    ordered: bool,
    timeout: float | None,
    options: tuple[PipelineSpec, bool, bool, int],
    max_tasks: int,
    ctx: multiprocessing.context.BaseContext,
) -> Iterator[Outcome]:
    # A fresh pool per chunk of `workers * max_tasks` inputs keeps memory flat. Not the executor's
    # own max_tasks_per_child: it refuses fork, and elsewhere it deadlocks once a worker has been
    # replaced (Python 3.11 to 3.13: CPython gh-115634), which hung every batch of more than
    # workers x 200 documents.
    workers = min(workers, len(items))
    step = max(1, workers * max_tasks)
    done: dict[int, Outcome] = {}
    next_to_yield = 0
    checked = False
    for first in range(0, len(items), step):
        pending = [(i, items[i]) for i in range(first, min(first + step, len(items)))]
        # A worker that dies (out of memory, a crash in a C library) breaks the pool: the inputs
        # it held become error records and the rest continue in a new pool.
        with cf.ProcessPoolExecutor(
            max_workers=workers, initializer=_init_pool_worker, initargs=(os.getpid(), *options),
            mp_context=ctx,
        ) as pool:  # fmt: skip
            if not checked:
                _check_start(pool, workers)
                checked = True
            futures = {pool.submit(_worker, i, path, timeout): (i, path) for i, path in pending}
            pending = []
            try:
                for future in cf.as_completed(futures):
                    i, path = futures.pop(future)  # drop the future: it holds the letter
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
    options: tuple[PipelineSpec, bool, bool, int],
    ctx: multiprocessing.context.BaseContext,
) -> Outcome:
    with cf.ProcessPoolExecutor(
        max_workers=1, initializer=_init_pool_worker, initargs=(os.getpid(), *options), mp_context=ctx
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
    max_pages: int = MAX_PAGES,
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
    record), on Dask workers too.
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
                todo, scheduler=client, timeout=timeout, pipeline=pipeline, strict=strict, max_pages=max_pages
            )
        else:
            outcomes = parse_many(
                todo, workers=workers, ordered=False, timeout=timeout, pipeline=pipeline, strict=strict,
                max_pages=max_pages,
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
