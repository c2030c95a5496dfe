"""The spaCy pipeline: components, save/load, DocBin, seed acceptance, evaluation and training."""

from __future__ import annotations

import dataclasses
import io
import json
import re
import shutil
import subprocess
import sys
import warnings
from importlib.metadata import entry_points
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import DocBin

import kamerstuk
from kamerstuk.cli import main
from kamerstuk.gold import load_gold
from kamerstuk.models import Letter, Recommendation
from kamerstuk.pipeline import (
    COMPONENTS,
    apply_pipeline,
    letter_to_doc,
    load_pipeline,
    shipped_pipeline_path,
)
from kamerstuk.pipeline.doc import EXTENSION, SPAN_GROUP
from kamerstuk.pipeline.stance import stance_of
from kamerstuk.training import load_stance_readings, train_on, training_inputs
from tests.conftest import LETTERS, REPO, SEED, require_shared

GOLD = REPO / "fixtures" / "gold" / "annotations.jsonl"
READINGS = GOLD.parent / "stance_readings.jsonl"
#: The trained parts of the shipped pipeline.
MODEL_FILES = (
    "kamerstuk_paragraph_classifier/model.json",
    "kamerstuk_stance/model.json",
    "kamerstuk_stance/arbiter.json",
)


@pytest.fixture(scope="module")
def seed(seed_path: Path) -> Letter:
    return kamerstuk.parse(seed_path)


def _by_section(letter: Letter) -> dict[str, list[tuple[str | None, list[int]]]]:
    titles = {s.id: s.title for s in letter.sections}
    ordinal = {r.id: r.ordinal for r in letter.recommendations}
    out: dict[str, list[tuple[str | None, list[int]]]] = {}
    for p in letter.paragraphs:
        key = titles[p.section] if p.section else ""
        out.setdefault(key, []).append((p.label, sorted(ordinal[r] or 0 for r in p.recommendations)))
    return out


def test_seed_links_and_labels(seed: Letter) -> None:
    sections = _by_section(seed)
    assert [links for _, links in sections["Aanleiding"]] == [[]]
    assert [links for _, links in sections["Reactie"]] == [[]]
    assert all(links == [1] for _, links in sections["Slachtoffers in beeld"])
    assert all(links == [2] for _, links in sections["(Proactieve) signalering"])
    lhbti = sections["Dak- en thuisloze LHBTI-jongeren"]
    assert all(links == [3] for _, links in lhbti[:-1])
    assert lhbti[-1] == ("closing", [])
    restating = {r.paragraph for r in seed.recommendations}
    assert {p.id for p in seed.paragraphs if p.label == "recommendation"} == restating
    assert len(restating) == 3


def test_every_paragraph_has_one_label_and_a_score(seed: Letter) -> None:
    for p in seed.paragraphs:
        assert p.label in ("context", "recommendation", "response", "closing", "other")
        assert p.label_score is not None and 0.0 < p.label_score <= 1.0


def test_links_carry_evidence(seed: Letter) -> None:
    assert seed.links
    for link in seed.links:
        assert link.method in ("explicit", "restates", "section", "similarity")
        assert link.evidence and 0.0 < link.score <= 1.0
        assert link.recommendation in seed.paragraph(link.paragraph).recommendations


def test_seed_stances(seed: Letter, seed_path: Path) -> None:
    """The seed's stances as the gold has them: adopted, already in place, already in place. The rules read all
    three from their cues. The trained arbiter may overrule the first, whose answer adopts the call and goes on about
    initiatives in place and a plan to come: since round 31 it reads partly_adopted with 0.37 (gold: adopted; an
    out-of-split simulation showed that a margin keeping such near-ties with the cue costs more readings than it saves,
    docs/evaluation.md "Round 31"). Only there, and only as a model reading below 0.5, may the pipeline differ."""
    rules = kamerstuk.parse(seed_path, pipeline="rules")
    assert [r.stance for r in rules.recommendations] == ["adopted", "already_in_place", "already_in_place"]
    assert all(r.stance_basis == "cue" for r in rules.recommendations)
    for r, ruled in zip(seed.recommendations, rules.recommendations, strict=True):
        if r.stance != ruled.stance:
            assert r.ordinal == 1 and r.stance_basis == "model"
            assert r.stance_score is not None and r.stance_score < 0.5
        if r.stance is not None:
            assert r.stance_evidence and r.stance_evidence in seed.text


def test_rules_only_mode(seed_path: Path) -> None:
    letter = kamerstuk.parse(seed_path, pipeline="rules")
    assert [p.label for p in letter.paragraphs].count("recommendation") == 3
    assert _by_section(letter)["Slachtoffers in beeld"][0][1] == [1]
    assert load_pipeline(rules_only=True).get_pipe("kamerstuk_paragraph_classifier").mode == "rules"  # type: ignore[attr-defined]


def test_components_are_registered_factories() -> None:
    for name in COMPONENTS:
        assert Language.has_factory(name)
    declared = {ep.name for ep in entry_points(group="spacy_factories")}
    assert set(COMPONENTS) <= declared


def test_shipped_pipeline_is_stamped() -> None:
    nlp = load_pipeline()
    assert nlp.pipe_names == list(COMPONENTS)
    assert nlp.meta["kamerstuk_version"] == kamerstuk.__version__
    assert nlp.lang == "nl"
    assert nlp.get_pipe("kamerstuk_paragraph_classifier").model.trained  # type: ignore[attr-defined]
    assert (shipped_pipeline_path() / "kamerstuk_paragraph_classifier" / "model.json").is_file()


