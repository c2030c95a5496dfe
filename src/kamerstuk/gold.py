"""Gold annotations: reading the annotation file and parsing the documents it annotates.

The annotation format (JSON Lines, one object per line; see fixtures/gold/README.md):

- a paragraph line: ``{"document": "letters/x.md", "paragraph": "p3", "starts": "…", "label": "response",
  "links": [2], "split": "train"}`` — links are recommendation ordinals;
- a document line: ``{"document": …, "recommendations": [{"ordinal": 1, "text": "…"}], "stances": {"1":
  "adopted"}, "split": "train", "text_kind": "restated" | "summary"}`` — with ``summary`` the letter does
  not restate its recommendations and the evaluation passes them to the linker as a caller's list.

Optional fields (see fixtures/gold/README.md): on a paragraph line ``commitments`` and
``commitments_optional`` (the first 25 characters of each commitment sentence; or ``commitments_sha1``
/ ``commitments_optional_sha1``, SHA-1 of those characters, for documents whose text may not be
copied) and ``sha1`` (of the paragraph text, instead of ``starts``); on a document line ``report``
(a report file read with `parse_report` and passed to the pipeline) and, per recommendation,
``from`` (names of the report it comes from). An include line ``{"document": "shared:…",
"include": "tests/real_letters/gold_x.json", "split": "test"}`` reads the annotations of a real
letter from a JSON file (``gold_paragraphs``: a list of paragraph lines without ``document``, and
``gold_document``: the document line without ``document``).

Document paths are relative to the repository root (the folder holding the gold file's
``fixtures/``), or ``shared:<path>`` for documents under ``../shared``.
"""

from __future__ import annotations

import hashlib
import json
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from kamerstuk.entities.report import parse_report
from kamerstuk.errors import KamerstukError
from kamerstuk.models import Letter, Recommendation, StanceLabel
from kamerstuk.parse import parse
from kamerstuk.pipeline import apply_pipeline
from kamerstuk.pipeline.classifier import LABELS


class GoldError(KamerstukError):
    """The annotation file is malformed or does not match the documents."""


@dataclass
class GoldDocument:
    """One annotated document."""

    document: str
    path: Path
    split: str
    labels: dict[str, str] = field(default_factory=dict)
    links: dict[str, set[int]] = field(default_factory=dict)
    starts: dict[str, str] = field(default_factory=dict)
    recommendations: list[dict[str, Any]] = field(default_factory=list)
    stances: dict[int, str] = field(default_factory=dict)
    caller_recommendations: bool = False
    sha1: dict[str, str] = field(default_factory=dict)
    #: paragraph id -> commitment sentence keys (25-character prefixes, or "sha1:<hex>")
    commitments: dict[str, list[str]] = field(default_factory=dict)
    commitments_optional: dict[str, list[str]] = field(default_factory=dict)
    #: whether any paragraph line of the document carries a commitment annotation
    commitments_annotated: bool = False
    #: a separate report file whose recommendations `parse_report` reads for the pipeline
    report: Path | None = None


def _resolve(document: str, root: Path, shared: Path) -> Path:
    if document.startswith("shared:"):
        return shared / document.removeprefix("shared:")
    path = Path(document)
    return path if path.is_absolute() else root / path


def load_gold(
    path: str | Path, *, root: Path | None = None, shared: Path | None = None
) -> list[GoldDocument]:
    """Read an annotation file into documents (in file order).

    Raises `GoldError` with ``<file>:<line>: <what is wrong>`` for a line that is not a gold
    line (see fixtures/gold/README.md), and `OSError` when the file cannot be read.
    """
    path = Path(path)
    root = root or _repo_root(path)
    shared = shared or root.parent / "shared"
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise GoldError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    docs: dict[str, GoldDocument] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = _gold_line(line)
            for item in _included(obj, root) if "include" in obj else [obj]:
                _add_line(docs, item, root, shared)
        except GoldError as exc:
            raise GoldError(f"{path}:{number}: {exc.message}") from None
        except (KeyError, ValueError, TypeError) as exc:  # what _gold_line does not foresee
            raise GoldError(f"{path}:{number}: {type(exc).__name__}: {exc}") from None
    return list(docs.values())


