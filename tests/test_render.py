"""The HTML review page (`kamerstuk.render`) and the flat tables (`kamerstuk.tables`).

The page is checked as a DOM: `parse_dom` builds a small element tree with the standard
library's html.parser and fails on tags that do not nest, so every test also checks that
the span merging produced well-formed markup.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, get_args

import pytest

import kamerstuk
from kamerstuk.models import (
    Citation,
    Commitment,
    Deadline,
    Diagnostic,
    Footnote,
    Format,
    Kind,
    Label,
    Letter,
    Link,
    Metadata,
    Paragraph,
    Recommendation,
    Report,
    Section,
    Source,
    StanceLabel,
)
from kamerstuk.render import Span, deadline_label, merge_spans, render_html, render_notebook
from kamerstuk.render.words import (
    COMMITMENT_KINDS,
    FIRMNESS,
    LABELS,
    LINK_METHODS,
    RECOMMENDATION_SOURCES,
    SEVERITIES,
    SOURCE_FORMATS,
    STANCES,
    document_kind,
)
from kamerstuk.tables import (
    COMMITMENT_COLUMNS,
    RECOMMENDATION_COLUMNS,
    commitment_rows,
    recommendation_rows,
    to_dataframe,
    write_csv,
)
from tests.conftest import LETTERS, require_shared
from tests.test_summary import ANSWERS, MOTION

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed" / "000_07ea6d749bcb6be1.txt"
OFFICIAL = "https://zoek.officielebekendmakingen.nl/"

# --------------------------------------------------------------------------------------------
# A tiny DOM


VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    children: list[Node | str] = field(default_factory=list)

    def iter(self) -> Iterator[Node]:
        yield self
        for child in self.children:
            if isinstance(child, Node):
                yield from child.iter()

    def text(self, skip: tuple[str, ...] = ()) -> str:
        """Text content; elements with one of the `skip` classes are left out."""
        out = []
        for child in self.children:
            if isinstance(child, str):
                out.append(child)
            elif not set(child.classes) & set(skip):
                out.append(child.text(skip))
        return "".join(out)

    @property
    def classes(self) -> list[str]:
        return self.attrs.get("class", "").split()

    def find_all(self, tag: str, cls: str | None = None, **attrs: str) -> list[Node]:
        """Elements by tag ("*" for any), class and exact attribute values (data_x → data-x)."""
        wanted = {k.replace("_", "-"): v for k, v in attrs.items()}
        return [
            n
            for n in self.iter()
            if (tag == "*" or n.tag == tag)
            and (cls is None or cls in n.classes)
            and all(n.attrs.get(k) == v for k, v in wanted.items())
        ]


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.stack = [self.root]
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Node(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if self.stack[-1].tag != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1].tag}>")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse_dom(markup: str) -> Node:
    """Parse `markup` into a Node tree; fail the test if any tag is closed out of order."""
    builder = _TreeBuilder()
    builder.feed(markup)
    builder.close()
    assert not builder.errors, builder.errors[:5]
    assert [n.tag for n in builder.stack] == ["#document"], "unclosed elements"
    return builder.root


# --------------------------------------------------------------------------------------------
# merge_spans


def _s(start: int, end: int, name: str, rank: int = 0, reopen: str | None = None) -> Span:
    return Span(start, end, f"<{name}>", f"</{name}>", reopen, rank)


MERGE_CASES = [
    pytest.param("a<b & c", [], 0, "a&lt;b &amp; c", id="no-spans-escaped"),
    pytest.param("abcdef", [_s(0, 6, "x"), _s(2, 4, "y")], 0, "<x>ab<y>cd</y>ef</x>", id="nested"),
    pytest.param("abcdef", [_s(2, 4, "y"), _s(0, 6, "x")], 0, "<x>ab<y>cd</y>ef</x>", id="nested-any-order"),
    pytest.param(
        "abcdef", [_s(0, 4, "x"), _s(2, 6, "y")], 0, "<x>ab<y>cd</y></x><y>ef</y>", id="crossing-split"
    ),
    pytest.param(
        "abcdef",
        [_s(0, 4, "x"), _s(2, 6, "y", reopen="<y2>")],
        0,
        "<x>ab<y>cd</y></x><y2>ef</y>",
        id="crossing-uses-reopen",
    ),
    pytest.param(
        "abcdef",
        [_s(0, 4, "x"), _s(2, 6, "y"), _s(4, 4, "i")],
        0,
        "<x>ab<y>cd</y></x><i></i><y>ef</y>",
        id="insert-between-split-pieces",
    ),
    pytest.param(
        "abcdef", [_s(0, 2, "y"), _s(0, 6, "x")], 0, "<x><y>ab</y>cdef</x>", id="same-start-longer-outer"
    ),
    pytest.param("abc", [_s(0, 3, "y", rank=1), _s(0, 3, "x")], 0, "<x><y>abc</y></x>", id="same-range-rank"),
    pytest.param(
        "abcdef", [_s(0, 3, "x"), _s(3, 3, "i")], 0, "<x>abc</x><i></i>def", id="insert-after-close"
    ),
    pytest.param(
        "abcdef", [_s(3, 3, "i"), _s(3, 6, "x")], 0, "abc<i></i><x>def</x>", id="insert-before-open"
    ),
    pytest.param("abc", [_s(3, 3, "b", rank=1), _s(3, 3, "a")], 0, "abc<a></a><b></b>", id="inserts-by-rank"),
    pytest.param("abc", [_s(0, 0, "i")], 0, "<i></i>abc", id="insert-at-start"),
    pytest.param("abcdef", [_s(12, 14, "x")], 10, "ab<x>cd</x>ef", id="offset"),
    pytest.param("abcdef", [_s(8, 12, "x"), _s(15, 20, "y")], 10, "<x>ab</x>cde<y>f</y>", id="clipped"),
    pytest.param("abc", [_s(20, 25, "x"), _s(0, 5, "y"), _s(30, 30, "i")], 10, "abc", id="outside-dropped"),
    pytest.param("a<b>c", [_s(1, 4, "x")], 0, "a<x>&lt;b&gt;</x>c", id="escaped-inside"),
    pytest.param(
        "abcdefgh",
        [_s(0, 8, "x"), _s(1, 4, "y"), _s(3, 6, "z")],
        0,
        "<x>a<y>bc<z>d</z></y><z>ef</z>gh</x>",
        id="crossing-inside-outer",
    ),
]


@pytest.mark.parametrize(("text", "spans", "offset", "expected"), MERGE_CASES)
def test_merge_spans(text: str, spans: list[Span], offset: int, expected: str) -> None:
    assert merge_spans(text, spans, offset=offset) == expected


@pytest.mark.parametrize(
    ("deadline", "expected"),
    [
        pytest.param(
            Deadline(
                text="voor de zomer",
                start=0,
                end=13,
                earliest=dt.date(2024, 3, 1),
                latest=dt.date(2024, 7, 5),
            ),
            "uiterlijk 2024-07-05",
            id="window",
        ),
        pytest.param(
            Deadline(text="vanaf 2025", start=0, end=10, earliest=dt.date(2025, 1, 1)),
            "vanaf 2025-01-01",
            id="open-end",
        ),
        pytest.param(Deadline(text="binnenkort", start=0, end=10), "binnenkort", id="unresolved"),
    ],
)
def test_deadline_label(deadline: Deadline, expected: str) -> None:
    assert deadline_label(deadline) == expected


# --------------------------------------------------------------------------------------------
# The seed letter


@pytest.fixture(scope="module")
def seed() -> Letter:
    return kamerstuk.parse(require_shared(SEED))


@pytest.fixture(scope="module")
def seed_html(seed: Letter) -> str:
    return render_html(seed)


@pytest.fixture(scope="module")
def seed_dom(seed_html: str) -> Node:
    return parse_dom(seed_html)


def _linked(letter: Letter, rec_id: str) -> list[str]:
    ids = {link.paragraph for link in letter.links if link.recommendation == rec_id}
    ids |= {p.id for p in letter.paragraphs if rec_id in p.recommendations}
    return [p.id for p in letter.paragraphs if p.id in ids]


def test_seed_has_three_recommendation_panels(seed: Letter, seed_dom: Node) -> None:
    panels = seed_dom.find_all("section", "recommendation")
    assert [p.attrs["data-recommendation"] for p in panels] == ["r1", "r2", "r3"]
    assert [p.attrs["data-ordinal"] for p in panels] == ["1", "2", "3"]
    for panel, rec in zip(panels, seed.recommendations, strict=True):
        assert rec.stance is not None
        assert panel.attrs["data-stance"] == rec.stance
        badge = panel.find_all("span", "stance")
        assert len(badge) == 1 and badge[0].text().strip()
        assert rec.text in panel.text()
        if rec.stance_evidence:
            assert panel.find_all("blockquote", "stance-evidence")[0].text() == rec.stance_evidence


def test_panels_name_the_report_and_show_the_explanation() -> None:
    """A letter answering two reports: each panel says which report its recommendation came from
    (with one report, the panel header names it already)."""
    letter = kamerstuk.parse(LETTERS / "ocw_leesoffensief.md")
    reports = ["de Raad voor <Cultuur>", "het Planbureau"]
    recs = [
        r.model_copy(update={"report": reports[i % 2], "explanation": f"Toelichting {i} & meer"})
        for i, r in enumerate(letter.recommendations)
    ]
    dom = parse_dom(render_html(letter.model_copy(update={"recommendations": recs})))
    panels = dom.find_all("section", "recommendation")
    assert len(panels) == len(recs) >= 2
    for i, panel in enumerate(panels):
        [origin] = panel.find_all("div", "rec-report")
        assert origin.text() == f"uit {reports[i % 2]}"
        [explanation] = panel.find_all("p", "rec-explanation")
        assert explanation.text() == f"Toelichting {i} & meer"
    one = [r.model_copy(update={"report": reports[0], "explanation": None}) for r in letter.recommendations]
    plain = parse_dom(render_html(letter.model_copy(update={"recommendations": one})))
    assert not plain.find_all("div", "rec-report") and not plain.find_all("p", "rec-explanation")


def test_seed_panels_link_their_paragraphs(seed: Letter, seed_dom: Node) -> None:
    ids = {n.attrs["id"] for n in seed_dom.iter() if "id" in n.attrs}
    for rec in seed.recommendations:
        panel = seed_dom.find_all("section", "recommendation", data_recommendation=rec.id)[0]
        links = panel.find_all("a", "paragraph-link")
        targets = [a.attrs["data-paragraph"] for a in links]
        assert targets == _linked(seed, rec.id)
        assert targets, f"{rec.id} has no linked paragraphs"
        for a in links:
            assert a.attrs["href"] == "#" + a.attrs["data-paragraph"]
            assert a.attrs["href"][1:] in ids
        # The link method (in Dutch) and evidence are on the link (hover) and shown inline.
        with_method = [a for a in links if "data-method" in a.attrs]
        assert with_method and all(
            a.attrs["title"].startswith(LINK_METHODS[a.attrs["data-method"]] + " · ") for a in with_method
        )


def test_seed_paragraphs_carry_label_and_recommendations(seed: Letter, seed_dom: Node) -> None:
    paragraphs = seed_dom.find_all("p", "paragraph")
    assert [p.attrs["id"] for p in paragraphs] == [p.id for p in seed.paragraphs]
    for node, par in zip(paragraphs, seed.paragraphs, strict=True):
        assert node.attrs["data-label"] == (par.label or "none")
        assert node.attrs.get("data-recommendations", "") == " ".join(par.recommendations)
        # Markup adds badges and footnote markers, but never loses or changes a character.
        assert node.text(skip=("badge", "footnote-ref")) == par.text
    responses = seed_dom.find_all("p", "paragraph", data_label="response", data_recommendations="r1")
    assert responses


def test_seed_commitments_marked_with_deadlines(seed: Letter, seed_dom: Node) -> None:
    (main,) = seed_dom.find_all("main")
    marks = main.find_all("mark", "commitment")
    assert {m.attrs["data-commitment"] for m in marks} == {c.id for c in seed.commitments}
    assert len(seed.commitments) >= 3
    for c in seed.commitments:
        first = seed_dom.find_all("mark", "commitment", id=c.id)
        assert len(first) == 1
        assert first[0].attrs["data-firmness"] == c.firmness
        assert FIRMNESS[c.firmness] in first[0].attrs["title"].split(" · ")
    # "voor de zomer" in a letter of 1 April 2022: due by the end of June.
    due = seed_dom.find_all("mark", "commitment", data_latest="2022-06-30")
    assert due
    assert "uiterlijk 2022-06-30" in due[0].attrs["title"]
    badges = [b.text() for b in seed_dom.find_all("span", "commitment-badge")]
    assert any(b.startswith("uiterlijk 2022-06-30") for b in badges)


def test_seed_citations_and_footnotes(seed: Letter, seed_dom: Node) -> None:
    (main,) = seed_dom.find_all("main")
    citations = main.find_all("a", "citation")  # footnotes stand under their paragraphs in <main>
    assert len(citations) == len([c for c in seed.citations if c.urls])
    assert any(c.in_footnote for c in seed.citations)
    assert citations and all(a.attrs["href"].startswith(OFFICIAL) for a in citations)
    refs = seed_dom.find_all("sup", "footnote-ref")
    assert len(refs) == len([f for f in seed.footnotes if f.marker is not None])
    ids = {n.attrs["id"] for n in seed_dom.iter() if "id" in n.attrs}
    for ref in refs:
        (a,) = ref.find_all("a")
        assert a.attrs["href"] == f"#fn-{ref.attrs['data-footnote']}" and a.attrs["href"][1:] in ids
    # Each footnote stands under its paragraph, and in the list at the end.
    for note in seed.footnotes:
        (item,) = seed_dom.find_all("li", id=f"fn-{note.number}")
        assert note.text == item.text(skip=("back",)).strip()
    assert len(seed_dom.find_all("section", "footnotes")[0].find_all("li")) == len(seed.footnotes)


def test_seed_metadata_header(seed: Letter, seed_dom: Node) -> None:
    header = seed_dom.find_all("header", "doc-header")[0].text()
    m = seed.metadata
    for value in (
        m.identifier,
        m.sender,
        m.addressee,
        m.date and m.date.isoformat(),
        *[d.number for d in m.dossiers],
    ):
        assert value and value in header
    assert [
        n.attrs["data-label"] for n in seed_dom.find_all("li", "legend-item") if "data-label" in n.attrs
    ] == [
        "context",
        "recommendation",
        "response",
        "closing",
        "other",
        "none",
    ]
    assert seed_dom.find_all("section", "diagnostics")


def test_seed_page_is_self_contained(seed_html: str, seed_dom: Node) -> None:
    ids = [n.attrs["id"] for n in seed_dom.iter() if "id" in n.attrs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert not seed_dom.find_all("link") and not seed_dom.find_all("img") and not seed_dom.find_all("iframe")
    for node in seed_dom.iter():
        assert "src" not in node.attrs, node
        href = node.attrs.get("href")
        if href is None:
            continue
        if href.startswith("#"):
            assert href[1:] in ids, href
        else:
            assert "citation" in node.classes and href.startswith(OFFICIAL), href
    assert len(seed_dom.find_all("script")) == 1
    assert len(seed_dom.find_all("style")) == 1
    assert "@import" not in seed_html and "url(" not in seed_html
    assert seed_html.startswith("<!DOCTYPE html>")


def test_title_defaults_and_override(seed: Letter) -> None:
    assert parse_dom(render_html(seed)).find_all("title")[0].text().startswith("kst-31015-245")
    assert parse_dom(render_html(seed, title="Brief <b>&")).find_all("title")[0].text() == "Brief <b>&"


def test_notebook_wraps_page_in_iframe(seed: Letter) -> None:
    (frame,) = parse_dom(render_notebook(seed, height=500)).find_all("iframe")
    assert frame.attrs["srcdoc"] == render_html(seed)
    assert "height:500px" in frame.attrs["style"]


# --------------------------------------------------------------------------------------------
# Escaping: a hand-written letter full of markup


EVIL = "<script>alert(1)</script>"


def _evil_letter() -> Letter:
    parts = [
        "Aanpak <b>toezicht</b>",
        f"De inspectie meldt dat {EVIL} in het rapport stond (Kamerstuk 36 100, nr. 3).",
        'Ik zal uw Kamer voor 1 juli 2025 informeren over "<img src=x onerror=alert(2)>" en de voortgang.',
    ]
    text = "\n\n".join(parts)
    h, p1, p2 = (text.index(part) for part in parts)
    cite = "Kamerstuk 36 100, nr. 3"
    c_start = text.index(cite)
    promise = parts[2]
    dl_text = "voor 1 juli 2025"
    return Letter(
        source=Source(name="<evil>.md", format="text", sha256="0" * 64),
        metadata=Metadata(
            kind="brief",
            identifier='kst-<i>1</i>-"2"',
            subject=EVIL,
            sender="Minister <u>van</u> & co",
            date=dt.date(2025, 3, 14),
        ),
        text=text,
        sections=[Section(id="s1", title=parts[0], level=1, start=h, end=h + len(parts[0]))],
        paragraphs=[
            Paragraph(
                id="p1",
                text=parts[1],
                section="s1",
                start=p1,
                end=p1 + len(parts[1]),
                label="context",
                footnotes=[1],
            ),
            Paragraph(
                id="p2",
                text=promise,
                section="s1",
                start=p2,
                end=p2 + len(promise),
                label="response",
                recommendations=["r1"],
            ),
        ],
        footnotes=[Footnote(number=1, text=f"Zie {EVIL}.", paragraph="p1", marker=p1 + len(parts[1]))],
        citations=[
            Citation(
                kind="kamerstuk",
                text=cite,
                start=c_start,
                end=c_start + len(cite),
                urls=['https://zoek.officielebekendmakingen.nl/kst-36100-3"><script>alert(3)</script>'],
                identifiers=["kst-36100-3"],
            )
        ],
        commitments=[
            # Ends inside the citation: the page must split the link to keep the HTML nested.
            Commitment(id="c0", text=text[p1 : c_start + 9], start=p1, end=c_start + 9, paragraph="p1"),
            Commitment(
                id="c1",
                text=promise,
                start=p2,
                end=p2 + len(promise),
                paragraph="p2",
                actor="ik",
                action=EVIL,
                deadline=Deadline(
                    text=dl_text,
                    start=p2 + promise.index(dl_text),
                    end=p2 + promise.index(dl_text) + len(dl_text),
                    latest=dt.date(2025, 6, 30),
                ),
            ),
        ],
        recommendations=[
            Recommendation(
                id="r1", ordinal=1, text=f"Beveel {EVIL} aan", stance="noted", stance_evidence=EVIL, by=[EVIL]
            )
        ],
        links=[Link(paragraph="p2", recommendation="r1", score=0.5, method="similarity", evidence=EVIL)],
        diagnostics=[Diagnostic(stage="<stage>", message=EVIL, location="<p1>")],
    )


def test_all_text_is_escaped() -> None:
    page = render_html(_evil_letter())
    dom = parse_dom(page)
    scripts = dom.find_all("script")
    assert len(scripts) == 1 and "alert" not in scripts[0].text()
    for tag in ("img", "b", "u", "i"):
        assert not dom.find_all(tag), tag
    assert not [n for n in dom.iter() if any(k.startswith("on") for k in n.attrs)]
    assert page.count("&lt;script&gt;alert(1)&lt;/script&gt;") >= 6
    # The escaped text reads back as the original text.
    (p1,) = dom.find_all("p", "paragraph", id="p1")
    assert EVIL in p1.text()
    cites = dom.find_all("a", "citation")
    assert cites and all(
        a.attrs["href"].endswith("<script>alert(3)</script>") for a in cites
    )  # attribute values
    (mark,) = dom.find_all("mark", "commitment", data_latest="2025-06-30")
    assert "<img src=x onerror=alert(2)>" in mark.text()


def test_crossing_citation_and_commitment_nest() -> None:
    dom = parse_dom(render_html(_evil_letter()))  # parse_dom fails on badly nested tags
    (p1,) = dom.find_all("p", "paragraph", id="p1")
    pieces = p1.find_all("a", "citation")
    assert len(pieces) == 2 and pieces[0].attrs["href"] == pieces[1].attrs["href"]
    assert "".join(a.text() for a in pieces) == "Kamerstuk 36 100, nr. 3"
    (mark,) = p1.find_all("mark", "commitment")
    assert mark.attrs["id"] == "c0" and mark.text().endswith("Kamerstuk")
    assert mark.find_all("a", "citation") == [pieces[0]]


def test_parse_text_letter_with_script_is_escaped() -> None:
    # The plain-text reader keeps angle brackets (the Markdown reader drops inline HTML).
    source = (LETTERS / "ocw_leesoffensief.txt").read_text(encoding="utf-8")
    marker = "Ik zal nu ingaan op de aanbevelingen"
    assert marker in source
    letter = kamerstuk.parse_text(source.replace(marker, EVIL + " " + marker, 1), name="evil.txt")
    assert any(EVIL in p.text for p in letter.paragraphs)
    dom = parse_dom(render_html(letter))
    assert len(dom.find_all("script")) == 1
    assert any(EVIL in p.text() for p in dom.find_all("p", "paragraph"))


# --------------------------------------------------------------------------------------------
# One language: the page's own words are Dutch, like the documents it shows

# Every label, heading, badge and tooltip the page used to write in English; each is now
# Dutch (kamerstuk.render.words). "context", "Dossiers", "Vergaderjaar", "Betreft" and
# "Kenmerk" read the same in both languages. The JSON's English values stay in data-* attributes.
ENGLISH_LABELS = (
    # header rows, the kicker, the legend's aria-label, the source format
    "Identifier", "Kind", "Date", "Sender", "Addressee", "Signatories", "Movers", "Questioners",
    "Ministry", "Report", "Source", "page", "pages", "review", "legend", "text",
    # the counts line
    "paragraphs", "recommendations", "commitments", "citations", "footnotes",
    # the legend and its tooltips
    "recommendation", "response", "closing", "other", "unlabelled", "commitment", "citation",
    "restated recommendation", "background", "what happened", "anything else",
    "no label was assigned", "closing remarks", "the government's answer",
    # stances, firmness, commitment kinds, link methods, recommendation sources
    "adopted", "partly adopted", "rejected", "already in place", "noted", "unknown",
    "firm", "conditional", "tentative", "negated", "new", "refers", "fulfils",
    "explicit", "restates", "section", "similarity", "caller", "letter",
    # the side panels
    "Recommendations", "Commitments", "Answered in", "No paragraph answers it",
    "No recommendations found", "restated in", "by", "to",
    # footnotes, diagnostics, tooltips, an empty body
    "Footnotes", "no marker found", "back to the marker", "Diagnostics", "None", "warning", "info",
    "link to this paragraph", "sentence that shows the stance", "actor", "action",
    "This letter has no body paragraphs",
)  # fmt: skip
ENGLISH = re.compile(
    r"(?<![\w'-])(?:"
    + "|".join(map(re.escape, sorted(ENGLISH_LABELS, key=len, reverse=True)))
    + r")(?![\w'-])|\bp\.\u2009",  # and "p. 3" for a page
    re.I,
)
# Elements that hold the document's own text (checked by the tests above, not here).
DOCUMENT_TEXT = {"paragraph", "note-text", "rec-text", "stance-evidence", "commitment-text", "section-title"}


def _document_strings(letter: Letter) -> list[str]:
    """Texts the page copies from the document into labels and tooltips (names, evidence, …)."""
    m = letter.metadata
    found = [
        *(x for x in (m.identifier, m.sender, m.addressee, m.subject, m.reference, m.attachments) if x),
        *(x for x in (m.ministry, m.place, letter.source.name) if x),
        *(s.name for s in m.signatories), *(s.role for s in m.signatories if s.role),
        *(d.title for d in m.dossiers if d.title), *m.movers, *m.questioners,
        *(r.text for r in letter.recommendations), *(b for r in letter.recommendations for b in r.by),
        *(r.to for r in letter.recommendations if r.to), *(link.evidence for link in letter.links),
        *(c.text for c in letter.citations), *(i for c in letter.citations for i in c.identifiers),
        *(c.deadline.text for c in letter.commitments if c.deadline),
        *(x for c in letter.commitments for x in (c.actor, c.action) if x),
    ]  # fmt: skip
    if letter.report is not None:
        found += [x for x in (letter.report.title, *letter.report.organisations) if x]
    return sorted(set(found), key=len, reverse=True)


def page_words(letter: Letter, dom: Node) -> list[str]:
    """What the page itself writes: text outside the document's text, tooltips and aria labels,
    with the document's words (names, evidence, titles) blanked out. Style, script, the title
    and the diagnostics (shown as the JSON has them, lang="en") are left out."""
    out: list[str] = []

    def walk(node: Node, content: bool) -> None:
        if node.tag in ("style", "script", "title", "h1") or node.attrs.get("lang") == "en":
            return
        out.extend(node.attrs[key] for key in ("title", "aria-label") if key in node.attrs)
        content = content or bool(DOCUMENT_TEXT & set(node.classes))
        for child in node.children:
            if isinstance(child, Node):
                walk(child, content)
            elif not content:
                out.append(child)

    walk(dom, False)
    document = _document_strings(letter)
    blanked = []
    for text in out:
        for value in document:
            text = text.replace(value, " ")
        blanked.append(text)
    return blanked


def _vocabulary_letter(ocw: Letter) -> Letter:
    """The OCW letter with every label, stance, firmness, kind, link method, source and
    severity the page can show, a footnote without marker and a report."""
    labels: list[Any] = [None, "context", "recommendation", "response", "closing", "other"]
    paragraphs = [
        p.model_copy(update={"label": labels[i % 6], "label_score": None if i % 6 == 0 else 0.75})
        for i, p in enumerate(ocw.paragraphs)
    ]
    kinds: list[Any] = ["new", "refers", "fulfils", "new"]
    firmness: list[Any] = ["firm", "conditional", "tentative", "negated"]
    commitments = [
        c.model_copy(update={"kind": kinds[i], "firmness": firmness[i]})
        for i, c in enumerate(ocw.commitments)
    ]
    r1, r2, r3 = ocw.recommendations
    recommendations = [
        r1.model_copy(update={"stance": "adopted"}),
        r2.model_copy(update={"stance": "partly_adopted"}),
        r3.model_copy(update={"stance": "rejected", "source": "report"}),
        Recommendation(id="r4", ordinal=4, text="Zorg voor leesconsulenten.", stance="already_in_place", source="caller"),
        Recommendation(id="r5", ordinal=5, text="Betrek ouders bij het lezen.", stance="noted", to="de minister"),
        Recommendation(id="r6", text="Meet het leesplezier.", by=["de Raad"]),
    ]  # fmt: skip
    methods: list[Any] = ["explicit", "restates", "section", "similarity"]
    links = [
        Link(paragraph=p.id, recommendation="r4", score=0.5, method=methods[i], evidence="leesmoment")
        for i, p in enumerate(ocw.paragraphs[:4])
    ]
    first, *rest = ocw.footnotes
    footnotes = [first.model_copy(update={"paragraph": None, "marker": None}), *rest]
    diagnostics = [
        Diagnostic(stage="structure", message="running footer removed", location="page 2"),
        Diagnostic(stage="reader", message="one column", severity="info"),
    ]
    report = Report(title="Lezen is de basis", organisations=["KTJ", "VOS"], date=dt.date(2023, 6, 1))
    return ocw.model_copy(
        update={
            "paragraphs": paragraphs,
            "commitments": commitments,
            "recommendations": recommendations,
            "links": links,
            "footnotes": footnotes,
            "diagnostics": diagnostics,
            "report": report,
        }
    )


def _load(name: str, ocw: Letter) -> Letter:
    if name == "seed":
        return kamerstuk.parse(require_shared(SEED))
    if name == "vocabulary":
        return _vocabulary_letter(ocw)
    if name == "evil":
        return _evil_letter()
    if name == "empty":
        return _evil_letter().model_copy(update={"paragraphs": [], "sections": [], "diagnostics": []})
    if name == "answers":
        return kamerstuk.parse_text(ANSWERS, name="fietspaden.txt")
    if name == "motion":
        return kamerstuk.parse_text(MOTION, name="motie.md")
    return kamerstuk.parse(LETTERS / f"{name}.md")


def test_english_label_pattern() -> None:
    # The check used below, checked itself.
    assert ENGLISH.findall("Answered in ¶3 · partly adopted · p.\u20093") == [
        "Answered in",
        "partly adopted",
        "p.\u2009",
    ]
    assert not ENGLISH.findall("Beantwoord in ¶3 · deels overgenomen · blz.\u20093 · kindertijd · overnew")


@pytest.mark.parametrize(
    "name", ["seed", "ocw_leesoffensief", "vws_jeugdzorg", "vocabulary", "answers", "motion", "evil", "empty"]
)
def test_no_english_label_on_the_page(name: str, ocw: Letter) -> None:
    letter = _load(name, ocw)
    dom = parse_dom(render_html(letter))
    hits = [m.group() for text in page_words(letter, dom) for m in ENGLISH.finditer(text)]
    assert not hits, hits
    (html_,) = dom.find_all("html")
    assert html_.attrs["lang"] == "nl"
    headings = [h.text() for h in dom.find_all("h2")]
    assert "Aanbevelingen" in headings and "Diagnostiek" in headings


def test_every_value_has_a_dutch_word() -> None:
    assert set(get_args(Label)) | {"none"} == {value for value, _, _ in LABELS}
    assert set(get_args(StanceLabel)) | {"unknown"} == set(STANCES)
    assert set(get_args(Commitment.model_fields["firmness"].annotation)) == set(FIRMNESS)
    assert set(get_args(Commitment.model_fields["kind"].annotation)) == set(COMMITMENT_KINDS)
    assert set(get_args(Link.model_fields["method"].annotation)) == set(LINK_METHODS)
    assert set(get_args(Recommendation.model_fields["source"].annotation)) == set(RECOMMENDATION_SOURCES)
    assert set(get_args(Diagnostic.model_fields["severity"].annotation)) == set(SEVERITIES)
    assert set(get_args(Format)) == set(SOURCE_FORMATS)
    assert all("_" not in document_kind(kind) for kind in get_args(Kind))
    assert document_kind("nota_naar_aanleiding_van_het_verslag") == "nota naar aanleiding van het verslag"
    assert document_kind("other") == "overig"


def test_vocabulary_letter_shows_dutch_words(ocw: Letter) -> None:
    letter = _vocabulary_letter(ocw)
    dom = parse_dom(render_html(letter))
    badges = [b.text() for b in dom.find_all("span", "stance")]
    assert badges == [
        "overgenomen",
        "deels overgenomen",
        "niet overgenomen",
        "al in gang gezet",
        "voor kennisgeving aangenomen",
        "geen standpunt",
    ]
    items = dom.find_all("li", "commitment-item")
    assert [
        (i.find_all("span", "firmness")[0].text(), i.find_all("span", "kind")[0].text()) for i in items
    ] == [
        ("stellig", "nieuw"),
        ("voorwaardelijk", "eerder toegezegd"),
        ("onder voorbehoud", "nagekomen"),
        ("ontkennend", "nieuw"),
    ]
    (r4,) = dom.find_all("section", "recommendation", data_recommendation="r4")
    assert [s.text() for s in r4.find_all("span", "method")] == [
        "expliciet",
        "herhaalt",
        "sectie",
        "overeenkomst",
    ]
    assert [s.text() for s in r4.find_all("span", "score")] == ["0,50"] * 4
    assert "(opgegeven)" in r4.text() and "Beantwoord in" in r4.text()
    assert (
        "Geen alinea gaat op deze aanbeveling in."
        in dom.find_all("section", data_recommendation="r6")[0].text()
    )
    assert "(uit het rapport)" in dom.find_all("section", data_recommendation="r3")[0].text()
    tags = [t.text() for t in dom.find_all("span", "label-tag")]
    assert tags[:6] == [
        "zonder label",
        "context 0,75",
        "aanbeveling 0,75",
        "reactie 0,75",
        "afsluiting 0,75",
        "overig 0,75",
    ]
    assert [b.text() for b in dom.find_all("li", "diagnostic")[0].find_all("span", "badge")] == [
        "waarschuwing"
    ]
    assert "(geen voetnootteken gevonden)" in dom.find_all("section", "footnotes")[0].text()
    header = dom.find_all("header", "doc-header")[0].text()
    assert "«Lezen is de basis» van KTJ, VOS (2023-06-01)" in header


def _counts(letter: Letter) -> str:
    (counts,) = parse_dom(render_html(letter)).find_all("p", "counts")
    return counts.text()


def test_counts_agree_with_their_number(ocw: Letter) -> None:
    assert _counts(ocw) == "9 alinea's · 3 aanbevelingen · 4 toezeggingen · 5 verwijzingen · 7 voetnoten"
    evil = _evil_letter()
    one = evil.model_copy(update={"paragraphs": evil.paragraphs[:1], "commitments": evil.commitments[:1]})
    assert _counts(one) == "1 alinea · 1 aanbeveling · 1 toezegging · 1 verwijzing · 1 voetnoot"
    none = one.model_copy(update={"paragraphs": [], "commitments": [], "recommendations": [], "links": []})
    assert _counts(none).startswith("0 alinea's · 0 aanbevelingen · 0 toezeggingen")


def test_source_row_in_dutch(ocw: Letter) -> None:
    dom = parse_dom(render_html(ocw))
    rows = dict(
        zip((d.text() for d in dom.find_all("dt")), (d.text() for d in dom.find_all("dd")), strict=True)
    )
    assert rows["Bron"] == "ocw_leesoffensief.md · tekst · 3 pagina's"
    assert rows["Soort"] == "brief" and rows["Datum"] == "2023-11-02"
    one = ocw.model_copy(update={"source": ocw.source.model_copy(update={"pages": 1, "format": "pdf"})})
    rows = {
        d.text(): v.text()
        for d, v in zip(*(parse_dom(render_html(one)).find_all(t) for t in ("dt", "dd")), strict=True)
    }
    assert rows["Bron"] == "ocw_leesoffensief.md · PDF · 1 pagina"


def test_answers_page_counts_questions_and_answers() -> None:
    letter = kamerstuk.parse_text(ANSWERS, name="fietspaden.txt")
    dom = parse_dom(render_html(letter))
    assert dom.find_all("p", "counts")[0].text().endswith(" · 3 vragen · 3 antwoorden")
    rows = dict(
        zip((d.text() for d in dom.find_all("dt")), (d.text() for d in dom.find_all("dd")), strict=True)
    )
    assert rows["Vragenstellers"] == "Jansen" and rows["Soort"] == "antwoord"
    assert (rows["Ingezonden"], rows["Ontvangen"]) == ("2024-01-10", "2024-02-14")


def test_motion_page_counts_requests() -> None:
    letter = kamerstuk.parse_text(MOTION, name="motie.md")
    dom = parse_dom(render_html(letter))
    assert dom.find_all("p", "counts")[0].text().endswith(" · 2 verzoeken")
    rows = dict(
        zip((d.text() for d in dom.find_all("dt")), (d.text() for d in dom.find_all("dd")), strict=True)
    )
    assert rows["Indieners"] == "De Vries, Bakker" and rows["Soort"] == "motie"


def test_commitments_panel_gives_each_commitment_in_full(ocw: Letter) -> None:
    assert max(len(c.text) for c in ocw.commitments) > 140  # the panel used to cut there
    dom = parse_dom(render_html(ocw))
    (panel,) = dom.find_all("section", "commitments")
    assert panel.find_all("h2")[0].text() == "Toezeggingen"
    texts = [d.text() for d in panel.find_all("div", "commitment-text")]
    assert texts == [c.text for c in ocw.commitments]
    kinds = [li.attrs["data-kind"] for li in panel.find_all("li", "commitment-item")]
    assert kinds == [c.kind for c in ocw.commitments]


# --------------------------------------------------------------------------------------------
# Tables


def test_recommendation_rows_seed(seed: Letter) -> None:
    with pytest.deprecated_call():  # kept for old scripts: kamerstuk.to_dataframes is the table API
        rows = recommendation_rows(seed)
    assert [r["recommendation"] for r in rows] == ["r1", "r2", "r3"]
    assert [r["ordinal"] for r in rows] == [1, 2, 3]
    for row, rec in zip(rows, seed.recommendations, strict=True):
        assert tuple(row) == RECOMMENDATION_COLUMNS
        assert row["document"] == "kst-31015-245"
        assert row["stance"] == rec.stance and row["text"] == rec.text
        assert row["linked_paragraphs"] == _linked(seed, rec.id)
        assert row["linked_count"] == len(row["linked_paragraphs"]) > 0
        inside = [c.id for c in seed.commitments if c.paragraph in row["linked_paragraphs"]]
        assert row["commitments"] == inside and row["commitment_count"] == len(inside)
    assert sum(r["commitment_count"] for r in rows) >= 2
    dated = [r for r in rows if r["first_deadline"] is not None]
    assert dated and dt.date(2022, 6, 30) in {r["first_deadline"] for r in dated}
    assert any(d.endswith(": uiterlijk 2022-06-30") for r in rows for d in r["deadlines"])


@pytest.fixture(scope="module")
def ocw() -> Letter:
    return kamerstuk.parse(LETTERS / "ocw_leesoffensief.md")


def test_commitment_rows_over_letters(seed: Letter, ocw: Letter) -> None:
    with pytest.deprecated_call():
        rows = commitment_rows([seed, ocw])
    assert len(rows) == len(seed.commitments) + len(ocw.commitments)
    assert all(tuple(r) == COMMITMENT_COLUMNS for r in rows)
    assert [r["document"] for r in rows] == ["kst-31015-245"] * len(seed.commitments) + [
        "kst-36410-VIII-87"
    ] * len(ocw.commitments)
    by_id = {(r["document"], r["commitment"]): r for r in rows}
    for c in seed.commitments:
        row = by_id[("kst-31015-245", c.id)]
        assert (row["text"], row["firmness"], row["kind"], row["paragraph"]) == (
            c.text,
            c.firmness,
            c.kind,
            c.paragraph,
        )
        assert row["latest"] == (c.deadline.latest if c.deadline else None)
    assert {r["firmness"] for r in rows} >= {"firm", "conditional", "tentative"}
    with pytest.deprecated_call():
        assert commitment_rows(ocw) == commitment_rows([ocw])


def test_write_csv_round_trip(seed: Letter, tmp_path: Path) -> None:
    with pytest.deprecated_call():
        rows = recommendation_rows(seed)
    path = write_csv(rows, tmp_path / "recs.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        back = list(csv.DictReader(handle))
    assert list(back[0]) == list(RECOMMENDATION_COLUMNS)
    assert [b["recommendation"] for b in back] == ["r1", "r2", "r3"]
    assert back[0]["linked_paragraphs"] == "; ".join(rows[0]["linked_paragraphs"])
    dated = [b for b in back if b["first_deadline"]]
    assert "2022-06-30" in {b["first_deadline"] for b in dated}
    assert all(b["to"] == (r["to"] or "") for b, r in zip(back, rows, strict=True))


def test_to_dataframe(seed: Letter, ocw: Letter) -> None:
    pd = pytest.importorskip("pandas", reason="pandas comes with the kamerstuk[dataframes] extra")
    with pytest.deprecated_call():
        frame = to_dataframe(commitment_rows([seed, ocw]))
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns) == list(COMMITMENT_COLUMNS)
    assert len(frame) == len(seed.commitments) + len(ocw.commitments)
    assert str(frame["latest"].dtype).startswith("datetime64")


def test_to_dataframe_without_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"kamerstuk\[dataframes\]"), pytest.deprecated_call():
        to_dataframe([{"a": 1}])


def test_a_stance_the_model_read_says_so_and_a_stated_one_does_not() -> None:
    letter = _evil_letter()
    stated = render_html(letter)
    assert "stance-basis" not in stated
    guessed = letter.model_copy(
        update={
            "recommendations": [
                r.model_copy(update={"stance_basis": "model", "stance_score": 0.62})
                for r in letter.recommendations
            ]
        }
    )
    (note,) = parse_dom(render_html(guessed)).find_all("div", "stance-basis")
    assert "model" in note.text() and "0.62" in note.text().replace(",", ".")
