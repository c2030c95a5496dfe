"""Citations of parliamentary documents: Kamerstukken, Handelingen, zaak numbers, back-references.

Pure functions over text. Every `Citation` carries ``start``/``end`` offsets into the text it
was found in, and ``Citation.text == text[start:end]`` always holds. See docs/citations.md
for the catalogue of recognised forms and the identifier/URL scheme.
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence

from kamerstuk.entities.scan import finditer_at, finditer_in_pieces, occurrences
from kamerstuk.models import Citation
from kamerstuk.patterns import citations as P

__all__ = ["annotate", "find_citations", "is_identifier", "url_for"]

_Chamber = str | None


def is_identifier(identifier: str) -> bool:
    """True if `identifier` is well formed ("kst-31015-221", "h-tk-20212022-54-7", "2022Z24775")."""
    return P.IDENTIFIER_RE.match(identifier) is not None


def url_for(identifier: str) -> str:
    """The URL where an identifier made by this module can be looked up.

    Official identifiers (``kst-``, ``h-``, ``ah-``) go to zoek.officielebekendmakingen.nl;
    Tweede Kamer zaak and document numbers to the search of tweedekamer.nl.
    """
    if P.ZAAK_RE.fullmatch(identifier):
        return P.TWEEDEKAMER_SEARCH + identifier
    return P.OFFICIELE_BEKENDMAKINGEN + identifier


# --------------------------------------------------------------------------- helpers


def _clean(fragment: str) -> str:
    """Drop footnote markers from a matched fragment so its digits can be read."""
    return P.MARKER_RE.sub(" ", fragment)


def _vergaderjaar(first: str | None, second: str | None) -> str | None:
    """ "2009", "10" -> "2009-2010"; None when absent or inconsistent."""
    if first is None or second is None:
        return None
    y1 = int(first)
    y2 = int(second) if len(second) == 4 else (y1 + 1) // 100 * 100 + int(second)
    if y2 != y1 + 1:
        return None
    return f"{y1}-{y2}"


def _dossiers(fragment: str) -> list[str]:
    """Dossier numbers in a matched list: "28 638 en 34 193" -> ["28638", "34193"]."""
    out: list[str] = []
    for m in P.DOSSIER_PART_RE.finditer(_clean(fragment)):
        number = re.sub(r"\D", "", m.group("digits"))
        suffix = m.group("suffix") or m.group("eu")
        out.append(f"{number}-{suffix}" if suffix else number)
    return out


def _numbers(fragment: str) -> list[str]:
    """Document numbers in a matched list, ranges expanded: "12–15" -> ["12", "13", "14", "15"]."""
    out: list[str] = []
    pending_range = False
    for token in P.NUMBER_TOKEN_RE.findall(_clean(fragment)):
        if token[0].isdigit() or token[0].isupper():
            if pending_range and out and out[-1].isdigit() and token.isdigit():
                low, high = int(out[-1]), int(token)
                if low < high <= low + P.MAX_RANGE:
                    out.extend(str(n) for n in range(low + 1, high + 1))
                else:
                    out.append(token)
            else:
                out.append(token)
            pending_range = False
        else:
            pending_range = True
    return _dedupe(out)


def _dedupe(items: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return list(seen)


def _kst_identifiers(dossiers: Sequence[str], numbers: Sequence[str]) -> list[str]:
    """One identifier per document, in the FIRST dossier: kst-<dossier>-<number>."""
    if not dossiers:
        return []
    return [f"kst-{dossiers[0]}-{n}" for n in numbers]


def _chamber(m: re.Match[str]) -> _Chamber:
    if m.group("tk"):
        return "II"
    if m.group("ek"):
        return "I"
    return None


def _make(
    text: str,
    start: int,
    end: int,
    *,
    kind: str,
    identifiers: Sequence[str],
    **fields: object,
) -> Citation:
    ids = [i for i in _dedupe(identifiers) if is_identifier(i)]
    return Citation.model_validate(
        {
            "kind": kind,
            "text": text[start:end],
            "start": start,
            "end": end,
            "identifiers": ids,
            "urls": [url_for(i) for i in ids],
            **fields,
        }
    )


def _kamerstuk_from(
    text: str,
    m: re.Match[str],
    start: int,
    *,
    chamber: _Chamber,
    vergaderjaar: str | None,
) -> Citation:
    """Build a Kamerstuk citation from a match of KAMERSTUK/ZIE_OOK/CONTINUATION_RE."""
    dossiers = _dossiers(m.group("dossiers"))
    groups = m.groupdict()
    raw_numbers = groups.get("plural") or groups.get("single") or groups.get("letters") or ""
    numbers = _numbers(raw_numbers)
    return _make(
        text,
        start,
        m.end(),
        kind="kamerstuk",
        identifiers=_kst_identifiers(dossiers, numbers),
        chamber=chamber,
        vergaderjaar=vergaderjaar,
        dossiers=dossiers,
        numbers=numbers,
    )


# --------------------------------------------------------------------------- finders


def _finditer(rx: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)``, trying `rx` only where a start string of `P.STARTS` occurs."""
    return finditer_at(rx, text, P.STARTS[rx])


