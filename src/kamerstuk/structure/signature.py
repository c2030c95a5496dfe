"""The signature: closing formula, office lines and names at the end of a letter.

Signatures come in several real shapes, all handled here:

- role first: "Hoogachtend," / "DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT," / "Mark Harbers"
  (the office in capitals or running case, wrapped over lines, with or without comma);
- name first, without closing formula: "M.A.M. Adriaansens" / "Minister van Economische Zaken en Klimaat";
- several signatories, each with an office, one after another or as two columns that the
  reader wrote as all offices, then all names;
- "namens deze," between an office and the official who signs for it.
"""

from __future__ import annotations

from collections.abc import Sequence

from kamerstuk.blocks import Block
from kamerstuk.models import Signatory
from kamerstuk.patterns import structure as P
from kamerstuk.structure.values import office_case

#: How many lines after its start a signature may take (two signatories with wrapped offices fit).
_MAX_SIGNATURE_LINES = 16


def find_signature(body: Sequence[Block]) -> tuple[list[Signatory], tuple[int, int] | None]:
    """The signature among the last text blocks: its signatories and its span of blocks.

    Anchored on the last closing formula ("Hoogachtend,") when there is one; otherwise on the
    last block that opens with an office line or a name followed by an office.
    """
    for i in range(len(body) - 1, -1, -1):
        block = body[i]
        if block.kind == "text" and P.CLOSING_FORMULA.match(_lines(block)[0]):
            found = _signature_at(body, i)
            if found:
                return found[0], (i, found[1])
            break
    for i in range(len(body) - 1, -1, -1):
        if body[i].kind != "text" or not _opens_signature(_lines(body[i]), body, i):
            continue
        found = _signature_at(body, i)
        if found:
            first = i
            # One block per signatory: walk back over earlier signature blocks that run into this one.
            moved = True
            while moved:
                moved = False
                for back in (1, 2):
                    if (
                        first - back >= 0
                        and (earlier := _signature_at(body, first - back))
                        and earlier[1] > first
                    ):
                        first -= back
                        moved = True
                        break
            found = _signature_at(body, first)
            assert found is not None
            signatories, j = found
            return signatories, (first, max(j, i + 1))
    return [], None


def _lines(block: Block) -> tuple[str, ...]:
    return block.lines or (block.text,)


def _opens_signature(lines: Sequence[str], body: Sequence[Block], i: int) -> bool:
    """Does a block open a signature: an office line with its article, or a name over an office?"""
    if P.SIGNATURE_ROLE_WITH_ARTICLE.match(lines[0]) and P.SIGNATURE_ROLE.match(lines[0]):
        return True
    if not P.SIGNATURE_NAME.match(lines[0]) or P.SIGNATURE_ROLE.match(lines[0]):
        return False
    following = lines[1] if len(lines) > 1 else None
    if following is None and i + 1 < len(body) and body[i + 1].kind == "text":
        following = _lines(body[i + 1])[0]
    return following is not None and _role_at([following], 0) is not None


def split_at_signature(body: list[Block], span: tuple[int, int]) -> tuple[list[Block], list[Block]]:
    """The letter's body before the signature, and what follows it (an attachment: "Bijlage: …").

    The closing formula just before the signature goes; footnote blocks after it stay with the
    body (a last page's footnotes come after the signature in reading order).
    """
    before = body[: span[0]]
    if before and before[-1].kind == "text" and P.CLOSING_FORMULA.match(before[-1].text):
        before = before[:-1]
    after = body[span[1] :]
    return before + [b for b in after if b.kind == "footnote"], [b for b in after if b.kind != "footnote"]


def motion_signatories(body: list[Block]) -> tuple[list[Signatory], list[Block]]:
    """The movers sign a motion: their names follow "en gaat over tot de orde van de dag."

    Returns the signatories and the body without the name blocks.
    """
    closing_at = next(
        (i for i, b in enumerate(body) if b.kind == "text" and P.MOTION_CLOSING.search(b.text)), None
    )
    if closing_at is None:
        return [], body
    names = [b for b in body[closing_at + 1 :] if b.kind == "text" and len(b.text) <= 80]
    signatories = [
        Signatory(name=line.strip())
        for b in names
        for line in b.lines or (b.text,)
        if P.SIGNATURE_NAME.match(line)
    ]
    if not signatories:
        return [], body
    return signatories, [b for b in body if b not in names]