def test_version_mismatch_warns(tmp_path: Path) -> None:
    target = tmp_path / "pipeline"
    shutil.copytree(shipped_pipeline_path(), target)
    meta = json.loads((target / "meta.json").read_text(encoding="utf-8"))
    meta["kamerstuk_version"] = "0.0.1"
    (target / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    with pytest.warns(kamerstuk.KamerstukWarning, match="0.0.1"):
        load_pipeline(target)


def test_saved_pipeline_gives_identical_results_in_a_fresh_process(tmp_path: Path, seed_path: Path) -> None:
    nlp = load_pipeline()
    nlp.to_disk(tmp_path / "nlp")
    here = kamerstuk.parse(seed_path, pipeline=nlp)
    script = (
        "import json, sys, kamerstuk\n"
        "from kamerstuk.pipeline import load_pipeline\n"
        "nlp = load_pipeline(sys.argv[1])\n"
        "letter = kamerstuk.parse(sys.argv[2], pipeline=nlp)\n"
        "print(json.dumps(letter.model_dump(mode='json')))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "nlp"), str(seed_path)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    there = json.loads(proc.stdout)
    mine = here.model_dump(mode="json")
    assert there["paragraphs"] == mine["paragraphs"]
    assert there["links"] == mine["links"]
    assert there["recommendations"] == mine["recommendations"]


def test_docbin_round_trip_keeps_user_data(seed: Letter) -> None:
    nlp = load_pipeline()
    doc = letter_to_doc(nlp, seed)
    for _, component in nlp.pipeline:
        doc = component(doc)
    data = DocBin(store_user_data=True, docs=[doc]).to_bytes()
    [back] = list(DocBin().from_bytes(data).get_docs(nlp.vocab))
    # msgpack gives lists back as tuples; the JSON is the same
    assert json.dumps(back._.get(EXTENSION)) == json.dumps(doc._.get(EXTENSION))
    assert [s.label_ for s in back.spans[SPAN_GROUP]] == [p.label for p in seed.paragraphs]


def test_caller_recommendations_for_a_letter_that_does_not_restate_them() -> None:
    letter = kamerstuk.parse(LETTERS / "bz_middenveld.md", pipeline="none")
    assert letter.recommendations == []
    given = [
        Recommendation(
            id="r1", ordinal=1, text="Geef maatschappelijke organisaties meerjarige financiering."
        ),
        Recommendation(id="r2", ordinal=2, text="Versterk het lokale eigenaarschap van programma's."),
    ]
    linked = apply_pipeline(letter, load_pipeline(), recommendations=given)
    assert [r.source for r in linked.recommendations] == ["caller", "caller"]
    assert {lk.recommendation for lk in linked.links} <= {"r1", "r2"}
    assert linked.links, "explicit references like 'aanbeveling 2' should link"


LETTER = """Vergaderjaar 2023–2024

**36 001**

**Waterbeheer**

**Nr. 4**

## **BRIEF VAN DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT**

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 3 mei 2024

### **Aanleiding**

Op 2 april jl. heeft de Adviescommissie Water het advies «Ruimte voor regen» gepubliceerd.

### **Reactie**

Ten eerste wordt aanbevolen om in elke gemeente een regenwaterplan op te stellen. Ten tweede adviseert de commissie om
de subsidie voor groene daken te verhogen. Ten derde wordt aanbevolen om een landelijk meldpunt voor wateroverlast in te richten.

Op de derde aanbeveling kom ik later in deze brief terug.

De eerste aanbeveling neem ik over. Gemeenten krijgen een handreiking voor het regenwaterplan.

Ten aanzien van de tweede aanbeveling zie ik geen aanleiding de subsidie te verhogen.

Tot slot dank ik de commissie voor haar advies.

De Minister van Infrastructuur en Waterstaat,
M.G.J. Harbers
"""


def test_explicit_and_forward_references() -> None:
    letter = kamerstuk.parse_text(LETTER, name="regen.md")
    ordinals = {r.id: r.ordinal for r in letter.recommendations}
    linked = {p.text[:30]: sorted(ordinals[r] or 0 for r in p.recommendations) for p in letter.paragraphs}
    # A deferral names the recommendation it answers later: linked, with that as its evidence.
    assert linked["Op de derde aanbeveling kom ik"] == [3]
    (deferral,) = [lk for lk in letter.links if letter.paragraph(lk.paragraph).text.startswith("Op de derde")]
    assert deferral.method == "explicit" and "later answer" in deferral.evidence
    assert linked["De eerste aanbeveling neem ik "] == [1]
    assert linked["Ten aanzien van de tweede aanb"] == [2]
    stances = {r.ordinal: r.stance for r in letter.recommendations}
    assert stances[1] == "adopted" and stances[2] == "rejected"


@pytest.mark.parametrize(
    ("sentences", "stance"),
    [
        (["Ik neem deze aanbeveling over."], "adopted"),
        (["Het kabinet onderschrijft de oproep van de raad."], "adopted"),
        (["Ik onderschrijf de oproep om de zorg te verbeteren."], "adopted"),
        (
            ["De vierde aanbeveling neem ik gedeeltelijk over.", "Een wet acht ik niet nodig."],
            "partly_adopted",
        ),
        (["Voor een verplichting zie ik geen aanleiding."], "rejected"),
        (["Op deze wijze wordt al invulling gegeven aan de wens."], "already_in_place"),
        (["Van deze aanbeveling neem ik kennis."], "noted"),
        (["Ik betrek het advies bij de herziening van de regeling."], "noted"),
        (["De gemeenten voeren de regeling uit."], None),
    ],
)
def test_stance_cues(sentences: list[str], stance: str | None) -> None:
    found = stance_of(sentences)
    assert (found[0] if found else None) == stance


def test_evaluate_cli_meets_the_targets() -> None:
    require_shared(SEED)  # the held-out split includes the seed letter
    out, err = io.StringIO(), io.StringIO()
    code = main(["evaluate", str(GOLD), "--split", "test", "--json"], stdout=out, stderr=err)
    assert code == 0, err.getvalue()
    scores = json.loads(out.getvalue())
    assert scores["documents"] >= 5
    assert scores["macro_f1"] >= 0.85
    assert scores["link_accuracy"] >= 0.9
    assert scores["errors"] == []


def _make_model_options() -> dict[str, object]:
    """The training options of `make model` (its BLIND splits): the stance fallback learns from every split but
    the blind benchmarks, the stance arbiter from the blind readings."""
    blind = re.search(r"^BLIND \?= (\S+)$", (GOLD.parents[2] / "Makefile").read_text(encoding="utf-8"), re.M)
    assert blind is not None, "the Makefile names the blind splits"
    return {
        "split": "train",
        "stance_split": None,
        "stance_exclude": set(blind.group(1).split(",")),
        "stance_readings": load_stance_readings(READINGS),
    }


def test_the_shipped_model_is_trained_on_todays_inputs() -> None:
    # fitting is deterministic (next test), so equal fingerprints of the inputs and fitting code mean that a
    # retrain would give the shipped models; `make model-check` retrains and compares byte for byte
    inputs = training_inputs(load_gold(GOLD), **_make_model_options())  # type: ignore[arg-type]
    shipped = json.loads((shipped_pipeline_path() / "meta.json").read_text())["kamerstuk_training"]
    fingerprint, shipped_fingerprint = inputs.fingerprint(), shipped.get("fingerprint")
    assert shipped_fingerprint == fingerprint, "the shipped model is stale: run `make model`"
    assert (shipped["paragraphs"], shipped["stance_examples"]) == (len(inputs.rows), len(inputs.examples))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert spacy.load(shipped_pipeline_path()).pipe_names == list(COMPONENTS)


def test_training_is_deterministic_and_its_fingerprint_sees_inputs_and_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kamerstuk.training as training

    splits = {"test", *(f"holdout{n}" for n in range(30, 38))}
    gold = [doc for doc in load_gold(GOLD) if doc.split in splits]
    readings = [r for r in load_stance_readings(READINGS) if r.split in splits]
    assert {r.split for r in readings if r.cue} >= {"holdout30", "holdout31"}, (
        "the subset has arbiter readings"
    )
    inputs = training_inputs(gold, split="test", stance_split=None, stance_readings=readings)
    saved = []
    for run in ("first", "second"):
        nlp = train_on(inputs)
        nlp.to_disk(tmp_path / run)
        saved.append([(tmp_path / run / file).read_bytes() for file in MODEL_FILES])
        assert nlp.meta["kamerstuk_training"]["fingerprint"] == inputs.fingerprint()
    assert saved[0] == saved[1], "two runs on the same inputs fitted different models"
    fingerprint = inputs.fingerprint()
    flipped = "adopted" if inputs.examples[0][2] != "adopted" else "rejected"
    other = dataclasses.replace(inputs, examples=[(*inputs.examples[0][:2], flipped), *inputs.examples[1:]])
    assert other.fingerprint() != fingerprint, "a changed gold stance must change the fingerprint"
    source = tmp_path / "fit.py"
    source.write_text("EPOCHS = 300\n")
    monkeypatch.setattr(training, "_FITTING_SOURCES", (*training._FITTING_SOURCES, source))
    before = inputs.fingerprint()
    source.write_text("EPOCHS = 301\n")
    assert inputs.fingerprint() != before, "a change to the fitting code must change the fingerprint"


EXPLAINED = """Vergaderjaar 2024–2025

**36 210**

**Bodembeleid**

**Nr. 7**

## **BRIEF VAN DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT**

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 14 maart 2025

### **Aanleiding**

Op 10 januari jl. heeft de Technische Commissie Bodem het advies «Grond onder de voeten» uitgebracht.

De commissie doet drie aanbevelingen, die ik hieronder weergeef.

1. Leg voor iedere provincie een bodemkaart vast met de kwetsbare gebieden.

Volgens de commissie ontbreekt nu een gedeeld beeld van de bodem, waardoor gemeenten en waterschappen langs elkaar heen werken.

2. Stel een grens aan het gebruik van zware machines op natte grond.

De commissie wijst erop dat verdichting van de ondergrond tientallen jaren doorwerkt.

3. Maak de financiering van bodemonderzoek meerjarig.

### **Reactie**

De eerste aanbeveling neem ik over. De provincies stellen de kaarten in 2026 op.

De tweede aanbeveling neem ik niet over, omdat een landelijke grens slecht past bij de verschillen tussen gebieden.

De derde aanbeveling neem ik over: vanaf 2026 is de financiering meerjarig.

Tijdens het commissiedebat Bodem en Ondergrond in juni ga ik graag met uw Kamer in gesprek over de uitwerking.

De Minister van Infrastructuur en Waterstaat,
A.B. de Vries
"""


def test_explanations_under_items_are_the_report_and_follow_up_closes() -> None:
    letter = kamerstuk.parse_text(EXPLAINED, name="bodem.md")
    by_start = {p.text[:25]: p for p in letter.paragraphs}
    ordinal = {r.id: r.ordinal for r in letter.recommendations}
    assert [r.ordinal for r in letter.recommendations] == [1, 2, 3]
    for start, n in (("Volgens de commissie ontb", 1), ("De commissie wijst erop d", 2)):
        p = by_start[start]
        assert p.label == "recommendation", (start, p.label)
        assert [ordinal[r] for r in p.recommendations] == [n]
    assert by_start["De tweede aanbeveling nee"].label == "response"
    assert by_start["Tijdens het commissiedeba"].label == "closing"


def test_a_paragraph_apart_from_the_report_is_other_and_links_nothing() -> None:
    """holdout46/48 (opened), in our own words: "Los van het rapport meld ik u …" after the answers."""
    aside = "Los van het advies meld ik u dat de bodemkaart van Drenthe al in 2024 is verschenen."
    text = EXPLAINED.replace("Tijdens het commissiedebat", f"{aside}\n\nTijdens het commissiedebat")
    letter = kamerstuk.parse_text(text, name="bodem.md")
    p = next(p for p in letter.paragraphs if p.text == aside)
    assert p.label == "other"
    assert p.recommendations == []
    # the rules alone say so too (the trained model is not needed for it)
    rules = kamerstuk.parse_text(text, name="bodem.md", pipeline="rules")
    assert next(q for q in rules.paragraphs if q.text == aside).label == "other"


HEADED = """## **BRIEF VAN DE MINISTER VAN ONDERWIJS, CULTUUR EN WETENSCHAP**

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 2 oktober 2024

### **Inleiding**

De Raad voor Cultuur heeft op 1 juli jl. het advies «Podia in de regio» uitgebracht en doet twee aanbevelingen.

### **Aanbeveling 1 – Geef regionale podia een vaste bijdrage**

De raad adviseert om podia buiten de Randstad een vaste jaarlijkse bijdrage te geven.

Ik neem deze aanbeveling over. Vanaf 2025 ontvangen zestig podia een bijdrage.

### **Aanbeveling 2 – Bundel de programmering**

Het kabinet deelt de zorg dat kleine podia elkaar beconcurreren, maar laat de programmering aan de podia zelf.

### **Tot slot**

Ik dank de raad voor zijn advies.

De Minister van Onderwijs, Cultuur en Wetenschap,
C.D. Jansen
"""


def test_a_paragraph_under_a_heading_that_answers_at_once_is_a_response() -> None:
    letter = kamerstuk.parse_text(HEADED, name="podia.md")
    labels = {p.text[:25]: p.label for p in letter.paragraphs}
    assert labels["De raad adviseert om podi"] == "recommendation"
    assert labels["Het kabinet deelt de zorg"] == "response"


# --- two reports under headings; a report's findings and thanks as context ----------------------

TWO_REPORTS_LETTER = "Vergaderjaar 2024–2025\n\n**32 847**\n\n**Integrale visie op de woningmarkt**\n\n**Nr. 1201**\n\n## **BRIEF VAN DE MINISTER VAN VOLKSHUISVESTING EN RUIMTELIJKE ORDENING**\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 3 maart 2025\n\nMet deze brief reageer ik op het advies van de Raad voor de leefomgeving en infrastructuur (Rli) over stedelijke verdichting en op het rapport van het Planbureau voor de Leefomgeving (PBL) over groen in de stad.\n\n### **Het advies van de Rli**\n\nDe Rli doet twee aanbevelingen.\n\n1. Stel per regio een verdichtingsopgave vast die rekening houdt met de bereikbaarheid.\n\n2. Maak groen een vast onderdeel van elk bouwplan.\n\n### **Het rapport van het PBL**\n\nHet PBL doet de volgende aanbevelingen.\n\n1. Meet de hoeveelheid groen per wijk op een vergelijkbare manier.\n\n2. Geef gemeenten een norm voor de afstand tot een park.\n\n### **Reactie op het advies van de Rli**\n\nZowel de eerste als de tweede aanbeveling neem ik over. In de regionale woondeals leg ik de verdichtingsopgave per regio vast.\n\n### **Reactie op het rapport van het PBL**\n\nDe eerste aanbeveling neem ik over. Het CBS ontwikkelt samen met het PBL een maat voor groen per wijk.\n\nDe tweede aanbeveling neem ik niet over. Een landelijke norm past niet bij de verschillen tussen steden.\n\nDe Minister van Volkshuisvesting en Ruimtelijke Ordening,  \nA. Jansen\n"


def test_two_reports_answered_under_headings(tmp_path: Path) -> None:
    """Each answer stands under a heading naming its report and says only "de eerste"/"de tweede":
    the links and the stances go to that report's recommendations."""
    path = tmp_path / "twee_adviezen.md"
    path.write_text(TWO_REPORTS_LETTER, encoding="utf-8")
    letter = kamerstuk.parse(path)
    by_report = {(r.report, r.ordinal): r for r in letter.recommendations}
    assert by_report[("Rli", 1)].stance == "adopted"
    assert by_report[("Rli", 2)].stance == "adopted"
    assert by_report[("PBL", 1)].stance == "adopted"
    assert by_report[("PBL", 2)].stance == "rejected"
    zowel = next(p for p in letter.paragraphs if p.text.startswith("Zowel"))
    rli = {r.id for r in letter.recommendations if r.report == "Rli"}
    assert set(zowel.recommendations) == rli


FINDINGS_LETTER = "Vergaderjaar 2024–2025\n\n**32 847**\n\n**Integrale visie op de woningmarkt**\n\n**Nr. 1201**\n\n## **BRIEF VAN DE MINISTER VAN VOLKSHUISVESTING EN RUIMTELIJKE ORDENING**\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 3 maart 2025\n\nMet deze brief reageer ik op het advies «Ruimte voor de fiets» van de Raad voor Verkeer en Mobiliteit.\n\n### **Het advies**\n\nDe raad stelt vast dat het fietsgebruik in de steden snel groeit en dat de infrastructuur achterblijft. De raad beveelt aan om een landelijk fietsfonds op te richten, om de fietsparkeernorm bij stations te verhogen en om de verkeersregels voor speedpedelecs te herzien.\n\n### **Reactie**\n\nDe raad constateert dat gemeenten de groei van het fietsverkeer niet bijhouden. Het advies laat zien dat vooral rond stations de stallingen overvol raken en dat speedpedelecs op fietspaden tot onveilige situaties leiden.\n\nIk ben de raad erkentelijk en dank de leden van de raad voor hun grondige analyse.\n\nDeze drie aanbevelingen neem ik over. Het fietsfonds richt ik in 2026 in en de parkeernorm pas ik aan in het Bouwbesluit.\n\nIk dank de raad voor het heldere advies en de leden van de commissie voor hun inzet.\n\nDe Minister van Volkshuisvesting en Ruimtelijke Ordening,  \nA. Jansen\n"


def test_findings_and_thanks_are_context(tmp_path: Path) -> None:
    path = tmp_path / "fiets.md"
    path.write_text(FINDINGS_LETTER, encoding="utf-8")
    letter = kamerstuk.parse(path)
    findings = next(p for p in letter.paragraphs if "constateert" in p.text)
    thanks = next(p for p in letter.paragraphs if "erkentelijk" in p.text)
    answer = next(p for p in letter.paragraphs if p.text.startswith("Deze drie"))
    assert findings.label == "context"
    assert thanks.label == "context"
    assert answer.label == "response" and answer.recommendations


PROGRESS_LETTER = """Vergaderjaar 2025–2026

**31 839**

**Mantelzorg**

**Nr. 77**

## **BRIEF VAN DE STAATSSECRETARIS VAN VOLKSGEZONDHEID, WELZIJN EN SPORT**

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 9 februari 2026

In 2023 bracht de Raad voor Zorg en Welzijn het advies «Zorg voor wie zorgt» uit. Uw commissie vroeg om een
overzicht van wat er met de aanbevelingen is gebeurd. Per aanbeveling geef ik de stand van zaken.

- Aanbeveling 1: leg een landelijk register van mantelzorgers aan. Stand van zaken: afgerond. Het register is sinds
januari 2025 in gebruik bij alle gemeenten.

- Aanbeveling 2: verlaag de eigen bijdrage voor respijtzorg. Stand van zaken: in uitvoering. De verlaging gaat in
per 1 januari 2027.

- Aanbeveling 3: geef mantelzorgers recht op betaald verlof van vier weken. Status: niet overgenomen. De kosten voor
werkgevers zijn te hoog.

- Aanbeveling 4: onderzoek een mantelzorgtoeslag. Stand van zaken: kennisgenomen.

Ik vertrouw erop uw commissie hiermee te hebben geïnformeerd.

De Staatssecretaris van Volksgezondheid, Welzijn en Sport,
A.B. de Vries
"""


def test_a_progress_overview_gives_each_recommendation_the_state_it_names() -> None:
    letter = kamerstuk.parse_text(PROGRESS_LETTER, name="voortgang.md")
    by_ordinal = {r.ordinal: r for r in letter.recommendations}
    assert sorted(by_ordinal) == [1, 2, 3, 4]
    # the recommendation ends where its state begins; the state is the stance
    assert all("Stand van zaken" not in r.text and "Status" not in r.text for r in letter.recommendations)
    assert {n: r.stance for n, r in by_ordinal.items()} == {
        1: "already_in_place",
        2: "adopted",
        3: "rejected",
        4: "noted",
    }


CONTINUED_LETTER = """Vergaderjaar 2026–2027

**29 279**

**Rechtsstaat en rechtsorde**

**Nr. 901**

## **BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID**

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 12 januari 2027

Hierbij bied ik u het rapport «Tijdig gemeld» van de Inspectie Justitie en Veiligheid aan.

De eerste drie aanbevelingen gaan over de keten: 1. de politie moet aangiften binnen twee dagen doorzetten naar
het slachtofferloket; 2. het slachtofferloket dient slachtoffers binnen een week te bellen; 3. de ketenpartners
moeten één gezamenlijk dossier per slachtoffer gebruiken.

Deze drie aanbevelingen neem ik over. De termijnen uit de eerste en de tweede aanbeveling leg ik in 2027 vast in de
Aanwijzing slachtofferzorg.

4. Zorg ervoor dat medewerkers van het slachtofferloket jaarlijks worden getraind.

Dit is al onderdeel van de afspraken die ik in 2025 met de politie en het slachtofferloket heb gemaakt.

Ik dank de inspectie voor haar zorgvuldige onderzoek.

De Minister van Justitie en Veiligheid,
C.D. Jansen
"""


def test_numbering_continued_in_later_paragraphs_and_a_shared_verdict() -> None:
    letter = kamerstuk.parse_text(CONTINUED_LETTER, name="continued.md")
    by_ordinal = {r.ordinal: r for r in letter.recommendations}
    assert sorted(by_ordinal) == [1, 2, 3, 4]
    linked = {p.text[:26]: sorted(by_ordinal_of(letter, p.recommendations)) for p in letter.paragraphs}
    # "Deze drie aanbevelingen" opens the answer: all three, next to the two it names by ordinal
    assert linked["Deze drie aanbevelingen ne"] == [1, 2, 3]
    # right under recommendation 4, one word of another ("politie") does not move the answer
    assert linked["Dit is al onderdeel van de"] == [4]
    assert by_ordinal[3].stance == "adopted" and by_ordinal[4].stance == "already_in_place"


def by_ordinal_of(letter: Letter, ids: list[str]) -> list[int]:
    ordinal = {r.id: r.ordinal or 0 for r in letter.recommendations}
    return [ordinal[i] for i in ids]


INSPECTIE_WODC_LETTER = """Vergaderjaar 2026–2027

**28 741**

**Jeugdcriminaliteit**

**Nr. 120**

## **BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID**

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 2 februari 2027

Hierbij ontvangt u het rapport «Lang wachten» van de Inspectie Justitie en Veiligheid en het onderzoek «Korter
binnen» dat het WODC heeft laten uitvoeren.

### **Het rapport van de inspectie**

Volgens de inspectie moet de politie ouders binnen twee uur inlichten. Daarnaast beveelt zij aan om jongeren
alleen in aparte cellen in te sluiten.

### **Het onderzoek van het WODC**

De onderzoekers doen twee aanbevelingen. Zij raden aan bij wet te regelen dat een jongere niet langer dan twaalf
uur in een cel verblijft. Verder bevelen zij aan in iedere regio een opvangplek buiten het bureau te openen.

### **Reactie**

De eerste aanbeveling van de inspectie neem ik over.

Wat de tweede aanbeveling van de inspectie betreft: aparte cellen zijn sinds 2024 in alle eenheden in gebruik.

Een wettelijk maximum van twaalf uur, zoals het WODC voorstelt, neem ik niet over.

Ik dank de inspectie en de onderzoekers voor hun werk.

De Minister van Justitie en Veiligheid,
E.F. de Boer
"""


def test_two_reports_answered_by_body_named_in_common_words() -> None:
    letter = kamerstuk.parse_text(INSPECTIE_WODC_LETTER, name="twee.md")
    by_start = {r.text[:20]: r for r in letter.recommendations}
    inspectie = [r for r in letter.recommendations if r.report and r.report.startswith("Inspectie")]
    wodc = [r for r in letter.recommendations if r.report == "WODC"]
    assert len(inspectie) == 2 and len(wodc) == 2, [(r.report, r.text[:30]) for r in letter.recommendations]

    def linked(start: str) -> list[str]:
        return next(p.recommendations for p in letter.paragraphs if p.text.startswith(start))

    # "van de inspectie" picks the inspectie's first, not the WODC's
    assert linked("De eerste aanbeveling van de inspectie") == [by_start["Volgens de inspectie"].id]
    # "zoals het WODC voorstelt" takes the answer to the WODC's recommendation on its words
    assert linked("Een wettelijk maximum") == [by_start["Zij raden aan bij we"].id]
    assert by_start["Zij raden aan bij we"].stance == "rejected"
    assert by_start["Daarnaast beveelt zi"].stance == "already_in_place"


AIM_LETTER = """Vergaderjaar 2026–2027

**31 122**

**Gezondheidszorg in de regio**

**Nr. 77**

## **BRIEF VAN DE MINISTER VAN VOLKSGEZONDHEID, WELZIJN EN SPORT**

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 9 februari 2027

Hierbij ontvangt u het advies «Zorg dichtbij» van de Raad voor Volksgezondheid en Samenleving.

De raad beveelt in de eerste plaats aan om gemeenten een wettelijke taak te geven bij het vinden van ruimte voor
apotheken. Ten tweede adviseert de raad om de vergoeding voor avonddiensten te verhogen. Tot slot wil de raad dat
apothekers in krimpgebieden een vaste toeslag ontvangen.

De gedachte achter de eerste aanbeveling onderschrijf ik. Zonder betaalbare ruimte vestigt geen apotheker zich in
een dorp.

Een nieuwe wettelijke taak voor gemeenten acht ik echter niet nodig. Wel maak ik in 2027 met de VNG afspraken over
een regionaal loket voor praktijkruimte.

De tweede aanbeveling neem ik over. De vergoeding voor avonddiensten gaat per 1 januari 2028 omhoog.

Een vaste toeslag past niet bij de bekostiging van apotheken. Het kabinet handhaaft daarom de huidige regeling.

De Minister van Volksgezondheid, Welzijn en Sport,
E.F. de Boer
"""


def test_an_aim_shared_and_a_detail_declined_is_a_part() -> None:
    """ "De gedachte achter de eerste aanbeveling onderschrijf ik", then in the next paragraph the
    measure declined and a smaller one taken: partly_adopted; "Tot slot wil de raad dat …" is the
    third recommendation, "past niet bij" and "handhaaft de huidige regeling" reject it."""
    letter = kamerstuk.parse_text(AIM_LETTER, name="aim.md")
    assert len(letter.recommendations) == 3
    stances = [r.stance for r in letter.recommendations]
    assert stances == ["partly_adopted", "adopted", "rejected"]


ANNOUNCING_LETTER = """Vergaderjaar 2026–2027

**36 402**

**Beheer van kleine havens**

**Nr. 5**

## **BRIEF VAN DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT**

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 2 april 2027

Hierbij ontvangt u mijn reactie op het advies «Kades op orde» van de Raad voor de leefomgeving en infrastructuur.

De raad beveelt in de eerste plaats aan om gemeenten een wettelijke plicht op te leggen om kademuren jaarlijks \
te inspecteren. Ten tweede adviseert de raad om een landelijk register van laadpalen voor binnenvaartschepen op \
te zetten.

Ik dank de raad voor het heldere advies. De analyse deel ik. Op de afzonderlijke aanbevelingen ga ik hieronder in.

Een jaarlijkse wettelijke inspectieplicht voor kademuren vraagt van kleine gemeenten meer dan zij kunnen \
dragen. Ik houd daarom vast aan de huidige aanpak, waarin gemeenten zelf bepalen hoe vaak zij hun kademuren \
inspecteren. Op de laadpalen kom ik hieronder terug.

Een landelijk register van laadpalen richt ik in 2028 in.

De Minister van Infrastructuur en Waterstaat,
G.H. de Wit
"""


@pytest.mark.parametrize(
    "announcement",
    [
        "Hieronder reageer ik op de twee aanbevelingen.",
        "Ik ga eerst in op de aanbeveling over de inspecties en daarna op die over de laadpalen.",
    ],
)
def test_a_paragraph_announcing_the_answers_is_linked_to_none(announcement: str) -> None:
    text = ANNOUNCING_LETTER.replace("Op de afzonderlijke aanbevelingen ga ik hieronder in.", announcement)
    assert announcement in text
    letter = kamerstuk.parse_text(text, name="havens.md")
    intro = next(p for p in letter.paragraphs if p.text.startswith("Ik dank de raad"))
    assert intro.recommendations == []


def test_an_answer_that_ends_by_announcing_another_is_linked_by_its_words() -> None:
    letter = kamerstuk.parse_text(ANNOUNCING_LETTER, name="havens.md")
    first = next(r for r in letter.recommendations if r.ordinal == 1)
    answer = next(p for p in letter.paragraphs if p.text.startswith("Een jaarlijkse wettelijke"))
    intro = next(p for p in letter.paragraphs if p.text.startswith("Ik dank de raad"))
    assert first.id in answer.recommendations
    # an introduction announcing the answers to the recommendations themselves stays unlinked
    assert intro.recommendations == []
    # keeping what is declines the change ("vasthouden aan de huidige aanpak"), not a measure in place
    assert (first.stance, first.stance_basis) == ("rejected", "cue")


COUNTED_ACROSS_LETTER = """Vergaderjaar 2026–2027

**36 418**

**Zorg op de eilanden**

**Nr. 9**

## **BRIEF VAN DE MINISTER VAN VOLKSGEZONDHEID, WELZIJN EN SPORT**

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 12 mei 2027

Hierbij ontvangt u twee rapporten over de huisartsenzorg op de eilanden: een onderzoek van de Nederlandse \
Zorgautoriteit (NZa) en een studie van het Nivel.

De NZa beveelt in de eerste plaats aan om voor elk eiland een vaste toeslag voor de praktijk in te stellen. \
Verder vindt de NZa dat de kosten van vervoer per boot naar het vasteland landelijk moeten worden vergoed. \
Ten slotte adviseert de NZa om met de apotheken afspraken te maken over levering in het weekend.

Het Nivel heeft driehonderd eilandbewoners gesproken. De onderzoekers doen twee aanbevelingen.

Zij adviseren om op elk eiland een spreekuur per beeldbellen in te richten. Daarnaast bevelen zij aan om de \
huisartsenpost ook 's nachts met een praktijkverpleegkundige te bezetten.

De eerste aanbeveling van de NZa neem ik over. De toeslag geldt vanaf 1 januari 2028.

Over de bootritten het volgende. Sinds 2025 worden deze ritten uit het landelijke budget betaald.

De vijfde aanbeveling neem ik niet over. Een nachtdienst op elk eiland vraagt meer verpleegkundigen dan er zijn.

De Minister van Volksgezondheid, Welzijn en Sport,
K.L. Visser
"""


def test_a_letter_that_counts_on_across_two_reports_and_a_topic_named_by_a_compound() -> None:
    letter = kamerstuk.parse_text(COUNTED_ACROSS_LETTER, name="eilanden.md")
    recs = letter.recommendations
    assert [r.by for r in recs] == [["NZa"]] * 3 + [["Nivel"]] * 2

    def linked(start: str) -> list[str]:
        return next(p.recommendations for p in letter.paragraphs if p.text.startswith(start))

    # "De vijfde aanbeveling": the fifth in the letter, the Nivel's second
    assert linked("De vijfde aanbeveling") == [recs[4].id]
    assert recs[4].stance == "rejected"
    # "Over de bootritten het volgende": the NZa's second ("vervoer per boot"), not the first answered above
    assert linked("Over de bootritten") == [recs[1].id]


def test_caller_recommendations_come_from_the_report_the_letter_answers() -> None:
    """holdout117/122 (opened), in our own words: a caller's items that name no author take the report's
    bodies, as the letter's own recommendations do (before, `by` and `report` stayed empty)."""
    text = (
        "Geachte voorzitter,\n\n"
        "Op 4 februari 2027 heeft de Algemene Rekenkamer het rapport «Heffen zonder houvast» gepubliceerd over de "
        "Stikstofheffing. Hierbij ontvangt u mijn reactie.\n\n"
        "De aanbevelingen 1 en 2 neem ik over. Aanbeveling 3 neem ik niet over.\n\n"
        "De Minister van Financiën,\n\nA. de Vries"
    )
    letter = kamerstuk.parse_text(text, name="heffing.md", pipeline="none")
    given = [
        Recommendation(id=f"r{n}", ordinal=n, text=t)
        for n, t in enumerate(["Meet het effect.", "Verhoog het tarief.", "Beperk de overdracht."], start=1)
    ]
    linked = apply_pipeline(letter, load_pipeline(), recommendations=given)
    assert [r.by for r in linked.recommendations] == [["Algemene Rekenkamer"]] * 3
    assert [r.report for r in linked.recommendations] == ["Algemene Rekenkamer"] * 3
    # an author the caller gives is kept
    own = [given[0].model_copy(update={"by": ["CPB"], "report": "CPB"})]
    assert apply_pipeline(letter, load_pipeline(), recommendations=own).recommendations[0].by == ["CPB"]


def test_round_39_a_shared_view_followed_by_a_measure_of_ours_answers(tmp_path: Path) -> None:
    """ "Het kabinet deelt de analyse van de raad dat …. De minister plaatst in 2027 vier extra liaisonofficieren …"
    answers the recommendation (before: read as context, like a paragraph that only shares the report's view, and the
    recommendation was left without a stance)."""
    path = tmp_path / "brief.md"
    path.write_text(
        "Vergaderjaar 2026–2027\n\n**29 911**\n\n**Bestrijding georganiseerde criminaliteit**\n\n**Nr. 401**\n\n"
        "## **BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN**\n\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 3 april 2027\n\n"
        "Op 10 maart 2027 heeft de raad het advies «Over de grens» uitgebracht. In deze brief geef ik de reactie van "
        "het kabinet.\n\n"
        "De raad beveelt aan om in de landen van herkomst meer verbindingsofficieren van de politie te plaatsen. Ook "
        "vraagt de raad het kabinet de samenwerking met havens in West-Afrika te versterken.\n\n"
        "Het kabinet deelt de analyse van de raad dat informatie uit de landen van herkomst onmisbaar is. De Minister "
        "van Justitie en Veiligheid plaatst in 2027 vier extra verbindingsofficieren in Colombia en Ghana.\n\n"
        "Sinds 2023 ondersteunt Nederland de havens van Ghana en Ecuador bij het controleren van containers.\n\n"
        "De Minister van Buitenlandse Zaken,\n\nA.B. de Vries\n",
        encoding="utf-8",
    )
    letter = kamerstuk.parse(path)
    shared = next(p for p in letter.paragraphs if p.text.startswith("Het kabinet deelt de analyse"))
    assert shared.label == "response"
    assert letter.recommendations[0].stance is not None


def test_round_40_a_members_question_with_a_promise_is_other(tmp_path: Path) -> None:
    """A paragraph on a member's question in a debate, beside the report, stays `other` when it promises an answer
    elsewhere ("Daarover ontvangt uw Kamer in het najaar een aparte brief"; before: a response, kept by the promise);
    a finding drawn from a monitor ("Uit de monitor … blijkt") is no follow-up that closes the letter."""
    path = tmp_path / "brief.md"
    path.write_text(
        "Vergaderjaar 2026–2027\n\n**31 839**\n\n**Jeugdbeleid**\n\n**Nr. 1002**\n\n"
        "## **BRIEF VAN DE STAATSSECRETARIS VAN VOLKSGEZONDHEID, WELZIJN EN SPORT**\n\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 12 maart 2027\n\n"
        "Op 4 februari 2027 heeft de raad het advies «Samen sterk» uitgebracht over de sportverenigingen. In deze "
        "brief geef ik mijn reactie.\n\n"
        "De raad beveelt aan om iedere gemeente een sportcoach voor kinderen met een beperking te laten aanstellen. "
        "Daarnaast adviseert de raad om verenigingen een vast budget voor vrijwilligers te geven.\n\n"
        "De eerste aanbeveling neem ik over. Ik stel daarvoor vanaf 2028 jaarlijks 10 miljoen euro beschikbaar.\n\n"
        "In het commissiedebat Sport van 8 februari 2027 vroeg het lid Bakker naar de kosten van sportkleding voor "
        "gezinnen met een laag inkomen. Daarover ontvangt uw Kamer in het najaar een aparte brief.\n\n"
        "Iedere vereniging kan sinds 2024 een vergoeding voor vrijwilligers krijgen uit het programma Sport telt. Uit "
        "de monitor van dat programma blijkt dat de regeling bij de verenigingen goed bekend is.\n\n"
        "Ik blijf uw Kamer jaarlijks in de voortgangsrapportage informeren over de sportdeelname.\n\n"
        "De Staatssecretaris van Volksgezondheid, Welzijn en Sport,\n\nA.B. de Vries\n",
        encoding="utf-8",
    )
    letter = kamerstuk.parse(path)
    member = next(p for p in letter.paragraphs if p.text.startswith("In het commissiedebat"))
    assert member.label == "other"
    monitor = next(p for p in letter.paragraphs if p.text.startswith("Iedere vereniging"))
    assert monitor.label == "response"


def test_round_40_an_answer_between_two_answers_takes_the_one_left_in_between(tmp_path: Path) -> None:
    """A response that names no recommendation and has no word only one of them has, between the answers to the first
    and the third, answers the second when it shares a word with it (before: linked to nothing, the second left
    without an answer and a stance)."""
    path = tmp_path / "brief.md"
    path.write_text(
        "Vergaderjaar 2026–2027\n\n**29 984**\n\n**Spoorvervoer**\n\n**Nr. 1201**\n\n"
        "## **BRIEF VAN DE STAATSSECRETARIS VAN INFRASTRUCTUUR EN WATERSTAAT**\n\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 14 mei 2027\n\n"
        "Op 2 april 2027 verscheen de evaluatie van de fietsenstallingen bij stations. De onderzoekers doen drie "
        "aanbevelingen.\n\n"
        "1. Laat ProRail het beheer van alle fietskluizen overnemen van de gemeenten.\n\n"
        "2. Plaats op ieder treinstation in Nederland een fietskluis.\n\n"
        "3. Onderzoek samen met de vervoerders of ook bij grote busstations kluizen kunnen komen.\n\n"
        "De eerste aanbeveling neem ik niet over. Het beheer door de gemeenten werkt goed.\n\n"
        "Een kluis op ieder station, ook op haltes met enkele tientallen reizigers per dag, staat niet in "
        "verhouding tot de kosten. Ik stel in 2028 wel 3 miljoen euro beschikbaar om kluizen te plaatsen op de "
        "drukste stations.\n\n"
        "Voor de derde aanbeveling ligt het initiatief bij de vervoerregio's.\n\n"
        "De Staatssecretaris van Infrastructuur en Waterstaat,\n\nA.B. de Vries\n",
        encoding="utf-8",
    )
    letter = kamerstuk.parse(path)
    between = next(p for p in letter.paragraphs if p.text.startswith("Een kluis"))
    second = next(r for r in letter.recommendations if "treinstation" in r.text)
    assert between.recommendations == [second.id]
    assert second.stance is not None


def test_round_41_a_recommendation_named_in_passing_leaves_the_paragraph_on_the_one_before(
    tmp_path: Path,
) -> None:
    """ "… op basis van de toets uit de eerste aanbeveling" at the end of a paragraph that goes on with the answer to
    the second: linked to both, the first marked as named in passing (before: linked to the first only); a letter that
    ends "Ik informeer uw Kamer in het voorjaar van 2028 over …" closes (before: read as a response)."""
    path = tmp_path / "brief.md"
    path.write_text(
        "Vergaderjaar 2026–2027\n\n**32 847**\n\n**Woningbouw**\n\n**Nr. 1402**\n\n"
        "## **BRIEF VAN DE MINISTER VAN VOLKSHUISVESTING EN RUIMTELIJKE ORDENING**\n\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 10 maart 2027\n\n"
        "Op 2 februari 2027 heeft de raad het advies «Bouwen op veen» uitgebracht. In deze brief geef ik mijn "
        "reactie.\n\n"
        "De raad beveelt aan om bij elke nieuwe bouwlocatie een bodemtoets verplicht te stellen. Daarnaast adviseert "
        "de raad om in gebieden met een daling van meer dan een centimeter per jaar alleen nog op palen te bouwen.\n\n"
        "De eerste aanbeveling neem ik over. De bodemtoets wordt vanaf 2028 een eis voor alle nieuwe locaties.\n\n"
        "Met de tweede aanbeveling stem ik in beginsel in. Funderen op palen voorkomt veel schade.\n\n"
        "Een verplichting voor alle gebieden met meer dan een centimeter daling per jaar acht ik echter niet "
        "verstandig. Ik beperk de verplichting daarom tot gebieden met een daling van meer dan twee centimeter per "
        "jaar. Daarbuiten kiezen gemeenten zelf, op basis van de bodemtoets uit de eerste aanbeveling.\n\n"
        "Bouwen op slappe bodem vraagt om zorg. Ik informeer uw Kamer in het voorjaar van 2028 over de voortgang.\n\n"
        "De Minister van Volkshuisvesting en Ruimtelijke Ordening,\n\nA.B. de Vries\n",
        encoding="utf-8",
    )
    letter = kamerstuk.parse(path)
    first, second = letter.recommendations
    limit = next(p for p in letter.paragraphs if p.text.startswith("Een verplichting"))
    assert sorted(limit.recommendations) == sorted([first.id, second.id])
    passing = next(lk for lk in letter.links if lk.paragraph == limit.id and lk.recommendation == first.id)
    assert passing.evidence.endswith("(named in passing)")
    assert second.stance == "partly_adopted"
    assert letter.paragraphs[-1].label == "closing"


def test_round_41_a_choice_for_the_ones_just_named_goes_on_with_the_answer_before(tmp_path: Path) -> None:
    """ "Voor die schepen kies ik daarom voor een tussenoplossing: … het water wordt tweewekelijks bemonsterd" after the
    answer to the fourth recommendation goes on with it, though its later words are the first one's (before: linked to
    the first by "bemonsterd"), and makes the fourth a part adopted."""
    path = tmp_path / "brief.md"
    path.write_text(
        "Vergaderjaar 2026–2027\n\n**36 124**\n\n**Defensie**\n\n**Nr. 610**\n\n"
        "## **BRIEF VAN DE STAATSSECRETARIS VAN DEFENSIE**\n\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 2 december 2026\n\n"
        "Op 4 november 2026 heeft de inspectie het rapport «Water aan boord» uitgebracht. De inspectie beveelt aan "
        "het drinkwater op schepen die langer dan een week op zee zijn wekelijks te laten bemonsteren, per schip twee "
        "bemanningsleden op te leiden tot waterbeheerder, een meldpunt voor klachten in te richten en de "
        "drinkwatertanks van alle schepen ouder dan twintig jaar binnen vijf jaar te vervangen.\n\n"
        "De eerste aanbeveling neem ik over. Vanaf 1 maart 2027 wordt het water op die schepen wekelijks bemonsterd.\n\n"
        "Ook de tweede en de derde aanbeveling neem ik over.\n\n"
        "De vervanging van de tanks binnen vijf jaar is voor de hele vloot niet haalbaar. De oudste fregatten gaan in "
        "2028 groot onderhoud in; dan worden hun tanks vervangen. Voor de vier oudste mijnenjagers, die vóór 2030 uit "
        "dienst gaan, is een nieuwe tank niet zinvol.\n\n"
        "Voor die mijnenjagers kies ik daarom voor een tussenoplossing: hun tanks krijgen in 2027 een nieuwe coating "
        "en het water aan boord wordt tweewekelijks extra bemonsterd tot zij uit dienst gaan.\n\n"
        "Ik blijf uw Kamer via de jaarlijkse voortgangsrapportage informeren.\n\n"
        "De Staatssecretaris van Defensie,\n\nA.B. de Vries\n",
        encoding="utf-8",
    )
    letter = kamerstuk.parse(path)
    fourth = next(r for r in letter.recommendations if "drinkwatertanks" in r.text)
    choice = next(p for p in letter.paragraphs if p.text.startswith("Voor die mijnenjagers"))
    assert choice.recommendations == [fourth.id]
    assert fourth.stance == "partly_adopted"


def test_round_41_a_members_question_in_a_past_debate_is_other(tmp_path: Path) -> None:
    """A paragraph that opens "In het commissiedebat van 4 maart jl. vroeg het lid …" answers the member beside the
    report: `other`, with no link, whatever words of a recommendation it uses (before: a response linked by those words,
    or a closing near the end); one that speaks of a recommendation stays with the report."""
    path = tmp_path / "brief.md"
    path.write_text(
        "Vergaderjaar 2026–2027\n\n**33 750**\n\n**Defensie**\n\n**Nr. 611**\n\n"
        "## **BRIEF VAN DE STAATSSECRETARIS VAN DEFENSIE**\n\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 2 december 2026\n\n"
        "Op 4 november 2026 heeft de Algemene Rekenkamer het rapport «Zorg op afstand» gepubliceerd. De Rekenkamer "
        "beveelt aan om reservisten toegang te geven tot de bedrijfsarts van Defensie en om de wachttijd bij de "
        "bedrijfsarts te verkorten.\n\n"
        "De eerste aanbeveling neem ik over. Vanaf 1 maart 2027 kunnen reservisten bij de bedrijfsarts terecht.\n\n"
        "De tweede aanbeveling neem ik niet over. De wachttijd is nu twee weken en dat acht ik aanvaardbaar.\n\n"
        "In het commissiedebat van 9 oktober jl. vroeg het lid De Wit of reservisten ook bij de bedrijfsarts "
        "terechtkunnen als zij niet in dienst zijn. Daarbuiten vallen zij onder de arbodienst van hun werkgever.\n\n"
        "Ik dank de Rekenkamer voor het rapport.\n\n"
        "De Staatssecretaris van Defensie,\n\nA.B. de Vries\n",
        encoding="utf-8",
    )
    letter = kamerstuk.parse(path)
    member = next(p for p in letter.paragraphs if p.text.startswith("In het commissiedebat"))
    assert member.label == "other"
    assert member.recommendations == []
    assert not any(lk.paragraph == member.id for lk in letter.links)


def test_round_42_ordinals_count_within_the_pair_restated_under_a_heading(tmp_path: Path) -> None:
    """Under a heading that restates two recommendations in one paragraph, "het eerste advies" and "het tweede advies"
    count within that pair once the letter's own first and second were answered under an earlier heading (before: the
    first and second of the letter, and the pair's stances read from the wrong answers)."""
    path = tmp_path / "brief.md"
    path.write_text(
        "Vergaderjaar 2026–2027\n\n**35 410**\n\n**Bibliotheekbeleid**\n\n**Nr. 38**\n\n"
        "## **BRIEF VAN DE MINISTER VAN ONDERWIJS, CULTUUR EN WETENSCHAP**\n\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 3 december 2026\n\n"
        "Hierbij ontvangt u mijn reactie op het advies «Open boeken» van de Raad voor Cultuur over de openbare "
        "bibliotheek in kleine kernen. Het advies bevat drie aanbevelingen, die ik per thema bespreek.\n\n"
        "### **Spreiding**\n\n"
        "Eerst beveelt de raad aan: «Leg in de wet vast dat iedere gemeente een bibliotheekvestiging heeft».\n\n"
        "Ik neem deze aanbeveling niet over. Gemeenten kiezen zelf hoe zij de bibliotheekfunctie invullen.\n\n"
        "### **Collectie en personeel**\n\n"
        "Daarnaast adviseert de raad «Breid de landelijke e-collectie uit met luisterboeken» en «Geef "
        "bibliotheekmedewerkers een opleidingsbudget».\n\n"
        "Ik neem het eerste advies over. Vanaf 1 juli 2027 staan tweeduizend luisterboeken in de e-collectie.\n\n"
        "Aan het tweede advies wordt al voldaan. Sinds 2024 heeft iedere medewerker een eigen scholingsbudget.\n\n"
        "De Minister van Onderwijs, Cultuur en Wetenschap,\n\nA.B. de Vries\n",
        encoding="utf-8",
    )
    letter = kamerstuk.parse(path)
    first, second, third = letter.recommendations
    assert second.text.startswith("Breid de landelijke e-collectie")
    took = next(p for p in letter.paragraphs if p.text.startswith("Ik neem het eerste advies over"))
    done = next(p for p in letter.paragraphs if p.text.startswith("Aan het tweede advies"))
    assert took.recommendations == [second.id]
    assert done.recommendations == [third.id]
    assert (first.stance, second.stance, third.stance) == ("rejected", "adopted", "already_in_place")


LAST_ANSWER_THEN_CLOSING = """Vergaderjaar 2026–2027

**36 480**

**Zwemwaterkwaliteit**

**Nr. 4**

## **BRIEF VAN DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT**

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 9 februari 2027

Op 12 november 2026 heeft het bureau Waterwijs de evaluatie van de zwemwaterregeling afgerond. Het bureau doet drie aanbevelingen.

1. Meet de kwaliteit van het zwemwater vaker in de zomermaanden.

2. Maak de meetgegevens dagelijks openbaar in een landelijke app.

3. Laat de provincies badgasten actief waarschuwen bij blauwalg.

De eerste aanbeveling neem ik over. De provincies meten vanaf 1 mei 2027 iedere week.

De tweede aanbeveling neem ik niet over, omdat de bestaande website van de provincies volstaat.

Wat de laatste aanbeveling betreft: de provincies gaan zelf over hun waarschuwingen. Ik heb het IPO gevraagd te bezien of een gezamenlijke aanpak mogelijk is. Uw Kamer hoort daarvan in de volgende voortgangsbrief over de waterkwaliteit.

Met de maatregelen in deze brief zet ik een volgende stap naar veilig zwemwater. Ik dank het bureau voor de zorgvuldige evaluatie.

De Minister van Infrastructuur en Waterstaat,

M.L. Verhoeven-Smit
"""


def test_round_44_an_answer_near_the_end_stays_a_response_and_a_summing_up_closes() -> None:
    letter = kamerstuk.parse_text(LAST_ANSWER_THEN_CLOSING, name="zwemwater.md")
    by_start = {p.text[:25]: p for p in letter.paragraphs}
    ordinal = {r.id: r.ordinal for r in letter.recommendations}
    assert [r.ordinal for r in letter.recommendations] == [1, 2, 3]
    last_answer = by_start["Wat de laatste aanbevelin"]
    # (before round 44: the follow-up at its end made it the letter's closing, its link lost)
    assert last_answer.label == "response"
    assert [ordinal[r] for r in last_answer.recommendations] == [3]
    # the letter's measures summed up at its end close it
    assert by_start["Met de maatregelen in dez"].label == "closing"
    assert by_start["Met de maatregelen in dez"].recommendations == []


@pytest.mark.parametrize(
    ("text", "follows_up"),
    [
        # the letter's measures summed up, or the Kamer told what comes next (read in the last two paragraphs only)
        (
            "Toezicht werkt alleen als het snel begint. Met de maatregelen in deze brief zet ik daarin een stap.",
            True,
        ),
        ("Met deze maatregelen blijft de regeling een bruikbaar instrument voor kleine ondernemers.", True),
        ("In het najaar van 2027 laat ik uw Kamer weten hoe het staat met de trainingen.", True),
        ("Uw Kamer hoort daarvan in het voorjaar.", True),
        ("De uitkomsten van de eerste ronde deel ik in de zomer van 2028 met uw Kamer.", True),
        # (a measure of an answer, not the letter's measures summed up)
        ("Met deze maatregel voer ik de tweede aanbeveling uit.", False),
    ],
)
def test_round_44_follow_up_cue(text: str, follows_up: bool) -> None:
    from kamerstuk.patterns.pipeline import LABEL_CUES

    assert (LABEL_CUES["follow_up"].search(text) is not None) is follows_up


@pytest.mark.parametrize(
    ("text", "names_one"),
    [
        (
            "Wat de laatste aanbeveling betreft: de dienst gaat daar zelf over. Uw Kamer hoort daarvan in mei.",
            True,
        ),
        ("Aanbeveling 4 neem ik over; ik informeer uw Kamer in het najaar over de uitwerking.", True),
        ("Na dat gesprek laat ik uw Kamer weten of en hoe ik deze aanbeveling opvolg.", True),
        # (the closing names the recommendations together)
        (
            "Over de uitvoering van de aanbevelingen informeer ik uw Kamer in de volgende voortgangsbrief.",
            False,
        ),
    ],
)
def test_round_44_an_answer_naming_one_recommendation_is_no_follow_up_tail(
    text: str, names_one: bool
) -> None:
    from kamerstuk.patterns.pipeline import ANSWER_OPENS_ON_REFERENCE

    assert (ANSWER_OPENS_ON_REFERENCE.match(text) is not None) is names_one


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # a report's findings in its own voice, "ziet dat" (round 44)
        (
            "De inspectie bezocht honderd scholen. Zij ziet dat scholen met een plan betere lessen geven.",
            True,
        ),
        ("De inspectie ziet echter dat de verschillen groot zijn.", True),
        ("Zij bezocht honderd scholen.", False),
    ],
)
def test_round_44_findings_cue(text: str, finding: bool) -> None:
    from kamerstuk.patterns.pipeline import LABEL_CUES

    assert (LABEL_CUES["findings"].search(text) is not None) is finding


