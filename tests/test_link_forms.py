"""Answers that do not name a recommendation by number: by its own words, "de overige
aanbevelingen", "alle aanbevelingen … met uitzondering van", by addressee, after a deferral to
the paragraphs below, and under a heading naming two.

The phrases are our own, in the forms reaction letters use (see docs/evaluation.md, "Links").
"""

from __future__ import annotations

from typing import Any

from kamerstuk.pipeline.link_forms import Distinctive, _compound
from kamerstuk.pipeline.references import exception_ordinals, find_references
from kamerstuk.pipeline.stance import SHARED, attribute
from tests.test_linker import ONE_REPORT, Para, _linked, _restated, run_linker

Rec = dict[str, Any]

LISTED = "De raad doet vier aanbevelingen: een cultuurplan, meer subsidie, een loket en een meting."


def test_answers_by_content_in_another_order() -> None:
    recs = _restated(ONE_REPORT, {1: "p1", 2: "p1", 3: "p1", 4: "p1"})
    info = run_linker(
        [
            (None, "recommendation", LISTED),
            (None, "response", "Het bereik buiten de Randstad laat ik vanaf 2027 door het SCP volgen."),
            (None, "response", "Een podiumloket voor makers bestaat al bij het Fonds Podiumkunsten."),
            (None, "response", "Ik dank de raad voor het heldere advies."),
            # one compound of a recommendation's word, nothing more: no link
            (None, "response", "Amateurkunstverenigingen hebben het zwaar."),
        ],
        recs,
    )
    assert _linked(info)[1:] == [[4], [3], [], []]
    evidence = {lk["paragraph"]: lk["evidence"] for lk in info["links"]}
    assert "podiumloket" in evidence["p3"]


def test_words_before_the_recommendations_link_nothing() -> None:
    """Content answers come after the recommendations: the introduction is not linked by its words."""
    recs = _restated(ONE_REPORT, {1: "p2", 2: "p2", 3: "p2", 4: "p2"})
    info = run_linker(
        [
            (None, "response", "Krimpgebieden verdienen al jaren aandacht."),
            (None, "recommendation", LISTED),
        ],
        recs,
    )
    assert _linked(info)[0] == []


def test_a_theme_heading_counts_with_its_paragraph() -> None:
    recs = _restated(ONE_REPORT, {1: "p1", 2: "p1", 3: "p1", 4: "p1"})
    info = run_linker(
        [
            ("s1", "recommendation", LISTED),
            ("s2", "response", "Dat spreekt mij aan; ik trek er vijf miljoen euro voor uit."),
        ],
        recs,
        sections=[("s1", "Het advies", 3), ("s2", "Cultuureducatie en amateurkunst", 4)],
    )
    assert _linked(info)[1] == [2]


def test_the_other_recommendations_are_those_not_answered() -> None:
    recs = _restated(ONE_REPORT, {1: "p1", 2: "p1", 3: "p1", 4: "p1"})
    info = run_linker(
        [
            (None, "recommendation", LISTED),
            (None, "response", "Met de derde aanbeveling ben ik het eens."),
            (None, "response", "De eerste aanbeveling volg ik niet."),
            (None, "response", "De overige aanbevelingen neem ik gedeeltelijk over."),
        ],
        recs,
    )
    assert _linked(info)[1:] == [[3], [1], [2, 4]]
    # before anything is answered "de overige" names nothing
    info = run_linker(
        [(None, "recommendation", LISTED), (None, "response", "De overige aanbevelingen laat ik rusten.")],
        recs,
    )
    assert _linked(info)[1] == []


def test_all_recommendations_and_the_exception() -> None:
    recs = _restated(ONE_REPORT, {1: "p1", 2: "p1", 3: "p1", 4: "p1"})
    text = "Alle aanbevelingen neem ik over, behalve de tweede. Die gaat mij te ver."
    info = run_linker([(None, "recommendation", LISTED), (None, "response", text)], recs)
    assert _linked(info)[1] == [1, 2, 3, 4]
    assert exception_ordinals("Op de derde aanbeveling ga ik hieronder in.") == ()
    assert exception_ordinals("Ik neem ze alle over, op de laatste na.") == (-1,)
    ids = [r["id"] for r in ONE_REPORT]
    sentences = ["Alle aanbevelingen neem ik over, met uitzondering van de vierde.", "Die neem ik niet over."]
    got = attribute(sentences, ids, ONE_REPORT, [])
    assert got == [(sentences[0], ["r1", "r2", "r3"], SHARED), (sentences[1], ["r4"], 2)]


