"""How the sentences of a passage that answers one recommendation settle its stance (used by
`kamerstuk.entities.stance.classify_stance` and the pipeline's stance component): each sentence's
weight, the kind of agreement an adopted sentence shows, and the rules that settle the strongest
sentence's label against the others'."""

from __future__ import annotations

from kamerstuk.models import Stance, StanceLabel
from kamerstuk.patterns import stance as P

__all__ = [
    "ABOUT",
    "agreement_kind",
    "is_weak_agreement",
    "lesser_concessions",
    "sets_a_group_apart",
    "settle_passage",
    "stance_weight",
]


#: What `stance_weight` adds for a sentence about the recommendation itself (more than any label's weight).
ABOUT = 10


def stance_weight(stance: Stance, sentence: str) -> int:
    """How strongly `stance` answers a recommendation: its label's weight, plus 10 when the
    sentence names the recommendation itself ("deze aanbeveling neem ik over")."""
    if stance.label is None:
        return 0
    about = (
        ABOUT
        if (P.STANCE_SUBJECT.search(sentence) or P.PRONOUN_OBJECT_VERDICT.search(sentence))
        and stance.cue not in P.FRAME_CUES
        and stance.cue not in P.ADDRESSEE_CUES
        else 0
    )
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
        and not P.RECOMMENDATION_PRONOUN_OBJECT.search(
            sentence
        )  # ("Ik onderschrijf haar": the recommendation)
    )


def agreement_kind(stance: Stance, sentence: str) -> str:
    """How an adopted `stance` agrees: "weak" (with the analysis only, see `is_weak_agreement`), "variant"
    (a choice of its own: "Wij kiezen voor een vrijwillige pool"), "concession" ("Wel verhoog ik …"),
    "named" (it names the recommendation or a part of it: "Het eerste deel neem ik wel over", "Dat … moet …,
    onderschrijf ik"), "liked" (named, the
    cue "spreekt mij aan" without a "maar"), "appeal" ("Het idee … spreekt mij aan, maar …"), else "" (also for other labels, and for a frame cue:
    "Indachtig de vierde aanbeveling …"); for a noted stance that says the decision is still open ("nog
    geen besluit"), "undecided", and for one that puts the verdict off ("Pas als … kan ik beoordelen"), "later"; for a
    rejection said to hold for now ("op dit moment"), "for_now"; for one of the rest only ("Voor de kleinere terreinen
    …"), "rest"; for one that puts the measure asked first and finds it not needed ("Voor een landelijk meldpunt zie ik
    geen aanleiding"), "declined"; for a partly_adopted one that names a part ("Het eerste deel …"), "part"."""
    if stance.label == "already_in_place" and P.IN_PLACE_VERDICT.match(sentence):
        return "verdict"  # "Dat gebeurt dus al.": what is asked happens already, said of the whole
    if stance.label == "noted" and stance.cue in P.UNDECIDED_CUES:
        return "undecided"  # "Over een landelijk kenniscentrum heeft het kabinet nog geen besluit genomen"
    if stance.label == "noted" and P.JUDGED_LATER.search(sentence):
        return "later"  # "Pas als dat advies er is, kan ik beoordelen of …": the verdict put off
    if stance.cue == P.RESERVATION_CUE:
        return (
            "reservation"  # "Over aanbeveling 4 ben ik minder stellig": the passage decides how far it goes
        )
    if stance.label == "partly_adopted" and P.PART_NOUN.search(sentence):
        return "part"  # "Het eerste deel van de aanbeveling neem ik wel over": a part named
    if stance.label == "rejected" and P.BEYOND_WHAT_EXISTS.search(sentence):
        return (
            "beyond"  # "Ik zie daarom nu geen aanleiding om verder te gaan": more than what exists, declined
        )
    if stance.label == "rejected" and P.FOR_THE_REST.match(sentence):
        return "rest"  # "Voor de kleinere terreinen … is dat niet doelmatig": declined for the rest only
    if stance.label == "rejected" and P.MEASURE_DECLINED_FIRST.search(sentence):
        return (
            "declined"  # "Voor een landelijk meldpunt zie ik geen aanleiding": the measure itself, not needed
        )
    if stance.label == "rejected" and P.FOR_NOW.search(sentence):
        return "for_now"  # "… kan ik op dit moment geen gevolg geven": declined for now
    if stance.label == "rejected" and P.SUCH_A_THING.search(sentence, _after_but(sentence)):
        return "such"  # "Ik ga zo'n budget daarom niet invoeren": the thing proposed, declined as a whole
    if stance.label != "adopted":
        return ""
    if stance.cue == P.APPEAL_CUE:
        return "appeal"  # "Het idee … spreekt mij aan, maar …"
    if stance.cue == P.LESSER_ACT_CUE:
        return "lesser"  # "Ik verleng de termijn wel van vijf naar zeven jaar": an amount of our own
    if stance.cue in P.WEAK_AGREEMENT_CUES and P.FRONTED_NORM.match(sentence):
        return "named"  # "Dat de ondersteuning gelijk moet zijn, onderschrijf ik": a part of the measure
    if (
        stance.cue in P.WEAK_AGREEMENT_CUES or stance.cue == P.APPEAL_PLAIN_CUE
    ) and P.AIM_OF_RECOMMENDATION.search(sentence):
        # "De gedachte achter de eerste aanbeveling onderschrijf ik", "De gedachte achter deze aanbeveling
        # spreekt mij aan": its aim, not its measure
        return "aim"
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
    named = P.STANCE_SUBJECT.search(sentence) or P.PART_NOUN.search(sentence)
    if named and stance.cue == P.APPEAL_PLAIN_CUE:
        return "liked"  # "Het tweede voorstel spreekt mij aan …": named, but liking is no act (see `settle_passage`)
    return "named" if named else ""


