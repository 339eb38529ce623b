"""Checks of the bundled data: they fail CI when the data breaks the rules of docs/data.md."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest

import toponyms
from toponyms import Gazetteer, Place
from toponyms.normalize import fold

REQUIRED_LANGUAGES = ("en", "ru", "hy", "az")
#: How many places are named in all four languages: a floor that only ever rises (the goal is every place; a
#: place added with three confirmed languages lowers the share but not this count; gaps: docs/data-todo.md).
MIN_FOUR_LANGUAGE_PLACES = 900
PLACES = list(toponyms.places())


def test_there_is_data() -> None:
    assert len(PLACES) >= 9


DATA_TODO = Path(__file__).parent.parent / "docs" / "data-todo.md"


def _missing_languages(place: Place) -> list[str]:
    return [lang for lang in REQUIRED_LANGUAGES if not place.names_in(lang)]


@pytest.mark.parametrize("place", PLACES, ids=lambda p: p.id)
def test_every_place_has_an_english_name(place: Place) -> None:
    assert place.names_in("en"), place.id


def test_places_named_in_all_four_languages() -> None:
    complete = sum(1 for place in PLACES if not _missing_languages(place))
    assert complete >= MIN_FOUR_LANGUAGE_PLACES, f"{complete}/{len(PLACES)}"


def test_every_gap_in_the_four_languages_is_listed_in_data_todo() -> None:
    listed = DATA_TODO.read_text(encoding="utf-8")
    unlisted = [place.id for place in PLACES if _missing_languages(place) and f"`{place.id}`" not in listed]
    assert not unlisted, f"places missing a language but not listed in docs/data-todo.md: {unlisted}"
    # and the table of gaps is the data's: each row says what the place lacks today, and the count is right
    rows = re.findall(r"^\| `([a-z0-9-]+)` \| [a-z-]+ \| ([a-z, -]+) \|$", listed, re.MULTILINE)
    by_id = {place.id: place for place in PLACES}
    stale = [
        (pid, gap)
        for pid, gap in rows
        if pid not in by_id or ", ".join(_missing_languages(by_id[pid])) != gap
    ]
    assert not stale, f"rows of docs/data-todo.md that the data no longer bears out: {stale}"
    gaps = sum(1 for place in PLACES if _missing_languages(place))
    assert f"{gaps} of {len(PLACES)} places still lack one" in listed


@pytest.mark.parametrize("place", PLACES, ids=lambda p: p.id)
def test_every_name_finds_its_own_place(gazetteer: Gazetteer, place: Place) -> None:
    for name in place.names:
        matches = gazetteer.lookup(name.text, limit=50)
        found = [m.place.id for m in matches]
        if name.ambiguous:
            assert place.id in found, (name, found)
        else:
            assert found and found[0] == place.id, (name, found)


def test_shared_names_are_declared_ambiguous() -> None:
    places_by_key: dict[str, set[str]] = defaultdict(set)
    undeclared: dict[str, set[str]] = defaultdict(set)
    for place in PLACES:
        for name in place.names:
            places_by_key[fold(name.text)].add(place.id)
    for place in PLACES:
        for name in place.names:
            if len(places_by_key[fold(name.text)]) > 1 and not name.ambiguous:
                undeclared[name.text].add(place.id)
    assert not undeclared, dict(undeclared)


def test_a_text_has_at_most_one_usual_place() -> None:
    # 'primary' ranks a place first among those an ambiguous text names: two would contradict each other
    usual: dict[tuple[str, str], set[str]] = defaultdict(set)
    for place in PLACES:
        for name in place.names:
            if name.primary:
                usual[fold(name.text), name.lang].add(place.id)
    assert usual, "the data marks no usual place"
    assert {key: ids for key, ids in usual.items() if len(ids) > 1} == {}


def test_a_bare_primary_name_is_its_place_in_lookup_and_in_text(gazetteer: Gazetteer) -> None:
    primary = [(place.id, name.text) for place in PLACES for name in place.names if name.primary]
    assert primary
    for place_id, text in primary:
        assert gazetteer.lookup(text)[0].place.id == place_id, text
        assert [mention.place.id for mention in gazetteer.find(text)] == [place_id], text


@pytest.mark.parametrize("flag", ["person", "word"])
def test_a_place_marks_every_spelling_of_a_persons_name_or_a_word(flag: str) -> None:
    # find() reads one spelling for another: a person's name marked in one spelling only would be a place
    # in the other (Cəbrayıl, Cebrayil)
    unmarked = [
        (place.id, name.text)
        for place in PLACES
        for name in place.names
        if not getattr(name, flag)
        and fold(name.text) in {fold(other.text) for other in place.names if getattr(other, flag)}
    ]
    assert not unmarked


def test_parents_lead_to_a_top_level_place() -> None:
    by_id = {place.id: place for place in PLACES}
    for place in PLACES:
        seen = {place.id}
        todo = list(place.parents)
        while todo:
            parent = todo.pop()
            assert parent in by_id
            if parent not in seen:
                seen.add(parent)
                todo.extend(by_id[parent].parents)


def test_historical_names_carry_years_or_are_not_current() -> None:
    for place in PLACES:
        for name in place.names:
            if name.status == "historical":
                assert not name.is_current


def test_contested_places_record_both_sides() -> None:
    for place_id in ("shusha", "khankendi", "nagorno-karabakh"):
        place = toponyms.get(place_id)
        traditions = {t for name in place.names for t in name.used_by}
        assert {"az", "hy"} <= traditions, place_id


def test_coverage_page_matches_the_data(gazetteer: Gazetteer) -> None:
    from toponyms.export import coverage_markdown

    page = Path(__file__).parent.parent / "docs" / "coverage.md"
    assert page.read_text(encoding="utf-8") == coverage_markdown(gazetteer), (
        "docs/coverage.md is stale: regenerate it with "
        "python -c 'import toponyms; from toponyms.export import coverage_markdown; "
        'print(coverage_markdown(toponyms.default_gazetteer()), end="")\' > docs/coverage.md'
    )
