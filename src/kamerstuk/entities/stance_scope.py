"""Scope readings of `kamerstuk.entities.stance`: whose cue it is (the government, another actor, a
reported clause), negation, purpose clauses, questions, conditions and demands."""

from __future__ import annotations

from kamerstuk.entities.stance_clauses import Cue as _Cue
from kamerstuk.entities.stance_reader import ReaderBase
from kamerstuk.patterns import stance as P

# Rejections by an evaluative adjective ("niet nodig", "onwenselijk"): see `EVALUATIVE_NEGATIVES`.
_EVALUATIVE = P.NOT_ADJECTIVES | P.EVALUATIVE_NEGATIVES | P.CONFLICT_WORDS


class ScopeReadings(ReaderBase):
    """Whether a cue is the government's, negated, hypothetical or demanded."""

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
            k = cue.last + 1
            end = min(b, cue.last + 13)
            while k < end:
                if s.words[k] == "om":
                    # "volgt het advies om de kortingen uit te smeren niet": past the content's infinitive, the
                    # negation is the verb's again (none after it: the clause ends there)
                    te = next((j for j in range(k + 1, min(b - 1, k + 12)) if s.words[j] == "te"), None)
                    if te is None:
                        break
                    k, end = te + 2, min(b, te + 6)
                    continue
                if s.words[k] in P.COORDINATORS or s.words[k] in {
                    "dat",
                    "die",
                    "waarin",
                    "waarbij",
                    "wat",
                }:
                    break
                if self.free_negator(k):
                    return k
                k += 1
        return None

    def is_government(self, cue: _Cue, status: list[str]) -> bool:
        """Is `cue` the government's? Not in a reported clause; else the actor next to it decides:
        right after a verb-second verb ("neemt het kabinet"), else the nearest before it in its
        clause ("dat gemeenten de aanbeveling overnemen"), else the clause's own or inherited actor."""
        s = self.s
        c = s.clause[cue.first]
        if cue.name == P.DECLINED_REQUEST_CUE:
            # "Ik ga de ACM niet vragen …" (the body asked reads as a reporting frame): found only with the government
            # as the auxiliary's subject (round 54)
            return True
        if cue.name == P.NOTHING_NEW_CUE:
            # "… maar zij vraagt geen nieuwe stap": what is asked needs nothing new (its "vraagt" is the
            # need, not the report asking; "De raad vraagt geen nieuwe wetgeving" is the raad's request)
            a = s.bounds[c][0]
            return not any(
                self._third_actor(k, a) and s.words[k] not in P.NOTHING_NEW_PRONOUNS
                for k in range(a, cue.first)
            )
        if cue.kind == "L" and any(
            s.words[j] == "iets" and s.words[j + 1] in P.FREE_RELATIVE | {"dat"}
            for j in range(max(0, cue.first - 4), cue.first - 1)
        ):
            # "… vraagt de raad om iets wat al geregeld is": what is asked called something already in place, by us
            return True
        if cue.kind == "P" and cue.name.startswith("maar ") and cue.last == cue.first + 1:
            # the limit after "maar" of a step of ours (`limit_after_but`), whoever the clause names: "Het kabinet
            # onderschrijft de uitbreiding, maar niet in de omvang die de inspectie noemt" (round 43)
            return True
        if (
            status[c] == "frame"
            and cue.name != "minder dan aanbevolen"
            # (what a finding shows is in place stands, whoever found it: "Uit de verkenning blijkt dat 87 procent van
            # de ziekenhuizen dat al doet", "Uit de rapportage blijkt dat bijna alle aanbevelingen zijn opgevolgd")
            # (only "al"/"reeds"/"inmiddels": "blijkt dat Rijkswaterstaat sinds 2022 … heeft vervangen" is the
            # report's account of what was done, not of what it asks)
            and not (cue.kind == "L" and cue.name in P.ALREADY and self._shown_by_finding(cue.first))
        ):
            return False  # (the adviser of "minder … dan de commissie adviseerde" is inside the comparison)
        if cue.kind == "P":
            return True  # a hedge qualifies whatever stance the sentence takes; it has no actor
        if cue.name == "aan een ander":
            return True  # "Het is aan hen om te bepalen of zij …": the verdict that it is not ours, whoever acts after it
        if cue.kind == "L" and any(s.words[k] in ("dit", "dat") for k in range(*s.bounds[c])):
            # "Zorgverzekeraars doen dit al": what is asked ("dit") is in place, whoever does it
            # (not "Veel gemeenten hebben de handreiking inmiddels overgenomen": their own course)
            return True
        a, b = s.bounds[c]
        if cue.kind == "R" and s.words[cue.last] in _EVALUATIVE and not s.in_clause(cue.first, P.JUDGE_VERBS):
            return True  # "Extra scholing van de leden is niet noodzakelijk": a judgement, no actor
        if cue.name == "niet in verhouding":
            return True  # "… staat niet in verhouding tot het risico": a judgement, no actor
        if cue.name == P.STILL_THEIR_CHOICE_CUE:
            return True  # "Gemeenten blijven zelf bepalen …": others' choice, left to them by us
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
            if k < cue.first and s.words[k] == "en" and s.words[k + 1] in P.SHARED_SUBJECT_VERBS:
                break  # "Het kabinet vraagt het RIVM … uit te zoeken en komt daarna met een standpunt" (round 67)
        if cue.kind == "L" and status[c] == "third":
            # "Sinds 2024 begint ieder rapport met een samenvatting": a document as the subject states
            # a fact in place, no other party's act
            thirds = [k for k in range(a, b) if self._third_actor(k, a)]
            return all(s.words[k] in P.REPORT_NOUNS for k in thirds)
        return status[c] in ("gov", "none")

    def _shown_by_finding(self, i: int) -> bool:
        """Whether the words before `i` frame it as what a finding shows ("Uit … blijkt dat …")."""
        before = self.s.words[:i]
        return "uit" in before and not P.SHOWN_BY.isdisjoint(before)

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
            elif c and status[c - 1] in ("frame", "third") and self._subject_with_relative(c - 1):
                status.append(
                    "none"
                )  # "Het loket waar de AWTI om vraagt, bestaat al": the subject's relative
            else:
                status.append(status[c - 1] if c else "none")
        return status

    def _subject_with_relative(self, c: int) -> bool:
        """Whether clause `c` is a noun phrase with a relative clause in which a third party reports ("Het loket
        waar de AWTI om vraagt, …", "De termijn die de raad voorstelt, …"): the next clause is the main clause's
        predicate, not reported speech."""
        s = self.s
        a, b = s.bounds[c]
        if s.words[a] not in P.SUBJECT_DETERMINERS or a + 2 >= b:
            return False
        rel = next((k for k in range(a + 2, b) if s.words[k] in P.RELATIVE_PRONOUNS), None)
        return (
            rel is not None
            and rel <= a + 4
            and not any(
                self._third_actor(k, a) for k in range(a, rel)
            )  # ("De raad die dit vraagt, …": its own)
            and any(self._reports(k, rel, b) for k in range(rel, b))
        )

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
        if word in P.EXECUTIVE_SERVICES:
            return False  # a service of ours acts for the minister
        for j in range(k - 1, max(clause_start, k - 6) - 1, -1):
            if s.words[j] in P.REPORTING:
                return True  # "stelt de meerderheid vast": the subject after a verb-second verb
            if s.words[j] in P.SUBCLAUSE_START:
                return True  # "… van belang dat gemeenten …": the preposition is outside its clause
            if s.words[j] == "door":
                # "De door de raad gevraagde monitor" is attributive; "wordt door de raad …" an agent.
                return not (j > 0 and s.words[j - 1] in P.PREPOSITION_FOLLOWERS)
            if (
                word in P.PARLIAMENT_SUBJECTS
                and s.words[j] in P.INVERTED_FINITES
                and j == k - 2
                and s.words[k - 1] in P.SUBJECT_DETERMINERS_AFTER_FINITE
            ):
                # "bij de behandeling van het wetsvoorstel heeft uw Kamer bewust gekozen voor …": Parliament as the
                # subject after the finite verb of an inverted clause, past the phrase fronted before it (round 45)
                return True
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
        # the aim of a measure: "Daarmee wil ik bereiken dat iedere eigenaar rekening houdt met een
        # controle" (what others are to do, not a stance of the government's)
        for k in range(len(s.words) - 1):
            lays_rule = s.words[k] == P.RULE_PARTICLE and any(
                s.words[j] in P.RULE_LAYING for j in range(s.bounds[s.clause[k]][0], k)
            )
            if (s.words[k] in P.AIM_VERBS or lays_rule) and s.words[k + 1] == "dat":
                c = s.clause[k + 1]
                _, b = s.bounds[c]
                out.update(range(k + 1, b))
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
            elif w == "of" and any(
                s.words[j] in P.DECIDE_WHETHER or s.words[j] in P.DEFER_VERBS or s.words[j] in P.WHETHER_VERBS
                # (further back when the government is the subject of the "of"-clause: "… besluit ik in de loop van
                # 2027 of ik deze aanbeveling volg")
                for j in range(max(0, k - (10 if s.words[k + 1 : k + 2] == ["ik"] else 3)), k)
            ):
                # "Daarna besluit ik of ik de aanbeveling overneem", "Ik bezie of …": whether, still open
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
        if s.words[a : a + 4] == list(P.TOPIC_AS):
            return False  # "Als het gaat om aanbevelingen van de ombudsman volg ik de meeste daarvan op": a topic
        if opener == "als" and any(
            s.words[k] in P.FIRST_PERSON_SUBJECTS and s.words[k - 1] in P.FRONTED_ACT_MODALS
            for k in range(a + 2, min(b, a + 12))
        ):
            return (
                False  # "Hen als partner opnemen kan ik niet": "als" means "as", the modal and "ik" inverted
            )
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
