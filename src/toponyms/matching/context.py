"""The words around a candidate that decide whether, and which, place it names: words for kinds of
place, features and units, lists and their introducers, and the signs of something else (a person, an
organization, a street, a title in quotation marks)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from toponyms.index import ABBREVIATED_KIND_BEFORE, ABBREVIATED_KIND_WORDS, Index
from toponyms.inflection import RUSSIAN_ADJECTIVE_WRITTEN
from toponyms.matching.folding import DASHES, SCAN_TABLE, plain_vowels
from toponyms.model import Mention, Name, Place
from toponyms.normalize import fold

_VOLCANO_CUES = ("вулкан", "volcano", "հրաբուխ", "vulkan")  # 'Vardenis volcano': not the town
_CANTON_CUES = ("գավառ", "гавар", "canton", "mahal", "магал")
_TOWN_CUES = ("город", "посёл", "city", "town", "settlement", "քաղաք", "ավան", "şəhər", "qəsəbə")
_VILLAGE_WORDS = ("село", "села", "селе", "селу", "селом", "селени", "деревн", "village", "գյուղ", "kənd")
#: Words of a town's or a village's community and its mayor, after a name and (Russian) before it: signs of a
#: settlement, not words that name one ('Տեղ համայնքի ղեկավար', 'the Tegh community', 'Мэром Абовяна'); not
#: 'community' before a name ('the head of the community Ararat Zurabyan')
_COMMUNITY_AFTER = tuple(
    word.translate(SCAN_TABLE) for word in ("համայնք", "community", "communities", "mayor", "քաղաքապետ")
)
_COMMUNITY_BEFORE = tuple(word.translate(SCAN_TABLE) for word in ("мэр", "общин"))
#: Residents, next to a name, choose a settlement among places of one name ('Sevan residents', 'жители
#: Севана', 'Սևանի բնակիչները', 'Sevan sakinləri'), but do not make a common word a place ('Տեղի
#: բնակիչները', the local residents)
_RESIDENTS = tuple(word.translate(SCAN_TABLE) for word in ("resident", "жител", "բնակիչ", "sakin"))
_LAKE_WORDS = ("озер", "lake", "լիճ", "լճ", "göl")
_RIVER_WORDS = ("река", "реки", "реке", "реку", "рекой", "river", "գետ", "çay")
#: The words for a feature that Azerbaijani names join to their last word (folded: çay 'river', dağ
#: 'mountain', göl 'lake'), and the kinds of place such a name is of: Kürəkçay, Murovdağ, Maralgöl are also
#: written apart ('Göygöl, Maral, Zəli göllərinin')
JOINED_FEATURE_KINDS = {
    "cay": frozenset({"river"}),
    "dag": frozenset({"mountain", "range"}),
    "gol": frozenset({"lake", "reservoir"}),
}
JOINED_FEATURE_WORDS = tuple(JOINED_FEATURE_KINDS)
#: The Azerbaijani plural suffix in a feature word after a name (folded): 'Laçın dağları', 'Şəki meşələri'
AZ_PLURAL = re.compile("l[ae]r")
#: The word for river that old transliterations join to a name with a hyphen (lowercased)
RIVER_WORDS_HYPHENATED = ("чай", "chay", "çay", "cay", "չայ", "чаю", "чая")
#: and a peak: 'Qızılqaya zirvəsi' is no village, 'Արագածի գագաթ' the mountain (English 'peak' and 'summit'
#: only as whole words: FEATURE_WHOLE_WORDS)
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
    # 'Площадь Севана ..., глубина — до 100 метров'); a shore is a river's too; and so do swimming, a
    # beach and algae ('we swam in Sevan', 'Սևանում լողացինք', 'Սևանում ծաղկում են ջրիմուռները')
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
        *("algae", "cyanobacteri", "водоросл", "цианобактери", "ջրիմուռ", "yosun"),
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
REGION_WORDS = tuple(word.translate(SCAN_TABLE) for word in ("region", "bölgə", "регион"))
#: the same, folded (to compare with folded words)
KIND_CUES = {
    kind: tuple(cue.translate(SCAN_TABLE) for cue in cues) for kind, cues in _KIND_CUES_WRITTEN.items()
}
#: ... all in one tuple, for 'a word of any kind'
ANY_KIND_CUE = tuple(dict.fromkeys(cue for cues in KIND_CUES.values() for cue in cues))
#: ... and, right next to the name only, words of a water's shore, level and inflow: 'Սևանի ափին', 'Hrazdanın
#: sahilində', 'Սեւանի մակարդակը', 'լցվել Սևան', 'впадает в Севан' (elsewhere in the sentence 'the level' may
#: be any other: unemployment's)
_SHORE_AND_INFLOW_WORDS = tuple(
    word.translate(SCAN_TABLE) for word in ("ափ", "sahil", "թափվ", "впада", "tökül")
)
_STILL_WATER_WORDS = (
    *_SHORE_AND_INFLOW_WORDS,
    *(word.translate(SCAN_TABLE) for word in ("լցվ", "մակարդակ", "level", "уровень", "уровн", "səviyyə")),
)
#: Words for a tributary, which name a river next to a name and as a feature word ('Ախուրյանի վտակը')
_TRIBUTARY_WORDS = ("վտակ", "tributar", "приток")
#: ... and words of a river's course: its reaches, tributaries, bed and mouth ('Թարթառի միջին հոսանքում',
#: 'Ախուրյանի վտակը', 'в среднем течении Тертера', 'Kürün aşağı axını', 'Hrazdanın məcrası')
_RIVER_COURSE_WORDS = tuple(
    word.translate(SCAN_TABLE)
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
WATER_BEFORE_A_FEATURE = (" su ", " water ")
#: Words before another feature word, which then names the feature: English 'mountain' ('mountain pass');
#: Azerbaijani 'sıra' (a row), before 'dağlar' (mountains) a range: 'Zəngəzur sıra dağları'
_WORDS_BEFORE_A_FEATURE_WRITTEN = ("mountain", "sıra")
WORDS_BEFORE_A_FEATURE = frozenset(word.translate(SCAN_TABLE) for word in _WORDS_BEFORE_A_FEATURE_WRITTEN)
#: ... and 'chain' after 'mountain' names a range: 'the Zangezur mountain chain' (Armenian լեռնաշղթա word for
#: word)
CHAIN_WORDS = frozenset({"chain", "chains"})


def feature_word_after(word: str, following: str) -> str:
    """The feature word to read for ``word`` of WORDS_BEFORE_A_FEATURE and the word ``following`` it (both
    folded): 'range' for a mountain chain and for Azerbaijani 'sıra dağları', ``following`` when it is a
    feature word, else ``word`` itself ('Zangezur Mountain and ...' is the mountain word's).

        >>> feature_word_after("sira", "daglarindan"), feature_word_after("mountain", "pass")
        ('range', 'pass')
        >>> feature_word_after("mountain", "and")
        'mountain'
    """
    if following in CHAIN_WORDS or (word == "sira" and following.startswith("dag")):
        return "range"
    return following if feature_named_by(following) is not None else word


#: The compass adjectives of English, Azerbaijani and Armenian (as written, capitalized)
_COMPASS_ADJECTIVES = (
    *"Western Eastern Northern Southern Qərbi Şərqi Şimali Cənubi".split(),
    *"Արևմտյան Արեւմտյան Արևելյան Արեւելյան Հյուսիսային Հարավային".split(),
)
#: Words of a side or a stretch that may stand between a name and such a word (folded, whole words): 'Arazın
#: sol sahilində', 'Սևանի հյուսիսային ափերում' (on Sevan's northern shores), 'Göygölün şimal sahilində'
SIDES_AND_REACHES = frozenset(
    word.translate(SCAN_TABLE)
    for word in (
        *"վերին միջին ստորին ձախ աջ yuxarı orta aşağı sol sağ upper middle lower left right".split(),
        *_COMPASS_ADJECTIVES,
        *"şimal cənub şərq qərb".split(),
    )
)
#: ... and the word for water, between a name and its level: 'Sevan water level', 'Սևանի ջրի մակարդակը'
WATER_WORDS = frozenset(word.translate(SCAN_TABLE) for word in ("water", "ջրի", "su"))
NEIGHBOUR_KIND_CUES = {
    **KIND_CUES,
    "lake": (*KIND_CUES["lake"], *_STILL_WATER_WORDS),
    "reservoir": (*KIND_CUES["reservoir"], *_STILL_WATER_WORDS),
    "river": (*KIND_CUES["river"], *_SHORE_AND_INFLOW_WORDS, *_RIVER_COURSE_WORDS),
    # 'Muğan bölgəsi': the Mughan region, not a village that was named Muğan
    "plain": (*KIND_CUES["plain"], *REGION_WORDS),
    "region": (*KIND_CUES["region"], *REGION_WORDS),
    **{
        kind: (*KIND_CUES[kind], *_COMMUNITY_AFTER, *_COMMUNITY_BEFORE, *_RESIDENTS)
        for kind in ("city", "town", "village")
    },
}
#: the same, as they may be written in lowercased text
_KIND_CUE_FORMS = {kind: tuple(set(cues) | set(KIND_CUES[kind])) for kind, cues in _KIND_CUES_WRITTEN.items()}
#: The plural of a word for village, as written and folded: after one name, or around it in the sentence, it
#: names the villages of a place, not a village ('Kotayk villages', 'Կոտայքի գյուղերում', 'в селах Котайка')
VILLAGES = tuple(
    {
        form
        for word in ("villages", "գյուղեր", "kəndlər", "селах", "селам", "сёла", "сел ")
        for form in (word, word.translate(SCAN_TABLE))
    }
)
#: Words next to a name that say it names a natural feature ('Minkənd çayı', 'Ordubad düzənliyi', 'река
#: Акстафа', 'Փամբակի լեռնաշղթա', 'Sevan basin'), by the kind of feature; checked in this order, as some
#: begin with others (լեռնաշղթա, լեռ). A name none of whose places is of that kind names a feature the data
#: does not have, not the town or village it shares its name with.
FEATURE_CUES_WRITTEN: dict[str, tuple[str, ...]] = {
    "range": ("хребет", "хребт", "range", "ridge", "silsilə", "լեռնաշղթա"),
    "pass": ("перевал", "aşırım", "լեռնանցք"),
    # ... and depressions: 'Samux çökəkliyi', 'Кура-Араксинская впадина'
    "basin": (
        *("бассейн", "котловин", "basin", "hövzə", "ավազան"),
        *("впадин", "depression", "çökək", "çökəy", "գոգավորությ"),
    ),
    # ... and plateaus, which the data files as plains ('Карабахское нагорье', 'Qarabağ yaylası'); Russian
    # 'плато' only as a whole word (FEATURE_WHOLE_WORDS): 'платок' begins like it
    "plain": (
        *("равнин", "степь", "степи", "plain", "steppe", "düzənli", "düzü", "դաշտ"),
        *("нагорь", "plateau", "yayla", "սարահարթ", "բարձրավանդակ"),
    ),
    "valley": ("долин", "ущель", "valley", "gorge", "vadi", "dərə", "հովիտ", "կիրճ", "ձոր"),
    "reservoir": _KIND_CUES_WRITTEN["reservoir"],
    "lake": _LAKE_WORDS,
    "river": (*_RIVER_WORDS, *_TRIBUTARY_WORDS),
    "mountain": _MOUNTAIN_WORDS,
    # English 'bay' and 'isle' only as whole words (FEATURE_WHOLE_WORDS): 'bayram', 'bayraq' begin like 'bay'
    "bay": ("gulf", "залив", "бухт", "körfəz", "buxta", "ծոց", "ծովածոց"),
    "island": ("island", "остров", "adası", "adalar", "կղզի"),
    "peninsula": ("peninsula", "полуостров", "yarımada", "թերակղզ"),
    "waterfall": ("waterfall", "водопад", "şəlalə", "ջրվեժ"),
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
FEATURE_CUES = {
    kind: tuple({cue.translate(SCAN_TABLE) for cue in cues}) for kind, cues in FEATURE_CUES_WRITTEN.items()
}
#: Words that begin like a feature word and are not one: 'dağıdıldı' (destroyed), 'dağlıq' (mountainous, as in
#: 'Xankəndi Dağlıq Qarabağın mərkəzidir'), 'dərəcə' (degree), 'mountainous', 'լեռնային', 'գագաթնաժողով'
#: (a summit meeting).
_NOT_FEATURE_WORDS = tuple(
    word.translate(SCAN_TABLE)
    # ... and the adjective 'riverside' that begins like 'river': 'Դիլիջանի Գետափնյա փողոց' (a street); and
    # English 'gold' and 'golf', which fold like 'göl' (lake): 'Amulsar gold mining', 'Baku golf club' (after
    # a name, 'göl' takes the possessive: 'Batabat gölü', 'gölündə')
    for word in (
        *("dağıd", "dağıl", "dağlı", "dərəcə", "mountainous", "լեռնային", "գագաթնաժողով", "գետափնյա"),
        *("gold", "golf"),
    )
)
#: Compounds that begin with a feature word and are not one: 'dağ-mədən' (mining: 'Qacaran dağ-mədən
#: kombinatı' is the town's mining plant)
NOT_FEATURE_COMPOUNDS = ("dağ-mədən", "dag-meden")
#: Feature words that name a feature only as whole words (folded)
FEATURE_WHOLE_WORDS = {
    "bay": "bay",
    "bays": "bay",
    "isle": "island",
    "isles": "island",
    **dict.fromkeys(("peak", "peaks", "summit", "summits"), "mountain"),
    **dict.fromkeys(("pass", "passes"), "pass"),  # not 'passenger', 'passport'
    # 'the Zangazur chain' is the range; 'the Tashir chain' (of shops) names no place
    **dict.fromkeys(CHAIN_WORDS, "range"),
    "плато": "plain",
    # Armenian սար 'mountain' only as whole words: սարք (device), սարսափ (horror) begin like it
    **dict.fromkeys("սար սարը սարն սարի սարին սարից սարում սարով սարեր սարերը սարերի".split(), "mountain"),
    # ... and the plural in its other cases ('Մեղրու սարերում', in the Meghri mountains)
    **dict.fromkeys("սարերն սարերին սարերից սարերում սարերով".split(), "mountain"),
}
POSSESSIVES = ("'s", "’s")
#: Feature words that choose a place only for a word that is no name on its own: a town's name before a unit
#: word stays the town, the unit's seat or the seat of a unit the data lacks
ONLY_FOR_WORDS_NO_NAME = frozenset({"district"})
#: The kinds of place a feature word fits.
FEATURE_KINDS = {
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
    "waterfall": frozenset({"waterfall"}),
    "district": frozenset({"district", "city-district", "province"}),
    "village": frozenset({"village"}),
    "polity": frozenset({"polity"}),
}
#: The first three letters of every feature word (all of it when shorter), lowercased and folded: a cheap
#: test before a word is read ('and' does not begin like 'anbar').
FEATURE_HEADS = frozenset(
    cue[:3]
    for cues in (
        *FEATURE_CUES_WRITTEN.values(),
        *FEATURE_CUES.values(),
        FEATURE_WHOLE_WORDS,
        _WORDS_BEFORE_A_FEATURE_WRITTEN,
    )
    for cue in cues
)
#: The stems of the nouns of units (and reservoirs) that Russian names by an adjective
#: ... 'р-н' is район abbreviated, as Soviet documents write it: 'в с. Арзакан Разданского р-на'
_UNIT_NOUN_STEMS = tuple("район р-н област уезд округ ханств губерни марз регион водохранилищ".split())
#: The plural 'горы' (mountains), in any case, which names a range after its adjective: 'Гегамских гор', 'в
#: Зангезурских горах' (the data names them 'Гегамский хребет'); not 'город' nor 'горный'
_MOUNTAINS = "гор(?=(?:ы|ам|ами|ах)?(?![а-яё]))"
#: A Russian unit word within the next few words: 'Агдамского, Лачинского и Кельбаджарского районов',
#: 'Эриванского и Нахичеванского ханств', 'Карабахским и Зангезурским хребтами'; the other side's adjective
#: may stand in brackets between: 'Агдеринского (Мартакертского) района', and so may an editor's aside:
#: 'Агдамского (Акна - ред.), Кяльбаджарского (Карвачарского - ред.) и Тертерского районов'; an adjective
#: in quotation marks names the unit too: '«Агдеринский» район'; and so does one before a number of others:
#: 'в Сабунчинском, Хазарском и ряде других районов'; an adjective may be a compound: 'Вайоц Дзорской'.
#: The case endings of a Russian adjective
_ADJECTIVE_ENDINGS = "(?:ого|его|ому|ему|ом|ем|ый|ий|ой|ей|им|ым|ими|ыми|ая|яя|ую|юю|ое|ее|ие|ые|их|ых)"
UNIT_FOLLOWS = re.compile(
    r"(?:[\s,()«»\"“”]+(?:и|или|ряд[еау]?|нескольк[а-я]+|\([^()\n]{1,40}\)|(?:[^\W\d_]+[-\x20])?[^\W\d_]+"
    + _ADJECTIVE_ENDINGS
    + r")){0,6}[\s,()«»\"“”]+(?P<noun>"
    + "|".join((*_UNIT_NOUN_STEMS, "хреб", "коридор", _MOUNTAINS))
    + ")"
)
RUSSIAN_WORD_END = re.compile("[а-яё]*")
#: ... and of a unit noun, abbreviated or not
UNIT_NOUN_END = re.compile("р-н[а-яё]*|[а-яё]*")
#: A unit noun that heads a list of adjectives after a dash or a colon, read back from an adjective of it:
#: 'района – Физулинский, Джебраильский, Зангиланский и Кубатлинский', 'районы: Агдамский и Лачинский'
_UNIT_NOUN_BEFORE = re.compile(f"(?P<noun>{'|'.join(_UNIT_NOUN_STEMS)})[а-яё]*\\Z")
_LIST_TOKENS_BEFORE = re.compile(f"[а-яё]+|[,:{re.escape(''.join(sorted(DASHES)))}]")
_NOMINATIVE_ADJECTIVE = re.compile(r"[а-яё]+(?:ий|ый|ой|ая|ое|ие|ые)\Z")


def unit_before_a_list(lowered: str, start: int) -> re.Match[str] | None:
    """The unit noun that heads the list of nominative adjectives in which the word at ``start`` stands,
    after a dash or a colon (see _UNIT_NOUN_BEFORE), read back over at most 30 words and separators; else
    ``None``.
    Each adjective may carry a figure after a dash, as statistics list them: 'по областям: Армавирская - 790
    млн. драмов, Гегаркуникская - 514 млн. драмов' (the digits are not read, the words of a figure are)."""
    if lowered[start - 2 : start - 1] not in _LIST_SEPARATORS_BEFORE:
        return None  # cheap test: the word before ends with a separator or 'и'
    tokens = _LIST_TOKENS_BEFORE.findall(lowered, max(0, start - 240), start)[-30:]
    at = len(tokens) - 1
    expect_separator = True
    while at >= 0:
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
            # the figure of the adjective before: '- 790 млн. драмов' (at most three words)
            words = 0
            while (
                at >= 0 and tokens[at] not in _DASHES_AND_COLON and tokens[at] not in (",", "и") and words < 3
            ):
                at, words = at - 1, words + 1
            if at < 1 or tokens[at] not in DASHES or not _NOMINATIVE_ADJECTIVE.match(tokens[at - 1]):
                return None
            at -= 1  # the adjective
        expect_separator = not expect_separator
        at -= 1
    return None


#: What stands between two adjectives of a list whose head noun came before the first: a comma or 'и', after
#: a figure that follows a dash ('Армавирская - 790 млн. драмов, Гегаркуникская'); and at most two adjectives
#: of units the data does not have, each with its separator ('Самухский, Сафаралиевский, Таузский')
_LIST_SEPARATOR = (
    f"(?:[ \u00a0]*[{re.escape(''.join(sorted(DASHES)))}][^,;:\n]{{0,40}})?(?:,[ \u00a0]*(?:и )?| и )"
)
_LIST_CONTINUATION = re.compile(
    f"{_LIST_SEPARATOR}(?:[а-яё]{{2,}}(?:-[а-яё]{{2,}})?{_ADJECTIVE_ENDINGS}{_LIST_SEPARATOR}){{0,2}}"
)
_LIST_CONTINUATION_LONGEST = 160


def continues_a_list(lowered: str, previous_end: int, start: int) -> bool:
    """Whether the adjective at ``start`` goes on the list of the unit adjective that ends at
    ``previous_end``, so that the noun heading that list heads this one too: lists of any length are read
    in one pass."""
    return start - previous_end <= _LIST_CONTINUATION_LONGEST and bool(
        _LIST_CONTINUATION.fullmatch(lowered, previous_end, start)
    )


_DASHES_AND_COLON = DASHES | {":"}
#: What may follow an adjective whose unit noun the sentence gave once before: a dash, a number, a comma or
#: the end of a clause ('в Тертерском районе – 27 центнеров, в Бардинском – 26,3, Агдамском- 20,6')
_ELIDED_NOUN_AFTER = re.compile(f"[ \u00a0]*(?:[{re.escape(''.join(sorted(DASHES)))},;.)]|\\d|\\Z)")
#: An adjective and the unit noun after it, read back within the sentence
_ADJECTIVE_AND_UNIT = re.compile(
    r"(?P<adjective>[а-яё]{3,})\s+(?P<noun>район|област|уезд|округ|марз|регион)[а-яё]*"
)
_ELIDED_NOUN_WINDOW = 200


def unit_named_before(lowered: str, start: int, end: int) -> re.Match[str] | None:
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


#: A plural unit noun in the genitive and the name of the place that holds the units, right before a list of
#: their adjectives: 'семи районов Нагорного Карабаха Кашатагского, Карвачарского ... и Шушинского'
_UNITS_OF_A_PLACE_BEFORE = re.compile(
    r"(?P<noun>район|област|уезд)(?:ов|ей)\s+(?:[а-яё]+(?:-[а-яё]+)?\s+){1,3}\Z"
)
_UNITS_OF_A_PLACE_WINDOW = 60


def units_of_a_place_before(lowered: str, start: int) -> re.Match[str] | None:
    """The plural unit noun in the genitive that a place's name of one to three words parts from the adjective
    at ``start`` (see _UNITS_OF_A_PLACE_BEFORE); else ``None``."""
    if lowered[start - 1 : start] != " ":
        return None
    return _UNITS_OF_A_PLACE_BEFORE.search(lowered, max(0, start - _UNITS_OF_A_PLACE_WINDOW), start)


#: The last character before a word of such a list: a separator, or the end of 'и'
_LIST_SEPARATORS_BEFORE = _DASHES_AND_COLON | {",", "и"}
#: Russian unit words that stand for others: Russian texts from Armenia call a province (область) a марз
#: ('в Сюникском марзе'), and a province or a district a регион ('в Сюникском и Гегаркуникском регионах');
#: 'горы' (mountains) stands for a range (хребет); 'р-н' is район abbreviated.
UNIT_NOUN_SYNONYMS = {
    "марз": ("област",),
    "регион": ("област", "район"),
    "гор": ("хребет", "гор"),
    "р-н": ("район",),
}
#: Words after an Azerbaijani name, on the same line, that make it a language or a people, not a place ('Qazax
#: dili'; not an infobox's next field, 'Bərdə\nDilləri'; not 'dilbər' 'lovely', 'dilək' 'wish'; not Türkiyə).
AZ_NOT_A_PLACE = re.compile(r"[ \u00a0]+(?:dil(?!bər|bar|ək|ek)|xalq|t[uü]rk(?!iy))")  # not Türkiyə
#: Word forms of a name that, before the words here, make an idiom of the language (lowercased): Armenian
#: տեղի ունենալ 'to take place' and տեղի տալ 'to give way' (Տեղ is a village)
IDIOMS = {"տեղի": re.compile(r"[ \u00a0]+(?:չ|կ)?(?:ունե|ունի|տվ|տալ|տա )")}
WORD_AFTER = re.compile(r"[^\w]*([^\W\d_]+)")
_WORD_BEFORE_REVERSED = re.compile(r"[^\w]*([^\W\d_]+)(?![^\W\d_])")
#: Endings of Armenian surnames that places named after people share (Tumanyan, Shahumyan, Spandaryan).
SURNAME_ENDINGS = ("յան", "yan", "ян", "ian")
_WORD_RIGHT_BEFORE = re.compile(r"([^\W\d_]+) \Z")


def after_a_given_name(name: Name, text: str, start: int, kind: str) -> bool:
    """A place named after a person, or a village whose name is also an Azerbaijani surname ('Aydın
    Süleymanlı'), written right after a capitalized word (a given name) on the same line: the person is
    meant. 'Տումանյան' alone stays the town."""
    if not (
        name.person
        or name.text.endswith(SURNAME_ENDINGS)
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
RUSSIAN_SURNAME_ENDINGS = ("ov", "ova", "ev", "eva", "ов", "ова", "ев", "ева")
#: Endings of a surname that follows a place's name used as a given name ('Ararat Mirzoyan', 'Sevan
#: Nishanyan', 'Hacı Zeynalabdin Tağıyev'): the Russian pattern and the Armenian -yan, with the case endings
#: Russian and Armenian give them ('Араратом Мирзояном', 'Արարատ Միրզոյանը'). Not -ian: in English it ends
#: demonyms more often than surnames ('Baku Russian Orthodox Church').
_FOLLOWING_SURNAME_ENDINGS = (
    *RUSSIAN_SURNAME_ENDINGS,
    *("ову", "овым", "овой", "еву", "евым", "евой", "zadə", "заде"),
    *("yan", "ян", "яна", "яну", "яном", "яне"),
    *("յան", "յանը", "յանի", "յանն", "յանին", "յանից", "յանով"),
    # Azerbaijani case endings: 'Ararat Mirzoyanın', 'Ceyhun Bayramovun', 'Hikmət Hacıyevlə'
    *("yanın", "yanı", "yana", "yanla", "yanda", "yandan"),
    *("ovun", "ovu", "ovla", "ovdan", "yevin", "yevi", "yevə", "yevlə", "yevdən"),
)
_PATRONYMIC_WORDS = frozenset({"oğlu", "qızı", "оглы", "кызы"})
_NEXT_WORDS = re.compile(r"(?: [^\W\d_]+){1,3}")


def before_a_surname_or_patronymic(text: str, end: int) -> bool:
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
WORDS_AFTER_AN_ASIDE = tuple(
    word.translate(SCAN_TABLE)
    for word in (
        *_KIND_CUES_WRITTEN["district"],
        *_KIND_CUES_WRITTEN["province"],
        *_KIND_CUES_WRITTEN["polity"],
        *REGION_WORDS,
        *("corridor", "dəhliz", "коридор", "միջանցք", "governorate", "quberni", "губерни", "նահանգ"),
    )
)
#: Azerbaijani genitive endings, folded (ı, ü as i, u)
_AZ_GENITIVE_ENDINGS = frozenset({"in", "un", "nin", "nun"})
#: ... and the other case endings, folded: dative, accusative, locative, ablative
AZ_CASE_ENDINGS = _AZ_GENITIVE_ENDINGS | frozenset(
    "a e ya ye i u ni nu yi yu da de ta te nda nde dan den tan ten ndan nden".split()
)
#: The few words after a name, digits included ('Qazaxın 4 kəndi')
_FEW_WORDS_AFTER = re.compile(r"(?:[ \t]+[\w-]+){1,4}")


def owns_a_place(name: Name, lowered: str, start: int, end: int) -> bool:
    """Whether an Azerbaijani name in the genitive owns a kind of place a few words on: 'Qazaxın 4 kəndi',
    'Qazaxın azad edilmiş dörd kəndini' (Qazax's villages), 'Talışın dağları'."""
    if (
        name.lang != "az"
        or lowered[start + len(name.text) : end].translate(SCAN_TABLE) not in _AZ_GENITIVE_ENDINGS
    ):
        return False
    words = _FEW_WORDS_AFTER.match(lowered, end, end + 60)
    return words is not None and any(
        word.translate(SCAN_TABLE).startswith(ANY_KIND_CUE) for word in words.group().split()
    )


#: The words after an economic region's two places that make them a road, not the region: 'Gəncə-Qazax yolu',
#: 'the Guba-Khachmaz highway', 'Gəncə-Qazax arasında' (between)
ROAD_WORDS = tuple(
    word.translate(SCAN_TABLE)
    for word in ("yol", "avtomobil", "magistral", "arası", "road", "highway", "route", "between")
)
#: ... and the Russian words before them: 'трасса Газах-Товуз', 'на дороге Баку-Газах', 'между Губа-Хачмаз'
ROAD_WORDS_BEFORE = tuple(
    word.translate(SCAN_TABLE)
    for word in ("трасс", "дорог", "автодорог", "шоссе", "магистрал", "маршрут", "между")
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


def names_a_street(before: str, after: str) -> bool:
    """Whether a name between the words ``before`` and ``after`` (folded; ``""`` for none) is part of the name
    of a street or a square."""
    if before and (before.startswith(_STREET_BEFORE) or before in _STREET_ABBREVIATIONS):
        return True
    return bool(after) and (after.startswith(_STREET_AFTER) or after in _STREET_ABBREVIATIONS)


#: A Russian adjective and a street word before a name in the genitive: the central square or the main street
#: of that place ('на центральной площади Армавира', 'на главной улице Гориса'), not a street named after it
_ADJECTIVE_AND_STREET_BEFORE = re.compile(
    r"[а-яё]{3,}(?:ой|ая|ую|ый|ий|ом|ем)[ \u00a0]+"
    r"(?:площад|улиц|проспект|бульвар|набережн)[а-яё]*[ \u00a0]+\Z"
)


def square_of_a_place(lowered: str, start: int) -> bool:
    """Whether the name at ``start`` follows a Russian adjective and a street word: 'центральной площади
    Армавира' is Armavir's central square, while 'площадь Ленина' names a square."""
    return _ADJECTIVE_AND_STREET_BEFORE.search(lowered, max(0, start - 40), start) is not None


def in_a_list(lowered: str, start: int) -> bool:
    """Whether the name at ``start`` follows a comma or a conjunction, as an item of a list of names."""
    return lowered[start - 2 : start] == ", " or lowered.endswith(CONJUNCTIONS, 0, start)


def is_declined(text: str, start: int, end: int, name: Name) -> bool:
    """Whether ``text[start:end]`` is ``name`` with a case ending, not as the data writes it."""
    return fold(text[start:end]) != fold(name.text)


def previous_word(lowered: str, start: int) -> str:
    """The word before ``start`` (folded), when only spaces and punctuation lie between; else ``""``."""
    match = _WORD_BEFORE_REVERSED.match(lowered[max(0, start - 40) : start][::-1])  # linear, unlike a search
    return match.group(1)[::-1].translate(SCAN_TABLE) if match else ""


_SENTENCE_ENDS = ".!?;\n։"  # the last one the Armenian full stop
#: What ends a sentence before a word whose capital then says nothing: the same without the semicolon, with
#: an ellipsis, and the colon that Armenian text often writes for its full stop ։
_CAPITAL_AFTER = frozenset(".!?\n։:…")


def kinds_named_in_sentence(text: str, lowered: str, start: int, end: int, kinds: set[str]) -> set[str]:
    """Which of ``kinds`` a word of the sentence around ``start:end`` (up to 150 characters each side)
    names: a cue at the start of a word, found with substring searches (no tokenizing). Not a cue right after
    another capitalized word, which is that word's kind word: in 'Şəkinin Oxud kəndi' the village is Oxud,
    and Şəki stays the town."""
    before = lowered[max(0, start - 150) : start]
    after = lowered[end : end + 150]
    before = before[max(before.rfind(mark) for mark in _SENTENCE_ENDS) + 1 :]
    cuts = [position for position in (after.find(mark) for mark in _SENTENCE_ENDS) if position >= 0]
    window = before + " " + (after[: min(cuts)] if cuts else after)
    named = set()
    for kind in kinds:
        for cue in _KIND_CUE_FORMS.get(kind, ()):
            position = window.find(cue)
            while position >= 0:
                starts_a_word = not (position and window[position - 1].isalnum())
                if starts_a_word and not window.startswith(VILLAGES, position):
                    # where the cue stands in the text: before the name, or after it past the joining space
                    shift = start - len(before) if position < len(before) else end - len(before) - 1
                    if not _after_another_name(text, position + shift, end):
                        break
                position = window.find(cue, position + 1)
            if position >= 0:
                named.add(kind)
                break
    return named


def _after_another_name(text: str, cue_start: int, end: int) -> bool:
    """Whether a capitalized word other than the place's name (ending at ``end``) stands right before the
    kind word at ``cue_start``, with only a space between, and does not begin the sentence, where a capital
    says nothing ('The town of Sevan')."""
    if cue_start - 1 == end or text[cue_start - 1 : cue_start] != " ":
        return False
    if not text[cue_start - 2 : cue_start - 1].isalpha():
        return False
    window = max(0, cue_start - 40)
    word_start = text.rfind(" ", window, cue_start - 1) + 1 or window
    if not text[word_start : word_start + 1].isupper():
        return False
    opening = text[max(0, word_start - 4) : word_start].rstrip(" \t\"'«“(")
    return bool(opening) and opening[-1] not in _SENTENCE_ENDS


def feature_before(lowered: str, start: int) -> str | None:
    """The kind of natural feature that the word right before ``start`` names (only a space between: 'река
    Акстафа', 'Lake Sevan'), else ``None``."""
    if start > 1 and lowered[start - 1] == " " and lowered[start - 2].isalpha():
        window_start = max(0, start - 30)
        word_start = lowered.rfind(" ", window_start, start - 1) + 1 or window_start
        if (
            lowered[word_start : word_start + 3] in FEATURE_HEADS
            or lowered[word_start : word_start + 2] in FEATURE_HEADS
        ):
            return feature_named_by(previous_word(lowered, start))
    return None


def feature_named_by(word: str) -> str | None:
    """The kind of natural feature a word (folded) names: 'çayı', 'река', 'լեռնաշղթա'; else ``None``."""
    if not word or word.startswith(_NOT_FEATURE_WORDS):
        return None
    if word in FEATURE_WHOLE_WORDS:
        return FEATURE_WHOLE_WORDS[word]
    for kind, cues in FEATURE_CUES.items():
        if word.startswith(cues):
            return kind
    return None


def abbreviation_before(text: str, lowered: str, start: int) -> tuple[str, int] | None:
    """The abbreviated kind word right before ``start`` ('оз.' of 'оз. Севан', 'ք.' of 'ք. Գորիս', 'Mt.') and
    where it begins; a letter and a full stop only when written small (in 'С. Шаумян', С. is an initial);
    else ``None``."""
    just_before = lowered[max(0, start - 4) : start]
    if "." not in just_before and "․" not in just_before and "пгт" not in just_before:
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
    "водопад": "waterfall",
}
#: ... and the Russian ones in their other cases
_DECLINED_NAMING_WORDS_WRITTEN = {
    **dict.fromkeys("реки реке реку рекой рекою".split(), "river"),
    **dict.fromkeys("горе гору горой".split(), "mountain"),
    **dict.fromkeys("озера озеру озером".split(), "lake"),
    **dict.fromkeys("хребта хребту хребте хребтом".split(), "range"),
    **dict.fromkeys("перевала перевалу перевале перевалом".split(), "pass"),
    **dict.fromkeys("водохранилища водохранилищу водохранилищем".split(), "reservoir"),
    **dict.fromkeys("водопада водопаду водопаде водопадом".split(), "waterfall"),
}
_DECLINED_NAMING_WORDS = {
    word.translate(SCAN_TABLE): kind for word, kind in _DECLINED_NAMING_WORDS_WRITTEN.items()
}
#: the last three letters of those words, as written: a cheap test before a word is read ('mt' and the
#: abbreviations ending in a full stop are tested apart)
NAMING_WORD_TAILS = frozenset(
    word[-3:] for word in (*_NAMING_WORDS, *_DECLINED_NAMING_WORDS_WRITTEN) if len(word) > 2
)


def naming_word_before(text: str, lowered: str, start: int, nominative: bool = False) -> str | None:
    """The kind of natural feature that a naming word ('Mount', 'река') or an abbreviation ('р.', 'оз.',
    'Mt.') right before ``start`` names, else ``None``; a declined Russian naming word ('реке', 'озером')
    too when the name after it is in the ``nominative``, as the name of a feature stays after one ('на реке
    Гейчай'), while a place's name in the genitive names its feature ('реки Карабаха')."""
    if lowered[start - 1 : start] == " " and lowered[start - 2 : start - 1].isalpha():
        word = previous_word(lowered, start)
        return _NAMING_WORDS.get(word) or (_DECLINED_NAMING_WORDS.get(word) if nominative else None)
    return feature_abbreviated(text, lowered, start)


def feature_abbreviated(text: str, lowered: str, start: int) -> str | None:
    """The kind of natural feature an abbreviation right before ``start`` names ('р. Аракс', 'оз. Арпи',
    'хр. Мрав', 'вдхр. Сарсанг'), else ``None``."""
    abbreviated = abbreviation_before(text, lowered, start)
    if abbreviated is None or ABBREVIATED_KIND_WORDS[abbreviated[0]] not in FEATURE_CUES:
        return None
    return ABBREVIATED_KIND_WORDS[abbreviated[0]]


_SPACES_BEFORE_A_KIND_WORD = frozenset(" \u00a0")
#: One or two capitalized words after a kind word (and 'of'), or before it
_NAME_AFTER = re.compile(r"[ \u00a0]+(?:of[ \u00a0]+)?([^\W\d_][\w'’]*(?:[ -][^\W\d_][\w'’]*)?)")
_NAME_BEFORE = re.compile(r"([^\W\d_][\w'’]*(?:[ -][^\W\d_][\w'’]*)?)[ \u00a0]+\Z")


def names_next_to(text: str, word_start: int, word_end: int) -> list[tuple[int, int]]:
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
    words = {plain_vowels(cue): _SETTLEMENT_KINDS["village"][1] for cue in _VILLAGE_WORDS}
    words.update((plain_vowels(cue), _SETTLEMENT_KINDS["town"][1]) for cue in _TOWN_CUES)
    words.update(
        (cue.replace("ё", "е"), kinds) for cue, kinds in list(words.items()) if "ё" in cue
    )  # посёлок
    for feature in ("river", "lake", "reservoir", "mountain", "range"):
        for cue in FEATURE_CUES_WRITTEN[feature]:
            words.setdefault(plain_vowels(cue), FEATURE_KINDS[feature])
    return words


KIND_WORDS = _kind_words()
#: The kinds of place each abbreviated kind word fits; Russian г. stands for гора as well as for город
ABBREVIATION_KINDS = {
    abbreviation: KIND_WORDS.get(word, FEATURE_KINDS.get(word, frozenset()))
    | (FEATURE_KINDS["mountain"] if abbreviation == "г." else frozenset())
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
                if len(words) == 2 and feature_named_by(words[1].translate(SCAN_TABLE)) == "polity":
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
        if word.startswith(KIND_CUES[settlement]):
            return kinds
    feature = feature_named_by(word)
    if feature is not None:
        fitting = FEATURE_KINDS[feature]
        return (fitting & {feature} or fitting), fitting
    return None


#: The words that join the last names of a list: 'Füzuli və Cəbrayıl', 'Аракс, Кура и Тертер'; with 'or',
#: which may also join two names of one place ('Кала или Шуша-каласы')
_AND_WORDS = frozenset("and и və ve և եւ ու".split())
_CONJUNCTION_WORDS = _AND_WORDS | {"or", "или", "ya"}
CONJUNCTIONS = tuple(f" {word} " for word in _CONJUNCTION_WORDS)
#: The words for 'other' between a list's last conjunction and its kind word: 'Batabat, Qanlıgöl və başqa
#: göllər', 'the Kura, Aras and other rivers', 'Аракс, Кура и другие реки'
_OTHER_WORDS = frozenset("other başqa digər другие других другим другими այլ".split())
_LIST_TOKEN = re.compile(r"[ \t]*(,|[^\W\d_]+(?:[-'’][^\W\d_]+)*)")
#: How far after a name a list and the feature word that follows it are looked for
LIST_WINDOW = 160
#: A short aside in brackets after a name of a list: 'the Hrazdan (141 km) and Kasakh (89 km) rivers'
_ASIDE = re.compile(r"[ \t]*\([^()\n]{1,30}\)")
_ASIDE_STARTS = (" (", "(")


def past_aside(lowered: str, position: int) -> int:
    """Where the text goes on after a short aside in brackets at ``position`` (``position`` when none)."""
    aside = _ASIDE.match(lowered, position)
    return aside.end() if aside else position


#: Plural markers of a folded feature word: 'çayları', 'silsilələri', 'rivers', 'լեռնաշղթաները', 'хребтами'
_PLURAL = re.compile(r"l[ae]r|եր|[^s]s\Z|(?:ами|ах|ов|ы|и)\Z")
#: ... and, before a list, the neuter 'водохранилища' (also the singular genitive, which names the same
#: features: 'уровень водохранилища Апарана'; not 'озера', whose list is rather of places: 'берег озера Севан,
#: Гавар и Мартуни')
_PLURAL_BEFORE_A_LIST = re.compile(f"{_PLURAL.pattern}|ища\\Z")


def feature_after_list(text: str, lowered: str, end: int) -> str | None:
    """The kind of natural feature that a plural feature word after a list of names of one or two words,
    beginning at ``end``, names for every name of the list ('Parağa, Vənənd, Ordubad, Əylis və Düylün
    çaylarıdır', 'the Hrazdan and Kasakh rivers', 'Sadarak, Sharur, ... Ordubad plains'); else ``None``.
    Each name begins with a capital: 'Dilijan and the surrounding mountains' is no list of mountains."""
    return kind_after_list(text, lowered, end, _plural_feature)


def _plural_feature(folded: str) -> str | None:
    return feature_named_by(folded) if _PLURAL.search(folded) else None


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
    # the districts named after a list's names that are no settlements' ('Abşeron və Xızı rayonları': the
    # Absheron District, not the peninsula); a settlement's name before them stays the settlement
    **dict.fromkeys(("rayonlar", "շրջաններ"), "rayon"),
    # the tsarist uezds named after a list's names: 'the Shusha and Zangezur uezds', 'Şuşa və Zəngəzur
    # qəzalarında', 'Շուշիի և Զանգեզուրի գավառներում' (Russian names them by adjectives: 'Шушинском и
    # Зангезурском уездах')
    **dict.fromkeys(("uezds", "uyezds", "qəzalar", "գավառներ"), "uezd"),
}
#: ... folded, as the list reader sees them; and as a text writes them (small, or capitalized in a title)
_PLURAL_KINDS = {word.translate(SCAN_TABLE): kind for word, kind in _PLURAL_KIND_WORDS.items()}
_PLURAL_KIND_FORMS = tuple(form for word in _PLURAL_KIND_WORDS for form in (word, word.capitalize()))


def plural_kind_word_starts(text: str) -> list[int]:
    """Where ``text`` has a word of _PLURAL_KIND_WORDS, in order (a substring search per word: a pattern of
    alternatives would try every position)."""
    found = []
    for form in _PLURAL_KIND_FORMS:
        at = text.find(form)
        while at >= 0:
            found.append(at)
            at = text.find(form, at + 1)
    return sorted(found)


def one_place_per_head(by_head: dict[str, set[tuple[Place, Name]]]) -> dict[str, tuple[Place, Name]]:
    """The heads (folded names that places are named after) that lead to one place, each with the first of
    that place's names there by text."""
    return {
        head: min(found, key=lambda pair: pair[1].text)
        for head, found in by_head.items()
        if len({place.id for place, _ in found}) == 1
    }


def _plural_kind(folded: str) -> str | None:
    return next((kind for word, kind in _PLURAL_KINDS.items() if folded.startswith(word)), None)


def any_kind_word(folded: str) -> str | None:
    """``folded`` when it is a word for a kind of place (see KIND_CUES), else ``None``."""
    return folded if folded.startswith(ANY_KIND_CUE) else None


def kind_word_before_list(text: str, lowered: str, start: int) -> bool:
    """Whether a word for a kind of place heads a list of capitalized names of up to three words, of which
    the name at ``start`` is one after the first ('в селах Сарух, Тех и Бердадзор', 'the villages of
    Aygepar and Tegh'). The list is read back over its tokens, found forward in a window (linear)."""
    window = max(0, start - LIST_WINDOW)
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
            return separated and words > 0 and word.translate(SCAN_TABLE).startswith(ANY_KIND_CUE)
    return False


def kind_ending_a_list(text: str, lowered: str, mentions: list[Mention], position: int) -> str | None:
    """The kind of place (see _PLURAL_KIND_WORDS) that a plural word ending the list of names, which the
    mention at ``position`` begins or goes on, names; ``None`` when no such word ends a list there."""
    mention = mentions[position]
    kind = kind_after_list(text, lowered, mention.end, _plural_kind)
    if kind is not None or position == 0:
        return kind
    # the list's last name, right before the word: a separator joins it to the name before
    gap = text[mentions[position - 1].end : mention.start]
    joined = gap.strip(" \t,").lower()
    if (joined and joined not in _AND_WORDS) or not (joined or "," in gap):
        return None
    word = _LIST_TOKEN.match(lowered, mention.end, mention.end + LIST_WINDOW)
    return _plural_kind(word.group(1).translate(SCAN_TABLE)) if word else None


def kind_after_list(text: str, lowered: str, end: int, kind_of: Callable[[str], str | None]) -> str | None:
    """What ``kind_of`` reads in a word after a list of names of one or two words beginning at ``end`` (see
    :func:`feature_after_list`); ``None`` when no such word ends a list there."""
    position, limit = end, end + LIST_WINDOW
    items = words = 0  # names after the first so far, words of the current one (0: after a separator)
    other = False  # whether 'other' follows the last conjunction: the kind word comes next
    while items <= 8:
        if lowered.startswith(_ASIDE_STARTS, position):
            position = past_aside(lowered, position)
        token = _LIST_TOKEN.match(lowered, position, limit)
        if token is None:
            return None
        position = token.end()
        word = token.group(1)
        if other:
            return kind_of(word.translate(SCAN_TABLE))
        if word == "," or word in _CONJUNCTION_WORDS:
            if words == 0 and items:
                continue  # ', and'
            items, words = items + 1, 0
        elif words == 0 and items and word in _OTHER_WORDS:
            other = True
        elif items == 0 or (words == 0 and not text[token.start(1)].isupper()):
            return None
        elif word in WATER_WORDS:
            continue  # 'Xudafərin və Qız Qalası su anbarları'
        elif words == 0:
            words = 1
        else:
            if (kind := kind_of(word.translate(SCAN_TABLE))) is not None:
                return kind
            if words == 2:
                return None
            words = 2
    return None


WORD_END = re.compile(r"[^\W\d_]*")


def feature_before_list(lowered: str, start: int, feature_starts: list[int]) -> str | None:
    """The kind of natural feature that a plural feature word before a list of names of one or two words, of
    which the name at ``start`` is one after the first, names for every name of the list ('реки Аракс, Кура и
    Тертер', 'хребтами Алаб и Памбак', 'the rivers Kura and Aras'); else ``None``. Only the nearest plural
    feature word before the name can head its list."""
    at = bisect_left(feature_starts, start) - 1
    while at >= 0 and feature_starts[at] >= start - LIST_WINDOW:
        cue_start = feature_starts[at]
        at -= 1
        if cue_start and lowered[cue_start - 1].isalnum():
            continue  # inside a word
        word_end = WORD_END.match(lowered, cue_start, cue_start + LIST_WINDOW).end()  # type: ignore[union-attr]
        word = lowered[cue_start:word_end].translate(SCAN_TABLE)
        if _PLURAL_BEFORE_A_LIST.search(word) and (feature := feature_named_by(word)):
            # 'the plains of Karabakh, Shushi ...': the name after 'of' holds the features, no list follows
            if next_word(lowered, word_end) == "of":
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
#: introducer, or before the name: a cheap test before introduced
INTRODUCER_ENDS = frozenset((*(word[-1] for word in _INTRODUCERS_BY_LAST_WORD), *_COLONS))


def introduced(lowered: str, start: int) -> bool:
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


def next_word(lowered: str, end: int) -> str:
    match = WORD_AFTER.match(lowered, end, end + 40)
    return match.group(1).translate(SCAN_TABLE) if match else ""


#: A name in quotation marks on its own is a title or the name of an organization: a club ('"Qarabağ"ın
#: oyunçusu', «Арарат» закрывается, «Արարատ-Արմենիա»), a film, a newspaper. After 'so-called' or a kind
#: word it stays a place (the so-called "NKR", село «Шуша»), and so does an abbreviation: quotation marks
#: around a state's abbreviation question it ('the “NKR” authorities', «НКР»). So does a name that only opens
#: a quotation.
_OPENING_QUOTES = frozenset('"«“„‹')
CLOSING_QUOTES = frozenset("\"»”“›'’")
_QUOTED_PLACE_CUES = tuple(
    cue.translate(SCAN_TABLE)
    for cue in (
        *("call", "name", "word", "say"),
        *("называ", "назван", "зов", "слов", "говор"),
        *("sözdə", "adlandır", "deyir", "söz"),
        *("կոչ", "անվան", "բառ", "ասում"),
    )
)
#: ... and so does a word that defines a short name, after a bracket a few words before it: '(hereinafter
#: “Armenia”)', '(hereinafter referred to as “Azerbaijan”)', '(далее – «Армения»)', '(այսուհետ՝ «Հայաստան»)'
_DEFINITION_CUES = frozenset(word.translate(SCAN_TABLE) for word in ("hereinafter", "далее", "այսուհետ"))
#: ... so does one joined to such a quoted name: '«Агдам», а не «Акна» или «Лачин»', '«Нагорный Карабах» или
#: просто «Карабах»', '"Shushi" or "Shusha"'; the words that join them, and adverbs that may stand between
_QUOTED_NAME_JOINS = frozenset(
    word.translate(SCAN_TABLE)
    for word in "или и не а or and not nor than instead və ya yox yaxud կամ և եւ ու թե ոչ".split()
)
_QUOTED_NAME_BETWEEN = _QUOTED_NAME_JOINS | frozenset(
    word.translate(SCAN_TABLE) for word in "просто just simply sadəcə sadece պարզապես".split()
)
_QUOTE_CONTEXT_TOKEN = re.compile(r"[^\W\d_]+|[\"'«»“”„‹›’]")
#: ... and so does one before a word for a place name: '“Kəlbəcər” toponiminin mənşəyi', «Шуша» — топоним
_TOPONYM_WORDS = tuple(word.translate(SCAN_TABLE) for word in ("toponim", "топоним", "toponym", "տեղանուն"))
_CLUB_WORDS = frozenset(word.translate(SCAN_TABLE) for word in "fk fc pfk фк пфк futbol".split())
_CLUB_BEFORE = ("FK ", "FC ", "PFK ", "ФК ", "ПФК ")
_CLUB_AFTER = (" FK", " FC", " ФК", " futbol")
_TOKEN_AFTER = re.compile(r"\S*")
_TOKEN_BEFORE = re.compile(r"\S*\Z")


def may_name_an_organization(text: str, start: int, end: int) -> bool:
    """A quick test before :func:`names_an_organization`: a quotation mark, a hyphen or a club's
    abbreviation next to the name."""
    return (
        (start > 0 and (text[start - 1] in _OPENING_QUOTES or text[start - 1] in "'-"))
        or text.startswith(_CLUB_AFTER, end)
        or text.endswith(_CLUB_BEFORE, 0, start)
    )


def names_an_organization(text: str, lowered: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is (part of) the name of an organization or a title: a one-word name
    alone in quotation marks, hyphenated compounds included («Арарат-Армения»), or next to a club's
    abbreviation ('FK Qarabağ', 'Qarabağ FK')."""
    if not may_name_an_organization(text, start, end):
        return False
    if not any(char.isspace() for char in text[start:end]):  # 'the "Zangezur corridor"' is a place
        head = _TOKEN_BEFORE.search(text, max(0, start - 40), start).group()  # type: ignore[union-attr]
        if head[:1] in _OPENING_QUOTES or head[:1] == "'":
            tail = _TOKEN_AFTER.match(text, end, end + 40).group()  # type: ignore[union-attr]
            if CLOSING_QUOTES.intersection(tail):
                before = previous_word(lowered, start - len(head))
                after = next_word(lowered, end + len(tail))
                if after == "su":  # '"Xudafərin" su anbarı': the reservoir
                    after = next_word(lowered, lowered.index("su", end + len(tail)) + 2)
                return not (
                    _is_abbreviation(text, start)  # scare quotes: 'the “NKR” authorities'
                    or _quoted_as_a_name(lowered, start - len(head))
                    # a kind word before or after: 'село «Шуша»', '«Şuşa» şəhərinin'
                    or before.startswith(ANY_KIND_CUE)
                    or after.startswith(ANY_KIND_CUE)
                    or after.startswith(_TOPONYM_WORDS)
                )
    return previous_word(lowered, start) in _CLUB_WORDS or next_word(lowered, end) in _CLUB_WORDS


#: A word of two to four letters (an abbreviation when they are capitals: 'NKR', 'НКАО', 'ԼՂՀ')
_ABBREVIATION = re.compile(r"[^\W\d_]{2,4}(?![^\W\d_])")


def _is_abbreviation(text: str, start: int) -> bool:
    """Whether the word at ``start`` is an abbreviation (not a name in capitals such as «ARARAT»)."""
    match = _ABBREVIATION.match(text, start)
    return match is not None and match.group().isupper()


def _quoted_as_a_name(lowered: str, quote: int, depth: int = 0) -> bool:
    """Whether the quotation opening at ``quote`` cites a name: a word for naming, calling or saying stands
    before it ('so-called "NKR"', 'говорят «Агдам»', 'the word "Artsakh"'), or it is joined to a quotation
    that does ('«Агдам», а не «Акна» или «Лачин»'), or a word that defines a short name stands after a
    bracket a few words before it ('(hereinafter referred to as “Armenia”)'). Reads back at most 80
    characters a step, three steps."""
    tokens = list(_QUOTE_CONTEXT_TOKEN.finditer(lowered, max(0, quote - 80), quote))
    if not tokens:
        return False
    if tokens[-1].group().translate(SCAN_TABLE).startswith(_QUOTED_PLACE_CUES):
        return True
    if any(
        token.group().translate(SCAN_TABLE) in _DEFINITION_CUES
        and lowered[token.start() - 1 : token.start()] == "("
        for token in tokens[-4:]
    ):
        return True  # a legal text's defined short name: '(hereinafter referred to as “Armenia”)'
    at, joined = len(tokens) - 1, False
    while at >= 0 and (word := tokens[at].group().translate(SCAN_TABLE)) in _QUOTED_NAME_BETWEEN:
        joined = joined or word in _QUOTED_NAME_JOINS
        at -= 1
    if depth >= 3 or not joined or at < 1 or tokens[at].group() not in CLOSING_QUOTES:
        return False
    for opening in range(at - 1, max(-1, at - 5), -1):  # a quoted name of up to three words
        if tokens[opening].group() in _OPENING_QUOTES or tokens[opening].group() == "'":
            return _quoted_as_a_name(lowered, tokens[opening].start(), depth + 1)
    return False


_AZERBAIJANI_VOWELS = frozenset("aıoueəiöüаыоуеәиөү")  # in Latin and Cyrillic letters
_AZERBAIJANI_BACK_VOWELS = frozenset("aıouаыоу")


def takes_a_nisba(name: Name) -> bool:
    """Whether an ending that begins with i makes a word of this name a nisba, the epithet of a person from
    the place ('Naxçıvani', 'Qarabaği', 'Ordubadi', 'Lahicinin'; in Cyrillic letters 'Аджеми Нахчывани'): a
    one-word Azerbaijani name that ends with a consonant and whose last vowel is back, where the case endings
    take ı or u (Naxçıvanı, Ordubadı, Lahıcın; Нахчываны).

        >>> [takes_a_nisba(Name(text, "az", "official")) for text in ("Naxçıvan", "Gəncə", "Lerik")]
        [True, False, False]
        >>> takes_a_nisba(Name("Нахчыван", "az-Cyrl", "historical"))
        True
    """
    text = name.text.lower()
    if name.lang not in ("az", "az-Cyrl") or " " in text or text[-1:] in _AZERBAIJANI_VOWELS:
        return False
    vowels = [letter for letter in text if letter in _AZERBAIJANI_VOWELS]
    return bool(vowels) and vowels[-1] in _AZERBAIJANI_BACK_VOWELS


def in_harmony(stem: str, ending: str) -> bool:
    """Whether an Azerbaijani ``ending`` keeps the vowel harmony of the ``stem`` it follows, as a case ending
    does: a back vowel after a back one, a front after a front ('Tehrana', 'Gəncəyə'). A text that writes ı
    as i cannot show it, so an ending after such a stem, or one without a vowel, is taken as in harmony.

        >>> in_harmony("Tehran", "a"), in_harmony("Tehran", "ə"), in_harmony("Gəncə", "yə")
        (True, False, True)
    """
    stem_vowels = [letter for letter in stem.lower() if letter in _AZERBAIJANI_VOWELS]
    ending_vowels = [letter for letter in ending.lower() if letter in _AZERBAIJANI_VOWELS]
    if not stem_vowels or not ending_vowels or "i" in (stem_vowels[-1], ending_vowels[0]):
        return True
    return (stem_vowels[-1] in _AZERBAIJANI_BACK_VOWELS) == (ending_vowels[0] in _AZERBAIJANI_BACK_VOWELS)


def next_to_a_capital(text: str, start: int, end: int) -> bool:
    """Whether a capitalized word stands right before ``start`` or right after ``end``, one space between."""
    if text[end : end + 1] == " " and text[end + 1 : end + 2].isupper():
        return True
    return after_a_capital(text, start)


def after_a_capital(text: str, start: int, mid_sentence: bool = False) -> bool:
    """Whether a capitalized word stands right before ``start``, one space between; with ``mid_sentence``,
    one that does not begin its sentence ('Mədəniyyət Sarayında', not 'Մենք Հարավում')."""
    before = _WORD_RIGHT_BEFORE.search(text, max(0, start - 40), start)
    if before is None or not before.group(1)[0].isupper():
        return False
    return not (mid_sentence and starts_a_sentence(text, before.start(1)))


#: Words next to a name that make it a person's: 'şair Füzuli', 'поэт Туманян', 'mələk Cəbrayıl', 'Cəbrayıl
#: əleyhissalam', 'Bayandır xan' (folded, whole words).
_PERSON_WORDS = frozenset(
    word.translate(SCAN_TABLE)
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
_PERSON_STEMS_AFTER = ("əleyhissalam".translate(SCAN_TABLE),)
#: Titles that follow a person's name in Azerbaijani: before a name they end another's ('Pənahəli xan Ağdam').
_TITLES_AFTER_A_NAME = frozenset({"xan"})
#: An initial before a name: 'M. Füzuli', 'Հ. Թումանյան', 'Ов. Туманян'; Armenian text may write its full
#: stop as the one-dot leader: 'Հ․ Թումանյան'.
_INITIAL_BEFORE = re.compile(r"(?:^|[\s(«\"“])[^\W\d_]{1,2}[.․] ?\Z")
#: A house museum after or before a name is a person's: 'Թումանյանի տուն-թանգարան', 'Füzulinin ev-muzeyi',
#: 'дом-музей Туманяна'
_HOUSE_MUSEUM_AFTER = re.compile(r"[ \u00a0](?:տուն-թանգարան|ev[- ]muzey|house[- ]museum)", re.IGNORECASE)
_HOUSE_MUSEUM_BEFORE = re.compile(r"(?:дом|дома|доме|домом)-музе(?:й|я|ю|е|ем)[ \u00a0]\Z", re.IGNORECASE)


def by_a_person_word(text: str, start: int, end: int, before: str, after: str) -> bool:
    """Whether a word next to the name at ``start:end`` (``before``, ``after``: folded), or an initial before
    it, makes it a person's name. Only spaces may part them, or a comma or an opening parenthesis before the
    word after ('Füzuli, şair', 'Cəbrayıl (mələk)'): in '(1932, Bakı) — yazıçı' and 'Pənahəli xan - Qarabağ
    xanlığının' the words belong to others. So does a house museum ('Թումանյանի տուն-թանգարան', 'дом-музей
    Туманяна').
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
    if _HOUSE_MUSEUM_AFTER.match(text, end) or _HOUSE_MUSEUM_BEFORE.search(text, max(0, start - 20), start):
        return True
    stops = text[max(0, start - 2) : start]
    if "." not in stops and "․" not in stops:
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


#: An Armenian qualifier abbreviated to its first letter and a full stop, before a name: 'Ն․ Շորժա' (Ներքին
#: Շորժա), 'Մ․ Մասրիկ' (Մեծ Մասրիկ); their capital letters are found by substring search, as capitals are
#: rare
_ABBREVIATED_QUALIFIER = re.compile(r"([ՆՎՄՓ])[․.] ?([Ա-Ֆ][ա-ֆև]+)")


def abbreviated_qualifiers(text: str) -> list[re.Match[str]]:
    """The abbreviated qualifiers of ``text`` before a name, in order (letter and name as groups 1 and 2)."""
    found = []
    for letter in "ՆՎՄՓ":
        at = text.find(letter)
        while at != -1:
            if text[at + 1 : at + 2] in ("․", ".") and not (
                at and (text[at - 1].isalnum() or text[at - 1] in "_-")
            ):
                abbreviation = _ABBREVIATED_QUALIFIER.match(text, at)
                if abbreviation:
                    found.append(abbreviation)
            at = text.find(letter, at + 1)
    return sorted(found, key=lambda abbreviation: abbreviation.start())


#: The Armenian qualifiers by their first letter
ARMENIAN_QUALIFIERS = {
    letter: tuple(word for word in sorted(_NAME_QUALIFIERS) if word.startswith(letter)) for letter in "ՆՎՄՓ"
}


def qualifier_before(text: str, start: int) -> str | None:
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
GREATER = frozenset(
    ("Great", "Greater", "Böyük", "Մեծ", *(word for word in _NAME_QUALIFIERS if word.startswith("Больш")))
)
#: The last three letters of every qualifier and the space after it: a cheap test before the word is read
QUALIFIER_TAILS = frozenset(word[-3:] + " " for word in _NAME_QUALIFIERS)
#: Capitalized compass words right before a country's or a natural feature's name that make it another
#: place: 'Western Armenia' (a historical region, now in Turkey), 'Южный Азербайджан' and 'East Azerbaijan'
#: (in Iran), 'Qərbi Azərbaycan', 'East Sevan range'; Russian adjectives in every case, and the Russian
#: compass stems joined by a hyphen ('Восточно-Севанский хребет').
COMPASS_BEFORE = tuple(f"{stem}-" for stem in ("Восточно", "Западно", "Северо", "Южно", "Юго")) + tuple(
    word + " "
    for word in (
        *_COMPASS_ADJECTIVES,
        *"West East North South".split(),
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
#: Armenia' is Syunik, while Western and Eastern Armenia are historical regions; 'Northern Azerbaijan' is the
#: north of the country or, in Azerbaijani historiography ('Şimali Azərbaycan'), the land of today's
#: republic, while the other compass words make another Azerbaijan (in Iran, or an irredentist term)
_COMPASS_PARTS = {
    "armenia": ("North", "South", "Север", "Юж", "Юго", "Հյուսիս", "Հարավ", "Şimal", "Cənub"),
    "azerbaijan": ("North", "Север", "Հյուսիս", "Şimal"),
    # the neighbours have no other region of their names here: 'North-Eastern Turkey', 'Northern Iran'
    **dict.fromkeys(("turkey", "iran", "georgia", "russia"), _EVERY_COMPASS_WORD),
}


def names_a_part(place_id: str, text: str, start: int) -> bool:
    """Whether the compass word right before ``start`` names a part of the place (see _COMPASS_PARTS)."""
    parts = _COMPASS_PARTS.get(place_id)
    if not parts:
        return False
    before = text[max(0, start - 20) : start].rstrip(" -").rpartition(" ")[2]
    return before.startswith(parts)


#: How far apart two mentions may stand to be read as neighbours in a list or a route
#: (see Scanner._by_document)
ADJACENT_GAP = 12
#: The support from the rest of the text that a mention may need (see Scanner._drop_unconfirmed).
NEARBY = 1
IN_THE_REGION = 2
IN_ITS_TIMES = 3

#: A century from the first to the fifteenth in Roman figures, as Russian, Azerbaijani and Armenian texts
#: write them
_ROMAN_CENTURY = "(?:xv|xiv|xiii|xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i)"
_ARABIC_CENTURY = "(?:1[0-5]|[1-9])"
#: Signs of a text about ancient or medieval times (lowercased): a century up to the fifteenth, an era, a word
#: for those times
_FORMER_TIMES = re.compile(
    "|".join(
        (
            r"\b(?:1st|2nd|3rd|[4-9]th|1[0-5]th|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
            r"|eleventh|twelfth|thirteenth|fourteenth|fifteenth)[- ]centur",
            r"\b(?:bce?|b\.c\.|a\.d\.)(?![^\W\d_])",
            r"\b(?:antiquity|ancient|medieval|middle ages)\b",
            # '4-7 вв.', 'IV—VII вв.', 'в V веке', 'до н. э.'
            rf"(?<!\w)(?:{_ROMAN_CENTURY}|{_ARABIC_CENTURY})(?:\s*[-–—]\s*(?:{_ROMAN_CENTURY}|{_ARABIC_CENTURY}))?"
            r"(?:-?(?:й|го|м))?\s*(?:вв?\.|век|столети|əsr|դար)",
            r"(?<![^\W\d_])н\.\s?э\.|(?<![^\W\d_])e\.\s?ə\.|(?<![^\W\d_])b\.\s?e\.|մ\.\s?թ\.",
            r"древн|средневек|античн|qədim|orta əsr|antik dövr|միջնադար|հնագույն|հնադար",
            # '4-cü əsr', '5-րդ դար', 'Ե դարում' (Armenian letters as figures, up to the fifteenth)
            rf"(?<!\w){_ARABIC_CENTURY}-?(?:ci|cı|cu|cü|րդ)\s*(?:əsr|դար)",
            r"(?<![^\W\d_])(?:ժ[ա-ե]?|[ա-թ])\s+դար",
        )
    )
)


def about_former_times(text: str) -> bool:
    """Whether ``text`` is about ancient or medieval times: it names a century up to the fifteenth, an era
    or those times (see _FORMER_TIMES).

        >>> about_former_times("Города и городская жизнь Албании IV-VII вв."), about_former_times("in 2020")
        (True, False)
    """
    return _FORMER_TIMES.search(text.lower()) is not None


#: Words for the region's peoples and for the region itself, lowercased: a text that uses one is about the
#: region, so a country's name known better elsewhere is the region's country ('an ethnic Azeri from Georgia',
#: 'Azerbaijanis live in Georgia', 'this part of Georgia, which has a large Armenian community'). Stems, as
#: the words are declined in Russian, Armenian and Azerbaijani.
_REGION_WORDS = re.compile(
    r"(?<![^\W\d_])(?:armenian|azerbaijani|azeri|georgian|caucasus|caucasian|transcaucasia"
    r"|армян|азербайджан|грузин|кавказ|закавказ"
    r"|հայ(?:եր|կակ)|ադրբեջան|վրաց|կովկաս"
    r"|azərbaycan|erməni|gürcü|qafqaz)"
)


def about_the_region(text: str) -> bool:
    """Whether ``text`` names a people of the region or the region itself (see _REGION_WORDS).

    >>> about_the_region("an ethnic Azeri from Georgia"), about_the_region("Atlanta, Georgia")
    (True, False)
    """
    return _REGION_WORDS.search(text.lower()) is not None


#: The hyphens that join the parts of a compound word
HYPHENS = ("-", "\u2010", "\u2011")
#: A Russian adjective in -ский or -цкий, in any case, or its romanization (-sky, -skiy, -skii, -skaya),
#: after a hyphen: the rest of a compound adjective
_RUSSIAN_ADJECTIVE_AFTER_A_HYPHEN = re.compile(
    "[{}](?:[а-яё]{{1,40}}?(?:ск|цк)(?:{})(?![а-яё])|[a-z]{{1,40}}?sk(?:y|iy|ii|aya)(?![a-z]))".format(
        re.escape("".join(HYPHENS)), "|".join(RUSSIAN_ADJECTIVE_WRITTEN)
    )
)


def begins_a_compound_adjective(lowered: str, end: int) -> bool:
    """Whether the Russian name that ends at ``end`` is joined by a hyphen to an adjective, in Russian or
    romanized: the first part of a compound adjective, which names another place ('Кура-Араксинской
    низменности', 'Самур-Девечинской', 'the Sharur-Daralagezsky Uyezd'), not the name's own.

        >>> begins_a_compound_adjective("на самур-девечинской низменности", 8)
        True
        >>> begins_a_compound_adjective("рейс ереван-москвой", 11)
        False
        >>> begins_a_compound_adjective("the sharur-daralagezsky uyezd", 10)
        True
    """
    return _RUSSIAN_ADJECTIVE_AFTER_A_HYPHEN.match(lowered, end) is not None


#: A word joined by a hyphen after a name, and the word after it (lowercased)
_WORD_AND_THE_NEXT = re.compile(r"([^\W\d_]+) ([^\W\d_]+)")
_COMPOUND_KINDS = frozenset(FEATURE_CUES) - {"district", "polity"}


def compound_before_a_kind_word(lowered: str, after_hyphen: int) -> bool:
    """Whether the word at ``after_hyphen``, joined by a hyphen to the name before it, and the word after it,
    one for a village, a town or a natural feature, make the compound the name of another place: 'Qrız-Dəhnə
    kəndi' (the caller checks the word is capitalized and begins no name of the data: 'Qala-Xudat kəndi' keeps
    Xudat, and 'Gəncə-Qazax' both names).

        >>> compound_before_a_kind_word("qrız-dəhnə kəndi", 5)
        True
        >>> compound_before_a_kind_word("şuşa-daşaltı yolu", 5)
        False
    """
    pair = _WORD_AND_THE_NEXT.match(lowered, after_hyphen, after_hyphen + LIST_WINDOW)
    if pair is None:
        return False
    word = pair.group(2).translate(SCAN_TABLE)
    kind = feature_named_by(word)
    return (kind is not None and kind in _COMPOUND_KINDS) or word.startswith(KIND_CUES["town"])


#: The kinds of place whose name, when it is also a person's, needs a sign of a place in the text.
SMALL_KINDS = frozenset({"town", "village"})
#: Words that end an English name of a unit ('Lachin District', 'Syunik Province', 'Tovuz Rayon')
ENGLISH_UNIT_WORDS = frozenset({"district", "province", "rayon", "region"})
#: ... and the words of the English names of the tsarist uezds ('Shusha Uyezd', 'Zangezur uezd')
ENGLISH_UEZD_WORDS = frozenset({"uezd", "uyezd"})
#: The kinds of natural feature named after a place, and the English words before or after the place's name
#: that make a feature's name of it (see Scanner._feature_named_after)
NAMED_AFTER_FEATURE_KINDS = frozenset(
    {"reservoir", "lake", "river", "mountain", "range", "pass", "plain", "waterfall"}
)
ENGLISH_FEATURE_WORDS_BEFORE = frozenset({"lake", "mount"})
ENGLISH_FEATURE_WORDS_AFTER = frozenset(
    {
        "reservoir",
        "lake",
        "river",
        "mountain",
        "mountains",
        "range",
        "ridge",
        "pass",
        "plain",
        "lowland",
        "waterfall",
    }
)


def _patterns_by_kind(template: str, words_by_kind: dict[str, str]) -> dict[str, re.Pattern[str]]:
    """Per kind, ``template`` (a pattern around ``{}``) compiled with that kind's words."""
    return {kind: re.compile(template.format(words)) for kind, words in words_by_kind.items()}


#: The English words right after (or before) the name of a natural feature that are part of its name in
#: English, by the feature's kind: 'the Araz River', 'the Okhchuchay river', 'the Zangezur ridge', 'Sarsang
#: Water Reservoir'; 'lake Sevan', 'Mt. Lalvar', 'the River Debed'
ENGLISH_FEATURE_WORD_AFTER = _patterns_by_kind(
    " (?:{})(?:['’]s)?(?![\\w-])",
    {
        "river": "[Rr]iver",
        "lake": "[Ll]ake",
        "reservoir": "(?:[Ww]ater )?[Rr]eservoir|[Ww]ater [Rr]eserve",
        "mountain": "[Mm]ountain|[Pp]eak",
        "range": "[Mm]ountain [Rr]ange|[Mm]ountain [Cc]hain|[Rr]ange|[Rr]idge|[Mm]ountains",
        "pass": "[Pp]ass",
        "plain": "[Pp]lain|[Ll]owland|[Vv]alley|[Ss]teppe",
        "waterfall": "[Ww]aterfall",
    },
)
ENGLISH_FEATURE_WORD_BEFORE = _patterns_by_kind(
    "(?<![\\w-])(?:{}) \\Z",
    {"river": "[Rr]iver", "lake": "[Ll]ake", "mountain": "Mount|Mt\\.?", "range": "Mount|Mt\\.?"},
)
#: 'region' after a name, and 'district of' before it ('the region of Nakhchivan' is rather the republic)
REGION_AFTER = re.compile(r" [Rr]egion(?![\w'’-])")
REGION_HEADS = (" region", " Region")  # quick tests before the patterns
DISTRICT_OF_TAILS = ("istrict of ",)
DISTRICT_OF_BEFORE = re.compile(r"(?<![\w-])[Dd]istrict of \Z")
#: Russian 'область' or 'марз' in any case, right before a name, and the last letters of its forms
PROVINCE_WORD_BEFORE = re.compile(r"(?<![\w-])(?:[Оо]бласт|[Мм]арз)[а-яё]* \Z")
PROVINCE_WORD_ENDS = frozenset("ьиеюямхз")
#: ... the plural ones, which go on through a list of names in the nominative: 'в областях Армавир и Арарат'
PLURAL_PROVINCE_WORD_ENDINGS = ("ях", "ями", "ей", "ы", "и", "ах", "ами", "ов")
#: What joins the names of such a list
LIST_JOIN = re.compile(r",? и |, ")
#: ... and in any of the four languages: a comma, a word for 'and', or both
ITEMS_JOIN = re.compile(r",? (?:and|и|və|և|եւ|ու) |, ?")
#: Kinds of place whose name a feature word may follow as their possessor ('Azərbaycanın dağları', 'the rivers
#: of Armenia', 'Qarabağ dağları', 'рекой Ярдымлинского района'), rather than name a feature after them.
CONTAINER_KINDS = frozenset(
    {"country", "polity", "region", "economic-region", "province", "district", "city-district", "corridor"}
)
#: Kinds of natural places: after Russian 'на' a name means one of them rather than a town of that name.
NATURE_KINDS = frozenset(
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
        "waterfall",
    }
)
#: What separates the items of a list of names: 'Ալավերդի, Թումանյան', 'Füzuli və Cəbrayıl', a line break;
#: not a space alone ('Банк Азербайджана' is a bank).
_LIST_GAP = re.compile(rf"\s*(?:[,;/–—-]|{'|'.join(sorted(_AND_WORDS))}|\n)\s*", re.IGNORECASE)


def listed_with_another(mentions: list[Mention], position: int, text: str) -> bool:
    """Whether the mention at ``position`` is an item of a list with the mention before or after it."""
    mention = mentions[position]
    if position > 0 and _LIST_GAP.fullmatch(text, mentions[position - 1].end, mention.start):
        return True
    return position + 1 < len(mentions) and bool(
        _LIST_GAP.fullmatch(text, mention.end, mentions[position + 1].start)
    )


#: Words before a name that make it a place: prepositions of place (folded).
_PLACE_PREPOSITIONS = frozenset(
    word.translate(SCAN_TABLE)
    for word in "in near at from into outside в во из под около возле близ у".split()
)
#: Endings of a place's locative case: Armenian -ում, Azerbaijani -da/-də (folded).
_LOCATIVE_ENDINGS = ("ում", "da", "de", "dan", "den", "ta", "te")
#: ... and only the locative, the case of 'in': Armenian -ում, Azerbaijani -da/-də and -dakı/-dəki (folded)
_IN_ENDINGS = ("ում", "da", "de", "ta", "te", "daki", "deki", "taki", "teki")
#: The Russian words for 'in' before a name, with the endings of the prepositional case after them, and the
#: Armenian ending for 'in' (-ում), as one is in a town but on a mountain ('в Арарате', 'Արարատում';
#: Azerbaijani puts a mountain in the locative too)
RUSSIAN_IN_WORDS = frozenset({"в", "во"})
RUSSIAN_IN_ENDINGS = frozenset("еи")
ARMENIAN_IN_ENDING = "ում"


def in_the_locative(surface: str, name: Name) -> bool:
    """Whether ``surface`` (lowercased) is ``name`` in the locative, which a person's name does not take:
    'Bakıda', 'Երևանում'."""
    folded = surface.translate(SCAN_TABLE)
    return folded.endswith(_IN_ENDINGS) and not fold(name.text).endswith(_IN_ENDINGS)


#: A word and a conjunction right before a mention: 'Վերին և ' of 'Վերին և Ներքին Շորժա'
ELIDED_BEFORE = re.compile(r"(?<![\w-])([^\W\d_]+) (?:" + "|".join(sorted(_CONJUNCTION_WORDS)) + r") \Z")
#: What joins the names of a list: a comma or a conjunction, as written
_LIST_JOINS = (", ", *(f" {word} " for word in sorted(_AND_WORDS)))


def listed_with_names(text: str, start: int, end: int) -> bool:
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


def starts_a_sentence(text: str, start: int) -> bool:
    """Whether ``start`` begins the text, a line or a sentence, where a common word has a capital too
    (Armenian text often writes its full stop ։ as a colon)."""
    before = text[max(0, start - 8) : start].rstrip(" \t\u00a0\"'«“„")
    return (start < 8 and not before) or before[-1:] in _CAPITAL_AFTER


_LIST_ITEM = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?, ")


def begins_a_list_of_names(text: str, position: int) -> bool:
    """Whether a list of capitalized words begins at ``position``: 'Qoçəhmədli, Çimən, Cuvarlı' after
    'Füzulinin' are its villages, not a person's name after the poet's."""
    item = _LIST_ITEM.match(text, position, position + 60)
    return item is not None and text[item.end() : item.end() + 1].isupper()


#: What follows the place that begins a news dateline: a comma and the day ('ԳԱՎԱՌ, 2 ՄԱՐՏԻ', 'БАКУ, 20
#: сентября')
DATELINE_AFTER = re.compile(r", ?\d{1,2}[ .]")
#: An Armenian province's governor after its name: 'Արարատի մարզպետը' is Ararat Province's
GOVERNOR_AFTER = " մարզպետ"
#: Titles that begin like a kind word and name a person: a governor (մարզպետ, of a մարզ), a mayor
#: (քաղաքապետ), a village head (գյուղապետ): 'մարզպետ Արարատ Գրիգորյանը' is a person
HEADS_OF_UNITS = tuple(word.translate(SCAN_TABLE) for word in ("մարզպետ", "քաղաքապետ", "գյուղապետ"))
#: The word before 'of' right before a name: 'the village of Bakikhanov', 'the town of Abovyan'
_KIND_WORD_BEFORE_OF = re.compile(r"([^\W\d_]+) of \Z")
#: An English appositive after a name, up to its third word: 'Abovyan, a small town', 'Tegh, the village'
_APPOSITIVE = re.compile(r", (?:a|an|the) ((?:[^\W\d_]+ ){0,2}[^\W\d_]+)")


def place_cued(lowered: str, start: int, end: int, before: str, after: str, endings: bool = True) -> bool:
    """Whether the name at ``start:end``, between the words ``before`` and ``after``, shows a sign of being a
    place: a preposition of place or a kind word next to it ('in Tumanyan', 'город Туманян', 'Թումանյան
    քաղաք', 'с. Тех'), a feature word after it ('Ազատի կիրճի'), or, with ``endings``, a locative ending
    ('Թումանյանում', 'Füzulidə')."""
    if before in _PLACE_PREPOSITIONS or ABBREVIATED_KIND_BEFORE.search(lowered, max(0, start - 8), start):
        return True
    words = [word for word in (before, after) if word and not word.startswith(HEADS_OF_UNITS)]
    if any(word.startswith(ANY_KIND_CUE) for word in words):
        return True
    if after and feature_named_by(after.translate(SCAN_TABLE)):
        return True  # a feature word: 'Ազատի կիրճի' (the Azat's gorge)
    if after.startswith(REGION_WORDS):
        return True  # 'the Qazax region' (Qazax is also 'Kazakh')
    if after.startswith(_COMMUNITY_AFTER) or before.startswith(_COMMUNITY_BEFORE):
        return True  # 'Տեղ համայնքի ղեկավար', 'Мэром Абовяна'
    if (
        before == "of"
        and (kind_of := _KIND_WORD_BEFORE_OF.search(lowered, max(0, start - 24), start))
        and kind_of.group(1).translate(SCAN_TABLE).startswith(ANY_KIND_CUE)
    ):
        return True  # 'the village of Bakikhanov'
    appositive = _APPOSITIVE.match(lowered, end)
    if appositive and any(
        word.startswith(ANY_KIND_CUE) for word in appositive.group(1).translate(SCAN_TABLE).split()
    ):
        return True  # 'Abovyan, a small town near Yerevan'
    return endings and lowered[start:end].translate(SCAN_TABLE).endswith(_LOCATIVE_ENDINGS)
