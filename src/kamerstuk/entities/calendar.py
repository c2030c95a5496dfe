"""The parliamentary calendar of the Tweede Kamer: recesses and Prinsjesdag.

A recess is returned as ``(first_day, last_day)``, both inclusive: the Kamer's own schedule
writes "vrijdag 1 juli t/m maandag 29 augustus 2022", and the Kamer meets again on the Tuesday
after `last_day`. The recess is named after the calendar year in which it *starts*: the
kerstreces of 2022 runs from 23 December 2022 to 9 January 2023.

Dates come from `RECESS_TABLE` where a year is listed and from `RULES` (documented below)
otherwise. `recess_source()` says which of the two produced a given recess.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

__all__ = [
    "RECESS_NAMES",
    "RECESS_TABLE",
    "prinsjesdag",
    "recess",
    "recess_by_rule",
    "recess_source",
    "recesses_in",
]

#: Canonical recess names, in calendar order within a year.
RECESS_NAMES: tuple[str, ...] = ("voorjaarsreces", "meireces", "zomerreces", "herfstreces", "kerstreces")

#: Other names for the same recesses, as written in letters.
_ALIASES: dict[str, str] = {
    "krokusreces": "voorjaarsreces",
    "voorjaar": "voorjaarsreces",
    "krokus": "voorjaarsreces",
    "mei": "meireces",
    "paasreces": "meireces",
    "zomer": "zomerreces",
    "herfst": "herfstreces",
    "kerst": "kerstreces",
    "kerstmis": "kerstreces",
}

_D = dt.date

#: Known recess dates of the Tweede Kamer, ``{year: {name: (first, last)}}``, inclusive.
#:
#: Sources: 2022 zomerreces (1 July – 29 August) and kerstreces (23 December 2022 – 9 January
#: 2023) are the Kamer's published dates. The other rows are the dates as best known from
#: the Kamer's published recess schedules (tweedekamer.nl, "Recesdata"), written down from
#: memory without network access: they agree with `RULES` to within a week and should be
#: checked against the official schedule before anyone relies on a single day. Years and
#: recesses missing here (2015 except its summer and Christmas recesses, 2026, 2027) follow
#: `RULES`; `recess_source()` reports which applies.
RECESS_TABLE: dict[int, dict[str, tuple[dt.date, dt.date]]] = {
    2015: {  # best known; other 2015 recesses follow the rule
        "zomerreces": (_D(2015, 7, 3), _D(2015, 8, 31)),
        "kerstreces": (_D(2015, 12, 18), _D(2016, 1, 11)),
    },
    2016: {  # best known from the published schedule
        "voorjaarsreces": (_D(2016, 2, 19), _D(2016, 2, 29)),
        "meireces": (_D(2016, 4, 29), _D(2016, 5, 16)),
        "zomerreces": (_D(2016, 7, 8), _D(2016, 9, 5)),
        "herfstreces": (_D(2016, 10, 14), _D(2016, 10, 24)),
        "kerstreces": (_D(2016, 12, 23), _D(2017, 1, 16)),
    },
    2017: {  # best known from the published schedule
        "voorjaarsreces": (_D(2017, 2, 17), _D(2017, 2, 27)),
        "meireces": (_D(2017, 4, 28), _D(2017, 5, 15)),
        "zomerreces": (_D(2017, 7, 7), _D(2017, 9, 4)),
        "herfstreces": (_D(2017, 10, 13), _D(2017, 10, 23)),
        "kerstreces": (_D(2017, 12, 22), _D(2018, 1, 15)),
    },
    2018: {  # best known from the published schedule
        "voorjaarsreces": (_D(2018, 2, 16), _D(2018, 2, 26)),
        "meireces": (_D(2018, 4, 27), _D(2018, 5, 14)),
        "zomerreces": (_D(2018, 7, 6), _D(2018, 9, 3)),
        "herfstreces": (_D(2018, 10, 12), _D(2018, 10, 22)),
        "kerstreces": (_D(2018, 12, 21), _D(2019, 1, 14)),
    },
    2019: {  # best known from the published schedule
        "voorjaarsreces": (_D(2019, 2, 15), _D(2019, 2, 25)),
        "meireces": (_D(2019, 4, 26), _D(2019, 5, 13)),
        "zomerreces": (_D(2019, 7, 5), _D(2019, 9, 2)),
        "herfstreces": (_D(2019, 10, 11), _D(2019, 10, 21)),
        "kerstreces": (_D(2019, 12, 20), _D(2020, 1, 13)),
    },
    2020: {  # best known from the published schedule
        "voorjaarsreces": (_D(2020, 2, 21), _D(2020, 3, 2)),
        "meireces": (_D(2020, 4, 24), _D(2020, 5, 11)),
        "zomerreces": (_D(2020, 7, 3), _D(2020, 8, 31)),
        "herfstreces": (_D(2020, 10, 9), _D(2020, 10, 19)),
        "kerstreces": (_D(2020, 12, 18), _D(2021, 1, 11)),
    },
    2021: {  # best known from the published schedule
        "voorjaarsreces": (_D(2021, 2, 19), _D(2021, 3, 1)),
        "meireces": (_D(2021, 4, 23), _D(2021, 5, 10)),
        "zomerreces": (_D(2021, 7, 9), _D(2021, 9, 6)),
        "herfstreces": (_D(2021, 10, 15), _D(2021, 10, 25)),
        "kerstreces": (_D(2021, 12, 17), _D(2022, 1, 10)),
    },
    2022: {  # zomer- and kerstreces: published dates; others best known
        "voorjaarsreces": (_D(2022, 2, 18), _D(2022, 2, 28)),
        "meireces": (_D(2022, 4, 22), _D(2022, 5, 9)),
        "zomerreces": (_D(2022, 7, 1), _D(2022, 8, 29)),
        "herfstreces": (_D(2022, 10, 14), _D(2022, 10, 24)),
        "kerstreces": (_D(2022, 12, 23), _D(2023, 1, 9)),
    },
    2023: {  # best known from the published schedule
        "voorjaarsreces": (_D(2023, 2, 17), _D(2023, 2, 27)),
        "meireces": (_D(2023, 4, 28), _D(2023, 5, 15)),
        "zomerreces": (_D(2023, 7, 7), _D(2023, 9, 4)),
        "herfstreces": (_D(2023, 10, 13), _D(2023, 10, 23)),
        "kerstreces": (_D(2023, 12, 22), _D(2024, 1, 15)),
    },
    2024: {  # best known from the published schedule
        "voorjaarsreces": (_D(2024, 2, 16), _D(2024, 2, 26)),
        "meireces": (_D(2024, 4, 26), _D(2024, 5, 13)),
        "zomerreces": (_D(2024, 7, 5), _D(2024, 9, 2)),
        "herfstreces": (_D(2024, 10, 18), _D(2024, 10, 28)),
        "kerstreces": (_D(2024, 12, 20), _D(2025, 1, 13)),
    },
    2025: {  # best known from the published schedule
        "voorjaarsreces": (_D(2025, 2, 14), _D(2025, 2, 24)),
        "meireces": (_D(2025, 4, 25), _D(2025, 5, 12)),
        "zomerreces": (_D(2025, 7, 4), _D(2025, 9, 1)),
        "herfstreces": (_D(2025, 10, 17), _D(2025, 10, 27)),
        "kerstreces": (_D(2025, 12, 19), _D(2026, 1, 12)),
    },
    # 2026 and 2027: not known here; every recess follows RULES.
}

_FRIDAY = 4


def _last_weekday_on_or_before(day: dt.date, weekday: int) -> dt.date:
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def _first_weekday_on_or_after(day: dt.date, weekday: int) -> dt.date:
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7)


def _voorjaarsreces(year: int) -> tuple[dt.date, dt.date]:
    # Rule: Friday of ISO week 7 up to and including the Monday ten days later (week 9).
    start = dt.date.fromisocalendar(year, 7, 5)
    return start, start + dt.timedelta(days=10)


def _meireces(year: int) -> tuple[dt.date, dt.date]:
    # Rule: the last Friday on or before 28 April (the Friday around Koningsdag) up to and
    # including the Monday 17 days later (around the middle of May).
    start = _last_weekday_on_or_before(dt.date(year, 4, 28), _FRIDAY)
    return start, start + dt.timedelta(days=17)


def _zomerreces(year: int) -> tuple[dt.date, dt.date]:
    # Rule: the first Friday of July up to and including the Monday eight weeks and three days
    # later (end of August / first Monday of September). 2022: 1 July – 29 August.
    start = _first_weekday_on_or_after(dt.date(year, 7, 1), _FRIDAY)
    return start, start + dt.timedelta(days=59)


def _herfstreces(year: int) -> tuple[dt.date, dt.date]:
    # Rule: Friday of ISO week 41 up to and including the Monday ten days later. (The real
    # herfstreces follows the school holidays and is sometimes a week later.)
    start = dt.date.fromisocalendar(year, 41, 5)
    return start, start + dt.timedelta(days=10)


def _kerstreces(year: int) -> tuple[dt.date, dt.date]:
    # Rule: the last Friday on or before 23 December up to and including the first Monday on
    # or after 9 January of the next year. 2022: 23 December – 9 January 2023.
    start = _last_weekday_on_or_before(dt.date(year, 12, 23), _FRIDAY)
    return start, _first_weekday_on_or_after(dt.date(year + 1, 1, 9), 0)


#: The rule used for a year (or recess) that `RECESS_TABLE` does not list.
RULES: dict[str, Callable[[int], tuple[dt.date, dt.date]]] = {
    "voorjaarsreces": _voorjaarsreces,
    "meireces": _meireces,
    "zomerreces": _zomerreces,
    "herfstreces": _herfstreces,
    "kerstreces": _kerstreces,
}


def _canonical(name: str) -> str:
    key = name.strip().lower()
    key = _ALIASES.get(key, key)
    if key not in RULES:
        raise KeyError(f"unknown recess: {name!r} (known: {', '.join(RECESS_NAMES)})")
    return key


def recess_by_rule(name: str, year: int) -> tuple[dt.date, dt.date]:
    """The recess `name` starting in `year` as computed by the documented rule (no table)."""
    return RULES[_canonical(name)](year)


def recess(name: str, year: int) -> tuple[dt.date, dt.date]:
    """First and last day (inclusive) of recess `name` that starts in calendar year `year`.

    `name` is one of `RECESS_NAMES` or an alias ("krokusreces", "zomer", "kerst", ...).
    Uses `RECESS_TABLE` where the year is listed, else the rule. Raises KeyError for an
    unknown name.

    >>> recess("zomerreces", 2022)
    (datetime.date(2022, 7, 1), datetime.date(2022, 8, 29))
    """
    key = _canonical(name)
    known = RECESS_TABLE.get(year, {}).get(key)
    return known if known is not None else RULES[key](year)


def recess_source(name: str, year: int) -> str:
    """``"table"`` if `recess(name, year)` comes from `RECESS_TABLE`, else ``"rule"``."""
    return "table" if _canonical(name) in RECESS_TABLE.get(year, {}) else "rule"


def recesses_in(year: int) -> list[tuple[str, dt.date, dt.date]]:
    """All five recesses starting in `year`, as ``(name, first, last)`` in calendar order."""
    return [(name, *recess(name, year)) for name in RECESS_NAMES]


def prinsjesdag(year: int) -> dt.date:
    """Prinsjesdag: the third Tuesday of September (Grondwet art. 65, Wet Prinsjesdag).

    >>> prinsjesdag(2022)
    datetime.date(2022, 9, 20)
    """
    first_tuesday = _first_weekday_on_or_after(dt.date(year, 9, 1), 1)
    return first_tuesday + dt.timedelta(days=14)
