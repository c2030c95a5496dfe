"""Commitments (toezeggingen): tables of real-style sentences, and the seed letter."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest

from kamerstuk.entities.commitments import find_commitments
from kamerstuk.entities.dates import find_deadlines
from tests.conftest import require_shared

D = dt.date
REF = D(2022, 4, 1)
SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed" / "000_07ea6d749bcb6be1.txt"

# (id, sentence, actor, action, firmness, kind, deadline rule or None)
COMMITMENT_ROWS: list[tuple[str, str, str | None, str | None, str, str, str | None]] = [
    # firm, active, first person
    ("zal-ik-informeren", "Ik zal uw Kamer voor de zomer informeren over de uitkomsten van de pilot.",
     "ik", "informeren", "firm", "new", "zomerreces"),
    ("inversion", "Voor het kerstreces zal ik de Kamer informeren over de stand van zaken.",
     "ik", "informeren", "firm", "new", "kerstreces"),
    ("ga-sturen", "Ik ga de evaluatie binnen zes weken naar uw Kamer sturen.",
     "ik", "sturen", "firm", "new", "binnen-termijn"),
    ("toesturen", "Het onderzoeksrapport zal ik uw Kamer in het najaar van 2022 toesturen.",
     "ik", "sturen", "firm", "new", "najaar"),
    ("toezenden", "Ik zal de nota zo spoedig mogelijk aan uw Kamer toezenden.",
     "ik", "toezenden", "firm", "new", "zo-snel-mogelijk"),
    ("komen-met", "Het kabinet zal begin volgend jaar komen met een wetsvoorstel.",
     "het kabinet", "komen met", "firm", "new", "begin-jaar"),
    ("kabinet-gaat", "Het kabinet gaat de regeling in de loop van 2023 uitwerken.",
     "het kabinet", "uitwerken", "firm", "new", "jaar"),
    ("wij-zullen", "Wij zullen de resultaten in het eerste kwartaal van 2023 met uw Kamer delen.",
     "wij", "delen", "firm", "new", "kwartaal"),
    ("office", "De Staatssecretaris van Volksgezondheid, Welzijn en Sport zal uw Kamer dit najaar informeren.",
     "de Staatssecretaris van Volksgezondheid, Welzijn en Sport", "informeren", "firm", "new", "najaar"),
    ("office-inverted", "Voor Prinsjesdag zal de Minister van Financiën de Kamer een brief sturen.",
     "de Minister van Financiën", "sturen", "firm", "new", "prinsjesdag"),
    ("afstemmen", "Ik zal afstemmen met de gemeenten hoe de handreiking verspreid kan worden.",
     "ik", "afstemmen", "firm", "new", None),
    ("rapporteren", "Over de voortgang zal ik jaarlijks aan uw Kamer rapporteren.",
     "ik", "rapporteren", "firm", "new", None),
    ("op-de-hoogte", "Ik zal uw Kamer eind 2024 op de hoogte stellen van de uitkomsten.",
     "ik", "op de hoogte stellen", "firm", "new", "eind-jaar"),
    ("wil-informeren", "Ik wil uw Kamer voor het einde van het jaar informeren over de evaluatie.",
     "ik", "informeren", "firm", "new", "voor-eind-jaar"),
    ("bereid", "Ja, ik ben bereid de Kamer binnen twee maanden te informeren.",
     "ik", "informeren", "firm", "new", "binnen-termijn"),
    ("fallback-verb", "Ik zal de subsidieregeling in 2023 voortzetten.",
     "ik", "voortzetten", "firm", "new", "jaar"),
    # present tense tied to a future moment
    ("present-deadline", "Ik informeer uw Kamer voor de zomer over de uitkomsten.",
     "ik", "informeren", "firm", "new", "zomerreces"),
    ("terugkomen", "Op de uitkomsten kom ik in de volgende voortgangsbrief terug.",
     "ik", "terugkomen", "firm", "new", None),
    ("zodra", "Zodra het rapport gereed is, stuur ik het uw Kamer toe.",
     "ik", "sturen", "firm", "new", None),
    ("ingaan-future-doc", "Ik zal in de volgende voortgangsbrief ingaan op de resultaten van de pilot.",
     "ik", "ingaan op", "firm", "new", None),
    ("houd-op-de-hoogte", "Ik houd uw Kamer op de hoogte van de voortgang.",
     "ik", "op de hoogte houden", "firm", "new", None),
    # passive
    ("passive-hoogte", "Uw Kamer zal voor de zomer op de hoogte worden gesteld van de resultaten.",
     None, "op de hoogte stellen", "firm", "new", "zomerreces"),
    ("passive-informed", "De Kamer zal in het tweede kwartaal worden geïnformeerd over de evaluatie.",
     None, "informeren", "firm", "new", "kwartaal"),
    ("passive-present", "Uw Kamer wordt voor Prinsjesdag geïnformeerd over de uitkomst van het overleg.",
     None, "informeren", "firm", "new", "prinsjesdag"),
    ("u-ontvangt", "U ontvangt de rapportage voor het kerstreces.",
     None, "sturen", "firm", "new", "kerstreces"),
    ("passive-published", "Het rapport zal in het voorjaar van 2023 worden gepubliceerd.",
     None, "publiceren", "firm", "new", "voorjaar"),
    # tentative
    ("bezien-passive", "Bezien zal worden of de aanpak ook voor andere regio's geschikt is.",
     None, "bezien", "tentative", "new", None),
    ("bezien-active", "Ik zal bezien of de termijn van de regeling kan worden verlengd.",
     "ik", "bezien", "tentative", "new", None),
    ("verkennen", "Ik ga verkennen welke rol gemeenten hierin kunnen spelen.",
     "ik", "verkennen", "tentative", "new", None),
    ("streef", "Ik streef ernaar uw Kamer voor de zomer te informeren over de uitkomsten.",
     "ik", "informeren", "tentative", "new", "zomerreces"),
    ("naar-verwachting", "Naar verwachting zal ik uw Kamer in het najaar van 2022 een voorstel sturen.",
     "ik", "sturen", "tentative", "new", "najaar"),
    ("zo-mogelijk", "Indien mogelijk zal ik de Kamer nog dit jaar informeren.",
     "ik", "informeren", "tentative", "new", "jaar"),
    # conditional
    ("goed-verloop", "Bij een goed verloop zal de proef worden hervat en uitgebreid.",
     None, "hervatten", "conditional", "new", None),
    ("indien", "Indien de evaluatie daartoe aanleiding geeft, zal ik de regeling aanpassen.",
     "ik", "aanpassen", "conditional", "new", None),
    ("als-dan", "Als de pilot slaagt, dan zal ik uw Kamer hierover begin 2023 informeren.",
     "ik", "informeren", "conditional", "new", "begin-jaar"),
    ("mits", "Ik zal de subsidie verlengen, mits de gemeenten bijdragen.",
     "ik", "verlengen", "conditional", "new", None),
    # negated
    ("niet", "Ik zal de regeling dit jaar niet uitbreiden.",
     "ik", "uitbreiden", "negated", "new", "jaar"),
    ("geen", "Het kabinet zal geen nieuw wetsvoorstel opstellen.",
     "het kabinet", "opstellen", "negated", "new", None),
    ("niet-informeren", "Ik zal uw Kamer hier niet afzonderlijk over informeren.",
     "ik", "informeren", "negated", "new", None),
    # an earlier promise renewed with a future act of ours: still to be done, so new
    ("zoals-toegezegd", "Zoals ik heb toegezegd tijdens het commissiedebat van 3 maart jl. zal ik uw Kamer "
     "voor de zomer informeren over het actieplan.", "ik", "informeren", "firm", "new", "zomerreces"),
    ("zoals-toegezegd-short", "Zoals toegezegd zal ik de Kamer dit najaar een voortgangsbrief sturen.",
     "ik", "sturen", "firm", "new", "najaar"),
    ("conform", "Conform mijn toezegging in het debat zal ik de evaluatie in 2023 aan uw Kamer aanbieden.",
     "ik", "aanbieden", "firm", "new", "jaar"),
    # refers to an earlier promise, reported
    ("zoals-aangekondigd-present", "Zoals eerder aangekondigd informeer ik uw Kamer voor de zomer over de pilots.",
     "ik", "informeren", "firm", "refers", "zomerreces"),
    ("heb-toegezegd-te", "In het debat heb ik toegezegd uw Kamer voor het kerstreces te informeren.",
     "ik", "informeren", "firm", "refers", "kerstreces"),
    # fulfils now
    ("invulling", "Met deze brief geef ik invulling aan de toezegging uit het debat van 3 maart jl.",
     "ik", "invulling geven", "firm", "fulfils", None),
    ("voldoe-motie", "Hiermee voldoe ik aan de motie van het lid Van der Berg.",
     "ik", "voldoen", "firm", "fulfils", None),
    ("informeer-hierbij-motie", "Met deze brief informeer ik uw Kamer over de uitvoering van de motie Jansen.",
     "ik", "informeren", "firm", "fulfils", None),
    ("hierbij-stuur-vragen", "Hierbij stuur ik u de antwoorden op de vragen van de commissie.",
     "ik", "sturen", "firm", "fulfils", None),
    ("verzoek-inwilligen", "Met deze brief willig ik het verzoek van de commissie in.",
     "ik", "inwilligen", "firm", "fulfils", None),
    # a request of ours after a modal: "vragen" is the verb, whatever stands between
    ("zal-vragen-om", "Wel zal ik de koepels vragen om de regel nog eens onder de aandacht te brengen.",
     "ik", "vragen", "firm", "new", None),
    ("zal-vragen-office", "Ik zal de Minister van Landbouw en Natuur vragen om de controle te betrekken bij het toezicht.",
     "ik", "vragen", "firm", "new", None),
    ("om-advies-vragen", "Ik ga de provincies om advies vragen.", "ik", "vragen", "firm", "new", None),
    # another subject's request in an aside: our act is the verb after it
    ("vragen-aside", "Ik zal, zoals de provincies vragen om meer tijd te krijgen, de termijn verlengen.",
     "ik", "verlengen", "firm", "new", None),
    # an inquiry in the present tense, with its question
    ("onderzoek-ik-of", "Wel onderzoek ik of kleine kazernes een mobiele keuken kunnen delen.",
     "ik", "onderzoeken", "tentative", "new", None),
    ("wij-onderzoeken-welke", "Wij onderzoeken met de waterschappen welke dijken het eerst aan de beurt zijn.",
     "wij", "onderzoeken", "tentative", "new", None),
    # a bill of ours with a pointer or a phrase before its verb
    ("wetsvoorstel-daarvoor", "Het conceptwetsvoorstel daarvoor gaat in het najaar van 2027 in internetconsultatie.",
     None, "gaan", "firm", "new", "najaar"),
    ("wetsvoorstel-voor", "Het wetsvoorstel voor de tweede stap gaat in het voorjaar van 2027 in consultatie.",
     None, "gaan", "firm", "new", "voorjaar"),
    # a periodic document named with its year is the vehicle of a delivery to come
    ("named-periodic-document", "Over de uitvoering rapporteer ik uw Kamer in de Sportnota 2023.",
     "ik", "rapporteren", "firm", "new", None),
    # pointing others to something is an act, not the writer pointing out
    ("wijzen-op-others", "Ik zal de waterschappen in de circulaire wijzen op de ruimere termijn.",
     "ik", "wijzen", "firm", "new", None),
    # "voortaan": a practice that changes from the letter on
    ("voortaan-passive", "De bevindingen worden voortaan ieder kwartaal op de website van het ministerie gepubliceerd.",
     None, "publiceren", "firm", "new", None),
    ("voortaan-service", "De resultaten van de metingen publiceert de DPC voortaan in één jaaroverzicht.",
     "DPC", "publiceren", "firm", "new", None),
    ("mijn-ministerie", "Vanaf het voorjaar van 2023 publiceert mijn ministerie de wachttijden per regio.",
     "mijn ministerie", "publiceren", "firm", "new", "vanaf-voorjaar"),
    # present-tense measures of the cabinet and the minister
    ("kabinet-verlaagt", "Het kabinet verlaagt de drempel naar 50 werknemers.",
     "het kabinet", "verlagen", "firm", "new", None),
    ("leg-voor-aan", "Het ontwerpbesluit leg ik ter advisering voor aan de Raad van State.",
     "ik", "voorleggen", "firm", "new", None),
    ("leg-vast", "In het wetsvoorstel leg ik een bewaartermijn van twee jaar vast.",
     "ik", "vastleggen", "firm", "new", None),
    ("laat-dat-determiner", "Ik laat die evaluatie uitvoeren door een extern bureau.",
     "ik", "uitvoeren", "firm", "new", None),
    ("pas-aan-zodra", "De handreiking pas ik aan zodra de nieuwe normen bekend zijn.",
     "ik", "aanpassen", "firm", "new", None),
    ("vergoed-alleen-als", "Ik vergoed de reiskosten alleen als de rechter de zaak heeft verwezen.",
     "ik", "vergoeden", "conditional", "new", None),
    # a delivery verb after "en", its subject the opening "ik"
    ("elided-terugkomen", "Ik neem het advies mee in de herijking en kom daar na de zomer op terug.",
     "ik", "terugkomen", "firm", "new", "na-zomerreces"),
    # "hierboven" names where a noun was introduced in this letter; the act is still to come
    ("locator-in-relative", "Ik kies voor een termijn van zes weken, die ik vastleg in de regeling die ik hierboven "
     "beschreef.", "ik", "kiezen voor", "firm", "new", None),
    # a request of ours as an indirect question ("vragen of … wil")
    ("vragen-of-wil", "Wel zal ik de Kinderombudsman vragen of zij de klachten over jeugdzorg apart wil tellen.",
     "ik", "vragen", "firm", "new", None),
    # Defensie's named parts act with a modal too
    ("defensie-part-modal", "De Defensie Materieel Organisatie zal de voertuigen dit najaar laten keuren.",
     "de Defensie Materieel Organisatie", "keuren", "firm", "new", "najaar"),
    # "geen … meer" promises to stop doing something: not a promise declined
    ("cessation", "De Belastingdienst zal vanaf 1 januari 2023 geen rente meer in rekening brengen bij een "
     "eerste herinnering.", "de Belastingdienst", "brengen", "firm", "new", "vanaf-datum"),
    # the governed verb before "door": "laat … vervangen door …"
    ("laat-vervangen-door", "Ik laat de papieren formulieren daarom vervangen door een digitaal loket.",
     "ik", "vervangen", "firm", "new", None),
    # round 20, holdout35/36 (opened), in our own words
    ("regel", "In de Omgevingswet regel ik daarom een termijn van acht weken.", "ik", "regelen", "firm", "new", None),
    ("geef-bijdrage", "Vanaf 1 januari 2023 geef ik het Jeugdfonds Cultuur een bijdrage van € 4 miljoen per jaar.",
     "ik", "een bijdrage geven", "firm", "new", "vanaf-datum"),
    ("zorg-ervoor", "Ik zorg ervoor dat iedere gemeente in 2023 een aanspreekpunt heeft.",
     "ik", "ervoor zorgen", "firm", "new", "jaar"),
    ("trek-gelijk", "Daarnaast trek ik de tarieven voor loterijen en casino's gelijk.",
     "ik", "gelijktrekken", "firm", "new", None),
    ("vraag-of-question", "Over een jaar vraag ik de raad of het meldpunt naar zijn oordeel werkt.",
     "ik", "vragen", "firm", "new", "over-termijn"),  # ("over een jaar": a year after the letter)
    ("ministerie-van", "Het Ministerie van Sociale Zaken en Werkgelegenheid stelt in het najaar van 2022 een "
     "handreiking op.", "Ministerie van Sociale Zaken en Werkgelegenheid", "opstellen", "firm", "new", "najaar"),
    ("dated-list-announcement", "Naar aanleiding van het rapport neemt de Douane dit jaar de volgende maatregelen:",
     "Douane", "maatregelen nemen", "firm", "new", "jaar"),
    # an earlier promise about what the cabinet is going to do: the modal is in the clause it is about
    ("refers-about-plans", "In het debat van 3 maart jl. heb ik toegezegd uw Kamer te informeren over de wijze "
     "waarop het kabinet de adviezen sneller openbaar gaat maken.", "het kabinet", "maken", "firm", "refers", None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "actor", "action", "firmness", "kind", "rule"),
    [pytest.param(*r[1:], id=r[0]) for r in COMMITMENT_ROWS],
)
def test_commitment(
    text: str, actor: str | None, action: str | None, firmness: str, kind: str, rule: str | None
) -> None:
    got = find_commitments(text, REF)
    assert len(got) == 1, got
    c = got[0]
    assert (c.actor, c.action, c.firmness, c.kind) == (actor, action, firmness, kind)
    assert (c.deadline.rule if c.deadline else None) == rule
    assert c.id == "c1"
    assert text[c.start : c.end] == c.text


# (id, sentence, expected object)
OBJECT_ROWS = [
    ("over", "Ik zal uw Kamer voor de zomer informeren over de uitkomsten van de pilot.",
     "over de uitkomsten van de pilot"),
    ("van", "Uw Kamer zal voor de zomer op de hoogte worden gesteld van de resultaten.", "van de resultaten"),
    ("middle", "Ik zal de Kamer het rapport voor de zomer toesturen.", "het rapport"),
    ("separable", "Ik stuur u het rapport van de inspectie voor de zomer toe.", "het rapport van de inspectie"),
    ("met", "Ik zal afstemmen met de gemeenten hoe de handreiking verspreid kan worden.",
     "met de gemeenten hoe de handreiking verspreid kan worden"),
    ("passive-subject", "Bij een goed verloop zal de proef worden hervat en uitgebreid.", "de proef"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "obj"), [pytest.param(t, o, id=i) for i, t, o in OBJECT_ROWS])
def test_commitment_object(text: str, obj: str) -> None:
    got = find_commitments(text, REF)
    assert [c.object for c in got] == [obj]


NOT_COMMITMENTS = [
    # the letter's purpose, not a promise or the fulfilment of one
    ("purpose-informeer", "Met deze brief informeer ik uw Kamer over de voortgang van het programma."),
    ("purpose-stuur", "Hierbij stuur ik u het rapport van de inspectie."),
    ("purpose-bied-aan", "Met deze brief bied ik u de kabinetsreactie op het advies aan."),
    ("discourse-ingaan", "Ik zal nu ingaan op de afzonderlijke aanbevelingen van de commissie."),
    (
        "discourse-opeenvolgend",
        "Ik zal opeenvolgend ingaan op de maatregelen, de financiering en de planning.",
    ),
    ("discourse-in-deze-brief", "In deze brief ga ik in op de uitkomsten van het onderzoek."),
    ("discourse-hieronder", "Hieronder ga ik nader in op de drie aanbevelingen."),
    ("discourse-toelichten", "In de volgende paragraaf zal ik de maatregelen toelichten."),
    ("wil-benadrukken", "Ik wil benadrukken dat de aanpak werkt."),
    ("past-informed", "Uw Kamer is in maart al over de subsidieregeling geïnformeerd."),
    ("past-sent", "Op 20 januari jl. heb ik uw Kamer de evaluatie gestuurd."),
    ("past-perfect", "In 2019 is met de branche een convenant gesloten."),
    ("third-party", "Het onderzoeksbureau zal een vragenlijst uitzetten onder de respondenten."),
    ("fact", "De oplevering van het onderzoek volgt in het najaar van 2022."),
    ("question", "Bent u bereid de Kamer voor de zomer te informeren?"),
    ("ga-ervan-uit", "Ik ga ervan uit dat de gemeenten de regeling uitvoeren."),
    ("thanks", "Ik bedank de onderzoekers voor het delen van hun inzichten."),
    # "vragen" the noun, "onderzoek" the noun
    ("vragen-noun", "Ik zal de gestelde vragen van de commissie in paragraaf 3 behandelen."),
    ("onderzoek-noun", "Vorig jaar heb ik onderzoek laten doen naar de vraag of de regeling werkt."),
    ("onderzoek-noun-gedaan", "Daarom heb ik onderzoek gedaan naar wat gemeenten nodig hebben."),
    ("wetsvoorstel-of-a-member", "Het wetsvoorstel van het lid Smit gaat uit van een hogere grens."),
    ("wetsvoorstel-premise", "Het wetsvoorstel voor de raden gaat ervan uit dat iedere gemeente meedoet."),
    ("wetsvoorstel-topic", "Het wetsvoorstel over de huurtoeslag gaat over de inkomensgrenzen."),
    ("wetsvoorstel-negated", "Het wetsvoorstel daarvoor gaat de Eerste Kamer dit jaar niet halen."),
    # a request to the Kamer, or another subject's request in an aside
    ("vragen-kamer", "Ik zal de Kamer vragen om in te stemmen met het ontwerpbesluit."),
    ("onderzoek-niet", "Ik onderzoek nog niet of de regeling werkt."),
    # presented in this letter, pointed out, explained
    ("leg-voor-kamer", "In deze brief leg ik uw Kamer drie scenario's voor."),
    ("wijzen-op-writer", "Ik wil wijzen op de samenhang met het programma."),
    ("leg-uit", "Ik leg uit waarom ik daarvoor kies."),
    # "voortaan" with another actor, or inside what the writer observes
    ("voortaan-others", "De gemeenten passen hun verordening voortaan zelf aan."),
    ("voortaan-observed", "Ik constateer dat de instellingen die gegevens voortaan delen."),
    # "en komen" after a clause with another subject
    (
        "elided-other-subject",
        "Ik verwacht dat de provincies het oppakken en komen daar in het najaar op terug.",
    ),
    # a member asking whether the minister will act
    ("member-asks-whether", "Het lid Jansen vraagt of de minister de regeling wil verlengen."),
    # round 20, holdout35/36 (opened): a rejection, an announcement of a list, a place in this letter, the
    # practice as it is
    ("laat-rusten", "Ik laat deze aanbeveling daarom rusten."),
    ("zo-zorgen-we", "Zo zorgen we ervoor dat de lasten niet bij de gemeenten terechtkomen."),
    ("list-announcement", "Het kabinet neemt de volgende vier maatregelen."),
    ("paragraaf-over", "Daarop kom ik in de paragraaf over de financiering terug."),
    (
        "sinds-binnen",
        "Sinds maart 2021 worden de verslagen binnen drie weken na de vergadering gepubliceerd.",
    ),
]


@pytest.mark.parametrize("text", [pytest.param(t, id=i) for i, t in NOT_COMMITMENTS])
def test_not_a_commitment(text: str) -> None:
    assert find_commitments(text, REF) == []


def test_ids_paragraphs_and_offsets() -> None:
    text = (
        "Aanleiding\n\n"
        "Het rapport is verschenen. Ik zal uw Kamer voor de zomer informeren over de uitkomsten.\n\n"
        "Bezien zal worden of de aanpak werkt. Ik zal nu ingaan op de aanbevelingen."
    )
    p1 = text.index("Het rapport")
    p2 = text.index("Bezien")
    paragraphs = [("p1", p1, p2 - 2), ("p2", p2, len(text))]
    got = find_commitments(text, REF, paragraphs)
    assert [(c.id, c.paragraph, c.action) for c in got] == [
        ("c1", "p1", "informeren"),
        ("c2", "p2", "bezien"),
    ]
    for c in got:
        assert text[c.start : c.end] == c.text
        if c.deadline is not None:
            assert text[c.deadline.start : c.deadline.end] == c.deadline.text
            assert c.start <= c.deadline.start < c.deadline.end <= c.end


# --- the seed letter -----------------------------------------------------------------------


def _seed_text() -> str:
    raw = require_shared(SEED).read_text(encoding="utf-8")
    text = re.sub(r"<sup>\d+</sup>", "", raw).replace("**", "").replace("*", "")
    lines = [line for line in text.splitlines() if not re.match(r"^\s*(?:<sup>|\d+\s+\S)", line)]
    return "\n".join(line for line in lines if line.strip() != "---")


def test_seed_dates() -> None:
    from kamerstuk.entities.dates import find_dates

    values = {d.text: d.value for d in find_dates(_seed_text(), REF)}
    assert values["17 december jl."] == D(2021, 12, 17)
    assert values["20 januari jl."] == D(2022, 1, 20)
    assert values["24 februari jl."] == D(2022, 2, 24)


def test_seed_commitments() -> None:
    text = _seed_text()
    got = find_commitments(text, REF)
    by_action = {c.action: c for c in got}

    plan = next(c for c in got if "Plan van aanpak" in c.text and c.action == "informeren")
    assert plan.text.startswith("Zoals ik heb toegezegd")
    assert plan.kind == "new"  # the earlier promise renewed with "zal ik": still to be done
    assert plan.actor == "ik"
    assert plan.firmness == "firm"
    assert plan.object is not None and plan.object.startswith("over een Plan van aanpak")
    assert plan.deadline is not None and plan.deadline.latest is not None
    assert plan.deadline.latest <= D(2022, 7, 1)

    outreach = by_action["op de hoogte stellen"]
    assert outreach.text.startswith("Uw Kamer zal voor de zomer op de hoogte worden gesteld")
    assert outreach.firmness == "firm"
    assert outreach.deadline is not None and outreach.deadline.latest is not None
    assert outreach.deadline.latest <= D(2022, 7, 1)

    consult = by_action["afstemmen"]
    assert consult.text.startswith("Ik zal afstemmen met de betrokken organisaties hoe deze film")
    assert consult.actor == "ik"

    assert not [c for c in got if "ingaan op" in c.text]
    assert [c.id for c in got] == [f"c{i}" for i in range(1, len(got) + 1)]
    for c in got:
        assert text[c.start : c.end] == c.text


# --- the case table: precision and recall on sentences in every common form -------------------

CASES = Path(__file__).parent / "cases" / "commitment_cases.jsonl"
PARTS = ("tune", "heldout")


def _case_rows() -> list[dict[str, Any]]:
    return [json.loads(line) for line in CASES.read_text(encoding="utf-8").splitlines() if line.strip()]


def _reference(row: dict[str, Any]) -> dt.date:
    return D.fromisoformat(row["reference"]) if "reference" in row else REF


def _score(rows: list[dict[str, Any]]) -> tuple[float, float, list[str]]:
    """Precision, recall and the misread rows ("FP: ...", "FN: ...") of a commitment finder."""
    tp = fp = fn = 0
    errors: list[str] = []
    for row in rows:
        found = bool(find_commitments(row["text"], _reference(row)))
        if found and row["commitment"]:
            tp += 1
        elif found:
            fp += 1
            errors.append(f"FP [{row['form']}] {row['text']}")
        elif row["commitment"]:
            fn += 1
            errors.append(f"FN [{row['form']}] {row['text']}")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, errors


def test_case_table_shape() -> None:
    rows = _case_rows()
    assert len(rows) >= 120
    assert sum(r["commitment"] for r in rows) >= 60
    assert sum(not r["commitment"] for r in rows) >= 60
    held = [r for r in rows if r["split"] == "heldout"]
    # a third of the table as first written (47 of 144), fixed before any tuning; the tune rows
    # after those 144 were added later, for forms seen in real letters and the train letters
    assert len(held) >= 47 and len(held) >= len(rows) // 4
    assert {r["split"] for r in rows} == set(PARTS)
    assert len({r["text"] for r in rows}) == len(rows)


@pytest.mark.parametrize("part", PARTS)
def test_case_table_precision_recall(part: str) -> None:
    rows = [r for r in _case_rows() if r["split"] == part]
    precision, recall, errors = _score(rows)
    print(f"\ncommitments [{part}]: {len(rows)} sentences, precision {precision:.3f}, recall {recall:.3f}")
    for form in sorted({r["form"] for r in rows}):
        p, r, _ = _score([row for row in rows if row["form"] == form])
        print(f"  {form:14s} precision {p:.2f} recall {r:.2f}")
    for e in errors:
        print("  " + e)
    assert precision >= 0.9, errors
    assert recall >= 0.9, errors


@pytest.mark.parametrize(
    "row",
    [pytest.param(r, id=f"{r['split']}-{i}") for i, r in enumerate(_case_rows()) if r["commitment"]],
)
def test_case_table_fields(row: dict[str, Any]) -> None:
    """Where a row names the actor, action, firmness, kind or deadline rule, a found commitment
    carries them (rows not found at all count against recall above, not here)."""
    got = find_commitments(row["text"], _reference(row))
    if not got:
        pytest.skip("not found: counted in recall")
    c = got[0]
    for key in ("actor", "action", "firmness", "kind"):
        if key in row:
            assert getattr(c, key) == row[key], key
    if "deadline" in row:
        assert c.deadline is not None and c.deadline.rule == row["deadline"]
        assert c.text[c.deadline.start - c.start : c.deadline.end - c.start] == c.deadline.text


# --- forms one by one -----------------------------------------------------------------------


def test_deferral_inside_the_letter_is_no_commitment() -> None:
    text = (
        "Op de derde en vierde aanbeveling kom ik later in deze brief terug. "
        "Op de eerste aanbeveling kom ik voor de zomer in een aparte brief terug."
    )
    got = find_commitments(text, REF)
    assert [(c.action, c.text.startswith("Op de eerste")) for c in got] == [("terugkomen", True)]


def test_intention_takes_the_te_infinitive() -> None:
    (c,) = find_commitments("Het kabinet is voornemens de drempel per 1 januari 2023 te verlagen.", REF)
    assert (c.actor, c.action, c.firmness) == ("het kabinet", "verlagen", "firm")
    (c,) = find_commitments("Ik ben voornemens de regeling op onderdelen aan te passen.", REF)
    assert c.action == "aanpassen"
    assert find_commitments("Ik verwacht dat de gemeenten de regeling in 2023 gaan uitvoeren.", REF) == []


def test_relative_clause_keeps_the_actor() -> None:
    (c,) = find_commitments(
        "Dat vraagt om een nadere analyse, waarover de minister uw Kamer in het najaar zal berichten.", REF
    )
    assert (c.actor, c.action, c.deadline.rule if c.deadline else None) == (
        "de minister",
        "berichten",
        "najaar",
    )


def test_request_and_question_are_not_promises() -> None:
    assert find_commitments("De leden verzoeken de regering de Kamer dit najaar te informeren.", REF) == []
    assert find_commitments("Kunt u de Kamer voor de zomer informeren?", REF) == []


def test_deadline_alternatives_make_one_window() -> None:
    (d,) = find_deadlines("om eind maart/begin april een bijeenkomst te houden", D(2011, 3, 1))
    assert (d.text, d.earliest, d.latest, d.rule) == (
        "eind maart/begin april",
        D(2011, 3, 21),
        D(2011, 4, 10),
        "eind-maand/begin-maand",
    )
    (d,) = find_deadlines("eind mei of begin juni", REF)
    assert (d.earliest, d.latest) == (D(2022, 5, 21), D(2022, 6, 10))
    # joined by "en" they stay two moments
    assert len(find_deadlines("voor de zomer en in het najaar", REF)) == 2


def test_present_tense_measures_without_a_modal() -> None:
    """Oversight, an agency of the ministry, an elided measure after a stance, a bill of ours."""
    cases = {
        "Bij de uitvoering zie ik erop toe dat de termijnen worden gehaald.": "toezien",
        "Naar aanleiding van het rapport neemt de IND maatregelen om de wachttijden te verkorten.": "maatregelen nemen",
        "Ik onderschrijf de aanbeveling en werk een nieuwe regeling uit.": "uitwerken",
        "Het wetsvoorstel verplicht verhuurders tot registratie.": "verplichten",
    }
    for text, action in cases.items():
        found = find_commitments(text)
        assert found and found[0].action == action, text


def test_a_service_or_part_of_defensie_named_in_full_acts_with_a_date() -> None:
    """The ministries' services and Defensie's parts by their full names, not only those listed."""
    cases = {
        "De Dienst Uitvoering Onderwijs past de brieven per 1 september 2026 aan.": "Dienst Uitvoering Onderwijs",
        "Het Defensie Onderhoudsbedrijf Land laat in 2026 nieuwe voertuigen keuren.": "Defensie Onderhoudsbedrijf Land",
        "De Dienst Publiek en Communicatie publiceert vanaf 2026 alle evaluaties.": "Dienst Publiek en Communicatie",
    }
    for text, actor in cases.items():
        found = find_commitments(text, D(2025, 11, 1))
        assert [c.actor for c in found] == [actor], text
    # a state, not an act; and a date passed
    assert find_commitments("Defensie heeft in 2026 een tekort aan monteurs.", D(2025, 11, 1)) == []
    assert (
        find_commitments("De Dienst Uitvoering Onderwijs paste de brieven in 2024 aan.", D(2025, 11, 1)) == []
    )


def test_reported_view_and_effect_are_no_commitments() -> None:
    for text in (
        "Volgens de onderzoekers moet het ministerie in 2026 een nieuw stelsel invoeren.",
        "Hiermee wordt voldaan aan de motie die vraagt de regeling in 2025 te evalueren.",
        "De Belastingdienst nam in 2022 al maatregelen.",
        "Het wetsvoorstel gaat daarbij uit van bestaande bevoegdheden.",
    ):
        assert find_commitments(text) == [], text


# Issue #12: forms of the train letters written for it, in our own sentences (the case table is
# full: its held-out share must stay a quarter): a present tense with a future date, present passives
# that make something new or impose a duty, third-person present measures, "neemt … over door … te",
# "maar wil eerst nagaan", a fronted "Of …, wordt … bezien"; and what is not a promise next to each.
ISSUE_12_FORMS: list[tuple[str, bool, str | None]] = [
    ("Vanaf 1 juli 2027 ontvangen waterschappen hiervoor een extra bijdrage uit het Deltafonds.", True, None),
    ("Vanaf 2019 ontvangen gemeenten een bijdrage uit het gemeentefonds voor schuldhulp.", False, None),
    ("Het wetsvoorstel dat dit regelt, wordt in het najaar van 2027 in consultatie gebracht.", True, None),
    ("Voor de afhandeling van klachten wordt een landelijk protocol opgesteld.", True, None),
    ("Daarnaast worden zorgaanbieders verplicht om wachttijden op hun website te vermelden.", True, None),
    (
        "Sinds 2023 wordt iedere aanvraag door twee medewerkers beoordeeld en pas daarna toegekend.",
        False,
        None,
    ),
    ("Het jaarlijkse protocol wordt door de veiligheidsregio opgesteld.", False, None),
    (
        "De kosten van de regeling worden vanaf de begroting voor 2028 op de eigen begroting verwerkt.",
        True,
        None,
    ),
    ("Zo mogelijk wordt de nieuwe indicator al in het jaarverslag over 2027 opgenomen.", True, None),
    ("Of de subsidie moet worden verhoogd, wordt bij de augustusbesluitvorming bezien.", True, None),
    ("De minister laat onderzoeken of de termijn van zes weken kan worden verkort.", True, "de minister"),
    ("Het kabinet werkt de regeling in overleg met de provincies verder uit.", True, "het kabinet"),
    ("Het kabinet laat de aanbeveling over een nieuw fonds daarom rusten.", False, None),
    (
        "Het kabinet neemt deze aanbeveling over door de inspectierapporten voortaan volledig te publiceren.",
        True,
        "het kabinet",
    ),
    (
        "De staatssecretaris gaat met de brancheorganisaties in gesprek over een gedragscode.",
        True,
        "de staatssecretaris",
    ),
    (
        "Het kabinet steunt het voorstel, maar wil eerst nagaan of de uitvoeringskosten te overzien zijn.",
        True,
        "het kabinet",
    ),
    (
        "Ik begrijp de wens van de raad, maar wil benadrukken dat de gemeenten hier zelf over gaan.",
        False,
        None,
    ),
    # present passives of a step of ours with a future date, and rules from a future date
    ("De afspraken worden in het najaar van 2022 vastgelegd in een convenant.", True, None),
    ("De eerste brieven worden in het voorjaar van 2023 verstuurd.", True, None),
    ("Ook dat zal in de handreiking worden vastgelegd.", True, None),
    ("Vanaf 1 januari 2023 geldt voor kleine ondernemers een lager tarief.", True, None),
    ("Met ingang van 1 juli 2023 wordt de aanvraag volledig digitaal.", True, None),
    # a number's comma does not end the clause; a promise made earlier is not a new one
    (
        "Als de begroting het toelaat, stel ik vanaf 2023 jaarlijks 1,5 miljoen euro beschikbaar voor stages.",
        True,
        "ik",
    ),
    ("Het kabinet heeft toegezegd binnen drie maanden op ongevraagde adviezen te reageren.", False, None),
    # a proposal to the Kamer, also after a condition in the present tense
    ("Mocht de pilot slagen, dan doe ik uw Kamer een voorstel voor een landelijke regeling.", True, "ik"),
    ("Ik doe uw Kamer voor de zomer een voorstel voor de bekostiging.", True, "ik"),
    ("Dat doe ik door de regels te vereenvoudigen.", False, None),
    ("Mocht u vragen hebben, dan hoor ik dat graag.", False, None),
    # not ours, or not to come
    ("De resultaten van het onderzoek worden in het najaar van 2022 verwacht.", False, None),
    ("De afspraken zijn in 2020 vastgelegd in een convenant.", False, None),
    ("Vanaf 1 januari 2020 geldt voor kleine ondernemers een lager tarief.", False, None),
    ("De brieven worden in het voorjaar van 2023 door de gemeenten verstuurd.", False, None),
    # round 8: carrying out a motion by an act to come; "in deze brief" inside a noun phrase; plural
    # and third-person dated acts; decisions; a minister named in the third person; what this letter
    # discusses; a request done in the past
    (
        "Ik geef uitvoering aan deze motie door de regeling per 1 juli 2026 aan te vullen met een meldplicht.",
        True,
        "ik",
    ),
    ("Hiermee geef ik uitvoering aan de motie van het lid De Boer.", False, None),
    (
        "Over de uitvoering van de afspraken in deze brief informeren wij uw Kamer in het najaar van 2026.",
        True,
        "wij",
    ),
    ("In deze brief informeer ik uw Kamer over de voortgang van het programma.", False, None),
    ("Vanaf 2027 nemen wij deze gegevens op in de jaarlijkse monitor.", True, "wij"),
    ("In het voorjaar van 2026 neem ik een besluit over de hoogte van de bijdrage.", True, "ik"),
    (
        "Over de verlenging van de regeling neemt het kabinet een besluit bij de Voorjaarsnota 2026.",
        True,
        "het kabinet",
    ),
    ("Het kabinet neemt kennis van het advies van de commissie.", False, None),
    ("De NVWA verdubbelt vanaf 1 juli 2026 het aantal controles bij slachthuizen.", True, "NVWA"),
    ("De Huurcommissie doet dat sinds maart van dit jaar.", False, None),
    (
        "De Minister van Sociale Zaken en Werkgelegenheid start in het najaar van 2026 de gesprekken met de sociale partners.",
        True,
        None,
    ),
    ("Ik ga in op de stand van zaken, op wat ik dit jaar ga doen en op de moties.", False, None),
    ("Voor de zomer van 2026 ga ik in op de uitkomsten van de evaluatie.", True, "ik"),
    ("De onderzoekers evalueerden op mijn verzoek de regels voor het vaarbewijs.", False, None),
    ("Soms nemen we als overheden samen een besluit, zoals bij de herijking van de normen.", False, None),
    (
        "Ik geef uitvoering aan deze motie door de bijdrage aan gemeenten te verlengen tot en met 2028.",
        True,
        "ik",
    ),
    (
        "Ik geef uitvoering aan de motie door u met deze brief te informeren over de stand van zaken.",
        False,
        None,
    ),
    (
        "Wel vraag ik de inspectie om op haar website duidelijker te maken waar ouders terechtkunnen.",
        True,
        "ik",
    ),
    ("Daarom vragen wij de gemeenten om hun gegevens jaarlijks aan te leveren.", True, "wij"),
    ("Ik vraag uw Kamer in te stemmen met het voorstel.", False, None),
    ("Ik vraag me af of een nieuwe regeling nodig is.", False, None),
    ("Ik vraag aandacht voor de positie van mantelzorgers.", False, None),
    ("We vragen veel van de bodem. We hebben haar nodig om te bouwen.", False, None),
    ("Daarbij ga ik ook in op de eerste ervaringen met de nieuwe regeling.", True, "ik"),
    (
        "Wel versterkt het kabinet de afstemming: vanaf maart 2027 komt de commissie maandelijks bijeen.",
        True,
        None,
    ),
    ("Een besluit over een opvolger van het systeem neem ik in de loop van 2027.", True, "ik"),
    (
        "Om de risico's verder te beperken, neem ik daarnaast drie maatregelen: een meldplicht en een register.",
        True,
        "ik",
    ),
    ("Ik maak met RVO de afspraak dat iedere regeling vanaf 2027 een steekproef kent.", True, "ik"),
    (
        "Ik vind het redelijk dat ouders de toeslag vanzelf krijgen; UWV voert dat per 1 april 2027 in.",
        True,
        None,
    ),
    (
        "Het kabinet actualiseert de strategie eenmaal per kabinetsperiode, voor het eerst in 2027.",
        True,
        None,
    ),
    ("Dit besluit neem ik niet lichtvaardig.", False, None),
    ("Nederland telt in 2027 naar verwachting achttien miljoen inwoners.", False, None),
    ("Ik neem de uitkomsten van die controles vanaf het verslagjaar 2027 op in het jaarverslag.", True, "ik"),
    ("Ik kies daarom voor een termijn van 48 uur.", True, "ik"),
    ("Het kabinet kiest daarom voor een gefaseerde aanpak.", True, "het kabinet"),
    ("Wel bespreek ik met de Staatssecretaris of de toezichthouder meer taken moet krijgen.", True, "ik"),
    ("In deze brief bespreek ik de uitkomsten van het onderzoek.", False, None),
    ("Voor welke variant ik kies, hangt af van de kosten.", False, None),
    (
        "Ik verwacht uw Kamer over de uitkomsten van dat onderzoek in het najaar van 2027 te informeren.",
        True,
        "ik",
    ),
    ("Voor de bestaande regelingen stel ik die streefwaarden in 2027 alsnog vast.", True, "ik"),
    (
        "Het kabinet neemt er kennis van en heeft begrepen dat de gemeenten in 2027 een handreiking maken.",
        False,
        None,
    ),
    (
        "De Minister van Onderwijs, Cultuur en Wetenschap neemt het traject mee bij de herziening in 2027.",
        True,
        None,
    ),
    (
        "Hoewel de plicht binnen de proef komt te vervallen door uitvoering te geven aan de motie, blijft de keuze aan de aanbieders.",
        False,
        None,
    ),
]


ISSUE_12_FORMS += [
    # round 16, from a survey of real sentences (in our own words)
    ("Het kabinet is van plan de regeling in 2027 te herzien.", True, "het kabinet"),
    ("Ik ben niet van plan de regeling te wijzigen.", False, None),
    ("Het is onze intentie om uw Kamer jaarlijks een overzicht te sturen.", True, "wij"),
    ("In het navolgende zal ik de vragen in de volgorde van het verslag beantwoorden.", False, None),
    ("Op de vragen over de kosten ga ik hierna in.", False, None),
    ("Op de tweede aanbeveling kom ik aan het eind van deze brief terug.", False, None),
    ("Hierna zal ik de Kamer in kennis stellen van de uitkomst van het overleg.", True, "ik"),
    ("De bewindslieden komen na de zomer met een plan van aanpak.", True, "de bewindslieden"),
    ("Het kabinet komt met deze brief tegemoet aan de wens van de Kamer.", False, None),
    ("Wij komen in het najaar met een standpunt over het advies.", True, "wij"),
    ("Ik kom met een brief tegemoet aan het verzoek van de commissie.", False, None),
    # round 16, from holdout19's errors
    ("Uw Kamer wordt over de voortgang geïnformeerd in de rapportage van het najaar van 2027.", True, None),
    (
        "De Staatssecretaris van Justitie en Veiligheid erkent het probleem. Zij verhoogt de vergoeding per "
        "1 januari 2027 met vijftien procent.",
        True,
        "Staatssecretaris van Justitie en Veiligheid",
    ),
    ("De raad is kritisch. Zij verhoogt de druk op gemeenten.", False, None),
    (
        "Het kabinet zet daarom in op een vaste paragraaf over grond in het bestaande format.",
        True,
        "het kabinet",
    ),
    ("Het kabinet investeert al jaren in preventie.", False, None),
    ("Samen met de VNG actualiseer ik het model dat sinds 2023 beschikbaar is.", True, "ik"),
    # round 17, from holdout22's errors: the cabinet's decision rounds as a date; services a minister answers for
    ("Over de hoogte van de bijdrage besluit ik bij de voorjaarsbesluitvorming van 2027.", True, "ik"),
    (
        "Het kabinet neemt bij de augustusbesluitvorming een besluit over de financiering.",
        True,
        "het kabinet",
    ),
    ("De voorjaarsbesluitvorming van 2026 bood geen ruimte voor nieuwe uitgaven.", False, None),
    ("De MIVD past zijn werkwijze in de loop van 2027 aan.", True, "MIVD"),
    ("De AIVD heeft in 2025 een jaarverslag uitgebracht.", False, None),
    # round 17, from holdout24's errors: the government's own numbered measures
    ("2. Ik maak het vanaf 1 september 2027 mogelijk om een melding online te doen.", True, "ik"),
    ("b) Wij verlengen de regeling tot en met 2028.", True, "wij"),
    ("1. De raad adviseert de termijn te verkorten.", False, None),
]


@pytest.mark.parametrize(("text", "expected", "actor"), ISSUE_12_FORMS)
def test_issue_12_forms(text: str, expected: bool, actor: str | None) -> None:
    found = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(found) == expected, text
    if actor is not None:
        assert found[0].actor == actor
    if found and text.startswith(("Mocht", "Als ")):
        assert found[0].firmness == "conditional"


# --- forms of real letters (issue #12, round 6): fields of the new forms -------------------------


@pytest.mark.parametrize(
    ("sentence", "actor", "action", "firmness"),
    [
        ("Wij voeren de maatregelen uit het actieplan voor eind 2026 uit.", "wij", "uitvoeren", "firm"),
        ("Ik werk deze voorstellen uit in een wetsvoorstel.", "ik", "uitwerken", "firm"),
        (
            "Dit pakken we volgend jaar samen met de politie, de GGD en de gemeenten op.",
            "wij",
            "oppakken",
            "firm",
        ),
        ("Het Rijk zal de komende jaren de vaarwegen verdiepen.", "het Rijk", "verdiepen", "firm"),
        ("In 2027 past het Rijk de normen voor geluid aan.", "het Rijk", "aanpassen", "firm"),
        ("OCW zal de scholen in het najaar een handreiking sturen.", "OCW", "sturen", "firm"),
        ("Het streven is om de regeling per 1 januari 2027 in te voeren.", None, "invoeren", "tentative"),
        ("Na de proef zal worden besloten of de regeling blijft.", None, "besluiten", "firm"),
        ("Eind 2026 wordt een besluit genomen over de locatie.", None, "besluit nemen", "firm"),
        ("Het toetsingskader wordt nader uitgewerkt met de koepels.", None, "uitwerken", "firm"),
        (
            "Ik zal niet nalaten de Kamer te informeren zodra de uitspraak bekend is.",
            "ik",
            "informeren",
            "firm",
        ),
        (
            "De minister zegt de Kamer toe de gevolgen in kaart te brengen.",
            "de minister",
            "in kaart brengen",
            "firm",
        ),
        ("Zodra het advies binnen is, wordt het uw Kamer toegezonden.", None, "toezenden", "firm"),
    ],
)
def test_real_letter_forms_fields(sentence: str, actor: str | None, action: str, firmness: str) -> None:
    (c,) = find_commitments(sentence, REF)
    assert (c.actor if c.actor is None else c.actor.lower(), c.action, c.firmness) == (
        actor if actor is None else actor.lower(),
        action,
        firmness,
    )
    assert c.kind == "new"


@pytest.mark.parametrize(
    "sentence",
    [
        "Op de kosten ga ik hieronder nader in.",  # a deferral inside the letter stays one
        "De minister zegt dat hij de regels niet toe wil passen.",  # "zegt dat": a report
        "Hier zal gekozen moeten worden tussen anders bouwen of elders bouwen.",  # a task
        "In de bijlage wordt het kader nader uitgewerkt.",  # there now, not to come
        "Wij voeren gesprekken met mensen uit de sector.",  # "uit" before "de": a preposition
    ],
)
def test_real_letter_forms_negatives(sentence: str) -> None:
    assert find_commitments(sentence, REF) == []


def test_particle_and_toe_searches_stay_fast() -> None:
    """Many commas before a final particle, and many "toe" after "zegt": still quick (linear)."""
    import time

    long_list = "Dit pakken we samen met " + ", ".join(f"partij {i}" for i in range(3000)) + " op."
    many_toe = "De minister zegt " + "toe, " * 3000 + "niets."
    start = time.perf_counter()
    assert find_commitments(long_list, REF)
    find_commitments(many_toe, REF)
    assert time.perf_counter() - start < 2.0


def test_every_measure_verb_has_a_lemma() -> None:
    """Each verb form the measure patterns match maps to a lemma (a missing one raised KeyError and
    lost a whole letter's commitments)."""
    from kamerstuk.patterns import commitments as P

    for verb in P._MEASURE_VERB_WORDS.split():
        assert P.MEASURE_PLURALS.get(verb, verb) in P.MEASURE_LEMMAS, verb
    for verb, key in P.MEASURE_THIRD_PERSON.items():
        assert key in P.MEASURE_LEMMAS, verb


def test_an_effort_is_no_measure() -> None:
    for text in ("Het kabinet zet zich binnen de OESO in voor een afspraak.", "Ik zet me daarvoor in."):
        assert not [c for c in find_commitments(text, REF) if c.kind == "new"], text
    assert find_commitments("Wij zetten daarom in op een vaste paragraaf.", REF)


def test_round_18_forms() -> None:
    """Opened holdout25: a relative clause in the present of "berichten" (which reads like a
    participle) is a promise with its deadline; choosing to leave something as it is, is none."""
    ref = D(2025, 11, 3)
    [promise] = find_commitments(
        "Ik neem de derde aanbeveling mee in de herziening van de regeling, waarover ik uw Kamer in het "
        "voorjaar van 2026 bericht.",
        reference=ref,
    )
    assert promise.deadline is not None and promise.deadline.earliest == D(2026, 3, 1)
    assert (
        find_commitments("Dit is de regeling waarover ik uw Kamer in mei heb bericht.", reference=ref) == []
    )
    assert find_commitments("Het kabinet kiest er daarom voor de prijzen vrij te laten.", reference=ref) == []
    assert find_commitments("Ik kies ervoor het huidige stelsel intact te laten.", reference=ref) == []
    # a choice of a new act stays one
    assert find_commitments("Het kabinet kiest ervoor de regeling in 2026 te verlengen.", reference=ref) != []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # holdout26 (opened), in our own words: a provision received from a date to come, an act of
        # each ministry, a measure verb ("verkort"); a passive inside an indirect question is asked,
        # not done
        ("Per 1 juli 2026 krijgt iedere aanvrager bij het loket één vaste contactpersoon.", True),
        ("Vanaf 2027 krijgen alle deelnemers van 65 jaar en ouder een uitnodiging voor een gesprek.", True),
        ("Vanaf 1 januari 2027 krijgen werkgevers te maken met een hogere premie.", False),
        ("In de loop van 2026 richt ieder ministerie een meldpunt in.", True),
        ("Ik verkort de behandeltermijn tot zes weken.", True),
        (
            "De toezichthouder heeft aangekondigd in 2027 te onderzoeken of de afspraken worden nageleefd.",
            False,
        ),
        ("De regels worden vanaf 2027 jaarlijks geactualiseerd.", True),
    ],
)
def test_round_18_forms_after_holdout26(sentence: str, expected: bool) -> None:
    assert bool(find_commitments(sentence, reference=D(2026, 2, 1))) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Het" for the cabinet named as subject in the sentence before
        (
            "Het kabinet neemt de aanbeveling over. Het stelt daarvoor vanaf 2026 jaarlijks € 3 miljoen beschikbaar.",
            1,
        ),
        ("Het kabinet deelt die zorg. Het zal uw Kamer jaarlijks over de voortgang informeren.", 1),
        ("De raad is kritisch. Het stelt daarvoor vanaf 2026 geld beschikbaar.", 0),
        ("Het kabinet heeft het rapport ontvangen. Het laat zien dat het beleid werkt.", 0),
        # a round of a year as the moment: "vanaf de subsidieronde van 2027"
        ("Vanaf de subsidieronde van 2027 weeg ik mee of een project aansluit bij de regio.", 1),
        # "stel … vast" with an object is an act; without one, an observation
        ("Samen met de provincies stel ik in de loop van 2026 een model vast dat aansluit bij de wet.", 1),
        ("Het kabinet stelt vast dat in 2026 een tekort ontstaat.", 0),
    ],
)
def test_round_18_cabinet_pronoun_rounds_and_observations(text: str, expected: int) -> None:
    found = find_commitments(text, reference=D(2026, 2, 1))
    assert len(found) == expected
    if expected:
        assert found[0].text == text.split(". ", 1)[-1] or found[0].text == text
        assert (
            found[0].deadline is None
            or found[0].deadline.earliest is None
            or found[0].deadline.earliest.year >= 2026
        )


