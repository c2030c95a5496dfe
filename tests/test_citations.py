"""Tests for kamerstuk.entities.citations: literal tables of citation forms (eyecite-style).

All example sentences are written for these tests in the style of real Kamerstukken.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from kamerstuk.entities.citations import annotate, find_citations, is_identifier, url_for
from kamerstuk.models import Citation
from tests.conftest import require_shared

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seed" / "000_07ea6d749bcb6be1.txt"
CORPUS = SHARED / "corpus"

# Independent of the module's own IDENTIFIER_RE, so that a bug there cannot hide here.
WELL_FORMED = re.compile(
    r"^(kst-\d{4,6}(-[A-Z]+|-\d\d)?-(\d+|[A-Z]+)|h-(tk|ek)-(\d{4})(\d{4})-\d+-\d+|ah-(tk|ek)-\d{8}-\d+|20\d\d[ZD]\d{5})$"
)


def _check_offsets(text: str, cits: list[Citation]) -> None:
    for c in cits:
        assert text[c.start : c.end] == c.text
    assert [c.start for c in cits] == sorted(c.start for c in cits)


def _only(text: str, **kwargs: Any) -> Citation:
    cits = find_citations(text, **kwargs)
    _check_offsets(text, cits)
    assert len(cits) == 1, cits
    return cits[0]


# --------------------------------------------------------------------------- Kamerstukken

# (text, cited span, dossiers, numbers, identifiers)
KAMERSTUK_ROWS = [
    # "Kamerstuk 31 015, nr. 221"
    (
        "zie de beleidsreactie (Kamerstuk 31 015, nr. 230).",
        "Kamerstuk 31 015, nr. 230",
        ["31015"],
        ["230"],
        ["kst-31015-230"],
    ),
    (
        "Zoals gemeld in Kamerstuk 29 628, nr. 1102 is de",
        "Kamerstuk 29 628, nr. 1102",
        ["29628"],
        ["1102"],
        ["kst-29628-1102"],
    ),
    (
        "Ik verwijs naar Kamerstuk 35 570 , nr. 8 hierover.",
        "Kamerstuk 35 570 , nr. 8",
        ["35570"],
        ["8"],
        ["kst-35570-8"],
    ),
    (
        "(Kamerstuk 33\u00a0037, nr. 412)",
        "Kamerstuk 33\u00a0037, nr. 412",
        ["33037"],
        ["412"],
        ["kst-33037-412"],
    ),
    # one document in two dossiers
    (
        "het debat van 3 maart jl. (Kamerstukken 29 911 en 32 317, nr. 350) leerde",
        "Kamerstukken 29 911 en 32 317, nr. 350",
        ["29911", "32317"],
        ["350"],
        ["kst-29911-350"],
    ),
    (
        "Kamerstukken 21 501-20 en 21 501-02, nr. 1940",
        "Kamerstukken 21 501-20 en 21 501-02, nr. 1940",
        ["21501-20", "21501-02"],
        ["1940"],
        ["kst-21501-20-1940"],
    ),
    (
        "verslag (Kamerstukken 28 684, 29 279 en 34 775 VI, nr. 712).",
        "Kamerstukken 28 684, 29 279 en 34 775 VI, nr. 712",
        ["28684", "29279", "34775-VI"],
        ["712"],
        ["kst-28684-712"],
    ),
    # with chamber and vergaderjaar
    (
        "Kamerstukken II 2009/10, 32 123 XVI, nr. 30",
        "Kamerstukken II 2009/10, 32 123 XVI, nr. 30",
        ["32123-XVI"],
        ["30"],
        ["kst-32123-XVI-30"],
    ),
    (
        "(Kamerstukken II, 2018–2019, 35 000 VII, nr. 12)",
        "Kamerstukken II, 2018–2019, 35 000 VII, nr. 12",
        ["35000-VII"],
        ["12"],
        ["kst-35000-VII-12"],
    ),
    (
        "Kamerstukken II 1999/00, 26 800 IX, nr. 4",
        "Kamerstukken II 1999/00, 26 800 IX, nr. 4",
        ["26800-IX"],
        ["4"],
        ["kst-26800-IX-4"],
    ),
    (
        "Kamerstukken II 2022-2023 36 200 XII nr. 7",
        "Kamerstukken II 2022-2023 36 200 XII nr. 7",
        ["36200-XII"],
        ["7"],
        ["kst-36200-XII-7"],
    ),
    # no spaces or commas
    ("Kamerstuk 32852 nr. 209", "Kamerstuk 32852 nr. 209", ["32852"], ["209"], ["kst-32852-209"]),
    ("zie Kamerstuk 30196 nr 815.", "Kamerstuk 30196 nr 815", ["30196"], ["815"], ["kst-30196-815"]),
    ("Kamerstukken 31839,nr.900", "Kamerstukken 31839,nr.900", ["31839"], ["900"], ["kst-31839-900"]),
    # several numbers
    (
        "Kamerstuk 31 015, nrs. 220 en 221",
        "Kamerstuk 31 015, nrs. 220 en 221",
        ["31015"],
        ["220", "221"],
        ["kst-31015-220", "kst-31015-221"],
    ),
    (
        "(Kamerstuk 27 625, nrs. 12–15)",
        "Kamerstuk 27 625, nrs. 12–15",
        ["27625"],
        ["12", "13", "14", "15"],
        ["kst-27625-12", "kst-27625-13", "kst-27625-14", "kst-27625-15"],
    ),
    (
        "Kamerstuk 27 625, nrs. 3, 5 en 8 gaan hierop in.",
        "Kamerstuk 27 625, nrs. 3, 5 en 8",
        ["27625"],
        ["3", "5", "8"],
        ["kst-27625-3", "kst-27625-5", "kst-27625-8"],
    ),
    (
        "Kamerstuk 30 234, nrs. 40 t/m 42",
        "Kamerstuk 30 234, nrs. 40 t/m 42",
        ["30234"],
        ["40", "41", "42"],
        ["kst-30234-40", "kst-30234-41", "kst-30234-42"],
    ),
    (
        "Kamerstuk 30 234, nr. 40 en nr. 44",
        "Kamerstuk 30 234, nr. 40 en nr. 44",
        ["30234"],
        ["40", "44"],
        ["kst-30234-40", "kst-30234-44"],
    ),
    (
        "Kamerstukken 30 234, nrs. 5-7",
        "Kamerstukken 30 234, nrs. 5-7",
        ["30234"],
        ["5", "6", "7"],
        ["kst-30234-5", "kst-30234-6", "kst-30234-7"],
    ),
    # Eerste Kamer and letter documents
    (
        "Kamerstukken I 2021/22, 35 925, A",
        "Kamerstukken I 2021/22, 35 925, A",
        ["35925"],
        ["A"],
        ["kst-35925-A"],
    ),
    (
        "(Kamerstukken I 2019/20, 35 300 VII, B) en verder",
        "Kamerstukken I 2019/20, 35 300 VII, B",
        ["35300-VII"],
        ["B"],
        ["kst-35300-VII-B"],
    ),
    (
        "Kamerstukken I 2022/23, 36 067, nr. E",
        "Kamerstukken I 2022/23, 36 067, nr. E",
        ["36067"],
        ["E"],
        ["kst-36067-E"],
    ),
    (
        "Kamerstukken I 2020/21, 35 570, C en D",
        "Kamerstukken I 2020/21, 35 570, C en D",
        ["35570"],
        ["C", "D"],
        ["kst-35570-C", "kst-35570-D"],
    ),
    # roman and letter suffixes
    (
        "Kamerstuk 36 410 VIII, nr. 5",
        "Kamerstuk 36 410 VIII, nr. 5",
        ["36410-VIII"],
        ["5"],
        ["kst-36410-VIII-5"],
    ),
    (
        "Kamerstuk 36 725-XVII, nr. 52",
        "Kamerstuk 36 725-XVII, nr. 52",
        ["36725-XVII"],
        ["52"],
        ["kst-36725-XVII-52"],
    ),
    ("Kamerstuk 36 600 A, nr. 14", "Kamerstuk 36 600 A, nr. 14", ["36600-A"], ["14"], ["kst-36600-A-14"]),
    ("Kamerstuk 35 925 – IV, nr. 9", "Kamerstuk 35 925 – IV, nr. 9", ["35925-IV"], ["9"], ["kst-35925-IV-9"]),
    (
        "Kamerstuk 21 501-32, nr. 1580",
        "Kamerstuk 21 501-32, nr. 1580",
        ["21501-32"],
        ["1580"],
        ["kst-21501-32-1580"],
    ),
    # broken over lines
    (
        "Kamerstukken 29 911 en\n    32 317, nr. 350",
        "Kamerstukken 29 911 en\n    32 317, nr. 350",
        ["29911", "32317"],
        ["350"],
        ["kst-29911-350"],
    ),
    ("(Kamerstuk\n31 015, nr. 230)", "Kamerstuk\n31 015, nr. 230", ["31015"], ["230"], ["kst-31015-230"]),
    (
        "Kamerstukken II 2020/21,\n  35 570 XVI,\n  nr. 3",
        "Kamerstukken II 2020/21,\n  35 570 XVI,\n  nr. 3",
        ["35570-XVI"],
        ["3"],
        ["kst-35570-XVI-3"],
    ),
    # interrupted by a footnote marker in raw text
    (
        "Kamerstukken<sup>3</sup> 29 911 en 32 317, nr. 350",
        "Kamerstukken<sup>3</sup> 29 911 en 32 317, nr. 350",
        ["29911", "32317"],
        ["350"],
        ["kst-29911-350"],
    ),
    (
        "Kamerstuk 31 015,<sup>12</sup> nr. 230",
        "Kamerstuk 31 015,<sup>12</sup> nr. 230",
        ["31015"],
        ["230"],
        ["kst-31015-230"],
    ),
    ("Kamerstuk³ 31 015, nr. 230", "Kamerstuk³ 31 015, nr. 230", ["31015"], ["230"], ["kst-31015-230"]),
    ("Kamerstukken4 31 015, nr. 230", "Kamerstukken4 31 015, nr. 230", ["31015"], ["230"], ["kst-31015-230"]),
    # bare reference after "zie ook"
    ("zie ook 32 545, nr. 150.", "32 545, nr. 150", ["32545"], ["150"], ["kst-32545-150"]),
    (
        "(zie ook: 31 839, nrs. 7 en 9)",
        "31 839, nrs. 7 en 9",
        ["31839"],
        ["7", "9"],
        ["kst-31839-7", "kst-31839-9"],
    ),
    ("Zie 30 420, nr. 380 voor de cijfers.", "30 420, nr. 380", ["30420"], ["380"], ["kst-30420-380"]),
    # identifiers written out, also in URLs
    (
        "https://zoek.officielebekendmakingen.nl/kst-29628-1102.html",
        "kst-29628-1102",
        ["29628"],
        ["1102"],
        ["kst-29628-1102"],
    ),
    ("(kst-36725-XVII-12)", "kst-36725-XVII-12", ["36725-XVII"], ["12"], ["kst-36725-XVII-12"]),
    ("bijlage bij kst-21501-02-2711", "kst-21501-02-2711", ["21501-02"], ["2711"], ["kst-21501-02-2711"]),
]


def _kamerstuk_params() -> list[Any]:
    params = []
    for text, span, dossiers, numbers, identifiers in KAMERSTUK_ROWS:
        params.append(
            pytest.param(text, span, dossiers, numbers, identifiers, id=span.replace("\n", "/")[:50])
        )
    return params


@pytest.mark.parametrize(("text", "span", "dossiers", "numbers", "identifiers"), _kamerstuk_params())
def test_kamerstuk_forms(
    text: str, span: str, dossiers: list[str], numbers: list[str], identifiers: list[str]
) -> None:
    cits = find_citations(text)
    _check_offsets(text, cits)
    assert cits, f"nothing found in {text!r}"
    c = cits[0]
    assert c.kind == "kamerstuk"
    assert c.text == span
    assert c.start == text.index(span)
    assert c.dossiers == dossiers
    assert c.numbers == numbers
    assert c.identifiers == identifiers
    assert c.urls == [f"https://zoek.officielebekendmakingen.nl/{i}" for i in identifiers]


# (text, chamber, vergaderjaar)
CHAMBER_ROWS = [
    ("Kamerstukken II 2009/10, 32 123 XVI, nr. 30", "II", "2009-2010"),
    ("Kamerstukken I 2021/22, 35 925, A", "I", "2021-2022"),
    ("Kamerstuk 31 015, nr. 230", None, None),
    ("Kamerstukken II 1999/00, 26 800, nr. 4", "II", "1999-2000"),
    ("Kamerstukken II, vergaderjaar 2015–2016, 34 300, nr. 2", "II", "2015-2016"),
    ("Kamerstukken 2019/2020, 35 300, nr. 9", None, "2019-2020"),
]


@pytest.mark.parametrize(("text", "chamber", "vj"), [pytest.param(*r, id=r[0][:40]) for r in CHAMBER_ROWS])
def test_chamber_and_vergaderjaar(text: str, chamber: str | None, vj: str | None) -> None:
    c = _only(text)
    assert c.chamber == chamber
    assert c.vergaderjaar == vj


def test_chained_reference_keeps_chamber_and_year() -> None:
    text = "Kamerstukken II 2021/22, 31 015, nr. 230 en 32 545, nr. 150; 2022/23, 36 200, nr. 5."
    cits = find_citations(text)
    _check_offsets(text, cits)
    assert [c.identifiers for c in cits] == [["kst-31015-230"], ["kst-32545-150"], ["kst-36200-5"]]
    assert [c.text for c in cits] == [
        "Kamerstukken II 2021/22, 31 015, nr. 230",
        "32 545, nr. 150",
        "2022/23, 36 200, nr. 5",
    ]
    assert [c.chamber for c in cits] == ["II", "II", "II"]
    assert [c.vergaderjaar for c in cits] == ["2021-2022", "2021-2022", "2022-2023"]


# --------------------------------------------------------------------------- Handelingen

# (text, span, kind, chamber, numbers, item, identifiers)
HANDELINGEN_ROWS = [
    (
        "Handelingen II 2021/22, nr. 54, item 7",
        "Handelingen II 2021/22, nr. 54, item 7",
        "handelingen",
        "II",
        ["54"],
        "7",
        ["h-tk-20212022-54-7"],
    ),
    (
        "zoals ik toezegde (Handelingen II 2022/23, nr. 101, item 12).",
        "Handelingen II 2022/23, nr. 101, item 12",
        "handelingen",
        "II",
        ["101"],
        "12",
        ["h-tk-20222023-101-12"],
    ),
    (
        "Handelingen I 2020/21, nr. 33, item 4",
        "Handelingen I 2020/21, nr. 33, item 4",
        "handelingen",
        "I",
        ["33"],
        "4",
        ["h-ek-20202021-33-4"],
    ),
    (
        "Handelingen II 2023–2024, nr. 9, items 3 en 5",
        "Handelingen II 2023–2024, nr. 9, items 3 en 5",
        "handelingen",
        "II",
        ["9"],
        "3, 5",
        ["h-tk-20232024-9-3", "h-tk-20232024-9-5"],
    ),
    (
        "Handelingen II 2019/20,\n nr. 70, item 2",
        "Handelingen II 2019/20,\n nr. 70, item 2",
        "handelingen",
        "II",
        ["70"],
        "2",
        ["h-tk-20192020-70-2"],
    ),
    (
        "Handelingen II 2021/22, nr. 12",
        "Handelingen II 2021/22, nr. 12",
        "handelingen",
        "II",
        ["12"],
        None,
        [],
    ),
    (
        "Aanhangsel Handelingen II 2023/24, nr. 2166",
        "Aanhangsel Handelingen II 2023/24, nr. 2166",
        "aanhangsel",
        "II",
        ["2166"],
        None,
        ["ah-tk-20232024-2166"],
    ),
    (
        "(Aanhangsel van de Handelingen, vergaderjaar 2022–2023, nr. 845)",
        "Aanhangsel van de Handelingen, vergaderjaar 2022–2023, nr. 845",
        "aanhangsel",
        None,
        ["845"],
        None,
        ["ah-tk-20222023-845"],
    ),
    (
        "Aanhangsel Handelingen I 2020/21, nr. 17",
        "Aanhangsel Handelingen I 2020/21, nr. 17",
        "aanhangsel",
        "I",
        ["17"],
        None,
        ["ah-ek-20202021-17"],
    ),
    (
        "antwoorden (Aanhangsel Handelingen II 2021/22, nr. 3010) zijn",
        "Aanhangsel Handelingen II 2021/22, nr. 3010",
        "aanhangsel",
        "II",
        ["3010"],
        None,
        ["ah-tk-20212022-3010"],
    ),
    (
        "zie h-tk-20202021-88-14 en verder",
        "h-tk-20202021-88-14",
        "handelingen",
        "II",
        ["88"],
        "14",
        ["h-tk-20202021-88-14"],
    ),
    (
        "https://zoek.officielebekendmakingen.nl/ah-tk-20232024-1500.html",
        "ah-tk-20232024-1500",
        "aanhangsel",
        "II",
        ["1500"],
        None,
        ["ah-tk-20232024-1500"],
    ),
]


@pytest.mark.parametrize(
    ("text", "span", "kind", "chamber", "numbers", "item", "identifiers"),
    [pytest.param(*r, id=r[1].replace("\n", "/")[:50]) for r in HANDELINGEN_ROWS],
)
def test_handelingen_forms(
    text: str,
    span: str,
    kind: str,
    chamber: str | None,
    numbers: list[str],
    item: str | None,
    identifiers: list[str],
) -> None:
    c = _only(text)
    assert (c.kind, c.text, c.chamber, c.numbers, c.item, c.identifiers) == (
        kind,
        span,
        chamber,
        numbers,
        item,
        identifiers,
    )
    assert c.dossiers == []
    assert c.urls == [f"https://zoek.officielebekendmakingen.nl/{i}" for i in identifiers]


# --------------------------------------------------------------------------- zaak / document

# (text, expected [(kind, number)])
ZAAK_ROWS = [
    ("De vragen (2022Z24775) zijn beantwoord.", [("zaak", "2022Z24775")]),
    ("kenmerk 2022D22290", [("document", "2022D22290")]),
    ("Vragen 2023Z01234 en 2023Z01240", [("zaak", "2023Z01234"), ("zaak", "2023Z01240")]),
    (
        "ingezonden 5 maart 2024 (2024Z03311)\nen document 2024D08891.",
        [("zaak", "2024Z03311"), ("document", "2024D08891")],
    ),
    ("nummer 2021Z0973 is te kort, 2021Z097391 te lang", []),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(*r, id=r[0][:40]) for r in ZAAK_ROWS])
def test_zaak_and_document_numbers(text: str, expected: list[tuple[str, str]]) -> None:
    cits = find_citations(text)
    _check_offsets(text, cits)
    assert [(c.kind, c.text) for c in cits] == expected
    for c in cits:
        assert c.identifiers == [c.text]
        assert c.urls == [f"https://www.tweedekamer.nl/zoeken?qry={c.text}"]


# --------------------------------------------------------------------------- motions

# (text, span, movers, identifiers)
MOTION_ROWS = [
    (
        "Ik geef uitvoering aan de motie Bontenbal/Grinwis (Kamerstukken 32813, nr. 952).",
        "motie Bontenbal/Grinwis (Kamerstukken 32813, nr. 952)",
        ["Bontenbal", "Grinwis"],
        ["kst-32813-952"],
    ),
    (
        "de motie van het lid Van der Plas c.s. (Kamerstuk 36 200, nr. 45) vraagt",
        "motie van het lid Van der Plas c.s. (Kamerstuk 36 200, nr. 45)",
        ["Van der Plas"],
        ["kst-36200-45"],
    ),
    (
        "Met de gewijzigde motie Kathmann (Kamerstuk 36 410 VIII, nr. 23) is",
        "gewijzigde motie Kathmann (Kamerstuk 36 410 VIII, nr. 23)",
        ["Kathmann"],
        ["kst-36410-VIII-23"],
    ),
    (
        "de motie van de leden Inge van Dijk en Grinwis (Kamerstuk 32 545, nr. 150)",
        "motie van de leden Inge van Dijk en Grinwis (Kamerstuk 32 545, nr. 150)",
        ["Inge van Dijk", "Grinwis"],
        ["kst-32545-150"],
    ),
    (
        "de nader gewijzigde motie Dekker-Abdulaziz c.s. (Kamerstuk 36 725-XVII, nr. 40)",
        "nader gewijzigde motie Dekker-Abdulaziz c.s. (Kamerstuk 36 725-XVII, nr. 40)",
        ["Dekker-Abdulaziz"],
        ["kst-36725-XVII-40"],
    ),
    (
        "de motie-Omtzigt, Kamerstuk 35 300, nr. 21, vroeg",
        "motie-Omtzigt, Kamerstuk 35 300, nr. 21",
        ["Omtzigt"],
        ["kst-35300-21"],
    ),
    (
        "de motie Van Baarle over de vergunningverlening (Kamerstuk 29 383, nr. 390)",
        "motie Van Baarle over de vergunningverlening (Kamerstuk 29 383, nr. 390)",
        ["Van Baarle"],
        ["kst-29383-390"],
    ),
    (
        "de motie Kathmann, Six Dijkstra en Van Baarle (Kamerstuk 26 643, nr. 1100)",
        "motie Kathmann, Six Dijkstra en Van Baarle (Kamerstuk 26 643, nr. 1100)",
        ["Kathmann", "Six Dijkstra", "Van Baarle"],
        ["kst-26643-1100"],
    ),
]


@pytest.mark.parametrize(
    ("text", "span", "movers", "identifiers"), [pytest.param(*r, id=r[1][:45]) for r in MOTION_ROWS]
)
def test_motions_named_by_movers(text: str, span: str, movers: list[str], identifiers: list[str]) -> None:
    c = _only(text)
    assert c.kind == "kamerstuk"
    assert c.text == span
    assert c.movers == movers
    assert c.identifiers == identifiers


def test_motion_without_citation_is_not_a_citation() -> None:
    assert find_citations("de regering heeft de motie Dekker-Abdulaziz c.s. niet uitgevoerd") == []


# --------------------------------------------------------------------------- negatives

NEGATIVE_ROWS = [
    "artikel 31 015 van de Gemeentewet",
    "Zie nr. 5 van de bijlage.",
    "nr. 5",
    "In 2023 nr. 12 van de reeks.",
    "Postbus 20018, 2500 EA Den Haag",
    "Bel 070 - 370 69 11 of 06-12345678.",
    "Kamerstuk",
    "Kamerstukken II 2021/22, 35 925, A",  # a bare letter only names a document in the Eerste Kamer
    "Kamerstuk 31 015",  # no document number
    "zie ook bijlage 2, nr. 3",
    "Handelingen van de commissie, nr. 4",
    "de brief van 4 november 2009",  # a back-reference without footnote or bracketed citation
    "kst-abc-12 en h-tk-2021-3-4",
    "Kamerstukken 2023, nr. 12",
]


@pytest.mark.parametrize("text", [pytest.param(t, id=t[:40]) for t in NEGATIVE_ROWS])
def test_negatives(text: str) -> None:
    assert find_citations(text) == []


# --------------------------------------------------------------------------- back-references

# (sentence with "|" where the footnote marker sits, footnote text, backref span, identifiers)
BACKREF_ROWS = [
    (
        "Zoals gemeld in mijn brief van 12 maart jl.| heb ik de Kamer toegezegd te rapporteren.",
        "Kamerstuk 31 015, nr. 230.",
        "mijn brief van 12 maart jl.",
        ["kst-31015-230"],
    ),
    (
        "In de brief van 4 november 2009 over de opvang van slachtoffers| stond het plan.",
        "Kamerstukken II 2009/10, 28 638, nrs. 40 en 41.",
        "de brief van 4 november 2009",
        ["kst-28638-40", "kst-28638-41"],
    ),
    (
        "Ik verwijs naar mijn brief van 3 juli 2023.| Daarin staat het plan.",
        "Kamerstukken 29 911 en 32 317, nr. 350; Handelingen II 2022/23, nr. 90, item 4.",
        "mijn brief van 3 juli 2023",
        ["kst-29911-350", "h-tk-20222023-90-4"],
    ),
    (
        "Zoals aangekondigd in onze voortgangsbrief van 1 juni 2022| volgt nu de rest.",
        "Kamerstuk 36 200 VI, nr. 12",
        "onze voortgangsbrief van 1 juni 2022",
        ["kst-36200-VI-12"],
    ),
]


def _split_marker(sentence: str) -> tuple[str, int]:
    offset = sentence.index("|")
    return sentence.replace("|", ""), offset


@pytest.mark.parametrize(
    ("sentence", "note", "span", "identifiers"), [pytest.param(*r, id=r[2]) for r in BACKREF_ROWS]
)
def test_backref_resolved_by_footnote(sentence: str, note: str, span: str, identifiers: list[str]) -> None:
    text, offset = _split_marker(sentence)
    c = _only(text, footnotes={7: note}, markers={7: offset})
    assert c.kind == "backref"
    assert c.text == span
    assert c.footnote == 7
    assert c.identifiers == identifiers
    assert c.urls == [url_for(i) for i in identifiers]


def test_backref_needs_marker_in_same_sentence() -> None:
    text, offset = _split_marker(
        "Zie mijn brief van 12 maart jl. over dit onderwerp. Een ander punt is dit.|"
    )
    assert find_citations(text, footnotes={2: "Kamerstuk 31 015, nr. 230"}, markers={2: offset}) == []


def test_backref_ignores_footnote_without_citation() -> None:
    text, offset = _split_marker("Zie mijn brief van 12 maart jl.| voor meer.")
    assert find_citations(text, footnotes={2: "Raadpleegbaar via de website."}, markers={2: offset}) == []


def test_backref_picks_first_citing_footnote_in_sentence() -> None:
    text = "In mijn brief van 3 juli 2023 over de aanpak en het rapport staat meer."
    markers = {4: text.index(" over"), 5: text.index(" staat")}
    notes = {4: "Raadpleegbaar via rijksoverheid.nl.", 5: "Kamerstuk 31 015, nr. 230."}
    c = _only(text, footnotes=notes, markers=markers)
    assert (c.footnote, c.identifiers) == (5, ["kst-31015-230"])


def test_backref_with_raw_sup_marker() -> None:
    text = "Zoals gemeld in mijn brief van 12 maart jl.<sup>3</sup> heb ik dit toegezegd."
    c = _only(text, footnotes={3: "Kamerstuk 31 015, nr. 230"})
    assert (c.kind, c.text, c.footnote) == ("backref", "mijn brief van 12 maart jl.", 3)


def test_backref_inline_bracketed_citation() -> None:
    text = "Zie mijn brief van 3 juli 2023 (Kamerstuk 31 015, nr. 230) over de uitwerking."
    cits = find_citations(text)
    _check_offsets(text, cits)
    assert [(c.kind, c.text, c.identifiers) for c in cits] == [
        ("backref", "mijn brief van 3 juli 2023", ["kst-31015-230"]),
        ("kamerstuk", "Kamerstuk 31 015, nr. 230", ["kst-31015-230"]),
    ]
    assert cits[0].footnote is None


# --------------------------------------------------------------------------- mixed text


def test_several_citations_in_order_with_offsets() -> None:
    text = (
        "Op 3 maart jl. (Kamerstukken 29 911 en 32 317, nr. 350) heb ik toegezegd de motie Bontenbal\n"
        "(Kamerstuk 32 813, nr. 960) uit te voeren. De vragen (2024Z01234) zijn beantwoord\n"
        "(Aanhangsel Handelingen II 2023/24, nr. 1500). Zie ook Handelingen II 2023/24, nr. 40, item 9."
    )
    cits = find_citations(text)
    _check_offsets(text, cits)
    assert [c.kind for c in cits] == ["kamerstuk", "kamerstuk", "zaak", "aanhangsel", "handelingen"]
    assert cits[1].movers == ["Bontenbal"]
    assert cits[1].text.startswith("motie Bontenbal\n(")


# (text, expected citation texts)
SEQUENCE_ROWS = [
    (
        "(Kamerstuk 31 015, nr. 230; Kamerstuk 32 545, nr. 150)",
        ["Kamerstuk 31 015, nr. 230", "Kamerstuk 32 545, nr. 150"],
    ),
    (
        "Kamerstuk 31 015, nrs. 3 en 5 en 32 545, nr. 150",
        ["Kamerstuk 31 015, nrs. 3 en 5", "32 545, nr. 150"],
    ),
    ("Kamerstuk 31 015, nr. 230, 3 maart 2023", ["Kamerstuk 31 015, nr. 230"]),
    ("Kamerstukken II 2021/22, 31 015, nr. 230, p. 4", ["Kamerstukken II 2021/22, 31 015, nr. 230"]),
]


@pytest.mark.parametrize(("text", "spans"), [pytest.param(*r, id=r[0][:40]) for r in SEQUENCE_ROWS])
def test_where_a_citation_ends(text: str, spans: list[str]) -> None:
    cits = find_citations(text)
    _check_offsets(text, cits)
    assert [c.text for c in cits] == spans


def test_long_motion_name_list_without_citation_fails_fast() -> None:
    # Guards against catastrophic backtracking in the movers pattern (it would hang, not fail).
    assert find_citations("de motie " + "Van der Plas/" * 300 + " is verworpen") == []
    assert find_citations("Kamerstukken " + "12 345 en " * 500) == []


# --------------------------------------------------------------------------- helpers and annotate


def test_identifier_helpers() -> None:
    assert is_identifier("kst-32123-XVI-30")
    assert is_identifier("h-ek-20212022-2-7")
    assert is_identifier("2022Z24775")
    assert not is_identifier("kst-32123")
    assert url_for("2022D22290") == "https://www.tweedekamer.nl/zoeken?qry=2022D22290"
    assert url_for("ah-tk-20232024-2166") == "https://zoek.officielebekendmakingen.nl/ah-tk-20232024-2166"


def test_annotate_links_and_escapes() -> None:
    text = "A & B (Kamerstuk 31 015, nr. 230) <en> Handelingen II 2021/22, nr. 12."
    cits = find_citations(text)
    assert len(cits) == 2
    out = annotate(text, cits)
    assert out == (
        'A &amp; B (<a href="https://zoek.officielebekendmakingen.nl/kst-31015-230">'
        "Kamerstuk 31 015, nr. 230</a>)"
        " &lt;en&gt; Handelingen II 2021/22, nr. 12."
    )


def test_annotate_escapes_inside_link_and_custom_template() -> None:
    text = "x Kamerstuk 31 015,<sup>2</sup> nr. 230 y"
    cits = find_citations(text)
    out = annotate(text, cits, template="[{kind}:{identifier}|{text}]")
    assert out == "x [kamerstuk:kst-31015-230|Kamerstuk 31 015,&lt;sup&gt;2&lt;/sup&gt; nr. 230] y"


def test_annotate_rejects_citations_of_another_text() -> None:
    cits = find_citations("Kamerstuk 31 015, nr. 230")
    with pytest.raises(ValueError):
        annotate("iets heel anders dan de tekst", cits)


# --------------------------------------------------------------------------- real documents


def test_seed_letter() -> None:
    text = require_shared(SEED).read_text(encoding="utf-8")
    cits = find_citations(text)
    _check_offsets(text, cits)
    by_id = {i: c for c in cits for i in c.identifiers}
    assert "kst-28638-207" in by_id
    assert by_id["kst-28638-207"].dossiers == ["28638", "34193"]
    assert "kst-31015-221" in by_id
    assert by_id["kst-31015-221"].dossiers == ["31015"]


def test_corpus_xml_citations_are_well_formed() -> None:
    files = sorted(require_shared(CORPUS).glob("*.xml"))
    assert files, f"no XML files in {CORPUS}"
    total = 0
    for path in files:
        text = re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8", errors="replace"))
        cits = find_citations(text)
        _check_offsets(text, cits)
        for c in cits:
            total += 1
            if not (c.kind == "handelingen" and c.item is None):
                assert c.identifiers, (path.name, c)
            for ident in c.identifiers:
                assert WELL_FORMED.match(ident), (path.name, ident)
            assert len(c.urls) == len(c.identifiers)
    assert total >= 1
