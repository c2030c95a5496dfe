"""`kamerstuk.classify_stance` on a table of stance sentences written in the forms real letters use.

The table (tests/cases/stance_cases.jsonl) holds one sentence per line with its label (null for
no stance) and its split: "tune" sentences were used to write the rules, "heldout" sentences were
written before the rules and not used to tune them. Print the per-label precision and recall with

    .venv/bin/python -m tests.test_stance
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any, get_args

import pytest

import kamerstuk
from kamerstuk import Stance, StanceLabel, classify_stance
from kamerstuk.models import Recommendation
from kamerstuk.pipeline.stance import stance_of
from tests.conftest import work

CASES = Path(__file__).resolve().parent / "cases" / "stance_cases.jsonl"
LABELS: tuple[str | None, ...] = (*get_args(StanceLabel), None)


def load_cases(split: str | None = None) -> list[dict[str, Any]]:
    """The case table, or one split of it ("tune" or "heldout")."""
    rows = [json.loads(line) for line in CASES.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if split is None or r["split"] == split]


def score(cases: list[dict[str, Any]]) -> dict[str, Any]:
    """Accuracy, per-label precision/recall/support and the errors of `classify_stance` on `cases`."""
    predicted = [classify_stance(c["text"]).label for c in cases]
    gold = [c["label"] for c in cases]
    per_label: dict[str | None, dict[str, float]] = {}
    for label in LABELS:
        tp = sum(p == g == label for p, g in zip(predicted, gold, strict=True))
        n_pred = sum(p == label for p in predicted)
        n_gold = sum(g == label for g in gold)
        per_label[label] = {
            "precision": tp / n_pred if n_pred else 1.0,
            "recall": tp / n_gold if n_gold else 1.0,
            "support": n_gold,
        }
    errors = [(c["text"], g, p) for c, g, p in zip(cases, gold, predicted, strict=True) if g != p]
    return {
        "accuracy": 1 - len(errors) / len(cases),
        "labels": per_label,
        "errors": errors,
        "n": len(cases),
    }


def report(cases: list[dict[str, Any]], title: str) -> str:
    """A plain-text table of `score(cases)`, errors listed."""
    result = score(cases)
    lines = [f"{title}: {result['n']} sentences, accuracy {result['accuracy']:.3f}"]
    lines.append(f"  {'label':<18}{'precision':>10}{'recall':>8}{'n':>5}")
    for label, s in result["labels"].items():
        lines.append(f"  {label or 'none':<18}{s['precision']:>10.2f}{s['recall']:>8.2f}{s['support']:>5}")
    lines.extend(f"  error: {g or 'none'} -> {p or 'none'}: {t}" for t, g, p in result["errors"])
    return "\n".join(lines)


# --- the table ---------------------------------------------------------------------------


def test_the_table_is_big_enough_and_split() -> None:
    cases = load_cases()
    assert len(cases) >= 150
    assert len({c["text"] for c in cases}) == len(cases), "a sentence stands twice"
    counts = Counter(c["label"] for c in cases)
    assert set(counts) == set(LABELS)
    assert all(counts[label] >= 20 for label in LABELS), counts
    held = load_cases("heldout")
    assert {c["split"] for c in cases} == {"tune", "heldout"}
    assert 0.25 <= len(held) / len(cases) <= 0.4
    assert {c["label"] for c in held} == set(LABELS)


def test_accuracy_and_recall_on_the_whole_table() -> None:
    result = score(load_cases())
    assert result["accuracy"] >= 0.9, report(load_cases(), "all")
    low = {label: s["recall"] for label, s in result["labels"].items() if s["recall"] < 0.8}
    assert not low, report(load_cases(), "all")


def test_heldout_figures(record_property: Callable[[str, object], None], capsys: Any) -> None:
    held = load_cases("heldout")
    result = score(held)
    record_property("stance_heldout_accuracy", round(result["accuracy"], 3))
    with capsys.disabled():
        print("\n" + report(held, "held-out"))
    assert result["accuracy"] >= 0.8  # a floor set before the held-out part was first scored


# --- the function ------------------------------------------------------------------------


@pytest.mark.parametrize("case", load_cases(), ids=lambda c: c["text"][:40])
def test_evidence_is_a_span_of_the_text(case: dict[str, Any]) -> None:
    stance = classify_stance(case["text"])
    if stance.label is None:
        assert (stance.evidence, stance.start, stance.end) == (None, None, None)
    else:
        assert stance.start is not None and stance.end is not None
        assert stance.evidence and case["text"][stance.start : stance.end] == stance.evidence
        assert stance.cue


@pytest.mark.parametrize(
    ("text", "label", "evidence", "negated"),
    [
        (
            "De vierde aanbeveling neem ik gedeeltelijk over.",
            "partly_adopted",
            "neem ik gedeeltelijk over",
            False,
        ),
        (
            "Het kabinet neemt deze aanbeveling niet over.",
            "rejected",
            "neemt deze aanbeveling niet over",
            True,
        ),
        ("Voor een verplichting zie ik geen aanleiding.", "rejected", "geen aanleiding", False),
        (
            "De eerste en de tweede aanbeveling, die ik beide overneem, gaan over X.",
            "adopted",
            "overneem",
            False,
        ),
        ("Ik neem kennis van het advies.", "noted", "neem kennis", False),
        ("Dit gebeurt al in de praktijk.", "already_in_place", "gebeurt al", False),
        ("Deze aanbeveling neem ik nog niet over.", "noted", "neem ik nog niet over", True),
    ],
)
def test_label_and_evidence(text: str, label: str, evidence: str, negated: bool) -> None:
    stance = classify_stance(text)
    assert (stance.label, stance.evidence, stance.negated) == (label, evidence, negated)


def test_a_passage_gives_offsets_into_the_passage() -> None:
    text = "Het rapport verscheen in mei. De tweede aanbeveling neem ik niet over."
    stance = classify_stance(text)
    assert stance.label == "rejected"
    assert stance.start is not None and stance.start > text.index("De tweede")
    assert text[stance.start : stance.end] == stance.evidence == "neem ik niet over"


def test_a_passage_and_the_pipeline_agree() -> None:
    sentences = ["De vierde aanbeveling neem ik gedeeltelijk over.", "Een wet acht ik niet nodig."]
    assert classify_stance(" ".join(sentences)).label == "partly_adopted"
    assert stance_of(sentences) == ("partly_adopted", sentences[0])
    # without the recommendation named, the stronger label wins
    assert classify_stance("Ik neem dit over. Een wet acht ik niet nodig.").label == "rejected"


@pytest.mark.parametrize("text", ["", "   ", "?", "Neemt het kabinet de aanbeveling over?"])
def test_no_stance(text: str) -> None:
    assert classify_stance(text) == Stance(label=None)


def test_the_model() -> None:
    stance = classify_stance("Ik neem deze aanbeveling over.")
    assert isinstance(stance, kamerstuk.Stance) and stance.label == "adopted"
    with pytest.raises(ValueError, match="frozen"):
        stance.label = "rejected"  # type: ignore[misc]
    # Letter's JSON keeps a plain label; the Stance object is not part of it
    defs = kamerstuk.json_schema().get("$defs", {})
    assert isinstance(defs, dict) and "Recommendation" in defs and "Stance" not in defs
    annotation = Recommendation.model_fields["stance"].annotation
    assert set(get_args(get_args(annotation)[0])) == set(get_args(StanceLabel))


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "Ik neem de aanbeveling niet over en al " * n + ".",
        lambda n: "al reeds inmiddels kennis " * n,
        lambda n: "neem " * n + "over",
        lambda n: "niet alle gedeeltelijk geen aanleiding " * n,
    ],
    ids=["clause", "already", "particle", "hedges"],
)
def test_work_grows_linearly(make: Callable[[int], str]) -> None:
    small, large = make(100), make(400)
    work_small = work(lambda: classify_stance(small))
    work_large = work(lambda: classify_stance(large))
    assert work_large <= 4 * 1.3 * work_small + 2000, f"{work_small} steps at n, {work_large} at 4n"


if __name__ == "__main__":
    print(report(load_cases("tune"), "tune"))
    print(report(load_cases("heldout"), "held-out"))
    print(report(load_cases(), "all"))


def test_a_stance_sentence_goes_to_the_recommendation_it_is_about() -> None:
    """A paragraph answering the second recommendation that then defers the third and fourth
    gives its "deze aanbeveling" stance to the second only; a plural stance goes to all."""
    from kamerstuk.pipeline.stance import ALONE, SHARED, UNSPECIFIC, attribute

    recs: list[dict[str, object]] = [{"id": f"r{n}", "ordinal": n, "text": ""} for n in range(1, 5)]
    sentences = [
        "Wat de tweede aanbeveling betreft kies ik voor een stapsgewijze aanpak.",
        "Ik neem deze aanbeveling gedeeltelijk over.",
        "Op de derde en vierde aanbeveling kom ik later in deze brief terug.",
    ]
    out = attribute(sentences, ["r2", "r3", "r4"], recs, [""])
    assert [(s, t, tier) for s, t, tier in out if s == sentences[1]] == [(sentences[1], ["r2"], ALONE)]
    assert all(s != sentences[2] for s, _, _ in out)
    plural = attribute(["Beide aanbevelingen neem ik over."], ["r1", "r2"], recs, [""])
    assert plural == [("Beide aanbevelingen neem ik over.", ["r1", "r2"], SHARED)]
    vague = attribute(["Ik neem deze aanbeveling over."], ["r1", "r2"], recs, [""])
    assert vague[0][2] == UNSPECIFIC


def test_passage_settles_a_part_rejected_and_a_part_adopted() -> None:
    """A rejection of one part outweighs nothing when another sentence adopts the rest by name."""
    text = "De tweede helft van de aanbeveling neem ik niet over. Het eerste deel van de aanbeveling neem ik wel over."
    assert classify_stance(text).label == "partly_adopted"
    # an adoption that names neither the recommendation nor a part of it leaves the rejection
    assert classify_stance("Ik neem dit over. Een nieuwe wet acht ik niet nodig.").label == "rejected"


def test_agreement_with_the_analysis_yields_to_a_measure_in_place() -> None:
    text = "Ik deel de zorgen van de onderzoekers. Er is al een loket ingericht voor getroffen ondernemers."
    stance = classify_stance(text)
    assert stance.label == "already_in_place"
    assert stance.evidence is not None and "ingericht" in stance.evidence
    # agreeing with the recommendation itself stays an adoption
    named = "Ik onderschrijf deze aanbeveling. Er is al een loket ingericht voor getroffen ondernemers."
    assert classify_stance(named).label == "adopted"


def test_voldaan_is_already_in_place() -> None:
    assert classify_stance("Aan die wens wordt al voldaan.").label == "already_in_place"
    assert classify_stance("Daaraan wordt reeds voldaan.").label == "already_in_place"


def test_a_report_in_a_relative_clause_after_the_government_is_no_frame() -> None:
    """ "Ik erken het probleem dat de commissie beschrijft": the government speaks; the
    commission only in the relative clause. A clause that opens with the report still frames."""
    assert classify_stance("Ik neem kennis van wat de onderzoekers concluderen.").label == "noted"
    assert classify_stance("Wij delen de analyse die de inspectie geeft.").label == "adopted"
    assert classify_stance("De raad stelt dat het kabinet de aanbeveling niet overneemt.").label is None


def test_not_needed_because_already_met_is_already_in_place() -> None:
    text = "Een landelijke norm is niet nodig. Daaraan wordt in de praktijk al voldaan."
    stance = classify_stance(text)
    assert stance.label == "already_in_place"
    assert stance.start is not None and stance.start >= text.index("Daaraan")  # the in-place sentence
    # a rejection that names the recommendation stays a rejection
    named = "Deze aanbeveling neem ik niet over. Daaraan wordt in de praktijk al voldaan."
    assert classify_stance(named).label == "rejected"


@pytest.mark.parametrize(
    ("text", "label", "cue"),
    [
        # forms from a survey of real stance sentences (round 16), in our own words
        ("Wij volgen de aanbevelingen op die de commissie in haar eindverslag doet.", "adopted", "opvolgen"),
        ("Het kabinet trekt hiervoor minder geld uit dan de commissie aanbeval.", "partly_adopted", None),
        ("De beslissing laat het kabinet over aan een volgend kabinet.", "noted", "aan een volgend kabinet"),
        ("Deze voorstellen vergen volgens het kabinet nader onderzoek.", "noted", "vergt nader onderzoek"),
        ("Het kabinet maakt geen werk van een wettelijke meldplicht.", "rejected", "geen werk maken van"),
        ("Een wettelijke meldplicht wordt niet ingevoerd.", "rejected", "wordt niet ingevoerd"),
        (
            "Een verhoging naar € 10.000 past niet binnen de begroting.",
            "rejected",
            "past niet binnen",
        ),
        (
            "Een verhoging naar € 10.000 past niet binnen het budget. Wel verhoog ik het bedrag naar € 8.000.",
            "partly_adopted",
            None,
        ),
        # a document's fact in place next to "geen aanleiding"; holding on to a choice of one's own
        (
            "Sinds 2024 begint ieder rapport met een samenvatting. Ik zie daarom geen aanleiding voor nieuwe stappen.",
            "already_in_place",
            "sinds",
        ),
        (
            "Het kabinet heeft in 2024 bewust gekozen voor geoormerkte bijdragen. Daaraan houd ik vast, ook al "
            "begrijp ik de wens van de organisaties.",
            "rejected",
            "vasthouden aan",
        ),
        # holdout20 (opened): keeping what is, not fitting what is agreed, a concession later in the clause
        ("Het kabinet handhaaft daarom de huidige grens.", "rejected", "handhaaft het huidige"),
        ("Een vast aantal uren past echter niet bij de cao-afspraken.", "rejected", "past niet binnen"),
        (
            "Een gelijke vergoeding vind ik niet nodig. Met ingang van 2027 verhoog ik de vergoeding wel naar € 75.",
            "partly_adopted",
            None,
        ),
        # and what they must not catch
        ("Dit past niet alleen bij de cao-afspraken maar ook bij de wet.", None, None),
        ("Ik vind het wel belangrijk dat gemeenten meedoen.", None, None),
        ("Wel wil ik opmerken dat de regeling goed werkt.", None, None),
        ("Ik neem de aanbeveling op die manier over.", "adopted", "overnemen"),
        ("Het overzicht noemt de minister aan wie de aanbeveling is gericht.", None, None),
        ("Het onderzoek vergt nader onderzoek naar de oorzaken.", None, None),
        ("Een meldplicht wordt nog niet ingevoerd.", None, None),
    ],
)
def test_round_16_forms(text: str, label: str | None, cue: str | None) -> None:
    stance = classify_stance(text)
    assert stance.label == label
    if cue is not None:
        assert stance.cue == cue


@pytest.mark.parametrize(
    ("text", "label", "cue"),
    [
        # holdout25 (opened), in our own words: what stays with words between "blijft" and "bestaan",
        # "afzien" with a pronominal adverb, taking "dat" into an agreement, leaving things free, a
        # middle way, and an idea that appeals with a reservation
        ("De herkeuring blijft daarom voor alle deelnemers bestaan.", "rejected", None),
        (
            "Jaarlijkse uitbetaling vraagt veel van de systemen van de provincies; daarvan zie ik af.",
            "rejected",
            "afzien",
        ),
        ("Ik neem dit op in het convenant met de zorgverzekeraars.", "adopted", "opnemen in plan"),
        ("Het kabinet kiest er daarom voor de prijzen vrij te laten.", "rejected", "kiest voor handhaven"),
        ("Ik kies voor een tussenweg: de toets geldt alleen voor nieuwe aanvragen.", "partly_adopted", None),
        (
            "Een vast loket per regio spreekt mij aan, maar één loket voor het hele land zou gemeenten te veel "
            "werk geven.",
            "adopted",
            "spreekt aan, maar",
        ),
        # and what they must not catch
        ("Ik neem die cijfers op in de begroting.", None, None),
        ("Het risico blijft voor alle gemeenten nog jaren bestaan.", None, None),
        ("Dit voorstel spreekt veel gemeenten aan, maar niet allemaal.", None, None),
    ],
)
def test_round_18_forms(text: str, label: str | None, cue: str | None) -> None:
    stance = classify_stance(text)
    assert stance.label == label
    if cue is not None:
        assert stance.cue == cue


def test_an_appealing_idea_is_settled_by_what_the_passage_goes_on_to_do() -> None:
    """ "X spreekt mij aan, maar …" agrees with the idea only: with a variant chosen after it the
    passage is partly_adopted, with a whole rejection rejected, with the decision deferred noted."""
    appeal = "Een vast loket per regio spreekt mij aan, maar het vraagt veel van de gemeenten. "
    variant = appeal + "Ik kies er daarom voor per provincie één loket in te richten."
    declined = appeal + "Het kabinet kiest er nadrukkelijk niet voor om loketten in te richten."
    deferred = appeal + "Ik kies ervoor om eerst te laten onderzoeken wat gemeenten nodig hebben."
    assert classify_stance(variant).label == "partly_adopted"
    assert classify_stance(declined).label == "rejected"
    assert classify_stance(deferred).label == "noted"


def test_a_shared_wish_next_to_a_noted_advice_is_noted() -> None:
    """Sharing the aim ("Ik deel de wens …", also after a topic frame naming the advice) and taking the
    advice into consideration decides nothing; agreeing with the advice itself does."""
    text = (
        "Wat het tweede advies betreft: ik deel de wens om de wachttijden te verkorten. Ik betrek het advies bij "
        "de herziening van de regeling."
    )
    assert classify_stance(text).label == "noted"
    named = (
        "Het kabinet onderschrijft het kernadvies. Ik betrek het advies bij de herziening van de regeling."
    )
    assert classify_stance(named).label == "adopted"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # holdout26 (opened), in our own words: a value judged of a state of affairs, then a decision
        # deferred; agreement "in de kern"; "niet verantwoord"; a part of the recommendation adopted; a
        # first step that applies the measure to some (the inquiry comes after it)
        (
            "Het kabinet vindt het waardevol dat gemeenten meedenken, maar wil eerst de ervaringen met de "
            "proeven afwachten.",
            "noted",
        ),
        ("Het kabinet vindt het waardevol dat gemeenten meer ruimte krijgen.", "adopted"),
        ("Met de derde aanbeveling is het kabinet het in de kern eens.", "partly_adopted"),
        ("Een verplichte keuring voor iedere boot acht ik niet verantwoord.", "rejected"),
        ("Het tweede deel van deze aanbeveling neem ik over.", "partly_adopted"),
        (
            "Het kabinet kiest ervoor de regel eerst toe te passen op scholen, musea en bibliotheken en de "
            "ervaringen in 2028 te laten evalueren.",
            "partly_adopted",
        ),
        (
            "Ik kies ervoor eerst te laten onderzoeken wat gemeenten nodig hebben en daarna te besluiten.",
            "noted",
        ),
        # and what they must not catch
        ("Dit is in de kern een zaak van de gemeenten.", None),
    ],
)
def test_round_18_forms_after_holdout26(text: str, label: str | None) -> None:
    assert classify_stance(text).label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # holdout27 (opened), in our own words
        ("Een keuring van iedere boot staat niet in verhouding tot het risico.", "rejected"),
        ("Daarmee wil ik bereiken dat iedere eigenaar rekening houdt met een controle.", None),
        # the decision said to be open beside a measure partly in place: noted
        (
            "Over een landelijk meldpunt heeft het kabinet nog geen besluit genomen. De gemeenten bieden al een "
            "deel van wat de raad voor ogen staat.",
            "noted",
        ),
        # … but a recommendation named as carried out stays in place
        (
            "Aan de derde aanbeveling wordt daarmee al invulling gegeven. Over het delen van gegevens heb ik nog "
            "geen besluit genomen.",
            "already_in_place",
        ),
        # a recommendation rejected by name beside a first step of one's own: rejected
        (
            "Aanbeveling 5 neem ik niet over. Ik kies er daarom voor de termijnen eerst te sturen met een norm.",
            "rejected",
        ),
    ],
)
def test_round_18_forms_after_holdout27(text: str, label: str | None) -> None:
    assert classify_stance(text).label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # forms from a third set of real stance sentences (outside the repository), in our own words
        ("Het kabinet deelt de kritiek van de inspectie op dit punt niet.", "rejected"),
        (
            "Het kabinet deelt de analyse van de raad, maar schuift de hervorming door naar een volgend kabinet.",
            "noted",
        ),
        (
            "Het kabinet treft voorbereidingen zodat een nieuw kabinet de aanbevelingen ter hand kan nemen.",
            "noted",
        ),
        ("Het kabinet wil niet direct overgaan op een vergoeding voor alle gedupeerden.", "rejected"),
        # an obligation stated is no decision
        ("Het kabinet is niet verplicht om de aanbevelingen van de commissie over te nemen.", None),
    ],
)
def test_forms_from_the_third_real_check_set(text: str, label: str | None) -> None:
    assert classify_stance(text).label == label


def test_a_fronted_clause_agreed_beside_a_variant_is_a_part() -> None:
    """ "Dat …, ben ik met de Aw eens." agrees with the aim (the fronted clause stands for "het"); with a
    variant chosen after it the passage is partly_adopted (holdout28, opened, in our own words)."""
    aim = "Dat huurders niet de volle huur moeten betalen, ben ik met de toezichthouder eens."
    assert classify_stance(aim).label == "adopted"
    passage = aim + " Ik kies er daarom voor de procedure bij de Huurcommissie te versnellen."
    assert classify_stance(passage).label == "partly_adopted"
    assert classify_stance(
        "Dat de regeling moet worden vereenvoudigd, ben ik niet met de raad eens."
    ).label == ("rejected")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # holdout39/40 (opened), in our own words: no decision taken yet is noted, not "neem … over" negated
        ("Ik neem daar op dit moment geen besluit over.", "noted"),
        ("Over de zesde aanbeveling kan ik nu geen besluit nemen.", "noted"),
        ("Het kabinet neemt over de vergoeding nog geen standpunt in.", "noted"),
    ],
)
def test_no_decision_taken_yet_is_noted(text: str, label: str) -> None:
    assert classify_stance(text).label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # forms of the real check sets (press and letters), in our own words
        ("De staatssecretaris wijkt op dit punt af van het advies van de raad.", "rejected"),
        ("Het kabinet wijst de aanbeveling over een eigen fonds van de hand.", "rejected"),
        ("Dit door de minister van de hand gewezen voorstel komt niet terug.", "rejected"),
        ("Het kabinet legt het advies over de huurgrens terzijde.", "rejected"),
        ("Ik neem de aanbevelingen van de inspectie zeer serieus.", "noted"),
        # not a stance: a plan departing from a schedule, a remark made in passing
        ("De bouw wijkt af van de planning.", None),
        ("Terzijde merk ik op dat de raad ook kritisch is.", None),
    ],
)
def test_press_forms_of_declining_and_taking_seriously(text: str, label: str | None) -> None:
    assert classify_stance(text).label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # holdout60 (opened), in our own words: the proposal judged no means to its end
        ("Een landelijke meldpagina acht ik geen goede oplossing.", "rejected"),
        ("Een maximumprijs vindt het kabinet geen passend middel.", "rejected"),
        ("Dat acht ik geen begaanbare weg.", "rejected"),
        # press reports of real reactions (real check set 3), in our own words
        ("Het kabinet neemt het grootste deel van de aanbevelingen over.", "partly_adopted"),
        ("De ministerraad is akkoord gegaan met de aanbevelingen van de commissie.", "adopted"),
        ("Het kabinet is akkoord met de begroting voor volgend jaar.", None),
        ("De staatssecretaris zei het grootste deel van het advies over te zullen nemen.", "partly_adopted"),
        ("De minister zegt het advies niet over te zullen nemen.", "rejected"),
        # not a judgement of the proposal: "geen" in a clause of its own, or a need denied
        ("Ik vind dat er voor dit probleem geen eenvoudige oplossing bestaat.", None),
    ],
)
def test_round_23_no_means(text: str, label: str | None) -> None:
    assert classify_stance(text).label == label


def test_an_executive_service_acts_for_the_minister() -> None:
    """RVO, DJI, UWV …  act for their minister: what they already do is a measure of ours in place; a body of others
    (the VNG) doing the same is no stance of the government."""
    assert (
        classify_stance("De DJI publiceert die cijfers sinds 2025 in haar jaarbericht.").label
        == "already_in_place"
    )
    assert classify_stance("Sinds 1 januari 2026 publiceert RVO de wachttijden op haar website.").label == (
        "already_in_place"
    )
    assert classify_stance("Sinds 2025 publiceert de VNG deze cijfers in haar benchmark.").label is None


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # the report's view shared or set aside, its author named at the head of the sentence
        ("Met de inspectie vind ik dat een verdachte niet lang mag wachten op een tolk.", "adopted"),
        ("Evenals de raad is het kabinet van oordeel dat de regeldruk omlaag moet.", "adopted"),
        ("Net als het SCP vindt het kabinet het van belang dat zichtbaar wordt wie meedoet.", "adopted"),
        ("Het kabinet is met de Rekenkamer van oordeel dat de informatievoorziening beter moet.", "adopted"),
        ("Anders dan de raad ben ik van mening dat de huidige regels volstaan.", "rejected"),
        ("Met de Kamer ben ik van mening dat de termijnen te lang zijn.", None),  # Parliament, no report
        ("Met de onderzoekers ben ik niet van mening dat de regeling moet verdwijnen.", None),
        # the report seen as support of a course of ours
        ("Het kabinet ziet in het advies een ondersteuning van het ingezette beleid.", "already_in_place"),
        ("Het kabinet ziet in het advies een bevestiging van die keuze.", "already_in_place"),
        (
            "Het kabinet ziet in het rapport een bevestiging van het beleid dat in 2024 is ingezet.",
            "already_in_place",
        ),
        ("Het kabinet ziet in het rapport een aansporing om de aanpak te versnellen.", "adopted"),
        ("De raad ziet in de cijfers een bevestiging van zijn eerdere advies.", None),
        # "neemt … mee" since a date is a measure in place; "neemt … toe" a change in the world
        ("De inspectie neemt dit sinds januari mee in haar toezicht.", "already_in_place"),
        ("Het aantal meldingen neemt sinds 2020 toe.", None),
    ],
)
def test_round_30_shared_views_and_support(text: str, label: str | None) -> None:
    assert classify_stance(text).label == label


def test_a_shared_view_is_weak_beside_a_measure_in_place() -> None:
    """Agreeing with the report's view names no measure: beside one already in place the passage is in place."""
    text = (
        "Met de inspectie vind ik dat de kwaliteit niet mag lijden onder de bezorging. "
        "Sinds januari 2026 neemt de inspectie dit punt mee in haar reguliere toezicht."
    )
    assert classify_stance(text).label == "already_in_place"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a decision put at a time still to come, or after another step (noted); a decision taken is none
        ("Ik neem na de zomer een besluit over deze aanbeveling.", "noted"),
        ("Een besluit hierover neem ik na de zomer.", "noted"),
        ("Over deze aanbeveling neemt het kabinet in het voorjaar een besluit.", "noted"),
        ("Voordat ik over deze aanbeveling besluit, laat ik een uitvoeringstoets uitvoeren.", "noted"),
        ("Alvorens over deze aanbeveling te beslissen, vraag ik advies aan de toezichthouder.", "noted"),
        ("Alvorens over deze aanbeveling te beslissen, vraagt de raad advies aan de toezichthouder.", None),
        ("Ik heb in het voorjaar een besluit over deze aanbeveling genomen.", None),
        # a law that already offers what is asked
        ("De wet biedt deze mogelijkheid al.", "already_in_place"),
        ("Het rapport biedt al veel aanknopingspunten.", None),
    ],
)
def test_round_30_decisions_later_and_powers_in_place(text: str, label: str | None) -> None:
    assert classify_stance(text).label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a recommendation passed on to the party it concerns: the government decides nothing itself
        ("Ik breng de aanbeveling onder de aandacht van de zorgverzekeraars.", "noted"),
        ("De aanbeveling is aan de gemeenten gericht; ik breng haar onder hun aandacht.", "noted"),
        # something else brought to others' notice, or another body passing it on
        ("Ik breng het expertisecentrum onder de aandacht van de gemeenten die het nog niet kennen.", None),
        ("De raad brengt de aanbeveling onder de aandacht van de gemeenten.", None),
        # with an adoption beside it, the adoption is the answer
        ("Ik neem de aanbeveling over en breng haar onder de aandacht van de gemeenten.", "adopted"),
    ],
)
def test_round_30_passed_on(text: str, label: str | None) -> None:
    assert classify_stance(text).label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # an adoption fronted by the group it holds for is a part; all groups, a time or "de volledigheid" are not
        (
            "Voor de aanmeldlocaties neem ik deze aanbeveling over: daar komt vóór de zomer een mentor.",
            "partly_adopted",
        ),
        ("Voor de organisaties van het Rijk volg ik deze aanbeveling.", "partly_adopted"),
        ("Voor alle scholen neem ik deze aanbeveling over.", "adopted"),
        ("Voor de volledigheid neem ik deze aanbeveling over.", "adopted"),
        ("Voor de komende periode neem ik de volgende maatregelen.", None),
        (
            "Voor proefabonnementen neem ik dit advies over: de herinnering komt in de regeling.",
            "partly_adopted",
        ),
        ("Voor nu neem ik deze aanbeveling over.", "adopted"),
    ],
)
def test_round_30_an_adoption_for_a_group(text: str, label: str | None) -> None:
    assert classify_stance(text).label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a proposal that conflicts with the law or meets objections is rejected; a finding about the present is not
        ("Een meldplicht is in strijd met het Europese recht.", "rejected"),
        ("Een motiveringsplicht zonder uitzonderingen botst echter met de witwasregels.", "rejected"),
        ("Dit voorstel stuit op juridische bezwaren.", "rejected"),
        ("Een landelijk register staat op gespannen voet met de AVG.", "rejected"),
        ("Een meldplicht verhoudt zich slecht tot de privacyregels.", "rejected"),
        ("De huidige werkwijze is strijdig met de wet.", None),
        ("Een meldplicht is niet in strijd met de AVG.", None),
    ],
)
def test_round_30_a_proposal_in_conflict_with_the_law(text: str, label: str | None) -> None:
    assert classify_stance(text).label == label


