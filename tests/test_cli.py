"""The command line: data to stdout/files, messages to stderr, exit codes scripts can rely on."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import jsonschema

from kamerstuk.cli import main
from tests.conftest import FIXTURES


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_parse_one_file_prints_json(seed_path: Path) -> None:
    code, out, err = run("parse", str(seed_path))
    assert code == 0
    data = json.loads(out)
    assert data["metadata"]["identifier"] == "kst-31015-245"
    assert err == ""


def test_bad_inputs_fail_alone_and_others_still_parse(tmp_path: Path, seed_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    junk = tmp_path / "junk.bin"
    junk.write_bytes(bytes(range(256)) * 8)
    essay = FIXTURES / "bad" / "english_essay.txt"
    target = tmp_path / "out.jsonl"
    code, out, err = run("parse", str(empty), str(seed_path), str(junk), str(essay), "-o", str(target))
    assert code == 1
    assert out == ""
    lines = [json.loads(x) for x in target.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 4  # one record per input, in input order
    assert lines[1]["metadata"]["identifier"] == "kst-31015-245"
    errors = [x["error"] for x in (lines[0], lines[2], lines[3])]
    assert [e["error"] for e in errors] == ["EmptyDocumentError", "UnsupportedFormatError", "StructureError"]
    assert [e["path"] for e in errors] == [str(empty), str(junk), str(essay)]
    assert err.count("kamerstuk: error:") == 3
    assert "parsed 1 of 4 inputs, 3 failed" in err


def test_output_directory_gets_one_json_per_input(tmp_path: Path, seed_path: Path) -> None:
    code, _, _ = run("parse", str(seed_path), "-o", str(tmp_path))
    assert code == 0
    written = json.loads((tmp_path / f"{seed_path.name}.json").read_text(encoding="utf-8"))  # a.txt.json
    assert written["metadata"]["ondernummer"] == "245"


def test_summary_goes_to_stderr(seed_path: Path) -> None:
    code, out, err = run("parse", str(seed_path), "--summary")
    assert code == 0
    assert "kst-31015-245" in err and "16 paragraphs" in err
    assert json.loads(out)["source"]["format"] == "text"


def test_schema_validates_parsed_letter(seed_path: Path) -> None:
    code, schema_text, _ = run("schema")
    assert code == 0
    schema = json.loads(schema_text)
    _, letter_text, _ = run("parse", str(seed_path))
    letter = json.loads(letter_text)
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(letter, schema)
    # …and the schema is strict enough to reject a broken letter.
    letter["paragraphs"][0]["start"] = "zero"
    assert not jsonschema.Draft202012Validator(schema).is_valid(letter)


def test_usage_errors_exit_2() -> None:
    code, _, _ = run("parse")
    assert code == 2
    code, _, _ = run("frobnicate")
    assert code == 2


def test_console_script_runs_as_a_process(seed_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "kamerstuk.cli", "parse", str(seed_path), "--format", "jsonl"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout.splitlines()[0])["metadata"]["date"] == "2022-04-01"
