"""The `kamerstuk` command line: parse letters to JSON, print the JSON Schema.

Data goes to stdout or to files, messages to stderr. Exit codes:

- 0: done — every input parsed (inputs that are not documents skipped, in ``batch``);
- 1: done, but an input failed (the others are still written); for ``diff``: the two
  documents differ; for ``evaluate``: a gold document could not be parsed or matched;
- 2: usage — bad arguments or a run that cannot start: a missing or malformed gold file or
  pipeline, no inputs, an unreachable Dask scheduler — always one line on stderr;
- 3: ``diff`` only — a document could not be parsed.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import hashlib
import json
import os
import secrets
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NoReturn, TextIO

from kamerstuk._version import __version__
from kamerstuk.compare import diff_letters
from kamerstuk.errors import KamerstukError
from kamerstuk.models import Letter, json_schema
from kamerstuk.parse import parse
from kamerstuk.readers.pdf import DEFAULT_ENGINE, ENGINES, MAX_PAGES
from kamerstuk.summary import summarize

if TYPE_CHECKING:
    from spacy.language import Language

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INPUT = 0, 1, 2, 3


class _Usage(Exception):
    """A usage error: printed as one line, exit code 2."""


class _Exit(Exception):
    """argparse is done (--help, --version): exit with this code."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser that writes to the given streams and reports a usage error in one line."""

    out: IO[str] | None = None

    def error(self, message: str) -> NoReturn:
        raise _Usage(f"{self.prog}: error: {message} (see: {self.prog} --help)")

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        if message:
            raise _Usage(message.strip())
        raise _Exit(status)

    def _print_message(self, message: str, file: Any = None) -> None:
        if message:
            (self.out or sys.stdout).write(message)


#: ``--engine`` of parse, batch, diff and render: which engine reads a PDF's characters.
_ENGINE_OPTION: dict[str, Any] = {
    "choices": ENGINES,
    "default": DEFAULT_ENGINE,
    "help": f"engine that reads PDF characters (default {DEFAULT_ENGINE}; pdfplumber is the slower reference)",
}

#: ``--max-pages`` of parse and batch: the page limit of `kamerstuk.parse`.
_MAX_PAGES_OPTION: dict[str, Any] = {
    "type": int,
    "default": MAX_PAGES,
    "metavar": "N",
    "help": f"page limit for PDFs (default {MAX_PAGES}): a longer PDF fails with PageLimitError",
}


