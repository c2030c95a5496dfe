"""The batch's crash-safe JSON Lines journal: one line per input, appended and flushed as results arrive.

A line is a Letter or ``{"error": {…}}``; an interrupted run keeps every line it wrote, and
a torn last line is cut off on resume.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO


class Journal:
    """Append-only JSON Lines output with resume support."""

    def __init__(self, path: str | os.PathLike[str], *, fsync_every: int = 50) -> None:
        self.path = Path(path)
        self.fsync_every = fsync_every
        self._fh: TextIO | None = None
        self._since_sync = 0

    def done_hashes(self) -> set[str]:
        """Content hashes of the inputs already in the journal (repairing a torn last line)."""
        if not self.path.exists():
            return set()
        hashes: set[str] = set()
        good_bytes = 0
        with self.path.open("rb") as fh:
            for raw in fh:
                if not raw.endswith(b"\n"):
                    break  # a line cut by a crash: everything before it is intact
                try:
                    obj = json.loads(raw)
                except json.JSONDecodeError:
                    break
                good_bytes += len(raw)
                sha = (
                    (obj.get("error") or {}).get("sha256")
                    if "error" in obj
                    else obj.get("source", {}).get("sha256")
                )
                if sha:
                    hashes.add(sha)
        if good_bytes < self.path.stat().st_size:
            with self.path.open("r+b") as fh:
                fh.truncate(good_bytes)
        return hashes

    def __enter__(self) -> Journal:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # backslashreplace: a lone surrogate (a file name with undecodable bytes) becomes a JSON
        # escape (\udcff), which reads back as the same name, instead of a UnicodeEncodeError.
        self._fh = self.path.open("a", encoding="utf-8", errors="backslashreplace")
        return self

    def write(self, record: dict[str, Any]) -> None:
        assert self._fh is not None, "use the journal as a context manager"
        self._fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        self._fh.flush()
        self._since_sync += 1
        if self._since_sync >= self.fsync_every:
            os.fsync(self._fh.fileno())
            self._since_sync = 0

    def __exit__(self, *exc: object) -> None:
        if self._fh is not None:
            self._fh.flush()
            os.fsync(self._fh.fileno())
            self._fh.close()
            self._fh = None


def read_journal(path: str | os.PathLike[str]) -> Iterator[dict[str, Any]]:
    """The records of a JSON Lines file (letters as dicts, errors as ``{"error": …}``)."""
    with Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError:
                    return  # a torn last line
