"""Who recommends, and to whom: the recommenders and addressee of a restated recommendation.

Used by `kamerstuk.entities.recommendations`. `Context` holds what the letter says about its
report (organisations, "(hierna: X)" aliases) so that generic recommenders ("de raad", "de
onderzoekers", "zij") resolve to names.
"""

from __future__ import annotations

import bisect
import re

from kamerstuk.entities.report import (
    collect_aliases,
    find_report,
    lower_name_tail,
    normalize_org,
    read_names,
    report_bodies,
)
from kamerstuk.patterns import recommendations as pat
from kamerstuk.patterns.links import SHARED_NAME_WORDS

__all__ = [
    "Context",
    "addressee",
    "named_before",
    "noun_named_before",
    "other_recommender",
    "recommenders",
    "same_body",
    "starts",
]

_QUOTE = re.compile(r"[«“\"‘„(]")
_HEAD_END = re.compile(r"\s(?:om|te|dat|tot|zodat)\s|:|\s(?:het|de)\s+volgende\b")


def _introductions(text: str) -> list[re.Match[str]]:
    """The bodies `text` introduces with a short form (`pat.INTRODUCED_BODY`), but not a body whose words run on into a
    clause that introduces another's acronym: in "De Adviesraad stelt vast dat de Immigratie- en Naturalisatiedienst
    (IND) …" the "IND" is not the Adviesraad's (round 53). An acronym starts with its name's first letter ("Raad voor
    Volksgezondheid & Samenleving (RVS)", "Wetenschappelijke Raad voor het Regeringsbeleid (WRR)")."""
    out = []
    m = pat.INTRODUCED_BODY.search(text)
    while m is not None:
        short, full = m.group("short"), m.group("full")
        if sum(ch.isupper() for ch in short) >= 2 and short[0].lower() != full[0].lower():
            # (look again after its first word: "… dat de Inspectie Justitie en Veiligheid (IJenV)" is one)
            m = pat.INTRODUCED_BODY.search(text, m.start("full") + 1)
            continue
        out.append(m)
        m = pat.INTRODUCED_BODY.search(text, m.end())
    return out


def introduced_names(text: str) -> list[tuple[str, str]]:
    """The (full name, short form) pairs of the bodies `text` introduces: "Wageningen Social & Economic Research (WUR)"
    gives ("Wageningen Social & Economic Research", "WUR")."""
    pairs = [(m.group("full"), m.group("short")) for m in _introductions(text)]
    for m in pat.NAME_WITH_ACRONYM.finditer(text):
        full, short = m.group("full"), m.group("short")
        if short[0] == full[0] and (full, short) not in pairs:
            pairs.append((full, short))
    return pairs