def _build_parser() -> _Parser:
    parser = _Parser(
        prog="kamerstuk",
        description="Read Dutch parliamentary documents (Kamerstukken) into typed, linked data.",
        epilog="Exit codes: 0 done; 1 an input failed (diff: the documents differ); "
        "2 usage error; 3 diff: a document could not be parsed.",
    )
    parser.add_argument("--version", action="version", version=f"kamerstuk {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("parse", help="parse documents and write their JSON")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="files to parse")
    p.add_argument(
        "--format",
        choices=("json", "jsonl"),
        default=None,
        help="json: one pretty document per input (default for one input); "
        "jsonl: one line per input (default for several)",
    )
    p.add_argument(
        "-o",
        "--output",
        default=None,
        metavar="FILE_OR_DIR/",
        help="output file (json/jsonl); or a directory — an existing one, or any path ending in '/' "
        "(created) — for one <name>.json per input (a.pdf -> a.pdf.json); default: stdout",
    )
    p.add_argument(
        "--force",
        action="store_true",
        help="overwrite existing files in the output directory (default: refuse, before parsing)",
    )
    p.add_argument("--summary", action="store_true", help="print a readable summary of each letter to stderr")
    p.add_argument(
        "--lenient",
        action="store_true",
        help="keep documents without letter structure (kind 'other') instead of failing them",
    )
    p.add_argument("--max-pages", **_MAX_PAGES_OPTION)
    p.add_argument("--engine", **_ENGINE_OPTION)
    p.add_argument(
        "--pipeline", type=Path, default=None, metavar="PATH",
        help="a pipeline saved by `kamerstuk train` (default: the shipped one)",
    )  # fmt: skip

    b = sub.add_parser("batch", help="parse folders or globs of documents into JSONL/Parquet, resumably")
    b.add_argument("inputs", nargs="+", metavar="DIR_OR_GLOB", help="directories, files or glob patterns")
    b.add_argument("-o", "--output", type=Path, required=True, help="output directory")
    b.add_argument(
        "--workers", type=int, default=os.cpu_count() or 1, help="worker processes (default: all cores)"
    )
    b.add_argument(
        "--format",
        action="append",
        choices=("jsonl", "parquet"),
        default=None,
        help="output format(s); jsonl is always written; repeat for both",
    )
    b.add_argument(
        "--resume", action="store_true", help="skip inputs already in the output (by content hash)"
    )
    b.add_argument(
        "--timeout",
        type=float,
        default=120.0,
        help="per-document time limit in seconds (default 120), on Dask too; a document over it "
        "is a TimeoutError record",
    )
    which = b.add_mutually_exclusive_group()
    which.add_argument("--rules", action="store_true", help="use the rules-only pipeline")
    which.add_argument(
        "--pipeline", type=Path, default=None, metavar="PATH",
        help="a pipeline saved by `kamerstuk train` (default: the shipped one)",
    )  # fmt: skip
    b.add_argument(
        "--lenient",
        action="store_true",
        help="parse documents without letter structure (kind 'other', 'rapport', …) instead of skipping them",
    )
    b.add_argument("--max-pages", **_MAX_PAGES_OPTION)
    b.add_argument("--engine", **_ENGINE_OPTION)
    b.add_argument(
        "--scheduler",
        default=None,
        metavar="ADDRESS",
        help="run on a Dask cluster (tcp://host:8786), or 'local' for a local Dask cluster",
    )
    b.add_argument("--quiet", action="store_true", help="no progress bar")

    d = sub.add_parser("diff", help="compare two documents (say the PDF and the XML of one Kamerstuk)")
    d.add_argument("a", type=Path, metavar="A")
    d.add_argument("b", type=Path, metavar="B")
    d.add_argument("--json", action="store_true", help="print the differences as JSON")
    d.add_argument(
        "--min-similarity",
        type=float,
        default=0.98,
        help="paragraph similarity below which the documents disagree (default 0.98)",
    )
    d.add_argument("--max-pages", **_MAX_PAGES_OPTION)
    d.add_argument("--engine", **_ENGINE_OPTION)

    e = sub.add_parser("evaluate", help="score the pipeline on annotated letters (JSON Lines gold)")
    e.add_argument("gold", type=Path, metavar="GOLD")
    e.add_argument(
        "--split",
        default="test",
        help="split to score: test (default), holdout2 to holdout422 (written blind later), train, or all",
    )
    which = e.add_mutually_exclusive_group()
    which.add_argument(
        "--pipeline",
        type=Path,
        default=None,
        metavar="PATH",
        help="a saved pipeline (default: the shipped one)",
    )
    which.add_argument("--rules", action="store_true", help="score the rules-only pipeline")
    e.add_argument("--mistakes", action="store_true", help="list every wrong label, link and stance")
    e.add_argument(
        "--folds",
        type=int,
        default=None,
        metavar="K",
        help="cross-validate instead: train the classifier on all but one of K groups of the split's "
        "letters, score that group, for each group in turn (with --split train; not with --pipeline or --rules)",
    )
    e.add_argument(
        "--seed", type=int, default=0, help="how letters are dealt into the --folds groups (default 0)"
    )
    e.add_argument("--json", action="store_true", help="print the scores as JSON")
    e.add_argument(
        "--record-readings",
        type=Path,
        default=None,
        metavar="JSONL",
        help="also append what the stance rules read on each recommendation of --split (the arbiter's blind "
        "readings, fixtures/gold/stance_readings.jsonl) to JSONL; once per split, with --code",
    )
    e.add_argument(
        "--code", default=None, metavar="COMMIT", help="the commit measured, recorded in each reading"
    )

    t = sub.add_parser(
        "train", help="train the paragraph classifier on annotated letters and save the pipeline"
    )
    t.add_argument("gold", type=Path, metavar="GOLD")
    t.add_argument("-o", "--output", type=Path, required=True, help="directory to save the pipeline to")
    t.add_argument("--split", default="train", help="split to train on: train (default) or all")
    t.add_argument(
        "--mode",
        choices=("ensemble", "model"),
        default="ensemble",
        help="how the trained model is used: averaged with the rules (default) or alone",
    )
    t.add_argument(
        "--stance-split",
        default=None,
        help="split to train the stance fallback on: default the --split one, or all",
    )
    t.add_argument(
        "--stance-exclude",
        default="",
        metavar="SPLITS",
        help="comma-separated splits the stance fallback must not learn from (a blind benchmark, e.g. holdout17)",
    )
    t.add_argument(
        "--stance-readings",
        type=Path,
        default=None,
        metavar="JSONL",
        help="blind stance readings to train the stance arbiter on (fixtures/gold/stance_readings.jsonl); "
        "without it the pipeline has no arbiter",
    )

    r = sub.add_parser("render", help="write an HTML review page of a document (one self-contained file)")
    r.add_argument("path", type=Path, metavar="PATH", help="the document to render")
    r.add_argument("-o", "--output", type=Path, default=None, help="HTML file to write; default: stdout")
    r.add_argument("--title", default=None, help="page title (default: identifier and subject)")
    r.add_argument(
        "--lenient", action="store_true", help="render documents without letter structure (kind 'other') too"
    )
    r.add_argument("--max-pages", **_MAX_PAGES_OPTION)
    r.add_argument("--engine", **_ENGINE_OPTION)

    s = sub.add_parser("schema", help="print the JSON Schema of the Letter JSON")
    s.add_argument("-o", "--output", type=Path, default=None, help="write to this file instead of stdout")
    return parser


def _load_saved_pipeline(path: Path, stderr: TextIO) -> Language:
    """Load a pipeline given on the command line; `_Usage` (one line) when it is not one."""
    from kamerstuk.pipeline import load_pipeline

    if not (path / "config.cfg").is_file():
        what = "no such directory" if not path.exists() else "no saved spaCy pipeline there"
        raise _Usage(
            f"kamerstuk: error: --pipeline {path}: {what} (save one with: kamerstuk train GOLD -o {path})"
        )
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            nlp = load_pipeline(path)
    except Exception as exc:  # spaCy's own errors for a damaged pipeline are many
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise _Usage(f"kamerstuk: error: --pipeline {path}: cannot load it: {first}") from None
    for w in caught:
        print(f"kamerstuk: warning: {w.message}", file=stderr)
    return nlp


def _error_record(path: Path, exc: Exception) -> dict[str, str]:
    return {"path": str(path), "error": type(exc).__name__, "message": str(exc)}


def _json_text(text: str) -> str:
    """`text` (JSON) safe to encode as UTF-8: a lone surrogate — from a file name with bytes that
    are not UTF-8 — becomes the JSON escape ``\\udcff``, which reads back as the same name."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _names_folder(raw: str) -> bool:
    """Whether an -o argument names a folder by its spelling: it ends in a path separator."""
    return raw.endswith("/") or raw.endswith(os.sep) or bool(os.altsep and raw.endswith(os.altsep))


def _output_names(paths: Sequence[Path], folder: Path) -> list[Path]:
    """One output file in `folder` per input, never two alike: ``<name>.json``, where the name keeps
    the input's extension (the PDF and the XML of one document: ``a.pdf.json``, ``a.xml.json``).
    Inputs of one name from different folders (compared without case, for case-insensitive
    file systems) get 8 hex of their path's SHA-256 (``a.pdf.1f3c9a0b.json``); an input given
    twice gets ``.2``, ``.3``, … after that."""
    names = [path.name or "input" for path in paths]
    counts: dict[str, int] = {}
    for name in names:
        counts[name.casefold()] = counts.get(name.casefold(), 0) + 1
    out: list[Path] = []
    used: set[str] = set()
    for path, name in zip(paths, names, strict=True):
        stem = name
        if counts[name.casefold()] > 1:
            where = os.fsencode(os.path.abspath(path))
            stem = f"{name}.{hashlib.sha256(where).hexdigest()[:8]}"
        candidate, n = f"{stem}.json", 1
        while candidate.casefold() in used:
            n += 1
            candidate = f"{stem}.{n}.json"
        used.add(candidate.casefold())
        out.append(folder / candidate)
    return out


def _write_atomic(target: Path, text: str, *, replace: bool = True) -> None:
    """Write `text` to `target` by way of a temporary file beside it and a rename.

    A failure (a full disk, an interrupt) leaves `target` as it was, never truncated. With
    ``replace=False`` an existing `target` is never overwritten (`FileExistsError`), even one
    that appeared meanwhile: the rename is a hard link, which refuses an existing name.
    """
    data = _json_text(text).encode("utf-8")
    tmp = target.parent / f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)  # the umask applies
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if replace:
            os.replace(tmp, target)
            return
        try:
            os.link(tmp, target)
        except FileExistsError:
            raise
        except OSError:  # a file system without hard links: check, then rename
            if os.path.lexists(target):
                raise FileExistsError(errno.EEXIST, "file exists", str(target)) from None
            os.replace(tmp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def _cmd_parse(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    _check_max_pages(args)
    paths: list[Path] = args.paths
    fmt = args.format or ("json" if len(paths) == 1 else "jsonl")
    raw_output: str | None = args.output
    output = Path(raw_output) if raw_output is not None else None
    out_dir: Path | None = None
    targets: list[Path] = []
    if raw_output is not None and output is not None and (_names_folder(raw_output) or output.is_dir()):
        out_dir = output
        if output.exists() and not output.is_dir():
            raise _Usage(f"kamerstuk: error: -o {raw_output}: exists and is not a directory")
        targets = _output_names(paths, out_dir)
        existing = [t for t in targets if os.path.lexists(t)]
        if existing and not args.force:
            more = f" (and {len(existing) - 1} more)" if len(existing) > 1 else ""
            raise _Usage(
                f"kamerstuk: error: {existing[0]} already exists{more}; use --force to overwrite, "
                "or another -o directory"
            )
    nlp = _load_saved_pipeline(args.pipeline, stderr) if args.pipeline is not None else None
    records: list[tuple[Path, Letter | None, dict[str, str] | None]] = []
    failed = 0
    for path in paths:
        try:
            letter = parse(
                path,
                strict=not args.lenient,
                pipeline=nlp if nlp is not None else "default",
                max_pages=args.max_pages,
                engine=args.engine,
            )
        except KamerstukError as exc:
            failed += 1
            print(f"kamerstuk: error: {exc}", file=stderr)
            records.append((path, None, _error_record(path, exc)))
            continue
        if args.summary:
            print(summarize(letter), file=stderr)
        records.append((path, letter, None))

    written, unwritten = 0, 0
    where = ""
    if out_dir is not None:
        where = f" to {raw_output}"
        for (_, parsed, _), target in zip(records, targets, strict=True):
            if parsed is None:
                continue
            try:
                out_dir.mkdir(parents=True, exist_ok=True)
                text = json.dumps(parsed.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
                _write_atomic(target, text, replace=args.force)
            except OSError as exc:
                unwritten += 1
                reason = "already exists (use --force)" if isinstance(exc, FileExistsError) else exc
                print(f"kamerstuk: error: cannot write {target}: {reason}", file=stderr)
            else:
                written += 1
    else:
        chunks: list[str] = []
        for _, parsed, error in records:
            if fmt == "jsonl":
                obj = parsed.model_dump(mode="json") if parsed is not None else {"error": error}
                chunks.append(json.dumps(obj, ensure_ascii=False) + "\n")
            elif parsed is not None:
                chunks.append(json.dumps(parsed.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n")
        data = "".join(chunks)
        if output is not None:
            where = f" to {raw_output}"
            if data:  # nothing parsed into a json file: leave what is there as it is
                try:
                    output.parent.mkdir(parents=True, exist_ok=True)
                    _write_atomic(output, data)
                except OSError as exc:
                    unwritten += 1
                    print(f"kamerstuk: error: cannot write {output}: {exc}", file=stderr)
                else:
                    written += 1
        else:
            stdout.write(_json_text(data))
    ok = len(paths) - failed
    if len(paths) > 1 or failed or output is not None:
        line = f"kamerstuk: parsed {ok} of {len(paths)} inputs, {failed} failed"
        if out_dir is None and output is not None and not written:
            line += (
                f"; nothing written, {raw_output} left as it was" if output.exists() else "; nothing written"
            )
        elif output is not None:
            line += f"; wrote {written} file{'' if written == 1 else 's'}{where}"
            line += f", {unwritten} could not be written" if unwritten else ""
        print(line, file=stderr)
    return EXIT_FAILED if failed or unwritten else EXIT_OK


def _check_max_pages(args: argparse.Namespace) -> None:
    if args.max_pages < 1:
        raise _Usage("kamerstuk: error: --max-pages must be at least 1")


def _cmd_batch(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from kamerstuk.batch import Outcome, WorkerStartError, expand_inputs, run_batch
    from kamerstuk.dask import SchedulerError

    if args.workers < 1:
        raise _Usage("kamerstuk: error: --workers must be at least 1")
    if args.timeout is not None and args.timeout <= 0:
        raise _Usage("kamerstuk: error: --timeout must be a positive number of seconds")
    _check_max_pages(args)
    for item in args.inputs:
        if not any(ch in item for ch in "*?[") and not os.path.lexists(item):
            raise _Usage(f"kamerstuk: error: {item}: no such file or directory")
    inputs = expand_inputs(args.inputs)
    if not inputs:
        raise _Usage(f"kamerstuk: error: no input files found in {' '.join(args.inputs)}")
    pipeline: str | Path = "rules" if args.rules else "default"
    if args.pipeline is not None:
        _load_saved_pipeline(args.pipeline, stderr)  # fail now, in one line, not in every worker
        pipeline = args.pipeline.resolve()  # workers may run elsewhere: an absolute path
    bar = None
    if not args.quiet and stderr.isatty():
        from tqdm import tqdm  # type: ignore[import-untyped]

        bar = tqdm(total=len(inputs), unit="doc", file=stderr)

    def progress(outcome: Outcome) -> None:
        if bar is not None:
            bar.update(1)
        if not outcome.ok:
            status = "skipped" if outcome.skipped else "failed"
            message = f"kamerstuk: {status}: {outcome.path}: {getattr(outcome.result, 'message', '')}"
            (bar.write(message, file=stderr) if bar is not None else print(message, file=stderr))

    scheduler = args.scheduler
    if scheduler == "local":
        scheduler = ""  # run_batch starts a local cluster for an empty address
    try:
        summary = run_batch(
            args.inputs, args.output, workers=args.workers, formats=args.format or ["jsonl"], resume=args.resume,
            timeout=args.timeout, pipeline=pipeline, strict=not args.lenient,
            scheduler=scheduler, progress=progress, max_pages=args.max_pages, engine=args.engine,
        )  # fmt: skip
    except (ImportError, SchedulerError, WorkerStartError) as exc:
        raise _Usage(f"kamerstuk: error: {exc}") from None
    finally:
        if bar is not None:
            bar.close()
    print(summary.render(), file=stderr)
    return EXIT_FAILED if summary.failed else EXIT_OK


def _cmd_diff(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    if not 0.0 <= args.min_similarity <= 1.0:
        raise _Usage("kamerstuk: error: --min-similarity must be between 0 and 1")
    _check_max_pages(args)
    try:
        a = parse(args.a, max_pages=args.max_pages, engine=args.engine)
        b = parse(args.b, max_pages=args.max_pages, engine=args.engine)
    except KamerstukError as exc:
        print(f"kamerstuk: error: {exc}", file=stderr)
        return EXIT_INPUT
    diff = diff_letters(a, b)
    if args.json:
        stdout.write(json.dumps(diff.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n")
    else:
        stdout.write(diff.render() + "\n")
    worst = min((pair.ratio for pair in diff.paragraphs), default=1.0)
    agree = not diff.metadata and worst >= args.min_similarity
    return EXIT_OK if agree else EXIT_FAILED


def _load_gold_arg(path: Path, split: str, *, usage: str) -> list[Any]:
    """The gold documents of a GOLD argument, checked; `_Usage` (one line) when they cannot be used."""
    from kamerstuk.evaluate import GoldError, load_gold

    if not path.exists():
        raise _Usage(f"kamerstuk: error: gold file {path}: no such file")
    if not path.is_file():
        raise _Usage(f"kamerstuk: error: gold file {path}: not a file")
    try:
        gold = load_gold(path)
    except GoldError as exc:
        raise _Usage(f"kamerstuk: error: {exc}") from None
    except OSError as exc:
        raise _Usage(f"kamerstuk: error: gold file {path}: {exc.strerror or exc}") from None
    if not gold:
        raise _Usage(f"kamerstuk: error: gold file {path} holds no annotations")
    splits = sorted({doc.split for doc in gold})
    if split != "all" and split not in splits:
        raise _Usage(
            f"kamerstuk: error: --split {split}: {path.name} has the split(s) {', '.join(splits)}; "
            f"use {usage}"
        )
    return gold


def _cmd_evaluate(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from kamerstuk.evaluate import evaluate
    from kamerstuk.pipeline import load_pipeline

    gold = _load_gold_arg(args.gold, args.split, usage="one of them or all")
    split = None if args.split == "all" else args.split
    mistakes: list[str] = []
    if args.record_readings is not None and (split is None or not args.code or args.folds is not None):
        raise _Usage(
            "kamerstuk: error: --record-readings needs one --split (not all), --code COMMIT, and no --folds"
        )
    if args.folds is not None:
        from kamerstuk.crossval import cross_validate

        if args.pipeline is not None or args.rules:
            raise _Usage("kamerstuk: error: --folds trains its own models: not with --pipeline or --rules")
        if args.folds < 2:
            raise _Usage(f"kamerstuk: error: --folds {args.folds}: give at least 2")
        try:
            result = cross_validate(gold, split=split, folds=args.folds, seed=args.seed, mistakes=mistakes)
        except KamerstukError as exc:
            print(f"kamerstuk: error: {exc}", file=stderr)
            return EXIT_FAILED
    else:
        if args.pipeline is not None:
            nlp = _load_saved_pipeline(args.pipeline, stderr)
        else:
            nlp = load_pipeline(rules_only=args.rules)
        result = evaluate(gold, nlp, split=split, mistakes=mistakes)
        if args.record_readings is not None:
            from kamerstuk.training import append_stance_readings, blind_stance_readings

            try:
                readings = blind_stance_readings(gold, nlp, split=args.split, code=args.code)
                append_stance_readings(args.record_readings, readings)
            except KamerstukError as exc:
                print(f"kamerstuk: error: {exc}", file=stderr)
                return EXIT_FAILED
            print(
                f"kamerstuk: {len(readings)} stance readings of {args.split} "
                f"({sum(r.cue is not None for r in readings)} with a cue) appended to {args.record_readings}",
                file=stderr,
            )
    if args.json:
        stdout.write(json.dumps(result.as_dict(), indent=2) + "\n")
    else:
        if args.folds is not None:
            stdout.write(f"cross-validated: {args.folds} folds of whole letters (seed {args.seed})\n")
        stdout.write(result.render() + "\n")
        if args.mistakes:
            stdout.write("\n".join(["", "mistakes:", *mistakes]) + "\n")
    for error in result.errors:
        print(f"kamerstuk: error: {error}", file=stderr)
    return EXIT_FAILED if result.errors or result.documents == 0 else EXIT_OK


def _cmd_train(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from kamerstuk.training import load_stance_readings, train

    gold = _load_gold_arg(args.gold, args.split, usage="one of them or all")
    splits = {doc.split for doc in gold}
    exclude = {name.strip() for name in args.stance_exclude.split(",") if name.strip()}
    for option, name in [("--stance-split", args.stance_split)] + [
        ("--stance-exclude", n) for n in sorted(exclude)
    ]:
        if name is not None and name != "all" and name not in splits:
            raise _Usage(f"kamerstuk: error: {option} {name}: {args.gold.name} has no such split")
    if args.output.exists() and not args.output.is_dir():
        raise _Usage(f"kamerstuk: error: -o {args.output}: exists and is not a directory")
    if args.stance_readings is not None and not args.stance_readings.is_file():
        raise _Usage(f"kamerstuk: error: --stance-readings {args.stance_readings}: no such file")
    try:
        split = None if args.split == "all" else args.split
        stance_split = (
            split if args.stance_split is None else None if args.stance_split == "all" else args.stance_split
        )
        readings = load_stance_readings(args.stance_readings) if args.stance_readings else []
        nlp = train(
            gold,
            split=split,
            mode=args.mode,
            stance_split=stance_split,
            stance_exclude=exclude,
            stance_readings=readings,
        )
    except KamerstukError as exc:  # a gold document that cannot be parsed or does not match
        print(f"kamerstuk: error: {exc}", file=stderr)
        return EXIT_FAILED
    args.output.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(args.output)
    info = nlp.meta.get("kamerstuk_training", {})
    print(
        f"kamerstuk: trained on {info.get('paragraphs')} paragraphs and {info.get('stance_examples')} "
        f"stances, saved to {args.output}",
        file=stderr,
    )
    return EXIT_OK


def _cmd_render(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from kamerstuk.render import render_html

    _check_max_pages(args)
    try:
        letter = parse(args.path, strict=not args.lenient, max_pages=args.max_pages, engine=args.engine)
    except KamerstukError as exc:
        print(f"kamerstuk: error: {exc}", file=stderr)
        return EXIT_FAILED
    page = render_html(letter, title=args.title)
    if args.output is not None:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(page, encoding="utf-8")
        print(f"kamerstuk: wrote {args.output}", file=stderr)
    else:
        stdout.write(page)
    return EXIT_OK


def _cmd_schema(args: argparse.Namespace, stdout: TextIO) -> int:
    data = json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"
    if args.output is not None:
        args.output.write_text(data, encoding="utf-8")
    else:
        stdout.write(data)
    return EXIT_OK


def main(
    argv: Sequence[str] | None = None, *, stdout: TextIO | None = None, stderr: TextIO | None = None
) -> int:
    """Run the command line; return the exit code (see the module docstring)."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    parser = _build_parser()
    for p in (parser, *_subparsers(parser)):
        p.out = out
    try:
        args = parser.parse_args(argv)
        if args.command == "parse":
            return _cmd_parse(args, out, err)
        if args.command == "batch":
            return _cmd_batch(args, out, err)
        if args.command == "diff":
            return _cmd_diff(args, out, err)
        if args.command == "evaluate":
            return _cmd_evaluate(args, out, err)
        if args.command == "train":
            return _cmd_train(args, out, err)
        if args.command == "render":
            return _cmd_render(args, out, err)
        return _cmd_schema(args, out)
    except _Usage as exc:
        print(str(exc), file=err)
        return EXIT_USAGE
    except _Exit as exc:
        return exc.code


def _subparsers(parser: argparse.ArgumentParser) -> list[_Parser]:
    found: list[_Parser] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found.extend(p for p in action.choices.values() if isinstance(p, _Parser))
    return found


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
