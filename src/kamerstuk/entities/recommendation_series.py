"""Recommendations that come in series, for `kamerstuk.entities.recommendations.find_recommendations`.

Three forms of reaction letters, each a pure function over text with offsets:

* several recommendations in one prose sentence: "De raad beveelt aan om X te doen, om Y te
  regelen en om Z te onderzoeken", "adviseert … X te verlengen, Y te verbeteren en Z te
  evalueren" (`split_series`: one span per coordinated "te"-clause, in order);
* recommendation and reaction in alternating paragraphs after a lead that names the
  recommendations, as letters answer "per aanbeveling" and as a Markdown table
  "| Aanbeveling | Reactie |" reads row by row (`alternating_lists`);
* recommendations quoted one after the other after a lead with a colon: "Zij doen twee
  aanbevelingen: «…» en «…»." (`inline_quotes`);
* recommendations to several parties in one list: "Aan het Rijk:" / "Aan gemeenten:" groups of
  bullets, where one bullet may hold two instructions (`party_lists`).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from kamerstuk.entities import recommendation_forms as forms
from kamerstuk.patterns import recommendations as pat

__all__ = [
    "PartyItem",
    "alternating_lists",
    "inline_numbered",
    "inline_quotes",
    "party_bullets",
    "party_lists",
    "split_series",
]

_PARAGRAPH = re.compile(r"[^\n](?:[^\n]|\n(?![ \t]*\n))*")
_FIRST_PERSON = re.compile(r"\b(?:ik|wij|we|mijn|onze|ons)\b", re.IGNORECASE)
_LINE = re.compile(r"[^\n]+")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?:])\s+")
_SENTENCE = re.compile(r"[^.!?]+[.!?]?")
_BULLET = re.compile(r"[ \t]*+(?:[-•–▪*]|\d{1,2}[.)])[ \t]++(?=\S)")

#: A single inline number continues a count only near the sentence's start: "Aan mij vraagt de inspectie (4) …".
_SINGLE_MARKER_REACH = 80
#: A paragraph standing for one recommendation in an alternating series: at most this many words.
MAX_ALTERNATING_WORDS = 60
#: At most this many answer (or explanation) paragraphs between two recommendations.
MAX_ANSWER_PARAGRAPHS = 4


def inline_numbered(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """The recommendations a prose sentence ``text[start:end]`` numbers inline: "De inspectie beveelt aan om (1) X te
    controleren, (2) Y te geven en (3) Z te registreren." -> (1, X), (2, Y), (3, Z) as (number, start, end); a sentence
    with one such marker ("Aan mij vraagt de inspectie (4) W te geven.") gives that one, from its marker on. Markers
    count up by one; empty when there are none, or when they do not count up (round 64)."""
    # (not a number of a legal reference: "artikel 7, lid (2) van de wet")
    marks = [
        m
        for m in pat.INLINE_NUMBER_MARKER.finditer(text, start, end)
        if not pat.LEGAL_REFERENCE_BEFORE.search(text, max(start, m.start() - 20), m.start())
    ]
    if not marks:
        return []
    numbers = [int(m.group("num")) for m in marks]
    if any(b != a + 1 for a, b in itertools.pairwise(numbers)):
        return []
    if len(marks) == 1 and (numbers[0] < 2 or marks[0].start() - start > _SINGLE_MARKER_REACH):
        return []  # (one "(1)", or a number deep in the sentence, "…, lid (2) van de wet", counts nothing)
    out: list[tuple[int, int, int]] = []
    for k, m in enumerate(marks):
        e = marks[k + 1].start() if k + 1 < len(marks) else end
        piece = pat.INLINE_NUMBER_TAIL.search(text, m.end(), e)
        e = piece.start() if piece is not None else e
        if e > m.end():
            out.append((numbers[k], m.end(), e))
    return out


def split_series(text: str, start: int, end: int, verb_end: int) -> list[tuple[int, int]]:
    """The coordinated recommendations of one prose sentence ``text[start:end]`` whose
    recommendation verb ends at `verb_end`: one span per "te"-clause ("… om X in te richten, om Y
    te verkorten en om Z te geven"), the first one keeping the sentence's opening. A single
    clause, or clauses sharing one object ("te vereenvoudigen en te verduidelijken"), give the
    whole span."""
    cuts: list[tuple[int, int]] = []  # (end of a clause, start of the next)
    marked: list[bool] = []  # whether the separator repeats "om" or is a comma
    infinitives = list(pat.SERIES_INFINITIVE.finditer(text, max(start, verb_end), end))
    for one, two in itertools.pairwise(infinitives):
        # the last separator before the next infinitive opens its clause
        sep = None
        for found in pat.SERIES_SEPARATOR.finditer(text, one.end(), two.start()):
            sep = found
        if sep is None:
            continue
        nxt = sep.end()
        # a clause of its own: not a purpose or relative clause, and with its own object
        # ("… te evalueren en zo nodig aan te passen" is one recommendation)
        # (a repeated "om" opens one without an object too: "…, en om te onderzoeken of …")
        om_alone = "om" in sep.group(0).split() and text.startswith("te ", nxt) and nxt == two.start()
        if not om_alone and (pat.SERIES_NOT_NEW.match(text, nxt) or len(text[nxt : two.start()].split()) < 2):
            continue
        if pat.TAKES_UP_BEFORE.match(text, nxt):
            continue  # "…, en om daarop een weerlegging klaar te hebben": the clause before, taken up
        if sep.group(0).strip() == "," and pat.QUESTION_AFTER_INFINITIVE.match(text, one.end()):
            # "om te onderzoeken of een heffing op grond die wordt verpacht, jonge boeren kan helpen grond te
            # verwerven": a bare comma inside the question the first clause asks, no clause of its own
            continue
        if sep.group(0).strip() == "," and pat.APPOSITION_OPENING.search(text, one.end(), sep.start()):
            # "om platforms te verplichten de totale prijs, inclusief opgeld en verzendkosten, al tijdens het bieden te
            # tonen": the comma closes an apposition inside the one clause (round 48)
            continue
        cuts.append((sep.start(), nxt))
        # (", en" between two clauses is no list: "om hobbyhouders de mogelijkheid te geven …, en de kosten daarvan te
        # dragen" is one request with two parts; a third clause still makes a series)
        words = sep.group(0).replace(",", " , ").split()
        marked.append("om" in words or ("," in words and "en" not in words))
    # Two clauses joined by a bare "en" are one recommendation with two parts ("om de aftrek
    # sneller af te bouwen en de vrijkomende middelen in te zetten voor …"); a repeated "om" or a
    # list with commas makes them several ("om X te doen en om Y te regelen", "X, Y en Z").
    if not cuts or (len(cuts) == 1 and not marked[0]):
        return [(start, end)]
    pieces: list[tuple[int, int]] = []
    s = start
    for clause_end, nxt in cuts:
        pieces.append((s, clause_end))
        s = nxt
    pieces.append((s, end))
    return pieces


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _PARAGRAPH.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s] in " \t\n*_":
            s += 1
        while e > s and text[e - 1] in " \t\n*_":
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _answers(par: str) -> bool:
    """Whether a paragraph reads as the government's answer (or its reaction label)."""
    return bool(
        pat.ANSWER_OPENER.match(par)
        or _FIRST_PERSON.search(par)
        or pat.GOVERNMENT_SUBJECT.match(par)
        or pat.NOT_RECOMMENDER.match(par)
    )


def _recommendation_paragraph(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The recommendation span of a paragraph that is one recommendation (quoted or not), else None."""
    qs, qe = forms.unquote(text, s, e)
    par = text[qs:qe]
    words = par.split()
    if not 3 <= len(words) <= MAX_ALTERNATING_WORDS or par.endswith((":", "?")):
        return None
    if _answers(par) or pat.RECOMMENDATION_HEADING.match(par) or forms.mentions_recommendations(par):
        return None
    if not forms.is_recommendation_shaped(par):
        return None
    # ("De raad beveelt aan om …. Daarnaast adviseert de raad het Rijk om …": two recommendations in prose, each with its
    # recommender, are no one recommendation of a series; round 51)
    sentences = [(m.start() + qs, m.end() + qs) for m in _SENTENCE.finditer(par)]
    if len({h.sentence for h in forms.prose_recommendations(text, sentences)}) >= 2:
        return None
    return qs, qe


def _lead(text: str, s: int, e: int) -> bool:
    """Whether a paragraph leads a series: one of its last two sentences mentions recommendations
    and does not announce topics or measures, or asks for an answer "per aanbeveling"."""
    tail = text[max(s, e - pat.MAX_LEAD_CHARS) : e]
    for sentence in [x for x in _SENTENCE_SPLIT.split(tail) if x.strip()][-2:]:
        if pat.PER_RECOMMENDATION.search(sentence):
            return True
        if (
            forms.mentions_recommendations(sentence)
            and not forms.announces_other(sentence)
            # ("Deze aanbeveling raakt ook de andere donoren": the answer to the one before it)
            and not (pat.ONE_RECALLED.search(sentence) and not pat.SOME_PLURAL.search(sentence))
            # ("De tweede aanbeveling is om in iedere regio één loket in te richten.": a recommendation restated by
            # its ordinal, which leads no series of paragraphs)
            and not pat.ORDINAL_NOUN_OPENER.match(sentence.strip())
        ):
            return True
    return False


def alternating_lists(text: str) -> list[forms.BlockList]:
    """Recommendations in alternating paragraphs: a lead naming the recommendations, then a
    paragraph that is one recommendation (an instruction or obligation, quoted or not), the
    answer under it ("Reactie: …", "Overgenomen.", "Ik neem deze aanbeveling over …"), the next
    recommendation, and so on. A number-only paragraph (a table's first column) may stand before
    each recommendation. At least two pairs; ordinals by position."""
    paras = _paragraphs(text)
    out: list[forms.BlockList] = []
    i = 0
    while i < len(paras):
        ls, le = paras[i]
        if not _lead(text, ls, le):
            i += 1
            continue
        items: list[forms.BlockItem] = []
        j = i + 1
        while j < len(paras):
            k = j
            if pat.NUMBER_CELL.match(text, paras[k][0], paras[k][1]) and k + 1 < len(paras):
                k += 1
            span = _recommendation_paragraph(text, *paras[k])
            if span is None:
                break
            # the answer: one to MAX_ANSWER_PARAGRAPHS paragraphs, the first of them answering
            a = k + 1
            if a >= len(paras) or not _answers(text[paras[a][0] : paras[a][1]]):
                break
            items.append(forms.BlockItem(len(items) + 1, span[0], span[1], None, None))
            a += 1
            limit = a + MAX_ANSWER_PARAGRAPHS - 1
            while a < len(paras) and a < limit:
                ps, pe = paras[a]
                nxt = a + 1 if pat.NUMBER_CELL.match(text, ps, pe) and a + 1 < len(paras) else a
                if _recommendation_paragraph(text, *paras[nxt]) is not None:
                    break
                if not _answers(text[ps:pe]):
                    break
                a += 1
            j = a
        if len(items) >= 2:
            out.append(forms.BlockList(text[ls:le], ls, items, strong=True, has_explanations=False))
            i = j
        else:
            i += 1
    return out


@dataclass
class PartyItem:
    """One recommendation of a party list: its span, position and the party it is addressed to."""

    ordinal: int
    start: int
    end: int
    to: str


#: Bullets run together on one line, as a reader joins a list's lines: "- Stel … vermeld; - Verplicht …".
_INLINE_BULLET = re.compile(r"(?<=;)[ \t]+[-–•][ \t]+(?=\w)")


def _split_item(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """A bullet holding two instructions ("Zorg voor X en maak afspraken over Y.") as two spans; bullets run
    together on one line ("… vermeld; - Verplicht …") as one span each."""
    cuts = [m for m in _INLINE_BULLET.finditer(text, s, e)]
    if cuts:
        bounds = [s, *(x for m in cuts for x in (m.start(), m.end())), e]
        return [
            span for a, b in zip(bounds[::2], bounds[1::2], strict=True) for span in _split_item(text, a, b)
        ]
    for m in pat.COORDINATED_IMPERATIVE.finditer(text, s, e):
        if m.group("verb") in pat.IMPERATIVE_VERBS and m.start() > s:
            return [(s, m.start()), (m.start("verb"), e)]
    return [(s, e)]


def _party(text: str, s: int, e: int) -> str | None:
    """The party a group line addresses: "Aan gemeenten:" gives "gemeenten"; a line "Aan de
    Voorzitter van …" without colon (a letter's addressee) or "Aanbevelingen aan …" as a heading."""
    m = pat.ADDRESSEE_LINE.match(
        text[s:e]
    )  # (a slice: the group line may end a lead's line, see `_party_tail`)
    if m is None:
        return None
    line = text[s:e].strip(" \t*")
    if not line.endswith(":") and not line.lower().startswith("aanbeveling"):
        return None
    return m.group("to").strip(" *:")


def _party_tail(text: str, s: int, e: int) -> int | None:
    """Where a group line "Aan …:" starts as the last sentence of the line `text[s:e]`, after a sentence that
    mentions recommendations ("De OVV doet vier aanbevelingen. Aan de Minister van …:"), or None."""
    line = text[s:e]
    if not line.rstrip(" *\t").endswith(":"):
        return None
    cut = line.rfind(". ")
    if cut < 0:
        return None
    start = s + cut + 2
    if not forms.mentions_recommendations(text[s:start]) or _party(text, start, e) is None:
        return None
    return start


def party_lists(text: str) -> list[tuple[str, int, list[PartyItem]]]:
    """Lists of recommendations grouped by the party they address: after a lead that mentions
    recommendations, lines "Aan het Rijk:" / "Aan gemeenten:" / "Aanbevelingen aan de sector",
    each followed by bullet or numbered lines. Returns (lead, lead start, items) with ordinals by
    position over all groups and `to` the party as written. At least two groups."""
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    out: list[tuple[str, int, list[PartyItem]]] = []
    i = 0
    while i < len(lines):
        s, e = lines[i]
        # the first group's line may end the lead's own line: "De OVV doet vier aanbevelingen. Aan de Minister
        # van Infrastructuur en Waterstaat:" (the lead is the line up to its last sentence)
        tail = _party_tail(text, s, e)
        if _party(text, s, e) is None and tail is None:
            i += 1
            continue
        # the lead: the last non-empty line before the first group (or the start of this one)
        k = i - 1
        lead_span = (s, tail) if tail is not None else lines[k] if k >= 0 else None
        led = lead_span is not None and forms.mentions_recommendations(text[lead_span[0] : lead_span[1]])
        if not led and not text[s:e].lstrip(" *").lower().startswith("aanbeveling"):
            i += 1
            continue
        items: list[PartyItem] = []
        groups = 0
        j = i
        while j < len(lines):
            gs, ge = lines[j]
            if j == i and tail is not None:
                gs = tail
            party = _party(text, gs, ge)
            if party is None:
                break
            j += 1
            n = 0
            while j < len(lines):
                bs, be = lines[j]
                bm = _BULLET.match(text, bs, be)
                if bm is None:
                    break
                for a, b in _split_item(text, *forms._strip(text, bm.end(), be)):
                    a, b = forms._strip(text, a, b)
                    if b > a:
                        items.append(PartyItem(len(items) + 1, a, b, party))
                        n += 1
                j += 1
            if n == 0:
                break
            groups += 1
        if groups >= 2 and items:
            lead = text[lead_span[0] : lead_span[1]] if lead_span is not None else ""
            out.append((lead, lead_span[0] if lead_span is not None else s, items))
            i = j
        else:
            i += 1
    return out


def inline_quotes(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """(start, end, lead start) of each recommendation quoted after a lead with a colon in one
    sentence: "De onderzoekers doen twee aanbevelingen: «Gebruik overal hetzelfde instrument» en
    «Voer een eigen bijdrage in»." The lead must mention recommendations, or be a body's verb of
    saying ("De Aw schrijft: «Leg … vast …»", see `QUOTE_LEAD`) before a quote that reads as a
    recommendation; each quote holds at least three words."""
    out: list[tuple[int, int, int]] = []
    for s, e in spans:
        colon = text.find(":", s, e)
        while colon >= 0 and text.count("(", s, colon) > text.count(")", s, colon):
            colon = text.find(":", colon + 1, e)  # "(hierna: de Onderzoeksraad)" is no lead's colon
        if colon < 0:
            # (or no colon, a body's verb of recommending right before two or more quotes: "Daarnaast adviseert de
            # raad «…» en «…»"; one quote so led is read as prose, in its series)
            first = pat.INLINE_QUOTE.search(text, s, e)
            if first is None or pat.RECOMMENDING_QUOTE_LEAD.fullmatch(text, s, first.start()) is None:
                continue
            quotes = [
                m
                for m in pat.INLINE_QUOTE.finditer(text, first.start(), e)
                if len(m.group("q").split()) >= 3 and forms.is_recommendation_shaped(m.group("q"))
            ]
            if len(quotes) >= 2:
                out.extend((m.start("q"), m.end("q"), s) for m in quotes)
            continue
        # (or a body's words quoted after a verb of saying, when they read as a recommendation: "De Aw
        # schrijft: «Leg in regelgeving vast dat corporaties …»")
        said = pat.QUOTE_LEAD.match(text, s, colon) is not None
        if not said and not forms.mentions_recommendations(text[s:colon]):
            continue
        for m in pat.INLINE_QUOTE.finditer(text, colon, e):
            if pat.TITLE_BEFORE_QUOTE.search(text, max(s, m.start() - 40), m.start()):
                continue  # "het advies «Draden onder water» van de AIV": a report's title
            if len(m.group("q").split()) >= 3 and (not said or forms.is_recommendation_shaped(m.group("q"))):
                out.append((m.start("q"), m.end("q"), s))
    return out


def party_bullets(text: str) -> list[tuple[str, int, list[PartyItem]]]:
    """Bullets that each name their party before a colon, after a lead that mentions
    recommendations: "- Ziekenhuizen: verstuur …", "- Minister van VWS: verplicht … en start …".
    Returns (lead, lead start, items) like `party_lists`; a bullet holding two instructions gives
    two items. At least two such bullets, each reading as a recommendation."""
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    out: list[tuple[str, int, list[PartyItem]]] = []
    i = 0
    while i < len(lines):
        run: list[tuple[str, int, int]] = []  # (party, start of the recommendation, line end)
        j = i
        while j < len(lines):
            s, e = lines[j]
            m = pat.PARTY_BULLET.match(text, s, e)
            if m is None or not forms.is_recommendation_shaped(text[m.end() : e]):
                break
            run.append((m.group("party"), m.start("party"), e))
            j += 1
        if len(run) < 2 or i == 0:
            i = max(j, i + 1)
            continue
        ls, le = lines[i - 1]
        if not forms.mentions_recommendations(text[ls:le]):
            i = j
            continue
        items: list[PartyItem] = []
        for party, s, e in run:
            rest = pat.PARTY_BULLET.match(text, text.rfind("\n", 0, s) + 1, e)
            body = rest.end() if rest is not None else s
            pieces = _split_item(text, body, e)
            if len(pieces) > 1:  # two instructions: each its own, without the party's name
                spans = [forms._strip(text, a, b) for a, b in pieces]
            else:  # one: the bullet as written, party and all
                spans = [forms._strip(text, s, e)]
            for a, b in spans:
                if b > a:
                    items.append(PartyItem(len(items) + 1, a, b, party))
        out.append((text[ls:le], ls, items))
        i = j
    return out
