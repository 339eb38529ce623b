"""Inflection: the forms a name takes in running text, as compact per-language tables.

A name is turned, once when the scan index is built, into *stems* (folded text that must appear as is)
and the set of *endings* that may follow a stem up to the end of the word. Russian names change their
last letters (Шуша: Шуши, Шуше, Шушу, Шушой), adjectives inside multiword names agree (Нагорный Карабах:
Нагорного Карабаха), in the plural too (Талышские горы: Талышских горах); Azerbaijani adds case and
possessive suffixes with buffer consonants (Şuşa: Şuşada, Şuşanın, Şuşaya, also Şuşa'da), in its Cyrillic
spelling too (Шушада, Бакыда); Armenian adds case endings and articles (Ստեփանակերտում, Շուշիի,
Շուշին); English adds 's.

Endings are folded like the text (see :func:`toponyms.normalize.fold`): vowel harmony pairs such as
-da/-də collapse into one entry. Demonym and adjective endings (-li, -ցի, -ский) are deliberately absent:
Gəncəli, Երևանցի, шушинский are not mentions of the place.

    >>> sorted(inflect("Шуша", "ru")), sorted(inflect("Барда", "ru"))
    ([('шуш', ('а', 'е', 'и', 'ои', 'ою', 'у'))], [('бард', ('а', 'е', 'ои', 'ою', 'у', 'ы'))])
    >>> ("нагорного карабах", RUSSIAN_HARD) in inflect("Нагорный Карабах", "ru")
    True
    >>> sorted((stem, "дә" in endings, "да" in endings) for stem, endings in inflect("Ағбулаг", "az-Cyrl"))
    [('ағбулаг', True, True), ('ағбулағ', False, False)]
"""

from __future__ import annotations

import re

from toponyms.model import Name
from toponyms.normalize import APOSTROPHES, fold, scan_lower


def _fold_ending(ending: str) -> str:
    return "'".join(fold(part) for part in ending.split("'"))


def _endings(*groups: str) -> tuple[str, ...]:
    return tuple(sorted({_fold_ending(ending) for group in groups for ending in group.split()}))


# Russian noun endings by the class of the name's last letter ("" is the bare stem).
RUSSIAN_HARD = ("", *_endings("а у е ом ы ов ам ами ах"))  # Карабах, Степанакерт, Ереван; район: районов
#: ... a one-word name in the singular only: its plural is no place, and 'Джебраилов' is a surname
RUSSIAN_HARD_SINGULAR = ("", *_endings("а у е ом"))
#: ... and after ц, ж, ш, ч, щ the instrumental is also written -ем, as the ending is unstressed: 'между
#: Арагацем и Арой', 'с Агдашем' (stressed, -ом: 'Талышом')
RUSSIAN_HARD_AFTER_SIBILANT = (*RUSSIAN_HARD, "ем")
RUSSIAN_HARD_SINGULAR_AFTER_SIBILANT = (*RUSSIAN_HARD_SINGULAR, "ем")
RUSSIAN_A = _endings("а ы и е у ой ою")  # Гюлиа: after a vowel, either
#: ... after г, к, х, ж, ч, ш, щ Russian spelling writes и, never ы (Шуша: Шуши; Гянджа: Гянджи; Шемаха:
#: Шемахи); after another consonant ы, never и (Пута: Путы, so 'Пути' is the word 'ways'; Барда: Барды)
RUSSIAN_A_AFTER_VELAR_OR_SIBILANT = _endings("а и е у ой ою")
RUSSIAN_A_AFTER_CONSONANT = _endings("а ы е у ой ою")
_VELARS_AND_SIBILANTS = frozenset("гкхжчшщ")
_RUSSIAN_VOWELS = frozenset("аеёиоуыэюя")
RUSSIAN_YA = _endings("я и ю ей ею е")  # Армения (stem without я)
RUSSIAN_SOFT = _endings("ь и ью")  # Нахичевань (stem without ь)
#: ... and a name in -ль, also masculine: Елисаветполь, Александрополь (Елисаветполем, в Александрополе),
#: Маралгёль
RUSSIAN_SOFT_L = _endings("ь и ью я ю ем е")
#: ... and a name in -ань, which texts also decline as the hard masculine it was ('в Нахичеване',
#: 'Нахичевана'; old texts wrote 'Эриванъ')
RUSSIAN_SOFT_AN = _endings("ь и ью а у е ом")
RUSSIAN_I_KRATKOE = _endings("й я ю ем е")  # stem without й
RUSSIAN_INDECLINABLE = ("",)  # Баку, Ханкенди, Шуши, Ходжалы
#: An abbreviated common noun (Мингечаурское вдхр.): folding drops the full stop, which the scanner takes into
#: the mention when it follows
RUSSIAN_ABBREVIATED = ("", ".")
#: Neuter nouns, stem without the last vowel: in -ье and -ие (Закавказье: Закавказья, в Закавказье; the
#: prepositional of -ие is -ии), and the common nouns after a neuter adjective (Каспийское море: Каспийского
#: моря; Мингечевирское водохранилище: водохранилища; Карабахское ханство: ханства, в ханстве).
RUSSIAN_NEUTER_SOFT = _endings("е я ю ем и")
RUSSIAN_NEUTER_E = _endings("е я а ю у ем")
RUSSIAN_NEUTER_O = _endings("о а у ом е")
#: A plural noun after a plural adjective (Талышские горы, Нефтяные Камни), stem without ы or и; "" is the
#: genitive of горы (гор).
RUSSIAN_PLURAL = ("", *_endings("ы и ов ев ей ам ям ами ями ах ях"))
#: Adjective endings as written, and folded (й is и), in the same order: forms of one word line up by case.
RUSSIAN_ADJECTIVE_WRITTEN = tuple(
    [
        "ый",
        "ий",
        "ой",
        "ого",
        "его",
        "ому",
        "ему",
        "ым",
        "им",
        "ом",
        "ем",
        "ая",
        "яя",
        "ою",  # the feminine instrumental of older and poetic Russian: Казахскою дистанциею
        "ею",
        "ую",
        "юю",
        "ое",
        "ее",
        "ые",
        "ие",
        "ых",
        "их",
        "ыми",
        "ими",
    ]
)
RUSSIAN_ADJECTIVE = tuple(fold(ending) for ending in RUSSIAN_ADJECTIVE_WRITTEN)

