"""A Letter as a spaCy Doc: the text, its paragraphs as spans, and plain-JSON extension data.

Everything kamerstuk's components read or write lives in ``doc._.kamerstuk``, one dict of
plain JSON types (str, int, float, bool, None, lists, dicts), so that a ``DocBin`` with
``store_user_data=True`` round-trips it. The span group ``doc.spans["kamerstuk_paragraphs"]``
holds one span per paragraph, labelled with its role once the classifier has run.
"""

from __future__ import annotations

import itertools
import re
import weakref
from collections.abc import Iterator
from typing import Any

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc, Span

from kamerstuk.models import Letter

EXTENSION = "kamerstuk"
SPAN_GROUP = "kamerstuk_paragraphs"

JSON = dict[str, Any]


def register_extensions() -> None:
    """Register ``Doc._.kamerstuk`` (idempotent)."""
    if not Doc.has_extension(EXTENSION):
        Doc.set_extension(EXTENSION, default=None)


def data(doc: Doc) -> JSON:
    """The kamerstuk data of a Doc (a fresh dict if the Doc has none)."""
    value = doc._.get(EXTENSION)
    if value is None:
        value = {"paragraphs": [], "sections": [], "recommendations": [], "links": [], "kind": "other"}
        doc._.set(EXTENSION, value)
    return value  # type: ignore[no-any-return]


#: Longest text handed to the tokenizer at once: a paragraph longer than this (a table flattened
#: into one line, a corrupt file) is tokenized in slices cut at whitespace.
MAX_TOKENIZE_CHARS = 100_000

#: Longest run without whitespace handed to the tokenizer as one piece. spaCy's tokenizer is
#: quadratic on long runs of prefix/suffix punctuation ("<<<<…", "####…": 4,000 characters take
#: 1.2 s, 16,000 take 22 s); no real word is this long, so longer runs are tokenized in slices.
MAX_RUN_CHARS = 256
_LONG_RUN = re.compile(rf"\S{{{MAX_RUN_CHARS + 1},}}")


def make_letter_doc(nlp: Language, letter: Letter) -> Doc:
    """The letter's text as one Doc, tokenized section by section and paragraph by paragraph.

    The tokenizer never sees the whole letter, so its memory is bounded by the longest
    paragraph (or `MAX_TOKENIZE_CHARS`), and spaCy's length limit (``nlp.max_length``) can
    never be reached, however long the document. The pieces are joined back exactly:
    ``doc.text == letter.text``, so character offsets stay valid.
    """
    text = letter.text
    cuts = sorted({0, *(s.start for s in letter.sections), *(p.start for p in letter.paragraphs), len(text)})
    chunks = [chunk for a, b in itertools.pairwise(cuts) for chunk in _slices(text[a:b])]
    tokenizer: Any = nlp.tokenizer  # a spaCy Tokenizer; typed as a plain callable by spaCy
    pieces = list(tokenizer.pipe(chunks))
    if not pieces:
        return nlp.make_doc("")
    # The Doc ``Doc.from_docs(pieces, ensure_whitespace=False)`` makes, without its cost (it
    # spells every piece's text and copies all its arrays: 25 ms for a 100 KB letter, not 8):
    # the pieces' words and spaces, a sentence start where each piece starts, and the tensor
    # it stacks from theirs (one empty row per piece).
    # Words and spaces read from the pieces' arrays (ORTH, SPACY) rather than token by token: a
    # Token object per word cost more than the tokenizing (56,000 tokens: 60 ms against 15).
    strings = nlp.vocab.strings
    words: list[str] = []
    spaces: list[bool] = []
    for piece in pieces:
        if not len(piece):
            continue
        array = piece.to_array(["ORTH", "SPACY"])
        words.extend([strings[orth] for orth in array[:, 0].tolist()])
        spaces.extend([bool(space) for space in array[:, 1].tolist()])
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    starts: Any = np.concatenate([piece.to_array(["SENT_START"]) for piece in pieces]).reshape(-1, 1)
    doc.from_array(["SENT_START"], starts)
    doc.tensor = np.zeros((sum(1 for piece in pieces if len(piece)), 0), dtype="float32")
    spelled = "".join(w + " " if s else w for w, s in zip(words, spaces, strict=True))
    assert spelled == text
    _TEXTS[doc] = text
    return doc


