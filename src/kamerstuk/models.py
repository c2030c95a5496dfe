"""The public data model: frozen pydantic models whose JSON is kamerstuk's stable schema.

`Letter.model_dump(mode="json")` is the public JSON; `kamerstuk schema` prints its JSON
Schema. Items refer to each other by id (``"p3"``, ``"s2"``, ``"r1"``), never by nesting,
and every span of text carries ``start``/``end`` offsets into `Letter.text`.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

#: Bumped on any change to the JSON shape. Minor: fields added; major: fields renamed/removed.
SCHEMA_VERSION = "1.4"

Format = Literal["pdf", "xml", "html", "text"]
#: What a document is. Parliamentary documents by their official type (the header says so:
#: "BRIEF VAN …", "MOTIE VAN …", "VERSLAG …", "NOTA NAAR AANLEIDING VAN HET VERSLAG", …);
#: documents that are not Kamerstukken by genre (a research report, a BNC-fiche, an internal
#: memo); ``other`` when nothing is known. docs/schema.md lists each with its cue.
Kind = Literal[
    "brief",
    "motie",
    "antwoord",
    "mededeling",
    "verslag",
    "nota_naar_aanleiding_van_het_verslag",
    "memorie_van_antwoord",
    "memorie_van_toelichting",
    "advies_raad_van_state",
    "nader_rapport",
    "lijst_van_vragen_en_antwoorden",
    "amendement",
    "wetsvoorstel",
    "rapport",
    "bnc_fiche",
    "nota",
    "other",
]
Label = Literal["context", "recommendation", "response", "closing", "other"]
#: The government's stance on a recommendation (see `kamerstuk.classify_stance`).
StanceLabel = Literal["adopted", "partly_adopted", "rejected", "already_in_place", "noted"]


class _Model(BaseModel):
    """Base of every public model: immutable, and unknown fields are an error."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Source(_Model):
    """Where a letter came from."""

    name: str = Field(description="File name, or the name passed to parse_text().")
    path: str | None = Field(default=None, description="Path as given to parse(), if any.")
    format: Format = Field(description="Detected format of the input.")
    pages: int | None = Field(default=None, description="Page count, where the input has pages.")
    sha256: str = Field(description="SHA-256 of the input bytes (hex).")


class Dossier(_Model):
    """A Kamer dossier (kamerstukdossier) the document belongs to."""

    number: str = Field(description='Dossier number without spaces, suffix kept: "31015", "36725-XVII".')
    title: str | None = Field(default=None, description='Dossier title, e.g. "Kindermishandeling".')


class Signatory(_Model):
    """A person who signed the document."""

    name: str = Field(description='Name as printed, e.g. "E. van der Burg".')
    role: str | None = Field(
        default=None, description='Office, e.g. "Staatssecretaris van Justitie en Veiligheid".'
    )


class Metadata(_Model):
    """What the header, letterhead and sidebar of a document say about it."""

    kind: Kind = Field(
        default="other", description="brief, motie, antwoord (answers to written questions) or other."
    )
    vergaderjaar: str | None = Field(default=None, description='Parliamentary year, "2021-2022".')
    dossiers: list[Dossier] = Field(default_factory=list)
    ondernummer: str | None = Field(default=None, description='Document number within the dossier, "245".')
    identifier: str | None = Field(default=None, description='Official identifier, "kst-31015-245".')
    date: dt.date | None = Field(default=None, description="Date of the document (ISO 8601 in JSON).")
    place: str | None = Field(default=None, description='Place of signing, "Den Haag".')
    sender: str | None = Field(default=None, description='The sending office, e.g. "Minister van Financiën".')
    addressee: str | None = Field(default=None, description="To whom the letter is addressed.")
    signatories: list[Signatory] = Field(default_factory=list)
    subject: str | None = Field(
        default=None, description="Betreft / Onderwerp line of a ministry letterhead."
    )
    reference: str | None = Field(default=None, description="Ons kenmerk / Kenmerk of a ministry letterhead.")
    attachments: str | None = Field(default=None, description="Bijlage(n) line of a ministry letterhead.")
    ministry: str | None = Field(default=None, description="Ministry named in a letterhead sidebar.")
    questioners: list[str] = Field(
        default_factory=list, description="Members who asked written questions (antwoord)."
    )
    submitted: dt.date | None = Field(
        default=None, description="Date written questions were submitted (ingezonden)."
    )
    received: dt.date | None = Field(default=None, description="Date the answers were received (ontvangen).")
    movers: list[str] = Field(default_factory=list, description="Members who moved a motion (motie).")


