"""The modern Rijksoverheid letterhead (2015–2025) on a letter of our own, without ../shared.

``fixtures/letters/modern/szw_kinderopvang.modern.md`` is typeset by ``fixtures/pdf/generate.py`` in the
rijkshuisstijl layout and read back in three forms: the PDF, pdfminer's text of it as it comes
(``.pdfminer.txt``), and that text as the corpus has real letterheads (``.spaced.pdfminer.txt``:
letter-spaced sidebar runs, no blank lines). The expectations below were written by hand from the
letter, not produced by the parser; every form must meet them.
"""

from __future__ import annotations

import functools
import importlib.util
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pdfplumber
import pytest

import kamerstuk

ROOT = Path(__file__).resolve().parents[1]
PDF_DIR = ROOT / "fixtures" / "pdf"
NAME = "szw_kinderopvang.modern"
FORMS = {
    "pdf": PDF_DIR / f"{NAME}.pdf",
    "pdfminer": PDF_DIR / f"{NAME}.pdfminer.txt",
    "spaced": PDF_DIR / f"{NAME}.spaced.pdfminer.txt",
}
ALL = [pytest.param(form, id=form) for form in FORMS]

MINISTER = "Minister van Sociale Zaken en Werkgelegenheid"
METADATA: dict[str, Any] = {
    "kind": "brief",
    "date": "2024-03-19",
    "subject": (
        "Voortgang van de aanpak van personeelstekorten in de kinderopvang en de inzet van het opleidingsfonds"
    ),
    "reference": "2024-0000071934",
    "attachments": "1",
    "addressee": "Voorzitter van de Tweede Kamer der Staten-Generaal",
    "ministry": "Ministerie van Sociale Zaken en Werkgelegenheid",
    "sender": MINISTER,  # the letterhead names no sender: the office of the first signatory
    "signatories": [
        {"name": "Hanna Kuipers-Doorn", "role": MINISTER},
        {"name": "drs. P.J.M. Oosterhof", "role": "Staatssecretaris van Sociale Zaken en Werkgelegenheid"},
    ],
}

# Numbered bold headings; the level follows the depth of the number.
NUMBERED = [
    ("1. Vacatures en uitstroom", 1),
    (
        "1.1 Ontwikkeling van het aantal openstaande vacatures en van de uitstroom van pedagogisch medewerkers",
        2,
    ),
    ("1.2 Verschillen tussen regio’s", 2),
    ("2. Afspraken over het behoud van personeel", 1),
    ("3. Opleidingsfonds", 1),
    ("3.1 Verdeling van de middelen over de arbeidsmarktregio’s", 2),
    ("4. Vervolg", 1),
]
# The plain-weight underlined subheading under "2. …"; only the PDF shows the underline.
UNDERLINED = "Werkdruk en roosters"
UNDERLINED_AFTER = "2. Afspraken over het behoud van personeel"

