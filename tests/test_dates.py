"""Dates, deadlines, the parliamentary calendar and the sentence splitter."""

from __future__ import annotations

import datetime as dt

import pytest

from kamerstuk.entities.calendar import RECESS_NAMES, prinsjesdag, recess, recess_by_rule, recess_source
from kamerstuk.entities.dates import find_dates, find_deadlines
from kamerstuk.entities.sentences import split_sentences

D = dt.date
REF = D(2022, 4, 1)

# --- calendar ------------------------------------------------------------------------------

RECESS_ROWS = [
    ("zomerreces", 2022, D(2022, 7, 1), D(2022, 8, 29)),
    ("zomer", 2022, D(2022, 7, 1), D(2022, 8, 29)),
    ("kerstreces", 2022, D(2022, 12, 23), D(2023, 1, 9)),
    ("Kerstreces", 2022, D(2022, 12, 23), D(2023, 1, 9)),
    ("krokusreces", 2022, D(2022, 2, 18), D(2022, 2, 28)),
    ("zomerreces", 2023, D(2023, 7, 7), D(2023, 9, 4)),
    # outside the table: the rule
    ("zomerreces", 2027, D(2027, 7, 2), D(2027, 8, 30)),
    ("kerstreces", 2026, D(2026, 12, 18), D(2027, 1, 11)),
    ("meireces", 2027, D(2027, 4, 23), D(2027, 5, 10)),
]


@pytest.mark.parametrize(
    ("name", "year", "first", "last"), [pytest.param(*r, id=f"{r[0]}-{r[1]}") for r in RECESS_ROWS]
)
def test_recess(name: str, year: int, first: dt.date, last: dt.date) -> None:
    assert recess(name, year) == (first, last)


@pytest.mark.parametrize("year", range(2015, 2028))
def test_recess_shape(year: int) -> None:
    previous_end = D(year, 1, 1)
    for name in RECESS_NAMES:
        first, last = recess(name, year)
        assert first.weekday() == 4, (name, year, "starts on a Friday")
        assert last.weekday() == 0, (name, year, "ends on a Monday")
        assert first > previous_end
        assert 10 <= (last - first).days <= 66
        previous_end = last
        assert recess_source(name, year) in ("table", "rule")


def test_rule_matches_2022_summer_and_christmas() -> None:
    assert recess_by_rule("zomerreces", 2022) == recess("zomerreces", 2022)
    assert recess_by_rule("kerstreces", 2022) == recess("kerstreces", 2022)
    assert recess_source("zomerreces", 2022) == "table"
    assert recess_source("zomerreces", 2027) == "rule"


def test_unknown_recess() -> None:
    with pytest.raises(KeyError):
        recess("paasvakantie-extra", 2022)


@pytest.mark.parametrize(
    ("year", "day"),
    [
        pytest.param(2021, D(2021, 9, 21), id="2021"),
        pytest.param(2022, D(2022, 9, 20), id="2022"),
        pytest.param(2023, D(2023, 9, 19), id="2023"),
        pytest.param(2026, D(2026, 9, 15), id="2026"),
    ],
)
def test_prinsjesdag(year: int, day: dt.date) -> None:
    assert prinsjesdag(year) == day


# --- find_dates ----------------------------------------------------------------------------

