"""Recommendations a report labels with codes ("R3", "B1", "4.1"): the rows of a Rekenkamer-style
table "aanbeveling / reactie", codes in brackets after prose, and answers that name the code.
Letters written for this test in the form real reactions use."""

from __future__ import annotations

import kamerstuk
from kamerstuk.entities.recommendations import find_recommendations
from kamerstuk.pipeline.references import find_references

ROWS = (
    "De Algemene Rekenkamer richt drie van haar aanbevelingen aan mij.\n\n"
    "**R2** *Aanbeveling:* Leg per regio vast hoeveel ambulances minimaal beschikbaar moeten zijn. "
    "*Reactie:* Overgenomen. Ik stel de normen dit najaar vast.\n\n"
    "**R5** *Aanbeveling:* Rapporteer halfjaarlijks over de aanrijtijden per regio. "
    "*Reactie:* Dit gebeurt al in de sectorrapportage.\n\n"
    "**R6** *Aanbeveling:* Onderzoek of een landelijke meldkamer sneller werkt. *Reactie:* Kennisgenomen.\n\n"
    "Bij R5 teken ik aan dat de sectorrapportage voortaan ook de nachtelijke ritten toont.\n\n"
    "Over R6 merk ik op dat de meldkamers nu al gegevens delen.\n\n"
    "Ik dank de Rekenkamer voor haar onderzoek en informeer uw Kamer in het najaar over de normen."
)

TWO_SERIES = (
    "De commissie richt zich eerst tot de sector. Zij vraagt de brancheorganisatie om één keurmerk "
    "voor alle leveranciers in te voeren (S1). Verder moeten leveranciers volgens de commissie "
    "klachten binnen twee weken afhandelen (S2).\n\n"
    "Aan de toezichthouder beveelt de commissie aan om de controles op de weegschalen te verdubbelen (T1).\n\n"
    "Aanbeveling S2 neem ik over. De termijn komt in het Besluit klachtafhandeling.\n\n"
    "Aanbeveling T1 neem ik gedeeltelijk over: de controles gaan met de helft omhoog."
)


HEAD = (
    "Vergaderjaar 2025–2026\n\n**29 282**\n\n**Ambulancezorg**\n\n**Nr. 640**\n\n"
    "## **BRIEF VAN DE MINISTER VAN VOLKSGEZONDHEID, WELZIJN EN SPORT**\n\n"
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 3 maart 2026\n\n"
)
SIGNATURE = "\n\nDe Minister van Volksgezondheid, Welzijn en Sport,\n\nA. de Vries\n"


def test_labelled_rows_give_the_text_between_the_labels_and_number_one_series_by_code() -> None:
    recs = find_recommendations(ROWS)
    assert [(r.code, r.ordinal) for r in recs] == [("R2", 2), ("R5", 5), ("R6", 6)]
    assert recs[0].text == "Leg per regio vast hoeveel ambulances minimaal beschikbaar moeten zijn."
    assert all("Reactie" not in r.text for r in recs)


def test_codes_in_brackets_are_cut_from_the_text_and_two_series_keep_no_ordinal() -> None:
    recs = find_recommendations(TWO_SERIES)
    assert [r.code for r in recs] == ["S1", "S2", "T1"]
    assert [r.ordinal for r in recs] == [None, None, None]
    assert not any("(" in r.text for r in recs)


def test_a_reference_by_code_is_found_with_and_without_the_noun() -> None:
    text = (
        "Bij R3 teken ik aan dat aanbeveling B1 en aanbeveling 4.1 al lopen; de aanbevelingen 3.1 en 3.2 ook."
    )
    refs = [r for r in find_references(text) if r.kind == "code"]
    assert [r.codes for r in refs] == [("R3",), ("B1",), ("4.1",), ("3.1", "3.2")]
    both = [r.codes for r in find_references("De aanbevelingen B1 en B2 neem ik over.") if r.kind == "code"]
    assert both == [("B1", "B2")]
    # a bare chapter number is a section, not a recommendation
    assert not [r for r in find_references("Zie paragraaf 3.1 van deze brief.") if r.kind == "code"]


def test_the_pipeline_links_answers_by_code_and_reads_the_row_reactions() -> None:
    letter = kamerstuk.parse_text(HEAD + ROWS + SIGNATURE, name="ambulance.md")
    by_code = {r.code: r for r in letter.recommendations}
    linked = {p.text[:6]: p.recommendations for p in letter.paragraphs}
    assert linked["Bij R5"] == [by_code["R5"].id]
    assert linked["Over R"] == [by_code["R6"].id]
    assert [by_code[c].stance for c in ("R2", "R5", "R6")] == ["adopted", "already_in_place", "noted"]


def test_an_unknown_code_links_nothing() -> None:
    letter = kamerstuk.parse_text(HEAD + TWO_SERIES + SIGNATURE, name="weegschalen.md")
    by_code = {r.code: r.id for r in letter.recommendations}
    linked = {p.text[:14]: p.recommendations for p in letter.paragraphs}
    assert linked["Aanbeveling S2"] == [by_code["S2"]]
    assert linked["Aanbeveling T1"] == [by_code["T1"]]
    assert {r.code: r.stance for r in letter.recommendations}["T1"] == "partly_adopted"
