"""Recommendations in the forms real reaction letters use beyond ordinal sentences and colon lists.

Used by `kamerstuk.entities.recommendations.find_recommendations` (see docs/recommendations.md):

* block lists: numbered, lettered or bulleted items at the start of a line, each possibly
  followed by an explanation paragraph ("1. Stel concrete doelen op.\\n\\nDoelen geven …"),
  after a lead that names the report's recommendations, even loosely ("De belangrijkste
  aanbevelingen uit … sluiten nauw bij elkaar aan."). A loose lead needs items that read as
  recommendations (imperative, "moet/dient/zou moeten", an infinitive clause);
* prose: "De raad beveelt aan om …", "De Rli adviseert het kabinet om …", "De commissie doet
  de aanbeveling …", "Daarnaast wordt aanbevolen …";
* quotations after such a verb or lead: "De Raad adviseert: “Maak één loket.”".

Pure functions over text with offsets. Every scan is one pass over the text or over its
sentence spans; nothing is searched again per item.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from kamerstuk.patterns import recommendations as pat
from kamerstuk.patterns.stance import STATUS_VERDICT

__all__ = [
    "BlockItem",
    "BlockList",
    "EmbeddedHit",
    "ProseHit",
    "block_lists",
    "embedded_recommendations",
    "is_recommendation_shaped",
    "lead_source",
    "names_recommender",
    "prose_recommendations",
    "quoted_lists",
    "unquote",
]

#: A list marker at the start of a line: "1.", "1)", "(1)", "a.", "b)", bullets "-", "•", "–",
#: "▪", "·", with optional Markdown bold around a number.
_LINE_MARKER = re.compile(
    r"(?m)^[ \t]*+\**+(?:(?P<num>\d{1,2})(?:\)\.|[.)])|\((?P<pnum>\d{1,2})\)|(?P<let>[a-h])[.)]"
    r"|(?P<rom>i|ii|iii|iv|v|vi|vii|viii|ix|x)[.)]"
    r"|(?P<bullet>[-•–▪·]))\**[ \t]++(?=\S)"
)
_BLANK = re.compile(r"\n[ \t]*\n")
_SENTENCE_END = re.compile(r"[.!?][\"»”’)]*(?=\s|$)")
_WORD = re.compile(r"[\w'’-]+")
_FIRST_PERSON = re.compile(r"\b(?:ik|wij|we|mijn|onze|ons)\b", re.IGNORECASE)
_OPEN_QUOTES = "«“„\"‘'"
_CLOSE_QUOTES = "»”\"’'"

#: Longest stretch between two items of one numbered list (explanation paragraphs included).
MAX_ITEM_GAP = 4000
#: How far before a list its lead may stand.
MAX_LEAD_DISTANCE = 800


@dataclass
class BlockItem:
    """One item of a block list: its ordinal, the recommendation (headline) and its explanation."""

    ordinal: int
    start: int
    end: int
    explanation: tuple[int, int] | None
    source: str | None  # a source marked on the item itself: "(SER)"


@dataclass
class BlockList:
    """A list of recommendations with its lead sentence."""

    lead: str
    lead_start: int
    items: list[BlockItem]
    strong: bool  # the lead announces recommendations (else: loose lead, items read as such)
    has_explanations: bool


@dataclass
class ProseHit:
    """A sentence (or the quotation in it) restating a recommendation."""

    start: int
    end: int
    sentence: tuple[int, int]
    verb_end: int = -1  # where the recommendation verb ends (coordinated clauses follow it)


def _blank_lines(text: str) -> list[int]:
    return [m.start() for m in _BLANK.finditer(text)]


def _next_at(starts: list[int], pos: int) -> int | None:
    k = bisect.bisect_left(starts, pos)
    return starts[k] if k < len(starts) else None


def _sentence_end(text: str, start: int, limit: int) -> int:
    """Just after the first sentence end in ``text[start:limit]`` (not after "bijv." etc.), else `limit`."""
    for m in _SENTENCE_END.finditer(text, start, limit):
        before = text[max(start, m.start() - 8) : m.start()]
        word = re.search(r"([\w.]+)$", before)
        if word is not None and word.group(1).lower() in pat.ABBREVIATIONS:
            continue
        return m.end()
    return limit


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span past whitespace, Markdown emphasis and a trailing ";" / ","."""
    while start < end and text[start] in " \t\n*_":
        start += 1
    while end > start and text[end - 1] in " \t\n*_;,":
        end -= 1
    return start, end


