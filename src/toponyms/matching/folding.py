"""The text as the scan reads it: every character folded to exactly one (offsets kept, or mapped back
through an :class:`OffsetMap`), with invisible characters and hyphenated line breaks taken out; and what a
text says about itself: its web addresses, its glued words, the abbreviations it defines."""

from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator

from toponyms.model import Mention
from toponyms.normalize import APOSTROPHES, fold_char

SENTINEL = "\x00"


def plain_vowels(lowered: str) -> str:
    """``lowered`` with the Azerbaijani ı and ə written i and e, as Turkish spelling and keyboards without
    them do (Kelbecer, Cebrayıl, Şeki), and as spellings of one village differ (Xeyrımlı, Xeyrimli); and ö
    and ü written o and u, as English texts that keep them beside English letters do (Göychay for Göyçay,
    Goychay) and as spellings differ (Füzuli, Füzüli); and a vowel with a macron plain, as scholarly
    romanization marks long vowels (Arrān, Gānja): the text and the keys are scanned so. Each letter stays
    one code point, so offsets are kept."""
    for marked, plain in _PLAIN_VOWELS:  # a replace per letter: faster than str.translate on a long text
        if marked in lowered:
            lowered = lowered.replace(marked, plain)
    return lowered


_PLAIN_VOWELS = (
    ("ı", "i"),
    ("ə", "e"),
    ("ö", "o"),
    ("ü", "u"),
    ("ā", "a"),
    ("ē", "e"),
    ("ī", "i"),
    ("ō", "o"),
    ("ū", "u"),
)


class _ScanTable(dict[int, str]):
    """``str.translate`` table folding each character to exactly one character (or the sentinel)."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if char in APOSTROPHES:
            folded = "'"
        else:
            folded = fold_char(char)
            if folded != " " and (len(folded) != 1 or not folded.isalnum()):
                folded = SENTINEL
        self[code] = folded
        return folded


SCAN_TABLE = _ScanTable()
#: the classical Armenian spelling of v that keeps a word's length (գաւառ: գավառ); not in ու, nor in իւ
CLASSICAL_V = re.compile("(?<![ոի])ւ")
_LEADING_APOSTROPHE = re.compile(r"(?<![^\W_])'")


class OffsetMap:
    """Maps offsets in the folded text back to the original: either one entry per folded character, or
    the places where runs of spaces were collapsed (``shift_at[i]`` characters dropped before
    ``collapsed_at[i]``)."""

    __slots__ = ("_passed", "collapsed_at", "per_char", "shift_at")

    def __init__(
        self,
        per_char: list[int] | None = None,
        collapsed_at: list[int] | None = None,
        shift_at: list[int] | None = None,
    ) -> None:
        self.per_char = per_char
        self.collapsed_at = collapsed_at or []
        self.shift_at = shift_at or []
        self._passed = 0  # for span_in_order: how many collapsed places lie at or before the last start

    def span_in_order(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the folded span ``start:end``, for spans given in order of ``start`` (a
        cursor moves along the collapsed places instead of a search for each position)."""
        if self.per_char is not None:
            return self.start(start), self.end(end)
        collapsed_at, shift_at = self.collapsed_at, self.shift_at
        passed = self._passed
        while passed < len(collapsed_at) and collapsed_at[passed] <= start:
            passed += 1
        self._passed = passed
        last = end - 1
        while passed < len(collapsed_at) and collapsed_at[passed] <= last:
            passed += 1
        return (
            start + (shift_at[self._passed - 1] if self._passed else 0),
            last + (shift_at[passed - 1] if passed else 0) + 1,
        )

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
    folded = text.translate(SCAN_TABLE)
    offsets: OffsetMap | None = None
    if SENTINEL in folded or has_classical_digraph(folded):
        folded, per_char = _scan_fold_slow(text)
        offsets = OffsetMap(per_char=per_char)
    elif "  " in folded:
        folded, offsets = _collapse_spaces(folded)
    if "ւ" in folded:
        folded = CLASSICAL_V.sub("վ", folded)
    return _LEADING_APOSTROPHE.sub(" ", folded), offsets


def _collapse_spaces(folded: str) -> tuple[str, OffsetMap]:
    return without_matches(folded, _EXTRA_SPACES)


MARKS = frozenset({"Mn", "Me"})


