"""Ways a letter answers recommendations without naming them by number: by the words only one of
them has, by "de overige aanbevelingen" and "alle aanbevelingen", and by their addressee.

Helpers of the recommendation linker (`kamerstuk.pipeline.linker`), kept apart from it:

- `Distinctive` finds the one recommendation whose own words a text uses: a paragraph that
  answers by content ("Een verhuisvergoeding spreekt het kabinet aan …"), in another order than
  the list, or a theme heading ("Inkomen tijdens omscholing"). A word counts only if no other
  recommendation has it; a compound counts for its head ("verhuisvergoeding" for "verhuiskosten",
  "inkomen" for "inkomensverlies").
- `whole` resolves "de overige aanbevelingen" (those not answered before) and "alle
  aanbevelingen"; `by_addressee` resolves "de aanbevelingen aan mij / aan de sector".

Linear time: each recommendation's words are indexed once; a text's words are looked up by key
and by a five-letter prefix, whose buckets hold only the few keys sharing it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from typing import Any

from kamerstuk.matching import content_word_list, word_key
from kamerstuk.patterns import links as L
from kamerstuk.patterns.pipeline import GENERIC_SEPARABLE_VERBS, SEPARABLE_TE_INFINITIVE
from kamerstuk.pipeline.references import Reference

Rec = dict[str, Any]

#: The keys of the words that single out no recommendation (`GENERIC_CONTENT`).
GENERIC_KEYS = frozenset(word_key(w) for w in L.GENERIC_CONTENT)
#: Per generic key, the longest generic word it comes from: a much longer word with that key is
#: another word the stemmer folded onto it ("voorstellingen" -> the key of "voorstel").
_GENERIC_LENGTH: dict[str, int] = {}
for _w in L.GENERIC_CONTENT:
    _GENERIC_LENGTH[word_key(_w)] = max(_GENERIC_LENGTH.get(word_key(_w), 0), len(_w))


def is_generic(word: str, key: str) -> bool:
    """Whether `word` (with key `key`) is a generic word of letters on recommendations (see `_generic`)."""
    return _generic(word, key)


def _generic(word: str, key: str) -> bool:
    """Whether `word` (with key `key`) is a generic word of letters on recommendations ("voorstel",
    "maatregelen"), not a longer word that shares its key ("voorstellingen")."""
    return key in GENERIC_KEYS and len(word) <= _GENERIC_LENGTH[key] + 3


#: Letters two keys must share at the start to be read as one compound's parts.
PREFIX = 5
#: The shortest compound key `Distinctive` looks for said in two words ("tussenjaarbudget" as "budget voor een
#: tussenjaar"): twelve letters, each part five or more (not "schoolregels" from "regeling" and "scholen").
SPLIT_COMPOUND = 12
#: The shortest word that heads a compound in a topic the paragraph names (`Distinctive.short_heads`).
SHORT_HEAD = 4
#: A compound's tail that names a recommendation's word must have at least this many letters ("…contacten").
TAIL = 7
#: A compound's head shared with another word of at least this many letters ("verhuis…").
COMMON_HEAD = 7
#: A single shared word decides only when it is at least this long ("paraveterinairen", not "test").
LONG_WORD = 8


def _compound(a: str, b: str) -> bool:
    """Whether keys `a` and `b` are parts of one compound: one begins the other ("inkom",
    "inkomensverlie"), or they share a head of `COMMON_HEAD` letters ("verhuisvergoed", "verhuiskost")."""
    short, long = sorted((a, b), key=len)
    if long.startswith(short):
        return len(short) >= PREFIX
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n >= COMMON_HEAD


def _figure_key(m: re.Match[str]) -> str:
    """The key of a `FIGURE` match: "#72 uur", "#vier week" (plural units as their singular)."""
    unit = m.group("unit").lower()
    return f"#{m.group('n').lower()} {L.FIGURE_UNIT.get(unit, unit)}"


def _figures(text: str) -> frozenset[str]:
    """The figures of `text` with their units, as keys (see `_figure_key`)."""
    return frozenset(_figure_key(m) for m in L.FIGURE.finditer(text))


#: A capitalised word of a name inside a sentence ("… advies moet vragen aan de Rijksdienst voor het Cultureel Erfgoed").
_NAME_WORD = re.compile(r"(?<=\s)[A-Z][a-zà-ÿ]{3,}\b")


def _sentence_initial(text: str, start: int) -> bool:
    """Whether the word at `start` opens a sentence (or a list item) of `text`."""
    before = text[:start].rstrip()
    return not before or before[-1] in '.:;!?»"”(-•' or before.endswith(("\n", "1.", "2.", "3.", "4.", "5."))


def _verb_stems(text: str) -> frozenset[str]:
    """Keys of a recommendation's verbs in the third person without their "t": "… die een toren verkoopt of sloopt"
    is about "verkoop" and "sloop", the nouns an answer uses ("Voor een adviesplicht bij verkoop of sloop …"; round 47).
    Only stems of five letters or more after a consonant; a stem that is a generic word counts nothing. A verb in
    "-eren" also names its noun in "-atie" ("evalueren", "evaluatie"; round 48), a separable verb's te-infinitive its
    fused form, the key of its noun ("uit te betalen", "uitbetaling"; round 56)."""
    out = set()
    for w in content_word_list(text):
        if (
            len(w) >= 6
            and w.endswith("t")
            and w[-2] not in "aeiouty"
            and not w.endswith(("cht", "st", "ent", "ant"))
        ):
            stem = w[:-1]
            if not _generic(stem, k := word_key(stem)):
                out.add(k)
        if len(w) >= 8 and w.endswith("eren"):
            # the noun in "-atie" of a verb in "-eren": "te laten evalueren" is about the "evaluatie" an answer names
            # ("Een afzonderlijke evaluatie vóór 2028 acht ik niet zinvol"; also registreren, publiceren; round 48)
            noun = w[:-4] + "atie"
            if not _generic(noun, k := word_key(noun)):
                out.add(k)
    for m in SEPARABLE_TE_INFINITIVE.finditer(text):
        # a separable verb's noun: "het zakgeld … uit te betalen" is about the "uitbetaling" (round 56)
        fused = (m.group("particle") + m.group("verb")).lower()
        if fused not in GENERIC_SEPARABLE_VERBS and not _generic(fused, k := word_key(fused)):
            out.add(k)
    if _OBLIGES.search(text):
        # a duty to act named as one word: "om tandartsen … te verplichten dat bij de NZa te melden" is about the
        # "meldplicht" an answer declines ("Een meldplicht voor tandartsen neem ik niet over"; round 50)
        for m in _TE_INFINITIVE.finditer(text):
            verb = m.group("verb").lower()
            stem = verb[:-4] + "atie" if verb.endswith("eren") else verb[:-2]
            if len(stem) >= 4:
                out.add(word_key(stem + "plicht"))
    return frozenset(out)


#: An obligation in a recommendation: "te verplichten", "verplicht stellen", "een plicht".
_OBLIGES = re.compile(r"\b(?:verplicht\w*|plicht)\b", re.IGNORECASE)
#: The act of that obligation, a te-infinitive: "te melden", "te registreren" (not "te verplichten" itself).
_TE_INFINITIVE = re.compile(r"\bte\s+(?P<verb>(?!verplicht)[a-zà-ÿ]{4,}en)\b", re.IGNORECASE)


class Distinctive:
    """The words each recommendation has and no other has, to tell which one a text is about.

    >>> d = Distinctive(["Vergoed de verhuiskosten van ouderen.", "Bouw meer seniorenwoningen."])
    >>> d.best("Een verhuisvergoeding spreekt het kabinet aan.")
    (0, ('verhuisvergoeding',))
    """

    def __init__(self, texts: Sequence[str]) -> None:
        keys = [
            frozenset(k for w in content_word_list(t) if not _generic(w, k := word_key(w)))
            | _verb_stems(t)
            | _figures(t)
            for t in texts
        ]
        self._keys = keys
        #: per recommendation, the keys of the words of the names in it ("Rijksdienst voor het Cultureel Erfgoed"): its
        #: names are one word of evidence, however many words they have (`best`; round 47)
        self._name_keys = [
            frozenset(
                word_key(m.group(0).lower())
                for m in _NAME_WORD.finditer(t)
                if not _sentence_initial(t, m.start())
            )
            for t in texts
        ]
        df = Counter(k for ks in keys for k in ks)
        #: key -> the one recommendation that has it (keys two recommendations share are left out)
        self.owner = {k: i for i, ks in enumerate(keys) for k in ks if df[k] == 1}
        #: key -> the recommendations that share it (two or more): such a word is not read as a compound of a shorter
        #: word of one of them ("schuldenaar" in the first and the fourth is not the first's "schuld" again)
        self.sharers = {
            k: frozenset(i for i, ks in enumerate(keys) if k in ks) for k, n in df.items() if n > 1
        }
        self._prefixed: dict[str, list[str]] = {}
        for k in self.owner:
            if len(k) >= PREFIX:
                self._prefixed.setdefault(k[:PREFIX], []).append(k)
        #: the tails (longer than `TAIL`, three letters or more after the head) of each owned key -> its owners: a word
        #: that ends one recommendation's compound ("deskundig" in "collectiedeskundig"), looked up, not searched
        self._tailed: dict[str, set[int]] = {}
        for k, i in self.owner.items():
            for cut in range(3, len(k) - TAIL):
                if k[:cut] not in L.PREFIX_HEADS:  # ("internationaal" is no compound of "nationaal")
                    self._tailed.setdefault(k[cut:], set()).add(i)

    def hits(self, text: str, among: Collection[int] | None = None) -> dict[int, list[str]]:
        """Per recommendation, the words of `text` that only it has (compounds included)."""
        return {i: [w for w, _ in found] for i, found in self._hits(text, among).items()}

    def _hits(self, text: str, among: Collection[int] | None) -> dict[int, list[tuple[str, bool]]]:
        """`hits` with, per word, whether the recommendation has the word itself (not a compound of it)."""
        out: dict[int, list[tuple[str, bool]]] = {}
        units: set[str] = set()  # the unit words of figures counted: not counted again as words
        for m in L.FIGURE.finditer(text):
            # a figure only one recommendation has ("72 uur") counts as one of its own words
            figure = _figure_key(m)
            if figure in self.owner and (among is None or self.owner[figure] in among):
                found = out.setdefault(self.owner[figure], [])
                if (figure, True) not in found:
                    found.append((figure, True))
                units.add(m.group("unit").lower())
        for w in dict.fromkeys(content_word_list(text)):
            if w in units:
                continue
            k = word_key(w)
            if _generic(w, k):
                continue
            # The word itself first; only a word no recommendation has as such is read as a
            # compound's part ("senioren" is the third's word, not part of the first's "seniorenwoningen").
            exact = k in self.owner
            if not exact and k in self.sharers:
                # a word two recommendations have as such is no part of another's compound: "aanvragen" of the second
                # and fourth is not the head of the third's "aanvraagformulier", "thuiswerkplek" of three not the
                # tail of a fourth's "werkplek" (round 49)
                continue
            owners = {self.owner[k]} if exact else set()
            if not owners and len(k) >= PREFIX:
                owners = {self.owner[c] for c in self._prefixed.get(k[:PREFIX], ()) if _compound(k, c)}
                owners -= self.sharers.get(k, frozenset())
                if owners:
                    # (a head of one recommendation's compound that ends another's tells nothing: "proef" in
                    # "proefdierdeskundigen" of the second and "dierproef" of the first; round 49)
                    owners |= {i for c, i in self.owner.items() if len(c) >= len(k) + 3 and c.endswith(k)}
            tail = False
            if not owners and len(k) > TAIL:
                # a compound whose tail is one recommendation's own word: "lobbycontacten" for "contacten … met
                # lobbyisten" (a tail of `TAIL` letters or more; alone it decides nothing: "energietransitie" is
                # not about the "transitie" of one recommendation)
                owners = {
                    self.owner[k[i:]]
                    for i in range(1, len(k) - TAIL + 1)
                    if k[i:] in self.owner and k[:i] not in L.PREFIX_HEADS
                }
                tail = bool(owners)
                if len(owners) == 1 and self._head_is_own(k, next(iter(owners))):
                    # its head is that recommendation's word too: "boetebevoegdheid" for "de bevoegdheid … een
                    # bestuurlijke boete op te leggen" is two of its words, not a compound of one (round 52)
                    exact, tail = True, False
            if not owners and len(k) > TAIL:
                # the word as the tail of one recommendation's compound: "deskundigheid" for its "collectiedeskundigen"
                # (round 47)
                base = k[:-4] if k.endswith("heid") and len(k) - 4 > TAIL else k  # (the quality: "deskundig")
                owners = set(self._tailed.get(base, ()))
                tail = bool(owners)
            if len(owners) != 1:
                continue  # a word that fits two recommendations' compounds tells nothing
            (i,) = owners
            if not exact and not tail:
                # a compound whose tail is another of the recommendation's words counts as the word
                # itself: "verhuisvergoeding" for "verhuiskosten … vergoeden"
                exact = any(len(c) >= PREFIX and k != c and k.endswith(c) for c in self._keys[i])
            if among is None or i in among:
                out.setdefault(i, []).append((w, exact))
        self._split_compounds(text, among, out)
        return out

    def _head_is_own(self, key: str, index: int) -> bool:
        """Whether the head of compound `key`, before the tail that is one of recommendation `index`'s own words,
        is a word of that recommendation as well (a linking "s" or "e" dropped: "boete" in "boetebevoegdheid")."""
        cut = next(c for c in range(1, len(key) - TAIL + 1) if key[c:] in self.owner)
        head = key[:cut]
        heads = {head, head[:-1]} if head[-1] in "se" else {head}
        return any(
            len(h) >= SHORT_HEAD
            and (c == h or (len(c) >= SHORT_HEAD and (c.startswith(h) or h.startswith(c))))
            for h in heads
            for c in self._keys[index]
        )

    def _split_compounds(
        self, text: str, among: Collection[int] | None, out: dict[int, list[tuple[str, bool]]]
    ) -> None:
        """Add the compounds of one recommendation that `text` says in two words: "een apart budget voor een
        tussenjaar" for its "tussenjaarbudget", "het systeem voor meldingen" for "meldsysteem" (round 49)."""
        said = {word_key(w) for w in content_word_list(text)}
        for k, i in self.owner.items():
            if len(k) < SPLIT_COMPOUND or k in said or (among is not None and i not in among):
                continue
            for cut in range(5, len(k) - 4):
                head, tail = k[:cut], k[cut:]
                heads = (
                    {head, head[:-1]} if head[-1] in "se" else {head}
                )  # (a linking "s" or "e": "bedrijfsplan")
                if tail in said and heads & said:
                    found = out.setdefault(i, [])
                    shown = f"{next(iter(heads & said))} {tail}"
                    if all(w != shown for w, _ in found):
                        found.append((shown, True))
                    break

    def _weight(self, index: int, words: list[tuple[str, bool]]) -> int:
        """How many words of evidence `words` are for recommendation `index`: the words of its names count once (the
        agency an answer names as the one who acts is no more than one topic word)."""
        names = self._name_keys[index]
        named = [w for w, _ in words if word_key(w.lower()) in names]
        return len(words) - len(named) + (1 if named else 0)

    def short_heads(self, text: str) -> dict[int, list[str]]:
        """Per recommendation, the compounds in `text` that begin with a short word only it has (a key under
        `PREFIX` letters, which `hits` leaves out): "regierol" for "de regie te geven". Read only where the text
        names its topic ("Wat de regierol van de provincies betreft"), where such a word is the topic's head."""
        out: dict[int, list[str]] = {}
        for w in dict.fromkeys(content_word_list(text)):
            k = word_key(w)
            # (a head with a word of three letters or more after it: "regierol", not "regio" for "regie")
            owners = {
                i
                for c, i in self.owner.items()
                if SHORT_HEAD <= len(c) < PREFIX and len(k) >= len(c) + 3 and k.startswith(c)
            }
            if len(owners) == 1:
                out.setdefault(owners.pop(), []).append(w)
        return out

    def best(self, text: str, among: Collection[int] | None = None) -> tuple[int, tuple[str, ...]] | None:
        """The one recommendation `text` uses the most distinctive words of, with those words;
        None when two tie, or when it is a single short word ("test", "uitval"), a single
        compound of one of its words, or a single figure ("zes maanden")."""
        found = sorted(self._hits(text, among).items(), key=lambda kv: (-self._weight(kv[0], kv[1]), kv[0]))
        if not found:
            return None
        index, words = found[0]
        if len(found) > 1 and self._weight(*found[1]) >= self._weight(index, words):
            return None
        if len(words) < 2 and (
            len(words[0][0]) < LONG_WORD or not words[0][1] or words[0][0].startswith("#")
        ):
            # one short word, one compound ("jeugdhulpaanbieders" for "jeugdhulp"), or a figure alone
            # ("over zes maanden" may be a date of the answer's own)
            return None
        return index, tuple(w for w, _ in words)


