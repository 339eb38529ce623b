"""Rewriting: annotate the place mentions of a text with the names other traditions use.

``annotate`` plans the annotations (where to insert what, as data); ``render`` writes them in a style;
``strip_annotations`` removes exactly what ``render`` inserted. Without ``replace``, rewriting only
inserts: the original text is untouched between the insertions. Mentions that the text already
annotates ("Khankendi (Stepanakert)") are left alone, so rewriting twice changes nothing more.
"""

from __future__ import annotations

import functools
import html
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from toponyms.index import unit_key
from toponyms.model import Mention, Name, Place
from toponyms.normalize import fold
from toponyms.scripts import script_of
from toponyms.translit import skeletons, written_in_azerbaijani_letters

STYLES = ("plain", "brackets", "markdown", "html")

#: How each text language labels a naming tradition in an annotation.
TRADITION_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "az": "Azerbaijani",
        "hy": "Armenian",
        "ru": "Russian",
        "intl": "international",
        "soviet": "Soviet",
    },
    "ru": {"az": "азерб.", "hy": "арм.", "ru": "рус.", "intl": "междунар.", "soviet": "сов."},
    "az": {"az": "azərb.", "hy": "erm.", "ru": "rus.", "intl": "beynəlxalq", "soviet": "sovet"},
    "hy": {"az": "ադրբ.", "hy": "հայ.", "ru": "ռուս.", "intl": "միջազգ.", "soviet": "խորհրդ."},
}
_LABEL_LANGUAGE = {"az-Cyrl": "ru", "hy-Latn": "en", "ru-Latn": "en"}
_SEPARATOR = {"hy": "՝ "}


@dataclass(frozen=True, slots=True)
class Annotation:
    """One planned change: at ``mention``, insert ``alternates`` (a tradition and the names it uses) after
    the mention, and replace the mention's text by ``replacement`` when it is not ``None``."""

    mention: Mention
    alternates: tuple[tuple[str, tuple[Name, ...]], ...]
    replacement: Name | None = None


def _label_language(lang: str) -> str:
    return _LABEL_LANGUAGE.get(lang, lang if lang in TRADITION_LABELS else "en")


def _already_annotated(text: str, mention: Mention, mentions: Sequence[Mention], position: int) -> bool:
    """True when a parenthesis right after the mention names the same place ("Khankendi (Stepanakert)"),
    or when the mention itself sits in such a parenthesis after a mention of its place."""
    following = _parenthesis_after(text, mention.end)
    if following and any(
        _names_same_place(m, mention) and following[0] <= m.start < following[1]
        for m in mentions[position + 1 :]
    ):
        return True
    if position > 0:
        previous = mentions[position - 1]
        enclosing = _parenthesis_after(text, previous.end)
        if (
            enclosing
            and enclosing[0] <= mention.start < enclosing[1]
            and _names_same_place(mention, previous)
        ):
            return True
    return False


def _names_same_place(inner: Mention, outer: Mention) -> bool:
    """Whether ``inner`` can name the place of ``outer``: the same place, or an ambiguous name it has."""
    if inner.place.id == outer.place.id:
        return True
    folded = fold(inner.name.text)
    return any(fold(name.text) == folded for name in outer.place.names)


_OPENERS = {"(": ")", "[": "]"}


def _parenthesis_after(text: str, end: int) -> tuple[int, int] | None:
    position = end
    while position < len(text) and text[position] == " ":
        position += 1
    if position >= len(text) or text[position] not in _OPENERS:
        return None
    opener, closer = text[position], _OPENERS[text[position]]
    depth = 0
    for index in range(position, min(len(text), position + _PARENTHESIS_REACH)):
        if text[index] == opener:
            depth += 1
        elif text[index] == closer:
            depth -= 1
            if depth == 0:
                return (position, index)
    return None


_PARENTHESIS_REACH = 300  # an annotation is short: a longer parenthesis is the text's own


def annotate(
    mentions: Sequence[Mention],
    text: str,
    *,
    traditions: Sequence[str] = ("az", "hy"),
    langs: Sequence[str] | None = None,
    every: bool = False,
    replace: str | None = None,
    seen: set[tuple[str, str]] | None = None,
) -> list[Annotation]:
    """Plan the annotations of ``text`` from its ``mentions`` (see :func:`toponyms.rewrite`).

    ``seen`` holds the (place id, folded name) pairs already annotated; pass the same set for the
    successive parts of one document so that only the first mention of a name is annotated.
    """
    planned: list[Annotation] = []
    seen = set() if seen is None else seen
    in_sentence = _names_by_sentence(text, mentions)
    for position, mention in enumerate(mentions):
        key = (mention.place.id, fold(mention.name.text))
        if _already_annotated(text, mention, mentions, position):
            seen.add(key)
            continue
        if key in seen and not every:
            continue
        seen.add(key)
        replacement = _replacement(mention, replace)
        shown = replacement or mention.name
        alternates = _alternates(mention.place, shown, mention, traditions, langs, in_sentence[position])
        if replace is not None and replacement is not None:
            alternates = ((_origin(mention.name), (mention.name,)), *alternates)
        if alternates or replacement:
            planned.append(Annotation(mention, alternates, replacement))
    return planned