def test_the_cabinet_pronoun_keeps_the_sentence_as_written() -> None:
    text = "Het kabinet neemt de aanbeveling over. Het voert een meldplicht in voor alle aanbieders."
    [c] = find_commitments(text, reference=D(2026, 2, 1))
    assert c.text == "Het voert een meldplicht in voor alle aanbieders."
    assert text[c.start : c.end] == c.text
    assert c.actor is not None and "kabinet" in c.actor.lower() and c.action == "invoeren"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # holdout27 (opened), in our own words: passives with "opengesteld", "herzien"; a provision
        # received by letter; a present-tense measure declined; a passive negated in a recommendation
        ("Het fonds wordt met ingang van 1 juli 2026 opengesteld voor bedrijven.", "firm"),
        ("Alle tarieven worden in 2026 herzien.", "firm"),
        (
            "Vanaf 1 juli 2026 ontvangt iedere aanvrager binnen twee weken een brief met een nieuwe datum.",
            "firm",
        ),
        ("Het budget verhoog ik niet, omdat het fonds nog niet wordt benut.", "negated"),
        ("De commissie beveelt een vast voorschot aan dat gedurende het jaar niet wordt herzien.", None),
    ],
)
def test_round_18_forms_after_holdout27(sentence: str, expected: str | None) -> None:
    found = find_commitments(sentence, reference=D(2026, 2, 1))
    assert (found[0].firmness if found else None) == expected


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        # forms from a third set of real commitment sentences (outside the repository), in our own words
        ("Het kabinet wil in januari met een volledige reactie komen.", "komen met"),
        ("We gaan hier de komende weken mee aan de slag.", "aan de slag gaan"),
        (
            "Het demissionaire kabinet zal met Prinsjesdag de koopkracht van gezinnen herstellen.",
            "herstellen",
        ),
        # the next cabinet's act is not ours; a wish to stress something promises nothing
        ("Het nieuwe kabinet zal met Prinsjesdag de koopkracht van gezinnen herstellen.", None),
        ("Ik wil benadrukken dat we met een reactie komen.", None),
    ],
)
def test_forms_from_the_third_real_check_set(sentence: str, action: str | None) -> None:
    found = find_commitments(sentence, reference=D(2025, 10, 1))
    assert (found[0].action if found else None) == action


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        # services a minister answers for, by their short names (our own sentences)
        ("De RvIG oefent de nieuwe procedure in het najaar van 2026 met tien gemeenten.", "RvIG"),
        # (the actor as written, with its article, as in "de Belastingdienst zal …")
        ("Vanaf 1 september 2026 biedt de DTenV ieder gezin een eigen gesprek aan.", "de DTenV"),
        ("De RvIG heeft in 2024 een handreiking opgesteld.", None),
    ],
)
def test_more_services_of_a_minister(sentence: str, actor: str | None) -> None:
    found = find_commitments(sentence, reference=D(2026, 2, 1))
    assert (found[0].actor if found else None) == actor


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # holdout37/38 (opened), in our own words: a year of accounts, any round with its year, a minister
        # named in a relative clause that reports to the Kamer, money put at someone's disposal
        ("Over de uitvoering rapporteer ik vanaf het verslagjaar 2027 in het jaarverslag.", "rapporteren"),
        ("Over een volgende stap beslist het kabinet na de herijkingsronde van 2029.", "beslissen"),
        (
            "Het onderhoud valt onder de herziening van het vastgoedbeheer, waarover de Staatssecretaris uw Kamer "
            "in het voorjaar van 2027 bericht.",
            "berichten",
        ),
        (
            "Voor de opleiding van tolken stel ik de gemeenten € 250.000 ter beschikking.",
            "ter beschikking stellen",
        ),
        # not ours: another body starts a campaign; a past request about what may happen "voortaan"
        (
            "Voorlichting is een taak van de provincies, en het Interprovinciaal Overleg start in 2027 een campagne.",
            None,
        ),
        (
            "Op 3 maart 2026 heb ik de Raad om advies gevraagd over de vraag of de keuring voortaan digitaal kan "
            "worden gehouden.",
            None,
        ),
        # (a fronted time or adverb before the pilot's verb stays a commitment)
        ("Daarnaast start in 2027 in drie regio's een proef met de nieuwe keuring.", "starten"),
        (
            "2. In de gemeenten Venlo, Weert en Roermond start in mei 2027 een proef met de keuring.",
            "starten",
        ),
        ("Dit is het plan waarover de minister uw Kamer in mei 2025 heeft bericht.", None),
    ],
)
def test_round_21_forms(sentence: str, expected: str | None) -> None:
    found = find_commitments(sentence, reference=D(2026, 6, 1))
    assert (found[0].action if found else None) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # holdout39/40 (opened), in our own words: a plan named with its year as the vehicle of a description,
        # a BNC-fiche, a step of ours as the subject that starts, a phase-out, a moment a period ahead
        (
            "De Minister van Defensie zal in het Marinejaarplan 2027 de gevolgen voor de oefeningen beschrijven.",
            "beschrijven",
        ),
        (
            "Over het nieuwe richtlijnvoorstel informeer ik uw Kamer met het gebruikelijke BNC-fiche.",
            "informeren",
        ),
        ("De aanbesteding van vier nieuwe patrouilleboten start in het tweede kwartaal van 2027.", "starten"),
        ("De werving van de nieuwe inspecteurs gaat in september 2026 van start.", "starten"),
        ("Het kabinet bouwt de subsidie voor certificering daarom af tot de helft.", "afbouwen"),
        ("De vrijstelling wordt over vier jaar opnieuw geëvalueerd.", "evalueren"),
        # not ours / not new: a check at visits that already happen; a plan described in a past year's plan
        ("Bij die controles wordt ook nagegaan of de afspraken worden nageleefd.", None),
        ("Wij bouwen aan een sterke kustwacht.", None),
    ],
)
def test_round_21_forms_after_holdout39_and_holdout40(sentence: str, expected: str | None) -> None:
    found = find_commitments(sentence, reference=D(2026, 6, 1))
    assert (found[0].action if found else None) == expected


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        # promises reported in letters and the press (real check sets), in our own words
        ("De minister heeft toegezegd de voorwaarden voor de regeling te versoepelen.", "versoepelen"),
        ("Verder zegt zij toe de aanbevelingen van de inspectie op te zullen volgen.", "opvolgen"),
        ("In het debat beloofde de staatssecretaris de Kamer hierop terug te komen.", "terugkomen"),
        ("Het kabinet zegt steun toe aan de getroffen gemeenten.", None),
    ],
)
def test_promises_reported_with_a_te_infinitive(sentence: str, action: str | None) -> None:
    found = find_commitments(sentence, reference=D(2026, 6, 1))
    assert (found[0].action if found else None) == action


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # holdout41/42 (opened), in our own words
        (
            "Mocht dat nodig blijken, dan zal ik de dienst vragen die termijn ook in de app te tonen.",
            "vragen",
        ),
        (
            "Ik informeer uw Kamer in de Stand van de uitvoering van december 2026 over de voortgang.",
            "informeren",
        ),
        (
            "De Staatssecretaris maakt in het voorjaar van 2027 afspraken met de zorgkantoren.",
            "afspraken maken",
        ),  # (the third person as "Ik maak … afspraken" since round 31)
        (
            "De Minister van Financiën, die over de regeling gaat, zal de termijn in 2027 verlengen.",
            "verlengen",
        ),
        (
            "Ik neem in het wetsvoorstel, dat ik in het najaar van 2026 indien, een overgangstermijn op.",
            "opnemen",
        ),
        ("Uw Kamer wordt na het eerste jaar over de resultaten van de proef geïnformeerd.", "informeren"),
        ("De Minister van Defensie zal in zijn brief over het personeel ingaan op de werving.", "ingaan op"),
        ("Vanaf 2027 draagt Nederland jaarlijks dertig waarnemers voor.", "voordragen"),
        # done or told here, not promised
        ("Op 3 maart jl. bracht de raad op mijn verzoek het advies «Samen sterker» uit.", None),
        ("Kort daarvoor rondde het bureau in mijn opdracht de evaluatie af.", None),
        (
            "Verder meld ik uw Kamer dat de motie over de keuring is uitgevoerd: in 2026 zijn tien keuringen gedaan.",
            None,
        ),
    ],
)
def test_round_21_forms_after_holdout41_and_holdout42(sentence: str, expected: str | None) -> None:
    found = find_commitments(sentence, reference=D(2026, 6, 1))
    assert (found[0].action if found else None) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # holdout43/44 (opened), in our own words: a rule still to be made carries a passive step; recipients
        # first with a time to come; a recurring report to the Kamer; a request with a long object
        ("Deze meldplicht wordt in hetzelfde wetsvoorstel opgenomen.", "opnemen"),
        ("Een herstelplan wordt in de beleidsregel verplicht.", "verplichten"),
        ("Provincies ontvangen de beschikking voor 2027 uiterlijk in oktober 2026.", "toekennen"),
        ("Over de besteding wordt uw Kamer jaarlijks via het Natuurverslag geïnformeerd.", "informeren"),
        (
            "Wel zal ik de waterschappen vragen die regeling op hun websites en in hun brieven aan bewoners beter "
            "zichtbaar te maken.",
            "vragen",
        ),
        # not: a rule already made, a fact about receiving, a burden others meet
        ("Deze meldplicht is in het wetsvoorstel opgenomen.", None),
        ("Provincies ontvangen sinds 2020 een bijdrage.", None),
        ("Provincies krijgen in 2027 te maken met hogere kosten.", None),
    ],
)
def test_round_21_forms_after_holdout43_and_holdout44(sentence: str, expected: str | None) -> None:
    found = find_commitments(sentence, reference=D(2026, 6, 1))
    assert (found[0].action if found else None) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # holdout45-48 (opened), in our own words: a second main clause of ours after "en"; money made available
        # in a passive step; a report in the next periodic document; a wish to consult
        (
            "De reclassering neemt de training op in haar programma, en ik maak daar in 2027 € 2 miljoen voor vrij.",
            "vrijmaken",
        ),
        (
            "Het bedrag van € 8 miljoen zal vanaf 2027 jaarlijks aan de scholen beschikbaar worden gesteld.",
            "beschikbaar stellen",
        ),
        (
            "In de volgende voortgangsbrief zal het kabinet laten zien hoe de proef is verlopen.",
            "rapporteren",
        ),
        ("Over een landelijk register wil ik eerst spreken met de VNG en de brandweer.", "spreken"),
        # not: an aim, a reason stating how things are, a month of this year that has passed, showing by words
        ("Ik wil daarmee bereiken dat we over drie jaar weten welke aanpak werkt.", None),
        ("Het gaat om de binnenvaart, die wij de komende jaren willen laten groeien.", None),
        (
            "Een kortere termijn helpt weinig, omdat de meeste storingen al binnen een week worden verholpen.",
            None,
        ),
        ("De ACM heeft in maart van dit jaar een studie naar webwinkels gepubliceerd.", None),
        ("Ik wil laten zien dat het anders kan.", None),
        ("Ik wil hier spreken van een doorbraak.", None),
        # holdout49-54 (opened), in our own words: an aim to reach, a rule to take effect, a fine doubled for
        # "die overtreding", a national service of the ministry, a later annual report
        ("Ik streef ernaar dat de regeling op 1 januari 2028 in werking treedt.", "in werking treden"),
        ("De wijzigingen wil ik in werking laten treden per 1 juli 2027.", "in werking laten treden"),
        ("Ik zal de boete voor die overtreding per 1 januari 2027 verhogen.", "verhogen"),
        (
            "De Rijksdienst voor het Cultureel Erfgoed zal vanaf 2027 iedere aanvraag laten toetsen.",
            "toetsen",
        ),
        ("Over de resultaten wordt uw Kamer geïnformeerd in het jaarverslag over 2026.", "informeren"),
        # a relative clause inside the object, the modal's infinitive closing the sentence
        (
            "De Belastingdienst zal vanaf 2027 elke aanvraag die per post binnenkomt binnen tien dagen afhandelen.",
            "afhandelen",
        ),
        # not: waiting to see, a practice since a past year, a choice left to others
        ("Ik wil eerst zien hoe de nieuwe regels uitpakken.", None),
        ("Het CJIB handelt verzoeken sinds maart 2025 binnen vier weken af.", None),
        ("Ik laat die keuze liever aan de gemeenteraden, die hun inwoners kennen.", None),
    ],
)
def test_round_22_forms_after_holdout45_to_holdout54(sentence: str, expected: str | None) -> None:
    found = find_commitments(sentence, reference=D(2026, 10, 1))
    assert (found[0].action if found else None) == expected


@pytest.mark.parametrize(
    ("sentence", "reference", "expected"),
    [
        # holdout60 (opened), in our own words: Defence's commands and services carry out its measures
        (
            "De Commandant Landstrijdkrachten zal de oefenvoorschriften vóór 1 maart 2027 herzien.",
            "2026-06-01",
            True,
        ),
        (
            "In het voorjaar van 2027 start de Koninklijke Marine op drie schepen een proef met nachtrust.",
            "2026-06-01",
            True,
        ),
        # an agency by its acronym, and "zet … in" as an agency's measure
        ("De RvIG zal vanaf 2027 iedere klacht binnen vijf werkdagen behandelen.", "2026-06-01", True),
        ("Daartoe zet de IND in 2027 twintig extra medewerkers in op deze aanvragen.", "2026-06-01", True),
        ("In 2024 zette de IND twintig extra medewerkers in op deze aanvragen.", "2026-06-01", False),
        # holdout54 (opened): the practice since a season, with a new agency verb
        (
            "Sinds de zomer van 2024 zetten Rijkswaterstaat en de politie samen teams in op de plassen.",
            "2026-06-01",
            False,
        ),
        # holdout40 (opened): the Marechaussee, a police force with its own tasks, is no actor of ours
        (
            "De Douane en de Koninklijke Marechaussee zullen hun medewerkers zelf opleiden.",
            "2026-06-01",
            False,
        ),
        # holdout57 (opened): the subject left out after "en": the cabinet still promises
        (
            "Het kabinet blijft de fondsen steunen en streeft ernaar de nieuwe opzet in 2027 te laten ingaan.",
            "2026-06-01",
            True,
        ),
        # holdout57 (opened): a passive in what the report found is no act of ours
        (
            "Hij stelt vast dat de meeste dieren goed worden verzorgd, maar dat in de zomer veel dieren uitvallen.",
            "2026-01-10",
            False,
        ),
        # the first modal still promises: "zal … komen en wil …" (a real letter in the check set, our words)
        (
            "Het kabinet zal op korte termijn met een voorstel komen en wil het mogelijk maken dat gemeenten meedoen.",
            "2026-06-01",
            True,
        ),
        # holdout61-64 (opened), in our own words
        (
            "Vanaf 1 juli 2027 stuurt de Belastingdienst iedere burger bij wie beslag dreigt eerst een brief waaraan geen kosten zijn verbonden.",
            "2026-06-01",
            True,
        ),
        (
            "Het onderzoek is op mijn verzoek uitgevoerd, naar aanleiding van een motie van het lid De Boer.",
            "2026-06-01",
            False,
        ),
        (
            "Of daarin ruimte is voor een eigen regeling, hangt af van de besluitvorming in het voorjaar van 2027, waarop ik niet vooruit kan lopen.",
            "2026-06-01",
            False,
        ),
        (
            "Wel zal ik bij de herziening van die richtlijn, die in 2027 wordt verwacht, in Brussel pleiten voor een strengere norm.",
            "2026-06-01",
            True,
        ),
        (
            "Daarnaast zal ik de branche vragen om op iedere website te vermelden dat de klant kosteloos kan opzeggen.",
            "2026-06-01",
            True,
        ),
        (
            "Het kabinet zal daarom vanaf 2027 van ieder project vragen dat het de resultaten openbaar maakt.",
            "2026-06-01",
            True,
        ),
        ("Over de naleving van die norm rapporteer ik vanaf het jaarverslag 2027.", "2026-06-01", True),
        (
            "Wel laat ik het loket vanaf het najaar van 2026 ook bereikbaar maken via de app.",
            "2026-02-12",
            True,
        ),
        # not another subject's clause in between
        ("Ik vind dat gemeenten meer moeten doen en zullen de regels aanpassen.", "2026-06-01", False),
    ],
)
def test_round23_actors_and_coordination(sentence: str, reference: str, expected: bool) -> None:
    assert bool(find_commitments(sentence, D.fromisoformat(reference))) is expected


