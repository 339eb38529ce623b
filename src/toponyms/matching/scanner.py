"""The scan: the automaton over the first words of every name, the candidates it finds in a text, and the
choices among them (the whole pipeline is described in :mod:`toponyms.matching`)."""

from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from itertools import pairwise

from toponyms.index import Index
from toponyms.inflection import (
    ARMENIAN,
    AZERBAIJANI,
    AZERBAIJANI_CYRILLIC,
    LONGEST_ENDING,
    scan_keys,
)
from toponyms.lookup import lookup
from toponyms.matching import context, folding, name_forms
from toponyms.model import SETTLEMENT_KINDS, Match, Mention, Name, Place, candidate_rank
from toponyms.normalize import APOSTROPHES, fix_lookalikes, fold, scan_lower
from toponyms.scripts import script_of
from toponyms.translit import skeleton


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
#: What may separate the words of a name
_GAP = re.compile(f"[\\s{re.escape(''.join(sorted(folding.DASHES)))}]+")
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


class Scanner:
    """The scan automaton of one index; built once, then only read (safe to share between threads).

    The text is only lowercased (a C-speed, length-keeping step) and fed to an ahocorasick-rs automaton
    holding the first word (or the stem) of every name, as written and folded. A hit counts when it
    starts a word; the rest of the word must be one of the endings allowed for the name, and the rest of
    a multiword name is checked on a folded copy of the few characters that follow. The automaton also
    holds the words that name a natural feature only with a feature word (Bazum of the Bazum Mountains):
    their hits count only next to a fitting feature word.
    """

    def __init__(self, index: Index, name_keys: name_forms.NameKeys | None = None) -> None:
        """Build the scanner of ``index``; ``name_keys``, its :func:`name_forms.name_scan_keys` (read from a
        cache), saves computing them."""
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
            name_keys = name_forms.name_scan_keys(index)
        for ref, keys_of_name in enumerate(name_keys):
            for written, rest, endings in keys_of_name:
                if endings == name_forms.UNIT_ADJECTIVE:
                    adjective.setdefault(written, []).append(ref)
                    continue
                if not written:
                    continue
                first = folding.plain_vowels(written)
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
            words = name.text.translate(folding.SCAN_TABLE).split(" ")
            as_written = name.text.split(" ")
            if len(words) == 3 and words[1] == "su" and name.lang == "az":
                # 'Mingəçevir su anbarı' is also written 'Mingəçevir anbarı'
                del words[1], as_written[1]
            if len(words) == 2:
                for position, (word, other) in enumerate(((words[0], words[1]), (words[1], words[0]))):
                    feature = context.feature_named_by(other)
                    if feature is None or place.kind not in context.FEATURE_KINDS[feature]:
                        continue
                    featured.setdefault(word, []).append(ref)
                    if word.endswith("скии"):  # Памбакский хребет: 'хребтами Алаб и Памбак'
                        featured.setdefault(word[:-4], []).append(ref)
                    elif name.lang == "hy" and position == 0 and word.endswith("ի") and len(word) > 5:
                        # a genitive's stem in apposition: 'Զանգեզուր լեռնաշղթայի' (Զանգեզուրի լեռնաշղթա)
                        featured.setdefault(word[:-1], []).append(ref)
                    if (
                        (
                            name.lang == "ru"
                            and as_written[position].endswith(name_forms.RUSSIAN_ADJECTIVE_ENDINGS)
                        )
                        or len(word) < 4
                        or len(as_written) != 2
                    ):
                        continue  # a Russian adjective does so as a unit adjective: 'хребтами Алаб и Памбак'
                    for first, rest, endings in scan_keys(as_written[position], name.lang):
                        if not rest and "" in endings:
                            conditional.setdefault(folding.plain_vowels(first), []).append(ref)
            elif (
                len(words) == 1
                and words[0].endswith(context.JOINED_FEATURE_WORDS)
                and place.kind in context.JOINED_FEATURE_KINDS[words[0][-3:]]
            ):
                featured.setdefault(words[0][:-3], []).append(ref)
                # 'Gilan, Vənənd və Düylün çayları', 'Murov dağının' (Murovdağ)
                if name.lang == "az" and len(words[0]) > 6:
                    for first, rest, endings in scan_keys(name.text[:-3], name.lang):
                        if not rest and "" in endings:
                            conditional.setdefault(folding.plain_vowels(first), []).append(ref)
        self._link_polities_to_their_places(featured, index)
        self._featured = {word: self._best_first(refs) for word, refs in featured.items()}
        name_starts: set[str] = {*single, *multi, *adjective, *conditional}
        keys = sorted(name_starts | context.KIND_WORDS.keys())
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
        self._kind_word_kinds = [context.KIND_WORDS.get(key) for key in keys]

        # the first word of a name written apart ('kara' of 'Kara-bagh') begins no name of the data
        # ('Karapetyan' is a person's), unless it begins one as the data writes it ('Qara Kilsə')
        def first_word(text: str) -> str:
            return folding.plain_vowels(scan_lower(name_forms.WORD_JOINS.split(text, maxsplit=1)[0]))

        apart = {
            first_word(spelled)
            for _, name in self._targets
            for spelled in name_forms.written_apart(name, set())
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
        uezds: dict[str, set[tuple[Place, Name]]] = {}
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
                if word.lower() in context.ENGLISH_UEZD_WORDS:
                    uezds.setdefault(fold(head), set()).add((place, name))
                if not name.is_current or not existing:
                    continue
                if place.kind == "corridor" and word.lower() == "corridor":
                    corridors.setdefault(fold(head), set()).add((place, name))
                elif place.kind != "corridor" and word.lower() in context.ENGLISH_UNIT_WORDS:
                    units.setdefault(fold(head), set()).add((place, name))
        self._english_units = context.one_place_per_head(units)
        #: per ref: the natural features named after its name, as romanized, in English ('Ахурян': the
        #: Akhuryan Reservoir), for a feature word next to the name in any language: 'водохранилище Ахуряна'
        features_by_head: dict[str, set[int]] = {}
        for place_index, place in enumerate(index.places):
            if place.kind not in context.NAMED_AFTER_FEATURE_KINDS:
                continue
            for name in place.names:
                words = name.text.split(" ")
                if name.lang != "en" or len(words) < 2:
                    continue
                if words[0].lower() in context.ENGLISH_FEATURE_WORDS_BEFORE:
                    head = skeleton(" ".join(words[1:]))
                elif words[-1].lower() in context.ENGLISH_FEATURE_WORDS_AFTER:
                    head = skeleton(" ".join(words[:-1]))
                else:
                    continue
                features_by_head.setdefault(head, set()).add(place_index)
        self._features_named_after: dict[int, set[int]] = {}
        for head, features in features_by_head.items():
            for ref in index.skeleton.get(head, ()):
                self._features_named_after.setdefault(ref, set()).update(features)
        self._english_regions = context.one_place_per_head(regions)
        #: the same for provinces alone, for Russian 'в области Армавир' (a district of that name may exist)
        provinces = {
            head: {(place, name) for place, name in found if place.kind == "province"}
            for head, found in units.items()
        }
        self._english_provinces = context.one_place_per_head(provinces)
        #: the places a province is named after, by one of their English names (the town of Armavir)
        self._province_namesakes = frozenset(
            place.id
            for place in index.places
            if any(name.lang == "en" and fold(name.text) in self._english_provinces for name in place.names)
        )
        #: per kind that a plural word after a list names, the map above of the places of that kind
        self._named_by_plural = {
            "province": self._english_provinces,
            "corridor": context.one_place_per_head(corridors),
            "unit": self._english_units,
            "rayon": self._english_units,
            "uezd": context.one_place_per_head(uezds),
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
                        *context.FEATURE_CUES_WRITTEN.values(),
                        *context.FEATURE_CUES.values(),
                        context.FEATURE_WHOLE_WORDS,
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
        #: per ref: where an abbreviation of capitals has them ('NKR', 'АзССР'), which a text must write in
        #: capitals too: 'Nar' is a mobile operator, not the NAR; 'Tripp' a surname, not the TRIPP route
        self._capitals = [abbreviation_capitals(name.text) for _, name in self._targets]
        #: per ref: the first word of the name, lowercased as written (with its ə and ı)
        self._written_heads = [scan_lower(name.text).split(" ")[0] for _, name in self._targets]
        # names that may be a language, a people, a person or a street: checked further when found
        self._country = [place.kind == "country" for place, _ in self._targets]
        #: per ref: whether a compass word before the name makes it another place (a country, a feature)
        self._compass = [
            place.kind == "country" or place.kind in context.NATURE_KINDS for place, _ in self._targets
        ]
        #: per ref: whether an ending that begins with i makes the word a person's epithet
        #: (context.takes_a_nisba)
        self._nisba_stems = [context.takes_a_nisba(name) for _, name in self._targets]
        self._guarded = [
            name.lang == "az"
            or name.status == "historical"
            or name.person
            or name.elsewhere
            or name.word
            or name.text.endswith(context.SURNAME_ENDINGS + context.RUSSIAN_SURNAME_ENDINGS)
            for _, name in self._targets
        ]

    def _feature_starts(self, lowered: str) -> list[int]:
        """Where the feature words of ``lowered`` begin, in order (also inside words: checked later)."""
        return [at for _, at, _ in self._feature_words.find_matches_as_indexes(lowered, overlapping=True)]

    def _link_polities_to_their_places(self, featured: dict[str, list[int]], index: Index) -> None:
        """Add to ``featured`` the one-word names of the places polities are named after (see
        :func:`context.polities_named_after`): 'Nukha' for the Shaki Khanate, 'Lankaran' for the Talysh
        Khanate. The polity's name in the language of that word stands for it, when it has one."""
        for place_index, polities in context.polities_named_after(index).items():
            for ref in index.refs_of(place_index):
                name = self._targets[ref][1]
                if " " in name.text:
                    continue
                word = name.text.translate(folding.SCAN_TABLE)
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
        mentions = self._with_feature_words(text, self._units_named_by_words(text, mentions))
        mentions = self._with_abbreviated_qualifiers(text, mentions)
        mentions = folding.with_abbreviations(text, self._elided(text, mentions))
        mentions = self._named_across_an_aside(text, mentions, case_sensitive)
        breaks = [span for span in folding.word_breaks(text) if self._joins_a_name(text, *span)]
        if not breaks:
            return mentions
        # a word hyphenated at the end of a line ('Степана-\nкерте', 'Ste-\npanakert') that joined begins a
        # name: the text around it is read again with the break closed, and a mention across the break
        # replaces what the first reading found there
        across: list[Mention] = []
        for low, high, spans in folding.windows_around(breaks, len(text)):
            joined, offsets = folding.without_spans(
                text[low:high], [(start - low, end - low) for start, end in spans]
            )
            for mention in self._find(joined, case_sensitive):
                start, end = low + offsets.start(mention.start), low + offsets.end(mention.end)
                if end - start > mention.end - mention.start:
                    across.append(Mention(start, end, mention.place, mention.name, text[start:end]))
        return folding.merged_in_order(mentions, across) if across else mentions

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
            word = context.next_word(scan_lower(text[second.end + 1 : second.end + 41]), 0)
            if not word.startswith(context.WORDS_AFTER_AN_ASIDE) and context.kinds_named_by(word) is None:
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
        ('Stepanekert', 'Azerbiajan', 'Vanadzir', 'Азербайжан'). Not a word that begins with a name or a
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
            folded = folding.plain_vowels(fold(word.group()))
            refs = {ref for key in _deletions(folded) for ref in table.get(key, ())}
            near = [
                ref
                for ref in refs
                if OSA.distance(folded, self._slip_keys[ref], score_cutoff=1) <= 1
                and not _one_of_a_double_dropped(folded, self._slip_keys[ref])
            ]
            if not near or self._begins_with_a_name(folding.plain_vowels(scan_lower(word.group()))):
                continue
            if (
                not context.next_to_a_capital(text, start, end)
                and len({self._ranks[ref][1] for ref in near}) == 1
            ):
                ref = min(near, key=lambda ref: self._ranks[ref])
                found.append(Mention(start, end, targets[ref][0], targets[ref][1], word.group()))
        return sorted([*mentions, *found], key=lambda mention: mention.start) if found else mentions

    def _build_slips(self) -> dict[str, tuple[int, ...]]:
        """The names that :meth:`_misspelled` reads, folded, under themselves and each of their forms with
        one letter dropped; built on first use (two threads may both build it, to the same end)."""
        keys: list[str] = [""] * len(self._targets)
        table: dict[str, list[int]] = {}
        for ref, (place, name) in enumerate(self._targets):
            folded = folding.plain_vowels(fold(name.text))
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
                and text.endswith(context.CONJUNCTIONS, 0, mention.start)
                and context.ELIDED_BEFORE.search(text, max(0, mention.start - 40), mention.start)
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
        return folding.merged_in_order(elided, mentions) if elided else mentions

    def _units_named_by_words(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """``mentions`` with an English settlement name that 'region' follows or 'district of' precedes made
        the unit named after it today, when one unit is: 'the Tovuz region', 'the district of Lachin'
        (Azerbaijani and Armenian texts in English call a rayon or a marz a region); and a settlement's name
        in the nominative after Russian 'область' or 'марз' the province named after it, as Russian texts
        from Armenia write: 'в области Армавир', 'с областями Арарат, Гегаркуник и Сюник'; an Armenian one
        before 'մարզպետ' (governor) too: 'Արարատի մարզպետ'; a name listed with two provinces the province
        named after it: 'Kotayk, Ararat, Armavir'; and a name in a
        list that a plural word for provinces, corridors or uezds ends the place of that kind named after it:
        'Արագածոտնի, Արարատի, Արմավիրի մարզերի', 'the Ararat and Armavir provinces', 'Zəngəzur və Laçın
        dəhlizlərində', 'the Shusha and Zangezur uyezds'."""
        plurals: list[int] | None = None  # where the text has a plural kind word (read once)
        lowered = ""  # the text lowercased, when a list needs it
        provinces_listed_to = -1  # where a list after a plural Russian province word has reached
        for position, mention in enumerate(mentions):
            if plurals is None:
                plurals = context.plural_kind_word_starts(text)
            at = bisect_right(plurals, mention.end)  # the first such word after the name, if any is near
            listed = at < len(plurals) and plurals[at] <= mention.end + context.LIST_WINDOW
            # a feature the bare name usually means shares it with a settlement: 'Արարատի մարզպետ' is the
            # governor of Ararat Province, not of Mount Ararat
            settlement = mention.place.kind in SETTLEMENT_KINDS or mention.name.primary
            if not (settlement or listed):
                continue
            start, end = mention.start, mention.end
            named_after = self._english_units
            region = (
                settlement
                and text.startswith(context.REGION_HEADS, end)
                and context.REGION_AFTER.match(text, end)
            )
            region_word = bool(region)  # 'region' or 'regions' after the name: a unit called so first
            if region:
                end = folding.past_marks(text, region.end())
            elif (
                settlement
                and text.endswith(context.DISTRICT_OF_TAILS, 0, start)
                and (unit_of := context.DISTRICT_OF_BEFORE.search(text, max(0, start - 12), start))
            ):
                start = unit_of.start()
            elif (
                settlement
                and mention.name.lang == "ru"
                and text[start - 2 : start - 1] in context.PROVINCE_WORD_ENDS
                and (province_word := context.PROVINCE_WORD_BEFORE.search(text, max(0, start - 14), start))
                and fold(mention.surface) == fold(mention.name.text)
            ):
                start, named_after = province_word.start(), self._english_provinces
                if province_word.group().rstrip().endswith(context.PLURAL_PROVINCE_WORD_ENDINGS):
                    provinces_listed_to = end  # 'в областях Армавир и Арарат'
            elif (
                settlement
                and provinces_listed_to >= 0
                and context.LIST_JOIN.fullmatch(text, provinces_listed_to, start)
                and fold(mention.surface) == fold(mention.name.text)
            ):
                named_after, provinces_listed_to = self._english_provinces, end
            elif settlement and mention.name.lang == "hy" and text.startswith(context.GOVERNOR_AFTER, end):
                named_after = self._english_provinces  # 'Արարատի մարզպետ': the governor of Ararat Province
            elif (
                mention.place.id in self._province_namesakes
                and not listed
                and self._listed_with_provinces(text, mentions, position)
            ):
                named_after = self._english_provinces  # 'Kotayk, Ararat, Armavir': Armavir Province
            elif listed:
                lowered = lowered or scan_lower(text)
                kind = context.kind_ending_a_list(text, lowered, mentions, position)
                if kind is None:
                    continue
                if kind == "rayon" and settlement:
                    continue  # 'Füzuli, Cəbrayıl və Zəngilan rayonları': the towns, as their units are meant
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

    @staticmethod
    def _with_feature_words(text: str, mentions: list[Mention]) -> list[Mention]:
        """``mentions`` with the English feature word right after or before a natural feature's name taken
        into the mention, as part of the feature's English name: 'the Araz River', 'the Zangezur ridge',
        'Sarsang Water Reservoir', 'lake Sevan', 'Mt. Lalvar', 'the River Debed' (the data names them
        'Aras River', 'Zangezur Mountains', 'Sarsang Reservoir', ...). A word that another mention takes stays
        apart."""
        after_words, before_words = context.ENGLISH_FEATURE_WORD_AFTER, context.ENGLISH_FEATURE_WORD_BEFORE
        for position, mention in enumerate(mentions):
            kind = mention.place.kind
            if kind not in after_words:
                continue
            start, end, surface = mention.start, mention.end, mention.surface.lower()
            after = after_words[kind].match(text, end) if text.startswith(" ", end) else None
            if after and after.group().split()[-1].lower().removesuffix("'s").removesuffix("’s") in surface:
                after = None  # 'Lake Sevan Lake'
            if after and (position + 1 == len(mentions) or after.end() <= mentions[position + 1].start):
                end = folding.past_marks(text, after.end())  # with a stress mark on the word's last letter
            before = before_words.get(kind)
            word = (
                before.search(text, max(0, start - 7), start)
                if before and text[start - 1 : start] == " "
                else None
            )
            if word and (position == 0 or word.start() >= mentions[position - 1].end):
                start = word.start()
            if (start, end) != (mention.start, mention.end):
                mentions[position] = Mention(start, end, mention.place, mention.name, text[start:end])
        return mentions

    def _with_abbreviated_qualifiers(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """``mentions`` and the names written with an Armenian qualifier abbreviated to its first letter, as
        lists of villages write them: 'Ն․ Շորժա' is Ներքին Շորժա and 'Վ․ Շորժա' Վերին Շորժա (not the village
        once called Շորժա), 'Մ․ Մասրիկ' Մեծ Մասրիկ; only when one place has such a name."""
        found: list[Mention] = []
        looked_up: dict[tuple[str, str], Match | None] = {}  # each abbreviated name once a text
        for abbreviation in context.abbreviated_qualifiers(text):
            letter, word = abbreviation.groups()
            if (letter, word) not in looked_up:
                places: dict[str, Match] = {}
                for qualifier in context.ARMENIAN_QUALIFIERS[letter]:
                    for match in lookup(self._index, f"{qualifier} {word}", limit=2, fuzzy=False):
                        if match.name.lang == "hy" and match.name.text.startswith(qualifier + " "):
                            places.setdefault(match.place.id, match)
                looked_up[letter, word] = places.popitem()[1] if len(places) == 1 else None
            if (qualified := looked_up[letter, word]) is not None:
                start, end = abbreviation.start(), abbreviation.end()
                found.append(Mention(start, end, qualified.place, qualified.name, text[start:end]))
        return folding.merged_in_order(mentions, found) if found else mentions

    def _feature_named_after(self, refs: tuple[int, ...], feature: str) -> tuple[int, ...]:
        """The refs of the one feature of the kind ``feature`` names whose English name is a name of ``refs``,
        as romanized, with a feature word ('водохранилище Ахуряна': the Akhuryan Reservoir); else, for a name
        no other place bears, whose English name is an English name of its place with a feature word
        ('Madagiz water reservoir': the Sugovushan Reservoir, of the village Sugovushan, formerly Madagiz; but
        'Arpachay', a name of two rivers, leads to no reservoir). The refs come with their names in the
        language of the first ref's first; else ``()``."""
        targets, kinds, places = self._targets, context.FEATURE_KINDS[feature], self._index.places
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
        before = folding.BROKEN_HEAD.search(text, max(0, start - 40), start)
        after = folding.BROKEN_TAIL.match(text, end, end + 40)
        if before is None or after is None:
            return False
        head = before.group()
        word = folding.plain_vowels(scan_lower(folding.INVISIBLE.sub("", head + after.group())))
        return self._begins_with_a_name(word, reaching=len(head))

    def _find(self, text: str, case_sensitive: bool) -> list[Mention]:
        if not text:
            return []
        written, text = text, fix_lookalikes(text)  # the same length: a surface is cut from what was written
        lowered = lowered_text = scan_lower(text)
        # a text with ı or ə writes ı and i apart, as Azerbaijani spelling has them (context.takes_a_nisba)
        azerbaijani_vowels = "ı" in lowered or "ə" in lowered
        lowered = folding.plain_vowels(lowered)
        offsets: folding.OffsetMap | None = None
        if folding.may_hold_invisible(lowered) and folding.INVISIBLE.search(lowered):
            lowered, offsets = folding.without_matches(lowered, folding.INVISIBLE)
        kind_words: list[tuple[int, int, frozenset[str]]] = []
        candidates = self._candidates(lowered, text if offsets is None else None, kind_words)
        candidates.sort()
        mentions: list[Mention] = []
        undecided: dict[int, tuple[int, ...]] = {}  # mention position -> refs that rank alone chose among
        # mention position -> the support from the rest of the text it needs (context.NEARBY or
        # context.IN_THE_REGION)
        unconfirmed: dict[int, int] = {}
        reached = 0
        url_starts, url_ends = folding.url_starts_and_ends(lowered_text)
        feature_starts: list[int] | None = None  # where feature words begin, read when first needed
        targets = self._targets
        capitalized, capitals, guarded, compass = (
            self._capitalized,
            self._capitals,
            self._guarded,
            self._compass,
        )
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
                if (
                    text[end : end + 1] == " "
                    and text[end + 1 : end + 2].isupper()
                    and context.feature_named_by(context.next_word(lowered_text, end)) is None
                    and context.feature_before(lowered_text, start) is None
                ):
                    # the first word of a longer name: 'Qızıl Qaya ... dağları' is no Qızıldağ; not after a
                    # feature word: 'озеру Кари Арагацотнской области'
                    continue
                refs = tuple(~ref for ref in refs)
            if (
                case_sensitive
                and not text[start + 1 : end].islower()
                and folding.camel_cased(text, start, end)
                and not any(
                    folding.camel_cased(written, 0, len(written))
                    for written in (targets[ref][1].text for ref in refs)
                )
                # ... unless it is an item of a list of places: 'Samukh, Shamikir, TerTer, Tovuz'
                and not (
                    context.in_a_list(lowered_text, start)
                    and mentions
                    and start - mentions[-1].end <= _LIST_ITEM_REACH
                )
            ):
                continue  # 'KaTeX': a product's name, not the village Katex; 'АрмССР' is a name of the data
            if (
                targets[refs[0]][0].kind == "economic-region"
                and " " not in lowered_text[start:end]
                and (
                    context.next_word(lowered_text, end).startswith(context.ROAD_WORDS)
                    or context.previous_word(lowered_text, start).startswith(context.ROAD_WORDS_BEFORE)
                    or lowered_text[end : end + 1] in folding.DASHES
                    or lowered_text[start - 1 : start] in folding.DASHES
                )
            ):
                # a road between the two places, or a route through them: 'Gəncə-Qazax yolu', 'трасса
                # Газах-Товуз', 'Bakı-Gəncə-Qazax' (see name_forms._region_of_two_names)
                continue
            if lowered_text.startswith(context.HYPHENS, end) and context.begins_a_compound_adjective(
                lowered_text, end
            ):
                continue  # 'Кура-Араксинской низм.', 'Самур-Девечинской низменности': another place
            if (
                text.startswith(context.HYPHENS, end)
                and text[end + 1 : end + 2].isupper()
                and context.compound_before_a_kind_word(lowered_text, end + 1)
                and not self._starts_a_name(lowered_text, end + 1)
            ):
                continue  # 'Qrız-Dəhnə kəndi': a village of that compound name, not Qrız
            # a feature word after the name is looked for whenever its first letters fit one; before it only
            # for the names that are checked further anyway (guarded, or of several places)
            feature = None
            its_features = False  # 'Laçın dağları': the mountains of Lachin, not a range named after it
            after = context.past_aside(lowered_text, end) if lowered_text.startswith(" (", end) else end
            # a feature word may follow a quoted name ('"Xudafərin" su anbarı'), and 'su' (water) may stand
            # before it: 'Tovuz su anbarı' is a reservoir, not the town; so may English 'water', as
            # Azerbaijani news in English write it ('the Shamkir water reservoir', 'water reserve')
            gap = end + 1 if text[end : end + 1] in context.CLOSING_QUOTES else end
            water = lowered_text.startswith(context.WATER_BEFORE_A_FEATURE, gap)
            if water:
                gap = lowered_text.index(" ", gap + 1)
            if (
                lowered_text[gap : gap + 1] == " "
                and (
                    lowered_text[gap + 1 : gap + 4] in context.FEATURE_HEADS
                    or lowered_text[gap + 1 : gap + 3] in context.FEATURE_HEADS
                )
                # not after a name that says its kind itself, nor after a possessive: 'Lake Sevan basin',
                # 'Sevan's basin' name the lake
                and " " not in lowered_text[start:end]
                and not lowered_text.endswith(context.POSSESSIVES, start, end)
                and not lowered_text.startswith(context.NOT_FEATURE_COMPOUNDS, gap + 1)
            ):
                next_word = context.next_word(lowered_text, gap)
                if next_word in context.WORDS_BEFORE_A_FEATURE:
                    # 'the Meghri mountain pass', 'the Zangezur mountain range': the pass, the range; so is
                    # a mountain chain, and 'Zəngəzur sıra dağları'
                    following = context.next_word(lowered_text, gap + 1 + len(next_word)) or next_word
                    next_word = context.feature_word_after(next_word, following)
                feature = (
                    "reservoir"
                    if water and next_word.startswith("reserve")
                    else context.feature_named_by(next_word)
                )
                if (
                    feature == "village"
                    and next_word.startswith(context.VILLAGES)
                    and not context.in_a_list(lowered_text, start)
                ):
                    feature = None  # 'Kotayk villages', 'Կոտայքի գյուղերում': the villages of Kotayk
                # a plural names the features of the place: 'Laçın dağları', 'the Lerik mountains'
                its_features = (
                    targets[refs[0]][1].lang == "az" and context.AZ_PLURAL.search(next_word) is not None
                ) or next_word == "mountains"
            elif lowered_text[end : end + 1] in folding.DASHES and lowered_text.startswith(
                context.RIVER_WORDS_HYPHENATED, end + 1
            ):
                feature = "river"  # 'реки Ленкоран-чай', 'Qudyal-çayın': the river, not the town
            elif (
                lowered_text[after : after + 1] == "," or lowered_text.startswith(context.CONJUNCTIONS, after)
            ) and " " not in lowered_text[start:end]:
                if feature_starts is None:
                    feature_starts = self._feature_starts(lowered_text)
                at = bisect_left(feature_starts, end)
                if at < len(feature_starts) and feature_starts[at] < end + context.LIST_WINDOW:
                    feature = context.feature_after_list(text, lowered_text, after)
            # the word before names no kind of this one when it ends the mention before: 'Սևանա լճից Հրազդանի'
            # (from Lake Sevan, the Hrazdan's)
            word_before_free = not (mentions and mentions[-1].end >= start - 1)
            if feature is None and word_before_free and (conditional or len(refs) > 1 or guarded[refs[0]]):
                feature = context.feature_before(lowered_text, start)
                if (
                    feature == "village"
                    and context.previous_word(lowered_text, start).startswith(context.VILLAGES)
                    and context.is_declined(text, start, end, targets[refs[0]][1])
                ):
                    feature = None  # 'в селах Котайка': the villages of Kotayk
                if feature is None and "." in lowered_text[start - 3 : start]:
                    feature = context.feature_abbreviated(text, lowered_text, start)
            elif (
                feature is None
                and word_before_free
                and (
                    lowered_text[start - 4 : start - 1] in context.NAMING_WORD_TAILS
                    or lowered_text[start - 2 : start - 1] == "."
                    or lowered_text[start - 3 : start - 1] == "mt"
                )
                and " " not in lowered_text[start:end]  # 'перевал Базумского хребта': the range's pass
            ):
                # 'Mount Goris', 'river Goris', 'р. Шуша': a feature the data lacks, not the town; after a
                # declined Russian word only a name in the nominative ('на реке Гейчай', not 'реки Карабаха'),
                # or one a feature is named after ('водохранилища Апарана': the Aparan Reservoir)
                declined = context.is_declined(text, start, end, targets[refs[0]][1])
                feature = context.naming_word_before(text, lowered_text, start, not declined)
                if (
                    feature is None
                    and declined
                    and (named := context.naming_word_before(text, lowered_text, start, True))
                    and self._feature_named_after(refs, named)
                ):
                    feature = named
            if (
                feature is None
                and (
                    context.in_a_list(lowered_text, start)
                    or (
                        lowered_text[start - 2 : start - 1] in context.INTRODUCER_ENDS
                        and context.introduced(lowered_text, start)
                    )
                )
                and " " not in lowered_text[start:end]
            ):
                # 'реки Аракс, Кура и Тертер', 'между хребтами Алаб и Памбак', 'ջրամբարներ, ինչպիսին են
                # Ախուրյանի'
                if feature_starts is None:
                    feature_starts = self._feature_starts(lowered_text)
                feature = context.feature_before_list(lowered_text, start, feature_starts)
                if (
                    feature
                    and targets[refs[0]][1].lang == "ru"
                    and context.is_declined(text, start, end, targets[refs[0]][1])
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
            if feature is not None and (conditional or feature not in context.ONLY_FOR_WORDS_NO_NAME):
                # 'Sevan gölü': the lake, not the town; 'Minkənd çayı', 'Ordubad düzənliyi': a river, a plain
                # the data does not have, named after a village, a town or a river. Not after a country or a
                # district ('Azərbaycanın dağları', 'рекой Ярдымлинского района'), nor 'Ordubadın dağları'.
                fitting = tuple(ref for ref in refs if targets[ref][0].kind in context.FEATURE_KINDS[feature])
                if not fitting:  # 'Pambak, Areguni and Sevan ranges': the ranges of those names
                    word = lowered_text[start:end].translate(folding.SCAN_TABLE)
                    fitting = tuple(
                        ref
                        for ref in self._featured.get(word, ())
                        if targets[ref][0].kind in context.FEATURE_KINDS[feature]
                    ) or self._feature_named_after(refs, feature)
                if fitting:
                    refs = fitting
                elif feature == "village" and any(targets[ref][0].kind in SETTLEMENT_KINDS for ref in refs):
                    pass  # a town listed with villages stays the town; a river or a mountain is no mention
                elif containers := tuple(
                    ref for ref in refs if targets[ref][0].kind in context.CONTAINER_KINDS
                ):
                    refs = containers  # the features of a country or a unit, not of a village of its name
                elif conditional or not (
                    its_features
                    or (targets[refs[0]][1].lang == "az" and end - start > len(targets[refs[0]][1].text))
                ):
                    # a word that names a feature only with its own feature word is no place before another:
                    # 'Qasımqışlaq, Gədikqışlaq və Vəlvələ kəndləri' are villages, not the Vəlvələçay's
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
                and text.endswith(context.COMPASS_BEFORE, 0, start)
                and not context.names_a_part(targets[ref][0].id, text, start)
            ):
                # 'Western Armenia', 'Южный Азербайджан', 'Qərbi Azərbaycan': other regions; 'Արևելյան Սևանի
                # լեռնաշղթա', 'Восточно-Севанский хребет': another range
                continue
            if (
                text[start - 4 : start] in context.QUALIFIER_TAILS
                and (qualifier := context.qualifier_before(text, start))
                and not (qualifier in context.GREATER and targets[refs[0]][0].kind == "city")
            ):
                continue  # 'Yeni Qaralar', 'Lower Karabakh', 'Nor Shahumyan'; not 'Greater Baku'
            # an abbreviation's case ending after a hyphen ('ԼՂՀ-ի', 'SSRİ-nin') is part of the mention; an
            # adjective's or a people's ending makes none ('ԼՂՀ-ական', 'SSRİ-li')
            hyphenated_ending = (
                _HYPHENATED_WORD.match(text, end)
                if text[end : end + 1] in folding.DASHES and text[start:end].isupper()
                else None
            )
            if hyphenated_ending and fold(hyphenated_ending.group(1)) in _HYPHENATED_ADJECTIVES:
                continue
            lowercase = case_sensitive and (
                (capitalized[ref] and text[start].islower())
                or (capitals[ref] and not capitals_kept(text[start:end], capitals[ref]))
            )
            open_refs: tuple[int, ...] = ()
            needs = 0
            if (
                len(refs) > 1
                or guarded[ref]
                or lowercase
                or context.may_name_an_organization(text, start, end)
                or (text[end : end + 1] == " " and text[end + 1 : end + 2].isupper())  # a surname next?
            ):
                # a place's name right before is no given name: 'Qarabağın Füzuli, Cəbrayıl və Zəngilan'
                after_a_mention = bool(mentions) and mentions[-1].end == start - 1 and text[start - 1] == " "
                chosen = self._choose(refs, text, lowered_text, start, end, case_sensitive, after_a_mention)
                if chosen is None:
                    continue
                ref, open_refs, needs = chosen
            place, name = targets[ref]
            if (
                self._nisba_stems[ref]
                and (
                    (azerbaijani_vowels and lowered_text[start + len(name.text) : end][:1] == "i")
                    # Cyrillic letters keep и and ы apart: 'Нахчывани' is no case of Нахчыван
                    or (name.lang == "az-Cyrl" and lowered_text[start + len(name.text) : end][:1] == "и")
                )
            ):
                continue  # 'Hüseyn Nadim Naxçıvani', 'Şəmsəddin Lahicinin', 'Аджеми Нахчывани': an epithet
            # what the rest of the text decides is kept by the mention's position: known only once it is kept
            if open_refs:
                undecided[len(mentions)] = open_refs
            if needs:
                unconfirmed[len(mentions)] = needs
            reached = -negative_end
            if (
                hyphenated_ending
                and name.lang in _HYPHENATED_ENDINGS
                and fold(hyphenated_ending.group(1)) in _HYPHENATED_ENDINGS[name.lang]
            ):
                end = hyphenated_ending.end()
                if offsets is None:  # else reached counts in the scanned text, which lacks some characters
                    reached = end
            if end < len(text) and unicodedata.category(text[end]) in folding.MARKS:
                end = folding.past_marks(text, end)  # a stress mark on the last letter: 'Шуша́'
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
        if case_sensitive and any(self._capitals[ref] for ref in refs):
            refs = tuple(ref for ref in refs if capitals_kept(text[start:end], self._capitals[ref]))
            if not refs:
                return None
        if context.names_an_organization(text, lowered, start, end):
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
            and context.before_a_surname_or_patronymic(text, end)
            and not context.place_cued(lowered, start, end, context.previous_word(lowered, start), "")
            and not self._declined_before_a_name(ref, text, start, end)
        ):
            # 'Ararat Mirzoyan', 'Hacı Zeynalabdin Tağıyev', 'Bakıxanov Akif Məmmədxan oğlu': a person;
            # 'в Шуше Алиев заявил', 'Şuşada Əliyev' stay places
            return None
        if self._guarded[ref]:
            place, name = self._targets[ref]
            if (
                name.lang == "az"
                and context.AZ_NOT_A_PLACE.match(lowered, end)
                and not context.is_declined(text, start, end, name)
            ):
                # 'Qazax dili', 'Azərbaycan xalqı': a language or a people; not a genitive ('Azərbaycanın
                # xalqı', the people of Azerbaijan; 'Ankaranın Türk dünyası', Ankara's Turkic world)
                return None
            if lowered[start:end] in context.IDIOMS and context.IDIOMS[lowered[start:end]].match(
                lowered, end
            ):
                return None  # 'Տեղի ունեցած սադրանքը' (the provocation that took place): not Tegh
            if (
                not after_a_mention
                and context.after_a_given_name(name, text, start, place.kind)
                and not (
                    context.is_declined(text, start, end, name)
                    and self._listed_before_a_name(text, lowered, end)
                )
            ):
                # 'Հովհաննես Թումանյանի', 'Stepan Shahumyan': a person; not the first of a list of places,
                # 'Ազատագրվեցին Ֆիզուլիի, Ջաբրայիլի ... շրջանները' (were freed: the districts of Fuzuli, ...)
                return None
            before, after = context.previous_word(lowered, start), context.next_word(lowered, end)
            if (
                name.person
                and text.startswith(" ", end)
                and text[end + 1 : end + 2].isupper()
                and not after.startswith(context.ANY_KIND_CUE)
                and not self._starts_a_name(lowered, end + 1)
                and not context.begins_a_list_of_names(text, end + 1)
            ):
                # 'Lori Loughlin', 'Թումանյան Արամ', 'Füzulinin Leyli və Məcnun': a person's name before
                # another name; 'Cəbrayıl Azərbaycanın rayonudur' stays the place
                return None
            if context.names_a_street(before, after) and not context.square_of_a_place(lowered, start):
                return None  # 'площадь Ленина', 'Tumanyan Street', 'Şuşa küçəsi'
            # 'поэт Армении' is a country's poet: a country is never a person's name, nor is a name in the
            # locative ('aktrisa Bakıda', the actress in Baku)
            if (
                place.kind != "country"
                and context.by_a_person_word(text, start, end, before, after)
                and not context.in_the_locative(lowered[start:end], name)
            ):
                return None  # 'şair Məhəmməd Füzuli', 'M. Füzulinin', 'Cəbrayıl əleyhissalam'
            if (
                name.person
                and not name.is_current
                and not context.place_cued(lowered, start, end, before, after)
                and not context.listed_with_names(text, start, end)
            ):
                # 'Ղուկասյանի աջակիցները', 'Mikoyan': a person; a place in 'в Микояне', 'Սևանի, Կամոյի'
                return None
            # a word that begins a sentence has a capital as a name has, and its locative is the word's
            # ('Հարավում' "in the south", not in Harov); the word before it belongs to another sentence. So
            # has a word in capitals ('ԱՊԱԳԱՅՈՒՄ' "in the future", not in Apaga). A country's name written
            # with its capital is the country, even when it is also a common word ('Turkey').
            word = name.word and place.kind != "country"
            if word and (start == 0 or text[start - 1] == "\n") and context.DATELINE_AFTER.match(text, end):
                return ref, open_refs, 0  # a news dateline: 'ԳԱՎԱՌ, 2 ՄԱՐՏԻ, ԱՐՄԵՆՊՐԵՍ'
            opening = word and (context.starts_a_sentence(text, start) or text[start:end].isupper())
            # after a capitalized word that names no place, such a word ends a proper name, whatever its case
            # ('Şərur Mədəniyyət Sarayında', in the Palace of Culture)
            ends_a_proper_name = (
                word and not opening and not after_a_mention and context.after_a_capital(text, start, True)
            )
            if (
                (word or (name.person and place.kind in context.SMALL_KINDS))
                and not context.place_cued(
                    lowered,
                    start,
                    end,
                    "" if opening else before,
                    after,
                    endings=not (opening or ends_a_proper_name),
                )
                and not context.owns_a_place(name, lowered, start, end)
                and context.kind_after_list(text, lowered, end, context.any_kind_word) is None
                and not context.kind_word_before_list(text, lowered, start)
            ):
                # 'Թումանյանի բանաստեղծությունները': the poet; 'Тех, кто ...': "those"; unless a kind word
                # heads or ends the list it goes on ('Çarxı, Çaykənarı və Yaquboba kəndlərində') ...
                if ends_a_proper_name:
                    return None  # 'Musiqiçilər Cəmiyyəti, Şamaxıdakı ...': a society's name, beside a place
                return ref, open_refs, context.NEARBY
            if name.elsewhere:
                # 'Куба' is Cuba, unless the text is about the region; a former state's 'Albania' is the
                # Balkan country, unless the text is about the state's times
                return (
                    ref,
                    open_refs,
                    context.IN_ITS_TIMES if place.kind == "polity" else context.IN_THE_REGION,
                )
        return ref, open_refs, 0

    def _declined_before_a_name(self, ref: int, text: str, start: int, end: int) -> bool:
        """Whether the Armenian or Azerbaijani name at ``start:end`` has a case ending: these languages
        decline only a person's last name, so a declined word is no given name ('Գյումրու Աբովյան փողոց',
        Gyumri's Abovyan street; 'Kürün Salyan ərazisindən', the Kura's Salyan stretch), while Russian
        declines both ('с Араратом Мирзояном')."""
        name = self._targets[ref][1]
        if name.lang == "az":
            # the name as Azerbaijani writes it and a case ending in its vowel harmony: not 'Kura Mirzoyan'
            # read as Kür + a, nor the given name 'Tehranə Quliyeva' as Tehran + ə
            stem, ending = text[start : start + len(name.text)], text[start + len(name.text) : end]
            return (
                stem.lower() == name.text.lower()
                and fold(ending).lstrip("'") in context.AZ_CASE_ENDINGS
                and context.in_harmony(stem, ending.lstrip("'"))
            )
        return (
            name.lang == "hy"
            and script_of(text[start]) == "Armn"  # not its spelling in Russian letters ('Закаталы Мирзоян')
            and context.is_declined(text, start, end, name)
        )

    def _listed_before_a_name(self, text: str, lowered: str, end: int) -> bool:
        """Whether a comma after ``end`` leads to a name of the data: a list of places."""
        return text.startswith(", ", end) and self._starts_a_name(lowered, end + 2)

    def _starts_a_name(self, lowered: str, start: int) -> bool:
        """Whether the word at ``start`` begins with the first word or stem of a name of the data."""
        word = context.WORD_AFTER.match(lowered, start, start + 40)
        return word is not None and self._begins_with_a_name(folding.plain_vowels(word.group(1)))

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
        if abbreviated := context.abbreviation_before(text, lowered, start):
            abbreviation, start = abbreviated  # the sentence goes on before its full stop
            fits = context.ABBREVIATION_KINDS[abbreviation]
            refs = tuple(ref for ref in refs if self._targets[ref][0].kind in fits) or refs
            if len({self._ranks[ref][1] for ref in refs}) == 1:
                return refs  # 'оз. Севан': the lake; 'г. Арагац': the mountain, as no town bears the name
        # the words right before and after, with only a space between: a word across a comma or a full stop
        # belongs to another phrase ('Խաչեն գավառները, Խաչեն գյուղում')
        spaced_before = lowered[start - 1 : start] == " " and lowered[start - 2 : start - 1].isalpha()
        spaced_after = lowered[end : end + 1] == " " and lowered[end + 1 : end + 2].isalpha()
        before = context.previous_word(lowered, start) if spaced_before else ""
        after = context.next_word(lowered, end) if spaced_after else ""
        if (after in context.SIDES_AND_REACHES or after in context.WATER_WORDS) and (
            side := context.WORD_AFTER.match(lowered, end, end + 40)
        ):
            # 'Թարթառի միջին հոսանքում', 'Ախուրյանի ձախ վտակը', 'Arazın sol sahilində', 'Sevan water level',
            # 'Սևանի ջրի մակարդակը': the word after
            after = context.next_word(lowered, side.end())
        if before == "на":  # Russian puts 'на' before a lake or a mountain, 'в' before a town
            nature = [ref for ref in refs if self._targets[ref][0].kind in context.NATURE_KINDS]
            if nature and len({self._ranks[ref][1] for ref in nature}) == 1:
                return (nature[0],)  # 'на Севане', 'на Арарате': the lake, the mountain
        into = before in context.RUSSIAN_IN_WORDS
        if before == "in" or into or lowered.endswith(context.ARMENIAN_IN_ENDING, start, end):
            # one is in a town but on a mountain: 'в Арарате', 'поехали в Арарат', 'in Ararat', 'Արարատում'
            # are the town or the province; and in a lake only as the words below say ('купались в Севане'),
            # else in the town; but Russian 'в' with the accusative is 'into' too: 'в Севан впадает'
            in_a_lake = into and lowered[end - 1 : end] not in context.RUSSIAN_IN_ENDINGS
            refs = tuple(
                sorted(
                    self._other_than(refs, {"mountain"}),
                    key=lambda ref: not in_a_lake and self._targets[ref][0].kind in context.NATURE_KINDS,
                )
            )
        kinds = {self._targets[ref][0].kind for ref in refs} & context.KIND_CUES.keys()
        if not kinds:
            return refs  # no word names the kind of any candidate ('Artsakh': the region or the republic)
        villages_of = False  # 'Kotayk villages', 'в селах Котайка': the villages of Kotayk
        if after.startswith(context.VILLAGES) and not context.in_a_list(lowered, start):
            after, villages_of = "", True  # but 'Aghdam and Vahidli villages'
        if before.startswith(context.VILLAGES) and context.is_declined(
            text, start, end, self._targets[refs[0]][1]
        ):
            before, villages_of = "", True  # but 'в селах Агдам и Вахидли'
        if villages_of:
            # a place with villages is a settlement or a unit, never a mountain or a lake ('Արարատի
            # գյուղերում', in the villages of Ararat)
            refs = self._other_than(refs, context.NATURE_KINDS)
        for neighbour in (before, after):  # 'Город Арарат. Гора Арарат.'
            cued = self._cued(refs, neighbour) if neighbour else []
            if cued:
                return tuple(cued)
        if after.startswith(context.REGION_WORDS):
            return refs  # 'the village of Sotk in the Vardenis region': a unit's head, whatever else
        named = context.kinds_named_in_sentence(text, lowered, start, end, kinds)
        of_that_kind = [ref for ref in refs if self._targets[ref][0].kind in named]
        if len(named) == 1 and len({self._ranks[ref][1] for ref in of_that_kind}) == 1:
            return (of_that_kind[0],)
        return refs  # none, or several places ('Ağdamdan ... Şuşakənd kəndinə': two villages named Ağdam)

    def _other_than(self, refs: tuple[int, ...], kinds: AbstractSet[str]) -> tuple[int, ...]:
        """The refs of places not of ``kinds``; all of them when each is of one of those kinds."""
        return tuple(ref for ref in refs if self._targets[ref][0].kind not in kinds) or refs

    def _cued(self, refs: tuple[int, ...], neighbour: str) -> list[int]:
        """The refs, best first, whose kind of place the word right next to the name names."""
        return [
            ref
            for ref in refs
            if (cues := context.NEIGHBOUR_KIND_CUES.get(self._targets[ref][0].kind))
            and neighbour.startswith(cues)
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
        """The place of the kind of the two mentions listed with the one at ``position`` (on both sides of
        it; or, settlements, both before it at a list's end or both after it at its start; one of them
        decided), when those are of one kind, as the items of a list are, and its name: the one candidate of
        that kind ('Gyumri, Ararat, Masis': the town, as settlements of any size make one kind; 'в Апаране,
        Спитаке и Севане'), or, among provinces, the one province named after a candidate in English
        ('Aragatsotn, Ararat, Kotayk' names Ararat Province, and so does 'Armavir, Ararat, Gegharkunik', where
        a province is named after the town of Armavir); else ``None``."""
        mention = mentions[position]
        for first in _runs_of_three(len(mentions), position):
            listed = mentions[first : first + 3]
            if any(later.start - earlier.end > context.ADJACENT_GAP for earlier, later in pairwise(listed)):
                continue
            others = [at for at in (first, first + 1, first + 2) if at != position]
            if all(at in undecided for at in others):
                return None  # one of them may be as yet the choice of rank alone
            kinds = {mentions[at].place.kind for at in others}
            if "province" in kinds and all(
                mentions[at].place.kind == "province" or mentions[at].place.id in self._province_namesakes
                for at in others
            ):
                kinds = {"province"}  # 'Armavir, Ararat, Gegharkunik': a town a province is named after
            break
        else:
            return None
        if (len(kinds) > 1 or first != position - 1) and not kinds <= SETTLEMENT_KINDS:
            return None  # at a list's end or start, only settlements: a province word may head the list
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

    @staticmethod
    def _listed_with_provinces(text: str, mentions: list[Mention], position: int) -> bool:
        """Whether the two mentions listed with the one at ``position`` (on both sides of it, or both before
        or both after it), joined by commas or a word for 'and', are provinces."""
        for first in _runs_of_three(len(mentions), position):
            listed = mentions[first : first + 3]
            if all(
                context.ITEMS_JOIN.fullmatch(text, before.end, after.start)
                for before, after in pairwise(listed)
            ):
                others = [other for other in listed if other is not mentions[position]]
                return all(other.place.kind == "province" for other in others)
        return False

    def _adjacent(
        self, mentions: list[Mention], position: int, undecided: dict[int, tuple[int, ...]]
    ) -> set[int]:
        """The places (indices) of the decided mentions next to the one at ``position``, each at most
        ``context.ADJACENT_GAP`` characters away."""
        adjacent = set()
        mention = mentions[position]
        for other in (position - 1, position + 1):
            if 0 <= other < len(mentions) and other not in undecided:
                near = mentions[other]
                if max(near.start - mention.end, mention.start - near.end) <= context.ADJACENT_GAP:
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
        place next to it (``context.NEARBY``), needs to be listed with another mention ('Ալավերդի, Թումանյան,
        Ախթալա'), or another mention that names the same place, a place of few places that holds it or that
        it holds, or a place in the same such place ('Թումանյանի բանաստեղծությունները' alone are the poet's
        poems, 'Тех, кто ...' is "those who"). A name better known as a place outside the region
        (``context.IN_THE_REGION``: Куба, Georgia) needs any other mention of a place, a country's name also
        a word for the region or its peoples (see :func:`context.about_the_region`); a former state's
        name that is a country's elsewhere (``context.IN_ITS_TIMES``: Albania, Арран) needs a text about
        ancient or medieval times (see :func:`context.about_former_times`) or another mention of a former
        name ('Sisakan').
        """
        unsure = set(unconfirmed)
        anywhere = len(unsure) < len(mentions)
        # the places the other mentions name, and the places of few places they lie in
        support: set[str] = set()
        former_names = False  # whether another mention uses a former name: the text is about the past
        former_times: bool | None = None  # whether the text names those times (read when first needed)
        in_the_region: bool | None = None  # whether the text names the region's peoples (likewise)
        for position, mention in enumerate(mentions):
            if position not in unsure:
                place_index = self._positions[mention.place.id]
                support.add(self._ids[place_index])
                support.update(self._specific_areas[place_index])
                former_names = former_names or mention.name.status == "historical"
        for position, needs in unconfirmed.items():
            place_index = self._positions[mentions[position].place.id]
            if needs == context.IN_THE_REGION:
                supported = anywhere
                if not supported and mentions[position].place.kind == "country":
                    # a country's name needs no other mention in a text about the region's peoples
                    if in_the_region is None:
                        in_the_region = context.about_the_region(text)  # read once a text
                    supported = in_the_region
            elif needs == context.IN_ITS_TIMES:
                if not former_names and former_times is None:
                    former_times = context.about_former_times(text)  # read once a text
                supported = former_names or bool(former_times)
            else:
                supported = (
                    self._ids[place_index] in support
                    or not support.isdisjoint(self._specific_areas[place_index])
                    or context.listed_with_another(mentions, position, text)
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
        where it is glued to another (see :func:`folding.glued_at`). The words that name a kind of place are
        added to ``kind_words`` (start, end, the kinds they fit)."""
        found: dict[tuple[int, int], tuple[int, ...]] = {}
        inflected: dict[tuple[int, int], tuple[int, ...]] = {}
        whole, ended, rests, adjectives = self._whole, self._ended, self._rests, self._adjectives
        conditional, kind_word_kinds = self._conditional, self._kind_word_kinds
        # an underscore or an @ may join a name to other words (see folding.joined_before)
        joiners = "_" in lowered or "@" in lowered
        # the end of the last unit adjective whose noun stood before it, and that noun (see continues_a_list)
        list_head: tuple[int, re.Match[str]] | None = None
        for key, start, first_end in self._automaton.find_matches_as_indexes(lowered, overlapping=True):
            if start and lowered[start - 1].isalnum() and not (cased and folding.glued_at(cased, start)):
                continue  # not the start of a word
            if kind_word_kinds[key] is not None and not lowered.startswith(context.HEADS_OF_UNITS, start):
                # not a head of a unit: 'գյուղապետ Արտյոմ Երանոսյանը' (the village head) is a person
                word_end = context.WORD_END.match(lowered, first_end, first_end + _KIND_WORD_TAIL).end()  # type: ignore[union-attr]
                kind_words.append((start, word_end, kind_word_kinds[key]))  # type: ignore[arg-type]
            if (
                joiners
                and start
                and lowered[start - 1] in folding.JOINERS
                and folding.joined_before(lowered, start)
            ):
                continue  # part of an identifier: 'Photo_of_Baku.jpg', '@Khankendi'
            following = lowered[first_end : first_end + 1]
            if joiners and following in folding.JOINERS and folding.joined_after(lowered, first_end):
                continue  # an identifier, a file name, an e-mail address: 'Baku_city.jpg'
            if not (following.isalnum() or following in APOSTROPHES) or (
                cased and following and self._glued_after(lowered, cased, start, first_end)
            ):  # the word ends with the key
                refs = whole[key] or conditional[key]
                if refs:
                    span = (start, first_end)
                    found[span] = found[span] + refs if span in found else refs
                if rests[key] and (following.isspace() or following in folding.DASHES):
                    self._multiword_hits(lowered, start, first_end, rests[key], found)
                unit = None
                if adjectives[key]:
                    unit = context.UNIT_FOLLOWS.match(lowered, first_end)
                    if unit is None:
                        # the noun came before: it heads the list the adjective goes on, read back or carried
                        # from the list's adjective before, or it stands once in the sentence
                        if list_head is not None and context.continues_a_list(lowered, list_head[0], start):
                            unit = list_head[1]
                        else:
                            unit = (
                                context.unit_before_a_list(lowered, start)
                                or context.unit_named_before(lowered, start, first_end)
                                or context.units_of_a_place_before(lowered, start)
                            )
                        if unit is not None:
                            list_head = (context.RUSSIAN_WORD_END.match(lowered, first_end).end(), unit)  # type: ignore[union-attr]
                if unit is not None:
                    # the adjective of the units the noun names: 'Эриванского и Нахичеванского ханств'; the
                    # noun may head the list: 'района – Физулинский, Джебраильский и Кубатлинский', or stand
                    # once in it: 'в Тертерском районе – 27 центнеров, в Бардинском – 26'
                    nouns = context.UNIT_NOUN_SYNONYMS.get(unit.group("noun"), (unit.group("noun"),))
                    refs = tuple(
                        ref for ref in adjectives[key] if any(noun in self._unit_nouns[ref] for noun in nouns)
                    )
                    if refs:
                        span = (start, first_end)
                        noun_end = context.UNIT_NOUN_END.match(lowered, unit.start("noun")).end()  # type: ignore[union-attr]
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
                ending = written_ending.translate(folding.SCAN_TABLE)
                if len(ending) > 2 and _ARMENIAN_MARKS.intersection(written_ending[1:-1]):
                    # an apostrophe opens an ending (Şuşa'da); inside one, an Armenian mark is dropped
                    # (Երևանո՞ւմ), while any other makes no ending ('Balakend'a' is not Balakən-d'a)
                    ending = ending[0] + ending[1:-1].replace("'", "") + ending[-1]
                if ending == "ն" and not _article_n_fits(lowered, first_end, word_end):
                    continue
                if joiners and folding.joined_after(lowered, word_end):
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
        place (село, village, kəndi, город, река, lake, гора: see :func:`context._kind_words`) when it
        spells the name of a place of that kind in another script's letters: 'село Чанкатаг' (Ճանկաթաղ; the
        data lacks a Russian name). Only a match by transliteration counts, and only when it names one
        place: a name the data has as written is found by the scan, and an approximate one is not sure enough
        in running text. The name so found is a mention wherever else the text writes it so ('в Чанкатаг;
        село Чанкатаг')."""
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
            for start, end in context.names_next_to(text, word_start, word_end):
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
        :func:`folding.glued_at`): a number, a name or a hashtag's next word ('Gəncə1803',
        'ErmənistanGürcüstanın', '#ShushaIsAzerbaijan'); not a word glued after a name in a brand
        ('ArmeniaFund')."""
        return folding.glued_at(cased, end) and (
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
        prefix = lowered[gap_end : gap_end + 2].translate(folding.SCAN_TABLE)
        if folding.SENTINEL in prefix:  # a letter that folds to two: 'Պարույր Սևակ' (և: եւ)
            prefix = fold(lowered[gap_end : gap_end + 2])[:2]
        rests = multi.get(prefix)
        if rests is None:
            return  # the next word does not start like the rest of any name: most hits end here
        window, entries = rests
        text = lowered[gap_end : gap_end + window]
        same_length = text.translate(folding.SCAN_TABLE)  # folded character for character: offsets are kept
        if "ւ" in same_length:  # 'Զանգեզուրի գաւառի'
            same_length = folding.CLASSICAL_V.sub("վ", same_length)
        folded: tuple[str, folding.OffsetMap | None] | None = None
        classical = folding.has_classical_digraph(same_length)
        for entry in entries:
            if same_length.startswith(entry.rest):
                end = _rest_end(same_length, None, entry)
            elif (
                same_length.startswith(entry.head)
                or folding.SENTINEL in same_length[: len(entry.head)]
                or (classical and same_length.startswith(entry.head[:2]))
            ):
                # extra spacing or punctuation inside the name, letters that fold to more than one, or the
                # classical spelling ('Հանրապետութիւն')
                folded = folded or folding.scan_fold(text)
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
#: The hard sign, which Russian spelling wrote at the end of a word before 1918 (see modern_russian)
_HARD_SIGNS = frozenset("ъЪ")


def _single_best(scores: dict[int, int]) -> int | None:
    """The key with the highest score when no other key has it and it is above zero, else ``None``."""
    best, runner_up = sorted(scores.values(), reverse=True)[:2]
    return max(scores, key=scores.__getitem__) if best > runner_up else None


def _rest_end(folded: str, offsets: folding.OffsetMap | None, entry: _Multiword) -> int | None:
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


#: A word of seven letters or more, and the kinds of place whose misspelled names find() reads on request
@functools.cache
def _capitalized_long_word() -> re.Pattern[str]:
    """A word of seven letters or more whose first letter is a capital, in any script (after a letter, a
    digit or an underscore it is part of another word)."""
    return re.compile(f"\\b[{folding.letters_of_case(True)}][^\\W\\d_]{{6,}}")


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


#: A place that holds at most this share of the gazetteer's places is specific evidence for the places in it
#: (a province, a district, a neighbouring country); one that holds more (a country of the region, the NKR)
#: is weak evidence.
_SPECIFIC_SHARE = 0.1
_FOLDED_TAIL = re.compile(r"[^\W_]*(?:'[^\W_]+)*'?")


#: How far after the last mention a camel-cased word of a list may stand to be a place of the list: two
#: list items away ('Samukh, Shamikir, TerTer')
_LIST_ITEM_REACH = 30
#: The most small letters an abbreviation of capitals has ('АзССР', 'SSRİ' as Python lowercases İ)
_SMALL_LETTERS_OF_AN_ABBREVIATION = 1


def _runs_of_three(count: int, position: int) -> list[int]:
    """Where the runs of three mentions (of ``count``) that hold the one at ``position`` begin, in the order a
    list is read: the run on both sides of it first, then the run it ends, then the run it begins."""
    return [first for first in (position - 1, position - 2, position) if first >= 0 and first + 2 < count]


def abbreviation_capitals(name: str) -> tuple[int, ...]:
    """Where a name that is an abbreviation of capitals has them, counting its letters only: two capitals or
    more and at most one small letter ('NKR', 'ԼՂՀ', 'АзССР'); ``()`` for any other name.

        >>> abbreviation_capitals("NKR"), abbreviation_capitals("АзССР")
        ((0, 1, 2), (0, 2, 3, 4))
        >>> abbreviation_capitals("Nagorno-Karabakh")
        ()
    """
    letters = [char for char in name if char.isalpha()]
    capitals = tuple(at for at, char in enumerate(letters) if char.isupper())
    small = len(letters) - len(capitals)
    return capitals if len(capitals) >= 2 and small <= _SMALL_LETTERS_OF_AN_ABBREVIATION else ()


def capitals_kept(surface: str, capitals: tuple[int, ...]) -> bool:
    """Whether ``surface`` has a capital wherever the abbreviation it stands for has one (``capitals``, see
    :func:`abbreviation_capitals`), counting its letters only: 'NKR' and 'U.S.S.R.', not 'Nkr'."""
    letters = [char for char in surface if char.isalpha()]
    return all(at < len(letters) and letters[at].isupper() for at in capitals)
