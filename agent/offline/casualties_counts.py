"""Casualty counts: the count beside a casualty word (:func:`_quantity_near`).

After the word ("مقتل 13 شرطيا"، "أودت بحياة 5"، "قتل فلسطينيان"), a counted noun's number ("62 قتيلا"), or read
back to the subject before a verb ("13 عنصرا ... قتلوا"، "ثلاثة عشر شخصا قتلوا" = 13), with the checks of the
modules before it (companions, the verb's object, what is no toll, parts).
"""

from __future__ import annotations

from marsad.agent.dates import DAY_NAMES
from marsad.agent.numbers import Quantity, is_single_person, read_quantity
from marsad.agent.offline import casualties_subjects, casualties_updates, rules
from marsad.agent.offline.casualties_companions import (
    _OTHERS_WORDS,
    _PLURAL_COMPANIONS,
    _his_men,
    _men_of_one,
    _others_after,
    _with_companions,
)
from marsad.agent.offline.casualties_excluded import _TOLL_NOUNS, _attacker_shot_dead, _captured, _mixed_with_attackers
from marsad.agent.offline.casualties_partial import _range_low, _summed, _total_after_part
from marsad.agent.offline.casualties_subjects import _ACTIVE_KILL, _object_after_subject
from marsad.agent.offline.casualties_words import (
    _ANY_READ,
    _ATTACKERS,
    _GIVEN_NAMES,
    _HIT_VERBS,
    _INJURED_READ,
    _KILLED_READ,
    _MILITANT_WORDS,
    _NOT_CASUALTY_UNITS,
    _ONE_OF_THEM,
    _SHOT_DEAD,
    _SINGLE_COUNTED,
    _SINGLE_PERSONS,
    _TERRORIST_NOUNS,
    COUNTED_NOUNS,
    INJURED,
    _and_cut,
    _dual_by_number,
    _dual_noun,
    _one_person,
    _terrorists_counted,
    _vague_rest,
    title_victim,
)
from marsad.agent.offline.context import bare, bare_in, past_dates
from marsad.agent.offline.vocab import KILLED

_LIFE = rules.words("casualties", "life")

_YEAR_CUES = rules.words("casualties", "year_cues")

_FILLERS = rules.words("casualties", "fillers")

_HIT_OBJECTS = rules.words("casualties", "hit_objects")

HIT_COUNT_HEDGED = True
"""Module switch (A/B measurement): a hit verb's count followed by "على الأقل" ("وأصابوا 4 على الأقل") or the one
person "واحدا" after it ("وأصاب واحدا بجروح") counts the people hit, as a count followed by a person noun does."""
_AT_LEAST = rules.words("casualties", "at_least")
_HIT_ONE = rules.words("casualties", "hit_one")

_ONE_MORE = rules.words("casualties", "one_more")
"""A second casualty kind counted as one more person: "قتل جنديان وأصيب آخر"، "وإصابة ثالث"."""
_TWO_MORE = rules.words("casualties", "two_more")

_DUAL_VERBS = rules.words("casualties", "dual_verbs")
"""Dual verbs after their subject ("إن مدنيين قتلا"): the subject in -ين is the dual, two people."""

_DIED_DUALS = rules.words("casualties", "died_duals")
"""The dual of "قضى" ("شابين قضيا"): a death only before a place, a cause or a time after ("قضيا في غارة"، "قضيا
برصاص"، "قضيا بعد أيام"، "قضيا نحبهما"); before a span ("قضيا عامين في السجن") it spends time and counts nothing."""
_DIED_DUAL_NEXT = rules.words("casualties", "died_dual_next")

_HEDGES = rules.words("casualties", "hedges")

TITLE_OTHERS = True
"""Module switch (A/B measurement): one man told by a definite title right after a casualty word and others counted
after him ("مقتل القيادي مع 9 آخرين" = 10, "قتل القيادي فلان و12 من مرافقيه" = 13) is counted with them; before,
the masdar gave no count and the verb read the others as its object (12)."""

COUNTED_MIXED = True
"""Module switch (A/B measurement): a number before a counted noun ("14 قتيلا") said to hold the attackers
("بينهم المهاجمون الستة"، "معظمهم من الانتحاريين") is no count of victims, as it is after a casualty verb."""

COMPANIONS_AFTER_VERB = True
"""Module switch (A/B measurement): "مع" right after a casualty verb counts its subject told before it with the
companions after it ("قتل مع 4 من مرافقيه" = 5), not the four alone."""


VAGUE_COMPANY_LATER = True
"""Module switch (A/B measurement) of :func:`_vague_company_after`."""
_COMPANY_REACH = 14


def _vague_company_after(words: list[str], at: int) -> int | None:
    """The end of a vague company told after one victim and its complement ("مقتل أحد ضباطها الكبار في جبهة
    البلدة (شرق النهر)، مع عدد من حراسه"): "مع" and a vague number ending in "من" before any other casualty word.
    One victim plus a vague number is no count (guidelines D-20); None when no such company follows."""
    if not VAGUE_COMPANY_LATER:
        return None
    q = _company_after(words, at)
    return q.end if q is not None and _vague_rest(words, q) else None


