"""The driver: `parse_many` parses inputs in a pool of worker processes, or in this process.

A fresh pool per chunk of inputs keeps memory flat; a worker that dies breaks only its pool,
and each input it held is retried alone once. How workers start (`_context`) depends on
whether the caller's main module would be re-run by them (`_main_reruns_call`).
"""

from __future__ import annotations

import ast
import concurrent.futures as cf
import multiprocessing
import multiprocessing.context
import os
import sys
import warnings
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from types import FrameType
from typing import Any

from kamerstuk.batch.inputs import file_sha256
from kamerstuk.batch.records import ErrorRecord, Outcome, WorkerStartError
from kamerstuk.batch.worker import (
    PipelineSpec,
    _init_pool_worker,
    _init_worker,
    _ping,
    _worker,
    check_pipeline,
    parse_one,
)
from kamerstuk.errors import (
    KamerstukWarning,
)
from kamerstuk.readers.pdf import DEFAULT_ENGINE, MAX_PAGES, PdfEngine


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
    engine: PdfEngine = DEFAULT_ENGINE,
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
    ``engine`` is the PDF engine of `parse`.

    Safe to call from a script without ``if __name__ == "__main__":``, from ``python -c``
    and from Jupyter (see `_context`). Raises `WorkerStartError` when worker processes
    cannot start at all, instead of one crash record per input.
    """
    items = [os.fspath(p) for p in paths]
    check_pipeline(pipeline)
    options = (pipeline, strict, skip_non_documents, max_pages, engine)
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
                engine=engine,
            )
        return
    yield from _pooled(items, workers, ordered, timeout, options, max_tasks_per_child, ctx)


def _pooled(
    items: Sequence[str],
    workers: int,
    ordered: bool,
    timeout: float | None,
    options: tuple[PipelineSpec, bool, bool, int, PdfEngine],
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
    options: tuple[PipelineSpec, bool, bool, int, PdfEngine],
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