def _backref_matches(text: str) -> Iterator[re.Match[str]]:
    """``P.BACKREF_RE.finditer(text)``, searching only the pieces of text between two
    `P.BACKREF_SEPARATORS_RE` that name a month."""
    seps = [m.start() for m in P.BACKREF_SEPARATORS_RE.finditer(text)]
    return finditer_in_pieces(P.BACKREF_RE, text, seps, occurrences(text, P.BACKREF_KEYS))


def _find_kamerstukken(text: str) -> list[Citation]:
    found: list[Citation] = []
    for m in _finditer(P.KAMERSTUK_RE, text):
        chamber = _chamber(m)
        vj = _vergaderjaar(m.group("vj1"), m.group("vj2"))
        cit = _kamerstuk_from(text, m, m.start(), chamber=chamber, vergaderjaar=vj)
        found.append(cit)
        # Chained references: "Kamerstuk 31 015, nr. 221 en 32 545, nr. 143".
        pos = m.end()
        while (c := P.CONTINUATION_RE.match(text, pos)) is not None:
            cvj = _vergaderjaar(c.group("vj1"), c.group("vj2")) or vj
            found.append(_kamerstuk_from(text, c, c.start("body"), chamber=chamber, vergaderjaar=cvj))
            pos = c.end()
    for z in _finditer(P.ZIE_OOK_RE, text):
        found.append(_kamerstuk_from(text, z, z.start("body"), chamber=None, vergaderjaar=None))
    return found


def _find_handelingen(text: str) -> list[Citation]:
    found: list[Citation] = []
    for m in _finditer(P.HANDELINGEN_RE, text):
        chamber = _chamber(m)
        vj = _vergaderjaar(m.group("vj1"), m.group("vj2"))
        if vj is None:
            continue
        code = "ek" if chamber == "I" else "tk"
        year = vj.replace("-", "")
        nr = m.group("nr")
        items = re.findall(r"\d+", _clean(m.group("items") or ""))
        if m.group("ah"):
            kind = "aanhangsel"
            ids = [f"ah-{code}-{year}-{nr}"]
        else:
            kind = "handelingen"
            ids = [f"h-{code}-{year}-{nr}-{i}" for i in items]
        found.append(
            _make(
                text,
                m.start(),
                m.end(),
                kind=kind,
                identifiers=ids,
                chamber=chamber,
                vergaderjaar=vj,
                numbers=[nr],
                item=", ".join(items) if items else None,
            )
        )
    return found


def _find_zaken(text: str) -> list[Citation]:
    found: list[Citation] = []
    for m in _finditer(P.ZAAK_RE, text):
        kind = "zaak" if m.group("letter") == "Z" else "document"
        found.append(_make(text, m.start(), m.end(), kind=kind, identifiers=[m.group("nr")], chamber="II"))
    return found