def sets_a_group_apart(sentence: str) -> bool:
    """Whether `sentence` sets a group apart from the verdict before it ("Voor zware wapens ligt dat anders."): the
    passage then takes the recommendation up for a part (see `GROUP_SET_APART`)."""
    m = P.GROUP_SET_APART.search(sentence)
    return m is not None and not P.RECOMMENDATION_NAMED_GROUP.search(m.group("group"))


def _after_but(sentence: str) -> int:
    """Where the clause after the last "maar" begins, or 0: the rejection of "Ik onderschrijf het belang van zulke
    afspraken, maar een afspraak met iedere werkgever is niet haalbaar" is what follows "maar"."""
    buts = [m.end() for m in P.BUT_WORD.finditer(sentence)]
    return buts[-1] if buts else 0


def _head_stem(sentence: str) -> str | None:
    """The first letters (`LESSER_STEM`) of the noun a sentence opens with, past its article and adjectives
    ("Een gelijke vergoeding vind ik …" -> "vergo"), or None when it opens otherwise ("Dat acht ik …")."""
    words = [w.lower() for w in P.TOKEN.findall(sentence)[:5]]
    if not words or words[0] not in P.LESSER_OPENERS - {"die", "dit", "deze"}:
        return None
    for w in words[1:]:
        if w.endswith("e") or w.isdigit():
            continue  # an adjective ("gelijke", "wettelijke") or a number
        return w[: P.LESSER_STEM] if len(w) >= P.LESSER_STEM else None
    return None


def lesser_concessions(kinds: list[str], sentences: list[str], rejected: str) -> list[str]:
    """`kinds` (of `agreement_kind`, one per sentence of `sentences`) with each "concession" that grants the
    thing the `rejected` sentence declined, in a lesser form, made "lesser" (see `LESSER_OPENERS`)."""
    stem = _head_stem(rejected)
    if stem is None:
        return kinds
    return [
        "lesser"
        if kind == "concession" and any(w.lower().startswith(stem) for w in P.TOKEN.findall(sentence))
        else kind
        for kind, sentence in zip(kinds, sentences, strict=True)
    ]


