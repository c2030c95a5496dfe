"""Official Kamerstuk headers in their real variants, parsed with `kamerstuk.parse_text`.

Each case is an opening we wrote ourselves (invented dossiers, titles, names and numbers) in the
layout of real documents from 1998 to 2025 of both chambers: the Markdown conversion of the
official PDF, pdftotext-style text of it, and text copied from the publication web pages with
their preamble (the "Datum publicatie | Organisatie | Vergaderjaar | Dossier- en ondernummer"
table in its copied forms, the "Gepubliceerd: / Bron: / ID:" block) and navigation lines.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pytest

import kamerstuk
from kamerstuk.readers.text import read_text
from kamerstuk.structure.header import read_header

# Body text after the header, so that the document has paragraphs; one per document type.
LETTER_BODY = """
In deze brief informeer ik uw Kamer over de voortgang van het programma voor de regionale
uitvoering. Sinds de vorige rapportage zijn met de provincies afspraken gemaakt over de inzet.

Ik verwacht uw Kamer voor de zomer opnieuw te informeren over de stand van zaken van het programma.
"""
REPORT_BODY = """
De leden van de fractie hebben met belangstelling kennisgenomen van het voorstel en hebben
daarover nog enkele vragen aan de regering, die hieronder per onderwerp zijn opgenomen.

De leden vragen de regering toe te lichten hoe de uitvoering van de regeling wordt gevolgd.
"""
MOTION_BODY = """
De Kamer,

gehoord de beraadslaging,

constaterende dat gemeenten grote verschillen laten zien in de wachttijden voor de regeling;

verzoekt de regering, met de gemeenten afspraken te maken over een redelijke termijn,

en gaat over tot de orde van de dag.
"""
AMENDMENT_BODY = """
De ondergetekende stelt het volgende amendement voor:

In artikel I, onderdeel B, wordt «twaalf maanden» vervangen door: achttien maanden.

Toelichting

Dit amendement verlengt de termijn waarbinnen de gemeente een besluit moet nemen over de aanvraag.
"""
BILL_BODY = """
Wij Willem-Alexander, bij de gratie Gods, Koning der Nederlanden, Prins van Oranje-Nassau, enz. enz. enz.

Allen, die deze zullen zien of horen lezen, saluut! doen te weten: Alzo Wij in overweging genomen hebben,
dat het wenselijk is de regels over de registratie van vaartuigen te vereenvoudigen;
"""


@dataclass
class Want:
    kind: str
    vergaderjaar: str | None
    dossiers: list[tuple[str, str | None]]
    ondernummer: str | None
    identifier: str | None
    date: dt.date | None
    sender: str | None = None
    addressee: str | None = None
    movers: list[str] = field(default_factory=list)
    chamber: str | None = None  # checked on the Header when given


CASES = [
    # --- Tweede Kamer, Markdown conversions of the official PDF --------------------------------
    pytest.param(
        """Vergaderjaar 2023–2024

**36 410 XII**

**Vaststelling van de begrotingsstaten van het Ministerie van Infrastructuur en Waterstaat (XII) voor het jaar 2024**

**Nr. 58**

## **BRIEF VAN DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT**

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 14 februari 2024
"""
        + LETTER_BODY,
        Want(
            "brief",
            "2023-2024",
            [
                (
                    "36410-XII",
                    "Vaststelling van de begrotingsstaten van het Ministerie van Infrastructuur en "
                    "Waterstaat (XII) voor het jaar 2024",
                )
            ],
            "58",
            "kst-36410-XII-58",
            dt.date(2024, 2, 14),
            "Minister van Infrastructuur en Waterstaat",
            "Voorzitter van de Tweede Kamer der Staten-Generaal",
        ),
        id="md-brief-roman-suffix",
    ),
    pytest.param(
        """Vergaderjaar 2022–2023

**21 501-07 Raad voor Economische en Financiële Zaken**

**Nr. 1987 BRIEF VAN DE MINISTER VAN FINANCIËN**

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 3 maart 2023
"""
        + LETTER_BODY,
        Want(
            "brief",
            "2022-2023",
            [("21501-07", "Raad voor Economische en Financiële Zaken")],
            "1987",
            "kst-21501-07-1987",
            dt.date(2023, 3, 3),
            "Minister van Financiën",
            "Voorzitter van de Tweede Kamer der Staten-Generaal",
        ),
        id="md-brief-series-07",
    ),
    pytest.param(
        """Vergaderjaar 2024–2025

**21 501-32**

**Landbouw- en Visserijraad**

**Nr. 1702**

## **BRIEF VAN DE MINISTER VAN LANDBOUW, VISSERIJ, VOEDSELZEKERHEID EN NATUUR**

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 9 januari 2025
"""
        + LETTER_BODY,
        Want(
            "brief",
            "2024-2025",
            [("21501-32", "Landbouw- en Visserijraad")],
            "1702",
            "kst-21501-32-1702",
            dt.date(2025, 1, 9),
            "Minister van Landbouw, Visserij, Voedselzekerheid en Natuur",
            "Voorzitter van de Tweede Kamer der Staten-Generaal",
        ),
        id="md-brief-series-32",
    ),
    pytest.param(
        """Vergaderjaar 2021–2022

**35 925 A**

**Vaststelling van de begrotingsstaat van het Mobiliteitsfonds voor het jaar 2022**

**Nr. 41**

## **BRIEF VAN DE STAATSSECRETARIS VAN INFRASTRUCTUUR EN WATERSTAAT**

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 22 november 2021
"""
        + LETTER_BODY,
        Want(
            "brief",
            "2021-2022",
            [("35925-A", "Vaststelling van de begrotingsstaat van het Mobiliteitsfonds voor het jaar 2022")],
            "41",
            "kst-35925-A-41",
            dt.date(2021, 11, 22),
            "Staatssecretaris van Infrastructuur en Waterstaat",
            "Voorzitter van de Tweede Kamer der Staten-Generaal",
        ),
        id="md-brief-letter-suffix",
    ),
    pytest.param(
        """Vergaderjaar 2024–2025

**36 725-XVII Wijziging van de begrotingsstaat voor Buitenlandse Handel en Ontwikkelingshulp (XVII) voor het jaar 2025**

