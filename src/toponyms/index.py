"""The lookup index: every name of every place under its exact, folded and transliterated keys.

The index depends only on the data, so it is built once per data set and cached on disk (JSON, keyed by
a checksum of the data files and the library version). A warm start reads the cache and needs neither YAML
parsing nor ICU, and builds a place's records only when a lookup returns it.
"""

from __future__ import annotations

import json
import os
import re
import threading
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from itertools import accumulate

from toponyms import __version__
from toponyms.model import Name, Place

# typing.TYPE_CHECKING without importing typing, which an import of toponyms need not pay
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

#: Bumped whenever the cache's layout changes, so that old caches are not read (a change to the code that
#: fills an index changes the cache key by itself: see data_fingerprint).
INDEX_FORMAT = 16

_ARMENIAN_DISTRICT_WORDS = ("shrjan", "шрджан", "շրջան")
_ARMENIAN_PROVINCE_WORDS = ("marz", "marzi", "մարզ")
#: Armenian unit words (folded), before which the place's name takes the genitive: 'Vayki shrjan'.
ARMENIAN_UNIT_WORDS = frozenset(_ARMENIAN_DISTRICT_WORDS + _ARMENIAN_PROVINCE_WORDS)

#: Generic words for administrative units in the languages that name places of the region (and in the
#: European languages whose exonyms reach gazetteers), folded, and the canonical word each stands for.
UNIT_WORDS: dict[str, str] = {
    **dict.fromkeys(
        "district rayon rayonu raion raioni rajon rajons rajonas raionas rejon distrito distretto "
        "daerah bezirk okrug ilcesi piirikunta раион раиона".split(),
        "district",
    ),
    **dict.fromkeys(_ARMENIAN_DISTRICT_WORDS, "district"),
    **dict.fromkeys("province provincia provinz oblast область марз vilayeti vilayet".split(), "province"),
    **dict.fromkeys(_ARMENIAN_PROVINCE_WORDS, "province"),
    **dict.fromkeys(["region"], "region"),
    # an economic region is named by its places with these words: 'Qazax-Tovuz iqtisadi rayonu'
    **dict.fromkeys(["economic", "iqtisadi"], "economic"),
    **dict.fromkeys(["city", "seheri", "sheher", "город", "քաղաք"], "city"),
}


#: Abbreviated words for a kind of place before a name, as lists, addresses, maps and reports write them
#: (г. Шуша, с. Тех, пгт Ханлар, ş. Şuşa, k. Tex, ք. Գորիս, գ. Տեղ, р. Аракс, оз. Севан, хр. Мрав,
#: Mt. Aragats), and the word each stands for. All but пгт end with a full stop: с тех пор is a
#: preposition. A letter and a full stop are an abbreviation only when written small: С. Шаумян is an
#: initial. Russian г. stands for гора (mountain) too: find() reads it so.
ABBREVIATED_KIND_WORDS: dict[str, str] = {
    # Armenian text may write the full stop as the one-dot leader: 'գ․ Դսեղ'
    **dict.fromkeys(["г.", "гор.", "пос.", "пгт", "ş.", "qəs.", "qes.", "ք.", "ք․"], "town"),
    **dict.fromkeys(["с.", "д.", "дер.", "k.", "գ.", "գ․"], "village"),
    "р.": "river",
    "оз.": "lake",
    "хр.": "range",
    **dict.fromkeys(["вдхр.", "вдх."], "reservoir"),
    "mt.": "mountain",
}
_ABBREVIATIONS = "|".join(re.escape(word) for word in sorted(ABBREVIATED_KIND_WORDS, key=len, reverse=True))
#: An abbreviated kind word at the start of a query, before the name, in either case ('Г. Шуша', 'Mt. Ararat')
ABBREVIATED_KIND_FIRST = re.compile(rf"({_ABBREVIATIONS})[ \t]*(?=\S)", re.IGNORECASE)
#: ... and right before a name in lowercased text (ı and ə also written i and e), as a word of its own
ABBREVIATED_KIND_BEFORE = re.compile(rf"(?<![^\W\d_])({_ABBREVIATIONS})[ \t]*\Z")


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


