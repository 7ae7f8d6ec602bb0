"""Casualty counts: a count told in parts.

Parts joined by و with no total stated are summed ("مقتل ثلاثة جنود وخمسة مدنيين" = 8, "أربعة من عناصر الشرطة
وثلاثة مدنيين" = 7); a part taken out of a total gives the total ("ثلاثة جنود من بين 10 أشخاص" = 10); a range
gives its lower bound ("بين 10 و15" = 10).
"""

from __future__ import annotations

from marsad.agent.numbers import Quantity, is_single_person, read_quantity
from marsad.agent.offline import rules
from marsad.agent.offline.casualties_excluded import _ATTACKER_SIDE, _militia_word
from marsad.agent.offline.casualties_words import (
    _ANY_READ,
    _ATTACKERS,
    _MILITANT_WORDS,
    _NOT_CASUALTY_UNITS,
    _TERRORIST_NOUNS,
    COUNTED_NOUNS,
    INJURED,
    _and_cut,
    _digit_free,
    _one_person,
    _person_count,
    _terrorists_counted,
    _vague_rest,
)
from marsad.agent.offline.context import bare, bare_in
from marsad.agent.offline.vocab import KILLED


def _range_low(words: list[str], x: int) -> Quantity | None:
    """A range's lower bound, the conservative figure: "(ما) بين 10 و15" -> 10."""
    y = x + 1 if words[x] == "ما" and x + 1 < len(words) else x
    if words[y] != "بين" or y + 1 >= len(words):
        return None
    lo = read_quantity(words, y + 1)
    if lo is None or lo.value is None or lo.end >= len(words) or not words[lo.end].startswith("و"):
        return None
    z = lo.end + 1 if words[lo.end] == "و" else lo.end
    part = _and_cut(words, z) if words[z] != "و" and words[z].startswith("و") else words
    hi_q = read_quantity(part, z)
    if hi_q is None or hi_q.value is None or hi_q.value <= lo.value:
        return None
    return Quantity(lo.value, False, x, hi_q.end)


def _total_after_part(words: list[str], at: int, hi: int) -> Quantity | None:
    """The total a partial count is taken out of: "ثلاثة جنود من بين 10 أشخاص" -> 10."""
    for x in range(at, min(hi - 2, at + 3)):
        if words[x] == "من" and words[x + 1] == "بين":
            q = read_quantity(words, x + 2)
            if q is not None and q.value is not None:
                return q
    return None


PARTITIVE_SUM = True
"""Module switch (A/B measurement) of :func:`_partitive_end` in :func:`_summed`."""
_PARTITIVE_REACH = 3


ALSO_SUM = True
"""Module switch (A/B measurement): a part added by a phrase that adds more victims ("استشهاد ستة من الجنود إضافة إلى
اثنين من العمال" = 8, "مقتل 8 أشخاص بالإضافة إلى 3 من رجال الشرطة" = 11) is summed as a part joined by و; before,
the first part alone was the toll."""
_ALSO = [tuple(p.split("_")) for p in rules.words("casualties", "also_openers")]


def _also_len(words: list[str], x: int) -> int:
    """The length of a phrase that adds more victims ("بالإضافة إلى"، "إضافة إلى") at ``x``, 0 when none stands there."""
    if not ALSO_SUM:
        return 0
    return next((len(p) for p in _ALSO if tuple(words[x:x + len(p)]) == p), 0)


def _partitive_end(words: list[str], at: int, hi: int) -> int:
    """The last word of a part counted with "من" ("أربعة من عناصر الشرطة"، "2 من أفراد قوات الأمن"), so that the
    next part joined by و is read after it ("وثلاثة مدنيين": 7 in all); ``at`` itself when no such part stands there.
    A part of militants or attackers is left as it was (no sum)."""
    if not PARTITIVE_SUM or at >= hi or words[at] != "من":
        return at
    y = at + 1
    while y < min(hi, at + 1 + _PARTITIVE_REACH) and not words[y].startswith("و") and words[y].isalpha() \
            and not _also_len(words, y):
        forms = bare(words[y])
        if any(b in _ANY_READ or b in COUNTED_NOUNS or b in _ATTACKERS or b in _TERRORIST_NOUNS
               or b in _MILITANT_WORDS or b in _ATTACKER_SIDE or _militia_word(b) for b in forms):
            return at  # (a militia's men too: "4 من الجنود و25 من الميليشيات" are two sides, not one toll)
        y += 1
    return y - 1 if y - 1 > at and y < hi and (words[y].startswith("و") or _also_len(words, y)) else at


