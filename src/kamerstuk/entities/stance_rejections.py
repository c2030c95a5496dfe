"""Cue finders of `kamerstuk.entities.stance`: rejections ("geen aanleiding", "niet wenselijk",
"gaat te ver", "blijft bestaan", "ga ik niet invoeren") and the separable verbs of every label ("neem …
over", "wijs … af", "zie … af", "neem … mee")."""

from __future__ import annotations

from kamerstuk.entities.stance_clauses import Cue as _Cue
from kamerstuk.entities.stance_clauses import Sentence
from kamerstuk.entities.stance_clauses import in_analysis_content as _in_analysis_content
from kamerstuk.entities.stance_clauses import object_kind as _object_kind
from kamerstuk.entities.stance_reader import ReaderBase
from kamerstuk.patterns import stance as P

# The words at which `rejections` can find a cue (see `_HEDGE_WORDS` in `stance_hedges`).
_REJECTION_WORDS = (
    frozenset(
        {
            "geen",
            "niet",
            P.TE_VER[0],
            *P.KEEP_VERBS,
            *P.STAYS,
            *P.PROMISE_VERBS,
            *P.COMES,
            *P.HARD_TO,
            P.VOLUNTARY,
            P.KEPT_OUT,
            P.VERDER_DAN[0],
            P.NAAST,
            *P.LACK,
            P.RUSTEN,
            "wind",
            "hand",
            "terzijde",
            "afgezien",
        }
    )
    | P.WIJKEN
    | P.AFWIJKEN_FUSED
    | P.ONTRADEN
    | P.VERWERPEN
    | {P.TEGEN}
    | P.NEGATIVE_ADJECTIVES
    | P.KIEZEN
    | P.STAY_VERBS
    | {"doe", "doen", "doet"}
    | P.FRONTED_ACT_MODALS
    | {P.VAST, P.ANDERS, P.ZITTEN}
    | P.TASK_NOUNS
    | P.TOEVOEGEN
    | P.PASSEN
    | P.HANDHAVEN
    | P.KEEP_FRONTED_VERBS
    | P.HOUDEN_BIJ
    | P.VASTHOUDEN
    | P.BLIJVEN
    | P.LEAVE_VERBS
    | P.PRESCRIBE
    | P.PLAN_AUX
    | P.PASSIVE_AUX
    | P.NOT_ADJECTIVES
    | P.CONFLICT_WORDS
    | {P.ZINS}
)