class PlaceTable:
    """The places of an index. A place read from the cache stays a JSON string until it is first read: a
    warm start that looks up one name decodes and builds only the places it returns. Safe to share between
    threads."""

    __slots__ = ("_items", "_lock", "ids", "name_counts")

    def __init__(self, ids: list[str], name_counts: list[int], items: Iterable[Place | str]) -> None:
        self.ids = ids  #: every place's id, in order
        self.name_counts = name_counts  #: how many names each place has
        self._items: list[Place | str] = list(items)
        self._lock = threading.Lock()

    @classmethod
    def of(cls, places: Sequence[Place]) -> PlaceTable:
        return cls([place.id for place in places], [len(place.names) for place in places], places)

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, position: int) -> Place:
        item = self._items[position]
        if isinstance(item, Place):
            return item
        with self._lock:  # another thread may have built it meanwhile: every reader gets the same object
            item = self._items[position]
            if not isinstance(item, Place):
                item = self._items[position] = _place_from_json(json.loads(item))
        return item

    def __iter__(self) -> Iterator[Place]:
        return (self[position] for position in range(len(self._items)))


class Index:
    """Names of a data set under their keys. Key values are refs: the names of all places numbered in
    order (:meth:`name`, :meth:`place_index`). Built once, then only read; safe to share between threads.

    Read from the cache, the key tables other than ``exact`` stay JSON text until a lookup first needs them:
    a query found as written never decodes them.
    """

    __slots__ = ("_first_refs", "_fuzzy_choices", "_tables", "derived", "exact", "places", "positions")

    def __init__(
        self, places: PlaceTable, exact: dict[str, list[int]], tables: dict[str, dict[str, list[int]] | str]
    ) -> None:
        self.places = places
        self.exact = exact  #: names as written
        self._tables = tables  # folded, skeleton, bare, stems: decoded or JSON text
        self._fuzzy_choices: list[str] | None = None
        self._first_refs = list(accumulate(places.name_counts, initial=0))  # of each place; then the total
        self.positions = {place_id: i for i, place_id in enumerate(places.ids)}  #: place id -> index
        #: what other stages derive from the index and keep with it (each entry computed once; two threads
        #: may both compute one, and get equal values)
        self.derived: dict[str, Any] = {}

    def _table(self, name: str) -> dict[str, list[int]]:
        table = self._tables[name]
        if isinstance(table, str):
            # two threads may both decode it: each gets an equal table, and one of them stays
            decoded: dict[str, list[int]] = json.loads(table)
            self._tables[name] = table = decoded
        return table

    @property
    def folded(self) -> dict[str, list[int]]:
        """Folded names, their unit words made canonical (:func:`unit_key`)."""
        return self._table("folded")

    @property
    def skeleton(self) -> dict[str, list[int]]:
        """Romanized skeletons of the names (:func:`toponyms.translit.skeletons`)."""
        return self._table("skeleton")

    @property
    def bare(self) -> dict[str, list[int]]:
        """Skeletons of names of units without their unit words ('Kəngərli rayonu' under 'kangarli')."""
        return self._table("bare")

    @property
    def stems(self) -> dict[str, list[int]]:
        """The folded stems under which names are inflected (:func:`toponyms.inflection.inflect`), those that
        differ from the folded name: Russian stems without their last letter, Armenian stem changes."""
        return self._table("stems")

    @property
    def fuzzy_choices(self) -> list[str]:
        """Every skeleton, sorted: what fuzzy lookup compares a query with."""
        if self._fuzzy_choices is None:
            self._fuzzy_choices = sorted(self.skeleton)
        return self._fuzzy_choices

    @property
    def ref_count(self) -> int:
        """How many names the index holds."""
        return self._first_refs[-1]

    def place_index(self, ref: int) -> int:
        """The index in ``places`` of the place a ref names."""
        if not 0 <= ref < self._first_refs[-1]:
            raise IndexError(f"no ref {ref}")
        return bisect_right(self._first_refs, ref) - 1

    def refs_of(self, place_index: int) -> range:
        """The refs of a place's names, in order."""
        return range(self._first_refs[place_index], self._first_refs[place_index + 1])

    def name(self, ref: int) -> Name:
        """The name a ref stands for."""
        place_index = self.place_index(ref)
        return self.places[place_index].names[ref - self._first_refs[place_index]]

    def get(self, place_id: str) -> Place:
        """The place with that id; raises ``KeyError``."""
        return self.places[self.positions[place_id]]

    def ancestors(self, place: Place) -> set[str]:
        """The ids of every place ``place`` lies in, through its parents."""
        seen: set[str] = set()
        todo = list(place.parents)
        while todo:
            parent = todo.pop()
            if parent not in seen and parent in self.positions:
                seen.add(parent)
                todo.extend(self.get(parent).parents)
        return seen

    @classmethod
    def build(cls, places: Sequence[Place]) -> Index:
        """Compute every key of every name (the only step that needs ICU for the data's side)."""
        from toponyms.inflection import HISTORICAL_KINDS, declined_in_romanized_armenian, inflect
        from toponyms.normalize import fold
        from toponyms.translit import skeletons

        names = [name for place in places for name in place.names]
        historical = [place.kind in HISTORICAL_KINDS for place in places for _ in place.names]
        exact: dict[str, list[int]] = {}
        folded: dict[str, list[int]] = {}
        skeleton: dict[str, list[int]] = {}
        bare: dict[str, list[int]] = {}
        stems: dict[str, list[int]] = {}
        for ref, name in enumerate(names):
            _add(exact, name.text, ref)
            _add(folded, unit_key(fold(name.text)), ref)
            for key in skeletons(name.text, name.lang):
                _add(skeleton, key, ref)
            folded_name = fold(name.text)
            stripped = strip_units(folded_name)
            if stripped and stripped != folded_name:
                for key in skeletons(stripped, name.lang):
                    _add(bare, key, ref)
            for stem, _ in inflect(
                name.text, name.lang, historical[ref], declined_in_romanized_armenian(name)
            ):
                if stem != folded_name:  # a stem equal to the name is under its folded key already
                    _add(stems, stem, ref)
        tables: dict[str, dict[str, list[int]] | str] = {
            "folded": folded,
            "skeleton": skeleton,
            "bare": bare,
            "stems": stems,
        }
        return cls(PlaceTable.of(places), exact, tables)

    def to_json(self) -> dict[str, Any]:
        """The index as JSON data; the places and the tables other than ``exact`` as JSON text, which
        :meth:`from_json` decodes only when they are read."""
        return {
            "ids": self.places.ids,
            "name_counts": self.places.name_counts,
            "places": [json.dumps(_place_to_json(place), ensure_ascii=False) for place in self.places],
            "exact": self.exact,
            **{name: json.dumps(self._table(name), ensure_ascii=False) for name in _LAZY_TABLES},
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Index:
        ids, counts, rows = data["ids"], data["name_counts"], data["places"]
        tables = {name: data[name] for name in _LAZY_TABLES}
        if not (
            len(ids) == len(counts) == len(rows)
            and all(type(item) is str for item in [*rows, *tables.values()])
            and type(data["exact"]) is dict
        ):
            raise ValueError("the cached index is malformed")
        return cls(PlaceTable(ids, counts, rows), data["exact"], tables)


_LAZY_TABLES = ("folded", "skeleton", "bare", "stems")


def _add(table: dict[str, list[int]], key: str, ref: int) -> None:
    refs = table.setdefault(key, [])
    if ref not in refs:
        refs.append(ref)


def _place_to_json(place: Place) -> list[Any]:
    names = [
        [
            name.text,
            name.lang,
            name.status,
            list(name.used_by),
            name.since,
            name.until,
            name.ambiguous,
            name.person,
            name.elsewhere,
            name.word,
            name.primary,
        ]
        for name in place.names
    ]
    return [place.id, place.kind, names, list(place.parents), place.coords, place.note]


def _place_from_json(item: list[Any]) -> Place:
    place_id, kind, names, parents, coords, note = item
    return Place(
        place_id,
        kind,
        tuple(
            Name(t, lang, status, tuple(used), since, until, amb, person, elsewhere, word, primary)
            for t, lang, status, used, since, until, amb, person, elsewhere, word, primary in names
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


#: The modules whose code decides what an index holds: a change to any of them (an inflection table, a
#: romanization) makes a new cache key, so that a cache is never older than the code reading it.
_INDEXING_CODE = (
    "index.py",
    "inflection.py",
    "loading.py",
    "model.py",
    "normalize.py",
    "scripts.py",
    "translit.py",
)


def data_fingerprint(paths: Iterable[str | os.PathLike[str]], more_code: Iterable[str] = ()) -> str:
    """A checksum of the data files' bytes and of the code that indexes them (and of the modules of this
    package named in ``more_code``, for what other code derives from the data).

    CRC-32 and Adler-32 with each file's length: a cache key has only to change when a file does (it guards
    against accidents, not attacks), and zlib, unlike hashlib and its OpenSSL, costs nothing to import.
    """
    import zlib

    parts = [f"{__version__}/{INDEX_FORMAT}"]
    here = os.path.dirname(os.path.abspath(__file__))
    code = [os.path.join(here, module) for module in (*_INDEXING_CODE, *more_code)]
    for path in (*paths, *code):
        try:
            with open(path, "rb") as stream:
                data = stream.read()
        except OSError:
            if path in code:
                continue  # a package installed without its sources: the version stands for the code
            raise
        parts.append(f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}{len(data):x}")
    summary = "/".join(parts).encode()
    return f"{zlib.crc32(summary):08x}{zlib.adler32(summary):08x}"


def read_cached(fingerprint: str) -> Index | None:
    """The cached index of that fingerprint, or ``None`` when there is none or it cannot be read."""
    payload = read_cached_json("index", fingerprint)
    try:
        return None if payload is None else Index.from_json(payload)
    except (ValueError, KeyError, TypeError):
        return None  # a damaged cache is rebuilt


def write_cached(fingerprint: str, index: Index) -> None:
    """Store an index atomically; a cache that cannot be written is silently not used."""
    write_cached_json("index", fingerprint, index.to_json())


def read_cached_json(kind: str, fingerprint: str) -> Any:
    """The cached JSON of that kind ('index', 'scan-keys') and fingerprint, or ``None`` when there is none
    or it cannot be read."""
    if os.environ.get("TOPONYMS_NO_CACHE"):
        return None
    try:
        with open(os.path.join(cache_dir(), f"{kind}-{fingerprint}.json"), encoding="utf-8") as stream:
            return json.load(stream)
    except (OSError, ValueError):
        return None  # a missing or damaged cache is rebuilt


def write_cached_json(kind: str, fingerprint: str, payload: Any) -> None:
    """Store JSON of that kind atomically; a cache that cannot be written is silently not used."""
    if os.environ.get("TOPONYMS_NO_CACHE"):
        return
    import tempfile

    directory = cache_dir()
    try:
        os.makedirs(directory, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=directory, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(payload, stream, ensure_ascii=False, separators=(",", ":"))
        os.replace(temporary, os.path.join(directory, f"{kind}-{fingerprint}.json"))
        _prune(directory, kind)
    except OSError:
        pass


#: How many caches of one kind are kept: one per data version and per set of user files.
CACHES_KEPT = 8


def _prune(directory: str, kind: str) -> None:
    """Remove all but the newest CACHES_KEPT caches of a kind: each upgrade of the data would otherwise leave
    one."""
    cached = [
        entry for entry in os.scandir(directory) if entry.name.startswith(f"{kind}-") and entry.is_file()
    ]
    cached.sort(key=lambda entry: entry.stat().st_mtime, reverse=True)
    for stale in cached[CACHES_KEPT:]:
        os.unlink(stale.path)
