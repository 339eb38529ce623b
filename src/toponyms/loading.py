"""Reading and validating gazetteer files (the schema of ``data/names.yaml``).

Files are parsed with PyYAML's safe loader into nodes, so that every problem can name its file, line,
place id and field. Validation collects every problem before raising one :class:`DataError`; nothing
is skipped. Several files can be layered: a later file adds places, and adds names (and parents) to a
place of an earlier file that has the same id.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import yaml

from toponyms.errors import DataError, Problem
from toponyms.model import KINDS, LANGUAGES, STATUSES, TRADITIONS, Name, Place
from toponyms.scripts import name_script_problem

try:
    _Loader: Any = yaml.CSafeLoader
except AttributeError:  # PyYAML without libyaml
    _Loader = yaml.SafeLoader

PLACE_KEYS = frozenset({"id", "kind", "parents", "coords", "note", "names"})
#: The true-or-false keys of a name, in the order of Name's fields.
_NAME_FLAGS = ("ambiguous", "person", "elsewhere", "word", "primary")
NAME_KEYS = frozenset({"text", "lang", "status", "used_by", "from", "until", *_NAME_FLAGS})
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
_MAX_FILE_BYTES = 8 * 1024 * 1024  # the bundled file is about 0.5 MB; larger input is refused at once
_YEARS = range(1, 2101)


@dataclass
class _Draft:
    """A place being assembled from one or more files."""

    id: str
    kind: str
    names: list[Name] = field(default_factory=list)
    parents: list[str] = field(default_factory=list)
    coords: tuple[float, float] | None = None
    note: str = ""
    locations: list[tuple[str, int]] = field(default_factory=list)


def read_text(path: str | os.PathLike[str]) -> str:
    """Read a data file as UTF-8 (a BOM is accepted), raising :class:`DataError` naming the file."""
    name = os.fspath(path)
    try:
        if os.path.getsize(name) > _MAX_FILE_BYTES:
            raise DataError([Problem(name, None, None, None, f"file is larger than {_MAX_FILE_BYTES} bytes")])
        with open(name, "rb") as stream:
            raw = stream.read()
    except IsADirectoryError:
        raise DataError([Problem(name, None, None, None, "is a directory, not a YAML file")]) from None
    except OSError as error:
        raise DataError(
            [Problem(name, None, None, None, f"cannot be read: {error.strerror or error}")]
        ) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise DataError([Problem(name, line, None, None, f"is not UTF-8 (byte {error.start})")]) from None


def load_places(paths: Sequence[str | os.PathLike[str]]) -> tuple[Place, ...]:
    """Load, layer and validate gazetteer files, in order. Raises :class:`DataError` listing every problem."""
    problems: list[Problem] = []
    drafts: dict[str, _Draft] = {}
    for path in paths:
        name = os.fspath(path)
        _merge_file(parse_file(read_text(path), name, problems), drafts, name, problems)
    places = _finish(drafts, problems)
    if problems:
        raise DataError(problems)
    return places


def parse_file(text: str, file: str, problems: list[Problem]) -> list[tuple[int, dict[str, Any], _Draft]]:
    """Parse one file's text into drafts; the problems found are appended to ``problems``."""
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        line = mark.line + 1 if mark is not None else None
        problems.append(
            Problem(file, line, None, None, f"is not valid YAML: {getattr(error, 'problem', error)}")
        )
        return []
    except RecursionError:
        problems.append(Problem(file, None, None, None, "is nested too deeply"))
        return []
    finally:
        loader.dispose()
    if root is None:
        problems.append(Problem(file, None, None, None, "holds no places (the file is empty)"))
        return []
    if not isinstance(root, yaml.SequenceNode):
        problems.append(Problem(file, _line(root), None, None, "must be a list of places"))
        return []
    entries = []
    for node in root.value:
        parsed = _parse_place(node, file, loader, problems)
        if parsed is not None:
            entries.append(parsed)
    return entries


def _line(node: yaml.Node) -> int:
    return int(node.start_mark.line) + 1


class _Unsupported:
    """A value the schema cannot hold (a collection where text is expected, a custom YAML tag)."""

    def __init__(self, node: yaml.Node) -> None:
        self.node = node

    def __repr__(self) -> str:
        if isinstance(self.node, yaml.SequenceNode):
            return "a list"
        if isinstance(self.node, yaml.MappingNode):
            return "a mapping"
        return f"a value tagged {self.node.tag}"