class RejectionCues(ReaderBase):
    """The rejection cues ("R") of a sentence, and the cues of separable verbs."""

    def _conflicts(self, i: int) -> int | None:
        """Whether the word at `i` says a proposal conflicts with the law or meets objections (see `CONFLICT_WORDS`):
        its phrase complete, no negation in its clause, and a proposal as the clause's subject. Returns the subject's
        first word, or None."""
        s = self.s
        w, words = s.words[i], s.words
        a, b = s.bounds[s.clause[i]]
        after = words[i + 1 : min(b, i + 7)]
        if w == "strijdig":
            complete = after[:1] == ["met"]
        elif w == "strijd":
            complete = i > 0 and words[i - 1] == "in" and after[:1] == ["met"]
        elif w in ("botst", "botsen"):
            complete = "met" in after
        elif w in ("stuit", "stuiten"):
            complete = "op" in after[:2] and not P.CONFLICT_OBSTACLES.isdisjoint(after)
        elif w == "gespannen":
            complete = i > 0 and words[i - 1] == "op" and after[:1] == ["voet"]
        else:  # "verhoudt zich slecht tot"
            complete = after[:1] == ["zich"] and not P.CONFLICT_POOR.isdisjoint(after[:3]) and "tot" in after
        # (negated before the verb or right after it: "… botst niet met de regels")
        if (
            not complete
            or any(words[k] in P.NEGATORS for k in range(a, i))
            or not P.NEGATORS.isdisjoint(after[:2])
        ):
            return None
        lead = a
        while lead < i and words[lead] in P.CLAUSE_LINKS | {"echter", "wel", "ook", "daarom", "dus"}:
            lead += 1
        if words[lead] in P.PROPOSAL_SUBJECT_OPENERS or not P.RECOMMENDATION_NOUNS.isdisjoint(words[a:i]):
            return lead
        if words[lead] == "het" and lead + 1 == i and a > 0 and words[0] in P.PROPOSAL_SUBJECT_OPENERS:
            # "Een openbaar register … lijkt eenvoudig, maar het botst met de regels …": "het" is the proposal the
            # sentence opened with
            return 0
        return None

    def _kept_at_amount(self, i: int) -> int | None:
        """The amount of "Ik houd het bedrag daarom op 2.500 euro": "op" and a number within six words after "houd" in its
        clause, with the first person or the cabinet as subject; else None."""
        s = self.s
        _, b = s.bounds[s.clause[i]]
        if not s.in_clause(i, P.QUANTITY_ACTORS):
            return None
        for k in range(i + 1, min(b - 1, i + 10)):
            if s.words[k] == "op" and (s.words[k + 1][:1].isdigit() or s.words[k + 1] in P.NUMBERS):
                return k + 1
        return None

    def _kept_fronted(self, i: int) -> int | None:
        """The start of "Die plicht wil ik handhaven": the infinitive at `i` closes its clause, which opens with a
        demonstrative, then has a modal within four words and the first person or the cabinet right after it;
        not negated. Else None."""
        s = self.s
        a, b = s.bounds[s.clause[i]]
        if i != b - 1 or s.words[a] not in P.KEEP_FRONTED_DETERMINERS or s.in_clause(i, P.NEGATORS):
            return None
        for m in range(a + 1, min(i, a + 5)):
            if s.words[m] in P.KEEP_FRONTED_MODALS:
                subject = s.words[m + 1 : m + 3]
                if subject[:1] and subject[0] in P.KEEP_FRONTED_SUBJECTS:
                    end = m + 2
                elif subject[-1:] == ["kabinet"]:
                    end = m + 3
                else:
                    return None
                return a if all(w in P.KEEP_FRONTED_BETWEEN for w in s.words[end:i]) else None
        return None

    def _not_after_er(self, j: int) -> int | None:
        """Index of the "niet" at `j`, or after only adverbs of time or connection ("komt er op dit moment niet",
        "komt er voorlopig niet", `P.BEFORE_NOT_ADVERBS`), else None (round 40)."""
        words = self.s.words
        for k in range(j, min(j + 4, len(words))):
            if words[k] == "niet":
                return k
            if words[k] not in P.BEFORE_NOT_ADVERBS:
                return None
        return None

    def _stays_an_amount(self, i: int) -> int | None:
        """The amount of "Het bedrag blijft daarom € 7.500" (a number right after "daarom", past a currency sign)."""
        s = self.s
        _, b = s.bounds[s.clause[i]]
        for k in range(i + 2, min(b, i + 4)):
            if s.words[k][:1].isdigit() or s.words[k] in P.NUMBERS:
                return k
        return None

    def _no_grounds_noun(self, i: int) -> int | None:
        """The noun of "geen aanleiding / reden / mogelijkheid …" after "geen" at `i`, past one adjective ("geen enkele
        reden"); or a way denied after a verb of seeing ("ik zie geen verantwoorde manier om …")."""
        words = self.s.words
        k = i + 1
        if k < len(words) and words[k] not in P.NO_GROUNDS and P.NO_GROUNDS_ADJECTIVE.match(words[k]):
            k += 1
        if k >= len(words):
            return None
        if words[k] in P.NO_GROUNDS:
            return k
        if words[k] in P.NO_WAY and i > 0 and words[i - 1] in P.SEE_VERBS:
            return k
        return None

    def rejections(self) -> None:
        s = self.s
        n = len(s.words)
        for i, w in enumerate(s.words):
            if w not in _REJECTION_WORDS:
                continue
            nxt = s.words[i + 1] if i + 1 < n else ""
            if w in P.FRONTED_ACT_MODALS and (neg := self._fronted_act_not_possible(i)) is not None:
                # "Hen als partner opnemen kan ik echter niet: …": the act fronted, declined as not possible
                self.cues.append(_Cue("R", "kan … niet", i, neg))
                self.consumed.add(neg)
                continue
            if (
                w == P.ZINS
                and s.words[i - 1 : i] == ["van"]
                and i >= 2
                and s.words[i - 2] in P.NEGATORS
                and "te" in s.words[i + 1 :]
            ):
                # "Het kabinet is niet van zins de wet aan te passen": the change declined (since round 41)
                self.cues.append(_Cue("R", "niet van zins", i - 2, i))
                self.consumed.add(i - 2)
                continue
            if w == "geen" and (noun := self._no_grounds_noun(i)) is not None:
                self.cues.append(_Cue("R", f"geen {s.words[noun]}", i, noun))
                self.consumed.add(i)
            elif (
                w in P.HANDHAVEN
                and (
                    k := next(
                        (
                            j
                            # ("Voor Nigeria handhaaf ik daarom de huidige opzet": subject and adverb between)
                            for j in [*range(i + 1, min(n, i + 5)), *range(max(0, i - 3), i)]
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
            elif w in P.KEEP_FRONTED_VERBS and (k := self._kept_fronted(i)) is not None:
                # "Die plicht wil ik handhaven": the change declined (round 59)
                self.cues.append(_Cue("R", "handhaaft het huidige", k, i))
            elif (
                w in P.HOUDEN_BIJ
                and (b := next((j for j in range(i + 2, min(n, i + 6)) if s.words[j] == "bij"), None))
                is not None
                and "het" in s.words[i + 1 : b]
                and any(s.words[j] in P.PRESENT_STATE for j in range(b + 1, min(n, b + 3)))
                and not s.in_clause(i, P.NEGATORS)
            ):
                # "Ik houd het daarom bij de huidige werkwijze": the change declined (round 50)
                self.cues.append(_Cue("R", "handhaaft het huidige", i, b))
            elif w in P.CONFLICT_WORDS and (lead := self._conflicts(i)) is not None:
                whole = s.words[lead] in P.PROPOSAL_POINTERS or not P.RECOMMENDATION_NOUNS.isdisjoint(
                    s.words[lead:i]
                )
                self.cues.append(_Cue("R", P.CONFLICT_WHOLE_CUE if whole else P.CONFLICT_CUE, i, i))
            elif w in P.PASSEN and (k := self._beyond_budget(i)) is not None:
                self.cues.append(_Cue("R", "past niet binnen", i, k))
            elif w == "geen" and nxt == P.WERK and s.in_clause(i, P.MAKEN):
                self.cues.append(_Cue("R", "geen werk maken van", i, i + 1))  # "maakt er geen werk van"
                self.consumed.add(i)
            elif (
                w == "geen"
                # the judging verb right before it ("acht ik geen", "vindt het kabinet geen"), no clause between
                and any(
                    s.words[j] in P.JUDGE_VERBS and "dat" not in s.words[j:i] for j in range(max(0, i - 4), i)
                )
                and (
                    k := next((j for j in range(i + 1, min(n, i + 4)) if s.words[j] in P.JUDGED_MEANS), None)
                )
                is not None
            ):
                # "Een landelijke meldapp acht ik geen goede oplossing": the proposal judged no means to it
                self.cues.append(_Cue("R", f"geen {s.words[k]}", i, k))
                self.consumed.add(i)
            elif (
                w in P.LACK
                and (k := next((j for j in range(i + 1, min(n, i + 5)) if s.words[j] in P.MEANS), None))
                is not None
                and not s.in_clause(i, P.NEGATORS)
            ):
                self.cues.append(
                    _Cue("R", P.LACK_CUE, i, k)
                )  # "Voor een verdubbeling ontbreken echter de middelen"
            elif (
                w == "niet"
                and nxt == P.NO_FURTHER[0]
                and i + 2 < n
                and s.words[i + 2] == "dan"
                and s.in_clause(i, P.GAAN)
                # (not the norm it keeps to: "Het kabinet gaat niet verder dan de Europese verordening vraagt")
                and not any(s.words[k] in P.NORM_ASKS for k in range(i + 3, min(n, i + 9)))
            ):
                # "Ik ga in Pakistan daarom niet verder dan resultaten per regio": the limit of what is granted
                self.cues.append(_Cue("P", P.NO_FURTHER_CUE, i, i + 2))
                self.cues.append(_Cue("R", P.NO_FURTHER_CUE, i, i + 2))
                self.consumed.add(i)
            elif w == "niet" and (k := self._not_working_towards(i)) is not None:
                self.cues.append(_Cue("R", "zet zich niet in voor", i, k))
                self.consumed.add(i)
            elif (
                w == "niet"
                and tuple(s.words[i + 1 : i + 4]) == P.NOT_ON_THE_AGENDA
                and s.in_clause(i, P.ZIJN)
            ):
                # "… is in deze kabinetsperiode dan ook niet aan de orde" (round 43)
                self.cues.append(_Cue("R", P.NOT_ON_THE_AGENDA_CUE, i, i + 3))
                self.consumed.add(i)
            elif w == "niet" and tuple(s.words[i + 1 : i + 3]) == P.IN_PROPORTION:
                # "… staat niet in verhouding tot het risico": disproportionate
                self.cues.append(_Cue("R", "niet in verhouding", i, i + 2))
                self.consumed.add(i)
            elif w == "niet" and not (
                # "Ik ben er nog niet van overtuigd dat …": a doubt still open, no rejection (round 44)
                i > 0 and s.words[i - 1] == "nog" and P.CONVINCED in s.words[i + 1 : i + 3]
            ):
                for k in range(i + 1, min(n, i + 3)):
                    if s.words[k] in P.NOT_ADJECTIVES:
                        self.cues.append(_Cue("R", f"niet {s.words[k]}", i, k))
                        self.consumed.add(i)
                        break
                    if (
                        s.words[k] in P.GOOD_MEANS_ADJECTIVES
                        and k + 1 < n
                        and s.words[k + 1] in P.JUDGED_MEANS
                        and s.words[i + 1] in ("het", "de")
                    ):
                        # "acht … niet het goede middel" (round 67)
                        self.cues.append(_Cue("R", f"niet {s.words[k]} {s.words[k + 1]}", i, k + 1))
                        self.consumed.add(i)
                        break
                else:
                    # "is binnen de huidige begroting niet te betalen", "niet uit te voeren"
                    act = i + 2 if nxt == "te" else i + 3 if s.words[i + 2 : i + 3] == ["te"] else n
                    if act < n and (
                        s.words[act] in P.UNFEASIBLE_ACTS
                        or (act == i + 3 and (s.words[i + 1], s.words[act]) in P.UNFEASIBLE_PARTICLE_ACTS)
                    ):
                        self.cues.append(_Cue("R", f"niet {' '.join(s.words[i + 1 : act + 1])}", i, act))
                        self.consumed.add(i)
            elif (
                w in P.HARD_TO
                and i > 0
                and s.words[i - 1] in P.ZIJN
                and (act := i + 2 if nxt == "te" else i + 3 if s.words[i + 2 : i + 3] == ["te"] else n) < n
                and s.words[act] in P.UNFEASIBLE_ACTS
            ):
                # "Een helmplicht voor kinderen in de bak is lastig te handhaven", "is moeilijk uit te voeren" (round 40)
                self.cues.append(_Cue("R", f"{w} {' '.join(s.words[i + 1 : act + 1])}", i, act))
                self.consumed.add(i)
            elif w in P.NEGATIVE_ADJECTIVES:
                if w in P.JUDGED_ONLY and not (
                    s.in_clause(i, P.JUDGE_VERBS) or (i > 0 and s.words[i - 1] in P.ZIJN)
                ):
                    continue  # "weet ik nog onvoldoende welke …": knowledge, not a verdict
                if _judges_fronted_fact(s, i):
                    self.cues.append(_Cue("W", P.PROBLEM_JUDGED_CUE, i, i))
                elif not _in_analysis_content(s, i):
                    self.cues.append(_Cue("R", w, i, i))
            elif (w, nxt) == P.TE_VER and s.in_clause(i, P.GAAN):
                self.cues.append(_Cue("R", "gaat te ver", i, i + 1))
            elif (
                w in P.KEEP_VERBS
                and (k := self._kept_at_amount(i)) is not None
                and not s.in_clause(i, P.NEGATORS)
            ):
                self.cues.append(
                    _Cue("R", "houdt vast aan het bedrag", i, k)
                )  # "Ik houd het bedrag daarom op 2.500 euro"
            elif (
                w in P.STAYS
                and nxt in P.KEEP_BECAUSE
                and (k := self._stays_an_amount(i)) is not None
                and not s.in_clause(i, P.NEGATORS)
            ):
                self.cues.append(_Cue("R", "blijft zoals het is", i, k))  # "Het bedrag blijft daarom € 7.500"
            elif (
                w in P.PROMISE_VERBS
                and nxt
                not in ("dat", "of")  # ("Ik kan niet garanderen dat het lukt": a hedge on the outcome)
                and s.in_clause(i, P.CAN)
                and s.in_clause(i, P.FIRST_PERSON_SUBJECTS)
                and any(s.words[k] in P.NEGATORS for k in range(max(0, i - 4), i))
            ):
                self.cues.append(
                    _Cue("R", "kan niet toezeggen", i, i)
                )  # "Een looptijd van acht jaar kan ik niet toezeggen"
            elif w in P.COMES and nxt == "er" and (k := self._not_after_er(i + 2)) is not None:
                # "Een afdwingbaar recht komt er niet", "Een apart meldpunt komt er op dit moment niet"
                self.cues.append(_Cue("R", "komt er niet", i, k))
            elif w == P.VOLUNTARY and s.in_clause(i, P.STAYS) and not s.in_clause(i, P.NEGATORS):
                self.cues.append(
                    _Cue("R", "blijft vrijwillig", i, i)
                )  # "Het gesprek na negen maanden blijft vrijwillig"
            elif (
                w == P.KEPT_OUT
                and s.in_clause(i, P.KEEP_VERBS)
                and (i + 1 == n or s.clause[i + 1] != s.clause[i])
                and not s.in_clause(i, P.NEGATORS)
            ):
                self.cues.append(_Cue("R", "houdt erbuiten", i, i))  # "De middelen … houd ik daar buiten"
            elif (
                w == P.TE_VER[0]
                and nxt in P.EXCESS_ADJECTIVES
                and s.in_clause(i, P.JUDGE_VERBS | P.SEEM_VERBS)
                and not s.in_clause(i, P.NEGATORS)
            ):
                self.cues.append(
                    _Cue("R", f"te {nxt}", i, i + 1)
                )  # "Een termijn van vijf jaar acht ik te lang"
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
            elif w in P.VERWERPEN and not (i > 0 and s.words[i - 1] in ("het", "te")):
                self.cues.append(_Cue("R", "verwerpen", i, i))
            elif w == P.TEGEN and (k := self._against_the_advice(i)) is not None:
                # "ging het kabinet in tegen het advies van het OMT", "besloot het kabinet tegen het advies in …"
                self.cues.append(_Cue("R", "ingaan tegen", min(i, k), max(i, k)))
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
            elif (
                w == "terzijde"
                and s.in_clause(i, P.PUT_ASIDE)
                and (
                    _object_kind(s, i, None) == "A"
                    or s.in_clause(i, P.RECOMMENDATION_NOUNS | {"die", "deze"})
                )
            ):
                self.cues.append(_Cue("R", "terzijde schuiven", i, i))  # "legt het advies terzijde"
            elif w == "hand" and s.words[max(0, i - 2) : i] == ["van", "de"] and s.in_clause(i, P.WIJZEN):
                # "wijst het advies van de hand", "dit van de hand gewezen advies"
                self.cues.append(_Cue("R", "van de hand wijzen", i - 2, i))
            elif w in P.AFWIJKEN_FUSED or (w in P.WIJKEN and s.in_clause(i, {"af"})):
                # "wijkt van dat advies af", "wijkt af van de aanbeveling" (with the recommendation as object)
                if (
                    _object_kind(s, i, None) == "A"
                    or s.in_clause(i, P.RECOMMENDATION_NOUNS)
                    # ("niet van het OMT-advies af te wijken": a compound on one)
                    or any(
                        s.words[k].endswith(P.RECOMMENDATION_COMPOUND_ENDS)
                        for k in range(*s.bounds[s.clause[i]])
                    )
                ):
                    a, b = s.bounds[s.clause[i]]
                    neg = next(
                        (k for k in range(a, b) if s.words[k] == "niet" and k not in self.consumed), None
                    )
                    if neg is not None:
                        # "Het kabinet besluit niet af te wijken van het advies van het OMT", "Ik wijk niet af van de
                        # aanbeveling": it follows the advice (the "niet" is this phrase's)
                        self.consumed.add(neg)
                        self.cues.append(_Cue("A", "niet afwijken van", min(i, neg), max(i, neg)))
                    else:
                        self.cues.append(_Cue("R", "afwijken van", i, i))
            elif w == "afgezien":
                aux = s.first_in_clause(i, P.AFGEZIEN_AUX)
                if aux is not None and aux < i:  # "is hiervan afgezien", not "afgezien van de kosten"
                    self.cues.append(_Cue("R", "afzien", i, i, nonfinite=True))
            elif w in P.KIEZEN:
                if (
                    w == "gekozen"
                    and any(
                        s.words[k] in P.PAST_CHOICE_MARKERS or P.PAST_CHOICE_YEAR.match(s.words[k])
                        for k in range(s.bounds[s.clause[i]][0], i)
                    )
                    and not s.in_clause(i, P.RECOMMENDATION_NOUNS)
                ):
                    continue  # "heeft in 2024 gekozen voor …": an earlier choice, the answer's background
                if w in P.OTHERS_CHOOSE and P.GOVERNMENT_CHOOSERS.isdisjoint(s.words):
                    continue  # "Een reiziger die lang wacht, kiest de volgende keer voor de auto": someone else's choice
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
                first = s.bounds[s.clause[i]][0]
                fronted = (
                    towards is None
                    and s.words[first] == "voor"
                    and first + 1 < i
                    and s.words[first + 1] in P.FRONTED_CHOICE_DETERMINERS
                    and any(s.words[k] in P.NEGATORS for k in range(i + 1, min(n, i + 4)))
                )
                if fronted:
                    # "Voor een vaste vergoeding per deelnemer kies ik niet": the choice fronted, declined
                    self.cues.append(_Cue("R", "kiest niet voor", first, i))
                    continue
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
                if towards is not None and not negated_after and self._first_step_inquires(i):
                    # "Ik kies ervoor om eerst de inspectie te vragen dit in kaart te brengen": deferred
                    self.cues.append(_Cue("N", "eerst onderzoeken", min(i, towards), max(i, towards)))
                    continue
                if towards is not None and not negated_after:
                    self.cues.append(_Cue("A", "kiezen voor", min(i, towards), max(i, towards)))
                    if s.in_clause(i, P.FIRST_STEP) or s.in_clause(i, P.RESTRICTIVE):
                        # "kies ervoor om eerst …", "kies er daarom voor alleen de verdagingstermijn …"
                        self.cues.append(_Cue("P", "kiest eerst", i, i))
                    elif (lesser := _lesser_form_chosen(s.words, i)) is not None:
                        # a lesser form of what was asked: "het kabinet kiest voor een lichtere vorm dan een apart team",
                        # "Ik kies daarom voor een kleinere steekproef" (in the gold 24 of 27 such passages are
                        # partly_adopted; "een andere weg" is read as a rejection; round 66)
                        self.cues.append(_Cue("P", P.LESSER_FORM_CUE, min(i, lesser), max(i, lesser)))
                    elif (instead := _instead_of_named(s.words)) is not None:
                        # the choice set against what was asked: "Het kabinet kiest ervoor de inspectie de rechter te
                        # laten vragen om een blokkering, in plaats van een eigen bevoegdheid", "Ik kies voor een
                        # termijn van tien jaar in plaats van vijf" (in the gold 8 of 10 such passages are
                        # partly_adopted; round 66)
                        self.cues.append(
                            _Cue("P", P.CHOSEN_INSTEAD_CUE, min(i, instead), max(i, instead + 2))
                        )
            elif (
                w in P.STAY_VERBS
                and (
                    held_line := next(
                        (
                            k
                            for k in range(i + 1, min(n, i + 4))
                            if s.words[k] == "bij"
                            and (
                                any(s.words[j] in P.POSITION_NOUNS for j in range(k + 1, min(n, k + 4)))
                                # "De registratie van rugklachten blijft bij de eigen bedrijfsgeneeskundige dienst":
                                # kept where it is (round 50)
                                or (
                                    s.words[k + 1 : k + 2] in (["de"], ["het"])
                                    and s.words[k + 2 : k + 3] in (["eigen"], ["huidige"], ["bestaande"])
                                    and not s.in_clause(i, P.NEGATORS)
                                )
                            )
                        ),
                        None,
                    )
                )
                is not None
            ):
                # "Ik blijf daarom bij de lijn dat …", "Het kabinet blijft bij zijn standpunt": the change is declined
                self.cues.append(_Cue("R", "blijft bij standpunt", i, held_line))
            elif (w == P.VAST and s.in_clause(i, P.HOUDEN)) or w in P.VASTHOUDEN:
                a, _ = s.bounds[s.clause[i]]
                held = (
                    nxt in P.VAST_AAN
                    or s.words[a] in P.VAST_AAN
                    or s.in_clause(i, P.VAST_AAN_PRONOUNS)
                    # "wenst het kabinet vast te houden aan het open-deurbeleid"
                    or (
                        s.words[i + 1 : i + 2] == ["te"] and s.words[i + 3 : i + 4] == ["aan"] and w == P.VAST
                    )
                )
                # the negation of its own conjunct: "Het kabinet acht dit niet wenselijk en houdt vast aan …"
                # keeps what is, the "niet" is the first verb's
                _, b = s.bounds[s.clause[i]]
                conjunct = max([k for k in range(a, i) if s.words[k] in P.CONJUNCT_LINKS] or [a])
                negated = any(s.words[k] in P.NEGATORS for k in range(conjunct, b))
                if held and s.in_clause(i, P.PLAN_SUBJECTS) and not negated:
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
            elif w in P.BLIJVEN and (k := self._still_their_choice(i)) is not None:
                # "Gemeenten blijven daarom zelf bepalen of zij zich aansluiten": no obligation, the choice left as is
                self.cues.append(_Cue("R", P.STILL_THEIR_CHOICE_CUE, i, k))
            elif w in P.BLIJVEN or w == P.BLIJF:
                self._kept_as_is(i)
            elif w in P.LEAVE_VERBS and (k := self._left_unchanged(i)) is not None:
                # "Het kabinet laat de wettelijke grens daarom ongewijzigd": the change declined
                self.cues.append(_Cue("R", "laat ongewijzigd", i, k))
            elif w in P.PRESCRIBE:
                self._not_prescribed(i)
            elif w in P.PLAN_AUX:
                self._declined_plan(i)
            elif w in P.UNABLE_AUX:
                self._declined_plan(i, acts=P.CHANGE_ACTS, cue=P.UNABLE_CUE)
            elif w in P.PASSIVE_AUX:
                self._declined_passive(i)
            elif w in P.NOT_ADJECTIVES and s.in_clause(i, P.JUDGE_VERBS):
                # "Niet alle onderdelen van dit advies acht ik uitvoerbaar": the hedge took the
                # "niet"; with it, the judgement rejects a part (read as partly_adopted)
                a, _ = s.bounds[s.clause[i]]
                if any(s.words[k] == "niet" and k in self.consumed for k in range(a, i)):
                    self.cues.append(_Cue("R", f"niet {w}", i, i))

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
        noun = next((k for k in range(within + 1, min(b, within + 5)) if s.words[k] not in P.ARTICLES), None)
        if (
            noun is None
            and s.words[within] == "bij"
            and any(s.words[j] in P.SPLIT_ADVERBS for j in range(i + 1, within))
        ):
            # what it does not fit named before, the adverb split from "bij": "Een minimum aantal uren in de
            # kerndoelen past daar niet bij." (round 44)
            return within
        return noun

    def _first_step_inquires(self, i: int) -> bool:
        """Whether the first step chosen with "eerst" in the clause of `i` is an inquiry ("kies ervoor om
        eerst de inspectie te vragen dit in kaart te brengen", "eerst te laten onderzoeken of …"). The step
        ends at the first "en" after its te-infinitive: in "kiest ervoor de toets eerst toe te passen op
        wetsvoorstellen over klimaat en … in 2028 te laten evalueren" the step is an application to some
        (a part), the evaluation only comes after it."""
        s = self.s
        first = s.first_in_clause(i, P.FIRST_STEP)
        if first is None:
            return False
        end, seen_te = len(s.words), False
        for k in range(first + 1, len(s.words)):
            if s.words[k] == "te":
                seen_te = True
            elif seen_te and s.words[k] == "en":
                end = k
                break
        return any(w in P.INQUIRY for w in s.words[first:end])

    def _still_their_choice(self, i: int) -> int | None:
        """Where "blijven" at `i` leaves a choice to others as it is ("blijven daarom zelf bepalen of …", "blijft zelf
        beslissen"), the index of the deciding verb; else None."""
        s = self.s
        _, b = s.bounds[s.clause[i]]
        own = next((k for k in range(i + 1, min(b, i + 4)) if s.words[k] == "zelf"), None)
        if own is None or s.in_clause(i, P.NEGATORS):
            return None
        return next((k for k in range(own + 1, min(b, own + 3)) if s.words[k] in P.CHOICE_VERBS), None)

    def _left_unchanged(self, i: int) -> int | None:
        """ "Het kabinet laat de grens ongewijzigd": where `LEFT_UNCHANGED` stands in the clause of "laat" at `i`, with
        the government its subject and no negation (see `LEAVE_VERBS`); else None."""
        s = self.s
        _, b = s.bounds[s.clause[i]]
        if (
            not s.in_clause(i, P.PLAN_SUBJECTS)
            or s.in_clause(i, P.NEGATORS)
            or s.in_clause(i, P.LEFT_FOR_A_WHILE)
        ):
            return None
        k = next((k for k in range(i + 1, min(b, i + 10)) if s.words[k] in P.LEFT_UNCHANGED), None)
        if k is None or not P.PLAN_BREAKS.isdisjoint(s.words[i + 1 : k]):
            return None  # (not "Ik laat weten dat de regeling ongewijzigd blijft": another clause's)
        return k

    def _kept_as_is(self, i: int) -> None:
        """ "De huidige leeftijdsgrens blijft bestaan", "blijft gehandhaafd": the change declined
        (see `UNCHANGED`), unless a problem is what remains or the clause is negated."""
        s = self.s
        n = len(s.words)
        a, b = s.bounds[s.clause[i]]
        if self._kept_to(i, a, b):
            return
        # ("De herbeoordeling blijft daarom voor alle werknemers bestaan": an adverb and a scope between)
        k = next((k for k in range(i + 1, min(b, i + 8)) if s.words[k] in P.UNCHANGED), None)
        if k is None:
            # "… blijft de zandwinning daarom binnen de huidige strook": where it is now
            k = next(
                (
                    k
                    for k in range(i + 3, min(b, i + 10))
                    if s.words[k] in P.KEPT_CURRENT
                    and s.words[k - 1] in ("de", "het")
                    and s.words[k - 2] in P.KEPT_PLACE_PREPOSITIONS
                ),
                None,
            )
        if k is None and s.in_clause(i, P.CONSEQUENCE_WORDS):
            # "De aanmeldpunten blijven daarom uitsluitend op werkdagen open": kept as limited as it is, the conclusion
            # of the passage
            k = next((k for k in range(i + 1, min(b, i + 6)) if s.words[k] in P.RESTRICTIVE), None)
            if k is None:
                # "Het Rijk blijft de bijdrage daarom per halte uitkeren, ongeacht het tempo": whatever was asked
                k = next((k for k in range(i + 1, n) if s.words[k] in P.REGARDLESS), None)
            if k is None:
                # "Het kabinet blijft daarom per land beoordelen of een verdrag mogelijk is": case by case, as now, not the
                # general rule asked (since round 41)
                k = next(
                    (
                        k
                        for k in range(i + 1, min(b, i + 6))
                        if s.words[k] == P.CASE_BY_CASE
                        and s.words[k + 1 : k + 2]
                        and s.words[k + 1] in P.CASES
                    ),
                    None,
                )
        if (
            k is None
            and (s.words[i + 1 : i + 2] in (["daarom"], ["dus"]) or s.words[i + 1 : i + 3] == ["dan", "ook"])
            # (not a talk or a watch kept up: "Ik blijf daarom in gesprek met gemeenten", "… blijft dat daarom volgen")
            and not s.in_clause(i, P.KEPT_UP_WORDS)
            # (nor a service kept available, what a report may have asked to keep: "Het loket blijft daarom open")
            and s.words[b - 1] not in P.KEPT_AVAILABLE
        ):
            # "De bestaande norm blijft daarom het uitgangspunt", "De toeslag blijft daarom voor iedere aanvraag
            # gelden", "Ik blijf daarom werken met …": what is, kept as the conclusion of the reasons before (the open
            # gold reads 167 of 175 answers with "blijft/blijven daarom" as rejected, the rest partly; round 58)
            k = i + 1
        if k is None or (s.words[k] == "stand" and s.words[k - 1] != "in"):
            return
        if s.words[k] == "kracht" and s.words[k - 1] != "van":
            return
        if s.in_clause(i, P.NEGATORS) or any(s.words[j] in P.PROBLEM_NOUNS for j in range(a, min(n, b))):
            return
        if any(w in P.UNTIL for w in s.words[k + 1 :]):
            return  # "Het team blijft bestaan totdat de voorraad is weggewerkt": a measure kept running
        self.cues.append(_Cue("R", "blijft bestaan", i, k))

    def _not_prescribed(self, i: int) -> None:
        """ "Een verplicht gesprek schrijf ik gemeenten niet voor": a measure not imposed (see `PRESCRIBE`)."""
        s = self.s
        a, b = s.bounds[s.clause[i]]
        if s.words[b - 1] != P.PRESCRIBE_PARTICLE or not s.in_clause(i, P.PRESCRIBERS):
            return
        negator = next((k for k in range(a, b) if s.words[k] in P.NEGATORS), None)
        if negator is not None:
            self.cues.append(_Cue("R", "schrijft niet voor", min(i, negator), b - 1))
            self.consumed.add(negator)

    def _kept_to(self, i: int, a: int, b: int) -> bool:
        """ "Het blijft daarom bij de bestaande leningen": what is there kept, said impersonally (see
        `IMPERSONAL_HET`); adds the cue and returns True when it is that form."""
        s = self.s
        if i != a + 1 or s.words[a] != P.IMPERSONAL_HET or s.in_clause(i, P.NEGATORS):
            return False
        k = next((k for k in range(i + 1, min(b - 1, i + 4)) if s.words[k] == P.BIJ), None)
        if k is None or s.words[k + 1] not in P.KEPT_DETERMINERS:
            return False
        self.cues.append(_Cue("R", "het blijft bij", i, k))
        return True

    def _not_working_towards(self, i: int) -> int | None:
        """The last word of "zet zich niet in (voor)" / "zich niet inzetten voor" around the "niet" at `i`
        (see `ZETTEN`), or None."""
        s = self.s
        a, b = s.bounds[s.clause[i]]
        if not any(s.words[k] in P.REFLEXIVE for k in range(max(a, i - 3), i)):
            return None
        if s.words[i + 1 : i + 3] == ["in", "voor"] and any(s.words[k] in P.ZETTEN for k in range(a, i)):
            return i + 2
        return next(
            (k for k in range(i + 1, min(b, i + 12)) if s.words[k] in P.INZETTEN and "voor" in s.words[i:k]),
            None,
        )

    def _declined_plan(self, i: int, acts: frozenset[str] | None = None, cue: str = "zal niet") -> None:
        """ "Een verplichte registratie ga ik niet invoeren", "Het kabinet zal geen heffing instellen":
        a plan of the government negated (see `PLAN_AUX`); with `acts`, only those acts ("Die indeling
        kan ik niet wijzigen", see `UNABLE_AUX`)."""
        s = self.s
        a, b = s.bounds[s.clause[i]]
        if not s.in_clause(i, P.PLAN_SUBJECTS) or b - a < 3:
            return
        if acts is None:
            asked = next(
                (
                    k
                    for k in range(i + 1, b - 1)
                    if s.words[k + 1] in P.DECLINED_REQUEST_ACTS and self.free_negator(k)
                ),
                None,
            )
            # (the government the auxiliary's own subject, either side of it: "Ik ga …", "zal het kabinet …"; the body
            # after it is asked, not the actor, see `is_government`)
            ours = (i > a and s.words[i - 1] in P.PLAN_SUBJECTS) or any(
                s.words[k] in P.PLAN_SUBJECTS for k in range(i + 1, min(b, i + 3))
            )
            if asked is not None and ours and "te" in s.words[asked + 2 : asked + 16]:
                # "Ik ga de ACM niet vragen warmtecoöperaties … toe te voegen": the request declined (round 54)
                self.cues.append(_Cue("R", P.DECLINED_REQUEST_CUE, min(i, asked), asked + 1))
                return
        last = b - 1
        act = s.words[last]
        passive = "worden" in s.words[i:last] and bool(P.PARTICIPLE.fullmatch(act))
        infinitive = act.endswith("en") and len(act) > 4 and s.words[last - 1] != "te"
        if not (passive or infinitive) or act in P.NOT_DECLINED_ACTS or act in P.INFORM:
            return
        if acts is not None and act not in acts:
            return
        before = s.words[last - 1]
        if before in P.PLAN_NP_DETERMINERS or (
            before.endswith("e") and s.words[last - 2] in P.PLAN_NP_DETERMINERS
        ):
            return  # "… niet in op de financiële gevolgen": a noun phrase, no act
        if any(s.words[k] in P.PLAN_BREAKS for k in range(i + 1, last)):
            return  # "Ik ga ervoor zorgen dat gemeenten geen kosten maken"
        neg = next((k for k in range(a, last) if self.free_negator(k)), None)
        if neg is None:
            # "Ik ga de huur niet volledig vergoeden": declined in full, the hedge then makes it a part
            neg = next(
                (
                    k
                    for k in range(a, last - 1)
                    if s.words[k] in P.NEGATORS and s.words[k + 1] in P.NOT_IN_FULL and k + 2 == last
                ),
                None,
            )
        if neg is None or (neg > 0 and s.words[neg - 1] == "nog"):
            return  # "Ik zal nog niet …" defers
        self.cues.append(_Cue("R", cue, min(i, neg), last))

    def declined_acts(self) -> None:
        """ "Een apart fonds richt ik niet op", "Een recht op plaatsing voer ik daarom niet in": the
        object in front, then the government's finite verb and subject, and a clause ending in
        "niet" (and the verb's particle, or an infinitive after "laten"): the act declined (see
        `DECLINED_ACT_ADVERBS`). "Dat beeld deel ik niet" declines nothing (`NOT_DECLINING_VERBS`)."""
        s = self.s
        for a, b in s.bounds:
            if (late := self._subject_first_declined(a, b)) is not None:
                # "Ik stel de regeling daarom niet open voor het mbo": subject first, "niet" and the particle
                self.cues.append(_Cue("R", P.REFUSED_ACT_CUE, a + 1, late))
                continue
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
            # ("neem … niet op" declines what is left out of a scheme: "Een hogere subsidie … neem ik daarin niet op";
            # "neem" stays no declining verb otherwise, "neem … niet over" being read as such; round 48)
            included = s.words[verb] in ("neem", "neemt") and s.words[last] == "op" and neg == last - 1
            if verb < a or verb == 0 or (s.words[verb] in P.NOT_DECLINING_VERBS and not included):
                continue  # (the verb first in the sentence: a question or a command)
            if verb > a and s.words[verb - 1] in P.SUBCLAUSE_START | P.CONDITIONALS:
                continue
            # (the negator stays free: an adoption verb in the clause, "voer … niet in", reads it too)
            self.cues.append(_Cue("R", P.REFUSED_ACT_CUE, verb, last))

    def declined_requirements(self) -> None:
        """ "Ik stel daarom geen landelijke eisen", "Het kabinet stelt geen maximum": requirements of ours not set,
        subject first, "geen" before the noun of what would be required (round 48)."""
        s = self.s
        for a, b in s.bounds:
            k = a + 2 if s.words[a : a + 2] == ["het", "kabinet"] else a + 1
            if (
                (s.words[a] not in P.FIRST_PERSON_SUBJECTS and k == a + 1)
                or k >= b
                or s.words[k] not in P.SET_VERBS
            ):
                continue
            for j in range(k + 1, min(b, k + 6)):
                if s.words[j] in P.SUBCLAUSE_START or s.words[j] == "vast":
                    break  # "Ik stel vast dat er geen eisen zijn": an observation, no requirement declined
                if s.words[j] == "geen" and self.free_negator(j):
                    noun = next(
                        (
                            m
                            for m in range(j + 1, min(b, j + 4))
                            if s.words[m] in P.REQUIREMENT_NOUNS or s.words[m].endswith(P.REQUIREMENT_TAILS)
                        ),
                        None,
                    )
                    if noun is not None:
                        self.cues.append(_Cue("R", P.REFUSED_ACT_CUE, k, noun))
                    break

    def _subject_first_declined(self, a: int, b: int) -> int | None:
        """In clause [a, b) that opens with the government and its finite verb ("Ik stel …", "Het kabinet richt …"),
        the index of a particle right after a free "niet", followed by the clause's end or a preposition ("… niet
        open voor het mbo", "… daarom niet in"); else None."""
        s = self.s
        k = a + 2 if s.words[a : a + 2] == ["het", "kabinet"] else a + 1
        if s.words[a] not in P.FIRST_PERSON_SUBJECTS and k == a + 1:
            return None
        if k >= b or s.words[k] in P.NOT_DECLINING_VERBS or s.words[k] in P.FIRST_PERSON_SUBJECTS:
            return None
        for j in range(k + 1, min(b - 1, k + 12)):
            if s.words[j] == "niet" and s.words[j + 1] in P.SUBJECT_FIRST_PARTICLES and self.free_negator(j):
                after = s.words[j + 2] if j + 2 < b else ""
                if not after or after in P.SUBJECT_FIRST_AFTER:
                    return j + 1
        return None

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

    def _against_the_advice(self, i: int) -> int | None:
        """Where "tegen" at `i` goes against a recommendation ("gaat in tegen het advies", "tegen het advies in"), the
        index of the recommendation noun; else None."""
        s = self.s
        _, b = s.bounds[s.clause[i]]
        noun = next((k for k in range(i + 1, min(b, i + 4)) if s.words[k] in P.RECOMMENDATION_NOUNS), None)
        if noun is None:
            return None
        going_in = i > 0 and s.words[i - 1] == "in" and s.in_clause(i, P.GAAN)
        against_in = "in" in s.words[noun + 1 : min(b, noun + 6)] and not s.in_clause(i, P.NEGATORS)
        return noun if going_in or against_in else None

    def _fronted_act_not_possible(self, i: int) -> int | None:
        """Where `i` is "kan"/"wil" after a fronted infinitive and before the first person and a clause-final
        "niet" ("Hen als partner opnemen kan ik echter niet"), the index of that "niet"; else None. ("Dat kan ik
        niet beoordelen" has its verb after "niet".)"""
        s = self.s
        if s.words[i] not in P.FRONTED_ACT_MODALS or i == 0 or not P.INFINITIVE_END.search(s.words[i - 1]):
            return None
        if s.words[i - 1] in P.NOT_INFINITIVE_WORDS or s.clause[i - 1] != s.clause[i]:
            return None
        _, b = s.bounds[s.clause[i]]
        k = i + 1
        if k >= b or s.words[k] not in P.FIRST_PERSON_SUBJECTS:
            return None
        k += 1
        while k < b and s.words[k] in P.FRONTED_ACT_ADVERBS:
            k += 1
        return k if k == b - 1 and s.words[k] == "niet" else None

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
                    if w.endswith("en") and i > 0 and s.words[i - 1] == "het" and nxt == "van":
                        continue  # "Het meenemen van dit inzicht in de eis is een logische stap": a noun
                    if w.endswith("en") and i > 1 and s.words[i - 2 : i] == ["het", "niet"] and nxt == "van":
                        continue  # "Bij het niet overnemen van een aanbeveling vindt overleg plaats": a case named
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
                        if P.OM in s.words[i + 1 : j] and "te" in s.words[j + 1 : end]:
                            # "volgt het advies om de kortingen op cultuur uit te smeren niet": inside the om-clause
                            # the word is that clause's preposition or particle (since round 41)
                            continue
                        if follow:
                            # the preposition fronted: "Tot het instellen van een eigen fonds … ga ik niet over"
                            # (a scope may follow the particle: "Met de tweede aanbeveling stemt het kabinet in voor
                            # Ghana en Kenia")
                            fronted = s.words[0] == follow and (not after or after in P.SCOPE_AFTER_PARTICLE)
                            # or a pronominal adverb in its clause: "daarvan zie ik voorlopig af"
                            a, _ = s.bounds[s.clause[i]]
                            fronted = fronted or not set(s.words[a:j]).isdisjoint(
                                P.PRONOMINAL_PREPOSITIONS.get(follow, ())
                            )
                            # … or split, "er" apart from its preposition: "Ik zie er daarom van af de
                            # hogescholen om … te vragen"
                            fronted = fronted or (
                                follow in s.words[i + 1 : j]
                                and not P.SPLIT_PRONOMINALS.isdisjoint(s.words[a:j])
                            )
                            if after != follow and not fronted:
                                continue
                        elif (
                            (after in P.PREPOSITION_FOLLOWERS or after == "te")
                            and not self._relative_after(j)
                            and not self._extent_before(j)
                        ):
                            continue
                        elif (
                            after
                            and after not in P.PARTICLE_FOLLOWERS
                            and (P.NAME_START.match(s.raw[j + 1]) or after[:1].isdigit())
                        ):
                            # a name or a number after it makes the word a preposition: "Ik voer overleg met de
                            # ambassades in Nairobi", "Ik voer in 2027 overleg" (not "invoeren"; round 64)
                            continue
                        elif particle == "over" and not P.STANDPOINT.isdisjoint(s.words[i + 1 : j]):
                            continue  # "Ik neem daar nu geen besluit over": a decision about it, not adopting
                        elif particle == "over" and not P.LEAVE_STEMS.isdisjoint(s.words[i + 1 : j]):
                            # "Het kabinet neemt kennis van deze aanbeveling en laat het opstellen van een standaard
                            # aan de branche over": the particle of "overlaten" (round 61)
                            continue
                        elif (
                            after
                            and s.words[j - 1] in P.RECOMMENDATION_NOUNS
                            and after not in P.PARTICLE_FOLLOWERS
                            and not self._relative_after(j)
                        ):
                            continue  # "de aanbeveling over gekwalificeerde meerderheid": a preposition
                        elif (
                            after
                            and after not in P.PARTICLE_FOLLOWERS
                            and s.words[end - 1] in P.OTHER_PARTICLES.get(particle, ())
                        ):
                            continue  # "neemt in elk examen een vraag over matrixborden op": the clause's particle is "op"
                        self._separable_cue(name, kind, i, j)
                        break

    def _extent_before(self, j: int) -> bool:
        """Whether the particle at `j` closes an extent whose "dat" clause follows it: "Ik neem de aanbeveling in zoverre
        over dat ik mij in Europees verband … inzet", "in die zin over dat …" (round 60)."""
        s = self.s
        return s.words[j + 1 : j + 2] == ["dat"] and s.words[max(0, j - 2) : j] in (
            ["in", "zoverre"],
            ["die", "zin"],
        )

    def _relative_after(self, j: int) -> bool:
        """Whether a relative clause opens after the particle at `j`: "volgt alle aanbevelingen op die de
        raad heeft gedaan" (not the preposition of "op die manier", "op dat punt")."""
        s = self.s
        return (
            (s.words[j - 1] in P.RECOMMENDATION_NOUNS or s.words[j - 1] in P.PART_NOUNS)
            and s.words[j + 1 : j + 2] in (["die"], ["dat"], ["welke"])
            and s.words[j + 2 : j + 3] != []
            and s.words[j + 2] in P.CLAUSE_SUBJECT_STARTS
        )

    def _separable_cue(self, name: str, kind: str, first: int, last: int, *, nonfinite: bool = False,
                       te: bool = False) -> None:  # fmt: skip
        s = self.s
        if name in P.NEEDS_RECOMMENDATION and _object_kind(s, first, None) != "A":
            return
        if name == "uitvoeren" and any(
            s.words[k] in P.ALREADY and s.words[k + 1] not in P.AS_EARLY_AS_NEXT for k in range(first, last)
        ):
            # "De sociale partners voeren deze aanbeveling dus al uit": carried out already, whoever does it (round 59)
            self.cues.append(_Cue("L", "voert al uit", first, last))
            return
        # (also "zich" before an infinitive: "Het kabinet blijft zich daarom richten op afspraken …"; round 57)
        if name == "oprichten" and ("zich" in s.words[max(0, first - 3) : last] or nonfinite):
            # "Het kabinet richt zich daarbij op preventie": an aim, no body set up; "Een apart fonds oprichten wil ik
            # niet": the fused infinitive is the act a modal declines (read by the fronted-act cue), no adoption
            return
        if name in ("invoeren", "oprichten") and te:
            return  # "zijn advies om een referendum in te voeren": what is advised, not introduced
        if name == "terugkomen" and (s.in_clause(first, P.FORWARD) or s.in_clause(first, {"later"})):
            return  # "Op de derde aanbeveling kom ik later in deze brief terug": a pointer, no stance
        self.cues.append(_Cue(kind, name, first, last, nonfinite=nonfinite, te_infinitive=te))


def _judges_fronted_fact(s: Sentence, i: int) -> bool:
    """Whether the negative adjective at `i` judges a fronted dat-clause that states a fact (`FACT_MARKERS`, no
    `PROPOSAL_MODALS`): "Dat partners in een aantal gemeenten niet welkom zijn, vind ik onwenselijk" (the problem); or,
    the report's author named beside it, a dat-clause after it: "ik vind het met de ombudsman onwenselijk dat iemand
    kort na het overlijden van een partner een brief … ontvangt" (round 60)."""
    if _judges_fact_with_author(s, i):
        return True
    if not s.words or s.words[0] != "dat" or s.clause[i] == 0:
        return False
    a, b = s.bounds[0]
    fronted = set(s.words[a + 1 : b])
    return bool(fronted & P.FACT_MARKERS) and not fronted & P.PROPOSAL_MODALS


def _judges_fact_with_author(s: Sentence, i: int) -> bool:
    """ "vind het met de ombudsman onwenselijk dat …": the judgement shared with the report's author ("met" and a
    body before the adjective, "het" standing for the dat-clause right after it, no `PROPOSAL_MODALS` in that clause)."""
    if i + 1 >= len(s.words) or s.words[i + 1] != "dat" or "het" not in s.words[max(0, i - 8) : i]:
        return False
    shared = any(
        s.words[k] == "met" and s.words[k + 1] in P.ARTICLES_AFTER_SUBJECT
        for k in range(max(0, i - 7), i - 1)
    )
    rest = s.words[i + 2 :]
    return shared and not set(rest) & P.PROPOSAL_MODALS


def _instead_of_named(words: list[str]) -> int | None:
    """Where "in plaats van" stands before a thing named ("in plaats van een eigen bevoegdheid"), not "in plaats
    daarvan" (a measure in the asked one's place, `P.INSTEAD_CUE`); None if the sentence has none."""
    for k in range(len(words) - 2):
        if words[k] == "in" and words[k + 1] == P.INSTEAD and words[k + 2] == "van":
            return k
    return None


def _lesser_form_chosen(words: list[str], verb: int) -> int | None:
    """Where "voor een" and a lesser comparative (`P.LESSER_FORMS`) follow the choosing verb at `verb` within a few words
    ("kiest voor een lichtere vorm", "kies daarom voor een kleinere steekproef"); None otherwise."""
    for k in range(verb + 1, min(len(words) - 2, verb + 6)):
        if words[k] == "voor" and words[k + 1] == "een" and words[k + 2] in P.LESSER_FORMS:
            return k + 2
    return None