_AZ_CASE = (
    "nin nun in un i u ni nu a e ya ye na ne da de ta te nda nde dan den tan ten ndan nden la le yla yle"
)
# the locative with -kı, the copula, also after the locative and the ablative ('Bakıdadır' is in Baku,
# 'Şuşadandır' is from Shusha), and in the past ('Bazarçaydı', 'Bakıydı'), the particle -sa 'whereas'
# (Ağdamsa), also after the locative and the ablative (Bakıdasa, Şəmkirdənsə), the terminative 'as far
# as' (Şəmkirədək, Qəbələyədək, Bakıyacan), and -sız 'without' (Qarabağsız)
_AZ_MORE = (
    "daki deki dakilar dekiler ndaki ndeki dir dur di du ydi ydu "
    + "dadır dədir tadır tədir ndadır ndədir dandır dəndir tandır təndir ndandır ndəndir "
    + "sa sə ysa ysə dasa dəsə tasa təsə ndasa ndəsə dansa dənsə tansa tənsə ndansa ndənsə "
    + "adək ədək yadək yədək dək acan əcən yacan yəcən sız siz suz süz"
)
#: What the locative with -kı ('the ones in') takes after it, as a noun: a case, or the plural and a case
#: after it ('Bakıdakılardan' from the ones in Baku, 'Şuşadakını', 'Gəncədəkilərə'), in both vowel harmonies
_AZ_OF_THE_PLACE = " ".join(
    head + tail
    for heads, tails in (
        (("dakı", "ndakı"), "lar ların lara ları larda lardan larla nın na nı nda ndan yla"),
        (("dəki", "ndəki"), "lər lərin lərə ləri lərdə lərdən lərlə nin nə ni ndə ndən ylə"),
    )
    for head in heads
    for tail in tails.split()
)
#: The personal endings of 'to be' after the locative and the ablative: 'I am, you are, we are, you are,
#: they are in / from' (Bakıdayam, Astaradasınız, Şuşadanıq, Qarabağdadırlar), in both vowel harmonies.
_AZ_PERSONAL = " ".join(
    case + person
    for cases, persons in (
        ("da ta nda", "yam san yıq sınız dırlar"),
        ("də tə ndə", "yəm sən yik siniz dirlər"),
        ("dan tan ndan", "am san ıq sınız dırlar"),
        ("dən tən ndən", "əm sən ik siniz dirlər"),
    )
    for case in cases.split()
    for person in persons.split()
)
#: The possessives of the first and second persons (Qarabağımız 'our Karabakh', Şuşamız, Bakım), alone or
#: before a case (Qarabağımızda, Azərbaycanımızın): after a consonant and after a vowel.
_AZ_POSSESSIVES = "ım im um üm ımız imiz umuz ümüz ınız iniz unuz ünüz m mız miz muz müz nız niz nuz nüz"
_AZ_CASE_AFTER_POSSESSIVE = ("", *"ın in un ün a ə ı i u ü da də dan dən la lə".split())
_AZ_POSSESSIVE = " ".join(
    possessive + case for possessive in _AZ_POSSESSIVES.split() for case in _AZ_CASE_AFTER_POSSESSIVE
)
#: The possessive of the third person before a case, as a name takes it in an izafet after a word that
#: qualifies it ('Sovet Azərbaycanının', 'qədim Qarabağında'): after a consonant
_AZ_THIRD_POSSESSIVE = (
    "ının inin unun ünün ına inə una ünə ında ində unda ündə ından indən undan ündən ındakı indəki"
)
# Folded endings (ı->i, ə->e, ü->u, ö->o): vowel-harmony variants coincide.
AZERBAIJANI = (
    "",
    *_endings(
        _AZ_CASE,
        _AZ_MORE,
        _AZ_OF_THE_PLACE,
        _AZ_PERSONAL,
        _AZ_POSSESSIVE,
        _AZ_THIRD_POSSESSIVE,
        "'" + " '".join(_AZ_CASE.split()),
    ),
)
#: The possessive of the third person after a vowel, alone or before a case, as a name takes it in an izafet
#: after a word that qualifies it ('Sovet Rusiyası', 'çar Rusiyasının', 'qədim Gəncəsində'): only after a
#: name that ends in a vowel ('Kür' + 'sü' is 'kürsü', a chair)
AZERBAIJANI_AFTER_VOWEL = _endings(
    "sı sının sına sını sında sından sındakı si sinin sinə sini sində sindən sindəki "
    "su sunun suna sunu sunda sundan sundakı sü sünün sünə sünü sündə sündən sündəki"
)
#: A final -q of a word of several syllables becomes -ğ before a vowel (Ağbulaq: Ağbulağın, Ağbulağa,
#: Ağbulağında); the endings that start with a vowel, the possessive -ı with a case after it included.
AZERBAIJANI_Q_TO_G = _endings(
    "ın i un ü a ə ı u ını unu ına una ının unun ında unda ından undan ındakı undakı"
)
#: ... and a final -k after a vowel may become -y (Sədərək: Sədərəyin, Sədərəyə; Əştərək: Əştərəyin), with the
#: front vowels that a word ending in -k takes; place names mostly keep the -k (Lerikin).
AZERBAIJANI_K_TO_Y = _endings("in i ün ü ə ini ünü inə ünə inin ünün ində ündə indən ündən indəki ündəki")