def _addressed(to: list[str | None]) -> list[Rec]:
    return [{**r, "paragraph": "p1", "to": t} for r, t in zip(ONE_REPORT, to, strict=True)]


def test_recommendations_by_addressee() -> None:
    recs = _addressed(["de minister", "de minister", "de gemeenten", "de gemeenten"])
    info = run_linker(
        [
            ("s1", "recommendation", LISTED),
            ("s2", "response", "De aanbevelingen aan mij neem ik over."),
            ("s2", "response", "De aanbevelingen aan de gemeenten heb ik met de VNG besproken."),
            (
                "s2",
                "response",
                "De aanbevelingen die aan de sector zijn gericht, liggen bij de instellingen.",
            ),
        ],
        recs,
        sections=[("s1", "Het advies", 3), ("s2", "Reactie", 3)],
    )
    assert _linked(info)[1:] == [[1, 2], [3, 4], [3, 4]]
    (ref,) = find_references("De aanbeveling gericht aan het kabinet neem ik over.")
    assert (ref.kind, ref.addressee) == ("addressee", "het kabinet")


def test_an_addressee_the_recommendations_lack_links_nothing_and_continues_nothing() -> None:
    recs = _addressed(["de minister", "de minister", None, None])
    info = run_linker(
        [
            ("s1", "recommendation", LISTED),
            ("s2", "response", "De aanbevelingen aan mij neem ik over."),
            ("s2", "response", "De aanbevelingen aan de sector bespreek ik met de branche."),
        ],
        recs,
        sections=[("s1", "Het advies", 3), ("s2", "Reactie", 3)],
    )
    assert _linked(info)[1:] == [[1, 2], []]


def test_a_deferral_to_below_is_answered_by_the_next_paragraph() -> None:
    recs = _restated(ONE_REPORT, {1: "p1", 2: "p1", 3: "p1", 4: "p1"})
    paragraphs: list[Para] = [
        ("s1", "recommendation", LISTED),
        ("s2", "response", "De eerste twee aanbevelingen neem ik over."),
        ("s2", "response", "Op de aanbevelingen 3 en 4 ga ik hieronder in."),
        (
            "s2",
            "response",
            "Beide vragen om geld dat er dit jaar niet is; ik kom er bij de begroting op terug.",
        ),
    ]
    sections = [("s1", "Het advies", 3), ("s2", "Reactie", 3)]
    assert _linked(run_linker(paragraphs, recs, sections))[1:] == [[1, 2], [3, 4], [3, 4]]
    # announced for later in the letter, the next paragraph does not answer them
    later: list[Para] = [
        *paragraphs[:2],
        ("s2", "response", "Op de aanbevelingen 3 en 4 kom ik later terug."),
        paragraphs[3],
    ]
    assert _linked(run_linker(later, recs, sections))[3] == [1, 2]


def test_a_heading_on_two_keeps_the_one_a_paragraph_is_about() -> None:
    recs = _restated(ONE_REPORT, {1: "p1", 2: "p1", 3: "p1", 4: "p1"})
    info = run_linker(
        [
            ("s1", "recommendation", LISTED),
            ("s2", "response", "Beide aanbevelingen neem ik over."),
            ("s2", "response", "Het loket voor makers in krimpgebieden opent in maart."),
            ("s2", "response", "Ik informeer uw Kamer voor de zomer."),
        ],
        recs,
        sections=[("s1", "Het advies", 3), ("s2", "Aanbevelingen 3 en 4", 3)],
    )
    assert _linked(info)[1:] == [[3, 4], [3], [3, 4]]


def test_distinctive_words_and_compounds() -> None:
    d = Distinctive([r["text"] for r in ONE_REPORT])
    assert d.best("Het theater en de bibliotheek maken samen een plan.") == (0, ("theater", "bibliotheek"))
    assert d.best("Gemeenten en provincies overleggen.") is None  # no words of one recommendation
    assert d.best("Het bereik telt.") is None  # one short word decides nothing
    assert _compound("inkom", "inkomensverlie") and _compound("verhuisvergoed", "verhuiskost")
    assert not _compound("werk", "werkgever") and not _compound("beleidsregel", "bestuursregel")