class Section(_Model):
    """A section heading. Paragraphs point to their section by id."""

    id: str = Field(description='"s1", "s2", ... in reading order.')
    title: str = Field(description="Heading text without markup.")
    level: int = Field(ge=1, description="1 for top-level headings, 2 for subheadings, ...")
    attachment: bool = Field(
        default=False,
        description="True for text after the signature (Bijlage: …): an attachment, not the letter's body.",
    )
    page: int | None = None
    start: int = Field(description="Offset of the title in Letter.text.")
    end: int


class Paragraph(_Model):
    """A body paragraph, joined across page breaks and footnote blocks."""

    id: str = Field(description='"p1", "p2", ... in reading order.')
    text: str = Field(description="Normalized text; equals Letter.text[start:end].")
    section: str | None = Field(default=None, description="Id of the section it stands in, if any.")
    page: int | None = Field(default=None, description="Page on which the paragraph starts.")
    page_end: int | None = Field(
        default=None, description="Page on which it ends (differs when it runs over a page break)."
    )
    attachment: bool = Field(
        default=False, description="True when it stands in an attachment after the signature, not the body."
    )
    start: int
    end: int
    footnotes: list[int] = Field(
        default_factory=list, description="Numbers of the footnote markers inside it."
    )
    label: Label | None = Field(
        default=None, description="Role in the letter (context, recommendation, response, closing, other)."
    )
    label_score: float | None = Field(default=None, ge=0.0, le=1.0, description="Confidence of the label.")
    recommendations: list[str] = Field(
        default_factory=list,
        description="Ids of the recommendations this paragraph addresses; empty when it answers none.",
    )


class Footnote(_Model):
    """A footnote, anchored to the paragraph that holds its marker."""

    number: int
    text: str
    paragraph: str | None = Field(
        default=None, description="Id of the paragraph holding the marker; null if no marker was found."
    )
    page: int | None = None
    marker: int | None = Field(default=None, description="Offset of the marker in Letter.text, if found.")


class QuestionAnswer(_Model):
    """A written question ("Vraag 3") with its answer ("Antwoord 3"), as paragraph ids."""

    number: str = Field(description='The question number as printed: "3", "3a".')
    question: list[str] = Field(default_factory=list, description="Ids of the paragraphs of the question.")
    answer: list[str] = Field(default_factory=list, description="Ids of the paragraphs of the answer.")


class MotionRequest(_Model):
    """One request of a motion ("verzoekt de regering …"), or one of its considerations."""

    id: str = Field(description='"m1", "m2", ...')
    kind: Literal["request", "consideration", "observation"] = Field(
        description='request: "verzoekt de regering …"; consideration: "overwegende dat …"; observation: "constaterende dat …".'
    )
    text: str
    paragraph: str | None = None
    start: int
    end: int


class Diagnostic(_Model):
    """A non-fatal oddity met while reading: reported, never silently dropped."""

    stage: str = Field(description='Pipeline stage: "reader", "structure", "entities", ...')
    message: str
    location: str | None = Field(default=None, description='Where: "page 3", "line 42", "p7", ...')
    severity: Literal["info", "warning"] = "warning"


class DateMention(_Model):
    """A date written in the text, resolved against the letter's date where relative."""

    text: str
    start: int
    end: int
    value: dt.date | None = Field(default=None, description="The resolved date, if it could be resolved.")
    relative: bool = Field(default=False, description='True for "17 december jl.", "a.s.", "vorig jaar".')


