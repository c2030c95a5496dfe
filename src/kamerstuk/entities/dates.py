"""Dates and deadlines in Dutch parliamentary text.

`find_dates` finds calendar dates ("1 april 2022", "17 december jl.", "2022-04-01") and years
relative to the letter ("vorig jaar"); `find_deadlines` finds time expressions that name a
window ("voor de zomer", "in het eerste kwartaal van 2023", "binnen zes weken") and resolves
them to ``earliest``/``latest`` dates with the parliamentary calendar of
`kamerstuk.entities.calendar`. Relative expressions are resolved against `reference`, normally
the date of the letter; without a reference they keep their text and rule but no dates.
See docs/deadlines.md for the full catalogue and the choices made.
"""

from __future__ import annotations

import calendar as _cal
import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

from kamerstuk.entities import calendar as parl
from kamerstuk.entities.scan import finditer_in_pieces, lower_view, occurrences
from kamerstuk.models import DateMention, Deadline
from kamerstuk.patterns import dates as P

__all__ = ["find_dates", "find_deadlines", "season_window"]

_Window = tuple[dt.date, dt.date]
# (start, end, earliest, latest, rule)
_Cand = tuple[int, int, dt.date | None, dt.date | None, str]

_ONE_DAY = dt.timedelta(days=1)


# --- searching only where a match can be ------------------------------------------------------


class _View:
    """A text lower-cased, the offsets of its `P.CHUNK_SEPARATORS`, and where each keyword of
    `P.KEYWORDS` occurs (found once per text: several patterns share a keyword)."""

    def __init__(self, text: str, low: str) -> None:
        self.low = low
        self.seps = [m.start() for m in P.CHUNK_SEPARATORS.finditer(text)]
        self._at: dict[str, list[int]] = {}

    def hits(self, keys: tuple[str, ...]) -> list[int]:
        """The sorted offsets of the occurrences of `keys`."""
        out: list[int] = []
        for key in keys:
            if key not in self._at:
                self._at[key] = occurrences(self.low, (key,))
            out.extend(self._at[key])
        out.sort()
        return out


@lru_cache(maxsize=4)
def _view(text: str) -> _View | None:
    """The `_View` of `text`, or None when lower-casing cannot stand in for IGNORECASE (see
    `kamerstuk.entities.scan.lower_view`). Cached: `find_deadlines` and `find_dates` read the
    same text."""
    low = lower_view(text)
    return None if low is None else _View(text, low)


