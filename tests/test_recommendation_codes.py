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


SUMMARY = (
    "Het kernadvies van de raad is dat scholen en gemeenten samen een plan voor de leesvaardigheid opstellen.\n\n"
    "Ten eerste stelt de raad voor een leesbudget van € 2.500 per school in te voeren. Ten tweede vraagt de "
    "raad om elke bibliotheek een leesconsulent te geven. Ten derde adviseert de raad de pabo om een module "
    "jeugdliteratuur verplicht te stellen.\n\n"
    "Het kabinet onderschrijft het kernadvies. De minister begint dit najaar met de gesprekken.\n\n"
    "Het standpunt van het kabinet over de deeladviezen is in het kort: - het leesbudget neemt het kabinet "
    "niet over; - de leesconsulent in de bibliotheek neemt het kabinet over; - de module jeugdliteratuur is "
    "al verplicht op iedere pabo.\n\n"
    "Het kabinet dankt de raad en informeert uw Kamer voor de zomer over het plan."
)


def test_a_core_advice_is_found_answered_by_its_noun_and_verdicts_per_item_are_linked() -> None:
    letter = kamerstuk.parse_text(HEAD + SUMMARY + SIGNATURE, name="lezen.md")
    core = [r for r in letter.recommendations if r.code == "kernadvies"]
    assert len(core) == 1 and core[0].text.startswith("Het kernadvies van de raad")
    assert core[0].stance == "adopted"
    numbered = {r.ordinal: r for r in letter.recommendations if r.ordinal is not None}
    assert [numbered[k].stance for k in (1, 2, 3)] == ["rejected", "adopted", "already_in_place"]
    summary = next(p for p in letter.paragraphs if p.text.startswith("Het standpunt"))
    assert sorted(summary.recommendations) == sorted(numbered[k].id for k in (1, 2, 3))


MERGED = (
    "De aanbevelingen van beide adviezen overlappen. Ik heb ze samengevoegd tot één lijst; achter ieder "
    "punt staat van welk adviesorgaan het komt:\n\n"
    "1. stel per regio een bindende norm voor de aanrijtijd vast (Rli, RVS); "
    "2. geef ambulancediensten een meerjarig budget (Rli); "
    "3. verbied het sluiten van posten zonder overleg met de gemeenteraad (RVS).\n\n"
    "De punten 1 en 2 neem ik over. In de zomer van 2026 stel ik de normen vast.\n\n"
    "Aan het laatste punt wordt al voldaan: de regeling schrijft dat overleg voor.\n\n"
    "Ik dank beide raden voor hun adviezen."
)


def test_a_merged_list_keeps_each_source_and_its_items_are_no_commitments() -> None:
    letter = kamerstuk.parse_text(HEAD + MERGED + SIGNATURE, name="normen.md")
    recs = sorted(letter.recommendations, key=lambda r: r.ordinal or 0)
    assert [(r.ordinal, r.report) for r in recs] == [(1, "Rli en RVS"), (2, "Rli"), (3, "RVS")]
    assert not any("(" in r.text for r in recs)
    assert all(not c.text.lstrip().startswith("1.") for c in letter.commitments)
    assert any(c.text.startswith("In de zomer van 2026 stel ik") for c in letter.commitments)
    last = next(p for p in letter.paragraphs if p.text.startswith("Aan het laatste punt"))
    assert last.recommendations == [recs[2].id]


NESTED = (
    "De Onderzoeksraad doet de volgende aanbevelingen:\n\n"
    "1. Aan de Minister van Infrastructuur en Waterstaat:\n"
    "   a. Stel een keuringsplicht in voor alle liften in woongebouwen.\n"
    "   b. Laat de inspectie jaarlijks een steekproef van de keuringen controleren.\n"
    "2. Aan de vereniging van liftbedrijven: maak afspraken over het melden van storingen.\n\n"
    "Aanbeveling 1a neem ik over. De keuringsplicht gaat in 2027 in.\n\n"
    "Aanbeveling 1b neem ik over, maar niet in de vorm die de Onderzoeksraad voorstelt.\n\n"
    "De tweede aanbeveling is gericht aan de branche. Ik neem er kennis van.\n\n"
    "Ik dank de Onderzoeksraad voor het onderzoek."
)


def test_sub_items_under_an_addressee_get_codes_and_are_answered_by_them() -> None:
    letter = kamerstuk.parse_text(HEAD + NESTED + SIGNATURE, name="liften.md")
    by_code = {r.code: r for r in letter.recommendations if r.code}
    assert set(by_code) == {"1a", "1b"}
    assert {r.to for r in by_code.values()} == {"de Minister van Infrastructuur en Waterstaat"}
    second = next(r for r in letter.recommendations if r.ordinal == 2)
    assert second.to == "de vereniging van liftbedrijven" and second.text.startswith("maak afspraken")
    linked = {p.text[:16]: p.recommendations for p in letter.paragraphs}
    assert linked["Aanbeveling 1a n"] == [by_code["1a"].id]
    assert linked["Aanbeveling 1b n"] == [by_code["1b"].id]
    assert linked["De tweede aanbev"] == [second.id]
    assert (by_code["1a"].stance, by_code["1b"].stance, second.stance) == (
        "adopted",
        "partly_adopted",
        "noted",
    )


def test_the_code_is_a_column_of_the_recommendations_table() -> None:
    letter = kamerstuk.parse_text(HEAD + ROWS + SIGNATURE, name="ambulance.md")
    table = kamerstuk.to_dataframes([letter]).recommendations
    assert list(zip(table["ordinal"], table["code"], strict=True)) == [(2, "R2"), (5, "R5"), (6, "R6")]
