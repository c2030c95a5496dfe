"""References to recommendations inside a paragraph: by ordinal, by number, by anaphora.

Pure functions over text (no spaCy), used by the recommendation linker. A reference keeps the
ordinals it names as written ("de laatste aanbeveling" is -1: the linker resolves it against
the recommendations), whether its sentence announces a later answer (``deferred``), and the
body named right after it ("van de SER en het PBL"), which the linker matches against the
recommendations' report and recommenders.

>>> [(r.kind, r.ordinals) for r in find_references("Ten aanzien van de tweede en derde aanbeveling merk ik op …")]
[('ordinal', (2, 3))]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from kamerstuk.entities.sentences import split_sentences
from kamerstuk.patterns import links as L
from kamerstuk.patterns import recommendation_codes as C

_ORDINAL_WORD = re.compile(
    rf"{'|'.join(sorted(L.REF_ORDINALS, key=len, reverse=True))}|tot\s+en\s+met|t/m", re.I
)
_NUMBER_WORD = re.compile(r"\d{1,2}|tot\s+en\s+met|t/m|–|-", re.I)
_NAME_TOKEN = re.compile(r"[^\s,;:.()«»\"]+|,")
#: Words a body's name is read over at most, after "van de": "Raad voor Volksgezondheid en Samenleving".
MAX_NAME_WORDS = 8


@dataclass(frozen=True)
class Reference:
    """One reference to recommendations, with offsets into the text it was found in."""

    kind: Literal["ordinal", "number", "anaphor", "topic", "rest", "all", "addressee", "code"]
    ordinals: tuple[int, ...]  # as written; negative counts from the last (-1: "de laatste"); () for anaphora
    start: int
    end: int
    words: str  # the words of the reference, for the link's evidence
    deferred: bool = False  # its sentence announces a later answer ("kom ik later op terug")
    body: str | None = None  # the body named right after it: "SER en het PBL"
    plural: bool = False  # anaphora: "deze aanbevelingen", "beide aanbevelingen"
    which: Literal["first", "last", "both"] | None = None  # "eerstgenoemde", "laatstgenoemde", "beide"
    topics: tuple[str, ...] = ()  # by topic: the words naming each recommendation ("het personeelsdossier")
    addressee: str | None = None  # by addressee: "mij", "de sector" ("de aanbevelingen aan de sector")
    codes: tuple[str, ...] = ()  # by the report's codes: "B1", "R3", "4.1" ("Aanbeveling N1 nemen wij over")


def find_references(text: str) -> list[Reference]:
    """The references to recommendations in `text`, in order of appearance."""
    out: list[Reference] = []
    # Sentences matter only to tell which references a deferral covers: split only then.
    codes = C.REF_CODE.search(text) is not None
    if not may_refer(text) and not codes:
        return out
    defers = may_defer(text) and L.DEFERRAL.search(text) is not None
    spans = (split_sentences(text) if defers else []) or [(0, len(text))]
    for a, b in spans:
        deferred = defers and L.DEFERRAL.search(text, a, b) is not None
        found = [_ordinal(m, text, deferred) for m in L.REF_ORDINAL.finditer(text, a, b)]
        found += _elliptic(text, [r for r in found if r is not None], deferred, b)
        if any(r is not None for r in found) or out:
            # "… de eerste aanbeveling van Stroomlijn …. De tweede volg ik ten dele.": the noun left out of the next
            # sentence's opening ordinal (only after one named: "De tweede volg ik" alone names nothing)
            named = [r for r in [*out, *found] if r is not None and r.kind == "ordinal"]
            body = named[-1].body if named else None
            found += [
                Reference(
                    "ordinal", (L.REF_ORDINALS[m.group("ord").lower()],), m.start("ref"), m.end("ref"),
                    m.group("ref"), deferred, body,
                )
                for m in L.REF_ELLIPTIC_OPENER.finditer(text, a, b)
                if named and m.start() > named[0].end
            ]  # fmt: skip
        found += [_number(m, text, deferred) for m in L.REF_NUMBER.finditer(text, a, b)]
        found += [_letters(m, text, deferred) for m in L.REF_LETTER.finditer(text, a, b)]
        found += [_romans(m, text, deferred) for m in L.REF_ROMAN.finditer(text, a, b)]
        named_as = [
            Reference("ordinal", (L.REF_ORDINALS[m.group("ords").lower()],), m.start("ords"), m.end(),
                      text[m.start("ords") : m.end()], deferred, _body(text, m.end()))
            for m in L.REF_AS_NAMED.finditer(text, a, b)
        ]  # fmt: skip
        found += named_as
        found += [
            r
            for m in L.REF_ANAPHOR.finditer(text, a, b)
            if (r := _anaphor(m, deferred, text)) is None
            or not any(n.start <= r.start < n.end for n in named_as)
        ]
        found += [_both(m, deferred) for m in L.REF_BOTH_PRONOUN.finditer(text, a, b)]
        found += [_topic(m, deferred) for m in L.REF_TOPIC.finditer(text, a, b)]
        found += [_number_words(m, text, deferred) for m in L.REF_NUMBER_WORD.finditer(text, a, b)]
        found += [_whole(m, "rest", deferred) for m in L.REF_REST.finditer(text, a, b)]
        found += [_whole(m, "all", deferred) for m in L.REF_ALL.finditer(text, a, b)]
        found += [
            Reference("all", (), m.start(), m.end(), m.group(0), deferred, body=m.group("body"), plural=True)
            for m in L.REF_ALL_OF_BODY.finditer(text, a, b)
        ]
        found += [_addressee(m, deferred) for m in L.REF_ADDRESSEE.finditer(text, a, b)]
        if codes:
            found += [_code(m, deferred) for m in C.REF_CODE.finditer(text, a, b)]
        found += [
            Reference("code", (), m.start(), m.end(), m.group(0), deferred, codes=(C.CORE_CODE,))
            for m in C.REF_CORE.finditer(text, a, b)
        ]
        out.extend(sorted((r for r in found if r is not None), key=lambda r: r.start))
    return out


def may_refer(text: str) -> bool:
    """Whether `text` may hold a reference at all (a recommendation noun somewhere)."""
    low = text.lower()
    return any(w in low for w in L.MAY_REFER)


def may_defer(text: str) -> bool:
    """Whether `text` may announce a later answer (a word every DEFERRAL needs)."""
    low = text.lower()
    return any(w in low for w in L.DEFERRAL_WORDS)


def _expand(values: list[int | str]) -> list[int]:
    """Ordinals with their ranges spelled out: [1, "t/m", 4] -> [1, 2, 3, 4]."""
    out: list[int] = []
    pending_range = False
    for v in values:
        if isinstance(v, str):
            pending_range = bool(out)
            continue
        if pending_range and 0 < out[-1] < v:
            out.extend(range(out[-1] + 1, v))
        pending_range = False
        out.append(v)
    return list(dict.fromkeys(out))


def _ordinal(m: re.Match[str], text: str, deferred: bool) -> Reference | None:
    values: list[int | str] = []
    for w in _ORDINAL_WORD.findall(m.group("ords")):
        low = w.lower()
        values.append(L.REF_ORDINALS.get(low, "range"))
    ordinals = _expand(values)
    if len(ordinals) == 1 and not m.group("count") and m.group("noun").lower().endswith("en"):
        return None  # "de eerste aanbevelingen zijn al uitgevoerd": the first few, not one of them
    if m.group("count"):
        n = L.COUNTS[m.group("count").lower()]
        if ordinals == [-1]:  # "de laatste twee aanbevelingen"
            ordinals = list(range(-n, 0))
        elif len(ordinals) == 1 and ordinals[0] == 1:  # "de eerste drie aanbevelingen"
            ordinals = list(range(1, n + 1))
        else:
            return None  # "de tweede drie aanbevelingen" is no reference we can read
    return Reference(
        "ordinal", tuple(ordinals), m.start(), m.end(), m.group(0), deferred, _body(text, m.end())
    )


def _elliptic(text: str, named: list[Reference], deferred: bool, end: int) -> list[Reference]:
    """Ordinals whose noun is left out after a named ordinal in the same sentence: "De eerste aanbeveling neem ik
    over, de vierde gedeeltelijk" (see `REF_ELLIPTIC_ORDINAL`)."""
    out: dict[int, Reference] = {}  # by start: a sentence naming two ordinals reads each elided one once
    for ref in named:
        stop = text.find(".", ref.end, end)
        for m in L.REF_ELLIPTIC_ORDINAL.finditer(text, ref.end, stop if stop >= 0 else end):
            if m.start("ref") in out:
                continue
            ordinal = L.REF_ORDINALS[m.group("ord").lower()]
            body = None
            if text[m.end("ref") : m.end("ref") + 5].lower().startswith(" van "):
                # "… en de eerste van Stroomwijzer": that body's (none named: "de eerste van de maatregelen" is no
                # recommendation)
                body = _body(text, m.end("ref"))
                if body is None:
                    continue
            out[m.start("ref")] = Reference(
                "ordinal", (ordinal,), m.start("ref"), m.end("ref"), m.group("ref"), deferred, body
            )
    return list(out.values())