#: The short genitive that news writes after a name in the possessive of the third person ('Şuşa rayonun',
#: for 'Şuşa rayonunun'), as after the bare word
AZERBAIJANI_SHORT_GENITIVE = ("n",)


def _in_cyrillic(endings: tuple[str, ...]) -> tuple[str, ...]:
    """Folded Azerbaijani endings as Azerbaijani Cyrillic (1939-1991) writes them. Its fold keeps ә ы ү apart
    from е и у, so each ending is spelled in the vowel harmony it takes: back (a: а ы у) or front (ə: ә и ү),
    either for an ending without a or ə (-nin: -нын, -нин). Endings after an apostrophe are Latin-only."""
    back = str.maketrans("acdeiklmnrstuyz", "аҹдәыклмнрстујз")
    front = str.maketrans("acdeiklmnrstuyz", "аҹдәиклмнрстүјз")
    spelled = set()
    for ending in endings:
        if "'" in ending:
            continue
        if "e" not in ending:
            spelled.add(ending.translate(back))
        if "a" not in ending:
            spelled.add(ending.translate(front))
    return tuple(sorted(spelled))


#: Azerbaijani Cyrillic names take the same suffixes (Бакы: Бакыда, Бакынын; Ҝәнҹә: Ҝәнҹәдә; Абшерон рајону:
#: Абшерон рајонунда), and -г turns -ғ as -q turns -ğ (Ағбулаг: Ағбулағын).
AZERBAIJANI_CYRILLIC = _in_cyrillic(AZERBAIJANI)
AZERBAIJANI_CYRILLIC_Q_TO_G = _in_cyrillic(AZERBAIJANI_Q_TO_G)
AZERBAIJANI_CYRILLIC_K_TO_Y = _in_cyrillic(AZERBAIJANI_K_TO_Y)
#: Armenian case endings and articles; with the ablative of Western Armenian, -էն (Լեռնային Ղարաբաղէն,
#: Սուրիայէն), where Eastern Armenian writes -ից, the classical genitive -այ (Գանձակայ, Երեւանայ), and the
#: genitive made a noun, 'the one of' (Կոտայքինը, Շիրակինը: Kotayk's, as statistics list the provinces)
ARMENIAN = (
    "",
    *_endings("ի ը ն ում ից ով ին ու ուն ումը ումն իցը ից ովը յի յում յից յով յին յը էն յէն այ ինը ինն յինը"),
)
#: Armenian stem alternations: a final -ու becomes -վ before a vowel ending (Բաքու: Բաքվի, Բաքվում), and
#: -ծին 'birth' loses its vowel before one (Էջմիածին: Էջմիածնում, Հաղարծին: Հաղարծնի); a final -ի takes the
#: genitive-dative -ու (Գառնի: Գառնու), or -վա as dialects and literature write it (Լոռի: Լոռվա ձոր;
#: Գյումրի: Գյումրվա), and may drop before the locative (Լոռի: Լոռում); լիճ 'lake' loses its
#: vowel before an ending (Սևանա լիճ: Սևանա լճի, Սևանա լճում); and a name in -իք keeps its classical genitive
#: -յաց (Սյունիք: Սյունյաց աշխարհ), as one in -անք or -արք its genitive -ից or -աց (below).
ARMENIAN_VOWEL_ENDINGS = _endings("ի ին ում ից ով ումը")
ARMENIAN_I_TO_U = _endings("ու ուն ուց ում վա ունը")
ARMENIAN_LAKE = _endings("ի ին ում ից ով ը ումը")
ARMENIAN_CLASSICAL_GENITIVE = _endings("յաց եաց")  # the second in the classical spelling: Սիւնեաց
#: ... and a name in -իա its genitive-dative -իոյ, as Western Armenian writes it: Թուրքիա: Թուրքիոյ
ARMENIAN_IA_GENITIVE = _endings("ոյ")
#: The classical genitive of a historical region's plural name in -անք or -արք: Աղվանք: Աղվանից (Աղվանից
#: կաթողիկոս), Գուգարք: Գուգարաց. Not for villages: Ծաղկավանից is from the village Ծաղկավան, not Ծաղկավանք.
ARMENIAN_CLASSICAL_PLURAL = _endings("ից աց")
#: The kinds of place whose names take classical forms.
HISTORICAL_KINDS = frozenset({"region", "polity"})
#: Nouns in -ություն take -ության in the genitive-dative and -ությամբ in the instrumental (Արցախի
#: Հանրապետություն: Արցախի Հանրապետության, Հանրապետությանը), stem without -ուն.
ARMENIAN_UTYUN = _endings("ան անը անն ամբ")
ENGLISH = ("", "'s")  # a trailing apostrophe closes a quotation: it is not part of the name
#: Armenian case endings as Armenian written in Latin letters spells them (the way social media and
#: comments write it): the locative and the ablative of a romanized name the Armenian side uses
#: (Stepanakertum, Erevanic, Gyumriyum, Shushiic). After a vowel the ending may take a glide y. Not the
#: instrumental -ov nor the dative -in, which make Russian surnames (General Sisianov), nor the genitive -i
#: for an English name: 'Artsakhi', 'Karabakhi' are also English adjectives.
ARMENIAN_ROMANIZED = (*ENGLISH, "um", "ic", "its", "ich")
ARMENIAN_ROMANIZED_AFTER_VOWEL = (*ARMENIAN_ROMANIZED, "yum", "yic", "yits", "yich")
#: A name romanized from Armenian (lang hy-Latn: Hayastan, Step'anakert) also takes the genitive -i.
ARMENIAN_ROMANIZED_NAME = (*ARMENIAN_ROMANIZED, "i")
ARMENIAN_ROMANIZED_NAME_AFTER_VOWEL = (*ARMENIAN_ROMANIZED_AFTER_VOWEL, "i", "yi")
#: The length of the longest ending of any table (lookup reads a query's last letters as one).
LONGEST_ENDING = max(
    len(ending)
    for table in (
        *(
            RUSSIAN_HARD_AFTER_SIBILANT,
            RUSSIAN_HARD_SINGULAR,
            RUSSIAN_A,
            RUSSIAN_YA,
            RUSSIAN_SOFT,
            RUSSIAN_SOFT_L,
            RUSSIAN_SOFT_AN,
        ),
        RUSSIAN_I_KRATKOE,
        RUSSIAN_PLURAL,
        *(RUSSIAN_NEUTER_SOFT, RUSSIAN_NEUTER_E, RUSSIAN_NEUTER_O, AZERBAIJANI, AZERBAIJANI_Q_TO_G),
        *(AZERBAIJANI_K_TO_Y, AZERBAIJANI_AFTER_VOWEL),
        *(AZERBAIJANI_CYRILLIC, AZERBAIJANI_CYRILLIC_Q_TO_G, AZERBAIJANI_CYRILLIC_K_TO_Y),
        *(ARMENIAN, ARMENIAN_VOWEL_ENDINGS, ARMENIAN_I_TO_U, ARMENIAN_LAKE, ARMENIAN_CLASSICAL_GENITIVE),
        ARMENIAN_CLASSICAL_PLURAL,
        ARMENIAN_UTYUN,
        ENGLISH,
    )
    for ending in table
)