MEN_COMPANY_LATER = True
"""Module switch (A/B measurement) of :func:`_men_company_after`."""


def _company_after(words: list[str], at: int) -> Quantity | None:
    """The number told after the first "مع" within reach of ``at``, before any other casualty word; None when no
    such "مع" and number follow."""
    for y in range(at, min(len(words), at + _COMPANY_REACH)):  # (past the frame: a parenthesis may end it)
        if bare_in(words[y], _ANY_READ):
            return None
        if words[y] == "مع":
            return read_quantity(words, y + 1)
    return None


def _men_company_after(words: list[str], at: int) -> Quantity | None:
    """One victim told by "أحد" and his men counted after his complement, past a comma ("مقتل أحد قادة الجماعة في
    غارة على بلدة كذا، مع 5 من مرافقيه" = 6، "مع 3 آخرين" = 4): the man and the others, as :func:`_leader_and_men` counts them when
    nothing stands between. None when no "مع" and a count of one person's men follow."""
    if not MEN_COMPANY_LATER:
        return None
    q = _company_after(words, at)
    if q is None or q.value is None or q.vague or q.end >= len(words):
        return None
    if _his_men(words, q.end):
        return Quantity(q.value + 1, False, q.start, q.end + 2)
    if words[q.end] in _OTHERS_WORDS:
        return Quantity(q.value + 1, False, q.start, q.end + 1)  # "، مع 3 آخرين"
    return None


_LEADERS = rules.words("casualties", "title_heads")
"""One person's title ("قيادي"، "قائد"، "زعيم"، "مسؤول"): a leader told with his men after him."""
_LEADER_REACH = 7


def _leader_and_men(words: list[str], x: int, hi: int, dated: set[int], breaks: set[int]) -> Quantity | None:
    """A leader's title right after a casualty word and his men counted after its complement ("مقتل قيادي في
    التنظيم و7 من مرافقيه" = 8، "مقتل قائد اللواء مع 3 من حراسه" = 4): the man and his men. The complement holds
    words only (no number, date, clause, casualty word or group joined by و). A militant's title ("قيادي في
    التنظيم") marks the count as militants' (start < 0), as "9 من عناصر داعش" is."""
    for y in range(x + 1, min(hi, x + 1 + _LEADER_REACH)):
        w = words[y]
        q = None
        if w in {"و", "مع"}:
            q = read_quantity(words, y + 1)
            if q is None or not _men_of_one(words, q) or words[x].startswith("ال") and not _his_men(words, q.end):
                return None  # ("مقتل القيادي مع 9 آخرين": a definite title's others, read by TITLE_OTHERS)
        elif w.startswith("و") and len(w) > 3:
            q = read_quantity(_and_cut(words, y), y)
            if q is None or q.value is None or q.vague or not _his_men(words, q.end):
                return None  # "وثلاثة من مرافقيه": the men joined by و in one word
        elif y in breaks or y in dated or not w.isalpha() or bare_in(w, _ANY_READ):
            return None
        if q is not None:
            end = q.end + (2 if words[q.end] == "من" else 1)
            militant = any(b in _MILITANT_WORDS or b in _TERRORIST_NOUNS for v in words[x:y] for b in bare(v))
            return Quantity(q.value + 1, False, -1 - x if militant else x, end)
    return None


NAMED_SUBJECT_OBJECT = True
"""Module switch (pass 64, review finding 30 of pass 63): a definite person noun with a name after it, right after an
active kill verb and followed by a counted object ("قتل الشرطي سامر العلي مسلحين اثنين"، "قتل الحارس فادي الحسن
ثلاثة لصوص"), is the verb's subject: the count is its object's (none for militants, an operation's result), not one
for the named man, as :data:`SUBJECT_THEN_OBJECT` reads an indefinite person ("قتل قناص مدنيين اثنين"). Passive
readings ("قتل الشرطي سامر العلي برصاص مسلحين") keep their one."""
_AGE_WORDS = frozenset({"عاما", "عام", "سنه", "سنوات"})
_OWN_DEATH = frozenset({"يقتل", "يلقي", "يستشهد", "قتل", "لقي", "استشهد"})


def _own_death_after(words: list[str], start: int, hi: int) -> bool:
    """Whether the subject's own death is told a few words after his object ("... قبل أن يقتل"، "ثم قتل")."""
    for i in range(start, min(hi, start + 4)):
        if words[i] in _OWN_DEATH and (words[i - 1] in {"ان", "ثم"} or words[i - 1] == "قبل"):
            return True
    return False


