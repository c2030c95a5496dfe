"""Regexes for recommendations that a report labels with a code, and for rows that give a
recommendation and the government's reaction under labels.

Rekenkamer, inspection and committee reports often number their recommendations per chapter or per
addressee ("R3", "B1", "N2", "4.1") and a letter answering them keeps the code: "Aanbeveling N1
nemen wij over", "Bij R3 teken ik aan …". The Rekenkamer's table "aanbeveling / reactie" comes out
of a letter as run-in rows: "R3 Aanbeveling: Stel … vast. Reactie: Overgenomen. …". Every example
below is written for this module.
"""

from __future__ import annotations

import re

from kamerstuk.patterns.stance import STATUS_LABEL

#: A code with a letter prefix: "R3", "B1", "N2", "AR12", "R3a". One to three capitals, then one or
#: two digits and an optional lower-case letter; the word boundary keeps "NAVO2030" or "A12-weg" out
#: only as far as the callers check the code against the codes the letter itself gave.
LETTER_CODE = r"[A-Z]{1,3}\d{1,2}[a-z]?"

#: A code by chapter: "4.1", "3.2" (never a year or an amount: at most two digits on each side).
CHAPTER_CODE = r"\d{1,2}\.\d{1,2}(?!\d|,\d)"

#: A sub-item of a numbered item: "1a", "2b" ("Aanbeveling 1b neem ik over"). With the noun only.
ITEM_LETTER_CODE = r"\d{1,2}[a-h](?![\w.])"
#: The codes a reference may give after the noun: by chapter or by sub-item.
SUB_CODE = rf"(?:{CHAPTER_CODE}|{ITEM_LETTER_CODE})"

#: A numbered item that lists sub-items for one addressee: "1. Aan de Minister van SZW: a. Stel …
#: b. Laat …". Group "to" is the addressee; the sub-items follow (see `SUB_ITEM`).
ADDRESSEE_PREFIX = re.compile(r"Aan[ \t]+(?P<to>[^:\n]{3,120}?)[ \t]*:[ \t\n]*")
#: A lettered sub-item inside such an item: "a. Stel …", "b) Laat …" (a capital or a lower-case
#: word after it; "a." must stand at the start or after white space).
SUB_ITEM = re.compile(r"(?:^|(?<=\s))(?P<letter>[a-h])[.)][ \t]+(?=\w)")

#: A row under labels, at a line start: an optional code, then the label "Aanbeveling:" (without a
#: number: "Aanbeveling 3:" is a heading, read elsewhere). Markdown emphasis around either is
#: skipped. Group "code" is the code. Example: "**R3** *Aanbeveling:* Stel een minimumvoorraad vast."
LABELLED_ROW = re.compile(
    rf"^[ \t>*_•-]*+(?:(?P<code>{LETTER_CODE}|{CHAPTER_CODE}|\d{{1,2}})[.)]?[*_]*+[ \t]++[*_]*+)?"
    r"Aanbeveling[*_]*+[ \t]*+:[*_]*+[ \t]*+",
    re.MULTILINE,
)

#: The label that ends the recommendation of a row and opens the government's reaction:
#: "Reactie:", "Bestuurlijke reactie:", "Reactie kabinet:", "Reactie van de minister:",
#: "Standpunt:", "Kabinetsstandpunt:", "Opvolging:", and a progress overview's "Stand van zaken:"
#: (`STATUS_LABEL`). Example: "… vast. *Reactie:* Overgenomen."
REACTION_LABEL = re.compile(
    r"[*_]*+(?:Reactie(?:[ \t]+(?:van[ \t]+)?(?:het[ \t]+|de[ \t]+)?(?:kabinet|minister|regering|staatssecretaris))?"
    r"|Bestuurlijke[ \t]+reactie|Standpunt(?:[ \t]+(?:van[ \t]+)?(?:het[ \t]+)?kabinet)?|Kabinetsstandpunt"
    rf"|Opvolging|{STATUS_LABEL})[*_]*+[ \t]*+:"
)

#: A code in brackets after a recommendation: "… te verdubbelen (N1) en om …", "… melden (B2)."
#: Group "code" is the code.
TRAILING_CODE = re.compile(rf"[ \t]*+\((?P<code>{LETTER_CODE})\)[ \t]*+[.;]?$")

