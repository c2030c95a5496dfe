"""The words of the review page: one language, Dutch, like the documents it shows.

Every label, heading, badge and tooltip the page writes comes from here, so the page reads
in one language. The JSON keeps its English values (``adopted``, ``firm``, ``response``):
they stay in the ``data-*`` attributes, for scripts and tests. Only the diagnostics (stage,
message and location) are shown as the library writes them, in English and marked
``lang="en"``: they are the same records as the JSON's ``diagnostics``, to search for.
"""

from __future__ import annotations

from collections.abc import Mapping

from kamerstuk.models import Deadline

__all__ = [
    "COMMITMENT_KINDS",
    "DOCUMENT_KINDS",
    "FIRMNESS",
    "LABELS",
    "LINK_METHODS",
    "RECOMMENDATION_SOURCES",
    "SEVERITIES",
    "SOURCE_FORMATS",
    "STANCES",
    "count",
    "deadline_label",
    "decimal",
    "document_kind",
]

LABELS: tuple[tuple[str, str, str], ...] = (
    # (label value, legend text, description)
    ("context", "context", "achtergrond: wat er gebeurde, wat het rapport zegt"),
    ("recommendation", "aanbeveling", "herhaalt een aanbeveling uit het rapport"),
    ("response", "reactie", "de reactie van de regering op een aanbeveling"),
    ("closing", "afsluiting", "slotopmerkingen"),
    ("other", "overig", "al het andere"),
    ("none", "zonder label", "er is geen label toegekend"),
)
LABEL_TEXT: Mapping[str, str] = {value: text for value, text, _ in LABELS}

#: The government's stance on a recommendation; ``unknown`` when none was found.
STANCES: Mapping[str, str] = {
    "adopted": "overgenomen",
    "partly_adopted": "deels overgenomen",
    "rejected": "niet overgenomen",
    "already_in_place": "al in gang gezet",
    "noted": "voor kennisgeving aangenomen",
    "unknown": "geen standpunt",
}

#: How firm a toezegging is (docs/commitments.md).
FIRMNESS: Mapping[str, str] = {
    "firm": "stellig",
    "conditional": "voorwaardelijk",
    "tentative": "onder voorbehoud",
    "negated": "ontkennend",
}

#: Whether a toezegging is new, repeats an earlier one, or is fulfilled by the letter itself.
COMMITMENT_KINDS: Mapping[str, str] = {
    "new": "nieuw",
    "refers": "eerder toegezegd",
    "fulfils": "nagekomen",
}

#: How a paragraph was linked to a recommendation.
LINK_METHODS: Mapping[str, str] = {
    "explicit": "expliciet",
    "restates": "herhaalt",
    "section": "sectie",
    "similarity": "overeenkomst",
}

#: Where a recommendation's text came from (nothing is shown for the letter itself).
RECOMMENDATION_SOURCES: Mapping[str, str] = {
    "letter": "uit de brief",
    "report": "uit het rapport",
    "caller": "opgegeven",
}

SEVERITIES: Mapping[str, str] = {"warning": "waarschuwing", "info": "informatie"}

#: The input format, as the header's "Bron" row names it.
SOURCE_FORMATS: Mapping[str, str] = {"pdf": "PDF", "xml": "XML", "html": "HTML", "text": "tekst"}

#: Document kinds whose JSON value does not read as Dutch with underscores made spaces.
DOCUMENT_KINDS: Mapping[str, str] = {
    "advies_raad_van_state": "advies Raad van State",
    "bnc_fiche": "BNC-fiche",
    "other": "overig",
}


def document_kind(kind: str) -> str:
    """The kind as a reader says it: ``"nota naar aanleiding van het verslag"``, ``"overig"``."""
    return DOCUMENT_KINDS.get(kind, kind.replace("_", " "))


def count(n: int, one: str, many: str) -> str:
    """``"1 alinea"``, ``"2 alinea's"``, ``"0 alinea's"``."""
    return f"{n} {one if n == 1 else many}"


def decimal(value: float | None) -> str:
    """A score with a decimal comma, as Dutch writes it: ``"0,85"``; empty for none."""
    return "" if value is None else f"{value:.2f}".replace(".", ",")


def deadline_label(deadline: Deadline) -> str:
    """The normalized deadline as a reader says it: "uiterlijk 2022-06-30", "vanaf 2024-01-01"."""
    if deadline.latest is not None:
        return f"uiterlijk {deadline.latest.isoformat()}"
    if deadline.earliest is not None:
        return f"vanaf {deadline.earliest.isoformat()}"
    return deadline.text
