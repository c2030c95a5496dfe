"""Batch parsing: one record per input, resume, crash safety, exports and the Dask path."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from reportlab.pdfgen import canvas

import kamerstuk
from kamerstuk import batch
from kamerstuk.batch import ErrorRecord, expand_inputs, parse_many, run_batch
from kamerstuk.batch import pool as batch_pool
from kamerstuk.batch import worker as batch_worker
from kamerstuk.cli import main
from kamerstuk.export import Journal, read_journal, to_dataframes, write_parquet
from tests.conftest import CORPUS, FIXTURES, LETTERS, require_shared


def _encrypted_pdf(path: Path) -> None:
    c = canvas.Canvas(str(path), encrypt="geheim")
    c.drawString(80, 700, "Den Haag, 1 mei 2023")
    c.showPage()
    c.save()


@pytest.fixture()
def mixed(tmp_path: Path) -> Path:
    """Good PDFs, XML, text, a scan, an encrypted, a truncated, an empty and a non-Kamerstuk file."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("plooi_kst-32545-143.pdf", "plooi_ah-tk-20202021-3235.xml", "plooi_blg-1007826.pdf"):
        shutil.copy(require_shared(CORPUS / name), folder / name)
    shutil.copy(LETTERS / "ocw_leesoffensief.md", folder / "ocw.md")
    shutil.copy(LETTERS / "vws_jeugdzorg.txt", folder / "vws.txt")
    shutil.copy(FIXTURES / "pdf" / "fin_toeslagen.letterhead.pdf", folder / "fin.pdf")
    data = require_shared(CORPUS / "plooi_kst-32545-143.pdf").read_bytes()
    (folder / "truncated.pdf").write_bytes(data[: len(data) // 3])
    _encrypted_pdf(folder / "encrypted.pdf")
    (folder / "empty.txt").write_bytes(b"")
    shutil.copy(FIXTURES / "bad" / "english_essay.txt", folder / "essay.txt")
    return folder


BAD = {"plooi_blg-1007826.pdf": "ScannedPDFError", "truncated.pdf": "CorruptPDFError",
       "encrypted.pdf": "EncryptedPDFError", "empty.txt": "EmptyDocumentError", "essay.txt": "StructureError"}  # fmt: skip


def _records(out: Path) -> list[dict[str, Any]]:
    return list(read_journal(out / "letters.jsonl"))


def test_batch_one_record_per_input_and_resume(mixed: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    err = io.StringIO()
    code = main(["batch", str(mixed), "-o", str(out), "--workers", "2", "--format", "parquet"], stderr=err)
    assert code == 1  # some inputs failed
    records = _records(out)
    assert len(records) == len(list(mixed.iterdir())) == 10
    errors = {Path(str(r["error"]["path"])).name: r["error"]["error"] for r in records if "error" in r}  # type: ignore[index]
    assert errors == BAD
    # The essay is not a parliamentary document: a skipped record, not a failure.
    skipped = {Path(str(r["error"]["path"])).name for r in records if "error" in r and r["error"]["skipped"]}
    assert skipped == {"essay.txt"}
    assert "4 failed" in err.getvalue() and "5 parsed" in err.getvalue()
    assert "1 skipped (not documents)" in err.getvalue()
    assert (out / "letters.parquet").exists() and (out / "errors.parquet").exists()
    # A second run with --resume parses nothing again.
    err2 = io.StringIO()
    code2 = main(["batch", str(mixed), "-o", str(out), "--workers", "2", "--resume"], stderr=err2)
    assert code2 == 0
    assert "0 parsed, 0 failed, 10 already done" in err2.getvalue()
    assert _records(out) == records


def test_parse_many_orders_and_isolates_failures(mixed: Path) -> None:
    paths = sorted(mixed.iterdir())
    outcomes = list(parse_many(paths, workers=2, ordered=True))
    assert [o.path for o in outcomes] == [str(p) for p in paths]
    assert [o.index for o in outcomes] == list(range(len(paths)))
    by_name = {Path(o.path).name: o for o in outcomes}
    for name, error in BAD.items():
        result = by_name[name].result
        assert isinstance(result, ErrorRecord) and result.error == error and result.sha256
    assert isinstance(by_name["ocw.md"].result, kamerstuk.Letter)
    assert all(o.peak_rss_kb > 0 for o in outcomes)


def test_as_completed_yields_every_input(mixed: Path) -> None:
    paths = sorted(mixed.iterdir())
    outcomes = list(parse_many(paths, workers=2, ordered=False))
    assert sorted(o.index for o in outcomes) == list(range(len(paths)))


def test_per_document_time_limit(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    slow = tmp_path / "slow.md"
    shutil.copy(LETTERS / "ocw_leesoffensief.md", slow)

    def sleepy(*args: object, **kwargs: object) -> kamerstuk.Letter:
        time.sleep(5)
        raise AssertionError("not reached")

    monkeypatch.setattr(batch_worker, "parse", sleepy)
    [outcome] = list(parse_many([slow], workers=1, timeout=0.3, pipeline="none"))
    assert isinstance(outcome.result, ErrorRecord)
    assert outcome.result.error == "TimeoutError"
    assert outcome.seconds < 2


def test_unexpected_errors_become_records(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def broken(*args: object, **kwargs: object) -> kamerstuk.Letter:
        raise ZeroDivisionError("bug")

    monkeypatch.setattr(batch_worker, "parse", broken)
    [outcome] = list(parse_many([LETTERS / "ocw_leesoffensief.md"], workers=1, pipeline="none"))
    assert isinstance(outcome.result, ErrorRecord) and outcome.result.error == "ZeroDivisionError"


def test_torn_last_line_is_repaired_on_resume(tmp_path: Path) -> None:
    path = tmp_path / "journal.jsonl"
    path.write_text(
        '{"source": {"sha256": "aa"}}\n{"error": {"sha256": "bb"}}\n{"source": {"sha2', encoding="utf-8"
    )
    assert Journal(path).done_hashes() == {"aa", "bb"}
    assert path.read_text(encoding="utf-8").endswith("}}\n")


def test_killed_batch_resumes_to_the_same_output(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    # every tenth letter (about sixty): enough for a run to be stopped midway, and the test's time no longer grows
    # with each gold split's letters
    for p in sorted(p for p in LETTERS.glob("*.md") if p.name != "README.md")[::10]:
        shutil.copy(p, folder / p.name)
    whole, partial = tmp_path / "whole", tmp_path / "partial"
    assert run_batch([folder], whole, workers=1).failed == 0
    cmd = [
        sys.executable,
        "-m",
        "kamerstuk.cli",
        "batch",
        str(folder),
        "-o",
        str(partial),
        "--workers",
        "1",
        "--quiet",
    ]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    journal = partial / "journal.jsonl"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # kill it once a few letters are written
        if journal.exists() and journal.read_text(encoding="utf-8").count("\n") >= 3:
            break
        time.sleep(0.05)
    proc.kill()
    proc.wait()
    written = journal.read_text(encoding="utf-8").count("\n")
    assert 3 <= written < len(list(folder.iterdir())), "the run should have been stopped midway"
    summary = run_batch([folder], partial, workers=1, resume=True)
    assert summary.skipped == written
    assert (partial / "letters.jsonl").read_bytes() == (whole / "letters.jsonl").read_bytes()


def test_tables_join_by_document(tmp_path: Path) -> None:
    letters = [
        kamerstuk.parse(LETTERS / "ocw_leesoffensief.md"),
        kamerstuk.parse(LETTERS / "fin_toeslagen.md"),
    ]
    frames = to_dataframes(
        [*letters, {"error": {"path": "x.pdf", "error": "ScannedPDFError", "message": "scan"}}]
    )
    assert list(frames["letters"]["identifier"]) == [lt.metadata.identifier for lt in letters]
    assert set(frames["paragraphs"]["document_id"]) == set(frames["letters"]["document_id"])
    assert len(frames["paragraphs"]) == sum(len(lt.paragraphs) for lt in letters)
    assert len(frames["recommendations"]) == sum(len(lt.recommendations) for lt in letters)
    assert list(frames["errors"]["error"]) == ["ScannedPDFError"]
    import pyarrow.parquet as pq

    write_parquet(letters, tmp_path)
    table = pq.read_table(tmp_path / "commitments.parquet").to_pandas()
    assert len(table) == sum(len(lt.commitments) for lt in letters)
    assert set(table["document_id"]) <= set(frames["letters"]["document_id"])


def test_expand_inputs_skips_sidecars_and_dedupes(tmp_path: Path) -> None:
    (tmp_path / "a.xml").write_text("<x/>")
    (tmp_path / "a_metadata.xml").write_text("<x/>")
    (tmp_path / "b.md").write_text("x")
    (tmp_path / "notes.docx").write_text("x")
    found = expand_inputs([tmp_path, tmp_path / "b.md", str(tmp_path / "*.md")])
    assert [p.name for p in found] == ["a.xml", "b.md"]


def test_dask_gives_the_same_records_as_local(tmp_path: Path) -> None:
    import distributed  # the test extra installs it

    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("ocw_leesoffensief.md", "fin_toeslagen.txt", "vws_jeugdzorg.md"):
        shutil.copy(LETTERS / name, folder / name)
    (folder / "empty.txt").write_bytes(b"")
    # A three-page PDF over a page limit of one: the limit reaches the Dask workers too.
    shutil.copy(FIXTURES / "pdf" / "ocw_leesoffensief.xpp.pdf", folder / "long.pdf")
    local = run_batch([folder], tmp_path / "local", workers=1, max_pages=1)
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        remote = run_batch([folder], tmp_path / "dask", scheduler=client.scheduler.address, max_pages=1)
    assert (local.parsed, local.failed) == (remote.parsed, remote.failed) == (3, 2)
    for run in ("local", "dask"):
        records = list(read_journal(tmp_path / run / "journal.jsonl"))
        assert [r["error"]["error"] for r in records if r.get("error")].count("PageLimitError") == 1, run
    a = (tmp_path / "local" / "letters.jsonl").read_text(encoding="utf-8")
    b = (tmp_path / "dask" / "letters.jsonl").read_text(encoding="utf-8")
    assert json.loads("[" + ",".join(a.splitlines()) + "]") == json.loads(
        "[" + ",".join(b.splitlines()) + "]"
    )


# --- real download folders: what is not a document is skipped, not failed ------------------

SRU_RESPONSE = """<?xml version="1.0" encoding="UTF-8"?>
<sru:searchRetrieveResponse xmlns:sru="http://docs.oasis-open.org/ns/search-ws/sruResponse"
    xmlns:dcterms="http://purl.org/dc/terms/">
  <sru:version>2.0</sru:version>
  <sru:numberOfRecords>1</sru:numberOfRecords>
  <sru:records><sru:record><sru:recordData>
    <dcterms:identifier>kst-36410-VIII-87</dcterms:identifier>
    <dcterms:title>Brief over het leesoffensief</dcterms:title>
  </sru:recordData></sru:record></sru:records>
</sru:searchRetrieveResponse>
"""

README_TEXT = """# Downloads

Brieven van de Tweede Kamer, opgehaald op 1 mei 2024 met het zoekscript.

- `*.md`: de brieven
- `zoek.xml`: het antwoord van de zoekdienst
"""


@pytest.fixture()
def download(tmp_path: Path) -> Path:
    """A download folder as it really looks: a letter, a README and an SRU search response."""
    folder = tmp_path / "downloads"
    folder.mkdir()
    shutil.copy(LETTERS / "ocw_leesoffensief.md", folder / "kst-36410-VIII-87.md")
    (folder / "README.md").write_text(README_TEXT, encoding="utf-8")
    (folder / "zoek.xml").write_text(SRU_RESPONSE, encoding="utf-8")
    return folder


def test_download_folder_exits_0_with_one_parsed_and_two_skipped(download: Path, tmp_path: Path) -> None:
    """The acceptance case, as a real process with worker processes."""
    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-m", "kamerstuk.cli", "batch", str(download), "-o", str(out), "--workers", "2"],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "1 parsed, 0 failed" in proc.stderr and "2 skipped (not documents)" in proc.stderr
    assert "Traceback" not in proc.stderr
    records = _records(out)
    assert len(records) == 3
    letters = [r for r in records if "error" not in r]
    skipped = {Path(str(r["error"]["path"])).name: r["error"] for r in records if "error" in r}
    assert [r["metadata"]["identifier"] for r in letters] == ["kst-36410-VIII-87"]
    assert set(skipped) == {"README.md", "zoek.xml"}
    assert all(r["skipped"] is True for r in skipped.values())
    assert skipped["README.md"]["error"] == "StructureError"
    assert "no letter structure" in skipped["README.md"]["message"]
    assert "SRU search response" in skipped["zoek.xml"]["message"]
    assert "metadata file, not a document" in skipped["zoek.xml"]["message"]
    # Each skipped input is named on stderr, as "skipped", never as "failed".
    assert proc.stderr.count("kamerstuk: skipped:") == 2 and "kamerstuk: failed:" not in proc.stderr


def test_skipped_inputs_count_as_done_on_resume(download: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert (
        main(["batch", str(download), "-o", str(out), "--workers", "1", "--quiet"], stderr=io.StringIO()) == 0
    )
    err = io.StringIO()
    assert main(["batch", str(download), "-o", str(out), "--workers", "1", "--resume"], stderr=err) == 0
    assert "0 parsed, 0 failed, 3 already done, 0 skipped" in err.getvalue()
    assert len(_records(out)) == 3


def test_lenient_parses_non_letters_instead_of_skipping(download: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    err = io.StringIO()
    code = main(["batch", str(download), "-o", str(out), "--workers", "1", "--lenient"], stderr=err)
    assert code == 0, err.getvalue()
    assert "2 parsed, 0 failed" in err.getvalue() and "1 skipped (not documents)" in err.getvalue()
    by_name = {
        Path(str(r.get("source", {}).get("path") or r.get("error", {}).get("path"))).name: r
        for r in _records(out)
    }
    assert by_name["README.md"]["metadata"]["kind"] == "other"
    assert by_name["zoek.xml"]["error"]["skipped"] is True  # metadata is never a document


def test_a_real_letter_that_fails_is_an_error_not_skipped(tmp_path: Path) -> None:
    data = (FIXTURES / "pdf" / "ocw_leesoffensief.letterhead.pdf").read_bytes()
    broken = tmp_path / "kst-36410-VIII-87.pdf"
    broken.write_bytes(data[: len(data) // 3])
    empty = tmp_path / "leeg.md"
    empty.write_bytes(b"")
    outcomes = list(parse_many([broken, empty], workers=1, pipeline="none"))
    assert [(o.result.error, o.skipped, o.ok) for o in outcomes] == [
        ("CorruptPDFError", False, False),
        ("EmptyDocumentError", False, False),
    ]
    err = io.StringIO()
    assert main(["batch", str(tmp_path), "-o", str(tmp_path / "out"), "--workers", "1"], stderr=err) == 1
    assert "2 failed" in err.getvalue() and "0 skipped" in err.getvalue()


def test_skip_non_documents_false_keeps_them_errors(download: Path) -> None:
    outcomes = list(parse_many(sorted(download.iterdir()), pipeline="none", skip_non_documents=False))
    assert [o.skipped for o in outcomes] == [False, False, False]
    assert [o.ok for o in outcomes] == [False, True, False]


def test_metadata_beside_its_document_is_used_not_parsed(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(FIXTURES / "xml" / "letter.xml", folder / "letter.xml")
    # The sidecar says another ondernummer: the parse of letter.xml must have read it.
    sidecar = (FIXTURES / "xml" / "letter_metadata.xml").read_text(encoding="utf-8")
    (folder / "letter_metadata.xml").write_text(
        sidecar.replace("kst-36999-12", "kst-36999-99"), encoding="utf-8"
    )
    # A metadata.xml whose document is not there is not "beside a document": it is skipped.
    (folder / "elders").mkdir()
    (folder / "elders" / "metadata.xml").write_text(sidecar, encoding="utf-8")
    assert [p.relative_to(folder).as_posix() for p in expand_inputs([folder])] == [
        "elders/metadata.xml",
        "letter.xml",
    ]
    out = tmp_path / "out"
    err = io.StringIO()
    assert main(["batch", str(folder), "-o", str(out), "--workers", "1", "--rules"], stderr=err) == 0
    assert "1 parsed, 0 failed" in err.getvalue() and "1 skipped" in err.getvalue()
    records = _records(out)
    [letter] = [r for r in records if "error" not in r]
    assert any("metadata file 'kst-36999-99'" in d["message"] for d in letter["diagnostics"])
    [skipped] = [r["error"] for r in records if "error" in r]
    assert skipped["skipped"] and "a metadata.xml" in skipped["message"]


# --- --pipeline PATH: a pipeline saved by `kamerstuk train` ---------------------------------


@pytest.fixture(scope="module")
def saved_pipeline(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A saved pipeline that is easy to tell apart: it has no stance component."""
    from kamerstuk.pipeline import build_pipeline

    nlp = build_pipeline("rules")
    nlp.remove_pipe("kamerstuk_stance")
    target = tmp_path_factory.mktemp("pipeline") / "no_stance"
    nlp.to_disk(target)
    return target


def test_parse_and_batch_use_a_saved_pipeline(saved_pipeline: Path, tmp_path: Path) -> None:
    letter = LETTERS / "ocw_leesoffensief.md"
    out = io.StringIO()
    assert main(["parse", str(letter)], stdout=out, stderr=io.StringIO()) == 0
    assert {r["stance"] for r in json.loads(out.getvalue())["recommendations"]} != {None}  # the shipped one
    out = io.StringIO()
    assert (
        main(["parse", str(letter), "--pipeline", str(saved_pipeline)], stdout=out, stderr=io.StringIO()) == 0
    )
    assert [r["stance"] for r in json.loads(out.getvalue())["recommendations"]] == [None, None, None]
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(letter, folder / "a.md")
    shutil.copy(LETTERS / "fin_toeslagen.md", folder / "b.md")
    err = io.StringIO()
    code = main(["batch", str(folder), "-o", str(tmp_path / "out"), "--workers", "2", "--pipeline", str(saved_pipeline)], stderr=err)  # fmt: skip
    assert code == 0, err.getvalue()
    records = _records(tmp_path / "out")
    assert len(records) == 2
    assert all(r["stance"] is None for rec in records for r in rec["recommendations"])
    assert all(rec["recommendations"] for rec in records)


def test_parse_many_checks_the_pipeline_before_any_work(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="kamerstuk train"):
        list(parse_many([LETTERS / "ocw_leesoffensief.md"], pipeline=tmp_path / "nope"))


def test_workers_that_cannot_start_raise_once(tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "config.cfg").write_text("this is not a spaCy config\n", encoding="utf-8")
    paths = [LETTERS / "ocw_leesoffensief.md"] * 4
    with pytest.raises(batch.WorkerStartError, match="could not start"):
        list(parse_many(paths, workers=2, pipeline=broken))


# --- parse_many from a script without the guard, from stdin, from -c ------------------------

SCRIPT = """
import sys
from kamerstuk import batch, parse_many

paths = {paths!r}
print("start method:", batch._context(2).get_start_method())
for o in parse_many(paths, workers=2, pipeline="none"):
    print("outcome:", o.index, o.ok)
"""
GUARDED = """
import sys
from kamerstuk import batch, parse_many


def run(paths):
    print("start method:", batch._context(2).get_start_method())
    for o in parse_many(paths, workers=2, pipeline="none"):
        print("outcome:", o.index, o.ok)


if __name__ == "__main__":
    run({paths!r})
"""


@pytest.mark.parametrize(
    ("how", "method"),
    [
        pytest.param("script", "fork", id="script-without-guard"),
        pytest.param("guarded", "forkserver", id="script-with-guard"),
        pytest.param("stdin", "fork", id="stdin"),
        pytest.param("-c", "forkserver", id="python-c"),
        pytest.param("-m", "fork", id="python-m-without-guard"),
    ],
)
def test_parse_many_from_a_plain_script(how: str, method: str, tmp_path: Path) -> None:
    if sys.platform != "linux":
        pytest.skip("the start methods checked here are Linux's")
    paths = [
        str(LETTERS / "ocw_leesoffensief.md"),
        str(LETTERS / "fin_toeslagen.md"),
        str(LETTERS / "README.md"),
    ]
    source = SCRIPT.format(paths=paths)
    (tmp_path / "run_it.py").write_text(
        GUARDED.format(paths=paths) if how == "guarded" else source, encoding="utf-8"
    )
    cmd = {
        "script": [sys.executable, "run_it.py"],
        "guarded": [sys.executable, "run_it.py"],
        "stdin": [sys.executable, "-"],
        "-c": [sys.executable, "-c", source],
        "-m": [sys.executable, "-m", "run_it"],
    }[how]
    proc = subprocess.run(
        cmd, input=source if how == "stdin" else None, cwd=tmp_path, capture_output=True, text=True,
        check=False, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr and "WorkerCrash" not in proc.stdout
    assert f"start method: {method}" in proc.stdout
    assert [line for line in proc.stdout.splitlines() if line.startswith("outcome:")] == [
        "outcome: 0 True",
        "outcome: 1 True",
        "outcome: 2 False",  # the README: a skipped record
    ]


def test_without_fork_an_unguarded_script_parses_in_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch_pool, "_main_reruns_call", lambda: "x.py calls parse_many outside the guard")
    monkeypatch.setattr(batch_pool.sys, "platform", "darwin")

    def no_pool(*args: object, **kwargs: object) -> None:
        raise AssertionError("no worker processes here")

    monkeypatch.setattr(batch_pool.cf, "ProcessPoolExecutor", no_pool)
    with pytest.warns(kamerstuk.KamerstukWarning, match='if __name__ == "__main__"'):
        outcomes = list(parse_many([LETTERS / "ocw_leesoffensief.md"] * 2, workers=2, pipeline="none"))
    assert [o.ok for o in outcomes] == [True, True]


def test_forked_workers_are_replaced_by_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    if "fork" not in batch_pool.multiprocessing.get_all_start_methods() or sys.platform != "linux":
        pytest.skip("fork is Linux's")
    monkeypatch.setattr(batch_pool, "_main_reruns_call", lambda: "x.py calls parse_many outside the guard")
    paths = [LETTERS / name for name in ("ocw_leesoffensief.md", "fin_toeslagen.md", "vws_jeugdzorg.md")] * 2
    outcomes = list(parse_many(paths, workers=2, pipeline="none", max_tasks_per_child=1))
    assert [o.index for o in outcomes] == list(range(6))
    assert all(o.ok for o in outcomes)


def test_stopping_early_does_not_parse_the_rest() -> None:
    paths = [LETTERS / "ocw_leesoffensief.md"] * 40
    started = time.perf_counter()
    gen = parse_many(paths, workers=2, pipeline="none", ordered=False)
    first = next(gen)
    gen.close()
    assert first.ok
    assert time.perf_counter() - started < 30


# --- Dask: a scheduler that is not there ----------------------------------------------------


def test_unreachable_scheduler_fails_in_one_line_within_seconds(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(LETTERS / "ocw_leesoffensief.md", folder / "a.md")
    out = tmp_path / "out"
    out.mkdir()
    (out / "journal.jsonl").write_text('{"error": {"path": "x", "sha256": "aa"}}\n', encoding="utf-8")
    err = io.StringIO()
    started = time.perf_counter()
    code = main(["batch", str(folder), "-o", str(out), "--scheduler", "tcp://127.0.0.1:1"], stderr=err)
    assert time.perf_counter() - started < 15
    assert code == 2
    lines = err.getvalue().splitlines()
    assert len(lines) == 1 and lines[0].startswith(
        "kamerstuk: error: no Dask scheduler answers at tcp://127.0.0.1:1"
    )
    captured = capfd.readouterr()
    assert "Traceback" not in captured.err + captured.out
    # Nothing of the earlier run was touched.
    assert (out / "journal.jsonl").read_text(encoding="utf-8").count("\n") == 1
    err = io.StringIO()
    assert main(["batch", str(folder), "-o", str(out), "--scheduler", "nonsense"], stderr=err) == 2
    assert err.getvalue().count("\n") == 1 and "bad Dask scheduler address 'nonsense'" in err.getvalue()
