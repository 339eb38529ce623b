"""The records of the gazetteer: places, their names, and what lookup and find return.

Every record is a frozen, hashable dataclass whose repr reads back as code.

    >>> name = Name(text="Shushi", lang="en", status="common", used_by=("hy",))
    >>> name.is_current
    True
    >>> Name(text="Kirovabad", lang="en", status="historical", since=1935, until=1989).is_current
    False
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: Kinds of place, from the largest to the smallest; the order breaks ties between ambiguous candidates.
KINDS: tuple[str, ...] = (
    "country",
    "polity",
    "province",
    "region",
    "economic-region",
    "city",
    "town",
    "district",
    "city-district",
    "village",
    "river",
    "lake",
    "reservoir",
    "mountain",
    "range",
    "pass",
    "corridor",
    "peninsula",
    "island",
    "bay",
    "plain",
    "valley",
    "waterfall",
)
#: The kinds of place that are settlements
SETTLEMENT_KINDS = frozenset({"city", "town", "village"})

#: How a name stands in its language, most established first.
STATUSES: tuple[str, ...] = ("official", "common", "variant", "romanization", "historical")

#: Naming traditions a name can be used by (``Name.used_by``).
TRADITIONS: dict[str, str] = {
    "az": "Azerbaijani official and media usage",
    "hy": "Armenian official and media usage (Republic of Armenia, the former NKR)",
    "ru": "Russian usage",
    "intl": "international usage (UN, ISO 3166, major English-language media)",
    "soviet": "Soviet official usage (1920-1991)",
}

#: BCP 47 tags a name may carry, with the script its letters must belong to.
LANGUAGES: dict[str, str] = {
    "en": "Latn",
    "az": "Latn",
    "az-Cyrl": "Cyrl",
    "ru": "Cyrl",
    "hy": "Armn",
    "hy-Latn": "Latn",
    "ru-Latn": "Latn",
}

#: Human names of the languages, for messages and the CLI.
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "az": "Azerbaijani",
    "az-Cyrl": "Azerbaijani (Cyrillic)",
    "ru": "Russian",
    "hy": "Armenian",
    "hy-Latn": "Armenian (romanized)",
    "ru-Latn": "Russian (romanized)",
}


@dataclass(frozen=True, slots=True)
class Name:
    """One name of a place: its text, language, standing, who uses it and when.

    ``since`` and ``until`` are years (``from``/``until`` in the YAML); ``None`` means open-ended.
    ``ambiguous`` is set when the data declares that the same text names another place too; ``person``
    when the text is also a person's name, most often that of the person the place is named after
    (Tumanyan, Füzuli, Маяковский) or a common given name (Muxtar): in running text it is checked for signs
    of a person, and a town's or a village's needs a sign of a place;
    ``elsewhere`` when the text is better known as the name of a place outside the region (Куба is Cuba,
    Армавир a Russian city too, Georgia a US state): in running text it counts only when the text names
    another place of the region; ``word`` when the text is also a common word of its language, or a
    people's name (Тех "those", Банк "bank", Տեղ "place", Gay, Tsar, Kazakh, Oğuz): in running text it needs a
    sign of a place. ``primary`` marks, among the places an ambiguous text names, the one the bare text
    usually means (Lake Sevan's «Sevan», Mount Aragats' «Արագած»): it comes first when nothing else decides.
    """

    text: str
    lang: str
    status: str
    used_by: tuple[str, ...] = ()
    since: int | None = None
    until: int | None = None
    ambiguous: bool = False
    person: bool = False
    elsewhere: bool = False
    word: bool = False
    primary: bool = False

    @property
    def is_current(self) -> bool:
        """True unless the name is historical or has an end year."""
        return self.status != "historical" and self.until is None

    def years(self) -> str:
        """The period of use as text: ``'1935-1989'``, ``'until 1991'``, ``'since 2008'`` or ``''``.

        For example:

            >>> Name("Kirovabad", "en", "historical", since=1935, until=1989).years()
            '1935-1989'
        """
        if self.since is not None and self.until is not None:
            return f"{self.since}-{self.until}"
        if self.until is not None:
            return f"until {self.until}"
        if self.since is not None:
            return f"since {self.since}"
        return ""

    def describe(self) -> str:
        """Status, who uses the name and when, as one line.

        For example:

            >>> Name("Stepanakert", "en", "common", ("hy", "ru"), since=1923).describe()
            'common; used by hy, ru; since 1923'
        """
        parts = [self.status]
        if self.used_by:
            parts.append("used by " + ", ".join(self.used_by))
        if self.years():
            parts.append(self.years())
        return "; ".join(parts)

    def as_dict(self) -> dict[str, object]:
        """The name as plain data (JSON): the YAML's keys, ``from`` for ``since``."""
        return {
            "text": self.text,
            "lang": self.lang,
            "status": self.status,
            "used_by": list(self.used_by),
            "from": self.since,
            "until": self.until,
            "ambiguous": self.ambiguous,
            "person": self.person,
            "elsewhere": self.elsewhere,
            "word": self.word,
            "primary": self.primary,
        }


