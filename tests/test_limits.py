"""Robustness at scale: documented limits with typed errors, safe reading, decoding, detection.

Every case here once ended in a raw exception, a hang or minutes of work: deep XML and HTML
(RecursionError), 100,000 unclosed ``<div>``s (minutes), symlink loops (OSError), ``/dev/zero``
(MemoryError), a FIFO (blocked forever), UTF-16 text (refused as binary), an HTML page with
``%PDF-`` in its head (taken for a PDF).
"""

from __future__ import annotations

import dataclasses
import json
import os
import pickle
import time
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

import pytest

import kamerstuk
from kamerstuk.errors import (
    DepthLimitError,
    InputTooLargeError,
    KamerstukError,
    LimitError,
    LineLimitError,
    MalformedHTMLError,
    PageLimitError,
    ParagraphLimitError,
    SourceError,
    SpecialFileError,
    UnsafeXMLError,
    XMLTooLargeError,
)
from kamerstuk.parse import MAX_TEXT_BYTES, Limits, display_name, read_input
from kamerstuk.readers.html import read_html
from kamerstuk.readers.text import decode_text, sniff_encoding
from kamerstuk.readers.xml import read_xml
from kamerstuk.safexml import parse_xml_bytes
from tests.conftest import FIXTURES, LETTERS, within

LETTER_MD = LETTERS / "ocw_leesoffensief.md"
LETTER_TXT = LETTERS / "ocw_leesoffensief.txt"
LETTER_XML = FIXTURES / "xml" / "letter.xml"
LETTER_HTML = FIXTURES / "xml" / "letter.html"
LETTER_PDF = FIXTURES / "pdf" / "ocw_leesoffensief.xpp.pdf"


def assert_limit(info: pytest.ExceptionInfo[LimitError], limit: str) -> None:
    """The error names the option and how to raise it."""
    assert info.value.limit == limit
    assert f"parse(..., {limit}=" in str(info.value)
    assert isinstance(info.value, SourceError)


# --- nesting: iterate or refuse, never RecursionError ---------------------------------------


def _deep_xml(open_tag: bytes, close_tag: bytes, depth: int, inner: bytes = b"x") -> bytes:
    return b"<kamerstuk><stuk>" + open_tag * depth + inner + close_tag * depth + b"</stuk></kamerstuk>"


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(_deep_xml(b"<divisie>", b"</divisie>", 1000, b"<al>x</al>"), id="divisie"),
        pytest.param(_deep_xml(b"<al>", b"</al>", 1000), id="al"),
        pytest.param(
            b"<kamerstuk><al>" + b"<nadruk>" * 1000 + b"x" + b"</nadruk>" * 1000 + b"</al></kamerstuk>",
            id="nadruk",
        ),
        pytest.param(_deep_xml(b"<onbekend>", b"</onbekend>", 1000), id="unknown"),
        pytest.param(_deep_xml(b"<lijst><li>", b"</li></lijst>", 1000), id="lijst"),
        pytest.param(b"<a>" * 200_000, id="unclosed-200k"),
    ],
)
def test_deep_xml_is_a_typed_error(data: bytes) -> None:
    with within(10), pytest.raises(DepthLimitError) as info:
        kamerstuk.parse_bytes(data, name="diep.xml")
    assert_limit(info, "max_depth")
    assert info.value.source == "diep.xml"
    with pytest.raises(DepthLimitError):
        read_xml(data)


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(
            b"<html><body><p>" + b"<span>" * 100_000 + b"x" + b"</span>" * 100_000 + b"</p></body></html>",
            id="span-100k",
        ),
        pytest.param(b"<html><body>" + b"<div>" * 100_000 + b"x", id="unclosed-div-100k"),
        pytest.param(b"<html><body>" + b"<div>" * 100_000 + b"x" + b"</div>" * 100_000, id="div-100k"),
    ],
)
def test_deep_html_is_a_typed_error_in_moments(data: bytes) -> None:
    start = time.monotonic()
    with within(10), pytest.raises(DepthLimitError) as info:
        kamerstuk.parse_bytes(data, name="diep.html")
    assert_limit(info, "max_depth")
    assert time.monotonic() - start < 5


