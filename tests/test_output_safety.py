"""Output is never lost: `parse -o`, `batch --resume`, the time limit, and workers that die with
the batch process (the "robustness at scale" issue)."""

from __future__ import annotations

import gc
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

import kamerstuk
import kamerstuk.entities
from kamerstuk import batch, cli
from kamerstuk.batch import ErrorRecord, Outcome, parse_many, parse_one, run_batch
from kamerstuk.batch import child as batch_child
from kamerstuk.cli import main
from kamerstuk.errors import TimeLimitError
from kamerstuk.export import read_journal
from kamerstuk.parse import display_name
from tests.conftest import CORPUS, FIXTURES, LETTERS, require_shared

OCW_MD = LETTERS / "ocw_leesoffensief.md"
OCW_PDF = FIXTURES / "pdf" / "ocw_leesoffensief.xpp.pdf"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def _path_of(record: dict[str, Any]) -> str:
    return str(record["error"]["path"] if "error" in record else record["source"]["path"])


# --- parse -o: every input its own file, atomically, never overwritten without --force --------


def test_parse_o_dir_on_pdf_and_xml_of_one_document_leaves_two_files(tmp_path: Path) -> None:
    pdf = require_shared(CORPUS / "plooi_kst-32545-143.pdf")
    xml = require_shared(CORPUS / "plooi_kst-32545-143.xml")
    out = tmp_path / "out"
    code, _, err = run("parse", str(pdf), str(xml), "-o", f"{out}/")
    assert code == 0, err
    files = sorted(p.name for p in out.iterdir())
    assert files == ["plooi_kst-32545-143.pdf.json", "plooi_kst-32545-143.xml.json"]
    formats = {json.loads((out / f).read_text(encoding="utf-8"))["source"]["format"] for f in files}
    assert formats == {"pdf", "xml"}
    assert "parsed 2 of 2 inputs, 0 failed; wrote 2 files" in err


