"""The ministry letterhead: addressee block, Datum, Betreft, Kenmerk, Bijlage(n), sidebar.

Readers hand over what the letterhead and sidebar said in `RawDocument.fields`; labels that
stand among the header lines come here through `letterhead_field`. This room decides what
they mean for the metadata.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kamerstuk.models import Signatory
from kamerstuk.patterns import structure as P
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
        header.addressee = normalize_addressee(fields["addressee"])
    if fields.get("date") and header.date is None:
        header.date = parse_dutch_date(fields["date"])
    header.cues.extend(
        k for k in ("subject", "reference", "date", "addressee", "salutation") if fields.get(k)
    )


def normalize_addressee(text: str) -> str:
    """The addressee without article or "Aan", on one line.

    >>> normalize_addressee("De voorzitter van de Tweede Kamer der Staten-Generaal")
    'Voorzitter van de Tweede Kamer der Staten-Generaal'
    """
    name = P.ADDRESSEE_ARTICLE.sub("", " ".join(text.split()).rstrip(","), count=1)
    return name[:1].upper() + name[1:]


def ministry_of_office(office: str | None) -> str | None:
    """The ministry an office belongs to: "Staatssecretaris van Financiën - Fiscaliteit …" -> its ministry.

    >>> ministry_of_office("Minister voor Klimaat en Energie")
    'Ministerie van Economische Zaken en Klimaat'
    """
    if not office:
        return None
    host = P.OFFICE_HOST_MINISTRY.get(" ".join(office.lower().split()))
    if host:
        return f"Ministerie van {host}"
    m = P.OFFICE_OF_MINISTRY.match(office.strip())
    if m:
        return f"Ministerie van {m.group(1).strip()}"
    # two offices of one person: "Minister-President, Minister van Algemene Zaken"
    parts = [part for part in office.split(",") if part.strip()]
    if len(parts) > 1:
        return next((found for part in parts if (found := ministry_of_office(part.strip()))), None)
    return None


def ministry_of_postbus(return_address: str | None, date: dt.date | None) -> str | None:
    """The ministry whose Postbus a return address names, by the name it had on `date`.

    >>> ministry_of_postbus("> Retouradres Postbus 20901 2500 EX Den Haag", dt.date(2022, 12, 22))
    'Ministerie van Infrastructuur en Waterstaat'
    """
    m = P.RETURN_POSTBUS.search(return_address or "")
    names = P.MINISTRY_POSTBUS.get(m.group(1)) if m else None
    if not names:
        return None
    when = (date or dt.date.today()).isoformat()
    return "Ministerie van " + [name for since, name in names if since <= when][-1]


def ministry(fields: dict[str, str], signatories: Sequence[Signatory], date: dt.date | None) -> str | None:
    """The sending ministry: as the sidebar names it, else from the (first) signatory's office,
    else from the Postbus of the return address (letterheads whose ministry is only in the logo)."""
    if fields.get("ministry"):
        return " ".join(fields["ministry"].split()).rstrip(",")
    for signatory in signatories:
        if found := ministry_of_office(signatory.role):
            return found
    return ministry_of_postbus(fields.get("return_address"), date)
