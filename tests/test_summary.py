"""The readable summary (`kamerstuk.summarize`, `kamerstuk parse --summary`).

The summary is in English (like the rest of the command line) and is checked on our own
letters (fixtures/letters/*.md) and on small answers to written questions and motions we
wrote for these tests: counts agree with their number, commitments and recommendations are
given in full and wrapped at the width, answers get their number of questions and answers,
motions their requests.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

import kamerstuk
from kamerstuk.models import Diagnostic, Letter
from kamerstuk.summary import count, summarize, terminal_width
from tests.conftest import CORPUS, LETTERS, parsed_fixture, require_shared

LETTER_FILES = sorted(p for p in LETTERS.glob("*.md") if p.name != "README.md")
NOUNS = (
    "page",
    "section",
    "paragraph",
    "footnote",
    "citation",
    "commitment",
    "recommendation",
    "question",
    "answer",
    "observation",
    "consideration",
    "request",
    "informational diagnostic",
)
# "1 paragraphs", "2 section": a count that does not agree with its noun.
WRONG_PLURAL = re.compile(
    r"(?<![\w.-])(?:1 (?:" + "|".join(n + "s" for n in NOUNS) + r")\b"
    r"|(?:0|[2-9]|\d\d+) (?:" + "|".join(NOUNS) + r")\b(?!s))"
)

ANSWERS = """Tweede Kamer der Staten-Generaal

Vergaderjaar 2023–2024

Aanhangsel van de Handelingen

Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden

1234

Vragen van het lid Jansen (XX) aan de Minister van Infrastructuur en Waterstaat over de vertraagde aanleg van fietspaden langs provinciale wegen (ingezonden 10 januari 2024).

Antwoord van Minister Pietersen (Infrastructuur en Waterstaat) (ontvangen 14 februari 2024).

Vraag 1

Bent u bekend met het bericht dat de aanleg van fietspaden langs provinciale wegen jaren vertraging oploopt?

Antwoord 1

Ja, ik ben bekend met dat bericht.

Vraag 2

Hoeveel fietspaden zijn in 2023 opgeleverd, en hoeveel waren er gepland?

Antwoord 2

In 2023 zijn veertien fietspaden opgeleverd; er waren er twintig gepland. De provincies noemen de stikstofregels en het tekort aan personeel als oorzaak.

Vraag 3

Bent u bereid de Kamer voor de zomer te informeren over de voortgang?

Antwoord 3

Ja. Ik zal uw Kamer voor de zomer van 2024 informeren over de voortgang van de aanleg van fietspaden langs provinciale wegen, per provincie, en daarbij ingaan op de knelpunten die de provincies noemen.
"""

MOTION = """Tweede Kamer der Staten-Generaal

Vergaderjaar 2023–2024

**36 999**

**Toekomst van het regionale openbaar vervoer**

**Nr. 12 MOTIE VAN DE LEDEN DE VRIES EN BAKKER**

Voorgesteld 7 maart 2024

De Kamer,

gehoord de beraadslaging,

constaterende dat in veel dorpen de laatste buslijn is opgeheven;

overwegende dat inwoners zonder auto daardoor hun werk, school of huisarts niet meer kunnen bereiken;

verzoekt de regering, samen met de provincies een minimumniveau van openbaar vervoer per kern vast te stellen en de Kamer daarover voor 1 oktober 2024 te informeren;

verzoekt de regering voorts, de vrijwillige buurtbusverenigingen structureel te ondersteunen,

en gaat over tot de orde van de dag.

