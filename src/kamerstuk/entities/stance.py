"""The government's stance in a sentence: `classify_stance`.

A kabinetsreactie answers a recommendation in a handful of ways, and says each in many forms:

- **adopted**: "Ik neem deze aanbeveling over", "die ik beide overneem", "Het kabinet onderschrijft …",
  "wordt overgenomen", "deelt de analyse", "omarmt", "neemt … ter harte";
- **partly_adopted**: an adoption with a hedge ("gedeeltelijk", "in grote lijnen", "niet alle",
  "met uitzondering van"), or an adoption and a rejection in one sentence ("… neem ik over, de
  vierde niet");
- **rejected**: a negated adoption ("neemt … niet over", "wordt niet direct opgevolgd"), "geen
  aanleiding", "niet wenselijk", "wijst … af", "legt … naast zich neer";
- **already_in_place**: "wordt al invulling gegeven", "is reeds ingezet", "loopt al", "sluit aan
  bij bestaand beleid";
- **noted**: "neemt kennis van", "betrekt … bij", "gaat dit nader bezien", "komt hierop terug",
  "beraadt zich", "nog niet".

The sentence is read as word tokens in clauses (split at punctuation and at conjunctions such as
"maar", "omdat"). A cue counts only for the government: not inside a reported clause ("De raad
stelt dat …", "volgens de onderzoekers …"), not when another party is the clause's actor
("Veel gemeenten hebben … overgenomen"), not in a purpose clause ("Om deze aanbeveling uit te
voeren …"), not under a modal of obligation ("Het kabinet moet … overnemen") and not in a
question. Negation reaches a verb within its own clause part: between a verb and its particle
("neem ik niet over"), just before it ("die ik niet overneem", "wordt niet overgenomen"), or
after a verb-second verb ("onderschrijf ik niet"); a te-infinitive takes the negation of its
clause ("zie geen aanleiding om … over te nemen"). Vocabulary: `kamerstuk.patterns.stance`.
"""

from __future__ import annotations

from typing import cast

from kamerstuk.entities.sentences import split_sentences
from kamerstuk.entities.stance_clauses import Cue as _Cue
from kamerstuk.entities.stance_clauses import Sentence as _Sentence
from kamerstuk.entities.stance_clauses import appreciates_report as _appreciates_report
from kamerstuk.entities.stance_clauses import by_first_word as _by_first_word
from kamerstuk.entities.stance_clauses import in_analysis_content as _in_analysis_content
from kamerstuk.entities.stance_clauses import match_at as _match_at
from kamerstuk.entities.stance_clauses import near as _near
from kamerstuk.entities.stance_clauses import object_kind as _object_kind
from kamerstuk.entities.stance_clauses import object_noun as _object_noun
from kamerstuk.models import Stance, StanceLabel
from kamerstuk.patterns import stance as P

__all__ = [
    "agreement_kind",
    "classify_sentence",
    "classify_stance",
    "is_weak_agreement",
    "settle_passage",
    "stance_weight",
]


_HEDGES_BY_FIRST = _by_first_word(P.HEDGES, lambda h: h)
_ADOPT_PHRASES_BY_FIRST = _by_first_word(P.ADOPT_PHRASES, lambda p: p[1])
_IN_LINE_WITH_BY_FIRST = _by_first_word(P.IN_LINE_WITH, lambda p: p)

# The words at which each cue finder of `_Reader` can find a cue: every branch of its loop tests the
# word at `i` against one of these first (or, in `hedges`, also takes a number in digits), so the
# finder skips all other words at once. Keep them in step with the branches.
_HEDGE_WORDS = (
    frozenset(_HEDGES_BY_FIRST)
    | P.NUMBERS
    | {"er", P.RESTRICTED_PARTICLE}
    | P.RESTRICTIVE
    | P.SOME
    | P.LIMIT_VERBS
    | P.LESS
)
_REJECTION_WORDS = (
    frozenset({"geen", "niet", P.TE_VER[0], P.VERDER_DAN[0], P.NAAST, P.RUSTEN, "wind", "afgezien"})
    | P.ONTRADEN
    | P.NEGATIVE_ADJECTIVES
    | P.KIEZEN
    | {"doe", "doen", "doet"}
    | {P.VAST, P.ANDERS, P.ZITTEN}
    | P.TASK_NOUNS
    | P.TOEVOEGEN
    | P.PASSEN
    | P.HANDHAVEN
    | P.VASTHOUDEN
    | P.BLIJVEN
    | P.PLAN_AUX
    | P.PASSIVE_AUX
    | P.NOT_ADJECTIVES
)
# Rejections by an evaluative adjective ("niet nodig", "onwenselijk"): see `EVALUATIVE_NEGATIVES`.
_EVALUATIVE = P.NOT_ADJECTIVES | P.EVALUATIVE_NEGATIVES
_AGREEMENT_WORDS = (
    frozenset(P.AGREE_VERBS)
    | P.VOLGEN
    | P.JUDGE_VERBS
    | P.ZIEN
    | {"eens"}
    | P.REFLEXIVE
    | P.GIVE_EFFECT
    | P.ADAPTED
    | frozenset(_ADOPT_PHRASES_BY_FIRST)
    | frozenset(_IN_LINE_WITH_BY_FIRST)
    | P.FUNDED
    | frozenset(P.FUNDING_PARTICLES)
    | P.OPNEMEN
    | {"op"}
)
_ALREADY_WORDS = P.ALREADY | P.POLICY_ADJECTIVES | {P.BEZIG, P.SINCE} | P.COMPLETED
_NOTED_WORDS = (
    P.KENNIS_FUSED
    | {"kennis", P.ADDRESSED, "overweging", "rekening"}
    | P.BETREKKEN
    | P.DEFER_VERBS
    | P.STANDPOINT
    | P.INFORM
    | P.KIJKEN
    | P.VOORUIT
    | {P.CABINET}
    | P.STUDY_NOUNS
    | {P.GESPREK}
    | P.DECIDE_WHETHER
)


def _plan_noun(word: str) -> bool:
    """ "actieplan", "wetsvoorstel", "Gemeentewet", "Zorgakkoord": a plan or law of the government."""
    return word in P.PLAN_NOUNS or word.endswith(P.PLAN_SUFFIXES)