_RUSSIAN_UNIT_NOUNS = frozenset(
    "раион область уезд округ ханство губерния хребет горы коридор водохранилище".split()
)
_RUSSIAN_ADJECTIVE_TAILS = ("ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие")
_RUSSIAN_PLURAL_ADJECTIVE_TAILS = ("ые", "ие")


_PLURAL_TAILS_FOLDED = tuple(fold(tail) for tail in _RUSSIAN_PLURAL_ADJECTIVE_TAILS)
#: Common nouns of names whose vowel drops before an ending (Зангезурский хребет: Зангезурского хребта)
_RUSSIAN_FLEETING_VOWEL = {"хребет": "хребт"}
#: Common nouns of names that maps, lists and reference books abbreviate after the adjective, folded:
#: Мингечаурское вдхр., Зангезурский хр., Севанское оз.
_RUSSIAN_ABBREVIATED_NOUNS = {"водохранилище": ("вдхр", "вдх"), "хребет": ("хр",), "озеро": ("оз",)}
#: ... and the two-word ones abbreviated by their capitals, which do not decline: Нахичеванской АР,
#: Нагорно-Карабахской АО (folded)
_RUSSIAN_ABBREVIATED_PHRASES = {("автономная", "республика"): "ар", ("автономная", "область"): "ао"}
_NEUTER_TAILS = ("ое", "ее")


