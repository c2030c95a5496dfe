"""Recommendations a report labels, with a code ("R3", "B1", "4.1", "1a") or a label ("Aanbeveling:",
"Het kernadvies …", "… één aanbeveling tot X:").

Pure functions over text with offsets, for `kamerstuk.entities.recommendations.find_recommendations`:
`labelled_rows` reads the run-in rows of a Rekenkamer-style table "aanbeveling / reactie" ("R3
Aanbeveling: Stel … vast. Reactie: Overgenomen.": the text between the two labels);
`chapter_lists` items numbered by chapter; `core_advice` the core advice; `colon_restated` one
recommendation announced before a colon; `split_addressed_items` items addressed by name and their
lettered sub-items; `assign_codes` gives every candidate the code written with it and numbers a
single series by its codes.
"""

from __future__ import annotations

import re

from kamerstuk.entities import recommendation_forms as forms
from kamerstuk.entities.recommendation_lists import _strip_markup
from kamerstuk.entities.recommendation_order import Cand
from kamerstuk.patterns import recommendation_codes as pat
from kamerstuk.patterns import recommendations as P_REC

__all__ = [
    "assign_codes",
    "chapter_lists",
    "colon_restated",
    "colon_series",
    "core_advice",
    "labelled_rows",
    "split_addressed_items",
]

_DIGITS = re.compile(r"\d+")
_LETTER_CODE = re.compile(pat.LETTER_CODE)
#: The "en"/"of" before the last part of a series.
_LAST_JOINER = re.compile(r"(?:en|of)\s+")
#: A lettered marker alone before an item on its line: "   a. " (see `split_addressed_items`).
_SUB_MARKER = re.compile(r"[ \t]*(?P<letter>[a-h])[.)][ \t]*")


def _block_end(text: str, start: int) -> int:
    """End of the paragraph (blank-line block) that holds `start`."""
    k = text.find("\n\n", start)
    return len(text) if k < 0 else k


def labelled_rows(text: str, by: list[str]) -> list[Cand]:
    """Candidates from rows "[code] Aanbeveling: <text> Reactie: …": the text up to the reaction
    label (in the same paragraph, or the paragraph's end when the reaction stands on its own
    line). A row whose code is a plain number gets it as ordinal; others keep their code (see
    `assign_codes`)."""
    out: list[Cand] = []
    for m in pat.LABELLED_ROW.finditer(text):
        end = _block_end(text, m.end())
        label = pat.REACTION_LABEL.search(text, m.end(), end)
        stop = label.start() if label is not None else end
        s, e = _strip_markup(text, m.end(), stop)
        if e - s < 10:
            continue
        code = m.group("code")
        ordinal = int(code) if code is not None and code.isdigit() else None
        out.append(
            Cand(
                ordinal,
                s,
                e,
                priority=1,
                by=list(by),
                to_from_text=True,
                code=code if ordinal is None else None,
            )
        )
    return out


def assign_codes(text: str, kept: list[Cand]) -> None:
    """Give each candidate the code in brackets at its end ("… te verdubbelen (N1)"; the code is
    cut from its text), and number the candidates of a single series by their codes: R3, R4, R7
    are recommendations 3, 4 and 7; B1 and N1 (two series) keep no ordinal from their codes."""
    for c in kept:
        if c.code is not None:
            continue
        m = pat.TRAILING_CODE.search(text, c.start, c.end)
        if m is not None and m.end() == c.end:
            c.code = m.group("code")
            c.end = _strip_markup(text, c.start, m.start())[1]
    # only letter codes ("R3", "B1") make a series; "1a", "3.1" and "kernadvies" keep their own numbering
    coded = [c for c in kept if c.code is not None and _LETTER_CODE.fullmatch(c.code)]
    prefixes = {c.code.rstrip("0123456789abcdefghijklmnopqrstuvwxyz") for c in coded if c.code}
    if len(prefixes) == 1 and not any(c.ordinal is not None and c.code is None for c in kept):
        for c in coded:
            if c.ordinal is None and c.code and (d := _DIGITS.search(c.code)):
                c.ordinal = int(d.group(0))