@pytest.mark.parametrize(
    ("sentence", "reference", "actor", "action"),
    [
        # holdout65/66 (opened), in our own words. One list of executive services serves every form
        # (`kamerstuk.patterns.agencies`): a command promises with a dated present tense as with "zal"
        (
            "De Commandant Luchtstrijdkrachten laat vanaf 1 april 2027 elke vlucht vooraf controleren.",
            "2026-06-01",
            "Commandant Luchtstrijdkrachten",
            "laten",
        ),
        (
            "De Rijksvoorlichtingsdienst zal de persberichten vanaf 2027 ook in eenvoudige taal uitbrengen.",
            "2026-06-01",
            "de Rijksvoorlichtingsdienst",
            "uitbrengen",
        ),
        # "zet" is a present form of three letters
        (
            "Daarom zet de Minister van Financiën de regeling vanaf 2027 om in een wet.",
            "2026-06-01",
            "Minister van Financiën",
            "omzetten",
        ),
        # a prepositional phrase with "over" after the particle
        (
            "Verder stel ik met de gemeenten een leidraad op over de uitvoering, die vóór 1 mei 2027 klaar is.",
            "2026-06-01",
            "ik",
            "opstellen",
        ),
        # a relative clause inside the object closed by a comma, the modal's infinitives after it
        (
            "Ook zal ik bij elke subsidie die aan sportclubs gaat, laten nagaan of de club al steun krijgt.",
            "2026-06-01",
            "ik",
            "nagaan",
        ),
        # holdout67/68 (opened after their blind measures), in our own words: more services, the
        # Minister-President, a verb that is an act only with its particle
        (
            "Vanaf de aanvraagronde van 2027 controleert DUS-I een op de vijf aanvragen.",
            "2026-06-01",
            "DUS-I",
            "controleren",
        ),
        (
            "De Minister-President laat dit in het voorjaar van 2027 onderzoeken.",
            "2026-06-01",
            "Minister-President",
            "laten",
        ),
        (
            "Wel houd ik vanaf 2027 een deel van het budget apart voor kleine scholen.",
            "2026-06-01",
            "ik",
            "aparthouden",
        ),
        # a day to come set for the act ("op 1 maart 2027")
        ("De nieuwe aanvraagronde wordt op 1 maart 2027 opengesteld.", "2026-06-01", None, "opengesteld"),
    ],
)
def test_round24_services_and_dated_acts(
    sentence: str, reference: str, actor: str | None, action: str
) -> None:
    found = find_commitments(sentence, D.fromisoformat(reference))
    assert [(c.actor, c.action) for c in found] == [(actor, action)]


@pytest.mark.parametrize(
    "sentence",
    [
        # a past day is an event told, not an act to come
        "De nieuwe aanvraagronde is op 1 maart 2026 opengesteld.",
        "Op 12 maart 2026 heeft de Commandant Luchtstrijdkrachten de vluchten stilgelegd.",
        # an observation stays one
        "Ik stel vast dat de leidraad vóór 1 mei 2027 klaar moet zijn.",
        # "houd vast aan" states a position
        "Vanaf 2027 houd ik vast aan de huidige norm.",
        # a law in force prescribes; an act at our request told in the past (holdout66, in our own words)
        "De Algemene wet bestuursrecht schrijft al voor dat binnen een redelijke termijn wordt beslist, en de "
        "meeste provincies doen dat binnen acht weken.",
        "Kort daarna rondde bureau Ecorys in mijn opdracht de evaluatie van de regeling af.",
    ],
)
def test_round24_not_commitments(sentence: str) -> None:
    assert find_commitments(sentence, D(2026, 6, 1)) == []


def test_a_negation_inside_a_compound_declines_nothing() -> None:
    """holdout68 (opened), in our own words: "niet-" opening a compound ("de niet-beursgenoteerde bedrijven") is
    no negation of the measure."""
    found = find_commitments(
        "Het kabinet beperkt de regeling daarom vanaf 2027 tot de niet-beursgenoteerde bedrijven.",
        D(2026, 6, 1),
    )
    assert [(c.action, c.firmness) for c in found] == [("beperken", "firm")]
    declined = find_commitments(
        "Het kabinet beperkt de regeling vanaf 2027 niet tot kleine bedrijven.", D(2026, 6, 1)
    )
    assert [c.firmness for c in declined] == ["negated"]


def test_a_day_named_again_takes_the_window_of_the_day_named_before() -> None:
    # numbered measures one per paragraph: "vanaf dezelfde datum" in the second is the first's day
    text = (
        "1. Vanaf 1 februari 2023 kunnen lokale omroepen op afstand vragen stellen tijdens de persconferentie.\n\n"
        "2. De RVD reserveert vanaf dezelfde datum vier plaatsen in de perszaal voor regionale media."
    )
    p2 = text.index("2. De RVD")
    got = find_commitments(text, REF, [("p1", 0, p2 - 2), ("p2", p2, len(text))])
    second = next(c for c in got if c.paragraph == "p2")
    assert second.deadline is not None
    assert (second.deadline.text, second.deadline.rule) == ("vanaf dezelfde datum", "zelfde-datum")
    assert second.deadline.earliest == D(2023, 2, 1)
    assert text[second.deadline.start : second.deadline.end] == second.deadline.text
    assert second.start <= second.deadline.start < second.deadline.end <= second.end


def test_a_day_named_again_that_has_passed_makes_no_promise() -> None:
    text = "De Kamer ontving het voorstel op 12 maart 2022. De Belastingdienst verstuurt vanaf die datum geen aanmaningen."
    assert find_commitments(text, REF) == []


def test_a_web_address_keeps_its_dot_in_the_object() -> None:
    """The dot of "Rijksoverheid.nl" no longer ends the clause the measure is read in, and the object shown
    is written as in the letter."""
    got = find_commitments(
        "Daarnaast laat ik de uitleg op Rijksoverheid.nl uitbreiden met een stappenplan.", REF
    )
    assert len(got) == 1 and got[0].action == "uitbreiden"
    assert "Rijksoverheid.nl" in got[0].text
    shown = find_commitments("Ik zal de uitleg op Rijksoverheid.nl uitbreiden.", REF)
    assert [c.object for c in shown] == ["de uitleg op Rijksoverheid.nl"]


def test_a_clause_after_a_semicolon_commits_for_the_whole_sentence() -> None:
    """holdout107/108 (opened), in our own words: "…; ik pas daarvoor de regeling aan." holds the promise in its
    second clause; the commitment is the whole sentence, its deadline one of that clause."""
    text = (
        "De nieuwe vergoeding gaat in op 1 januari 2027; ik pas daarvoor vóór 1 oktober 2026 de regeling aan."
    )
    got = find_commitments(text, REF)
    assert [(c.text, c.action) for c in got] == [(text, "aanpassen")]
    assert got[0].deadline is not None and got[0].deadline.text == "vóór 1 oktober 2026"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a cost covered from a budget is a budget decision; "afdekken" and a scheme's cover are not
        ("De kosten dekt het kabinet uit de middelen voor de uitvoering van het pact.", True),
        (
            "De derving van ongeveer 90 miljoen euro per jaar dekt het kabinet binnen het inkomstenkader.",
            True,
        ),
        ("Daarnaast dekken we steeds meer grond af voor nieuwe wijken.", False),
        ("De premie dekt sinds 2023 ook schade door hagel.", False),
        # a draft notified to the European Commission; not a finding reported
        ("De ontwerpregeling wordt in het voorjaar van 2027 bij de Europese Commissie gemeld.", True),
        ("In het voorjaar van 2027 wordt in de monitor gemeld hoe het ervoor staat.", False),
        # Nederland taking the lead; a consular service and a pair of services acting at a date
        ("Nederland neemt het initiatief voor zo'n coalitie en zal haar in december 2027 presenteren.", True),
        (
            "Het Consulair Contactcentrum stuurt vanaf 1 januari 2027 binnen een dag een brief aan de nabestaanden.",
            True,
        ),
        ("Het COA en GGD GHOR Nederland maken vóór 1 oktober 2027 afspraken over de dossiers.", True),
        ("Het COA en Vluchtelingenwerk Nederland hebben in 2025 afspraken gemaakt.", False),
    ],
)
def test_round_30_costs_notifications_and_services(text: str, found: bool) -> None:
    assert bool(find_commitments(text, REF)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "dat" after an intention is a determiner (an intention takes no "dat"-clause); after an expectation a clause
        ("Ik ben voornemens dat bewijs vanaf 2028 verplicht te stellen.", True),
        ("Het kabinet is voornemens dat wetsvoorstel in 2027 in te dienen.", True),
        ("Ik verwacht dat de gemeenten dit jaar een plan te kunnen maken.", False),
        # "stel … in" and "leg … aan" (a place after the particle) are measures; other senses are not
        ("Ik stel een commissie in die de aanvragen beoordeelt.", True),
        ("Samen met Rijkswaterstaat leg ik tot 2028 vijf nieuwe paaigebieden aan langs de dijk.", True),
        ("Ik stel mij op het standpunt dat dit niet nodig is.", False),
        ("Ik leg de nadruk op preventie.", False),
    ],
)
def test_round_30_intentions_with_a_determiner_and_particles(text: str, found: bool) -> None:
    assert bool(find_commitments(text, REF)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the subject first, then what it receives from a day to come: a scheme of ours changed at that day
        (
            "Rijksambtenaren die zitting nemen in een stembureau, krijgen vanaf de verkiezingen van 2027 een extra verlofdag.",
            True,
        ),
        (
            "Het afwegingskader krijgt per 1 juli 2027 een verplichte vraag naar de gevolgen voor jongeren.",
            True,
        ),
        (
            "Een toelichting per telefoon is niet uitvoerbaar; wel krijgt iedere brief vanaf het voorjaar van 2027 een direct telefoonnummer.",
            True,
        ),
        # facing something, or receiving it already
        ("Veel huishoudens krijgen vanaf 2027 te maken met een hogere energierekening.", False),
        ("Ouders krijgen sinds 2024 een hogere kinderbijslag.", False),
    ],
)
def test_round_30_a_scheme_changed_at_a_day_to_come(text: str, found: bool) -> None:
    assert bool(find_commitments(text, REF)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # what our bill will lay down; not denied, not another's bill
        ("Het wetsvoorstel zal daartoe een leeftijdsgrens bevatten.", True),
        ("Het wetsvoorstel zal de zeggenschap over lichaamsmateriaal voor alle toepassingen regelen.", True),
        ("Het wetsvoorstel zal geen leeftijdsgrens bevatten.", False),
        ("Het wetsvoorstel van de initiatiefnemers zal een verbod bevatten.", False),
    ],
)
def test_round_30_what_our_bill_will_lay_down(text: str, found: bool) -> None:
    assert bool(find_commitments(text, REF)) is found


def test_round_30_a_determiner_after_the_modal_keeps_the_negation_in_view() -> None:
    """holdout114 (opened), in our own words: "Ik wil die vraag niet … beantwoorden" declines; "die" right after the
    modal is a determiner, no relative clause that would hide the "niet"."""
    (c,) = find_commitments("Ik wil die vraag niet voor één drempel afzonderlijk beantwoorden.", REF)
    assert c.firmness == "negated"
    (c,) = find_commitments("Ik zal dat onderzoek in 2027 laten uitvoeren.", REF)
    assert c.firmness == "firm"
    (c,) = find_commitments("Ik zal die regeling, die niet meer werkt, in 2027 afschaffen.", REF)
    assert c.firmness == "firm"  # the negation of a relative clause between commas is not ours


def test_round_30_a_promise_of_a_predecessor_with_a_long_debate_name_refers_back() -> None:
    text = (
        "Mijn ambtsvoorganger heeft tijdens het commissiedebat mkb-financiering van 12 maart 2026 toegezegd op deze "
        "studie te reageren."
    )
    (c,) = find_commitments(text, REF)
    assert c.kind == "refers"


def test_round_30_a_sum_between_commas_does_not_end_the_clause() -> None:
    (c,) = find_commitments(
        "Wel stel ik de vrijgekomen middelen, 3 miljoen euro per jaar, in 2027 en 2028 beschikbaar voor een programma.",
        REF,
    )
    assert c.action == "beschikbaar stellen"


def test_round_30_what_a_subject_receives_from_the_day_named_before() -> None:
    """holdout114 (opened), in our own words: "vanaf die datum" takes the day of the sentence before."""
    text = (
        "Vanaf 1 september 2026 publiceer ik de termijnen. Daarnaast krijgt iedere aanvrager vanaf die datum een "
        "ontvangstbevestiging."
    )
    got = find_commitments(text, REF)
    assert [c.text.split()[0] for c in got] == ["Vanaf", "Daarnaast"]
    assert got[1].deadline is not None and got[1].deadline.rule == "zelfde-datum"
    # with no day named before, "vanaf die datum" dates nothing
    assert (
        find_commitments("Daarnaast krijgt iedere aanvrager vanaf die datum een ontvangstbevestiging.", REF)
        == []
    )


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # holdout116 (opened), in our own words: "gaat … na" of the cabinet; a series opener with "in <year>"
        ("Het kabinet gaat daarom eerst met de VNG na hoe groot de verschillen tussen gemeenten zijn.", True),
        ("Het kabinet gaat uit van een groei van twee procent.", False),
        ("Daarnaast krijgt iedere inrichting in 2027 een vaste medewerker die de meldingen bijhoudt.", True),
        ("Daarnaast krijgen gemeenten in 2027 te maken met hogere kosten.", False),
        ("Daarnaast kregen de scholen in 2024 een brief.", False),
    ],
)
def test_round_30_an_inquiry_of_the_cabinet_and_a_year_in_a_series(text: str, found: bool) -> None:
    assert bool(find_commitments(text, REF)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # holdout116 (opened), in our own words: a service or scheme of ours reachable or open from a day to come
        ("Het Informatiepunt wordt vanaf 1 april 2027 ook op zaterdag bereikbaar.", True),
        ("De regeling wordt per 1 juli 2027 ook voor zzp'ers toegankelijk.", True),
        # a study's outcome, a forecast, a state since a day gone by
        ("Het rapport wordt vanaf 1 maart 2027 beschikbaar op de website van de inspectie.", False),
        ("Het loket wordt naar verwachting vanaf 2027 beschikbaar.", False),
        ("Het loket is sinds 2024 bereikbaar.", False),
    ],
)
def test_round_30_reachable_from_a_day_to_come(text: str, found: bool) -> None:
    assert bool(find_commitments(text, REF)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # holdout115 (opened), in our own words: "over" inside the object is a preposition, not "neemt … over"
        (
            "In plaats daarvan neemt de IND vanaf 2027 een vraag over de wachttijd op in haar klantonderzoek.",
            True,
        ),
        ("Vanaf 2027 neemt de IND de aanbeveling over.", False),
        # what a subject can do from a day to come, the subject after the verb
        ("Daarnaast kunnen reizigers vanaf 1 mei 2027 ook zonder reservering instappen.", True),
        ("Volgens de verordening kunnen exploitanten vanaf 2027 een ontheffing aanvragen.", False),
        ("Bewoners kunnen sinds 2024 al zonder afspraak langskomen.", False),
    ],
)
def test_round_31_an_agency_object_with_over_and_an_enabled_subject(text: str, found: bool) -> None:
    assert bool(find_commitments(text, REF)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # holdout118 (opened), in our own words: results still to come, told in the present tense ...
        ("Over de uitkomsten daarvan informeer ik uw Kamer.", True),
        ("Na afloop van de consultatie informeer ik uw Kamer over de reacties.", True),
        ("Hierbij informeer ik uw Kamer over de resultaten van de proef.", False),
        ("Ik informeer uw Kamer hieronder over de uitkomsten van het onderzoek.", False),
        # ... going into a matter in a later document of the minister's own ...
        ("Ik ga hier in mijn volgende voortgangsbrief nader op in.", True),
        ("In deze brief ga ik in op de aanbevelingen.", False),
        # ... Dienst Toeslagen by its short name, an indirect question's negation, "aanspreken", a matter left
        # to others
        ("Toeslagen stuurt ouders vanaf april 2027 ieder kwartaal een bericht.", True),
        # (the plural noun, no service: round 58 reads "uitbetaald" as a participle, so a passive to come such as
        # "Toeslagen worden vanaf 2027 maandelijks uitbetaald" is now a step of ours; the plural is kept here with a
        # verb of no act)
        ("Toeslagen zijn vanaf 2027 voor veel ouders hoger.", False),
        (
            "In het jaarverslag van het fonds vermeld ik vanaf het verslagjaar 2027 hoeveel kilometer weg nog niet aan de norm voldoet.",
            True,
        ),
        ("Ik spreek de overige gemeenten daar via de provincies op aan.", True),
        ("Dat laat ik aan de professionaliteit van docenten over.", False),
    ],
)
def test_round_31_results_later_documents_short_names_and_left_to_others(text: str, found: bool) -> None:
    assert bool(find_commitments(text, REF)) is found


def test_round_31_an_intention_told_in_an_earlier_letter_refers_back() -> None:
    found = find_commitments(
        "In mijn brief van 14 juni 2026 heb ik aangegeven dat het kabinet die motie wil uitvoeren.", REF
    )
    assert [c.kind for c in found] == ["refers"]


def test_round_31_a_second_clause_with_its_own_modal_is_not_negated_by_the_first() -> None:
    found = find_commitments(
        "Ik neem deze aanbeveling niet over en zal de huidige aanpak in 2027 evalueren.", REF
    )
    assert [c.firmness for c in found] == ["firm"]
    found = find_commitments("Ik zal de regeling niet verlengen en zal haar ook niet uitbreiden.", REF)
    assert [c.firmness for c in found] == ["negated"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # holdout119 and holdout120 (opened), in our own words: "overgaan tot", "inbrengen", "het Rijk maakt afspraken"
        ("Het kabinet gaat over tot de oprichting van een landelijk steunpunt.", True),
        ("Ik breng dit voorstel samen met twee lidstaten in tijdens de Milieuraad van juni 2027.", True),
        ("Voor die gebieden maakt het Rijk met de gemeenten bindende afspraken over de planning.", True),
        ("Het kabinet maakt zich zorgen over de stijgende kosten.", False),
        ("Ik breng in herinnering dat de wet onlangs is gewijzigd.", False),
        # what a study is about, and the report's forecast, are no acts of ours
        (
            "De studie is op verzoek van mijn ministerie uitgevoerd en gaat over de vraag hoeveel woningen er komen.",
            False,
        ),
        ("Ik ga over de uitkomsten in gesprek met de sector.", True),
        (
            "Het doel om de uitstoot in 2030 te halveren wordt volgens de raad bij ongewijzigd beleid niet gehaald.",
            False,
        ),
    ],
)
def test_round_31_proceeding_to_an_act_proposals_agreements_and_forecasts(text: str, found: bool) -> None:
    assert bool(find_commitments(text, REF)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # holdout121 (opened), in our own words: a term "binnen acht weken" of a practice is no time to come ...
        ("Het UWV beslist binnen acht weken op een aanvraag.", False),
        (
            "Deelnemers die drie jaar niet reageren, krijgen een herinnering; reageren zij niet binnen acht weken, dan "
            "worden hun gegevens verwijderd.",
            False,
        ),
        # ... unless we promise it, or the Kamer is informed within it
        ("Ik stuur uw Kamer binnen zes weken een reactie op het rapport.", True),
        ("Uw Kamer wordt binnen drie maanden geïnformeerd.", True),
    ],
)
def test_round_31_a_standing_term_is_no_time_to_come(text: str, found: bool) -> None:
    assert bool(find_commitments(text, REF)) is found


def test_round_31_the_day_named_before_beside_a_term() -> None:
    text = (
        "Vanaf 1 juli 2027 behandelt één team van de Belastingdienst alle verzoeken. Daarnaast krijgt iedere verzoeker "
        "vanaf die datum binnen acht weken een ontvangstbevestiging."
    )
    got = find_commitments(text, REF)
    assert [c.deadline.rule if c.deadline else None for c in got] == ["vanaf-datum", "zelfde-datum"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # holdout121 (opened), in our own words: a limit set, a scheme of ours opening on a day to come
        (
            "Het kabinet stelt daarom een plafond aan de hoeveelheid hout waarvoor subsidie wordt verleend.",
            True,
        ),
        ("Het rapport stelt een plafond voor.", False),
        ("De regeling, die RVO uitvoert, gaat op 1 april 2027 open.", True),
        ("De regeling gaat in 2027 niet open.", False),
        ("De winkels gaan in 2027 op zondag open.", False),
    ],
)
def test_round_31_a_limit_set_and_a_scheme_opening(text: str, found: bool) -> None:
    assert bool(find_commitments(text, REF)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # holdout78 and holdout105 (opened), in our own words: a moment of a thing to come; a bureau we have evaluate
        ("Over de afspraken met de theeraden informeer ik uw Kamer bij de start van het programma.", True),
        ("De maatregelen worden in 2029 door een extern bureau geëvalueerd.", True),
        ("De aanvragen worden in 2027 door de gemeenten beoordeeld.", False),
        # (a wish that it be evaluated is no promise to do so)
        (
            "Ik vind het van belang dat de regeling volgend jaar wordt geëvalueerd door een onafhankelijk bureau.",
            False,
        ),
    ],
)
def test_round_31_the_start_of_a_programme_and_an_external_evaluator(text: str, found: bool) -> None:
    assert bool(find_commitments(text, REF)) is found


# --- round 32: holdout117 and holdout122 opened (each form in our own words) ---


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # a relative adverb closes the modal's clause: the infinitive before it is the act
        (
            "Het kabinet zal in 2028 een wetswijziging voorstellen waarbij een gemeente die de norm haalt, minder "
            "hoeft bij te dragen.",
            True,
        ),
        # "wil ik laten uitzoeken" inquires, like "wil ik laten onderzoeken"
        ("Of een tweede loket iets toevoegt, wil ik eerst laten uitzoeken.", True),
        # "ik" with a plural verb is a perfect ("heb ik laten onderzoeken"), no present-tense measure
        ("Ten tweede heb ik laten onderzoeken of de SVB de uitkering kan voorschieten.", False),
        ("Ten tweede laat ik onderzoeken of de SVB de uitkering kan voorschieten.", True),
        # a power or a task handed to a service in the present tense
        (
            "Wel geef ik de toezichthouders van de NVWA de bevoegdheid om een partij vis terug te roepen.",
            True,
        ),
        ("Ik geef u hierbij een overzicht van de stand van zaken.", False),
    ],
)
def test_round_32_forms(text: str, promised: bool) -> None:
    assert bool(find_commitments(text, REF)) is promised


def test_round_32_a_later_letter_that_goes_into_something_promises_it() -> None:
    """holdout122 (opened), in our own words: the next letter as the subject of "gaat in op"."""
    got = find_commitments(
        "De volgende voortgangsbrief over de jeugdzorg, die u in maart 2027 ontvangt, gaat in op de wachtlijsten.",
        REF,
    )
    assert len(got) == 1 and got[0].action == "ingaan op"
    assert find_commitments("De volgende voortgangsbrief gaat in op de wachtlijsten.", REF)
    assert not find_commitments("Deze brief gaat in op de wachtlijsten.", REF)
    assert not find_commitments("De vorige voortgangsbrief ging in op de wachtlijsten.", REF)


def test_round_32_another_minister_by_a_pronoun_a_sentence_between() -> None:
    """The office named earlier in the paragraph, or as "mijn ambtgenoot", is the antecedent of "Hij"/"Zij" with a
    singular verb; "Zij zullen …" after a plural subject is others."""
    got = find_commitments(
        "De Minister van Klimaat en Groene Groei ziet geen ruimte voor een subsidie. Scholen kunnen al gebruikmaken "
        "van het fonds. Zij zal het fonds wel vragen de aanvraag te vereenvoudigen.",
        REF,
    )
    assert [c.actor for c in got] == ["Minister van Klimaat en Groene Groei"]
    got = find_commitments(
        "Ik heb de aanbeveling onder de aandacht van mijn ambtgenoot gebracht. Zij betrekt haar bij de verkenning, "
        "waarover zij uw Kamer dit najaar zal berichten.",
        REF,
    )
    assert len(got) == 1
    assert not find_commitments("De gemeenten zien ruimte. Zij zullen de regels in 2027 aanpassen.", REF)


def test_round_32_a_named_document_at_the_moment_it_is_sent() -> None:
    got = find_commitments("Ik informeer uw Kamer daarover bij de indiening van het Belastingplan 2028.", REF)
    assert len(got) == 1 and got[0].action == "informeren"


# --- round 33: holdout123 to holdout126 opened (each form in our own words) ---


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # "meld ik dat uw Kamer": "dat" is the thing told, the Kamer the receiver (not a "dat"-clause told now)
        ("Mocht de invoering vertraging oplopen, dan meld ik dat uw Kamer.", True),
        ("Hierbij meld ik uw Kamer dat de regeling is gewijzigd.", False),
        # a delivery before an event still to come
        ("Uw Kamer wordt vóór de inwerkingtreding van de wet over de uitvoeringsregels geïnformeerd.", True),
        ("Ik informeer uw Kamer vóór de opening van de nieuwe aanvraagronde over de voorwaarden.", True),
        # "ken … toe" is "toekennen" ("ken" alone is "know")
        (
            "Vanaf 1 januari 2028 ken ik alleen nog subsidie toe aan projecten met een sluitende begroting.",
            True,
        ),
        ("Vanaf 1 januari 2028 ken ik de nieuwe regels goed.", False),
        # a reason clause without its comma states how things are
        ("De vrijstelling is destijds ingevoerd omdat deze gewassen pas in oktober worden geoogst.", False),
        # a delivery verb at the end of a relative clause, with a time to come
        (
            "Ik neem het advies mee in de herziening van het stelsel, waarvan ik de uitkomsten in het voorjaar van "
            "2028 met uw Kamer deel.",
            True,
        ),
        ("Het rapport, dat ik hierbij met uw Kamer deel, is openbaar.", False),
        # the order this letter keeps is discourse, no promise
        ("Hierbij zal ik zoveel mogelijk de volgorde van de vragen aanhouden.", False),
    ],
)
def test_round_33_forms(text: str, promised: bool) -> None:
    assert bool(find_commitments(text, REF)) is promised


