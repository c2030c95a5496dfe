"""Cue finders of `kamerstuk.entities.stance`: hedges that make an adoption partial ("gedeeltelijk",
"in grote lijnen", "niet alle", "minder dan de commissie adviseerde", "beperkt tot …") and conceded parts."""

from __future__ import annotations

from kamerstuk.entities.stance_clauses import Cue as _Cue
from kamerstuk.entities.stance_clauses import by_first_word as _by_first_word
from kamerstuk.entities.stance_clauses import consults_on_recommendation
from kamerstuk.entities.stance_clauses import match_at as _match_at
from kamerstuk.entities.stance_reader import ReaderBase
from kamerstuk.patterns import stance as P

_HEDGES_BY_FIRST = _by_first_word(P.HEDGES, lambda h: h)

# The words at which `hedges` can find a cue: every branch of its loop tests the word at `i` against
# one of these first (or takes a number in digits), so it skips all other words at once. Each cue
# finder has such a set (`_REJECTION_WORDS`, `_AGREEMENT_WORDS`, …). Keep them in step with the branches.
_HEDGE_WORDS = (
    frozenset(_HEDGES_BY_FIRST)
    | P.NUMBERS
    | {"er", P.RESTRICTED_PARTICLE}
    | P.RESTRICTIVE
    | P.SOME
    | P.LIMIT_VERBS
    | P.LESS
    | {P.NO_FURTHER[0]}
    | P.AGREED_FOR_SOME
    | {P.AS_FAR_AS[0]}
)


