"""toponyms: match, normalize and explain the place names of Armenia, Azerbaijan and Nagorno-Karabakh.

    >>> import toponyms
    >>> [m.place.id for m in toponyms.lookup("Ханкенди")]
    ['khankendi']
    >>> toponyms.name_in("Şuşa", "hy")
    'Շուշի'

The module-level functions use the bundled gazetteer, loaded on first use; build a
:class:`Gazetteer` to add your own data.
"""

from __future__ import annotations

import threading
from collections.abc import Collection, Iterator, Sequence

__version__ = "0.1.0"

from toponyms.batch import find_many, rewrite_many
from toponyms.errors import DataError, Problem, ToponymsError, UnknownPlaceError
from toponyms.gazetteer import Gazetteer
from toponyms.model import Match, Mention, Name, Place
from toponyms.normalize import fold

__all__ = [
    "DataError",
    "Gazetteer",
    "Match",
    "Mention",
    "Name",
    "Place",
    "Problem",
    "ToponymsError",
    "UnknownPlaceError",
    "clear_caches",
    "default_gazetteer",
    "find",
    "find_many",
    "fold",
    "get",
    "lookup",
    "name_in",
    "places",
    "rewrite",
    "rewrite_many",
    "strip_annotations",
]

_default: Gazetteer | None = None
_default_lock = threading.Lock()


def default_gazetteer() -> Gazetteer:
    """The bundled gazetteer, loaded once (under a lock) on first use.

    For example:

        >>> default_gazetteer() is default_gazetteer()
        True
    """
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = Gazetteer()
    return _default


def clear_caches() -> None:
    """Forget the loaded default gazetteer (the on-disk index cache is kept); the next call loads it again.

    For example:

        >>> first = default_gazetteer()
        >>> clear_caches()
        >>> default_gazetteer() is first
        False
    """
    global _default
    with _default_lock:
        _default = None


def lookup(
    query: str, *, kind: str | Collection[str] | None = None, limit: int = 10, fuzzy: bool = True
) -> list[Match]:
    """Places named by ``query``, best first; ``[]`` when nothing is plausible.

    For example:

        >>> [(m.place.id, m.method) for m in lookup("Step’anakert")]
        [('khankendi', 'normalized')]
        >>> lookup("Paris")
        []
    """
    return default_gazetteer().lookup(query, kind=kind, limit=limit, fuzzy=fuzzy)


def find(text: str, *, case_sensitive: bool = True, misspelled: bool = False) -> list[Mention]:
    """Every place mention in ``text``, in order and without overlaps (see ``Gazetteer.find``).

    For example:

        >>> [(m.start, m.end, m.place.id) for m in find("Fighting near Shushi; Stepanakert's airport.")]
        [(14, 20, 'shusha'), (22, 35, 'khankendi')]
    """
    return default_gazetteer().find(text, case_sensitive=case_sensitive, misspelled=misspelled)


def rewrite(
    text: str,
    *,
    traditions: Sequence[str] = ("az", "hy"),
    langs: Sequence[str] | None = None,
    every: bool = False,
    replace: str | None = None,
    style: str = "plain",
    misspelled: bool = False,
) -> str:
    """``text`` with its place mentions annotated by other traditions' names (see :meth:`Gazetteer.rewrite`).

    For example:

        >>> rewrite("Бои у Шуши и под Ханкенди")
        'Бои у Шуши и под Ханкенди (арм.: Степанакерт)'
        >>> strip_annotations(rewrite("Şuşa və Xankəndi")) == "Şuşa və Xankəndi"
        True
    """
    return default_gazetteer().rewrite(
        text,
        traditions=traditions,
        langs=langs,
        every=every,
        replace=replace,
        style=style,
        misspelled=misspelled,
    )


def strip_annotations(text: str) -> str:
    """Remove the annotations that :func:`rewrite` inserted (plain, brackets or markdown style).

    For example:

        >>> strip_annotations("Shusha (Armenian: Shushi) and Stepanakert (Azerbaijani: Khankendi)")
        'Shusha and Stepanakert'
    """
    from toponyms.rewriting import strip_annotations as strip

    return strip(text)


def places() -> Iterator[Place]:
    """Every place of the bundled gazetteer, in data order.

    For example:

        >>> [place.id for place in places()][:3]
        ['armenia', 'azerbaijan', 'karabakh']
    """
    return iter(default_gazetteer().places())


def get(place_id: str) -> Place:
    """The place with that id; raises :class:`UnknownPlaceError` (a ``LookupError``) when there is none.

    For example:

        >>> get("khankendi").title
        'Khankendi / Stepanakert'
    """
    return default_gazetteer().get(place_id)


def name_in(
    query: str | Place, lang: str, *, convention: str | None = None, kind: str | None = None
) -> str | None:
    """The name of a place (or of the best match of a query) in ``lang``, under a naming ``convention``.

    For example:

        >>> name_in("Khankendi", "en", convention="hy"), name_in("Stepanakert", "en", convention="az")
        ('Stepanakert', 'Khankendi')
    """
    return default_gazetteer().name_in(query, lang, convention=convention, kind=kind)
