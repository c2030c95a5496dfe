"""The Markdown reader on small hand-written inputs: markup, markers, footnote blocks, pages."""

from __future__ import annotations

import pytest

from kamerstuk.blocks import Marker
from kamerstuk.readers.markdown import clean_inline, read_markdown
from kamerstuk.readers.text import looks_like_markdown


@pytest.mark.parametrize(
    ("raw", "text", "markers"),
    [
        pytest.param("**Nr. 12**", "Nr. 12", (), id="bold"),
        pytest.param("*(Nieuwe) regels*", "(Nieuwe) regels", (), id="italic-with-parens"),
        pytest.param(
            "zie bijlage 2<sup>3</sup>. Dan", "zie bijlage 2. Dan", (Marker(13, 3),), id="sup-marker"
        ),
        pytest.param(
            "gepubliceerd.[^4] Daarna", "gepubliceerd. Daarna", (Marker(13, 4),), id="md-footnote-ref"
        ),
        pytest.param(
            "via [www.rijksoverheid.nl](https://www.rijksoverheid.nl).",
            "via www.rijksoverheid.nl.",
            (),
            id="link",
        ),
        pytest.param("<https://example.org/rapport>.", "https://example.org/rapport.", (), id="autolink"),
        pytest.param("(groep 2,  $n=40$ ) bleek", "(groep 2, n=40) bleek", (), id="inline-math"),
        pytest.param("Jansen &amp; Zn.", "Jansen & Zn.", (), id="entity"),
        pytest.param("1\\. eerste punt", "1. eerste punt", (), id="escape"),
        pytest.param(
            "twee <sup>5</sup> spaties", "twee spaties", (Marker(4, 5),), id="marker-between-spaces"
        ),
        pytest.param(
            "de dak- en thuisloze jongeren", "de dak- en thuisloze jongeren", (), id="real-hyphen-kept"
        ),
    ],
)
def test_clean_inline(raw: str, text: str, markers: tuple[Marker, ...]) -> None:
    assert clean_inline(raw) == (text, markers)


LETTER = """Vergaderjaar 2023–2024

**36 100**

**Verkeersveiligheid**

**Nr. 9**

## **BRIEF VAN DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT**

### **Aanleiding**

Eerste alinea met een voetnoot.<sup>1</sup> En een tweede zin die doorloopt op de volgende

<sup>1</sup> Kamerstuk 36 100, nr. 3.

---

bladzijde en daar eindigt.

#### *Vervolg*

Tweede alinea.
"""


def test_pages_and_footnote_blocks() -> None:
    doc = read_markdown(LETTER)
    kinds = [(b.kind, b.page) for b in doc.blocks]
    assert ("footnote", 1) in kinds
    cont = next(b for b in doc.blocks if b.text.startswith("bladzijde"))
    assert cont.page == 2
    note = next(b for b in doc.blocks if b.kind == "footnote")
    assert note.number == 1 and note.text == "Kamerstuk 36 100, nr. 3."
    headings = [(b.text, b.bold, b.italic) for b in doc.blocks if b.kind == "heading"]
    assert headings[1:] == [("Aanleiding", True, False), ("Vervolg", False, True)]


def test_separator_before_footnotes_does_not_count_twice() -> None:
    text = "Eerste pagina tekst.<sup>1</sup>\n\n---\n\n<sup>1</sup> Noot.\n\nTweede pagina.\n\n---\n\nDerde pagina."
    doc = read_markdown(text)
    pages = {b.text: b.page for b in doc.blocks}
    assert pages == {"Eerste pagina tekst.": 1, "Noot.": 1, "Tweede pagina.": 2, "Derde pagina.": 3}
    assert doc.pages == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(LETTER, True, id="markdown-letter"),
        pytest.param("Datum 1 mei 2023\nBetreft Iets\n\nGeachte voorzitter,\n", False, id="plain-letterhead"),
        pytest.param("## Kop\n\nTekst<sup>1</sup>", True, id="heading-and-sup"),
        pytest.param("Pagina 1 van 2\f**vet**\n## kop", False, id="form-feed-means-pdftotext"),
        pytest.param(
            "Geachte voorzitter,\n\n**Aanbeveling 1** Doe dit.\n\n**Aanbeveling 2** Doe dat.\n",
            True,
            id="bold-run-in-labels",
        ),
        pytest.param(
            "Geachte voorzitter,\n\n**Let op** een enkele vette opening.\n", False, id="one-run-in-label"
        ),
    ],
)
def test_markdown_detection(text: str, expected: bool) -> None:
    assert looks_like_markdown(text) is expected


TABLE = """De raad doet drie aanbevelingen. Mijn reactie staat in de tabel.

| Aanbeveling | Reactie |
| :--- | --- |
| 1. Maak het **loket** digitaal | Overgenomen: het loket gaat in 2027 online. |
| 2. Schrap de leges | Niet overgenomen; de leges dekken de kosten. |
| 3. Meet de wachttijd a \\| b |  |

Een regel met een | streep is geen tabel.
"""


def test_pipe_table_cells_are_paragraphs_row_by_row() -> None:
    doc = read_markdown(TABLE)
    texts = [b.text for b in doc.blocks]
    assert texts == [
        "De raad doet drie aanbevelingen. Mijn reactie staat in de tabel.",
        "1. Maak het loket digitaal",
        "Overgenomen: het loket gaat in 2027 online.",
        "2. Schrap de leges",
        "Niet overgenomen; de leges dekken de kosten.",
        "3. Meet de wachttijd a | b",  # an escaped pipe stays in its cell; the empty cell is no paragraph
        "Een regel met een | streep is geen tabel.",
    ]
    # each cell keeps the line it stands on; the header names the columns in a note
    assert [b.line for b in doc.blocks[1:6]] == [5, 5, 6, 6, 7]
    assert [n.message for n in doc.notes] == ["table header row read as labels: Aanbeveling | Reactie"]


def test_pipe_rows_without_a_separator_line_stay_text() -> None:
    doc = read_markdown("| a | b |\n| c | d |\n")
    assert [b.text for b in doc.blocks] == ["| a | b | | c | d |"]