ROUND_45_TWO_REPORTS = """Tweede Kamer der Staten-Generaal

Vergaderjaar 2026–2027

**32 847**

**Integrale visie op de woningmarkt**

**Nr. 1402**

## **BRIEF VAN DE MINISTER VAN VOLKSHUISVESTING EN RUIMTELIJKE ORDENING**

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 12 maart 2027

Hierbij stuur ik u twee rapporten over huurcontracten voor studenten. Het Centraal Planbureau (CPB) heeft in de studie «Kamers te huur» onderzocht hoe de kamerhuren zich sinds 2022 hebben ontwikkeld. Daarnaast heeft Bureau Vermeer Advies in mijn opdracht de Wet kamerbemiddeling geëvalueerd. In deze brief reageer ik op beide rapporten.

Het CPB beveelt aan om de maximale kamerhuur jaarlijks te indexeren met de inflatie. Daarnaast adviseert het CPB om gemeenten een quotum voor studentenkamers in nieuwbouwwijken te laten hanteren.

De eerste aanbeveling van het CPB neem ik over. Vanaf 1 juli 2027 wordt de maximale kamerhuur jaarlijks met de inflatie geïndexeerd.

Een quotum voor studentenkamers leg ik gemeenten niet op. Gemeenten kennen hun eigen woningmarkt het best.

De onderzoekers stellen vast dat de wet haar doel grotendeels bereikt. De onderzoekers doen twee aanbevelingen. Zij adviseren om bemiddelaars te verplichten de huurprijs in iedere advertentie te vermelden. Verder bevelen zij aan de boete voor een bemiddelaar die zonder vergunning werkt te verdubbelen.

Wat de eerste aanbeveling van de onderzoekers betreft: sinds 1 januari 2027 moet de huurprijs al in iedere advertentie staan. Dat was bij de afronding van het onderzoek nog niet bekend.

Een verdubbeling van de boete acht ik niet evenredig. Ik verhoog de boete met de helft.

Het kabinet richt daarnaast geen apart fonds voor studentenhuisvesting op. Studentenhuisvesting blijft een taak van gemeenten en corporaties.

Ik zie het werk van de onderzoekers als steun voor een betere bescherming van studenten. Over de uitvoering bericht ik uw Kamer in het najaar van 2027.

De Minister van Volkshuisvesting en Ruimtelijke Ordening,
K. de Groot
"""


def test_round_45_the_researchers_of_a_bureau_named_as_subject_are_its_own_and_their_first_is_its_first() -> (
    None
):
    """A bureau that "heeft … in mijn opdracht de wet geëvalueerd" beside a planbureau: "de onderzoekers" are the
    bureau's, and "de eerste aanbeveling van de onderzoekers" is its first, not the letter's (before round 45: both
    read as the planbureau's, the answer linked to the planbureau's first)."""
    letter = kamerstuk.parse_text(ROUND_45_TWO_REPORTS, name="kamerhuur.md")
    recs = letter.recommendations
    assert [r.report for r in recs] == ["CPB", "CPB", "Bureau Vermeer Advies", "Bureau Vermeer Advies"]
    by_start = {p.text[:25]: p for p in letter.paragraphs}
    assert by_start["Wat de eerste aanbeveling"].recommendations == [recs[2].id]
    assert recs[2].stance == "already_in_place"
    # a closing that names the whole work is no verdict on the one recommendation that shares a word with it
    assert by_start["Ik zie het werk van de on"].label == "closing"
    assert by_start["Ik zie het werk van de on"].recommendations == []


ROUND_45_WHOLE_ADVICE_CLOSING = """Tweede Kamer der Staten-Generaal

Vergaderjaar 2026–2027

**36 410 V**

**Vaststelling van de begrotingsstaten van het Ministerie van Buitenlandse Zaken (V) voor het jaar 2027**

**Nr. 77**

## **BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN**

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 3 april 2027

Op 2 februari 2027 heeft de Adviesraad Internationale Vraagstukken (AIV) het advies «Koers op de poolzee» uitgebracht. Hierbij ontvangt u de kabinetsreactie.

De AIV doet het kabinet de volgende aanbevelingen: 1. sluit het nieuwe poolverdrag vóór 2028 af; 2. richt een nationaal fonds op dat Nederlandse onderzoeksinstituten helpt bij poolonderzoek; 3. benoem een speciaal gezant voor de poolgebieden.

De eerste aanbeveling neemt het kabinet over. Het goedkeuringswetsvoorstel gaat in het najaar van 2027 naar de Raad van State.

Wat de tweede aanbeveling betreft, is het kabinet van oordeel dat een apart fonds het onderzoeksgeld versnippert. Het kabinet richt daarom geen nationaal fonds op.

De derde aanbeveling onderschrijft het kabinet. De gezant begint op 1 september 2027.

Het kabinet ziet het advies van de AIV als steun voor een actieve Nederlandse inzet in de poolgebieden. Over de voortgang informeert het kabinet uw Kamer jaarlijks vanaf 2028.

De Minister van Buitenlandse Zaken,
M. Jansen
"""


def test_round_45_a_verdict_on_the_whole_advice_is_no_verdict_on_one_recommendation() -> None:
    """ "Het kabinet ziet het advies van de AIV als steun voor een actieve Nederlandse inzet" at the end shares
    "Nederlandse" with the second recommendation only; it is about the whole advice, and the answer that declines the
    fund decides the second (before round 45: adopted, from that last sentence)."""
    letter = kamerstuk.parse_text(ROUND_45_WHOLE_ADVICE_CLOSING, name="poolzee.md")
    stances = {r.ordinal: r.stance for r in letter.recommendations}
    assert stances == {1: "adopted", 2: "rejected", 3: "adopted"}
    second = next(r for r in letter.recommendations if r.ordinal == 2)
    assert second.stance_evidence is not None and "geen nationaal fonds" in second.stance_evidence


ROUND_45_GROUP_HEADING = """Tweede Kamer der Staten-Generaal

Vergaderjaar 2026–2027

**19 637**

**Vreemdelingenbeleid**

**Nr. 3501**

## **BRIEF VAN DE MINISTER VOOR ASIEL EN MIGRATIE**

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 20 mei 2027

Op 1 april 2027 heeft de Nationale ombudsman het rapport «Een naam voor ieder kind» gepubliceerd over de registratie van kinderen die in de opvang worden geboren. In deze brief reageer ik op zijn drie aanbevelingen.

### **Informatie aan ouders**

De ombudsman beveelt allereerst aan: «Informeer ouders binnen twee weken na de geboorte over de aanvraag van een vergunning voor het kind».

Deze aanbeveling neem ik over. Vanaf 1 september 2027 bezoekt een begeleider van het COA ouders binnen twee weken na de geboorte.

### **Gegevensuitwisseling en het aanvraagformulier**

Tot slot doet de ombudsman twee aanbevelingen over de uitwisseling van gegevens en het aanvraagformulier. Hij adviseert om «geboorten van kinderen in de opvang vanuit de BRP dagelijks aan de IND door te geven» en vraagt om «het aanvraagformulier voor een kind ook in het Arabisch beschikbaar te stellen».

Sinds de invoering van een nieuwe koppeling in januari 2027 ontvangt de IND wijzigingen uit de Basisregistratie Personen iedere werkdag, ook die over geboorten.

Het doel van de derde aanbeveling onderschrijf ik, maar vertalingen zijn foutgevoelig. Ik kies daarom voor een toelichting in het Arabisch bij het Nederlandse formulier.

Ik dank de ombudsman voor zijn zorgvuldige rapport.

De Minister voor Asiel en Migratie,
P. de Vries
"""


def test_round_45_two_quoted_recommendations_under_one_heading_are_answered_in_turn() -> None:
    """ "Hij adviseert om «A» en vraagt om «B»" under "### Gegevensuitwisseling en het aanvraagformulier": both are
    recommendations, and the heading (which names the second by its word only) does not draw the answer to the first
    there (before round 45: the second was lost, both answers went to the first)."""
    letter = kamerstuk.parse_text(ROUND_45_GROUP_HEADING, name="kindregistratie.md")
    recs = letter.recommendations
    assert len(recs) == 3
    by_start = {p.text[:25]: p for p in letter.paragraphs}
    assert by_start["Sinds de invoering van ee"].recommendations == [recs[1].id]
    assert by_start["Het doel van de derde aan"].recommendations == [recs[2].id]
    assert [r.stance for r in recs] == ["adopted", "already_in_place", "partly_adopted"]


def test_round_45_a_minister_adopting_by_pronoun_outweighs_a_detail_kept_as_it_is() -> None:
    """ "Zij neemt haar over en past de regeling … aan. De eisen aan het schip zelf blijven ongewijzigd.": the
    recommendation taken over by its pronoun weighs as much as one named (before round 45 the detail kept as it is read
    as the rejection)."""
    text = (
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
        "Den Haag, 2 juni 2027\n\n"
        "De Raad voor Cultuur doet twee aanbevelingen. De raad adviseert om «een fonds voor historische schepen in te "
        "stellen». Daarnaast vraagt de raad «de eisen aan vrijwillige schippers te vereenvoudigen».\n\n"
        "Een apart fonds richt ik niet op.\n\n"
        "De tweede aanbeveling ligt op het terrein van de Minister van Infrastructuur en Waterstaat. Zij neemt haar "
        "over en past de regeling voor vrijwillige schippers vóór 1 januari 2028 aan. De eisen aan het schip zelf "
        "blijven ongewijzigd."
    )
    letter = kamerstuk.parse_text(text, name="schepen.md")
    assert [r.stance for r in letter.recommendations] == ["rejected", "adopted"]


@pytest.mark.parametrize(
    ("text", "general"),
    [
        (
            "Een veilige fietsroute is voor ieder kind belangrijk. Ik volg de uitvoering van de regeling.",
            True,
        ),
        (
            "Het varend erfgoed laat zien hoe Nederland met het water is verbonden. Ik informeer uw Kamer in 2028.",
            True,
        ),
        ("Natuurinclusieve landbouw vraagt om lange adem, van boeren en van overheden.", True),
        # (round 50: what the topic adds, and what people must be able to count on)
        ("Een goed onderhouden dijk draagt zichtbaar bij aan het vertrouwen van bewoners.", True),
        (
            "Wie een vergunning aanvraagt, moet er ten minste op kunnen rekenen dat hij binnen acht weken hoort.",
            True,
        ),
        ("Ik draag daarmee bij aan een veiliger dijk.", False),
        # (a negated contribution is a verdict, not what the topic is worth)
        ("Een apart loket draagt niet bij aan een snellere afhandeling.", False),
        # (an answer of ours, or one naming its recommendation, is no such opening)
        ("Ik vind een vaste termijn belangrijk. Daarom neem ik de aanbeveling over.", False),
        ("De vierde aanbeveling is van grote waarde voor de praktijk. Ik neem haar over.", False),
    ],
)
def test_round_45_a_last_paragraph_opening_on_what_the_topic_is_worth(text: str, general: bool) -> None:
    """The last paragraph that opens on what the topic is worth in general closes the letter (`tail:general_value`;
    before round 45 such closings under the last recommendation's heading were read as its answer)."""
    from kamerstuk.patterns import pipeline as PP

    first = PP.FIRST_SENTENCE.match(text)
    sentence = first.group() if first else text
    found = (
        PP.GENERAL_VALUE.search(sentence) is not None and PP.GOVERNMENT_IN_OPENING.search(sentence) is None
    )
    assert found is general


ROUND_46_SHARED_ANSWER = """Tweede Kamer der Staten-Generaal

Vergaderjaar 2026–2027

**32 813**

**Klimaatbeleid**

**Nr. 1502**

## **BRIEF VAN DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT**

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 12 maart 2027

Op 15 januari 2027 heeft de Raad voor de leefomgeving en infrastructuur het advies «Water vasthouden in de wijk» uitgebracht. In deze brief reageer ik op de drie aanbevelingen van de raad.

De raad beveelt aan om in iedere nieuwe woonwijk een doel voor de berging van regenwater vast te leggen. Daarnaast adviseert de raad om bij de aanleg van nieuwe parkeerterreinen een infiltratievoorziening te eisen. Tot slot vraagt de raad het Rijk een fonds in te stellen voor het afkoppelen van oude wijken.

Zowel de eerste als de tweede aanbeveling onderschrijf ik. In de handreiking voor gemeenten, die ik in het najaar van 2027 publiceer, krijgt de berging van regenwater een eigen hoofdstuk met een doel per woonwijk. Een infiltratievoorziening bij nieuwe parkeerterreinen is al verplicht: alle waterschappen hebben die eis sinds 2021 in hun keur opgenomen.

Een fonds voor het afkoppelen neem ik niet over. Afkoppelen is een taak van gemeenten, die daarvoor de rioolheffing kunnen gebruiken.

De Minister van Infrastructuur en Waterstaat,
R. de Wit
"""


def test_round_46_in_a_shared_answer_what_only_one_asks_said_to_be_in_place_is_that_ones() -> None:
    """ "Zowel de eerste als de tweede aanbeveling onderschrijf ik. … Een infiltratievoorziening bij nieuwe parkeerterreinen
    is al verplicht": the second is in place already, the first is adopted (before round 46: both adopted); after "neem
    ik over" instead, what is partly there already is part of the adoption."""
    letter = kamerstuk.parse_text(ROUND_46_SHARED_ANSWER, name="regenwater.md")
    assert [r.stance for r in letter.recommendations] == ["adopted", "already_in_place", "rejected"]
    second = letter.recommendations[1]
    assert second.stance_evidence is not None and "al verplicht" in second.stance_evidence
    taken_over = ROUND_46_SHARED_ANSWER.replace(
        "Zowel de eerste als de tweede aanbeveling onderschrijf ik.",
        "De eerste en de tweede aanbeveling neem ik over.",
    )
    again = kamerstuk.parse_text(taken_over, name="regenwater.md")
    assert [r.stance for r in again.recommendations] == ["adopted", "adopted", "rejected"]


ROUND_46_EARLIER_PROMISE = """Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 9 april 2027

Op 2 februari 2027 heeft de Inspectie Leefomgeving en Transport het rapport «Veilig laden» gepubliceerd over het laden van elektrische bussen in stallingen. Hierbij ontvangt u mijn reactie op de twee aanbevelingen.

De inspectie beveelt aan om voor iedere busstalling een brandveiligheidsplan te eisen. Daarnaast adviseert zij om de brandweer bij de bouw van nieuwe stallingen vooraf te betrekken.

De eerste aanbeveling neem ik over. Ik neem de eis per 1 januari 2028 op in het Besluit bouwwerken leefomgeving.

De tweede aanbeveling volg ik ook. Gemeenten vragen de brandweer nu al om advies bij iedere vergunning voor een nieuwe stalling.

Tijdens het commissiedebat Openbaar vervoer van 14 januari 2027 heb ik toegezegd uw Kamer te informeren over het aantal zero-emissiebussen. Eind 2026 reden er in Nederland 4.100; dat is bijna de helft van alle bussen in het streekvervoer.

Ik dank de inspectie voor haar zorgvuldige onderzoek. Over de uitvoering informeer ik uw Kamer in de volgende voortgangsbrief.

De Minister van Infrastructuur en Waterstaat,
R. de Wit
"""


def test_round_46_a_paragraph_opening_on_an_earlier_promise_handles_another_matter() -> None:
    """ "Tijdens het commissiedebat … heb ik toegezegd uw Kamer te informeren over …" before the last paragraph of a
    reaction letter handles another matter (other; before round 46 it was read as the closing, its "informeren" a
    follow-up), while the last paragraph still closes the letter."""
    from kamerstuk.patterns import pipeline as PP

    letter = kamerstuk.parse_text(ROUND_46_EARLIER_PROMISE, name="busstallingen.md")
    labels = {p.text[:22]: p.label for p in letter.paragraphs}
    assert labels["Tijdens het commissiede"[:22]] == "other"
    assert labels["Ik dank de inspectie vo"[:22]] == "closing"
    assert PP.EARLIER_PROMISE.search(
        "Vorig jaar heb ik uw Kamer toegezegd de wachttijden te laten onderzoeken."
    )
    assert not PP.EARLIER_PROMISE.search("Ik zeg uw Kamer toe de wachttijden te laten onderzoeken.")


@pytest.mark.parametrize(
    ("cue", "text", "found"),
    [
        ("thanks", "Ik ben het planbureau erkentelijk voor deze studie.", True),
        ("follow_up", "In het jaarverslag over 2027 rapporteer ik over de voortgang.", True),
        ("follow_up", "Ik verwacht dat deze maatregelen het verzuim de komende jaren doen dalen.", True),
        # (not an expectation about others, nor a report on something else)
        ("follow_up", "Ik verwacht dat gemeenten de regeling snel toepassen.", False),
        ("follow_up", "De inspectie rapporteert over de naleving.", False),
    ],
)
def test_round_46_closing_cues(cue: str, text: str, found: bool) -> None:
    """A letter's last paragraphs thank with "erkentelijk", report progress in a later document, or sum up what the
    letter's measures should bring (before round 46 such closings were read as the last answer or as context)."""
    from kamerstuk.patterns import pipeline as PP

    assert (PP.LABEL_CUES[cue].search(text) is not None) is found


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # declined for now, the decision left for later: noted
        (
            "Aan de tweede aanbeveling kan ik op dit moment geen gevolg geven. De Gezondheidsraad onderzoekt nog welke "
            "norm nodig is. Pas als dat advies er is, kan ik beoordelen of een verbod verantwoord is.",
            "noted",
        ),
        # declined for now, with nothing left open: still rejected
        ("Aan de tweede aanbeveling kan ik op dit moment geen gevolg geven.", "rejected"),
        # declined outright beside a deferral of something else: rejected
        (
            "Aan de tweede aanbeveling kan ik geen gevolg geven. Of een apart loket nodig is, kan ik nu niet "
            "beoordelen.",
            "rejected",
        ),
    ],
)
def test_round_47_a_rejection_for_now_beside_a_deferral_is_noted(text: str, label: str) -> None:
    assert kamerstuk.classify_stance(text).label == label


HEADINGS_LETTER = """Vergaderjaar 2025–2026

**33 625**

**Ontwikkelingssamenwerking**

**Nr. 410**

## **BRIEF VAN DE MINISTER VOOR BUITENLANDSE HANDEL EN ONTWIKKELINGSHULP**

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 10 maart 2026

### Aanleiding

Op 2 februari 2026 heeft IOB de evaluatie «Sporen in het zand» van de steun aan waterbeheer uitgebracht.

IOB doet de volgende aanbevelingen: 1. koppel elke bijdrage aan een doel voor het bereik van boerinnen; 2. toets vóór de start van een programma de wetgeving en het toezicht op waterrechten in het partnerland; 3. werk in landen met zwakke waterrechten alleen via internationale organisaties; 4. verhoog het budget voor waterbeheer tot ten minste veertig miljoen euro per jaar.

### Bereik van boerinnen

Het kabinet neemt in nieuwe programma's een doel voor boerinnen op.

### Waterrechten

Sinds 2023 bevat het beoordelingskader een verplichte toets, waarin de ambassade beschrijft welke wetgeving en welk toezicht er in het partnerland voor waterrechten bestaan.

Ik neem de aanbeveling om in zulke landen via internationale organisaties te werken daarom over.

### Financiering

Een budget van veertig miljoen euro per jaar past niet binnen de begroting.

### Tot slot

Ik dank IOB voor de evaluatie.

De Minister voor Buitenlandse Handel en Ontwikkelingshulp,
A. Jansen
"""


def test_round_47_a_closing_heading_holds_no_recommendations_place() -> None:
    """Topic headings over the answers, one ("Waterrechten") over the answers to two recommendations by content:
    "Tot slot" counted as a topic heading made the interpolation give both answers to the second (before round 47)."""
    letter = kamerstuk.parse_text(HEADINGS_LETTER, name="iob.md")
    links = {p.text[:20]: p.recommendations for p in letter.paragraphs}
    assert links["Sinds 2023 bevat het"] == ["r2"]
    assert links["Ik neem de aanbeveli"] == ["r3"]
    assert {r.id: r.stance for r in letter.recommendations}["r3"] == "adopted"


def test_round_47_a_lesser_target_of_our_own_beside_the_rejected_term_is_partly_adopted() -> None:
    text = (
        "Een termijn van zes maanden kan ik niet waarmaken zolang die adviezen zelf vier maanden duren. Ik streef er "
        "daarom naar de behandelduur vóór eind 2028 terug te brengen tot negen maanden."
    )
    assert kamerstuk.classify_stance(text).label == "partly_adopted"
    assert kamerstuk.classify_stance(
        "Het is niet mogelijk de wachttijd terug te brengen tot zes weken."
    ).label == ("rejected")


