"""Usage errors and input validation on the command line: exit code 2 and one line on stderr.

Exit codes (README "Command line"): 0 done, 1 an input failed (diff: the documents differ;
evaluate: a gold document could not be parsed or matched), 2 usage, 3 diff: a document could
not be parsed.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kamerstuk.cli import main
from tests.conftest import FIXTURES, LETTERS

GOLD = FIXTURES / "gold" / "annotations.jsonl"
# The splits the gold file holds, as the error message lists them (read here, so a new split
# written blind needs no edit of this file).
_SPLITS = ", ".join(
    sorted(
        {json.loads(line)["split"] for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()}
    )
)
LETTER = LETTERS / "ocw_leesoffensief.md"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def _one_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("kamerstuk"), err
    return lines[0]


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        pytest.param([], "required: COMMAND", id="no-command"),
        pytest.param(["frobnicate"], "invalid choice: 'frobnicate'", id="unknown-command"),
        pytest.param(["--bogus"], "required: COMMAND", id="unknown-option"),
        pytest.param(["parse"], "required: PATH", id="parse-no-path"),
        pytest.param(["parse", str(LETTER), "--format", "xml"], "invalid choice: 'xml'", id="parse-format"),
        pytest.param(["parse", str(LETTER), "--pipeline", "nope"], "--pipeline nope: no such directory", id="parse-pipeline"),
        pytest.param(["batch", str(LETTERS)], "required: -o/--output", id="batch-no-output"),
        pytest.param(["batch", "no/such/folder", "-o", "{tmp}"], "no/such/folder: no such file or directory", id="batch-missing"),
        pytest.param(["batch", "{tmp}/*.pdf", "-o", "{tmp}"], "no input files found", id="batch-empty-glob"),
        pytest.param(["batch", str(LETTERS), "-o", "{tmp}", "--workers", "0"], "--workers must be at least 1", id="batch-workers"),
        pytest.param(["batch", str(LETTERS), "-o", "{tmp}", "--workers", "two"], "invalid int value: 'two'", id="batch-workers-type"),
        pytest.param(["batch", str(LETTERS), "-o", "{tmp}", "--timeout", "0"], "--timeout must be a positive", id="batch-timeout"),
        pytest.param(["batch", str(LETTERS), "-o", "{tmp}", "--rules", "--pipeline", "{tmp}"], "not allowed with", id="batch-rules-and-pipeline"),
        pytest.param(["batch", str(LETTERS), "-o", "{tmp}", "--pipeline", "{tmp}"], "no saved spaCy pipeline there", id="batch-pipeline"),
        pytest.param(["diff", str(LETTER)], "required: B", id="diff-one-input"),
        pytest.param(["diff", str(LETTER), str(LETTER), "--min-similarity", "2"], "between 0 and 1", id="diff-similarity"),
        pytest.param(["evaluate", str(GOLD), "--split", "bogus"], f"--split bogus: annotations.jsonl has the split(s) {_SPLITS}", id="evaluate-split"),
        pytest.param(["evaluate", "nope.jsonl"], "gold file nope.jsonl: no such file", id="evaluate-missing-gold"),
        pytest.param(["evaluate", "{tmp}"], "not a file", id="evaluate-gold-is-a-folder"),
        pytest.param(["evaluate", str(GOLD), "--pipeline", "nope"], "--pipeline nope: no such directory", id="evaluate-pipeline"),
        pytest.param(["evaluate", str(GOLD), "--rules", "--pipeline", "nope"], "not allowed with", id="evaluate-rules-and-pipeline"),
        pytest.param(["train", str(GOLD), "-o", "{tmp}/p", "--split", "test2"], "--split test2", id="train-split"),
        pytest.param(["train", str(GOLD)], "required: -o/--output", id="train-no-output"),
        pytest.param(["render"], "required: PATH", id="render-no-path"),
    ],
)  # fmt: skip
def test_usage_errors_exit_2_with_one_line(argv: list[str], says: str, tmp_path: Path) -> None:
    code, out, err = run(*(a.replace("{tmp}", str(tmp_path)) for a in argv))
    assert code == 2
    assert out == ""
    assert says in _one_line(err)


BAD_GOLD = [
    pytest.param('{"documen": "x.md"}', 'missing "document"', id="no-document"),
    pytest.param("not json", "not a JSON object: Expecting value (column 1)", id="not-json"),
    pytest.param('["document"]', "not a JSON object but list", id="a-list"),
    pytest.param('{"document": "x.md", "paragraph": "p1"}', 'missing "label"', id="no-label"),
    pytest.param('{"document": "x.md", "paragraph": "p1", "label": "intro"}', "unknown label 'intro' (one of context,", id="bad-label"),
    pytest.param('{"document": "x.md", "paragraph": "p1", "label": "context", "links": "1"}', '"links" must be a list', id="bad-links"),
    pytest.param('{"document": "x.md", "stances": {"1": "yes"}}', "unknown stance 'yes'", id="bad-stance"),
    pytest.param('{"document": "x.md", "stances": {"one": "adopted"}}', "\"stances\" key 'one' is not a recommendation number", id="bad-stance-key"),
    pytest.param('{"document": "x.md", "recommendations": [{"ordinal": "1"}]}', '"recommendations" must be a list', id="bad-recs"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "says"), BAD_GOLD)
@pytest.mark.parametrize("command", ["evaluate", "train"])
def test_a_bad_gold_line_is_named_with_its_line_number(
    command: str, line: str, says: str, tmp_path: Path
) -> None:
    gold = tmp_path / "bad.jsonl"
    gold.write_text("\n" + line + "\n", encoding="utf-8")  # line 2: a blank line is skipped, not miscounted
    argv = [command, str(gold)] + (["-o", str(tmp_path / "p")] if command == "train" else [])
    code, out, err = run(*argv)
    assert code == 2 and out == ""
    message = _one_line(err)
    assert f"bad.jsonl:2: {says}" in message
    assert "KeyError" not in message


def test_gold_that_is_not_utf8_or_empty(tmp_path: Path) -> None:
    gold = tmp_path / "latin1.jsonl"
    gold.write_bytes('{"document": "brief één.md"}\n'.encode("latin-1"))
    code, _, err = run("evaluate", str(gold))
    assert code == 2 and "not UTF-8 text" in _one_line(err)
    gold.write_text("\n\n", encoding="utf-8")
    code, _, err = run("evaluate", str(gold))
    assert code == 2 and "holds no annotations" in _one_line(err)


def test_evaluate_split_bogus_exits_2_as_a_process() -> None:
    """The acceptance case, with the real stderr: no usage block, no traceback, one line."""
    proc = subprocess.run(
        [sys.executable, "-m", "kamerstuk.cli", "evaluate", str(GOLD), "--split", "bogus"],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr.splitlines() == [
        f"kamerstuk: error: --split bogus: annotations.jsonl has the split(s) {_SPLITS}; use one of them or all"
    ]


def test_evaluate_with_a_gold_document_that_cannot_be_parsed_exits_1(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    line = {"document": str(tmp_path / "missing.md"), "paragraph": "p1", "label": "context", "split": "test"}
    gold.write_text(json.dumps(line) + "\n", encoding="utf-8")
    code, out, err = run("evaluate", str(gold), "--rules")
    assert code == 1
    assert "error:" in out  # the table says so too
    assert "missing.md" in _one_line(err)


def test_help_and_version_go_to_stdout_and_exit_0() -> None:
    code, out, err = run("--version")
    assert (code, err) == (0, "") and out.startswith("kamerstuk ")
    code, out, err = run("batch", "--help")
    assert (code, err) == (0, "") and "--lenient" in out and "--pipeline PATH" in out
    code, out, _ = run("--help")
    assert code == 0 and "Exit codes" in out


# --- diff: 0 same, 1 differ, 2 usage, 3 a document could not be parsed ---------------------


def test_diff_exit_codes(tmp_path: Path) -> None:
    code, out, _ = run("diff", str(LETTER), str(LETTER))
    assert code == 0 and out
    other = tmp_path / "other.md"
    text = LETTER.read_text(encoding="utf-8")
    other.write_text(text.replace("twintig minuten", "dertig minuten"), encoding="utf-8")
    code, out, err = run("diff", str(LETTER), str(other), "--min-similarity", "0.999")
    assert code == 1 and out and err == ""
    code, out, err = run("diff", str(LETTER), str(LETTERS / "README.md"))
    assert code == 3 and out == ""
    assert "no letter structure" in _one_line(err)
    code, _, err = run("diff", str(LETTER), str(tmp_path / "missing.md"))
    assert code == 3 and "no such file" in _one_line(err)
    code, _, _ = run("diff", str(LETTER))
    assert code == 2


def test_parse_keeps_exit_1_for_a_failed_input(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    shutil.copy(LETTERS / "README.md", readme)
    code, _, err = run("parse", str(readme))
    assert code == 1 and "StructureError" not in err and "no letter structure" in err
    code, out, _ = run("parse", str(readme), "--lenient")
    assert code == 0 and json.loads(out)["metadata"]["kind"] == "other"
