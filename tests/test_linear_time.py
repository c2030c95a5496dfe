"""Linear time on pathological input: the entity finders and the Markdown reader.

Each case is an input that used to make a stage quadratic (a long run of one phrase, marker or
space). No test here times anything (speed is measured in `bench/`, never asserted). Instead:

* `test_work_grows_linearly` counts the work done at two sizes, as the Python lines executed
  and the Python and C functions called (``sys.settrace``, ``sys.setprofile``), and requires 4×
  the input to cost at most about 4× the steps. A loop that goes over all earlier matches for
  every match (a list scanned per item, a search from the start) shows up there as 16×.
* Work inside one regex call (backtracking) is out of reach of any counter. Those cases run at
  sizes where the quadratic versions took from seconds to minutes, and their output is checked.
* Where a regex was replaced by a scanner, the scanner is compared with the regex on random
  text, so the speed-up changes no result.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable
from typing import Any

import pytest

from kamerstuk.entities import (
    find_citations,
    find_commitments,
    find_dates,
    find_deadlines,
    find_recommendations,
    find_report,
    parse_report_text,
)
from kamerstuk.entities.commitments import _promised_te, _strip_trailing_words
from kamerstuk.entities.recommendation_lists import _dangling_end
from kamerstuk.entities.report import _quoted_spans, sentence_spans
from kamerstuk.entities.sentences import split_sentences
from kamerstuk.patterns import commitments as PC
from kamerstuk.patterns import recommendations as PR
from kamerstuk.patterns import structure as PS
from kamerstuk.readers import markdown as md
from kamerstuk.readers.markdown import clean_inline, read_markdown
from tests.conftest import work

REF = dt.date(2024, 3, 1)


# (name, text of size n, what runs on it): each grew with the square of n before.
CASES: list[tuple[str, Callable[[int], str], Callable[[str], Any]]] = [
    ("commitments: toegezegd", lambda n: "toegezegd " * n, lambda t: find_commitments(t, REF)),
    (
        "commitments: deadlines per sentence",
        lambda n: "Voor de zomer. " * n,
        lambda t: find_commitments(t, REF),
    ),
    (
        "commitments: dated first person",
        lambda n: "In 2026 spreek ik " * n + "aan.",
        lambda t: find_commitments(t, REF),
    ),
    (
        "commitments: relative first person",
        lambda n: "de regels die ik in 2026 " * n + "invoer.",
        lambda t: find_commitments(t, REF),
    ),
    (
        "commitments: enumerations",
        lambda n: "Ik zal met gemeenten, provincies en waterschappen, " * n + "afspraken maken.",
        lambda t: find_commitments(t, REF),
    ),
    (
        "commitments: agencies and pilots",
        lambda n: "In 2026 start DUO een proef " * n + "op.",
        lambda t: find_commitments(t, REF),
    ),
    (
        "commitments: dated passives",
        lambda n: "Vanaf 2026 worden " * n + "geactualiseerd.",
        lambda t: find_commitments(t, REF),
    ),
    ("deadlines: voor de zomer", lambda n: "voor de zomer " * n, lambda t: find_deadlines(t, REF)),
    ("dates: 1 januari", lambda n: "1 januari " * n, lambda t: find_dates(t, REF)),
    ("recommendations: (zie 1).", lambda n: "(zie 1). " * n, find_recommendations),
    ("report: (zie 1).", lambda n: "(zie 1). " * n, lambda t: find_report(t, REF)),
    ("recommendations: colon lists", lambda n: ": 1. a 2. b " * n, find_recommendations),
    (
        "recommendations: leads",
        lambda n: "De onderzoekers doen de volgende aanbevelingen: 1. a 2. b " * n,
        find_recommendations,
    ),
    ("recommendations: headings", lambda n: "Aanbeveling 1\nIk x\n" * n, find_recommendations),
    (
        "recommendations: paragraphs",
        lambda n: "Ten eerste wordt aanbevolen te meten.\n\n" * n,
        lambda t: find_recommendations(t, paragraphs=[(f"p{i}", i, i + 1) for i in range(0, len(t), 37)]),
    ),
    ("report text: chapters", lambda n: "Aanbevelingen\n" * n, parse_report_text),
    (
        "report: names and quotes",
        lambda n: "het rapport «Grip op de keten» van " + "«a» De Raad, " * n,
        lambda t: find_report(t, REF),
    ),
    ("sentences: list numbers", lambda n: "1. " * n, split_sentences),
    ("sentences: report splitter", lambda n: "1). a " * n, sentence_spans),
    ("citations: motions", lambda n: "motie Bontenbal (Kamerstuk 31 015, nr. 2) " * n, find_citations),
    (
        "citations: back-references",
        lambda n: "".join(f"mijn brief van 3 juli 2023<sup>{i % 999 + 1}</sup> " for i in range(n)),
        lambda t: find_citations(t, footnotes={i: "nr. 2" for i in range(1, t.count("<sup>") + 1)}),
    ),
    ("markdown: markers between spaces", lambda n: "a <sup>1</sup> " * n, clean_inline),
    ("markdown: emphasis", lambda n: "**a " * n, clean_inline),
    ("markdown: links", lambda n: "[a " * n, clean_inline),
]


@pytest.mark.parametrize(("name", "make", "run"), CASES, ids=[c[0] for c in CASES])
def test_work_grows_linearly(name: str, make: Callable[[int], str], run: Callable[[str], Any]) -> None:
    small, large = make(100), make(400)
    work_small = work(lambda: run(small))
    work_large = work(lambda: run(large))
    assert work_large <= 4 * 1.3 * work_small + 2000, f"{name}: {work_small} steps at n, {work_large} at 4n"


# --- large inputs that took seconds to minutes before; the output is checked ---------------


def test_toegezegd_run() -> None:
    """200 KB took 81 s: every "toegezegd" rescanned the sentence for "te <verb>"."""
    text = "Ik heb " + "toegezegd " * 20_000 + "uw Kamer te informeren."
    (c,) = find_commitments(text, REF)
    assert (c.actor, c.action, c.kind) == ("ik", "informeren", "refers")


def test_zie_run() -> None:
    """190 KB took 2 minutes: the report's sentence splitter searched all text before each stop."""
    text = (
        "(zie 1). " * 21_000
        + "\n\nDe commissie doet de volgende aanbevelingen: 1. meet het effect; 2. schrap de regel."
    )
    recs = find_recommendations(text)
    assert [(r.ordinal, r.text) for r in recs] == [(1, "meet het effect"), (2, "schrap de regel.")]
    assert find_report("(zie 1). " * 21_000, REF) is None


