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

import re
from typing import cast

from kamerstuk.entities.sentences import split_sentences
from kamerstuk.entities.stance_agreement import AgreementCues
from kamerstuk.entities.stance_clauses import Cue as _Cue
from kamerstuk.entities.stance_hedges import HedgeCues
from kamerstuk.entities.stance_passage import (
    ABOUT,
    agreement_kind,
    is_weak_agreement,
    lesser_concessions,
    sets_a_group_apart,
    settle_passage,
    stance_weight,
)
from kamerstuk.entities.stance_rejections import RejectionCues
from kamerstuk.entities.stance_scope import ScopeReadings
from kamerstuk.entities.stance_status import StatusCues
from kamerstuk.models import Stance, StanceLabel
from kamerstuk.patterns import stance as P

__all__ = [
    "ABOUT",
    "agreement_kind",
    "classify_sentence",
    "classify_stance",
    "is_weak_agreement",
    "lesser_concessions",
    "sets_a_group_apart",
    "settle_passage",
    "stance_weight",
    "verdict_past_first_sentence",
]


class _Reader(HedgeCues, RejectionCues, AgreementCues, StatusCues, ScopeReadings):
    """Finds the cues of one sentence and decides its label (the cue finders and scope readings are
    in the modules it is made of)."""

    # --- decision ------------------------------------------------------------------------

    def read(self) -> list[_Cue]:
        """The cues that count as the government's, negation applied."""
        s = self.s
        if not s.words or s.text.rstrip().endswith("?"):
            return []
        self.hedges()
        self.limited_measure()
        self.limit_after_but()
        self.rejections()
        self.declined_acts()
        self.declined_requirements()
        self.separable()
        self.agreement()
        self.quantity_act()
        self.positive_reply()
        self._conceded()
        self.already()
        self.nothing_new()
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
        rejects = any(o.kind == "R" for o in self.cues)
        # clauses that say "wel of niet" (found once: a clause may hold many cues)
        whether_or_not = {
            s.clause[k] for k in range(len(s.words) - 2) if tuple(s.words[k : k + 3]) == P.WHETHER_OR_NOT
        }
        for cue in self.cues:
            c = s.clause[cue.first]
            if not self.is_government(cue, status) or cue.first in purpose:
                continue
            if c in whether_or_not:
                continue  # "… aangegeven de aanbevelingen wel of niet te zullen overnemen": whether or not, no verdict
            if cue.kind == "L" and rejects and s.words[s.bounds[c][0]] == P.AS_RECOMMENDED:
                # "De uitzondering blijft daarom bestaan; telers moeten wel …, zoals nu ook al het geval is": the
                # comparison clause says how a detail is now, the main clause declines the change
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
                        "aan een ander",  # "Het is niet aan de regering …": the negation is the cue's own
                    ):
                        pass
                    elif (neg > 0 and s.words[neg - 1] in ("nog",)) or (
                        s.words[cue.last] in P.DEFER_VERBS and s.in_clause(cue.first, P.UNABLE_NOW)
                    ):
                        start = neg - 1 if s.words[neg - 1] == "nog" else neg
                        cue = _Cue("N", "nog niet", min(cue.first, start), max(cue.last, neg), negated=True)
                    elif self.study_subject(c):
                        # "De evaluatie ging over 2022 tot en met 2024 en kon deze wijziging niet meenemen": what the
                        # study left out, no refusal of ours (round 54)
                        continue
                    else:
                        cue = _Cue(
                            "R", f"niet {cue.name}", min(cue.first, neg), max(cue.last, neg), negated=True
                        )
            kept.append(cue)
        kept = self.without_shared_aim(kept)
        if any(c.kind == "A" for c in kept):
            kept.extend(self.elliptic_negations(kept, [st in ("gov", "none") for st in status]))
        elif any(c.kind == "R" for c in kept):
            kept.extend(self.elliptic_affirmations(kept, [st in ("gov", "none") for st in status]))
        return kept

    def without_shared_aim(self, kept: list[_Cue]) -> list[_Cue]:
        """`kept` without an agreement that only shares the wish or concern behind the recommendation when a refusal
        follows "maar" ("Ik deel de wens van de inspectie …, maar een plaats in hetzelfde peloton kan ik niet
        garanderen": rejected; see `SHARED_AIM_CUES`)."""
        s = self.s
        but = next((k for k, w in enumerate(s.words) if w in P.BUT), None)
        if but is None or not any(c.kind == "R" and c.first > but for c in kept):
            return kept
        return [
            c
            for c in kept
            if not (
                c.kind in "AW"
                and c.name in P.SHARED_AIM_CUES
                and c.last < but
                and not P.SHARED_AIM_OBJECTS.isdisjoint(s.words[c.first + 1 : c.first + 5])
            )
        ]

    def study_subject(self, c: int) -> bool:
        """Whether clause `c` opens with a study as its subject ("De evaluatie ging over …", "Die evaluatie kon …"; see
        `STUDY_SUBJECTS`)."""
        s = self.s
        a, b = s.bounds[c]
        return (s.words[a] in P.STUDY_SUBJECTS) or (
            a + 1 < b and s.words[a] in P.OPENING_DETERMINERS and s.words[a + 1] in P.STUDY_SUBJECTS
        )

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
            # (or a longer phrase closed by the negator, with no verb of its own after it: "…, een uitbreiding naar
            # varkens niet"; round 52)
            short = b - a <= 4 or (b - a <= P.ELLIPTIC_NEGATION_MAX_WORDS and s.words[b - 1] == "niet")
            if (
                short
                and not P.CLAUSE_VERBS.isdisjoint(s.words[a:b])
                and P.FIRST_PERSON_SUBJECTS.isdisjoint(s.words[a:b])
                and "kabinet" not in s.words[a:b]
            ):
                # "…, een leerling die een plek nodig heeft, mag niet wachten": a clause with a verb of its own and
                # another subject says what must not happen, no part left out ("…, maar ik wil het niet" still
                # declines; round 60)
                continue
            maar_niet = b - a >= 2 and s.words[a] == "maar" and s.words[a + 1] in P.NEGATORS
            if self.negators[c] and (short or maar_niet):
                out.append(_Cue("R", "… niet", a, b - 1, negated=True))
        return out