class Context:
    """Recommenders known from the letter: report organisations and "(hierna: X)" aliases."""

    def __init__(self, text: str) -> None:
        report = find_report(text)
        self.report_orgs: list[str] = list(report.organisations) if report else []
        self.report_title: str | None = report.title if report else None
        self.aliases = collect_aliases(text)
        self.previous: list[str] = []
        self._text = text
        self._named: dict[str, str] | None = None
        self._introduced: dict[str, str] | None = None
        self._short_forms: dict[str, str] | None = None
        # (all the report sentences' bodies, read once by `researchers`)
        self._report_bodies: list[str] | None = None
        # the report's organisations by the full names the letter introduced them with
        self.report_orgs = [(self.introduced(o) or o) if " " not in o else o for o in self.report_orgs]

    def study_authors(self) -> list[str]:
        """The one body the letter says carried out a study (`CARRIED_OUT_BY`), or none."""
        names = {m.group("name") for m in pat.CARRIED_OUT_BY.finditer(self._text)}
        return sorted(names) if len(names) == 1 else []

    def researchers(self) -> list[str]:
        """The report bodies that are no institution (a bureau, researchers), or else the study's authors:
        who "de onderzoekers" / "het bureau" are beside a council or an inspection."""
        own = [
            o
            for o in self.report_orgs
            if not any(n in self.body_key(o).lower() for n in pat.INSTITUTION_NOUNS)
            and self.body_key(o).lower() not in pat.INSTITUTION_ACRONYMS
            and o.lower() not in pat.INSTITUTION_ACRONYMS
        ]
        if own:
            return own
        # (else the one such body among all the reports' sentences: "de evaluatie van het bureau Kompas" after the
        # Afdeling's voorlichting, the report `find_report` gives; round 53)
        if self._report_bodies is None:
            self._report_bodies = report_bodies(self._text)
        others = [
            o
            for o in self._report_bodies
            if not any(n in self.body_key(o).lower() for n in pat.INSTITUTION_NOUNS)
            and self.body_key(o).lower() not in pat.INSTITUTION_ACRONYMS
            and o.lower() not in pat.INSTITUTION_ACRONYMS
        ]
        return self.study_authors() or (others if len(others) == 1 else [])

    def body_key(self, name: str) -> str:
        """One key for the full name and every short form the letter introduced for a body
        ("RVS" and "Raad voor Volksgezondheid & Samenleving" -> the full name)."""
        if self._short_forms is None:
            self._short_forms = {}
            for m in _introductions(self._text):
                self._short_forms.setdefault(m.group("short"), m.group("full"))
        return self._short_forms.get(name, name)

    def introduced(self, word: str) -> str | None:
        """The full name of the body the letter introduced with `word` as its head noun or as a
        short form that is no acronym ("Onderzoeksraad", "Afdeling", "raad"), or None."""
        if self._introduced is None:
            self._introduced = {}
            for m in _introductions(self._text):
                full, short, head = m.group("full"), m.group("short"), m.group("head")
                self._introduced.setdefault(head.lower(), full)
                # a short form of its own ("RVS", "Rli", "WRR") stays as the letter writes it; the
                # head noun ("de Afdeling", "de raad") names the body only with its full name
                if short.lower() == head.lower() or short.islower():
                    self._introduced.setdefault(short.lower(), full)
            for m in pat.COUNCIL_DIVISION.finditer(self._text):
                self._introduced.setdefault("afdeling", m.group("full"))  # "De Afdeling beveelt aan …"
        return self._introduced.get(word.lower())

    def named_body(self, noun: str) -> list[str]:
        """The organisation the letter names in full for a generic noun ("de raad" after "de Raad
        voor Cultuur", "de ombudsman" after "de Kinderombudsman"): the first name in the letter
        whose head is that noun; empty when there is none. Used when no report sentence gave
        the report's organisations: letters name the council in full once, then write "de raad"."""
        if self._named is None:
            self._named = {}
            for m in pat.NAMED_BODY.finditer(self._text):
                raw, end = read_names(self._text, m.start())
                if not raw:
                    continue
                # a quoted title right after the name is not part of it: "Onderwijsraad “Leren …”"
                name = normalize_org(_QUOTE.split(raw[0], maxsplit=1)[0].strip(), self.aliases)
                tail = lower_name_tail(self._text, end)
                if tail is not None and len(raw) == 1 and tail[:1] == name[:1]:
                    # "de Adviesraad voor wetenschap, technologie en innovatie (AWTI)": known by its short form
                    # (round 46)
                    name = tail
                head = (m.group("head") or m.group("head2")).lower()
                # the bare head ("Raad", when the name reader stopped at "voor het …") says nothing
                if name[:1].isupper() and name.lower() != head and head not in self._named:
                    self._named[head] = name
        found = self._named.get(noun)
        return [found] if found else []

    def _named_in_full(self, word: str) -> list[str]:
        """The report organisations named in full by several words of which `word` is the first or the last."""
        return [
            o
            for o in self.report_orgs
            if " " in o and word in (o.split()[0].lower(), o.split()[-1].lower()) and o.lower() != word
        ]

    def compound_heads(self, noun: str) -> list[str]:
        """The report organisations whose (full) name has a word ending in `noun` ("Adviescollege" for "college"),
        by the name the letter uses; empty for short nouns."""
        if len(noun) < 5:
            return []
        return [
            o
            for o in self.report_orgs
            if any(w.endswith(noun) and w != noun for w in self.body_key(o).lower().split())
        ]

    def resolve(self, raw_names: list[str]) -> list[str]:
        out: list[str] = []
        for raw in raw_names:
            bare = pat.ARTICLE.sub("", raw).strip()
            low = bare.lower()
            full = self.introduced(bare) if " " not in bare else None
            # the body named just before, when its name has that noun: "De Rob … doet twee
            # aanbevelingen. De raad adviseert …" is the Raad voor het openbaar bestuur, not the WRR
            # the letter introduced first
            recent = [p for p in self.previous if " " not in bare and low in self.body_key(p).lower().split()]
            if not recent and " " not in bare and low in pat.RECOMMENDER_NOUNS and bare.islower():
                # "De Adviesraad Internationale Vraagstukken (AIV) … Daarnaast adviseert de raad …": the body named
                # just before, whose name holds the noun as a compound's head ("Adviesraad"), not another "Raad …"
                recent = [
                    p
                    for p in self.previous
                    if any(w.endswith(low) and w != low for w in self.body_key(p).lower().split())
                ]
            if len(recent) == 1 and (full is not None or low in pat.RECOMMENDER_NOUNS):
                names = recent
            elif full is not None:  # "de Onderzoeksraad" after "… (hierna: de Onderzoeksraad)"
                names = [full]
            elif low in pat.PRONOUNS or low in pat.POSSESSIVE_PRONOUNS:
                names = self.previous or self.report_orgs
            elif (
                low in pat.RESEARCHER_NOUNS
                and len(self.previous) == 1
                and not any(n in self.body_key(self.previous[0]).lower() for n in pat.INSTITUTION_NOUNS)
            ):
                # "TNO doet twee aanbevelingen. De onderzoekers adviseren …": the body just named, not every
                # report organisation that is no institution ("de Koninklijke Marine" the study is about)
                names = list(self.previous)
            elif bare in pat.REPORT_NOUNS or bare in pat.RECOMMENDER_NOUNS:  # written lower-case: generic
                # "de raad" is the report's body when one of its names has that noun; else the body the
                # letter names in full with it ("de Adviesraad Internationale Vraagstukken" beside an
                # evaluation by a "Directie")
                own = [o for o in self.report_orgs if low in o.lower()]
                if not own and low in pat.RESEARCHER_NOUNS:
                    # "de onderzoekers" beside an inspection: the study's authors, not the inspection
                    # (nor its short form: "Rli" is the "Raad voor de leefomgeving …")
                    own = [
                        o
                        for o in self.report_orgs
                        if not any(n in self.body_key(o).lower() for n in pat.INSTITUTION_NOUNS)
                        and self.body_key(o).lower() not in pat.INSTITUTION_ACRONYMS  # (nor "de AWTI")
                    ]
                    if self.report_orgs and not own:
                        # every report body is an institution: the bureau the letter says carried out a
                        # study beside it ("de evaluatie, die bureau Kade & Stroom heeft uitgevoerd") or the one
                        # such body of another report the letter names (round 53); with none, the institution's own
                        # researchers
                        own = self.researchers()
                    elif len(own) == len(self.report_orgs):
                        own = []  # (none set apart: the report's bodies below)
                if not own and not self.report_orgs and low in pat.RESEARCHER_NOUNS:
                    own = self.study_authors()  # no report named, but the bureau that carried out the study
                named = self.named_body(low) if self.report_orgs and not own else []
                names = named or own or self.report_orgs or self.named_body(low) or [low]
            elif " " not in bare and low in pat.RECOMMENDER_NOUNS:  # "de Raad" after "de Raad voor …"
                # only a body named in full with that head ("Raad voor …"), never all report
                # organisations: "de Rekenkamer" names one of them
                # ("de Rekenkamer" after "de Algemene Rekenkamer": the report body whose name ends in it)
                ending = [o for o in self.report_orgs if " " in o and o.split()[-1].lower() == low]
                # (… or opens with it: "De Inspectie doet de volgende aanbevelingen" after "de Inspectie Justitie en
                # Veiligheid"; round 64)
                opening = [o for o in self.report_orgs if " " in o and o.split()[0].lower() == low]
                names = (
                    self.named_body(low)
                    or (ending if len(ending) == 1 else [])
                    or (opening if len(opening) == 1 and not ending else [])
                    or (self.report_orgs if bare in self.report_orgs else [normalize_org(raw, self.aliases)])
                )
            elif " " not in bare and bare[:1].isupper() and len(self._named_in_full(low)) == 1:
                # "De Onderzoeksraad beveelt … aan" after "de Onderzoeksraad voor Veiligheid", "de Rekenkamer" after
                # "de Algemene Rekenkamer": the one report body whose full name opens or ends with the word
                names = self._named_in_full(low)
            elif " " not in bare and bare.islower() and len(self.compound_heads(low)) == 1:
                # "Het college beveelt aan …" after "het Adviescollege toetsing regeldruk (ATR)": the one report body
                # whose name holds the noun as the head of a compound
                names = self.compound_heads(low)
            else:
                names = [normalize_org(raw, self.aliases)]
            for n in names:
                if n and n not in out:
                    out.append(n)
        return out