def test_round_33_the_negation_of_a_relative_clause_is_not_the_request_s() -> None:
    """ "… bedrijven waar geen vergunning meer voor nodig is, uit het register te halen": "geen" belongs to the
    relative clause (before: the request read as negated)."""
    got = find_commitments(
        "Ik vraag de NVWA daarom de vergunningen in 2027 te controleren en bedrijven waar geen vergunning meer voor "
        "nodig is, uit het register te halen.",
        REF,
    )
    assert [c.firmness for c in got] == ["firm"]
    declined = find_commitments("Ik vraag de NVWA de vergunningen niet te controleren.", REF)
    assert [c.firmness for c in declined] == ["negated"]


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # a condition we set, dated
        ("Ik stel vanaf 2028 als voorwaarde dat aanbieders een accountantsverklaring meesturen.", True),
        ("Ik stel vast dat de regeling in 2028 afloopt.", False),
        # a "dat"-clause between the first verb and the modal, closed by a comma before "en"
        (
            "Ik deel de analyse dat gemeenten meer ruimte nodig hebben, en zal de regeling in 2028 aanpassen.",
            True,
        ),
        ("De gemeenten vinden dat het kabinet meer moet doen, en zullen zelf in 2028 een plan maken.", False),
        # Defence's commands act for the minister
        ("Het Commando Luchtstrijdkrachten stelt vóór 1 juli 2028 een nieuw voorschrift op.", True),
        # a when-clause after a delivery of ours
        ("Over de uitwerking informeer ik uw Kamer wanneer de wijziging in consultatie gaat.", True),
        ("Hierbij informeer ik uw Kamer wanneer de regeling ingaat.", False),
    ],
)
def test_round_33_forms_of_holdout127_and_holdout128(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # priority we give, dated
        (
            "Ten eerste geef ik agenten die mantelzorger zijn vanaf 1 maart 2028 voorrang bij de roosterplanning.",
            True,
        ),
        ("Vanaf 2028 geef ik een overzicht.", False),
        # a ministry's service centre acts for it
        ("Het Dienstencentrum Huisvesting wijst de locaties in het eerste kwartaal van 2028 aan.", True),
        # a reflexive verb states a scope, no measure
        ("Het kabinet beperkt zich daarom tot de eigen ambtenaren.", False),
        ("Het kabinet beperkt de plicht in 2028 tot de grote bedrijven.", True),
    ],
)
def test_round_33_forms_of_holdout129_and_holdout130(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # our promise told in a "dat"-clause, the modal at its end
        (
            "Tot slot kan ik u melden dat ik vóór 1 juli a.s. een besluit zal nemen over de vergunningen.",
            True,
        ),
        ("Ik verzeker u dat wij de regeling in 2028 zullen aanpassen.", True),
        ("Ik kan u melden dat ik de regeling heb aangepast.", False),
        # a hope voiced is no act
        ("Ik spreek de hoop uit dat het wetsvoorstel op korte termijn kan worden behandeld.", False),
        # the order this letter keeps, whatever adverb before it
        ("Daarbij zal ik uitgaan van de volgorde en indeling die de leden mij hebben aangereikt.", False),
        ("Ik zal in 2028 uitgaan van de nieuwe normen.", True),
    ],
)
def test_round_33_forms_of_real_check_sets(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Minister Jansen zal in maart 2028 met een reactie komen.", "Minister Jansen"),
        ("Staatssecretaris Van der Berg zal de regeling in 2028 aanpassen.", "Staatssecretaris Van der Berg"),
        ("Minister-president De Wit zal in april 2028 met een reactie komen.", "Minister-president De Wit"),
    ],
)
def test_round_33_a_minister_by_title_and_name_as_the_press_writes(text: str, actor: str) -> None:
    (c,) = find_commitments(text, REF)
    assert c.actor == actor
    assert not find_commitments("Volgens Minister Jansen is het rapport helder.", REF)


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # a text or rule of ours reworked, in the present passive with a time to come
        (
            "Het standaardformulier wordt dit jaar herschreven, zodat aanvragers weten welke stukken nodig zijn.",
            True,
        ),
        ("De beleidsregel wordt in 2023 gewijzigd.", True),
        ("Het standaardformulier is vorig jaar herschreven.", False),
        # a circular of the Gemeentefonds as the moment from which
        (
            "Vanaf de meicirculaire 2023 bevat de toelichting bij elke nieuwe uitkering een doelbeschrijving.",
            True,
        ),
        ("De meicirculaire 2021 bevatte geen doelbeschrijving.", False),
        # "om vragen … of als …": two conditions inside the rule we lay down, not a member's question
        (
            "Per 1 juni 2023 leg ik in de afspraken vast dat een overplaatsing alleen mag als de bewoner daar zelf "
            "om vraagt of als zijn veiligheid dat vereist.",
            True,
        ),
        ("Het lid vraagt of de minister de regeling in 2023 aanpast.", False),
        # a relative clause's passive is not the sentence's: others act
        (
            "De huurdersbond en de corporaties zullen een voorbeeldbrief opstellen waarmee bewoners worden uitgenodigd.",
            False,
        ),
        ("Uw Kamer zal daarover in het najaar worden geïnformeerd.", True),
        # a necessity, and a requirement, are no act of ours
        (
            "Loopt het aantal aanvragen in 2023 terug, dan is dat een teken dat de aanpak moet worden herzien.",
            False,
        ),
        (
            "Een register dat voor iedereen open is, vergt dat bij elke inschrijving wordt nagegaan of de privacy zich verzet.",
            False,
        ),
        ("Bij elke inschrijving wordt vanaf 2023 nagegaan of de gegevens kloppen.", True),
    ],
)
def test_round_34_forms_of_holdout131_and_holdout132(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # a means declined inside a measure that is taken
        (
            "Ik breng het aantal partnerlanden in 2023 terug tot vijf door twee programma's niet te verlengen.",
            True,
        ),
        # an elided measure after ", maar"
        ("Ik houd de bijdrage op 20 procent, maar verhoog haar tot 30 procent voor kleine clubs.", True),
        ("Ik deel de zorg, maar verhoog het budget niet.", False),
        # a plural noun before an enumeration's comma is no verb of ours
        (
            "Uit gesprekken die ik dit jaar met ouders, scholen en gemeenten heb gevoerd, blijkt dat de regels knellen.",
            False,
        ),
        # waiting to know first
        (
            "Wat de rol van de gemeenten betreft, wil ik eerst weten hoe die zich verhoudt tot hun plannen.",
            False,
        ),
        ("Ik wil weten welke gemeenten meedoen en zal uw Kamer in 2023 informeren.", True),
    ],
)
def test_round_34_forms_of_holdout133_and_holdout134(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


def test_round_34_the_day_named_before_in_a_present_passive() -> None:
    """ "… worden vanaf die datum vermeld": "die datum" opens no relative clause (before: the participle was missed)."""
    text = (
        "Het kabinet legt per 1 juli 2023 vast welke gegevens in iedere agenda staan. Ook telefonische afspraken "
        "worden vanaf die datum vermeld."
    )
    got = find_commitments(text, REF)
    assert [c.text.split()[0] for c in got] == ["Het", "Ook"]
    assert got[1].deadline is not None and got[1].deadline.earliest == D(2023, 7, 1)


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # the government as "de regering" (a nota, a memorie van toelichting)
        ("De regering zal de wet na drie jaar evalueren.", True),
        (
            "Aanleiding was de motie van het lid Jansen, die de regering verzocht na te gaan of de plicht volstaat.",
            False,
        ),
        # a request to another body as an intention (not the courtesy to the Kamer)
        ("Ook wil het kabinet de SER vragen om aandacht te besteden aan krimpregio's.", True),
        ("Ik wil uw Kamer vragen in te stemmen met het voorstel.", False),
        # a hope is no act
        ("Daarmee hoopt het kabinet deze groep in het najaar te beschermen.", False),
    ],
)
def test_round_34_forms_of_real_check_set_7(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


def test_round_34_what_an_earlier_letter_promised_is_referred_to() -> None:
    """ "In de brief is toegezegd dat uw Kamer … zal worden geïnformeerd": the modal is the content of the earlier
    promise (before: read as a new one)."""
    (c,) = find_commitments(
        "In de brief is toegezegd dat uw Kamer jaarlijks vóór het zomerreces zal worden geïnformeerd.", REF
    )
    assert c.kind == "refers"
    (renewed,) = find_commitments("Zoals toegezegd zal ik uw Kamer voor 1 juli 2023 informeren.", REF)
    assert renewed.kind == "new"


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # a later report delivers: "in deze brief" names what it reports on
        (
            "In de volgende voortgangsrapportage informeer ik uw Kamer over de uitvoering van de toezeggingen in deze "
            "brief.",
            True,
        ),
        ("Met deze brief informeer ik uw Kamer over de maatregelen.", False),
        # a norm declared to apply, once it exists
        ("Zodra die norm er is, verklaar ik haar van toepassing op alle evenementen.", True),
        ("Ik verklaar dat ik de brief heb gelezen.", False),
    ],
)
def test_round_34_forms_of_holdout135_and_holdout136(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # the verb before "als": "zal … aanhouden als ondergrens"
        ("Het kabinet zal daarom vier weken aanhouden als ondergrens.", True),
        # a later letter named by its month
        ("Daarover informeer ik uw Kamer in de brief over de wetgevingsagenda van september.", True),
        ("Hierover informeer ik uw Kamer in de brief van maart jl.", False),
        # the act named before, happening at a time to come
        (
            "Voor vier locaties is de aanvraag ingediend, en voor de overige twee gebeurt dat vóór 1 september 2023.",
            True,
        ),
        ("In Peru gebeurt dat sinds dit jaar.", False),
    ],
)
def test_round_34_forms_of_holdout137_and_holdout138(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # a tranche of a subsidy and Prinsjesdag as the moment from which
        ("Vanaf de tranche van 2023 sta ik voor kleine aanvragen een verkort formulier toe.", True),
        ("Ten eerste publiceert de RVD vanaf Prinsjesdag 2023 een samenvatting op taalniveau B1.", True),
        # an agency that shares signals is an act (not the view "deelt de analyse")
        ("Ten tweede deelt de Nederlandse Arbeidsinspectie vanaf 2023 signalen met de fondsen.", True),
        # "om het jaar" is a frequency, not a purpose clause
        ("Ik laat het onderzoek vanaf 2023 wel om het jaar uitvoeren.", True),
        ("Ik verhoog de subsidie om het mkb te helpen.", True),
    ],
)
def test_round_34_forms_of_holdout139_and_holdout140(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


def test_round_34_the_infinitive_of_a_short_verb_in_a() -> None:
    from kamerstuk.entities.commitment_dated import infinitive

    assert [infinitive(w) for w in ("sta", "ga", "spreek")] == ["staan", "gaan", "spreken"]


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # asking another body to do something: "vragen" the verb, not the noun
        ("Het kabinet zal de Europese Commissie vragen die meerwaarde in kaart te brengen.", True),
        # "het" the object pronoun after the actor, not an article
        (
            "Zodra het overzicht een jaar in gebruik is, laat ik het evalueren door een onafhankelijk bureau.",
            True,
        ),
        # waiting named as the reason of an act
        (
            "Ik geef de toezichthouder de bevoegdheid een last op te leggen, maar nog geen boetebevoegdheid, omdat ik "
            "eerst wil zien of die lichtere maatregel werkt.",
            True,
        ),
        ("Ik wil eerst zien hoe de nieuwe regels uitwerken.", False),
    ],
)
def test_round_34_forms_of_holdout141_and_holdout142(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


# --- round 35: holdout143 and holdout144 opened ---


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # the modal's verb followed by "binnen" (a preposition after the infinitive)
        ("Ik zal de extra inzet bekostigen binnen het budget van de Kustwacht.", True),
        ("De kosten blijven binnen de begroting.", False),
        # attention asked in another forum after a modal (not the letter's courtesy "uw aandacht")
        ("Wel zal ik in de Benelux-overleggen aandacht vragen voor een gezamenlijke aanpak.", True),
        ("Ik zal daar in Brussel aandacht voor vragen.", True),
        ("Graag vraag ik uw aandacht voor de bijgevoegde rapportage.", False),
        # a legal measure the government wants to take, its subject two ministers
        (
            "De Minister van Financiën en ik willen verhuurders met een wijziging van het besluit verplichten om "
            "de energielabels te tonen.",
            True,
        ),
        ("Als gemeenten een vergunningplicht willen invoeren, kunnen zij dat zelf regelen.", False),
        # a request made, dated only by the other body's process in a relative clause
        (
            "Ik heb de NZa gevraagd dat mee te nemen in de herziening van de beleidsregels, die in 2023 wordt "
            "afgerond.",
            False,
        ),
        ("Ik zal dit opnemen in de beleidsregels, die in 2023 worden herzien.", True),
    ],
)
def test_round_35_forms_of_holdout143_and_holdout144(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


def test_round_35_the_kamer_informed_in_an_overview_of_a_year() -> None:
    """ "Uw Kamer wordt … geïnformeerd in het overzicht van subsidies van 2023": a periodic overview named by what it
    lists and its year (before: no time, no promise)."""
    (c,) = find_commitments(
        "Uw Kamer wordt over de keuze geïnformeerd in het overzicht van subsidies van 2023.", REF
    )
    assert c.kind == "new"
    assert not find_commitments(
        "Uw Kamer is over de keuze geïnformeerd in het overzicht van subsidies van 2021.", REF
    )


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # "laat" + the pronoun "dat", a time, and the infinitive before the next act after "en"
        ("Ik laat dat dit jaar in kaart brengen en kom daarna op de aanbeveling terug.", True),
        ("Ik laat dat eerst uitzoeken en neem daarna een besluit.", True),
        ("Ik laat dat aantal in de tweede helft van 2022 tellen en neem op basis daarvan een besluit.", True),
        ("Ik laat dat aan de gemeenten over en neem daarna een besluit.", False),
    ],
)
def test_round_35_a_let_with_a_pronoun_and_the_next_act(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # a periodic report named by its season, its noun a compound
        ("In de kwartaalrapportage van het najaar informeer ik uw Kamer over de stand van zaken.", True),
        ("In mijn brief van maart jl. heb ik uw Kamer over de stand van zaken geïnformeerd.", False),
        # the means opening an aim, not a promise (a partner after "met" may still act with us)
        ("Met de verlenging van de regeling wil ik de schippers helpen hun bedrijf voort te zetten.", False),
        ("Daarmee wil het kabinet voorkomen dat de kosten oplopen.", False),
        # an offer to the Kamer with its te-infinitive (not the enclosure of the letter)
        ("Ik bied de vaste commissie aan deze cijfers jaarlijks vertrouwelijk ter inzage te leggen.", True),
        ("Graag bied ik uw Kamer aan om een technische briefing te verzorgen.", True),
        ("Hierbij bied ik u het rapport aan.", False),
        # a possibility from an application window of a year to come, an adverb after the modal
        ("Gemeenten kunnen daarvoor vanaf het tweede tijdvak van 2023 aanvragen indienen.", True),
        ("Gemeenten kunnen daarvoor vanaf 2020 aanvragen indienen.", False),
        # a ministry's official acting for the minister
        (
            "Vóór 1 januari 2023 stelt de Chief Information Officer van Defensie een overzicht op van de kennis die in "
            "eigen huis moet blijven.",
            True,
        ),
    ],
)
def test_round_35_forms_of_holdout145_and_holdout146(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # a short phrase of company between commas inside the modal's clause
        (
            "De Minister van OCW zal die cijfers, samen met mij, in het najaar van 2022 met de besturen bespreken.",
            True,
        ),
        # a yearly report with its maker between the noun and the year
        ("Over de voortgang informeer ik uw Kamer in het jaarverslag van de inspectie over 2022.", True),
        # present passives of participles with a short stem after a particle, or the inseparable "onder"
        ("De regeling wordt per 1 maart 2023 omgezet in een vaste subsidie.", True),
        ("De convenanten worden in december 2022 ondertekend.", True),
        ("De convenanten zijn in december 2021 ondertekend.", False),
    ],
)
def test_round_35_more_forms_of_the_open_splits(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # a modal inside a leading condition promises nothing
        (
            "Onder het voorbehoud dat de regering de vragen tijdig zal beantwoorden, acht de commissie de behandeling "
            "voldoende voorbereid.",
            False,
        ),
        ("Op voorwaarde dat de Kamer instemt, zal ik de regeling in 2022 aanpassen.", True),
        # the Kamer saying what it would like to receive
        ("Graag verneemt de commissie vóór 1 juni 2022 uw reactie op deze vragen.", False),
        ("Uw Kamer ontvangt vóór 1 juni 2022 een overzicht.", True),
        # a track or programme as a compound that starts at a time to come
        ("Dit najaar start een vervolgtraject met de gemeenten.", True),
        # the act right after "wil het kabinet", the clause ending on a plural noun
        ("Ten eerste wil het kabinet beginnen aan een herziening van de toeslagen.", True),
        ("Ik wil benadrukken dat de regels gelden.", False),
    ],
)
def test_round_35_forms_of_real_check_set_8(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # a possibility, not an inquiry announced
        ("Met die registratie kan ook worden nagegaan of het verbruik daalt.", False),
        ("Daarnaast wordt nagegaan of de regeling kan worden verlengd.", True),
        # acknowledging is no act, whatever time the clause after it names
        ("Ik onderken dat de borden binnen tien jaar slecht leesbaar worden.", False),
        # another party's document, dated in a relative clause that closes the sentence
        ("De eisen staan in een richtlijn van de brancheorganisatie, die in 2023 wordt herzien.", False),
        ("Ik leg dit vast in het handboek, dat vóór 1 december 2022 wordt geactualiseerd.", True),
    ],
)
def test_round_35_look_alikes_of_the_open_splits(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # "volgen" of the course of things after a modal of ours: monitoring
        (
            "Ik neem van deze aanbevelingen kennis en zal de uitvoering ervan volgen via de jaarlijkse monitor.",
            True,
        ),
        ("De Belastingdienst zal iedere melding zelf volgen tot het bezwaar is afgehandeld.", True),
        ("Daarna zal een evaluatie volgen.", False),
    ],
)
def test_round_35_monitoring_after_a_modal(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # support given with money is an act; support alone is agreement
        ("Ik ondersteun die campagne met een bijdrage van 200.000 euro.", True),
        ("Ik ondersteun de vereniging daarbij met een eenmalige subsidie.", True),
        ("Ik ondersteun dat initiatief.", False),
        ("Het kabinet steunt gemeenten met kennis en advies.", False),
    ],
)
def test_round_35_support_given_with_money(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # "ingaan" split before "op" and a day to come (before: the day was no deadline)
        ("De nieuwe toets gaat in op 1 september 2023.", True),
        ("De minister gaat in op de vraag van de commissie.", False),
        # appointing someone: "stel … aan"
        ("Per 1 juni 2022 stel ik bij de regionale dienst een vaste contactpersoon aan.", True),
        ("Ik stel vast dat de dienst de termijn per 1 juni 2022 haalt.", False),
        # a report named by the measures "in deze brief" is not this letter
        (
            "Uw Kamer ontvangt in het najaar van 2023 een overzicht van de stand van de afspraken in deze brief.",
            True,
        ),
        ("Hierbij ontvangt uw Kamer het overzicht van de afspraken.", False),
        # recurring reports in the plural carry a delivery to come
        (
            "Over de uitvoering van deze maatregelen rapporteer ik in de voortgangsrapportages van de dienst.",
            True,
        ),
        ("Die kosten zijn in de jaarverslagen over 2019 en 2020 verantwoord.", False),
        # a document of ours appearing at a time to come; not a study, not others'
        ("De leidraad verschijnt in het voorjaar van 2023.", True),
        ("Die evaluatie verschijnt in het najaar van 2023.", False),
        ("De handreiking van de VNG verschijnt in 2023.", False),
    ],
)
def test_round_36_forms_of_holdout147_to_holdout153(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # a sum set aside by us in a relative clause after it
        ("De regeling kost in totaal € 3 miljoen, die ik binnen de begroting van het fonds vrijmaak.", True),
        ("De kosten, die ik daarvoor reserveer, zijn nog niet bekend.", False),
        # the state chosen in a "dat"-clause, by us; not by another body
        ("Het kabinet kiest ervoor dat iedere gemeente een vast aanspreekpunt heeft.", True),
        ("De politie kiest ervoor dat de wijkagent dit gesprek voert.", False),
        # a study as the last part of a compound does not appear as ours
        ("Het vervolgonderzoek verschijnt in het najaar van 2023.", False),
    ],
)
def test_round_36_money_set_aside_and_a_state_chosen(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


def test_round_36_the_act_after_a_semicolon_keeps_its_own_window() -> None:
    """A day a rule takes effect before the semicolon ("gaat in op …", now a deadline) does not replace the window of
    the act after it."""
    text = (
        "De nieuwe toeslag gaat in op 1 maart 2023; ik pas daarvoor vóór 1 december 2022 de beleidsregel aan."
    )
    got = find_commitments(text, REF)
    assert len(got) == 1 and got[0].deadline is not None
    assert got[0].deadline.text == "vóór 1 december 2022"


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # drawing the Kamer's attention is no request to another party
        ("Los van dit advies vraag ik uw aandacht voor de motie over de wachttijden.", False),
        ("Ik vraag de inspectie om in 2023 een vervolgonderzoek te doen.", True),
        # a past form after a fronted time phrase: work done at our request
        ("Een maand later publiceerde het instituut in mijn opdracht een tweede rapport.", False),
        ("Vervolgens werkt de inspectie in mijn opdracht een plan uit.", True),
        # "sinds" between a present passive's auxiliary and its participle: the practice since then
        ("De uitkomsten worden sinds het jaarverslag over 2020 gepubliceerd.", False),
        ("De uitkomsten worden vanaf het jaarverslag over 2022 gepubliceerd.", True),
    ],
)
def test_round_36_look_alikes_of_the_open_splits(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


def test_round_36_the_ilt_by_its_full_name_acts_for_us() -> None:
    """ "De Inspectie Leefomgeving en Transport gaat vanaf … controleren" like "De ILT gaat …" (before: missed); an
    inspection unnamed stays out."""
    named = "De Inspectie Leefomgeving en Transport gaat vanaf 2023 ook buitenlandse schepen controleren."
    assert [c.actor for c in find_commitments(named, REF)] == ["de Inspectie Leefomgeving en Transport"]
    assert find_commitments("De inspectie gaat vanaf 2023 ook buitenlandse schepen controleren.", REF) == []


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # what others are given from a day to come is our measure
        ("Vanaf 1 augustus 2023 ontvangen scholen met veel nieuwkomers een aanvullend bedrag.", True),
        ("Vanaf 2023 stijgen de kosten voor scholen.", False),
        # "laat" after "en", its subject the opening "Ik": the act it governs
        ("Ik neem de tweede aanbeveling over en laat het register in 2023 uitbreiden.", True),
        ("Ik neem kennis van het advies en laat de raad weten dat ik het waardeer.", False),
        ("Ik dank de raad en laat de keuze in 2023 aan gemeenten over.", False),
    ],
)
def test_round_36_others_given_and_an_elided_let(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # lessons taken into a later piece of work of ours, named as one to come
        ("De lessen uit deze evaluatie neem ik mee in het nieuwe subsidiekader.", True),
        ("Die ervaringen nemen we mee bij de volgende aanbesteding.", True),
        ("Die ervaringen neem ik niet mee in de volgende aanbesteding.", False),
        ("Het advies neemt de gemeente mee in de nieuwe verordening.", False),
    ],
)
def test_round_36_lessons_taken_into_the_next_piece_of_work(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # our effort for a cause in another forum at a time to come; without one, the standing policy
        ("Ik zet mij in de Raad van juni 2022 in voor strengere Europese normen.", True),
        (
            "Daarom zet ik mij in 2023 in de Milieuraad voor een Europees verbod in en zoek steun bij Frankrijk.",
            True,
        ),
        ("Ik zet mij in de Raad in voor strengere Europese normen.", False),
        (
            "Nederland zet zich in de Algemene Vergadering van september 2022 in voor een sterker mandaat.",
            True,
        ),
        ("Het kabinet zet zich niet in voor een apart fonds.", False),
        ("De bonden zetten zich in voor hogere lonen.", False),
    ],
)
def test_round_36_our_effort_in_another_forum(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # the Kamer as the subject of a present passive announces a report to come, with a channel or an occasion
        # for a date; not negated, not this letter
        (
            "Uw Kamer wordt via het jaarlijkse voortgangsoverzicht over de stand van de uitvoering geïnformeerd.",
            True,
        ),
        ("Over de uitkomst wordt uw Kamer bij de indiening van het wetsvoorstel geïnformeerd.", True),
        ("Uw Kamer wordt hierover niet afzonderlijk geïnformeerd.", False),
        ("Met deze brief wordt uw Kamer geïnformeerd over de stand van zaken.", False),
        # a preference argued for a choice is no promise; the act with a date of its own is
        ("Het vrijgekomen budget zet ik liever in voor de opvang van dak- en thuislozen.", False),
        ("Het vrijgekomen budget zet ik vanaf 2023 in voor de opvang van dak- en thuislozen.", True),
        # agreeing with a conclusion whose own content holds a date is no act; handing over results is
        (
            "Het kabinet deelt de conclusie dat een dijk zonder onderhoud binnen enkele jaren zijn waarde verliest.",
            False,
        ),
        ("Het kabinet deelt de resultaten in 2023 met de provincies.", True),
        # enabling, giving the opportunity, making compulsory: acts of ours with "stel"; observing is not
        (
            "Wel stel ik gemeenten vanaf 2023 in staat om de huur van een winkelpand tijdelijk te verlagen.",
            True,
        ),
        ("Vanaf 2023 stel ik scholen in de gelegenheid om een extra subsidie aan te vragen.", True),
        ("Vanaf 2023 stel ik het gebruik van de rekentool verplicht.", True),
        ("Ik stel vast dat gemeenten in 2023 in staat zijn om de huur te verlagen.", False),
    ],
)
def test_round_37_forms_of_holdout154_to_holdout157(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # a rule or a procedure made simpler or easier by us is a measure, in a list of measures without a date too
        ("Ten derde maak ik de verantwoording over de subsidie eenvoudiger.", True),
        ("Ten tweede maak ik het voor huurders makkelijker om een klacht in te dienen.", True),
        # what a measure does, or a change declined, is none
        ("Dat maakt het voor gemeenten eenvoudiger.", False),
        ("Ik maak de regeling niet eenvoudiger.", False),
    ],
)
def test_round_37_a_procedure_made_simpler_is_a_measure(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # a letter of ours named by the month it appears in, a topic word between
        ("Over de voortgang informeer ik uw Kamer in de verzamelbrief jeugdzorg van december 2022.", True),
        ("In de verzamelbrief jeugdzorg van december 2021 heb ik uw Kamer daarover geïnformeerd.", False),
        # a named edition of a service's handbook
        ("De Belastingdienst neemt een rekenregel op in het Handboek Loonheffingen van januari 2023.", True),
        # a delivery after a step of the procedure still to come
        (
            "Het wetsvoorstel zend ik na de consultatie en het advies van de Raad van State aan uw Kamer.",
            True,
        ),
        # a verb-final relative clause of ours with a long phrase before the verb
        (
            "Daarvoor is een wijziging van de wet nodig, die ik nog dit jaar aan de Afdeling advisering van de Raad "
            "van State voorleg.",
            True,
        ),
        # a decision to take once something is known
        (
            "Zodra de eerste cijfers beschikbaar zijn, bepaal ik of de uitkomsten een vaste plaats krijgen.",
            True,
        ),
        ("De wet bepaalt dat gemeenten een plan opstellen.", False),
        # the Kamer addressed as "u": a later letter; this letter or its attachment is none
        ("Over de uitvoering ontvangt u een aparte brief van de Minister van Defensie.", True),
        ("Met deze brief ontvangt u mijn reactie op het rapport.", False),
        ("Bijgaand ontvangt u de evaluatie.", False),
        ("Vandaag ontvangt u digitaal een overzicht van de openstaande toezeggingen.", False),
        # (a relative clause that discusses something before it: the later letter still promises)
        (
            "Voor de vragen die ingaan op de opvolging bij het ministerie ontvangt u een aparte brief van de minister.",
            True,
        ),
        ("Door de verkiezingen ontvangt u deze brief nu.", False),
        # a proposal laid before another, the receiver before the particle; not before the Kamer
        ("Ik leg het voorstel van de inspectie aan de minister voor.", True),
        ("In deze brief leg ik uw Kamer twee keuzes voor.", False),
        # an aim of ours as a noun with a dat-clause; an aim of no one's is none
        ("Mijn streven is dat de afspraken vóór 1 oktober 2022 zijn vastgelegd.", True),
        ("Het streven is dat iedere leerling in 2023 kan zwemmen.", False),
        # a particle closing its clause before an inserted relative clause
        (
            "Daarom wijs ik voor ieder nieuw tracé één omgevingsmanager aan, die voor bewoners het vaste "
            "aanspreekpunt is, ook voor vragen over schade.",
            True,
        ),
        # capacity added from a time to come; without a time it is what follows, none
        ("Het loket van de dienst krijgt er vanaf april 2023 vier behandelaars bij.", True),
        ("Als er woningen bij komen, krijgt het dorp er inwoners bij.", False),
        # a rule of ours in force from a day, a phrase with an amount between commas before the verb
        (
            "Voor eenvoudige verzoeken, tot € 5.000, geldt vanaf 1 juli 2022 wel een termijn van zes maanden.",
            True,
        ),
    ],
)
def test_round_37_forms_of_holdout158_to_holdout161(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


def test_round_37_an_act_agreed_with_the_sector_is_new_and_one_after_a_colon_is_the_ministers() -> None:
    """ "…, zoals ik met de PO-Raad heb afgesproken" refers to no earlier promise to the Kamer (before: "refers"); "…
    neemt dit punt over: zij zal …" is the minister's (before: missed)."""
    agreed = find_commitments(
        "Ik leg het minimumniveau vast in een wettelijke zorgplicht, zoals ik met de PO-Raad heb afgesproken.",
        REF,
    )
    assert [c.kind for c in agreed] == ["new"]
    promised = find_commitments("Zoals afgesproken in het commissiedebat stuur ik u in 2023 een brief.", REF)
    assert [c.kind for c in promised] == ["refers"]
    colon = find_commitments(
        "De Minister van Onderwijs, Cultuur en Wetenschap neemt dit punt over: zij zal gemeenten vanaf 2023 vragen "
        "een vaste contactpersoon aan te wijzen.",
        REF,
    )
    assert len(colon) == 1 and colon[0].actor is not None and "Onderwijs" in colon[0].actor
    assert find_commitments("De gemeenten nemen dit over: zij zal de raad vragen.", REF) == []


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # an intention with an adverb of addition between "ben" and "voornemens"
        (
            "Ik ben daarnaast voornemens om in het najaar een voorlichtingscampagne voor scholieren te starten.",
            True,
        ),
        ("Het kabinet is verder bereid de regeling met een jaar te verlengen.", True),
        # present first-person acts: requirements set, a rule made part of a framework, a task housed at a service, a
        # cost covered from a budget named
        (
            "Voor evenementen met meer dan vijfhonderd bezoekers stel ik daarom eisen aan de nooduitgangen.",
            True,
        ),
        ("Ik stel vast dat de eisen in de praktijk goed werken.", False),
        ("Ik maak de naleving ervan onderdeel van het toezichtkader van de inspectie.", True),
        ("Ik breng de aanvraag van de vergunning onder in één loket bij de Rijksdienst.", True),
        ("Ik breng onder andere de kosten van het loket in beeld.", False),
        ("Die dek ik uit de middelen voor het programma op de begroting van mijn ministerie.", True),
        ("Daarnaast dekken we steeds meer bodem af.", False),
        # the cabinet's talks with a party, also as "Het" after a sentence on the cabinet
        ("Het kabinet bespreekt de aanbeveling eerst met de koepels van de sector.", True),
        ("Het kabinet bespreekt de aanbevelingen hieronder.", False),
        # a state of ours from a timetable, edition or intake to come; something given by a day to come
        ("Vanaf de dienstregeling 2023 tonen alle stations de actuele vertrektijden van de buurtbus.", True),
        ("Vanaf de instroom van maart 2023 krijgt iedere nieuwe rekruut een vaste begeleider.", True),
        ("Vóór het einde van 2023 krijgen alle twintig opleidingscentra een eigen oefenterrein.", True),
        ("In 2023 krijgen werkgevers te maken met hogere premies.", False),
        ("In 2021 kregen de scholen een extra bijdrage.", False),
        # a publication of ours in a new form from a day to come
        ("Op verzoek van uw Kamer verschijnt de gids vanaf 2023 ook in eenvoudige taal.", True),
        # a practice stopped in favour of another is a change of ours, not a refusal
        (
            "Vanaf de editie van 1 januari 2023 ordent de dienst de maatregelen niet langer per ministerie, maar per "
            "doelgroep.",
            True,
        ),
        # a rule of ours changed, in the present passive without a date
        ("De beleidsregel wordt daartoe aangepast in overleg met de vakbonden.", True),
        ("Ten eerste wordt het Besluit kinderopvang gewijzigd, zodat ouders eerder kunnen opzeggen.", True),
        ("De regeling wordt niet aangepast.", False),
        ("Voor die koppeling moet het aangiftesysteem worden aangepast.", False),
        # not a promise: a judgement with "te ver gaan"; a second enclosure of this letter
        ("Een vaste quotering in elke regio gaat het kabinet op dit moment te ver.", False),
        ("Tevens ontvangt u mijn beleidsreactie op de evaluatie.", False),
        ("Tevens ontvangt u vóór de zomer een voortgangsbrief.", True),
    ],
)
def test_round_38_forms_of_holdout162_to_holdout165(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


def test_round_38_a_window_named_again_by_then_dates_the_next_sentence() -> None:
    """ "Vanaf 2023 stelt de dienst het programma op. Onderhoud wordt dan buiten het seizoen uitgevoerd" (before: the
    second missed): temporal "dan" takes the window of the sentence before; a condition before it does not."""
    text = (
        "Vanaf 2023 stelt de dienst het onderhoudsprogramma per regio op. Groot onderhoud wordt dan zoveel mogelijk "
        "buiten het toeristenseizoen uitgevoerd."
    )
    found = find_commitments(text, REF)
    assert len(found) == 2
    assert found[1].deadline is not None and found[1].deadline.rule == "zelfde-termijn"
    assert found[1].deadline.text == "wordt dan"
    conditional = (
        "Vanaf 2023 stelt de dienst het onderhoudsprogramma per regio op. Als de regio erom vraagt, wordt groot "
        "onderhoud dan buiten het seizoen uitgevoerd."
    )
    assert all(
        c.deadline is None or c.deadline.rule != "zelfde-termijn" for c in find_commitments(conditional, REF)
    )
    undated = (
        "De dienst stelt het onderhoudsprogramma op. Groot onderhoud wordt dan buiten het seizoen uitgevoerd."
    )
    assert all(c.deadline is None for c in find_commitments(undated, REF))


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # this letter as the reaction itself
        ("Bij de evaluatie ontvangt u mijn beleidsreactie.", False),
        ("Vóór de zomer ontvangt u mijn reactie op het tweede rapport.", True),
        # a report of ours named with its maker between the noun and the year it covers
        ("Over de uitvoering bericht ik uw Kamer in het jaarverslag van Algemene Zaken over 2023.", True),
        # the state opening a post abroad
        ("In 2023 opent Nederland een consulaat in Manaus.", True),
        ("In 2023 telt Nederland achttien miljoen inwoners.", False),
        # something given by a day to come, the verb second after an adverb of a list
        ("Ten tweede krijgen alle kazernes vóór eind 2023 een overdekte fietsenstalling.", True),
        ("Ten tweede krijgen gemeenten vanaf 2023 te maken met hogere kosten.", False),
        # a dated passive with the maker of a named act in it: no other agent of the passive
        (
            "Vanaf 1 januari 2023 wordt iedere melding binnen vier weken na de controle door de inspecteur in het "
            "register vastgelegd.",
            True,
        ),
        (
            "Daarnaast wordt de vergoeding voor een bezoek door een specialist vanaf 1 april 2023 verhoogd.",
            True,
        ),
        ("Vanaf 2023 wordt de regeling door de gemeenten uitgevoerd.", False),
    ],
)
def test_round_38_forms_of_holdout166_to_holdout168(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


def test_round_38_an_act_done_elsewhere_after_but_holds() -> None:
    """ "… niet in de Gemeentewet op te nemen, maar in de modelverordening" (before: negated): the act holds in another
    place; another act after "maar" leaves the first declined."""
    elsewhere = find_commitments(
        "Ik kies ervoor de meldplicht niet in de wet op te nemen, maar in de beleidsregel voor inspecteurs.",
        REF,
    )
    assert [c.firmness for c in elsewhere] == ["firm"]
    declined = find_commitments("Ik zal de regeling niet verlengen, maar de middelen anders inzetten.", REF)
    assert [c.firmness for c in declined] == ["negated"]


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # a decision with what is decided as a te-infinitive; how decisions are made is none
        ("Ik besluit daarom de twee loketten na afloop van de proef open te houden.", True),
        ("Ik besluit hoe de middelen worden verdeeld.", False),
        # talks held with a party; a thing set up with a relative clause right after the particle
        ("Daarover voer ik eerst overleg met de Minister van Financiën.", True),
        ("Ten eerste richt ik één loket in waar ondernemers compensatie kunnen aanvragen.", True),
        # a filing of a tax year as the window
        (
            "Vanaf de aangifte vennootschapsbelasting over het jaar 2023 vraagt de Belastingdienst om een specificatie.",
            True,
        ),
        # time granted until a day to come; a ban laid down
        ("Houders krijgen tot 1 juli 2023 de tijd om hun dieren aan te melden.", True),
        ("Ik verbied het tonen van wilde dieren op kermissen.", True),
        # a step in our list of measures, a passive without a date
        ("Ten tweede wordt de melding bij de gemeente samengevoegd met de aanvraag van de vergunning.", True),
        # not: a pilot running since a season passed; how a service works
        ("In het openbaar vervoer loopt sinds dit voorjaar een proef met een korting voor reizigers.", False),
        ("De inspectie zet haar capaciteit in op basis van risico's en meldingen.", False),
    ],
)
def test_round_38_forms_of_holdout170_to_holdout173(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # the police with a dated act (under the Minister of JenV)
        ("De politie voert de screening vanaf 1 april 2023 in alle arrestantencomplexen in.", True),
        ("De politie treedt op bij rellen.", False),
        # functions converted, "om" closing the clause; "om … te" is none
        ("Daarvoor zet ik veertig bestaande functies om.", True),
        ("Ik zet stappen om de achterstand weg te werken.", False),
        # hours paid from a day to come; a fund extended
        ("Wel worden uren in het weekend vanaf 1 januari 2023 als overuren vergoed.", True),
        ("Het fonds wordt verlengd tot en met 2030.", True),
        # advice asked of a body
        ("Daarover vraag ik eerst advies aan het Zorginstituut.", True),
        # a task taken over from a day to come; a forecast with "neemt toe" is none
        ("Per 1 september 2023 neemt een centraal bureau de roosters van alle opleidingen over.", True),
        ("Vanaf 2023 neemt het aantal aanvragen toe.", False),
        # another party's announcement
        (
            "De Stichting van de Arbeid heeft aangekondigd dat werkgevers en vakbonden in 2023 een voorbeeldregeling opstellen.",
            False,
        ),
    ],
)
def test_round_38_forms_of_holdout174_to_holdout177(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


def test_round_38_a_rule_changed_in_the_passive_keeps_its_verb() -> None:
    """The action of "Het fonds wordt verlengd" is "verlengen" (each participle its own lemma)."""
    assert [c.action for c in find_commitments("Het fonds wordt verlengd tot en met 2030.", REF)] == [
        "verlengen"
    ]
    assert [c.action for c in find_commitments("De beleidsregel wordt daartoe aangepast.", REF)] == [
        "aanpassen"
    ]


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # what is wanted is to know first; the vocabulary's verb stands in the clause of time after it
        (
            "De proef loopt tot juni 2023 en ik wil de uitkomsten van het tweede jaar kennen voordat ik vastleg waaraan "
            "een voortzetting moet voldoen.",
            False,
        ),
        ("Ik wil de regeling eerst met de VNG bespreken voordat ik haar aanpas.", True),
        # a causative act, "samen met" after its infinitive
        (
            "Ik laat de richtlijn in 2023 herschrijven, samen met de sectorraad en de Stichting Veilig Werk.",
            True,
        ),
        # money given from a day to come ("geef ik aan dat …" is none)
        (
            "Wel geef ik het steunpunt vanaf 2023 € 250.000 per jaar extra om kleine besturen te adviseren.",
            True,
        ),
        ("In 2023 geef ik aan dat de regeling werkt.", False),
        # after waiting for another's judgement, a next act of ours with its subject left out
        ("Ik wacht die afweging af en bespreek haar in het voorjaar van 2023 met het bestuur.", True),
        ("Ik wacht af wat de raad in 2023 doet en bespreek dat daarna met de VNG.", False),
    ],
)
def test_round_39_forms_of_holdout182_to_holdout185(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # the office holder named after the office, as the Eerste Kamer's register of toezeggingen writes it
        (
            "De minister van Financiën, de heer Jansen, zegt de Kamer, naar aanleiding van een vraag van het lid De "
            "Vries, toe dat hij de regeling evalueert.",
            True,
        ),
        ("De voorzitter van de raad, de heer Jansen, zal de regeling evalueren.", False),
        # the members' request in their motion; our own request stays ours
        ("Tevens verzoeken wij in de motie de regering om de regeling te verlengen.", False),
        ("Daarnaast vraag ik de minister van Financiën om de regeling te verlengen.", True),
        # this letter named as a "Kamerbrief"
        ("In deze Kamerbrief zal ik een toelichting geven op de voortgang.", False),
        # what others have understood
        (
            "Naar de leden van de fractie hebben begrepen wordt de Kamer hierover voor de zomer geïnformeerd.",
            False,
        ),
        # a reaction sent before a hearing named by its date
        ("De beleidsreactie wordt voor de hoorzitting van 22 januari 2023 aan uw Kamer gezonden.", True),
    ],
)
def test_round_39_forms_of_real_letters(text: str, promised: bool) -> None:
    """Forms seen in real letters and registers (check sets built from public pages; sentences our own)."""
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # enabling someone, the infinitive further on without "om"
        ("Ik stel het COA in staat het aantal plaatsen in 2023 uit te breiden van 120 naar 200.", True),
        # a ministry's service named with "van"
        (
            "De Dienst Uitvoering van Defensie betaalt de reiskosten vanaf 1 september 2023 binnen vier weken uit.",
            True,
        ),
        # one recipient named by "Een", from a day to come
        ("Een begeleider ontvangt vanaf 1 september 2023 een vergoeding als een arts dat nodig acht.", True),
        ("Een begeleider ontvangt nu geen vergoeding.", False),
        # "door" inside the subject's relative clause is a cause, not another agent
        (
            "Mensen die door de late uitbetaling rente hebben moeten betalen, kunnen vanaf 1 februari 2023 een "
            "vergoeding aanvragen.",
            True,
        ),
        # a study commissioned in a second conjunct after a wait
        (
            "Het kabinet wil eerst weten wat de gevolgen zouden zijn en laat dat onderzoeken door het WODC.",
            True,
        ),
        ("Ik wil eerst zien hoe de nieuwe regels uitwerken.", False),
        ("De gemeente wil dat weten en laat dat onderzoeken.", False),
        # money set aside by us
        ("Daarvoor reserveer ik € 18 miljoen uit de middelen voor het programma.", True),
        ("De gemeente reserveert daarvoor € 18 miljoen.", False),
        # room or land reserved is no sum set aside (a real water letter: "Daarmee reserveren we ruimte voor …")
        ("Daarmee reserveren we ruimte voor toekomstige dijkversterkingen.", False),
    ],
)
def test_round_39_forms_of_holdout186_to_holdout189(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # a measure developed, first person present (as "verruim", "verken": a measure verb)
        (
            "Ten eerste ontwikkel ik samen met de werkgevers een leidraad voor het opstellen van functie-eisen.",
            True,
        ),
        ("Wij ontwikkelen al jaren instrumenten voor werkgevers.", False),
        # "laat … doen" with a prepositional phrase after the infinitive
        ("Ten tweede laat ik de inspectie in 2023 een enquête houden onder 1.500 werkgevers.", True),
        # a ministry's name with commas after the office
        (
            "Daarnaast zal ik de Minister van Volksgezondheid, Welzijn en Sport vragen of de regeling volstaat.",
            True,
        ),
        (
            "De Minister van Onderwijs, Cultuur en Wetenschap zendt uw Kamer na de zomer van 2023 een wetsvoorstel.",
            True,
        ),
        # the labour inspectorate enforcing a measure of its minister, like the ILT and the NVWA
        (
            "Ten tweede zal de Nederlandse Arbeidsinspectie in 2023 bij honderd bedrijven nagaan of de regels worden "
            "nageleefd.",
            True,
        ),
        # "door" in a relative clause that closes the sentence names the maker of a thing in the object
        ("Vanaf 1 januari 2023 krijgt iedere deelnemer een pas die door de gemeente wordt verstrekt.", True),
        ("Het onderzoek, dat door het RIVM wordt uitgevoerd, wordt in 2023 afgerond.", False),
        # a standing term in a practice described after a colon
        (
            "Voor de tweede aanbeveling verwijs ik naar de werkwijze die de Douane sinds 2021 volgt: iedere melding "
            "wordt binnen vier weken behandeld.",
            False,
        ),
        ("Ik neem de aanbeveling over: ik stuur u binnen zes weken een reactie.", True),
        # a service of ours acting at a time to come, in what we tell the Kamer
        (
            "Verder meld ik u dat de Belastingdienst in het voorjaar van 2023 een campagne voert voor starters.",
            True,
        ),
        ("Ik meld u dat de Belastingdienst in 2021 een campagne voerde voor starters.", False),
    ],
)
def test_round_40_forms_of_holdout190_to_holdout192(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


def test_round_40_a_ministry_name_with_commas_stays_whole_in_the_actor() -> None:
    """The commas of "Onderwijs, Cultuur en Wetenschap" are read past while a commitment is looked for, and given back
    in the actor and object shown."""
    (c,) = find_commitments(
        "De Minister van Onderwijs, Cultuur en Wetenschap zal in 2023 een plan sturen aan de Minister van "
        "Volksgezondheid, Welzijn en Sport.",
        REF,
    )
    assert c.actor is not None and c.actor.endswith("Onderwijs, Cultuur en Wetenschap")
    assert "\ue001" not in (c.object or "") and "\ue001" not in c.actor


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # an act inside a quotation after a colon is the quoted body's words, not ours
        ("Daarnaast vraagt de raad: «Maak zichtbaar welke percelen binnenkort worden verkocht».", False),
        ("De raad vraagt dit: «Zorg dat de regels in 2023 worden aangepast».", False),
        ("Ik neem dit over: de regels worden in 2023 aangepast.", True),
        # a declined act with a "maar voor … <verb> ik" that holds the act for some
        (
            "Ik ga de kosten niet volledig vergoeden, maar voor huishoudens met een laag inkomen stel ik vanaf 1 "
            "januari 2023 een regeling open.",
            True,
        ),
        ("Ik ga de kosten niet vergoeden, omdat de regeling in 2023 afloopt.", False),
    ],
)
def test_round_41_forms_of_holdout193_and_holdout194(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


def test_round_41_a_promise_of_others_in_a_later_conjunct_leaves_our_act_new() -> None:
    """ "…, en de verzekeraars hebben toegezegd …" is their promise: our act before it is a new commitment (before: read
    as a reference to an earlier promise of ours); "…, zoals ik heb toegezegd" still refers to one."""
    (c,) = find_commitments(
        "De minister stelt in 2023 € 2 miljoen beschikbaar voor de netwerken, en de verzekeraars hebben toegezegd de "
        "afspraken in hun inkoop te betrekken.",
        REF,
    )
    assert c.kind == "new"
    (c,) = find_commitments("Ik stuur uw Kamer in 2023 de evaluatie, zoals ik heb toegezegd.", REF)
    assert c.kind == "refers"


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # a verb in "-ingen" is no plural noun
        ("Ik zal in Brussel met klem aandringen op een snelle reactie.", True),
        ("Ik zal de naleving afdwingen met een last onder dwangsom.", True),
        # an approach of ours made wider or deeper
        (
            "Gezien het belang van deze opgave wil ik de aanpak verder verbreden en waar mogelijk verdiepen.",
            True,
        ),
        ("Het kabinet wil de inzet op preventie intensiveren.", True),
        ("Gemeenten willen hun aanpak uitbreiden.", False),
        # what another letter says, in the third person
        ("In hun brief gaan de minister en de staatssecretaris in op de resultaten uit het verslag.", False),
        ("In haar brief gaat de minister in op de aanbevelingen.", False),
        # what the measures just named achieve, closed by a comparative
        ("Daarmee ontwikkelen we de wijken klimaatbestendiger.", False),
        ("Daarmee stel ik in 2023 € 5 miljoen beschikbaar voor de regio.", True),
    ],
)
def test_round_41_forms_of_real_letters(text: str, promised: bool) -> None:
    """Forms read from real letters (round 41), in our own words."""
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # "doe ik verslag" in a later annual report named with its maker
        (
            "Over de uitkomst doe ik verslag in het jaarverslag van de Rijksvoorlichtingsdienst over 2023.",
            True,
        ),
        ("Ik doe hier verslag van het gesprek.", False),
        # an embassy carries out the minister's measures abroad
        (
            "Met de overige vier landen maakt de ambassade hierover in de eerste helft van 2023 afspraken.",
            True,
        ),
        ("De ambassade maakte in 2021 afspraken met de overige landen.", False),
    ],
)
def test_round_41_forms_of_holdout195(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # the government laying down a rule in its own law, third person, after a rejection
        (
            "Wel regelt het kabinet in de Jeugdwet dat een gemeente bij de inkoop vastlegt welke wachttijd geldt.",
            True,
        ),
        ("De Jeugdwet regelt dat een gemeente bij de inkoop vastlegt welke wachttijd geldt.", False),
        # the Wlz's indication service acts for its minister, also when it is to ask clients something
        ("Wel gaat het CIZ aanvragers vanaf de zomer vragen of zij een gesprek willen.", True),
        ("Het CIZ zal de beslistermijn vanaf 2027 verkorten.", True),
        # a practice since a period named from the letter's date is no promise
        ("Het CIZ vermeldt sinds dit jaar in ieder besluit waar de aanvrager terechtkan.", False),
        ("Het UWV vermeldt sinds dit jaar in ieder besluit waar de aanvrager bezwaar kan maken.", False),
        # a member's question stays a request
        ("Het lid vraagt of het UWV de termijn zal verkorten.", False),
    ],
)
def test_round_42_forms_of_holdout196(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # a measure done already is no promise (before: a present-tense measure)
        ("De eerste aanbeveling van de evaluatoren voer ik al uit.", False),
        ("Deze aanbeveling voert het kabinet reeds uit.", False),
        ("Deze aanbeveling voer ik vanaf 2023 uit.", True),
        ("Ik voer de regeling al vanaf 1 juli 2022 uit.", True),
    ],
)
def test_round_42_forms_of_holdout197(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # a moment counted from this letter (before: no deadline, so no promise in the present tense)
        ("Een jaar na deze brief stuur ik uw Kamer een overzicht van de stand van zaken.", True),
        ("Zes maanden na dagtekening van deze brief informeer ik uw Kamer over de voortgang.", True),
        # (counted from an event to come the letter does not date: read as a time to come since round 49, as the gold
        # reads "Een jaar na de invoering laat ik … evalueren" in three letters)
        ("Een jaar na de invoering stuur ik uw Kamer een evaluatie.", True),
        # a measure in a second conjunct after the cabinet decides on the advice, its subject left out (holdout200)
        (
            "Het kabinet neemt de derde aanbeveling over en stelt daarvoor vanaf 2028 jaarlijks € 2 miljoen beschikbaar "
            "via het provinciefonds.",
            True,
        ),
        (
            "De minister neemt de aanbeveling over en verlengt de regeling vanaf 1 januari 2028 met drie jaar.",
            True,
        ),
        # (an observation, no measure; another body's conjunct is not ours)
        ("Het kabinet neemt kennis van het rapport en stelt vast dat de kosten stijgen.", False),
        ("De raad neemt de aanbeveling over en stelt vanaf 2028 geld beschikbaar.", False),
    ],
)
def test_round_43_forms_of_holdout199(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # the Kamer hearing of it in a later document (before: only "ontvangt" was read as receiving)
        ("Uw Kamer hoort daarvan in de eerstvolgende voortgangsrapportage over de jeugdzorg.", True),
        ("Over de uitkomst verneemt uw Kamer in het najaar van 2023 meer.", True),
        # (belonging, not hearing)
        ("Dit onderdeel hoort bij de voortgangsbrief die uw Kamer in 2021 ontving.", False),
        # the Kamer addressed in a relative clause, with a time to come
        ("Daarvoor is de jaarrapportage de aangewezen plek, die u in mei 2023 ontvangt.", True),
        ("Dat staat in de jaarrapportage, die u in mei 2021 ontving.", False),
        # recipients receiving an order or guidance of ours by a time to come
        ("De regiodirecteuren krijgen die opdracht in oktober 2023.", True),
        ("De gemeenten ontvangen de handreiking voor 1 maart 2023.", True),
        ("De regiodirecteuren kregen die opdracht in oktober 2021.", False),
        # a wish to bring a number down, the act ours (before: the verb was not one "wil" promises)
        ("Ik wil het aantal wachtenden de komende jaren verder terugbrengen.", True),
        (
            "Het kabinet wil de administratieve lasten van zorgverleners in 2024 met een vijfde verminderen.",
            True,
        ),
        ("Als scholen de kosten willen beperken, kunnen zij een inkoopcollectief vormen.", False),
        # named in a campaign of ours, with a time to come (not a text that names it)
        (
            "In de voorlichtingscampagne voor de verkiezingen van 2025 worden de termijnen daarom duidelijker genoemd.",
            True,
        ),
        ("In het rapport worden drie knelpunten genoemd die in 2023 spelen.", False),
        # a service of ours acting in a relative clause set off by commas
        (
            "In het nieuwe aanvraagloket, dat DUO in het najaar van 2023 opent, wordt de aanvraag een vast onderdeel.",
            True,
        ),
        ("Het systeem, dat DUO sinds 2019 gebruikt, voldoet niet meer.", False),
        # (a restrictive clause only names the thing; a "dat"-clause after a finding is no relative clause)
        ("3. de maatregelen die de Belastingdienst dit jaar neemt.", False),
        ("De Rekenkamer stelt vast dat Rijkswaterstaat de wegen in de winter goed begaanbaar houdt.", False),
        # what a report sees done rarely; the cabinet as the one asked
        (
            "Ook ziet de inspectie dat zelden wordt nagegaan wat de maatregelen opleveren voor de bewoners.",
            False,
        ),
        ("Aan het kabinet vraagt zij «de regels voor onderaannemers in 2024 aan te scherpen».", False),
        ("Daarom vraagt het kabinet de provincies in 2023 een plan op te stellen.", True),
        # (holdout203/204) a minister with a relative clause between commas, then the act
        (
            "De Minister van Economische Zaken, die over de vergunningen gaat, laat eerst onderzoeken welke ruimte "
            "het verdrag laat.",
            True,
        ),
        # a proposal laid before the Kamer by a minister in a relative clause, with a time to come
        (
            "In het nieuwe besluit, dat de Minister voor Natuur in het voorjaar van 2023 aan uw Kamer voorlegt, worden "
            "de normen strenger.",
            True,
        ),
        # a choice not to keep one thing but to do another: the act after "maar" is chosen
        ("Ik kies er daarom voor de grens niet te schrappen, maar haar te verhogen tot 400.000 euro.", True),
        ("Ik kies ervoor de regeling niet uit te breiden, maar de huidige regels te handhaven.", False),
        # (holdout205/206) a rule still to be made that carries the step, named or named before
        (
            "Het adviesrecht van de cliëntenraad wordt in het genoemde wetsvoorstel uitgebreid tot de huisregels.",
            True,
        ),
        ("In het Zwemwaterbesluit wordt opgenomen dat de gemeente een boete kan opleggen.", True),
        # (a rule in force, named as where criteria stand)
        (
            "De aanvragen worden beoordeeld aan de hand van de criteria zoals deze zijn opgenomen in het "
            "Cultuurbesluit.",
            False,
        ),
        ("Die verplichting wordt in dezelfde wijziging van de regeling opgenomen.", True),
        ("In het Bouwbesluit is opgenomen dat een lift verplicht is.", False),
        # a participle with the particle "gelijk", dated
        ("De reiskostenvergoeding wordt per 1 januari 2024 voor alle functies gelijkgetrokken.", True),
        # a modal act whose infinitive a phrase with "uit" follows; a decision to come in the cabinet's relative clause
        (
            "Als dat haalbaar blijkt, zal ik de kosten daarvan dragen uit de begroting van Algemene Zaken.",
            True,
        ),
        (
            "Dit raakt aan de herziening van de wettelijke taken, waarover het kabinet dit jaar een besluit neemt.",
            True,
        ),
        ("Dit raakt aan de herziening, waarover het kabinet in 2021 een besluit nam.", False),
        # not: a practice since a month of a year past
        (
            "Sinds januari 2022 registreren alle teams hun adviezen in het systeem dat de bond in mijn opdracht beheert.",
            False,
        ),
    ],
)
def test_round_44_forms_of_holdout201_and_202(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # (holdout207/208) an adoption spelled out after a colon, by a minister named in the sentence before
        (
            "Die aanbeveling valt onder de Staatssecretaris van Financiën. Hij neemt haar over: vanaf 1 januari 2023 "
            "vraagt het aangifteformulier ook naar de oorspronkelijke prijs.",
            True,
        ),
        ("Ik neem dit advies over: vanaf 2023 bevat de regeling een meldplicht.", True),
        # (others adopting, or no act after the colon)
        (
            "De aanbeveling ligt bij de provincies. Zij nemen haar over: vanaf 2023 vraagt het formulier ook naar de "
            "prijs.",
            False,
        ),
        ("Het kabinet neemt het advies over: zoals de raad schrijft, is een meldplicht nodig.", False),
        # our annual report without its year, as the vehicle of what the Kamer receives
        ("De uitkomsten van die toetsing stuur ik u met het jaarverslag van mijn ministerie.", True),
        ("Zoals in het jaarverslag van mijn ministerie staat, is dit gelukt.", False),
        # a decision after the end of a running measure ("tot (en met) <jaar>, waarna …")
        (
            "De extra bijdrage loopt tot en met 2025, waarna ik op basis van een evaluatie over verlenging besluit.",
            True,
        ),
        ("De proef loopt tot 2024, waarna het kabinet over een landelijke invoering beslist.", True),
        ("De proef liep tot eind 2020, waarna ik besloot tot een landelijke invoering.", False),
        ("Het programma loopt tot 2024, waarna de provincies zelf besluiten.", False),
        ("De regeling loopt tot 2025.", False),
        # a dated act whose infinitive a place after "buiten" follows
        ("Ik laat het instituut in 2023 een tweede depot inrichten buiten de Randstad.", True),
        # the coastguard as a service of ours
        ("De Kustwacht neemt vanaf 1 januari 2023 alle meldingen dag en nacht in ontvangst.", True),
        # not: a passive inside the purpose of what others do
        (
            "De verenigingen zullen hun registers de komende twee jaar digitaliseren, zodat afstamming sneller kan "
            "worden nagegaan.",
            False,
        ),
        ("Het reglement wordt in 2023 aangepast, zodat meldingen sneller worden afgehandeld.", True),
    ],
)
def test_round_45_forms_of_holdout207_and_208(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


def test_round_45_the_end_of_a_running_measure_dates_the_decision_after_it() -> None:
    got = find_commitments("De bijdrage loopt tot en met 2025, waarna ik over voortzetting besluit.", REF)
    assert len(got) == 1
    assert got[0].deadline is not None
    assert got[0].deadline.latest == D(2025, 12, 31)
    assert got[0].deadline.rule == "tot-waarna"


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # (holdout209/210) a rule made stricter, undated
        ("Ik verscherp de eis voor het geluid van installaties in het Bouwbesluit met drie decibel.", True),
        ("Ik scherp de norm voor fijnstof aan.", True),
        ("Ik scherp mijn standpunt niet aan.", False),
        # a command or service of ours laying down a rule
        ("De Commandant der Strijdkrachten legt dit vast in een aanwijzing.", True),
        ("De IND legt de nadruk op snelheid.", False),
        # (a practice since an event past)
        (
            "De Belastingdienst legt sinds de aangiftecampagne van 2021 in zijn toezichtplan vast hoeveel aangiften "
            "worden beoordeeld.",
            False,
        ),
        # a measure with a condition after it, its "niet" the condition's
        ("Ik stel vanaf 1 april 2023 een motivering verplicht als niet met de trein wordt gereisd.", True),
        ("Ik verhoog het budget niet als de evaluatie tegenvalt.", False),
        # explaining in a later budget document, an indirect question after the particle
        (
            "Vanaf de Miljoenennota 2024 licht ik in de begroting toe waarom voor deze looptijd is gekozen.",
            True,
        ),
        ("In deze brief licht ik toe waarom ik dat doe.", False),
        # the next supplementary budget as the moment
        (
            "Een aparte brief acht ik niet nodig, maar in de eerstvolgende suppletoire begroting geef ik aan welk doel ik "
            "hanteer.",
            True,
        ),
        # our staff as the agent of a dated passive (not another party's staff)
        ("Vanaf 1 maart 2023 wordt iedere tekst vóór publicatie door een medewerker gecontroleerd.", True),
        ("Vanaf 2023 wordt de aanvraag door de medewerker van de gemeente beoordeeld.", False),
        # the ILT's analysis office as a service of ours
        ("Wel neemt het Analysebureau vanaf 2024 de voorvallen op in zijn jaarlijkse analyse.", True),
    ],
)
def test_round_45_forms_of_holdout209_and_210(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


def test_round_45_the_next_supplementary_budget_is_the_nearer_of_spring_and_autumn() -> None:
    from kamerstuk.entities.dates import find_deadlines

    text = "In de eerstvolgende suppletoire begroting geef ik aan welk doel ik hanteer."
    winter = find_deadlines(text, reference=D(2022, 12, 1))
    summer = find_deadlines(text, reference=D(2023, 6, 15))
    assert [(d.earliest, d.latest) for d in winter] == [(D(2023, 4, 1), D(2023, 5, 31))]
    assert [(d.earliest, d.latest) for d in summer] == [(D(2023, 11, 1), D(2023, 11, 30))]


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # (holdout211/212) a step in our list of measures, set up in the passive
        (
            "Ten derde wordt op de website een afgeschermde omgeving ingericht waar secretarissen de stukken lezen.",
            True,
        ),
        # a minister with "ik" as one subject, the verb plural
        (
            "De Minister van Sociale Zaken en ik laten eerst onderzoeken hoeveel afgestudeerden blijven werken.",
            True,
        ),
        ("Zou ik de regeling verlengen?", False),
        # not: what the measure before serves
        ("Ik wil daarmee het energieverbruik en de onderhoudskosten verlagen.", False),
        ("Ik wil het aantal verkooppunten de komende jaren verder terugbrengen.", True),
        # a minister acting in a relative clause after the office, with a time to come
        (
            "De regeling valt onder de Minister van Justitie en Veiligheid, die haar in 2023 met de regio's evalueert.",
            True,
        ),
        (
            "De regeling valt onder de Minister van Justitie en Veiligheid, die haar in 2021 heeft geëvalueerd.",
            False,
        ),
        # a unit of the ministry named as such
        (
            "De Academie voor Diplomatie van het ministerie neemt vanaf september 2023 een module op in de opleiding.",
            True,
        ),
    ],
)
def test_round_45_forms_of_holdout211_and_212(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # (holdout213/214) a service after a dated opening, a verb with an accent
        (
            "Vanaf 1 juli 2023 coördineert de Rijksvoorlichtingsdienst de publieksinformatie bij iedere plechtigheid.",
            True,
        ),
        # (not: a subject before the verb, the service its object)
        (
            "De militaire muziek verbindt Defensie met de samenleving, bij herdenkingen en op Prinsjesdag.",
            False,
        ),
        # a command with a relative clause between commas, then its dated act
        (
            "De Commandant Landstrijdkrachten, die namens mij verantwoordelijk is voor de korpsen, stelt vóór 1 januari "
            "2023 een plan op.",
            True,
        ),
        # the next occasion of its kind
        (
            "Bij een volgende deelname benoem ik één projectdirecteur, die over het gehele budget beslist.",
            True,
        ),
        # not: a European rule in force from a day
        (
            "Per 20 mei 2023 geldt bovendien de Europese verordening over gegevens van verhuurplatforms.",
            False,
        ),
        ("Met ingang van 1 maart 2023 geldt een maximum van twee termijnen.", True),
        # not: a service's standing method
        ("De Douane zet haar hondenteams in op basis van een risicoanalyse.", False),
    ],
)
def test_round_45_forms_of_holdout213_and_214(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


def test_round_45_the_infinitive_of_a_long_vowel_after_i_or_u() -> None:
    """ "evalueert" -> "evalueren" (before round 45: "evalueeren", the long vowel kept double)."""
    from kamerstuk.entities.commitment_dated import present_lemma

    assert [present_lemma(v) for v in ("evalueert", "continueert", "beoordeelt", "stelt")] == [
        "evalueren",
        "continueren",
        "beoordelen",
        "stellen",
    ]


def test_round_45_the_older_spelling_of_the_supplementary_budget() -> None:
    """ "de tweede suppletore begroting 2000" (the spelling of letters before about 2005) dates like "suppletoire"."""
    from kamerstuk.entities.dates import find_deadlines

    got = find_deadlines("Dit verwerk ik in de tweede suppletore begroting 2000.", reference=D(1999, 12, 1))
    assert [(d.rule, d.earliest, d.latest) for d in got] == [("najaarsnota", D(2000, 11, 1), D(2000, 11, 30))]


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # (holdout215/216) a service taken up as "zij" after a singular modal, the sentence opened by an adverb
        (
            "De Douane controleert vanaf 1 juni 2022 meer containers. Daarnaast gaat zij vanaf 1 september 2022 haar "
            "scanbeelden delen met de Zeehavenpolitie.",
            True,
        ),
        # (not a body of others: "De provincie … Daarnaast gaat zij …")
        (
            "De provincie Drenthe opent een loket. Daarnaast gaat zij vanaf 1 september 2022 subsidies verstrekken.",
            False,
        ),
        # the cabinet named in the sentence before as "Het", with "betrekt"
        (
            "Het kabinet neemt daarover nu geen besluit. Het betrekt het advies bij de keuzes voor 2023 en informeert uw "
            "Kamer daarover bij de begroting voor 2023.",
            True,
        ),
        # recipients placed by a short phrase
        ("De scholen in het grensgebied ontvangen in het najaar van 2022 een extra bijdrage.", True),
        ("De gemeenten in het grensgebied krijgen in 2022 te maken met meer aanvragen.", False),
        # put online from a time to come; not a study, not another body's site
        ("De wachttijden komen vanaf 1 juli 2022 elke maand op de website van het ministerie.", True),
        ("Het rapport komt in juni 2022 op de website.", False),
        ("De cijfers komen vanaf juli 2022 op de website van de VNG.", False),
        # "daarna" after a window of the sentence before
        (
            "De Kustwacht houdt vóór 1 oktober 2022 drie oefeningen. De verslagen komen daarna op de website van de "
            "Kustwacht.",
            True,
        ),
        # a service after "aan" is addressed, not the subject; "Met het COA zal ik …" still mine
        ("Ik verwacht dat de gemeenten hun plannen in juni 2022 aan het COA zullen sturen.", False),
        ("Met het COA zal ik in juni 2022 afspraken maken over de bezetting.", True),
        # (not "van": the genitive of the subject's head)
        (
            "De Functionaris voor gegevensbescherming van Defensie zal vanaf 2023 iedere beoordeling toetsen.",
            True,
        ),
        # (holdout217/218) the budgets of all ministries; "vermelden" as an act
        (
            "Vanaf de ontwerpbegrotingen voor 2023 vermeldt ieder ministerie in een bijlage welke maatregelen het neemt.",
            True,
        ),
        (
            "De Belastingdienst gaat de resultaten vanaf het jaarverslag over 2022 apart vermelden, met het aantal "
            "onderzochte monsters en de gevonden afwijkingen.",
            True,
        ),
        # the Marechaussee's commander written without "der"
        (
            "De Commandant Koninklijke Marechaussee brengt de stallen vóór 1 januari 2023 onder bij één locatie.",
            True,
        ),
        # an office taken up as "zij" after a semicolon
        (
            "Daarover gaat de Minister van Sociale Zaken en Werkgelegenheid; zij zal uw Kamer vóór de zomer een "
            "voorstel doen.",
            True,
        ),
        ("Daarover gaat de gemeente; zij zal vóór de zomer een voorstel doen.", False),
        # a particle followed by "zonder"
        ("Ik stel daarom samen met de branche een model op zonder maximale omvang.", True),
        # a state chosen with "te laten zijn" (not "vrij te laten": kept as it is)
        ("Ik kies er daarom voor een dierenarts aanwezig te laten zijn bij iedere grote inzet.", True),
        ("Het kabinet kiest ervoor de tarieven vrij te laten.", False),
        # Defence's support commands, or their commander
        (
            "De commandant van het Commando Materieel en IT laat in 2022 een nieuwe inventarisatie opstellen.",
            True,
        ),
        ("Het Defensie Ondersteuningscommando stelt vóór 1 juli 2022 een plan op.", True),
        ("De commandant van de Koninklijke Marechaussee stelt vóór 1 juli 2022 een plan op.", True),
        # (holdout221) not: a time in the clause before a semicolon, others' state; a delivery after it takes that time
        (
            "De brandweer blijft ook in 2022 verantwoordelijk voor de bestrijding van bosbranden; Defensie "
            "ondersteunt haar daarbij.",
            False,
        ),
        (
            "De inspectie doet in 2023 een vervolgonderzoek; de uitkomsten stuur ik uw Kamer met mijn reactie toe.",
            True,
        ),
        # not: a service's practice of today, nor one told as news "sinds" a past month
        ("Het Kadaster legt de uitkomst nu vast in een proces-verbaal met een kaart.", False),
        (
            "Los van het rapport meld ik u dat de Rijksvoorlichtingsdienst de verslagen sinds januari 2022 binnen een "
            "dag publiceert.",
            False,
        ),
        # the act named before, "Dat gebeurt" opening the sentence, with a time to come
        ("Dat gebeurt vanaf 1 september 2022 wel.", True),
        ("Dat gebeurt nu al.", False),
        # (holdout223/224) a supplement received from a time to come; a decision in a comma'd "waarover"-clause
        (
            "Basisscholen ontvangen vanaf het schooljaar 2023/2024 een toeslag op de bestaande prestatiebox.",
            True,
        ),
        ("Ouders ontvangen sinds 2020 een toeslag.", False),
        (
            "Voor de digitalisering is eenmalig € 1,2 miljoen nodig, waarover ik bij de Voorjaarsnota 2023 een besluit neem.",
            True,
        ),
        ("Voor de digitalisering was geld nodig, waarover ik in 2021 een besluit nam.", False),
        # a rule changed so that its content holds, "vermelden" inside the "dat"-clause
        (
            "Ik zal de regeling zo aanpassen dat verkopers deze gegevens in iedere advertentie moeten vermelden.",
            True,
        ),
    ],
)
def test_round_46_forms_of_holdout215_to_218(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


def test_round_46_a_service_taken_up_as_zij_is_the_actor() -> None:
    got = find_commitments(
        "De Douane controleert vanaf 1 juni 2022 meer containers. Daarnaast gaat zij vanaf 1 september 2022 haar "
        "scanbeelden delen met de Zeehavenpolitie.",
        REF,
    )
    assert [c.actor for c in got][-1] == "Douane"


def test_round_46_the_plural_budgets_date_like_the_budget() -> None:
    from kamerstuk.entities.dates import find_deadlines

    got = find_deadlines(
        "Vanaf de ontwerpbegrotingen voor 2023 vermeldt ieder ministerie dat.", reference=REF
    )
    assert [(d.rule, d.earliest) for d in got] == [("vanaf-begroting", D(2022, 9, 20))]
    single = find_deadlines("Bij de begroting voor 2023 informeer ik uw Kamer.", reference=REF)
    assert [(d.rule, d.earliest) for d in single] == [("begroting", D(2022, 9, 20))]


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # data asked for ("opvragen"), the particle "op" closing the clause, in either order; no request to act
        ("De ontbrekende cijfers vraag ik op bij de provincies.", True),
        ("Daarom vraag ik bij het RIVM aanvullende meetgegevens op.", True),
        ("Ik vraag uw Kamer op dit punt om begrip.", False),
        ("Ik vraag me af of die cijfers op tijd komen.", False),
        # "nu" as "now that": a passive after it is the reason; the adverb after a passive auxiliary is not
        ("Het aantal bezwaren daalt, nu de aanvragers voortaan vooraf worden gebeld.", False),
        ("Een tweede keuring is minder vaak nodig nu beide eigenaren voortaan worden uitgenodigd.", False),
        ("Daarom worden nu de tarieven voor de zomer van 2022 herzien.", True),
        # a level set in a "zo … dat" consequence or a relative clause, with a time to come
        (
            "In de visserij zijn de ondernemingen zo klein dat het kabinet de drempel daar per 1 januari 2023 op twee "
            "zet.",
            True,
        ),
        ("De heffing, die wij per 2023 verlagen, blijft voor grote bedrijven gelijk.", True),
        ("Het is goed dat het kabinet in 2023 een punt zet achter die discussie.", False),
    ],
)
def test_round_47_forms_of_the_open_gold(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # (holdout225) "die" right after the verb is a determiner: the act after "en" is ours
        ("Ik wacht die uitspraak af en bespreek de gevolgen daarna met de Minister van Financiën.", True),
        ("Ik verwacht dat de gemeenten dit oppakken en zullen volgen.", False),
        # a particle after an apposition between commas, before its phrase
        ("Ik neem de eis, inclusief de nachtelijke uren, per 1 januari 2023 op in het Besluit.", True),
        # the recommendation fronted before "neem ik over:", the act spelled out after the colon
        (
            "Aanbeveling 2 neem ik over: vanaf de ontwerpbegroting 2023 bevat de toelichting een overzicht van de "
            "uitgaven per regio.",
            True,
        ),
        ("Aanbeveling 2 neem ik over: de toelichting bevat al een overzicht.", False),
        # the aim of the measure before, with the subject first
        (
            "Ik wil daarmee voorkomen dat rechten worden verkocht voor uitstoot die binnen enkele jaren terugkomt.",
            False,
        ),
        # (holdout226) a bare participle whose clause is negated: not promised
        (
            "De kosten zijn pas te ramen als bekend is welke markt er in 2023 is, en geld dat ongebruikt op de "
            "begroting staat, kan niet voor andere knelpunten worden ingezet.",
            False,
        ),
        ("Het budget wordt in 2023 voor andere knelpunten ingezet.", True),
    ],
)
def test_round_47_forms_of_holdout225_and_226(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # (holdout227/228) Foreign Affairs' consular service in lower case, Justice's pardon service: ours
        (
            "Het consulaire contactcentrum wijst vanaf 1 september 2022 bij iedere melding één medewerker aan.",
            True,
        ),
        ("Justis stuurt iedere verzoeker vanaf 1 oktober 2022 ieder kwartaal een bericht.", True),
        # a study enclosed together with this letter; with a time of its own it is still to come
        ("Tegelijk ontvangt u de studie van het bureau naar de kosten van het onderhoud.", False),
        ("Tegelijk ontvangt u in het najaar de studie van het bureau.", True),
        # a step of the rule-making still to come as the moment of a delivery
        (
            "Over de wijziging van de regeling informeer ik uw Kamer bij de voorhang van het ontwerpbesluit.",
            True,
        ),
        ("Bij de publicatie van het rapport heb ik uw Kamer geïnformeerd.", False),
    ],
)
def test_round_47_forms_of_holdout227_and_228(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # (holdout229/230) what a study shows is no act; conclusions drawn are a thought
        (
            "Uit een steekproef die de dienst in de zomer hield, blijkt dat de nieuwe werkwijze wordt gevolgd.",
            False,
        ),
        ("Uit de gesprekken die ik dit voorjaar voerde, trek ik drie conclusies.", False),
        ("Ik trek in 2023 extra geld uit voor de opvang.", True),
        # a building of ours replaced by another: "door" names the replacement, no other agent
        (
            "Het depot in Soesterberg wordt in 2031 vervangen door een nieuw depot op het terrein van het museum.",
            True,
        ),
        ("De regeling wordt in 2023 door de gemeenten uitgevoerd.", False),
        # "hoeveel" opens the indirect question after the particle
        ("Ik neem daarin op hoeveel objecten zijn geregistreerd en hoeveel zijn uitgeleend.", True),
        # a step of our bill told to the Kamer, with its day to come
        (
            "Los van het rapport meld ik u dat het wetsvoorstel over de gegevens van aanbieders op 1 mei 2022 in "
            "internetconsultatie gaat.",
            True,
        ),
        ("Ik meld u dat het wetsvoorstel in 2021 in internetconsultatie ging.", False),
    ],
)
def test_round_47_forms_of_holdout229_and_230(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # a recommendation by its label is the report's text, whatever passive stands in it
        (
            "Aanbeveling 2: geef werkgevers een eenduidige rekenregel als een fiets in 2023 wordt aangepast.",
            False,
        ),
        ("Aanbeveling 2: de regeling wordt per 2023 aangepast.", True),
        # "vervangen" only with what replaces it: the bare form is also the infinitive
        (
            "Uw Kamer krijgt een lijst van de objecten die de komende vijf jaar worden vervangen, met de kosten.",
            False,
        ),
        ("Het archief wordt in 2023 vervangen door een digitaal systeem.", True),
    ],
)
def test_round_47_a_labelled_recommendation_and_a_replacement(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # (holdout231/232) "laat" past an apposition between commas; "ik" second in a relative clause's subject
        (
            "Ik laat het Nibud, samen met UWV, een rekenhulp ontwikkelen die vanaf 1 januari 2023 beschikbaar is.",
            True,
        ),
        ("Ik laat het rapport, zoals gezegd, rusten.", False),
        (
            "Ik neem de aanbeveling mee in de verkenning, die de Minister van Financiën en ik in het voorjaar van 2023 "
            "afronden.",
            True,
        ),
        ("De verkenning die de minister en ik in 2021 afrondden, is openbaar.", False),
        # the negation of a condition is not the act's
        ("Ik stel vanaf 1 april 2023 een motivering verplicht als niet met de trein wordt gereisd.", True),
    ],
)
def test_round_47_forms_of_holdout231_and_232(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # (holdout233/234) enclosed with this letter, the advice's own past date in a relative clause
        (
            "Tegelijk ontvangt u het advies «Voeding voor de bodem» van de AIV, dat ik in het voorjaar van 2021 heb "
            "aangevraagd.",
            False,
        ),
        # a programme by its name receives money from us, with a time to come
        (
            "Het programma Schoolleiders aan Zet van de PO-Raad ontvangt van mij in 2023 en 2024 een bijdrage van "
            "2 miljoen euro per jaar.",
            True,
        ),
        ("Het programma ontving in 2021 een bijdrage.", False),
    ],
)
def test_round_47_forms_of_holdout233_and_234(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # a moment of a thing just named, still to come
        ("Over de nieuwe regeling informeer ik uw Kamer bij de publicatie ervan in de Staatscourant.", True),
        ("Ik stuur u de eerste cijfers bij de start daarvan.", True),
        ("Bij de publicatie ervan heeft de commissie de regeling besproken.", False),
        # a readiness with a hedge is still a promise (tentative)
        (
            "Ik ben in beginsel bereid de termijn voor huurders te verlengen, mits de verhuurders daarmee instemmen.",
            True,
        ),
        ("Ik ben in principe bereid de regeling open te stellen voor stichtingen.", True),
        # agreement in principle is a stance, no act
        ("Met de derde aanbeveling ben ik het in beginsel eens.", False),
    ],
)
def test_round_48_forms_of_holdout235_and_236(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


def test_round_48_a_readiness_in_principle_is_tentative() -> None:
    (got,) = [
        c
        for c in find_commitments("Ik ben in beginsel bereid de regeling te verlengen.", REF)
        if c.kind == "new"
    ]
    assert got.firmness == "tentative"


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # Foreign Affairs' evaluation service planning an evaluation: a dated act of the ministry
        ("IOB voert de evaluatie in 2027 uit als onderdeel van de beleidsdoorlichting.", True),
        # … but what IOB recommends is the report, never a promise
        ("IOB beveelt aan: «Koppel de bijdragen voortaan aan aantoonbare resultaten».", False),
        ("In de tweede aanbeveling vraagt IOB om programma's voortaan eerder te evalueren.", False),
        # the posts meant by a restrictive clause, without an article
        (
            "Posten die met een staatsgreep te maken krijgen, zullen hun plan voortaan binnen drie maanden herzien.",
            True,
        ),
        # costs charged to others
        ("De kosten breng ik in rekening bij de exploitanten, voor zover de wet dat toelaat.", True),
        ("Ik breng een werkbezoek aan de provincie.", False),
        # a school year's start as the deadline
        ("Scholen ontvangen de handreiking vóór het begin van het schooljaar 2027–2028.", True),
    ],
)
def test_round_48_forms_of_holdout237_and_238(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # an act of ours in a relative clause after what something depends on
        (
            "Of een jaarlijkse rapportage nodig is, hangt af van de evaluatie die ik in 2027 laat uitvoeren.",
            True,
        ),
        ("Of daarin ruimte is, hangt af van de besluitvorming in het voorjaar van 2027.", False),
        # the cabinet in a verb-final relative clause: what it has done or pays for …
        (
            "Het hangt af van de evaluatie van de regelingen die het kabinet in 2027 laat uitvoeren en waarin ook de "
            "rapportage aan uw Kamer wordt bezien.",
            True,
        ),
        (
            "In 2028 start een kennisprogramma, waarvoor het kabinet over vier jaar € 8 miljoen beschikbaar stelt.",
            True,
        ),
        # … not its work under way
        (
            "Of een aanspraak haalbaar is, hangt af van de keuzes die het kabinet in 2027 maakt over de financiering.",
            False,
        ),
        ("Het cijfer staat in de koopkrachtplaatjes die het kabinet bij de Miljoenennota publiceert.", False),
    ],
)
def test_round_48_acts_of_ours_in_relative_clauses(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # an estimate inserted between commas after the object
        (
            "Het kabinet zal de kosten daarvan, naar schatting € 9 miljoen per jaar, binnen de begroting van SZW "
            "dekken.",
            True,
        ),
        # from a meeting named by its month
        ("Vanaf de Europese Raad van juni 2026 stuur ik de geannoteerde agenda tien dagen eerder.", True),
        # what the Kamer receives now is the practice
        ("Uw Kamer ontvangt nu ongeveer een week voor iedere Europese Raad een geannoteerde agenda.", False),
        ("Uw Kamer ontvangt voor de zomer een verslag.", True),
        # a ministry's top civil servant acting for the minister
        ("Daarnaast wijst iedere secretaris-generaal vóór 1 januari 2027 een functionaris aan.", True),
        ("De secretaris-generaal heeft in 2025 een functionaris aangewezen.", False),
        # one requirement set
        ("Ik stel de eis daarom alleen aan bedrijven die meer dan € 1 miljoen per jaar ontvangen.", True),
        ("Ik stel vast dat de eis wordt nageleefd.", False),
    ],
)
def test_round_48_forms_of_holdout241_and_242(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # replaced by new ones, without an article
        ("De tabletten worden in het voorjaar van 2028 vervangen door nieuwe tabletten.", True),
        ("Als een fiets wordt vervangen door nieuwe onderdelen, vervalt de garantie.", False),
        # an item of our numbered measures: recipients placed by a longer phrase receive a card
        (
            "2. Huishoudens in de zone tot 20 kilometer ontvangen vanaf 2027 elke twee jaar een herinneringskaart.",
            True,
        ),
        ("Huishoudens ontvingen in 2025 een herinneringskaart.", False),
        # "in deze brief" as a noun's modifier is no pointer into the letter
        (
            "De kosten van de maatregelen in deze brief, ongeveer 2,4 miljoen euro, dek ik binnen de begroting.",
            True,
        ),
        ("In deze brief zal ik ingaan op de kosten.", False),
    ],
)
def test_round_48_forms_of_holdout243_and_244(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # "dat" as a determiner right after the first verb, then "en" and our next act
        ("Ik steun dat initiatief en draag € 150.000 bij aan de ontwikkelkosten.", True),
        # "dat" opening a clause of others keeps "en zullen" theirs
        ("Ik verwacht dat gemeenten dit oppakken en zullen helpen.", False),
    ],
)
def test_round_48_an_elided_subject_after_a_determiner(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # a choice reviewed: "tegen het licht houden", also with a condition or a date
        ("Ik houd de ondergrens wel tegen het licht als de monitor daartoe aanleiding geeft.", True),
        ("Die termijn houden we in 2028 tegen het licht.", True),
        # … but "houd" without that phrase is no review, and a declined review is none
        ("Ik houd vast aan het lichte regime voor kleine verenigingen.", False),
        ("Ik houd de drempel niet tegen het licht.", False),
        # a passive inquiry with "opnieuw" between the auxiliary and the participle
        ("In de Monitor Vrijwilligerswerk 2028 wordt opnieuw nagegaan hoe verenigingen ervoor staan.", True),
        ("Bij iedere keuring wordt opnieuw nagegaan of de installatie voldoet.", False),
    ],
)
def test_round_49_a_review_and_a_renewed_inquiry(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # another minister's decision to come in a verb-final relative clause, "zij" standing for the minister
        (
            "De minister heeft mij laten weten dat zij het advies meeneemt in de Natuurnota, waarover zij in het najaar "
            "van 2028 een besluit neemt.",
            True,
        ),
        ("De Minister van LVVN wees op de nota, waarover zij in 2024 een besluit nam.", False),
        # a step of our bill in a relative clause after it, not of a member's initiative bill
        (
            "Het wetsvoorstel tot wijziging van de Drinkwaterwet, dat in het voorjaar van 2028 in internetconsultatie "
            "gaat, regelt ook de meldplicht.",
            True,
        ),
        (
            "Het wetsvoorstel van het lid Jansen, dat in maart 2028 in internetconsultatie gaat, regelt de meldplicht.",
            False,
        ),
        # data passed on through a channel from a date, but not a view shared
        (
            "Vanaf 1 maart 2028 worden de meldingen gedeeld via het landelijke portaal van de waterschappen.",
            True,
        ),
        ("Die zorg wordt vanaf 2028 door de sector gedeeld.", False),
        # the practice since a past year: a month in it is a yearly moment
        (
            "Sinds 2020 wordt het visplan pas vastgesteld nadat de provincie in maart de stand heeft geteld.",
            False,
        ),
        # "er komt" with its noun in a clause of its own: a result, not a measure announced
        ("Zo komt er meer overzicht zonder dat er een nieuw rapport bij komt.", False),
        ("Er komt in 2028 een nieuw loket voor kleine ondernemers.", True),
        # a date that belongs to another party's act in a relative clause makes no act of ours dated
        (
            "Het kabinet begrijpt de wens van de raad, maar wacht eerst de strategie af die de Europese Commissie in "
            "2028 presenteert.",
            False,
        ),
        ("Het kabinet stelt in 2028 een handreiking op, die de Europese Commissie daarna vertaalt.", True),
        # the secretariat of the council of ministers acting for the prime minister
        (
            "Vanaf 1 maart 2028 neemt het Secretariaat van de ministerraad een nota alleen nog in behandeling als de "
            "toets is bijgevoegd.",
            True,
        ),
    ],
)
def test_round_49_forms_of_holdout247_and_248(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # a wait in the clause after ", en ik" leaves the dated step before it promised
        (
            "In 2028 wordt de subsidieregeling geëvalueerd, en ik wil de uitkomsten afwachten voordat ik iets wijzig.",
            True,
        ),
        # … a past act before it stays past
        ("Het advies is in 2025 verschenen, en ik heb het met belangstelling gelezen.", False),
    ],
)
def test_round_49_clauses_joined_by_comma_en_are_read_one_by_one(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # a title's words are no acts of ours, nor its year a deadline
        (
            "Hierbij zend ik u het rapport «Grond en besluit» van de inspectie over de vergunningverlening.",
            False,
        ),
        ("Het programma «Schoon water 2030» wordt voortgezet.", False),
        ("Ik stuur uw Kamer het rapport «Wonen in 2030» in het najaar van 2027.", True),
        # information shared with the Kamer, not a view shared
        ("De cijfers per gemeente deel ik vertrouwelijk met uw Kamer.", True),
        ("Die zorg deel ik met uw Kamer.", False),
        ("Ik herken de knelpunten en deel de conclusie dat de termijnen te lang zijn.", False),
        # the next step after a dated one, in a relative clause of ours
        ("Het besluit, dat ik daarna aan de Raad van State voorleg, regelt ook de bewaartermijn.", True),
        ("Daarna heb ik het besluit, dat ik toen vaststelde, gepubliceerd.", False),
    ],
)
def test_round_49_forms_of_holdout249_and_250(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # "het" after its verb for the cabinet named as subject before the semicolon
        (
            "Het kabinet ziet dat kleine gemeenten de capaciteit missen; daarvoor stelt het in 2028 twintig experts beschikbaar.",
            True,
        ),
        # … not without the cabinet before it
        ("De raad adviseert een fonds; daarvoor stelt het in 2028 geld beschikbaar.", False),
    ],
)
def test_round_49_het_for_the_cabinet_after_a_semicolon(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # a day or year named before, taken up by "vóór die datum" / "vanaf dat jaar"
        (
            "Ik pas de regeling zo aan dat gemeenten vanaf 1 oktober 2027 een melding zelf kunnen intrekken. De "
            "Rijksdienst voor Identiteitsgegevens past het register daarvoor vóór die datum aan.",
            True,
        ),
        # a norm: "moet … worden" a few words before the passive
        (
            "Een gestolen pas moet zo snel mogelijk worden geblokkeerd, omdat hij anders kan worden misbruikt.",
            False,
        ),
        # a year that closes a name is no date of the past request
        (
            "Ik heb haar gevraagd het advies te betrekken bij de evaluatie van de Aanbestedingswet 2012, die in 2028 "
            "wordt afgerond.",
            False,
        ),
        # a yearly report of ours in a named document
        ("Over de voortgang rapporteer ik jaarlijks in de Klimaat- en Energienota.", True),
        ("De inspectie rapporteert jaarlijks in haar jaarverslag.", False),
        # the Belastingdienst's anti-money-laundering supervisor
        ("Het Bureau Toezicht Wwft werkt vanaf 1 juli 2028 met een nieuw risicomodel.", True),
    ],
)
def test_round_49_forms_of_holdout251_and_252(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # a time after an event to come, or the next event of a kind
        ("Over de werking van het loket wordt uw Kamer een jaar na de opening geïnformeerd.", True),
        ("Na de eerstvolgende verkiezingen stuur ik uw Kamer een evaluatie van deze maatregelen.", True),
        ("Na de vorige verkiezingen stuurde ik uw Kamer een evaluatie.", False),
        # a minister opening something on a day, in a relative clause that ends further on
        (
            "Het loket valt onder de Minister van Economische Zaken, die het op 1 oktober 2028 bij de Rijksdienst voor "
            "Ondernemend Nederland opent.",
            True,
        ),
        ("De musea, die op 1 januari 2028 een nieuwe zaal openen, krijgen geen subsidie.", False),
    ],
)
def test_round_49_forms_of_holdout253_and_254(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # those told put before an inverted "wijs ik", "er … op" closing the clause
        ("De resterende waterschappen wijs ik er in het voorjaar van 2027 nogmaals op.", True),
        # … not said to the reader, here
        ("Daarbij wijs ik er nogmaals op dat de regeling afloopt.", False),
        # two nouns joined by "of" inside the clause: no question opened
        (
            "Ik neem vanaf 2028 in elk convenant met een bibliotheek of taalhuis afspraken op over het bereik.",
            True,
        ),
        # what others receive from the next year, with a relative clause on the recipients
        (
            "Daarnaast krijgen docenten die een bijscholing volgen vanaf volgend jaar drie dagen studieverlof.",
            True,
        ),
        # … but facing something is no gift
        ("Daarnaast krijgen docenten vanaf volgend jaar te maken met een hogere werkdruk.", False),
        # a refusal before the semicolon, the act of ours after it
        (
            "Het kabinet kiest niet voor een tweede loket; wel stelt het in 2028 vijf adviseurs beschikbaar.",
            True,
        ),
        # … and a refusal alone stays one
        ("Ik verhoog de bijdrage in 2028 niet; de provincies krijgen wel meer tijd.", False),
    ],
)
def test_round_50_forms_of_round_49s_leftovers(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # "zal" after a plural verb in the clause between: the lead actor's (a singular modal)
        (
            "Het kabinet ziet dat nog niet alle scholen die regeling kennen en zal er in de nieuwsbrief aandacht "
            "aan besteden.",
            True,
        ),
        # … but the plural "zullen" after a plural subject in that clause is theirs
        ("Ik verwacht dat de scholen dit oppakken en zullen daarover in 2027 rapporteren.", False),
        # a named bureau of a service, dated
        ("Het Bureau Vertalingen van de IND begint in mei 2027 met een nieuwe opleiding voor tolken.", True),
        # a service and a directorate of the ministry together
        (
            "De Rijksvoorlichtingsdienst en de directie Communicatie van mijn ministerie stellen samen een "
            "protocol op, dat vóór 1 juni 2027 klaar is.",
            True,
        ),
    ],
)
def test_round_50_forms_of_holdout255_and_256(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # advice asked of a body, a pronominal adverb between "om" and "advies"
        ("Het kabinet vraagt de Gezondheidsraad om hierover advies en neemt daarna een besluit.", True),
        # a delivery of ours repeated from now on
        ("De peiling wordt elk jaar herhaald; ik stuur u de uitkomsten telkens toe.", True),
        # … not one done already
        ("Ik stuur u al jaarlijks de uitkomsten toe.", False),
        # a passive in a fronted condition is the condition, no act of ours
        ("Als de regeling in 2029 wordt verlengd, vallen de kosten onder het gemeentefonds.", False),
        # … but an act of ours in the main clause stays a promise
        ("Als de regeling in 2029 wordt verlengd, stuur ik uw Kamer vooraf een evaluatie.", True),
    ],
)
def test_round_50_forms_of_holdout257_and_258(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # refraining from an act is no promise
        ("Ik zie hier geen taak voor de overheid en laat een onderzoek daarnaar achterwege.", False),
        # a time set off by commas inside the clause of the modal
        (
            "Wel zal ik bij de volgende selectieronde, in het voorjaar van 2028, samen met de KNVB gericht werven "
            "onder trainers.",
            True,
        ),
        # a duty laid on others, with its final particle
        ("Ik leg de netbeheerders de plicht op om storingen binnen een uur te melden.", True),
        # … not an emphasis
        ("Ik leg de nadruk op preventie.", False),
    ],
)
def test_round_50_forms_of_holdout259_and_260(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # opened to the public, past a relative clause closed by its comma
        (
            "Ten eerste stel ik vanaf het voorjaar van 2028 elk jaar acht kazematten die nu gesloten zijn, gedurende "
            "zes weekenden open voor bezoekers.",
            True,
        ),
        # "Het" for the cabinet before a verb changing a rule of ours
        (
            "Het kabinet neemt deze aanbeveling over. Het wijzigt daartoe het Havenreglement, zodat de plicht vanaf "
            "1 januari 2029 geldt.",
            True,
        ),
    ],
)
def test_round_50_forms_of_holdout261_and_262(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


def test_round_50_a_number_with_a_dot_inside_a_series_gift() -> None:
    """ "25.000" is no full stop: what small municipalities receive from 2028 is promised (round 50, holdout263)."""
    text = (
        "Wel ontvangen gemeenten met minder dan 40.000 inwoners die een eigen meldpunt willen opzetten, vanaf 2028 een "
        "tegemoetkoming in de kosten."
    )
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert got and got[0].deadline is not None and got[0].deadline.text == "vanaf 2028"


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # a periodic document named after a capitalised adjective, with its year
        (
            "Over de eerste uitkomsten informeer ik uw Kamer in de Fiscale beleids- en uitvoeringsagenda van 2028.",
            True,
        ),
        ("Over de voortgang bericht ik uw Kamer in de Integrale veiligheidsagenda 2028.", True),
        ("Het kabinet heeft in de Nieuwe aanpak van 2020 gekozen voor regie.", False),
        # a measure whose particle follows a relative clause without commas
        (
            "Ten eerste breng ik de maximale termijn die verhuurders met huurders mogen afspreken terug van twaalf naar "
            "zes maanden.",
            True,
        ),
        ("Ik stel het budget dat gemeenten nu ontvangen beschikbaar voor nieuwe projecten.", True),
        ("Ik pas de regeling die gemeenten gebruiken niet aan.", False),
    ],
)
def test_round_51_forms_of_holdout267_and_268(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # a platform, site or register of ours that opens at a time to come
        ("Het platform gaat in het derde kwartaal van 2027 open.", True),
        ("Het register gaat op 1 maart 2027 open voor aanvragen.", True),
        ("De grens gaat in 2027 open.", False),
    ],
)
def test_round_51_a_platform_that_opens(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # "meegeven" as a dated act of ours
        ("Vanaf 1 januari 2028 geef ik iedere nieuwe regeling bij de opzet een meetplan mee.", True),
        # the place of another recommendation's answer in this letter: a deferral inside it
        ("Op het gebruik van deze cijfers in de evaluatie kom ik bij aanbeveling 4 terug.", False),
        ("Op de uitkomsten kom ik in het voorjaar van 2027 terug.", True),
    ],
)
def test_round_51_forms_of_holdout271_and_272(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # a request of ours with an indirect question other than "of"
        ("Ik vraag eerst de gemeenten zelf hoe zij het extra geld zouden willen besteden.", True),
        ("Ik vraag de uitvoerders welke gegevens zij nodig hebben.", True),
        ("Ik vraag me af hoe dat zo gekomen is.", False),
        ("Het lid vraagt hoe de minister dat ziet.", False),
        # what others receive from us from now on
        (
            "Na iedere inspectie ontvangen de scholen voortaan binnen zes weken een brief van mij met de uitkomsten.",
            True,
        ),
        ("De scholen ontvangen al jaren een brief van mij met de uitkomsten.", False),
        ("De scholen ontvangen een brief van mij met de uitkomsten.", False),
        # a stop to a practice of ours with five words between "geen" and "meer"
        (
            "Vanaf 1 maart 2027 keur ik geen nieuwe subsidie voor fietsenstallingen meer goed zonder een beheerplan.",
            True,
        ),
        # the central government by its common name
        ("De rijksoverheid zal de regeling in 2027 aanpassen.", True),
        ("In 2025 heeft de rijksoverheid de regeling aangepast.", False),
    ],
)
def test_round_52_forms_of_holdout273_and_274(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # what recipients get in a year to come (gold: 5 of 5 firm) or receive from a day to come (5 of 5)
        ("Alle brandweerkorpsen krijgen in 2027 een nieuw meldsysteem.", True),
        ("De gemeenten krijgen daarvoor in het voorjaar van 2027 een handreiking.", True),
        ("Werkgevers ontvangen de aanslag vanaf 1 januari 2028 uitsluitend digitaal.", True),
        ("Gemeenten krijgen in 2021 meer aanvragen dan verwacht.", False),
        ("Scholen ontvangen in 2027 naar verwachting meer leerlingen.", False),
        ("De stichting meldt dat het aantal gezinnen dat hulp ontvangt in 2027 verder stijgt.", False),
        # our own ministry, unnamed, acting (gold: 5 of 5 such dated sentences firm)
        ("Het ministerie laat eerst onderzoeken wat een eigen opleiding zou kosten.", True),
        ("Het ministerie van VWS werkt aan een nieuwe regeling.", False),
        # a yearly report of a ministry named in full
        (
            "Over de voortgang bericht ik uw Kamer in het jaarverslag van het Ministerie van Justitie en Veiligheid "
            "over 2027.",
            True,
        ),
        # a service's practice already in place, and a service that only owns the subject
        ("De Belastingdienst past die werkwijze al toe op alle aangiften van dit jaar.", False),
        ("De Belastingdienst stelt vóór de zomer van 2027 een handleiding op voor alle kantoren.", True),
        ("Het archief van de RVD legt vast hoe bewindspersonen in beeld zijn gebracht.", False),
        # the Chamber of Commerce runs Economic Affairs' services
        ("Daarom biedt de Kamer van Koophandel vanaf september 2027 een gratis adviesgesprek aan.", True),
        # a Defence command by its compound name (holdout280)
        (
            "Het Opleidings- en Trainingscommando stelt met ingang van 1 september 2027 een veiligheidsplan verplicht.",
            True,
        ),
    ],
)
def test_round_53_forms_of_holdout277_and_278(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # "toesturen" in the present: the sending is still to come (gold: 18 of 18 firm), unless this letter encloses it
        ("Ik stuur uw Kamer het eindrapport van de evaluatie toe.", True),
        ("Die verkenning stuur ik uw Kamer toe.", True),
        ("Hierbij stuur ik uw Kamer het eindrapport van de evaluatie toe.", False),
        ("Ik stuur u het rapport met deze brief toe.", False),
        ("Ik stuur deze brief mede namens de Minister van Financiën.", False),
        # a separate letter is never this one
        (
            "De Minister van Infrastructuur en Waterstaat informeert uw Kamer daarover in een aparte brief.",
            True,
        ),
        ("Ik informeer uw Kamer daarover in een afzonderlijke brief.", True),
        ("Daarover heb ik uw Kamer in een afzonderlijke brief geïnformeerd.", False),
        # an act after waiting, its subject left out after the particle of the first verb
        ("Ik wacht dat onderzoek af en zal uw Kamer daarna over mijn besluit informeren.", True),
        ("Ik verwacht dat de gemeenten de regeling uitvoeren en zullen rapporteren.", False),
        # the cabinet setting money aside, as "Daarvoor reserveer ik …"
        ("Het kabinet reserveert daarvoor tot en met 2030 jaarlijks 3 miljoen euro op de begroting.", True),
        ("Het kabinet reserveert zich het recht voor om de regeling te wijzigen.", False),
        # a ministry named in full acting, as its minister does
        (
            "Het Ministerie van Sociale Zaken en Werkgelegenheid laat onderzoeken wat een hogere grens zou kosten.",
            True,
        ),
        ("Het Ministerie van Financiën deelt die opvatting.", False),
        # the change after a colon, opening on a start day to come
        (
            "Voor de regionale kantoren vervalt die plicht wel: vanaf 1 maart 2028 gebruiken zij het centrale systeem.",
            True,
        ),
        (
            "De gemeenten hebben mij laten weten dat zij het advies volgen: vanaf 1 maart 2028 gebruiken zij het "
            "centrale systeem.",
            False,
        ),
        (
            "Voor de regionale kantoren vervalt die plicht wel: vanaf 1 maart 2020 gebruiken zij het centrale systeem.",
            False,
        ),
        # a stop or a new route from a day to come (not a forecast: "loopt … op")
        ("Vanaf 1 januari 2028 loopt er geen boete meer op zolang de aangifte is gedaan.", True),
        ("Vanaf 1 januari 2028 loopt de steun aan die landen uitsluitend via de Wereldbank.", True),
        ("Vanaf 2030 loopt het tekort van het fonds verder op.", False),
        # another body's estimate or forecast is theirs
        (
            "De raad schat dat de komende tien jaar ongeveer 400 schoolgebouwen overbodig worden, vooral in dorpen waar "
            "scholen zijn gefuseerd.",
            False,
        ),
        ("De inspectie verwacht dat de komende vijf jaar ongeveer 30 instellingen worden gesloten.", False),
        ("Het planbureau verwacht dat het aantal aanvragen in 2028 verdubbelt.", False),
    ],
)
def test_round_54_forms_of_holdout283_and_284(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # any period of a filing or scheme named by its year is a day to come
        ("Vanaf de aangifteperiode 2023 stuurt de Belastingdienst iedere ontvanger een brief.", True),
        ("Vanaf de aangifteperiode 2020 stuurt de Belastingdienst iedere ontvanger een brief.", False),
        # … a rule from a day to come alone may describe a law made before (beside an act of ours: below)
        (
            "Vanaf 1 januari 2023 mag een uitzendbureau alleen nog werken met een toelating. De toelatingsorganisatie "
            "heeft tot nu toe 9.000 aanvragen ontvangen.",
            False,
        ),
        # a clause the next one calls in place already
        (
            "Vanaf 1 januari 2024 mogen verhuurders geen woningen met label G meer verhuren; dat is al wettelijk vastgelegd.",
            False,
        ),
        ("In twee landen is dat al geregeld; met de andere vier maakt de ambassade in 2023 afspraken.", True),
        # "Het" for the cabinet named in the sentence before, with an intention
        (
            "Het kabinet dankt de raad voor zijn advies. Het streeft ernaar uw Kamer vóór de zomer van 2023 een plan "
            "te sturen.",
            True,
        ),
        (
            "Het rapport is helder. Het streeft ernaar uw Kamer vóór de zomer van 2023 een plan te sturen.",
            False,
        ),
    ],
)
def test_round_54_forms_of_holdout285_and_286(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Met ingang van het teeltjaar 2023 moet na maïs een vanggewas zijn ingezaaid. Ik wijzig daartoe de regeling.",
         "Met ingang van het teeltjaar 2023 moet"),
        ("Ten eerste breid ik het register uit. Vanaf 1 april 2023 moeten ook platforms de gegevens vastleggen.",
         "Vanaf 1 april 2023 moeten"),
        ("Vanaf 1 juli 2023 mogen netbeheerders zelf batterijen plaatsen. Daarnaast stel ik in 2023 € 5 miljoen "
         "beschikbaar.", "Vanaf 1 juli 2023 mogen"),
    ],
)  # fmt: skip
def test_round_54_a_rule_from_a_day_to_come_beside_our_act(text: str, rule: str) -> None:
    got = find_commitments(text, REF)
    assert any(c.text.startswith(rule) for c in got)
    assert len(got) == 2


