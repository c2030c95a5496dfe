"""Parse on a Dask cluster when one machine is not enough (optional: ``pip install 'kamerstuk[dask]'``).

The same `parse_one` as the local batch runs on the workers, so a Dask run gives the same
records as a local one. Every worker must see the input paths (a shared filesystem or
object store mounted at the same place) and have kamerstuk installed; a saved pipeline
passed as `pipeline` must be at the same path on every worker too.

A scheduler that cannot be reached raises `SchedulerError` after `CONNECT_TIMEOUT` seconds
(one line, no traceback from the command line).

The per-document time limit holds on Dask too. Dask runs tasks in worker threads, where the
SIGALRM-based limit cannot fire, so there `parse_one` parses in a child process of the Dask
worker (one per worker thread, kept from task to task, loading the pipeline once) under the
same limit, and kills that child when it does not answer in time; either way the document
becomes a ``TimeoutError`` record. The child dies with its Dask worker.

>>> from kamerstuk.dask import parse_with_dask                    # doctest: +SKIP
>>> for outcome in parse_with_dask(paths, scheduler="tcp://10.0.0.5:8786"):  # doctest: +SKIP
...     print(outcome.path, outcome.ok)
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterable, Iterator
from typing import Any

from kamerstuk.batch import Outcome, PipelineSpec, parse_one
from kamerstuk.readers.pdf import DEFAULT_ENGINE, MAX_PAGES, PdfEngine

#: Seconds to wait for a scheduler before giving up (Dask's own default is 30).
CONNECT_TIMEOUT = 5.0


class SchedulerError(ConnectionError):
    """The Dask scheduler address is malformed, or no scheduler answers there."""


def _require() -> tuple[Any, Any]:
    try:
        import dask.bag as db
        import distributed
    except ImportError:
        raise ImportError("the Dask backend needs: pip install 'kamerstuk[dask]'") from None
    return db, distributed


def connect(scheduler: str | Any | None, *, timeout: float | None = None) -> tuple[Any, bool]:
    """A ``distributed.Client`` for `scheduler`, and whether the caller must close it.

    `scheduler` is an address ("tcp://host:8786"), a ``distributed.Client`` (returned as
    is), or None for a local cluster of processes on this machine. Raises `SchedulerError`
    (one line) for a malformed address or when no scheduler answers within `timeout`
    seconds (default `CONNECT_TIMEOUT`).
    """
    _, distributed = _require()
    if isinstance(scheduler, distributed.Client):
        return scheduler, False
    if not scheduler:
        return distributed.Client(processes=True, dashboard_address=None), True
    wait = CONNECT_TIMEOUT if timeout is None else timeout
    try:
        return distributed.Client(scheduler, timeout=wait), True
    except ValueError as exc:  # "missing port number", "unknown address scheme"
        raise SchedulerError(f"bad Dask scheduler address {scheduler!r}: {exc}") from None
    except (OSError, TimeoutError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise SchedulerError(
            f"no Dask scheduler answers at {scheduler} ({first}); start one with `dask scheduler`, "
            "or use --scheduler local for a local cluster"
        ) from None


def to_bag(
    paths: Iterable[str | os.PathLike[str]],
    *,
    npartitions: int | None = None,
    timeout: float | None = 120.0,
    pipeline: PipelineSpec = "default",
    strict: bool = True,
    max_pages: int = MAX_PAGES,
    engine: PdfEngine = DEFAULT_ENGINE,
) -> Any:
    """A Dask bag of `Outcome`s, one per input, in input order (``max_pages``, ``engine``: as in `parse`)."""
    db, _ = _require()
    items = [(i, os.fspath(p)) for i, p in enumerate(paths)]
    bag = db.from_sequence(items, npartitions=npartitions or max(1, min(len(items), 64)))
    return bag.map(
        lambda item: parse_one(
            item[0], item[1], timeout, pipeline, strict=strict, max_pages=max_pages, engine=engine
        )
    )


def parse_with_dask(
    paths: Iterable[str | os.PathLike[str]],
    *,
    scheduler: str | Any | None = None,
    timeout: float | None = 120.0,
    pipeline: PipelineSpec = "default",
    strict: bool = True,
    batch_size: int = 256,
    max_pages: int = MAX_PAGES,
    engine: PdfEngine = DEFAULT_ENGINE,
) -> Iterator[Outcome]:
    """Parse `paths` on a Dask cluster; yield one `Outcome` per input as results arrive.

    `scheduler` is a scheduler address ("tcp://host:8786"), a ``distributed.Client``, or None
    for a local cluster of processes on this machine (see `connect`). At most `batch_size`
    inputs are in flight at once, and a result is let go once yielded, so memory on the
    client and the cluster does not grow with the number of inputs. `timeout` is enforced on
    the workers (see the module docstring): a document over it is a ``TimeoutError`` record.
    ``max_pages`` is the page limit of `parse` on the workers (a longer PDF is a
    ``PageLimitError`` record); ``engine`` is its PDF engine.
    """
    _, distributed = _require()
    items = iter(enumerate(os.fspath(p) for p in paths))
    pipeline = pipeline if isinstance(pipeline, str) else os.fspath(pipeline)
    client, own_client = connect(scheduler)

    def submit(index: int, path: str) -> Any:
        return client.submit(
            parse_one,
            index,
            path,
            timeout,
            pipeline,
            strict=strict,
            max_pages=max_pages,
            engine=engine,
            pure=False,
        )

    try:
        running = distributed.as_completed(
            [submit(i, path) for i, path in itertools.islice(items, max(1, batch_size))]
        )
        for future in running:
            outcome = future.result()
            following = next(items, None)
            if following is not None:
                running.add(submit(*following))
            yield outcome
    finally:
        if own_client:
            client.close()
