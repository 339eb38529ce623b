"""Transliteration keys: a script-independent "skeleton" under which Ханкенди, Xankəndi, Khankendi and
Hankendi meet, and so do Ստեփանակերտ, Step'anakert and Степанакерт.

A text is first romanized by the transform that fits its script (ICU's BGN/PCGN transforms for Armenian,
Russian and Azerbaijani Cyrillic; the ``transliterate`` package as a second Russian romanization), then
reduced to a skeleton: ASCII lowercase letters in which the spellings that English, Azerbaijani, Russian
and Armenian romanizations use for one sound coincide (kh/x/h, gh/ğ/q/g, sh/ş, ch/ç, j/c/dzh/zh, y/i,
e/ə/a, o/u, doubled letters).

ICU transliterators are not safe to share between threads, so each thread gets its own, created on
first use. PyICU is imported only when a romanization needs it.

    >>> skeletons("Ханкенди") & skeletons("Xankəndi") & skeletons("Hankendi") == {"hankandi"}
    True
    >>> "stapanakart" in skeletons("Ստեփանակերտ") & skeletons("Step'anakert") & skeletons("Степанакерт")
    True
"""

from __future__ import annotations

import re
import threading
import unicodedata

from toponyms.normalize import fold, fold_char, reformed_armenian
from toponyms.scripts import script_of

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from typing import Any

_ICU_TRANSFORMS = {
    "hy": ("hy-hy_Latn/BGN", "Armenian-Latin"),
    "ru": ("Russian-Latin/BGN",),
    "az-Cyrl": ("az_Cyrl-az/BGN",),
    "other": ("Any-Latin",),
}
_AZERBAIJANI_CYRILLIC_LETTERS = frozenset("әғҹҝјөүһӘҒҸҜЈӨҮҺ")
_AZERBAIJANI_LATIN_LETTERS = frozenset("əƏǝçÇşŞğĞıİöÖüÜxXqQ")
# Azerbaijani Latin letters written as English romanizations write them.
_AZERBAIJANI_TO_ENGLISH = str.maketrans(
    {"ə": "a", "ǝ": "a", "ç": "ch", "ş": "sh", "c": "j", "x": "kh", "q": "g", "ğ": "gh", "ı": "i", "j": "zh"}
)
_RUSSIAN_LETTERS = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
# Cyrillic letters of other languages that ICU's general transform leaves as they are, or romanizes as no
# spelling of the region does: Tajik ҷ, ҳ, қ (Ганҷа, Хаҷиқабул), Bashkir ҡ.
_OTHER_CYRILLIC_TO_LATIN = str.maketrans(
    {"ҷ": "j", "Ҷ": "J", "ҳ": "h", "Ҳ": "H", "қ": "q", "Қ": "Q", "ҡ": "q", "Ҡ": "Q"}
)
# Longest first: 'dž' before 'ž'.
_EUROPEAN_DIGRAPHS = (
    ("dsch", "j"),
    ("tsch", "ch"),
    ("dzs", "j"),
    ("dž", "j"),
    ("dż", "j"),
    ("sch", "sh"),
    ("ž", "zh"),
    ("ż", "zh"),
    ("ĝ", "j"),
    ("ǰ", "j"),
    ("ğ", "gh"),
    ("x̌", "kh"),
)
_DIGRAPHS = (
    ("shch", "s"),
    ("sch", "s"),
    ("tch", "c"),
    ("dzh", "j"),
    ("dj", "j"),
    ("zh", "j"),
    ("kh", "h"),
    ("gh", "g"),
    ("sh", "s"),
    ("ch", "c"),
    ("ts", "c"),
    ("tz", "c"),
    ("dz", "z"),
    ("ph", "p"),
    ("th", "t"),
)
# How other European languages write the region's names, respelled as English romanizations write them.
# Their conventions clash (j is y in German and Polish, kh in Spanish; ch is kh in German, sh in French), so
# each is a reading of its own, tried on queries only.
_FOREIGN_CONVENTIONS: tuple[dict[str, str], ...] = (
    # German, Polish, Czech, Slovak, Lithuanian: Dschermuk, Jerewan, Wanadsor, Szusza, Nachičevan
    {
        "szcz": "shch",
        "tsch": "ch",
        "dsch": "j",
        "sch": "sh",
        "sz": "sh",
        "cz": "ch",
        "dž": "j",
        "dż": "j",
        "ž": "zh",
        "ż": "zh",
        "ch": "kh",
        "ds": "dz",
        "w": "v",
        "j": "y",
    },
    # Dutch, Swedish: Dzjermoek, Etsjmiadzin, Etjmiadzin, Sjoesja, Gjoemri
    {"tsj": "ch", "dzj": "j", "sj": "sh", "zj": "zh", "tj": "ch", "oe": "u", "ch": "kh", "j": "y"},
    # French: Choucha, Nakhitchevan, Goumri
    {"tch": "ch", "ch": "sh", "ou": "u"},
    # Spanish: Jankendi, Joyalí
    {"j": "kh"},
)
_FOREIGN_READINGS = tuple(
    (re.compile("|".join(map(re.escape, sorted(table, key=len, reverse=True)))), table)
    for table in _FOREIGN_CONVENTIONS
)
_LETTERS = str.maketrans({"x": "h", "q": "g", "w": "v", "y": "i", "e": "a", "o": "u"})
_VOWELS = frozenset("aiu")

