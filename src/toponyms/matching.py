"""Finding place mentions in running text: one linear scan, offsets into the original text.

The text is only lowercased (a C-speed step that keeps every offset) and fed once to an Aho–Corasick
automaton (pyahocorasick) that holds the first word, or the stem, of every name, both as written and folded
(see :mod:`toponyms.inflection`). A hit counts when it starts a word; the rest of the word must be an ending
allowed for the name, and the rest of a multiword name is checked on a folded copy (:func:`scan_fold`) of the
few characters after the hit, across any spacing. Stress marks and joiners are removed first through an
offset map. Overlapping candidates resolve leftmost-longest; an ambiguous name is resolved by the kind a
neighbouring word names, else by rank.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

from toponyms.index import Index
from toponyms.inflection import scan_keys, unit_adjectives
from toponyms.model import Mention, Name, candidate_rank
from toponyms.normalize import APOSTROPHES, fix_lookalikes, fold_char, scan_lower

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


_EXTRA_SPACES = re.compile("(?<= ) +")  # every space after the first of a run


def scan_fold(text: str) -> tuple[str, OffsetMap | None]:
    """The folded copy of ``text`` (a few characters after a hit, whose look-alike letters ``find`` has
    already fixed), and the map from its offsets to the text's (``None`` when they are the same)."""
    folded = text.translate(_SCAN_TABLE)
    offsets: OffsetMap | None = None
    if _SENTINEL in folded:
        folded, per_char = _scan_fold_slow(text)
        offsets = OffsetMap(per_char=per_char)
    elif "  " in folded:
        folded, offsets = _collapse_spaces(folded)
    return _LEADING_APOSTROPHE.sub(" ", folded), offsets


def _collapse_spaces(folded: str) -> tuple[str, OffsetMap]:
    return _delete(folded, _EXTRA_SPACES)


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
    rest: str
    endings: frozenset[str]
    refs: tuple[int, ...]
    unit_follows: bool = False  # an adjective that stands for a unit only when a unit word follows


_APOSTROPHE_CLASS = "[" + "".join(sorted(APOSTROPHES)) + "]"
_WRITTEN_TAIL = re.compile(f"[^\\W_]*(?:{_APOSTROPHE_CLASS}[^\\W_]+)*{_APOSTROPHE_CLASS}?")
_REST_WINDOW = 160  # characters after the first word that can hold the rest of a multiword name
_GAP = re.compile(r"[\s\-\u2010-\u2015]+")