def test_voor_de_zomer_run() -> None:
    """1.4 MB took over 2.5 minutes: each deadline was compared with every deadline kept."""
    deadlines = find_deadlines("voor de zomer " * 30_000, REF)
    assert len(deadlines) == 30_000
    assert {d.rule for d in deadlines} == {"zomerreces"}


def test_kamerstuk_run() -> None:
    text = "Kamerstuk 31 015, " * 22_000 + "nr. 5"
    assert [c.identifiers for c in find_citations(text)] == [["kst-31015-5"]]


@pytest.mark.parametrize(
    ("text", "run", "expected"),
    [
        pytest.param("Kamerstuk" + " " * 20_000 + "x", find_citations, [], id="citation-gap"),
        pytest.param(
            "zie" + " " * 20_000 + "31 015, nr. 2", lambda t: len(find_citations(t)), 1, id="zie-gap"
        ),
        pytest.param("\t" * 20_000 + "\n", find_recommendations, [], id="tabs"),
        pytest.param(
            "Aanbeveling 1:" + " " * 20_000 + "x",
            lambda t: [r.text for r in find_recommendations(t)],
            ["x"],
            id="heading-gap",
        ),
        pytest.param(
            "Ik zal informeren" + " " * 20_000 + "toe.",
            lambda t: [c.action for c in find_commitments(t, REF)],
            ["informeren"],
            id="object-gap",
        ),
        pytest.param(
            "Ten eerste " + "beveel " * 20_000 + "x.",
            lambda t: find_recommendations(t),
            [],
            id="trigger-without-particle",
        ),
    ],
)
def test_long_runs_inside_one_regex(text: str, run: Callable[[str], Any], expected: Any) -> None:
    """Runs a regex used to backtrack through (two adjacent ``\\s*``, or a verb rescanned to the
    end of the sentence for its particle); 20,000 characters took from seconds to minutes."""
    assert run(text) == expected


def test_markdown_runs() -> None:
    """100,000 "#" or ">" left a run the spaCy tokenizer splits in quadratic time; 100,000
    ``<sup>`` markers were counted with a sum over all text before each one."""
    doc = read_markdown("# Kop\n\n" + "#" * 100_000 + "\n\n" + ">" * 100_000 + "\n")
    assert [b.text for b in doc.blocks[1:]] == ["#" * md.MAX_MARKUP_RUN, ">" * md.MAX_MARKUP_RUN]
    text, markers = clean_inline("Tekst" + "<sup>1</sup> " * 100_000 + "einde.")
    assert text == "Tekst einde."
    assert len(markers) == 100_000 and {m.offset for m in markers} == {5}