DATE_ROWS: list[tuple[str, str, list[tuple[str, dt.date | None, bool]]]] = [
    ("long", "De evaluatie is op 1 april 2022 afgerond.", [("1 april 2022", D(2022, 4, 1), False)]),
    (
        "long-2",
        "Het convenant is op 12 oktober 2020 getekend.",
        [("12 oktober 2020", D(2020, 10, 12), False)],
    ),
    ("abbr-dot", "Brief van 3 mrt. 2021 over de voortgang.", [("3 mrt. 2021", D(2021, 3, 3), False)]),
    ("abbr-apr", "Zie de brief van 1 apr. 2022.", [("1 apr. 2022", D(2022, 4, 1), False)]),
    ("abbr-nodot", "Vastgesteld op 15 sept 2021.", [("15 sept 2021", D(2021, 9, 15), False)]),
    ("numeric", "Ingekomen op 1-4-2022 bij de griffie.", [("1-4-2022", D(2022, 4, 1), False)]),
    ("numeric-slash", "Datum: 05/11/2021.", [("05/11/2021", D(2021, 11, 5), False)]),
    ("numeric-dots", "Kenmerk van 28.02.2022.", [("28.02.2022", D(2022, 2, 28), False)]),
    ("iso", "Gepubliceerd 2022-04-01 op de website.", [("2022-04-01", D(2022, 4, 1), False)]),
    ("iso-2", "Laatst gewijzigd: 2021-12-31.", [("2021-12-31", D(2021, 12, 31), False)]),
    (
        "jl-last-year",
        "Op 17 december jl. verscheen het rapport.",
        [("17 december jl.", D(2021, 12, 17), True)],
    ),
    (
        "jl-this-year",
        "Het overleg van 20 januari jl. is verdaagd.",
        [("20 januari jl.", D(2022, 1, 20), True)],
    ),
    ("jl-same-day", "De brief van 1 april jl. is ontvangen.", [("1 april jl.", D(2022, 4, 1), True)]),
    ("jongstleden", "Het debat van 3 maart jongstleden.", [("3 maart jongstleden", D(2022, 3, 3), True)]),
    ("as-this-year", "Het debat van 14 april a.s. gaat door.", [("14 april a.s.", D(2022, 4, 14), True)]),
    ("as-next-year", "De termijn sluit op 10 februari a.s.", [("10 februari a.s.", D(2023, 2, 10), True)]),
    ("aanstaande", "Op 2 mei aanstaande spreekt de commissie.", [("2 mei aanstaande", D(2022, 5, 2), True)]),
    ("bare", "Het symposium vindt plaats op 17 december.", [("17 december", D(2022, 12, 17), True)]),
    ("bare-2", "Tot 30 juni kan worden gereageerd.", [("30 juni", D(2022, 6, 30), True)]),
    ("vorig-jaar", "Vorig jaar is de wet gewijzigd.", [("Vorig jaar", None, True)]),
    ("dit-jaar", "De monitor verschijnt dit jaar voor het eerst.", [("dit jaar", None, True)]),
    ("volgend-jaar", "Volgend jaar start de pilot.", [("Volgend jaar", None, True)]),
    ("invalid-day", "Op 31 februari 2022 gebeurde niets.", []),
    ("not-a-date", "Kamerstuk 31 015, nr. 245 en 15,3 jaar.", []),
    (
        "two",
        "Tussen 1 januari 2021 en 31 december 2021 zijn 200 meldingen gedaan.",
        [("1 januari 2021", D(2021, 1, 1), False), ("31 december 2021", D(2021, 12, 31), False)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in DATE_ROWS])
def test_find_dates(text: str, expected: list[tuple[str, dt.date | None, bool]]) -> None:
    got = [(d.text, d.value, d.relative) for d in find_dates(text, REF)]
    assert got == expected
    for d in find_dates(text, REF):
        assert text[d.start : d.end] == d.text


def test_find_dates_without_reference() -> None:
    got = find_dates("Op 17 december jl. en op 1 april 2022.")
    assert [(d.value, d.relative) for d in got] == [(None, True), (D(2022, 4, 1), False)]


# --- find_deadlines ------------------------------------------------------------------------

# (id, text, reference, deadline text, earliest, latest, rule)
DEADLINE_ROWS: list[tuple[str, str, dt.date, str, dt.date | None, dt.date | None, str]] = [
    # before / after a recess
    (
        "zomer",
        "Ik informeer uw Kamer voor de zomer.",
        REF,
        "voor de zomer",
        REF,
        D(2022, 6, 30),
        "zomerreces",
    ),
    (
        "zomerreces",
        "Vóór het zomerreces volgt een brief.",
        REF,
        "Vóór het zomerreces",
        REF,
        D(2022, 6, 30),
        "zomerreces",
    ),
    (
        "zomer-past",
        "Dat gebeurt voor de zomer.",
        D(2022, 7, 15),
        "voor de zomer",
        D(2022, 7, 15),
        D(2023, 7, 6),
        "zomerreces",
    ),
    (
        "zomer-year",
        "Voor de zomer van 2024 ligt er een plan.",
        REF,
        "Voor de zomer van 2024",
        REF,
        D(2024, 7, 4),
        "zomerreces",
    ),
    ("na-zomer", "Na de zomer start de campagne.", REF, "Na de zomer", D(2022, 8, 30), None, "na-zomerreces"),
    (
        "na-zomerreces",
        "Direct na het zomerreces volgt het debat.",
        REF,
        "Direct na het zomerreces",
        D(2022, 8, 30),
        None,
        "na-zomerreces",
    ),
    (
        "na-zomer-late",
        "Na de zomer volgt de evaluatie.",
        D(2022, 10, 1),
        "Na de zomer",
        D(2023, 9, 5),
        None,
        "na-zomerreces",
    ),
    (
        "kerstreces",
        "Voor het kerstreces ontvangt u de nota.",
        REF,
        "Voor het kerstreces",
        REF,
        D(2022, 12, 22),
        "kerstreces",
    ),
    (
        "kerst",
        "De Kamer ontvangt de rapportage nog voor de kerst.",
        REF,
        "nog voor de kerst",
        REF,
        D(2022, 12, 22),
        "kerstreces",
    ),
    (
        "na-kerstreces-jan",
        "Na het kerstreces volgt het debat.",
        D(2023, 1, 3),
        "Na het kerstreces",
        D(2023, 1, 10),
        None,
        "na-kerstreces",
    ),
    (
        "herfstreces",
        "Voor het herfstreces stuur ik de brief.",
        REF,
        "Voor het herfstreces",
        REF,
        D(2022, 10, 13),
        "herfstreces",
    ),
    # The budget cycle and school years
    (
        "voorjaarsnota",
        "Bij de Voorjaarsnota 2023 informeer ik uw Kamer.",
        REF,
        "Bij de Voorjaarsnota 2023",
        D(2023, 4, 1),
        D(2023, 5, 31),
        "voorjaarsnota",
    ),
    (
        "voorjaarsbesluitvorming",
        "Bij de voorjaarsbesluitvorming van 2023 neemt het kabinet een besluit.",
        REF,
        "Bij de voorjaarsbesluitvorming van 2023",
        D(2023, 3, 1),
        D(2023, 4, 30),
        "voorjaarsbesluitvorming",
    ),
    (
        "augustusbesluitvorming",
        "Het kabinet besluit hierover bij de augustusbesluitvorming.",
        REF,
        "bij de augustusbesluitvorming",
        D(2022, 8, 1),
        D(2022, 8, 31),
        "augustusbesluitvorming",
    ),
    # the circulars of the Gemeentefonds (round 34)
    (
        "vanaf-meicirculaire",
        "Vanaf de meicirculaire 2023 bevat de toelichting een doelbeschrijving.",
        REF,
        "Vanaf de meicirculaire 2023",
        D(2023, 5, 15),
        None,
        "vanaf-meicirculaire",
    ),
    (
        "septembercirculaire",
        "In de septembercirculaire informeer ik de gemeenten over de verdeling.",
        REF,
        "In de septembercirculaire",
        D(2022, 9, 1),
        D(2022, 9, 30),
        "septembercirculaire",
    ),
    (
        "decembercirculaire",
        "Bij de decembercirculaire van 2022 volgt de verdeling.",
        REF,
        "Bij de decembercirculaire van 2022",
        D(2022, 12, 1),
        D(2022, 12, 31),
        "decembercirculaire",
    ),
    (
        "najaarsnota",
        "Voor de Najaarsnota volgt een besluit.",
        REF,
        "Voor de Najaarsnota",
        REF,
        D(2022, 10, 31),
        "najaarsnota",
    ),
    (
        "vanaf-jaar",
        "Vanaf 2024 geldt een nieuwe norm.",
        REF,
        "Vanaf 2024",
        D(2024, 1, 1),
        None,
        "vanaf-jaar",
    ),
    (
        "vanaf-maand",
        "De dienst belt vanaf oktober 2023 alle aanvragers.",
        REF,
        "vanaf oktober 2023",
        D(2023, 10, 1),
        None,
        "vanaf-maand",
    ),
    (
        "vanaf-seizoen",
        "Het overleg vindt vanaf het voorjaar van 2023 twee keer per jaar plaats.",
        REF,
        "vanaf het voorjaar van 2023",
        D(2023, 3, 1),
        None,
        "vanaf-voorjaar",
    ),
    (
        "met-ingang-van-begroting",
        "Met ingang van de begroting voor 2024 maak ik het budget zichtbaar.",
        REF,
        "Met ingang van de begroting voor 2024",
        D(2023, 9, 19),
        None,
        "vanaf-begroting",
    ),
    (
        "vanaf-begroting",
        "Vanaf de begroting voor 2024 neem ik een indicator op.",
        REF,
        "Vanaf de begroting voor 2024",
        D(2023, 9, 19),
        None,
        "vanaf-begroting",
    ),
    (
        "belastingplan",
        "De vrijstelling wordt opgenomen in het pakket Belastingplan 2024.",
        REF,
        "in het pakket Belastingplan 2024",
        D(2023, 9, 19),
        D(2023, 9, 19),
        "begroting",
    ),
    (
        "miljoenennota",
        "Met de Miljoenennota ontvangt u de raming.",
        REF,
        "Met de Miljoenennota",
        D(2022, 9, 20),
        D(2022, 9, 20),
        "begroting",
    ),
    (
        "vanaf-schooljaar",
        "Met ingang van het schooljaar 2023-2024 geldt de nieuwe norm.",
        REF,
        "Met ingang van het schooljaar 2023-2024",
        D(2023, 8, 1),
        None,
        "vanaf-schooljaar",
    ),
    (
        "studiejaar",
        "In het studiejaar 2023–2024 start de pilot.",
        REF,
        "In het studiejaar 2023–2024",
        D(2023, 9, 1),
        D(2024, 8, 31),
        "studiejaar",
    ),
    (
        "komend-schooljaar",
        "Vanaf het komende schooljaar geldt dit.",
        REF,
        "Vanaf het komende schooljaar",
        D(2022, 8, 1),
        None,
        "vanaf-schooljaar",
    ),
    # Prinsjesdag
    (
        "prinsjesdag",
        "Voor Prinsjesdag volgt het besluit.",
        REF,
        "Voor Prinsjesdag",
        REF,
        D(2022, 9, 19),
        "prinsjesdag",
    ),
    (
        "op-prinsjesdag",
        "Op Prinsjesdag 2023 wordt het plan gepresenteerd.",
        REF,
        "Op Prinsjesdag 2023",
        D(2023, 9, 19),
        D(2023, 9, 19),
        "op-prinsjesdag",
    ),
    (
        "rond-prinsjesdag",
        "Rond Prinsjesdag volgt meer.",
        REF,
        "Rond Prinsjesdag",
        D(2022, 9, 13),
        D(2022, 9, 27),
        "rond-prinsjesdag",
    ),
    # seasons
    (
        "dit-najaar",
        "Dit najaar volgt de evaluatie.",
        REF,
        "Dit najaar",
        D(2022, 9, 1),
        D(2022, 12, 31),
        "najaar",
    ),
    (
        "najaar-2022",
        "De oplevering van het onderzoek volgt in het najaar van 2022.",
        REF,
        "in het najaar van 2022",
        D(2022, 9, 1),
        D(2022, 12, 31),
        "najaar",
    ),
    (
        "najaar-bare-year",
        "Oplevering: najaar 2023.",
        REF,
        "najaar 2023",
        D(2023, 9, 1),
        D(2023, 12, 31),
        "najaar",
    ),
    (
        "dit-voorjaar",
        "Dit voorjaar start de werving.",
        REF,
        "Dit voorjaar",
        D(2022, 3, 1),
        D(2022, 6, 30),
        "voorjaar",
    ),
    (
        "komend-voorjaar",
        "Het komende voorjaar volgt een brief.",
        D(2022, 10, 1),
        "Het komende voorjaar",
        D(2023, 3, 1),
        D(2023, 6, 30),
        "voorjaar",
    ),
    (
        "in-het-voorjaar",
        "In het voorjaar van 2023 volgt de wet.",
        REF,
        "In het voorjaar van 2023",
        D(2023, 3, 1),
        D(2023, 6, 30),
        "voorjaar",
    ),
    # parts of a year
    (
        "eind-2024",
        "De wet treedt eind 2024 in werking.",
        REF,
        "eind 2024",
        D(2024, 10, 1),
        D(2024, 12, 31),
        "eind-jaar",
    ),
    (
        "eind-dit-jaar",
        "Eind dit jaar verschijnt de monitor.",
        REF,
        "Eind dit jaar",
        D(2022, 10, 1),
        D(2022, 12, 31),
        "eind-jaar",
    ),
    (
        "aan-het-eind",
        "Aan het eind van volgend jaar is de pilot klaar.",
        REF,
        "Aan het eind van volgend jaar",
        D(2023, 10, 1),
        D(2023, 12, 31),
        "eind-jaar",
    ),
    (
        "begin-2025",
        "Begin 2025 volgt de evaluatie.",
        REF,
        "Begin 2025",
        D(2025, 1, 1),
        D(2025, 3, 31),
        "begin-jaar",
    ),
    (
        "begin-volgend-jaar",
        "Begin volgend jaar ontvangt u de resultaten.",
        REF,
        "Begin volgend jaar",
        D(2023, 1, 1),
        D(2023, 3, 31),
        "begin-jaar",
    ),
    (
        "begin-dit-jaar",
        "De eerste meting is begin dit jaar uitgevoerd.",
        REF,
        "begin dit jaar",
        D(2022, 1, 1),
        D(2022, 3, 31),
        "begin-jaar",
    ),
    (
        "medio-2025",
        "Medio 2025 is het systeem gereed.",
        REF,
        "Medio 2025",
        D(2025, 5, 1),
        D(2025, 8, 31),
        "medio-jaar",
    ),
    (
        "halverwege",
        "Halverwege volgend jaar volgt een tussenstand.",
        REF,
        "Halverwege volgend jaar",
        D(2023, 5, 1),
        D(2023, 8, 31),
        "medio-jaar",
    ),
    (
        "voor-einde-jaar",
        "Voor het einde van het jaar besluit ik.",
        REF,
        "Voor het einde van het jaar",
        REF,
        D(2022, 12, 31),
        "voor-eind-jaar",
    ),
    (
        "voor-eind-2023",
        "Vóór eind 2023 is de wet aangepast.",
        REF,
        "Vóór eind 2023",
        REF,
        D(2023, 12, 31),
        "voor-eind-jaar",
    ),
    (
        "jaarwisseling",
        "Voor de jaarwisseling ontvangt u de nota.",
        REF,
        "Voor de jaarwisseling",
        REF,
        D(2022, 12, 31),
        "voor-eind-jaar",
    ),
    # quarters and halves
    (
        "q1-2023-words",
        "In het eerste kwartaal van 2023 volgt de brief.",
        REF,
        "In het eerste kwartaal van 2023",
        D(2023, 1, 1),
        D(2023, 3, 31),
        "kwartaal",
    ),
    (
        "q-short",
        "Oplevering is gepland in Q1 2026.",
        REF,
        "Q1 2026",
        D(2026, 1, 1),
        D(2026, 3, 31),
        "kwartaal",
    ),
    (
        "q-short-dash",
        "De tender loopt tot Q3-2024.",
        REF,
        "Q3-2024",
        D(2024, 7, 1),
        D(2024, 9, 30),
        "kwartaal",
    ),
    (
        "q2-no-year",
        "In het tweede kwartaal start de pilot.",
        REF,
        "In het tweede kwartaal",
        D(2022, 4, 1),
        D(2022, 6, 30),
        "kwartaal",
    ),
    (
        "q1-no-year-late",
        "In het eerste kwartaal volgt de wet.",
        D(2022, 11, 1),
        "In het eerste kwartaal",
        D(2023, 1, 1),
        D(2023, 3, 31),
        "kwartaal",
    ),
    (
        "q-digit",
        "In het 4e kwartaal van dit jaar volgt meer.",
        REF,
        "In het 4e kwartaal van dit jaar",
        D(2022, 10, 1),
        D(2022, 12, 31),
        "kwartaal",
    ),
    (
        "half",
        "In de tweede helft van 2023 start de uitrol.",
        REF,
        "In de tweede helft van 2023",
        D(2023, 7, 1),
        D(2023, 12, 31),
        "jaarhelft",
    ),
    (
        "halfjaar",
        "In het eerste halfjaar van 2023 start de uitrol.",
        REF,
        "In het eerste halfjaar van 2023",
        D(2023, 1, 1),
        D(2023, 6, 30),
        "jaarhelft",
    ),
    # a report over a half year appears in the half after it
    (
        "rapportage-over-halfjaar",
        "Ik informeer uw Kamer in de rapportage over het tweede halfjaar van 2022.",
        REF,
        "het tweede halfjaar van 2022",
        D(2023, 1, 1),
        D(2023, 6, 30),
        "jaarhelft",
    ),
    # periods from the letter's date
    (
        "binnen-zes-weken",
        "Ik beantwoord de vragen binnen zes weken.",
        REF,
        "binnen zes weken",
        REF,
        D(2022, 5, 13),
        "binnen-termijn",
    ),
    (
        "binnen-twee-maanden",
        "Binnen twee maanden volgt een reactie.",
        REF,
        "Binnen twee maanden",
        REF,
        D(2022, 6, 1),
        "binnen-termijn",
    ),
    (
        "binnen-3-weken",
        "Binnen 3 weken volgt het besluit.",
        REF,
        "Binnen 3 weken",
        REF,
        D(2022, 4, 22),
        "binnen-termijn",
    ),
    (
        "binnen-een-maand",
        "Binnen een maand ontvangt u de brief.",
        REF,
        "Binnen een maand",
        REF,
        D(2022, 5, 1),
        "binnen-termijn",
    ),
    (
        "binnen-twaalf-maanden",
        "Binnen twaalf maanden is de evaluatie klaar.",
        REF,
        "Binnen twaalf maanden",
        REF,
        D(2023, 4, 1),
        "binnen-termijn",
    ),
    (
        "binnen-werkdagen",
        "Binnen tien werkdagen volgt een besluit.",
        REF,
        "Binnen tien werkdagen",
        REF,
        D(2022, 4, 15),
        "binnen-termijn",
    ),
    (
        "binnen-half-jaar",
        "Binnen een half jaar volgt de wet.",
        REF,
        "Binnen een half jaar",
        REF,
        D(2022, 10, 1),
        "binnen-termijn",
    ),
    (
        "komende-maanden",
        "De komende maanden werk ik dit uit.",
        REF,
        "De komende maanden",
        REF,
        D(2022, 10, 1),
        "komende-periode",
    ),
    (
        "komende-weken",
        "In de komende weken volgt overleg.",
        REF,
        "In de komende weken",
        REF,
        D(2022, 5, 27),
        "komende-periode",
    ),
    (
        "komende-twee-jaar",
        "De komende twee jaar loopt de pilot.",
        REF,
        "De komende twee jaar",
        REF,
        D(2024, 4, 1),
        "komende-periode",
    ),
    (
        "zsm",
        "Ik informeer uw Kamer zo snel mogelijk.",
        REF,
        "zo snel mogelijk",
        REF,
        None,
        "zo-snel-mogelijk",
    ),
    (
        "zo-spoedig",
        "De regeling wordt zo spoedig mogelijk aangepast.",
        REF,
        "zo spoedig mogelijk",
        REF,
        None,
        "zo-snel-mogelijk",
    ),
    (
        "op-zo-kort",
        "Op zo kort mogelijke termijn volgt een besluit.",
        REF,
        "Op zo kort mogelijke termijn",
        REF,
        None,
        "zo-snel-mogelijk",
    ),
    # dated deadlines
    (
        "voor-datum",
        "De aanvragen moeten voor 1 juli 2024 binnen zijn.",
        REF,
        "voor 1 juli 2024",
        REF,
        D(2024, 6, 30),
        "voor-datum",
    ),
    (
        "voor-maand",
        "De uitvoerder past de brief vóór januari 2023 aan.",
        REF,
        "vóór januari 2023",
        REF,
        D(2022, 12, 31),
        "voor-maand",
    ),
    (
        "voor-maand-noyear",
        "Vóór maart stuur ik de brief.",
        REF,
        "Vóór maart",
        REF,
        D(2023, 2, 28),
        "voor-maand",
    ),
    (
        "uiterlijk-maand",
        "Gemeenten reageren niet later dan oktober 2022.",
        REF,
        "niet later dan oktober 2022",
        REF,
        D(2022, 10, 31),
        "uiterlijk-maand",
    ),
    (
        "voor-datum-noyear",
        "Vóór 1 juli stuur ik de brief.",
        REF,
        "Vóór 1 juli",
        REF,
        D(2022, 6, 30),
        "voor-datum",
    ),
    (
        "uiterlijk",
        "Gemeenten reageren uiterlijk 1 maart.",
        REF,
        "uiterlijk 1 maart",
        REF,
        D(2023, 3, 1),
        "uiterlijk-datum",
    ),
    (
        "uiterlijk-op",
        "De rapportage komt uiterlijk op 15 mei 2022.",
        REF,
        "uiterlijk op 15 mei 2022",
        REF,
        D(2022, 5, 15),
        "uiterlijk-datum",
    ),
    (
        "niet-later-dan",
        "Niet later dan 1 oktober 2022 volgt de wet.",
        REF,
        "Niet later dan 1 oktober 2022",
        REF,
        D(2022, 10, 1),
        "uiterlijk-datum",
    ),
    (
        "per",
        "De regeling geldt per 1 januari 2023.",
        REF,
        "per 1 januari 2023",
        D(2023, 1, 1),
        D(2023, 1, 1),
        "per-datum",
    ),
    # years
    (
        "loop-van-2024",
        "In de loop van 2024 wordt de wet geëvalueerd.",
        REF,
        "In de loop van 2024",
        D(2024, 1, 1),
        D(2024, 12, 31),
        "jaar",
    ),
    (
        "loop-van-volgend-jaar",
        "In de loop van volgend jaar volgt de wet.",
        REF,
        "In de loop van volgend jaar",
        D(2023, 1, 1),
        D(2023, 12, 31),
        "jaar",
    ),
    (
        "nog-dit-jaar",
        "Nog dit jaar ontvangt u een voorstel.",
        REF,
        "Nog dit jaar",
        REF,
        D(2022, 12, 31),
        "jaar",
    ),
    ("in-2023", "In 2023 volgt de evaluatie.", REF, "In 2023", D(2023, 1, 1), D(2023, 12, 31), "jaar"),
    (
        "volgend-jaar",
        "Volgend jaar start de uitrol.",
        REF,
        "Volgend jaar",
        D(2023, 1, 1),
        D(2023, 12, 31),
        "jaar",
    ),
    # months
    (
        "medio-maart",
        "Medio maart 2023 volgt de brief.",
        REF,
        "Medio maart 2023",
        D(2023, 3, 11),
        D(2023, 3, 20),
        "medio-maand",
    ),
    (
        "eind-juni",
        "Eind juni volgt de brief.",
        REF,
        "Eind juni",
        D(2022, 6, 21),
        D(2022, 6, 30),
        "eind-maand",
    ),
    (
        "begin-september",
        "Begin september is het rapport klaar.",
        REF,
        "Begin september",
        D(2022, 9, 1),
        D(2022, 9, 10),
        "begin-maand",
    ),
    ("in-juni", "In juni volgt het rapport.", REF, "In juni", D(2022, 6, 1), D(2022, 6, 30), "maand"),
    (
        "document-of-a-season",
        "Het komt in de rapportage van het najaar van 2022.",
        REF,
        "van het najaar van 2022",
        D(2022, 9, 1),
        D(2022, 12, 31),
        "najaar",
    ),
    # round 18: a yearly round or event named with its year
    (
        "vanaf-subsidieronde",
        "Vanaf de subsidieronde van 2023 weeg ik de regionale spreiding mee.",
        REF,
        "Vanaf de subsidieronde van 2023",
        D(2023, 1, 1),
        None,
        "vanaf-ronde",
    ),
    (
        "bij-openstelling",
        "Bij de openstelling van 2023 gaat een nieuw aanvraagformulier in gebruik.",
        REF,
        "Bij de openstelling van 2023",
        D(2023, 1, 1),
        D(2023, 12, 31),
        "ronde",
    ),
    # round 25: a yearly report named with its year; one "over" a year appears in the next
    (
        "vanaf-jaarbericht-over",
        "Vanaf het jaarbericht over 2023 worden de cijfers per kanaal uitgesplitst.",
        REF,
        "Vanaf het jaarbericht over 2023",
        D(2024, 1, 1),
        None,
        "vanaf-ronde",
    ),
    (
        "in-rapportage-van",
        "Uw Kamer wordt in de voortgangsrapportage van 2023 geïnformeerd.",
        REF,
        "in de voortgangsrapportage van 2023",
        D(2023, 1, 1),
        D(2023, 12, 31),
        "ronde",
    ),
    # round 27: a yearly filing or season named with its year; a council named by its month
    (
        "vanaf-gecombineerde-opgave",
        "Vanaf de gecombineerde opgave 2023 belt RVO bij elke grote correctie.",
        REF,
        "Vanaf de gecombineerde opgave 2023",
        D(2023, 1, 1),
        None,
        "vanaf-ronde",
    ),
    (
        "vanaf-aangifte-over",
        "Vanaf de aangifte over 2023 toont de Belastingdienst de bron van elk bedrag.",
        REF,
        "Vanaf de aangifte over 2023",
        D(2024, 1, 1),
        None,
        "vanaf-ronde",
    ),
    (
        "in-teeltseizoen",
        "In het teeltseizoen 2023 start een proef met sensoren.",
        REF,
        "In het teeltseizoen 2023",
        D(2023, 1, 1),
        D(2023, 12, 31),
        "ronde",
    ),
    (
        "council-of-a-month",
        "Nederland brengt het voorstel in tijdens de Milieuraad van juni 2022.",
        REF,
        "tijdens de Milieuraad van juni 2022",
        D(2022, 6, 1),
        D(2022, 6, 30),
        "maand",
    ),
    (
        "vanaf-vergaderjaar",
        "Met ingang van het vergaderjaar 2022–2023 worden de notulen digitaal bewaard.",
        REF,
        "Met ingang van het vergaderjaar 2022–2023",
        D(2022, 9, 1),
        None,
        "vanaf-studiejaar",
    ),
    (
        "vanaf-openstelling-with-its-day",
        "Vanaf de openstelling van 1 maart 2023 vervalt de verplichte offerte.",
        REF,
        "Vanaf de openstelling van 1 maart 2023",
        D(2023, 1, 1),
        None,
        "vanaf-ronde",
    ),
    (
        "summit-of-a-month-without-year",
        "Op de NAVO-top van juli bespreek ik dit met de bondgenoten.",
        REF,
        "Op de NAVO-top van juli",
        D(2022, 7, 1),
        D(2022, 7, 31),
        "maand",
    ),
]


@pytest.mark.parametrize(
    ("text", "reference", "dl_text", "earliest", "latest", "rule"),
    [pytest.param(*r[1:], id=r[0]) for r in DEADLINE_ROWS],
)
def test_find_deadlines(
    text: str, reference: dt.date, dl_text: str, earliest: dt.date | None, latest: dt.date | None, rule: str
) -> None:
    got = find_deadlines(text, reference)
    assert [(d.text, d.earliest, d.latest, d.rule) for d in got] == [(dl_text, earliest, latest, rule)]
    assert text[got[0].start : got[0].end] == got[0].text


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("In 2019 is met de branche een convenant gesloten.", id="past-year"),
        pytest.param("Vanaf 2019 werkt de branche met een convenant.", id="from-a-past-year"),
        pytest.param("Het rapport telt 200 bladzijden.", id="number"),
        pytest.param("Ik bedank de onderzoekers voor hun inzet.", id="nothing"),
        pytest.param("De begroting van OCW stijgt met twee procent.", id="budget-of-a-ministry"),
        pytest.param("In het schooljaar krijgen leerlingen meer les.", id="school-year-without-a-year"),
        pytest.param("De drukte van het voorjaar is voorbij.", id="season-of-no-year"),
        pytest.param("De kosten worden verdeeld over vijf jaar.", id="spread-over-years"),
        pytest.param("De tarieven voor januari zijn vastgesteld.", id="for-a-month-without-year"),
    ],
)
def test_no_deadline(text: str) -> None:
    assert find_deadlines(text, REF) == []


