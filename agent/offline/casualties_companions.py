"""Casualty counts: a victim and the others told with them.

A named or counted victim and their companions are one toll ("مدرس وزوجته" = 2, "أم مع طفليها" = 3, "لقي مصرعه
مع 6 آخرين" = 7, "أسفر عن مقتله ومقتل 3 آخرين" = 4); plural companions or a vague rest with no number ("مصرع ضابط
ومرافقيه"، "وعدد من مرافقيه") leave the toll unstated.
"""

from __future__ import annotations

from marsad.agent.numbers import Quantity, read_quantity
from marsad.agent.offline import rules
from marsad.agent.offline.casualties_words import (
    _ANY_READ,
    _KILLED_READ,
    _NAME_REACH,
    _NAME_STOPS,
    _ONE_VICTIM,
    _OTHERS_WORDS,
    _TERRORIST_NOUNS,
    _and_cut,
    _dual_noun,
    _one_person,
    _terrorists_counted,
    _vague_rest,
)
from marsad.agent.offline.context import bare, bare_in

_COMPANIONS = rules.words("casualties", "companion_nouns")
"""A person's companion named after them ("مدرس وزوجته"): two victims, not one."""

_DUAL_COMPANIONS = rules.words("casualties", "dual_companions")
"""A person's two companions ("أم مع طفليها"): two more victims."""

_OBJECT_PERSONS = rules.words("casualties", "object_persons")

COMPANION_PLURALS = True
"""Module switch (A/B measurement): the others counted after one victim may be told by a plural of people of a trade
or a state ("ركاب"، "مجندين"، "عمال"، "سياح"، "متظاهرين"، or "راكبا" after 11-99), not only by the person nouns of
``object_persons``: "مقتل السائق و6 ركاب" = 7, "مقتل ضابط وثلاثة مجندين" = 4 (before: 1)."""
_COMPANION_PLURALS = rules.words("casualties", "companion_plurals")

PLURAL_COMPANIONS = True
"""Module switch (A/B measurement): a victim told with plural companions and no number ("مصرع ضابط ومرافقيه"،
"مقتل سائق وأطفاله"، "مع أفراد أسرته") leaves the toll unstated (guidelines: a casualty plus a vague number); before,
the companions were not read and the victim alone was counted."""
_PLURAL_COMPANIONS = rules.words("casualties", "plural_companions")


def _others_after(words: list[str], at: int, hi: int, own: frozenset[str]) -> Quantity | None:
    """The others counted with a named or counted victim: "لقي مصرعه مع 6 آخرين"، "قتل الضابط فلان و6
    آخرون"، "وأصيب جندي و3 من رفاقه" -> a Quantity of the others (start: where they are told), else None.

    The others' phrase stands right after the victim, or after up to three words of their name or title
    ("الضابط أحمد علي و6 آخرون"); it is "مع" or "و" with a number and "آخرين"، "من ..." or a plural person
    noun. Others of the other kind ("و6 آخرون بجروح" beside a death), militants ("و6 من المسلحين") and
    figures in a unit are not read; a vague number ("وعدد من مرافقيه") is a vague rest.
    """
    for j in range(at, min(hi, at + _NAME_REACH + 1)):
        w = words[j]
        again = _kind_again(words, j, own)
        if w == "مع" or w == "و" or again:
            part, p = words, j + 1  # "ما أسفر عن مقتله ومقتل 3 آخرين": the casualty word told again before them
        elif w.startswith("و") and len(w) > 1:
            part, p = _and_cut(words, j), j
        else:
            part = None
        q = read_quantity(part, p) if part is not None and p < hi else None
        if q is not None and q.end < hi:
            nxt = words[q.end]
            end = None
            if nxt in _OTHERS_WORDS:
                end = q.end + 1
            elif nxt == "من" and q.end + 1 < hi and not _terrorists_counted(words, q.end):
                end = q.end + 2
            elif (bare_in(nxt, _OBJECT_PERSONS)
                  or COMPANION_PLURALS and bare_in(nxt, _COMPANION_PLURALS)) \
                    and nxt != "من" and not _terrorists_counted(words, q.end):
                # ("مقتل السائق و6 ركاب" = 7، "مقتل ضابط وثلاثة مجندين" = 4)
                end = q.end + 2 if q.end + 1 < hi and words[q.end + 1] in _OTHERS_WORDS else q.end + 1
            elif _vague_rest(words, q):
                end = q.end + 1  # "لقي مصرعه وعدد من مرافقيه": a named victim and a vague number (no count)
            if end is not None and (again or _new_clause(words, end) or not (
                    end < len(words) and any(b in _ANY_READ - own for b in bare(words[end])))):
                return Quantity(q.value, q.vague or q.value is None, j, end)
            return None
        if j == at and (w == "مع" or w.startswith("و")):
            return None  # a companion ("وزوجته"، "مع شقيقه") is read by the caller
        if not w.isalpha() or w in _NAME_STOPS or w.startswith("و") or bare_in(w, _ANY_READ) \
                or w.startswith(("بال", "لل")) or any(b in _OBJECT_PERSONS or b in _TERRORIST_NOUNS for b in bare(w)):
            return None  # "مقتل ضابط في الجيش و6 آخرين"، "على يد مسلحين و6 آخرين": no name between
    return None