def test_a_conflict_of_the_whole_beside_a_variant_stays_a_rejection() -> None:
    """ "Dat verhoudt zich slecht tot …" judges the recommendation as a whole: beside a variant of our own the answer is
    a rejection; a form of it judged ("Een plicht zonder uitzonderingen botst met …") beside a variant is a part."""
    whole = (
        "Een kopie bij iedere gemeente zou de gegevens op veel plaatsen opslaan. Dat verhoudt zich slecht tot de "
        "beveiligingseisen. Wij kiezen er daarom voor de centrale voorziening in 2027 uit te breiden."
    )
    assert classify_stance(whole).label == "rejected"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a change of ours with the recommendation named as its ground
        ("Naar aanleiding van deze aanbeveling pas ik de regeling aan.", "adopted"),
        ("Op basis van deze aanbeveling wordt de regeling aangepast.", "adopted"),
        ("Conform de aanbeveling van de raad wordt de handreiking aangevuld.", "adopted"),
        # no recommendation as the ground, or another body changing it
        ("Naar aanleiding van de evaluatie pas ik de regeling aan.", None),
        ("Op basis van deze aanbeveling heeft de raad de regeling aangepast.", None),
    ],
)
def test_round_30_a_change_on_the_recommendations_grounds(text: str, label: str | None) -> None:
    assert classify_stance(text).label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # an exception, a point left out or a reservation counted with the adoption: a part
        ("De eerste aanbeveling neem ik over, met één belangrijke kanttekening.", "partly_adopted"),
        ("De eerste aanbeveling neem ik over, met één belangrijke uitzondering.", "partly_adopted"),
        ("Ik neem de aanbeveling over, op één punt na.", "partly_adopted"),
        ("Op één punt na zijn de scholen klaar.", None),
    ],
)
def test_round_30_an_exception_with_the_adoption(text: str, label: str | None) -> None:
    assert classify_stance(text).label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # the answer on a recommendation named first, deferred to a time to come: noted
        (
            "Over de derde aanbeveling informeer ik uw Kamer in het najaar, als de verkenning is afgerond.",
            "noted",
        ),
        ("Over deze aanbeveling informeer ik uw Kamer in het voorjaar van 2027.", "noted"),
        ("Over de voortgang informeer ik uw Kamer in het najaar.", None),
    ],
)
def test_round_30_the_answer_deferred(text: str, label: str | None) -> None:
    assert classify_stance(text).label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # holdout116 (opened), in our own words: whom a recommendation addresses is no verdict; the agreement after it
        # with the recommendation as a pronoun object is the answer ("haar analyse" stays the analysis)
        (
            "Deze aanbeveling is gericht aan de instellingen. Ik onderschrijf haar en heb haar met de koepels besproken.",
            "adopted",
        ),
        ("Ik deel haar analyse. Ik betrek het advies bij de evaluatie.", "noted"),
        ("Deze aanbeveling is gericht aan de gemeenten. Ik neem er kennis van.", "noted"),
        # a concessive "al" with its verb: a part; a decision "in de loop van" a year: noted
        (
            "Ik vind dat een goede stap, al blijven duurdere aanpassingen daarmee buiten beeld.",
            "partly_adopted",
        ),
        (
            "Op basis van die uitvoeringstoets neem ik in de loop van 2027 een besluit over de vierde aanbeveling.",
            "noted",
        ),
    ],
)
def test_round_30_addressees_pronouns_and_concessions(text: str, label: str | None) -> None:
    assert classify_stance(text).label == label


def test_next_is_a_time_only_before_a_time_noun() -> None:
    """ "volgend jaar" puts a decision later; "de volgende besluiten" leads a list of decisions taken now."""
    assert classify_stance("Over deze aanbeveling neem ik volgend jaar een besluit.").label == "noted"
    assert classify_stance("Over deze aanbevelingen neem ik de volgende besluiten.").label is None


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # holdout115 (opened), in our own words: keeping to what is there, said impersonally, is a refusal ...
        ("Het blijft daarom bij de bestaande garantieregeling voor starters.", "rejected"),
        ("Het blijft bij mij een punt van aandacht.", None),  # no determiner after "bij": nothing kept
        # ... a measure kept running until its work is done is no refusal ...
        ("Het extra team blijft bestaan totdat de achterstand is ingelopen.", None),
        ("De huidige leeftijdsgrens blijft bestaan.", "rejected"),
        # ... a measure set up at a past date is in place (not another body's act in a relative clause) ...
        ("Het UWV heeft in maart 2026 een apart meldpunt ingericht voor deze klachten.", "already_in_place"),
        (
            "Ik heb de aanbeveling onder de aandacht gebracht van de VNG, die in mei 2026 een werkgroep heeft ingesteld.",
            "noted",
        ),
        ("In 2028 wordt een apart meldpunt ingericht.", None),
        # ... and a measure taken "in plaats daarvan" is a variant: beside a shared aim a part, beside the whole
        # rejected by name a rejection
        (
            "De gedachte achter deze aanbeveling deel ik. In plaats daarvan vraag ik de inspectie het onderwerp "
            "jaarlijks te bespreken.",
            "partly_adopted",
        ),
        ("Deze aanbeveling neem ik niet over. In plaats daarvan zet ik in op voorlichting.", "rejected"),
    ],
)
def test_round_31_kept_to_dated_measures_and_instead(text: str, label: str | None) -> None:
    assert classify_stance(text).label == label


def test_round_31_agreement_for_the_part_that_concerns_a_thing_is_a_part() -> None:
    # holdout119 (opened), in our own words
    assert classify_stance(
        "De derde aanbeveling onderschrijf ik voor het deel dat de intake betreft."
    ).label == ("partly_adopted")
    assert classify_stance("Ik neem de aanbeveling over en trek voor dat doel geld uit.").label == "adopted"


def test_round_31_an_asked_measure_taken_into_a_rule_of_ours() -> None:
    # holdout121 (opened), in our own words: a determiner and the kind of measure asked, taken into a rule
    assert (
        classify_stance("Ik neem die verplichting op in de algemene maatregel van bestuur.").label
        == "adopted"
    )
    assert (
        classify_stance(
            "De minister neemt die verplichting op in het besluit dat zij in 2027 voorlegt."
        ).label
        == "adopted"
    )
    assert classify_stance("Ik neem die gegevens op in het jaarverslag.").label is None
    assert classify_stance("De gemeente neemt die verplichting op in haar verordening.").label is None