def _russian_noun(
    word: str, after_neuter_adjective: bool = False, alone: bool = False
) -> tuple[str, tuple[str, ...]]:
    """The stem and endings of a Russian noun (folded or lowercased), by its last letters. Foreign names
    in -е and -о do not decline (Агдере, Камо), neuter nouns do: those in -ье and -ие, and the common noun
    after a neuter adjective (море, водохранилище, ханство). A name ``alone`` (of one word) takes no plural
    ending."""
    last = word[-1:]
    if word.endswith(("ье", "ие")) and len(word) > 3:
        return word[:-1], RUSSIAN_NEUTER_SOFT
    if after_neuter_adjective and last == "е":
        return word[:-1], RUSSIAN_NEUTER_E
    if after_neuter_adjective and last == "о":
        return word[:-1], RUSSIAN_NEUTER_O
    if last == "й":  # as written; folded, й is и and the name is taken as indeclinable
        return word[:-1], RUSSIAN_I_KRATKOE
    if last == "а":
        before = word[-2:-1]
        if before in _VELARS_AND_SIBILANTS:
            return word[:-1], RUSSIAN_A_AFTER_VELAR_OR_SIBILANT
        return word[:-1], RUSSIAN_A if not before or before in _RUSSIAN_VOWELS else RUSSIAN_A_AFTER_CONSONANT
    if last == "я":
        return word[:-1], RUSSIAN_YA
    if last == "ь":
        if word.endswith("ль"):
            return word[:-1], RUSSIAN_SOFT_L
        return word[:-1], RUSSIAN_SOFT_AN if word.endswith("ань") else RUSSIAN_SOFT
    if last == "и" and word.endswith("ии"):  # folded й is и: 'Грузии'
        return word[:-1], RUSSIAN_YA
    if last in "еиоуыэю":
        return word, RUSSIAN_INDECLINABLE
    if last in "цжшчщ":
        return word, RUSSIAN_HARD_SINGULAR_AFTER_SIBILANT if alone else RUSSIAN_HARD_AFTER_SIBILANT
    return word, RUSSIAN_HARD_SINGULAR if alone else RUSSIAN_HARD


def _russian_adjective_forms(word: str, written: bool = False) -> list[str]:
    """The word under each adjective ending, in the order of RUSSIAN_ADJECTIVE; a word that is not an
    adjective stays as it is in every position. ``written``: the word is lowercased, not folded."""
    endings = RUSSIAN_ADJECTIVE_WRITTEN if written else RUSSIAN_ADJECTIVE
    for tail in _RUSSIAN_ADJECTIVE_TAILS:
        tail = tail if written else fold(tail)  # folded, 'нагорный' is 'нагорныи'
        if word.endswith(tail) and len(word) > len(tail) + 2:
            stem = word[: -len(tail)]
            return [stem + ending for ending in endings]
    return [word] * len(endings)


