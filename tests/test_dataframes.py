"""The one table API: `kamerstuk.to_dataframes` (and `export.table_rows`, `write_parquet`).

Checks the declared schemas (columns and dtypes, also when empty), the unique
``document_id`` per input (PDF/XML/HTML twins), error records as their own table, the
short reprs of `Letter` and `Outcome`, that docs/api.md lists every column, and that the
recipe of docs/tutorial.md runs as written.
"""

from __future__ import annotations

import re
import shutil
import sys
import typing
from pathlib import Path
from typing import Any

import pytest

import kamerstuk
from kamerstuk.batch import ErrorRecord, Outcome
from kamerstuk.export import (
    ERROR_STATUSES,
    SCHEMAS,
    TABLES,
    Frames,
    document_id,
    read_journal,
    table_rows,
    to_dataframes,
    write_parquet,
)
from kamerstuk.models import Commitment, Letter, Metadata
from tests.conftest import CORPUS, FIXTURES, LETTERS, REPO, require_shared

pd = pytest.importorskip("pandas", reason="pandas comes with the kamerstuk[dataframes] extra")

TWINS = ("plooi_kst-32545-143.pdf", "plooi_kst-32545-143.xml", "plooi_kst-32545-143.html")

DTYPES = {
    "string": "string",
    "category": "category",
    "date": "datetime64[ns]",
    "int": "int64",
    "Int": "Int64",
    "float": "float64",
    "bool": "bool",
    "list[str]": "object",
    "list[int]": "object",
}


@pytest.fixture(scope="module")
def ocw_pair() -> list[Letter]:
    """The same fictional Kamerstuk as Markdown and as PDF: one identifier, two inputs."""
    return [
        kamerstuk.parse(LETTERS / "ocw_leesoffensief.md"),
        kamerstuk.parse(FIXTURES / "pdf" / "ocw_leesoffensief.xpp.pdf"),
    ]


@pytest.fixture(scope="module")
def frames(ocw_pair: list[Letter]) -> Frames:
    return to_dataframes([*ocw_pair, kamerstuk.parse(LETTERS / "vws_jeugdzorg.md")])


def _check_schema(frames: Frames) -> None:
    for name in TABLES:
        frame = frames[name]
        columns = SCHEMAS[name]
        assert list(frame.columns) == [c.name for c in columns], name
        for c in columns:
            assert str(frame[c.name].dtype) == DTYPES[c.kind], (name, c.name, frame[c.name].dtype)
            if c.kind == "category":
                assert list(frame[c.name].cat.categories) == list(c.categories), (name, c.name)


# --------------------------------------------------------------------------------------------
# Schemas and dtypes


def test_empty_input_gives_every_table_with_its_columns_and_dtypes() -> None:
    empty = to_dataframes([])
    assert list(empty) == list(TABLES)
    for name in TABLES:
        assert empty[name].shape == (0, len(SCHEMAS[name])), name
    _check_schema(empty)


def test_columns_and_dtypes_are_the_same_for_any_input(frames: Frames) -> None:
    _check_schema(frames)
    assert len(frames.commitments) > 0 and len(frames.recommendations) > 0
    only_errors = to_dataframes([ErrorRecord(path="x.pdf", error="ScannedPDFError", message="scan")])
    _check_schema(only_errors)
    for name in TABLES:  # concatenating frames of different runs keeps the dtypes
        both = pd.concat([frames[name], only_errors[name]], ignore_index=True)
        assert both.dtypes.equals(frames[name].dtypes), name


def test_categories_come_from_the_models(frames: Frames) -> None:
    firmness = typing.get_args(Commitment.model_fields["firmness"].annotation)
    assert list(frames.commitments["firmness"].cat.categories) == list(firmness)
    assert list(frames.letters["kind"].cat.categories) == list(
        typing.get_args(Metadata.model_fields["kind"].annotation)
    )
    assert list(frames.errors["status"].cat.categories) == list(ERROR_STATUSES)
    counts = frames.commitments.groupby("firmness", observed=False).size()
    assert list(counts.index) == list(firmness)  # values that do not occur still count (as 0)


