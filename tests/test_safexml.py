"""Safe XML parsing: hostile XML is refused quickly with a typed error, good XML parses."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from kamerstuk.errors import SourceError
from kamerstuk.safexml import MalformedXMLError, UnsafeXMLError, local_name, parse_xml_bytes

XML_FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "xml"

HOSTILE = [
    pytest.param("xxe_file.xml", id="xxe-file-etc-passwd"),
    pytest.param("xxe_http.xml", id="xxe-http-url"),
    pytest.param("billion_laughs.xml", id="billion-laughs"),
    pytest.param("parameter_entity.xml", id="dtd-parameter-entity"),
    pytest.param("external_dtd.xml", id="external-dtd"),
]


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_xml_is_refused_quickly(name: str) -> None:
    data = (XML_FIXTURES / name).read_bytes()
    started = time.perf_counter()
    with pytest.raises(UnsafeXMLError) as info:
        parse_xml_bytes(data)
    assert time.perf_counter() - started < 1.0
    assert isinstance(info.value, SourceError)
    assert "passwd" not in str(info.value) or "DTD" in str(info.value)


INLINE_HOSTILE = [
    pytest.param(b'<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>', id="internal-entity"),
    pytest.param(b'<?xml version="1.0"?><!DOCTYPE a><a/>', id="bare-doctype"),
]


@pytest.mark.parametrize("data", INLINE_HOSTILE)
def test_any_dtd_is_refused(data: bytes) -> None:
    with pytest.raises(UnsafeXMLError):
        parse_xml_bytes(data)


MALFORMED = [
    pytest.param((XML_FIXTURES / "malformed.xml").read_bytes(), id="unclosed-element"),
    pytest.param(b"", id="empty"),
    pytest.param(b"<a><b></a>", id="crossed-tags"),
    pytest.param(b"geen xml", id="plain-text"),
]


@pytest.mark.parametrize("data", MALFORMED)
def test_malformed_xml_raises_malformed_error(data: bytes) -> None:
    with pytest.raises(MalformedXMLError) as info:
        parse_xml_bytes(data)
    assert isinstance(info.value, SourceError)
    assert not isinstance(info.value, UnsafeXMLError)


def test_size_limit_is_enforced_before_parsing() -> None:
    data = b"<a>" + b"x" * 200 + b"</a>"
    with pytest.raises(UnsafeXMLError, match="limit"):
        parse_xml_bytes(data, max_bytes=100)
    assert parse_xml_bytes(data, max_bytes=1000).text == "x" * 200


def test_good_fixture_parses() -> None:
    root = parse_xml_bytes((XML_FIXTURES / "letter.xml").read_bytes())
    assert local_name(root.tag) == "officiele-publicatie"
    assert root.find("./kamerstuk/stuk/titel") is not None


def test_declared_single_byte_encoding_is_honoured() -> None:
    data = '<?xml version="1.0" encoding="windows-1252"?><a>Financiën – “goed”</a>'.encode("cp1252")
    assert parse_xml_bytes(data).text == "Financiën – “goed”"


LOCAL_NAMES = [
    pytest.param("{http://purl.org/dc/terms/}identifier", "identifier", id="namespaced"),
    pytest.param("dcterms:identifier", "identifier", id="prefixed"),
    pytest.param("al", "al", id="plain"),
]


@pytest.mark.parametrize(("tag", "expected"), LOCAL_NAMES)
def test_local_name(tag: str, expected: str) -> None:
    assert local_name(tag) == expected
