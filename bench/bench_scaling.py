"""Scaling: parse generated letters at 1×, 4× and 16× their size and compare the times.

Run: .venv/bin/python bench/bench_scaling.py [--base 8] [--repeat 2] [--pipeline default]

Three kinds of input, each generated at three sizes from the same body paragraphs (taken from
the fixture letters, so the entity finders and the pipeline have real work: commitments,
deadlines, citations, restated recommendations): a pdftotext-style text letter, a Markdown
letter in the official Kamerstuk layout, and a PDF letter drawn with reportlab (a test
dependency). `--base` is the number of sections at 1× (each a heading and four paragraphs;
8 sections make about 4 pages); 4× and 16× have four and sixteen times as many.

For each kind and size it prints the seconds per stage (reading and structure: `parse` with
``entities=False``; the entity finders: `kamerstuk.entities.extract`; the spaCy pipeline:
`apply_pipeline`) and their total, then the ratios t(4×)/t(1×) and t(16×)/t(1×) of the total
next to the size ratios 4 and 16 (the body is exactly 4 and 16 times as long; the input bytes
or pages are shown too, they grow a little less because the letterhead stays the same): PASS
when each time ratio is at most 1.3 × its size ratio (linear, with room for noise), else FAIL.
The same ratios per stage show where time grows faster than the input. Each time is the best
of `--repeat` runs, after one warm-up parse that loads the pipeline. Exit status 1 when a kind
fails.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from reportlab.pdfgen import canvas  # type: ignore[import-untyped]

import kamerstuk
from kamerstuk.entities import extract
from kamerstuk.pipeline import apply_pipeline, default_pipeline

REPO = Path(__file__).resolve().parents[1]
LETTERS = REPO / "fixtures" / "letters"
SIZES = (1, 4, 16)
TOLERANCE = 1.3  # a time ratio may exceed its size ratio by this factor before it fails
T = TypeVar("T")


def body_paragraphs() -> list[str]:
    """Body paragraphs of the fixture letters, footnote-free, in a fixed order."""
    out: list[str] = []
    for path in sorted(LETTERS.glob("*.md")):
        if path.name == "README.md":
            continue
        letter = kamerstuk.parse(path, pipeline="none")
        out.extend(p.text for p in letter.paragraphs if len(p.text) > 120)
    return out


def sections(paragraphs: list[str], count: int) -> list[tuple[str, list[str]]]:
    """`count` sections of a heading and four paragraphs, cycling through `paragraphs`."""
    out = []
    for i in range(count):
        body = [paragraphs[(4 * i + j) % len(paragraphs)] for j in range(4)]
        out.append((f"Onderdeel {i + 1}", body))
    return out


def text_letter(parts: list[tuple[str, list[str]]]) -> str:
    """A ministry letter as pdftotext writes it: letterhead, wrapped lines, blank lines between."""
    lines = [
        "Ministerie van Financiën",
        "",
        "> Retouradres Postbus 20201 2500 EE  Den Haag",
        "",
        "Aan de Voorzitter van de Tweede Kamer",
        "der Staten-Generaal",
        "Postbus 20018",
        "2500 EA  DEN HAAG",
        "",
        "Datum 16 juni 2023",
        "Onderwerp Voortgang van het programma",
        "",
        "Geachte voorzitter,",
        "",
    ]
    for title, body in parts:
        lines += [title, ""]
        for para in body:
            lines += [*textwrap.wrap(para, 90), ""]
    lines += ["De Staatssecretaris van Financiën,", "", "", "A.B. de Vries", ""]
    return "\n".join(lines)


def markdown_letter(parts: list[tuple[str, list[str]]]) -> str:
    """A letter in the official Kamerstuk layout as a PDF-to-Markdown converter writes it."""
    lines = [
        "Vergaderjaar 2022–2023",
        "",
        "**31 066**",
        "",
        "**Belastingdienst**",
        "",
        "**Nr. 1187**",
        "",
        "## **BRIEF VAN DE STAATSSECRETARIS VAN FINANCIËN**",
        "",
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
        "",
        "Den Haag, 16 juni 2023",
        "",
    ]
    for title, body in parts:
        lines += [f"### **{title}**", ""]
        for para in body:
            lines += [para, ""]
    lines += ["De Staatssecretaris van Financiën,  ", "A.B. de Vries", ""]
    return "\n".join(lines)


def pdf_letter(parts: list[tuple[str, list[str]]], out: Path) -> int:
    """Draw the text letter on A4 pages (Helvetica, bold headings); return the page count."""
    pdf = canvas.Canvas(str(out), pagesize=(595.0, 842.0), invariant=1)
    top, bottom, left, leading = 780.0, 80.0, 72.0, 13.0
    y = top
    pages = 1

    def line(text: str, font: str = "Helvetica") -> None:
        nonlocal y, pages
        if y < bottom:
            pdf.showPage()
            pages += 1
            y = top
        pdf.setFont(font, 10)
        pdf.drawString(left, y, text)
        y -= leading

    head, _, _ = text_letter([]).partition("Geachte voorzitter,")
    for row in head.splitlines():
        if row.strip() and not row.startswith(">"):
            line(row)
        elif not row.strip():
            y -= leading / 2
    line("Geachte voorzitter,")
    y -= leading
    for title, body in parts:
        line(title, "Helvetica-Bold")
        y -= leading / 2
        for para in body:
            for row in textwrap.wrap(para, 95):
                line(row)
            y -= leading
    line("De Staatssecretaris van Financiën,")
    y -= 2 * leading
    line("A.B. de Vries")
    pdf.showPage()
    pdf.save()
    return pages


def timed(fn: Callable[[], T], repeat: int) -> tuple[float, T]:
    """The best time of `repeat` calls of `fn`, and its last result."""
    best = float("inf")
    result: T | None = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    assert result is not None
    return best, result


def stage_times(path: Path, pipeline: str, repeat: int) -> tuple[dict[str, float], kamerstuk.Letter]:
    """Seconds per stage for one input: reading and structure, entities, spaCy pipeline."""
    read, letter = timed(lambda: kamerstuk.parse(path, entities=False), repeat)
    found, letter = timed(lambda: extract(letter), repeat)
    times = {"read+structure": read, "entities": found, "pipeline": 0.0}
    if pipeline != "none":
        nlp = default_pipeline(rules_only=pipeline == "rules")
        times["pipeline"], letter = timed(lambda: apply_pipeline(letter, nlp), repeat)
    return times, letter


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=int, default=8, help="sections at 1× (default 8)")
    parser.add_argument("--repeat", type=int, default=2, help="runs per stage and size; the best counts")
    parser.add_argument("--pipeline", default="default", choices=("default", "rules", "none"))
    args = parser.parse_args()
    paragraphs = body_paragraphs()
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        inputs: dict[str, list[tuple[Path, str]]] = {"text": [], "markdown": [], "pdf": []}
        for factor in SIZES:
            parts = sections(paragraphs, args.base * factor)
            txt = folder / f"letter_{factor}x.txt"
            txt.write_text(text_letter(parts), encoding="utf-8")
            md = folder / f"letter_{factor}x.md"
            md.write_text(markdown_letter(parts), encoding="utf-8")
            pdf = folder / f"letter_{factor}x.pdf"
            pages = pdf_letter(parts, pdf)
            for kind, path in (("text", txt), ("markdown", md)):
                inputs[kind].append((path, f"{path.stat().st_size / 1024:.0f} KB"))
            inputs["pdf"].append((pdf, f"{pages} pages"))
        kamerstuk.parse(inputs["markdown"][0][0], pipeline=args.pipeline)  # warm-up: load the pipeline
        print(
            f"pipeline={args.pipeline}, best of {args.repeat} per stage; "
            f"PASS when t(k×)/t(1×) <= {TOLERANCE} × k\n"
        )
        print(
            f"{'input':<9} {'size':>5} {'input':>9} {'paras':>6} {'read+struct':>12} {'entities':>9}"
            f" {'pipeline':>9} {'total s':>8} {'t ratio':>8} {'size ratio':>10}"
        )
        for kind, files in inputs.items():
            totals: list[float] = []
            stages: list[dict[str, float]] = []
            for (path, label), factor in zip(files, SIZES, strict=True):
                times, letter = stage_times(path, args.pipeline, args.repeat)
                stages.append(times)
                totals.append(sum(times.values()))
                print(
                    f"{kind:<9} {factor:>4}× {label:>9} {len(letter.paragraphs):>6}"
                    f" {times['read+structure']:>12.2f} {times['entities']:>9.2f} {times['pipeline']:>9.2f}"
                    f" {totals[-1]:>8.2f} {totals[-1] / totals[0]:>8.2f} {factor:>10}",
                    flush=True,
                )
            verdicts = []
            for stage in (*stages[0], "total"):
                first = totals[0] if stage == "total" else stages[0][stage]
                if first <= 0:
                    continue
                ratios = [(totals[i] if stage == "total" else stages[i][stage]) / first for i in (1, 2)]
                sizes = [SIZES[i] / SIZES[0] for i in (1, 2)]
                ok = all(r <= TOLERANCE * z for r, z in zip(ratios, sizes, strict=True))
                verdicts.append(f"{stage} {ratios[0]:.2f}/{ratios[1]:.2f} {'ok' if ok else 'SUPERLINEAR'}")
                if stage == "total":
                    failed |= not ok
                    print(
                        f"{kind:<9} t(4×)/t(1×) = {ratios[0]:.2f} (size 4), "
                        f"t(16×)/t(1×) = {ratios[1]:.2f} (size 16): {'PASS' if ok else 'FAIL'}"
                    )
            print(
                f"{'':<9} by stage, t(4×)/t(1×) and t(16×)/t(1×): " + "; ".join(verdicts[:-1]) + "\n",
                flush=True,
            )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
