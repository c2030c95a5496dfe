"""Dated acts of ours without a modal: first-person present verbs and present passives.

Letters announce measures in the present tense ("Dit voorjaar spreek ik de besturen erop aan", "De
gegevens worden vanaf 2026 jaarlijks geactualiseerd"); with a deadline still to come in the same
sentence these are promises. `kamerstuk.entities.commitments` asks here only for sentences that
hold such a deadline and no modal trigger. The verb vocabularies of its other forms stay first;
these read any verb, so their stoplists (`NOT_ACTS`, `NOT_STEP_PARTICIPLES`) keep statements out.
"""

from __future__ import annotations

import re

from kamerstuk.patterns import commitment_forms as F
from kamerstuk.patterns import commitments as P

_VOWELS = "aeiouy"


_VOWEL_RUN = re.compile(r"(?:ij|[aeiouy]+)$")
_DIPHTHONGS = frozenset({"ij", "ei", "ui", "ou", "au", "eu", "oe", "ie"})
_SOFT = {"f": "v", "s": "z"}
_PREFIXED = re.compile(r"(?:be|ver|ont|her|ge)[^aeiouy]{1,2}e[nlr]$")
# A separable particle in front of a short stem of one syllable ending in -el/-en/-er: "openstel", "opstel", "bijstel",
# "vaststel", "aanmeld" is not one (its stem has no such ending and spells the same either way).
_PARTICLE_PREFIX = re.compile(
    r"(open|vast|bij|op|in|aan|af|uit|mee|door|terug|toe|samen|voor)(?=[^aeiouy]{1,3}e[nlr]$)"
)


def infinitive(stem: str) -> str:
    """The infinitive of a first-person singular present form ("spreek" -> "spreken", "pas" ->
    "passen", "verken" -> "verkennen", "stuur" -> "sturen", "schrijf" -> "schrijven", "zie" ->
    "zien").

    >>> [infinitive(w) for w in ("spreek", "pas", "organiseer", "werk", "geef", "lees", "doe", "openstel", "sta")]
    ['spreken', 'passen', 'organiseren', 'werken', 'geven', 'lezen', 'doen', 'openstellen', 'staan']
    """
    w = stem.lower()
    particle = _PARTICLE_PREFIX.match(w)
    if particle is not None:
        # a separable verb written as one word in a verb-final clause: "openstel" -> "open" + "stellen" (the
        # stem decides the spelling, not the particle's vowel: not "openstelen")
        return particle.group(1) + infinitive(w[particle.end() :])
    if w.endswith(("ie", "oe")):
        return w + "n"
    last, body = w[-1], w[:-1]
    if last == "a" and len(w) <= 3:
        return w + "an"  # "sta" -> "staan", "ga" -> "gaan", "sla" -> "slaan"
    if last in _VOWELS:
        return w + "n"
    run = _VOWEL_RUN.search(body)
    if run is None:  # two consonants at the end: "werk", "start"
        return w + "en"
    vowels = run.group(0)
    if len(vowels) == 2 and vowels[0] == vowels[1]:  # written long: "spreek" -> "spreken"
        return body[:-1] + _SOFT.get(last, last) + "en"
    if len(vowels) == 3 and vowels[1] == vowels[2] and vowels[0] in "iu":
        # a long vowel after "i"/"u" of the syllable before: "evalueer" -> "evalueren", "financieer" -> "financieren"
        return body[:-1] + _SOFT.get(last, last) + "en"
    if vowels in _DIPHTHONGS:  # "schrijf" -> "schrijven", "kies" -> "kiezen", "voer" -> "voeren"
        return body + _SOFT.get(last, last) + "en"
    if len(vowels) == 1 and last not in "wj":
        # an unstressed last syllable keeps its consonant: "open" -> "openen", "teken" -> "tekenen"
        # (a stressed one after a prefix doubles it: "verken" -> "verkennen")
        if vowels == "e" and last in "nlr" and re.search("[aeiouy]", body[:-1]) and not _PREFIXED.match(w):
            return w + "en"
        return w + last + "en"  # short: "pas" -> "passen"
    return w + "en"


