"""The pattern modules (src/kamerstuk/patterns/) hold each regex and vocabulary once: a name bound
twice at module level silently replaces the first table for every reader of it."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PATTERNS = sorted((Path(__file__).parents[1] / "src" / "kamerstuk" / "patterns").glob("*.py"))


@pytest.mark.parametrize("path", PATTERNS, ids=lambda p: p.name)
def test_no_name_is_bound_twice(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: Counter[str] = Counter()
    for node in tree.body:
        targets = (
            node.targets
            if isinstance(node, ast.Assign)
            else [node.target]
            if isinstance(node, ast.AnnAssign)
            else []
        )
        names.update(t.id for t in targets if isinstance(t, ast.Name))
    assert [n for n, k in names.items() if k > 1] == []


def test_the_pattern_modules_are_found() -> None:
    assert len(PATTERNS) >= 10