def test_deadlines_without_reference_keep_rule() -> None:
    got = find_deadlines("Ik informeer uw Kamer voor de zomer en in het eerste kwartaal van 2023.")
    assert [(d.rule, d.earliest, d.latest) for d in got] == [
        ("zomerreces", None, None),
        ("kwartaal", D(2023, 1, 1), D(2023, 3, 31)),
    ]


# --- split_sentences -----------------------------------------------------------------------

SENTENCE_ROWS = [
    ("plain", "Het rapport is verschenen. Ik dank de onderzoekers.", 2),
    (
        "jl",
        "Op 17 december jl. verscheen de monitor van de inspectie. De monitor is als bijlage meegestuurd.",
        2,
    ),
    ("jl-end", "Dat besprak ik op 24 februari jl. Ik zal de Kamer informeren.", 2),
    (
        "jl-paren",
        "Tijdens het debat van 24 februari jl. (Kamerstuk 28 638, nr. 207) heb ik dit toegezegd.",
        1,
    ),
    ("nr", "Zie Kamerstukken 31 015, nr. 221. Daarin staat meer.", 2),
    ("nr-mid", "Zie Kamerstuk 31 015, nr. 221 voor de details. Daarin staat meer.", 2),
    ("om", "Aan het overleg nemen o.m. gemeenten en zorgaanbieders deel. Het overleg is maandelijks.", 2),
    ("ivm", "Dit is i.v.m. de planning verschoven. Zo gaat het.", 2),
    ("bijv", "Denk bijv. Aan scholen. Ook verenigingen doen mee.", 2),
    ("initials", "De Staatssecretaris van Financiën, A. de Jong", 1),
    ("initials-2", "Het rapport is opgesteld door J.A. de Vries en dr. P. Jansen. Het is helder.", 2),
    (
        "numbers",
        "De aanpak kent drie sporen: 1). preventie, 2). handhaving en 3). nazorg. Dit volgt.",
        2,
    ),
    ("decimal", "Zie paragraaf 2.1 van het rapport. Daar staat het.", 2),
    ("guillemets", "Het rapport «Samen. Sterker.» is helder. Ik dank de makers.", 2),
    # a quoted sentence ends the sentence it stands in when the next opens on a sentence opener, with or without
    # its full stop (round 56: a quoted recommendation and the next were read as one)
    (
        "quoted-sentences",
        "De inspectie adviseert: «Leg elke keuring vast.» Ook beveelt zij aan: «Train de keurders» De raad vraagt "
        "daarnaast om een register.",
        3,
    ),
    ("quoted-curly", "Zij schrijft: “Stel een norm op.” Ik neem dat over.", 2),
    ("quoted-then-lower", "De raad schrijft «Stel een norm op» en dat neem ik over.", 1),
    ("quoted-title-then-name", "Het programma «Sterk Water» Zeeland loopt tot 2030.", 1),
    ("parens", "Het lab (zie bijlage. Daar staat meer) is nuttig. Het werkt.", 2),
    ("blank-line", "Aanleiding\n\nOp 1 april 2022 verscheen het rapport", 2),
    ("question", "Bent u bekend met het bericht? Ja.", 2),
    ("mr-prof", "Volgens prof. dr. Jansen en mr. De Wit is dit juist. Ik deel dat.", 2),
]