def present_lemma(verb: str) -> str:
    """The infinitive of a present-tense form: the plural is one ("zetten"), the singular loses its "-t"
    ("beoordeelt" -> "beoordelen", "kan" -> "kunnen"), a stem in "-cht" keeps it ("richt" -> "richten")."""
    if verb.endswith("en") or verb in ("kan", "gaat", "staat", "is", "mag", "moet"):
        irregular = {
            "kan": "kunnen",
            "gaat": "gaan",
            "staat": "staan",
            "is": "zijn",
            "mag": "mogen",
            "moet": "moeten",
        }
        return irregular.get(verb, verb)
    if verb.endswith("ziet"):
        return verb[:-1] + "n"  # "voorziet" -> "voorzien", "toeziet" -> "toezien" (round 64)
    keeps_t = verb.endswith("cht") or verb[-2:-1] in ("a", "e", "i", "o", "u", "y", "")
    stem = verb[:-1] if verb.endswith("t") and not keeps_t else verb
    return infinitive(stem)


def _past(verb: str, actor: str) -> bool:
    """Whether `verb` is a weak past tense ("stuurde", "maakten"): for "ik" any ending in -de/-te
    (a present stem never does), for "wij" -den/-ten after a consonant."""
    if actor.lower() == "ik":
        return verb.endswith(("de", "te"))
    return verb.endswith(("den", "ten")) and F.WEAK_PAST.fullmatch(verb) is not None


def _particle(sentence: str, verb_end: int, particles: frozenset[str] = F.SEPARABLE_PARTICLES) -> str:
    """The separable particle of the verb ending at `verb_end`, or "": the last word of its clause ("stel …
    op"), or a particle a prepositional phrase follows ("stel … een leidraad op over de uitvoering", "zet de
    regeling om in een wet": there "om" is no purpose clause)."""
    stop = P.CLAUSE_STOP.search(sentence, verb_end)
    if (
        stop is not None
        and stop.group(0).lower() in P.DETERMINER_STOPS
        and not sentence[verb_end : stop.start()].strip()
        and F.NOUN_AFTER_DETERMINER.match(sentence, stop.end()) is not None
    ):
        stop = P.CLAUSE_STOP.search(sentence, stop.end())  # "brengt dat voorstel in": a determiner, no clause
    end = stop.start() if stop else len(sentence)
    words: list[str] = re.findall(r"[\w-]+", sentence[verb_end:end].lower())
    if stop is not None and stop.group(0).lower() == "om":
        after = re.match(r"\s*om\s+(\w+)", sentence[stop.start() :], re.I)
        if after is not None and after.group(1).lower() in F.PARTICLE_PP:
            words.append("om")
    if words and words[-1] in particles:
        return words[-1]
    for word, nxt in zip(reversed(words[:-1]), reversed(words[1:]), strict=True):
        if word in particles and nxt in F.PARTICLE_PP:
            return word
    return ""


def told_here(sentence: str, verb_end: int) -> bool:
    """Whether what a telling verb ending at `verb_end` tells follows as a "dat"-clause, so this letter tells it
    ("meld ik uw Kamer dat de motie is uitgevoerd"); not "dat" as a determiner ("stuur ik u dat rapport")."""
    told = F.TELLS_THAT.match(sentence, verb_end)
    return (
        told is not None
        and F.NOUN_AFTER_DETERMINER.match(sentence, told.end()) is None
        and F.THAT_TO_KAMER.match(sentence, told.end()) is None
        and F.THAT_IN_LATER_DOCUMENT.match(sentence, told.end()) is None
        and F.THAT_CLOSES.match(sentence, told.end()) is None
    )