def _explained_rejections(cues: list[_Cue], text: str, spans: list[tuple[int, int]]) -> list[_Cue]:
    """`cues` without the hedges of the explanation after a rejection and a colon: "Een afdwingbaar recht … gaat
    mij echter te ver: voor eenvoudige vragen helpt een chatbot de meeste inwoners sneller" rejects, the hedge
    ("de meeste") is in the reason given (with an adoption in the sentence the hedge stays: "… gaat te ver: ik
    neem haar gedeeltelijk over")."""
    rejections = [c for c in cues if c.kind == "R"]
    if not rejections or any(c.kind in "AW" for c in cues):
        return cues

    # (the first colon after the first rejection: a hedge after it follows a rejection and a colon)
    colon = text.find(":", min(spans[r.last][1] for r in rejections))
    if colon < 0:
        return cues
    # … and after an act refused, what exists already is the reason: "Een aparte subsidieregeling voer ik niet in:
    # exploitanten kunnen al terecht bij de bestaande regelingen" rejects (round 65; not "Voor de tweede aanbeveling
    # is geen nieuwe stap nodig: … al sinds 2023 …", which says it is done)
    refused_act = any(r.name == P.REFUSED_ACT_CUE and spans[r.last][1] <= colon for r in rejections)
    return [
        c
        for c in cues
        if (c.kind != "P" and not (refused_act and c.kind == "L")) or spans[c.first][0] < colon
    ]


