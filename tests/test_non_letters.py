"""Documents that are not letters: research reports, BNC-fiches, internal memos, publications.

A strict parse refuses them with a `StructureError` that names what was found; a lenient parse
keeps their text in reading order with the genre as `Metadata.kind` and invents no letter
metadata (no addressee from a sentence, no signatory from a heading, no date from a table).
The real documents are read from ../shared/corpus; the small inputs below are written here in
the style of each genre, and the letters at the end must stay letters.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from functools import cache
from pathlib import Path

import pytest

import kamerstuk
from kamerstuk import Letter, StructureError
from tests.conftest import CORPUS, FIXTURES, parsed_fixture, require_shared

NON_LETTER_KINDS = {"rapport", "bnc_fiche", "nota"}

# (file, kind, words in the strict message)
CORPUS_NON_LETTERS = [
    pytest.param(
        "pts_2021_nlr_rapport_data_voor_nva_aanbevelingen.pdf",
        "rapport",
        "research report (rapport)",
        id="report-87-pages",
    ),
    pytest.param(
        "pts_2022_bz_internationale_klimaatstrategie_bijlage.pdf",
        "other",
        "policy publication",
        id="strategy-multi-column",
    ),
    pytest.param("pts_2022_ienw_ai_impact_assessment_brochure.pdf", "other", "brochure", id="brochure"),
    pytest.param("pts_2022_fin_bnc-fiche_instant_payments.pdf", "bnc_fiche", "BNC-fiche", id="bnc-fiche-fin"),
    pytest.param("plooi_ronl_bnc-fiche-5_mifid-mifir.pdf", "bnc_fiche", "BNC-fiche", id="bnc-fiche-5"),
    pytest.param("woo_vws_interne_nota_171059_ocr.pdf", "nota", "internal memo (nota)", id="woo-memo-171059"),
    pytest.param("woo_vws_interne_nota_171436_ocr.pdf", "nota", "internal memo (nota)", id="woo-memo-171436"),
]

# What each real document states as such; everything else a letter has stays empty.
STATED: dict[str, dict[str, object]] = {
    "pts_2022_fin_bnc-fiche_instant_payments.pdf": {"ministry": "Ministerie van Financiën"},
    "plooi_ronl_bnc-fiche-5_mifid-mifir.pdf": {"ministry": "Ministerie van Financiën"},
    # the publisher in the colophon
    "pts_2022_ienw_ai_impact_assessment_brochure.pdf": {
        "ministry": "Ministerie van Infrastructuur en Waterstaat"
    },
    # "Datum", "Kenmerk" and "Bijlage(n)" of the memo's own header
    "woo_vws_interne_nota_171059_ocr.pdf": {"date": dt.date(2020, 9, 7), "reference": "1739903-209722-PG"},
    "woo_vws_interne_nota_171436_ocr.pdf": {"date": dt.date(2020, 9, 25), "attachments": "1"},
    # a ministry named only in the report's list of abbreviations is not its publisher
    "pts_2021_nlr_rapport_data_voor_nva_aanbevelingen.pdf": {"ministry": None},
}


@cache
def _lenient(name: str, engine: str = "pdfium") -> Letter:
    return kamerstuk.parse(require_shared(CORPUS / name), strict=False, pipeline="none", engine=engine)


#: OCR'd memos whose header PDFium reads with gaps: PDFium leaves out a few one-character words of
#: the invisible OCR layer ("7" of the date, "N" of "Nota"), pdfminer puts the layer's words in a
#: wrong order (docs/performance.md, "PDF engines"). Their stated header values are checked on the
#: pdfplumber reading; the PDFium reading must still give the genre and invent nothing.
OCR_MEMOS = {"woo_vws_interne_nota_171059_ocr.pdf", "woo_vws_interne_nota_171436_ocr.pdf"}


def _assert_reading_order(letter: Letter) -> None:
    assert letter.paragraphs, "the text is kept"
    assert all(p.text.strip() for p in letter.paragraphs)
    pages = [p.page for p in letter.paragraphs if p.page is not None]
    assert pages == sorted(pages), "paragraphs in reading order"
    assert all(p.page_end is None or p.page is None or p.page_end >= p.page for p in letter.paragraphs)
    starts = [p.start for p in letter.paragraphs]
    assert starts == sorted(starts)


def _assert_no_letter_metadata(letter: Letter, allowed: Collection[str] = ()) -> None:
    m = letter.metadata
    assert m.signatories == []
    for key in ("addressee", "sender", "subject", "reference", "attachments", "place", "date"):
        if key not in allowed:
            assert getattr(m, key) is None, key
    assert m.dossiers == [] and m.ondernummer is None and m.vergaderjaar is None


# --- the real documents ------------------------------------------------------------------


@pytest.mark.parametrize(("name", "kind", "words"), CORPUS_NON_LETTERS)
def test_strict_parse_names_what_was_found(name: str, kind: str, words: str) -> None:
    with pytest.raises(StructureError) as caught:
        kamerstuk.parse(require_shared(CORPUS / name), pipeline="none")
    assert words in caught.value.message
    assert "not a letter" in caught.value.message
    assert caught.value.found == kind


@pytest.mark.parametrize(("name", "kind", "words"), CORPUS_NON_LETTERS)
def test_lenient_parse_gives_the_genre_and_invents_nothing(name: str, kind: str, words: str) -> None:
    if name in OCR_MEMOS:
        fast = _lenient(name)
        assert fast.metadata.kind == kind
        stated = STATED.get(name, {})
        _assert_no_letter_metadata(fast, allowed={k for k in stated if stated[k] is not None})
        for key, value in stated.items():
            assert getattr(fast.metadata, key) in (value, None), key  # a gap, never another value
    letter = _lenient(name, "pdfplumber" if name in OCR_MEMOS else "pdfium")
    assert letter.metadata.kind == kind
    stated = STATED.get(name, {})
    _assert_no_letter_metadata(letter, allowed={k for k in stated if stated[k] is not None})
    for key, value in stated.items():
        assert getattr(letter.metadata, key) == value, key
    assert any(words in d.message for d in letter.diagnostics)


@pytest.mark.parametrize(("name", "kind", "words"), CORPUS_NON_LETTERS)
def test_lenient_parse_keeps_the_text_in_reading_order(name: str, kind: str, words: str) -> None:
    letter = _lenient(name)
    _assert_reading_order(letter)
    assert letter.paragraphs[0].page in (1, 2)
    assert letter.source.pages is not None
    assert letter.paragraphs[-1].page is not None and letter.paragraphs[-1].page >= letter.source.pages - 2


def test_running_furniture_is_not_body_text() -> None:
    """The brochure prints "n | title" on every page; that is furniture, not a paragraph."""
    letter = _lenient("pts_2022_ienw_ai_impact_assessment_brochure.pdf")
    assert not [p.text for p in letter.paragraphs if p.text.endswith("| AI Impact Assessment")]
    assert any("furniture" in d.message and d.severity == "info" for d in letter.diagnostics)


def test_default_pipeline_runs_on_a_non_letter() -> None:
    letter = kamerstuk.parse(
        require_shared(CORPUS / "pts_2022_fin_bnc-fiche_instant_payments.pdf"), strict=False
    )
    assert letter.metadata.kind == "bnc_fiche"
    assert all(p.label is not None for p in letter.paragraphs)


# --- small inputs of each genre -----------------------------------------------------------

FICHE = """Fiche 2: Verordening over een Europees register voor laadpalen

