"""Finding place mentions in running text: one linear scan, offsets into the original text.

The text is only lowercased (a C-speed step that keeps every offset) and fed once to an Aho–Corasick
automaton (ahocorasick-rs, a compiled DFA) that holds the first word, or the stem, of every name, both as
written and folded (see :mod:`toponyms.inflection`). A hit counts when it starts a word; the rest of the word
must be an ending allowed for the name, and the rest of a multiword name is checked on a folded copy
(:func:`scan_fold`) of the few characters after the hit, across any spacing. Stress marks and joiners are
removed first through an offset map. Words glued together (a capital after a small letter, a letter next
to a digit) are read apart. Overlapping candidates resolve leftmost-longest; an ambiguous name is resolved by
the kind a neighbouring word names, else by the other places of the text, else by rank. Guards drop what
only looks like a place: a language or a people, a person (by a given name, a surname, a word or an initial
next to the name, an Azerbaijani nisba), a common word with no sign of a place, a street, an organization or
a title in quotation marks, and a name better known elsewhere in a text that names no other place of the
region. Last, a capitalized name next to a word for a kind of place (село, village, kəndi, river ...) that
the scan left alone is looked up by transliteration among the places of that kind.

The package has a module per step: :mod:`~toponyms.matching.folding` (the text as the scan reads it),
:mod:`~toponyms.matching.name_forms` (what the scan looks for, per name), :mod:`~toponyms.matching.context`
(the words around a candidate) and :mod:`~toponyms.matching.scanner` (the scan and its choices).
"""

from toponyms.matching.context import kinds_named_by, polities_named_after
from toponyms.matching.folding import OffsetMap, scan_fold
from toponyms.matching.name_forms import (
    UNIT_ADJECTIVE,
    NameKeys,
    name_keys_from_json,
    name_keys_to_json,
    name_scan_keys,
)
from toponyms.matching.scanner import Scanner

__all__ = [
    "UNIT_ADJECTIVE",
    "NameKeys",
    "OffsetMap",
    "Scanner",
    "kinds_named_by",
    "name_keys_from_json",
    "name_keys_to_json",
    "name_scan_keys",
    "polities_named_after",
    "scan_fold",
]
