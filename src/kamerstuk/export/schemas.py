"""The declared tables of the exports: every table's columns and their kinds (`SCHEMAS`).

Each table is built from its schema (column -> kind), so its columns and dtypes are the
same for every input, empty or not; `TABLES` gives their order, `ERROR_STATUSES` the values
of the errors table's ``status`` column.
"""

from __future__ import annotations

import typing
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from kamerstuk.models import (
    Citation,
    Commitment,
    Diagnostic,
    Link,
    Metadata,
    Paragraph,
    Recommendation,
    Source,
)


@dataclass(frozen=True)
class Column:
    """One column of a table: its name, its kind and, for a category, every value it can take.

    Kinds and their pandas dtypes: ``string`` → ``string``, ``category`` → ``category`` (with
    `categories`, from the model's Literal type), ``date`` → ``datetime64[ns]``, ``int`` →
    ``int64``, ``Int`` → ``Int64`` (nullable), ``float`` → ``float64`` (NaN when missing),
    ``bool`` → ``bool``, ``list[str]`` / ``list[int]`` → ``object`` holding Python lists.
    """

    name: str
    kind: str
    categories: tuple[str, ...] = ()


def _choices(model: type[BaseModel], field: str) -> tuple[str, ...]:
    """The values of a model field's Literal type (through ``| None``), in declared order."""

    def walk(annotation: Any) -> list[str]:
        if typing.get_origin(annotation) is typing.Literal:
            return [str(v) for v in typing.get_args(annotation)]
        return [v for arg in typing.get_args(annotation) for v in walk(arg)]

    values = walk(model.model_fields[field].annotation)
    if not values:
        raise TypeError(f"{model.__name__}.{field} is not a Literal type")
    return tuple(values)


def _cat(name: str, model: type[BaseModel], field: str | None = None) -> Column:
    return Column(name, "category", _choices(model, field or name))


def _s(*names: str) -> tuple[Column, ...]:
    return tuple(Column(n, "string") for n in names)


#: What became of an input that gave no letter (the ``status`` column of ``errors``):
#: ``skipped`` — not a parliamentary document (a metadata file, a README, a report: see
#: `ErrorRecord.skipped`), left out on purpose; ``not_a_document`` — the same, from a run that
#: does not skip such inputs; ``unreadable`` — a scan, an encrypted, damaged or empty file,
#: unsafe or broken XML; ``timeout``; ``crashed`` — the worker process died; ``error`` — an
#: unexpected exception (a bug: please report it).
ERROR_STATUSES: tuple[str, ...] = ("skipped", "not_a_document", "unreadable", "timeout", "crashed", "error")

#: Every table, in the order `to_dataframes` returns them.
TABLES: tuple[str, ...] = (
    "letters",
    "sections",
    "paragraphs",
    "footnotes",
    "citations",
    "commitments",
    "recommendations",
    "links",
    "diagnostics",
    "errors",
)

_ID = Column("document_id", "string")

#: The declared columns of every table. Besides ``document_id`` no column name occurs both in
#: ``letters`` and in another table joined to it, so a merge on ``document_id`` adds no
#: ``_x``/``_y`` suffixes.
SCHEMAS: dict[str, tuple[Column, ...]] = {
    "letters": (
        _ID,
        Column("identifier", "string"),
        _cat("kind", Metadata),
        Column("date", "date"),
        *_s("name", "path"),
        _cat("format", Source),
        Column("pages", "Int"),
        Column("sha256", "string"),
        *_s("vergaderjaar"),
        Column("dossiers", "list[str]"),
        Column("dossier_titles", "list[str]"),
        *_s("ondernummer", "place", "sender", "addressee"),
        Column("signatories", "list[str]"),
        Column("signatory_roles", "list[str]"),
        *_s("subject", "reference", "attachments", "ministry"),
        Column("questioners", "list[str]"),
        Column("submitted", "date"),
        Column("received", "date"),
        Column("movers", "list[str]"),
        Column("report_title", "string"),
        Column("report_organisations", "list[str]"),
        Column("report_date", "date"),
        *(
            Column(f"n_{part}", "int")
            for part in (
                "sections",
                "paragraphs",
                "footnotes",
                "citations",
                "commitments",
                "recommendations",
                "links",
                "diagnostics",
                "warnings",
            )
        ),
        Column("schema_version", "string"),
    ),
    "sections": (
        _ID,
        Column("section", "string"),
        Column("title", "string"),
        Column("level", "int"),
        Column("attachment", "bool"),
        Column("page", "Int"),
        Column("start", "int"),
        Column("end", "int"),
    ),
    "paragraphs": (
        _ID,
        Column("paragraph", "string"),
        Column("section", "string"),
        Column("section_title", "string"),
        Column("page", "Int"),
        Column("page_end", "Int"),
        Column("attachment", "bool"),
        _cat("label", Paragraph),
        Column("label_score", "float"),
        Column("recommendations", "list[str]"),
        Column("footnotes", "list[int]"),
        Column("start", "int"),
        Column("end", "int"),
        Column("text", "string"),
    ),
    "footnotes": (
        _ID,
        Column("footnote", "int"),
        Column("paragraph", "string"),
        Column("page", "Int"),
        Column("marker", "Int"),
        Column("text", "string"),
    ),
    "citations": (
        _ID,
        _cat("citation_kind", Citation, "kind"),
        Column("text", "string"),
        Column("start", "int"),
        Column("end", "int"),
        Column("in_footnote", "Int"),
        Column("footnote", "Int"),
        _cat("chamber", Citation),
        Column("cited_vergaderjaar", "string"),
        Column("cited_dossiers", "list[str]"),
        Column("cited_numbers", "list[str]"),
        Column("cited_identifiers", "list[str]"),
        Column("urls", "list[str]"),
        Column("item", "string"),
        Column("cited_movers", "list[str]"),
    ),
    "commitments": (
        _ID,
        Column("commitment", "string"),
        Column("paragraph", "string"),
        _cat("paragraph_label", Paragraph, "label"),
        Column("recommendations", "list[str]"),
        *_s("actor", "action", "object", "deadline_text"),
        Column("earliest", "date"),
        Column("latest", "date"),
        Column("deadline_rule", "string"),
        _cat("firmness", Commitment),
        _cat("commitment_kind", Commitment, "kind"),
        Column("start", "int"),
        Column("end", "int"),
        Column("text", "string"),
    ),
    "recommendations": (
        _ID,
        Column("recommendation", "string"),
        Column("ordinal", "Int"),
        Column("code", "string"),
        _cat("stance", Recommendation),
        Column("stance_evidence", "string"),
        _cat("stance_basis", Recommendation),
        Column("stance_score", "float"),
        Column("text", "string"),
        Column("by", "list[str]"),
        Column("to", "string"),
        Column("report", "string"),
        Column("explanation", "string"),
        Column("paragraph", "string"),
        _cat("source", Recommendation),
        Column("start", "Int"),
        Column("end", "Int"),
        Column("linked_paragraphs", "list[str]"),
        Column("commitments", "list[str]"),
        Column("first_deadline", "date"),
    ),
    "links": (
        _ID,
        Column("paragraph", "string"),
        Column("recommendation", "string"),
        _cat("method", Link),
        Column("score", "float"),
        Column("evidence", "string"),
    ),
    "diagnostics": (
        _ID,
        Column("stage", "string"),
        _cat("severity", Diagnostic),
        Column("location", "string"),
        Column("message", "string"),
    ),
    "errors": (
        _ID,
        *_s("path", "name", "sha256", "error"),
        Column("status", "category", ERROR_STATUSES),
        Column("message", "string"),
    ),
}