SUBJECT_THEN_OBJECT = True
"""Module switch (A/B measurement): one person told right after an active kill verb and followed by a counted object
of two or more is the verb's subject, not its victim ("قتل قناص مدنيين اثنين" = 2, "قتل مسلح 3 حراس"); before, the
subject was read as the one killed. A verb with no counted object after its person ("قتل جندي في الهجوم"، "قتلت أم
يمنية مع طفلها": a nisba after the person, no object) keeps its reading."""


def _quantity_near(words: list[str], k: int, lo: int, hi: int, dated: set[int], breaks: set[int],
                   militants_before: bool = False) -> Quantity | None:
    """A quantity just after a casualty word (or a number + noun just before it: "13 عنصرا ... قتلوا").

    A counted noun ("62 قتيلا"، "3200 جريح") takes the number right before it. Militants counted before the verb
    are read (marked, start < 0) only with ``militants_before`` (a strike's frame), else not at all.
    """
    if words[k] in _DIED_DUALS and not (k + 1 >= len(words) or words[k + 1] in _DIED_DUAL_NEXT
                                        or words[k + 1].startswith("ب") and read_quantity(words, k + 1) is None):
        return None  # "قضيا عامين في السجن": the verb of spending time, no death
    if bare_in(words[k], COUNTED_NOUNS) and k > 0:
        q = read_quantity(words, k - 1)
        if q is not None and q.end == k and (k - 1) not in dated:
            if k + 1 < len(words) and words[k + 1].startswith("و") and words[k + 1][1:] in COUNTED_NOUNS \
                    and words[k + 1][1:] != words[k]:
                return Quantity(None, True, q.start, k + 2)  # "70 قتيلا وجريحا": one figure for both kinds
            if COUNTED_MIXED and _mixed_with_attackers(words, k + 1, len(words)):
                return Quantity(None, True, q.start, q.end)  # "14 قتيلا بينهم المهاجمون الستة": no victims' count
            return q
        if k - 2 >= lo and k > lo:
            q = read_quantity(words, k - 2)
            if q is not None and q.end == k - 1 and words[k - 1] in {"من", "اخرين"}:
                return q
    if words[k] in _SINGLE_COUNTED and not (k > 0 and (words[k - 1] in {"بين", "علي"} or read_quantity(words, k - 1))) \
            and _SHOT_DEAD.isdisjoint(words[max(0, k - 4):k]) and not _attacker_shot_dead(words, k) \
            and not (k + 1 < len(words) and words[k + 1].startswith("و") and bare_in(words[k + 1], _TOLL_NOUNS)):
        return Quantity(1, False, k, k + 1)  # "أوقع قتيلا وخمسة جرحى"، not "بين قتيل وجريح"
    if k > 0 and words[k - 1] == "بين" and (words[k] in _SINGLE_COUNTED
                                            or casualties_updates.COMBINED_UPDATE and words[k] in COUNTED_NOUNS
                                            and k + 1 < len(words) and words[k + 1].startswith("و")):
        # ("60 شخصا بين جريح وقتيل": the injured told first)
        q = read_quantity(words, k - 2) if k > 1 else None
        if q is None and k > 2:
            q = read_quantity(words, k - 3)
        if q is not None:
            return Quantity(None, True, q.start, k)  # "60 بين قتيل وجريح": one figure for both kinds
    hit = bare_in(words[k], _HIT_VERBS)
    own_kind = _INJURED_READ if bare_in(words[k], _INJURED_READ) else _KILLED_READ
    first = k + 1
    closing = -1  # the comma that closes a day told right after the verb
    skip = _subject_before_life(words, k, hi, dated, breaks)
    if skip is not None:
        first = skip  # "وأودى الانفجار الضخم بحياة 27 شخصا": the count after "بحياة", past the verb's subject
    for x in range(k + 1, min(hi, max(k + 7, (skip or 0) + 5))):
        if skip is not None and x < skip:
            continue
        if words[x] in _LIFE or words[x] in _FILLERS:
            first = x + 1 if x == first else first
            continue  # "أودت بحياة 5"، "قتل فيها 3"
        if _day_after_verb(words, x, first, dated):
            first, closing = x + 1, x + 1
            continue  # "أودى الثلاثاء بحياة شرطيتين"، "قتل، الاثنين، 5 جنود"
        if SPAN_AFTER_VERB and x == first and words[x] in _SPAN_HEADS and x in dated and x + 1 in dated:
            first = x + 1
            first = past_dates(dated, first, hi)
            continue  # "وقتل قبل يومين 6 أشخاص": a time span before the count, as a day's word
        if SPAN_AFTER_VERB and k < x < first:
            continue
        if (x in breaks and x != closing) or x in dated or bare_in(words[x], _ANY_READ):
            break
        q = read_quantity(words, x) or _range_low(words, x)
        if q is not None and q.value == 1 and x == first and words[x] in {"احد", "احدي"}:
            later = _vague_company_after(words, q.end + 1)
            if later is not None:  # "مقتل أحد ضباطها في جبهة كذا (...)، مع عدد من حراسه": no count (D-20)
                return Quantity(None, True, x, later)
            men = _men_company_after(words, q.end + 1)
            if men is not None:  # "مقتل أحد قادة الجماعة في غارة على بلدة كذا، مع 5 من مرافقيه" = 6
                return Quantity(men.value, False, x, men.end)
        if x == first and words[x] in _ALL_WORDS:
            every = _all_counted(words, x)
            if every is not None:
                return every  # "مقتل جميع من كانوا داخل العربة وعددهم 5": the count told after "عددهم"
        if casualties_subjects.OBJECT_FEMININE_NAME and x == first and words[x] in {"كل", "كلا"} \
                and x + 2 < len(words) and words[x + 1] == "من":
            named = casualties_subjects._listed_persons(words, x + 2)
            if named is not None:
                return named  # "قتل كل من سامي وفادي": the persons named, one each
        if q is None and x == first and (_dual_noun(words[x]) or _dual_by_number(words, x)):
            # "قتل فلسطينيان"، "مقتل رجلين"، "قتل مشجعان"، "مقتل مسعفتين"، "مقتل مدنيين اثنين"
            q = Quantity(2, False, x, x + 2 if _dual_by_number(words, x) else x + 1)
        if q is None:
            if x == k + 1 and words[x] in _ONE_OF_THEM:
                return Quantity(1, False, x, x + 1)  # "أصاب أحدهم"
            if HIT_COUNT_HEDGED and hit and x == first and words[x] in _HIT_ONE:
                return Quantity(1, False, x, x + 1)  # "وأصاب واحدا بجروح خطرة"
            if SUBJECT_THEN_OBJECT and x == first and bare_in(words[k], _ACTIVE_KILL) and _one_person(words[x]) \
                    and not words[x].endswith("ا"):
                obj = _object_after_subject(words, x, hi, dated)
                if obj is not None and obj.value is not None and obj.value > 1 and not obj.vague \
                        and (read_quantity(words, obj.start) is not None or _dual_by_number(words, obj.start)) \
                        and not _terrorists_counted(words, obj.end):
                    return obj  # "قتل قناص مدنيين اثنين": the one person is the verb's subject, its victims after it
            if NAMED_SUBJECT_OBJECT and x == first and words[x].startswith("ال") and bare_in(words[k], _ACTIVE_KILL) \
                    and _one_person(words[x][2:]) and x + 1 < hi and words[x + 1] in _GIVEN_NAMES:
                e = x + 2  # past the name: its words up to a count ("أحمد الخطيب مسلحين اثنين")
                while e < min(hi, x + 4) and words[e].isalpha() and words[e][0] not in "وب" \
                        and read_quantity(words, e) is None and not _dual_by_number(words, e) \
                        and not bare_in(words[e], _ANY_READ):
                    e += 1
                conjoined = e < hi and words[e][0] in "وف"  # "قتل الشاب فلان وثلاثة من أقاربه": victims, no object
                counted = read_quantity(words, e) if e < hi and e not in breaks and e not in dated and not conjoined \
                    else None
                if counted is not None and counted.end < len(words) and words[counted.end] in _AGE_WORDS:
                    counted = None  # "سامر العلي 25 عاما": his age
                if counted is not None or e < hi and e not in breaks and not conjoined and _dual_by_number(words, e):
                    # "قتل الشرطي سامر العلي مسلحين اثنين": the named man is the subject, its object the dead (none
                    # for militants, an operation's result)
                    obj = _object_after_subject(words, e - 1, hi, dated)
                    if obj is not None and obj.value is not None and not obj.vague and not _terrorists_counted(words, obj.end):
                        return obj
                    if not _own_death_after(words, obj.end if obj is not None else e + 1, hi):
                        return None
                    # "قتل الشرطي فلان ثلاثة مسلحين قبل أن يقتل": his own death, read as before (one)
            if x == first and (_one_person(words[x]) or words[x].startswith("ال") and _one_person(words[x][2:])
                               or KIN_VICTIM and words[x] in _KIN_WORDS and k > 0 and words[k - 1] == "علي"):
                # ("أقدم على قتل والده": one relative, told with the pronoun)
                # "مقتل مدرس وزوجته"، "مقتل المواطن فلان": one person (and the companions named after them)
                return _with_companions(words, 1, x, x + 1, hi, own_kind)
            if x == k + 1 and words[x] in _ONE_MORE | _TWO_MORE and (
                    words[k].startswith("و") or k > 0 and words[k - 1] == "كما"):
                return Quantity(2 if words[x] in _TWO_MORE else 1, False, x, x + 1)  # "قتل جنديان وأصيب آخر"
            if x == k + 1 and words[x] in {"احد", "احدي"} and x + 1 < hi:
                return Quantity(1, False, x, x + 2)  # "مقتل أحد المنتسبين"
            if COMPANIONS_AFTER_VERB and x == first and words[x] == "مع":
                q = _with_companions(words, 1, x, x, hi, own_kind)
                if q.end > x:  # "أن القيادي فلان قتل مع 4 من مرافقيه"، "قتل مع 6 آخرين": the subject and the others
                    return q
            if TITLE_OTHERS and x == first and words[x].startswith("ال") and casualties_subjects._passive_victim(words[x]) \
                    and not any(b in _TERRORIST_NOUNS or b in _ATTACKERS for b in bare(words[x]) + bare(words[x][2:])):
                others = _others_after(words, x + 1, hi, own_kind)
                if others is not None and others.value is not None and not others.vague:
                    return Quantity(1 + others.value, False, x, others.end)  # "مقتل القيادي مع 9 آخرين" = 10
            if x == first and bare_in(words[x], _LEADERS):
                men = _leader_and_men(words, x, hi, dated, breaks)
                if men is not None:
                    return men  # "مقتل قيادي في التنظيم و7 من مرافقيه" = 8
            if x == first and (kind := title_victim(words, x, hi, lo=lo)) is not None and not (
                    bare_in(words[k], _ACTIVE_KILL) and _object_after_subject(words, x, hi, dated) is not None):
                # "قتل مدير الناحية برصاص مسلحين"، "مقتل والد الطفل على أيدي مسلحين": one victim (TITLE_VICTIM; "قتل
                # قائد الشرطة ثلاثة مسلحين": the title is the subject of its counted object, read below)
                if _vague_company_after(words, x + 1) is not None or any(
                        t.startswith("و") and t[1:] in _PLURAL_COMPANIONS for t in words[x + 1:x + 4]):
                    break  # "مقتل مدير الناحية مع عدد من حراسه"، "مصرع قائد ومرافقيه": no count (D-20)
                men = _men_company_after(words, x + 1)
                if kind == "militant":
                    return Quantity(1 if men is None else men.value, False, -1 - x, x + 1 if men is None else men.end)
                return men or _with_companions(words, 1, x, x + 1, hi, own_kind)
            if x == first and bare_in(words[k], _ACTIVE_KILL):
                obj = _object_after_subject(words, x, hi, dated)
                if obj is not None and not _terrorists_counted(words, obj.end):
                    # (militants killed by the verb's subject are an operation's result, read as before)
                    if casualties_subjects.PLACE_NOT_OBJECT and obj.value is not None and not obj.vague \
                            and obj.end - obj.start == 1 and read_quantity(words, obj.start) is not None:
                        # "قتل في سوريا أمس 5 جنود وضابط" = 6: the parts after a counted object, as after the verb
                        return _summed(words, obj, hi, KILLED if own_kind is _INJURED_READ else INJURED)
                    return obj  # "قتلت غارة جوية 5 مدنيين": the subject told between the verb and its victims
            break
        nxt = words[q.end] if q.end < len(words) else ""
        if q.value is not None and bare_in(nxt, _NOT_CASUALTY_UNITS):
            return None
        if hit and not (q.end >= hi or q.end in breaks or nxt in _HIT_OBJECTS or is_single_person(nxt)
                        or HIT_COUNT_HEDGED and _at_least(words, q.end)
                        or nxt in _SINGLE_PERSONS or bare_in(nxt, _ANY_READ)):
            return None  # "أصابت الغارات 3 مواقع": things hit, not people
        other = KILLED if bare_in(words[k], _INJURED_READ) else INJURED
        if any(b in other and b in COUNTED_NOUNS for b in bare(nxt)):
            return None  # "62 قتيلا ونحو 3200 جريح": 3200 counts the other kind
        if _terrorists_counted(words, q.end):
            return Quantity(q.value, q.vague, -1 - q.start, q.end)  # militants: start < 0 marks it
        if _mixed_with_attackers(words, q.end, len(words)):
            return Quantity(None, True, q.start, q.end)  # "مقتل نحو 10 معظمهم من الانتحاريين"
        total = _total_after_part(words, q.end, hi)
        if total is not None:
            return total  # "قتل ثلاثة جنود من بين 10 أشخاص قتلوا": the toll is the 10
        return _summed(words, q, hi, other)
    if hit:
        return None  # "21 ضربة أصابت": a hit verb counts only the people after it
    if _counted_noun_alone(words, k):
        return None  # "تلقى 80 بلاغا عن ضحايا": 80 reports, not a toll
    best = None
    floor = lo if k > lo else max(0, k - 6)  # a frame opening on its verb: "أن 7 جنود على الأقل قتلوا"
    for x in range(k - 1, max(floor - 1, k - 10), -1):
        if bare_in(words[x], _ANY_READ) or x in dated or (
                x + 1 in breaks and not ((x + 1 == k or words[x + 1] in _ASIDES) and _aside_before(words, k))):
            break
        if words[x] in {"بينهم", "منهم", "بينها"}:
            best = None  # "43 مدنيا بينهم 9 أطفال وأربع نساء لقوا حتفهم": the total stands before "بينهم"
            continue
        q = read_quantity(words, x)
        if q is not None and WHOLE_NUMBER_BEFORE:
            q = _whole_number(words, q, max(floor, x - 3), dated)
        if q is None and x == k - 1 and words[k] in _DUAL_VERBS and words[x].endswith(("ين", "ان")) \
                and len(words[x]) > 4 and words[x].isalpha() \
                and not {words[x], words[x].removeprefix("ال")} & (_TERRORIST_NOUNS | _ATTACKERS):
            q = Quantity(2, False, x, k)  # "إن مدنيين قتلا": the dual verb tells the -ين noun's number
        if q is None and CONSTRUCT_DUAL and x == k - 2 and words[x].endswith("ي") and _dual_noun(words[x]) \
                and words[k] in _KILLED_PARTICIPLES:
            q = Quantity(2, False, x, x + 1)  # "عثر على ضابطي شرطة مقتولين": the construct dual before its noun
        if q is not None and q.start > 0 and bare_in(words[q.start - 1], _YEAR_CUES):
            continue  # "مواليد 1986"، "عام 2014": a year, not a count of people
        if q is not None and _one_before_plural(words, q, k):
            continue  # "خمسة من أسرة واحدة": "واحدة" describes the family
        joined = False  # the group read is the first of groups joined by و before the verb
        if q is not None and q.value is not None and q.end <= k and best is None and CONJOINED_BEFORE:
            head = _conjoined_head(words, q, floor, dated, breaks)
            # militants or attackers told first: read as before (the group nearest the verb)
            joined = head is not q and not _terrorists_counted(words, head.end) and not _attacker_noun(words, head.end)
            if joined:  # the sum read from the first group reaches the group nearest the verb, or stops at its
                # militants ("5 رجال شرطة و6 مدنيين": a noun of two words the sum does not read; left as before)
                whole = _summed(words, head, k, KILLED if own_kind is _INJURED_READ else INJURED)
                joined = whole.end >= q.end or _terrorists_counted(words, q.end) or _attacker_noun(words, q.end)
            q = head if joined else q
        if q is not None and q.value is not None and q.end <= k and best is None:
            nxt = words[q.end] if q.end < len(words) else ""
            if bare_in(nxt, _NOT_CASUALTY_UNITS):
                return None
            militants = _terrorists_counted(words, q.end)
            if militants and not militants_before:
                return None
            if nxt.startswith("ل") and not nxt.startswith("لا"):
                continue  # "2 لنشرها": not a count of people
            if _captured(words, q):
                return Quantity(None, True, k, k + 1)  # "أسر 3 مسلحين وقتل ...": the 3 were captured
            g = q.start - 1
            while g > 0 and (words[g] in _HEDGES or words[g] in _FILLERS or words[g] in _LIFE):
                g -= 1  # "مقتل ما يقارب من 20 ... وإصابة آخرين"، "قتل خلاله 20 ... وجرح"
            if g >= 0 and any(b in _ANY_READ - own_kind for b in bare(words[g])):
                return None  # "قتل ثلاثة جنود وأصيب آخر": the three are the killed word's count
            if militants:  # "9 عناصر من التنظيم قتلوا في الغارات": a strike's toll, marked as militants (start < 0)
                return Quantity(q.value, q.vague, -1 - q.start, q.end)
            best = q
            if joined:  # "5 جنود و6 مدنيين قتلوا" = 11, as after the verb
                best = _summed(words, q, k, KILLED if own_kind is _INJURED_READ else INJURED)
    if best is not None and best.value is not None and _mixed_with_attackers(words, best.end, k):
        return Quantity(None, True, best.start, best.end)
    return best