def recommenders(sentence: str, body: str, ctx: Context) -> tuple[list[str], tuple[int, int] | None]:
    """Who recommends in `sentence`; `body` is the sentence after its ordinal opener.

    Returns the names and the span (in `sentence`) of the noun phrase they came from.
    """
    offset = len(sentence) - len(body)
    if pat.ADVICE_TO_ADDRESSEE.match(body):
        return list(ctx.previous or ctx.report_orgs), None  # "Ook zou de wetgever er goed aan doen …"
    as_opener = pat.ORDINAL_AS_OPENER.match(body)
    if as_opener is not None:  # "Als tweede aanbeveling stelt zij voor …": "Als" names nobody
        body, offset = body[as_opener.end() :], offset + as_opener.end()
    adverb = pat.OPENING_ADVERB.match(body)
    if adverb is not None and pat.INVERTED_VERB.match(body[adverb.end() :]):
        body, offset = body[adverb.end() :], offset + adverb.end()  # "Ook pleit de raad …"
    inv = pat.INVERTED_VERB.match(body)
    if inv is not None:
        raw, end = read_names(body, inv.end())
        if raw:
            return ctx.resolve(raw), (offset + inv.end(), offset + end)
    agent = pat.PASSIVE_AGENT.search(sentence)
    if agent is not None:
        raw, end = read_names(sentence, agent.start("np"))
        if raw:
            return ctx.resolve(raw), (agent.start("np"), end)
    # (not after an opening adverb: "Ten slotte zou er volgens de onderzoekers meer onderzoek moeten komen" has no
    # subject "Ten"; round 50)
    subj = pat.SUBJECT_FIRST.match(body) if adverb is None else None
    if subj is not None and not pat.GOVERNMENT_SUBJECT.match(body):
        raw, end = read_names(body, 0)
        group = next(g for g in ("np", "np2", "np3") if subj.group(g) is not None)
        np_end = subj.end(group)
        if raw and end <= np_end + 1:
            return ctx.resolve(raw), (offset, offset + end)
        words = body[:np_end].split()
        if len(words) == 2 and words[0].lower() in ("de", "het") and words[1].islower():
            compound = ctx.compound_heads(words[1])
            if len(compound) == 1:  # "Het college beveelt aan …" for the Adviescollege toetsing regeldruk
                return compound, (offset, offset + len(words[0]) + 1 + len(words[1]))
            if words[1] in pat.RESEARCHER_NOUNS and len(authors := ctx.researchers()) == 1:
                # "Het bureau doet twee aanbevelingen:" beside an evaluation by a bureau and a council's advice: the
                # bureau, not both report bodies
                return authors, (offset, offset + len(words[0]) + 1 + len(words[1]))
    announcer = pat.INVERTED_ANNOUNCER.search(body)
    if announcer is not None:
        # "Op grond daarvan doen de onderzoekers twee aanbevelingen."
        raw, end = read_names(body, announcer.start("np"))
        if raw:
            return ctx.resolve(raw), (offset + announcer.start("np"), offset + end)
    of = pat.OF_AGENT.search(sentence)
    if of is not None:
        raw, end = read_names(sentence, of.start("np"))
        if raw:
            return ctx.resolve(raw), (of.start("np"), end)
    according = pat.PROSE_ACCORDING.search(sentence)
    if according is not None and according.group("np").split()[-1].lower() not in pat.ACCORDING_PRONOUNS:
        # "Volgens de inspectie moet de politie …": the one it is according to
        raw, end = read_names(sentence, according.start("np"))
        if raw:
            return ctx.resolve(raw), (according.start("np"), end)
    return list(ctx.previous or ctx.report_orgs), None


