"""Undo the letter-spacing that PDF extraction tools write into Rijksoverheid letters.

pdfminer and pdftotext insert a space wherever the gap between two glyphs is wide. The
letterhead and sidebar of modern ministry letters are set letter-spaced, so their words
and numbers come out cut ("P agina 3 van 7", "Inf rastructuur en", "2 5 15 XP D en Haag",
"T 0 7 0-456 0000", "I E NW/BSK-2022/268034"); kerning cuts a body word now and then
("w ater", "he lpt", "ge ïnformeerd"). `normalize_extracted_text` removes those spaces and
maps bullet glyphs to "•", changing nothing else: the text keeps its lines (same number,
same order) and real spaces stay, also in "Kamerstuk 31 015", "ca. 5 000 woningen",
"U bent", "A en B", "regenval én droogte".

How a space is judged (the regexes and word lists are in `kamerstuk.patterns.glyphs`):

* Only a single space between two tokens is ever removed; two or more spaces are a column gap.
* Shapes: a postcode ("2 5 00 E X" -> "2500 EX", followed by a place name or the line end),
  a telephone number ("0 7 0-456" -> "070-456"), a kenmerk ("I E NW/BSK-…" and the value
  line under "Ons kenmerk"), the day and year of a date ("2 2 december 20 22"), the number
  after "Postbus" and in "Pagina 1 2 van 3 2", a number cut before its separator ("3 .000").
  Other digit groups stay: dossier numbers and thousands are written with a space.
* Furniture words (`FURNITURE_WORDS`: "Pagina", "Postbus", "Den Haag", ministry names) are
  joined from their pieces, unless every piece is a real word ("Bij lage waterstanden").
* Body words are joined on evidence from the same document: the joined form occurs there
  unsplit, neither piece is a Dutch function word (`DUTCH_WORDS`), and one piece cannot be a
  word on its own: a single letter ("bode m"), a fragment that starts with a consonant pair
  no Dutch word starts with ("he lpt"), or a fragment of at most three letters found nowhere
  else in the document ("ma ken"). A fragment starting with a diaeresis continues the word
  before it ("ge ïnformeerd"); a lone "n" after a stem in "-e" is the "-en" ending
  ("herzie n"); accented emphasis ("én", "é") is a word of its own.
* A lone capital that opens a line is joined to a lower-case fragment that is no Dutch word
  and occurs nowhere else on its own ("B etreft" -> "Betreft"); "U", "A", "B", "E" never are.

Bullets: the private-use glyphs of `BULLET_GLYPHS` become "•" wherever they are; a
"(cid:N)" code (a glyph pdfminer could not map) becomes "•" when it opens a line and is
followed by a space or the line end, and is dropped elsewhere: inside a word it stood for a lost ligature
or accent, and guessing which would be worse than the gap.

Complexity, linear in the length of the text (50 MB in seconds): tokens are counted with
`Counter.update` on chunks of the text (C speed); one pass over the lines, skipping with one
set test every line without a possible piece of a word, counts how often each piece is
bound in a possible join and keeps those lines as candidates; `LINE_HINTS` are searched
once over the whole text for split numbers, kenmerken and line-opening capitals. Only the
candidate lines are rewritten, each in one left-to-right pass over its tokens in which
every rule looks at a bounded number of tokens (at most `MAX_FURNITURE_PIECES`) and each
distinct token is classified once (bit flags in a dict). The regexes are anchored or
bounded and have no nested quantifiers, so none can backtrack over a line.

The package: `evidence` (what the document says about its words), `line` (a line's tokens
and joins), `rules` (numbers and kenmerken), `normalizer` (the pass over a line), and here
the glyphs and the choice of candidate lines.
"""

from __future__ import annotations

from kamerstuk.patterns import glyphs as G
from kamerstuk.readers.respacing.evidence import _Evidence
from kamerstuk.readers.respacing.line import _Line, _split_controls
from kamerstuk.readers.respacing.normalizer import _Normalizer
from kamerstuk.readers.respacing.rules import _kenmerk_value_line