def test_nesting_within_a_raised_limit_is_read() -> None:
    data = _deep_xml(b"<divisie>", b"</divisie>", 150, b"<al>Een alinea diep in de tekst.</al>")
    with pytest.raises(DepthLimitError):
        read_xml(data)
    raw = read_xml(data, max_depth=200)
    assert any("diep in de tekst" in b.text for b in raw.blocks)
    html = b"<html><body>" + b"<div>" * 150 + b"<p>Een alinea diep in de pagina.</p>" + b"</div>" * 150
    assert any("diep in de pagina" in b.text for b in read_html(html, max_depth=200).blocks)


def test_sloppy_html_lists_and_tables_do_not_nest() -> None:
    """<li>, <tr>, <td> close the previous one as browsers do: 20,000 unclosed items are not 20,000 levels."""
    items = b"".join(b"<li>punt %d" % i for i in range(20_000))
    cells = b"".join(b"<tr><td>a%d<td>b" % i for i in range(5_000))
    page = b"<html><body><ul>" + items + b"</ul><table>" + cells + b"</table></body></html>"
    with within(30):
        raw = read_html(page)
    texts = [b.text for b in raw.blocks]
    assert "punt 19999" in texts
    assert "a4999 | b" in texts


@pytest.mark.parametrize(
    "tail",
    [
        pytest.param(b"<!--" * 100_000, id="unclosed-comments"),
        pytest.param(b"<" * 500_000, id="less-than-run"),
        pytest.param(b"<a " * 100_000, id="unclosed-tags"),
        pytest.param(b"<![" * 100_000, id="marked-sections"),
        pytest.param(b"<?" * 100_000, id="processing-instructions"),
        pytest.param(b"</" * 100_000, id="end-tag-openers"),
        pytest.param(b"</x>" * 200_000, id="stray-end-tags"),
    ],
)
def test_html_parser_worst_cases_stay_linear(tail: bytes) -> None:
    """Python's html.parser (before 3.13.4) is quadratic on some unclosed constructs; the reader is not."""
    data = b"<html><body><p>Tekst.</p>" + tail
    with within(20), suppress(DepthLimitError, MalformedHTMLError):
        read_html(data)


# --- paths that are not plain files ------------------------------------------------------------


def test_symlink_loop(tmp_path: Path) -> None:
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    with pytest.raises(SourceError, match="symlink loop") as info:
        kamerstuk.parse(tmp_path / "a")
    assert info.value.source == str(tmp_path / "a")


def test_dangling_symlink(tmp_path: Path) -> None:
    (tmp_path / "weg.txt").symlink_to(tmp_path / "bestaat-niet.txt")
    with pytest.raises(SourceError, match="no such file"):
        kamerstuk.parse(tmp_path / "weg.txt")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_fifo_does_not_block(tmp_path: Path) -> None:
    fifo = tmp_path / "brief.txt"
    os.mkfifo(fifo)
    with within(10), pytest.raises(SpecialFileError, match="FIFO"):
        kamerstuk.parse(fifo)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_batch_records_special_files_without_blocking(tmp_path: Path) -> None:
    """A FIFO, a symlink loop and a device named on the batch command line each become one
    error record (hashing the input for its record once blocked on the FIFO until the time limit)."""
    from kamerstuk.batch import file_sha256
    from kamerstuk.cli import main
    from kamerstuk.export import read_journal

    os.mkfifo(tmp_path / "pijp.txt")
    (tmp_path / "lus.txt").symlink_to(tmp_path / "lus.txt")
    letter = tmp_path / "brief.md"
    letter.write_bytes((Path(__file__).parent.parent / "fixtures/letters/ocw_leesoffensief.md").read_bytes())
    names = ["pijp.txt", "lus.txt", "brief.md"] + (["/dev/zero"] if os.path.exists("/dev/zero") else [])
    inputs = [n if n.startswith("/") else str(tmp_path / n) for n in names]
    assert file_sha256(tmp_path / "pijp.txt") is None and file_sha256(letter) is not None
    with within(60):
        code = main(["batch", *inputs, "-o", str(tmp_path / "out"), "--workers", "1"])
    assert code == 1
    records = list(read_journal(tmp_path / "out" / "journal.jsonl"))
    errors = {Path(r["error"]["path"]).name: r["error"]["error"] for r in records if "error" in r}
    assert errors.pop("pijp.txt") == "SpecialFileError"
    assert errors.pop("lus.txt") == "SourceError"
    assert errors == ({"zero": "SpecialFileError"} if len(names) == 4 else {})
    assert len(records) == len(names)


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_devices_are_refused_without_reading(device: str, tmp_path: Path) -> None:
    if not os.path.exists(device):
        pytest.skip(f"{device} does not exist here")
    with within(10), pytest.raises(SpecialFileError, match="character device"):
        kamerstuk.parse(device)
    link = tmp_path / "brief.pdf"
    link.symlink_to(device)
    with within(10), pytest.raises(SpecialFileError):
        kamerstuk.parse(link)


