"""Recommendations (aanbevelingen) of the report a letter responds to, as restated in the letter.

Pure functions over text with offsets; no spaCy. Recognised forms (see docs/recommendations.md):

* ordinal sentences: "Ten eerste wordt aanbevolen …", "Ten tweede bevelen X en Y aan …",
  "De eerste aanbeveling luidt …", "Als tweede aanbeveling noemt de Raad …", "Tot slot …";
* numbered lists after a lead about recommendations: "De onderzoekers doen de volgende
  aanbevelingen: 1. … 2. …" (items on their own lines or inline "1) … 2) …", "a. … b. …");
* "Aanbeveling 3: …" / "Aanbeveling 3 – …" headings (given or found as lines) and inline labels,
  "Aanbeveling 3 (titel) …" run-in labels, and a bare title label followed by the paragraph
  that states the recommendation;
* series (`kamerstuk.entities.recommendation_series`): several recommendations in one prose
  sentence, recommendation and answer in alternating paragraphs (also a Markdown table read row
  by row), lists grouped by addressee ("Aan gemeenten:").

Candidates, their sources and the order of the ids: `kamerstuk.entities.recommendation_order`;
which candidates are kept: `kamerstuk.entities.recommendation_resolve`; codes, labelled rows, chapter
numbers and the core advice: `kamerstuk.entities.recommendation_codes`.

`by` holds organisation names without their article, in their "(hierna: X)" short form when
the text gives one ("CKM", "Lumens"). Generic recommenders ("de onderzoekers", "het rapport",
"zij") resolve to the organisations of the report the letter answers (`find_report`) when it
names them, else to the bare noun ("onderzoekers"). `to` keeps its article, as written:
"de Staatssecretaris van Volksgezondheid, Welzijn en Sport".
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence

from kamerstuk.entities import recommendation_forms as forms
from kamerstuk.entities import recommendation_series as series
from kamerstuk.entities.recommendation_codes import (
    assign_codes,
    chapter_lists,
    colon_restated,
    colon_series,
    core_advice,
    labelled_rows,
    split_addressed_items,
)
from kamerstuk.entities.recommendation_lists import (
    _FIRST_PERSON,
    _Containment,
    _inline_labels,
    _lines,
    _Lists,
    _lists,
    _strip_markup,
    _TextIndex,
    _trim_item,
)
from kamerstuk.entities.recommendation_order import Cand as _Cand
from kamerstuk.entities.recommendation_order import attach_sources as _attach_sources
from kamerstuk.entities.recommendation_order import named as _named
from kamerstuk.entities.recommendation_order import order_key as _order_key
from kamerstuk.entities.recommendation_order import other_recommenders as _other_recommenders
from kamerstuk.entities.recommendation_resolve import (
    continued_numbering,
    drop_recalled,
    end_at_reaction,
    heading_or_restatement,
    leading_prose,
    resolve_overlaps,
    split_at_inner_ordinals,
    split_run_on_items,
)
from kamerstuk.entities.recommenders import Context as _Context
from kamerstuk.entities.recommenders import addressee as _addressee
from kamerstuk.entities.recommenders import (
    generic_before,
    named_before,
    noun_named_before,
    other_recommender,
    same_body,
    starts,
)
from kamerstuk.entities.recommenders import recommenders as _recommenders
from kamerstuk.entities.report import read_names, sentence_spans
from kamerstuk.entities.stance import classify_sentence
from kamerstuk.matching import ContentIndex, content_word_list
from kamerstuk.models import Recommendation
from kamerstuk.patterns import recommendation_codes as codes_pat
from kamerstuk.patterns import recommendations as pat

__all__ = ["find_recommendations"]


def _recommends(body: str) -> bool:
    """Whether the sentence after an ordinal opener restates a recommendation: a recommendation
    verb or noun, or an opinion with an obligation ("vindt de raad dat … moeten …")."""
    if pat.RECOMMENDATION_TRIGGER.search(body):
        return True
    if forms.according(body):
        return True  # "Ten slotte zou er volgens de AIV één minister moeten komen …"
    v = pat.INVERTED_PROPOSAL_VERB.match(body)
    if v is not None and (inv := pat.INVERTED_SUBJECT.match(body[v.end() :])) is not None:
        # "Ten eerste stelt de raad voor een scholingsbudget in te voeren", "Ten vierde vraagt de raad om …",
        # "Tot slot roept de SER sociale partners op in iedere cao een leerrecht op te nemen"
        verb = v.group("verb").lower()
        rest = body[v.end() + inv.end() :]
        if verb.startswith("wil"):
            return pat.WISH_QUOTED.match(rest) is not None
        key = "stel" if verb.startswith("stel") else "roep" if verb.startswith("roep") else "vraag"
        return pat.PROSE_COMPLEMENT[key].search(rest) is not None
    w = pat.WRITES_QUOTED.match(body)
    if w is not None and (inv := pat.INVERTED_SUBJECT.match(body[w.end() :])) is not None:
        # "Voorts schrijft de AIV: «Geef politiemensen … de bevoegdheid …»": the report's words, an instruction
        after = body[w.end() + inv.end() :]
        quote = pat.COLON_QUOTE.match(after)
        return quote is not None and forms.is_recommendation_shaped(after[quote.end() :])
    m = pat.OPINION_VERB.search(body)
    return m is not None and pat.PROSE_COMPLEMENT["vind"].search(body[m.end() :]) is not None


def _inner_continuing(
    sentence: str, prose: bool, series_by: list[str], ctx: _Context
) -> re.Match[str] | None:
    """The empty match at the start of a prose recommendation whose "daarnaast"/"verder" follows its verb
    ("GRECO beveelt daarnaast aan om …"): the next of the series, however far the answers in between have
    carried it, when its recommender is the series' own (or, where the series names none, the one body
    the letter answers; or any, where the letter names no report body either)."""
    if not prose or pat.INNER_CONTINUING.match(sentence) is None:
        return None
    by, np_span = _recommenders(sentence, sentence, ctx)
    if np_span is None or not by:
        return None
    own = series_by or list(ctx.report_orgs)
    if len(own) > 1 and not series_by:
        return None  # two reports, the series' own not known
    if own and not any(same_body(a, b, ctx) for a in by for b in own):
        return None
    return _EMPTY_START.match(sentence)


#: An empty match at a string's start (the opener of `_inner_continuing`: the whole sentence is the body).
_EMPTY_START = re.compile("")


def _is_government_reaction(body: str) -> bool:
    return bool(pat.GOVERNMENT_SUBJECT.match(body)) and not pat.RECOMMENDATION_NOUN.search(body)


#: How far after a sentence mentioning recommendations (or after the previous one restated) an
#: elliptic "De tweede luidt: …" is read as the next recommendation.
_ELLIPSIS_REACH = 800


def _ordinal_sentences(
    text: str, spans: list[tuple[int, int]], ctx: _Context, heading_starts: Sequence[int] = ()
) -> list[_Cand]:
    """Candidates from "Ten eerste …", "De tweede aanbeveling luidt …", "Tot slot …" sentences
    (`heading_starts`: where the letter's section headings stand in `text`)."""
    out: list[_Cand] = []
    last = 0
    last_end = -pat.CONTINUING_REACH - 1  # end of the last member of an ordinal series
    mentioned = -_ELLIPSIS_REACH - 1  # end of the last sentence that mentioned recommendations
    lead_by: list[str] = []  # who that sentence named as recommender ("Het PBL doet twee …")
    prose_hits = forms.prose_recommendations(text, spans)
    prose_at = {h.sentence[0] for h in prose_hits}
    # where the recommending verb of a whole-sentence prose hit ends (its coordinated clauses follow)
    verb_end_at = {
        h.sentence[0]: h.verb_end for h in prose_hits if h.verb_end >= 0 and (h.start, h.end) == h.sentence
    }
    # ordinals named before their prose: "De derde en vierde aanbeveling gaan over …"
    announced: list[int] = []
    announced_end = 0
    counted_end = -1  # end of a lead counting the recommendations ("… doet twee aanbevelingen."), else -1
    series_reset = -1  # where another body's prose last broke a running series, else -1
    counted_by: list[str] = []  # who that lead names
    for s0, e0 in spans:
        s, e = _strip_markup(text, s0, e0)
        sentence = text[s:e]
        ordinal: int | None = None
        body = sentence
        recall = False
        if announced and "\n\n" in text[announced_end:s]:
            announced = []  # only the paragraph of the announcement
        if (m := pat.ORDINALS_ANNOUNCED.match(sentence)) is not None:
            announced = [pat.ORDINAL_WORDS[w.lower()] for w in pat.ORDINAL_WORD.findall(m.group("ords"))]
            announced_end = e
            continue
        if (
            pat.TOPIC_ONLY.match(sentence)
            and (w := pat.ORDINAL_WORD.search(sentence, 0, 30)) is not None
            and pat.ORDINAL_WORDS[w.group(0).lower()] == last + 1
        ):
            # "De derde aanbeveling betreft de samenwerking met bedrijven. IOB beveelt aan om …" after the
            # first two by their ordinals: the prose after it in the paragraph is that one (else the topic
            # only opens the answer; after prose ones, the prose reader numbers them all in order)
            announced = [last + 1]
            announced_end = e
            continue
        if (
            counted_end >= 0
            and "\n\n" not in text[counted_end:s]
            # an obligation; or a prose one ("… doen twee aanbevelingen. Zij adviseren om …") where a series
            # numbers on (else the prose reader takes it, unnumbered as the letter gives it)
            and (
                (s in prose_at and last > 0)
                or (s not in prose_at and pat.DEONTIC.search(sentence) is not None)
            )
            and not _FIRST_PERSON.search(pat.QUOTED.sub(" ", sentence))
            and not pat.GOVERNMENT_SUBJECT.match(sentence)
            and not pat.ORDINAL_OPENER.match(sentence)
            and not pat.INNER_ORDINAL.match(sentence)  # ("Zij bevelen in de eerste plaats aan …": its own)
            and not forms.mentions_recommendations(sentence)
        ):
            # "Het instituut doet twee aanbevelingen. Universiteiten zouden … moeten …": the first of them
            by = counted_by or list(ctx.previous)  # the body the lead named ("Het instituut …")
            if s in prose_at:
                # "De inspectie beveelt aan …" names its recommender; "Zij adviseren …" is the lead's
                named, np_span = _recommenders(sentence, sentence, ctx)
                words = sentence.lower().split(maxsplit=2)
                generic = words[0] in pat.PRONOUNS or (len(words) > 1 and words[1] in pat.RESEARCHER_NOUNS)
                if np_span is not None and named and not generic:
                    by = named
            ctx.previous = by
            counted_end = -1
            out.append(_Cand(last + 1, s, e, priority=3, by=by, to=None))
            last += 1
            last_end = e
            continue
        counted_end = e if pat.COUNTED_LEAD.search(sentence) else -1
        if counted_end >= 0:
            counted_by = _body_by_noun(sentence, ctx, text[max(0, s - 2000) : s])
            # "Het Mulier Instituut heeft … geëvalueerd. … ¶ De onderzoekers doen twee aanbevelingen.": the
            # body named before "de onderzoekers" or "zij", not the recommender of the last series
            counted_by = counted_by or ctx.resolve(named_before(text, spans, s, sentence, across=True))
            counted_by = counted_by or _recommenders(sentence, sentence, ctx)[0]
        if announced and s in prose_at:
            by, np_span = _recommenders(sentence, sentence, ctx)
            parts = _coordinated_parts(text, s, e) if len(announced) > 1 else []
            if len(parts) != len(announced) and len(announced) > 1:
                # ("De ombudsman vraagt mij «A» en «B».": quotations joined with no "om" before them; round 62)
                parts = forms.joined_quotations(text, s, e)
            if len(parts) != len(announced):
                parts = [(s, e)]
            # ("De derde en vierde aanbeveling hangen samen. De IOB adviseert om «A» en om «B».": one sentence
            # with both, in the order announced)
            for ps, pe in parts:
                ordinal = announced.pop(0)
                out.append(_Cand(ordinal, ps, pe, priority=3, by=list(by), to=_addressee(sentence, np_span)))
                last = max(last, ordinal)
            ctx.previous = by
            last_end = announced_end = e
            continue
        if (
            s in prose_at
            and ctx.previous
            and (just_named := noun_named_before(text, spans, s0, sentence, ctx))
            and not any(same_body(a, b, ctx) for a in just_named for b in ctx.previous)
        ):
            # "De Rob kijkt breder dan de borden alleen. De raad adviseert …" after the Kiesraad's series: the body
            # just named (not the earlier one whose name ends in "raad"), its own series
            ctx.previous = just_named
            last_end = -pat.CONTINUING_REACH - 1
            series_reset = (
                s  # (another body's prose broke the series: a closing opener after it is that body's)
            )
        if s in prose_at and ctx.previous and last_end >= 0:
            # "De onderzoekers bevelen aan …" of a study carried out by another body: a "Verder …" or
            # "Ook …" after it continues that body's recommendations, not the series before
            before = named_before(text, spans, s0, sentence)
            if before and not any(same_body(a, b, ctx) for a in ctx.resolve(before) for b in ctx.previous):
                last_end = -pat.CONTINUING_REACH - 1
                series_reset = s
            elif not before and other_recommender(sentence, sentence, ctx):
                # "Het CPB adviseert het kabinet om …" after the raad's "Ten eerste … Ten slotte …": a
                # "Verder raadt het planbureau aan …" after it is the CPB's, not the raad's next
                last_end = -pat.CONTINUING_REACH - 1
                series_reset = s
            elif (
                not before
                and (noun := generic_before(text, spans, s0)) is not None
                and noun.lower() in pat.RESEARCHER_NOUNS
                and any(last_end < h < s0 for h in heading_starts)
            ):
                # "### De evaluatie ¶ De onderzoekers concluderen …. Zij bevelen aan om …" after the raad's
                # series: under a heading of its own, the evaluators speak, and their "Verder adviseren
                # zij …" is not the raad's next (without the heading "de onderzoekers" may be the raad's)
                last_end = -pat.CONTINUING_REACH - 1
        if s - mentioned <= _ELLIPSIS_REACH and (m := pat.ORDINAL_ELLIPTIC_OPENER.match(sentence)):
            # "De eerste luidt: «…»" after "Zij doet drie aanbevelingen.": the noun left out.
            word = m.group("ord") or m.group("ord2") or m.group("ord3")
            ordinal = pat.ORDINAL_WORDS[word.lower()] if word else last + 1
            by, _np = _recommenders(sentence, sentence[m.end() :], ctx)
            if _np is None and lead_by:  # "Het PBL doet twee aanbevelingen. De eerste is om …"
                by = list(lead_by)
            qs, qe = _strip_markup(text, s + m.end(), e)
            qs, qe = forms.unquote(text, qs, qe)
            if qe > qs:
                out.append(_Cand(ordinal, qs, qe, priority=3, by=by, to=None, to_from_text=True))
                ctx.previous = by
                last = max(last, ordinal)
                mentioned = e
            continue
        if forms.mentions_recommendations(sentence):
            mentioned = e
            series_by = list(ctx.previous)
            named_by, named_np = _recommenders(sentence, sentence, ctx)
            lead_by = named_by if named_np is not None else []
            words = sentence.split(maxsplit=2)
            if len(lead_by) > 1 and len(words) > 1 and words[1].lower() in pat.REPORT_NOUNS:
                # "De ACM heeft … onderzocht. … De marktscan sluit af met drie aanbevelingen.": of the letter's two
                # reports, the one whose body the sentences before name (not both)
                just_named = ctx.resolve(named_before(text, spans, s, sentence, across=True))
                if just_named and all(any(same_body(a, b, ctx) for b in lead_by) for a in just_named):
                    lead_by = just_named
            if sentence.split(maxsplit=1)[0].lower() in pat.PRONOUNS:
                # "Kempers & Lunsing concluderen dat …. Zij doen twee aanbevelingen." after another body's
                # series: the pronoun is the body just named, not the recommender of that series
                just_named = ctx.resolve(named_before(text, spans, s, sentence))
                if not just_named and (noun := _generic_subject_before(text, spans, s)) is not None:
                    # "De inspectie heeft … bezocht. Zij constateerde …. Zij doet twee aanbevelingen." in a letter on
                    # two reports: the body that noun names, not both
                    resolved = ctx.resolve([f"de {noun}"])
                    just_named = resolved if len(resolved) == 1 and resolved != [noun] else []
                if just_named:
                    lead_by, named_np = just_named, (0, 0)
            if lead_by and series_by and not set(lead_by) & set(series_by):
                # "Het Nivel doet twee aanbevelingen." after the raad's series: a "Verder …" after it
                # is the Nivel's, not the raad's next
                last_end = -pat.CONTINUING_REACH - 1
                if pat.COUNTED_LEAD.search(sentence):
                    # and its "Tot slot …" is the Nivel's last, not the raad's next: the raad's series has
                    # ended (the Nivel's prose is read as the second report's, numbered in its own order)
                    last = 0
            if lead_by and named_np is not None:
                ctx.previous = list(lead_by)  # "De onderzoekers doen drie aanbevelingen. Zij bevelen …"
            if not lead_by:
                # "Het Rathenau Instituut heeft … in kaart gebracht. Het rapport bevat twee aanbevelingen."
                lead_by = ctx.resolve(named_before(text, spans, s, sentence, across=True))
        restated = _restated_with_answer(text, s, e, ctx)
        if restated:
            out.extend(restated)
            last = max(last, *(c.ordinal or 0 for c in restated))
            continue
        m = pat.ORDINAL_OPENER.match(sentence)
        if m is not None:
            word = m.group("ord") or m.group("ord_plaats")
            ordinal = pat.ORDINAL_WORDS[word.lower()] if word else 1
            body = sentence[m.end() :]
            # "In de vierde plaats zou de vermogenstoets kunnen worden afgeschaft": in a series, a
            # suggestion in the conditional counts too
            suggests = last > 0 and pat.SUGGESTION_MODAL.search(body) is not None
            # "De inspectie doet vier aanbevelingen. In de eerste plaats moeten de regio's …": an
            # obligation right after a sentence counting them
            suggests = suggests or (s - mentioned <= _ELLIPSIS_REACH and pat.DEONTIC.search(body) is not None)
            # "Ten vierde wijst hij op het belang van een vaste mentor": in a series, the importance stressed counts too
            suggests = suggests or (last > 0 and pat.STRESSES_IMPORTANCE.match(body) is not None)
            if (not _recommends(body) and not suggests) or _is_government_reaction(body):
                continue
            if pat.OWN_DECISION_LEAD.search(
                text, text.rfind("\n\n", 0, s) + 1, s
            ) and not forms.recommender_speaks(body):
                continue  # "Het kabinet heeft besloten …. In de eerste plaats worden adviezen …": our measures (round 67)
        elif (
            m := pat.CLOSING_OPENER.match(sentence)
            or pat.MIDDLE_OPENER.match(sentence)
            or (
                pat.CONTINUING_OPENER.match(sentence)
                if s - last_end <= pat.CONTINUING_REACH
                or (s in prose_at and _same_recommender(sentence, out[-1].by if out else [], ctx))
                # "Verder stellen zij voor om …" after the answers to the series' members, no other body
                # named since (that resets `last_end`): the series' own recommender
                or (s in prose_at and last_end >= 0 and _pronoun_subject(sentence))
                else None
            )
            or _inner_continuing(sentence, s in prose_at, out[-1].by if out else [], ctx)
        ) is not None:
            if last == 0:
                continue
            body = sentence[m.end() :]
            named_ordinal = pat.ORDINAL_AFTER_OPENER.match(body)
            if named_ordinal is not None and pat.ORDINAL_WORDS[named_ordinal.group("ord").lower()] <= last:
                continue  # "Ook de vierde aanbeveling vraagt om …" after the fourth was given: its answer recalls it
            if pat.ANSWER_AFTER_LABEL.match(body):
                continue  # "Tot slot dank ik de raad voor dit advies": the letter speaks
            # ("Verder geeft de Afdeling in overweging om …", "Ten slotte acht zij het aangewezen dat …":
            # the prose forms recommend too)
            # "Allereerst adviseren zij …. Ten tweede …. Verder zou de Belastingdienst ondernemers … moeten
            # waarschuwen.": in the paragraph of a running series, a suggestion in the conditional counts
            suggests = (
                last_end >= 0
                and "\n\n" not in text[last_end:s]
                and (
                    pat.SUGGESTION_MODAL.search(body) is not None
                    # ("Allereerst zou er volgens de onderzoekers een steunpunt moeten komen …. Ook moeten
                    # beheercontracten tussentijds kunnen worden aangepast …": an obligation right after a member, in
                    # its paragraph; round 51)
                    or pat.OBLIGATION_FIRST.match(body) is not None
                )
            )
            if (not _recommends(body) and not suggests and s not in prose_at) or _is_government_reaction(
                body
            ):
                continue
            if s not in prose_at and classify_sentence(sentence).label is not None:
                continue  # "Ook met de derde aanbeveling van de RVS ben ik het eens": a verdict on one
            para = text.rfind("\n\n", 0, s) + 2 if "\n\n" in text[:s] else 0
            if (
                s not in prose_at
                and para < s
                and classify_sentence(text[para : text.find(".", para) + 1]).label
            ):
                continue  # "Het kabinet neemt deze aanbeveling over. … Daarnaast zullen de ambassades …": the answer
            if pat.CONTINUING_OPENER.match(sentence) and other_recommender(sentence, body, ctx):
                continue  # "Verder beveelt de AIV aan …" after the IOB's series: not its next one
            if (
                (closing := pat.CLOSING_OPENER.match(sentence)) is not None
                and s in prose_at
                and last_end < 0 <= series_reset
                and out
                and (closing_by := _recommenders(sentence, sentence[closing.end() :], ctx))[1] is not None
                and not any(same_body(a, b, ctx) for a in closing_by[0] for b in out[-1].by)
            ):
                # "Tot slot vraagt de raad …" after another body's prose ("De raad beveelt aan … Ook pleit de AIV …")
                # interrupted the IOB's series: the AIV's last, read with its prose (round 47)
                continue
            ordinal = last + 1
            quotes = forms.joined_quotations(text, s, e)
            if len(quotes) > 1:
                # "Daarnaast vraagt de Rekenkamer mij «A» en «B»": the next ones of the series, one per quotation
                by, np_span = _recommenders(sentence, body, ctx)
                to = _addressee(sentence, np_span)
                for k, (qs, qe) in enumerate(quotes):
                    out.append(_Cand(ordinal + k, qs, qe, priority=3, by=list(by), to=to))
                ctx.previous = by
                last = ordinal + len(quotes) - 1
                last_end = e
                continue
            if s0 in verb_end_at:
                # "Daarnaast bevelen zij aan om ondernemers … te wijzen, en om te onderzoeken of …": the next
                # ones of the series, one per clause with its own "om" (`split_series`)
                pieces = series.split_series(text, s0, e0, verb_end_at[s0])
                # (only where "en om" coordinates them: "…, om de resultaten te volgen" is a purpose, "…, onder
                # meer door … te scholen" a means)
                # (and not a clause that takes up the first: "… een herinnering te sturen, en om dezelfde plicht
                # te laten gelden vóór …" extends one recommendation)
                if (
                    len(pieces) > 1
                    and all(pat.AND_OM.search(text, a[1], b[0]) for a, b in itertools.pairwise(pieces))
                    and not any(pat.TAKES_UP_BEFORE.match(text, b[0]) for b in pieces[1:])
                ):
                    by, np_span = _recommenders(sentence, body, ctx)
                    to = _addressee(sentence, np_span)
                    for k, (ps, pe) in enumerate(pieces):
                        out.append(
                            _Cand(ordinal + k, *_strip_markup(text, ps, pe), priority=3, by=list(by), to=to)
                        )
                    ctx.previous = by
                    last = ordinal + len(pieces) - 1
                    last_end = e
                    continue
        elif (
            s - mentioned <= _ELLIPSIS_REACH
            and (m := pat.ORDINAL_PREPOSITION_ELLIPTIC.match(sentence)) is not None
        ):
            # "De inspectie doet drie aanbevelingen. … Met de tweede beveelt zij aan dat …"
            ordinal = pat.ORDINAL_WORDS[m.group("ord").lower()]
            body = sentence[m.end() :]
            if not _recommends(body):
                continue
        elif (m := pat.NUMBERED_NOUN_OPENER.match(sentence)) is not None:
            ordinal = int(m.group("num"))
            body = sentence[m.end() :]
        elif (m := pat.INNER_ORDINAL.match(sentence)) is not None and not _is_government_reaction(sentence):
            # "Zij bevelen in de eerste plaats aan om …": the ordinal after the recommender and its verb
            word = m.group("ord") or m.group("ord2") or m.group("ord3")
            ordinal = pat.ORDINAL_WORDS[word.lower()]
            if (
                not _recommends(sentence)
                or pat.GOVERNMENT_SUBJECT.match(sentence)
                # ("Deze aanbeveling vraagt in de eerste plaats iets van de schoolbesturen": the letter on one it
                # restated, "in de eerste plaats" meaning "above all"; round 57)
                or pat.NOT_RECOMMENDER.match(sentence.lstrip())
            ):
                continue
        elif (
            last > 0
            and (m := pat.LAST_NOUN_OPENER.match(sentence)) is not None
            # ("De laatste aanbeveling gaat over de capaciteit van de ILT.": the last one named, its text given before)
            and not (pat.ADDRESSEE_ONLY.match(sentence) or pat.TOPIC_ONLY.match(sentence))
        ):
            # "De laatste aanbeveling luidt dat …" after the first ones: the next (and last)
            ordinal = last + 1
            body = sentence[m.end() :]
            if pat.FIRST_PERSON_SUBJECT.search(pat.QUOTED.sub(" ", body)):
                continue
        elif (m := pat.QUOTE_THEN_ORDINAL.match(sentence)) is not None:
            # "«Ontwikkel … een model …», zo luidt de eerste aanbeveling van de AP.": the quote is its text
            ordinal = pat.ORDINAL_WORDS[m.group("ord").lower()]
            body = sentence[m.end() :]
        elif pat.ADDRESSEE_ONLY.match(sentence) or pat.TOPIC_ONLY.match(sentence):
            # "De derde aanbeveling is gericht aan de sector.", "De tweede aanbeveling van de SER gaat
            # over de toeslagen.": a reference opening the answer, not the text
            continue
        elif (m := pat.ORDINAL_NOUN_OPENER.match(sentence)) is not None or (
            m := pat.ORDINAL_AS_OPENER.match(sentence)
        ) is not None:
            ordinal = pat.ORDINAL_WORDS[
                (
                    m.group("ord")
                    or m.groupdict().get("ord_is")
                    or m.groupdict().get("ord_adv")
                    or m.groupdict().get("ord_bare")
                    or ""
                ).lower()
            ]
            body = sentence[m.end() :]
            if (
                m.groupdict().get("ord_bare")
                and len(body.split()) <= _MAX_TITLE_WORDS
                and not forms.is_recommendation_shaped(body)
                and pat.RECOMMENDATION_HEADING.match(
                    text, text.rfind("\n", 0, s0) + 1, len(text) if (nl := text.find("\n", s0)) == -1 else nl
                )
            ):
                # "**Tweede aanbeveling: een handreiking**" on a line of its own: a heading over its recommendation
                # (`_headings`), not the recommendation (round 57)
                continue
            unquoted = pat.QUOTED.sub(" ", body)
            first_person = pat.FIRST_PERSON_SUBJECT.search(unquoted)
            if first_person is not None and not pat.ADDRESSEE_FIRST_PERSON.search(
                unquoted, 0, first_person.start()
            ):
                # "De derde aanbeveling vraagt iets wat ik in beginsel steun": the letter speaks (not "… is aan mij
                # gericht: de inspectie beveelt aan dat ik …", where the report addresses the minister)
                continue
            if pat.VAGUE_CONTENT.match(unquoted):
                continue  # "De tweede aanbeveling vraagt om iets wat scholen al moeten doen": characterised, not restated
            relative = pat.GOVERNMENT_RELATIVE.search(unquoted)
            if relative is not None and not pat.ADDRESSEE_FIRST_PERSON.search(
                unquoted, 0, relative.start() + len(relative.group(0).split()[0]) + 1
            ):
                # "De derde aanbeveling vraagt om een afweging per ambassade die het kabinet nu nog niet kan
                # maken": the answer characterises the recommendation, it restates none
                continue
            if (
                not _recommends(body)
                and pat.RESTATING_VERB.match(body) is None
                and pat.RESTATING_WORD.search(m.group(0)) is None  # ("luidt dat …", "betreft …")
                and classify_sentence(pat.QUOTED.sub(" ", sentence)).label is not None
            ):
                continue  # "De tweede aanbeveling van het CPB spreekt mij wel aan": a verdict on it
            # "De derde aanbeveling vraagt om een vergoeding …. Ik …": said again to open its answer (a recall,
            # dropped where a list or heading already gave that ordinal)
            recall = _answer_follows(text, spans, e)
        else:
            continue
        # (not a capitalised word inside the quotation: "De tweede aanbeveling is: «Stel vooraf vast …»" names no body
        # "Stel"; round 47)
        unquoted_body = pat.QUOTED.sub(lambda q: " " * len(q.group(0)), body)
        by, np_span = _recommenders(sentence, unquoted_body, ctx)
        if not ctx.previous and (before := ctx.resolve(named_before(text, spans, s0, sentence))):
            # "De ACVZ stelt vast dat …. Zij beveelt in de eerste plaats aan om …" in a letter on two reports: the
            # pronoun is the body the sentence before named, not every report body (whose "Verder beveelt de
            # Inspectie aan" would then seem to continue this series)
            by = before
        to = _addressee(sentence, np_span)
        out.append(_Cand(ordinal, s, e, priority=3, by=by, to=to, recalled=recall))
        ctx.previous = by
        last = max(last, ordinal)
        last_end = e
    return out


def _recalled_by_ordinal(
    text: str,
    spans: list[tuple[int, int]],
    ctx: _Context,
    numbered: list[_Cand],
    ordinal_sentences: list[_Cand],
    explanations: _Containment,
) -> bool:
    """Whether the numbered candidates are only ordinal sentences that point back at prose recommendations: the
    prose before them gives at least as many as their highest ordinal ("De ombudsman beveelt aan om A, om B en om
    C. Daarnaast vraagt hij mij om D."), and the government answered in between ("De eerste twee aanbevelingen
    neem ik over.") before "De vierde aanbeveling betreft …"."""
    sentences = {id(c) for c in ordinal_sentences}
    first = min(c.start for c in numbered)
    prose = [
        c
        for c in _prose(text, [(a, b) for a, b in spans if b <= first], ctx)
        if not explanations.holds(c.start)
    ]
    if not prose or len(prose) < max(c.ordinal or 0 for c in numbered):
        return False
    if all(
        id(c) in sentences
        and c.recalled
        and pat.ORDINAL_CHARACTERISED.search(text, c.start, c.end)
        and text.rfind("\n\n", 0, c.start) >= max(p.end for p in prose)
        for c in numbered
    ):
        # "De eerste aanbeveling vraagt om een verruiming waarvan de gevolgen nog niet bekend zijn. Ik laat …" opening
        # an answer in a paragraph after the report's prose gave all of them: the answer's frame (round 44)
        return True
    if not all(id(c) in sentences and pat.ORDINAL_TOPIC_ONLY.search(text, c.start, c.end) for c in numbered):
        return False  # ("De derde aanbeveling is om …" restates its own content)
    last = max(c.end for c in prose)
    for a, b in spans:
        if a < last or b > first:
            continue
        sentence = text[a:b]
        by_us = _FIRST_PERSON.search(pat.QUOTED.sub(" ", sentence)) or pat.GOVERNMENT_SUBJECT.match(sentence)
        if by_us and classify_sentence(sentence).label in _DECISIONS:
            return True
    return False


def _without_body_recalls(
    text: str, spans: list[tuple[int, int]], ctx: _Context, ordinal_sentences: list[_Cand]
) -> list[_Cand]:
    """`ordinal_sentences` without those that characterise a named body's recommendation ("De tweede aanbeveling van
    de NZa gaat over reclame, waarvoor …") after that body's own prose gave at least that many and the government
    answered since: the answer's frame pointing back, in a letter on two reports (round 65; `_recalled_by_ordinal`
    does this for a letter whose ordinal sentences all point back)."""
    named = [
        c
        for c in ordinal_sentences
        if c.by and c.ordinal and pat.ORDINAL_CHARACTERISED.search(text, c.start, c.end)
    ]
    if not named:
        return ordinal_sentences
    prose = _prose(text, spans, ctx)
    dropped: set[int] = set()
    for c in named:
        same = [p for p in prose if p.end <= c.start and set(p.by) & set(c.by)]
        # (or the same ordinal given before in another form: "De derde aanbeveling is: «Betrek het Nationaal Archief bij
        # …»" in the opening, "De derde aanbeveling vraagt om een rol van het Nationaal Archief …" among the answers;
        # round 66, holdout406)
        given = [
            o
            for o in ordinal_sentences
            if o is not c
            and o.ordinal == c.ordinal
            and o.end <= c.start
            and not set(o.by).isdisjoint(c.by or o.by)
        ]
        if given:
            same = given
        elif len(same) < (c.ordinal or 0):
            continue
        last = max(p.end for p in same)
        if any(
            pat.ANSWER_VOICE.search(part) or pat.GOVERNMENT_SUBJECT.match(part.strip())
            for part in text[last : c.start].split("\n\n")[1:]
        ) or ("\n\n" in text[last : c.start] and _opens_paragraph(text, c.start)):
            # (or opening the paragraph right after that prose: "De ILT beveelt aan dat …. Daarnaast adviseert zij …"
            # / "De eerste aanbeveling van de ILT richt zich in de eerste plaats op de provincies …. Rijkswaterstaat
            # controleert … al …", the frame of the first answer; round 66, holdout401)
            dropped.add(id(c))
    return [c for c in ordinal_sentences if id(c) not in dropped]


def _opens_paragraph(text: str, start: int) -> bool:
    """Whether the sentence at `start` is the first of its paragraph."""
    before = text[max(0, start - 3) : start]
    return start == 0 or before.endswith("\n\n") or before.rstrip(" \t").endswith("\n\n")


def _answer_follows(text: str, spans: list[tuple[int, int]], end: int) -> bool:
    """Whether a sentence after the one ending at `end`, in the same paragraph, is the government's (the
    next one, or one after what others did: "De vierde aanbeveling vraagt om een keurmerk. De vereniging
    wil er zelf een ontwikkelen. Ik wacht dat af.")."""
    k = bisect.bisect_left(starts(spans), end)
    while k < len(spans) and "\n\n" not in text[end : spans[k][0]]:
        following = text[spans[k][0] : spans[k][1]]
        if (
            _FIRST_PERSON.search(pat.QUOTED.sub(" ", following))
            or pat.GOVERNMENT_SUBJECT.match(following)
            # (or a fellow minister answering: "De Minister van Justitie en Veiligheid wil eerst weten hoe …"; round 63)
            or pat.MINISTER_SUBJECT.match(following)
        ):
            return True
        end, k = spans[k][1], k + 1
    return False


def _without_recalls(
    text: str, every: list[_Cand], prose: list[_Cand], *, by_score: bool = True
) -> list[_Cand]:
    """`prose` without the recommendations recalled in the answers: a prose one that follows a paragraph in
    which the government speaks and says again what an earlier candidate said ("De onderzoekers vragen de
    aanmeldtermijn … te laten vervallen. Op de honderd drukste stations …" after "Daarnaast adviseren de
    onderzoekers om de termijn … af te schaffen" and the answers to the report). Without `by_score` (where no list
    or ordinal numbered them), only a short recall all of whose own words the earlier one has counts: a new wish of
    the same body that shares two words with one ("Tot slot wil de Kinderombudsman dat «ieder kind … een eigen
    begeleider krijgt»") stays."""
    kept: list[_Cand] = []
    ordered = sorted(every, key=lambda e: e.end)
    ends = [e.end for e in ordered]
    for c in prose:
        # (the nearest earlier ones only: a recall repeats a recommendation of the same report, and the
        # look stays bounded in a document with hundreds of them)
        # (of the same recommender: "De onderzoekers raden aan …" of a second report recalls none of the first's)
        k = bisect.bisect_right(ends, c.start)
        before = [e for e in ordered[max(0, k - 4 * _RECALL_WINDOW) : k] if e is not c]
        earlier = [e for e in before if not c.by or not e.by or set(c.by) & set(e.by)][-_RECALL_WINDOW:]
        # (the government must have spoken since the candidate right before it, whoever made that one: the
        # next of a list in one paragraph is no recall)
        spoken = bool(before) and any(
            _FIRST_PERSON.search(p) or pat.GOVERNMENT_SUBJECT.match(p.strip())
            for p in text[before[-1].end : c.start].split("\n\n")
        )
        if before and pat.BOTH_ASK.search(text, c.start, c.end):
            # "Het SCP en de RVS vragen allebei om beter zicht op …" after the reports. recommendations and an
            # answer: what they share, taken up in the answers
            continue
        fronted = pat.FRONTED_ADDRESSEE.match(
            text[c.start : c.end]
        )  # (its "^" anchors at the string's start)
        if (
            fronted is not None
            and fronted.group("to").lower() not in ("mij", "ons")
            and not any(fronted.group("to").lower() in text[e.start : e.end].lower() for e in earlier)
        ):
            # "Aan de gemeenten beveelt de Raad aan om …" after the ones to the minister and the answers: a new
            # addressee opens a new recommendation, whatever words it shares with an earlier one (round 42)
            kept.append(c)
            continue
        if earlier and spoken:
            # (exact words only: a recall says the recommendation again in its words, and a part of a
            # compound in common — "verkeer" in "fietsverkeer" — does not make a new one a recall)
            best = ContentIndex([text[e.start : e.end] for e in earlier]).matches(
                text[c.start : c.end], compounds=False
            )
            if by_score and best and len(best[0].shared) >= 2 and best[0].score >= _RECALL_SCORE:
                continue
            # (or a short recall whose own words, past its recommender and verb, are all the earlier one's: "De
            # raad vraagt om structurele medefinanciering door het Rijk." after "Hij vindt dat het Rijk de depots
            # structureel moet medefinancieren, omdat …")
            own = [
                w
                for w in content_word_list(text[c.start : c.end])
                if w not in pat.RECOMMENDER_NOUNS and w not in pat.PROSE_VERB_WORDS
            ]
            most = max(best, key=lambda m: len(m.shared), default=None)
            if most is not None and len(most.shared) >= 3 and len(most.shared) >= len(own):
                continue
        kept.append(c)
    return kept


#: How close (`ContentIndex` score) a prose recommendation after the government's answers must be to an
#: earlier one to be that one recalled.
_RECALL_SCORE = 0.5
#: How many of the candidates before it a possible recall is compared with.
_RECALL_WINDOW = 12


def _without_second_closing(text: str, spans: list[tuple[int, int]], prose: list[_Cand]) -> list[_Cand]:
    """`prose` without a second closing member of one body that the government answers in its paragraph: "Ten
    slotte vindt het PBL dat het Rijk «…»" among the recommendations, then, among the answers, "Het PBL vraagt ten
    slotte om meer inzicht in …. Dat inzicht wil ik ook." (the last one recalled in other words; round 51)."""

    def sentence_start(c: _Cand) -> int:
        # (a quoted recommendation starts inside its sentence: "Ten slotte vindt het PBL dat het Rijk «…»")
        k = bisect.bisect_right(starts(spans), c.start) - 1
        return spans[k][0] if k >= 0 else c.start

    closers = [c for c in prose if pat.CLOSES_SERIES.match(text, sentence_start(c), c.end)]
    drop = {
        id(c)
        for k, c in enumerate(closers)
        if k > 0
        and any(set(c.by) & set(o.by) and "\n\n" in text[o.end : c.start] for o in closers[:k])
        and _answer_follows(text, spans, c.end)
    }
    return [c for c in prose if id(c) not in drop]


def _without_lead_in_view(text: str, spans: list[tuple[int, int]], prose: list[_Cand]) -> list[_Cand]:
    """`prose` without a body's view that closes the paragraph right before the paragraph that opens with that body's
    explicit advice: "… De raad vindt dat deze bewoners beter in beeld moeten komen." then "De raad beveelt aan om …
    Daarnaast adviseert de raad …" (the aim the advice serves, not a recommendation of its own; round 58). A view
    inside a series ("Ook vindt de raad dat …"), one that shares its paragraph with other advice, or one of another
    body stays."""
    drop: set[int] = set()
    for c in prose:
        k = bisect.bisect_right(starts(spans), c.start) - 1
        if k < 0 or not pat.PLAIN_VIEW_OPENS.match(text, spans[k][0], c.end):
            continue
        para_start = text.rfind("\n\n", 0, c.start) + 2
        para_end = text.find("\n\n", c.end)
        if para_end < 0 or text[c.end : para_end].strip():
            continue  # (not the paragraph's last sentence)
        if any(o is not c and para_start <= o.start < para_end for o in prose):
            continue
        nxt = para_end + 2
        while nxt < len(text) and text[nxt] in "\n ":
            nxt += 1
        if not pat.EXPLICIT_ADVICE_OPENS.match(text, nxt):
            continue
        if any(o.start == nxt and set(o.by) & set(c.by) for o in prose):
            drop.add(id(c))
    return [c for c in prose if id(c) not in drop]


def _body_by_noun(sentence: str, ctx: _Context, before: str) -> list[str]:
    """The body that the generic noun opening `sentence` stands for: the one report organisation whose
    name ends in it ("Het instituut doet twee aanbevelingen." -> ["Rathenau Instituut"]), else the last
    name ending in it in `before`, the text before the sentence ("Het Nederlands Jeugdinstituut heeft
    … vergeleken."); [] when there is none (or several report organisations)."""
    words = sentence.split(maxsplit=2)
    if (
        len(words) < 2
        or words[0].lower() not in ("de", "het")
        or not words[1].isalpha()
        or not words[1].islower()
    ):
        return []
    noun = words[1]
    # (a compound name holds it at its end: "Het instituut" for the "Nederlands Jeugdinstituut")
    named = [org for org in ctx.report_orgs if any(w.endswith(noun) for w in org.lower().split())]
    if named:
        return named if len(named) == 1 else []
    found = [m.group(1) for m in re.finditer(pat.NAME_ENDING.format(noun=noun), before)]
    return [pat.LEADING_ARTICLE.sub("", found[-1])] if found else []


def _generic_subject_before(text: str, spans: list[tuple[int, int]], start: int) -> str | None:
    """The generic recommender noun ("inspectie", "raad") that opens one of the three sentences before `start` in its
    paragraph ("De inspectie heeft … bezocht."), the nearest first; else None."""
    k = bisect.bisect_left(starts(spans), start) - 1
    for j in range(k, max(-1, k - 3), -1):
        if "\n\n" in text[spans[j][1] : start if j == k else spans[j + 1][0]]:
            return None
        words = text[spans[j][0] : spans[j][1]].split(maxsplit=2)
        if len(words) > 1 and words[0].lower() in ("de", "het") and words[1] in pat.RECOMMENDER_NOUNS:
            return words[1]
    return None


def _pronoun_subject(sentence: str) -> bool:
    """Whether a "Verder …" sentence has a pronoun as its recommender: "Verder stellen zij voor …"."""
    cont = pat.CONTINUING_OPENER.match(sentence)
    if cont is None:
        return False
    rest = sentence[cont.end() :]
    inverted = pat.INVERTED_VERB.match(rest)
    if inverted is None:
        return False
    words = rest[inverted.end() :].split(maxsplit=1)
    return bool(words) and words[0].lower() in pat.PRONOUNS


def _same_recommender(sentence: str, series_by: list[str], ctx: _Context) -> bool:
    """Whether a "Verder …" sentence names the recommender of the ordinal series so far (`series_by`:
    "Verder vindt de Afdeling dat …" after "Daarnaast beveelt de Afdeling aan …" and the answer to it):
    it continues the series however far the answers in between have carried it. The caller asks only
    for sentences that are prose recommendations ("Ook met de derde aanbeveling van de RVS ben ik het
    eens" answers one)."""
    cont = pat.CONTINUING_OPENER.match(sentence)
    if cont is None or not series_by:
        return False
    by, np_span = _recommenders(sentence, sentence[cont.end() :], ctx)
    if np_span is None:
        return False
    words = sentence[np_span[0] : np_span[1]].split()
    if not words or words[0].lower() in pat.PRONOUNS:
        return False  # "Verder bevelen zij aan …": a pronoun may stand for another study's authors
    return any(same_body(a, b, ctx) for a in by for b in series_by)


def _restated_with_answer(text: str, s: int, e: int, ctx: _Context) -> list[_Cand]:
    """Recommendations restated inside a sentence that also answers or introduces them:
    "De derde aanbeveling, om …, volgt het kabinet niet." (the apposition) and "De raad vraagt
    in zijn eerste en tweede aanbeveling om A en om B." (one candidate per ordinal)."""
    sentence = text[s:e]
    if (q := pat.ORDINAL_QUOTED_APPOSITION.match(sentence)) is not None:
        # "Met de derde aanbeveling, «Schaf … af», vraagt de raad om …": the quotation is the recommendation
        cs, ce = _strip_markup(text, s + q.start("quote"), s + q.end("quote"))
        by = list(ctx.previous) or list(ctx.report_orgs)
        ordinal = pat.ORDINAL_WORDS[q.group("ord").lower()]
        return (
            [_Cand(ordinal, cs, ce, priority=3, by=by, to=None, to_from_text=True, recalled=True)]
            if ce > cs
            else []
        )
    if (m := pat.ORDINAL_APPOSITION.match(sentence)) is not None:
        word = m.group("ord")
        ordinal = pat.ORDINAL_WORDS[word.lower()] if word else int(m.group("num"))
        comma = text.rfind(",", s + m.end(), e)
        if comma < 0:
            return []
        cs, ce = _strip_markup(text, s + m.end(), comma)
        by = list(ctx.previous) or list(ctx.report_orgs)
        return (
            [_Cand(ordinal, cs, ce, priority=3, by=by, to=None, to_from_text=True, recalled=True)]
            if ce > cs
            else []
        )
    m = pat.COORDINATED_ORDINALS.search(sentence) if pat.COORDINATED_KEY in sentence else None
    if m is None or _is_government_reaction(sentence):
        return []
    words = [w for w in (m.group("o0"), m.group("o1"), m.group("o2")) if w]
    ordinals = [pat.ORDINAL_WORDS[w.lower()] for w in words]
    parts = _coordinated_spans(text, s + m.end(), e)
    if len(parts) != len(ordinals):
        return []  # "om A en B" for two ordinals: where one ends is not known
    by, np_span = _recommenders(sentence, sentence[: m.start()], ctx)
    to = _addressee(sentence, np_span)
    ctx.previous = by
    return [
        _Cand(o, *_strip_markup(text, ps, pe), priority=3, by=list(by), to=to)
        for o, (ps, pe) in zip(ordinals, parts, strict=True)
    ]


def _coordinated_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """`text[start:end]` (closing punctuation left off) cut where `COORDINATED_SPLIT` says the next of several
    coordinated recommendations starts ("… en om …", "…, om …")."""
    while end > start and text[end - 1] in ".!? \t\n":
        end -= 1
    parts: list[tuple[int, int]] = []
    for cut in pat.COORDINATED_SPLIT.finditer(text, start, end):
        parts.append((start, cut.start()))
        start = cut.end()
    parts.append((start, end))
    return parts


def _coordinated_parts(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The recommendations coordinated in one prose sentence after its first "om"/"dat" ("De IOB adviseert om «A»
    en om «B»." -> the spans of "«A»" and "«B»", unquoted), split where `COORDINATED_SPLIT` says the next starts;
    [] when the sentence has no "om"/"dat" to start from."""
    first = pat.COORDINATED_START.search(text, s, e)
    if first is None:
        return []
    out = []
    for ps, pe in _coordinated_spans(text, first.end(), e):
        # the "om"/"dat" each part opens with, then its quotes
        opener = pat.COORDINATED_START.match(text, ps, pe)
        qs, qe = forms.unquote(text, *_strip_markup(text, opener.end() if opener else ps, pe))
        out.append((qs, qe))
    return out


#: How much of the block after an "Aanbeveling N" heading is read to tell whether it opens
#: with the government speaking ("Ik neem deze aanbeveling over"): the words, not the block.
_OPENING_WINDOW = 256


def _topic_title(text: str, c: _Cand) -> bool:
    """Whether a heading's recommendation is only a topic's title: a short noun phrase ("een meetbaar doel", "de
    verantwoording"), not an imperative ("Zet de verlichting weer aan bij regen")."""
    words = text[c.start : c.end].split()
    return 0 < len(words) <= 6 and (words[0][:1].islower() or words[0].lower() in pat.TOPIC_TITLE_ARTICLES)


def _headings(
    text: str, headings: Sequence[tuple[str, int, int]], ctx: _Context, index: _TextIndex
) -> list[_Cand]:
    """Candidates from "Aanbeveling 3: …" headings and inline labels."""
    out: list[_Cand] = []
    given: list[tuple[int, int]] = []
    found: list[tuple[int, int, int, int]] = []  # ordinal, heading start, heading end, rest start or -1
    for title, hs, he in headings:
        m = pat.RECOMMENDATION_HEADING.match(title.strip())
        if m is None:
            continue
        rest = (m.group("rest") or "").strip(" *")
        idx = text.find(rest, hs, max(he, hs + len(title) + 10)) if rest else -1
        found.append((pat.heading_number(m), hs, he, idx))
        given.append((hs, he))
    given_spans = _Containment(given)
    line_spans = list(given)
    for m in _lines(pat.RECOMMENDATION_HEADING, text):
        # Only the given headings can overlap: the matches found here follow one another.
        if given_spans.holds(m.start()) or given_spans.starts_in(m.start(), m.end()):
            continue
        rest_start = m.start("rest") if m.group("rest") else -1
        # "Aanbeveling 1: beperk …. Aanbeveling 2: zorg dat …. Aanbeveling 3: laat …" on one line: each label after a
        # sentence end opens the next, read as an inline label (round 60)
        end = _next_label_after_sentence(text, rest_start, m.end()) if rest_start >= 0 else m.end()
        found.append((pat.heading_number(m), m.start(), end, rest_start))
        line_spans.append((m.start(), end))
    stripped_end: dict[int, int] = {}  # block end -> that end before trailing markup
    for ordinal, hs, he, rest_start in found:
        if rest_start >= 0:
            s, e = _strip_markup(text, rest_start, max(he, rest_start))
            line_end = text.find("\n", rest_start, e)
            if line_end != -1:
                e = line_end
            s, e = _strip_markup(text, s, e)
            e = _before_answer(text, s, e, index)  # "Aanbeveling 2: verhoog …. Op dit punt zie ik …"
            s, e = _title_or_next(text, s, e, index)  # "Aanbeveling 1 – Eén loket" + the paragraph under it
        else:
            k = he
            while k < len(text) and text[k] in " \t\n":
                k += 1
            bm = index.blank_line(k)
            block_end = bm[0] if bm is not None else len(text)
            if block_end not in stripped_end:
                r = block_end
                while r > 0 and text[r - 1] in " \t\n*_":
                    r -= 1
                stripped_end[block_end] = r
            s = k
            while s < block_end and text[s] in " \t\n*_":
                s += 1
            e = max(s, stripped_end[block_end])
            if s == e or _opens_as_reaction(text, s, e):
                s, e = _strip_markup(text, hs, he)
        s, e = forms.unquote(text, s, e)  # Aanbeveling 5: «Zorg voor …»
        if e <= s:
            continue
        by = list(ctx.report_orgs)
        if not by and forms.prose_recommendations(text, [(s, e)]):
            # the paragraph under the label in the body's own words ("De raad adviseert om …"): the body it names
            # (round 65)
            by = _recommenders(text[s:e], text[s:e], ctx)[0]
        out.append(_Cand(ordinal, s, e, priority=1, by=by, to=None, to_from_text=True))
    for m in _lines(pat.RECOMMENDATION_RUN_IN, text):
        # "Aanbeveling 2 (financiering) Stel een fonds in …": the bracketed title is no heading
        line_end = text.find("\n", m.end())
        line_end = line_end if line_end != -1 else len(text)
        s, e = _strip_markup(text, m.end(), line_end)
        if pat.ANSWER_AFTER_LABEL.match(text, s, e):
            continue  # "Aanbeveling 1 (taal) neem ik niet over": the answer, not the recommendation
        if m.group("title") is None and not _instruction_after_label(text[s:e]):
            continue  # "Aanbeveling 1 Richt …", not "Aanbeveling 1 Het kabinet neemt over"
        e = _before_answer(text, s, e, index)
        s, e = forms.unquote(text, s, e)
        if e > s:
            line_spans.append((m.start(), line_end))
            out.append(
                _Cand(
                    int(m.group("num")),
                    s,
                    e,
                    priority=1,
                    by=list(ctx.report_orgs),
                    to=None,
                    to_from_text=True,
                )
            )
    headed = _Containment(list(line_spans))
    for m in _lines(pat.ORDINAL_RUN_IN, text):
        # "**Eerste aanbeveling.** Stel het budget ook open …": the ordinal label, then the recommendation
        if headed.holds(m.start()):
            continue  # "**Tweede aanbeveling: een handreiking**": read above as a heading (round 57)
        line_end = text.find("\n", m.end())
        line_end = line_end if line_end != -1 else len(text)
        s, e = _strip_markup(text, m.end(), line_end)
        if pat.ANSWER_AFTER_LABEL.match(text, s, e):
            continue
        e = _before_answer(text, s, e, index)
        s, e = forms.unquote(text, s, e)
        if e > s:
            line_spans.append((m.start(), line_end))
            ordinal = pat.ORDINAL_WORDS[m.group("ord").lower()]
            out.append(_Cand(ordinal, s, e, priority=1, by=list(ctx.report_orgs), to=None, to_from_text=True))
    spans = _Containment(line_spans)
    next_line_end = -1
    for m in _inline_labels(text):
        if spans.holds(m.start()):
            continue
        if next_line_end < m.end():
            found_end = text.find("\n", m.end())
            next_line_end = found_end if found_end != -1 else len(text)
        s, e = _strip_markup(text, m.end(), index.sentence_end(m.end(), next_line_end))
        if pat.ANSWER_AFTER_LABEL.match(text, s, e):
            continue  # "Aanbeveling 1 (taal) neem ik niet over": the answer, not the recommendation
        s, e = forms.unquote(text, s, e)
        if e > s:
            out.append(
                _Cand(
                    int(m.group("num")),
                    s,
                    e,
                    priority=1,
                    by=list(ctx.report_orgs),
                    to=None,
                    to_from_text=True,
                )
            )
    return out


#: A label's title of at most this many words may stand for the paragraph under it.
_MAX_TITLE_WORDS = 8
#: At most this many words make an instruction a heading's title over the recommendation in full ("Verleng de termijn").
_MAX_INSTRUCTION_TITLE_WORDS = 6


def _next_label_after_sentence(text: str, start: int, end: int) -> int:
    """Where the first inline label ("Aanbeveling 2: …") in ``text[start:end]`` that follows a sentence end begins
    (the whitespace before it included), else `end`."""
    for m in pat.RECOMMENDATION_INLINE.finditer(text, start, end):
        before = text[start : m.start()].rstrip()
        if before.endswith((".", ";", "!", "»", "”")):
            return start + len(before)
    return end


def _title_or_next(text: str, s: int, e: int, index: _TextIndex) -> tuple[int, int]:
    """For a label whose text is only a title ("Aanbeveling 1 – Eén aanspreekpunt"), the
    recommendation is the paragraph right under it when that paragraph reads as one ("Zorg dat
    elke regio …") and is not the answer; else the title itself."""
    title = text[s:e]
    # a short instruction as the title ("Aanbeveling 2: Vergoed het onderzoek") over the recommendation in full, an
    # instruction of its own ("Vergoed de kosten van het vleermuisonderzoek volledig uit de subsidieregeling."): the
    # paragraph is the recommendation (round 64)
    titled_instruction = len(title.split()) <= _MAX_INSTRUCTION_TITLE_WORDS and forms.is_instruction(title)
    # (a short title over the body's own words in prose: "Aanbeveling 1 – Hoor de werknemer" over "De inspectie beveelt
    # aan dat UWV iedere werknemer hoort voordat …"; round 65)
    prose_below = (
        _prose_paragraph_below(text, e, index) if len(title.split()) <= _MAX_INSTRUCTION_TITLE_WORDS else None
    )
    if prose_below is not None:
        return prose_below
    if len(title.split()) > _MAX_TITLE_WORDS or (
        forms.is_recommendation_shaped(title) and not titled_instruction
    ):
        return s, e
    below = _paragraph_under(text, e, index)
    if below is None:
        return s, e
    ns, ne = below
    if not forms.is_recommendation_shaped(text[ns:ne]):
        return s, e
    if titled_instruction and (
        not forms.is_instruction(text[ns:ne]) or len(text[ns:ne].split()) <= len(title.split())
    ):
        return s, e
    return forms.unquote(text, ns, ne)


def _paragraph_under(text: str, e: int, index: _TextIndex) -> tuple[int, int] | None:
    """The paragraph right under a label's line ending at `e`, up to where the answer begins (`_before_answer`), or
    None when there is none or it opens as the answer."""
    line_end = text.find("\n", e)
    if line_end == -1:
        return None
    k = index.non_space(line_end)
    if k >= len(text):
        return None
    bm = index.blank_line(k)
    ns, ne = _strip_markup(text, k, bm[0] if bm is not None else len(text))
    if ne <= ns or _opens_as_reaction(text, ns, ne) or pat.ANSWER_OPENER.match(text[ns : min(ne, ns + 80)]):
        return None
    return ns, _before_answer(text, ns, ne, index)


def _prose_paragraph_below(text: str, e: int, index: _TextIndex) -> tuple[int, int] | None:
    """The paragraph right under a label's line ending at `e` when it is one sentence that restates a recommendation in
    prose, the body as subject ("De inspectie beveelt aan dat …"), and not the answer; else None."""
    below = _paragraph_under(text, e, index)
    if below is None:
        return None
    ns, ne = below
    hits = forms.prose_recommendations(text, [(ns, ne)])
    if len(hits) != 1 or hits[0].sentence != (ns, ne) or _FIRST_PERSON.search(text[ns:ne]):
        return None
    return ns, ne


def _before_answer(text: str, s: int, e: int, index: _TextIndex) -> int:
    """End of a labelled recommendation ("Aanbeveling 2: verhoog de subsidie …") whose line runs
    on into the government's answer: before the first later sentence in the first person or
    with the government as subject ("Op dit punt zie ik geen aanleiding …"), or saying what holds already ("Sinds
    2025 …", `ALREADY_SINCE_OPENING`). Sentences of the report's own explanation ("De raad ziet in zo'n visie …") stay. A sentence opening with a
    reaction or status label ("Reactie: …", "Stand van zaken: afgerond.") is the answer too."""
    end = index.sentence_end(s, e)
    while end < e:
        k = index.non_space(end)
        if k >= e:
            break
        nxt = index.sentence_end(k, e)
        sentence = text[k:nxt]
        if (
            _FIRST_PERSON.search(sentence)
            or pat.GOVERNMENT_SUBJECT.match(sentence)
            or codes_pat.REACTION_LABEL.match(sentence)  # "Stand van zaken: in uitvoering."
            or pat.ALREADY_SINCE_OPENING.match(sentence)  # "Sinds 2025 hebben deze kinderen recht op …"
            or pat.SERVICE_DID_IT_OPENING.match(sentence)  # "RVO heeft dat aanspreekpunt in 2026 ingericht"
        ):
            return _strip_markup(text, s, end)[1]
        end = nxt
    return e


def _instruction_after_label(after: str) -> bool:
    """Whether the text after a bare "Aanbeveling N" label is the recommendation: capitalised, and an instruction or
    obligation (`is_recommendation_shaped`) or at least not opening as a statement (`STATEMENT_OPENERS`):
    "Beantwoord iedere klacht binnen zes weken.", not "De minister neemt haar over"."""
    if not after[:1].isupper():
        return False
    if forms.is_recommendation_shaped(after):
        return True
    words = after.split()
    if len(words) < 4:
        return False  # "Aanbeveling 2 Overgenomen.": a verdict, as in a table of answers
    first = words[0].strip(".,:;").lower()
    return first.isalpha() and first not in pat.STATEMENT_OPENERS


def _opens_as_reaction(text: str, s: int, e: int) -> bool:
    """Whether the block ``text[s:e]`` after a bare heading is no recommendation text: another
    heading, the government reacting, or first person. Reads the block's first line and words
    (and, for a reaction, looks for the noun "aanbeveling" up to `e`), never a copy of the block."""
    line_end = text.find("\n", s, e)
    first_line = text[s : line_end + 1 if line_end != -1 else e]
    if pat.RECOMMENDATION_HEADING.match(first_line):
        return True
    opening = text[s : min(e, s + _OPENING_WINDOW)]
    if pat.GOVERNMENT_SUBJECT.match(opening) and not pat.RECOMMENDATION_NOUN.search(text, s, e):
        return True
    return bool(_FIRST_PERSON.match(opening))


class _Paragraphs:
    """Which paragraph holds an offset: bisection when the spans are sorted and disjoint."""

    def __init__(self, paragraphs: Sequence[tuple[str, int, int]] | None) -> None:
        self.paragraphs = list(paragraphs or ())
        self.starts = [ps for _, ps, _ in self.paragraphs]
        self.sorted = all(
            a[2] <= b[1] and a[1] <= a[2] for a, b in zip(self.paragraphs, self.paragraphs[1:], strict=False)
        )

    def of(self, start: int) -> str | None:
        if not self.sorted:
            return next((pid for pid, ps, pe in self.paragraphs if ps <= start < pe), None)
        k = bisect.bisect_right(self.starts, start) - 1
        if k >= 0 and self.paragraphs[k][1] <= start < self.paragraphs[k][2]:
            return self.paragraphs[k][0]
        return None


def _next_in_series(text: str, numbered: list[_Cand], prose: list[_Cand]) -> list[_Cand]:
    """The prose recommendation of a paragraph that opens on the next ordinal of a series numbered 1 … n ("De derde
    aanbeveling van IOB reikt verder dan het programma zelf. IOB adviseert om «…»" after the first two were quoted), with
    that ordinal; the first such one per paragraph."""
    ordinals = sorted({c.ordinal for c in numbered if c.ordinal is not None})
    if not ordinals or ordinals != list(range(1, len(ordinals) + 1)):
        return []
    following = ordinals[-1] + 1
    out: list[_Cand] = []
    seen: set[int] = set()
    for c in sorted(prose, key=lambda c: c.start):
        para = text.rfind("\n\n", 0, c.start)
        para = 0 if para < 0 else para + 2
        opener = pat.NEXT_IN_SERIES_OPENER.match(text, para)
        if opener is None or para in seen or pat.ORDINAL_WORDS[opener.group("ord").lower()] != following:
            continue
        seen.add(para)
        c.ordinal = following
        out.append(c)
        following += 1
    return out


def find_recommendations(
    text: str,
    paragraphs: Sequence[tuple[str, int, int]] | None = None,
    headings: Sequence[tuple[str, int, int]] | None = None,
) -> list[Recommendation]:
    """Find the recommendations of the report a letter responds to, as the letter restates them.

    `paragraphs` are (id, start, end) spans of `text` used to fill `Recommendation.paragraph`;
    `headings` are (title, start, end) spans of headings in `text` ("Aanbeveling 3 – …").
    Each result has `text == text[start:end]` (the restating sentence, list item or heading
    text), an `ordinal`, `by` (recommenders without article, short forms where introduced)
    and `to` (addressee as written, when named). Ids "r1", "r2", … follow ordinal order
    (ties and unnumbered items by position). Enumerations of the government's own measures
    and "Ten eerste" sentences without a recommendation verb or noun are not recommendations.
    """
    ctx = _Context(text)
    spans = sentence_spans(text)
    lists = _Lists(text)
    # a numbered section heading ("3. Reactie", "1. Het rapport van de Algemene Rekenkamer") is no list item, whatever
    # numbered items stand before it (a heading that reads as one is: "### 1. Zorg dat iedere student …")
    plain_heads = [
        (hs, he)
        for title, hs, he in headings or ()
        if not pat.RECOMMENDATION_HEADING.match(title.strip())
        and not forms.is_recommendation_shaped(re.sub(r"^[\s*_#]*\d{1,2}[.)]?\s+", "", title))
    ]
    section_heads = _Containment(plain_heads)
    explained, plain = _block_lists(text, spans, ctx)
    # (numbered section headings read as such before the "Aanbeveling 1: …" under them are weighed: "### 1.
    # Routeplanners" then "Aanbeveling 1: Stel …" is a section and its recommendation, not two items numbered 1)
    listed = [
        c
        for c in [*explained, *_lists(text, spans, headings or (), ctx, lists), *plain]
        if not section_heads.holds(c.start)
    ]
    # a numbered heading that reads as an instruction ("### 4. Werk voor partners") over the answer to the item the
    # report's list above already gave with that number: the answer's section, not the recommendation again
    all_heads = _Containment([(hs, he) for _t, hs, he in headings or ()])
    listed = [
        c
        for c in listed
        if not (
            c.ordinal is not None
            and all_heads.holds(c.start)
            and any(
                o.ordinal == c.ordinal and o.end <= c.start and not all_heads.holds(o.start) for o in listed
            )
        )
    ]
    # "Aanbeveling 2" as the heading of the answer to a recommendation already listed above it ("IOB doet vier
    # aanbevelingen: 1. …; 2. …" then "### Aanbeveling 1" / the answer): a section, not the recommendation again
    headed = [
        c
        for c in _headings(text, headings or (), ctx, lists.index)
        if not any(item.ordinal == c.ordinal and item.end <= c.start for item in listed)
    ]
    if headed and all(_topic_title(text, c) for c in headed):
        # "Aanbeveling 1: een meetbaar doel" … as the headings of the answers, after a paragraph that gave the
        # recommendations in prose ("De Rekenkamer beveelt mij aan om …. Verder raadt zij aan …"): the headings are the
        # topics of the answers, the prose holds the recommendations, as many as there are headings (round 48)
        first_heading = min(c.start for c in headed)
        before = [c for c in _prose(text, spans, ctx) if c.end <= first_heading]
        if len(before) == len(headed):
            headed = []
    cands = [
        *labelled_rows(text, list(ctx.report_orgs)),  # "R3 Aanbeveling: … Reactie: …"
        *chapter_lists(text, list(ctx.report_orgs)),  # "3.1 Zorg dat …", "3.2 Laat …"
        *headed,
        *listed,  # (the explained ones before the colon lists: their items end at the explanation)
    ]
    ordinal_sentences = _ordinal_sentences(text, spans, ctx, [hs for _t, hs, _he in headings or ()])
    ordinal_sentences = _without_body_recalls(text, spans, ctx, ordinal_sentences)
    cands.extend(ordinal_sentences)
    cands.extend(core_advice(text, spans, list(ctx.report_orgs)))  # "Het kernadvies van de SER is dat …"
    cands.extend(colon_restated(text, spans, list(ctx.report_orgs)))  # "… richt één aanbeveling tot X: leg …"
    cands.extend(
        colon_series(text, spans, list(ctx.report_orgs))
    )  # "… drie aanbevelingen: X moet …; Y moet …"
    cands.extend(_summary_items(text, ctx))
    cands.extend(_inline_quoted(text, spans, ctx))
    cands = [c for c in cands if not section_heads.holds(c.start)]
    for c in cands:
        # (nor does an item's explanation run on past such a heading: "2. Het rapport van de Nationale ombudsman"
        # opens the next report's section)
        if c.explanation is not None:
            cut = min(
                (hs for hs, _he in plain_heads if c.explanation[0] <= hs < c.explanation[1]), default=None
            )
            if cut is not None:
                c.explanation = (c.explanation[0], cut) if cut > c.explanation[0] else None
    explanations = _Containment([c.explanation for c in cands if c.explanation is not None])
    numbered = [c for c in cands if c.ordinal is not None]
    if numbered and _recalled_by_ordinal(text, spans, ctx, numbered, ordinal_sentences, explanations):
        # "De vierde aanbeveling betreft het nieuwe stelsel, …" among the answers, after the report's prose gave all
        # four: the answer's frame pointing back, not a restatement
        recalled = {id(c) for c in numbered}
        cands = [c for c in cands if id(c) not in recalled]
        numbered = []
    if not numbered:
        prose = [c for c in _prose(text, spans, ctx) if not explanations.holds(c.start)]
        # ("De raad vraagt om structurele medefinanciering door het Rijk. Ik begrijp die wens, maar …" after the
        # answers began: the raad's "… moet … structureel medefinancieren" said again, as after a numbered list)
        prose = _without_recalls(text, [*cands, *prose], prose, by_score=False)
        embedded = _new_embedded(text, _embedded(text, spans, ctx), [*cands, *prose], explanations)
        past = [c for c in prose if pat.PAST_ADVICE.search(text, c.start, c.end)]
        if not cands and not ctx.report_orgs and len(past) < 2:
            # In a letter answering no report, one advice told in the past ("In 2023 adviseerde de
            # Gezondheidsraad om …; dat advies is destijds niet overgenomen") is background; a series
            # of them ("De commissie adviseerde …. Daarnaast beval de commissie aan …") is a report
            # restated, as a yearly progress report on its recommendations does
            prose = [c for c in prose if c not in past]
        # … and so is a party's standing wish, in any letter ("De vereniging vraagt al jaren om …", "Gemeenten vragen
        # al langer om meer houvast" under a heading of the answers: a position held, not a report's advice; round 49)
        prose = [c for c in prose if not pat.STANDING_WISH.search(text, c.start, c.end)]
        prose = _without_second_closing(text, spans, prose)
        prose = _without_lead_in_view(text, spans, prose)
        if not cands and not prose:
            # Alone, advice named in passing ("… past bij het advies van de Gezondheidsraad om …")
            # does not make a letter a reaction: only the answered report's own recommender counts,
            # or a sentence that decides on it ("In deze brief onderschrijft het kabinet de
            # aanbeveling van de WRR om …"; not "Hierbij wordt ook de aanbeveling van X betrokken").
            embedded = [
                c for c in embedded if set(c.by) & set(ctx.report_orgs) or _answered_here(text, spans, c)
            ]
        cands.extend(prose)
        # "De aanbeveling van de ombudsman om …, neem ik over" after the ombudsman's own prose: recalled
        # in the answer (a sentence deciding on it), not another recommendation
        said = {b for c in prose for b in c.by}
        cands.extend(
            c
            for c in embedded
            if not (
                set(c.by) & said
                and (_answered_here(text, spans, c, any_stance=True) or _recalls_its_body(text, c, prose))
            )
        )
    else:
        # Where a list, headings or "Ten eerste …" give the recommendations, a later "De commissie
        # beveelt aan …" discusses one of them again (the reaction), it does not add one; prose
        # of another recommender after them (a second report: "De evaluatoren adviseren …,
        # Daarnaast bevelen zij aan …") does. Only the sentences after them are read.
        # (an ordinal sentence that only says a listed one again, "De derde aanbeveling is gericht aan de
        # schoolbesturen" after "1. …; 2. …; 3. …", ends no series: prose of a second report before it is read)
        last = max(c.end for c in drop_recalled(list(numbered)) or numbered)
        later = [(a, b) for a, b in spans if a >= last]
        prose = [c for c in _prose(text, later, ctx) if not explanations.holds(c.start)]
        prose = _without_recalls(text, [*cands, *prose], prose)
        # as without a list: "Het advies van de Kiesraad om alleen …, neem ik niet over" after the
        # Kiesraad's own prose (or items) is that advice recalled in its answer, in other words
        prose.extend(
            c
            for c in _new_embedded(text, _embedded(text, later, ctx), prose, explanations)
            if not (_said_before(c, [*cands, *prose]) and _answered_here(text, spans, c, any_stance=True))
        )
        cands.extend(_other_recommenders(text, drop_recalled(list(cands)) or cands, prose))
        cands.extend(_next_in_series(text, numbered, [c for c in prose if c not in cands]))
        # Prose of another recommender before the numbered ones: two reports, the first in prose
        # ("De Rekenkamer beveelt mij aan om …"), the second numbered ("De eerste is om …").
        first = min(c.start for c in numbered)
        earlier = [(a, b) for a, b in spans if b <= first]
        before = [c for c in _prose(text, earlier, ctx) if not explanations.holds(c.start)]
        # "De eerste aanbeveling van het PBL vraagt …" among the answers, after the PBL's own prose and before another
        # report's numbered list: the answer's frame recalling the PBL's first, not a numbered one of its own (round 58)
        framed = {
            id(c)
            for c in numbered
            if c.ordinal is not None
            and pat.ORDINAL_OF_BODY.match(text, c.start)
            and any(set(c.by) & set(b.by) for b in before)
            # (only beside another body's numbered list: "De derde aanbeveling van de Rli is om …" after the Rli's
            # first two in prose goes on with them)
            and any(o.by and not set(o.by) & set(c.by) for o in numbered)
        }
        if framed and len(framed) < len(numbered):
            numbered = [c for c in numbered if id(c) not in framed]
            cands = [c for c in cands if id(c) not in framed]
        others = _other_recommenders(text, numbered, before, after=False)
        # prose under an earlier heading that names another report ("### 1. «Rook zonder uitweg»" before
        # "### 2. «Alleen in de cel»"): that report's recommendations, whoever made them
        given = [(t, hs) for t, hs, _he in headings or () if hs < first]
        in_text = [(m.group(0), m.start()) for m in pat.MARKDOWN_HEADING.finditer(text, 0, first)]
        last_heading = max(given or in_text, key=lambda h: h[1], default=None)
        # (or by its kind and maker: "### 1. Het advies van de Rli" … "### 2. De evaluatie van WEcR")
        if last_heading is not None and (
            pat.SOURCE_TITLE_HEADING.match(last_heading[0])
            or pat.SOURCE_HEADING.match(last_heading[0].strip())
        ):
            others.extend(c for c in before if c not in others and c.end <= last_heading[1])
        cands.extend(others)
        # (with the unnumbered ones other forms found there: "De Rli beveelt allereerst aan …" in prose,
        # then "Daarnaast vraagt de raad mij te zorgen voor …", read as an addressed request, before "De
        # derde aanbeveling …"; their ordinals are set in place)
        unnumbered = [c for c in cands if c.ordinal is None and c.end <= first]
        leading = sorted([*(c for c in before if c not in others), *unnumbered], key=lambda c: c.start)
        leading = [
            c for k, c in enumerate(leading) if not any(o.start <= c.start < o.end for o in leading[:k])
        ]
        cands.extend(c for c in leading_prose(text, numbered, leading) if c not in unnumbered)
    kept = heading_or_restatement(
        text,
        drop_recalled(split_addressed_items(text, resolve_overlaps(split_at_inner_ordinals(text, cands)))),
    )
    kept = continued_numbering(text, split_run_on_items(text, kept))
    kept = end_at_reaction(text, split_run_on_items(text, kept))  # (also items continued in later paragraphs)
    assign_codes(text, kept)
    _attach_sources(text, kept, ctx, [hs for _t, hs, _he in headings or ()])
    kept.sort(key=_order_key(kept))
    where = _Paragraphs(paragraphs)
    full_names = _full_report_names([c.source for c in kept])
    return [
        Recommendation(
            id=f"r{i}",
            ordinal=c.ordinal,
            code=c.code,
            text=text[c.start : c.end],
            start=c.start,
            end=c.end,
            paragraph=where.of(c.start),
            by=c.by,
            to=c.to if c.to is not None or not c.to_from_text else _addressee(text[c.start : c.end], None),
            report=full_names.get(c.source, c.source) if c.source is not None else None,
            explanation=text[c.explanation[0] : c.explanation[1]] if c.explanation else None,
        )
        for i, c in enumerate(kept, start=1)
    ]


def _full_report_names(sources: list[str | None]) -> dict[str, str]:
    """A short name of a body that the letter also names in full, mapped to the full name: "Rekenkamer" → "Algemene
    Rekenkamer" when one recommendation says "De Rekenkamer beveelt aan …" and the next "Verder vraagt zij …" after
    the full name (one report, numbered as one series; round 50). Only where exactly one longer name ends in it."""
    names = {s for s in sources if s}
    out: dict[str, str] = {}
    for short in names:
        # (the full name only: one or two words before the short one, no two bodies joined, "X en Bureau Y")
        longer = [
            n
            for n in names
            if n != short
            and n.lower().endswith(" " + short.lower())
            and len(n[: -len(short)].split()) <= 2
            and " en " not in f" {n[: -len(short)]}"
        ]
        if len(longer) == 1:
            out[short] = longer[0]
    return out


def _block_lists(text: str, spans: list[tuple[int, int]], ctx: _Context) -> tuple[list[_Cand], list[_Cand]]:
    """Candidates from lists at line starts (explanations under the items, loose leads) and from
    quoted paragraphs after a lead: (lists with explanations, the others)."""
    explained: list[_Cand] = []
    plain: list[_Cand] = []
    # alternating recommendation and answer paragraphs first: they number a quoted series that
    # the quoted-paragraph reader would restart at each answer
    found = [*series.alternating_lists(text), *forms.block_lists(text, spans)]
    for q in forms.quoted_lists(text, spans):
        if q.strong or all(forms.is_recommendation_shaped(text[it.start : it.end]) for it in q.items):
            found.append(q)
    for bl in found:
        by, np_span = _recommenders(bl.lead, bl.lead, ctx)
        if pat.LEAD_PRONOUN.match(bl.lead) and len(by) > 1 and by == ctx.report_orgs:
            # "De onderzoekers concluderen …. Zij doen drie aanbevelingen: …" in a letter on two reports: the pronoun is
            # the body of the sentence before, not every report body (round 45)
            noun = generic_before(text, spans, bl.lead_start)
            before = (
                ctx.resolve([noun])
                if noun
                else ctx.resolve(named_before(text, spans, bl.lead_start, bl.lead))
            )
            by = before or by
        to = _addressee(bl.lead, np_span, head_only=False)
        source = forms.lead_source(bl.lead)
        if source is None and np_span is not None:
            source = _named(by)
        target = explained if bl.has_explanations else plain
        for it in bl.items:
            target.append(
                _Cand(
                    it.ordinal,
                    it.start,
                    it.end,
                    priority=2,
                    by=list(by),
                    to=to,
                    to_from_text=to is None,
                    source=it.source or source,
                    explanation=it.explanation,
                )
            )
        ctx.previous = by
    for lead, _lead_start, items in [*series.party_lists(text), *series.party_bullets(text)]:
        by, np_span = _recommenders(lead, lead, ctx)
        source = forms.lead_source(lead) or (_named(by) if np_span is not None else None)
        for pi in items:
            # priority 0: a party's bullets are read again by the plain list readers, one group
            # at a time and without their party
            plain.append(
                _Cand(pi.ordinal, pi.start, pi.end, priority=0, by=list(by), to=pi.to, source=source)
            )
    return explained, plain


def _summary_items(text: str, ctx: _Context) -> list[_Cand]:
    """Candidates from overview bullets "- aanbeveling 1, beleg …: overgenomen;": the text
    between the label and the last colon of the line is the recommendation, the rest the stance."""
    out: list[_Cand] = []
    found = list(_lines(pat.RECOMMENDATION_SUMMARY_ITEM, text))
    for k, m in enumerate(found):
        line_end = text.find("\n", m.end())
        if line_end < 0:
            line_end = len(text)
        if k + 1 < len(found):
            line_end = min(line_end, found[k + 1].start())
        colon = text.rfind(":", m.end(), line_end)
        end = colon if colon > m.end() else line_end
        s, e = _strip_markup(text, m.end(), end)
        s, e = _trim_item(text, s, e)
        if e <= s:
            continue
        by = list(ctx.report_orgs)
        out.append(_Cand(int(m.group("num")), s, e, priority=1, by=by, to=None, to_from_text=True))
    return out


def _inline_quoted(text: str, spans: list[tuple[int, int]], ctx: _Context) -> list[_Cand]:
    """Candidates quoted one after the other after a lead: "Zij doen twee aanbevelingen: «…» en «…»"."""
    out: list[_Cand] = []
    for qs, qe, lead in series.inline_quotes(text, spans):
        sentence = text[lead:qs]
        before = named_before(text, spans, lead, sentence)
        if before:
            ctx.previous = before  # "Het Nivel onderzocht …. Zij doen twee aanbevelingen: «…»"
        by, _span = _recommenders(sentence, sentence, ctx)
        said = pat.QUOTE_LEAD.match(sentence.rstrip(' :«“„"')) if _span is None else None
        if said is not None:
            # "De Aw schrijft: «…»", "Over … schrijven de onderzoekers: «…»": the subject of the verb of saying
            raw, _end = read_names(sentence, said.start("subject") if said.group("subject") else 0)
            by = ctx.resolve(raw) if raw else by
        out.append(
            _Cand(None, qs, qe, priority=3, by=list(by), to=None, to_from_text=True, source=_named(by))
        )
    return out


def _prose(text: str, spans: list[tuple[int, int]], ctx: _Context) -> list[_Cand]:
    """Candidates from prose: "De raad beveelt aan om …", "Daarnaast wordt aanbevolen …"."""
    out: list[_Cand] = []
    previous_para = -1  # the paragraph of the hit that last told the recommender
    for hit in forms.prose_recommendations(text, spans):
        para = text.rfind("\n\n", 0, hit.sentence[0]) + 1  # (0 when the text has one paragraph)
        para += len(text[para:]) - len(text[para:].lstrip())
        if para < hit.sentence[0] and pat.ANSWER_PARAGRAPH_OPENING.match(text, para):
            continue  # "Aanbeveling 5 neem ik niet over. De Rekenkamer stelt voor …": recalled in the answer
        if pat.GRANTED_REQUEST.match(text, hit.sentence[0]):
            continue  # "Wel vraagt de politie het Openbaar Ministerie …": the alternative an answer grants
        sentence = text[hit.sentence[0] : hit.sentence[1]]
        k = bisect.bisect_left(starts(spans), hit.sentence[0]) - 1
        if (
            k >= 0
            and "\n\n" not in text[spans[k][1] : hit.sentence[0]]
            and pat.PRONOUN_ASKS.match(sentence)
            and pat.MINISTER_OPENING.match(text, spans[k][0], spans[k][1])
        ):
            # "De staatssecretaris neemt deze aanbeveling over. Zij vraagt Zorginstituut Nederland …": the pronoun is
            # the minister of the sentence before, asking in answer (round 64)
            continue
        if k >= 0 and "\n\n" not in text[spans[k][1] : hit.sentence[0]]:
            lead = text[spans[k][0] : spans[k][1]]
            if forms.mentions_recommendations(lead):
                # "De Rob … doet twee aanbevelingen. De raad adviseert …": the body of the announcement
                lead_by, lead_np = _recommenders(lead, lead, ctx)
                if lead_np is not None and lead_by:
                    ctx.previous = list(lead_by)
        before = named_before(text, spans, hit.sentence[0], sentence, generic_noun=True)
        if before and all(b[:1].islower() for b in before):
            # "De inspectie stelt vast …. Zij beveelt … aan": the body by its noun, when the letter names one with it
            nouns = [b.split()[-1] for b in before]
            before = [n for n in ctx.resolve(before) if any(noun in n.lower() for noun in nouns)]
        if before:
            ctx.previous = before  # "De Nationale ombudsman onderzocht …. Hij vraagt mij …"
        elif just_named := noun_named_before(text, spans, hit.sentence[0], sentence, ctx):
            ctx.previous = just_named  # "De Rob kijkt breder dan de borden alleen. De raad adviseert …"
        elif (noun := generic_before(text, spans, hit.sentence[0])) is not None and not (
            noun.lower() in pat.RESEARCHER_NOUNS and len(ctx.previous) == 1 and previous_para == para
        ):
            # "De onderzoekers doen twee aanbevelingen. Zij raden aan …": not the body named before, but
            # the one that noun stands for (the study's authors beside a council's advice); unless a hit
            # just before in this paragraph told who they are ("TNO doet twee aanbevelingen. De onderzoekers
            # adviseren …. Verder bevelen zij aan …": TNO)
            ctx.previous = []
            resolved = ctx.resolve([f"de {noun}"]) if noun.islower() else []  # ("De Rekenkamer" names it)
            if resolved != [noun]:  # (a noun that names no body the letter knows leaves it open)
                ctx.previous = resolved
            elif k >= 0:
                # "Het Verwey-Jonker Instituut heeft de regeling geëvalueerd. … ¶ De onderzoekers doen twee
                # aanbevelingen. Zij adviseren …": the body the sentences before the lead name
                lead = text[spans[k][0] : spans[k][1]]
                ctx.previous = ctx.resolve(named_before(text, spans, spans[k][0], lead, across=True))
        by, np_span = _recommenders(sentence, sentence, ctx)
        subject = sentence.split(maxsplit=2)[1:2]
        if before and subject and subject[0].lower() in pat.RESEARCHER_NOUNS:
            by = ctx.resolve(before)  # "Het Nivel doet twee aanbevelingen. De onderzoekers adviseren …"
        if np_span is not None and by:
            ctx.previous = list(by)  # "Volgens de inspectie moet …. Daarnaast beveelt zij aan …"
            previous_para = para
        to = _addressee(sentence, np_span)
        source = _named(by) if np_span is not None else None
        # "De raad beveelt aan om X te doen, om Y te regelen en om Z te onderzoeken": three
        pieces = [(hit.start, hit.end)]
        numbered = series.inline_numbered(text, hit.start, hit.end)
        if numbered:
            # "… aan om (1) X te controleren, (2) Y te geven en (3) Z te registreren. Aan mij vraagt zij (4) …"
            for number, s, e in numbered:
                s, e = _strip_markup(text, s, e)
                out.append(_Cand(number, s, e, priority=4, by=list(by), to=to, source=source))
            continue
        if hit.verb_end >= 0 and (hit.start, hit.end) == hit.sentence:
            pieces = series.split_series(text, hit.start, hit.end, hit.verb_end)
        for s, e in pieces:
            s, e = _strip_markup(text, s, e)
            out.append(_Cand(None, s, e, priority=4, by=list(by), to=to, source=source))
    # "Ook zouden schuldhulpverleners … moeten krijgen." right after one: the same recommender's next
    taken = {c.start for c in out}
    for k, (a, b) in enumerate(spans[1:], start=1):
        pa, pb = spans[k - 1]
        prev = next((c for c in out if pa <= c.start < pb), None)
        if prev is None or a in taken or "\n\n" in text[pb:a]:
            continue
        if pat.CONTINUED_SUGGESTION.match(text, a, b):
            s, e = _strip_markup(text, a, b)
            out.append(_Cand(None, s, e, priority=4, by=list(prev.by), to=None, source=prev.source))
    out.sort(key=lambda c: c.start)
    return out


def _embedded(text: str, spans: list[tuple[int, int]], ctx: _Context) -> list[_Cand]:
    """Candidates from recommendations named inside the letter's own sentences: "Het kabinet
    onderschrijft de aanbeveling van de WRR om …" (see `forms.embedded_recommendations`). They
    rank below prose, so a sentence restating a recommendation keeps its whole span."""
    out: list[_Cand] = []
    for hit in forms.embedded_recommendations(text, spans):
        raw, _ = read_names(hit.recommender, 0)
        by = ctx.resolve(raw) if raw else []
        out.append(
            _Cand(None, hit.start, hit.end, priority=5, by=by, to=None, to_from_text=True, source=_named(by))
        )
    return out


def _said_before(c: _Cand, others: list[_Cand]) -> bool:
    """Whether the body named in candidate `c` made one of `others` before it."""
    return bool(c.by) and any(set(c.by) & set(o.by) for o in others if o.end <= c.start)


def _recalls_its_body(text: str, c: _Cand, prose: list[_Cand]) -> bool:
    """Whether candidate `c` ("De aanbeveling van het PBL om wooncoaches in te zetten, …") says again one its
    body made before in prose ("Het PBL … adviseert om ouderen … begeleiding te bieden via een wooncoach"): two
    words in common, or one long one."""
    own = [o for o in prose if o.end <= c.start and set(o.by) & set(c.by)]
    if not own:
        return False
    matches = ContentIndex([text[o.start : o.end] for o in own]).matches(text[c.start : c.end])
    return any(len(m.shared) >= 2 or any(len(w) >= _RECALL_LONG_WORD for w in m.shared) for m in matches)


#: One word of at least this many letters shared with an earlier recommendation of the same body makes a recall.
_RECALL_LONG_WORD = 9


def _answered_here(text: str, spans: list[tuple[int, int]], c: _Cand, *, any_stance: bool = False) -> bool:
    """Whether the sentence that names recommendation `c` in passing decides on it: adopts, rejects
    or partly adopts it (see `kamerstuk.classify_stance`; taking note or saying it is done already
    does not make a letter a reaction). With `any_stance` (its body's recommendations were restated
    before), any stance does: "De aanbeveling van het PBL om wooncoaches in te zetten, sluit aan bij wat
    veel gemeenten al doen." recalls the PBL's own."""
    k = bisect.bisect_right(starts(spans), c.start) - 1
    if k < 0:
        return False
    a, b = spans[k]
    label = classify_sentence(text[a:b]).label
    return label is not None if any_stance else label in _DECISIONS


#: The stances that decide on a recommendation.
_DECISIONS = frozenset({"adopted", "rejected", "partly_adopted"})


def _new_embedded(
    text: str, embedded: list[_Cand], others: list[_Cand], explanations: _Containment
) -> list[_Cand]:
    """The embedded candidates that add a recommendation: not inside an explanation, and not
    restating another candidate (a reaction names the recommendation it answers again:
    "De raad beveelt aan om X. … Ik neem de aanbeveling van de raad om X over.")."""
    from rapidfuzz import fuzz

    out: list[_Cand] = []
    for c in embedded:
        if explanations.holds(c.start):
            continue
        body = text[c.start : c.end]
        if any(fuzz.partial_ratio(body, text[o.start : o.end]) >= 80 for o in [*others, *out]):
            continue
        out.append(c)
    return out