_SCRIPT_LANGUAGES = {"Cyrl": "ru", "Armn": "hy", "Latn": "en"}


def written_language(mention: Mention) -> str:
    """The language the mention is written in: its name's, or, when the text writes the name as another
    language spells it, that language ('Керкиджахане' is Kərkicahan in Russian, 'Aghdere' Ağdərə in English,
    'в Ишханасаре' Իշխանասար in Russian, 'Mrqaşat' Մրգաշատ in Azerbaijani).

        >>> from toponyms import find
        >>> [written_language(mention) for mention in find("Керкиджахан, Aghdere, Ağdərədə, Mrqaşat")]
        ['ru', 'en', 'az', 'az']
    """
    name = mention.name
    script = next((script_of(char) for char in mention.surface if char.isalpha()), None)
    if script is None or script == script_of(next((char for char in name.text if char.isalpha()), " ")):
        if name.lang == "az" and not fold(mention.surface).startswith(fold(name.text)[:-1]):
            return "en"  # its English spelling: x is kh, ə a, c j ... (Aghdere, Kerkijahan)
        return name.lang
    if script == "Latn" and written_in_azerbaijani_letters(mention.surface):
        return "az"
    return _SCRIPT_LANGUAGES.get(script, name.lang)


def _origin(name: Name) -> str:
    return name.used_by[0] if name.used_by else "intl"


def _replacement(mention: Mention, convention: str | None) -> Name | None:
    """The name to write instead of the mention, or None when it stays (same name, or inflected form)."""
    if convention is None:
        return None
    target = mention.place.name_in(mention.name.lang, convention)
    if target is None or fold(target.text) == fold(mention.name.text):
        return None
    if fold(mention.surface) != fold(mention.name.text):
        return None  # an inflected form: replacing it would need re-inflection
    return target


def _names_by_sentence(text: str, mentions: Sequence[Mention]) -> list[tuple[Name, ...]]:
    """Per mention: the names that the mentions of its place in its sentence write, as written and as the
    data has them, each once. The text gives those names itself ('Stepanakert, which Azerbaijan calls
    Khankendi'): an annotation need not add them."""
    ends = [match.end() for match in _SENTENCE_END.finditer(text)]
    by_sentence: dict[tuple[int, str], dict[tuple[str, str], Name]] = {}
    keys = []
    for mention in mentions:
        key = (bisect_right(ends, mention.start), mention.place.id)
        keys.append(key)
        names = by_sentence.setdefault(key, {})
        name = mention.name
        names.setdefault((name.text, name.lang), name)
        lang = written_language(mention)
        names.setdefault((mention.surface, lang), Name(mention.surface, lang, name.status))
    written = {key: tuple(names.values()) for key, names in by_sentence.items()}
    return [written[key] for key in keys]


#: Where a sentence ends: a full stop (Armenian ։ too), a question or exclamation mark or an ellipsis before
#: a space, a closing quote or bracket, or the end; a line break. Not the point of an abbreviation inside a
#: word or before a colon, as the labels of annotations have ('erm.:', 'ադրբ.՝').
_SENTENCE_END = re.compile(r"[.!?։…]+(?=[\s\"'»”’)\]]|\Z)|\n")


def _alternates(
    place: Place,
    shown: Name,
    mention: Mention,
    traditions: Sequence[str],
    langs: Sequence[str] | None,
    also_written: tuple[Name, ...] = (),
) -> tuple[tuple[str, tuple[Name, ...]], ...]:
    """For each tradition, its names of the place in ``langs``, leaving out names already written: the
    mention's own, and ``also_written``, those the sentence gives for the place elsewhere.

    By default a tradition's name is taken in the mention's language, else in English; an English
    fallback is shown only when it tells the traditions apart (Xankəndi: Stepanakert, but not Azerbaijan
    for Azərbaycan, since every tradition calls it that in English).
    """
    out: list[tuple[str, tuple[Name, ...]]] = []
    lang = written_language(mention)
    written = [shown, Name(mention.surface, lang, mention.name.status), *also_written]
    for tradition in traditions:
        if tradition in shown.used_by:
            continue  # the text already uses this tradition's name
        if langs is None:
            name = _used_name(place, lang, tradition)
            if name is None:
                name = _used_name(place, "en", tradition)
                others = {_used_name(place, "en", other) for other in traditions if other != tradition}
                if name is not None and all(_spelled_alike(name, o) for o in others if o is not None):
                    name = None  # the same in every tradition: nothing to tell apart
            names = [name] if name is not None else []
        else:
            names = [n for n in (_used_name(place, lang, tradition) for lang in langs) if n is not None]
        fresh = tuple(name for name in names if not any(_spelled_alike(name, other) for other in written))
        if names and len(fresh) == len(names):
            written.extend(fresh)
            out.append((tradition, fresh))
    return tuple(out)


_BACK_CONSONANTS = re.compile("[gkqh]+")


