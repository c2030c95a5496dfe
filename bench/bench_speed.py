"""Speed: the PDF engines, the whole parse against bare text extraction, and the stages.

Run: .venv/bin/python bench/bench_speed.py [--repeat 3] [--baseline-src DIR]

Over the corpus letters in ../shared/corpus (the PDFs that are letters, answers to questions
and motions: 16 files, 91 pages) it prints, in one run:

1. pages per second of each engine reading the characters (`read_pdf`, which also does the
   geometry: lines, zones, footnotes), of bare pdfplumber ``extract_text()`` and of bare
   pypdfium2 ``get_text_range()``;
2. the time of a full `kamerstuk.parse` (default engine, entities, spaCy pipeline) over the
   letters, as a ratio to bare pdfplumber ``extract_text()`` (issue 14: at most 0.35) and to
   bare pypdfium2 text extraction; the same with ``engine="pdfplumber"``;
3. per-stage time shares of that parse: reading, structure, entities, spaCy pipeline;
4. the 108 KB text letter (the pdfminer text of the 32-page "Water en Bodem sturend" letter)
   end to end, per stage, and the throughput of each entity finder in MB/s (issue 14: at least
   5, citations at least 10).

The text letter's time is held against the issue's own figure for it (2.56 s when the issue was
filed: structure 0.06 + entities 0.4 + pipeline 2.1; issue 14 asks at most a quarter). With
``--baseline-src DIR`` (the ``src`` folder of another checkout, e.g. a git worktree of an older
commit) the same measurements run on that code in a subprocess, in the same run, and the ratios
now/baseline are printed too. Each time is the best of ``--repeat`` runs after a warm-up. Exit status 1 when
a target is missed.
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
from typing import Any

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
TEXT_LETTER = CORPUS / "pts_20221125_ienw_kamerbrief_water_en_bodem_sturend.pdfminer.txt"
#: The corpus letters: answers to written questions, a motion, ministry letters.
LETTER_GLOBS = (
    "ll_ah-tk-*.pdf",
    "plooi_ah-tk-*.pdf",
    "plooi_kst-*.pdf",
    "plooi_ronl_2011*.pdf",
    "pts_2022*kamerbrief*.pdf",
)
PARSE_RATIO_TARGET = 0.35
TEXT_LETTER_TARGET = 0.25
#: The 108 KB text letter's time when issue 14 was filed, as the issue states it ("today"): the
#: structure stage 0.06 s, entities 0.4 s, the spaCy pipeline 2.1 s (reading not counted).
ISSUE_TEXT_LETTER_SECONDS = 0.06 + 0.4 + 2.1
FINDER_TARGETS = {"citations": 10.0}
FINDER_TARGET = 5.0


def letters() -> list[Path]:
    found = sorted({p for pattern in LETTER_GLOBS for p in CORPUS.glob(pattern)})
    if not found:
        sys.exit(f"no corpus letters under {CORPUS} (../shared is not beside this checkout)")
    return found


def clear_caches() -> None:
    """Clear the per-text caches of the entity finders (`functools` caches in kamerstuk.entities
    and kamerstuk.patterns), so that a repeated run measures the work and not a cache hit."""
    for name, module in list(sys.modules.items()):
        if name.startswith(("kamerstuk.entities", "kamerstuk.patterns")):
            for value in vars(module).values():
                clear = getattr(value, "cache_clear", None)
                if callable(clear):
                    clear()


def best(fn: Callable[[], Any], repeat: int) -> float:
    """The best of `repeat` timed runs after a warm-up; every run starts with cold caches."""
    clear_caches()
    fn()  # warm-up: imports, the pipeline, font caches
    times = []
    for _ in range(repeat):
        clear_caches()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def measure(repeat: int) -> dict[str, Any]:
    """Every figure, for the kamerstuk on sys.path (this checkout or the baseline's)."""
    import pdfplumber
    import pypdfium2

    import kamerstuk
    from kamerstuk import entities
    from kamerstuk.entities import extract
    from kamerstuk.models import Source
    from kamerstuk.pipeline import apply_pipeline, default_pipeline
    from kamerstuk.readers import pdf as pdf_reader
    from kamerstuk.readers.text import read_text
    from kamerstuk.structure import build_letter

    paths = letters()
    datas = [p.read_bytes() for p in paths]
    engines = list(getattr(pdf_reader, "ENGINES", ()))
    nlp = default_pipeline()
    out: dict[str, Any] = {"files": len(paths)}

    def plumber_text() -> None:
        for data in datas:
            import io

            with pdfplumber.open(io.BytesIO(data)) as pdf:
                for page in pdf.pages:
                    page.extract_text()

    def pdfium_text() -> None:
        for data in datas:
            doc = pypdfium2.PdfDocument(data)
            for index in range(len(doc)):
                page = doc[index]
                textpage = page.get_textpage()
                textpage.get_text_range()
                textpage.close()
                page.close()
            doc.close()

    pages = sum(len(pypdfium2.PdfDocument(d)) for d in datas)
    out["pages"] = pages
    out["bare_pdfplumber"] = best(plumber_text, repeat)
    out["bare_pypdfium2"] = best(pdfium_text, repeat)

    def reading(engine: str | None) -> Callable[[], None]:
        kwargs = {"engine": engine} if engine else {}

        def run() -> None:
            for data in datas:
                pdf_reader.read_pdf(data, **kwargs)

        return run

    def parsing(engine: str | None) -> Callable[[], None]:
        kwargs = {"engine": engine} if engine else {}

        def run() -> None:
            for data, path in zip(datas, paths, strict=True):
                kamerstuk.parse_bytes(data, name=path.name, **kwargs)

        return run

    out["read"] = {e or "default": best(reading(e), repeat) for e in (engines or [None])}
    out["parse"] = {e or "default": best(parsing(e), repeat) for e in (engines or [None])}
    out["parse_default"] = best(parsing(None), repeat)

    # Stages of the default parse: read, structure, entities, pipeline (each on the previous output).
    sources = [Source(name=p.name, format="pdf", sha256="0" * 64) for p in paths]
    raws = [pdf_reader.read_pdf(d) for d in datas]
    structured = [build_letter(r, s, strict=False) for r, s in zip(raws, sources, strict=True)]
    found = [extract(letter) for letter in structured]

    def structure() -> None:
        for raw, source in zip(raws, sources, strict=True):
            build_letter(raw, source, strict=False)

    def finding() -> None:
        for letter in structured:
            extract(letter)

    def piping() -> None:
        for letter in found:
            apply_pipeline(letter, nlp)

    out["pdf_stages"] = {
        "read": best(reading(None), repeat),
        "structure": best(structure, repeat),
        "entities": best(finding, repeat),
        "pipeline": best(piping, repeat),
    }

    # The 108 KB text letter, end to end and by stage, and each finder's throughput.
    data = TEXT_LETTER.read_bytes()
    text = data.decode("utf-8")
    source = Source(name=TEXT_LETTER.name, format="text", sha256="0" * 64)
    letter = build_letter(read_text(text), source, strict=False)
    with_entities = extract(letter)
    out["text_total"] = best(lambda: kamerstuk.parse_bytes(data, name=TEXT_LETTER.name), repeat)
    raw_text = read_text(text)
    out["text_stages"] = {
        "read": best(lambda: read_text(text), repeat),
        "structure": best(lambda: build_letter(raw_text, source, strict=False), repeat),
        "entities": best(lambda: extract(letter), repeat),
        "pipeline": best(lambda: apply_pipeline(with_entities, nlp), repeat),
    }
    body = letter.text
    megabytes = len(body.encode("utf-8")) / 1e6
    spans = [(p.id, p.start, p.end) for p in letter.paragraphs]
    heads = [(s.title, s.start, s.end) for s in letter.sections]
    notes = {f.number: f.text for f in letter.footnotes}
    markers = {f.number: f.marker for f in letter.footnotes if f.marker is not None}
    date = letter.metadata.date
    finders: dict[str, Callable[[], Any]] = {
        "citations": lambda: entities.find_citations(body, footnotes=notes, markers=markers),
        "dates": lambda: entities.find_dates(body, date),
        "deadlines": lambda: entities.find_deadlines(body, date),
        "commitments": lambda: entities.find_commitments(body, date, paragraphs=spans),
        "recommendations": lambda: entities.find_recommendations(body, paragraphs=spans, headings=heads),
        "report": lambda: entities.find_report(body, date),
    }
    out["text_megabytes"] = megabytes
    out["finders"] = {name: megabytes / best(fn, repeat) for name, fn in finders.items()}
    return out


def baseline(src: str, repeat: int) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": src}
    done = subprocess.run(
        [sys.executable, __file__, "--repeat", str(repeat), "--json"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def shares(stages: dict[str, float]) -> str:
    total = sum(stages.values())
    return ", ".join(
        f"{name} {seconds:.3f} s ({100 * seconds / total:.0f} %)" for name, seconds in stages.items()
    )


def report(now: dict[str, Any], before: dict[str, Any] | None) -> int:
    failed = 0
    pages = now["pages"]
    print(f"Corpus letters: {now['files']} PDFs, {pages} pages (best of the repeats)\n")
    print("1. Pages per second")
    print(
        f"   bare pdfplumber extract_text()      {pages / now['bare_pdfplumber']:8.1f} pages/s  ({now['bare_pdfplumber']:.2f} s)"
    )
    print(
        f"   bare pypdfium2 get_text_range()     {pages / now['bare_pypdfium2']:8.1f} pages/s  ({now['bare_pypdfium2']:.2f} s)"
    )
    for engine, seconds in now["read"].items():
        print(f"   read_pdf, engine {engine:<18} {pages / seconds:8.1f} pages/s  ({seconds:.2f} s)")
    for engine, seconds in now["parse"].items():
        print(f"   full parse, engine {engine:<16} {pages / seconds:8.1f} pages/s  ({seconds:.2f} s)")
    ratio = now["parse_default"] / now["bare_pdfplumber"]
    verdict = "PASS" if ratio <= PARSE_RATIO_TARGET else "FAIL"
    failed += verdict == "FAIL"
    print("\n2. Full parse (default engine) against bare extraction")
    print(f"   parse / pdfplumber extract_text = {ratio:.3f}  (target <= {PARSE_RATIO_TARGET})  {verdict}")
    print(f"   parse / pypdfium2 text          = {now['parse_default'] / now['bare_pypdfium2']:.1f}")
    print("\n3. Stage shares of the parse over the letters")
    print(f"   {shares(now['pdf_stages'])}")
    print("\n4. The 108 KB text letter")
    print(f"   end to end {now['text_total']:.3f} s; {shares(now['text_stages'])}")
    issue_ratio = now["text_total"] / ISSUE_TEXT_LETTER_SECONDS
    ok = "PASS" if issue_ratio <= TEXT_LETTER_TARGET else "FAIL"
    failed += ok == "FAIL"
    print(f"   against the issue's 'today' ({ISSUE_TEXT_LETTER_SECONDS:.2f} s without reading): "
          f"{issue_ratio:.3f}  (target <= {TEXT_LETTER_TARGET})  {ok}")  # fmt: skip
    for name, rate in now["finders"].items():
        target = FINDER_TARGETS.get(name, FINDER_TARGET)
        ok = "PASS" if rate >= target else "FAIL"
        failed += ok == "FAIL"
        was = f"  (before {before['finders'][name]:.2f})" if before else ""
        print(f"   {name:<16} {rate:7.2f} MB/s  (target >= {target:g})  {ok}{was}")
    if before is not None:
        print("\n5. Against the baseline (same run)")
        text_ratio = now["text_total"] / before["text_total"]
        print(f"   text letter end to end: {now['text_total']:.3f} s vs {before['text_total']:.3f} s = {text_ratio:.3f}"
              f"  (the baseline's own time; {TEXT_LETTER_TARGET} would be a quarter of it)")  # fmt: skip
        for stage in now["text_stages"]:
            a, b = now["text_stages"][stage], before["text_stages"][stage]
            print(f"     {stage:<10} {a:.3f} s vs {b:.3f} s = {a / b:.2f}")
        print(f"   parse of the letters: {now['parse_default']:.2f} s vs {before['parse_default']:.2f} s "
              f"= {now['parse_default'] / before['parse_default']:.3f}; "
              f"baseline parse / extract_text = {before['parse_default'] / before['bare_pdfplumber']:.3f}")  # fmt: skip
        for stage in now["pdf_stages"]:
            a, b = now["pdf_stages"][stage], before["pdf_stages"][stage]
            print(f"     {stage:<10} {a:.3f} s vs {b:.3f} s = {a / b:.2f}")
    return 1 if failed else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--baseline-src", help="src folder of the code to compare with, run in a subprocess")
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)  # the baseline's subprocess
    args = parser.parse_args()
    if args.json:
        print(json.dumps(measure(args.repeat)))
        return 0
    before = baseline(args.baseline_src, args.repeat) if args.baseline_src else None
    return report(measure(args.repeat), before)


if __name__ == "__main__":
    sys.exit(main())