MEN_OF_ONE = True
"""Module switch (A/B measurement) of :func:`_men_of_one`: a count told as one person's men joined to them ("و7 من
مرافقيه"، "مع 3 من حراسه") is that person's companions, the toll is one more; before, the men alone were counted
("قتل بضربة أصابت سيارته مع ثلاثة من حراسه" = 2) or, after a leader's title, nothing ("مقتل قيادي في التنظيم و7 من
مرافقيه")."""
_MEN_OF_ONE = frozenset(w for w in _PLURAL_COMPANIONS if w.endswith(("ه", "ها", "وه")))
"""One person's men ("مرافقيه"، "حراسه"، "رفاقه"), not a group's ("رفاقهم")."""


def _men_of_one(words: list[str], q: Quantity) -> bool:
    """True when the count ``q`` is told as one person's men joined to that person: "و" or "مع" right before the number
    and "من مرافقيه"، "من حراسه" after it ("القيادي فلان و6 من مرافقيه"), or "آخرين" after "مع" ("مع 4 آخرين"): the
    person told before them is one more victim. Not a group's men ("و6 من رفاقهم")."""
    if not MEN_OF_ONE or q.value is None or q.vague or q.start < 1 or q.end >= len(words):
        return False
    before, nxt = words[q.start - 1], words[q.end]
    if before not in {"و", "مع"}:
        return False
    return _his_men(words, q.end) or before == "مع" and nxt in _OTHERS_WORDS


def _his_men(words: list[str], at: int) -> bool:
    """True when "من مرافقيه"، "من حراسه" (one person's men) stands at ``at`` and :data:`MEN_OF_ONE` is on."""
    return MEN_OF_ONE and at + 1 < len(words) and words[at] == "من" and words[at + 1] in _MEN_OF_ONE


OTHERS_THEN_CLAUSE = True
"""Module switch (A/B measurement): others counted with a victim and followed by a casualty word of the other kind
joined by "و" ("مقتل مواطن وثلاثة آخرين وإصابة خمسة") are the victim's own kind, a new clause then counting the
other kind (= 4 killed); without "و" ("و6 آخرون بجروح"، "و6 آخرين جرحى") the word tells what befell the others."""


def _new_clause(words: list[str], end: int) -> bool:
    """True when the word at ``end``, right after the others' phrase, opens a new casualty clause with "و" and a
    casualty word of either kind ("وإصابة"، "وجرح"، "وأصيب")."""
    if not OTHERS_THEN_CLAUSE or end >= len(words):
        return False
    w = words[end]
    return w.startswith("و") and len(w) > 3 and bare_in(w[1:], _ANY_READ)