# The body paragraphs in reading order: each numbered topic item is a paragraph of its own; the
# bullet items (lower-case clauses ending in ";") stay in their lead paragraph, STARTS[10].
STARTS = [
    "Met deze brief informeer ik",
    "In deze brief ga ik",
    "1. De ontwikkeling van het aantal vacatures",
    "2. De afspraken met werkgevers",
    "3. De inzet van het opleidingsfonds",
    "4. Het vervolg en de momenten",
    "Uit de tweede meting van",
    "Zorgelijk is dat nog altijd",
    "De tekorten zijn niet overal",
    "Gemeenten en houders hebben",
    "In januari heb ik opnieuw",
    "Een tweede spoor gaat over",
    "De partijen rapporteren twee keer",
    "Voor het opleidingsfonds is",
    "In de eerste drie maanden",
    "Na de zomer ontvangt uw Kamer",
]
TOPIC_ITEMS = [  # items 2 and 3 wrap onto a second line
    "1. De ontwikkeling van het aantal vacatures en de uitstroom van medewerkers.",
    "2. De afspraken met werkgevers, vakbonden en opleiders over het behoud van personeel.",
    "3. De inzet van het opleidingsfonds en de verdeling van de middelen over de "
    "arbeidsmarktregio’s, met de planning voor 2024 en 2025.",
    "4. Het vervolg en de momenten waarop ik uw Kamer opnieuw informeer.",
]
BULLET_LEAD = "In januari heb ik opnieuw"
BULLET_ITEMS = [
    "werkgevers iedere nieuwe medewerker in het eerste jaar een vaste begeleider bieden;",
    "de sector een regeling uitwerkt waarmee medewerkers met een klein contract meer uren kunnen werken "
    "wanneer zij dat zelf willen;",
    "opleiders en werkgevers gezamenlijk zorgen voor voldoende stageplaatsen in iedere regio.",
]
# The paragraph that runs from page 2 onto page 3 (in the PDF, past the page-3 sidebar).
ACROSS_PAGES = (
    "In de eerste drie maanden",
    "uitvoerder of de voorwaarden moeten worden aangepast om te voorkomen dat het fonds halverwege "
    "het jaar is uitgeput.",
)
# footnote number -> (start of the body paragraph holding its marker, footnote text)
FOOTNOTES = {
    1: (STARTS[0], "Kamerstukken II 2023/24, 31 322, nr. 507."),
    2: (STARTS[6], "Monitor personeel kinderopvang, tweede meting, februari 2024."),
    3: (STARTS[12], "Eerste voortgangsrapportage sectorafspraken behoud personeel kinderopvang, maart 2024."),
    4: (STARTS[13], "Voor de verdeling wordt de indeling in 35 arbeidsmarktregio’s gebruikt."),
}
# Where a marker stood, the text runs on as written: before a space, and before a comma.
AROUND_MARKERS = [
    "28 september jl. heb ik toegezegd",
    "monitor personeel kinderopvang blijkt dat",
    "bij deze brief gevoegd. Daaruit blijkt",
    "per arbeidsmarktregio, met een minimumbedrag",
]
ATTACHMENT = "Bijlage: Eerste voortgangsrapportage sectorafspraken behoud personeel kinderopvang"

SIDEBAR_LINES = [
    "Ministerie van",
    "Sociale Zaken en",
    "Werkgelegenheid",
    "Parnassusplein 5",
    "2511 VX Den Haag",
    "Postbus 90801",
    "2509 LV Den Haag",
    "T 070 333 44 44",
    "www.rijksoverheid.nl",
    "2024-0000071934",
    "Bijlage(n)",
]
SPACED_SIDEBAR_RUNS = [
    "Sociale Zak en en",
    "P arnassusplein",
    "2 5 11 VX",
    "P ostbus",
    "2 5 09 LV",
    "T 0 7 0",
]
NOT_IN_ANY_PARAGRAPH = [
    "Pagina",
    "P agina",
    "Ons kenmerk",
    "Retouradres",
    "Hoogachtend",
    "Postbus",
    "MINISTER",
    "STAATSSECRETARIS",
    "Geachte voorzitter",
    "Hanna Kuipers-Doorn",
    "Oosterhof",
    *SIDEBAR_LINES,
    *SPACED_SIDEBAR_RUNS,
]


@functools.cache
def parsed(form: str) -> kamerstuk.Letter:
    return kamerstuk.parse(FORMS[form])


def body(form: str) -> list[kamerstuk.models.Paragraph]:
    return [p for p in parsed(form).paragraphs if not p.attachment]


def norm(text: str) -> str:
    return " ".join(text.split())


def load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "kamerstuk_modern_fixture_generator", PDF_DIR / "generate.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


# --- metadata ------------------------------------------------------------------------------------


@pytest.mark.parametrize("field", list(METADATA))
@pytest.mark.parametrize("form", ALL)
def test_metadata(form: str, field: str) -> None:
    got = parsed(form).metadata.model_dump(mode="json")[field]
    if field == "signatories":
        got = [{"name": s["name"], "role": s["role"]} for s in got]
    assert got == METADATA[field]


# --- headings ------------------------------------------------------------------------------------


@pytest.mark.parametrize("form", ALL)
def test_numbered_headings_with_levels_by_depth(form: str) -> None:
    got = [(norm(s.title), s.level) for s in parsed(form).sections if norm(s.title) != UNDERLINED]
    assert got == NUMBERED