def inflect(
    text: str, lang: str, historical: bool = False, armenian_side: bool = False
) -> set[tuple[str, tuple[str, ...]]]:
    """The (stem, endings) pairs under which a name of ``lang`` appears in text; stems are folded.
    ``historical``: the name is a historical region's or state's, which Armenian also declines the classical
    way (see ARMENIAN_CLASSICAL_PLURAL). ``armenian_side``: an English name that Armenian written in Latin
    letters uses (see :func:`declined_in_romanized_armenian`), which takes its endings too."""
    words = fold(text).split(" ")
    if not words or not words[0]:
        return set()
    if lang == "az-Cyrl":
        stem = " ".join(words)
        found = {(stem, AZERBAIJANI_CYRILLIC)}
        if stem.endswith("г") and len(_AZ_CYRILLIC_VOWELS.findall(words[-1])) > 1:
            found.add((stem[:-1] + "ғ", AZERBAIJANI_CYRILLIC_Q_TO_G))
        if (
            stem.endswith("к")
            and _AZ_CYRILLIC_VOWELS.fullmatch(stem[-2:-1])
            and len(_AZ_CYRILLIC_VOWELS.findall(words[-1])) > 1
        ):
            found.add((stem[:-1] + "ј", AZERBAIJANI_CYRILLIC_K_TO_Y))
        return found
    if lang == "ru":
        *leading, last = words
        if not leading and last.endswith(_NEUTER_TAILS):  # an adjective alone: Привольное, Георгиевское
            return {(form, RUSSIAN_INDECLINABLE) for form in _russian_adjective_forms(last)}
        after_neuter = bool(leading) and leading[-1].endswith(_NEUTER_TAILS)
        stem, endings = _russian_noun(last, after_neuter, alone=not leading)
        if leading and leading[-1].endswith(_PLURAL_TAILS_FOLDED) and last[-1:] in ("ы", "и"):
            stem, endings = last[:-1], RUSSIAN_PLURAL  # the noun agrees with a plural adjective
        elif last.endswith("и") and not last.endswith("ии") and scan_lower(text).endswith("й"):
            stem, endings = last[:-1], RUSSIAN_I_KRATKOE  # folded й is и: Западного Арпачая
        nouns = [(stem, endings)]
        if last in _RUSSIAN_FLEETING_VOWEL:
            nouns = [(last, RUSSIAN_INDECLINABLE), (_RUSSIAN_FLEETING_VOWEL[last], RUSSIAN_HARD[1:])]
        if leading:
            nouns += [(short, RUSSIAN_ABBREVIATED) for short in _RUSSIAN_ABBREVIATED_NOUNS.get(last, ())]
        # adjectives agree with each other: one ending for all of them, not every combination
        forms = [_russian_adjective_forms(word) for word in leading]
        found = {
            (" ".join([*(form[case] for form in forms), noun]), noun_endings)
            for case in range(len(RUSSIAN_ADJECTIVE))
            for noun, noun_endings in nouns
        }
        if len(words) > 2 and (abbreviation := _RUSSIAN_ABBREVIATED_PHRASES.get((words[-2], last))):
            found.update(
                (" ".join([*(form[case] for form in forms[:-1]), abbreviation]), RUSSIAN_INDECLINABLE)
                for case in range(len(RUSSIAN_ADJECTIVE))
            )
        return found
    stem = " ".join(words)
    if lang == "hy-Latn" or armenian_side:
        after_vowel = stem[-1:] in "aeiouy"
        if lang == "hy-Latn":
            endings = ARMENIAN_ROMANIZED_NAME_AFTER_VOWEL if after_vowel else ARMENIAN_ROMANIZED_NAME
        else:
            endings = ARMENIAN_ROMANIZED_AFTER_VOWEL if after_vowel else ARMENIAN_ROMANIZED
        found = {(stem, endings)}
    else:
        found = {(stem, {"az": AZERBAIJANI, "hy": ARMENIAN}.get(lang, ENGLISH))}
    if lang == "en" and len(words) > 1:
        if words[-1] in _ENGLISH_UNITS_OF:  # Karabakh Khanate: the Khanate of Karabakh
            found.add((f"{words[-1]} of {' '.join(words[:-1])}", ENGLISH))
        elif words[0] in _ENGLISH_UNITS_OF and words[1] == "of" and len(words) > 2:
            found.add((f"{' '.join(words[2:])} {words[0]}", ENGLISH))  # the Khachen principality
    if lang == "az" and len(words) > 1 and stem[-1] in "iu":
        # a unit's or a feature's name ends in the possessive of the third person (Şuşa rayonu, Araz çayı):
        # news also writes its genitive short, as that of the bare word ('Şuşa rayonun Daşaltı kəndi')
        found.add((stem, AZERBAIJANI_SHORT_GENITIVE))
    if lang == "az" and _AZ_VOWELS.fullmatch(stem[-1:]):
        found.add((stem, AZERBAIJANI_AFTER_VOWEL))
    if lang == "az" and stem.endswith("q") and len(_AZ_VOWELS.findall(words[-1])) > 1:
        found.add((stem[:-1] + "g", AZERBAIJANI_Q_TO_G))
    if (
        lang == "az"
        and stem.endswith("k")
        and _AZ_VOWELS.fullmatch(stem[-2:-1])
        and len(_AZ_VOWELS.findall(words[-1])) > 1
    ):
        found.add((stem[:-1] + "y", AZERBAIJANI_K_TO_Y))
    if lang == "hy" and len(stem) > 3:
        if stem.endswith("ու"):
            found.add((stem[:-2] + "վ", ARMENIAN_VOWEL_ENDINGS))
        elif stem.endswith("ի"):
            found.add((stem[:-1], ARMENIAN_I_TO_U))
        elif stem.endswith("լիճ"):
            found.add((stem[:-3] + "լճ", ARMENIAN_LAKE))
        elif stem.endswith("ծին"):
            found.add((stem[:-2] + "ն", ARMENIAN_VOWEL_ENDINGS))
        elif stem.endswith("իք"):
            found.add((stem[:-2], ARMENIAN_CLASSICAL_GENITIVE))
        elif stem.endswith("իա"):
            found.add((stem[:-1], ARMENIAN_IA_GENITIVE))
        elif historical and stem.endswith(("անք", "արք")):
            found.add((stem[:-1], ARMENIAN_CLASSICAL_PLURAL))
        elif stem.endswith("ություն"):
            found.add((stem[:-3], ARMENIAN_UTYUN))
    return found