def test_round_31_a_measure_not_prescribed_is_refused() -> None:
    # holdout121 (opened), in our own words: "schrijf … niet voor" with the government as subject
    assert classify_stance("Een urennorm schrijf ik niet voor.").label == "rejected"
    assert classify_stance("Ik schrijf een brief voor de Kamer.").label is None
    assert classify_stance("De raad schrijft niet voor hoe gemeenten dat doen.").label is None


# --- round 32: holdout117 and holdout122 opened (each form in our own words) ---


def test_round_32_a_part_put_first_as_what_should_be_and_agreed_to_is_a_part() -> None:
    """ "Dat … moet …, onderschrijf ik" agrees with the measure's content: beside another part declined, a part
    (agreement with the analysis beside a rejection stays rejected)."""
    assert (
        classify_stance(
            "Dat iedere school een vast aanspreekpunt moet hebben, onderschrijf ik. Een landelijk meldpunt neem ik "
            "echter niet over."
        ).label
        == "partly_adopted"
    )
    assert (
        classify_stance(
            "Dat de uitvoering beter kan, onderschrijf ik. Een landelijk meldpunt neem ik echter niet over."
        ).label
        == "rejected"
    )


def test_round_32_a_proposal_that_it_conflicts_with_the_law_and_its_negation() -> None:
    assert (
        classify_stance("Een landelijk meldpunt lijkt eenvoudig, maar het botst met de privacyregels.").label
        == "rejected"
    )
    assert classify_stance("Een landelijk meldpunt botst niet met de privacyregels.").label is None
    assert classify_stance("De huidige werkwijze is eenvoudig, maar het botst met de regels.").label is None


def test_round_32_an_earlier_advice_is_not_the_recommendation_answered() -> None:
    """ "in een eerder advies al bezwaren geuit" is another document: it does not outweigh the rejection."""
    assert (
        classify_stance(
            "De inspectie heeft in een eerder advies al bezwaren geuit. Een landelijk meldpunt lijkt eenvoudig, "
            "maar het botst met de privacyregels."
        ).label
        == "rejected"
    )


PLACED_PART_LETTER = """Geachte voorzitter,

Op 3 maart 2027 heeft de Nationale ombudsman het rapport «Wachten op antwoord» gepubliceerd over de klachtafhandeling van de Dienst Toeslagen.

De ombudsman doet twee aanbevelingen. Ten eerste beveelt hij aan om iedere klager binnen twee weken te bellen. Ten tweede beveelt de ombudsman aan om de brieven en de website met elkaar in overeenstemming te brengen en een openbaar overzicht bij te houden van alle wijzigingen in de uitleg.

De eerste aanbeveling neem ik over. Vanaf 1 juli 2027 belt de dienst iedere klager binnen twee weken.

Met het eerste deel van de tweede aanbeveling ben ik het eens, en dat is inmiddels geregeld: sinds januari 2027 gebruiken de brieven en de website dezelfde teksten.

Een openbaar overzicht van alle wijzigingen in de uitleg, waar de ombudsman ook om vraagt, gaat mij te ver. De uitleg verandert vaak op details.

Ik dank de ombudsman voor zijn heldere rapport.

De Staatssecretaris van Financiën,

J. de Boer
"""


def test_round_32_one_part_agreed_by_its_place_and_another_declined_is_a_part() -> None:
    """ "Met het eerste deel van de tweede aanbeveling ben ik het eens, en dat is inmiddels geregeld" and, in the
    next answer, "… gaat mij te ver": partly_adopted (before: already_in_place)."""
    letter = kamerstuk.parse_text(PLACED_PART_LETTER, name="toeslagen.md")
    stances = {r.ordinal: r.stance for r in letter.recommendations}
    assert stances == {1: "adopted", 2: "partly_adopted"}


def test_round_32_holding_on_in_a_second_conjunct_after_a_negated_first() -> None:
    """The "niet" of "acht dit niet wenselijk" is the first verb's: "en houdt vast aan de bestaande regeling" keeps
    what is (before: the existing scheme read as already in place)."""
    assert (
        classify_stance("Het kabinet acht dit niet wenselijk en houdt vast aan de bestaande regeling.").label
        == "rejected"
    )
    assert classify_stance("Het kabinet houdt vast aan de bestaande regeling.").label == "rejected"


def test_round_32_consulting_others_on_the_recommendation_itself_is_noted() -> None:
    """ "Wel bespreek ik de aanbeveling in januari met de VNG" puts the verdict later (before: "Wel" read as a part
    conceded, adopted); an act on its execution after adopting it stays adopted."""
    assert classify_stance("Wel bespreek ik de aanbeveling in maart met de VNG en het IPO.").label == "noted"
    assert classify_stance("Ik zal het advies met de provincies bespreken.").label == "noted"
    assert (
        classify_stance("Ik neem de aanbeveling over en bespreek de uitvoering met de VNG.").label
        == "adopted"
    )
    assert classify_stance("De aanbeveling heb ik met de VNG besproken.").label is None


def test_round_32_joining_a_body_in_inverted_order_adopts() -> None:
    """ "… en daarom sluit het kabinet zich aan bij IOB": the verb before its subject, "zich" after it."""
    assert (
        classify_stance(
            "Een vaste set indicatoren helpt de posten, en daarom sluit het kabinet zich aan bij IOB."
        ).label
        == "adopted"
    )
    assert classify_stance("Daarom sluit het kabinet zich niet aan bij de raad.").label == "rejected"
    assert classify_stance("Gemeenten sluiten zich aan bij de regeling.").label is None


def test_round_32_an_office_named_before_and_taken_up_by_a_pronoun_is_the_government() -> None:
    from kamerstuk.pipeline.stance import _office_for_pronoun

    previous = "Het Rijksvastgoedbedrijf valt onder de Minister van Volkshuisvesting en Ruimtelijke Ordening."
    read = _office_for_pronoun("Zij neemt deze aanbeveling over, mede namens mij.", previous)
    assert classify_stance(read).label == "adopted"
    # no office named before: the pronoun stays (another party's act)
    assert _office_for_pronoun("Zij neemt deze aanbeveling over.", "De gemeenten zijn positief.") == (
        "Zij neemt deze aanbeveling over."
    )


# --- round 33: holdout123 to holdout126 and real check set 5 opened (each form in our own words) ---


def test_round_33_a_judgement_not_yet_known_is_noted() -> None:
    """ "…, weet ik nog niet" leaves the decision open (before: no stance); "Zoals u weet" is no such cue."""
    assert classify_stance("Of een vaste vergoeding de beste weg is, weet ik nog niet.").label == "noted"
    assert classify_stance("Ik weet nu nog niet of een landelijke regeling uitvoerbaar is.").label == "noted"
    assert classify_stance("Zoals u weet, neem ik de aanbeveling van de raad over.").label == "adopted"


def test_round_33_a_decision_later_about_the_matter_of_the_recommendation_is_noted() -> None:
    """A decision put later about what the recommendation asks, not only about "de aanbeveling" or "dit"."""
    assert (
        classify_stance("Na de zomer neem ik een besluit over een tegemoetkoming voor huurders.").label
        == "noted"
    )
    assert classify_stance("Vorig jaar heb ik een besluit over de tegemoetkoming genomen.").label is None


def test_round_33_what_cannot_be_paid_for_is_declined() -> None:
    assert (
        classify_stance("Binnen het huidige budget is een verdrievoudiging niet op te brengen.").label
        == "rejected"
    )
    assert classify_stance("Die boodschap is in één zin niet over te brengen.").label is None


def test_round_33_kept_as_is_beside_a_comparison_of_a_detail_is_rejected() -> None:
    """ "…, zoals nu ook al het geval is" compares a detail; the main clause keeps what the report wants changed."""
    assert (
        classify_stance(
            "De regeling blijft daarom bestaan; deelnemers moeten wel een jaarverslag indienen, zoals nu ook al "
            "het geval is."
        ).label
        == "rejected"
    )
    # alone, the practice that is kept is in place
    assert classify_stance("Deelnemers dienen een jaarverslag in, zoals nu al het geval is.").label == (
        "already_in_place"
    )


def test_round_33_going_no_further_is_a_part() -> None:
    assert (
        classify_stance("Verder ga ik niet: in kleinere gemeenten is de vraag naar dit loket gering.").label
        == "partly_adopted"
    )
    assert classify_stance("Verder gaat het kabinet niet.").label == "partly_adopted"
    assert classify_stance("Verder gaat de subsidie niet over huurwoningen.").label is None


def test_round_33_seeing_reason_to_do_it_adopts() -> None:
    assert (
        classify_stance(
            "Wat de derde aanbeveling betreft, zie ik goede redenen om de leeftijdsgrens te verlagen."
        ).label
        == "adopted"
    )
    assert classify_stance("Ik zie geen aanleiding om de termijn te verlengen.").label == "rejected"
    assert classify_stance("De raad ziet redenen om de termijn te verlengen.").label is None


def test_round_33_taking_up_the_recommendation_adopts() -> None:
    assert (
        classify_stance(
            "Ook wordt de aanbeveling om de meldcode te vereenvoudigen opgepakt in het nieuwe actieplan."
        ).label
        == "adopted"
    )
    assert classify_stance("Deze aanbeveling pak ik samen met de provincies op.").label == "adopted"
    assert classify_stance("Het kabinet pakt de handschoen op.").label is None
    assert classify_stance("De politie heeft in maart twee verdachten opgepakt.").label is None


def test_round_33_the_answer_sent_later_is_noted() -> None:
    assert (
        classify_stance("Een beleidsreactie stuur ik uw Kamer zodra het vervolgonderzoek is afgerond.").label
        == "noted"
    )
    assert (
        classify_stance("Mijn standpunt over deze aanbeveling zal ik u na de zomer sturen.").label == "noted"
    )
    assert classify_stance("Hierbij stuur ik u de beleidsreactie op het rapport.").label is None


def test_round_33_a_rule_laid_down_at_a_past_date_is_in_place() -> None:
    assert (
        classify_stance(
            "Het kabinet merkt op dat de minister de normen per 1 maart 2025 wettelijk heeft vastgelegd."
        ).label
        == "already_in_place"
    )
    assert classify_stance("De minister heeft de normen wettelijk vastgelegd.").label is None


def test_round_33_liking_the_idea_behind_it_beside_an_open_decision_is_noted() -> None:
    """ "De gedachte achter deze aanbeveling spreekt mij aan" likes its aim, not its measure: beside a decision still
    open the passage is noted (before: adopted)."""
    from kamerstuk.entities.stance_passage import agreement_kind, settle_passage

    sentence = "De gedachte achter deze aanbeveling spreekt mij aan."
    stance = classify_stance(sentence)
    assert stance.label == "adopted"
    kind = agreement_kind(stance, sentence)
    assert kind == "aim"
    assert settle_passage("adopted", [("adopted", kind), ("noted", "undecided")], stance.cue, True) == "noted"
    # liking the recommendation itself beside the open decision stays adopted
    plain = "Deze aanbeveling spreekt mij aan."
    liked = agreement_kind(classify_stance(plain), plain)
    assert liked == "liked"
    assert (
        settle_passage("adopted", [("adopted", liked), ("noted", "undecided")], stance.cue, True) == "adopted"
    )


def test_round_33_a_separable_verb_used_as_a_noun_is_no_cue() -> None:
    """ "Het meenemen van …" names the act, nobody takes it (before: noted)."""
    assert (
        classify_stance("Het meenemen van dit inzicht in de kwaliteitseis is een logische vervolgstap.").label
        is None
    )
    assert classify_stance("Ik zal dat meenemen in de uitwerking.").label == "noted"


# --- round 33, second part: holdout127 and holdout128 opened (each form in our own words) ---


def test_round_33_only_for_some_in_a_that_clause_is_a_part() -> None:
    assert (
        classify_stance(
            "Voor de derde aanbeveling geldt dat ik haar alleen overneem voor de grote gemeenten."
        ).label
        == "partly_adopted"
    )
    assert classify_stance("Voor de derde aanbeveling geldt dat ik haar overneem.").label == "adopted"


def test_round_33_a_minister_named_before_as_a_pronoun_after_the_verb() -> None:
    from kamerstuk.pipeline.stance import _office_for_pronoun

    previous = "De kinderopvangtoeslag valt onder de Minister van Sociale Zaken en Werkgelegenheid."
    read = _office_for_pronoun(
        "Een volledige vergoeding vindt zij, gezien de kosten, niet verantwoord.", previous
    )
    assert "de minister" in read
    assert classify_stance(read).label == "rejected"
    # no office named before: the pronoun stays
    assert "zij" in _office_for_pronoun(
        "Een volledige vergoeding vindt zij niet verantwoord.", "De VNG is kritisch."
    )


MINISTER_CHAIN_LETTER = """Geachte voorzitter,

Op 4 maart 2027 bracht de Raad voor Volksgezondheid & Samenleving (RVS) het advies «Zorg en werk» uit.

De raad beveelt aan om het calamiteitenverlof te verlengen van twee naar vijf dagen.

Daarnaast adviseert de raad het kortdurend zorgverlof uit te breiden en het volledig door te betalen.

De eerste aanbeveling neem ik over. Vanaf 1 januari 2028 geldt een verlof van vijf dagen.

Het kortdurend zorgverlof valt onder de Minister van Sociale Zaken en Werkgelegenheid. Zij deelt de opvatting van de raad dat werkende mantelzorgers meer ruimte nodig hebben, en zal het verlof vanaf 1 januari 2028 uitbreiden. Een volledige doorbetaling vindt zij, gezien de lasten voor werkgevers, niet verantwoord.

De Minister van Volksgezondheid, Welzijn en Sport,

B. de Jong
"""


def test_round_33_a_minister_taken_up_by_pronouns_over_two_sentences() -> None:
    """ "Zij deelt … en zal … uitbreiden. Een volledige doorbetaling vindt zij … niet verantwoord.": the minister
    adopts a part (before: adopted, and her promise was missed)."""
    letter = kamerstuk.parse_text(MINISTER_CHAIN_LETTER, name="verlof.md")
    assert [r.stance for r in letter.recommendations] == ["adopted", "partly_adopted"]
    promised = [c for c in letter.commitments if c.text.startswith("Zij deelt")]
    assert len(promised) == 1 and promised[0].action == "uitbreiden"


def test_round_33_following_another_s_work_with_interest_is_watching() -> None:
    assert (
        classify_stance(
            "Het kabinet zal de verdere uitwerking van de voorstellen van de raad met belangstelling volgen."
        ).label
        is None
    )
    assert classify_stance("Het kabinet volgt het advies van de raad.").label == "adopted"


def test_round_33_letting_the_kamer_know_later_what_is_done_is_noted() -> None:
    assert (
        classify_stance(
            "Ik laat u na de zomer weten hoe ik met de aanbevelingen van de inspectie omga."
        ).label
        == "noted"
    )
    assert classify_stance("Ik zal u laten weten of de regeling doorgaat.").label is None
    assert classify_stance("Ik laat u weten dat ik de aanbeveling overneem.").label == "adopted"


def test_round_33_not_following_an_advice_with_its_content_in_between() -> None:
    """ "volgt het advies om de kortingen uit te smeren niet": the "uit" is the content's verb, and the "niet" after
    the content's infinitive is the verb's (before: no stance)."""
    assert (
        classify_stance("Het kabinet volgt het advies om de kortingen uit te smeren niet.").label
        == "rejected"
    )
    assert classify_stance("Het kabinet volgt het advies om de kortingen uit te smeren.").label == "adopted"
    assert classify_stance("Ik onderschrijf het advies om niet te wachten.").label == "adopted"
    assert classify_stance("Dit volgt uit het rapport.").label is None


def test_round_33_an_adoption_in_a_whether_clause_is_still_open() -> None:
    assert classify_stance("Daarna besluit ik of ik de aanbeveling overneem.").label == "noted"
    assert classify_stance("Ik bezie of ik de aanbeveling overneem.").label == "noted"
    assert classify_stance("Ik onderzoek of ik de aanbeveling kan overnemen.").label != "adopted"
    assert classify_stance("Ik neem de aanbeveling over of pas de regeling aan.").label == "adopted"


def test_round_33_als_het_gaat_om_names_a_topic_not_a_condition() -> None:
    assert (
        classify_stance("Als het gaat om aanbevelingen van de inspectie volg ik de meeste daarvan op.").label
        == "partly_adopted"
    )
    assert classify_stance("Als de inspectie het vraagt, bekijk ik het opnieuw.").label != "partly_adopted"


def test_round_33_a_rule_that_applies_already_and_sindsdien_are_in_place() -> None:
    assert (
        classify_stance("Voor zzp'ers geldt al een zorgplicht van de opdrachtgever.").label
        == "already_in_place"
    )
    assert classify_stance("Een kostenraming is al vereist op grond van de Comptabiliteitswet.").label == (
        "already_in_place"
    )
    assert classify_stance(
        "In elke beschikking staat sindsdien de naam van een vaste contactpersoon."
    ).label == ("already_in_place")
    assert classify_stance("Sindsdien is het aantal klachten gestegen.").label is None
    assert classify_stance("Dat geldt al jaren niet meer.").label is None


def test_round_33_agreement_for_some_or_as_far_as_a_part_goes_is_a_part() -> None:
    assert classify_stance("De laatste aanbeveling volg ik voor de helft.").label == "partly_adopted"
    assert (
        classify_stance("De aanbeveling onderschrijf ik voor de grote gemeenten.").label == "partly_adopted"
    )
    assert (
        classify_stance(
            "Met de tweede aanbeveling ben ik het eens wat de hulp bij het vinden van werk betreft."
        ).label
        == "partly_adopted"
    )
    # a topic put first, the whole, or a purpose after the noun: no part
    assert (
        classify_stance("Wat de tweede aanbeveling betreft, ben ik het met de raad eens.").label == "adopted"
    )
    assert classify_stance("De aanbeveling onderschrijf ik voor de volle honderd procent.").label == "adopted"
    assert classify_stance("Deze aanbeveling onderschrijf ik voor alle gemeenten.").label == "adopted"
    assert classify_stance("Ik steun het voorstel voor een nieuw loket.").label == "adopted"


# --- round 34: holdout131 and holdout132 opened (each form in our own words) ---


def test_round_34_afzien_with_er_apart_from_its_preposition() -> None:
    """ "Ik zie er daarom van af …": the split pronominal adverb stands for "van dat" (before: no stance)."""
    assert (
        classify_stance("Ik zie er daarom van af de scholen om zo'n leerlijn te vragen.").label == "rejected"
    )
    assert classify_stance("Daar zie ik van af.").label == "rejected"
    assert classify_stance("Ik zie er geen bezwaar in.").label is None