@pytest.mark.parametrize(("text", "count"), [pytest.param(t, n, id=i) for i, t, n in SENTENCE_ROWS])
def test_split_sentences(text: str, count: int) -> None:
    spans = split_sentences(text)
    assert len(spans) == count, [text[s:e] for s, e in spans]
    for s, e in spans:
        assert text[s:e] == text[s:e].strip()
        assert text[s:e]


def test_split_sentences_window_offsets() -> None:
    text = "Kop\n\nEerste zin hier. Tweede zin daar.\n\nVolgende alinea."
    start = text.index("Eerste")
    end = text.index("\n\nVolgende")
    spans = split_sentences(text, start, end)
    assert [text[s:e] for s, e in spans] == ["Eerste zin hier.", "Tweede zin daar."]


@pytest.mark.parametrize(
    ("text", "dl_text", "rule"),
    [
        ("Vanaf het verslagjaar 2027 wordt dit gemeld.", "Vanaf het verslagjaar 2027", "vanaf-jaar"),
        ("In het begrotingsjaar 2028 volgt een evaluatie.", "In het begrotingsjaar 2028", "jaar"),
        ("Na de vervangingsronde van 2030 besluit ik.", "Na de vervangingsronde van 2030", "na-ronde"),
        ("De regeling wordt over drie jaar geëvalueerd.", "over drie jaar", "over-termijn"),
        # the same counted from this letter (round 43)
        ("Een jaar na deze brief volgt een overzicht.", "Een jaar na deze brief", "over-termijn"),
        (
            "Zes maanden na dagtekening van deze brief volgt een overzicht.",
            "Zes maanden na dagtekening van deze brief",
            "over-termijn",
        ),
        # any compound of "jaar" with a year names that year (round 24)
        ("Vanaf het oefenjaar 2027 rijdt er een ambulance mee.", "Vanaf het oefenjaar 2027", "vanaf-jaar"),
        ("In het kalenderjaar 2027 volgt een meting.", "In het kalenderjaar 2027", "jaar"),
        # a course year runs like a study year, from September
        (
            "Met ingang van het cursusjaar 2026–2027 is de module verplicht.",
            "Met ingang van het cursusjaar 2026–2027",
            "vanaf-studiejaar",
        ),
    ],
)
def test_named_years_and_rounds(text: str, dl_text: str, rule: str) -> None:
    got = find_deadlines(text, D(2026, 6, 1))
    assert [(d.text, d.rule) for d in got] == [(dl_text, rule)]


