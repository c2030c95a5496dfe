"""Cue finders of `kamerstuk.entities.stance`: agreement and adoption ("onderschrijft", "deelt de
analyse", "volgt het advies", "neemt ter harte", "is opgenomen in het actieplan", "trekt geld uit")."""

from __future__ import annotations

import bisect

from kamerstuk.entities.stance_clauses import Cue as _Cue
from kamerstuk.entities.stance_clauses import appreciates_report as _appreciates_report
from kamerstuk.entities.stance_clauses import by_first_word as _by_first_word
from kamerstuk.entities.stance_clauses import match_at as _match_at
from kamerstuk.entities.stance_clauses import near as _near
from kamerstuk.entities.stance_clauses import object_kind as _object_kind
from kamerstuk.entities.stance_clauses import object_noun as _object_noun
from kamerstuk.entities.stance_clauses import response_follows as _response_follows
from kamerstuk.entities.stance_reader import ReaderBase
from kamerstuk.patterns import stance as P

_ADOPT_PHRASES_BY_FIRST = _by_first_word(P.ADOPT_PHRASES, lambda p: p[1])

_IN_LINE_WITH_BY_FIRST = _by_first_word(P.IN_LINE_WITH, lambda p: p)

# How far into the sentence a view verb may stand for `_view_shared_with_author` ("Net als de Raad voor de rechtspraak
# is het kabinet van oordeel …": the opener, the author and our subject come first).
_VIEW_REACH = 14


# The words at which `agreement` can find a cue (see `_HEDGE_WORDS` in `stance_hedges`).
_AGREEMENT_WORDS = (
    frozenset(P.AGREE_VERBS)
    | P.VOLGEN
    | P.JUDGE_VERBS
    | P.ZIEN
    | P.REGARD_AS
    | {"eens"}
    | P.REFLEXIVE
    | P.GIVE_EFFECT
    | P.ADAPTED
    | frozenset(_ADOPT_PHRASES_BY_FIRST)
    | frozenset(_IN_LINE_WITH_BY_FIRST)
    | P.FUNDED
    | frozenset(P.FUNDING_PARTICLES)
    | P.OPNEMEN
    | {"op", P.AS_RECOMMENDED}
    | P.SHARED_VIEW_VERBS
    | frozenset(P.CHANGE_VERBS)
    | {P.INSTEAD}
    | P.COMES
)


def _plan_noun(word: str) -> bool:
    """ "actieplan", "wetsvoorstel", "Gemeentewet", "Zorgakkoord": a plan or law of the government."""
    return word in P.PLAN_NOUNS or word.endswith(P.PLAN_SUFFIXES)


def _noun_before_delen(word: str) -> bool:
    """Whether the word before "delen" makes it the plural noun: an article or numeral ("de delen", "alle
    delen", "twee delen") or an inflected adjective ("beweegbare delen", "andere delen"); not a noun in -e
    ("De analyse delen wij")."""
    return word in P.DELEN_NOUN_BEFORE or word.endswith(P.ADJECTIVE_ENDINGS)


