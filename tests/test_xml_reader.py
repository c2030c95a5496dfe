"""The official publication XML reader, metadata.xml, and the corpus of real XML files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from kamerstuk.models import Dossier, Letter, Metadata, Signatory, Source
from kamerstuk.readers.metadata_xml import cross_check, find_metadata_file, read_metadata_xml
from kamerstuk.readers.xml import is_metadata_xml, read_xml
from kamerstuk.safexml import MalformedXMLError
from kamerstuk.structure import build_letter
from tests.conftest import CORPUS, require_shared

XML_FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "xml"


def letter_from_xml(data: bytes, name: str = "x.xml") -> Letter:
    return build_letter(read_xml(data), Source(name=name, format="xml", sha256="0" * 64))


@pytest.fixture(scope="module")
def fixture_letter() -> Letter:
    return letter_from_xml((XML_FIXTURES / "letter.xml").read_bytes(), "letter.xml")


LETTER_METADATA = [
    pytest.param("kind", "brief", id="kind"),
    pytest.param("vergaderjaar", "2023-2024", id="vergaderjaar"),
    pytest.param(
        "dossiers",
        [Dossier(number="36999", title="Toekomst van het regionaal openbaar vervoer")],
        id="dossiers",
    ),
    pytest.param("ondernummer", "12", id="ondernummer"),
    pytest.param("identifier", "kst-36999-12", id="identifier"),
    pytest.param("date", dt.date(2024, 3, 14), id="date"),
    pytest.param("place", "Den Haag", id="place"),
    pytest.param("addressee", "Voorzitter van de Tweede Kamer der Staten-Generaal", id="addressee"),
    pytest.param("sender", "Minister van Infrastructuur en Waterstaat", id="sender"),
    pytest.param(
        "signatories",
        [Signatory(name="A.B. de Vries", role="Minister van Infrastructuur en Waterstaat")],
        id="signatories",
    ),
]


@pytest.mark.parametrize(("field", "expected"), LETTER_METADATA)
def test_fixture_letter_metadata(fixture_letter: Letter, field: str, expected: Any) -> None:
    assert getattr(fixture_letter.metadata, field) == expected


def test_fixture_letter_body(fixture_letter: Letter) -> None:
    texts = [p.text for p in fixture_letter.paragraphs]
    assert texts[0].startswith("Met deze brief informeer ik uw Kamer")
    assert "– een tijdelijke bijdrage aan de exploitatie van buurtbussen;" in texts
    assert "Jaar | Bedrag (mln euro)" in texts
    assert "2025 | 15" in texts
    assert texts[-1].startswith("Ik zal uw Kamer voor de zomer van 2025")
    # the signature is not body text
    assert not any("de Vries" in t for t in texts)
    assert [(s.title, s.level) for s in fixture_letter.sections] == [("Aanleiding", 1), ("Maatregelen", 1)]
    assert fixture_letter.paragraphs[1].section == "s1"


def test_fixture_letter_footnotes(fixture_letter: Letter) -> None:
    notes = {f.number: f for f in fixture_letter.footnotes}
    assert notes[1].text == "Kamerstukken II 2023/24, 36 999, nr. 9."
    assert notes[1].paragraph == "p1"
    assert notes[2].paragraph == "p2"
    marker = notes[2].marker
    assert marker is not None
    assert fixture_letter.text[:marker].endswith("het spoor verliezen.")
    assert fixture_letter.text[marker:].startswith(" Het kabinet")
    assert not fixture_letter.diagnostics


def _wrap(body: str, title: str = "BRIEF VAN DE MINISTER VAN FINANCIËN") -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><officiele-publicatie><kamerstuk>'
        '<kamerstukkop><tekstregel inhoud="vergaderjaar">Vergaderjaar 2022-2023</tekstregel></kamerstukkop>'
        "<dossier><dossiernummer><dossiernr>36 200</dossiernr><begrotingshoofdstuk>IX</begrotingshoofdstuk>"
        "</dossiernummer><titel>Vaststelling van de begrotingsstaten van het Ministerie van Financiën</titel></dossier>"
        f"<stuk><stuknr>Nr. <ondernummer>7</ondernummer></stuknr><titel>{title}</titel>"
        f"<algemeen><vrije-tekst><tekst>{body}</tekst></vrije-tekst></algemeen></stuk></kamerstuk></officiele-publicatie>"
    ).encode()


def test_unknown_element_keeps_its_text_with_a_note() -> None:
    raw = read_xml(
        _wrap("<al>Eerste alinea.</al><kader><al>Tekst in een kader.</al></kader><raadsel>Los.</raadsel>")
    )
    texts = [b.text for b in raw.blocks]
    assert "Tekst in een kader." in texts
    assert "Los." in texts
    messages = [n.message for n in raw.notes]
    assert "unknown element <kader> kept as text" in messages
    assert "unknown element <raadsel> kept as text" in messages


def test_roman_suffix_and_identifier() -> None:
    raw = read_xml(_wrap("<al>Hierbij bied ik u de nota aan.</al>"))
    assert raw.metadata is not None
    assert raw.metadata.dossiers[0].number == "36200-IX"
    assert raw.metadata.identifier == "kst-36200-IX-7"
    assert raw.metadata.sender == "Minister van Financiën"


def test_nadruk_paragraph_is_marked_bold_and_tussenkop_italic_is_deeper() -> None:
    raw = read_xml(
        _wrap(
            '<al><nadruk type="vet">Samenvatting</nadruk></al><al>Tekst.</al>'
            '<tussenkop>Hoofdlijn</tussenkop><tussenkop><nadruk type="cur">Detail</nadruk></tussenkop>'
        )
    )
    by_text = {b.text: b for b in raw.blocks}
    assert by_text["Samenvatting"].bold
    assert by_text["Hoofdlijn"].kind == "heading" and by_text["Hoofdlijn"].level == 1
    assert by_text["Detail"].level == 2


def test_metadata_file_is_not_a_document() -> None:
    data = (XML_FIXTURES / "letter_metadata.xml").read_bytes()
    assert is_metadata_xml(data)
    assert not is_metadata_xml((XML_FIXTURES / "letter.xml").read_bytes())
    with pytest.raises(MalformedXMLError):
        read_xml(data)


# --- metadata.xml ----------------------------------------------------------------------------


def test_fixture_metadata_xml_and_cross_check(fixture_letter: Letter) -> None:
    meta = read_metadata_xml((XML_FIXTURES / "letter_metadata.xml").read_bytes())
    assert meta.identifier == "kst-36999-12"
    assert meta.kind == "brief"
    assert meta.signatories == [Signatory(name="A.B. de Vries")]
    assert "place" not in meta.model_fields_set
    assert cross_check(fixture_letter.metadata, meta) == []


CROSS_CHECKS = [
    pytest.param({"ondernummer": "13"}, "ondernummer", "warning", id="ondernummer-differs"),
    pytest.param({"date": dt.date(2024, 3, 15)}, "date", "warning", id="date-differs"),
    pytest.param({"dossiers": [Dossier(number="36998")]}, "dossiers", "warning", id="dossier-differs"),
    pytest.param(
        {"signatories": [Signatory(name="C. Jansen")]}, "signatories", "warning", id="signer-differs"
    ),
    pytest.param({"reference": "IENW/BSK-2024/1234"}, "reference", "info", id="document-lacks-field"),
]


@pytest.mark.parametrize(("fields", "location", "severity"), CROSS_CHECKS)
def test_cross_check_reports_each_mismatch(
    fixture_letter: Letter, fields: dict[str, Any], location: str, severity: str
) -> None:
    diagnostics = cross_check(fixture_letter.metadata, Metadata.model_validate(fields))
    assert [(d.location, d.severity) for d in diagnostics] == [(location, severity)]
    assert diagnostics[0].stage == "metadata"


def test_find_metadata_file(tmp_path: Path) -> None:
    doc = tmp_path / "kst-1.xml"
    doc.write_bytes(b"<a/>")
    assert find_metadata_file(doc) is None
    (tmp_path / "metadata.xml").write_bytes(b"<metadata_gegevens/>")
    assert find_metadata_file(doc) == tmp_path / "metadata.xml"
    (tmp_path / "kst-1_metadata.xml").write_bytes(b"<metadata_gegevens/>")
    assert find_metadata_file(doc) == tmp_path / "kst-1_metadata.xml"
    assert find_metadata_file(tmp_path / "metadata.xml") is None  # never the file itself


# --- the real corpus -------------------------------------------------------------------------


def corpus_xml() -> list[Path]:
    return sorted(require_shared(CORPUS).glob("*.xml"))


def test_corpus_has_xml_files() -> None:
    assert len(corpus_xml()) >= 10


def test_every_corpus_xml_parses() -> None:
    documents = metadata = 0
    for path in corpus_xml():
        data = path.read_bytes()
        if is_metadata_xml(data):
            meta = read_metadata_xml(data)
            assert meta.identifier, path.name
            metadata += 1
        else:
            letter = letter_from_xml(data, path.name)
            assert letter.paragraphs, path.name
            assert letter.metadata.identifier, path.name
            documents += 1
    assert documents >= 5 and metadata >= 5


CORPUS_DOCUMENTS = [
    pytest.param(
        "plooi_kst-32545-143.xml",
        {
            "kind": "motie",
            "vergaderjaar": "2020-2021",
            "identifier": "kst-32545-143",
            "ondernummer": "143",
            "date": dt.date(2021, 7, 6),
            "movers": ["Inge van Dijk", "Grinwis"],
        },
        id="motion-32545-143",
    ),
    pytest.param(
        "mm_kst-36725-XVII-52_nader_gewijzigde_motie.xml",
        {"kind": "motie", "identifier": "kst-36725-XVII-52", "vergaderjaar": "2024-2025"},
        id="nader-gewijzigde-motie-roman-suffix",
    ),
    pytest.param(
        "mm_kst-36372-23_gewijzigde_motie.xml",
        {"kind": "motie", "identifier": "kst-36372-23", "movers": ["Eerdmans"], "date": dt.date(2024, 3, 12)},
        id="gewijzigde-motie",
    ),
    pytest.param(
        "plooi_ah-tk-20202021-3235.xml",
        {
            "kind": "antwoord",
            "identifier": "ah-tk-20202021-3235",
            "vergaderjaar": "2020-2021",
            "questioners": ["Van Weyenberg", "Romke de Jong", "Kat"],
            "submitted": dt.date(2021, 6, 3),
            "received": dt.date(2021, 6, 21),
            "sender": "Minister van Sociale Zaken en Werkgelegenheid",
        },
        id="aanhangsel-3235",
    ),
]


@pytest.mark.parametrize(("name", "expected"), CORPUS_DOCUMENTS)
def test_corpus_document_metadata(name: str, expected: dict[str, Any]) -> None:
    letter = letter_from_xml((require_shared(CORPUS) / name).read_bytes(), name)
    for field, value in expected.items():
        assert getattr(letter.metadata, field) == value, field


def test_corpus_nader_gewijzigde_motie_dossier_and_parts() -> None:
    name = "mm_kst-36725-XVII-52_nader_gewijzigde_motie.xml"
    letter = letter_from_xml((require_shared(CORPUS) / name).read_bytes(), name)
    assert letter.metadata.dossiers[0].number == "36725-XVII"
    assert [m.kind for m in letter.motion] == ["observation", "observation", "consideration", "request"]
    assert len(letter.metadata.movers) == 6
    assert not any(p.text == "Hirsch" for p in letter.paragraphs)


def test_corpus_aanhangsel_questions_and_answers() -> None:
    name = "plooi_ah-tk-20202021-3235.xml"
    letter = letter_from_xml((require_shared(CORPUS) / name).read_bytes(), name)
    assert [q.number for q in letter.questions] == [str(n) for n in range(1, 10)]
    assert all(len(q.question) == 1 for q in letter.questions)
    assert len(letter.questions[-1].answer) == 2
    assert letter.metadata.signatories[0].name == "Koolmees"


CORPUS_METADATA = [
    pytest.param(
        "plooi_kst-32545-143_metadata.xml",
        {"identifier": "kst-32545-143", "kind": "motie", "ondernummer": "143", "vergaderjaar": "2020-2021"},
        id="kst-32545-143",
    ),
    pytest.param(
        "plooi_ah-tk-20202021-3235_metadata.xml",
        {"identifier": "ah-tk-20202021-3235", "kind": "antwoord", "received": dt.date(2021, 6, 21)},
        id="ah-tk-20202021-3235",
    ),
    pytest.param(
        "plooi_blg-1007826_metadata.xml",
        {"identifier": "blg-1007826", "ondernummer": "430", "vergaderjaar": "2021-2022"},
        id="blg-1007826",
    ),
    pytest.param(
        "plooi_metadata_owms_kst-35842-4.xml",
        {"identifier": "kst-35842-4", "ondernummer": "4", "date": dt.date(2021, 5, 25)},
        id="owms-kst-35842-4",
    ),
    pytest.param(
        "plooi_sru_record_kst-35842-4.xml",
        {"identifier": "kst-35842-4", "vergaderjaar": "2020-2021"},
        id="sru-kst-35842-4",
    ),
    pytest.param(
        "plooi_ronl_20110301_kamerbrief_draagmoederschap_manifest.xml",
        {"kind": "brief", "date": dt.date(2011, 3, 1), "ministry": "Ministerie van Justitie en Veiligheid"},
        id="manifest",
    ),
]


@pytest.mark.parametrize(("name", "expected"), CORPUS_METADATA)
def test_corpus_metadata_files(name: str, expected: dict[str, Any]) -> None:
    meta = read_metadata_xml((require_shared(CORPUS) / name).read_bytes())
    for field, value in expected.items():
        assert getattr(meta, field) == value, field
        assert field in meta.model_fields_set


def test_every_corpus_metadata_file_fills_what_it_carries() -> None:
    for path in sorted(require_shared(CORPUS).glob("*_metadata.xml")):
        data = path.read_bytes()
        meta = read_metadata_xml(data)
        carried = {"identifier", "vergaderjaar"}
        assert carried <= meta.model_fields_set, path.name
        if b"OVERHEIDop.dossiernummer" in data:
            assert meta.dossiers, path.name
        if b"OVERHEIDop.indiener" in data:
            assert meta.movers or meta.questioners or meta.signatories, path.name


@pytest.mark.parametrize(
    "stem",
    [
        pytest.param("plooi_kst-32545-143", id="motion"),
        pytest.param("plooi_ah-tk-20202021-3235", id="aanhangsel"),
    ],
)
def test_corpus_document_agrees_with_its_metadata_file(stem: str) -> None:
    corpus = require_shared(CORPUS)
    letter = letter_from_xml((corpus / f"{stem}.xml").read_bytes(), f"{stem}.xml")
    found = find_metadata_file(corpus / f"{stem}.xml")
    assert found == corpus / f"{stem}_metadata.xml"
    warnings = [
        d
        for d in cross_check(letter.metadata, read_metadata_xml(found.read_bytes()))
        if d.severity == "warning"
    ]
    assert warnings == []
