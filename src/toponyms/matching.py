"""Finding place mentions in running text: one linear scan, offsets into the original text.

The text is folded character by character into a copy of the same length (case, diacritics, look-alike
letters; every separator becomes a space), so offsets carry over unchanged; the rare characters whose
folded form is longer or empty (ß, ligatures, combining marks) and runs of spaces send the text through a
slower path that keeps an explicit offset map. An Aho–Corasick automaton (pyahocorasick) holds every
name's stems (see :mod:`toponyms.inflection`) preceded by a space, so a hit can only start at the
beginning of a word; the rest of the word after the stem must be one of the endings allowed for it.
Overlapping hits are resolved leftmost-longest.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from toponyms.index import Index
from toponyms.inflection import inflect
from toponyms.model import KINDS, STATUSES, Mention, Name
from toponyms.normalize import APOSTROPHES, fix_lookalikes, fold_char

_SENTINEL = "\x00"


class _ScanTable(dict[int, str]):
    """``str.translate`` table folding each character to exactly one character (or the sentinel)."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if char in APOSTROPHES:
            folded = "'"
        else:
            folded = fold_char(char)
            if folded != " " and (len(folded) != 1 or not folded.isalnum()):
                folded = _SENTINEL
        self[code] = folded
        return folded


_SCAN_TABLE = _ScanTable()
_LEADING_APOSTROPHE = re.compile(r"(?<![^\W_])'")
_WORD_TAIL = re.compile(r"[^\W_]*(?:'[^\W_]+)*'?")


class OffsetMap:
    """Maps offsets in the folded text back to the original: either one entry per folded character, or
    the places where runs of spaces were collapsed (``shift_at[i]`` characters dropped before
    ``collapsed_at[i]``)."""

    __slots__ = ("collapsed_at", "per_char", "shift_at")

    def __init__(
        self,
        per_char: list[int] | None = None,
        collapsed_at: list[int] | None = None,
        shift_at: list[int] | None = None,
    ) -> None:
        self.per_char = per_char
        self.collapsed_at = collapsed_at or []
        self.shift_at = shift_at or []

    def start(self, position: int) -> int:
        """The original offset of the folded character at ``position``."""
        if self.per_char is not None:
            return self.per_char[position]
        return position + self._shift(position)

    def end(self, position: int) -> int:
        """The original end offset of a span of the folded text that ends (exclusive) at ``position``."""
        return self.start(position - 1) + 1

    def _shift(self, position: int) -> int:
        index = bisect_right(self.collapsed_at, position)
        return self.shift_at[index - 1] if index else 0


_SPACE_RUN = re.compile(" {2,}")


def scan_fold(text: str) -> tuple[str, OffsetMap | None]:
    """The folded copy of ``text`` that the scanner reads, and the map from its offsets to the text's
    (``None`` when they are the same)."""
    text = fix_lookalikes(text)
    folded = text.translate(_SCAN_TABLE)
    offsets: OffsetMap | None = None
    if _SENTINEL in folded:
        folded, per_char = _scan_fold_slow(text)
        offsets = OffsetMap(per_char=per_char)
    elif "  " in folded:
        folded, offsets = _collapse_spaces(folded)
    return _LEADING_APOSTROPHE.sub(" ", folded), offsets


def _collapse_spaces(folded: str) -> tuple[str, OffsetMap]:
    pieces: list[str] = []
    collapsed_at: list[int] = []
    shift_at: list[int] = []
    done = dropped = 0
    for run in _SPACE_RUN.finditer(folded):
        pieces.append(folded[done : run.start() + 1])
        dropped += run.end() - run.start() - 1
        collapsed_at.append(run.start() + 1 - (dropped - (run.end() - run.start() - 1)))
        shift_at.append(dropped)
        done = run.end()
    pieces.append(folded[done:])
    return "".join(pieces), OffsetMap(collapsed_at=collapsed_at, shift_at=shift_at)


