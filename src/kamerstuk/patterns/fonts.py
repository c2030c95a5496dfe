"""Patterns and vocabularies for the font names PDF engines report.

Used by the PDF reader (`kamerstuk.readers.pdf_lines`, `kamerstuk.readers.pdf_pdfium`) to tell
bold and italic faces and to compare font names across engines.
"""

from __future__ import annotations

import re
from typing import Final

#: The subset tag of an embedded font's name: six capitals and a plus ("ABCDEE+Verdana-Bold").
#: PDFium reports some fonts with it and some without, pdfminer always with it.
SUBSET_TAG: Final = re.compile(r"^[A-Z]{6}\+")

#: Parts of a (lowercased) font name that mark a bold face: "Verdana-Bold", "RijksoverheidSansText-Black",
#: "Univers-Heavy", "Lato-Semibold", "Frutiger-Demi".
BOLD_NAMES: Final = ("bold", "black", "heavy", "semibold", "demi")

#: Parts of a (lowercased) font name that mark an italic face: "Verdana-Italic", "Helvetica-Oblique".
ITALIC_NAMES: Final = ("italic", "oblique")
