"""Which recommendation a stance sentence is about (kamerstuk.pipeline.stance.attribute): by number,
by the paragraph's links, and by the words only one recommendation has."""

from __future__ import annotations

from kamerstuk.pipeline.link_forms import Distinctive
from kamerstuk.pipeline.stance import ALONE, SHARED, attribute

RECS = [
    {"id": "r1", "ordinal": 1, "text": "Eén openstelling per jaar – Open de regeling één keer per jaar."},
    {
        "id": "r2",
        "ordinal": 2,
        "text": "Rangschikken in plaats van loten – Vervang de loting door een rangschikking.",
    },
    {
        "id": "r3",
        "ordinal": 3,
        "text": "Lichtere controle vooraf – Beperk de controle vooraf tot de formele eisen.",
    },
]
TEXTS = [r["text"] for r in RECS]


def _about(sentences: list[str], links: list[str]) -> list[tuple[list[str], int]]:
    return [
        (targets, tier) for _s, targets, tier in attribute(sentences, links, RECS, [], Distinctive(TEXTS))
    ]


def test_a_summary_paragraph_gives_each_verdict_to_the_recommendation_it_names_by_topic() -> None:
    about = _about(
        [
            "De jaarlijkse openstelling en een lichtere controle vooraf neem ik over.",
            "Rangschikken op basis van het bedrijfsplan doe ik niet.",
        ],
        [],
    )
    assert about == [(["r1", "r3"], SHARED), (["r2"], ALONE)]


def test_a_number_named_before_holds_against_words_of_another() -> None:
    about = _about(
        ["De tweede aanbeveling neem ik niet over.", "Een openstelling per jaar zou dan ook niet helpen."],
        ["r1", "r2"],
    )
    assert about == [(["r2"], ALONE), (["r2"], ALONE)]


def test_a_paragraph_linked_to_one_keeps_its_link() -> None:
    about = _about(["Een lichtere controle vooraf is ook mijn wens."], ["r1"])
    assert about == [(["r1"], ALONE)]


def test_a_verdict_on_them_all_is_not_narrowed_by_a_word_one_of_them_has() -> None:
    # "rangschikking" is a word only the second has; "ze alle drie" speaks for all three
    about = _about(
        ["Samen met de rangschikking vormen deze maatregelen één pakket, en ik neem ze alle drie over."],
        ["r1", "r2", "r3"],
    )
    assert about == [(["r1", "r2", "r3"], SHARED)]


def test_a_number_in_a_paragraph_linked_to_one_report_is_that_reports() -> None:
    # a second report's recommendations, unnumbered, count 1 and 2 in their own series; the
    # paragraph is linked to the first report's second, so "De tweede aanbeveling" is that one
    second = [
        {"id": "k1", "ordinal": None, "text": "Geef iedere school een leesconsulent.", "report": "Instituut"},
        {"id": "k2", "ordinal": None, "text": "Zet een landelijk netwerk op.", "report": "Instituut"},
    ]
    recs = [{**r, "report": "Raad"} for r in RECS] + second
    about = attribute(
        ["De tweede aanbeveling vraagt veel van scholen.", "Het doel ervan onderschrijf ik."],
        ["r2"],
        recs,
        [],
    )
    assert about == [
        ("De tweede aanbeveling vraagt veel van scholen.", ["r2"], ALONE),
        ("Het doel ervan onderschrijf ik.", ["r2"], ALONE),
    ]


def test_an_act_tagged_with_its_recommendation_adopts_it() -> None:
    from kamerstuk.pipeline.stance import _tagged_act

    act = _tagged_act(
        "In het voorjaar van 2027 breng ik een wetswijziging in consultatie die de toets verplicht stelt (aanbeveling 1);"
    )
    assert act.label == "adopted" and act.cue == "toezegging"
    # no act of the government, or no tag: no stance from this rule
    assert (
        _tagged_act("Bij herbenoeming volstaat een actualisatie van de eerdere toets (aanbeveling 4).").label
        is None
    )
    assert _tagged_act("In het voorjaar van 2027 breng ik een wetswijziging in consultatie.").label is None


def test_a_reservation_for_one_of_two_adopted_together_is_that_ones() -> None:
    """holdout74 (opened in round 25), in our own words: "Zowel de eerste als de tweede aanbeveling neem ik over,
    de tweede met een kanttekening." adopts the first and partly the second."""
    sentence = "Zowel de eerste als de tweede aanbeveling neem ik over, de tweede met een kanttekening."
    got = attribute([sentence], ["r1", "r2"], RECS, [], Distinctive(TEXTS))
    assert [(s, targets) for s, targets, _tier in got] == [
        ("Zowel de eerste als de tweede aanbeveling neem ik over.", ["r1"]),
        (sentence, ["r2"]),
    ]
    # without the reservation, one verdict for both
    plain = attribute(["Zowel de eerste als de tweede aanbeveling neem ik over."], ["r1", "r2"], RECS, [])
    assert [targets for _s, targets, _tier in plain] == [["r1", "r2"]]