def test_on_a_day_to_come_is_the_day_set_for_an_act() -> None:
    """ "op <dag>" after the letter's date: the day something is set to happen (round 24); before it: an event
    told, no deadline."""
    got = find_deadlines("De regeling wordt op 1 maart 2027 opengesteld.", D(2026, 6, 1))
    assert [(d.text, d.earliest, d.latest, d.rule) for d in got] == [
        ("op 1 maart 2027", D(2027, 3, 1), D(2027, 3, 1), "op-datum")
    ]
    assert find_deadlines("Op 12 mei 2026 heb ik met de provincies gesproken.", D(2026, 6, 1)) == []
    # the verb after the day, in a verb-final clause
    got = find_deadlines(
        "Ik geef uitvoering aan de motie met een regeling, die op 1 maart 2027 wordt opengesteld.",
        D(2026, 6, 1),
    )
    assert [d.rule for d in got] == ["op-datum"]
    # a reference day of a state, after no verb of something set to happen
    assert (
        find_deadlines("De toeslag gaat naar wie op 1 januari 2027 de AOW-leeftijd heeft.", D(2026, 6, 1))
        == []
    )
    assert (
        find_deadlines(
            "Het gaat om projecten waar op 1 juli 2027 nog geen plan is vastgesteld.", D(2026, 6, 1)
        )
        == []
    )
    assert find_deadlines("De regeling wordt op 1 maart 2027 opengesteld.") == []  # no letter date: unknown
    # "uiterlijk op" keeps its own rule
    assert [d.rule for d in find_deadlines("Ik beslis uiterlijk op 1 maart 2027.", D(2026, 6, 1))] == [
        "uiterlijk-datum"
    ]


