"""Dask: a bag of texts, or a dataframe column, mapped through find, rewrite or lookup on a cluster.

Install with ``pip install 'toponyms[dask]'``. The gazetteer travels to the workers as its pickled form (the
list of its data files, a few hundred bytes); each worker process builds or loads the index once, from the
on-disk cache, and reuses it for every partition. Results are plain data (dicts, strings), cheap to gather.

    >>> import dask.bag
    >>> texts = dask.bag.from_sequence(["Şuşada", "Stepanakert's airport"], npartitions=2)
    >>> [[m["id"] for m in mentions] for mentions in find_bag(texts).compute(scheduler="synchronous")]
    [['shusha'], ['khankendi']]
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from toponyms.gazetteer import Gazetteer


def _gazetteer(gazetteer: Gazetteer | None) -> Gazetteer:
    if gazetteer is not None:
        return gazetteer
    from toponyms import default_gazetteer

    return default_gazetteer()


def find_partition(
    texts: Iterable[str], gazetteer: Gazetteer | None = None, misspelled: bool = False
) -> list[list[dict[str, Any]]]:
    """The mentions of every text of one partition (``misspelled`` as for :meth:`Gazetteer.find`)."""
    active = _gazetteer(gazetteer)
    return [[m.as_dict() for m in active.find(text, misspelled=misspelled)] for text in texts]


def rewrite_partition(
    texts: Iterable[str], gazetteer: Gazetteer | None = None, options: dict[str, Any] | None = None
) -> list[str]:
    """Every text of one partition rewritten (``options`` as for :meth:`Gazetteer.rewrite`)."""
    active = _gazetteer(gazetteer)
    return [active.rewrite(text, **(options or {})) for text in texts]


def lookup_partition(queries: Iterable[str], gazetteer: Gazetteer | None = None) -> list[str | None]:
    """The id of the best place for every query of one partition (``None`` when nothing is found)."""
    active = _gazetteer(gazetteer)
    results = []
    for query in queries:
        matches = active.lookup(query, limit=1)
        results.append(matches[0].place.id if matches else None)
    return results


def find_bag(bag: Any, gazetteer: Gazetteer | None = None, misspelled: bool = False) -> Any:
    """A ``dask.bag.Bag`` of texts mapped to their mentions (lists of dicts), partition by partition."""
    return bag.map_partitions(find_partition, gazetteer, misspelled)


def rewrite_bag(bag: Any, gazetteer: Gazetteer | None = None, **options: Any) -> Any:
    """A ``dask.bag.Bag`` of texts mapped to the rewritten texts."""
    return bag.map_partitions(rewrite_partition, gazetteer, options)


def lookup_bag(bag: Any, gazetteer: Gazetteer | None = None) -> Any:
    """A ``dask.bag.Bag`` of queries mapped to place ids (or ``None``)."""
    return bag.map_partitions(lookup_partition, gazetteer)


def lookup_series(series: Any, gazetteer: Gazetteer | None = None) -> Any:
    """A ``dask.dataframe`` column (Series) of place names mapped to place ids (needs pandas)."""
    import pandas

    def partition(part: Any) -> Any:
        return pandas.Series(lookup_partition(part.tolist(), gazetteer), index=part.index, dtype="object")

    return series.map_partitions(partition, meta=(series.name, "object"))