class Scanner:
    """The scan automaton of one index; built once, then only read (safe to share between threads).

    The text is only lowercased (a C-speed, length-keeping step) and fed to a pyahocorasick automaton
    holding the first word (or the stem) of every name, as written and folded. A hit counts when it
    starts a word; the rest of the word must be one of the endings allowed for the name, and the rest of
    a multiword name is checked on a folded copy of the few characters that follow.
    """

    def __init__(self, index: Index) -> None:
        import ahocorasick

        groups: dict[str, dict[tuple[str, frozenset[str], bool], list[int]]] = {}
        for ref, (_, name) in enumerate(index.refs):
            keys = [
                (first, rest, frozenset(endings), False)
                for first, rest, endings in scan_keys(name.text, name.lang)
            ]
            keys += [(form, "", frozenset({""}), True) for form in unit_adjectives(name.text, name.lang)]
            for first, rest, endings, unit_follows in keys:
                if not first:
                    continue
                refs = groups.setdefault(first, {}).setdefault((rest, endings, unit_follows), [])
                if ref not in refs:
                    refs.append(ref)
        automaton = ahocorasick.Automaton()
        self._ranks = [
            (candidate_rank(index.places[place_index], name), place_index) for place_index, name in index.refs
        ]
        for key, entries in groups.items():
            payload = tuple(
                _Entry(rest, endings, tuple(sorted(refs, key=self._ranks.__getitem__)), unit_follows)
                for (rest, endings, unit_follows), refs in entries.items()
            )
            automaton.add_word(key, (len(key), payload))
        automaton.make_automaton()
        self._automaton: Any = automaton
        self._index = index

    def find(self, text: str, *, case_sensitive: bool = True) -> list[Mention]:
        """Every mention in ``text``, in order, without overlaps."""
        if not isinstance(text, str):
            raise TypeError(f"find() expects the text as a str, got {type(text).__name__}")
        if not text:
            return []
        text = fix_lookalikes(text)
        lowered = lowered_text = scan_lower(text)
        offsets: OffsetMap | None = None
        if _may_hold_invisible(lowered) and _INVISIBLE.search(lowered):
            lowered, offsets = _delete(lowered, _INVISIBLE)
        candidates = self._candidates(lowered)
        candidates.sort()
        mentions: list[Mention] = []
        reached = 0
        index = self._index
        for start, negative_end, refs in candidates:
            if start < reached:
                continue
            end = -negative_end
            if offsets is not None:
                start, end = offsets.start(start), offsets.end(end)
            ref = next(
                (r for r in refs if not case_sensitive or _case_fits(index.refs[r][1], text[start])), None
            )
            if ref is None:
                continue
            if len(refs) > 1:
                ref = self._by_context(refs, ref, lowered_text, start, end, text, case_sensitive)
            if index.refs[ref][1].lang == "az" and _next_word(lowered_text, end).startswith(_AZ_NOT_A_PLACE):
                continue  # 'Qazax dili', 'Azərbaycan xalqı': a language or a people
            if _after_a_given_name(index.refs[ref][1], text, start):
                continue  # 'Հովհաննես Թումանյանի', 'Stepan Shahumyan': a person
            place_index, name = index.refs[ref]
            mentions.append(Mention(start, end, index.places[place_index], name, text[start:end]))
            reached = -negative_end
        return mentions

    def _by_context(
        self,
        refs: tuple[int, ...],
        best: int,
        lowered: str,
        start: int,
        end: int,
        text: str,
        case_sensitive: bool,
    ) -> int:
        """Among the places an ambiguous name may mean, the one whose kind a neighbouring word names
        ('озеро Севан', 'Mount Ararat', 'Arpa river'), else ``best``."""
        neighbours = (_previous_word(lowered, start), _next_word(lowered, end))
        for kind, cues in _KIND_CUES.items():
            if not any(word.startswith(cues) for word in neighbours if word):
                continue
            for ref in refs:
                place_index, name = self._index.refs[ref]
                if self._index.places[place_index].kind == kind and (
                    not case_sensitive or _case_fits(name, text[start])
                ):
                    return ref
        return best

    def _candidates(self, lowered: str) -> list[tuple[int, int, tuple[int, ...]]]:
        """(start, -end, refs best first) of every acceptable hit; refs of one span are merged."""
        found: dict[tuple[int, int], tuple[int, ...]] = {}
        length_of_text = len(lowered)
        for last, (length, entries) in self._automaton.iter(lowered):
            start = last + 1 - length
            if start and lowered[start - 1].isalnum():
                continue  # not the start of a word
            first_end = last + 1
            if first_end == length_of_text or not (
                lowered[first_end].isalnum() or lowered[first_end] in APOSTROPHES
            ):
                word_end, ending = first_end, ""  # the common case: the word ends with the stem
            else:
                word_end = _WRITTEN_TAIL.match(lowered, first_end).end()  # type: ignore[union-attr]
                ending = lowered[first_end:word_end].translate(_SCAN_TABLE)
                # an apostrophe opens an ending (Şuşa'da); inside one it is an Armenian mark (Երևանո՞ւմ)
                ending = ending[:1] + ending[1:].replace("'", "")
            window: tuple[int, str, OffsetMap | None] | None = None
            for entry in entries:
                if entry.unit_follows:
                    end = word_end if not ending and _UNIT_FOLLOWS.match(lowered, word_end) else None
                elif not entry.rest:
                    end = _accept(ending, entry.endings, word_end)
                elif word_end != first_end:
                    continue  # the first word of a multiword name has no ending
                else:
                    gap = _GAP.match(lowered, first_end)
                    if (
                        gap is None
                        or lowered[gap.end() : gap.end() + 1].translate(_SCAN_TABLE) != entry.rest[0]
                    ):
                        continue  # the next word does not start like the rest of the name: most hits end here
                    if window is None:
                        window = (gap.end(), *scan_fold(lowered[gap.end() : gap.end() + _REST_WINDOW]))
                    end = _rest_end(window, entry)
                if end is not None:
                    key = (start, -end)
                    found[key] = found[key] + entry.refs if key in found else entry.refs
        ranks = self._ranks
        return [
            (start, negative_end, refs if len(refs) == 1 else tuple(sorted(set(refs), key=ranks.__getitem__)))
            for (start, negative_end), refs in found.items()
        ]


def _accept(ending: str, endings: frozenset[str], word_end: int) -> int | None:
    """The end of the mention when ``ending`` (folded) is allowed; a trailing apostrophe is not part of it."""
    if ending in endings:
        return word_end - 1 if ending.endswith("'") and ending != "'" else word_end
    if ending.endswith("'") and ending[:-1] in endings:
        return word_end - 1
    return None