def test_round_54_a_rule_alone_keeps_the_ids_in_order() -> None:
    text = (
        "Vanaf 1 januari 2023 mag een uitzendbureau alleen nog werken met een toelating. De organisatie heeft veel "
        "aanvragen ontvangen. Ik stuur uw Kamer in het najaar van 2022 een overzicht."
    )
    got = find_commitments(text, REF)
    assert [c.id for c in got] == ["c1"]
    assert got[0].action == "sturen"


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # a habit described is no promise, whoever acts; the same act with a time to come is
        (
            "Zo organiseert het ministerie regelmatig spreekuren voor gemeenten met vragen over de verkiezingen.",
            False,
        ),
        ("Het Ministerie van Financiën overlegt doorgaans eerst met de banken.", False),
        (
            "Het ministerie organiseert in 2023 spreekuren voor gemeenten met vragen over de verkiezingen.",
            True,
        ),
    ],
)
def test_round_54_a_habit_is_no_promise(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


def test_round_54_the_same_moment_names_the_day_before_again() -> None:
    """ "vanaf hetzelfde moment" names the day of the sentence before (holdout290); "op hetzelfde moment als uw Kamer"
    compares, it names no day."""
    dated = "Vanaf 1 januari 2023 publiceer ik de lijsten. "
    same = find_commitments(
        dated + "Het Ministerie van Algemene Zaken publiceert vanaf hetzelfde moment een overzicht.", REF
    )
    assert [c.action for c in same] == ["publiceren", "publiceren"]
    assert same[1].deadline is not None and same[1].deadline.earliest == dt.date(2023, 1, 1)
    compared = find_commitments(
        dated + "De Eerste Kamer ontvangt de agenda op hetzelfde moment als uw Kamer.", REF
    )
    assert len(compared) == 1


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # "om … te" after a noun of duty or right is the noun's complement: the main clause goes on (holdout291)
        (
            "Daarom beperk ik de plicht om een klacht eerst intern af te handelen tot werkgevers met tien of meer "
            "werknemers.",
            True,
        ),
        ("Ik breid de mogelijkheid om in deeltijd te studeren uit tot alle masteropleidingen.", True),
        # (a purpose clause after a noun of another kind still stops the clause: no particle of "beperk" after it)
        ("Ik beperk de kosten om de regeling betaalbaar te houden.", False),
        # "daarmee" in a relative clause is no "this letter now" (holdout291): the report is still to come
        (
            "Uw Kamer wordt in de voortgangsbrief van dat najaar geïnformeerd over de besparing die daarmee is "
            "bereikt.",
            True,
        ),
        ("Hiermee informeer ik uw Kamer over de uitvoering van de motie.", False),
    ],
)
def test_round_55_forms_of_holdout291(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # a condition we set, undated too (holdout294; the gold's dated ones are all firm)
        (
            "Ik stel wel als voorwaarde dat de huur in het eerste jaar na de renovatie niet extra stijgt.",
            True,
        ),
        ("De gemeente stelt als voorwaarde dat de huur niet stijgt.", False),
        # "afschaffen" after a modal of intention (holdout293), not another party's advice or a refusal
        ("Ik wil de eigen bijdrage voor gehoorapparaten afschaffen voor kinderen tot achttien jaar.", True),
        ("De raad adviseert de eigen bijdrage af te schaffen.", False),
        ("Ik zie geen aanleiding de eigen bijdrage af te schaffen.", False),
        # sent "aan uw Kamer" without this letter's marker: still to come (holdout294); with "hierbij" it is this letter
        ("Het eerste overzicht stuur ik ook aan uw Kamer, zodat u kunt zien hoe het eruitziet.", True),
        ("Hierbij stuur ik het rapport aan uw Kamer.", False),
        # the verb of a subordinate clause before the main one is no act announced (holdout294)
        ("Voordat ik bepaal of de regeling een plafond moet krijgen, wil ik weten wat dat kost.", False),
        ("Zodra ik het advies heb, verleng ik de regeling.", True),
    ],
)
def test_round_55_forms_of_holdout293_and_294(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


def test_round_55_after_the_window_before_names_it_again() -> None:
    """ "Na afloop worden de resultaten … geëvalueerd" opens on the end of the window the sentence before named (holdout293);
    without a window to come before it, it names none."""
    dated = (
        "Het kabinet stelt in 2027 en 2028 eenmalig 1 miljoen euro beschikbaar voor proeven met buurtbussen. "
    )
    after = "Na afloop worden de resultaten van die proeven geëvalueerd, voordat het kabinet over een vervolg besluit."
    assert len(find_commitments(dated + after, REF)) == 2
    assert find_commitments(after, REF) == []


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # a periodic document with a capitalised word of its name before it (holdout295)
        (
            "Over de uitvoering van de maatregelen bericht ik uw Kamer in het Financieel Jaarverslag van het Rijk over "
            "2027.",
            True,
        ),
        # the costs borne, put first or with the fund they come from (holdout295), not who bears them
        ("De kosten daarvan draag ik uit het Mobiliteitsfonds.", True),
        ("Ik draag de kosten uit de begroting van mijn ministerie.", True),
        ("Op de vraag wie de kosten draagt, kom ik hieronder terug.", False),
        ("Daarmee draag ik bij aan een veiliger buurt.", False),
    ],
)
def test_round_55_forms_of_holdout295(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # the Kamer informed in the passive after a fronted phrase of six words or more (holdout299)
        (
            "Over de uitwerking van de nieuwe geluidsnorm wordt uw Kamer bij de aanbieding van het ontwerpbesluit "
            "geïnformeerd.",
            True,
        ),
        (
            "Over de gevolgen van de nieuwe norm voor kleine bedrijven wordt uw Kamer in het najaar geïnformeerd.",
            True,
        ),
        # … not when it is not
        ("Over de uitwerking van de nieuwe geluidsnorm wordt uw Kamer niet apart geïnformeerd.", False),
    ],
)
def test_round_56_forms_of_holdout299(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # talks entered into, the talks before or after the verb (holdout301)
        (
            "Het overleg met de havenbedrijven over een gezamenlijke tariefstructuur ga ik aan, samen met de provincie.",
            True,
        ),
        ("Ik ga de samenwerking met de drie waterschappen aan.", True),
        ("Het gesprek met de sector gaat over de tarieven.", False),
        # a limit laid (holdout301)
        ("Ik leg de bovengrens daarom bij twintig deelnemers.", True),
        # a scheme continued, in the passive (holdout301)
        ("De subsidieregeling wordt voortgezet tot en met 2031.", True),
        # the ministry's staff act for it
        ("Mijn medewerkers zullen de aanvragers voortaan binnen een week informeren.", True),
        ("De medewerkers van de gemeente zullen de aanvragers informeren.", False),
    ],
)
def test_round_56_forms_of_holdout301(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # a periodic document with its subject as one lower-case word (holdout303)
        ("Over de voortgang informeer ik uw Kamer in het jaarverslag waterveiligheid over 2027.", True),
        ("In het jaarverslag waterveiligheid over 2025 staat dat de schade toeneemt.", False),
        # a scheme widened (holdout303)
        ("Ik verbreed de regeling daarom alleen voor dijken die in beheer zijn bij waterschappen.", True),
        ("Wij verbreden de subsidieregeling naar kleine gemeenten.", True),
    ],
)
def test_round_56_forms_of_holdout303(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # a month without a year in a perfect tense dates an act done, not one to come (holdout303, round 57)
        (
            "De provinciesecretarissen hebben in januari afgesproken dat een adviseur bij een andere provincie wordt "
            "ingezet.",
            False,
        ),
        ("Het kabinet heeft in november besloten dat de regeling wordt verlengd.", False),
        ("De regeling die in maart is gestart, wordt geëvalueerd.", False),
        # the same month still to come: a promise
        ("In januari wordt de regeling verlengd.", True),
        ("Het onderzoek is in juni gestart en wordt in het voorjaar afgerond.", True),
    ],
)
def test_round_57_a_month_in_a_perfect_tense_is_past(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # a subordinate clause after a comma closes the main clause, its "of" no stop of the act before it
        # (holdout298, round 57)
        (
            "Vanaf 1 mei 2027 laat ik voor iedere keuring vooraf een risicoanalyse maken, ook als de gemeente of de "
            "eigenaar al een eigen onderzoek heeft laten doen.",
            True,
        ),
        (
            "Vanaf 1 mei 2027 laat ik die analyse opstellen, zelfs als de provincie of de sector dat niet wil.",
            True,
        ),
        ("Ik zal de regeling verlengen, als de provincie of de gemeente daarom vraagt.", True),
        (
            "De gemeente laat een analyse maken, ook als de provincie of de eigenaar al onderzoek heeft gedaan.",
            False,
        ),
    ],
)
def test_round_57_a_comma_before_a_subordinate_clause_ends_the_act(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # a rule prescribed, with its particle "voor" (holdout307, round 57)
        (
            "Voor chatbots die vragen over uitkeringen beantwoorden, schrijf ik een test met burgers wel voor.",
            True,
        ),
        ("Wij schrijven voor dat elke gemeente een meldpunt heeft.", True),
        ("Ik schrijf u deze brief mede namens de Minister van Financiën.", False),
        ("Een vaste frequentie schrijf ik niet voor.", False),
        # what is awaited is dated, not an act of ours (holdout307, round 57)
        (
            "Het kabinet wacht daarom de uitkomsten af van het onderzoek dat de netbeheerders uitvoeren en dat in het "
            "voorjaar van 2023 wordt afgerond.",
            False,
        ),
        ("Het kabinet wacht die evaluatie af en neemt in het voorjaar van 2023 een besluit.", True),
        # a date before a season other than the summer (holdout307, round 57)
        ("Deze norm wordt vóór de winter van 2022–2023 opgenomen in de concessie.", True),
    ],
)
def test_round_57_forms_of_holdout307(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # a letter written in the third person: the state secretary, "zij" after the verb, "Tot die tijd vraagt …"
        # (holdout306, round 57)
        (
            "De staatssecretaris neemt deze aanbeveling over. Daarnaast legt zij in het wetsvoorstel, dat in het najaar "
            "van 2022 naar uw Kamer gaat, vast dat een bevoegde leraar verantwoordelijk blijft.",
            True,
        ),
        (
            "Het kabinet neemt de eerste aanbeveling over. Tot die tijd vraagt de staatssecretaris de verhuurders om de "
            "vrijwillige instructiekaart te gebruiken.",
            True,
        ),
        # not the minister asked by the report's author in the sentence before
        (
            "De ombudsman vraagt de Minister ten eerste om «gemeenten te verplichten een regeling op te nemen». "
            "Daarnaast vraagt hij om «een landelijke termijn van vier weken vast te leggen».",
            False,
        ),
        # others told of a rule of ours
        (
            "Wel brengt de staatssecretaris de bestaande regeling dit jaar onder de aandacht van de besturen.",
            True,
        ),
        ("De VNG brengt de modelverordening onder de aandacht van haar leden.", False),
        # a measure of ours just named starts at a date
        ("Die registratie gaat op 1 maart 2023 van start.", True),
        # a rule from a date, the verb first after an adverb
        ("Wel wordt vanaf het vaarseizoen 2023 de minimumleeftijd op achttien jaar gesteld.", True),
        ("Wel wordt vanaf 2020 de grens toegepast.", False),
        # the cabinet's delivery after "en", its subject left out
        (
            "Het kabinet neemt kennis van deze aanbeveling en komt er na de vaststelling van die verklaring bij uw "
            "Kamer op terug.",
            True,
        ),
        ("Het kabinet vindt dat gemeenten dit oppakken en komt daarna met een voorstel.", False),
    ],
)
def test_round_57_forms_of_holdout305_and_holdout306(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # a contribution to costs (holdout310, round 57)
        ("Mijn ministerie draagt de eerste drie jaar bij aan de opstartkosten.", True),
        ("Ik draag in 2023 bij aan de opstartkosten van zo'n commissie.", True),
        ("Het griffierecht draagt bij aan de kosten van de rechtspraak.", False),
        ("Het kabinet draagt bij aan een veiliger buurt.", False),
    ],
)
def test_round_57_a_contribution_to_costs(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # a tender of a year dates the act (holdout311, round 57)
        ("Bij de aanbesteding van 2023 contracteer ik daarom twee leveranciers.", True),
        ("Bij de aanbesteding van 2020 contracteerde het ministerie één leverancier.", False),
    ],
)
def test_round_57_a_tender_of_a_year(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # a law or a concession by its name, with an insertion to come (round 58)
        ("In de Gemeentewet wordt opgenomen dat het college jaarlijks over de klachten rapporteert.", True),
        (
            "In de vervoerconcessie van de vervoerder wordt een plicht opgenomen om reizigers te informeren.",
            True,
        ),
        # … "regelmatig" inside the duty's "om … te" clause is what the duty holds, no habit of ours
        (
            "In de vervoerconcessie wordt een plicht opgenomen om reizigers bij een storing regelmatig te informeren.",
            True,
        ),
        # the law as it is: described, nothing to come
        ("In de Gemeentewet wordt geregeld dat het college rapporteert.", False),
        ("In de Gemeentewet is opgenomen dat het college rapporteert.", False),
        # a step left out of the bill
        ("In het wetsvoorstel wordt niet opgenomen dat het college rapporteert.", False),
        # a habit of a ministry stays a description, with or without a purpose clause
        ("Het ministerie organiseert regelmatig spreekuren om gemeenten te helpen.", False),
    ],
)
def test_round_58_an_insertion_in_a_named_law(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # "streef naar" with a target one can check (round 58)
        (
            "Daar streef ik naar een wachttijd van ten hoogste vijftien minuten, met een vast team ter plaatse.",
            True,
        ),
        ("Het kabinet streeft naar een reactietijd van ten hoogste tien werkdagen.", True),
        ("Ik streef daarbij naar 40 procent.", True),
        # an aim without a target, another body's aim, and support for an aim are none
        ("Ik streef naar een evenwichtige spreiding over het land.", False),
        ("Het agentschap streeft naar overplaatsing binnen drie weken.", False),
        ("Het kabinet steunt het streven naar een verbod.", False),
    ],
)
def test_round_58_striving_for_a_target(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # a state reached by a date to come, the date first in its clause (holdout315, round 58)
        (
            "De eerste neem ik over: vóór 1 oktober 2027 zijn alle schilderijen opgenomen in één overzicht.",
            True,
        ),
        ("Vóór 1 januari 2028 is iedere post aangesloten op het centrale registratiesysteem.", True),
        # … not a date past, nor negated
        ("Vóór 1 januari 2021 is iedere post aangesloten op het systeem.", False),
        ("Vóór 1 januari 2028 is de evaluatie niet afgerond.", False),
        # "now" inside a present passive: under way, even with a year in a later clause (holdout314, round 58)
        (
            "Het Douanewetboek van de Unie wordt op dit moment herzien en de Europese Commissie verwacht in 2028 een "
            "voorstel te doen.",
            False,
        ),
        ("De kerndoelen worden momenteel herzien, zodat zij vanaf 2028 gelden.", False),
        ("De regeling wordt in 2028 herzien.", True),
    ],
)
def test_round_58_a_state_by_a_date_and_a_revision_under_way(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # "aan het einde" right before "terug": this letter's end (holdout313, round 58)
        ("Op de kosten van de voorstellen in deze brief kom ik aan het einde terug.", False),
        ("Ik kom aan het einde van het jaar terug op de evaluatie.", True),
        # the verb after a plural noun that a preposition follows (holdout316, round 58)
        (
            "Ik laat de effecten van de regeling vanaf 2023 ieder jaar meten in plaats van eens in de vijf jaar.",
            True,
        ),
        ("Ik laat die afweging aan de commandanten.", False),
        # funding as a subsidy, like "financier" (holdout313, round 58) …
        ("Ik subsidieer de stichting tot en met 2025.", True),
        # … but a relative clause of funding describes what is funded now
        ("Het kenniscentrum, dat ik subsidieer, biedt ondersteuning.", False),
        ("Het kenniscentrum, dat ik financier, biedt ondersteuning.", False),
        ("De verhoging kost 4 miljoen euro per jaar, die ik dek uit de middelen voor natuurbeheer.", True),
    ],
)
def test_round_58_forms_of_holdout313_and_holdout316(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


def test_round_58_the_minister_after_the_verb_two_sentences_on() -> None:
    """ "De Minister van VWS neemt deze aanbeveling gedeeltelijk over. Een apart nummer laat hij niet instellen …. Wel
    vraagt hij de ziekenhuizen om …": the minister named two sentences before is the subject after the verb (holdout316;
    before round 58 only "Hij vraagt …" took the antecedent from further back)."""
    text = (
        "De Minister van Volksgezondheid, Welzijn en Sport neemt deze aanbeveling gedeeltelijk over. Een apart "
        "landelijk telefoonnummer laat hij niet instellen, omdat patiënten al de huisartsenpost kunnen bellen. Wel "
        "vraagt hij de ziekenhuizen om vanaf 1 oktober 2022 de openingstijden te tonen op de landelijke website."
    )
    got = [c for c in find_commitments(text, REF) if c.text.startswith("Wel vraagt hij")]
    assert len(got) == 1 and got[0].actor is not None and "Minister" in got[0].actor


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # a ministry's top civil servant, "elke"/"iedere" before it, first in the sentence (holdout319, round 58)
        (
            "Elke secretaris-generaal wijst vóór 1 april 2023 per uitvoeringsorganisatie een vaste contactpersoon aan.",
            True,
        ),
        # a particle before an inseparable prefix: "aanbesteed", "voorbereid" (holdout319, round 58)
        ("Het ontwerp wordt in het voorjaar van 2023 aanbesteed.", True),
        ("De bouw wordt in 2023 voorbereid.", True),
        # the minister leaving a thing with others, in the third person as in the first (holdout320, round 58)
        ("De minister laat het kader daarom bij de beroepsgroepen.", False),
        ("De staatssecretaris laat onderzoeken of de regeling werkt.", True),
    ],
)
def test_round_58_forms_of_holdout319_and_holdout320(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


def test_round_58_a_paragraph_opening_on_hij_after_the_minister() -> None:
    """ "Een wettelijke bewaartermijn acht de minister een goede stap. …" / (next paragraph) "Hij regelt daarom alleen
    een maximale bewaartermijn …": the minister, the subject of the paragraph before (holdout320; before round 58 only
    the paragraph's own sentences were read); not a minister asked by the report's author."""
    first = "Een wettelijke bewaartermijn acht de minister in beginsel een goede stap. Hij kiest niet voor één termijn."
    second = "Hij regelt daarom alleen een maximale bewaartermijn voor toetsresultaten."
    text = first + "\n\n" + second
    spans = [("p1", 0, len(first)), ("p2", len(first) + 2, len(text))]
    got = [c for c in find_commitments(text, REF, spans) if c.paragraph == "p2"]
    assert len(got) == 1 and got[0].actor is not None and "minister" in got[0].actor.lower()
    asked = "De ombudsman vraagt de minister om een regeling.\n\n" + second
    spans = [("p1", 0, 48), ("p2", 50, len(asked))]
    assert [c for c in find_commitments(asked, REF, spans) if c.paragraph == "p2"] == []


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # a scheme available or reachable from a day to come, "is" before the day (holdout317, round 58) …
        ("Voor eigenaren met een laag inkomen is de lening vanaf 1 januari 2023 beschikbaar.", True),
        ("Het steunpunt is vanaf 1 januari 2023 telefonisch en online bereikbaar.", True),
        # … not a day past, nor a study's outcome
        ("De lening is vanaf 1 januari 2020 beschikbaar.", False),
        ("Het rapport is vanaf 1 januari 2023 beschikbaar.", False),
        # reporting from a later document on (holdout318, round 58)
        ("Vanaf de eerstvolgende halfjaarsrapportage informeer ik uw Kamer over de uitvoering.", True),
        ("Vanaf de volgende paragraaf ga ik in op de kosten.", False),
    ],
)
def test_round_58_forms_of_holdout317_and_holdout318(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # a span of years dates the act (holdout321, round 58)
        ("De oudste aggregaten vervang ik tussen 2023 en 2025 door hybride exemplaren.", True),
        # a letter or budget for a year named as where we report (holdout321, round 58)
        ("Ik informeer uw Kamer daarover in de brief over de ontwikkelingsbegroting voor 2023.", True),
        ("Ik informeer uw Kamer daarover in de brief van 2020.", False),
    ],
)
def test_round_58_forms_of_holdout321(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # a form of ours in use from a day to come (holdout323, round 59) …
        ("Het aangepaste formulier is per 1 april 2023 in gebruik.", True),
        ("Het aangepaste formulier is sinds 1 januari 2021 in gebruik.", False),
        # … with whom, set off by commas after the inverted subject
        (
            "Voor de wachttijd stel ik, na overleg met de beroepsgroep, vóór de zomer van 2023 een norm vast.",
            True,
        ),
        # each minister, after the verb; a directorate of ours by its name
        ("Daarom wijst iedere minister vanaf 1 januari 2023 bij elke verkenning een directeur aan.", True),
        (
            "De directie Huisvesting beoordeelt de locaties voortaan eens in de drie jaar, te beginnen in 2023.",
            True,
        ),
        ("De directie van de school beoordeelt de kluisjes in 2023.", False),
        # a rule from the next round on; a sum of ours changed from a day to come
        ("Voor alle andere projecten geldt vanaf de volgende ronde een maximum van vier jaar.", True),
        ("De boete voor overbelading gaat per 1 januari 2023 omhoog.", True),
        ("De registratieplicht voor haarverf gaat per 1 januari 2023 op in een leverancierslijst.", True),
        ("De energieprijzen gaan per 1 januari 2023 omhoog.", False),
        # mapping the effects first, also with another minister as co-subject
        ("De Minister van Sociale Zaken en ik willen eerst de gevolgen in kaart brengen.", True),
        ("De inspectie wil de gevolgen in kaart brengen.", False),
        # a way named only as a way: what it is follows
        ("Wat de looptijd betreft, kies ik voor een middenweg.", False),
        ("Ten aanzien van de eerste aanbeveling kiest het kabinet voor een andere weg dan de raad.", False),
        ("Wat het budget betreft, kies ik voor een proef.", True),
        ("Ik kies daarom voor een tussenweg.", True),
        # what is promised is in this letter, said in the clause after it (holdout326, round 59)
        (
            "Het kabinet geeft binnen zes maanden een standpunt op de aanbevelingen; dat standpunt treft u in deze brief aan.",
            False,
        ),
        ("Ik stuur u in 2023 een rapport; de planning treft u hierbij aan.", True),
        # a gift through a service of ours, dated after the subject; how an act is done, after a comma (round 59)
        (
            "Via de Rijksdienst voor Ondernemend Nederland ontvangt iedere kotterreder in 2023 een bijdrage.",
            True,
        ),
        (
            "Bij de eerstvolgende beëdiging zal de RVD de uitzending verzorgen, met een gebarentolk en ondertiteling.",
            True,
        ),
        ("Ik zal met de gemeenten, de provincies en de waterschappen afspraken maken.", True),
        # a rule for whom first, then its day; a budget available with many words before "beschikbaar" (holdout327/329)
        ("De nieuwe voorwaarde geldt voor aanvragen vanaf 1 september 2023.", True),
        (
            "Binnen de regeling komt vanaf 1 januari 2023 een apart budget van 10 miljoen euro beschikbaar voor panden.",
            True,
        ),
        # a colleague of ours taking part from a day to come; a middle way with its content after a colon (holdout331)
        (
            "Vanaf 1 januari 2023 neemt aan ieder gehoor een tweede medewerker deel die daarvoor is opgeleid.",
            True,
        ),
        ("Vanaf 2023 neemt het aantal gehoren toe.", False),
        (
            "Voor de duur kiest het kabinet een tussenweg: een beding mag ten hoogste achttien maanden gelden.",
            True,
        ),
        ("Voor aanbeveling 4 kies ik een tussenweg.", False),
        # an advice brought out at our request, the past form verb-final with its particle (holdout332)
        ("Het tweede is het advies dat de Onderwijsraad op mijn verzoek uitbracht.", False),
        ("De Onderwijsraad brengt in 2023 op mijn verzoek een advies uit.", True),
    ],
)
def test_round_59_forms_of_holdout323_to_holdout326(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("second", "promised"),
    [
        # the day named in the sentence before, taken up by a pronoun in a form that needs a dated phrase (holdout328,
        # holdout330; round 59) …
        ("Vanaf diezelfde datum bevat iedere beschikking een bijlage met het gebruikte rendement.", True),
        ("Daarnaast ontvangt iedere jongere vanaf dat moment een overzicht van zijn rechten.", True),
        # … "op dat moment" is "at that time", no day
        ("Jongeren die op dat moment werken, hebben daar geen last van.", False),
    ],
)
def test_round_59_a_day_taken_up_again(second: str, promised: bool) -> None:
    text = "Per 1 januari 2023 verhoog ik de boete voor werkgevers. " + second
    got = [c for c in find_commitments(text, REF) if c.start > 0]
    assert bool(got) is promised