_local = threading.local()


def _icu_transliterator(transform_id: str) -> Any:
    cache: dict[str, Any] | None = getattr(_local, "transliterators", None)
    if cache is None:
        cache = _local.transliterators = {}
    transliterator = cache.get(transform_id)
    if transliterator is None:
        import icu  # deferred: a lookup that needs no romanization never loads ICU

        transliterator = cache[transform_id] = icu.Transliterator.createInstance(transform_id)
    return transliterator


_transliterate_lock = threading.Lock()
_transliterate_ready = False


def _russian_transliterate(text: str) -> str:
    global _transliterate_ready
    from transliterate import translit

    if not _transliterate_ready:
        # transliterate fills its registry of language packs lazily, and a second thread can see it half
        # filled: the first call runs alone
        with _transliterate_lock:
            if not _transliterate_ready:
                translit("а", "ru", reversed=True)
                _transliterate_ready = True
    return str(translit(text, "ru", reversed=True))


def _dominant_script(text: str) -> str:
    counts: dict[str, int] = {}
    for char in text:
        script = script_of(char)
        if script:
            counts[script] = counts.get(script, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else "Latn"


def written_in_azerbaijani_letters(text: str) -> bool:
    """Whether Latin ``text`` has a letter of the Azerbaijani alphabet that English spelling lacks (ə, ş,
    x, q ...).

        >>> written_in_azerbaijani_letters("Mrqaşat"), written_in_azerbaijani_letters("Aghdere")
        (True, False)
    """
    return any(char in _AZERBAIJANI_LATIN_LETTERS for char in text)


def romanizations(text: str, lang: str | None = None) -> list[str]:
    """Latin-script forms of ``text``, one per romanization that applies to its script.

    ``lang`` (a name's language) narrows the choice; for a query of unknown language every plausible
    reading is returned. Lone surrogates and other unencodable characters are dropped first.
    """
    text = text.encode("utf-8", "ignore").decode("utf-8")
    script = _dominant_script(text)
    forms: list[str] = []
    if script == "Armn":
        text = reformed_armenian(text)  # ICU romanizes the reformed spelling only
        forms = [_icu_transliterator(t).transliterate(text) for t in _ICU_TRANSFORMS["hy"]]
    elif script == "Cyrl":
        if lang == "az-Cyrl" or any(char in _AZERBAIJANI_CYRILLIC_LETTERS for char in text):
            latin = _icu_transliterator(_ICU_TRANSFORMS["az-Cyrl"][0]).transliterate(text)
            forms = [latin.lower().translate(_AZERBAIJANI_TO_ENGLISH)]
        else:
            forms = [
                _icu_transliterator(_ICU_TRANSFORMS["ru"][0]).transliterate(text),
                _russian_transliterate(text),
            ]
    elif script == "Latn":
        lowered = text.replace("İ", "i").replace("I", "ı" if lang == "az" else "i").lower()
        looks_azerbaijani = written_in_azerbaijani_letters(text)
        if lang == "az" or (lang is None and looks_azerbaijani):
            forms = [lowered.translate(_AZERBAIJANI_TO_ENGLISH)]
        if lang != "az":
            forms.append(_european_to_english(lowered))
        if lang is None and not looks_azerbaijani and any(char in "cxq" for char in lowered):
            forms.append(lowered.translate(_AZERBAIJANI_TO_ENGLISH))  # 'Culfa', 'Xudat' typed without ə, ş
    else:
        forms = [_icu_transliterator(_ICU_TRANSFORMS["other"][0]).transliterate(text)]
    if (
        script == "Cyrl"
        and lang != "az-Cyrl"
        and any(char.isalpha() and char.lower() not in _RUSSIAN_LETTERS for char in text)
    ):
        # Ukrainian, Kazakh, Tajik ... letters (ґ, ң, ҷ): ICU's general Cyrillic transform knows most of them
        other = text.translate(_OTHER_CYRILLIC_TO_LATIN)
        latin = _icu_transliterator(_ICU_TRANSFORMS["other"][0]).transliterate(other)
        if not any(script_of(char) == "Cyrl" for char in latin):  # half romanized: its skeleton is noise
            forms.append(latin)
    return forms


def _european_to_english(lowered: str) -> str:
    """Spell the digraphs of other European romanizations as English ones (Džermuk, Dschermuk, Žirak)."""
    for written, english in _EUROPEAN_DIGRAPHS:
        if written in lowered:
            lowered = lowered.replace(written, english)
    return lowered


def skeleton(latin: str) -> str:
    """Reduce a Latin-script form to its skeleton.

    For example:

        >>> skeleton("Khankendi"), skeleton("Yerevan"), skeleton("Erevan"), skeleton("Gyandzha")
        ('hankandi', 'aravan', 'aravan', 'ganja')
    """
    letters = "".join(char for char in fold(latin) if char.isascii() and char.isalpha())
    for digraph, replacement in _DIGRAPHS:
        letters = letters.replace(digraph, replacement)
    letters = letters.translate(_LETTERS)
    out: list[str] = []
    for index, char in enumerate(letters):
        if out and out[-1] == char:
            continue
        following = letters[index + 1] if index + 1 < len(letters) else ""
        # a glide 'i' before a vowel: the 'y' of Yerevan, Gyumri, Gyandzha
        if char == "i" and following in _VOWELS and following != "i" and (not out or out[-1] not in _VOWELS):
            continue
        out.append(char)
    return "".join(out)


def skeletons(text: str, lang: str | None = None) -> set[str]:
    """Every skeleton of ``text`` (one per romanization), without empty ones."""
    keys = {skeleton(_to_ascii(form)) for form in romanizations(text, lang)}
    keys.discard("")
    return keys


def foreign_skeletons(text: str) -> set[str]:
    """The skeletons of a Latin-script query read as other European languages spell (German ``Dschermuk``,
    Dutch ``Dzjermoek``, Polish ``Szusza``, French ``Choucha``, Spanish ``Jankendi``). A reading may give
    one of the :func:`skeletons` again (lookup has those already). Only queries are read so: a name of the
    data is written in its own language.

        >>> "jarmuk" in foreign_skeletons("Dzjermoek"), "susa" in foreign_skeletons("Choucha")
        (True, True)
    """
    if _dominant_script(text) != "Latn":
        return set()
    lowered = text.replace("İ", "i").lower()
    keys = {
        skeleton(_to_ascii(_respelled(lowered, pattern, table)))
        for pattern, table in _FOREIGN_READINGS
        if pattern.search(lowered)
    }
    keys.discard("")
    return keys


def _respelled(text: str, pattern: re.Pattern[str], table: dict[str, str]) -> str:
    return pattern.sub(lambda found: table[found.group()], text)


def _to_ascii(latin: str) -> str:
    decomposed = unicodedata.normalize("NFKD", latin)
    return "".join(
        fold_char(char) for char in decomposed if char.isascii() or not unicodedata.combining(char)
    )


#: How texts in another language spell a name of another script letter by letter, as the media of the side
#: that names the place do: from Azerbaijani Latin into Russian and English (Kərkicahan: Керкиджахан,
#: Kerkijahan), from Armenian into Russian (Սառնաղբյուր: Сарнахбюр) and into Azerbaijani Latin, as
#: Azerbaijani texts write the Armenian side's names (Մխիթարաշեն: Mxitaraşen). Per language pair, the
#: spellings of the letters and of the groups of letters (longest first), and of the letters that begin a
#: word. A letter with several spellings gives each: ə is written е or а (Şuşakənd: Шушакенд; Həsənriz:
#: Гасанриз), after k and g also я (Gəncə: Гянджа; Şuşakənd: Шушакянд), q г or к (Qazax: Газах, Казах;
#: Şişqaya: Шишкая), ğ gh or g (Ağcabədi: Aghjabadi, Agjabadi), ղ х or г.
_LETTER_SPELLINGS: dict[tuple[str, str], tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]] = {
    ("az", "ru"): (
        {
            **{
                latin: (cyrillic,)
                for latin, cyrillic in zip(
                    "abdefgğhxjklmnopqrsştvzçıiuüöy", "абдефггххжклмнопгрсштвзчыиуюёй", strict=True
                )
            },
            "c": ("дж",),
            "ə": ("е", "а"),
            "ı": ("ы", "и"),  # Lahıc: Лахыдж and Лахидж
            **{"ya": ("я",), "yu": ("ю",), "ye": ("е",), "yə": ("я",), "yo": ("ё",)},
            **{"kə": ("ке", "ка", "кя"), "gə": ("ге", "га", "гя")},
            "q": ("г", "к"),
        },
        # Eyvazlı: Эйвазлы, Əskipara: Аскипара, Həsənriz: Гасанриз (inside a word h is х: Kərkicahan)
        {"e": ("э",), "ə": ("а", "э"), "h": ("г",)},
    ),
    ("az", "en"): (
        {
            "ə": ("a", "e"),
            "x": ("kh",),
            "q": ("g",),
            "ğ": ("gh", "g"),
            "c": ("j",),
            "ç": ("ch",),
            "ş": ("sh",),
            "ı": ("i",),
            "ö": ("o",),
            "ü": ("u",),
            "j": ("zh",),
        },
        {},
    ),
    ("hy", "ru"): (
        {
            **{
                armenian: (cyrillic,)
                for armenian, cyrillic in zip(
                    "աբգդեզէըթժիլխծկհմյնշոչպռսվտրցփքօֆ", "абгдезэытжилхцкгмйншочпрсвтрцпкоф", strict=True
                )
            },
            **{"ձ": ("дз",), "ջ": ("дж",), "ճ": ("ч",), "ղ": ("х", "г"), "և": ("ев",)},
            **{"ու": ("у",), "յու": ("ю",), "յա": ("я",), "եւ": ("ев",)},
        },
        # Ոսկեպար: Воскепар; Հադրութ: Гадрут, Հարությունագոմեր: Арутюнагомер
        {"ո": ("во",), "հ": ("г", "")},
    ),
    ("hy", "az"): (
        {
            **{
                armenian: (latin,)
                for armenian, latin in zip(
                    "աբգդեզէըթժիլխկհմյնշոչպռսվտրփքօֆ", "abqdezeıtjilxkhmynşoçprsvtrpkof", strict=True
                )
            },
            **{"ծ": ("ts",), "ց": ("ts",), "ձ": ("dz",), "ջ": ("c",), "ճ": ("ç",), "ղ": ("ğ", "x")},
            **{"և": ("ev",), "ու": ("u",), "յու": ("yu",), "յա": ("ya",), "եւ": ("ev",)},
        },
        # Մխիթարաշեն: Mxitaraşen; Ոսկեպար: Voskepar; Երասխ: Yerasx
        {"ո": ("vo",), "ե": ("ye",)},
    ),
    # English as Armenian sites write it besides the usual romanization: q for ք (Gegharquniq, Berqaber,
    # Vayq), tz for ծ and ց (Aragatz, Aragatzotn) and, as French does, ou for ու (Tavoush, Vaghatour)
    ("hy", "en"): (
        {
            **{
                armenian: (latin,)
                for armenian, latin in zip(
                    "աբգդեզէըթիլկհմյնոպռսվտրփօֆ", "abgdezeytilkhmynoprsvtrpof", strict=True
                )
            },
            **{"ժ": ("zh",), "խ": ("kh",), "շ": ("sh",), "չ": ("ch",), "ճ": ("ch",), "ջ": ("j",)},
            **{"ղ": ("gh",), "ծ": ("ts", "tz"), "ց": ("ts", "tz"), "ձ": ("dz",), "ք": ("k", "q")},
            **{"և": ("ev",), "ու": ("u", "ou"), "յու": ("yu",), "յա": ("ya",), "եւ": ("ev",)},
        },
        {"ո": ("vo",), "ե": ("ye",)},
    ),
}
#: The letters that begin a group of letters spelled together (yu, ու, յու)
_GROUP_STARTS = frozenset(
    group[0] for letters, _ in _LETTER_SPELLINGS.values() for group in letters if len(group) > 1
)
#: At most this many spellings of one name in one language: the choices multiply with each ə or ղ
_MOST_SPELLINGS = 8