def _find_bare_identifiers(text: str) -> list[Citation]:
    found: list[Citation] = []
    for m in _finditer(P.BARE_IDENTIFIER_RE, text):
        ident = m.group(0)
        if m.group("kd"):
            dossier = m.group("kd") + m.group("ksfx")
            found.append(
                _make(
                    text,
                    m.start(),
                    m.end(),
                    kind="kamerstuk",
                    identifiers=[ident],
                    dossiers=[dossier],
                    numbers=[m.group("kn")],
                )
            )
            continue
        if m.group("hch"):
            ch, year, nr, item = m.group("hch"), m.group("hy"), m.group("hn"), m.group("hi")
            kind = "handelingen"
        else:
            ch, year, nr, item = m.group("ach"), m.group("ay"), m.group("an"), None
            kind = "aanhangsel"
        vj = _vergaderjaar(year[:4], year[4:])
        found.append(
            _make(
                text,
                m.start(),
                m.end(),
                kind=kind,
                identifiers=[ident],
                chamber="I" if ch == "ek" else "II",
                vergaderjaar=vj,
                numbers=[nr],
                item=item,
            )
        )
    return found


def _attach_movers(text: str, citations: list[Citation]) -> list[Citation]:
    """Widen Kamerstuk citations preceded by "motie <movers> (" to include the motion name."""
    by_start = {c.start: (i, c) for i, c in enumerate(citations) if c.kind == "kamerstuk"}
    out = list(citations)
    for m in _finditer(P.MOTION_RE, text):
        found = by_start.get(m.end())
        if found is None:
            continue
        at, cit = found
        end = cit.end
        if m.group("open") == "(":
            close = P.CLOSE_PAREN_RE.match(text, end)
            if close:
                end = close.end()
        movers = [
            name.strip()
            for name in P.MOVER_SPLIT_RE.split(re.sub(r"\s+", " ", m.group("movers")))
            if name.strip()
        ]
        widened = cit.model_copy(
            update={"start": m.start(), "end": end, "text": text[m.start() : end], "movers": movers}
        )
        out[at] = widened  # by position: `out.index(cit)` searched the list for every motion
        del by_start[m.end()]
    return out


def _raw_markers(text: str) -> dict[int, int]:
    """Footnote number -> offset of its first raw marker ("<sup>4</sup>", "⁴") in `text`."""
    markers: dict[int, int] = {}
    for m in P.RAW_MARKER_RE.finditer(text):
        digits = m.group("n") or (m.group("u") or "").translate(P.SUPERSCRIPT_DIGITS)
        if digits.isdigit():
            markers.setdefault(int(digits), m.start())
    return markers


def _resolved(citations: Sequence[Citation]) -> list[Citation]:
    return [c for c in citations if c.kind in ("kamerstuk", "handelingen", "aanhangsel") and c.identifiers]


def _backref(text: str, start: int, end: int, sources: Sequence[Citation], footnote: int | None) -> Citation:
    return _make(
        text,
        start,
        end,
        kind="backref",
        identifiers=[i for c in sources for i in c.identifiers],
        chamber=sources[0].chamber,
        vergaderjaar=sources[0].vergaderjaar,
        dossiers=_dedupe(d for c in sources for d in c.dossiers),
        numbers=_dedupe(n for c in sources for n in c.numbers),
        footnote=footnote,
    )


def _find_backrefs(
    text: str,
    found: Sequence[Citation],
    footnotes: Mapping[int, str] | None,
    markers: Mapping[int, int] | None,
) -> list[Citation]:
    out: list[Citation] = []
    if footnotes and markers is None:
        markers = _raw_markers(text)
    by_footnote: dict[int, list[Citation]] = {}
    for number, note in (footnotes or {}).items():
        resolved = _resolved(find_citations(note))
        if resolved:
            by_footnote[number] = resolved
    ordered_markers = sorted((offset, n) for n, offset in (markers or {}).items())
    marker_offsets = [offset for offset, _ in ordered_markers]
    direct = sorted(_resolved(found), key=lambda c: c.start)
    starts = [c.start for c in direct]
    for m in _backref_matches(text):
        start, end = m.start(), m.end()
        # Inline: "mijn brief van 3 juli 2023 (Kamerstuk 31 015, nr. 221)".
        nxt = bisect.bisect_left(starts, end)
        if nxt < len(direct) and P.INLINE_GAP_RE.fullmatch(text, end, direct[nxt].start):
            out.append(_backref(text, start, end, direct[nxt : nxt + 1], None))
            continue
        # Footnote: the first marker after the phrase, in the same sentence, whose note cites.
        # Markers before the phrase are skipped by bisection, and the text between is only
        # read within the maximum distance (both were quadratic in long texts).
        for k in range(bisect.bisect_left(marker_offsets, end), len(ordered_markers)):
            offset, number = ordered_markers[k]
            if offset - end > P.BACKREF_MAX_DISTANCE or P.SENTENCE_BREAK_RE.search(text, end, offset):
                break
            if number in by_footnote:
                out.append(_backref(text, start, end, by_footnote[number], number))
                break
    return out


