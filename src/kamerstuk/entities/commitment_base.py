"""What every way to a commitment shares: the trigger found and the guesses of its action verb.

Used by `kamerstuk.entities.commitments` and `kamerstuk.entities.commitment_measures`.
"""

from __future__ import annotations

import re

from kamerstuk.patterns import commitment_forms as F
from kamerstuk.patterns import commitments as P


class _Trigger:
    """What made a sentence a commitment: where, by whom, with which modal."""

    __slots__ = ("actor", "end", "modal", "passive", "start")

    def __init__(self, start: int, end: int, actor: str | None, modal: str | None, passive: bool) -> None:
        self.start = start
        self.end = end
        self.actor = actor
        self.modal = modal
        self.passive = passive


def _norm_actor(actor: str | None) -> str | None:
    if actor is None:
        return None
    a = re.sub(r"\s+", " ", actor.strip())
    low = a.lower()
    if low in ("ik", "wij", "we"):
        return "wij" if low == "we" else low
    if low == "het kabinet":
        return "het kabinet"
    return a[0].lower() + a[1:] if a[:3] in ("De ", "Het") or a[:4] == "Mijn" or a[:3] == "Ons" else a


def _first_action(sentence: str, offset: int = 0) -> tuple[str, int, int] | None:
    """The earliest action of `ACTIONS` at or after `offset`: (lemma, start, end)."""
    best: tuple[str, int, int] | None = None
    for lemma, rx in P.ACTIONS:
        m = rx.search(sentence, offset)
        if m is not None and (best is None or m.start() < best[1]):
            best = (lemma, m.start(), m.end())
    return best


def _in_perfect(sentence: str, word_end: int) -> bool:
    """Whether the word ending at `word_end` is the participle of a perfect passive ("is vastgesteld",
    `PERFECT_PASSIVE`)."""
    return any(m.end() == word_end for m in F.PERFECT_PASSIVE.finditer(sentence, 0, word_end))


