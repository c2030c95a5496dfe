"""The PDF reader on our own PDFs: the four fixture letters typeset in the official Kamerstuk (XPP)
layout and in the ministry letterhead by fixtures/pdf/generate.py.

Each PDF must give the same letter as the Markdown form: the same paragraph texts (which proves
de-hyphenation, joining across page breaks and footnote removal), footnotes, anchors and sections,
and the metadata of the matching gold form (xpp ↔ "md", letterhead ↔ "txt").
"""

from __future__ import annotations

import functools
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pdfplumber
import pytest

import kamerstuk

ROOT = Path(__file__).resolve().parents[1]
PDF_DIR = ROOT / "fixtures" / "pdf"
LETTERS = ROOT / "fixtures" / "letters"
NAMES = ["ocw_leesoffensief", "ienw_wegverkeer", "fin_toeslagen", "vws_jeugdzorg"]
KINDS = {"xpp": "md", "letterhead": "txt"}  # layout -> gold form
CASES = [pytest.param(name, kind, id=f"{name}.{kind}") for name in NAMES for kind in KINDS]
META_FIELDS = [
    "kind",
    "vergaderjaar",
    "dossiers",
    "ondernummer",
    "identifier",
    "date",
    "place",
    "addressee",
    "signatories",
    "subject",
    "reference",
    "attachments",
    "ministry",
]
# Footnotes the generator forces to run on at the foot of the next page: (letter, layout, number).
CONTINUED_NOTES = [
    pytest.param("ocw_leesoffensief", "xpp", 3, id="ocw.xpp-fn3"),
    pytest.param("ocw_leesoffensief", "letterhead", 3, id="ocw.letterhead-fn3"),
]


@functools.cache
def pdf_letter(name: str, kind: str) -> kamerstuk.Letter:
    return kamerstuk.parse(PDF_DIR / f"{name}.{kind}.pdf")


@functools.cache
def md_letter(name: str) -> kamerstuk.Letter:
    return kamerstuk.parse(LETTERS / f"{name}.md")


@functools.cache
def gold(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((LETTERS / f"{name}.expected.json").read_text(encoding="utf-8"))
    return data


@functools.cache
def page_words(name: str, kind: str) -> list[list[dict[str, Any]]]:
    with pdfplumber.open(PDF_DIR / f"{name}.{kind}.pdf") as pdf:
        return [list(page.extract_words(x_tolerance=1.5)) for page in pdf.pages]


def load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("kamerstuk_pdf_fixture_generator", PDF_DIR / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("name", "kind"), CASES)
def test_metadata_matches_gold_form(name: str, kind: str) -> None:
    got = pdf_letter(name, kind).metadata.model_dump(mode="json")
    want = gold(name)["forms"][KINDS[kind]]["metadata"]
    assert {f: got[f] for f in META_FIELDS} == {f: want[f] for f in META_FIELDS}
    if kind == "xpp":
        assert got["sender"] == want["sender"]
    else:  # a letterhead names no sender; the reader may fall back to the first signatory's role
        assert got["sender"] in (want["sender"], want["signatories"][0]["role"])


@pytest.mark.parametrize(("name", "kind"), CASES)
def test_sections_match_gold(name: str, kind: str) -> None:
    got = [(s.title, s.level) for s in pdf_letter(name, kind).sections]
    # Levels come from the md form for both layouts: a PDF, unlike plain text, shows bold vs italic.
    want = [(s["title"], s["level"]) for s in gold(name)["forms"]["md"]["sections"]]
    assert got == want
    assert [s["title"] for s in gold(name)["forms"][KINDS[kind]]["sections"]] == [t for t, _ in want]


@pytest.mark.parametrize(("name", "kind"), CASES)
def test_paragraph_texts_equal_markdown_parse(name: str, kind: str) -> None:
    got = [p.text for p in pdf_letter(name, kind).paragraphs]
    assert got == [p.text for p in md_letter(name).paragraphs]
    assert got == [p["text"] for p in gold(name)["paragraphs"]]


@pytest.mark.parametrize(("name", "kind"), CASES)
def test_footnotes_equal_and_anchored(name: str, kind: str) -> None:
    letter, md = pdf_letter(name, kind), md_letter(name)
    ids = [p.id for p in letter.paragraphs]
    md_ids = [p.id for p in md.paragraphs]
    got = [(f.number, f.text, ids.index(f.paragraph) if f.paragraph else None) for f in letter.footnotes]
    want = [(f.number, f.text, md_ids.index(f.paragraph) if f.paragraph else None) for f in md.footnotes]
    assert got == want
    assert all(index is not None for _, _, index in got)


@pytest.mark.parametrize(("name", "kind"), CASES)
def test_a_paragraph_runs_over_a_page_break(name: str, kind: str) -> None:
    spans = [p for p in pdf_letter(name, kind).paragraphs if p.page != p.page_end]
    assert spans, "the generator must cut at least one paragraph with a page break"
    assert all(p.page is not None and p.page_end == p.page + 1 for p in spans)


@pytest.mark.parametrize(("name", "kind", "number"), CONTINUED_NOTES)
def test_footnote_continued_on_next_page_is_joined(name: str, kind: str, number: int) -> None:
    note = pdf_letter(name, kind).footnote(number)
    assert note.text == md_letter(name).footnote(number).text
    assert note.page is not None
    words = page_words(name, kind)
    first, last = note.text.split()[0], note.text.split()[-1]
    assert first in {w["text"] for w in words[note.page - 1]}
    # the footnote's last word stands at the foot of the next page, not on the marker's page
    assert last in {w["text"] for w in words[note.page]}
    assert last not in {w["text"] for w in words[note.page - 1]}


@pytest.mark.parametrize(("name", "kind"), CASES)
def test_source_and_no_warnings(name: str, kind: str) -> None:
    letter = pdf_letter(name, kind)
    path = PDF_DIR / f"{name}.{kind}.pdf"
    with pdfplumber.open(path) as pdf:
        count = len(pdf.pages)
    assert letter.source.format == "pdf"
    assert letter.source.pages == count
    assert count >= 2
    assert [d.message for d in letter.diagnostics if d.severity == "warning"] == []
    assert path.stat().st_size < 30_000


@pytest.mark.parametrize(("name", "kind"), CASES)
def test_pdf_has_hyphenated_line_ends(name: str, kind: str) -> None:
    """De-hyphenation is really exercised: some line ends in a word part the text does not have."""
    text = " ".join(p.text for p in md_letter(name).paragraphs)
    broken = []
    for words in page_words(name, kind):
        rows: dict[int, list[dict[str, Any]]] = {}
        for w in words:
            rows.setdefault(round(float(w["bottom"])), []).append(w)
        for row in rows.values():
            end = max(row, key=lambda w: float(w["x1"]))["text"]
            if end.endswith("-") and end not in text:
                broken.append(end)
    assert broken


def test_committed_pdfs_are_up_to_date(tmp_path: Path) -> None:
    generator = load_generator()
    assert generator.main(["generate.py", str(tmp_path)]) == 0
    made = sorted(p.name for p in tmp_path.glob("*.pdf"))
    assert made == sorted(f"{n}.{k}.pdf" for n in NAMES for k in KINDS)
    stale = [n for n in made if (tmp_path / n).read_bytes() != (PDF_DIR / n).read_bytes()]
    assert stale == [], "run `.venv/bin/python fixtures/pdf/generate.py` and commit the PDFs"