def addressee(sentence: str, skip: tuple[int, int] | None, *, head_only: bool = True) -> str | None:
    """The addressee named in the head of `sentence` (before "om", "te", "dat", ":").

    With `head_only=False` (list leads) the whole sentence is searched.
    """
    fronted = pat.FRONTED_ADDRESSEE.match(sentence)
    if fronted is not None:
        # "Van het OM vraagt de inspectie …" (the article dropped, as `ADDRESSEE` gives "gemeenten"), "Aan mij …"
        return re.sub(r"^(?:de|het)\s+", "", fronted.group("to"))
    head_end = len(sentence)
    for m in _HEAD_END.finditer(sentence) if head_only else ():
        if skip is None or m.start() >= skip[1]:
            head_end = m.start()
            break
    for m in pat.ADDRESSEE.finditer(sentence, 0, head_end):
        if skip is not None and m.start() < skip[1] and m.end() > skip[0]:
            continue
        return m.group().strip()
    return None


def other_recommender(sentence: str, body: str, ctx: Context) -> bool:
    """Whether `sentence` names a recommender other than the one of the series before it."""
    by, np_span = recommenders(sentence, body, ctx)
    if np_span is None or not by or not ctx.previous:
        return False
    return not any(same_body(a, b, ctx) for a in by for b in ctx.previous)