def _number(m: re.Match[str], text: str, deferred: bool) -> Reference | None:
    values: list[int | str] = [
        int(w) if w.isdigit() else "range" for w in _NUMBER_WORD.findall(m.group("nums"))
    ]
    ordinals = [n for n in _expand(values) if n > 0]
    if not ordinals:
        return None
    return Reference(
        "number", tuple(ordinals), m.start(), m.end(), m.group(0), deferred, _body(text, m.end())
    )


def _letters(m: re.Match[str], text: str, deferred: bool) -> Reference | None:
    """ "de aanbevelingen onder a en b" -> (1, 2): a lettered list's items by letter."""
    letters = m.group("letters").lower()
    values: list[int | str] = [
        "range" if w in ("tot", "t/m") else ord(w) - ord("a") + 1
        for w in re.findall(r"\b[a-h]\b|\btot\b|t/m", letters)
    ]
    ordinals = _expand(values)
    if not ordinals:
        return None
    return Reference(
        "number", tuple(ordinals), m.start(), m.end(), m.group(0), deferred, _body(text, m.end())
    )


def _code(m: re.Match[str], deferred: bool) -> Reference:
    """ "Aanbeveling N1", "Bij R3", "aanbeveling 4.1": a recommendation by the report's code (the
    linker keeps it only when the letter gave a recommendation that code)."""
    codes = tuple(C.ONE_CODE.findall(m.group("code") or m.group("chapter")))
    return Reference("code", (), m.start(), m.end(), m.group(0), deferred, codes=codes)


