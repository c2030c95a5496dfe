"""The report a letter responds to, and the numbered recommendations inside such a report.

`find_report` reads a letter's text for the report it answers (title, organisations, date).
`parse_report_text` / `parse_report` read the report itself (plain text, Markdown or PDF) and
return its numbered recommendations. Pure functions over text; no spaCy.

Organisation names are returned without their article and in their short form when the text
introduces one with "(hierna: X)": "het Centrum … (hierna: CKM)" gives "CKM". A name of the
form "<long description> van <Name>" ("het Expertisecentrum … van Lumens") gives "<Name>".
"""

from __future__ import annotations

import bisect
import datetime as dt
import os
import re
from functools import lru_cache
from pathlib import Path

from kamerstuk.entities.scan import finditer_in_lines
from kamerstuk.entities.sentences import NOT_A_NAME_AFTER_INITIAL, quote_ends_sentence
from kamerstuk.errors import EmptyDocumentError, SourceError
from kamerstuk.models import Recommendation, Report
from kamerstuk.patterns import recommendations as pat

__all__ = ["find_report", "parse_report", "parse_report_text"]

# --------------------------------------------------------------------------------------------
# Small text helpers shared with kamerstuk.entities.recommendations
# --------------------------------------------------------------------------------------------

# (or a closing quotation mark without a full stop, when `quote_ends_sentence` says so: "«Stel een norm op» Ook …")
_BOUNDARY = re.compile(r"[.!?][\"»”’)]*(?=\s)|:[ \t]*(?=\n)|(?<![.!?])[»”](?=[ \t])")
_BLOCK_BREAK = re.compile(r"\n[ \t]*\n")
_TOKEN = re.compile(r"\([\w-]+\)[\w'’-]+|[\w'’-]+(?:\.[\w]+)*|&|,|\(")
_LIST_CLOSE = re.compile(r"\s\d{1,2}\)\.$")  # " 1)." right before a sentence end
# Compiled once (not per boundary through the `re` cache): the word before a full stop ("nr"
# in "nr."), a lone letter, a list number "1." (alone or after a space).
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_ONE_LETTER = re.compile(r"[a-z]")
#: Initials before a surname: "prof. dr. E.M. Hoogerwerf" (the word before the last dot is "e.m"; round 50).
_INITIALS = re.compile(r"(?:[a-z]\.){1,3}[a-z]")
_SHORT_NUMBER = re.compile(r"\d{1,2}")
_NEXT_WORD = re.compile(r"[ \t]*([A-Z]\w*)")
_NUMBER_BEFORE = re.compile(r"(?:^|\s)\d{1,2}$")
#: A number that ends a sentence, after a word that takes an amount or a section: "van 22 naar 10. Daarnaast …",
#: "in artikel 10. Ook …" (a list marker "10." follows a line start, a colon or a sentence end).
_QUANTITY_BEFORE = re.compile(
    # (and "op"/"per"/"boven"/"onder"/"bij": "het aantal vergunningen te bevriezen op 40. Daarnaast …"; round 49)
    r"\b(?:naar|van|tot|dan|met|op|per|boven|onder|bij|circa|ongeveer|ruim|bijna|maximaal|minimaal|hooguit|slechts|artikel|hoofdstuk"
    # (and a level, grade or scale with its number: "een opleiding tot schoolconciërge op mbo-niveau 3. Ten slotte …";
    # round 67)
    r"|paragraaf|bijlage|pagina|niveau|fase|groep|klas|leerjaar|schaal|categorie|trede|zone)\s+\d{1,2}$",
    re.IGNORECASE,
)