**Nr. 14 BRIEF VAN DE MINISTER VOOR BUITENLANDSE HANDEL EN ONTWIKKELINGSHULP**

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 30 juni 2025
"""
        + LETTER_BODY,
        Want(
            "brief",
            "2024-2025",
            [
                (
                    "36725-XVII",
                    "Wijziging van de begrotingsstaat voor Buitenlandse Handel en Ontwikkelingshulp (XVII) "
                    "voor het jaar 2025",
                )
            ],
            "14",
            "kst-36725-XVII-14",
            dt.date(2025, 6, 30),
            "Minister voor Buitenlandse Handel en Ontwikkelingshulp",
            "Voorzitter van de Tweede Kamer der Staten-Generaal",
        ),
        id="md-brief-hyphen-roman-with-title",
    ),
    pytest.param(
        """Vergaderjaar 2023–2024

**29 544**

**Arbeidsmarktbeleid**

**32 043**

**Toekomst pensioenstelsel**

**36 410 XV**

**Vaststelling van de begrotingsstaten van het Ministerie van Sociale Zaken en Werkgelegenheid (XV) voor het jaar 2024**

**Nr. 1198**

## **BRIEF VAN DE MINISTER VAN SOCIALE ZAKEN EN WERKGELEGENHEID**

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 5 april 2024
"""
        + LETTER_BODY,
        Want(
            "brief",
            "2023-2024",
            [
                ("29544", "Arbeidsmarktbeleid"),
                ("32043", "Toekomst pensioenstelsel"),
                (
                    "36410-XV",
                    "Vaststelling van de begrotingsstaten van het Ministerie van Sociale Zaken en "
                    "Werkgelegenheid (XV) voor het jaar 2024",
                ),
            ],
            "1198",
            "kst-29544-1198",
            dt.date(2024, 4, 5),
            "Minister van Sociale Zaken en Werkgelegenheid",
            "Voorzitter van de Tweede Kamer der Staten-Generaal",
        ),
        id="md-three-dossiers",
    ),
    pytest.param(
        """Vergaderjaar 2024–2025

**36 600 VI**

**Vaststelling van de begrotingsstaten van het Ministerie van Justitie en
Veiligheid (VI) voor het jaar 2025**

**Nr. 77**

## **BRIEF VAN DE STAATSSECRETARIS VAN JUSTITIE EN VEILIGHEID**

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 21 maart 2025
"""
        + LETTER_BODY,
        Want(
            "brief",
            "2024-2025",
            [
                (
                    "36600-VI",
                    "Vaststelling van de begrotingsstaten van het Ministerie van Justitie en Veiligheid (VI) "
                    "voor het jaar 2025",
                )
            ],
            "77",
            "kst-36600-VI-77",
            dt.date(2025, 3, 21),
            "Staatssecretaris van Justitie en Veiligheid",
            "Voorzitter van de Tweede Kamer der Staten-Generaal",
        ),
        id="md-title-wraps-in-block",
    ),
    pytest.param(
        """Vergaderjaar 2023–2024

**29 383**

**Vaststelling van het pakket voor de regionale omroepen**

**Nr. 412**

## **VERSLAG VAN EEN SCHRIFTELIJK OVERLEG**

Vastgesteld 12 maart 2024
"""
        + REPORT_BODY,
        Want(
            "verslag",
            "2023-2024",
            [("29383", "Vaststelling van het pakket voor de regionale omroepen")],
            "412",
            "kst-29383-412",
            dt.date(2024, 3, 12),
        ),
        id="md-verslag-schriftelijk-overleg",
    ),
    pytest.param(
        """Vergaderjaar 2022–2023

**32 827**

**Onderwijs en de regio**

**Nr. 265 VERSLAG VAN EEN COMMISSIEDEBAT**

Vastgesteld 17 februari 2023
"""
        + REPORT_BODY,
        Want(
            "verslag",
            "2022-2023",
            [("32827", "Onderwijs en de regio")],
            "265",
            "kst-32827-265",
            dt.date(2023, 2, 17),
        ),
        id="md-verslag-commissiedebat",
    ),
    pytest.param(
        """Vergaderjaar 2019–2020

**35 512**

**Raming der voor de Tweede Kamer in 2021 benodigde uitgaven**

**Nr. 12**

**VERSLAG VAN EEN WETGEVINGSOVERLEG**

Vastgesteld 18 juni 2020
"""
        + REPORT_BODY,
        Want(
            "verslag",
            "2019-2020",
            [("35512", "Raming der voor de Tweede Kamer in 2021 benodigde uitgaven")],
            "12",
            "kst-35512-12",
            dt.date(2020, 6, 18),
        ),
        id="md-nr-alone-type-next-line",
    ),
    pytest.param(
        """Vergaderjaar 2022–2023

**36 127**

**Regels over de huur van bedrijfsruimte (Wet bedrijfshuur)**

**Nr. 6**

## **NOTA NAAR AANLEIDING VAN HET VERSLAG**

Ontvangen 3 oktober 2022
"""
        + REPORT_BODY,
        Want(
            "nota_naar_aanleiding_van_het_verslag",
            "2022-2023",
            [("36127", "Regels over de huur van bedrijfsruimte (Wet bedrijfshuur)")],
            "6",
            "kst-36127-6",
            dt.date(2022, 10, 3),
        ),
        id="md-nota-naar-aanleiding",
    ),
    pytest.param(
        """Vergaderjaar 2020–2021

**35 702**

**Wijziging van de Zeevaartwet in verband met de registratie van vaartuigen**

**Nr. 3 MEMORIE VAN TOELICHTING**

### **I. ALGEMEEN**
"""
        + REPORT_BODY,
        Want(
            "memorie_van_toelichting",
            "2020-2021",
            [("35702", "Wijziging van de Zeevaartwet in verband met de registratie van vaartuigen")],
            "3",
            "kst-35702-3",
            None,
        ),
        id="md-memorie-van-toelichting",
    ),
    pytest.param(
        """Vergaderjaar 2020–2021

**35 618**

**Wijziging van de Wet op de binnenvaart**

**Nr. 3 HERDRUK<sup>1</sup> MEMORIE VAN TOELICHTING**
"""
        + REPORT_BODY,
        Want(
            "memorie_van_toelichting",
            "2020-2021",
            [("35618", "Wijziging van de Wet op de binnenvaart")],
            "3",
            "kst-35618-3",
            None,
        ),
        id="md-herdruk-memorie-van-toelichting",
    ),
    pytest.param(
        """Vergaderjaar 2020–2021

**35 842**

**Samenvoeging van de gemeenten Noordwaard en Zuidwaard**

