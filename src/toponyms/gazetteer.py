"""The Gazetteer: one loaded, validated, indexed data set, immutable and safe to share between threads."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Collection, Iterator, Sequence

from toponyms import index as _index
from toponyms.errors import UnknownPlaceError
from toponyms.lookup import lookup as _lookup
from toponyms.model import Match, Mention, Place

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from toponyms.matching import Scanner


def bundled_data_path() -> str:
    """Where the bundled ``names.yaml`` is: inside the installed package, or in the source checkout."""
    here = os.path.dirname(os.path.abspath(__file__))
    packaged = os.path.join(here, "data", "names.yaml")  # placed there by the wheel build
    if os.path.isfile(packaged):
        return packaged
    checkout = os.path.join(os.path.dirname(os.path.dirname(here)), "data", "names.yaml")
    if os.path.isfile(checkout):
        return checkout
    raise FileNotFoundError("the bundled names.yaml is missing from this installation of toponyms")


#: The modules whose code decides the scan keys of the names, beside those that decide the index
_NAME_KEYS_CODE = ("matching/folding.py", "matching/name_forms.py")


def _cache_key(sources: Sequence[str], more_code: tuple[str, ...] = ()) -> str | None:
    """The key of the caches built from ``sources`` (see :func:`toponyms.index.data_fingerprint`), or ``None``
    when a file cannot be read: loading reports the unreadable file with its name, and nothing is cached."""
    try:
        return _index.data_fingerprint(sources, more_code)
    except OSError:
        return None


class Gazetteer:
    """Places and their names from the bundled data, optionally with your own files on top.

        >>> gazetteer = Gazetteer()
        >>> gazetteer.get("shusha").label
        'Shusha'
        >>> [match.place.id for match in gazetteer.lookup("Şuşa")]
        ['shusha']

    ``Gazetteer(["my_places.yaml"])`` loads the bundled data and then your file, which may add places and
    add names to existing ones; ``bundled=False`` loads only your files. Files are validated on load and
    :class:`~toponyms.errors.DataError` lists every problem. A Gazetteer pickles as the list of its files,
    so a worker process rebuilds it (from the on-disk cache) instead of receiving the built index.
    """

    def __init__(self, files: Sequence[str | os.PathLike[str]] = (), *, bundled: bool = True) -> None:
        if isinstance(files, (str, os.PathLike)):
            files = [files]
        sources = ([bundled_data_path()] if bundled else []) + [os.fspath(f) for f in files]
        if not sources:
            raise ValueError("a Gazetteer needs at least one data file")
        self._files = tuple(str(path) for path in files)
        self._bundled = bundled
        self._sources = tuple(sources)
        self._index = self._load(self._sources)
        self._scanner: Scanner | None = None
        self._scanner_lock = threading.Lock()

    @staticmethod
    def _load(sources: Sequence[str]) -> _index.Index:
        fingerprint = _cache_key(sources)
        if fingerprint is not None:
            cached = _index.read_cached(fingerprint)
            if cached is not None:
                return cached
        from toponyms.loading import load_places  # deferred: a warm start never parses YAML

        built = _index.Index.build(load_places(sources))
        if fingerprint is not None:
            _index.write_cached(fingerprint, built)
        return built

    def __reduce__(self) -> tuple[Callable[[tuple[str, ...], bool], Gazetteer], tuple[tuple[str, ...], bool]]:
        return (_restore, (self._files, self._bundled))

    def __repr__(self) -> str:
        return f"Gazetteer({list(self._files)!r}, bundled={self._bundled})"

    def __len__(self) -> int:
        return len(self._index.places)

    def __iter__(self) -> Iterator[Place]:
        return iter(self._index.places)

    def __contains__(self, place_id: object) -> bool:
        return place_id in self._index.positions

    @property
    def sources(self) -> tuple[str, ...]:
        """The data files, in the order they were layered."""
        return self._sources

    @property
    def index(self) -> _index.Index:
        """The lookup index (built once, read-only)."""
        return self._index

    def places(self) -> tuple[Place, ...]:
        """Every place, in data order."""
        return tuple(self._index.places)

    def get(self, place_id: str) -> Place:
        """The place with that id; raises :class:`~toponyms.errors.UnknownPlaceError` (a ``LookupError``)."""
        try:
            return self._index.get(place_id)
        except KeyError:
            raise UnknownPlaceError(place_id) from None

    def parents(self, place: Place) -> tuple[Place, ...]:
        """The places ``place`` belongs to."""
        return tuple(self._index.get(parent) for parent in place.parents)

    def lookup(
        self, query: str, *, kind: str | Collection[str] | None = None, limit: int = 10, fuzzy: bool = True
    ) -> list[Match]:
        """Places named by ``query``, best first; ``[]`` when nothing is plausible.

        ``kind`` keeps only places of that kind (or kinds); ``fuzzy=False`` skips approximate matching.
        An ambiguous name returns every place it names.
        """
        return _lookup(self._index, query, kind=kind, limit=limit, fuzzy=fuzzy)

    def find(self, text: str, *, case_sensitive: bool = True, misspelled: bool = False) -> list[Mention]:
        """Every place mention in ``text``, in order and without overlaps.

        ``Mention.start`` and ``Mention.end`` are offsets into ``text`` that cover the whole inflected word
        (``Шуши``, ``Şuşada``, ``Ստեփանակերտում``, ``Azerbaijan's``). With ``case_sensitive`` (the default), a
        name written with a capital is not found in a word that starts in lowercase. With ``misspelled``, a
        capitalized word of seven letters or more one typing slip away from the name of one well-known place
        is a mention too (``Stepanekert``, ``Azerbiajan``), for informal text; ``Mention.name`` is the name it
        misspells.

            >>> [(m.surface, m.place.id) for m in Gazetteer().find("Trip to Stepanekert", misspelled=True)]
            [('Stepanekert', 'khankendi')]

            >>> text = "Şuşada və Xankəndidə, в Нагорном Карабахе"
            >>> [(m.surface, m.place.id) for m in Gazetteer().find(text)]
            [('Şuşada', 'shusha'), ('Xankəndidə', 'khankendi'), ('Нагорном Карабахе', 'nagorno-karabakh')]
        """
        return self.scanner().find(text, case_sensitive=case_sensitive, misspelled=misspelled)

    def rewrite(
        self,
        text: str,
        *,
        traditions: Sequence[str] = ("az", "hy"),
        langs: Sequence[str] | None = None,
        every: bool = False,
        replace: str | None = None,
        style: str = "plain",
        misspelled: bool = False,
    ) -> str:
        """``text`` with place mentions annotated by the names other traditions use.

        By default the first mention of each place gets the Azerbaijani and Armenian names in the
        mention's own language, where they differ from it; ``every=True`` annotates every mention;
        ``langs`` chooses the languages of the names shown; ``replace="hy"`` (or another tradition) writes
        that tradition's name instead of the mention and keeps the original in the annotation; ``style``
        is ``plain``, ``brackets``, ``markdown`` or ``html``. Mentions already annotated in the text are
        left alone, so ``rewrite(rewrite(t)) == rewrite(t)``. ``misspelled`` is passed to :meth:`find`: a
        misspelled name is annotated as the name it misspells.

            >>> Gazetteer().rewrite("Shusha lies above Stepanakert.")
            'Shusha (Armenian: Shushi) lies above Stepanakert (Azerbaijani: Khankendi).'
            >>> Gazetteer().rewrite("We flew to Stepanekert.", misspelled=True)
            'We flew to Stepanekert (Azerbaijani: Khankendi).'
        """
        from toponyms.rewriting import rewrite_mentions

        return rewrite_mentions(
            text,
            self.find(text, misspelled=misspelled),
            traditions=traditions,
            langs=langs,
            every=every,
            replace=replace,
            style=style,
        )

    def scanner(self) -> Scanner:
        """The text scanner, built on first use (once, whichever thread asks first)."""
        if self._scanner is None:
            with self._scanner_lock:
                if self._scanner is None:
                    self._scanner = self._build_scanner()
        return self._scanner

    def _build_scanner(self) -> Scanner:
        """A scanner with the scan keys of every name read from the on-disk cache, or computed and cached:
        they depend only on the data and the code."""
        from toponyms.matching import Scanner, name_keys_from_json, name_keys_to_json, name_scan_keys

        fingerprint = _cache_key(self._sources, more_code=_NAME_KEYS_CODE)
        cached = None if fingerprint is None else _index.read_cached_json("scan-keys", fingerprint)
        names = sum(len(place.names) for place in self._index.places)
        name_keys = None if cached is None else name_keys_from_json(cached, names)
        if name_keys is None:
            name_keys = name_scan_keys(self._index)
            if fingerprint is not None:
                _index.write_cached_json("scan-keys", fingerprint, name_keys_to_json(name_keys))
        return Scanner(self._index, name_keys)

    def name_in(
        self, query: str | Place, lang: str, *, convention: str | None = None, kind: str | None = None
    ) -> str | None:
        """The name of a place (or of the best match of a query) in ``lang`` under a ``convention``.

        For example:

            >>> Gazetteer().name_in("Shusha", "hy")
            'Շուշի'
            >>> Gazetteer().name_in("Khankendi", "en", convention="hy")
            'Stepanakert'
        """
        if isinstance(query, Place):
            place = query
        else:
            matches = self.lookup(query, kind=kind, limit=1)
            if not matches:
                return None
            place = matches[0].place
        name = place.name_in(lang, convention)
        return name.text if name else None


_lock = threading.Lock()
_restored: dict[tuple[tuple[str, ...], bool], Gazetteer] = {}


def _restore(files: tuple[str, ...], bundled: bool = True) -> Gazetteer:
    with _lock:
        key = (files, bundled)
        if key not in _restored:
            _restored[key] = Gazetteer(files, bundled=bundled)
        return _restored[key]