def test_dates_are_datetime64(frames: Frames, ocw_pair: list[Letter]) -> None:
    letters = frames.letters
    assert str(letters["date"].dtype) == "datetime64[ns]"
    row = letters[letters["document_id"] == document_id(ocw_pair[0])].iloc[0]
    assert row["date"] == pd.Timestamp(ocw_pair[0].metadata.date)
    latest = frames.commitments["latest"]
    assert latest.notna().any() and latest.isna().any()
    assert (latest.dropna() < pd.Timestamp("2100-01-01")).all()
    by_id = {c.id: c for c in ocw_pair[0].commitments}
    mine = frames.commitments[frames.commitments["document_id"] == document_id(ocw_pair[0])]
    for _, r in mine.iterrows():
        deadline = by_id[r["commitment"]].deadline
        expected = deadline.latest if deadline else None
        assert (pd.isna(r["latest"]) and expected is None) or r["latest"] == pd.Timestamp(expected)


def test_merge_with_letters_adds_no_suffixes_and_no_rows(frames: Frames) -> None:
    letter_columns = set(frames.letters.columns)
    for name in TABLES:
        if name in ("letters", "errors"):
            continue
        assert set(frames[name].columns) & letter_columns == {"document_id"}, name
        merged = frames[name].merge(frames.letters, on="document_id", how="left", validate="many_to_one")
        assert len(merged) == len(frames[name]), name
        assert not [c for c in merged.columns if c.endswith(("_x", "_y"))], name


# --------------------------------------------------------------------------------------------
# document_id


def test_document_id_is_unique_per_input_not_per_identifier(frames: Frames, ocw_pair: list[Letter]) -> None:
    letters = frames.letters
    assert letters["document_id"].is_unique
    ocw = letters[letters["identifier"] == "kst-36410-VIII-87"]
    assert len(ocw) == 2 and set(ocw["format"]) == {"text", "pdf"}
    assert list(ocw["document_id"]) == [document_id(lt) for lt in ocw_pair]
    for lt in ocw_pair:
        assert document_id(lt) == f"{lt.source.sha256[:16]}.{lt.source.format}"
    # one row per commitment: the old key (the identifier) would have doubled these
    merged = frames.commitments.merge(frames.letters, on="document_id")
    assert len(merged) == len(frames.commitments) == int(letters["n_commitments"].sum())


def test_identical_bytes_twice_get_distinct_ids(ocw_pair: list[Letter]) -> None:
    letter = ocw_pair[0]
    frames = to_dataframes([letter, letter, letter])
    base = document_id(letter)
    assert list(frames.letters["document_id"]) == [base, f"{base}#2", f"{base}#3"]
    assert frames.commitments["document_id"].value_counts().to_dict() == {
        key: len(letter.commitments) for key in frames.letters["document_id"]
    }


def test_pdf_xml_html_twins_get_three_ids() -> None:
    paths = [require_shared(CORPUS / name) for name in TWINS]
    frames = to_dataframes(kamerstuk.parse_many(paths))
    letters = frames.letters
    assert len(letters) == 3 and letters["document_id"].is_unique
    assert set(letters["identifier"]) == {"kst-32545-143"}
    assert list(letters["format"]) == ["pdf", "xml", "html"]
    assert all(re.fullmatch(r"[0-9a-f]{16}\.(pdf|xml|html)", key) for key in letters["document_id"])
    assert len(frames.paragraphs) == int(letters["n_paragraphs"].sum())
    merged = frames.paragraphs.merge(letters, on="document_id", validate="many_to_one")
    assert len(merged) == len(frames.paragraphs)


# --------------------------------------------------------------------------------------------
# Inputs: outcomes, error records, journal lines