@pytest.mark.parametrize(
    ("run", "expected"),
    [
        pytest.param(lambda: parse_report_text("Aanbevelingen\n" * 50_000), [], id="report-chapters"),
        pytest.param(lambda: len(split_sentences("x 1. " * 50_000)), 1, id="sentence-list-numbers"),
        pytest.param(lambda: len(sentence_spans("1). a " * 50_000)), 1, id="report-sentence-stops"),
        pytest.param(lambda: clean_inline("**a " * 50_000)[0], ("**a " * 50_000).strip(), id="md-emphasis"),
        pytest.param(lambda: clean_inline("[a " * 50_000)[0], ("[a " * 50_000).strip(), id="md-links"),
        pytest.param(
            lambda: clean_inline("<https://x " * 50_000)[0],
            ("<https://x " * 50_000).strip(),
            id="md-autolinks",
        ),
        pytest.param(
            lambda: clean_inline("(a $x$" + " " * 50_000 + "b)")[0], "(a x b)", id="md-spaces-in-brackets"
        ),
        pytest.param(
            lambda: md._atx_heading("# " + "#" * 50_000 + " x"), ("#", "#" * 50_000 + " x"), id="md-heading"
        ),
        pytest.param(
            lambda: clean_inline("**a *b [c <https://x _d " * 40_000)[0],
            ("**a *b [c <https://x _d " * 40_000).strip(),
            id="md-1MB-line",
        ),
    ],
)
def test_large_inputs(run: Callable[[], Any], expected: Any) -> None:
    """Inputs the regexes or slices took from half a minute to many minutes on (the quadratic
    work was inside single C calls, where `work` does not see it)."""
    assert run() == expected


# --- the scanners give what the regexes they replace gave ----------------------------------

_MD_ALPHABET = [
    "*",
    "**",
    "_",
    "__",
    " ",
    "a",
    "\n",
    "[",
    "]",
    "(",
    ")",
    "<",
    ">",
    "<https://x",
    "mailto:",
    "#",
    "## ",
    "$",
]


def _random_texts(alphabet: list[str], count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(count)]


def test_markdown_scanners_match_the_regexes() -> None:
    for s in _random_texts(_MD_ALPHABET, 4000, seed=1):
        assert md._strip_autolinks(s) == PS.MD_AUTOLINK.sub(r"\1", s), s
        assert md._strip_links(s) == PS.MD_LINK.sub(r"\1", s), s
        emphasis = PS.MD_EMPHASIS.sub(lambda m: m.group(2) if m.group(2) is not None else m.group(4), s)
        assert md.strip_emphasis(s) == emphasis, s
        assert md._drop_spaces_inside_brackets(s) == PS.SPACE_INSIDE_BRACKETS.sub("", s), s
        line = s.replace("\n", " ")
        h = PS.MD_HEADING.match(line)
        assert md._atx_heading(line) == ((h.group(1), h.group(2)) if h else None), s


_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"|‘[^’]*’|„[^”\"]*[”\"]")
_PROMISED_TE = re.compile(r"\btoegezegd\b[^.]*?\bte\s+\w+", re.I)
_OBJECT_TAIL = re.compile(r"(?:\s+(?:toe|aan|op|in|af|uit|terug|na))+$", re.I)
_DANGLING = re.compile(r"(?:[;,]|\s+(?:en|of|en/of))\s*$")
_TRIGGER = re.compile(
    r"\baanbevel\w*|\baanbevolen\b|\bbevee?l\w*\b[^.]*\baan\b|\badvis\w*|\badvie[sz]\w*"
    r"|\bra(?:den|adt|ad)\b[^.]*\baan\b|\bpleit\w*|\boproep\w*"
    r"|\broep(?:t|en)?\b[^.]*?\bop\b(?=\s+(?:om|tot)\b|\s*[,.:;])"
    r"|\bstel(?:t|len)?\b[^.]*?\bvoor\b(?=\s+(?:om|dat)\b|\s*[,.:;])|\bvoorgesteld\b|\bsuggere\w*|\bsuggestie\w*",
    re.I,
)