def test_an_ordinal_without_its_noun_as_subject_moves_the_sentences_to_that_one() -> None:
    # "De tweede raakt aan …" after "Ik neem de eerste aanbeveling over": the second, and what follows with it
    about = _about(
        [
            "Op de eerste twee aanbevelingen ga ik samen in.",
            "Ik neem de eerste aanbeveling over.",
            "De tweede vraagt meer voorbereiding.",
            "Pas daarna kan ik over deze aanbeveling beslissen.",
        ],
        ["r1", "r2"],
    )
    assert about[1:] == [(["r1"], ALONE), (["r2"], ALONE), (["r2"], ALONE)]


def test_an_ordinal_before_a_noun_is_no_subject_of_its_own() -> None:
    # "De tweede fase …" is a phase, not the second recommendation: the sentence stays with the first
    about = _about(
        ["Ik neem de eerste aanbeveling over.", "De tweede fase van het programma begint in 2027."],
        ["r1", "r2"],
    )
    assert about == [(["r1"], ALONE), (["r1"], ALONE)]


def test_a_sentence_naming_one_of_two_reports_goes_to_that_reports_recommendation() -> None:
    # a paragraph answering the ACM's second and the bureau's first together: "het advies van Vonk & Meijer" is
    # the bureau's, "wat de ACM voorstelt" the ACM's; an unnamed sentence stays with both
    recs = [
        {"id": "r2", "ordinal": 2, "text": "Houd een overzicht bij.", "report": "ACM", "by": ["ACM"]},
        {
            "id": "r4",
            "ordinal": 1,
            "text": "Breng het register onder bij een vindplaats.",
            "report": "Vonk & Meijer",
            "by": ["Vonk & Meijer"],
        },
    ]
    about = [
        (targets, tier)
        for _s, targets, tier in attribute(
            [
                "Het overzicht dat de ACM voorstelt, bestaat in feite al.",
                "Daarmee volg ik het advies van Vonk & Meijer.",
                "Het register krijgt een nieuwe naam.",
            ],
            ["r2", "r4"],
            recs,
            [],
        )
    ]
    assert about == [(["r2"], ALONE), (["r4"], ALONE), (["r2", "r4"], 0)]


def test_not_all_of_them_decides_none() -> None:
    """holdout121 (opened), in our own words: "Dat betekent niet dat het kabinet alle aanbevelingen volgt" says that
    some are not followed, not which: it is about none of them ("Alle aanbevelingen neem ik over" is about all)."""
    assert attribute(["Dat betekent niet dat het kabinet alle aanbevelingen volgt."], [], RECS, []) == []
    shared = attribute(["Alle aanbevelingen neem ik over."], [], RECS, [])
    assert [sorted(targets) for _s, targets, _tier in shared] == [sorted(r["id"] for r in RECS)]


def test_the_last_of_a_body_named_is_that_bodys_last_not_the_letters() -> None:
    """holdout122 (opened), in our own words: "waar de inspectie in haar laatste aanbeveling om vraagt", in an
    answer linked to the inspection's third, is not also about the last of the researchers' two."""
    recs = [
        {
            "id": "r1",
            "ordinal": 1,
            "text": "Maak een plan.",
            "by": ["Inspectie van het Onderwijs"],
            "report": None,
        },
        {
            "id": "r2",
            "ordinal": 2,
            "text": "Meet de voortgang.",
            "by": ["Inspectie van het Onderwijs"],
            "report": None,
        },
        {
            "id": "r3",
            "ordinal": 3,
            "text": "Onderzoek een vaste norm.",
            "by": ["Inspectie van het Onderwijs"],
        },
        {"id": "r4", "ordinal": None, "text": "Zet het project voort.", "by": ["Bureau Dekker & Vos"]},
        {"id": "r5", "ordinal": None, "text": "Wijs één loket aan.", "by": ["Bureau Dekker & Vos"]},
    ]
    sentence = (
        "Over een vaste norm, waar de inspectie in haar laatste aanbeveling om vraagt, besluit ik later."
    )
    about = attribute([sentence], ["r3"], recs, [])
    assert [targets for _s, targets, _t in about] == [["r3"]]
    # naming the researchers' body keeps their last
    other = "De onderzoekers van Dekker & Vos vragen in hun laatste aanbeveling om één loket; dat regel ik."
    assert "r5" in attribute([other], ["r3"], recs, [])[0][1]
