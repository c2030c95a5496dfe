"""Cue finders of `kamerstuk.entities.stance`: measures already in place ("wordt al invulling
gegeven", "loopt al", "sinds 2024") and decisions deferred or noted ("neemt kennis van", "betrekt …
bij", "gaat nader bezien", "komt hierop terug")."""

from __future__ import annotations

import itertools

from kamerstuk.entities.stance_clauses import Cue as _Cue
from kamerstuk.entities.stance_clauses import consults_on_recommendation
from kamerstuk.entities.stance_clauses import object_kind as _object_kind
from kamerstuk.entities.stance_clauses import response_follows as _response_follows
from kamerstuk.entities.stance_reader import ReaderBase
from kamerstuk.patterns import stance as P

# The words at which `already` and `noted` can find a cue (see `_HEDGE_WORDS` in `stance_hedges`).
#: How many words before "bezig" a relative pronoun may open the clause it is said in.
_RELATIVE_REACH = 15

_ALREADY_WORDS = (
    P.ALREADY
    | P.POLICY_ADJECTIVES
    | {P.BEZIG, P.SINCE, P.SINCE_THEN}
    | P.COMPLETED
    | P.ALIGNS
    | P.DATED_MEASURE_PARTICIPLES
    | P.SETTLED_BY_THAT
    | {P.TAKEN}
    | {P.CONTINUE_PARTICLE}
)

_NOTED_WORDS = (
    P.KENNIS_FUSED
    | {"kennis", P.ADDRESSED, "overweging", "rekening", P.PASSED_ON, P.NOT_YET_OUT[2], P.CHANCE}
    | P.BETREKKEN
    | P.DEFER_VERBS
    | P.STUDIED_PARTICIPLES
    | {P.STUDY_FIRST_PERSON}
    | P.CONSULT_FIRST
    | P.STANDPOINT
    | {P.CHOICE_NOUN}
    | P.INFORM
    | P.KIJKEN
    | P.VOORUIT
    | {P.CABINET}
    | P.STUDY_NOUNS
    | {P.GESPREK, P.KNOW, P.PUT_BEFORE, "aan", P.MAPPED, P.INQUIRY_PARTICLE}
    | P.DECIDE_WHETHER
    | {P.SERIOUS}
    | P.RESPONSE_FOLLOWS
    | P.RESPONSE_NOUNS
    | P.DEPENDS
    | {P.WITHOUT_GOING_THROUGH[0]}
    | P.READ_WITH_COURTESY
    | P.NOT_YET_KNOWN
    | P.INGAAN
    | P.TOO_EARLY_TO_SAY
)


