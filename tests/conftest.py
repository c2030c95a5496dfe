"""Shared test helpers.

Tests over the real documents in ../shared skip with a one-line reason where the folder is
absent (a clone from a forge), and fail instead when ``KAMERSTUK_REQUIRE_SHARED=1`` (set by
`.ci/run`), so CI always runs them.
"""

from __future__ import annotations

import functools
import os
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seed" / "000_07ea6d749bcb6be1.txt"
CORPUS = SHARED / "corpus"
FIXTURES = REPO / "fixtures"
LETTERS = FIXTURES / "letters"


def require_shared(path: Path) -> Path:
    """Return `path`; where it is missing, skip the test (or fail it under KAMERSTUK_REQUIRE_SHARED=1)."""
    if not path.exists():
        message = f"{path} is missing (the real documents in ../shared are not beside this clone)"
        if os.environ.get("KAMERSTUK_REQUIRE_SHARED") == "1":
            pytest.fail(message + "; KAMERSTUK_REQUIRE_SHARED=1 requires them")
        pytest.skip(message)
    return path


@functools.cache
def parsed_fixture(path: Path) -> Any:
    """The default parse (`kamerstuk.parse(path)`) of a repository fixture, made once per test session.

    Three per-letter checks (the gold alignment, the genre, the summary) each read all ~2,700 fixture
    letters. Parsing each once and sharing the frozen `Letter` keeps the suite inside its time budget;
    the cache holds about 50 KB per letter.
    """
    import kamerstuk

    return kamerstuk.parse(path)


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return require_shared(SEED)


class Overtime(BaseException):
    """Raised by `within`'s alarm: a BaseException, so no `except Exception` in the code under test hides it."""


@contextmanager
def within(seconds: float) -> Iterator[None]:
    """Raise `Overtime` (instead of hanging the suite) when the block runs longer than `seconds`."""

    def ring(signum: int, frame: object) -> None:
        raise Overtime(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def work(fn: Callable[[], Any]) -> int:
    """Steps taken while `fn` runs: Python lines executed and Python and C functions called.

    The linear-time tests compare this count at two input sizes instead of timing anything.
    """
    count = 0

    def trace(frame: Any, event: str, arg: Any) -> Any:
        nonlocal count
        count += 1
        return trace

    def profile(frame: Any, event: str, arg: Any) -> None:
        nonlocal count
        if event == "c_call":
            count += 1

    sys.settrace(trace)
    sys.setprofile(profile)
    try:
        fn()
    finally:
        sys.setprofile(None)
        sys.settrace(None)
    return count