def first_person_act(sentence: str) -> tuple[str, str, int, int] | None:
    """(actor, lemma, start, end) of a first-person present verb of ours, or None."""
    for m in F.FIRST_PERSON_PRESENT.finditer(sentence):
        verb = m.group("verb") or m.group("verb2") or m.group("verb3")
        actor = m.group("actor") or m.group("actor2") or m.group("actor3")
        low = verb.lower()
        group = "verb" if m.group("verb") else "verb2" if m.group("verb2") else "verb3"
        span = (m.start(group), m.end(group))
        # "houd … apart", "stel … in", "neem … op": a verb that alone states or helps, with its particle an act
        with_particle = _particle(sentence, span[1], F.PARTICLE_ACTS.get(low, frozenset()))
        # "Ik stel vanaf 2027 als voorwaarde dat …", "geef ik … vanaf 1 maart 2027 voorrang bij …"
        if low in ("stel", "stellen") and not with_particle and F.SET_AS_CONDITION.match(sentence, span[1]):
            return actor, "als voorwaarde stellen", span[0], span[1]
        enabling = (
            F.SET_ENABLING.match(sentence, span[1])
            if low in ("stel", "stellen") and not with_particle
            else None
        )
        if enabling is not None:
            return actor, " ".join(enabling.group("what").lower().split()) + " stellen", span[0], span[1]
        if low in ("geef", "geven") and not with_particle and F.GIVE_PRIORITY.match(sentence, span[1]):
            return actor, "voorrang geven", span[0], span[1]
        if low in F.GIVE_VERBS and not with_particle and F.GIVEN_SUM.match(sentence, span[1]):
            return (
                actor,
                "geven",
                span[0],
                span[1],
            )  # "Wel geef ik Kennisnet vanaf 2029 € 400.000 per jaar extra"
        if low in ("trek", "trekken") and F.DRAWS_CONCLUSIONS.match(sentence, span[1]):
            continue  # "… trek ik drie conclusies": a thought, no act
        if low in F.NOT_ACTS and not with_particle and not _past(low, actor):
            nxt = F.ELIDED_NEXT_ACT.search(sentence, span[1])
            if nxt is not None and not F.OBJECT_STOP_BEFORE_AND.search(sentence, span[1], nxt.start()):
                # "Ik wacht die afweging af en bespreek haar in het voorjaar van 2027 met …": the next act is ours
                verb = nxt.group("verb").lower()
                # (a plural after "wij" or "X en ik" is the infinitive already: "… en bespreken haar …")
                lemma = verb if verb.endswith("en") else infinitive(verb)
                return actor, lemma, nxt.start("verb"), nxt.end("verb")
        if (low in F.NOT_ACTS and not with_particle) or low.endswith(("lijk", "baar")) or _past(low, actor):
            continue
        if low.startswith(("waar", "daar", "hier")):
            continue  # "…, waarvoor ik de subsidie heb verhoogd": a pronominal adverb, no verb
        lemma = low if actor.lower() in ("wij", "we") else infinitive(low)  # plural = infinitive
        lemma = (with_particle or _particle(sentence, span[1])) + lemma  # "spreek … aan" -> "aanspreken"
        if lemma == "vaststellen" and F.OBSERVE_VAST.match(sentence, span[1]):
            continue  # "Ik stel vast dat in 2026 …": an observation
        if lemma in F.TELLING_VERBS and told_here(sentence, span[1]):
            continue  # "meld ik uw Kamer dat de motie is uitgevoerd: … in 2026 …": told in this letter
        return actor, lemma, span[0], span[1]
    return None


def relative_act(sentence: str) -> tuple[str, str, int, int] | None:
    """(actor, lemma, start, end) of a verb-final relative clause of ours ("… die ik voor eind 2024
    laat doorvoeren"), or None; past ("die ik heb aangekondigd") and states are left out."""
    for m in F.RELATIVE_FIRST_PERSON.finditer(sentence):
        verb = m.group("verb").lower()
        mid = m.group("mid").lower().split()
        if (
            verb in F.NOT_ACTS and verb not in F.DELIVERY_STEMS and verb not in F.RELATIVE_FINAL_VERBS
        ) or F.PAST_OR_STATE.intersection(mid):
            continue  # ("die ik … aan uw Kamer stuur" is read: no other form does)
        if F.NEGATED_MID.intersection(mid):
            continue  # "… een onderzoek dat ik nu niet afzonderlijk start": an act declined
        if F.PARTICIPLE.fullmatch(verb) and verb not in F.DELIVERY_STEMS:
            continue  # ("waarover ik uw Kamer … bericht": the present of "berichten", not a participle)
        if _past(verb, m.group("actor")):
            continue
        if verb.endswith("s"):
            # "Uit gesprekken die ik dit voorjaar met slachtoffers, de politie … heb gevoerd": a plural noun before a
            # comma of an enumeration, not the clause's verb (no present form of ours ends in -s)
            continue
        if m.group("actor").lower().startswith("het"):
            if not F.CABINET_RELATIVE_ACTS.search(sentence, m.start("mid"), m.end("verb")):
                continue  # "de keuzes die het kabinet in 2027 maakt": its work under way, no promise
            if verb.endswith("t") and not verb.endswith("en"):
                verb = verb[:-1]  # "waarvoor het kabinet … beschikbaar stelt": the stem of the third person
        lemma = (
            verb + "en"
            if verb in F.RELATIVE_FINAL_VERBS
            else verb
            if verb.endswith("en")
            else infinitive(verb)
        )
        return m.group("actor"), lemma, m.start("verb"), m.end("verb")
    return None