**Nr. 4 ADVIES AFDELING ADVISERING RAAD VAN STATE EN NADER RAPPORT<sup>1</sup>**
"""
        + REPORT_BODY,
        Want(
            "nader_rapport",
            "2020-2021",
            [("35842", "Samenvoeging van de gemeenten Noordwaard en Zuidwaard")],
            "4",
            "kst-35842-4",
            None,
        ),
        id="md-advies-en-nader-rapport",
    ),
    pytest.param(
        """Vergaderjaar 2018–2019

**35 091**

**Voorstel van wet van het lid Hoekstra tot wijziging van de Wet op de lijkbezorging**

**Nr. 4 ADVIES VAN DE AFDELING ADVISERING VAN DE RAAD VAN STATE EN REACTIE VAN DE INITIATIEFNEMER**
"""
        + REPORT_BODY,
        Want(
            "advies_raad_van_state",
            "2018-2019",
            [("35091", "Voorstel van wet van het lid Hoekstra tot wijziging van de Wet op de lijkbezorging")],
            "4",
            "kst-35091-4",
            None,
        ),
        id="md-advies-en-reactie-initiatiefnemer",
    ),
    pytest.param(
        """Vergaderjaar 2021–2022

**36 150**

**Financieel jaarverslag van het Rijk 2021**

**Nr. 4**

**LIJST VAN VRAGEN EN ANTWOORDEN**

Vastgesteld 9 juni 2022
"""
        + REPORT_BODY,
        Want(
            "lijst_van_vragen_en_antwoorden",
            "2021-2022",
            [("36150", "Financieel jaarverslag van het Rijk 2021")],
            "4",
            "kst-36150-4",
            dt.date(2022, 6, 9),
        ),
        id="md-lijst-van-vragen",
    ),
    pytest.param(
        """Vergaderjaar 2023–2024

**36 333**

**Wijziging van de Wet kinderopvang in verband met de inkomensgrens**

**Nr. 11**

## **AMENDEMENT VAN HET LID DE BOER**

Ontvangen 7 november 2023
"""
        + AMENDMENT_BODY,
        Want(
            "amendement",
            "2023-2024",
            [("36333", "Wijziging van de Wet kinderopvang in verband met de inkomensgrens")],
            "11",
            "kst-36333-11",
            dt.date(2023, 11, 7),
            movers=["De Boer"],
        ),
        id="md-amendement",
    ),
    pytest.param(
        """Vergaderjaar 2023–2024

**36 333**

**Wijziging van de Wet kinderopvang in verband met de inkomensgrens**

**Nr. 14**

## **GEWIJZIGD AMENDEMENT VAN DE LEDEN KOOPMANS EN EL HAMDI TER VERVANGING VAN DAT GEDRUKT ONDER NR. 11**

Ontvangen 9 november 2023
"""
        + AMENDMENT_BODY,
        Want(
            "amendement",
            "2023-2024",
            [("36333", "Wijziging van de Wet kinderopvang in verband met de inkomensgrens")],
            "14",
            "kst-36333-14",
            dt.date(2023, 11, 9),
            movers=["Koopmans", "El Hamdi"],
        ),
        id="md-gewijzigd-amendement",
    ),
    pytest.param(
        """Vergaderjaar 2020–2021

**35 702**

**Wijziging van de Zeevaartwet in verband met de registratie van vaartuigen**

**Nr. 2 VOORSTEL VAN WET**
"""
        + BILL_BODY,
        Want(
            "wetsvoorstel",
            "2020-2021",
            [("35702", "Wijziging van de Zeevaartwet in verband met de registratie van vaartuigen")],
            "2",
            "kst-35702-2",
            None,
        ),
        id="md-voorstel-van-wet",
    ),
    pytest.param(
        """Vergaderjaar 2023–2024

**31 839**

**Jeugdhulp**

**Nr. 1001**

## **MOTIE VAN DE LEDEN WESTRA EN OUDENHOVEN**

Voorgesteld 6 december 2023
"""
        + MOTION_BODY,
        Want(
            "motie",
            "2023-2024",
            [("31839", "Jeugdhulp")],
            "1001",
            "kst-31839-1001",
            dt.date(2023, 12, 6),
            movers=["Westra", "Oudenhoven"],
        ),
        id="md-motie",
    ),
    pytest.param(
        """Vergaderjaar 2017–2018

**34 960**

**Raming der voor de Tweede Kamer in 2019 benodigde uitgaven**

**Nr. 16 MOTIE VAN HET LID BRANDSMA**

Voorgesteld tijdens het Wetgevingsoverleg van 4 juni 2018
"""
        + MOTION_BODY,
        Want(
            "motie",
            "2017-2018",
            [("34960", "Raming der voor de Tweede Kamer in 2019 benodigde uitgaven")],
            "16",
            "kst-34960-16",
            dt.date(2018, 6, 4),
            movers=["Brandsma"],
        ),
        id="md-motie-voorgesteld-tijdens",
    ),
    pytest.param(
        """Vergaderjaar 1997–1998

**25 618**

**Herziening van de regels voor de binnenvisserij**

**Nr. 5a BRIEF VAN DE MINISTER VAN LANDBOUW, NATUURBEHEER EN VISSERIJ**

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

's-Gravenhage, 12 mei 1998
"""
        + LETTER_BODY,
        Want(
            "brief",
            "1997-1998",
            [("25618", "Herziening van de regels voor de binnenvisserij")],
            "5a",
            "kst-25618-5a",
            dt.date(1998, 5, 12),
            "Minister van Landbouw, Natuurbeheer en Visserij",
            "Voorzitter van de Tweede Kamer der Staten-Generaal",
        ),
        id="md-1998-ondernummer-with-letter",
    ),
    # --- Eerste Kamer -------------------------------------------------------------------------
    pytest.param(
        """**Eerste Kamer der Staten-Generaal**

Vergaderjaar 2022–2023

**36 101**

**Wijziging van de Wet op de huurtoeslag in verband met de normhuur**

**C MEMORIE VAN ANTWOORD**

Ontvangen 14 april 2023
"""
        + REPORT_BODY,
        Want(
            "memorie_van_antwoord",
            "2022-2023",
            [("36101", "Wijziging van de Wet op de huurtoeslag in verband met de normhuur")],
            "C",
            "kst-36101-C",
            dt.date(2023, 4, 14),
            chamber="ek",
        ),
        id="md-ek-memorie-van-antwoord",
    ),
    pytest.param(
        """**Eerste Kamer der Staten-Generaal**

