"""The signature: closing formula, office lines and names at the end of a letter."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kamerstuk.blocks import Block
from kamerstuk.models import Signatory
from kamerstuk.patterns import structure as P


def find_signature(body: Sequence[Block]) -> tuple[list[Signatory], tuple[int, int] | None]:
    """The last "De Minister van …," + name run among the text blocks: signatories and block span."""
    for i in range(len(body) - 1, -1, -1):
        if body[i].kind != "text" or not P.SIGNATURE_ROLE.match((body[i].lines or (body[i].text,))[0]):
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


def remove_signature(body: list[Block], span: tuple[int, int]) -> list[Block]:
    """The body without the signature blocks and the closing formula just before them."""
    kept = body[: span[0]] + body[span[1] :]
    closing = [b for b in kept[: span[0]][-1:] if b.kind == "text" and P.CLOSING_FORMULA.match(b.text)]
    return [b for b in kept if b not in closing]


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
    """If blocks[i] opens a signature ("De Minister van …," + name), return it and the next index."""
    lines: list[str] = []
    j = i
    while j < len(blocks) and blocks[j].kind == "text" and len(lines) < 12:
        lines.extend(blocks[j].lines or (blocks[j].text,))
        j += 1
        signatories, used = _signatories(lines)
        if signatories and used == len(lines):
            # Take following blocks too while they are more signatories (two-signatory letters),
            # whether a role and its name share a block or stand in blocks of their own.
            while True:
                grown = False
                for extra in (1, 2):
                    following = blocks[j : j + extra]
                    if len(following) < extra or any(b.kind != "text" for b in following):
                        break
                    more_lines = [*lines, *(ln for b in following for ln in (b.lines or (b.text,)))]
                    more, used_more = _signatories(more_lines)
                    if len(more) > len(signatories) and used_more == len(more_lines):
                        lines, signatories, j = more_lines, more, j + extra
                        grown = True
                        break
                if not grown:
                    break
            return signatories, j
        if not signatories and len(lines) > 4:
            return None
    return None


def _signatories(lines: Sequence[str]) -> tuple[list[Signatory], int]:
    """Parse role/name pairs from the top of `lines`; return them and how many lines they used."""
    out: list[Signatory] = []
    k = 0
    while k < len(lines):
        if P.CLOSING_FORMULA.match(lines[k]):
            k += 1
            continue
        role_lines: list[str] = []
        m = P.SIGNATURE_ROLE.match(lines[k])
        if not m:
            break
        n = k
        # The office may wrap: "De Minister van Onderwijs, Cultuur en" / "Wetenschap,"
        while n < len(lines) and len(role_lines) < 3:
            role_lines.append(lines[n].strip())
            n += 1
            if role_lines[-1].endswith(","):
                break
        role_text = " ".join(role_lines)
        if not role_text.endswith(",") or len(role_text) > 140 or n >= len(lines):
            break
        name_match = P.SIGNATURE_NAME.match(lines[n])
        if not name_match:
            break
        role = re.sub(r"^(?:De|Het)\s+", "", role_text.rstrip(",").strip())
        role = role[:1].upper() + role[1:]
        out.append(Signatory(name=name_match.group(1).strip(), role=role))
        k = n + 1
    return out, k