def test_outcomes_errors_go_to_their_own_table(tmp_path: Path) -> None:
    (tmp_path / "empty.pdf").write_bytes(b"")
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <<")
    (tmp_path / "README.md").write_text("Notes\n\nJust some notes, no letter here.\n", encoding="utf-8")
    paths = [LETTERS / "ocw_leesoffensief.md", tmp_path / "empty.pdf", tmp_path / "broken.pdf",
             tmp_path / "README.md", tmp_path / "missing.pdf"]  # fmt: skip
    outcomes = list(kamerstuk.parse_many(paths, pipeline="none"))
    assert [o.ok for o in outcomes] == [True, False, False, False, False]
    frames = to_dataframes(outcomes)
    assert len(frames.letters) == 1
    errors = frames.errors
    assert list(errors["path"]) == [str(p) for p in paths[1:]]
    assert list(errors["name"]) == ["empty.pdf", "broken.pdf", "README.md", "missing.pdf"]
    by_name = errors.set_index("name")
    assert by_name.loc["empty.pdf", "error"] == "EmptyDocumentError"
    assert by_name.loc["empty.pdf", "status"] == "unreadable"
    assert by_name.loc["broken.pdf", "status"] == "unreadable"
    assert by_name.loc["README.md", "status"] == "skipped"
    assert by_name.loc["missing.pdf", "status"] == "unreadable"
    assert pd.isna(by_name.loc["missing.pdf", "sha256"])
    assert errors["document_id"].is_unique and all(k.endswith(".error") for k in errors["document_id"])
    assert all(m for m in errors["message"])


@pytest.mark.parametrize(
    ("error", "skipped", "status"),
    [
        ("TimeoutError", False, "timeout"),
        ("WorkerCrash", False, "crashed"),
        ("StructureError", True, "skipped"),
        ("StructureError", False, "not_a_document"),
        ("MalformedXMLError", True, "skipped"),
        ("ScannedPDFError", False, "unreadable"),
        ("ZeroDivisionError", False, "error"),
    ],
)
def test_error_status(error: str, skipped: bool, status: str) -> None:
    record = ErrorRecord(path="a/b.pdf", error=error, message="m", sha256="ab" * 32, skipped=skipped)
    outcome = Outcome(index=0, path="a/b.pdf", result=record, seconds=0.1, peak_rss_kb=1)
    errors = to_dataframes([outcome]).errors
    assert list(errors["status"]) == [status]
    assert list(errors["document_id"]) == [f"{'ab' * 8}.error"]


def test_journal_lines_give_the_same_tables(tmp_path: Path, ocw_pair: list[Letter]) -> None:
    record = ErrorRecord(path="scan.pdf", error="ScannedPDFError", message="scan", sha256="cd" * 32)
    lines = [ocw_pair[0].model_dump(mode="json"), {"error": record.model_dump(mode="json")}]
    from_lines = to_dataframes(lines)
    from_models = to_dataframes([ocw_pair[0], record])
    for name in TABLES:
        pd.testing.assert_frame_equal(from_lines[name], from_models[name])
    journal = tmp_path / "journal.jsonl"
    from kamerstuk.export import Journal

    with Journal(journal) as j:
        for line in lines:
            j.write(line)
    pd.testing.assert_frame_equal(to_dataframes(read_journal(journal)).letters, from_models.letters)


def test_one_letter_alone_and_wrong_inputs(ocw_pair: list[Letter]) -> None:
    alone = to_dataframes(ocw_pair[0])
    assert len(alone.letters) == 1 and len(alone.commitments) == len(ocw_pair[0].commitments)
    line = to_dataframes({"error": {"path": "a.pdf", "error": "ScannedPDFError", "message": "scan"}})
    assert list(line.errors["status"]) == ["unreadable"] and line.letters.empty
    with pytest.raises(TypeError, match="parse_many"):
        to_dataframes("brieven/")
    with pytest.raises(TypeError, match="parse_many"):
        to_dataframes(Path("brief.pdf"))
    with pytest.raises(TypeError, match="int"):
        to_dataframes([42])


def test_frames_is_a_mapping(frames: Frames) -> None:
    assert dict(frames).keys() == set(TABLES)
    assert frames["commitments"] is frames.commitments
    with pytest.raises(KeyError):
        frames["documents"]
    text = repr(frames)
    assert text.startswith("Frames(letters=3, ") and "\n" not in text


# --------------------------------------------------------------------------------------------
# Without pandas; Parquet; the deprecated helpers


def test_without_pandas_names_the_extra_and_rows_still_work(
    monkeypatch: pytest.MonkeyPatch, ocw_pair: list[Letter]
) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=re.escape('pip install "kamerstuk[dataframes]"')):
        to_dataframes(ocw_pair)
    rows = table_rows(ocw_pair)
    assert list(rows) == list(TABLES)
    for name in TABLES:
        for row in rows[name]:
            assert list(row) == [c.name for c in SCHEMAS[name]]
    assert len(rows["commitments"]) == sum(len(lt.commitments) for lt in ocw_pair)