def same_body(a: str, b: str, ctx: Context) -> bool:
    """Whether two recommender names are one body: equal, one a short form the letter introduced for
    the other, or one the initials of the other ("AIV", "Adviesraad Internationale Vraagstukken")."""
    if a == b or ctx.body_key(a) == ctx.body_key(b):
        return True
    for short, full in ((a, b), (b, a)):
        initials = "".join(w[0] for w in full.split() if w[:1].isupper())
        if short.isupper() and 2 <= len(short) <= 6 and initials.upper() == short:
            return True
    return False


_STARTS: dict[int, tuple[list[tuple[int, int]], list[int]]] = {}


def starts(spans: list[tuple[int, int]]) -> list[int]:
    """The sentence starts of `spans`, computed once per list (each prose hit looks one up)."""
    cached = _STARTS.get(id(spans))
    if cached is None or cached[0] is not spans:
        _STARTS.clear()  # one text at a time: the cache never grows
        cached = _STARTS[id(spans)] = (spans, [a for a, _ in spans])
    return cached[1]


def noun_named_before(
    text: str, spans: list[tuple[int, int]], start: int, sentence: str, ctx: Context
) -> list[str]:
    """For a sentence opening on "De raad", "De commissie" (a `RECOMMENDER_NOUNS` noun, lower-case), the one body the
    sentence just before it in the same paragraph names as its subject, when that body's name holds the noun as a word:
    "De Rob kijkt breder dan de borden alleen. De raad adviseert …" is the Raad voor het openbaar bestuur, not the
    Kiesraad whose recommendations came before (round 40); empty otherwise."""
    words = sentence.split(maxsplit=2)
    if len(words) < 2 or words[0].lower() not in ("de", "het") or words[1] not in pat.RECOMMENDER_NOUNS:
        return []
    k = bisect.bisect_left(starts(spans), start) - 1
    if k < 0 or "\n\n" in text[spans[k][1] : start]:
        return []
    raw, _end = read_names(text[spans[k][0] : spans[k][1]], 0)
    names = ctx.resolve([n for n in raw if pat.ARTICLE.sub("", n).strip()[:1].isupper()])
    fitting = [n for n in names if words[1] in ctx.body_key(n).lower().split()]
    return fitting if len(fitting) == 1 else []