def _included(obj: dict[str, Any], root: Path) -> list[dict[str, Any]]:
    """The gold lines of an include line's JSON file (a real letter's annotations kept in tests/)."""
    source = root / obj["include"]
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise GoldError(f"cannot read included annotations {obj['include']}: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("gold_paragraphs"), list):
        raise GoldError(f'{obj["include"]}: expected an object with a "gold_paragraphs" list')
    base = {"document": obj["document"], "split": obj.get("split", "train")}
    lines = [_gold_line(json.dumps({**p, **base})) for p in data["gold_paragraphs"]]
    if isinstance(data.get("gold_document"), dict):
        lines.append(_gold_line(json.dumps({**data["gold_document"], **base})))
    return lines


def _add_line(docs: dict[str, GoldDocument], obj: dict[str, Any], root: Path, shared: Path) -> None:
    name = obj["document"]
    doc = docs.setdefault(name, GoldDocument(name, _resolve(name, root, shared), obj.get("split", "train")))
    if "paragraph" in obj:
        pid = obj["paragraph"]
        doc.labels[pid] = obj["label"]
        doc.links[pid] = {int(n) for n in obj.get("links", [])}
        doc.starts[pid] = obj.get("starts", "")
        if "sha1" in obj:
            doc.sha1[pid] = obj["sha1"]
        keys = [*obj.get("commitments", []), *(f"sha1:{h}" for h in obj.get("commitments_sha1", []))]
        optional = [
            *obj.get("commitments_optional", []),
            *(f"sha1:{h}" for h in obj.get("commitments_optional_sha1", [])),
        ]
        if any(k in obj for k in _COMMITMENT_KEYS):
            doc.commitments_annotated = True
        doc.commitments[pid] = keys
        doc.commitments_optional[pid] = optional
    else:
        doc.recommendations = list(obj.get("recommendations", []))
        doc.stances = {int(k): v for k, v in obj.get("stances", {}).items()}
        doc.caller_recommendations = obj.get("text_kind") == "summary"
        if obj.get("report"):
            doc.report = _resolve(obj["report"], root, shared)


_COMMITMENT_KEYS = ("commitments", "commitments_optional", "commitments_sha1", "commitments_optional_sha1")


_STANCES: tuple[str, ...] = typing.get_args(StanceLabel)


def json_object(line: str) -> dict[str, Any]:
    """The JSON object on one line of a JSON Lines file; `GoldError` when the line holds none."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise GoldError(f"not a JSON object: {exc.msg} (column {exc.colno})") from None
    if not isinstance(obj, dict):
        raise GoldError(f"not a JSON object but {type(obj).__name__}")
    return obj


def _gold_line(line: str) -> dict[str, Any]:
    """One gold line, checked field by field; `GoldError` says what is wrong with it."""
    obj = json_object(line)
    if not isinstance(obj.get("document"), str) or not obj["document"]:
        raise GoldError('missing "document" (the path of the annotated letter)')
    if not isinstance(obj.get("split", "train"), str):
        raise GoldError('"split" must be a string such as "train" or "test"')
    if "include" in obj:
        if not isinstance(obj["include"], str) or not obj["include"]:
            raise GoldError('"include" must be the path of a JSON annotation file')
        return obj
    for key in _COMMITMENT_KEYS:
        value = obj.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise GoldError(f'"{key}" must be a list of strings (sentence prefixes or SHA-1 digests)')
    if "paragraph" in obj:
        if not isinstance(obj["paragraph"], str):
            raise GoldError('"paragraph" must be a paragraph id such as "p3"')
        if "label" not in obj:
            raise GoldError(f'missing "label" (one of {", ".join(LABELS)})')
        if obj["label"] not in LABELS:
            raise GoldError(f"unknown label {obj['label']!r} (one of {', '.join(LABELS)})")
        links = obj.get("links", [])
        if not isinstance(links, list) or not all(
            isinstance(n, int) and not isinstance(n, bool) for n in links
        ):
            raise GoldError('"links" must be a list of recommendation numbers, such as [1, 2]')
        if not isinstance(obj.get("starts", ""), str):
            raise GoldError('"starts" must be a string (the first characters of the paragraph)')
        return obj
    recommendations = obj.get("recommendations", [])
    if not isinstance(recommendations, list) or not all(
        isinstance(r, dict) and isinstance(r.get("ordinal"), int) and isinstance(r.get("text"), str)
        for r in recommendations
    ):
        raise GoldError('"recommendations" must be a list of {"ordinal": number, "text": string}')
    for r in recommendations:
        sources = r.get("from", [])
        if not isinstance(sources, list) or not all(isinstance(v, str) and v for v in sources):
            raise GoldError('a recommendation\'s "from" must be a list of names of its report')
    if not isinstance(obj.get("report", ""), str):
        raise GoldError('"report" must be the path of the report file')
    stances = obj.get("stances", {})
    if not isinstance(stances, dict):
        raise GoldError('"stances" must be an object: recommendation number -> stance')
    for key, value in stances.items():
        if not key.isdigit():
            raise GoldError(f'"stances" key {key!r} is not a recommendation number')
        if value not in _STANCES:
            raise GoldError(f"unknown stance {value!r} (one of {', '.join(_STANCES)})")
    return obj


def _repo_root(gold: Path) -> Path:
    for parent in gold.resolve().parents:
        if (parent / "fixtures").is_dir() or (parent / "pyproject.toml").exists():
            return parent
    return Path.cwd()


def caller_list(doc: GoldDocument) -> list[Recommendation] | None:
    """The recommendations a caller would pass for `doc`: its separate report's, or the gold's own
    list when the letter does not restate them; None when the letter's own are to be found."""
    if doc.report is not None:  # a separate report: read as a user would, with `parse_report`
        return [r.model_copy(update={"source": "report"}) for r in parse_report(doc.report)]
    if not doc.caller_recommendations:
        return None
    return [
        Recommendation(id=f"r{r['ordinal']}", ordinal=int(r["ordinal"]), text=r["text"], source="caller")
        for r in doc.recommendations
    ]


def sha1_of(text: str) -> str:
    """SHA-1 (hex) of a text's UTF-8 bytes, as annotations of texts that may not be copied hold it."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def parse_gold_document(doc: GoldDocument, nlp: Language) -> Letter:
    """Parse a gold document and run `nlp` over it (with the caller's or the report's recommendations)."""
    letter = parse(doc.path, pipeline="none")
    missing = [pid for pid in doc.labels if pid not in {p.id for p in letter.paragraphs}]
    if missing or len(doc.labels) != len(letter.paragraphs):
        raise GoldError(
            f"{doc.document}: annotations cover {len(doc.labels)} paragraphs, the parse has "
            f"{len(letter.paragraphs)} (unknown ids: {missing[:5]})"
        )
    for p in letter.paragraphs:
        if doc.starts.get(p.id) and not p.text.startswith(doc.starts[p.id]):
            raise GoldError(f"{doc.document} {p.id}: text does not start with {doc.starts[p.id]!r}")
        if doc.sha1.get(p.id) and sha1_of(p.text) != doc.sha1[p.id]:
            raise GoldError(f"{doc.document} {p.id}: text does not match the annotated SHA-1")
    # A letter that does not restate all its recommendations (the gold's text_kind "summary") gets
    # the gold's list, as a caller would pass it, also where the letter restates one in passing ("De
    # vierde aanbeveling vraagt de NVWA …"); a letter answering a separate report gets that report's
    # list (`parse_report`).
    incomplete = len(letter.recommendations) < len(doc.recommendations)
    given = caller_list(doc) if doc.report is not None or incomplete else None
    return apply_pipeline(letter, nlp, recommendations=given)