class _Reader:
    """Finds the cues of one sentence and decides its label."""

    def __init__(self, text: str) -> None:
        self.s = _Sentence.read(text)
        self.cues: list[_Cue] = []
        self.consumed: set[int] = set()  # words that belong to a hedge or rejection phrase
        self.negators: list[list[int]] = []  # per clause: its first free negator, if any

    # --- cue finders ---------------------------------------------------------------------

    def hedges(self) -> None:
        s = self.s
        for i in range(len(s.words) - 1):
            if (s.words[i], s.words[i + 1]) in P.IN_PRINCIPLE and any(
                s.words[k] in P.BUT and s.clause[k] > s.clause[i] for k in range(i + 2, len(s.words))
            ):
                # "… steun ik in beginsel, maar in de praktijk is zij lastig": agreed in principle only
                self.cues.append(_Cue("P", "in beginsel, maar", i, i + 1))
                break
        for i, w in enumerate(s.words):
            if (
                w in P.APPEALS
                and s.words[i + 1 : i + 2]
                and s.words[i + 1] in P.APPEAL_READERS | {"het"}
                and s.in_clause(i, P.APPEAL_READERS)
                and s.in_clause(i, {"aan"})
                and any(s.words[k] in P.BUT and s.clause[k] > s.clause[i] for k in range(i + 2, len(s.words)))
            ):
                # "Een persoonlijk budget voor iedere leraar spreekt mij aan, maar een volledig individueel
                # budget zou …": the idea agreed with, a reservation made (what the passage goes on to
                # do decides: see `settle_passage`)
                self.cues.append(_Cue("W", P.APPEAL_CUE, i, i, aim=True))
                break
        for i, w in enumerate(s.words):
            if (
                w in P.LIMIT_VERBS
                and s.in_clause(i, P.LIMIT_TO)
                and (s.in_clause(i, P.FIRST_PERSON_SUBJECTS) or s.in_clause(i, {"kabinet"}))
            ):
                # "De tweede aanbeveling onderschrijf ik, maar ik beperk haar tot de groep …": a part
                self.cues.append(_Cue("P", "beperkt tot", i, i))
                continue
            if w in P.LESS and (k := self._than_recommended(i)) is not None:
                # "Het kabinet trekt minder geld uit dan de commissie adviseerde": a part
                self.cues.append(_Cue("P", "minder dan aanbevolen", i, k))
                self.cues.append(_Cue("A", "minder dan aanbevolen", i, k))  # what is given is adopted
                continue
            if (
                w == P.RESTRICTED_PARTICLE
                and s.words[i + 1 : i + 2] == [P.RESTRICTED_FOR]
                and s.clause[i + 1] == s.clause[i]
                and s.words[i + 2 : i + 3] != ["zover"]
                and s.in_clause(i, P.RESTRICTED_STEMS)
            ):
                # "Ik neem de aanbeveling daarom over voor gezinnen met kinderen": for some only
                self.cues.append(_Cue("P", "over voor", i, i + 1))
                continue
            if (
                w == P.KERN
                and s.words[i + 1 : i + 2] == ["van"]
                and any(x in P.RECOMMENDATION_NOUNS for x in s.words[i + 2 : i + 4])
                and s.in_clause(i, P.REALISED)
            ):
                # "Zo wordt de kern van deze aanbeveling gerealiseerd": its core, not all of it
                self.cues.append(_Cue("P", "de kern van de aanbeveling", i, i))
                self.cues.append(_Cue("A", "kern gerealiseerd", i, i))
                continue
            if (
                w in P.RESTRICTIVE
                and i > 0
                and s.words[i - 1] == "maar"
                and s.words[i + 1 : i + 2]
                and s.words[i + 1] in P.RESTRICTION_LINKS
            ):
                self.cues.append(
                    _Cue("P", f"maar {w}", i - 1, i + 1)
                )  # "…, maar alleen voor verhuurders die …"
                continue
            if w not in _HEDGE_WORDS and not w.isdigit():
                continue
            for hedge in _HEDGES_BY_FIRST.get(w, ()):
                last = _match_at(s, i, hedge)
                if last is not None:
                    self.cues.append(_Cue("P", " ".join(hedge), i, last))
                    self.consumed.update(range(i, last + 1))
                    break
            else:
                if (
                    (w in P.NUMBERS or w.isdigit())
                    and s.words[i + 1 : i + 3] == ["van", "de"]
                    and i + 3 < len(s.words)
                    and (s.words[i + 3] in P.NUMBERS or s.words[i + 3].isdigit())
                ):
                    self.cues.append(_Cue("P", f"{w} van de {s.words[i + 3]}", i, i + 3))
                elif (
                    w == "er"
                    and i + 1 < len(s.words)
                    and (
                        (s.words[i + 1] in P.NUMBERS and s.words[i + 1] != "een") or s.words[i + 1] in P.SOME
                    )
                ):
                    self.cues.append(_Cue("P", f"er {s.words[i + 1]}", i, i + 1))
                elif w in P.RESTRICTIVE and self._restriction(i):
                    self.cues.append(_Cue("P", w, i, i))
                elif s.words[i] in P.SOME and any(
                    s.words[k] in P.RECOMMENDATION_NOUNS for k in range(i + 1, min(len(s.words), i + 3))
                ):
                    self.cues.append(_Cue("P", s.words[i], i, i))

    def _beyond_budget(self, i: int) -> int | None:
        """The noun of "past niet binnen het budget", "past echter niet bij de cao-afspraken" after
        "past" at `i` (what the measure does not fit; not "past niet alleen bij …")."""
        s = self.s
        _, b = s.bounds[s.clause[i]]
        within = next((j for j in range(i + 1, min(b, i + 5)) if s.words[j] in P.FIT_PREPOSITIONS), None)
        if within is None or not any(
            s.words[j] == "niet" and s.words[j + 1] not in P.NOT_NEGATING_NEXT for j in range(i + 1, within)
        ):
            return None
        return next((k for k in range(within + 1, min(b, within + 5)) if s.words[k] not in P.ARTICLES), None)

    def _conceded(self) -> None:
        """ "Wel verhoog ik het bedrag naar € 8.000": a sentence that opens on "Wel" with the government as
        the subject right after its verb concedes a part (a variant next to a rejection)."""
        s = self.s
        if len(s.words) < 4:
            return
        if s.words[0] == "wel":
            if s.words[1] in P.NOT_CONCEDING_VERBS:
                return
            subject = s.words[2]
            if subject in ("ik", "wij", "we") or (subject == "het" and s.words[3] == "kabinet"):
                self.cues.append(_Cue("A", "wel (een deel)", 0, 1))
            return
        # "Met ingang van 2026 verhoog ik de vergoeding wel naar € 75": the verb second, "ik" after it,
        # "wel" later in the same clause, no negation
        k = next((j for j in range(1, min(len(s.words), 10)) if s.words[j] in ("ik", "wij", "we")), None)
        if k is None or s.words[k - 1] in P.NOT_CONCEDING_VERBS or s.clause[k - 1] != s.clause[k]:
            return
        wel = next((j for j in range(k + 1, s.bounds[s.clause[k]][1]) if s.words[j] == "wel"), None)
        if wel is not None and not s.in_clause(k, P.NEGATORS) and s.words[wel + 1 : wel + 2] != ["degelijk"]:
            self.cues.append(_Cue("A", "wel (een deel)", k - 1, wel))

    def _than_recommended(self, i: int) -> int | None:
        """The end of "dan aanbevolen" / "dan de commissie adviseerde" after the comparative at `i`."""
        s = self.s
        _, b = s.bounds[s.clause[i]]
        for j in range(i + 1, min(b, i + 14)):
            if s.words[j] == "dan":
                for k in range(j + 1, min(b, j + 5)):
                    if s.words[k] in P.RECOMMENDED_FORMS:
                        return k
                return None
        return None

    def _restriction(self, i: int) -> bool:
        """Whether "alleen"/"slechts" at `i` restricts an adoption to some cases (see `RESTRICTIVE`)."""
        s = self.s
        if i > 0 and s.words[i - 1] in P.NEGATORS:
            return False  # "niet alleen …, maar ook"
        start, end = s.bounds[s.clause[i]]
        after = range(i + 1, end)
        return any(s.words[k] in P.RESTRICTION_LINKS for k in after) and any(
            s.words[k] in P.RESTRICTED_ADOPTION for k in range(start, end)
        )

    def rejections(self) -> None:
        s = self.s
        n = len(s.words)
        for i, w in enumerate(s.words):
            if w not in _REJECTION_WORDS:
                continue
            nxt = s.words[i + 1] if i + 1 < n else ""
            if w == "geen" and nxt in P.NO_GROUNDS:
                self.cues.append(_Cue("R", f"geen {nxt}", i, i + 1))
                self.consumed.add(i)
            elif (
                w in P.HANDHAVEN
                and (
                    k := next(
                        (
                            j
                            for j in [*range(i + 1, min(n, i + 4)), *range(max(0, i - 3), i)]
                            if s.words[j] in P.PRESENT_STATE
                        ),
                        None,
                    )
                )
                is not None
                and not s.in_clause(i, P.NEGATORS)
            ):
                # "Het kabinet handhaaft daarom de huidige grens": the change declined
                self.cues.append(_Cue("R", "handhaaft het huidige", min(i, k), max(i, k)))
            elif w in P.PASSEN and (k := self._beyond_budget(i)) is not None:
                self.cues.append(_Cue("R", "past niet binnen", i, k))
            elif w == "geen" and nxt == P.WERK and s.in_clause(i, P.MAKEN):
                self.cues.append(_Cue("R", "geen werk maken van", i, i + 1))  # "maakt er geen werk van"
                self.consumed.add(i)
            elif w == "niet":
                for k in range(i + 1, min(n, i + 3)):
                    if s.words[k] in P.NOT_ADJECTIVES:
                        self.cues.append(_Cue("R", f"niet {s.words[k]}", i, k))
                        self.consumed.add(i)
                        break
                else:
                    # "is binnen de huidige begroting niet te betalen", "niet uit te voeren"
                    act = i + 2 if nxt == "te" else i + 3 if s.words[i + 2 : i + 3] == ["te"] else n
                    if act < n and s.words[act] in P.UNFEASIBLE_ACTS:
                        self.cues.append(_Cue("R", f"niet te {s.words[act]}", i, act))
                        self.consumed.add(i)
            elif w in P.NEGATIVE_ADJECTIVES:
                if w in P.JUDGED_ONLY and not (
                    s.in_clause(i, P.JUDGE_VERBS) or (i > 0 and s.words[i - 1] in P.ZIJN)
                ):
                    continue  # "weet ik nog onvoldoende welke …": knowledge, not a verdict
                if not _in_analysis_content(s, i):
                    self.cues.append(_Cue("R", w, i, i))
            elif (w, nxt) == P.TE_VER and s.in_clause(i, P.GAAN):
                self.cues.append(_Cue("R", "gaat te ver", i, i + 1))
            elif (
                (w, nxt) == P.VERDER_DAN
                and s.in_clause(i, P.GAAN)
                and any(s.words[k] in P.BEYOND_MEASURE for k in range(i + 2, min(n, i + 4)))
                and not s.in_clause(i, P.NEGATORS)
            ):
                self.cues.append(_Cue("R", "gaat te ver", i, i + 1))  # "gaat verder dan verantwoord is"
            elif w == P.NAAST and nxt in P.REFLEXIVE and i + 2 < n and s.words[i + 2] == P.NEER:
                self.cues.append(_Cue("R", "naast zich neerleggen", i, i + 2))
            elif w == P.RUSTEN and s.in_clause(i, P.LATEN) and _object_kind(s, i, None) == "A":
                self.cues.append(_Cue("R", "laten rusten", i, i))
            elif w in P.ONTRADEN:
                self.cues.append(_Cue("R", "ontraden", i, i))
            elif (
                w in P.DOEN
                and i + 2 < n
                and s.words[i + 1] in P.FIRST_PERSON_SUBJECTS
                and s.words[i + 2] == "niet"
                and (s.words[i + 3] if i + 3 < n else "") not in P.NOT_NEGATING_NEXT  # "niet eerder dan"
            ):
                # "Rangschikken op basis van het bedrijfsplan doe ik niet": the recommended act declined
                self.cues.append(_Cue("R", "doe … niet", i, i + 2))
                self.consumed.add(i + 2)
            elif w == "wind" and s.words[max(0, i - 2) : i] == ["in", "de"] and s.in_clause(i, P.SLAAN):
                self.cues.append(_Cue("R", "in de wind slaan", i - 2, i))
            elif w == "afgezien":
                aux = s.first_in_clause(i, P.AFGEZIEN_AUX)
                if aux is not None and aux < i:  # "is hiervan afgezien", not "afgezien van de kosten"
                    self.cues.append(_Cue("R", "afzien", i, i, nonfinite=True))
            elif w in P.KIEZEN:
                other = next(
                    (
                        k
                        for k in range(i + 1, min(n, i + 5))
                        if s.words[k] in P.ANDERE and s.clause[k] == s.clause[i]
                    ),
                    None,
                )
                if other is not None:
                    self.cues.append(_Cue("R", "kiest een andere weg", i, other))
                    continue
                # "Ik kies daarom voor een normtijd van zeven werkdagen", "kiest ervoor om eerst …": a
                # choice of its own (a variant, or a first step); "Hier kies ik niet voor" is negated
                # by the clause's negation like any adoption. "eerst" or "alleen" makes it a part.
                towards = next(
                    (
                        k
                        for k in range(i + 1, min(n, i + 6))
                        if s.words[k] in P.CHOICE_TOWARDS and s.clause[k] == s.clause[i]
                    ),
                    None,
                )
                if towards is None and i > 0 and s.words[i - 1] in P.CHOICE_TOWARDS_BEFORE:
                    towards = i - 1  # "Hier kies ik niet voor", "Daarvoor kiest het kabinet"
                _, clause_end = s.bounds[s.clause[i]]
                negated_after = towards is not None and any(
                    s.words[k] in P.NEGATORS for k in range(max(i, towards) + 1, clause_end)
                )  # "kiest ervoor de aanbeveling niet uit te voeren": the verb after it decides
                a_, b_ = s.bounds[s.clause[i]]
                left = any(
                    s.words[k] in P.LEFT_AS_IS and s.words[k + 1 : k + 3] in (["te", "laten"], ["laten"])
                    for k in range(a_, b_)
                )  # "kiest ervoor de tarieven vrij te laten"
                if towards is not None and not negated_after and (s.in_clause(i, P.KEEP_AS_IS) or left):
                    # "Het kabinet kiest ervoor de drempel te handhaven": the change is declined
                    self.cues.append(_Cue("R", "kiest voor handhaven", min(i, towards), max(i, towards)))
                    continue
                if (
                    towards is not None
                    and not negated_after
                    and s.in_clause(i, P.FIRST_STEP)
                    and any(w2 in P.INQUIRY for w2 in s.words[i:])
                ):
                    # "Ik kies ervoor om eerst de inspectie te vragen dit in kaart te brengen": deferred
                    self.cues.append(_Cue("N", "eerst onderzoeken", min(i, towards), max(i, towards)))
                    continue
                if towards is not None and not negated_after:
                    self.cues.append(_Cue("A", "kiezen voor", min(i, towards), max(i, towards)))
                    if s.in_clause(i, P.FIRST_STEP) or s.in_clause(i, P.RESTRICTIVE):
                        # "kies ervoor om eerst …", "kies er daarom voor alleen de verdagingstermijn …"
                        self.cues.append(_Cue("P", "kiest eerst", i, i))
            elif (w == P.VAST and s.in_clause(i, P.HOUDEN)) or w in P.VASTHOUDEN:
                a, _ = s.bounds[s.clause[i]]
                held = nxt in P.VAST_AAN or s.words[a] in P.VAST_AAN or s.in_clause(i, P.VAST_AAN_PRONOUNS)
                if held and s.in_clause(i, P.PLAN_SUBJECTS) and not s.in_clause(i, P.NEGATORS):
                    # "Aan de huidige premiesystematiek houd ik vast": the change is declined
                    # (not "Een gezonde bodem houdt stikstof vast en draagt bij aan …")
                    self.cues.append(_Cue("R", "vasthouden aan", i, i))
            elif w == P.ANDERS:
                verb = s.first_in_clause(i, P.VIEW_VERBS)
                if verb is not None and verb < i and not s.in_clause(i, P.NEGATORS):
                    # "Over de tarieven denkt het kabinet anders dan het bureau"
                    self.cues.append(_Cue("R", "denkt er anders over", verb, verb))
            elif (
                w in P.TASK_NOUNS
                # ("zie ik niet als een taak …": "als" opens a clause part, the negation stands before it)
                and (s.in_clause(i, P.NEGATORS) or any(x in P.NEGATORS for x in s.words[max(0, i - 4) : i]))
                and (w == "overheidstaak" or any(x in P.TASK_OF for x in s.words[i + 1 : i + 4]))
            ):
                self.cues.append(
                    _Cue("R", "geen taak van de overheid", i, i)
                )  # "zie ik niet als een taak van de overheid"
            elif w in P.TOEVOEGEN and s.in_clause(i, {"toe"}) and s.in_clause(i, P.LITTLE):
                self.cues.append(_Cue("R", "voegt weinig toe", i, i))  # "voegt … weinig toe aan …"
            elif w == P.ZITTEN and s.in_clause(i, P.ZIEN) and s.in_clause(i, P.NEGATORS):
                self.cues.append(_Cue("R", "ziet niet zitten", i, i))  # "zie ik niet zitten"
            elif w in P.BLIJVEN:
                self._kept_as_is(i)
            elif w in P.PLAN_AUX:
                self._declined_plan(i)
            elif w in P.PASSIVE_AUX:
                self._declined_passive(i)
            elif w in P.NOT_ADJECTIVES and s.in_clause(i, P.JUDGE_VERBS):
                # "Niet alle onderdelen van dit advies acht ik uitvoerbaar": the hedge took the
                # "niet"; with it, the judgement rejects a part (read as partly_adopted)
                a, _ = s.bounds[s.clause[i]]
                if any(s.words[k] == "niet" and k in self.consumed for k in range(a, i)):
                    self.cues.append(_Cue("R", f"niet {w}", i, i))

    def _kept_as_is(self, i: int) -> None:
        """ "De huidige leeftijdsgrens blijft bestaan", "blijft gehandhaafd": the change declined
        (see `UNCHANGED`), unless a problem is what remains or the clause is negated."""
        s = self.s
        n = len(s.words)
        a, b = s.bounds[s.clause[i]]
        # ("De herbeoordeling blijft daarom voor alle werknemers bestaan": an adverb and a scope between)
        k = next((k for k in range(i + 1, min(b, i + 8)) if s.words[k] in P.UNCHANGED), None)
        if k is None or (s.words[k] == "stand" and s.words[k - 1] != "in"):
            return
        if s.words[k] == "kracht" and s.words[k - 1] != "van":
            return
        if s.in_clause(i, P.NEGATORS) or any(s.words[j] in P.PROBLEM_NOUNS for j in range(a, min(n, b))):
            return
        self.cues.append(_Cue("R", "blijft bestaan", i, k))

    def _declined_plan(self, i: int) -> None:
        """ "Een verplichte registratie ga ik niet invoeren", "Het kabinet zal geen heffing instellen":
        a plan of the government negated (see `PLAN_AUX`)."""
        s = self.s
        a, b = s.bounds[s.clause[i]]
        if not s.in_clause(i, P.PLAN_SUBJECTS) or b - a < 3:
            return
        last = b - 1
        act = s.words[last]
        passive = "worden" in s.words[i:last] and bool(P.PARTICIPLE.fullmatch(act))
        infinitive = act.endswith("en") and len(act) > 4 and s.words[last - 1] != "te"
        if not (passive or infinitive) or act in P.NOT_DECLINED_ACTS or act in P.INFORM:
            return
        before = s.words[last - 1]
        if before in P.PLAN_NP_DETERMINERS or (
            before.endswith("e") and s.words[last - 2] in P.PLAN_NP_DETERMINERS
        ):
            return  # "… niet in op de financiële gevolgen": a noun phrase, no act
        if any(s.words[k] in P.PLAN_BREAKS for k in range(i + 1, last)):
            return  # "Ik ga ervoor zorgen dat gemeenten geen kosten maken"
        neg = next((k for k in range(a, last) if self.free_negator(k)), None)
        if neg is None or (neg > 0 and s.words[neg - 1] == "nog"):
            return  # "Ik zal nog niet …" defers
        self.cues.append(_Cue("R", "zal niet", min(i, neg), last))

    def declined_acts(self) -> None:
        """ "Een apart fonds richt ik niet op", "Een recht op plaatsing voer ik daarom niet in": the
        object in front, then the government's finite verb and subject, and a clause ending in
        "niet" (and the verb's particle, or an infinitive after "laten"): the act declined (see
        `DECLINED_ACT_ADVERBS`). "Dat beeld deel ik niet" declines nothing (`NOT_DECLINING_VERBS`)."""
        s = self.s
        for a, b in s.bounds:
            last = b - 1
            tail = s.words[last - 1 : last + 1] if last - 1 > a else []
            if (
                len(tail) == 2
                and tail[0] in P.DECLINED_ACT_PREPOSITIONS
                and tail[1] in P.DECLINED_ACT_PARTICLES
            ):
                neg = last - 2  # "voeg ik daar niet aan toe": the preposition of "daar", then the particle
            else:
                neg = last if s.words[last] == "niet" else last - 1
                if neg < last and not (
                    s.words[last] in P.DECLINED_ACT_PARTICLES
                    or (s.words[last].endswith("en") and P.LATEN.intersection(s.words[a:neg]))
                ):
                    continue
            if neg <= a or s.words[neg] != "niet" or not self.free_negator(neg):
                continue
            k = neg - 1
            while k > a and s.words[k] in P.DECLINED_ACT_ADVERBS:
                k -= 1
            if s.words[k] == "kabinet" and k - 1 > a and s.words[k - 1] == "het":
                k -= 1
            elif s.words[k] not in P.FIRST_PERSON_SUBJECTS:
                continue
            verb = k - 1
            if verb < a or verb == 0 or s.words[verb] in P.NOT_DECLINING_VERBS:
                continue  # (the verb first in the sentence: a question or a command)
            if verb > a and s.words[verb - 1] in P.SUBCLAUSE_START | P.CONDITIONALS:
                continue
            # (the negator stays free: an adoption verb in the clause, "voer … niet in", reads it too)
            self.cues.append(_Cue("R", "… niet (handeling)", verb, last))

    def _declined_passive(self, i: int) -> None:
        """ "Een meldplicht wordt niet ingevoerd", "Zo wordt niet wettelijk vastgelegd dat …": a measure
        declined in the passive present (see `DECLINED_PASSIVE_ACTS`); "nog niet" defers."""
        s = self.s
        a, b = s.bounds[s.clause[i]]
        last = next((k for k in range(i + 1, b) if s.words[k] in P.DECLINED_PASSIVE_ACTS), None)
        if last is None or any(s.words[k] in P.PLAN_BREAKS for k in range(i + 1, last)):
            return
        neg = next((k for k in range(a, last) if self.free_negator(k)), None)
        if neg is None or (neg > 0 and s.words[neg - 1] == "nog"):
            return
        self.cues.append(_Cue("R", "wordt niet ingevoerd", min(i, neg), last))
        self.consumed.add(neg)

    def separable(self) -> None:
        s = self.s
        n = len(s.words)
        present = set(s.words)
        for name, kind, stems, particle, fused, follow in P.SEPARABLE:
            if particle not in present and present.isdisjoint(stems) and present.isdisjoint(fused):
                continue  # every branch below starts at one of these words
            for i, w in enumerate(s.words):
                nxt = s.words[i + 1] if i + 1 < n else ""
                if w in fused:
                    if follow and follow not in s.words[i + 1 : i + 3]:
                        continue
                    self._separable_cue(name, kind, i, i, nonfinite=w.endswith("en") or "ge" in w[:6])
                elif w == particle and nxt == "te" and i + 2 < n and s.words[i + 2] == P.TE_INFINITIVE[name]:
                    if follow and follow not in s.words[i + 3 : i + 5]:
                        continue
                    self._separable_cue(name, kind, i, i + 2, nonfinite=True, te=True)
                elif w in stems:
                    if w.endswith("en") and i > 0 and s.words[i - 1] in ("het", "dit", "dat"):
                        continue  # "Over het volgen van de effecten merk ik … op": a noun
                    _, end = s.bounds[s.clause[i]]
                    for j in range(i + 1, min(end, i + 16)):
                        if s.words[j] != particle:
                            continue
                        # the word after the particle, in its clause ("neem ik deels over: een …")
                        after = s.words[j + 1] if j + 1 < n and s.clause[j + 1] == s.clause[j] else ""
                        if follow:
                            # the preposition fronted: "Tot het instellen van een eigen fonds … ga ik niet over"
                            fronted = s.words[0] == follow and not after
                            # or a pronominal adverb in its clause: "daarvan zie ik voorlopig af"
                            a, _ = s.bounds[s.clause[i]]
                            fronted = fronted or not set(s.words[a:j]).isdisjoint(
                                P.PRONOMINAL_PREPOSITIONS.get(follow, ())
                            )
                            if after != follow and not fronted:
                                continue
                        elif (after in P.PREPOSITION_FOLLOWERS or after == "te") and not self._relative_after(
                            j
                        ):
                            continue
                        elif (
                            after
                            and s.words[j - 1] in P.RECOMMENDATION_NOUNS
                            and after not in P.PARTICLE_FOLLOWERS
                            and not self._relative_after(j)
                        ):
                            continue  # "de aanbeveling over gekwalificeerde meerderheid": a preposition
                        self._separable_cue(name, kind, i, j)
                        break

    def _relative_after(self, j: int) -> bool:
        """Whether a relative clause opens after the particle at `j`: "volgt alle aanbevelingen op die de
        raad heeft gedaan" (not the preposition of "op die manier", "op dat punt")."""
        s = self.s
        return (
            s.words[j - 1] in P.RECOMMENDATION_NOUNS
            and s.words[j + 1 : j + 2] in (["die"], ["dat"], ["welke"])
            and s.words[j + 2 : j + 3] != []
            and s.words[j + 2] in P.CLAUSE_SUBJECT_STARTS
        )

    def _separable_cue(self, name: str, kind: str, first: int, last: int, *, nonfinite: bool = False,
                       te: bool = False) -> None:  # fmt: skip
        s = self.s
        if name in P.NEEDS_RECOMMENDATION and _object_kind(s, first, None) != "A":
            return
        if name == "invoeren" and te:
            return  # "zijn advies om een referendum in te voeren": what is advised, not introduced
        if name == "terugkomen" and (s.in_clause(first, P.FORWARD) or s.in_clause(first, {"later"})):
            return  # "Op de derde aanbeveling kom ik later in deze brief terug": a pointer, no stance
        self.cues.append(_Cue(kind, name, first, last, nonfinite=nonfinite, te_infinitive=te))

    def agreement(self) -> None:
        s = self.s
        n = len(s.words)
        for i, w in enumerate(s.words):
            if w not in _AGREEMENT_WORDS:
                continue
            if w in P.AGREE_VERBS:
                if w == "deel" and (
                    (i > 0 and s.words[i - 1] in P.DEEL_AS_NOUN_BEFORE)
                    or (i + 1 < n and s.words[i + 1] == "van")
                ):
                    continue  # "een belangrijk deel van de aanbevelingen": a noun
                if _appreciates_report(s, i):
                    continue  # "erkent het belang van het onderzoek": courtesy to the report
                lemma, mode = P.AGREE_VERBS[w]
                reflexive = any(s.words[k] in P.REFLEXIVE for k in range(i + 1, min(n, i + 3)))
                default = "A" if mode == "A" else ("W" if reflexive and mode == "D" else None)
                kind = _object_kind(s, i, default)
                if mode == "D" and kind == "A" and lemma != "delen":
                    kind = "W"
                if lemma in P.RECOGNISE and kind == "W" and not reflexive:
                    kind = "N"  # "herkent het beeld": acknowledged, not adopted
                if kind:
                    aim = kind == "W" and _object_noun(s, i) in P.AIM_NOUNS
                    self.cues.append(_Cue(kind, lemma, i, i, nonfinite=w.endswith(("en", "d")), aim=aim))
            elif w in P.VOLGEN and self._follows_recommendation(i):
                if any(
                    s.words[k] in P.ALREADY and s.clause[k] == s.clause[i]
                    for k in range(i + 1, min(n, i + 4))
                ):
                    # "Het advies … volgt het kabinet al": followed already, not a new step
                    self.cues.append(_Cue("L", "volgt al", i, i))
                else:
                    self.cues.append(_Cue("A", "volgen", i, i, nonfinite=w.endswith("en")))
            elif w in P.ADAPTED and self._adapted_in_response(i):
                self.cues.append(_Cue("A", "aangepast naar aanleiding", i, i))
            elif w in P.JUDGE_VERBS and self._good_judgement(i):
                self.cues.append(_Cue("A", f"{w} goed", i, i))
            elif w in P.ZIEN and any(s.words[k] in P.SEEN_POINT for k in range(i + 1, min(n, i + 4))):
                self.cues.append(_Cue("W", "het belang zien", i, i))
            elif w in P.ZIEN and (support := self._seen_as_support(i)) is not None:
                self.cues.append(support)
            elif w == "eens" and s.in_clause(i, P.ZIJN) and s.in_clause(i, {"het"}):
                self.cues.append(_Cue(_object_kind(s, i, "A") or "A", "het eens zijn", i, i))
            elif w in P.REFLEXIVE:
                for k in range(i + 1, min(n, i + 4)):
                    if s.words[k] in P.VINDEN and "in" in s.words[k + 1 : k + 4]:
                        self.cues.append(_Cue(_object_kind(s, k, "A") or "A", "zich vinden in", i, k))
                        break
                    if s.words[k] == "aan" and s.words[i - 1 : i] and s.words[i - 1] in P.AANSLUITEN:
                        self.cues.append(
                            _Cue(_object_kind(s, k, "A") or "A", "zich aansluiten bij", i - 1, k)
                        )
                        break
            elif (
                w in P.GIVEN_DONE
                and s.in_clause(i, {P.GIVEN})
                and s.in_clause(i, P.PERFECT_AUXILIARIES)
                and not s.in_clause(i, P.FUTURE)
                and s.in_clause(i, P.GEVEN)
            ):
                # "Met het steunpunt is aan deze aanbeveling volledig uitvoering gegeven": done already
                self.cues.append(_Cue("L", f"{w} gegeven", i, i))
            elif (w in P.OPNEMEN or (w == "op" and s.in_clause(i, P.OPNEMEN_STEMS))) and self._into_plan(i):
                # "De aanbeveling is opgenomen in het actieplan"; negated: "niet in het actieplan opgenomen"
                self.cues.append(_Cue("A", P.INTO_PLAN_CUE, i, i, nonfinite=w != "op"))
            elif (w in P.FUNDED or w in P.FUNDING_PARTICLES) and self._funds_it(i):
                self.cues.append(_Cue("A", "trekt geld uit", i, i))
            elif (
                w in P.GIVE_EFFECT
                and s.in_clause(i, P.GEVEN)
                and s.in_clause(i, {"aan", "hieraan", "daaraan"})
            ) and (_object_kind(s, i, None) == "A" or s.in_clause(i, {"hieraan", "daaraan", "hier", "daar"})):
                self.cues.append(_Cue("A", f"{w} geven aan", i, i))
            for phrase_name, seq in _ADOPT_PHRASES_BY_FIRST.get(w, ()):
                last = _match_at(s, i, seq)
                if last is not None:
                    if phrase_name in P.PHRASES_NEEDING_RECOMMENDATION and _object_kind(s, i, None) != "A":
                        break
                    self.cues.append(_Cue("A", phrase_name, i, last))
                    break
            for seq in _IN_LINE_WITH_BY_FIRST.get(w, ()):
                last = _match_at(s, i, seq)
                if last is None:
                    continue
                for k in range(last + 1, min(n, last + 6)):
                    if s.words[k] in P.POLICY_ADJECTIVES or s.words[k] in P.POLICY_NOUNS:
                        break
                    if s.words[k] in P.RECOMMENDATION_NOUNS:
                        self.cues.append(_Cue("A", " ".join(seq), i, k))
                        break

    def _into_plan(self, i: int) -> bool:
        """Whether "opnemen" at `i` takes the recommendation into a plan (see `PLAN_NOUNS`)."""
        s = self.s
        a, b = s.bounds[s.clause[i]]
        into = any(
            # ("in de bestuurlijke afspraken": an adjective between)
            s.words[k] == "in" and any(_plan_noun(w) for w in s.words[k + 1 : k + 4])
            for k in range(a, b)
        )
        if not into:
            return False
        # (or a pronoun for what is asked, the government its subject: "Ik zal dat opnemen in de
        # bestuurlijke afspraken …")
        # (a pronoun, not a determiner: "Ik neem die gegevens op …" takes up data, not the advice)
        pronoun = any(
            s.words[k] in P.OBJECT_PRONOUNS
            and s.words[k + 1 : k + 2]
            and s.words[k + 1] in P.AFTER_OBJECT_PRONOUN
            for k in range(a, b)
        )
        return _object_kind(s, i, None) == "A" or (pronoun and s.in_clause(i, P.FIRST_PERSON_SUBJECTS))

    def _funds_it(self, i: int) -> bool:
        """ "Het kabinet trekt hiervoor € 4 miljoen uit", "Daarvoor is € 2 miljoen gereserveerd":
        money named and set aside for what is asked (see `FOR_IT`)."""
        s = self.s
        if not (s.in_clause(i, P.FOR_IT) and s.in_clause(i, P.MONEY)):
            return False
        stems = P.FUNDING_PARTICLES.get(s.words[i])
        if stems is None:
            return True
        a, _ = s.bounds[s.clause[i]]
        return any(s.words[k] in stems for k in range(a, i))

    def _seen_as_support(self, i: int) -> _Cue | None:
        """ "ziet het rapport als een aanmoediging om …" (adopted), "zie ik als ondersteuning van het
        ingezette beleid" (already in place): see `SEEN_AS_SUPPORT`."""
        s = self.s
        # "als" opens a clause of its own (it is also "if"): look on into the next clause
        b = s.bounds[min(s.clause[i] + 1, len(s.bounds) - 1)][1]
        als = next((k for k in range(i + 1, min(b, i + 9)) if s.words[k] == "als"), None)
        if als is None:
            return None
        noun = next((k for k in range(als + 1, min(b, als + 4)) if s.words[k] in P.SEEN_AS_SUPPORT), None)
        if noun is None:
            return None
        for k in range(noun + 1, min(b - 1, noun + 7)):
            if s.words[k] in P.POLICY_ADJECTIVES and s.words[k + 1] in P.POLICY_NOUNS:
                return _Cue("L", "ondersteunt bestaand beleid", i, k + 1)
        return _Cue("A", "zien als steun", i, noun)

    def _followed_adviser(self, i: int) -> int | None:
        """Index of the adviser "volgen" at `i` takes as object ("De regering volgt de Afdeling op
        dit punt niet", see `FOLLOWED_ADVISERS`), else None."""
        s = self.s
        b = s.bounds[s.clause[i]][1]
        for k in range(i + 2, min(b, i + 5)):
            if s.words[k] in P.FOLLOWED_ADVISERS and s.words[k - 1] in {"de", "het"}:
                return k
        return None

    def _points_to_advice(self, k: int) -> bool:
        """Whether word `k` opens a pointer to the advice ("op dit punt", see `ADVICE_POINTERS`)."""
        return any(_match_at(self.s, k, seq) is not None for seq in P.ADVICE_POINTERS)

    def _adapted_in_response(self, i: int) -> bool:
        """Whether the participle at `i` says a draft was changed in response to the advice (see
        `ADAPTED`): a passive auxiliary in its clause, no negation, and "naar aanleiding" in the
        sentence or a pointer to the advice with a draft noun in the clause."""
        s = self.s
        a, b = s.bounds[s.clause[i]]
        if not any(s.words[k] in P.ADAPTED_AUX for k in range(a, i)):
            return False
        if any(s.words[k] in P.NEGATORS for k in range(a, b)):
            return False
        words = s.words
        if any(words[k] == "naar" and words[k + 1 : k + 2] == ["aanleiding"] for k in range(len(words) - 1)):
            return True
        pointed = any(_match_at(s, k, seq) is not None for k in range(a, b) for seq in P.ADVICE_POINTERS)
        return pointed and any(words[k] in P.DRAFT_NOUNS for k in range(a, b))

    def _follows_recommendation(self, i: int) -> bool:
        """Whether "volgt" at `i` takes the recommendation as object (see `VOLGEN`): in its clause, or
        fronted in the sentence's first clause when the verb opens its own ("De derde aanbeveling,
        om …, volgt het kabinet niet")."""
        s = self.s
        a, b = s.bounds[s.clause[i]]
        if any(s.words[k] in P.NOT_VOLGEN and not self._points_to_advice(k) for k in range(max(0, i - 1), b)):
            return False
        if _near(s.words, i, a, b, P.MONITORING):
            return False  # watching the course of things, not following the advice
        if _object_kind(s, i, None) == "A":
            return True
        if self._followed_adviser(i) is not None:
            return True
        if (
            s.clause[i] == 0
            and s.words[0] in P.FRONTED_OBJECT_DETERMINERS
            and any(s.words[k] in P.FIRST_PERSON_SUBJECTS for k in range(max(1, i - 3), min(b, i + 2)))
        ):
            return True  # "De wettelijke zorgplicht kan ik niet volgen": the measure fronted, we decide
        first_a, first_b = s.bounds[0]
        return (
            i == a
            and s.clause[i] > 0
            and any(s.words[k] in P.RECOMMENDATION_NOUNS for k in range(first_a, min(first_b, first_a + 4)))
        )

    def _good_judgement(self, i: int) -> bool:
        """Whether the judging verb at `i` calls something good in its clause ("vinden wij een
        goed idee", "acht ik zinvol"). A negated judgement ("acht ik niet verstandig") is left to
        the rejection cues."""
        s = self.s
        a, b = s.bounds[s.clause[i]]
        if any(s.words[k] in P.NEGATORS for k in range(a, b)):
            return False
        for k in range(max(a, i - 6), min(b, i + 6)):
            if s.words[k] in P.GOOD_JUDGEMENT:
                if s.words[k] not in P.GOOD_NEEDS_ADJECTIVE:
                    return True
                if k > a and s.words[k - 1] in P.GOOD_ADJECTIVES:
                    return True
        return False

    def already(self) -> None:
        s = self.s
        n = len(s.words)
        for i, w in enumerate(s.words):
            if w not in _ALREADY_WORDS:
                continue
            if w in P.ALREADY:
                clause_start = s.bounds[s.clause[i]][0] == i
                nxt = s.words[i + 1] if i + 1 < n and s.clause[i + 1] == s.clause[i] else ""
                prev = "" if clause_start else s.words[i - 1]
                after = s.words[i + 2] if i + 2 < n else ""
                usual = (nxt, after) == ("het", "geval") or (nxt == "de" and after in P.USUAL_NOUNS)
                if (nxt in P.ALREADY_NOT_BEFORE and not usual) or prev == "zoals":
                    continue  # "al het mogelijke", but "is al het geval"
                if w == "al" and clause_start and nxt in P.ZIJN | {"gaat", "kan", "zal", "wordt", "heeft"}:
                    continue  # "al is dat niet eenvoudig": although
                if any(s.words[k] in P.NEGATORS for k in range(max(0, i - 2), min(n, i + 3))):
                    continue  # "nog niet", "al niet meer"
                k = next((k for k in s.in_place[s.clause[i]] if k != i), None)
                if k is not None:
                    self.cues.append(_Cue("L", w, min(i, k), max(i, k)))
            elif w == P.SINCE:
                # "Centrale registratie vindt plaats sinds de invoering van het meldsysteem in 2024",
                # "Sinds 2025 volgen alle nieuwe medewerkers de training": in place (weak, like "bezig")
                nxt = s.words[i + 1] if i + 1 < n else ""
                after = s.words[i + 2] if i + 2 < n else ""
                dated = nxt.isdigit() and (len(nxt) == 4 or (len(nxt) <= 2 and after in P.SINCE_NEXT))
                if not (dated or nxt in P.SINCE_NEXT):  # "sinds 2024", "sinds 1 januari 2025", "sinds de …"
                    continue
                if s.in_clause(i, P.NEGATORS) or s.in_clause(i, P.FUTURE) or s.in_clause(i, P.SINCE_CHANGE):
                    continue  # "sinds 2020 niet meer", "zal sinds …", "is sinds 2020 gestegen": no measure in place
                self.cues.append(_Cue("L", P.SINCE, i, i + 1))
            elif w == P.BEZIG:
                if not s.in_clause(i, P.ALREADY) and s.in_clause(i, P.ZIJN) and s.in_clause(i, P.BEZIG_WITH):
                    self.cues.append(_Cue("L", P.BEZIG, i, i))  # weak: an adoption beside it wins
            elif w in P.COMPLETED:
                aux = s.first_in_clause(i, P.PERFECT_AUX)
                if (
                    aux is not None
                    and aux < i
                    and not any(s.words[k] in P.NOT_YET_DONE or s.words[k] in P.FUTURE for k in range(aux, i))
                ):
                    self.cues.append(_Cue("L", "is " + w, aux, i))
            elif w in P.POLICY_ADJECTIVES:
                for k in range(i + 1, min(n, i + 3)):
                    if s.words[k] not in P.POLICY_NOUNS:
                        continue
                    links = s.firsts[s.clause[i]]
                    linked = any(w2 in links and links[w2] not in (i, k) for w2 in P.POLICY_LINKS)
                    a, _ = s.bounds[s.clause[i]]
                    negated = next((j for j in range(a, i) if self.free_negator(j)), None)
                    if linked and negated is not None:
                        # "Een landelijke taakstelling past niet binnen het huidige beleid": rejected
                        self.cues.append(_Cue("R", "past niet binnen", negated, k))
                        self.consumed.add(negated)
                    elif any(
                        c.kind == "R" and c.name in P.KEEPING_CUES and s.clause[c.first] == s.clause[i]
                        for c in self.cues
                    ):
                        pass  # "Ik houd vast aan de huidige aanpak": what is kept, the change declined
                    elif w == "staand" or linked:
                        self.cues.append(_Cue("L", f"{w} {s.words[k]}", i, k))
                    break

    def noted(self) -> None:
        s = self.s
        n = len(s.words)
        for i, w in enumerate(s.words):
            if w not in _NOTED_WORDS:
                continue
            if (w in P.KENNIS_FUSED or w == "kennis") and self._courtesy(i):
                continue  # "met belangstelling kennisgenomen van het rapport": the opening courtesy
            if w in P.KENNIS_FUSED:
                self.cues.append(_Cue("N", "kennisnemen", i, i))
            elif w == "kennis" and s.in_clause(i, P.NEMEN):
                verb = s.first_in_clause(i, P.NEMEN - {"te"})
                verb = i if verb is None else verb
                self.cues.append(_Cue("N", "kennisnemen", min(i, verb), max(i, verb)))
            elif (
                w in P.BETREKKEN
                and "bij" not in s.words[i + 1 : i + 12]
                and (adverb := s.first_in_clause(i, P.BIJ_ADVERBS)) is not None
                and adverb < i
                and _object_kind(s, i, None) in ("A", "W")
            ):  # "Daarbij betrek ik ook het advies van de raad", "Hierbij wordt de aanbeveling betrokken"
                self.cues.append(_Cue("N", "betrekken bij", i, i, nonfinite=w.endswith("en")))
            elif w in P.BETREKKEN and "bij" in s.words[i + 1 : i + 12]:
                if w == "betrokken" and not (
                    s.in_clause(i, P.BETROKKEN_AUX)
                    and (i == 0 or s.words[i - 1] not in P.PREPOSITION_FOLLOWERS)
                ):
                    continue
                self.cues.append(_Cue("N", "betrekken bij", i, i, nonfinite=w.endswith("en")))
            elif w in P.KIJKEN:
                if s.in_clause(i, P.NAAR_WORDS) and (
                    s.in_clause(i, P.GOVERNMENT) or s.in_clause(i, P.FUTURE)
                ):
                    self.cues.append(_Cue("N", "kijken naar", i, i, nonfinite=w.endswith("en")))
            elif w in P.WEGEN and not s.in_clause(i, {"af"}):
                continue  # "weegt zwaar mee": no deferral
            elif w in P.DEFER_VERBS and (s.in_clause(i, P.GOVERNMENT) or s.in_clause(i, P.FUTURE)):
                self.cues.append(_Cue("N", w, i, i, nonfinite=w.endswith("en")))
            elif w == P.ADDRESSED and self._addressed_to_other(i):
                self.cues.append(_Cue("N", "gericht aan een ander", i, i))
            elif w == "overweging" and i > 0 and s.words[i - 1] in ("in", "ter"):
                self.cues.append(_Cue("N", "in overweging", i - 1, i))
            elif (
                w == "rekening"
                and s.in_clause(i, P.HOUDEN)
                and "met" in s.words[i + 1 : i + 3]
                and (_object_kind(s, i, None) == "A" or s.in_clause(i, {"hiermee", "daarmee"}))
            ):  # "houdt rekening met de aanbeveling", not "een plan dat rekening houdt met droogte"
                self.cues.append(_Cue("N", "rekening houden met", i, i))
            elif (
                w in P.STANDPOINT
                and (s.in_clause(i, {"nog", "komt", "kom", "komen", "later"}) or s.in_clause(i, P.FUTURE))
                and not (w == "besluit" and i + 1 < n and s.words[i + 1] in P.RECOMMENDATION_NOUNS)
            ):
                first = i - 2 if i >= 2 and s.words[i - 2 : i] == ["nog", "geen"] else i
                self.cues.append(
                    _Cue("N", "nog geen standpunt" if first < i else "standpunt volgt", first, i)
                )
                self.consumed.update(range(first, i))
            elif w in P.INFORM and s.in_clause(i, {"nader"}):
                self.cues.append(_Cue("N", "nader informeren", i, i))
            elif w in P.VOORUIT and s.in_clause(i, P.VOORUIT_OP) and s.in_clause(i, P.NEGATORS):
                if w != "vooruit" or s.in_clause(i, {"loop", "loopt", "lopen"}):
                    self.cues.append(_Cue("N", "niet vooruitlopen", i, i))  # "wil niet vooruitlopen op …"
            elif (
                w in P.DECIDE_WHETHER
                and "of" in s.words[i + 1 : i + 4]
                and s.in_clause(i, P.FIRST_PERSON_SUBJECTS | {"kabinet"})
            ):
                self.cues.append(_Cue("N", "besluit later of", i, i))  # "Op basis daarvan besluit ik of …"
            elif w == P.GESPREK and i > 0 and s.words[i - 1] == "in" and s.in_clause(i, P.GAAN):
                self.cues.append(_Cue("N", "in gesprek gaan", i, i))  # "ga ik eerst in gesprek met de sector"
            elif w == P.CABINET and i >= 3 and s.words[i - 1] in P.NEXT and s.words[i - 3] == "aan":
                # "laat het besluit over aan een volgend kabinet", "zal aan het volgende kabinet worden overgelaten"
                self.cues.append(_Cue("N", "aan een volgend kabinet", i - 3, i))
            elif (
                w in P.STUDY_NOUNS
                and i > 0
                and s.words[i - 1] in P.NADER
                and s.in_clause(i, P.REQUIRES)
                and s.in_clause(i, P.RECOMMENDATION_NOUNS | P.GOVERNMENT | P.STUDIED_REFERENTS)
            ):
                self.cues.append(_Cue("N", "vergt nader onderzoek", i - 1, i))  # "vergen nader onderzoek"

    def _courtesy(self, i: int) -> bool:
        """Whether the "kennis" word at `i` is taken "met belangstelling / waardering" (see `COURTESY`)."""
        s = self.s
        met = s.first_in_clause(i, {"met"})
        return met is not None and any(s.words[k] in P.COURTESY for k in range(met + 1, min(i, met + 4)))

    def _addressed_to_other(self, i: int) -> bool:
        """Whether "gericht" at `i` addresses the recommendation to a party outside government:
        "gericht aan de LMS", "aan de VNG gericht" (see `ADDRESSED`)."""
        s = self.s
        a, b = s.bounds[s.clause[i]]
        for k in list(range(i + 1, min(b, i + 3))) + list(range(i - 1, max(a, i - 6) - 1, -1)):
            if s.words[k] in P.ADDRESSED_TO:
                if any(s.words[j] in P.ADDRESSEE_GOVERNMENT for j in range(k + 1, min(len(s.words), k + 14))):
                    return False  # "gericht aan het bedrijfsleven … en aan politiek en bestuur"
                party = [w for w in s.words[k + 1 : min(b, k + 4)] if w not in ("de", "het")]
                return (
                    bool(party)
                    and party[0] not in P.GOVERNMENT
                    and party[0] not in P.ADDRESSED_TO
                    and party[0] not in P.RELATIVE_PERSONS  # "de minister aan wie de aanbeveling is gericht"
                )
        return False

    # --- scope ---------------------------------------------------------------------------

    def free_negator(self, k: int) -> bool:
        s = self.s
        if k in self.consumed or s.words[k] not in P.NEGATORS:
            return False
        return not (k + 1 < len(s.words) and s.words[k + 1] in P.NOT_NEGATING_NEXT)

    def negation_of(self, cue: _Cue) -> int | None:
        """The word index of the negator that reaches `cue`, or None."""
        s = self.s
        a, b = s.bounds[s.clause[cue.first]]
        if cue.te_infinitive:
            negators = self.negators[s.clause[cue.first]]
            return negators[0] if negators and negators[0] < cue.first else None
        for k in range(cue.first + 1, cue.last):
            if self.free_negator(k):
                return k
        for k in range(cue.first - 1, max(a, cue.first - 6) - 1, -1):
            if s.words[k] in P.COORDINATORS:
                break
            if self.free_negator(k):
                return k
        if cue.first == cue.last and not cue.nonfinite:  # verb-second: "onderschrijf ik niet"
            for k in range(cue.last + 1, min(b, cue.last + 13)):
                if s.words[k] in P.COORDINATORS or s.words[k] in {
                    "dat",
                    "die",
                    "om",
                    "waarin",
                    "waarbij",
                    "wat",
                }:
                    break
                if self.free_negator(k):
                    return k
        return None

    def is_government(self, cue: _Cue, status: list[str]) -> bool:
        """Is `cue` the government's? Not in a reported clause; else the actor next to it decides:
        right after a verb-second verb ("neemt het kabinet"), else the nearest before it in its
        clause ("dat gemeenten de aanbeveling overnemen"), else the clause's own or inherited actor."""
        s = self.s
        c = s.clause[cue.first]
        if status[c] == "frame" and cue.name != "minder dan aanbevolen":
            return False  # (the adviser of "minder … dan de commissie adviseerde" is inside the comparison)
        if cue.kind == "P":
            return True  # a hedge qualifies whatever stance the sentence takes; it has no actor
        if cue.kind == "L" and any(s.words[k] in ("dit", "dat") for k in range(*s.bounds[c])):
            # "Zorgverzekeraars doen dit al": what is asked ("dit") is in place, whoever does it
            # (not "Veel gemeenten hebben de handreiking inmiddels overgenomen": their own course)
            return True
        a, b = s.bounds[c]
        if cue.kind == "R" and s.words[cue.last] in _EVALUATIVE and not s.in_clause(cue.first, P.JUDGE_VERBS):
            return True  # "Extra scholing van de leden is niet noodzakelijk": a judgement, no actor
        before = range(cue.first - 1, max(a, cue.first - 13) - 1, -1)
        order = list(range(cue.first + 1, min(b, cue.first + 3))) + list(before)
        adviser = self._followed_adviser(cue.first) if cue.name == "volgen" else None
        if adviser in order:
            order.remove(adviser)  # "Ik volg de commissie": the object, not the actor
        for k in order:
            if s.words[k] in P.GOVERNMENT:
                return True
            if s.words[k] in P.MINISTER_PRONOUNS and self._minister_pronoun(k, cue):
                return True  # "De Minister van JenV laat weten dat zij deze aanbeveling niet overneemt"
            if self._third_actor(k, a):
                return False
            if k < cue.first and s.words[k] == "en" and s.words[k + 1] in P.ARTICLES_AFTER_SUBJECT:
                return True  # "… die de WRR heeft gedaan en het advies wordt omarmd": a new subject
        if cue.kind == "L" and status[c] == "third":
            # "Sinds 2024 begint ieder rapport met een samenvatting": a document as the subject states
            # a fact in place, no other party's act
            thirds = [k for k in range(a, b) if self._third_actor(k, a)]
            return all(s.words[k] in P.REPORT_NOUNS for k in thirds)
        return status[c] in ("gov", "none")

    def _minister_pronoun(self, k: int, cue: _Cue) -> bool:
        """Whether "zij"/"hij" at `k` stands for a minister named before it in the sentence, with no
        other party between them and a singular verb ("dat zij … overneemt", not "de gemeenten
        gevraagd of zij … overnemen")."""
        s = self.s
        gov = next((j for j in range(k - 1, max(-1, k - 13), -1) if s.words[j] in P.GOVERNMENT), None)
        if gov is None or any(self._third_actor(j, 0) for j in range(gov + 1, k)):
            return False
        return s.words[k] == "hij" or not s.words[cue.first].endswith("en")

    def actors(self) -> list[str]:
        """Per clause: "frame" (reported speech), "gov", "third" or "none" (no actor, none before)."""
        s = self.s
        status: list[str] = []
        for c, (a, b) in enumerate(s.bounds):
            gov = any(s.words[k] in P.GOVERNMENT for k in range(a, b))
            third = any(self._third_actor(k, a) for k in range(a, b))
            frame = (
                (
                    third
                    and any(self._reports(k, a, b) and not self._government_says(k, a) for k in range(a, b))
                    and not self._government_reports_on(a, b)
                )
                or any(
                    s.words[k] in P.FRAME_WORDS
                    and any(s.words[j] in P.THIRD_PARTY for j in range(k + 1, min(b, k + 5)))
                    for k in range(a, b)
                )
                or ({"blijkt", "uit"} <= set(s.words[a:b]))
            )
            if frame:
                status.append("frame")
            elif gov:
                status.append("gov")
            elif third:
                status.append("third")
            elif c and status[c - 1] in ("frame", "third") and s.words[s.bounds[c - 1][0]] in P.FREE_RELATIVE:
                status.append("none")  # "Wat de raad vraagt, gebeurt al": the main clause follows
            else:
                status.append(status[c - 1] if c else "none")
        return status

    def _reports(self, k: int, a: int, b: int) -> bool:
        """Whether word `k` of clause [a, b) is a verb of reporting; "doen" only with what a report
        does ("doet vier aanbevelingen"), not "Gemeenten doen dat al"."""
        s = self.s
        if s.words[k] not in P.REPORTING:
            return False
        if k >= 1 and s.words[k - 1] == "te":
            # "haar leden een oefening voor te schrijven" (another verb), "om eerst de Inspectie te
            # vragen dit in kaart te brengen" (governed by the government's verb): no report's frame
            return False
        if s.words[k] in P.DOEN:
            return any(s.words[j].startswith(P.REPORT_OBJECTS) for j in range(a, b))
        return True

    def _government_says(self, k: int, a: int) -> bool:
        """Whether the reporting verb at `k` is the government's own: "Het kabinet neemt er kennis
        van en constateert met instemming dat …", "constateert het kabinet" (its subject is the
        government, with no third party between them)."""
        s = self.s
        if any(s.words[j] in P.GOVERNMENT for j in range(k + 1, min(len(s.words), k + 3))):
            return True
        for j in range(k - 1, a - 1, -1):
            if s.words[j] in P.GOVERNMENT:
                return True
            if self._third_actor(j, a):
                return False
        return False

    def _government_reports_on(self, a: int, b: int) -> bool:
        """Whether the clause [a, b) opens with the government and the third party speaks only in a
        relative clause after it: "Ik erken het probleem dat de commissie beschrijft", "Ik deel de
        analyse die de raad geeft" (a stance on what was reported, not a report)."""
        s = self.s
        gov = next((k for k in range(a, min(b, a + 3)) if s.words[k] in P.GOVERNMENT), None)
        if gov is None:
            return False
        rel = next((k for k in range(gov + 1, b) if s.words[k] in P.SUBCLAUSE_START), None)
        if rel is None:
            return False
        return not any(s.words[k] in P.THIRD_PARTY or s.words[k] in P.REPORTING for k in range(a, rel))

    def _third_actor(self, k: int, clause_start: int) -> bool:
        s = self.s
        word = s.words[k]
        acronym = s.raw[k].isupper() and len(s.raw[k]) >= 2 and word not in P.GOVERNMENT
        if (
            word in P.DEMONSTRATIVE_SUBJECTS
            and k > 0
            and s.words[k - 1] == "dat"
            and k + 1 < len(s.words)
            and s.words[k + 1] in P.ARTICLES_AFTER_SUBJECT
        ):
            return True  # "dat deze de aanbeveling overneemt": a third party named before
        if word not in P.THIRD_PARTY and not acronym:
            return False
        for j in range(k - 1, max(clause_start, k - 6) - 1, -1):
            if s.words[j] in P.REPORTING:
                return True  # "stelt de meerderheid vast": the subject after a verb-second verb
            if s.words[j] in P.SUBCLAUSE_START:
                return True  # "… van belang dat gemeenten …": the preposition is outside its clause
            if s.words[j] == "door":
                # "De door de raad gevraagde monitor" is attributive; "wordt door de raad …" an agent.
                return not (j > 0 and s.words[j - 1] in P.PREPOSITION_FOLLOWERS)
            if s.words[j] in P.PREPOSITIONS:
                return False
        return True

    def purpose_words(self) -> set[int]:
        """Words of a purpose clause "Om … te <verb>": a stance there is not one taken."""
        s = self.s
        out: set[int] = set()
        for a, b in s.bounds:
            if b > a and s.words[a] == "om":
                te = next((k for k in range(a + 1, b - 1) if s.words[k] == "te"), None)
                if te is not None:
                    out.update(range(a, te + 2))
        # the content of a proposal: "Het verzoek om ook kleine installaties te ondersteunen betrek ik
        # bij …" (its verb is what is asked, not what the government does)
        for k in range(1, len(s.words) - 1):
            if s.words[k] == "om" and s.words[k - 1] in P.RECOMMENDATION_NOUNS:
                _, b = s.bounds[s.clause[k]]
                te = next((j for j in range(k + 1, b - 1) if s.words[j] == "te"), None)
                if te is not None:
                    out.update(range(k, te + 2))
        return out

    def question_words(self) -> set[int]:
        """Words of an indirect question or manner clause, to the end of its clause (see
        `QUESTION_WORDS`): "welke aanbevelingen het overneemt", "in hoeverre … zijn opgevolgd",
        "de manier waarop het kabinet aan de slag gaat met de aanbevelingen"."""
        s = self.s
        out: set[int] = set()
        for k, w in enumerate(s.words):
            if w in P.QUESTION_WORDS or (w == "waarop" and k > 0 and s.words[k - 1] in P.MANNER_NOUNS):
                out.update(range(k, s.bounds[s.clause[k]][1]))
        return out

    def hypothetical(self, cue: _Cue) -> bool:
        """Whether `cue` stands in a conditional clause (see `CONDITIONALS`)."""
        s = self.s
        a, b = s.bounds[s.clause[cue.first]]
        opener = s.words[a]
        first = next((k for k in range(a, b) if s.words[k].isalpha()), a)  # after a list marker "(3)"
        if (
            s.clause[cue.first] == s.clause[first]
            and first == next((k for k in range(len(s.words)) if s.words[k].isalpha()), -1)
            and s.words[first] in P.VERB_FIRST_CONDITIONAL
            and any(s.words[k] == P.THEN and s.bounds[s.clause[k]][0] == k for k in range(b, len(s.words)))
        ):
            return True  # "Is hergebruik niet mogelijk, dan …": the condition, no stance
        if opener not in P.CONDITIONALS or (a + 1 < b and s.words[a + 1] in P.NOT_CONDITIONAL_AFTER):
            return False
        if opener == "als" and (
            (a > 0 and s.words[a - 1] in P.NOT_CONDITIONAL_BEFORE) or "zowel" in s.words[:a]
        ):
            return False
        return opener in P.ALWAYS_CONDITIONAL or cue.last >= b - 2  # the verb at the clause's end

    def demanded(self, i: int) -> bool:
        """Whether the te-infinitive at `i` is what someone asks of the government (see `DEMAND`):
        a call or request before it in the sentence with no decision between, or "het is aan … om"."""
        s = self.s
        for k in range(i - 1, -1, -1):
            w = s.words[k]
            if w in P.DECIDE:
                return False
            if w in P.DEMAND or (w == P.ITS_UP_TO[1] and k > 0 and s.words[k - 1] == P.ITS_UP_TO[0]):
                return True
            if w == P.ITS_UP_TO[1] and k > 1 and s.words[k - 2] == P.ITS_UP_TO[0]:
                return True  # "het is nu aan de staatssecretaris om …"
        return False

    # --- decision ------------------------------------------------------------------------

    def read(self) -> list[_Cue]:
        """The cues that count as the government's, negation applied."""
        s = self.s
        if not s.words or s.text.rstrip().endswith("?"):
            return []
        self.hedges()
        self.rejections()
        self.declined_acts()
        self.separable()
        self.agreement()
        self._conceded()
        self.already()
        self.noted()
        if not self.cues:
            return []  # nothing to weigh (most sentences): the scope readings below only filter cues
        status = self.actors()
        purpose = self.purpose_words() | self.question_words()
        self.negators = [[k for k in range(a, b) if self.free_negator(k)][:1] for a, b in s.bounds]
        first_rejection: dict[int, int] = {}
        for o in self.cues:
            if o.kind == "R":
                c = s.clause[o.first]
                first_rejection[c] = min(o.first, first_rejection.get(c, o.first))
        kept: list[_Cue] = []
        for cue in self.cues:
            c = s.clause[cue.first]
            if not self.is_government(cue, status) or cue.first in purpose:
                continue
            modal = s.first_in_clause(cue.first, P.DEONTIC)
            if (
                cue.kind in "AWN"
                and cue.nonfinite
                and modal is not None
                and modal < cue.first
                and not any(s.words[k] in P.FIRST_PERSON_SUBJECTS for k in range(s.bounds[c][0], modal))
            ):
                continue  # "Het kabinet moet de aanbeveling overnemen": a demand, not a decision
            if self.hypothetical(cue):
                continue  # "als het kabinet zijn advies niet overneemt": a condition, no stance
            te = cue.te_infinitive or (cue.first > 0 and s.words[cue.first - 1] == "te")
            if cue.kind in "AWN" and te and self.demanded(cue.first):
                continue  # "De motie roept de regering op de voorstellen op te volgen": asked, not decided
            if cue.kind in "AWN":
                if cue.te_infinitive and first_rejection.get(c, cue.first) < cue.first:
                    continue  # "zie geen aanleiding om … over te nemen": the rejection says it
                neg = self.negation_of(cue)
                if neg is not None:
                    if cue.kind == "N" and cue.name in (
                        "kennisnemen",
                        "nog geen standpunt",
                        "standpunt volgt",
                        "niet vooruitlopen",
                    ):
                        pass
                    elif neg > 0 and s.words[neg - 1] in ("nog",):
                        cue = _Cue("N", "nog niet", min(cue.first, neg - 1), max(cue.last, neg), negated=True)
                    else:
                        cue = _Cue(
                            "R", f"niet {cue.name}", min(cue.first, neg), max(cue.last, neg), negated=True
                        )
            kept.append(cue)
        if any(c.kind == "A" for c in kept):
            kept.extend(self.elliptic_negations(kept, [st in ("gov", "none") for st in status]))
        elif any(c.kind == "R" for c in kept):
            kept.extend(self.elliptic_affirmations(kept, [st in ("gov", "none") for st in status]))
        return kept

    def elliptic_affirmations(self, kept: list[_Cue], gov_clause: list[bool]) -> list[_Cue]:
        """ "Een structurele bijdrage neem ik niet over, een tijdelijke wel": an adoption of part."""
        s = self.s
        taken = {s.clause[c.first] for c in kept}
        out: list[_Cue] = []
        for c, (a, b) in enumerate(s.bounds):
            if c in taken or not gov_clause[c] or b - a > 5 or s.words[b - 1] != P.WEL:
                continue
            out.append(_Cue("A", "… wel", a, b - 1))
        return out

    def elliptic_negations(self, kept: list[_Cue], gov_clause: list[bool]) -> list[_Cue]:
        """ "… neem ik over, de vierde niet", "maar niet de voorgestelde termijn": a rejection of part."""
        s = self.s
        taken = {s.clause[c.first] for c in kept}
        out: list[_Cue] = []
        for c, (a, b) in enumerate(s.bounds):
            if c in taken or not gov_clause[c]:
                continue
            short = b - a <= 4
            maar_niet = b - a >= 2 and s.words[a] == "maar" and s.words[a + 1] in P.NEGATORS
            if self.negators[c] and (short or maar_niet):
                out.append(_Cue("R", "… niet", a, b - 1, negated=True))
        return out


