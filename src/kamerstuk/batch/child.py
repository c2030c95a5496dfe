"""The child process that parses for a thread that cannot use SIGALRM (a Dask task, a thread of yours).

One child per calling thread and set of options, kept for the next input and replaced after
`CHILD_MAX_TASKS` inputs; it parses with `parse_one`'s own limit in its main thread, and is
killed when it does not answer within `CHILD_GRACE` seconds more.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import queue
import subprocess
import sys
import threading
import time
import weakref
from typing import Any

from kamerstuk.batch.inputs import file_sha256
from kamerstuk.batch.records import ErrorRecord, Outcome, WorkerStartError
from kamerstuk.batch.worker import TEST_DELAY_ENV, PipelineSpec, _init_pool_worker, _worker
from kamerstuk.readers.pdf import PdfEngine

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

    def __init__(self, options: tuple[PipelineSpec, bool, bool, int, PdfEngine]) -> None:
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
        self.proc = subprocess.Popen(
            [sys.executable, "-c", "from kamerstuk.batch.child import _child_main; _child_main()"],
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
    index: int, path: str, timeout: float | None, options: tuple[PipelineSpec, bool, bool, int, PdfEngine]
) -> Outcome:
    """`parse_one` for a thread that cannot use SIGALRM: in a child process, under the same limit.

    The child (one per calling thread, kept for the next input, replaced after
    `CHILD_MAX_TASKS` inputs) loads the pipeline once and parses in its main thread with the
    SIGALRM limit; should it not answer within `CHILD_GRACE` seconds more, it is killed and
    the input becomes a TimeoutError record all the same. A child that dies gives a
    WorkerCrash record. The child dies with the process that started it.
    """
    start = time.perf_counter()
    children: dict[tuple[PipelineSpec, bool, bool, int, PdfEngine], _Child] | None = getattr(
        _CHILDREN, "children", None
    )
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