1. Algemene gegevens

a) Titel voorstel
Voorstel voor een verordening van het Europees Parlement en de Raad betreffende een Europees register voor openbare laadpunten

b) Datum ontvangst Commissiedocument
14 maart 2023

c) Nr. Commissiedocument
COM(2023) 123

f) Behandelingstraject Raad
Raad Vervoer, Telecommunicatie en Energie

g) Eerstverantwoordelijk ministerie
Ministerie van Infrastructuur en Waterstaat

2. Essentie voorstel

a) Inhoud voorstel
De Commissie stelt voor dat elke lidstaat de gegevens van openbare laadpunten in een gedeeld register zet, zodat bestuurders overal in de Unie kunnen zien waar een laadpunt vrij is.

3. Nederlandse positie ten aanzien van het voorstel

Het kabinet staat positief tegenover het doel van het voorstel, maar vraagt aandacht voor de uitvoeringslasten van beheerders van laadpunten.
"""

# The communication template, as a Markdown conversion with the older "label: value" lines
FICHE_MEDEDELING_MD = """# Fiche: Mededeling over de toekomst van het Europese spoor

## 1. Algemene gegevens

Titel mededeling: Mededeling van de Commissie over de toekomst van het Europese spoorvervoer

Datum ontvangst Commissiedocument: 2 februari 2022

