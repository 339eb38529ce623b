"""Normalization: the folded form under which two spellings of a name compare equal.

``fold`` removes the differences that carry no meaning for matching: case (with the Azerbaijani and
Turkish dotted and dotless i), diacritics, the Armenian ligature և (ԵՎ in capitals), the classical
Armenian spelling of v (Արմաւիր, Սիւնիք) and of e (Ադրբէջան), the Russian spelling of before 1918
(губернія, уѣздъ), apostrophes of every kind and the Armenian marks, dashes and spacing, and look-alike
letters from another script.

    >>> fold("Şuşa") == fold("SUSA") == fold("Susa")
    True
    >>> fold("İSMAYILLI"), fold("Kǝngǝrli"), fold("Nagorno–Karabakh")
    ('ismayilli', 'kengerli', 'nagorno karabakh')
    >>> fold("Shushа")  # a Cyrillic 'а' at the end
    'shusha'
    >>> fold("Երևան") == fold("Երեւան") == fold("ԵՐԵՎԱՆ")
    True
    >>> fold("Արմաւիր") == fold("Արմավիր"), fold("Սիւնիք") == fold("Սյունիք")
    (True, True)
"""

from __future__ import annotations

import functools
import re
import unicodedata

from toponyms.scripts import CYRILLIC_TO_LATIN, LATIN_TO_CYRILLIC, SAME_SCRIPT_LOOKALIKES, script_of

#: Characters that join the parts of a word and vanish in the folded form.
APOSTROPHES = frozenset("'’‘ʼʻ`´′ʹˈ\u055a\u055b\u055c\u055e\u055f")

_SPECIAL: dict[str, str] = {
    "է": "ե",  # the classical and Western Armenian spelling writes է where today's writes ե: Ադրբէջան
    "Է": "ե",
    # ... and օ inside a word where today's writes ո (Մեծամօր: Մեծամոր); today's օ begins a word, which
    # reads alike either way (Օշական)
    "օ": "ո",
    "Օ": "ո",
    "İ": "i",
    "I": "i",
    "ı": "i",
    "ə": "e",
    "Ə": "e",
    "ǝ": "e",
    "Ǝ": "e",
    "ß": "ss",
    "\u00ad": "",  # soft hyphen
    "\u200c": "",  # zero-width non-joiner
    "\u200d": "",  # zero-width joiner
    "\ufeff": "",  # byte order mark
}


@functools.cache
def fold_char(char: str) -> str:
    """The folded form of one character: lowercase, without marks; ``' '`` for a separator, ``''`` for
    an apostrophe or an invisible format character."""
    folded = _fold_char_once(char)
    for _ in range(3):  # a decomposition can yield characters that fold further ('ŉ' -> 'ʼn' -> 'n')
        again = "".join(_fold_char_once(part) for part in folded)
        if again == folded:
            break
        folded = again
    return folded


def _fold_char_once(char: str) -> str:
    if char in _SPECIAL:
        return _SPECIAL[char]
    if char in APOSTROPHES:
        return ""
    category = unicodedata.category(char)
    if category[0] in "LN":
        decomposed = unicodedata.normalize("NFKD", char)
        stripped = "".join(part for part in decomposed if not unicodedata.combining(part))
        folded = stripped.casefold()
        return "".join(_SPECIAL.get(part, part) for part in folded)
    if category == "Mn" or category == "Me" or category == "Cf":
        return ""
    return " "


class _FoldTable(dict[int, str]):
    """A ``str.translate`` table that folds each code point the first time it is seen."""

    def __missing__(self, code: int) -> str:
        folded = fold_char(chr(code))
        self[code] = folded
        return folded