def test_underlined_heading_in_pdf() -> None:
    sections = parsed("pdf").sections
    titles = [norm(s.title) for s in sections]
    assert UNDERLINED in titles
    index = titles.index(UNDERLINED)
    assert titles[index - 1] == UNDERLINED_AFTER
    assert sections[index].level > 1, "a subheading inside section 2"


@pytest.mark.parametrize("form", ["pdfminer", "spaced"])
def test_underlined_heading_in_text_is_heading_or_nothing(form: str) -> None:
    """Plain text has no underline; the short unpunctuated line may be read as a heading, but it
    is never body text."""
    titles = [norm(s.title) for s in parsed(form).sections]
    if UNDERLINED in titles:
        assert titles[titles.index(UNDERLINED) - 1] == UNDERLINED_AFTER
    assert not any(UNDERLINED in p.text for p in parsed(form).paragraphs)


# --- paragraphs ----------------------------------------------------------------------------------


@pytest.mark.parametrize("form", ALL)
def test_paragraph_starts(form: str) -> None:
    got = [p.text for p in body(form)]
    starts = [text[: len(want)] for text, want in zip(got, STARTS, strict=False)]
    assert (len(got), starts) == (len(STARTS), STARTS)


def starting(form: str, start: str) -> list[kamerstuk.models.Paragraph]:
    return [p for p in body(form) if p.text.startswith(start)]


@pytest.mark.parametrize("form", ALL)
def test_topic_items_are_paragraphs(form: str) -> None:
    got = [[p.text for p in starting(form, item[:12])] for item in TOPIC_ITEMS]
    assert got == [[item] for item in TOPIC_ITEMS]


@pytest.mark.parametrize("form", ALL)
def test_bullet_clauses_stay_in_their_paragraph(form: str) -> None:
    [lead] = [p.text for p in starting(form, BULLET_LEAD)]
    assert "Met deze partijen heb ik afgesproken dat:" in lead
    assert [item for item in BULLET_ITEMS if item not in lead] == []
    assert lead.endswith("stageplaatsen in iedere regio.")
    assert [p.text for p in body(form) if any(p.text.startswith(i[:20]) for i in BULLET_ITEMS)] == []


@pytest.mark.parametrize("form", ALL)
def test_paragraph_joined_across_the_page_break(form: str) -> None:
    start, ending = ACROSS_PAGES
    [paragraph] = starting(form, start)
    assert paragraph.text.endswith(ending)
    assert (paragraph.page, paragraph.page_end) == (2, 3)


@pytest.mark.parametrize("form", ALL)
def test_attachment_line_is_an_attachment_paragraph(form: str) -> None:
    paragraphs = parsed(form).paragraphs
    attached = [p.text for p in paragraphs if p.attachment]
    assert attached == [ATTACHMENT]
    assert paragraphs[-1].attachment, "the attachment follows the body and the signature"
    assert not any("Eerste voortgangsrapportage" in p.text for p in body(form))


@pytest.mark.parametrize("form", ALL)
def test_no_furniture_in_paragraphs(form: str) -> None:
    leaks = [
        (p.id, needle, p.text[:60])
        for p in parsed(form).paragraphs
        for needle in NOT_IN_ANY_PARAGRAPH
        if needle in p.text
    ]
    assert leaks == []


# --- footnotes -----------------------------------------------------------------------------------


@pytest.mark.parametrize("form", ALL)
def test_footnotes_and_their_paragraphs(form: str) -> None:
    texts = {p.id: p.text for p in body(form)}
    got = {
        f.number: (texts.get(f.paragraph or "", f"not a body paragraph: {f.paragraph}"), norm(f.text))
        for f in parsed(form).footnotes
    }
    assert {
        n: (text[: len(FOOTNOTES[n][0])] if n in FOOTNOTES else text, note) for n, (text, note) in got.items()
    } == FOOTNOTES


@pytest.mark.parametrize("phrase", AROUND_MARKERS)
@pytest.mark.parametrize("form", ALL)
def test_text_runs_on_where_a_marker_stood(form: str, phrase: str) -> None:
    assert any(phrase in p.text for p in body(form))