class Deadline(_Model):
    """A time expression naming when something will happen, as a date window."""

    text: str
    start: int
    end: int
    earliest: dt.date | None = None
    latest: dt.date | None = None
    rule: str = Field(default="", description='Which calendar rule resolved it, e.g. "zomerreces".')


class Citation(_Model):
    """A reference to another parliamentary document."""

    kind: Literal["kamerstuk", "handelingen", "aanhangsel", "zaak", "document", "backref"]
    text: str
    start: int
    end: int
    chamber: Literal["I", "II"] | None = Field(default=None, description="Eerste (I) or Tweede (II) Kamer.")
    vergaderjaar: str | None = None
    dossiers: list[str] = Field(
        default_factory=list, description='Dossier numbers, suffix kept: ["28638", "34193"].'
    )
    numbers: list[str] = Field(default_factory=list, description='Document numbers: ["220", "221"].')
    identifiers: list[str] = Field(
        default_factory=list, description='Normalized identifiers: ["kst-28638-207"].'
    )
    urls: list[str] = Field(default_factory=list)
    item: str | None = Field(default=None, description="Agenda item of a Handelingen citation.")
    movers: list[str] = Field(default_factory=list, description="Movers of a motion cited by name.")
    footnote: int | None = Field(default=None, description="Footnote that resolved a back-reference.")
    in_footnote: int | None = Field(
        default=None,
        description="Set when the citation stands in a footnote: its number; start/end are then offsets "
        "into that footnote's text instead of Letter.text.",
    )


class Commitment(_Model):
    """A toezegging: something the government promises the Kamer."""

    id: str
    text: str
    start: int
    end: int
    paragraph: str | None = None
    actor: str | None = Field(default=None, description='"ik", "het kabinet", or a named office.')
    action: str | None = Field(default=None, description='"informeren", "sturen", ...')
    object: str | None = Field(default=None, description="What will be delivered.")
    deadline: Deadline | None = None
    firmness: Literal["firm", "conditional", "tentative", "negated"] = "firm"
    kind: Literal["new", "refers", "fulfils"] = "new"


class Recommendation(_Model):
    """A recommendation (aanbeveling) of the report the letter responds to."""

    id: str = Field(description='"r1", "r2", ...')
    ordinal: int | None = None
    code: str | None = Field(
        default=None,
        description='The report\'s own label for it when that is more than a number: "R3", "B1", "4.1". '
        'Letters answer by it ("Aanbeveling B1 neem ik over"). With codes of one series (R3, R4, R7) '
        "the ordinal is the code's number; with several (B1, N1) it is left empty.",
    )
    text: str
    start: int | None = None
    end: int | None = None
    paragraph: str | None = None
    by: list[str] = Field(default_factory=list, description="Who recommends.")
    to: str | None = Field(default=None, description="To whom the recommendation is addressed.")
    stance: StanceLabel | None = None
    stance_evidence: str | None = Field(default=None, description="The sentence that shows the stance.")
    stance_basis: Literal["cue", "model"] | None = Field(
        default=None,
        description='How the stance was read: "cue", a sentence that states it ("Deze aanbeveling neem ik '
        'over"); "model", the trained fallback\'s reading of answer paragraphs that state none (then '
        "`stance_score` is its probability). Since 1.4.",
    )
    stance_score: float | None = Field(
        default=None,
        ge=0.0,
        le=1.0,
        description='The fallback model\'s probability of the stance when `stance_basis` is "model". Since 1.4.',
    )
    source: Literal["letter", "report", "caller"] = Field(
        default="letter", description="Restated in the letter, read from the report, or passed by the caller."
    )
    report: str | None = Field(
        default=None,
        description="The report or organisation the recommendation comes from, as the letter names it "
        '("ICER", "SER-verkenning en ICER", "Rli"); tells apart the recommendations of two reports answered '
        "together. Falls back to the title of the report the letter answers, else its recommenders.",
    )
    explanation: str | None = Field(
        default=None,
        description="The explanation printed under a list item (context for the recommendation, not a "
        "recommendation itself).",
    )


