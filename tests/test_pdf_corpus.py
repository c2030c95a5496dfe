"""The PDF reader on the real documents in ../shared/corpus (acceptance of the PDF issue)."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import pytest

import kamerstuk
from tests.conftest import CORPUS, require_shared

FURNITURE = re.compile(
    r"Tweede Kamer, vergaderjaar|ISSN|kst-\d|ah-tk-\d|['’]s-Gravenhage \d{4}|Pagina \d+ van \d+"
)
SIDEBAR = re.compile(
    r"Postbus|Schedeldoekshaven|www\.rijksoverheid|Ons kenmerk|Directoraat|\bDJJ\b|Retouradres"
)


def _words(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", text.lower()))


@pytest.mark.parametrize("stem", ["plooi_kst-32545-143", "plooi_ah-tk-20202021-3235"])
def test_pdf_twin_matches_its_xml(stem: str) -> None:
    pdf = kamerstuk.parse(require_shared(CORPUS / f"{stem}.pdf"))
    xml = kamerstuk.parse(require_shared(CORPUS / f"{stem}.xml"))
    for field in ("identifier", "dossiers", "ondernummer", "vergaderjaar", "date", "kind"):
        assert getattr(pdf.metadata, field) == getattr(xml.metadata, field), field
    have, want = _words(pdf.text), _words(xml.text)
    covered = sum(min(n, have[w]) for w, n in want.items()) / sum(want.values())
    assert covered >= 0.99, covered
    for p in pdf.paragraphs:
        assert not FURNITURE.search(p.text), p.text
        assert not re.fullmatch(r"\d+", p.text.strip())  # no stray page numbers


def test_ministry_letterhead_pdf() -> None:
    letter = kamerstuk.parse(require_shared(CORPUS / "plooi_ronl_20110301_kamerbrief_draagmoederschap.pdf"))
    m = letter.metadata
    assert m.date == dt.date(2011, 3, 1)
    assert m.subject == "Draagmoederschap"
    assert m.reference == "5687928/11"
    assert m.addressee == "Voorzitter van de Tweede Kamer der Staten-Generaal"
    assert [(s.name, s.role) for s in m.signatories] == [
        ("F. Teeven", "Staatssecretaris van Veiligheid en Justitie")
    ]
    [note] = letter.footnotes
    assert note.number == 1 and note.text.startswith("Bij hoogtechnologisch draagmoederschap")
    assert note.paragraph is not None and 1 in letter.paragraph(note.paragraph).footnotes
    assert len(letter.paragraphs) >= 9
    for p in letter.paragraphs:
        assert not SIDEBAR.search(p.text), p.text
        assert not FURNITURE.search(p.text), p.text
    assert "Kamerstukken II 2009/10, 32 123 XVI, nr. 30" in letter.text
    assert any("kst-32123-XVI-30" in c.identifiers for c in letter.citations)


ANSWERS = [
    *sorted(p.name for p in CORPUS.glob("ll_ah-tk-*_antwoord_kamervragen.pdf")),
    "plooi_ah-tk-20202021-3235.pdf",
]


def _expand(number: str) -> list[int]:
    return [int(n) for n in re.findall(r"\d+", number)]


@pytest.mark.parametrize("name", ANSWERS)
def test_answered_questions_pdf(name: str) -> None:
    letter = kamerstuk.parse(require_shared(CORPUS / name))
    assert letter.metadata.kind == "antwoord"
    assert letter.metadata.identifier and letter.metadata.identifier.startswith("ah-tk-")
    assert letter.questions
    numbers = [n for q in letter.questions for n in _expand(q.number)]
    assert numbers == list(range(1, len(numbers) + 1)), numbers  # every question, in order
    mededeling = "Mededeling" in letter.text[:2000] or name.startswith("ll_ah-tk-20232024-1999")
    for q in letter.questions:
        assert q.question, q.number
        if not mededeling:  # a Mededeling announces that the answers come later
            assert q.answer, q.number
    for note in letter.footnotes:
        assert note.paragraph is not None, note.number
        assert note.number in letter.paragraph(note.paragraph).footnotes
    assert letter.metadata.questioners and letter.metadata.submitted is not None
    for p in letter.paragraphs:
        assert not FURNITURE.search(p.text), p.text


def test_corpus_answer_numbers_are_complete() -> None:
    require_shared(CORPUS)
    assert len(ANSWERS) == 12
