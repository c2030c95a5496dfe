"""Commitments (toezeggingen): what the government promises the Kamer, sentence by sentence.

A sentence is a commitment when it holds one of:

* an actor of government with a future or intention modal ("Ik zal", "zal ik", "Het kabinet
  gaat", "ben ik bereid"); "wil", "streef", "verwacht" and "zeg toe" only with a verb of
  `ACTIONS` ("Ik wil benadrukken" is not a promise);
* a passive future with a verb of `ACTIONS` ("Uw Kamer zal ... op de hoogte worden gesteld",
  "Bezien zal worden of ...");
* a first person present delivery verb tied to a future moment ("Ik informeer uw Kamer voor
  de zomer", "Daar kom ik op terug"), or the Kamer receiving something by a deadline
  ("Uw Kamer ontvangt voor het kerstreces ...");
* a fulfilment of a promise or request by this letter ("Met deze brief geef ik invulling aan
  de toezegging ...", "Met deze brief informeer ik uw Kamer over ...") - kind ``fulfils``.

Letter-internal discourse ("Ik zal nu ingaan op de aanbevelingen", "In deze brief ga ik in
op ...") and questions are never commitments; statements of past fact have no trigger.
See docs/commitments.md.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Iterator, Sequence
from typing import Literal

from kamerstuk.entities import commitment_dated as dated
from kamerstuk.entities.commitment_base import (
    _MAX_TRIGGERS,
    _fallback_action,
    _first_action,
    _in_perfect,
    _norm_actor,
    _te_action,
    _Trigger,
)
from kamerstuk.entities.commitment_measures import (
    _advocates,
    _but_delivery,
    _choice,
    _come_with,
    _dated_act,
    _decision_action,
    _elided_measure,
    _measure,
    _offer,
    _on_request,
    _passive_measure,
    _present_measure,
    _step_action,
    _supports,
    _taken_into_next,
    _third_person_measure,
)
from kamerstuk.entities.dates import find_deadlines, season_window
from kamerstuk.entities.sentences import split_sentences
from kamerstuk.models import Commitment, Deadline
from kamerstuk.patterns import commitment_forms as F
from kamerstuk.patterns import commitments as P

__all__ = ["find_commitments"]

Firmness = Literal["firm", "conditional", "tentative", "negated"]
CommitmentKind = Literal["new", "refers", "fulfils"]


_WISH_MODALS = frozenset({"wil", "willen", "wens", "wensen", "verwacht", "verwachten"})


_INTENTION_MODALS = ("voornemens", "bereid", "plan", "voornemen", "streef", "streeft", "streven", "verwacht",
                     "verwachten", "zeg", "zegt", "zeggen")  # fmt: skip


#: Modals after which "in gesprek" is the promised act ("De staatssecretaris gaat met het NHG in gesprek").
_GO_MODALS = frozenset({"ga", "gaat", "gaan", "zal", "zullen"})


def _promise_toe(sentence: str, end: int) -> tuple[str, int, int] | None:
    """The act promised by "zegt (de Kamer, naar aanleiding van …,) toe": the te-infinitive after
    "toe", else "toezeggen" for a "toe dat …" clause ("De staatssecretaris zegt toe dat de Kamer
    … een overzicht ontvangt"). The register of toezeggingen words every promise this way."""
    toe = F.PROMISE_TOE.search(sentence, end)
    if toe is None or P.TE_BLOCK.search(sentence, end, toe.start()):
        return None  # "De minister zegt dat …" reports; it promises nothing
    return _te_action(sentence, toe.start()) or ("toezeggen", toe.start(), toe.end())


def _want_explore(sentence: str, end: int) -> tuple[str, int, int] | None:
    """An inquiry right after "wil": "wil eerst nagaan of …" -> ("nagaan", …) (see `WANT_EXPLORE`)."""
    m = P.WANT_EXPLORE.match(sentence, end)
    if m is None:
        return None
    verb = re.sub(r"\s+", " ", m.group("verb").lower())
    return ("onderzoeken" if verb == "laten onderzoeken" else verb, m.start("verb"), m.end("verb"))


def _conversation(sentence: str, end: int) -> tuple[str, int, int] | None:
    """ "in gesprek/overleg" (or "aan de slag", or talks entered into) in the clause after "ga"/"zal": ("in gesprek
    gaan", …) (see `IN_GESPREK`, `AAN_DE_SLAG`, `TALKS_ENTERED_END`)."""
    stop = re.search(r"[.;:]|\b(?:dat|die|zodat|omdat)\b", sentence[end:])
    m = P.IN_GESPREK.search(sentence, end, end + stop.start() if stop else len(sentence))
    if m is not None:
        return ("in gesprek gaan", m.start(), m.end())
    clause_end = end + stop.start() if stop else len(sentence)
    m = P.AAN_DE_SLAG.search(sentence, end, clause_end)
    if m is not None:
        return ("aan de slag gaan", m.start(), m.end())
    particle = P.TALKS_ENTERED_END.search(sentence, end, clause_end)
    if particle is not None and (
        P.TALKS_NOUN.search(sentence, end, particle.start()) or P.TALKS_NOUN.search(sentence, 0, end)
    ):
        # "Ik ga het gesprek met de sector aan", "Het gesprek met … ga ik aan, samen met …"
        return ("een gesprek aangaan", particle.start(), particle.end())
    return None


def _strive_that(sentence: str, offset: int, *, noun: bool = False) -> tuple[str, int, int] | None:
    """ "Ik streef ernaar dat de wet op 1 januari 2028 in werking treedt": the aim's clause-final verb
    ("in werking treden"; "bereikbaar is" -> "bereikbaar zijn"); with `noun`, after "Mijn streven is" ("Mijn streven is
    dat de afspraken vóór 1 oktober 2027 zijn vastgelegd")."""
    m = (F.STRIVE_NOUN_THAT if noun else F.STRIVE_THAT).match(sentence, offset)
    if m is None:
        return None
    clause = F.STRIVE_CLAUSE_END.search(sentence, m.end())
    end = clause.start() if clause is not None else len(sentence)
    words = list(re.finditer(r"[\w-]+", sentence[m.end() : end]))
    if len(words) < 2:
        return None
    last, before = words[-1].group(0).lower(), words[-2].group(0).lower()
    lemma = F.STRIVE_FINITE.get(last, last)
    if lemma in ("zijn", "worden", "treden", "komen") and before not in ("het", "de", "dat", "zij", "hij"):
        lemma = f"{'in werking' if before == 'werking' else before} {lemma}"
    return lemma, m.end() + words[-1].start(), m.end() + words[-1].end()


def _active_triggers(sentence: str) -> Iterator[re.Match[str]]:
    """The matches of `ACTIVE_TRIGGER`, not one whose actor comes right after a preposition: "… dat de gemeenten hun
    aanbod in januari aan het COA zullen doorgeven" (the service is addressed, the subject stands before it; the search
    goes on inside the skipped match, so "Namens het kabinet zal ik …" still finds "zal ik"; round 46)."""
    pos = 0
    while (m := P.ACTIVE_TRIGGER.search(sentence, pos)) is not None:
        if m.group("actor") and F.PREPOSITION_BEFORE_MODAL_ACTOR.search(sentence, 0, m.start("actor")):
            pos = m.end("actor")
            continue
        yield m
        pos = max(m.end(), pos + 1)


def _active(sentence: str) -> tuple[_Trigger, tuple[str, int, int] | None] | None:
    """An actor of government with a modal, and the action it promises; None if none has one.

    Every trigger of the sentence is tried in turn ("Ik wil benadrukken dat ..., en ik zal ...").
    An intention (voornemens, bereid, van plan, streef, verwacht, zeg toe) takes its verb from the
    te-infinitive when the vocabulary has none; "zal"/"ga" guess it from the clause. A trigger
    with no verb at all ("Het kabinet zal voor lastige keuzes staan") is no promise.
    """
    triggers: list[_Trigger] = []
    for m in _active_triggers(sentence):
        actor = m.group("actor") or m.group("actor2") or m.group("actor3") or m.group("actor4")
        modal = (m.group("modal") or m.group("modal2") or m.group("modal4") or "").lower()
        if m.group("modal3"):
            modal = (
                f"{m.group('modal3')} {m.group('modal3b')}".lower()
            )  # "ben ik voornemens" -> "ben voornemens"
        modal = re.sub(r"\s+", " ", modal)
        triggers.append(_Trigger(m.start(), m.end(), actor, modal, passive=False))
    for m in P.INTENTION_NOUN.finditer(sentence):
        poss = (m.group("poss") or "").lower()
        actor = m.group("actor") or ("ik" if poss == "mijn" else "wij" if poss in ("ons", "onze") else None)
        # "Het streven is om … te …": an aim, read like "streef" (tentative, needs its te-infinitive)
        noun = "streven" if "streven" in m.group(0).lower() else "voornemen"
        triggers.append(_Trigger(m.start(), m.end(), actor, noun, passive=False))
    triggers.sort(key=lambda t: t.start)
    # At most _MAX_TRIGGERS are tried, and once no vocabulary verb follows a trigger none follows
    # a later one: a sentence made of triggers ("Het kabinet zal " * n) stays linear.
    none_from = len(sentence) + 1  # no vocabulary verb starts at or after this offset
    supposed = F.LEADING_CONDITION.match(sentence)
    if supposed is not None:
        # ("Onder het voorbehoud dat de regering … zal beantwoorden, …": a modal inside the condition promises nothing)
        triggers = [t for t in triggers if t.start >= supposed.end()]
    for trig in triggers[:_MAX_TRIGGERS]:
        modal = trig.modal or ""
        words = modal.split(" ")
        weak = words[0] in P.WEAK_MODALS or modal.endswith(("voornemens", "bereid", "plan", "voornemen"))
        intention = words[0] in _INTENTION_MODALS or words[-1] in _INTENTION_MODALS
        action = _first_action(sentence, trig.start) if trig.start < none_from else None
        if (
            words[0] in _GO_MODALS
            and P.GOES_ABOUT.match(sentence, trig.end)
            and action is not None
            and action[2] <= trig.end
        ):
            continue  # "De studie is … uitgevoerd en gaat over de vraag hoeveel …": what it is about
        if (
            action is not None
            and (said := F.VERB_BEFORE_THAT.search(sentence, trig.end, action[1])) is not None
        ):
            # "Nederland zal bij de herziening voorstellen dat textiel alleen … mag worden uitgevoerd": the verb
            # before the "dat"-clause is the promise, the vocabulary's verb inside it is what is proposed
            action = (said.group("verb").lower(), said.start("verb"), said.end("verb"))
        if (
            action is not None
            and words[0] in ("wil", "willen")
            and F.WANT_VERB_BEFORE_CLAUSE.search(sentence, trig.end, action[1])
        ):
            # "ik wil de uitkomsten kennen voordat ik vastleg waaraan een voortzetting moet voldoen": what is wanted is
            # to know, the vocabulary's verb stands in the clause after it
            action = None
        if (
            action is not None
            and words[0] in ("wil", "willen")
            and F.ROOM_LEFT.search(sentence, trig.end, action[1])
        ):
            # "ik wil de rechter de ruimte laten om de straf af te stemmen op de dader": the act is the other's, the
            # room left them is how things stay (round 65)
            action = None
        if action is None:
            none_from = min(none_from, trig.start)
        elif words[0] in _WISH_MODALS and P.TE_BLOCK.search(sentence, trig.end, action[1]):
            continue  # "Ik verwacht dat de gemeenten ... uitvoeren": an expectation about others
        if action is None and intention:
            action = _te_action(sentence, trig.end)
        if action is None and words[0] in ("streef", "streeft", "streven"):
            action = _strive_that(sentence, trig.end)
            target = F.STRIVE_FOR_TARGET.match(sentence, trig.end) if action is None else None
            if target is not None:
                action = ("streven naar", target.start("naar"), target.end("naar"))
        if action is None and modal == "streven" and trig.actor is not None:
            action = _strive_that(
                sentence, trig.end, noun=True
            )  # "Mijn streven is dat …" (not "Het streven is dat …")
        if action is None and words[0] in ("zeg", "zegt", "zeggen"):
            action = _promise_toe(sentence, trig.end)
        if action is None and words[0] in ("wil", "willen"):
            action = _want_explore(sentence, trig.end)
            if action is None:  # "wil ik eerst met gemeenten bespreken": a consultation at the clause end
                guess = _fallback_action(sentence, trig.end)
                if (
                    guess is not None
                    and guess[0] == "komen"
                    and re.search(r"\bmet\b", sentence[trig.end : guess[1]])
                ):
                    guess = ("komen met", guess[1], guess[2])  # "wil in januari met een reactie komen"
                if (
                    guess is not None
                    and guess[0] == "treden"
                    and F.INTO_FORCE.search(sentence, trig.end, guess[1])
                ):
                    guess = (
                        "in werking laten treden",
                        guess[1],
                        guess[2],
                    )  # "wil ik in werking laten treden per …"
                if (
                    guess is not None
                    and guess[0] == "spreken"
                    and not F.WITH_PARTY.match(sentence, guess[2])
                    and (
                        not F.WITH_PARTY_BEFORE.search(sentence, trig.end, guess[1])
                        or F.SPEAK_OF.match(sentence, guess[2])
                    )
                ):
                    # "wil ik eerst spreken met de VNG", "wil ik eerst met de centrales spreken" consult; "wil
                    # spreken van een doorbraak" not
                    guess = None
                if (
                    guess is not None
                    and guess[0] == "vragen"
                    and F.ASKS_THE_KAMER.search(sentence, trig.end, guess[1])
                ):
                    guess = None  # "wil ik uw Kamer vragen …": a courtesy
                if (
                    guess is not None
                    and guess[0] in ("toevoegen", "aanvullen")
                    and (
                        F.REMARK_ADDED.match(sentence, guess[2])
                        or F.NOTHING_ADDED.search(sentence, trig.end, guess[1])
                    )
                ):
                    guess = None  # "Daar wil ik aan toevoegen dat …", "Ik wil daar niets aan toevoegen": words, no act
                action = guess if guess is not None and guess[0] in F.WANT_ACTS else None
                if action is not None and F.WANT_AIM.match(sentence, trig.end):
                    # "Ik wil daarmee het energieverbruik verlagen": the aim of the measure before, no act of its own
                    action = None
                if (
                    action is None
                    and (nxt := F.WANT_ACT_NEXT.match(sentence, trig.end)) is not None
                    and nxt.group("verb").lower() in F.WANT_ACTS
                ):
                    # "Ten eerste wil het kabinet beginnen aan een stelselhervorming van toeslagen": the act right
                    # after the modal (the clause-final plural noun is no verb)
                    action = (nxt.group("verb").lower(), nxt.start("verb"), nxt.end("verb"))
        if action is None and words[0] in _GO_MODALS:
            action = _conversation(sentence, trig.end)
        if action is None and not weak:
            action = _fallback_action(sentence, trig.end)
        if (
            action is not None
            and words[0] in ("zal", "zullen")
            and P.MUST_BEFORE.search(sentence, trig.end, action[1])
        ):
            continue  # "…, zal het COA mensen soms vaker moeten verplaatsen": a necessity foreseen, no promise
        if action is not None:
            return trig, action
    elided = _elided(sentence)
    if elided is not None:
        return elided
    for k, m in enumerate(P.RELATIVE_TRIGGER.finditer(sentence)):
        if k >= _MAX_TRIGGERS or m.start() >= none_from:
            break
        if supposed is not None and m.start() < supposed.end():
            continue
        modal = re.sub(r"\s+", " ", m.group("modal").lower())
        action = _first_action(sentence, m.start())
        if action is None and modal.split(" ")[0] not in P.WEAK_MODALS:
            # verb-final: "…, waarop ik de dienst ook zal aanspreken"
            action = _fallback_action(sentence, m.end())
        if action is None:
            break
        return _Trigger(m.start(), m.end(), m.group("actor"), modal, passive=False), action
    return None


def _elided(sentence: str) -> tuple[_Trigger, tuple[str, int, int] | None] | None:
    """A modal after "en" whose subject is the sentence's opening government actor: "Ik
    onderschrijf de aanbeveling en zal de provincies vragen ..."."""
    lead = P.LEAD_ACTOR.search(sentence)
    if lead is None:
        return None
    m = P.ELIDED_TRIGGER.search(sentence, lead.end())
    if m is None:
        return None
    modal = m.group("modal").lower()
    if P.ELIDED_BLOCK.search(sentence, lead.end(), m.start()) and not (
        # "Het kabinet ziet dat nog niet alle raden die mogelijkheid kennen en zal …": "zal" is the cabinet's
        modal in ("zal", "wil")
        and lead.group("actor") is not None
        and lead.group("actor").lower() != "wij"
        and lead.group("actor").lower() != "we"
        and P.PLURAL_VERB_BEFORE.search(sentence, max(0, m.start() - 30), m.start())
    ):
        return None
    action = _first_action(sentence, m.start())
    if action is None and modal in ("wil", "willen"):
        action = _want_explore(sentence, m.end())
    if action is None and modal not in P.WEAK_MODALS:
        action = _fallback_action(sentence, m.end())
    if action is None:
        return None
    return _Trigger(m.start(), m.end(), lead.group("actor"), modal, passive=False), action


def _elided_delivery(sentence: str, future: bool) -> tuple[_Trigger, tuple[str, int, int] | None] | None:
    """A delivery verb after "en" with the opening "ik"/"wij" as its subject: "Ik neem de aanbeveling
    mee in de herziening en kom daar in het najaar op terug" (see `ELIDED_DELIVERY`)."""
    lead = P.LEAD_ACTOR.search(sentence)
    if lead is None:
        return None
    first = lead.group("actor").lower() in ("ik", "wij", "we")
    # (or "Hij"/"Zij" for a minister named before, resolved with the actor: "Ik heb de aanbeveling onder de aandacht van
    # mijn ambtgenoot gebracht. Zij neemt haar mee in … en komt daarop in het voorjaar van 2027 terug"; round 61)
    third = (
        P.THIRD_PERSON_LEAD.search(lead.group("actor")) is not None or lead.group("actor") in P.PRONOUN_ACTORS
    )
    if not (first or third):
        return None
    m = P.ELIDED_DELIVERY.search(sentence, lead.end())
    if m is None or _delivered_now(sentence, m.end()):
        return None
    if (m.group("verb").lower() in P.ELIDED_DELIVERY_THIRD) != third and m.group("verb").lower() != "bericht":
        return None  # the verb agrees with the lead: "Ik … en kom", "Het kabinet … en komt"
    for block in P.ELIDED_BLOCK.finditer(sentence, lead.end(), m.start()):
        if block.group(0).lower() in ("die", "dat") and F.ANY_PREPOSITION_BEFORE.search(
            sentence, max(0, block.start() - 12), block.start()
        ):
            continue  # a determiner: "Ik neem het mee in die herziening en kom …"
        return None  # another subject: "Ik verwacht dat de gemeenten … en komen …"
    action = _first_action(sentence, m.start())
    if action is None or not (
        (action[0] in P.DELIVERY_LEMMAS and future) or action[0] in ("terugkomen", "op de hoogte houden")
    ):
        return None
    return _Trigger(m.start(), m.end(), lead.group("actor"), None, passive=False), action


def _delivered_now(sentence: str, verb_end: int) -> bool:
    """Whether a delivery verb ending at `verb_end` is done by this letter ("In deze brief informeer
    ik", "Hierbij stuur ik"): a `FULFILS_MARKER` not inside a relative clause after the verb, or what is
    told following as a "dat"-clause ("meld ik uw Kamer dat …")."""
    if dated.told_here(sentence, verb_end):
        return True  # "Los van het advies meld ik uw Kamer dat de motie … is uitgevoerd": told here
    marker = P.FULFILS_MARKER.search(sentence)
    if marker is None:
        return False
    if marker.start() < verb_end and P.MARKER_OPENING.fullmatch(sentence, 0, marker.start()) is None:
        # "Over de uitvoering van de maatregelen in deze brief informeren wij uw Kamer in 2027": the
        # marker belongs to a noun before the verb, it does not say when the delivery happens
        return False
    if marker.start() > verb_end and F.NOUN_BEFORE_LOCATOR.search(sentence, verb_end, marker.start()):
        # "Vóór 1 december stuur ik uw Kamer een overzicht van de uitvoering van de maatregelen in deze brief": the
        # marker names where the measures stand, the overview is still to come
        return False
    return not (marker.start() > verb_end and P.RELATIVE_OPENER.search(sentence, verb_end, marker.start()))


def _passive_since(sentence: str, trigger: _Trigger) -> bool:
    """Whether "sinds" stands between a present passive's auxiliary and its participle: "De uitkomsten worden sinds
    het jaarverslag over 2025 gepubliceerd" (the practice since then, not a step to come)."""
    if not trigger.passive:
        return False
    aux = P.PASSIVE_PRESENT.search(sentence, 0, trigger.start)
    if aux is None:
        return False
    if F.SINCE_AFTER.search(sentence, aux.end(), trigger.start) is not None:
        return True
    # (or fronted, a past moment opening the sentence: "Sinds 2019 wordt het vangstgebied pas vastgesteld nadat WMR in
    # april de banken heeft bemonsterd", its month a yearly moment; round 49)
    since = F.SINCE_AFTER.match(sentence.lstrip())
    return since is not None and P.ONGOING.match(sentence.lstrip()) is not None


def _this_letter_delivers(sentence: str) -> bool:
    """Whether a `FULFILS_MARKER` names this letter as the delivery ("Hierbij ontvangt uw Kamer …"), not as where
    the measures a later report covers stand ("Uw Kamer ontvangt in 2028 een voortgangsbrief over de maatregelen in
    deze brief")."""
    marker = P.FULFILS_MARKER.search(sentence)
    return marker is not None and F.NOUN_BEFORE_LOCATOR.search(sentence, 0, marker.start()) is None


def _trigger(sentence: str, has_deadline: bool) -> tuple[_Trigger, tuple[str, int, int] | None] | None:
    """Find the commitment trigger of a sentence and its action, or None."""
    instead = _but_delivery(sentence)
    if instead is not None:
        return instead
    if not P.NOT_A_PROMISE.search(sentence):
        active = _active(sentence)
        if active is not None:
            return active
    passive = P.PASSIVE_FUTURE.search(sentence)
    if passive is not None and F.PASSIVE_DEONTIC.search(passive.group(0)):
        passive = None  # "zal per traject moeten worden bepaald": a task, not a promise
    if passive is not None and F.INTERPRETED.search(sentence, passive.start(), passive.end() + 30):
        passive = None  # "zal het begrip … worden opgevat als …": how a text is read, no act
    if passive is not None:
        action = _first_action(sentence) or _step_action(sentence) or _decision_action(sentence)
        if action is not None:
            return _Trigger(passive.start(), passive.end(), None, "zal", passive=True), action
    present = P.PRESENT_DELIVERY.search(sentence)
    future = has_deadline or bool(
        P.FUTURE_DOCUMENT.search(sentence)
        or P.FUTURE_MOMENT.search(sentence)
        or F.NAMED_PERIODIC_DOCUMENT.search(sentence)
        or F.DOCUMENT_OF_MONTH.search(sentence)
        or (present is not None and F.RECURRING_DOCUMENTS.search(sentence, present.end()))
        or (present is not None and F.AFTER_PROCEDURE_STEP.search(sentence))
        or (
            present is not None
            and F.SENDING_VERB.search(present.group(0)) is not None
            and F.SENT_ON_LATER.match(sentence, present.end()) is not None
            and not F.ALREADY_SO.search(sentence)  # "Ik stuur u al jaarlijks de uitkomsten toe": the practice
        )
        or (
            present is not None
            and F.RECURRING_DELIVERY.search(sentence, present.end())
            and not F.ALREADY_SO.search(sentence)
        )
    )
    if present is not None and not _delivered_now(sentence, present.end()):  # "In deze brief informeer ik"
        action = _first_action(sentence, present.start())
        if (
            action is not None
            and P.NEGATION.search(sentence, present.start(), action[2])
            and F.BUT_ELIDED_ACT.search(sentence, action[2])
        ):
            # "Het kabinet komt daarom niet met een nieuwe regeling, maar stelt de bestaande regeling vanaf 2027 open":
            # the delivery declined, the act after "maar" is the one to read (round 65)
            action = None
        if action is not None and (
            (action[0] in P.DELIVERY_LEMMAS and future) or action[0] in ("terugkomen", "op de hoogte houden")
        ):
            actor = present.group("actor") or present.group("actor2") or present.group("actor3")
            actor = actor or present.group("actor4") or present.group("actor5")
            return _Trigger(present.start(), present.end(), actor, None, passive=False), action
    # (a later document by its kind or by its name and year: "In de Veteranennota 2027–2028 ga ik in op …"; round 60)
    later_vehicle = P.FUTURE_DOCUMENT.search(sentence) or F.NAMED_PERIODIC_DOCUMENT.search(sentence)
    going = P.GOES_INTO_LATER.search(sentence) if later_vehicle else None
    if going is not None:  # "Ik ga hier in de volgende voortgangsbrief nader op in"
        verb = "verb" if going.group("verb") else "verb2"
        actor = going.group("actor") or going.group("actor2")
        trigger = _Trigger(going.start(verb), going.end(verb), actor, None, passive=False)
        return trigger, ("ingaan op", going.start(verb), going.end(verb))
    later = P.DOCUMENT_GOES_INTO.search(sentence)
    if later is not None and not P.FULFILS_MARKER.search(sentence):
        # "De volgende voortgangsbrief, die u in december ontvangt, gaat in op …": the later letter promises
        return _Trigger(later.start("verb"), later.end("verb"), None, None, passive=True), (
            "ingaan op",
            later.start("verb"),
            later.end("verb"),
        )
    elided_delivery = _elided_delivery(sentence, future)
    if elided_delivery is not None:
        return elided_delivery
    chosen = (
        _come_with(sentence)
        or _choice(sentence)
        or _offer(sentence)
        or _supports(sentence)
        or _taken_into_next(sentence)
        # (only with a time to come: "Nederland zet zich in de vergadering van mei 2027 in voor …"; without one it is the
        # standing policy, "Het kabinet zet zich binnen de OESO in voor een afspraak")
        or (_advocates(sentence) if has_deadline else None)
    )
    if chosen is not None:
        return chosen
    measure = _measure(sentence) or _elided_measure(sentence) or _present_measure(sentence)
    if measure is not None and measure[0].modal is None and F.EFFECT_MADE.match(sentence):
        measure = (
            None  # "Daarmee ontwikkelen we gebieden klimaatbestendiger": what the measures before achieve
        )
    if measure is not None and not _ongoing(sentence, has_deadline):
        return measure
    if (
        has_deadline
        and (aux := P.PASSIVE_PRESENT.search(sentence)) is not None
        and not P.OTHER_AGENT.search(sentence)
        and not P.ATTRIBUTED_VIEW.search(sentence)  # "wordt volgens de raad … niet gehaald": their forecast
        # "Sinds juni 2022 worden de besluitenlijsten binnen twee weken … gepubliceerd": the practice as it is
        and not F.ONGOING_OPENING.match(sentence)
        and not F.INDIRECT_QUESTION.search(
            sentence, 0, aux.start()
        )  # "… te onderzoeken of … worden nageleefd"
        # "…, zodat verwantschap sneller kan worden nagegaan": what the act before it serves
        and not F.PURPOSE_BEFORE_PASSIVE.search(sentence, 0, aux.start())
        # "Het raamcontract loopt tot eind 2029 en kan … met twee jaar worden verlengd": a possibility (round 61)
        and not F.POSSIBLE_PASSIVE.search(sentence, 0, aux.end() + 1)
        # "… waar in het voorjaar niet met voertuigen mag worden gereden": a permission (round 67)
        and not F.PERMITTED_PASSIVE.search(sentence, 0, aux.end() + 1)
    ):
        # (the act of the passive's own clause: in "…; reageren zij niet binnen acht weken, dan worden hun gegevens
        # verwijderd" the verb before the comma is the participants', not the passive's)
        clause_start = max(sentence.rfind(c, 0, aux.start()) for c in ",;:") + 1
        action = _first_action(sentence, clause_start)
        if (
            action is not None
            and action[0] not in ("bezien", "verkennen")
            # not a participle of "is/zijn": "… wordt toegepast op projecten waar per 1 januari 2025 nog geen plan is
            # vastgesteld" dates a state, the present passive has no act of the vocabulary
            and not _in_perfect(sentence, action[2])
            # "De uitkomsten worden sinds het jaarverslag over 2025 gepubliceerd": the practice since then
            and not F.SINCE_AFTER.search(sentence, aux.end(), action[1])
        ):
            return _Trigger(action[1], action[2], None, None, passive=True), action
    measure = _third_person_measure(sentence) or _passive_measure(sentence, has_deadline)
    if (
        measure is not None
        and not _ongoing(sentence, has_deadline)
        and not _passive_since(sentence, measure[0])
    ):
        return measure
    can = P.CAN_TRIGGER.search(sentence)
    if can is not None and has_deadline:
        action = _first_action(sentence, can.start())
        if action is not None and action[0] in P.DELIVERY_LEMMAS:
            actor = can.group("actor") or can.group("actor2")
            return _Trigger(can.start(), can.end(), actor, "kan", passive=False), action
    promised = _promised_te(sentence)
    if promised is not None:
        p_start, p_end = promised
        action = _first_action(sentence, p_start) or _promised_act(sentence, p_end)
        if action is not None:
            actor = "ik" if re.search(r"\bik\b", sentence[:p_start], re.I) else None
            return _Trigger(p_start, p_end, actor, None, passive=False), action
    relative = P.RELATIVE_MEASURE.search(sentence) if has_deadline else None
    if relative is not None and F.NEGATED_MID.intersection(
        sentence[relative.end("actor") : relative.start("verb")].lower().split()
    ):
        relative = None  # "… een onderzoek dat ik nu niet afzonderlijk start": declined
    if relative is not None:
        verb = relative.group("verb").lower()
        lemma = "zetten op" if verb.startswith("op") else P.RELATIVE_MEASURE_LEMMAS.get(verb, verb)
        return _Trigger(relative.start(), relative.end(), relative.group("actor"), None, passive=False), (
            lemma,
            relative.start("verb"),
            relative.end("verb"),
        )
    comes = P.COMES_MEASURE.search(sentence)
    if comes is not None and not P.OTHER_AGENT.search(sentence):
        return _Trigger(comes.start(), comes.end(), None, None, passive=True), (
            "komen",
            comes.start(),
            comes.end(),
        )
    fronted = P.FRONTED_COMES.search(sentence) if has_deadline else None
    if fronted is not None and not P.OTHER_AGENT.search(sentence):
        return _Trigger(fronted.start("verb"), fronted.end(), None, None, passive=True), (
            "komen",
            fronted.start("verb"),
            fronted.end("verb"),
        )  # "Een meldknop op de website van de KVK … komt er vóór het einde van 2027"
    explore = P.PASSIVE_EXPLORE.search(sentence)
    if (
        explore is not None
        and not P.OTHER_AGENT.search(sentence)
        and not P.EXPLORE_DEONTIC.search(sentence, 0, explore.start())
        and not F.ROUTINE_SETTING.match(sentence)  # "Bij die bezoeken wordt ook nagegaan of …"
        and not F.PRACTICE_FREQUENCY_BEFORE.search(
            sentence, 0, explore.start()
        )  # "dat zelden wordt nagegaan"
    ):
        verb = explore.group("verb")
        return _Trigger(explore.start(), explore.end(), None, None, passive=True), (
            P.EXPLORE_LEMMAS.get(verb.lower(), verb.lower()),
            explore.start("verb"),
            explore.end("verb"),
        )
    if P.KAMER_SUBJECT.search(sentence):
        action = _first_action(sentence)
        received = F.KAMER_RECEIVES.search(sentence)
        if received is not None and (action is None or action[0] not in P.DELIVERY_LEMMAS):
            # "Het volgende overzicht, over de onderzoeken van 2025, ontvangt uw Kamer in het najaar":
            # the Kamer receiving is the delivery (not a plural noun "onderzoeken" guessed as the verb)
            action = ("ontvangen", received.start(), received.end())
        if action is not None and action[0] == "tegemoet zien" and P.KAMER_MAY.search(sentence):
            return _Trigger(action[1], action[2], None, None, passive=True), action
        future = has_deadline or bool(
            (F.KAMER_RECEIVES.search(sentence) and not P.FULFILS_MARKER.search(sentence))
            or P.FUTURE_ADVERB.search(sentence)
            or (P.INFORMED_ABOUT_THIS.match(sentence) and not P.FULFILS_MARKER.search(sentence))
            or P.FUTURE_DOCUMENT.search(sentence)
            or (P.KAMER_PASSIVE_MAIN.match(sentence) and not P.NEGATION.search(sentence))
            or F.OVER_PERIOD.search(sentence)
            or F.EVENT_FUTURE.search(sentence)
            # "wordt uw Kamer geïnformeerd in het HGIS-jaarverslag over 2026": a later document of its own
            or (F.NAMED_PERIODIC_DOCUMENT.search(sentence) and P.PASSIVE_PRESENT.search(sentence))
            # "wordt uw Kamer jaarlijks via het … verslag geïnformeerd" (not a practice described: "het plan, dat al …
            # bevat en dat uw Kamer ieder jaar ontvangt")
            or (
                F.RECURRING_REPORT.search(sentence)
                and P.PASSIVE_PRESENT.search(sentence)
                and not F.ALREADY_SO.search(sentence)
            )
        )
        if (
            future
            and P.KAMER_PRESENT.search(sentence)
            and action is not None
            and (action[0] in P.DELIVERY_LEMMAS or action[0] == "ontvangen")  # (the Kamer receiving is one)
            and not _this_letter_delivers(sentence)  # "Hierbij ontvangt uw Kamer …": this letter
            # (not what the Kamer receives now: "Uw Kamer ontvangt nu ongeveer een week voor iedere Europese Raad een
            # geannoteerde agenda" is the practice the letter goes on to change; round 48)
            and not F.RECEIVED_NOW.search(sentence)
            # (nor what stands in it already: "Die cijfers staan al in de halfjaarlijkse voortgangsrapportage … die uw
            # Kamer ontvangt"; round 63)
            and not (F.ALREADY_IN_DOCUMENT.search(sentence) and not has_deadline)
        ):
            return _Trigger(action[1], action[2], None, None, passive=True), action
    requested = _on_request(sentence, has_deadline)
    if requested is not None:
        return requested
    if has_deadline and (pro := P.PRO_VERB_ACT.match(sentence)) is not None:
        # "Dat doe ik vanaf de tweede tender": the request named before, carried out from a moment to come
        return _Trigger(pro.start(), pro.end(), "ik", None, passive=False), ("doen", pro.start(), pro.end())
    if has_deadline and not _dated_only_by_others(sentence):
        # last: any verb of ours in the present tense, with a deadline still to come
        dated_act = _dated_act(sentence)
        if (
            dated_act is not None
            and dated_act[1] is not None
            and dated_act[1][0] in P.DELIVERY_LEMMAS
            and (marker := P.FULFILS_MARKER.search(sentence)) is not None
            and marker.start() < dated_act[1][1]
            and P.MARKER_OPENING.fullmatch(sentence, 0, marker.start()) is not None
        ):
            # "Met deze brief bied ik u twee rapporten aan die dit voorjaar zijn verschenen": this letter delivers, the
            # date is the reports' (round 65)
            return None
        return dated_act
    act = dated.relative_act(sentence)
    if act is not None and (
        F.FUTURE_UNSPECIFIED.search(sentence)
        or F.NEXT_STEP.search(sentence, 0, act[3])
        or _relative_request(sentence, act)
        # "De subsidie kost € 6 miljoen, die ik binnen de begroting vrijmaak": a sum set aside by us
        or (act[1] in F.MONEY_SET_ASIDE and P.SUM_OF_MONEY.search(sentence))
        # "…, die ik in hetzelfde besluit opneem": laid down in a rule of ours (round 65)
        or (act[1] in F.LAID_DOWN_LEMMAS and F.INTO_RULE.search(sentence, max(0, act[2] - 80), act[2]))
    ):
        # "… die ik met de VNG nader uitwerk"; "…, waarover ik eerst de Autoriteit Persoonsgegevens om advies vraag"
        # (a request of ours to another body, like "Ik vraag de AP om advies" in a main clause)
        actor, lemma, start, end = act
        return _Trigger(start, end, actor, None, passive=False), (lemma, start, end)
    let = F.AND_LET_ACT.search(sentence)
    subject = F.OUR_SUBJECT_OPENING.match(sentence)
    if (
        let is not None
        and subject is not None
        and not P.NEGATION.search(sentence, let.start())
        # (not a task left to others: "… en laat het opstellen van een standaard aan de branche over"; round 61)
        and not P.LEFT_TO_OTHERS.search(sentence, let.end())
    ):
        # "Het kabinet wil eerst weten wat de gevolgen zouden zijn en laat dat onderzoeken door het WODC": after a
        # first verb that acts on nothing, a study or task of ours commissioned in the next conjunct
        verb = let.group("verb").lower()
        return _Trigger(
            let.start("verb"), let.end("verb"), subject.group("actor").lower(), None, passive=False
        ), (
            verb,
            let.start("verb"),
            let.end("verb"),
        )
    return None


def _act_in_next_conjunct(sentence: str, wait: re.Match[str], act_start: int) -> bool:
    """Whether the act at `act_start` opens a main clause of its own after the wait `wait` ("Ik wil eerst het advies
    afwachten en stuur uw Kamer daarna …"), not a word inside what is waited for ("… afwachten van de pilot die de
    gemeenten Zwolle, Tilburg en Almere uitvoeren", "wil eerst weten hoe vaak … en of …")."""
    if act_start < wait.end():
        return False
    conj = F.NEXT_CONJUNCT.search(sentence, wait.end(), act_start)
    if conj is None or F.CLAUSE_OPENER.search(sentence, wait.end(), conj.start()) is not None:
        return False
    if F.WAIT_QUESTION_END.search(wait.group(0)):
        # the question waited for ends at "en" only when the act's verb follows it at once, its subject left out:
        # "Het kabinet wil eerst weten hoe de beroepsgroep erover denkt en legt de aanbeveling voor aan …" (round 66;
        # not "… weten hoe vaak dat voorkomt en of …", a second question)
        return conj.group(0).strip().lower() == "en" and act_start == conj.end()
    return len(sentence[conj.end() : act_start].split()) <= 2


def _dated_only_by_others(sentence: str) -> bool:
    """Whether every date of `sentence` stands in a relative clause of another party ("…, maar wacht eerst de herziening
    af die de Hoge Vertegenwoordiger in 2027 presenteert": the year dates that party's act, none of ours)."""
    spans = [(m.start(), m.end()) for m in F.OTHERS_RELATIVE_CLAUSE.finditer(sentence)]
    dates = [m.start() for m in F.DATE_WORD.finditer(sentence)]
    return bool(spans) and bool(dates) and all(any(a <= d < b for a, b in spans) for d in dates)


def _others_act_dated_by_relative(sentence: str) -> bool:
    """Whether the main clause names no government actor and every present passive stands in the relative clause after
    it: "De regels staan in een richtlijn van het CROW, die in 2028 wordt herzien" (another's document, dated)."""
    main = F.OTHERS_MAIN_THEN_RELATIVE.match(sentence)
    if main is None or F.DATE_WORD.search(sentence, 0, main.end()):
        return False  # (a date of the main clause's own: "In de subsidieronde van 2027 …, die …")
    aux = P.PASSIVE_PRESENT.search(sentence)
    return aux is not None and aux.start() >= main.end()


def _awaited_dated_by_relative(sentence: str) -> bool:
    """Whether the main clause awaits something ("wacht … af") and every date stands in the relative clause on what is
    awaited: "Het kabinet wacht de uitkomsten af van het onderzoek dat … in het voorjaar van 2027 wordt afgerond"."""
    main = F.AWAITS_THEN_RELATIVE.match(sentence)
    return main is not None and not F.DATE_WORD.search(sentence, 0, main.end())


def _past_act_dated_by_relative(sentence: str) -> bool:
    """Whether a past act of ours is the main clause and every present passive stands in the relative clause after it:
    "Ik heb het Zorginstituut gevraagd dat te onderzoeken als onderdeel van de herbeoordeling, die in 2027 wordt
    afgerond" (the date is the herbeoordeling's, the request is made)."""
    past = F.PERFECT_MAIN_CLAUSE.match(sentence)
    if past is None or any(
        # (not the year of a name: "de evaluatie van de Aanbestedingswet 2012, die in 2028 wordt afgerond"; round 49)
        not F.NAME_BEFORE_YEAR.search(sentence, 0, m.start())
        for m in F.DATE_WORD.finditer(sentence, 0, past.end())
    ):
        return (
            False  # ("Ik heb UWV gevraagd mij in 2027 te laten weten …, die …": a date of the request's own)
        )
    aux = P.PASSIVE_PRESENT.search(sentence)
    return aux is not None and aux.start() >= past.end()


def _practice_dated_by_relative(sentence: str, deadline_start: int) -> bool:
    """Whether a practice under way since a past moment ("stuurt sinds het voorjaar van 2025 …", `P.ONGOING`, in the
    main clause) is followed by a relative clause of others that holds the sentence's time to come: "… aan ouders van
    wie het jongste kind binnenkort achttien wordt", "Zij werken sinds januari aan een prognose, die vanaf december
    wordt gebruikt" (round 64). Not with a future of ours ("zal") nor a relative clause of ours ("…, die ik in 2023
    uitbreid")."""
    if P.FUTURE_MODAL_WORD.search(sentence):
        return False
    ongoing = P.ONGOING.search(sentence, 0, deadline_start)
    if ongoing is None or P.RELATIVE_OPENER.search(sentence, 0, ongoing.start()) is not None:
        return False
    if F.NEXT_MAIN_CLAUSE.search(sentence, ongoing.end(), deadline_start):
        return False  # "… is de aanvraag inmiddels ingediend, en voor de overige drie gebeurt dat vóór 1 september"
    relative = F.OTHERS_RELATIVE_OPENER.search(sentence, ongoing.end(), deadline_start)
    return relative is not None and not F.OWN_ACTOR_WORD.search(sentence, relative.start(), deadline_start)


def _others_past_act_dated_by_relative(sentence: str) -> bool:
    """Whether another party's past act opens the sentence ("Op 2 februari 2027 heeft de raad het advies … uitgebracht")
    and every present passive stands in a relative clause of others after it: "… over parken in wijken waar de komende
    jaren veel woningen worden bijgebouwd" (the time to come is the world the report describes; round 64)."""
    opening = F.OTHERS_PERFECT_OPENING.match(sentence)
    if opening is None or ";" in sentence:
        return False
    aux = P.PASSIVE_PRESENT.search(sentence, opening.end())
    if aux is None or P.PASSIVE_PRESENT.search(sentence, 0, opening.end()):
        return False
    relative = F.OTHERS_RELATIVE_OPENER.search(sentence, opening.end(), aux.start())
    return relative is not None and not F.OWN_ACTOR_WORD.search(sentence, relative.start())


def _relative_request(sentence: str, act: tuple[str, str, int, int]) -> bool:
    """Whether a verb-final relative clause of ours asks another party for something: "waarover ik de Raad
    van State om voorlichting vraag" (not "die ik uw Kamer vraag", "waarover ik me afvraag")."""
    _actor, lemma, start, _end = act
    if lemma not in ("vragen", "verzoeken"):
        return False
    opener = F.RELATIVE_FIRST_PERSON.search(sentence)
    if opener is None or opener.start("verb") != start:
        return False
    mid_start = opener.start("mid")
    return (
        F.REQUEST_NOT_OTHER.match(sentence, mid_start) is None
        and F.REQUEST_COMPLEMENT.search(sentence, mid_start, start) is not None
    )


def _discusses_here(
    sentence: str,
    action: tuple[str, int, int] | None,
    coming: Deadline | None,
    s_start: int,
    later_document: bool,
) -> bool:
    """ "Ik ga in op de stand van zaken, op wat ik dit jaar ga doen en op de moties": the present
    "ga … in op" says what this letter discusses (see `GA_IN_OP`), unless a later document is named
    or a time to come stands before the verb ("Voor de zomer ga ik in op …")."""
    if action is None or action[0] != "ingaan op" or later_document or P.FUTURE_DOCUMENT.search(sentence):
        return False
    if F.NAMED_PERIODIC_DOCUMENT.search(sentence):
        return False  # "In de Veteranennota 2027–2028 ga ik in op …": a later document (round 60)
    m = F.GA_IN_OP.search(sentence)
    if m is None:
        return False
    return coming is None or coming.start - s_start > m.start()


def _subject_office(text: str, start: int, end: int) -> str | None:
    """The last sentence of `text[start:end]` whose subject is a minister or state secretary ("Een wettelijke
    bewaartermijn acht de minister in beginsel een goede stap."), for a "Hij"/"Zij" that opens the next paragraph; None
    if no sentence has one as its subject (not "De ombudsman vraagt de minister …")."""
    for s, e in reversed(split_sentences(text, start, end)):
        antecedent = P.THIRD_ANTECEDENT.search(text, s, e)
        if antecedent is not None and P.ANTECEDENT_AS_SUBJECT.fullmatch(text, s, antecedent.start()):
            return text[s:e]
    return None


def _ongoing(sentence: str, has_deadline: bool) -> bool:
    """A present-tense measure that has been under way for a while ("Het kabinet investeert al jaren in
    preventie", "zet sinds 2020 in op …") describes policy, it promises nothing new (unless a moment to
    come is named). Not inside a clause about something else: "actualiseer ik het model dat sinds 2023
    beschikbaar is" is a new step."""
    if has_deadline:
        return False
    m = P.ONGOING.search(sentence)
    if m is None or P.RELATIVE_OPENER.search(sentence, 0, m.start()) is not None:
        return False
    # ("een plicht … om reizigers regelmatig te informeren": the habit is what the duty holds)
    return not (
        F.OM_CLAUSE_BEFORE.search(sentence, 0, m.start()) and F.OM_CLAUSE_AFTER.match(sentence, m.end())
    )


def _letter_internal(sentence: str, action: tuple[str, int, int] | None, future: bool) -> bool:
    """A deferral to another place in this letter: "Op de derde aanbeveling kom ik later in deze
    brief terug", "In de volgende paragraaf zal ik ... bespreken". Kept as a promise when the
    sentence also names a future deadline, or delivers something to the Kamer other than the
    discussion itself ("In deze brief zeg ik toe uw Kamer voor de zomer te informeren")."""
    # a cross-reference in brackets ("(zie paragraaf 7 van deze brief)") defers nothing
    if future:
        return False
    plain = F.BRACKETS.sub(lambda m: " " * len(m.group(0)), sentence)  # offsets kept for `action`
    locator = P.LETTER_LOCATOR.search(plain)
    if locator is None:
        return False
    if (
        action is not None
        and locator.start() > action[2]
        and P.RELATIVE_OPENER.search(plain, action[2], locator.start()) is not None
    ):
        # "… opneem in het wetsvoorstel dat ik hierboven noemde": the locator names a noun's place in
        # this letter, the act itself is still to come
        return False
    lemma = action[0] if action is not None else None
    # answering in this letter ("In het navolgende zal ik de vragen per thema beantwoorden") is discourse
    return lemma not in P.DELIVERY_LEMMAS or lemma in ("terugkomen", "ingaan op", "komen met", "beantwoorden")


def _promised_te(sentence: str) -> tuple[int, int] | None:
    """Span of the first "toegezegd … te <verb>" with no full stop in between, or None.

    The match one lazy regex (PROMISED, any text without a full stop, TE_INFINITIVE) would
    give, in linear time: the "te <verb>" found after one "toegezegd" is reused for the next
    ones, and after a full stop between them the search goes on from that stop (every
    "toegezegd" before the stop fails alike).
    """
    pos = 0
    te: re.Match[str] | None = None
    while (m := P.PROMISED.search(sentence, pos)) is not None:
        if te is None or te.start() < m.end():
            te = P.TE_INFINITIVE.search(sentence, m.end())
            if te is None:
                return None  # no "te <verb>" after this or any later "toegezegd"
        stop = sentence.rfind(".", m.end(), te.start())
        if stop == -1:
            return m.start(), te.end()
        pos = stop + 1
    return None


def _promised_act(sentence: str, te_end: int) -> tuple[str, int, int] | None:
    """The promised act as its te-infinitive says it, for verbs outside `ACTIONS`: "toegezegd daarover in
    contact te treden" -> "treden", "zegt toe de aanbevelingen op te zullen volgen" -> "opvolgen" (the
    auxiliary skipped, the separable particle before "te" joined)."""
    m = P.TE_VERB.search(sentence, max(0, te_end - 40), te_end + 1)
    if m is None:
        return None
    verb, start, end = m.group("verb").lower(), m.start("verb"), m.end("verb")
    if verb in P.PROMISED_TE_AUX and (nxt := re.match(r"\s+([a-zà-ÿ]+en)\b", sentence[end:])) is not None:
        verb, start, end = nxt.group(1).lower(), end + nxt.start(1), end + nxt.end(1)
    if not verb.endswith("en") and verb not in ("gaan", "staan", "doen", "zien", "slaan"):
        return None
    particle = (m.group("particle") or "").lower()
    return particle + verb, start, end


def _fulfils(sentence: str) -> tuple[_Trigger, tuple[str, int, int] | None] | None:
    phrase = P.FULFILS_PHRASE.search(sentence)
    marker = P.FULFILS_MARKER.search(sentence)
    if phrase is None and marker is None:
        return None
    if re.search(r"\b(?:zal|zullen)\b", sentence, re.I) and phrase is None:
        return None  # "Met deze brief zal ik ..." is discourse or a new promise, not delivery
    if phrase is None and marker is not None and P.FUTURE_DOCUMENT.search(sentence, 0, marker.start()):
        # "In de volgende halfjaarsrapportage informeer ik uw Kamer over de uitvoering van de toezeggingen in deze
        # brief": a later document delivers; "in deze brief" names what it reports on
        return None
    verb = P.FULFILS_VERB.search(sentence) if marker is not None else None
    if phrase is None and (verb is None or not P.FULFILS_OBJECT.search(sentence)):
        return None
    at = phrase.start() if phrase is not None else verb.start() if verb is not None else 0
    actor_m = re.search(r"\b(ik|wij|we)\b", sentence, re.I)
    actor = actor_m.group(1) if actor_m else None
    action = _first_action(sentence, max(0, at - 40)) or _first_action(sentence)
    return _Trigger(at, at, actor, None, passive=actor is None), action


def _firmness(sentence: str, trigger: _Trigger, action: tuple[str, int, int] | None) -> Firmness:
    lo = trigger.start
    hi = action[2] if action is not None and action[2] > lo else trigger.end
    if trigger.passive and trigger.modal is None and trigger.actor is None:
        # a bare participle read as the act ("… kan niet voor andere knelpunten worden ingezet"): its clause's
        # negation stands before it, from the clause's start (round 47)
        clause_start = max(sentence.rfind(",", 0, lo), sentence.rfind(";", 0, lo), 0)
        # (not across a conditional or other subordinate opener: in "Ik stel … een motivering verplicht als niet met de
        # trein wordt gereisd" the negation is the condition's)
        if not F.SUBORDINATE_OPENER.search(sentence, clause_start, lo):
            lo = clause_start
    # Negation between the promise and its verb, but not inside a subordinate clause.
    region = sentence[min(lo, hi) : hi]
    if action is not None and action[1] < trigger.start:  # verb first: "Bezien zal worden ..."
        region = sentence[action[1] : trigger.end]
    sub = P.SUBORDINATE.search(region)
    base = min(lo, hi)
    if (
        sub is not None
        and sub.group(0).lower() in P.DETERMINER_STOPS
        and not sentence[trigger.end : base + sub.start()].strip()
    ):
        # "Ik wil die vraag niet … beantwoorden": a determiner right after the modal opens no clause
        sub = P.SUBORDINATE.search(region, sub.end())
    if sub is not None:
        region = region[: sub.start()]
    # "… voor het bedrag niet automatisch te koppelen, maar iedere drie jaar te toetsen": the act after the
    # contrast is affirmed, the negation is the other one's
    but = region.rfind(", maar ")
    if but >= 0:
        region = region[but:]
    # "Ik neem deze aanbeveling niet over en zal de huidige aanpak in 2027 evalueren": a second clause with its own
    # modal, joined by "en", promises its act; the negation was the first clause's
    joined = list(P.JOINED_MODAL_CLAUSE.finditer(region))
    if joined:
        region = region[joined[-1].start() :]
    # "Wel streef ik ernaar gezinnen … niet over te plaatsen": the aim's own negation, inside what is striven for
    # (round 65)
    aim = (
        F.STRIVE_COMPLEMENT.search(region)
        if (trigger.modal or "") in ("streef", "streeft", "streven")
        else None
    )
    if aim is not None:
        region = region[: aim.start()]
    # "zal ik niet aarzelen om …" promises the act, "zal geen boete meer opleggen" a stop to one; "… de tolk niet
    # standaard in te zetten, maar wel in ieder gesprek waarin …" promises it in part
    partly = P.BUT_STILL.match(sentence, hi) is not None
    if P.NEGATION.search(F.CESSATION.sub(" ", F.LITOTES.sub(" ", region))) and not partly:
        return "negated"
    if (
        trigger.modal is not None
        and action is not None
        and action[1] > trigger.end
        and F.OM_BEFORE.search(sentence, trigger.end, action[1])
        and F.NOT_AFTER_OBJECT_CLAUSE.match(sentence, action[2])
    ):
        return "negated"  # "Het kabinet zal een voorstel om dat vetorecht af te schaffen daarom niet steunen" (round 67)
    if trigger.modal is None and not trigger.passive and not partly:
        # a present-tense measure declined in its own clause: "Het budget verhoog ik niet, omdat …"
        stop = P.CLAUSE_STOP.search(sentence, trigger.end)
        end = stop.start() if stop else len(sentence)
        if (means := F.BY_MEANS_OF_ACT.search(sentence, trigger.end, end)) is not None:
            # "Ik breng het aantal steden in 2029 terug tot vier door twee programma's niet te verlengen": the means
            # is declined, not the measure
            end = means.start()
        if (condition := F.CONDITION_AFTER_MEASURE.search(sentence, trigger.end, end)) is not None:
            end = condition.start()  # "… een motivering verplicht als niet met de trein wordt gereisd"
        relative = F.RELATIVE_OPENING.search(sentence, trigger.end, end)
        after = trigger.end
        if action is not None and (contrast := sentence.rfind(", maar ", trigger.end, action[1])) >= 0:
            after = contrast  # (the act after "maar" is the one chosen, as above)
        declined_end = relative.start() if relative and relative.start() > after else end
        # ("Vanaf 2027 deelt de RVD de wijzigingen niet langer in naar ministerie, maar …": a practice stopped is a
        # change of ours, as with a modal)
        # "Ik verhoog de boete niet voor ieder vuur …, maar wel voor vuren hoger dan vijf meter": the present act
        # declined for some and kept for others right after its clause (as after a modal's verb; round 66)
        kept = P.BUT_STILL.match(sentence, end)
        kept_for_others = kept is not None and kept.group(0).split()[-1].lower() == "wel"
        if (
            F.DECLINED_AFTER.search(F.CESSATION.sub(" ", sentence[after:declined_end]))
            and not kept_for_others
        ):
            return "negated"
    if P.TENTATIVE_HEDGE.search(sentence):
        return "tentative"
    if P.CONDITIONAL.search(sentence):
        return "conditional"
    if (trigger.modal or "").split(" ")[0] in P.TENTATIVE_MODALS:
        return "tentative"
    if action is not None and action[0] in ("bezien", "verkennen"):
        return "tentative"
    if P.TENTATIVE.search(sentence):
        return "tentative"
    return "firm"


def _object(
    sentence: str, trigger: _Trigger, action: tuple[str, int, int] | None, deadline_text: str | None
) -> str | None:
    """What will be delivered: the phrase after the verb, else the words between modal and verb."""
    if action is None:
        return None

    def clean(s: str, tail: frozenset[str] = P.OBJECT_TAIL_WORDS) -> str:
        if deadline_text:
            s = s.replace(deadline_text, " ")
        s = re.sub(r"\s+", " ", s).strip(" ,;:.")
        for _ in range(4):
            s2 = P.OBJECT_LEAD.sub("", s).strip(" ,;:.")
            s2 = _strip_trailing_words(s2, tail).strip(" ,;:.")
            if s2 == s:
                break
            s = s2
        return s

    after = sentence[action[2] :]
    stop = P.OBJECT_STOP.search(after)
    after = clean(after[: stop.start()] if stop else after)
    if after and not after.lower().startswith(("en ", "worden", "te ")):
        return after
    lo = trigger.start if trigger.passive else trigger.end
    middle = clean(sentence[lo : action[1]] if lo <= action[1] else "", P.OBJECT_TAIL_AUX_WORDS)
    if not middle:  # a separable verb around its object: "willig ik dit verzoek in"
        inner = sentence[action[1] : action[2]].split()
        middle = clean(" ".join(inner[1:-1])) if len(inner) > 2 else ""
    return middle or None


def _strip_trailing_words(s: str, words: frozenset[str]) -> str:
    """`s` without the trailing words of `words` (any case), each after a space: "het rapport toe"
    -> "het rapport". Works back from the end, so it costs the words it strips."""
    end = len(s)
    while True:
        j = end
        while j > 0 and not s[j - 1].isspace():
            j -= 1
        if j == 0 or j == end or s[j:end].lower() not in words:
            return s[:end]
        while j > 0 and s[j - 1].isspace():
            j -= 1
        end = j


#: Open windows that start with a year named on its own: "vanaf 2027", "met ingang van 2027", "vanaf de
#: subsidieronde van 2027" (see `kamerstuk.entities.dates`).
_YEAR_OPENINGS = frozenset({"vanaf-jaar", "vanaf-ronde", "zelfde-ronde"})
#: The rules of a day named again by a pronoun ("vanaf dezelfde datum", "vanaf dezelfde ronde").
_SAME_DAY_RULES = frozenset({"zelfde-datum", "zelfde-ronde"})
#: The seasons a "vanaf-" rule may name ("vanaf het voorjaar van 2027": rule "vanaf-voorjaar").
_SEASONS = frozenset({"voorjaar", "zomer", "najaar", "winter"})


def _to_come(deadline: Deadline, reference: dt.date | None) -> bool:
    """Whether a deadline lies after the letter: it ends after it, or it is open and begins after it."""
    if deadline.rule == "":
        return False
    if reference is None:
        return True
    if deadline.latest is not None:
        return deadline.latest >= reference
    if deadline.rule in _YEAR_OPENINGS and deadline.earliest is not None:
        # "Vanaf 2027 legt het ministerie … vast" in a letter of January 2027: from the letter's own year on is
        # still to come (a year named on its own, unlike "vanaf 1 januari 2027", a day passed)
        return deadline.earliest.year >= reference.year
    if deadline.earliest is not None and deadline.rule.removeprefix("vanaf-") in _SEASONS:
        # "In de onderhandelingen zet Nederland zich vanaf het voorjaar van 2027 in voor …" in a letter of May 2027: from
        # the letter's own season on is still to come, as a year is (round 61)
        return season_window(deadline.rule.removeprefix("vanaf-"), deadline.earliest.year)[1] >= reference
    if deadline.rule == "vanaf-maand" and deadline.earliest is not None:
        # (and the letter's own month: "vanaf mei 2027" in a letter of 4 May 2027)
        return (deadline.earliest.year, deadline.earliest.month) >= (reference.year, reference.month)
    return deadline.earliest is None or deadline.earliest >= reference


def _dates_an_act_done(text: str, s_start: int, s_end: int, deadline: Deadline) -> bool:
    """Whether a month or season named without a year dates an act done: its clause is in the perfect tense and
    looks to nothing to come ("De secretarissen-generaal hebben in januari afgesproken dat een woordvoerder … wordt
    ingezet", "De regeling die in maart is gestart, wordt geëvalueerd"). The calendar reads such a month forwards
    (the next January); in a perfect tense it is the last one, so it is no time to come."""
    if deadline.rule not in F.UNDATED_MONTH_RULES or re.search(r"\d", deadline.text):
        return False
    left = s_start
    for edge in F.PERFECT_CLAUSE_EDGE.finditer(text, s_start, deadline.start):
        left = edge.end()
    edge_after = F.PERFECT_CLAUSE_EDGE.search(text, deadline.end, s_end)
    right = edge_after.start() if edge_after is not None else s_end
    words = [w.lower() for w in re.findall(r"[\w-]+", text[left:right])]
    return (
        any(w in F.PERFECT_AUX_WORDS for w in words)
        and not any(w in F.CLAUSE_TO_COME_WORDS for w in words)
        and any(F.PARTICIPLE.fullmatch(w) or w in F.STRONG_PARTICIPLES for w in words)
    )


def _pick_deadline(deadlines: list[Deadline], reference: dt.date | None) -> Deadline | None:
    """The first deadline in the sentence that has not already passed at `reference`."""
    for d in deadlines:
        if reference is None or d.latest is None or d.latest >= reference:
            return d
    return deadlines[0] if deadlines else None


def find_commitments(
    text: str,
    reference: dt.date | None = None,
    paragraphs: Sequence[tuple[str, int, int]] | None = None,
) -> list[Commitment]:
    """Find the commitments (toezeggingen) in `text`, one per sentence, with ids "c1", "c2", ...

    `reference` is the letter's date (for resolving deadlines). `paragraphs` are
    ``(id, start, end)`` spans into `text`; when given, only sentences inside them are read
    and each commitment carries its paragraph id. Each commitment has an actor ("ik",
    "wij", "het kabinet", a named office, or None for a passive), the action lemma
    ("informeren", "sturen", ...), the object, the first not-yet-passed deadline of the
    sentence, a firmness (firm, conditional, tentative, negated) and a kind (new, refers
    to an earlier promise, fulfils one now).
    """
    whole: list[tuple[str | None, int, int]] = [(None, 0, len(text))]
    spans = whole if paragraphs is None else [(pid, s, e) for pid, s, e in paragraphs]
    all_deadlines = find_deadlines(text, reference)  # in reading order, not overlapping
    starts = [d.start for d in all_deadlines]
    out: list[Commitment] = []
    read: list[
        tuple[str | None, Commitment | None]
    ] = []  # per sentence, in order: its paragraph and commitment
    items: list[bool] = []  # per sentence, in order: whether it opens with a list number ("1. Vanaf …")
    said: list[str] = []  # per sentence, in order: its text
    # the last day named so far, for "vanaf dezelfde datum" (also in the next paragraph: "1. Vanaf 1 februari
    # 2027 kunnen …" / "2. De RVD reserveert vanaf dezelfde datum …")
    named_day: Deadline | None = None
    day_just_named = (
        False  # whether the sentence before named a day ("vanaf dat moment" takes up only that one)
    )
    previous_paragraph: tuple[int, int] | None = None  # the paragraph before, for a "Hij …" that opens one
    current_paragraph: tuple[int, int] | None = None
    for pid, p_start, p_end in spans:
        previous_paragraph, current_paragraph = current_paragraph, (p_start, p_end)
        previous = (p_start, p_start)  # the sentence before, in the same paragraph
        previous_window: Deadline | None = None  # its first window to come
        # the sentence that named the office a run of "Hij …"/"Zij …" sentences goes back to: "Hij heeft mij
        # laten weten de aanbeveling over te nemen. Hij zal de politie vragen …" after "… de Minister van JenV …"
        chain_from = p_start
        for s_start, s_end in split_sentences(text, p_start, p_end):
            k = bisect.bisect_left(starts, s_start)
            inside = []  # the sentence's deadlines: only those starting in it are looked at
            titles = [
                (m.start(), m.end())
                for m in P.QUOTED_TITLE.finditer(text, s_start, s_end)
                if len(m.group("title").split()) <= 8
            ]
            while k < len(all_deadlines) and all_deadlines[k].start < s_end:
                d = all_deadlines[k]
                # (not a year in a title: "het rapport «Wonen in 2030»"; round 49)
                if (
                    d.end <= s_end
                    and not any(a <= d.start < b for a, b in titles)
                    and not _dates_an_act_done(text, s_start, s_end, d)
                ):
                    inside.append(d)
                k += 1
            # (a term beside it names no day: "vanaf die datum binnen acht weken een ontvangstbevestiging")
            anaphor = P.DATE_ANAPHOR.search(text, s_start, s_end) if named_day is not None else None
            # (a time of another clause, a semicolon between, does not count: "De ACM … neemt de besluiten dit najaar; ik
            # pas de regeling vóór die datum aan"; round 67)
            beside = (
                [
                    d
                    for d in inside
                    if ";" not in text[min(d.end, anaphor.end()) : max(d.start, anaphor.start())]
                ]
                if anaphor is not None
                else inside
            )
            if anaphor is not None and not all(d.rule == "binnen-termijn" for d in beside):
                anaphor = None
            if anaphor is not None and beside and not P.FROM_THE_DAY.match(anaphor.group(0)):
                anaphor = (
                    None  # beside a term only "vanaf die datum" (not "na die datum is geboren") names the day
                )
            if anaphor is not None and anaphor.group("noun2") is not None and not day_just_named:
                # "Vanaf dat moment wordt geborgd …" two sentences after the day: the moment may be an event named
                # since (round 59)
                anaphor = None
            if anaphor is not None and named_day is not None:
                # "vanaf dezelfde datum": the day named before, its window on the words that name it again
                same_day = named_day.model_copy(
                    update={
                        "text": anaphor.group(0),
                        "start": anaphor.start(),
                        "end": anaphor.end(),
                        # (a year or round named before stays one: "vanaf dezelfde ronde" after "Vanaf de ronde van
                        # 2027 …" in a letter of January 2027 is still to come; round 61)
                        "rule": "zelfde-ronde" if named_day.rule in _YEAR_OPENINGS else "zelfde-datum",
                    }
                )
                inside = sorted([same_day, *inside], key=lambda d: d.start)
            if not inside and previous_window is not None:
                # "Vanaf 2028 stelt RWS het programma op. Strandsuppleties worden dan … uitgevoerd": the window of the
                # sentence before, named again
                again = P.WINDOW_ANAPHOR.search(text, s_start, s_end)
                if again is not None and not P.CONDITION_WORD.search(text, s_start, again.start()):
                    inside = [
                        previous_window.model_copy(
                            update={
                                "text": again.group(0),
                                "start": again.start(),
                                "end": again.end(),
                                "rule": "zelfde-termijn",
                            }
                        )
                    ]
            day_just_named = any(d.rule not in _SAME_DAY_RULES for d in inside)
            previous_window = next((d for d in inside if _to_come(d, reference)), None)
            named_day = inside[-1] if inside else named_day
            pronoun_led = (
                P.PRONOUN_OPENER.match(text, s_start, s_end) is not None
                or P.INVERTED_PRONOUN_OPENER.match(text, s_start, s_end) is not None
            )
            before = text[chain_from : previous[1]] if pronoun_led else text[previous[0] : previous[1]]
            if pronoun_led and not (P.THIRD_ANTECEDENT.search(before) or P.SERVICE_ANTECEDENT.search(before)):
                # the office named earlier in the paragraph, a sentence between: "De Staatssecretaris van VWS ziet
                # geen ruimte …. Kinderen kunnen al …. Hij zal het fonds wel vragen …" (a singular verb after the
                # pronoun: "Zij zullen …" are others)
                # (also after the verb: "… neemt deze aanbeveling gedeeltelijk over. Een apart nummer laat hij niet
                # instellen …. Wel vraagt hij de ziekenhuizen …"; round 58)
                verb = P.PRONOUN_VERB.match(text, s_start, s_end) or P.INVERTED_PRONOUN_OPENER.match(
                    text, s_start, s_end
                )
                if verb is not None and not verb.group("verb").endswith("en"):
                    before = text[p_start:s_start]
                    if previous_paragraph is not None and not P.THIRD_ANTECEDENT.search(before):
                        # a paragraph that opens on "Hij …" after one whose subject was the minister: "Een wettelijke
                        # bewaartermijn acht de minister een goede stap. …" / "Hij regelt daarom …" (round 58)
                        before = _subject_office(text, *previous_paragraph) or before
            if not pronoun_led:
                chain_from = s_start
            previous = (s_start, s_end)
            marker = P.SENTENCE_LIST_MARKER.match(text, s_start, s_end)
            c = _commitment(text, s_start, s_end, pid, reference, inside, len(out) + 1, before)
            if c is None and marker is not None:
                # "1. Ik maak het vanaf 1 maart mogelijk …": the measure after its number
                c = _commitment(text, marker.end(), s_end, pid, reference, inside, len(out) + 1, before)
            if c is None and (";" in text[s_start:s_end] or F.AND_OUR_CLAUSE.search(text, s_start, s_end)):
                # "De uitbreiding gaat in op 1 januari 2027; ik pas daarvoor de regeling aan.": each clause
                # the semicolon joins read on its own, the commitment still the whole sentence
                c = _in_a_clause(text, s_start, s_end, pid, reference, inside, len(out) + 1, before)
            elif (
                c is not None
                and c.firmness == "negated"
                and (";" in text[s_start:s_end] or F.BUT_OUR_CLAUSE.search(text, s_start, s_end))
            ):
                # "Het kabinet kiest niet voor een nieuw fonds; daarvoor stelt het in 2028 … beschikbaar": the
                # refusal before the semicolon, the act of ours after it (round 50)
                own = _in_a_clause(
                    text, s_start, s_end, pid, reference, inside, len(out) + 1, before, skip_negated=True
                )
                if own is not None and own.firmness != "negated":
                    c = own
            if c is None and ":" in text[s_start:s_end]:
                c = _after_colon(text, s_start, s_end, pid, reference, inside, len(out) + 1, before)
            read.append((pid, c))
            items.append(marker is not None)
            said.append(text[s_start:s_end])
            if c is not None:
                out.append(c)
    return _renumbered(
        [c for k, (_, c) in enumerate(read) if c is not None and _stands(read, k, items, said)]
    )


def _stands(
    read: list[tuple[str | None, Commitment | None]],
    k: int,
    items: Sequence[bool] = (),
    said: Sequence[str] = (),
) -> bool:
    """Whether the commitment of sentence `k` stands: a rule from a day to come ("Met ingang van het teeltjaar 2027 moet
    na maïs een vanggewas zijn ingezaaid") only beside an act of ours in the sentence before or after it in the same
    paragraph ("Ik wijzig daartoe nog dit jaar de regeling"); alone it may be a law made before, described ("Vanaf 1
    januari 2026 mag een uitzendbureau alleen nog werken met een toelating. De toelatingsorganisatie heeft …"; round
    54). A numbered item beside another item that holds an act of ours is a measure of the same list ("1. Vanaf 1
    januari 2028 moet een werkgever … vastleggen." / "2. De boete … verdubbel ik per 1 juli 2027."), whichever paragraph
    each stands in (`items` says per sentence whether it opens with a list number; round 61). So does a rule whose
    neighbour in the paragraph puts it into a vehicle of ours ("RVO neemt die eis op in de subsidievoorwaarden", `said`
    holding each sentence's text; round 61)."""
    pid, c = read[k]
    if (
        c is not None
        and c.kind == "new"
        and k + 1 < len(said)
        and read[k + 1][0] == pid
        and F.DONE_HEREBY.match(said[k + 1])
        and (c.deadline is None or c.deadline.rule == "binnen-termijn")
    ):
        # "Op grond van de Rijkswet … reageer ik binnen zes maanden op de aanbevelingen. Met deze brief doe ik dat.": the
        # duty told, and done by this letter (round 64)
        return False
    if c is None or c.actor is not None or (c.action or "") not in F.DATED_RULE_LEMMAS:
        return True
    listed = k < len(items) and items[k]
    for j in (k - 1, k + 1):
        if 0 <= j < len(said) and read[j][0] == pid and F.RULE_INTO_VEHICLE.match(said[j]):
            return True
        if 0 <= j < len(read) and (read[j][0] == pid or (listed and j < len(items) and items[j])):
            other = read[j][1]
            if other is not None and (other.action or "") not in F.DATED_RULE_LEMMAS:
                return True
    return False


def _renumbered(found: list[Commitment]) -> list[Commitment]:
    """`found` with ids "c1", "c2", … in order (a commitment left out leaves no gap)."""
    return [c if c.id == f"c{n}" else c.model_copy(update={"id": f"c{n}"}) for n, c in enumerate(found, 1)]


def _after_colon(
    text: str,
    s_start: int,
    s_end: int,
    pid: str | None,
    reference: dt.date | None,
    inside: list[Deadline],
    number: int,
    before: str = "",
) -> Commitment | None:
    """The commitment of the clause after a colon that goes on with "zij"/"hij" for the minister named before it: "De
    Minister van OCW … neemt dit punt over: zij zal gemeenten vanaf 2027 vragen …" (read as the sentence "Zij zal …"
    after the one that names her), or that spells out what the government adopts ("Hij neemt haar over: vanaf 1
    januari 2028 vraagt de aangifte ook naar …"), as a commitment of the whole sentence."""
    colon = text.find(":", s_start, s_end)
    pronoun = P.PRONOUN_AFTER_COLON.match(text, colon + 1, s_end)
    if pronoun is not None and P.THIRD_ANTECEDENT.search(text, s_start, colon) is not None:
        a = pronoun.start("pronoun")
    elif (adopted := P.ADOPTED_BEFORE_COLON.match(text[s_start:colon])) is not None and (
        adopted.group("pronoun") is None or P.THIRD_ANTECEDENT.search(before)
    ):
        a = colon + 1 + len(text[colon + 1 : s_end]) - len(text[colon + 1 : s_end].lstrip())
        if a >= s_end or not text[a].isalpha():
            return None
    elif (
        F.START_DAY_AFTER_COLON.match(text, colon + 1, s_end) is not None
        # (an adoption before the colon is read above, by whom it names: "Zij nemen haar over: vanaf 2023 …" after
        # "De aanbeveling ligt bij de provincies" is theirs)
        and adopted is None
        and F.OTHERS_TELL_BEFORE_COLON.search(text, s_start, colon) is None
        and P.REPORT_RECOMMENDS.match(text, s_start, colon) is None
    ):
        # "… vervalt de persoonlijke dienstauto wel: vanaf 1 juli 2028 maken zij gebruik van …" (round 54)
        a = colon + 1 + len(text[colon + 1 : s_end]) - len(text[colon + 1 : s_end].lstrip())
    else:
        return None
    # the clause capitalised as a sentence opener (the same length: offsets stay)
    opened = text[:a] + text[a].upper() + text[a + 1 :]
    own = [d for d in inside if d.start > colon]
    c = _commitment(opened, a, s_end, pid, reference, own, number, text[s_start:colon])
    if c is None:
        return None
    return c.model_copy(update={"text": text[s_start:s_end], "start": s_start, "end": s_end})


def _in_a_clause(
    text: str,
    s_start: int,
    s_end: int,
    pid: str | None,
    reference: dt.date | None,
    inside: list[Deadline],
    number: int,
    before: str,
    *,
    skip_negated: bool = False,
) -> Commitment | None:
    """The commitment of the first clause of the sentence `text[s_start:s_end]` that holds one, the clauses
    split at its semicolons, as a commitment of the whole sentence (its deadline one of the clause's); with
    `skip_negated`, the first that holds one not negated (the act after a refusal)."""
    whole = text[s_start:s_end]
    if whole.rstrip().endswith("?") or P.REPORT_RECOMMENDS.match(whole):
        return None  # a question put to us, or the report's recommendations listed: no clause of it is ours
    if F.DELIVERED_IN_THIS_LETTER.search(whole):
        return None  # "…; dat standpunt treft u in deze brief aan": the clause before is met here (round 59)
    # (and at ", en" before a clause of ours: "In 2027 wordt de regeling geëvalueerd, en ik wil de uitkomsten afwachten
    # voordat …" promises the evaluation, the wait is the second clause's; round 49)
    cuts = {i + 1 for i in range(s_start, s_end) if text[i] == ";"}
    cuts.update(m.start() + 1 for m in F.AND_OUR_CLAUSE.finditer(text, s_start, s_end))
    # (and at ", maar" before one: "Ik ga ze niet … verplicht stellen, maar ik stel vanaf … beschikbaar"; round 61)
    cuts.update(m.start() + 1 for m in F.BUT_OUR_CLAUSE.finditer(text, s_start, s_end))
    bounds = [s_start, *sorted(cuts), s_end]
    previous = ""
    previous_own: list[Deadline] = []
    for a, b in itertools.pairwise(bounds):
        while a < b and text[a].isspace():
            a += 1
        end = b - 1 if text[b - 1] in ";," else b
        if b < s_end and F.ALREADY_SO_NEXT.match(text, b, s_end):
            previous = text[a:end]
            continue  # "…; dat is al wettelijk vastgelegd": the clause before describes what is in place (round 54)
        own = [d for d in inside if a <= d.start and d.end <= end]
        if not own and previous_own and F.BACK_TO_THE_CLAUSE_BEFORE.search(text, a, end):
            # "De volgende evaluatie … is voorzien voor 2030; de uitkomsten daarvan stuur ik uw Kamer": the time of
            # the thing the clause before dates, taken up by "daarvan" (round 66, holdout401)
            own = previous_own
        previous_own = own
        read, context = text, before
        if P.CABINET_PRONOUN_AFTER_VERB.match(text, a, end) and P.CABINET_ANTECEDENT.match(previous):
            context = previous  # "Het kabinet kiest …; daarvoor stelt het in 2027 …" (round 49)
        if P.PRONOUN_AFTER_COLON.match(text, a, end) and P.THIRD_ANTECEDENT.search(previous):
            # "Daarover gaat de Staatssecretaris van SZW; zij zal uw Kamer vóór de zomer een voorstel doen …": the
            # office of the clause before, taken up after the semicolon (read as the sentence "Zij zal …" after
            # the one that names her; round 46)
            read, context = text[:a] + text[a].upper() + text[a + 1 :], previous
        c = _commitment(read, a, end, pid, reference, own, number, context)
        previous = text[a:end]
        if c is not None and not (skip_negated and c.firmness == "negated"):
            return c.model_copy(update={"text": text[s_start:s_end], "start": s_start, "end": s_end})
    return None


def _path(*patterns: P.Keyed) -> tuple[int, int]:
    """The word test of a way to a commitment that needs every one of `patterns` to match: the
    bits of all their word groups, and the stem bit of the one that has stems instead (if any)."""
    need = stem = 0
    for k in patterns:
        assert not (k.need and k.stem_bit) and not (stem and k.stem_bit)  # one rule per pattern
        need |= k.need
        stem |= k.stem_bit
    return need, stem


#: Each way `_fulfils` or `_trigger` can find a commitment, as the `P.Keyed` patterns it needs to
#: match (a return of theirs is always behind a match of all of these). A sentence that passes
#: none of their word tests is no commitment, and is left before the thirty-odd searches of a
#: full look (most sentences of a letter). `_FUTURE_PATHS` count only with a future deadline.
_PATHS: tuple[tuple[int, int], ...] = tuple(
    _path(*patterns)
    for patterns in (
        (P.FULFILS_PHRASE,),  # _fulfils with a phrase, or with a marker, a verb and an object
        (P.FULFILS_MARKER, P.FULFILS_VERB, P.FULFILS_OBJECT),
        (P.ACTIVE_TRIGGER,),  # _active
        (P.INTENTION_NOUN,),
        (P.ELIDED_TRIGGER, P.ACTIVE_TRIGGER),  # _elided: its lead actor and modal are words of ACTIVE_TRIGGER
        (P.RELATIVE_TRIGGER,),
        (P.PASSIVE_FUTURE,),
        (P.PRESENT_DELIVERY,),
        (P.ELIDED_DELIVERY, P.FIRST_PERSON),  # _elided_delivery
        (P.ELIDED_DELIVERY, P.THIRD_PERSON_LEAD),  # _elided_delivery in the third person
        (P.MEASURE_PRESENT,),  # _measure
        # _elided_measure: "ik/wij/we" leads, the verb after "en" is a measure verb
        (P.ELIDED_MEASURE, P.FIRST_PERSON, P.MEASURE_PRESENT),
        # … or the cabinet or a minister leads, the verb after "en" in the third person
        (P.ELIDED_MEASURE, P.THIRD_PERSON_LEAD, P.MEASURE_PRESENT_THIRD),
        (P.OVERSEE,),  # _present_measure
        (P.AGENCY_MEASURE,),
        (P.BILL_MEASURE,),
        (P.BILL_WILL,),
        (P.MEASURE_PRESENT_THIRD,),  # _third_person_measure
        (P.ADOPT_BY,),
        (P.PASSIVE_NEW,),  # _passive_measure
        (P.PASSIVE_OBLIGE,),
        (P.PASSIVE_EXPLORE_FRONTED,),
        (P.PASSIVE_STEP,),
        (P.PROMISED,),  # _promised_te
        (P.COMES_MEASURE,),
        (P.PASSIVE_EXPLORE,),
        (P.KAMER_SUBJECT,),
        (P.DOCUMENT_GOES_INTO,),  # a later letter "gaat in op"
        (F.COME_WITH,),  # _come_with
        (F.CHOICE,),  # _choice
        (F.CHOICE_OF_A_WAY_STATED,),  # _choice
        (F.OFFER_TO_KAMER,),  # _offer
        (F.SUPPORT_WITH_MONEY,),  # _supports
        (F.TAKEN_INTO_NEXT,),  # _taken_into_next
        (F.BUT_DELIVERY,),  # _but_delivery
        (F.ON_REQUEST,),  # _on_request
        (F.RECEIVED_FROM_US,),  # _on_request: what others receive from us from now on
        (F.RELATIVE_FIRST_PERSON,),  # relative_act with "nader", "binnenkort" (no deadline)
        (F.RULE_CHANGED_PASSIVE,),  # _passive_measure: a rule of ours changed, undated
        (F.LISTED_PASSIVE,),  # _passive_measure: a step in our list of measures, undated
    )
)
_FUTURE_PATHS: tuple[tuple[int, int], ...] = tuple(
    _path(k)
    for k in (
        P.PASSIVE_PRESENT,
        P.FROM_DATE_RECEIVE,
        F.RECIPIENT_RECEIVES,
        F.SERIES_RECEIVES,
        F.SUBJECT_RECEIVES_FROM,
        P.FROM_DATE_RULE,
        P.CAN_TRIGGER,
        P.RELATIVE_MEASURE,
        F.FIRST_PERSON_PRESENT,  # _dated_act
        F.RELATIVE_FIRST_PERSON,  # _dated_act
        F.AGENCY_ACT,  # _dated_act
        F.RELATIVE_OFFICE_DELIVERY,  # _dated_act
        F.STARTS_PILOT,  # _dated_act
        F.PROCESS_STARTS,  # _dated_act
        F.DATED_STATE_OPENER,  # _dated_act
        F.TAKES_EFFECT,  # _dated_act
        F.HAPPENS_THEN,  # _dated_act
        F.GOES_INTO_FORCE,  # _dated_act
        F.LEVEL_CHANGES,  # _dated_act
        F.GOES_TO_APPLY,  # _dated_act
        F.BECOMES_CONDITION,  # _dated_act
        F.BUDGET_GOES_TO,  # _dated_act
        F.COMES_AVAILABLE,  # _dated_act
        F.BECOMES_AVAILABLE,  # _dated_act
        F.COMES_ONLINE,  # _dated_act
        F.APPEARS,  # _dated_act
        F.ADVOCATES,  # _advocates
        F.DATED_STATE_AFTER_VERB,  # _dated_act
        F.DATED_GIFT_OPENER,  # _dated_act
        F.TIME_GRANTED,  # _dated_act
        F.STATE_BY_DEADLINE,  # _passive_measure
    )
)


def _shown(words: str | None) -> str | None:
    """Words of the analysed sentence as the letter writes them (web addresses with their dot again)."""
    if words is None:
        return None
    return words.replace(P.WEB_ADDRESS_DOT_STAND_IN, ".").replace(P.MINISTRY_COMMA_STAND_IN, ",")


def _discourse(sentence: str) -> bool:
    """Whether the sentence talks about the letter itself (`P.DISCOURSE`), leaving out discourse words inside the
    content of a rule laid down ("Ik zal bij nota van wijziging regelen dat de verordening beschrijft hoe …" lays down
    what the verordening describes) or of a request to another body ("Het kabinet zal de Afdeling vragen om in haar
    jaarverslag in te gaan op …": the Afdeling will discuss it, elsewhere)."""
    for m in P.DISCOURSE.finditer(sentence):
        if (
            F.VERB_BEFORE_THAT.search(sentence, 0, m.start()) is None
            and F.RULE_LAID_DOWN_THAT.search(sentence, 0, m.start()) is None
            and not F.ASKED_OF_OTHER.search(sentence, 0, m.start())
            and not F.PUBLIC_EXPLANATION.search(sentence)
        ):
            return True
    return False


def _may_commit(text: str, future: bool) -> bool:
    """False only when no way to a commitment (`_PATHS`) can match in `text`."""
    mask = P.text_mask(text)
    for need, stem in _FUTURE_PATHS + _PATHS if future else _PATHS:
        if mask & need == need and (not stem or mask & stem):
            return True
    return False


def _unmasked(words: str | None, anaphor_words: str | None) -> str | None:
    """`words` with the `DATE_ANAPHOR_STAND_IN` read in place of `anaphor_words` shown as the letter wrote them."""
    if words is None or anaphor_words is None:
        return words
    return re.sub(rf"\b{P.DATE_ANAPHOR_STAND_IN}\s*", anaphor_words + " ", words, count=1).rstrip()


def _anaphor_stand_in(m: re.Match[str]) -> str:
    """A `DATE_ANAPHOR` with its pronoun and noun read as `DATE_ANAPHOR_STAND_IN`, padded to their length."""
    group = "noun" if m.group("noun") is not None else "noun2"  # (a `YEAR_ANAPHOR` has "noun" only)
    a, b = m.start(group) - m.start(), m.end(group) - m.start()
    words = m.group(0)
    return words[:a] + P.DATE_ANAPHOR_STAND_IN.ljust(b - a) + words[b:]


def _title_stand_in(m: re.Match[str]) -> str:
    """A short title in guillemets with its letters read as `TITLE_STAND_IN` (see `QUOTED_TITLE`); a longer quote (a
    recommendation quoted, more than eight words) as it is."""
    title = m.group("title")
    if len(title.split()) > 8:
        return m.group(0)
    return "«" + P.TITLE_LETTER.sub(P.TITLE_STAND_IN, title) + "»"


def _commitment(
    text: str,
    s_start: int,
    s_end: int,
    pid: str | None,
    reference: dt.date | None,
    inside: list[Deadline],
    number: int,
    before: str = "",
) -> Commitment | None:
    sentence = written = text[s_start:s_end]
    if sentence.rstrip().endswith("?"):
        return None
    sentence = P.WEB_ADDRESS_DOT.sub(P.WEB_ADDRESS_DOT_STAND_IN, sentence)  # "op Rijksoverheid.nl uitbreiden"
    # "bij de eerstvolgende wervingsronde, in het najaar van 2027, samen met …": the time read inside its clause (the
    # same length: offsets hold)
    sentence = P.TIME_APPOSITION.sub(lambda m: " " + m.group(0)[1:-1] + " ", sentence)
    # "stel ik, na overleg met de beroepsgroep, vóór de zomer … vast": the insertion read inside its clause (round 59)
    sentence = P.SUBJECT_INSERTION.sub(lambda m: m.group(0).replace(",", " "), sentence)
    sentence = P.QUOTED_TITLE.sub(_title_stand_in, sentence)  # "het rapport «Bron en besluit»": no decision
    anaphor_words: str | None = None  # the pronoun and noun read as a year, shown again in the object
    masked: dict[str, str] = {}  # the anaphor's words as read, by the words the letter wrote
    if any(d.rule in _SAME_DAY_RULES for d in inside) and (anaphor := P.DATE_ANAPHOR.search(sentence)):
        # "Vanaf diezelfde datum bevat iedere beschikking …": the day named before, read as a year (same length)
        anaphor_words = anaphor.group("noun") or anaphor.group("noun2")
        masked[anaphor.group(0)] = _anaphor_stand_in(anaphor)
        sentence = sentence[: anaphor.start()] + masked[anaphor.group(0)] + sentence[anaphor.end() :]
    elif any(d.rule == "zelfde-termijn" for d in inside) and (year := P.YEAR_ANAPHOR.search(sentence)):
        # "Daarvoor stel ik vanaf dat jaar … beschikbaar": the year of the sentence before, read as a year (round 61)
        anaphor_words = year.group("noun")
        masked[year.group(0)] = _anaphor_stand_in(year)
        sentence = sentence[: year.start()] + masked[year.group(0)] + sentence[year.end() :]
    sentence = P.MINISTRY_NAME_WITH_COMMAS.sub(  # "de Minister van Onderwijs, Cultuur en Wetenschap vragen"
        lambda m: m.group(0).replace(",", P.MINISTRY_COMMA_STAND_IN), sentence
    )
    if P.CABINET_PRONOUN.match(sentence) and P.CABINET_ANTECEDENT.match(before):
        # "Het kabinet neemt de aanbeveling over. Het stelt daarvoor … beschikbaar": read as the cabinet's
        sentence = sentence.replace("Het", "Het kabinet", 1)
    elif (after_verb := P.CABINET_PRONOUN_AFTER_VERB.match(sentence)) and P.CABINET_ANTECEDENT.match(before):
        # "…; daarvoor stelt het in 2027 vijftig experts beschikbaar" after "Het kabinet kiest …" (round 49)
        sentence = sentence[: after_verb.end("het")] + " kabinet" + sentence[after_verb.end("het") :]
    # A window to come: one that ends after the letter, or an open one ("vanaf 1 januari 2027",
    # "na de zomer") that has not begun before it ("vanaf 1 januari 2020" states the rules as they are).
    # The first such window of the sentence is its deadline ("vanaf 2026 …, van 1 oktober tot en
    # met 15 november" in a letter of January 2026: the second), else the first not passed.
    coming = next((d for d in inside if _to_come(d, reference)), None)
    if (
        coming is not None
        and coming.rule == "binnen-termijn"
        # (the promise word in the term's own part of the sentence: "Ik verwijs naar de werkwijze die de
        # Belastingdienst sinds 2025 hanteert: bij iedere boete wordt binnen zes weken een dossier geopend" describes it)
        and (
            F.ONGOING_OPENING.match(sentence)
            or not P.OWN_PROMISE_WORD.search(
                sentence,
                max(
                    sentence.rfind(":", 0, coming.start - s_start),
                    sentence.rfind(";", 0, coming.start - s_start),
                )
                + 1,
            )
        )
    ):
        # "Sinds juni 2022 worden de besluitenlijsten binnen twee weken … gepubliceerd", "reageren zij niet binnen
        # acht weken, dan worden hun gegevens verwijderd", "De IND beslist binnen acht weken": a standing term of
        # the practice as it is, not a time to come (unless we promise it: "Ik stuur u binnen zes weken …"); another
        # window of the sentence may still be one
        coming = next((d for d in inside if d.rule != "binnen-termijn" and _to_come(d, reference)), None)
    if coming is not None and _practice_dated_by_relative(sentence, coming.start - s_start):
        # "De Dienst Toeslagen stuurt sinds het voorjaar van 2025 een brief aan ouders van wie het jongste kind binnenkort
        # achttien wordt": a practice since then; the time to come is that of the people the relative clause names
        coming = None
    deadline = coming or _pick_deadline(inside, reference)
    # "voortaan" changes a practice from the letter on: a time to come like a deadline
    future = coming is not None or F.FROM_NOW_ON.search(sentence) is not None
    if not _may_commit(sentence, future):
        return None
    if not future and F.CARRIED_OUT_THEREBY.match(sentence):
        return None  # "Daarmee voer ik deze aanbeveling uit voor zover …": the acts told before carry it out (round 64)
    if not future and F.HABITUAL_OPENING.match(sentence):
        return None  # "Soms ontvangt uw Kamer weken voor de behandeling een brief, soms …": how it goes now (round 64)
    if F.DELIVERED_IN_THIS_LETTER.search(sentence):
        return None  # "…; dat standpunt treft u in deze brief aan": what is promised is here (round 59)
    if coming is None and F.TOLD_HERE.search(sentence):
        return None  # "Los van het rapport wil ik uw Kamer melden dat de tekorten … zijn afgenomen": told here (round 66)
    kind: CommitmentKind = "new"
    found = _fulfils(sentence)
    phrase = P.FULFILS_PHRASE.search(sentence) if found is not None else None
    # the means after the phrase ("… aan deze motie door … te verlengen"), not a phrase inside one
    # ("komt te vervallen door uitvoering te geven aan de motie")
    means = F.BY_MEANS_OF_ACT.search(sentence, phrase.end()) if phrase is not None else None
    if found is not None and (future or means is not None) and P.FULFILS_MARKER.search(sentence) is None:
        # "Ik geef uitvoering aan deze motie door de regeling per 1 juli 2026 aan te vullen", "… door de
        # bijdrage te verlengen tot en met 2028": carrying out a motion by an act still to come is a new
        # promise (not "Hiermee geef ik uitvoering aan …")
        kind = "new"
    elif found is not None:
        kind = "fulfils"
    else:
        later_document = F.LATER_DOCUMENT.search(sentence) is not None  # "Daarin zal ik ingaan op …"
        if F.THEIR_LETTER_OPENING.match(sentence) and _discourse(sentence):
            return None  # "In hun brief gaan de minister en de staatssecretaris in op …": what another letter says
        if _discourse(sentence) and not (
            future
            or later_document
            or P.FUTURE_DOCUMENT.search(sentence)
            or F.NAMED_PERIODIC_DOCUMENT.search(sentence)
            or P.DOCUMENT_GOES_INTO.search(sentence)
            or F.OWN_GUIDANCE_DOCUMENT.search(sentence)  # "In het model zal ik … toelichten"
            # "Voor de vragen die ingaan op … ontvangt u een aparte brief van de minister": a later letter
            or (F.KAMER_RECEIVES.search(sentence) and not P.FULFILS_MARKER.search(sentence))
        ):
            return None
        request = P.REQUEST.search(sentence)
        if request is not None and (
            "motie"
            in request.group(0).lower()  # "Tevens verzoeken wij in de motie de regering om …": the members
            or (
                not P.ADVERB_BEFORE_REQUEST.fullmatch(sentence, 0, request.start())
                and not F.OWN_REQUEST_BEFORE.search(sentence, 0, request.start())
            )
        ):
            return None  # a motion or a member asks; what is asked is not yet promised
        if (
            P.REPORTED_VIEW.search(sentence)
            or P.EFFECT_STATEMENT.search(sentence)
            or F.MEANS_THEN_WISH.match(sentence)
            or F.KAMER_WISHES.search(sentence)
            or F.OTHERS_FORESEE.match(sentence)
        ):
            return None  # the report's "moeten" or forecast, or what a measure achieves: no new act of ours
        if P.VIEW_THAT.search(sentence) and not P.FUTURE_MODAL_WORD.search(sentence):
            return None  # "Ik vind het van belang dat de regeling volgend jaar wordt geëvalueerd": a wish
        if P.REPORT_RECOMMENDS.match(sentence):
            return None  # "De inspectie doet vier aanbevelingen: 1. zorg dat …": the report's, restated
        if F.OTHERS_ANNOUNCED.match(sentence):
            return None  # "De Stichting van de Arbeid heeft aangekondigd dat werkgevers … opstellen": theirs
        if F.CHOICE_OF_A_WAY_ONLY.match(sentence):
            return None  # "Wat de looptijd betreft, kies ik voor een middenweg.": the way is in what follows
        # (a past request of ours whose only date is another's process in a relative clause has no deadline of ours)
        found = _trigger(
            sentence,
            future
            and not _past_act_dated_by_relative(sentence)
            and not _others_act_dated_by_relative(sentence)
            and not _awaited_dated_by_relative(sentence)
            and not _others_past_act_dated_by_relative(sentence),
        )
        if found is None:
            return None
        if F.QUOTED_AFTER_COLON.search(sentence, 0, found[0].start):
            return (
                None  # "De ombudsman vraagt: «Maak zichtbaar welke graven binnenkort worden geruimd»": theirs
            )
        if found[0].modal is None and P.LEGAL_RULE.match(sentence):
            return None  # "Op grond van artikel 74 … geeft het kabinet binnen zes maanden een standpunt"
        if found[0].modal is None and F.FOLLOWING_LIST.search(sentence) and not future:
            # "Het kabinet neemt de volgende drie maatregelen.": the items below promise (with a time of
            # its own, "neemt dit jaar de volgende maatregelen:", the announcement is dated and promises)
            return None
        action_words = sentence[found[1][1] : found[1][2]].lower() if found[1] is not None else ""
        if action_words.startswith("laten zien") and (found[0].modal or "") not in ("zal", "zullen"):
            return None  # "Ik wil laten zien dat het kan" shows; "Het kabinet zal laten zien hoe …" reports
        if found[0].passive and (condition := F.CONDITION_OPENING.match(sentence)) is not None:
            comma = sentence.find(",", condition.end())
            if 0 <= found[0].start < comma:
                # "Als de aanspraak in 2029 wordt uitgebreid, vallen de kosten … onder het eigen risico": the passive is
                # the condition, no act of ours (round 50)
                return None
        if found[0].passive and (
            F.REASON_CLAUSE.search(sentence, 0, found[0].start)
            or (
                (now_that := F.NOW_THAT_CLAUSE.search(sentence, 0, found[0].start)) is not None
                and not F.PASSIVE_AUXILIARY.search(sentence, 0, now_that.start())
            )
        ):
            # "…, omdat de meeste afwijkingen al binnen een maand worden hersteld", "… vervalt nu beide partijen
            # voortaan worden opgeroepen": how things are, as a reason
            return None
        depends = F.DEPENDS_ON.search(sentence) if found[0].modal is None else None
        if depends is not None and not (
            # (the cabinet's or a minister's delivery too: "…, hangt af van de keuzes in de nieuwe Afrikastrategie, die
            # het kabinet in het voorjaar van 2027 aan uw Kamer zendt"; round 61)
            (ours := dated.relative_act(sentence) or dated.office_relative_act(sentence)) is not None
            and ours[2] > depends.end()
            and F.RELATIVE_AFTER.search(sentence, depends.end(), ours[2])
        ):
            # "Of … ruimte is, hangt af van de besluitvorming in het voorjaar": a dependency (but an act of ours in a
            # relative clause after it stays one: "…, hangt af van de evaluatie die het kabinet in 2027 laat
            # uitvoeren"; round 48)
            return None
        if found[0].passive and F.FINDING_CLAUSE.search(sentence, 0, found[0].start):
            return None  # "Hij stelt vast dat de duiven goed worden verzorgd": what the report found
        if found[0].passive and F.REQUIREMENT_THAT.search(sentence, 0, found[0].start):
            return None  # "… vergt dat voor elke opname wordt nagegaan of …": what it takes, no act
        wait = F.WAIT_AND_SEE.search(sentence)
        if (
            wait is not None
            and not F.REASON_OPENER.search(sentence, found[0].end, wait.start())
            # (not the wait in a first conjunct, a study of ours commissioned after it: "Het kabinet wil eerst weten
            # wat de gevolgen zouden zijn en laat dat onderzoeken door het WODC")
            and not (wait.end() <= found[0].start and F.AND_LET_ACT.search(sentence, wait.end()))
            # (nor an act of ours in the next conjunct: "Ik wil eerst het advies afwachten en stuur uw Kamer daarna
            # voor de zomer een brief"; round 65)
            and not (found[1] is not None and _act_in_next_conjunct(sentence, wait, found[1][1]))
        ):
            # "Ik wil eerst zien hoe de nieuwe regels uitwerken": waiting, no act (not the reason of an act before
            # it: "Ik geef de ACM die bevoegdheid, maar nog geen boetebevoegdheid, omdat ik eerst wil zien of …")
            return None
        if P.LETTER_ORDER.search(sentence):
            return None  # "Hierbij zal ik zoveel mogelijk de volgorde van het verslag aanhouden": this letter's order
        if found[0].modal is None and F.PREFERENCE.search(sentence):
            return None  # "Die middelen zet ik liever in voor …": a preference argued for a choice, no act announced
        if F.HOPE_VOICED.search(sentence):
            return None  # "Ik spreek de hoop uit dat het wetsvoorstel op korte termijn …": a hope, no act
        since = (
            F.SINCE_PRACTICE.search(sentence)
            if found[0].modal is None and found[0].actor is not None
            else None
        )
        if since is not None and found[0].start < since.end():
            return None  # "Het CJIB handelt verzoeken sinds september 2025 binnen zes weken af": the practice
        if found[0].modal is None and found[0].actor is not None and F.ONGOING_OPENING.match(sentence):
            return (
                None  # "Sinds het vaarseizoen van 2024 zetten Rijkswaterstaat en de politie … in": the same
            )
        aim = F.AIM.search(sentence)
        if aim is not None and found[0].start >= aim.start() - 40:
            return (
                None  # "Ik wil daarmee bereiken dat …", "… dat wij willen laten groeien": an aim, not an act
            )
        if _letter_internal(sentence, found[1], future):
            return None
        if _discusses_here(sentence, found[1], coming, s_start, later_document):
            return None
        # "Ik heb toegezegd uw Kamer … te informeren" reports an earlier promise; "Zoals toegezegd
        # zal ik uw Kamer voor 1 juli … sturen" renews it with a future act of ours: still to be done
        renewed = (
            (found[0].modal or "").split(" ")[0] in _GO_MODALS
            and not F.SUBORDINATE_BEFORE.search(sentence[max(0, found[0].start - 30) : found[0].start + 20])
        )  # ("… toegezegd … te informeren over de wijze waarop het kabinet … gaat maken": what the promise is about)
        refers = P.REFERS.search(sentence)
        if (
            refers is not None
            and renewed
            and found[0].start > refers.end()
            and F.THAT_CLAUSE_OPENS.match(sentence, refers.end())
        ):
            # "In de brief is toegezegd dat uw Kamer jaarlijks … zal worden geïnformeerd": the modal is the content of
            # the earlier promise, not a renewal of it
            renewed = False
        if refers is not None and P.PROMISED_TO_WHOM.search(
            sentence, max(0, refers.start() - 80), refers.end()
        ):
            refers = None  # "… aan wie daarna een contract … is toegezegd": promised to others, by others
        if (
            refers is not None
            and found[0].end <= refers.start()
            and refers.group(0).lower().startswith(("heeft ", "hebben "))
            and P.OTHERS_PROMISED.search(sentence, found[0].end, refers.start())
        ):
            refers = None  # "Ik stel … beschikbaar, en de zorgverzekeraars hebben toegezegd …": their promise
        if refers is not None and not renewed:
            kind = "refers"
    trigger, action = found
    if action is not None and action[0] in P.NO_ACT_LEMMAS:
        # "Het kabinet dankt de WRR voor een rapport dat vragen agendeert die de komende jaren …": thanks, whatever
        # time the words thanked for name (round 66)
        return None
    semicolon = sentence.rfind(";", 0, trigger.start)
    if (
        deadline is not None
        and semicolon >= 0
        and all(d.start - s_start < semicolon for d in inside)
        and (action is None or action[0] not in P.DELIVERY_LEMMAS)
        and _trigger(sentence, False) is None
    ):
        # "De brandweer blijft ook in 2027 verantwoordelijk …; Defensie ondersteunt haar daarbij.": an act that
        # promises only with a time to come, its only time in the clause before the semicolon (round 46; not a
        # delivery, which takes the time of what it delivers: "De inspectie doet in 2027 een vervolgonderzoek; de
        # uitkomsten stuur ik uw Kamer toe")
        return None
    if deadline is not None and semicolon >= 0 and deadline.start - s_start < semicolon:
        # "De vergoeding gaat in op 1 januari 2027; ik pas daarvoor vóór 1 oktober 2026 de regeling aan": the act
        # after the semicolon has its own window
        deadline = next(
            (d for d in inside if d.start - s_start > semicolon and _to_come(d, reference)), deadline
        )
    actor = trigger.actor
    if actor in P.PRONOUN_ACTORS:
        # "De Minister van JenV neemt deze aanbeveling over. Hij zal …": the office named just before
        # (or a service of ours: "… wordt overgenomen door de Commandant der Strijdkrachten. Hij laat …")
        if (antecedent := P.THIRD_ANTECEDENT.search(before)) is not None:
            if actor.islower() and not P.ANTECEDENT_AS_SUBJECT.fullmatch(before, 0, antecedent.start()):
                # after the verb, "zij" continues the subject of the sentence before: "De staatssecretaris neemt …
                # over. Daarnaast legt zij …"; not the minister asked there: "De ombudsman vraagt de Minister om «…».
                # Daarnaast vraagt hij om «…»" (round 57)
                return None
            actor = antecedent.group(0)
        elif (service := P.SERVICE_ANTECEDENT.search(before)) is not None:
            actor = service.group("service")
        else:
            return None
    firmness: Firmness = "firm" if kind == "fulfils" else _firmness(sentence, trigger, action)
    return Commitment(
        id=f"c{number}",
        text=written,
        start=s_start,
        end=s_end,
        paragraph=pid,
        actor=_shown(_norm_actor(actor)),
        action=action[0] if action is not None else None,
        object=_shown(
            _unmasked(
                _object(
                    sentence,
                    trigger,
                    action,
                    masked.get(deadline.text, deadline.text) if deadline is not None else None,
                ),
                anaphor_words,
            )
        ),
        deadline=deadline,
        firmness=firmness,
        kind=kind,
    )