def _fallback_action(sentence: str, offset: int) -> tuple[str, int, int] | None:
    """An infinitive-looking word of the clause after the modal, for verbs not in `ACTIONS`.

    Prefers the clause-final word ("Ik zal de pilot voortzetten"), else the first -en word
    followed by a preposition ("zal ik overleg initiëren met ..."); skips noun plurals.
    """
    stop = P.CLAUSE_STOP.search(sentence, offset)
    if (
        stop is not None
        and not sentence[offset : stop.start()].strip()
        and stop.group(0).lower() in P.DETERMINER_STOPS
    ):
        stop = P.CLAUSE_STOP.search(sentence, stop.end())  # "Ik zal die middelen …": a determiner
    elif (
        stop is not None
        and stop.group(0).lower() in ("dat", "dit")
        and F.PRONOUN_OBJECT_THEN_VERB.match(sentence, stop.start())
    ):
        stop = P.CLAUSE_STOP.search(
            sentence, stop.end()
        )  # "Ik laat de inspectie dat eerst uitzoeken": a pronoun
    while (
        stop is not None
        and stop.group(0).lower() in P.DETERMINER_STOPS
        and F.ANY_PREPOSITION_BEFORE.search(sentence, offset, stop.start()) is not None
        and F.NOUN_AFTER_DETERMINER.match(sentence, stop.end()) is not None
    ):
        # "Ik zal het boetebedrag voor die overtreding … verdubbelen": a determiner after a preposition (after a
        # modal no particle stands apart from its infinitive)
        stop = P.CLAUSE_STOP.search(sentence, stop.end())
    if stop is not None and stop.group(0).lower() == "om":
        asked = F.ASKED_FOR_FINAL.match(sentence, stop.end())
        if asked is not None and not F.ASKS_THE_KAMER.search(sentence, offset, stop.start()):
            # "zal de Raad van State om voorlichting over deze vraag vragen": "om" and what is asked for, the verb
            # closing the sentence, no te-infinitive (round 67, holdout415)
            return ("vragen", asked.start("verb"), asked.end("verb"))
    clause_end = stop.start() if stop else len(sentence)
    # "… een analyse maken, ook als de gemeente of …": a subordinate clause after a comma ends the main clause
    subordinate = F.COMMA_SUBORDINATE.search(sentence, offset, clause_end)
    if subordinate is not None:
        clause_end = subordinate.start()
    words = list(re.finditer(r"[\w\-]+", sentence[offset:clause_end]))
    cands = [
        m
        for m in words
        # "-en", or a compound strong verb in "-aan" ("laten ingaan", "toestaan", "nagaan"; not
        # "voor lastige keuzes staan", "zal blijven bestaan")
        if (m.group(0).endswith("en") or F.STRONG_AAN_VERB.fullmatch(m.group(0).lower()) is not None)
        and (
            m.group(0).lower() not in P.NOT_INFINITIVES
            or _administered(m.group(0), sentence)
            or _monitored(m.group(0), sentence, offset)
            # "zal de Europese Commissie vragen die meerwaarde in kaart te brengen": asking another to do something
            or (
                m.group(0).lower() == "vragen"
                and F.ASK_TO_DO.match(sentence, offset + m.end()) is not None
                and not F.ASKS_THE_KAMER.search(
                    sentence, offset, offset + m.start()
                )  # ("de Kamer vragen om …")
            )
        )
        and not m.group(0)[0].isupper()
        and "-" not in m.group(0)
        and (
            not re.search(r"(?:ingen|ties|heden|schappen|nissen|ijen)$", m.group(0))
            or F.INGEN_VERB.search(m.group(0).lower()) is not None  # "aandringen op", not "meldingen"
        )
    ]
    if not cands and stop is not None and stop.group(0).lower() == "die" and _asked(sentence, offset) is None:
        # "De Belastingdienst zal elke aanvraag die per post binnenkomt binnen tien werkdagen afhandelen": a
        # relative clause inside the object; the modal's infinitive closes the sentence
        final = F.SENTENCE_FINAL_INFINITIVE.search(sentence, stop.end())
        if final is not None and final.group(1).lower() not in P.NOT_INFINITIVES:
            return (final.group(1).lower(), final.start(1), final.end(1))
        resumed = F.RELATIVE_THEN_INFINITIVE.match(sentence, stop.end())
        if resumed is not None:
            # "Wel zal ik bij iedere regeling die gegevens vraagt, laten toetsen of …": the relative clause
            # closed by a comma, the modal's infinitives right after it
            return _fallback_action(sentence, resumed.start(1))
    if (
        not cands
        and stop is not None
        and stop.group(0) == ","
        and (
            (rel := F.COMMA_RELATIVE.match(sentence, stop.end())) is not None
            # (a short phrase of company: "zal die resultaten, samen met mij, in het voorjaar … bespreken")
            or (rel := F.COMMA_INSERT.match(sentence, stop.end())) is not None
        )
    ):
        # "Wel zal ik bij de herziening van die verordening, die in 2026 wordt verwacht, in Brussel pleiten
        # voor …": a relative clause between commas inside the object; the modal's clause goes on after it
        return _fallback_action(sentence, rel.end())
    if not cands:
        return _asked(sentence, offset)
    if words and cands[-1] is words[-1]:
        m = cands[-1]
        if len(cands) == 1 or not F.ARTICLE_BEFORE.search(sentence, 0, offset + m.start()):
            return (m.group(0).lower(), offset + m.start(), offset + m.end())
        # "laat ik iedere training afsluiten met het examen dat …": a noun in "-en" after its article closes the clause;
        # the infinitive stands before it, with a preposition after it (round 62)
    for m in cands:
        follow = P.FOLLOWING_PREPOSITION.match(sentence, offset + m.end()) or P.NEXT_ACT_AFTER.match(
            sentence, offset + m.end()
        )
        if follow is not None:
            return (m.group(0).lower(), offset + m.start(), offset + m.end())
    for m in cands:
        if F.QUESTION_AFTER_VERB.match(sentence, offset + m.end()):
            # "Ik laat in kaart brengen hoeveel vrouwen …": the verb, then the question it asks
            return (m.group(0).lower(), offset + m.start(), offset + m.end())
    if (
        stop is not None
        and stop.group(0) == ","
        and (rel := F.COMMA_INSERT.match(sentence, stop.end())) is not None
    ):
        # "Het kabinet zal de kosten daarvan, naar schatting € 14 miljoen per jaar, binnen de begroting dekken": a
        # plural noun before the inserted estimate is no infinitive; the clause goes on after it (round 48)
        return _fallback_action(sentence, rel.end())
    return _asked(sentence, offset)


def _administered(word: str, sentence: str) -> bool:
    """ "afnemen" of a test or an interview (administering it, an act: "zal ik het medisch vooronderzoek vanaf 2028
    digitaal laten afnemen"), not the decrease of a number ("zal de instroom afnemen")."""
    return word.lower() == "afnemen" and F.ADMINISTERED_THINGS.search(sentence) is not None


