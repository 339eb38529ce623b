"""Export: the gazetteer as tables for people and other tools (coverage report).

>>> from toponyms import Gazetteer
>>> print(coverage_markdown(Gazetteer()).splitlines()[0])
# Coverage of the bundled data
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from toponyms.model import KINDS, LANGUAGE_NAMES, LANGUAGES, Place

if TYPE_CHECKING:
    from toponyms.gazetteer import Gazetteer

#: Areas of the coverage report, checked in order against a place's ancestors.
AREAS: tuple[tuple[str, frozenset[str]], ...] = (
    ("Nagorno-Karabakh (NKAO or NKR units)", frozenset({"nagorno-karabakh-republic", "nagorno-karabakh"})),
    ("Nakhchivan", frozenset({"nakhchivan-ar"})),
    ("Armenia", frozenset({"armenia"})),
    ("Azerbaijan", frozenset({"azerbaijan"})),
)
_OTHER = "Neighbours, historical polities and regions"
_REQUIRED = ("en", "ru", "hy", "az")


def area_of(gazetteer: Gazetteer, place: Place) -> str:
    """The area of the coverage report a place belongs to, by its ancestors (or itself)."""
    seen = {place.id}
    todo = [place.id]
    while todo:
        current = gazetteer.get(todo.pop())
        todo.extend(parent for parent in current.parents if parent not in seen)
        seen.update(current.parents)
    for area, ids in AREAS:
        if seen & ids:
            return area
    return _OTHER


def coverage_markdown(gazetteer: Gazetteer) -> str:
    """A Markdown report: places by kind and area, names by language, places named in all four languages."""
    places = gazetteer.places()
    areas = [area for area, _ in AREAS] + [_OTHER]
    by_kind_area = Counter((place.kind, area_of(gazetteer, place)) for place in places)
    kinds = [kind for kind in KINDS if any(by_kind_area[kind, area] for area in areas)]
    names = Counter(name.lang for place in places for name in place.names)
    complete = sum(1 for place in places if all(place.names_in(lang) for lang in _REQUIRED))
    total_names = sum(names.values())
    lines = [
        "# Coverage of the bundled data",
        "",
        "Generated from data/names.yaml by `toponyms.export.coverage_markdown`; the test suite checks",
        "that this page matches the data.",
        "",
        f"{len(places)} places, {total_names} names; {complete} places ({complete / len(places):.0%})",
        "are named in all four of English, Russian, Armenian and Azerbaijani (the others are listed in",
        "data-todo.md).",
        "",
        "## Places by kind and area",
        "",
        "| kind | " + " | ".join(areas) + " | all |",
        "|---|" + "---:|" * (len(areas) + 1),
    ]
    for kind in kinds:
        counts = [by_kind_area[kind, area] for area in areas]
        lines.append(f"| {kind} | " + " | ".join(str(c) if c else "" for c in counts) + f" | {sum(counts)} |")
    totals = [sum(by_kind_area[kind, area] for kind in kinds) for area in areas]
    lines.append("| **all** | " + " | ".join(str(t) for t in totals) + f" | {len(places)} |")
    lines += ["", "## Names by language", "", "| language | tag | names |", "|---|---|---:|"]
    for lang in LANGUAGES:
        lines.append(f"| {LANGUAGE_NAMES[lang]} | {lang} | {names[lang]} |")
    lines.append(f"| **all** | | {total_names} |")
    return "\n".join(lines) + "\n"
