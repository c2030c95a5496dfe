"""Regression suite over real letters in ../shared/corpus, with expectations written by reading them.

Each ``tests/real_letters/<name>.json`` describes one document; its ``files`` are the forms
(PDF, pdfminer text, ...) that must all satisfy it. The text forms have no blank lines, so their
paragraph counts and first words are held to a looser standard than the PDF's.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import json
import math
from functools import cache
from pathlib import Path
from typing import Any

import pytest

import kamerstuk
from tests.conftest import CORPUS, require_shared

EXPECTATIONS = Path(__file__).parent / "real_letters"

#: Share of expected first words that must be found as paragraph starts, in order.
FIRST_WORDS_MIN = {"pdf": 0.95, "txt": 0.85}
#: Relative slack on the paragraph count, per form.
COUNT_SLACK = {"pdf": 0.0, "txt": 0.15}
# Headings found in order (recall) and parsed headings that are real ones (precision), per form
HEADING_AGREEMENT = {"pdf": (1.0, 1.0), "txt": (0.8, 0.95)}
BULLETS = "-–—•·▪*\uf0b7\uf02d"
EDGE_PUNCTUATION = "‘’'\"“”«»()[],.;:!?"


def _form(file: str) -> str:
    return "txt" if file.endswith(".txt") else "pdf"


def _cases(key: str) -> list[Any]:
    cases = []
    for path in sorted(EXPECTATIONS.glob("*.json")):
        spec = json.loads(path.read_text(encoding="utf-8"))
        if key not in spec:
            continue
        for file in spec["files"]:
            form = _form(file)
            cases.append(pytest.param(spec, file, form, id=f"{path.stem}-{form}"))
    return cases


@cache
def _parse(file: str) -> kamerstuk.Letter:
    return kamerstuk.parse(require_shared(CORPUS / file))


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json")
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    return value


def _project(got: Any, want: Any) -> Any:
    """Keep only the keys of `got` that `want` names (an expectation may leave out e.g. a role)."""
    if isinstance(want, list) and isinstance(got, list) and len(got) == len(want):
        return [_project(g, w) for g, w in zip(got, want, strict=True)]
    if isinstance(want, dict) and isinstance(got, dict):
        return {k: got.get(k) for k in want}
    return got


def _first_words(text: str, n: int = 3) -> str:
    words = text.split()
    while words and not any(c.isalnum() for c in words[0]):
        words.pop(0)  # a bullet glyph standing alone
    if words:
        words[0] = words[0].lstrip(BULLETS)
    return " ".join(w.strip(EDGE_PUNCTUATION).casefold() for w in words[:n])


def _normalize_title(title: str) -> str:
    return " ".join(title.split())


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@pytest.mark.parametrize(("spec", "file", "form"), _cases("metadata"))
def test_metadata(spec: dict[str, Any], file: str, form: str) -> None:
    meta = _parse(file).metadata
    wrong = []
    for field, want in spec["metadata"].items():
        got = _project(_jsonable(getattr(meta, field)), want)
        if got != want:
            wrong.append(f"  {field}: expected {want!r}, got {got!r}")
    if wrong:
        pytest.fail(f"{file}: metadata differs in {len(wrong)} field(s):\n" + "\n".join(wrong), pytrace=False)


@pytest.mark.parametrize(("spec", "file", "form"), _cases("headings"))
def test_headings(spec: dict[str, Any], file: str, form: str) -> None:
    sections = _parse(file).sections
    # A long title is kept as its first words and the SHA-1 of the whole (real text stays out of the
    # repository); a parsed title that hashes to it counts as that title.
    hashed = {h["sha1"]: h["title"] for h in spec["headings"] if "sha1" in h}
    want = [_normalize_title(h["title"]) for h in spec["headings"]]
    got = [hashed.get(_sha1(_normalize_title(s.title)), _normalize_title(s.title)) for s in sections]
    problems = []
    matcher = difflib.SequenceMatcher(None, want, got, autojunk=False)
    matched = sum(b.size for b in matcher.get_matching_blocks())
    # Plain text has no typography: a heading is told only by its shape (a short line without end
    # punctuation between paragraphs), which an italic subheading that runs on like a sentence
    # does not have. There we ask most headings in order and few false ones; in a PDF, all.
    recall_needed, precision_needed = HEADING_AGREEMENT[form]
    recall, precision = matched / max(len(want), 1), matched / max(len(got), 1)
    if recall < recall_needed or precision < precision_needed:
        diff = "\n".join(difflib.unified_diff(want, got, "expected", "parsed", lineterm="", n=1))
        problems.append(
            f"titles differ (expected {len(want)}, got {len(got)}; recall {recall:.2f} needs "
            f"{recall_needed:.2f}, precision {precision:.2f} needs {precision_needed:.2f}):\n{diff}"
        )
    levels = [
        f"  {want[b.a + k]!r}: expected level {spec['headings'][b.a + k]['level']}, got {sections[b.b + k].level}"
        for b in matcher.get_matching_blocks()
        for k in range(b.size)
        if "level" in spec["headings"][b.a + k]
        and sections[b.b + k].level != spec["headings"][b.a + k]["level"]
    ]
    if levels:
        problems.append("levels differ (of the titles that match):\n" + "\n".join(levels))
    if problems:
        pytest.fail(f"{file}: headings: " + "\n".join(problems), pytrace=False)


@pytest.mark.parametrize(("spec", "file", "form"), _cases("paragraphs"))
def test_paragraph_count(spec: dict[str, Any], file: str, form: str) -> None:
    expected = spec["paragraphs"]
    lo, hi = expected.get("count_range") or (expected["count"], expected["count"])
    slack = COUNT_SLACK[form]
    lo, hi = math.floor(lo * (1 - slack)), math.ceil(hi * (1 + slack))
    got = len(_parse(file).paragraphs)
    if not lo <= got <= hi:
        reading = expected.get("count", expected.get("count_range"))
        pytest.fail(
            f"{file}: {got} paragraphs, expected {lo}..{hi} (read: {reading}, slack {slack:.0%})",
            pytrace=False,
        )


@pytest.mark.parametrize(("spec", "file", "form"), _cases("paragraphs"))
def test_paragraph_first_words(spec: dict[str, Any], file: str, form: str) -> None:
    expected = spec["paragraphs"]["first_words"]
    want = [_first_words(w) for w in expected]
    got = [_first_words(p.text) for p in _parse(file).paragraphs]
    matcher = difflib.SequenceMatcher(None, want, got, autojunk=False)
    found = set()
    for block in matcher.get_matching_blocks():
        found.update(range(block.a, block.a + block.size))
    share = len(found) / len(want)
    if share < FIRST_WORDS_MIN[form]:
        missing = [f"  #{i + 1} {expected[i]!r}" for i in range(len(want)) if i not in found]
        pytest.fail(
            f"{file}: {len(found)}/{len(want)} ({share:.0%}) expected paragraph starts found in order,"
            f" need {FIRST_WORDS_MIN[form]:.0%}; {len(got)} paragraphs parsed. Not found as a paragraph start:\n"
            + "\n".join(missing),
            pytrace=False,
        )


@pytest.mark.parametrize(("spec", "file", "form"), _cases("footnotes"))
def test_footnotes(spec: dict[str, Any], file: str, form: str) -> None:
    numbers = [f.number for f in _parse(file).footnotes]
    want = spec["footnotes"]
    if len(numbers) != want:
        missing = sorted(set(range(1, want + 1)) - set(numbers))
        pytest.fail(
            f"{file}: {len(numbers)} footnotes, expected {want}; parsed {numbers}, missing {missing}",
            pytrace=False,
        )


@pytest.mark.parametrize(("spec", "file", "form"), _cases("not_in_body"))
def test_body_is_clean(spec: dict[str, Any], file: str, form: str) -> None:
    leaks = []
    for p in _parse(file).paragraphs:
        for needle in spec["not_in_body"]:
            at = p.text.find(needle)
            if at >= 0:
                context = p.text[max(0, at - 40) : at + len(needle) + 40]
                leaks.append(f"  {p.id} (page {p.page}) contains {needle!r}: …{context!r}…")
    if leaks:
        pytest.fail(
            f"{file}: furniture in {len(leaks)} place(s) of the body:\n" + "\n".join(leaks), pytrace=False
        )
