"""Small value normalizers shared by the structure rooms and the XML/HTML readers."""

from __future__ import annotations

import datetime as dt

from kamerstuk.patterns import structure as P


def parse_dutch_date(text: str) -> dt.date | None:
    """Parse the first "1 april 2022"-style date in `text`, or return None.

    >>> parse_dutch_date("Den Haag, 1 april 2022")
    datetime.date(2022, 4, 1)
    """
    for m in P.DUTCH_DATE.finditer(text):
        month = P.MONTHS.get(m.group(2).lower().rstrip("."))
        if month is None:
            continue
        try:
            return dt.date(int(m.group(3)), month, int(m.group(1)))
        except ValueError:
            continue
    return None


def office_case(upper: str) -> str:
    """Title-case an office name printed in capitals.

    >>> office_case("STAATSSECRETARIS VAN JUSTITIE EN VEILIGHEID")
    'Staatssecretaris van Justitie en Veiligheid'
    """
    words = upper.split()
    out = []
    for i, word in enumerate(words):
        lower = word.lower()
        if i > 0 and lower in P.LOWERCASE_WORDS:
            out.append(lower)
        else:
            out.append("-".join(part[:1].upper() + part[1:] for part in lower.split("-")))
    return " ".join(out)


def dossier_number(digits: str, suffix: str | None) -> str:
    """Normalize a dossier number: "36 410", "VIII" -> "36410-VIII"."""
    number = digits.replace(" ", "")
    return f"{number}-{suffix}" if suffix else number