RAAD_LETTER = """Vergaderjaar 2026–2027

**32 820**

**Nieuwe cultuurbeleidsperiode**

**Nr. 612**

## **BRIEF VAN DE MINISTER VAN ONDERWIJS, CULTUUR EN WETENSCHAP**

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 20 april 2027

Met deze brief reageer ik op het rapport «Orgels in de klas» van de Inspectie van het Onderwijs en op het advies «Klank van de streek» van de Raad voor Cultuur.

De inspectie beveelt aan om muziekonderwijs op iedere basisschool te toetsen. Daarnaast adviseert zij om leraren bij te scholen.

Met de eerste aanbeveling van de inspectie ben ik het eens. Ik vraag de inspectie dit vanaf 2028 mee te nemen in haar toezicht.

De tweede aanbeveling van de inspectie neem ik over. De scholing start in het najaar van 2027.

De Raad voor Cultuur kijkt breder dan het onderwijs. De raad beveelt in de eerste plaats aan de orgelinstituten een structurele plaats te geven in de basisinfrastructuur. Verder pleit de raad voor samenwerking tussen orgelinstituten en bibliotheken. Ten slotte vraagt de raad de minister om onderzoek te laten doen naar het aantal bespeelde orgels en de ontwikkeling daarvan.

De samenstelling van de basisinfrastructuur stel ik vast na het advies over de volgende periode.

In alle regio's werken de orgelinstituten sinds 2024 samen met de bibliotheken.

Het onderzoek waar de raad om vraagt, laat ik uitvoeren. Een bureau begint in het najaar van 2027 met een telling; ik stuur uw Kamer de uitkomsten in 2029.

Ik dank de inspectie en de Raad voor Cultuur voor hun werk.

De Minister van Onderwijs, Cultuur en Wetenschap,
A. Jansen
"""


def test_round_47_an_answer_opening_on_what_the_raad_asks_is_no_closing() -> None:
    """The second-last paragraph opens on "Het onderzoek waar de raad om vraagt, laat ik uitvoeren" and goes on to say
    when the Kamer gets the results: it answers the raad's last recommendation; the follow-up cue of a closing does not
    fire on it (before round 47 it did, and the gold letter's answer was read as a closing)."""
    from kamerstuk.pipeline import letter_to_doc, load_pipeline
    from kamerstuk.pipeline.features import paragraph_features

    nlp = load_pipeline(rules_only=True)
    letter = kamerstuk.parse_text(RAAD_LETTER, name="raad.md", pipeline="none")
    doc = letter_to_doc(nlp, letter, None)
    for name, component in nlp.pipeline:
        if "classif" in name or "label" in name:
            break
        doc = component(doc)
    features = paragraph_features(doc)
    assert [f.get("tail:follow_up") for f in features][-2] == 0.0
    parsed = kamerstuk.parse_text(RAAD_LETTER, name="raad.md")
    answer = next(p for p in parsed.paragraphs if p.text.startswith("Het onderzoek waar de raad"))
    assert answer.label == "response" and answer.recommendations == ["r5"]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # the rest left as it is, after a measure for a part
        (
            "De minister zal de regeling aanpassen voor de bouw. Voor andere sectoren blijft het bij voorlichting door "
            "de Arbeidsinspectie.",
            "partly_adopted",
        ),
        ("Voor andere sectoren blijft het bij voorlichting door de Arbeidsinspectie.", "partly_adopted"),
        ("Het kabinet neemt de aanbeveling over.", "adopted"),
    ],
)
def test_round_47_the_rest_left_as_it_is_makes_a_part(text: str, label: str) -> None:
    assert kamerstuk.classify_stance(text).label == label


NO_REPORT_LETTER = """Vergaderjaar 2027–2028

**30 175**

**Zwemwater en recreatie**

**Nr. 488**

## **BRIEF VAN DE STAATSSECRETARIS VAN INFRASTRUCTUUR EN WATERSTAAT**

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 14 maart 2028

Tijdens het commissiedebat Water van 9 november 2027 heb ik toegezegd uw Kamer vóór het badseizoen te informeren over de kwaliteit van het zwemwater in kleine plassen. Met deze brief doe ik die toezegging gestand.

Het aantal officiële zwemplekken is sinds 2020 met ruim zestig gegroeid tot 760. In de zomer van 2027 gold op 41 plekken langer dan twee weken een negatief zwemadvies, vooral door blauwalg in ondiepe plassen. Op de kosten van de maatregelen kom ik aan het einde van deze brief terug.

In deze brief ga ik achtereenvolgens in op de metingen, op de waarschuwingen aan zwemmers en op de kosten.

Vanaf 1 mei 2028 meten de provincies het water op de risicovolle plekken wekelijks in plaats van eens per twee weken. Ik stel daarvoor 2 miljoen euro per jaar beschikbaar.

De waarschuwingsborden worden in 2028 vervangen door borden met een QR-code die naar de actuele meting verwijst.

De kosten dek ik uit de begroting van het Deltafonds.

Ik blijf uw Kamer jaarlijks informeren over de kwaliteit van het zwemwater.

De Staatssecretaris van Infrastructuur en Waterstaat,
P. de Graaf
"""


def test_round_48_a_no_report_letters_background_is_other_and_its_announcement_context() -> None:
    """The gold convention settled in round 48 (fixtures/gold/README.md, Labels): in a letter that answers no report,
    the occasion and an announcement of the letter's structure are context, a paragraph of background (figures, a
    deferral of one point) is other."""
    letter = kamerstuk.parse_text(NO_REPORT_LETTER, name="zwemwater.md")
    labels = [p.label for p in letter.paragraphs]
    assert labels[:3] == ["context", "other", "context"]
    assert labels[3:6] == ["other", "other", "other"] and labels[-1] == "closing"


HEADED_ANSWERS_LETTER = """Datum 3 maart 2028

Betreft Reactie op het advies over het programma Rijksopslag

Geachte voorzitter,

Het Adviescollege ICT-toetsing heeft het programma Rijksopslag getoetst en doet twee aanbevelingen:

1. Stel een planning op per ministerie.

2. Laat de voortgang elk jaar toetsen door een externe partij.

**Planning**

De eerste aanbeveling neem ik over. Het programma stuurt ieder ministerie vóór 1 juli 2028 een eigen planning.

**Externe toets**

Een jaarlijkse externe toets is er al. Sinds 2026 laat ik de voortgang elk jaar beoordelen door een onafhankelijk bureau; de rapporten gaan mee met de voortgangsrapportages aan uw Kamer.

**Tot slot**

Ik verwacht uw Kamer de volgende voortgangsrapportage in november 2028 te sturen.

Hoogachtend,

de Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties,

M. Visser
"""


def test_round_48_an_answer_under_its_own_heading_before_tot_slot_is_no_closing() -> None:
    """The second-last paragraph says what the Kamer receives, but it stands under the heading of the second
    recommendation and the last under "Tot slot": it answers (before round 48 it was read as a closing and left
    unlinked)."""
    letter = kamerstuk.parse_text(HEADED_ANSWERS_LETTER, name="rijksopslag.md")
    answer = next(p for p in letter.paragraphs if p.text.startswith("Een jaarlijkse externe toets"))
    assert answer.label == "response" and answer.recommendations == ["r2"]
    assert {r.id: r.stance for r in letter.recommendations}["r2"] == "already_in_place"
    assert letter.paragraphs[-1].label == "closing"


def _part_letter(answer: str) -> str:
    return (
        "Datum 3 maart 2028\n\nBetreft Reactie op de evaluatie van de regeling sanering oude stookolietanks\n\n"
        "Geachte voorzitter,\n\nHierbij zend ik u de evaluatie van de regeling sanering oude stookolietanks door "
        "bureau Grondslag. De onderzoekers doen twee aanbevelingen.\n\n"
        "1. Stel een vervolgregeling open voor de resterende tanks, met een hogere bijdrage voor eigenaren met een "
        "laag inkomen.\n\n2. Houd een register bij van de tanks die nog in de grond zitten.\n\n"
        f"{answer}\n\nHet register neem ik over. Het Kadaster legt het vanaf 2029 aan.\n\nHoogachtend,\n\n"
        "de Minister van Infrastructuur en Waterstaat,\n\nJ. de Boer\n"
    )


@pytest.mark.parametrize(
    ("answer", "label"),
    [
        # the act first carries out the recommendation's main part, the declined act is its detail
        (
            "Ik open in 2029 een vervolgregeling voor de resterende tanks. Een hogere bijdrage voor eigenaren met een "
            "laag inkomen neem ik daarin niet op: vrijwel alle eigenaren konden de kosten dragen.",
            "partly_adopted",
        ),
        # the refusal first, then an alternative opening on "Wel": rejected
        (
            "Een vervolgregeling open ik niet. Wel zal ik gemeenten in 2029 vragen eigenaren van resterende tanks te "
            "wijzen op de risico's.",
            "rejected",
        ),
    ],
)
def test_round_48_an_act_on_one_part_and_a_part_declined(answer: str, label: str) -> None:
    letter = kamerstuk.parse_text(_part_letter(answer), name="tanks.md")
    assert letter.recommendations[0].stance == label


TOPIC_HEADINGS_LETTER = """Datum 4 juni 2027

Betreft Reactie op het rapport over telefoons in de klas

Geachte voorzitter,

Op 12 april heeft de Inspectie van het Onderwijs haar rapport «Scherm uit» gepubliceerd.

De inspectie doet de volgende aanbevelingen: 1. geef scholen een handreiking over uitzonderingen; 2. laat scholen de afspraak ook in de pauzes toepassen; 3. betrek leerlingen bij de evaluatie van de schoolregels.

**Uitzonderingen**

Samen met de VO-raad stel ik een handreiking op over uitzonderingen om medische redenen. Scholen ontvangen die vóór 1 september 2027.

**Pauzes**

Of de afspraak ook in de pauzes moet gelden, is een vraag waarover scholen, ouders en leerlingen verschillend denken. Ik neem kennis van deze aanbeveling en laat de effecten van een verbod in de pauze eerst onderzoeken.

**Betrokkenheid van leerlingen**

Leerlingen hebben via de medezeggenschapsraad al instemmingsrecht op de schoolregels. De inspectie beschrijft daar zelf enkele voorbeelden van.

Ik dank de inspectie voor haar onderzoek.

Hoogachtend,

de Minister van Onderwijs, Cultuur en Wetenschap,

A. Jansen
"""


def test_round_48_an_anaphor_under_one_recommendations_heading_is_that_ones() -> None:
    """Under the heading «Pauzes» "deze aanbeveling" is the second, though the opening shares "leerlingen" with the
    third; under the third's heading a right held already answers it, findings cue or not (before round 48: linked to
    both, and the last answer read as context)."""
    letter = kamerstuk.parse_text(TOPIC_HEADINGS_LETTER, name="telefoons.md")
    by_start = {p.text[:12]: p for p in letter.paragraphs}
    assert by_start["Of de afspraa"[:12]].recommendations == ["r2"]
    held = by_start["Leerlingen h"]
    assert held.label == "response" and held.recommendations == ["r3"]
    assert [r.stance for r in letter.recommendations][1:] == ["noted", "already_in_place"]


HEADING_ONLY_LETTER = """Datum 2 juli 2027

Betreft Evaluatie van het dimmen van de verlichting op rijkswegen

Geachte voorzitter,

Hierbij zend ik u de evaluatie van het dimmen van de verlichting op rijkswegen door bureau Lichtpunt.

### Aanbeveling 1: Versterk de belijning op de overgangen

De onderzoekers bevelen aan op de overgangen van verlichte naar onverlichte trajecten de belijning te versterken.

Deze aanbeveling neem ik over. Rijkswaterstaat brengt vanaf 2028 beter reflecterende belijning aan.

### Aanbeveling 2: Zet de verlichting weer aan bij mist

Een systeem dat de verlichting automatisch inschakelt bij mist, is technisch mogelijk, maar vergt nieuwe sensoren op ruim 1.500 kilometer weg. De kosten wegen daar niet tegen op. Van deze aanbeveling zie ik daarom af.

Hoogachtend,

de Minister van Infrastructuur en Waterstaat,

J. de Boer
"""


def test_round_48_the_paragraph_under_a_heading_only_recommendation_answers_when_we_speak_in_it() -> None:
    letter = kamerstuk.parse_text(HEADING_ONLY_LETTER, name="verlichting.md")
    answer = next(p for p in letter.paragraphs if p.text.startswith("Een systeem"))
    assert answer.label == "response" and answer.recommendations == ["r2"]
    restating = next(p for p in letter.paragraphs if p.text.startswith("De onderzoekers bevelen"))
    assert restating.label == "recommendation"
    assert [r.stance for r in letter.recommendations] == ["adopted", "rejected"]


def test_round_48_the_public_asking_is_no_occasion_of_the_letter() -> None:
    """In a letter that answers no report, background saying that travellers "er ook om vraagt" is still background:
    only a request of the Kamer or its members is the letter's occasion (before round 48 any "vraagt" made it so)."""
    letter = kamerstuk.parse_text(
        NO_REPORT_LETTER.replace(
            "Op de kosten van de maatregelen kom ik aan het einde van deze brief terug.",
            "Minder dan de helft van de zwemmers die een klacht heeft, vraagt ook om een meting.",
        ),
        name="zwemwater.md",
    )
    assert [p.label for p in letter.paragraphs][1] == "other"


HEADED_CONTINUATION_LETTER = """Datum 4 april 2028

Betreft Beleidsreactie op de evaluatie van de regeling schoolzwemmen

Geachte voorzitter,

Hierbij zend ik u de evaluatie van de regeling schoolzwemmen door Bureau Kroon. In deze brief geef ik mijn reactie.

De onderzoekers bevelen aan om een landelijk zwemdiploma voor scholen in te voeren. Daarnaast adviseren zij om een apart budget voor zwembaden in krimpgebieden in te voeren.

Verder raden de onderzoekers aan om iedere gemeente te verplichten binnen acht weken op een aanvraag voor vervoer naar het zwembad te beslissen.

**Een landelijk diploma**

Het landelijke zwemdiploma voer ik per 1 september 2029 in.

**Budget voor krimpgebieden**

Een apart budget voor zwembaden in krimpgebieden spreekt mij aan, omdat daar steeds meer baden sluiten.

Zolang niet bekend is hoeveel baden verdwijnen, is het niet verantwoord daar geld voor vrij te maken. Ik ga zo'n budget daarom niet invoeren. Wel laat ik in 2029 in kaart brengen welke baden sluiten.

**Een beslistermijn**

Een vaste termijn van acht weken spreekt mij aan, omdat ouders nu soms maanden wachten.

Voor de meeste gemeenten zijn acht weken haalbaar, maar bij aanvragen waarvoor meerdere vervoerders moeten worden gevraagd, lukt dat volgens de VNG niet. Ik neem daarom in de regeling een termijn van acht weken op met de mogelijkheid die eenmaal te verlengen.

Hoogachtend,

de Minister van Onderwijs, Cultuur en Wetenschap,

J. de Boer
"""


def test_round_49_an_answer_goes_on_under_its_heading_and_liking_is_no_part_adopted() -> None:
    """The whole letter of the round-49 forms: under "Een beslistermijn" the second paragraph, with an obligation inside
    a relative clause ("waarvoor meerdere vervoerders moeten worden gevraagd") and the VNG named, is no recommendation
    and answers the third; an appeal, then the thing declined as "zo'n budget", is a rejection, not a part adopted."""
    letter = kamerstuk.parse_text(HEADED_CONTINUATION_LETTER, name="schoolzwemmen.md")
    assert len(letter.recommendations) == 3
    last = letter.paragraphs[-1]
    assert [r.split("r")[-1] for r in last.recommendations] == ["3"]
    assert letter.recommendations[1].stance == "rejected"


TWO_REPORTS_BODY_ACTS_LETTER = """Den Haag, 3 maart 2028

Hierbij ontvangt u twee rapporten over de mosselzaadvisserij: het advies «Zaad met zorg» van de Commissie Mosselzaad en de evaluatie van het beleid door het Zeevisinstituut (ZVI). Ik reageer er in één brief op.

### **1. Het advies van de Commissie Mosselzaad**

De commissie heeft met vissers en natuurorganisaties gesproken.

De commissie beveelt aan om het aantal vergunningen vanaf 2030 te bevriezen op het huidige aantal. Daarnaast adviseert zij om alleen te laten vissen op mosselbanken die in hetzelfde voorjaar door het ZVI zijn geteld. Ook pleit de commissie voor een stoppersregeling voor vissers die willen stoppen.

Het bevriezen van het aantal vergunningen neem ik over. Ik leg het maximum per 1 januari 2030 vast in de beleidsregel.

Sinds 2020 wordt in de vergunning het jaarlijkse visgebied pas vastgesteld nadat het ZVI in maart de mosselbanken heeft geteld. Banken die niet zijn geteld, blijven dat jaar dicht.

Een stoppersregeling acht ik niet nodig: in vijf jaar meldden zich twee vissers die wilden stoppen.

### **2. De evaluatie door het Zeevisinstituut**

De eerste aanbeveling van de onderzoekers is om de gesloten gebieden elke drie jaar opnieuw vast te stellen. De tweede aanbeveling luidt dat vissers hun vangst dagelijks digitaal melden.

De eerste aanbeveling van het ZVI neem ik gedeeltelijk over: ik stel de gesloten gebieden elke vijf jaar opnieuw vast.

Over de tweede aanbeveling van het ZVI besluit ik in 2029.

De Minister van Landbouw, Visserij, Voedselzekerheid en Natuur,
A. de Vries
"""


def test_round_49_a_body_named_as_the_one_who_acts_moves_no_answer_to_its_report() -> None:
    """ "… nadat het ZVI in maart de mosselbanken heeft geteld" answers the commission's recommendation that names the
    ZVI as the one who counts, not the first open one of the ZVI's own report (before round 49 the opening's "ZVI" moved
    it there)."""
    letter = kamerstuk.parse_text(TWO_REPORTS_BODY_ACTS_LETTER, name="mosselzaad.md")
    assert len(letter.recommendations) == 5
    practice = next(p for p in letter.paragraphs if p.text.startswith("Sinds 2020"))
    assert practice.recommendations == [letter.recommendations[1].id]


def test_round_49_a_number_after_op_ends_a_sentence() -> None:
    """ "… te bevriezen op 40. Daarnaast adviseert zij …" is two sentences, two recommendations (before round 49 "40."
    was read as a list marker and the two were one)."""
    from kamerstuk.entities.recommendations import find_recommendations

    got = find_recommendations(
        "De commissie beveelt aan het aantal vergunningen te bevriezen op 40. Daarnaast adviseert zij om alleen "
        "te vissen op getelde banken."
    )
    assert len(got) == 2


FINDINGS_AND_LIKED_DUTY_LETTER = """Den Haag, 12 mei 2028

Hierbij zend ik u het advies «Grond onder de voeten» van het Planbureau voor de Leefomgeving (PBL) over kleine bouwlocaties in de stad. In deze brief geef ik mijn reactie.

Volgens het PBL kunnen op stedelijke kavels van minder dan een hectare tot 2035 ruim 50.000 woningen worden gebouwd. Juist zulke projecten lopen vaak vertraging op, omdat kleine gemeenten weinig capaciteit hebben en eigenaren kavels lang braak laten liggen.

Het PBL doet twee aanbevelingen:

1. Verplicht eigenaren van braakliggende kavels wettelijk om binnen vijf jaar te bouwen.

2. Geef kleine gemeenten een bijdrage voor de begeleiding van kleine projecten.

Het voorstel voor een wettelijke bouwplicht spreekt mij aan, omdat braak liggende grond in een tijd van woningnood schuurt. Een algemene plicht houdt echter geen rekening met kavels waarop eerst de bodem moet worden gesaneerd.

Ik leg daarom geen nieuwe wettelijke bouwplicht op. Wel vraag ik gemeenten om eigenaren aan te spreken.

De tweede aanbeveling neem ik over. Vanaf 2029 ontvangen kleine gemeenten een bijdrage voor de begeleiding van kleine projecten.

De Minister van Volkshuisvesting en Ruimtelijke Ordening,
A. de Wit
"""


def test_round_49_findings_in_the_reports_voice_and_a_liked_duty_declined() -> None:
    """A paragraph opening "Volgens het PBL …" before the recommendations is a summary of findings (context); a duty
    that appeals and is then declined by name ("Ik leg daarom geen nieuwe wettelijke bouwplicht op") is rejected, not
    partly adopted (before round 49 the findings were read as an answer and the duty as a part adopted)."""
    letter = kamerstuk.parse_text(FINDINGS_AND_LIKED_DUTY_LETTER, name="bouwplicht.md", pipeline="rules")
    assert letter.paragraphs[1].label == "context"
    assert [r.stance for r in letter.recommendations] == ["rejected", "adopted"]


@pytest.mark.parametrize(
    ("text", "follow_up"),
    [
        ("Ik zal de inspectie over een jaar laten weten hoe de maatregelen in de praktijk uitpakken.", True),
        ("De regeling wordt in 2031 opnieuw geëvalueerd.", True),
        # (how measures are paid for is no look at how they work out)
        ("Op de vraag hoe de maatregelen worden bekostigd, kom ik hieronder terug.", False),
    ],
)
def test_round_50_how_the_measures_work_out_and_an_evaluation_again_say_what_comes_next(
    text: str, follow_up: bool
) -> None:
    """A last paragraph saying how the letter's measures will be looked at, or that the scheme is evaluated again, says
    what comes next (`cue:follow_up`; before round 50 "hoe de maatregelen … uitpakken" was no cue and the accented
    "geëvalueerd" missed the cue's word test)."""
    from kamerstuk.pipeline.features import paragraph_features

    letter = kamerstuk.parse_text(
        "Datum 3 maart 2028\n\nBetreft Reactie op de evaluatie\n\nGeachte voorzitter,\n\n"
        "Hierbij zend ik u de evaluatie van de regeling.\n\n"
        f"{text}\n\nHoogachtend,\n\nde Minister van Infrastructuur en Waterstaat,\n\nJ. de Boer\n",
        name="follow_up.md",
        pipeline="none",
    )
    from kamerstuk.pipeline import letter_to_doc, load_pipeline

    nlp = load_pipeline(rules_only=True)
    doc = letter_to_doc(nlp, letter, None)
    for name, component in nlp.pipeline:
        if "classif" in name:
            break
        doc = component(doc)
    last = paragraph_features(doc)[-1]
    assert bool(last.get("cue:follow_up")) is follow_up


ROUND_50_LETTER = """Datum 9 maart 2028

Betreft Reactie op de evaluatie van de regeling groene daken

Geachte voorzitter,

Met deze brief stuur ik u de evaluatie van de regeling groene daken door bureau Dakwerk. De onderzoekers concluderen dat vooral grote eigenaren van de regeling gebruikmaken.

De onderzoekers doen drie aanbevelingen. Aanbeveling 1: vergoed ook de kosten van een constructieberekening vooraf. Ik neem deze aanbeveling over. Vanaf de openstelling van 2029 vergoed ik die kosten tot 5.000 euro per dak.

Aanbeveling 2: richt bij de Rijksdienst voor Ondernemend Nederland (RVO) een vaste helpdesk in voor verenigingen van eigenaren. RVO heeft die helpdesk in oktober 2027, vooruitlopend op de evaluatie, ingericht.

Aanbeveling 3: sluit met de grote verzekeraars een convenant over een korting op de opstalpremie voor groene daken.

Afspraken met afzonderlijke verzekeraars maak ik daarom niet. Premies zijn een zaak van de verzekeraars zelf, en het is niet aan mij daarin te treden.

De Minister van Financiën gaat wel met het Verbond van Verzekeraars in gesprek over de vraag hoe groene daken in de premie kunnen meetellen. Zij informeert uw Kamer daarover in het najaar van 2028.

Ik dank de onderzoekers voor hun heldere rapport. Ik zal uw Kamer in de voortgangsbrief klimaatadaptatie, die u in mei 2029 ontvangt, laten weten hoe de regeling zich ontwikkelt.

Hoogachtend,

de Minister van Volkshuisvesting en Ruimtelijke Ordening,

J. de Boer
"""


def test_round_50_a_concession_goes_on_a_service_did_it_and_what_comes_next_closes() -> None:
    """Three forms of holdout255/256: a minister's concession with "wel" after a refusal goes on with the refused
    recommendation (its stance, a refusal beside another minister's talks, is left to the readers); a service that has
    done what a labelled recommendation asks ends the recommendation's text (the answer, in place); "Ik zal uw Kamer … laten weten hoe …" in the last paragraph closes the letter."""
    letter = kamerstuk.parse_text(ROUND_50_LETTER, name="groene_daken.md")
    by_start = {p.text[:20]: p for p in letter.paragraphs}
    concession = by_start["De Minister van Fina"]
    assert concession.label == "response" and concession.recommendations == ["r3"]
    recs = {r.id: r for r in letter.recommendations}
    assert "RVO heeft" not in recs["r2"].text
    assert recs["r2"].stance == "already_in_place"
    assert letter.paragraphs[-1].label == "closing"


ROUND_50_HEADINGS_LETTER = """Datum 14 mei 2028

Betreft Kabinetsreactie op het advies «Ruimte voor de kust»

Geachte voorzitter,

Op 10 februari 2028 heeft de Raad voor de leefomgeving en infrastructuur (Rli) het advies «Ruimte voor de kust» uitgebracht. Hierbij ontvangt u de kabinetsreactie.

De raad beveelt aan om iedere kustprovincie te verplichten vast te leggen welke stroken achter de duinen voor toekomstige versterking worden vrijgehouden. Daarnaast adviseert de raad om alle gegevens over de duinen in één openbaar register bijeen te brengen.

Ook vindt de raad dat waterschappen vroeg bij de planvorming moeten worden betrokken. Tot slot vraagt de raad het Rijk om gemeenten die door de vrij te houden stroken bouwgrond verliezen met een rijksbijdrage te compenseren.

**Vrij te houden stroken**

Het kabinet ziet de waarde van vaste stroken. Een verplichting voor alle provincies gaat het kabinet echter te ver. Het kabinet neemt de stroken daarom op als instructieregel voor de kustvakken waar vóór 2050 een versterking nodig is.

**Eén register**

Het kabinet neemt deze aanbeveling over. Rijkswaterstaat brengt de gegevens vanaf 2029 samen in het Informatiehuis Water.

**Betrokkenheid van de waterschappen**

Waterschappen hebben die rol sinds de inwerkingtreding van de Omgevingswet al. Nieuwe regels zijn daarvoor niet nodig.

**Middelen**

Voor een afzonderlijke rijksbijdrage ziet het kabinet geen ruimte. Ik leg de vraag van de raad wel aan de Minister van Financiën voor.

Kustgemeenten zijn de ruggengraat van het toerisme in ons land. Met de maatregelen in deze brief wil ik hun ruimte en hun veiligheid in balans brengen.

Hoogachtend,

de Minister van Volkshuisvesting en Ruimtelijke Ordening,

J. de Boer
"""


