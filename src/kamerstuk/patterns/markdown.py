"""Patterns for Markdown markup, as converters of official PDFs write it.

Footnote markers and definitions, headings, page separators, emphasis, links, inline math
and escapes: what the Markdown reader strips or reads.

Each is compiled once here; the readers and the structure stage use them through
``from kamerstuk.patterns import structure as P`` (see `kamerstuk.patterns.structure`).
"""

from __future__ import annotations

import re

# A footnote marker as converters write it: "… in bijlage 1<sup>1</sup>. Op …"
SUP_MARKER = re.compile(r"<sup>\s*(\d{1,3})\s*</sup>")
# A Markdown footnote reference: "… gepubliceerd.[^3] Daarna …"
MD_FOOTNOTE_REF = re.compile(r"\[\^(\d{1,3})\]")
# A footnote block opening with its marker: "<sup>4</sup> Het platform biedt …"
SUP_FOOTNOTE_BLOCK = re.compile(r"^\s*<sup>\s*(\d{1,3})\s*</sup>\s*(.*)$", re.S)
# A Markdown footnote definition: "[^4]: Het platform biedt …"
MD_FOOTNOTE_DEF = re.compile(r"^\s*\[\^(\d{1,3})\]:\s*(.*)$", re.S)
# An ATX heading: "### **Aanleiding**", "#### *(Proactieve) signalering*"
MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
# A thematic break used by converters as page separator: "---", "***", "___"
MD_PAGE_SEPARATOR = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$")
# Whole-line emphasis: "**Nr. 245**" (bold), "*Slachtoffers in beeld*" (italic)
MD_WHOLE_BOLD = re.compile(r"^\*\*(.+?)\*\*$|^__(.+?)__$", re.S)
MD_WHOLE_ITALIC = re.compile(r"^\*([^*].*?)\*$|^_([^_].*?)_$", re.S)
# Inline emphasis to strip: "**BRIEF**", "*Italic*", "__x__", "_x_"
MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1|(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\3(?![\w*])")
# Links: "[www.tweedekamer.nl](http://www.tweedekamer.nl)" -> the link text
MD_LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]*)\)")
# Autolinks: "<https://www.movisie.nl/publicatie>" -> the URL
MD_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
# Inline math that converters produce for formulas: "(categorie 1,  $n=15$ )" -> "(categorie 1, n=15)"
MD_INLINE_MATH = re.compile(r"\$([^$\n]{1,80})\$")
# Spaces left inside brackets after removing markup: "( n=15 )" -> "(n=15)"
SPACE_INSIDE_BRACKETS = re.compile(r"(?<=\()\s+|\s+(?=\))")
# Backslash escapes: "1\. punt" -> "1. punt"
MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|])")
# A row of a pipe table (GitHub/pandoc Markdown, as converters write a PDF's table):
# "| 1. Zorg voor meer toezicht | Overgenomen. |"
MD_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
# The line under a pipe table's header row: "|---|:---:|", "| --- | --- |"
MD_TABLE_SEPARATOR = re.compile(r"^\s*\|?(?:\s*:?-{3,}:?\s*\|)+(?:\s*:?-{3,}:?\s*)?$")
# Where a table row splits into cells: a pipe not escaped ("a \| b" stays one cell)
MD_TABLE_CELL_BORDER = re.compile(r"(?<!\\)\|")
# Remaining inline HTML tags: "<br>", "<span class=…>"
HTML_TAG = re.compile(r"</?[a-zA-Z][^<>]{0,200}>")


# --- a ministry letterhead written as Markdown ------------------------------------------------

#: A letterhead converted to Markdown: its "Datum" line, and a "Betreft" / "Kenmerk" line or the
#: addressee, within the first lines (see `kamerstuk.readers.text.read_text`; such a letter is read
#: by the plain-text reader, which knows the letterhead's furniture). Example: "Datum 3 maart 2026".
MD_LETTERHEAD_DATE = re.compile(r"(?m)^[ \t>*_]*Datum\b")
MD_LETTERHEAD_OTHER = re.compile(r"(?m)^[ \t>*_]*(?:Betreft|Kenmerk|Ons\s+kenmerk|Aan\s+de\s+Voorzitter)\b")
#: The header of an official Kamerstuk, which the Markdown reader reads: "Vergaderjaar 2025–2026", "Nr. 245".
MD_KAMERSTUK_HEADER = re.compile(r"(?m)^[ \t>*_#]*(?:Vergaderjaar\b|Nr\.\s*\d)")
#: A letterhead label in bold or italics at the start of its line: "**Datum** 3 maart 2026", "**Betreft:** …",
#: "*Ons kenmerk* 2026-001" (group 1 the indent, 3 the label, 4 a colon inside the markup); read without the markup.
MD_EMPHASISED_LABEL = re.compile(
    r"(?m)^([ \t]*)(\*\*|__|\*|_)(Datum|Betreft|Onderwerp|Ons\s+kenmerk|Uw\s+kenmerk|Kenmerk|Uw\s+brief(?:\s+van)?"
    r"|Bijlage\(n\)|Bijlagen?|Contactpersoon|Inlichtingen|Doorkiesnummer)(:?)\2"
)
#: A line that is bold and nothing else, a heading in Markdown: "**Aanleiding**" (group 1 the text).
MD_BOLD_LINE = re.compile(r"(?m)^\*\*([^*\n]+)\*\*[ \t]*$")