def test_a_figure_only_one_recommendation_has_counts_as_its_word() -> None:
    d = Distinctive(
        [
            "Leg de toestemming voor camera's ieder half jaar opnieuw vast bij de zorgorganisaties.",
            "Bewaar de beelden ten hoogste 48 uur, tenzij er een incident is geweest.",
        ]
    )
    # "incident" alone would not decide against "zorgorganisaties"; with "48 uur" it does
    text = "Een termijn van 48 uur is volgens zorgorganisaties te kort als een incident pas later blijkt."
    assert d.best(text) == (1, ("#48 uur", "incident"))
    assert d.best("Volgens zorgorganisaties is het incident pas later gebleken.") is None
    # "zes maanden" and "zes maand" are one figure; a figure alone is one short word, deciding nothing
    assert "#zes maand" in Distinctive(["Toets binnen zes maanden.", "Stel een register in."]).hits(
        "na zes maand"
    ).get(0, [])
    assert Distinctive(["Toets binnen zes maanden.", "Stel een register in."]).best("Na zes maanden.") is None


def test_number_words_after_the_noun() -> None:
    assert [r.ordinals for r in find_references("Aanbeveling twee en drie neem ik over.")] == [(2, 3)]
    assert find_references("Ik heb de aanbeveling twee keer besproken.") == []
    assert find_references("De raad geeft de aanbeveling een register te maken.") == []


def test_an_answer_between_two_restated_recommendations_keeps_its_own() -> None:
    """ "1. …" / answer / "2. …" / answer: the answer under a recommendation restated alone stays
    with it, even when its words are another recommendation's ("bereik buiten de Randstad")."""
    recs = _restated(ONE_REPORT, {1: "p1", 2: "p3", 3: "p5", 4: "p7"})
    items = [r["text"] for r in ONE_REPORT]
    answers = [
        "Juist buiten de Randstad blijft het bereik van de instellingen klein. Ik vraag de VNG hierover "
        "met gemeenten afspraken te maken.",
        "Daarvoor is in de begroting geen ruimte.",
        "Dit loket bestaat al.",
        "Het SCP doet dit vanaf volgend jaar.",
    ]
    paragraphs: list[Para] = []
    for n, (item, answer) in enumerate(zip(items, answers, strict=True), start=1):
        paragraphs += [(None, "recommendation", f"{n}. {item}"), (None, "response", answer)]
    assert _linked(run_linker(paragraphs, recs)) == [[1], [1], [2], [2], [3], [3], [4], [4]]


def test_a_compound_whose_tail_is_one_recommendations_word_names_it() -> None:
    """holdout40 (opened in round 25), in our own words: "lobbycontacten" for "de contacten … met lobbyisten"."""
    d = Distinctive(
        [
            "Maak de contacten van bewindspersonen met lobbyisten openbaar.",
            "Stel een onafhankelijk orgaan in dat toeziet op de naleving.",
        ]
    )
    assert d.hits("Het bijhouden van lobbycontacten raakt alle ministeries.") == {0: ["lobbycontacten"]}
    # (a short tail names nothing: "boekwerk" is no word of "Maak werk van …")
    assert (
        Distinctive(["Maak werk van de schulden.", "Stel een fonds in."]).hits("Het boekwerk is dik.") == {}
    )


def test_round_37_a_word_two_share_is_no_compound_of_one_of_them() -> None:
    """ "schuldenaar" in the first and the fourth recommendation is not read as a compound of the first's "schuld"
    (it tipped an opening about the second to a tie); a word of neither sharer still counts as a compound."""
    d = Distinctive(
        [
            "Geef de schuldenaar vóór de veiling een overzicht van de verwachte opbrengst en de resterende schuld.",
            "Beperk de mogelijkheid voor beleggers om bij veilingen van woningen te bieden.",
            "Zorg dat bezichtiging vóór de veiling altijd mogelijk is.",
            "Onderzoek of de notaris de schuldenaar kan doorverwijzen naar schuldhulpverlening.",
        ]
    )
    opening = "Een beperking voor beleggers verlaagt de opbrengst, en dat komt de schuldenaar niet ten goede."
    assert 0 not in d.hits(opening) or "schuldenaar" not in d.hits(opening)[0]
    best = d.best(opening)
    assert best is not None and best[0] == 1


def test_round_47_a_third_person_verb_of_a_recommendation_is_found_by_its_noun() -> None:
    """ "… een eigenaar die een toren verkoopt of sloopt, …" is about "verkoop" and "sloop"."""
    d = Distinctive(
        [
            "Leg alle historische uurwerken, ook die zonder monumentstatus, in één landelijk overzicht vast.",
            "Een eigenaar die een toren verkoopt of sloopt, moet vooraf advies vragen aan de Rijksdienst.",
        ]
    )
    assert d.best("Voor een adviesplicht bij verkoop of sloop zie ik geen aanleiding.") == (
        1,
        ("verkoop", "sloop"),
    )


