"""The work done in a worker: parse one input under a time limit into an `Outcome`.

`parse_one` turns every failure into an `ErrorRecord` (a metadata file or text without letter
structure into a skipped one). The per-document limit is a SIGALRM; in a thread that cannot
receive one, the parse runs in a child process (`kamerstuk.batch.child`). Here too: the pipeline
a batch runs (`PipelineSpec`, loaded once per process), the initializer of a worker process
(which dies with its parent), and the test-only delay hook `TEST_DELAY_ENV`.
"""

from __future__ import annotations

import functools
import os
import resource
import select
import signal
import threading
import time
import warnings
from pathlib import Path
from types import FrameType
from typing import Any

from spacy.language import Language

from kamerstuk.batch.inputs import file_sha256
from kamerstuk.batch.records import ErrorRecord, Outcome
from kamerstuk.errors import (
    KamerstukError,
    KamerstukWarning,
    MalformedXMLError,
    StructureError,
    TimeLimitError,
)
from kamerstuk.models import Letter
from kamerstuk.parse import PipelineChoice, parse, read_input
from kamerstuk.readers.pdf import DEFAULT_ENGINE, MAX_PAGES, PdfEngine

#: Which pipeline a batch runs: "default" (the shipped one), "rules" (its rules-only form),
#: "none" (no pipeline), or the directory of a pipeline saved by ``kamerstuk train``.
PipelineSpec = str | os.PathLike[str]

_NAMED_PIPELINES = ("default", "rules", "none")
# This worker's options: (pipeline, strict, skip_non_documents, max_pages, engine), set by `_init_worker`.
_OPTIONS: tuple[PipelineSpec, bool, bool, int, PdfEngine] = ("default", True, True, MAX_PAGES, DEFAULT_ENGINE)


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
    pipeline: PipelineSpec,
    strict: bool = True,
    skip_non_documents: bool = True,
    max_pages: int = MAX_PAGES,
    engine: PdfEngine = DEFAULT_ENGINE,
) -> None:
    global _OPTIONS
    _OPTIONS = (pipeline, strict, skip_non_documents, max_pages, engine)
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
    engine: PdfEngine = DEFAULT_ENGINE,
) -> Outcome:
    """Parse one input into an Outcome; every failure becomes an ErrorRecord.

    ``max_pages`` is the page limit of `parse` (a longer PDF is a `PageLimitError` record);
    ``engine`` its PDF engine.

    With `skip_non_documents`, an input that is not a parliamentary document gives an
    ErrorRecord with ``skipped=True``: a metadata file or SRU response, or (in a strict
    parse) text without letter structure (`StructureError`). Unreadable inputs (a corrupt,
    encrypted or scanned PDF, broken XML, an empty file) stay errors.
    """
    limited = timeout is not None and timeout > 0
    if limited and not _alarm_usable() and not _IN_WORKER:
        # The limit is a SIGALRM, which only a main thread receives: in any other thread (a Dask
        # task, a thread of your own) the parse runs in a child process, under the same limit.
        from kamerstuk.batch.child import _parse_in_child  # imports this module

        return _parse_in_child(
            index, path, timeout, (pipeline, strict, skip_non_documents, max_pages, engine)
        )
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
            result = parse(
                path, strict=strict, pipeline=resolve_pipeline(pipeline), max_pages=max_pages, engine=engine
            )
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
    pipeline, strict, skip, max_pages, engine = _OPTIONS
    return parse_one(
        index,
        path,
        timeout,
        pipeline,
        strict=strict,
        skip_non_documents=skip,
        max_pages=max_pages,
        engine=engine,
    )