# --- the fixture itself ---------------------------------------------------------------------------


def test_pdf_layout_is_the_modern_letterhead() -> None:
    """What the parser is tested on: sidebar at ~0.78 of the width in ~6.8 pt on every page, body
    9 pt, an underline under the subheading, a short rule above each page's footnotes."""
    with pdfplumber.open(FORMS["pdf"]) as pdf:
        assert len(pdf.pages) == 3
        for number, page in enumerate(pdf.pages, start=1):
            width = float(page.width)
            side = [c for c in page.chars if float(c["x0"]) > 0.77 * width]
            assert side and abs(min(float(c["x0"]) for c in side) / width - 0.785) < 0.01
            assert {round(float(c["size"]), 1) for c in side} == {6.8}
            text = page.extract_text()
            assert f"Pagina {number} van 3" in text
            assert "Ministerie van" in text and "Ons kenmerk" in text
            assert ("Bijlage(n)" in text) == (number == 1)
            sizes = Counter(round(float(c["size"]), 1) for c in page.chars if float(c["x0"]) < 0.77 * width)
            assert sizes.most_common(1)[0][0] == 9.0
        page2 = pdf.pages[1]
        words = page2.extract_words()
        [under] = [w for w in words if w["text"] == "Werkdruk"]
        bars = [r for r in page2.rects if float(r["height"]) < 1.5]
        assert any(
            abs(float(r["top"]) - float(under["bottom"])) < 3 and float(r["x0"]) <= under["x0"] + 1
            for r in bars
        )
        assert any(float(r["x1"]) - float(r["x0"]) == pytest.approx(144) for r in bars)  # footnote rule
    assert FORMS["pdf"].stat().st_size < 30_000


def test_spaced_text_imitates_corpus_pdfminer() -> None:
    plain = FORMS["pdfminer"].read_text(encoding="utf-8")
    spaced = FORMS["spaced"].read_text(encoding="utf-8")
    for run in ["P agina 1 van 3", "Sociale Zak en en", "2 5 09 LV D en Haag"]:
        assert run in spaced and run not in plain
    assert "\n\n" in plain and "\f" in plain
    assert "\n\n" not in spaced and "\f" not in spaced
    assert "\uf0b7 werkgevers" in spaced


def test_committed_files_are_up_to_date(tmp_path: Path) -> None:
    assert load_generator().main_modern(["generate.py", str(tmp_path)]) == 0
    made = sorted(p.name for p in tmp_path.iterdir())
    assert made == sorted(p.name for p in FORMS.values())
    stale = [n for n in made if (tmp_path / n).read_bytes() != (PDF_DIR / n).read_bytes()]
    assert stale == [], "run `.venv/bin/python fixtures/pdf/generate.py` and commit the files"


# A letterhead letter converted to Markdown, with bold headings: read with the letterhead's fields,
# not as an official Kamerstuk (which had "no letter structure found" with two bold headings).
_MD_LETTERHEAD = """> Ministerie van Sociale Zaken en Werkgelegenheid

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal
Postbus 20018
2500 EA DEN HAAG

Datum 3 maart 2026
Betreft Reactie op het advies over de bijstand

Geachte voorzitter,

**Aanleiding**

Op 12 januari heeft de raad zijn advies over de bijstand uitgebracht. In deze brief reageer ik daarop.

**Reactie**

De raad beveelt aan om de kostendelersnorm af te schaffen. Deze aanbeveling neem ik over.

Hoogachtend,

de Minister van Sociale Zaken en Werkgelegenheid,

A. de Vries
"""


def test_a_markdown_letterhead_with_bold_headings_is_read_as_a_letter() -> None:
    import kamerstuk

    letter = kamerstuk.parse_text(_MD_LETTERHEAD, name="bijstand.md")
    assert [s.title for s in letter.sections] == ["Aanleiding", "Reactie"]
    assert str(letter.metadata.date) == "2026-03-03"
    assert letter.metadata.subject == "Reactie op het advies over de bijstand"
    assert all("**" not in p.text for p in letter.paragraphs)
    assert [r.stance for r in letter.recommendations] == ["adopted"]