def _summed(words: list[str], q: Quantity, hi: int, other: frozenset[str]) -> Quantity:
    """Partial counts joined by و with no total stated are summed: "مقتل ثلاثة جنود وخمسة مدنيين" -> 8.

    Each part is a number and its counted noun; a part that counts the other kind ("و20 جريحا"),
    militants, or no people (a unit) ends the sum. A stated total ("10 أشخاص بينهم ...") is the first
    quantity alone, since "بينهم" stands between it and its parts.
    """
    if q.value is None or q.vague:
        return q
    total, last = q.value, q.end  # last: the counted noun of the part read last
    if q.end > q.start and _person_count(words[q.end - 1]):
        last = q.end - 1  # "شرطيان ومدني": the count is the person noun itself
    last = _partitive_end(words, last, hi)  # "أربعة من عناصر الشرطة وثلاثة مدنيين"
    while last + 1 < hi and (words[last + 1].startswith("و") or _also_len(words, last + 1)):
        y = last + 1
        also = _also_len(words, y)
        if also:
            y += also  # "ستة من الجنود إضافة إلى اثنين من العمال": a part added as with و
            if y >= hi:
                break
            bare_part = words
        else:
            if words[y] == "و":
                y += 1  # "و 5 مدنيين": the conjunction written apart from the digits
            bare_part = _and_cut(words, y) if words[y].startswith("و") else words
        person = bare_part[y]
        if _shared_count(words, q, last, person):
            break  # "مقتل 80 ضابطا وجنديا": one number counts both nouns
        if _person_count(person) and not person.startswith("اثن"):
            # "مقتل جنديين ومدني"، "مقتل ثلاثة جنود وشرطيين": one or two more people named after the count
            total, last = total + (1 if _one_person(person) else 2), y
            continue
        p = read_quantity(bare_part, y)
        if _vague_part(bare_part, p):
            return Quantity(None, True, q.start, p.end)  # "أصيب طفلان وعدد من المواطنين": the total is not stated
        if p is None or p.value is None or p.vague or p.end >= hi or p.end == y + 1 and (
                is_single_person(bare_part[y]) or _digit_free(bare_part[y]) and p.value == 1):
            break  # a word read as one that names no person is no counted part here
        noun = words[p.end]
        if PARTITIVE_SUM and noun == "من" and p.end + 1 < hi:
            noun = words[p.end + 1]  # "و4 من المهاجمين": the counted noun stands after "من"
        forms = bare(noun)
        if any(b in other or b in KILLED or b in INJURED or b in COUNTED_NOUNS or b in _NOT_CASUALTY_UNITS for b in forms) \
                or _terrorists_counted(words, p.end) or not noun.isalpha() \
                or any(_militia_word(b) for w in words[p.end:p.end + 3] for b in bare(w)):
            break  # (militants or a militia's men: "4 من الجنود و25 من الميليشيات" are two sides, not one toll)
        if any(b in _ATTACKERS or b.removesuffix("ا") in _ATTACKERS or "ال" + b.removesuffix("ا") in _ATTACKERS
               for b in forms):
            break  # "مقتل 13 شخصا و13 مهاجما": the attackers are no victims (guidelines), not summed in
        total, last = total + p.value, _partitive_end(words, p.end, hi)
    if total == q.value:
        return q
    return Quantity(total, False, q.start, last + 1)


def _vague_part(words: list[str], p: Quantity | None) -> bool:
    """True when a part joined to a count is a vague number of people ("وعدد من المواطنين"، "وعشرات من
    المدنيين"): the whole is not stated (as a named victim with "وعدد من مرافقيه", D-20)."""
    return p is not None and _vague_rest(words, p) and p.end < len(words) \
        and not bare_in(words[p.end], _ANY_READ)


def _shared_count(words: list[str], q: Quantity, last: int, person: str) -> bool:
    """True when a second accusative noun joined to a number's counted noun shares that number: "80 ضابطا وجنديا"،
    "20 مدنيا وعسكريا" (both nouns in the singular accusative of a number above ten), not "3 جنود ومدني" (one more)."""
    return q.value is not None and q.value > 10 and last == q.end and last < len(words) \
        and words[last].endswith("ا") and person.endswith("ا") and len(person) > 3