__all__ = ["normalize_extracted_text"]


# --- glyphs --------------------------------------------------------------------------------------


def _replace_glyphs(text: str) -> str:
    """Bullet glyphs -> "•"; "(cid:N)" at a line start -> "•", elsewhere dropped."""
    for glyph in G.BULLET_GLYPHS:
        if glyph in text:
            text = text.replace(glyph, G.BULLET)
    if "(cid:" in text:
        text = G.CID_BULLET_AT_LINE_START.sub(lambda m: m.group(1) + G.BULLET, text)
        text = G.CID_STANDALONE.sub("", text)
        text = G.CID_GLYPH.sub("", text)
    return text


def _hinted_lines(text: str) -> set[int]:
    """The numbers of the lines where `LINE_HINTS` find a split number, kenmerk or capital."""
    hinted: set[int] = set()
    for pattern in G.LINE_HINTS:
        line_no = 0
        last = 0
        for match in pattern.finditer(text):
            line_no += text.count("\n", last, match.start())
            last = match.start()
            hinted.add(line_no)
    return hinted


def _label_lines(text: str, lines: list[str]) -> list[int]:
    """The numbers of the lines that are a kenmerk label: "Ons kenmerk", "Kenmerk:"."""
    starts = {match.start() for match in G.KENMERK_LABEL_LINES.finditer(text)}
    found: list[int] = []
    if starts:
        offset = 0
        for index, line in enumerate(lines):
            if offset in starts:
                found.append(index)
            offset += len(line) + 1
    return found


def _value_lines(lines: list[str], labels: list[int]) -> list[int]:
    """The first non-blank line under each label, when it has a space."""
    values: list[int] = []
    for index in labels:
        following = index + 1
        while following < len(lines) and not lines[following].strip():
            following += 1
        if following < len(lines) and " " in lines[following]:
            values.append(following)
    return values


def _kenmerk_value(text: str) -> str:
    """The line under a kenmerk label with its kenmerk joined: "2 022-0000123456"."""
    head, body, end = _split_controls(text)
    line = _Line(body.split(" "))
    if _kenmerk_value_line(line):
        return head + line.render() + end
    return text


def normalize_extracted_text(text: str) -> str:
    """Join letter-spaced glyph runs and map bullet glyphs, keeping every line in place.

    Only spaces inside a line are removed and glyphs replaced: the result has exactly as
    many lines as `text`, in the same order.

    >>> normalize_extracted_text("P agina 2 van 7\\n2 5 15 XP D en Haag\\nKamerstuk 31 015")
    'Pagina 2 van 7\\n2515 XP Den Haag\\nKamerstuk 31 015'
    """
    if not text:
        return text
    text = _replace_glyphs(text)
    lines = text.split("\n")
    evidence, candidates = _Evidence.collect(text, lines)
    normalizer = _Normalizer(evidence)
    # Only candidate lines can change: those with a possible piece of a word (found while
    # collecting the evidence) and those with a possible split number, kenmerk or capital.
    out = list(lines)
    # the line under a kenmerk label ("Ons kenmerk") is one kenmerk: "I E NW/BSK-2022/268034"
    values = _value_lines(lines, _label_lines(text, lines))
    for index in values:
        out[index] = _kenmerk_value(lines[index])
    # Only candidate lines can change: those with a possible piece of a word (found while
    # collecting the evidence) and those with a possible split number, kenmerk or capital.
    new_labels: list[int] = []
    for index in sorted(set(candidates) | _hinted_lines(text)):
        if " " in lines[index] and out[index] == lines[index]:
            out[index] = normalizer.line(lines[index])
            if out[index] != lines[index] and G.KENMERK_LABEL_LINE.fullmatch(out[index]):
                new_labels.append(index)  # "Ons k enmerk" became a label
    for index in _value_lines(out, new_labels):
        out[index] = _kenmerk_value(out[index])
    return "\n".join(out)