KIN_VICTIM = True
"""Module switch (A/B measurement): a relative told with its pronoun right after the verbal noun of killing after "على"
("أقدم على قتل والده") is one victim, as a singular person noun is (and the relatives joined after it: "على قتل والده
وشقيقه" = 2); before, the killing had no count. Not after a bare kill word: "قتل زوجها في المعارك" in a story of a
fighter's widow tells a combatant's death, no incident."""
_KIN_WORDS = rules.words("casualties", "kin_nouns")


CONJOINED_BEFORE = True
"""Module switch (A/B measurement) of :func:`_conjoined_head` in the backward reading of :func:`_quantity_near`:
counted groups joined by و before the casualty verb ("5 جنود و6 مسلحين قتلوا") are read from the first group, as
after the verb ("قتل 5 جنود و6 مسلحين" = 5; "5 جنود و6 مدنيين قتلوا" = 11). Before, only the group nearest the
verb was read: militants there made the whole toll None, victims there left out the groups before them."""
_GROUP_REACH = 4

HEDGED_PART = True
"""Module switch (A/B measurement): a group opened by a hedge with و before the casualty verb ("ثلاثة جنود ونحو 20
مدنيا قتلوا" = 23) is joined to the groups before it, as "و20 مدنيا" is; before, the hedged group alone was read."""