Vergaderjaar 2022–2023

**36 044**

**Regels over de elektronische aanvraag van vergunningen**

**Nr. B**

## **VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR BINNENLANDSE ZAKEN<sup>1</sup>**

Vastgesteld 21 maart 2023
"""
        + REPORT_BODY,
        Want(
            "verslag",
            "2022-2023",
            [("36044", "Regels over de elektronische aanvraag van vergunningen")],
            "B",
            "kst-36044-B",
            dt.date(2023, 3, 21),
            chamber="ek",
        ),
        id="md-ek-nr-b-voorlopig-verslag",
    ),
    pytest.param(
        """**Eerste Kamer der Staten-Generaal**

Vergaderjaar 2022–2023

**36 200 VI**

**Vaststelling van de begrotingsstaten van het Ministerie van Justitie en Veiligheid (VI) voor het jaar 2023**

**T MOTIE VAN HET LID VERMEULEN C.S.**

Voorgesteld 13 juni 2023
"""
        + MOTION_BODY,
        Want(
            "motie",
            "2022-2023",
            [
                (
                    "36200-VI",
                    "Vaststelling van de begrotingsstaten van het Ministerie van Justitie en Veiligheid (VI) "
                    "voor het jaar 2023",
                )
            ],
            "T",
            "kst-36200-VI-T",
            dt.date(2023, 6, 13),
            movers=["Vermeulen"],
            chamber="ek",
        ),
        id="md-ek-motie-letter-t",
    ),
    pytest.param(
        """**Eerste Kamer der Staten-Generaal**

Vergaderjaar 2023–2024

**36 240 Wijziging van de Wet publieke gezondheid in verband met de pandemische paraatheid**

**31 731 Integraal wetgevingsbeleid**

**E BRIEF VAN DE MINISTER VAN VOLKSGEZONDHEID, WELZIJN EN SPORT**

Aan de Voorzitter van de Eerste Kamer der Staten-Generaal

Den Haag, 11 oktober 2023
"""
        + LETTER_BODY,
        Want(
            "brief",
            "2023-2024",
            [
                (
                    "36240",
                    "Wijziging van de Wet publieke gezondheid in verband met de pandemische paraatheid",
                ),
                ("31731", "Integraal wetgevingsbeleid"),
            ],
            "E",
            "kst-36240-E",
            dt.date(2023, 10, 11),
            "Minister van Volksgezondheid, Welzijn en Sport",
            "Voorzitter van de Eerste Kamer der Staten-Generaal",
            chamber="ek",
        ),
        id="md-ek-brief-two-dossiers",
    ),
    pytest.param(
        """**Eerste Kamer der Staten-Generaal**

Vergaderjaar 2023–2024

**33 490 Voorstel van wet van het lid Kramer tot wijziging van de Wet op het consumentenkrediet**

**35 201 Voorstel van wet van het lid Kramer tot wijziging van het voorstel van wet van het lid Kramer**

**AI<sup>1</sup> VERSLAG VAN EEN SCHRIFTELIJK OVERLEG**

Vastgesteld 28 december 2023
"""
        + REPORT_BODY,
        Want(
            "verslag",
            "2023-2024",
            [
                (
                    "33490",
                    "Voorstel van wet van het lid Kramer tot wijziging van de Wet op het consumentenkrediet",
                ),
                (
                    "35201",
                    "Voorstel van wet van het lid Kramer tot wijziging van het voorstel van wet van het lid Kramer",
                ),
            ],
            "AI",
            "kst-33490-AI",
            dt.date(2023, 12, 28),
            chamber="ek",
        ),
        id="md-ek-two-letter-nr-with-marker",
    ),
    pytest.param(
        """**Eerste Kamer der Staten-Generaal**

Vergaderjaar 2018–2019

**33 612 Wijziging van de Wet op de orgaandonatie**

**AB VERSLAG VAN EEN NADER SCHRIFTELIJK OVERLEG**

Vastgesteld 14 mei 2019
"""
        + REPORT_BODY,
        Want(
            "verslag",
            "2018-2019",
            [("33612", "Wijziging van de Wet op de orgaandonatie")],
            "AB",
            "kst-33612-AB",
            dt.date(2019, 5, 14),
            chamber="ek",
        ),
        id="md-ek-nader-schriftelijk-overleg",
    ),
    pytest.param(
        """**Eerste Kamer der Staten-Generaal**

Vergaderjaar 2017–2018

**CXXVII Verslag van de Tijdelijke commissie Werkwijze Eerste Kamer**

**G BRIEF VAN DE VOORZITTER VAN DE EERSTE KAMER DER STATEN-GENERAAL**

Aan de leden

Den Haag, 5 december 2017
"""
        + LETTER_BODY,
        Want(
            "brief",
            "2017-2018",
            [("CXXVII", "Verslag van de Tijdelijke commissie Werkwijze Eerste Kamer")],
            "G",
            "kst-CXXVII-G",
            dt.date(2017, 12, 5),
            "Voorzitter van de Eerste Kamer der Staten-Generaal",
            "leden",
            chamber="ek",
        ),
        id="md-ek-roman-dossier",
    ),
    # --- pdftotext-style text of the official PDF ---------------------------------------------
    pytest.param(
        """Tweede Kamer der Staten-Generaal                                                    2
Vergaderjaar 2023–2024

36 410 VI      Vaststelling van de begrotingsstaten van het Ministerie van
               Justitie en Veiligheid (VI) voor het jaar 2024

Nr. 75         BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID

               Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

               Den Haag, 13 mei 2024
"""
        + LETTER_BODY,
        Want(
            "brief",
            "2023-2024",
            [
                (
                    "36410-VI",
                    "Vaststelling van de begrotingsstaten van het Ministerie van Justitie en Veiligheid (VI) "
                    "voor het jaar 2024",
                )
            ],
            "75",
            "kst-36410-VI-75",
            dt.date(2024, 5, 13),
            "Minister van Justitie en Veiligheid",
            "Voorzitter van de Tweede Kamer der Staten-Generaal",
            chamber="tk",
        ),
        id="txt-title-wraps-two-lines",
    ),
    pytest.param(
        """Tweede Kamer der Staten-Generaal
