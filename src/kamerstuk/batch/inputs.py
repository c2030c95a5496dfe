"""Which files a batch parses: paths, folders and globs expanded, and the hash that keys an input.

A metadata file beside its document is read by that document's parse, not parsed alone;
`file_sha256` hashes regular files only, so a FIFO or a device never blocks a batch.
"""

from __future__ import annotations

import glob
import hashlib
import os
import stat
from collections.abc import Iterable
from pathlib import Path

#: Suffixes a batch picks up from a directory (other files are not documents).
DOCUMENT_SUFFIXES = frozenset({".pdf", ".xml", ".html", ".htm", ".txt", ".md", ".markdown", ".text"})


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
    flags = (
        os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    )
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