def _without_overlaps(citations: Iterable[Citation]) -> list[Citation]:
    """Sort by start; of overlapping citations keep the earliest, then the longest."""
    kept: list[Citation] = []
    for c in sorted(citations, key=lambda c: (c.start, -(c.end - c.start))):
        if kept and c.start < kept[-1].end:
            continue
        kept.append(c)
    return kept


def find_citations(
    text: str,
    footnotes: Mapping[int, str] | None = None,
    markers: Mapping[int, int] | None = None,
) -> list[Citation]:
    """Find citations of parliamentary documents in `text`, sorted by start offset.

    Recognises Kamerstukken ("Kamerstuk 31 015, nr. 221", "Kamerstukken II 2009/10,
    32 123 XVI, nr. 30", "Kamerstukken I 2021/22, 35 925, A"), Handelingen and Aanhangsel
    ("Handelingen II 2021/22, nr. 54, item 7", "Aanhangsel Handelingen II 2023/24, nr. 2166"),
    Tweede Kamer zaak/document numbers ("2022Z24775", "2022D22290"), official identifiers
    written out ("kst-28638-207"), motions named by their movers (which widen the Kamerstuk
    citation that follows them and fill ``movers``) and back-references ("mijn brief van
    12 maart jl.") that a bracketed citation or a footnote resolves.

    `footnotes` maps footnote number to footnote text; `markers` maps footnote number to
    the offset of its marker in `text`. When `footnotes` is given without `markers`, raw
    markers ("<sup>4</sup>", "⁴") in `text` are used. Citations inside the footnote texts
    themselves are not returned (call this function on each footnote for those).

    Each result satisfies ``c.text == text[c.start:c.end]``; overlapping matches are
    resolved in favour of the earliest, then longest.
    """
    found = (
        _find_kamerstukken(text) + _find_handelingen(text) + _find_zaken(text) + _find_bare_identifiers(text)
    )
    found = _without_overlaps(found)
    found = _attach_movers(text, found)
    found = _without_overlaps(found)
    found += _find_backrefs(text, found, footnotes, markers)
    return _without_overlaps(found)


def annotate(
    text: str,
    citations: Sequence[Citation],
    *,
    template: str = '<a href="{url}">{text}</a>',
) -> str:
    """Return `text` as HTML with each citation that has a URL replaced by `template`.

    All text is HTML-escaped, inside links and out. `template` may use ``{url}`` (the first
    URL, attribute-escaped), ``{text}`` (the escaped citation text), ``{kind}`` and
    ``{identifier}`` (the first identifier). Citations without a URL stay plain escaped text;
    overlapping citations after the first are ignored. Raises ValueError if a citation's
    offsets do not point at its text in `text`.
    """
    parts: list[str] = []
    pos = 0
    for c in sorted(citations, key=lambda c: (c.start, -(c.end - c.start))):
        if text[c.start : c.end] != c.text:
            raise ValueError(f"citation {c.text!r} does not match text[{c.start}:{c.end}]")
        if c.start < pos or not c.urls:
            continue
        parts.append(html.escape(text[pos : c.start]))
        parts.append(
            template.format(
                url=html.escape(c.urls[0], quote=True),
                text=html.escape(c.text),
                kind=c.kind,
                identifier=html.escape(c.identifiers[0]) if c.identifiers else "",
            )
        )
        pos = c.end
    parts.append(html.escape(text[pos:]))
    return "".join(parts)