2
Vergaderjaar 1998–1999
26 512
Wijziging van de Wet op de kansspelen in verband met de regels voor
speelautomaten
A
ADVIES RAAD VAN STATE EN NADER RAPPORT1
"""
        + REPORT_BODY,
        Want(
            "nader_rapport",
            "1998-1999",
            [
                (
                    "26512",
                    "Wijziging van de Wet op de kansspelen in verband met de regels voor speelautomaten",
                )
            ],
            "A",
            "kst-26512-A",
            None,
            chamber="tk",
        ),
        id="txt-1998-letter-nr-tweede-kamer",
    ),
    pytest.param(
        """Tweede Kamer der Staten-Generaal
2
Vergaderjaar 1999–2000
21 501-08
Milieuraad
Nr. 108
VERSLAG VAN EEN ALGEMEEN OVERLEG
Vastgesteld 7 april 2000
"""
        + REPORT_BODY,
        Want(
            "verslag",
            "1999-2000",
            [("21501-08", "Milieuraad")],
            "108",
            "kst-21501-08-108",
            dt.date(2000, 4, 7),
        ),
        id="txt-2000-series-verslag-algemeen-overleg",
    ),
    pytest.param(
        """Eerste Kamer der Staten-Generaal
1
Vergaderjaar 2006–2007
30 412
Regels over de registratie van zorgverleners (Wet zorgregister)
B
VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR VOLKSGEZONDHEID, WELZIJN EN SPORT1
Vastgesteld 14 november 2006
"""
        + REPORT_BODY,
        Want(
            "verslag",
            "2006-2007",
            [("30412", "Regels over de registratie van zorgverleners (Wet zorgregister)")],
            "B",
            "kst-20062007-30412-B",
            dt.date(2006, 11, 14),
            chamber="ek",
        ),
        id="txt-2006-ek-identifier-with-vergaderjaar",
    ),
    pytest.param(
        """Eerste Kamer der Staten-Generaal                                                    1
Vergaderjaar 2019–2020

35 300         Nota over de toestand van 's Rijks financiën

L              MOTIE VAN HET LID VERMEULEN C.S.

               Voorgesteld 29 oktober 2019
"""
        + MOTION_BODY,
        Want(
            "motie",
            "2019-2020",
            [("35300", "Nota over de toestand van 's Rijks financiën")],
            "L",
            "kst-35300-L",
            dt.date(2019, 10, 29),
            movers=["Vermeulen"],
            chamber="ek",
        ),
        id="txt-ek-motie",
    ),
    pytest.param(
        """Tweede Kamer der Staten-Generaal                                                    2
Vergaderjaar 2009–2010

21 501-31      Raad voor Werkgelegenheid en Sociaal Beleid

21 501-27      Sportraad

Nr. 207        VERSLAG VAN EEN SCHRIFTELIJK OVERLEG

               Vastgesteld16 april 2010
"""
        + REPORT_BODY,
        Want(
            "verslag",
            "2009-2010",
            [("21501-31", "Raad voor Werkgelegenheid en Sociaal Beleid"), ("21501-27", "Sportraad")],
            "207",
            "kst-21501-31-207",
            dt.date(2010, 4, 16),
        ),
        id="txt-two-series-dossiers-glued-date",
    ),
    # --- web pages of the official publication (older layout: number and title on lines) -------
    pytest.param(
        """25 811
Vervanging van oplosmiddelen in de schildersbranche

nr. 13
BRIEF VAN DE STAATSSECRETARIS VAN SOCIALE ZAKEN EN WERKGELEGENHEID

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

's-Gravenhage, 7 september 1999
"""
        + LETTER_BODY,
        Want(
            "brief",
            None,
            [("25811", "Vervanging van oplosmiddelen in de schildersbranche")],
            "13",
            "kst-25811-13",
            dt.date(1999, 9, 7),
            "Staatssecretaris van Sociale Zaken en Werkgelegenheid",
            "Voorzitter van de Tweede Kamer der Staten-Generaal",
        ),
        id="web-1999-nr-lowercase",
    ),
    pytest.param(
        """30 118 XI
Jaarverslag en slotwet ministerie van Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer 2005

nr. 6
LIJST VAN VRAGEN EN ANTWOORDEN

Vastgesteld 6 juni 2006
"""
        + REPORT_BODY,
        Want(
            "lijst_van_vragen_en_antwoorden",
            None,
            [
                (
                    "30118-XI",
                    "Jaarverslag en slotwet ministerie van Volkshuisvesting, Ruimtelijke Ordening en "
                    "Milieubeheer 2005",
                )
            ],
            "6",
            "kst-30118-XI-6",
            dt.date(2006, 6, 6),
        ),
        id="web-2006-lijst-roman-suffix",
    ),
    pytest.param(
        """31 422
Evaluatie van het begrotingsproces

29 815
Verantwoording en begroting

nr. 3
VERSLAG VAN EEN ALGEMEEN OVERLEG

Vastgesteld 28 februari 2008
"""
        + REPORT_BODY,
        Want(
            "verslag",
            None,
            [("31422", "Evaluatie van het begrotingsproces"), ("29815", "Verantwoording en begroting")],
            "3",
            "kst-31422-3",
            dt.date(2008, 2, 28),
        ),
        id="web-2008-two-dossiers",
    ),
    pytest.param(
        """24 602 (R 1571)
Wijziging van het Statuut in verband met de regels over de rijkswetgeving

nr. 2
VOORSTEL VAN RIJKSWET
"""
        + BILL_BODY,
        Want(
            "wetsvoorstel",
            None,
            [("24602", "Wijziging van het Statuut in verband met de regels over de rijkswetgeving")],
            "2",
            "kst-24602-2",
            None,
        ),
        id="web-rijkswet-with-r-number",
    ),
    # --- web pages with their preamble ----------------------------------------------------------
    pytest.param(
        """Kamerstuk

Datum publicatieOrganisatieVergaderjaarDossier- en ondernummer
Tweede Kamer der Staten-Generaal2016-201734512 nr. 21

34 512 Kabinetsformatie 2017

Nr. 21 BRIEF VAN DE INFORMATEUR

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 29 mei 2017
"""
        + LETTER_BODY,
        Want(
            "brief",
            "2016-2017",
            [("34512", "Kabinetsformatie 2017")],
            "21",
            "kst-34512-21",
            dt.date(2017, 5, 29),
            "Informateur",
            "Voorzitter van de Tweede Kamer der Staten-Generaal",
            chamber="tk",
        ),
        id="web-preamble-glued",
    ),
    pytest.param(
        """Kamerstuk

Datum publicatieOrganisatieVergaderjaarDossier- en ondernummer
Eerste Kamer der Staten-Generaal2019-202035300 nr. L