class AgreementCues(ReaderBase):
    """The adoption ("A") and agreement ("W") cues of a sentence."""

    def agreement(self) -> None:
        s = self.s
        n = len(s.words)
        for i, w in enumerate(s.words):
            if w not in _AGREEMENT_WORDS:
                continue
            if w == P.AS_RECOMMENDED:
                cue = self._as_recommended(i)
                if cue is not None:
                    self.cues.append(cue)
                continue
            if w in P.COMES:
                # "Een jaarlijkse telling in de risicogebieden komt er": what is asked will exist (the positive of
                # "komt er niet"; the subject before the verb, "er" closing the clause, no negation; round 48)
                a, b = s.bounds[s.clause[i]]
                if (
                    a < i
                    and s.words[a] != "er"
                    and i + 1 < n
                    and s.words[i + 1] == "er"
                    and (i + 2 == b or (i + 3 == b and s.words[i + 2] in P.COMES_THERE_ADVERBS))
                    and not s.in_clause(i, P.NEGATORS)
                    and not s.in_clause(i, P.SUBCLAUSE_START)
                ):
                    self.cues.append(_Cue("A", P.COMES_THERE_CUE, i, i + 1))
                continue
            if w == P.INSTEAD:
                instead = 0 < i < n - 1 and s.words[i - 1] == "in" and s.words[i + 1] in P.INSTEAD_OF_THAT
                if instead and not s.in_clause(i, P.NEGATORS):  # "In plaats daarvan richt het kabinet … in"
                    self.cues.append(_Cue("A", P.INSTEAD_CUE, i - 1, i + 1))
                continue
            if w in P.AGREE_VERBS:
                if w == "deel" and (
                    (i > 0 and s.words[i - 1] in P.DEEL_AS_NOUN_BEFORE)
                    or (i + 1 < n and s.words[i + 1] == "van")
                ):
                    continue  # "een belangrijk deel van de aanbevelingen": a noun
                if w == "delen" and i > 0 and _noun_before_delen(s.words[i - 1]):
                    continue  # "storingen aan beweegbare delen": the plural noun
                if _appreciates_report(s, i):
                    continue  # "erkent het belang van het onderzoek": courtesy to the report
                lemma, mode = P.AGREE_VERBS[w]
                reflexive = any(s.words[k] in P.REFLEXIVE for k in range(i + 1, min(n, i + 3)))
                default = "A" if mode == "A" else ("W" if reflexive and mode == "D" else None)
                kind = _object_kind(s, i, default)
                if kind is None and mode == "S" and self._short_pronoun_object(i):
                    kind = "A"  # "Ik ondersteun dat.", "Dat steun ik van harte.": what was just described
                if kind is None and mode == "S" and self._fronted_content_object(i):
                    # "Een geschillencommissie voor de sportbranche steun ik": the measure put first
                    kind = "A"
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
            elif (w in P.ADAPTED and self._adapted_in_response(i)) or (
                w in P.CHANGE_VERBS and self._changed_on_grounds(i)
            ):
                # "… is naar aanleiding van het advies aangepast", "Naar aanleiding van deze aanbeveling pas ik … aan"
                self.cues.append(_Cue("A", "aangepast naar aanleiding", i, i))
            elif w in P.JUDGE_VERBS and self._good_judgement(i):
                if self._values_a_state(i):
                    # "Het kabinet vindt het waardevol dat de kennis … doorklinkt": the aim valued
                    self.cues.append(_Cue("W", "vindt waardevol dat", i, i, aim=True))
                else:
                    self.cues.append(_Cue("A", f"{w} goed", i, i))
            elif w in P.SHARED_VIEW_VERBS and (view := self._view_shared_with_author(i)) is not None:
                self.cues.append(view)
            elif w in P.ZIEN and any(s.words[k] in P.SEEN_POINT for k in range(i + 1, min(n, i + 4))):
                self.cues.append(_Cue("W", "het belang zien", i, i))
            elif (
                w in P.ZIEN
                and (k := next((k for k in range(i + 1, min(n, i + 6)) if s.words[k] in P.SEEN_REASON), None))
                is not None
                and "om" in s.words[k + 1 : k + 3]
                and not s.in_clause(i, P.NEGATORS)
                and s.in_clause(i, P.FIRST_PERSON_SUBJECTS | {"kabinet"})
            ):
                if any(s.words[j] in P.TOO_LITTLE for j in range(i + 1, k)):
                    # "Ik zie onvoldoende aanleiding om daarop terug te komen": as "geen aanleiding" (round 66)
                    self.cues.append(_Cue("R", "geen aanleiding", i, k))
                else:
                    self.cues.append(
                        _Cue("A", P.SEEN_REASON_CUE, i, k)
                    )  # "zie ik goede redenen om … te verruimen"
            elif (w in P.ZIEN or w in P.REGARD_AS) and (support := self._seen_as_support(i)) is not None:
                self.cues.append(support)
            elif w == "eens" and s.in_clause(i, P.ZIJN) and s.in_clause(i, {"het"}):
                self.cues.append(_Cue(_object_kind(s, i, "A") or "A", "het eens zijn", i, i))
            elif w == "eens" and s.words[0] == "dat" and s.in_clause(i, P.ZIJN) and s.clause[i] > 0:
                # "Dat huurders niet de volle huur moeten betalen, ben ik met de Aw eens": the fronted
                # clause is what is agreed (an aim), standing for "het"
                self.cues.append(_Cue("W", "het eens zijn", i, i, aim=True))
            elif w in P.REFLEXIVE:
                for k in range(i + 1, min(n, i + 4)):
                    if s.words[k] in P.VINDEN and "in" in s.words[k + 1 : k + 4]:
                        self.cues.append(_Cue(_object_kind(s, k, "A") or "A", "zich vinden in", i, k))
                        break
                    # the verb right before "zich", or before its subject in inverted order: "daarom sluit het
                    # kabinet zich aan bij IOB"
                    verb = next(
                        (j for j in range(i - 1, max(-1, i - 4), -1) if s.words[j] in P.AANSLUITEN), None
                    )
                    if s.words[k] == "aan" and verb is not None and s.clause[verb] == s.clause[i]:
                        self.cues.append(_Cue(_object_kind(s, k, "A") or "A", "zich aansluiten bij", verb, k))
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
                        # (what has been done so since a past year is in place: "In lijn met de tweede aanbeveling
                        # werken de organisaties sinds 2025 samen met …"; round 64)
                        since = any(
                            s.words[j] == P.SINCE
                            and s.words[j + 1][:1].isdigit()
                            and len(s.words[j + 1]) == 4
                            for j in range(k + 1, n - 1)
                        )
                        kind = "L" if since and not any(w in P.FUTURE for w in s.words) else "A"
                        self.cues.append(_Cue(kind, " ".join(seq), i, k))
                        break

    def positive_reply(self) -> None:
        """ "kan ik positief antwoorden", "acht ik terecht", "een terechte aanbeveling", "Aan deze aanbeveling kom ik
        tegemoet": the recommendation met (see `POSITIVE`, `RIGHT`, `MEET`)."""
        s = self.s
        for c, (_a, b) in enumerate(s.bounds):
            firsts = s.firsts[c]
            if any(w in firsts for w in P.NEGATORS):
                meet = min((firsts[w] for w in P.MEET if w in firsts), default=None)
                if (
                    meet is not None
                    and "niet" in firsts
                    and "aan" in firsts
                    and any(w in firsts for w in ("kom", "komt", "komen", "tegemoetkomen"))
                    and (any(w in firsts for w in P.FIRST_PERSON_SUBJECTS) or "kabinet" in firsts)
                    and s.words[firsts["niet"] + 1 : firsts["niet"] + 2] != ["alleen"]
                ):
                    # "Aan de vierde aanbeveling kom ik niet tegemoet": the recommendation not met (round 58)
                    self.cues.append(_Cue("R", "niet tegemoetkomen aan", meet, meet))
                    return
                continue
            if P.POSITIVE in firsts and any(w in firsts for w in P.REPLY_VERBS):
                k = firsts[P.POSITIVE]
                self.cues.append(_Cue("A", "positief reageren", k, k))
                return
            right = min((firsts[w] for w in P.RIGHT if w in firsts), default=None)
            if right is not None and (
                (
                    any(w in firsts for w in P.JUDGE_VERBS)
                    and any(w in firsts for w in P.FIRST_PERSON_SUBJECTS)
                )
                or (
                    right + 1 < b and s.words[right + 1] in P.RIGHT_NOUNS and any(w in firsts for w in P.ZIJN)
                )
            ):
                self.cues.append(_Cue("A", "terecht", right, right))
                return
            meet = min((firsts[w] for w in P.MEET if w in firsts), default=None)
            if (
                meet is not None
                and "aan" in firsts
                and (s.words[meet] != "tegemoet" or any(w in firsts for w in ("kom", "komt", "komen")))
            ):
                self.cues.append(_Cue("A", "tegemoetkomen aan", meet, meet))
                return

    def quantity_act(self) -> None:
        """ "Ik verleng de termijn wel van vijf naar zeven jaar": a measure of ours that sets an amount (see
        `QUANTITY_ACT`), not negated; an adoption of kind "lesser" (`agreement_kind`)."""
        s = self.s
        if not any(ch.isdigit() for ch in s.text) and not any(w in P.NUMBERS for w in s.words):
            return  # (no amount: most sentences)
        m = P.QUANTITY_ACT.search(s.text)
        if m is None:
            return
        first = bisect.bisect_left([b for _, b in s.spans], m.end("verb"))
        if first >= len(s.words):
            return
        c = s.clause[first]
        opener = (
            s.words[s.bounds[c][0]] == "het" and s.bounds[c][0] + 1 == first
        )  # "Het breidt …": the cabinet
        if not (s.in_clause(first, P.QUANTITY_ACTORS) or opener) or s.in_clause(first, P.NEGATORS):
            return
        if first > 0 and s.words[first - 1] == "te" and s.in_clause(first, P.ASKING_VERBS):
            # "Wel vraag ik hen de afhandeling te verkorten tot tien werkdagen": asked of others (not "Ik stel voor de
            # norm te verlagen naar vier dagen": our own proposal)
            return
        self.cues.append(_Cue("A", P.LESSER_ACT_CUE, first, first))

    def _fronted_content_object(self, i: int) -> bool:
        """Whether the verb at `i` follows the noun phrase its clause opens with and precedes our subject right after it,
        with no negation in the clause: "Regionale samenwerking tussen mbo en hbo steun ik van harte", "…: een verlenging
        met twee jaar steun ik, een uitbreiding naar varkens niet" (the measure put first as the object; in the gold's
        answers 6 of 6 such sentences agree with a measure asked, beside a part declined; round 52)."""
        s = self.s
        a, _ = s.bounds[s.clause[i]]
        if not (a < i and i - a <= P.FRONTED_OBJECT_MAX_WORDS) or i + 1 >= len(s.words):
            return False
        subject = s.words[i + 1] in P.FIRST_PERSON_SUBJECTS or s.words[i + 1 : i + 3] == ["het", "kabinet"]
        if not subject or s.in_clause(i, P.NEGATORS):
            return False
        opening = s.words[a]
        return opening not in P.FRONTED_OBJECT_NOT_FIRST and not any(
            s.words[k] in P.SUBCLAUSE_START or s.words[k] in P.FIRST_PERSON_SUBJECTS for k in range(a, i)
        )

    def _short_pronoun_object(self, i: int) -> bool:
        """Whether the verb at `i` has a bare pronoun ("dat", "dit") right before or after it as its whole object, in a
        short clause of the first person or the cabinet ("Ik ondersteun dat.", "Dat steun ik van harte.")."""
        s = self.s
        a, b = s.bounds[s.clause[i]]
        if b - a > 6 or not any(s.words[k] in P.AS_RECOMMENDED_SUBJECTS for k in range(a, b)):
            return False
        return any(
            s.words[k] in P.OBJECT_PRONOUNS - {"die", "deze"}
            and (
                k == a
                or k == b - 1
                or (k > i and all(w in P.PRONOUN_OBJECT_DEGREE for w in s.words[k + 1 : b]))
            )
            for k in (i - 1, i + 1, i + 2)
            if a <= k < b
        )

    def _as_recommended(self, i: int) -> _Cue | None:
        """ "Zoals de SWOV aanbeveelt, start ik …": an act of the government in the clause after a "zoals"
        clause that names the recommender's verb (see `AS_RECOMMENDED`); the cue stands on that act."""
        s = self.s
        c = s.clause[i]
        a, b = s.bounds[c]
        if a != i:
            return None
        if not any(s.words[k] in P.AS_RECOMMENDED_VERBS for k in range(i + 1, min(b, i + 9))):
            return None
        # (or, inserted, after the sentence's first clause: "Het kabinet zal, zoals de raad adviseert, …")
        # (first in the sentence: the clause after it; inserted right after a short opening "Het kabinet zal,": that
        # opening; not inside a noun phrase, "Een verdere versoepeling, zoals het PBL voorstelt, wijs ik af", or
        # after a longer clause, "Het kabinet ziet de waarde van een toets zoals de WRR die voorstelt")
        short_opening = (
            c == 1 and s.bounds[0][1] - s.bounds[0][0] <= 4 and s.words[0] not in P.INDEFINITE_OPENERS
        )
        others = [c + 1] if c == 0 else [0] if short_opening else []
        others = [k for k in others if k < len(s.bounds)]
        for other in others:
            na, nb = s.bounds[other]
            subject = next(
                (k for k in range(na, min(nb, na + 4)) if s.words[k] in P.AS_RECOMMENDED_SUBJECTS), None
            )
            if subject is not None:
                return _Cue("A", P.AS_RECOMMENDED_CUE, na, subject)
        return None

    def _into_plan(self, i: int) -> bool:
        """Whether "opnemen" at `i` takes the recommendation into a plan (see `PLAN_NOUNS`)."""
        s = self.s
        a, b = s.bounds[s.clause[i]]
        into = any(
            # ("in de bestuurlijke afspraken": an adjective between)
            s.words[k] == "in" and any(_plan_noun(w) or w in P.RULE_NOUNS for w in s.words[k + 1 : k + 4])
            for k in range(a, b)
        )
        if not into:
            return False
        asked = any(
            s.words[k] in P.OBJECT_PRONOUNS and s.words[k + 1] in P.ASKED_MEASURE_NOUNS
            for k in range(a, min(b, len(s.words)) - 1)
        )
        if asked and s.in_clause(i, P.INTO_PLAN_SUBJECTS):
            return True  # "De minister neemt die verplichting op in de algemene maatregel van bestuur"
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
        a, b = s.bounds[s.clause[i]]
        if any(s.words[k] == "geen" and s.words[k + 1] in P.MONEY for k in range(a, b - 1)):
            # "Ik stel daarvoor dan ook geen middelen beschikbaar": no money, the rejection "geen middelen" reads it
            # (round 42)
            return False
        stems = P.FUNDING_PARTICLES.get(s.words[i])
        if stems is None:
            return True
        return any(s.words[k] in stems for k in range(a, i))

    def _seen_as_support(self, i: int) -> _Cue | None:
        """ "ziet het rapport als een aanmoediging om …" (adopted), "zie ik als ondersteuning van het
        ingezette beleid" (already in place): see `SEEN_AS_SUPPORT`."""
        s = self.s
        # "als" opens a clause of its own (it is also "if"): look on into the next clause
        b = s.bounds[min(s.clause[i] + 1, len(s.bounds) - 1)][1]
        als = next((k for k in range(i + 1, min(b, i + 9)) if s.words[k] == "als"), None)
        if als is not None:
            noun = next((k for k in range(als + 1, min(b, als + 4)) if s.words[k] in P.SEEN_AS_SUPPORT), None)
        else:
            # "ziet in het advies een bevestiging van …": the report after "in", the support after "een"
            noun = self._support_seen_in_report(i)
        if noun is None:
            return None
        for k in range(noun + 1, min(b - 1, noun + 7)):
            adjective, course = s.words[k], s.words[k + 1]
            if (adjective in P.POLICY_ADJECTIVES or adjective in P.SUPPORTED_COURSE_ADJECTIVES) and (
                course in P.POLICY_NOUNS or course in P.SUPPORTED_COURSE_NOUNS
            ):
                return _Cue("L", "ondersteunt bestaand beleid", i, k + 1)
            if (
                adjective in P.NAMED_POLICY_ARTICLES
                and course.endswith(P.NAMED_POLICY_ENDING)
                and course != "beleid"
            ):
                # "als steun voor het kernwapenbeleid": a policy named by its field, the one in force
                return _Cue("L", "ondersteunt bestaand beleid", i, k + 1)
            if adjective in P.SUPPORTED_COURSE_POINTERS and course in P.SUPPORTED_CHOICES:
                return _Cue("L", "ondersteunt bestaand beleid", i, k + 1)
            if (course in P.POLICY_NOUNS or course in P.SUPPORTED_CHOICES) and s.words[k + 2 : k + 3] in (
                ["dat"],
                ["die"],
            ):
                participle = next(
                    (
                        m
                        for m in range(k + 3, min(len(s.words), k + 9))
                        if s.words[m] in P.SUPPORTED_COURSE_PARTICIPLES
                    ),
                    None,
                )
                if participle is not None:
                    return _Cue("L", "ondersteunt bestaand beleid", i, participle)
        return _Cue("A", "zien als steun", i, noun)

    def _view_shared_with_author(self, i: int) -> _Cue | None:
        """ "Met de inspectie vind ik dat …", "Het kabinet is met de Rekenkamer van oordeel dat …" (agreement with
        the report's aim), "Anders dan de raad ben ik van mening dat …" (a rejection): a view verb at `i` whose
        clause names the author after `SHARED_VIEW_OPENERS` or `CONTRARY_VIEW_OPENERS`, with the government as
        subject and no negation before the content clause."""
        s = self.s
        a, b = s.bounds[s.clause[i]]
        if a > 0 and not (a == 1 and s.words[0] == "net"):
            return None  # the sentence's first clause only ("Net als" opens a clause at "als")
        if i > _VIEW_REACH:
            return None  # the opener, its author and our subject stand in the sentence's first words (linear time)
        a = 0
        # the main clause up to the content clause ("… vind ik dat een melder niet …": the content may deny)
        end = next((k for k in range(i + 1, b) if s.words[k] == "dat"), b)
        main = s.words[a:end]
        if P.GOVERNMENT.isdisjoint(main) or not P.NEGATORS.isdisjoint(main):
            return None
        for j in range(a, i):
            for openers, contrary in ((P.SHARED_VIEW_OPENERS, False), (P.CONTRARY_VIEW_OPENERS, True)):
                opener = next((o for o in openers if tuple(s.words[j : j + len(o)]) == o), None)
                if opener is None:
                    continue
                k = j + len(opener)
                if k < i and s.words[k] in {"de", "het"}:
                    k += 1
                if k >= i:
                    return None
                author, raw = s.words[k], s.raw[k]
                named = author in P.THIRD_PARTY or (raw[:1].isupper() and author not in P.GOVERNMENT)
                if not named or author in P.RECOMMENDATION_NOUNS or author in P.VIEW_NOT_AUTHORS:
                    return None
                # the cue starts on the word before our subject (its verb-second verb): the actor is read next to it
                subject = next(m for m in range(a, end) if s.words[m] in P.GOVERNMENT)
                first = max(k + 1, subject - 1) if subject > k else subject
                last = max(i, subject)
                if contrary:
                    return _Cue("R", "anders dan de auteur van mening", first, last)
                return _Cue("W", "met de auteur van mening", first, last, aim=True)
        return None

    def _support_seen_in_report(self, i: int) -> int | None:
        """The support noun of "ziet in <the report> een bevestiging/steun …" after `ZIEN` at `i`, if any."""
        s = self.s
        b = s.bounds[s.clause[i]][1]
        # "ziet in", "ziet het kabinet in" (verb second)
        start = next((k for k in range(i + 1, min(b, i + 4)) if s.words[k] == "in"), None)
        if start is None:
            return None
        if not any(
            s.words[k] in P.REPORT_NOUNS or s.words[k] in P.RECOMMENDATION_NOUNS
            for k in range(start + 1, min(b, start + 5))
        ):
            return None
        for k in range(start + 2, min(b - 1, start + 8)):
            if s.words[k] in {"een", "de"} and s.words[k + 1] in P.SEEN_AS_SUPPORT:
                return k + 1
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
        if self._on_recommendation_grounds():
            return True  # "Op basis van deze aanbeveling wordt de regeling aangepast"
        pointed = any(_match_at(s, k, seq) is not None for k in range(a, b) for seq in P.ADVICE_POINTERS)
        return pointed and any(words[k] in P.DRAFT_NOUNS for k in range(a, b))

    def _on_recommendation_grounds(self) -> bool:
        """Whether the sentence names a recommendation as the ground of what it says (see `RESPONSE_GROUNDS`);
        read once per sentence (each change verb asks)."""
        cached: bool | None = getattr(self, "_grounds", None)
        if cached is not None:
            return cached
        s = self.s
        found = False
        for k in range(len(s.words)):
            for ground in P.RESPONSE_GROUNDS:
                if _match_at(s, k, ground) is not None:
                    after = s.words[k + len(ground) : k + len(ground) + 4]
                    found = found or not P.RECOMMENDATION_NOUNS.isdisjoint(after)
            if found:
                break
        self._grounds = found
        return found

    def _changed_on_grounds(self, i: int) -> bool:
        """ "Naar aanleiding van deze aanbeveling pas ik de regeling aan": our present change of what exists (see
        `CHANGE_VERBS`), its particle at the clause's end, with the recommendation as its ground."""
        s = self.s
        if s.words[i + 1 : i + 2] not in ([w] for w in P.FIRST_PERSON_SUBJECTS) and not (
            i > 0 and s.words[i - 1] in P.FIRST_PERSON_SUBJECTS
        ):
            return False
        particle = P.CHANGE_VERBS[s.words[i]]
        b = s.bounds[s.clause[i]][1]
        if particle is not None and particle not in s.words[i + 1 : b]:
            return False
        if s.in_clause(i, P.NEGATORS):
            return False
        return self._on_recommendation_grounds()

    def _follows_recommendation(self, i: int) -> bool:
        """Whether "volgt" at `i` takes the recommendation as object (see `VOLGEN`): in its clause, or
        fronted in the sentence's first clause when the verb opens its own ("De derde aanbeveling,
        om …, volgt het kabinet niet"), or as a pronoun before it and our subject after it in a later clause
        ("De raad adviseert een meldplicht; die volg ik niet")."""
        s = self.s
        a, b = s.bounds[s.clause[i]]
        if _response_follows(s, i):
            return False  # "Een reactie op de aanbeveling volgt in het voorjaar": the answer is still to come
        lead = a + 1 if s.words[a] in P.CLAUSE_LINKS else a  # ("…, maar die volg ik niet")
        if (
            s.clause[i] > 0
            and i == lead + 1
            and s.words[lead] in P.OBJECT_PRONOUNS
            and s.words[i + 1 : i + 2]
            and s.words[i + 1] in P.FIRST_PERSON_SUBJECTS
        ):
            # "De raad adviseert een meldplicht; die volg ik niet": the advice named in the clause before, taken
            # up by a pronoun in front of our verb (verb second: not the relative "…, die ik niet volg")
            return True
        if any(
            s.words[k] in P.NOT_VOLGEN
            and s.words[k + 1 : k + 2]
            != ["te"]  # ("het advies om de kortingen uit te smeren": another verb's)
            # (nor a preposition inside the advice's om-clause: "volgt het advies om de kortingen op cultuur uit te
            # smeren niet"; since round 41)
            and not (P.OM in s.words[i + 1 : k] and "te" in s.words[k + 1 : b])
            and not self._points_to_advice(k)
            for k in range(max(0, i - 1), b)
        ):
            return False
        if i >= 2 and s.words[i - 1] == "te" and s.words[i - 2] == "op":
            return (
                False  # "geen ruimte om de aanbeveling op te volgen": the separable "opvolgen", read as such
            )
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

    def _values_a_state(self, i: int) -> bool:
        """Whether the judging verb at `i` values a state of affairs in a dat-clause ("vindt het waardevol
        dat …", see `VALUED`), not a measure ("acht het wenselijk dat er een register komt")."""
        s = self.s
        a, b = s.bounds[s.clause[i]]
        return any(
            s.words[k] in P.VALUED and s.words[k + 1 : k + 2] == ["dat"]
            for k in range(max(a, i - 6), min(b, i + 6))
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
            # elliptic, the noun left out at the clause's end: "De vierde aanbeveling vind ik een goede"
            if s.words[k] in P.GOOD_ADJECTIVES and k == b - 1 and k > a and s.words[k - 1] == "een":
                return True
        return False
