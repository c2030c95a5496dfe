"""The executive services of the ministries, in one place for every commitment pattern that lets them
act for their minister (issue #12, round 24).

A minister's letter promises through the services that carry out the measures: "Rijkswaterstaat zal
vóór eind 2026 …", "De Commandant Landstrijdkrachten laat vanaf het voorjaar …", "De
Rijksvoorlichtingsdienst publiceert vanaf juli …". Three patterns read them: a modal's subject
(`kamerstuk.patterns.commitments.ACTOR`), a dated present-tense act
(`kamerstuk.patterns.commitment_forms.AGENCY_ACT`) and a present-tense measure
(`kamerstuk.patterns.commitments.AGENCY_MEASURE`). Before round 24 each had its own list, and a
service added to one was missed by the others (a command of the armed forces promised with "zal" but
not with a dated present tense). Not listed: the inspectorates and advisory bodies whose reports the
letters answer, and bodies with a mandate of their own (the Marechaussee, a police force).
"""

from __future__ import annotations

#: The services by name, case-sensitive (acronyms), without an article. Examples: "de Belastingdienst",
#: "Dienst Toeslagen", "DUO", "de Rijksdienst voor het Cultureel Erfgoed", "de Dienst Uitvoering
#: Onderwijs", "de Commandant Zeestrijdkrachten", "de Koninklijke Marine", "de Rijksvoorlichtingsdienst".
EXECUTIVE_SERVICE = (
    # a service by its full name with lower-case words, its short name in brackets after it: "het Centraal Orgaan
    # opvang asielzoekers (COA)", "het Uitvoeringsinstituut werknemersverzekeringen (UWV)"
    r"(?:[A-Z][\w-]*(?:\s+[\w-]+){0,5}?\s+\((?:COA|UWV|CJIB|IND|SVB|CAK|DJI|DUO|RDW|CBR|ILT|RVO|NVWA|CIBG|BBL|NCSC|CIZ"
    r"|RVD|DPC)\)"
    # (Dienst Toeslagen by its short name, as letters of Financiën write it, with a verb in the singular after it:
    # "Toeslagen stuurt ouders vanaf april 2027 …"; not the plural noun "Toeslagen worden …")
    # (and the tax service of the islands: "De Belastingdienst Caribisch Nederland zal … laten taxeren"; round 66)
    r"|Belastingdienst(?:/Toeslagen|\s+Caribisch\s+Nederland)?|Dienst\s+Toeslagen|Toeslagen(?=\s+(?:[a-z]{2,15}t|zal|wil|kan)\b)|Douane|Rijkswaterstaat|RVO|DUO|IND|CJIB|COA|DJI|CAK"
    # (the ILT by its full name: "De Inspectie Leefomgeving en Transport gaat vanaf 2028 ook … controleren")
    r"|Inspectie\s+Leefomgeving\s+en\s+Transport"
    r"|SVB|UWV|RDW|CBR|ILT|Kadaster|Huurcommissie|Logius|Rijksvastgoedbedrijf|RvIG|DTenV"
    # (the Rijksvastgoedbedrijf by its short name, as BZK's letters write it after the first mention: "Het RVB past zijn
    # modelhuurovereenkomst per 1 juli 2027 aan"; round 63)
    r"|RVB"
    # the coastguard, run by Defence for IenW and other ministries: "De Kustwacht neemt vanaf die datum de meldingen in
    # ontvangst" (round 45)
    r"|Kustwacht(?:\s+Nederland|\s+voor\s+het\s+Caribisch\s+gebied)?"
    # the Rijksdienst Caribisch Nederland, BZK's service on Bonaire, Sint Eustatius and Saba: "… hangt de RCN vanaf januari
    # 2027 bij alle loketten borden op" (round 62)
    r"|RCN|Rijksdienst\s+Caribisch\s+Nederland"
    # the chancery of the orders, which handles royal honours for the government: "Wel zal de Kanselarij de
    # standaardbrief vóór 1 juli 2027 herschrijven" (round 66)
    r"|Kanselarij(?:\s+der\s+Nederlandse\s+Orden)?"
    # the government's own auditor, part of Financiën: "De Auditdienst Rijk gaat vanaf 2027 bij zijn jaarlijkse controle
    # na of …" (round 64)
    r"|Auditdienst\s+Rijk|ADR"
    # the ILT's analysis office for aviation incidents: "Wel neemt het Analysebureau vanaf 2028 de voorvallen op in zijn
    # jaarlijkse analyse" (round 45)
    r"|Analysebureau(?:\s+Luchtvaartvoorvallen)?"
    # a unit of the ministry named as such: "De Academie voor Internationale Betrekkingen van het ministerie neemt vanaf
    # september 2027 een module op …" (round 45)
    r"|[A-Z][\w-]+(?:\s+(?:voor|van|en)\s+[A-Z][\w-]+|\s+[A-Z][\w-]+){0,4}\s+van\s+(?:het|mijn|ons)\s+(?:ministerie|departement)"
    r"|NVWA|Nederlandse\s+Voedsel-\s+en\s+Warenautoriteit"
    # SZW's labour inspectorate enforcing a measure of its minister: "Ten tweede zal de Nederlandse Arbeidsinspectie in
    # 2028 bij tweehonderd bedrijven nagaan of …" (like the ILT and the NVWA; round 40)
    r"|(?:Nederlandse\s+)?Arbeidsinspectie"
    # a Rijksdienst by its full name: "de Rijksdienst voor Ondernemend Nederland", "voor het Cultureel Erfgoed"
    r"|Rijksdienst\s+voor\s+(?:het\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?"
    # the government's information service (Algemene Zaken): press, publication, the council's briefings
    r"|Rijksvoorlichtingsdienst|RVD"
    # VWS's subsidy and register services, Justice's information service and child protection board: "Vanaf de
    # aanvraagronde van 2027 controleert DUS-I …", "Het CIBG zal …", "De Raad voor de Kinderbescherming zal …"
    # (and Justice's screening and pardon service: "Justis stuurt iedere verzoeker vanaf 1 oktober 2027 …"; round 47)
    r"|DUS-I|CIBG|Justid|Justis|Raad\s+voor\s+de\s+Kinderbescherming"
    # the Chamber of Commerce, which runs Economic Affairs' services for entrepreneurs: "Daarom biedt de Kamer van
    # Koophandel vanaf september 2027 een gratis opvolgingsscan aan" (round 53; in the gold 3 of its 4 dated acts to come
    # are firm or optional)
    r"|Kamer\s+van\s+Koophandel|KvK|KVK"
    # Algemene Zaken's secretariat of the council of ministers, which runs its procedures for the prime minister: "Vanaf
    # 1 maart 2027 neemt het Secretariaat van de ministerraad een voorstel alleen nog in behandeling als …" (round 49)
    r"|Secretariaat\s+van\s+de\s+[Mm]inisterraad"
    # the Belastingdienst's supervisor of the anti-money-laundering act: "Het Bureau Toezicht Wwft werkt vanaf 1 juli 2027
    # met een risicomodel …" (round 49)
    r"|Bureau\s+Toezicht\s+Wwft"
    # Foreign Affairs' own evaluation service, planning its evaluations within the ministry's programme: "IOB voert haar
    # in 2026 uit als onderdeel van de beleidsdoorlichting" (its reports are answered too, but never with a dated act
    # of its own to come; only as the subject of an evaluation's verbs, never "IOB beveelt aan: «…»"; round 48)
    r"|IOB(?=\s+(?:voert|zal|gaat|evalueert|start|begint)\b)"
    # a ministry's top civil servant acting for the minister: "Daarnaast wijst iedere secretaris-generaal vóór 1 januari
    # 2027 een functionaris aan …" (round 48)
    r"|[Ss]ecretaris-generaal|[Ss]ecretarissen-generaal"
    # … and each minister of the cabinet, in a cabinet letter: "Daarom wijst iedere minister vanaf 1 januari 2027 bij
    # elke nieuwe verkenning een directeur aan" (only after "iedere"/"elke": "de minister" alone may be any; round 59)
    r"|(?<=[Ii]edere\s)minister|(?<=[Ee]lke\s)minister|(?<=[Ii]edere\s)bewindspersoon|(?<=[Ee]lke\s)bewindspersoon"
    # a directorate of the ministry by its name: "De directie Huisvesting beoordeelt de locaties voortaan eens in de
    # drie jaar" (round 59; a capitalised name right after it, not "de directie van de school")
    r"|(?<=[Dd]e\s)directie\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,2}"
    # … and the Wlz's indication service: "Wel gaat het CIZ aanvragers vanaf de zomer actief vragen …" (round 42)
    r"|CIZ|Centrum\s+indicatiestelling\s+zorg"
    # LVVN's land bank and JenV's cyber security centre: "Het BBL opent op 1 april 2027 een loket", "Het NCSC zal …"
    r"|BBL|Bureau\s+Beheer\s+Landbouwgronden|NCSC"
    # the government's public information service, and the Marechaussee's commander acting for the Defence minister
    # (with "der", "van de" or neither, as Defence, the BRP's code table and the press write the title: "De Commandant
    # Koninklijke Marechaussee brengt …", "de commandant van de Koninklijke Marechaussee"; round 46)
    r"|Informatie\s+Rijksoverheid|[Cc]ommandant\s+(?:der\s+|van\s+de\s+)?Koninklijke\s+Marechaussee"
    # Foreign Affairs' consular service and the national archive (OCW): "Het Consulair Contactcentrum stuurt vanaf
    # 1 januari 2027 …", "Het Nationaal Archief neemt de notulen vanaf 2028 over"
    # (also in lower case, inflected: "Het consulaire contactcentrum wijst vanaf 1 september 2027 … aan"; round 47)
    r"|[Cc]onsulaire?\s+[Cc]ontactcentrum|Nationaal\s+Archief"
    # … and its embassies, which carry out the minister's measures abroad: "met de overige vier landen maakt de ambassade
    # hierover in 2027 afspraken", "De ambassade in Nairobi start …" (round 41)
    r"|(?:Nederlandse\s+)?[Aa]mbassades?(?:\s+in\s+[A-Z][\w-]+)?"
    # a ministry's service by its name: "De Dienst Uitvoering Onderwijs", "de Dienst Terugkeer en Vertrek",
    # and the communication service of Algemene Zaken by its short name ("De DPC test iedere campagne vooraf")
    # (also with "van": "De Dienst Uitvoering van Defensie betaalt … vanaf 1 september 2027 uit"; round 39)
    r"|Dienst(?:\s+(?:en\s+|van\s+)?[A-Z][\w-]+){1,3}|DPC"
    # a ministry's service centre by its name: "Het Dienstencentrum Personeel wijst … aan"
    r"|Dienstencentrum(?:\s+[A-Z][\w-]+){1,2}"
    # Defence's commands and services carry out its minister's measures: "De Commandant der Strijdkrachten",
    # "De Commandant Zeestrijdkrachten", "de Koninklijke Marine start …"
    r"|Commandant\s+der\s+Strijdkrachten|Commandant\s+(?:Zee|Land|Lucht)strijdkrachten"
    # … and the commands themselves: "Het Commando Landstrijdkrachten stelt een nieuw voorschrift op"
    r"|Commando\s+(?:Zee|Land|Lucht)strijdkrachten"
    # … and its support commands, or their commander: "De commandant van het Commando Materieel en IT laat in 2027 …
    # opstellen", "Het DOSCO stelt …" (round 46)
    r"|(?:[Cc]ommandant\s+van\s+het\s+)?(?:Commando\s+Materieel\s+en\s+IT|Defensie\s+Ondersteuningscommando"
    r"|Defensie\s+Materieel\s+Organisatie)|COMMIT|DOSCO|DMO"
    # (any command by its compound name: "Het Opleidings- en Trainingscommando stelt met ingang van het
    # opleidingsseizoen 2026–2027 … verplicht", "het Opleidingscommando"; round 53)
    r"|(?:[A-Z][\w]*-\s+en\s+)?[A-Z][\w]*commando\b"
    # a ministry's own officials carry out its measures: "Vóór 1 januari 2028 stelt de Chief Information Officer van
    # Defensie … een overzicht op", "De secretarissen-generaal stellen … vast"
    r"|(?:Chief\s+Information\s+Officer|CIO|[Ss]ecretaris-[Gg]eneraal|[Ss]ecretarissen-[Gg]eneraal|[Dd]irecteur-[Gg]eneraal)"
    r"(?:\s+van\s+(?:het\s+ministerie\s+van\s+)?[A-Z][\w-]+(?:\s+(?:en\s+)?[A-Z][\w-]+)*)?"
    r"|Koninklijke\s+(?:Marine|Landmacht|Luchtmacht)"
    # the commanders of Defence's units, who carry out its minister's choice in their units: "De commandanten leggen dit
    # minimum vanaf 1 september 2027 vast in de opleidingsplannen van hun eenheden" (round 61)
    r"|(?<=[Dd]e\s)commandanten(?:\s+van\s+(?:de|alle|hun)\s+(?:eenheden|onderdelen|krijgsmachtdelen))?"
    # any body the letter declares ours in a clause after its name: "Het expertisecentrum, dat onder mijn ministerie
    # valt, voert vanaf 1 september 2027 …" (the clause is part of the match)
    r"|[\w-]+(?:\s+[\w-]+){0,3}?,\s+(?:dat|die)\s+(?:onder|bij)\s+(?:mijn|ons)\s+(?:ministerie|departement)\s+"
    r"(?:valt|vallen|hoort|horen|ressorteert|ressorteren),?)"
)

#: Lower-case words one of which every `EXECUTIVE_SERVICE` match holds (for `Keyed` word tests).
EXECUTIVE_SERVICE_WORDS = (
    "belastingdienst dienst douane rijkswaterstaat rvo duo ind cjib coa dji cak svb uwv rdw cbr ilt kadaster "
    "huurcommissie logius rijksvastgoedbedrijf rvb rvig dtenv nvwa nederlandse rijksdienst rijksvoorlichtingsdienst "
    "rvd dpc commandant koninklijke dus cibg justid justis kinderbescherming secretariaat iob secretaris secretarissen bbl bureau ncsc informatie ministerie departement directie "
    "consulair consulaire nationaal toeslagen commando dienstencentrum inspectie arbeidsinspectie ambassade ambassades ciz centrum kustwacht analysebureau "
    "commit dosco dmo ondersteuningscommando materieel koophandel kvk trainingscommando opleidingscommando commandanten rcn kanselarij"
)