def named_before(
    text: str,
    spans: list[tuple[int, int]],
    start: int,
    sentence: str,
    *,
    across: bool = False,
    generic_noun: bool = False,
) -> list[str]:
    """For a sentence whose subject is a pronoun ("Hij vraagt mij …"), "de onderzoekers" (see
    `RESEARCHER_NOUNS`) or, with `across`, a report noun ("Het rapport bevat twee
    aanbevelingen."), the body named as the subject of the sentence
    before it ("De Nationale ombudsman onderzocht ruim honderd klachten."), in the same paragraph
    (with `across`, also the paragraph before); empty otherwise. With `generic_noun`, a body named by its noun ("De
    inspectie stelt vast …") gives that noun, "de inspectie", for the caller to resolve."""
    words = sentence.split(maxsplit=2)
    first = words[0].lower() if words else ""
    if first == "het" and len(words) > 1 and words[1].lower() in pat.NEUTER_PRONOUN_VERBS:
        first = (
            "hij"  # "Het doet twee aanbevelingen." after "Het WODC concludeert …": the pronoun of that body
        )
    generic = (
        across
        and len(words) > 1
        and first in ("het", "de", "dit", "dat", "deze")
        and words[1].lower() in pat.REPORT_NOUNS
    )
    researchers = len(words) > 1 and first == "de" and words[1].lower() in pat.RESEARCHER_NOUNS
    if first not in pat.PRONOUNS and not generic and not researchers:
        return []
    k = bisect.bisect_left(starts(spans), start) - 1
    if (
        (first in pat.PRONOUNS or researchers)
        and not across
        and k >= 0
        and "\n\n" in text[spans[k][1] : start]
        and pat.RECOMMENDATION_NOUN.search(text, spans[k][0], spans[k][1])
    ):
        # a paragraph opening on the pronoun (or "De onderzoekers") after one ending "De onderzoekers
        # doen twee aanbevelingen." or "Het Nivel doet twee aanbevelingen.": the body of that announcement
        lead = text[spans[k][0] : spans[k][1]]
        raw, _end = read_names(lead, 0)
        # (not the heading "Aanbevelingen" above them, read as a sentence: a noun of recommendations names no body)
        # (nor a bare capitalised first word that is an adverb: "Tegelijk stellen zij vast dat werkgevers de
        # aanbevelingen van het Huis niet opvolgen."; round 45)
        named = [
            bare
            for n in raw
            if (bare := pat.ARTICLE.sub("", n).strip())[:1].isupper()
            and bare.lower() not in pat.PRONOUNS
            and not pat.RECOMMENDATION_NOUN.fullmatch(bare)
            and not pat.SCHEME_NAME.match(bare)
            and (bare != n or " " in bare or bare.isupper() or _named_inside_a_sentence(text, bare, start))
        ]
        found = named or named_before(text, spans, spans[k][0], lead)
        if found or not researchers:
            return found
    # the nearest of the three sentences before that names a body ("De onderzoekers concluderen …"
    # between the body and the pronoun names no one)
    for j in range(k, max(-1, k - 3), -1):
        # a pronoun looks back within its paragraph only; "De onderzoekers bevelen aan …" opening a paragraph
        # also into the one before ("Veldwerk en Maat concluderen dat …")
        if not (across or researchers) and "\n\n" in text[spans[j][1] : start]:
            break
        if researchers and not across and text.count("\n\n", spans[j][1], start) > 1:
            break
        prev = text[spans[j][0] : spans[j][1]]
        if pat.GOVERNMENT_SUBJECT.match(prev) or pat.FIRST_PERSON_OPENING.match(prev):
            return []
        raw, _end = read_names(prev, 0)
        if not raw and (inverted := pat.INVERTED_ANNOUNCER.search(prev)) is not None:
            raw, _end = read_names(prev, inverted.start("np"))  # "Op basis hiervan doet de NZa twee …"
        if not raw and (according := pat.ACCORDING_TO_OPENING.match(prev)) is not None:
            raw, _end = read_names(prev, according.start("np"))  # "Volgens Decisio heeft de regeling …"
        # a name: capitalised after an article ("Het Nivel"), of several words, or an acronym (a bare
        # capitalised first word may be an adverb: "Tegelijk")
        pair = pat.PAIR_NAME_SUBJECT.match(prev)
        names = [
            bare
            for n in raw
            if (bare := pat.ARTICLE.sub("", n).strip())[:1].isupper()
            # (not an adjective many names share, alone: "Het Nederlandse paviljoen trok …"; round 45)
            and bare.lower() not in SHARED_NAME_WORDS
            # (nor a scheme or law by its name: "De Stimuleringsregeling digitale ondertekening mkb vergoedde …";
            # round 48)
            and not pat.SCHEME_NAME.match(bare)
            and (
                bare != n
                or " " in bare
                or bare.isupper()
                or (pair is None and _named_inside_a_sentence(text, bare, start))
            )
        ]
        if not names and pair is not None:
            # "Veldwerk en Maat concluderen dat …": a bureau named "X en Y", the subject of a plural verb
            names = [pair.group("name")]
        if (
            not names
            and generic_noun
            and not researchers
            and (generic_subject := pat.GENERIC_BODY_SUBJECT.match(prev))
        ):
            # "De inspectie stelt vast dat …. Zij richt twee aanbevelingen …. Zij beveelt … aan": the body by its noun,
            # resolved by the caller (round 64)
            names = [f"de {generic_subject.group('noun').lower()}"]
        if names:
            return names
    if researchers:
        # "De evaluatie, uitgevoerd door onderzoeksbureau De Kaap, laat zien …" (anywhere before, the
        # nearest: a letter names the bureau once, in its opening, and "de onderzoekers" paragraphs later)
        nearest = max(pat.CARRIED_OUT_BY.finditer(text, 0, start), key=lambda m: m.start(), default=None)
        if nearest is not None:
            return [nearest.group("name")]
    return []