def _conjoined_head(words: list[str], q: Quantity, floor: int, dated: set[int], breaks: set[int]) -> Quantity:
    """The first of the counted groups joined by و that ends with the group ``q`` ("5 جنود و6 مسلحين": 5 جنود for
    q = 6 مسلحين); ``q`` itself when no group stands before its conjunction. A number of thousands right before the
    conjunction is the first part of one number with ``q`` ("سبعة آلاف و412 شخصا قتلوا" = 7412, not 412). A group is
    a number and the plain words of its counted noun ("جنود"، "من عناصر الشرطة"), with no date, clause break or
    casualty word inside."""
    head = q
    while True:
        s = head.start
        if s - 1 >= floor and words[s - 1] == "و":
            p = s - 2  # "و 6 مسلحين": the conjunction written apart from the digits
        elif words[s].startswith("و") and words[s] != "و" and read_quantity([words[s][1:]], 0) is not None:
            p = s - 1  # "وستة مسلحين"
        elif HEDGED_PART and s - 1 >= floor and words[s - 1].startswith("و") and words[s - 1][1:] in _HEDGES \
                and len(words[s - 1]) > 3:
            p = s - 2  # "ثلاثة جنود ونحو 20 مدنيا قتلوا": the hedge opens the second group
        else:
            return head
        thousands = next((r for y in range(p, max(floor - 1, p - 3), -1) if y not in dated
                          and (r := read_quantity(words, y)) is not None and r.end == p + 1 and r.value is not None
                          and not r.vague and r.value % 1000 == 0 and r.value > head.value), None)
        if thousands is not None and head is q and head.value < 1000:
            return Quantity(thousands.value + head.value, False, thousands.start, head.end)  # "سبعة آلاف و412" = 7412
        found = None
        for y in range(p, max(floor - 1, p - _GROUP_REACH), -1):
            if y in dated or y + 1 in breaks or bare_in(words[y], _ANY_READ):
                break
            r = read_quantity(words, y)
            if r is not None:
                found = r
                break
        if found is None or found.value is None or found.vague or not found.start < found.end <= p \
                or not all(w.isalpha() for w in words[found.end:p + 1]) \
                or any(t in breaks for t in range(found.end, s + 1)):
            return head
        head = _whole_number(words, found, max(floor, found.start - 3), dated) if WHOLE_NUMBER_BEFORE else found


