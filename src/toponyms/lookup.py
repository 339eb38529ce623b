"""Lookup: from any spelling of a name to the places it names, best first.

The stages run in order and the first that finds a plausible place wins:

1. ``exact``: the text as written;
2. ``normalized``: the folded text (case, diacritics, apostrophes, dashes, look-alike letters), with
   generic unit words made canonical (``Babek Rayon`` = ``Babək rayonu``);
3. ``transliteration``: the script-independent skeleton (``Ханкенди`` = ``Xankəndi`` = ``Hankendi``);
4. the same three on the query without its unit words (``Vayki Shrjan`` -> ``Vayki``), scored lower, a
   unit's Russian adjective in any gender or case (``Ходжалинская``, ``Khodzhalinskaya``); and
   on a natural feature's name without its feature word, among the places of the kinds the word fits
   (``Aras River``, ``река Аракс``, ``Araz çayı``, ``Həkəriçay``), or a settlement's name with a word for
   its kind (``village of Tegh``, ``Tex kəndi``), or a khanate's by another name of the place it is named
   after (``Nukha Khanate``);
5. ``inflection``: the query as an inflected form of a name, by the tables ``find`` reads text with
   (``Şuşada``, ``Нагорного Карабаха``, ``Ստեփանակերտում``);
6. ``transliteration`` again, scored lower: the query read as German, Dutch, Polish, French or Spanish spell
   (``Dschermuk``, ``Etsjmiadzin``, ``Szusza``, ``Choucha``);
7. ``fuzzy``: RapidFuzz's Levenshtein distance between skeletons, at most one edit up to 8 letters and two
   from 9, none below 5, so a short name never matches inside a long one (``Nakhichevan`` is not ``Van``);
   a name of fewer than 5 letters is not matched by a longer query either (``seçki``, election, is not
   ``Şəki``).

An English article before a name is dropped (``the Kura``), and an abbreviated word for its kind is read
as the word (``г. Шуша``, ``с. Тех``, ``k. Tex``, ``գ. Տեղ``). A people's name or an adjective made from a
place's name finds nothing (``Armenian``, ``azərbaycanlı``, ``карабахский``), as in ``find``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection, Iterable

from toponyms.index import (
    ABBREVIATED_KIND_FIRST,
    ABBREVIATED_KIND_WORDS,
    ARMENIAN_UNIT_WORDS,
    Index,
    strip_units,
    unit_key,
)
from toponyms.model import KINDS, SETTLEMENT_KINDS, Match, Name, candidate_rank
from toponyms.normalize import fold
from toponyms.translit import foreign_skeletons, skeletons

#: Queries longer than this are not place names; lookup returns ``[]`` for them without work.
MAX_QUERY_LENGTH = 200

_SCORES = {"exact": 100.0, "normalized": 97.0, "transliteration": 92.0, "inflection": 90.0}
_UNIT_PENALTY = 5.0
_FOREIGN_PENALTY = 4.0
_BARE_PENALTY = 8.0
_CONTEXT_PENALTY = 2.0
#: What separates a name from the words that place it: 'Martuni, Armenia', 'Martuni (Armenia)'.
_QUALIFIER = re.compile(r"\s*[,;/()]\s*")
_EXONYM_ENDING = re.compile(r"(?<=[a-z]{4})as\Z")
_ARMENIAN_GENITIVE = re.compile(r"(?<=[bcdfghjklmnpqrstvwxzքկթպճծցչջժշսզղխհֆրռլմնվբգդտձյ])(?:i|ի)\Z")
_FUZZY_SCALE = 0.9
#: The endings of a Russian adjective in -ский other than the masculine nominative, folded, in Cyrillic and
#: romanized: Ходжалинская, Ходжалинского, Khodzhalinskaya, Khodzhalinskaja
_RUSSIAN_ADJECTIVE_ENDING = re.compile(
    r"(?<=ск)(?:ая|ое|ие|ого|ому|ом|ои|ую|их|им|ими)\Z|(?<=sk)(?:aya|aja|oye|oe|iye|ie|ogo|oy|oj|uyu|ikh|ix)\Z"
)


def _masculine(ending: re.Match[str]) -> str:
    return "iy" if ending.group().isascii() else "ии"


#: The masculine nominative ending of a Russian unit's adjective, folded
_RUSSIAN_MASCULINE_ENDING = re.compile(r"(?<=ск)ии\Z")


#: An Azerbaijani river's name joined to çay ('river'), folded: 'Həkəriçay', 'Gilançayı'; 'Hakarichay'
_RIVER_JOINED = re.compile(r"(?<=[a-z]{3})(?:cay|cayi|chay)\Z")
_RIVERS = frozenset({"river"})
#: English's definite article before a name ('the Kura', 'the Lachin corridor'); no name of the data has it
_ARTICLE = re.compile(r"the\s+(?=\S)", re.IGNORECASE)
#: An abbreviation with a full stop after each letter, as older text writes it: 'U.S.S.R.', 'С. С. С. Р.'
_DOTTED_ABBREVIATION = re.compile(r"\b(?:[^\W\d_]\.\s?){2,}")


def _undotted(abbreviation: re.Match[str]) -> str:
    written = abbreviation.group()
    return "".join(written.split()).replace(".", "") + (" " if written[-1].isspace() else "")


def _max_edits(length: int) -> int:
    """How many letters a fuzzy candidate may differ by (Levenshtein distance between skeletons), by the
    query skeleton's length: none below 5 letters, one up to 8, two from 9. A name skeleton below 5 letters
    takes none either."""
    if length < 5:
        return 0
    if length < 9:
        return 1
    return 2


def lookup(
    index: Index,
    query: str,
    *,
    kind: str | Collection[str] | None = None,
    limit: int = 10,
    fuzzy: bool = True,
) -> list[Match]:
    """Places named by ``query``, best first; ``[]`` when nothing is plausible. See the module docs."""
    if not isinstance(query, str):
        raise TypeError(f"lookup() expects the query as a str, got {type(query).__name__}")
    kinds = _kinds(kind)
    query = _DOTTED_ABBREVIATION.sub(_undotted, _ARTICLE.sub("", query.strip())).strip()
    if abbreviated := ABBREVIATED_KIND_FIRST.match(query):  # 'г. Шуша', 'с. Тех': the word written out
        query = f"{ABBREVIATED_KIND_WORDS[abbreviated.group(1).lower()]} {query[abbreviated.end() :]}"
    if not query or len(query) > MAX_QUERY_LENGTH:
        return []
    keys: Callable[[str], set[str]] = functools.cache(skeletons)  # each text romanized once per query
    folded = fold(query)
    found = _exact_stages(index, query, folded, kinds, keys)
    bare = strip_units(folded)
    if not found and bare and bare != folded:
        found = _exact_stages(index, bare, bare, kinds, keys, penalty=_UNIT_PENALTY)
    inflected: _Found | None = None  # read early for a word that may name a people, else when its stage comes
    if not found and _names_a_people(index, folded):
        inflected = _inflected(index, folded, kinds)
        if not inflected:
            return []  # 'Armenian', 'Azerbaijani', 'azərbaycanlı', 'երևանցի', 'карабахский': not places
    if not found and bare:
        # a unit's adjective in any gender or case, as its name has it ('Ходжалинская', 'Khodzhalinskaya':
        # Ходжалинский район)
        masculine = _RUSSIAN_ADJECTIVE_ENDING.sub(_masculine, bare)
        forms = keys(bare) | keys(masculine)
        if "марз" in folded.split(" "):  # a марз is an область: 'Лорийский марз' is Лорийская область
            forms |= keys(_RUSSIAN_MASCULINE_ENDING.sub("ая", masculine))
        refs = [ref for key in sorted(forms) for ref in index.bare.get(key, ())]
        found = _collect(index, refs, "transliteration", _SCORES["transliteration"] - _BARE_PENALTY, kinds)
    # Lithuanian and Latvian exonyms add a nominative ending: Sisianas, Spitakas, Vaikas
    exonym_stem = _EXONYM_ENDING.sub("", bare) if _EXONYM_ENDING.search(bare) else ""
    if not found and exonym_stem:
        found = _exact_stages(index, exonym_stem, exonym_stem, kinds, keys, penalty=_BARE_PENALTY)
    if not found and _ARMENIAN_GENITIVE.search(bare) and ARMENIAN_UNIT_WORDS.intersection(folded.split(" ")):
        # the genitive of a unit name's place ('Vayki shrjan'): the place, when the unit is not in the data
        stem = _ARMENIAN_GENITIVE.sub("", bare)
        found = _exact_stages(index, stem, stem, kinds, keys, penalty=_BARE_PENALTY)
    if not found:
        found = _featured(index, folded, kinds, keys)
    if not found:
        found = inflected if inflected is not None else _inflected(index, folded, kinds)
    readings: set[str] = set()
    if not found:
        readings = foreign_skeletons(query) - keys(query)
        if exonym_stem:  # read as spelled before the ending, with its diacritics: Vaharšapatas
            spelled_stem = _EXONYM_ENDING.sub("", query.lower())
            readings |= foreign_skeletons(spelled_stem) - keys(spelled_stem)
        refs = [ref for key in sorted(readings) for ref in index.skeleton.get(key, ())]
        found = _collect(index, refs, "transliteration", _SCORES["transliteration"] - _FOREIGN_PENALTY, kinds)
    if not found and fuzzy:
        words = [_words(query), bare.split(), exonym_stem.split()]
        found = _fuzzy(index, keys(query) | keys(bare) | keys(exonym_stem) | readings, words, kinds, keys)
    if not found and _QUALIFIER.search(query):
        return _qualified(index, query, kinds, limit, fuzzy)
    return _ranked(index, found)[: max(limit, 0)]


#: Endings that make a people's name or an adjective of a place's name (folded): Armenian, Iranian,
#: Azerbaijani, azərbaycanlı, bakılı, երևանցի, ադրբեջանական, карабахский, азербайджанцы
_PEOPLE_ENDINGS = ("ian", "ani", "n", "i", "li", "lu", "ցի", "скии", "ская", "ское", "цы", "ец")


def _names_a_people(index: Index, folded: str) -> bool:
    """Whether one word that is no name is a place's name with the ending of a people's name or an adjective
    (the caller checks that it is not an inflected form: 'Ağdamı', 'Tərtəri' are accusatives)."""
    if " " in folded:
        return False
    if folded.endswith("ական") and len(folded) > 6:  # հայկական, ադրբեջանական: Armenian adjectives
        return True
    return any(
        folded.endswith(ending) and len(folded) - len(ending) >= 4 and folded[: -len(ending)] in index.folded
        for ending in _PEOPLE_ENDINGS
    )


def _qualified(
    index: Index, query: str, kinds: frozenset[str] | None, limit: int, fuzzy: bool
) -> list[Match]:
    """A name followed by what places it ('Martuni, Armenia', 'Stepanakert (Khankendi)', 'Ganja / Gandzak'):
    the candidates of the name that lie in, or are, a place the other parts name; else those of the name
    alone, scored lower."""
    parts = [part for part in _QUALIFIER.split(query) if part]
    if not parts:
        return []
    head, *context = parts
    candidates = lookup(index, head, kind=kinds, limit=50, fuzzy=fuzzy)
    context_ids = {m.place.id for part in context for m in lookup(index, part, limit=5, fuzzy=False)}
    placed = [m for m in candidates if m.place.id in context_ids or index.ancestors(m.place) & context_ids]
    chosen, penalty = (placed, _CONTEXT_PENALTY) if placed else (candidates, _BARE_PENALTY)
    return [Match(m.place, m.name, m.score - penalty, m.method) for m in chosen][: max(limit, 0)]


def _kinds(kind: str | Collection[str] | None) -> frozenset[str] | None:
    if kind is None:
        return None
    kinds = frozenset([kind] if isinstance(kind, str) else kind)
    unknown = sorted(kinds - set(KINDS))
    if unknown:
        raise ValueError(f"unknown kind(s) {unknown}; expected some of: {', '.join(KINDS)}")
    return kinds


_Found = dict[int, tuple[float, str, int]]  # place index -> (score, method, name ref)


def _exact_stages(
    index: Index,
    query: str,
    folded: str,
    kinds: frozenset[str] | None,
    keys: Callable[[str], set[str]],
    penalty: float = 0.0,
) -> _Found:
    stages: list[tuple[str, Iterable[int]]] = [
        ("exact", index.exact.get(query, ())),
        ("normalized", index.folded.get(unit_key(folded), ())),
    ]
    for method, refs in stages:
        found = _collect(index, refs, method, _SCORES[method] - penalty, kinds)
        if found:
            return found
    refs = [ref for key in sorted(keys(query)) for ref in index.skeleton.get(key, ())]
    return _collect(index, refs, "transliteration", _SCORES["transliteration"] - penalty, kinds)


def _collect(
    index: Index, refs: Iterable[int], method: str, score: float, kinds: frozenset[str] | None
) -> _Found:
    found: _Found = {}
    for ref in refs:
        place_index = index.place_index(ref)
        if kinds is not None and index.places[place_index].kind not in kinds:
            continue
        if place_index not in found or score > found[place_index][0]:
            found[place_index] = (score, method, ref)
    return found


def _featured(
    index: Index, folded: str, kinds: frozenset[str] | None, keys: Callable[[str], set[str]]
) -> _Found:
    """A place named with a word for its kind ('Araz çayı', 'река Аракс', 'the Aras River', 'Արագած լեռ',
    'village of Tegh', 'Tex kəndi', the one word 'Həkəriçay'): the rest of the query, among the places of
    the kinds the word fits."""
    from toponyms.matching import kinds_named_by, polities_named_after

    words = folded.split(" ")
    readings = []
    if len(words) > 2 and words[1] == "of":  # the village of Tegh
        readings.append((kinds_named_by(words[0]), " ".join(words[2:])))
    if len(words) > 1:
        readings.append((kinds_named_by(words[0]), " ".join(words[1:])))
        readings.append((kinds_named_by(words[-1]), " ".join(words[:-1])))
    river = _RIVER_JOINED.sub("", words[-1])
    if river != words[-1]:
        readings.append(((_RIVERS, _RIVERS), " ".join([*words[:-1], river])))
    for named, rest in readings:
        if named is None:
            continue
        first, fitting = named
        if fitting <= SETTLEMENT_KINDS and not any(
            index.places[index.place_index(ref)].kind in fitting
            for ref in (*index.exact.get(rest, ()), *index.folded.get(rest, ()))
        ):
            # sources class settlements differently: a 'qəsəbə' or 'посёлок' the data has as a village
            fitting = SETTLEMENT_KINDS
        allowed = fitting if kinds is None else fitting & kinds
        if allowed:
            found = _exact_stages(index, rest, rest, allowed, keys, penalty=_UNIT_PENALTY)
            if found or (found := _inflected(index, rest, allowed)):
                # the kind the word names first: 'Ararat village' is the village before the town
                return {
                    place: (score - (index.places[place].kind not in first), method, ref)
                    for place, (score, method, ref) in found.items()
                }
            if "polity" in allowed:
                # a polity named after a place, by another name of the place: 'Nukha Khanate', 'Lankaran
                # Khanate' (the khanates of Şəki and Lənkəran)
                named_after = polities_named_after(index)
                found = {}
                for place, (score, method, place_ref) in _exact_stages(index, rest, rest, None, keys).items():
                    lang = index.name(place_ref).lang
                    for polity in named_after.get(place, ()):
                        refs = index.refs_of(polity)  # its name in the language of the query's word, if any
                        ref = next((ref for ref in refs if index.name(ref).lang == lang), refs[0])
                        if polity not in found:
                            found[polity] = (score - _UNIT_PENALTY - _BARE_PENALTY, method, ref)
                if found:
                    return found
    return {}


def _inflected(index: Index, folded: str, kinds: frozenset[str] | None) -> _Found:
    """Names of which the folded query is an inflected form: a stem of the name followed by one of the
    endings the name takes after that stem."""
    from toponyms.inflection import HISTORICAL_KINDS, LONGEST_ENDING, declined_in_romanized_armenian, inflect

    refs = []
    for cut in range(len(folded), max(len(folded) - LONGEST_ENDING, 1) - 1, -1):
        stem, ending = folded[:cut], folded[cut:]
        for ref in (*index.stems.get(stem, ()), *index.folded.get(unit_key(stem), ())):
            name = index.name(ref)
            forms = inflect(
                name.text,
                name.lang,
                index.places[index.place_index(ref)].kind in HISTORICAL_KINDS,
                declined_in_romanized_armenian(name),
            )
            # folding drops apostrophes: 'Azerbaijan's' is 'azerbaijans'
            if any(key == stem and (ending in endings or "'" + ending in endings) for key, endings in forms):
                refs.append(ref)
    return _collect(index, refs, "inflection", _SCORES["inflection"], kinds)


_DASH = re.compile("[\\-\u2010-\u2015]")


def _words(text: str) -> list[str]:
    """The folded words of a text, a hyphenated compound as one ('Khodzhi-Gasan' is 'Khojasan')."""
    return fold(_DASH.sub("", text)).split()


def _fuzzy(
    index: Index,
    keys: set[str],
    readings: list[list[str]],
    kinds: frozenset[str] | None,
    romanize: Callable[..., set[str]],
) -> _Found:
    """Names whose skeleton is a few edits from a key's and whose words fit the words of one of the query's
    readings (see :func:`_words_fit`)."""
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein

    found: _Found = {}
    for key in sorted(keys):
        edits = _max_edits(len(key))
        if not edits:
            continue
        for choice, distance, _ in process.extract(
            key, index.fuzzy_choices, scorer=Levenshtein.distance, score_cutoff=edits, limit=20
        ):
            if not _max_edits(len(choice)):
                continue  # too short to misspell, so no misspelling of a longer word: 'seçki' is not Şəki
            similarity = 100.0 * (1 - distance / max(len(choice), len(key)))
            refs = [
                ref
                for ref in index.skeleton[choice]
                if any(_words_fit(words, index.name(ref), distance, romanize) for words in readings if words)
            ]
            for place_index, candidate in _collect(
                index, refs, "fuzzy", round(similarity * _FUZZY_SCALE, 1), kinds
            ).items():
                if place_index not in found or candidate[0] > found[place_index][0]:
                    found[place_index] = candidate
    return found


def _words_fit(words: list[str], name: Name, distance: int, romanize: Callable[..., set[str]]) -> bool:
    """Whether a misspelling of the name, ``distance`` edits away, may have these words.

    A misspelling changes letters within words: each word of several keeps two thirds of its letters ('Nor
    Hagn' is 'Nor Hachn', 'Aras Republic' is not 'Artsakh Republic'). The words of a unit's name besides its
    unit word are all that tells it from others, so they must be as close as a one-word name, not counting
    the last letters they share ('Шамшадинский район' is not 'Шемахинский район', 'Бердский район' not
    'Бардинский район'). Words may be written joined ('Mollakyokcha' is 'Molla Gyokcha'), but a query with
    more words than the name is more often another thing named after a place than a misspelling: one edit at
    most ('Aja Kabul' is 'Adzhikabul', but 'Qajar Iran' is not 'Qacaran' nor 'Georgian SSR' 'Գեորգիևսկ')."""
    name_words = _words(name.text)
    distinctive = strip_units(" ".join(name_words)).split()
    if distinctive != name_words:
        query_distinctive = strip_units(" ".join(words)).split()
        if len(query_distinctive) == len(distinctive):
            return all(
                _word_fits(word, name_word, name.lang, romanize, strict=True)
                for word, name_word in zip(query_distinctive, distinctive, strict=True)
            )
    if len(words) != len(name_words):
        return distance <= 1 if len(words) > len(name_words) else True
    return len(words) == 1 or all(
        _word_fits(word, name_word, name.lang, romanize, strict=False)
        for word, name_word in zip(words, name_words, strict=True)
    )


def _word_fits(word: str, name_word: str, lang: str, romanize: Callable[..., set[str]], strict: bool) -> bool:
    """Whether a word of a query may be a misspelling of a word of a name: one edit always; else, ``strict``,
    as many as a one-word name of its length allows beyond the last letters they share, or two thirds of its
    letters kept. ``romanize`` is the query's cached :func:`skeletons`: a word is romanized once a query."""
    from rapidfuzz.distance import Levenshtein

    for a in romanize(word) or {word}:
        for b in romanize(name_word, lang) or {name_word}:
            allowed = _max_edits(len(a) - _common_suffix(a, b)) if strict else len(a) // 3
            if Levenshtein.distance(a, b) <= max(1, allowed):
                return True
    return False


def _common_suffix(a: str, b: str) -> int:
    """How many last letters two words share ('-inski' of two Russian adjectives)."""
    shared = 0
    while shared < min(len(a), len(b)) and a[-1 - shared] == b[-1 - shared]:
        shared += 1
    return shared


def _ranked(index: Index, found: _Found) -> list[Match]:
    def rank(item: tuple[int, tuple[float, str, int]]) -> tuple[float, tuple[int, int, int, int], int]:
        place_index, (score, _, ref) = item
        return (-score, candidate_rank(index.places[place_index], index.name(ref)), place_index)

    return [
        Match(index.places[place_index], index.name(ref), score, method)
        for place_index, (score, method, ref) in sorted(found.items(), key=rank)
    ]