Nr. Commissiedocument: COM(2022) 45

Behandelingstraject Raad: Raad Vervoer, Telecommunicatie en Energie

Eerstverantwoordelijk ministerie: Ministerie van Infrastructuur en Waterstaat

## 2. Essentie mededeling

De Commissie schetst hoe het internationale treinverkeer tot 2040 kan groeien en welke knelpunten zij daarbij ziet.

## 3. Nederlandse positie ten aanzien van de mededeling

Het kabinet deelt de ambitie om meer reizigers per trein over de grens te laten reizen.
"""

# A memo header, and on the next page the draft letter it proposes (whose signature is not the memo's)
MEMO = """Nota

Aan: de minister voor Natuur en Stikstof
Van: directeur Natuur en Biodiversiteit
Kopie aan: secretaris-generaal

Datum: 3 maart 2021
Kenmerk: DGNVLG-21045678
Onderwerp: Reactie op de motie over weidevogels

(ter beslissing)

1. Aanleiding
De Kamer heeft u gevraagd binnen drie maanden te reageren op de motie over weidevogels. Deze nota bereidt die reactie voor.

2. Beslispunten
- Stemt u in met de bijgevoegde conceptbrief aan de Kamer?

3. Toelichting
De provincies zijn betrokken bij het opstellen van de conceptbrief. Zij steunen de lijn van het concept.
\fAan de Voorzitter van de Tweede Kamer der Staten-Generaal

Geachte voorzitter,

In deze brief reageer ik op de motie over weidevogels. De provincies werken mee aan een nieuw beheerplan.

De minister voor Natuur en Stikstof,

A.B. Jansen
"""

# A memo as OCR leaves it after Woo redaction: title and labels lost, words glued, a redaction code
MEMO_OCR = """Ministerie van Volksgezondheid, Welzijn en Sport

Paraaf directeur

1 Aanleiding voordeze nota
Het RIVM heeft een nieuw advies uitgebracht over de vaccinatie van zorgmedewerkers. U wordt gevraagd het advies over te nemen.

2 Beslispunten, advies en mogelijk alternatief
- Ik adviseer u het advies van het RIVM over te nemen.

5.1.2e

3 Samenvatting en conclusies
Het advies vraagt geen extra middelen en kan binnen de bestaande afspraken worden uitgevoerd.
"""

# A title page and table of contents; "Aan de hand van …" and an office line inside the text
# are no addressee and no signature
REPORT = """Evaluatie van de regeling voor buurtbatterijen

Eindrapport

Bureau Voorbeeld Onderzoek
\fInhoud

Samenvatting 3
1 Inleiding 5
2 Aanpak 7
3 Resultaten 9
4 Conclusies en aanbevelingen 12
\fAan de hand van interviews en een enquête onder gemeenten is onderzocht hoe de regeling voor buurtbatterijen werkt.

Samenvatting

De regeling wordt goed gevonden, maar de aanvraag kost veel tijd.

De Minister van Klimaat en Groene Groei,

1 Inleiding