35 300 Nota over de toestand van 's Rijks financiën

L MOTIE VAN HET LID VERMEULEN C.S.

Voorgesteld 29 oktober 2019
"""
        + MOTION_BODY,
        Want(
            "motie",
            "2019-2020",
            [("35300", "Nota over de toestand van 's Rijks financiën")],
            "L",
            "kst-35300-L",
            dt.date(2019, 10, 29),
            movers=["Vermeulen"],
            chamber="ek",
        ),
        id="web-preamble-glued-ek-motie",
    ),
    pytest.param(
        """Kamerstuk

Datum publicatieOrganisatieVergaderjaarDossier- en ondernummerDatum ontvangst
Tweede Kamer der Staten-Generaal2001-200228341 nr. 8

28 341
Regeling van het beheer van de staatsarchieven

nr. 8
AMENDEMENT VAN HET LID VAN DER HEIJDEN

Ontvangen 8 april 2002
"""
        + AMENDMENT_BODY,
        Want(
            "amendement",
            "2001-2002",
            [("28341", "Regeling van het beheer van de staatsarchieven")],
            "8",
            "kst-28341-8",
            dt.date(2002, 4, 8),
            movers=["van der Heijden"],
        ),
        id="web-preamble-glued-five-columns-amendement",
    ),
    pytest.param(
        """Kamerstuk
Datum publicatie | Organisatie | Vergaderjaar | Dossier- en ondernummer |
---|---|---|---|
Tweede Kamer der Staten-Generaal | 2021-2022 | 36071 nr. 4 |
Zoals vergunningen, bouwplannen en lokale regelgeving.
Adressen en contactpersonen van overheidsorganisaties.
U bent hier:
Datum publicatie | Organisatie | Vergaderjaar | Dossier- en ondernummer |
---|---|---|---|
Tweede Kamer der Staten-Generaal | 2021-2022 | 36071 nr. 4 |
Ontvangen 12 april 2022
"""
        + REPORT_BODY,
        Want("other", "2021-2022", [("36071", None)], "4", "kst-36071-4", dt.date(2022, 4, 12), chamber="tk"),
        id="web-preamble-pipe-table-no-header",
    ),
    pytest.param(
        """Kamerstuk
Datum publicatie | Organisatie | Vergaderjaar | Dossier- en ondernummer | Datum indiening |
---|---|---|---|---|
Tweede Kamer der Staten-Generaal | 2006-2007 | 30 712 nr. 6 |
U bent hier:

30 712
Wijziging van de Wet op de Raad voor de rechtspraak

nr. 6
NOTA NAAR AANLEIDING VAN HET VERSLAG

Ontvangen 22 december 2006
"""
        + REPORT_BODY,
        Want(
            "nota_naar_aanleiding_van_het_verslag",
            "2006-2007",
            [("30712", "Wijziging van de Wet op de Raad voor de rechtspraak")],
            "6",
            "kst-30712-6",
            dt.date(2006, 12, 22),
        ),
        id="web-preamble-pipe-table-five-columns",
    ),
    pytest.param(
        "Datum publicatie\tOrganisatie\tVergaderjaar\tDossier- en ondernummer\n"
        "14-03-2024\tTweede Kamer der Staten-Generaal\t2023-2024\t36410-XII nr. 58\n"
        """
36 410 XII Vaststelling van de begrotingsstaten van het Ministerie van Infrastructuur en Waterstaat (XII) voor het jaar 2024

Nr. 58 BRIEF VAN DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 8 maart 2024
""" + LETTER_BODY,
        Want(
            "brief",
            "2023-2024",
            [
                (
                    "36410-XII",
                    "Vaststelling van de begrotingsstaten van het Ministerie van Infrastructuur en "
                    "Waterstaat (XII) voor het jaar 2024",
                )
            ],
            "58",
            "kst-36410-XII-58",
            dt.date(2024, 3, 8),
            "Minister van Infrastructuur en Waterstaat",
            "Voorzitter van de Tweede Kamer der Staten-Generaal",
        ),
        id="web-preamble-tab-row-publication-date-not-used",
    ),
    pytest.param(
        """Datum publicatie

14-03-2024

Organisatie

Tweede Kamer der Staten-Generaal

Vergaderjaar

2023-2024

Dossier- en ondernummer

29383 nr. 412

29 383 Vaststelling van het pakket voor de regionale omroepen

Nr. 412 VERSLAG VAN EEN SCHRIFTELIJK OVERLEG

Vastgesteld 12 maart 2024
"""
        + REPORT_BODY,
        Want(
            "verslag",
            "2023-2024",
            [("29383", "Vaststelling van het pakket voor de regionale omroepen")],
            "412",
            "kst-29383-412",
            dt.date(2024, 3, 12),
        ),
        id="web-preamble-label-lines",
    ),
    pytest.param(
        """Kamerstuk 30712-6

Wijziging van de Wet op de Raad voor de rechtspraak; Nota n.a.v. het verslag

Dossier: Wijziging van de Wet op de Raad voor de rechtspraak

Gepubliceerd: 22 december 2006
Indiener(s):
Onderwerpen: bestuursrecht recht
Bron: https://zoek.officielebekendmakingen.nl/kst-30712-6.html
ID: 30712-6

30 712
Wijziging van de Wet op de Raad voor de rechtspraak

nr. 6
NOTA NAAR AANLEIDING VAN HET VERSLAG

Ontvangen 22 december 2006
"""
        + REPORT_BODY,
        Want(
            "nota_naar_aanleiding_van_het_verslag",
            None,
            [("30712", "Wijziging van de Wet op de Raad voor de rechtspraak")],
            "6",
            "kst-30712-6",
            dt.date(2006, 12, 22),
        ),
        id="web-preamble-gepubliceerd-bron-id",
    ),
    pytest.param(
        """Gepubliceerd: 12 maart 2024
Indiener(s): Marjolein de Wit, minister van Sociale Zaken en Werkgelegenheid
Bron: https://zoek.officielebekendmakingen.nl/kst-20082009-32171-C.html
ID: kst-20082009-32171-C

32 171 Wijziging van de Wet werk en bijstand in verband met de arbeidsinschakeling

C MEMORIE VAN ANTWOORD