def test_round_50_one_heading_per_recommendation_in_order_and_a_closing_that_sums_up() -> None:
    """Four topic headings over four recommendations: the first, whose words a later recommendation repeats ("door de
    vrij te houden stroken"), answers the first, and the last ("Middelen", no word of its own) the fourth; the last
    paragraph that says what the topic is to the whole and sums up the letter's measures closes it."""
    letter = kamerstuk.parse_text(ROUND_50_HEADINGS_LETTER, name="kust.md")
    answers = [p for p in letter.paragraphs if p.label == "response"]
    assert [p.recommendations for p in answers] == [["r1"], ["r2"], ["r3"], ["r4"]]
    assert letter.paragraphs[-1].label == "closing"


def test_round_50_a_recommendation_laid_before_her_names_no_addressee() -> None:
    from kamerstuk.pipeline.references import find_references

    refs = find_references("Ik leg de aanbeveling aan haar voor, zodat zij haar kan betrekken.")
    assert not [r for r in refs if r.kind == "addressee"]
    refs = find_references("De aanbeveling aan de gemeenten neem ik over.")
    assert [r.addressee for r in refs if r.kind == "addressee"] == ["de gemeenten"]


ROUND_50_CONTRAST_LETTER = """Datum 4 maart 2027

Betreft Reactie op het rapport over ongevallen met heftrucks

Geachte voorzitter,

Hierbij ontvangt u mijn reactie op het rapport «Veilig laden» van de Nederlandse Arbeidsinspectie.

De inspectie doet twee aanbevelingen:

1. Neem in de arboregelgeving een verplicht certificaat op voor iedereen die een heftruck bestuurt.

2. Zorg voor voorlichting aan uitzendkrachten die de Nederlandse taal niet of nauwelijks beheersen.

### Reactie

De eerste aanbeveling van de inspectie vraagt om een verplicht certificaat. Een certificaat zegt echter weinig over de vraag of iemand in een bepaald magazijn veilig kan rijden.

Voor uitzendkrachten, die vaak van locatie wisselen, ligt dat anders. Voor hen schrijf ik vanaf 1 januari 2028 wel een bewijs van vakbekwaamheid voor.

De tweede aanbeveling neem ik over. De inspectie maakt een handreiking in zes talen.

Hoogachtend,

de Minister van Sociale Zaken en Werkgelegenheid,

J. de Boer
"""


def test_round_50_a_case_set_against_the_answer_before_goes_on_with_it() -> None:
    """ "Voor uitzendkrachten, …, ligt dat anders." goes on with the first recommendation's answer, though
    "uitzendkrachten" is a word of the second (before round 50 the topic's word moved it there)."""
    letter = kamerstuk.parse_text(ROUND_50_CONTRAST_LETTER, name="heftrucks.md")
    contrast = next(p for p in letter.paragraphs if p.text.startswith("Voor uitzendkrachten"))
    assert contrast.recommendations == ["r1"]


ROUND_51_LETTER = """Datum 10 maart 2027

Betreft Reactie op de evaluatie van de regeling schoolzwemmen

Geachte voorzitter,

Hierbij ontvangt u mijn reactie op de evaluatie van de Regeling schoolzwemmen door Bureau Kroos.

De onderzoekers doen drie aanbevelingen. Allereerst adviseren zij om de regeling open te stellen voor alle basisscholen in krimpgebieden. Daarnaast bevelen zij aan de vergoeding per leerling te verhogen tot € 150. Ten slotte stellen zij voor de regeling in te voeren in alle gemeenten met een zwembad op meer dan tien kilometer afstand.

Ik begrijp de wens om de regeling voor alle basisscholen in krimpgebieden open te stellen.

Dat zou echter betekenen dat het geld over te veel scholen wordt verdeeld. Ik houd de kring daarom beperkt tot scholen met veel kinderen zonder diploma.

De vergoeding per leerling verhoog ik met een kwart, tot € 125; voor een hogere vergoeding is op de begroting geen ruimte.

Om dat besluit voor te bereiden, laat ik dit jaar in kaart brengen wat invoering in gemeenten zonder zwembad zou kosten.

Los van de evaluatie wijs ik erop dat de Sportraad dit jaar een advies uitbrengt over zwembaden op grote afstand. Dat advies betrek ik bij de keuze voor een zwembad.

Hoogachtend,

de Minister van Volksgezondheid, Welzijn en Sport,

A. Mulder
"""


def test_round_51_an_echter_turn_the_last_one_in_order_and_a_paragraph_set_apart() -> None:
    """A paragraph whose first sentence turns against the one before with "echter" goes on with its recommendation; a
    response after the answer to the second of three, sharing two words with the third, answers the third (no answer
    follows it); a paragraph opening "Los van de evaluatie" gives no recommendation a stance ("Dat advies betrek ik bij
    …" is another advice). Before round 51 the first two were unlinked and the third's stance came from the last."""
    letter = kamerstuk.parse_text(ROUND_51_LETTER, name="schoolzwemmen.md")
    turn = next(p for p in letter.paragraphs if p.text.startswith("Dat zou echter"))
    last = next(p for p in letter.paragraphs if p.text.startswith("Om dat besluit"))
    apart = next(p for p in letter.paragraphs if p.text.startswith("Los van de evaluatie"))
    assert turn.recommendations == ["r1"]
    assert last.recommendations == ["r3"]
    assert apart.recommendations == []
    third = next(r for r in letter.recommendations if r.id == "r3")
    assert third.stance_evidence is not None and "Dat advies betrek ik" not in third.stance_evidence


ROUND_51_ADJACENT_LETTER = """Datum 3 februari 2027

Betreft Reactie op de rapporten over ongevallen met hoogwerkers

Geachte voorzitter,

Hierbij ontvangt u mijn reactie op het rapport van de Nederlandse Arbeidsinspectie en op het rapport van de Onderzoeksraad voor Veiligheid (OVV) over ongevallen met hoogwerkers.

De Arbeidsinspectie doet de volgende aanbevelingen: 1. neem in de regelgeving op dat iedere hoogwerker na een reparatie opnieuw wordt gekeurd; 2. zorg dat verhuurders de keuringsgegevens met de inspectie delen.

De eerste aanbeveling neem ik over. Ik pas het Arbeidsomstandighedenbesluit daarop aan.

De tweede aanbeveling neem ik over. Verhuurders leveren hun gegevens vanaf 2028 aan.

De eerste aanbeveling van de OVV luidt: «Voer een vergunningplicht in voor verhuurders van hoogwerkers».

Een vergunningplicht zou honderden kleine verhuurders belasten. Ik houd daarom vast aan het stelsel van keuringen, dat met de maatregel bij de eerste aanbeveling van de Arbeidsinspectie wordt aangescherpt.

Hoogachtend,

de Minister van Sociale Zaken en Werkgelegenheid,

B. de Vries
"""


def test_round_51_an_answer_right_under_a_recommendation_restated_alone() -> None:
    """The paragraph right under "De eerste aanbeveling van de OVV luidt: «…»" answers it, though it names the
    inspection's first recommendation in passing ("de maatregel bij de eerste aanbeveling van …"; before round 51 it
    was linked to that one only)."""
    letter = kamerstuk.parse_text(ROUND_51_ADJACENT_LETTER, name="hoogwerkers.md")
    ovv = next(r for r in letter.recommendations if "vergunningplicht" in r.text)
    answer = next(p for p in letter.paragraphs if p.text.startswith("Een vergunningplicht zou"))
    assert ovv.id in answer.recommendations


def test_round_51_the_topic_judged_names_the_recommendation_of_the_anaphor() -> None:
    """ "Over de premie is het kabinet terughoudend. … over deze aanbeveling" answers the recommendation with the
    premie, not the one named last (before round 51 "deze aanbeveling" went to the first)."""
    text = (
        "Datum 2 maart 2027\n\nBetreft Reactie op het rapport over werkervaringsplaatsen\n\nGeachte voorzitter,\n\n"
        "Hierbij ontvangt u de reactie van het kabinet op het rapport van het SCP over werkervaringsplaatsen.\n\n"
        "De eerste aanbeveling van het SCP is om de duur van een werkervaringsplaats wettelijk te beperken tot één jaar. "
        "Als tweede beveelt het SCP aan om deelnemers na zes maanden een premie te geven.\n\n"
        "Het kabinet neemt de eerste aanbeveling over. De wet wordt daarop aangepast.\n\n"
        "Over de premie is het kabinet terughoudend. Gemeenten kunnen nu al een vergoeding toekennen. Het kabinet "
        "neemt over deze aanbeveling een besluit in het voorjaar van 2028.\n\n"
        "Hoogachtend,\n\nde Minister van Sociale Zaken en Werkgelegenheid,\n\nC. Jansen\n"
    )
    letter = kamerstuk.parse_text(text, name="werkervaring.md")
    topic = next(p for p in letter.paragraphs if p.text.startswith("Over de premie"))
    premie = next(r for r in letter.recommendations if "premie" in r.text)
    assert topic.recommendations == [premie.id]


def test_round_51_agreement_before_a_turn_opens_the_answer() -> None:
    """ "Ik deel de conclusie van IOB dat …" right before "Een vaste termijn van acht jaar legt echter …"
    opens the answer to the recommendation the second paragraph answers (before round 51: context, unlinked)."""
    text = (
        "Datum 5 april 2027\n\nBetreft Reactie op de evaluatie van de partnerschappen\n\nGeachte voorzitter,\n\n"
        "Hierbij bied ik u de evaluatie van de waterpartnerschappen door IOB aan.\n\n"
        "IOB beveelt in de eerste plaats aan om partnerschappen voortaan voor ten minste acht jaar aan te gaan. "
        "Daarnaast adviseert IOB om bij iedere verlenging een financieringsplan van het partnerbedrijf te eisen.\n\n"
        "Ik deel de conclusie van IOB dat verbeteringen in het beheer van een bedrijf tijd kosten. De eerste jaren gaan "
        "vooral op aan het opbouwen van vertrouwen.\n\n"
        "Een vaste looptijd van acht jaar legt echter een groot deel van het budget voor lange tijd vast. Ik kies er "
        "daarom voor nieuwe partnerschappen aan te gaan voor zes jaar.\n\n"
        "Het financieringsplan dat IOB voorstelt, vraag ik al sinds 2024 bij iedere verlenging.\n\n"
        "Hoogachtend,\n\nde Minister voor Buitenlandse Handel en Ontwikkelingshulp,\n\nD. Smit\n"
    )
    letter = kamerstuk.parse_text(text, name="partnerschappen.md")
    agree = next(p for p in letter.paragraphs if p.text.startswith("Ik deel de conclusie"))
    turn = next(p for p in letter.paragraphs if p.text.startswith("Een vaste looptijd"))
    assert turn.recommendations and agree.recommendations == turn.recommendations
    assert agree.label == "response"


def test_round_51_what_the_kamer_will_be_told_it_means_closes() -> None:
    """ "Ik zal uw Kamer … laten weten wat dat betekent voor …" is a follow-up cue of a closing paragraph, like "… laten
    weten hoe …" (round 50); "… laten weten hoe ik met de aanbeveling omga" is an answer still to come."""
    from kamerstuk.patterns.pipeline import LABEL_CUES

    cue = LABEL_CUES["follow_up"]
    assert cue.search("Ik zal uw Kamer bij de herijkte agenda laten weten wat dat betekent voor de middelen.")
    assert not cue.search("Ik zal uw Kamer laten weten hoe ik met de aanbeveling omga.")


ROUND_52_LETTER = """Datum 9 maart 2027

Betreft Reactie op het rapport over deelscooters

Geachte voorzitter,

Hierbij ontvangt u mijn reactie op het rapport «Delen op de stoep» van de Inspectie Leefomgeving en Transport (ILT) over deelscooters in de grote steden.

De ILT doet de volgende aanbevelingen aan de minister: 1. verplicht aanbieders om bij iedere scooter een helm beschikbaar te stellen; 2. stel een maximumaantal vast voor deelscooters per gemeente; 3. geef gemeenten de bevoegdheid om bij herhaald foutparkeren een bestuurlijke boete aan de aanbieder op te leggen.

Met de eerste aanbeveling ben ik het eens. Ik leg in de Regeling voertuigen vast dat aanbieders vanaf 1 januari 2028 bij iedere scooter een helm beschikbaar stellen.

Het aantal ongevallen met een scooter daalt sinds 2025 en steeds meer gebruikers dragen een helm. Een maximumaantal zou nieuwe aanbieders buiten de markt houden. Een landelijk maximumaantal komt er daarom niet.

Wat de boetebevoegdheid betreft, kan ik nu nog geen besluit nemen. Ik wil eerst weten hoe vaak het foutparkeren aan de gebruiker ligt. Zodra ik dat weet, laat ik uw Kamer weten of ik deze aanbeveling overneem.

Hoogachtend,

de Minister van Infrastructuur en Waterstaat,

J. de Graaf
"""


def test_round_52_a_verdict_on_the_next_and_a_topic_compound_of_two_of_its_words() -> None:
    """After the answer to the first, a paragraph that opens in the first's words ("scooter", "helm") but decides
    on a "maximumaantal" answers the second; "Wat de boetebevoegdheid betreft, … deze aanbeveling" answers the third,
    whose "bevoegdheid" and "boete" the compound joins. Before round 52 both went on with the first."""
    letter = kamerstuk.parse_text(ROUND_52_LETTER, name="deelscooters.md")
    second = next(r for r in letter.recommendations if "maximumaantal" in r.text)
    third = next(r for r in letter.recommendations if "boete" in r.text)
    verdict = next(p for p in letter.paragraphs if p.text.startswith("Het aantal ongevallen"))
    topic = next(p for p in letter.paragraphs if p.text.startswith("Wat de boetebevoegdheid"))
    assert verdict.recommendations == [second.id]
    assert topic.recommendations == [third.id]
    assert second.stance == "rejected"
    assert third.stance == "noted"


def test_round_52_the_aim_of_the_measures_closes() -> None:
    """ "Ik wil met deze maatregelen bereiken dat …" (the subject first) is a follow-up cue of a closing paragraph, like
    "Met deze maatregelen wil ik …" (in the gold, 20 of 20 paragraphs opening so close); "Ik wil met de gemeenten …"
    is not."""
    from kamerstuk.patterns.pipeline import LABEL_CUES

    cue = LABEL_CUES["follow_up"]
    assert cue.search("Ik wil met deze maatregelen bereiken dat minder jongeren uitvallen.")
    assert cue.search("Met deze stappen wil het kabinet de regeling eenvoudiger maken.")
    assert not cue.search("Ik wil met de gemeenten bespreken hoe zij de regeling uitvoeren.")


def test_round_52_an_opening_that_takes_a_stance_stays_with_the_answer_before() -> None:
    """A paragraph opening with a stance ("… gaat mij te ver") goes on with the answer before, though its
    choice afterwards uses a word only the next recommendation has ("mantelzorgloket"); holdout275 showed the verdict-on-the-next
    rule of round 52 moving it there before the opening was checked."""
    text = (
        "Datum 4 mei 2027\n\nBetreft Reactie op het advies over mantelzorg\n\nGeachte voorzitter,\n\n"
        "Hierbij ontvangt u mijn reactie op het advies van de Raad voor Volksgezondheid en Samenleving over mantelzorg.\n\n"
        "De raad doet de volgende aanbevelingen: 1. geef iedere mantelzorger recht op een jaarlijkse respijtweek; "
        "2. richt in iedere gemeente een fysiek mantelzorgloket in.\n\n"
        "Het doel van de eerste aanbeveling deel ik. Mantelzorgers moeten hun zorgtaak af en toe kunnen neerleggen.\n\n"
        "Een wettelijk recht op een respijtweek gaat mij te ver; gemeenten kennen hun inwoners beter. "
        "Ik kies er daarom voor gemeenten te vragen hulp aan te bieden via een mantelzorgloket.\n\n"
        "De tweede aanbeveling neem ik niet over. Gemeenten bepalen zelf hoe zij hun loketten inrichten.\n\n"
        "Hoogachtend,\n\nde Staatssecretaris van Volksgezondheid, Welzijn en Sport,\n\nM. de Boer\n"
    )
    letter = kamerstuk.parse_text(text, name="mantelzorg.md")
    first = next(r for r in letter.recommendations if "respijtweek" in r.text)
    turn = next(p for p in letter.paragraphs if p.text.startswith("Een wettelijk recht"))
    assert turn.recommendations == [first.id]


def test_round_53_a_letter_without_recommendations_answers_none() -> None:
    """A policy letter that answers no report has no paragraph restating or answering a recommendation (the gold has
    none in 287 such letters); before round 53 the model alone read holdout280's "Voor brieven met een wettelijke
    termijn ligt het anders. …" as an answer."""
    letter = kamerstuk.parse(LETTERS / "az_recesperiodes_brievenstroom.md")
    assert letter.recommendations == []
    labels = [p.label for p in letter.paragraphs]
    assert labels and "response" not in labels and "recommendation" not in labels
    assert "other" in labels


def test_round_53_thanks_to_the_authors_answer_nothing() -> None:
    """A paragraph that opens by thanking the report's authors sets the scene or closes (in the gold 832 of 834 such
    paragraphs; the two answers take recommendations over by name): holdout282's last paragraph, "Het kabinet dankt de
    AIV voor het advies, …", was read as an answer to the fourth before round 53."""
    letter = kamerstuk.parse(LETTERS / "bz_klimaatmigratie_aiv.md")
    thanks = next(p for p in letter.paragraphs if p.text.startswith("Het kabinet dankt de AIV"))
    assert thanks.label == "closing"
    assert thanks.recommendations == []
    assert any(p.label == "response" for p in letter.paragraphs)


def test_round_53_thanks_then_recommendations_taken_over_still_answers() -> None:
    from kamerstuk.patterns.pipeline import THANKED_THEN_DECIDED, THANKS_OPENING

    text = "Ik dank de raad voor zijn heldere advies. Deze drie aanbevelingen neem ik over."
    assert THANKS_OPENING.match(text) and THANKED_THEN_DECIDED.search(text)
    assert not THANKED_THEN_DECIDED.search("Ik dank de raad. Hieronder ga ik op de drie aanbevelingen in.")


def test_round_54_an_answer_names_the_body_by_its_acronym() -> None:
    """ "De derde aanbeveling van WUR volg ik …" answers the third of the bureau introduced as "Wageningen Social &
    Economic Research (WUR)", whose recommendations carry its full name (holdout287: not linked before round 54)."""
    letter = kamerstuk.parse(LETTERS / "lvvn_bedrijfshygiene_pluimvee_rda_wur.md")
    answer = next(p for p in letter.paragraphs if p.text.startswith("De derde aanbeveling van WUR"))
    third = next(r for r in letter.recommendations if r.ordinal == 3)
    assert answer.recommendations == [third.id]
    assert third.report == "Wageningen Social & Economic Research"


def test_round_54_introduced_names_pair_any_name_with_its_acronym() -> None:
    from kamerstuk.entities.recommenders import introduced_names

    pairs = introduced_names(
        "de evaluatie die Wageningen Social & Economic Research (WUR) uitvoerde en cijfers van het Centraal Bureau "
        "voor de Statistiek (CBS), maar niet de Tweede Kamer (TK-stukken)."
    )
    assert ("Wageningen Social & Economic Research", "WUR") in pairs
    assert ("Centraal Bureau voor de Statistiek", "CBS") in pairs
    assert not any(short == "TK-stukken" for _full, short in pairs)


_TWO_REPORTS_ORDINAL_BEFORE_THE_SECOND = """\
Vergaderjaar 2026–2027

29 383

Nr. 410

BRIEF VAN DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 12 maart 2027

Met deze brief reageer ik op het advies «Bruggen over de Maas» van de Raad voor de leefomgeving en infrastructuur (Rli) en op de studie «Staat van de oeververbindingen» van het Planbureau voor de Leefomgeving (PBL).

De raad beveelt aan om voor iedere oude brug een vervangingsdatum vast te leggen. Daarnaast adviseert de Rli om een landelijk fonds voor de vervanging van gemeentelijke bruggen in te stellen. Tot slot vraagt de raad om de provincies de regie te geven over de volgorde van vervanging.

Het vastleggen van een vervangingsdatum geeft beheerders houvast. Ik neem de eerste aanbeveling van de Rli over en leg voor iedere rijksbrug een datum vast in het programma Vervanging en Renovatie.

Een landelijk fonds, zoals de Rli voorstelt, vraagt eerst om een goed beeld van de staat van de gemeentelijke bruggen, en daar gaat het PBL in zijn studie juist op in. Over de tweede aanbeveling neem ik daarom nu geen besluit.

De derde aanbeveling neem ik niet over, omdat de provincies geen beheerder zijn van de meeste bruggen.

Het PBL heeft in vier provincies de staat van 300 bruggen onderzocht. Het planbureau adviseert het Rijk om een openbaar register van alle bruggen bij te houden. Verder beveelt het aan om gemeenten te helpen bij het inspecteren van hun bruggen.

De eerste aanbeveling van het PBL neem ik over. De tweede aanbeveling van het PBL neem ik niet over, omdat gemeenten daar zelf over gaan.

Hoogachtend,

De Minister van Infrastructuur en Waterstaat,
J. de Vries
"""


def test_round_55_an_ordinal_before_the_second_report_is_the_first_reports() -> None:
    """A letter on two reports that number alike: "Over de tweede aanbeveling neem ik … geen besluit", said before the
    letter restates the second report's recommendations, names the first report's second, even with the other body
    named in the sentence before (holdout291: given to the planbureau's second before round 55)."""
    letter = kamerstuk.parse_text(_TWO_REPORTS_ORDINAL_BEFORE_THE_SECOND, name="bruggen.md")
    answer = next(p for p in letter.paragraphs if p.text.startswith("Een landelijk fonds"))
    rli_second = next(r for r in letter.recommendations if r.text.startswith("Daarnaast adviseert de Rli"))
    assert answer.recommendations == [rli_second.id]
    # after the planbureau's are restated, its own ordinals still name its own
    later = next(p for p in letter.paragraphs if p.text.startswith("De eerste aanbeveling van het PBL"))
    pbl = [r.id for r in letter.recommendations if r.text.startswith(("Het planbureau", "Verder beveelt"))]
    assert later.recommendations == pbl


def test_round_55_a_group_set_apart_in_an_answer_is_a_part() -> None:
    """ "Wettelijke eisen … acht het kabinet niet uitvoerbaar. Voor aanbieders die door scholen worden ingehuurd, ligt dat
    anders. …" answers the third recommendation for a part (holdout291: rejected before round 55)."""
    letter = kamerstuk.parse(LETTERS / "ocw_betaalde_bijles_onderwijsraad.md")
    third = next(r for r in letter.recommendations if r.ordinal == 3)
    assert third.stance == "partly_adopted"
    assert next(r for r in letter.recommendations if r.ordinal == 1).stance == "rejected"


_BACK_REFERRING_ANSWER = """\
Vergaderjaar 2026–2027

28 286

Nr. 1400

BRIEF VAN DE MINISTER VAN LANDBOUW, VISSERIJ, VOEDSELZEKERHEID EN NATUUR

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 9 februari 2027

Op 10 december 2026 heeft de Raad voor Dieraangelegenheden het advies «Konijnen in huis» uitgebracht. Hierbij ontvangt u mijn reactie.

De raad beveelt aan om een registratieplicht voor konijnen in te voeren. Daarnaast adviseert de raad om de verkoop van konijnen op markten te verbieden.

Het kabinet deelt de analyse dat identificatie de sleutel is tot verantwoord houden. Een registratieplicht voor konijnen wordt per 1 januari 2029 ingevoerd.

Daarbij geldt een overgangstermijn van een jaar voor dieren die vóór die datum zijn geboren. De Rijksdienst voor Ondernemend Nederland houdt het register bij.

Een verbod op de verkoop op markten neem ik niet over, omdat het aantal konijnen dat daar wordt verkocht zeer klein is.

Hoogachtend,

De Minister van Landbouw, Visserij, Voedselzekerheid en Natuur,
P. de Boer
"""


def test_round_55_an_answer_opening_on_daarbij_goes_on_with_the_one_before() -> None:
    """ "Daarbij geldt een overgangstermijn …" right after the answer to the first recommendation answers it too
    (holdout293: linked to nothing before round 55; the gold's six such openings all go on with the answer before)."""
    letter = kamerstuk.parse_text(_BACK_REFERRING_ANSWER, name="konijnen.md")
    first = letter.recommendations[0]
    answer = next(p for p in letter.paragraphs if p.text.startswith("Het kabinet deelt de analyse"))
    goes_on = next(p for p in letter.paragraphs if p.text.startswith("Daarbij geldt"))
    assert answer.recommendations == [first.id]
    assert goes_on.recommendations == [first.id]
    assert goes_on.label == "response"
    assert letter.paragraphs[0].text.startswith("Op 10 december 2026")  # the header is no body text


def test_round_55_a_study_commissioned_names_its_bureau() -> None:
    """ "… heeft het kabinet de Vlaginstructie laten evalueren door onderzoeksbureau Kompas & Kaart", then "De onderzoekers
    doen drie aanbevelingen": the bureau made them (holdout296: no report named before round 55)."""
    from kamerstuk.patterns.recommendations import CARRIED_OUT_BY

    letter = kamerstuk.parse(LETTERS / "az_vlaginstructie_evaluatie.md")
    assert letter.recommendations
    assert all(r.report == "Kompas & Kaart" for r in letter.recommendations)
    m = CARRIED_OUT_BY.search("Ik heb de regeling laten onderzoeken door onderzoeksbureau Veld & Stroom.")
    assert m is not None and m.group("name") == "Veld & Stroom"
    assert CARRIED_OUT_BY.search("Ik laat de regeling evalueren.") is None


_QUOTED_IN_A_ROW = """\
Vergaderjaar 2026–2027

29 398

Nr. 1210

BRIEF VAN DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 12 maart 2027

Op 2 februari 2027 heeft de Inspectie Leefomgeving en Transport het rapport «Veilig over het spoor» uitgebracht. Hierbij ontvangt u mijn reactie.

De eerste en tweede aanbeveling gaan over overwegen. De inspectie adviseert: «Plaats bij elke onbewaakte overweg een waarschuwingslicht» Ook beveelt zij aan: «Maak de overwegen in natuurgebieden veilig voor ruiters»

Waarschuwingslichten bij alle onbewaakte overwegen plaats ik voor 2030; ProRail begint dit jaar met de veertig drukste.

Voor ruiters richt ProRail de overwegen in natuurgebieden niet apart in, omdat daar weinig ongevallen gebeuren.

Hoogachtend,

De Minister van Infrastructuur en Waterstaat,
J.P. van Dam
"""