def test_size_reported_by_stat_is_not_trusted() -> None:
    """/proc files report size 0 and hold more: the read stops at max_bytes + 1."""
    proc = Path("/proc/self/status")
    if not proc.exists():
        pytest.skip("no /proc here")
    with pytest.raises(InputTooLargeError) as info:
        read_input(proc, max_bytes=10)
    assert_limit(info, "max_bytes")
    assert len(read_input(proc)) > 10


def test_file_over_max_bytes_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "groot.txt"
    path.write_bytes(LETTER_MD.read_bytes())
    with pytest.raises(InputTooLargeError) as info:
        kamerstuk.parse(path, max_bytes=1000)
    assert_limit(info, "max_bytes")
    assert info.value.maximum == 1000
    assert info.value.actual == path.stat().st_size


def test_path_with_nul_is_a_typed_error() -> None:
    with pytest.raises(SourceError, match="NUL"):
        kamerstuk.parse("brief\x00.txt")


def test_undecodable_file_name_gives_a_printable_source(tmp_path: Path) -> None:
    raw_name = b"brief-caf\xe9-\x1b[31m.md"  # Latin-1 é (not UTF-8) and an escape sequence
    path = Path(os.fsdecode(os.path.join(os.fsencode(tmp_path), raw_name)))
    try:
        path.write_bytes(LETTER_MD.read_bytes())
    except (OSError, UnicodeEncodeError):
        pytest.skip("the file system refuses undecodable names")
    letter = kamerstuk.parse(path, pipeline="none")
    assert letter.source.name.isprintable() and letter.source.name.startswith("brief-caf")
    assert letter.source.path is not None and letter.source.path.isprintable()
    json.dumps(letter.model_dump(mode="json"), ensure_ascii=False).encode("utf-8")  # writable as UTF-8


def test_display_name() -> None:
    assert display_name("brief.pdf") == "brief.pdf"
    assert display_name("caf\udce9.txt") == "caf\ufffd.txt"
    assert display_name("a\nb\ud800") == "a\ufffdb\ufffd"


def test_unprintable_names_passed_to_parse_bytes_and_parse_text() -> None:
    letter = kamerstuk.parse_bytes(LETTER_MD.read_bytes(), name="x\udcff\n.md", pipeline="none")
    assert letter.source.name == "x\ufffd\ufffd.md"
    letter = kamerstuk.parse_text(LETTER_MD.read_text(encoding="utf-8"), name="\udc80", pipeline="none")
    assert letter.source.name == "\ufffd"


# --- the limits -------------------------------------------------------------------------------


def test_limits_defaults_and_validation() -> None:
    limits = Limits()
    assert limits.max_text_bytes == MAX_TEXT_BYTES
    assert set(dataclasses.asdict(limits)) == {
        "max_bytes",
        "max_text_bytes",
        "max_pages",
        "max_line_chars",
        "max_paragraphs",
        "max_depth",
    }
    with pytest.raises(ValueError, match="max_bytes"):
        Limits(max_bytes=0)
    with pytest.raises(TypeError, match="max_depth"):
        Limits(max_depth=1.5)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="max_paragraphs"):
        kamerstuk.parse_text("tekst", max_paragraphs=-1)


def test_all_limits_pass_to_parse_by_name(tmp_path: Path) -> None:
    path = tmp_path / "brief.md"
    path.write_bytes(LETTER_MD.read_bytes())
    letter = kamerstuk.parse(path, pipeline="none", **dataclasses.asdict(Limits()))
    assert letter.paragraphs


