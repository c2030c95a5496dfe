"""Read text input: decode its bytes, then decide between Markdown and pdftotext-style plain text.

Decoding (`sniff_encoding`, `decode_text`) goes by the byte order mark first (UTF-8,
UTF-16 LE, UTF-16 BE), then by detection: text in UTF-16 without a BOM shows itself by a
zero byte beside nearly every character; otherwise UTF-8 when the bytes are valid UTF-8,
else Windows-1252 (which reads ISO-8859-1 too).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kamerstuk.blocks import RawDocument
from kamerstuk.patterns import structure as P
from kamerstuk.readers.markdown import read_markdown, strip_emphasis
from kamerstuk.readers.paragraphs import HEADING_MAX_CHARS
from kamerstuk.readers.plaintext import read_plaintext

# Markdown tells itself by markup a pdftotext dump never has: "<sup>1</sup>", "## ", "**Nr. 245**", "[^1]"
_MARKDOWN_CUES = re.compile(
    r"<sup>\s*\d+\s*</sup>|^#{1,6}\s+\S|^\*\*[^*\n]+\*\*\s*$|\[\^\d+\]|^-{3,}\s*$"
    # a bold run-in label opening a line: "**Aanbeveling 1** Richt de noodsteun in via één loket."
    r"|^\*\*[^*\n]{2,80}\*\*[ \t]+\S",
    re.M,
)
#: A heading line of its own, a cue strong enough alone: "### Vervolg", "**Tot slot**" between blank lines.
_MARKDOWN_HEADING_LINE = re.compile(
    # (blank lines of spaces and tabs only: linear on any run of whitespace)
    r"(?:^|\n)[ \t]*\n(?:#{1,6}[ \t]+\S[^\n]*|\*\*[^*\n]{2,80}\*\*)[ \t]*\n[ \t]*\n"
)
#: An ATX heading line of a letterhead letter, its text in group 1 (bold markers inside dropped): "### **Vervolg**".
_ATX_AS_BOLD = re.compile(r"(?m)^#{1,6}[ \t]+(?:\*\*)?([^*\n]+?)(?:\*\*)?[ \t]*#*[ \t]*$")
# What each alternative of _MARKDOWN_CUES holds literally ("<sup>1</sup>", "## Kop", "**Kop**" and "**Kop** tekst",
# "[^1]", "---"; those anchored at a line start after a line end, in the text read after a "\n"): text with
# none of them has no cue, and is not searched.
_MARKDOWN_CUE_LITERALS = ("<sup>", "\n#", "\n**", "[^", "\n---")

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
#: Bytes looked at to detect an encoding without a byte order mark.
_SNIFF_BYTES = 4096


def sniff_encoding(data: bytes) -> tuple[str, int]:
    """The encoding of text bytes and the length of its byte order mark (0 without one).

    One of ``"utf-8"``, ``"utf-16-le"``, ``"utf-16-be"`` or ``"cp1252"``. Only the first
    few kilobytes are looked at; `decode_text` falls back to Windows-1252 should UTF-8
    fail further on.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    sample = data[:_SNIFF_BYTES]
    pairs = len(sample) // 2
    if pairs >= 2:
        even = sample[0 : 2 * pairs : 2].count(0)
        odd = sample[1 : 2 * pairs : 2].count(0)
        # Latin text in UTF-16: the high byte of almost every character is zero.
        if odd >= 0.4 * pairs and even <= 0.02 * pairs:
            return "utf-16-le", 0
        if even >= 0.4 * pairs and odd <= 0.02 * pairs:
            return "utf-16-be", 0
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.end < len(sample):  # not just a character cut short by the sample's (or the file's) end
            return "cp1252", 0
    return "utf-8", 0


def decode_text(data: bytes) -> str:
    """Decode text input by its BOM or by detection (see `sniff_encoding`); never raises.

    Bytes that do not decode become U+FFFD. The BOM is not part of the result.
    """
    encoding, bom = sniff_encoding(data)
    body = data[bom:]
    if encoding == "utf-8":
        try:
            return body.decode("utf-8")
        except UnicodeDecodeError as exc:
            if exc.end == len(body):  # only the last character is cut short (a truncated file)
                return body.decode("utf-8", errors="replace")
            return body.decode("cp1252", errors="replace")
    if encoding.startswith("utf-16"):
        return body[: len(body) - len(body) % 2].decode(encoding, errors="replace")
    return body.decode(encoding, errors="replace")


def decode_head(data: bytes, size: int = _SNIFF_BYTES) -> str:
    """The first characters of text input (about `size` bytes' worth), decoded like `decode_text`."""
    encoding, bom = sniff_encoding(data)
    head = data[bom : bom + size]
    if encoding.startswith("utf-16"):
        head = head[: len(head) - len(head) % 2]
    return head.decode(encoding, errors="replace")


