"""What the scan looks for, name by name: the scan keys of every name of the data and of the other
spellings texts give it (letter by letter, word by word, written apart, a region of two names, the
adjectives of a Russian unit name). They depend only on the data and this code, so a cache keeps them
beside the index (:func:`name_keys_to_json`)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from toponyms.index import Index
from toponyms.inflection import (
    HISTORICAL_KINDS,
    declined_in_romanized_armenian,
    scan_keys,
    unit_adjectives,
)
from toponyms.model import SETTLEMENT_KINDS, Name, Place
from toponyms.normalize import fold
from toponyms.translit import letter_by_letter_spellings, romanizations

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
    russian_regions = _regions_of_two_names_in_russian(index.places, taken)

    def keys_of(place: Place, name: Name) -> list[tuple[str, str, tuple[str, ...]]]:
        own = (name.text, *_spelled_otherwise(place, name), *adjectives.get((place.id, name.text), ()))
        spellings = (
            *((text, name.lang) for text in own),
            *((text, name.lang) for text in _schwa_written_a(name, taken)),
            *((text, name.lang) for text in _compound_spelled_otherwise(name, word_spellings, taken)),
            *((text, name.lang) for text in written_apart(name, taken)),
            *((text, name.lang) for text in _region_of_two_names(place, name, taken)),
            *((text, "ru") for text in russian_regions.get((place.id, name.text), ())),
            *((text, "en") for text in romanized_russian_unit(name, taken)),
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
        # the full stop after the abbreviation's last letter is the abbreviation's: 'the Armenian S.S.R.'
        keys.update(
            (written, rest, (*endings, "."))
            for text in _abbreviation_dotted(name, taken)
            for written, rest, endings in scan_keys(text, name.lang)
        )
        if name.lang in _DOTTED_LANGUAGES and _WHOLE_ABBREVIATION.fullmatch(name.text):
            # one key of the whole, its last full stop too: a key of its first letter alone would be tried in
            # every word
            keys.update(
                (".".join(written) + ".", "", endings)
                for written, _, endings in scan_keys(name.text, name.lang)
            )
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


def _schwa_written_a(name: Name, taken: set[str]) -> tuple[str, ...]:
    """An Azerbaijani name with its ə written a, as English text by Azerbaijani writers keeps the other
    letters ('Beylaqan' for Beyləqan, 'Qabala' for Qəbələ; the fold already reads ə as e and the other letters
    without their marks); not of a name that is a common word or a person's, nor a spelling that is a name of
    the data (``taken``, folded: 'Vang' is another village than Vəng).

        >>> _schwa_written_a(Name("Beyləqan", "az", "official"), set())
        ('Beylaqan',)
    """
    if name.lang != "az" or name.word or name.person or not {"ə", "Ə"} & set(name.text):
        return ()
    spelling = name.text.replace("ə", "a").replace("Ə", "A")
    return () if fold(spelling) in taken else (spelling,)


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
            if name.status != "historical" and len(name.text) >= 4 and not WORD_JOINS.search(name.text)
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
    words = WORD_JOINS.split(name.text)  # words and, between them, what joins them
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
RUSSIAN_ADJECTIVE_ENDINGS = ("ский", "ская", "ское", "цкий", "цкая", "цкое")
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
            if name.status != "historical" and not WORD_JOINS.search(name.text)
        ]
        for start in {stem[:4] for stem in stems if len(stem) >= 4}:
            by_start.setdefault(start, []).append((place, stems))
    spelled: dict[tuple[str, str], tuple[str, ...]] = {}
    for place in places:
        for name in place.names_in("ru"):
            adjective, space, noun = name.text.partition(" ")
            if not space or not adjective.endswith(RUSSIAN_ADJECTIVE_ENDINGS):
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


#: The English words for a Russian unit noun, as English text writes them after a romanized adjective
_UNIT_NOUNS_IN_ENGLISH = {
    "уезд": ("Uyezd", "Uezd"),
    "район": ("District", "Raion", "Rayon"),
    "округ": ("Okrug",),
    "область": ("Oblast",),
    "губерния": ("Guberniya", "Gubernia"),
}
#: A romanized Russian adjective's ending, and how English text writes it: Zangezurskiy, Zangezursky
_ROMANIZED_ADJECTIVE_ENDINGS = (("skiy", ("sky", "skiy", "skii")), ("skaya", ("skaya",)))


def romanized_russian_unit(name: Name, taken: set[str]) -> tuple[str, ...]:
    """A Russian unit name of an adjective and a unit noun as English text writes it, translating from
    Russian: the adjective romanized (BGN/PCGN, without its marks), the noun in English ('Зангезурский уезд':
    'Zangezursky Uyezd', 'Шаумяновский район': 'Shaumyanovsky District'); not a spelling another name
    already has (``taken``, folded).

        >>> romanized_russian_unit(Name("Новобаязетский уезд", "ru", "historical"), set())[:3]
        ('Novobayazetsky Uyezd', 'Novobayazetsky Uezd', 'Novobayazetskiy Uyezd')
    """
    adjective, space, noun = name.text.partition(" ")
    if name.lang != "ru" or not space or noun not in _UNIT_NOUNS_IN_ENGLISH:
        return ()
    if not adjective.endswith(RUSSIAN_ADJECTIVE_ENDINGS):
        return ()
    romanized = romanizations(adjective, "ru")[0].replace("ʹ", "").replace("·", "")
    # an initial Е is Ye in BGN/PCGN, mostly E in English text: Elizavetpolskaya
    starts = (
        (romanized, "E" + romanized[2:])
        if romanized.startswith("Ye") and adjective[0] == "Е"
        else (romanized,)
    )
    spelled = (
        f"{start[: -len(ending)]}{written} {english}"
        for start in starts
        for ending, writings in _ROMANIZED_ADJECTIVE_ENDINGS
        if start.endswith(ending)
        for written in writings
        for english in _UNIT_NOUNS_IN_ENGLISH[noun]
    )
    return tuple(text for text in spelled if fold(text) not in taken)


WORD_JOINS = re.compile("([ -])")
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


def written_apart(name: Name, taken: set[str]) -> tuple[str, ...]:
    """A one-word English or Russian name that begins or ends with a Turkic word (see
    :data:`_TURKIC_FIRST_WORDS`), written with that word apart, as older text writes it: 'Kara-bagh' for
    Karabagh, 'Илан-даг' for Иландаг. A space stands for the hyphen too (the scanner reads both alike). Not a
    spelling that another name already has (``taken``, folded).

        >>> written_apart(Name("Karabagh", "en", "variant"), set())
        ('Kara-bagh',)
        >>> written_apart(Name("Ленкоранчай", "ru", "common"), set())
        ('Ленкоран-чай',)
    """
    if name.lang not in _TURKIC_FIRST_WORDS or WORD_JOINS.search(name.text):
        return ()
    lowered = name.text.lower()
    first = _TURKIC_FIRST_WORD[name.lang].match(lowered)
    last = _TURKIC_LAST_WORD[name.lang].search(lowered)
    cuts = sorted({*((first.end(),) if first else ()), *((last.start(),) if last else ())})
    spelled = (f"{name.text[:cut]}-{name.text[cut:]}" for cut in cuts)
    return tuple(text for text in spelled if fold(text) not in taken)


#: A word of capitals that older text writes with a full stop after each letter: 'S.S.R.', 'А.С.С.Р.'
_ABBREVIATION_WORD = re.compile("[A-ZА-ЯЁİ]{2,5}")
#: ... and a name that is one such word, of three letters or more: 'U.S.S.R.', 'Н.К.А.О.'
_WHOLE_ABBREVIATION = re.compile("[A-ZА-ЯЁİ]{3,5}")
#: The languages whose text writes them so
_DOTTED_LANGUAGES = ("en", "ru", "az")


def _abbreviation_dotted(name: Name, taken: set[str]) -> tuple[str, ...]:
    """A name whose later words are abbreviations of capitals, with a full stop after each of their letters,
    as older text writes them ('the Armenian S.S.R.', 'Нахичеванская А.С.С.Р.'); not the name's first word,
    as a key of one letter would be tried in every word that begins with it, and not a spelling another
    name already has (``taken``, folded).

        >>> _abbreviation_dotted(Name("Nakhichevan ASSR", "en", "common"), set())
        ('Nakhichevan A.S.S.R.',)
        >>> _abbreviation_dotted(Name("USSR", "en", "common"), set())
        ()
    """
    first, *rest = name.text.split(" ")
    if not rest or name.lang not in _DOTTED_LANGUAGES:
        return ()
    dotted = [".".join(word) + "." if _ABBREVIATION_WORD.fullmatch(word) else word for word in rest]
    if dotted == rest:
        return ()
    text = " ".join((first, *dotted))
    return () if fold(text) in taken else (text,)


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


def _regions_of_two_names_in_russian(
    places: Iterable[Place], taken: set[str]
) -> dict[tuple[str, str], tuple[str, ...]]:
    """Per economic region and Azerbaijani name that begins with two places' names joined by a hyphen (see
    :func:`_region_of_two_names`): the two places' current one-word Russian names joined so, as Russian texts
    write the region alone ('в Газах-Товузе', 'Лянкяран-Астара', 'Абшерон-Хызы'), with the first such
    name; a town's or a feature's rather than a village's of the same name, and not a spelling another name
    already has (``taken``, folded).

        >>> from toponyms import get
        >>> places = [get("gazakh-tovuz-economic-region"), get("gazakh"), get("tovuz")]
        >>> _regions_of_two_names_in_russian(places, set())
        {('gazakh-tovuz-economic-region', 'Qazax-Tovuz iqtisadi rayonu'): ('Газах-Товуз',)}
    """
    places = tuple(places)
    named: dict[str, list[Place]] = {}  # folded current Azerbaijani name -> the places that bear it
    for place in places:
        for name in place.names_in("az"):
            if name.is_current:
                named.setdefault(fold(name.text), []).append(place)
    joined: dict[tuple[str, str], tuple[str, ...]] = {}
    for place in places:
        if place.kind != "economic-region":
            continue
        for name in place.names_in("az"):
            for head in _region_of_two_names(place, name, set()):
                parts = head.split("-")
                if len(parts) != 2:
                    continue
                spellings = []
                for part in parts:
                    bearers = named.get(fold(part), [])
                    bearers = [bearer for bearer in bearers if bearer.kind != "village"] or bearers
                    spellings.append(
                        sorted(
                            {
                                russian.text
                                for bearer in bearers
                                for russian in bearer.names_in("ru")
                                if russian.is_current and not WORD_JOINS.search(russian.text)
                            }
                        )
                    )
                if all(spellings):
                    texts = [f"{first}-{second}" for first in spellings[0] for second in spellings[1]]
                    if texts := [text for text in texts if fold(text) not in taken]:
                        joined[place.id, name.text] = tuple(texts)
            if (place.id, name.text) in joined:
                break  # once a place: its other names begin with the same two
    return joined


#: The words after such a head in an economic region's name
_REGION_WORDS_AFTER_TWO_NAMES = frozenset(
    {"iqtisadi", "rayonu", "bölgəsi", "regionu", "zonası", "economic", "region", "zone"}
)
