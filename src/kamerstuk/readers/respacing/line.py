"""One line as the respacing rules see it: its tokens, the spaces before each, and the joins.

`_Line` renders the line back with the removed spaces left out; `_split_controls` keeps the
form feeds and carriage return around a line out of the rules' way.
"""

from __future__ import annotations


class _Line:
    """The tokens of one line, the spaces before each, and which spaces are removed."""

    __slots__ = ("gaps", "glue", "n", "tokens", "trailing")

    def __init__(self, parts: list[str]) -> None:
        """`parts` is the line split on single spaces ("a  b" -> ["a", "", "b"])."""
        tokens: list[str] = []
        gaps: list[int] = []
        spaces = -1
        for part in parts:
            spaces += 1
            if part:
                tokens.append(part)
                gaps.append(spaces)
                spaces = 0
        self.tokens = tokens
        self.gaps = gaps
        self.trailing = max(spaces, 0)
        self.n = len(tokens)
        self.glue = [False] * len(tokens)

    def adjacent(self, index: int) -> bool:
        """Whether token `index` follows the previous one after exactly one space."""
        return 0 < index < self.n and self.gaps[index] == 1

    def join(self, start: int, end: int) -> None:
        """Remove the spaces inside tokens[start:end]."""
        for index in range(start + 1, end):
            self.glue[index] = True

    def word_before(self, index: int) -> str:
        """The (joined) word that ends just before token `index`."""
        if index <= 0:
            return ""
        start = index - 1
        while start > 0 and self.glue[start]:
            start -= 1
        return "".join(self.tokens[start:index])

    def render(self) -> str:
        parts = [
            token if glued else " " * gap + token
            for token, gap, glued in zip(self.tokens, self.gaps, self.glue, strict=True)
        ]
        return "".join(parts) + " " * self.trailing


def _split_controls(text: str) -> tuple[str, str, str]:
    """Leading form feeds, the line, a final carriage return: "\fP agina 2\r"."""
    end = "\r" if text.endswith("\r") else ""
    body = text[: len(text) - len(end)]
    lead = len(body) - len(body.lstrip("\f"))
    return body[:lead], body[lead:], end