def test_round_47_a_name_is_one_word_of_evidence() -> None:
    """The agency a recommendation names ("de Rijksdienst voor het Cultureel Erfgoed") counts once: an answer that
    names it as the one who acts and uses two content words of the other recommendation is about the other."""
    d = Distinctive(
        [
            "Leg alle historische uurwerken, ook die zonder monumentstatus, in één landelijk overzicht vast.",
            "Een eigenaar die een toren verkoopt, moet vooraf advies vragen aan de Rijksdienst voor het Cultureel "
            "Erfgoed.",
        ]
    )
    text = "De Rijksdienst voor het Cultureel Erfgoed houdt een databank bij, met of zonder monumentstatus."
    assert d.best(text) == (0, ("zonder", "monumentstatus"))


def test_round_47_a_quality_noun_names_the_compound_it_ends_a_recommendation_with() -> None:
    d = Distinctive(
        [
            "Stel een fonds in waaruit kleine musea de restauratie van hun collectie betalen.",
            "Geef regionale musea toegang tot de collectiedeskundigen van het rijk.",
        ]
    )
    assert d.hits("Wat de deskundigheid betreft") == {1: ["deskundigheid"]}


def test_round_48_a_verb_in_eren_names_its_noun_in_atie() -> None:
    """ "… de regeling vóór 2028 onafhankelijk te laten evalueren" is about the "evaluatie" an answer names (before round
    48 the answer shared only "vóór" with it and was left unlinked)."""
    d = Distinctive(
        [
            "Ten eerste beveelt de Rekenkamer aan om in het jaarverslag te vermelden welke bedrijven steun ontvingen.",
            "Ten slotte beveelt de Rekenkamer aan de regeling onafhankelijk te laten evalueren.",
        ]
    )
    best = d.best("Een afzonderlijke evaluatie acht ik niet zinvol.")
    assert best is not None and best[0] == 1


def test_round_49_a_word_two_recommendations_have_is_no_part_of_a_third_ones_compound() -> None:
    """ "aanvragen" is a word of the first and the third; it does not name the second's "aanvraagformulier" (before round
    49 it did, and an answer went to the second)."""
    d = Distinctive(
        [
            "Beslis binnen acht weken op iedere aanvraag.",
            "Stel een digitaal aanvraagformulier beschikbaar.",
            "Vergoed de kosten van aanvragers ook bij afwijzing van hun aanvraag.",
        ]
    )
    assert 1 not in d.hits("Eenvoudige aanvragen kunnen binnen acht weken worden afgehandeld.")
    # a word only one of them has still names its compound
    assert d.hits("Het formulier is sinds 2025 digitaal.").get(1)


def test_round_49_a_compound_said_in_two_words() -> None:
    """ "een apart budget voor een tussenjaar" names the "tussenjaarbudget" of one recommendation; short parts
    ("scholen", "regeling") do not make a compound."""
    d = Distinctive(
        [
            "Voer een tussenjaarbudget in voor jongeren die een erkend programma volgen.",
            "Laat scholen oud-leerlingen in hun tussenjaar begeleiden.",
        ]
    )
    assert d.hits("Een apart budget voor een tussenjaar spreekt mij aan.").get(0) == ["tussenjar budget"]
    short = Distinctive(["Stel schoolregels op over telefoons.", "Geef ouders inspraak."]).hits(
        "Een regeling voor alle scholen acht ik niet nodig."
    )
    assert all(" " not in w for words in short.values() for w in words)