Ontvangen 2 juni 2009
"""
        + REPORT_BODY,
        Want(
            "memorie_van_antwoord",
            None,
            [("32171", "Wijziging van de Wet werk en bijstand in verband met de arbeidsinschakeling")],
            "C",
            "kst-20082009-32171-C",
            dt.date(2009, 6, 2),
        ),
        id="web-preamble-id-kst-wins",
    ),
    pytest.param(
        """Brief regering : Voorbereiding van de verkiezingen
35 380 Verkiezingen
Nr. 48 BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES
Aan de Voorzitter van de Tweede Kamer der Staten-Generaal
Den Haag, 21 februari 2022
"""
        + LETTER_BODY,
        Want(
            "brief",
            None,
            [("35380", "Verkiezingen")],
            "48",
            "kst-35380-48",
            dt.date(2022, 2, 21),
            "Minister van Binnenlandse Zaken en Koninkrijksrelaties",
            "Voorzitter van de Tweede Kamer der Staten-Generaal",
        ),
        id="web-tweedekamer-title-line",
    ),
    pytest.param(
        """Preview document (origineel)
Tweede Kamer der Staten-Generaal | 2 |
Vergaderjaar 2023-2024 |
21 501-08 Milieuraad
Nr. 931 BRIEF VAN DE MINISTER VOOR NATUUR EN STIKSTOF
Aan de Voorzitter van de Tweede Kamer der Staten-Generaal
Den Haag, 8 december 2023
"""
        + LETTER_BODY,
        Want(
            "brief",
            "2023-2024",
            [("21501-08", "Milieuraad")],
            "931",
            "kst-21501-08-931",
            dt.date(2023, 12, 8),
            "Minister voor Natuur en Stikstof",
            "Voorzitter van de Tweede Kamer der Staten-Generaal",
            chamber="tk",
        ),
        id="web-cells-with-trailing-pipes",
    ),
    pytest.param(
        """[overzicht] [activiteiten] [besluiten] [commissies] [kamerleden]

Geannoteerde agenda van de Milieuraad

Milieuraad

Brief regering

Nummer: 2023D51234, datum: 2023-12-08, bijgewerkt: 2024-02-19 10:56, versie: 3

Directe link naar document (.pdf), link naar pagina op de Tweede Kamer site, officiële HTML versie (kst-21501-08-931).

Onderdeel van zaak 2023Z20011:

Preview document (origineel)

Tweede Kamer der Staten-Generaal | 2 |
Vergaderjaar 2023-2024 |

21 501-08 Milieuraad

Nr. 931 BRIEF VAN DE MINISTER VOOR NATUUR EN STIKSTOF

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 8 december 2023
"""
        + LETTER_BODY,
        Want(
            "brief",
            "2023-2024",
            [("21501-08", "Milieuraad")],
            "931",
            "kst-21501-08-931",
            dt.date(2023, 12, 8),
            "Minister voor Natuur en Stikstof",
            "Voorzitter van de Tweede Kamer der Staten-Generaal",
        ),
        id="web-mirror-navigation-and-metadata-lines",
    ),
    pytest.param(
        """Advies Afdeling advisering Raad van State en Nader rapport - Wijziging van de Wet op de waterschappen

Inhoudsopgave van deze pagina:

1.

Kerngegevens

Officiële titel Wijziging van de Wet op de waterschappen; Advies Afdeling advisering Raad van State en Nader rapport
Documentdatum 20-01-2016
Publicatiedatum 21-01-2016
Nummer KST341234
Kenmerk 34123, nr. 4
Van Staten-Generaal (SG)
Originele document in PDF

2.

Tekst

34 123 Wijziging van de Wet op de waterschappen

Nr. 4 ADVIES AFDELING ADVISERING RAAD VAN STATE EN NADER RAPPORT1
"""
        + REPORT_BODY,
        Want(
            "nader_rapport",
            None,
            [("34123", "Wijziging van de Wet op de waterschappen")],
            "4",
            "kst-34123-4",
            None,
        ),
        id="web-kerngegevens",
    ),
    pytest.param(
        """Kamerstuk

Datum publicatie | Organisatie | Vergaderjaar | Dossier- en ondernummer |
---|---|---|---|
Tweede Kamer der Staten-Generaal | 2023-2024 | 36410-XVI nr. 88 |

**36 410 XVI**

**Vaststelling van de begrotingsstaten van het Ministerie van Volksgezondheid, Welzijn en Sport (XVI) voor het jaar 2024**

**Nr. 88**

## **BRIEF VAN DE MINISTER VAN VOLKSGEZONDHEID, WELZIJN EN SPORT**

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 19 januari 2024
"""
        + LETTER_BODY,
        Want(
            "brief",
            "2023-2024",
            [
                (
                    "36410-XVI",
                    "Vaststelling van de begrotingsstaten van het Ministerie van Volksgezondheid, Welzijn en "
                    "Sport (XVI) voor het jaar 2024",
                )
            ],
            "88",
            "kst-36410-XVI-88",
            dt.date(2024, 1, 19),
            "Minister van Volksgezondheid, Welzijn en Sport",
            "Voorzitter van de Tweede Kamer der Staten-Generaal",
            chamber="tk",
        ),
        id="md-with-web-preamble",
    ),
]


def _header_chamber(text: str) -> str:
    return read_header(read_text(text).blocks, []).chamber


@pytest.mark.parametrize(("text", "want"), CASES)
def test_official_header(text: str, want: Want) -> None:
    m = kamerstuk.parse_text(text, entities=False, pipeline="none").metadata
    got = {
        "kind": m.kind,
        "vergaderjaar": m.vergaderjaar,
        "dossiers": [(d.number, d.title) for d in m.dossiers],
        "ondernummer": m.ondernummer,
        "identifier": m.identifier,
        "date": m.date,
        "sender": m.sender,
        "addressee": m.addressee,
    }
    expected = {
        "kind": want.kind,
        "vergaderjaar": want.vergaderjaar,
        "dossiers": want.dossiers,
        "ondernummer": want.ondernummer,
        "identifier": want.identifier,
        "date": want.date,
        "sender": want.sender,
        "addressee": want.addressee,
    }
    assert got == expected
    if want.movers:
        assert m.movers == want.movers
    if want.chamber:
        assert _header_chamber(text) == want.chamber


def test_there_are_enough_cases() -> None:
    assert len(CASES) >= 40


@pytest.mark.parametrize(
    ("text", "first"),
    [
        pytest.param(
            """Geachte voorzitter,

Hierbij stuur ik u de cijfers over de regeling voor de kinderopvang.

Totaal aantal aanvragen

12 500

