"""Shared test helpers. Tests over ../shared must run in CI, so a missing folder fails them."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seed" / "000_07ea6d749bcb6be1.txt"
CORPUS = SHARED / "corpus"
FIXTURES = REPO / "fixtures"
LETTERS = FIXTURES / "letters"


def require_shared(path: Path) -> Path:
    """Return `path`, failing (not skipping) the test when ../shared is missing."""
    if not path.exists():
        pytest.fail(f"{path} is missing: tests over ../shared must run where it exists (CI has it)")
    return path


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return require_shared(SEED)