def _named_inside_a_sentence(text: str, word: str, end: int) -> bool:
    """Whether the capitalised `word` stands inside a sentence somewhere before `end` (after a lower-case word or a
    comma): a name ("Daarnaast heeft onderzoeksbureau Akkerwijs de regeling geëvalueerd", then "Akkerwijs stelt vast
    …"), not an adverb that opens a sentence ("Tegelijk …"; round 42)."""
    for m in re.finditer(r"(\S+)[ \t]+" + re.escape(word) + r"\b", text[:end]):
        before = m.group(1)
        # (not after "en"/"of": "Kiem en Kern" is one bureau's name, read whole by `PAIR_NAME_SUBJECT`)
        if (before[-1].islower() or before[-1] == ",") and before.lower() not in ("en", "of"):
            return True
    return False


def generic_before(text: str, spans: list[tuple[int, int]], start: int) -> str | None:
    """The generic recommender that is the subject of the sentence before `start`, in the same
    paragraph ("De onderzoekers doen twee aanbevelingen." gives "onderzoekers", as written), else None: a pronoun
    after it ("Zij raden aan …", "Volgens hen …") stands for that body, not for one named earlier."""
    k = bisect.bisect_left(starts(spans), start) - 1
    if k < 0 or "\n\n" in text[spans[k][1] : start]:
        return None
    words = text[spans[k][0] : spans[k][1]].split(maxsplit=2)
    if len(words) > 1 and words[0].lower() in ("de", "het") and words[1].lower() in pat.RECOMMENDER_NOUNS:
        return words[1]  # as written: "onderzoekers", or "Rekenkamer" for a body named so
    return None