_PLAIN_TAGS = frozenset(f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null"))


def _scalar(node: yaml.Node, loader: Any) -> Any:
    if isinstance(node, yaml.ScalarNode) and node.tag in _PLAIN_TAGS:
        try:
            return loader.construct_object(node)
        except yaml.YAMLError:
            return _Unsupported(node)
    return _Unsupported(node)  # callers report the wrong type


def _mapping(
    node: yaml.Node,
    file: str,
    place_id: str | None,
    allowed: frozenset[str],
    what: str,
    problems: list[Problem],
) -> dict[str, yaml.Node] | None:
    if not isinstance(node, yaml.MappingNode):
        problems.append(Problem(file, _line(node), place_id, None, f"{what} must be a mapping"))
        return None
    out: dict[str, yaml.Node] = {}
    for key_node, value_node in node.value:
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
        if not isinstance(key, str) or key not in allowed:
            problems.append(Problem(file, _line(key_node), place_id, str(key), f"unknown key in {what}"))
        elif key in out:
            problems.append(Problem(file, _line(key_node), place_id, key, f"key repeated in {what}"))
        else:
            out[key] = value_node
    return out


def _parse_place(
    node: yaml.Node, file: str, loader: Any, problems: list[Problem]
) -> tuple[int, dict[str, Any], _Draft] | None:
    line = _line(node)
    declared_id = (
        next(
            (
                v.value
                for k, v in getattr(node, "value", ())
                if isinstance(v, yaml.ScalarNode) and k.value == "id"
            ),
            None,
        )
        if isinstance(node, yaml.MappingNode)
        else None
    )
    fields = _mapping(node, file, declared_id, PLACE_KEYS, "a place", problems)
    if fields is None:
        return None
    place_id = _scalar(fields["id"], loader) if "id" in fields else None
    if not isinstance(place_id, str) or not _ID.match(place_id):
        message = "missing" if place_id is None else f"must be a slug of a-z, 0-9 and '-', not {place_id!r}"
        problems.append(Problem(file, line, None, "id", message))
        return None

    def problem(field_name: str, message: str, at: yaml.Node | None = None) -> None:
        problems.append(Problem(file, _line(at) if at is not None else line, place_id, field_name, message))

    given: dict[str, Any] = {"id": place_id}
    kind = _scalar(fields["kind"], loader) if "kind" in fields else None
    if kind is not None:
        if kind not in KINDS:
            problem("kind", f"unknown kind {kind!r} (expected one of: {', '.join(KINDS)})", fields["kind"])
        given["kind"] = kind
    draft = _Draft(id=place_id, kind=kind if isinstance(kind, str) else "")
    if "parents" in fields:
        parents_node = fields["parents"]
        if not isinstance(parents_node, yaml.SequenceNode):
            problem("parents", "must be a list of place ids", parents_node)
        else:
            for item in parents_node.value:
                parent = _scalar(item, loader)
                if not isinstance(parent, str) or not _ID.match(parent):
                    problem("parents", f"not a place id: {parent!r}", item)
                elif parent in draft.parents:
                    problem("parents", f"parent {parent!r} listed twice", item)
                else:
                    draft.parents.append(parent)
        given["parents"] = True
    if "coords" in fields:
        draft.coords = _parse_coords(fields["coords"], loader, problem)
    if "note" in fields:
        note = _scalar(fields["note"], loader)
        if isinstance(note, str):
            draft.note = note
        else:
            problem("note", "must be text", fields["note"])
    if "names" not in fields:
        problem("names", "missing: a place needs at least one name")
    elif not isinstance(fields["names"], yaml.SequenceNode) or not fields["names"].value:
        problem("names", "must be a non-empty list of names", fields["names"])
    else:
        for name_node in fields["names"].value:
            name = _parse_name(name_node, file, place_id, loader, problems)
            if name is not None:
                draft.names.append(name)
    draft.locations.append((file, line))
    return line, given, draft


def _parse_coords(node: yaml.Node, loader: Any, problem: Any) -> tuple[float, float] | None:
    if isinstance(node, yaml.SequenceNode) and len(node.value) == 2:
        lat, lon = (_scalar(item, loader) for item in node.value)
        numbers = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (lat, lon))
        if numbers and -90 <= lat <= 90 and -180 <= lon <= 180:
            return (float(lat), float(lon))
    problem("coords", "must be [latitude, longitude] in degrees", node)
    return None