def test_a_month_of_this_or_next_year_in_words() -> None:
    """holdout45 (opened), in our own words: "in juli van dit jaar" in a letter of November is this July (past),
    not next year's."""
    ref = dt.date(2026, 11, 3)
    (this,) = find_deadlines("De ACM heeft in juli van dit jaar een studie gepubliceerd.", ref)
    assert (this.earliest, this.latest, this.rule) == (dt.date(2026, 7, 1), dt.date(2026, 7, 31), "maand")
    (nxt,) = find_deadlines("De regeling gaat in maart van volgend jaar in.", ref)
    assert (nxt.earliest, nxt.latest) == (dt.date(2027, 3, 1), dt.date(2027, 3, 31))
    (plain,) = find_deadlines("De regeling gaat in juli in.", ref)
    assert plain.earliest == dt.date(2027, 7, 1)


def test_round_34_from_prinsjesdag_and_a_tranche() -> None:
    from kamerstuk.entities.dates import find_deadlines

    (p,) = find_deadlines("Vanaf Prinsjesdag 2023 publiceert de dienst een samenvatting.", REF)
    assert (
        p.rule == "vanaf-prinsjesdag"
        and p.earliest is not None
        and p.earliest.year == 2023
        and p.latest is None
    )
    (t,) = find_deadlines("Vanaf de tranche van 2024 volstaat een kort formulier.", REF)
    assert t.earliest == D(2024, 1, 1)