#: A reference to recommendations by their codes: "aanbeveling B1", "Aanbeveling N1 nemen wij over",
#: "aanbevelingen B1 en B2", "Bij R3 teken ik aan", "Over R7 merk ik op", "De aanbevelingen 3.1 en 3.2". The bare code counts only
#: when the letter gave a recommendation that code (see the linker). Chapter codes need the noun:
#: "aanbeveling 4.1" (a bare "3.1" is a section).
REF_CODE = re.compile(
    rf"\b(?:(?i:aanbevelingen|aanbeveling)[ \t]+)?(?P<code>{LETTER_CODE}"
    rf"(?:[ \t]*+(?:,|\ben\b|\bof\b)[ \t]*+(?:(?i:aanbeveling)[ \t]+)?{LETTER_CODE}){{0,9}})\b"
    rf"|\b(?i:aanbevelingen|aanbeveling)[ \t]+(?P<chapter>{SUB_CODE}"
    rf"(?:[ \t]*+(?:,|\ben\b|\bof\b)[ \t]*+(?:(?i:aanbeveling)[ \t]+)?{SUB_CODE}){{0,9}})"
)
#: One code inside a REF_CODE match: "B1" and "B2" in "aanbevelingen B1 en B2".
ONE_CODE = re.compile(rf"{LETTER_CODE}|{SUB_CODE}")

#: A list item numbered by chapter, at a line start: "3.1 Zorg dat iedere gedetineerde …",
#: "4.2. Bied een traject aan". Group "code" is the number. (A section heading has the same shape:
#: the reader wants a lead about recommendations and items that read as recommendations.)
CHAPTER_ITEM = re.compile(rf"^[ \t*_]*+(?P<code>{CHAPTER_CODE})\.?[*_]*+[ \t]++(?=\S)", re.MULTILINE)

#: The report's core advice, stated in the letter: "Het kernadvies van de SER is dat het kabinet …",
#: "De kern van het advies is om …", "De belangrijkste aanbeveling van de raad luidt: …". The sentence
#: is a recommendation of its own, labelled "kernadvies" (see `CORE_CODE`), beside the numbered
#: sub-advice that may follow ("Ten eerste stelt de raad voor …").
CORE_ADVICE = re.compile(
    r"(?:Het|De)[ \t]+(?:kernadvies|kernaanbeveling|hoofdaanbeveling|hoofdadvies|centrale[ \t]+aanbeveling"
    r"|belangrijkste[ \t]+aanbeveling|kern[ \t]+van[ \t]+het[ \t]+advies)"
    r"(?:[ \t]+(?:van|uit)[ \t]+[^.:]{0,90}?)?[ \t]+(?:is|luidt)[ \t]*+(?:(?:om|dat)\b|:)"
)
#: The code a core advice gets, and the references to it: "Het kabinet onderschrijft het
#: kernadvies", "deze kernaanbeveling", "de hoofdaanbeveling" (singular, without an ordinal).
CORE_CODE = "kernadvies"
REF_CORE = re.compile(
    r"\b(?:het|dit|de|deze)[ \t]+(?:kernadvies|kernaanbeveling|hoofdaanbeveling|hoofdadvies)\b", re.IGNORECASE
)

#: What may stand in a sentence before a restated recommendation that opens it: a list marker, a
#: code, the label "Aanbeveling:" and markup ("1. stel per gebied …", "a) stel …", "**R3** Aanbeveling: …").
#: Such a sentence is the report's words, never a commitment of the government.
LEADING_MARKER = re.compile(
    rf"[\s*_>•–-]*+(?:(?:\d{{1,2}}|[a-z]|{LETTER_CODE}|{CHAPTER_CODE})[.)]?[\s*_]*+)?(?:Aanbeveling[\s*_]*+:[\s*_]*+)?"
)

#: The part before a colon that announces one recommendation, stated after the colon: "Tot slot richt
#: de commissie één aanbeveling tot de rijksoverheid:", "Het advies bevat een aanbeveling:", "De
#: aanbeveling van de raad luidt:". Not a count of several ("twee aanbevelingen:", a list follows) and
#: not a reference by ordinal ("Wat de tweede aanbeveling betreft:", an answer).
ONE_ANNOUNCED = re.compile(
    r"\b(?:één|een|slechts\s+één|enkele\s+één)\s+(?:[\w-]+\s+)?(?:aanbeveling|advies|oproep|verzoek)\b"
    r"|\b(?:[Dd]e|[Hh]et)\s+(?:aanbeveling|advies|oproep)(?:\s+(?:van|uit)\s+[^:]{2,80}?)?\s+(?:luidt|is)\s*$"
    # "De laatste aanbeveling is gericht aan de VNG: zorg voor een draaiboek …"
    r"|^\W*(?:[Dd]e|[Hh]et)\s+(?:laatste|eerste|tweede|derde|vierde|vijfde|zesde|volgende)\s+(?:aanbeveling|advies|oproep)\s+"
    r"(?:is\s+gericht|richt\s+zich)\s+(?:aan|tot)\s+[^:]{2,80}$"
)
#: A list marker opening what follows a colon: "1. stel …", "a) …", "- …" (a list, not one).
LIST_START = re.compile(r"[\s*_]*(?:\d{1,2}[.)]|[a-h][.)]|[-•–])\s")
