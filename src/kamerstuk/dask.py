"""Parse on a Dask cluster when one machine is not enough (optional: ``pip install 'kamerstuk[dask]'``).

The same `parse_one` as the local batch runs on the workers, so a Dask run gives the same
records as a local one. Every worker must see the input paths (a shared filesystem or
object store mounted at the same place) and have kamerstuk installed.

>>> from kamerstuk.dask import parse_with_dask                    # doctest: +SKIP
>>> for outcome in parse_with_dask(paths, scheduler="tcp://10.0.0.5:8786"):  # doctest: +SKIP
...     print(outcome.path, outcome.ok)
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import Any, Literal

from kamerstuk.batch import Outcome, parse_one


def _require() -> tuple[Any, Any]:
    try:
        import dask.bag as db
        import distributed
    except ImportError:
        raise ImportError("the Dask backend needs: pip install 'kamerstuk[dask]'") from None
    return db, distributed


def to_bag(
    paths: Iterable[str | os.PathLike[str]],
    *,
    npartitions: int | None = None,
    timeout: float | None = 120.0,
    pipeline: Literal["default", "rules", "none"] = "default",
) -> Any:
    """A Dask bag of `Outcome`s, one per input, in input order."""
    db, _ = _require()
    items = [(i, os.fspath(p)) for i, p in enumerate(paths)]
    bag = db.from_sequence(items, npartitions=npartitions or max(1, min(len(items), 64)))
    return bag.map(lambda item: parse_one(item[0], item[1], timeout, pipeline))


def parse_with_dask(
    paths: Iterable[str | os.PathLike[str]],
    *,
    scheduler: str | Any | None = None,
    timeout: float | None = 120.0,
    pipeline: Literal["default", "rules", "none"] = "default",
    batch_size: int = 256,
) -> Iterator[Outcome]:
    """Parse `paths` on a Dask cluster; yield one `Outcome` per input as results arrive.

    `scheduler` is a scheduler address ("tcp://host:8786"), a ``distributed.Client``, or None
    for a local cluster of processes on this machine.
    """
    _, distributed = _require()
    items = [os.fspath(p) for p in paths]
    if isinstance(scheduler, distributed.Client):
        client, own_client = scheduler, False
    elif scheduler:
        client, own_client = distributed.Client(scheduler), True
    else:
        client, own_client = distributed.Client(processes=True, dashboard_address=None), True
    try:
        for start in range(0, len(items), batch_size):
            futures = [
                client.submit(parse_one, start + i, path, timeout, pipeline, pure=False)
                for i, path in enumerate(items[start : start + batch_size])
            ]
            for future in distributed.as_completed(futures):
                yield future.result()
    finally:
        if own_client:
            client.close()
