"""What every reader hands to the structure stage: blocks of clean text in reading order.

A reader's job ends when markup and page furniture are gone and each block says what it is
(body text, heading, footnote, signature line) and where it came from. Furniture that
carries metadata (letterhead labels, running footers) is handed over in `RawDocument.fields`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from kamerstuk.models import Metadata

BlockKind = Literal["text", "heading", "footnote"]


@dataclass(frozen=True)
class Marker:
    """A footnote marker at `offset` in its block's text."""

    offset: int
    number: int


@dataclass(frozen=True)
class Block:
    """One block of text: a paragraph (or part of one cut by a page break), heading or footnote."""

    kind: BlockKind
    text: str
    page: int
    line: int
    markers: tuple[Marker, ...] = ()
    bold: bool = False
    italic: bool = False
    level: int | None = None
    number: int | None = None  # footnote number, for kind == "footnote"
    lines: tuple[str, ...] = ()  # the block's lines, where line structure matters (header, signature)
    # What a structured reader (XML) knows the block is: "vraag:3", "antwoord:3", "request",
    # "consideration", "observation", "signature"; None when the structure stage must find out.
    tag: str | None = None


@dataclass(frozen=True)
class Note:
    """A reader's diagnostic, turned into a `Diagnostic` by the structure stage."""

    message: str
    location: str | None = None
    severity: Literal["info", "warning"] = "warning"


@dataclass
class RawDocument:
    """A reader's output: blocks in reading order, plus what the furniture said."""

    blocks: list[Block]
    pages: int | None
    fields: dict[str, str] = field(default_factory=dict)
    notes: list[Note] = field(default_factory=list)
    # Metadata a structured reader knows exactly (XML, metadata.xml); the fields it sets
    # (model_fields_set) win over what the structure stage reads from the header lines.
    metadata: Metadata | None = None