def test_round_56_quoted_recommendations_in_a_row_are_two() -> None:
    """Two quoted recommendations, each without its full stop, the second opening on "Ook": two sentences and two
    recommendations (holdout297: read as one before round 56)."""
    letter = kamerstuk.parse_text(_QUOTED_IN_A_ROW, name="overwegen.md")
    texts = [r.text for r in letter.recommendations]
    assert len(texts) == 2, texts
    assert "waarschuwingslicht" in texts[0] and "ruiters" not in texts[0]
    assert "ruiters" in texts[1]
    answers = [p for p in letter.paragraphs if p.label == "response"]
    assert [p.recommendations for p in answers] == [[r.id] for r in letter.recommendations]


_HEADINGS_OF_ANOTHERS_WORDS = """\
Vergaderjaar 2026–2027

19 637

Nr. 3320

BRIEF VAN DE STAATSSECRETARIS VAN ASIEL EN MIGRATIE

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 3 maart 2027

Op 12 januari 2027 publiceerde de Nationale ombudsman het rapport «Wachten op een gesprek» over de intake in de opvang. Hierbij ontvangt u mijn reactie.

De ombudsman beveelt mij aan:
1. de intakegesprekken te verlengen tot een uur;
2. de vergoeding voor tolken binnen een maand uit te keren;
3. het COA te laten rapporteren over de lengte van de gesprekken en de uitkering aan tolken.

### **Lengte van de gesprekken**

De eerste aanbeveling neem ik gedeeltelijk over. De gesprekken duren voortaan drie kwartier.

Een uur voor ieder gesprek gaat mij te ver, omdat de wachtlijst dan langer wordt.

### **Uitkering aan tolken**

Wat de snelheid van de uitkering betreft, werkt het COA sinds januari met een nieuw betaalsysteem waarmee tolken binnen twee weken hun geld krijgen.

### **Rapportage**

De derde aanbeveling neem ik over. Het COA rapporteert vanaf 2028 in zijn jaarverslag over beide onderwerpen.

Hoogachtend,

De Staatssecretaris van Asiel en Migratie,
M. de Wit
"""


def test_round_56_a_heading_of_another_recommendations_words_yields_to_the_number_below_it() -> None:
    """A heading whose words are all the third recommendation's ("Lengte van de gesprekken", the third asks a report
    "over de lengte van de gesprekken") over an answer that opens on "De eerste aanbeveling": the section answers the
    first; "Uitkering" under the next heading is the second's "uit te keren" as much as the third's "uitkering"
    (holdout300: both sections linked to the third before round 56)."""
    letter = kamerstuk.parse_text(_HEADINGS_OF_ANOTHERS_WORDS, name="intake.md")
    first, second, third = (r.id for r in letter.recommendations)
    by_start = {p.text.split()[0] + " " + p.text.split()[1]: p for p in letter.paragraphs}
    assert by_start["Een uur"].recommendations == [first]
    assert by_start["Wat de"].recommendations == [second]
    assert by_start["De derde"].recommendations == [third]


def test_round_56_a_separable_verb_names_its_noun() -> None:
    from kamerstuk.matching import ContentIndex
    from kamerstuk.pipeline.link_forms import Distinctive

    index = ContentIndex(["de vergoeding binnen een maand uit te keren", "de wachttijd te verkorten"])
    assert index.containing({"uitker"}) == [0]
    # a generic act ("in te voeren") names no topic of one recommendation
    assert ContentIndex(["een plicht in te voeren", "de toets te verkorten"]).containing({"invoer"}) == []
    distinct = Distinctive(["de vergoeding aan tolken uit te keren", "de wachttijd te verkorten"])
    assert distinct.best("De uitkering gaat voortaan sneller.") == (0, ("uitkering",))


_DEMONSTRATIVE_OPENING = """\
Vergaderjaar 2026–2027

32 805

Nr. 210

BRIEF VAN DE MINISTER VAN VOLKSGEZONDHEID, WELZIJN EN SPORT

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 8 april 2027

Hierbij ontvangt u het rapport «Na de revalidatie» van het Nivel over de nazorg na een beroerte. In deze brief geef ik mijn reactie.

Het Nivel doet drie aanbevelingen. Allereerst zouden patiënten na hun ontslag zonder verwijzing van de huisarts terug moeten kunnen naar de revalidatiepoli. Verder beveelt het Nivel aan om logopedie voor alle patiënten uit het basispakket te vergoeden. Tot slot adviseert het Nivel om voor iedere patiënt een nazorgplan op te stellen.

Ik zie, net als het Nivel, dat de verwijzing via de huisarts patiënten laat wachten. Ik spreek met de revalidatiecentra en de zorgverzekeraars af dat patiënten in het eerste jaar na ontslag zonder verwijzing terug kunnen naar de revalidatiepoli.

De revalidatiecentra hebben laten weten deze afspraak te steunen. Ik wil daarmee bereiken dat een patiënt met een nieuwe logopedievraag binnen twee weken wordt gezien.

Logopedie wordt nu vergoed in de eerste twaalf maanden. Het pakket blijft op dit punt ongewijzigd.

Een nazorgplan vind ik een goede stap. Ik vraag de centra om vóór 1 januari 2028 een model voor zo'n plan op te stellen.

Hoogachtend,

De Minister van Volksgezondheid, Welzijn en Sport,
E. van Dijk
"""


def test_round_56_an_opening_that_points_back_with_a_demonstrative_goes_on_with_the_answer_before() -> None:
    """ "… hebben laten weten deze afspraak te steunen" right after the answer to the first points back at that answer,
    even with a compound of a word only the second has ("logopedievraag") further on (holdout299: linked to the next in
    order before round 56; in the gold, 187 of 227 answers whose first sentence has such a demonstrative answer what the
    paragraph before answered)."""
    from kamerstuk.patterns.links import DEMONSTRATIVE_BACK_REFERENCE

    letter = kamerstuk.parse_text(_DEMONSTRATIVE_OPENING, name="revalidatie.md")
    first = letter.recommendations[0].id
    answer = next(p for p in letter.paragraphs if p.text.startswith("Ik zie, net als"))
    goes_on = next(p for p in letter.paragraphs if p.text.startswith("De revalidatiecentra hebben"))
    assert answer.recommendations == [first]
    assert goes_on.recommendations == [first]
    assert DEMONSTRATIVE_BACK_REFERENCE.search("Zij steunen deze afspraak.")
    assert not DEMONSTRATIVE_BACK_REFERENCE.search("Dit jaar begint de proef.")
    assert not DEMONSTRATIVE_BACK_REFERENCE.search("Deze aanbeveling neem ik over.")


def test_round_58_an_earlier_mention_of_another_recommendation_is_in_passing() -> None:
    """ "… de brief die ik bij de eerste aanbeveling noemde, zal haar daarom vermelden" in the paragraph right under the
    third recommendation, which its opening answers ("Die mogelijkheid heeft de uitvoerder al."): linked to the third
    as well, the first marked as named in passing (holdout316; before round 58 the first only). A recommender's "…
    adviseert in 2027 over de bekostiging …, en het kabinet betrekt de aanbeveling bij zijn reactie op dat advies" is
    no recommendation ("dat advies" is no "dat"-clause of the recommender's)."""
    text = (
        "Datum 3 maart 2027\n\nBetreft Reactie op het rapport over zieke werknemers\n\nGeachte voorzitter,\n\n"
        "Op 2 december 2026 heeft de Nationale ombudsman het rapport «Waar kan ik terecht?» uitgebracht.\n\n"
        "Allereerst beveelt de ombudsman aan om werknemers bij de start van hun uitkering in één brief te laten weten "
        "wie hun aanspreekpunt is.\n\n"
        "Die aanbeveling neem ik over. De uitvoerder stuurt vanaf 1 juli 2027 bij iedere toekenning zo'n brief mee.\n\n"
        "Ook beveelt de ombudsman aan om een landelijk klachtenloket in te richten.\n\n"
        "Die aanbeveling neem ik niet over. De Zorgautoriteit adviseert in 2027 over de klachtenroutes als geheel, en "
        "het kabinet betrekt de aanbeveling bij zijn reactie op dat advies.\n\n"
        "Ten slotte beveelt de ombudsman aan «de uitvoerder de mogelijkheid te geven de re-integratie over te nemen».\n\n"
        "Die mogelijkheid heeft de uitvoerder al. Dat dit weinig gebeurt, komt doordat werknemers haar niet kennen; "
        "de brief die ik bij de eerste aanbeveling noemde, zal haar daarom vermelden.\n\n"
        "Hoogachtend,\n\nde Minister van Sociale Zaken en Werkgelegenheid,\n\nC. Jansen\n"
    )
    letter = kamerstuk.parse_text(text, name="werknemers.md")
    assert len(letter.recommendations) == 3
    assert not any(r.text.startswith("De Zorgautoriteit") for r in letter.recommendations)
    third = next(r for r in letter.recommendations if "re-integratie" in r.text)
    answer = next(p for p in letter.paragraphs if p.text.startswith("Die mogelijkheid"))
    assert third.id in answer.recommendations


def test_round_59_a_concession_goes_on_with_the_answer_before() -> None:
    """ "Wel neem ik … het totaalbedrag aan vergoede rente op" right after the answer to the fourth recommendation, in the
    same section, shares words with the fifth ("rente", "vergoed"): a concession goes on with the answer before (74 of 75
    such paragraphs in the open gold; holdout332; before round 59 linked to the fifth as the next in order)."""
    text = (
        "Datum 3 maart 2026\n\nBetreft Reactie op het rapport over rentevergoeding\n\nGeachte voorzitter,\n\n"
        "Op 2 december 2025 heeft de Algemene Rekenkamer het rapport «Rente op tijd» uitgebracht. De Rekenkamer doet "
        "vijf aanbevelingen:\n"
        "1. vergoed de rente bij een gegrond bezwaar direct en automatisch;\n"
        "2. leg in elke beschikking uit hoe de vergoede rente tot stand kwam;\n"
        "3. vergoed rente vanaf de dag van de aangifte;\n"
        "4. rapporteer aan de Kamer over de vergoede rente, uitgesplitst per belastingsoort;\n"
        "5. onderzoek of ook bij toeslagen een rentevergoeding nodig is.\n\n"
        "### **Reactie op de aanbevelingen**\n\n"
        "Aanbeveling 1 neem ik over. Aanbeveling 2 is al praktijk. Aanbeveling 3 neem ik niet over.\n\n"
        "Aanbeveling 4 gaat over de informatie aan uw Kamer. Een uitsplitsing naar iedere belastingsoort vergt een "
        "aanpassing van de systemen die pas na 2028 mogelijk is.\n\n"
        "Wel neem ik vanaf het halfjaarsverslag over 2026 het totaalbedrag aan vergoede rente op.\n\n"
        "De vijfde aanbeveling betrek ik bij de herziening van het toeslagenstelsel.\n\n"
        "Hoogachtend,\n\nde Staatssecretaris van Financiën,\n\nC. Jansen\n"
    )
    letter = kamerstuk.parse_text(text, name="rente.md")
    fourth = next(r for r in letter.recommendations if r.ordinal == 4)
    concession = next(p for p in letter.paragraphs if p.text.startswith("Wel neem ik"))
    assert concession.recommendations == [fourth.id]


_ROUND_60_HEAD = "Datum 3 maart 2026\n\nBetreft Reactie op het rapport\n\nGeachte voorzitter,\n\n"
_ROUND_60_TAIL = "Hoogachtend,\n\nde Minister van Volksgezondheid, Welzijn en Sport,\n\nC. Jansen\n"


def test_round_60_a_demonstrative_answer_keeps_the_ministers_request_out_of_the_recommendations() -> None:
    """ "Deze aanbeveling neemt de minister over. Zij vraagt de beroepsvereniging om …" opens by answering: the request is
    the minister's, no recommendation of its own (holdout336; before round 60 read as a third recommendation)."""
    text = (
        _ROUND_60_HEAD
        + "Hierbij ontvangt u het rapport van de inspectie over sedatie bij de tandarts, met de reactie van de "
        "minister. De inspectie doet twee aanbevelingen.\n\n"
        "De inspectie beveelt aan dat vanaf 2028 alleen tandartsen met een erkende opleiding sedatie toepassen.\n\n"
        "De minister onderschrijft deze aanbeveling en legt de eis vast in een algemene maatregel van bestuur.\n\n"
        "Daarnaast vraagt de inspectie de minister om de beroepsgroep een richtlijn te laten opstellen.\n\n"
        "Deze aanbeveling neemt de minister over. Zij vraagt de beroepsvereniging om de richtlijn samen met de "
        "anesthesiologen op te stellen.\n\n" + _ROUND_60_TAIL
    )
    letter = kamerstuk.parse_text(text, name="sedatie.md")
    assert len(letter.recommendations) == 2
    second = letter.recommendations[1]
    answer = next(p for p in letter.paragraphs if p.text.startswith("Deze aanbeveling neemt"))
    assert answer.label == "response"
    assert answer.recommendations == [second.id]
    assert second.stance == "adopted"


def test_round_60_labels_run_together_and_a_second_body_by_its_short_name() -> None:
    """ "Aanbeveling 1: …. Aanbeveling 2: …. Aanbeveling 3: …" on one line are three, and the second report's prose
    ("De inspectie beveelt aan …" for the Nederlandse Arbeidsinspectie) adds its own (holdout338; before round 60 the
    line was one recommendation and the prose was dropped)."""
    text = (
        _ROUND_60_HEAD
        + "Hierbij ontvangt u de reactie op het advies «Zwaar werk» van de Gezondheidsraad en het rapport «Op de "
        "knieën» van de Nederlandse Arbeidsinspectie. De raad komt tot drie aanbevelingen.\n\n"
        "Aanbeveling 1: beperk het gebukt werken tot ten hoogste twee uur per dienst. Aanbeveling 2: zorg dat "
        "stratenmakers periodiek een medisch onderzoek kunnen ondergaan. Aanbeveling 3: laat onderzoeken of "
        "legmachines breder kunnen worden ingezet.\n\n"
        "De eerste aanbeveling neem ik over. De tweede aanbeveling is al praktijk. De derde aanbeveling betrek ik "
        "bij het actieplan.\n\n"
        "De Arbeidsinspectie trof bij 31 bedrijven overtredingen aan. De inspectie beveelt aan om bedrijven die "
        "herhaaldelijk in overtreding zijn een hogere boete op te leggen. Verder adviseert zij om het gebruik van "
        "hulpmiddelen onder te brengen in een verplicht certificaat.\n\n"
        "De eerste aanbeveling van de Arbeidsinspectie neem ik over. Een verplicht certificaat acht ik niet nodig.\n\n"
        + _ROUND_60_TAIL
    )
    letter = kamerstuk.parse_text(text, name="bestrating.md")
    texts = [r.text for r in letter.recommendations]
    assert len(texts) == 5
    assert texts[0] == "beperk het gebukt werken tot ten hoogste twee uur per dienst."
    assert any(t.startswith("De inspectie beveelt aan om bedrijven") for t in texts)


def test_round_60_a_label_that_ends_a_paragraph_is_no_title_of_the_prose_under_it() -> None:
    """ "… Aanbeveling 3: vraag de inspectie jaarlijks te rapporteren …" ends its paragraph; "Daarnaast beveelt de
    inspectie de thuiszorgorganisaties aan …" under it is the fourth, not the third restated (holdout344)."""
    text = (
        _ROUND_60_HEAD
        + "De inspectie richt drie aanbevelingen aan de minister. Aanbeveling 1: zorg voor een landelijk protocol "
        "voor het plaatsen van sondes buiten het ziekenhuis. Aanbeveling 2: maak met zorgverzekeraars afspraken over "
        "de vergoeding van instructie aan mantelzorgers. Aanbeveling 3: vraag de inspectie jaarlijks te rapporteren "
        "over incidenten met sondevoeding in de thuissituatie.\n\n"
        "Daarnaast beveelt de inspectie de thuiszorgorganisaties aan om alleen verpleegkundigen met een actuele "
        "bekwaamheidsverklaring sondes te laten plaatsen.\n\n"
        "De derde aanbeveling neemt het kabinet niet over.\n\n" + _ROUND_60_TAIL
    )
    letter = kamerstuk.parse_text(text, name="sondes.md")
    assert len(letter.recommendations) == 4
    third = next(r for r in letter.recommendations if r.ordinal == 3)
    assert third.text.startswith("vraag de inspectie jaarlijks")
    assert third.stance == "rejected"


def test_round_60_announcements_and_recommendations_laid_before_another() -> None:
    """ "Hieronder ga ik per aanbeveling in op …" under the list announces the answers (holdout340); "Ik heb de
    aanbeveling aan de ACM voorgelegd" names the one it was laid before, not a recommendation addressed to the ACM
    (holdout337)."""
    text = (
        _ROUND_60_HEAD + "De inspectie doet mij de volgende drie aanbevelingen:\n\n"
        "1. Stel een maximale termijn vast waarbinnen een leerling een plek moet krijgen.\n\n"
        "2. Geef de inspectie de bevoegdheid om rechtstreeks een aanwijzing te geven.\n\n"
        "3. Zorg voor een landelijk overzicht van de leerlingen die wachten.\n\n"
        "Hieronder ga ik per aanbeveling in op wat ik met het rapport doe.\n\n"
        "De eerste aanbeveling neem ik over.\n\n"
        "De tweede aanbeveling neem ik niet over.\n\n"
        "De toezichthouder stelt de regels onafhankelijk vast. Ik heb de aanbeveling aan de ACM voorgelegd, die "
        "haar betrekt bij de volgende regels. Op de derde aanbeveling wil ik nog niet vooruitlopen.\n\n"
        + _ROUND_60_TAIL
    )
    letter = kamerstuk.parse_text(text, name="plaatsing.md")
    announcement = next(p for p in letter.paragraphs if p.text.startswith("Hieronder ga ik"))
    assert announcement.label == "context"
    assert announcement.recommendations == []
    laid = next(p for p in letter.paragraphs if p.text.startswith("De toezichthouder"))
    third = next(r for r in letter.recommendations if r.ordinal == 3)
    assert laid.recommendations == [third.id]


def test_round_60_words_the_two_just_restated_tell_apart_and_a_later_verdict_on_the_other() -> None:
    """Right after two recommendations restated together, an answer on a word another report's recommendation has too
    ("wachtdagen") is the first of the two (holdout336); an answer that declines one and says the other happens already
    ("… gebeurt al.") answers both (holdout344)."""
    text = (
        _ROUND_60_HEAD
        + "Met deze brief reageer ik op twee rapporten over wachtdagen bij ziekte: het rapport van de Nederlandse "
        "Arbeidsinspectie en de notitie van het Centraal Planbureau.\n\n"
        "De Arbeidsinspectie beveelt aan om bij cao's na te gaan of een wachtdag is opgenomen. Daarnaast adviseert "
        "zij werkgevers te verplichten ziekmeldingen tijdens een wachtdag vast te leggen.\n\n"
        "De eerste aanbeveling van de Arbeidsinspectie neem ik over.\n\n"
        "Over de tweede aanbeveling heb ik nog geen standpunt ingenomen.\n\n"
        "Het planbureau sluit af met twee aanbevelingen. De eerste luidt: «schaf de mogelijkheid af om in cao's "
        "wachtdagen af te spreken». De tweede luidt: «meet structureel hoe vaak werknemers met klachten doorwerken».\n\n"
        "Een wettelijk verbod op wachtdagen neemt het kabinet niet over. Wachtdagen zijn het resultaat van "
        "afspraken tussen werkgevers en vakbonden.\n\n" + _ROUND_60_TAIL
    )
    letter = kamerstuk.parse_text(text, name="wachtdagen.md")
    ban = next(r for r in letter.recommendations if r.text.startswith("schaf de mogelijkheid"))
    answer = next(p for p in letter.paragraphs if p.text.startswith("Een wettelijk verbod"))
    assert answer.recommendations == [ban.id]
    assert ban.stance == "rejected"

    text = (
        _ROUND_60_HEAD
        + "Hierbij ontvangt u mijn reactie op het advies van de Gezondheidsraad over nanomaterialen.\n\n"
        "De raad beveelt aan om voor de vier meest gebruikte nanomaterialen een wettelijke grenswaarde vast te "
        "stellen.\n\n"
        "Die grenswaarde stel ik in 2027 vast.\n\n"
        "Daarnaast adviseert de raad werkgevers te verplichten een register bij te houden van werknemers die met "
        "nanomaterialen werken. Ook pleit de raad ervoor dat de Arbeidsinspectie haar inspecties richt op bedrijven "
        "die nanomaterialen in poedervorm verwerken.\n\n"
        "Een registerplicht voor werkgevers acht ik op dit moment niet proportioneel. Het richten van inspecties op "
        "poederverwerkende bedrijven gebeurt al.\n\n" + _ROUND_60_TAIL
    )
    letter = kamerstuk.parse_text(text, name="nano.md")
    register, inspections = letter.recommendations[1:3]
    answer = next(p for p in letter.paragraphs if p.text.startswith("Een registerplicht"))
    assert answer.recommendations == [register.id, inspections.id]
    assert (register.stance, inspections.stance) == ("rejected", "already_in_place")


def test_round_60_a_minister_asked_by_the_full_name_and_the_answers_announced_by_the_cabinet() -> None:
    """ "Ten slotte vraagt de Onderzoeksraad de Minister van Landbouw, Visserij, Voedselzekerheid en Natuur: «…»" is the
    fourth recommendation (holdout344); "Het gaat hieronder in op de vier aanbevelingen." announces the answers
    (holdout343)."""
    text = (
        _ROUND_60_HEAD
        + "Het kabinet deelt de zorg van de Onderzoeksraad. Het gaat hieronder in op de vier aanbevelingen.\n\n"
        "De Onderzoeksraad beveelt het kabinet aan om vaste routes voor landbouwverkeer vast te stellen. Daarnaast "
        "adviseert de raad een begeleidingsplicht in te voeren voor brede voertuigen. Verder vraagt de raad om "
        "landbouwvoertuigen een kenteken te laten voeren.\n\n"
        "Het kabinet neemt de eerste twee aanbevelingen over. De derde aanbeveling is al uitgevoerd.\n\n"
        "Ten slotte vraagt de Onderzoeksraad de Minister van Landbouw, Visserij, Voedselzekerheid en Natuur: «Neem "
        "verkeersveiligheid op als verplicht onderdeel van de opleidingen voor loonwerkers.»\n\n"
        "De minister neemt kennis van deze aanbeveling en bespreekt haar met de sector.\n\n" + _ROUND_60_TAIL
    )
    letter = kamerstuk.parse_text(text, name="landbouwverkeer.md")
    assert len(letter.recommendations) == 4
    assert letter.recommendations[3].text.startswith("Neem verkeersveiligheid op")
    opening = letter.paragraphs[0]
    assert opening.text.startswith("Het kabinet deelt")
    assert opening.recommendations == []


def test_round_60_a_variant_declined_after_an_act_on_the_same_recommendation_is_a_part() -> None:
    """An act of ours on the recommendation, then "Een verhoging die afhangt van het inkomen … is niet uitvoerbaar": a
    further form declined, the measure taken up in part (holdout340; 118 of 125 such answers in the gold)."""
    text = (
        _ROUND_60_HEAD
        + "Hierbij ontvangt u mijn reactie op het rapport van het WODC over verkeersboetes.\n\n"
        "De onderzoekers bevelen aan de verhogingen te matigen voor mensen die aantoonbaar niet kunnen betalen.\n\n"
        "In het wetsvoorstel aanpassing Wet Mulder, dat ik in het najaar van 2026 in internetconsultatie breng, "
        "vervalt de tweede verhoging voor iedereen die een betalingsregeling heeft getroffen. Een verhoging die "
        "afhangt van het inkomen van de betrokkene is voor het CJIB niet uitvoerbaar, omdat het CJIB niet over "
        "inkomensgegevens beschikt en die ook niet zou moeten krijgen.\n\n" + _ROUND_60_TAIL
    )
    letter = kamerstuk.parse_text(text, name="boetes.md")
    assert [r.stance for r in letter.recommendations] == ["partly_adopted"]


_ROUND_61_HEAD = "Datum 2 maart 2026\n\nBetreft Evaluatie van de regeling\n\nGeachte voorzitter,\n\n"
_ROUND_61_TAIL = "Hoogachtend,\n\nde Minister van Volkshuisvesting en Ruimtelijke Ordening,\n\nH. de Vries\n"


def test_round_61_a_partys_call_in_an_answer_is_no_recommendation_and_the_bureau_names_the_report() -> None:
    """ "De wens om … begrijp ik. … De VNG roept gemeenten op om …" opens by judging the wish: the VNG's call is part of
    the answer (holdout347; before round 61 read as a fourth recommendation, which moved every answer's link to it).
    The bureau that "voerde de evaluatie uit" is the recommendations' report."""
    text = (
        _ROUND_61_HEAD
        + "Hierbij stuur ik u de evaluatie van de Woonaanpassingslening. Onderzoeksbureau Hendriks & Maas voerde de "
        "evaluatie uit.\n\n"
        "De onderzoekers doen drie aanbevelingen. Allereerst bevelen zij aan om de aanvraag binnen vier weken te "
        "beoordelen. Daarnaast adviseren zij om de lening bekender te maken via huisartsen. Ten slotte raden zij aan "
        "om de lening landelijk beschikbaar te stellen.\n\n"
        "Sinds 1 januari 2026 geldt een vaste beoordelingstermijn van vier weken voor iedere aanvraag.\n\n"
        "Ik maak in het voorjaar van 2026 afspraken met de huisartsen over het verspreiden van informatie.\n\n"
        "De wens om de lening in het hele land beschikbaar te maken begrijp ik. Nu beslist iedere gemeente zelf of "
        "zij meedoet. De VNG roept gemeenten op om in de tussentijd aan te sluiten.\n\n" + _ROUND_61_TAIL
    )
    letter = kamerstuk.parse_text(text, name="woonaanpassing.md")
    assert [r.text[:10] for r in letter.recommendations] == ["Allereerst", "Daarnaast ", "Ten slotte"]
    assert {r.report for r in letter.recommendations} == {"Hendriks & Maas"}
    answer = next(p for p in letter.paragraphs if p.text.startswith("De wens om"))
    assert answer.label == "response"
    assert answer.recommendations == [letter.recommendations[2].id]