def _romans(m: re.Match[str], text: str, deferred: bool) -> Reference | None:
    """ "aanbeveling iv", "de aanbevelingen ii en iii" -> (4,), (2, 3)."""
    values: list[int | str] = [
        "range" if w.lower() in ("tot", "met") else L.ROMAN_VALUES[w.lower()]
        for w in re.findall(r"\b(?:viii|vii|iii|ii|iv|ix|vi|i|v|x|tot)\b", m.group("roms"), re.I)
    ]
    ordinals = _expand(values)
    if not ordinals:
        return None
    return Reference(
        "number", tuple(ordinals), m.start(), m.end(), m.group(0), deferred, _body(text, m.end())
    )


def _number_words(m: re.Match[str], text: str, deferred: bool) -> Reference | None:
    """ "Aanbeveling twee", "aanbevelingen drie en vier": numbers written as words."""
    values: list[int | str] = [
        L.NUMBER_WORDS.get(w.lower(), "range")
        for w in re.findall(rf"{'|'.join(L.NUMBER_WORDS)}|tot\s+en\s+met|t/m", m.group("nums"), re.I)
    ]
    ordinals = _expand(values)
    if not ordinals:
        return None
    return Reference(
        "number", tuple(ordinals), m.start(), m.end(), m.group(0), deferred, _body(text, m.end())
    )


def _whole(m: re.Match[str], kind: Literal["rest", "all"], deferred: bool) -> Reference:
    """ "de overige aanbevelingen" (rest: those not answered before) or "alle aanbevelingen" (all)."""
    return Reference(kind, (), m.start(), m.end(), m.group(0), deferred, plural=True)


