"""PDF reading at scale: peak memory and time for long and pathological PDFs.

Run: .venv/bin/python bench/bench_pdf_memory.py [--pages 50 500] [--pipeline default] [--only NAME ...]

Each case's PDF is made here and parsed in a fresh process (peak RSS is a high-water mark),
which prints seconds, peak RSS in MB (and its RSS after imports and loading the pipeline, before
the parse) and the outcome: a Letter (pages, paragraphs, characters) or the typed error. The
cases, all generated with reportlab:

- ``pages-N``: a letter of N dense A4 pages (about 3,800 characters a page). The ratio of the
  peak memory for the largest and the smallest N shows whether memory grows with the page
  count; the acceptance is a 500-page PDF within 2 GB that returns a Letter.
- ``stream-text``: one page whose content stream is 10 MB of text operators (a million and
  more characters): stops at the characters-per-page limit with a `PageLimitError`.
- ``stream-shapes``: one page whose content stream is 10 MB of drawn rectangles: read, with
  the shapes beyond the per-page limit left out.
- ``line-1m``: one line of a million characters: a `PageLimitError` at the same limit.
- ``lines-990k``: ten pages each holding one line of 99,000 characters, under the per-page
  limit: one paragraph of 990,000 characters, through the whole pipeline.

Before the reader released its pages, a 500-page PDF took 4.5 GB (about 8.8 MB a page held
until the end), the 10 MB stream aborted the process at 3.8 GB, and a long line grew
quadratically (25k characters 3 s, 100k 14 s, 1M over 5 minutes).
"""

from __future__ import annotations

import argparse
import io
import json
import resource
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]

SENTENCE = (
    "Het kabinet zet in op een betere uitvoering van de regeling en informeert uw Kamer voor "
    "de zomer over de voortgang van de maatregelen die in deze brief zijn genoemd. "
)


def _canvas() -> tuple[io.BytesIO, Any]:
    from reportlab.pdfgen import canvas  # type: ignore[import-untyped]

    buf = io.BytesIO()
    return buf, canvas.Canvas(buf, pagesize=(595, 842), invariant=1)


def long_letter(pages: int) -> bytes:
    """A letter of `pages` dense pages: header, numbered sections of paragraphs, signature."""
    buf, c = _canvas()
    y = 790.0

    def line(text: str, font: str = "Helvetica") -> None:
        nonlocal y
        c.setFont(font, 10)
        c.drawString(80, y, text)
        y -= 14

    for text in [
        "Aan de Voorzitter van de Tweede Kamer",
        "der Staten-Generaal",
        "Postbus 20018",
        "2500 EA  DEN HAAG",
        "",
    ]:
        line(text)
    for text in ["Datum 1 mei 2023", "Betreft Jaarverslag van de uitvoering", "", "Geachte voorzitter,", ""]:
        line(text)
    n = 0
    for page in range(pages):
        if page:
            c.showPage()
            y = 790.0
        while y > 120:
            n += 1
            if n % 12 == 1:
                line(f"{n // 12 + 1}. Onderdeel {n // 12 + 1}", "Helvetica-Bold")
                y -= 4
            for text in textwrap.wrap(f"Paragraaf {n}. " + SENTENCE * 3, 95):
                line(text)
            y -= 10
    y -= 14
    for text in ["Hoogachtend,", "", "de minister van Financiën,", "", "A.B. Jansen"]:
        line(text)
    c.showPage()
    c.save()
    return buf.getvalue()


def big_stream(megabytes: float, kind: str) -> bytes:
    """One page whose content stream is `megabytes` of text operators or of rectangles."""
    buf, c = _canvas()
    c.setFont("Helvetica", 10)
    c.drawString(80, 790, "Datum 1 mei 2023")
    op = "BT /F1 4 Tf 1 0 0 1 %d %d Tm (woord woord woord woord woord woord) Tj ET\n"
    if kind == "shapes":
        op = "%d %d 3 2 re f\n"
    parts: list[str] = []
    size = i = 0
    while size < megabytes * 1024 * 1024:
        parts.append(op % (40 + (i * 7) % 500, 40 + (i * 3) % 760))
        size += len(parts[-1])
        i += 1
    c._code.append("".join(parts))  # raw operators into the page's content stream
    c.showPage()
    c.save()
    return buf.getvalue()


