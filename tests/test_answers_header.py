"""The Aanhangsel header — answers to written questions — in its real variants, parsed with `parse_text`.

Each case is an opening we wrote ourselves (invented members, parties, ministers, subjects, numbers
and dates) in the forms that real Aanhangsels of the Tweede Kamer print (2013–2025): one or several
questioners, with a party each, a party for a group ("allen", "beiden", also in the middle of the
list) or none; a Minister, a Minister "voor", a Staatssecretaris with a part of the portfolio after a
dash, the Minister-President; "mede namens" and "mede ondertekend door" offices that do not sign;
two answering offices ("en van", or misprinted "van"); abbreviated portfolios ("BZ", "IenW", "BHO");
a "Mededeling" instead of an answer; the "(ontvangen …)" date printed twice or broken over a line;
"Zie ook Aanhangsel …" after the date; the header as pdftotext writes it or as a web page copies it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pytest

import kamerstuk

BODY = """
Vraag 1
Heeft u kennisgenomen van het bericht «Wachtlijst voor de veerdienst groeit opnieuw»?

Antwoord 1
Ja.

Vraag 2
Welke maatregelen neemt u om de wachttijden voor de veerdienst te verkorten?

Antwoord 2
Ik ga hierover in overleg met de provincie en de vervoerder en informeer uw Kamer voor de zomer.
"""


def opening(
    questions: str,
    answer: str,
    *,
    number: str = "1234",
    year: str = "2023–2024",
    header: str = "lines",
) -> str:
    """An Aanhangsel opening: the header (as separate lines, as one joined line, or left out as on a
    web page), the questions and answer blocks, then the questions and answers."""
    heads = {
        "lines": f"Tweede Kamer der Staten-Generaal\nVergaderjaar {year}\nAanhangsel van de Handelingen\n\n",
        "joined": f"Tweede Kamer der Staten-Generaal\nVergaderjaar {year} Aanhangsel van de Handelingen\n\n",
        "none": "",
    }
    intro = (
        "Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden\n\n"
        f"{number}\n\n"
        if header != "none"
        else ""
    )
    return f"{heads[header]}{intro}{questions}\n\n{answer}\n{BODY}"


@dataclass
class Case:
    id: str
    text: str
    questioners: list[str]
    signatories: list[tuple[str, str]]
    submitted: dt.date
    received: dt.date | None
    sender: str | None = None  # defaults to the first signatory's role
    fields: dict[str, object] = field(default_factory=dict)  # further metadata to check


CASES = [
    Case(
        "one questioner, party, minister, see also",
        opening(
            "Vragen van het lid Brouwersma (VLP) aan de Minister van Infrastructuur en Waterstaat over het "
            "bericht «Wachtlijst voor de veerdienst groeit opnieuw» (ingezonden 3 oktober 2023).",
            "Antwoord van Minister Hoogendoorn (Infrastructuur en Waterstaat) (ontvangen 2 november 2023). "
            "Zie ook Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 1102.",
        ),
        ["Brouwersma"],
        [("Hoogendoorn", "Minister van Infrastructuur en Waterstaat")],
        dt.date(2023, 10, 3),
        dt.date(2023, 11, 2),
        fields={"vergaderjaar": "2023-2024", "ondernummer": "1234", "identifier": "ah-tk-20232024-1234"},
    ),
    Case(
        "several questioners, a party each",
        opening(
            "Vragen van de leden Brouwersma (VLP), Terpstra-de Wit (Partij Noord) en El Idrissi (SLB) aan de "
            "Minister van Sociale Zaken en Werkgelegenheid over de uitvoering van de regeling voor "
            "mantelzorgers (ingezonden 14 maart 2024).",
            "Antwoord van Minister Oudendijk (Sociale Zaken en Werkgelegenheid) (ontvangen 9 april 2024).",
        ),
        ["Brouwersma", "Terpstra-de Wit", "El Idrissi"],
        [("Oudendijk", "Minister van Sociale Zaken en Werkgelegenheid")],
        dt.date(2024, 3, 14),
        dt.date(2024, 4, 9),
    ),
    Case(
        "group party for all",
        opening(
            "Vragen van de leden Van Leeuwarden, Kramers en Romke van der Veen (allen VLP) aan de Minister "
            "van Financiën over de heffing op verpakkingen (ingezonden 2 juni 2021).",
            "Antwoord van Minister Hendriksma (Financiën) (ontvangen 25 juni 2021).",
            year="2020–2021",
        ),
        ["Van Leeuwarden", "Kramers", "Romke van der Veen"],
        [("Hendriksma", "Minister van Financiën")],
        dt.date(2021, 6, 2),
        dt.date(2021, 6, 25),
        fields={"vergaderjaar": "2020-2021", "identifier": "ah-tk-20202021-1234"},
    ),
    Case(
        "group party in the middle of the list",
        opening(
            "Vragen van de leden Aerts, Vos (beiden Partij Noord) en Kuipers-van Dam (SLB) aan de Minister en "
            "de Staatssecretaris van Volksgezondheid, Welzijn en Sport over de huisartsenzorg op de "
            "Waddeneilanden (ingezonden 11 januari 2023).",
            "Antwoord van Minister Lindeboom (Volksgezondheid, Welzijn en Sport) (ontvangen 8 februari 2023).",
            year="2022–2023",
        ),
        ["Aerts", "Vos", "Kuipers-van Dam"],
        [("Lindeboom", "Minister van Volksgezondheid, Welzijn en Sport")],
        dt.date(2023, 1, 11),
        dt.date(2023, 2, 8),
    ),
    Case(
        "questioners without parties",
        opening(
            "Vragen van de leden Aerts en Vos aan de Minister van Onderwijs, Cultuur en Wetenschap over het "
            "lerarentekort in het speciaal onderwijs (ingezonden 5 september 2023).",
            "Antwoord van Minister Smeenge (Onderwijs, Cultuur en Wetenschap) (ontvangen 28 september 2023).",
        ),
        ["Aerts", "Vos"],
        [("Smeenge", "Minister van Onderwijs, Cultuur en Wetenschap")],
        dt.date(2023, 9, 5),
        dt.date(2023, 9, 28),
    ),
    Case(
        "space before a comma between questioners",
        opening(
            "Vragen van de leden Van Leeuwarden , Ida de Graaf en Kramers (allen VLP) aan de Minister van "
            "Justitie en Veiligheid over de capaciteit van de reclassering (ingezonden 7 februari 2022).",
            "Antwoord van Minister Van Wijngaarden (Justitie en Veiligheid) (ontvangen 1 maart 2022).",
            year="2021–2022",
        ),
        ["Van Leeuwarden", "Ida de Graaf", "Kramers"],
        [("Van Wijngaarden", "Minister van Justitie en Veiligheid")],
        dt.date(2022, 2, 7),
        dt.date(2022, 3, 1),
    ),
    Case(
        "glued name particle",
        opening(
            "Vragen van het lid Marit vanDam (Partij Noord) aan de Staatssecretaris van Binnenlandse Zaken en "
            "Koninkrijksrelaties over het bericht «Gemeenten kampen met storing in loket» "
            "(ingezonden 4 december 2023).",
            "Antwoord van Staatssecretaris Van Wijngaarden (Binnenlandse Zaken en Koninkrijksrelaties) "
            "(ontvangen 19 januari 2024).",
        ),
        ["Marit van Dam"],
        [("Van Wijngaarden", "Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties")],
        dt.date(2023, 12, 4),
        dt.date(2024, 1, 19),
    ),
    Case(
        "staatssecretaris with a part of the portfolio after a dash",
        opening(
            "Vragen van het lid Kramers (VLP) aan de Staatssecretaris van Financiën over de teruggave van "
            "invoerrechten (ingezonden 6 mei 2024).",
            "Antwoord van Staatssecretaris Bosgra (Financiën – Toeslagen en Douane) (ontvangen 30 mei 2024).",
        ),
        ["Kramers"],
        [("Bosgra", "Staatssecretaris van Financiën – Toeslagen en Douane")],
        dt.date(2024, 5, 6),
        dt.date(2024, 5, 30),
        fields={"ministry": "Ministerie van Financiën"},
    ),
    Case(
        "answer block split off inside the portfolio",
        opening(
            "Vragen van het lid Aerts (Partij Noord) aan de Staatssecretaris van Volksgezondheid, Welzijn en "
            "Sport over sportaccommodaties in krimpgebieden (ingezonden 19 juni 2024).",
            "Antwoord van Staatssecretaris Bosgra (Volksgezondheid, Welzijn en Sport\n\n"
            "– Jeugd, Preventie en Sport) (ontvangen 15 augustus 2024). Zie ook Aanhangsel Handelingen, "
            "vergaderjaar 2023–2024, nr. 2001.",
        ),
        ["Aerts"],
        [("Bosgra", "Staatssecretaris van Volksgezondheid, Welzijn en Sport – Jeugd, Preventie en Sport")],
        dt.date(2024, 6, 19),
        dt.date(2024, 8, 15),
    ),
    Case(
        "minister voor",
        opening(
            "Vragen van het lid El Idrissi (SLB) aan de Minister voor Rechtsbescherming over de wachttijden bij "
            "de rechtspraak (ingezonden 12 oktober 2022).",
            "Antwoord van Minister Mulderij (Rechtsbescherming) (ontvangen 7 november 2022).",
            year="2022–2023",
        ),
        ["El Idrissi"],
        [("Mulderij", "Minister voor Rechtsbescherming")],
        dt.date(2022, 10, 12),
        dt.date(2022, 11, 7),
        fields={"ministry": "Ministerie van Justitie en Veiligheid"},
    ),
    Case(
        "mede namens one minister",
        opening(
            "Vragen van de leden Brouwersma en Kramers (beiden VLP) aan de Ministers van Sociale Zaken en "
            "Werkgelegenheid en van Volksgezondheid, Welzijn en Sport over re-integratie na langdurige ziekte "
            "(ingezonden 2 juli 2024).",
            "Antwoord van Minister Oudendijk (Sociale Zaken en Werkgelegenheid), mede namens de Minister van "
            "Volksgezondheid, Welzijn en Sport (ontvangen 20 augustus 2024).",
        ),
        ["Brouwersma", "Kramers"],
        [("Oudendijk", "Minister van Sociale Zaken en Werkgelegenheid")],
        dt.date(2024, 7, 2),
        dt.date(2024, 8, 20),
    ),
    Case(
        "mede namens several offices, broken over lines",
        opening(
            "Vragen van de leden Vos, Aerts en Smit (allen Partij Noord) aan de Staatssecretaris van\n"
            "Infrastructuur en Waterstaat en de Ministers van Landbouw, Natuur en Voedselkwaliteit en voor\n"
            "Volkshuisvesting en Ruimtelijke Ordening over zwerfafval langs rivieren (ingezonden 9 mei 2022).",
            "Antwoord van Staatssecretaris De Haan-Mulder (Infrastructuur en Waterstaat), mede namens\n"
            "de Ministers van Landbouw, Natuur en Voedselkwaliteit en voor Volkshuisvesting en Ruimtelijke\n"
            "Ordening (ontvangen 16 juni 2022). Zie ook Aanhangsel Handelingen, vergaderjaar 2021–2022, nr. 2870.",
            year="2021–2022",
        ),
        ["Vos", "Aerts", "Smit"],
        [("De Haan-Mulder", "Staatssecretaris van Infrastructuur en Waterstaat")],
        dt.date(2022, 5, 9),
        dt.date(2022, 6, 16),
    ),
    Case(
        "mede namens without a comma, no final full stop",
        opening(
            "Vragen van de leden Kramers (VLP), Vos (Partij Noord) en El Idrissi (SLB) aan de Minister van "
            "Binnenlandse Zaken en Koninkrijksrelaties en de Staatssecretaris van Justitie en Veiligheid over "
            "het register van reisdocumenten (ingezonden 10 februari 2015).",
            "Antwoord van Staatssecretaris Van Wijngaarden (Veiligheid en Justitie) mede namens de Minister van "
            "Binnenlandse Zaken en Koninkrijksrelaties (ontvangen 3 maart 2015)",
            year="2014–2015",
        ),
        ["Kramers", "Vos", "El Idrissi"],
        [("Van Wijngaarden", "Staatssecretaris van Veiligheid en Justitie")],
        dt.date(2015, 2, 10),
        dt.date(2015, 3, 3),
    ),
    Case(
        "two answering ministers, en van",
        opening(
            "Vragen van de leden Smit (SLB) en Van Leeuwarden (VLP) aan de Ministers van Justitie en Veiligheid "
            "en voor Rechtsbescherming over het verhoor van minderjarigen (ingezonden 4 mei 2020).",
            "Antwoord van Minister Hendriksma (Justitie en Veiligheid) en van Minister Mulderij\n"
            "(Rechtsbescherming) (ontvangen 26 mei 2020).",
            year="2019–2020",
        ),
        ["Smit", "Van Leeuwarden"],
        [
            ("Hendriksma", "Minister van Justitie en Veiligheid"),
            ("Mulderij", "Minister voor Rechtsbescherming"),
        ],
        dt.date(2020, 5, 4),
        dt.date(2020, 5, 26),
    ),
    Case(
        "two answering ministers, misprinted with abbreviations",
        opening(
            "Vragen van de leden Vos (Partij Noord) en Smit (SLB) aan de Ministers van Buitenlandse Zaken en "
            "voor Buitenlandse Handel en Ontwikkelingssamenwerking over noodhulp na de overstromingen "
            "(ingezonden 3 juni 2024).",
            "Antwoord van Minister Terlouw (BZ) van Minister Dijkhuis (BHOS) (ontvangen 27 juni 2024).",
        ),
        ["Vos", "Smit"],
        [
            ("Terlouw", "Minister van Buitenlandse Zaken"),
            ("Dijkhuis", "Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking"),
        ],
        dt.date(2024, 6, 3),
        dt.date(2024, 6, 27),
        fields={"ministry": "Ministerie van Buitenlandse Zaken"},
    ),
    Case(
        "abbreviated portfolios IenW and JenV",
        opening(
            "Vragen van het lid Kramers (VLP) aan de Minister van Infrastructuur en Waterstaat en de "
            "Staatssecretaris van Justitie en Veiligheid over drugsafval in natuurgebieden "
            "(ingezonden 8 november 2022).",
            "Antwoord van Minister Hoogendoorn (IenW), mede namens de Staatssecretaris van Justitie en "
            "Veiligheid (ontvangen 12 december 2022).",
            year="2022–2023",
        ),
        ["Kramers"],
        [("Hoogendoorn", "Minister van Infrastructuur en Waterstaat")],
        dt.date(2022, 11, 8),
        dt.date(2022, 12, 12),
    ),
    Case(
        "abbreviation written with an ampersand",
        opening(
            "Vragen van het lid Vos (Partij Noord) aan de Staatssecretaris van Justitie en Veiligheid over "
            "de opvang van alleenstaande minderjarigen (ingezonden 21 augustus 2023).",
            "Antwoord van Staatssecretaris Bosgra (J&V) (ontvangen 14 september 2023).",
        ),
        ["Vos"],
        [("Bosgra", "Staatssecretaris van Justitie en Veiligheid")],
        dt.date(2023, 8, 21),
        dt.date(2023, 9, 14),
    ),
    Case(
        "BHO after the portfolio was renamed",
        opening(
            "Vragen van het lid Smit (SLB) aan de Minister voor Buitenlandse Handel en Ontwikkelingshulp over "
            "exportsteun aan scheepswerven (ingezonden 6 januari 2025).",
            "Antwoord van Minister Dijkhuis (BHO) (ontvangen 3 februari 2025).",
            year="2024–2025",
        ),
        ["Smit"],
        # (a minister "voor" since round 31, as the question line writes the office: the 2024 offices by portfolio
        # are in the table of ministers without a ministry of their own)
        [("Dijkhuis", "Minister voor Buitenlandse Handel en Ontwikkelingshulp")],
        dt.date(2025, 1, 6),
        dt.date(2025, 2, 3),
    ),
    Case(
        "minister voor VRO before it became a ministry",
        opening(
            "Vragen van het lid Aerts (Partij Noord) aan de Minister voor Volkshuisvesting en Ruimtelijke "
            "Ordening over tijdelijke woningen (ingezonden 13 februari 2023).",
            "Antwoord van Minister Lindeboom (Volkshuisvesting en Ruimtelijke Ordening) (ontvangen 7 maart 2023).",
            year="2022–2023",
        ),
        ["Aerts"],
        [("Lindeboom", "Minister voor Volkshuisvesting en Ruimtelijke Ordening")],
        dt.date(2023, 2, 13),
        dt.date(2023, 3, 7),
    ),
    Case(
        "minister van VRO since it is a ministry",
        opening(
            "Vragen van het lid Aerts (Partij Noord) aan de Minister van Volkshuisvesting en Ruimtelijke "
            "Ordening over tijdelijke woningen (ingezonden 10 oktober 2024).",
            "Antwoord van Minister Lindeboom (VRO) (ontvangen 4 november 2024).",
            year="2024–2025",
        ),
        ["Aerts"],
        [("Lindeboom", "Minister van Volkshuisvesting en Ruimtelijke Ordening")],
        dt.date(2024, 10, 10),
        dt.date(2024, 11, 4),
    ),
    Case(
        "minister-president, mede ondertekend door",
        opening(
            "Vragen van de leden Smit en Terpstra-de Wit (beiden SLB) aan de minister-president en de minister "
            "van Sociale Zaken en Werkgelegenheid over het bericht «Kabinet wil jongeren uit het buitenland "
            "werven» (ingezonden 1 juli 2013).",
            "Antwoord van minister-president Valkema (Algemene Zaken), mede ondertekend door de minister van "
            "Sociale Zaken en Werkgelegenheid (ontvangen 10 juli 2013).",
            year="2012–2013",
        ),
        ["Smit", "Terpstra-de Wit"],
        [("Valkema", "Minister-President, Minister van Algemene Zaken")],
        dt.date(2013, 7, 1),
        dt.date(2013, 7, 10),
    ),
    Case(
        "Mededeling",
        opening(
            "Vragen van het lid El Idrissi (SLB) aan de Staatssecretaris van Justitie en Veiligheid over de "
            "aankomst van asielzoekers via andere lidstaten (ingezonden 1 augustus 2022).",
            "Mededeling van Staatssecretaris Van Wijngaarden (Justitie en Veiligheid) (ontvangen 22 augustus 2022).",
            year="2021–2022",
        ),
        ["El Idrissi"],
        [("Van Wijngaarden", "Staatssecretaris van Justitie en Veiligheid")],
        dt.date(2022, 8, 1),
        dt.date(2022, 8, 22),
        fields={"kind": "antwoord"},
    ),
    Case(
        "Mededeling with the received word printed twice",
        opening(
            "Vragen van de leden Kramers (VLP), Aerts (Partij Noord) en Smit (SLB) aan de Minister van "
            "Binnenlandse Zaken en Koninkrijksrelaties over ambtelijke analyses van het akkoord "
            "(ingezonden 27 mei 2024).",
            "Mededeling van Minister Oudendijk (Binnenlandse Zaken en Koninkrijksrelaties) (ontvangen "
            "(ontvangen 5 juni 2024).",
        ),
        ["Kramers", "Aerts", "Smit"],
        [("Oudendijk", "Minister van Binnenlandse Zaken en Koninkrijksrelaties")],
        dt.date(2024, 5, 27),
        dt.date(2024, 6, 5),
    ),
    Case(
        "received date broken over a line, web page without header",
        opening(
            "Vragen van het lid Brouwersma (VLP) aan de Minister van Binnenlandse Zaken en Koninkrijksrelaties\n"
            "over adviesraden van de rijksoverheid (ingezonden 18 december 2024).",
            "Antwoord van Minister Oudendijk (Binnenlandse Zaken en Koninkrijksrelaties) (ontvangen\n"
            "3 februari 2025). Zie ook Aanhangsel Handelingen, vergaderjaar 2024–2025, nr. 1011.",
            header="none",
        ),
        ["Brouwersma"],
        [("Oudendijk", "Minister van Binnenlandse Zaken en Koninkrijksrelaties")],
        dt.date(2024, 12, 18),
        dt.date(2025, 2, 3),
        fields={"kind": "antwoord", "vergaderjaar": None, "ondernummer": None},
    ),
    Case(
        "year and series joined on one line",
        opening(
            "Vragen van het lid Smit (SLB) aan de Minister van Klimaat en Groene Groei over netcongestie bij "
            "bedrijventerreinen (ingezonden 16 september 2024).",
            "Antwoord van Minister Terlouw (Klimaat en Groene Groei) (ontvangen 10 oktober 2024).",
            year="2024–2025",
            number="88",
            header="joined",
        ),
        ["Smit"],
        [("Terlouw", "Minister van Klimaat en Groene Groei")],
        dt.date(2024, 9, 16),
        dt.date(2024, 10, 10),
        fields={"vergaderjaar": "2024-2025", "ondernummer": "88", "identifier": "ah-tk-20242025-88"},
    ),
    Case(
        "questions addressed to the Minister-President, answered by a Staatssecretaris",
        opening(
            "Vragen van het lid Kuipers-van Dam (SLB) aan de Minister-President en de Staatssecretaris van "
            "Justitie en Veiligheid over uitspraken over de opvangcapaciteit (ingezonden 5 oktober 2021).",
            "Antwoord van Staatssecretaris Bosgra (Justitie en Veiligheid), mede namens de Minister-President "
            "(ontvangen 2 november 2021).",
            year="2021–2022",
        ),
        ["Kuipers-van Dam"],
        [("Bosgra", "Staatssecretaris van Justitie en Veiligheid")],
        dt.date(2021, 10, 5),
        dt.date(2021, 11, 2),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_answers_header(case: Case) -> None:
    letter = kamerstuk.parse_text(case.text, entities=False, pipeline="none")
    m = letter.metadata
    assert m.kind == "antwoord"
    assert m.questioners == case.questioners
    assert [(s.name, s.role) for s in m.signatories] == case.signatories
    assert m.sender == (case.sender or case.signatories[0][1])
    assert m.submitted == case.submitted
    assert m.received == case.received
    assert m.date == case.received  # the date of an Aanhangsel is the date the answers were received
    for name, want in case.fields.items():
        assert getattr(m, name) == want, name
    # the header stays out of the body: the first paragraph is the first question
    assert letter.paragraphs[0].text.startswith("Heeft u kennisgenomen"), letter.paragraphs[0].text


def test_at_least_twenty_openings() -> None:
    assert len(CASES) >= 20


def test_answer_line_alone_is_not_a_header() -> None:
    """A body paragraph opening "Antwoord van …" without an answering office and date is no header."""
    text = (
        "Tweede Kamer der Staten-Generaal\nVergaderjaar 2023–2024\n\n31 015 Kindermishandeling\n\n"
        "Nr. 300 BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID\n\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 1 maart 2024\n\n"
        "Antwoord van de regering op de vragen van de commissie volgt in deze brief.\n\n"
        "Ik informeer uw Kamer over de voortgang van het programma.\n"
    )
    letter = kamerstuk.parse_text(text, entities=False, pipeline="none")
    assert letter.metadata.kind == "brief"
    assert letter.metadata.signatories == []
    assert letter.paragraphs[0].text.startswith("Antwoord van de regering")