def office_relative_act(sentence: str) -> tuple[str, str, int, int] | None:
    """(actor, lemma, start, end) of a minister or the cabinet reporting to the Kamer in a verb-final
    relative clause ("…, waarover de Staatssecretaris uw Kamer in het najaar bericht"), or None; only
    where the clause names the Kamer as the one told. A decision of theirs to come in such a clause ("…, waarover het
    kabinet dit jaar een besluit neemt") is one too (round 44)."""
    decided = F.RELATIVE_OFFICE_DECISION.search(sentence)
    if decided is not None:
        # "…, waarover het kabinet dit jaar een besluit neemt": a decision to come, no report to the Kamer needed
        verb = next(v for v in ("verb", "verb_first", "verb_pronoun") if decided.group(v) is not None)
        # (the pronoun stands for the minister named before it in the sentence)
        actor = decided.group("actor") or decided.group("actor_first") or f"de {decided.group('office')}"
        return actor, "een besluit nemen", decided.start(verb), decided.end(verb)
    for m in F.RELATIVE_OFFICE_DELIVERY.finditer(sentence):
        if "kamer" not in sentence[m.end("actor") : m.start("verb")].lower():
            continue  # "… dat het kabinet jaarlijks stuurt": no report to the Kamer named
        verb = m.group("verb").lower()
        return m.group("actor"), F.RELATIVE_OFFICE_LEMMAS.get(verb, verb), m.start("verb"), m.end("verb")
    return None


def told_bill_step(sentence: str) -> tuple[str, str, int, int] | None:
    """(actor "wetsvoorstel", lemma, start, end) of a step of our bill in what we tell the Kamer ("meld ik u dat het
    wetsvoorstel … op 1 maart 2027 in internetconsultatie gaat", `TOLD_BILL_STEP`), or None."""
    m = F.TOLD_BILL_STEP.search(sentence) or F.RELATIVE_BILL_STEP.search(sentence)
    if m is None:
        return None
    lemma = "in consultatie brengen" if "consultatie" in m.group("verb").lower() else "indienen"
    return "wetsvoorstel", lemma, m.start("verb"), m.end("verb")


def told_agency_act(sentence: str) -> tuple[str, str, int, int] | None:
    """(agency, lemma, start, end) of a service of ours acting in what we tell the Kamer ("meld ik u dat de
    Belastingdienst dit najaar een campagne houdt"), or None; the verb closes the "dat"-clause."""
    m = F.TOLD_AGENCY_ACT.search(sentence)
    if m is None or m.group("verb") in F.AGENCY_NOT_ACTS:
        return None
    if P.ONGOING.search(sentence, m.end("agency"), m.end("verb")):
        # "… meld ik u dat de Rijksvoorlichtingsdienst de verslagen sinds oktober 2026 binnen een dag publiceert": what it
        # does already, told as news (round 46)
        return None
    return m.group("agency"), present_lemma(m.group("verb")), m.start("verb"), m.end("verb")


