"""Fuzzing: random and mutated inputs give a `Letter` or a `KamerstukError`, in bounded time.

Inputs are built from a seeded corpus (the fixtures, plus crafted worst cases): truncations,
byte flips, deletions, splices, repeated markup, deep nesting, long runs, re-encodings. Each
call must return (a `Letter` that serializes to JSON, or a reader's `RawDocument`) or raise a
`KamerstukError` — never another exception — within `CALL_SECONDS`. That is a robustness
property, not a speed test: the inputs are small and normal calls take milliseconds.

Hypothesis runs derandomized (the same examples on every run, so CI is repeatable) with a
modest number of examples. ``make fuzz`` (``KAMERSTUK_FUZZ_EXAMPLES=…``) runs many more,
from a fresh random seed each time, with larger inputs; a failure prints how to reproduce it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, note, settings
from hypothesis import strategies as st

import kamerstuk
from kamerstuk.blocks import RawDocument
from kamerstuk.errors import KamerstukError
from kamerstuk.readers.html import read_html
from kamerstuk.readers.pdf import read_pdf
from kamerstuk.readers.text import decode_text, read_text
from kamerstuk.readers.xml import read_xml
from tests.conftest import FIXTURES, Overtime, within

#: Examples per property: small in CI, many more under `make fuzz`.
LONG_RUN = int(os.environ.get("KAMERSTUK_FUZZ_EXAMPLES", "0") or 0)
#: One call may take this long before the property fails (a hang or a blow-up, not slowness).
CALL_SECONDS = 10.0
#: Largest run or repetition inserted by a mutation (bytes). Kept small in CI: spaCy's tokenizer
#: is quadratic in the length of a word without spaces ("<" * 20,000 takes about a minute), which
#: the long run is there to show until the pipeline splits such words.
RUN_BYTES = 64_000 if LONG_RUN else 4_000


def fuzz_settings(examples: int) -> settings:
    """Derandomized and without shrinking in CI (repeatable, bounded time); random under `make fuzz`."""
    return settings(
        max_examples=LONG_RUN or examples,
        derandomize=not LONG_RUN,
        deadline=None,
        database=None,
        print_blob=True,
        phases=[Phase.explicit, Phase.generate, *([Phase.shrink] if LONG_RUN else [])],
        suppress_health_check=list(HealthCheck),
    )


# --- the seeded corpus ------------------------------------------------------------------------


def _fixture_files() -> list[Path]:
    files = [
        *sorted((FIXTURES / "letters").glob("*.md")),
        *sorted((FIXTURES / "letters").glob("*.txt")),
        *sorted((FIXTURES / "pdf").glob("*.txt")),
        *sorted((FIXTURES / "xml").glob("*.xml")),
        *sorted((FIXTURES / "xml").glob("*.html")),
        *sorted((FIXTURES / "bad").iterdir()),
    ]
    return [f for f in files if f.name != "README.md"]


CRAFTED: list[bytes] = [
    b"",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"%PDF-",
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF",
    b"<html><head><!-- %PDF-1.4 --></head><body><p>Geachte voorzitter,</p></body></html>",
    b"<kamerstuk>" + b"<divisie>" * 120 + b"<al>x</al>" + b"</divisie>" * 120 + b"</kamerstuk>",
    b"<kamerstuk><al>" + b"<nadruk>" * 120 + b"x" + b"</nadruk>" * 120 + b"</al></kamerstuk>",
    b"<html><body>" + b"<div>" * 150 + b"x",
    b"<html><body><ul>" + b"<li>punt" * 300 + b"</ul>",
    b"<html><body>" + b"<!--" * 500,
    b"<html><body>" + b"<![" * 100,
    b'<?xml version="1.0" encoding="x-onbekend"?><a/>',
    b"<?xml version='1.0'?><!DOCTYPE a [<!ENTITY e 'x'>]><a>&e;</a>",
    "Den Haag, 1 april 2022\n\nGeachte voorzitter,\n\nTekst.\n".encode("utf-16"),
    "Geachte voorzitter,\n\ncaf\xe9\n".encode("cp1252"),
    b"\x00" * 64,
    b"# " * 500,
    b"<sup>1</sup>\n" * 100,
]


def _corpus() -> list[bytes]:
    return [f.read_bytes() for f in _fixture_files()] + CRAFTED


CORPUS = _corpus()
PDFS = [f.read_bytes() for f in sorted((FIXTURES / "pdf").glob("*.pdf"))][:4]
XMLS = [d for d in CORPUS if d.lstrip().startswith(b"<") and b"<html" not in d[:300].lower()]
HTMLS = [d for d in CORPUS if b"<html" in d[:300].lower()]
TEXTS = [d for d in CORPUS if not d.lstrip().startswith(b"<")]


# --- mutations --------------------------------------------------------------------------------

_RUN_UNITS = [
    b"\n",
    b" ",
    b"a",
    b"<",
    b">",
    b"&",
    b"#",
    b"*",
    b"-",
    b"|",
    b"[^1]",
    b"\f",
    b"\x00",
    b"\xe9",
    b"1. ",
]
_MARKUP = [
    b"<al>",
    b"</al>",
    b"<p>",
    b"<div>",
    b"<span>",
    b"<noot>",
    b"<!--",
    b"-->",
    b"<![",
    b"<li>",
    b"&amp;",
    b"**",
]


@st.composite
def mutated(draw: st.DrawFn, corpus: list[bytes]) -> bytes:
    """A corpus item after one to four mutations."""
    data = draw(st.sampled_from(corpus))
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(_OPS))
        data = op(draw, data)
        note(f"{op.__name__}: {len(data)} bytes")
    return data


def _pos(draw: st.DrawFn, data: bytes) -> int:
    return draw(st.integers(0, len(data)))


def truncate(draw: st.DrawFn, data: bytes) -> bytes:
    return data[: _pos(draw, data)]


def flip(draw: st.DrawFn, data: bytes) -> bytes:
    if not data:
        return data
    out = bytearray(data)
    for _ in range(draw(st.integers(1, 16))):
        i = draw(st.integers(0, len(out) - 1))
        out[i] ^= draw(st.integers(1, 255))
    return bytes(out)


def delete(draw: st.DrawFn, data: bytes) -> bytes:
    i = _pos(draw, data)
    return data[:i] + data[i + draw(st.integers(1, 2000)) :]


def splice(draw: st.DrawFn, data: bytes) -> bytes:
    other = draw(st.sampled_from(CORPUS))
    i, j = _pos(draw, other), _pos(draw, other)
    k = _pos(draw, data)
    return data[:k] + other[min(i, j) : max(i, j)] + data[k:]


def repeat_slice(draw: st.DrawFn, data: bytes) -> bytes:
    """A piece of the input itself, repeated (repeated paragraphs, tags, table rows)."""
    if not data:
        return data
    i = draw(st.integers(0, len(data) - 1))
    piece = data[i : i + draw(st.integers(1, 80))]
    times = draw(st.integers(2, max(2, RUN_BYTES // len(piece))))
    k = _pos(draw, data)
    return data[:k] + piece * times + data[k:]


def repeat_markup(draw: st.DrawFn, data: bytes) -> bytes:
    """Markup repeated: deep nesting, unclosed elements, comment runs."""
    tag = draw(st.sampled_from(_MARKUP))
    k = _pos(draw, data)
    return data[:k] + tag * draw(st.integers(2, 400)) + data[k:]


def long_run(draw: st.DrawFn, data: bytes) -> bytes:
    unit = draw(st.sampled_from(_RUN_UNITS))
    k = _pos(draw, data)
    return data[:k] + unit * draw(st.integers(100, RUN_BYTES // len(unit))) + data[k:]


def reencode(draw: st.DrawFn, data: bytes) -> bytes:
    encoding = draw(st.sampled_from(["utf-16", "utf-16-le", "utf-16-be", "cp1252", "utf-8-sig"]))
    return decode_text(data).encode(encoding, errors="replace")


_OPS: list[Callable[[st.DrawFn, bytes], bytes]] = [
    truncate,
    flip,
    delete,
    splice,
    repeat_slice,
    repeat_markup,
    long_run,
    reencode,
]


# --- the property -----------------------------------------------------------------------------


def returns_or_typed_error(call: Callable[[], Any]) -> None:
    """`call()` gives a Letter (JSON-serializable) or a RawDocument, or raises a KamerstukError, in time."""
    try:
        with within(CALL_SECONDS):
            result = call()
    except KamerstukError as exc:
        assert exc.message and str(exc)
        return
    except Overtime as exc:  # an AssertionError, so Hypothesis reports (and can shrink) the example
        raise AssertionError(str(exc)) from None
    if isinstance(result, kamerstuk.Letter):
        result.model_dump_json()  # the output can be written (no lone surrogates, no NaN)
    else:
        assert isinstance(result, RawDocument), type(result)


# --- the properties -----------------------------------------------------------------------------


# The Markdown letters are parsed one by one with the full pipeline in tests/test_summary.py (any exception fails
# there); here the other fixtures and the crafted inputs, so that this test does not grow with each gold split.
UNPARSED_ELSEWHERE = [
    f.read_bytes() for f in _fixture_files() if not (f.parent.name == "letters" and f.suffix == ".md")
] + CRAFTED


@pytest.mark.parametrize(
    "data", UNPARSED_ELSEWHERE, ids=[f"corpus-{i}" for i in range(len(UNPARSED_ELSEWHERE))]
)
def test_corpus(data: bytes) -> None:
    returns_or_typed_error(lambda: kamerstuk.parse_bytes(data, name="corpus", strict=False))


@fuzz_settings(examples=400)
@given(data=mutated(CORPUS), strict=st.booleans())
def test_parse_bytes_mutated(data: bytes, strict: bool) -> None:
    returns_or_typed_error(lambda: kamerstuk.parse_bytes(data, name="fuzz", strict=strict))


@fuzz_settings(examples=60)
@given(data=mutated(PDFS))
def test_parse_bytes_mutated_pdf(data: bytes) -> None:
    returns_or_typed_error(lambda: kamerstuk.parse_bytes(data, name="fuzz.pdf", pipeline="none"))


@fuzz_settings(examples=200)
@given(data=st.binary(max_size=4096))
def test_parse_bytes_random(data: bytes) -> None:
    returns_or_typed_error(lambda: kamerstuk.parse_bytes(data, name="random"))


_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(),
        st.sampled_from("\n\n\n \t\f\r#*-|<>[]^1234567890.,:;"),
        st.characters(categories=["Cs"]),  # lone surrogates, as surrogateescape leaves them
    ),
    max_size=3000,
)


@fuzz_settings(examples=300)
@given(text=st.one_of(_TEXT, mutated(TEXTS).map(decode_text)), strict=st.booleans())
def test_parse_text(text: str, strict: bool) -> None:
    returns_or_typed_error(lambda: kamerstuk.parse_text(text, name="fuzz", strict=strict))


@fuzz_settings(examples=300)
@given(data=mutated(XMLS))
def test_read_xml(data: bytes) -> None:
    returns_or_typed_error(lambda: read_xml(data))


@fuzz_settings(examples=300)
@given(data=mutated(HTMLS))
def test_read_html(data: bytes) -> None:
    returns_or_typed_error(lambda: read_html(data))


@fuzz_settings(examples=300)
@given(
    text=st.one_of(
        _TEXT.map(lambda t: t.encode("utf-8", "surrogatepass").decode("utf-8", "replace")),
        mutated(TEXTS).map(decode_text),
    )
)
def test_read_text(text: str) -> None:
    returns_or_typed_error(lambda: read_text(text))


@fuzz_settings(examples=40)
@given(data=mutated(PDFS))
def test_read_pdf(data: bytes) -> None:
    returns_or_typed_error(lambda: read_pdf(data, name="fuzz.pdf"))


@fuzz_settings(examples=300)
@given(data=st.one_of(st.binary(max_size=2048), mutated(CORPUS)))
def test_detect_format(data: bytes) -> None:
    try:
        with within(CALL_SECONDS):
            fmt = kamerstuk.detect_format(data)
    except KamerstukError:
        return
    except Overtime as exc:
        raise AssertionError(str(exc)) from None
    assert fmt in ("pdf", "xml", "html", "text")
