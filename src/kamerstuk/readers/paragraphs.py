"""Paragraphs and headings in hard-wrapped lines, where no markup says where they are.

`split_paragraphs` cuts a block's lines into paragraphs: a short line that ends a sentence
closes one, a list item or closing formula opens one; a numbered heading ("1.1 Blootstelling
van …") stands alone when its number follows the last one, a plain heading line (short,
capitalised, no end punctuation) heads the paragraph after it. `join_lines` joins a
paragraph's lines, undoing line-end hyphenation.
"""

from __future__ import annotations

from dataclasses import dataclass

from kamerstuk.patterns import structure as P

HEADING_MAX_CHARS = 80


def is_heading_line(line: str, following: str = "") -> bool:
    """A heading in plain text: a short capitalised line without sentence-final punctuation
    (a question mark is allowed: "Draagmoederschap of adoptie?"), not continued in lower case."""
    stripped = line.strip()
    words = len(stripped.split())
    question = stripped.endswith("?") and words <= 8
    return (
        0 < len(stripped) <= HEADING_MAX_CHARS
        and (stripped[0].isupper() or stripped[0] in "(«'‘“")
        and (question or not P.TERMINAL_PUNCTUATION.search(stripped))
        and not stripped.endswith((",", "-"))
        and not P.SIGNATURE_ROLE.match(stripped)
        and not P.FIGURE_CAPTION.match(stripped)
        and not (P.SIGNATURE_NAME.match(stripped) and P.SIGNATURE_ROLE.match(following))
        and words <= 9
        and not following[:1].islower()
        and not following.startswith("(")
    )


def is_body_block(lines: list[str] | None) -> bool:
    """Does this (next) block look like running text rather than another short line?"""
    return lines is not None and (len(lines) > 1 or len(lines[0]) > HEADING_MAX_CHARS)


def _numbered_heading(lines: list[str], i: int, width: int, last: str | None) -> int:
    """How many lines from lines[i] make a numbered heading ("1.1 Blootstelling van …" and its
    wrapped rest in lower case); 0 when lines[i] is none.

    Not a heading: a line that ends in punctuation or in a word that cannot end a title ("… toe
    in het"), an item of a numbered list (the next line carries the next number), or a number
    out of sequence after the last numbered heading `last` ("5." right after "1.1").
    """
    line = lines[i].strip()
    number = P.NUMBERED_HEADING.match(line)
    if not (
        number
        and len(line) <= HEADING_MAX_CHARS
        and len(line.split()) <= 14
        and not P.TERMINAL_PUNCTUATION.search(_without_final_parenthesis(line))
        and _follows(last, number.group(1))
    ):
        return 0
    following = lines[i + 1].strip() if i + 1 < len(lines) else ""
    nxt_number = P.NUMBERED_HEADING.match(following)
    if nxt_number and _next_number(number.group(1)) == nxt_number.group(1):
        return 0  # "1. Stel …" / "2. Ontwikkel …": a list, not headings
    if (
        following[:1].islower()
        and len(following) < 0.6 * width
        and not P.TERMINAL_PUNCTUATION.search(following)
        and (i + 2 >= len(lines) or not lines[i + 2][:1].islower())
    ):
        return 2  # "1.2 Blootstelling van … en" / "andere stoffen"
    if following[:1].islower() or line.split()[-1].lower() in P.TITLE_CANNOT_END:
        return 0
    return 1


def _follows(last: str | None, number: str) -> bool:
    """Can heading `number` come after heading `last`? "1.2" or "1.1.1" or "2" after "1.1"."""
    parts = [int(x) for x in number.split(".")]
    if last is None:
        return all(x == 1 for x in parts[1:]) and parts[0] <= 2
    before = [int(x) for x in last.split(".")]
    if len(parts) == len(before) + 1:
        return parts[:-1] == before and parts[-1] == 1
    if len(parts) <= len(before):
        return parts[:-1] == before[: len(parts) - 1] and parts[-1] == before[len(parts) - 1] + 1
    return False


def _next_number(number: str) -> str:
    """The number after "1.1" is "1.2"; after "3" it is "4"."""
    *head, last = number.split(".")
    return ".".join([*head, str(int(last) + 1)])


def _opens_item(line: str) -> bool:
    """A list item that is a sentence of its own ("1. Op basis van …", "• Het aanpassen …")."""
    m = P.LIST_ITEM.match(line)
    return m is not None and m.group(1).isupper()


def _without_final_parenthesis(text: str) -> str:
    """A heading may end in a parenthesis: "3. Emissie van zeer zorgwekkende stoffen (ZZS)"."""
    if text.endswith(")") and "(" in text:
        return text[: text.rindex("(")].rstrip()
    return text


@dataclass
class Paragraph:
    """A paragraph's lines within its block; `heading` when it is a numbered heading."""

    lines: list[str]
    offset: int
    heading: bool = False