def past_marks(text: str, end: int) -> int:
    """The end of the combining marks that start at ``end`` (they belong to the letter before them)."""
    while end < len(text) and unicodedata.category(text[end]) in MARKS:
        end += 1
    return end


JOINERS = ("_", "@")


def joined_before(lowered: str, start: int) -> bool:
    """Whether the word at ``start`` is part of an identifier: an underscore joins it to a word before it
    ('Photo_of_Baku'), or it follows an @ (a user name, an e-mail address's domain: '@Khankendi',
    'info@Baku.az')."""
    before = lowered[start - 1]
    return before == "@" or (before == "_" and start > 1 and lowered[start - 2].isalnum())


def joined_after(lowered: str, end: int) -> bool:
    """Whether an underscore or an @ joins the word ending at ``end`` to a word after it ('Baku_city.jpg',
    'Stepanakert@mail.ru')."""
    return lowered[end : end + 1] in JOINERS and lowered[end + 1 : end + 2].isalnum()


#: The rest of a web address after its start ('https://', 'www.')
_URL_REST = re.compile(r"[^\s<>\"'«»]+")


def url_starts_and_ends(lowered: str) -> tuple[list[int], list[int]]:
    """Where the web addresses of the lowercased text start and end, in order: a name in one is part of the
    address, not a mention. Found by plain string search, which costs the text nothing when it has none."""
    spans: list[tuple[int, int]] = []
    for marker in ("://", "www."):
        at = lowered.find(marker)
        while at != -1:
            if marker == "www.":
                start = at
            elif at >= 4 and lowered.startswith("http", at - 4):
                start = at - 4
            elif at >= 5 and lowered.startswith("https", at - 5):
                start = at - 5
            else:
                at = lowered.find(marker, at + 3)
                continue
            end = _URL_REST.match(lowered, start).end()  # type: ignore[union-attr]
            spans.append((start, end))
            at = lowered.find(marker, end)
    spans.sort()
    starts: list[int] = []
    ends: list[int] = []
    for start, end in spans:
        if ends and start < ends[-1]:  # inside the address before ('https://www.')
            ends[-1] = max(ends[-1], end)
        else:
            starts.append(start)
            ends.append(end)
    return starts, ends


def has_classical_digraph(folded: str) -> bool:
    """Whether ``folded`` holds the classical Armenian spelling of yu or ya (իւ, եա: Հանրապետութիւն,
    Հանրապետութեան)."""
    return "իւ" in folded or "եա" in folded


def _scan_fold_slow(text: str) -> tuple[str, list[int]]:
    out: list[str] = []
    offsets: list[int] = []
    letters = text.translate(SCAN_TABLE)
    for position, char in enumerate(letters):
        piece = char
        if char == SENTINEL:
            piece = "".join(c for c in fold_char(text[position]) if c.isalnum() or c == " ")
        elif char in "իեւ":  # the classical digraphs, letter by letter: իւ is յու, եա is յա
            if char == "ի" and letters.startswith("ւ", position + 1):
                piece = "յ"
            elif char == "ւ" and position and letters[position - 1] == "ի":
                piece = "ու"
            elif char == "ե" and letters.startswith("ա", position + 1):
                piece = "յ"
        for folded_char in piece:
            if folded_char == " " and out and out[-1] == " ":
                continue
            out.append(folded_char)
            offsets.append(position)
    return "".join(out), offsets


DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015")


def glued_at(text: str, position: int) -> bool:
    """Whether two words are glued together at ``position``, with no space between: a capital after a small
    letter, or a letter next to a digit. Text taken from web pages loses the line breaks between list items
    and headings ('Mehri, TatevSisiana', 'MausoleumGanja is', '1748, Gəncə1803'); hashtags glue words
    ('#FreeArtsakh').

        >>> glued_at("TatevSisian", 5), glued_at("Gəncə1803", 5), glued_at("Tatev", 2)
        (True, True, False)
    """
    after, before = text[position], text[position - 1]
    if after.isupper() and before.islower():
        return True
    return after.isdigit() != before.isdigit() and (after.isalpha() or before.isalpha())