def test_round_61_an_answer_opened_by_the_ordinal_of_one_given_is_no_next_recommendation() -> None:
    """ "Ook de vierde aanbeveling vraagt om …" after a series that gave four: the answer recalls the fourth, it adds no
    fifth (holdout348), and the bureau that the study was let to is the report."""
    text = (
        _ROUND_61_HEAD
        + "Het WODC heeft de evaluatie van de bevoegdheid laten uitvoeren door onderzoeksbureau Ploeg & Partners.\n\n"
        "De onderzoekers doen vier aanbevelingen. In de eerste plaats bevelen zij aan om alle inbeslagnames in één "
        "systeem te registreren. Daarnaast adviseren zij de bevoegdheid toe te kennen aan handhavers van gemeenten. "
        "Verder pleiten zij ervoor dat betrokkenen een folder krijgen. Ten slotte vinden de onderzoekers dat het "
        "Openbaar Ministerie per arrondissement moet laten zien wat de bevoegdheid oplevert.\n\n"
        "De politie registreert de inbeslagnames vanaf 1 januari 2027 in het bestaande beslagregistratiesysteem.\n\n"
        "Ook de vierde aanbeveling vraagt om meer zicht op de opbrengst. Het Openbaar Ministerie publiceert sinds "
        "2024 per arrondissement de waarde van de verbeurdverklaarde goederen. Aan deze aanbeveling wordt daarmee al "
        "voldaan.\n\n" + _ROUND_61_TAIL
    )
    letter = kamerstuk.parse_text(text, name="afpakken.md")
    assert [r.ordinal for r in letter.recommendations] == [1, 2, 3, 4]
    assert {r.report for r in letter.recommendations} == {"Ploeg & Partners"}
    answer = next(p for p in letter.paragraphs if p.text.startswith("Ook de vierde"))
    assert answer.recommendations == [letter.recommendations[3].id]
    assert letter.recommendations[3].stance == "already_in_place"


def test_round_61_a_verdict_in_order_and_a_contrast_with_the_answer_before() -> None:
    """Right after the paragraph that restates three, "Een verbod per 2023 neem ik niet over." answers the first though
    it uses none of its words (holdout351); "Toch gaat een verbod het kabinet te ver. … deze aanbeveling …" after the
    answer on the second is about the second, not the last restated (holdout352)."""
    text = (
        _ROUND_61_HEAD
        + "Hierbij ontvangt u de reactie op het rapport van het PBL over bladblazers en terrasverwarming.\n\n"
        "Het PBL beveelt aan om gasgestookte terrasverwarming vanaf 2023 te verbieden. Daarnaast adviseert het "
        "planbureau om brandstofaangedreven bladblazers bij professioneel gebruik te verbieden. Ten slotte vindt het "
        "PBL dat werkgevers die werknemers met lawaaiig gereedschap laten werken, hen jaarlijks een gehoortest moeten "
        "aanbieden.\n\n"
        "Een verbod per 2023 neem ik niet over. Veel horecabedrijven hebben hun heaters pas kort geleden gekocht.\n\n"
        "Een verbod op brandstofbladblazers zou het lawaai wel verminderen. Elektrische toestellen zijn voor de "
        "meeste klussen een goed alternatief.\n\n"
        "Toch gaat een verbod mij te ver. Voor het werk op grote terreinen zijn elektrische toestellen nog niet "
        "krachtig genoeg. Ik laat deze aanbeveling daarom rusten.\n\n"
        "De derde aanbeveling neem ik over. Ik neem de gehoortest op in het Arbeidsomstandighedenbesluit.\n\n"
        + _ROUND_61_TAIL
    )
    letter = kamerstuk.parse_text(text, name="bladblazers.md")
    first, second, _third = letter.recommendations
    verdict = next(p for p in letter.paragraphs if p.text.startswith("Een verbod per"))
    contrast = next(p for p in letter.paragraphs if p.text.startswith("Toch gaat"))
    assert verdict.recommendations == [first.id]
    assert contrast.recommendations == [second.id]
    assert first.stance == "rejected"
    assert second.stance == "rejected"


def test_round_62_a_numbered_list_between_answers_after_the_letters_own_announcement() -> None:
    """ "In deze brief geeft het kabinet zijn reactie op de vier aanbevelingen van de inspectie, die ik hieronder een voor
    een bespreek." announces the recommendations, not the letter's topics; a findings paragraph may stand between it and
    the numbered imperatives, each with its answer under it, one of them opening on another party (holdout359: before
    round 62 none of the five was found)."""
    text = (
        _ROUND_61_HEAD
        + "Op 3 februari 2026 verscheen het rapport van de inspectie over het gebruik van noodbedden in de jeugdzorg. "
        "In deze brief geeft het kabinet zijn reactie op de vier aanbevelingen van de inspectie, die ik hieronder een "
        "voor een bespreek.\n\n"
        "De inspectie stelt vast dat noodbedden vaak langer bezet blijven dan de bedoelde zes weken.\n\n"
        "1. Stel een landelijk maximum van zes weken vast voor het verblijf op een noodbed.\n\n"
        "Het kabinet neemt deze aanbeveling over en legt het maximum per 1 januari 2027 vast in de Jeugdwet.\n\n"
        "2. Laat iedere regio een overzicht van vrije bedden bijhouden.\n\n"
        "De Vereniging van Nederlandse Gemeenten heeft in 2025 een landelijk bedden-dashboard ingericht, dat iedere "
        "regio dagelijks bijwerkt.\n\n"
        "3. Breng de financiering van noodbedden onder in één landelijke regeling.\n\n"
        "Een landelijke regeling acht ik niet nodig. De regio's financieren de bedden nu samen.\n\n"
        "4. Onderzoek of pleeggezinnen vaker als noodplek kunnen dienen.\n\n"
        "Over deze aanbeveling neemt het kabinet nu geen besluit. Ik betrek haar bij de evaluatie van de Jeugdwet.\n\n"
        + _ROUND_61_TAIL
    )
    letter = kamerstuk.parse_text(text, name="noodbedden.md")
    assert [r.ordinal for r in letter.recommendations] == [1, 2, 3, 4]
    assert letter.recommendations[0].stance == "adopted"
    board = next(p for p in letter.paragraphs if p.text.startswith("De Vereniging"))
    assert board.label == "response"  # an answer under its item, not the report's explanation
    assert board.recommendations == [letter.recommendations[1].id]


def test_round_62_a_fronted_matter_and_an_answer_before_a_deferral() -> None:
    """After the answer to the second, "Naar een heffing kijk ik met belangstelling, maar …" answers the third by its
    fronted word (holdout360); right under the paragraph that restates two, an answer in the first one's words that
    ends by deferring to the second answers both (holdout360)."""
    text = (
        _ROUND_61_HEAD + "Het PBL heeft een studie uitgebracht over hitte in binnensteden.\n\n"
        "Het PBL beveelt aan om gemeenten de bevoegdheid te geven een minimum aan bomen per straat op te leggen. "
        "Daarnaast adviseert het PBL om een landelijke subsidie voor groene daken in te stellen. Ten slotte raadt het "
        "PBL aan een heffing op nieuwe parkeerplaatsen te onderzoeken.\n\n"
        "Een minimum aan bomen per straat grijpt diep in op de inrichting van de openbare ruimte. Ik zet daarom in op "
        "voorlichting aan gemeenten. Op de vraag hoe groen daken daarbij helpen, ga ik hieronder bij de tweede "
        "aanbeveling in.\n\n"
        "De tweede aanbeveling neem ik over. Vanaf 2027 stel ik een subsidie voor groene daken open.\n\n"
        "Naar een heffing kijk ik met belangstelling, maar ik wil eerst de gevolgen voor winkeliers kennen.\n\n"
        "Ik dank het PBL voor de studie.\n\n" + _ROUND_61_TAIL
    )
    letter = kamerstuk.parse_text(text, name="hitte.md")
    first, second, third = letter.recommendations
    deferring = next(p for p in letter.paragraphs if p.text.startswith("Een minimum"))
    fronted = next(p for p in letter.paragraphs if p.text.startswith("Naar een heffing"))
    assert set(deferring.recommendations) == {first.id, second.id}
    assert fronted.recommendations == [third.id]


def test_round_62_a_side_topic_left_to_another_letter_and_the_last_of_four_named() -> None:
    """ "Het rapport vraagt ook aandacht voor …. Daarover stuurt de Minister van X uw Kamer een afzonderlijke brief." is no
    recommendation and no answer (holdout355, holdout360); "In de vierde en laatste aanbeveling vraagt de inspectie om …"
    restates the fourth (holdout359); researchers of a body name the report (holdout359)."""
    text = (
        _ROUND_61_HEAD
        + "De evaluatie is in opdracht van het WODC uitgevoerd door onderzoekers van het Instituut voor Bestuursrecht.\n\n"
        "De eerste aanbeveling van de onderzoekers is om de termijn voor bezwaar te verlengen naar acht weken. Ten "
        "tweede bevelen zij aan een digitaal loket te openen. Als derde aanbeveling noemen zij de opleiding van "
        "behandelaars; zij adviseren een vaste cursus.\n\n"
        "Die drie aanbevelingen neem ik over. Vanaf 2027 geldt een termijn van acht weken.\n\n"
        "In de vierde en laatste aanbeveling vragen de onderzoekers om een landelijk register van uitspraken.\n\n"
        "Een landelijk register acht ik niet nodig.\n\n"
        "Het rapport vraagt ook aandacht voor de werkdruk bij de rechtbanken. Daarover stuurt de Minister voor "
        "Rechtsbescherming uw Kamer een afzonderlijke brief.\n\n" + _ROUND_61_TAIL
    )
    letter = kamerstuk.parse_text(text, name="bezwaar.md")
    assert [r.ordinal for r in letter.recommendations] == [1, 2, 3, 4]
    assert {r.report for r in letter.recommendations} == {"Instituut voor Bestuursrecht"}
    aside = next(p for p in letter.paragraphs if p.text.startswith("Het rapport vraagt"))
    assert aside.recommendations == []
    assert aside.label != "recommendation"


@pytest.mark.parametrize(
    ("sentence", "closes"),
    [
        # how the letter's promises were carried out, told later: a closing (holdout359)
        (
            "Ik zal de ombudsman over een jaar laten weten hoe de toezeggingen in deze brief zijn uitgevoerd.",
            True,
        ),
        ("Ik laat de inspectie in 2028 nagaan hoe de afspraken uit deze brief uitpakken.", True),
        # one recommendation's answer still to come is no closing
        ("Ik zal de ombudsman laten weten hoe ik met zijn aanbeveling omga.", False),
    ],
)
def test_round_62_the_letters_promises_followed_up_close_it(sentence: str, closes: bool) -> None:
    from kamerstuk.patterns.pipeline import LABEL_CUES

    assert bool(LABEL_CUES["follow_up"].search(sentence)) is closes


def test_round_62_two_quotations_after_their_ordinals_and_an_earlier_one_under_a_later_heading() -> None:
    """ "De derde en de vierde aanbeveling gaan over …. De ombudsman vraagt mij «A» en «B»." gives the third and the fourth
    (holdout362: before round 62 one recommendation with both); under a heading in the third one's words, a paragraph in
    the words of the first, not answered yet, answers the first (holdout361)."""
    text = (
        _ROUND_61_HEAD
        + "De ombudsman heeft een rapport uitgebracht over de bijzondere bijstand voor tandzorg.\n\n"
        "De ombudsman beveelt mij allereerst aan «vast te stellen welke behandelingen onder de bijstand vallen en "
        "daarvoor een tijdpad af te spreken». Ook vraagt hij mij «gemeenten te verplichten binnen vier weken te "
        "beslissen». De derde en de vierde aanbeveling gaan over de voorlichting. De ombudsman vraagt mij «een "
        "landelijke voorbeeldbrief op te stellen» en «met de VNG na te gaan hoe de bijstand beter kan aansluiten op "
        "de zorgverzekering».\n\n"
        "**Voorlichting over de bijstand**\n\n"
        "Vóór 1 juli 2026 stel ik vast welke behandelingen onder de bijstand vallen, met een tijdpad voor de overige "
        "behandelingen.\n\n"
        "De voorbeeldbrief komt er: ik stuur hem in het najaar van 2026 aan alle gemeenten.\n\n"
        "Ik dank de ombudsman voor zijn rapport.\n\n" + _ROUND_61_TAIL
    )
    letter = kamerstuk.parse_text(text, name="tandzorg.md")
    assert [r.text[:12] for r in letter.recommendations] == [
        "vast te stel", "gemeenten te", "een landelij", "met de VNG n"
    ]  # fmt: skip
    first_answer = next(p for p in letter.paragraphs if p.text.startswith("Vóór 1 juli"))
    assert first_answer.recommendations == [letter.recommendations[0].id]


def test_round_62_a_bodys_standing_task_is_no_recommendation() -> None:
    """ "Het adviescollege adviseert sinds 2017 over … en over hun verzoeken om gratie" describes the body's task; the "om"
    of "verzoeken om" made it a recommendation before round 62 (holdout363), which shifted every ordinal after it."""
    text = (
        _ROUND_61_HEAD
        + "Het Adviescollege Verlof adviseert sinds 2017 over het verlof van langgestraften en over hun verzoeken om "
        "gratie. Hierbij zend ik u de evaluatie van het college.\n\n"
        "De onderzoekers bevelen allereerst aan een termijn van zes maanden te stellen waarbinnen het college "
        "adviseert. Daarnaast adviseren zij om slachtoffers op een vast moment uit te nodigen hun visie te geven.\n\n"
        "De eerste aanbeveling neem ik over.\n\n"
        "De tweede aanbeveling neem ik niet over.\n\n"
        "Ik dank de onderzoekers.\n\n" + _ROUND_61_TAIL
    )
    letter = kamerstuk.parse_text(text, name="verlof.md")
    assert [r.text[:14] for r in letter.recommendations] == ["De onderzoeker", "Daarnaast advi"]
    assert [r.stance for r in letter.recommendations] == ["adopted", "rejected"]


def test_round_63_an_answer_by_content_before_the_next_one_named() -> None:
    """A paragraph that first turns down the third recommendation in its words and then names the fourth ("De vierde
    aanbeveling volg ik wel, …") answers both; the third's stance is its own sentence's, not the fourth's (holdout367:
    before round 63 the third had no answer and no stance)."""
    text = (
        _ROUND_61_HEAD
        + "Het planbureau heeft een studie uitgebracht over koelhuizen en hun stroomverbruik. De studie "
        "sluit af met vier aanbevelingen:\n\n"
        "1. Breng koelhuizen onder de verplichting om hun energieverbruik te melden.\n\n"
        "2. Geef netbeheerders ruimte om koelhuizen bij drukte op het net tijdelijk af te schakelen.\n\n"
        "3. Onderzoek of een heffing op het stroomverbruik van koelhuizen haalbaar is.\n\n"
        "4. Breng jaarlijks in kaart hoeveel koelhuizen er zijn en wat zij verbruiken.\n\n"
        "Met de eerste aanbeveling stem ik in. Ik pas de meldplicht per 1 januari 2028 aan.\n\n"
        "Netbeheerders kunnen sinds 2026 op grond van de netcode bij drukte aansluitingen tijdelijk afschakelen.\n\n"
        "Een heffing op het stroomverbruik van één soort bedrijf verhoudt zich slecht tot het gelijkheidsbeginsel; ik "
        "zie daarom geen aanleiding voor een onderzoek. De vierde aanbeveling volg ik wel, maar alleen voor koelhuizen "
        "boven 1 megawatt.\n\n"
        "Ik dank het planbureau voor de studie.\n\n" + _ROUND_61_TAIL
    )
    letter = kamerstuk.parse_text(text, name="koelhuizen.md")
    assert [r.ordinal for r in letter.recommendations] == [1, 2, 3, 4]
    third, fourth = letter.recommendations[2:]
    both = next(p for p in letter.paragraphs if p.text.startswith("Een heffing"))
    assert both.recommendations == [third.id, fourth.id]
    lead = next(lk for lk in letter.links if lk.paragraph == both.id and lk.recommendation == third.id)
    assert "heffing" in lead.evidence
    assert third.stance == "rejected"
    assert fourth.stance == "partly_adopted"


def test_round_63_a_consequence_goes_on_with_the_answer_before() -> None:
    """ "Ik kies er daarom voor de zes ziekenhuizen … te helpen" right after the answer to the third goes on with that
    answer, not back to the first, answered further up, that also speaks of "ziekenhuizen" (holdout368)."""
    text = (
        _ROUND_61_HEAD + "Ik reageer op twee rapporten over de zorg voor pasgeborenen.\n\n"
        "### 1. Het rapport van de inspectie\n\n"
        "De inspectie beveelt aan dat de ziekenhuizen met een NICU één landelijk overzicht van vrije bedden bijhouden. "
        "Daarnaast adviseert zij mij de bekostiging van het vervoer van pasgeborenen te regelen.\n\n"
        "Een landelijk beddenoverzicht bestaat sinds oktober 2026.\n\n"
        "Wat de bekostiging van het vervoer betreft, wacht ik het advies van de NZa af.\n\n"
        "### 2. Het onderzoek van het bureau\n\n"
        "Het onderzoeksbureau doet twee aanbevelingen: «geef ouders op iedere afdeling een eigen kamer naast hun kind» "
        "en «verleng het verlof van de partner met de dagen dat het kind in het ziekenhuis ligt».\n\n"
        "De eerste aanbeveling van het onderzoeksbureau onderschrijf ik in beginsel. Een eigen kamer voor ieder "
        "ouderpaar vergt echter verbouwingen die niet op korte termijn te dragen zijn.\n\n"
        "Ik kies er daarom voor de zes ziekenhuizen die nog geen gezinskamers hebben vanaf 2028 met een eenmalige "
        "bijdrage te helpen om ten minste de helft van hun plaatsen zo in te richten.\n\n"
        "De tweede aanbeveling van het onderzoeksbureau neem ik over.\n\n" + _ROUND_61_TAIL
    )
    letter = kamerstuk.parse_text(text, name="pasgeborenen.md")
    recs = letter.recommendations
    assert len(recs) == 4
    consequence = next(p for p in letter.paragraphs if p.text.startswith("Ik kies er daarom"))
    assert consequence.recommendations == [recs[2].id]


def test_round_63_a_sentence_before_a_restated_list_is_no_answer() -> None:
    """What a paragraph that restates a report's recommendations tells before them ("De regeling ondersteunt sinds 2023
    samenwerkingsverbanden … voor het delen van gegevens.") gives no stance to another report's recommendation on the
    same words (round 63, when a plan in a relative clause no longer hid a dated "sinds" there)."""
    text = (
        _ROUND_61_HEAD
        + "Ik reageer op een marktstudie van de ACM en op de evaluatie van een regeling door TNO.\n\n"
        "De ACM beveelt aan om een recht op kosteloze overdracht van bedrijfsgegevens in te voeren. Daarnaast adviseert "
        "zij om met de brancheorganisaties een modelcontract voor het delen van gegevens op te stellen.\n\n"
        "De eerste aanbeveling van de ACM neem ik niet over.\n\n"
        "Ik vraag de brancheorganisaties om zo'n modelcontract op te stellen en stel daarvoor in 2027 geld "
        "beschikbaar.\n\n"
        "De Regeling datadelen mkb ondersteunt sinds 2023 samenwerkingsverbanden van ondernemers voor het delen van "
        "gegevens. TNO doet twee aanbevelingen:\n"
        "1. verleng de regeling met vier jaar;\n"
        "2. verlaag de eigen bijdrage van deelnemers.\n\n"
        "De eerste aanbeveling van TNO neem ik over.\n\n"
        "De tweede aanbeveling van TNO neem ik niet over.\n\n" + _ROUND_61_TAIL
    )
    letter = kamerstuk.parse_text(text, name="datadelen.md")
    contract = next(r for r in letter.recommendations if "modelcontract" in r.text)
    assert contract.stance == "adopted"
    assert "sinds 2023" not in (contract.stance_evidence or "")


def test_round_63_a_counted_lead_a_point_taken_up_and_a_topic_before_the_thanks() -> None:
    """ "De onderzoekers bevelen drie dingen aan." counts what follows and is no recommendation (holdout369); "De
    onderzoekers wijzen erop dat …; ik neem dat signaal mee …" answers, it restates nothing (holdout369)."""
    text = (
        _ROUND_61_HEAD + "Ik reageer op de evaluatie van het bureau over de registratie van fietsen.\n\n"
        "De onderzoekers bevelen drie dingen aan. De eerste aanbeveling is dat gemeenten een landelijk register "
        "gebruiken. Ten tweede adviseren zij om iedere diefstal online te laten melden. Ten slotte vinden de "
        "onderzoekers dat fietsenmakers een meldplicht moeten krijgen.\n\n"
        "De eerste aanbeveling neem ik over.\n\n"
        "De tweede aanbeveling neem ik over.\n\n"
        "De derde aanbeveling neem ik niet over. De onderzoekers wijzen erop dat fietsenmakers nu niet weten waar zij "
        "moeten melden; ik neem dat signaal mee in het overleg met de branche.\n\n"
        "Ik dank de onderzoekers voor hun werk.\n\n" + _ROUND_61_TAIL
    )
    letter = kamerstuk.parse_text(text, name="fietsregister.md")
    assert [r.ordinal for r in letter.recommendations] == [1, 2, 3]
    assert not any(r.text.startswith("De onderzoekers bevelen") for r in letter.recommendations)
    assert not any(r.text.startswith("De onderzoekers wijzen") for r in letter.recommendations)


def test_round_63_a_quote_after_ook_schrijft_and_a_group_in_the_next_ones_words() -> None:
    """ "Ook schrijft IOB: «Maak …»" restates the second of a series of quotes (holdout371: it was not found); "Voor
    leerlingen die niet zelfstandig kunnen vluchten ligt dat anders." after the refusal of the third sets apart the
    group of the fourth, unanswered, and answers it (holdout372: it went on with the third)."""
    text = (
        _ROUND_61_HEAD
        + "Hierbij bied ik u de evaluatie van IOB aan over het programma voor schone looierijen.\n\n"
        "IOB doet vier aanbevelingen.\n\n"
        "IOB beveelt aan: «Richt toekomstige steun op gezamenlijke zuivering in plaats van op individuele "
        "bedrijven.»\n\n"
        "Ik volg deze aanbeveling.\n\n"
        "Ook schrijft IOB: «Maak verdere steun aan bedrijven afhankelijk van onafhankelijke arbeidsinspecties.»\n\n"
        "Ik verbind de steun daarom niet aan afzonderlijke inspecties.\n\n"
        "Verder stelt IOB voor: «Stel een verplicht landelijk model voor de milieuvergunning op.»\n\n"
        "Tot slot beveelt IOB aan: «Zorg dat er voor iedere looierij die niet zelfstandig kan zuiveren een "
        "aansluiting op het cluster is.»\n\n"
        "Een verplicht landelijk model gaat mij te ver. Ik laat de keuze aan de partnerlanden.\n\n"
        "Voor looierijen die niet zelfstandig kunnen zuiveren ligt dat anders. Ik deel de zorg van IOB.\n\n"
        "Ik dank IOB voor de evaluatie.\n\n" + _ROUND_61_TAIL
    )
    letter = kamerstuk.parse_text(text, name="looierijen.md")
    assert len(letter.recommendations) == 4
    assert letter.recommendations[1].text.startswith("Maak verdere steun")
    group = next(p for p in letter.paragraphs if p.text.startswith("Voor looierijen"))
    assert group.recommendations == [letter.recommendations[3].id]


def test_round_63_all_of_one_bodys_recommendations_and_a_restatement_running_into_its_answer() -> None:
    """ "De aanbevelingen van de ILT richten zich …" opening an answer in a letter on two reports names both of the
    ILT's (holdout374); "Aanbeveling 3: Zorg dat …. Klinieken leveren deze cijfers sinds 2024 aan …" answers the
    third in place, so the paragraph after the fourth's restatement stays the fourth's answer (holdout374)."""
    text = (
        _ROUND_61_HEAD
        + "Ik reageer op het rapport van de Onderzoeksraad en op dat van de ILT over afmeren.\n\n"
        "De Onderzoeksraad beveelt aan een landelijke norm voor de afstand tussen afmeerpalen vast te stellen.\n\n"
        "Die norm stel ik vóór eind 2026 vast.\n\n"
        "De ILT beveelt de havenbeheerders aan om afmeerpalen eens per twee jaar te inspecteren. Ook adviseert de "
        "ILT om de staat van de palen bij te houden in een openbaar register.\n\n"
        "De aanbevelingen van de ILT richten zich grotendeels tot de havenbeheerders. Het kabinet onderschrijft "
        "de aanbeveling om de palen periodiek te inspecteren. Over een openbaar register neemt het kabinet nu geen "
        "besluit.\n\n"
        "Ik dank beide organisaties.\n\n" + _ROUND_61_TAIL
    )
    letter = kamerstuk.parse_text(text, name="afmeren.md")
    assert len(letter.recommendations) == 3
    both = next(p for p in letter.paragraphs if p.text.startswith("De aanbevelingen van de ILT"))
    assert set(both.recommendations) == {letter.recommendations[1].id, letter.recommendations[2].id}

    text = (
        _ROUND_61_HEAD + "Ik reageer op het rapport van de inspectie over staaroperaties.\n\n"
        "De inspectie doet drie aanbevelingen aan mij.\n\n"
        "Aanbeveling 1: Verplicht klinieken om patiënten vooraf schriftelijk over de kosten van een lens te "
        "informeren.\n\n"
        "Ik neem deze aanbeveling over.\n\n"
        "Aanbeveling 2: Zorg dat klinieken hun complicatiecijfers openbaar maken. Klinieken leveren deze cijfers sinds "
        "2024 aan het landelijke register, dat ze per kliniek op zijn website publiceert.\n\n"
        "Aanbeveling 3: Onderzoek of de vergoeding van de standaardlens nog aansluit bij de kosten.\n\n"
        "De vergoeding van de standaardlens maakt deel uit van een bredere tarievenstructuur. Ik wil daar niet op "
        "vooruitlopen.\n\n"
        "Ik breng deze aanbeveling onder de aandacht van de NZa en wacht haar bevindingen af.\n\n"
        + _ROUND_61_TAIL
    )
    letter = kamerstuk.parse_text(text, name="staar.md")
    second, third = letter.recommendations[1:]
    tariffs = next(p for p in letter.paragraphs if p.text.startswith("De vergoeding"))
    assert tariffs.recommendations == [third.id]
    assert second.stance == "already_in_place"