def _signature_at(blocks: Sequence[Block], i: int) -> tuple[list[Signatory], int] | None:
    """If blocks[i] opens a signature, return its signatories and the index of the block after it."""
    lines: list[str] = []
    ends: list[tuple[int, int]] = []  # (index of the next block, lines read so far)
    j = i
    while j < len(blocks) and blocks[j].kind == "text" and len(lines) < _MAX_SIGNATURE_LINES:
        lines.extend(_lines(blocks[j]))
        j += 1
        ends.append((j, len(lines)))
    signatories, used = _signatories(lines)
    if not signatories:
        return None
    for next_block, read in ends:
        if read >= used:
            # A signature ends with its block; what else the last block holds is the sidebar's
            # remainder or a stray line, never a sentence of the letter.
            rest = lines[used:read]
            if len(rest) > 3 or any(P.TERMINAL_PUNCTUATION.search(x) for x in rest):
                return (signatories, next_block - 1) if next_block - 1 > i else None
            return signatories, next_block
    return None


def _role_at(lines: Sequence[str], k: int) -> tuple[str, int] | None:
    """The office that starts at lines[k] (it may wrap over three lines) and the line after it."""
    if k >= len(lines) or not P.SIGNATURE_ROLE.match(lines[k]):
        return None
    role_lines = [lines[k].strip()]
    n = k + 1
    upper = role_lines[0].isupper()
    if (
        role_lines[0].endswith(",")
        and n < len(lines)
        and (not upper or lines[n].strip().isupper())
        and (
            P.OFFICE_COMMA_CONTINUATION.match(lines[n].strip())
            # (a portfolio in running case only, and no second office: "De minister-president," / "Minister van
            # Algemene Zaken," is two offices)
            or (
                not upper
                and P.OFFICE_PORTFOLIO_CONTINUATION.match(lines[n].strip()) is not None
                and P.SIGNATURE_ROLE.match(lines[n].strip()) is None
            )
        )
        and not P.SIGNATURE_NAME.match(lines[n].strip())
    ):
        # "de minister van Volksgezondheid," / "Welzijn en Sport,": the comma is the ministry's own (also in
        # capitals: "DE MINISTER VAN VOLKSGEZONDHEID," / "WELZIJN EN SPORT,")
        role_lines.append(lines[n].strip())
        n += 1
    while not role_lines[-1].endswith(",") and n < len(lines) and len(role_lines) < 3:
        following = lines[n].strip()
        # (also a dash in the office's own title: "de staatssecretaris van Financiën -" / "Fiscaliteit en
        # Belastingdienst,")
        open_end = role_lines[-1].endswith(
            (" en", " van", " voor", " EN", " VAN", " VOOR", ",", " -", " –", " —")
        )
        # "de Minister van Sociale Zaken" / "en Werkgelegenheid,": the next line goes on with a joining word
        joined = P.OFFICE_CONTINUATION.match(following) is not None
        if (upper and following.isupper()) or ((open_end or joined) and not upper):
            role_lines.append(following)
            n += 1
            continue
        break
    role = " ".join(role_lines).rstrip(",").strip()
    if len(role) > 140:
        return None
    role = P.SIGNATURE_ROLE_WITH_ARTICLE.sub(lambda m: m.group(0)[-1], role, count=1)
    if role.isupper():
        role = office_case(role)
    return role[:1].upper() + role[1:], n


def _signatories(lines: Sequence[str]) -> tuple[list[Signatory], int]:
    """Parse offices and names from the top of `lines`; return them and how many lines they used."""
    out: list[Signatory] = []
    roles: list[str] = []  # offices waiting for their names (two columns: all offices, then all names)
    k = 0
    while k < len(lines):
        line = lines[k]
        if P.CLOSING_FORMULA.match(line) or (P.SIGNATURE_ON_BEHALF.match(line) and (roles or out)):
            k += 1
            continue
        role = _role_at(lines, k)
        if role is not None:
            following = lines[role[1]] if role[1] < len(lines) else ""
            if not roles and P.SIGNATURE_NAME.match(following) and _role_at(lines, role[1]) is None:
                out.append(Signatory(name=following.strip(), role=role[0]))
                k = role[1] + 1
            else:
                roles.append(role[0])
                k = role[1]
            continue
        if P.SIGNATURE_NAME.match(line):
            if roles:
                out.append(Signatory(name=line.strip(), role=roles.pop(0)))
                k += 1
                continue
            office = _role_at(lines, k + 1)
            if office is not None:  # name first: "M.A.M. Adriaansens" / "Minister van …"
                out.append(Signatory(name=line.strip(), role=office[0]))
                k = office[1]
                continue
        break
    return out, k