def test_entity_scanners_match_the_regexes() -> None:
    words = [
        "toegezegd",
        " ",
        "te",
        "informeren",
        ".",
        "x",
        "toe",
        "aan",
        "Op",
        "en",
        "of",
        "en/of",
        ";",
        ",",
        "\n",
    ]
    words += [
        "«",
        "»",
        "“",
        "”",
        '"',
        "‘",
        "’",
        "„",
        "beveel",
        "raadt",
        "roept",
        "op",
        "om",
        "stelt",
        "voor",
        "dat",
    ]
    for s in _random_texts(words, 6000, seed=2):
        m = _PROMISED_TE.search(s)
        assert _promised_te(s) == ((m.start(), m.end()) if m else None), s
        assert _strip_trailing_words(s, PC.OBJECT_TAIL_WORDS) == _OBJECT_TAIL.sub("", s), s
        d = _DANGLING.search(s)
        assert _dangling_end(s, 0, len(s)) == (d.start() if d else None), s
        assert _quoted_spans(s) == [q.span() for q in _QUOTED.finditer(s)], s
        assert bool(PR.RECOMMENDATION_TRIGGER.search(s)) == bool(_TRIGGER.search(s)), s


# --- the spaCy tokenizer never meets a long run without whitespace ---------------------------


@pytest.mark.parametrize("run", ["<" * 40_000, "#" * 40_000, "x" * 700 + "<" * 900])
def test_tokenizer_gets_long_runs_in_slices(run: str) -> None:
    """spaCy's tokenizer is quadratic on runs of prefix/suffix punctuation (16,000 "<" took 22 s):
    `make_letter_doc` hands such runs over in slices, and the Doc still spells the letter."""
    import spacy

    from kamerstuk import parse_text
    from kamerstuk.pipeline.doc import MAX_RUN_CHARS, _slices, make_letter_doc

    chunks = list(_slices("Een zin. " + run + " en verder."))
    assert "".join(chunks) == "Een zin. " + run + " en verder."
    assert max(len(w) for c in chunks for w in c.split()) <= MAX_RUN_CHARS

    letter = parse_text(
        "Geachte Voorzitter,\n\nIn deze brief staat een regel. " + run + "\n\nHoogachtend,\n\n"
        "de minister van Onderwijs, Cultuur en Wetenschap,\n\nA.B. de Vries\n",
        strict=False,
        entities=False,
        pipeline=None,
    )
    doc = make_letter_doc(spacy.blank("nl"), letter)
    assert doc.text == letter.text
    assert run[-100:] in letter.text
    assert max(len(t.text) for t in doc) <= MAX_RUN_CHARS


def _join_lines_reference(lines: list[str]) -> str:
    """The quadratic `join_lines` this module's linear one replaced (one growing string)."""
    text = ""
    for line in lines:
        line = line.strip()
        if not text:
            text = line
            continue
        hyphen = PS.LINE_END_HYPHEN.search(text)
        first_word = line.split(" ", 1)[0]
        if hyphen and line[:1].islower():
            if first_word in PS.HYPHEN_CONJUNCTIONS:
                text = f"{text} {line}"
            elif hyphen.group(1).isupper() or hyphen.group(1).isdigit():
                text = f"{text}{line}"
            else:
                text = f"{text[:-1]}{line}"
        elif hyphen and (line[:1].isupper() or line[:1].isdigit()):
            text = f"{text}{line}"
        else:
            text = f"{text} {line}"
    return re.sub(r"\s+", " ", text)


def test_join_lines_matches_the_reference() -> None:
    from kamerstuk.readers.paragraphs import join_lines

    rng = random.Random(7)
    words = [
        "",
        " ",
        "a",
        "ab",
        "A",
        "1",
        "-",
        "a-",
        "AB-",
        "3-",
        "en",
        "en b",
        "x y-",
        "h",
        "-z",
        "é-",
        " c ",
    ]
    for _ in range(5000):
        lines = [rng.choice(words) + rng.choice(words) for _ in range(rng.randint(0, 6))]
        assert join_lines(lines) == _join_lines_reference(lines), lines


def test_join_lines_work_grows_linearly() -> None:
    from kamerstuk.readers.paragraphs import join_lines

    def lines(n: int) -> list[str]:
        return ["a", "", "duidelijk-", "heid", "LHBTI-", "jongeren"] * n

    small, large = work(lambda: join_lines(lines(100))), work(lambda: join_lines(lines(400)))
    assert large <= 4 * 1.3 * small + 2000, (small, large)
    assert join_lines(["een duidelijk-"] + [""] * 50_000 + ["heid"]).startswith("een duidelijk")
