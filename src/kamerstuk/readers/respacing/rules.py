"""The respacing rules on numbers and kenmerken, each a function of a `_Line` and a position.

Postcodes, telephone numbers, the day and year of a date, the number after "Postbus" and in
"Pagina 1 2 van 3 2", a number cut before its separator; a kenmerk ("I E NW/BSK-…") and the
value line under "Ons kenmerk". Each returns the index after what it joined, or None.
"""

from __future__ import annotations

from kamerstuk.patterns import glyphs as G
from kamerstuk.readers.respacing.evidence import _digits
from kamerstuk.readers.respacing.line import _Line

# --- rules on numbers ------------------------------------------------------------------------------


def _digit_run(line: _Line, start: int, max_digits: int) -> tuple[str, int]:
    """Adjacent digit tokens from `start` while the total stays within `max_digits`."""
    tokens, gaps, n = line.tokens, line.gaps, line.n
    digits = tokens[start]
    if not _digits(digits) or len(digits) > max_digits:
        return "", start
    index = start + 1
    while (
        index < n
        and gaps[index] == 1
        and len(digits) + len(tokens[index]) <= max_digits
        and _digits(tokens[index])
    ):
        digits += tokens[index]
        index += 1
    return digits, index


def _postcode(line: _Line, k: int, previous: str) -> int | None:
    """ "2 5 15 XP" -> "2515 XP", "2 5 00 E X Den Haag" -> "2500 EX Den Haag"."""
    digits, j = _digit_run(line, k, 4)
    if not G.POSTCODE_DIGITS.fullmatch(digits):
        return None
    letters = ""
    m = j
    while m < line.n and line.adjacent(m) and G.CAPS_FRAGMENT.fullmatch(line.tokens[m]):
        if len(letters) + len(line.tokens[m]) > 2:
            break
        letters += line.tokens[m]
        m += 1
    if m - k <= 2 or not G.POSTCODE_LETTERS.fullmatch(letters):
        return None  # nothing to join ("2500 EA") or no postcode
    if (
        m < line.n
        and line.adjacent(m)
        and not (line.tokens[m][0].isupper() or line.tokens[m][0] in G.ELISION_MARKS)
    ):
        return None  # a postcode is followed by a place name or the end of the line
    thousands = j - k == 2 and len(line.tokens[k + 1]) == 3 and m - j == 1
    if thousands and k > 0 and not _digits(previous) and previous not in G.POSTCODE_OPENERS:
        return None  # "ca. 5 000 MW" is a number, not a postcode
    line.join(k, j)
    line.join(j, m)
    return m


def _phone(line: _Line, k: int, previous: str) -> int | None:
    """ "0 7 0-456 0000" -> "070-456 0000"; after "T": "0 7 0 456 0000" -> "070 456 0000"."""
    if not line.tokens[k].startswith("0"):
        return None
    digits, j = _digit_run(line, k, 4)
    if j < line.n and line.adjacent(j) and G.PHONE_HYPHEN_TOKEN.fullmatch(line.tokens[j]):
        joined = digits + line.tokens[j]
        # at least six digits up to the first space: "070-456", "06-12345678"; not "0 5-10"
        if G.PHONE_JOINED.fullmatch(joined) and sum(c.isdigit() for c in joined) >= G.PHONE_MIN_DIGITS:
            line.join(k, j + 1)
            return j + 1
        return None
    if previous in G.PHONE_LABELS and j - k >= 2 and all(len(t) == 1 for t in line.tokens[k:j]):
        line.join(k, j)
        return j
    return None


def _number_tail(line: _Line, k: int) -> int | None:
    """ "3 .000" -> "3.000", "2 ,5" -> "2,5": no number has a space before its separator."""
    if line.adjacent(k + 1) and G.NUMBER_TAIL.fullmatch(line.tokens[k + 1]):
        line.join(k, k + 2)
        return k + 2
    return None