def looks_like_markdown(text: str) -> bool:
    """True when the text carries Markdown markup (and no form feeds of a pdftotext dump)."""
    probe = "\n" + text  # "^" matches at the start too
    if "\f" in text or not any(cue in probe for cue in _MARKDOWN_CUE_LITERALS):
        return False
    # (one heading line on its own is enough: a letterhead letter with a single "**Tot slot**" or "### Vervolg" kept it
    # as a body line before; round 39)
    return len(_MARKDOWN_CUES.findall(text)) >= 2 or _MARKDOWN_HEADING_LINE.search(text) is not None


def longest_line(text: str) -> tuple[int, int]:
    """(length, 1-based number) of the longest line; lines end at ``\\n``, ``\\r\\n`` or ``\\r``."""
    best = number = 0
    for i, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), start=1):
        if len(line) > best:
            best, number = len(line), i
    return best, number


#: How far into a text a letterhead's lines are looked for.
_LETTERHEAD_CHARS = 3000


def _markdown_letterhead(text: str) -> bool:
    """Whether a Markdown text is a ministry letterhead letter ("Datum …", "Betreft …", the
    addressee) rather than an official Kamerstuk (whose header the Markdown reader reads)."""
    head = text[:_LETTERHEAD_CHARS]
    return bool(
        P.MD_LETTERHEAD_DATE.search(head)
        and P.MD_LETTERHEAD_OTHER.search(head)
        and not P.MD_KAMERSTUK_HEADER.search(head)
    )


def read_text(text: str) -> RawDocument:
    """Read a letter from Markdown or plain text into blocks."""
    # a letterhead label in bold, "**Datum** 3 maart 2026", is read as the label itself
    text = P.MD_EMPHASISED_LABEL.sub(r"\1\3\4", text)
    if looks_like_markdown(text) and _markdown_letterhead(text):
        # a letterhead letter converted to Markdown: its bold headings ("**Aanleiding**") as plain
        # lines, read with the letterhead's furniture (Datum, Betreft, Kenmerk, the addressee)
        # (emphasis inside a line goes too: "**Aanbeveling 1** Richt …" is read as "Aanbeveling 1 Richt …", as the
        # Markdown reader reads it)
        # (an ATX heading, "### Vervolg" or "### **Vervolg**", is read as such a bold line)
        text = _ATX_AS_BOLD.sub(r"**\1**", text)
        raw = read_plaintext(strip_emphasis(strip_emphasis(P.MD_BOLD_LINE.sub(r"\1", text))))
        return _bold_lines_as_headings(raw, text)
    return read_markdown(text) if looks_like_markdown(text) else read_plaintext(text)


#: The most words a standalone bold line may have to be a heading: more than a plain line (`is_heading_line`
#: allows nine), as the bold says what it is ("Aanbeveling 3: Onderzoek de inzet van diëtisten in de wijk").
_BOLD_TITLE_WORDS = 14


def _bold_title(title: str) -> bool:
    """Whether the text of a standalone bold line can be a heading: short, capitalised or numbered, and no
    sentence ("**Dit is een zin in vet.**" is emphasis)."""
    return (
        0 < len(title) <= HEADING_MAX_CHARS
        and len(title.split()) <= _BOLD_TITLE_WORDS
        and (title[0].isupper() or title[0].isdigit() or title[0] in "«'‘“")
        and (title.endswith("?") or not P.TERMINAL_PUNCTUATION.search(title))
        and not title.endswith((",", "-"))
    )


def _bold_lines_as_headings(raw: RawDocument, text: str) -> RawDocument:
    """`raw` with the letter's standalone bold lines as headings: "**Reactie**" between blank lines
    after the salutation is a heading, even where the paragraph under it is one short sentence or a
    lead ("De ACM doet vier aanbevelingen:") that plain text would not take for the running text a
    heading line must stand above."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    salutation = next((i for i, line in enumerate(lines) if P.SALUTATION.match(line)), None)
    if salutation is None:
        return raw
    standalone: set[str] = set()  # their texts (the plain reader numbers lines its own way)
    for i in range(salutation + 1, len(lines)):
        m = P.MD_BOLD_LINE.match(lines[i])
        if (
            m
            and not lines[i - 1].strip()
            and (i + 1 == len(lines) or not lines[i + 1].strip())
            and _bold_title(m.group(1).strip())
        ):
            standalone.add(m.group(1).strip())
    if not standalone:
        return raw
    blocks = [
        replace(b, kind="heading", level=1, lines=(b.text,))
        if b.kind == "text" and b.text in standalone and len(b.lines) == 1
        else b
        for b in raw.blocks
    ]
    return replace(raw, blocks=blocks)