def test_round_34_the_proposal_called_good_is_agreement() -> None:
    """ "De vierde aanbeveling vind ik een goede" (the noun left out) and "een goede aanbeveling" (before: none)."""
    assert classify_stance("De derde aanbeveling vind ik een goede.").label == "adopted"
    assert classify_stance("Ik vind dit een goede aanbeveling.").label == "adopted"
    assert classify_stance("Ik vind dit geen goede aanbeveling.").label != "adopted"


def test_round_34_going_less_far_than_asked_is_a_part() -> None:
    """ "ga ik minder ver dan de inspectie vraagt": the present tense of the request (before: no stance)."""
    assert (
        classify_stance("Wat de bewaartermijn betreft, ga ik minder ver dan de inspectie vraagt.").label
        == "partly_adopted"
    )
    assert classify_stance("Ik ga minder ver dan de raad voorstelt.").label == "partly_adopted"
    assert classify_stance("De inspectie vraagt minder dan vorig jaar.").label is None


AIM_SHARED_WHOLE_DECLINED_LETTER = """Geachte voorzitter,

Op 2 februari 2027 heeft de Raad voor de leefomgeving en infrastructuur (Rli) het advies «Ruimte voor water» uitgebracht.

De Rli adviseert om waterschappen een vaste bijdrage te geven voor wadi's in nieuwbouwwijken.

Ik deel het doel van de raad. Water vasthouden in de wijk beperkt de overlast bij hevige regen.

Een aparte bijdrage naast het Gemeentefonds past echter niet bij de afspraken met de medeoverheden over minder specifieke uitkeringen. Ik kies er daarom niet voor.

Ik dank de Rli voor het advies.

De Minister van Volkshuisvesting en Ruimtelijke Ordening,

A. Visser
"""


def test_round_34_aim_shared_and_the_measure_declined_as_a_whole_is_rejected() -> None:
    """The aim shared, a detail that does not fit, then "Ik kies er daarom niet voor": rejected (before:
    partly_adopted, the aim read as the part adopted)."""
    from kamerstuk.entities.stance_passage import settle_passage
    from kamerstuk.pipeline import load_pipeline

    # the rules' reading (the arbiter may weigh it against the trained model's)
    rules = load_pipeline(rules_only=True)
    letter = kamerstuk.parse_text(AIM_SHARED_WHOLE_DECLINED_LETTER, name="wadis.md", pipeline=rules)
    assert [r.stance for r in letter.recommendations] == ["rejected"]
    tier: list[tuple[StanceLabel, str]] = [("adopted", "aim"), ("rejected", ""), ("rejected", "")]
    assert settle_passage("rejected", tier, "past niet binnen", False, whole_rejection=True) == "rejected"
    # without a sentence rejecting the whole, the aim beside a detail declined stays a part
    assert settle_passage("rejected", tier, "past niet binnen", False) == "partly_adopted"


# --- round 34: holdout133 and holdout134 opened ---


def test_round_34_a_fronted_act_that_cannot_or_will_not_be_done() -> None:
    """ "Hen als partner opnemen kan ik echter niet": the act fronted, declined (before: no stance; "als" read as
    "if")."""
    assert classify_stance("Hen als partner erkennen kan ik echter niet.").label == "rejected"
    assert classify_stance("Een apart fonds oprichten wil ik niet.").label == "rejected"
    assert classify_stance("Dat kan ik nu niet beoordelen.").label != "rejected"
    assert (
        classify_stance("Als de gemeenten het vragen, kan ik de aanbeveling niet overnemen.").label
        == "rejected"
    )


def test_round_34_places_counted_are_not_a_part_of_the_advice() -> None:
    assert (
        classify_stance(
            "Hen erkennen kan ik niet: in vier van de zeven regio's ontbreekt een rechtspersoon."
        ).label
        == "rejected"
    )
    assert classify_stance("Vier van de vijf aanbevelingen neem ik over.").label == "partly_adopted"


def test_round_34_a_subject_with_the_report_s_relative_clause_is_not_reported_speech() -> None:
    """ "Het loket waar de raad om vraagt, bestaat al": the main clause is the letter's (before: none)."""
    assert (
        classify_stance("Het loket waar de raad om vraagt, bestaat sinds maart 2025.").label
        == "already_in_place"
    )
    assert classify_stance("De raad die dit vraagt, neemt de aanbeveling over.").label is None


def test_round_34_undecided_forms() -> None:
    """A decision later on whether, further from its verb; "nog niet uit"; giving what exists a chance first."""
    assert (
        classify_stance("Op basis daarvan besluit ik in de loop van 2028 of ik deze aanbeveling volg.").label
        == "noted"
    )
    assert classify_stance("Over de tweede aanbeveling ben ik nog niet uit.").label == "noted"
    assert classify_stance("De regeling is nog niet uit.").label is None
    assert classify_stance("Dat convenant wil ik eerst een kans geven.").label == "noted"
    assert classify_stance("Ik neem de kans te baat.").label is None


def test_round_34_a_question_how_many_and_who_is_meant_hold_no_stance() -> None:
    assert (
        classify_stance(
            "Wel vraag ik de toezichthouder na te gaan hoeveel scholen het model hebben overgenomen."
        ).label
        is None
    )
    assert (
        classify_stance(
            "Voor leraren die al werken, stel ik in 2028 een miljoen euro beschikbaar voor scholing."
        ).label
        != "already_in_place"
    )
    assert classify_stance("Een loket dat al bestaat, volstaat.").label == "already_in_place"


def test_round_34_the_aim_shared_and_the_act_declined_is_rejected() -> None:
    from kamerstuk.entities.stance_passage import settle_passage

    assert settle_passage("adopted", [("adopted", "aim"), ("rejected", "")], "delen", True) == "rejected"
    # beside a part adopted it stays as before
    assert (
        settle_passage("adopted", [("adopted", "aim"), ("partly_adopted", "")], "delen", True) != "rejected"
    )


# --- round 34: real check set 7 opened (each form in our own words) ---


def test_round_34_rejecting_outright_and_going_against_the_advice() -> None:
    assert classify_stance("Het kabinet verwerpt deze aanbeveling.").label == "rejected"
    assert (
        classify_stance("Bij dat besluit ging het kabinet in tegen het advies van de commissie.").label
        == "rejected"
    )
    assert classify_stance("De Kamer heeft de motie verworpen.").label is None
    assert classify_stance("Ik ben tegen het advies.").label is None


def test_round_34_a_case_named_and_whether_or_not_are_no_verdict() -> None:
    assert (
        classify_stance("Bij het niet overnemen van een aanbeveling vindt overleg met de raad plaats.").label
        is None
    )
    assert (
        classify_stance("De ministers gaven niet aan de adviezen wel of niet te zullen overnemen.").label
        is None
    )
    assert classify_stance("Het kabinet neemt het advies niet over.").label == "rejected"


def test_round_34_a_study_announced_in_the_first_person_or_the_passive_is_noted() -> None:
    assert classify_stance("Ik onderzoek of de termijn korter kan.").label == "noted"
    assert (
        classify_stance("Daarnaast wordt onderzocht hoe de regeling kan worden vereenvoudigd.").label
        == "noted"
    )
    assert classify_stance("Of dit haalbaar is, wordt nader bekeken.").label == "noted"
    assert classify_stance("In het onderzoek wordt bekeken hoe scholen werken.").label is None
    assert classify_stance("Het onderzoek is afgerond.").label is None


def test_round_34_measures_taken_in_the_perfect_are_in_place() -> None:
    assert (
        classify_stance(
            "Ter uitvoering van deze aanbeveling zijn verschillende maatregelen vormgegeven."
        ).label
        == "already_in_place"
    )
    assert classify_stance("Er worden maatregelen getroffen.").label is None


# --- round 34: holdout135 and holdout136 opened ---


def test_round_34_an_act_declined_with_the_subject_first() -> None:
    assert classify_stance("Ik stel de regeling daarom niet open voor het hbo.").label == "rejected"
    assert classify_stance("Het kabinet voert een meldplicht niet in.").label == "rejected"
    assert classify_stance("Ik sluit dat niet uit.").label is None


def test_round_34_a_choice_left_to_others_as_it_is() -> None:
    """ "Gemeenten blijven daarom zelf bepalen of zij …": an obligation asked, not imposed (before: no stance)."""
    assert (
        classify_stance("Gemeenten blijven daarom zelf bepalen of zij zich aansluiten.").label == "rejected"
    )
    assert classify_stance("Gemeenten blijven niet zelf bepalen of zij meedoen.").label is None
    assert classify_stance("Ik blijf zelf verantwoordelijk.").label is None


# --- round 35: holdout143 and holdout144 opened ---


def test_round_35_no_grounds_past_an_adjective_and_no_way_seen() -> None:
    """ "geen enkele reden", "ik zie geen verantwoorde manier om …" (before: no stance); "geen andere mogelijkheid
    dan …" chooses the one left, "op geen enkele manier" only stresses."""
    assert classify_stance("Ik zie geen enkele reden om de termijn te verlengen.").label == "rejected"
    assert (
        classify_stance("Ik zie geen verantwoorde manier om die toets op afstand te doen.").label
        == "rejected"
    )
    assert classify_stance("Ik zie geen andere mogelijkheid dan de termijn te verlengen.").label is None
    assert classify_stance("Dit raakt op geen enkele manier aan de toets.").label is None


def test_round_35_the_rest_of_a_group_declined_is_a_part() -> None:
    """ "Voor andere begeleiders doe ik dat niet" after an act for some (before: no stance); not the other
    recommendations."""
    assert classify_stance("Voor andere mantelzorgers doe ik dat niet.").label == "partly_adopted"
    assert classify_stance("Voor de overige scholen geldt de regeling niet.").label == "partly_adopted"
    assert classify_stance("Voor de overige aanbevelingen zie ik geen aanleiding.").label == "rejected"
    assert classify_stance("Voor andere mantelzorgers doe ik dat ook.").label is None


def test_round_35_studies_as_a_noun_defer_nothing() -> None:
    """ "Beide onderzoeken laten zien …": the plural noun (before: read as a study announced, noted)."""
    assert (
        classify_stance("Beide onderzoeken laten zien dat de markt voor het kabinet van belang is.").label
        is None
    )
    assert classify_stance("Het kabinet gaat onderzoeken of dat kan.").label == "noted"


def test_round_35_aim_shared_part_in_place_rest_declined_is_a_part() -> None:
    """The aim shared, one part said to be in place and the rest declined: partly_adopted (before:
    already_in_place)."""
    from kamerstuk.entities.stance_passage import settle_passage

    tier: list[tuple[StanceLabel, str]] = [("adopted", "aim"), ("already_in_place", ""), ("rejected", "")]
    assert settle_passage("adopted", tier, "delen", False) == "partly_adopted"
    assert settle_passage("adopted", tier[:2], "delen", False) == "already_in_place"


def test_round_35_a_share_inside_what_a_choice_would_mean() -> None:
    """ "… betekent dat de Staat afziet van een deel van wat …": a consequence explained, no part adopted (before:
    partly_adopted)."""
    assert (
        classify_stance(
            "Een kortere termijn betekent dat de Staat afziet van een deel van wat iemand had kunnen aflossen."
        ).label
        != "partly_adopted"
    )
    assert classify_stance("Het kabinet neemt een deel van het advies over.").label == "partly_adopted"


def test_round_35_what_is_written_in_the_rules_or_settled_or_started_already() -> None:
    """ "staat al in de wet", "is daarmee geregeld", "is … van start gegaan": in place (before: no stance)."""
    assert classify_stance("Een meldplicht staat al in de Arbowet.").label == "already_in_place"
    assert classify_stance("De zorg staat al onder druk.").label is None
    assert classify_stance("Het vaste aanspreekpunt waar de raad om vraagt, is daarmee geregeld.").label == (
        "already_in_place"
    )
    assert classify_stance("Daarmee is het probleem niet geregeld.").label is None
    assert classify_stance("De verkenning waar de raad om vraagt, is in maart van start gegaan.").label == (
        "already_in_place"
    )
    assert classify_stance("Het overleg is goed gegaan.").label is None


def test_round_35_a_response_that_comes_later_and_action_taken() -> None:
    """ "zal … met een reactie komen" (noted) and "hebben … actie ondernomen" (in place); before: no stance."""
    assert (
        classify_stance("Over twee maanden zal de minister met een reactie komen op het advies.").label
        == "noted"
    )
    assert classify_stance("De reactie van de sector komt in het voorjaar.").label is None
    assert (
        classify_stance("Op vrijwel alle aanbevelingen hebben de ministeries actie ondernomen.").label
        == "already_in_place"
    )
    assert classify_stance("Op deze aanbeveling is nog geen actie ondernomen.").label is None


def test_round_35_an_amount_of_our_own_beside_the_amount_declined_is_a_part() -> None:
    """ "Een termijn van tien jaar gaat mij te ver. Ik verleng de termijn wel van vijf naar zeven jaar.": the measure that
    sets an amount of our own reads as an adoption of kind "lesser", and beside the rejection the passage is
    partly_adopted (before: rejected)."""
    from kamerstuk.entities.stance_passage import agreement_kind, settle_passage

    text = "Ik verleng de termijn bij de volgende openstelling wel van vijf naar zeven jaar."
    stance = classify_stance(text)
    assert stance.label == "adopted"
    assert agreement_kind(stance, text) == "lesser"
    assert (
        settle_passage("rejected", [("rejected", ""), ("adopted", "lesser")], "te ver", False)
        == "partly_adopted"
    )
    # not negated, not asked of others, not a date
    assert classify_stance("Ik verhoog de bijdrage niet van 30 naar 40 procent.").label is None
    assert (
        classify_stance("Wel vraag ik de gemeenten de termijn te verkorten tot tien werkdagen.").label
        != "adopted"
    )
    assert classify_stance("De regeling verleng ik tot en met 2030.").label is None


def test_round_35_done_already_and_not_yet_done() -> None:
    """ "Aan deze aanbeveling is daarmee voldaan", "al in 2022 heeft gekozen voor", "De aanbeveling is inmiddels
    uitgevoerd": in place; "nog niet uitgevoerd" is not; our own proposal of an amount is a "lesser" act, one asked of
    others is none."""
    assert classify_stance("Aan deze aanbeveling is daarmee voldaan.").label == "already_in_place"
    assert (
        classify_stance(
            "Ik merk op dat het kabinet al in 2023 heeft gekozen voor een prioritering van de industrie."
        ).label
        == "already_in_place"
    )
    assert classify_stance("De aanbeveling is inmiddels uitgevoerd.").label == "already_in_place"
    assert classify_stance("De aanbeveling is nog niet uitgevoerd.").label != "already_in_place"
    assert classify_stance("De maatregel is nog niet ingevoerd.").label != "already_in_place"
    assert classify_stance("Het onderzoek is uitgevoerd door het Nivel.").label is None
    assert classify_stance("Ik stel daarom voor de norm te verlagen naar vier dagen.").label == "adopted"
    assert (
        classify_stance("Wel vraag ik de gemeenten de termijn te verkorten tot tien werkdagen.").label is None
    )


def test_round_35_a_detail_judged_too_much_and_a_liked_idea_taken_up_for_a_part() -> None:
    """ "Een termijn van vijf jaar acht ik te lang" rejects the amount (before: no stance); an idea liked beside a sentence
    adopting it for a part only is partly_adopted (before: adopted)."""
    from kamerstuk.entities.stance_passage import settle_passage

    assert classify_stance("Een termijn van vijf jaar acht ik echter te lang.").label == "rejected"
    assert classify_stance("Dat bedrag vind ik niet te hoog.").label is None
    assert classify_stance("Het risico is te groot.").label is None
    tier: list[tuple[StanceLabel, str]] = [("adopted", "liked"), ("rejected", ""), ("partly_adopted", "")]
    assert settle_passage("adopted", tier, "spreekt aan", True) == "partly_adopted"
    assert (
        settle_passage("adopted", [("adopted", "named"), ("partly_adopted", "")], "overnemen", True)
        == "adopted"
    )


def test_round_35_an_amount_kept_as_it_is() -> None:
    """ "Ik houd het bedrag daarom op 2.500 euro", "Het bedrag blijft daarom € 7.500", "een te grote inbreuk": a change
    declined (before: no stance); "Ik houd uw Kamer op de hoogte" and "blijft daarom open" are not."""
    assert classify_stance("Ik houd de bijdrage daarom op 1.500 euro.").label == "rejected"
    assert classify_stance("De vergoeding blijft daarom € 250 per jaar.").label == "rejected"
    assert (
        classify_stance("Een centraal register vind ik een te grote inbreuk op de privacy.").label
        == "rejected"
    )
    assert classify_stance("Ik houd uw Kamer op de hoogte.").label is None
    assert classify_stance("Het loket blijft daarom open.").label is None


def test_round_35_a_measure_of_ours_limited_to_some_cases_is_a_part() -> None:
    """ "Ik beperk het daarom tot …", "Het kabinet beperkt zich tot …", "Ik leg de plicht alleen vast voor …": partly
    (before: no stance); not negated, not another party's, not the particle of "voorstellen"."""
    assert classify_stance("Ik beperk de plicht daarom tot scholen met meer dan 500 leerlingen.").label == (
        "partly_adopted"
    )
    assert classify_stance("Het kabinet beperkt zich daarom tot de eigen diensten.").label == "partly_adopted"
    assert (
        classify_stance("Ik leg de meldplicht daarom alleen vast voor zware ongevallen.").label
        == "partly_adopted"
    )
    assert classify_stance("Ik beperk de uitgaven niet tot het minimum.").label is None
    assert classify_stance("Gemeenten beperken de subsidie tot kleine bedrijven.").label is None
    assert classify_stance("Ik stel alleen voor dat we verder praten.").label is None


def test_round_35_more_ways_to_decline_a_detail() -> None:
    """ "lijkt mij te zwaar", "kan ik niet toezeggen", "komt er niet", "blijft vrijwillig", "houd ik daar buiten" reject;
    "niet verder dan" limits (a part). Before: no stance."""
    assert classify_stance("Een plicht in alle gevallen lijkt mij echter te zwaar.").label == "rejected"
    assert classify_stance("Een looptijd van tien jaar kan ik echter niet toezeggen.").label == "rejected"
    assert classify_stance("Ik kan niet garanderen dat het lukt.").label is None
    assert classify_stance("Een afdwingbaar recht op een plek komt er niet.").label == "rejected"
    # (round 48: "komt er" alone says what is asked will exist, an adoption; before, no stance)
    assert classify_stance("Het loket komt er.").label == "adopted"
    assert classify_stance("Het tweede gesprek blijft voor hen vrijwillig.").label == "rejected"
    assert classify_stance("De middelen voor de eilanden houd ik daar buiten.").label == "rejected"
    assert classify_stance("Ik ga daarom niet verder dan cijfers per regio.").label == "partly_adopted"