def test_round_63_an_ordinal_recalled_before_a_fellow_ministers_answer() -> None:
    """ "De eerste aanbeveling van de onderzoekers vraagt om een wijziging van het Burgerlijk Wetboek. De Minister van
    Justitie en Veiligheid wil eerst …" recalls the researchers' first to open its answer; it is no fifth
    recommendation (holdout375)."""
    text = (
        _ROUND_61_HEAD
        + "Hierbij ontvangt u de marktverkenning van de ACM en de evaluatie door bureau Kempers & Vos.\n\n"
        "De ACM beveelt aan dat winkels klanten vóór de koop informeren over het risico van een aanbetaling. Daarnaast "
        "adviseert de ACM om aanbetalingen onder een garantieregeling te brengen.\n\n"
        "De eerste aanbeveling van de ACM neem ik over.\n\n"
        "De tweede aanbeveling van de ACM neem ik niet over.\n\n"
        "Kempers & Vos hebben de aanbetalingsregel onderzocht. Zij adviseren de grens voor maatwerk te verlagen naar een "
        "kwart van de prijs. Ook bevelen zij aan de regel beter bekend te maken bij consumenten.\n\n"
        "De eerste aanbeveling van de onderzoekers vraagt om een wijziging van het Burgerlijk Wetboek. De Minister van "
        "Justitie en Veiligheid wil eerst de Europese herziening afwachten.\n\n"
        "Met de tweede aanbeveling van Kempers & Vos ben ik het eens.\n\n" + _ROUND_61_TAIL
    )
    letter = kamerstuk.parse_text(text, name="aanbetalingen.md")
    assert len(letter.recommendations) == 4
    recall = next(
        p for p in letter.paragraphs if p.text.startswith("De eerste aanbeveling van de onderzoekers")
    )
    assert recall.label == "response"
    assert recall.recommendations == [letter.recommendations[2].id]


def test_round_64_a_short_instruction_as_a_heading_over_the_recommendation_in_full() -> None:
    """ "Aanbeveling 2: Beperk de wachttijd" over "Beperk de wachttijd voor … tot zes weken.": the paragraph is the
    recommendation, the heading its title (holdout377: before round 64 the title was read as the text and the second
    recommendation was not found in the gold)."""
    text = (
        _ROUND_61_HEAD
        + "De Nationale ombudsman heeft een rapport uitgebracht over de keuring van rijbewijzen voor ouderen. Hij doet "
        "twee aanbevelingen.\n\n"
        "### **Aanbeveling 1: Beperk de wachttijd**\n\n"
        "Beperk de wachttijd voor een medische keuring voor het rijbewijs tot zes weken.\n\n"
        "Ik neem deze aanbeveling over. Het CBR zet vanaf 1 maart 2028 extra keuringsartsen in.\n\n"
        "### **Aanbeveling 2: Verstuur een herinnering**\n\n"
        "Stuur iedere aanvrager een herinnering drie maanden voordat het rijbewijs verloopt.\n\n"
        "Dat gebeurt al. Het CBR stuurt sinds 2025 iedere aanvrager een brief.\n\n" + _ROUND_61_TAIL
    )
    letter = kamerstuk.parse_text(text, name="rijbewijskeuring.md")
    assert [r.text for r in letter.recommendations] == [
        "Beperk de wachttijd voor een medische keuring voor het rijbewijs tot zes weken.",
        "Stuur iedere aanvrager een herinnering drie maanden voordat het rijbewijs verloopt.",
    ]
    assert [r.stance for r in letter.recommendations] == ["adopted", "already_in_place"]


def test_round_64_recommendations_numbered_inline_and_a_pronoun_of_the_minister() -> None:
    """ "De inspectie beveelt aan om (1) …, (2) … en (3) …. Aan mij vraagt zij (4) …" gives four recommendations; "De
    staatssecretaris neemt deze aanbeveling over. Zij vraagt het Zorginstituut …" is the answer, no fifth (holdout380:
    before round 64 two of the four were not found and the answer was read as a recommendation)."""
    text = (
        _ROUND_61_HEAD
        + "De inspectie heeft onderzocht hoe apotheken en huisartsen medicatiefouten voorkomen.\n\n"
        "De inspectie beveelt de apotheken aan om (1) bij iedere uitgifte de geboortedatum van de patiënt te "
        "controleren, (2) iedere nieuwe medewerker een training in medicatieveiligheid te geven en (3) fouten te "
        "melden in één landelijk systeem. Aan mij vraagt de inspectie (4) de controle van de geboortedatum op te "
        "nemen in de richtlijn voor de farmaceutische zorg.\n\n"
        "Deze aanbeveling is gericht aan de apotheken zelf, en ik neem er kennis van.\n\n"
        "Een training voor iedere nieuwe medewerker organiseren de apotheken al sinds 2024.\n\n"
        "Een landelijk systeem voegt weinig toe aan de meldingen die er nu zijn. Ik neem deze aanbeveling niet over.\n\n"
        "De staatssecretaris neemt deze aanbeveling over. Zij vraagt het Zorginstituut de controle op te nemen in de "
        "richtlijn bij de herziening die in 2027 begint.\n\n" + _ROUND_61_TAIL
    )
    letter = kamerstuk.parse_text(text, name="medicatie.md")
    assert [r.ordinal for r in letter.recommendations] == [1, 2, 3, 4]
    assert letter.recommendations[0].text.startswith("bij iedere uitgifte")
    assert letter.recommendations[3].text.startswith("de controle van de geboortedatum")
    answer = next(p for p in letter.paragraphs if p.text.startswith("De staatssecretaris neemt"))
    assert answer.label == "response"
    assert answer.recommendations == [letter.recommendations[3].id]


def test_round_64_a_deferral_shared_with_another_answer_gives_no_stance() -> None:
    """A paragraph answering the second recommendation that defers the fourth ("Op de vierde aanbeveling kom ik verderop
    in deze brief terug") lends the fourth none of its verdict: the fourth's stance and evidence come from its own answer
    (holdout380: before round 64 the model read the second's "bestaat sinds 2023" as the fourth's)."""
    text = (
        _ROUND_61_HEAD
        + "De Onderzoeksraad voor Veiligheid heeft onderzoek gedaan naar aanrijdingen met bussen. De Onderzoeksraad doet "
        "de volgende aanbevelingen: 1. Stel landelijke eisen vast voor bushaltes; 2. Verplicht busbedrijven iedere "
        "aanrijding te melden; 3. Zorg als busbedrijf voor jaarlijkse training van chauffeurs; 4. Laat onderzoeken of "
        "bussen een systeem kunnen krijgen dat automatisch remt.\n\n"
        "De eerste aanbeveling neem ik over. Ik stel in 2027 landelijke eisen vast.\n\n"
        "Wat de tweede aanbeveling betreft: die meldplicht bestaat sinds 1 januari 2021 op grond van de wet, en de "
        "inspectie neemt de meldingen sinds vorig jaar op in haar jaarverslag. Op de vierde aanbeveling kom ik verderop "
        "in deze brief terug.\n\n"
        "De derde aanbeveling is gericht aan de busbedrijven, en ik neem van deze aanbeveling kennis.\n\n"
        "Ten aanzien van de vierde aanbeveling ben ik van mening dat een remsysteem bij nieuwe bussen bijdraagt aan de "
        "veiligheid. In de eisen voor nieuwe bussen, die ik in 2027 vaststel, neem ik zo'n systeem als eis op. Voor de "
        "bestaande bussen laat ik geen onderzoek doen: zij worden de komende jaren vervangen.\n\n"
        + _ROUND_61_TAIL
    )
    letter = kamerstuk.parse_text(text, name="bussen.md")
    fourth = letter.recommendations[3]
    assert fourth.stance != "already_in_place"
    assert fourth.stance_evidence is not None and "meldplicht" not in fourth.stance_evidence


def test_round_64_de_inspectie_after_its_full_name_is_that_body() -> None:
    """ "De Inspectie doet de volgende aanbevelingen" after "de Inspectie Justitie en Veiligheid" names that body, the
    one report body whose full name opens with the word (holdout381: before round 64 the report was "Inspectie")."""
    text = (
        _ROUND_61_HEAD
        + "Op 3 februari 2022 heeft de Inspectie Justitie en Veiligheid het rapport «Dichte deuren» gepubliceerd over "
        "de beveiliging van rechtbanken.\n\n"
        "De Inspectie doet de volgende aanbevelingen: 1. leg landelijk vast hoe vaak de toegangscontrole wordt "
        "getest; 2. geef iedere rechtbank een vaste beveiligingscoördinator.\n\n"
        "De eerste aanbeveling neem ik over. De tweede aanbeveling neem ik niet over.\n\n" + _ROUND_61_TAIL
    )
    letter = kamerstuk.parse_text(text, name="rechtbanken.md")
    assert [r.report for r in letter.recommendations] == ["Inspectie Justitie en Veiligheid"] * 2


def test_round_64_a_topic_opening_before_the_named_answer_answers_its_recommendation() -> None:
    """ "Wat het gezamenlijk inkopen betreft: de ACM publiceerde … al een leidraad …. Een campagne …, waar de ACM in
    haar laatste aanbeveling om vraagt, zet ik niet op." answers the unanswered second recommendation by its topic
    ("in te kopen" read as "inkopen") and the third by name (holdout384: before round 64 only the third)."""
    text = (
        _ROUND_61_HEAD
        + "De ACM heeft onderzoek gedaan naar de prijzen in fietsenwinkels. De ACM beveelt aan om de prijs van "
        "reparaties zichtbaar te maken in de winkel. Daarnaast adviseert de ACM om kleine winkels duidelijkheid te "
        "geven over de mogelijkheden om gezamenlijk in te kopen. Ten slotte vindt de ACM dat de overheid consumenten "
        "met een campagne moet wijzen op prijsvergelijking.\n\n"
        "De eerste aanbeveling van de ACM neem ik over. Vanaf 1 januari 2023 moeten winkels hun tarieven tonen.\n\n"
        "Wat het gezamenlijk inkopen betreft: de ACM publiceerde in 2021 al een leidraad over samenwerking tussen "
        "kleine ondernemers. Een campagne over prijsvergelijking, waar de ACM in haar laatste aanbeveling om vraagt, "
        "zet ik niet op.\n\n" + _ROUND_61_TAIL
    )
    letter = kamerstuk.parse_text(text, name="fietsenwinkels.md")
    assert len(letter.recommendations) == 3
    both = next(p for p in letter.paragraphs if p.text.startswith("Wat het gezamenlijk"))
    assert both.recommendations == [letter.recommendations[1].id, letter.recommendations[2].id]


def test_round_64_deze_aanbeveling_under_topic_headings_in_the_lists_order() -> None:
    """Under topic headings in the order of a numbered list, "Deze aanbeveling neem ik over" in the second section answers
    the second recommendation, not the last one restated, which a later section answers in its words (holdout386)."""
    text = (
        _ROUND_61_HEAD
        + "IOB heeft de steun aan de bestrijding van tropische ziekten in twaalf landen geëvalueerd. IOB doet de "
        "volgende drie aanbevelingen.\n\n"
        "1. Concentreer de steun op minder ziekten, zodat de bijdrage per land zichtbaar wordt.\n\n"
        "2. Maak de verstrekking van medicijnen onderdeel van de bestaande basisgezondheidszorg.\n\n"
        "3. Stuur de Kamer een jaarlijkse rapportage over de resultaten per ziekte.\n\n"
        "**Focus van de steun**\n\n"
        "Ik begrijp de wens om de resultaten zichtbaar te maken. De steun blijft echter gericht op de huidige vijf "
        "ziekten.\n\n"
        "**Medicijnverstrekking via de basiszorg**\n\n"
        "IOB wijst er terecht op dat losse campagnes verdwijnen zodra de financiering stopt. Deze aanbeveling neem ik "
        "over.\n\n"
        "**Verantwoording**\n\n"
        "Een aparte jaarlijkse rapportage per ziekte acht ik te zwaar. Wel neem ik vanaf het jaarverslag over 2023 een "
        "paragraaf op met de resultaten per ziekte en per land.\n\n"
        "Ik dank IOB voor de grondige evaluatie.\n\n" + _ROUND_61_TAIL
    )
    letter = kamerstuk.parse_text(text, name="tropische_ziekten.md")
    assert len(letter.recommendations) == 3
    answer = next(p for p in letter.paragraphs if p.text.startswith("IOB wijst er terecht"))
    assert answer.recommendations == [letter.recommendations[1].id]
    assert letter.recommendations[1].stance == "adopted"


def test_round_64_a_body_by_its_noun_then_pronouns_and_a_request_in_a_dat_clause() -> None:
    """ "De inspectie stelt vast …. Zij richt twee aanbevelingen aan de korpschef en één aan mij. Zij beveelt … aan ….
    Daarnaast adviseert zij …. Van mij vraagt de inspectie dat ik …" gives three recommendations of the inspectie, not of
    the bureau the opening named last (holdout388: before round 64 the third was not found and the two were the
    bureau's)."""
    text = (
        _ROUND_61_HEAD
        + "Hierbij bied ik uw Kamer twee rapporten aan. Het eerste is het rapport «Op afstand» van de Inspectie "
        "Justitie en Veiligheid (hierna: de inspectie). Het tweede is een evaluatie die bureau Kompas in opdracht van "
        "het WODC heeft uitgevoerd.\n\n"
        "De inspectie stelt vast dat reclasseringswerkers veel tijd kwijt zijn aan reizen. Zij richt twee "
        "aanbevelingen aan de directeur en één aan mij. Zij beveelt de directeur aan ervoor te zorgen dat iedere "
        "werker een vaste regio heeft. Daarnaast adviseert zij de directeur de reistijd per regio te registreren. Van "
        "mij vraagt de inspectie dat ik gemeenten een vaste rol geef bij de verdeling van de werkers.\n\n"
        "De directeur neemt de eerste aanbeveling over. Ook de tweede aanbeveling neemt de directeur over. De derde "
        "aanbeveling neem ik niet over.\n\n" + _ROUND_61_TAIL
    )
    letter = kamerstuk.parse_text(text, name="reclassering.md")
    assert len(letter.recommendations) == 3
    assert all(r.report == "Inspectie Justitie en Veiligheid" for r in letter.recommendations)
    assert letter.recommendations[2].text.startswith("Van mij vraagt de inspectie dat ik gemeenten")


def test_round_65_a_named_bodys_ordinal_after_its_prose_and_an_answer_points_back() -> None:
    """In a letter on two reports, "De tweede aanbeveling van de NZa gaat over reclame, waarvoor …" after the NZa's own
    prose gave two and the minister answered the first is the answer's frame, no recommendation: the prose of both
    reports and the inspection's "De derde aanbeveling van de inspectie is dat …" stay (holdout392: before round 65 it
    replaced all but the inspection's first two)."""
    text = (
        _ROUND_61_HEAD
        + "In deze brief reageer ik op twee rapporten over de keuring van liften: het rapport van de Inspectie "
        "Leefomgeving en Transport (ILT) en de marktscan van de Autoriteit Consument en Markt (ACM).\n\n"
        "De inspectie doet drie aanbevelingen aan mij. Zij vraagt mij allereerst om keuringsinstellingen te verplichten "
        "iedere afgekeurde lift te melden. Verder beveelt zij aan een keuring om de twee jaar voor te schrijven.\n\n"
        "De derde aanbeveling van de inspectie is dat iedere eigenaar na de keuring een schriftelijk rapport "
        "ontvangt.\n\n"
        "Met de eerste aanbeveling ben ik het eens. Ik leg de meldplicht per 1 januari 2027 vast.\n\n"
        "Een keuring om de twee jaar neem ik niet over, omdat de huidige termijn volstaat.\n\n"
        "Een schriftelijk rapport is al verplicht sinds 2020.\n\n"
        "De ACM ziet dat de prijzen van keuringen sterk verschillen. Zij adviseert om de tarieven openbaar te maken. "
        "Daarnaast beveelt zij aan misleidende reclame van keuringsinstellingen te verbieden.\n\n"
        "De eerste aanbeveling van de ACM gaat mij te ver. Openbare tarieven zeggen weinig over de kwaliteit.\n\n"
        "De tweede aanbeveling van de ACM gaat over reclame, waarvoor de Minister van Economische Zaken "
        "verantwoordelijk is. Hij neemt deze aanbeveling over.\n\n" + _ROUND_61_TAIL
    )
    letter = kamerstuk.parse_text(text, name="liftkeuring.md")
    texts = [r.text for r in letter.recommendations]
    assert len(texts) == 5
    assert texts[2].startswith("De derde aanbeveling van de inspectie is dat")
    assert not any(t.startswith("De tweede aanbeveling van de ACM") for t in texts)
    frame = next(p for p in letter.paragraphs if p.text.startswith("De tweede aanbeveling van de ACM"))
    assert frame.label == "response"
    assert frame.recommendations == [letter.recommendations[4].id]


def test_round_65_findings_before_the_recommendations_answer_nothing() -> None:
    """A paragraph of the report's findings before the recommendations are restated shares their words but answers
    none (holdout392); a paragraph there in the government's voice still may."""
    text = (
        _ROUND_61_HEAD
        + "De inspectie heeft onderzocht hoe scholen de eindopdracht van leerlingen beoordelen.\n\n"
        "De inspectie bezocht dertig scholen. Leerlingen weten vaak niet waarop hun eindopdracht wordt beoordeeld, en "
        "scholen gaan verschillend om met het gebruik van digitale hulpmiddelen bij de eindopdracht.\n\n"
        "Aanbeveling 1: Laat iedere eindopdracht door twee docenten beoordelen.\n\n"
        "Ik kies ervoor een tweede beoordelaar alleen bij twijfel verplicht te stellen.\n\n"
        "Aanbeveling 2: Geef scholen houvast bij het gebruik van digitale hulpmiddelen bij de eindopdracht.\n\n"
        "Ik neem deze aanbeveling over. Vóór 1 februari 2027 verschijnt een handreiking.\n\n" + _ROUND_61_TAIL
    )
    letter = kamerstuk.parse_text(text, name="eindopdracht.md")
    findings = next(p for p in letter.paragraphs if p.text.startswith("De inspectie bezocht"))
    assert findings.recommendations == []
    assert findings.label == "context"


def test_round_65_the_first_paragraph_under_a_topic_heading_answers_it() -> None:
    """Under topic headings in the order of the list, the one paragraph under the last heading answers the last
    recommendation, though it stands right before the closing words (holdout391: it was read as closing)."""
    text = (
        _ROUND_61_HEAD
        + "Het PBL heeft een studie uitgebracht over de glastuinbouw. Het doet drie aanbevelingen:\n\n"
        "1. Sluit met de telers een afspraak over flexibel stroomverbruik.\n\n"
        "2. Verleng de subsidie voor warmtepompen niet na 2030.\n\n"
        "3. Maak jaarlijks openbaar hoeveel gas de sector verbruikt en tegen welke prijs.\n\n"
        "**Flexibel stroomverbruik**\n\n"
        "Ik neem deze aanbeveling over en sluit in 2027 een afspraak met de telers.\n\n"
        "**Subsidie voor warmtepompen**\n\n"
        "Zolang de buurlanden hun regelingen voortzetten, verleng ik de subsidie wel.\n\n"
        "**Openbaarheid van verbruik en prijs**\n\n"
        "Het Centraal Bureau voor de Statistiek publiceert sinds 2024 jaarlijks het gasverbruik van de glastuinbouw. "
        "De gemiddelde prijs staat sinds dat jaar in de Monitor Glastuinbouw, die ik uw Kamer elk voorjaar stuur.\n\n"
        "Ik dank het PBL voor de heldere studie. Over de afspraak met de telers informeer ik uw Kamer zodra die is "
        "gesloten.\n\n" + _ROUND_61_TAIL
    )
    letter = kamerstuk.parse_text(text, name="glastuinbouw.md")
    answer = next(p for p in letter.paragraphs if p.text.startswith("Het Centraal Bureau"))
    assert answer.label == "response"
    assert answer.recommendations == [letter.recommendations[2].id]


def test_round_65_an_opening_on_an_answered_ones_words_and_an_open_ones_takes_the_open_one() -> None:
    """ "Een telling na iedere verkiezing van het aantal gedetineerden dat heeft gestemd, kan alleen als bij elke
    volmacht …. Ik neem deze aanbeveling daarom niet over." after the answer on the volmachten is the fourth's
    (holdout393: the opening's two words of the third's compound took it)."""
    text = (
        _ROUND_61_HEAD
        + "De ombudsman doet de volgende vier aanbevelingen: 1. zorg ervoor dat iedere gedetineerde ruim vóór een "
        "verkiezing hoort hoe hij kan stemmen; 2. maak het mogelijk dat gedetineerden in de inrichting zelf stemmen; "
        "3. laat iedere gemeente een vast aanspreekpunt hebben voor volmachtaanvragen uit inrichtingen; 4. houd na "
        "iedere verkiezing bij hoeveel gedetineerden hebben gestemd.\n\n"
        "De eerste aanbeveling neem ik over. Iedere gedetineerde krijgt vanaf 2027 een brief.\n\n"
        "De tweede aanbeveling neem ik deels over. Ik begin in 2027 met een proef in twee inrichtingen.\n\n"
        "Sinds 1 januari 2026 moet iedere gemeente voor volmachtaanvragen van kiezers in een instelling een vaste "
        "contactpersoon aanwijzen.\n\n"
        "Een telling na iedere verkiezing van het aantal gedetineerden dat heeft gestemd, kan alleen als bij elke "
        "volmacht wordt vastgelegd dat de volmachtgever gedetineerd is. Dat acht ik een te grote inbreuk op het "
        "stemgeheim. Ik neem deze aanbeveling daarom niet over.\n\n" + _ROUND_61_TAIL
    )
    letter = kamerstuk.parse_text(text, name="kiesrecht.md")
    answer = next(p for p in letter.paragraphs if p.text.startswith("Een telling"))
    assert answer.recommendations == [letter.recommendations[3].id]
    assert letter.recommendations[3].stance == "rejected"


def test_round_66_an_answer_by_content_between_two_numbered_answers_takes_the_one_between() -> None:
    """ "Een registratie van blootgestelde werknemers … vraagt veel van kleine werkgevers. … of zo'n verplichting er
    komt." between the answers to the first and the third recommendation, on the words of the second ("werkgevers te
    verplichten bij te houden welke werknemers …"), answers the second (holdout397: read as the first's answer going
    on, so the second had no stance)."""
    path = (
        Path(__file__).parent.parent / "fixtures/letters/szw_cytostatica_arbeidsinspectie_gezondheidsraad.md"
    )
    letter = kamerstuk.parse(path)
    answer = next(p for p in letter.paragraphs if p.text.startswith("Een registratie"))
    assert answer.recommendations == [letter.recommendations[1].id]
    assert letter.recommendations[1].stance == "noted"


def test_round_66_an_answer_by_words_before_a_numbered_answer_to_the_same_takes_the_one_between() -> None:
    """ "Een materialenbank bestaat inmiddels: …" read by its words as the answer to the Rli's second, which the next
    paragraph answers by number ("Met de tweede aanbeveling van de Rli …"): it answers the first, between the answers
    around it (holdout403)."""
    path = Path(__file__).parent.parent / "fixtures/letters/kgg_bouwmaterialen_co2_pbl_rli.md"
    letter = kamerstuk.parse(path)
    answer = next(p for p in letter.paragraphs if p.text.startswith("Een materialenbank"))
    assert answer.recommendations == [letter.recommendations[2].id]
    assert letter.recommendations[2].stance == "already_in_place"


def test_round_67_a_ministers_verdict_with_the_researchers_reason_after_a_colon_answers() -> None:
    """ "… De Minister van Justitie en Veiligheid acht zo'n verbod … niet gerechtvaardigd: de onderzoekers laten zelf
    zien …" answers the third recommendation by its words, and the paragraph after it goes on with it (holdout412: the
    researchers' "laten zien" with no first person made it the report's findings, context, so the third had no
    stance)."""
    path = Path(__file__).parent.parent / "fixtures/letters/jenv_zakkenrollerij_wodc.md"
    letter = kamerstuk.parse(path)
    verdict = next(p for p in letter.paragraphs if p.text.startswith("Een landelijk stationsverbod"))
    after = next(p for p in letter.paragraphs if p.text.startswith("De minister ziet daarom af"))
    third = letter.recommendations[2]
    assert verdict.label == "response"
    assert verdict.recommendations == [third.id]
    assert after.recommendations == [third.id]
    assert third.stance == "rejected"


def test_round_67_a_task_of_others_beside_a_step_of_ours_in_a_letter() -> None:
    """ "Scholing van leraren is in de eerste plaats een taak van de schoolbesturen, …. Wel neem ik … op als thema van het
    Lerarenontwikkelfonds": the third recommendation taken up for a part (holdout409: read as adopted)."""
    path = Path(__file__).parent.parent / "fixtures/letters/ocw_jaarklassen_inspectie.md"
    letter = kamerstuk.parse(path)
    assert letter.recommendations[2].stance == "partly_adopted"
    assert letter.recommendations[0].stance == "adopted"


def test_round_67_a_concession_by_an_agency_after_a_refusal_goes_on_with_it() -> None:
    """ "De ILT zal vanaf 1 juli 2028 wel toezicht houden op het opvijzelen in de vier zeehavens …" right after the answer
    to the second recommendation answers it too (holdout413: "van nationaal belang" read as the fourth's "internationale
    meldsystemen" left it unlinked, and the second rejected)."""
    path = Path(__file__).parent.parent / "fixtures/letters/ienw_hefeilandschepen_ovv.md"
    letter = kamerstuk.parse(path)
    going_on = next(p for p in letter.paragraphs if p.text.startswith("De ILT zal vanaf"))
    assert going_on.recommendations == [letter.recommendations[1].id]
    assert letter.recommendations[1].stance == "partly_adopted"


def test_round_67_a_recommendation_named_in_passing_in_the_passive_and_the_answer_going_on() -> None:
    """ "… het verbod op meer dan twee schakels alleen in te voeren voor de bouw. Deze maatregel wordt opgenomen in het
    wetsvoorstel dat bij de eerste aanbeveling is genoemd." right after the answer to the third: it goes on with the third,
    the first only named in passing (holdout413: read as the first's answer, which became partly_adopted)."""
    path = Path(__file__).parent.parent / "fixtures/letters/szw_koppelbazen_commissieverzoek.md"
    letter = kamerstuk.parse(path)
    going_on = next(p for p in letter.paragraphs if p.text.startswith("In de schoonmaak"))
    first, third = letter.recommendations[0], letter.recommendations[2]
    assert third.id in going_on.recommendations
    assert first.stance == "adopted"
    assert third.stance == "partly_adopted"


def test_round_67_all_recommendations_of_a_year_are_not_the_reports() -> None:
    """ "Wel neem ik … alle aanbevelingen van het afgelopen jaar met de reactie van het kabinet op in de jaarlijkse
    mensenrechtenrapportage" answers the third only (holdout414: "alle aanbevelingen" linked it to all three)."""
    path = Path(__file__).parent.parent / "fixtures/letters/bz_verdragscomites_aiv_evaluatie.md"
    letter = kamerstuk.parse(path)
    answer = next(p for p in letter.paragraphs if p.text.startswith("De derde aanbeveling deel ik"))
    assert answer.recommendations == [letter.recommendations[2].id]