def _line_end(text: str, start: int) -> int:
    k = text.find("\n", start)
    return len(text) if k < 0 else k


def chapter_lists(text: str, by: list[str]) -> list[Cand]:
    """Candidates from recommendations numbered by chapter, one per line or paragraph: "3.1 Zorg
    dat …", "3.2 Laat …", "4.1 Bied …" after a lead that mentions recommendations ("De commissie
    sluit ieder hoofdstuk af met aanbevelingen, die zij per hoofdstuk nummert."). Ordinals count
    the items in reading order; each keeps its number as code ("aanbeveling 3.1")."""
    out: list[Cand] = []
    run: list[tuple[str, int, int]] = []  # (code, start, end) of the items in a row
    run_start = 0  # where the first item's line starts: the lead ends there

    def flush() -> None:
        if len(run) >= 2:
            lead = text[max(0, run_start - _LEAD_CHARS) : run_start].rstrip()
            lead = lead[lead.rfind("\n\n") + 2 :] if "\n\n" in lead else lead
            if forms.mentions_recommendations(lead) and not forms.announces_other(lead):
                out.extend(
                    Cand(k, s, e, priority=2, by=list(by), to_from_text=True, code=code)
                    for k, (code, s, e) in enumerate(run, start=1)
                )
        run.clear()

    for m in pat.CHAPTER_ITEM.finditer(text):
        s, e = _strip_markup(text, m.end(), _line_end(text, m.end()))
        shaped = e > s and forms.is_recommendation_shaped(text[s:e])
        if run and (not shaped or text[run[-1][2] : m.start()].strip(" \t\n*_")):
            flush()  # an item that is no recommendation, or text between two items, ends the run
        if shaped:
            if not run:
                run_start = m.start()
            run.append((m.group("code"), s, e))
    flush()
    return out


#: How much text before a run of chapter-numbered items is read as its lead.
_LEAD_CHARS = 600


def core_advice(text: str, spans: list[tuple[int, int]], by: list[str]) -> list[Cand]:
    """The report's core advice restated in one sentence ("Het kernadvies van de SER is dat …"),
    labelled with the code "kernadvies" (see `CORE_ADVICE`)."""
    out: list[Cand] = []
    for s0, e0 in spans:
        s, e = _strip_markup(text, s0, e0)
        if pat.CORE_ADVICE.match(text, s, e):
            out.append(Cand(None, s, e, priority=3, by=list(by), to_from_text=True, code=pat.CORE_CODE))
    return out


def split_addressed_items(text: str, kept: list[Cand]) -> list[Cand]:
    """List items that name their addressee first ("2. Aan de branche: maak afspraken …") lose the
    prefix and get it as `to`; an item with lettered sub-items ("1. Aan de Minister van SZW: a. Stel
    … b. Laat …") becomes one candidate per sub-item, coded "1a", "1b" (no ordinal of their own: the
    letter's "tweede aanbeveling" is item 2)."""
    out: list[Cand] = []
    heads: dict[int, tuple[int, str]] = {}  # end of an item that is only "Aan X:" -> its number, X
    for c in sorted(kept, key=lambda c: c.start):
        head = next(((k, v) for k, v in heads.items() if k <= c.start), None)
        if head is not None:
            marker = _SUB_MARKER.fullmatch(text, text.rfind("\n", 0, c.start) + 1, c.start)
            if marker is not None:  # "   a. Stel …" on its own line under "1. Aan de Minister:"
                number, to = head[1]
                c.ordinal, c.code, c.to, c.to_from_text = None, f"{number}{marker.group('letter')}", to, False
                out.append(c)
                continue
            heads.clear()
        m = pat.ADDRESSEE_PREFIX.match(text, c.start, c.end)
        if m is None or c.ordinal is None:
            out.append(c)
            continue
        to = m.group("to").strip()
        if not text[m.end() : c.end].strip(" \t\n*_;:"):
            heads = {c.end: (c.ordinal, to)}  # the sub-items follow as items of their own
            continue
        subs = list(pat.SUB_ITEM.finditer(text, m.end(), c.end))
        letters = [s.group("letter") for s in subs]
        if len(subs) >= 2 and subs[0].start() == m.end() and letters == list("abcdefgh"[: len(subs)]):
            ends = [s.start() for s in subs[1:]] + [c.end]
            for sub, end in zip(subs, ends, strict=True):
                s, e = _strip_markup(text, sub.end(), end)
                while e > s and text[e - 1] in ";,":
                    e -= 1
                out.append(
                    Cand(
                        None,
                        s,
                        e,
                        priority=c.priority,
                        by=list(c.by),
                        to=to,
                        source=c.source,
                        code=f"{c.ordinal}{sub.group('letter')}",
                    )
                )
            continue
        s, e = _strip_markup(text, m.end(), c.end)
        if e > s:
            c.start, c.to, c.to_from_text = s, to, False
        out.append(c)
    return out