def long_lines(chars: int, pages: int) -> bytes:
    """`pages` pages each holding one line of `chars` characters, after a date and a salutation."""
    buf, c = _canvas()
    c.setFont("Helvetica", 10)
    c.drawString(80, 790, "Datum 1 mei 2023")
    c.drawString(80, 770, "Geachte voorzitter,")
    text = ("woord " * (chars // 6 + 1))[:chars]
    for _ in range(pages):
        c.setFont("Helvetica", 10)
        c.drawString(80, 700, text)
        c.showPage()
    c.save()
    return buf.getvalue()


def make(case: str) -> tuple[bytes, bool]:
    """The PDF of a case, and whether it is parsed strictly (a letter) or leniently."""
    if case.startswith("pages-"):
        return long_letter(int(case.removeprefix("pages-"))), True
    if case == "stream-text":
        return big_stream(10, "text"), False
    if case == "stream-shapes":
        return big_stream(10, "shapes"), False
    if case == "line-1m":
        return long_lines(1_000_000, 1), False
    if case == "lines-990k":
        return long_lines(99_000, 10), False
    raise SystemExit(f"unknown case {case}")


def run_case(case: str, path: Path, strict: bool, pipeline: str) -> dict[str, Any]:
    """In this (fresh) process: parse the case's PDF, measure time and peak memory."""
    import kamerstuk
    from kamerstuk.errors import KamerstukError

    data = path.read_bytes()
    if pipeline != "none":
        from kamerstuk.pipeline import default_pipeline

        default_pipeline(rules_only=pipeline == "rules")  # loaded before the baseline
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start = time.perf_counter()
    result: dict[str, Any] = {"case": case, "pdf_mb": round(len(data) / 2**20, 2), "baseline_mb": round(base)}
    try:
        letter = kamerstuk.parse_bytes(data, name=f"{case}.pdf", strict=strict, pipeline=pipeline)  # type: ignore[arg-type]
    except KamerstukError as exc:
        result["outcome"] = f"{type(exc).__name__}: {exc.message}"
    else:
        longest = max((len(p.text) for p in letter.paragraphs), default=0)
        result["outcome"] = (
            f"Letter: {letter.source.pages} pages, {len(letter.paragraphs)} paragraphs, "
            f"{len(letter.text):,} characters (longest paragraph {longest:,})"
        )
        notes = [d.message for d in letter.diagnostics if d.stage == "reader"]
        if notes:
            result["notes"] = notes
    result["seconds"] = round(time.perf_counter() - start, 1)
    result["peak_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return result


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--pages", type=int, nargs="+", default=[50, 500], help="page counts (default 50 500)"
    )
    parser.add_argument("--pipeline", default="default", choices=("default", "rules", "none"))
    parser.add_argument("--only", nargs="+", default=None, metavar="CASE", help="run only these cases")
    # one case, in a child process: --case NAME --file PDF --strict 0|1
    parser.add_argument("--case", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--file", type=Path, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--strict", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.case:
        print(json.dumps(run_case(args.case, args.file, bool(args.strict), args.pipeline)))
        return 0
    cases = [f"pages-{n}" for n in args.pages] + ["stream-text", "stream-shapes", "line-1m", "lines-990k"]
    if args.only:
        cases = [c for c in cases if c in args.only]
    results: dict[str, dict[str, Any]] = {}
    for case in cases:
        with tempfile.TemporaryDirectory() as tmp:
            data, strict = make(case)  # made here: the child's peak is the parse's alone
            path = Path(tmp) / f"{case}.pdf"
            path.write_bytes(data)
            del data
            proc = subprocess.run(
                [sys.executable, __file__, "--case", case, "--file", str(path), "--strict", str(int(strict)),
                 "--pipeline", args.pipeline],
                capture_output=True, text=True, cwd=REPO,
            )  # fmt: skip
        if proc.returncode != 0:
            print(f"{case}: the process ended with {proc.returncode}\n{proc.stderr[-2000:]}")
            continue
        result = json.loads(proc.stdout.strip().splitlines()[-1])
        results[case] = result
        print(
            f"{case:14} {result['seconds']:7.1f} s  peak {result['peak_mb']:6} MB "
            f"(after imports {result['baseline_mb']} MB, PDF {result['pdf_mb']} MB)  {result['outcome']}"
        )
        for note in result.get("notes", []):
            print(f"{'':16}note: {note}")
    page_cases = [c for c in cases if c.startswith("pages-") and c in results]
    if len(page_cases) >= 2:
        small, large = results[page_cases[0]], results[page_cases[-1]]
        ps, pl = (int(c.removeprefix("pages-")) for c in (page_cases[0], page_cases[-1]))
        growth = (large["peak_mb"] - small["peak_mb"]) / (pl - ps)
        print(
            f"peak {page_cases[-1]} / {page_cases[0]}: {large['peak_mb'] / small['peak_mb']:.2f} "
            f"for {pl / ps:.0f}x the pages; {growth:.2f} MB more per page "
            "(the words kept for the page layout, the text, the Letter and the spaCy Doc; no "
            "pdfplumber page is kept)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