def test_round_39_before_a_meeting_named_by_its_date() -> None:
    """ "voor de hoorzitting van 22 januari 2023", "vóór het commissiedebat op 3 maart 2023": a deadline before the
    meeting's day (real letters time their reactions so); "de brief van 3 maart" stays no deadline."""
    for text in (
        "De beleidsreactie wordt voor de hoorzitting van 22 januari 2023 aan uw Kamer gezonden.",
        "Ik stuur u de brief vóór het commissiedebat op 3 maart 2023.",
    ):
        found = find_deadlines(text, REF)
        assert [d.rule for d in found] == ["voor-datum"]
        assert found[0].text.startswith(("voor de hoorzitting", "vóór het commissiedebat"))
    assert find_deadlines("Ik verwijs naar de brief van 3 maart 2023.", REF) == []
    assert find_deadlines("Ik stuur u de reactie voor de brief van 3 maart 2023.", REF) == []


@pytest.mark.parametrize(
    ("text", "rule", "earliest", "latest"),
    [
        # before or after a season other than the summer (round 57, holdout307: "vóór de winter van 2026–2027" was none)
        ("Deze norm wordt vóór de winter van 2022–2023 opgenomen.", "voor-winter", REF, D(2022, 11, 30)),
        ("Ik stuur u voor het najaar de evaluatie.", "voor-najaar", REF, D(2022, 8, 31)),
        ("Na het voorjaar van 2023 besluit ik.", "na-voorjaar", D(2023, 7, 1), None),
        ("Ik stuur u vóór het voorjaar van 2023 de evaluatie.", "voor-voorjaar", REF, D(2023, 2, 28)),
    ],
)
def test_round_57_before_or_after_a_season(
    text: str, rule: str, earliest: dt.date | None, latest: dt.date | None
) -> None:
    (found,) = find_deadlines(text, REF)
    assert (found.rule, found.earliest, found.latest) == (rule, earliest, latest)