def colon_restated(text: str, spans: list[tuple[int, int]], by: list[str]) -> list[Cand]:
    """A recommendation after a colon in the sentence that announces it: "Tot slot richt de commissie
    één aanbeveling tot de rijksoverheid: leg in de wet vast dat …", "Het advies bevat één
    aanbeveling: zorg voor …". The part before the colon announces one recommendation (see
    `ONE_ANNOUNCED`) and is not the government speaking; the part after it reads as one (a list
    marker there is a list's, read elsewhere)."""
    out: list[Cand] = []
    for s0, e0 in spans:
        colon = text.find(":", s0, e0)
        if colon < 0 or e0 - colon < 20:
            continue
        head = text[s0:colon]
        if not pat.ONE_ANNOUNCED.search(head) or _GOVERNMENT.search(head):
            continue  # ("Ik neem de volgende aanbeveling over: …": the answer)
        s, e = _strip_markup(text, colon + 1, e0)
        s, e = forms.unquote(text, s, e)
        if e - s >= 20 and not pat.LIST_START.match(text, s) and forms.is_recommendation_shaped(text[s:e]):
            out.append(Cand(None, s, e, priority=3, by=list(by), to_from_text=True))
    return out


#: The government in the announcing part: "Ik neem de volgende aanbeveling over:", "Het kabinet
#: reageert als volgt op de aanbeveling:".
_GOVERNMENT = re.compile(r"\b(?:ik|wij|we|mijn|ons|onze|het\s+kabinet|de\s+regering)\b", re.IGNORECASE)


def colon_series(text: str, spans: list[tuple[int, int]], by: list[str]) -> list[Cand]:
    """Recommendations run into one sentence after a colon, separated by ";" and without markers:
    "Zij komen tot drie aanbevelingen: het Rijk moet …; de IDO's moeten …; uitvoeringsorganisaties
    moeten …". The part before the colon announces them (a count or "de volgende"), and every part
    after it reads as a recommendation; they are numbered 1, 2, … in order."""
    out: list[Cand] = []
    for s0, e0 in spans:
        colon = text.find(":", s0, e0)
        if colon < 0 or ";" not in text[colon:e0]:
            continue
        head = text[s0:colon]
        if not P_REC.ANNOUNCED_RECOMMENDATIONS.search(head) or _GOVERNMENT.search(head):
            continue
        parts: list[tuple[int, int]] = []
        start = colon + 1
        for k in [*(i for i in range(colon + 1, e0) if text[i] == ";"), e0]:
            ps, pe = _strip_markup(text, start, k)
            while pe > ps and text[pe - 1] in ".;":
                pe -= 1
            lead = _LAST_JOINER.match(text, ps, pe)  # "…; en uitvoeringsorganisaties moeten …"
            if lead is not None:
                ps = lead.end()
            if pe > ps:
                parts.append((ps, pe))
            start = k + 1
        if len(parts) < 2 or not all(forms.is_recommendation_shaped(text[a:b]) for a, b in parts):
            continue
        out.extend(
            Cand(n, a, b, priority=2, by=list(by), to_from_text=True) for n, (a, b) in enumerate(parts, 1)
        )
    return out