def passive_act(sentence: str) -> tuple[str, int, int] | None:
    """(lemma, start, end) of the participle of a present passive of ours ("worden … geactualiseerd"),
    or None; the lemma is the participle itself when it cannot be told."""
    aux = P.PASSIVE_PRESENT.search(sentence)
    if aux is None or P.OTHER_AGENT.search(sentence) or F.ANY_OTHER_AGENT.search(sentence):
        return None
    if F.PURPOSE_BEFORE_PASSIVE.search(sentence, 0, aux.start()):
        return None  # "…, zodat verwantschap sneller kan worden nagegaan": what the act before it serves
    if F.SINCE_AFTER.match(sentence.lstrip()) and P.ONGOING.match(sentence.lstrip()):
        # "Sinds 2019 wordt het vangstgebied pas vastgesteld nadat WMR in april de banken heeft bemonsterd": the
        # practice since then, its month a yearly moment, no step to come (round 49)
        return None
    if F.INDIRECT_QUESTION.search(sentence, 0, aux.start()):
        return None  # "… te onderzoeken of de afspraken worden nageleefd": what is asked, not done
    if F.PASSIVE_DEONTIC.search(
        sentence, max(0, aux.start() - 8), aux.start()
    ) or F.DEONTIC_BEFORE_AUX.search(sentence, 0, aux.start()):
        return None  # "… dan is dat een teken dat de aanpak moet worden herzien": a necessity, no act of ours
    if F.POSSIBLE_PASSIVE.search(sentence, 0, aux.end() + 1):
        return None  # "Het raamcontract … kan met twee jaar worden verlengd": a possibility (round 61)
    # (a demonstrative before a time noun opens no clause: "worden vanaf die datum vermeld")
    stop = re.search(
        r"[.;:]|\b(?:dat|die)\b(?!\s+(?:datum|dag|termijn|periode|moment|jaar)\b)|\b(?:zodat|omdat|waarin|waarmee|welke)\b",
        sentence[aux.end() :],
    )
    end = aux.end() + stop.start() if stop else len(sentence)
    for w in re.finditer(r"[\w-]+", sentence[aux.end() : end]):
        word = w.group(0)
        low = word.lower()
        notified = (
            (low in F.NOTIFIED_PARTICIPLES and F.NOTIFIED.search(sentence) is not None)
            or (low in F.SHARED_PARTICIPLES and F.SHARED_THROUGH.search(sentence, aux.end()) is not None)
        ) or (
            low in F.NAMED_PARTICIPLES and F.NAMED_IN_OUR_MEDIUM.search(sentence, 0, aux.start()) is not None
        )
        if not notified and (
            low in F.NOT_STEP_PARTICIPLES or not (F.PARTICIPLE.fullmatch(low) or low in F.STRONG_PARTICIPLES)
        ):
            continue
        if P.NEGATION.search(sentence, max(0, aux.start() - 6), aux.end() + w.start()) and not (
            # (a stop: "worden vanaf 1 januari 2028 geen aanmaningskosten meer in rekening gebracht"; round 61)
            F.NO_LONGER.search(sentence, aux.end(), aux.end() + w.start())
        ):
            return None  # "… een voorschot dat gedurende het jaar niet wordt herzien": nothing is done
        if F.NOW_IN_PASSIVE.search(sentence, aux.start(), aux.end() + w.start()):
            return None  # "Het Douanewetboek wordt op dit moment herzien en …": under way (round 58)
        return low, aux.end() + w.start(), aux.end() + w.end()
    return None