@pytest.mark.parametrize(
    ("text", "earliest", "latest"),
    [
        # a span of years (round 58, holdout321: "vervang ik tussen 2028 en 2030 …" had no deadline)
        (
            "Ik vervang de aggregaten tussen 2023 en 2025 door hybride exemplaren.",
            D(2023, 1, 1),
            D(2025, 12, 31),
        ),
        ("Dat doe ik in de periode 2023–2024.", D(2023, 1, 1), D(2024, 12, 31)),
        ("In de jaren 2023 tot en met 2026 loopt het programma.", D(2023, 1, 1), D(2026, 12, 31)),
    ],
)
def test_round_58_a_span_of_years(text: str, earliest: dt.date, latest: dt.date) -> None:
    (found,) = find_deadlines(text, REF)
    assert (found.rule, found.earliest, found.latest) == ("jaren", earliest, latest)


@pytest.mark.parametrize(
    "text",
    [
        "Tussen 2015 en 2019 steeg het aantal meldingen.",  # a span past
        "Wij spreken van ‘tussen 2030 en 2050’ waar geen jaartal bekend is.",  # the words mentioned
    ],
)
def test_round_58_a_span_past_or_mentioned_is_no_deadline(text: str) -> None:
    assert [d for d in find_deadlines(text, REF) if d.rule == "jaren"] == []


@pytest.mark.parametrize(
    ("text", "rule", "latest"),
    [
        # before or at the latest in a year (round 60); "voor 2030" names what a goal is for
        ("Ik doe dit vóór 2030.", "voor-jaar", D(2029, 12, 31)),
        ("Ik doe dit uiterlijk 2029.", "uiterlijk-jaar", D(2029, 12, 31)),
        ("Ik doe dit niet later dan 2028.", "uiterlijk-jaar", D(2028, 12, 31)),
        ("De doelen voor 2030 staan vast.", None, None),
        ("Dat kan niet vóór 2031.", None, None),
        ("Dat gold vóór 2020.", None, None),
        # a month placed by a year relative to the letter, without a deadline's preposition, names no deadline
        ("De dienst houdt sinds maart van dit jaar een voorraad aan.", None, None),
        # the next round of a scheme, its day not said
        ("Vanaf de volgende subsidieronde geldt een maximum.", "vanaf-volgende", None),
        ("Bij de eerstvolgende aanbesteding stel ik een eis.", "volgende", None),
        ("Vanaf de start van het vervolgprogramma geldt een reservering.", "vanaf-volgende", None),
        # a round of a year by its order
        ("Vanaf de eerste ronde van 2023 geldt een steekproef.", "vanaf-ronde", None),
    ],
)
def test_round_60_year_bounds_and_next_rounds(text: str, rule: str | None, latest: dt.date | None) -> None:
    got = find_deadlines(text, REF)
    if rule is None:
        assert got == []
    else:
        assert [d.rule for d in got] == [rule]
        assert got[0].latest == latest


@pytest.mark.parametrize(
    ("text", "rule", "earliest", "latest"),
    [
        # this or the next week or month, said on its own (holdout361; round 62); REF is Friday 1 April 2022
        ("Ik stuur het rapport nog deze maand aan de Europese Commissie.", "deze-maand", D(2022, 4, 1), D(2022, 4, 30)),
        ("Ik stuur het rapport volgende maand aan de Commissie.", "volgende-maand", D(2022, 5, 1), D(2022, 5, 31)),
        ("Het overleg vindt deze week plaats.", "deze-week", D(2022, 4, 1), D(2022, 4, 3)),
        ("Het overleg vindt komende week plaats.", "volgende-week", D(2022, 4, 4), D(2022, 4, 10)),
        # the filings of a year, in the plural (holdout362): filed in the year after
        ("De Belastingdienst vraagt vanaf de aangiften over 2022 om een onderbouwing.", "vanaf-ronde", D(2023, 1, 1), None),
    ],
)  # fmt: skip
def test_round_62_this_or_next_period_and_filings(
    text: str, rule: str, earliest: dt.date, latest: dt.date | None
) -> None:
    (deadline,) = find_deadlines(text, REF)
    assert (deadline.rule, deadline.earliest, deadline.latest) == (rule, earliest, latest)


def test_round_62_the_coming_months_stay_a_coming_period() -> None:
    assert [d.rule for d in find_deadlines("In de komende maanden stuur ik het.", REF)] == ["komende-periode"]


def test_round_62_this_or_next_period_without_a_letter_date_keeps_its_rule() -> None:
    (deadline,) = find_deadlines("Het overleg vindt volgende week plaats.")
    assert (deadline.rule, deadline.earliest, deadline.latest) == ("volgende-week", None, None)