def _attacker_noun(words: list[str], at: int) -> bool:
    """True when the noun counted at ``at`` names attackers ("13 مهاجما"، "5 انتحاريين")."""
    return at < len(words) and any(b in _ATTACKERS or b.removesuffix("ا") in _ATTACKERS
                                   or "ال" + b.removesuffix("ا") in _ATTACKERS for b in bare(words[at]))


CONSTRUCT_DUAL = True  # module flag, for A/B measurement only
_KILLED_PARTICIPLES = frozenset({"مقتولين", "مقتولتين", "مقتولان", "مقتولتان"})
"""Dual participles of killing after a construct dual and its noun ("جنديي الجيش مقتولين"): the two the dual counts."""


WHOLE_NUMBER_BEFORE = True
"""Module switch (A/B measurement) of :func:`_whole_number` in the backward reading of :func:`_quantity_near`."""


def _whole_number(words: list[str], q: Quantity, lo: int, dated: set[int]) -> Quantity:
    """The whole number a quantity read from its last word belongs to: reading back from a casualty verb meets
    "عشر" of "ثلاثة عشر شخصا قتلوا" or "وعشرين" of "خمسة وعشرين" first, which alone read 10 and 20; the widest
    quantity starting at most three words before it and ending where it ends is the count (13, 25)."""
    for y in range(q.start - 1, lo - 1, -1):
        if y in dated:
            break
        r = read_quantity(words, y)
        if r is not None and r.end == q.end and r.value is not None and not r.vague and r.value != q.value:
            q = r  # (a hedge before the number, "نحو"، "لا يقل عن", keeps the quantity as it was read)
    return q