ANSWERED_BY_AN_ACT_LETTER = """Geachte voorzitter,

Op 3 februari 2027 heeft de Onderwijsraad het advies «Oefenen zonder kosten» uitgebracht.

De raad beveelt aan om scholen te verbieden leerlingen naar betaalde examentrainingen te verwijzen. Daarnaast adviseert de raad om gratis oefenexamens beschikbaar te stellen.

Ik zal het Eindexamenbesluit zo wijzigen dat scholen leerlingen niet langer naar een betaalde aanbieder mogen verwijzen. Het ontwerpbesluit wordt in het najaar van 2027 in internetconsultatie gebracht.

Gratis oefenexamens zijn er al: het College voor Toetsen en Examens publiceert sinds 2020 alle examens van de afgelopen tien jaar.

Ik dank de raad voor zijn advies.

De Minister van Onderwijs, Cultuur en Wetenschap,

L. Bakker
"""


def test_round_35_an_answer_by_an_act_of_ours_alone_adopts() -> None:
    """A recommendation answered only by an act we promise ("Ik zal het Eindexamenbesluit zo wijzigen dat …"), with no
    stance word: adopted in the rules' reading (before: no stance); a passage with a stance keeps its own."""
    from kamerstuk.pipeline import load_pipeline

    rules = load_pipeline(rules_only=True)
    letter = kamerstuk.parse_text(ANSWERED_BY_AN_ACT_LETTER, name="examentraining.md", pipeline=rules)
    assert [r.stance for r in letter.recommendations] == ["adopted", "already_in_place"]
    assert letter.recommendations[0].stance_evidence is not None
    assert letter.recommendations[0].stance_evidence.startswith("Ik zal het Eindexamenbesluit")


def test_round_35_more_ways_to_leave_the_decision_for_later_or_to_others() -> None:
    """ "Pas daarna neem ik een standpunt in", "Pas als …, neem ik een besluit", "Ik wil eerst weten …", "aan haar
    voorgelegd", "Het is aan hen om …", "Het is niet aan de regering …", "ben ik met … in gesprek": noted (before: no
    stance)."""
    for text in (
        "Pas daarna neem ik een standpunt in.",
        "Pas als de evaluatie klaar is, neem ik een besluit.",
        "Ik wil eerst weten hoe de scholen hierover denken.",
        "Ik heb de aanbeveling daarom aan hem voorgelegd.",
        "Het is aan hen om te bepalen of zij meedoen.",
        "Het is niet aan de regering daarover een oordeel te geven.",
        "Over de contracten ben ik met de provincies in gesprek.",
    ):
        assert classify_stance(text).label == "noted", text
    assert classify_stance("Als de evaluatie klaar is, neem ik een besluit.").label is None
    assert classify_stance("Het geld is aan gemeenten uitgekeerd.").label is None
    assert classify_stance("Ik ben niet met de provincies in gesprek.").label is None


def test_round_35_a_positive_reply_a_right_request_and_meeting_it() -> None:
    """ "kan ik positief antwoorden", "acht ik terecht", "Dit is een terechte aanbeveling", "Aan deze aanbeveling kom ik
    tegemoet" adopt ("slechts ten dele" makes it a part); the raad's "terecht" and others' replies do not."""
    assert classify_stance("Op de tweede aanbeveling kan ik positief antwoorden.").label == "adopted"
    assert classify_stance("Het verbod waar de raad om vraagt, acht ik terecht.").label == "adopted"
    assert classify_stance("Dit is een terechte aanbeveling.").label == "adopted"
    assert classify_stance("Aan deze aanbeveling kom ik tegemoet.").label == "adopted"
    assert (
        classify_stance("Aan de tweede aanbeveling kan ik slechts ten dele tegemoetkomen.").label
        == "partly_adopted"
    )
    assert classify_stance("De raad stelt terecht dat de kosten stijgen.").label is None
    assert classify_stance("De sector heeft positief gereageerd op de plannen.").label is None
    assert classify_stance("Ik kan niet positief reageren op dit voorstel.").label is None
    assert classify_stance("De tweede aanbeveling raakt aan een terecht punt.").label is None


def test_round_35_a_step_of_ours_and_its_limit_after_but() -> None:
    """ "Ik ben bereid bij te dragen, maar alleen voor …", "… een goed idee, maar niet in de omvang die …", "… geen erfrecht
    te geven, maar wel …", "Ik laat de meting alleen uitvoeren bij …": a part (before: no stance); not after
    understanding or a remark, not "niet alleen …, maar ook", not another body's judgement."""
    for text in (
        "Ik ben bereid hieraan bij te dragen, maar alleen voor kleine evenementen.",
        "Het kabinet vindt deze laadpunten een goed idee, maar niet in de omvang die de raad voorstelt.",
        "Het kabinet kiest ervoor de partner geen erfrecht te geven, maar wel het recht om in de woning te blijven.",
        "Ik laat die meting daarom alleen uitvoeren bij projecten boven een miljoen euro.",
        "De minister stelt daarom alleen voor meerdaagse reizen een maximum voor.",
    ):
        assert classify_stance(text).label == "partly_adopted", text
    for text in (
        "Ik begrijp de wens, maar niet de oplossing.",
        "Ik wil niet alleen de kosten, maar ook de baten kennen.",
        "De raad vindt het zinvol, maar niet voor iedereen.",
        "Ik merk op dat de cijfers al in het jaarverslag staan, maar niet per regio.",
    ):
        assert classify_stance(text).label != "partly_adopted", text


def test_round_36_a_half_of_the_recommendation_is_a_part() -> None:
    """ "De eerste helft van deze aanbeveling neem ik over" (before: adopted)."""
    assert classify_stance("De eerste helft van de aanbeveling neem ik over.").label == "partly_adopted"
    assert classify_stance("De aanbeveling neem ik over.").label == "adopted"


def test_round_36_a_fronted_choice_declined() -> None:
    """ "Voor een vaste vergoeding kies ik niet" (before: no stance); not a time fronted, nor a choice made."""
    assert (
        classify_stance("Voor een jaarlijkse keuring kies ik niet, omdat die te duur is.").label == "rejected"
    )
    assert classify_stance("Voor die route kiest het kabinet niet.").label == "rejected"
    assert classify_stance("Voor de zomer kies ik een aanpak.").label is None


def test_round_36_staying_with_a_position_declines_the_change() -> None:
    """ "Ik blijf bij de lijn dat …", "Het kabinet blijft bij zijn standpunt" (before: no stance for the first)."""
    assert classify_stance("Ik blijf daarom bij de lijn dat de tarieven vrij zijn.").label == "rejected"
    assert classify_stance("Het kabinet blijft bij zijn keuze.").label == "rejected"
    assert classify_stance("Ik blijf bij de uitvoering betrokken.").label is None


def test_round_36_what_a_new_measure_is_compared_with_is_not_in_place() -> None:
    """ "…, vergelijkbaar met de eis die nu al geldt voor …" (before: already_in_place)."""
    text = (
        "Ik stel een opleidingseis in voor beheerders, vergelijkbaar met de eis die nu al geldt voor asielen."
    )
    assert classify_stance(text).label != "already_in_place"
    assert classify_stance("Voor beheerders geldt die eis nu al.").label == "already_in_place"


def test_round_36_mapping_what_a_step_takes_defers_the_decision() -> None:
    """ "Ik breng in kaart wat … vraagt" (before: no stance, the answer read as adopted); not mapping as part of an
    act, nor another body's mapping."""
    assert (
        classify_stance("Samen met de gemeenten breng ik in kaart wat een landelijke pas kost.").label
        == "noted"
    )
    assert classify_stance("Ik laat in kaart brengen hoe vaak dat voorkomt.").label == "noted"
    assert classify_stance("Ik breng de knelpunten in kaart en los ze op.").label is None
    assert classify_stance("De raad brengt in kaart hoe gemeenten werken.").label is None


def test_round_36_an_act_declined_with_its_purpose_pointed_back_at() -> None:
    """ "Een apart register zet ik daarvoor niet op" (before: no stance); not an effort declined by subject first."""
    assert classify_stance("Een landelijk meldpunt zet ik daarvoor niet op.").label == "rejected"
    assert classify_stance("Een eigen database richt ik hiervoor niet in.").label == "rejected"
    assert classify_stance("Ik zet daarvoor niet genoeg mensen in.").label is None


def test_round_37_a_reservation_is_settled_by_what_follows() -> None:
    """ "Over aanbeveling 4 ben ik minder stellig" (before: no stance): a part alone or beside a concession, a no
    beside a rejection, noted beside a deferral."""
    reservation = "Over de vierde aanbeveling ben ik minder stellig."
    assert classify_stance(reservation).label == "partly_adopted"
    assert (
        classify_stance("Wat de tweede aanbeveling betreft, ben ik terughoudender.").label == "partly_adopted"
    )
    assert classify_stance("Bij de derde aanbeveling heb ik enkele kanttekeningen.").label == "partly_adopted"
    assert classify_stance("Ik ben minder positief over de derde aanbeveling.").label == "partly_adopted"
    concession = " Een aparte paragraaf maakt het verslag te lang. Wel neem ik vanaf 2027 een schatting op in de bijlage."
    assert classify_stance(reservation + concession).label == "partly_adopted"
    deferral = " Ik wil eerst de uitkomst van de evaluatie afwachten."
    assert classify_stance(reservation + deferral).label == "noted"
    rejection = " Een vast aandeel van het budget acht ik niet zinvol."
    assert classify_stance(reservation + rejection).label == "rejected"
    assert classify_stance("De uitkomst is minder positief dan verwacht.").label is None
    assert classify_stance("Het kabinet is terughoudender dan vorig jaar met uitgaven.").label is None


def test_round_37_a_fact_judged_bad_agrees_with_the_report() -> None:
    """ "Dat partners in een aantal gemeenten niet welkom zijn, vind ik onwenselijk" (before: rejected); a proposal
    judged so still rejects."""
    assert (
        classify_stance("Dat ouders in sommige gemeenten geen vergoeding krijgen, vind ik onwenselijk.").label
        == "adopted"
    )
    assert (
        classify_stance("Dat iedere gemeente een eigen loket moet openen, vind ik onwenselijk.").label
        == "rejected"
    )
    assert classify_stance("Een verplicht loket vind ik onwenselijk.").label == "rejected"


def test_round_37_the_content_of_a_rule_laid_down_takes_no_stance() -> None:
    """ "… leg ik vast dat iedere deelnemer twee gasten mag meenemen" (before: noted, from "meenemen")."""
    assert (
        classify_stance("In de regeling leg ik vast dat iedere deelnemer twee gasten mag meenemen.").label
        is None
    )
    assert classify_stance("Deze aanbeveling neem ik mee in de uitwerking.").label == "noted"


def test_round_37_what_exists_after_a_but_is_in_place() -> None:
    """ "Met de tweede aanbeveling ben ik het eens, maar ik wijs erop dat RVO sinds de start … nagaat of …" (before:
    adopted); without the "maar" the agreement stands."""
    text = (
        "Met de tweede aanbeveling ben ik het eens, maar ik wijs erop dat de dienst sinds de start van de regeling "
        "bij één op de twintig aanvragen nagaat of het advies is gegeven."
    )
    assert classify_stance(text).label == "already_in_place"
    assert (
        classify_stance("Sinds 2024 werk ik aan dit doel en ik neem de aanbeveling over.").label == "adopted"
    )


def test_round_38_a_fronted_agreement_may_be_followed_by_its_scope() -> None:
    """ "Met de tweede aanbeveling stemt het kabinet in voor de kustprovincies" (before: no stance); "voert in
    dezelfde steden een programma uit" introduces nothing (before: adopted, from "invoeren")."""
    assert (
        classify_stance("Met de tweede aanbeveling stemt het kabinet in voor de drie kustprovincies.").label
        == "adopted"
    )
    assert classify_stance("Met de tweede aanbeveling stemt het kabinet in.").label == "adopted"
    assert (
        classify_stance(
            "Een stichting voert in dezelfde wijken een taalprogramma uit waaraan het Rijk meebetaalt."
        ).label
        is None
    )


def test_round_38_going_further_than_what_exists_declined_is_a_rejection() -> None:
    """What exists named, then "Ik zie daarom geen aanleiding om verder te gaan" (before: already_in_place): the rest
    of the recommendation is declined; a rejection saying only that no new measure is needed stays in place."""
    exists = "Wat de tweede aanbeveling betreft, merk ik op dat reclame op scholen sinds 2021 alleen nog is toegestaan bij open dagen."
    beyond = (
        exists
        + " Een volledig verbod zou vooral kleine scholen treffen. Ik zie daarom nu geen aanleiding om verder te gaan."
    )
    got = classify_stance(beyond)
    assert got.label == "rejected"
    assert got.evidence is not None and "aanleiding" in got.evidence
    assert classify_stance(exists).label == "already_in_place"
    no_new = "Ik zie geen aanleiding voor een nieuwe regeling. Hier wordt al aan voldaan."
    assert classify_stance(no_new).label == "already_in_place"


def test_round_38_agreement_as_far_as_a_part_goes_either_order() -> None:
    """ "… ben ik het eens wat betreft pompen voor voeding" (before: adopted) as "wat de hulp … betreft"."""
    assert (
        classify_stance("Met de vierde aanbeveling ben ik het eens wat betreft de grote ziekenhuizen.").label
        == "partly_adopted"
    )
    assert (
        classify_stance(
            "Met de tweede aanbeveling ben ik het eens wat de hulp bij het zoeken naar werk betreft."
        ).label
        == "partly_adopted"
    )
    assert classify_stance("Met de vierde aanbeveling ben ik het eens.").label == "adopted"


def test_round_38_what_stays_where_it_is_now_is_declined() -> None:
    """ "In het programma blijft de winning daarom binnen de huidige strook" (before: no stance); a problem that stays
    takes none."""
    assert (
        classify_stance("In het nieuwe programma blijft de visvangst daarom binnen de huidige zone.").label
        == "rejected"
    )
    assert classify_stance("De norm blijft op het huidige niveau.").label == "rejected"
    assert classify_stance("Het risico blijft binnen de huidige grenzen.").label is None


def test_round_38_a_choice_made_later_is_noted() -> None:
    """ "Ik maak die keuze in het Deltaprogramma 2029" (before: no stance, the pipeline read our act as adopted); a
    choice made now is no deferral."""
    assert (
        classify_stance("Ik maak die keuze in het Waterprogramma 2029 en betrek daarbij de gemeenten.").label
        == "noted"
    )
    assert classify_stance("Ik maak de keuze om de regeling te verlengen.").label is None
    assert classify_stance("In 2021 heb ik die keuze gemaakt.").label is None


def test_round_38_a_remark_on_the_recommendation_is_a_reservation() -> None:
    """ "Bij de vijfde aanbeveling teken ik aan dat …" then a variant chosen (before: adopted): a part."""
    remark = "Bij de vijfde aanbeveling teken ik aan dat een jaarlijkse rapportage een zware last legt op de posten."
    assert classify_stance(remark).label == "partly_adopted"
    variant = " Ik kies daarom voor een rapportage eens in de twee jaar over de tien grootste organisaties."
    assert classify_stance(remark + variant).label == "partly_adopted"
    assert classify_stance("Ik teken hierbij aan dat de cijfers voorlopig zijn.").label is None


def test_round_38_a_study_conceded_grants_no_part() -> None:
    """ "Wel laat ik de gevolgen van varianten doorrekenen" (before: adopted, a concession): a study leaves the
    decision open; a measure conceded is still a part."""
    assert classify_stance("Wel laat ik in 2023 de gevolgen van drie varianten doorrekenen.").label is None
    assert classify_stance("Wel laat ik onderzoeken of een register mogelijk is.").label == "noted"
    assert classify_stance("Wel verhoog ik het bedrag naar 8.000 euro.").label == "adopted"


def test_round_38_others_choose_and_a_good_thought() -> None:
    """ "Een reiziger die lang wacht, kiest de volgende keer voor de auto" is no choice of ours (before: adopted); "X
    vind ik een goede gedachte" agrees (before: no stance); "… blijven daarom uitsluitend op werkdagen open" keeps what
    is (before: no stance)."""
    assert classify_stance("Een reiziger die lang wacht, kiest de volgende keer voor de auto.").label is None
    assert classify_stance("De regering kiest voor een vrijwillige regeling.").label == "adopted"
    assert classify_stance("Eén loket voor het hele land vind ik een goede gedachte.").label == "adopted"
    assert (
        classify_stance("De aanmeldpunten blijven daarom uitsluitend op werkdagen open.").label == "rejected"
    )
    assert classify_stance("De aanmeldpunten blijven uitsluitend op werkdagen open.").label is None


def test_round_38_already_stretched_is_nothing_in_place() -> None:
    """ "De politie heeft in de zomermaanden al weinig ruimte voor …" (before: already_in_place): a strain, no measure."""
    assert (
        classify_stance("De politie heeft in de zomermaanden al weinig ruimte voor extra taken.").label
        is None
    )
    assert classify_stance("Een meldpunt bestaat al.").label == "already_in_place"


def test_round_39_so_soon_called_premature_is_nothing_in_place() -> None:
    """ "Het programma nu al terugbrengen … vind ik voorbarig, omdat de projecten pas in 2024 zijn gestart": "nu al" is
    "so soon" and "pas in 2024 gestart" is a reason (before: already_in_place twice over)."""
    text = (
        "Het programma nu al terugbrengen tot één provincie vind ik echter voorbarig, omdat de projecten in Drenthe "
        "pas in 2024 zijn gestart."
    )
    assert classify_stance(text).label != "already_in_place"
    assert classify_stance("Het is te vroeg om de regeling nu al te schrappen.").label != "already_in_place"
    assert classify_stance("De regeling wordt nu al toegepast.").label == "already_in_place"
    assert classify_stance(
        "De IND heeft in juni 2026 een apart team ingericht voor de oudste zaken."
    ).label == ("already_in_place")