Dit onderzoek is uitgevoerd in opdracht van het ministerie. Het beschrijft de eerste twee jaar van de regeling.
\f2 Aanpak

Wij spraken met twintig gemeenten en lazen de aanvragen van vijftig projecten.

3 Resultaten

De meeste projecten kwamen binnen een jaar tot stand. Kleine gemeenten hadden meer moeite met de aanvraag.

4 Conclusies en aanbevelingen

De regeling werkt, maar de aanvraag kan eenvoudiger. Wij bevelen aan het aanvraagformulier te verkorten.
"""

REPORT_MD = """# Onderzoek naar de bereikbaarheid van huisartsenposten

## Inhoudsopgave

- Samenvatting
- 1 Inleiding
- 2 Onderzoeksvragen
- 3 Conclusies

## Samenvatting

Huisartsenposten zijn in de avond goed bereikbaar, maar in het weekend lopen de wachttijden op.

## 1 Inleiding

Dit rapport beschrijft een onderzoek onder dertig huisartsenposten in het hele land.

## 2 Onderzoeksvragen

Hoe lang wachten bellers gemiddeld, en verschilt dat per regio?

## 3 Conclusies

De wachttijd in het weekend is twee keer zo lang als door de week. Regionale verschillen zijn klein.
"""

PUBLICATION = """Samen werken aan schoon water

Een handreiking voor gemeenten
\fInhoud

Waarom deze handreiking 3
Wat u kunt doen 4
\fWaarom deze handreiking

Gemeenten spelen een grote rol bij schoon water. Deze handreiking laat zien wat u morgen al kunt doen.
\fWat u kunt doen

Begin met een overzicht van de lozingen in uw gemeente en bespreek dat met het waterschap.
\fColofon

Dit is een uitgave van:
Ministerie van Infrastructuur en Waterstaat
Postbus 20901
2500 EX Den Haag
"""

# Woo releases are full of mails; their "Van:" and "Aan:" do not make them memos
EMAIL = """Van: medewerker directie Publieke Gezondheid
Verzonden: dinsdag 6 oktober 2020 14:12
Aan: 5.1.2e; 5.1.2e; 5.1.2e; medewerkers directie Curatieve Zorg; secretariaat
CC: 5.1.2e
Onderwerp: RE: conceptantwoorden Kamervragen

Hoi,

Hierbij de aangepaste antwoorden. Kun je ze voor morgen nog doorlezen?