def _rest_end(window: tuple[int, str, OffsetMap | None], entry: _Entry) -> int | None:
    """Where a multiword name ends when its remaining words start the (folded) window."""
    position, folded, offsets = window
    if not folded.startswith(entry.rest):
        return None
    rest_end = len(entry.rest)
    tail = _FOLDED_TAIL.match(folded, rest_end)
    word_end = tail.end() if tail else rest_end
    end = _accept(folded[rest_end:word_end], entry.endings, word_end)
    if end is None:
        return None
    return position + (offsets.end(end) if offsets else end)


#: Marks and invisible characters inside words: stress marks, joiners, soft hyphens.
_INVISIBLE = re.compile("[\u0300-\u036f\u0483-\u0489\u00ad\u200b-\u200d\u2060\ufeff]+")


_COMMON_INVISIBLE = ("\u0301", "\u0300", "\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")


def _may_hold_invisible(text: str) -> bool:
    """A quick test before the regular expression: stress marks, soft hyphens and joiners are searched
    for one by one (a fast substring search each), other combining marks occur only in text that is not
    in NFC."""
    if text.isascii():
        return False
    return any(mark in text for mark in _COMMON_INVISIBLE) or not unicodedata.is_normalized("NFC", text)


def _delete(text: str, pattern: re.Pattern[str]) -> tuple[str, OffsetMap]:
    """``text`` without the matches of ``pattern``, and the map back to the offsets of ``text``."""
    pieces: list[str] = []
    collapsed_at: list[int] = []
    shift_at: list[int] = []
    done = dropped = 0
    for match in pattern.finditer(text):
        pieces.append(text[done : match.start()])
        dropped += match.end() - match.start()
        collapsed_at.append(match.end() - dropped)
        shift_at.append(dropped)
        done = match.end()
    pieces.append(text[done:])
    return "".join(pieces), OffsetMap(collapsed_at=collapsed_at, shift_at=shift_at)


#: Words next to an ambiguous name that say which kind of place it is (folded prefixes).
_KIND_CUES: dict[str, tuple[str, ...]] = {
    "lake": ("озер", "lake", "լիճ", "լճ", "gol"),
    "mountain": ("гор", "mount", "mt", "լեռ", "dag"),
    "river": ("рек", "river", "գետ", "cay"),
    "reservoir": ("водохранилищ", "reservoir", "ջրամբար", "anbar"),
    "district": ("раион", "district", "շրջան", "rayon"),
    "province": ("област", "province", "մարզ", "marz"),
}
#: A Russian unit word within the next few words: 'Агдамского, Лачинского и Кельбаджарского районов'.
_UNIT_FOLLOWS = re.compile(
    r"(?:[\s,]+(?:и|или|[^\W\d_]+(?:ого|ему|ом|ый|ий|ой|им|ым|ая|ую|ое|ие|ые|их|ых))){0,4}[\s,]+(?:район|област)"
)
#: Words after an Azerbaijani name that make it a language or a people, not a place.
_AZ_NOT_A_PLACE = ("dil", "xalq", "turk")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[^\w]*\Z")
_WORD_AFTER = re.compile(r"[^\w]*([^\W\d_]+)")


#: Endings of Armenian surnames that places named after people share (Tumanyan, Shahumyan, Spandaryan).
_SURNAME_ENDINGS = ("յան", "yan", "ян", "ian")
_WORD_RIGHT_BEFORE = re.compile(r"([^\W\d_]+) \Z")


def _after_a_given_name(name: Name, text: str, start: int) -> bool:
    """A place named after a person, written right after a capitalized word (a given name) on the same
    line: the person is meant. 'Տումանյան' alone stays the town."""
    if not name.text.endswith(_SURNAME_ENDINGS):
        return False
    window = text[max(0, start - 30) : start]
    match = _WORD_RIGHT_BEFORE.search(window)
    if not match or len(match.group(1)) < 3 or not match.group(1)[0].isupper():
        return False
    before = window[: match.start()].rstrip(" ")
    sentence_start = not before or before[-1] in ".!?:;\n\"«“"
    # a capitalized word opening an English or Russian sentence is as likely a word as a given name
    return not sentence_start or name.lang == "hy"


def _previous_word(lowered: str, start: int) -> str:
    match = _WORD_BEFORE.search(lowered[max(0, start - 40) : start])
    return match.group(1).translate(_SCAN_TABLE) if match else ""


def _next_word(lowered: str, end: int) -> str:
    match = _WORD_AFTER.match(lowered, end, end + 40)
    return match.group(1).translate(_SCAN_TABLE) if match else ""


_FOLDED_TAIL = re.compile(r"[^\W_]*(?:'[^\W_]+)*'?")


def _case_fits(name: Name, first: str) -> bool:
    """A name written with a capital is not matched by a word that starts in lowercase."""
    return not (name.text[:1].isupper() and first.islower())