def test_round_39_most_cases_counted_in_an_argument_is_no_hedge() -> None:
    """ "in de meeste dossiers voegt het horen weinig toe" argues; it does not take over most of the advice (before:
    partly_adopted beside a plain rejection)."""
    text = (
        "Een hoorzitting in alle zaken maakt de termijn onhaalbaar, en in de meeste dossiers voegt het horen weinig "
        "toe. Een verplichting om altijd te horen voer ik daarom niet in."
    )
    assert classify_stance(text).label == "rejected"
    assert classify_stance("De meeste aanbevelingen neem ik over.").label == "partly_adopted"
    assert classify_stance("In de meeste gevallen neem ik de aanbeveling over.").label == "partly_adopted"


def test_round_39_not_deviating_from_the_advice_follows_it() -> None:
    """ "Het kabinet besluit niet af te wijken van het advies" follows it (before: rejected, the "niet" left unread);
    "wijkt af van het advies" still declines it."""
    assert (
        classify_stance("Het kabinet besluit niet af te wijken van het advies van het OMT.").label
        == "adopted"
    )
    assert classify_stance("Ik wijk niet af van de aanbeveling.").label == "adopted"
    assert classify_stance("Het kabinet wijkt op dit punt af van het advies.").label == "rejected"


def test_round_39_holding_on_with_a_te_infinitive_declines() -> None:
    """ "wenst het kabinet vast te houden aan het huidige beleid" keeps what is, like "houdt vast aan" (before: none)."""
    assert classify_stance("Het kabinet wenst vast te houden aan het huidige beleid.").label == "rejected"
    assert classify_stance("Het kabinet houdt vast aan het huidige beleid.").label == "rejected"


def test_round_39_regarded_as_support_for_the_policy_in_force() -> None:
    """ "Het advies wordt beschouwd als steun voor het kernwapenbeleid" reads like "ziet … als steun voor het ingezette
    beleid": already in place (a real kabinetsreactie's form; before: none)."""
    assert classify_stance("Het kabinet beschouwt het advies als steun voor het huidige beleid.").label == (
        "already_in_place"
    )
    assert (
        classify_stance("Het advies wordt beschouwd als steun voor het defensiebeleid.").label
        == "already_in_place"
    )
    assert classify_stance("Ik beschouw dit als een belangrijk signaal.").label is None


def test_round_39_what_a_finding_shows_in_place_stands() -> None:
    """ "Uit de verkenning blijkt dat 87 procent van de ziekenhuizen dat al doet" is in place, whoever found it (before:
    the frame hid it, and "Extra maatregelen zijn niet nodig" beside it made a rejection); reported speech still hides
    a verdict ("Uit het rapport blijkt dat het kabinet de aanbeveling niet overneemt")."""
    text = (
        "Uit de verkenning blijkt dat 87 procent van de ziekenhuizen dat al doet. Extra maatregelen van mijn kant zijn "
        "hier niet nodig."
    )
    assert classify_stance(text).label == "already_in_place"
    assert (
        classify_stance("Uit het rapport blijkt dat het kabinet de aanbeveling niet overneemt.").label is None
    )
    assert classify_stance("De raad constateert dat gemeenten dit al doen.").label is None


def test_round_40_komt_er_with_a_time_adverb_before_niet_rejects() -> None:
    """ "Een apart meldpunt komt er op dit moment niet" declines the measure like "komt er niet" (before: no stance);
    only adverbs may stand between "er" and "niet"."""
    assert classify_stance("Een apart landelijk meldpunt komt er op dit moment niet.").label == "rejected"
    assert classify_stance("Een tweede loket komt er voorlopig niet.").label == "rejected"
    assert classify_stance("Een apart meldpunt komt er niet.").label == "rejected"
    assert classify_stance("Of er een meldpunt komt, weet ik nog niet.").label != "rejected"


def test_round_40_hard_to_enforce_declines_the_measure() -> None:
    """ "Een helmplicht voor kinderen is lastig te handhaven" declines it, as "niet te handhaven" does (before: no
    stance); "Dat is lastig te zeggen" judges nothing."""
    assert (
        classify_stance("Een helmplicht voor kinderen in de bak is lastig te handhaven.").label == "rejected"
    )
    assert classify_stance("Een register per gemeente is moeilijk uit te voeren.").label == "rejected"
    assert classify_stance("Dat is lastig te zeggen.").label is None


def test_round_41_kept_as_it_is_regardless_of_what_was_asked_rejects() -> None:
    """ "Het Rijk blijft de bijdrage daarom per halte uitkeren, ongeacht het tempo" keeps the practice whatever the
    report tied it to (before: no stance); without "daarom" it is a description."""
    assert (
        classify_stance(
            "Het Rijk blijft de bijdrage daarom per aangepaste halte uitkeren, ongeacht het tempo."
        ).label
        == "rejected"
    )
    assert (
        classify_stance("Het Rijk blijft de bijdrage per halte uitkeren, ongeacht het tempo.").label is None
    )


def test_round_41_a_plan_declined_not_in_full_is_a_part() -> None:
    """ "Ik ga de huur niet volledig vergoeden" declines the act in full only: partly_adopted (before: no stance, the
    negation taken by the hedge); "niet vergoeden" alone rejects."""
    assert classify_stance("Ik ga de huur van het slot niet volledig vergoeden.").label == "partly_adopted"
    assert classify_stance("Ik zal de kosten niet helemaal dragen.").label == "partly_adopted"
    assert classify_stance("Ik ga de huur niet vergoeden.").label == "rejected"


def test_round_41_a_distinction_made_on_a_recommendation_is_a_part() -> None:
    """ "Bij de tweede aanbeveling maak ik onderscheid" takes a part and not the rest (before: no stance); no
    recommendation named, or "geen onderscheid", says nothing on one."""
    assert classify_stance("Bij de tweede aanbeveling maak ik onderscheid.").label == "partly_adopted"
    assert (
        classify_stance(
            "Het kabinet maakt bij dit advies een onderscheid tussen grote en kleine gemeenten."
        ).label
        == "partly_adopted"
    )
    assert classify_stance("Bij deze aanbeveling maak ik geen onderscheid tussen gemeenten.").label is None
    assert (
        classify_stance(
            "Bij de uitvoering maakt het kabinet onderscheid tussen grote en kleine gemeenten."
        ).label
        is None
    )


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # not minded to change what was asked
        ("Het kabinet is niet van zins de wet op dit punt aan te passen.", "rejected"),
        ("De minister liet weten dat zij niet van zins was iets aan het voorstel te veranderen.", "rejected"),
        ("Ik ben van zins dit te doen.", None),
        # too early to say: the answer deferred (a step called too early is read elsewhere)
        ("Het is te vroeg om nu al iets te zeggen over de reactie van het kabinet.", "noted"),
        ("Het is nog te vroeg om over deze aanbeveling te oordelen.", "noted"),
        ("Het is te vroeg om de regeling nu al in te voeren.", None),
        # not going into it yet
        ("De minister wil nog niet ingaan op de kritiek van de raad.", "noted"),
        ("Ik ga hieronder in op de aanbevelingen.", None),
        # a compound on the advice, not deviated from
        ("Het kabinet heeft besloten niet van het OMT-advies af te wijken.", "adopted"),
        ("Het kabinet wijkt op dit punt af van het RIVM-advies.", "rejected"),
        # a preposition inside the advice's om-clause is no particle of "volgen"
        (
            "Het kabinet volgt het advies van de raad om de kortingen op cultuur uit te smeren niet.",
            "rejected",
        ),
        # "naar het oordeel van" is an opinion, no standpoint still to come
        (
            "Naar het oordeel van het kabinet gaat van de huidige regels al een afschrikwekkende werking uit.",
            None,
        ),
    ],
)
def test_round_41_forms_of_real_reactions(text: str, label: str | None) -> None:
    """Forms read from real reactions and press reports on them (round 41), in our own words."""
    assert classify_stance(text).label == label


def test_round_41_holdout195_forms() -> None:
    """A contrast clause after a rejection ("…, terwijl de installateurs de kast al moeten controleren") argues it, no
    measure in place (before: already_in_place); "blijft daarom per land beoordelen" keeps case by case, declining a
    general rule (before: noted); "Ik neem deze aanbeveling niet over: gemeenten doen dit al." stays in place."""
    assert (
        classify_stance(
            "Ik kies daar niet voor: een verplichte keuring kost de eigenaar € 250 extra, terwijl de installateurs de "
            "kast bij de plaatsing al moeten controleren."
        ).label
        == "rejected"
    )
    assert (
        classify_stance("Ik neem deze aanbeveling niet over: gemeenten doen dit al.").label
        == "already_in_place"
    )
    assert (
        classify_stance("Het kabinet blijft daarom per land beoordelen of een verdrag mogelijk is.").label
        == "rejected"
    )
    assert (
        classify_stance("Het kabinet blijft per geval beoordelen of een verdrag mogelijk is.").label
        != "rejected"
    )


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a change the government cannot make: rejected; worked for as far as it can ("Wel zet ik mij in …"): a part
        (
            "Die termijn kan het kabinet niet aanpassen, omdat een Europese richtlijn haar vastlegt.",
            "rejected",
        ),
        (
            "De indeling van zuivelresten volgt uit Europese regels en kan ik niet op eigen gezag wijzigen. Wel zet ik "
            "mij in Brussel in voor een lichtere indeling van resten die binnen het land blijven.",
            "partly_adopted",
        ),
        # "Dat kan ik niet beoordelen" declines no act of change
        ("Of dat lukt, kan ik nu niet beoordelen.", "noted"),
        # "op eigen gezag" is a prepositional phrase, no particle of "opvolgen"
        ("Die regel volgt uit de wet en kan ik niet op eigen gezag veranderen.", "rejected"),
        # no money for what is asked: rejected (before: the funding read as a part adopted)
        ("Ik stel daarvoor dan ook geen middelen beschikbaar.", "rejected"),
        ("Hiervoor maakt het kabinet geen middelen vrij.", "rejected"),
        ("Ik stel daarvoor vanaf 2027 € 2 miljoen beschikbaar.", "adopted"),
    ],
)
def test_round_42_holdout196_forms(text: str, label: str | None) -> None:
    """Forms of the blind split holdout196 (round 42), in our own words."""
    assert classify_stance(text).label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # done already, in the first person (before: adopted)
        ("De eerste aanbeveling van de evaluatoren voer ik al uit.", "already_in_place"),
        ("Deze aanbeveling voer ik uit.", "adopted"),
        # "al vanaf" a moment to come: nothing in place yet
        ("Het kabinet voert deze aanbeveling al vanaf 1 juli 2027 uit.", "adopted"),
    ],
)
def test_round_42_holdout197_forms(text: str, label: str | None) -> None:
    """Forms of the blind split holdout197 (round 42), in our own words."""
    assert classify_stance(text).label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # "niet aan de orde" with a copula rejects (before: no stance)
        ("Een hogere heffing op kerosine is in deze kabinetsperiode dan ook niet aan de orde.", "rejected"),
        ("Een landelijke verplichting is voor mij op dit moment niet aan de orde.", "rejected"),
        # (what a letter leaves out is no verdict)
        ("De financiering komt in deze brief niet aan de orde.", None),
        # the limit after "maar" of our step, though its relative clause names the report (before: adopted)
        (
            "Een uitbreiding van het aantal rechercheurs onderschrijft het kabinet, maar niet in de omvang die de "
            "inspectie noemt.",
            "partly_adopted",
        ),
        (
            "Het kabinet steunt de nieuwe aanpak, maar alleen voor de regio's die de raad noemt.",
            "partly_adopted",
        ),
        ("Het kabinet onderschrijft de uitbreiding van het aantal rechercheurs.", "adopted"),
    ],
)
def test_round_43_holdout199_and_holdout200_forms(text: str, label: str | None) -> None:
    """Forms of the blind splits holdout199 and holdout200 (round 43), in our own words."""
    assert classify_stance(text).label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # not persuaded of the proposal rejects it (before: no stance)
        (
            "Het kabinet is er echter niet van overtuigd dat een apart fonds daarvoor de juiste weg is.",
            "rejected",
        ),
        ("Ik ben niet overtuigd van de meerwaarde van een landelijk register.", "rejected"),
        # (a doubt still open is no rejection)
        ("Ik ben er nog niet van overtuigd dat de baten opwegen tegen de kosten.", None),
        # "past daar niet bij": what it does not fit named before, the adverb split from "bij" (before: no stance)
        ("Een vast aantal lesuren in de kerndoelen past daar niet bij.", "rejected"),
        ("Een landelijke norm past hier niet bij.", "rejected"),
        ("Een landelijke norm past daar niet alleen bij.", None),
    ],
)
def test_round_44_holdout201_and_holdout202_forms(text: str, label: str | None) -> None:
    """Forms of the blind splits holdout201 and holdout202 (round 44), in our own words."""
    assert classify_stance(text).label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a body asked for, not set up (before: no stance)
        ("Het kabinet richt daarom geen apart fonds voor poolonderzoek op.", "rejected"),
        ("Ik richt in 2027 een landelijk meldpunt op.", "adopted"),
        # ("richt zich op": an aim; an advice to set one up is the report's)
        ("Het kabinet richt zich daarbij vooral op preventie.", None),
        ("De raad adviseert een landelijk meldpunt op te richten.", None),
        # a perfect with a past date inside a comma'd relative clause is the occasion, not a measure in place
        (
            "Bij de nieuwe aanbesteding, waarover de gesprekken in maart zijn begonnen, leg ik de eisen vooraf vast.",
            None,
        ),
        ("De IND heeft in juni 2026 een apart team ingericht voor de oudste zaken.", "already_in_place"),
        # Parliament's choice after a fronted phrase is no stance of ours (before: partly adopted, "alleen" a restriction)
        (
            "Bij de behandeling van het wetsvoorstel heeft uw Kamer bewust gekozen voor een grens die alleen de "
            "grootste schulden raakt.",
            None,
        ),
        ("Bij de uitwerking kies ik ervoor om alleen de grootste gemeenten te betrekken.", "partly_adopted"),
        # (a right of another body in place since a year still answers)
        (
            "Ouders hebben al een stem: sinds de wijziging van de wet in 2024 heeft de raad instemmingsrecht op het "
            "kantinebeleid.",
            "already_in_place",
        ),
    ],
)
def test_round_45_holdout207_and_holdout208_forms(text: str, label: str | None) -> None:
    """Forms of the blind splits holdout207 and holdout208 (round 45), in our own words."""
    assert classify_stance(text).label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a part left out of the scheme it would belong to (round 48)
        ("Een hogere bijdrage voor kleine verenigingen neem ik daarin niet op.", "rejected"),
        ("Een aparte toeslag neem ik niet op.", "rejected"),
        ("Deze aanbeveling neem ik niet over.", "rejected"),
    ],
)
def test_round_48_what_is_not_included_is_declined(text: str, label: str) -> None:
    assert classify_stance(text).label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # what exists, with "er" before "al" (round 48)
        ("Een landelijke helpdesk is er al.", "already_in_place"),
        ("Zulke convenanten zijn er al in negen provincies.", "already_in_place"),
        ("Of er al een helpdesk is, kan ik niet zeggen.", None),
        # a practice since a date past, with "laat": in place, not a plan or a deferral
        ("Sinds 2025 laat ik de resultaten elk jaar beoordelen door een extern bureau.", "already_in_place"),
        ("Sinds 2025 laat ik de cijfers jaarlijks controleren.", "already_in_place"),
        ("Ik laat de resultaten beoordelen door een extern bureau.", "noted"),
        ("Sinds de zomer laat ik onderzoeken of een helpdesk nodig is.", "noted"),
    ],
)
def test_round_48_what_exists_and_a_practice_since_a_date(text: str, label: str | None) -> None:
    assert classify_stance(text).label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # what is asked will exist, said with its subject first (round 48)
        ("Een jaarlijkse telling in de proefgebieden komt er.", "adopted"),
        ("Zo'n register komt er ook.", "adopted"),
        ("Een register komt er niet.", "rejected"),
        ("Of er een register komt, is nog onzeker.", None),
        # a right held already
        (
            "Ouders hebben via de medezeggenschapsraad al instemmingsrecht op het schoolplan.",
            "already_in_place",
        ),
    ],
)
def test_round_48_what_will_exist_and_a_right_held(text: str, label: str | None) -> None:
    assert classify_stance(text).label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # requirements of ours not set (round 48)
        ("Ik stel daarom geen landelijke eisen.", "rejected"),
        ("Het kabinet stelt geen maximum aan het aantal vergunningen.", "rejected"),
        ("Ik stel vast dat er geen eisen gelden.", None),
        ("Ik stel geen vragen over de eisen.", None),
    ],
)
def test_round_48_requirements_not_set(text: str, label: str | None) -> None:
    assert classify_stance(text).label == label


def test_round_49_a_liking_then_such_a_thing_declined_is_rejected() -> None:
    """ "Een apart budget … spreekt mij aan" then "Ik ga zo'n budget daarom niet invoeren": the thing proposed declined
    as a whole, the liking is sympathy (before round 49 the passage read as partly adopted); "zulke" before "maar" in
    an agreement declines no such thing."""
    from kamerstuk.entities.stance_passage import agreement_kind, settle_passage

    declined = "Ik ga zo'n budget daarom niet invoeren."
    stance = classify_stance(declined)
    assert stance.label == "rejected"
    assert agreement_kind(stance, declined) == "such"
    assert settle_passage("rejected", [("adopted", "liked"), ("rejected", "such")], stance.cue) == "rejected"
    assert (
        settle_passage("rejected", [("adopted", "liked"), ("rejected", "")], stance.cue) == "partly_adopted"
    )
    agreed = "Ik onderschrijf het belang van zulke afspraken, maar een afspraak met iedere werkgever is niet haalbaar."
    assert agreement_kind(classify_stance(agreed), agreed) != "such"


def test_round_49_a_duty_not_imposed_is_declined() -> None:
    """ "Ik leg daarom geen nieuwe wettelijke plicht op" rejects (before round 49 it had no stance); "Ik leg geen verband
    …" declines nothing."""
    assert classify_stance("Ik leg daarom geen nieuwe wettelijke plicht op.").label == "rejected"
    assert classify_stance("Het kabinet legt geen meldplicht op.").label == "rejected"
    assert classify_stance("Ik leg geen verband tussen beide ontwikkelingen.").label is None


