"""Casualty counts: the victims a kill verb's grammar names.

The object told after an active kill verb's subject ("قتل مسلحون 4 جنود"، "قتلت ألغام زرعها المسلحون ...
مزارعا"), and the one person who is the subject of a singular kill verb in the passive ("إن راعياً، في الـ40 من
عمره، قتل"، "وكان شاب فلسطيني قد قتل بنيران الجنود"، "أنه قتل في المعارك").
"""

from __future__ import annotations

from marsad.agent.dates import DAY_NAMES
from marsad.agent.numbers import Quantity, is_single_person, read_quantity
from marsad.agent.offline import rules
from marsad.agent.offline.casualties_companions import (
    _COMPANION_PLURALS,
    _OBJECT_PERSONS,
    _men_of_one,
    _with_companions,
)
from marsad.agent.offline.casualties_words import (
    _ANY_READ,
    _ATTACKERS,
    _GIVEN_NAMES,
    _MILITANT_WORDS,
    _NAME_REACH,
    _NAME_STOPS,
    _SINGLE_PERSONS,
    _TERRORIST_NOUNS,
    _dual_by_number,
    _dual_noun,
    _one_person,
    title_victim,
)
from marsad.agent.offline.context import bare_in

_THAT_REACH = 12

_PASSIVE_AFTER = rules.words("casualties", "passive_after")
"""Words after "قتل" that make it the passive ("قُتل بعد إصابته"، "قتل برصاص"), not "killed someone"."""

_ACTIVE_KILL = rules.words("casualties", "active_kill_verbs") | rules.words("casualties", "execution_verbs")

_OTHER_OBJECT_VERBS = rules.words("casualties", "other_object_verbs")
"""Verbs coordinated after a kill verb whose object the following count is ("قتل واعتقل 16"، "قتل وخطف 5")."""
_SUBJECT_REACH = int(rules.number("casualties", "subject_reach"))
_MEN_REACH = 5
"""How many words farther than :data:`_SUBJECT_REACH` one man and his men may stand as the object."""
"""How far an active kill verb's object may stand after it, past its subject and the subject's relative clause and
place ("قتلت ألغام زرعها المسلحون في الطرق الزراعية بالمحافظة مزارعا")."""
_NOT_OBJECT_PERSONS = _TERRORIST_NOUNS | _ATTACKERS | _MILITANT_WORDS | rules.words("casualties", "attacker_side_words")


OBJECT_FEMININE_NAME = True
"""Module switch (A/B measurement): the object of an active kill verb told after its subject is also one victim when
it is a feminine singular person noun, which has no accusative alif ("قتلت الميليشيات امرأة بشظايا قذيفة"), or a
person named with no title ("قتلت القوات فجر أمس سامي الخطيب"); names joined by و count one each ("قتل الجاني كلا من
سامي وفادي" = 2)."""


def _named_object(words: list[str], y: int) -> Quantity | None:
    """A person named with no title as a kill verb's object: a given name followed by a name word (not a particle,
    not after a title or "بن"/"أبو"); further given names joined by و ("سامي وفادي") count one each."""
    if words[y] not in _GIVEN_NAMES or y + 1 >= len(words) or (y > 0 and (
            words[y - 1].startswith("ال") or words[y - 1] in {"بن", "ابن", "ابو", "ام", "بنت"})):
        return None
    n, j = 1, y + 1
    while j < len(words) and words[j].startswith("و") and words[j][1:] in _GIVEN_NAMES:
        n, j = n + 1, j + 1  # "سامي وفادي"
    if n == 1 and not (j < len(words) and words[j].isalpha() and words[j] not in _NAME_STOPS
                       and not words[j].startswith("و")):
        return None  # a given name alone, or followed by a particle: not read as a person here
    return Quantity(n, False, y, j + 1 if n == 1 else j)


def _listed_persons(words: list[str], y: int) -> Quantity | None:
    """The persons listed after "كل من" ("قتل كلا من سامي وفادي ابني جاره"): one more for each item opened by و
    before a particle or a break, when the list opens with a given name."""
    if y >= len(words) or words[y] not in _GIVEN_NAMES:
        return None
    n, j = 1, y + 1
    while j < min(len(words), y + _LIST_REACH) and words[j].isalpha() and words[j] not in _NAME_STOPS:
        if words[j].startswith("و") and len(words[j]) > 2:
            if LIST_STOP and words[j][1:] in _LIST_STOPS:
                break  # "كل من خالد وعادل ابني سالم، وذلك بإطلاق النار": the list ends, a new clause opens
            n += 1
        j += 1
    return Quantity(n, False, y, j)