def test_parse_o_dir_gives_every_input_its_own_file(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    shutil.copy(OCW_PDF, tmp_path / "a" / "brief.pdf")
    shutil.copy(OCW_MD, tmp_path / "a" / "brief.md")
    shutil.copy(OCW_MD, tmp_path / "b" / "brief.md")  # a twin: same name, other folder
    inputs = [tmp_path / "a" / "brief.pdf", tmp_path / "a" / "brief.md", tmp_path / "b" / "brief.md"]
    out = tmp_path / "new" / "dir"  # does not exist: the trailing slash makes it a folder
    code, _, err = run("parse", *map(str, inputs), str(inputs[1]), "-o", f"{out}/")
    assert code == 0, err
    files = sorted(p.name for p in out.iterdir())
    assert len(files) == 4 and "brief.pdf.json" in files  # the same input twice: two files too
    assert sum(f.startswith("brief.md.") for f in files) == 3
    paths = sorted(json.loads((out / f).read_text(encoding="utf-8"))["source"]["path"] for f in files)
    assert paths == sorted(map(str, [*inputs, inputs[1]]))
    assert "wrote 4 files" in err


def test_trailing_slash_makes_a_folder_not_a_file(tmp_path: Path) -> None:
    code, _, err = run("parse", str(OCW_MD), "-o", f"{tmp_path / 'newdir'}/")
    assert code == 0, err
    assert (tmp_path / "newdir").is_dir()
    assert [p.name for p in (tmp_path / "newdir").iterdir()] == ["ocw_leesoffensief.md.json"]


def test_output_folder_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    target = tmp_path / "ocw_leesoffensief.md.json"
    target.write_text("keep me", encoding="utf-8")
    code, _, err = run("parse", str(OCW_MD), "-o", str(tmp_path))
    assert code == 2 and "already exists" in err and "--force" in err
    assert target.read_text(encoding="utf-8") == "keep me"
    code, _, err = run("parse", str(OCW_MD), "-o", str(tmp_path), "--force")
    assert code == 0, err
    assert json.loads(target.read_text(encoding="utf-8"))["source"]["name"] == OCW_MD.name


def test_a_failed_parse_leaves_an_existing_output_file_alone(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    target = tmp_path / "f.json"
    target.write_text('{"precious": true}\n', encoding="utf-8")
    code, _, err = run("parse", str(empty), "-o", str(target))
    assert code == 1
    assert target.read_text(encoding="utf-8") == '{"precious": true}\n'
    assert "nothing written" in err


def test_writes_are_atomic(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    target = tmp_path / "f.json"
    target.write_text('{"precious": true}\n', encoding="utf-8")

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cli.os, "fsync", full_disk)
    code, _, err = run("parse", str(OCW_MD), "-o", str(target))
    assert code == 1 and "No space left" in err and "nothing written" in err
    assert target.read_text(encoding="utf-8") == '{"precious": true}\n'
    assert [p.name for p in tmp_path.iterdir()] == ["f.json"]  # no temporary file left behind


@pytest.mark.skipif(sys.platform != "linux", reason="file names are bytes on Linux only")
def test_file_names_with_undecodable_bytes(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    name = os.fsdecode(b"brief-\xff.md")  # not UTF-8: a lone surrogate in Python
    shutil.copy(OCW_MD, folder / name)
    (folder / os.fsdecode(b"leeg-\xfe.txt")).write_bytes(b"")  # an error record names it too
    # The letter records the name as given (escaped as \udcff in JSON) or as parse's display form.
    as_recorded = {str(folder / name), display_name(str(folder / name))}
    code, out, _ = run("parse", str(folder / name))  # to stdout
    assert code == 0 and json.loads(out)["source"]["path"] in as_recorded
    code, _, err = run("parse", str(folder / name), "-o", f"{tmp_path / 'out'}/")
    assert code == 0, err
    written = tmp_path / "out" / f"{name}.json"  # the output file keeps the input's name
    assert json.loads(written.read_bytes())["source"]["path"] in as_recorded
    out = tmp_path / "batch"
    summary = run_batch([folder], out, workers=1, pipeline="none", formats=["jsonl", "parquet"])
    assert (summary.parsed, summary.failed) == (1, 1)
    letter, error = read_journal(out / "letters.jsonl")
    assert letter["source"]["path"] in as_recorded
    assert error["error"]["path"] == str(folder / os.fsdecode(b"leeg-\xfe.txt"))  # read back as given
    assert (out / "letters.parquet").exists() and (out / "errors.parquet").exists()
    again = run_batch([folder], out, workers=1, pipeline="none", resume=True)
    assert (again.skipped, again.parsed, again.failed) == (2, 0, 0)


# --- batch --resume: keyed on the input (path and content together) --------------------------


def _journal_lines(out: Path) -> int:
    journal = out / "journal.jsonl"
    return journal.read_text(encoding="utf-8").count("\n") if journal.exists() else 0


def _start_and_kill(args: list[str], out: Path, after: int) -> None:
    """Run the batch command in a process and SIGKILL it once the journal has `after` lines."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "kamerstuk.cli", "batch", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None and _journal_lines(out) < after:
        time.sleep(0.02)
    proc.kill()
    proc.wait()


def test_copies_and_unreadable_inputs_each_end_with_one_record_after_kills_and_resumes(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    letters = [p for p in sorted(LETTERS.glob("*.md")) if p.name != "README.md"][:6]
    for p in letters:
        shutil.copy(p, folder / p.name)
    shutil.copy(letters[0], folder / "zz_copy_of_the_first.md")  # byte-identical to another input
    (folder / "gone.md").symlink_to(tmp_path / "nowhere.md")  # cannot be read: no content hash
    pattern = str(folder / "*")  # a glob keeps the dangling link as an input
    inputs = sorted(str(p) for p in folder.iterdir())
    out = tmp_path / "out"
    args = [pattern, "-o", str(out), "--workers", "1", "--rules", "--quiet"]
    _start_and_kill(args, out, after=2)
    first = _journal_lines(out)
    assert 2 <= first < len(inputs), "the first run should have been stopped midway"
    _start_and_kill([*args, "--resume"], out, after=first + 2)
    summary = run_batch([pattern], out, workers=1, pipeline="rules", resume=True)
    assert summary.inputs == len(inputs) == 8
    again = run_batch([pattern], out, workers=1, pipeline="rules", resume=True)
    assert (again.skipped, again.parsed, again.failed) == (8, 0, 0)
    journal = [_path_of(r) for r in read_journal(out / "journal.jsonl")]
    assert sorted(journal) == inputs  # nothing parsed twice, nothing left out
    records = list(read_journal(out / "letters.jsonl"))
    assert [_path_of(r) for r in records] == inputs
    [gone] = [r["error"] for r in records if "error" in r]
    assert gone["path"].endswith("gone.md") and gone["sha256"] is None


def test_an_input_changed_between_runs_keeps_only_its_last_record(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.md").write_bytes(b"")  # empty: an error record
    out = tmp_path / "out"
    assert run_batch([folder], out, workers=1, pipeline="none").failed == 1
    shutil.copy(OCW_MD, folder / "a.md")  # now a letter: new content, parsed again
    summary = run_batch([folder], out, workers=1, pipeline="none", resume=True)
    assert (summary.skipped, summary.parsed) == (0, 1)
    [record] = read_journal(out / "letters.jsonl")
    assert "error" not in record


# --- the time limit: a BaseException no guard swallows, enforced in every thread and on Dask --


def _slow_commitments(*args: object, **kwargs: object) -> list[Any]:
    time.sleep(30)
    raise AssertionError("not reached")


def test_a_timeout_inside_a_guarded_stage_is_an_error_record(monkeypatch: pytest.MonkeyPatch) -> None:
    # The entities stage guards every finder with `except Exception`: the limit must get through.
    monkeypatch.setattr(kamerstuk.entities, "find_commitments", _slow_commitments)
    [outcome] = list(parse_many([OCW_MD], workers=1, timeout=0.5, pipeline="none"))
    assert isinstance(outcome.result, ErrorRecord), "the letter was kept without its commitments"
    assert outcome.result.error == "TimeoutError"
    assert issubclass(TimeLimitError, BaseException) and not issubclass(TimeLimitError, Exception)


def _in_thread(fn: Any) -> Any:
    box: list[Any] = []
    thread = threading.Thread(target=lambda: box.append(fn()))
    thread.start()
    thread.join(60)
    return box[0]


def test_the_limit_holds_in_a_thread_where_no_alarm_can_fire(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def three() -> list[Outcome]:
        monkeypatch.setenv(batch.TEST_DELAY_ENV, "30")  # the child's own limit stops it
        slow = parse_one(0, str(OCW_MD), 1.0, "none")
        monkeypatch.setenv(batch.TEST_DELAY_ENV, "30,hang")  # stuck past the limit: killed
        stuck = parse_one(1, str(OCW_MD), 1.0, "none")
        monkeypatch.delenv(batch.TEST_DELAY_ENV)
        fine = parse_one(2, str(OCW_MD), 5.0, "none")  # a fresh child takes over
        children.extend(child.proc.pid for child in batch._CHILDREN.children.values())
        return [slow, stuck, fine]

    monkeypatch.setattr(batch_child, "CHILD_GRACE", 1.0)
    children: list[int] = []
    slow, stuck, fine = _in_thread(three)
    for outcome in (slow, stuck):
        assert isinstance(outcome.result, ErrorRecord) and outcome.result.error == "TimeoutError"
    assert isinstance(fine.result, kamerstuk.Letter)
    # The thread has ended: its child process is let go and ends too.
    gc.collect()
    deadline = time.monotonic() + 10
    while _alive(set(children)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert children and not _alive(set(children))


def test_a_timeout_on_dask_is_an_error_record(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import distributed

    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(OCW_MD, folder / "slow.md")
    # Test-only hook (see kamerstuk.batch.TEST_DELAY_ENV): worker processes inherit it.
    monkeypatch.setenv(batch.TEST_DELAY_ENV, "60")
    with (
        distributed.LocalCluster(
            n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        summary = run_batch(
            [folder], tmp_path / "out", scheduler=client.scheduler.address, timeout=1.0, pipeline="none"
        )
    assert (summary.parsed, summary.failed) == (0, 1)
    [record] = read_journal(tmp_path / "out" / "letters.jsonl")
    assert record["error"]["error"] == "TimeoutError"


def test_workers_are_replaced_without_the_pool_hanging() -> None:
    # Python 3.11-3.13's max_tasks_per_child hangs the pool once a worker has been replaced
    # (CPython gh-115634): a batch of more than workers x 200 documents never finished.
    paths = [str(LETTERS / n) for n in ("ocw_leesoffensief.md", "fin_toeslagen.md", "vws_jeugdzorg.md")] * 4
    code = (
        "import sys; from kamerstuk.batch import parse_many; "
        "print(sum(o.ok for o in parse_many(sys.argv[1:], workers=2, pipeline='none', max_tasks_per_child=2)))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, *paths], capture_output=True, text=True, timeout=120, check=False
    )
    assert proc.stdout.strip() == "12", proc.stderr


# --- workers die with the batch process ------------------------------------------------------


def _process_table() -> dict[int, tuple[int, str]]:
    """pid -> (parent pid, state), from /proc (psutil may be missing)."""
    table = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            fields = stat[stat.rfind(")") + 2 :].split()
            table[int(entry)] = (int(fields[1]), fields[0])
    return table


def _descendants(pid: int) -> set[int]:
    table = _process_table()
    found, todo = set(), [pid]
    while todo:
        parent = todo.pop()
        for child, (ppid, _) in table.items():
            if ppid == parent and child not in found:
                found.add(child)
                todo.append(child)
    return found


def _alive(pids: set[int]) -> set[int]:
    table = _process_table()
    return {p for p in pids if p in table and table[p][1] != "Z"}


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_killing_the_batch_process_ends_its_workers(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(10):
        shutil.copy(OCW_MD, folder / f"{n}.md")
    out = tmp_path / "out"
    proc = subprocess.Popen(
        [sys.executable, "-m", "kamerstuk.cli", "batch", str(folder), "-o", str(out), "--workers", "2",
         "--rules", "--quiet"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and _journal_lines(out) < 1:  # workers up and parsing
        time.sleep(0.02)
    children = _descendants(proc.pid)
    assert len(children) >= 3, "expected a fork server and two workers"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 10
    while _alive(children) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = _alive(children)
    for pid in left:  # do not leave them behind for the rest of the suite
        os.kill(pid, signal.SIGKILL)
    assert not left, "processes outlived the batch process"