def test_round_59_that_moment_takes_up_only_the_sentence_before() -> None:
    # "vanaf dat moment" two sentences after the day may be an event named since (a real letter of 2022's form)
    text = (
        "Ik informeer uw Kamer in het voorjaar van 2023 over de resultaten. Het uitgangspunt is te komen tot normering. "
        "Vanaf dat moment wordt geborgd dat de overlast stapsgewijs afneemt."
    )
    assert [c.text for c in find_commitments(text, REF)] == [
        "Ik informeer uw Kamer in het voorjaar van 2023 over de resultaten."
    ]


def test_round_59_a_day_taken_up_again_keeps_its_words_in_the_object() -> None:
    # the pronoun read as a year while a form is matched is never shown: the object is the letter's words (round 59)
    text = (
        "Per 1 januari 2023 verhoog ik de boete voor werkgevers. Daarnaast ontvangt iedere jongere vanaf dat moment een "
        "overzicht van zijn rechten. De RVD reserveert vanaf dezelfde datum vier plaatsen voor de pers."
    )
    objects = [c.object for c in find_commitments(text, REF)]
    assert objects == [
        "de boete voor werkgevers",
        "iedere jongere een overzicht van zijn rechten",
        "vier plaatsen voor de pers",
    ]


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # talks with a party (holdout335, round 60); the noun of talks held is none
        ("Over een geschillencommissie overleg ik eerst met de branche.", True),
        ("Over aanbeveling 4 heb ik overleg gevoerd met de korpschef.", False),
        # an explanation received from us; the answer to a yearly report still to appear
        (
            "Scholen ontvangen vóór de zomervakantie van 2023 een toelichting van de PO-Raad en mijn ministerie.",
            True,
        ),
        ("Ik informeer uw Kamer in de reactie op het jaarverslag van de ombudsman over 2023.", True),
        # before or at the latest in a year; not before it
        ("Rijkswaterstaat legt vóór 2025 extra pechhavens aan.", True),
        ("Gemeenten moeten vóór 2025 een plan maken.", False),
        ("Bovendien heeft DUO laten weten dat het innen niet vóór 2026 kan worden ingepast.", False),
        # a month of this year since when it holds; the noun "start" after its article (holdout335, holdout337)
        (
            "Wat aanbeveling 3 betreft: sinds maart van dit jaar houdt de dienst een minimumvoorraad aan.",
            False,
        ),
        (
            "De aanpak heeft drie doelen, die ik bij de start met gemeenten heb afgesproken: 1. de leegstand daalt "
            "vóór 2030 onder de tien procent.",
            False,
        ),
        # the next round of a programme of ours (holdout337)
        (
            "Vanaf de start van het vervolgprogramma bevat ieder contract een reservering van vijf procent.",
            True,
        ),
        ("Vanaf de volgende ronde stijgen de kosten.", False),
        # something added to a list of ours; words added to this letter (holdout339)
        ("In 2023 en 2024 wil ik daar ten minste tien landen aan toevoegen.", True),
        ("Ik wil daar niets aan toevoegen.", False),
        ("Daar wil ik nog aan toevoegen dat de regeling goed werkt.", False),
        # a later document by its name and year; what this letter discusses
        ("In de Veteranennota 2023–2024 ga ik in op de eerste resultaten.", True),
        ("In deze brief ga ik in op de resultaten.", False),
        ("In de Klimaat- en Energienota 2023 geef ik aan hoeveel is bespaard.", True),
        ("Hieronder geef ik aan welke maatregelen ik neem.", False),
        # the state secretary's choice in the third person; others' choice
        ("De staatssecretaris kiest ervoor vanaf 1 januari 2023 regionale pools te financieren.", True),
        ("De gemeenten kiezen ervoor om pools te financieren.", False),
        # a long subject that receives from a day to come (holdout339)
        (
            "Het bestaande Expertisecentrum Herbestemming van de Rijksdienst voor het Cultureel Erfgoed krijgt vanaf "
            "2023 twee extra adviseurs.",
            True,
        ),
        # the cabinet's act after "en" (holdout342); left to the branch, a way not yet said, a decision not taken
        (
            "Het kabinet neemt de aanbeveling voor kennisgeving aan en vraagt het RIVM om de tankstations te "
            "betrekken bij de herijking.",
            True,
        ),
        ("Het kabinet neemt daar kennis van en laat de keuze voor de eisen aan de branche.", False),
        ("Het kabinet neemt deze aanbeveling daarom niet over en kiest voor een andere route.", False),
        ("Het kabinet neemt er kennis van, maar neemt daarover nu geen besluit.", False),
        # requirements of ours, plural (holdout341)
        (
            "De zool en het gewicht worden eisen in de aanbesteding van de nieuwe laars, die in het voorjaar van 2023 "
            "start.",
            True,
        ),
        # the state secretary in lower case; a round by its order; a named overview of a year (holdout343–344)
        ("De staatssecretaris sluit in 2023 met het IPO en de VNG een bestuurlijke afspraak.", True),
        ("Vanaf de eerste ronde van 2023 worden de deelnemers geworven via een steekproef.", True),
        (
            "Vanaf het Defensie Projectenoverzicht van 2023 rapporteer ik per projectfase over de kosten.",
            True,
        ),
        # a possibility offered; a report offered here
        ("Wel bied ik iedere gedupeerde de mogelijkheid om de schade opnieuw te laten beoordelen.", True),
        ("Ik bied u hierbij het rapport aan.", False),
    ],
)
def test_round_60_forms_of_holdout335_to_holdout344(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


def test_round_60_the_pronoun_of_a_state_secretary_who_chooses() -> None:
    # "Zij kiest ervoor …" after the state secretary named as the subject before (holdout340)
    text = (
        "De staatssecretaris deelt de analyse van de inspectie. Zij kiest ervoor om vanaf 1 januari 2023 regionale "
        "pools van functionarissen te financieren."
    )
    got = find_commitments(text, REF)
    assert [c.text[:9] for c in got] == ["Zij kiest"]
    assert got[0].actor is not None and "staatssecretaris" in got[0].actor.lower()


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # the commanders of Defence's units carry out the minister's choice (holdout347); what they said, past
        ("De commandanten leggen dit minimum vanaf 1 september 2022 vast in de opleidingsplannen.", True),
        ("De commandanten hebben laten weten dat zij de bijeenkomsten zelf willen organiseren.", False),
        # a possibility in the main clause (holdout347); an act of ours past a relative clause that holds one
        (
            "Het raamcontract loopt tot eind 2024 en kan zonder extra kosten met twee jaar worden verlengd.",
            False,
        ),
        (
            "De Belastingdienst gaat vanaf 1 juli 2022 alle gegevens waarvan de houder niet automatisch kan worden "
            "vastgesteld, handmatig nazoeken.",
            True,
        ),
    ],
)
def test_round_61_forms_of_holdout345_to_holdout348(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("reference", "promised"),
    [
        (D(2022, 5, 4), True),  # the letter in the season named: from now on (holdout347)
        (D(2022, 2, 10), True),  # before it: to come, as before round 61
        (D(2022, 7, 10), False),  # after it: a season passed
    ],
)
def test_round_61_from_the_letters_own_season_on_is_still_to_come(reference: dt.date, promised: bool) -> None:
    text = "In de onderhandelingen zet Nederland zich vanaf het voorjaar van 2022 in voor een updatetermijn van zeven jaar."
    assert bool(find_commitments(text, reference)) is promised