def _finditer(rx: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)``, searching only the pieces of text between two `P.CHUNK_SEPARATORS`
    that hold a keyword of `P.KEYWORDS` (see `kamerstuk.entities.scan.finditer_in_pieces`)."""
    view = _view(text)
    keys = P.KEYWORDS.get(rx)
    if view is None or keys is None:
        return rx.finditer(text)
    return finditer_in_pieces(rx, text, view.seps, view.hits(keys))


# --- small date helpers --------------------------------------------------------------------


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_number(word: str) -> int | None:
    return P.MONTHS.get(word.lower().rstrip("."))


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, _cal.monthrange(year, month)[1])


def _add_months(day: dt.date, months: int) -> dt.date:
    total = day.month - 1 + months
    year, month = day.year + total // 12, total % 12 + 1
    return dt.date(year, month, min(day.day, _cal.monthrange(year, month)[1]))


def _add_workdays(day: dt.date, count: int) -> dt.date:
    while count > 0:
        day += _ONE_DAY
        if day.weekday() < 5:
            count -= 1
    return day


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower())


def _year_of(spec: str | None, reference: dt.date | None) -> int | None:
    """The year named by a YEAR_SPEC group: "2024", "dit jaar", "volgend jaar", ... ."""
    if spec is None:
        return None
    s = _norm(spec)
    if s.isdigit():
        return int(s)
    if reference is None:
        return None
    if any(w in s for w in ("volgend", "komend")):
        return reference.year + 1
    if any(w in s for w in ("vorig", "afgelopen")):
        return reference.year - 1
    return reference.year  # dit jaar, het jaar, het lopende jaar, het kalenderjaar


def _first_window(
    make: Callable[[int], _Window], reference: dt.date | None, *, after: bool = False
) -> _Window | None:
    """The first window (from last year on) that has not ended at `reference`.

    With ``after=True``: the first window that starts after `reference` ("volgend najaar").
    """
    if reference is None:
        return None
    for year in (reference.year - 1, reference.year, reference.year + 1, reference.year + 2):
        first, last = make(year)
        if (first > reference) if after else (last >= reference):
            return first, last
    return None  # pragma: no cover - windows repeat every year


def season_window(season: str, year: int) -> _Window:
    """Fixed bounds of a season in `year` (winter runs into the next year).

    Calendar months, as letters use the words (a promise "in het voorjaar" is kept by a
    letter in June): voorjaar 1 Mar – 30 Jun, zomer 1 Jul – 31 Aug, najaar 1 Sep – 31 Dec,
    winter 1 Dec – end of February.
    """
    s = season.lower()
    if s == "voorjaar":
        return dt.date(year, 3, 1), dt.date(year, 6, 30)
    if s == "zomer":
        return dt.date(year, 7, 1), dt.date(year, 8, 31)
    if s == "najaar":
        return dt.date(year, 9, 1), dt.date(year, 12, 31)
    if s == "winter":
        return dt.date(year, 12, 1), dt.date(year + 1, 3, 1) - dt.timedelta(days=1)
    raise KeyError(season)


# --- dates ---------------------------------------------------------------------------------


def _resolve_day_month(
    day: int, month: int, rel: str | None, reference: dt.date | None
) -> tuple[dt.date | None, bool]:
    """Resolve "17 december jl." / "3 maart a.s." / bare "17 december" against `reference`."""
    if reference is None:
        return None, True
    r = (rel or "").lower().replace(" ", "")
    if r in ("jl.", "j.l.", "jongstleden"):
        for year in (reference.year, reference.year - 1, reference.year - 2):
            d = _safe_date(year, month, day)
            if d is not None and d <= reference:
                return d, True
        return None, True
    if r in ("a.s.", "aanstaande", "aanst."):
        for year in (reference.year, reference.year + 1, reference.year + 2):
            d = _safe_date(year, month, day)
            if d is not None and d >= reference:
                return d, True
        return None, True
    return _safe_date(reference.year, month, day), True


def _date_mentions(text: str, reference: dt.date | None) -> Iterable[DateMention]:
    for m in _finditer(P.TEXT_DATE, text):
        month = _month_number(m.group("month"))
        if month is None:
            continue
        day = int(m.group("day"))
        if m.group("year"):
            value = _safe_date(int(m.group("year")), month, day)
            if value is None:
                continue
            yield DateMention(text=m.group(0), start=m.start(), end=m.end(), value=value)
        else:
            if _safe_date(2000, month, day) is None:  # 2000 is a leap year: 29 februari is fine
                continue
            value, relative = _resolve_day_month(day, month, m.group("rel"), reference)
            yield DateMention(text=m.group(0), start=m.start(), end=m.end(), value=value, relative=relative)
    for rx in (P.NUMERIC_DATE, P.ISO_DATE):
        for m in _finditer(rx, text):
            value = _safe_date(int(m.group("year")), int(m.group("month")), int(m.group("day")))
            if value is not None:
                yield DateMention(text=m.group(0), start=m.start(), end=m.end(), value=value)
    for m in _finditer(P.RELATIVE_YEAR, text):
        yield DateMention(text=m.group(0), start=m.start(), end=m.end(), value=None, relative=True)


def _non_overlapping(items: list[tuple[int, int, int]]) -> list[int]:
    """Indices of a maximal set of non-overlapping (start, end, idx) spans, longest first.

    Greedy, longest span first (ties: leftmost first). A span is taken when none of the
    characters it covers is already taken; the covered characters are marked in a bytearray,
    so each test costs the span's length, not the number of spans taken so far (that was
    quadratic in the number of candidates). An empty span is taken unless it lies strictly
    inside a taken span.
    """
    if not items:
        return []
    size = max(end for _, end, _ in items) + 1
    taken = bytearray(size)
    chosen: list[tuple[int, int, int]] = []
    for start, end, idx in sorted(items, key=lambda t: (t[0] - t[1], t[0])):
        if end > start:
            if taken.find(1, start, end) != -1:
                continue
            taken[start:end] = b"\x01" * (end - start)
        elif start > 0 and taken[start - 1] and taken[start] and _inside_one(chosen, start):
            continue
        chosen.append((start, end, idx))
    return [idx for _, _, idx in sorted(chosen)]


def _inside_one(chosen: list[tuple[int, int, int]], pos: int) -> bool:
    """Whether `pos` lies strictly inside one taken span (an empty candidate there overlaps it)."""
    return any(s < pos < e for s, e, _ in chosen)


def find_dates(text: str, reference: dt.date | None = None) -> list[DateMention]:
    """Find the dates written in `text`, in reading order.

    Absolute dates ("1 april 2022", "1 apr. 2022", "1-4-2022", "2022-04-01") get their value.
    Day and month with "jl." resolve to the most recent such day on or before `reference`,
    with "a.s." to the next one on or after it, and a bare "17 december" to that day in the
    year of `reference`; all three are ``relative=True``. "vorig jaar", "dit jaar" and
    "volgend jaar" are reported with ``relative=True`` and ``value=None`` (a year is not a
    day; `find_deadlines` gives them a window). Relative dates have ``value=None`` when no
    `reference` is given.
    """
    return list(_dates(text, reference))


@lru_cache(maxsize=4)
def _dates(text: str, reference: dt.date | None) -> tuple[DateMention, ...]:
    # Cached per text (the mentions are frozen): `extract` asks for the dates of a letter and
    # `find_deadlines` again, for the deadlines built on a date.
    mentions = list(_date_mentions(text, reference))
    keep = _non_overlapping([(d.start, d.end, i) for i, d in enumerate(mentions)])
    return tuple(mentions[i] for i in keep)


# --- deadlines -----------------------------------------------------------------------------

_RECESS_OF = {
    "zomer": "zomerreces",
    "zomervakantie": "zomerreces",
    "zomerreces": "zomerreces",
    "kerst": "kerstreces",
    "kerstvakantie": "kerstreces",
    "kerstreces": "kerstreces",
    "herfstreces": "herfstreces",
    "meireces": "meireces",
    "voorjaarsreces": "voorjaarsreces",
    "krokusreces": "voorjaarsreces",
}

_ORDINALS = {
    "eerste": 1,
    "1e": 1,
    "1ste": 1,
    "tweede": 2,
    "2e": 2,
    "2de": 2,
    "derde": 3,
    "3e": 3,
    "3de": 3,
    "vierde": 4,
    "4e": 4,
    "4de": 4,
    "laatste": 4,
}


def _number(word: str | None) -> float:
    if word is None:
        return 1
    w = _norm(word)
    return float(w) if w.isdigit() else P.NUMBER_WORDS.get(w, 1)


def _after_period(reference: dt.date, n: float, unit: str) -> dt.date:
    """`reference` plus n units ("weken", "maanden", "werkdagen", ...)."""
    u = unit.lower()
    if u.startswith("werkdag"):
        return _add_workdays(reference, round(n))
    if u.startswith("dag"):
        return reference + dt.timedelta(days=round(n))
    if u.startswith("week") or u.startswith("weken"):
        return reference + dt.timedelta(days=round(7 * n))
    months = n * {"maand": 1, "maanden": 1, "kwartaal": 3, "jaar": 12, "jaren": 12}.get(u, 1)
    whole = int(months)
    return _add_months(reference, whole) + dt.timedelta(days=round((months - whole) * 30))


def _recess_cand(m: re.Match[str], ref: dt.date | None) -> _Cand:
    name = _RECESS_OF[m.group("recess").lower()]
    after = _norm(m.group("prep")).endswith("na") or "afloop" in m.group("prep").lower()
    year = _year_of(m.group("yspec"), ref)
    window: _Window | None
    if year is not None:
        window = parl.recess(name, year)
    elif after:
        window = _first_window(lambda y: parl.recess(name, y), ref)
    else:
        window = _first_window(lambda y: parl.recess(name, y), ref, after=True)
    if window is None:
        return (m.start(), m.end(), None, None, f"na-{name}" if after else name)
    if after:
        return (m.start(), m.end(), window[1] + _ONE_DAY, None, f"na-{name}")
    latest = window[0] - _ONE_DAY
    earliest = ref if ref is not None and ref <= latest else None
    return (m.start(), m.end(), earliest, latest, name)


def _prinsjesdag_cand(m: re.Match[str], ref: dt.date | None) -> _Cand:
    prep = _norm(m.group("prep"))
    day: dt.date | None = None
    if m.group("year"):
        day = parl.prinsjesdag(int(m.group("year")))
    elif ref is not None:
        day = parl.prinsjesdag(ref.year)
        if (prep in ("voor", "vóór") and day <= ref) or day < ref:
            day = parl.prinsjesdag(ref.year + 1)
    if prep in ("voor", "vóór"):
        latest = day - _ONE_DAY if day else None
        earliest = ref if ref is not None and latest is not None and ref <= latest else None
        return (m.start(), m.end(), earliest, latest, "prinsjesdag")
    if prep == "na":
        return (m.start(), m.end(), day + _ONE_DAY if day else None, None, "na-prinsjesdag")
    if prep in ("vanaf", "per", "met ingang van"):
        # "vanaf Prinsjesdag 2026": from that day on
        return (m.start(), m.end(), day, None, "vanaf-prinsjesdag")
    if prep == "rond":
        week = dt.timedelta(days=7)
        return (
            m.start(),
            m.end(),
            day - week if day else None,
            day + week if day else None,
            "rond-prinsjesdag",
        )
    return (m.start(), m.end(), day, day, "op-prinsjesdag")


def _budget_window(kind: str, year: int) -> _Window:
    """When a budget document of `year` appears: the Voorjaarsnota in April–May, the Najaarsnota
    in November, the Miljoenennota and the budget for `year` on Prinsjesdag of the year before; when
    the cabinet decides: the voorjaarsbesluitvorming in March–April, the augustusbesluitvorming in August; the
    Gemeentefonds circulars in late May–June, September and December."""
    if kind == "voorjaarsnota":
        return dt.date(year, 4, 1), dt.date(year, 5, 31)
    if kind == "voorjaarsbesluitvorming":
        return dt.date(year, 3, 1), dt.date(year, 4, 30)
    if kind == "augustusbesluitvorming":
        return dt.date(year, 8, 1), dt.date(year, 8, 31)
    if kind == "najaarsnota":
        return dt.date(year, 11, 1), dt.date(year, 11, 30)
    if kind == "meicirculaire":
        return dt.date(year, 5, 15), dt.date(year, 6, 30)
    if kind == "septembercirculaire":
        return dt.date(year, 9, 1), dt.date(year, 9, 30)
    if kind == "decembercirculaire":
        return dt.date(year, 12, 1), dt.date(year, 12, 31)
    day = parl.prinsjesdag(year - 1)
    return day, day


def _budget_cand(m: re.Match[str], ref: dt.date | None) -> _Cand:
    prep = _norm(m.group("prep"))
    kind = (m.group("note") or "begroting").lower()
    if kind == "miljoenennota" or kind.endswith("begroting"):
        kind = "begroting"
    if m.group("supp"):
        # the first suppletoire begroting comes with the Voorjaarsnota, the second with the Najaarsnota
        kind = "voorjaarsnota" if m.group("supp").lower() in ("eerste", "1e") else "najaarsnota"
    given = m.group("year") or m.group("byear") or m.group("syear")
    window: _Window | None
    if m.group("next_supp"):
        # the next supplementary budget: with the Voorjaarsnota or the Najaarsnota, whichever comes first
        spring = _first_window(lambda y: _budget_window("voorjaarsnota", y), ref)
        autumn = _first_window(lambda y: _budget_window("najaarsnota", y), ref)
        window = min((w for w in (spring, autumn) if w is not None), default=None)
        return _window_cand(m, prep, window, ref, "suppletoire-begroting")
    if given:
        window = _budget_window(kind, int(given))
    else:  # the next one: the budget year whose document has not yet appeared
        window = _first_window(lambda y: _budget_window(kind, y if kind != "begroting" else y + 1), ref)
    return _window_cand(m, prep, window, ref, kind)


def _school_year_cand(m: re.Match[str], ref: dt.date | None) -> _Cand:
    prep = _norm(m.group("prep"))
    kind = _norm(m.group("kind"))
    month = 8 if kind == "schooljaar" else 9
    rule = "schooljaar" if kind == "schooljaar" else "studiejaar"
    window: _Window | None = None
    if m.group("y1"):
        first = int(m.group("y1"))
        window = dt.date(first, month, 1), dt.date(first + 1, month, 1) - _ONE_DAY
    elif m.group("rel") and ref is not None:
        first = ref.year if ref < dt.date(ref.year, month, 1) else ref.year + 1
        window = dt.date(first, month, 1), dt.date(first + 1, month, 1) - _ONE_DAY
    elif m.group("rel") is None:
        return (m.start(), m.start(), None, None, rule)  # "in het schooljaar" alone names no year
    return _window_cand(m, prep, window, ref, rule)


def _window_cand(
    m: re.Match[str], prep: str, window: _Window | None, ref: dt.date | None, rule: str
) -> _Cand:
    """A deadline from a window and its preposition: "voor" ends before it, "na" starts after it,
    "vanaf"/"met ingang van"/"per" start with it, the others fall within it."""
    if window is None:
        return (m.start(), m.end(), None, None, rule)
    if prep in ("voor", "vóór"):
        latest = window[0] - _ONE_DAY
        earliest = ref if ref is not None and ref <= latest else None
        return (m.start(), m.end(), earliest, latest, rule)
    if prep == "na":
        return (m.start(), m.end(), window[1] + _ONE_DAY, None, f"na-{rule}")
    if prep in ("vanaf", "met ingang van", "per"):
        return (m.start(), m.end(), window[0], None, f"vanaf-{rule}")
    return (m.start(), m.end(), window[0], window[1], rule)


def _season_cand(m: re.Match[str], ref: dt.date | None) -> _Cand:
    season = m.group("season").lower()
    pre = _norm(m.groupdict().get("pre") or "")
    year = _year_of(m.group("yspec"), ref)
    window: _Window | None
    if year is not None:
        window = season_window(season, year)
    else:
        window = _first_window(lambda y: season_window(season, y), ref, after="volgend" in pre)
    if window is None:
        return (m.start(), m.end(), None, None, season)
    if pre.startswith(("vanaf", "met ingang van")):  # "vanaf het voorjaar van 2026"
        return (m.start(), m.end(), window[0], None, f"vanaf-{season}")
    return (m.start(), m.end(), window[0], window[1], season)


def _season_bound_cand(m: re.Match[str], ref: dt.date | None) -> _Cand:
    """ "vóór de winter van 2026–2027" ends before that winter begins; "na het voorjaar" begins after it ends (without a
    year: before the first such season still to begin, after the first not yet ended)."""
    season = m.group("season").lower()
    prep = _norm(m.group("prep"))
    after = prep.endswith("na")
    year = _year_of(m.group("yspec"), ref)
    window = (
        season_window(season, year)
        if year is not None
        else _first_window(lambda y: season_window(season, y), ref, after=not after)
    )
    return (
        _window_cand(m, "na", window, ref, season)
        if after
        else _window_cand(m, "voor", window, ref, f"voor-{season}")
    )


def _year_part_window(part: str, year: int) -> tuple[_Window, str]:
    p = part.lower()
    if p == "begin":
        return (dt.date(year, 1, 1), dt.date(year, 3, 31)), "begin-jaar"
    if p in ("eind", "einde"):
        return (dt.date(year, 10, 1), dt.date(year, 12, 31)), "eind-jaar"
    return (dt.date(year, 5, 1), dt.date(year, 8, 31)), "medio-jaar"


def _month_part_window(part: str, year: int, month: int) -> tuple[_Window, str]:
    p = part.lower()
    if p == "begin":
        return (dt.date(year, month, 1), dt.date(year, month, 10)), "begin-maand"
    if p in ("eind", "einde"):
        return (dt.date(year, month, 21), _last_day(year, month)), "eind-maand"
    return (dt.date(year, month, 11), dt.date(year, month, 20)), "medio-maand"


def _year_window(year: int) -> _Window:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _candidates(text: str, ref: dt.date | None) -> Iterable[_Cand]:
    for m in _finditer(P.RECESS_DEADLINE, text):
        yield _recess_cand(m, ref)
    for m in _finditer(P.PRINSJESDAG, text):
        yield _prinsjesdag_cand(m, ref)
    for m in _finditer(P.BUDGET_MOMENT, text):
        yield _budget_cand(m, ref)
    for m in _finditer(P.SCHOOL_YEAR, text):
        cand = _school_year_cand(m, ref)
        if cand[1] > cand[0]:
            yield cand
    for rx in (P.SEASON, P.SEASON_YEAR):
        for m in _finditer(rx, text):
            yield _season_cand(m, ref)
    for m in _finditer(P.SEASON_BOUND, text):
        yield _season_bound_cand(m, ref)
    for m in _finditer(P.YEAR_PART, text):
        year = _year_of(m.group("yspec"), ref)
        rule = _year_part_window(m.group("part"), 2000)[1]
        if year is None:
            yield (m.start(), m.end(), None, None, rule)
        else:
            (first, last), rule = _year_part_window(m.group("part"), year)
            yield (m.start(), m.end(), first, last, rule)
    for m in _finditer(P.YEAR_END_BEFORE, text):
        year = _year_of(m.group("yspec"), ref) if m.group("yspec") else (ref.year if ref else None)
        latest = dt.date(year, 12, 31) if year is not None else None
        earliest = ref if ref is not None and latest is not None and ref <= latest else None
        yield (m.start(), m.end(), earliest, latest, "voor-eind-jaar")
    for m in _finditer(P.UNTIL_YEAR_THEN, text):
        year = _year_of(m.group("yspec"), ref)
        if year is None:
            continue
        # "tot en met 2031" / "tot eind 2031": the year runs out; "tot 2030": it ends as 2030 begins
        end = dt.date(year, 12, 31) if m.group("through") else dt.date(year, 1, 1)
        yield (m.start(), m.end(), end, end, "tot-waarna")
    for m in _finditer(P.MONTH_PART, text):
        month = P.MONTHS[m.group("month").lower()]
        part = m.group("part")
        rule = _month_part_window(part, 2000, month)[1]
        if m.group("year"):
            (first, last), rule = _month_part_window(part, int(m.group("year")), month)
            yield (m.start(), m.end(), first, last, rule)
        else:

            def part_window(y: int, mo: int = month, pa: str = part) -> _Window:
                return _month_part_window(pa, y, mo)[0]

            w = _first_window(part_window, ref)
            yield (m.start(), m.end(), w[0] if w else None, w[1] if w else None, rule)
    for m in _finditer(P.IN_MONTH, text):
        month = P.MONTHS[m.group("month").lower()]

        def month_window(y: int, mo: int = month) -> _Window:
            return dt.date(y, mo, 1), _last_day(y, mo)

        named = int(m.group("year")) if m.group("year") else _year_of(m.group("yspec"), ref)
        w = month_window(named) if named else _first_window(month_window, ref)
        pre = _norm(m.group("pre"))
        if pre in ("vanaf", "per", "met ingang van") or pre.startswith("vanaf "):
            # from that month on (also from a meeting named by its month: "Vanaf de Europese Raad van juni 2026")
            yield (m.start(), m.end(), w[0] if w else None, None, "vanaf-maand")
            continue
        yield (m.start(), m.end(), w[0] if w else None, w[1] if w else None, "maand")
    for m in _finditer(P.BEFORE_MONTH, text):
        month = P.MONTHS[m.group("month").lower()]

        def whole_month(y: int, mo: int = month) -> _Window:
            return dt.date(y, mo, 1), _last_day(y, mo)

        # (without a year: for "vóór juni", the first June still to begin; for "uiterlijk juni", the first not ended)
        w = (
            whole_month(int(m.group("year")))
            if m.group("year")
            else _first_window(whole_month, ref, after=not m.group("latest"))
        )
        if w is None:
            yield (m.start(), m.end(), None, None, "uiterlijk-maand" if m.group("latest") else "voor-maand")
            continue
        latest = w[1] if m.group("latest") else w[0] - _ONE_DAY
        earliest = ref if ref is not None and ref <= latest else None
        yield (m.start(), m.end(), earliest, latest, "uiterlijk-maand" if m.group("latest") else "voor-maand")
    for m in _finditer(P.QUARTER, text):
        yield _quarter_cand(m, _ORDINALS[m.group("ord").lower()], m.group("yspec"), ref)
    for m in _finditer(P.QUARTER_SHORT, text):
        yield _quarter_cand(m, int(m.group("q")), m.group("yspec"), ref)
    for m in _finditer(P.HALF_YEAR, text):
        half = 1 if m.group("ord").lower() == "eerste" else 2

        def half_window(y: int, h: int = half) -> _Window:
            return (dt.date(y, 1, 1), dt.date(y, 6, 30)) if h == 1 else (dt.date(y, 7, 1), dt.date(y, 12, 31))

        year = _year_of(m.group("yspec"), ref)
        if year is not None and P.REPORT_OVER_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            # "in de personeelsrapportage over het eerste halfjaar van 2027": the report appears in the half after
            year, half = (year, 2) if half == 1 else (year + 1, 1)
        w = half_window(year, half) if year is not None else _first_window(half_window, ref)
        yield (m.start(), m.end(), w[0] if w else None, w[1] if w else None, "jaarhelft")
    for m in _finditer(P.WITHIN, text):
        latest = _after_period(ref, _number(m.group("n")), m.group("unit")) if ref else None
        yield (m.start(), m.end(), ref, latest, "binnen-termijn")
    for m in _finditer(P.AFTER_PERIOD, text):
        # "over vijf jaar": the moment that period after the letter
        n, unit = (m.group("n"), m.group("unit")) if m.group("n") else (m.group("n2"), m.group("unit2"))
        moment = _after_period(ref, _number(n), unit) if ref else None
        yield (m.start(), m.end(), moment, moment, "over-termijn")
    for m in _finditer(P.COMING, text):
        unit = m.group("unit").lower()
        if m.group("n"):
            n = _number(m.group("n"))
        else:
            n, unit = {
                "dagen": (14, "dagen"),
                "weken": (8, "weken"),
                "jaren": (4, "jaar"),
                "jaar": (1, "jaar"),
            }.get(unit, (6, "maanden"))
        latest = _after_period(ref, n, unit) if ref else None
        yield (m.start(), m.end(), ref, latest, "komende-periode")
    for m in _finditer(P.THIS_OR_NEXT_PERIOD, text):
        unit, this = m.group("unit").lower(), m.group("which").lower() == "deze"
        if ref is None:
            yield (m.start(), m.end(), None, None, f"{'deze' if this else 'volgende'}-{unit}")
            continue
        if unit == "maand":
            first = ref if this else _add_months(ref.replace(day=1), 1)
            last = _last_day(first.year, first.month)
        else:
            monday = (
                ref - dt.timedelta(days=ref.weekday()) + (dt.timedelta(0) if this else dt.timedelta(days=7))
            )
            first, last = (ref if this else monday), monday + dt.timedelta(days=6)
        yield (m.start(), m.end(), first, last, f"{'deze' if this else 'volgende'}-{unit}")
    for m in _finditer(P.SOON, text):
        yield (m.start(), m.end(), ref, _add_months(ref, 3) if ref else None, "korte-termijn")
    for m in _finditer(P.ASAP, text):
        yield (m.start(), m.end(), ref, None, "zo-snel-mogelijk")
    for m in _finditer(P.DURING_YEAR, text):
        pre = _norm(m.group("pre"))
        year = _year_of(m.group("yspec"), ref)
        if year is None:
            yield (m.start(), m.end(), None, None, "jaar")
            continue
        starts = pre in ("vanaf", "per", "met ingang van")
        if (pre == "in" or starts) and m.group("yspec").isdigit() and ref is not None and year < ref.year:
            continue  # "In 2018 is ... opgesteld": a past year, not a time something will happen
        first, last = _year_window(year)
        if starts:  # "vanaf 2026": from that year on
            yield (m.start(), m.end(), first, None, "vanaf-jaar")
            continue
        if pre in ("nog", "later") and ref is not None and first <= ref <= last:
            first = ref
        elif pre == "eerder" and ref is not None and first <= ref <= last:
            last = ref
        yield (m.start(), m.end(), first, last, "jaar")
    for m in _finditer(P.BEFORE_YEAR, text):
        year = int(m.group("year"))
        latest = dt.date(year, 12, 31) if m.group("latest") else dt.date(year - 1, 12, 31)
        if ref is not None and latest < ref:
            continue  # "vóór 2020 gold …": a time past
        yield (m.start(), m.end(), ref, latest, "uiterlijk-jaar" if m.group("latest") else "voor-jaar")
    for m in _finditer(P.NEXT_ROUND, text):
        starts = _norm(m.group("pre")) in ("vanaf", "met ingang van")
        yield (m.start(), m.end(), ref, None, "vanaf-volgende" if starts else "volgende")
    for m in _finditer(P.NEXT_ELECTION, text):
        starts = _norm(m.group("pre")) in ("vanaf", "met ingang van", "na")
        yield (m.start(), m.end(), ref, None, "vanaf-volgende" if starts else "volgende")
    for m in _finditer(P.YEAR_RANGE, text):
        # "tussen 2028 en 2030": the span of the years (a span already past is no time to come)
        first_year = int(m.group("y1") or m.group("y3"))
        last_year = int(m.group("y2") or m.group("y4"))
        if last_year < first_year or (ref is not None and last_year < ref.year):
            continue
        if m.start() > 0 and text[m.start() - 1] in P.QUOTE_OPENERS:
            continue  # "… spreken we van ‘tussen 2030 en 2050’": the words mentioned, no time of an act
        yield (m.start(), m.end(), _year_window(first_year)[0], _year_window(last_year)[1], "jaren")
    for m in _finditer(P.ROUND_OF_YEAR, text):
        # "vanaf de subsidieronde van 2027": the round's year (when in it is not said); a report "over 2027"
        # covers that year and appears in the next ("vanaf het jaarbericht over 2027": from 2028)
        year = int(m.group("year")) + (1 if P.REPORT_OVER_YEAR.search(m.group(0)) else 0)
        yield _window_cand(m, _norm(m.group("pre")), _year_window(year), ref, "ronde")
    for m in _finditer(P.DOCUMENT_OF_MONTH, text):
        # "in de verzamelbrief energiemarkt van december 2026": within that month
        year, month = int(m.group("year")), P.MONTHS[m.group("month").lower()]
        window = (dt.date(year, month, 1), _last_day(year, month))
        if ref is not None and window[1] < ref:
            continue  # "in de brief van december 2025": an earlier letter, cited
        yield _window_cand(m, _norm(m.group("pre")), window, ref, "maand")
    for m in _finditer(P.BARE_RELATIVE_YEAR, text):
        if P.MONTH_OF_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            continue  # "sinds maart van dit jaar": a month, said without a deadline's preposition
        year = _year_of(m.group("yspec"), ref)
        w = _year_window(year) if year is not None else None
        yield (m.start(), m.end(), w[0] if w else None, w[1] if w else None, "jaar")
    yield from _dated_deadlines(text, ref)


def _quarter_cand(m: re.Match[str], quarter: int, yspec: str | None, ref: dt.date | None) -> _Cand:
    def quarter_window(y: int) -> _Window:
        first = dt.date(y, 3 * quarter - 2, 1)
        return first, _last_day(y, 3 * quarter)

    year = _year_of(yspec, ref)
    w = quarter_window(year) if year is not None else _first_window(quarter_window, ref)
    return (m.start(), m.end(), w[0] if w else None, w[1] if w else None, "kwartaal")


def _dated_deadlines(text: str, ref: dt.date | None) -> Iterable[_Cand]:
    """Deadlines built on a date: "vóór 1 juli 2024", "uiterlijk 1 maart", "per 1 januari"."""
    for d in find_dates(text, ref):
        # "voor de hoorzitting van 22 januari 2016", "vóór het commissiedebat op 3 maart": before the meeting held that day
        prep_m = P.BEFORE_MEETING_OF_DATE.search(text, max(0, d.start - 100), d.start)
        if prep_m is None or prep_m.end() != d.start:
            prep_m = P.DATE_PREP.search(text, max(0, d.start - 40), d.start)
        if prep_m is None or prep_m.end() != d.start:
            continue
        value = d.value
        dm = P.TEXT_DATE.fullmatch(d.text)
        if dm is not None and not dm.group("year") and not dm.group("rel") and ref is not None:
            # "uiterlijk 1 maart": the next such day on or after the letter's date.
            month = _month_number(dm.group("month"))
            value, _ = _resolve_day_month(int(dm.group("day")), month or 1, "a.s.", ref)
        if value is None:
            continue
        prep = _norm(prep_m.group("prep"))
        start = prep_m.start()
        if prep == "op":
            # the day an act is set for ("wordt op 1 maart 2026 opengesteld"), not a reference day of a state
            scheduled = (
                P.SCHEDULED_ON.search(text, max(0, start - 60), start) is not None
                or P.SCHEDULED_ON_AFTER.match(text, d.end) is not None
            )
            if scheduled and ref is not None and value > ref:
                yield (start, d.end, value, value, "op-datum")
            continue
        if prep in ("voor", "vóór") or prep == "tot":
            latest = value - _ONE_DAY
            earliest = ref if ref is not None and ref <= latest else None
            yield (start, d.end, earliest, latest, "voor-datum")
        elif prep in ("per", "met ingang van"):
            yield (start, d.end, value, value, "per-datum")
        elif prep == "vanaf":
            yield (start, d.end, value, None, "vanaf-datum")
        elif prep == "na":
            yield (start, d.end, value + _ONE_DAY, None, "na-datum")
        else:  # uiterlijk (op/per), niet later dan, ten laatste (op), tot en met, t/m
            earliest = ref if ref is not None and ref <= value else None
            yield (start, d.end, earliest, value, "uiterlijk-datum")


def find_deadlines(text: str, reference: dt.date | None = None) -> list[Deadline]:
    """Find time expressions that name a window ("voor de zomer", "Q1 2026") in reading order.

    Each becomes a `Deadline` with ``earliest``/``latest`` (inclusive; either may be None)
    and ``rule`` naming how it was resolved ("zomerreces", "kwartaal", "binnen-termijn", ...).
    Relative expressions resolve against `reference` (the letter's date); without it their
    dates are None unless the text itself names a year. Where expressions overlap, the
    longest wins ("begin volgend jaar" over "volgend jaar"). Two windows joined by "/", "of" or
    "à" ("eind maart/begin april") become one, its rule the two rules joined by "/"
    ("eind-maand/begin-maand"). Catalogue: docs/deadlines.md.
    """
    return list(_deadlines(text, reference))


@lru_cache(maxsize=4)
def _deadlines(text: str, reference: dt.date | None) -> tuple[Deadline, ...]:
    # Cached per text (the deadlines are frozen): `extract` asks for the deadlines of a letter
    # and `find_commitments` again, to give each commitment its deadline.
    cands = list(_candidates(text, reference))
    keep = _non_overlapping([(c[0], c[1], i) for i, c in enumerate(cands)])
    out: list[Deadline] = []
    for i in keep:
        start, end, earliest, latest, rule = cands[i]
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.earliest is not None
            and prev.latest is not None
            and earliest is not None
            and latest is not None
            and prev.earliest <= latest
            and P.DEADLINE_ALTERNATIVE.fullmatch(text, prev.end, start)
        ):
            # "eind maart/begin april": one window from the first's start to the second's end.
            out[-1] = Deadline(
                text=text[prev.start : end],
                start=prev.start,
                end=end,
                earliest=min(prev.earliest, earliest),
                latest=max(prev.latest, latest),
                rule=f"{prev.rule}/{rule}",
            )
            continue
        out.append(
            Deadline(text=text[start:end], start=start, end=end, earliest=earliest, latest=latest, rule=rule)
        )
    return tuple(out)
