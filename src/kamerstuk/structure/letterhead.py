"""The ministry letterhead: addressee block, Datum, Betreft, Kenmerk, Bijlage(n), sidebar.

Readers hand over what the letterhead and sidebar said in `RawDocument.fields`; labels that
stand among the header lines come here through `letterhead_field`. This room decides what
they mean for the metadata.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kamerstuk.structure.values import parse_dutch_date

if TYPE_CHECKING:
    from kamerstuk.structure.header import Header


def letterhead_field(h: Header, label: str, value: str) -> None:
    value = value.strip()
    if not value:
        return
    if label == "datum":
        h.date = h.date or parse_dutch_date(value)
    elif label in ("betreft", "onderwerp"):
        h.subject = h.subject or value
    elif "kenmerk" in label:
        h.reference = h.reference or value
    elif label.startswith("bijlage"):
        h.attachments = h.attachments or value


def apply_fields(header: Header, fields: dict[str, str]) -> None:
    """Fill what the header lines did not say from the letterhead fields a reader found."""
    for key in ("subject", "reference", "attachments"):
        if fields.get(key) and getattr(header, key) is None:
            setattr(header, key, fields[key])
    if fields.get("addressee") and header.addressee is None:
        header.addressee = fields["addressee"]
    if fields.get("date") and header.date is None:
        header.date = parse_dutch_date(fields["date"])
    header.cues.extend(
        k for k in ("subject", "reference", "date", "addressee", "salutation") if fields.get(k)
    )