#: The text of the Docs made here and read by the components: spaCy spells ``doc.text`` from
#: the tokens on every access (4 ms for a 100 KB letter), and each component needs it.
_TEXTS: weakref.WeakKeyDictionary[Doc, str] = weakref.WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """``doc.text``, spelled once per Doc (a Doc's text never changes: retokenizing keeps it)."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text


def _slices(piece: str) -> Iterator[str]:
    """`piece` in slices the tokenizer handles in linear time.

    Slices are at most MAX_TOKENIZE_CHARS long, cut after whitespace where there is some, and
    runs without whitespace longer than MAX_RUN_CHARS are cut every MAX_RUN_CHARS characters.
    """
    for part in _short_runs(piece):
        while len(part) > MAX_TOKENIZE_CHARS:
            cut = part.rfind(" ", MAX_TOKENIZE_CHARS // 2, MAX_TOKENIZE_CHARS) + 1 or MAX_TOKENIZE_CHARS
            yield part[:cut]
            part = part[cut:]
        if part:
            yield part


def _short_runs(piece: str) -> Iterator[str]:
    """`piece` cut inside every run of more than MAX_RUN_CHARS non-space characters."""
    done = 0
    for m in _LONG_RUN.finditer(piece):
        for cut in range(m.start() + MAX_RUN_CHARS, m.end(), MAX_RUN_CHARS):
            yield piece[done:cut]
            done = cut
    if done < len(piece):
        yield piece[done:]


def letter_to_doc(nlp: Language, letter: Letter, recommendations: list[JSON] | None = None) -> Doc:
    """Make the Doc the components work on. `recommendations` replaces the letter's own list."""
    register_extensions()
    doc = make_letter_doc(nlp, letter)
    recs = (
        recommendations
        if recommendations is not None
        else [
            {
                "id": r.id,
                "ordinal": r.ordinal,
                "code": r.code,  # "Aanbeveling N1 nemen wij over" (linker)
                "text": r.text,
                "paragraph": r.paragraph,
                "start": r.start,  # where the letter restates it (linker: not answered before it is restated)
                "source": r.source,
                # who recommends and in which report: the linker tells two reports' "eerste aanbeveling" apart
                "by": list(r.by),
                "report": getattr(r, "report", None),
                # whom it is addressed to: "de aanbevelingen aan de sector" (linker)
                "to": r.to,
                # the paragraphs under a list item that explain it belong to it (classifier, linker)
                "explanation": getattr(r, "explanation", None),
            }
            for r in letter.recommendations
        ]
    )
    payload: JSON = {
        "kind": letter.metadata.kind,
        "sections": [
            {"id": s.id, "title": s.title, "level": s.level, "start": s.start} for s in letter.sections
        ],
        "paragraphs": [
            {
                "id": p.id,
                "start": p.start,
                "end": p.end,
                "section": p.section,
                "label": None,
                "score": None,
                "scores": {},
                "recommendations": [],
            }
            for p in letter.paragraphs
        ],
        "recommendations": recs,
        "links": [],
    }
    doc._.set(EXTENSION, payload)
    # Token boundaries by binary search over the tokens' offsets: Doc.char_span scans the
    # tokens on every call, which made this loop quadratic in the letter's length.
    starts = doc.to_array("IDX").astype(np.int64) if len(doc) else np.zeros(0, dtype=np.int64)
    spans: list[Span] = []
    for p in letter.paragraphs:
        first = int(np.searchsorted(starts, p.start, side="right")) - 1  # the token holding p.start
        last = int(np.searchsorted(starts, p.end, side="left"))  # tokens starting before p.end
        if 0 <= first < last:
            spans.append(Span(doc, first, last, label="paragraph"))
    doc.spans[SPAN_GROUP] = spans
    return doc


def paragraph_texts(doc: Doc) -> list[str]:
    """The text of each paragraph, in order."""
    full = doc_text(doc)
    return [full[p["start"] : p["end"]] for p in data(doc)["paragraphs"]]
