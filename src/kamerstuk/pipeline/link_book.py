"""The recommendations of one letter as the linker looks them up: by id, by (report, ordinal) and by
the name of the body that made them ("de tweede aanbeveling van de SER", "de Raad", "de
onderzoekers"), with the name matching that tells two names of one body apart from two bodies
("SER" and "Sociaal-Economische Raad"). Used by `kamerstuk.pipeline.linker`."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Any

from kamerstuk.patterns import links as L
from kamerstuk.patterns.recommendations import INSTITUTION_ACRONYMS, INSTITUTION_NOUNS, RESEARCHER_NOUNS
from kamerstuk.pipeline.references import Reference, body_names

__all__ = ["Book", "Rec", "counted_ordinals", "names_match"]

Rec = dict[str, Any]

# A capitalized word or acronym that may name a body: "PBL", "Raad", "Sociaal-Economische".
_PROPER_WORD = re.compile(r"\b[A-Z][\w-]+")


def _norm(name: str) -> str:
    """A body's name for comparison: lower case, no quotes, articles or "-advies" suffix."""
    name = L.NAME_SUFFIX.sub("", name.strip(" «»\"'“”‘’"))
    name = re.sub(r"^(?:de|het)\s+", "", name, flags=re.I)
    return re.sub(r"[\s\-]+", " ", name).strip().lower()


def _acronym_fits(acronym: str, words: Sequence[str]) -> bool:
    """Whether `acronym` abbreviates the name of `words`: every word's initial in order, small
    joining words optional, more letters from inside a word allowed ("pbl": Planbureau voor de
    Leefomgeving, "lwp": Landelijk Weidevogelplatform, "ser": Sociaal-Economische Raad)."""
    memo: dict[tuple[int, int], bool] = {}

    def fits(i: int, w: int) -> bool:
        if w == len(words):
            return i == len(acronym)
        if (i, w) in memo:
            return memo[(i, w)]
        word = words[w]
        ok = word in L.NAME_JOINERS and fits(i, w + 1)
        if not ok and i < len(acronym) and word[:1] == acronym[i]:
            j, pos = i + 1, 1
            ok = fits(j, w + 1)
            while not ok and j < len(acronym):  # take one more letter from inside the word
                pos = word.find(acronym[j], pos) + 1
                if pos == 0:
                    break
                j += 1
                ok = fits(j, w + 1)
        memo[(i, w)] = ok
        return ok

    return 1 < len(acronym) <= 8 and len(words) > 1 and fits(0, 0)


def names_match(a: str, b: str) -> bool:
    """Whether two names of a body are the same body: equal, one inside the other, or one the
    acronym of the other ("SER" and "Sociaal-Economische Raad")."""
    na, nb = _norm(a), _norm(b)
    if not na or not nb:
        return False
    if na == nb or re.search(rf"\b{re.escape(na)}\b", nb) or re.search(rf"\b{re.escape(nb)}\b", na):
        return True
    wa, wb = na.split(), nb.split()
    return (len(wa) == 1 and _acronym_fits(na, wb)) or (len(wb) == 1 and _acronym_fits(nb, wa))


def _is_specific(name: str) -> bool:
    """A proper name of a body ("SER", "Raad voor Cultuur"), not a generic one ("onderzoekers")."""
    stripped = re.sub(r"^(?:de|het)\s+", "", name.strip(" «»\"'“”‘’"), flags=re.I)
    return stripped[:1].isupper()


def _counted(recs: list[Rec], report: dict[str, str]) -> dict[str, int]:
    """Ordinals by position for the recommendations of a report the letter does not number (it
    restates them in prose, one after another): a reader counts them, so "Het eerste verzoek neem
    ik over" names the first restated. Only for a report none of whose recommendations has an
    ordinal; the recommendations keep ``ordinal=None`` (the letter gives none)."""
    numbered = {report[r["id"]] for r in recs if r.get("ordinal") is not None}
    count: dict[str, int] = {}
    out: dict[str, int] = {}
    for r in recs:  # in id order: by position for unnumbered ones
        key = report[r["id"]]
        if key in numbered or r.get("source") == "caller":
            continue
        count[key] = count.get(key, 0) + 1
        out[r["id"]] = count[key]
    return out