def _is_boundary(text: str, m: re.Match[str]) -> bool:
    """Whether the punctuation match `m` ends a sentence (not an abbreviation or list marker)."""
    if m.group().startswith(":"):
        return True
    if m.group() in ("»", "”"):
        return quote_ends_sentence(text, m.start())
    before = text[max(0, m.start() - 12) : m.start()]
    word = _WORD_BEFORE.search(before)
    if word is not None and m.group().startswith("."):
        w = word.group(1).lower()
        if w in pat.ABBREVIATIONS:
            return False
        if (_ONE_LETTER.fullmatch(w) or _INITIALS.fullmatch(w)) and not before[:-1].endswith(("'", "’")):
            # (not the plural after an apostrophe: "in droge regio's. Ten slotte …")
            # an initial ("A. Jansen"), unless a word that is never a name follows ("diploma A. Daarnaast …")
            follows = _NEXT_WORD.match(text, m.end())
            return (
                word.group(1).isupper()
                and follows is not None
                and follows.group(1).lower() in NOT_A_NAME_AFTER_INITIAL
            )
        if (
            _SHORT_NUMBER.fullmatch(w)
            and _NUMBER_BEFORE.search(before)
            and not _QUANTITY_BEFORE.search(text, max(0, m.start() - 24), m.start())
        ):
            return False  # "1. " list marker, or "17. " in a date-less enumeration
    # Only the last five characters can hold " 1)." (searching all text before the match made
    # the splitter quadratic).
    if text[max(0, m.start() - 3) : m.end()].endswith(").") and _LIST_CLOSE.search(
        text, max(0, m.end() - 5), m.end()
    ):
        return False  # "1). proactieve benadering"
    k = m.end()
    while k < len(text) and text[k] in " \t":
        k += 1
    if k == len(text) or text[k] == "\n":
        return True
    return text[k].isupper() or text[k] in "«“\"‘('*#0123456789"


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Split `text` into sentence spans (start, end), never across a blank line.

    A colon at the end of a line ends a sentence too (list leads). Spans are stripped.
    """
    return list(_sentence_spans(text))


@lru_cache(maxsize=4)
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    # Cached: `find_recommendations` splits the letter twice (once for the report it names)
    # and `find_report` once more.
    spans: list[tuple[int, int]] = []
    block_start = 0
    breaks = [*(m.start() for m in _BLOCK_BREAK.finditer(text)), len(text)]
    for block_end in breaks:
        pos = block_start
        for m in _BOUNDARY.finditer(text, block_start, block_end):
            if _is_boundary(text, m):
                _push(text, spans, pos, m.end())
                pos = m.end()
        _push(text, spans, pos, block_end)
        block_start = block_end
    return tuple(spans)


def _push(text: str, spans: list[tuple[int, int]], start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


#: A capitalised adjective opening a name that "en" continues: "Sociaal en Cultureel Planbureau", "Economisch
#: en Financieel …" (a one-word name before "en" is otherwise a name of its own: "het CKM en Lumens").
_ADJECTIVE_NAME_WORD = re.compile(r"(?:aal|eel|isch|ieel|lijk)$")


def _is_cap(token: str) -> bool:
    core = re.sub(r"^\([\w-]+\)", "", token)
    return bool(core) and core[0].isupper()


def _is_office(token: str) -> bool:
    return token.lower() in {
        "minister",
        "staatssecretaris",
        "ministerie",
        "kabinet",
        "regering",
        "minister-president",
    }


def read_names(s: str, pos: int = 0, *, allow_nouns: bool = True) -> tuple[list[str], int]:
    """Read a coordinated noun phrase of organisation names starting at `pos` in `s`.

    Returns the raw names (article kept) and the offset just after the phrase. "het CKM en
    Lumens" gives ["het CKM", "Lumens"]; "de Inspectie Justitie en Veiligheid" stays one name
    ("en" splits only after a one-word name or before an article). An "(hierna: X)" right
    after a name is kept with it.
    """
    toks = _Tokens(s, pos)  # read lazily: a call costs the tokens it reads, not the rest of `s`
    names: list[str] = []
    end = pos
    i = 0
    while toks.has(i):
        start_i = i
        article = toks[i].group().lower() in {"de", "het"}
        if article:
            i += 1
        if not toks.has(i):
            break
        head = toks[i].group()
        if _is_office(head):
            break
        if (_is_cap(head) and not _never_a_name(head)) or (
            allow_nouns and article and head.lower() in pat.RECOMMENDER_NOUNS | pat.REPORT_NOUNS
        ):
            pass
        elif allow_nouns and not article and not names and head.lower() in pat.PRONOUNS:
            names.append(head)
            end = toks[i].end()
            break
        else:
            break
        words = [head]
        i += 1
        while toks.has(i):
            t = toks[i].group()
            if s[toks[i - 1].end() : toks[i].start()].strip():
                break  # punctuation ends the name: "de ombudsman: «Zorg dat …»" (not "de ombudsman Zorg")
            if _is_cap(t) and not _is_office(t) and not _never_a_name(t) and _is_cap(words[0]):
                # (a generic head takes no name after it: "de ombudsman UWV" is the ombudsman and his addressee)
                words.append(t)
                i += 1
                continue
            if t.lower() in pat.RECOMMENDER_NOUNS and _is_cap(words[-1]):
                words.append(t)  # "de Nationale ombudsman"
                i += 1
                break
            if t in pat.NAME_CONNECTORS and toks.has(i + 1):
                nxt = toks[i + 1].group()
                j = i + 1
                if nxt.lower() in {"de", "het"} and t != "en" and toks.has(j + 1):
                    j += 1
                    nxt = toks[j].group()
                if not _is_cap(nxt) or _is_office(nxt):
                    break
                if t == "en" and (
                    (len(words) == 1 and not _ADJECTIVE_NAME_WORD.search(words[0]))
                    or toks[i + 1].group().lower() in {"de", "het"}
                ):
                    break  # coordination of two names (not "Sociaal en Cultureel Planbureau": adjectives)
                if t in {"de", "het"}:
                    break
                words.extend(toks[k].group() for k in range(i, j + 1))
                i = j + 1
                continue
            break
        if (
            len(words) == 1
            and head.endswith("e")
            and toks.has(i)
            and toks[i].group()[:1].islower()
            and toks[i].group() in pat.TITLE_NOUNS
        ):
            break  # "de Tijdelijke regeling versterking griffies": an adjective of a title, no body
        name_end = toks[i - 1].end()
        hm = pat.HIERNA.match(s, _skip_ws(s, name_end))
        if hm is not None:
            name_end = hm.end()
            while toks.has(i) and toks[i].start() < name_end:
                i += 1
        names.append(s[toks[start_i].start() : name_end])
        end = name_end
        if toks.has(i) and toks[i].group() in {",", "en"}:
            i += 1
            continue
        break
    return names, end


class _Tokens:
    """The `_TOKEN` matches of `s` from `pos`, read from the regex only as far as they are used."""

    __slots__ = ("_it", "_seen")

    def __init__(self, s: str, pos: int) -> None:
        self._it = _TOKEN.finditer(s, pos)
        self._seen: list[re.Match[str]] = []

    def has(self, i: int) -> bool:
        while len(self._seen) <= i:
            m = next(self._it, None)
            if m is None:
                return False
            self._seen.append(m)
        return True

    def __getitem__(self, i: int) -> re.Match[str]:
        if not self.has(i):
            raise IndexError(i)
        return self._seen[i]


def _skip_ws(s: str, pos: int) -> int:
    while pos < len(s) and s[pos] in " \t":
        pos += 1
    return pos


def collect_aliases(text: str) -> dict[str, str]:
    """Map long organisation names to the short forms the text introduces with "(hierna: X)"."""
    return dict(_aliases(text))


@lru_cache(maxsize=4)
def _aliases(text: str) -> tuple[tuple[str, str], ...]:
    # Cached: `find_report` and `find_recommendations` both read the aliases of the letter.
    aliases: dict[str, str] = {}
    for m in pat.HIERNA.finditer(text):
        short = pat.ARTICLE.sub("", m.group("short").strip())
        if not short or not _is_cap(short):
            continue  # "(hierna: het rapport)"
        if short.lower() in pat.RECOMMENDER_NOUNS or short.lower() == "afdeling":
            # "de Onderzoeksraad voor Veiligheid (hierna: de Raad)": a generic noun with a capital names the body by its
            # head, the full name stays (round 47)
            continue
        before = text[max(0, m.start() - 160) : m.start()].rstrip()
        # the name directly before the bracket: scan capitalised words backwards
        toks = list(_TOKEN.finditer(before))
        k = len(toks) - 1
        while k >= 0:
            t = toks[k].group()
            if _is_cap(t) or (t in pat.NAME_CONNECTORS and t not in {"de", "het"} and k > 0):
                k -= 1
                continue
            break
        while k + 1 < len(toks) and not _is_cap(toks[k + 1].group()):
            k += 1
        if k + 1 < len(toks):
            long = before[toks[k + 1].start() :]
            aliases[long] = short
    return tuple(aliases.items())


def normalize_org(name: str, aliases: dict[str, str] | None = None) -> str:
    """Normalize an organisation name: drop the article, prefer a "(hierna: X)" short form.

    "het Centrum tegen Kinderhandel en Mensenhandel (hierna: CKM)" → "CKM";
    "het Expertisecentrum Mensenhandel & (jeugd)Prostitutie van Lumens" → "Lumens";
    "de Raad van State" → "Raad van State".
    """
    hm = pat.HIERNA.search(name)
    if hm is not None:
        short = pat.ARTICLE.sub("", hm.group("short").strip())
        if (
            short
            and _is_cap(short)
            and short.lower() not in pat.RECOMMENDER_NOUNS
            and short.lower() != "afdeling"
        ):
            return short
        name = name[: hm.start()]
    name = pat.ARTICLE.sub("", name.strip()).strip(" ,")
    if aliases and name in aliases:
        return aliases[name]
    m = re.fullmatch(r"(?P<a>.+?)\s+van\s+(?P<b>[A-Z][\w'’-]+)", name)
    if m is not None and len(m.group("a").split()) >= 2:
        return m.group("b")
    return name


# --------------------------------------------------------------------------------------------
# find_report
# --------------------------------------------------------------------------------------------


def _resolve_date(m: re.Match[str], reference: dt.date | None) -> dt.date | None:
    """Resolve a REPORT_DATE match: an explicit year, or "jl."/"a.s." against `reference`."""
    day = int(m.group("day"))
    month = pat.MONTHS[m.group("month").lower()]
    try:
        if m.group("year"):
            return dt.date(int(m.group("year")), month, day)
        if reference is None:
            return None
        if m.group("as"):
            candidate = dt.date(reference.year, month, day)
            return candidate if candidate >= reference else dt.date(reference.year + 1, month, day)
        # "jl." or a bare day and month: the last such date on or before the reference
        candidate = dt.date(reference.year, month, day)
        return candidate if candidate <= reference else dt.date(reference.year - 1, month, day)
    except ValueError:
        return None


#: An initial or initials right before a capitalised surname: "A. Brinkman", "E.M. Hoogerwerf".
_INITIAL_BEFORE_NAME = re.compile(r"(?:[A-Z]\.){1,4}\s*[A-Z][a-z]")


def _organisations(sentence: str, skip: tuple[int, int] | None, aliases: dict[str, str]) -> list[str]:
    """Organisation names in a report sentence, short forms where introduced."""
    found: list[str] = []
    quoted = _Spans(_quoted_spans(sentence), skip)
    toks = list(_TOKEN.finditer(sentence))
    for t in toks:
        fused = pat.ACRONYM_REPORT.match(t.group())
        if fused is not None and not quoted.contains(t.start()):  # "het SER-advies"
            norm = normalize_org(fused.group("org"), aliases)
            if norm and norm not in found:
                found.append(norm)
    topics = [m.end() for m in pat.REPORT_TOPIC.finditer(sentence) if not quoted.contains(m.start())]
    i = 0
    consumed = 0
    surname_at = -1  # where a surname after initials starts: no sentence opens there
    while i < len(toks):
        t = toks[i]
        if found and topics and topics[0] <= t.start():
            # the author is named; what follows "over"/"naar" is the report's subject
            stop = pat.REPORT_TOPIC_END.search(sentence, topics[0])
            consumed = max(consumed, stop.start() if stop is not None else len(sentence))
            topics = [k for k in topics if k > consumed]
        elif topics and topics[0] <= t.start():
            topics.pop(0)  # (a subject before the author: "Over de heffing heeft de Rekenkamer …")
        if t.start() < consumed or quoted.contains(t.start()):
            i += 1
            continue
        word = t.group()
        if (initial := _INITIAL_BEFORE_NAME.match(sentence, t.start())) is not None:
            # "onder leiding van mevrouw dr. A. Brinkman": an initial, the surname after it is the name (round 50)
            surname_at = initial.end() - 2
            i += 1
            continue
        is_article = word.lower() in {"de", "het"} and i + 1 < len(toks) and _is_cap(toks[i + 1].group())
        if pat.OFFICE_BEFORE_NAME.search(sentence, max(0, t.start() - 40), t.start()):
            # "mede namens de Staatssecretaris van Financiën": the ministry, not the report's author
            names_skipped, skipped_end = read_names(sentence, t.start(), allow_nouns=False)
            consumed = max(skipped_end, t.end()) if names_skipped else t.end()
            short = _BRACKETED.match(sentence, consumed)  # and its short form: "… Communicatie (DPC)"
            consumed = short.end() if short is not None else consumed
            i += 1
            continue
        if (is_article or _is_cap(word)) and not (i == 0 and not is_article and _never_a_name(word)):
            start = t.start()
            names, end = read_names(sentence, start, allow_nouns=False)
            consumed = max(end, t.end())
            tail = pat.LOWER_NAME_TAIL.match(sentence, end) if names else None
            group = "short" if tail is not None and tail.group("short") else "short2"
            if (
                tail is not None
                and tail.group(group)[0] == pat.ARTICLE.sub("", names[-1]).strip()[:1]
                and not quoted.contains(tail.start(group))
            ):
                # "de Adviesraad voor wetenschap, technologie en innovatie (AWTI)": a name whose rest is in lower case
                # (its commas stop the reader), known by the short form in brackets after it (round 46)
                names = [*names[:-1], tail.group(group)]
                consumed = tail.end()
            evaluated = names and pat.EVALUATED_BEFORE.search(sentence, max(0, start - 50), start)
            if evaluated and not pat.EVALUATOR_NAME.search(names[0]):
                # "de evaluatie van het Mensenrechtenfonds": what is evaluated, and its short form
                alias = _BRACKETED.match(sentence, end)
                consumed = max(consumed, alias.end() if alias is not None else end)
                i += 1
                continue
            opener = (i == 0 or _opens_sentence(sentence, t.start())) and t.start() != surname_at
            if opener and not is_article and names and not _plausible_opening_name(names[0], sentence, end):
                names = names[1:]
            for raw in names:
                if quoted.overlaps(start, end):
                    continue
                norm = normalize_org(raw, aliases)
                if pat.INSTRUMENT_NAME.match(pat.ARTICLE.sub("", raw)):
                    # "de evaluatie van de Subsidieregeling Leerwerkbudget": its subject, and so is the
                    # short form it introduces ("de Subsidieregeling isolatie eigen woning (hierna: SIEW)")
                    alias = _INTRODUCED_AFTER.match(sentence, end)
                    if alias is not None:
                        consumed = max(consumed, alias.end())
                    continue
                if pat.ACRONYM_REPORT.match(norm):
                    continue  # "het SER-advies «…»": the report (its body read above), not a body of its own
                if _short_form_of_noun(sentence, start) or _DOSSIER_PART.search(
                    sentence, max(0, start - 12), start
                ):
                    continue  # "de kleineondernemersregeling (KOR)"; "Kamerstuk 36 600 XXII"
                if norm and norm not in found and not _never_a_name(norm) and not _subject_name(norm):
                    found.append(norm)
            i += 1
            continue
        i += 1
    if len(found) > 1:
        found = [n for n in found if n not in pat.BARE_BODY_HEADS]
    return found


def lower_name_tail(text: str, end: int) -> str | None:
    """The short form in brackets after the lower-case rest of a name that ends at `end` (" voor wetenschap, technologie
    en innovatie (AWTI)" -> "AWTI"), or None."""
    tail = pat.LOWER_NAME_TAIL.match(text, end)
    return tail.group("short") if tail is not None else None


def _subject_name(name: str) -> bool:
    """Whether `name` is what a report is about (`SUBJECT_NAMES`), also as the head of a longer
    name the reader joined: "Nederlanders in Afrikaanse" (but "Nederlandse Arbeidsinspectie" is a body)."""
    first = name.split()[0] if name.split() else name
    return name in pat.SUBJECT_NAMES or (first in pat.SUBJECT_NAMES and first.endswith(("ers", "er")))


_BRACKETED = re.compile(r"\s*\([^)]{1,40}\)")
# the part of a dossier number before a name-like Roman numeral: "Kamerstuk 36 600 XXII"
_DOSSIER_PART = re.compile(r"\d{3}\s+$")
_BEFORE_BRACKET = re.compile(r"\b(?:de|het|een|van|voor|over|naar)\s+(?P<np>[^()]{1,80}?)\s*\(\s*$")


def _short_form_of_noun(sentence: str, start: int) -> bool:
    """Whether the name at `start` is a bracketed short form of a lower-case noun phrase, which
    names a thing, not a body: "de kleineondernemersregeling (KOR)" (but "de Raad voor het openbaar
    bestuur (Rob)" has a capitalised head)."""
    m = _BEFORE_BRACKET.search(sentence, max(0, start - 90), start)
    if m is None:
        return False
    return not any(_is_cap(w) for w in m.group("np").split())


# A short form introduced right after a name: " isolatie eigen woning (hierna: SIEW)".
_INTRODUCED_AFTER = re.compile(r"[^()]{0,80}?\(\s*hierna\s*:?[^)]{0,40}\)")


def _opens_sentence(s: str, pos: int) -> bool:
    """Whether only spaces stand between `pos` and a line break or sentence punctuation before it.

    Looks back over the spaces only (a search of ``s[:pos]`` for each word was quadratic).
    """
    j = pos
    while j > 0 and s[j - 1].isspace():
        j -= 1
    return "\n" in s[j:pos] or (j > 0 and s[j - 1] in ".?!:")


_PUBLISHER_VERB = re.compile(r"\s*(?:heeft|hebben|publiceerde|publiceerden|bracht|brachten|presenteerde)\b")


def _never_a_name(word: str) -> bool:
    """A capitalised word that is never a body's name: a month, an office, a function word or sentence adverb
    ("Vandaag", "Aan"), a pronominal adverb ("Hierbij")."""
    return word in pat.NOT_ORGANISATION or pat.PRONOMINAL_ADVERB.match(word) is not None


def _plausible_opening_name(name: str, s: str, end: int) -> bool:
    """A capitalised sentence opener is a name only if it looks like one ("Movisie heeft …").

    `end` is where the name ends in `s`.
    """
    if len(name.split()) > 1 or name.isupper() or pat.HIERNA.search(name):
        return True
    return bool(_PUBLISHER_VERB.match(s, end))


_QUOTE_OPEN = re.compile(r"[«“\"‘„]")
_QUOTE_CLOSE = {"«": "»", "“": "”", '"': '"', "‘": "’", "„": '”"'}


def _quoted_spans(s: str) -> list[tuple[int, int]]:
    """Spans of quoted text («…», “…”, "…", ‘…’, „…” or „…") in `s`, in order, not overlapping.

    What ``«[^»]*»|“[^”]*”|"[^"]*"|‘[^’]*’|„[^”"]*[”"]`` finds, in linear time: the closer
    found for one opener is remembered, so a run of openers without a closer ("« « « …") is
    scanned once, not once per opener.
    """
    out: list[tuple[int, int]] = []
    ahead: dict[str, int] = {}  # closer characters -> offset of the next one (len(s): none left)
    m = _QUOTE_OPEN.search(s)
    while m is not None:
        i = m.start()
        closers = _QUOTE_CLOSE[s[i]]
        j = ahead.get(closers, -1)
        if j <= i:
            found = [k for k in (s.find(c, i + 1) for c in closers) if k != -1]
            j = min(found) if found else len(s)
            ahead[closers] = j
        if j < len(s):
            out.append((i, j + 1))
            m = _QUOTE_OPEN.search(s, j + 1)
        else:
            m = _QUOTE_OPEN.search(s, i + 1)
    return out


class _Spans:
    """Sorted, non-overlapping spans (plus one extra span) with logarithmic lookups."""

    def __init__(self, spans: list[tuple[int, int]], extra: tuple[int, int] | None) -> None:
        self.starts = [a for a, _ in spans]
        self.spans = spans
        self.extra = extra

    def contains(self, pos: int) -> bool:
        """Whether some span holds `pos` (start inclusive, end exclusive)."""
        k = bisect.bisect_right(self.starts, pos) - 1
        if k >= 0 and pos < self.spans[k][1]:
            return True
        return self.extra is not None and self.extra[0] <= pos < self.extra[1]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some span overlaps ``[start, end)``."""
        k = bisect.bisect_left(self.starts, end) - 1  # the last span starting before `end`
        if k >= 0 and self.spans[k][1] > start:
            return True
        return self.extra is not None and start < self.extra[1] and end > self.extra[0]


def find_report(text: str, reference: dt.date | None = None) -> Report | None:
    """Find the report a letter responds to: its title, organisations and date.

    The title is the quoted text («…», “…”, "…", ‘…’) after "het rapport", "het advies",
    "de evaluatie" and the like; organisations are the names in that sentence (short forms
    from "(hierna: X)" when given, articles dropped); the date is a day and month in that
    sentence, with "jl." / "a.s." resolved against `reference` (the letter's date).
    Returns None when the text names no report.
    """
    found = _report_sentence(text)
    if found is None:
        return None
    title, orgs, sentence = found
    date: dt.date | None = None
    dm = pat.REPORT_DATE.search(sentence)
    if dm is not None:
        date = _resolve_date(dm, reference)
    return Report(title=title, organisations=list(orgs), date=date)


@lru_cache(maxsize=4)
def _report_sentence(text: str) -> tuple[str | None, tuple[str, ...], str] | None:
    """The report's title, its organisations and the sentence naming it (see `find_report`).

    Cached: `find_recommendations` asks for the report of the letter, and `extract` again
    with the letter's date (which only the date depends on).
    """
    aliases = collect_aliases(text)
    spans = sentence_spans(text)
    title: str | None = None
    span: tuple[int, int] | None = None
    title_span: tuple[int, int] | None = None
    m = next(finditer_in_lines(pat.REPORT_TITLE, text, pat.LINE_KEYS[pat.REPORT_TITLE]), None)
    if m is not None:
        group = next(g for g in ("t1", "t2", "t3", "t4", "t5") if m.group(g) is not None)
        title = m.group(group).strip()
        title_span = (m.start(group) - 1, m.end(group) + 1)
        span = next(((s, e) for s, e in spans if s <= m.start(group) < e), None)
    if span is None:
        for s, e in spans:
            if pat.REPORT_PUBLISHED.search(text[s:e]):
                span = (s, e)
                break
    if span is None:
        # no sentence sends or publishes it, one says who made it: "Onderzoeksbureau Lindenhof heeft de evaluatie in
        # de tweede helft van 2025 uitgevoerd; het rapport treft u als bijlage aan"
        span = next(((s, e) for s, e in spans if pat.REPORT_MADE.search(text[s:e])), None)
    if span is None:
        return None
    s, e = span
    sentence = text[s:e]
    skip = (title_span[0] - s, title_span[1] - s) if title_span else None
    orgs = _organisations(sentence, skip, aliases)
    idx = spans.index(span) if span in spans else -1
    if (
        not orgs
        and idx > 0
        and (
            pat.PRONOUN_SUBJECT.match(sentence)
            # (a possessive, "Hierbij bied ik u haar rapport «…» aan" (round 50), unless a generic noun names the
            # author: "heeft de commissie mij haar eindrapport …", read below)
            or (pat.POSSESSIVE_REPORT.search(sentence) and not pat.GENERIC_AUTHOR.search(sentence))
        )
    ):
        # "In 2025 ontving de Nationale ombudsman ruim tachtig klachten. Hij heeft daarop een onderzoek ingesteld en …
        # het rapport «…» uitgebracht.": the body the pronoun takes up, named in the sentence before (round 46)
        ps, pe = spans[idx - 1]
        orgs = _organisations(text[ps:pe], None, aliases)
    if not orgs and idx > 0 and (generic := pat.GENERIC_AUTHOR.search(sentence)) is not None:
        # "… heb ik de Commissie Doorlooptijden Woningbouw … gevraagd …. Op 14 april heeft de commissie mij haar
        # eindrapport «…» aangeboden": the name holding the noun in one of the two sentences before (round 48)
        noun = generic.group("noun")
        for ps, pe in spans[max(0, idx - 2) : idx][::-1]:
            # (the noun may end a compound: "de Adviescommissie Faunaschade" … "heeft de commissie haar eindrapport";
            # round 50)
            named = [
                o
                for o in _organisations(text[ps:pe], None, aliases)
                if any(w.endswith(noun) for w in o.lower().split())
            ]
            if named:
                orgs = named[:1]
                break
    if not orgs:
        # the author in one of the next two sentences or the two before: "Hierbij bied ik u de evaluatie aan van de
        # regeling, die ik … heb toegezegd. De regeling vergoedt sinds 2023 … De evaluatie is uitgevoerd door
        # onderzoeksbureau X.", "Onderzoeksbureau X heeft die evaluatie in opdracht van het WODC uitgevoerd. Hierbij
        # bied ik u het rapport aan"
        idx = spans.index(span) if span in spans else -1
        near = spans[idx + 1 : idx + 3] + spans[max(0, idx - 2) : idx][::-1] if idx >= 0 else []
        for ns, ne in near:
            nxt = text[ns:ne]
            if (content := pat.REPORT_CONTENT_BY.match(nxt)) is not None and (
                named := _organisations(nxt[content.end() :], None, aliases)
            ):
                # "Daarin evalueert onderzoeksbureau X in opdracht van het WODC …": the subject after the verb
                orgs = named[:1]
                break
            author = pat.REPORT_AUTHOR.search(nxt)
            if author is not None:
                if author.group(0).lower().endswith(tuple(pat.STUDIED_QUESTION_WORDS)):
                    # "Het KiM heeft onderzocht waarom … dan in het Bestuursakkoord …": the subject, not the question
                    # (… or after the verb: "heeft de IGK onderzocht hoe …": up to "onderzocht"; round 58)
                    nxt = nxt[: author.start() + author.group(0).lower().rfind("onderzocht")]
                orgs = _organisations(nxt, None, aliases)
                break
    return title, tuple(orgs), sentence


def report_bodies(text: str) -> list[str]:
    """The organisations named in every sentence of `text` that publishes or sends a report (`REPORT_PUBLISHED`), in
    order, each once: the bodies of all the reports a letter answers, where `find_report` gives the first report's
    ("Op 2 april heeft de Afdeling … voorlichting uitgebracht. Kort daarna verscheen de evaluatie van het bureau
    Kompas." -> the Afdeling and Kompas)."""
    aliases = collect_aliases(text)
    found: list[str] = []
    for s, e in sentence_spans(text):
        if pat.REPORT_PUBLISHED.search(text, s, e):
            found += [o for o in _organisations(text[s:e], None, aliases) if o not in found]
    return found


# --------------------------------------------------------------------------------------------
# parse_report_text / parse_report
# --------------------------------------------------------------------------------------------

_ITEM = re.compile(
    r"^[ \t]*(?:[-•][ \t]+)?\**(?:R[ \t]?(?P<r>\d{1,2})|(?P<n>\d{1,2}))(?:\)\.|[.):])?\**[ \t]+(?=\S)",
    re.MULTILINE,
)
_ITEM_STRICT = re.compile(
    r"^[ \t]*\**(?:R[ \t]?(?P<r>\d{1,2})[.):]?|(?P<n>\d{1,2})(?:\)\.|[.)]))\**[ \t]+(?=\S)", re.MULTILINE
)


def _chapter_end(text: str, start: int) -> int:
    """Offset where the chapter that starts at `start` ends (next chapter heading)."""
    for m in pat.CHAPTER_HEADING.finditer(text, start):
        line_end = text.find("\n", m.start())
        line = text[m.start() : line_end if line_end != -1 else len(text)]
        if _ITEM_STRICT.match(line) or pat.RECOMMENDATION_HEADING.match(line):
            continue
        if re.match(r"^[ \t]*(?:Hoofdstuk[ \t]+)?\d{1,2}(?:\.\d{1,2})+[ \t]", line):
            continue  # a sub-section such as "5.1 Preventie" stays inside the chapter
        if len(line.strip()) > 90 or line.rstrip().endswith((".", ";", ",")):
            continue
        return m.start()
    return len(text)


def _item_end(text: str, start: int, limit: int) -> int:
    """End of a numbered item starting at `start`: before the next item, heading or blank line."""
    pos = start
    while pos < limit:
        nl = text.find("\n", pos, limit)
        if nl == -1:
            return _rstrip(text, start, limit)
        nxt = nl + 1
        line_end = text.find("\n", nxt)
        line = text[nxt : line_end if line_end != -1 else len(text)]
        if not line.strip():
            # blank line: the item continues only if the next text line is indented
            k = nxt
            while k < limit and text[k] in " \t\n":
                k += 1
            follow = text[text.rfind("\n", 0, k) + 1 : k]
            if k >= limit or not follow or ("\t" not in follow and len(follow) < 2):
                return _rstrip(text, start, nl)
            pos = k
            continue
        if (
            _ITEM_STRICT.match(line)
            or pat.RECOMMENDATION_HEADING.match(line)
            or pat.ADDRESSEE_LINE.match(line)
            or (
                pat.CHAPTER_HEADING.match(line)
                and not line.rstrip().endswith((".", ";", ","))
                and not _is_continuation(line)
            )
        ):
            return _rstrip(text, start, nl)
        pos = nxt
    return _rstrip(text, start, limit)


def _is_continuation(line: str) -> bool:
    return bool(line.strip()) and line.strip()[0].islower()


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t\n*":
        end -= 1
    return end


def _heading_recommendations(text: str, lo: int, hi: int) -> list[tuple[int, int, int]]:
    """(ordinal, start, end) for "Aanbeveling N[: text]" headings in text[lo:hi]."""
    out: list[tuple[int, int, int]] = []
    for m in pat.RECOMMENDATION_HEADING.finditer(text, lo, hi):
        num = pat.heading_number(m)
        if m.group("rest"):
            rs, re_ = m.start("rest"), _rstrip(text, m.start("rest"), m.end("rest"))
            if re_ > rs:
                out.append((num, rs, re_))
                continue
        k = m.end()
        while k < hi and text[k] in " \t\n":
            k += 1
        if k >= hi:
            continue
        end = _item_end(text, k, hi)
        out.append((num, k, end))
    return out


def parse_report_text(text: str) -> list[Recommendation]:
    """Return the numbered recommendations of a report's text.

    Recognises "Aanbeveling 1" headings (text after a colon or dash, else the next paragraph)
    and an "Aanbevelingen" chapter (heading such as "5 Conclusies en aanbevelingen") with
    items "1.", "1)" or "R1". Items run until the next item, a blank line or the next chapter
    heading. `start`/`end` are offsets into `text` and `text[start:end]` is the item's text
    (wrapped lines are kept as they are). `to` is set from a sub-heading such as
    "Aanbevelingen aan de Minister van …" above the items.
    """
    found: list[tuple[int, int, int, str | None]] = []
    for num, s, e in _heading_recommendations(text, 0, len(text)):
        found.append((num, s, e, None))
    if not found:
        sections: list[list[tuple[int, int, int, str | None]]] = []
        covered_to = -1  # the end of the last section read: sections inside it are not read again
        last_end: dict[bool, tuple[int, int] | None] = {True: None, False: None}
        for ch in pat.RECOMMENDATIONS_CHAPTER.finditer(text):
            lo = ch.end()
            if (
                lo < covered_to
                or _TOC_LINE.search(ch.group())
                or ch.group().rstrip(" *").endswith((".", ",", ";"))
            ):
                continue  # inside a section read, a table-of-contents line ("4.2 Aanbevelingen 36"), a sentence
            sub = _SUBSECTION_HEADING.match(ch.group()) is not None
            # The end found for an earlier heading holds for a later one before it (the first
            # heading after both): reading on from each heading made a run of headings quadratic.
            last = last_end[sub]
            hi = last[1] if last is not None and last[0] <= lo < last[1] else None
            if hi is None:
                hi = _subsection_end(text, lo) if sub else _chapter_end(text, lo)
                last_end[sub] = (lo, hi)
            if not _BARE_RECOMMENDATIONS.search(ch.group()) and any(
                not _TOC_LINE.search(m.group()) for m in pat.RECOMMENDATIONS_CHAPTER.finditer(text, lo, hi)
            ):
                continue  # "5 Conclusies en aanbevelingen" with its own "5.2 Aanbevelingen": read that one
            items = _chapter_items(text, lo, hi) or _bullet_items(text, lo, hi) or _prose_items(text, lo, hi)
            if items:
                sections.append(items)
            covered_to = hi  # a section without items: the sections that start inside it have none either
        if len(sections) == 1:
            found = sections[0]
        else:  # several sections (one per case or theme): numbered in the order of the report
            found = [(n, s, e, to) for n, (_, s, e, to) in enumerate((i for sec in sections for i in sec), 1)]
    found.sort(key=lambda t: (t[0], t[1]))
    seen: set[int] = set()
    recs: list[Recommendation] = []
    for num, s, e, to in found:
        if num in seen:
            continue
        seen.add(num)
        recs.append(
            Recommendation(id=f"r{len(recs) + 1}", ordinal=num, text=text[s:e], start=s, end=e, to=to)
        )
    return recs


#: A table-of-contents line: a heading followed by its page number ("4.4.7 Aanbevelingen 36").
_TOC_LINE = re.compile(r"[ \t.]\d{1,3}[ \t]*$")
#: A numbered sub-section heading ("4.4.7 Aanbevelingen"): its section ends at the next numbered
#: heading of any level, not only at the next chapter.
_SUBSECTION_HEADING = re.compile(r"^[ \t#*]*\d{1,2}(?:\.\d{1,2})+\.?[ \t]")
#: A heading that is about recommendations only ("Aanbevelingen", "5.2 Aanbevelingen").
_BARE_RECOMMENDATIONS = re.compile(
    r"^[ \t#*]*(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?(?:aanbevelingen|adviezen)\b", re.I
)
#: Any numbered heading: "4.5 Case 2: …", "6 Referenties" (not an item "1. …", whose number has a dot).
_NUMBERED_HEADING = re.compile(r"^[ \t]*\d{1,2}(?:(?:\.\d{1,2})+\.?|)[ \t]+[A-Z][^\n]{0,90}$", re.MULTILINE)
_BULLET_ITEM = re.compile(r"^[ \t]*[•▪–-][ \t]+(?=\S)", re.MULTILINE)
#: In a recommendations section, a sentence stating what is needed is a recommendation too:
#: "Het is noodzakelijk om de resultaten te valideren."
_NEED = re.compile(
    r"\b(?:is|zijn)\s+(?:het\s+)?(?:noodzakelijk|nodig|wenselijk|van\s+belang)\b|\b(?:moet|moeten|dient|dienen)\b"
)


def _subsection_end(text: str, start: int) -> int:
    """Where a numbered sub-section starting at `start` ends: the next numbered heading."""
    for m in _NUMBERED_HEADING.finditer(text, start):
        if not m.group().rstrip().endswith((".", ";", ",")):
            return m.start()
    return _chapter_end(text, start)


def _bullet_items(text: str, lo: int, hi: int) -> list[tuple[int, int, int, str | None]]:
    """Bulleted items ("• …") in ``text[lo:hi]``, each up to the next bullet, blank line or `hi`;
    numbered by position."""
    marks = list(_BULLET_ITEM.finditer(text, lo, hi))
    items: list[tuple[int, int, int, str | None]] = []
    for i, m in enumerate(marks):
        limit = marks[i + 1].start() if i + 1 < len(marks) else hi
        brk = _BLOCK_BREAK.search(text, m.end(), limit)
        end = _rstrip(text, m.end(), brk.start() if brk else limit)
        if end > m.end():
            items.append((len(items) + 1, m.end(), end, None))
    return items


def _prose_items(text: str, lo: int, hi: int) -> list[tuple[int, int, int, str | None]]:
    """Sentences in ``text[lo:hi]`` that recommend (the report's own "we bevelen aan …", "wordt
    aanbevolen …") or state what is needed; numbered by position."""
    from kamerstuk.entities.recommendation_forms import prose_recommendations  # uses this module

    spans = [(lo + s, lo + e) for s, e in sentence_spans(text[lo:hi])]
    hits = {h.sentence for h in prose_recommendations(text, spans, author_first_person=True)}
    items: list[tuple[int, int, int, str | None]] = []
    for s, e in spans:
        if (s, e) in hits or (_NEED.search(text, s, e) and not text[s:e].rstrip().endswith("?")):
            items.append((len(items) + 1, s, e, None))
    return items


def _chapter_items(text: str, lo: int, hi: int) -> list[tuple[int, int, int, str | None]]:
    items: list[tuple[int, int, int, str | None]] = []
    expected: int | None = None
    addressees: list[tuple[int, str]] = [
        (a.start(), a.group("to").strip(" *")) for a in pat.ADDRESSEE_LINE.finditer(text, lo, hi)
    ]
    k = 0  # addressees before the current item (both in order of offset)
    to: str | None = None
    for m in _ITEM_STRICT.finditer(text, lo, hi):
        num = int(m.group("r") or m.group("n"))
        if expected is not None and num != expected and num != 1:
            continue  # a number inside an item, not the next item
        s = m.end()
        e = _item_end(text, s, hi)
        while k < len(addressees) and addressees[k][0] < m.start():
            to = addressees[k][1]
            k += 1
        items.append((num, s, e, to))
        expected = num + 1
    return items


def parse_report(path: str | os.PathLike[str]) -> list[Recommendation]:
    """Read a report file (plain text, Markdown or PDF) and return its numbered recommendations.

    PDFs are read with pdfplumber, page by page; page-number lines are dropped. Raises
    `kamerstuk.errors.SourceError` when the file is missing, empty, binary or unreadable.
    """
    return parse_report_text(read_report(path))


def read_report(path: str | os.PathLike[str]) -> str:
    """The text of a report file (see `parse_report`)."""
    p = Path(path)
    name = str(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise SourceError(f"cannot read report: {exc.strerror or exc}", source=name) from exc
    if not data.strip():
        raise EmptyDocumentError("report is empty", source=name)
    if data.startswith(b"%PDF") or p.suffix.lower() == ".pdf":
        return _read_pdf(p, name)
    if b"\x00" in data[:4096]:
        raise SourceError("report is binary, not text", source=name)
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding).replace("\r\n", "\n").replace("\r", "\n")
        except UnicodeDecodeError:
            continue
    raise SourceError("report text cannot be decoded", source=name)  # pragma: no cover - cp1252 decodes most


def _read_pdf(p: Path, name: str) -> str:
    import pdfplumber

    pages: list[str] = []
    try:
        with pdfplumber.open(p) as pdf:
            for page in pdf.pages:
                pages.append(page.extract_text() or "")
    except Exception as exc:  # pdfplumber raises many types on broken files
        raise SourceError(f"cannot read report PDF: {exc}", source=name) from exc
    lines: list[str] = []
    for page_text in pages:
        for line in page_text.splitlines():
            if re.fullmatch(r"\s*(?:(?:Pagina|Blz\.?)\s*)?\d{1,4}(?:\s*(?:van|/)\s*\d{1,4})?\s*", line, re.I):
                continue
            lines.append(line)
    text = "\n".join(lines)
    if not text.strip():
        raise EmptyDocumentError("report PDF holds no text", source=name)
    return text
