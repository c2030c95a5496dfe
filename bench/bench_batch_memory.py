"""Batch memory: peak RSS of a 10-document and a 1,000-document batch run, to show it stays flat.

Run: .venv/bin/python bench/bench_batch_memory.py [--sizes 10 1000] [--workers 2] [--pipeline default]

Inputs are generated: the Markdown letters of fixtures/letters, each copy given a sentence of its
own (so no two inputs have the same bytes). Each size runs `run_batch` in a fresh process, so the
peaks are that run's alone, and prints:

- main: peak RSS of the batch process (the one that writes the journal and `letters.jsonl`);
- worker: the highest peak RSS any worker process reported (`Outcome.peak_rss_kb`), and the same
  over the first and the last 10% of the documents — equal when a long run does not grow;
- documents/s.

Memory stays flat when the 1,000-document row matches the 10-document row: workers load the
pipeline once and are replaced after 200 documents, results are not kept once journalled, and
`letters.jsonl` is sorted from an index of line offsets, not from the records in memory.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LETTERS = REPO / "fixtures" / "letters"


def generate(folder: Path, count: int) -> list[Path]:
    """`count` letters in `folder`, cycling through the fixture letters, each with its own bytes."""
    sources = [p for p in sorted(LETTERS.glob("*.md")) if p.name != "README.md"]
    texts = [p.read_text(encoding="utf-8") for p in sources]
    out = []
    for n in range(count):
        text, name = texts[n % len(texts)], sources[n % len(sources)].stem
        marker = "Geachte voorzitter,"
        at = text.find("\n\n", text.find(marker)) if marker in text else -1
        at = text.find("\n\n", at + 2) if at >= 0 else -1  # the end of the first body paragraph
        sentence = f" Dit is proefbrief {n + 1}."
        text = text[:at] + sentence + text[at:] if at >= 0 else text + f"\n\n{sentence.strip()}\n"
        path = folder / f"{n:05d}_{name}.md"
        path.write_text(text, encoding="utf-8")
        out.append(path)
    return out


def child(inputs: Path, out: Path, workers: int, pipeline: str) -> None:
    """One batch run in this process; prints its numbers as JSON."""
    from kamerstuk.batch import Outcome, run_batch

    peaks: list[int] = []

    def progress(outcome: Outcome) -> None:
        peaks.append(outcome.peak_rss_kb)

    start = time.perf_counter()
    summary = run_batch([inputs], out, workers=workers, pipeline=pipeline, progress=progress)
    seconds = time.perf_counter() - start
    tenth = max(1, len(peaks) // 10)
    print(
        json.dumps(
            {
                "documents": summary.inputs,
                "parsed": summary.parsed,
                "failed": summary.failed,
                "seconds": seconds,
                "main_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                "worker_mb": max(peaks, default=0) / 1024,
                "worker_first_mb": max(peaks[:tenth], default=0) / 1024,
                "worker_last_mb": max(peaks[-tenth:], default=0) / 1024,
            }
        )
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 1000])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--pipeline", default="default", help="default, rules or none")
    parser.add_argument("--child", nargs=2, metavar=("INPUTS", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(Path(args.child[0]), Path(args.child[1]), args.workers, args.pipeline)
        return 0
    print(f"{args.workers} workers, pipeline {args.pipeline!r}, {os.cpu_count()} cores", flush=True)
    header = f"{'documents':>9}  {'parsed':>6}  {'main MB':>7}  {'worker MB':>9}  "
    header += f"{'first 10%':>9}  {'last 10%':>8}  {'docs/s':>6}"
    rows = []
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "in"
            folder.mkdir()
            generate(folder, size)
            proc = subprocess.run(
                [sys.executable, __file__, "--child", str(folder), str(Path(tmp) / "out"),
                 "--workers", str(args.workers), "--pipeline", args.pipeline],
                capture_output=True, text=True, check=True,
            )  # fmt: skip
        r = json.loads(proc.stdout.strip().splitlines()[-1])
        rows.append(r)
        if len(rows) == 1:
            print(header)
        print(
            f"{r['documents']:>9}  {r['parsed']:>6}  {r['main_mb']:>7.0f}  {r['worker_mb']:>9.0f}  "
            f"{r['worker_first_mb']:>9.0f}  {r['worker_last_mb']:>8.0f}  "
            f"{r['documents'] / r['seconds']:>6.1f}",
            flush=True,
        )
    if len(rows) > 1:
        first, last = rows[0], rows[-1]
        print(
            f"growth from {first['documents']} to {last['documents']} documents: "
            f"main {last['main_mb'] - first['main_mb']:+.0f} MB, "
            f"worker {last['worker_mb'] - first['worker_mb']:+.0f} MB"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
