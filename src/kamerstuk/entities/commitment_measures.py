"""Commitments without a modal: present-tense measures of ours or of executive agencies, passive
steps, proposals ("komen met"), choices, promises after a refusal, acts at our request and dated
acts (see docs/commitments.md). Each returns (trigger, action) or None; the order in which
`kamerstuk.entities.commitments._trigger` tries them is the order of precedence.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from kamerstuk.entities import commitment_dated as dated
from kamerstuk.entities.commitment_base import (
    _MAX_TRIGGERS,
    _fallback_action,
    _first_action,
    _in_perfect,
    _te_action,
    _Trigger,
)
from kamerstuk.patterns import commitment_forms as F
from kamerstuk.patterns import commitments as P
from kamerstuk.patterns.keyed import Keyed


def _clause_stop(sentence: str, pos: int) -> re.Match[str] | None:
    """`CLAUSE_STOP` from `pos`, passing over "die"/"dat" after a preposition: a determiner ("de
    uitkomsten van die controles"), not a clause opening; and over a relative clause set off by commas
    ("…, dat ik in het voorjaar indien, …")."""
    stop = P.CLAUSE_STOP.search(sentence, pos)
    if stop is not None and stop.group(0).lower() == "om" and F.PARTICLE_OM.match(sentence, stop.end()):
        stop = P.CLAUSE_STOP.search(
            sentence, stop.end()
        )  # "zet ik veertig functies om.": the particle, no "om … te"
    elif (
        stop is not None
        and stop.group(0).lower() == "om"
        and F.NOUN_OF_DUTY_BEFORE_OM.search(sentence, max(pos, stop.start() - 30), stop.start())
        and (complement := F.COMPLEMENT_INFINITIVE.match(sentence, stop.end())) is not None
    ):
        # "beperk ik de plicht om vacante uren aan te bieden tot …": the noun's complement, the clause goes on
        stop = P.CLAUSE_STOP.search(sentence, complement.end())
    while (
        stop is not None
        and stop.group(0) == ","
        and (inserted := F.INSERTED_RELATIVE.match(sentence, stop.end()))
    ):
        # "Ik neem in het wetsvoorstel, dat ik in het voorjaar indien, een termijn op": the clause goes on after it
        stop = P.CLAUSE_STOP.search(sentence, inserted.end())
    while (
        stop is not None
        and stop.group(0).lower() in ("die", "dat")
        and (
            F.PREPOSITION_BEFORE.search(sentence, max(0, stop.start() - 12), stop.start())
            # right after the verb and before a noun: "Ik laat dat onderzoek uitvoeren door het Nivel"
            or (
                F.DETERMINER_AFTER_VERB.fullmatch(sentence, pos, stop.start()) is not None
                and F.NOUN_AFTER_DETERMINER.match(sentence, stop.end()) is not None
            )
        )
    ):
        stop = P.CLAUSE_STOP.search(sentence, stop.end())
    if (
        stop is not None
        and stop.group(0).lower() in ("die", "dat")
        and sentence[stop.start() - 1 : stop.start()] == " "
        and sentence[max(0, stop.start() - 2) : stop.start() - 1] != ","
        and (closed := F.CLOSED_RELATIVE.match(sentence, stop.end())) is not None
    ):
        # "stel ik … tien forten die nu gesloten zijn, gedurende twaalf weekenden open": the relative clause closed by
        # its comma, the clause goes on (round 50)
        stop = P.CLAUSE_STOP.search(sentence, closed.end())
    while (
        stop is not None
        and stop.group(0).lower() == "of"
        and F.OR_NOUN_BEFORE.search(sentence, max(pos, stop.start() - 40), stop.start())
        and F.OR_NOUN_AFTER.match(sentence, stop.end())
    ):
        stop = P.CLAUSE_STOP.search(
            sentence, stop.end()
        )  # "met een kamer of ondernemersvereniging": two nouns
    if (
        stop is not None
        and stop.group(0).lower() in ("dat", "dit")
        and F.PRONOUN_OBJECT_THEN_VERB.match(sentence, stop.start())
    ):
        return P.CLAUSE_STOP.search(
            sentence, stop.end()
        )  # "Ik laat het WODC dat in 2027 onderzoeken": a pronoun
    return stop


def _measure(sentence: str) -> tuple[_Trigger, tuple[str, int, int] | None] | None:
    """A first person present-tense policy measure: "Ten eerste verleng ik de subsidie ...",
    "laat ik een handreiking opstellen", "werk ik een regeling uit" (see `MEASURE_PRESENT`)."""
    if F.HABITUAL.search(sentence):
        return None  # "Soms nemen we als overheden samen een besluit": what is usually done
    for k, m in enumerate(P.MEASURE_PRESENT.finditer(sentence)):
        if k >= _MAX_TRIGGERS:
            break
        verb = (m.group("verb") or m.group("verb2")).lower()
        if (
            (m.group("actor") or m.group("actor2") or "").lower() == "ik"
            and verb in P.MEASURE_PLURALS
            and not (m.group("actor") and F.COORDINATED_WITH_I.search(sentence, 0, m.start("actor")))
        ):
            # "heb ik laten onderzoeken", "zou ik verlengen": "ik" with a plural is no present tense (unless "ik" is
            # the second of a coordinated subject: "De Minister van SZW en ik laten eerst onderzoeken …"; round 45)
            continue
        if m.group("actor") and F.SUBORDINATOR_BEFORE_ACTOR.search(
            sentence, max(0, m.start() - 12), m.start()
        ):
            continue  # "Voordat ik bepaal of …, wil ik weten …": the subordinate clause's verb
        if (
            m.group("actor")
            and verb in F.FUNDING_VERBS
            and F.RELATIVE_BEFORE_ACTOR.search(sentence, max(0, m.start() - 12), m.start())
        ):
            continue  # "het Kenniscentrum, dat ik subsidieer, biedt …": a noun described
        key = P.MEASURE_PLURALS.get(verb, verb)
        lemma, particle = P.MEASURE_LEMMAS[key]
        if _no_measure_of_verb(key, sentence, m):
            continue
        stop = _clause_stop(sentence, m.end())
        clause = sentence[m.end() : stop.start() if stop else len(sentence)]
        if key == "vraag" and _particle_ok(clause, "op", sentence, m.end()):
            # "Die gegevens vraag ik op bij de gemeenten": data asked for ("opvragen"), no request to act (round 47)
            lemma, particle = "opvragen", "op"
        elif key in ("vraag", "verzoek") and (
            F.REQUEST_NOT_OTHER.match(sentence, m.end()) or not F.REQUEST_COMPLEMENT.search(sentence, m.end())
        ):
            continue  # "Ik vraag uw Kamer in te stemmen", "vraag ik me af": no request to another party
        if key == "onderzoek" and not F.INQUIRY_AFTER.match(sentence, m.end()):
            continue  # "heb ik onderzoek laten doen": the noun
        if key == "overleg" and F.TALKS_HELD.search(clause):
            continue  # "Hierover heb ik overleg gevoerd met de korpschef": the noun, talks held (round 60)
        if key == "zorg" and F.EFFECT_OPENING.match(sentence):
            continue  # "Zo zorgen we ervoor dat de kosten niet …": what the measure before achieves
        if F.ALREADY_DONE.match(clause):
            continue  # "De eerste aanbeveling voer ik al uit": done already, no act to come
        # (the clause may stop at a determiner "die"/"dat" right after "op": "wijs ik gemeenten op die mogelijkheid")
        if key == "wijs" and F.POINTS_ON.search(sentence, m.end(), stop.end() if stop else len(sentence)):
            # "Ik wijs gemeenten … op deze regel": "op" a preposition, not a final particle
            lemma, particle = "wijzen op", None
        if (
            particle is not None
            and stop is not None
            and stop.group(0).lower() in ("die", "dat")
            and sentence[max(0, stop.start() - 2) : stop.start()].strip() != ","
            and not _particle_ok(clause, particle, sentence, m.end())
        ):
            # "Ik breng de betaaltermijn die grote bedrijven mogen afspreken terug van …": past a relative clause that
            # ends on its verb, the particle of the main clause (round 51)
            for rel in F.OPEN_RELATIVE.finditer(sentence, stop.end()):
                if rel.start() != stop.end():
                    break
                after = P.CLAUSE_STOP.search(sentence, rel.end())
                tail = sentence[rel.end() : after.start() if after else len(sentence)]
                if _particle_ok(tail, particle):
                    clause = sentence[m.end() : rel.end()] + tail
                break
        if not _particle_ok(clause, particle, sentence, m.end()):
            # "voer … uit" next to "voer … in", "neem … een besluit", "neem … maatregelen"
            alts = [
                a for a in (F.MEASURE_ALT_PARTICLES.get(key), *F.MEASURE_MORE_PARTICLES.get(key, ())) if a
            ]
            alt = next((a for a in alts if _particle_ok(clause, a[1], sentence, m.end())), None)
            if alt is None and key == "draag" and P.COSTS_BORNE.search(sentence):
                alt = (
                    "de kosten dragen",
                    "kosten",
                )  # "De kosten daarvan draag ik uit het Infrastructuurfonds"
            if alt is None and key == "neem" and F.DECISION_FRONTED.search(sentence, 0, m.end() + 4):
                alt = ("een besluit nemen", "besluit")  # "Een besluit over X neem ik in 2027"
            if alt is None:
                continue
            lemma, particle = alt
            if lemma == "vaststellen" and F.OBSERVE_VAST.match(sentence, m.end()):
                continue  # "Ik stel vast dat …": an observation
            if lemma == "voorleggen" and not F.SUBMITS_TO_OTHER.search(sentence, m.end()):
                continue  # "In deze brief leg ik uw Kamer twee keuzes voor": presented now
            if lemma == "overleg voeren" and not F.TALKS_ON_A_MATTER.search(sentence):
                continue  # "Wij voeren overleg met de sector": the practice
        # (up to the particle: "stel … beschikbaar voor scholen in regio's waar geen school …" negates a place)
        placed = list(re.finditer(rf"\b{re.escape(particle)}\b", clause)) if particle is not None else []
        negation_end = m.end() + placed[-1].start() if placed else (stop.start() if stop else len(sentence))
        if (
            particle is not None
            and P.NEGATION.search(sentence, m.end(), negation_end)
            # ("Ik kies ervoor de grens niet los te laten, maar haar te verhogen tot …": the act chosen is the one
            # after "maar"; round 44)
            and not (
                lemma == "kiezen voor"
                and stop is not None
                and F.BUT_TE_ACT.match(sentence, stop.start())
                and not _keeps_as_is(sentence, m.end())
            )
        ):
            continue  # "Een vaste termijn neem ik daarin niet op": declined, between verb and particle
        if lemma == "kiezen voor" and _keeps_as_is(sentence, m.end()):
            continue
        span = (m.start(), m.end())
        if lemma == "laten":  # "laat ik een handreiking opstellen": the verb it governs
            if P.LEFT_TO_OTHERS.search(sentence, m.end(), stop.start() + 1 if stop else len(sentence)):
                continue  # "dat laat ik aan de professionaliteit van leraren over": left to others
            governed = _first_action(sentence[: stop.start() if stop else len(sentence)], m.end())
            if governed is None and stop is not None and stop.group(0) == ",":
                # past an apposition between commas: "Ik laat het Nibud, samen met UWV, een rekenhulp ontwikkelen"
                # (round 47)
                governed = _first_action(sentence[: _past_commas(sentence, m.end())], m.end())
            governed = governed or _fallback_action(sentence, m.end())
            if governed is None and stop is not None and stop.group(0) == ",":
                # … or the infinitive closing the sentence past an apposition: "Ik laat daarom alleen de overige
                # woningen, nu elf, in 2027 taxeren." (no clause opener between; round 67, holdout417)
                final = F.SENTENCE_FINAL_INFINITIVE.search(sentence, stop.end())
                if (
                    final is not None
                    and final.group(1).lower() not in P.NOT_INFINITIVES
                    and not F.CLAUSE_OPENER_BETWEEN.search(sentence, stop.end(), final.start(1))
                ):
                    governed = (final.group(1).lower(), final.start(1), final.end(1))
            if governed is None and F.LET_IN.search(clause):
                governed = (
                    "toelaten",
                    m.start(),
                    m.end(),
                )  # "Ik laat ze vanaf 1 maart 2028 toe": admitting them
            if governed is None:
                governed = _course_followed(sentence, m.end(), stop.start() if stop else len(sentence))
            if governed is not None and F.ARTICLE_BEFORE.search(sentence, 0, governed[1]):
                # "Ik laat de effecten vanaf 2027 meten in plaats van …": the noun after its article taken for the verb
                # (it has a preposition after it); the verb may come later in the clause (round 58)
                later = _fallback_action(sentence, governed[2])
                if later is not None and not F.ARTICLE_BEFORE.search(sentence, 0, later[1]):
                    governed = later
            if (
                governed is None
                or governed[0] in F.LET_BE
                or F.ARTICLE_BEFORE.search(sentence, 0, governed[1])
            ):
                # "Ik laat deze aanbeveling daarom rusten": a rejection, no act; "Ik laat die afweging aan de
                # commandanten": a noun after its article, left to others
                continue
            lemma, span = governed[0], (governed[1], governed[2])
        actor = m.group("actor") or m.group("actor2")
        return _Trigger(m.start(), m.end(), actor, None, passive=False), (lemma, span[0], span[1])
    return None


def _course_followed(sentence: str, start: int, end: int) -> tuple[str, int, int] | None:
    """ "laat … de training … volgen" between `start` and `end`: the course followed ("volgen"), else None."""
    course = F.LET_FOLLOW_COURSE.search(sentence, start, end)
    return ("volgen", course.end() - len("volgen"), course.end()) if course is not None else None


def _keeps_as_is(sentence: str, start: int) -> bool:
    """Whether the act chosen after `start` keeps things as they are ("Het kabinet kiest er daarom
    voor de tarieven vrij te laten", "… de drempel te handhaven"): nothing new is done."""
    chosen = _te_action(sentence, start)
    if chosen is not None and F.BUT_TE_ACT.match(sentence, chosen[2]):
        # "Ik kies ervoor de grens niet los te laten, maar haar te verhogen": the act after "maar" is the one chosen
        # ("…, maar de huidige regels te handhaven" keeps things as they are; round 44)
        instead = _te_action(sentence, chosen[2])
        if instead is not None:
            chosen = instead
    if chosen is None or chosen[0] not in F.KEEP_AS_IS:
        return False
    # A new act coordinated after it is still chosen: "Ik kies er daarom voor het programma op twee dagdelen
    # te houden en het onderdeel … vanaf het volgende kabinet als apart gesprek aan te bieden".
    if F.COORDINATED_NEXT.match(sentence, chosen[2]):
        then = _te_action(sentence, chosen[2])
        return then is None or then[0] in F.KEEP_AS_IS
    return True


def _past_commas(sentence: str, start: int) -> int:
    """Where the clause from `start` ends when its commas only set off an apposition or a list: the first clause stop
    after `start` that is not a comma (the sentence's end when there is none)."""
    end = start
    while (stop := P.CLAUSE_STOP.search(sentence, end)) is not None and stop.group(0) == ",":
        end = stop.end()
    return stop.start() if stop else len(sentence)


def _particle_ok(clause: str, particle: str | None, sentence: str = "", start: int = 0) -> bool:
    """Whether a measure verb's clause holds the particle or noun it needs: a final "uit/af/aan/in/op"
    ("richt … in"), anywhere "maatregelen"/"afspraken"/"beschikbaar".

    A final particle may be followed by a prepositional phrase ("Ik werk de voorstellen uit in een
    wetsvoorstel"), and may close the sentence after a list with commas ("Dit pakken we samen met
    de waterschappen, provincies en gemeenten op": `sentence` from `start` to its next stop that is
    not a comma)."""
    if particle is None:
        return True
    if F.EFFECT_IDIOM.search(clause) or (particle == "tot" and F.EFFECT_OPENING.match(sentence)):
        # "… en beperken we de nadelige effecten tot een minimum", "Zo beperken we het effect …":
        # what it achieves, not a scope decided
        return False
    words = clause.lower().split()
    if " " in particle:  # a phrase: "houd … tegen het licht"
        return re.search(rf"\b{re.escape(particle)}\b", clause, re.IGNORECASE) is not None
    if particle not in P.MEASURE_FINAL_PARTICLES:
        return particle in words
    if words and words[-1] == particle:
        return True
    if re.search(rf"\b{re.escape(particle)},\s+(?:die|dat|welke|waar\w+)\b", clause, re.IGNORECASE):
        return True  # "wijs ik … één omgevingsmanager aan, die voor bewoners …, ook voor …": closed before its relative
    if any(w == particle and nxt in F.PARTICLE_PP for w, nxt in itertools.pairwise(words)):
        return True
    if any(
        w == particle and nxt == "en" and then not in F.NOT_AFTER_EN
        for w, nxt, then in zip(words, words[1:], words[2:], strict=False)
    ):
        return True  # "Ik stel de doelen … vast en laat de SWOV … meten": the particle closes its clause before "en"
    if sentence:
        rest = sentence[start : _past_commas(sentence, start)].lower().split()
        # (or, past an apposition between commas, the particle before its phrase: "Ik neem de norm, inclusief de
        # avonduren, per 1 januari 2027 op in het Vreemdelingenbesluit"; round 47)
        return bool(rest) and (
            rest[-1].strip(".") == particle
            or any(w == particle and nxt in F.PARTICLE_PP for w, nxt in itertools.pairwise(rest))
        )
    return False


def _elided_measure(sentence: str) -> tuple[_Trigger, tuple[str, int, int] | None] | None:
    """A present-tense measure verb after "en" whose subject is the opening government actor:
    "Ik neem deze aanbeveling over en richt een expertisecentrum in" (see `ELIDED_MEASURE`)."""
    lead = P.LEAD_ACTOR.search(sentence)
    if lead is None:
        return None
    actor = lead.group("actor").lower()
    first_person = actor in ("ik", "wij", "we")
    # (a pronoun for a minister named before is resolved with the actor, as in `_elided_delivery`; round 61)
    if (
        not first_person
        and not P.THIRD_PERSON_LEAD.search(actor)
        and lead.group("actor") not in P.PRONOUN_ACTORS
    ):
        return None
    if sentence[lead.end() :].lstrip().startswith(":"):
        return None  # "- Minister van VWS: verplicht … en start …": the one addressed by a recommendation
    m = P.ELIDED_MEASURE.search(sentence, lead.end())
    if m is None:
        return None
    for block in P.ELIDED_BLOCK.finditer(sentence, lead.end(), m.start()):
        if block.group(0).lower() == "die" and len(sentence[lead.end() : block.start()].split()) == 1:
            continue  # "Ik wacht die uitspraak af en bespreek …": "die" right after the verb is a determiner
        if (
            block.group(0).lower() == "dat"
            and len(sentence[lead.end() : block.start()].split()) == 1
            and len(sentence[block.end() : m.start()].split()) <= 2
        ):
            continue  # "Ik steun dat initiatief en draag … bij": a determiner before a noun (round 48)
        if block.group(0).lower() == "dat" and F.THAT_CLAUSE_CLOSED.search(
            sentence, block.start(), m.start()
        ):
            continue  # "… onderschrijft dat het programma … moet bereiken en legt … vast" (round 67)
        return None
    verb = m.group("verb").lower()
    if first_person:
        key = verb if actor == "ik" else P.MEASURE_PLURALS.get(verb, "")
    else:
        # the cabinet or a minister leading, the verb in the third person: "Het kabinet neemt de aanbeveling voor
        # kennisgeving aan en vraagt het RIVM om …" (round 60)
        key = P.MEASURE_THIRD_PERSON.get(verb, "")
    if key not in P.MEASURE_LEMMAS:
        return None
    stop = P.CLAUSE_STOP.search(sentence, m.end())
    if not first_person and P.NEGATION.search(sentence, m.end(), stop.start() if stop else len(sentence)):
        return (
            None  # "Het kabinet neemt er kennis van, maar neemt daarover nu geen besluit": no act (round 60)
        )
    if key == "kies" and F.BARE_WAY.match(sentence, m.end()):
        return (
            None  # "… neemt deze aanbeveling niet over en kiest voor een andere route.": the way is not said
        )
    if key == "deel" and (
        P.VIEW_SHARED.search(sentence)
        or not (P.WITH_THE_KAMER.search(sentence, m.end()) or F.RESULTS_SHARED.match(sentence))
    ):
        return None  # "Ik herken de knelpunten en deel de conclusie dat …": a view shared (round 49)
    lemma, particle = P.MEASURE_LEMMAS[key]
    stop = P.CLAUSE_STOP.search(sentence, m.end())
    if (
        stop is not None
        and stop.group(0).lower() == "die"
        and not sentence[m.end() : stop.start()].strip()
        and F.RULE_NOUN_AFTER.match(sentence, stop.end())
    ):
        # a determiner right after the verb opens no clause: "… en neemt die eis op in dezelfde wijziging van de
        # regeling" (round 61; not "… en bespreek dat daarna met de VNG", where "dat" is the object)
        stop = P.CLAUSE_STOP.search(sentence, stop.end())
    if key == "laat":
        # "Ik neem de eerste aanbeveling over en laat de index in 2027 uitbreiden": the act it governs (not "laat
        # weten", "laat … aan … over", "laat … rusten")
        end = stop.start() if stop else len(sentence)
        if P.LET_KNOW.match(sentence, m.end()) or P.LEFT_TO_OTHERS.search(sentence, m.end(), end + 1):
            return None
        governed = _first_action(sentence[:end], m.end()) or _fallback_action(sentence, m.end())
        if governed is None or governed[0] in P.LET_BE:
            return None
        return _Trigger(m.start(), m.end(), lead.group("actor"), None, passive=False), governed
    clause = sentence[m.end() : stop.start() if stop else len(sentence)]
    if not _particle_ok(clause, particle):
        # its other particles, as after a subject: "Ik neem deze aanbeveling voor kennisgeving aan en leg haar voor
        # aan de MBO Raad" ("voorleggen" only to another party, `SUBMITS_TO_OTHER`)
        alts = [a for a in (F.MEASURE_ALT_PARTICLES.get(key), *F.MEASURE_MORE_PARTICLES.get(key, ())) if a]
        alt = next((a for a in alts if _particle_ok(clause, a[1])), None)
        if alt is None or (alt[0] == "voorleggen" and not F.SUBMITS_TO_OTHER.search(sentence, m.end())):
            return None
        if alt[0] == "vaststellen" and F.OBSERVE_VAST.match(sentence, m.end()):
            return None
        lemma = alt[0]
    return _Trigger(m.start(), m.end(), lead.group("actor"), None, passive=False), (
        lemma,
        m.start("verb"),
        m.end(),
    )


def _present_measure(sentence: str) -> tuple[_Trigger, tuple[str, int, int] | None] | None:
    """A present-tense measure without a modal: "zie ik erop toe dat …" (`OVERSEE`), an agency of
    the ministry acting ("neemt de Belastingdienst maatregelen", `AGENCY_MEASURE`), a bill of ours
    ("Het wetsvoorstel regelt …", `BILL_MEASURE`)."""
    m = P.OVERSEE.search(sentence)
    if m is not None:
        actor = m.group("actor") or m.group("actor2")
        return _Trigger(m.start(), m.end(), actor, None, passive=False), ("toezien", m.start(), m.end())
    for m in P.AGENCY_MEASURE.finditer(sentence):
        verb = (m.group("verb") or m.group("verb2")).lower()
        lemma, particle = P.AGENCY_MEASURE_LEMMAS[verb]
        stop = _clause_stop(sentence, m.end())
        clause = sentence[m.end() : stop.start() if stop else len(sentence)]
        if F.STANDING_METHOD.search(clause):
            break  # "De NVWA zet haar capaciteit in op basis van risico's en meldingen": how it works, no measure
        if _particle_ok(clause, particle):
            actor = m.group("actor") or m.group("actor2")
            span = (m.start("verb"), m.end("verb")) if m.group("verb") else (m.start("verb2"), m.end("verb2"))
            return _Trigger(m.start(), m.end(), actor, None, passive=False), (lemma, span[0], span[1])
        break
    bill = P.BILL_MEASURE.search(sentence)
    if bill is not None:
        verb = bill.group("verb").lower()
        return _Trigger(bill.start(), bill.end(), None, None, passive=True), (
            P.BILL_MEASURE_LEMMAS.get(verb, verb),
            bill.start("verb"),
            bill.end("verb"),
        )
    will = P.BILL_WILL.search(sentence)
    if will is not None and not P.NEGATION.search(sentence, will.start(), will.end()):
        # "Het wetsvoorstel zal daartoe een leeftijdsgrens bevatten": what our bill will lay down
        return _Trigger(will.start(), will.end(), None, None, passive=True), (
            will.group("verb").lower(),
            will.start("verb"),
            will.end("verb"),
        )
    return None


def _no_measure_of_verb(key: str, sentence: str, m: re.Match[str]) -> bool:
    """Whether the measure verb `key` matched by `m` (verb first in group "verb2", else after its subject) is
    no measure here: reflexive ("Het kabinet zet zich in voor …", "Ik besluit mij …", "Ik bereid me voor": an effort),
    the adjective "bereid" ("… of ik bereid ben …"), or a decision without its topic or moment in front ("Zowel de
    NZa als ik beslissen op basis van …" describes how decisions are made; "Over een verlenging besluit ik na de
    effectmeting" is one)."""
    # (and "Daarom beperk ik mij tot de regionale markt": a scope, as "Het kabinet beperkt zich tot …"; round 66)
    if key in ("zet", "besluit", "beslis", "bereid", "beperk") and P.REFLEXIVE_AFTER.match(sentence, m.end()):
        return True
    if key == "bereid" and P.WILLING_AFTER.match(sentence, m.end()):
        return True
    if key == "begin" and not P.BEGINS_ACTIVITY.match(sentence, m.end()):
        return True  # "Ik begin met een korte terugblik": this letter, not an activity
    if (
        key == "wijs"
        and P.POINT_OUT_HERE.match(sentence, m.end())
        and not (m.group("verb2") and P.FRONTED_RECIPIENTS.fullmatch(sentence, 0, m.start()))
    ):
        return True  # "Ik wijs u erop dat …": said here, to the reader
    if key == "draag" and not P.SUM_OF_MONEY.search(sentence, m.end()) and not P.COSTS_BORNE.search(sentence):
        return True  # "Daarmee draag ik bij aan een veiliger buurt": an effect, no sum given
    if (
        key == "reserveer"
        and not P.SUM_OF_MONEY.search(sentence, m.end())
        and not P.SHARE_OF_BUDGET.search(sentence, m.end())
    ):
        return True  # "Daarmee reserveren we ruimte voor …", "We reserveren 5% van de polders": land or room, no money
    if key == "dek" and not P.COSTS_COVERED.search(sentence):
        return True  # "Daarnaast dekken we steeds meer bodem af": covering ground, no cost covered
    if key in ("betaal", "bekostig") and not P.COSTS_COVERED.search(sentence, m.end()):
        return True  # "Ik betaal mijn eigen reizen": no budget the money comes from (round 67)
    if key == "deel" and (
        P.VIEW_SHARED.search(sentence)
        or not (P.WITH_THE_KAMER.search(sentence, m.end()) or F.RESULTS_SHARED.match(sentence))
    ):
        return True  # "Die zorg deel ik met uw Kamer": a view shared, no information given (round 49)
    if key in ("besluit", "beslis") and not m.group("verb2") and F.DECIDES_TO.match(sentence, m.end()):
        return False  # "Ik besluit daarom de vier aanmeldpunten na afloop van de proef open te houden": a decision
    return key in ("besluit", "beslis") and not m.group("verb2")


def _third_person_measure(sentence: str) -> tuple[_Trigger, tuple[str, int, int] | None] | None:
    """A measure of "het kabinet" or a named minister in the present tense: "Het kabinet werkt het
    budget … uit", "De staatssecretaris laat onderzoeken of …" (see `MEASURE_PRESENT_THIRD`)."""
    for k, m in enumerate(P.MEASURE_PRESENT_THIRD.finditer(sentence)):
        if k >= _MAX_TRIGGERS:
            break
        verb = (m.group("verb") or m.group("verb2")).lower()
        if m.group("verb") and F.PREPOSITION_BEFORE_ACTOR.search(sentence, 0, m.start()):
            continue  # "Aan het kabinet vraagt zij «…»": the cabinet is asked, not the one who acts
        key = P.MEASURE_THIRD_PERSON[verb]
        lemma, particle = P.MEASURE_LEMMAS[key]
        if _no_measure_of_verb(key, sentence, m):
            continue
        stop = _clause_stop(sentence, m.end())
        clause = sentence[m.end() : stop.start() if stop else len(sentence)]
        if F.ALREADY_DONE.match(clause):
            continue  # "Deze aanbeveling voert het kabinet al uit": done already
        if key == "kies" and (P.NEGATION.search(clause) or _keeps_as_is(sentence, m.end())):
            continue  # "Het kabinet kiest er nadrukkelijk niet voor om …": no choice made
        stop = _clause_stop(sentence, m.end())
        clause = sentence[m.end() : stop.start() if stop else len(sentence)]
        if key == "vraag" and _particle_ok(clause, "op", sentence, m.end()):
            # "Die gegevens vraag ik op bij de gemeenten": data asked for ("opvragen"), no request to act (round 47)
            lemma, particle = "opvragen", "op"
        elif key in ("vraag", "verzoek") and (
            F.REQUEST_NOT_OTHER.match(sentence, m.end()) or not F.REQUEST_COMPLEMENT.search(sentence, m.end())
        ):
            continue  # "Het kabinet vraagt uw Kamer in te stemmen", "vraagt aandacht voor": no request to act
        if key in ("onderzoek", "bekijk") and not F.INQUIRY_AFTER.match(sentence, m.end()):
            # "Het kabinet onderzoekt of …", "Wel bekijkt het kabinet of …" are inquiries to come; "Het kabinet bekijkt
            # de cijfers elk kwartaal" is a practice
            continue
        if (
            key in ("vraag", "verzoek")
            and m.group("verb2")
            and not P.ADVERB_BEFORE_REQUEST.fullmatch(sentence, 0, m.start())
        ):
            continue  # "De Kinderombudsman vraagt het Rijk om …": the government is asked
        if not _particle_ok(clause, particle):
            # "neemt … een besluit" next to "neemt … op", "stelt … voor" next to "stelt … vast"
            alts = [
                a for a in (F.MEASURE_ALT_PARTICLES.get(key), *F.MEASURE_MORE_PARTICLES.get(key, ())) if a
            ]
            alt = next((a for a in alts if _particle_ok(clause, a[1])), None)
            if alt is None:
                continue
            lemma, particle = alt
            if lemma == "vaststellen" and F.OBSERVE_VAST.match(sentence, m.end()):
                continue  # "Het kabinet stelt vast dat …": an observation
            if lemma == "voorleggen" and not F.SUBMITS_TO_OTHER.search(sentence, m.end()):
                continue  # "Het kabinet legt uw Kamer twee keuzes voor": presented now
            if lemma == "aanspreken":
                # "De vierde aanbeveling spreekt het kabinet aan": it appeals to the cabinet, the cabinet its object;
                # "Het Rijk spreekt de eilanden via … aan": how it goes (round 66)
                continue
        span = (m.start(), m.end())
        if lemma == "laten":  # "laat … onderzoeken": the verb it governs, or the clause-final infinitive
            if P.LET_KNOW.match(sentence, m.end()):
                continue  # "De Minister van JenV laat weten dat …": a report
            if P.LEFT_TO_OTHERS.search(sentence, m.end(), stop.start() + 1 if stop else len(sentence)):
                continue  # "De keuze laat het kabinet aan gemeenten over": left to others
            governed = _first_action(sentence[: stop.start() if stop else len(sentence)], m.end())
            if governed is None and stop is not None and stop.group(0) == ",":
                # past an apposition between commas: "Ik laat het Nibud, samen met UWV, een rekenhulp ontwikkelen"
                # (round 47)
                governed = _first_action(sentence[: _past_commas(sentence, m.end())], m.end())
            governed = governed or _fallback_action(sentence, m.end())
            governed = governed or _course_followed(
                sentence, m.end(), stop.start() if stop else len(sentence)
            )
            if (
                governed is None
                or governed[0] in P.LET_BE
                or F.ARTICLE_BEFORE.search(sentence, 0, governed[1])
            ):
                # (as in the first person: "De minister laat het kader daarom bij de beroepsgroepen" leaves it with
                # others, "beroepsgroepen" a noun after its article; round 58)
                continue
            lemma, span = governed[0], (governed[1], governed[2])
        actor = m.group("actor") or m.group("actor2")
        actor = P.MINISTRY_ARTICLE.sub(
            "", actor
        )  # "Het Ministerie van SZW stelt … op": named as services are
        return _Trigger(m.start(), m.end(), actor, None, passive=False), (lemma, span[0], span[1])
    adopt = P.ADOPT_BY.search(sentence)
    if adopt is not None:
        act = _te_action(sentence, adopt.end())
        if act is not None:
            actor = adopt.group("actor") or adopt.group("actor2")
            return _Trigger(adopt.start(), adopt.end(), actor, None, passive=False), act
    return _elided_third_measure(sentence)


def _elided_third_measure(sentence: str) -> tuple[_Trigger, tuple[str, int, int] | None] | None:
    """A measure in a second conjunct whose subject, the cabinet or a minister, is left out: "Het kabinet neemt de
    tweede aanbeveling over en stelt daarvoor vanaf 2028 jaarlijks € 3 miljoen beschikbaar" (round 43; the first verb
    decides on the advice, the second acts). Read as the conjunct with its subject put back."""
    m = P.MEASURE_PRESENT_THIRD.search(sentence)
    if m is None or m.group("actor") is None:
        return None
    nxt = F.ELIDED_NEXT_THIRD.search(sentence, m.end())
    if nxt is None or F.OBJECT_STOP_BEFORE_AND.search(sentence, m.end(), nxt.start()):
        return None
    actor = m.group("actor")
    shift = nxt.start("verb") - len(actor) - 1
    found = _third_person_measure(actor + " " + sentence[nxt.start("verb") :])
    act = found[1] if found is not None else None
    if act is None:
        return None
    lemma, a, b = act
    a = max(a, len(actor) + 1)  # (a span that takes in the subject put back starts at the verb)
    moved = _Trigger(nxt.start("verb"), nxt.end("verb"), actor, None, passive=False)
    return moved, (lemma, a + shift, b + shift)


def _passive_measure(
    sentence: str, has_deadline: bool
) -> tuple[_Trigger, tuple[str, int, int] | None] | None:
    """A present passive that announces a step of the government: a new thing made ("wordt een
    draaiboek opgesteld"), an obligation imposed ("worden de meldkamers verplicht om"), with a future
    deadline a step of `PASSIVE_STEP` ("wordt in het voorjaar van 2026 in consultatie gebracht"), a
    fronted inquiry ("Of …, wordt … bezien"), or from a future date a contribution others receive."""
    if P.OTHER_AGENT.search(sentence) or P.ATTRIBUTED_VIEW.search(sentence):
        return None  # ("… wordt volgens de raad bij ongewijzigd beleid niet gehaald": the report's forecast)
    found: re.Match[str] | None = P.PASSIVE_NEW.search(sentence)
    if found is not None:
        verb = found.group("verb").lower()
        return _Trigger(found.start(), found.end(), None, None, passive=True), (
            _step_lemma(verb),
            found.start("verb"),
            found.end("verb"),
        )
    found = P.PASSIVE_OBLIGE.search(sentence)
    if found is not None:
        return _Trigger(found.start(), found.end(), None, None, passive=True), (
            "verplichten",
            found.start(),
            found.end(),
        )
    found = P.PASSIVE_EXPLORE_FRONTED.search(sentence)
    if found is not None:
        verb = found.group("verb").lower()
        return _Trigger(found.start("verb"), found.end("verb"), None, None, passive=True), (
            P.EXPLORE_LEMMAS.get(verb, verb),
            found.start("verb"),
            found.end("verb"),
        )
    listed = F.LISTED_PASSIVE.search(sentence)
    if listed is not None and not P.NEGATION.search(sentence, 0, listed.end()):
        # "Ten tweede wordt de melding … samengevoegd met de eerste loonaangifte": a measure in our list
        verb = listed.group("verb").lower()
        return _Trigger(listed.start("verb"), listed.end("verb"), None, None, passive=True), (
            P.PASSIVE_STEP_LEMMAS.get(verb) or F.LISTED_PASSIVE_LEMMAS.get(verb, verb),
            listed.start("verb"),
            listed.end("verb"),
        )
    changed = F.RULE_CHANGED_PASSIVE.search(sentence)
    if (
        changed is not None
        and not P.ONGOING.search(sentence)
        and not F.HABITUAL.search(sentence)
        and not P.NEGATION.search(sentence, 0, changed.end())
    ):
        # "De regeling wordt daartoe aangepast": a rule of ours changed, undated
        verb = changed.group("verb").lower()
        return _Trigger(changed.start("verb"), changed.end("verb"), None, None, passive=True), (
            F.RULE_CHANGED_LEMMAS[verb],
            changed.start("verb"),
            changed.end("verb"),
        )
    budget = P.BUDGET_DOCUMENT.search(sentence) is not None
    # "wordt nader / de komende maanden / binnenkort uitgewerkt": to come, though undated (not in
    # an appendix of this letter: "In de bijlage wordt het kader nader uitgewerkt")
    later = F.FUTURE_UNSPECIFIED.search(sentence) is not None and not F.APPENDIX.search(sentence)
    # "Deze verplichting wordt in hetzelfde wetsvoorstel opgenomen": the rule that will carry it
    later = later or F.REGULATORY_VEHICLE.search(sentence) is not None
    if not (has_deadline or budget or later):
        return None
    state = F.STATE_BY_DEADLINE.search(sentence) if has_deadline else None
    if state is not None and not P.NEGATION.search(sentence, state.start(), state.end("verb")):
        # "Vóór 1 januari 2028 is iedere post aangesloten op …": the state we promise by that day
        verb = state.group("verb").lower()
        return _Trigger(state.start("verb"), state.end("verb"), None, None, passive=True), (
            P.PASSIVE_STEP_LEMMAS.get(verb, verb),
            state.start("verb"),
            state.end("verb"),
        )
    if P.PASSIVE_PRESENT.search(sentence):
        found = P.PASSIVE_STEP.search(sentence)
        if (
            found is not None
            and not _in_perfect(sentence, found.end())
            # (not "In het wetsvoorstel wordt niet opgenomen dat …": a step left out; round 58)
            and not P.NEGATION.search(sentence, 0, found.start())
            # (nor "Het Douanewetboek wordt op dit moment herzien en …": under way; round 58)
            and not F.NOW_IN_PASSIVE.search(sentence, 0, found.start())
            # (nor "… kan zonder extra kosten met twee jaar worden verlengd": a possibility; round 61)
            and not F.POSSIBLE_PASSIVE.search(sentence, 0, found.start())
            # (nor "… voordat die in een suppletoire begroting wordt opgenomen": a moment of time; round 67)
            and not F.STEP_IN_TIME_CLAUSE.search(sentence, 0, found.start())
        ):
            # (not "… waar per 1 januari 2025 nog geen plan is vastgesteld": a state at that day)
            return _Trigger(found.start(), found.end(), None, None, passive=True), (
                _step_lemma(found.group("verb")),
                found.start(),
                found.end(),
            )
    found = (
        (
            P.FROM_DATE_RECEIVE.search(sentence)
            or F.RECIPIENT_RECEIVES.search(sentence)
            or (F.SERIES_RECEIVES.search(sentence) if not F.FACES.search(sentence) else None)
            # (not a forecast: "Scholen ontvangen in 2027 naar verwachting meer leerlingen")
            or (
                F.SUBJECT_RECEIVES_FROM.search(sentence)
                if not F.FACES.search(sentence) and not F.FORECAST.search(sentence)
                else None
            )
        )
        if has_deadline
        else None
    )
    if found is not None:
        # (`SUBJECT_RECEIVES_FROM` names its "ontvangen" verb "verb2")
        verb = "verb" if found.group("verb") is not None or "verb2" not in found.re.groupindex else "verb2"
        return _Trigger(found.start(verb), found.end(verb), None, None, passive=True), (
            "toekennen",
            found.start(verb),
            found.end(verb),
        )
    found = (
        (P.FROM_DATE_RULE.search(sentence) or P.FROM_DATE_RULE_INVERTED.search(sentence))
        if has_deadline
        else None
    )
    if found is not None and found.group("verb") in ("geldt", "gelden") and F.RULE_OF_OTHERS.search(sentence):
        found = None  # "Per 20 mei 2026 geldt de Europese verordening over …": a rule of others in force (round 45)
    if found is not None:
        return _Trigger(found.start("verb"), found.end("verb"), None, None, passive=True), (
            "invoeren",
            found.start("verb"),
            found.end("verb"),
        )
    return None


def _step_lemma(verb: str) -> str:
    """The lemma of a `PASSIVE_STEP` participle: "in consultatie gebracht" -> "in consultatie
    brengen", "besluit over de locatie genomen" -> "besluit nemen"."""
    verb = re.sub(r"\s+", " ", verb.lower())
    if verb.startswith("in ") and "consultatie" in verb:  # "in internetconsultatie gegeven"
        return "in consultatie brengen"
    if verb.startswith("besluit"):
        return "besluit nemen"
    if verb == "in gebruik genomen":
        return "in gebruik nemen"
    if verb.startswith("beschikbaar"):  # "beschikbaar worden gesteld"
        return "beschikbaar stellen"
    return P.PASSIVE_STEP_LEMMAS.get(verb, verb)


def _step_action(sentence: str) -> tuple[str, int, int] | None:
    """The action of a passive step ("zal … worden vastgelegd"): its participle's lemma."""
    found = P.PASSIVE_STEP.search(sentence)
    if found is None:
        return None
    return _step_lemma(found.group("verb")), found.start("verb"), found.end("verb")


def _decision_action(sentence: str) -> tuple[str, int, int] | None:
    """The action of a passive future decision step ("zal worden besloten of …", "zal bepaald worden
    welke …", "zal aan beide Kamers worden gezonden"), unless another agent does it ("door de
    rechter", "door vraag en aanbod")."""
    found = F.DECISION_STEP.search(sentence)
    if found is None or F.ANY_OTHER_AGENT.search(sentence):
        return None
    verb = found.group("verb").lower()
    return F.DECISION_LEMMAS.get(verb, verb), found.start("verb"), found.end("verb")


def _come_with(sentence: str) -> tuple[_Trigger, tuple[str, int, int] | None] | None:
    """ "Voor de zomer kom ik met een wetsvoorstel", "dan komt het kabinet met een actieplan" (see
    `COME_WITH`): a proposal of ours, ("komen met", …)."""
    m = F.COME_WITH.search(sentence)
    if m is None:
        return None
    if P.NEGATION.search(sentence, m.start(), m.end()) and F.BUT_ELIDED_ACT.search(sentence, m.end()):
        # "Het kabinet komt daarom niet met een nieuwe regeling, maar stelt de bestaande regeling vanaf 2027 open":
        # the proposal declined, the act after "maar" is the one to read (round 65)
        return None
    actor = m.group("actor") or m.group("actor2")
    return _Trigger(m.start(), m.end(), actor, None, passive=False), (
        "komen met",
        m.start("noun"),
        m.end("noun"),
    )


def _own_act(
    sentence: str, pattern: Keyed, lemma: str, groups: tuple[str, ...]
) -> tuple[_Trigger, tuple[str, int, int] | None] | None:
    """An act of ours that `pattern` finds whole, with its actor in group "actor" or "actor2" and the act's span in the
    first of `groups` that matched; none when it is negated."""
    m = pattern.search(sentence)
    if m is None or P.NEGATION.search(sentence, m.start(), m.end()):
        return None
    actor = m.group("actor") or m.group("actor2")
    group = next(g for g in groups if m.group(g))
    return _Trigger(m.start(), m.end(), actor, None, passive=False), (lemma, m.start(group), m.end(group))


def _supports(sentence: str) -> tuple[_Trigger, tuple[str, int, int] | None] | None:
    """ "Ik ondersteun die campagne met een bijdrage van 300.000 euro" (see `SUPPORT_WITH_MONEY`): support given with
    money, an act ("ondersteunen")."""
    return _own_act(sentence, F.SUPPORT_WITH_MONEY, "ondersteunen", ("money",))


def _advocates(sentence: str) -> tuple[_Trigger, tuple[str, int, int] | None] | None:
    """ "Ik zet mij in de Raad in voor een Europees verbod" (see `ADVOCATES`): our effort in another forum
    ("zich inzetten voor"), not negated."""
    return _own_act(sentence, F.ADVOCATES, "zich inzetten voor", ("verb", "verb2", "verb3"))


def _taken_into_next(sentence: str) -> tuple[_Trigger, tuple[str, int, int] | None] | None:
    """ "Die lessen neem ik mee in het nieuwe beleidskader" (see `TAKEN_INTO_NEXT`): taken into a later piece of work of
    ours ("meenemen")."""
    return _own_act(sentence, F.TAKEN_INTO_NEXT, "meenemen", ("verb",))


def _offer(sentence: str) -> tuple[_Trigger, tuple[str, int, int] | None] | None:
    """ "Ik bied de vaste commissie aan deze gegevens ter inzage te leggen" (see `OFFER_TO_KAMER`): the act offered, from
    its te-infinitive."""
    m = F.OFFER_TO_KAMER.search(sentence)
    if m is None:
        return None
    action = _te_action(sentence, m.end())
    if action is None:
        return None
    actor = m.group("actor") or m.group("actor2")
    return _Trigger(m.start(), m.end(), actor, None, passive=False), action


def _choice(sentence: str) -> tuple[_Trigger, tuple[str, int, int] | None] | None:
    """ "Ik kies er daarom voor … te bieden" (see `CHOICE`): the chosen act, from its te-infinitive; or a middle way
    whose content follows a colon (see `CHOICE_OF_A_WAY_STATED`)."""
    m = F.CHOICE.search(sentence)
    if m is None:
        way = F.CHOICE_OF_A_WAY_STATED.search(sentence)
        if way is None:
            return None
        return _Trigger(
            way.start(), way.end(), way.group("actor") or way.group("actor2"), None, passive=False
        ), (
            "kiezen voor",
            way.start(),
            way.end(),
        )
    action = _te_action(sentence, m.end())
    if action is None and F.CHOSEN_STATE.match(sentence, m.end()):
        # "Het kabinet kiest ervoor dat in iedere regio een school die klas aanbiedt": the state chosen is ours to
        # bring about (four of four in the gold with "ik"/"het kabinet")
        return _Trigger(m.start(), m.end(), _chooser(m), None, passive=False), (
            "kiezen",
            m.start(),
            m.end(),
        )
    if action is None or _keeps_as_is(sentence, m.end()):
        return None  # "Het kabinet kiest ervoor de drempel te handhaven": nothing new is done
    but = sentence.find(", maar ", action[2])
    if P.NEGATION.search(sentence, m.end(), action[1]) and but >= 0:
        # "Ik kies ervoor het bedrag niet automatisch te koppelen, maar iedere drie jaar te toetsen": the act chosen
        action = _te_action(sentence, but + 2) or action
    return _Trigger(m.start(), m.end(), _chooser(m), None, passive=False), action


def _chooser(m: re.Match[str]) -> str | None:
    """The actor of a `CHOICE` match, whichever of its groups holds it ("zij" read against the sentence before)."""
    return m.group("actor") or m.group("actor2") or m.group("actor3") or m.group("actor4")


def _but_delivery(sentence: str) -> tuple[_Trigger, tuple[str, int, int] | None] | None:
    """ "Ik kan uw Kamer niet voor de zomer informeren, maar stuur u het rapport in december": what
    is promised instead of a refusal, the subject left out (see `BUT_DELIVERY`)."""
    m = F.BUT_DELIVERY.search(sentence)
    if m is None or not P.NEGATION.search(sentence, 0, m.start()):
        return None
    action = _first_action(sentence, m.start("verb")) or (
        F.BUT_DELIVERY_LEMMAS.get(m.group("verb").lower(), "sturen"),
        m.start("verb"),
        m.end("verb"),
    )
    lead = P.LEAD_ACTOR.search(sentence)
    actor = lead.group("actor") if lead is not None else "ik"
    return _Trigger(m.start("verb"), m.end("verb"), actor, None, passive=False), action


def _on_request(
    sentence: str, has_deadline: bool = True
) -> tuple[_Trigger, tuple[str, int, int] | None] | None:
    """ "Op mijn verzoek gaat de ILT de gegevens gebruiken", "De RCE brengt dat op mijn verzoek dit
    jaar in kaart": another party acting at our request (see `ON_REQUEST`), or receiving from us from now on (see
    `RECEIVED_FROM_US`); not a past request
    ("heeft op mijn verzoek … onderzocht", "Op mijn verzoek werd … gedaan"), nor, without a time to come, work in
    progress named in a relative clause ("…, waarover de NZa op mijn verzoek een advies voorbereidt": background)."""
    m = F.ON_REQUEST.search(sentence)
    if m is None:
        m = F.RECEIVED_FROM_US.search(sentence)
        if m is None or not (has_deadline or F.FROM_NOW_ON.search(sentence)) or F.ALREADY_SO.search(sentence):
            return None
        # (what others receive from us from now on: "Na elk gesprek ontvangen de panelleden voortaan … een brief van
        # mij"; the same tests of tense below; round 52)
    if not has_deadline and F.RELATIVE_CLAUSE_BEFORE.search(sentence, 0, m.start()):
        return None
    # the tense of the main clause decides; a past form in a clause of the object does not ("gaat na
    # hoe het toezicht was ingericht")
    sub = P.SUBORDINATE.search(sentence, m.end())
    main_end = sub.start() if sub is not None else len(sentence)
    if (
        F.PAST_AUX.search(sentence, 0, main_end)
        or F.PAST_MARKER.search(sentence, 0, main_end)
        or F.PERFECT_PASSIVE.search(sentence, 0, main_end)  # "Het onderzoek is op mijn verzoek uitgevoerd"
    ):
        return None
    if not F.STRONG_PAST.isdisjoint(w.lower() for w in re.findall(r"[\w-]+", sentence[:main_end])):
        return None  # "Op 12 mei bracht de AIV op mijn verzoek het advies … uit": done
    if P.ONGOING.search(sentence, 0, main_end):
        return None  # "De ACM rapporteert sinds 2024 … op mijn verzoek": the practice as it is
    lead = re.findall(r"[\w-]+", sentence[: m.start()])[:6]
    if any(
        F.PAST_VERB_NEAR.match(word)
        and word.lower() not in F.NOT_PAST_VERBS
        and k > 0
        and lead[k - 1].lower() not in F.PAST_NOT_AFTER
        for k, word in enumerate(lead)
    ):
        return None  # "Een maand later publiceerde het instituut in mijn opdracht het rapport": done
    before = re.findall(r"[\w-]+", sentence[: m.start()])[-1:]
    after = re.findall(r"[\w-]+", sentence[m.end() : m.end() + 40])[:1]
    for word in before + after:  # the verb stands next to "op mijn verzoek": "De commissie evalueerde op …"
        if F.PAST_VERB_NEAR.match(word) and word.lower() not in F.NOT_PAST_VERBS:
            return None
    # the verb of the clause after "op mijn verzoek" first ("gaat de ILT … gebruiken"); the act may
    # stay unnamed ("brengt dat op mijn verzoek in kaart")
    action = _fallback_action(sentence, m.end()) or _first_action(sentence)
    return _Trigger(m.start(), m.end(), None, None, passive=False), action


def _pilot_of_other(sentence: str, verb: int) -> bool:
    """Whether another party is the subject before the verb of a starting pilot ("…, en de Unie van
    Waterschappen start in 2026 een nieuwe campagne"), not a time fronted before it ("In 2027 start …")."""
    starts = [m.end() for m in F.PILOT_CLAUSE_START.finditer(sentence, 0, verb)]
    clause = sentence[starts[-1] if starts else 0 : verb]
    return F.PILOT_OTHER_SUBJECT.fullmatch(clause) is not None and F.PILOT_TIME_WORD.search(clause) is None


def _dated_act(sentence: str) -> tuple[_Trigger, tuple[str, int, int] | None] | None:
    """ "Dit voorjaar spreek ik de besturen erop aan", "De gegevens worden vanaf 2026 jaarlijks
    geactualiseerd" (see `kamerstuk.entities.commitment_dated`)."""
    act = dated.first_person_act(sentence)
    if act is not None:
        actor, lemma, start, end = act
        return _Trigger(start, end, actor, None, passive=False), (lemma, start, end)
    act = (
        dated.relative_act(sentence)
        or dated.agency_act(sentence)
        or dated.office_relative_act(sentence)
        or dated.told_agency_act(sentence)
        or dated.told_bill_step(sentence)
        or dated.relative_agency_act(sentence)
        or dated.relative_minister_act(sentence)
    )
    if act is not None:
        actor, lemma, start, end = act
        return _Trigger(start, end, actor, None, passive=False), (lemma, start, end)
    pilot = F.STARTS_PILOT.search(sentence)
    if (
        pilot is not None
        and not P.OTHER_AGENT.search(sentence)
        and not _pilot_of_other(sentence, pilot.start())
        and not P.ONGOING.search(sentence)  # "… loopt sinds dit voorjaar een proef van NS": running already
    ):
        # "In 2027 start … een proef"
        return _Trigger(pilot.start(), pilot.end(), None, None, passive=True), (
            "starten",
            pilot.start(),
            pilot.end(),
        )
    process = F.PROCESS_STARTS.search(sentence)
    if process is not None and not P.OTHER_AGENT.search(sentence):
        # "De aanbesteding van drie vaartuigen start in het eerste kwartaal van 2027"
        verb = process.end() - len(process.group(0).split()[-1])
        if process.group(0).split()[-1].lower() != "gaat" or F.GOES_STARTS.match(sentence, process.end()):
            return _Trigger(verb, process.end(), None, None, passive=True), ("starten", verb, process.end())
    step = dated.passive_act(sentence)
    if step is not None and not P.ATTRIBUTED_VIEW.search(
        sentence
    ):  # ("wordt volgens de raad … niet gehaald")
        return _Trigger(step[1], step[2], None, None, passive=True), step
    happens = F.HAPPENS_THEN.search(sentence)
    if (
        happens is not None
        and not P.NEGATION.search(sentence)
        and not F.ONGOING_OPENING.match(sentence)
        and not F.SINCE_AFTER.search(
            sentence, happens.end()
        )  # "in Peru gebeurt dat sinds dit jaar": the practice
    ):
        # "… en voor de overige drie gebeurt dat vóór 1 september 2026": the act named before, to come
        return _Trigger(happens.start("verb"), happens.end(), None, None, passive=True), (
            "doen",
            happens.start("verb"),
            happens.end("verb"),
        )
    takes_effect = F.TAKES_EFFECT.search(sentence)
    if takes_effect is not None and not P.NEGATION.search(sentence):
        # "De gewijzigde regeling treedt op 1 juli 2027 in werking": a rule of ours in force from a day to come
        return _Trigger(takes_effect.start("verb"), takes_effect.end(), None, None, passive=True), (
            "in werking treden",
            takes_effect.start("verb"),
            takes_effect.end(),
        )
    into_force = F.GOES_INTO_FORCE.search(sentence)
    if into_force is not None and not P.NEGATION.search(sentence) and not P.OTHER_AGENT.search(sentence):
        # "Die wijziging gaat in per 1 juli 2027": a rule of ours in force from a day to come
        return _Trigger(into_force.start("verb"), into_force.end("verb"), None, None, passive=True), (
            "in werking treden",
            into_force.start("verb"),
            into_force.end("verb"),
        )
    level = F.LEVEL_CHANGES.search(sentence)
    if level is not None and not P.NEGATION.search(sentence) and not F.RULE_OF_OTHERS.search(sentence):
        # "De boete voor overbelading … gaat per 1 januari 2027 omhoog": a sum or duty of ours changed from a day to
        # come (round 59)
        return _Trigger(level.start("verb"), level.end("verb"), None, None, passive=True), (
            "wijzigen",
            level.start("verb"),
            level.end("verb"),
        )
    opens = F.SCHEME_OPENS.search(sentence)
    if opens is not None and not P.NEGATION.search(sentence):
        # "De regeling, die RVO uitvoert, gaat op 1 april 2027 open": a scheme of ours open from a day to come
        return _Trigger(opens.start("verb"), opens.end("verb"), None, None, passive=True), (
            "openstellen",
            opens.start("verb"),
            opens.end("verb"),
        )
    extra = F.GETS_EXTRA.search(sentence)
    if extra is not None and not P.NEGATION.search(sentence):
        # "De Rijksdienst … krijgt er vanaf april 2027 vier behandelaars bij": capacity we add from a time to come
        return _Trigger(extra.start("verb"), extra.end("verb"), None, None, passive=True), (
            "erbij krijgen",
            extra.start("verb"),
            extra.end("verb"),
        )
    scheduled = _scheduled_form(sentence)
    if scheduled is not None:
        return scheduled
    after_verb = F.DATED_STATE_AFTER_VERB.search(sentence)
    if (
        after_verb is not None
        and not F.RULE_OF_OTHERS.search(sentence)
        # (an agent after the verb; "door" inside the subject's relative clause is a cause: "Mensen die door de late
        # uitbetaling rente hebben moeten betalen, kunnen vanaf 1 februari 2027 een vergoeding aanvragen")
        and not P.OTHER_AGENT.search(sentence, after_verb.start("verb"))
        and not P.ONGOING.search(sentence)
        # (a duty said to be laid down already: "…; dat is al wettelijk vastgelegd")
        and not (
            dated.present_lemma(after_verb.group("verb")) in F.DATED_RULE_LEMMAS
            and F.LAID_DOWN_ALREADY.search(sentence) is not None
        )
    ):
        # "Omschakelende boeren kunnen vanaf 1 juli 2027 een beroep doen op …": the measure as the state from a
        # day to come, the day after the verb
        state_verb = after_verb.group("verb")
        return _Trigger(after_verb.start("verb"), after_verb.end("verb"), None, None, passive=True), (
            dated.present_lemma(state_verb),
            after_verb.start("verb"),
            after_verb.end("verb"),
        )
    state = F.DATED_STATE_OPENER.search(sentence)
    # "Vanaf 1 januari 2027 loopt nieuwe steun uitsluitend via UNDP", "Vanaf 1 juli 2028 loopt er geen rente meer op": a
    # route or a stop of ours, whatever the subject (round 54)
    route_or_stop = (
        state is not None
        and state.group("verb") in ("loopt", "lopen")
        and F.ROUTE_OR_STOP.match(sentence, state.end("verb")) is not None
    )
    # "Met ingang van het teeltjaar 2027 moet na maïs … een vanggewas zijn ingezaaid": a rule of ours (round 54)
    dated_rule = (
        state is not None
        and state.group("verb") in F.DATED_RULE_VERBS
        and F.LAID_DOWN_ALREADY.search(sentence) is None
        and F.RULE_OF_OTHERS.search(sentence) is None
    )
    if (
        state is not None
        and (
            (state_verb := state.group("verb")) not in F.DATED_STATE_NOT_VERBS
            # "Per 1 september 2027 neemt een centraal bureau de roosters over": a task taken over
            or (
                state_verb in ("neemt", "nemen")
                and F.TAKES_OVER_END.search(sentence) is not None
                and F.ADVICE_TAKEN_OVER.search(sentence) is None
            )
            or route_or_stop
            or dated_rule
        )
        and (
            state_verb in F.DATED_STATE_ENABLING
            or route_or_stop
            or dated_rule
            or _subject_word(state) not in F.DATED_STATE_OTHERS
        )
        # ("Vanaf 2027 krijgen werkgevers te maken met een hogere premie": what befalls them, not what we give)
        and not F.BEFALLS.match(sentence, state.end("verb"))
        # (ours in the first person are read by `dated.first_person_act`, with its stop lists: "Vanaf 2027 houd ik
        # vast aan de huidige norm" is a stance)
        and _subject_word(state) not in ("ik", "wij", "we")
        and not _past_tense(state_verb)
        and not P.ONGOING.search(sentence)
        and not P.OTHER_AGENT.search(sentence)
        # ("Per 20 mei 2026 geldt de Europese verordening over …": a rule of others in force; round 45)
        and not (state_verb in ("geldt", "gelden") and F.RULE_OF_OTHERS.search(sentence))
    ):
        # "Vanaf 1 januari 2027 beoordeelt een functionaris buiten de lijn ieder oefenplan": the measure as the
        # state from a day to come
        return _Trigger(state.start("verb"), state.end("verb"), None, None, passive=True), (
            dated.present_lemma(state_verb),
            state.start("verb"),
            state.end("verb"),
        )
    granted = F.TIME_GRANTED.search(sentence)
    if granted is not None and not P.NEGATION.search(sentence, 0, granted.end()):
        # "Houders krijgen tot 1 juli 2028 de tijd om hun vogels aan te melden": a transition of our rule
        return _Trigger(granted.start("verb"), granted.end("verb"), None, None, passive=True), (
            "de tijd geven",
            granted.start("verb"),
            granted.end("verb"),
        )
    gift = F.DATED_GIFT_OPENER.search(sentence)
    gift_verb = "verb" if gift is not None and gift.group("verb") else "verb2"
    if (
        gift is not None
        # (the Kamer receiving: a delivery)
        and (gift.group("next") or gift.group("next2")).lower() not in ("u", "uw", "wij", "we", "ik")
        and not F.BEFALLS.match(sentence, gift.end(gift_verb))
        and not P.ONGOING.search(sentence)
        and not P.OTHER_AGENT.search(sentence)
    ):
        # "Vóór het einde van 2027 krijgen alle twaalf kazernes een schone zone": what we give, by a day to come
        return _Trigger(gift.start(gift_verb), gift.end(gift_verb), None, None, passive=True), (
            dated.present_lemma(gift.group(gift_verb)),
            gift.start(gift_verb),
            gift.end(gift_verb),
        )
    return None


def _not_a_study_or_forecast(sentence: str, m: re.Match[str]) -> bool:
    """What becomes available is no study and no forecast ("Het rapport komt in 2028 beschikbaar", "naar verwachting")."""
    return not F.STUDY_SUBJECT.search(sentence, 0, m.start("verb") + 40) and not F.FORECAST.search(sentence)


#: The forms of a rule, scheme or budget of ours from a day to come, in the order they are tried: (pattern, the lemma
#: of each verb group, whether a rule of others (`RULE_OF_OTHERS`) rules it out, an extra test or None).
#: "Voor hen gaat met ingang van het schooljaar 2028–2029 een bijscholingsplicht gelden", "De regeling gaat op 1 juli
#: 2027 open", "De wijziging gaat in het voorjaar van 2027 in internetconsultatie"; "In het vervolgprogramma gaat de
#: helft van het budget naar …"; "Voor nieuwe zonneparken wordt die combinatie vanaf 2028 een voorwaarde voor
#: subsidie"; "Voor die organisaties komt het overzicht vanaf 2028 beschikbaar in MijnOverheid".
_SCHEDULED_FORMS: tuple[
    tuple[Keyed, dict[str, str], bool, Callable[[str, re.Match[str]], bool] | None], ...
] = (
    (
        F.GOES_TO_APPLY,
        {"verb": "gelden", "verb2": "opengaan", "verb3": "in consultatie brengen", "verb4": "starten"},
        True,
        None,
    ),
    (F.BUDGET_GOES_TO, {"verb": "toekennen"}, False, None),
    (
        F.BECOMES_CONDITION,
        {"verb": "worden", "verb2": "worden", "verb3": "worden", "verb4": "worden", "verb5": "worden"},
        True,
        None,
    ),
    (F.COMES_AVAILABLE, {"verb": "beschikbaar komen"}, True, _not_a_study_or_forecast),
    (F.BECOMES_AVAILABLE, {"verb": "beschikbaar komen"}, True, _not_a_study_or_forecast),
    (
        F.COMES_ONLINE,
        {"verb": "publiceren"},
        True,
        # (not another body's site: "komt op de website van de VNG")
        lambda sentence, m: (
            _not_a_study_or_forecast(sentence, m) and not F.MAKER_NAMED.search(sentence, m.end())
        ),
    ),
    (
        F.APPEARS,
        {"verb": "verschijnen"},
        True,
        lambda sentence, m: (
            _not_a_study_or_forecast(sentence, m)
            and not F.STUDY_COMPOUND.search(sentence, 0, m.start("verb"))
            and not F.MAKER_NAMED.search(sentence, 0, m.start("verb"))
        ),
    ),
    (
        F.GETS_BENEFIT,
        {"verb": "toekennen"},
        True,
        lambda sentence, m: not F.BENEFIT_OF_OTHERS.search(sentence),
    ),
)


def _scheduled_form(sentence: str) -> tuple[_Trigger, tuple[str, int, int] | None] | None:
    """A rule, scheme or budget of ours from a day to come (see `_SCHEDULED_FORMS`), not negated and not another
    party's act."""
    if P.NEGATION.search(sentence) or P.OTHER_AGENT.search(sentence):
        return None
    for pattern, lemmas, others_rule, extra in _SCHEDULED_FORMS:
        m = pattern.search(sentence)
        if (
            m is None
            or (others_rule and F.RULE_OF_OTHERS.search(sentence))
            or (extra and not extra(sentence, m))
        ):
            continue
        group = next(g for g in lemmas if m.group(g))
        return _Trigger(m.start(group), m.end(group), None, None, passive=True), (
            lemmas[group],
            m.start(group),
            m.end(group),
        )
    return None


def _subject_word(state: re.Match[str]) -> str:
    """The word after a `DATED_STATE_OPENER` verb, past a determiner ("alle scholen" -> "scholen")."""
    word = state.group("next").lower()
    if word in F.DATED_STATE_DETERMINERS and state.group("next2"):
        return state.group("next2").lower()
    return word


def _past_tense(verb: str) -> bool:
    """A weak past tense in the singular ("publiceerde", "zette"): no measure to come. (The plural, "stuurden",
    "zetten", is also the present of a stem in -d/-t; after a day still to come it reads as the present.)"""
    return verb.endswith(("de", "te"))
