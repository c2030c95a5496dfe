"""Paragraphs read as answers that the linker links to nothing and that give no verdict or act: context (or other,
on a motion or a member's question). Letters written for these tests, in the forms of real reaction letters."""

from __future__ import annotations

import pytest

from kamerstuk.pipeline.unanswered import answers_nothing
from tests.test_linker import run_linker


@pytest.mark.parametrize(
    ("text", "nothing"),
    [
        ("Ik dank de Rekenkamer voor het zorgvuldige onderzoek. Ik deel de zorg van de Rekenkamer.", True),
        ("Ik deel de analyse van de inspectie. Het aantal meldingen is in drie jaar verdubbeld.", True),
        ("De Afdeling wijst erop dat de termijn in twee wetten verschillend is geregeld.", True),
        ("Deze aanbeveling neem ik over.", False),
        ("Ik zal uw Kamer voor de zomer over de uitkomsten informeren.", False),
        ("Een landelijk register acht ik niet nodig.", False),
    ],
)
def test_answers_nothing(text: str, nothing: bool) -> None:
    assert answers_nothing(text) is nothing


def test_unlinked_answers_without_a_verdict_become_context_or_other() -> None:
    recs = [
        {
            "id": "r1",
            "ordinal": 1,
            "text": "Richt een landelijk meldpunt in voor storingen.",
            "paragraph": "p2",
        }
    ]
    info = run_linker(
        [
            (None, "response", "Ik dank de inspectie voor het grondige rapport. Ik deel haar zorg."),
            (
                None,
                "recommendation",
                "De inspectie beveelt aan een landelijk meldpunt in te richten voor storingen.",
            ),
            (None, "response", "Het landelijk meldpunt voor storingen richt ik in 2027 in."),
            (
                None,
                "response",
                "In de motie van het lid Jansen is de regering verzocht de kosten te onderzoeken.",
            ),
            (None, "response", "Ik verhoog de subsidie voor gemeenten in 2027."),
        ],
        recs,
    )
    labels = [p["label"] for p in info["paragraphs"]]
    # (the thanks and the motion answer nothing; the unlinked paragraph with an act of ours stays a response)
    assert labels == ["context", "recommendation", "response", "other", "response"]