De Vries
Bakker
"""


def words(text: str) -> str:
    """`text` with every run of whitespace made one space: a wrapped text reads back whole."""
    return " ".join(text.split())


def field(summary: str, label: str) -> str:
    """The value of a metadata field of the summary ("  questions    3 questions, 3 answers"),
    its wrapped lines joined."""
    lines = summary.splitlines()
    for i, line in enumerate(lines):
        if line.startswith(f"  {label:<12} "):
            value = line[15:]
            for more in lines[i + 1 :]:
                if not more.startswith(" " * 15):
                    break
                value += " " + more.strip()
            return value
    raise AssertionError(f"no {label!r} line in\n{summary}")


@pytest.fixture(scope="module")
def ocw() -> Letter:
    return kamerstuk.parse(LETTERS / "ocw_leesoffensief.md")


@pytest.fixture(scope="module")
def answers() -> Letter:
    return kamerstuk.parse_text(ANSWERS, name="fietspaden.txt")


@pytest.fixture(scope="module")
def motion() -> Letter:
    return kamerstuk.parse_text(MOTION, name="motie.md")


@pytest.mark.parametrize(
    ("n", "expected"),
    [(0, "0 paragraphs"), (1, "1 paragraph"), (2, "2 paragraphs"), (11, "11 paragraphs")],
)
def test_count_agrees_with_its_number(n: int, expected: str) -> None:
    assert count(n, "paragraph") == expected


def test_wrong_plural_pattern_catches_what_it_should() -> None:
    # The check used below, checked itself.
    assert WRONG_PLURAL.search("(1 paragraphs)") and WRONG_PLURAL.search("2 section,")
    assert WRONG_PLURAL.search("0 commitment,") and WRONG_PLURAL.search("[text, 3 page]")
    assert not WRONG_PLURAL.search("(1 paragraph) 2 paragraphs, 10 footnotes, 1 page, 11 requests")


def test_section_paragraph_counts_singular_and_plural(ocw: Letter) -> None:
    summary = summarize(ocw, width=100)
    assert "- Aanleiding  (1 paragraph)" in summary
    assert "- Een dagelijks leesmoment  (2 paragraphs)" in summary
    assert "(1 paragraphs)" not in summary
    assert summary.splitlines()[0] == "ocw_leesoffensief.md  [text, 3 pages]"
    assert field(summary, "body") == (
        "6 sections, 9 paragraphs, 7 footnotes, 5 citations, 4 commitments, 3 recommendations"
    )


@pytest.mark.parametrize("path", LETTER_FILES, ids=lambda p: p.stem)
def test_fixture_letter_summary(path: Path) -> None:
    letter = parsed_fixture(path)
    width = 72
    summary = summarize(letter, width=width)
    assert not WRONG_PLURAL.search(summary), WRONG_PLURAL.search(summary)
    assert all(len(line) <= width for line in summary.splitlines()), summary
    flat = words(summary)
    # Every commitment in full (not cut at the width), with its kind, firmness and deadline.
    for c in letter.commitments:
        assert words(c.text) in flat, c.text
        entry = next(line for line in summary.splitlines() if line.startswith(f"  commitment {c.id} ["))
        assert c.firmness in entry
        if c.deadline is not None and c.deadline.latest is not None:
            assert f"by {c.deadline.latest.isoformat()}" in flat
    for r in letter.recommendations:
        assert words(r.text) in flat, r.text
    assert "[...]" not in summary and "…" not in summary


def test_singular_counts_on_a_one_page_letter() -> None:
    letter = kamerstuk.parse(LETTERS / "ocw_erfgoed.md")  # one page
    # Keep one commitment (the gold set counts two in this letter; the finder's count is not
    # what this test is about): the summary must then say "1 commitment".
    assert letter.source.pages == 1 and letter.commitments
    letter = letter.model_copy(update={"commitments": letter.commitments[:1]})
    summary = summarize(letter, width=100)
    assert summary.splitlines()[0].endswith("[text, 1 page]")
    assert "1 commitment," in field(summary, "body")


def test_commitment_in_full_with_kind_and_deadline(ocw: Letter) -> None:
    summary = summarize(ocw, width=60)
    flat = words(summary)
    c2 = ocw.commitments[1]
    assert len(c2.text) > 100  # longer than any one line: it has to wrap, not be cut
    assert f'commitment c2 [new, firm, by 2024-07-04 ("voor de zomer")]: {words(c2.text)}' in flat
    c1 = ocw.commitments[0]
    assert c1.kind == "fulfils"
    assert f"commitment c1 [fulfilled by this letter, firm]: {words(c1.text)}" in flat
    c4 = ocw.commitments[3]
    assert f"commitment c4 [new, tentative]: {words(c4.text)}" in flat
    # Continuation lines are indented under the entry.
    lines = summary.splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("  commitment c2 "))
    assert lines[first + 1].startswith("      ") and not lines[first + 1].startswith("       ")


def test_answers_count_questions_and_answers(answers: Letter) -> None:
    assert answers.metadata.kind == "antwoord" and len(answers.questions) == 3
    summary = summarize(answers, width=88)
    assert field(summary, "questions") == "3 questions, 3 answers"
    assert field(summary, "asked by") == "Jansen"
    assert field(summary, "submitted") == "2024-01-10"
    assert field(summary, "received") == "2024-02-14"
    (c,) = answers.commitments
    assert words(c.text) in words(summary)
    assert not WRONG_PLURAL.search(summary)


def test_answers_one_question_and_a_missing_answer() -> None:
    one = ANSWERS[: ANSWERS.index("Vraag 2")]
    assert field(summarize(kamerstuk.parse_text(one, name="een.txt")), "questions") == "1 question, 1 answer"
    unanswered = ANSWERS + "\nVraag 4\n\nWanneer verwacht u dat de achterstand is ingelopen?\n"
    letter = kamerstuk.parse_text(unanswered, name="vier.txt")
    assert [(q.number, bool(q.answer)) for q in letter.questions][-1] == ("4", False)
    assert field(summarize(letter), "questions") == "4 questions, 3 answers (no answer to 4)"


def test_motion_requests_counted_with_their_first_words(motion: Letter) -> None:
    assert motion.metadata.kind == "motie"
    summary = summarize(motion, width=88)
    assert field(summary, "motion") == "1 observation, 1 consideration, 2 requests"
    assert field(summary, "moved by") == "De Vries, Bakker"
    flat = words(summary)
    # The first words of each request; a long one ends in an ellipsis, a short one in full.
    assert (
        "request m3: verzoekt de regering, samen met de provincies een minimumniveau van openbaar "
        "vervoer per kern vast te …"
    ) in flat
    assert (
        "request m4: verzoekt de regering voorts, de vrijwillige buurtbusverenigingen structureel te ondersteunen,"
        in flat
    )
    assert "overwegende" not in summary  # considerations are counted, not quoted


def test_motion_with_one_request() -> None:
    one = MOTION.replace(
        "verzoekt de regering voorts, de vrijwillige buurtbusverenigingen structureel te ondersteunen,\n\n",
        "",
    )
    summary = summarize(kamerstuk.parse_text(one, name="motie.md"))
    assert field(summary, "motion") == "1 observation, 1 consideration, 1 request"


def test_width_defaults_to_the_terminal(ocw: Letter, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "64")
    assert terminal_width() == 64
    lines = summarize(ocw).splitlines()
    assert max(len(line) for line in lines) <= 64
    assert max(len(line) for line in lines) > 56  # it fills the width
    monkeypatch.setenv("COLUMNS", "10")
    assert terminal_width() == 40  # never narrower than that
    assert max(len(line) for line in summarize(ocw, width=120).splitlines()) > 64


def test_informational_diagnostics_counted(ocw: Letter) -> None:
    info = Diagnostic(stage="reader", message="a note", severity="info")
    one = ocw.model_copy(update={"diagnostics": [info]})
    assert summarize(one).splitlines()[-1] == "  (1 informational diagnostic in the JSON)"
    two = ocw.model_copy(update={"diagnostics": [info, info]})
    assert summarize(two).splitlines()[-1] == "  (2 informational diagnostics in the JSON)"
    warned = ocw.model_copy(
        update={"diagnostics": [Diagnostic(stage="structure", message="a running footer removed " * 6)]}
    )
    assert words("! structure: " + "a running footer removed " * 6) in words(summarize(warned, width=50))


def test_dates_and_pages_unknown(ocw: Letter) -> None:
    bare = ocw.model_copy(
        update={
            "source": ocw.source.model_copy(update={"pages": None, "format": "xml"}),
            "metadata": ocw.metadata.model_copy(update={"date": dt.date(2024, 1, 2), "place": None}),
        }
    )
    summary = summarize(bare)
    assert summary.splitlines()[0] == "ocw_leesoffensief.md  [xml]"
    assert field(summary, "date") == "2024-01-02"


def test_corpus_answers_pdf_counts_and_no_cid_glyphs() -> None:
    # A real Aanhangsel PDF whose bullets pdfplumber reports as "(cid:N)" glyphs.
    letter = kamerstuk.parse(require_shared(CORPUS / "ll_ah-tk-20232024-1178_antwoord_kamervragen.pdf"))
    summary = summarize(letter)
    assert field(summary, "questions") == "9 questions, 9 answers"
    assert "(cid:" not in summary and "(cid:" not in letter.text
    assert not any("(cid:" in p.text for p in letter.paragraphs)
    assert not any("(cid:" in f.text for f in letter.footnotes)