def test_round_49_a_share_of_a_thing_is_no_part_of_the_advice() -> None:
    """ "een deel van de subsidie" inside the measure adopted is a share of a thing, not of the advice (before round 49
    it made the adoption partial); "een deel van het advies" still is one."""
    assert (
        classify_stance(
            "Aanbeveling 1 volg ik: vanaf 2028 wordt een deel van de subsidie pas uitbetaald als de aansluiting is gebruikt."
        ).label
        == "adopted"
    )
    assert classify_stance("Het kabinet neemt een deel van het advies over.").label == "partly_adopted"
    assert classify_stance("Ik neem een deel van wat de raad vraagt over.").label == "partly_adopted"


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # keeping to what is, the idiom "het … bij"
        ("Ik houd het daarom bij de bestaande controle op de kaden.", "rejected"),
        # … not keeping track of figures
        ("Ik houd de huidige wachttijden per maand bij.", None),
        # "handhaaf" with its subject and an adverb between it and "huidige"
        ("Voor de Waddeneilanden handhaaf ik daarom de huidige dienstregeling.", "rejected"),
        # a service's perfect running past a phrase set off by commas
        (
            "Het CAK heeft dat meldpunt in maart 2026, vooruitlopend op het rapport, ingericht.",
            "already_in_place",
        ),
    ],
)
def test_round_50_keeping_what_is_and_a_perfect_past_an_inserted_phrase(
    sentence: str, label: str | None
) -> None:
    assert classify_stance(sentence).label == label


def test_round_50_a_part_taken_up_and_the_rest_declined_is_partly_adopted() -> None:
    """An adoption for a part of the scope ("Op de drie grootste …") beside a rejection of the rest ("Voor de kleinere
    …") is partly_adopted (before round 50: adopted)."""
    from kamerstuk.entities.stance_passage import agreement_kind, settle_passage

    rest = "Voor de kleinere havens, waar nauwelijks schepen aanmeren, is dat niet doelmatig."
    stance = classify_stance(rest)
    assert stance.label == "rejected" and agreement_kind(stance, rest) == "rest"
    assert settle_passage("adopted", [("adopted", ""), ("rejected", "rest")]) == "partly_adopted"
    assert settle_passage("adopted", [("adopted", ""), ("rejected", "")]) == "adopted"


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Het beheer van de meldingen blijft bij de eigen inspectiedienst.", "rejected"),
        ("Het beheer blijft niet bij de eigen dienst.", None),
        ("Ik blijf bij de uitvoering betrokken.", None),
    ],
)
def test_round_50_kept_where_it_is(sentence: str, label: str | None) -> None:
    assert classify_stance(sentence).label == label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # a lesser amount of time granted beside a refusal of more: a part taken up (round 51)
        (
            "Ik verleng de regeling met een jaar, tot en met 2029; voor een langere verlenging is op de begroting geen "
            "ruimte.",
            "partly_adopted",
        ),
        ("Ik verleng de regeling met een jaar.", "adopted"),
        # "een" is an amount only before a unit of time
        ("Ik verleng de regeling met een brief.", None),
    ],
)
def test_round_51_a_year_granted_and_more_declined(sentence: str, label: str | None) -> None:
    assert classify_stance(sentence).label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # the measure asked, put first and found not needed, beside what exists: declined (round 51)
        (
            "De NVWA controleert sinds 2021 ieder jaar bij alle slachterijen of het vlees aan de hygiëne-eisen voldoet. "
            "Voor een verdubbeling van het aantal controles ziet het kabinet daarom geen aanleiding.",
            "rejected",
        ),
        (
            "Het kabinet ziet daarvoor geen aanleiding. Sinds de herziening van de bekostiging in 2022 ontvangen "
            "gemeenten één bedrag per inwoner, dat zij naar eigen inzicht kunnen besteden.",
            "rejected",
        ),
        # … while more of the same is not needed beside what exists: in place
        (
            "Er bestaat sinds 2020 een landelijk register van keurmeesters. Ik zie daarom geen aanleiding voor "
            "aanvullende maatregelen.",
            "already_in_place",
        ),
    ],
)
def test_round_51_the_measure_declined_first_beside_what_exists(text: str, label: str) -> None:
    assert classify_stance(text).label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # what exists falls short by the writer's own words: not in place (gold 4 of 4; round 52)
        (
            "Het jeugdfonds biedt al een vergoeding voor muziekles, maar daarvan wordt nauwelijks gebruikgemaakt.",
            None,
        ),
        ("Er bestaan al handreikingen voor scholen, maar die worden nog te weinig gebruikt.", None),
        ("Het jeugdfonds biedt al een vergoeding voor muziekles.", "already_in_place"),
        # a practice just described, continued (gold 5 of 6 in place)
        ("Het ministerie zet die werkwijze voort.", "already_in_place"),
        ("Het kabinet zet deze lijn niet voort.", None),
        ("Ik zet de gesprekken met de sector voort.", None),
    ],
)
def test_round_52_what_exists_falls_short_or_is_continued(text: str, label: str | None) -> None:
    assert classify_stance(text).label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # the measure put first as the object of "steun ik" (gold 6 of 6 agree with the measure asked; round 52)
        ("Een vast aanspreekpunt voor mantelzorgers steun ik.", "adopted"),
        ("Gezamenlijke inkoop door de waterschappen steunt het kabinet van harte.", "adopted"),
        ("Een heffing op verpakkingen steun ik niet.", "rejected"),
        ("Daarom steun ik gemeenten met een extra bijdrage.", None),
        # … and a longer part declined after it, closed by "niet"
        ("Een proef van een jaar steun ik, een invoering in het hele land niet.", "partly_adopted"),
        # a measure declined for the group put first leaves it for the others (gold 2 of 2); the measure itself put
        # first is declined (5 of 5)
        (
            "Voor de kleine gemeenten kies ik niet voor een vaste toezichthouder: zij werken al samen.",
            "partly_adopted",
        ),
        ("Voor een vaste toezichthouder kies ik niet.", "rejected"),
    ],
)
def test_round_52_a_measure_put_first_as_what_is_supported(text: str, label: str | None) -> None:
    assert classify_stance(text).label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a change from a day to come, the "al" in a clause describing it (gold: 6 such sentences adopted, 1 in place)
        (
            "Met ingang van 1 januari 2028 kunnen huurders de toeslag aanvragen via een formulier waarin de "
            "Belastingdienst hun inkomen al heeft ingevuld.",
            None,
        ),
        (
            "Vanaf 1 maart 2028 kunnen bewoners terecht bij het loket, dat nu al meldingen over schade behandelt.",
            None,
        ),
        # "al" in the main clause still tells what is in place
        ("Het formulier is al vooraf ingevuld.", "already_in_place"),
    ],
)
def test_round_53_a_change_from_a_day_to_come(text: str, label: str | None) -> None:
    assert classify_stance(text).label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # "nagaan" split around its partners, a question after the particle: an inquiry first (noted)
        (
            "De minister gaat met de VNG, de PO-Raad en de VO-raad na of een landelijk loket haalbaar is.",
            "noted",
        ),
        ("Ik ga met het IPO na hoe de gegevens kunnen worden gebundeld.", "noted"),
        ("Na de zomer ga ik naar Brussel.", None),
        # a request or obligation of ours declined, the body asked as its object
        ("Ik ga de ACM niet vragen coöperaties aan die lijst toe te voegen.", "rejected"),
        ("Het kabinet zal gemeenten niet verplichten een register bij te houden.", "rejected"),
        ("De raad zal gemeenten niet verplichten een register bij te houden.", None),
        ("Wel zal ik de gemeenten vragen het register bij te houden.", None),
        # what a study left out is no refusal of ours; what it is, still a state in place
        (
            "De evaluatie ging over de jaren 2021 tot en met 2023 en kon deze wijziging daarom niet meenemen.",
            None,
        ),
        ("Deze wijziging neem ik niet mee in de regeling.", "rejected"),
        ("Die evaluatie loopt al sinds januari.", "already_in_place"),
        # sharing the wish or concern behind it, then a refusal after "maar": a courtesy before the verdict
        (
            "Op dit punt deel ik de wens van de inspectie om zieke rekruten goed op te vangen, maar een plaats in "
            "hetzelfde peloton kan ik niet garanderen.",
            "rejected",
        ),
        ("Ik deel de wens van de raad en neem de aanbeveling over.", "adopted"),
        ("Ik deel de analyse van de raad, maar een nieuw fonds richt ik niet op.", "rejected"),
    ],
)
def test_round_54_forms_of_holdout285_and_286(text: str, label: str | None) -> None:
    assert classify_stance(text).label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a group set apart from the verdict ("Voor X ligt dat anders"): the verdict holds for a part (holdout291;
        # the gold answers 30 of 31)
        (
            "Een wettelijke keuring van alle fietsenmakers acht ik niet uitvoerbaar. Voor werkplaatsen die door "
            "gemeenten worden ingehuurd, ligt dat anders. Voor hen stel ik vanaf 2028 een keurmerk verplicht.",
            "partly_adopted",
        ),
        (
            "Ik neem deze aanbeveling over voor de grote havens. Bij de jachthavens ligt het echter anders dan bij de "
            "zeehavens.",
            "partly_adopted",
        ),
        # (a recommendation named is the next answer, no group: the verdict stands)
        (
            "Een wettelijke keuring acht ik niet uitvoerbaar. Voor de tweede aanbeveling ligt dat anders.",
            "rejected",
        ),
        ("Een wettelijke keuring acht ik niet uitvoerbaar.", "rejected"),
    ],
)
def test_round_55_a_group_set_apart_makes_a_part(text: str, label: str) -> None:
    assert classify_stance(text).label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a concession on who carries it out or on time leaves nothing out (holdout293; gold 2 of 2 adopted) …
        (
            "Ik onderschrijf deze aanbeveling, al is de uitvoering in de eerste plaats aan de gemeenten zelf.",
            "adopted",
        ),
        (
            "Deze aanbeveling neem ik over, al zal het enige tijd duren voordat alle scholen zover zijn.",
            "adopted",
        ),
        # … one on what stays out of it is a part
        (
            "Ik vind dat een goede stap, al blijven de duurdere voorzieningen daarmee buiten beeld.",
            "partly_adopted",
        ),
    ],
)
def test_round_55_a_concession_on_time_or_executor_is_no_part(text: str, label: str) -> None:
    assert classify_stance(text).label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # "over" before a noun, with another particle of "nemen" closing the clause, is a preposition: opnemen, no
        # adoption (holdout297) …
        (
            "Het onderwerp maakt sinds vorig jaar deel uit van de eindtermen, en de examinator neemt in elke toets "
            "een vraag over verkeersborden op.",
            "already_in_place",
        ),
        ("Ik neem in de regeling een bepaling over huurkosten op.", None),
        # … the particle "over" itself still adopts
        ("Ik neem de aanbeveling over huurkosten over.", "adopted"),
        ("Het kabinet neemt het advies over en neemt het op in de nota.", "adopted"),
    ],
)
def test_round_56_over_before_a_noun_is_a_preposition_when_another_particle_closes(
    text: str, label: str | None
) -> None:
    assert classify_stance(text).label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # the government leaving what the report asks to change as it is (holdout302; the rules read four more
        # rejections of the open gold so) …
        (
            "Het kabinet deelt de zorg van de raad. In de zorg zijn lange reeksen diensten echter vaak nodig. Het "
            "kabinet laat de wettelijke grens daarom ongewijzigd.",
            "rejected",
        ),
        ("Ik laat de bestaande vrijstelling ongemoeid.", "rejected"),
        # … not others, not negated, not for a while (a decision awaited), not another clause's
        ("Gemeenten laten de verordening ongewijzigd.", None),
        ("Ik laat de regeling niet ongewijzigd.", None),
        ("Tot die tijd laat ik de doelgroep ongewijzigd.", None),
        ("Ik laat de gemeenten weten dat de regeling ongewijzigd blijft tot de evaluatie.", None),
    ],
)
def test_round_56_the_government_leaving_it_unchanged_declines(text: str, label: str | None) -> None:
    assert classify_stance(text).label == label


def test_round_57_others_told_adopts_nothing() -> None:
    """ "Ik breng het expertisecentrum opnieuw onder de aandacht van de gemeenten" is a promise (others told of what
    exists), but no act that carries a recommendation out: the rules read no adoption from it (round 57); a new act
    still is one."""
    from kamerstuk.pipeline.stance import _act_of_ours

    assert _act_of_ours("Ik breng het expertisecentrum opnieuw onder de aandacht van de gemeenten.") is None
    act = "Ik verhoog de subsidie per 1 januari 2027 tot € 500 per woning."
    assert _act_of_ours(act) == act


def test_round_57_focusing_is_no_body_set_up() -> None:
    """ "Het kabinet blijft zich daarom richten op afspraken …" keeps its focus ("zich richten op", the reflexive before
    the infinitive): no "oprichten", so no adoption (holdout310 read it adopted); "Het kabinet richt een
    expertisecentrum op" still adopts."""
    assert classify_stance(
        "Het kabinet blijft zich daarom richten op afspraken tussen gemeenten en boeren."
    ).label != ("adopted")
    assert classify_stance("Het kabinet richt een expertisecentrum op.").label == "adopted"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # the part taken over, its particle before a relative clause (holdout315; before round 58 no stance)
        ("Van de tweede aanbeveling neem ik het deel over dat de keuring betreft.", "partly_adopted"),
        ("Ik neem het onderdeel over dat de scholen betreft.", "partly_adopted"),
        ("Van de aanbeveling neem ik een deel over.", "partly_adopted"),
        # not a part, nor "over" as a preposition
        ("Ik lees het deel over dat de scholen betreft.", None),
        ("Het kabinet neemt het eerste deel over.", "adopted"),
        # the recommendation not met (holdout315; before round 58 no stance) …
        ("Aan de vierde aanbeveling kom ik niet tegemoet.", "rejected"),
        ("Aan deze aanbeveling komt het kabinet niet tegemoet.", "rejected"),
        ("Aan de vierde aanbeveling kan ik niet tegemoetkomen.", "rejected"),
        # … met, partly met, or not ours
        ("Aan de vierde aanbeveling kom ik tegemoet.", "adopted"),
        ("Aan die wens van gemeenten kom ik niet volledig tegemoet.", "partly_adopted"),
        ("Gemeenten komen niet tegemoet aan de wens.", None),
        # what goes on as now, beside a refusal: no part conceded (the open gold reads 9 of 9 "Wel blijf(t) …" answers as
        # rejected; holdout315 read one partly adopted)
        ("Wel blijf ik de resultaten van het programma als geheel in het jaarverslag opnemen.", None),
        ("Wel verhoog ik het bedrag naar 8.000 euro.", "adopted"),
    ],
)
def test_round_58_a_part_taken_over_and_a_recommendation_not_met(text: str, label: str | None) -> None:
    assert classify_stance(text).label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # what the law already forbids or allows (holdout316, round 58) …
        ("Wie een verboden middel bezit, is op grond van de wet nu al strafbaar.", "already_in_place"),
        ("Dat is al verboden.", "already_in_place"),
        # … not when it is not so yet, nor a measure that makes it so
        ("Het bezit is nog niet strafbaar.", None),
        ("Ik maak het bezit strafbaar.", None),
        # the gist agreed with, not the measure: a part (the open gold reads 9 of 10 such agreements so; round 58) …
        ("Met de strekking van de eerste aanbeveling ben ik het eens.", "partly_adopted"),
        ("Ik deel de strekking van deze aanbeveling.", "partly_adopted"),
        # … but not a gist understood beside a refusal
        ("Van de vierde aanbeveling begrijp ik de strekking, maar ik neem haar niet over.", "rejected"),
    ],
)
def test_round_58_what_the_law_already_forbids(text: str, label: str | None) -> None:
    assert classify_stance(text).label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # what is, kept as the conclusion of the reasons before: "blijft/blijf … daarom/dus/dan ook" (the open gold reads
        # 167 of 175 answers with it as rejected, the rest partly; holdout313/316/319; round 58) …
        ("De bestaande norm blijft daarom het uitgangspunt.", "rejected"),
        ("De toeslag blijft daarom voor iedere spoedaanvraag gelden.", "rejected"),
        ("Ik blijf daarom werken met de meldingen van die autoriteiten.", "rejected"),
        ("De regeling blijft dus voorbehouden aan nieuwe ondernemers.", "rejected"),
        # … not a talk kept up, a problem that remains, or a negation
        ("Ik blijf daarom in gesprek met gemeenten.", "noted"),
        ("Het probleem blijft daarom bestaan.", None),
        ("De regeling blijft daarom niet bestaan.", None),
        # … nor "blijft" without the conclusion
        ("De toeslag blijft voor iedere aanvraag gelden zolang de wet dat voorschrijft.", None),
    ],
)
def test_round_58_what_is_kept_as_the_conclusion(text: str, label: str | None) -> None:
    assert classify_stance(text).label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # support with a degree word after the bare pronoun (holdout324, round 59)
        ("Het kabinet steunt dit deels.", "partly_adopted"),
        ("Het kabinet steunt dit volledig.", "adopted"),
        ("Het kabinet steunt dit initiatief.", None),
        # what is kept, put first before a modal and the first person or the cabinet (holdout323, round 59) …
        ("Die plicht wil ik handhaven.", "rejected"),
        ("Die verklaring wil ik daarom behouden.", "rejected"),
        ("Die regel zal het kabinet handhaven.", "rejected"),
        # … not enforcement, another subject, or a negation
        ("Die regels wil ik strenger handhaven.", None),
        ("Die regels wil de inspectie handhaven.", None),
        ("Die plicht wil ik niet handhaven.", None),
        # a concession on who enforces it or when it comes leaves nothing out (holdout327, round 59)
        ("Ik onderschrijf deze aanbeveling, al is de handhaving een taak van de gemeenten.", "adopted"),
        ("Ik neem de aanbeveling over, al kan dat pas in 2028.", "adopted"),
        # carried out already, whoever does it (holdout334, round 59)
        ("De sociale partners voeren deze aanbeveling dus al uit.", "already_in_place"),
        ("Ik voer deze aanbeveling uit.", "adopted"),
        # a decimal comma is no clause break (holdout334, round 59)
        ("Ik kies er daarom voor het huidige tarief van € 3,70 per afschrift te handhaven.", "rejected"),
        (
            "Ik vind dat een goede stap, al blijven duurdere aanpassingen daarmee buiten beeld.",
            "partly_adopted",
        ),
    ],
)
def test_round_59_support_in_part_and_what_is_kept(text: str, label: str | None) -> None:
    assert classify_stance(text).label == label