def _decide(cues: list[_Cue]) -> tuple[StanceLabel, list[_Cue]] | None:
    """The label of a sentence from its cues, with the cues that show it (main cue first)."""
    by = {k: [c for c in cues if c.kind == k] for k in "AWPRLN"}
    agree = by["A"] + by["W"]
    # "bezig" and "sinds" yield to an adoption or a rejection in the same sentence
    in_place = [
        c
        for c in by["L"]
        if c.name not in (P.BEZIG, P.SINCE) or not (agree or (c.name == P.SINCE and by["R"]))
    ]
    if in_place:
        return "already_in_place", in_place[:1]
    if by["P"] and (agree or by["R"]):
        hedge = by["P"][0]
        other = min(agree + by["R"], key=lambda c: abs(c.first - hedge.first))
        return "partly_adopted", [hedge, other]
    if by["A"] and by["R"]:
        return "partly_adopted", [by["A"][0], by["R"][0]]
    aims = [c for c in by["W"] if c.aim]
    if aims and by["R"] and not any(c.name in P.WHOLE_REJECTION_CUES for c in by["R"]):
        # "Ik onderschrijf het doel, maar vier weken gaat verder dan verantwoord is": ja, maar
        return "partly_adopted", [aims[0], by["R"][0]]
    if by["R"]:
        return "rejected", by["R"][:1]
    if by["W"] and not by["A"] and by["N"]:
        # agreement with the analysis only, the decision deferred: "Het kabinet deelt de analyse,
        # maar wil eerst nagaan of …" (an adoption of the recommendation itself would stand)
        return "noted", by["N"][:1]
    if agree:
        return "adopted", sorted(agree, key=lambda c: c.first)[:1]
    if by["N"]:
        return "noted", by["N"][:1]
    return None