_LIST_REACH = 8
LIST_STOP = True
"""Module switch (A/B measurement): a particle, pronoun or auxiliary opened by و after a "كل من" list ("وذلك"،
"وهو"، "وقد") ends the list; before, it was counted as one more person listed ("كل من خالد وعادل ابني سالم الحربي،
وذلك بإطلاق النار" = 3)."""
_LIST_STOPS = rules.words("casualties", "list_stops")


def _passive_victim(w: str) -> bool:
    """True when the word after a kill verb is itself a person (a title: "القيادي"، "زعيمهم"): the verb is the
    passive and that person its victim, so a name after it is theirs, not an object's."""
    v = w[2:] if w.startswith("ال") else w
    stems = [v] + [v[:-len(p)] for p in ("هم", "ها", "ه") if v.endswith(p) and len(v) > 4]
    return any(_one_person(t) or t in _TITLE_HEADS or "ال" + t in _TITLE_HEADS for t in stems) \
        or (w.startswith("ال") and w.endswith("ي") and not w.endswith("يي"))  # "القيادي"، "المسؤول" as a title


_TITLE_HEADS = rules.words("casualties", "title_heads") | rules.words("actors", "ranks") \
    | rules.words("actors", "royal_titles")


_NEW_OBJECT_REACH = 5
"""How far after the subject's first word a feminine or named object may stand ("قتلت قوات الاحتلال فجر أمس سامي")."""


def _object_person(words: list[str], y: int, subject: int | None = None) -> Quantity | None:
    """One victim named as the object after a kill verb's subject: a singular person noun in the accusative
    ("مزارعا"، "مواطنا") or a definite one followed by a given name ("المواطن أحمد ..."); militants and attackers are
    not read (an operation's result)."""
    w = words[y]
    if OBJECT_FEMININE_NAME and not w.startswith("ال") and subject is not None and y - subject <= _NEW_OBJECT_REACH \
            and not _passive_victim(words[subject]) \
            and _GIVEN_NAMES.isdisjoint(words[subject:y]):
        if w.endswith("ه") and len(w) > 3 and _one_person(w) and w not in _NOT_OBJECT_PERSONS:
            return Quantity(1, False, y, y + 1)  # "قتلت الميليشيات امرأة"
        named = _named_object(words, y)
        if named is not None:
            return named  # "قتلت القوات فجر أمس سامي الخطيب"
    if subject is not None and y - subject <= _NEW_OBJECT_REACH and not _passive_victim(words[subject]) \
            and title_victim(words, y, len(words), words[subject]) == "title":
        return Quantity(1, False, y, y + 1)  # "قتل مسلحون مختار القرية" (casualties_words.TITLE_VICTIM)
    if w.startswith("ال"):
        if y + 1 < len(words) and words[y + 1] in _GIVEN_NAMES and _one_person(w[2:]) \
                and w not in _NOT_OBJECT_PERSONS:
            return Quantity(1, False, y, y + 2)
        return None
    if w.endswith("ا") and len(w) > (3 if SHORT_OBJECT else 4) and _one_person(w) and w not in _NOT_OBJECT_PERSONS \
            and w[:-1] not in _NOT_OBJECT_PERSONS:
        return Quantity(1, False, y, y + 1)
    return None


SHORT_OBJECT = True
"""Module switch (A/B measurement): a person noun of three letters in the accusative is one victim too ("قتل مسلحون في
السوق طفلا"، "رجلا"، "شابا"), as the longer ones ("مزارعا")."""


PLACE_NOT_OBJECT = True
"""Module switch (A/B measurement): the word after a preposition is no person object of a kill verb: "قتل في سوريا أمس
5 جنود" reads the 5 (a country's name in -يا is no accusative nisba "a Syrian" = 1 victim there)."""
_PREPOSITIONS = frozenset({"في", "الي", "من", "علي", "عن", "قرب"})

OBJECT_TRADES = True
"""Module switch (A/B measurement): a kill verb's counted object told after its subject may be people of a trade or
a state ("قتل مسلحون مجهولون 4 رعاة"، "قتلت العصابة ثلاثة مزارعين"), not only the person nouns of
``object_persons``; and a plural told with the number two after it ("قتل قناص مدنيين اثنين") is two. Before, the
victims were no count and the killing gave no record."""


NISBA_AFTER_ELEVEN = True
"""Module switch (A/B measurement): after a number of eleven or more, the people's nisba is a singular accusative
("أعدم المسلحون 14 سوريا"، "قتل القناصة 23 يمنيا"), counted as the plural nisba after ten or fewer ("5 عراقيين").
Before, the count was not read and the killing had no toll (or no record)."""


