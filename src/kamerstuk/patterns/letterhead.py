"""Patterns for the ministry letterhead (Rijksoverheid huisstijl) as pdftotext writes it.

The return address, page numbers, the letterhead labels and sidebar, the ministries and the
offices they host (`OFFICE_HOST_MINISTRY`), the salutation and the closing formula.

Each is compiled once here; the readers and the structure stage use them through
``from kamerstuk.patterns import structure as P`` (see `kamerstuk.patterns.structure`).
"""

from __future__ import annotations

import re

# A Markdown blockquote marker before a letterhead line, as converters write the ministry and addressee blocks: "> De
# voorzitter van de Tweede Kamer", a bare ">" between them (since round 38; above the salutation only, where no
# quotation of the body can stand).
BLOCKQUOTE_MARK = re.compile(r"^\s*>\s?")
# The return address line: "> Retouradres Postbus 20301 2500 EH  Den Haag"
RETOURADRES = re.compile(r"^\s*>?\s*Retouradres\b", re.I)
# Running page number of the letterhead: "Pagina 2 van 7"
# … and the older slash form: "Pagina 1/12"
PAGINA = re.compile(r"^\s*Pagina\s+(\d+)\s*(?:van|/)\s*(\d+)\s*$", re.I)
# Letterhead labels whose value may follow on the same line: "Datum 1 maart 2011", "Betreft Draagmoederschap"
LETTERHEAD_LABEL = re.compile(
    r"^\s*(Datum|Betreft|Onderwerp|Ons kenmerk|Uw kenmerk|Kenmerk|Uw brief(?: van)?|Bijlage\(n\)|Bijlagen?|"
    r"Contactpersoon|Inlichtingen|Doorkiesnummer)(?!\w)(?!\s*(?:publicatie|ontvangst|indiening)\b)[:\s]*(.*?)\s*$"
)  # case-sensitive on purpose: "onderwerp te kunnen bepalen." is body text; "Datum publicatie" (a web
# page's preamble) is no letterhead date
# A line that names an attachment in the body or after the signature, not the sidebar's count:
# "Bijlage: Voortgangsrapportage 2023", "Bijlagen: 1. Advies …" (the sidebar says "Bijlage(n) 2")
ATTACHMENT_LINE = re.compile(r"^\s*Bijlagen?\s*:\s*\S.{3,}$")
# Labels that belong to the sidebar colofon: "Ons kenmerk", "Bijlage(n)", "Uw brief"
SIDEBAR_LABELS = frozenset(
    {
        "ons kenmerk",
        "uw kenmerk",
        "kenmerk",
        "uw brief",
        "uw brief van",
        "bijlage",
        "bijlagen",
        "bijlage(n)",
        "contactpersoon",
        "inlichtingen",
        "doorkiesnummer",
    }
)
# Sidebar lines that are furniture: "Postbus 20301", "2500 EH  Den Haag", "www.rijksoverheid.nl/venj",
# "T 070 370 79 11", "Directoraat-Generaal Preventie", "Directie Justitieel Jeugdbeleid", "Schedeldoekshaven 100"
SIDEBAR_LINE = re.compile(
    r"^\s*(?:Postbus\s+\d+|\d{4}\s?[A-Z]{2}\s+\S.*|www\.\S+|https?://\S+|[TF]\s+\+?[\d ()-]{8,}|"
    r"Directoraat[- ][Gg]eneraal\b.*|Directie\b.*|Ministerie van\b.*|Afdeling\b.*|[A-Z][a-z]+(?:straat|weg|plein|"
    r"laan|kade|haven|gracht|hof|singel|park)\s+\d+\w?|Rijnstraat\s+\d+|Turfmarkt\s+\d+|Korte Voorhout\s+\d+|"
    r"Bezuidenhoutseweg\s+\d+|Parnassusplein\s+\d+|Kantoor\b.*|Bezoekadres\b.*|Postadres\b.*|E\s+\S+@\S+|"
    r"\S+@\S+\.\w+|Nederland|The Netherlands)\s*$"
)
# A note in the sidebar that runs over several narrow lines:
# "Correspondentie uitsluitend richten aan het retouradres met vermelding van de datum …"
SIDEBAR_NOTE = re.compile(
    r"^\s*(?:Correspondentie uitsluitend|Bij beantwoording de datum|Uw brief van)\b", re.I
)
# A ministry name in the sidebar: "Ministerie van Volksgezondheid, Welzijn en Sport"
# … or only its first words, the rest wrapping onto the next lines: "Ministerie van" / "Infrastructuur en" / "Waterstaat"
MINISTRY_LINE = re.compile(r"^\s*(Ministerie\s+van(?:\s+.+?)?)\s*$")
# An address line of the addressee block: "Postbus 20018", "2500 EA  DEN HAAG", "Prinses Irenestraat 6"
ADDRESS_LINE = re.compile(r"^\s*(?:Postbus\s+\d+|\d{4}\s?[A-Z]{2}\b.*|[A-Z][\w'’ .-]+\s+\d+[a-z]?)\s*$")
# The first line of a letterhead's addressee block: "De voorzitter van de Tweede Kamer",
# "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal", "De Voorzitter van de Eerste Kamer",
# "Aan de leden van de vaste commissie voor Financiën", "Aan: de Voorzitter van …"
ADDRESSEE_START = re.compile(
    r"^\s*(?:Aan:?\s+(?:de|het)\s+\S.*|(?:De|de|Het)\s+(?:[Vv]oorzitter|[Ll]eden|[Gg]riffier|[Vv]aste\s+[Cc]ommissie|"
    r"[Cc]ommissie)\b.*)$"
)
# An addressee as printed, to normalize: "De voorzitter van …" / "Aan de Voorzitter van …" -> "Voorzitter van …"
ADDRESSEE_ARTICLE = re.compile(r"^\s*(?:Aan:?\s+)?(?:de|het)\s+", re.I)
# The Postbus number in a return address: "> Retouradres Postbus 20901 2500 EX Den Haag" -> "20901"
RETURN_POSTBUS = re.compile(r"\bPostbus\s+(\d{4,5})\b", re.I)
# The ministry of an office: "Minister van Infrastructuur en Waterstaat" -> "Infrastructuur en Waterstaat",
# "Staatssecretaris van Financiën - Fiscaliteit en Belastingdienst" -> "Financiën"
OFFICE_OF_MINISTRY = re.compile(
    r"^(?:Minister|Staatssecretaris|Vicepremier(?:\s+en\s+[Mm]inister)?)\s+van\s+(.+?)(?:\s+[-–]\s+.*|\s*\(.*)?$",
    re.I,
)
# Ministers without a ministry of their own ("Minister voor …") belong to a host ministry; the
# Minister-President heads Algemene Zaken. Offices of recent cabinets (2010–2025).
OFFICE_HOST_MINISTRY = {
    "minister-president": "Algemene Zaken",
    "minister voor klimaat en energie": "Economische Zaken en Klimaat",
    "minister voor natuur en stikstof": "Landbouw, Natuur en Voedselkwaliteit",
    "minister voor rechtsbescherming": "Justitie en Veiligheid",
    "minister voor migratie": "Justitie en Veiligheid",
    "minister voor primair en voortgezet onderwijs": "Onderwijs, Cultuur en Wetenschap",
    "minister voor basis- en voortgezet onderwijs en media": "Onderwijs, Cultuur en Wetenschap",
    "minister voor medische zorg": "Volksgezondheid, Welzijn en Sport",
    "minister voor medische zorg en sport": "Volksgezondheid, Welzijn en Sport",
    "minister voor langdurige zorg en sport": "Volksgezondheid, Welzijn en Sport",
    "minister voor buitenlandse handel en ontwikkelingssamenwerking": "Buitenlandse Zaken",
    "minister voor volkshuisvesting en ruimtelijke ordening": "Binnenlandse Zaken en Koninkrijksrelaties",
    "minister voor armoedebeleid, participatie en pensioenen": "Sociale Zaken en Werkgelegenheid",
    "minister voor wonen en rijksdienst": "Binnenlandse Zaken en Koninkrijksrelaties",
    "minister voor immigratie, integratie en asiel": "Binnenlandse Zaken en Koninkrijksrelaties",
    "minister voor wonen en ruimtelijke ordening": "Binnenlandse Zaken en Koninkrijksrelaties",
    "minister voor armoedebeleid": "Sociale Zaken en Werkgelegenheid",
    # the 2024 cabinet's offices named by their portfolio, without "van"
    "minister voor buitenlandse handel en ontwikkelingshulp": "Buitenlandse Zaken",
    "staatssecretaris jeugd, preventie en sport": "Volksgezondheid, Welzijn en Sport",
    "staatssecretaris langdurige en maatschappelijke zorg": "Volksgezondheid, Welzijn en Sport",
    "staatssecretaris participatie en integratie": "Sociale Zaken en Werkgelegenheid",
    "staatssecretaris herstel groningen": "Binnenlandse Zaken en Koninkrijksrelaties",
    "staatssecretaris digitalisering en koninkrijksrelaties": "Binnenlandse Zaken en Koninkrijksrelaties",
    "staatssecretaris koninkrijksrelaties en digitalisering": "Binnenlandse Zaken en Koninkrijksrelaties",
    "staatssecretaris rechtsbescherming": "Justitie en Veiligheid",
    "staatssecretaris openbaar vervoer en milieu": "Infrastructuur en Waterstaat",
    "staatssecretaris funderend onderwijs en emancipatie": "Onderwijs, Cultuur en Wetenschap",
    "staatssecretaris herstel en toeslagen": "Financiën",
    "staatssecretaris fiscaliteit, belastingdienst en douane": "Financiën",
}
# The ministries' Postbus numbers in Den Haag, as their return addresses print them, with the
# ministry's name by period (start date of each name, ISO). A Postbus that two ministries share
# (20401: Economische Zaken, Landbouw; since 2024 also Klimaat en Groene Groei) names none.
# Public, stable data from the ministries' letterheads.
MINISTRY_POSTBUS: dict[str, tuple[tuple[str, str], ...]] = {
    "20001": (("0000-01-01", "Algemene Zaken"),),
    "20011": (("0000-01-01", "Binnenlandse Zaken en Koninkrijksrelaties"),),
    "20061": (("0000-01-01", "Buitenlandse Zaken"),),
    "20701": (("0000-01-01", "Defensie"),),
    "20201": (("0000-01-01", "Financiën"),),
    "20301": (
        ("0000-01-01", "Justitie"),
        ("2010-10-14", "Veiligheid en Justitie"),
        ("2017-10-26", "Justitie en Veiligheid"),
    ),
    "20901": (
        ("0000-01-01", "Verkeer en Waterstaat"),
        ("2010-10-14", "Infrastructuur en Milieu"),
        ("2017-10-26", "Infrastructuur en Waterstaat"),
    ),
    "16375": (("0000-01-01", "Onderwijs, Cultuur en Wetenschap"),),
    "90801": (("0000-01-01", "Sociale Zaken en Werkgelegenheid"),),
    "20350": (("0000-01-01", "Volksgezondheid, Welzijn en Sport"),),
}
# The Postbus of the chambers, in an addressee block: not a ministry's
CHAMBER_POSTBUS = frozenset({"20018", "20017"})
# The salutation: "Geachte voorzitter,", "Geachte Voorzitter,"
SALUTATION = re.compile(r"^\s*Geachte\s+[\w .,-]{2,60},?\s*$", re.I)
# A closing formula before the signature: "Hoogachtend,", "Met vriendelijke groet,", "Met de meeste hoogachting,"
CLOSING_FORMULA = re.compile(
    r"^\s*(?:Hoogachtend|Met (?:vriendelijke|hartelijke) groet(?:en)?|Met de meeste hoogachting|"
    r"Met hoogachting|Vriendelijke groet(?:en)?),?\s*$",
    re.I,
)
