"""Read the metadata that travels with an official publication, and check a letter against it.

Four shapes carry the same OWMS/OEP fields; all are read by the same field names:

- ``metadata.xml`` of officielebekendmakingen: ``<metadata_gegevens><metadata name="DC.identifier"
  content="kst-32545-143"/>…`` (and the same ``<meta name content>`` elements in the head of the
  publication XML and HTML);
- ``metadata_owms.xml``: ``<owms-metadata><owmskern><dcterms:identifier>…``;
- an SRU search response: ``<sru:searchRetrieveResponse>…<overheidwetgeving:dossiernummer>…``
  (one record per document);
- a publication manifest: ``<work><metadata><dcterms.identifier>…``.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from kamerstuk.models import Diagnostic, Dossier, Metadata, Signatory
from kamerstuk.patterns import xml as X
from kamerstuk.safexml import local_name, parse_xml_bytes

#: Root elements (local names) of metadata files, as opposed to publication documents.
METADATA_ROOTS = frozenset(
    {
        "metadata_gegevens",
        "owms-metadata",
        "searchRetrieveResponse",
        "record",
        "recordData",
        "gzd",
        "work",
        "metadata",
    }
)

# Subtrees of an SRU response that describe the search or the repository, not the document.
_SKIPPED = frozenset({"enrichedData", "echoedSearchRetrieveRequest", "expression"})


def is_metadata_root(root: ET.Element) -> bool:
    """True when `root` is a metadata file (metadata.xml, OWMS, SRU, manifest), not a document."""
    return local_name(root.tag) in METADATA_ROOTS


def meta_key(name: str) -> str:
    """Normalize a field name: ``"OVERHEIDop.dossiernummer"``, ``"dcterms:issued"`` -> ``"dossiernummer"``, ``"issued"``."""
    return re.split(r"[.:]", local_name(name))[-1].lower()


def meta_pairs(root: ET.Element) -> Iterator[tuple[str, str, str]]:
    """Yield ``(key, scheme, value)`` for every metadata field under `root`, in document order.

    Reads ``<meta name=… content=…>``/``<metadata name=… content=…>`` elements as well as
    leaf elements whose text is the value (``<dcterms:identifier>kst-…</dcterms:identifier>``).
    """
    stack: list[ET.Element] = [root]
    while stack:
        el = stack.pop()
        tag = local_name(el.tag)
        if tag in _SKIPPED:
            continue
        name = el.get("name")
        if tag in ("meta", "metadata") and name is not None and el.get("content") is not None:
            yield meta_key(name), el.get("scheme") or "", " ".join((el.get("content") or "").split())
        elif len(el) == 0 and tag and (el.text or "").strip():
            yield meta_key(tag), el.get("scheme") or "", " ".join((el.text or "").split())
        stack.extend(reversed(list(el)))


def _date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def dossier_from_id(value: str) -> str | None:
    """Normalize a dossier number: ``"36725-XVII"``, ``"36 725 XVII"`` -> ``"36725-XVII"``."""
    m = X.DOSSIER_ID.match(value)
    if not m:
        return None
    number = m.group(1).replace(" ", "")
    return f"{number}-{m.group(2)}" if m.group(2) else number


def _vergaderjaar(value: str) -> str | None:
    m = re.match(r"^\s*(\d{4})\s*[-–/]\s*(\d{2,4})\s*$", value)
    if not m:
        return None
    second = m.group(2) if len(m.group(2)) == 4 else m.group(1)[:2] + m.group(2)
    return f"{m.group(1)}-{second}"


def metadata_fields(pairs: Iterable[tuple[str, str, str]]) -> dict[str, Any]:
    """Turn metadata pairs into `Metadata` field values; only fields the pairs carry are present.

    Submitters (``indiener``) become movers of a motion, questioners of an Aanhangsel
    answer, and signatories of anything else; the ``ontvanger`` of answered questions
    (the minister who answered) becomes the signatory.
    """
    out: dict[str, Any] = {}
    dossiers: list[str] = []
    dossier_title: str | None = None
    submitters: list[str] = []
    receivers: list[str] = []
    issued: dt.date | None = None
    plain_date: dt.date | None = None
    for key, scheme, value in pairs:
        if not value:
            continue
        if key == "identifier" and "identifier" not in out:
            out["identifier"] = value
        elif key == "externmetadatarecord" and (m := re.search(r"/((?:kst|ah|blg|h)-[\w-]+)/", value)):
            out.setdefault("_extern_identifier", m.group(1))
        elif key == "dossiernummer":
            number = dossier_from_id(value)
            if number and number not in dossiers:
                dossiers.append(number)
        elif key == "dossiertitel":
            dossier_title = dossier_title or value
        elif key == "ondernummer":
            out.setdefault("ondernummer", value)
        elif key == "vergaderjaar" and (year := _vergaderjaar(value)):
            out.setdefault("vergaderjaar", year)
        elif key == "indiener":
            submitters.append(value)
        elif key == "ontvanger":
            receivers.append(value)
        elif key == "datumontvangst" and (d := _date(value)):
            out.setdefault("received", d)
        elif key == "issued":
            issued = issued or _date(value)
        elif key == "date":
            plain_date = plain_date or _date(value)
        elif key in ("type", "subrubriek") and (
            scheme.endswith(("KamerstukTypen", "AanhangselTypen")) or not scheme
        ):
            kind = X.DOCUMENT_TYPES.get(value.lower())
            if kind is not None:
                out.setdefault("kind", kind)
        elif key == "creator" and value.startswith("Ministerie"):
            out.setdefault("ministry", value)
    extern = out.pop("_extern_identifier", None)
    if "identifier" not in out and extern:
        out["identifier"] = extern
    if dossiers:
        out["dossiers"] = [
            Dossier(number=n, title=dossier_title if i == 0 else None) for i, n in enumerate(dossiers)
        ]
    if issued or plain_date:
        out["date"] = issued or plain_date
    kind = out.get("kind")
    if submitters:
        if kind == "motie":
            out["movers"] = submitters
        elif kind == "antwoord":
            out["questioners"] = submitters
        else:
            out["signatories"] = [Signatory(name=n) for n in submitters]
    if receivers and kind == "antwoord":
        out["signatories"] = [Signatory(name=n) for n in receivers]
    return out


def read_metadata_records(data: bytes) -> list[Metadata]:
    """Read every record of a metadata file (an SRU response holds several; the others one).

    Raises `UnsafeXMLError`/`MalformedXMLError` for unsafe or broken XML.
    """
    root = parse_xml_bytes(data)
    if local_name(root.tag) == "searchRetrieveResponse":
        records = [el for el in root.iter() if local_name(el.tag) == "record"]
        return [Metadata.model_validate(metadata_fields(meta_pairs(r))) for r in records]
    return [Metadata.model_validate(metadata_fields(meta_pairs(root)))]


def read_metadata_xml(data: bytes) -> Metadata:
    """Read a metadata file (metadata.xml, OWMS, SRU record, manifest) into a partial `Metadata`.

    Only the fields the file carries are set (see ``Metadata.model_fields_set``). For an
    SRU response with several records, the first record is read.
    """
    records = read_metadata_records(data)
    return records[0] if records else Metadata()


def find_metadata_file(path: Path) -> Path | None:
    """Find the metadata file next to a document: ``<stem>_metadata.xml``, else ``metadata.xml``."""
    path = Path(path)
    for candidate in (path.with_name(f"{path.stem}_metadata.xml"), path.with_name("metadata.xml")):
        if candidate.is_file() and candidate.resolve() != path.resolve():
            return candidate
    return None


# --- Cross-checking a letter's metadata against the metadata file --------------------------


def _norm(value: str) -> str:
    return " ".join(value.replace("–", "-").split()).casefold()


def surname_key(name: str) -> str:
    """A loose key for a person's name: the last word, folded (``"R.H. (Romke) de Jong"`` -> ``"jong"``)."""
    words = X.PARENTHETICAL.sub(" ", name).replace(".", ". ").split()
    return words[-1].casefold() if words else ""