class StatusCues(ReaderBase):
    """The already-in-place ("L") and noted ("N") cues of a sentence."""

    def _up_to_others(self, i: int) -> int | None:
        """The party of "Het is aan hen om …", "… is aan de gemeenten", "Het is niet aan de regering …" at the "aan" at
        `i` (a form of "zijn" right before it, past "niet"); else None."""
        s = self.s
        j = i - 1
        negated = j >= 0 and s.words[j] == "niet"
        if negated:
            j -= 1
        if j < 0 or s.words[j] not in ("is", "ligt"):
            return None
        k = i + 1
        if k < len(s.words) and s.words[k] in ("de", "het"):
            k += 1
        if k >= len(s.words):
            return None
        _, b = s.bounds[s.clause[k]]
        # (the party closes the clause or an "om"-clause follows: not "Het geld is aan gemeenten uitgekeerd")
        if k + 1 < b and s.words[k + 1] not in P.UP_TO_NEXT:
            return None
        if negated:
            return k if s.words[k] in P.NOT_OURS_TO else None
        return k if s.words[k] in P.UP_TO_OTHERS else None

    def _settled_by_that(self, i: int) -> int | None:
        """The participle of "is daarmee geregeld" / "Daarmee is … voorzien" in the clause of `i`, with a form of "zijn"
        and no negation or future in the clause; else None."""
        s = self.s
        if not s.in_clause(i, P.ZIJN) or s.in_clause(i, P.NEGATORS) or s.in_clause(i, P.FUTURE):
            return None
        firsts = s.firsts[s.clause[i]]  # (first places of words in the clause: constant work per word)
        return min((firsts[w] for w in P.SETTLED_PARTICIPLES if w in firsts), default=None)

    def _written_in_rules(self, i: int) -> int | None:
        """The "staat"/"staan" of "… staat al in de wet" in the clause of `i` ("al"), when "in" and a document of rules
        (`RULE_DOCUMENT_ENDINGS`) follow within three words; else None."""
        s = self.s
        _, b = s.bounds[s.clause[i]]
        firsts = s.firsts[s.clause[i]]  # (the first "staat" of the clause: constant work per "al")
        for j in (firsts[w] for w in P.STANDS if w in firsts):
            after = s.words[j + 1 : min(b, j + 6)]
            if "in" in after and any(
                w.endswith(P.RULE_DOCUMENT_ENDINGS) for w in after[after.index("in") + 1 :][:3]
            ):
                return j
        return None

    def _practice_continued(self, i: int) -> int | None:
        """The verb of "zet die praktijk voort", the particle at `i`: "zet"/"zetten" earlier in its clause, a demonstrative
        right before a policy noun between them, and no negation; else None."""
        s = self.s
        a, _ = s.bounds[s.clause[i]]
        verb = next((k for k in range(a, i) if s.words[k] in P.CONTINUE_VERBS), None)
        if verb is None or s.in_clause(i, P.NEGATORS):
            return None
        practice = any(
            s.words[k] in P.PRACTICE_DEMONSTRATIVES and s.words[k + 1] in P.POLICY_NOUNS
            for k in range(verb + 1, i - 1)
        )
        return verb if practice else None

    def _but_falls_short(self, i: int) -> bool:
        """Whether a "maar" after word `i` goes on to say that what exists falls short (`P.FALLS_SHORT`)."""
        words = self.s.words
        if P.CONTRAST_BUT not in words[i + 1 :]:
            return False
        j = words.index(P.CONTRAST_BUT, i + 1)
        return any(w in P.FALLS_SHORT for w in words[j + 1 : j + 1 + P.FALLS_SHORT_WINDOW])

    def _opens_on_a_start_date(self) -> bool:
        """Whether the sentence opens on the day a change starts: "Vanaf 1 maart 2028 …", "Met ingang van 2027 …",
        "Per 1 januari …" (a figure or a month within the three words after)."""
        words = self.s.words
        lead = 3 if words[:3] == ["met", "ingang", "van"] else 1 if words[:1] in (["vanaf"], ["per"]) else 0
        return bool(lead) and any(w[:1].isdigit() or w in P.MONTHS for w in words[lead : lead + 3])

    def _premature(self) -> bool:
        """Whether the sentence calls a step premature: "voorbarig", or "te vroeg"."""
        words = self.s.words
        return any(w in P.PREMATURE for w in words) or any(
            a == P.TOO and b == P.EARLY for a, b in itertools.pairwise(words)
        )

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
                if s.words[s.bounds[s.clause[i]][0]] in P.SOME_OF_THEM and P.CONTRAST_BUT in s.words[i:]:
                    # "Veel scholen doen dit al op eigen initiatief, …, maar op andere scholen …": in place only
                    # for some, the rest is what the recommendation asks
                    continue
                if self._but_falls_short(i):
                    continue  # "… biedt al mogelijkheden …, maar daarvan wordt weinig gebruikgemaakt": not enough
                if s.words[s.bounds[s.clause[i]][0]] == P.AS_RECOMMENDED and any(
                    s.words[k] in P.ELSEWHERE_PREPOSITIONS for k in range(i + 1, s.bounds[s.clause[i]][1])
                ):
                    # "…, zoals nu al in de gewone asielprocedure gebeurt": the practice elsewhere it is compared
                    # with, not this recommendation in place ("…, zoals nu al gebeurt" is the practice kept)
                    continue
                relative = next(
                    (j for j in range(i - 1, max(-1, i - 5), -1) if s.words[j] in P.RELATIVE_PRONOUNS), None
                )
                if relative is not None and any(
                    s.words[k] in P.COMPARED_WITH for k in range(max(0, relative - 6), relative)
                ):
                    # "Ik stel een eis in, vergelijkbaar met de eis die nu al geldt voor dierenpensions": what the
                    # measure is compared with is in place, not the measure
                    continue
                if w == "al" and clause_start and nxt in P.ZIJN | {"gaat", "kan", "zal", "wordt", "heeft"}:
                    continue  # "al is dat niet eenvoudig": although
                if w == "al" and prev == "nu" and self._premature():
                    continue  # "Het programma nu al terugbrengen … vind ik voorbarig": so soon, nothing in place
                if w == "al" and nxt in P.AS_EARLY_AS and (after[:1].isdigit() or after in P.MONTHS):
                    continue  # "Ik voer deze aanbeveling al in 2027 uit": as early as a moment to come (round 42)
                if self._opens_on_a_start_date() and (
                    s.clause[i] > 0 or any(s.words[k] in P.RELATIVE_PRONOUNS for k in range(1, i))
                ):
                    # "Met ingang van 1 januari 2028 kunnen verenigingen de subsidie aanvragen via een formulier waarin
                    # RVO de gegevens al heeft ingevuld": a change from that day, the "al" describes it (round 53;
                    # gold: 6 such sentences adopted, 1 in place)
                    continue
                if w == "al" and nxt in P.STRAINED:
                    continue  # "De politie heeft in de zomermaanden al weinig ruimte": already stretched, nothing in place
                if (
                    s.words[0] in P.SCOPE_OPENERS
                    and s.clause[i] == 0
                    and len(s.bounds) > 1
                    and any(s.words[k] in P.RELATIVE_PRONOUNS for k in range(1, i))
                ):
                    continue  # "Voor verzorgenden die al werken, stel ik … beschikbaar": who is meant, not a measure
                if any(s.words[k] in P.NEGATORS for k in range(max(0, i - 2), min(n, i + 3))):
                    continue  # "nog niet", "al niet meer"
                k = next((k for k in s.in_place[s.clause[i]] if k != i), None)
                if k is None:
                    k = self._written_in_rules(i)  # "Een motiveringsplicht staat al in de wet"
                if (
                    k is None
                    and i > 0
                    and s.words[i - 1] == P.THERE
                    and s.in_clause(i, P.IS_ARE)
                    and s.words[s.bounds[s.clause[i]][0]]
                    not in P.STUDY_QUESTION  # ("Of er al een toets is, …")
                ):
                    k = i - 1  # "Een jaarlijkse externe toets is er al": it exists (round 48)
                if k is not None:
                    self.cues.append(_Cue("L", w, min(i, k), max(i, k)))
            elif w == P.CONTINUE_PARTICLE and (k := self._practice_continued(i)) is not None:
                self.cues.append(_Cue("L", "zet voort", k, i))  # "Het kabinet zet die praktijk voort"
            elif w in P.ALIGNS and (k := self._aligns_with_established(i)) is not None:
                # "De aanbevelingen sluiten aan bij de afwegingsprincipes die in de Nota Ruimte zijn vastgelegd",
                # "Het advies sluit aan bij de koers die het kabinet heeft ingezet": what exists already
                self.cues.append(_Cue("L", "sluit aan bij ingezet beleid", i, k))
            elif (
                w == P.TAKEN
                and any(s.words[k] in P.ACTION_NOUNS for k in range(max(0, i - 3), i))
                and s.in_clause(i, P.HAVE_AUX)
                and not s.in_clause(i, P.NEGATORS)
                and not s.in_clause(i, P.FUTURE)
            ):
                # "Op 567 van deze aanbevelingen hebben de ministers actie ondernomen": done
                self.cues.append(_Cue("L", "actie ondernomen", max(0, i - 3), i))
            elif w in P.SETTLED_BY_THAT and (k := self._settled_by_that(i)) is not None:
                # "De voortzetting waarom de onderzoekers vragen, is daarmee geregeld": settled by what exists
                self.cues.append(_Cue("L", "daarmee geregeld", i, k))
            elif w == P.SINCE or w == P.SINCE_THEN:
                # "Centrale registratie vindt plaats sinds de invoering van het meldsysteem in 2024",
                # "Sinds 2025 volgen alle nieuwe medewerkers de training", "In elke brief staan sindsdien …": in place
                # (weak, like "bezig")
                nxt = s.words[i + 1] if i + 1 < n else ""
                after = s.words[i + 2] if i + 2 < n else ""
                dated = (nxt.isdigit() and (len(nxt) == 4 or (len(nxt) <= 2 and after in P.SINCE_NEXT))) or (
                    nxt in P.MONTHS and after.isdigit() and len(after) == 4  # "sinds januari 2026"
                )
                if w == P.SINCE and not (dated or nxt in P.SINCE_NEXT):  # "sinds 2024", "sinds de …"
                    continue
                # (a dated "sinds" makes "laat" a practice, not a plan: "Sinds 2026 laat ik de voortgang elk jaar
                # toetsen"; round 48)
                future = P.FUTURE - P.SINCE_PRACTICE_VERBS if dated else P.FUTURE
                at_future = s.first_in_clause(i, future)
                if (
                    dated
                    and at_future is not None
                    and at_future > i
                    and any(s.words[k] in P.SINCE_RELATIVE_OPENERS for k in range(i + 2, at_future))
                ):
                    # (a plan told in a relative clause after the dated measure is not its time: "Sinds januari 2026
                    # publiceert het RVB ieder halfjaar een overzicht van de gronden die het de komende drie jaar wil
                    # afstoten"; round 63)
                    at_future = None
                if s.in_clause(i, P.NEGATORS) or at_future is not None or s.in_clause(i, P.SINCE_CHANGE):
                    continue
                if s.in_clause(i, P.SINCE_CHANGE_NEMEN) and s.in_clause(i, P.SINCE_CHANGE_PARTICLES):
                    continue  # "sinds 2020 niet meer", "zal sinds …", "is sinds 2020 gestegen": no measure in place
                self.cues.append(_Cue("L", P.SINCE, i, i + 1))
            elif w == P.BEZIG:
                if self._others_at_work(i):
                    continue  # "de andere lidstaten die met dit onderwerp bezig zijn": others at work
                if not s.in_clause(i, P.ALREADY) and s.in_clause(i, P.ZIJN) and s.in_clause(i, P.BEZIG_WITH):
                    self.cues.append(_Cue("L", P.BEZIG, i, i))  # weak: an adoption beside it wins
            elif (
                w in P.DATED_MEASURE_PARTICIPLES
                and not s.in_clause(i, P.ONLY_RECENTLY)
                and (aux := self._dated_perfect(i)) is not None
            ):
                self.cues.append(_Cue("L", P.DATED_MEASURE_CUE, aux, i))  # weak, like "sinds"
            elif w in P.COMPLETED:
                if w == "gegaan" and tuple(s.words[max(0, i - 2) : i]) != P.STARTED:
                    continue  # ("is gegaan" alone is no measure; "is van start gegaan" is)
                if w in P.CARRIED_OUT:
                    firsts = s.firsts[s.clause[i]]
                    named = min((firsts[r] for r in P.RECOMMENDATION_NOUNS if r in firsts), default=None)
                    if named is None or named > i:
                        continue  # ("Het onderzoek is uitgevoerd door …": a description; "De aanbeveling is uitgevoerd")
                    if s.in_clause(i, P.STUDY_QUESTION):
                        continue  # "… is zichtbaar in hoeverre de aanbevelingen zijn opgevolgd": a question
                aux = s.first_in_clause(i, P.PERFECT_AUX)
                if (
                    aux is not None
                    and aux < i
                    and not any(
                        s.words[k] in P.NOT_YET_DONE or s.words[k] in P.FUTURE or s.words[k] in P.NEGATORS
                        for k in range(aux, i)
                    )
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

    def _dated_perfect(self, i: int) -> int | None:
        """The auxiliary of "De IND heeft in juni 2026 een team ingericht": the participle at `i` in the perfect,
        with a past date ("in" + month or year, "per 1 januari 2026", "vorig jaar") in its clause and no negation or future; else None."""
        s = self.s
        a, b = s.bounds[s.clause[i]]
        aux = s.first_in_clause(i, P.DATED_MEASURE_AUX)
        words = s.words
        c = s.clause[i]
        if aux is None and c >= 2 and a == i and self._inserted_phrase(c - 1):
            # "RVO heeft dat aanspreekpunt in september 2026, vooruitlopend op de evaluatie, ingericht": the perfect
            # goes on past a phrase set off by commas (round 50)
            a = s.bounds[c - 2][0]
            aux = next((k for k in range(a, s.bounds[c - 2][1]) if words[k] in P.DATED_MEASURE_AUX), None)
            if aux is None or any(words[k] in P.NEGATORS or words[k] in P.FUTURE for k in range(a, b)):
                return None
        elif aux is None or aux > i or s.in_clause(i, P.NEGATORS) or s.in_clause(i, P.FUTURE):
            return None
        if (
            a > 0
            and (words[a] in P.RELATIVE_OPENERS or words[a] in P.RELATIVE_PRONOUNS)
            and "," in s.text[s.spans[a - 1][1] : s.spans[a][0]]
        ):
            # "… onder de aandacht gebracht van het IPO, dat … een werkgroep heeft ingesteld": another's act; "Bij de
            # schuldruil met Ecuador, waarover de onderhandelingen in maart zijn begonnen, leg ik …": the occasion
            # (round 45)
            return None
        dated = any(
            (
                words[k] == "in"
                and (words[k + 1] in P.MONTHS or (words[k + 1].isdigit() and len(words[k + 1]) == 4))
            )
            or (
                words[k] == "per"
                and (words[k + 1] in P.MONTHS or words[k + 1].isdigit())
                and any(w.isdigit() and len(w) == 4 for w in words[k + 1 : k + 4])
            )
            or (words[k] in P.PAST_YEAR_WORDS and words[k + 1] == "jaar")
            for k in range(a, min(b, len(words)) - 1)
        )
        return aux if dated else None

    def _inserted_phrase(self, c: int) -> bool:
        """Whether clause `c` is a short phrase set off by commas with no verb of its own ("vooruitlopend op de
        evaluatie", "op verzoek van de sector"): it opens on a preposition or a present participle."""
        s = self.s
        a, b = s.bounds[c]
        return (
            b - a <= 8
            and "," in s.text[s.spans[a - 1][1] : s.spans[a][0]]
            and (s.words[a] in P.INSERTED_PHRASE_OPENERS or s.words[a].endswith("end"))
            and not any(w in P.DATED_MEASURE_AUX for w in s.words[a:b])
        )

    def nothing_new(self) -> None:
        """ "… maar zij vraagt geen nieuwe stap", "Dit vergt geen aanvullend beleid": nothing new is needed,
        the measure is in place (see `NOTHING_NEW_NOUNS`)."""
        s = self.s
        n = len(s.words)
        for i, w in enumerate(s.words):
            if w != "geen" or i == 0 or s.words[i - 1] not in P.REQUIRES:
                continue
            k = i + 1
            if k < n and s.words[k] in P.NOTHING_NEW_ADJECTIVES:
                k += 1
            if k < n and s.words[k] in P.NOTHING_NEW_NOUNS and s.clause[k] == s.clause[i]:
                self.cues.append(_Cue("L", P.NOTHING_NEW_CUE, i - 1, k))
                self.consumed.add(i)
                return

    def _study_announced(self, i: int) -> bool:
        """Whether word `i` announces a study of ours: "onderzoek" in the first person ("Ik onderzoek of …"), or a
        participle of study in a present or future passive followed by its question or "nader" ("Daarnaast wordt
        onderzocht of …", "wordt nader bekeken")."""
        s = self.s
        w = s.words[i]
        nxt = s.words[i + 1] if i + 1 < len(s.words) else ""
        prev = s.words[i - 1] if i > 0 else ""
        if w == P.STUDY_FIRST_PERSON:
            return (prev in P.FIRST_PERSON_SUBJECTS or nxt in P.FIRST_PERSON_SUBJECTS) and (
                nxt in P.STUDY_QUESTION
                or (s.words[i + 2 : i + 3] != [] and s.words[i + 2] in P.STUDY_QUESTION)
            )
        if w not in P.STUDIED_PARTICIPLES or not s.in_clause(i, P.STUDY_PASSIVE_AUX):
            return False
        if s.in_clause(i, P.NEGATORS) or s.in_clause(i, {"door"}):
            return False  # "wordt niet onderzocht"; "wordt door de gemeente onderzocht": another's
        a, _ = s.bounds[s.clause[i]]
        if any(
            s.words[k] == "in" and s.words[k + 2] in P.REPORT_NOUNS_STUDIED
            for k in range(max(a, i - 12), i - 2)
        ):
            return False  # "In het onderzoek wordt bekeken hoe …": what the report did
        return nxt in P.STUDY_QUESTION or s.in_clause(i, P.NADER) or nxt == ""

    def noted(self) -> None:
        s = self.s
        n = len(s.words)
        for i, w in enumerate(s.words):
            if w not in _NOTED_WORDS:
                continue
            if (w in P.KENNIS_FUSED or w == "kennis" or w in P.READ_WITH_COURTESY) and self._courtesy(i):
                # "met belangstelling kennisgenomen van het rapport": the opening courtesy, noted as the sentence says
                # (read only by `classify_stance`: in a letter it decides on no recommendation, see `COURTESY_CUE`)
                self.cues.append(_Cue("N", P.COURTESY_CUE, i, i))
                continue
            if (
                w == P.NOT_YET_OUT[2]
                and i >= 2
                and tuple(s.words[i - 2 : i + 1]) == P.NOT_YET_OUT
                and i == s.bounds[s.clause[i]][1] - 1
                and s.in_clause(i, P.FIRST_PERSON_SUBJECTS | {"kabinet"})
                and s.in_clause(i, P.ZIJN)
            ):
                # "Over de tweede aanbeveling ben ik nog niet uit": not yet decided
                self.cues.append(_Cue("N", "nog geen besluit", i - 2, i))
                continue
            if w == P.CHANCE:
                if (
                    s.in_clause(i, P.CHANCE_FIRST)
                    and s.in_clause(i, P.CHANCE_VERBS)
                    and not s.in_clause(i, P.NEGATORS)
                ):
                    # "Die modelregeling wil ik eerst een kans geven": waiting on what exists before deciding
                    self.cues.append(_Cue("N", P.CHANCE_FIRST_CUE, i, i))
                continue
            if w in P.RESPONSE_FOLLOWS:
                if _response_follows(s, i) and s.in_clause(i, P.RECOMMENDATION_NOUNS | P.STUDIED_REFERENTS):
                    # "Een reactie op de aanbeveling volgt in het voorjaar": the answer comes later
                    self.cues.append(_Cue("N", P.RESPONSE_FOLLOWS_CUE, i, i))
            elif (
                w in P.RESPONSE_NOUNS
                and s.in_clause(i, P.RESPONSE_SENT)
                and (
                    s.in_clause(i, P.RESPONSE_LATER)
                    or self._time_to_come(i)
                    or (  # "…, zodra het vervolgonderzoek is afgerond" as the next clause
                        s.clause[i] + 1 < len(s.bounds)
                        and s.words[s.bounds[s.clause[i] + 1][0]] in P.RESPONSE_LATER | P.DECISION_WHEN
                    )
                )
                and not s.in_clause(i, P.NEGATORS)
                and (k := s.first_in_clause(i, P.RESPONSE_SENT)) is not None
                and (s.words[k] not in P.RESPONSE_COMES or "met" in s.words[max(0, i - 3) : i])
            ):
                # "Een beleidsreactie zal ik uw Kamer doen toekomen op het moment dat …": the answer is sent later
                self.cues.append(_Cue("N", P.RESPONSE_FOLLOWS_CUE, min(i, k), max(i, k)))
            elif w in P.KENNIS_FUSED:
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
            elif (
                w in P.DEFER_VERBS
                and (s.in_clause(i, P.GOVERNMENT) or s.in_clause(i, P.FUTURE))
                and not (w == P.STUDIES_NOUN and i > 0 and s.words[i - 1] in P.STUDIES_DETERMINERS)
                # (not a practice going on since a time past, no question after it: "Sinds 2026 laat ik de voortgang
                # elk jaar beoordelen door een onafhankelijk bureau" is in place; "Sinds mei onderzoek ik of …" still
                # waits on a study; round 48)
                and not (s.in_clause(i, {P.SINCE}) and not s.in_clause(i, P.STUDY_QUESTION))
            ):
                self.cues.append(_Cue("N", w, i, i, nonfinite=w.endswith("en")))
            elif (
                w == P.MAPPED
                and i > 0
                and s.words[i - 1] == "in"
                and s.in_clause(i, P.BRENGEN)
                and any(
                    s.words[k] in P.STUDY_QUESTION and all(w2 in P.MAPPING_VERBS for w2 in s.words[i + 1 : k])
                    for k in range(i + 1, min(n, i + 4))
                )  # "… in kaart wat …", "… in kaart brengen wat …", "… in kaart te brengen hoe …"
                and (s.in_clause(i, P.GOVERNMENT) or s.in_clause(i, P.FUTURE))
            ):
                # "Samen met de minister breng ik in kaart wat een digitale melding vraagt": the decision waits on it
                self.cues.append(_Cue("N", "in kaart brengen", i - 1, i))
            elif (
                w == P.INQUIRY_PARTICLE
                and i + 1 < n
                and s.words[i + 1] in P.STUDY_QUESTION
                # (the verb may stand before a list of partners set off by commas: "gaat met de VNG, de PO-Raad en de
                # VO-raad na of …")
                and (
                    go := next(
                        (k for k in range(i - 1, max(-1, i - 16), -1) if s.words[k] in P.GO_FORMS), None
                    )
                )
                is not None
                and (
                    s.in_clause(go, P.GOVERNMENT) or s.in_clause(i, P.GOVERNMENT) or s.in_clause(i, P.FUTURE)
                )
                # (not a check done since a time past: "Sinds de zomer van 2025 trekt de auditdienst … twintig
                # declaraties en gaat na of …" is a practice in place; round 59)
                and P.SINCE not in s.words[:go]
            ):
                # "De minister gaat met de VNG na of een regionaal aanspreekpunt haalbaar is": an inquiry first
                self.cues.append(_Cue("N", "nagaan", go, i))
            elif self._study_announced(i):
                # "Ik onderzoek of …", "Daarnaast wordt onderzocht of …": the decision waits on a study
                self.cues.append(_Cue("N", "onderzoeken", i, i))
            elif (
                w in P.CONSULT_FIRST
                and s.in_clause(i, P.FIRST_STEP)
                and (s.in_clause(i, P.GOVERNMENT) or s.in_clause(i, P.FUTURE))
            ):
                self.cues.append(_Cue("N", "eerst " + w, i, i, nonfinite=w.endswith("en")))
            elif consults_on_recommendation(s, i):
                # "Wel bespreek ik de aanbeveling in januari met de VNG": the recommendation itself taken into
                # a consultation, its verdict still to come
                self.cues.append(_Cue("N", P.CONSULT_ON_IT_CUE, i, i, nonfinite=w.endswith("en")))
            elif w == P.ADDRESSED and self._addressed_to_other(i):
                self.cues.append(_Cue("N", "gericht aan een ander", i, i))
            elif w == P.PASSED_ON and self._passed_on(i):
                self.cues.append(_Cue("N", "onder de aandacht gebracht", i, i))
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
                and (
                    s.in_clause(i, {"nog", "komt", "kom", "komen", "later"})
                    or s.in_clause(i, P.FUTURE)
                    # "Ik neem daar nu geen besluit over", "kan ik nu geen besluit nemen": none taken yet
                    or (i > 0 and s.words[i - 1] == "geen" and s.in_clause(i, P.NEMEN | P.STANDPOINT_TAKING))
                )
                and not (w == "besluit" and i + 1 < n and s.words[i + 1] in P.RECOMMENDATION_NOUNS)
                # ("Naar het oordeel van het kabinet gaat van de eenheden reeds een werking uit": in its opinion)
                and not (
                    i >= 2
                    and s.words[i - 2] == P.IN_THE_OPINION_OF
                    and s.words[i - 1] in P.OPINION_DETERMINERS
                )
            ):
                first = i - 2 if i >= 2 and s.words[i - 2 : i] == ["nog", "geen"] else i
                first = i - 1 if first == i and s.words[i - 1 : i] == ["geen"] else first
                self.cues.append(
                    _Cue("N", "nog geen standpunt" if first < i else "standpunt volgt", first, i)
                )
                self.consumed.update(range(first, i))
            elif (
                w == P.SERIOUS
                and s.in_clause(i, P.NEMEN)
                and (
                    s.in_clause(i, P.SERIOUS_OBJECTS | P.FOLLOWED_ADVISERS) or _object_kind(s, i, None) == "A"
                )
            ):
                # "Kuipers zegt de Onderzoeksraad zeer serieus te nemen", "Ik neem de signalen serieus"
                self.cues.append(_Cue("N", "serieus nemen", i, i))
            elif w in P.INFORM and (s.in_clause(i, {"nader"}) or self._informs_later_about_it(i)):
                # "Ik zal uw Kamer nader informeren", "Over de derde aanbeveling informeer ik uw Kamer in het najaar"
                self.cues.append(_Cue("N", "nader informeren", i, i))
            elif w in P.VOORUIT and s.in_clause(i, P.VOORUIT_OP) and s.in_clause(i, P.NEGATORS):
                if w != "vooruit" or s.in_clause(i, {"loop", "loopt", "lopen"}):
                    self.cues.append(_Cue("N", "niet vooruitlopen", i, i))  # "wil niet vooruitlopen op …"
            elif (
                w in P.INGAAN and s.in_clause(i, {"op"}) and i >= 2 and s.words[i - 2 : i] == ["nog", "niet"]
            ):
                # "Hij wil nog niet ingaan op de kritiek van de OVV": the answer deferred (since round 41)
                self.cues.append(_Cue("N", "nog niet ingaan op", i - 2, i))
            elif (
                w in P.TOO_EARLY_TO_SAY
                and i >= 1
                and s.words[i - 1] == "te"
                and (
                    early := next(
                        (
                            k
                            for k in range(max(0, i - 12), i - 1)
                            if s.words[k] == P.TOO
                            and s.words[k + 1] == P.EARLY
                            and s.words[k + 2 : k + 3] == ["om"]
                        ),
                        None,
                    )
                )
                is not None
            ):
                # "Het is te vroeg om nu al iets te zeggen over de reactie van het kabinet": not yet decided (since
                # round 41; "te vroeg om de regeling nu al in te voeren" declines a step, see `_premature`)
                self.cues.append(_Cue("N", "te vroeg om te oordelen", early, i))
            elif (
                w in P.DECIDE_WHETHER
                and "of" in s.words[i + 1 : i + 4]
                and s.in_clause(i, P.FIRST_PERSON_SUBJECTS | {"kabinet"})
            ):
                self.cues.append(_Cue("N", "besluit later of", i, i))  # "Op basis daarvan besluit ik of …"
            elif (
                w in P.DECIDE_WHETHER - P.STANDPOINT_TAKING
                or w in P.STANDPOINT
                # "Ik maak die keuze in het Deltaprogramma 2029": a choice named before, made at a time to come
                or (w == P.CHOICE_NOUN and i > 0 and s.words[i - 1] in P.DECISION_DEMONSTRATIVES)
            ) and self._decided_later(i):
                # "Pas daarna neem ik een standpunt in over deze aanbeveling", "Een besluit over deze aanbeveling
                # neem ik als die verkenning gereed is": the decision put after something still to come
                self.cues.append(_Cue("N", P.DECISION_LATER_CUE, i, i))
            elif (
                w in P.NOT_YET_KNOWN
                and s.in_clause(i, {"nog"})
                and s.in_clause(i, {"niet"})
                and s.in_clause(i, P.FIRST_PERSON_SUBJECTS | {"kabinet"})
            ):
                self.cues.append(_Cue("N", P.NOT_YET_KNOWN_CUE, i, i))  # "…, weet ik nog niet"
            elif (
                w == "weten"
                and (k := next((k for k in range(max(0, i - 6), i) if s.words[k] in P.LET_KNOW), None))
                is not None
                and s.clause[k] == s.clause[i]
                and (s.in_clause(i, P.RESPONSE_LATER) or self._time_to_come(i) or s.in_clause(i, {"pas"}))
                and (P.FIRST_PERSON_SUBJECTS | {"kabinet"}).intersection(s.words)
                and not (P.RECOMMENDATION_NOUNS | P.RESPONSE_NOUNS).isdisjoint(s.words)
                and not s.in_clause(i, P.NEGATORS)
            ):
                # "Op welke manier … gevolg zal geven aan de aanbevelingen, zal het kabinet begin maart laten weten"
                self.cues.append(_Cue("N", P.LET_KNOW_CUE, k, i))
            elif (
                w in P.DEPENDS
                and "van" in s.words[i + 1 : i + 3]
                and (w == "afhankelijk" or "af" in s.words[i + 1 : i + 2])
                and (s.words[0] == "of" or P.STANDPOINT.intersection(s.words[:i]))
            ):
                # "Of er een eigen schaal komt, hangt af van de uitkomst van dat overleg", "Een besluit hierover is
                # afhankelijk van de evaluatie": whether it happens is still open
                self.cues.append(_Cue("N", P.DEPENDS_CUE, i, i))
            elif (
                w == P.WITHOUT_GOING_THROUGH[0]
                and i > 0
                and s.words[i - 1] == "niet"
                and P.WITHOUT_GOING_THROUGH[1] in s.words[i + 1 : s.bounds[s.clause[i]][1]]
            ):
                # "Een eigen schaal kan ik niet buiten het arbeidsvoorwaardenoverleg om invoeren": the decision lies
                # with that overleg
                # (its verb adopts nothing: "… invoeren" is what cannot be done that way)
                self.cues = [c for c in self.cues if not (c.kind == "A" and s.clause[c.first] == s.clause[i])]
                self.cues.append(_Cue("N", P.DEPENDS_CUE, i - 1, i))
            elif w == P.GESPREK and i > 0 and s.words[i - 1] == "in" and s.in_clause(i, P.GAAN):
                self.cues.append(_Cue("N", "in gesprek gaan", i, i))  # "ga ik eerst in gesprek met de sector"
            elif (
                w == P.GESPREK
                and i > 0
                and s.words[i - 1] == "in"
                and s.in_clause(i, P.IN_TALKS_AUX)
                and s.in_clause(i, P.FIRST_PERSON_SUBJECTS | {"kabinet"})
                and not s.in_clause(i, P.NEGATORS)
            ):
                self.cues.append(_Cue("N", "in gesprek", i, i))  # "… ben ik met de provincies in gesprek"
            elif (
                w == P.KNOW
                and s.in_clause(i, {"eerst"})
                and s.in_clause(i, P.WANT)
                and s.in_clause(i, P.FIRST_PERSON_SUBJECTS | {"kabinet"})
            ):
                self.cues.append(_Cue("N", "wil eerst weten", i, i))  # "Ik wil eerst weten hoe …"
            elif (
                w == P.PUT_BEFORE
                and s.in_clause(i, P.RECOMMENDATION_NOUNS)
                and "aan" in s.words[max(0, i - 4) : i]
                and any(s.words[k] in P.OTHER_MINISTER_OBJECTS for k in range(max(0, i - 4), i))
            ):
                self.cues.append(_Cue("N", "voorgelegd aan een ander", i, i))  # "… aan haar voorgelegd"
            elif w == "aan" and (k := self._up_to_others(i)) is not None:
                self.cues.append(_Cue("N", "aan een ander", i, k))  # "Het is aan hen om te bepalen …"
            elif (
                w == P.CABINET and i >= 3 and s.words[i - 1] in P.NEXT and s.words[i - 3] in P.TO_NEXT_CABINET
            ):
                # "laat het besluit over aan een volgend kabinet", "zal aan het volgende kabinet worden overgelaten",
                # "schuift hervormingen door naar een volgend kabinet", "zodat een nieuw kabinet de aanbevelingen
                # ter hand kan nemen"
                self.cues.append(_Cue("N", "aan een volgend kabinet", i - 3, i))
            elif (
                w in P.STUDY_NOUNS
                and i > 0
                and s.words[i - 1] in P.NADER
                and s.in_clause(i, P.REQUIRES)
                and s.in_clause(i, P.RECOMMENDATION_NOUNS | P.GOVERNMENT | P.STUDIED_REFERENTS)
            ):
                self.cues.append(_Cue("N", "vergt nader onderzoek", i - 1, i))  # "vergen nader onderzoek"

    def _decided_later(self, i: int) -> bool:
        """Whether the decision word at `i` ("besluit", "standpunt", "beslissen") is the government's, about
        a recommendation or "dit", and put later: "pas"/"daarna" in its clause, or a when-clause right after
        it (see `DECISION_LATER`)."""
        s = self.s
        c = s.clause[i]
        ours = P.FIRST_PERSON_SUBJECTS | {"kabinet"}
        before_step = s.words[s.bounds[c][0]] in P.DECISION_AFTER and c + 1 < len(s.bounds)
        # "Alvorens over deze aanbeveling te beslissen, vraag ik …": the subject in the main clause after it
        subject = s.in_clause(i, ours) or (before_step and s.in_clause(s.bounds[c + 1][0], ours))
        # about the recommendation, "dit", or a matter named after the decision noun ("na de zomer neem ik een
        # besluit over een tegemoetkoming": in a passage on one recommendation, its subject)
        about = (
            s.in_clause(i, P.RECOMMENDATION_NOUNS | P.DECISION_REFERENTS)
            or "over" in s.words[i + 1 : i + 3]
            # the decision named before: "Ik maak die keuze in het Deltaprogramma 2029"
            or (i > 0 and s.words[i - 1] in P.DECISION_DEMONSTRATIVES)
            # "Ik neem daarna een standpunt in.": a position taken after a step to come, in the passage on one
            # recommendation (round 66; "pas daarna" is read below)
            or (
                i > 0
                and s.words[i - 1] == "een"
                and s.in_clause(i, P.DECISION_LATER)
                and not s.in_clause(i, P.DECISION_TAKEN)
            )
        )
        a, b = s.bounds[c]
        only_then = any(
            s.words[k] == P.DECISION_ONLY_THEN
            and k + 1 < len(s.words)
            and s.words[k + 1] in P.DECISION_ONLY_THEN_NEXT
            for k in range(a, b)
        ) or (
            # "Pas als die studie er ligt, neem ik een besluit …": the condition fronted in the clause before
            c > 0
            and (k0 := s.bounds[c - 1][0]) > 0
            and s.words[k0] in P.DECISION_WHEN
            and s.words[k0 - 1] == P.DECISION_ONLY_THEN
        )
        # ("Pas daarna neem ik een standpunt in.": in the passage on one recommendation, the decision is about it)
        if not (subject and (about or only_then)):
            return False
        if s.text[s.spans[i][0]].isupper() and i > 0:
            return False  # "het Besluit kwaliteit leefomgeving": a decree's name
        if only_then:
            return True
        if s.in_clause(i, P.DECISION_LATER):
            return True
        a, b = s.bounds[c]
        if s.words[a] in P.DECISION_AFTER:
            return True  # "Voordat ik over deze aanbeveling besluit, …"
        if self._time_to_come(i) and not s.in_clause(i, P.DECISION_TAKEN):
            return True  # "Ik neem na de zomer een besluit over deze aanbeveling"
        if any(
            s.words[k] == P.DECISION_ONLY_THEN
            and k + 1 < len(s.words)
            and s.words[k + 1] in P.DECISION_ONLY_THEN_NEXT
            for k in range(a, b)
        ):
            return True
        return c + 1 < len(s.bounds) and s.words[s.bounds[c + 1][0]] in P.DECISION_WHEN

    def _courtesy(self, i: int) -> bool:
        """Whether the "kennis" word at `i` is taken "met belangstelling / waardering" (see `COURTESY`)."""
        s = self.s
        met = s.first_in_clause(i, {"met"})
        return met is not None and any(s.words[k] in P.COURTESY for k in range(met + 1, min(i, met + 4)))

    def _others_at_work(self, i: int) -> bool:
        """Whether "bezig" at word `i` is said in a relative clause on another party, close before it and with no
        government word between ("… met de andere lidstaten die in de Raad met dit onderwerp bezig zijn")."""
        s = self.s
        for j in range(i - 1, max(0, i - _RELATIVE_REACH) - 1, -1):
            word = s.words[j]
            if word in P.GOVERNMENT:
                return False
            if word in P.RELATIVE_OPENERS:
                return j > 0 and s.words[j - 1] in P.THIRD_PARTY
        return False

    def _aligns_with_established(self, i: int) -> int | None:
        """The participle that makes what "sluit … aan bij" (at `i`) names established: a noun after "bij" and a
        relative clause on it, "die … zijn vastgelegd / heeft ingezet" (see `ESTABLISHED`); else None."""
        s = self.s
        n = len(s.words)
        bij = next((k for k in range(i + 1, min(n, i + 4)) if s.words[k] == "bij"), None)
        if bij is None or "aan" not in s.words[i + 1 : bij] or "zich" in s.words[i + 1 : bij]:
            return None  # (not "sluit zich aan bij": agreement)
        rel = next((k for k in range(bij + 2, min(n, bij + 10)) if s.words[k] in ("die", "dat")), None)
        if rel is None or any(self.free_negator(k) for k in range(rel, min(n, rel + 12))):
            return None
        return next((k for k in range(rel + 1, min(n, rel + 12)) if s.words[k] in P.ESTABLISHED), None)

    def _informs_later_about_it(self, i: int) -> bool:
        """ "Over de derde aanbeveling informeer ik uw Kamer in het najaar": the clause opens on the recommendation
        (at most an ordinal between), our subject, a time to come (see `ABOUT_RECOMMENDATION_FIRST`)."""
        s = self.s
        a = s.bounds[s.clause[i]][0]
        if s.words[a] not in P.ABOUT_RECOMMENDATION_FIRST or i - a > 6:
            return False
        if not any(s.words[k] in P.RECOMMENDATION_NOUNS for k in range(a + 1, min(i, a + 4))):
            return False
        if s.words[a + 1 : a + 2] == ["de"] and s.words[a + 2 : a + 3] in (["uitvoering"], ["uitwerking"]):
            return False
        return s.in_clause(i, P.FIRST_PERSON_SUBJECTS | {"kabinet"}) and self._time_to_come(i)

    def _time_to_come(self, i: int) -> bool:
        """Whether the clause of word `i` names a time to come (see `DECISION_TIMES`, `NEXT_TIME_NOUNS`)."""
        s = self.s
        if s.in_clause(i, P.DECISION_TIMES):
            return True
        a, b = s.bounds[s.clause[i]]
        if s.words[i] == P.CHOICE_NOUN and any(P.YEAR_WORD.fullmatch(s.words[k]) for k in range(a, b)):
            return True  # "Ik maak die keuze in het Deltaprogramma 2029" (a present tense with a year: scheduled)
        # a deciding verb, or a standpoint noun that is taken ("neem … een besluit"; not "informeer u over mijn besluit
        # daarover", a decision reported)
        deciding = (s.words[i] in P.DECIDE_WHETHER and (i == 0 or s.words[i - 1] not in P.ARTICLES)) or (
            s.words[i] in P.STANDPOINT and s.in_clause(i, P.NEMEN - {"te"})
        )
        if deciding and any(
            P.YEAR_WORD.fullmatch(s.words[k]) and s.words[k - 1] in P.DECISION_YEAR_LEADS
            for k in range(max(a, 1), b)
        ):
            return True  # "Op basis daarvan besluit ik in 2028", "Een besluit hierover neem ik begin 2028"
        return any(
            s.words[k] in P.NEXT_WORDS and s.words[k + 1] in P.NEXT_TIME_NOUNS for k in range(a, b - 1)
        )

    def _passed_on(self, i: int) -> bool:
        """Whether "aandacht" at `i` is "onder de/hun aandacht (brengen)" of a recommendation by the government
        (see `PASSED_ON`)."""
        s = self.s
        if "onder" not in s.words[max(0, i - 2) : i]:
            return False
        a = s.bounds[s.clause[i]][0]
        before = s.words[a:i]
        if P.FIRST_PERSON_SUBJECTS.isdisjoint(before) and "kabinet" not in before:
            return False
        # the object stands before "onder": "Ik breng de aanbeveling onder de aandacht van …" (not "Ik breng het
        # expertisecentrum onder de aandacht van de gemeenten die …")
        return not (P.RECOMMENDATION_NOUNS.isdisjoint(before) and P.PASSED_ON_OBJECTS.isdisjoint(before))

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