def _scan_fold_slow(text: str) -> tuple[str, list[int]]:
    out: list[str] = []
    offsets: list[int] = []
    for position, char in enumerate(text):
        piece = _SCAN_TABLE[ord(char)]
        if piece == _SENTINEL:
            piece = "".join(c for c in fold_char(char) if c.isalnum() or c == " ")
        for folded_char in piece:
            if folded_char == " " and out and out[-1] == " ":
                continue
            out.append(folded_char)
            offsets.append(position)
    return "".join(out), offsets


@dataclass(frozen=True)
class _Entry:
    endings: frozenset[str]
    refs: tuple[int, ...]


class Scanner:
    """The scan automaton of one index; built once, then only read (safe to share between threads)."""

    def __init__(self, index: Index) -> None:
        import ahocorasick

        groups: dict[str, dict[frozenset[str], list[int]]] = {}
        for ref, (_, name) in enumerate(index.refs):
            for stem, endings in inflect(name.text, name.lang):
                if not stem:
                    continue
                by_endings = groups.setdefault(" " + stem, {})
                refs = by_endings.setdefault(frozenset(endings), [])
                if ref not in refs:
                    refs.append(ref)
        automaton = ahocorasick.Automaton()
        for key, by_endings in groups.items():
            entries = tuple(_Entry(endings, tuple(refs)) for endings, refs in by_endings.items())
            automaton.add_word(key, (len(key), entries))
        automaton.make_automaton()
        self._automaton: Any = automaton
        self._index = index

    def find(self, text: str, *, case_sensitive: bool = True) -> list[Mention]:
        """Every mention in ``text``, in order, without overlaps."""
        if not isinstance(text, str):
            raise TypeError(f"find() expects the text as a str, got {type(text).__name__}")
        if not text:
            return []
        folded, offsets = scan_fold(text)
        spans: dict[tuple[int, int], tuple[int, ...]] = {}
        for start, end, refs in self._candidates(" " + folded):
            spans[start, end] = spans.get((start, end), ()) + refs
        mentions: list[Mention] = []
        reached = 0
        for (start, end), refs in sorted(spans.items(), key=lambda item: (item[0][0], -item[0][1])):
            if start < reached:
                continue
            original_start = offsets.start(start) if offsets else start
            original_end = offsets.end(end) if offsets else end
            ref = self._choose(refs, text, original_start, case_sensitive)
            if ref is None:
                continue
            _, name = self._index.refs[ref]
            place = self._index.places[self._index.refs[ref][0]]
            mentions.append(
                Mention(original_start, original_end, place, name, text[original_start:original_end])
            )
            reached = end
        return mentions

    def _candidates(self, padded: str) -> Iterator[tuple[int, int, tuple[int, ...]]]:
        for last, (length, entries) in self._automaton.iter(padded):
            stem_end = last + 1
            tail = _WORD_TAIL.match(padded, stem_end)
            word_end = tail.end() if tail else stem_end
            ending = padded[stem_end:word_end]
            refs = tuple(ref for entry in entries if ending in entry.endings for ref in entry.refs)
            if not refs and ending.endswith("'"):
                ending = ending[:-1]
                word_end -= 1
                refs = tuple(ref for entry in entries if ending in entry.endings for ref in entry.refs)
            if refs:
                # offsets in the padded text are one more than in the folded text; the key's space is dropped
                yield stem_end - length, word_end - 1, refs

    def _choose(self, refs: tuple[int, ...], text: str, start: int, case_sensitive: bool) -> int | None:
        def rank(ref: int) -> tuple[int, int, int]:
            place_index, name = self._index.refs[ref]
            return (
                STATUSES.index(name.status),
                KINDS.index(self._index.places[place_index].kind),
                place_index,
            )

        for ref in sorted(refs, key=rank):
            name = self._index.refs[ref][1]
            if not case_sensitive or _case_fits(name, text[start]):
                return ref
        return None


def _case_fits(name: Name, first: str) -> bool:
    """A name written with a capital is not matched by a word that starts in lowercase."""
    return not (name.text[:1].isupper() and first.islower())