@dataclass(frozen=True, slots=True)
class Place:
    """A place with every name it has been given.

    ``parents`` holds the ids of the units the place belongs to; several where administrations differ.
    """

    id: str
    kind: str
    names: tuple[Name, ...]
    parents: tuple[str, ...] = ()
    coords: tuple[float, float] | None = None
    note: str = ""

    def names_in(self, lang: str) -> tuple[Name, ...]:
        """Every name in ``lang`` (a BCP 47 tag such as ``"hy"``), in data order.

        For example:

            >>> from toponyms import get
            >>> [name.text for name in get("shusha").names_in("ru")]
            ['Шуша', 'Шуши', 'Панахабад']
        """
        return tuple(name for name in self.names if name.lang == lang)

    def name_in(self, lang: str, convention: str | None = None) -> Name | None:
        """The name to show in ``lang``, under a naming ``convention`` (a ``used_by`` tradition) if given.

        Current names come before historical ones and official before common. With a convention, names
        that tradition uses come first; without one, names in international use come first. Returns
        ``None`` when the place has no name in ``lang``.
        """
        candidates = self.names_in(lang)
        if not candidates:
            return None
        preferred = convention or "intl"

        def rank(item: tuple[int, Name]) -> tuple[int, int, int, int]:
            position, name = item
            return (
                0 if name.is_current else 1,
                0 if preferred in name.used_by else 1,
                STATUSES.index(name.status),
                position,
            )

        return min(enumerate(candidates), key=rank)[1]

    @property
    def label(self) -> str:
        """A short English label: the English name in international use, else the first name."""
        name = self.name_in("en")
        return name.text if name else self.names[0].text

    @property
    def title(self) -> str:
        """The English names the Azerbaijani, Armenian and international conventions prefer, in alphabetical
        order, joined by ' / ': both sides' names, and no order of preference between them.

            >>> Place("x", "city", (Name("Shusha", "en", "common", ("az", "intl")),
            ...                     Name("Shushi", "en", "common", ("hy",)))).title
            'Shusha / Shushi'
        """
        preferred = {self.name_in("en", tradition) for tradition in ("az", "hy", "intl")}
        texts = sorted({name.text for name in preferred if name is not None and name.is_current})
        return " / ".join(texts) if texts else self.label


def candidate_rank(place: Place, name: Name) -> tuple[int, int, int, int]:
    """How two places that a name matches equally well are ordered: the place the name usually means
    (``primary``), then a current name before a former one, then the larger kind of place (a city before a
    village of the same name), then the name's standing."""
    return (
        0 if name.primary else 1,
        0 if name.is_current else 1,
        KINDS.index(place.kind),
        STATUSES.index(name.status),
    )


@dataclass(frozen=True, slots=True)
class Match:
    """A lookup result: the place, the name that matched, how, and how well (0-100).

    For example:

        >>> from toponyms import lookup
        >>> match = lookup("Şuşa")[0]
        >>> match.place.id, match.name.lang, match.method, match.score
        ('shusha', 'az', 'exact', 100.0)
    """

    place: Place
    name: Name
    score: float
    method: str

    def __repr__(self) -> str:
        return (
            f"<Match {self.place.id} by {self.name.text!r} ({self.name.lang}), {self.method}, {self.score:g}>"
        )


@dataclass(frozen=True, slots=True)
class Mention:
    """A place mention in a text: ``text[start:end]`` is the whole (possibly inflected) word or words.

    For example:

        >>> from toponyms import find
        >>> mention = find("в Нагорном Карабахе")[0]
        >>> mention.start, mention.end, mention.surface, mention.place.id, mention.lang
        (2, 19, 'Нагорном Карабахе', 'nagorno-karabakh', 'ru')
    """

    start: int
    end: int
    place: Place
    name: Name
    surface: str = field(default="")

    def __repr__(self) -> str:
        return f"<Mention {self.start}:{self.end} {self.surface!r} -> {self.place.id} ({self.name.lang})>"

    @property
    def lang(self) -> str:
        """The language of the matched name."""
        return self.name.lang

    def as_dict(self) -> dict[str, object]:
        """The mention as plain data (JSON): offsets, surface, place id and kind, and the matched name."""
        return {
            "start": self.start,
            "end": self.end,
            "surface": self.surface,
            "id": self.place.id,
            "kind": self.place.kind,
            "name": self.name.as_dict(),
        }