#: English unit words that go after a name or before it with 'of' (Karabakh Khanate, the Khanate of
#: Karabakh; Erivan Governorate, the Governorate of Erivan). Not province, district, region: common words,
#: whose every occurrence the scanner would have to check.
_ENGLISH_UNITS_OF = frozenset({"khanate", "governorate", "principality"})
_AZ_VOWELS = re.compile("[aeiou]")  # folded: ə is e, ı is i, ö is o, ü is u
_AZ_CYRILLIC_VOWELS = re.compile("[аәеиыоөуү]")
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015]+")
_SCAN_APOSTROPHES = "'’ʼʻ"


def unit_adjectives(text: str, lang: str) -> set[str]:
    """The forms of a Russian unit name's adjective that stand for the unit on their own when a unit word
    follows: 'Агдамского, Лачинского и Кельбаджарского районов', 'между Карабахским и Зангезурским
    хребтами' (folded and as written); a compound's with a hyphen and with a space: 'Котайкской и Вайоц
    Дзорской областей'.

        >>> sorted(form for form in unit_adjectives("Вайоц-Дзорская область", "ru") if form.endswith("ой"))
        ['вайоц дзорской', 'вайоц-дзорской']
    """
    if lang != "ru":
        return set()
    adjective, space, noun = text.partition(" ")
    if not space or fold(noun) not in _RUSSIAN_UNIT_NOUNS:
        return set()
    forms: set[str] = set()
    for written in (False, True):
        word = scan_lower(adjective) if written else fold(adjective).replace(" ", "-")
        head, hyphen, last = word.rpartition("-")
        endings = _russian_adjective_forms(last, written=written)
        if endings[0] == last and len(set(endings)) == 1:
            return set()  # not an adjective
        forms.update(head + joint + ending for ending in endings for joint in {hyphen, " " if hyphen else ""})
    return forms


_V_AFTER_VOWEL = re.compile("(?<=[աեէըիօ])վ")


def _classical_armenian(word: str) -> str:
    """``word`` in the classical spelling: եւ for և, ւ for վ after a vowel, իւ for յու, եա for յա (Սյունյաց:
    Սիւնեաց), a final ա followed by a silent յ (Վարանդա: Վարանդայ)."""
    classical = _V_AFTER_VOWEL.sub("ւ", word.replace("և", "եւ")).replace("յու", "իւ").replace("յա", "եա")
    return classical + "յ" if classical.endswith("ա") else classical


