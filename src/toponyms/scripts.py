"""Writing systems: which script a letter belongs to, which letters a language's names may use, and the
look-alike letters that sneak between Latin and Cyrillic.

    >>> script_of("Ş"), script_of("Ш"), script_of("Շ"), script_of("-")
    ('Latn', 'Cyrl', 'Armn', None)
    >>> name_script_problem("Shushа", "en")  # the last letter is Cyrillic
    "Cyrillic letter 'а' (U+0430) looks like Latin 'a' in a en name"
"""

from __future__ import annotations

import unicodedata

#: Cyrillic letters that look like Latin ones, and the Latin letter each imitates.
CYRILLIC_TO_LATIN: dict[str, str] = dict(
    zip(
        "аеорсухіјѕһәԁԛԝӏАВЕКМНОРСТХУІЈЅҺӘ",
        "aeopcyxijshədqwlABEKMHOPCTXYIJSHƏ",
        strict=True,
    )
)
#: Latin letters that look like Cyrillic ones, and the Cyrillic letter each imitates.
LATIN_TO_CYRILLIC: dict[str, str] = {
    latin: cyrillic for cyrillic, latin in CYRILLIC_TO_LATIN.items() if latin not in "dqwlh"
}
#: Other look-alikes: a letter written for another of the same script (the turned e for the Azerbaijani schwa,
#: g with caron for g with breve: 'Xankǝndi', 'Aǧdam').
SAME_SCRIPT_LOOKALIKES: dict[str, str] = {"ǝ": "ə", "Ǝ": "Ə", "ǧ": "ğ", "Ǧ": "Ğ"}

_AZERBAIJANI_LATIN = set("abcçdeəfgğhxıijkqlmnoöprsştuüvyz")
_AZERBAIJANI_LATIN |= {letter.upper() for letter in _AZERBAIJANI_LATIN} | {"İ"}  # "ı".upper() is "I"
_RUSSIAN = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
_RUSSIAN |= {letter.upper() for letter in _RUSSIAN}
_AZERBAIJANI_CYRILLIC_EXTRA = set("әғҹҝјөүһӘҒҸҜЈӨҮҺ")

#: Languages whose names are romanizations and may carry combining marks.
ROMANIZATIONS = frozenset({"hy-Latn", "ru-Latn"})

#: Characters allowed in a name besides letters.
NAME_PUNCTUATION = frozenset(" -'’ʼ.()0123456789")


def script_of(char: str) -> str | None:
    """The ISO 15924 code of a letter's script (``Latn``, ``Cyrl``, ``Armn``, ``Geor``, ``Other``), or
    ``None`` for a character that is not a letter."""
    if not char.isalpha():
        return None
    code = ord(char)
    if code < 0x250 or 0x1E00 <= code <= 0x1EFF or 0x250 <= code <= 0x2AF or 0x2C60 <= code <= 0x2C7F:
        return "Latn"
    if (
        0x400 <= code <= 0x52F
        or 0x1C80 <= code <= 0x1C8F
        or 0x2DE0 <= code <= 0x2DFF
        or 0xA640 <= code <= 0xA69F
    ):
        return "Cyrl"
    if 0x531 <= code <= 0x58F or 0xFB13 <= code <= 0xFB17:
        return "Armn"
    if 0x10A0 <= code <= 0x10FF or 0x1C90 <= code <= 0x1CBF:
        return "Geor"
    return "Other"


def _allowed(char: str, lang: str) -> bool:
    if lang == "az":
        return char in _AZERBAIJANI_LATIN
    if lang == "ru":
        return char in _RUSSIAN
    if lang == "az-Cyrl":
        return char in _RUSSIAN or char in _AZERBAIJANI_CYRILLIC_EXTRA
    if lang == "hy":
        return script_of(char) == "Armn"
    return script_of(char) == "Latn" and char not in SAME_SCRIPT_LOOKALIKES  # en, hy-Latn, ru-Latn


_SCRIPT_NAMES = {"Latn": "Latin", "Cyrl": "Cyrillic", "Armn": "Armenian", "Geor": "Georgian"}


def name_script_problem(text: str, lang: str) -> str | None:
    """Why ``text`` cannot be a name in ``lang``, or ``None`` when every character fits.

    Checks that each letter belongs to the language's alphabet, names look-alike letters from another
    script, and rejects control characters and stray punctuation.
    """
    for char in text:
        if char.isalpha():
            if _allowed(char, lang):
                continue
            point = f"U+{ord(char):04X}"
            if char in SAME_SCRIPT_LOOKALIKES:
                return f"'{char}' ({point}) is a look-alike of '{SAME_SCRIPT_LOOKALIKES[char]}'"
            if char in CYRILLIC_TO_LATIN and lang in ("en", "az", "hy-Latn", "ru-Latn"):
                imitated = CYRILLIC_TO_LATIN[char]
                return f"Cyrillic letter '{char}' ({point}) looks like Latin '{imitated}' in a {lang} name"
            if char in LATIN_TO_CYRILLIC and lang in ("ru", "az-Cyrl"):
                imitated = LATIN_TO_CYRILLIC[char]
                return f"Latin letter '{char}' ({point}) looks like Cyrillic '{imitated}' in a {lang} name"
            script = _SCRIPT_NAMES.get(script_of(char) or "", "another")
            return f"{script} letter '{char}' ({point}) is not in the {lang} alphabet"
        if unicodedata.category(char) == "Mn" and lang in ROMANIZATIONS:
            continue  # scholarly romanizations use combining marks: ISO 9985 'Aragac̣otn'
        if char not in NAME_PUNCTUATION:
            category = unicodedata.category(char)
            return f"character {char!r} (U+{ord(char):04X}, category {category}) is not allowed in a name"
    return None
