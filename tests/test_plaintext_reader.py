"""The plain-text (pdftotext-style) reader on a small hand-written ministry letter."""

from __future__ import annotations

import datetime as dt

import pytest

import kamerstuk
from kamerstuk.readers.paragraphs import join_lines as _join_lines
from kamerstuk.readers.plaintext import read_plaintext

PAGE1 = """> Retouradres Postbus 16375 2500 BJ  Den Haag 

Aan de Voorzitter van de Tweede Kamer 
der Staten-Generaal 
Postbus 20018 
2500 EA  DEN HAAG 

Datum 
Betreft  Voortgang van het programma schoolgebouwen 

 14 november 2023 

Geachte voorzitter, 

Met deze brief informeer ik uw Kamer over de voortgang van het programma voor de 
verduurzaming van schoolgebouwen. In mijn vorige brief heb ik toegezegd om de Kamer 
jaarlijks te informeren over de stand van zaken.1 Het programma is in 2022 gestart en 
loopt tot en met 2030. Gemeenten en schoolbesturen werken daarin samen aan een duidelijk-
heid over de taakverdeling en aan een plan per gemeente.  

Stand van zaken 
Inmiddels heeft ruim de helft van de gemeenten een integraal huisvestingsplan vast- 
gesteld, en ook de dak- en 
thuisloze scholen zijn in beeld. Voor de LHBTI- 
jongeren is een aparte regeling. Bij de toekenning van de middelen kijken de 

Ministerie van Onderwijs, 
Cultuur en Wetenschap 

Rijnstraat 50 
Den Haag 
Postbus 16375 
2500 BJ  Den Haag 
www.rijksoverheid.nl 

Ons kenmerk 
OCW/2023-45612 

Bijlage(n) 
2 

Pagina 1 van 2 
"""

PAGE2 = """gemeenten vooral naar de leeftijd van de gebouwen en naar de staat van onderhoud.  

1 Kamerstuk 31 293, nr. 640. 

Pagina 2 van 2 

Ik blijf uw Kamer over de voortgang informeren. 

De Minister voor Primair en Voortgezet Onderwijs, 
M.L.J. Paul 

De Staatssecretaris van Onderwijs, Cultuur en Wetenschap, 
F. Kamphuis 
"""

TEXT = PAGE1 + "\f" + PAGE2


@pytest.fixture(scope="module")
def letter() -> kamerstuk.Letter:
    return kamerstuk.parse_text(TEXT, name="schoolgebouwen.txt")


def test_letterhead_fields(letter: kamerstuk.Letter) -> None:
    m = letter.metadata
    assert m.date == dt.date(2023, 11, 14)
    assert m.subject == "Voortgang van het programma schoolgebouwen"
    assert m.reference == "OCW/2023-45612"
    assert m.attachments == "2"
    assert m.ministry == "Ministerie van Onderwijs, Cultuur en Wetenschap"
    assert m.addressee == "Voorzitter van de Tweede Kamer der Staten-Generaal"
    assert m.kind == "brief"


def test_signatories(letter: kamerstuk.Letter) -> None:
    assert [(s.name, s.role) for s in letter.metadata.signatories] == [
        ("M.L.J. Paul", "Minister voor Primair en Voortgezet Onderwijs"),
        ("F. Kamphuis", "Staatssecretaris van Onderwijs, Cultuur en Wetenschap"),
    ]


def test_body_without_furniture(letter: kamerstuk.Letter) -> None:
    body = letter.text
    for furniture in (
        "Pagina",
        "Retouradres",
        "Rijnstraat",
        "Ons kenmerk",
        "Geachte",
        "www.rijksoverheid",
        "Postbus",
    ):
        assert furniture not in body
    assert [s.title for s in letter.sections] == ["Stand van zaken"]
    assert len(letter.paragraphs) == 3


def test_paragraph_runs_over_page_break_past_sidebar(letter: kamerstuk.Letter) -> None:
    p = letter.paragraphs[1]
    assert p.text.endswith("naar de staat van onderhoud.")
    assert "kijken de gemeenten vooral" in p.text
    assert (p.page, p.page_end) == (1, 2)


def test_hyphenation(letter: kamerstuk.Letter) -> None:
    first, second = letter.paragraphs[0].text, letter.paragraphs[1].text
    assert "een duidelijkheid over" in first
    assert "vastgesteld" in second
    assert "dak- en thuisloze" in second
    assert "LHBTI-jongeren" in second


def test_footnote_marker_and_text(letter: kamerstuk.Letter) -> None:
    [note] = letter.footnotes
    assert note.text == "Kamerstuk 31 293, nr. 640."
    assert note.page == 2
    assert note.paragraph == "p1"
    assert "zaken. Het programma" in letter.paragraphs[0].text  # marker digit removed
    assert letter.paragraphs[0].footnotes == [1]


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        pytest.param(["een duidelijk-", "heid"], "een duidelijkheid", id="dehyphenate"),
        pytest.param(["de dak-", "en thuisloze"], "de dak- en thuisloze", id="suspended-hyphen"),
        pytest.param(["de LHBTI-", "jongeren"], "de LHBTI-jongeren", id="acronym-compound"),
        pytest.param(["kenmerk IENW/BSK-", "2023/33017"], "kenmerk IENW/BSK-2023/33017", id="reference"),
        pytest.param(["de jaren 2019-", "2021"], "de jaren 2019-2021", id="year-range"),
        pytest.param(["Noord-", "Holland"], "Noord-Holland", id="capitalised-compound"),
        pytest.param(["gewone", "regel"], "gewone regel", id="plain"),
    ],
)
def test_join_lines(lines: list[str], joined: str) -> None:
    assert _join_lines(lines) == joined


def test_footnote_number_without_marker_is_body_text() -> None:
    doc = read_plaintext(
        "Datum 1 mei 2023\n\nGeachte voorzitter,\n\nTekst zonder voetnoot.\n\n1 Dit is geen noot.\n"
    )
    assert [b.kind for b in doc.blocks] == ["text", "text"]