@functools.lru_cache(maxsize=4096)
def _spelled_alike(name: Name, other: Name) -> bool:
    """Whether two names are one name written apart: folded alike up to the unit word ('Syunik Province',
    'Syunik Marz'), or romanized alike across scripts ('Ереван', 'Yerevan', 'Karabagh'); nothing to annotate
    then."""
    if unit_key(fold(name.text)) == unit_key(fold(other.text)):
        return True
    # the romanizations of one name differ in how they write the sounds of k, g, q and kh
    # ('Karabakh', 'Karabagh', 'Qarabagh')
    return not {_BACK_CONSONANTS.sub("k", key) for key in skeletons(name.text, name.lang)}.isdisjoint(
        _BACK_CONSONANTS.sub("k", key) for key in skeletons(other.text, other.lang)
    )


def _used_name(place: Place, lang: str, tradition: str) -> Name | None:
    """The name ``tradition`` uses for ``place`` in ``lang``, if the data says it uses one."""
    name = place.name_in(lang, tradition)
    return name if name is not None and tradition in name.used_by else None


def rewrite_mentions(
    text: str,
    mentions: Sequence[Mention],
    *,
    traditions: Sequence[str] = ("az", "hy"),
    langs: Sequence[str] | None = None,
    every: bool = False,
    replace: str | None = None,
    style: str = "plain",
    seen: set[tuple[str, str]] | None = None,
) -> str:
    """``text`` rewritten from its ``mentions``: :func:`annotate`, then :func:`render`."""
    planned = annotate(
        mentions, text, traditions=traditions, langs=langs, every=every, replace=replace, seen=seen
    )
    return render(text, planned, style=style)


def render(text: str, annotations: Sequence[Annotation], *, style: str = "plain") -> str:
    """Write the planned annotations into ``text`` in a ``style``: plain ``(…)``, ``brackets`` ``[…]``
    (an editor's insertion inside a quotation), ``markdown`` (alternate names in italics) or ``html``
    (every mention wrapped in ``<span data-place-id=…>``, the text escaped)."""
    if style not in STYLES:
        raise ValueError(f"unknown style {style!r}; expected one of: {', '.join(STYLES)}")
    escape: Callable[[str], str] = html.escape if style == "html" else str
    pieces: list[str] = []
    done = 0
    for annotation in annotations:
        mention = annotation.mention
        pieces.append(escape(text[done : mention.start]))
        surface = annotation.replacement.text if annotation.replacement else mention.surface
        note = _note(annotation, style)
        if style == "html":
            place_id = html.escape(mention.place.id)
            pieces.append(f'<span class="toponym" data-place-id="{place_id}">{escape(surface)}</span>')
            if note:
                pieces.append(f'<span class="toponym-alt"> ({escape(note)})</span>')
        else:
            pieces.append(surface)
            if note:
                bracket = style == "brackets" or _inside_quotation(text, mention.start)
                pieces.append(f" [{note}]" if bracket else f" ({note})")
        done = mention.end
    pieces.append(escape(text[done:]))
    return "".join(pieces)


_QUOTE_PAIRS = (("«", "»"), ("“", "”"), ("„", "“"))
_LOOK_BACK = 2000


def _inside_quotation(text: str, position: int) -> bool:
    """Whether ``position`` lies inside a quotation that opened earlier in its paragraph."""
    start = max(text.rfind("\n", max(0, position - _LOOK_BACK), position) + 1, position - _LOOK_BACK, 0)
    before = text[start:position]
    if before.count('"') % 2 == 1:
        return True
    return any(before.count(opening) > before.count(closing) for opening, closing in _QUOTE_PAIRS[:2])


def _note(annotation: Annotation, style: str) -> str:
    lang = _label_language(written_language(annotation.mention))
    labels = TRADITION_LABELS[lang]
    separator = _SEPARATOR.get(lang, ": ")
    parts = []
    for tradition, names in annotation.alternates:
        shown = ", ".join(f"*{name.text}*" if style == "markdown" else name.text for name in names)
        parts.append(f"{labels.get(tradition, tradition)}{separator}{shown}")
    return "; ".join(parts)


def _annotation_pattern() -> re.Pattern[str]:
    labels = sorted(
        {label for table in TRADITION_LABELS.values() for label in table.values()}, key=len, reverse=True
    )
    label = "(?:" + "|".join(re.escape(item) for item in labels) + ")"
    separators = "(?:" + "|".join(re.escape(s) for s in {": ", *_SEPARATOR.values()}) + ")"
    item = f"{label}{separators}[^()\\[\\];\\n]+"
    return re.compile(f" \\({item}(?:; {item})*\\)| \\[{item}(?:; {item})*\\]")


_ANNOTATION = _annotation_pattern()


def strip_annotations(text: str) -> str:
    """Remove the annotations that :func:`render` inserted in the plain, brackets or markdown style.

    For example:

        >>> strip_annotations("Shusha (Armenian: Shushi) and Stepanakert (Azerbaijani: Khankendi)")
        'Shusha and Stepanakert'
    """
    return _ANNOTATION.sub("", text)