def test_parquet_keeps_columns_and_types(tmp_path: Path, frames: Frames, ocw_pair: list[Letter]) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    write_parquet(ocw_pair, tmp_path / "full")
    write_parquet([], tmp_path / "empty")
    for name in TABLES:
        full = pq.read_table(tmp_path / "full" / f"{name}.parquet")
        empty = pq.read_table(tmp_path / "empty" / f"{name}.parquet")
        assert full.schema.names == [c.name for c in SCHEMAS[name]]
        assert empty.num_rows == 0 and empty.schema.equals(full.schema, check_metadata=False), name
    back = pq.read_table(tmp_path / "full" / "commitments.parquet").to_pandas()
    assert str(back["latest"].dtype) == "datetime64[ns]"
    assert str(back["firmness"].dtype) == "category"
    assert len(back) == sum(len(lt.commitments) for lt in ocw_pair)


def test_deprecated_tables_helpers_warn_and_agree(ocw_pair: list[Letter]) -> None:
    from kamerstuk.tables import commitment_rows, recommendation_rows, to_dataframe

    letter = ocw_pair[0]
    with pytest.deprecated_call():
        rows = commitment_rows(letter)
    with pytest.deprecated_call():
        recs = recommendation_rows(letter)
    with pytest.deprecated_call():
        frame = to_dataframe(rows)
    new = to_dataframes(letter)
    assert [r["commitment"] for r in rows] == list(new.commitments["commitment"])
    assert [r["kind"] for r in rows] == list(new.commitments["commitment_kind"])
    assert {r["document"] for r in rows} == {"kst-36410-VIII-87"}
    assert [r["linked_paragraphs"] for r in recs] == list(new.recommendations["linked_paragraphs"])
    assert str(frame["latest"].dtype) == "datetime64[ns]"


# --------------------------------------------------------------------------------------------
# Short reprs


def test_letter_and_outcome_reprs_are_one_short_line(tmp_path: Path, ocw_pair: list[Letter]) -> None:
    letter = ocw_pair[1]
    text = repr(letter)
    assert text == "<Letter kst-36410-VIII-87 brief, 9 paragraphs, from ocw_leesoffensief.xpp.pdf>"
    long_name = tmp_path / ("x" * 150 + ".md")
    shutil.copy(LETTERS / "ocw_leesoffensief.md", long_name)
    missing = tmp_path / "missing.pdf"
    outcomes = list(
        kamerstuk.parse_many([LETTERS / "ocw_leesoffensief.md", long_name, missing], pipeline="none")
    )
    texts = [repr(o) for o in outcomes]
    for t in [text, *texts, repr(outcomes[1].result)]:
        assert "\n" not in t and len(t) <= 120, t
    assert texts[0].startswith("<Outcome #0 ok in ") and "kst-36410-VIII-87 brief, 9 paragraphs" in texts[0]
    assert texts[2].startswith("<Outcome #2 SourceError in ") and "missing.pdf" in texts[2]
    unnamed = kamerstuk.parse_text(
        (LETTERS / "fin_toeslagen.txt").read_text(encoding="utf-8"), pipeline="none"
    )
    assert repr(unnamed).endswith("from <text>>")


# --------------------------------------------------------------------------------------------
# The documentation


def _api_tables() -> dict[str, list[tuple[str, str]]]:
    text = (REPO / "docs" / "api.md").read_text(encoding="utf-8")
    found: dict[str, list[tuple[str, str]]] = {}
    for match in re.finditer(r"^#### `(\w+)` — .*?\n\n((?:\|.*\n)+)", text, re.M):
        rows = match.group(2).splitlines()[2:]
        found[match.group(1)] = [
            (re.sub(r"`", "", cells[1]).strip(), cells[2].strip())
            for cells in (row.split("|") for row in rows)
        ]
    return found