def _parse_name(
    node: yaml.Node, file: str, place_id: str, loader: Any, problems: list[Problem]
) -> Name | None:
    fields = _mapping(node, file, place_id, NAME_KEYS, "a name", problems)
    if fields is None:
        return None
    count = len(problems)

    def problem(field_name: str, message: str) -> None:
        at = fields.get(field_name, node)
        problems.append(Problem(file, _line(at), place_id, f"names.{field_name}", message))

    values = {key: _scalar(value, loader) for key, value in fields.items()}
    text, lang, status = values.get("text"), values.get("lang"), values.get("status")
    for required in ("text", "lang", "status"):
        if required not in values:
            problem(required, "missing")
    if "text" in values:
        if not isinstance(text, str) or not text.strip():
            problem("text", f"must be non-empty text, not {text!r}")
        elif text != text.strip() or "  " in text:
            problem("text", f"{text!r} has stray spaces")
    if "lang" in values and lang not in LANGUAGES:
        problem("lang", f"unknown language {lang!r} (expected one of: {', '.join(LANGUAGES)})")
    if "status" in values and status not in STATUSES:
        problem("status", f"unknown status {status!r} (expected one of: {', '.join(STATUSES)})")
    if isinstance(text, str) and text.strip() and lang in LANGUAGES:
        script_problem = name_script_problem(text, lang)
        if script_problem:
            problem("text", f"{text!r}: {script_problem}")
    used_by: tuple[str, ...] = ()
    if "used_by" in values:
        raw = fields["used_by"]
        items = [_scalar(item, loader) for item in raw.value] if isinstance(raw, yaml.SequenceNode) else None
        if items is None or not all(isinstance(item, str) for item in items):
            problem("used_by", "must be a list of traditions")
        else:
            unknown = [item for item in items if item not in TRADITIONS]
            if unknown:
                problem("used_by", f"unknown tradition(s) {unknown} (expected: {', '.join(TRADITIONS)})")
            used_by = tuple(items)
    years: dict[str, int | None] = {"from": None, "until": None}
    for key in years:
        if key in values:
            year = values[key]
            if isinstance(year, bool) or not isinstance(year, int) or year not in _YEARS:
                problem(key, f"must be a year between 1 and 2100, not {year!r}")
            else:
                years[key] = year
    since, until = years["from"], years["until"]
    if since is not None and until is not None and since > until:
        problem("until", f"ends ({until}) before it starts ({since})")
    flags = {key: values.get(key, False) for key in _NAME_FLAGS}
    for key, flag in flags.items():
        if not isinstance(flag, bool):
            problem(key, "must be true or false")
    if flags["primary"] is True and flags["ambiguous"] is not True:
        problem("primary", "needs ambiguous: true (only a text that names several places has a usual one)")
    if len(problems) > count:
        return None
    return Name(
        str(text), str(lang), str(status), used_by, since, until, *(bool(flags[key]) for key in _NAME_FLAGS)
    )


def _merge_file(
    entries: Iterable[tuple[int, dict[str, Any], _Draft]],
    drafts: dict[str, _Draft],
    file: str,
    problems: list[Problem],
) -> None:
    seen_here: set[str] = set()
    for line, given, draft in entries:
        place_id = draft.id
        if place_id in seen_here:
            problems.append(Problem(file, line, place_id, "id", "duplicate id in this file"))
            continue
        seen_here.add(place_id)
        existing = drafts.get(place_id)
        if existing is None:
            if "kind" not in given:
                problems.append(Problem(file, line, place_id, "kind", "missing"))
            drafts[place_id] = draft
            continue
        # a later file extends a place of an earlier one
        if "kind" in given and given["kind"] != existing.kind:
            message = (
                f"kind {given['kind']!r} differs from {existing.kind!r} given at {existing.locations[0][0]}"
            )
            problems.append(Problem(file, line, place_id, "kind", message))
        existing.names.extend(draft.names)
        existing.parents.extend(p for p in draft.parents if p not in existing.parents)
        existing.coords = draft.coords or existing.coords
        existing.note = draft.note or existing.note
        existing.locations.append((file, line))


def _finish(drafts: dict[str, _Draft], problems: list[Problem]) -> tuple[Place, ...]:
    for draft in drafts.values():
        file, line = draft.locations[-1]
        seen: set[tuple[str, str]] = set()
        for name in draft.names:
            if (name.text, name.lang) in seen:
                problems.append(
                    Problem(file, line, draft.id, "names", f"{name.text!r} ({name.lang}) is listed twice")
                )
            seen.add((name.text, name.lang))
        for parent in draft.parents:
            if parent == draft.id:
                problems.append(Problem(file, line, draft.id, "parents", "a place cannot be its own parent"))
            elif parent not in drafts:
                problems.append(Problem(file, line, draft.id, "parents", f"unknown parent id {parent!r}"))
    for cycle_id in _ids_in_cycles(drafts):
        file, line = drafts[cycle_id].locations[0]
        problems.append(
            Problem(file, line, cycle_id, "parents", "the parents form a cycle back to this place")
        )
    return tuple(
        Place(d.id, d.kind, tuple(d.names), tuple(d.parents), d.coords, d.note) for d in drafts.values()
    )


def _ids_in_cycles(drafts: dict[str, _Draft]) -> list[str]:
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    in_cycle: set[str] = set()
    for start in drafts:
        if state.get(start):
            continue
        stack: list[tuple[str, Iterable[str]]] = [(start, iter(drafts[start].parents))]
        path = [start]
        state[start] = 1
        while stack:
            node, children = stack[-1]
            child = next((c for c in children if c in drafts), None)
            if child is None:
                state[node] = 2
                stack.pop()
                path.pop()
            elif state.get(child) == 1:
                in_cycle.update(path[path.index(child) :])
            elif not state.get(child):
                state[child] = 1
                stack.append((child, iter(drafts[child].parents)))
                path.append(child)
    return sorted(in_cycle)