def split_paragraphs(
    lines: list[str],
    width: int,
    *,
    guess_headings: bool = True,
    numbering: list[str] | None = None,
    unbroken: bool = False,
) -> list[Paragraph]:
    """Split a block's lines into paragraphs: a short line ending a sentence closes one.

    A numbered heading ("1.1 Blootstelling van …") stands alone when the line before it ends
    a sentence or is a heading itself; `numbering` holds the last heading number seen, so that
    headings keep their sequence. A plain heading line (short, capitalised, no end punctuation)
    after a finished sentence opens a new paragraph that it heads; the caller splits it off.
    """
    out: list[Paragraph] = []
    current: list[str] = []
    start = 0
    i = 0
    after_heading = True  # the block's start counts as a paragraph end
    numbering = numbering if numbering is not None else []
    while i < len(lines):
        line = lines[i]
        ended = not current or (
            P.TERMINAL_PUNCTUATION.search(current[-1]) and not current[-1].rstrip().endswith(":")
        )
        if guess_headings and (after_heading or ended):
            taken = _numbered_heading(lines, i, width, numbering[-1] if numbering else None)
            if taken:
                if current:
                    out.append(Paragraph(current, start))
                    current = []
                out.append(Paragraph(lines[i : i + taken], i, heading=True))
                numbering.append(P.NUMBERED_HEADING.match(line.strip()).group(1))  # type: ignore[union-attr]
                i += taken
                after_heading = True
                continue
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if (
            guess_headings
            and current
            and ended
            and len(line) < 0.85 * width
            and nxt[:1].isupper()
            and is_heading_line(line, nxt)
            and not _opens_item(line)
        ):
            out.append(Paragraph(current, start))  # a plain heading after a finished paragraph
            current = []
        after_heading = False
        if not current:
            start = i
        current.append(line)
        short = len(line) < 0.75 * width
        # A sentence that ends where the next line's first word would still have fitted ends
        # its paragraph: the line was broken on purpose, not for want of room.
        # Needed only where no blank line marks paragraphs (pdfminer's text).
        fits = unbroken and bool(nxt.split()) and len(line) + 1 + len(nxt.split()[0]) <= width
        if (
            ((short or fits) and P.TERMINAL_PUNCTUATION.search(line) and nxt[:1].isupper())
            or _opens_item(nxt)
            or P.CLOSING_FORMULA.match(nxt)  # "Hoogachtend," and the signature stand apart
            or P.ATTACHMENT_LINE.match(nxt)  # "Bijlage: …" after the signature
            or P.CLOSING_FORMULA.match(line)
        ):
            out.append(Paragraph(current, start))
            current = []
        elif guess_headings and len(line) < 0.7 * width and i == 0 and is_heading_line(line, nxt) and nxt:
            out.append(Paragraph(current, start))  # a heading line on top of its paragraph
            current = []
        i += 1
    if current:
        out.append(Paragraph(current, start))
    if not guess_headings:
        return out
    # Keep a heading together with the paragraph it heads; the caller splits them.
    merged: list[Paragraph] = []
    for para in out:
        last = merged[-1] if merged else None
        if (
            last is not None
            and not last.heading
            and len(last.lines) == 1
            and last.offset == 0
            and is_heading_line(last.lines[0], para.lines[0])
        ):
            merged[-1] = Paragraph(last.lines + para.lines, last.offset)
        else:
            merged.append(para)
    return merged


def join_lines(lines: list[str]) -> str:
    """Join hard-wrapped lines, undoing line-end hyphenation but keeping real hyphens.

    Each line costs the same however long the joined text already is (growing one string and
    searching it for a line-end hyphen per line was quadratic).
    """
    text = _JoinedText()
    for line in lines:
        line = line.strip()
        if not text.size:
            text = _JoinedText(line)
            continue
        hyphen = P.LINE_END_HYPHEN.search(text.end)
        if hyphen and line[:1].islower():
            if line.split(" ", 1)[0] in P.HYPHEN_CONJUNCTIONS:
                text.add(" ", line)  # "dak-" + "en thuisloze"
            elif hyphen.group(1).isupper() or hyphen.group(1).isdigit():
                text.add(line)  # "LHBTI-" + "jongeren"
            else:
                text.drop_last_char()
                text.add(line)  # "duidelijk-" + "heid"
        elif hyphen and (line[:1].isupper() or line[:1].isdigit()):
            text.add(line)  # "IENW/BSK-" + "2023/33017", "Noord-" + "Holland"
        else:
            text.add(" ", line)
    # Runs of white space become one space, as re.sub(r"\s+", " ", …) would make them (str.split
    # splits at the same characters as "\s"), only faster; the value never starts with white space.
    value = text.value()
    return " ".join(value.split()) + (" " if value[-1:].isspace() else "")


class _JoinedText:
    """A string built by appending, that knows its end without being joined.

    ``end`` is its last characters before any trailing whitespace (all a line-end hyphen test
    needs); ``trailing`` counts that whitespace.
    """

    def __init__(self, first: str = "") -> None:
        self.parts: list[str] = []
        self.size = 0
        self.end = ""
        self.trailing = 0
        self.add(first)

    def add(self, *pieces: str) -> None:
        for piece in pieces:
            self.parts.append(piece)
            self.size += len(piece)
            body = piece.rstrip()
            if body:
                self.end = (self.end + " " * self.trailing + body)[-3:]
                self.trailing = len(piece) - len(body)
            else:
                self.trailing += len(piece)

    def drop_last_char(self) -> None:
        while self.parts and not self.parts[-1]:
            self.parts.pop()
        if not self.parts:
            return
        self.parts[-1] = self.parts[-1][:-1]
        self.size -= 1
        if self.trailing:
            self.trailing -= 1
        else:
            self.end = self.end[:-1]

    def value(self) -> str:
        return "".join(self.parts)
