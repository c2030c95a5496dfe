"""Stage times of a parse, this code against a baseline checkout: reading, structure, spaCy pipeline.

Run: .venv/bin/python bench/bench_pipeline.py [--src src] [--base-src ../wt-base/src] [--repeat 3]

Two workloads:

- the reference text letter (`REFERENCE`, a 108 KB pdfminer dump from the shared corpus): the
  seconds of reading (`kamerstuk.parse._read_text`), structure (`build_letter`), the entity
  finders (`kamerstuk.entities.extract`), the spaCy pipeline (`apply_pipeline`) and the whole
  `kamerstuk.parse`;
- the PDF letters of the corpus (`PDF_LETTERS`): the seconds of the spaCy pipeline summed over
  the letters (each letter read once with ``pipeline="none"``, then `apply_pipeline` timed), and
  of a whole `kamerstuk.parse` of them all.

Each workload is measured in a child process, once with this checkout's ``src`` and once with
``--base-src`` (a checkout of the code to compare with) on ``PYTHONPATH``, so both run in the
same interpreter and environment; the table shows both and the ratio base / this (above 1:
this code is faster). Each time is the best of `--repeat` runs after a warm-up that loads the
pipeline. Without the shared corpus (``../shared/corpus``) the script says so and stops.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
REFERENCE = CORPUS / "pts_20221125_ienw_kamerbrief_water_en_bodem_sturend.pdfminer.txt"
PDF_NAMES = (
    "plooi_ah-tk-20202021-3235.pdf",
    "plooi_kst-32545-143.pdf",
    "plooi_ronl_20110301_kamerbrief_draagmoederschap.pdf",
    "pts_20221222_ienw_kamerbrief_emissies_luchtvaart.pdf",
    "pts_20221125_ienw_kamerbrief_water_en_bodem_sturend.pdf",
)
T = TypeVar("T")


def pdf_letters() -> list[Path]:
    """The corpus letters in PDF: every ``ll_*.pdf`` and the `PDF_NAMES`."""
    return sorted(CORPUS.glob("ll_*.pdf")) + [CORPUS / n for n in PDF_NAMES if (CORPUS / n).exists()]


def best(fn: Callable[[], T], repeat: int) -> tuple[float, T]:
    """The shortest of `repeat` runs of `fn`, and its last result."""
    shortest = float("inf")
    result: T | None = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        shortest = min(shortest, time.perf_counter() - start)
    assert result is not None
    return shortest, result


def measure(repeat: int) -> dict[str, float]:
    """The stage times with whatever `kamerstuk` is importable (run in a child process)."""
    import kamerstuk
    from kamerstuk.entities import extract
    from kamerstuk.inputs import Limits
    from kamerstuk.models import Source
    from kamerstuk.parse import _read_text
    from kamerstuk.pipeline import apply_pipeline, default_pipeline
    from kamerstuk.structure import build_letter

    nlp = default_pipeline()
    text = REFERENCE.read_bytes().decode("utf-8")
    kamerstuk.parse(REFERENCE)  # warm-up: loads the pipeline, compiles the patterns
    source = Source(name=REFERENCE.name, format="text", sha256="0" * 64)
    out: dict[str, float] = {}
    out["text: read"], raw = best(lambda: _read_text(text, Limits()), repeat)
    out["text: structure"], letter = best(lambda: build_letter(raw, source), repeat)
    out["text: entities"], enriched = best(lambda: extract(letter), repeat)
    out["text: spaCy pipeline"], _ = best(lambda: apply_pipeline(enriched, nlp), repeat)
    out["text: read + structure"] = out["text: read"] + out["text: structure"]
    out["text: whole parse"], _ = best(lambda: kamerstuk.parse(REFERENCE), repeat)

    letters = [kamerstuk.parse(p, strict=False, pipeline="none") for p in pdf_letters()]
    out["pdf: spaCy pipeline"] = 0.0
    for one in letters:
        seconds, _ = best(functools.partial(apply_pipeline, one, nlp), repeat)
        out["pdf: spaCy pipeline"] += seconds
    out["pdf: whole parse"], _ = best(
        lambda: [kamerstuk.parse(p, strict=False) for p in pdf_letters()], max(1, repeat - 1)
    )
    return out


def run_child(src: Path, repeat: int) -> dict[str, float]:
    """`measure` in a child process with `src` first on ``PYTHONPATH``."""
    env = dict(os.environ, PYTHONPATH=str(src))
    done = subprocess.run(
        [sys.executable, __file__, "--measure", "--repeat", str(repeat)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", type=Path, default=REPO / "src", help="the code to measure")
    parser.add_argument("--base-src", type=Path, default=REPO.parent / "wt-base" / "src")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not REFERENCE.exists():
        print(f"the shared corpus is missing ({CORPUS}): nothing to measure")
        return 0
    if args.measure:
        print(json.dumps(measure(args.repeat)))
        return 0
    this = run_child(args.src, args.repeat)
    base = run_child(args.base_src, args.repeat) if args.base_src.exists() else None
    print(f"reference: {REFERENCE.name}; PDF letters: {len(pdf_letters())}; best of {args.repeat}")
    print(f"{'stage':26s} {'this (s)':>9s} {'base (s)':>9s} {'base/this':>9s}")
    for stage, seconds in this.items():
        if base is None:
            print(f"{stage:26s} {seconds:9.3f}")
        else:
            print(f"{stage:26s} {seconds:9.3f} {base[stage]:9.3f} {base[stage] / seconds:9.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