def camel_cased(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` has a capital right after a small letter, as the names of products and
    brands do ('KaTeX', 'MathJax') and place names do only as abbreviations ('АзССР', 'АрмССР').

        >>> camel_cased("rendered with KaTeX", 14, 19), camel_cased("Katex", 0, 5), camel_cased("KATEX", 0, 5)
        (True, False, False)
    """
    return _small_then_capital().search(text, start, end) is not None


@functools.cache
def letters_of_case(capitals: bool) -> str:
    """Every capital letter (or every small one) of the Basic Multilingual Plane, escaped for a regular
    expression's character class."""
    of_case = str.isupper if capitals else str.islower
    return "".join(re.escape(chr(code)) for code in range(0x10000) if of_case(chr(code)))


@functools.cache
def _small_then_capital() -> re.Pattern[str]:
    return re.compile(f"[{letters_of_case(False)}][{letters_of_case(True)}]")


#: Marks and invisible characters inside words: stress marks, joiners, soft hyphens.
_INVISIBLE_CLASS = "[\u0300-\u036f\u0483-\u0489\u00ad\u200b-\u200d\u2060\ufeff]"
# one class, then the repeat: a pattern that starts with a class is searched for at C speed, one that starts
# with a repeat is tried at every position
INVISIBLE = re.compile(_INVISIBLE_CLASS + _INVISIBLE_CLASS + "*")
_COMMON_INVISIBLE = ("\u0301", "\u0300", "\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")


def may_hold_invisible(text: str) -> bool:
    """A quick test before the regular expression: stress marks, soft hyphens and joiners are searched
    for one by one (a fast substring search each), other combining marks occur only in text that is not
    in NFC."""
    if text.isascii():
        return False
    return any(mark in text for mark in _COMMON_INVISIBLE) or not unicodedata.is_normalized("NFC", text)


def without_matches(text: str, pattern: re.Pattern[str]) -> tuple[str, OffsetMap]:
    """``text`` without the matches of ``pattern``, and the map back to the offsets of ``text``."""
    return without_spans(text, [match.span() for match in pattern.finditer(text)])


def without_spans(text: str, spans: list[tuple[int, int]]) -> tuple[str, OffsetMap]:
    """``text`` without the ``spans`` (in order, disjoint), and the map back to the offsets of ``text``."""
    pieces: list[str] = []
    collapsed_at: list[int] = []
    shift_at: list[int] = []
    done = dropped = 0
    for start, end in spans:
        pieces.append(text[done:start])
        dropped += end - start
        collapsed_at.append(end - dropped)
        shift_at.append(dropped)
        done = end
    pieces.append(text[done:])
    return "".join(pieces), OffsetMap(collapsed_at=collapsed_at, shift_at=shift_at)


#: A hyphen at the end of a line inside a word, as print and PDF text break words ('Степана-\nкерт'), or a
#: dash or hyphen sign before a space, as PDF extraction leaves it ('Վար– դենիսի'); a word breaks there
#: when a letter comes before and a small letter after the spacing (a capital makes a compound:
#: 'Nagorno-\nKarabakh').
#: A hyphen-minus before a space is not read so: prose writes 'pre- and post-war', and often.
_BREAK_STARTS = ("-\n", "-\r", "\u00ac", "\u2010", "\u2011", "\u2013")
_BREAK_SPACING = re.compile(r"[ \t]*\r?\n[ \t]*|[ \t]+")
#: An abbreviation that a text defines in brackets after a name: 'Nagorno-Karabakh (NK)', 'Республика
#: Армения (РА)'; two to six capital letters
_DEFINED_ABBREVIATION = re.compile(r"[ \u00a0]?\(([^\W\d_]{2,6})\)")
_CAPITALS_WORD = re.compile(r"(?<![\w'’])([^\W\d_]{2,6})(?![\w])(?:['’]s\b)?")


def with_abbreviations(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` and the mentions of the abbreviations the text defines for them, the definition included:
    'Nagorno-Karabakh (NK) ... aid to NK'. A few abbreviations are each looked for by substring search; many
    take one pass over the words of the text, so that the cost stays linear whatever their number."""
    defined: dict[str, Mention] = {}
    for mention in mentions:
        if text[mention.end : mention.end + 2] in (" (", "(", "\u00a0("):
            abbreviation = _DEFINED_ABBREVIATION.match(text, mention.end)
            if abbreviation and _abbreviates(abbreviation.group(1), mention.surface):
                defined.setdefault(abbreviation.group(1), mention)
    if not defined:
        return mentions
    found = []
    if len(defined) <= _FEW_ABBREVIATIONS:  # each looked for by substring search
        for short, owner in defined.items():
            at = text.find(short, owner.end)
            while at != -1:
                word = _CAPITALS_WORD.match(text, at)
                if word and word.group(1) == short and not _is_word_char(text[at - 1]):
                    found.append(Mention(at, word.end(), owner.place, owner.name, word.group()))
                at = text.find(short, at + 1)
        found.sort(key=lambda mention: mention.start)
    else:  # many: one pass over the words of the text
        found = [
            Mention(word.start(), word.end(), defining.place, defining.name, word.group())
            for word in _CAPITALS_WORD.finditer(text)
            if (defining := defined.get(word.group(1))) is not None and word.start() > defining.start
        ]
    return merged_in_order(found, mentions)


#: Up to this many abbreviations in a text, each is looked for apart (a substring search is faster than a
#: pass over every word)
_FEW_ABBREVIATIONS = 8


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char in "_'’"


def _abbreviates(abbreviation: str, name: str) -> bool:
    """Whether ``abbreviation`` (capitals) can be made from ``name``: it begins with the name's first letter
    and its letters come in the name in order (Nagorno-Karabakh: NK; Республика Армения: РА; Армении: not
    ФОТО, the 'PHOTO' of a headline).

        >>> _abbreviates("NKAO", "Nagorno-Karabakh Autonomous Oblast"), _abbreviates("ФОТО", "Армении")
        (True, False)
    """
    if not abbreviation.isupper():
        return False
    letters = iter(name.casefold())
    return abbreviation[0].casefold() == name[:1].casefold() and all(
        letter in letters for letter in abbreviation.casefold()
    )


def merged_in_order(mentions: list[Mention], preferred: list[Mention]) -> list[Mention]:
    """``mentions`` and ``preferred`` (each in order, disjoint) in one list in order, without the mentions
    that overlap a preferred one."""
    merged: list[Mention] = []
    at = 0
    for mention in preferred:
        while at < len(mentions) and mentions[at].end <= mention.start:
            merged.append(mentions[at])
            at += 1
        while at < len(mentions) and mentions[at].start < mention.end:
            at += 1  # overlaps the preferred mention
        merged.append(mention)
    merged.extend(mentions[at:])
    return merged


#: The two parts of a word broken at a line end, apostrophes and marks inside included (Step'ana-\nkert)
_BROKEN_WORD = r"(?:[^\W\d_]|" + _INVISIBLE_CLASS + r")+(?:['’ʼʻ](?:[^\W\d_]|" + _INVISIBLE_CLASS + r")+)*"
BROKEN_HEAD = re.compile(_BROKEN_WORD + r"\Z")
BROKEN_TAIL = re.compile(_BROKEN_WORD)
#: How much text around a line-end break is read again: the words a mention's reading looks at
_BREAK_CONTEXT = 300


def windows_around(
    breaks: list[tuple[int, int]], length: int
) -> Iterator[tuple[int, int, list[tuple[int, int]]]]:
    """The stretches of a text of ``length`` around ``breaks`` (in order), those that overlap merged: (start,
    end, the breaks inside)."""
    low, high = 0, 0
    spans: list[tuple[int, int]] = []
    for start, end in breaks:
        if spans and start - _BREAK_CONTEXT <= high:
            high = min(length, end + _BREAK_CONTEXT)
            spans.append((start, end))
            continue
        if spans:
            yield low, high, spans
        low, high, spans = max(0, start - _BREAK_CONTEXT), min(length, end + _BREAK_CONTEXT), [(start, end)]
    if spans:
        yield low, high, spans


def word_breaks(text: str) -> list[tuple[int, int]]:
    r"""Where ``text`` breaks a word with a hyphen and spacing: the spans of the hyphen and spacing.

    >>> word_breaks("Stepana-\nkert, Վար– դենիսի, pre- and post-war, Nagorno-\nKarabakh")
    [(7, 9), (18, 20)]
    """
    spans = []
    for start in _BREAK_STARTS:
        at = text.find(start)  # a substring search: few texts have any
        while at != -1:
            spacing = _BREAK_SPACING.match(text, at + 1)
            end = spacing.end() if spacing else 0
            if end and at and text[at - 1].isalpha() and text[end : end + 1].islower():
                spans.append((at, end))
            at = text.find(start, at + 1)
    return sorted(spans)