def _addressee(m: re.Match[str], deferred: bool) -> Reference:
    """ "de aanbevelingen aan de sector": the ones addressed to the sector (the linker reads `to`)."""
    plural = m.group(0).split()[1].lower().endswith("en")
    return Reference(
        "addressee", (), m.start(), m.end(), m.group(0), deferred, plural=plural, addressee=m.group("to")
    )


def exception_ordinals(text: str) -> tuple[int, ...]:
    """The ordinals a sentence leaves out of "all": "Alle aanbevelingen neem ik over, met
    uitzondering van de vijfde" -> (5,); "op de laatste na" -> (-1,).

    >>> exception_ordinals("Alle aanbevelingen neem ik over, behalve de derde.")
    (3,)
    """
    out: list[int] = []
    for m in L.EXCEPTION.finditer(text):
        if m.group("lead").lower() == "op" and not m.group("na"):
            continue  # "op de derde aanbeveling ga ik in": no exception
        out.append(L.REF_ORDINALS[m.group("ord").lower()] if m.group("ord") else int(m.group("num")))
    return tuple(out)


def _topic(m: re.Match[str], deferred: bool) -> Reference | None:
    """ "de aanbevelingen over het personeelsdossier en de uitnodiging": the topic's parts."""
    topic = m.group("topic")
    end = L.TOPIC_END.search(topic)
    if end is not None:
        topic = topic[: end.start()]
    parts = tuple(p.strip() for p in L.TOPIC_PARTS.split(topic) if p.strip())
    if not parts:
        return None
    stop = m.start("topic") + len(topic)
    return Reference("topic", (), m.start(), stop, m.string[m.start() : stop], deferred, topics=parts)


def _anaphor(m: re.Match[str], deferred: bool, text: str = "") -> Reference:
    det = m.group("det").lower()
    which: Literal["first", "last", "both"] | None = (
        "first"
        if det == "eerstgenoemde"
        else "last"
        if det == "laatstgenoemde"
        else "both"
        if det == "beide"
        else None
    )
    plural = m.group("noun").lower().endswith("en")
    # "De drie aanbevelingen van de raad": the body named after it says whose
    body = _body(text, m.end()) if text else None
    return Reference("anaphor", (), m.start(), m.end(), m.group(0), deferred, body, plural, which)


def _both(m: re.Match[str], deferred: bool) -> Reference:
    """ "die ik beide overneem", "Ik neem ze allebei over": both of the recommendations just named."""
    return Reference("anaphor", (), m.start(), m.end(), m.group(0), deferred, None, True, "both")


def _body(text: str, end: int) -> str | None:
    """The name of the body right after a reference ("van de SER en het PBL" -> "SER en het PBL")."""
    lead = L.BODY_LEAD.match(text, end)
    if lead is None:
        # a body by its common noun: "de eerste aanbeveling van de inspectie" (the linker matches it
        # against the letter's bodies when it can, and ignores it when it cannot: "van de onderzoekers")
        generic = L.GENERIC_BODY_LEAD.match(text, end)
        return generic.group("noun").lower() if generic is not None else None
    words: list[str] = []
    for tok in _NAME_TOKEN.finditer(text, lead.end(), min(len(text), lead.end() + 200)):
        w = tok.group(0)
        if w[:1].isupper() or (w[:1].isdigit() and words) or w.lower() in L.NAME_JOINERS:
            words.append(w)
        else:
            break
        if len(words) >= MAX_NAME_WORDS or text[tok.end() : tok.end() + 1] in (".", ";", ":", ")"):
            break
    while words and words[-1].lower() in L.NAME_JOINERS:
        words.pop()
    name = " ".join(words).replace(" ,", ",")
    return name or None


def body_names(body: str) -> list[str]:
    """The names in a body mention, the whole first: "SER en het PBL" -> ["SER en het PBL", "SER", "PBL"]."""
    parts = [p for p in re.split(r"\s*(?:,|&|\ben\b)\s*", body) if p]
    cleaned = [re.sub(r"^(?:de|het|zijn|haar)\s+", "", p, flags=re.I) for p in parts]
    return list(dict.fromkeys([body, *cleaned]))
