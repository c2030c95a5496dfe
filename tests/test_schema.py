"""The published JSON Schema is current, and it describes what parse() returns."""

from __future__ import annotations

import json

import pytest

import kamerstuk
from tests.conftest import REPO

SCHEMA_FILE = REPO / "docs" / "letter.schema.json"


def test_published_schema_is_current() -> None:
    published = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert published == kamerstuk.json_schema(), "run: kamerstuk schema -o docs/letter.schema.json"


def test_schema_names_the_public_fields() -> None:
    schema = kamerstuk.json_schema()
    props = schema["properties"]
    assert isinstance(props, dict)
    for name in (
        "schema_version",
        "source",
        "metadata",
        "sections",
        "paragraphs",
        "footnotes",
        "diagnostics",
        "citations",
        "recommendations",
        "commitments",
        "links",
    ):
        assert name in props


def test_letter_is_frozen() -> None:
    letter = kamerstuk.parse_text(
        "Den Haag, 1 mei 2023\n\nGeachte voorzitter,\n\nEen alinea.\n\nDe Minister van Financiën,\nA. de Vries\n"
    )
    with pytest.raises(Exception, match="frozen"):
        letter.text = "x"  # type: ignore[misc]
    assert letter.metadata.signatories[0].name == "A. de Vries"
    assert kamerstuk.Letter.model_validate(letter.model_dump(mode="json")) == letter