@pytest.mark.parametrize(
    ("call", "error", "limit"),
    [
        pytest.param(
            lambda: kamerstuk.parse_bytes(LETTER_MD.read_bytes(), max_bytes=100),
            InputTooLargeError,
            "max_bytes",
            id="bytes",
        ),
        pytest.param(
            lambda: kamerstuk.parse_bytes(LETTER_MD.read_bytes(), max_text_bytes=100),
            InputTooLargeError,
            "max_text_bytes",
            id="text-bytes",
        ),
        pytest.param(
            lambda: kamerstuk.parse_bytes(LETTER_XML.read_bytes(), max_text_bytes=100),
            InputTooLargeError,
            "max_text_bytes",
            id="xml-bytes",
        ),
        pytest.param(
            lambda: kamerstuk.parse_bytes(LETTER_HTML.read_bytes(), max_text_bytes=100),
            InputTooLargeError,
            "max_text_bytes",
            id="html-bytes",
        ),
        pytest.param(
            lambda: kamerstuk.parse_text(LETTER_MD.read_text(encoding="utf-8"), max_text_bytes=100),
            InputTooLargeError,
            "max_text_bytes",
            id="parse-text-bytes",
        ),
        pytest.param(
            lambda: kamerstuk.parse_text(LETTER_MD.read_text(encoding="utf-8"), max_line_chars=50),
            LineLimitError,
            "max_line_chars",
            id="line",
        ),
        pytest.param(
            lambda: kamerstuk.parse_bytes(LETTER_XML.read_bytes(), max_line_chars=50),
            LineLimitError,
            "max_line_chars",
            id="xml-paragraph",
        ),
        pytest.param(
            lambda: kamerstuk.parse_bytes(LETTER_HTML.read_bytes(), max_line_chars=50),
            LineLimitError,
            "max_line_chars",
            id="html-paragraph",
        ),
        pytest.param(
            lambda: kamerstuk.parse_text(LETTER_MD.read_text(encoding="utf-8"), max_paragraphs=3),
            ParagraphLimitError,
            "max_paragraphs",
            id="paragraphs",
        ),
        pytest.param(
            lambda: kamerstuk.parse_bytes(LETTER_XML.read_bytes(), max_paragraphs=3),
            ParagraphLimitError,
            "max_paragraphs",
            id="xml-paragraphs",
        ),
        pytest.param(
            lambda: kamerstuk.parse_bytes(LETTER_XML.read_bytes(), max_depth=3),
            DepthLimitError,
            "max_depth",
            id="depth",
        ),
        pytest.param(
            lambda: kamerstuk.parse(LETTER_PDF, max_pages=1), PageLimitError, "max_pages", id="pages"
        ),
    ],
)
def test_each_limit_is_a_typed_error_naming_its_option(
    call: Callable[[], object], error: type[LimitError], limit: str
) -> None:
    with pytest.raises(error) as info:
        call()
    assert isinstance(info.value, LimitError) and isinstance(info.value, KamerstukError)
    assert "limit" in info.value.message
    assert_limit(info, limit)


def test_limit_errors_survive_pickling() -> None:
    """Batch workers send errors between processes."""
    with pytest.raises(LineLimitError) as info:
        kamerstuk.parse_text(LETTER_MD.read_text(encoding="utf-8"), name="brief.md", max_line_chars=50)
    copy = pickle.loads(pickle.dumps(info.value))
    assert (copy.limit, copy.maximum, copy.actual, copy.source) == (
        "max_line_chars",
        50,
        info.value.actual,
        "brief.md",
    )
    assert str(copy) == str(info.value)


def test_oversized_xml_is_still_an_unsafe_xml_error() -> None:
    with pytest.raises(UnsafeXMLError) as info:
        parse_xml_bytes(b"<a>" + b"x" * 200 + b"</a>", max_bytes=100)
    assert isinstance(info.value, XMLTooLargeError) and isinstance(info.value, InputTooLargeError)