def test_round_59_a_check_done_since_a_time_past_is_no_inquiry() -> None:
    # (holdout325, round 59) a practice since a time past, not a decision waiting on an inquiry
    practice = "Sinds de zomer van 2021 trekt de auditdienst ieder halfjaar twintig declaraties en gaat na of het bedrag klopt."
    assert classify_stance(practice).label != "noted"
    assert (
        classify_stance("De minister gaat met de VNG na of een regionaal loket haalbaar is.").label == "noted"
    )


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # the measure made general, weighed as a hypothetical, then a narrower form chosen (holdout336, round 60)
        (
            "Een meldplicht voor iedere uitgever zou ook de kleine zelfstandige treffen. Het kabinet kiest daarom voor "
            "een meldplicht voor uitgevers die per jaar voor meer dan 250.000 euro aan bonnen verkopen.",
            "partly_adopted",
        ),
        # an explanation with a verb of its own and another subject leaves nothing out (holdout340) …
        (
            "Ten aanzien van de eerste aanbeveling ben ik het met de inspectie eens: een leerling die een plek nodig "
            "heeft, mag niet maanden wachten.",
            "adopted",
        ),
        # … but "maar ik wil het niet" still declines a part
        (
            "Een landelijk meldpunt vind ik een goede gedachte, maar ik wil het niet als nieuwe overheidsvoorziening "
            "opzetten.",
            "partly_adopted",
        ),
        # agreed, and what is asked happens already
        (
            "Met de tweede aanbeveling ben ik het eens. Sinds mei 2025 loopt de campagne van het steunpunt. Dat "
            "gebeurt dus al.",
            "already_in_place",
        ),
        # a problem judged with the report's author, then adopted (holdout341)
        (
            "Wat de eerste aanbeveling betreft: ik vind het met de ombudsman onwenselijk dat iemand kort na het "
            "overlijden van een partner een brief over het verblijf ontvangt. Ik neem deze aanbeveling daarom over.",
            "adopted",
        ),
        # to that extent, in that sense only (holdout344)
        (
            "Ik neem de aanbeveling in zoverre over dat ik mij in Europees verband voor zo'n vermelding inzet.",
            "partly_adopted",
        ),
        ("Ik neem de aanbeveling in die zin over dat ik mij in Europees verband inzet.", "partly_adopted"),
        # "op advies van" names no recommendation: the rule kept is the verdict (holdout340)
        (
            "Het toezicht kent een heldere verdeling. Ik houd vast aan die verdeling. Wel wijs ik erop dat ik sinds "
            "2023 twee keer een aanwijzing heb gegeven, telkens op advies van de inspectie.",
            "rejected",
        ),
    ],
)
def test_round_60_passages(text: str, label: StanceLabel) -> None:
    assert classify_stance(text).label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a practice in place beside a verdict put off until it is known whether that practice suffices (holdout348)
        (
            "Het voorstel om betrokkenen een folder mee te geven spreekt mij aan, maar de politie werkt sinds dit "
            "voorjaar met een digitaal ontvangstbewijs met een link naar de bezwaarprocedure. Ik wil eerst weten of "
            "dat ontvangstbewijs volstaat voordat ik over een folder beslis.",
            "noted",
        ),
        # the practice alone, nothing put off: in place, as before round 61
        (
            "Het voorstel om betrokkenen een folder mee te geven spreekt mij aan, maar de politie werkt sinds dit "
            "voorjaar met een digitaal ontvangstbewijs met een link naar de bezwaarprocedure.",
            "already_in_place",
        ),
        # taken up for a time, the rest left to a later cabinet (holdout348)
        (
            "De regeling verleng ik met twee jaar, tot en met 2029. Of zij daarna structureel kan worden, hangt af van "
            "de middelen in de volgende kabinetsperiode; daarover beslist een volgend kabinet.",
            "partly_adopted",
        ),
        ("De regeling verleng ik met twee jaar, tot en met 2029.", "adopted"),
    ],
)
def test_round_61_passages(text: str, label: StanceLabel) -> None:
    assert classify_stance(text).label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # "laat … over" is "overlaten", not "overnemen" (holdout350)
        (
            "Het kabinet neemt kennis van deze aanbeveling en laat het opstellen van een standaard aan de branche "
            "over.",
            "noted",
        ),
        ("Deze aanbeveling neem ik over en laat de uitwerking aan de branche.", "adopted"),
    ],
)
def test_round_61_leaving_to_others_is_no_adoption(text: str, label: StanceLabel) -> None:
    assert classify_stance(text).label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # another form, with an article (holdout356): a part, as "in aangepaste vorm"
        ("De vierde aanbeveling neemt het kabinet over in een andere vorm dan de onderzoekers voorstellen.",
         "partly_adopted"),
        ("Met de tweede aanbeveling stem ik in, zij het in een lichtere vorm dan de raad voor ogen heeft.",
         "partly_adopted"),
        ("Ik neem de aanbeveling over in een aangepaste vorm: de termijn wordt acht weken.", "partly_adopted"),
        # a decision put in a year still to come (holdout356): noted
        ("Het idee spreekt mij aan, maar de gegevens zijn daar niet voor gemaakt. Ik laat eerst uitzoeken wat het "
         "kost. Op basis daarvan besluit ik in 2028.", "noted"),
        ("Een besluit hierover neem ik begin 2029.", "noted"),
        # a decision taken in a past year, or one only reported on, is no deferral
        ("Op basis daarvan heb ik in 2024 besloten de aanbeveling over te nemen.", "adopted"),
        ("Ik neem deze aanbeveling over. Ik informeer uw Kamer eind 2027 over mijn besluit daarover.", "adopted"),
    ],
)  # fmt: skip
def test_round_62_other_form_and_decision_year(text: str, label: StanceLabel) -> None:
    assert classify_stance(text).label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a plan in a relative clause on a noun is not the dated measure's time (holdout368)
        ("Sinds januari 2026 publiceert de dienst ieder halfjaar op zijn website een overzicht van de gronden die hij de "
         "komende drie jaar wil verkopen.", "already_in_place"),
        ("Sinds 2025 houdt de inspectie een register bij van de scholen waarop zij dit jaar wil letten.",
         "already_in_place"),
        # a plan of the measure itself stays one
        ("Sinds januari 2026 zal de dienst een overzicht publiceren.", None),
    ],
)  # fmt: skip
def test_round_63_a_plan_in_a_relative_clause_after_a_dated_measure(
    text: str, label: StanceLabel | None
) -> None:
    assert classify_stance(text).label == label


def test_round_63_a_place_set_apart_makes_a_part() -> None:
    """ "In Indonesië en Liberia ligt dat anders" sets a group apart like "Voor …" does (holdout369); "In de praktijk ligt
    dat anders" is reality against a plan, no group."""
    from kamerstuk.entities.stance_passage import sets_a_group_apart

    assert sets_a_group_apart(
        "In Indonesië en Liberia ligt dat anders: daar is de registratie een zaak van het land."
    )
    assert not sets_a_group_apart("In de praktijk ligt dat anders.")


def test_round_63_a_verdict_past_the_first_sentence_of_a_restatement() -> None:
    """A restatement that runs on into its answer gives that answer's verdict; one sentence alone gives none."""
    from kamerstuk.entities.stance import verdict_past_first_sentence

    text = "Zorg dat klinieken hun cijfers openbaar maken. Klinieken leveren deze cijfers sinds 2024 aan het register."
    got = verdict_past_first_sentence(text)
    assert got is not None and got[0] == "already_in_place" and got[1].startswith("Klinieken leveren")
    assert verdict_past_first_sentence("Zorg dat klinieken hun cijfers openbaar maken.") is None


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # "in" before a place is a preposition, not the particle of "invoeren" (holdout377)
        ("Met de derde aanbeveling ben ik het niet eens. Ik voer in 2027 overleg met de ambassades in Accra.",
         "rejected"),
        ("Ik voer de meldplicht in Caribisch Nederland in.", "adopted"),
        # an agreement others made at a past date is a measure in place (holdout378)
        ("Wat de tweede aanbeveling betreft: de veiligheidsregio's hebben in 2024 afgesproken om één landelijk "
         "protocol te hanteren.", "already_in_place"),
        # "het Rijk" declining to prescribe a measure (holdout377)
        ("Het Rijk schrijft daarom geen vaste verdeling voor.", "rejected"),
    ],
)  # fmt: skip
def test_round_64_a_place_an_agreement_made_and_het_rijk(text: str, label: StanceLabel | None) -> None:
    assert classify_stance(text).label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # what a recommendation asks, brought in for a group only (holdout381)
        ("Wat de raad in de tweede aanbeveling vraagt, voer ik in voor de scholen in het voortgezet onderwijs.",
         "partly_adopted"),
        # … not for all, and not a measure with its own scope (guards)
        ("Ten eerste voer ik per 1 januari 2028 een meldplicht in voor alle exploitanten.", "adopted"),
        ("Wat de raad vraagt, voer ik in voor iedereen die een vergunning heeft.", "adopted"),
        # the body followed for a group, fronted (holdout381)
        ("Voor de nationale lijst volg ik de raad: vanaf de volgende wijziging raadpleeg ik de bedrijven.",
         "partly_adopted"),
        # what exists relies on an agreement only: not in place (holdout382)
        ("In de praktijk krijgen dieren al pijnbestrijding, maar die afspraak ontleent haar kracht alleen aan een "
         "convenant.", None),
    ],
)  # fmt: skip
def test_round_64_a_measure_brought_in_for_some_and_what_relies_on_a_covenant(
    text: str, label: StanceLabel | None
) -> None:
    assert classify_stance(text).label == label


def test_round_64_in_line_with_a_recommendation_since_a_past_year_is_in_place() -> None:
    """ "In lijn met de tweede aanbeveling werken … sinds 2025 samen" tells a practice (holdout381); with an act to come
    it stays an adoption."""
    text = "In lijn met de tweede aanbeveling werken de gemeenten sinds 2021 samen met de scholen."
    assert classify_stance(text).label == "already_in_place"
    assert (
        classify_stance("In lijn met de tweede aanbeveling start ik in 2027 een programma.").label
        == "adopted"
    )


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # an act refused, then what exists already as the reason after a colon (holdout394)
        ("Een aparte subsidieregeling voer ik niet in: bedrijven kunnen voor warmtepompen al terecht bij de "
         "bestaande regelingen.", "rejected"),
        # no step needed because it is done already stays in place (guard)
        ("Voor de tweede aanbeveling is geen nieuwe stap nodig: de dienst test de noodstroom al sinds 2020 ieder "
         "jaar.", "already_in_place"),
    ],
)  # fmt: skip
def test_round_65_a_refused_act_explained_by_what_exists(text: str, label: StanceLabel) -> None:
    assert classify_stance(text).label == label


def test_round_65_a_refused_act_in_a_paragraph_on_two_is_the_one_whose_words_it_uses() -> None:
    """ "Met de tweede en de derde aanbeveling ga ik anders om. Een aparte subsidieregeling voer ik niet in: …. Het
    energieverbruik … wordt sinds 2025 … gepubliceerd" rejects the second and finds the third in place (holdout394:
    both read as rejected)."""
    text = (
        "Datum 2 maart 2026\n\nBetreft Reactie op de studie\n\nGeachte voorzitter,\n\n"
        "Het PBL beveelt aan zwembaden een eigen plaats te geven in de lijst van erkende maatregelen. Daarnaast "
        "adviseert het PBL een aparte subsidieregeling voor de verduurzaming van de zwembaden in te stellen. Ten "
        "slotte vraagt het PBL om het energieverbruik van de zwembaden jaarlijks te volgen.\n\n"
        "De eerste aanbeveling neem ik over. Per 1 juli 2028 neem ik de zwembaden in de lijst op.\n\n"
        "Met de tweede en de derde aanbeveling ga ik anders om. Een aparte subsidieregeling voer ik niet in: "
        "exploitanten kunnen voor warmtepompen al terecht bij de bestaande regelingen voor bedrijven. Het "
        "energieverbruik van de zwembaden wordt sinds 2025 door het CBS jaarlijks gepubliceerd, zodat het al te "
        "volgen is.\n\n"
        "Hoogachtend,\n\nde Minister van Klimaat en Groene Groei,\n\nH. de Vries\n"
    )
    letter = kamerstuk.parse_text(text, name="zwembaden.md")
    assert [r.stance for r in letter.recommendations] == ["adopted", "rejected", "already_in_place"]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a choice set against the thing asked is a part adopted in another form (holdout397: read as adopted)
        ("Het kabinet kiest ervoor de toezichthouder de mogelijkheid te geven een bevel van de rechter te vragen, in "
         "plaats van een eigen bevoegdheid tot sluiten.", "partly_adopted"),
        ("Ik kies daarom voor een bewaartermijn van vijf jaar in plaats van tien.", "partly_adopted"),
        # a choice alone stays an adoption, and "in plaats daarvan" a measure in the asked one's place (guards)
        ("Ik kies voor een landelijke regeling.", "adopted"),
    ],
)  # fmt: skip
def test_round_66_a_choice_instead_of_what_was_asked(text: str, label: StanceLabel) -> None:
    assert classify_stance(text).label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # "op verzoek van het kabinet" in a relative clause on another's study is no recommendation carried out
        # (holdout400: "uitvoert" read as adopting it)
        ("Ik neem kennis van deze aanbeveling. Ik betrek de aanbeveling bij de verkenning naar langer doorwerken, die "
         "het Centraal Planbureau op verzoek van het kabinet uitvoert.", "noted"),
        # a position taken after a step to come (holdout400)
        ("De vereniging bespreekt de aanbeveling dit voorjaar met haar leden. Ik neem daarna een standpunt in.",
         "noted"),
        # a decision taken already is no deferral (guard)
        ("Daarna heb ik een besluit genomen.", None),
    ],
)  # fmt: skip
def test_round_66_a_study_at_our_request_and_a_position_taken_afterwards(
    text: str, label: StanceLabel | None
) -> None:
    assert classify_stance(text).label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a lesser form of what was asked, chosen (holdout403: read as adopted)
        ("Met die wens is het kabinet het eens, maar het kiest voor een lichtere vorm dan een apart bureau.",
         "partly_adopted"),
        ("Ik kies daarom voor een kleinere proef in twee regio's.", "partly_adopted"),
        # "een andere weg" stays a rejection (guard)
        ("Het kabinet kiest daarom voor een andere weg.", "rejected"),
        # a finding taken to heart beside a practice in place (holdout403: read as adopted)
        ("Reizigers kunnen sinds 2024 bij het loket van ieder station terecht met hun klachten. Dat veel reizigers dit "
         "loket niet kennen, neem ik ter harte.", "already_in_place"),
        # the recommendation itself taken to heart stays an adoption (guard)
        ("Deze aanbeveling neem ik ter harte.", "adopted"),
    ],
)  # fmt: skip
def test_round_66_a_lesser_form_chosen_and_a_finding_taken_to_heart(text: str, label: StanceLabel) -> None:
    assert classify_stance(text).label == label


def test_round_66_too_little_reason_is_none() -> None:
    """ "Ik zie onvoldoende aanleiding om daarop terug te komen" rejects (holdout408: read as "ziet reden om", adopted);
    "Ik zie goede redenen om …" still adopts."""
    assert classify_stance("Ik zie onvoldoende aanleiding om de termijn te verlengen.").label == "rejected"
    assert classify_stance("Ik zie goede redenen om de termijn te verlengen.").label == "adopted"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # the measure left to others first, a step of ours beside it (holdout409: read as adopted)
        ("Bijscholing van verpleegkundigen is in de eerste plaats een taak van de zorgaanbieders zelf. Wel neem ik het "
         "thema op in de subsidieregeling voor 2028.", "partly_adopted"),
        ("De inrichting van de wachtkamers is primair de verantwoordelijkheid van de gemeenten. Wel stel ik een "
         "handreiking beschikbaar.", "partly_adopted"),
        # the government's own task, or no task placed with others, leaves the concession an adoption (guards)
        ("Bijscholing is een taak van het Rijk. Wel neem ik het thema op in de subsidieregeling.", "adopted"),
        ("Bijscholing is niet de taak van de gemeenten. Wel neem ik het thema op in de subsidieregeling.", "adopted"),
    ],
)  # fmt: skip
def test_round_67_a_task_of_others_beside_a_step_of_ours(text: str, label: StanceLabel) -> None:
    assert classify_stance(text).label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a thing declined that the report says it did not ask for is no verdict on it (holdout411: read as rejected)
        ("Een aparte voorlichtingscampagne, waar de inspectie niet om vraagt, start ik niet.", None),
        ("Een eigen meldpunt, waar de raad overigens niet om heeft gevraagd, richt ik niet in.", None),
        # the same refusal of what the report asks stays a rejection (guard)
        ("Een aparte voorlichtingscampagne, waar de inspectie om vraagt, start ik niet.", "rejected"),
    ],
)  # fmt: skip
def test_round_67_a_refusal_of_what_the_report_did_not_ask(text: str, label: StanceLabel | None) -> None:
    assert classify_stance(text).label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a conjunct after "en" with its finite verb shares the clause's first subject, past the body asked between
        # (holdout412, rules alone: the standpoint read as the RIVM's, the passage adopted on the request)
        ("Het kabinet vraagt het RIVM dit uit te zoeken en komt daarna met een standpunt.", "noted"),
        # the report as that subject stays the report's (guard)
        ("De raad vraagt gemeenten dit uit te zoeken en komt daarna met een standpunt.", None),
    ],
)  # fmt: skip
def test_round_67_a_conjunct_shares_the_first_subject(text: str, label: StanceLabel | None) -> None:
    assert classify_stance(text).label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a good means denied, "niet het goede middel" (holdout417: no stance read)
        ("Het kabinet acht een aanwijzing niet het goede middel.", "rejected"),
        ("Een verbod is niet de beste oplossing.", "rejected"),
        # a moment is no means (guard)
        ("Dat is niet het goede moment.", None),
    ],
)  # fmt: skip
def test_round_67_a_good_means_denied(text: str, label: StanceLabel | None) -> None:
    assert classify_stance(text).label == label


def test_round_67_the_concern_under_a_recommendation_shared_beside_its_rejection() -> None:
    """ "Het kabinet deelt de zorg die aan deze aanbeveling ten grondslag ligt. … Het kabinet legt deze aanbeveling daarom
    naast zich neer." rejects (holdout419: the shared concern read as the recommendation named, a part adopted)."""
    text = (
        "Het kabinet deelt de zorg die aan deze aanbeveling ten grondslag ligt. Een nationale coördinator zou daar "
        "weinig aan toevoegen. Het kabinet legt deze aanbeveling daarom naast zich neer."
    )
    assert classify_stance(text).label == "rejected"