def _decide(cues: list[_Cue], words: list[str] | None = None) -> tuple[StanceLabel, list[_Cue]] | None:
    """The label of a sentence from its cues, with the cues that show it (main cue first); `words`, the sentence's
    words, show a "maar" between an agreement and what is in place."""
    by = {k: [c for c in cues if c.kind == k] for k in "AWPRLN"}
    agree = by["A"] + by["W"]

    def after_but(c: _Cue) -> bool:
        # "Met de tweede aanbeveling ben ik het eens, maar ik wijs erop dat RVO sinds de start … nagaat of …": the
        # agreement is granted, the point made after "maar" is that it is done already
        return words is not None and any(
            "maar" in words[a.last + 1 : c.first] for a in agree if a.last < c.first
        )

    def in_contrast(c: _Cue) -> bool:
        # "Ik kies daar niet voor: …, terwijl de installateurs de kast al moeten controleren": what is in place is the
        # contrast that argues the rejection, not the recommendation done (since round 41)
        return words is not None and any(
            P.CONTRAST_WHILE in words[r.last + 1 : c.first] for r in by["R"] if r.last < c.first
        )

    # "bezig" and "sinds" yield to an adoption or a rejection in the same sentence
    in_place = [
        c
        for c in by["L"]
        if (
            c.name not in (P.BEZIG, P.SINCE, P.DATED_MEASURE_CUE)
            or not (agree or (c.name in (P.SINCE, P.DATED_MEASURE_CUE) and by["R"]))
            or (c.name == P.SINCE and not by["R"] and after_but(c))
        )
        and not in_contrast(c)
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


#: The report nouns `QUOTED_TITLE` starts with (substrings: "adviesrapport" holds "rapport").
_TITLED_NOUNS = (
    "rapport",
    "advies",
    "evaluatie",
    "studie",
    "verkenning",
    "onderzoek",
    "publicatie",
    "essay",
    "nota",
)


def _masked_titles(text: str) -> str:
    """`text` with the words of a quoted report title (`QUOTED_TITLE`) masked, its length kept (offsets stay)."""
    if not any(noun in text for noun in _TITLED_NOUNS):
        return text  # (most sentences name no report: the pattern is not run on them)
    return P.QUOTED_TITLE.sub(
        lambda m: (
            m.group(0)[: m.start("title") - m.start()]
            + re.sub(r"\S", "x", m.group("title"))
            + m.group(0)[m.end("title") - m.start() :]
        ),
        text,
    )


def classify_sentence(text: str, offset: int = 0, *, courtesy: bool = False) -> Stance:
    """The stance of one sentence; offsets are `offset` plus positions in `text`. A courtesy that opens a
    reaction ("Met belangstelling heb ik kennisgenomen van het rapport") is noted only with `courtesy` (as
    `classify_stance` reads a sentence); inside a letter it decides on no recommendation."""
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
    reader = _Reader(_masked_titles(text))
    decided = _decide(_explained_rejections(reader.read(), text, reader.s.spans), reader.s.words)
    reserved = P.RESERVATION.search(text)
    if (
        decided is not None
        and reserved is not None
        and decided[0] == "adopted"
        and reserved.start() <= reader.s.spans[decided[1][0].first][0] < reserved.end()
    ):
        decided = None  # "Ik ben minder positief over de derde aanbeveling": the "positief over" is the reservation's
    if decided is None:
        if reserved is None:
            return Stance(label=None)
        # "Over aanbeveling 4 ben ik minder stellig.": a part, unless the passage says more (`settle_passage`)
        return Stance(
            label="partly_adopted",
            evidence=reserved.group(0),
            start=offset + reserved.start(),
            end=offset + reserved.end(),
            cue=P.RESERVATION_CUE,
            negated=False,
        )
    label, shown = decided
    if shown[0].name == P.COURTESY_CUE and not courtesy:
        return Stance(label=None)
    if label == "rejected" and P.NOT_ASKED_BY_REPORT.search(text):
        # "Een aparte campagne, waar de onderzoekers niet om vragen, begin ik niet": no verdict on it (round 67)
        return Stance(label=None)
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
    said: list[tuple[int, int]] = []  # the spans of the sentences of `seen`
    in_place: Stance | None = None
    rejection: Stance | None = None
    for a, b in split_sentences(text) or [(0, len(text))]:
        stance = classify_sentence(text[a:b], a, courtesy=True)
        if stance.label is None:
            continue
        seen.append((stance.label, agreement_kind(stance, text[a:b])))
        said.append((a, b))
        if in_place is None and stance.label == "already_in_place":
            in_place = stance
        if rejection is None and stance.label == "rejected":
            rejection = stance
        weight = stance_weight(stance, text[a:b])
        if best is None or weight > best[0]:
            best = (weight, stance)
    if best is None:
        return Stance(label=None)
    about = best[0] >= ABOUT  # its sentence names the recommendation itself (see stance_weight)
    if best[1].label == "rejected" and best[1].start is not None:
        a, b = next((a, b) for a, b in said if a <= best[1].start < b)
        kinds = lesser_concessions([k for _, k in seen], [text[x:y] for x, y in said], text[a:b])
        seen = [(label, kind) for (label, _), kind in zip(seen, kinds, strict=True)]
    label = settle_passage(best[1].label or "noted", seen, best[1].cue, about)
    if label in ("adopted", "rejected") and any(
        sets_a_group_apart(text[a:b]) for a, b in split_sentences(text) or [(0, len(text))]
    ):
        # "… acht ik niet uitvoerbaar. Voor aanbieders die scholen inhuren, ligt dat anders.": a part (round 55)
        label = "partly_adopted"
    if (
        label == "adopted"
        and agreement_kind(best[1], text[best[1].start or 0 : best[1].end or 0]) in P.OWN_FORM_KINDS
        and any(P.HYPOTHETICAL_FOR_ALL.match(text[a:b]) for a, b in split_sentences(text) or [(0, len(text))])
    ):
        # "Een meldplicht voor iedere uitgever zou ook de kleine zelfstandige treffen. Het kabinet kiest daarom voor een
        # meldplicht voor uitgevers die …": the measure taken up in a narrower form (round 60)
        label = "partly_adopted"
    if (
        label == "adopted"
        and agreement_kind(best[1], text[best[1].start or 0 : best[1].end or 0]) in P.OWN_FORM_KINDS
        and any(P.TASK_OF_OTHERS.search(text[a:b]) for a, b in split_sentences(text) or [(0, len(text))])
    ):
        # "Scholing van leraren is in de eerste plaats een taak van de schoolbesturen. Wel neem ik … op": the
        # report's measure left to others, a step of our own beside it (round 67)
        label = "partly_adopted"
    if label == best[1].label:
        return best[1]
    if label == "already_in_place" and in_place is not None:
        return in_place  # its evidence shows the measure that exists
    if label == "rejected" and rejection is not None:
        return rejection  # its evidence shows what is declined ("… geen aanleiding om verder te gaan")
    return best[1].model_copy(update={"label": label})


def verdict_past_first_sentence(text: str) -> tuple[StanceLabel, str] | None:
    """(label, sentence) of the first sentence past the first of `text` that gives a verdict, or None: a recommendation's
    restatement that runs on into its answer ("Zorg dat klinieken hun complicatiecijfers openbaar maken. Klinieken
    leveren deze cijfers sinds 2024 aan …": already_in_place; round 63)."""
    for a, b in split_sentences(text)[1:]:
        label = classify_sentence(text[a:b]).label
        if label is not None:
            return label, text[a:b]
    return None