def classify_sentence(text: str, offset: int = 0) -> Stance:
    """The stance of one sentence; offsets are `offset` plus positions in `text`."""
    status = P.STATUS_VERDICT.match(text)
    if status is not None and status.lastgroup is not None:
        # a progress overview's "Stand van zaken: afgerond." states the stance in its own words
        label = cast(StanceLabel, status.lastgroup)
        a, b = status.span(status.lastgroup)
        return Stance(
            label=label,
            evidence=text[a:b],
            start=offset + a,
            end=offset + b,
            cue="status",
            negated=label == "rejected",
        )
    reader = _Reader(text)
    decided = _decide(reader.read())
    if decided is None:
        return Stance(label=None)
    label, shown = decided
    spans = reader.s.spans
    start = min(spans[c.first][0] for c in shown)
    end = max(spans[c.last][1] for c in shown)
    main = shown[0]
    return Stance(
        label=label,
        evidence=text[start:end],
        start=offset + start,
        end=offset + end,
        cue=main.name,
        negated=any(c.negated for c in shown),
    )


#: What `stance_weight` adds for a sentence about the recommendation itself (more than any label's weight).
ABOUT = 10


def stance_weight(stance: Stance, sentence: str) -> int:
    """How strongly `stance` answers a recommendation: its label's weight, plus 10 when the
    sentence names the recommendation itself ("deze aanbeveling neem ik over")."""
    if stance.label is None:
        return 0
    about = ABOUT if P.STANCE_SUBJECT.search(sentence) and stance.cue not in P.FRAME_CUES else 0
    if P.BARE_VERDICT.match(sentence):
        about = ABOUT  # "Gedeeltelijk overgenomen." in a table's reaction cell
    return P.STANCE_WEIGHT[stance.label] + about