def whole(
    ref: Reference,
    recs: Sequence[Rec],
    answered: Collection[str],
    report_of: Callable[[Rec], str],
    context: str | None,
) -> list[Rec]:
    """The recommendations "alle aanbevelingen" (all) or "de overige aanbevelingen" (those not
    answered before) name: of the report in view when there is one, else of all reports."""
    pool = [r for r in recs if context is None or report_of(r) == context] or list(recs)
    if ref.kind == "rest":
        pool = [r for r in pool if r["id"] not in answered]
        if len(pool) == len(recs):
            return []  # nothing answered yet: "de overige" cannot be told apart from "alle"
    return pool


def _is_self(addressee: str) -> bool:
    return L.SELF_ADDRESSEE.search(addressee) is not None


def by_addressee(ref: Reference, recs: Sequence[Rec], same: Callable[[str, str], bool]) -> list[Rec]:
    """The recommendations addressed to `ref.addressee`: "aan mij" takes those addressed to the
    minister, state secretary or cabinet; "aan de gemeenten" those whose addressee is that body;
    "aan de sector" (a body the recommendations do not name) those addressed to anyone else.
    None when the recommendations carry no addressees. `same` tells whether two names are one
    body (the linker's `names_match`)."""
    who = ref.addressee or ""
    told = [r for r in recs if r.get("to")]
    if not told:
        return []
    if _is_self(who):
        return [r for r in told if _is_self(str(r["to"]))]
    named = [r for r in told if not _is_self(str(r["to"])) and same(who, str(r["to"]))]
    return named or [r for r in told if not _is_self(str(r["to"]))]
