"""What is particular to answers to written questions and to motions.

Readers that know the structure (the official XML) tag blocks ("vraag:3", "request");
for text and PDF input the paragraphs' openings tell ("Vraag 3", "verzoekt de regering").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal

from kamerstuk.models import MotionRequest, Paragraph, QuestionAnswer
from kamerstuk.patterns import structure as P

_MOTION_KIND: dict[str, Literal["request", "consideration", "observation"]] = {
    "constaterende": "observation",
    "overwegende": "consideration",
    "van mening": "consideration",
    "voorts": "consideration",
    "verzoekt": "request",
    "spreekt uit": "request",
    "roept": "request",
}


_TAG_KIND: dict[str, Literal["request", "consideration", "observation"]] = {
    "request": "request",
    "consideration": "consideration",
    "observation": "observation",
}


def question_answers(paragraphs: Sequence[Paragraph], tags: Mapping[str, str]) -> list[QuestionAnswer]:
    """Pair each "Vraag n" with its "Antwoord n"; a paragraph without an opening continues the last one."""
    pairs: dict[str, dict[str, list[str]]] = {}
    order: list[str] = []
    current: tuple[str, str] | None = None  # (role, number)
    for p in paragraphs:
        tag = tags.get(p.id)
        role_number: tuple[str, str] | None = None
        if tag and ":" in tag and tag.split(":", 1)[0] in ("vraag", "antwoord"):
            role, number = tag.split(":", 1)
            role_number = (role, number)
        elif m := P.QA_OPENING.match(p.text):
            role_number = (m.group(1).lower(), m.group(2).lower())
        if role_number is not None:
            current = role_number
        elif current is None:
            continue
        role, number = current
        if number not in pairs:
            pairs[number] = {"vraag": [], "antwoord": []}
            order.append(number)
        pairs[number][role].append(p.id)
    return [QuestionAnswer(number=n, question=pairs[n]["vraag"], answer=pairs[n]["antwoord"]) for n in order]


def motion_parts(paragraphs: Sequence[Paragraph], tags: Mapping[str, str]) -> list[MotionRequest]:
    """The observations, considerations and requests of a motion, in order."""
    out: list[MotionRequest] = []
    for p in paragraphs:
        tag = tags.get(p.id)
        kind: Literal["request", "consideration", "observation"] | None = None
        if tag is not None and tag in _TAG_KIND:
            kind = _TAG_KIND[tag]
        elif m := P.MOTION_PART.match(p.text):
            kind = _MOTION_KIND[m.group(1).lower()]
        if kind is None:
            continue
        out.append(
            MotionRequest(
                id=f"m{len(out) + 1}", kind=kind, text=p.text, paragraph=p.id, start=p.start, end=p.end
            )
        )
    return out