class HedgeCues(ReaderBase):
    """The hedge cues ("P") of a sentence, and "Wel …" concessions."""

    def _fronted_scope(self) -> _Cue | None:
        """ "Voor de aanmeldlocaties neem ik deze aanbeveling over": the adoption fronted by the group it holds for, a
        part (see `FRONTED_SCOPE_VERBS`); the verb second, right after the group, with our subject after it."""
        s = self.s
        if s.words[:1] != ["voor"] or len(s.words) < 4:
            return None
        # the group with an article, or a bare plural ("Voor proefabonnementen neem ik dit advies over"); not "Voor alle
        # scholen …", "Voor zover …", "Voor nu …"
        first = 2 if s.words[1] in ("de", "het") else 1
        for k in range(first + 1, min(len(s.words) - 1, 9)):
            if s.words[k] in P.FRONTED_SCOPE_VERBS and s.words[k + 1] in P.FIRST_PERSON_SUBJECTS | {"het"}:
                group = s.words[first:k]
                if not group or not P.FRONTED_SCOPE_NOT.isdisjoint(group) or any(w.isdigit() for w in group):
                    return None
                followed = P.FOLLOWED_BODIES if s.words[k] in P.FOLLOW_STEMS else frozenset()
                if not s.in_clause(k, P.RECOMMENDATION_NOUNS | {"haar", "hem"} | followed):
                    return None  # "Voor de komende periode neem ik de volgende maatregelen"
                return _Cue("P", "voor een deel van de groep", 0, k)
        return None

    def _within_what_it_means(self, i: int) -> bool:
        """Whether word `i` stands in the "dat"-clause of "betekent dat" / "houdt in dat" before it in the sentence."""
        words = self.s.words
        return any(
            words[k] in P.MEANS_THAT and "dat" in words[k + 1 : k + 3] for k in range(max(0, i - 25), i)
        )

    def _share_of_the_advice(self, last: int) -> bool:
        """Whether "een deel van" ending at word `last` goes on with the advice or its parts ("een deel van dat advies",
        "een deel van de aanbevelingen", "een deel van wat de raad vraagt"), not with a thing ("een deel van de
        subsidie")."""
        words = self.s.words
        k = last + 1
        while k < len(words) and words[k] in P.SHARE_DETERMINERS:
            k += 1
        return k < len(words) and (words[k] in P.RECOMMENDATION_NOUNS or words[k] in P.SHARE_OF_ADVICE)

    def limited_measure(self) -> None:
        """ "Ik beperk het daarom tot …", "Ik leg de plicht alleen vast voor …": a measure of ours for some cases only, read
        as a part (a hedge with the adoption it limits)."""
        s = self.s
        for c, (_a, b) in enumerate(s.bounds):
            firsts = s.firsts[c]
            if not any(w in firsts for w in P.OUR_ACTORS) or any(w in firsts for w in P.NEGATORS):
                continue
            verb = min((firsts[w] for w in P.LIMIT_MEASURE_VERBS if w in firsts), default=None)
            if verb is not None and "tot" in firsts and firsts["tot"] > verb:
                self.cues.append(_Cue("P", "beperkt tot", verb, firsts["tot"]))
                self.cues.append(_Cue("A", "beperkt tot", verb, verb))
                return
            only = min((firsts[w] for w in P.RESTRICTIVE if w in firsts), default=None)
            link = min(
                (firsts[w] for w in P.RESTRICTION_LINKS if firsts.get(w, -1) > (only or 0)), default=None
            )
            if (
                only is not None
                and link is not None
                # (a group after the link, not a clause: "Ik stel alleen voor dat …" is the verb's particle)
                and link + 1 < b
                and s.words[link + 1] not in P.NOT_A_GROUP_AFTER_LINK
                and (
                    measure := min((firsts[w] for w in P.LIMITED_MEASURE_STEMS if w in firsts), default=None)
                )
                is not None
                and measure < only
            ):
                self.cues.append(_Cue("P", "alleen voor", only, only))
                self.cues.append(_Cue("A", "maatregel voor een deel", measure, measure))
                return

    def limit_after_but(self) -> None:
        """ "Ik ben bereid hieraan bij te dragen, maar alleen voor …", "… een goed idee, maar niet in de omvang …", "…
        geen erfrecht te geven, maar wel het recht om …": a step of ours and its limit after "maar" (a part: the hedge
        with the adoption it limits; see `BUT_LIMITS`)."""
        s = self.s
        if "maar" not in s.words:
            return
        for c in range(1, len(s.bounds)):
            a, b = s.bounds[c]
            if s.words[a] != "maar" or a + 1 >= b:
                continue
            nxt = s.words[a + 1]
            first = s.firsts[0]
            before = set().union(*(s.firsts[k].keys() for k in range(c)))
            if not before & P.OUR_ACTORS and not before & P.JUDGED_WORTH:
                return
            if before & P.NOT_A_STEP_BEFORE_BUT or ("alleen" in before and "niet" in before):
                return  # "Ik begrijp de wens, maar …"; "niet alleen …, maar ook"
            negated_before = bool(before & P.NEGATORS)
            if (nxt in P.BUT_LIMITS and not negated_before and not (nxt == "niet" and "ook" in first)) or (
                nxt == P.BUT_WEL and negated_before
            ):
                self.cues.append(_Cue("P", f"maar {nxt}", a, a + 1))
                # (the step is the clause before "maar": its actor is ours, whoever the limit names)
                step = s.bounds[c - 1][0]
                self.cues.append(_Cue("A", "stap met een grens", step, step))
            return

    def _rest_of_group_declined(self) -> _Cue | None:
        """ "Voor andere begeleiders doe ik dat niet": the rest of a group fronted and declined in the same clause,
        which leaves the act for some (a part). Adds the rejection; returns the hedge."""
        s = self.s
        if s.words[:1] != ["voor"] or len(s.words) < 5:
            return None
        rest = 2 if s.words[1] in ("de", "het") else 1
        if s.words[rest] not in P.REST_OF_GROUP:
            return None
        negator = next(
            (
                k
                for k in range(rest + 2, len(s.words))
                if s.words[k] in P.NEGATORS and s.clause[k] == s.clause[0]
            ),
            None,
        )
        if negator is None or not P.RECOMMENDATION_NOUNS.isdisjoint(s.words[rest : negator + 1]):
            return None
        # (the hedge with the rejection it restricts: partly_adopted on its own, as the act for some goes before it)
        self.cues.append(_Cue("R", "… niet", negator, negator, negated=True))
        return _Cue("P", "voor de rest van de groep niet", 0, negator)

    def _measure_declined_for_group(self) -> _Cue | None:
        """ "Voor de zeehavens kies ik niet voor vaste teams": a measure declined for the group fronted, named after "niet
        voor", which leaves it for the others (a part; in the gold 2 of 2, while "Voor een meldplicht kies ik niet",
        the measure itself fronted, rejects in 5 of 5; round 52)."""
        s = self.s
        if s.words[:1] != ["voor"] or len(s.words) < 7:
            return None
        verb = next((k for k in range(2, min(len(s.words) - 3, 12)) if s.words[k] in P.KIEZEN), None)
        if (
            verb is None
            or s.clause[verb] != s.clause[0]
            or s.words[verb + 1] not in P.FIRST_PERSON_SUBJECTS | {"het"}
        ):
            return None
        group = s.words[1:verb]
        if not P.RECOMMENDATION_NOUNS.isdisjoint(group) or not P.FRONTED_SCOPE_NOT.isdisjoint(group):
            return None
        rest = s.words[verb + 2 : verb + 6]
        if "niet" not in rest:
            return None
        negator = verb + 2 + rest.index("niet")
        after = s.words[negator + 1 : negator + 3]
        if len(after) < 2 or after[0] != "voor" or s.clause[negator + 1] != s.clause[0]:
            return None
        return _Cue("P", "voor een deel van de groep niet", 0, negator)

    def hedges(self) -> None:
        s = self.s
        for i in range(len(s.words) - 1):
            if (s.words[i], s.words[i + 1]) in P.IN_PRINCIPLE and any(
                s.words[k] in P.BUT and s.clause[k] > s.clause[i] for k in range(i + 2, len(s.words))
            ):
                # "… steun ik in beginsel, maar in de praktijk is zij lastig": agreed in principle only
                self.cues.append(_Cue("P", P.IN_PRINCIPLE_CUE, i, i + 1))
                break
        for i, w in enumerate(s.words):
            if (
                w in P.APPEALS
                and s.words[i + 1 : i + 2]
                and s.words[i + 1] in P.APPEAL_READERS | {"het"}
                and s.in_clause(i, P.APPEAL_READERS)
                and s.in_clause(i, {"aan"})
            ):
                if any(s.words[k] in P.BUT and s.clause[k] > s.clause[i] for k in range(i + 2, len(s.words))):
                    # "Een persoonlijk budget voor iedere leraar spreekt mij aan, maar een volledig
                    # individueel budget zou …": the idea agreed with, a reservation made (what the
                    # passage goes on to do decides: see `settle_passage`)
                    self.cues.append(_Cue("W", P.APPEAL_CUE, i, i, aim=True))
                else:
                    # "De tweede aanbeveling van het planbureau spreekt mij aan.": agreement
                    self.cues.append(_Cue("W", P.APPEAL_PLAIN_CUE, i, i))
                break
        if (
            scope := self._fronted_scope()
            or self._rest_of_group_declined()
            or self._measure_declined_for_group()
        ) is not None:
            self.cues.append(scope)
        for c, (a, b) in enumerate(s.bounds):
            if (
                c > 0
                and s.words[a] == P.CONCESSIVE_AL
                and a + 1 < b
                and s.words[a + 1] in P.CONCESSIVE_AL_VERBS
                and not P.CONCESSION_LEAVES_NOTHING_OUT.intersection(s.words[a:b])
            ):
                # "…, al blijven duurdere aanpassingen daarmee buiten beeld": conceded, a part left out
                self.cues.append(_Cue("P", "al (toegegeven)", a, a + 1))
                break
        if (
            s.words[:1] == [P.NO_FURTHER[0]]
            and len(s.words) > 2
            and s.words[1] in P.GAAN
            and (s.words[2] in P.FIRST_PERSON_SUBJECTS or s.words[2:4] == ["het", "kabinet"])
            and P.NO_FURTHER[1] in s.words[2:5]
            and s.clause[s.words.index(P.NO_FURTHER[1], 2)] == s.clause[0]
        ):
            # "Verder ga ik niet: in grotere kernen is meestal nog een winkel": the limit of what was granted
            # (the rest declined: with the hedge alone the sentence reads as a part adopted)
            negator = s.words.index(P.NO_FURTHER[1], 2)
            self.cues.append(_Cue("P", P.NO_FURTHER_CUE, 0, negator))
            self.cues.append(_Cue("R", P.NO_FURTHER_CUE, 0, negator))
        if P.DISTINCTION in s.words and any(w in P.RECOMMENDATION_NOUNS for w in s.words):
            at = s.words.index(P.DISTINCTION)
            if (
                s.in_clause(at, P.DISTINCTION_VERBS)
                and (s.in_clause(at, P.FIRST_PERSON_SUBJECTS) or s.in_clause(at, {"kabinet"}))
                and not s.in_clause(at, P.NEGATORS)
            ):
                # "Bij de tweede aanbeveling maak ik onderscheid": a part taken, a part not
                self.cues.append(_Cue("P", P.DISTINCTION_CUE, at, at))
                self.cues.append(_Cue("R", P.DISTINCTION_CUE, at, at))
        for i, w in enumerate(s.words[:-2]):
            if (
                w in P.AGREED_FOR_SOME
                and s.words[i + 1] in P.FIRST_PERSON_SUBJECTS
                and s.words[i + 2] == P.RESTRICTED_FOR
                and s.words[i + 3 : i + 4] != []
                and P.AGREED_FOR_NOT.isdisjoint(s.words[i + 3 : i + 5])
                and s.clause[i + 2] == s.clause[i]
            ):
                # "De eerste aanbeveling onderschrijf ik voor Bonaire, waar …": for some only
                self.cues.append(_Cue("P", "voor een deel van de groep", i + 2, i + 3))
                break
        if s.words[0] != P.AS_FAR_AS[0]:
            for i, w in enumerate(s.words):
                if (
                    w == P.AS_FAR_AS[0]
                    and i > 2
                    # ("wat X betreft", or "wat betreft X": "ben ik het eens wat betreft pompen voor voeding", since
                    # round 38)
                    and P.AS_FAR_AS[1] in s.words[i + 1 : i + 12]
                    and any(s.words[k] in ("eens", *P.AGREED_FOR_SOME) for k in range(max(0, i - 6), i))
                ):
                    # "… ben ik het eens wat de hulp bij het zoeken naar werk betreft": as far as that part goes
                    self.cues.append(_Cue("P", "wat … betreft", i, i))
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
                w == P.INTRODUCED_PARTICLE
                and s.words[i + 1 : i + 2] == [P.RESTRICTED_FOR]
                and s.clause[i + 1] == s.clause[i]
                and i + 2 < len(s.words)
                and P.AGREED_FOR_NOT.isdisjoint(s.words[i + 2 : i + 4])
                and s.words[i + 2] not in P.WHOLE_SCOPE_WORDS
                and (stem := s.first_in_clause(i, P.INTRODUCE_STEMS)) is not None
                and stem < i
                and any(
                    s.words[k] in P.RECOMMENDATION_NOUNS or s.words[k] in P.REPORT_ASKS
                    for k in range(s.bounds[0][0], stem)
                )
            ):
                # "Wat IOB in de derde aanbeveling vraagt, voer ik in voor de programma's die via scholen lopen": what
                # the recommendation asks, brought in for a group only (round 64; not "voor alle", "voor iedereen")
                self.cues.append(_Cue("P", "in voor", i, i + 1))
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
                if last is not None and tuple(hedge) in P.SHARE_HEDGES and self._within_what_it_means(i):
                    break  # "… betekent dat de Staat afziet van een deel van wat …": a consequence, no part adopted
                if (
                    last is not None
                    and tuple(hedge) in P.SHARE_HEDGES
                    and not self._share_of_the_advice(last)
                ):
                    # "Aanbeveling 1 volg ik: vanaf 2028 wordt een deel van de subsidie pas uitbetaald wanneer …": a
                    # share of a thing in the measure, not of the advice (round 49)
                    break
                if (
                    last is not None
                    and tuple(hedge) in P.MOST_HEDGES
                    and i > 0
                    and s.words[i - 1] in P.COUNTED_PLACE_PREPOSITIONS
                    and s.words[last + 1 : last + 2] != []
                    and s.words[last + 1] not in P.RECOMMENDATION_NOUNS
                    and not s.in_clause(
                        i, P.RESTRICTED_ADOPTION
                    )  # (not "In de meeste gevallen neem ik haar over")
                ):
                    break  # "in de meeste dossiers voegt het horen weinig toe": the cases counted, no part adopted
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
                    # (not a place or a case counted: "in vijf van de zes steden zijn hun coöperaties niet …")
                    and not (
                        i > 0
                        and s.words[i - 1] in P.COUNTED_PLACE_PREPOSITIONS
                        and s.words[i + 4 : i + 5] != []
                        and s.words[i + 4] not in P.RECOMMENDATION_NOUNS
                    )
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

    def _conceded(self) -> None:
        """ "Wel verhoog ik het bedrag naar € 8.000": a sentence that opens on "Wel" with the government as
        the subject right after its verb concedes a part (a variant next to a rejection)."""
        s = self.s
        if len(s.words) < 4:
            return
        if any(consults_on_recommendation(s, i) for i in range(len(s.words))):
            return  # "Wel bespreek ik de aanbeveling met de VNG": a consultation, no part conceded
        if not P.STUDY_CONCESSION_VERBS.isdisjoint(s.words[: s.bounds[0][1]]):
            return  # "Wel laat ik de gevolgen doorrekenen": a study, no part conceded
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