def test_round_49_an_answer_goes_on_under_its_heading() -> None:
    """Under one heading, a paragraph after an answer found by its words goes on with that answer when it uses a word
    only that recommendation has ("zes maanden") and decides something (before round 49 it stayed unlinked)."""
    recs = _restated(
        [
            {"id": f"r{i}", "ordinal": i, "text": t, "by": ["Bureau Kroon"], "report": "Evaluatie"}
            for i, t in enumerate(
                [
                    "De onderzoekers bevelen aan om een landelijke rekenregel voor de vergoeding op te stellen.",
                    "Daarnaast adviseren zij om een digitaal aanvraagformulier beschikbaar te stellen.",
                    "Verder raden zij aan om aanvragers ook bij afwijzing van hun aanvraag de kosten van advies te vergoeden.",
                    "Ten slotte vinden zij dat gemeenten binnen zes maanden op een aanvraag moeten beslissen.",
                ],
                start=1,
            )
        ],
        {1: "p1", 2: "p1", 3: "p2", 4: "p2"},
    )
    paragraphs: list[Para] = [
        ("s1", "recommendation", recs[0]["text"] + " " + recs[1]["text"]),
        ("s1", "recommendation", recs[2]["text"] + " " + recs[3]["text"]),
        ("s2", "response", "Een landelijke rekenregel stel ik in 2029 op."),
        ("s2", "response", "Sinds 2026 kan een aanvraag digitaal worden ingediend."),
        ("s2", "response", "Een vergoeding van advieskosten bij afwijzing voer ik niet in."),
        (
            "s3",
            "response",
            "Een vaste termijn van zes maanden spreekt mij aan, omdat aanvragers nu lang wachten.",
        ),
        (
            "s3",
            "response",
            "Voor eenvoudige aanvragen zijn zes maanden haalbaar, maar bij ingewikkelde aanvragen niet. Ik neem daarom "
            "in de regeling een termijn van zes maanden op, die eenmaal kan worden verlengd.",
        ),
    ]
    info = run_linker(
        paragraphs,
        recs,
        sections=[("s1", "De evaluatie", 3), ("s2", "Mijn reactie", 3), ("s3", "Wachten op een besluit", 3)],
    )
    assert _linked(info)[-1] == [4]


def test_round_49_an_ordinal_named_with_als_and_a_participle() -> None:
    """ "Met de als tweede genoemde aanbeveling ben ik het eens" names the second (before round 49 it was read as an
    anaphor that named none)."""
    refs = find_references("Met de als tweede genoemde aanbeveling ben ik het eens.")
    assert [(r.kind, r.ordinals) for r in refs] == [("ordinal", (2,))]


def test_round_49_a_compound_head_that_ends_another_compound_tells_nothing() -> None:
    """ "proef" heads the second's "proefdierdeskundigen" and ends the first's "dierproef": it names neither, and
    "Nederland" names no recommendation (before round 49 each decided a tie)."""
    d = Distinctive(
        [
            "Verplicht instellingen bij iedere dierproef vooraf te onderzoeken of de dieren kunnen worden herplaatst.",
            "Neem herplaatsing op in de opleiding van proefdierdeskundigen.",
            "Zet je in de Europese Unie in voor een humanitair visum, zodat Nederland mensen kan opvangen.",
        ]
    )
    hits = d.hits("Het voorstel voor een wettelijke plicht spreekt mij aan, ook na afloop van een proef.")
    assert 1 not in hits
    assert 2 not in d.hits("Nederland draagt sinds 2025 bij aan een fonds.")


def test_round_50_a_duty_named_as_one_word() -> None:
    """ "om tandartsen … te verplichten dat bij de NZa te melden" is about the "meldplicht" an answer declines."""
    d = Distinctive(
        [
            "Verplicht zorgverzekeraars een overzicht bij te houden van tandartsen die nieuwe patiënten aannemen.",
            "Verplicht tandartsen die een kind als patiënt weigeren, dat bij de NZa te melden.",
        ]
    )
    assert d.hits("Een meldplicht voor tandartsen neem ik niet over.") == {1: ["meldplicht"]}


def test_round_50_an_elided_ordinal_with_its_body() -> None:
    """ "en de eerste van Stroomwijzer" names that body's first; "de eerste van de drie maatregelen" names none."""
    from kamerstuk.pipeline.references import find_references

    refs = find_references(
        "De derde aanbeveling van de inspectie en de eerste van Stroomwijzer neem ik over."
    )
    assert [(r.ordinals, r.body) for r in refs] == [((3,), "inspectie"), ((1,), "Stroomwijzer")]
    refs = find_references(
        "De derde aanbeveling neem ik over en de eerste van de drie maatregelen voer ik uit."
    )
    assert [r.ordinals for r in refs] == [(3,)]


def test_round_67_a_prefix_heads_no_compound() -> None:
    """ "van nationaal belang" is no word of "internationale meldsystemen" (holdout413: the tie it made with the
    recommendation on supervision left the paragraph unlinked); a real compound's tail still counts."""
    d = Distinctive(
        [
            "Zorg dat de inspectie toezicht houdt op het opvijzelen in havens.",
            "Meld ongevallen in de internationale meldsystemen.",
        ]
    )
    hits = d.hits("De inspectie houdt toezicht in de havens van nationaal belang.")
    assert 1 not in hits
    assert "toezicht" in hits[0]
    assert d.hits("Het meldsysteem van de vervoerders") == {1: ["meldsysteem"]}