def _day(line: _Line, k: int) -> int | None:
    """ "2 2 december 2022" -> "22 december 2022"."""
    if len(line.tokens[k]) != 1 or not line.adjacent(k + 1) or not line.adjacent(k + 2):
        return None
    second, month = line.tokens[k + 1], line.tokens[k + 2]
    if (
        len(second) == 1
        and _digits(second)
        and month.rstrip(".").lower() in G.MONTH_WORDS
        and G.DAY.fullmatch(line.tokens[k] + second)
    ):
        line.join(k, k + 2)
        return k + 2
    return None


def _year(line: _Line, k: int, previous: str) -> int | None:
    """ "december 20 22" -> "december 2022" (never "2022 2" -> "20222": stops at four digits)."""
    if previous.rstrip(".").lower() not in G.MONTH_WORDS or len(line.tokens[k]) >= 4:
        return None
    digits = ""
    index = k
    while index < line.n and (index == k or line.adjacent(index)) and len(digits) < 4:
        token = line.tokens[index]
        core = token.rstrip(G.TRAILING_PUNCT)
        if not _digits(core) or (core != token and len(digits) + len(core) != 4):
            return None
        digits += core
        index += 1
    if index - k >= 2 and G.YEAR.fullmatch(digits):
        line.join(k, index)
        return index
    return None


def _after_label(line: _Line, k: int, previous: str, first: str) -> int | None:
    """The number after "Postbus" and in "Pagina 1 2 van 3 2"."""
    if previous in G.POSTBUS_WORDS:
        _, j = _digit_run(line, k, G.POSTBUS_MAX_DIGITS)
        # stop before a postcode: "Postbus 9 2500 EA" is not Postbus 92500
        while (
            j - k >= 2
            and len(line.tokens[j - 1]) == 4
            and j < line.n
            and G.CAPS_FRAGMENT.fullmatch(line.tokens[j])
        ):
            j -= 1
        if j - k >= 2:
            line.join(k, j)
            return j
        return None
    if first in G.PAGINA_WORDS and (previous in G.PAGINA_WORDS or previous in G.PAGINA_VAN):
        _, j = _digit_run(line, k, 4)
        if previous in G.PAGINA_VAN:
            complete = j == line.n
        else:
            complete = j < line.n and line.adjacent(j) and line.tokens[j] in G.PAGINA_VAN
        if complete and j - k >= 2:
            line.join(k, j)
            return j
    return None


# --- rules on letters ------------------------------------------------------------------------------


def _kenmerk(line: _Line, k: int) -> int | None:
    """ "I E NW/BSK-2022/268034" -> "IENW/BSK-2022/268034"."""
    j = k
    single = False
    tokens, gaps = line.tokens, line.gaps
    limit = min(line.n, k + G.MAX_KENMERK_PIECES)
    while j < limit and (j == k or gaps[j] == 1) and G.CAPS_FRAGMENT.fullmatch(tokens[j]):
        if len(tokens[j]) == 2 and tokens[j].lower() in G.DUTCH_WORDS:
            return None  # "EN", "DE", "IN": capitals of a heading, not a kenmerk
        single = single or len(tokens[j]) == 1
        j += 1
    if single and j < line.n and line.adjacent(j) and G.KENMERK_TAIL.fullmatch(line.tokens[j]):
        line.join(k, j + 1)
        return j + 1
    return None


def _kenmerk_value_line(line: _Line) -> bool:
    """The line under "Ons kenmerk": "2 022-0000123456" -> "2022-0000123456"."""
    tokens = line.tokens
    if line.n < 2 or not all(G.KENMERK_VALUE_TOKEN.fullmatch(token) for token in tokens):
        return False
    if not any(len(token) == 1 and token.isalnum() for token in tokens):
        return False
    if not any(c.isdigit() for c in "".join(tokens)):
        return False
    start = 0
    for index in range(1, line.n + 1):
        if index == line.n or not line.adjacent(index):
            line.join(start, index)
            start = index
    return True
