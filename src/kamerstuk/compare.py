"""Compare two parsed letters: the same document read from two sources (PDF against its XML).

`diff_letters(a, b)` reports metadata differences field by field, aligns the paragraphs
(exact matches first with difflib, then a small dynamic programme over the rest, scored
with rapidfuzz similarity), compares footnotes by number and citations by identifier.
`LetterDiff.render()` prints a plain-text report; `kamerstuk diff a.pdf a.xml` is meant to
print it.
"""

from __future__ import annotations

import difflib
import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from rapidfuzz import fuzz

from kamerstuk.models import Letter, Metadata

#: Paragraphs less similar than this are not paired: one is "only in a", the other "only in b".
MIN_PAIR_SIMILARITY = 0.5

_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "«": '"', "»": '"', "–": "-", "—": "-"})
_SOFT = re.compile("[\u00ad\u200b\ufeff]")


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class FieldDiff(_Frozen):
    """One metadata field whose values differ."""

    field: str
    a: Any = None
    b: Any = None
    missing: Literal["a", "b"] | None = Field(
        default=None, description="Which side lacks the field (None: both give it, differently)."
    )


class ParagraphPair(_Frozen):
    """A paragraph of `a` aligned with one of `b`, or a paragraph found on one side only."""

    a: str | None = Field(default=None, description="Paragraph id in a, if any.")
    b: str | None = Field(default=None, description="Paragraph id in b, if any.")
    ratio: float = Field(ge=0.0, le=1.0, description="Similarity of the normalized texts, 0..1.")
    status: Literal["equal", "changed", "only_a", "only_b"]
    a_text: str | None = None
    b_text: str | None = None


class FootnoteDiff(_Frozen):
    """A footnote whose text differs, or which one side lacks."""

    number: int
    a: str | None = None
    b: str | None = None
    ratio: float = Field(ge=0.0, le=1.0)


class LetterDiff(_Frozen):
    """The differences between two letters."""

    a_name: str
    b_name: str
    metadata: list[FieldDiff] = Field(default_factory=list)
    paragraphs: list[ParagraphPair] = Field(default_factory=list)
    footnotes: list[FootnoteDiff] = Field(default_factory=list)
    citations_only_a: list[str] = Field(default_factory=list)
    citations_only_b: list[str] = Field(default_factory=list)

    @property
    def similarity(self) -> float:
        """Mean paragraph similarity (unpaired paragraphs count 0); 1.0 when both have none."""
        if not self.paragraphs:
            return 1.0
        return sum(p.ratio for p in self.paragraphs) / len(self.paragraphs)

    @property
    def identical(self) -> bool:
        """True when nothing differs (after text normalization)."""
        return (
            not self.metadata
            and all(p.status == "equal" for p in self.paragraphs)
            and not self.footnotes
            and not self.citations_only_a
            and not self.citations_only_b
        )

    def render(self) -> str:
        """A plain-text report of the differences."""
        out = [f"--- a: {self.a_name}", f"+++ b: {self.b_name}"]
        equal = sum(1 for p in self.paragraphs if p.status == "equal")
        out.append(f"paragraphs: {equal}/{len(self.paragraphs)} equal, mean similarity {self.similarity:.3f}")
        if self.metadata:
            out.append("metadata:")
            for d in self.metadata:
                note = f" (missing in {d.missing})" if d.missing else ""
                out.append(f"  {d.field}: a={_show(d.a)} b={_show(d.b)}{note}")
        for p in self.paragraphs:
            if p.status == "equal":
                continue
            if p.status == "changed":
                out.append(f"~ {p.a} ~ {p.b} ({p.ratio:.3f})")
                out.append(f"  - {_short(p.a_text)}")
                out.append(f"  + {_short(p.b_text)}")
            elif p.status == "only_a":
                out.append(f"- {p.a} only in a: {_short(p.a_text)}")
            else:
                out.append(f"+ {p.b} only in b: {_short(p.b_text)}")
        for f in self.footnotes:
            out.append(f"footnote {f.number} ({f.ratio:.3f}):")
            out.append(f"  - {_short(f.a)}")
            out.append(f"  + {_short(f.b)}")
        if self.citations_only_a:
            out.append("citations only in a: " + ", ".join(self.citations_only_a))
        if self.citations_only_b:
            out.append("citations only in b: " + ", ".join(self.citations_only_b))
        if self.identical:
            out.append("no differences")
        return "\n".join(out)


def _show(value: Any) -> str:
    return "—" if value in (None, [], "") else repr(value)


def _short(text: str | None, limit: int = 160) -> str:
    if text is None:
        return "—"
    return text if len(text) <= limit else text[: limit - 1] + "…"


def normalize(text: str) -> str:
    """Normalize a text for comparison: quotes, dashes, soft hyphens, whitespace, case."""
    return " ".join(_SOFT.sub("", text).translate(_QUOTES).split()).casefold()


def similarity(a: str, b: str) -> float:
    """Similarity of two texts after `normalize`, from 0 (nothing alike) to 1 (equal)."""
    na, nb = normalize(a), normalize(b)
    if na == nb:
        return 1.0
    return float(fuzz.ratio(na, nb)) / 100.0