def is_weak_agreement(stance: Stance, sentence: str) -> bool:
    """Whether `stance` only agrees with the report's analysis ("Ik deel de zorgen van de raad"),
    not with a recommendation: an adopted cue of `WEAK_AGREEMENT_CUES` in a sentence that names
    no recommendation."""
    frame = P.TOPIC_FRAME.match(sentence)  # ("Wat het advies betreft: ik deel de wens …": the aim)
    return (
        stance.label == "adopted"
        and stance.cue in P.WEAK_AGREEMENT_CUES
        and not P.STANCE_SUBJECT.search(sentence, frame.end() if frame else 0)
    )


def agreement_kind(stance: Stance, sentence: str) -> str:
    """How an adopted `stance` agrees: "weak" (with the analysis only, see `is_weak_agreement`), "variant"
    (a choice of its own: "Wij kiezen voor een vrijwillige pool"), "concession" ("Wel verhoog ik …"),
    "named" (it names the recommendation or a part of it: "Het eerste deel neem ik wel over"),
    else "" (also for other labels, and for a frame cue: "Indachtig de vierde aanbeveling …")."""
    if stance.label != "adopted":
        return ""
    if stance.cue == P.APPEAL_CUE:
        return "appeal"  # "Het idee … spreekt mij aan, maar …"
    if stance.cue in P.WEAK_AGREEMENT_CUES and P.AIM_OF_RECOMMENDATION.search(sentence):
        return "aim"  # "De gedachte achter de eerste aanbeveling onderschrijf ik": its aim, not its measure
    if is_weak_agreement(stance, sentence):
        words = {w.lower() for w in P.TOKEN.findall(sentence)}
        return "aim" if words & P.AIM_NOUNS else "weak"
    if stance.cue in P.CONCESSION_CUES:
        return "concession"
    if stance.cue in P.VARIANT_CUES:
        # "Ik kies er daarom voor … en neem een voorstel daarvoor op": a choice of its own (a variant),
        # whatever nouns follow
        return "variant"
    if stance.cue in P.FRAME_CUES:  # "Indachtig de vierde aanbeveling heb ik …": a frame, no verdict
        return ""
    if stance.cue == P.INTO_PLAN_CUE:
        # "Ik zal dat opnemen in de bestuurlijke afspraken": a concrete act on what was just named
        return "named"
    return "named" if P.STANCE_SUBJECT.search(sentence) or P.PART_NOUN.search(sentence) else ""


