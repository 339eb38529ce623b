"""The lookup index: every name of every place under its exact, folded and transliterated keys.

The index depends only on the data, so it is built once per data set and cached on disk (JSON, keyed by
a hash of the data files and the library version). A warm start reads the cache and needs neither YAML
parsing nor ICU.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from toponyms import __version__
from toponyms.model import Name, Place

#: Bumped whenever the index's keys change, so that old caches are not read.
INDEX_FORMAT = 6

#: Generic words for administrative units in the languages that name places of the region (and in the
#: European languages whose exonyms reach gazetteers), folded, and the canonical word each stands for.
UNIT_WORDS: dict[str, str] = {
    **dict.fromkeys(
        "district rayon rayonu raion raioni rajon rajons rajonas raionas rejon shrjan distrito distretto "
        "daerah bezirk okrug ilcesi piirikunta раион раиона шрджан շրջան".split(),
        "district",
    ),
    **dict.fromkeys(
        "province provincia provinz marz marzi oblast область մարզ vilayeti vilayet".split(), "province"
    ),
    **dict.fromkeys(["region"], "region"),
    **dict.fromkeys(["city", "seheri", "sheher", "город", "քաղաք"], "city"),
}


def unit_key(folded: str) -> str:
    """A folded key with unit words made canonical: ``'babek rayonu'`` and ``'babek district'`` meet.

    For example:

        >>> unit_key("babek rayonu") == unit_key("babek district") == "babek district"
        True
    """
    return " ".join(UNIT_WORDS.get(word, word) for word in folded.split(" "))


def strip_units(folded: str) -> str:
    """A folded key without its unit words: ``'vayki shrjan'`` -> ``'vayki'``."""
    return " ".join(word for word in folded.split(" ") if word not in UNIT_WORDS)


@dataclass(frozen=True)
class Index:
    """Names of a data set under their keys; key values index ``refs``, pairs of (place index, name)."""

    places: tuple[Place, ...]
    refs: tuple[tuple[int, Name], ...]
    exact: dict[str, tuple[int, ...]]
    folded: dict[str, tuple[int, ...]]
    skeleton: dict[str, tuple[int, ...]]
    fuzzy_choices: tuple[str, ...]
    #: skeletons of names of units without their unit words ('Kəngərli rayonu' under 'kangarli')
    bare: dict[str, tuple[int, ...]]

    by_id: dict[str, Place] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_id", {place.id: place for place in self.places})  # frozen: set once here

    def ancestors(self, place: Place) -> set[str]:
        """The ids of every place ``place`` lies in, through its parents."""
        by_id = self.by_id
        seen: set[str] = set()
        todo = list(place.parents)
        while todo:
            parent = todo.pop()
            if parent not in seen and parent in by_id:
                seen.add(parent)
                todo.extend(by_id[parent].parents)
        return seen

    @classmethod
    def build(cls, places: Sequence[Place]) -> Index:
        """Compute every key of every name (the only step that needs ICU for the data's side)."""
        from toponyms.normalize import fold
        from toponyms.translit import skeletons

        refs = tuple((p, name) for p, place in enumerate(places) for name in place.names)
        exact: dict[str, list[int]] = {}
        folded: dict[str, list[int]] = {}
        skeleton: dict[str, list[int]] = {}
        bare: dict[str, list[int]] = {}
        for ref, (_, name) in enumerate(refs):
            _add(exact, name.text, ref)
            _add(folded, unit_key(fold(name.text)), ref)
            for key in skeletons(name.text, name.lang):
                _add(skeleton, key, ref)
            folded_name = fold(name.text)
            stripped = strip_units(folded_name)
            if stripped and stripped != folded_name:
                for key in skeletons(stripped, name.lang):
                    _add(bare, key, ref)
        return cls(
            tuple(places),
            refs,
            _freeze(exact),
            _freeze(folded),
            _freeze(skeleton),
            tuple(sorted(skeleton)),
            _freeze(bare),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "places": [_place_to_json(place) for place in self.places],
            "folded": self.folded,
            "skeleton": self.skeleton,
            "bare": self.bare,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Index:
        places = tuple(_place_from_json(item) for item in data["places"])
        refs = tuple((p, name) for p, place in enumerate(places) for name in place.names)
        exact: dict[str, list[int]] = {}
        for ref, (_, name) in enumerate(refs):
            _add(exact, name.text, ref)
        folded = {key: tuple(value) for key, value in data["folded"].items()}
        skeleton = {key: tuple(value) for key, value in data["skeleton"].items()}
        bare = {key: tuple(value) for key, value in data["bare"].items()}
        return cls(places, refs, _freeze(exact), folded, skeleton, tuple(sorted(skeleton)), bare)


def _add(table: dict[str, list[int]], key: str, ref: int) -> None:
    refs = table.setdefault(key, [])
    if ref not in refs:
        refs.append(ref)


def _freeze(table: dict[str, list[int]]) -> dict[str, tuple[int, ...]]:
    return {key: tuple(value) for key, value in table.items()}


def _place_to_json(place: Place) -> list[Any]:
    names = [[n.text, n.lang, n.status, list(n.used_by), n.since, n.until, n.ambiguous] for n in place.names]
    return [place.id, place.kind, names, list(place.parents), place.coords, place.note]


def _place_from_json(item: list[Any]) -> Place:
    place_id, kind, names, parents, coords, note = item
    return Place(
        place_id,
        kind,
        tuple(
            Name(t, lang, status, tuple(used), since, until, amb)
            for t, lang, status, used, since, until, amb in names
        ),
        tuple(parents),
        tuple(coords) if coords else None,
        note,
    )


def cache_dir() -> str:
    """Where built indexes are cached: ``$TOPONYMS_CACHE_DIR``, else ``$XDG_CACHE_HOME/toponyms``, else
    ``~/.cache/toponyms``."""
    configured = os.environ.get("TOPONYMS_CACHE_DIR")
    if configured:
        return configured
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "toponyms")


def data_fingerprint(paths: Iterable[str | os.PathLike[str]]) -> str:
    """A hash of the data files' bytes and the code that indexes them."""
    import hashlib  # deferred: hashlib loads OpenSSL, a cost an import of toponyms need not pay
    digest = hashlib.sha256(f"{__version__}/{INDEX_FORMAT}".encode())
    for path in paths:
        with open(path, "rb") as stream:
            digest.update(hashlib.sha256(stream.read()).digest())
    return digest.hexdigest()[:32]


def read_cached(fingerprint: str) -> Index | None:
    """The cached index of that fingerprint, or ``None`` when there is none or it cannot be read."""
    if os.environ.get("TOPONYMS_NO_CACHE"):
        return None
    try:
        with open(os.path.join(cache_dir(), f"index-{fingerprint}.json"), encoding="utf-8") as stream:
            return Index.from_json(json.load(stream))
    except (OSError, ValueError, KeyError, TypeError):
        return None  # a missing or damaged cache is rebuilt


def write_cached(fingerprint: str, index: Index) -> None:
    """Store an index atomically; a cache that cannot be written is silently not used."""
    if os.environ.get("TOPONYMS_NO_CACHE"):
        return
    import tempfile

    directory = cache_dir()
    try:
        os.makedirs(directory, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=directory, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(index.to_json(), stream, ensure_ascii=False, separators=(",", ":"))
        os.replace(temporary, os.path.join(directory, f"index-{fingerprint}.json"))
        _prune(directory)
    except OSError:
        pass


#: How many cached indexes are kept: one per data version and per set of user files.
CACHES_KEPT = 8


def _prune(directory: str) -> None:
    """Remove all but the newest CACHES_KEPT indexes: each upgrade of the data would otherwise leave one."""
    cached = [entry for entry in os.scandir(directory) if entry.name.startswith("index-") and entry.is_file()]
    cached.sort(key=lambda entry: entry.stat().st_mtime, reverse=True)
    for stale in cached[CACHES_KEPT:]:
        os.unlink(stale.path)