def _empty(value: Any) -> bool:
    return value in (None, [], "")


def _metadata_diffs(a: Metadata, b: Metadata) -> list[FieldDiff]:
    da, db = a.model_dump(mode="json"), b.model_dump(mode="json")
    out: list[FieldDiff] = []
    for name in type(a).model_fields:
        va, vb = da.get(name), db.get(name)
        if va == vb:
            continue
        if isinstance(va, str) and isinstance(vb, str) and normalize(va) == normalize(vb):
            continue
        missing: Literal["a", "b"] | None = "a" if _empty(va) else "b" if _empty(vb) else None
        out.append(FieldDiff(field=name, a=va, b=vb, missing=missing))
    return out


def align(
    a: list[str], b: list[str], *, min_similarity: float = MIN_PAIR_SIMILARITY
) -> list[tuple[int | None, int | None, float]]:
    """Align two lists of texts in order: ``(i, j, ratio)`` with ``None`` for an unpaired side.

    Equal runs are found first (difflib on the normalized texts); the stretches between
    them are aligned by a dynamic programme that maximizes the summed similarity of the
    pairs it makes, pairing only texts at least `min_similarity` alike.
    """
    na, nb = [normalize(t) for t in a], [normalize(t) for t in b]
    out: list[tuple[int | None, int | None, float]] = []
    matcher = difflib.SequenceMatcher(a=na, b=nb, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out.extend((i1 + k, j1 + k, 1.0) for k in range(i2 - i1))
        else:
            out.extend(_align_block(na, nb, i1, i2, j1, j2, min_similarity))
    return out


def _align_block(
    na: list[str], nb: list[str], i1: int, i2: int, j1: int, j2: int, threshold: float
) -> list[tuple[int | None, int | None, float]]:
    n, m = i2 - i1, j2 - j1
    sim = [[float(fuzz.ratio(na[i1 + i], nb[j1 + j])) / 100.0 for j in range(m)] for i in range(n)]
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            pair = sim[i][j] + best[i + 1][j + 1] if sim[i][j] >= threshold else -1.0
            best[i][j] = max(pair, best[i + 1][j], best[i][j + 1])
    out: list[tuple[int | None, int | None, float]] = []
    i = j = 0
    while i < n and j < m:
        if sim[i][j] >= threshold and best[i][j] == sim[i][j] + best[i + 1][j + 1]:
            out.append((i1 + i, j1 + j, sim[i][j]))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            out.append((i1 + i, None, 0.0))
            i += 1
        else:
            out.append((None, j1 + j, 0.0))
            j += 1
    out.extend((i1 + k, None, 0.0) for k in range(i, n))
    out.extend((None, j1 + k, 0.0) for k in range(j, m))
    return out


def _identifiers(letter: Letter) -> set[str]:
    return {i for c in letter.citations for i in c.identifiers}


def diff_letters(a: Letter, b: Letter) -> LetterDiff:
    """Compare two letters: metadata, paragraphs (aligned), footnotes and cited identifiers."""
    pairs: list[ParagraphPair] = []
    for i, j, ratio in align([p.text for p in a.paragraphs], [p.text for p in b.paragraphs]):
        pa = a.paragraphs[i] if i is not None else None
        pb = b.paragraphs[j] if j is not None else None
        if pa is not None and pb is not None:
            equal = normalize(pa.text) == normalize(pb.text)
            pairs.append(
                ParagraphPair(
                    a=pa.id,
                    b=pb.id,
                    ratio=1.0 if equal else min(ratio, 0.999),
                    status="equal" if equal else "changed",
                    a_text=pa.text,
                    b_text=pb.text,
                )
            )
        elif pa is not None:
            pairs.append(ParagraphPair(a=pa.id, ratio=0.0, status="only_a", a_text=pa.text))
        elif pb is not None:
            pairs.append(ParagraphPair(b=pb.id, ratio=0.0, status="only_b", b_text=pb.text))

    notes_a = {f.number: f.text for f in a.footnotes}
    notes_b = {f.number: f.text for f in b.footnotes}
    footnotes: list[FootnoteDiff] = []
    for number in sorted(set(notes_a) | set(notes_b)):
        ta, tb = notes_a.get(number), notes_b.get(number)
        if ta is not None and tb is not None:
            ratio = similarity(ta, tb)
            if ratio < 1.0:
                footnotes.append(FootnoteDiff(number=number, a=ta, b=tb, ratio=ratio))
        else:
            footnotes.append(FootnoteDiff(number=number, a=ta, b=tb, ratio=0.0))

    ids_a, ids_b = _identifiers(a), _identifiers(b)
    return LetterDiff(
        a_name=a.source.name,
        b_name=b.source.name,
        metadata=_metadata_diffs(a.metadata, b.metadata),
        paragraphs=pairs,
        footnotes=footnotes,
        citations_only_a=sorted(ids_a - ids_b),
        citations_only_b=sorted(ids_b - ids_a),
    )
