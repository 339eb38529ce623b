"""The loader: every malformed file is a DataError naming file, line, id and field; nothing is skipped."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import toponyms
from toponyms import DataError, Gazetteer
from toponyms.loading import load_places

GOOD_PLACE = """\
- id: sample
  kind: town
  parents: []
  names:
    - {text: "Sample", lang: en, status: official}
"""


def problems_of(tmp_path: Path, text: str | bytes) -> list[toponyms.Problem]:
    path = tmp_path / "places.yaml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_places([path])
    assert str(path) in str(caught.value)
    return caught.value.problems


@pytest.mark.parametrize(
    ("text", "line", "place_id", "field", "message"),
    [
        (GOOD_PLACE.replace("kind: town", "kind: citty"), 2, "sample", "kind", "unknown kind"),
        (GOOD_PLACE.replace("  kind: town\n", ""), 1, "sample", "kind", "missing"),
        (GOOD_PLACE + "  colour: red\n", 6, "sample", "colour", "unknown key"),
        (
            GOOD_PLACE.replace("status: official", "status: offical"),
            5,
            "sample",
            "names.status",
            "unknown status",
        ),
        (GOOD_PLACE.replace("lang: en", "lang: fr"), 5, "sample", "names.lang", "unknown language"),
        (GOOD_PLACE.replace('"Sample"', '"Sаmple"'), 5, "sample", "names.text", "Cyrillic letter 'а'"),
        (
            GOOD_PLACE.replace('"Sample", lang: en', '"Gǝncǝ", lang: az'),
            5,
            "sample",
            "names.text",
            "look-alike",
        ),
        (
            GOOD_PLACE.replace('"Sample", lang: en', '"Sample", lang: hy'),
            5,
            "sample",
            "names.text",
            "not in the hy",
        ),
        (GOOD_PLACE.replace('"Sample"', '"Sǝmple"'), 5, "sample", "names.text", "look-alike of 'ə'"),
        (GOOD_PLACE.replace('"Sample"', '"Samplе"'), 5, "sample", "names.text", "Cyrillic letter 'е'"),
        (
            GOOD_PLACE.replace('"Sample", lang: en', '"Саmple", lang: ru'),
            5,
            "sample",
            "names.text",
            "Latin letter",
        ),
        (
            GOOD_PLACE.replace('"Sample", lang: en', '"Губернія", lang: ru'),
            5,
            "sample",
            "names.text",
            "not in the ru",
        ),
        (
            GOOD_PLACE.replace("official}", "official, until: 1800, from: 1900}"),
            5,
            "sample",
            "names.until",
            "before",
        ),
        (GOOD_PLACE.replace("official}", "official, until: 20000}"), 5, "sample", "names.until", "year"),
        (GOOD_PLACE.replace("official}", "official, person: maybe}"), 5, "sample", "names.person", "true or"),
        (
            GOOD_PLACE.replace("official}", "official, elsewhere: 1}"),
            5,
            "sample",
            "names.elsewhere",
            "true or",
        ),
        (
            GOOD_PLACE.replace("official}", "official, primary: true}"),
            5,
            "sample",
            "names.primary",
            "needs ambiguous",
        ),
        (GOOD_PLACE.replace("parents: []", "parents: [nowhere]"), 1, "sample", "parents", "unknown parent"),
        (GOOD_PLACE.replace("parents: []", "parents: [sample]"), 1, "sample", "parents", "own parent"),
        (GOOD_PLACE.replace("id: sample", "id: Sample Town"), 1, None, "id", "slug"),
        (GOOD_PLACE + GOOD_PLACE, 6, "sample", "id", "duplicate id"),
        (
            GOOD_PLACE.replace("official}", "official, used_by: [nato]}"),
            5,
            "sample",
            "names.used_by",
            "tradition",
        ),
        (
            GOOD_PLACE + '    - {text: "Sample", lang: en, status: common}\n',
            1,
            "sample",
            "names",
            "listed twice",
        ),
        (
            GOOD_PLACE.replace(
                '{text: "Sample", lang: en, status: official}', "{lang: en, status: official}"
            ),
            5,
            "sample",
            "names.text",
            "missing",
        ),
        (GOOD_PLACE.replace("  kind: town", "  kind: town\n  kind: city"), 3, "sample", "kind", "repeated"),
    ],
)
def test_each_problem_is_located(
    tmp_path: Path, text: str, line: int, place_id: str | None, field: str, message: str
) -> None:
    problems = problems_of(tmp_path, text)
    assert any(
        p.line == line and p.place_id == place_id and p.field == field and message in p.message
        for p in problems
    ), problems


def test_every_problem_is_reported_not_only_the_first(tmp_path: Path) -> None:
    text = GOOD_PLACE.replace("kind: town", "kind: citty").replace("lang: en", "lang: fr")
    assert len(problems_of(tmp_path, text)) == 2


def test_parent_cycle_is_an_error(tmp_path: Path) -> None:
    text = GOOD_PLACE.replace("parents: []", "parents: [other]") + GOOD_PLACE.replace(
        "id: sample", "id: other"
    ).replace("parents: []", "parents: [sample]")
    assert {p.place_id for p in problems_of(tmp_path, text) if "cycle" in p.message} == {"sample", "other"}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("key: value\n", "must be a list"),
        ("- [unclosed\n", "not valid YAML"),
        ("- !!python/object/apply:os.system ['true']\n", "must be a mapping"),
        (GOOD_PLACE.replace("kind: town", "kind: !!python/name:os.system"), "unknown kind a value tagged"),
        (GOOD_PLACE.replace("kind: town", "kind: !!binary aGVsbG8="), "unknown kind"),
        (GOOD_PLACE.replace("kind: town", "kind: [town]"), "unknown kind a list"),
        (b"- id: caf\xe9\n", "not UTF-8"),
        ("- just a string\n", "must be a mapping"),
    ],
)
def test_malformed_files(tmp_path: Path, text: str | bytes, message: str) -> None:
    assert any(message in p.message for p in problems_of(tmp_path, text))


def test_alias_bomb_is_rejected_quickly(tmp_path: Path) -> None:
    bomb = 'a: &a ["x","x","x","x","x","x","x","x","x"]\n'
    for level in range(1, 9):
        bomb += f"{chr(97 + level)}: &{chr(97 + level)} [" + ",".join([f"*{chr(96 + level)}"] * 9) + "]\n"
    assert any("must be a list" in p.message for p in problems_of(tmp_path, bomb))


def test_hostile_files_are_refused_quickly(tmp_path: Path) -> None:
    deep = tmp_path / "deep.yaml"
    deep.write_text("- " + "[" * 100_000 + "]" * 100_000 + "\n")
    assert any("nesting" in p.message for p in problems_of(tmp_path, deep.read_text()))
    big = tmp_path / "big.yaml"
    with open(big, "w", encoding="utf-8") as stream:
        stream.write(GOOD_PLACE * 120_000)
    with pytest.raises(DataError, match="larger than"):
        load_places([big])


def test_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD_PLACE.encode())
    assert [place.id for place in load_places([path])] == ["sample"]


def test_missing_file_and_directory_are_data_errors(tmp_path: Path) -> None:
    for path in (tmp_path / "missing.yaml", tmp_path):
        with pytest.raises(DataError, match=str(path)):
            load_places([path])


def test_user_file_adds_places_and_names_on_top_of_bundled(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(
        GOOD_PLACE.replace("parents: []", "parents: [armenia]")
        + '- id: shusha\n  names:\n    - {text: "Shushi-qala", lang: en, status: variant}\n',
        encoding="utf-8",
    )
    gazetteer = Gazetteer([path])
    assert gazetteer.lookup("Sample")[0].place.id == "sample"
    assert gazetteer.lookup("Shushi-qala")[0].place.id == "shusha"
    assert gazetteer.lookup("Şuşa")[0].place.id == "shusha"  # bundled names kept
    assert len(gazetteer) == len(toponyms.default_gazetteer()) + 1


def test_user_file_cannot_change_a_kind(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text('- id: shusha\n  kind: village\n  names:\n    - {text: "X", lang: en, status: variant}\n')
    with pytest.raises(DataError, match="kind 'village' differs"):
        Gazetteer([path])


@given(st.data())
def test_mutated_files_give_places_or_a_data_error(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    text = data.draw(
        st.sampled_from([GOOD_PLACE, (Path(__file__).parent / "data" / "mini.yaml").read_text()])
    )
    raw = bytearray(text.encode("utf-8"))
    for _ in range(data.draw(st.integers(1, 8))):
        position = data.draw(st.integers(0, len(raw)))
        action = data.draw(st.sampled_from(["insert", "delete", "replace"]))
        fragment = data.draw(
            st.sampled_from(
                [b":", b"-", b" ", b"\n", b"[", b"]", b"{", b"&a", b"*a", b"!!", b"\xff", b'"', b"0"]
            )
        )
        if action == "insert":
            raw[position:position] = fragment
        elif action == "delete":
            del raw[position : position + len(fragment)]
        else:
            raw[position : position + len(fragment)] = fragment
    path = tmp_path_factory.mktemp("mutated") / "places.yaml"
    path.write_bytes(bytes(raw))
    try:
        places = load_places([path])
    except DataError as error:
        assert error.problems and all(problem.file == str(path) for problem in error.problems)
    else:
        assert all(place.names for place in places)
