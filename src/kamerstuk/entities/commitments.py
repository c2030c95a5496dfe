"""Commitments (toezeggingen): what the government promises the Kamer, sentence by sentence.

A sentence is a commitment when it holds one of:

* an actor of government with a future or intention modal ("Ik zal", "zal ik", "Het kabinet
  gaat", "ben ik bereid"); "wil", "streef", "verwacht" and "zeg toe" only with a verb of
  `ACTIONS` ("Ik wil benadrukken" is not a promise);
* a passive future with a verb of `ACTIONS` ("Uw Kamer zal ... op de hoogte worden gesteld",
  "Bezien zal worden of ...");
* a first person present delivery verb tied to a future moment ("Ik informeer uw Kamer voor
  de zomer", "Daar kom ik op terug"), or the Kamer receiving something by a deadline
  ("Uw Kamer ontvangt voor het kerstreces ...");
* a fulfilment of a promise or request by this letter ("Met deze brief geef ik invulling aan
  de toezegging ...", "Met deze brief informeer ik uw Kamer over ...") - kind ``fulfils``.

Letter-internal discourse ("Ik zal nu ingaan op de aanbevelingen", "In deze brief ga ik in
op ...") and questions are never commitments; statements of past fact have no trigger.
See docs/commitments.md.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from typing import Literal

from kamerstuk.entities.dates import find_deadlines
from kamerstuk.entities.sentences import split_sentences
from kamerstuk.models import Commitment, Deadline
from kamerstuk.patterns import commitments as P

__all__ = ["find_commitments"]

Firmness = Literal["firm", "conditional", "tentative", "negated"]
CommitmentKind = Literal["new", "refers", "fulfils"]


class _Trigger:
    """What made a sentence a commitment: where, by whom, with which modal."""

    __slots__ = ("actor", "end", "modal", "passive", "start")

    def __init__(self, start: int, end: int, actor: str | None, modal: str | None, passive: bool) -> None:
        self.start = start
        self.end = end
        self.actor = actor
        self.modal = modal
        self.passive = passive


def _norm_actor(actor: str | None) -> str | None:
    if actor is None:
        return None
    a = re.sub(r"\s+", " ", actor.strip())
    low = a.lower()
    if low in ("ik", "wij", "we"):
        return "wij" if low == "we" else low
    if low == "het kabinet":
        return "het kabinet"
    return a[0].lower() + a[1:] if a[:3] in ("De ", "Het") or a[:4] == "Mijn" or a[:3] == "Ons" else a


def _first_action(sentence: str, offset: int = 0) -> tuple[str, int, int] | None:
    """The earliest action of `ACTIONS` at or after `offset`: (lemma, start, end)."""
    best: tuple[str, int, int] | None = None
    for lemma, rx in P.ACTIONS:
        m = rx.search(sentence, offset)
        if m is not None and (best is None or m.start() < best[1]):
            best = (lemma, m.start(), m.end())
    return best


def _fallback_action(sentence: str, offset: int) -> tuple[str, int, int] | None:
    """An infinitive-looking word of the clause after the modal, for verbs not in `ACTIONS`.

    Prefers the clause-final word ("Ik zal de pilot voortzetten"), else the first -en word
    followed by a preposition ("zal ik overleg initiëren met ..."); skips noun plurals.
    """
    stop = re.search(r"[,;.:]|\b(?:dat|die|waarin|waarmee|zodat|omdat|om)\b", sentence[offset:])
    clause_end = offset + stop.start() if stop else len(sentence)
    words = list(re.finditer(r"[\w\-]+", sentence[offset:clause_end]))
    cands = [
        m
        for m in words
        if m.group(0).endswith("en")
        and m.group(0).lower() not in P.NOT_INFINITIVES
        and not m.group(0)[0].isupper()
        and "-" not in m.group(0)
        and not re.search(r"(?:ingen|ties|heden|schappen|nissen|ijen)$", m.group(0))
    ]
    if not cands:
        return None
    if words and cands[-1] is words[-1]:
        m = cands[-1]
        return (m.group(0).lower(), offset + m.start(), offset + m.end())
    for m in cands:
        follow = P.FOLLOWING_PREPOSITION.match(sentence, offset + m.end())
        if follow is not None:
            return (m.group(0).lower(), offset + m.start(), offset + m.end())
    return None


def _active_trigger(sentence: str) -> _Trigger | None:
    for m in P.ACTIVE_TRIGGER.finditer(sentence):
        actor = m.group("actor") or m.group("actor2") or m.group("actor3")
        modal = (m.group("modal") or m.group("modal2") or m.group("modal3") or "").lower()
        modal = re.sub(r"\s+", " ", modal)
        return _Trigger(m.start(), m.end(), actor, modal, passive=False)
    return None


def _trigger(sentence: str, has_deadline: bool) -> tuple[_Trigger, tuple[str, int, int] | None] | None:
    """Find the commitment trigger of a sentence and its action, or None."""
    active = _active_trigger(sentence)
    if active is not None and not P.NOT_A_PROMISE.search(sentence):
        action = _first_action(sentence, active.start)
        weak = (active.modal or "").split(" ")[0] in P.WEAK_MODALS or (active.modal or "").endswith(
            ("voornemens", "bereid")
        )
        if action is not None:
            return active, action
        if not weak:
            return active, _fallback_action(sentence, active.end)
    passive = P.PASSIVE_FUTURE.search(sentence)
    if passive is not None:
        action = _first_action(sentence)
        if action is not None:
            return _Trigger(passive.start(), passive.end(), None, "zal", passive=True), action
    present = P.PRESENT_DELIVERY.search(sentence)
    if present is not None:
        action = _first_action(sentence, present.start())
        future = has_deadline or bool(P.FUTURE_DOCUMENT.search(sentence) or P.FUTURE_MOMENT.search(sentence))
        if action is not None and (
            (action[0] in P.DELIVERY_LEMMAS and future) or action[0] in ("terugkomen", "op de hoogte houden")
        ):
            actor = present.group("actor") or present.group("actor2")
            return _Trigger(present.start(), present.end(), actor, None, passive=False), action
    promised = _promised_te(sentence)
    if promised is not None:
        p_start, p_end = promised
        action = _first_action(sentence, p_start)
        if action is not None:
            actor = "ik" if re.search(r"\bik\b", sentence[:p_start], re.I) else None
            return _Trigger(p_start, p_end, actor, None, passive=False), action
    if has_deadline and P.KAMER_SUBJECT.search(sentence) and P.KAMER_PRESENT.search(sentence):
        action = _first_action(sentence)
        if action is not None and action[0] in P.DELIVERY_LEMMAS:
            return _Trigger(action[1], action[2], None, None, passive=True), action
    return None


def _promised_te(sentence: str) -> tuple[int, int] | None:
    """Span of the first "toegezegd … te <verb>" with no full stop in between, or None.

    The match one lazy regex (PROMISED, any text without a full stop, TE_INFINITIVE) would
    give, in linear time: the "te <verb>" found after one "toegezegd" is reused for the next
    ones, and after a full stop between them the search goes on from that stop (every
    "toegezegd" before the stop fails alike).
    """
    pos = 0
    te: re.Match[str] | None = None
    while (m := P.PROMISED.search(sentence, pos)) is not None:
        if te is None or te.start() < m.end():
            te = P.TE_INFINITIVE.search(sentence, m.end())
            if te is None:
                return None  # no "te <verb>" after this or any later "toegezegd"
        stop = sentence.rfind(".", m.end(), te.start())
        if stop == -1:
            return m.start(), te.end()
        pos = stop + 1
    return None


def _fulfils(sentence: str) -> tuple[_Trigger, tuple[str, int, int] | None] | None:
    phrase = P.FULFILS_PHRASE.search(sentence)
    marker = P.FULFILS_MARKER.search(sentence)
    if phrase is None and marker is None:
        return None
    if re.search(r"\b(?:zal|zullen)\b", sentence, re.I) and phrase is None:
        return None  # "Met deze brief zal ik ..." is discourse or a new promise, not delivery
    verb = P.FULFILS_VERB.search(sentence) if marker is not None else None
    if phrase is None and (verb is None or not P.FULFILS_OBJECT.search(sentence)):
        return None
    at = phrase.start() if phrase is not None else verb.start() if verb is not None else 0
    actor_m = re.search(r"\b(ik|wij|we)\b", sentence, re.I)
    actor = actor_m.group(1) if actor_m else None
    action = _first_action(sentence, max(0, at - 40)) or _first_action(sentence)
    return _Trigger(at, at, actor, None, passive=actor is None), action


def _firmness(sentence: str, trigger: _Trigger, action: tuple[str, int, int] | None) -> Firmness:
    lo = trigger.start
    hi = action[2] if action is not None and action[2] > lo else trigger.end
    # Negation between the promise and its verb, but not inside a subordinate clause.
    region = sentence[min(lo, hi) : hi]
    if action is not None and action[1] < trigger.start:  # verb first: "Bezien zal worden ..."
        region = sentence[action[1] : trigger.end]
    sub = P.SUBORDINATE.search(region)
    if sub is not None:
        region = region[: sub.start()]
    if P.NEGATION.search(region):
        return "negated"
    if P.TENTATIVE_HEDGE.search(sentence):
        return "tentative"
    if P.CONDITIONAL.search(sentence):
        return "conditional"
    if (trigger.modal or "").split(" ")[0] in P.TENTATIVE_MODALS:
        return "tentative"
    if action is not None and action[0] in ("bezien", "verkennen"):
        return "tentative"
    if P.TENTATIVE.search(sentence):
        return "tentative"
    return "firm"


def _object(
    sentence: str, trigger: _Trigger, action: tuple[str, int, int] | None, deadline_text: str | None
) -> str | None:
    """What will be delivered: the phrase after the verb, else the words between modal and verb."""
    if action is None:
        return None

    def clean(s: str, tail: frozenset[str] = P.OBJECT_TAIL_WORDS) -> str:
        if deadline_text:
            s = s.replace(deadline_text, " ")
        s = re.sub(r"\s+", " ", s).strip(" ,;:.")
        for _ in range(4):
            s2 = P.OBJECT_LEAD.sub("", s).strip(" ,;:.")
            s2 = _strip_trailing_words(s2, tail).strip(" ,;:.")
            if s2 == s:
                break
            s = s2
        return s

    after = sentence[action[2] :]
    stop = P.OBJECT_STOP.search(after)
    after = clean(after[: stop.start()] if stop else after)
    if after and not after.lower().startswith(("en ", "worden", "te ")):
        return after
    lo = trigger.start if trigger.passive else trigger.end
    middle = clean(sentence[lo : action[1]] if lo <= action[1] else "", P.OBJECT_TAIL_AUX_WORDS)
    if not middle:  # a separable verb around its object: "willig ik dit verzoek in"
        inner = sentence[action[1] : action[2]].split()
        middle = clean(" ".join(inner[1:-1])) if len(inner) > 2 else ""
    return middle or None


def _strip_trailing_words(s: str, words: frozenset[str]) -> str:
    """`s` without the trailing words of `words` (any case), each after a space: "het rapport toe"
    -> "het rapport". Works back from the end, so it costs the words it strips."""
    end = len(s)
    while True:
        j = end
        while j > 0 and not s[j - 1].isspace():
            j -= 1
        if j == 0 or j == end or s[j:end].lower() not in words:
            return s[:end]
        while j > 0 and s[j - 1].isspace():
            j -= 1
        end = j


def _pick_deadline(deadlines: list[Deadline], reference: dt.date | None) -> Deadline | None:
    """The first deadline in the sentence that has not already passed at `reference`."""
    for d in deadlines:
        if reference is None or d.latest is None or d.latest >= reference:
            return d
    return deadlines[0] if deadlines else None


def find_commitments(
    text: str,
    reference: dt.date | None = None,
    paragraphs: Sequence[tuple[str, int, int]] | None = None,
) -> list[Commitment]:
    """Find the commitments (toezeggingen) in `text`, one per sentence, with ids "c1", "c2", ...

    `reference` is the letter's date (for resolving deadlines). `paragraphs` are
    ``(id, start, end)`` spans into `text`; when given, only sentences inside them are read
    and each commitment carries its paragraph id. Each commitment has an actor ("ik",
    "wij", "het kabinet", a named office, or None for a passive), the action lemma
    ("informeren", "sturen", ...), the object, the first not-yet-passed deadline of the
    sentence, a firmness (firm, conditional, tentative, negated) and a kind (new, refers
    to an earlier promise, fulfils one now).
    """
    whole: list[tuple[str | None, int, int]] = [(None, 0, len(text))]
    spans = whole if paragraphs is None else [(pid, s, e) for pid, s, e in paragraphs]
    all_deadlines = find_deadlines(text, reference)  # in reading order, not overlapping
    starts = [d.start for d in all_deadlines]
    out: list[Commitment] = []
    for pid, p_start, p_end in spans:
        for s_start, s_end in split_sentences(text, p_start, p_end):
            k = bisect.bisect_left(starts, s_start)
            inside = []  # the sentence's deadlines: only those starting in it are looked at
            while k < len(all_deadlines) and all_deadlines[k].start < s_end:
                if all_deadlines[k].end <= s_end:
                    inside.append(all_deadlines[k])
                k += 1
            c = _commitment(text, s_start, s_end, pid, reference, inside, len(out) + 1)
            if c is not None:
                out.append(c)
    return out


def _commitment(
    text: str,
    s_start: int,
    s_end: int,
    pid: str | None,
    reference: dt.date | None,
    inside: list[Deadline],
    number: int,
) -> Commitment | None:
    sentence = text[s_start:s_end]
    if sentence.rstrip().endswith("?"):
        return None
    deadline = _pick_deadline(inside, reference)
    future = (
        deadline is not None
        and deadline.rule != ""
        and (reference is None or deadline.latest is None or deadline.latest >= reference)
    )
    kind: CommitmentKind = "new"
    found = _fulfils(sentence)
    if found is not None:
        kind = "fulfils"
    else:
        if P.DISCOURSE.search(sentence) and not (future or P.FUTURE_DOCUMENT.search(sentence)):
            return None
        found = _trigger(sentence, future)
        if found is None:
            return None
        if P.REFERS.search(sentence):
            kind = "refers"
    trigger, action = found
    firmness: Firmness = "firm" if kind == "fulfils" else _firmness(sentence, trigger, action)
    return Commitment(
        id=f"c{number}",
        text=sentence,
        start=s_start,
        end=s_end,
        paragraph=pid,
        actor=_norm_actor(trigger.actor),
        action=action[0] if action is not None else None,
        object=_object(sentence, trigger, action, deadline.text if deadline is not None else None),
        deadline=deadline,
        firmness=firmness,
        kind=kind,
    )