De aanvragen zijn in 2023 ingediend en worden dit jaar afgehandeld door de uitvoerder.

Hoogachtend,

De Minister van Financiën,

A. de Vries
""",
            "Hierbij stuur ik u de cijfers",
            id="number-line-in-body",
        ),
        pytest.param(
            """Geachte voorzitter,

Hierbij stuur ik u de cijfers over de regeling voor de kinderopvang.

Bron: CBS

Nr. 3 van de lijst is inmiddels afgehandeld door de uitvoerder van de regeling.

Hoogachtend,

De Minister van Financiën,

A. de Vries
""",
            "Hierbij stuur ik u de cijfers",
            id="source-and-nr-lines-in-body",
        ),
        pytest.param(
            """Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 3 maart 2023

## **VERSLAG**

Korte eerste alinea over het werkbezoek.

## **Vervolg**

Tweede alinea over de uitvoering van het programma in de regio.
""",
            "Korte eerste alinea",
            id="type-word-as-body-heading",
        ),
    ],
)
def test_body_is_never_taken_for_header(text: str, first: str) -> None:
    letter = kamerstuk.parse_text(text, entities=False, pipeline="none")
    assert letter.paragraphs[0].text.startswith(first)
    assert letter.metadata.kind == "brief"


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        pytest.param(
            [
                "Datum publicatie | Organisatie | Vergaderjaar | Dossier- en ondernummer |",
                "---|---|---|---|",
                "Eerste Kamer der Staten-Generaal | 2012-2013 | 30372 nr. B |",
            ],
            {"chamber": "ek", "vergaderjaar": "2012-2013", "dossier": "30372", "ondernummer": "B"},
            id="pipe-table-ek",
        ),
        pytest.param(
            [
                "Datum publicatie",
                "14-03-2024",
                "Organisatie",
                "Eerste Kamer der Staten-Generaal",
                "Vergaderjaar",
                "2023-2024",
                "Dossier- en ondernummer",
                "36200-VI nr. T",
                "Datum ontvangst",
                "13-06-2023",
            ],
            {
                "chamber": "ek",
                "vergaderjaar": "2023-2024",
                "dossier": "36200-VI",
                "ondernummer": "T",
                "published": dt.date(2024, 3, 14),
                "received": dt.date(2023, 6, 13),
            },
            id="cells-on-lines",
        ),
        pytest.param(
            ["Kenmerk | 33239, nr. 2 |"], {"dossier": "33239", "ondernummer": "2"}, id="kerngegevens-row"
        ),
        pytest.param(
            ["Gepubliceerd: 22 december 2006", "ID: 30712-6"],
            {"published": dt.date(2006, 12, 22), "identifier": "kst-30712-6"},
            id="openkamer",
        ),
        pytest.param(
            ["Lijst van vragen en antwoorden : Lijst van vragen over het jaarverslag"],
            {"kind": "lijst_van_vragen_en_antwoorden"},
            id="tweedekamer-soort",
        ),
    ],
)
def test_preamble_lines(lines: list[str], want: dict[str, object]) -> None:
    from kamerstuk.structure.preamble import Preamble, read_preamble_line

    p = Preamble()
    assert all(read_preamble_line(p, line) for line in lines)
    assert {key: getattr(p, key) for key in want} == want


def test_publication_date_is_reported_not_used() -> None:
    text = (
        "Datum publicatie\tOrganisatie\tVergaderjaar\tDossier- en ondernummer\n"
        "14-03-2024\tTweede Kamer der Staten-Generaal\t2023-2024\t29383 nr. 412\n\n" + REPORT_BODY
    )
    letter = kamerstuk.parse_text(text, entities=False, pipeline="none")
    assert letter.metadata.date is None
    assert letter.metadata.identifier == "kst-29383-412"
    assert any("published on 2024-03-14" in d.message for d in letter.diagnostics)


def test_round_55_a_long_ministry_name_in_capitals_under_a_page_title() -> None:
    """A text that opens on a web page's title and then the document line of a ministry whose name runs past a sidebar
    line ("… LANDBOUW, VISSERIJ, VOEDSELZEKERHEID EN NATUUR"): the title is skipped, the document line, addressee and
    date are the header (before round 55: no letter structure found)."""
    text = (
        "Kamerbrief over de registratie van konijnen\n\n"
        "BRIEF VAN DE MINISTER VAN LANDBOUW, VISSERIJ, VOEDSELZEKERHEID EN NATUUR\n\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
        "Den Haag, 9 februari 2027\n\n"
        "Hierbij informeer ik uw Kamer over de stand van zaken rond de registratie van konijnen in Nederland.\n\n"
        "De Minister van Landbouw, Visserij, Voedselzekerheid en Natuur,\n"
        "P. de Boer\n"
    )
    letter = kamerstuk.parse_text(text, name="konijnen.txt", pipeline="none")
    assert letter.metadata.addressee == "Voorzitter van de Tweede Kamer der Staten-Generaal"
    assert letter.metadata.sender == "Minister van Landbouw, Visserij, Voedselzekerheid en Natuur"
    assert [p.text[:6] for p in letter.paragraphs] == ["Hierbi"]
    assert letter.metadata.date == dt.date(2027, 2, 9)


def test_round_55_a_text_without_blank_lines_keeps_its_body() -> None:
    """A Kamerstuk copied from a web page without blank lines: the header's last lines and the body share one block.
    Past the place and date the body begins; before round 55 its lines went into a "header lines not understood"
    warning and the letter kept no body text."""
    text = (
        "29 665 Natuurbeleid\n"
        "Nr. 412\n"
        "BRIEF VAN DE MINISTER VAN LANDBOUW, VISSERIJ, VOEDSELZEKERHEID EN NATUUR\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
        "Den Haag, 3 maart 2027\n"
        "Tijdens het commissiedebat over weidevogels van 12 februari jl. heb ik toegezegd uw Kamer te informeren over\n"
        "de resultaten van de tellingen in de provincies.\n"
        "Ik stuur u hierbij het overzicht van de tellingen van 2026.\n"
    )
    letter = kamerstuk.parse_text(text, name="weidevogels.txt", pipeline="none")
    assert letter.metadata.date == dt.date(2027, 3, 3)
    assert letter.paragraphs[0].text.startswith("Tijdens het commissiedebat over weidevogels")
    assert "Ik stuur u hierbij het overzicht" in letter.text
    assert not any("not understood" in d.message for d in letter.diagnostics)
