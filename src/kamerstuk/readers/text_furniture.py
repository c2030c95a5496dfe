"""The furniture of a plain-text letter: letterhead, sidebar colofon, page lines.

A ministry letter in plain text has its letterhead (Retouradres, addressee with Postbus,
"Datum", "Betreft"), its sidebar colofon (ministry, directorate, address, "Ons kenmerk",
"Bijlage(n)") and its running "Pagina 2 van 7" lines interleaved with the body.
`FurnitureReader` takes them out and keeps what they say; the plain-text reader builds on it.
"""

from __future__ import annotations

from kamerstuk.blocks import Note
from kamerstuk.patterns import structure as P
from kamerstuk.readers.line_blocks import SIDEBAR_MAX_CHARS, LineBlock

_LETTERHEAD_MAX_PROSE = 3  # sentences above the salutation that a letterhead never has
_LETTERHEAD_MAX_LINES = 80  # a letterhead above the salutation is never longer than this


def _label_value(lines: list[str], i: int, *, zone: bool = False) -> tuple[str, str, int]:
    """Label at lines[i] and its value (same line, or the next line if that is not a label).

    A subject ("Betreft") may wrap: in the letterhead zone every following line that is not
    another letterhead item continues it; elsewhere only lines that go on in lower case.
    """
    m = P.LETTERHEAD_LABEL.match(lines[i])
    assert m is not None
    label, value = m.group(1).lower(), m.group(2).strip()
    used = 1
    if not value and i + 1 < len(lines) and not P.LETTERHEAD_LABEL.match(lines[i + 1]):
        value, used = lines[i + 1].strip(), 2
    if label not in ("betreft", "onderwerp"):
        return label, value, used
    # "Betreft Voortgangsbrief Hervormingsagenda Jeugd en" / "wachttijden jeugdhulp"
    while value and i + used < len(lines):
        following = lines[i + used].strip()
        if _is_letterhead_item(following) or not (zone or following[:1].islower()):
            break
        value = f"{value} {following}"
        used += 1
    return label, value, used


def _is_letterhead_item(line: str) -> bool:
    """A line that is a letterhead item of its own, so it cannot continue a wrapped subject."""
    return bool(
        P.LETTERHEAD_LABEL.match(line)
        or P.SALUTATION.match(line)
        or P.ADDRESS_LINE.match(line)
        or P.SIDEBAR_LINE.match(line)
        or P.MINISTRY_LINE.match(line)
        or P.PAGINA.match(line)
        or P.RETOURADRES.match(line)
        or P.DATE_ONLY.match(line)
    )


def _ministry_name(lines: list[str], i: int) -> tuple[str, int]:
    """A ministry's name from the sidebar, wrapped or not: "Ministerie van" / "Infrastructuur en" / "Waterstaat"."""
    name = lines[i].strip()
    n = i + 1
    while (
        n < len(lines)
        and n - i <= 3
        and (name.endswith((",", " en", " van", " voor")) or lines[n][:1].islower())
    ):
        name = f"{name} {lines[n].strip()}"
        n += 1
    return name, n - i