def settle_passage(
    best: StanceLabel,
    others: list[tuple[StanceLabel, str]],
    best_cue: str | None = None,
    best_named: bool = False,
) -> StanceLabel:
    """The stance of a passage answering one recommendation, from its strongest sentence's label
    `best` (with its cue, and whether its sentence names the recommendation) and the (label,
    `agreement_kind`) of all its stance sentences:

    - a rejection of one part next to a sentence adopting another that names the recommendation or
      its part ("Het tweede deel neem ik niet over. Het eerste deel neem ik wel over.") is
      partly_adopted (an unnamed "Ik neem dit over" next to a rejection stays rejected);
    - agreement with the analysis only ("Ik deel de zorgen") next to a sentence saying the measure
      already exists ("Er bestaat al een meldpunt") is already_in_place; next to a sentence taking
      note ("Ik betrek het advies bij …"), noted;
    - an idea that appeals with a reservation ("… spreekt mij aan, maar …") next to a variant the
      government chooses ("Ik kies er daarom voor …") is partly_adopted;
    - a rejection of a detail ("gaat ons te ver", "niet haalbaar"; not a rejection of the whole:
      `WHOLE_REJECTION_CUES`) next to a variant the government chooses ("Wij kiezen voor …") is
      partly_adopted;
    - a rejection saying the measure is not needed (`best_cue` in `NEED_CUES`, in a sentence not
      naming the recommendation: not `best_named`) next to "Hier wordt al aan voldaan" is
      already_in_place.
    """
    if best == "rejected" and any(label == "partly_adopted" for label, _ in others):
        # "Doelen per inkomensgroep neem ik gedeeltelijk over. … Een streefgetal acht ik niet
        # zinvol.": the rejected detail is the part not adopted
        return "partly_adopted"
    in_place = any(label == "already_in_place" for label, _ in others)
    adopts_named = any(label == "adopted" and kind == "named" for label, kind in others)
    if best == "rejected" and best_cue in P.NEED_CUES and not best_named and in_place and not adopts_named:
        return "already_in_place"
    if best == "rejected" and adopts_named:
        return "partly_adopted"
    if (
        best == "rejected"
        and best_cue not in P.WHOLE_REJECTION_CUES
        and any(kind in ("variant", "aim", "concession") for _, kind in others)
    ):
        # "Een verplichting … gaat ons echter te ver. Wij kiezen voor een vrijwillige pool.": a detail
        # rejected, a variant chosen instead
        return "partly_adopted"
    if (
        best == "adopted"
        and all(kind in ("weak", "aim", "concession") for label, kind in others if label == "adopted")
        and in_place
    ):
        return "already_in_place"
    if (
        best == "adopted"
        and all(kind in ("weak", "aim", "appeal") for label, kind in others if label == "adopted")
        and any(label == "noted" for label, _ in others)
    ):
        # "Ik deel de wens om beter te weten wat werkt. … Ik betrek het advies bij de
        # evaluatieprogrammering.": the aim shared, the decision left open
        return "noted"
    kinds = {kind for label, kind in others if label == "adopted"}
    if best == "adopted" and "appeal" in kinds and "variant" in kinds:
        # "Een persoonlijk budget spreekt mij aan, maar een volledig individueel budget zou …. Ik kies er
        # daarom voor een derde van de middelen te oormerken …": the idea taken up in a form of its own
        return "partly_adopted"
    return best