def _singular_nisba_count(q: Quantity, w: str) -> bool:
    """True for a people's nisba in the singular accusative ("عراقيا"، "مصريا") after a count of 11 or more
    (:data:`NISBA_AFTER_ELEVEN`): Arabic counts 11-99 with a singular noun."""
    return NISBA_AFTER_ELEVEN and q.value is not None and q.value >= 11 and w.endswith("يا") and len(w) > 4 \
        and not w.startswith("ال")


def _object_after_subject(words: list[str], x: int, hi: int, dated: set[int]) -> Quantity | None:
    """The victims' count after the subject of an active kill verb ("قتلت عبوة ناسفة زرعتها الميليشيا، الثلاثاء،
    ثلاثة مدنيين"، "قتل مسلحون 4 جنود"): a number within a few words, not a date's, followed by a person noun (or a
    people's nisba plural), or one person named as the object ("قتل لغم آخر بمنطقة الوادي المواطن أحمد"، "قتلت
    ألغام زرعها المسلحون ... مزارعا"), with no other casualty word or coordinated clause between ("قتلت قوات الأمن
    مسلحا واعتقلت 13 آخرين": an accusative right after the verb is its one object, and 13 were arrested)."""
    if words[x].endswith("ا") and len(words[x]) > 3 and not words[x].startswith("ال"):
        return None
    if bare_in(words[x], _OTHER_OBJECT_VERBS):
        return None  # "قتل واعتقل 16 شخصا": the 16 are the arrest verb's object
    for y in range(x + 1, min(hi, x + _SUBJECT_REACH + _MEN_REACH)):
        if bare_in(words[y], _ANY_READ) or (words[y].startswith("و") and len(words[y]) > 3):
            return None
        if y in dated:
            continue
        q = read_quantity(words, y)
        if y >= x + _SUBJECT_REACH:  # farther, only one man and his men ("قتلت الغارة التي نفذتها طائرات ...
            # أمس القيادي فلان و6 من مرافقيه")
            if q is not None and q.value is not None and q.end < len(words) and _men_of_one(words, q):
                return Quantity(q.value + 1, False, q.start, q.end + (2 if words[q.end] == "من" else 1))
            continue
        if q is None:
            if PLACE_NOT_OBJECT and words[y - 1] in _PREPOSITIONS:
                continue  # "قتل في تركيا أمس": a place, not "a Turk"
            if y + 1 < hi and words[y].endswith("ي") and _dual_noun(words[y]):
                return Quantity(2, False, y, y + 1)  # "قتل الحزب ضابطي شرطة": the construct dual before its noun
            if OBJECT_TRADES and _dual_by_number(words, y) and words[y] not in _NOT_OBJECT_PERSONS:
                return Quantity(2, False, y, y + 2)  # "قتل قناص مدنيين اثنين"
            one = _object_person(words, y, x)
            if one is not None:
                return _with_companions(words, 1, one.start, one.end, hi)  # "مزارعا وزوجته" = 2
            continue
        if q.value is None or q.end >= len(words):
            return None
        if _men_of_one(words, q):  # "قتلت الغارة ... القيادي فلان و6 من مرافقيه" = 7, "قتل في غارة مع اثنين من
            # حراسه" = 3: the man told before his men is one more victim
            return Quantity(q.value + 1, False, q.start, q.end + (2 if words[q.end] == "من" else 1))
        if q.end == y + 1 and _dual_noun(words[y]):
            return q  # "قتل المتمردون جنديين": the dual noun is its own count
        nxt = words[q.end]
        if bare_in(nxt, _OBJECT_PERSONS) or is_single_person(nxt) or nxt in _SINGLE_PERSONS \
                or (nxt.endswith("يين") and len(nxt) > 4) or OBJECT_TRADES and bare_in(nxt, _COMPANION_PLURALS) \
                or _singular_nisba_count(q, nxt):
            return q  # ("قتل مسلحون 4 رعاة": people of a trade)
        return None
    return None


_WAS = rules.words("casualties", "was_words")


def _was_subject(words: list[str], x: int, k: int) -> bool:
    """True when the word at ``x`` is the subject of "كان ... قد" and the kill verb at ``k`` is the passive: "وكان
    شاب فلسطيني قد قتل بنيران الجنود" ("وكان شاب قد قتل والده" is active: not read)."""
    return x > 0 and words[x - 1] in _WAS and words[k - 1] == "قد" and k + 1 < len(words) \
        and words[k + 1] in _PASSIVE_AFTER