def declined_in_romanized_armenian(name: Name) -> bool:
    """Whether Armenian written in Latin letters declines an English name: one the Armenian side uses, or
    one no side in particular or only international usage has (Stepanakert, Shushi, Erevan; not Khankendi,
    Shusha, which only the Azerbaijani side and international usage write).

        >>> from toponyms import get
        >>> [(name.text, declined_in_romanized_armenian(name)) for name in get("shusha").names_in("en")][:2]
        [('Shusha', False), ('Shushi', True)]
    """
    return name.lang == "en" and ("hy" in name.used_by or "az" not in name.used_by)


def scan_keys(
    text: str, lang: str, river: bool = False, historical: bool = False, armenian_side: bool = False
) -> set[tuple[str, str, tuple[str, ...]]]:
    """What the text scanner looks for: (first word, rest, endings) triples.

    The first word (a stem when it is the only word) is matched in the lowercased text, both as
    written and folded, so that Şuşa and Susa, Нагорный and Нагорныи are found without folding the
    whole text. The rest of a multiword name is folded and checked after a hit, across any spacing.
    The one-word Azerbaijani name of a ``river`` is also found joined to çay ('river'): Həkəriçayın.
    """
    keys: set[tuple[str, str, tuple[str, ...]]] = set()
    for stem, endings in inflect(text, lang, historical, armenian_side):
        first, _, rest = stem.partition(" ")
        keys.add((first, rest, endings))
    written = [word for word in _SEPARATORS.split(scan_lower(text)) if word]
    if not written or not keys:
        return keys
    if lang == "ru":
        if len(written) == 1 and written[0].endswith(_NEUTER_TAILS):
            forms = _russian_adjective_forms(written[0], written=True)
            keys.update((form, "", RUSSIAN_INDECLINABLE) for form in forms)
        elif len(written) == 1:
            stem, endings = _russian_noun(written[0], alone=True)
            keys.add((stem, "", endings))
        else:
            firsts = _russian_adjective_forms(written[0], written=True)
            folded_firsts = _russian_adjective_forms(fold(written[0]))
            for first, rest, endings in list(keys):
                if first in folded_firsts:
                    keys.add((firsts[folded_firsts.index(first)], rest, endings))
    else:
        for _, rest, endings in list(keys):
            if endings is AZERBAIJANI_Q_TO_G and not rest:
                keys.add((written[0][:-1] + "ğ", rest, endings))  # Ağbulağa: the one word's q became ğ
            elif endings is AZERBAIJANI_CYRILLIC_Q_TO_G and not rest:
                keys.add((written[0][:-1] + "ғ", rest, endings))
            elif endings is AZERBAIJANI_K_TO_Y and not rest:
                keys.add((written[0][:-1] + "y", rest, endings))  # Sədərəyin
            elif endings is AZERBAIJANI_CYRILLIC_K_TO_Y and not rest:
                keys.add((written[0][:-1] + "ј", rest, endings))
            else:
                keys.add((written[0], rest, endings))
    if river and lang in ("ru", "en"):
        # a river named with the word for river joined to it is also written apart: Алинджа-чай, Alinja chay
        for first, rest, endings in list(keys):
            river_word = next((word for word in ("ча", "chay") if first.endswith(word)), "")
            if river_word and not rest and len(first) > len(river_word) + 2:
                keys.add((first[: -len(river_word)], river_word, endings))
    if lang == "az" and river:
        keys.update(
            (first + river_word, "", AZERBAIJANI)
            for first, rest, endings in list(keys)
            if not rest and endings is AZERBAIJANI and not first.endswith(("çay", "cay"))
            for river_word in ("çay", "cay")
        )
    if lang == "az":
        # 'anbar' (reservoir) is also written as pronounced: 'Ceyranbatan su ambarı'
        keys.update((first, rest.replace("anbar", "ambar"), endings) for first, rest, endings in list(keys))
    if lang == "hy":
        # the text is scanned unfolded: the classical spelling of v is a key of its own (Երեւան, Արմաւիր),
        # and so is the ligature և written as two letters (Սեւանա լիճ)
        keys.update((_classical_armenian(first), rest, endings) for first, rest, endings in list(keys))
        keys.update(
            (first.replace("և", "եւ"), rest, endings) for first, rest, endings in list(keys) if "և" in first
        )
    for first, rest, endings in list(keys):
        if any(char in APOSTROPHES for char in first):
            plain = "".join("'" if char in APOSTROPHES else char for char in first)
            keys.update((plain.replace("'", mark), rest, endings) for mark in _SCAN_APOSTROPHES)
    return keys
