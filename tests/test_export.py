"""Glossary export (TBX-Basic, CSV, JSON, Markdown), the coverage report and `toponyms validate`."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from xml.etree import ElementTree

import pytest

from toponyms import Gazetteer, UnknownPlaceError
from toponyms.cli import main
from toponyms.export import glossary, select_places

TBX = "{urn:iso:std:iso:30042:ed-2}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
LANGS = ("en", "hy", "az", "ru")


def test_tbx_has_the_tbx_basic_structure_and_every_name(gazetteer: Gazetteer) -> None:
    root = ElementTree.fromstring(glossary(gazetteer, "tbx"))
    assert root.tag == f"{TBX}tbx" and root.get("type") == "TBX-Basic"
    assert root.find(f"{TBX}tbxHeader/{TBX}fileDesc/{TBX}sourceDesc") is not None
    entries = root.findall(f"{TBX}text/{TBX}body/{TBX}conceptEntry")
    assert [entry.get("id") for entry in entries] == [place.id for place in gazetteer.places()]
    exported = set()
    for entry in entries:
        assert entry.find(f"{TBX}descrip[@type='subjectField']") is not None
        for section in entry.findall(f"{TBX}langSec"):
            for term in section.findall(f"{TBX}termSec"):
                status = term.find(f"{TBX}termNote[@type='administrativeStatus']")
                assert status is not None and status.text in {
                    "admittedTerm-admn-sts",
                    "supersededTerm-admn-sts",
                }
                exported.add((entry.get("id"), section.get(XML_LANG), term.findtext(f"{TBX}term")))
    expected = {(p.id, n.lang, n.text) for p in gazetteer.places() for n in p.names if n.lang in LANGS}
    assert exported == expected


def test_tbx_with_a_convention_prefers_its_names(gazetteer: Gazetteer) -> None:
    root = ElementTree.fromstring(glossary(gazetteer, "tbx", within="shusha", langs=("en",), convention="hy"))
    statuses = {
        term.findtext(f"{TBX}term"): term.findtext(f"{TBX}termNote") for term in root.iter(f"{TBX}termSec")
    }
    assert statuses == {
        "Shushi": "preferredTerm-admn-sts",
        "Shusha": "deprecatedTerm-admn-sts",
        "Panahabad": "supersededTerm-admn-sts",  # a former name: superseded, whatever the convention
        # a place within Shusha that has no English name of the Armenian side keeps its usual name preferred
        "Jidir Plain": "preferredTerm-admn-sts",
        "Jidir Duzu": "deprecatedTerm-admn-sts",
    }


def test_csv_opens_as_a_table(gazetteer: Gazetteer) -> None:
    rows = list(csv.DictReader(io.StringIO(glossary(gazetteer, "csv", within="nagorno-karabakh-republic"))))
    assert rows[0].keys() == {"id", "kind", "en", "hy", "az", "ru", "notes"}
    by_id = {row["id"]: row for row in rows}
    assert by_id["khankendi"]["hy"].split("; ") == ["Ստեփանակերտ", "Խանքենդի", "Վարարակն"]
    assert "Stepanakert" in by_id["khankendi"]["en"] and "Khankendi" in by_id["khankendi"]["en"]


def test_json_keeps_every_field(gazetteer: Gazetteer) -> None:
    records = json.loads(glossary(gazetteer, "json", langs=("az-Cyrl",), within="ganja"))
    assert records[0]["id"] == "ganja"
    assert {
        "text": "Кировабад",
        "lang": "az-Cyrl",
        "status": "historical",
        "used_by": ["az", "soviet"],
        "from": 1935,
        "until": 1989,
        "ambiguous": False,
        "person": False,
        "elsewhere": False,
        "word": False,
        "primary": False,
    } in records[0]["names"]


def test_markdown_is_a_table(gazetteer: Gazetteer) -> None:
    lines = glossary(gazetteer, "md", kind="country").splitlines()
    assert lines[0] == "| id | kind | English | Armenian | Azerbaijani | Russian |"
    assert len(lines) == 2 + len(select_places(gazetteer, kind="country"))


def test_bad_options(gazetteer: Gazetteer) -> None:
    with pytest.raises(ValueError, match="unknown format"):
        glossary(gazetteer, "xlsx")
    with pytest.raises(ValueError, match="unknown language"):
        glossary(gazetteer, "csv", langs=("fr",))
    with pytest.raises(UnknownPlaceError):
        glossary(gazetteer, "csv", within="atlantis")


def test_glossary_command_writes_a_file_with_a_bom(tmp_path: Path) -> None:
    target = tmp_path / "glossary.csv"
    assert main(["glossary", "--kind", "country", "-o", str(target), "--bom"]) == 0
    assert target.read_bytes().startswith(b"\xef\xbb\xbfid,kind,en,hy,az,ru,notes")
    assert main(["glossary", "--within", "atlantis"]) == 2


def test_validate_command(tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text('- id: shusha\n  names:\n    - {text: "Shushi-qala", lang: en, status: variant}\n')
    bad = tmp_path / "bad.yaml"
    bad.write_text("- id: x\n  kind: citty\n  names: []\n")
    out = io.StringIO()
    assert main(["validate", str(good)], stdout=out) == 0
    assert out.getvalue().startswith(f"valid: {good}")
    out = io.StringIO()
    assert main(["validate", str(bad)], stdout=out) == 1
    lines = out.getvalue().splitlines()
    assert lines[0].startswith(
        f"{bad}:2, id 'x', field 'kind': unknown kind 'citty' (expected one of: country,"
    )
    assert lines[1:] == [f"{bad}:3, id 'x', field 'names': must be a non-empty list of names", "2 problems"]
    standalone = Path(__file__).parent / "data" / "mini.yaml"
    assert main(["validate", "--standalone", str(standalone)], stdout=io.StringIO()) == 0
