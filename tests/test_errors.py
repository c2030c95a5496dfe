"""Bad input gives a typed error with a clear message, never a crash or a silent result."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

import kamerstuk
from kamerstuk import EmptyDocumentError, KamerstukError, SourceError, StructureError, UnsupportedFormatError
from tests.conftest import FIXTURES


def _random_bytes(n: int = 4096, seed: int = 7) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randrange(256) for _ in range(n))


@pytest.mark.parametrize(
    ("data", "error", "words"),
    [
        pytest.param(b"", EmptyDocumentError, "empty", id="empty"),
        pytest.param(b"   \n\n\t  \n", EmptyDocumentError, "empty", id="whitespace"),
        pytest.param(_random_bytes(), UnsupportedFormatError, "binary", id="random-bytes"),
        pytest.param(b"\x00\x01\x02hello", UnsupportedFormatError, "binary", id="nul-bytes"),
    ],
)
def test_unreadable_bytes(data: bytes, error: type[KamerstukError], words: str) -> None:
    with pytest.raises(error, match=words):
        kamerstuk.parse_bytes(data, name="bad.bin")


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("english_essay.txt", id="english-essay"),
        pytest.param("recipe.md", id="dutch-recipe"),
    ],
)
def test_text_without_letter_structure(name: str) -> None:
    path = FIXTURES / "bad" / name
    with pytest.raises(StructureError, match="no letter structure"):
        kamerstuk.parse(path)


def test_lenient_mode_keeps_text_without_structure() -> None:
    letter = kamerstuk.parse(FIXTURES / "bad" / "english_essay.txt", strict=False)
    assert letter.metadata.kind == "other"
    assert any("no letter structure" in d.message for d in letter.diagnostics)
    assert letter.paragraphs  # the text is kept, not lost


@pytest.mark.parametrize(
    ("make", "words"),
    [
        pytest.param(lambda tmp: tmp / "missing.txt", "no such file", id="missing"),
        pytest.param(lambda tmp: tmp, "directory", id="directory"),
    ],
)
def test_unreadable_paths(tmp_path: Path, make: object, words: str) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    with pytest.raises(SourceError, match=words) as info:
        kamerstuk.parse(path)
    assert info.value.source == str(path)


def test_error_hierarchy() -> None:
    for cls in (SourceError, EmptyDocumentError, UnsupportedFormatError, StructureError):
        assert issubclass(cls, KamerstukError)
    assert issubclass(EmptyDocumentError, SourceError)


def test_parse_text_empty() -> None:
    with pytest.raises(EmptyDocumentError):
        kamerstuk.parse_text("  \n ")


@pytest.mark.parametrize(
    ("data", "fmt"),
    [
        pytest.param(b"%PDF-1.7\n%\xe2\xe3\n1 0 obj", "pdf", id="pdf"),
        pytest.param(b'<?xml version="1.0"?><officiele-publicatie/>', "xml", id="xml"),
        pytest.param(b"<!DOCTYPE html><html><body>x</body></html>", "html", id="html"),
        pytest.param(b"Den Haag, 1 april 2022\n\nGeachte voorzitter,", "text", id="text"),
        pytest.param(b"<sup>1</sup> Een voetnoot.\n\n**Nr. 12**", "text", id="markdown-starting-with-tag"),
        pytest.param("caf\xe9 en d\xe9j\xe0 vu".encode("cp1252"), "text", id="cp1252-text"),
    ],
)
def test_detect_format_from_content(data: bytes, fmt: str) -> None:
    assert kamerstuk.detect_format(data) == fmt


def test_pdf_signature_with_junk_is_a_typed_error() -> None:
    with pytest.raises(SourceError, match="PDF"):
        kamerstuk.parse_bytes(b"%PDF-1.7\n", name="x.pdf")
