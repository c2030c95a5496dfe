"""Entity finders: MB/s of each finder on one long letter, this code against a baseline checkout.

Run: .venv/bin/python bench/bench_entities.py --base OTHER/src [--repeat 5] [--path FILE]

(``OTHER`` is a checkout of the code to compare with, e.g. ``git worktree add ../base <commit>``.)

Reads FILE (default: the 108 KB IenW letter of the shared corpus, else the longest fixture
letter), builds its `Letter` without entities, and times each finder of `kamerstuk.entities` on
``letter.text`` the way `extract` calls it: citations on the body (with the footnotes and their
markers) and once per footnote, dates, deadlines, commitments (finding its own deadlines),
recommendations (with paragraphs and headings) and the report; then `extract(letter)` whole.
Each time is the best of `--repeat` runs, every run cold: the finders' per-text caches are
cleared first, so a cache never stands in for the work (a loop that times repeated calls on one
text without clearing them measures the caches: dates, deadlines and the report are then found
once, and `find_commitments` reuses the deadlines `find_deadlines` found, as in `extract`). The
same measurement runs in a subprocess on the code under `--base` (``PYTHONPATH``), and the table
shows both and their ratio.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
REFERENCE = (
    REPO.parent / "shared" / "corpus" / "pts_20221125_ienw_kamerbrief_water_en_bodem_sturend.pdfminer.txt"
)


def default_path() -> Path:
    """The reference letter when the shared corpus is there, else the longest fixture letter."""
    if REFERENCE.exists():
        return REFERENCE
    letters = [p for p in (REPO / "fixtures" / "letters").glob("*.md") if p.name != "README.md"]
    return max(letters, key=lambda p: p.stat().st_size)


def clear_caches() -> None:
    """Clear every `functools` cache in the entities and patterns modules (cold runs)."""
    for name, module in list(sys.modules.items()):
        if not name.startswith(("kamerstuk.entities", "kamerstuk.patterns")):
            continue
        for value in vars(module).values():
            clear = getattr(value, "cache_clear", None)
            if callable(clear):
                clear()


def measure(path: Path, repeat: int) -> dict[str, float]:
    """Seconds (best of `repeat`, cold) per finder and for `extract`, plus the text sizes in MB."""
    import kamerstuk
    from kamerstuk.entities import (
        extract,
        find_citations,
        find_commitments,
        find_dates,
        find_deadlines,
        find_recommendations,
        find_report,
    )

    letter = kamerstuk.parse(path, entities=False, pipeline="none")
    text, ref = letter.text, letter.metadata.date
    spans = [(p.id, p.start, p.end) for p in letter.paragraphs]
    heads = [(s.title, s.start, s.end) for s in letter.sections]
    notes = {f.number: f.text for f in letter.footnotes}
    markers = {f.number: f.marker for f in letter.footnotes if f.marker is not None}

    def citations() -> object:
        found = list(find_citations(text, footnotes=notes, markers=markers))
        for note in letter.footnotes:
            found.extend(find_citations(note.text))
        return found

    finders: dict[str, Callable[[], object]] = {
        "citations": citations,
        "dates": lambda: find_dates(text, ref),
        "deadlines": lambda: find_deadlines(text, ref),
        "commitments": lambda: find_commitments(text, ref, paragraphs=spans),
        "recommendations": lambda: find_recommendations(text, paragraphs=spans, headings=heads),
        "report": lambda: find_report(text, ref),
        "extract": lambda: extract(letter),
    }
    out = {
        "mb": len(text.encode()) / 1e6,
        "mb_notes": sum(len(n.encode()) for n in notes.values()) / 1e6,
    }
    for name, fn in finders.items():
        best = float("inf")
        for _ in range(repeat):
            clear_caches()
            start = time.perf_counter()
            fn()
            best = min(best, time.perf_counter() - start)
        out[name] = best
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=Path, default=None, help="src folder of the baseline code (required)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per finder; the best counts")
    parser.add_argument("--path", type=Path, default=None, help="the letter to read")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    path = args.path or default_path()
    if args.worker:  # inside the subprocess: print the measurement as JSON
        print(json.dumps(measure(path, args.repeat)))
        return 0
    if args.base is None:
        parser.error("--base is required: the src folder of a checkout to compare with")
    runs = {}
    for label, src in (("base", args.base), ("now", REPO / "src")):
        env = {**os.environ, "PYTHONPATH": str(src)}
        cmd = [sys.executable, __file__, "--worker", "--repeat", str(args.repeat), "--path", str(path)]
        done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
        runs[label] = json.loads(done.stdout.strip().splitlines()[-1])
    base, now = runs["base"], runs["now"]
    print(f"{path.name}: {now['mb'] * 1000:.0f} KB text, {now['mb_notes'] * 1000:.1f} KB footnotes; "
          f"best of {args.repeat} cold runs\n")  # fmt: skip
    print(f"{'finder':<16} {'base s':>8} {'now s':>8} {'base MB/s':>10} {'now MB/s':>9} {'speed-up':>9}")
    for name in ("citations", "dates", "deadlines", "commitments", "recommendations", "report", "extract"):
        mb = now["mb"] + (now["mb_notes"] if name == "citations" else 0.0)
        print(
            f"{name:<16} {base[name]:>8.4f} {now[name]:>8.4f} {mb / base[name]:>10.2f} {mb / now[name]:>9.2f}"
            f" {base[name] / now[name]:>8.1f}×"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