class Book:
    """The recommendations of one letter, indexed by id, by (report, ordinal) and by body name.

    `order` gives each paragraph's position: when one report numbers two recommendations alike
    (a summary list and the restated ones), a reference takes the one restated nearest before it.
    """

    def __init__(
        self, recs: list[Rec], order: dict[str, int] | None = None, names: Sequence[tuple[str, str]] = ()
    ) -> None:
        order = order or {}
        self.recs = recs
        self.by_id = {r["id"]: r for r in recs}
        self.report: dict[str, str] = {r["id"]: self.report_of(r) for r in recs}
        self.numbered: dict[tuple[str, int], list[tuple[int, Rec]]] = {}  # sorted by position
        self.reports_with: dict[int, list[str]] = {}  # ordinal -> reports that have it
        self.last: dict[str, int] = {}  # per report: its highest ordinal ("de laatste aanbeveling")
        self.name_reports: dict[str, set[str]] = {}  # a body's name -> the reports it stands for
        counted = _counted(recs, self.report)
        # reports whose recommendations the letter numbers or letters itself (not counted by place)
        self.labelled: set[str] = {self.report[r["id"]] for r in recs if r.get("ordinal") is not None}
        for r in recs:
            key = self.report[r["id"]]
            for n in [r.get("report"), *(r.get("by") or [])]:
                if isinstance(n, str) and n.strip():
                    self.name_reports.setdefault(n, set()).add(key)
            ordinal = r.get("ordinal") if r.get("ordinal") is not None else counted.get(r["id"])
            if ordinal is not None:
                entries = self.numbered.setdefault((key, ordinal), [])
                if not entries:
                    self.reports_with.setdefault(ordinal, []).append(key)
                entries.append((order.get(r.get("paragraph") or "", -1), r))
                self.last[key] = max(self.last.get(key, 0), ordinal)
        # a body by the short form the letter introduced for it, or its full name: "De derde aanbeveling van WUR" when the
        # recommendations name "Wageningen Social & Economic Research (WUR)" in full (`names`: full, short; round 54)
        for full, short in names:
            for one, other in ((full, short), (short, full)):
                if one in self.name_reports and other not in self.name_reports:
                    self.name_reports[other] = set(self.name_reports[one])
        for entries in self.numbered.values():
            entries.sort(key=lambda e: e[0])
        # the recommendations as the letter restates them (those it does not restate last, in id order)
        self._reading = sorted(
            recs, key=lambda r: (order.get(r.get("paragraph") or "", 1 << 30), r.get("start") or 0)
        )
        self._positions = {k: [pos for pos, _ in v] for k, v in self.numbered.items()}
        # Only when every report has a proper name can a reference to another body be told apart.
        named = {key for n, keys in self.name_reports.items() if _is_specific(n) for key in keys}
        self.all_named = bool(recs) and set(self.report.values()) <= named
        self._bodies: dict[str, set[str] | None] = {}
        self._matched: dict[tuple[str, str], bool] = {}

    @staticmethod
    def report_of(rec: Rec) -> str:
        """The report a recommendation belongs to (its `report`, else its recommenders)."""
        report = rec.get("report")
        return report if isinstance(report, str) and report else ", ".join(rec.get("by") or [])

    def of_body(self, body: str) -> set[str] | None:
        """The reports of the body named, or None when no recommendation's names match it."""
        if body not in self._bodies:
            found: set[str] | None = None
            parts = body_names(body)[1:]
            # Each name on its own first ("de SER en het PBL"), then the whole ("Raad voor Erfgoed en Landschap").
            for candidates in ([parts] if len(parts) > 1 else []) + [[body]]:
                hits = {
                    key
                    for name, keys in self.name_reports.items()
                    if any(names_match(c, name) for c in candidates)
                    for key in keys
                }
                if hits:
                    found = hits
                    break
            self._bodies[body] = found
        return self._bodies[body]

    def of_generic(self, noun: str) -> set[str] | None:
        """The reports of the bodies a common noun can stand for: "de raad" is the Gezondheidsraad's or
        the Raad voor Cultuur's, not the Nivel's. None when it fits none of them or all of them."""
        hits = {
            key
            for name, keys in self.name_reports.items()
            if name.lower().endswith(noun) or noun in name.lower().split()
            for key in keys
        }
        if not hits and noun in RESEARCHER_NOUNS:
            # "het eerste voorstel van de onderzoekers" beside an inspection's report: the study's
            institutions = {
                key
                for name, keys in self.name_reports.items()
                if any(n in name.lower() for n in INSTITUTION_NOUNS) or name.lower() in INSTITUTION_ACRONYMS
                for key in keys
            }
            hits = set(self.report.values()) - institutions
        return hits if hits and hits != set(self.report.values()) else None

    def mentioned_report(self, text: str, generic: bool = False) -> str | None:
        """The report whose body `text` names last ("Het PBL beveelt in zijn tweede aanbeveling aan"); with `generic`,
        also by a body's generic noun that only one report's body has ("Het onderzoek waar de raad om vraagt" in a letter
        on a report of the inspectie and one of the Raad voor Cultuur; round 47)."""
        names = [(n, keys) for n, keys in self.name_reports.items() if _is_specific(n) and len(keys) == 1]
        if not names:
            return None
        for m in reversed(list(_PROPER_WORD.finditer(text[-300:]))[-12:]):
            word = m.group(0)
            if word.lower() in L.NAME_JOINERS or word.lower() in L.SHARED_NAME_WORDS or len(word) < 3:
                continue
            for name, keys in names:
                if self._names_match(word, name):
                    return next(iter(keys))
        if generic:
            for m in reversed(list(L.GENERIC_BODY.finditer(text[-300:]))):
                noun = m.group("noun").lower()
                owners = {k for name, keys in names for k in keys if noun in name.lower().split()}
                if len(owners) == 1:
                    return owners.pop()
        return None

    def _names_match(self, a: str, b: str) -> bool:
        """`names_match`, remembered: each paragraph asks again about the same few words."""
        known = self._matched.get((a, b))
        if known is None:
            known = self._matched[(a, b)] = names_match(a, b)
        return known

    def _nearest(self, key: str, ordinal: int, where: int) -> Rec | None:
        """Of the report's recommendations numbered `ordinal`, the one restated nearest before `where`."""
        entries = self.numbered.get((key, ordinal))
        if not entries:
            return None
        i = bisect.bisect_right(self._positions[(key, ordinal)], where) - 1
        return entries[max(i, 0)][1]

    def resolve(self, ref: Reference, before: str, context: str | None, where: int) -> list[Rec] | None:
        """The recommendations an ordinal or number reference names; None when it names another
        body's. `before` is the text before the reference, `context` the report last linked,
        `where` the position of the paragraph."""
        allowed = self.of_body(ref.body) if ref.body is not None else None
        if ref.body is not None and allowed is None and self.all_named and ref.body not in L.GENERIC_BODIES:
            return None  # another body's ("de aanbeveling van de SER" where the SER made none of ours)
        if ref.body is not None and allowed is None and ref.body.lower() in L.GENERIC_BODIES:
            allowed = self.of_generic(ref.body.lower())
        out: list[Rec] = []
        for n in ref.ordinals:
            if n < 0 and self.reports_with and all(len(k) == 1 for k in self.reports_with.values()):
                # one numbering across the reports (a merged list tagged "(Rli)", "(TCB)"): the last of all
                m = max(self.reports_with) + 1 + n
                wanted = [(self.reports_with[m][0], m)] if m in self.reports_with else []
            elif n < 0:
                wanted = [(key, last + 1 + n) for key, last in self.last.items() if last + 1 + n > 0]
            else:
                wanted = [(key, n) for key in self.reports_with.get(n, [])]
                if not wanted and allowed is None and len(self.last) > 1 and n <= len(self._reading):
                    # "De vijfde aanbeveling neem ik niet over" in a letter that counts on across its two
                    # reports (three of the NZa, then two of the Nivel): the fifth in reading order
                    out.append(self._reading[n - 1])
                    continue
            if allowed is not None:
                wanted = [(key, m) for key, m in wanted if key in allowed]
                if not wanted and n > 0 and len(allowed) == 1:
                    # "De eerste aanbeveling van het Mulier Instituut" in a letter that numbers on across its
                    # two reports (three of VeiligheidNL, then two of the institute): that body's own first
                    own = sorted((m, key) for (key, m) in self.numbered if key in allowed)
                    if n <= len(own):
                        wanted = [(own[n - 1][1], own[n - 1][0])]
            if ref.kind == "number" and len(wanted) > 1 and any(key in self.labelled for key, _ in wanted):
                # "De aanbevelingen onder a en b" / "aanbeveling 2": a number or letter the letter gave,
                # not the place of a recommendation restated in prose
                wanted = [(key, m) for key, m in wanted if key in self.labelled]
            if len(wanted) > 1:
                # two reports number alike, and the reader has met only one report's recommendations yet: "Over de
                # tweede aanbeveling neem ik nu geen besluit" before the letter turns to the second report's (round 55)
                stated = [(k, m) for k, m in wanted if self._positions[(k, m)][0] <= where]
                if stated and len(stated) < len(wanted):
                    wanted = stated
            if len(wanted) > 1:  # two reports number alike: the one named before, else the one in view
                for key in (self.mentioned_report(before), context):
                    narrowed = [(k, m) for k, m in wanted if key is not None and k == key]
                    if narrowed:
                        wanted = narrowed
                        break
            out.extend(r for key, m in wanted if (r := self._nearest(key, m, where)) is not None)
        return list({r["id"]: r for r in out}.values())


def counted_ordinals(recs: list[Rec]) -> dict[str, int]:
    """The place of each unnumbered recommendation in its report's series (see `_counted`), for
    recommendations as the linker sees them."""
    return _counted(recs, Book(recs).report)