def letter_by_letter_spellings(name: str, lang: str) -> dict[str, set[str]]:
    """How texts in other languages spell the name ``name`` of language ``lang`` when they write it letter
    by letter, as the media of the side that names the place do: an Azerbaijani Latin name in Russian
    (``ru``) and English (``en``), an Armenian one in Russian, Azerbaijani Latin (``az``) and English as
    Armenian sites write it (q for ք, tz for ծ and ց); by language. Empty for other languages.

        >>> sorted(letter_by_letter_spellings("Şuşakənd", "az")["ru"])
        ['Шушаканд', 'Шушакенд', 'Шушакянд']
        >>> sorted(letter_by_letter_spellings("Yuxarı Əskipara", "az")["en"])
        ['Yukhari Askipara', 'Yukhari Eskipara']
        >>> sorted(letter_by_letter_spellings("Ոսկեպար", "hy")["ru"])
        ['Воскепар']
        >>> sorted(letter_by_letter_spellings("Ծաղկաձոր", "hy")["az"])
        ['Tsaxkadzor', 'Tsağkadzor']
        >>> sorted(letter_by_letter_spellings("Արագածոտն", "hy")["en"])
        ['Aragatsotn', 'Aragatzotn']
    """
    lowered = (name.replace("İ", "i").replace("I", "ı") if lang == "az" else name).lower()
    spellings: dict[str, set[str]] = {}
    for (source, target), (letters, initials) in _LETTER_SPELLINGS.items():
        if source != lang:
            continue
        forms = [""]
        at = 0
        while at < len(lowered):
            if (at == 0 or not lowered[at - 1].isalpha()) and lowered[at] in initials:
                choices, size = initials[lowered[at]], 1
            else:
                size = 1
                if lowered[at] in _GROUP_STARTS:
                    size = next((size for size in (3, 2) if lowered[at : at + size] in letters), 1)
                choices = letters.get(lowered[at : at + size], (lowered[at : at + size],))
            at += size
            if len(forms) * len(choices) > _MOST_SPELLINGS:
                choices = choices[:1]
            forms = [form + choice for form in forms for choice in choices]
        spellings[target] = {_capitalized(form) for form in forms}
    return spellings


def _capitalized(form: str) -> str:
    """``form`` with a capital at the start of each word."""
    return "-".join(
        " ".join(word[:1].upper() + word[1:] for word in part.split(" ")) for part in form.split("-")
    )