def _names(values: Iterable[Any]) -> set[str]:
    return {surname_key(v.name if isinstance(v, Signatory) else str(v)) for v in values}


def _show(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(_show(v) for v in value) or "[]"
    if isinstance(value, Dossier):
        return value.number + (f" ({value.title})" if value.title else "")
    if isinstance(value, Signatory):
        return value.name
    return str(value)


def _same(field: str, ours: Any, theirs: Any) -> bool:
    if field == "dossiers":
        if {d.number for d in ours} != {d.number for d in theirs}:
            return False
        titles = {d.number: d.title for d in ours if d.title}
        return all(
            _norm(titles[d.number]) == _norm(d.title) for d in theirs if d.title and d.number in titles
        )
    if field in ("signatories", "movers", "questioners"):
        return _names(ours) == _names(theirs)
    if isinstance(ours, str) and isinstance(theirs, str):
        return _norm(ours) == _norm(theirs)
    return bool(ours == theirs)


def cross_check(letter_metadata: Metadata, file_metadata: Metadata) -> list[Diagnostic]:
    """Compare what the document says with its metadata file; one diagnostic per difference.

    Only the fields the metadata file sets are checked. A field the document lacks is
    reported as ``info``; a field both give but differently is a ``warning``. Names are
    compared by surname, dossiers by number (and title where both give one).
    """
    out: list[Diagnostic] = []
    for field in sorted(file_metadata.model_fields_set):
        theirs = getattr(file_metadata, field)
        if theirs in (None, [], ""):
            continue
        ours = getattr(letter_metadata, field)
        if ours in (None, [], ""):
            out.append(
                Diagnostic(
                    stage="metadata",
                    message=f"metadata file gives {field} {_show(theirs)!r}; the document does not",
                    location=field,
                    severity="info",
                )
            )
        elif not _same(field, ours, theirs):
            out.append(
                Diagnostic(
                    stage="metadata",
                    message=f"{field} differs: document {_show(ours)!r}, metadata file {_show(theirs)!r}",
                    location=field,
                )
            )
    return out