class Stance(_Model):
    """The stance a text takes on a recommendation: the result of `kamerstuk.classify_stance`.

    Not part of `Letter`'s JSON (there `Recommendation.stance` holds the label and
    `stance_evidence` the sentence); offsets are into the text that was classified.
    """

    label: StanceLabel | None = Field(
        default=None,
        description="adopted, partly_adopted, rejected, already_in_place, noted; null: no stance.",
    )
    evidence: str | None = Field(
        default=None, description='The cue words, e.g. "neem ik gedeeltelijk over"; equals text[start:end].'
    )
    start: int | None = Field(default=None, description="Offset of the evidence in the classified text.")
    end: int | None = None
    cue: str | None = Field(
        default=None,
        description='Name of the deciding cue: "overnemen", "geen aanleiding", "in grote lijnen", …',
    )
    negated: bool = Field(default=False, description='True when a negation decided it ("neemt … niet over").')


class Report(_Model):
    """The report a letter responds to."""

    title: str | None = None
    organisations: list[str] = Field(default_factory=list)
    date: dt.date | None = None


class Link(_Model):
    """A paragraph that addresses a recommendation, with the evidence for it."""

    paragraph: str
    recommendation: str
    score: float = Field(ge=0.0, le=1.0)
    method: Literal["explicit", "restates", "section", "similarity"] = Field(
        description="explicit: refers to it by ordinal or number; restates: the paragraph restates it; "
        "section: stands in the section where it is restated; similarity: shares its content words."
    )
    evidence: str = Field(description="The words that show the link.")


class Letter(_Model):
    """A parsed parliamentary document: the one public result of `kamerstuk.parse`."""

    schema_version: str = SCHEMA_VERSION
    source: Source
    metadata: Metadata
    text: str = Field(description="Normalized body text: headings and paragraphs, separated by blank lines.")
    sections: list[Section] = Field(default_factory=list)
    paragraphs: list[Paragraph] = Field(default_factory=list)
    footnotes: list[Footnote] = Field(default_factory=list)
    diagnostics: list[Diagnostic] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    deadlines: list[Deadline] = Field(default_factory=list)
    commitments: list[Commitment] = Field(default_factory=list)
    recommendations: list[Recommendation] = Field(default_factory=list)
    report: Report | None = None
    links: list[Link] = Field(default_factory=list)
    questions: list[QuestionAnswer] = Field(
        default_factory=list, description="Written questions and answers (antwoord)."
    )
    motion: list[MotionRequest] = Field(
        default_factory=list, description="Considerations and requests of a motion."
    )

    def paragraph(self, paragraph_id: str) -> Paragraph:
        """Return the paragraph with this id (KeyError if there is none)."""
        for p in self.paragraphs:
            if p.id == paragraph_id:
                return p
        raise KeyError(paragraph_id)

    def footnote(self, number: int) -> Footnote:
        """Return footnote `number` (KeyError if there is none)."""
        for f in self.footnotes:
            if f.number == number:
                return f
        raise KeyError(number)

    def to_html(self, *, title: str | None = None) -> str:
        """This letter as one self-contained HTML review page (see `kamerstuk.render.render_html`)."""
        from kamerstuk.render import render_html

        return render_html(self, title=title)

    def _repr_html_(self) -> str:
        """Jupyter display: the review page in an iframe."""
        from kamerstuk.render import render_notebook

        return render_notebook(self)

    def __repr__(self) -> str:
        """One short line (the fields hold the whole text): identifier, kind, paragraphs, source."""
        identifier = (self.metadata.identifier or "(no identifier)")[:40]
        head = f"<Letter {identifier} {self.metadata.kind}, {len(self.paragraphs)} paragraphs, from "
        name, room = self.source.name, max(12, 119 - len(head))
        return f"{head}{name if len(name) <= room else name[: room - 1] + '…'}>"


def json_schema() -> dict[str, object]:
    """The JSON Schema of `Letter`'s public JSON (``model_dump(mode="json")``)."""
    schema = Letter.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://kamerstuk.readthedocs.io/schema/letter-{SCHEMA_VERSION}.json"
    return schema
