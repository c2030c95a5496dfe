"""Read text input: decide between Markdown and pdftotext-style plain text."""

from __future__ import annotations

import re

from kamerstuk.blocks import RawDocument
from kamerstuk.readers.markdown import read_markdown
from kamerstuk.readers.plaintext import read_plaintext

# Markdown tells itself by markup a pdftotext dump never has: "<sup>1</sup>", "## ", "**Nr. 245**", "[^1]"
_MARKDOWN_CUES = re.compile(
    r"<sup>\s*\d+\s*</sup>|^#{1,6}\s+\S|^\*\*[^*\n]+\*\*\s*$|\[\^\d+\]|^-{3,}\s*$", re.M
)


def looks_like_markdown(text: str) -> bool:
    """True when the text carries Markdown markup (and no form feeds of a pdftotext dump)."""
    return "\f" not in text and len(_MARKDOWN_CUES.findall(text)) >= 2


def read_text(text: str) -> RawDocument:
    """Read a letter from Markdown or plain text into blocks."""
    return read_markdown(text) if looks_like_markdown(text) else read_plaintext(text)