def classify_stance(text: str) -> Stance:
    """The government's stance on a recommendation as `text` states it.

    `text` is a sentence ("Het kabinet neemt de aanbeveling gedeeltelijk over.") or a passage;
    in a passage each sentence is read and the strongest stance wins (rejected > partly_adopted
    > adopted > already_in_place > noted, a sentence naming the recommendation first).
    Returns a `Stance` whose `label` is None when the text takes no stance, else the label, the
    cue words as `evidence` and their offsets `start`/`end` in `text`.

    >>> classify_stance("De vierde aanbeveling neem ik gedeeltelijk over.").label
    'partly_adopted'
    >>> s = classify_stance("Het kabinet neemt deze aanbeveling niet over.")
    >>> s.label, s.evidence, s.negated
    ('rejected', 'neemt deze aanbeveling niet over', True)
    >>> classify_stance("De raad beveelt aan de regels te vereenvoudigen.").label is None
    True
    """
    best: tuple[int, Stance] | None = None
    seen: list[tuple[StanceLabel, str]] = []
    in_place: Stance | None = None
    for a, b in split_sentences(text) or [(0, len(text))]:
        stance = classify_sentence(text[a:b], a)
        if stance.label is None:
            continue
        seen.append((stance.label, agreement_kind(stance, text[a:b])))
        if in_place is None and stance.label == "already_in_place":
            in_place = stance
        weight = stance_weight(stance, text[a:b])
        if best is None or weight > best[0]:
            best = (weight, stance)
    if best is None:
        return Stance(label=None)
    about = best[0] >= ABOUT  # its sentence names the recommendation itself (see stance_weight)
    label = settle_passage(best[1].label or "noted", seen, best[1].cue, about)
    if label == best[1].label:
        return best[1]
    if label == "already_in_place" and in_place is not None:
        return in_place  # its evidence shows the measure that exists
    return best[1].model_copy(update={"label": label})