def _aside_before(words: list[str], k: int) -> bool:
    """True when a plural or dual verb at ``k`` follows its subject's aside set off by a comma: "6 من الركاب بينهم
    امرأتان، أصيبوا" (the comma closes the aside, not the subject's clause)."""
    return words[k].endswith(("وا", "ا")) and not _ASIDES.isdisjoint(words[max(0, k - 6):k])


_ASIDES = rules.words("casualties", "aside_words")


def _counted_noun_alone(words: list[str], k: int) -> bool:
    """True when the casualty word at ``k`` is a counted noun ("ضحايا"، "قتلى"، "جرحى"): it takes only the number
    right before it ("62 قتيلا"، "5 من القتلى"), never one read further back, which counts something else ("159
    بلاغا باحتمال سقوط ضحايا")."""
    if k > 0 and words[k - 1] == "بين":
        return False  # "150 عنصرا من الميليشيات سقطوا بين قتيل وجريح": read back, then found to count both kinds
    if k > 1 and words[k - 1] == "من" and words[k - 2] in _BODIES:
        return False  # "6 جثث من قتلى": the bodies count the dead
    return bare_in(words[k], COUNTED_NOUNS)


_BODIES = rules.words("casualties", "body_nouns")

_DAY_WORDS = rules.words("casualties", "day_after_verb_words") | DAY_NAMES