def _monitored(word: str, sentence: str, offset: int) -> bool:
    """ "volgen" of the course of things after a modal of ours, an act of monitoring ("zal de uitvoering ervan volgen via
    de monitor", "De RvIG zal iedere melding zelf volgen tot …"), not "following" a recommendation or coming after."""
    return word.lower() == "volgen" and F.MONITORED_THINGS.search(sentence, offset) is not None


def _asked(sentence: str, offset: int) -> tuple[str, int, int] | None:
    """ "vragen"/"verzoeken" after the modal as the verb of a request of ours to another party: "Wel
    zal ik de brancheorganisaties vragen om … te brengen", "Ik ga de gemeenten om advies vragen".
    The plural noun ("zal ik uw vragen …", "de gestelde vragen") has a determiner or an adjective in
    -e before it; a request needs its complement ("om … te" after it, or "om" + what is asked before it)."""
    if F.REQUEST_NOT_OTHER.match(sentence, offset):
        return None  # "Ik zal uw Kamer vragen in te stemmen": the Kamer decides
    # within the clause up to a comma or semicolon ("Ik zal, zoals de gemeenten vragen om …, de regels
    # aanpassen": another subject's verb)
    stop = P.REQUEST_CLAUSE_END.search(sentence, offset)
    end = stop.start() if stop else len(sentence)
    for m in P.REQUEST_VERB.finditer(sentence, offset, end):
        before = re.findall(r"[\w-]+", sentence[offset : m.start()])
        after = len(sentence) - len(sentence[m.end() :].lstrip())
        # (a noun in -e as the one asked, with "om … te" after it: "zal ik de branche vragen om …"; an
        # adjective or participle in -e makes "vragen" the plural noun: "de gestelde vragen")
        noun_in_e = (
            bool(before)
            and before[-1].endswith("e")
            and F.REQUEST_COMPLEMENT.match(sentence, after) is not None
            and F.ADJECTIVE_IN_E.search(before[-1]) is None
            and len(before) > 1
            and before[-2].lower() in F.ARTICLE_BEFORE_ASKED
        )
        if not before or (before[-1].endswith("e") and not noun_in_e):
            continue
        if before[-1].lower() in P.DETERMINER_BEFORE_NOUN:
            continue
        if before[-1].lower() in ("u", "kamer", "mij", "me", "ons"):
            continue  # "Ik zal de Kamer vragen om in te stemmen": not a request to another party
        if F.ATTENTION_ASKED.search(sentence, offset, m.start()):
            return ("aandacht vragen", m.start(), m.end())  # "zal ik in de werkgroep aandacht vragen voor …"
        if F.REQUEST_COMPLEMENT.match(sentence, after) or P.ASKED_FOR_BEFORE.search(
            sentence, offset, m.start()
        ):
            return ("vragen", m.start(), m.end())
    return None


#: How far after an intention its te-infinitive may stand (characters): "Ik ben daarom voornemens
#: om eind maart/begin april ter zake een expertmeeting te organiseren" needs about 80.
_TE_WINDOW = 240


def _te_action(sentence: str, offset: int) -> tuple[str, int, int] | None:
    """The verb of the first te-infinitive at or after `offset` in the clause: "aan te passen" ->
    "aanpassen", "te kunnen informeren" -> "informeren" (auxiliaries of `TE_AUXILIARIES` skipped).

    A "dat" before it ends the search: "Ik verwacht dat ... te" reports an expectation about
    others, not an intention of ours.
    """
    m = P.TE_VERB.search(sentence, offset, offset + _TE_WINDOW)
    # (a relative clause between commas is no block: "Ik kies er daarom voor het overleg, dat al vaak
    # plaatsvindt, verplicht voor te schrijven")
    if m is None:
        return None
    between = sentence[offset : m.start()]
    if (P.INTENTION_END.search(sentence, 0, offset) or P.DAT_BEFORE_NEUTER_NOUN.match(between)) and (
        lead := P.LEADING_DAT.match(between)
    ):
        between = between[lead.end() :]  # "Ik ben voornemens dat bewijs … te stellen": a determiner
    if P.TE_BLOCK.search(P.COMMA_RELATIVE.sub(",", between)):
        return None
    verb, v_end = m.group("verb").lower(), m.end()
    while verb in P.TE_AUXILIARIES:
        nxt = P.TE_NEXT_VERB.match(sentence, v_end)
        if nxt is None:
            break
        verb, v_end = nxt.group(1).lower(), nxt.end()
    particle = (m.group("particle") or "").lower()
    return (particle + verb, m.start(), v_end)


#: Modals whose "dat"-clause is about others: "Ik verwacht dat ...", "Het kabinet wil dat ...".

#: How many actor-and-modal triggers of one sentence are tried for a verb.
_MAX_TRIGGERS = 6