Groet,
5.1.2e
"""

# (text, kind, words in the strict message, metadata the document states)
WRITTEN_NON_LETTERS = [
    pytest.param(
        FICHE,
        "bnc_fiche",
        "BNC-fiche",
        {"ministry": "Ministerie van Infrastructuur en Waterstaat"},
        id="fiche-text",
    ),
    pytest.param(
        FICHE_MEDEDELING_MD,
        "bnc_fiche",
        "BNC-fiche",
        {"ministry": "Ministerie van Infrastructuur en Waterstaat"},
        id="fiche-mededeling-markdown",
    ),
    pytest.param(
        MEMO,
        "nota",
        "internal memo (nota)",
        {
            "addressee": "Minister voor Natuur en Stikstof",
            "sender": "Directeur Natuur en Biodiversiteit",
            "date": dt.date(2021, 3, 3),
            "reference": "DGNVLG-21045678",
            "subject": "Reactie op de motie over weidevogels",
        },
        id="memo-header-with-draft-letter",
    ),
    pytest.param(MEMO_OCR, "nota", "internal memo (nota)", {}, id="memo-ocr-without-title"),
    pytest.param(REPORT, "rapport", "research report (rapport)", {}, id="report-title-page-and-contents"),
    pytest.param(REPORT_MD, "rapport", "research report (rapport)", {}, id="report-markdown"),
    pytest.param(
        PUBLICATION,
        "other",
        "brochure",
        {"ministry": "Ministerie van Infrastructuur en Waterstaat"},
        id="publication-with-colophon",
    ),
    pytest.param(EMAIL, "other", "e-mail", {}, id="woo-email"),
]


@pytest.mark.parametrize(("text", "kind", "words", "stated"), WRITTEN_NON_LETTERS)
def test_written_non_letter_strict(text: str, kind: str, words: str, stated: dict[str, object]) -> None:
    with pytest.raises(StructureError, match="not a letter") as caught:
        kamerstuk.parse_text(text, pipeline="none")
    assert words in caught.value.message
    assert caught.value.found == kind


@pytest.mark.parametrize(("text", "kind", "words", "stated"), WRITTEN_NON_LETTERS)
def test_written_non_letter_lenient(text: str, kind: str, words: str, stated: dict[str, object]) -> None:
    letter = kamerstuk.parse_text(text, strict=False, pipeline="none")
    assert letter.metadata.kind == kind
    _assert_no_letter_metadata(letter, allowed=set(stated))
    for key, value in stated.items():
        assert getattr(letter.metadata, key) == value, key
    _assert_reading_order(letter)


def test_memo_keeps_its_own_text_and_the_draft_letter() -> None:
    letter = kamerstuk.parse_text(MEMO, strict=False, pipeline="none")
    texts = [p.text for p in letter.paragraphs]
    assert any(t.startswith("De Kamer heeft u gevraagd") for t in texts)  # the memo's body
    assert any(t.startswith("In deze brief reageer ik") for t in texts)  # the draft letter, as body text
    assert letter.paragraphs[0].page == 1 and letter.paragraphs[-1].page == 2


# --- letters stay letters -------------------------------------------------------------------

# A ministry letter whose body is laid out like a report: it is still a letter
LETTER_WITH_REPORT_LAYOUT = """> Retouradres Postbus 20401 2500 EK Den Haag

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal
Postbus 20018
2500 EA DEN HAAG

Datum 12 mei 2023
Betreft Evaluatie van de regeling voor buurtbatterijen

Geachte voorzitter,

Met deze brief stuur ik u het eindrapport van de evaluatie van de regeling voor buurtbatterijen, met mijn reactie.

Samenvatting

De regeling werkt. De aanvraag wordt eenvoudiger.

1 Inleiding

De regeling bestaat sinds 2021. Ik heb toegezegd haar na twee jaar te laten evalueren.

2 Aanpak

Het onderzoeksbureau sprak met gemeenten en netbeheerders.

3 Resultaten

De meeste projecten kwamen binnen een jaar tot stand.

4 Conclusies en aanbevelingen

Ik neem de aanbeveling over om het aanvraagformulier te verkorten. Het nieuwe formulier is er voor de zomer.

Hoogachtend,

De Minister van Klimaat en Groene Groei,

A.B. Jansen
"""

# An official Kamerstuk that sends a BNC-fiche: the Kamerstuk header makes it a letter
LETTER_SENDING_A_FICHE = """Vergaderjaar 2022–2023

**22 112**

**Nieuwe Commissievoorstellen en initiatieven van de lidstaten van de Europese Unie**

**Nr. 3601**

## **BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN**

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 17 april 2023

Hierbij ontvangt u het fiche dat werd opgesteld door de werkgroep Beoordeling Nieuwe Commissievoorstellen.

De Minister van Buitenlandse Zaken,

C.D. de Vries

## **Fiche 1: Verordening over een Europees register voor laadpalen**

1. Algemene gegevens

b) Datum ontvangst Commissiedocument: 14 maart 2023

c) Nr. Commissiedocument: COM(2023) 123

f) Behandelingstraject Raad: Raad Vervoer, Telecommunicatie en Energie

g) Eerstverantwoordelijk ministerie: Ministerie van Infrastructuur en Waterstaat
"""

# A letter that forwards a memo, on the page after its signature
LETTER_FORWARDING_A_MEMO = """Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Datum 2 juni 2022
Betreft Nota over de weidevogels

Geachte voorzitter,

Zoals toegezegd stuur ik u de nota die mijn ministerie over de weidevogels heeft opgesteld.