def _paragraphs_of_commitments(text: str) -> list[str | None]:
    """The paragraph ids ("p1", "p2", … for the blocks between blank lines) of the commitments found in `text`."""
    paragraphs, start = [], 0
    for k, block in enumerate(text.split("\n\n"), 1):
        paragraphs.append((f"p{k}", start, start + len(block)))
        start += len(block) + 2
    return [c.paragraph for c in find_commitments(text, REF, paragraphs)]


def test_round_61_a_dated_rule_in_a_numbered_list_of_our_measures_stands() -> None:
    """ "1. Vanaf 1 januari 2023 moet een werkgever … vastleggen." beside "2. De boete … verdubbel ik …": a measure of the
    same list, each item a paragraph of its own (holdout348; before round 61 the rule stood only beside an act of ours in
    its own paragraph)."""
    text = (
        "Op basis van deze uitkomsten neem ik de volgende drie maatregelen.\n\n"
        "1. Vanaf 1 januari 2023 moet een werkgever de werktijden van jongeren elektronisch vastleggen.\n\n"
        "2. De boete voor te laat werken verdubbel ik per 1 juli 2022.\n\n"
        "3. De Nederlandse Arbeidsinspectie houdt in het najaar van 2022 een controleactie."
    )
    assert _paragraphs_of_commitments(text) == ["p2", "p3", "p4"]
    # the same rule alone, no act of ours beside it: a law described, not promised
    alone = "Vanaf 1 januari 2023 moet een werkgever de werktijden van jongeren elektronisch vastleggen."
    assert find_commitments(alone, REF, [("p1", 0, len(alone))]) == []


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # a task left to the branch after taking note (holdout350); a study of ours let after a wait, as before
        (
            "Het kabinet neemt kennis van deze aanbeveling en laat het opstellen van een standaard aan de branche "
            "over.",
            False,
        ),
        ("Het kabinet wil eerst weten wat de gevolgen zijn en laat dat onderzoeken door het WODC.", True),
        # the year of the sentence before, named again (holdout350)
        (
            "De NVWA zal het aantal inspecties vanaf 2023 verdubbelen. Daarvoor stel ik vanaf dat jaar 1,2 miljoen "
            "euro per jaar beschikbaar.",
            2,
        ),
        # told in recurring reports to come (holdout350); told here, what others did
        (
            "De voortgang van deze maatregelen meld ik in de halfjaarsrapportages van de Belastingdienst.",
            True,
        ),
        (
            "Los van het rapport meld ik dat de Douane sinds 1 januari 2021 de vergunningen digitaal afgeeft.",
            False,
        ),
        # a charge stopped from a day to come (holdout350); a change declined
        (
            "Voor een eerste stornering worden vanaf 1 januari 2023 geen aanmaningskosten meer in rekening gebracht.",
            True,
        ),
        ("Voor hogere bedragen worden de kosten vanaf 2023 niet verlaagd.", False),
        # recipients served in a month or before a season of a year (holdout349); what befalls them
        ("De overige veteranen krijgen in januari 2023 een tweede brief.", True),
        ("Kinderen die nu al in de opvang verblijven, krijgen die test vóór de zomer van 2023.", True),
        ("Gemeenten krijgen in januari 2023 te maken met hogere kosten.", False),
        # a dependency on a document the cabinet sends (holdout349); on a decision only
        (
            "Of de steun na 2022 wordt voortgezet, hangt af van de keuzes in de nieuwe Afrikastrategie, die het "
            "kabinet in het voorjaar van 2023 aan uw Kamer zendt.",
            True,
        ),
        ("Of er ruimte is, hangt af van de besluitvorming in het voorjaar van 2023.", False),
    ],
)
def test_round_61_forms_of_holdout349_and_holdout350(text: str, promised: bool | int) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert (
        len(got) if isinstance(promised, int) and not isinstance(promised, bool) else bool(got)
    ) == promised