def test_api_md_lists_every_column_with_its_dtype() -> None:
    documented = _api_tables()
    assert list(documented) == list(TABLES)
    for name in TABLES:
        columns = SCHEMAS[name]
        assert [c for c, _ in documented[name]] == [c.name for c in columns], name
        for (_, dtype), column in zip(documented[name], columns, strict=True):
            assert dtype.startswith(f"`{DTYPES[column.kind]}`"), (name, column.name, dtype)
            if column.kind == "category":
                assert dtype.split(": ", 1)[1] == ", ".join(column.categories), (name, column.name)


def _python_blocks(path: Path, *headings: str) -> list[str]:
    text = path.read_text(encoding="utf-8")
    sections = re.split(r"^## ", text, flags=re.M)
    blocks: list[str] = []
    for heading in headings:
        (section,) = [s for s in sections if s.startswith(heading)]
        blocks += re.findall(r"```python\n(.*?)```", section, re.S)
    assert blocks, headings
    return blocks


def _run(blocks: list[str]) -> dict[str, Any]:
    namespace: dict[str, Any] = {"__name__": "tutorial"}
    for block in blocks:
        exec(compile(block, "docs/tutorial.md", "exec"), namespace)
    return namespace


def test_tutorial_recipe_runs_as_written_on_corpus_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Step 5 of the tutorial, run as written on a folder of corpus files (and one fixture pair)."""
    folder = tmp_path / "brieven"
    folder.mkdir()
    names = [*TWINS, "plooi_kst-32545-143_metadata.xml", "plooi_ronl_20110301_kamerbrief_draagmoederschap.pdf",
             "pts_20221222_ienw_kamerbrief_emissies_luchtvaart.pdf", "plooi_blg-1007826.pdf"]  # fmt: skip
    for name in names:
        shutil.copy(require_shared(CORPUS / name), folder / name)
    shutil.copy(LETTERS / "ocw_leesoffensief.md", folder)
    shutil.copy(FIXTURES / "pdf" / "ocw_leesoffensief.xpp.pdf", folder)
    monkeypatch.chdir(tmp_path)

    ns = _run(_python_blocks(REPO / "docs" / "tutorial.md", "5."))

    frames, commitments = ns["frames"], ns["commitments"]
    letters = frames.letters
    assert len(letters) == 7 and letters["document_id"].is_unique
    assert letters["identifier"].dropna().duplicated().any()  # twins: a merge on identifier would multiply
    assert sorted(letters.loc[letters["identifier"] == "kst-32545-143", "format"]) == ["html", "pdf", "xml"]
    assert list(frames.errors["name"]) == ["plooi_blg-1007826.pdf"]
    assert list(frames.errors["status"]) == ["unreadable"]
    # one row per commitment, each with its letter
    assert len(frames.commitments) == int(letters["n_commitments"].sum()) > 0
    assert len(commitments) == len(frames.commitments)
    assert commitments["identifier"].notna().sum() == int(
        letters.loc[letters["identifier"].notna(), "n_commitments"].sum()
    )
    assert commitments["name"].notna().all()
    assert (tmp_path / "commitments.csv").is_file()
    # one file per Kamerstuk: the XML of the twins, one of the two ocw inputs
    kept = ns["kept"]
    assert list(kept.loc[kept["identifier"] == "kst-32545-143", "format"]) == ["xml"]
    assert (kept["identifier"] == "kst-36410-VIII-87").sum() == 1
    assert len(ns["unique"]) < len(commitments)


def test_tutorial_one_letter_steps_run_as_written(monkeypatch: pytest.MonkeyPatch) -> None:
    """Steps 2 and 4: parse the fixture PDF and show its recommendations as a table."""
    monkeypatch.chdir(REPO)
    ns = _run(_python_blocks(REPO / "docs" / "tutorial.md", "2.", "4."))
    recs = ns["frames"].recommendations
    assert list(recs["recommendation"]) == ["r1", "r2", "r3"]
    assert list(recs["stance"]) == ["adopted", "partly_adopted", "already_in_place"]
    assert list(recs["linked_paragraphs"]) == [["p3", "p4"], ["p5", "p6"], ["p7", "p8"]]
    assert list(recs["first_deadline"].dt.strftime("%Y-%m-%d").fillna("")) == ["2024-07-04", "2024-12-31", ""]
    assert repr(ns["frames"]).startswith("Frames(letters=1, sections=6, paragraphs=9,")