def settle_passage(
    best: StanceLabel,
    others: list[tuple[StanceLabel, str]],
    best_cue: str | None = None,
    best_named: bool = False,
    whole_rejection: bool = False,
) -> StanceLabel:
    """The stance of a passage answering one recommendation, from its strongest sentence's label
    `best` (with its cue, and whether its sentence names the recommendation) and the (label,
    `agreement_kind`) of all its stance sentences:

    - a rejection beside a part adopted ("… neem ik gedeeltelijk over. … Een streefgetal acht ik niet
      zinvol.") is partly_adopted, unless it rejects the recommendation itself by name and the part is no
      named part ("Aanbeveling 5 neem ik niet over. Ik kies er daarom voor eerst …": rejected);
    - a rejection of one part next to a sentence adopting another that names the recommendation or
      its part ("Het tweede deel neem ik niet over. Het eerste deel neem ik wel over.") is
      partly_adopted (an unnamed "Ik neem dit over" next to a rejection stays rejected);
    - agreement with the analysis only ("Ik deel de zorgen") next to a sentence saying the measure
      already exists ("Er bestaat al een meldpunt") is already_in_place (partly_adopted when another sentence
      declines the rest: "… zie ik geen verantwoorde manier om dat te doen"); next to a sentence taking
      note ("Ik betrek het advies bij …"), noted;
    - a passage that says the decision is still open ("nog geen besluit genomen", "nog geen standpunt")
      beside a measure partly in place or agreement with the aim only is noted, and so is one that puts the
      verdict off ("… voordat ik beslis", kind "later") beside a practice in place;
    - an idea that appeals with a reservation ("… spreekt mij aan, maar …") next to a variant the
      government chooses ("Ik kies er daarom voor …") is partly_adopted;
    - a rejection of a detail ("gaat ons te ver", "niet haalbaar"; not a rejection of the whole:
      `WHOLE_REJECTION_CUES`) next to a variant the government chooses ("Wij kiezen voor …") is
      partly_adopted (unless another sentence of the passage rejects the whole, `whole_rejection`: "Ik deel het
      doel van de raad. Een apart budget past echter niet bij … Ik kies er daarom niet voor." is rejected); so is one next to a concession of the same thing in a lesser form ("Een verhoging naar
      € 10.000 past niet binnen het budget. Wel verhoog ik het bedrag naar € 8.000.": `lesser_concessions`),
      but next to a concession of something else ("Wel geef ik het onderhoud … voorrang") it stays rejected;
    - agreement in principle with a reservation ("in beginsel eens, maar …") next to a deferral and no
      other verdict is noted;
    - a rejection of going further than what exists (`BEYOND_WHAT_EXISTS`: "Ik zie geen aanleiding om verder te
      gaan") beside a sentence on a measure in place is rejected;
    - a rejection saying the measure is not needed (`best_cue` in `NEED_CUES`, in a sentence not
      naming the recommendation: not `best_named`) next to "Hier wordt al aan voldaan" is
      already_in_place;
    - a change the government cannot make itself (`UNABLE_CUE`: "kan ik niet op eigen gezag wijzigen") next
      to a concession ("Wel zet ik mij in Brussel in voor …") is partly_adopted;
    - a reservation ("Over aanbeveling 4 ben ik minder stellig", `RESERVATION_CUE`) is rejected beside a
      rejection and no adoption, noted beside a deferral and nothing else, and partly_adopted otherwise (alone,
      or beside a concession: "Wel neem ik vanaf 2027 een schatting op"); as another sentence's companion it
      makes no rejection a part;
    - a rejection only for now ("kan ik op dit moment geen gevolg geven", kind "for_now") beside a verdict put
      off ("Pas als dat advies er is, kan ik beoordelen …", kind "later", or "nog geen besluit") and no adoption
      is noted;
    - an adoption beside a short verdict that what is asked happens already ("Dat gebeurt dus al.", kind "verdict")
      and no rejection, part or deferral is already_in_place;
    - an act with an amount of its own ("De regeling verleng ik met twee jaar", kind "lesser") beside a decision left
      for later ("daarover beslist een volgend kabinet", kind "undecided" or "later") and no rejection is
      partly_adopted.
    """
    if (
        best == "partly_adopted"
        and best_cue == P.IN_PRINCIPLE_CUE
        and any(label == "noted" for label, _ in others)
        and not any(label in ("rejected", "adopted") for label, _ in others)
    ):
        # "Met de tweede aanbeveling ben ik het in beginsel eens, maar of een vast aandeel haalbaar is, … Ik wil
        # eerst de uitkomst afwachten …": agreed in principle, the decision left for later
        return "noted"
    if best == "partly_adopted" and best_cue == P.RESERVATION_CUE:
        said = {label for label, kind in others if kind != "reservation"}
        if "rejected" in said and not said & {"adopted", "partly_adopted"}:
            # "Over aanbeveling 3 ben ik minder positief. … Een vast deel van het budget … acht ik niet zinvol.": the
            # reservation ends in a no
            return "rejected"
        if "noted" in said and not said & {"adopted", "partly_adopted", "rejected"}:
            # "Over de derde aanbeveling ben ik terughoudender. … Ik wil eerst de evaluatie afwachten.": left open
            # (beside what exists already: "Een Europees sanctieregime bestaat sinds 2019. … neemt de aanbeveling
            # voor kennisgeving aan")
            return "noted"
        return (
            "partly_adopted"  # alone, or beside a concession: "… Wel neem ik vanaf 2027 een schatting op …"
        )
    if (
        best == "rejected"
        and all(kind == "for_now" for label, kind in others if label == "rejected")
        and any(label == "noted" and kind in ("undecided", "later") for label, kind in others)
        and not any(label in ("adopted", "partly_adopted", "already_in_place") for label, _ in others)
    ):
        # "Aan de vierde aanbeveling kan ik op dit moment geen gevolg geven. … Pas als dat advies er is, kan ik
        # beoordelen of …": declined for now, the decision left for later (round 47)
        return "noted"
    # (or the thing proposed declined by "zo'n …": "Een apart budget spreekt mij aan, …. Ik ga zo'n budget daarom niet
    # invoeren" is sympathy with a rejection; round 49)
    whole_named = (best_named and best_cue in P.WHOLE_REJECTION_CUES) or (
        best == "rejected" and any(label == "rejected" and kind == "such" for label, kind in others)
    )
    if best == "rejected" and any(
        label == "partly_adopted" and kind != "reservation" and (not whole_named or kind == "part")
        for label, kind in others
    ):
        # "Doelen per inkomensgroep neem ik gedeeltelijk over. … Een streefgetal acht ik niet
        # zinvol.": the rejected detail is the part not adopted
        return "partly_adopted"
    in_place = any(label == "already_in_place" for label, _ in others)
    beyond = any(label == "rejected" and kind == "beyond" for label, kind in others)
    if best == "already_in_place" and beyond:
        # "… is sinds 1 juli 2025 alleen nog toegestaan bij … Ik zie daarom nu geen aanleiding om verder te gaan": what
        # exists is named, the rest of the recommendation declined
        return "rejected"
    # (a recommendation liked, "Het tweede voorstel spreekt mij aan", beside the same one rejected by name, "Deze
    # aanbeveling neem ik daarom niet over", is sympathy with a rejection: no part adopted)
    adopts_named = any(
        label == "adopted" and (kind == "named" or (kind == "liked" and not whole_named))
        for label, kind in others
    )
    if (
        best == "rejected"
        and best_cue in P.NEED_CUES
        and not best_named
        and in_place
        and not adopts_named
        and not beyond
        # (not the measure asked declined by name, put first: "Voor een verdubbeling … ziet het kabinet geen aanleiding")
        and not any(label == "rejected" and kind == "declined" for label, kind in others)
    ):
        return "already_in_place"
    if best == "rejected" and adopts_named:
        return "partly_adopted"
    if best == "adopted" and any(label == "rejected" and kind == "rest" for label, kind in others):
        # "Op de drie grootste oefenterreinen volg ik dit advies. … Voor de kleinere terreinen is dat niet doelmatig":
        # taken up for a part, declined for the rest (round 50)
        return "partly_adopted"
    if best == "rejected" and best_cue == P.UNABLE_CUE and any(kind == "concession" for _, kind in others):
        # "De indeling … kan ik niet op eigen gezag wijzigen. Wel zet ik mij in Brussel in voor een lichter
        # regime …": a change the government cannot make alone, worked for as far as it can (unlike a concession
        # beside a change it will not make, which stays rejected; round 42)
        return "partly_adopted"
    if (
        best == "rejected"
        and best_cue not in P.WHOLE_REJECTION_CUES
        and any(kind in ("variant", "aim", "lesser") for _, kind in others)
        and not (whole_rejection and not any(kind in ("variant", "lesser") for _, kind in others))
    ):
        # "Een verplichting … gaat ons echter te ver. Wij kiezen voor een vrijwillige pool.": a detail
        # rejected, a variant chosen instead (a concession, "Wel geef ik het onderhoud … voorrang", is another
        # measure beside the rejection, not a part of the advice: four blind splits read that as rejected)
        return "partly_adopted"
    if (
        best == "adopted"
        and all(kind in ("weak", "aim", "concession") for label, kind in others if label == "adopted")
        and in_place
    ):
        if any(label == "rejected" for label, _ in others):
            # "Ik deel de strekking van deze aanbeveling. Als …, is dat al geregeld … Voor ouders die …, zie ik geen
            # verantwoorde manier …": one part in place, the rest declined
            return "partly_adopted"
        return "already_in_place"
    if (
        best == "adopted"
        and all(kind in ("weak", "aim", "appeal") for label, kind in others if label == "adopted")
        and any(label == "noted" for label, _ in others)
    ):
        # "Ik deel de wens om beter te weten wat werkt. … Ik betrek het advies bij de
        # evaluatieprogrammering.": the aim shared, the decision left open
        return "noted"
    if (
        (not best_named and any(kind == "undecided" for _, kind in others))
        # (or put off until something is known, beside a practice in place, whatever names the recommendation: "Het
        # voorstel … spreekt mij aan, maar de politie werkt sinds dit voorjaar met een ontvangstbewijs …. Ik wil eerst
        # weten of dat volstaat voordat ik beslis"; round 61)
        or (best == "already_in_place" and any(kind == "later" for _, kind in others))
    ) and (
        best == "already_in_place"
        or (
            best == "adopted"
            and all(kind in ("weak", "aim", "appeal") for label, kind in others if label == "adopted")
        )
    ):
        # "Over een landelijk kenniscentrum heeft het kabinet nog geen besluit genomen. De VNG biedt al een
        # deel van wat de Rob voor ogen staat …": the decision said to be open
        return "noted"
    if (
        best == "adopted"
        and any(label == "already_in_place" and kind == "verdict" for label, kind in others)
        and not any(label in ("rejected", "partly_adopted", "noted") for label, _ in others)
    ):
        # "Met de tweede aanbeveling van TNO ben ik het eens. Sinds mei 2025 loopt de campagne …. Dat gebeurt dus al.":
        # agreed, and what is asked happens already (round 60)
        return "already_in_place"
    if (
        best == "adopted"
        and any(label == "adopted" and kind == "lesser" for label, kind in others)
        and any(label == "noted" and kind in ("undecided", "later") for label, kind in others)
        and not any(label == "rejected" for label, _ in others)
    ):
        # "De regeling verleng ik met twee jaar, tot en met 2029. Of zij daarna structureel kan worden, … daarover beslist
        # een volgend kabinet.": taken up for a time, the rest of the recommendation left to a later decision (round 61)
        return "partly_adopted"
    kinds = {kind for label, kind in others if label == "adopted"}
    if (
        best == "adopted"
        and kinds
        and kinds <= {"liked", "appeal", "weak", "aim"}
        and any(label == "partly_adopted" for label, _ in others)
    ):
        # "Het voorstel van een schriftelijke bevestiging spreekt mij aan. … Ik kies ervoor de plicht alleen in te
        # voeren voor …": liked, and taken up for a part only
        return "partly_adopted"
    if (
        best == "adopted"
        and kinds
        and kinds <= {"weak", "aim"}
        and any(label == "rejected" for label, _ in others)
        and not any(label in ("partly_adopted", "noted", "already_in_place") for label, _ in others)
    ):
        # "Wat de tweede aanbeveling betreft, deel ik de wens om … Hen als partner opnemen kan ik echter niet": the
        # aim shared, the act declined
        return "rejected"
    if (
        best == "adopted"
        and kinds & {"appeal", "weak", "aim"}
        and "variant" in kinds
        and not kinds & {"named", "liked"}
    ):
        # "Een persoonlijk budget spreekt mij aan, maar een volledig individueel budget zou …. Ik kies er
        # daarom voor een derde van de middelen te oormerken …": the idea taken up in a form of its own
        return "partly_adopted"
    return best