ALL_COUNTED = True
"""Module switch (A/B measurement) of :func:`_all_counted`."""
_ALL_WORDS = frozenset({"كل", "جميع"})
_THEIR_NUMBER = frozenset({"عددهم", "عددهن"})
_ALL_REACH = 10


def _all_counted(words: list[str], x: int) -> Quantity | None:
    """The count of "كل/جميع من ..." told after it with "عددهم" ("مقتل كل من كانوا في الحافلة وعددهم 14"، "جميع من
    كانوا داخل العربة، والبالغ عددهم 5"): the number right after "عددهم" within reach, before any casualty word. None
    when the phrase is not "كل/جميع من" or no such count follows."""
    if not ALL_COUNTED or x + 1 >= len(words) or words[x] not in _ALL_WORDS or words[x + 1] != "من":
        return None
    for y in range(x + 2, min(len(words) - 1, x + 2 + _ALL_REACH)):
        if bare_in(words[y], _ANY_READ):
            return None
        if bare_in(words[y], _THEIR_NUMBER):
            q = read_quantity(words, y + 1)
            if q is None:
                return None
            return Quantity(q.value, q.vague, x, q.end)
    return None


SUBJECT_BEFORE_LIFE = True
"""Module switch (A/B measurement) of :func:`_subject_before_life`."""
_LIFE_VERBS = rules.words("casualties", "life_verbs")
_SUBJECT_REACH = 3


def _subject_before_life(words: list[str], k: int, hi: int, dated: set[int], breaks: set[int]) -> int | None:
    """The index right after "بحياة" when the verb "أودى/أودت" at ``k`` names its subject before it ("وأودى
    الهجوم بحياة 12"، "أودت الغارة الجوية بحياة 5"): one to three plain words (no number, date, comma, casualty
    word or word joined by ب), then the life word. None when the verb is no such verb or no such subject stands."""
    if not SUBJECT_BEFORE_LIFE or not bare_in(words[k], _LIFE_VERBS):
        return None
    plain = True  # only plain words so far
    for y in range(k + 1, min(hi, k + 2 + max(_SUBJECT_REACH, _LONG_SUBJECT_REACH if LONG_SUBJECT else 0))):
        w = words[y]
        if w in _LIFE:
            return y + 1 if y > k + 1 and (plain or LONG_SUBJECT) else None
        if any(b in _ANY_READ or b in _LIFE_VERBS for b in bare(w)):
            return None
        if y in breaks or y in dated or not w.isalpha() or w.startswith("ب") or read_quantity(words, y) is not None:
            plain = False
        if not LONG_SUBJECT and (not plain or y >= k + 1 + _SUBJECT_REACH):
            return None
    return None


LONG_SUBJECT = True
"""Module switch (A/B measurement): the subject of "أودى/أودت" told before the life word may be long, with its place,
day, a comma or a relative clause ("أودى تفجير سيارة مفخخة في سوق المدينة أمس بحياة 14"، "وأودت العبوة، التي زرعت
قرب الحاجز، بحياة 3"), up to :data:`_LONG_SUBJECT_REACH` words with no casualty word: the verb's own complement
"بحياة" then tells its count."""
_LONG_SUBJECT_REACH = 14


SPAN_AFTER_VERB = True
"""Module switch (A/B measurement): a dated span told right after the casualty verb, before its count ("قتل قبل
يومين 6 أشخاص"، "أصيب قبل أسبوع 3 جنود"), is skipped as a day's word is ("قتل أمس 5"). Before, the span stopped the
search and the record had no toll."""
_SPAN_HEADS = frozenset({"قبل", "منذ"})


def _day_after_verb(words: list[str], x: int, first: int, dated: set[int]) -> bool:
    """True when a day's word stands right after the casualty verb, before its count: "أودى الثلاثاء بحياة
    شرطيتين"، "قتل، الاثنين، 5 جنود" (a day word with no digit: "قتل 12 يونيو" is not skipped)."""
    return x == first and x in dated and words[x] in _DAY_WORDS


def _one_before_plural(words: list[str], q: Quantity, k: int) -> bool:
    """True when a plural verb at ``k`` ("قتلوا"، "أصيبوا"، "لقوا") would take "one" read back as its count: a
    plural subject is three or more, so the "واحد/واحدة" is an adjective ("من أسرة واحدة")."""
    return q.value == 1 and words[k].endswith("وا") and len(words[k]) > 3 and q.end == q.start + 1 \
        and not words[q.start].isdigit()


def _at_least(words: list[str], j: int) -> bool:
    """True when "على الأقل" stands at ``j`` ("وأصابوا 4 على الأقل")."""
    return j + 1 < len(words) and words[j] in _AT_LEAST and words[j + 1] in _AT_LEAST and words[j] != words[j + 1]
