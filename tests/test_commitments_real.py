"""Commitments in real letters of ../shared/corpus (skipped without it).

Asserts on a few words and the resolved deadline of a commitment, never on whole sentences, so
no real sentence stands in the repository.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

import kamerstuk
from kamerstuk.models import Letter
from tests.conftest import require_shared

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
DRAAGMOEDERSCHAP = CORPUS / "plooi_ronl_20110301_kamerbrief_draagmoederschap.pdf"
LUCHTVAART = CORPUS / "pts_20221222_ienw_kamerbrief_emissies_luchtvaart.pdf"


@cache
def _letter(path: Path) -> Letter:
    return kamerstuk.parse(require_shared(path))


def test_2011_letter_intends_an_expert_meeting() -> None:
    """The 2011 letter's only promise: "voornemens ... eind maart/begin april ... expertmeeting"."""
    letter = _letter(DRAAGMOEDERSCHAP)
    meetings = [c for c in letter.commitments if "expertmeeting" in c.text]
    assert len(meetings) == 1
    c = meetings[0]
    assert "voornemens" in c.text
    assert (c.actor, c.action, c.firmness, c.kind) == ("ik", "organiseren", "firm", "new")
    assert c.deadline is not None
    assert "maart" in c.deadline.text and "april" in c.deadline.text
    assert (c.deadline.earliest, c.deadline.latest) == (dt.date(2011, 3, 21), dt.date(2011, 4, 10))
    # the letter's own outline ("Daarna zal ik ... schetsen") is discourse, not a promise
    assert not [c for c in letter.commitments if "schetsen" in c.text]


def test_2022_letter_informs_the_kamer_and_leaves_the_rivm_out() -> None:
    letter = _letter(LUCHTVAART)
    informs = [c for c in letter.commitments if c.action == "informeren" and c.deadline is not None]
    assert len(informs) >= 3
    assert all(c.deadline is not None and c.deadline.latest is not None for c in informs)
    assert {c.deadline.latest.year for c in informs if c.deadline and c.deadline.latest} >= {2023}
    # "De verwachting is dat de Kamer ... kan worden geïnformeerd" is hedged
    expected = [c for c in informs if c.text.startswith("De verwachting is")]
    assert expected and all(c.firmness == "tentative" for c in expected)
    # what the RIVM will do is the RIVM's plan, not a promise of the minister
    assert not [c for c in letter.commitments if "RIVM zal" in c.text or "RIVM is voornemens" in c.text]
