"""Export: the gazetteer as glossaries for translators' tools (TBX, CSV, JSON, Markdown) and as a
coverage report.

    >>> from toponyms import Gazetteer
    >>> text = glossary(Gazetteer(), "csv", langs=("en", "hy"), kind="city", within="shushi-province")
    >>> lines = text.splitlines()
    >>> lines[0]
    'id,kind,en,hy,notes'
    >>> lines[1].split(",")[:4]
    ['shusha', 'city', 'Shusha; Shushi; Panahabad', 'Շուշի']
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING
from xml.etree import ElementTree

from toponyms import __version__
from toponyms.model import KINDS, LANGUAGE_NAMES, LANGUAGES, TRADITIONS, Name, Place

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


FORMATS = ("csv", "tbx", "json", "md")
DEFAULT_LANGS = ("en", "hy", "az", "ru")
_TBX_NAMESPACE = "urn:iso:std:iso:30042:ed-2"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def select_places(gazetteer: Gazetteer, *, kind: str | None = None, within: str | None = None) -> list[Place]:
    """The places of a glossary: of one ``kind``, and ``within`` a place (the place and its descendants)."""
    if kind is not None and kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; expected one of: {', '.join(KINDS)}")
    if within is not None:
        gazetteer.get(within)  # UnknownPlaceError when there is no such place
    chosen = []
    for place in gazetteer.places():
        if kind is not None and place.kind != kind:
            continue
        if within is not None and within != place.id and within not in _ancestors(gazetteer, place):
            continue
        chosen.append(place)
    return chosen


def _ancestors(gazetteer: Gazetteer, place: Place) -> set[str]:
    seen: set[str] = set()
    todo = list(place.parents)
    while todo:
        parent = todo.pop()
        if parent not in seen:
            seen.add(parent)
            todo.extend(gazetteer.get(parent).parents)
    return seen


def ordered_names(place: Place, lang: str, convention: str | None) -> list[Name]:
    """The names of a place in ``lang``: the one ``convention`` prefers first (when given), then current
    names, then former ones, each group in data order."""
    names = list(place.names_in(lang))
    preferred = place.name_in(lang, convention) if convention else None
    return sorted(names, key=lambda n: (n is not preferred, not n.is_current))


def term_status(name: Name, preferred: Name | None, convention: str | None) -> str:
    """The TBX-Basic administrative status of a name. Without a convention no name is preferred: current
    names are admitted, former ones superseded. With one, its name is preferred, the other names it uses
    are admitted and the names it does not use are deprecated from its point of view."""
    if not name.is_current:
        return "supersededTerm-admn-sts"
    if convention is None:
        return "admittedTerm-admn-sts"
    if name is preferred:
        return "preferredTerm-admn-sts"
    if convention in name.used_by:
        return "admittedTerm-admn-sts"
    return "deprecatedTerm-admn-sts"


def glossary(
    gazetteer: Gazetteer,
    format: str,
    *,
    langs: Sequence[str] = DEFAULT_LANGS,
    kind: str | None = None,
    within: str | None = None,
    convention: str | None = None,
) -> str:
    """The places of ``gazetteer`` as a glossary in ``format`` (csv, tbx, json, md).

    ``langs`` chooses the languages and their order; ``kind`` and ``within`` (a place id) choose the places;
    ``convention`` (a tradition: az, hy, ru, intl, soviet) puts its name first and, in TBX, marks it
    preferred. Without a convention no name is preferred.
    """
    if format not in FORMATS:
        raise ValueError(f"unknown format {format!r}; expected one of: {', '.join(FORMATS)}")
    unknown = [lang for lang in langs if lang not in LANGUAGES]
    if unknown:
        raise ValueError(f"unknown language(s) {unknown}; expected some of: {', '.join(LANGUAGES)}")
    if convention is not None and convention not in TRADITIONS:
        raise ValueError(f"unknown convention {convention!r}; expected one of: {', '.join(TRADITIONS)}")
    places = select_places(gazetteer, kind=kind, within=within)
    writer = {"csv": _csv, "tbx": _tbx, "json": _json, "md": _markdown}[format]
    return writer(places, tuple(langs), convention)


def _csv(places: Sequence[Place], langs: tuple[str, ...], convention: str | None) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["id", "kind", *langs, "notes"])
    for place in places:
        cells = ["; ".join(n.text for n in ordered_names(place, lang, convention)) for lang in langs]
        notes = " | ".join(
            f"{n.text}: {n.describe()}" for lang in langs for n in ordered_names(place, lang, convention)
        )
        writer.writerow([place.id, place.kind, *cells, notes])
    return out.getvalue()


def _json(places: Sequence[Place], langs: tuple[str, ...], convention: str | None) -> str:
    records = []
    for place in places:
        names = [n for lang in langs for n in ordered_names(place, lang, convention)]
        records.append(
            {
                "id": place.id,
                "kind": place.kind,
                "parents": list(place.parents),
                "coords": list(place.coords) if place.coords else None,
                "note": place.note or None,
                "names": [n.as_dict() for n in names],
            }
        )
    return json.dumps(records, ensure_ascii=False, indent=1) + "\n"


def _markdown(places: Sequence[Place], langs: tuple[str, ...], convention: str | None) -> str:
    def cell(text: str) -> str:
        return text.replace("|", "\\|")

    lines = [
        "| id | kind | " + " | ".join(LANGUAGE_NAMES[lang] for lang in langs) + " |",
        "|---|---|" + "---|" * len(langs),
    ]
    for place in places:
        cells = []
        for lang in langs:
            names = ordered_names(place, lang, convention)
            cells.append("<br>".join(cell(n.text) + (f" ({n.years()})" if n.years() else "") for n in names))
        lines.append(f"| {place.id} | {place.kind} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def _tbx(places: Sequence[Place], langs: tuple[str, ...], convention: str | None) -> str:
    ElementTree.register_namespace("", _TBX_NAMESPACE)

    def element(
        parent: ElementTree.Element, tag: str, text: str | None = None, **attributes: str
    ) -> ElementTree.Element:
        child = ElementTree.SubElement(parent, f"{{{_TBX_NAMESPACE}}}{tag}", attributes)
        child.text = text
        return child

    root = ElementTree.Element(
        f"{{{_TBX_NAMESPACE}}}tbx", {"type": "TBX-Basic", "style": "dca", _XML_LANG: "en"}
    )
    header = element(root, "tbxHeader")
    file_description = element(header, "fileDesc")
    source = element(file_description, "sourceDesc")
    element(
        source,
        "p",
        f"toponyms {__version__}: place names of Armenia, Azerbaijan and Nagorno-Karabakh. "
        + (
            f"Preferred terms follow the {convention} naming tradition."
            if convention
            else "No term is preferred."
        ),
    )
    body = element(element(root, "text"), "body")
    for place in places:
        entry = element(body, "conceptEntry", id=place.id)
        element(entry, "descrip", place.kind, type="subjectField")
        if place.note:
            element(entry, "note", place.note)
        for lang in langs:
            names = ordered_names(place, lang, convention)
            if not names:
                continue
            preferred = place.name_in(lang, convention) if convention else None
            section = element(entry, "langSec", **{_XML_LANG: lang})
            for name in names:
                term = element(section, "termSec")
                element(term, "term", name.text)
                element(
                    term, "termNote", term_status(name, preferred, convention), type="administrativeStatus"
                )
                element(term, "note", name.describe())
    ElementTree.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ElementTree.tostring(root, encoding="unicode") + "\n"