def test_a_large_text_letter_parses() -> None:
    """A 1.3 MB text letter (the sample letter's body repeated) parses into a Letter."""
    lines = LETTER_TXT.read_text(encoding="utf-8").split("\n")
    body = "\n".join(lines[40:-20]) + "\n\n"
    text = "\n".join(lines[:40]) + "\n" + body * (1_300_000 // len(body)) + "\n".join(lines[-20:])
    assert len(text.encode("utf-8")) > 1_250_000
    with within(120):
        letter = kamerstuk.parse_text(text, pipeline="none", entities=False)
    assert len(letter.paragraphs) > 1000


@pytest.mark.parametrize("unit", [b"Een regel tekst van de brief.\n\n", b"x"])
def test_a_50_mb_text_ends_in_seconds(tmp_path: Path, unit: bytes) -> None:
    path = tmp_path / "groot.txt"
    path.write_bytes(unit * (50_000_000 // len(unit)))
    start = time.monotonic()
    with within(60), pytest.raises(InputTooLargeError) as info:
        kamerstuk.parse(path)
    assert_limit(info, "max_text_bytes")
    assert time.monotonic() - start < 10


def test_a_long_line_is_refused_before_reading() -> None:
    text = LETTER_MD.read_text(encoding="utf-8") + "\n\n" + "woord " * 40_000
    with within(10), pytest.raises(LineLimitError) as info:
        kamerstuk.parse_text(text)
    assert_limit(info, "max_line_chars")
    assert info.value.actual == len("woord " * 40_000)


# --- decoding ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [
        pytest.param("utf-16", "utf-16-le", id="utf-16-bom"),
        pytest.param("utf-16-le", "utf-16-le", id="utf-16-le"),
        pytest.param("utf-16-be", "utf-16-be", id="utf-16-be"),
        pytest.param("utf-8-sig", "utf-8", id="utf-8-bom"),
        pytest.param("utf-8", "utf-8", id="utf-8"),
        pytest.param("cp1252", "cp1252", id="cp1252"),
    ],
)
def test_text_decodes_by_bom_and_detection(encoding: str, expected: str) -> None:
    text = LETTER_MD.read_text(encoding="utf-8")
    data = text.encode(encoding)
    assert sniff_encoding(data)[0] == expected
    assert decode_text(data) == text
    assert kamerstuk.detect_format(data) == "text"
    letter = kamerstuk.parse_bytes(data, name="brief.txt", pipeline="none")
    assert letter.text == kamerstuk.parse_text(text, pipeline="none").text


def test_utf16_file_parses(tmp_path: Path) -> None:
    path = tmp_path / "brief.txt"
    path.write_bytes(LETTER_TXT.read_text(encoding="utf-8").encode("utf-16"))
    letter = kamerstuk.parse(path, pipeline="none")
    assert letter.metadata.identifier == kamerstuk.parse(LETTER_TXT, pipeline="none").metadata.identifier


def test_utf16_xml_and_html() -> None:
    xml = (
        LETTER_XML.read_text(encoding="utf-8")
        .replace('encoding="UTF-8"', 'encoding="UTF-16"')
        .encode("utf-16")
    )
    html = LETTER_HTML.read_text(encoding="utf-8").encode("utf-16")
    assert kamerstuk.detect_format(xml) == "xml" and kamerstuk.detect_format(html) == "html"
    a = kamerstuk.parse_bytes(xml, pipeline="none")
    b = kamerstuk.parse_bytes(html, pipeline="none")
    assert (
        a.metadata.identifier
        == b.metadata.identifier
        == kamerstuk.parse(LETTER_XML, pipeline="none").metadata.identifier
    )


def test_truncated_utf8_keeps_its_encoding() -> None:
    data = "Geachte voorzitter, één café\n".encode() + "é".encode()[:1]
    assert decode_text(data).startswith("Geachte voorzitter, één café")


# --- format detection -------------------------------------------------------------------------


def test_html_mentioning_pdf_in_its_head_is_html() -> None:
    html = LETTER_HTML.read_bytes()
    at = html.index(b"<head>") + len(b"<head>")
    tricky = html[:at] + b"\n<!--\n%PDF-1.4 (een voorbeeld)\n-->\n" + html[at:]
    assert kamerstuk.detect_format(tricky) == "html"
    assert kamerstuk.parse_bytes(tricky, pipeline="none").metadata.identifier is not None


@pytest.mark.parametrize(
    ("data", "fmt"),
    [
        pytest.param(b"%PDF-1.7\n", "pdf", id="header"),
        pytest.param(b"\xef\xbb\xbf%PDF-1.4\n", "pdf", id="after-bom"),
        pytest.param(b"\x00\x01junk\r\n%PDF-1.4\n", "pdf", id="after-junk-line"),
        pytest.param(b"<html><body>\n%PDF-1.4</body></html>", "html", id="inside-html"),
        pytest.param(b"<?xml version='1.0'?>\n<a>\n%PDF-1.4</a>", "xml", id="inside-xml"),
        pytest.param(b"Tekst over het %PDF-formaat.\n", "text", id="mid-line"),
    ],
)
def test_pdf_signature_is_a_header_line_before_markup(data: bytes, fmt: str) -> None:
    assert kamerstuk.detect_format(data) == fmt


def test_real_pdfs_are_still_pdfs() -> None:
    for path in sorted((FIXTURES / "pdf").glob("*.pdf")):
        assert kamerstuk.detect_format(path.read_bytes()) == "pdf", path.name