def test_round_61_a_duty_with_its_subject_first_stands_in_a_list_or_beside_its_vehicle() -> None:
    """ "2. Werkgevers … moeten vanaf 1 januari 2024 …" in a numbered list of our measures (holdout350), and "Vanaf 1
    januari 2024 moet de uitvoerder …" before "RVO neemt die eis op in de subsidievoorwaarden." (holdout349): rules of
    ours; alone, or beside another party's vehicle, a law described."""

    listed = (
        "1. Ik pas in 2023 het Arbeidsomstandighedenbesluit aan.\n\n"
        "2. Werkgevers met meer dan vijftig werknemers moeten vanaf 1 januari 2024 thuiswerken opnemen in hun "
        "risico-inventarisatie."
    )
    assert _paragraphs_of_commitments(listed) == ["p1", "p2"]
    assert (
        _paragraphs_of_commitments(
            "Werkgevers moeten vanaf 1 januari 2024 thuiswerken opnemen in hun risico-inventarisatie."
        )
        == []
    )
    vehicle = (
        "Vanaf 1 januari 2024 moet de uitvoerder van ieder nieuw programma vóór de start een nulmeting laten "
        "uitvoeren. RVO neemt die eis op in de subsidievoorwaarden."
    )
    assert _paragraphs_of_commitments(vehicle) == ["p1"]
    others = (
        "Vanaf 1 januari 2024 moet de uitvoerder van ieder nieuw programma vóór de start een nulmeting laten "
        "uitvoeren. De koepel neemt de eis op in haar kwaliteitskader."
    )
    assert _paragraphs_of_commitments(others) == []


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # the act after a refusal and ", maar" (holdout352); a view after it
        (
            "Ik ga ze niet in iedere regio verplicht stellen, maar ik stel vanaf het schooljaar 2022/2023 een "
            "startbijdrage beschikbaar voor de tien regio's met het grootste tekort.",
            True,
        ),
        ("Ik ga dat niet doen, maar ik begrijp de wens.", False),
        # told in the next report of a series (holdout352); told here
        (
            "In de volgende halfjaarsrapportage van de Belastingdienst meld ik hoeveel partners de brief hebben "
            "ontvangen.",
            True,
        ),
        ("Hierbij meld ik u dat de motie is uitgevoerd.", False),
        # the cabinet's second act after "en", a determiner after its verb (holdout352)
        (
            "Het kabinet stelt de tweede persoon daarom verplicht bij losbeurten van vijf ton of meer en neemt die "
            "eis op in dezelfde wijziging van de regeling.",
            True,
        ),
        # a service acting from the day a rule takes effect, named with a hedge (holdout352)
        (
            "Ik neem de test op in het besluit; de wijziging treedt naar verwachting op 1 juli 2023 in werking. De "
            "Arbeidsinspectie zal daarop vanaf dat moment controleren.",
            2,
        ),
    ],
)
def test_round_61_forms_of_holdout351_and_holdout352(text: str, promised: bool | int) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert (
        len(got) if isinstance(promised, int) and not isinstance(promised, bool) else bool(got)
    ) == promised


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # the colleague told, then "Zij …" with two acts (holdout353); a pronoun with no minister before it
        (
            "Ik heb de aanbeveling onder de aandacht van mijn ambtgenoot gebracht. Zij neemt haar mee in de herziening "
            "van het crisisbeleid en komt daarop in het voorjaar van 2023 terug.",
            True,
        ),
        ("De ouders vinden dit belangrijk. Zij nemen het mee en komen daarop terug.", False),
        # a number cut (holdout353); printing, no cut
        ("Het aantal papieren exemplaren drukken we terug van 200.000 naar 20.000.", True),
        ("Ik druk het rapport af.", False),
        # results shared with a party (holdout354); a view shared
        ("De resultaten deel ik met de telers via het kennisnetwerk notenteelt.", True),
        ("Ik deel de conclusie met de telers.", False),
    ],
)
def test_round_61_forms_of_holdout353_and_holdout354(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


def test_round_61_the_same_round_named_again_in_a_letter_of_that_year() -> None:
    """ "vanaf dezelfde ronde" after "Vanaf de ronde van 2023 …" in a letter of January 2023: a round of the letter's own
    year, still to come (holdout353; before round 61 the day named again was read as 1 January, passed)."""
    text = (
        "Vanaf de ronde van 2023 ontvangen jongeren een brief met een inlogcode. Jongeren die na vier weken niet hebben "
        "gereageerd, krijgen vanaf dezelfde ronde een herinnering per post."
    )
    got = find_commitments(text, D(2023, 1, 21))
    assert [c.text[:8] for c in got] == ["Vanaf de", "Jongeren"]
    assert got[1].deadline is not None and got[1].deadline.rule == "zelfde-ronde"
    assert got[1].deadline.text == "vanaf dezelfde ronde"


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        # an infinitive with a preposition after it, a noun in "-en" closing the clause (holdout357)
        ("Vanaf september 2022 laat ik iedere training afsluiten met het examen dat bij het beroepsprofiel hoort.", True),
        ("Vanaf 2023 laat ik de cursus afronden met een examen.", True),
        # an explanation of ours in guidance to come, not in this letter (holdout358)
        ("In het model zal ik deze mogelijkheid nog eens toelichten.", True),
        ("In de nieuwe handreiking zal het kabinet de regels toelichten.", True),
        ("In de bijlage licht ik de werkwijze toe.", False),
        ("In het rapport licht de raad de werkwijze toe.", False),
        # the new thing named first, "komt er" with a deadline (holdout357); declined, or no deadline
        ("Een meldknop op de website, waarmee iedereen een verdachte naam kan doorgeven, komt er vóór het einde van 2022.",
         True),
        ("Een afzonderlijk verslag komt er in 2022 niet.", False),
        ("De zomer van 2022 komt er aan.", False),
        # the Rijksdienst Caribisch Nederland as one of our services (holdout358)
        ("Omdat niet iedereen deze mogelijkheid kent, hangt de RCN vanaf januari 2023 bij alle loketten borden op.",
         True),
    ],
)  # fmt: skip
def test_round_62_forms_of_holdout357_and_holdout358(text: str, promised: bool) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert bool(got) is promised


@pytest.mark.parametrize(
    ("text", "firmness"),
    [
        # a delivery this month to a third party (holdout361); "als" before the role of what is sent is no condition
        (
            "Wel stuur ik het rapport van de ombudsman nog deze maand aan de Europese Commissie, als bijdrage aan de "
            "evaluatie.",
            "firm",
        ),
        (
            "Ik stuur het rapport in mei aan de Europese Commissie, als gemeenten daarom vragen.",
            "conditional",
        ),
        # a service's act from a year's filings on (holdout362)
        (
            "De Belastingdienst vraagt vanaf de aangiften over 2022 bij een steekproef van 5.000 ondernemers om een "
            "onderbouwing van de gewerkte uren.",
            "firm",
        ),
    ],
)
def test_round_62_forms_of_holdout361_and_holdout362(text: str, firmness: str) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new"]
    assert [c.firmness for c in got] == [firmness]


@pytest.mark.parametrize(
    "text",
    [
        # "dat" as the pronoun object before the infinitive, also with a phrase of how after it (holdout363)
        "Ik laat de inspectie dat eerst uitzoeken in een vervolgonderzoek, dat in het voorjaar van 2023 verschijnt.",
        "Ik laat het WODC dat in 2023 uitzoeken.",
    ],
)
def test_round_62_a_pronoun_object_before_the_infinitive(text: str) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new"]
    assert [(c.firmness, c.action) for c in got] == [("firm", "uitzoeken")]


@pytest.mark.parametrize(
    "text",
    [
        # a second act of ours after "en", its subject left out (holdout365)
        "Ik laat de Autoriteit in 2023 per corporatie de werkelijke huurderving vaststellen en verreken de verschillen "
        "met de compensatie in de uitkering van 2024.",
        # a dated rule opened by "Daar" (at the offices named before; holdout366)
        "Daar wordt vanaf 1 juli 2023 bij iedere eerste inschrijving de gezichtsopname vergeleken met die in het "
        "identiteitsdocument.",
    ],
)
def test_round_62_forms_of_holdout365_and_holdout366(text: str) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new"]
    assert [c.firmness for c in got] == ["firm"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # the Rijksvastgoedbedrijf by its short name (holdout368)
        ("Het RVB past zijn modelhuurovereenkomst voor tuingrond per 1 juli 2027 aan, zodat daarin een opzegtermijn van "
         "twaalf maanden staat.", 1),
        ("Wel zal het RVB vanaf 1 januari 2028 iedere huurder een vervangend perceel aanbieden als er geschikte grond "
         "vrij is.", 1),
        # … and its act from the day named before, in the next sentence
        ("Het RVB past de overeenkomst per 1 juli 2027 aan. Voor lopende overeenkomsten hanteert het RVB vanaf die "
         "datum dezelfde termijn.", 2),
        # a service's own programme of a year, by a possessive (holdout368)
        ("De Arbeidsinspectie neemt de sector op in haar programma voor 2028 en bezoekt dat jaar ten minste 250 "
         "bedrijven.", 1),
        ("Rijkswaterstaat neemt de sluis op in zijn werkplan voor 2028.", 1),
    ],
)  # fmt: skip
def test_round_63_forms_of_holdout367_and_holdout368(text: str, count: int) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new"]
    assert [c.firmness for c in got] == ["firm"] * count


@pytest.mark.parametrize(
    "text",
    [
        # a past report of another body by a possessive is no plan of a year (round 63)
        "De Raad van State heeft in zijn jaarverslag over 2025 opgemerkt dat de termijnen te lang zijn.",
        "Het RVB heeft in 2025 de grond verkocht.",
    ],
)
def test_round_63_no_commitment_in_a_past_report_or_act(text: str) -> None:
    assert [c for c in find_commitments(text, REF) if c.kind == "new"] == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # an explanation given in public is an act, not this letter's discourse (holdout369)
        ("Het kabinet zal een onthouding daarom openbaar toelichten bij resoluties over mensenrechten.", 1),
        # several services after the plural verb (holdout370)
        ("Vóór 1 januari 2023 maken het UWV, de SVB, de Belastingdienst en de Dienst Toeslagen onderling afspraken "
         "over een terugbelgarantie.", 1),
        ("Vóór 1 januari 2023 maken het UWV en de SVB onderling afspraken.", 1),
        # "indien" ending a relative clause of ours is the verb "indienen" (holdout370)
        ("Het wetsvoorstel dat ik hiervoor in het najaar van 2022 bij uw Kamer indien, voorziet daarin.", 1),
    ],
)  # fmt: skip
def test_round_63_forms_of_holdout369_and_holdout370(text: str, count: int) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new"]
    assert [c.firmness for c in got] == ["firm"] * count


@pytest.mark.parametrize(
    "text",
    [
        # what stands in a report the Kamer receives already is no delivery (holdout369)
        "Die cijfers staan al in de halfjaarlijkse voortgangsrapportage die uw Kamer ontvangt.",
        # the conjunction "indien" opening a condition stays one
        "Indien ik dat in 2022 doe, is het goed.",
        # this letter's own explanation stays discourse
        "Hieronder licht ik dit toe.",
    ],
)
def test_round_63_no_commitment_in_what_is_there_or_said_here(text: str) -> None:
    assert [c for c in find_commitments(text, REF) if c.kind == "new"] == []


def test_round_63_a_recurring_delivery_to_the_kamer_in_the_passive() -> None:
    """ "Die analyse wordt om de twee jaar herzien en vertrouwelijk met uw Kamer gedeeld." promises a delivery to come
    (holdout373); what the Kamer has been sent all along ("steeds") stays a practice."""
    got = [
        c for c in find_commitments("Die analyse wordt om de twee jaar herzien en met uw Kamer gedeeld.", REF)
    ]
    assert [c.firmness for c in got if c.kind == "new"] == ["firm"]
    assert [
        c
        for c in find_commitments("Dat jaarbericht wordt steeds aan uw Kamer gezonden.", REF)
        if c.kind == "new"
    ] == []


@pytest.mark.parametrize(
    "text",
    [
        # a practice since a past moment; the time to come is that of the people its relative clause names (holdout378)
        "De Belastingdienst stuurt sinds het najaar van 2021 een herinnering aan ondernemers van wie de vergunning "
        "binnenkort verloopt.",
        # another party's past act opening the sentence; the passive is the world its report describes (holdout377)
        "Op 3 februari 2022 heeft de Gezondheidsraad een advies uitgebracht over dorpen waar de komende jaren veel "
        "huisartsen worden gemist.",
    ],
)  # fmt: skip
def test_round_64_no_commitment_in_a_practice_or_a_report_described(text: str) -> None:
    assert [c for c in find_commitments(text, REF) if c.kind == "new"] == []


@pytest.mark.parametrize(
    "text",
    [
        # a main clause of its own after the practice keeps its time (guard of the rule above)
        "Voor zes van de negen havens is de aanvraag inmiddels ingediend, en voor de overige drie gebeurt dat vóór "
        "1 september 2022.",
        # a relative clause of ours after the practice is our act (guard)
        "De dienst heeft sinds 2020 een loket voor ondernemers, dat ik in 2022 uitbreid met een spreekuur.",
    ],
)  # fmt: skip
def test_round_64_a_dated_act_beside_a_practice_stays_a_commitment(text: str) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new"]
    assert len(got) == 1 and got[0].deadline is not None


@pytest.mark.parametrize(
    "text",
    [
        # "ingaan" of a term taking effect is no discussion in this letter (holdout380)
        "Wel zal ik de Commissie vragen de termijn pas te laten ingaan op het moment dat de plicht in het gebied geldt.",
        "Ik zal de Commissie vragen de regeling te laten ingaan op 1 januari 2023.",
    ],
)  # fmt: skip
def test_round_64_a_term_taking_effect_is_no_discourse(text: str) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new"]
    assert [c.firmness for c in got] == ["firm"]


def test_round_64_the_letter_discussing_stays_no_commitment() -> None:
    """The guard of the rule above: "ingaan op" a subject is this letter's discussion."""
    assert find_commitments("In deze brief ga ik in op de aanbevelingen van de raad.", REF) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a plan of the coalition agreement is no earlier promise to the Kamer (holdout382)
        ("De huurtoeslag wordt vanaf 2023 stapsgewijs verhoogd, zoals in het coalitieakkoord is afgesproken.", "new"),
        ("Zoals eerder afgesproken stuur ik u in 2023 de evaluatie.", "refers"),
        # from the next occasion of its kind on (holdout381)
        ("Vanaf de volgende wijziging van de lijst raadpleeg ik de betrokken bedrijven vooraf.", "new"),
    ],
)  # fmt: skip
def test_round_64_a_coalition_plan_and_the_next_occasion(text: str, kind: str) -> None:
    got = find_commitments(text, REF)
    assert [c.kind for c in got] == [kind]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # the government's own auditor is one of its services (holdout383)
        ("De Auditdienst Rijk gaat vanaf 2023 bij zijn jaarlijkse controle na of de evaluaties zijn uitgevoerd.", 1),
        # how often something happens now is no promise (holdout384) …
        ("Soms ontvangt uw Kamer weken voor de behandeling een uitgebreide brief, soms volgt het oordeel pas "
         "mondeling.", 0),
        # … unless a time to come is named
        ("Soms zal ik uw Kamer in 2023 informeren over de voortgang.", 1),
    ],
)  # fmt: skip
def test_round_64_the_auditdienst_and_a_habit(text: str, count: int) -> None:
    assert len([c for c in find_commitments(text, REF) if c.kind == "new"]) == count


def test_round_64_a_duty_this_letter_does_is_no_promise() -> None:
    """ "… reageer ik binnen zes maanden op de aanbevelingen. Met deze brief doe ik dat." tells the duty and does it now
    (holdout385); without the second sentence the term is a promise."""
    duty = "Op grond van de wet reageer ik binnen zes maanden op de aanbevelingen die aan mij zijn gericht."
    assert [c for c in find_commitments(duty + " Met deze brief doe ik dat.", REF) if c.kind == "new"] == []
    assert len([c for c in find_commitments(duty, REF) if c.kind == "new"]) == 1


def test_round_64_carried_out_by_what_was_told_and_the_lemma_of_voorziet() -> None:
    """ "Daarmee voer ik deze aanbeveling uit voor zover …" is done by the acts told before (holdout388); with a time to
    come it is a promise. "voorziet" has the infinitive "voorzien"."""
    assert find_commitments("Daarmee voer ik deze aanbeveling uit voor zover de wet dat toelaat.", REF) == []
    dated = [
        c for c in find_commitments("Daarmee voer ik deze aanbeveling in 2023 uit.", REF) if c.kind == "new"
    ]
    assert len(dated) == 1
    got = find_commitments(
        "Rijkswaterstaat voorziet die wegvakken vóór het einde van 2023 van mistdetectie.", REF
    )
    assert [c.action for c in got] == ["voorzien"]


@pytest.mark.parametrize(
    "text",
    [
        # this letter offers the reports; the year dates the reports, not an act to come (holdout389)
        "Met deze brief bied ik u de twee rapporten aan die daarover dit voorjaar zijn verschenen.",
        "Hierbij bied ik u het onderzoek aan dat in 2023 een vervolg krijgt.",
        # waiting first is no act, whatever is waited for (holdout389)
        "Het kabinet wil eerst de ervaringen afwachten met de nieuwe meldplicht, die in 2023 wordt geëvalueerd.",
        # … and a conjunct inside what is waited for or asked is no act of ours either (guards)
        "Ik wil eerst weten hoe vaak scholen nu bij de gemeente aankloppen en of zij daar antwoord krijgen.",
        "Ik wil daarom eerst de uitkomsten afwachten van de proef die Delft, Ede en Venlo dit jaar uitvoeren.",
    ],
)  # fmt: skip
def test_round_65_no_commitment_in_an_offer_made_now_or_a_wait(text: str) -> None:
    assert [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"] == []


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # a refused proposal, then the act after "maar" with the subject left out (holdout389)
        ("Het kabinet komt daarom niet met een nieuwe subsidie, maar stelt de bestaande regeling vanaf 2023 open "
         "voor kleine bedrijven.", "openstellen"),
        # "dat" as a determiner after "verwacht", before the te-infinitive (holdout389)
        ("Het kabinet verwacht dat besluit na de zomer van 2023 te kunnen nemen.", "nemen"),
        # recipients named with a relative clause before they receive (holdout389)
        ("Alle telers die bij de NVWA staan geregistreerd, ontvangen vóór 1 juni 2022 een brief over de nieuwe "
         "regels.", "toekennen"),
        # an undated step laid down in a rule of ours, in a relative clause (holdout389)
        ("Een jaarlijks gesprek met de ouders vind ik een redelijke eis, die ik in hetzelfde besluit opneem.",
         "opnemen"),
        # "dat" told in a later progress letter, after a condition (holdout390)
        ("Mocht dat in een enkel geval toch niet lukken, dan meld ik dat in de eerstvolgende voortgangsbrief.",
         "melden"),
        # a wait, then an act of ours in the next conjunct (guard of the wait above)
        ("Ik wil eerst het advies van de Raad van State afwachten en stuur uw Kamer daarna voor de zomer een brief.",
         "sturen"),
    ],
)  # fmt: skip
def test_round_65_acts_after_a_refusal_a_determiner_or_a_condition(text: str, action: str) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert [c.action for c in got] == [action]


def test_round_65_a_negation_inside_what_is_striven_for() -> None:
    """ "streef ik ernaar … niet over te plaatsen" aims at not moving them (holdout390); "streef er niet naar" declines."""
    aim = find_commitments(
        "Wel streef ik ernaar gezinnen met een pasgeboren kind niet over te plaatsen.", REF
    )
    assert [c.firmness for c in aim] == ["tentative"]
    declined = find_commitments("Ik streef er niet naar de regeling te verlengen.", REF)
    assert [c.firmness for c in declined] == ["negated"]


@pytest.mark.parametrize(
    "text",
    [
        # the next election, and a yearly event of a year, are times to come (holdout390)
        "In de zes weken voor de eerstvolgende Tweede Kamerverkiezing voert de RVD een campagne over nepberichten.",
        "Vanaf de hadj van 2023 wijst het consulaat bij iedere melding binnen een dag een vaste medewerker aan.",
    ],
)  # fmt: skip
def test_round_65_an_agency_act_dated_by_an_event(text: str) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new"]
    assert len(got) == 1 and got[0].deadline is not None and got[0].firmness == "firm"


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        # the cabinet laying a duty on a group, undated (holdout392); not "is verplicht", nor a directive's duty
        ("Het kabinet verplicht de cursus alleen voor bestuurders die jonger zijn dan 21 jaar.", 1),
        ("Het kabinet is verplicht de Kamer jaarlijks te informeren.", 0),
        # a treaty's rule reviewed from a year is no act of ours (holdout391)
        ("Het verbod in het Zeeprotocol kan vanaf 2048 ter discussie worden gesteld.", 0),
        ("De regels van het Verdrag kunnen vanaf 2030 worden herzien.", 0),
    ],
)  # fmt: skip
def test_round_65_a_duty_laid_by_the_cabinet_and_a_treatys_rule(text: str, firm: int) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness != "negated"]
    assert len(got) == firm


@pytest.mark.parametrize(
    "text",
    [
        # "Tot dan toe" after a year named opens a request of the minister's (holdout393)
        "De minister laat de wet in 2030 opnieuw evalueren. Tot dan toe vraagt hij het OM om het aantal zaken "
        "jaarlijks aan hem te rapporteren.",
        # a state by a day to come, for each of a kind, what is laid down following as a clause (holdout394)
        "Vóór 1 januari 2023 is voor ieder depot in het systeem van Defensie vastgelegd welke munitie er ligt.",
        # a body of ours given a role from a day to come (holdout394)
        "Het Commando Materieel en IT wordt per 1 juli 2022 beheerder van alle depots.",
    ],
)  # fmt: skip
def test_round_65_a_request_after_tot_dan_toe_a_state_for_each_and_a_role(text: str) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness == "firm"]
    assert len(got) == (2 if text.startswith("De minister") else 1)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a share of a budget set aside is money (holdout395); a share of land is not (guard)
        ("Daarnaast reserveer ik binnen die programma's een derde van het budget voor vrouwelijke ondernemers.", 1),
        ("We reserveren 5% van de polders voor natuur.", 0),
        # room left to another party is no act of ours (holdout396)
        ("Wat de straffen betreft: ik wil de rechter de ruimte laten om de straf af te stemmen op de dader.", 0),
        # "X en ik nemen kennis … en bespreken haar …": the plural next act (holdout396)
        ("De Minister van Justitie en Veiligheid en ik nemen kennis van deze aanbeveling en bespreken haar in het "
         "najaar van 2022 met het Veiligheidsberaad.", 1),
    ],
)  # fmt: skip
def test_round_65_a_share_of_a_budget_room_left_and_a_plural_next_act(text: str, count: int) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness == "firm"]
    assert len(got) == count
    if count and "bespreken" in text:
        assert got[0].action == "bespreken"


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # a minister's measure in the third person, as its first-person form (holdout397: "spreekt … af" missed)
        ("De Minister van Infrastructuur en Waterstaat spreekt met de havenbedrijven af dat zij de lijsten "
         "jaarlijks publiceren.", "afspreken"),
        ("Het kabinet ontwikkelt samen met de sportbonden een handreiking voor trainers.", "ontwikkelen"),
        ("De staatssecretaris schaft de meldtermijn voor kleine verenigingen af.", "afschaffen"),
        # an act right after the question waited for, its subject left out (holdout397)
        ("Het kabinet wil eerst weten hoe de gemeenten erover denken en legt het voorstel voor aan de VNG.",
         "voorleggen"),
    ],
)  # fmt: skip
def test_round_66_third_person_measures_and_an_act_after_the_question_waited_for(
    text: str, action: str
) -> None:
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness == "firm"]
    assert [c.action for c in got] == [action]


@pytest.mark.parametrize(
    "text",
    [
        # a recommendation that appeals to the cabinet: the cabinet is the object (guard of "spreekt … af")
        "De tweede aanbeveling van de raad spreekt het kabinet aan.",
        # a second question waited for, no act of ours (guard)
        "Het kabinet wil eerst weten hoe vaak dit voorkomt en of de gemeenten het probleem herkennen.",
    ],
)  # fmt: skip
def test_round_66_no_commitment_in_an_appeal_or_a_second_question(text: str) -> None:
    assert [c for c in find_commitments(text, REF) if c.firmness == "firm"] == []


def test_round_66_the_chancery_of_the_orders_acts_for_us() -> None:
    """ "Wel zal de Kanselarij de standaardbrief vóór … herschrijven": a service of the government (holdout405)."""
    got = find_commitments("Wel zal de Kanselarij de standaardbrief vóór 1 juli 2022 herschrijven.", REF)
    assert [(c.firmness, c.action) for c in got] == [("firm", "herschrijven")]


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        # "Het" for the cabinet before a verb of reopening (holdout399)
        ("De tweede aanbeveling neemt het kabinet over. Het heropent in 2027 het consulaat in Porto Alegre.", 1),
        # word from us received by a date to come (holdout399)
        ("De aanvragers ontvangen vóór 1 juli 2026 bericht over de uitkomst van de herbeoordeling.", 1),
        # what others receive from the next term of office on, in a series (holdout399)
        ("Ten tweede krijgt vanaf de volgende kabinetsperiode iedere nieuwe staatssecretaris een introductie bij de "
         "Algemene Rekenkamer.", 1),
        # a present act declined for some and kept for others after ", maar wel" (holdout400)
        ("Ik verlaag het tarief niet voor alle schepen, maar wel voor schepen met een walstroomaansluiting.", 1),
        # declined with nothing kept (guard)
        ("Ik verlaag het tarief niet, maar de haven blijft in gesprek met de rederijen.", 0),
        # an agency's act from a year "al vóór" an event: as early as, not done already (holdout401)
        ("Vanaf het studiejaar 2026–2027 neemt DUO de aanvraag al vóór de inschrijving in behandeling.", 1),
        # what a service of ours receives this autumn (holdout401)
        ("Het Arboportaal krijgt dit najaar een digitale wegwijzer voor werkgevers.", 1),
        # a delivery of ours taking up, with "daarvan", what the clause before plans for a year (holdout401)
        ("De volgende meting is voorzien voor 2029; de uitkomsten daarvan stuur ik uw Kamer.", 1),
        # a provision taken into a decree named after its head word, undated (holdout402)
        ("Daarom wordt een minimummaat in het Besluit bouwwerken leefomgeving opgenomen.", 1),
        # what this letter tells now is no promise (holdout401), nor a decree that describes the rules (guards)
        ("Los van de evaluatie wil ik uw Kamer melden dat de wachttijden sinds januari zijn gedaald.", 0),
        ("In het Besluit bouwwerken leefomgeving wordt geregeld dat gemeenten hiervan mogen afwijken.", 0),
        # thanks are no act, whatever time the words thanked for name (holdout403)
        ("Het kabinet dankt de raad voor een advies over vragen die de komende jaren dringender worden.", 0),
        # a study of ours in the past, "liet" in the relative clause (holdout404)
        ("Uit een enquête die ik dit voorjaar liet uitvoeren, blijkt dat weinig werknemers de regeling kennen.", 0),
        # a scope, reflexive (holdout403)
        ("Daarom beperk ik mij tot de markten in de regio.", 0),
        # the islands' tax service by its full name (holdout404)
        ("De Belastingdienst Caribisch Nederland zal alle woningen in 2023 opnieuw laten taxeren.", 1),
        # thanks and an act of ours in the next conjunct (guard)
        ("Ik dank de raad voor het advies en zal uw Kamer voor de zomer informeren over de voortgang.", 1),
        # services of ours in a list, the verb plural (holdout408)
        ("De Belastingdienst, UWV, de SVB en het CAK wijzen vanaf 1 januari 2023 ieder een vast aanspreekpunt aan.", 1),
        # made public, undated (holdout408)
        ("In dezelfde bijlage maak ik de belangrijkste aannames van de raming openbaar.", 1),
        # a scheme open to a group at a round of a year (holdout408)
        ("Bij de openstelling van 2023 staat de regeling ook open voor kwekers van paddenstoelen.", 1),
        # what the Kamer receives already is the practice (holdout408), unlike a time named after "al" (guard)
        ("Uw Kamer ontvangt al de jaarverslagen van de afzonderlijke organisaties.", 0),
        ("Uw Kamer ontvangt al in juni 2022 een eerste overzicht.", 1),
    ],
)  # fmt: skip
def test_round_66_firm_commitments_by_form(text: str, firm: int) -> None:
    """Forms of holdout397–408 and their guards: how many firm new commitments each sentence holds."""
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness == "firm"]
    assert len(got) == firm


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        # a passive step inside a clause of time is the moment another act waits for (holdout409)
        ("Over aanbeveling 2 merk ik op dat de auditdienst sinds de begroting voor 2021 iedere wijziging van meer dan "
         "10 miljoen euro toetst voordat die in een suppletoire begroting wordt opgenomen.", 0),
        # a step of ours in the main clause after such a clause stays one (guard)
        ("Voordat de regeling opengaat, wordt in mei 2022 een handreiking opgesteld.", 1),
        # extra help paid or borne from a budget of ours (holdout410)
        ("De extra opvang in Jordanië betaal ik uit de bestaande middelen voor noodhulp.", 1),
        ("De proef bekostig ik uit het budget voor innovatie.", 1),
        # paying with no budget named is no budget decision (guard)
        ("Ik betaal de rekening van het onderzoek.", 0),
        # "Het" for the cabinet before "zorgt ervoor dat" (holdout412)
        ("Het kabinet neemt de tweede aanbeveling over. Het zorgt ervoor dat scholen vanaf het voorjaar van 2023 een "
         "vast aanspreekpunt hebben.", 1),
        # what new things of ours get from a year, the plural in "'s" (holdout411)
        ("Nieuwe programma's krijgen vanaf 2023 een looptijd van zes in plaats van drie jaar.", 1),
        # what others face is no gift (guard)
        ("Veel programma's krijgen vanaf 2023 te maken met hogere kosten.", 0),
        # a delivery in a relative clause, its particle joined, after a signature to come (holdout414)
        ("De afspraken komen in een convenant, dat ik uw Kamer na ondertekening toestuur.", 1),
        # "om" and what is asked for, "vragen" closing the sentence (holdout415)
        ("De Minister van Justitie en Veiligheid zal de Afdeling advisering van de Raad van State om voorlichting over "
         "deze kwestie vragen.", 1),
        # a service and a body with "van" in its name, the verb plural (holdout415)
        ("De IND en de Vereniging van Nederlandse Gemeenten maken daarover vóór het einde van 2022 werkafspraken.", 1),
        # the Kamer informed, after a long fronted phrase (holdout415)
        ("Over de uitkomst van de Raad Algemene Zaken van september 2022 wordt uw Kamer geïnformeerd via het "
         "gebruikelijke verslag.", 1),
        # a right granted from a date (holdout416); a point conceded is none (guard)
        ("Ten eerste geef ik iedere medewerker vanaf 1 september 2022 het recht om zijn contract uit te breiden.", 1),
        ("Ik geef de raad op dit punt gelijk.", 0),
        # a "laat" whose infinitive closes the sentence past an apposition between commas (holdout417)
        ("Ik laat daarom alleen de overige woningen, nu negen, in 2023 taxeren.", 1),
        # an act of ours after a "dat"-clause closed by its modal and infinitive (holdout418)
        ("Het kabinet onderschrijft dat het fonds meer jonge boeren moet bereiken en legt in de nieuwe beschikkingen "
         "een streefcijfer van 30 procent vast.", 1),
        # our verb declined after an object with an "om … te"-clause (holdout418)
        ("Het kabinet zal een voorstel om dat vetorecht af te schaffen daarom niet steunen.", 0),
        ("Ik zal een voorstel om de regeling te verlengen in 2023 indienen.", 1),
        # made public from a day, in the passive (holdout419)
        ("In de eerste plaats worden adviezen die aan een besluit over beleid ten grondslag liggen vanaf 1 juli 2027 "
         "tegelijk met dat besluit openbaar gemaakt.", 1),
        ("De uitkomsten worden sinds 2020 openbaar gemaakt.", 0),
        # a passive after "mag" is a permission, no step (holdout411)
        ("Wel houden de eenheden zich al aan kaarten die per terrein aangeven waar in het voorjaar niet met "
         "voertuigen mag worden gereden.", 0),
    ],
)  # fmt: skip
def test_round_67_firm_commitments_by_form(text: str, firm: int) -> None:
    """Forms of holdout409–410 and their guards: how many firm new commitments each sentence holds."""
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness == "firm"]
    assert len(got) == firm


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a fronted "als" clause and a present delivery to "u", "dat" the thing told (holdout410: missed)
        ("Als uit de evaluatie blijkt dat de regeling meer kost, meld ik u dat.", True),
        ("Indien de kosten hoger uitvallen, informeer ik uw Kamer daarover.", True),
        # news told here with "meld ik u dat …" stays no promise (guard)
        ("Ik meld u dat de regeling sinds maart open is.", False),
    ],
)  # fmt: skip
def test_round_67_a_delivery_after_a_fronted_condition(text: str, found: bool) -> None:
    got = [
        c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness in ("firm", "conditional")
    ]
    assert bool(got) == found


def test_round_67_the_day_named_before_in_a_clause_after_a_semicolon() -> None:
    """ "…; ik pas de regeling waar nodig vóór die datum aan" takes the day of the sentence before, whatever time the
    clause before the semicolon names (holdout418: "dit najaar" in the first clause left "die datum" unread)."""
    text = (
        "Vanaf 1 januari 2023 kan iedere kleinverbruiker voor het nieuwe tarief kiezen. De toezichthouder heeft mij "
        "laten weten de besluiten daarvoor dit najaar te nemen; ik pas de regeling waar nodig vóór die datum aan."
    )
    got = [c for c in find_commitments(text, REF) if c.kind == "new" and c.firmness == "firm"]
    assert any(c.text.startswith("De toezichthouder") for c in got)