def unquote(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop quotation marks that enclose the whole span (a final full stop may follow the closer)."""
    if end - start < 3 or text[start] not in _OPEN_QUOTES:
        return start, end
    close = end - 1
    if text[close] in ".;" and close - 1 > start:
        close -= 1
    if text[close] in _CLOSE_QUOTES:
        return _strip(text, start + 1, close)
    return start, end


def is_instruction(sentence: str) -> bool:
    """Whether a sentence opens with an imperative verb ("Verleng …", "Wijs … op", "Investeer …"): the instruction
    form of `is_recommendation_shaped`, without its modal and infinitive forms."""
    s = sentence.strip().lstrip("*_«“„\"‘'([ ")
    m = _WORD.match(s)
    if m is None:
        return False
    first = m.group().lower()
    return (
        first in pat.IMPERATIVE_VERBS
        or pat.SEPARABLE_IMPERATIVE.match(s) is not None
        or (
            len(first) >= 7
            and first not in pat.NOT_IMPERATIVE
            and pat.IMPERATIVE_EER.search(first) is not None
        )
    )


def is_recommendation_shaped(sentence: str) -> bool:
    """Whether a list item reads as a recommendation: an instruction ("Stel …", "Investeer …"),
    an obligation or wish ("Het Rijk moet …", "Er zou … moeten …"), an infinitive clause
    ("het wettelijk kader te verduidelijken") or a nominalised action ("Het verder onderzoeken van
    …"). Questions and bare noun phrases ("Meer handhaving in de wijk.") are not."""
    s = sentence.strip().lstrip("*_«“„\"‘'([ ")
    if not s or s.rstrip("*_»”\"’') ").endswith("?"):
        return False
    m = _WORD.match(s)
    if m is None:
        return False
    first = m.group().lower()
    if first in pat.IMPERATIVE_VERBS or pat.SEPARABLE_IMPERATIVE.match(s):
        return True
    if len(first) >= 7 and first not in pat.NOT_IMPERATIVE and pat.IMPERATIVE_EER.search(first):
        return True
    if pat.INFINITIVE_ITEM.search(s[:200]):
        return True
    return bool(pat.MODAL_ITEM.search(s[:300]))


def _lead_class(text: str, sentences: list[tuple[int, int]]) -> tuple[bool, bool, str] | None:
    """Classify the lead sentences before a list (nearest last): (strong, loose, lead text).

    Strong: the nearest sentence announces recommendations ("de volgende aanbevelingen", "vier
    aanbevelingen", "Aanbevelingen van …", or ends in a colon with a recommendation verb and a
    recommender that is not the government). Loose: it, or the one before, mentions them. None:
    no lead, or a lead announcing topics, measures, aims or questions."""
    if not sentences:
        return None
    s, e = sentences[-1]
    last = text[s:e]
    if announces_other(last):
        if len(sentences) > 1 and pat.ANNOUNCED_PART.match(last):
            # "De commissie doet vier aanbevelingen. De tweede bestaat uit drie onderdelen.": the parts
            # belong to one of the recommendations announced just before
            ps, pe = sentences[-2]
            prev = text[ps:pe]
            if pat.ANNOUNCED_RECOMMENDATIONS.search(prev) and not (
                pat.GOVERNMENT_SUBJECT.match(prev) or pat.NOT_RECOMMENDER.match(prev)
            ):
                return True, False, prev
        return None
    government = bool(pat.GOVERNMENT_SUBJECT.match(last) or pat.NOT_RECOMMENDER.match(last))
    if pat.ANNOUNCED_RECOMMENDATIONS.search(last) and not (government and not mentions_recommendations(last)):
        return True, False, last
    if len(sentences) > 1 and pat.ELLIPTIC_COUNT.search(last) and not government:
        # "Hieronder ga ik op elk van haar aanbevelingen in. De commissie doet er vijf:": the noun left out
        ps, pe = sentences[-2]
        if mentions_recommendations(text[ps:pe]):
            return True, False, last
    colon = last.rstrip(" *").endswith(":")
    if (
        colon
        and pat.RECOMMENDATION_TRIGGER.search(last)
        and not government
        and not _FIRST_PERSON.search(last)
    ):
        return True, False, last
    if mentions_recommendations(last):
        return False, True, last
    if len(sentences) > 1:
        ps, pe = sentences[-2]
        prev = text[ps:pe]
        if mentions_recommendations(prev) and not announces_other(prev):
            return False, True, prev
    return None


def mentions_recommendations(sentence: str) -> bool:
    """Whether `sentence` mentions recommendations (`pat.LEAD_MENTION`); a sentence without a
    piece of `pat.LEAD_MENTION_KEYS` is ruled out without a search (most of a letter)."""
    low = sentence.lower()
    if not any(key in low for key in pat.LEAD_MENTION_KEYS):
        return False
    return pat.LEAD_MENTION.search(sentence) is not None


_RECOMMENDER_VERB = re.compile(r"^(?:bevee|beve|beva|advis|raad|rade|pleit|roep|riep|stel)", re.IGNORECASE)


def recommender_speaks(sentence: str) -> bool:
    """Whether `sentence` has a recommender (not the government, not the first person) as the
    subject of a recommendation verb: "De commissie beveelt de volgende maatregelen aan:"."""
    m = pat.PROSE_VERB.match(sentence.strip())
    if m is None or not _RECOMMENDER_VERB.match(m.group("verb")):
        return False
    np = m.group("np")
    return not (_FIRST_PERSON.search(np) or pat.NOT_RECOMMENDER.match(np) or pat.GOVERNMENT_SUBJECT.match(np))


def announces_other(lead: str) -> bool:
    """Whether a lead announces the letter's topics, the government's measures, aims, questions
    or motions rather than recommendations (a recommender proposing "maatregelen" still counts).
    Findings named as the ground of the recommendations are not announced: "Op grond van deze
    bevindingen doen de evaluatoren vier aanbevelingen:"."""
    for m in pat.OTHER_ANNOUNCEMENT.finditer(lead):
        if pat.GROUND_BEFORE.search(lead, 0, m.start()) and pat.ANNOUNCED_RECOMMENDATIONS.search(
            lead, m.end()
        ):
            continue
        if pat.LETTER_OPENER_ANNOUNCEMENT.match(m.group(0)) and pat.ANNOUNCED_RECOMMENDATIONS.search(
            lead, m.end()
        ):
            # "In deze brief geeft het kabinet zijn reactie op de vijf aanbevelingen van de inspectie, die ik hieronder
            # een voor een weergeef": what this letter goes through is the recommendations (round 62)
            continue
        return not recommender_speaks(lead)
    return False


def lead_source(lead: str) -> str | None:
    """The report(s) a lead names as the source of its recommendations: "aanbevelingen uit de
    SER-verkenning en de ICER" gives "SER-verkenning en ICER"; None when it names none."""
    from kamerstuk.entities.report import read_names  # local: report imports the patterns only

    m = pat.LEAD_SOURCE.search(lead)
    if m is None:
        return None
    names, _ = read_names(lead, m.start("src"))
    bare = [pat.ARTICLE.sub("", n).strip() for n in names]
    bare = [n for n in bare if n[:1].isupper()]  # "uit het rapport" names no report
    if not bare:
        return None
    return " en ".join(bare)


def item_source(text: str, start: int, end: int) -> tuple[int, str | None]:
    """The source tag at a list item's end ("… vast (Rli, TCB);" gives "Rli en TCB") and the
    item's end without it; (end, None) when it has none."""
    m = pat.ITEM_SOURCE.search(text, max(start, end - 60), end)
    if m is None:
        return end, None
    cut = m.start()
    while cut > start and text[cut - 1] in " \t":
        cut -= 1
    return cut, re.sub(r"\s*(?:,|/|&)\s*", " en ", m.group("src"))


def _headline(text: str, start: int, block_end: int) -> int:
    """End of an item's recommendation in its block: its first sentence, extended by the next
    sentences while they read as recommendations too ("Stel doelen op. Leg ze vast in de wet.")."""
    end = _sentence_end(text, start, block_end)
    while end < block_end:
        k = end
        while k < block_end and text[k] in " \t\n":
            k += 1
        if k >= block_end:
            break
        nxt = _sentence_end(text, k, block_end)
        if not is_recommendation_shaped(text[k:nxt]) or pat.MODAL_ITEM.match(text, k):
            break
        word = _WORD.match(text, k)
        if word is None or word.group().lower() not in pat.IMPERATIVE_VERBS:
            break  # only a further instruction continues the recommendation
        end = nxt
    return end


def _kind_value(m: re.Match[str]) -> tuple[str, int]:
    if m.group("num"):
        return "num", int(m.group("num"))
    if m.group("pnum"):
        return "pnum", int(m.group("pnum"))
    if m.group("let"):
        return "let", ord(m.group("let")) - ord("a") + 1
    if m.group("rom"):
        return "rom", pat.ROMAN[m.group("rom")]
    return "bullet", 0


def _runs(text: str, blanks: list[int]) -> list[list[tuple[int, int, int]]]:
    """Runs of list markers at line starts: (marker start, marker end, value), numbered 1, 2, 3 …
    (explanations may stand between items) or bullets that follow one another directly."""
    runs: list[list[tuple[int, int, int]]] = []
    open_runs: dict[str, list[tuple[int, int, int]]] = {}
    for m in _LINE_MARKER.finditer(text):
        kind, value = _kind_value(m)
        cur = open_runs.get(kind)
        if kind == "bullet":
            if cur is not None:
                prev_start = cur[-1][0]
                brk = _next_at(blanks, prev_start)
                # Bullets continue a run when no paragraph of other text stands between them.
                between_ok = brk is None or brk > m.start() or not text[brk : m.start()].strip()
                if between_ok and m.start() - prev_start <= MAX_ITEM_GAP:
                    cur.append((m.start(), m.end(), 0))
                    continue
                runs.append(cur)
            open_runs[kind] = [(m.start(), m.end(), 0)]
            continue
        if value == 1:
            if cur is not None:
                runs.append(cur)
            open_runs[kind] = [(m.start(), m.end(), 1)]
        elif cur is not None and value == cur[-1][2] + 1 and m.start() - cur[-1][0] <= MAX_ITEM_GAP:
            cur.append((m.start(), m.end(), value))
    runs.extend(open_runs.values())
    runs.sort()
    return [r for r in runs if len(r) >= 2]


def block_lists(
    text: str, sentences: list[tuple[int, int]], *, require_explanations_for_strong: bool = True
) -> list[BlockList]:
    """Lists of recommendations at line starts, with the explanation under each item.

    `sentences` are the text's sentence spans (sorted). A list after a strong lead is returned
    only when its items have explanations (a plain list after "… de volgende aanbevelingen:" is
    left to the colon-list reader) unless `require_explanations_for_strong` is False."""
    blanks = _blank_lines(text)
    ends = [e for _, e in sentences]
    out: list[BlockList] = []
    for run in _runs(text, blanks):
        first = run[0][0]
        k = bisect.bisect_right(ends, first) - 1
        lead_sents = [sp for sp in sentences[max(0, k - 1) : k + 1] if sp[1] <= first]
        lead_sents = [sp for sp in lead_sents if first - sp[1] <= MAX_LEAD_DISTANCE]
        # Only the last MAX_LEAD_CHARS of a lead count: a "sentence" without full stops that runs
        # over many lists is read once per list otherwise.
        lead_sents = [(max(s0, e0 - pat.MAX_LEAD_CHARS), e0) for s0, e0 in lead_sents]
        cls = _lead_class(text, lead_sents)
        if cls is None:
            continue
        strong, _loose, lead = cls
        lead_start = text.find(lead, max(0, first - MAX_LEAD_DISTANCE - len(lead)))
        items: list[BlockItem] = []
        under: list[tuple[int, int, bool]] = []  # per item: the text under it and whether it answers
        explained = False
        gaps: list[int] = []
        for i, (_ms, me, value) in enumerate(run):
            nxt_marker = run[i + 1][0] if i + 1 < len(run) else None
            brk = _next_at(blanks, me)
            block_end = min(x for x in (brk, nxt_marker, len(text)) if x is not None)
            line_marker = _LINE_MARKER.search(text, me, block_end)
            if line_marker is not None:
                block_end = line_marker.start()  # a nested item ends the headline's block
            s, e = _strip(text, me, _headline(text, me, block_end))
            if e <= s:
                continue
            # Explanation: the rest of the block and the paragraphs up to the next item.
            if nxt_marker is not None:
                ex_end = nxt_marker
            else:
                ex_end = block_end
                extra = max(gaps) if gaps else 0
                for _ in range(extra):
                    b2 = _next_at(blanks, ex_end + 1)
                    following = b2 if b2 is not None else len(text)
                    if not text[ex_end:following].strip():
                        break
                    ex_end = following
            xs, xe = _strip(text, e, ex_end)
            xs, xe = (xs, xe) if xe > xs else (e, e)
            answered = xe > xs and _answers(text[xs : min(xe, xs + 200)])
            under.append((xs, xe, answered))
            if xe > xs and not answered:
                explained = True  # (text under an item that does not open as an answer: no plain list)
                gaps.append(text.count("\n\n", e, ex_end))  # (how far the last item's explanation may reach)
            e, src = item_source(text, s, e)
            s, e = unquote(text, s, e)
            items.append(BlockItem(value, s, e, None, src))
        # "Overgenomen. Vanaf 1 juli …" under an item: the government's answer, no explanation. Where most items have
        # their answer under them, so has the one whose answer opens on another party ("De Federatie … heeft de richtlijn
        # in 2025 herzien"; round 62).
        answers_under = sum(a or _states_a_stance(text[xs:xe]) for xs, xe, a in under if xe > xs) * 2 > len(
            under
        )
        for item, (xs, xe, answered) in zip(items, under, strict=True):
            if xe > xs and not answered and not answers_under:
                item.explanation = (xs, xe)
        if run[0][2] == 0:  # bullets: numbered by position
            for pos, item in enumerate(items, start=1):
                item.ordinal = pos
        if len(items) < 2:
            continue
        if strong:
            colon_lead = lead.rstrip(" *").endswith(":")
            if require_explanations_for_strong and colon_lead and not explained:
                continue  # the colon-list reader has it
            if sum(text[it.start : it.end].rstrip().endswith("?") for it in items) * 2 > len(items):
                continue
        else:
            shaped = [is_recommendation_shaped(text[it.start : it.end]) for it in items]
            if not shaped[0] or sum(shaped) * 2 < len(shaped):
                continue
        out.append(BlockList(lead, lead_start, items, strong, explained))
    return out


def _states_a_stance(text: str) -> bool:
    """Whether the government's stance can be read in `text` (the stance rules find a verdict in it): the text under a
    list item that is its answer, though it does not open as one ("Over deze aanbeveling neemt het kabinet nu geen
    besluit"). A report's own explanation holds none."""
    from kamerstuk.entities.stance import (
        classify_stance,
    )  # local: the stance readers import the patterns only

    return classify_stance(text).label is not None


def _answers(opening: str) -> bool:
    """Whether the paragraph under a list item opens as the government's answer, not the report's
    explanation: a verdict ("Overgenomen.", "Kennisgenomen.", "Dit gebeurt al."), a status label, or
    the first person or the government as subject."""
    return bool(
        pat.ANSWER_OPENER.match(opening)
        or pat.GOVERNMENT_SUBJECT.match(opening)
        or _FIRST_PERSON.match(opening)
        or STATUS_VERDICT.match(opening)
    )


def _quotation_in(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The (first) quotation of at least a few words inside ``text[start:end]``, as its inner span."""
    m = pat.QUOTATION.search(text, start, end)
    if m is None:
        return None
    group = next(g for g in ("q1", "q2", "q3") if m.group(g) is not None)
    s, e = _strip(text, m.start(group), m.end(group))
    if len(text[s:e].split()) < 3:
        return None
    return s, e


def prose_recommendations(
    text: str, sentences: list[tuple[int, int]], *, author_first_person: bool = False
) -> list[ProseHit]:
    """Sentences that restate a recommendation in prose, with the recommender as subject or in
    the passive. With `author_first_person` (a report's own text), "We bevelen aan …" counts.

    A sentence ending in a colon is a lead, and "doet … aanbevelingen" (plural) announces them;
    neither is a recommendation itself. When the sentence quotes the recommendation, the span is
    the quotation."""
    out: list[ProseHit] = []
    for s0, e0, tail in _with_colon_tails(text, sentences):
        s, e = _strip(text, s0, e0)
        sentence = text[s:e]
        if tail:
            sentence = sentence[:1].upper() + sentence[1:]  # read as a sentence of its own
        if len(sentence) < 20 or sentence.endswith("?") or pat.REACTION_OPENER.match(sentence):
            continue
        if pat.META_REQUEST.search(sentence):
            continue  # "… vraagt de partijen … te laten weten hoe zij die opvolgen": about the answers, none itself
        if pat.SIDE_TOPIC_ELSEWHERE.match(text, s, text.find("\n\n", s) % (len(text) + 1)):
            continue  # "Het rapport vraagt ook aandacht voor …. Daarover heeft de Minister van VWS … een afzonderlijke brief"
        if pat.COUNTED_THINGS_LEAD.search(sentence):
            continue  # "De onderzoekers bevelen drie dingen aan.": a lead counting what follows, none itself (round 63)
        hit = False
        m = None if pat.PROSE_PASSIVE.match(sentence) else pat.PROSE_VERB.match(sentence)
        verb_end = s + m.end() if m is not None else s
        if m is None:
            hit = bool(pat.PROSE_PASSIVE.match(sentence)) or according(sentence)
        else:
            np = m.group("np")
            verb = m.group("verb").lower()
            if pat.PERFECT_BEFORE_VERB.search(np):
                continue  # "De Griffie heeft aangeboden vragen … aan te leveren": "vragen" is a noun here
            # the complement stays in the verb's clause: "adviseerde een grens van 25 graden; dat advies
            # is niet overgenomen" has none ("dat" there opens the next clause)
            rest = sentence[m.end() :].split(";", 1)[0]
            if (joined := pat.GOVERNMENT_CLAUSE_JOINED.search(rest)) is not None:
                rest = rest[: joined.start()]  # "…, en het kabinet betrekt …": the government's clause
            key = next((k for k in pat.PROSE_COMPLEMENT if verb.startswith(k[:4])), None)
            if verb.startswith("bepl"):
                key = "bepl"  # "bepleit de raad een voorlichtingscampagne" (round 50)
            elif verb.startswith(("beval", "bevel")):
                key = "bevee"
            elif verb.startswith("raad") or verb.startswith("raden"):
                key = "raad"
            elif verb.startswith(("doe", "deed", "deden")):
                key = "doe"
            elif verb.startswith(("geef", "geven", "gaf", "gaven")):
                key = "geef"
            elif verb.startswith(("roep", "riep")):
                key = "roep"
            elif verb.startswith("stel"):
                key = "stel"
            elif verb.startswith(("vind", "vond")):
                key = "vind"
            elif verb.startswith(("meen", "men")):
                key = "meen"
            elif verb.startswith(("vraag", "vrag", "vroeg", "verzoek", "verzocht")):
                key = "vraag"
            elif verb.startswith(("wijs", "wijz", "wees", "wez")):
                key = "wijs"
            elif verb.startswith("wil"):
                key = "wil"
            elif verb in ("is", "zijn", "was", "waren"):
                key = "is"
            elif verb in ("ziet", "zien"):
                key = "zie"
            inverted = False
            opener = np
            if _ADVERB_ONLY.match(np) and (inv := pat.INVERTED_SUBJECT.match(rest)) is not None:
                # "Ook pleit de raad ervoor …": the recommender follows the verb.
                np, rest, inverted = rest[: inv.end()].strip(), rest[inv.end() :], True
            first_person = _FIRST_PERSON.search(np) is not None
            government = (
                pat.NOT_RECOMMENDER.match(np) is not None
                # (an opening adverb, then a subject no recommender: "Ook verzoekt een aangenomen motie van het lid …
                # de regering om …"; round 51)
                or (
                    not author_first_person
                    and _ADVERB_ONLY.match(np) is not None
                    and pat.NOT_RECOMMENDER.match(rest.lstrip()) is not None
                )
                or pat.GOVERNMENT_SUBJECT.match(np) is not None
                or (
                    not inverted and pat.FUTURE_ACT_NP.search(np) is not None
                )  # "Het Verbond zal zijn leden vragen …"
            )
            if key == "wijs" and pat.OWN_ACT_AFTER_SEMICOLON.search(sentence, m.end()):
                # "De onderzoekers wijzen erop dat consumenten nu niet weten waar zij moeten melden; ik neem dat signaal
                # mee in het overleg …": a point the answer takes up in the same sentence, not a recommendation of the
                # report restated (round 63, holdout369)
                continue
            if key == "adviseer" and pat.ADVISES_ON_A_FIELD.match(rest):
                continue  # "Het Adviescollege … adviseert sinds 2017 over de re-integratie …": its task, no advice given
            if key == "stel" and pat.STEL_VAST.match(rest):
                key = None  # "De NZa stelt de tarieven zelf vast en …": "vaststellen"
            if key is not None and pat.PROSE_COMPLEMENT[key].search(rest):
                hit = True
            if (
                key == "wil"
                and inverted
                and pat.WISH_SERIES_OPENER.match(opener)
                and pat.WISH_THAT.match(rest)
            ):
                # "Ten derde adviseert de Kiesraad …. Tot slot wil de Kiesraad dat tellers …": a wish that
                # closes or continues a series of recommendations is the next one (unquoted too)
                hit = names_recommender(np)
            if _FIRST_PERSON_AFTER_VERB.match(rest) and not author_first_person:
                hit = False  # "Grote bedrijven vragen we …": the object first, the government speaks
            if key in ("vraag", "wil") and not inverted and not names_recommender(np):
                hit = False  # "De opgave vraagt om een aanpak", "Dat vraagt om keuzes": a need, not advice
            if (
                hit
                and key in ("vraag", "wil")
                and np.split()[0].lower() in pat.PRONOUNS
                and not author_first_person
                and not _advice_named_before(text, s)
            ):
                # "In februari heb ik met gemeenten en bewoners gesproken. Zij vragen vooral om …" in a
                # letter that names no report or adviser: the pronoun stands for the people consulted
                hit = False
            if hit and key == "vraag" and pat.FREQUENCY_AFTER_ASKING.match(rest):
                hit = False  # "Scholen vragen vaker om een bezoek dan …": how often others ask, no advice
            if first_person and not author_first_person:
                hit = False
            if hit and key == "pleit" and pat.PLEA_THEN_COUNT.search(rest):
                # "De raad pleit voor een beter evenwicht … en doet daartoe vier aanbevelingen": the aim, the
                # recommendations it announces follow (round 50)
                hit = False
            if government and not (author_first_person and first_person):
                hit = False
            if np[:1].islower() and not author_first_person and not inverted:
                hit = False  # a subordinate clause's tail, not a subject
            if verb in pat.NOUN_HOMOGRAPHS and np.split()[-1].lower() in pat.BEFORE_NOUN:
                hit = False  # "krijgt gemiddeld twintig verzoeken per jaar om …": a plural noun, no verb
            if not inverted and pat.PERFECT_IN_SUBJECT.search(np):
                hit = False  # "LTO heeft aangekondigd een campagne voor vroeg zaaien te …": the verb came before
            if np.split()[-1:] == ["te"]:
                hit = False  # "Tegelijk is het effect lastig vast te stellen": an infinitive, no finite verb
            if not inverted and not _subject_like(np):
                hit = False
            if not hit and not government and not first_person:
                hit = _coordinated(sentence)
            if not hit and not government and not first_person and pat.REPORTED_CONDITIONAL.match(sentence):
                # "Zorgverzekeraars zouden volgens het instituut een maximale wachttijd … moeten opnemen": the
                # recommender's view after the subject and its conditional (round 45)
                hit = according(sentence)
        if not hit:
            continue
        quote = _quotation_in(text, s, e)
        if quote is not None and m is not None and quote[1] <= verb_end:
            quote = None  # «Ruimte voor de boer» before the verb is the report's title
        if quote is not None and pat.TITLE_BEFORE_QUOTE.search(text, max(s, quote[0] - 80), quote[0] - 1):
            # "… beval het College aan om werkgevers voor te lichten; … de campagne «Zwanger, en dan?» gevoerd": a
            # title in the sentence, not the advice quoted (round 47)
            quote = None
        if sentence.rstrip(" *").endswith(":") and quote is None:
            continue  # a lead
        if quote is not None:
            # "Daarnaast vraagt hij om «A» en om «B»": each quotation joined to the one before
            out.extend(ProseHit(qs, qe, (s, e)) for qs, qe in joined_quotations(text, quote[0] - 1, e))
        else:
            out.append(ProseHit(s, e, (s, e), verb_end))
    return out


#: A clause after a colon that follows a sentence head on a recommendation: "De laatste aanbeveling is aan mij
#: gericht: de inspectie adviseert te onderzoeken of …" (the tail is the recommendation, said in prose).
_COLON_TAIL = re.compile(r":[ \t]+(?=(?:de|het|zij|hij|ze)\s)")
_RECOMMENDATION_HEAD = re.compile(r"\b(?:aanbeveling|aanbevelingen|advies|adviezen)\b", re.IGNORECASE)


def _with_colon_tails(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """`sentences` as (start, end, False), each followed by (tail start, end, True) for a clause after a
    colon whose head names a recommendation (`_COLON_TAIL`, `_RECOMMENDATION_HEAD`)."""
    out: list[tuple[int, int, bool]] = []
    for s0, e0 in sentences:
        out.append((s0, e0, False))
        m = _COLON_TAIL.search(text, s0, e0)
        if m is not None and _RECOMMENDATION_HEAD.search(text, s0, m.start()):
            out.append((m.end(), e0, True))
    return out


def joined_quotations(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The inner spans of the quotations in ``text[start:end]`` from the first on, each joined to the one
    before by a joining word only (`QUOTE_JOIN`): "vraagt mij «A» en «B»" gives both; one quotation alone
    gives one."""
    quote = _quotation_in(text, start, end)
    if quote is None:
        return []
    out = [quote]
    while (nxt := _quotation_in(text, quote[1] + 1, end)) is not None and _joined(text, quote[1], nxt[0]):
        out.append(nxt)
        quote = nxt
    return out


def _joined(text: str, end: int, start: int) -> bool:
    """Whether only a joining word stands between a quotation ending at `end` and the next one's
    inner start `start` (see `QUOTE_JOIN`): closing and opening marks, ", en om", "en dat"."""
    between = text[end:start].strip('«»“”„"‘’ ')
    return pat.QUOTE_JOIN.fullmatch(between) is not None


def _coordinated(sentence: str) -> bool:
    """ "… en beveelt hij aan dat …": a recommending clause joined to the sentence by "en"."""
    c = pat.PROSE_COORDINATED.search(sentence)
    if c is None:
        return False
    verb = c.group("verb").lower()
    key = "bevee" if verb.startswith("bevel") or verb.startswith("bevee") else verb[:4]
    key = {"advi": "adviseer", "raad": "raad", "rade": "raad", "plei": "pleit", "stel": "stel"}.get(key, key)
    complement = pat.PROSE_COMPLEMENT.get(key)
    return complement is not None and complement.search(sentence[c.end() :]) is not None


#: Words before the verb that are only an opening adverb ("Ook", "Daarnaast", "Tot slot"): the
#: subject then follows the verb ("Wel vraagt het kabinet het CPB om …": the government asks).
_ADVERB_ONLY = re.compile(
    r"^(?:Ook|Wel|Daarnaast|Verder|Tevens|Voorts|Bovendien|Tot\s+slot|Ten\s+slotte|Tenslotte|Daarom|Ten\s+"
    r"(?:eerste|tweede|derde|vierde|vijfde)|Vervolgens|Evenmin|Eveneens|Allereerst|"
    + pat.FRONTED_PHRASE
    + r")$"
)

_SUBJECT_OPENERS = re.compile(
    r"^(?:(?:Daarnaast|Verder|Ook|Tevens|Voorts|Bovendien|Tot\s+slot|Ten\s+slotte|Tenslotte|Daarom|Tot\s+"
    r"besluit|Tot\s+die\s+tijd)\s+)?(?:de|het|De|Het|[A-Z]|zij|ze|Zij|Ze|Hij|hij|we|We|wij|Wij)"
)


def according(sentence: str) -> bool:
    """ "Volgens de inspectie moeten ziekenhuizen …": an obligation reported as the view of a
    recommender who is not the government."""
    found = pat.PROSE_ACCORDING.search(sentence)
    if found is None or pat.NOT_RECOMMENDER.match(found.group("np")) is not None:
        return False
    if pat.LAW_NAME.match(sentence, found.start("np")):
        # "Volgens het Maritiem Arbeidsverdrag moet de vlaggenstaat …": a treaty's duty, no advice
        return False
    if pat.STANDARD_NUMBER.match(sentence, found.end()) or pat.IN_FORCE_OPENING.match(sentence):
        # "… volgens de NEN 2767 vaststellen" (a standard), "Sinds 1 januari 2025 moeten corporaties …"
        # (a rule in force): no one's advice
        return False
    words = found.group("np").split()
    # the recommender: "de raad", "de inspectie", "de Afdeling", a name ("volgens de rekenregels"
    # and "volgens de planning" name no one)
    noun = words[1] if len(words) > 1 else words[0]
    if noun in pat.ACCORDING_PRONOUNS:
        return _advised(sentence)  # "volgens hem": the recommender named before
    named = (
        noun[:1].isupper()
        or noun.lower() in pat.RECOMMENDER_NOUNS
        or noun.lower() in pat.REPORT_NOUNS
        or noun.lower() in pat.ACCORDING_HEAD_NOUNS
    )
    if not named or not _advised(sentence):
        return False
    verb = pat.FRONTED_ACCORDING_VERB.match(sentence, found.end())
    if (
        found.start() <= 2
        and verb is not None
        and verb.group("verb") not in pat.ACCORDING_MODALS
        and pat.ADVISED.search(sentence) is None
    ):
        # "Volgens de raad ondermijnt dat het vertrouwen dat een beraad juist moet opbouwen": a finding, its "moet" in
        # a clause under it (a modal of the main clause counts: "Volgens de raad ondermijnt dat … en moet het kabinet …")
        return any(
            pat.SUBORDINATE_BEFORE_MODAL.search(sentence, found.end(), m.start()) is None
            for m in pat.DEONTIC.finditer(sentence, found.end())
        )
    return True


def _advised(sentence: str) -> bool:
    """An obligation ("moet", "dient") or advice ("verdient het aanbeveling") in `sentence`."""
    # (not a "moeten" inside an indirect question: "zij weten niet waar zij moeten beginnen" describes; round 44)
    deontic = any(
        pat.QUESTION_BEFORE_MODAL.search(sentence, max(0, m.start() - 40), m.start()) is None
        for m in pat.DEONTIC.finditer(sentence)
    )
    return deontic or pat.ADVISED.search(sentence) is not None


#: Demonstratives and dummies that open a sentence as subject without naming anyone.
_DEMONSTRATIVES = frozenset({"dat", "dit", "het", "er", "wat", "iets", "alles"})

#: The first person right after the verb: the words before it were the object.
_FIRST_PERSON_AFTER_VERB = re.compile(r"^\s*(?:ik|we|wij)\b", re.IGNORECASE)


def names_recommender(np: str) -> bool:
    """Whether a subject names a recommender: a pronoun ("zij"), an article and a capitalised
    name or a recommender/report noun ("de Raad van State", "de inspectie", "het rapport"), or a
    bare name that is one capitalised word or holds capitals after its first letter ("Lumens",
    "RWS", "SER-verkenning"). "De opgave …", "Dat", "Grensoverschrijdende wateren" are not."""
    words = np.split()
    if not words:
        return False
    if words[0].lower() in pat.PRONOUNS or np.strip().lower() == "het":  # ("beveelt het aan": inverted, see
        return True  # `INVERTED_SUBJECT`)
    if words[0].lower() in ("de", "het"):
        if len(words) < 2:
            return False
        head = words[1]
        return head[:1].isupper() or head.lower() in pat.RECOMMENDER_NOUNS or head.lower() in pat.REPORT_NOUNS
    first = words[0]
    if first.lower() in _DEMONSTRATIVES:
        return False
    if (
        len(words) == 1
        and _ABSTRACT_NOUN.search(first)
        and not any(ch.isupper() for ch in first[1:])
        and first.lower() not in pat.RECOMMENDER_NOUNS
        and first.lower() not in _BODY_WORDS_IN_TIE
    ):
        return False  # "Verkeersveiligheid vraagt om zichtbare controles": a need, no body
    return first[:1].isupper() and (len(words) == 1 or any(ch.isupper() for ch in first[1:]))


#: Bodies whose one-word name ends like an abstract noun ("Politie", "Inspectie").
_BODY_WORDS_IN_TIE = frozenset(
    {"politie", "inspectie", "marechaussee", "directie", "stichting", "vereniging"}
)
#: Endings of an abstract noun, never a body's one-word name: "Verkeersveiligheid", "Handhaving", "Duurzaamheid".
_ABSTRACT_NOUN = re.compile(r"(?:heid|ing|ingen|isme|schap|teit|tie|ties)$", re.IGNORECASE)


#: A word that names a report, advice or an adviser: before a pronoun that asks for something it
#: makes the pronoun one for the adviser ("De Raad … Zij vraagt mij …").
_ADVICE_WORD = re.compile(
    r"\b(?:aanbevel\w*|adviez\w*|advie\w*|rapport\w*|onderzoek\w*|evaluatie\w*|studie|verkenning|"
    r"initiatiefnota|raad|inspectie\w*|commissie|ombudsman|rekenkamer|planbureau|onderzoekers|"
    r"(?-i:[A-Z]{2,}\w*))\b",
    re.IGNORECASE,
)


def _advice_named_before(text: str, end: int) -> bool:
    """Whether ``text[:end]`` names a report, advice or an adviser (`_ADVICE_WORD`)."""
    return _ADVICE_WORD.search(text, 0, end) is not None


def _subject_like(np: str) -> bool:
    """Whether the words before the verb can be (an adverb and) the recommender: an article, a
    name or a pronoun at the start, and no comma-separated clause before it ("Om …, adviseert")."""
    if "," in np and not re.search(r"\(hierna[^)]*\)|\b[A-Z][\w-]*,\s+[A-Z]", np):
        return False
    return bool(_SUBJECT_OPENERS.match(np))


_PARAGRAPH = re.compile(r"[^\n](?:[^\n]|\n(?![ \t]*\n))*")
#: A Markdown heading line ("### Register", "## **Reactie**").
_HEADING_LINE = re.compile(r"[ \t]*#{1,6}[ \t]")


def quoted_lists(text: str, sentences: list[tuple[int, int]]) -> list[BlockList]:
    """Paragraphs that are each one quotation, one after another, after a lead that announces or
    mentions recommendations (a frame or box rendered as quoted text): ordinals by position."""
    ends = [e for _, e in sentences]
    out: list[BlockList] = []
    current: list[BlockItem] = []
    current_lead: tuple[str, int, bool] | None = None
    last_end = -1
    # a series of instructions each quoted in its own paragraph, with the answer (and a heading) between
    # them: "«Richt een register in …»" / answer / "### Huurcommissie" / "«Geef de Huurcommissie …»" / …
    interleaved = (
        False  # whether every item so far is an instruction (the series may then go on after answers)
    )

    def flush() -> None:
        if current and current_lead is not None:
            out.append(BlockList(current_lead[0], current_lead[1], list(current), current_lead[2], False))

    for m in _PARAGRAPH.finditer(text):
        s, e = _strip(text, m.start(), m.end())
        inner = unquote(text, s, e)
        quoted = inner != (s, e) and len(text[inner[0] : inner[1]].split()) >= 3
        if not quoted:
            if current and not interleaved:
                flush()
                current = []
                current_lead = None
            last_end = m.end()
            continue
        shaped = is_recommendation_shaped(text[inner[0] : inner[1]])
        if current and (text[last_end:s].strip() == "" or (interleaved and shaped)):
            current.append(BlockItem(len(current) + 1, inner[0], inner[1], None, None))
            interleaved = interleaved and shaped
            last_end = m.end()
            continue
        if current:
            flush()
            current = []
            current_lead = None
        k = bisect.bisect_right(ends, s) - 1
        # (a heading over the quotation is no lead: "… drie aanbevelingen. Ik citeer ze hieronder." / "### Register")
        while k >= 0 and _HEADING_LINE.match(text, sentences[k][0], sentences[k][1]):
            k -= 1
        lead_sents = [
            (max(s0, e0 - pat.MAX_LEAD_CHARS), e0)
            for s0, e0 in sentences[max(0, k - 1) : k + 1]
            if e0 <= s and s - e0 <= MAX_LEAD_DISTANCE
        ]
        cls = _lead_class(text, lead_sents)
        if cls is None:
            last_end = m.end()
            continue
        current = [BlockItem(1, inner[0], inner[1], None, None)]
        current_lead = (cls[2], lead_sents[-1][0] if lead_sents else s, cls[0])
        interleaved = shaped
        last_end = m.end()
    flush()
    return out


@dataclass
class EmbeddedHit:
    """A recommendation named inside another sentence: its content span and its recommender."""

    start: int
    end: int
    recommender: str


_TE_INFINITIVE = re.compile(r"\bte\s+[\w-]+")
#: An infinitive followed by a finite verb: the content ends there and the main clause goes on.
_FINITE_AFTER = re.compile(
    r"\bte\s+[\w-]+(?=\s+(?:is|zijn|wordt|worden|werd|heeft|hebben|heb|neem|neemt|nemen|zal|zullen|ga|gaat|gaan|kan|kunnen"
    r"|wil|willen|volg|volgt|volgen|onderschrijf|onderschrijft)\b)"
)


def embedded_recommendations(text: str, sentences: list[tuple[int, int]]) -> list[EmbeddedHit]:
    """Recommendations the letter names inside its own sentences: "Het kabinet onderschrijft de
    aanbeveling van de WRR om bij nieuw beleid uit te gaan van …" gives the "om"-clause, with
    "de WRR" as recommender. The recommender must name one (not the Kamer, the government or
    the first person: "de oproep van de Kamer om …" is a motion's request). The content ends
    at the first comma after its "te"-infinitive (or, for "dat", its obligation), else at the
    end of the sentence."""
    out: list[EmbeddedHit] = []
    for s0, e0 in sentences:
        low = text[s0:e0].lower()
        if not any(key in low for key in pat.EMBEDDED_KEYS):
            continue
        s, e = _strip(text, s0, e0)
        if text[s:e].rstrip().endswith("?"):
            continue
        for m in pat.EMBEDDED_RECOMMENDATION.finditer(text, s, e):
            np = m.group("np").strip()
            if (
                pat.NOT_RECOMMENDER.match(np)
                or pat.GOVERNMENT_SUBJECT.match(np)
                or _FIRST_PERSON.search(np)
                or not names_recommender(np)
                or pat.EMBEDDED_NP_VERB.match(
                    np
                )  # "Het advies van de raad helpt scholen om …": the verb's "om"
            ):
                continue
            start = m.end()
            anchor = (
                _TE_INFINITIVE.search(text, start, e)
                if m.group("conj") == "om"
                else pat.DEONTIC.search(text, start, e)
            )
            if anchor is None and m.group("conj") == "dat":
                continue  # "Het advies van de raad onderstreept dat cultuur … thuishoort": no obligation, no advice
            comma = text.find(",", anchor.end(), e) if anchor is not None else -1
            end = comma if comma != -1 else e
            if anchor is not None and (verb := _FINITE_AFTER.search(text, anchor.start(), end)) is not None:
                end = verb.end()  # "In lijn met de oproep van de Raad om X te doen is …": the main clause

            cs, ce = _strip(text, start, end)
            while ce > cs and text[ce - 1] in ".!":
                ce -= 1
            if len(text[cs:ce].split()) >= 3:
                out.append(EmbeddedHit(cs, ce, np))
    return out