def _kind_again(words: list[str], j: int, own: frozenset[str]) -> bool:
    """True when token ``j`` repeats the casualty word of the victim's own kind with "و" ("ومقتل"، "وإصابة") and a
    number follows it: "أسفر عن مقتله ومقتل 3 آخرين" counts him and the three."""
    w = words[j]
    return w.startswith("و") and len(w) > 3 and j + 1 < len(words) and any(b in own for b in bare(w[1:])) \
        and read_quantity(words, j + 1) is not None


COMPLEMENT_DUAL = True
"""Module switch (A/B measurement): two companions told by a dual after a victim's complement ("مقتل آمر الفوج
وجنديين" = 3) are read as after the victim alone ("مقتل ضابط وجنديين"); before, the victim alone was counted."""


def _with_companions(words: list[str], n: int, start: int, end: int, hi: int,
                     own: frozenset[str] = _KILLED_READ) -> Quantity:
    """A counted victim and the companions named after them: "مدرس وزوجته" = 2, "أم مع طفليها" = 3.

    A companion group that goes on to a vague or plural rest ("مصرعه مع شقيقه وعناصر أخرى"،
    "مع عشرات من أفراده") leaves the count unstated.
    """
    others = _others_after(words, end, hi, own)
    if others is not None:
        return Quantity(None if others.value is None else n + others.value, others.vague, start, others.end)
    j = end
    if j < hi and words[j] != "مع" and not words[j].startswith("و") and j + 1 < hi \
            and not any(b in _ANY_READ or b in _ONE_VICTIM for b in bare(words[j])) and (
            words[j + 1] == "مع" or words[j + 1].startswith("و") and (
                words[j + 1][1:] in _COMPANIONS | _DUAL_COMPANIONS | {"احد", "احدي"} or _one_person(words[j + 1][1:])
                or COMPLEMENT_DUAL and _dual_noun(words[j + 1][1:]))):
        j += 1  # an adjective or a definite complement between: "أم يمنية مع طفليها"، "سائق الحافلة وأحد المارة"
    total = n
    first = True
    while j < hi:
        w = words[j]
        if first and w == "مع" and j + 1 < hi:
            nxt = words[j + 1]
        elif w.startswith("و") and len(w) > 2:
            nxt = w[1:]
        else:
            break
        step = 2 if first and w == "مع" else 1
        if PLURAL_COMPANIONS and (nxt in _PLURAL_COMPANIONS or nxt == "افراد" and j + step < hi):
            return Quantity(None, True, start, j + step)  # "مصرع ضابط ومرافقيه"، "سائق وأطفاله": no count stated
        if nxt in _COMPANIONS or (w != "مع" and _one_person(nxt)):
            total += 1  # "مدرس وزوجته"، "طفل وامرأة"
        elif w != "مع" and nxt in {"احد", "احدي"} and j + 1 < hi and words[j + 1].startswith("ال"):
            total, j = total + 1, j + 1  # "مقتل سائق الحافلة وأحد المارة"
        elif nxt in _DUAL_COMPANIONS or (w != "مع" and _dual_noun(nxt)):
            total += 2
        else:
            if first and w == "مع":
                q = read_quantity(words, j + 1)
                if q is not None and (q.value is None or q.vague):
                    return Quantity(None, True, start, q.end)  # "مع عشرات من مرافقيه"
                if q is not None and q.end < hi and words[q.end] == "من" and total == n:
                    return Quantity(n + q.value, False, start, q.end)  # "مقتله مع ثلاثة من مرافقيه"
            if not first and nxt.isalpha() and total > n and not bare_in(nxt, _ANY_READ):
                return Quantity(None, True, start, j + 1)  # "مع شقيقه وعناصر أخرى"
            break
        j += step
        first = False
    return Quantity(total, False, start, j)
