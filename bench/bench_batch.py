"""Batch throughput: 1 worker against N workers, and kamerstuk against bare pdfplumber.

Run: .venv/bin/python bench/bench_batch.py [--copies 6] [--workers 2]

Prints documents/s and pages/s for 1 and N workers, the scaling ratio, peak memory per
worker, and kamerstuk's time per page against pdfplumber's extract_text() on the same PDFs
(the ratio is what kamerstuk's layout analysis, structure, entities and spaCy pipeline cost
on top of reading the characters). Inputs: our fixture PDFs and letters, and the corpus PDFs
under ../shared when present, copied `--copies` times so each run has enough work.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

import pdfplumber

from kamerstuk.batch import parse_many

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "corpus"


def inputs(folder: Path, copies: int) -> list[Path]:
    sources = sorted((REPO / "fixtures" / "pdf").glob("*.pdf")) + sorted(
        (REPO / "fixtures" / "letters").glob("*.md")
    )
    sources = [p for p in sources if p.name != "README.md"]
    if SHARED.exists():
        sources += [p for p in sorted(SHARED.glob("*.pdf")) if "blg-" not in p.name]  # skip the scan
    out = []
    for n in range(copies):
        for src in sources:
            dst = folder / f"{n:02d}_{src.name}"
            shutil.copy(src, dst)
            out.append(dst)
    return out


def run(paths: list[Path], workers: int) -> dict[str, float]:
    start = time.perf_counter()
    outcomes = list(parse_many(paths, workers=workers, ordered=False, pipeline="default"))
    seconds = time.perf_counter() - start
    pages = sum(getattr(o.result, "source", None).pages or 0 for o in outcomes if o.ok)  # type: ignore[union-attr]
    return {
        "seconds": seconds,
        "docs_per_s": len(outcomes) / seconds,
        "pages_per_s": pages / seconds,
        "pages": pages,
        "failed": sum(not o.ok for o in outcomes),
        "peak_mb": max(o.peak_rss_kb for o in outcomes) / 1024,
    }


def bare_pdfplumber(paths: list[Path]) -> tuple[float, int]:
    start = time.perf_counter()
    pages = 0
    for p in paths:
        with pdfplumber.open(p) as pdf:
            for page in pdf.pages:
                page.extract_text()
                pages += 1
    return time.perf_counter() - start, pages


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=6)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        paths = inputs(Path(tmp), args.copies)
        pdfs = [p for p in paths if p.suffix == ".pdf"]
        print(f"{len(paths)} documents ({len(pdfs)} PDFs), {os.cpu_count()} cores", flush=True)
        one = run(paths, 1)
        many = run(paths, args.workers)
        for label, r in (("1 worker", one), (f"{args.workers} workers", many)):
            print(
                f"{label:>10}: {r['docs_per_s']:6.2f} documents/s  {r['pages_per_s']:6.2f} pages/s  "
                f"{r['seconds']:6.1f} s  peak {r['peak_mb']:.0f} MB per worker  ({r['failed']:.0f} failed)"
            )
        print(
            f"scaling ratio ({args.workers} workers / 1 worker throughput): {many['docs_per_s'] / one['docs_per_s']:.2f}x"
        )
        ours_pdf = run(pdfs, 1)
        bare_seconds, bare_pages = bare_pdfplumber(pdfs)
        per_page_ours = ours_pdf["seconds"] / max(ours_pdf["pages"], 1)
        per_page_bare = bare_seconds / max(bare_pages, 1)
        print(
            f"PDFs only, 1 worker: kamerstuk {per_page_ours * 1000:.1f} ms/page, pdfplumber extract_text() "
            f"{per_page_bare * 1000:.1f} ms/page: ratio {per_page_ours / per_page_bare:.2f}x"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