WAS_DEFINITE = True
"""Module switch (A/B measurement): the subject of "كان ... قد" + a passive kill verb may be a definite person noun
("وكان المصور قد قتل برصاص مجهولين"، "وكانت الممرضة الشابة قد قتلت برصاصة") and the verb may be followed by a
bullet, a stab or a weekday ("قد قتل الأحد برصاص"), with no count in the words after the verb (one person killed;
before, only an indefinite subject was read, and the death was dropped as one with no count)."""
_WAS_PASSIVE_MORE = rules.words("casualties", "was_passive_after") | DAY_NAMES


def _was_definite_subject(words: list[str], x: int, k: int) -> bool:
    """True for a definite person noun at ``x`` that is the subject of "كان ... قد" with a passive kill verb at ``k``
    told with no count after it (:data:`WAS_DEFINITE`)."""
    w = words[x]
    if not (WAS_DEFINITE and x > 0 and words[x - 1] in _WAS and words[k - 1] == "قد" and k + 1 < len(words)):
        return False
    if not (_one_person(w) or (w.startswith("ال") and _one_person(w[2:]))) or w in _NOT_OBJECT_PERSONS:
        return False
    if words[k + 1] not in _PASSIVE_AFTER and words[k + 1] not in _WAS_PASSIVE_MORE:
        return False
    return not any(read_quantity(words, y) for y in range(k + 1, min(len(words), k + 8)))


DEFINITE_SUBJECT = True
"""Module switch (pass 62, recall62, its tests): a definite person noun after "أن/إن" is the subject of a singular kill
verb in the passive told after it ("قال المصدر إن الطفلة قتلت برصاص قناص"، "أكدت الشرطة أن الشاب قتل في انفجار
عبوة"): one killed, as the indefinite subject ("إن شابا قتل") and the definite one of "كان ... قد" (:data:`WAS_DEFINITE`)
are. Only with a passive cue right after the verb and no count after it ("أن الشاب قتل شقيقه" is active: not read).
Before, the death had no count and, with no attack word of its own, no record."""


def _person_subject(words: list[str], k: int) -> int | None:
    """Where "أن" (or "كان ... قد") + one person noun stands as the subject of a singular kill verb at ``k`` (≤ 8
    words back)."""
    for x in range(k - 1, max(0, k - 9), -1):
        w = words[x]
        if bare_in(w, _ANY_READ):
            return None
        if _one_person(w) and x > 0 and words[x - 1] in {"ان", "بان", "وان"}:
            return x
        if _one_person(w) and _was_subject(words, x, k):
            return x  # "وكان شاب فلسطيني قد قتل بنيران الجنود": the subject of "كان ... قد" before the verb
        if _was_definite_subject(words, x, k):
            return x  # "وكان المصور الشاب قد قتل الأحد برصاص مجهولين"
        if DEFINITE_SUBJECT and w.startswith("ال") and _one_person(w[2:]) and w not in _NOT_OBJECT_PERSONS \
                and x > 0 and words[x - 1] in {"ان", "بان", "وان"} and k + 1 < len(words) and _passive_alone(words, k):
            return x  # "وقال المصدر إن الطفلة قتلت برصاص قناص" (DEFINITE_SUBJECT)
        if w in _GIVEN_NAMES and k - x <= _NAME_REACH and _passive_alone(words, k) \
                and all(v.isalpha() and v not in _NAME_STOPS for v in words[x:k]) \
                and any(v in {"ان", "بان", "وان"} for v in words[max(0, x - _THAT_REACH):x]):
            # "أن سامي قاسم قتل"، "إن القيادي رامي العطار قتل في ضربة": a named subject
            # ("أن أحمد قتل شقيقه" is active: not read)
            return x
    if k > 0 and words[k - 1] in {"انه", "بانه", "وانه", "انها", "بانها", "وانها"} and _passive_alone(words, k):
        return k - 1  # "أنه قتل في المعارك" ("أنه قتل في الهجوم 5 أشخاص" tells a number: not read)
    return None


def _passive_alone(words: list[str], k: int) -> bool:
    """True when "قتل" at ``k`` is the passive with no count after it: a passive cue next ("قتل بعد إصابته"،
    "قتل في المعارك") and no number in the next words ("أنه قتل في الهجوم 5 أشخاص" counts the 5)."""
    if k + 1 < len(words) and words[k + 1] not in _PASSIVE_AFTER:
        return False
    return not any(read_quantity(words, y) for y in range(k + 1, min(len(words), k + 8)))
