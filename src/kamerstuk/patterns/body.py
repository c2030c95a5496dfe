"""Patterns for the plain-text body: footnotes at the page foot, headings, list items, bullets,
and the line-end hyphens that a join of lines removes or keeps.

Each is compiled once here; the readers and the structure stage use them through
``from kamerstuk.patterns import structure as P`` (see `kamerstuk.patterns.structure`).
"""

from __future__ import annotations

import re

from kamerstuk.patterns.dates import MONTHS as DATE_MONTHS

# A footnote at the page foot as pdftotext writes it: "1 Bij hoogtechnologisch draagmoederschap …"
TEXT_FOOTNOTE_START = re.compile(r"^\s{0,3}(\d{1,3})\s{1,3}(\S.*)$")
# … and as pdfminer also writes it: the number alone above a long link ("21" / "https://…"), or glued
# to its link ("25https://wetgevingskalender…"); read only in text without blank lines
TEXT_FOOTNOTE_START_LOOSE = re.compile(r"^\s{0,3}(\d{1,3})(?:\s{1,3}(\S.*)|(?=https?://|www\.)(\S.*))?$")
# A footnote marker glued to a word or punctuation in pdftotext output: "draagmoederschap.1 Het"
# (not the second part of a number: "1.1", "3,5")
TEXT_FOOTNOTE_MARKER = re.compile(r"(?<=[a-zà-ÿ.,;:)»”’'])(?<!\d[.,])(\d{1,3})(?=[\s,.;:)]|$)")
# A footnote marker glued to a year, as pdfminer writes a superscript after a number: "2022-20278, het"
# ("2027" + marker 8); read only in text without blank lines, for the next expected number
TEXT_YEAR_FOOTNOTE_MARKER = re.compile(r"(?<=\b(?:19|20)\d\d)(\d{1,2})(?=[\s,.;:)]|$)")
# How a footnote's text usually opens: a source reference or a link ("8 Kamerstukken 35 325, nr. 5",
# "13 https://www.…", "2 Zie ook …", "4 Bijlage bij …"): such a line numbered as the next footnote is one,
# even where the marker in the body was lost in extraction
FOOTNOTE_TEXT_START = re.compile(
    r"^\s*(?:https?://|www\.|Kamerstuk(?:ken)?\b|Handelingen\b|Aanhangsel\b|Zie\b|Bijlage\b|Stcrt\.|Stb\.|"
    r"Staatscourant\b|Staatsblad\b|[A-Z][\w-]*:\s+https?://)"
)
# A footnote marker that pdfminer set apart by spaces: "van 24 juni 2022 2 is …", "Gezondheidsraad 16 betrokken";
# only taken when it is the next expected number and that footnote exists
# (the sentence goes on after it in lower case, or punctuation follows: "euro 6. Deze"; a list number
# "; 3. stel" is no marker)
# (and not a day before its month: "Op 1 januari"); read only in text without blank lines (pdfminer)
TEXT_SPACED_FOOTNOTE_MARKER = re.compile(
    r"(?<=[\wà-ÿ)»”’'])( (\d{1,3}))(?= (?!(?:" + "|".join(DATE_MONTHS) + r")\b)[a-zà-ÿ]|[,.;:](?:\s|$))"
)
# The number of a numbered heading, alone: "1.", "1.1", "2.3.1", "3)"
HEADING_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,3}[.)]?$")
# A numbered heading: "1. Ultrafijn stof", "1.1 Blootstelling van …", "2.3.1 Uitvoering" -> ("1.1", title)
NUMBERED_HEADING = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(\S.*)$")
# Words that end a wrapped line of a sentence but never a heading: "9. We staan geen nieuwe … toe in het"
TITLE_CANNOT_END = frozenset(
    {
        "de",
        "het",
        "een",
        "van",
        "in",
        "op",
        "voor",
        "met",
        "en",
        "of",
        "te",
        "aan",
        "die",
        "dat",
        "bij",
        "om",
        "uit",
        "tot",
        "naar",
        "over",
        "door",
        "als",
        "zijn",
        "is",
        "wordt",
        "worden",
        "we",
        "wij",
        "ik",
        "er",
    }
)
# The caption of a figure or table: "Figuur 1. Organogram …", "Tabel 2: Overzicht …", "Afbeelding 3 – …"
FIGURE_CAPTION = re.compile(r"^\s*(?:Figuur|Tabel|Afbeelding|Grafiek|Schema|Kaart)\s+\d{1,2}\b", re.I)
# A letter's closing section, which ranks with the top headings even after numbered ones:
# "Tot slot", "Afsluitend", "Ten slotte", "Vervolg", "Conclusie"
CLOSING_HEADING = re.compile(
    r"^\s*(?:Tot slot|Afsluitend|Ten slotte|Tenslotte|Slot|Afronding|Vervolg(?:stappen)?|Conclusies?)\s*$",
    re.I,
)
# A list item's marker at a line start, and the first letter of the item:
# "• Blootstellingsonderzoek", "\uf0b7 Het aanpassen …" (pdfminer's bullet), "- Ruimte …", "1. Op basis van …",
# "2) Stel …", "a. De …", "(b) Het …", "(3) Waar …". An item that starts in capitals is a sentence of its
# own and stands as its own paragraph; an item in lower case ("1. verleen toeslagen …;") goes on
# with the sentence that leads into the list and stays in its paragraph.
LIST_ITEM = re.compile(r"^\s*(?:[•\uf0b7▪◦·●■–—-]|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)])\s+(\S)")
# A bullet as extraction tools write it on a line of its own (after readers/respacing mapped
# the private-use glyphs): "•", "-", "–", "▪", "o"
BULLET_GLYPHS = frozenset({"•", "-", "–", "▪", "◦", "·", "●", "■", "o", "*"})
# Sentence-final punctuation: a paragraph ending here is complete
TERMINAL_PUNCTUATION = re.compile(r"[.!?:;»”)\"']\s*$")
# A line that ends in a hyphenated word part: "duidelijk-"
LINE_END_HYPHEN = re.compile(r"(\w)-\s*$")
# Words after which a line-end hyphen is a real one: "dak- en thuisloze", "zorg- of welzijnsinstelling"
HYPHEN_CONJUNCTIONS = frozenset({"en", "of", "tot", "noch", "als", "dan"})
