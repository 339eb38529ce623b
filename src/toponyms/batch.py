"""Many texts at once: iterator in, iterator out, order kept, memory bounded, optionally in worker processes.

    >>> from toponyms import Gazetteer
    >>> texts = ["Şuşada", "Бои у Шуши", "nothing here"]
    >>> [[m.place.id for m in mentions] for mentions in find_many(texts, gazetteer=Gazetteer())]
    [['shusha'], ['shusha'], []]

With ``jobs > 1`` the texts are scanned in a pool of worker processes. Each worker loads the gazetteer once
(a Gazetteer pickles as the list of its files, and a worker reads the on-disk index cache). Texts travel
in chunks of up to 256 texts or 1 M characters, and at most ``jobs * window`` chunks are in flight, so an
endless iterator streams in bounded memory. Results come back
in the order of the input, identical to ``jobs=1``.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator, Sequence

from toponyms.model import Mention

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from concurrent.futures import Future

    from toponyms.gazetteer import Gazetteer

#: Chunks in flight per worker process, and the most texts and characters in one chunk: a task big enough
#: to pay for the trip to the worker, small enough to keep memory bounded.
WINDOW = 4
CHUNK_TEXTS = 256
CHUNK_CHARACTERS = 1 << 20

_worker_gazetteer: Gazetteer | None = None
# A mention as it crosses a process boundary: start, end, place id, position of the name in the place.
_Found = list[tuple[int, int, str, int]]


def _start_worker(gazetteer: Gazetteer) -> None:
    global _worker_gazetteer
    _worker_gazetteer = gazetteer
    gazetteer.scanner()  # built once per worker, before the first text


def _find_in_worker(texts: list[str], misspelled: bool) -> list[_Found]:
    assert _worker_gazetteer is not None
    return [
        [
            (m.start, m.end, m.place.id, m.place.names.index(m.name))
            for m in _worker_gazetteer.find(text, misspelled=misspelled)
        ]
        for text in texts
    ]


def _chunks(texts: Iterable[str], size: int) -> Iterator[list[str]]:
    chunk: list[str] = []
    for text in texts:
        if not isinstance(text, str):
            raise TypeError(f"find() expects the text as a str, got {type(text).__name__}")
        chunk.append(text)
        if len(chunk) >= size or sum(map(len, chunk)) >= CHUNK_CHARACTERS:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def with_mentions(
    texts: Iterable[str],
    *,
    gazetteer: Gazetteer,
    jobs: int = 1,
    start_method: str | None = None,
    window: int = WINDOW,
    misspelled: bool = False,
) -> Iterator[tuple[str, list[Mention]]]:
    """Each text with its mentions, in input order (the engine under :func:`find_many`, :func:`rewrite_many`
    and ``toponyms annotate --jobs``); ``misspelled`` as for :meth:`Gazetteer.find`."""
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    if jobs == 1:
        for text in texts:
            yield text, gazetteer.find(text, misspelled=misspelled)
        return
    import multiprocessing  # deferred, with the pool: importing toponyms stays light
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context(start_method)
    with ProcessPoolExecutor(
        jobs, mp_context=context, initializer=_start_worker, initargs=(gazetteer,)
    ) as pool:
        pending: deque[tuple[list[str], Future[list[_Found]]]] = deque()
        for chunk in _chunks(texts, CHUNK_TEXTS):
            pending.append((chunk, pool.submit(_find_in_worker, chunk, misspelled)))
            if len(pending) >= jobs * window:
                yield from _collect(gazetteer, *pending.popleft())
        while pending:
            yield from _collect(gazetteer, *pending.popleft())


def _collect(
    gazetteer: Gazetteer, texts: list[str], future: Future[list[_Found]]
) -> Iterator[tuple[str, list[Mention]]]:
    for text, found in zip(texts, future.result(), strict=True):
        mentions = []
        for start, end, place_id, position in found:
            place = gazetteer.get(place_id)
            mentions.append(Mention(start, end, place, place.names[position], text[start:end]))
        yield text, mentions


def find_many(
    texts: Iterable[str],
    *,
    gazetteer: Gazetteer | None = None,
    jobs: int = 1,
    start_method: str | None = None,
    misspelled: bool = False,
) -> Iterator[list[Mention]]:
    """The mentions of each text, in input order; ``jobs`` worker processes when more than one;
    ``misspelled`` as for :meth:`Gazetteer.find`."""
    gazetteer = gazetteer or _default()
    for _, mentions in with_mentions(
        texts, gazetteer=gazetteer, jobs=jobs, start_method=start_method, misspelled=misspelled
    ):
        yield mentions


def rewrite_many(
    texts: Iterable[str],
    *,
    gazetteer: Gazetteer | None = None,
    jobs: int = 1,
    start_method: str | None = None,
    traditions: Sequence[str] = ("az", "hy"),
    langs: Sequence[str] | None = None,
    every: bool = False,
    replace: str | None = None,
    style: str = "plain",
    misspelled: bool = False,
) -> Iterator[str]:
    """Each text rewritten as :meth:`Gazetteer.rewrite` would, in input order; each text is its own document.

    For example:

        >>> from toponyms import Gazetteer
        >>> list(rewrite_many(["Shusha", "Xankəndi"], gazetteer=Gazetteer()))
        ['Shusha (Armenian: Shushi)', 'Xankəndi (erm.: Stepanakert)']
    """
    from toponyms.rewriting import rewrite_mentions

    gazetteer = gazetteer or _default()
    for text, mentions in with_mentions(
        texts, gazetteer=gazetteer, jobs=jobs, start_method=start_method, misspelled=misspelled
    ):
        yield rewrite_mentions(
            text, mentions, traditions=traditions, langs=langs, every=every, replace=replace, style=style
        )


def _default() -> Gazetteer:
    from toponyms import default_gazetteer

    return default_gazetteer()