_FOLD_TABLE = _FoldTable()
# A Cyrillic letter next to a Latin one, and a Latin letter next to a Cyrillic one: the same pairs, found
# by trying only the letters of one script. fix_lookalikes tries the rarer script of the text, so that
# the common one is skipped at C speed, and only on lines that hold both scripts.
_CYRILLIC_NEXT_TO_LATIN = re.compile(r"[\u0400-\u04ff](?:(?<=[a-zA-Z].)|(?=[a-zA-Z]))")
_LATIN_NEXT_TO_CYRILLIC = re.compile(r"[a-zA-Z](?:(?<=[\u0400-\u04ff].)|(?=[\u0400-\u04ff]))")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[a-zA-Z]")
#: A word of two or more Latin capitals that all look like Russian ones, after a Cyrillic word and a space
_LATIN_CAPITALS_AFTER_CYRILLIC = re.compile(r"(?<=[\u0400-\u04ff][ \u00a0])[ABCEHKMOPTXY]{2,}(?![^\W\d_])")
_CYRILLIC_CAPITALS = str.maketrans("ABCEHKMOPTXY", "АВСЕНКМОРТХУ")


def fix_lookalikes(text: str) -> str:
    """Replace look-alike letters in words that mix Latin and Cyrillic by letters of the word's main script.

    For example:

        >>> fix_lookalikes("Shushа and Шушa")
        'Shusha and Шуша'

    In a text written mostly in Cyrillic, an abbreviation typed in Latin capitals that all look like Russian
    ones after a Cyrillic word is read in Cyrillic too:

        >>> fix_lookalikes("граничит с Армянской CCP")
        'граничит с Армянской ССР'
    """
    if text.isascii() or not _LATIN.search(text) or not _CYRILLIC.search(text):
        return text
    sample = text[:: max(1, len(text) // 2000)]
    if len(_LATIN.findall(sample)) < len(_CYRILLIC.findall(sample)):
        rarer, common, pairs = _LATIN, _CYRILLIC, _LATIN_NEXT_TO_CYRILLIC
    else:
        rarer, common, pairs = _CYRILLIC, _LATIN, _CYRILLIC_NEXT_TO_LATIN
    pieces: list[str] = []
    done = 0  # text[:done] is already in pieces
    line_start = 0
    while line_start < len(text):
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        if rarer.search(text, line_start, line_end) and common.search(text, line_start, line_end):
            for match in pairs.finditer(text, line_start, line_end):
                letter = match.start()  # of a word that mixes the scripts
                if letter < done:
                    continue
                start = letter
                while start > done and text[start - 1].isalpha():
                    start -= 1
                end = letter + 1
                while end < line_end and text[end].isalpha():
                    end += 1
                pieces.append(text[done:start])
                pieces.append(_fix_word(text[start:end]))
                done = end
        line_start = line_end + 1
    if pieces:
        pieces.append(text[done:])
        text = "".join(pieces)
    if rarer is _LATIN:
        # an abbreviation typed in Latin capitals after a Cyrillic word: 'Армянской CCP', 'в HKAO'
        text = _LATIN_CAPITALS_AFTER_CYRILLIC.sub(_in_cyrillic, text)
    return text


def _in_cyrillic(capitals: re.Match[str]) -> str:
    return capitals.group().translate(_CYRILLIC_CAPITALS)


def _fix_word(word: str) -> str:
    latin = sum(1 for char in word if script_of(char) == "Latn")
    cyrillic = sum(1 for char in word if script_of(char) == "Cyrl")
    mapping = CYRILLIC_TO_LATIN if latin >= cyrillic else LATIN_TO_CYRILLIC
    return "".join(mapping.get(char, char) for char in word)


def scan_lower(text: str) -> str:
    """Lowercase without changing the length: Python lowercases 'İ' to two code points, so it is written
    'I' first (lowercase 'i'). The only code point whose ``lower()`` is longer than one. Armenian է is
    written ե and օ ո, as :func:`fold` has them, a Latin look-alike as the letter it stands for (ǝ: ə,
    ǧ: ğ), and Russian in the spelling of before 1918 as today (see :func:`modern_russian`).

        >>> scan_lower("İSMAYILLI Şuşa, Xankǝndi, Эриванская губернія")
        'ismayilli şuşa, xankəndi, эриванская губерния'
    """
    lowered = (text.replace("İ", "I") if "İ" in text else text).lower()
    if "է" in lowered:
        lowered = lowered.replace("է", _SPECIAL["է"])
    if "օ" in lowered:
        lowered = lowered.replace("օ", _SPECIAL["օ"])
    if any(lookalike in lowered for lookalike in _LOWERCASE_LOOKALIKE_LETTERS):
        lowered = lowered.translate(_LOWERCASE_LOOKALIKES)
    return modern_russian(lowered)


#: The lowercase letters of SAME_SCRIPT_LOOKALIKES and the letters they stand for
_LOWERCASE_LOOKALIKE_LETTERS = tuple(char for char in SAME_SCRIPT_LOOKALIKES if char.islower())
_LOWERCASE_LOOKALIKES = str.maketrans(
    {char: SAME_SCRIPT_LOOKALIKES[char] for char in _LOWERCASE_LOOKALIKE_LETTERS}
)


#: The letters of the Russian spelling of before 1918 (lowercase) and the letters that replaced them
_PRE_REFORM = str.maketrans("іѣѳѵ", "иефи")
#: ... and its hard sign at the end of a word ('Карабахъ', 'уѣздъ'), which today's spelling drops; a run of
#: them goes at once, so that folding twice changes nothing ('ъъ')
_FINAL_HARD_SIGN = re.compile(r"ъ(?![^\W\d_])")
_FINAL_HARD_SIGNS = re.compile(r"ъ+(?![^\W\d_])")


def modern_russian(lowered: str) -> str:
    """Lowercase Russian in the spelling of before 1918 written as today, without changing the length: і, ѣ,
    ѳ and ѵ become и, е, ф and и, and a hard sign that ends a word becomes a space. A text without them is
    returned as it is (a few substring searches).

        >>> modern_russian("елисаветпольскій уѣздъ")
        'елисаветпольский уезд '
    """
    if "і" in lowered or "ѣ" in lowered or "ѳ" in lowered or "ѵ" in lowered:
        lowered = lowered.translate(_PRE_REFORM)
    if "ъ" in lowered:
        if "ъъ" in lowered:  # rare: a function per match is slower than a replacement string
            lowered = _FINAL_HARD_SIGNS.sub(lambda signs: " " * len(signs.group()), lowered)
        else:
            lowered = _FINAL_HARD_SIGN.sub(" ", lowered)
    return lowered


def fold(text: str) -> str:
    """The folded form of ``text``: see the module documentation. Idempotent: ``fold(fold(t)) == fold(t)``.

    Raises ``TypeError`` when ``text`` is not a ``str``.
    """
    if not isinstance(text, str):
        raise TypeError(f"expected a str, got {type(text).__name__}")
    # look-alikes are fixed after folding, when every Latin letter is a plain a-z: 'ÀО' folds to 'ao'; a
    # letter put in by the fix is folded in turn (Cyrillic ә in a Latin word becomes ə, which folds to e)
    folded = text.translate(_FOLD_TABLE)
    fixed = fix_lookalikes(folded)
    if fixed is not folded:
        folded = fixed.translate(_FOLD_TABLE)
    # և folds to եւ, reformed to եվ; the Russian of before 1918 is spelled as today (a look-alike і is fixed)
    return " ".join(modern_russian(reformed_armenian(folded)).split())


def reformed_armenian(text: str) -> str:
    """``text`` with the classical Armenian spelling of v reformed: outside ու, ւ is վ, and իւ is յու.

    >>> reformed_armenian("Սիւնիք Արմաւիր Երևան")
    'Սյունիք Արմավիր Երևան'
    """
    return _CLASSICAL_V.sub(_reformed_v, text) if "ւ" in text else text


_CLASSICAL_V = re.compile("իւ|(?<!ո)ւ")


def _reformed_v(match: re.Match[str]) -> str:
    return "յու" if match.group() == "իւ" else "վ"
