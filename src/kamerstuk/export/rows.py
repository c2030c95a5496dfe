"""Table rows as plain dicts: one row per letter, section, paragraph, footnote, citation,
commitment, recommendation, link, diagnostic and error (`table_rows`; no pandas needed).

Rows are derived from letters, `Outcome`s, error records or journal lines. Every row has
``document_id``, unique per input (see `document_id`).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from kamerstuk import errors as _errors
from kamerstuk.export.schemas import TABLES
from kamerstuk.models import Letter, Recommendation

if TYPE_CHECKING:
    from kamerstuk.batch import ErrorRecord


Row = dict[str, Any]


def document_id(letter: Letter) -> str:
    """The ``document_id`` of a letter: ``<first 16 hex of the input's SHA-256>.<format>``.

    It depends only on the input's bytes and detected format, so the PDF, XML and HTML of one
    Kamerstuk get three ids (their ``identifier`` is the same), and the same file gives the
    same id in every run. Two inputs with identical bytes in one call of `table_rows` /
    `to_dataframes` get ``#2``, ``#3``, … appended in input order, so ids are unique per input.
    """
    return f"{letter.source.sha256[:16]}.{letter.source.format}"


def _error_id(record: ErrorRecord) -> str:
    """``<first 16 hex of the SHA-256>.error``; a file that could not be read is hashed by its path."""
    digest = record.sha256 or hashlib.sha256(record.path.encode("utf-8", "surrogateescape")).hexdigest()
    return f"{digest[:16]}.error"


def _status(record: ErrorRecord) -> str:
    error = record.error
    if record.skipped:
        return "skipped"
    if error == "TimeoutError":
        return "timeout"
    if error == "WorkerCrash":
        return "crashed"
    cls = getattr(_errors, error, None)
    if isinstance(cls, type) and issubclass(cls, _errors.StructureError):
        return "not_a_document"
    if isinstance(cls, type) and issubclass(cls, _errors.KamerstukError):
        return "unreadable"
    return "error"


def linked_paragraphs(letter: Letter, recommendation: Recommendation) -> list[str]:
    """Ids of the paragraphs that address `recommendation` (links and paragraph labels), in reading order."""
    ids = {link.paragraph for link in letter.links if link.recommendation == recommendation.id}
    ids.update(p.id for p in letter.paragraphs if recommendation.id in p.recommendations)
    return [p.id for p in letter.paragraphs if p.id in ids]


def _letter_rows(letter: Letter, key: str, out: dict[str, list[Row]]) -> None:
    m = letter.metadata
    report = letter.report
    titles = {s.id: s.title for s in letter.sections}
    paragraphs = {p.id: p for p in letter.paragraphs}
    out["letters"].append({
        "document_id": key, "identifier": m.identifier, "kind": m.kind, "date": m.date,
        "name": letter.source.name, "path": letter.source.path, "format": letter.source.format,
        "pages": letter.source.pages, "sha256": letter.source.sha256, "vergaderjaar": m.vergaderjaar,
        "dossiers": [d.number for d in m.dossiers], "dossier_titles": [d.title for d in m.dossiers],
        "ondernummer": m.ondernummer, "place": m.place, "sender": m.sender, "addressee": m.addressee,
        "signatories": [s.name for s in m.signatories], "signatory_roles": [s.role for s in m.signatories],
        "subject": m.subject, "reference": m.reference, "attachments": m.attachments, "ministry": m.ministry,
        "questioners": list(m.questioners), "submitted": m.submitted, "received": m.received,
        "movers": list(m.movers), "report_title": report.title if report else None,
        "report_organisations": list(report.organisations) if report else [],
        "report_date": report.date if report else None,
        "n_sections": len(letter.sections), "n_paragraphs": len(letter.paragraphs),
        "n_footnotes": len(letter.footnotes), "n_citations": len(letter.citations),
        "n_commitments": len(letter.commitments), "n_recommendations": len(letter.recommendations),
        "n_links": len(letter.links), "n_diagnostics": len(letter.diagnostics),
        "n_warnings": sum(d.severity == "warning" for d in letter.diagnostics),
        "schema_version": letter.schema_version,
    })  # fmt: skip
    for s in letter.sections:
        out["sections"].append({
            "document_id": key, "section": s.id, "title": s.title, "level": s.level,
            "attachment": s.attachment, "page": s.page, "start": s.start, "end": s.end,
        })  # fmt: skip
    for p in letter.paragraphs:
        out["paragraphs"].append({
            "document_id": key, "paragraph": p.id, "section": p.section,
            "section_title": titles.get(p.section or ""), "page": p.page, "page_end": p.page_end,
            "attachment": p.attachment, "label": p.label, "label_score": p.label_score,
            "recommendations": list(p.recommendations), "footnotes": list(p.footnotes),
            "start": p.start, "end": p.end, "text": p.text,
        })  # fmt: skip
    for f in letter.footnotes:
        out["footnotes"].append({"document_id": key, "footnote": f.number, "paragraph": f.paragraph,
                                 "page": f.page, "marker": f.marker, "text": f.text})  # fmt: skip
    for c in letter.citations:
        out["citations"].append({
            "document_id": key, "citation_kind": c.kind, "text": c.text, "start": c.start, "end": c.end,
            "in_footnote": c.in_footnote, "footnote": c.footnote, "chamber": c.chamber,
            "cited_vergaderjaar": c.vergaderjaar, "cited_dossiers": list(c.dossiers),
            "cited_numbers": list(c.numbers), "cited_identifiers": list(c.identifiers), "urls": list(c.urls),
            "item": c.item, "cited_movers": list(c.movers),
        })  # fmt: skip
    for k in letter.commitments:
        d = k.deadline
        home = paragraphs.get(k.paragraph) if k.paragraph is not None else None
        out["commitments"].append({
            "document_id": key, "commitment": k.id, "paragraph": k.paragraph,
            "paragraph_label": home.label if home else None,
            "recommendations": list(home.recommendations) if home else [],
            "actor": k.actor, "action": k.action, "object": k.object,
            "deadline_text": d.text if d else None, "earliest": d.earliest if d else None,
            "latest": d.latest if d else None, "deadline_rule": (d.rule or None) if d else None,
            "firmness": k.firmness, "commitment_kind": k.kind, "start": k.start, "end": k.end, "text": k.text,
        })  # fmt: skip
    for r in letter.recommendations:
        linked = linked_paragraphs(letter, r)
        made = [c for c in letter.commitments if c.paragraph in linked]
        latest = [c.deadline.latest for c in made if c.deadline is not None and c.deadline.latest is not None]
        out["recommendations"].append({
            "document_id": key, "recommendation": r.id, "ordinal": r.ordinal, "code": r.code, "stance": r.stance,
            "stance_evidence": r.stance_evidence, "stance_basis": r.stance_basis, "stance_score": r.stance_score,
            "text": r.text, "by": list(r.by), "to": r.to,
            "report": r.report, "explanation": r.explanation, "paragraph": r.paragraph, "source": r.source, "start": r.start, "end": r.end,
            "linked_paragraphs": linked, "commitments": [c.id for c in made],
            "first_deadline": min(latest) if latest else None,
        })  # fmt: skip
    for lk in letter.links:
        out["links"].append({"document_id": key, "paragraph": lk.paragraph, "recommendation": lk.recommendation,
                             "method": lk.method, "score": lk.score, "evidence": lk.evidence})  # fmt: skip
    for dg in letter.diagnostics:
        out["diagnostics"].append({"document_id": key, "stage": dg.stage, "severity": dg.severity,
                                   "location": dg.location, "message": dg.message})  # fmt: skip


def _error_row(record: ErrorRecord, key: str) -> Row:
    return {
        "document_id": key,
        "path": record.path,
        "name": os.path.basename(record.path) or record.path,
        "sha256": record.sha256,
        "error": record.error,
        "status": _status(record),
        "message": record.message,
    }


Item = Any  # Letter | Outcome | ErrorRecord | a journal line (dict)


def _results(items: Item | Iterable[Item]) -> Iterator[Letter | ErrorRecord]:
    """Letters and error records from letters, Outcomes, error records and journal lines."""
    from kamerstuk.batch import ErrorRecord, Outcome

    if isinstance(items, Letter | Outcome | ErrorRecord) or (
        isinstance(items, Mapping) and _is_record(items)
    ):
        items = [items]  # one item: a Letter would otherwise iterate over its fields
    elif isinstance(items, str | bytes | os.PathLike):
        raise TypeError(
            "expected parsed letters or outcomes, not "
            f"{type(items).__name__}: parse the files first, e.g. to_dataframes(kamerstuk.parse_many(paths))"
        )
    for item in items:
        if isinstance(item, Outcome):
            yield item.result
        elif isinstance(item, Letter | ErrorRecord):
            yield item
        elif isinstance(item, Mapping):
            if isinstance(item.get("error"), Mapping):
                yield ErrorRecord.model_validate(dict(item["error"]))  # a journal's error line
            elif "error" in item and "path" in item:
                yield ErrorRecord.model_validate(dict(item))
            else:
                yield Letter.model_validate(dict(item))  # a journal's letter line
        else:
            raise TypeError(
                f"cannot make table rows from {type(item).__name__}: expected Letter, Outcome, "
                "ErrorRecord or a journal line (dict)"
            )


def _is_record(mapping: Mapping[Any, Any]) -> bool:
    return "error" in mapping or "source" in mapping


def table_rows(items: Item | Iterable[Item]) -> dict[str, list[Row]]:
    """The rows of every table (`TABLES`) as plain dicts, without pandas.

    `items`: `Letter`s, `Outcome`s (from `parse_many` or `run_batch`'s Dask path),
    `ErrorRecord`s, the JSON lines of a batch journal, or a mix (one Letter or Outcome alone
    is fine too). Each row has the columns of `SCHEMAS` in order; dates are `datetime.date`,
    list columns are lists, missing values None.
    """
    out: dict[str, list[Row]] = {name: [] for name in TABLES}
    seen: dict[str, int] = {}
    for result in _results(items):
        base = document_id(result) if isinstance(result, Letter) else _error_id(result)
        seen[base] = seen.get(base, 0) + 1
        key = base if seen[base] == 1 else f"{base}#{seen[base]}"
        if isinstance(result, Letter):
            _letter_rows(result, key, out)
        else:
            out["errors"].append(_error_row(result, key))
    return out
