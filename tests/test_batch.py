"""Batch parsing: one record per input, resume, crash safety, exports and the Dask path."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

import kamerstuk
from kamerstuk import batch
from kamerstuk.batch import ErrorRecord, expand_inputs, parse_many, run_batch
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


def _records(out: Path) -> list[dict[str, object]]:
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
    assert "5 failed" in err.getvalue() and "5 parsed" in err.getvalue()
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

    monkeypatch.setattr(batch, "parse", sleepy)
    [outcome] = list(parse_many([slow], workers=1, timeout=0.3, pipeline="none"))
    assert isinstance(outcome.result, ErrorRecord)
    assert outcome.result.error == "TimeoutError"
    assert outcome.seconds < 2


def test_unexpected_errors_become_records(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def broken(*args: object, **kwargs: object) -> kamerstuk.Letter:
        raise ZeroDivisionError("bug")

    monkeypatch.setattr(batch, "parse", broken)
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
    for p in sorted(LETTERS.glob("*.md")):
        if p.name != "README.md":
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
    assert list(frames["letters"]["document"]) == [lt.metadata.identifier for lt in letters]
    assert set(frames["paragraphs"]["document"]) == set(frames["letters"]["document"])
    assert len(frames["paragraphs"]) == sum(len(lt.paragraphs) for lt in letters)
    assert len(frames["recommendations"]) == sum(len(lt.recommendations) for lt in letters)
    assert list(frames["errors"]["error"]) == ["ScannedPDFError"]
    import pyarrow.parquet as pq

    write_parquet(letters, tmp_path)
    table = pq.read_table(tmp_path / "commitments.parquet").to_pandas()
    assert len(table) == sum(len(lt.commitments) for lt in letters)
    assert set(table["document"]) <= set(frames["letters"]["document"])


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
    local = run_batch([folder], tmp_path / "local", workers=1)
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        remote = run_batch([folder], tmp_path / "dask", scheduler=client.scheduler.address)
    assert (local.parsed, local.failed) == (remote.parsed, remote.failed) == (3, 1)
    a = (tmp_path / "local" / "letters.jsonl").read_text(encoding="utf-8")
    b = (tmp_path / "dask" / "letters.jsonl").read_text(encoding="utf-8")
    assert json.loads("[" + ",".join(a.splitlines()) + "]") == json.loads(
        "[" + ",".join(b.splitlines()) + "]"
    )