class FurnitureReader:
    """Takes a plain-text letter's furniture out of its blocks and keeps what it says in `fields`.

    The letterhead above the salutation is read whole (`_letterhead_zone`); below it, `furniture`
    takes the sidebar colofon, the return address, page lines and running footers out of each
    block. `body_started` says when the letter's body has begun, after which a letterhead label
    is furniture only in a narrow (sidebar) block.
    """

    def __init__(self, raw: list[LineBlock]) -> None:
        self.pending_labels: list[str] = []  # letterhead labels whose value is still to come
        self.raw = raw
        self.fields: dict[str, str] = {}
        self.notes: list[Note] = []
        self.body_started = False

    def _set(self, key: str, value: str) -> None:
        value = value.strip()
        if value and key not in self.fields:
            self.fields[key] = value

    def _take_label(self, label: str, value: str) -> None:
        if label == "datum":
            self._set("date", value)
        elif label in ("betreft", "onderwerp"):
            self._set("subject", value)
        elif label in ("ons kenmerk", "kenmerk"):
            self._set("reference", value)
        elif label.startswith("bijlage"):
            self._set("attachments", value)

    def furniture(self, block: LineBlock) -> list[str]:
        """Remove furniture lines from a block, keeping what they say; return the rest."""
        lines = block.lines
        rest: list[str] = []
        i = 0
        narrow = max(len(x) for x in lines) <= SIDEBAR_MAX_CHARS
        if narrow and P.SIDEBAR_NOTE.match(lines[0]):
            return []
        while i < len(lines):
            line = lines[i]
            if P.RETOURADRES.match(line):
                self._set("return_address", line.lstrip("> ").strip())
                i += 1
            elif P.PAGINA.match(line) or P.ISSN_LINE.match(line):
                i += 1
            elif m := P.RUNNING_FOOTER.match(line):
                self._set("running_footer", line)
                i += 1
            elif m := P.KST_IDENTIFIER.match(line):
                self._set("identifier", m.group(1))
                i += 1
            elif (
                P.LETTERHEAD_LABEL.match(line)
                and (narrow or not self.body_started)
                and not (self.body_started and P.ATTACHMENT_LINE.match(line))
            ):
                label, value, used = _label_value(lines, i)
                if label == "datum" and not value:
                    self.fields.setdefault("date_pending", "1")
                self._take_label(label, value)
                i += used
            elif narrow and P.MINISTRY_LINE.match(line):
                name, used = _ministry_name(lines, i)
                self._set("ministry", name)
                i += used
            elif narrow and P.SIDEBAR_LINE.match(line):
                i += 1
            else:
                rest.append(line)
                i += 1
        # The remainder of a sidebar block: directorate names, abbreviations ("DJJ").
        if (
            rest
            and len(rest) < len(lines)
            and narrow
            and not any(P.TERMINAL_PUNCTUATION.search(x) for x in rest)
        ):
            return []
        return rest

    def _salutation_at(self) -> tuple[int, int] | None:
        """Block and line of the salutation ("Geachte voorzitter,") near the top of page 1."""
        seen = 0
        prose = (
            0  # lines of running sentences above it: then it is no letterhead (a memo above its draft letter)
        )
        for b, block in enumerate(self.raw):
            if block.page != 1 or seen > _LETTERHEAD_MAX_LINES:
                return None
            for n, line in enumerate(block.lines):
                if P.SALUTATION.match(line):
                    return (b, n) if prose < _LETTERHEAD_MAX_PROSE else None
                if len(line) > SIDEBAR_MAX_CHARS and P.TERMINAL_PUNCTUATION.search(line):
                    prose += 1
            seen += len(block.lines)
        return None

    def _letterhead_zone(self, lines: list[str]) -> None:
        """Read the letterhead above the salutation: return address, addressee block, labels.

        Nothing above the salutation is body text; lines that are none of these (logo text,
        sidebar notes) are dropped with an info note.
        """
        unread: list[str] = []
        pending = self.pending_labels
        # ("> De voorzitter van de Tweede Kamer": a converter's blockquote around the addressee block)
        lines = [line for line in (P.BLOCKQUOTE_MARK.sub("", x) for x in lines) if line.strip()]
        i = 0
        while i < len(lines):
            line = lines[i]
            if P.RETOURADRES.match(line):
                self._set("return_address", line.lstrip("> ").strip())
                i += 1
            elif "addressee" not in self.fields and P.ADDRESSEE_START.match(line):
                parts = [line]
                i += 1
                while i < len(lines) and len(parts) < 4 and not _is_letterhead_item(lines[i]):
                    parts.append(lines[i])
                    i += 1
                self._set("addressee", " ".join(parts))
                while (
                    i < len(lines)
                    and P.ADDRESS_LINE.match(lines[i])
                    and not P.LETTERHEAD_LABEL.match(lines[i])
                ):
                    i += 1  # "Postbus 20018", "2500 EA DEN HAAG" (not "Datum 22 december 2022")
            elif P.LETTERHEAD_LABEL.match(line):
                label, value, used = _label_value(lines, i, zone=True)
                if value:
                    self._take_label(label, value)
                else:
                    pending.append(label)  # "Datum" / "Betreft" above, their values in the next block
                i += used
            elif P.MINISTRY_LINE.match(line):
                name, used = _ministry_name(lines, i)
                self._set("ministry", name)
                i += used
            elif P.DATE_ONLY.match(line):
                self._set("date", line)
                if "datum" in pending:
                    pending.remove("datum")
                i += 1
            elif any(label != "datum" for label in pending) and not _is_letterhead_item(line):
                label = next(label for label in pending if label != "datum")
                pending.remove(label)
                value, i = line.strip(), i + 1
                while (
                    label in ("betreft", "onderwerp") and i < len(lines) and not _is_letterhead_item(lines[i])
                ):
                    value, i = f"{value} {lines[i].strip()}", i + 1  # the subject wraps
                self._take_label(label, value)
            else:
                if not (P.PAGINA.match(line) or P.SIDEBAR_LINE.match(line)):
                    unread.append(line)
                i += 1
        if unread:
            self.notes.append(
                Note("letterhead lines not read: " + " | ".join(unread)[:200], "page 1", "info")
            )
