"""Finding place mentions in running text: one linear scan, offsets into the original text.

The text is only lowercased (a C-speed step that keeps every offset) and fed once to an Aho–Corasick
automaton (ahocorasick-rs, a compiled DFA) that holds the first word, or the stem, of every name, both as
written and folded (see :mod:`toponyms.inflection`). A hit counts when it starts a word; the rest of the word
must be an ending allowed for the name, and the rest of a multiword name is checked on a folded copy
(:func:`scan_fold`) of the few characters after the hit, across any spacing. Stress marks and joiners are
removed first through an offset map. Words glued together (a capital after a small letter, a letter next
to a digit) are read apart. Overlapping candidates resolve leftmost-longest; an ambiguous name is resolved by
the kind a neighbouring word names, else by the other places of the text, else by rank. Guards drop what
only looks like a place: a language or a people, a person (by a given name, a surname, a word or an initial
next to the name, an Azerbaijani nisba), a common word with no sign of a place, a street, an organization or
a title in quotation marks, and a name better known elsewhere in a text that names no other place of the
region. Last, a capitalized name next to a word for a kind of place (село, village, kəndi, river ...) that
the scan left alone is looked up by transliteration among the places of that kind.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from toponyms.index import ABBREVIATED_KIND_BEFORE, ABBREVIATED_KIND_WORDS, Index
from toponyms.inflection import (
    ARMENIAN,
    AZERBAIJANI,
    AZERBAIJANI_CYRILLIC,
    HISTORICAL_KINDS,
    LONGEST_ENDING,
    RUSSIAN_ADJECTIVE_WRITTEN,
    declined_in_romanized_armenian,
    scan_keys,
    unit_adjectives,
)
from toponyms.lookup import lookup
from toponyms.model import SETTLEMENT_KINDS, Match, Mention, Name, Place, candidate_rank
from toponyms.normalize import APOSTROPHES, fix_lookalikes, fold, fold_char, scan_lower
from toponyms.scripts import script_of
from toponyms.translit import letter_by_letter_spellings, skeleton

_SENTINEL = "\x00"


def _plain_vowels(lowered: str) -> str:
    """``lowered`` with the Azerbaijani ı and ə written i and e, as Turkish spelling and keyboards without
    them do (Kelbecer, Cebrayıl, Şeki), and as spellings of one village differ (Xeyrımlı, Xeyrimli); and ö
    and ü written o and u, as English texts that keep them beside English letters do (Göychay for Göyçay,
    Goychay) and as spellings differ (Füzuli, Füzüli): the text and the keys are scanned so. Each letter
    stays one code point, so offsets are kept."""
    for marked, plain in _PLAIN_VOWELS:  # a replace per letter: faster than str.translate on a long text
        if marked in lowered:
            lowered = lowered.replace(marked, plain)
    return lowered


_PLAIN_VOWELS = (("ı", "i"), ("ə", "e"), ("ö", "o"), ("ü", "u"))


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
#: the classical Armenian spelling of v that keeps a word's length (գաւառ: գավառ); not in ու, nor in իւ
_CLASSICAL_V = re.compile("(?<![ոի])ւ")
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
    folded = text.translate(_SCAN_TABLE)
    offsets: OffsetMap | None = None
    if _SENTINEL in folded or _has_classical_digraph(folded):
        folded, per_char = _scan_fold_slow(text)
        offsets = OffsetMap(per_char=per_char)
    elif "  " in folded:
        folded, offsets = _collapse_spaces(folded)
    if "ւ" in folded:
        folded = _CLASSICAL_V.sub("վ", folded)
    return _LEADING_APOSTROPHE.sub(" ", folded), offsets


def _collapse_spaces(folded: str) -> tuple[str, OffsetMap]:
    return _delete(folded, _EXTRA_SPACES)


_MARKS = frozenset({"Mn", "Me"})


def _past_marks(text: str, end: int) -> int:
    """The end of the combining marks that start at ``end`` (they belong to the letter before them)."""
    while end < len(text) and unicodedata.category(text[end]) in _MARKS:
        end += 1
    return end


_JOINERS = ("_", "@")


def _joined_before(lowered: str, start: int) -> bool:
    """Whether the word at ``start`` is part of an identifier: an underscore joins it to a word before it
    ('Photo_of_Baku'), or it follows an @ (a user name, an e-mail address's domain: '@Khankendi',
    'info@Baku.az')."""
    before = lowered[start - 1]
    return before == "@" or (before == "_" and start > 1 and lowered[start - 2].isalnum())


def _joined_after(lowered: str, end: int) -> bool:
    """Whether an underscore or an @ joins the word ending at ``end`` to a word after it ('Baku_city.jpg',
    'Stepanakert@mail.ru')."""
    return lowered[end : end + 1] in _JOINERS and lowered[end + 1 : end + 2].isalnum()


#: The rest of a web address after its start ('https://', 'www.')
_URL_REST = re.compile(r"[^\s<>\"'«»]+")


def _url_starts_and_ends(lowered: str) -> tuple[list[int], list[int]]:
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


def _has_classical_digraph(folded: str) -> bool:
    """Whether ``folded`` holds the classical Armenian spelling of yu or ya (իւ, եա: Հանրապետութիւն,
    Հանրապետութեան)."""
    return "իւ" in folded or "եա" in folded


def _scan_fold_slow(text: str) -> tuple[str, list[int]]:
    out: list[str] = []
    offsets: list[int] = []
    letters = text.translate(_SCAN_TABLE)
    for position, char in enumerate(letters):
        piece = char
        if char == _SENTINEL:
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


@dataclass(frozen=True)
class _Multiword:
    """The rest of a multiword name whose first word is an automaton key."""

    rest: str
    head: str  # the first word of the rest
    endings: frozenset[str]  # with closing apostrophes (see _closing_apostrophe)
    refs: tuple[int, ...]


#: The multiword names of one first word whose rest starts with the same two letters, and how many characters
#: after the first word's gap can hold their rest (twice the longest, for extra spacing, and an ending).
_Rests = tuple[int, tuple[_Multiword, ...]]


@functools.cache
def _closing_apostrophe(endings: tuple[str, ...]) -> frozenset[str]:
    """``endings``, each also followed by an apostrophe: one that closes a quotation ('Shusha'') is not part
    of the mention."""
    return frozenset(endings) | {ending + "'" for ending in endings}


#: Armenian emphasis, question and exclamation marks, written over a word's stressed vowel
_ARMENIAN_MARKS = frozenset("\u055a\u055b\u055c\u055e\u055f")
_APOSTROPHE_CLASS = "[" + "".join(sorted(APOSTROPHES)) + "]"
#: How many characters after a stem an ending may take as written (the longest ending, with apostrophes and
#: Armenian marks), and the rest of a kind word ('деревнями')
_WRITTEN_ENDING = LONGEST_ENDING + 5
_KIND_WORD_TAIL = 20
_WRITTEN_TAIL = re.compile(f"[^\\W_]*(?:{_APOSTROPHE_CLASS}[^\\W_]+)*{_APOSTROPHE_CLASS}?")
_DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015")
_GAP = re.compile(f"[\\s{re.escape(''.join(sorted(_DASHES)))}]+")  # what may separate the words of a name


#: Armenian letters that begin a vowel sound, and the consonant letters (lowercase)
_ARMENIAN_VOWELS = frozenset("աեէըիոօև")
_ARMENIAN_CONSONANTS = frozenset(map(chr, range(0x561, 0x587))) - _ARMENIAN_VOWELS - {"ւ"}
_SPACES = re.compile(r"\s*")


def _article_n_fits(lowered: str, stem_end: int, word_end: int) -> bool:
    """Whether a word that ends in the article ն can be a name with it: after a consonant the article is ն
    only before a vowel ('Հայաստանն ու', 'Սևանն ունի'), else ը; so 'Գողթն գավառ' is not Գողթ + ն."""
    if lowered[stem_end - 1] not in _ARMENIAN_CONSONANTS:
        return True
    after = _SPACES.match(lowered, word_end).end()  # type: ignore[union-attr]
    return lowered[after : after + 1] in _ARMENIAN_VOWELS


#: Per name of an index, in order: its scan keys (first word or stem, rest, endings)
NameKeys = list[list[tuple[str, str, tuple[str, ...]]]]


def name_scan_keys(index: Index) -> NameKeys:
    """Per name of ``index`` (place by place, in order): the scan keys of the name and of the other spellings
    texts give it (see :func:`scan_keys`), and a Russian unit name's adjectives in those spellings, marked
    with :data:`UNIT_ADJECTIVE` ('Гейчайского' as 'Гёйчайского', 'Нефтчалинском' of 'Нефтечалинский район').
    They depend only on the data and the code: a cache may keep them (:func:`name_keys_to_json`)."""
    targets = [(place, name) for place in index.places for name in place.names]
    taken = {fold(name.text) for _, name in targets}
    word_spellings = _spellings_of_words(index.places)
    adjectives = _adjectives_spelled_otherwise(index.places, taken)

    def keys_of(place: Place, name: Name) -> list[tuple[str, str, tuple[str, ...]]]:
        own = (name.text, *_spelled_otherwise(place, name), *adjectives.get((place.id, name.text), ()))
        spellings = (
            *((text, name.lang) for text in own),
            *((text, name.lang) for text in _compound_spelled_otherwise(name, word_spellings, taken)),
            *((text, name.lang) for text in _written_apart(name, taken)),
            *((text, name.lang) for text in _region_of_two_names(place, name, taken)),
            *_spelled_letter_by_letter(place, name, taken),
        )
        keys = {
            key
            for text, lang in spellings
            for key in scan_keys(
                text,
                lang,
                river=place.kind == "river",
                historical=place.kind in HISTORICAL_KINDS,
                armenian_side=declined_in_romanized_armenian(name),
            )
        }
        keys.update((form, "", UNIT_ADJECTIVE) for text in own for form in unit_adjectives(text, name.lang))
        return sorted(keys)

    return [keys_of(place, name) for place, name in targets]


#: The endings that mark a scan key as a Russian unit's adjective, which names the unit only with a unit
#: noun after it or before its list (see :func:`toponyms.inflection.unit_adjectives`): 'Шамахинский район'
#: of the data, 'Шамахинском и Исмаиллинском районах' of a text
UNIT_ADJECTIVE = ("<unit adjective>",)


def name_keys_to_json(name_keys: NameKeys) -> dict[str, Any]:
    """``name_keys`` as JSON, each distinct tuple of endings written once."""
    table: dict[tuple[str, ...], int] = {}
    keys = [
        [[written, rest, table.setdefault(endings, len(table))] for written, rest, endings in keys]
        for keys in name_keys
    ]
    return {"endings": [list(endings) for endings in table], "keys": keys}


def name_keys_from_json(payload: Any, names: int) -> NameKeys | None:
    """The :func:`name_keys_to_json` of ``names`` names read back, each tuple of endings shared; ``None`` when
    the payload does not fit (a damaged cache)."""
    try:
        table = [tuple(str(ending) for ending in endings) for endings in payload["endings"]]
        keys = [
            [(str(written), str(rest), table[endings]) for written, rest, endings in name_keys]
            for name_keys in payload["keys"]
        ]
    except (TypeError, KeyError, IndexError, ValueError):
        return None
    return keys if len(keys) == names else None


class Scanner:
    """The scan automaton of one index; built once, then only read (safe to share between threads).

    The text is only lowercased (a C-speed, length-keeping step) and fed to an ahocorasick-rs automaton
    holding the first word (or the stem) of every name, as written and folded. A hit counts when it
    starts a word; the rest of the word must be one of the endings allowed for the name, and the rest of
    a multiword name is checked on a folded copy of the few characters that follow. The automaton also
    holds the words that name a natural feature only with a feature word (Bazum of the Bazum Mountains):
    their hits count only next to a fitting feature word.
    """

    def __init__(self, index: Index, name_keys: NameKeys | None = None) -> None:
        """Build the scanner of ``index``; ``name_keys``, its :func:`name_scan_keys` (read from a cache),
        saves computing them."""
        import ahocorasick_rs

        #: the place and the name of every ref of the index, and how candidates for a span are ordered
        self._targets = [(place, name) for place in index.places for name in place.names]
        self._ranks = [
            (candidate_rank(place, name), place_index)
            for place_index, place in enumerate(index.places)
            for name in place.names
        ]
        single: dict[str, dict[tuple[str, ...], list[int]]] = {}
        multi: dict[str, dict[tuple[str, tuple[str, ...]], list[int]]] = {}
        adjective: dict[str, list[int]] = {}
        if name_keys is None:
            name_keys = name_scan_keys(index)
        for ref, keys_of_name in enumerate(name_keys):
            for written, rest, endings in keys_of_name:
                if endings == UNIT_ADJECTIVE:
                    adjective.setdefault(written, []).append(ref)
                    continue
                if not written:
                    continue
                first = _plain_vowels(written)
                if rest:
                    multi.setdefault(first, {}).setdefault((rest, endings), []).append(ref)
                    continue
                single.setdefault(first, {}).setdefault(endings, []).append(ref)
        #: the natural places by the word that, with a feature word, makes one of their names ('Sevan' of
        #: 'Sevan Range', 'Վարդենիսի' of 'Վարդենիսի լեռնաշղթա', 'ağstafa' of 'Ağstafaçay', 'памбак' of
        #: 'Памбакский хребет'); the word is also scanned for, as written, and counts as a name only with a
        #: feature word of a fitting kind after it or around its list ('Արեգունու, Սևանի ... լեռնաշղթաներով',
        #: 'the Bazum and Pambak ranges', 'к озеру Кари'), except a Russian adjective, which does so as a unit
        #: adjective
        featured: dict[str, list[int]] = {}
        conditional: dict[str, list[int]] = {}
        for ref, (place, name) in enumerate(self._targets):
            words = name.text.translate(_SCAN_TABLE).split(" ")
            as_written = name.text.split(" ")
            if len(words) == 3 and words[1] == "su" and name.lang == "az":
                # 'Mingəçevir su anbarı' is also written 'Mingəçevir anbarı'
                del words[1], as_written[1]
            if len(words) == 2:
                for position, (word, other) in enumerate(((words[0], words[1]), (words[1], words[0]))):
                    feature = _feature_named_by(other)
                    if feature is None or place.kind not in _FEATURE_KINDS[feature]:
                        continue
                    featured.setdefault(word, []).append(ref)
                    if word.endswith("скии"):  # Памбакский хребет: 'хребтами Алаб и Памбак'
                        featured.setdefault(word[:-4], []).append(ref)
                    elif name.lang == "hy" and position == 0 and word.endswith("ի") and len(word) > 5:
                        # a genitive's stem in apposition: 'Զանգեզուր լեռնաշղթայի' (Զանգեզուրի լեռնաշղթա)
                        featured.setdefault(word[:-1], []).append(ref)
                    if (
                        (name.lang == "ru" and as_written[position].endswith(_RUSSIAN_ADJECTIVE_ENDINGS))
                        or len(word) < 4
                        or len(as_written) != 2
                    ):
                        continue  # a Russian adjective does so as a unit adjective: 'хребтами Алаб и Памбак'
                    for first, rest, endings in scan_keys(as_written[position], name.lang):
                        if not rest and "" in endings:
                            conditional.setdefault(_plain_vowels(first), []).append(ref)
            elif (
                len(words) == 1
                and words[0].endswith(("cay", "dag"))
                and place.kind in _JOINED_FEATURE_KINDS[words[0][-3:]]
            ):
                featured.setdefault(words[0][:-3], []).append(ref)
                # 'Gilan, Vənənd və Düylün çayları', 'Murov dağının' (Murovdağ)
                if name.lang == "az" and len(words[0]) > 6:
                    for first, rest, endings in scan_keys(name.text[:-3], name.lang):
                        if not rest and "" in endings:
                            conditional.setdefault(_plain_vowels(first), []).append(ref)
        self._link_polities_to_their_places(featured, index)
        self._featured = {word: self._best_first(refs) for word, refs in featured.items()}
        name_starts: set[str] = {*single, *multi, *adjective, *conditional}
        keys = sorted(name_starts | _KIND_WORDS.keys())
        # What a hit of key number i leads to, in lists indexed by i: the refs of one-word names when the
        # word ends with the key (the common case); the other endings allowed after the key and the refs
        # they lead to; the multiword names by the first two letters of their rest; unit adjectives.
        self._whole: list[tuple[int, ...]] = []
        self._ended: list[tuple[tuple[frozenset[str], tuple[int, ...]], ...]] = []
        self._rests: list[dict[str, _Rests]] = []
        self._adjectives: list[tuple[int, ...]] = []
        #: the refs of a feature's name that the word makes with a feature word, each as ~ref (negative): a
        #: candidate that needs a feature word to count
        self._conditional: list[tuple[int, ...]] = []
        for key in keys:
            self._conditional.append(tuple(~ref for ref in self._best_first(conditional.get(key, []))))
            by_endings = single.get(key, {})
            bare = [ref for endings, refs in by_endings.items() if "" in endings for ref in refs]
            self._whole.append(self._best_first(bare))
            self._ended.append(
                tuple(
                    (_closing_apostrophe(endings), self._best_first(refs))
                    for endings, refs in by_endings.items()
                )
            )
            self._rests.append(self._multiwords(multi.get(key, {})))
            self._adjectives.append(self._best_first(adjective.get(key, [])))
        self._automaton = ahocorasick_rs.AhoCorasick(keys, implementation=ahocorasick_rs.Implementation.DFA)
        #: per key: the kinds of place the kind word that begins with it names, else None; whether it begins
        #: a name (else it is only a kind word)
        self._kind_word_kinds = [_KIND_WORDS.get(key) for key in keys]

        # the first word of a name written apart ('kara' of 'Kara-bagh') begins no name of the data
        # ('Karapetyan' is a person's), unless it begins one as the data writes it ('Qara Kilsə')
        def first_word(text: str) -> str:
            return _plain_vowels(scan_lower(_WORD_JOINS.split(text, maxsplit=1)[0]))

        apart = {
            first_word(spelled) for _, name in self._targets for spelled in _written_apart(name, set())
        } - {first_word(name.text) for _, name in self._targets}
        self._begins_a_name = [key in name_starts and key not in apart for key in keys]
        self._index = index
        #: per folded English name of a place: the one unit named after it in English, and that name
        #: ('lachin': Lachin District), for 'the Lachin region', 'the district of Lachin'; and the same for
        #: corridors ('lachin': the Lachin corridor), for 'the Zangezur and Lachin corridors'
        #: ... and the units named '<name> Region', current or not, which 'region' and 'regions' name first:
        #: 'Martakert, Martuni, Shushi regions' are the NKR's (Martakert Region), not the units named after
        #: the towns' other names (Aghdara District)
        units: dict[str, set[tuple[Place, Name]]] = {}
        corridors: dict[str, set[tuple[Place, Name]]] = {}
        regions: dict[str, set[tuple[Place, Name]]] = {}
        for place in index.places:
            if place.kind not in ("district", "province", "corridor"):
                continue
            # a unit that exists today has a current name that is more than a variant: not the Soviet
            # Vardenis District, which only the Azerbaijani side's 'Basarkechar District' still names
            existing = any(name.is_current and name.status != "variant" for name in place.names)
            for name in place.names:
                head, _, word = name.text.rpartition(" ")
                if name.lang != "en" or not head:
                    continue
                if place.kind != "corridor" and word.lower() == "region":
                    regions.setdefault(fold(head), set()).add((place, name))
                if not name.is_current or not existing:
                    continue
                if place.kind == "corridor" and word.lower() == "corridor":
                    corridors.setdefault(fold(head), set()).add((place, name))
                elif place.kind != "corridor" and word.lower() in _ENGLISH_UNIT_WORDS:
                    units.setdefault(fold(head), set()).add((place, name))
        self._english_units = _one_place_per_head(units)
        #: per ref: the natural features named after its name, as romanized, in English ('Ахурян': the
        #: Akhuryan Reservoir), for a feature word next to the name in any language: 'водохранилище Ахуряна'
        features_by_head: dict[str, set[int]] = {}
        for place_index, place in enumerate(index.places):
            if place.kind not in _NAMED_AFTER_FEATURE_KINDS:
                continue
            for name in place.names:
                words = name.text.split(" ")
                if name.lang != "en" or len(words) < 2:
                    continue
                if words[0].lower() in _ENGLISH_FEATURE_WORDS_BEFORE:
                    head = skeleton(" ".join(words[1:]))
                elif words[-1].lower() in _ENGLISH_FEATURE_WORDS_AFTER:
                    head = skeleton(" ".join(words[:-1]))
                else:
                    continue
                features_by_head.setdefault(head, set()).add(place_index)
        self._features_named_after: dict[int, set[int]] = {}
        for head, features in features_by_head.items():
            for ref in index.skeleton.get(head, ()):
                self._features_named_after.setdefault(ref, set()).update(features)
        self._english_regions = _one_place_per_head(regions)
        #: the same for provinces alone, for Russian 'в области Армавир' (a district of that name may exist)
        provinces = {
            head: {(place, name) for place, name in found if place.kind == "province"}
            for head, found in units.items()
        }
        self._english_provinces = _one_place_per_head(provinces)
        #: per kind that a plural word after a list names, the map above of the places of that kind
        self._named_by_plural = {
            "province": self._english_provinces,
            "corridor": _one_place_per_head(corridors),
            "unit": self._english_units,
        }
        #: the names read for misspellings, by themselves and with a letter dropped (see _misspelled)
        self._slips: dict[str, tuple[int, ...]] = {}
        self._slip_keys: list[str] = []
        #: every feature word as written and folded: where the text has one is found once per text, when a
        #: list after a name needs it
        self._feature_words = ahocorasick_rs.AhoCorasick(
            sorted(
                {
                    cue
                    for cues in (
                        *_FEATURE_CUES_WRITTEN.values(),
                        *_FEATURE_CUES.values(),
                        _FEATURE_WHOLE_WORDS,
                    )
                    for cue in cues
                }
            )
        )
        #: per ref: the unit noun of a Russian unit name, lowercased ('район', 'ханство'), else ''
        self._unit_nouns = [
            scan_lower(name.text).split(" ")[-1] if name.lang == "ru" else "" for _, name in self._targets
        ]
        #: per place index: the ids of the places it lies in, and of those of them that hold few places
        self._areas = [frozenset(index.ancestors(place)) for place in index.places]
        held: dict[str, int] = {}
        for area in self._areas:
            for container in area:
                held[container] = held.get(container, 0) + 1
        specific = frozenset(
            place.id for place in index.places if held.get(place.id, 0) <= _SPECIFIC_SHARE * len(index.places)
        )
        self._specific_areas = [area & specific for area in self._areas]
        self._specific_positions = frozenset(
            position for position, place in enumerate(index.places) if place.id in specific
        )
        self._ids = [place.id for place in index.places]
        self._positions = index.positions
        #: per ref: whether the name is no mention in a word that starts in lowercase. A country's name is one
        #: there too, as informal writing has it ('ադրբեջանի', 'армения', 'armenia'), unless it is also a
        #: common word ('turkey'; 'azərbaycan dili', the language)
        self._capitalized = [
            name.text[:1].isupper() and (place.kind != "country" or name.word)
            for place, name in self._targets
        ]
        #: per ref: the first word of the name, lowercased as written (with its ə and ı)
        self._written_heads = [scan_lower(name.text).split(" ")[0] for _, name in self._targets]
        # names that may be a language, a people, a person or a street: checked further when found
        self._country = [place.kind == "country" for place, _ in self._targets]
        #: per ref: whether a compass word before the name makes it another place (a country, a feature)
        self._compass = [place.kind == "country" or place.kind in _NATURE_KINDS for place, _ in self._targets]
        #: per ref: whether an ending that begins with i makes the word a person's epithet (_takes_a_nisba)
        self._nisba_stems = [_takes_a_nisba(name) for _, name in self._targets]
        self._guarded = [
            name.lang == "az"
            or name.status == "historical"
            or name.person
            or name.elsewhere
            or name.word
            or name.text.endswith(_SURNAME_ENDINGS + _RUSSIAN_SURNAME_ENDINGS)
            for _, name in self._targets
        ]

    def _feature_starts(self, lowered: str) -> list[int]:
        """Where the feature words of ``lowered`` begin, in order (also inside words: checked later)."""
        return [at for _, at, _ in self._feature_words.find_matches_as_indexes(lowered, overlapping=True)]

    def _link_polities_to_their_places(self, featured: dict[str, list[int]], index: Index) -> None:
        """Add to ``featured`` the one-word names of the places polities are named after (see
        :func:`polities_named_after`): 'Nukha' for the Shaki Khanate, 'Lankaran' for the Talysh Khanate. The
        polity's name in the language of that word stands for it, when it has one."""
        for place_index, polities in polities_named_after(index).items():
            for ref in index.refs_of(place_index):
                name = self._targets[ref][1]
                if " " in name.text:
                    continue
                word = name.text.translate(_SCAN_TABLE)
                for polity in polities:
                    refs = index.refs_of(polity)
                    in_lang = [other for other in refs if self._targets[other][1].lang == name.lang]
                    featured.setdefault(word, []).append(min(in_lang or refs, key=self._ranks.__getitem__))

    def _best_first(self, refs: list[int]) -> tuple[int, ...]:
        if len(refs) < 2:
            return tuple(refs)
        return tuple(sorted(set(refs), key=self._ranks.__getitem__))

    def _multiwords(self, entries: dict[tuple[str, tuple[str, ...]], list[int]]) -> dict[str, _Rests]:
        by_start: dict[str, list[_Multiword]] = {}
        for (rest, endings), refs in entries.items():
            entry = _Multiword(rest, rest.split(" ")[0], _closing_apostrophe(endings), self._best_first(refs))
            by_start.setdefault(rest[:2], []).append(entry)
        return {
            start: (2 * max(len(entry.rest) for entry in found) + 16, tuple(found))
            for start, found in by_start.items()
        }

    def find(self, text: str, *, case_sensitive: bool = True, misspelled: bool = False) -> list[Mention]:
        """Every mention in ``text``, in order, without overlaps; with ``misspelled``, also the misspelled
        names of well-known places (see :meth:`_misspelled`)."""
        if not isinstance(text, str):
            raise TypeError(f"find() expects the text as a str, got {type(text).__name__}")
        mentions = self._read(text, case_sensitive)
        return self._misspelled(text, mentions) if misspelled else mentions

    def _read(self, text: str, case_sensitive: bool) -> list[Mention]:
        mentions = self._find(text, case_sensitive)
        mentions = _with_abbreviations(text, self._elided(text, self._units_named_by_words(text, mentions)))
        mentions = self._named_across_an_aside(text, mentions, case_sensitive)
        breaks = [span for span in _word_breaks(text) if self._joins_a_name(text, *span)]
        if not breaks:
            return mentions
        # a word hyphenated at the end of a line ('Степана-\nкерте', 'Ste-\npanakert') that joined begins a
        # name: the text around it is read again with the break closed, and a mention across the break
        # replaces what the first reading found there
        across: list[Mention] = []
        for low, high, spans in _windows_around(breaks, len(text)):
            joined, offsets = _without(text[low:high], [(start - low, end - low) for start, end in spans])
            for mention in self._find(joined, case_sensitive):
                start, end = low + offsets.start(mention.start), low + offsets.end(mention.end)
                if end - start > mention.end - mention.start:
                    across.append(Mention(start, end, mention.place, mention.name, text[start:end]))
        return _merged(mentions, across) if across else mentions

    def _named_across_an_aside(
        self, text: str, mentions: list[Mention], case_sensitive: bool
    ) -> list[Mention]:
        """``mentions`` where a name and another name of its place in brackets come before a word that makes
        them another place's names: both are that place ('the Berdzor (Lachin) corridor' names the corridor
        twice, not the town), each with the name it makes with the word, or the other's; not when the two
        make names of two places."""
        for position in range(len(mentions) - 1):
            first, second = mentions[position], mentions[position + 1]
            if (
                first.place.id != second.place.id
                or text[first.end : second.start] != " ("
                or not text.startswith(") ", second.end)
            ):
                continue
            word = _next_word(scan_lower(text[second.end + 1 : second.end + 41]), 0)
            if not word.startswith(_WORDS_AFTER_AN_ASIDE) and kinds_named_by(word) is None:
                continue  # 'Nagorno-Karabakh (NK) and': no word of a kind follows
            rest = text[second.end + 1 : second.end + 49]  # a name's last words: 'economic region'
            made: list[Mention | None] = []
            for named in (first, second):
                written = text[named.start : named.end]
                found = self._find(written + rest, case_sensitive)
                made.append(
                    found[0]
                    if found
                    and found[0].start == 0
                    and found[0].end > len(written)
                    and found[0].place != first.place
                    else None
                )
            places = {mention.place.id: mention.place for mention in made if mention is not None}
            if len(places) != 1:
                continue  # none, or two: 'the Martakert (Aghdara) district' names the NKR's or Azerbaijan's
            place = places.popitem()[1]
            names = [mention.name for mention in made if mention is not None]
            for at, named, mention in ((position, first, made[0]), (position + 1, second, made[1])):
                name = mention.name if mention is not None else names[0]
                mentions[at] = Mention(named.start, named.end, place, name, named.surface)
        return mentions

    def _misspelled(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """``mentions`` and the capitalized words of seven letters or more outside them that are one typing
        slip away from a one-word name of one well-known place (a country, a historical state or region, a
        province, a city or a town): a letter added, dropped or changed, or two neighbours swapped
        ('Stepanekert', 'Azerbiajan', 'Alavardi', 'Азербайжан'). Not a word that begins with a name or a
        name's stem (Armenian, Армении, Лермонтов: a people's word, a form the text reading judged), nor one
        next to another capitalized word (a person's name), nor a name with one letter of a double dropped,
        nor one that names of several places are as near to. Historical names, names of places elsewhere, and
        the names of a place one of whose names may be a word or a person's name (Cəbrayıl: Cəbrail is the
        archangel), are left out."""
        from rapidfuzz.distance import OSA

        table = self._slips or self._build_slips()
        targets = self._targets
        starts = [mention.start for mention in mentions]
        found: list[Mention] = []
        # the cheap tests first: most long words are near no name
        for word in _capitalized_long_word().finditer(text):
            start, end = word.span()
            at = bisect_right(starts, start) - 1
            if at >= 0 and mentions[at].end > start:
                continue
            folded = _plain_vowels(fold(word.group()))
            refs = {ref for key in _deletions(folded) for ref in table.get(key, ())}
            near = [
                ref
                for ref in refs
                if OSA.distance(folded, self._slip_keys[ref], score_cutoff=1) <= 1
                and not _one_of_a_double_dropped(folded, self._slip_keys[ref])
            ]
            if not near or self._begins_with_a_name(_plain_vowels(scan_lower(word.group()))):
                continue
            if not _next_to_a_capital(text, start, end) and len({self._ranks[ref][1] for ref in near}) == 1:
                ref = min(near, key=lambda ref: self._ranks[ref])
                found.append(Mention(start, end, targets[ref][0], targets[ref][1], word.group()))
        return sorted([*mentions, *found], key=lambda mention: mention.start) if found else mentions

    def _build_slips(self) -> dict[str, tuple[int, ...]]:
        """The names that :meth:`_misspelled` reads, folded, under themselves and each of their forms with
        one letter dropped; built on first use (two threads may both build it, to the same end)."""
        keys: list[str] = [""] * len(self._targets)
        table: dict[str, list[int]] = {}
        for ref, (place, name) in enumerate(self._targets):
            folded = _plain_vowels(fold(name.text))
            if (
                place.kind not in _WELL_KNOWN_KINDS
                or len(folded) < 7
                or not folded.isalpha()
                or name.status == "historical"
                or name.elsewhere
                or any((other.word and place.kind != "country") or other.person for other in place.names)
            ):
                continue
            keys[ref] = folded
            for key in _deletions(folded):
                table.setdefault(key, []).append(ref)
        self._slip_keys = keys
        self._slips = {key: tuple(refs) for key, refs in table.items()}
        return self._slips

    def _elided(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """``mentions`` and the settlements that a qualifier before a conjunction names with the rest of a
        multiword mention after it: 'Վերին և Ներքին Շորժա' (Verin and Nerkin Shorzha), 'Yuxarı və Aşağı
        Əskipara'. The qualifier is a mention when, with the rest of the mention's words, it makes the name of
        a settlement of the data, inflected as written ('Greater and Lesser Caucasus' is left as it is)."""
        elided: list[Mention] = []
        for mention in mentions:
            _, space, rest = mention.surface.partition(" ")
            joined = (
                space
                and text.endswith(_CONJUNCTIONS, 0, mention.start)
                and _ELIDED_BEFORE.search(text, max(0, mention.start - 40), mention.start)
            )
            if not joined or not joined.group(1)[:1].isupper():
                continue
            qualifier = joined.group(1)
            found = self._find(f"{qualifier} {rest}", True)
            if (
                len(found) == 1
                and (found[0].start, found[0].end) == (0, len(qualifier) + 1 + len(rest))
                and found[0].place.kind in SETTLEMENT_KINDS
            ):
                start = joined.start(1)
                elided.append(
                    Mention(start, start + len(qualifier), found[0].place, found[0].name, qualifier)
                )
        return _merged(elided, mentions) if elided else mentions

    def _units_named_by_words(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """``mentions`` with an English settlement name that 'region' follows or 'district of' precedes made
        the unit named after it today, when one unit is: 'the Tovuz region', 'the district of Lachin'
        (Azerbaijani and Armenian texts in English call a rayon or a marz a region); and a settlement's name
        in the nominative after Russian 'область' or 'марз' the province named after it, as Russian texts
        from Armenia write: 'в области Армавир', 'с областями Арарат, Гегаркуник и Сюник'; an Armenian one
        before 'մարզպետ' (governor) too: 'Արարատի մարզպետ'; and a name in a
        list that a plural word for provinces or corridors ends the place of that kind named after it:
        'Արագածոտնի, Արարատի, Արմավիրի մարզերի', 'the Ararat and Armavir provinces', 'Zəngəzur və Laçın
        dəhlizlərində'."""
        plurals: list[int] | None = None  # where the text has a word of _PLURAL_KIND_WORDS (read once)
        lowered = ""  # the text lowercased, when a list needs it
        provinces_listed_to = -1  # where a list after a plural Russian province word has reached
        for position, mention in enumerate(mentions):
            if plurals is None:
                plurals = _plural_kind_word_starts(text)
            at = bisect_right(plurals, mention.end)  # the first such word after the name, if any is near
            listed = at < len(plurals) and plurals[at] <= mention.end + _LIST_WINDOW
            settlement = mention.place.kind in SETTLEMENT_KINDS
            if not (settlement or listed):
                continue
            start, end = mention.start, mention.end
            named_after = self._english_units
            region = settlement and text.startswith(_REGION_HEADS, end) and _REGION_AFTER.match(text, end)
            region_word = bool(region)  # 'region' or 'regions' after the name: a unit called so first
            if region:
                end = _past_marks(text, region.end())
            elif (
                settlement
                and text.endswith(_DISTRICT_OF_TAILS, 0, start)
                and (unit_of := _DISTRICT_OF_BEFORE.search(text, max(0, start - 12), start))
            ):
                start = unit_of.start()
            elif (
                settlement
                and mention.name.lang == "ru"
                and text[start - 2 : start - 1] in _PROVINCE_WORD_ENDS
                and (province_word := _PROVINCE_WORD_BEFORE.search(text, max(0, start - 14), start))
                and fold(mention.surface) == fold(mention.name.text)
            ):
                start, named_after = province_word.start(), self._english_provinces
                if province_word.group().rstrip().endswith(_PLURAL_PROVINCE_WORD_ENDINGS):
                    provinces_listed_to = end  # 'в областях Армавир и Арарат'
            elif (
                settlement
                and provinces_listed_to >= 0
                and _LIST_JOIN.fullmatch(text, provinces_listed_to, start)
                and fold(mention.surface) == fold(mention.name.text)
            ):
                named_after, provinces_listed_to = self._english_provinces, end
            elif settlement and mention.name.lang == "hy" and text.startswith(_GOVERNOR_AFTER, end):
                named_after = self._english_provinces  # 'Արարատի մարզպետ': the governor of Ararat Province
            elif listed:
                lowered = lowered or scan_lower(text)
                kind = _kind_ending_a_list(text, lowered, mentions, position)
                if kind is None:
                    continue
                named_after = self._named_by_plural[kind]
                region_word = kind == "unit"
            else:
                continue
            # the unit named after the name as written, else after any English name of the place
            head = fold(mention.name.text)
            written = (region_word and self._english_regions.get(head)) or named_after.get(head)
            units = (
                {written}
                if written
                else {
                    named_after[folded]
                    for name in mention.place.names
                    if name.lang == "en" and (folded := fold(name.text)) in named_after
                }
            )
            if len({place.id for place, _ in units}) == 1:
                place, name = units.pop()
                lang = mention.name.lang
                if name.lang != lang:  # its name in the mention's language, when the data has one
                    name = next((n for n in place.names if n.lang == lang and n.is_current), name)
                mentions[position] = Mention(start, end, place, name, text[start:end])
        return mentions

    def _feature_named_after(self, refs: tuple[int, ...], feature: str) -> tuple[int, ...]:
        """The refs of the one feature of the kind ``feature`` names whose English name is a name of ``refs``,
        as romanized, with a feature word ('водохранилище Ахуряна': the Akhuryan Reservoir); else, for a name
        no other place bears, whose English name is an English name of its place with a feature word
        ('Madagiz water reservoir': the Sugovushan Reservoir, of the village Sugovushan, formerly Madagiz; but
        'Arpachay', a name of two rivers, leads to no reservoir). The refs come with their names in the
        language of the first ref's first; else ``()``."""
        targets, kinds, places = self._targets, _FEATURE_KINDS[feature], self._index.places
        named_after = self._features_named_after
        found: set[int] = set()
        for named in (
            refs,
            (
                other
                for ref in refs
                if not targets[ref][1].ambiguous
                for other in self._index.refs_of(self._ranks[ref][1])
                if targets[other][1].lang == "en"
            ),
        ):
            found = {
                place_index
                for ref in named
                for place_index in named_after.get(ref, ())
                if places[place_index].kind in kinds
            }
            if found:
                break
        if len(found) != 1:
            return ()
        lang = targets[refs[0]][1].lang
        place_refs = self._index.refs_of(found.pop())
        return tuple(sorted(place_refs, key=lambda ref: targets[ref][1].lang != lang))

    def _joins_a_name(self, text: str, start: int, end: int) -> bool:
        """Whether the word that the break ``start:end`` splits, joined, begins with a name's first word or
        stem that reaches the break ('Степана-\nкерте', 'Москв-\nа'; not 'pre- and')."""
        before = _BROKEN_HEAD.search(text, max(0, start - 40), start)
        after = _BROKEN_TAIL.match(text, end, end + 40)
        if before is None or after is None:
            return False
        head = before.group()
        word = _plain_vowels(scan_lower(_INVISIBLE.sub("", head + after.group())))
        return self._begins_with_a_name(word, reaching=len(head))

    def _find(self, text: str, case_sensitive: bool) -> list[Mention]:
        if not text:
            return []
        written, text = text, fix_lookalikes(text)  # the same length: a surface is cut from what was written
        lowered = lowered_text = scan_lower(text)
        # a text with ı or ə writes ı and i apart, as Azerbaijani spelling has them (see _takes_a_nisba)
        azerbaijani_vowels = "ı" in lowered or "ə" in lowered
        lowered = _plain_vowels(lowered)
        offsets: OffsetMap | None = None
        if _may_hold_invisible(lowered) and _INVISIBLE.search(lowered):
            lowered, offsets = _delete(lowered, _INVISIBLE)
        kind_words: list[tuple[int, int, frozenset[str]]] = []
        candidates = self._candidates(lowered, text if offsets is None else None, kind_words)
        candidates.sort()
        mentions: list[Mention] = []
        undecided: dict[int, tuple[int, ...]] = {}  # mention position -> refs that rank alone chose among
        # mention position -> the support from the rest of the text it needs (_NEARBY or _IN_THE_REGION)
        unconfirmed: dict[int, int] = {}
        reached = 0
        url_starts, url_ends = _url_starts_and_ends(lowered_text)
        feature_starts: list[int] | None = None  # where feature words begin, read when first needed
        targets = self._targets
        capitalized, guarded, compass = self._capitalized, self._guarded, self._compass
        for start, negative_end, refs in candidates:
            if start < reached:
                continue
            end = -negative_end
            if offsets is not None:
                start, end = offsets.span_in_order(start, end)
            if url_starts and (at := bisect_right(url_starts, start)) and start < url_ends[at - 1]:
                continue  # inside a web address: 'https://news.am/eng/news/Stepanakert-1.html'
            conditional = refs[0] < 0  # a word that names a feature with a feature word only
            if conditional:
                refs = tuple(~ref for ref in refs)
            if (
                targets[refs[0]][0].kind == "economic-region"
                and " " not in lowered_text[start:end]
                and (
                    _next_word(lowered_text, end).startswith(_ROAD_WORDS)
                    or lowered_text[end : end + 1] in _DASHES
                    or lowered_text[start - 1 : start] in _DASHES
                )
            ):
                # a road between the two places, or a route through them: 'Gəncə-Qazax yolu',
                # 'Bakı-Gəncə-Qazax' (see _region_of_two_names)
                continue
            # a feature word after the name is looked for whenever its first letters fit one; before it only
            # for the names that are checked further anyway (guarded, or of several places)
            feature = None
            its_features = False  # 'Laçın dağları': the mountains of Lachin, not a range named after it
            after = _past_aside(lowered_text, end) if lowered_text.startswith(" (", end) else end
            # a feature word may follow a quoted name ('"Xudafərin" su anbarı'), and 'su' (water) may stand
            # before it: 'Tovuz su anbarı' is a reservoir, not the town; so may English 'water', as
            # Azerbaijani news in English write it ('the Shamkir water reservoir', 'water reserve')
            gap = end + 1 if text[end : end + 1] in _CLOSING_QUOTES else end
            water = lowered_text.startswith(_WATER_BEFORE_A_FEATURE, gap)
            if water:
                gap = lowered_text.index(" ", gap + 1)
            if (
                lowered_text[gap : gap + 1] == " "
                and (
                    lowered_text[gap + 1 : gap + 4] in _FEATURE_HEADS
                    or lowered_text[gap + 1 : gap + 3] in _FEATURE_HEADS
                )
                # not after a name that says its kind itself, nor after a possessive: 'Lake Sevan basin',
                # 'Sevan's basin' name the lake
                and " " not in lowered_text[start:end]
                and not lowered_text.endswith(_POSSESSIVES, start, end)
            ):
                next_word = _next_word(lowered_text, gap)
                if next_word in _MOUNTAIN_BEFORE_A_FEATURE:
                    # 'the Meghri mountain pass', 'the Zangezur mountain range': the pass, the range
                    next_word = _next_word(lowered_text, gap + 1 + len(next_word)) or next_word
                feature = (
                    "reservoir" if water and next_word.startswith("reserve") else _feature_named_by(next_word)
                )
                if (
                    feature == "village"
                    and next_word.startswith(_VILLAGES)
                    and not _in_a_list(lowered_text, start)
                ):
                    feature = None  # 'Kotayk villages', 'Կոտայքի գյուղերում': the villages of Kotayk
                its_features = targets[refs[0]][1].lang == "az" and _AZ_PLURAL.search(next_word) is not None
            elif lowered_text[end : end + 1] in _DASHES and lowered_text.startswith(
                _RIVER_WORDS_HYPHENATED, end + 1
            ):
                feature = "river"  # 'реки Ленкоран-чай', 'Qudyal-çayın': the river, not the town
            elif (
                lowered_text[after : after + 1] == "," or lowered_text.startswith(_CONJUNCTIONS, after)
            ) and " " not in lowered_text[start:end]:
                if feature_starts is None:
                    feature_starts = self._feature_starts(lowered_text)
                at = bisect_left(feature_starts, end)
                if at < len(feature_starts) and feature_starts[at] < end + _LIST_WINDOW:
                    feature = _feature_after_list(text, lowered_text, after)
            # the word before names no kind of this one when it ends the mention before: 'Սևանա լճից Հրազդանի'
            # (from Lake Sevan, the Hrazdan's)
            word_before_free = not (mentions and mentions[-1].end >= start - 1)
            if feature is None and word_before_free and (conditional or len(refs) > 1 or guarded[refs[0]]):
                feature = _feature_before(lowered_text, start)
                if (
                    feature == "village"
                    and _previous_word(lowered_text, start).startswith(_VILLAGES)
                    and _declined(text, start, end, targets[refs[0]][1])
                ):
                    feature = None  # 'в селах Котайка': the villages of Kotayk
                if feature is None and "." in lowered_text[start - 3 : start]:
                    feature = _feature_abbreviated(text, lowered_text, start)
            elif (
                feature is None
                and word_before_free
                and (
                    lowered_text[start - 4 : start - 1] in _NAMING_WORD_TAILS
                    or lowered_text[start - 2 : start - 1] == "."
                    or lowered_text[start - 3 : start - 1] == "mt"
                )
                and " " not in lowered_text[start:end]  # 'перевал Базумского хребта': the range's pass
            ):
                # 'Mount Goris', 'river Goris', 'р. Шуша': a feature the data lacks, not the town; after a
                # declined Russian word only a name in the nominative ('на реке Гейчай', not 'реки Карабаха'),
                # or one a feature is named after ('водохранилища Апарана': the Aparan Reservoir)
                declined = _declined(text, start, end, targets[refs[0]][1])
                feature = _naming_word_before(text, lowered_text, start, not declined)
                if (
                    feature is None
                    and declined
                    and (named := _naming_word_before(text, lowered_text, start, True))
                    and self._feature_named_after(refs, named)
                ):
                    feature = named
            if (
                feature is None
                and (
                    _in_a_list(lowered_text, start)
                    or (
                        lowered_text[start - 2 : start - 1] in _INTRODUCER_ENDS
                        and _introduced(lowered_text, start)
                    )
                )
                and " " not in lowered_text[start:end]
            ):
                # 'реки Аракс, Кура и Тертер', 'между хребтами Алаб и Памбак', 'ջրամբարներ, ինչպիսին են
                # Ախուրյանի'
                if feature_starts is None:
                    feature_starts = self._feature_starts(lowered_text)
                feature = _feature_before_list(lowered_text, start, feature_starts)
                if (
                    feature
                    and targets[refs[0]][1].lang == "ru"
                    and _declined(text, start, end, targets[refs[0]][1])
                    and not self._feature_named_after(refs, feature)
                ):
                    # a Russian list after a plural word names its features in the nominative; a declined name
                    # is the place ('долина реки Воротан и Гориса': the valley of the river and of the town),
                    # unless a feature is named after it ('водохранилища Апарана и Азата')
                    feature = None
            if conditional and feature is None:
                continue
            # a unit word after a town's name keeps the town: a unit named after its seat is meant, or one
            # the data lacks ('Füzuli, Cəbrayıl və Zəngilan rayonları', 'Vayk rayonu'); only a word that is no
            # name on its own takes the unit ('Səbail, Nəsimi və Yasamal rayonları')
            if feature is not None and (conditional or feature not in _ONLY_FOR_WORDS_NO_NAME):
                # 'Sevan gölü': the lake, not the town; 'Minkənd çayı', 'Ordubad düzənliyi': a river, a plain
                # the data does not have, named after a village, a town or a river. Not after a country or a
                # district ('Azərbaycanın dağları', 'рекой Ярдымлинского района'), nor 'Ordubadın dağları'.
                fitting = tuple(ref for ref in refs if targets[ref][0].kind in _FEATURE_KINDS[feature])
                if not fitting:  # 'Pambak, Areguni and Sevan ranges': the ranges of those names
                    word = lowered_text[start:end].translate(_SCAN_TABLE)
                    fitting = tuple(
                        ref
                        for ref in self._featured.get(word, ())
                        if targets[ref][0].kind in _FEATURE_KINDS[feature]
                    ) or self._feature_named_after(refs, feature)
                if fitting:
                    refs = fitting
                elif feature == "village" and any(targets[ref][0].kind in SETTLEMENT_KINDS for ref in refs):
                    pass  # a town listed with villages stays the town; a river or a mountain is no mention
                elif containers := tuple(ref for ref in refs if targets[ref][0].kind in _CONTAINER_KINDS):
                    refs = containers  # the features of a country or a unit, not of a village of its name
                elif not (
                    its_features
                    or (targets[refs[0]][1].lang == "az" and end - start > len(targets[refs[0]][1].text))
                ):
                    continue
            if len(refs) > 1:
                # a reading whose name stands in the text letter for letter beats one found only by writing ə
                # and ı as e and i: 'Berdədək' and 'Berdedek' are Berd (to Berd), not Bərdə + dək
                heads = self._written_heads
                as_written = tuple(ref for ref in refs if lowered_text.startswith(heads[ref], start))
                if as_written and any(
                    "ə" in written or "ı" in written
                    for written in (
                        lowered_text[start:end],
                        *(heads[ref] for ref in refs if ref not in as_written),
                    )
                ):
                    refs = as_written
            ref = refs[0]
            if (
                compass[ref]
                and text.endswith(_COMPASS_BEFORE, 0, start)
                and not _names_a_part(targets[ref][0].id, text, start)
            ):
                # 'Western Armenia', 'Южный Азербайджан', 'Qərbi Azərbaycan': other regions; 'Արևելյան Սևանի
                # լեռնաշղթա', 'Восточно-Севанский хребет': another range
                continue
            if (
                text[start - 4 : start] in _QUALIFIER_TAILS
                and (qualifier := _qualifier_before(text, start))
                and not (qualifier in _GREATER and targets[refs[0]][0].kind == "city")
            ):
                continue  # 'Yeni Qaralar', 'Lower Karabakh', 'Nor Shahumyan'; not 'Greater Baku'
            # an abbreviation's case ending after a hyphen ('ԼՂՀ-ի', 'SSRİ-nin') is part of the mention; an
            # adjective's or a people's ending makes none ('ԼՂՀ-ական', 'SSRİ-li')
            hyphenated_ending = (
                _HYPHENATED_WORD.match(text, end)
                if text[end : end + 1] in _DASHES and text[start:end].isupper()
                else None
            )
            if hyphenated_ending and fold(hyphenated_ending.group(1)) in _HYPHENATED_ADJECTIVES:
                continue
            lowercase = case_sensitive and capitalized[ref] and text[start].islower()
            if (
                len(refs) > 1
                or guarded[ref]
                or lowercase
                or _may_name_an_organization(text, start, end)
                or (text[end : end + 1] == " " and text[end + 1 : end + 2].isupper())  # a surname next?
            ):
                # a place's name right before is no given name: 'Qarabağın Füzuli, Cəbrayıl və Zəngilan'
                after_a_mention = bool(mentions) and mentions[-1].end == start - 1 and text[start - 1] == " "
                chosen = self._choose(refs, text, lowered_text, start, end, case_sensitive, after_a_mention)
                if chosen is None:
                    continue
                ref, open_refs, needs = chosen
                if open_refs:
                    undecided[len(mentions)] = open_refs
                if needs:
                    unconfirmed[len(mentions)] = needs
            place, name = targets[ref]
            if (
                azerbaijani_vowels
                and self._nisba_stems[ref]
                and lowered_text[start + len(name.text) : end][:1] == "i"
            ):
                continue  # 'Hüseyn Nadim Naxçıvani', 'Şəmsəddin Lahicinin': a person's epithet
            reached = -negative_end
            if (
                hyphenated_ending
                and name.lang in _HYPHENATED_ENDINGS
                and fold(hyphenated_ending.group(1)) in _HYPHENATED_ENDINGS[name.lang]
            ):
                end = hyphenated_ending.end()
                if offsets is None:  # else reached counts in the scanned text, which lacks some characters
                    reached = end
            if end < len(text) and unicodedata.category(text[end]) in _MARKS:
                end = _past_marks(text, end)  # a stress mark on the last letter: 'Шуша́'
            elif text[end : end + 1] in _HARD_SIGNS and lowered_text[end] == " ":
                end += 1  # the hard sign that ended a word before 1918 is the word's: 'Карабахъ'
            mentions.append(Mention(start, end, place, name, written[start:end]))
        if undecided:
            self._by_document(mentions, undecided)
        if unconfirmed:
            self._drop_unconfirmed(mentions, unconfirmed, text)
        if kind_words and offsets is None:
            self._add_named_by_kind_words(written, kind_words, mentions)
        return mentions

    def _choose(
        self,
        refs: tuple[int, ...],
        text: str,
        lowered: str,
        start: int,
        end: int,
        case_sensitive: bool,
        after_a_mention: bool = False,
    ) -> tuple[int, tuple[int, ...], int] | None:
        """The name a candidate span stands for, the refs of other places it may stand for when only their
        rank chose (the rest of the text may decide, see :meth:`_by_document`), and the support the span
        needs from the rest of the text to be a mention (0 for none; see :meth:`_drop_unconfirmed`);
        ``None`` when the span is not a place mention."""
        if case_sensitive and text[start].islower():
            refs = tuple(ref for ref in refs if not self._capitalized[ref])
            if not refs:
                return None
        if _names_an_organization(text, lowered, start, end):
            return None  # '"Qarabağ" "Neftçi" ilə', «Арарат» закрывается, 'FC Ararat'
        ref = refs[0]
        open_refs: tuple[int, ...] = ()
        if len(refs) > 1 and len({self._ranks[other][1] for other in refs}) > 1:  # names of several places
            refs = self._by_context(refs, text, lowered, start, end)
            ref = refs[0]
            if len({self._ranks[other][1] for other in refs}) > 1:
                open_refs = refs
        if (
            not self._country[ref]
            and _before_a_surname_or_patronymic(text, end)
            and not _place_cued(lowered, start, end, _previous_word(lowered, start), "")
            and not self._declined_before_a_name(ref, text, start, end)
        ):
            # 'Ararat Mirzoyan', 'Hacı Zeynalabdin Tağıyev', 'Bakıxanov Akif Məmmədxan oğlu': a person;
            # 'в Шуше Алиев заявил', 'Şuşada Əliyev' stay places
            return None
        if self._guarded[ref]:
            place, name = self._targets[ref]
            if (
                name.lang == "az"
                and _AZ_NOT_A_PLACE.match(lowered, end)
                and not _declined(text, start, end, name)
            ):
                # 'Qazax dili', 'Azərbaycan xalqı': a language or a people; not a genitive ('Azərbaycanın
                # xalqı', the people of Azerbaijan; 'Ankaranın Türk dünyası', Ankara's Turkic world)
                return None
            if lowered[start:end] in _IDIOMS and _IDIOMS[lowered[start:end]].match(lowered, end):
                return None  # 'Տեղի ունեցած սադրանքը' (the provocation that took place): not Tegh
            if (
                not after_a_mention
                and _after_a_given_name(name, text, start, place.kind)
                and not (_declined(text, start, end, name) and self._listed_before_a_name(text, lowered, end))
            ):
                # 'Հովհաննես Թումանյանի', 'Stepan Shahumyan': a person; not the first of a list of places,
                # 'Ազատագրվեցին Ֆիզուլիի, Ջաբրայիլի ... շրջանները' (were freed: the districts of Fuzuli, ...)
                return None
            before, after = _previous_word(lowered, start), _next_word(lowered, end)
            if (
                name.person
                and text.startswith(" ", end)
                and text[end + 1 : end + 2].isupper()
                and not after.startswith(_ANY_KIND_CUE)
                and not self._starts_a_name(lowered, end + 1)
                and not _begins_a_list_of_names(text, end + 1)
            ):
                # 'Lori Loughlin', 'Թումանյան Արամ', 'Füzulinin Leyli və Məcnun': a person's name before
                # another name; 'Cəbrayıl Azərbaycanın rayonudur' stays the place
                return None
            if _names_a_street(before, after):
                return None  # 'площадь Ленина', 'Tumanyan Street', 'Şuşa küçəsi'
            # 'поэт Армении' is a country's poet: a country is never a person's name
            if place.kind != "country" and _by_a_person_word(text, start, end, before, after):
                return None  # 'şair Məhəmməd Füzuli', 'M. Füzulinin', 'Cəbrayıl əleyhissalam'
            if (
                name.person
                and not name.is_current
                and not _place_cued(lowered, start, end, before, after)
                and not _listed_with_names(text, start, end)
            ):
                # 'Ղուկասյանի աջակիցները', 'Mikoyan': a person; a place in 'в Микояне', 'Սևանի, Կամոյի'
                return None
            # a word that begins a sentence has a capital as a name has, and its locative is the word's
            # ('Հարավում' "in the south", not in Harov); the word before it belongs to another sentence. So
            # has a word in capitals ('ԱՊԱԳԱՅՈՒՄ' "in the future", not in Apaga). A country's name written
            # with its capital is the country, even when it is also a common word ('Turkey').
            word = name.word and place.kind != "country"
            if word and (start == 0 or text[start - 1] == "\n") and _DATELINE_AFTER.match(text, end):
                return ref, open_refs, 0  # a news dateline: 'ԳԱՎԱՌ, 2 ՄԱՐՏԻ, ԱՐՄԵՆՊՐԵՍ'
            opening = word and (_starts_a_sentence(text, start) or text[start:end].isupper())
            if (
                (word or (name.person and place.kind in _SMALL_KINDS))
                and not _place_cued(
                    lowered, start, end, "" if opening else before, after, endings=not opening
                )
                and not _owns_a_place(name, lowered, start, end)
                and _kind_after_list(text, lowered, end, _any_kind_word) is None
                and not _kind_word_before_list(text, lowered, start)
            ):
                # 'Թումանյանի բանաստեղծությունները': the poet; 'Тех, кто ...': "those"; unless a kind word
                # heads or ends the list it goes on ('Çarxı, Çaykənarı və Yaquboba kəndlərində') ...
                return ref, open_refs, _NEARBY
            if name.elsewhere:
                return ref, open_refs, _IN_THE_REGION  # 'Куба' is Cuba, unless the text is about the region
        return ref, open_refs, 0

    def _declined_before_a_name(self, ref: int, text: str, start: int, end: int) -> bool:
        """Whether the Armenian or Azerbaijani name at ``start:end`` has a case ending: these languages
        decline only a person's last name, so a declined word is no given name ('Գյումրու Աբովյան փողոց',
        Gyumri's Abovyan street; 'Kürün Salyan ərazisindən', the Kura's Salyan stretch), while Russian
        declines both ('с Араратом Мирзояном')."""
        name = self._targets[ref][1]
        if name.lang == "az":
            # the name as Azerbaijani writes it and a case ending: not 'Kura Mirzoyan' read as Kür + a
            stem, ending = text[start : start + len(name.text)], text[start + len(name.text) : end]
            return stem.lower() == name.text.lower() and fold(ending).lstrip("'") in _AZ_CASE_ENDINGS
        return (
            name.lang == "hy"
            and script_of(text[start]) == "Armn"  # not its spelling in Russian letters ('Закаталы Мирзоян')
            and _declined(text, start, end, name)
        )

    def _listed_before_a_name(self, text: str, lowered: str, end: int) -> bool:
        """Whether a comma after ``end`` leads to a name of the data: a list of places."""
        return text.startswith(", ", end) and self._starts_a_name(lowered, end + 2)

    def _starts_a_name(self, lowered: str, start: int) -> bool:
        """Whether the word at ``start`` begins with the first word or stem of a name of the data."""
        word = _WORD_AFTER.match(lowered, start, start + 40)
        return word is not None and self._begins_with_a_name(_plain_vowels(word.group(1)))

    def _begins_with_a_name(self, word: str, reaching: int = 0) -> bool:
        """Whether ``word`` (lowercased, plain vowels) begins with a name's first word or stem of at least
        ``reaching`` letters."""
        hits = self._automaton.find_matches_as_indexes(word, overlapping=True)
        return any(at == 0 and stop >= reaching and self._begins_a_name[key] for key, at, stop in hits)

    def _by_context(
        self, refs: tuple[int, ...], text: str, lowered: str, start: int, end: int
    ) -> tuple[int, ...]:
        """The refs, best first, among the places an ambiguous name may mean (``refs``, whose case fits),
        that the words around it leave: those whose kind a neighbouring word or abbreviation names ('озеро
        Севан', 'оз. Севан', 'Mount Ararat', 'Arpa river'; 'Վանք գյուղում' leaves the villages named Vank,
        for the rest of the text to choose among), else the only place whose kind a word of the same
        sentence names ('Персидское название Арарата ... «гора Ноя»', 'у подножия г. Арарат'), else all of
        them."""
        if abbreviated := _abbreviation_before(text, lowered, start):
            abbreviation, start = abbreviated  # the sentence goes on before its full stop
            fits = _ABBREVIATION_KINDS[abbreviation]
            refs = tuple(ref for ref in refs if self._targets[ref][0].kind in fits) or refs
            if len({self._ranks[ref][1] for ref in refs}) == 1:
                return refs  # 'оз. Севан': the lake; 'г. Арагац': the mountain, as no town bears the name
        # the words right before and after, with only a space between: a word across a comma or a full stop
        # belongs to another phrase ('Խաչեն գավառները, Խաչեն գյուղում')
        spaced_before = lowered[start - 1 : start] == " " and lowered[start - 2 : start - 1].isalpha()
        spaced_after = lowered[end : end + 1] == " " and lowered[end + 1 : end + 2].isalpha()
        before = _previous_word(lowered, start) if spaced_before else ""
        after = _next_word(lowered, end) if spaced_after else ""
        if (after in _SIDES_AND_REACHES or after in _WATER_WORDS) and (
            side := _WORD_AFTER.match(lowered, end, end + 40)
        ):
            # 'Թարթառի միջին հոսանքում', 'Ախուրյանի ձախ վտակը', 'Arazın sol sahilində', 'Sevan water level',
            # 'Սևանի ջրի մակարդակը': the word after
            after = _next_word(lowered, side.end())
        if before == "на":  # Russian puts 'на' before a lake or a mountain, 'в' before a town
            nature = [ref for ref in refs if self._targets[ref][0].kind in _NATURE_KINDS]
            if nature and len({self._ranks[ref][1] for ref in nature}) == 1:
                return (nature[0],)  # 'на Севане', 'на Арарате': the lake, the mountain
        kinds = {self._targets[ref][0].kind for ref in refs} & _KIND_CUES.keys()
        if not kinds:
            return refs  # no word names the kind of any candidate ('Artsakh': the region or the republic)
        if after.startswith(_VILLAGES) and not _in_a_list(lowered, start):
            after = ""  # 'Kotayk villages': the villages of Kotayk; but 'Aghdam and Vahidli villages'
        if before.startswith(_VILLAGES) and _declined(text, start, end, self._targets[refs[0]][1]):
            before = ""  # 'в селах Котайка', of Kotayk; but 'в селах Агдам и Вахидли'
        for neighbour in (before, after):  # 'Город Арарат. Гора Арарат.'
            cued = self._cued(refs, neighbour) if neighbour else []
            if cued:
                return tuple(cued)
        if after.startswith(_REGION_WORDS):
            return refs  # 'the village of Sotk in the Vardenis region': a unit's head, whatever else
        named = _kinds_named_in_sentence(lowered, start, end, kinds)
        of_that_kind = [ref for ref in refs if self._targets[ref][0].kind in named]
        if len(named) == 1 and len({self._ranks[ref][1] for ref in of_that_kind}) == 1:
            return (of_that_kind[0],)
        return refs  # none, or several places ('Ağdamdan ... Şuşakənd kəndinə': two villages named Ağdam)

    def _cued(self, refs: tuple[int, ...], neighbour: str) -> list[int]:
        """The refs, best first, whose kind of place the word right next to the name names."""
        return [
            ref
            for ref in refs
            if (cues := _NEIGHBOUR_KIND_CUES.get(self._targets[ref][0].kind)) and neighbour.startswith(cues)
        ]

    def _by_document(self, mentions: list[Mention], undecided: dict[int, tuple[int, ...]]) -> None:
        """Resolve the mentions that rank alone chose by the other places the text names.

        Strong evidence for a candidate: it is one of those places (one sense per discourse), it lies in one
        that holds few places ('Арарат' beside 'Турция' is the mountain, 'Шушинский район' beside
        'Азербайджан' the district), or it holds few places and one of them. Weak evidence, the same with a
        container of many places (a country, the NKR), and each named place that lies in a place it lies
        in, only decides between candidates of one kind ('Martuni' beside 'НКР' or 'Шуши' is the Karabakh
        town, while 'Agdam' stays the city, not the village of that name in the NKR). The candidate with
        the most evidence wins; a tie keeps rank's choice. Before weak evidence, the decided mentions right
        before and after it (a few characters apart, as in a list or a route) decide when they share a place
        of few places with one candidate only: in '... Ганджа — Дилижан — Мартуни — Гавар', Gavar lies in the
        province of one Martuni, however many places of Azerbaijan the route names. When the decided
        mentions leave a tie, the places the other undecided mentions may name are strong evidence in turn:
        'Վանք գյուղը Մարտակերտի շրջանում' is the Vank of Martakert whichever Martakert unit the second name
        means; and then weak evidence, between candidates of one kind ('Martuni' beside 'Artsakh', the region
        or the NKR, is the Karabakh town).
        """
        decided = {self._positions[m.place.id] for i, m in enumerate(mentions) if i not in undecided}
        named = {self._ids[place_index] for place_index in decided}
        holding = self._holding(decided)
        # per place index: how many undecided mentions may name it; per place id: how many of those lie in it
        maybe = Counter(
            place for refs in undecided.values() for place in {self._ranks[ref][1] for ref in refs}
        )
        maybe_holding = self._holding(set(maybe)) if len(undecided) > 1 else {}
        for position, refs in undecided.items():
            first_refs: dict[int, int] = {}  # place index -> its best-ranked ref
            for ref in refs:
                first_refs.setdefault(self._ranks[ref][1], ref)
            chosen = None
            if decided:
                chosen = _single_best(self._strong_evidence(first_refs, named, holding))
                one_kind = len({self._targets[ref][0].kind for ref in first_refs.values()}) == 1
                if chosen is None and not one_kind:
                    listed = self._kind_of_the_list(mentions, position, undecided, first_refs)
                    if listed is not None:
                        mention = mentions[position]
                        mentions[position] = Mention(mention.start, mention.end, *listed, mention.surface)
                        continue
                if (
                    chosen is None
                    and one_kind
                    and (adjacent := self._adjacent(mentions, position, undecided))
                ):
                    chosen = _single_best(
                        {
                            candidate: self._neighbours(candidate, adjacent, self._specific_areas)
                            for candidate in first_refs
                        }
                    )
                if chosen is None and one_kind:
                    weak: dict[int, int] = {}
                    for candidate in first_refs:
                        held = holding.get(self._ids[candidate], 0)
                        weak[candidate] = (
                            len(named & self._areas[candidate])
                            + held * (candidate not in self._specific_positions)
                            + self._neighbours(candidate, decided, self._areas)
                        )
                    chosen = _single_best(weak)
                    if chosen is None:  # 'Vank in Martakert': the town lies in the province of one Vank
                        chosen = _single_best(
                            {
                                candidate: self._neighbours(candidate, decided, self._specific_areas)
                                for candidate in first_refs
                            }
                        )
            if chosen is None and len(undecided) > 1:
                chosen = _single_best(self._undecided_evidence(first_refs, maybe, maybe_holding))
                if chosen is None and len({self._targets[ref][0].kind for ref in first_refs.values()}) == 1:
                    # weak evidence from them too: 'Artsakh' (the region, or the NKR) beside 'Martuni'
                    chosen = _single_best(
                        {
                            candidate: sum(
                                maybe[at] > (at in first_refs)
                                for at in map(self._positions.__getitem__, self._areas[candidate])
                            )
                            for candidate in first_refs
                        }
                    )
            if chosen is None:
                continue
            place, name = self._targets[first_refs[chosen]]
            mention = mentions[position]
            mentions[position] = Mention(mention.start, mention.end, place, name, mention.surface)

    def _kind_of_the_list(
        self,
        mentions: list[Mention],
        position: int,
        undecided: dict[int, tuple[int, ...]],
        candidates: dict[int, int],
    ) -> tuple[Place, Name] | None:
        """The place of the kind of the mentions on both sides of the one at ``position`` (one of them
        decided), when those are of one kind, as the items of a list are, and its name: the one candidate of
        that kind ('Gyumri, Ararat, Masis': the town, as settlements of any size make one kind), or, among
        provinces, the one province named after a candidate in English ('Aragatsotn, Ararat, Kotayk' names
        Ararat Province); else ``None``."""
        before, after = position - 1, position + 1
        if before < 0 or after >= len(mentions) or (before in undecided and after in undecided):
            return None  # one of them may be as yet the choice of rank alone
        mention = mentions[position]
        kinds = {mentions[before].place.kind, mentions[after].place.kind}
        if (
            mention.start - mentions[before].end > _ADJACENT_GAP
            or mentions[after].start - mention.end > _ADJACENT_GAP
            or (len(kinds) > 1 and not kinds <= SETTLEMENT_KINDS)
        ):
            return None
        places = self._index.places
        # settlements of any size make one kind of list: 'Gyumri, Ararat, Masis' (a city, a town, a town)
        of_the_kind = SETTLEMENT_KINDS if kinds <= SETTLEMENT_KINDS else kinds
        fitting = [candidate for candidate in candidates if places[candidate].kind in of_the_kind]
        if len(fitting) > 1:
            fitting = [candidate for candidate in fitting if places[candidate].kind in kinds]
        if len(fitting) == 1:
            return self._targets[candidates[fitting[0]]]
        if fitting or kinds != {"province"}:
            return None
        provinces = {
            self._english_provinces[head]
            for candidate in candidates
            for name in self._index.places[candidate].names
            if name.lang == "en" and (head := fold(name.text)) in self._english_provinces
        }
        if len({place.id for place, _ in provinces}) != 1:
            return None
        place, name = provinces.pop()
        lang = mention.name.lang
        return place, next((n for n in place.names if n.lang == lang and n.is_current), name)

    def _adjacent(
        self, mentions: list[Mention], position: int, undecided: dict[int, tuple[int, ...]]
    ) -> set[int]:
        """The places (indices) of the decided mentions next to the one at ``position``, each at most
        ``_ADJACENT_GAP`` characters away."""
        adjacent = set()
        mention = mentions[position]
        for other in (position - 1, position + 1):
            if 0 <= other < len(mentions) and other not in undecided:
                near = mentions[other]
                if max(near.start - mention.end, mention.start - near.end) <= _ADJACENT_GAP:
                    adjacent.add(self._positions[near.place.id])
        return adjacent

    def _holding(self, places: set[int]) -> dict[str, int]:
        """Place id -> how many of ``places`` (place indices) lie in it."""
        holding: dict[str, int] = {}
        for place_index in places:
            for area in self._areas[place_index]:
                holding[area] = holding.get(area, 0) + 1
        return holding

    def _undecided_evidence(
        self, candidates: dict[int, int], maybe: Counter[int], maybe_holding: dict[str, int]
    ) -> dict[int, int]:
        """:meth:`_strong_evidence` from the places the other undecided mentions may name, given how many
        undecided mentions may name each place (``maybe``, this one's ``candidates`` among them) and how
        many of those places lie in each place (``maybe_holding``), in time linear in the candidates."""

        def by_others(place_index: int) -> bool:
            return maybe[place_index] > (place_index in candidates)

        only_here = [place_index for place_index in candidates if maybe[place_index] == 1]
        evidence = {}
        for candidate in candidates:
            candidate_id = self._ids[candidate]
            held = maybe_holding.get(candidate_id, 0) - sum(
                candidate_id in self._areas[place_index] for place_index in only_here
            )
            evidence[candidate] = (
                by_others(candidate)
                + sum(by_others(self._positions[area]) for area in self._specific_areas[candidate])
                + held * (candidate in self._specific_positions)
            )
        return evidence

    def _strong_evidence(
        self, candidates: dict[int, int], named: set[str], holding: dict[str, int]
    ) -> dict[int, int]:
        """Per candidate place index: whether it is named, how many named places of few places it lies
        in, and, when it holds few places, how many named places it holds."""
        return {
            candidate: (self._ids[candidate] in named)
            + len(named & self._specific_areas[candidate])
            + holding.get(self._ids[candidate], 0) * (candidate in self._specific_positions)
            for candidate in candidates
        }

    def _neighbours(self, candidate: int, decided: set[int], areas: list[frozenset[str]]) -> int:
        """How many of the ``decided`` places lie in one of the ``areas`` the ``candidate`` lies in."""
        mine = areas[candidate]
        return sum(
            1
            for place_index in decided
            if place_index != candidate and not mine.isdisjoint(areas[place_index])
        )

    def _drop_unconfirmed(self, mentions: list[Mention], unconfirmed: dict[int, int], text: str) -> None:
        """Keep the mentions that stand only with support from the rest of the text when they have it; drop
        the others.

        A name that is also a common word, or a small place's that is also a person's, with no sign of a
        place next to it (``_NEARBY``), needs to be listed with another mention ('Ալավերդի, Թումանյան,
        Ախթալա'), or another mention that names the same place, a place of few places that holds it or that
        it holds, or a place in the same such place ('Թումանյանի բանաստեղծությունները' alone are the poet's
        poems, 'Тех, кто ...' is "those who"). A name better known as a place outside the region
        (``_IN_THE_REGION``: Куба, Georgia) needs any other mention of a place.
        """
        unsure = set(unconfirmed)
        anywhere = len(unsure) < len(mentions)
        # the places the other mentions name, and the places of few places they lie in
        support: set[str] = set()
        for position, mention in enumerate(mentions):
            if position not in unsure:
                place_index = self._positions[mention.place.id]
                support.add(self._ids[place_index])
                support.update(self._specific_areas[place_index])
        for position, needs in unconfirmed.items():
            place_index = self._positions[mentions[position].place.id]
            if needs == _IN_THE_REGION:
                supported = anywhere
            else:
                supported = (
                    self._ids[place_index] in support
                    or not support.isdisjoint(self._specific_areas[place_index])
                    or _listed_with_another(mentions, position, text)
                )
            if supported:
                unsure.discard(position)
        mentions[:] = [mention for position, mention in enumerate(mentions) if position not in unsure]

    def _candidates(
        self, lowered: str, cased: str | None, kind_words: list[tuple[int, int, frozenset[str]]]
    ) -> list[tuple[int, int, tuple[int, ...]]]:
        """(start, -end, refs best first) of every acceptable hit; refs of one span are merged. A word that
        is a name as written is not also read as another place's name with an ending (Axtala is not Axta +
        -la). ``cased`` is the text as written when ``lowered`` keeps its offsets: a word may start or end
        where it is glued to another (see :func:`_glued_at`). The words that name a kind of place are added to
        ``kind_words`` (start, end, the kinds they fit)."""
        found: dict[tuple[int, int], tuple[int, ...]] = {}
        inflected: dict[tuple[int, int], tuple[int, ...]] = {}
        whole, ended, rests, adjectives = self._whole, self._ended, self._rests, self._adjectives
        conditional, kind_word_kinds = self._conditional, self._kind_word_kinds
        joiners = "_" in lowered or "@" in lowered  # may join a name to other words (see _joined_before)
        for key, start, first_end in self._automaton.find_matches_as_indexes(lowered, overlapping=True):
            if start and lowered[start - 1].isalnum() and not (cased and _glued_at(cased, start)):
                continue  # not the start of a word
            if kind_word_kinds[key] is not None and not lowered.startswith(_HEADS_OF_UNITS, start):
                # not a head of a unit: 'գյուղապետ Արտյոմ Երանոսյանը' (the village head) is a person
                word_end = _WORD_END.match(lowered, first_end, first_end + _KIND_WORD_TAIL).end()  # type: ignore[union-attr]
                kind_words.append((start, word_end, kind_word_kinds[key]))  # type: ignore[arg-type]
            if joiners and start and lowered[start - 1] in _JOINERS and _joined_before(lowered, start):
                continue  # part of an identifier: 'Photo_of_Baku.jpg', '@Khankendi'
            following = lowered[first_end : first_end + 1]
            if joiners and following in _JOINERS and _joined_after(lowered, first_end):
                continue  # an identifier, a file name, an e-mail address: 'Baku_city.jpg'
            if not (following.isalnum() or following in APOSTROPHES) or (
                cased and following and self._glued_after(lowered, cased, start, first_end)
            ):  # the word ends with the key
                refs = whole[key] or conditional[key]
                if refs:
                    span = (start, first_end)
                    found[span] = found[span] + refs if span in found else refs
                if rests[key] and (following.isspace() or following in _DASHES):
                    self._multiword_hits(lowered, start, first_end, rests[key], found)
                if adjectives[key] and (
                    (unit := _UNIT_FOLLOWS.match(lowered, first_end))
                    or (unit := _unit_before_a_list(lowered, start))
                    or (unit := _unit_named_before(lowered, start, first_end))
                ):
                    # the adjective of the units the noun names: 'Эриванского и Нахичеванского ханств'; the
                    # noun may head the list: 'района – Физулинский, Джебраильский и Кубатлинский', or stand
                    # once in it: 'в Тертерском районе – 27 центнеров, в Бардинском – 26'
                    nouns = _UNIT_NOUN_SYNONYMS.get(unit.group("noun"), (unit.group("noun"),))
                    refs = tuple(
                        ref for ref in adjectives[key] if any(noun in self._unit_nouns[ref] for noun in nouns)
                    )
                    if refs:
                        span = (start, first_end)
                        noun_end = _RUSSIAN_WORD_END.match(lowered, unit.start("noun")).end()  # type: ignore[union-attr]
                        if (
                            lowered[first_end : unit.start("noun")].isspace()
                            and not lowered[noun_end : noun_end + 1].isalpha()
                        ):
                            # the noun right after the adjective is part of the name: 'Сюникском марзе'
                            span = (start, noun_end)
                        found[span] = found[span] + refs if span in found else refs
            elif ended[key]:
                # an ending is short: the rest of a longer word is not read (linear in a word of any length)
                word_end = _WRITTEN_TAIL.match(lowered, first_end, first_end + _WRITTEN_ENDING).end()  # type: ignore[union-attr]
                if lowered[word_end : word_end + 1].isalnum() or (
                    cased and (tail := cased[first_end + 1 : word_end + 1]) and not tail.islower()
                ):
                    # an inflected name glued to the next word: 'ՀայաստանիՎայոց ձոր', 'АрменииЕреван'
                    glued = cased and next(
                        (
                            glue
                            for glue in range(first_end + 1, min(word_end + 1, len(cased)))
                            if self._glued_after(lowered, cased, start, glue)
                        ),
                        None,
                    )
                    if glued:
                        word_end = glued
                    elif lowered[word_end : word_end + 1].isalnum():
                        continue
                written_ending = lowered[first_end:word_end]
                ending = written_ending.translate(_SCAN_TABLE)
                if len(ending) > 2 and _ARMENIAN_MARKS.intersection(written_ending[1:-1]):
                    # an apostrophe opens an ending (Şuşa'da); inside one, an Armenian mark is dropped
                    # (Երևանո՞ւմ), while any other makes no ending ('Balakend'a' is not Balakən-d'a)
                    ending = ending[0] + ending[1:-1].replace("'", "") + ending[-1]
                if ending == "ն" and not _article_n_fits(lowered, first_end, word_end):
                    continue
                if joiners and _joined_after(lowered, word_end):
                    continue  # 'Bakıda_çəkiliş.jpg'
                for endings, refs in ended[key]:
                    if ending in endings:
                        span = (start, word_end - 1 if ending[-1] == "'" else word_end)
                        inflected[span] = inflected[span] + refs if span in inflected else refs
        ranks = self._ranks
        for span, refs in inflected.items():
            current = found.get(span)
            if current is None or max(current) < 0:  # none, or only words that need a feature word
                found[span] = refs
                continue
            # readings of one place as written and inflected both stand ('Шуши': Шуши, or Шуша + -и)
            places = {ranks[ref][1] for ref in current if ref >= 0}
            found[span] = current + tuple(ref for ref in refs if ranks[ref][1] in places)
        return [
            (start, -end, refs if len(refs) == 1 else self._ordered(refs))
            for (start, end), refs in found.items()
        ]

    def _add_named_by_kind_words(
        self, text: str, kind_words: list[tuple[int, int, frozenset[str]]], mentions: list[Mention]
    ) -> None:
        """Add to ``mentions`` (in order) a capitalized name right before or after a word that names a kind of
        place (село, village, kəndi, город, река, lake, гора: see :func:`_kind_words`) when it spells the name
        of a place of that kind in another script's letters: 'село Чанкатаг' (Ճանկաթաղ; the data lacks a
        Russian name). Only a match by transliteration counts, and only when it names one place: a name the
        data has as written is found by the scan, and an approximate one is not sure enough in running text.
        The name so found is a mention wherever else the text writes it so ('в Чанкатаг; село Чанкатаг')."""
        starts = [mention.start for mention in mentions]
        taken: set[int] = set()  # the characters of the mentions added here
        added: list[Mention] = []

        def add(start: int, end: int, match: Match) -> bool:
            """Add a mention of ``text[start:end]`` unless one is there already."""
            at = bisect_right(starts, start)
            if (at and mentions[at - 1].end > start) or (at < len(starts) and starts[at] < end):
                return False
            span = range(start, end)
            if not taken.isdisjoint(span):
                return False
            taken.update(span)
            added.append(Mention(start, end, match.place, match.name, text[start:end]))
            return True

        found: dict[str, Match] = {}
        looked_up: dict[tuple[str, frozenset[str]], Match | None] = {}  # each name once a text
        for word_start, word_end, kinds in kind_words:
            for start, end in _names_next_to(text, word_start, word_end):
                surface = text[start:end]
                if (surface, kinds) not in looked_up:
                    matches = lookup(self._index, surface, kind=kinds, limit=2, fuzzy=False)
                    one = (
                        matches
                        and matches[0].method == "transliteration"
                        and (len(matches) == 1 or matches[1].score < matches[0].score)  # one place only
                    )
                    looked_up[surface, kinds] = matches[0] if one else None
                match = looked_up[surface, kinds]
                if match is not None and add(start, end, match):
                    found[surface] = match
                    break
        for surface, match in found.items():
            start = text.find(surface)
            while start >= 0:
                end = start + len(surface)
                if not (start and text[start - 1].isalnum()) and not text[end : end + 1].isalnum():
                    add(start, end, match)
                start = text.find(surface, end)
        if added:
            mentions[:] = sorted(mentions + added, key=lambda mention: mention.start)

    def _glued_after(self, lowered: str, cased: str, start: int, end: int) -> bool:
        """Whether the word from ``start`` ends at ``end``, where another is glued to it (see
        :func:`_glued_at`): a number, a name or a hashtag's next word ('Gəncə1803', 'ErmənistanGürcüstanın',
        '#ShushaIsAzerbaijan'); not a word glued after a name in a brand ('ArmeniaFund')."""
        return _glued_at(cased, end) and (
            lowered[end].isdigit() or lowered[start - 1 : start] == "#" or self._starts_a_name(lowered, end)
        )

    def _ordered(self, refs: tuple[int, ...]) -> tuple[int, ...]:
        """The refs of one span, best first; a name beats a word that needs a feature word (a ~ref)."""
        if min(refs) < 0:
            named = tuple(ref for ref in refs if ref >= 0)
            if not named:
                return refs
            refs = named
        return tuple(sorted(set(refs), key=self._ranks.__getitem__))

    @staticmethod
    def _multiword_hits(
        lowered: str,
        start: int,
        first_end: int,
        multi: dict[str, _Rests],
        found: dict[tuple[int, int], tuple[int, ...]],
    ) -> None:
        gap_end = _GAP.match(lowered, first_end).end()  # type: ignore[union-attr]
        prefix = lowered[gap_end : gap_end + 2].translate(_SCAN_TABLE)
        if _SENTINEL in prefix:  # a letter that folds to two: 'Պարույր Սևակ' (և: եւ)
            prefix = fold(lowered[gap_end : gap_end + 2])[:2]
        rests = multi.get(prefix)
        if rests is None:
            return  # the next word does not start like the rest of any name: most hits end here
        window, entries = rests
        text = lowered[gap_end : gap_end + window]
        same_length = text.translate(_SCAN_TABLE)  # folded character for character: offsets are kept
        if "ւ" in same_length:  # 'Զանգեզուրի գաւառի'
            same_length = _CLASSICAL_V.sub("վ", same_length)
        folded: tuple[str, OffsetMap | None] | None = None
        classical = _has_classical_digraph(same_length)
        for entry in entries:
            if same_length.startswith(entry.rest):
                end = _rest_end(same_length, None, entry)
            elif (
                same_length.startswith(entry.head)
                or _SENTINEL in same_length[: len(entry.head)]
                or (classical and same_length.startswith(entry.head[:2]))
            ):
                # extra spacing or punctuation inside the name, letters that fold to more than one, or the
                # classical spelling ('Հանրապետութիւն')
                folded = folded or scan_fold(text)
                end = _rest_end(*folded, entry)
            else:
                continue
            if end is not None:
                end += gap_end
                if "." in entry.endings and lowered[end : end + 1] == ".":  # RUSSIAN_ABBREVIATED
                    end += 1
                span = (start, end)
                found[span] = found[span] + entry.refs if span in found else entry.refs


#: The case endings that Armenian and Azerbaijani join to an abbreviation with a hyphen: ԽՍՀՄ-ի, SSRİ-nin
_HYPHENATED_ENDINGS = {
    "hy": frozenset(ARMENIAN) - {""},
    "az": frozenset(AZERBAIJANI) - {""},
    "az-Cyrl": frozenset(AZERBAIJANI_CYRILLIC) - {""},
}
#: ... and the endings, folded, that make it an adjective or a people's name: ԼՂՀ-ական, SSRİ-li
_HYPHENATED_ADJECTIVES = frozenset({"ական", "ցի", "li", "lu"})
_HYPHENATED_WORD = re.compile(r".([^\W\d_]+)(?![\w'’-])")


#: A romanized name that begins with Ye before a consonant (Yeghegnadzor, Yeraskh)
_YE_BEFORE_A_CONSONANT = re.compile("Ye[^aeiouy]")


def _spelled_otherwise(place: Place, name: Name) -> tuple[str, ...]:
    """Other spellings that running text uses for a name: an Armenian Ե that begins a name is romanized Ye
    or E (Yeghegnadzor, Eghegnadzor; Yeraskh, Eraskh; Yerevan Khanate, Erevan Khanate), and Russian text
    mostly writes ё as е (Гёйчай, Гейчай).

        >>> from toponyms import get
        >>> _spelled_otherwise(get("yeghegnadzor"), get("yeghegnadzor").names[0])
        ('Eghegnadzor',)
        >>> _spelled_otherwise(get("goychay"), Name("Гёйчай", "ru", "common"))
        ('Гейчай',)
    """
    if (
        name.lang == "en"
        and _YE_BEFORE_A_CONSONANT.match(name.text)
        and any(other.lang == "hy" and other.text.startswith("Ե") for other in place.names)
    ):
        return ("E" + name.text[2:],)
    if name.lang == "ru" and ("ё" in name.text or "Ё" in name.text):
        return (name.text.replace("ё", "е").replace("Ё", "Е"),)
    return ()


#: The fewest letters of a name spelled letter by letter from another script: a short one may be another word
_FEWEST_LETTERS_SPELLED = 6


def _spelled_letter_by_letter(place: Place, name: Name, taken: set[str]) -> Iterator[tuple[str, str]]:
    """The spellings, with their language, that texts in other languages give a name when they spell it
    letter by letter (see :func:`letter_by_letter_spellings`): 'Керкиджахан', 'Kerkijahan' for Kərkicahan,
    'Ишханасар' for Իշխանասար, 'Mrqaşat' for Մրգաշատ (in Azerbaijani, a settlement's only), where the data may
    hold no such name. Only of a current name, not of one that
    is also a word or a person's name (Mədrəsə), nor of a country's; a state's or a region's only in a
    language the data has no name of it in (Gardman: 'Гардман'), as those have names of their own ('Albaniya'
    is no 'Албания', 'Vərəndə' no 'Веранда'); and not a spelling that is a name of the data (``taken``,
    folded), nor a short one.

        >>> from toponyms import get
        >>> place, name = get("karkijahan"), Name("Kərkicahan", "az", "official")
        >>> sorted(_spelled_letter_by_letter(place, name, set()))  # doctest: +NORMALIZE_WHITESPACE
        [('Karkijahan', 'en'), ('Kerkijahan', 'en'),
         ('Каркиджахан', 'ru'), ('Керкиджахан', 'ru'), ('Кяркиджахан', 'ru')]
    """
    if (
        name.word
        or name.person
        or name.lang not in ("az", "hy")
        or not name.is_current
        or place.kind == "country"
    ):
        return
    for lang, spellings in letter_by_letter_spellings(name.text, name.lang).items():
        if place.kind in _NAMED_IN_EVERY_LANGUAGE and place.names_in(lang):
            continue
        if lang == "az" and place.kind not in SETTLEMENT_KINDS:
            continue  # Azerbaijani names a feature with its own word: 'Ara dağı', not 'Ara Ler' (Արա լեռ)
        if lang == "en" and place.kind not in SETTLEMENT_KINDS and " " in name.text:
            continue  # so does English: 'Zangezur Range', not 'Zangezuri Lernashghta'
        for spelling in spellings:
            if (
                sum(char.isalpha() for char in spelling) >= _FEWEST_LETTERS_SPELLED
                and fold(spelling) not in taken
            ):
                yield spelling, lang


#: The kinds of place whose names texts spell letter by letter from another script only where they have no
#: name of their own in the text's language
_NAMED_IN_EVERY_LANGUAGE = frozenset({"polity", "region", "economic-region"})


def _spellings_of_words(places: Iterable[Place]) -> dict[tuple[str, str], tuple[str, ...]]:
    """Per language and one-word name: the other spellings of it among the place's one-word names in that
    language. Two names are spellings of one name when they differ in one or two letters, one of them is a
    variant, neither is historical, and they are not the two sides' names (Karabakh and Karabagh, Sheki and
    Shaki, Zangezur and Zangazur; not Kalbajar and Karvajar, not Шуша and Шуши).

        >>> from toponyms import get
        >>> _spellings_of_words([get("karabakh")])[("en", "Karabakh")]
        ('Karabagh', 'Qarabagh', 'Garabagh')
    """
    from rapidfuzz.distance import Levenshtein

    spellings: dict[tuple[str, str], list[str]] = {}
    for place in places:
        one_word = [
            name
            for name in place.names
            if name.status != "historical" and len(name.text) >= 4 and not _WORD_JOINS.search(name.text)
        ]
        for name in one_word:
            for other in one_word:
                if (
                    other.lang == name.lang
                    and other.text != name.text
                    and "variant" in (name.status, other.status)
                    and not _sides_apart(name, other)
                    and Levenshtein.distance(fold(name.text), fold(other.text), score_cutoff=2) <= 2
                ):
                    spellings.setdefault((name.lang, name.text), []).append(other.text)
    return {key: tuple(others) for key, others in spellings.items()}


def _sides_apart(name: Name, other: Name) -> bool:
    """Whether one side (``hy`` or ``az``) uses one of two names and the other side the other, and neither
    side both (Шуша and Шуши; not Zangezur, of international usage, and Zangazur, of Azerbaijani)."""
    sides = ({"hy", "az"} & set(name.used_by), {"hy", "az"} & set(other.used_by))
    return bool(sides[0]) and bool(sides[1]) and not sides[0] & sides[1]


def _compound_spelled_otherwise(
    name: Name, word_spellings: dict[tuple[str, str], tuple[str, ...]], taken: set[str]
) -> tuple[str, ...]:
    """A name of several words, each word in turn spelled as the one-word name it is otherwise spelled
    (see :func:`_spellings_of_words`): 'Nagorno-Karabagh' for Nagorno-Karabakh, 'Sheki Rayon' for Shaki
    Rayon; not a spelling another name already has (``taken``, folded)."""
    words = _WORD_JOINS.split(name.text)  # words and, between them, what joins them
    if len(words) < 3:
        return ()
    spelled = []
    for position in range(0, len(words), 2):
        for other in word_spellings.get((name.lang, words[position]), ()):
            text = "".join((*words[:position], other, *words[position + 1 :]))
            if fold(text) not in taken:
                spelled.append(text)
    return tuple(spelled)


#: The endings of a Russian adjective made from a place's name ('Шемахинский район', 'Сюникская область')
_RUSSIAN_ADJECTIVE_ENDINGS = ("ский", "ская", "ское", "цкий", "цкая", "цкое")
#: Final letters that a Russian adjective drops from its name (Шемаха: Шемахинский, Ленкорань: Ленкоранский)
_RUSSIAN_DROPPED_FINALS = frozenset("аяыиеоь")


def _russian_stem(word: str) -> str:
    return word[:-1] if word[-1] in _RUSSIAN_DROPPED_FINALS else word


def _adjectives_spelled_otherwise(
    places: Iterable[Place], taken: set[str]
) -> dict[tuple[str, str], tuple[str, ...]]:
    """Per place id and Russian name that begins with an adjective made from a name of the place, of a
    place in it or of a place beside it (under one parent): that name with the adjective made from each other
    spelling of the name, which differs from it in at most two letters; not a spelling another name already
    has (``taken``, folded). Texts write a district after its seat's newer spelling: 'Шамахинский район'
    after Шамахы (Шемахинский район, of Шемаха), 'Нефтчалинский район' after Нефтчала.

        >>> from toponyms import get
        >>> _adjectives_spelled_otherwise([get("neftchala-district"), get("neftchala")], set())
        {('neftchala-district', 'Нефтечалинский район'): ('Нефтчалинский район',)}
    """
    from rapidfuzz.distance import Levenshtein

    places = tuple(places)
    by_start: dict[str, list[tuple[Place, list[str]]]] = {}  # places by the first four letters of a stem
    for place in places:
        stems = [
            _russian_stem(name.text)
            for name in place.names_in("ru")
            if name.status != "historical" and not _WORD_JOINS.search(name.text)
        ]
        for start in {stem[:4] for stem in stems if len(stem) >= 4}:
            by_start.setdefault(start, []).append((place, stems))
    spelled: dict[tuple[str, str], tuple[str, ...]] = {}
    for place in places:
        for name in place.names_in("ru"):
            adjective, space, noun = name.text.partition(" ")
            if not space or not adjective.endswith(_RUSSIAN_ADJECTIVE_ENDINGS):
                continue
            others = [
                f"{other}{adjective[len(stem) :]} {noun}"
                for named, stems in by_start.get(adjective[:4], ())
                if named is place or place.id in named.parents or set(place.parents) & set(named.parents)
                for stem in stems
                if len(stem) >= 4 and adjective.startswith(stem)
                for other in stems
                if other != stem and Levenshtein.distance(stem.lower(), other.lower(), score_cutoff=2) <= 2
            ]
            if others := [text for text in dict.fromkeys(others) if fold(text) not in taken]:
                spelled[place.id, name.text] = tuple(others)
    return spelled


_WORD_JOINS = re.compile("([ -])")
#: The hard sign, which Russian spelling wrote at the end of a word before 1918 (see modern_russian)
_HARD_SIGNS = frozenset("ъЪ")

#: The Turkic words that begin or end a one-word name of the region (Qarabağ, Ağdam, Daşkəsən; İlandağ,
#: Arpaçay, Təzəkənd), in the English and Russian spellings that older text writes apart with a hyphen
#: ('Kara-bagh', 'Lake Gok-cha', 'Илан-Даг', 'Ленкоран-чай')
_TURKIC_FIRST_WORDS = {
    "en": "kara qara gara agh gok gök goy göy sary sari kyzyl kizil gyzyl ala boz yeni dash",
    "ru": "кара гара гёк гек гёй гей сары кызыл гызыл ала боз ени даш",
}
_TURKIC_LAST_WORDS = {
    "en": "dag dagh chay chai su bulag bulak bulakh bulaq kend kand tepe tapa gol göl kilisa kilise kala gala"
    " dara dere kaya gaya bazar",
    "ru": "даг чай су булаг булак булах кенд тепе гель гёль кёль килиса кала гала дара дере кая гая базар",
}
#: ... as patterns of a lowercased one-word name, with the fewest letters after a first word and before a last
#: word: a short first word ('Min-kend', 'Ili-su') would make a key of the scanner that hits in many words of
#: any text ('minister')
_TURKIC_FIRST_WORD = {
    lang: re.compile(f"(?:{'|'.join(map(re.escape, words.split()))})(?=.{{3}})", re.DOTALL)
    for lang, words in _TURKIC_FIRST_WORDS.items()
}
_TURKIC_LAST_WORD = {
    lang: re.compile(f"(?<=.{{4}})(?:{'|'.join(map(re.escape, words.split()))})\\Z", re.DOTALL)
    for lang, words in _TURKIC_LAST_WORDS.items()
}


def _written_apart(name: Name, taken: set[str]) -> tuple[str, ...]:
    """A one-word English or Russian name that begins or ends with a Turkic word (see
    :data:`_TURKIC_FIRST_WORDS`), written with that word apart, as older text writes it: 'Kara-bagh' for
    Karabagh, 'Илан-даг' for Иландаг. A space stands for the hyphen too (the scanner reads both alike). Not a
    spelling that another name already has (``taken``, folded).

        >>> _written_apart(Name("Karabagh", "en", "variant"), set())
        ('Kara-bagh',)
        >>> _written_apart(Name("Ленкоранчай", "ru", "common"), set())
        ('Ленкоран-чай',)
    """
    if name.lang not in _TURKIC_FIRST_WORDS or _WORD_JOINS.search(name.text):
        return ()
    lowered = name.text.lower()
    first = _TURKIC_FIRST_WORD[name.lang].match(lowered)
    last = _TURKIC_LAST_WORD[name.lang].search(lowered)
    cuts = sorted({*((first.end(),) if first else ()), *((last.start(),) if last else ())})
    spelled = (f"{name.text[:cut]}-{name.text[cut:]}" for cut in cuts)
    return tuple(text for text in spelled if fold(text) not in taken)


def _region_of_two_names(place: Place, name: Name, taken: set[str]) -> tuple[str, ...]:
    """The two places' names joined by a hyphen that an economic region's Azerbaijani or English name begins
    with, which texts write alone for the region ('Qazax-Tovuz və Gəncə-Daşkəsən iqtisadi rayonları', 'the
    Guba-Khachmaz zone'); not a spelling another name already has (``taken``, folded).

        >>> from toponyms import get
        >>> place = get("guba-khachmaz-economic-region")
        >>> sorted({text for name in place.names for text in _region_of_two_names(place, name, set())})
        ['Guba-Khachmaz', 'Quba-Khachmaz', 'Quba-Xaçmaz']
    """
    if place.kind != "economic-region" or name.lang not in ("az", "en"):
        return ()
    head, space, rest = name.text.partition(" ")
    if "-" not in head or not space or not set(rest.lower().split(" ")) <= _REGION_WORDS_AFTER_TWO_NAMES:
        return ()
    return () if fold(head) in taken else (head,)


#: The words after such a head in an economic region's name
_REGION_WORDS_AFTER_TWO_NAMES = frozenset(
    {"iqtisadi", "rayonu", "bölgəsi", "regionu", "zonası", "economic", "region", "zone"}
)
#: The words after such a head that make it a road, not the region: 'Gəncə-Qazax yolu', 'the Guba-Khachmaz
#: highway', 'Gəncə-Qazax arasında' (between)
_ROAD_WORDS = tuple(
    word.translate(_SCAN_TABLE)
    for word in ("yol", "avtomobil", "magistral", "arası", "road", "highway", "route", "between")
)

_AZERBAIJANI_VOWELS = frozenset("aıoueəiöü")


def _takes_a_nisba(name: Name) -> bool:
    """Whether an ending that begins with i makes a word of this name a nisba, the epithet of a person from
    the place ('Naxçıvani', 'Qarabaği', 'Ordubadi', 'Lahicinin'): a one-word Azerbaijani name that ends with
    a consonant and whose last vowel is back, where the case endings take ı or u (Naxçıvanı, Ordubadı,
    Lahıcın).

        >>> [_takes_a_nisba(Name(text, "az", "official")) for text in ("Naxçıvan", "Gəncə", "Lerik")]
        [True, False, False]
    """
    text = name.text.lower()
    if name.lang != "az" or " " in text or text[-1:] in _AZERBAIJANI_VOWELS:
        return False
    vowels = [letter for letter in text if letter in _AZERBAIJANI_VOWELS]
    return bool(vowels) and vowels[-1] in "aıou"


def _glued_at(text: str, position: int) -> bool:
    """Whether two words are glued together at ``position``, with no space between: a capital after a small
    letter, or a letter next to a digit. Text taken from web pages loses the line breaks between list items
    and headings ('Mehri, TatevSisiana', 'MausoleumGanja is', '1748, Gəncə1803'); hashtags glue words
    ('#FreeArtsakh').

        >>> _glued_at("TatevSisian", 5), _glued_at("Gəncə1803", 5), _glued_at("Tatev", 2)
        (True, True, False)
    """
    after, before = text[position], text[position - 1]
    if after.isupper() and before.islower():
        return True
    return after.isdigit() != before.isdigit() and (after.isalpha() or before.isalpha())


def _single_best(scores: dict[int, int]) -> int | None:
    """The key with the highest score when no other key has it and it is above zero, else ``None``."""
    best, runner_up = sorted(scores.values(), reverse=True)[:2]
    return max(scores, key=scores.__getitem__) if best > runner_up else None


def _rest_end(folded: str, offsets: OffsetMap | None, entry: _Multiword) -> int | None:
    """Where a multiword name ends, counted from the start of the (folded) window that follows its first
    word, when its remaining words start the window."""
    if not folded.startswith(entry.rest):
        return None
    rest_end = len(entry.rest)
    word_end = _FOLDED_TAIL.match(folded, rest_end).end()  # type: ignore[union-attr]
    ending = folded[rest_end:word_end]
    if ending not in entry.endings:
        return None
    end = word_end - 1 if ending[-1:] == "'" else word_end
    return offsets.end(end) if offsets else end


#: Marks and invisible characters inside words: stress marks, joiners, soft hyphens.
_INVISIBLE_CLASS = "[\u0300-\u036f\u0483-\u0489\u00ad\u200b-\u200d\u2060\ufeff]"
# one class, then the repeat: a pattern that starts with a class is searched for at C speed, one that starts
# with a repeat is tried at every position
_INVISIBLE = re.compile(_INVISIBLE_CLASS + _INVISIBLE_CLASS + "*")


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
    return _without(text, [match.span() for match in pattern.finditer(text)])


def _without(text: str, spans: list[tuple[int, int]]) -> tuple[str, OffsetMap]:
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


def _with_abbreviations(text: str, mentions: list[Mention]) -> list[Mention]:
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
    return _merged(found, mentions)


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


#: A word of seven letters or more, and the kinds of place whose misspelled names find() reads on request
@functools.cache
def _capitalized_long_word() -> re.Pattern[str]:
    """A word of seven letters or more whose first letter is a capital, in any script (after a letter, a
    digit or an underscore it is part of another word)."""
    capitals = "".join(re.escape(chr(code)) for code in range(0x10000) if chr(code).isupper())
    return re.compile(f"\\b[{capitals}][^\\W\\d_]{{6,}}")


_WELL_KNOWN_KINDS = frozenset({"country", "polity", "region", "province", "city", "town"})


def _deletions(word: str) -> list[str]:
    """``word`` and its forms with one letter dropped: two words one slip apart share one of them."""
    return [word, *(word[:at] + word[at + 1 :] for at in range(len(word)))]


def _one_of_a_double_dropped(word: str, name: str) -> bool:
    """Whether ``word`` is ``name`` with one letter of a doubled letter dropped: often another word
    ('İsmayılı', a man's name in the accusative, beside İsmayıllı)."""
    return len(word) + 1 == len(name) and any(
        name[at] == name[at + 1] and name[:at] + name[at + 1 :] == word for at in range(len(name) - 1)
    )


def _next_to_a_capital(text: str, start: int, end: int) -> bool:
    """Whether a capitalized word stands right before ``start`` or right after ``end``, one space between."""
    if text[end : end + 1] == " " and text[end + 1 : end + 2].isupper():
        return True
    before = _WORD_RIGHT_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and before.group(1)[0].isupper()


def _merged(mentions: list[Mention], preferred: list[Mention]) -> list[Mention]:
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
_BROKEN_HEAD = re.compile(_BROKEN_WORD + r"\Z")
_BROKEN_TAIL = re.compile(_BROKEN_WORD)
#: How much text around a line-end break is read again: the words a mention's reading looks at
_BREAK_CONTEXT = 300


def _windows_around(
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


def _word_breaks(text: str) -> list[tuple[int, int]]:
    r"""Where ``text`` breaks a word with a hyphen and spacing: the spans of the hyphen and spacing.

    >>> _word_breaks("Stepana-\nkert, Վար– դենիսի, pre- and post-war, Nagorno-\nKarabakh")
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


#: A place that holds at most this share of the gazetteer's places is specific evidence for the places in it
#: (a province, a district, a neighbouring country); one that holds more (a country of the region, the NKR)
#: is weak evidence.
_SPECIFIC_SHARE = 0.1

_VOLCANO_CUES = ("вулкан", "volcano", "հրաբուխ", "vulkan")  # 'Vardenis volcano': not the town
_CANTON_CUES = ("գավառ", "гавар", "canton", "mahal", "магал")
_TOWN_CUES = ("город", "посёл", "city", "town", "settlement", "քաղաք", "ավան", "şəhər", "qəsəbə")
_VILLAGE_WORDS = ("село", "села", "селе", "селу", "селом", "селени", "деревн", "village", "գյուղ", "kənd")
#: Words of a town's or a village's community and its mayor, after a name and (Russian) before it: signs of a
#: settlement, not words that name one ('Տեղ համայնքի ղեկավար', 'the Tegh community', 'Мэром Абовяна'); not
#: 'community' before a name ('the head of the community Ararat Zurabyan')
_COMMUNITY_AFTER = tuple(
    word.translate(_SCAN_TABLE) for word in ("համայնք", "community", "communities", "mayor", "քաղաքապետ")
)
_COMMUNITY_BEFORE = tuple(word.translate(_SCAN_TABLE) for word in ("мэр", "общин"))
_LAKE_WORDS = ("озер", "lake", "լիճ", "լճ", "göl")
_RIVER_WORDS = ("река", "реки", "реке", "реку", "рекой", "river", "գետ", "çay")
#: The words for a feature that Azerbaijani names join to their last word (folded: çay 'river', dağ
#: 'mountain'), and the kinds of place such a name is of: Kürəkçay, Murovdağ are also written apart
_JOINED_FEATURE_KINDS = {"cay": frozenset({"river"}), "dag": frozenset({"mountain", "range"})}
#: The Azerbaijani plural suffix in a feature word after a name (folded): 'Laçın dağları', 'Şəki meşələri'
_AZ_PLURAL = re.compile("l[ae]r")
#: The word for river that old transliterations join to a name with a hyphen (lowercased)
_RIVER_WORDS_HYPHENATED = ("чай", "chay", "çay", "cay", "չայ", "чаю", "чая")
#: and a peak: 'Qızılqaya zirvəsi' is no village, 'Արագածի գագաթ' the mountain (English 'peak' and 'summit'
#: only as whole words: _FEATURE_WHOLE_WORDS)
_MOUNTAIN_WORDS = (
    *("гора", "горы", "горе", "гору", "горой", "вершин", "mount", "լեռ", "dağ", "zirvə", "գագաթ"),
    *_VOLCANO_CUES,
)
#: Fishing, boats and drowning are a lake's or a river's, not a town's: 'Սևանում կորած ձկնորսի դին ...
#: մոտորանավակի' (the fisherman lost on Sevan)
_FISHING_AND_BOAT_CUES = (
    *("fisherm", "fishing", "boat", "drown", "рыбак", "рыбал", "лодк", "утонул", "утопа"),
    *("ձկնորս", "նավակ", "մոտորանավակ", "խեղդվ", "balıqçı", "qayıq", "boğul"),
)
#: Words that say which kind of place an ambiguous name next to them (or in their sentence) is: prefixes of
#: the word, chosen not to begin other words ('гора', not 'гор', which begins 'город').
_KIND_CUES_WRITTEN: dict[str, tuple[str, ...]] = {
    # a shore and a depth name a lake here, not as feature words next to a name ('на берегу Севана',
    # 'Площадь Севана ..., глубина — до 100 метров'); a shore is a river's too; and so do swimming and a
    # beach ('we swam in Sevan', 'Սևանում լողացինք')
    "lake": (
        *_LAKE_WORDS,
        "берег",
        "глубин",
        "shore",
        "depth",
        "swim",
        "swam",
        "beach",
        "купа",
        "пляж",
        "լողա",
        *_FISHING_AND_BOAT_CUES,
    ),
    "mountain": (
        *_MOUNTAIN_WORDS,
        "mt",
        # its peak, its foot and its slopes: 'у подножия г. Арарат', 'the slopes of Aragats', 'Արագածի
        # լանջին', 'Ağrı dağının ətəyində'; the foot and the slopes are no feature words, as a town may stand
        # at a mountain's foot
        *("peak", "summit", "подножи", "подножь", "склон", "slope", "foothill"),
        *("ստորոտ", "լանջ", "ətəy", "ətək", "yamac"),
    ),
    "river": (*_RIVER_WORDS, "берег", *_FISHING_AND_BOAT_CUES),
    "reservoir": ("водохранилищ", "reservoir", "ջրամբար", "anbar"),
    "district": ("район", "district", "շրջան", "rayon", "уезд", "qəza"),  # the last two: tsarist uezds
    "province": ("област", "province", "մարզ", "marz"),
    "city": _TOWN_CUES,
    "town": _TOWN_CUES,
    "village": _VILLAGE_WORDS,
    # a prince, a principality: 'Խաչենի իշխանները', 'князья Хачена', 'the princes of Khachen'; a canton
    # (գավառ), a mahal: 'Խաչեն գավառ', 'Dizaq mahalı' (the principality, the melikdom, the historical region)
    "polity": ("իշխան", "княз", "княж", "prince", "principality", "knyaz", *_CANTON_CUES),
    "region": _CANTON_CUES,
    "plain": ("düz", "равнин", "степ", "plain", "steppe", "դաշտ"),
}
#: Words after a name that make it a place's, though they name no kind of place the data has
_REGION_WORDS = tuple(word.translate(_SCAN_TABLE) for word in ("region", "bölgə", "регион"))
#: the same, folded (to compare with folded words)
_KIND_CUES = {
    kind: tuple(cue.translate(_SCAN_TABLE) for cue in cues) for kind, cues in _KIND_CUES_WRITTEN.items()
}
#: ... all in one tuple, for 'a word of any kind'
_ANY_KIND_CUE = tuple(dict.fromkeys(cue for cues in _KIND_CUES.values() for cue in cues))
#: ... and, right next to the name only, words of a water's shore, level and inflow: 'Սևանի ափին', 'Hrazdanın
#: sahilində', 'Սեւանի մակարդակը', 'լցվել Սևան', 'впадает в Севан' (elsewhere in the sentence 'the level' may
#: be any other: unemployment's)
_SHORE_AND_INFLOW_WORDS = tuple(
    word.translate(_SCAN_TABLE) for word in ("ափ", "sahil", "թափվ", "впада", "tökül")
)
_STILL_WATER_WORDS = (
    *_SHORE_AND_INFLOW_WORDS,
    *(word.translate(_SCAN_TABLE) for word in ("լցվ", "մակարդակ", "level", "уровень", "уровн", "səviyyə")),
)
#: Words for a tributary, which name a river next to a name and as a feature word ('Ախուրյանի վտակը')
_TRIBUTARY_WORDS = ("վտակ", "tributar", "приток")
#: ... and words of a river's course: its reaches, tributaries, bed and mouth ('Թարթառի միջին հոսանքում',
#: 'Ախուրյանի վտակը', 'в среднем течении Тертера', 'Kürün aşağı axını', 'Hrazdanın məcrası')
_RIVER_COURSE_WORDS = tuple(
    word.translate(_SCAN_TABLE)
    for word in (
        *_TRIBUTARY_WORDS,
        *("հոսանք", "ակունք", "գետաբերան", "հունով", "հունում"),
        *("течени", "верховь", "низовь", "русл", "устье", "устья"),
        *("axın", "qolu", "qolla", "məcra", "mənsəb"),
        *("riverbed", "reaches"),
    )
)
#: A word for water between a name and a feature word: Azerbaijani 'Tovuz su anbarı', English 'the Shamkir
#: water reservoir'
_WATER_BEFORE_A_FEATURE = (" su ", " water ")
_WATER_WORDS = frozenset(word.strip() for word in _WATER_BEFORE_A_FEATURE)
#: English 'mountain' before another feature word, which then names the feature: 'mountain pass'
_MOUNTAIN_BEFORE_A_FEATURE = frozenset({"mountain"})
#: Words of a side or a stretch that may stand between a name and such a word (folded, whole words)
_SIDES_AND_REACHES = frozenset(
    word.translate(_SCAN_TABLE)
    for word in "վերին միջին ստորին ձախ աջ yuxarı orta aşağı sol sağ upper middle lower left right".split()
)
#: ... and the word for water, between a name and its level: 'Sevan water level', 'Սևանի ջրի մակարդակը'
_WATER_WORDS = frozenset(word.translate(_SCAN_TABLE) for word in ("water", "ջրի", "su"))
_NEIGHBOUR_KIND_CUES = {
    **_KIND_CUES,
    "lake": (*_KIND_CUES["lake"], *_STILL_WATER_WORDS),
    "reservoir": (*_KIND_CUES["reservoir"], *_STILL_WATER_WORDS),
    "river": (*_KIND_CUES["river"], *_SHORE_AND_INFLOW_WORDS, *_RIVER_COURSE_WORDS),
    # 'Muğan bölgəsi': the Mughan region, not a village that was named Muğan
    "plain": (*_KIND_CUES["plain"], *_REGION_WORDS),
    "region": (*_KIND_CUES["region"], *_REGION_WORDS),
    **{
        kind: (*_KIND_CUES[kind], *_COMMUNITY_AFTER, *_COMMUNITY_BEFORE)
        for kind in ("city", "town", "village")
    },
}
#: the same, as they may be written in lowercased text
_KIND_CUE_FORMS = {
    kind: tuple(set(cues) | set(_KIND_CUES[kind])) for kind, cues in _KIND_CUES_WRITTEN.items()
}
#: The plural of a word for village, as written and folded: after one name, or around it in the sentence, it
#: names the villages of a place, not a village ('Kotayk villages', 'Կոտայքի գյուղերում', 'в селах Котайка')
_VILLAGES = tuple(
    {
        form
        for word in ("villages", "գյուղեր", "kəndlər", "селах", "селам", "сёла", "сел ")
        for form in (word, word.translate(_SCAN_TABLE))
    }
)
#: Words next to a name that say it names a natural feature ('Minkənd çayı', 'Ordubad düzənliyi', 'река
#: Акстафа', 'Փամբակի լեռնաշղթա', 'Sevan basin'), by the kind of feature; checked in this order, as some
#: begin with others (լեռնաշղթա, լեռ). A name none of whose places is of that kind names a feature the data
#: does not have, not the town or village it shares its name with.
_FEATURE_CUES_WRITTEN: dict[str, tuple[str, ...]] = {
    "range": ("хребет", "хребт", "range", "ridge", "silsilə", "լեռնաշղթա"),
    "pass": ("перевал", "aşırım", "լեռնանցք"),
    "basin": ("бассейн", "котловин", "basin", "hövzə", "ավազան"),
    # ... and plateaus, which the data files as plains ('Карабахское нагорье', 'Qarabağ yaylası'); Russian
    # 'плато' only as a whole word (_FEATURE_WHOLE_WORDS): 'платок' begins like it
    "plain": (
        *("равнин", "степь", "степи", "plain", "steppe", "düzənli", "düzü", "դաշտ"),
        *("нагорь", "plateau", "yayla", "սարահարթ", "բարձրավանդակ"),
    ),
    "valley": ("долин", "ущель", "valley", "gorge", "vadi", "dərə", "հովիտ", "կիրճ", "ձոր"),
    "reservoir": _KIND_CUES_WRITTEN["reservoir"],
    "lake": _LAKE_WORDS,
    "river": (*_RIVER_WORDS, *_TRIBUTARY_WORDS),
    "mountain": _MOUNTAIN_WORDS,
    # English 'bay' and 'isle' only as whole words (_FEATURE_WHOLE_WORDS): 'bayram', 'bayraq' begin like 'bay'
    "bay": ("gulf", "залив", "бухт", "körfəz", "buxta", "ծոց", "ծովածոց"),
    "island": ("island", "остров", "adası", "adalar", "կղզի"),
    "peninsula": ("peninsula", "полуостров", "yarımada", "թերակղզ"),
    # not natural, but named alike in lists: 'Füzuli, Cəbrayıl və Zəngilan rayonları', 'the Fuzuli and
    # Jabrayil districts', 'Քաշաթաղի և Շահումյանի շրջանները'; 'Şəki, Şirvan və Qarabağ xanlıqları'
    "district": ("district", "rayon", "район", "շրջան"),
    # 'Aghdam, Dondar Gushchu and Vahidli villages', 'Ազատ, Կութ, Նորաբակ և Սոթք գյուղերում': the villages
    "village": _VILLAGE_WORDS,
    "polity": (
        "khanate",
        "xanlıq",
        "xanlığ",
        "ханств",
        "խանություն",
        "sultanate",
        "sultanlıq",
        "султанат",
        "melikdom",
        "məliklik",
        "меликств",
        "մելիքություն",
    ),
}
_FEATURE_CUES = {
    kind: tuple({cue.translate(_SCAN_TABLE) for cue in cues}) for kind, cues in _FEATURE_CUES_WRITTEN.items()
}
#: Words that begin like a feature word and are not one: 'dağıdıldı' (destroyed), 'dağlıq' (mountainous, as in
#: 'Xankəndi Dağlıq Qarabağın mərkəzidir'), 'dərəcə' (degree), 'mountainous', 'լեռնային', 'գագաթնաժողով'
#: (a summit meeting).
_NOT_FEATURE_WORDS = tuple(
    word.translate(_SCAN_TABLE)
    # ... and the adjective 'riverside' that begins like 'river': 'Դիլիջանի Գետափնյա փողոց' (a street)
    for word in ("dağıd", "dağıl", "dağlı", "dərəcə", "mountainous", "լեռնային", "գագաթնաժողով", "գետափնյա")
)
#: Feature words that name a feature only as whole words (folded)
_FEATURE_WHOLE_WORDS = {
    "bay": "bay",
    "bays": "bay",
    "isle": "island",
    "isles": "island",
    **dict.fromkeys(("peak", "peaks", "summit", "summits"), "mountain"),
    **dict.fromkeys(("pass", "passes"), "pass"),  # not 'passenger', 'passport'
    "плато": "plain",
    # Armenian սար 'mountain' only as whole words: սարք (device), սարսափ (horror) begin like it
    **dict.fromkeys("սար սարը սարն սարի սարին սարից սարում սարով սարեր սարերը սարերի".split(), "mountain"),
}
_POSSESSIVES = ("'s", "’s")
#: Feature words that choose a place only for a word that is no name on its own: a town's name before a unit
#: word stays the town, the unit's seat or the seat of a unit the data lacks
_ONLY_FOR_WORDS_NO_NAME = frozenset({"district"})
#: The kinds of place a feature word fits.
_FEATURE_KINDS = {
    "range": frozenset({"range", "mountain"}),
    "mountain": frozenset({"mountain", "range"}),
    "pass": frozenset({"pass"}),
    "basin": frozenset({"river"}),  # the Kura basin; the Sevan basin is not the lake
    "plain": frozenset({"plain"}),
    "valley": frozenset({"plain", "river"}),  # the Araxes valley, the Vorotan gorge
    "reservoir": frozenset({"reservoir", "lake"}),
    "lake": frozenset({"lake", "reservoir"}),
    "river": frozenset({"river"}),
    "bay": frozenset({"bay"}),
    "island": frozenset({"island"}),
    "peninsula": frozenset({"peninsula"}),
    "district": frozenset({"district", "city-district", "province"}),
    "village": frozenset({"village"}),
    "polity": frozenset({"polity"}),
}
#: The first three letters of every feature word (all of it when shorter), lowercased and folded: a cheap
#: test before a word is read ('and' does not begin like 'anbar').
_FEATURE_HEADS = frozenset(
    cue[:3]
    for cues in (*_FEATURE_CUES_WRITTEN.values(), *_FEATURE_CUES.values(), _FEATURE_WHOLE_WORDS)
    for cue in cues
)
#: A Russian unit word within the next few words: 'Агдамского, Лачинского и Кельбаджарского районов',
#: 'Эриванского и Нахичеванского ханств', 'Карабахским и Зангезурским хребтами'; the other side's adjective
#: may stand in brackets between: 'Агдеринского (Мартакертского) района', and so may an editor's aside:
#: 'Агдамского (Акна - ред.), Кяльбаджарского (Карвачарского - ред.) и Тертерского районов'; an adjective
#: in quotation marks names the unit too: '«Агдеринский» район'; and so does one before a number of others:
#: 'в Сабунчинском, Хазарском и ряде других районов'; an adjective may be a compound: 'Вайоц Дзорской'.
_UNIT_FOLLOWS = re.compile(
    r"(?:[\s,()«»\"“”]+(?:и|или|ряд[еау]?|нескольк[а-я]+|\([^()\n]{1,40}\)|(?:[^\W\d_]+[-\x20])?[^\W\d_]+(?:ого|его|ому|ему|ом|ем|ый|ий|ой|ей|им|ым|ими|ыми|ая|яя|ую|юю|ое|ее|ие|ые|их|ых))){0,6}[\s,()«»\"“”]+(?P<noun>район|област|уезд|округ|ханств|губерни|хреб|марз|коридор|регион)"
)
_RUSSIAN_WORD_END = re.compile("[а-яё]*")
#: A unit noun that heads a list of adjectives after a dash or a colon, read back from an adjective of it:
#: 'района – Физулинский, Джебраильский, Зангиланский и Кубатлинский', 'районы: Агдамский и Лачинский'
_UNIT_NOUN_BEFORE = re.compile(r"(?P<noun>район|област|уезд|округ|ханств|губерни|марз|регион)[а-яё]*\Z")
_LIST_TOKENS_BEFORE = re.compile(f"[а-яё]+|[,:{re.escape(''.join(sorted(_DASHES)))}]")
_NOMINATIVE_ADJECTIVE = re.compile(r"[а-яё]+(?:ий|ый|ой|ая|ое|ие|ые)\Z")


def _unit_before_a_list(lowered: str, start: int) -> re.Match[str] | None:
    """The unit noun that heads the list of nominative adjectives in which the word at ``start`` stands,
    after a dash or a colon (see _UNIT_NOUN_BEFORE), read back over at most eight words; else ``None``."""
    if lowered[start - 2 : start - 1] not in _LIST_SEPARATORS_BEFORE:
        return None  # cheap test: the word before ends with a separator or 'и'
    tokens = _LIST_TOKENS_BEFORE.findall(lowered, max(0, start - 160), start)[-18:]
    expect_separator = True
    for at in range(len(tokens) - 1, -1, -1):
        token = tokens[at]
        if expect_separator:
            if token in _DASHES_AND_COLON:
                # the noun right before, or before one word that owns it ('5 районов Баку – Ясамальский')
                return next(
                    (
                        noun
                        for back in (1, 2)
                        if at >= back and (noun := _UNIT_NOUN_BEFORE.search(tokens[at - back]))
                    ),
                    None,
                )
            if token not in (",", "и"):
                return None
        elif not _NOMINATIVE_ADJECTIVE.match(token):
            return None
        expect_separator = not expect_separator
    return None


_DASHES_AND_COLON = _DASHES | {":"}
#: What may follow an adjective whose unit noun the sentence gave once before: a dash, a number, a comma or
#: the end of a clause ('в Тертерском районе – 27 центнеров, в Бардинском – 26,3, Агдамском- 20,6')
_ELIDED_NOUN_AFTER = re.compile(f"[ \u00a0]*(?:[{re.escape(''.join(sorted(_DASHES)))},;.)]|\\d|\\Z)")
#: An adjective and the unit noun after it, read back within the sentence
_ADJECTIVE_AND_UNIT = re.compile(
    r"(?P<adjective>[а-яё]{3,})\s+(?P<noun>район|област|уезд|округ|марз|регион)[а-яё]*"
)
_ELIDED_NOUN_WINDOW = 200


def _unit_named_before(lowered: str, start: int, end: int) -> re.Match[str] | None:
    """The unit noun of the last adjective and noun before the adjective at ``start:end`` in its sentence
    when the adjective has the same case ending and nothing but a dash, a number or a comma follows it (the
    noun is left out: 'в Тертерском районе – 27 центнеров, в Бардинском – 26,3'); else ``None``."""
    if not _ELIDED_NOUN_AFTER.match(lowered, end):
        return None
    window_start = max(0, start - _ELIDED_NOUN_WINDOW)
    window_start = max(
        window_start, *(lowered.rfind(end_mark, window_start, start) + 1 for end_mark in _SENTENCE_ENDS)
    )
    pairs = list(_ADJECTIVE_AND_UNIT.finditer(lowered, window_start, start))
    if not pairs or not pairs[-1].group("adjective").endswith(lowered[end - 2 : end]):
        return None
    return pairs[-1]


#: The last character before a word of such a list: a separator, or the end of 'и'
_LIST_SEPARATORS_BEFORE = _DASHES_AND_COLON | {",", "и"}
#: Russian unit words that stand for others: Russian texts from Armenia call a province (область) a марз
#: ('в Сюникском марзе'), and a province or a district a регион ('в Сюникском и Гегаркуникском регионах').
_UNIT_NOUN_SYNONYMS = {"марз": ("област",), "регион": ("област", "район")}
#: Words after an Azerbaijani name, on the same line, that make it a language or a people, not a place ('Qazax
#: dili'; not an infobox's next field, 'Bərdə\nDilləri'; not 'dilbər' 'lovely', 'dilək' 'wish'; not Türkiyə).
_AZ_NOT_A_PLACE = re.compile(r"[ \u00a0]+(?:dil(?!bər|bar|ək|ek)|xalq|t[uü]rk(?!iy))")  # not Türkiyə
#: Word forms of a name that, before the words here, make an idiom of the language (lowercased): Armenian
#: տեղի ունենալ 'to take place' and տեղի տալ 'to give way' (Տեղ is a village)
_IDIOMS = {"տեղի": re.compile(r"[ \u00a0]+(?:չ|կ)?(?:ունե|ունի|տվ|տալ|տա )")}
_WORD_AFTER = re.compile(r"[^\w]*([^\W\d_]+)")
_WORD_BEFORE_REVERSED = re.compile(r"[^\w]*([^\W\d_]+)(?![^\W\d_])")


#: Endings of Armenian surnames that places named after people share (Tumanyan, Shahumyan, Spandaryan).
_SURNAME_ENDINGS = ("յան", "yan", "ян", "ian")
_WORD_RIGHT_BEFORE = re.compile(r"([^\W\d_]+) \Z")


def _after_a_given_name(name: Name, text: str, start: int, kind: str) -> bool:
    """A place named after a person, or a village whose name is also an Azerbaijani surname ('Aydın
    Süleymanlı'), written right after a capitalized word (a given name) on the same line: the person is
    meant. 'Տումանյան' alone stays the town."""
    if not (
        name.person
        or name.text.endswith(_SURNAME_ENDINGS)
        or (kind == "village" and name.lang == "az" and name.text.endswith(_AZ_SURNAME_ENDINGS))
    ):
        return False
    window = text[max(0, start - 30) : start]
    match = _WORD_RIGHT_BEFORE.search(window)
    if not match or len(match.group(1)) < 3 or not match.group(1)[0].isupper():
        return False
    before = window[: match.start()].rstrip(" ")
    # a colon ends an Armenian sentence (։ written as :), not a Russian or an English one: 'сыновьями мэра
    # ...: Спартаком Гукасяном' is a person
    sentence_start = not before or before[-1] in '.!?;\n"«“' or (before[-1] == ":" and name.lang == "hy")
    # a capitalized word opening an English or Russian sentence is as likely a word as a given name
    return not sentence_start or name.lang == "hy"


#: Endings of Azerbaijani surnames of the -lı pattern ('of the family of'), which many villages' names share:
#: 'Aydın Süleymanlı', 'Abdulla Qədimbəyli'
_AZ_SURNAME_ENDINGS = ("lı", "li", "lu", "lü")
#: Surname endings of the Russian pattern (Azerbaijani too): places named after people (Bakıxanov,
#: Azizbekov).
_RUSSIAN_SURNAME_ENDINGS = ("ov", "ova", "ev", "eva", "ов", "ова", "ев", "ева")
#: Endings of a surname that follows a place's name used as a given name ('Ararat Mirzoyan', 'Sevan
#: Nishanyan', 'Hacı Zeynalabdin Tağıyev'): the Russian pattern and the Armenian -yan, with the case endings
#: Russian and Armenian give them ('Араратом Мирзояном', 'Արարատ Միրզոյանը'). Not -ian: in English it ends
#: demonyms more often than surnames ('Baku Russian Orthodox Church').
_FOLLOWING_SURNAME_ENDINGS = (
    *_RUSSIAN_SURNAME_ENDINGS,
    *("ову", "овым", "овой", "еву", "евым", "евой", "zadə", "заде"),
    *("yan", "ян", "яна", "яну", "яном", "яне"),
    *("յան", "յանը", "յանի", "յանն", "յանին", "յանից", "յանով"),
    # Azerbaijani case endings: 'Ararat Mirzoyanın', 'Ceyhun Bayramovun', 'Hikmət Hacıyevlə'
    *("yanın", "yanı", "yana", "yanla", "yanda", "yandan"),
    *("ovun", "ovu", "ovla", "ovdan", "yevin", "yevi", "yevə", "yevlə", "yevdən"),
)
_PATRONYMIC_WORDS = frozenset({"oğlu", "qızı", "оглы", "кызы"})
_NEXT_WORDS = re.compile(r"(?: [^\W\d_]+){1,3}")


def _before_a_surname_or_patronymic(text: str, end: int) -> bool:
    """A name followed, after one space, by a capitalized surname ('Hacı Zeynalabdin Tağıyev'), or by
    capitalized given names and a patronymic word ('Bakıxanov Akif Məmmədxan oğlu'): a person's name."""
    match = _NEXT_WORDS.match(text, end, end + 60)
    if not match:
        return False
    words = match.group().split()
    if not words[0][0].isupper():
        return False
    if len(words[0]) > 4 and words[0].endswith(_FOLLOWING_SURNAME_ENDINGS) and "ությ" not in words[0]:
        return True  # not the Armenian nouns in -ություն ('Արցախի Հանրապետության')
    for word in words[1:]:
        if word in _PATRONYMIC_WORDS:
            return True
        if not word[0].isupper():
            return False
    return False


#: Words of a kind of unit after a name and its other name in brackets (folded), besides the feature words
#: (see kinds_named_by): 'the Berdzor (Lachin) corridor', 'Yelizavetpol (Gəncə) quberniyasının'
_WORDS_AFTER_AN_ASIDE = tuple(
    word.translate(_SCAN_TABLE)
    for word in (
        *_KIND_CUES_WRITTEN["district"],
        *_KIND_CUES_WRITTEN["province"],
        *_KIND_CUES_WRITTEN["polity"],
        *_REGION_WORDS,
        *("corridor", "dəhliz", "коридор", "միջանցք", "governorate", "quberni", "губерни", "նահանգ"),
    )
)
#: Azerbaijani genitive endings, folded (ı, ü as i, u)
_AZ_GENITIVE_ENDINGS = frozenset({"in", "un", "nin", "nun"})
#: ... and the other case endings, folded: dative, accusative, locative, ablative
_AZ_CASE_ENDINGS = _AZ_GENITIVE_ENDINGS | frozenset(
    "a e ya ye i u ni nu yi yu da de ta te nda nde dan den tan ten ndan nden".split()
)
#: The few words after a name, digits included ('Qazaxın 4 kəndi')
_FEW_WORDS_AFTER = re.compile(r"(?:[ \t]+[\w-]+){1,4}")


def _owns_a_place(name: Name, lowered: str, start: int, end: int) -> bool:
    """Whether an Azerbaijani name in the genitive owns a kind of place a few words on: 'Qazaxın 4 kəndi',
    'Qazaxın azad edilmiş dörd kəndini' (Qazax's villages), 'Talışın dağları'."""
    if (
        name.lang != "az"
        or lowered[start + len(name.text) : end].translate(_SCAN_TABLE) not in _AZ_GENITIVE_ENDINGS
    ):
        return False
    words = _FEW_WORDS_AFTER.match(lowered, end, end + 60)
    return words is not None and any(
        word.translate(_SCAN_TABLE).startswith(_ANY_KIND_CUE) for word in words.group().split()
    )


#: Words before (Russian) or after (English, Armenian, Azerbaijani) a name that make it part of the name of a
#: street or a square: folded prefixes, and abbreviations that must be the whole word.
_STREET_BEFORE = ("улиц", "проспект", "площад", "переул", "бульвар", "набережн")
_STREET_AFTER = (
    "street",
    "avenue",
    "square",
    "boulevard",
    "փողոց",
    "պողոտա",
    "հրապարակ",
    "kuces",  # küçəsi, küçəsində: 'Şuşa küçəsi'; not 'Sumqayıtda küçədə' (in Sumgait, in a street)
    "prospekt",
    "meydani",
)
_STREET_ABBREVIATIONS = frozenset({"ул", "пр", "st", "ave"})


def _names_a_street(before: str, after: str) -> bool:
    """Whether a name between the words ``before`` and ``after`` (folded; ``""`` for none) is part of the name
    of a street or a square."""
    if before and (before.startswith(_STREET_BEFORE) or before in _STREET_ABBREVIATIONS):
        return True
    return bool(after) and (after.startswith(_STREET_AFTER) or after in _STREET_ABBREVIATIONS)


def _in_a_list(lowered: str, start: int) -> bool:
    """Whether the name at ``start`` follows a comma or a conjunction, as an item of a list of names."""
    return lowered[start - 2 : start] == ", " or lowered.endswith(_CONJUNCTIONS, 0, start)


def _declined(text: str, start: int, end: int, name: Name) -> bool:
    """Whether ``text[start:end]`` is ``name`` with a case ending, not as the data writes it."""
    return fold(text[start:end]) != fold(name.text)


def _previous_word(lowered: str, start: int) -> str:
    """The word before ``start`` (folded), when only spaces and punctuation lie between; else ``""``."""
    match = _WORD_BEFORE_REVERSED.match(lowered[max(0, start - 40) : start][::-1])  # linear, unlike a search
    return match.group(1)[::-1].translate(_SCAN_TABLE) if match else ""


_SENTENCE_ENDS = ".!?;\n։"  # the last one the Armenian full stop
#: What ends a sentence before a word whose capital then says nothing: the same without the semicolon, with
#: an ellipsis, and the colon that Armenian text often writes for its full stop ։
_CAPITAL_AFTER = frozenset(".!?\n։:…")


def _kinds_named_in_sentence(lowered: str, start: int, end: int, kinds: set[str]) -> set[str]:
    """Which of ``kinds`` a word of the sentence around ``start:end`` (up to 150 characters each side)
    names: a cue at the start of a word, found with substring searches (no tokenizing)."""
    before = lowered[max(0, start - 150) : start]
    after = lowered[end : end + 150]
    before = before[max(before.rfind(mark) for mark in _SENTENCE_ENDS) + 1 :]
    cuts = [position for position in (after.find(mark) for mark in _SENTENCE_ENDS) if position >= 0]
    window = before + " " + (after[: min(cuts)] if cuts else after)
    named = set()
    for kind in kinds:
        for cue in _KIND_CUE_FORMS.get(kind, ()):
            position = window.find(cue)
            while position >= 0 and (
                (position > 0 and window[position - 1].isalnum()) or window.startswith(_VILLAGES, position)
            ):
                position = window.find(cue, position + 1)
            if position >= 0:
                named.add(kind)
                break
    return named


def _feature_before(lowered: str, start: int) -> str | None:
    """The kind of natural feature that the word right before ``start`` names (only a space between: 'река
    Акстафа', 'Lake Sevan'), else ``None``."""
    if start > 1 and lowered[start - 1] == " " and lowered[start - 2].isalpha():
        window_start = max(0, start - 30)
        word_start = lowered.rfind(" ", window_start, start - 1) + 1 or window_start
        if (
            lowered[word_start : word_start + 3] in _FEATURE_HEADS
            or lowered[word_start : word_start + 2] in _FEATURE_HEADS
        ):
            return _feature_named_by(_previous_word(lowered, start))
    return None


def _feature_named_by(word: str) -> str | None:
    """The kind of natural feature a word (folded) names: 'çayı', 'река', 'լեռնաշղթա'; else ``None``."""
    if not word or word.startswith(_NOT_FEATURE_WORDS):
        return None
    if word in _FEATURE_WHOLE_WORDS:
        return _FEATURE_WHOLE_WORDS[word]
    for kind, cues in _FEATURE_CUES.items():
        if word.startswith(cues):
            return kind
    return None


def _abbreviation_before(text: str, lowered: str, start: int) -> tuple[str, int] | None:
    """The abbreviated kind word right before ``start`` ('оз.' of 'оз. Севан', 'ք.' of 'ք. Գորիս', 'Mt.') and
    where it begins; a letter and a full stop only when written small (in 'С. Шаумян', С. is an initial);
    else ``None``."""
    just_before = lowered[max(0, start - 4) : start]
    if "." not in just_before and "пгт" not in just_before:
        return None
    match = ABBREVIATED_KIND_BEFORE.search(lowered, max(0, start - 8), start)
    if match is None or (len(match.group(1)) == 2 and not text[match.start()].islower()):
        return None
    return match.group(1), match.start()


#: Singular words for a natural feature that stand before its name as a title ('Mount Aragats', 'река Кура'),
#: lowercased; a plural or a genitive ('горы Карабаха') names a place's features, not the feature's name.
_NAMING_WORDS = {
    "mount": "mountain",
    "mt": "mountain",
    "lake": "lake",
    "river": "river",
    "гора": "mountain",
    "озеро": "lake",
    "река": "river",
    "хребет": "range",
    "перевал": "pass",
    "водохранилище": "reservoir",
}
#: ... and the Russian ones in their other cases
_DECLINED_NAMING_WORDS_WRITTEN = {
    **dict.fromkeys("реки реке реку рекой рекою".split(), "river"),
    **dict.fromkeys("горе гору горой".split(), "mountain"),
    **dict.fromkeys("озера озеру озером".split(), "lake"),
    **dict.fromkeys("хребта хребту хребте хребтом".split(), "range"),
    **dict.fromkeys("перевала перевалу перевале перевалом".split(), "pass"),
    **dict.fromkeys("водохранилища водохранилищу водохранилищем".split(), "reservoir"),
}
_DECLINED_NAMING_WORDS = {
    word.translate(_SCAN_TABLE): kind for word, kind in _DECLINED_NAMING_WORDS_WRITTEN.items()
}
#: the last three letters of those words, as written: a cheap test before a word is read ('mt' and the
#: abbreviations ending in a full stop are tested apart)
_NAMING_WORD_TAILS = frozenset(
    word[-3:] for word in (*_NAMING_WORDS, *_DECLINED_NAMING_WORDS_WRITTEN) if len(word) > 2
)


def _naming_word_before(text: str, lowered: str, start: int, nominative: bool = False) -> str | None:
    """The kind of natural feature that a naming word ('Mount', 'река') or an abbreviation ('р.', 'оз.',
    'Mt.') right before ``start`` names, else ``None``; a declined Russian naming word ('реке', 'озером')
    too when the name after it is in the ``nominative``, as the name of a feature stays after one ('на реке
    Гейчай'), while a place's name in the genitive names its feature ('реки Карабаха')."""
    if lowered[start - 1 : start] == " " and lowered[start - 2 : start - 1].isalpha():
        word = _previous_word(lowered, start)
        return _NAMING_WORDS.get(word) or (_DECLINED_NAMING_WORDS.get(word) if nominative else None)
    return _feature_abbreviated(text, lowered, start)


def _feature_abbreviated(text: str, lowered: str, start: int) -> str | None:
    """The kind of natural feature an abbreviation right before ``start`` names ('р. Аракс', 'оз. Арпи',
    'хр. Мрав', 'вдхр. Сарсанг'), else ``None``."""
    abbreviated = _abbreviation_before(text, lowered, start)
    if abbreviated is None or ABBREVIATED_KIND_WORDS[abbreviated[0]] not in _FEATURE_CUES:
        return None
    return ABBREVIATED_KIND_WORDS[abbreviated[0]]


_SPACES_BEFORE_A_KIND_WORD = frozenset(" \u00a0")
#: One or two capitalized words after a kind word (and 'of'), or before it
_NAME_AFTER = re.compile(r"[ \u00a0]+(?:of[ \u00a0]+)?([^\W\d_][\w'’]*(?:[ -][^\W\d_][\w'’]*)?)")
_NAME_BEFORE = re.compile(r"([^\W\d_][\w'’]*(?:[ -][^\W\d_][\w'’]*)?)[ \u00a0]+\Z")


def _names_next_to(text: str, word_start: int, word_end: int) -> list[tuple[int, int]]:
    """The spans of the capitalized name right after and right before a kind word, its two words first,
    then the one next to the kind word: 'село Неркин Оратаг', 'the village of Kheyrimli',
    'Xıdırlı kəndi'."""
    spans: list[tuple[int, int]] = []
    # most kind words stand next to no capitalized word: two cheap looks before the regular expressions
    after = None
    if text[word_end + 1 : word_end + 2].isupper() or text.startswith(" of ", word_end):
        after = _NAME_AFTER.match(text, word_end)
    if after:
        start, end = after.span(1)
        words = text[start:end]
        if words[0].isupper():
            second = max(words.find(" "), words.find("-"))
            if second > 0 and words[second + 1].isupper():
                spans.append((start, end))
            if second > 0:
                end = start + second
            spans.append((start, end))
    before = None
    if text[word_start - 1 : word_start] in _SPACES_BEFORE_A_KIND_WORD:
        previous = text.rfind(" ", max(0, word_start - 60), word_start - 1) + 1
        if text[previous : previous + 1].isupper():
            before = _NAME_BEFORE.search(text, max(0, word_start - 60), word_start)
    if before:
        start, end = before.span(1)
        words = text[start:end]
        second = max(words.find(" "), words.find("-"))
        if second > 0 and words[0].isupper() and words[second + 1].isupper():
            spans.append((start, end))
        if second > 0:
            start += second + 1
        if text[start].isupper():
            spans.append((start, end))
    return spans


#: The kinds of place a settlement word names first, and all it fits: a 'village' may be an urban settlement.
_SETTLEMENT_KINDS = {
    "village": (frozenset({"village"}), frozenset({"village", "town"})),
    "town": (frozenset({"city", "town"}), frozenset({"city", "town"})),
}


def _kind_words() -> dict[str, frozenset[str]]:
    """The words that name a settlement or a natural feature next to its name, lowercased with ə and ı
    written e and i as the scanned text has them, by all the kinds of place they fit: 'село', 'village',
    'գյուղ', 'kəndi' (villages and towns); 'город', 'şəhər' (towns and cities); 'река', 'çayı' (rivers);
    'озеро', 'гора', 'хребет', 'водохранилище' ... (see :meth:`Scanner._add_named_by_kind_words`)."""
    words = {_plain_vowels(cue): _SETTLEMENT_KINDS["village"][1] for cue in _VILLAGE_WORDS}
    words.update((_plain_vowels(cue), _SETTLEMENT_KINDS["town"][1]) for cue in _TOWN_CUES)
    words.update(
        (cue.replace("ё", "е"), kinds) for cue, kinds in list(words.items()) if "ё" in cue
    )  # посёлок
    for feature in ("river", "lake", "reservoir", "mountain", "range"):
        for cue in _FEATURE_CUES_WRITTEN[feature]:
            words.setdefault(_plain_vowels(cue), _FEATURE_KINDS[feature])
    return words


_KIND_WORDS = _kind_words()
#: The kinds of place each abbreviated kind word fits; Russian г. stands for гора as well as for город
_ABBREVIATION_KINDS = {
    abbreviation: _KIND_WORDS.get(word, _FEATURE_KINDS.get(word, frozenset()))
    | (_FEATURE_KINDS["mountain"] if abbreviation == "г." else frozenset())
    for abbreviation, word in ABBREVIATED_KIND_WORDS.items()
}


def polities_named_after(index: Index) -> dict[int, tuple[int, ...]]:
    """Place index -> the polities named after that place: a polity with a name of two words, a one-word
    name of the place and a unit word for polities ('Şəki xanlığı', 'Karabakh Khanate'). Such a polity is
    also named with the place's other one-word names ('the Nukha Khanate', 'the Lankaran Khanate').
    Computed once per index."""
    cached: dict[int, tuple[int, ...]] | None = index.derived.get("polities_named_after")
    if cached is None:
        links: dict[int, set[int]] = {}
        for polity, place in enumerate(index.places):
            if place.kind != "polity":
                continue
            for name in place.names:
                words = fold(name.text).split(" ")
                if len(words) == 2 and _feature_named_by(words[1].translate(_SCAN_TABLE)) == "polity":
                    for ref in index.folded.get(words[0], ()):
                        named_after = index.place_index(ref)
                        if named_after != polity:
                            links.setdefault(named_after, set()).add(polity)
        cached = index.derived["polities_named_after"] = {
            place: tuple(sorted(polities)) for place, polities in links.items()
        }
    return cached


def kinds_named_by(word: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """The kinds of place a feature or settlement word (folded) names first, and all the kinds it fits:
    rivers for 'cayi', 'река', 'river'; mountains, then ranges, for 'լեռ'; villages, then towns, for 'kendi',
    'село'; else ``None``."""
    for settlement, kinds in _SETTLEMENT_KINDS.items():
        if word.startswith(_KIND_CUES[settlement]):
            return kinds
    feature = _feature_named_by(word)
    if feature is not None:
        fitting = _FEATURE_KINDS[feature]
        return (fitting & {feature} or fitting), fitting
    return None


#: The words that join the last names of a list: 'Füzuli və Cəbrayıl', 'Аракс, Кура и Тертер'; with 'or',
#: which may also join two names of one place ('Кала или Шуша-каласы')
_AND_WORDS = frozenset("and и və ve և եւ ու".split())
_CONJUNCTION_WORDS = _AND_WORDS | {"or", "или", "ya"}
_CONJUNCTIONS = tuple(f" {word} " for word in _CONJUNCTION_WORDS)
_LIST_TOKEN = re.compile(r"[ \t]*(,|[^\W\d_]+(?:[-'’][^\W\d_]+)*)")
#: How far after a name a list and the feature word that follows it are looked for
_LIST_WINDOW = 160
#: A short aside in brackets after a name of a list: 'the Hrazdan (141 km) and Kasakh (89 km) rivers'
_ASIDE = re.compile(r"[ \t]*\([^()\n]{1,30}\)")
_ASIDE_STARTS = (" (", "(")


def _past_aside(lowered: str, position: int) -> int:
    """Where the text goes on after a short aside in brackets at ``position`` (``position`` when none)."""
    aside = _ASIDE.match(lowered, position)
    return aside.end() if aside else position


#: Plural markers of a folded feature word: 'çayları', 'silsilələri', 'rivers', 'լեռնաշղթաները', 'хребтами'
_PLURAL = re.compile(r"l[ae]r|եր|[^s]s\Z|(?:ами|ах|ов|ы|и)\Z")
#: ... and, before a list, the neuter 'водохранилища' (also the singular genitive, which names the same
#: features: 'уровень водохранилища Апарана'; not 'озера', whose list is rather of places: 'берег озера Севан,
#: Гавар и Мартуни')
_PLURAL_BEFORE_A_LIST = re.compile(f"{_PLURAL.pattern}|ища\\Z")


def _feature_after_list(text: str, lowered: str, end: int) -> str | None:
    """The kind of natural feature that a plural feature word after a list of names of one or two words,
    beginning at ``end``, names for every name of the list ('Parağa, Vənənd, Ordubad, Əylis və Düylün
    çaylarıdır', 'the Hrazdan and Kasakh rivers', 'Sadarak, Sharur, ... Ordubad plains'); else ``None``.
    Each name begins with a capital: 'Dilijan and the surrounding mountains' is no list of mountains."""
    return _kind_after_list(text, lowered, end, _plural_feature)


def _plural_feature(folded: str) -> str | None:
    return _feature_named_by(folded) if _PLURAL.search(folded) else None


#: Plural words for provinces and corridors, and the kind each names: after a list of names, each is the place
#: of that kind named after it ('Արարատի, Արմավիրի մարզերի': Ararat Province, whose seat is Artashat;
#: 'Zəngəzur və Laçın dəhlizlərində'); English 'regions' names the unit, as 'region' does after one name
#: ('the Ararat and Armavir regions', 'the Salyan and Neftchala regions': the marzes, the rayons). Not the
#: words for districts: a district is named after its seat, and 'Füzuli və Cəbrayıl rayonları' names the
#: towns as well.
_PLURAL_KIND_WORDS = {
    **dict.fromkeys(("provinces", "marzes", "մարզեր"), "province"),
    **dict.fromkeys(("corridors", "dəhlizlər", "միջանցքներ"), "corridor"),
    "regions": "unit",
}
#: ... folded, as the list reader sees them; and as a text writes them (small, or capitalized in a title)
_PLURAL_KINDS = {word.translate(_SCAN_TABLE): kind for word, kind in _PLURAL_KIND_WORDS.items()}
_PLURAL_KIND_FORMS = tuple(form for word in _PLURAL_KIND_WORDS for form in (word, word.capitalize()))


def _plural_kind_word_starts(text: str) -> list[int]:
    """Where ``text`` has a word of _PLURAL_KIND_WORDS, in order (a substring search per word: a pattern of
    alternatives would try every position)."""
    found = []
    for form in _PLURAL_KIND_FORMS:
        at = text.find(form)
        while at >= 0:
            found.append(at)
            at = text.find(form, at + 1)
    return sorted(found)


def _one_place_per_head(by_head: dict[str, set[tuple[Place, Name]]]) -> dict[str, tuple[Place, Name]]:
    """The heads (folded names that places are named after) that lead to one place, each with the first of
    that place's names there by text."""
    return {
        head: min(found, key=lambda pair: pair[1].text)
        for head, found in by_head.items()
        if len({place.id for place, _ in found}) == 1
    }


def _plural_kind(folded: str) -> str | None:
    return next((kind for word, kind in _PLURAL_KINDS.items() if folded.startswith(word)), None)


def _any_kind_word(folded: str) -> str | None:
    """``folded`` when it is a word for a kind of place (see _KIND_CUES), else ``None``."""
    return folded if folded.startswith(_ANY_KIND_CUE) else None


def _kind_word_before_list(text: str, lowered: str, start: int) -> bool:
    """Whether a word for a kind of place heads a list of capitalized names of up to three words, of which
    the name at ``start`` is one after the first ('в селах Сарух, Тех и Бердадзор', 'the villages of
    Aygepar and Tegh'). The list is read back over its tokens, found forward in a window (linear)."""
    window = max(0, start - _LIST_WINDOW)
    tokens = list(_LIST_TOKEN.finditer(lowered, window, start))
    if not tokens or lowered[tokens[-1].end() : start].strip():
        return False
    separated, words = False, 0
    for token in reversed(tokens):
        word = token.group(1)
        if word == "," or word in _CONJUNCTION_WORDS:
            separated, words = True, 0
        elif text[token.start(1)].isupper():
            if not separated or words == 3:
                return False
            words += 1
        elif word == "of" and words:
            continue  # 'the villages of Aygepar and Tegh'
        else:
            return separated and words > 0 and word.translate(_SCAN_TABLE).startswith(_ANY_KIND_CUE)
    return False


def _kind_ending_a_list(text: str, lowered: str, mentions: list[Mention], position: int) -> str | None:
    """The kind of place (see _PLURAL_KIND_WORDS) that a plural word ending the list of names, which the
    mention at ``position`` begins or goes on, names; ``None`` when no such word ends a list there."""
    mention = mentions[position]
    kind = _kind_after_list(text, lowered, mention.end, _plural_kind)
    if kind is not None or position == 0:
        return kind
    # the list's last name, right before the word: a separator joins it to the name before
    gap = text[mentions[position - 1].end : mention.start]
    joined = gap.strip(" \t,").lower()
    if (joined and joined not in _AND_WORDS) or not (joined or "," in gap):
        return None
    word = _LIST_TOKEN.match(lowered, mention.end, mention.end + _LIST_WINDOW)
    return _plural_kind(word.group(1).translate(_SCAN_TABLE)) if word else None


def _kind_after_list(text: str, lowered: str, end: int, kind_of: Callable[[str], str | None]) -> str | None:
    """What ``kind_of`` reads in a word after a list of names of one or two words beginning at ``end`` (see
    :func:`_feature_after_list`); ``None`` when no such word ends a list there."""
    position, limit = end, end + _LIST_WINDOW
    items = words = 0  # names after the first so far, words of the current one (0: after a separator)
    while items <= 8:
        if lowered.startswith(_ASIDE_STARTS, position):
            position = _past_aside(lowered, position)
        token = _LIST_TOKEN.match(lowered, position, limit)
        if token is None:
            return None
        position = token.end()
        word = token.group(1)
        if word == "," or word in _CONJUNCTION_WORDS:
            if words == 0 and items:
                continue  # ', and'
            items, words = items + 1, 0
        elif items == 0 or (words == 0 and not text[token.start(1)].isupper()):
            return None
        elif word in _WATER_WORDS:
            continue  # 'Xudafərin və Qız Qalası su anbarları'
        elif words == 0:
            words = 1
        else:
            if (kind := kind_of(word.translate(_SCAN_TABLE))) is not None:
                return kind
            if words == 2:
                return None
            words = 2
    return None


_WORD_END = re.compile(r"[^\W\d_]*")


def _feature_before_list(lowered: str, start: int, feature_starts: list[int]) -> str | None:
    """The kind of natural feature that a plural feature word before a list of names of one or two words, of
    which the name at ``start`` is one after the first, names for every name of the list ('реки Аракс, Кура и
    Тертер', 'хребтами Алаб и Памбак', 'the rivers Kura and Aras'); else ``None``. Only the nearest plural
    feature word before the name can head its list."""
    at = bisect_left(feature_starts, start) - 1
    while at >= 0 and feature_starts[at] >= start - _LIST_WINDOW:
        cue_start = feature_starts[at]
        at -= 1
        if cue_start and lowered[cue_start - 1].isalnum():
            continue  # inside a word
        word_end = _WORD_END.match(lowered, cue_start, cue_start + _LIST_WINDOW).end()  # type: ignore[union-attr]
        word = lowered[cue_start:word_end].translate(_SCAN_TABLE)
        if _PLURAL_BEFORE_A_LIST.search(word) and (feature := _feature_named_by(word)):
            # 'the plains of Karabakh, Shushi ...': the name after 'of' holds the features, no list follows
            if _next_word(lowered, word_end) == "of":
                return None
            if introducer := _LIST_INTRODUCER.match(lowered, word_end, start):
                word_end = introducer.end()  # 'գետակներ, որոնցից են՝ Արգիճի, Մասրիկ', 'rivers such as'
                if not lowered[word_end:start].strip():
                    return feature  # the list's first name
            return feature if _list_between(lowered, word_end, start) else None
    return None


#: Words that say 'such as', 'among them', 'are' between a plural feature word and its list (see
#: _LIST_INTRODUCER)
_INTRODUCER_PHRASES = (
    *("such as", "including", "namely", "like", "are"),
    *("такие как", "как", "в том числе", "а именно"),
    *("ինչպիսին են", "ինչպիսիք են", "որոնցից են", "են"),
)
#: The words that end an introducer, each with the shortest introducer it ends ('как' for 'такие как' too)
_INTRODUCERS_BY_LAST_WORD = {
    phrase.rpartition(" ")[2]: phrase for phrase in sorted(_INTRODUCER_PHRASES, key=len, reverse=True)
}

_COLONS = frozenset(":\u055d")
#: The last characters of those words and the colons, one of which stands before the space that ends an
#: introducer, or before the name: a cheap test before _introduced
_INTRODUCER_ENDS = frozenset((*(word[-1] for word in _INTRODUCERS_BY_LAST_WORD), *_COLONS))


def _introduced(lowered: str, start: int) -> bool:
    """Whether a list's introducer (see _LIST_INTRODUCER) ends right before the name at ``start``: a colon,
    or 'such as', 'в том числе', 'են' ... and a space."""
    if lowered[start - 2 : start].rstrip(" ")[-1:] in _COLONS:
        return True
    if lowered[start - 1 : start] != " ":
        return False
    window = max(0, start - 14)  # longer than the longest word that ends an introducer
    word_start = lowered.rfind(" ", window, start - 1) + 1 or window
    phrase = _INTRODUCERS_BY_LAST_WORD.get(lowered[word_start : start - 1])
    return (
        phrase is not None
        and lowered.endswith(phrase + " ", 0, start)
        and not lowered[start - len(phrase) - 2 : start - len(phrase) - 1].isalpha()
    )


#: Words between a plural feature word and the list it heads: a phrase of up to three words that ends in a
#: colon ('գետակներ, որոնցից են՝ Արգիճի, ...'), or words that say 'such as', 'among them', 'are'
_LIST_INTRODUCER = re.compile(
    r",?[ \t]*(?:(?:[^\W\d_]+ ){0,2}[^\W\d_]+ ?[:\u055d]|(?:"
    + "|".join(map(re.escape, sorted(_INTRODUCER_PHRASES, key=len, reverse=True)))
    + r")(?![^\W\d_]))"
)


def _list_between(lowered: str, position: int, start: int) -> bool:
    """Whether a list of names of one or two words runs from ``position`` to a later name at ``start``."""
    items = words = 0
    while lowered[position:start].strip():
        token = _LIST_TOKEN.match(lowered, position, start)
        if token is None:
            return False
        position = token.end()
        if token.group(1) == "," or token.group(1) in _CONJUNCTION_WORDS:
            if not words:
                return False
            items, words = items + 1, 0
        elif words == 2:
            return False
        else:
            words += 1
    return items > 0 and words == 0


def _next_word(lowered: str, end: int) -> str:
    match = _WORD_AFTER.match(lowered, end, end + 40)
    return match.group(1).translate(_SCAN_TABLE) if match else ""


_FOLDED_TAIL = re.compile(r"[^\W_]*(?:'[^\W_]+)*'?")

#: A name in quotation marks on its own is a title or the name of an organization: a club ('"Qarabağ"ın
#: oyunçusu', «Арарат» закрывается, «Արարատ-Արմենիա»), a film, a newspaper. After 'so-called' or a kind
#: word it stays a place (the so-called "NKR", село «Шуша»), and so does an abbreviation: quotation marks
#: around a state's abbreviation question it ('the “NKR” authorities', «НКР»). So does a name that only opens
#: a quotation.
_OPENING_QUOTES = frozenset('"«“„‹')
_CLOSING_QUOTES = frozenset("\"»”“›'’")
_QUOTED_PLACE_CUES = tuple(
    cue.translate(_SCAN_TABLE)
    for cue in (
        *("call", "name", "word", "say"),
        *("называ", "назван", "зов", "слов", "говор"),
        *("sözdə", "adlandır", "deyir", "söz"),
        *("կոչ", "անվան", "բառ", "ասում"),
    )
)
#: ... so does one joined to such a quoted name: '«Агдам», а не «Акна» или «Лачин»', '«Нагорный Карабах» или
#: просто «Карабах»', '"Shushi" or "Shusha"'; the words that join them, and adverbs that may stand between
_QUOTED_NAME_JOINS = frozenset(
    word.translate(_SCAN_TABLE)
    for word in "или и не а or and not nor than instead və ya yox yaxud կամ և եւ ու թե ոչ".split()
)
_QUOTED_NAME_BETWEEN = _QUOTED_NAME_JOINS | frozenset(
    word.translate(_SCAN_TABLE) for word in "просто just simply sadəcə sadece պարզապես".split()
)
_QUOTE_CONTEXT_TOKEN = re.compile(r"[^\W\d_]+|[\"'«»“”„‹›’]")
#: ... and so does one before a word for a place name: '“Kəlbəcər” toponiminin mənşəyi', «Шуша» — топоним
_TOPONYM_WORDS = tuple(word.translate(_SCAN_TABLE) for word in ("toponim", "топоним", "toponym", "տեղանուն"))
_CLUB_WORDS = frozenset(word.translate(_SCAN_TABLE) for word in "fk fc pfk фк пфк futbol".split())
_CLUB_BEFORE = ("FK ", "FC ", "PFK ", "ФК ", "ПФК ")
_CLUB_AFTER = (" FK", " FC", " ФК", " futbol")
_TOKEN_AFTER = re.compile(r"\S*")
_TOKEN_BEFORE = re.compile(r"\S*\Z")


def _may_name_an_organization(text: str, start: int, end: int) -> bool:
    """A quick test before :func:`_names_an_organization`: a quotation mark, a hyphen or a club's
    abbreviation next to the name."""
    return (
        (start > 0 and (text[start - 1] in _OPENING_QUOTES or text[start - 1] in "'-"))
        or text.startswith(_CLUB_AFTER, end)
        or text.endswith(_CLUB_BEFORE, 0, start)
    )


def _names_an_organization(text: str, lowered: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is (part of) the name of an organization or a title: a one-word name
    alone in quotation marks, hyphenated compounds included («Арарат-Армения»), or next to a club's
    abbreviation ('FK Qarabağ', 'Qarabağ FK')."""
    if not _may_name_an_organization(text, start, end):
        return False
    if not any(char.isspace() for char in text[start:end]):  # 'the "Zangezur corridor"' is a place
        head = _TOKEN_BEFORE.search(text, max(0, start - 40), start).group()  # type: ignore[union-attr]
        if head[:1] in _OPENING_QUOTES or head[:1] == "'":
            tail = _TOKEN_AFTER.match(text, end, end + 40).group()  # type: ignore[union-attr]
            if _CLOSING_QUOTES.intersection(tail):
                before = _previous_word(lowered, start - len(head))
                after = _next_word(lowered, end + len(tail))
                if after == "su":  # '"Xudafərin" su anbarı': the reservoir
                    after = _next_word(lowered, lowered.index("su", end + len(tail)) + 2)
                return not (
                    _is_abbreviation(text, start)  # scare quotes: 'the “NKR” authorities'
                    or _quoted_as_a_name(lowered, start - len(head))
                    # a kind word before or after: 'село «Шуша»', '«Şuşa» şəhərinin'
                    or before.startswith(_ANY_KIND_CUE)
                    or after.startswith(_ANY_KIND_CUE)
                    or after.startswith(_TOPONYM_WORDS)
                )
    return _previous_word(lowered, start) in _CLUB_WORDS or _next_word(lowered, end) in _CLUB_WORDS


#: A word of two to four letters (an abbreviation when they are capitals: 'NKR', 'НКАО', 'ԼՂՀ')
_ABBREVIATION = re.compile(r"[^\W\d_]{2,4}(?![^\W\d_])")


def _is_abbreviation(text: str, start: int) -> bool:
    """Whether the word at ``start`` is an abbreviation (not a name in capitals such as «ARARAT»)."""
    match = _ABBREVIATION.match(text, start)
    return match is not None and match.group().isupper()


def _quoted_as_a_name(lowered: str, quote: int, depth: int = 0) -> bool:
    """Whether the quotation opening at ``quote`` cites a name: a word for naming, calling or saying stands
    before it ('so-called "NKR"', 'говорят «Агдам»', 'the word "Artsakh"'), or it is joined to a quotation
    that does ('«Агдам», а не «Акна» или «Лачин»'). Reads back at most 80 characters a step, three steps."""
    tokens = list(_QUOTE_CONTEXT_TOKEN.finditer(lowered, max(0, quote - 80), quote))
    if not tokens:
        return False
    if tokens[-1].group().translate(_SCAN_TABLE).startswith(_QUOTED_PLACE_CUES):
        return True
    at, joined = len(tokens) - 1, False
    while at >= 0 and (word := tokens[at].group().translate(_SCAN_TABLE)) in _QUOTED_NAME_BETWEEN:
        joined = joined or word in _QUOTED_NAME_JOINS
        at -= 1
    if depth >= 3 or not joined or at < 1 or tokens[at].group() not in _CLOSING_QUOTES:
        return False
    for opening in range(at - 1, max(-1, at - 5), -1):  # a quoted name of up to three words
        if tokens[opening].group() in _OPENING_QUOTES or tokens[opening].group() == "'":
            return _quoted_as_a_name(lowered, tokens[opening].start(), depth + 1)
    return False


#: Words next to a name that make it a person's: 'şair Füzuli', 'поэт Туманян', 'mələk Cəbrayıl', 'Cəbrayıl
#: əleyhissalam', 'Bayandır xan' (folded, whole words).
_PERSON_WORDS = frozenset(
    word.translate(_SCAN_TABLE)
    for word in (
        "poet writer actress actor singer composer saint archangel angel king shah khan sultan marshal "
        "academician "
        "поэт поэта поэту поэтом писатель писателя писателю писателем актриса актёр певец певица композитор "
        "святой архангел царь хан шах маршал академик юзбаши сотник "
        "şair şairi yazıçı aktrisa aktyor müğənni bəstəkar müqəddəs mələk mələyi şah xan xaqan sultan həzrət "
        "akademik şirvanşah əleyhissalam məlik melik мелик մելիք yüzbaşı yuzbashi յուզբաշի "
        "բանաստեղծ գրող դերասանուհի դերասան երգիչ երգչուհի կոմպոզիտոր սուրբ հրեշտակ հրեշտակապետ արքա թագավոր "
        "զորավար ակադեմիկոս "
        # 'named after' follows an eponym's genitive: 'Գայի անվան դպրոց'
        "անվան"
    ).split()
)
#: Words after a name that make it a holy person's in any case form ('Cəbrayıl əleyhissalamın') (folded)
_PERSON_STEMS_AFTER = ("əleyhissalam".translate(_SCAN_TABLE),)
#: Titles that follow a person's name in Azerbaijani: before a name they end another's ('Pənahəli xan Ağdam').
_TITLES_AFTER_A_NAME = frozenset({"xan"})
#: An initial before a name: 'M. Füzuli', 'Հ. Թումանյան', 'Ов. Туманян'.
_INITIAL_BEFORE = re.compile(r"(?:^|[\s(«\"“])[^\W\d_]{1,2}\. ?\Z")


def _by_a_person_word(text: str, start: int, end: int, before: str, after: str) -> bool:
    """Whether a word next to the name at ``start:end`` (``before``, ``after``: folded), or an initial before
    it, makes it a person's name. Only spaces may part them, or a comma or an opening parenthesis before the
    word after ('Füzuli, şair', 'Cəbrayıl (mələk)'): in '(1932, Bakı) — yazıçı' and 'Pənahəli xan - Qarabağ
    xanlığının' the words belong to others.
    An Azerbaijani khan's title follows his name ('Bayandır xan'): before a name it ends another's
    ('Pənahəli xan Qarabağ xanlığının', 'xan Şuşanın')."""
    if (
        before in _PERSON_WORDS
        and before not in _TITLES_AFTER_A_NAME
        and text[max(0, start - 40) : start].rstrip()[-1:].isalpha()
    ):
        return True
    person_after = after in _PERSON_WORDS or after.startswith(_PERSON_STEMS_AFTER)
    parted = text[end : end + 40].lstrip(" (-")
    if parted.startswith(","):
        # 'Füzuli, şair' is in apposition; after a preposition of place the word begins a clause: 'Выйдя из
        # Тифлиса, шах направился'
        person_after = person_after and before not in _PLACE_PREPOSITIONS
    if person_after and parted.lstrip(" ,(-")[:1].isalpha() and not _titles_the_next_name(text, end):
        return True  # also joined by a hyphen: 'Аван-юзбаши'
    if "." not in text[max(0, start - 2) : start]:
        return False
    initial = _INITIAL_BEFORE.search(text, max(0, start - 5), start)
    return bool(initial) and initial.group().strip(' («"“')[0].isupper()  # type: ignore[union-attr]


def _titles_the_next_name(text: str, end: int) -> bool:
    """Whether the word after a name, one space on, is a capitalized title before another capitalized name:
    'Tiflisdəki Şah Abbas məscidi', 'the Tbilisi Shah Abbas mosque' (a title after a name is written small:
    'Nadir şah', 'Pənahəli xan')."""
    words = text[end : end + 60].split(" ", 3)
    return len(words) > 2 and words[0] == "" and words[1][:1].isupper() and words[2][:1].isupper()


#: Capitalized words that make a name another place's when they stand before it mid-sentence: 'Yeni Qaralar'
#: (not Qaralar), 'Lower Karabakh', 'Baş Noraşen', 'Nor Shahumyan', 'Մեծ Հայք' (Greater Armenia), a party
#: called «Новый Азербайджан». Names of the data that begin with one are matched whole before this applies.
#: Not 'Old', 'Старый', 'Köhnə', 'Հին': 'Старого Баку' is the old city of Baku.
_NAME_QUALIFIERS = frozenset(
    (
        *"Yeni Aşağı Yuxarı Orta Böyük Kiçik Baş".split(),
        *"New Upper Lower Great Little Greater Lesser Nor Verin Nerkin Mets Pokr".split(),
        # the Azerbaijani ones as English and Russian texts spell them: 'Ashaghi Shorzha', 'Юхары Шорджа'
        *"Ashaghi Ashagi Ashagy Asagi Yukhari Yukhary Yuxari Boyuk Beyuk Kichik".split(),
        *"Ашагы Юхары Юхари Йухары Беюк Бёюк Кичик Ени Йени".split(),
        *"Նոր Վերին Ներքին Մեծ Փոքր".split(),
        *"Нор Верин Неркин Мец Покр".split(),
        *(
            stem + ending
            for stem in ("Нов", "Верхн", "Нижн", "Больш", "Мал")
            for ending in RUSSIAN_ADJECTIVE_WRITTEN
        ),
    )
)


def _qualifier_before(text: str, start: int) -> str | None:
    """The word right before ``start`` (a space between) when it is a qualifier that, mid-sentence, makes
    the name another place's; at the start of a sentence it may be an adjective ('Մեծ Հայաստանի' 'of great
    Armenia')."""
    window_start = max(0, start - 12)
    word_start = text.rfind(" ", window_start, start - 1) + 1
    if not word_start and window_start:
        return None  # a longer word than any qualifier
    word = text[word_start : start - 1]
    if word not in _NAME_QUALIFIERS:
        unquoted = word.lstrip('«"“„(')
        return unquoted if unquoted != word and unquoted in _NAME_QUALIFIERS else None
    before = text[max(0, word_start - 8) : word_start].rstrip()
    # Armenian texts often write their full stop ։ as a colon; elsewhere a list after a colon goes on the
    # sentence ('8 dairə: Baş Noraşen, Qıvraq')
    ends = _SENTENCE_ENDS + ("…:" if "\u0531" <= word[:1] <= "\u058f" else "…")
    return word if before and before[-1] not in ends else None


#: Qualifiers that before a city's name name its metropolitan area: 'Greater Baku', 'Böyük Bakı'
_GREATER = frozenset(
    ("Great", "Greater", "Böyük", "Մեծ", *(word for word in _NAME_QUALIFIERS if word.startswith("Больш")))
)
#: The last three letters of every qualifier and the space after it: a cheap test before the word is read
_QUALIFIER_TAILS = frozenset(word[-3:] + " " for word in _NAME_QUALIFIERS)

#: Capitalized compass words right before a country's or a natural feature's name that make it another
#: place: 'Western Armenia' (a historical region, now in Turkey), 'Южный Азербайджан' and 'East Azerbaijan'
#: (in Iran), 'Qərbi Azərbaycan', 'East Sevan range'; Russian adjectives in every case, and the Russian
#: compass stems joined by a hyphen ('Восточно-Севанский хребет').
_COMPASS_BEFORE = tuple(f"{stem}-" for stem in ("Восточно", "Западно", "Северо", "Южно", "Юго")) + tuple(
    word + " "
    for word in (
        *"Western West Eastern East Northern North Southern South Qərbi Şərqi Şimali Cənubi".split(),
        *"Արևմտյան Արեւմտյան Արևելյան Արեւելյան Հյուսիսային Հարավային".split(),
        *(
            stem + ending
            for stem in ("Западн", "Восточн", "Северн", "Южн")
            for ending in RUSSIAN_ADJECTIVE_WRITTEN
            if ending[0] in "ыоау"
        ),
    )
)


#: Every capitalized compass word (a stem), alone or first in a compound ('Юго-Восточной', 'Հյուսիս-Արևելյան')
_EVERY_COMPASS_WORD = (
    *("North", "South", "East", "West", "Север", "Юж", "Юго", "Восточ", "Запад"),
    *("Հյուսիս", "Հարավ", "Արևել", "Արեւել", "Արևմ", "Արեւմ", "Şimal", "Cənub", "Şərq", "Qərb"),
)
#: The compass words that, before a country's name, name a part of it, not another region: 'Southern
#: Armenia' is Syunik, while Western and Eastern Armenia are historical regions and every compass word makes
#: another Azerbaijan (in Iran, a historical term, an irredentist one)
_COMPASS_PARTS = {
    "armenia": ("North", "South", "Север", "Юж", "Юго", "Հյուսիս", "Հարավ", "Şimal", "Cənub"),
    # the neighbours have no other region of their names here: 'North-Eastern Turkey', 'Northern Iran'
    **dict.fromkeys(("turkey", "iran", "georgia", "russia"), _EVERY_COMPASS_WORD),
}


def _names_a_part(place_id: str, text: str, start: int) -> bool:
    """Whether the compass word right before ``start`` names a part of the place (see _COMPASS_PARTS)."""
    parts = _COMPASS_PARTS.get(place_id)
    if not parts:
        return False
    before = text[max(0, start - 20) : start].rstrip(" -").rpartition(" ")[2]
    return before.startswith(parts)


#: How far apart two mentions may stand to be read as neighbours in a list or a route (see _by_document)
_ADJACENT_GAP = 12

#: The support from the rest of the text that a mention may need (see Scanner._drop_unconfirmed).
_NEARBY = 1
_IN_THE_REGION = 2
#: The kinds of place whose name, when it is also a person's, needs a sign of a place in the text.
_SMALL_KINDS = frozenset({"town", "village"})
#: Words that end an English name of a unit ('Lachin District', 'Syunik Province', 'Tovuz Rayon')
_ENGLISH_UNIT_WORDS = frozenset({"district", "province", "rayon", "region"})
#: The kinds of natural feature named after a place, and the English words before or after the place's name
#: that make a feature's name of it (see Scanner._feature_named_after)
_NAMED_AFTER_FEATURE_KINDS = frozenset({"reservoir", "lake", "river", "mountain", "range", "pass", "plain"})
_ENGLISH_FEATURE_WORDS_BEFORE = frozenset({"lake", "mount"})
_ENGLISH_FEATURE_WORDS_AFTER = frozenset(
    {"reservoir", "lake", "river", "mountain", "mountains", "range", "ridge", "pass", "plain", "lowland"}
)
#: 'region' after a name, and 'district of' before it ('the region of Nakhchivan' is rather the republic)
_REGION_AFTER = re.compile(r" [Rr]egion(?![\w'’-])")
_REGION_HEADS = (" region", " Region")  # quick tests before the patterns
_DISTRICT_OF_TAILS = ("istrict of ",)
_DISTRICT_OF_BEFORE = re.compile(r"(?<![\w-])[Dd]istrict of \Z")
#: Russian 'область' or 'марз' in any case, right before a name, and the last letters of its forms
_PROVINCE_WORD_BEFORE = re.compile(r"(?<![\w-])(?:[Оо]бласт|[Мм]арз)[а-яё]* \Z")
_PROVINCE_WORD_ENDS = frozenset("ьиеюямхз")
#: ... the plural ones, which go on through a list of names in the nominative: 'в областях Армавир и Арарат'
_PLURAL_PROVINCE_WORD_ENDINGS = ("ях", "ями", "ей", "ы", "и", "ах", "ами", "ов")
#: What joins the names of such a list
_LIST_JOIN = re.compile(r",? и |, ")
#: Kinds of place whose name a feature word may follow as their possessor ('Azərbaycanın dağları', 'the rivers
#: of Armenia', 'Qarabağ dağları', 'рекой Ярдымлинского района'), rather than name a feature after them.
_CONTAINER_KINDS = frozenset(
    {"country", "polity", "region", "economic-region", "province", "district", "city-district", "corridor"}
)
#: Kinds of natural places: after Russian 'на' a name means one of them rather than a town of that name.
_NATURE_KINDS = frozenset(
    {
        "lake",
        "reservoir",
        "river",
        "mountain",
        "range",
        "pass",
        "peninsula",
        "island",
        "bay",
        "plain",
        "valley",
    }
)
#: What separates the items of a list of names: 'Ալավերդի, Թումանյան', 'Füzuli və Cəbrayıl', a line break;
#: not a space alone ('Банк Азербайджана' is a bank).
_LIST_GAP = re.compile(rf"\s*(?:[,;/–—-]|{'|'.join(sorted(_AND_WORDS))}|\n)\s*", re.IGNORECASE)


def _listed_with_another(mentions: list[Mention], position: int, text: str) -> bool:
    """Whether the mention at ``position`` is an item of a list with the mention before or after it."""
    mention = mentions[position]
    if position > 0 and _LIST_GAP.fullmatch(text, mentions[position - 1].end, mention.start):
        return True
    return position + 1 < len(mentions) and bool(
        _LIST_GAP.fullmatch(text, mention.end, mentions[position + 1].start)
    )


#: Words before a name that make it a place: prepositions of place (folded).
_PLACE_PREPOSITIONS = frozenset(
    word.translate(_SCAN_TABLE)
    for word in "in near at from into outside в во из под около возле близ у".split()
)
#: Endings of a place's locative case: Armenian -ում, Azerbaijani -da/-də (folded).
_LOCATIVE_ENDINGS = ("ում", "da", "de", "dan", "den", "ta", "te")


#: A word and a conjunction right before a mention: 'Վերին և ' of 'Վերին և Ներքին Շորժա'
_ELIDED_BEFORE = re.compile(r"(?<![\w-])([^\W\d_]+) (?:" + "|".join(sorted(_CONJUNCTION_WORDS)) + r") \Z")
#: What joins the names of a list: a comma or a conjunction, as written
_LIST_JOINS = (", ", *(f" {word} " for word in sorted(_AND_WORDS)))


def _listed_with_names(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` stands in a list with capitalized words: 'Սևանի, Կամոյի, Մարտունու',
    'Kamo and Martuni'; not 'ոստիկանների ու Ղուկասյանի'."""
    for join in _LIST_JOINS:
        if text.startswith(join, end) and text[end + len(join) : end + len(join) + 1].isupper():
            return True
        if text.endswith(join, 0, start):
            previous = _WORD_RIGHT_BEFORE.search(text, max(0, start - len(join) - 40), start - len(join) + 1)
            if previous and previous.group(1)[:1].isupper():
                return True
    return False


def _starts_a_sentence(text: str, start: int) -> bool:
    """Whether ``start`` begins the text, a line or a sentence, where a common word has a capital too
    (Armenian text often writes its full stop ։ as a colon)."""
    before = text[max(0, start - 8) : start].rstrip(" \t\u00a0\"'«“„")
    return (start < 8 and not before) or before[-1:] in _CAPITAL_AFTER


_LIST_ITEM = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?, ")


def _begins_a_list_of_names(text: str, position: int) -> bool:
    """Whether a list of capitalized words begins at ``position``: 'Qoçəhmədli, Çimən, Cuvarlı' after
    'Füzulinin' are its villages, not a person's name after the poet's."""
    item = _LIST_ITEM.match(text, position, position + 60)
    return item is not None and text[item.end() : item.end() + 1].isupper()


#: What follows the place that begins a news dateline: a comma and the day ('ԳԱՎԱՌ, 2 ՄԱՐՏԻ', 'БАКУ, 20
#: сентября')
_DATELINE_AFTER = re.compile(r", ?\d{1,2}[ .]")
#: An Armenian province's governor after its name: 'Արարատի մարզպետը' is Ararat Province's
_GOVERNOR_AFTER = " մարզպետ"
#: Titles that begin like a kind word and name a person: a governor (մարզպետ, of a մարզ), a mayor
#: (քաղաքապետ), a village head (գյուղապետ): 'մարզպետ Արարատ Գրիգորյանը' is a person
_HEADS_OF_UNITS = tuple(word.translate(_SCAN_TABLE) for word in ("մարզպետ", "քաղաքապետ", "գյուղապետ"))


#: The word before 'of' right before a name: 'the village of Bakikhanov', 'the town of Abovyan'
_KIND_WORD_BEFORE_OF = re.compile(r"([^\W\d_]+) of \Z")
#: An English appositive after a name, up to its third word: 'Abovyan, a small town', 'Tegh, the village'
_APPOSITIVE = re.compile(r", (?:a|an|the) ((?:[^\W\d_]+ ){0,2}[^\W\d_]+)")


def _place_cued(lowered: str, start: int, end: int, before: str, after: str, endings: bool = True) -> bool:
    """Whether the name at ``start:end``, between the words ``before`` and ``after``, shows a sign of being a
    place: a preposition of place or a kind word next to it ('in Tumanyan', 'город Туманян', 'Թումանյան
    քաղաք', 'с. Тех'), a feature word after it ('Ազատի կիրճի'), or, with ``endings``, a locative ending
    ('Թումանյանում', 'Füzulidə')."""
    if before in _PLACE_PREPOSITIONS or ABBREVIATED_KIND_BEFORE.search(lowered, max(0, start - 8), start):
        return True
    words = [word for word in (before, after) if word and not word.startswith(_HEADS_OF_UNITS)]
    if any(word.startswith(_ANY_KIND_CUE) for word in words):
        return True
    if after and _feature_named_by(after.translate(_SCAN_TABLE)):
        return True  # a feature word: 'Ազատի կիրճի' (the Azat's gorge)
    if after.startswith(_REGION_WORDS):
        return True  # 'the Qazax region' (Qazax is also 'Kazakh')
    if after.startswith(_COMMUNITY_AFTER) or before.startswith(_COMMUNITY_BEFORE):
        return True  # 'Տեղ համայնքի ղեկավար', 'Мэром Абовяна'
    if (
        before == "of"
        and (kind_of := _KIND_WORD_BEFORE_OF.search(lowered, max(0, start - 24), start))
        and kind_of.group(1).translate(_SCAN_TABLE).startswith(_ANY_KIND_CUE)
    ):
        return True  # 'the village of Bakikhanov'
    appositive = _APPOSITIVE.match(lowered, end)
    if appositive and any(
        word.startswith(_ANY_KIND_CUE) for word in appositive.group(1).translate(_SCAN_TABLE).split()
    ):
        return True  # 'Abovyan, a small town near Yerevan'
    return endings and lowered[start:end].translate(_SCAN_TABLE).endswith(_LOCATIVE_ENDINGS)