De minister voor Natuur en Stikstof,

A.B. Jansen
\fNota

Aan: de minister voor Natuur en Stikstof
Van: directeur Natuur en Biodiversiteit

(ter informatie)

2. Beslispunten
- Geen.
"""

# The official "nota naar aanleiding van het verslag" is a Kamerstuk, not an internal memo
NOTA_NAAR_AANLEIDING = """Vergaderjaar 2022–2023

**36 100**

**Wijziging van de Wet op de buurtbatterijen**

**Nr. 6**

## **NOTA NAAR AANLEIDING VAN HET VERSLAG**

Ontvangen 3 maart 2023

In deze nota ga ik in op de vragen die de leden van de fracties in het verslag hebben gesteld.

De Minister van Klimaat en Groene Groei,

A.B. Jansen
"""


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param(LETTER_WITH_REPORT_LAYOUT, "brief", id="letterhead-letter-laid-out-like-a-report"),
        pytest.param(LETTER_SENDING_A_FICHE, "brief", id="kamerstuk-letter-sending-a-fiche"),
        pytest.param(LETTER_FORWARDING_A_MEMO, "brief", id="letter-forwarding-a-memo"),
        pytest.param(NOTA_NAAR_AANLEIDING, None, id="nota-naar-aanleiding-van-het-verslag"),
    ],
)
def test_written_letters_stay_letters(text: str, kind: str | None) -> None:
    letter = kamerstuk.parse_text(text, pipeline="none")  # strict: no StructureError
    assert letter.metadata.kind not in NON_LETTER_KINDS
    if kind is not None:
        assert letter.metadata.kind == kind
        assert letter.metadata.signatories
    assert not any("not a letter" in d.message for d in letter.diagnostics)


def _fixture_letters() -> list[Path]:
    return sorted(
        p
        for pattern in ("letters/*.md", "letters/*.txt", "pdf/*.pdf")
        for p in FIXTURES.glob(pattern)
        if p.name != "README.md"
    )


def _assert_not_a_genre(letter: Letter) -> None:
    assert letter.metadata.kind not in NON_LETTER_KINDS
    assert not any("not a letter" in d.message for d in letter.diagnostics)


@pytest.mark.parametrize("path", _fixture_letters(), ids=lambda p: p.name)
def test_fixture_letters_are_never_given_a_genre(path: Path) -> None:
    # The shared strict parse raises on a genre; a fixture that is no complete letter without
    # one (a damaged PDF) is read leniently, as a user's batch would.
    try:
        letter = parsed_fixture(path)
    except StructureError as error:
        assert error.found is None, f"read as a {error.found}: {error}"
        letter = kamerstuk.parse(path, strict=False, entities=False, pipeline="none")
    _assert_not_a_genre(letter)


CORPUS_LETTERS = [
    *(f"ll_ah-tk-20232024-{n}_antwoord_kamervragen.pdf" for n in (878, 1178, 1432, 1786, 1949, 1980, 1999)),
    *(f"ll_ah-tk-20232024-{n}_antwoord_kamervragen.pdf" for n in (2129, 2168, 2271, 2313)),
    "plooi_kst-32545-143.pdf",
    "plooi_ah-tk-20202021-3235.pdf",
    "plooi_ronl_20110301_kamerbrief_draagmoederschap.pdf",
    "pts_20221222_ienw_kamerbrief_emissies_luchtvaart.pdf",
    "pts_20221222_ienw_kamerbrief_emissies_luchtvaart.pdfminer.txt",
    "pts_20221125_ienw_kamerbrief_water_en_bodem_sturend.pdf",
    "pts_20221125_ienw_kamerbrief_water_en_bodem_sturend.pdfminer.txt",
]


@pytest.mark.parametrize("name", CORPUS_LETTERS)
def test_corpus_letters_are_never_given_a_genre(name: str) -> None:
    path = require_shared(CORPUS / name)
    _assert_not_a_genre(kamerstuk.parse(path, strict=False, entities=False, pipeline="none"))