def agency_act(sentence: str) -> tuple[str, str, int, int] | None:
    """(agency, lemma, start, end) of a dated present-tense act of an executive agency ("DUO stuurt
    vanaf 2027 …"), or None; the lemma is the verb's infinitive as well as it can be told."""
    for m in F.AGENCY_ACT.finditer(sentence):
        group = next(
            g for g in ("verb", "verb2", "verb3", "verb4", "verb5", "verb6", "verb7", "verb8") if m.group(g)
        )
        verb = m.group(group)
        agency = m.group("agency" + group[len("verb") :])  # "verb2" -> "agency2"
        start, end = m.start(group), m.end(group)
        particle = _particle(sentence, end, F.AGENCY_ACT_PARTICLES.get(verb, frozenset()))
        if not particle and verb in F.AGENCY_ACT_PARTICLES:
            later = F.AGENCY_PARTICLE_LATER.search(sentence, end)
            particle = later.group("particle").lower() if later is not None else ""
        stops = (
            F.AGENCY_NOT_ACTS_PLURAL if group in ("verb3", "verb6", "verb7", "verb8") else F.AGENCY_NOT_ACTS
        )
        if (verb in stops and not particle) or verb.startswith(("waar", "daar", "hier")):
            continue
        if agency == "Nederland" and verb not in F.NATIONAL_ACTS:
            continue  # "Nederland telt in 2027 …": a fact about the country
        if group == "verb2" and F.SUBJECT_BEFORE_VERB.match(sentence[: m.start(group)]):
            # "De militaire muziek verbindt Defensie met de samenleving, … op Prinsjesdag": a subject before the verb,
            # the service its object (inverted, the verb follows a fronted phrase: "Vanaf 2027 zet de IND …"; round 45)
            continue
        # (searched in the whole rest of the sentence: a window's edge would cut "alle" to "al")
        already = F.ALREADY_IN_CLAUSE.search(sentence, end)
        if already is not None and already.start() < end + 50:
            continue  # "De RVD past die lijst al toe op alle reportages van dit jaar": done already (round 53)
        if verb in ("meldt", "rapporteert") and F.REPORTS_THAT.match(sentence, m.end()):
            continue  # "De SVB meldt dat …", "UWV rapporteert dat …": a report, not an act to come
        if verb == "deelt" and F.SHARED_VIEW.match(sentence, end):
            continue  # "Het kabinet deelt de conclusie dat … binnen enkele jaren …": agreement, the date is the finding's
        if verb == "neemt" and F.AGENCY_STANCE.search(sentence, m.start()):
            continue  # "Het kabinet neemt er kennis van": a stance
        lemma = present_lemma(verb)  # "stelt" -> "stellen", "richt" -> "richten", the plural "maken" itself
        lemma = (particle or _particle(sentence, end)) + lemma  # "voert … een keuring in" -> "invoeren"
        if agency == "Nederland" and verb == "brengt" and lemma != "inbrengen":
            continue  # "Nederland brengt in 2027 meer gas aan land": no proposal put forward
        if lemma == "vaststellen" and F.OBSERVE_VAST.match(sentence, end):
            continue  # "Het kabinet stelt vast dat in 2026 …": an observation
        return agency, lemma, start, end
    return None


def relative_minister_act(sentence: str) -> tuple[str, str, int, int] | None:
    """(office, lemma, start, end) of a minister acting in a relative clause set off by a comma after the office ("de
    Minister van JenV, die haar in 2027 … evalueert"), or None; past, states and negations are left out."""
    for m in F.RELATIVE_MINISTER_ACT.finditer(sentence):
        verb = m.group("verb")
        mid = m.group("mid").lower().split()
        if verb in F.AGENCY_NOT_ACTS or F.PAST_OR_STATE.intersection(mid) or F.NEGATED_MID.intersection(mid):
            continue
        if F.PARTICIPLE.fullmatch(verb) or verb.startswith(("waar", "daar", "hier")):
            continue
        return m.group("office"), present_lemma(verb), m.start("verb"), m.end("verb")
    return None


def relative_agency_act(sentence: str) -> tuple[str, str, int, int] | None:
    """(agency, lemma, start, end) of a service of ours acting in a verb-final relative clause ("…, dat RVO in het
    voorjaar van 2028 in gebruik neemt, …"), or None; past ("dat RVO heeft ingevoerd") and states are left out."""
    for m in F.RELATIVE_AGENCY_ACT.finditer(sentence):
        verb = m.group("verb")
        mid = m.group("mid").lower().split()
        if verb in F.AGENCY_NOT_ACTS or F.PAST_OR_STATE.intersection(mid) or F.NEGATED_MID.intersection(mid):
            continue
        if m.group("agency").lower().split()[0] in (
            "kabinet",
            "minister",
            "ministers",
            "staatssecretaris",
            "regering",
        ):
            continue  # the government's own acts in a relative clause are read by `relative_act`/`office_relative_act`
        if F.PARTICIPLE.fullmatch(verb) or verb.startswith(("waar", "daar", "hier")):
            continue  # "dat RVO vorig jaar geopend": no present verb
        return m.group("agency"), present_lemma(verb), m.start("verb"), m.end("verb")
    return None
