"""Casualty counts: how many were killed or injured, as the text states it (ACLED's conservative rule).

A count stands right after a casualty word ("مقتل 13 شرطيا"، "أودت بحياة العشرات"), or right
before a counted noun or a verb ("62 قتيلا"، "13 عنصرا ... قد قتلوا"); a total stands before
"بينهم"; a singular verb about a named martyr or a pronoun ("مقتله") counts one; a vague
quantity keeps its phrase and no number. Militants counted by a security operation ("قتل
20 إرهابياً") make no attack.

A number read back from a casualty word is not taken when a casualty word of the other kind
governs it ("قتل ثلاثة جنود وأصيب آخر": one injured, not three); a toll that holds the attackers
("معظمهم من الانتحاريين") or both kinds ("بين قتيل وجريح") is no count; "لم يسفر عن إصابات"
is an explicit zero (guidelines D-1).

Duals count two only in a form that cannot be the plural ("مشجعان"، "مسعفتين"، "مدنيين اثنين"، "مدنيين
قتلا"; a bare "مدنيين" keeps no number); a victim and the others told after them are one toll ("لقي مصرعه
مع 6 آخرين" = 7); executions by an armed group are killings ("أعدم التنظيم 19 شخصا"), a court's sentence
or a threat is not. The attackers of a repelled attack or an infiltration attempt ("تصدت لهجوم ... وقتل فيها 6 من
الميليشيات") are no victims: their count is left out, the phrase kept. Session 9 also reads "وكان فتى قد قتل برصاص" (one
killed), "80 ضابطا وجنديا" (one number for both accusative nouns), a counted noun with its own number only ("159
بلاغا باحتمال سقوط ضحايا" is no toll), and a subject whose "بينهم" aside a comma closes ("5 من المدنيين بينهم 3
أطفال، أصيبوا" = 5), "one" is no count of a plural verb ("من أسرة واحدة قتلوا"), a day word after the verb is
passed ("أودى الثلاثاء بحياة ..."), "لقي حتفه" is one death, and a vague rest ("وعدد من مرافقيه"، "طفلان وعدد من
المواطنين"), an intention ("يسعون لقتل") or a capture's object ("أسر 4 حوثيين وقتل ...") gives no number.

This module is the entry point and still holds the readers not yet moved out; the others live in the
family modules beside it (words in ``data/casualties.json``), each importing only those listed before it:

- ``casualties_words``: the casualty words the readers share and what a person noun counts (one, two, militants).
- ``casualties_companions``: a victim and the others told with them ("مدرس وزوجته"، "لقي مصرعه مع 6 آخرين").
- ``casualties_subjects``: the victims a kill verb's grammar names (an active verb's object, a singular verb's
  subject).
- ``casualties_excluded``: counts that are no toll of the event: repelled attackers, captures, sentences,
  intentions, earlier deaths, one figure for both kinds.
- ``casualties_partial``: a count in parts: parts summed, a part's total, a range's lower bound.
- ``casualties_updates``: toll updates ("ارتفعت الحصيلة إلى") and explicit zeros ("دون وقوع إصابات").
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from marsad.agent.numbers import Quantity, is_single_person, read_quantity
from marsad.agent.offline import casualties_updates, rules
from marsad.agent.offline.casualties_companions import _with_companions
from marsad.agent.offline.casualties_excluded import (
    _ATTEMPT_BEFORE,
    _RESULT_OPENERS,
    _TOLL_NOUNS,
    _after_follow_cue,
    _attacker_shot_dead,
    _attackers_repelled,
    _both_kinds_after,
    _captured,
    _combined_toll,
    _execution_not_done,
    _intended,
    _mixed_with_attackers,
    _time_reference,
)
from marsad.agent.offline.casualties_partial import _range_low, _summed, _total_after_part
from marsad.agent.offline.casualties_subjects import _ACTIVE_KILL, _object_after_subject, _person_subject
from marsad.agent.offline.casualties_updates import _ZERO_INJURED, _ZERO_KILLED, _explicit_zero, _updated_total
from marsad.agent.offline.casualties_words import (
    _ANY_READ,
    _ATTACKERS,
    _EXECUTED,
    _GIVEN_NAMES,
    _HIT_VERBS,
    _INJURED_READ,
    _KILLED_READ,
    _NOT_CASUALTY_UNITS,
    _ONE_OF_THEM,
    _ONE_VICTIM,
    _SHOT_DEAD,
    _SINGLE_COUNTED,
    _SINGLE_PERSONS,
    _TERRORIST_NOUNS,
    COUNTED_NOUNS,
    INJURED,
    VICTIM_NOUNS,
    _dated_and_breaks,
    _dual_by_number,
    _dual_noun,
    _one_person,
    _terrorists_counted,
)
from marsad.agent.offline.context import DocContext, bare
from marsad.agent.offline.vocab import KILLED, REL_PRONOUNS

if TYPE_CHECKING:
    from marsad.agent.offline.frames import Frame

__all__ = ["KILLED", "INJURED", "REL_PRONOUNS", "COUNTED_NOUNS", "VICTIM_NOUNS", "casualties"]


_ASSASSINATED = rules.words("casualties", "assassinated")

_DUAL_VICTIMS = rules.words("casualties", "dual_victims")

_LIFE = rules.words("casualties", "life")

_KILL_VERBS_SINGULAR = rules.words("casualties", "kill_verbs_singular")

_YEAR_CUES = rules.words("casualties", "year_cues")

_FILLERS = rules.words("casualties", "fillers")

_HIT_OBJECTS = rules.words("casualties", "hit_objects")

_ONE_MORE = rules.words("casualties", "one_more")
"""A second casualty kind counted as one more person: "قتل جنديان وأصيب آخر"، "وإصابة ثالث"."""
_TWO_MORE = rules.words("casualties", "two_more")

_DUAL_VERBS = rules.words("casualties", "dual_verbs")
"""Dual verbs after their subject ("إن مدنيين قتلا"): the subject in -ين is the dual, two people."""

_HEDGES = rules.words("casualties", "hedges")

MILITANTS_BEFORE_VERB = True
"""Module switch (A/B measurement): in a strike's frame (air strike, shelling), militants counted before the casualty
verb ("13 عنصرا من التنظيم قتلوا في غارة") are its toll as those after it are ("قتلت الغارة 13 عنصرا من التنظيم");
before, they were no count at all. Clashes and attacks keep that (attackers' dead are no victims)."""
_STRIKE_CONCEPTS = frozenset({"airstrike", "shelling"})

COMPANIONS_AFTER_VERB = True
"""Module switch (A/B measurement): "مع" right after a casualty verb counts its subject told before it with the
companions after it ("قتل مع 4 من مرافقيه" = 5), not the four alone."""


def _quantity_near(words: list[str], k: int, lo: int, hi: int, dated: set[int], breaks: set[int],
                   militants_before: bool = False) -> Quantity | None:
    """A quantity just after a casualty word (or a number + noun just before it: "13 عنصرا ... قتلوا").

    A counted noun ("62 قتيلا"، "3200 جريح") takes the number right before it. Militants counted before the verb
    are read (marked, start < 0) only with ``militants_before`` (a strike's frame), else not at all.
    """
    if any(b in COUNTED_NOUNS for b in bare(words[k])) and k > 0:
        q = read_quantity(words, k - 1)
        if q is not None and q.end == k and (k - 1) not in dated:
            if k + 1 < len(words) and words[k + 1].startswith("و") and words[k + 1][1:] in COUNTED_NOUNS \
                    and words[k + 1][1:] != words[k]:
                return Quantity(None, True, q.start, k + 2)  # "70 قتيلا وجريحا": one figure for both kinds
            return q
        if k - 2 >= lo and k > lo:
            q = read_quantity(words, k - 2)
            if q is not None and q.end == k - 1 and words[k - 1] in {"من", "اخرين"}:
                return q
    if words[k] in _SINGLE_COUNTED and not (k > 0 and (words[k - 1] in {"بين", "علي"} or read_quantity(words, k - 1))) \
            and not any(w in _SHOT_DEAD for w in words[max(0, k - 4):k]) and not _attacker_shot_dead(words, k) \
            and not (k + 1 < len(words) and words[k + 1].startswith("و") and any(b in _TOLL_NOUNS for b in bare(words[k + 1]))):
        return Quantity(1, False, k, k + 1)  # "أوقع قتيلا وخمسة جرحى"، not "بين قتيل وجريح"
    if k > 0 and words[k - 1] == "بين" and (words[k] in _SINGLE_COUNTED or casualties_updates.COMBINED_UPDATE and words[k] in COUNTED_NOUNS
                                            and k + 1 < len(words) and words[k + 1].startswith("و")):
        # ("60 شخصا بين جريح وقتيل": the injured told first)
        q = read_quantity(words, k - 2) if k > 1 else None
        if q is None and k > 2:
            q = read_quantity(words, k - 3)
        if q is not None:
            return Quantity(None, True, q.start, k)  # "60 بين قتيل وجريح": one figure for both kinds
    hit = any(b in _HIT_VERBS for b in bare(words[k]))
    own_kind = _INJURED_READ if any(b in _INJURED_READ for b in bare(words[k])) else _KILLED_READ
    first = k + 1
    closing = -1  # the comma that closes a day told right after the verb
    for x in range(k + 1, min(hi, k + 7)):
        if words[x] in _LIFE or words[x] in _FILLERS:
            first = x + 1 if x == first else first
            continue  # "أودت بحياة 5"، "قتل فيها 3"
        if _day_after_verb(words, x, first, dated):
            first, closing = x + 1, x + 1
            continue  # "أودى الثلاثاء بحياة شرطيتين"، "قتل، الاثنين، 5 جنود"
        if (x in breaks and x != closing) or x in dated or any(b in _ANY_READ for b in bare(words[x])):
            break
        q = read_quantity(words, x) or _range_low(words, x)
        if q is None and x == first and (_dual_noun(words[x]) or _dual_by_number(words, x)):
            # "قتل فلسطينيان"، "مقتل رجلين"، "قتل مشجعان"، "مقتل مسعفتين"، "مقتل مدنيين اثنين"
            q = Quantity(2, False, x, x + 2 if _dual_by_number(words, x) else x + 1)
        if q is None:
            if x == k + 1 and words[x] in _ONE_OF_THEM:
                return Quantity(1, False, x, x + 1)  # "أصاب أحدهم"
            if x == first and (_one_person(words[x]) or words[x].startswith("ال") and _one_person(words[x][2:])):
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
            if x == first and any(b in _ACTIVE_KILL for b in bare(words[k])):
                obj = _object_after_subject(words, x, hi, dated)
                if obj is not None and not _terrorists_counted(words, obj.end):
                    # (militants killed by the verb's subject are an operation's result, read as before)
                    return obj  # "قتلت غارة جوية 5 مدنيين": the subject told between the verb and its victims
            break
        nxt = words[q.end] if q.end < len(words) else ""
        if q.value is not None and any(b in _NOT_CASUALTY_UNITS for b in bare(nxt)):
            return None
        if hit and not (q.end >= hi or q.end in breaks or nxt in _HIT_OBJECTS or is_single_person(nxt)
                        or nxt in _SINGLE_PERSONS or any(b in _ANY_READ for b in bare(nxt))):
            return None  # "أصابت الغارات 3 مواقع": things hit, not people
        other = KILLED if any(b in _INJURED_READ for b in bare(words[k])) else INJURED
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
        return None  # "درس 159 بلاغا باحتمال سقوط ضحايا": 159 reports, not a toll
    best = None
    floor = lo if k > lo else max(0, k - 6)  # a frame opening on its verb: "أن عشرة أشخاص على الأقل قتلوا"
    for x in range(k - 1, max(floor - 1, k - 10), -1):
        if any(b in _ANY_READ for b in bare(words[x])) or x in dated or (
                x + 1 in breaks and not ((x + 1 == k or words[x + 1] in _ASIDES) and _aside_before(words, k))):
            break
        if words[x] in {"بينهم", "منهم", "بينها"}:
            best = None  # "57 مدنيا بينهم 12 طفلا وست نساء قتلوا": the total stands before "بينهم"
            continue
        q = read_quantity(words, x)
        if q is not None and WHOLE_NUMBER_BEFORE:
            q = _whole_number(words, q, max(floor, x - 3), dated)
        if q is None and x == k - 1 and words[k] in _DUAL_VERBS and words[x].endswith(("ين", "ان")) \
                and len(words[x]) > 4 and words[x].isalpha() \
                and not {words[x], words[x].removeprefix("ال")} & (_TERRORIST_NOUNS | _ATTACKERS):
            q = Quantity(2, False, x, k)  # "إن مدنيين قتلا": the dual verb tells the -ين noun's number
        if q is not None and q.start > 0 and any(b in _YEAR_CUES for b in bare(words[q.start - 1])):
            continue  # "مواليد 1986"، "عام 2014": a year, not a count of people
        if q is not None and _one_before_plural(words, q, k):
            continue  # "ثمانية أشخاص من أسرة واحدة قتلوا": "واحدة" describes the family
        if q is not None and q.value is not None and q.end <= k and best is None:
            nxt = words[q.end] if q.end < len(words) else ""
            if any(b in _NOT_CASUALTY_UNITS for b in bare(nxt)):
                return None
            militants = _terrorists_counted(words, q.end)
            if militants and not militants_before:
                return None
            if nxt.startswith("ل") and not nxt.startswith("لا"):
                continue  # "2 لنشرها": not a count of people
            if _captured(words, q):
                return Quantity(None, True, k, k + 1)  # "أسفرت عن أسر 4 حوثيين وقتل ...": the 4 were captured
            g = q.start - 1
            while g > 0 and (words[g] in _HEDGES or words[g] in _FILLERS or words[g] in _LIFE):
                g -= 1  # "مقتل ما يقارب من 20 ... وإصابة آخرين"، "قتل خلاله 20 ... وجرح"
            if g >= 0 and any(b in _ANY_READ - own_kind for b in bare(words[g])):
                return None  # "قتل ثلاثة جنود وأصيب آخر": the three are the killed word's count
            if militants:  # "9 عناصر من التنظيم قتلوا في الغارات": a strike's toll, marked as militants (start < 0)
                return Quantity(q.value, q.vague, -1 - q.start, q.end)
            best = q
    if best is not None and best.value is not None and _mixed_with_attackers(words, best.end, k):
        return Quantity(None, True, best.start, best.end)
    return best


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
    """True when a plural or dual verb at ``k`` follows its subject's aside set off by a comma: "5 من المدنيين بينهم
    3 أطفال، أصيبوا" (the comma closes the aside, not the subject's clause)."""
    return words[k].endswith(("وا", "ا")) and any(w in _ASIDES for w in words[max(0, k - 6):k])


_ASIDES = rules.words("casualties", "aside_words")


def _counted_noun_alone(words: list[str], k: int) -> bool:
    """True when the casualty word at ``k`` is a counted noun ("ضحايا"، "قتلى"، "جرحى"): it takes only the number
    right before it ("62 قتيلا"، "5 من القتلى"), never one read further back, which counts something else ("159
    بلاغا باحتمال سقوط ضحايا")."""
    if k > 0 and words[k - 1] == "بين":
        return False  # "150 عنصرا من الميليشيات سقطوا بين قتيل وجريح": read back, then found to count both kinds
    if k > 1 and words[k - 1] == "من" and words[k - 2] in _BODIES:
        return False  # "وصول 17 جثة من قتلى الحوثيين": the bodies count the dead
    return any(b in COUNTED_NOUNS for b in bare(words[k]))


_BODIES = rules.words("casualties", "body_nouns")

_DAY_WORDS = rules.words("casualties", "day_after_verb_words")


_SOME = rules.words("casualties", "vague_subjects")
"""A vague subject of a one-victim word ("بعضهم لقي حتفه"، "منهم من لقي مصرعه"): no count."""

_TITLE_REACH = int(rules.number("casualties", "title_reach"))
"""How many words of a title may stand between a casualty word and the named victim ("مقتل القيادي البارز فلان")."""


def _title_word(w: str) -> bool:
    """A definite singular word of a victim's title ("القيادي"، "البارز"، "الميداني"), not a plural ("المسلحين")."""
    return w.startswith("ال") and len(w) > 3 and not w.endswith(("ين", "ون", "ات"))


def _day_after_verb(words: list[str], x: int, first: int, dated: set[int]) -> bool:
    """True when a day's word stands right after the casualty verb, before its count: "أودى الثلاثاء بحياة
    شرطيتين"، "قتل، الاثنين، 5 جنود" (a day word with no digit: "قتل 12 يونيو" is not skipped)."""
    return x == first and x in dated and words[x] in _DAY_WORDS


def _one_before_plural(words: list[str], q: Quantity, k: int) -> bool:
    """True when a plural verb at ``k`` ("قتلوا"، "أصيبوا"، "لقوا") would take "one" read back as its count: a
    plural subject is three or more, so the "واحد/واحدة" is an adjective ("من أسرة واحدة")."""
    return q.value == 1 and words[k].endswith("وا") and len(words[k]) > 3 and q.end == q.start + 1 \
        and not words[q.start].isdigit()


_PART_WORDS = rules.words("attacks", "part_openers")
"""Words that open a part of a toll told before ("بينهم"، "منهم"): a count after them is no whole toll."""
_PART_REACH = 4

VAGUE_THEN_COUNT = True
"""Module switch of :func:`_counted_later` (A/B measurement)."""


def _counted_later(ctx: DocContext, f: Frame, keywords: frozenset[str], vague: Quantity) -> tuple[Quantity, str] | None:
    """A stated count told after a vague one in the same frame ("أدت إلى سقوط عدة قتلى ... ما أدى إلى مقتل شخصين
    على الأقل"): the stated number is the conservative toll, the vague phrase only its first telling.

    Only a count of two or more, not of militants, not a part opened by "بينهم"/"منهم" (a named victim or one
    of them beside "عدد من" stays no count: guidelines D-20)."""
    if not VAGUE_THEN_COUNT or vague.end <= vague.start:
        return None
    q, text, militants = _casualties(ctx, f, keywords, start=vague.end + 1)
    if q is None or militants or q.value is None or q.vague or q.value < 2 or q.start < vague.end:
        return None
    words = ctx.sentences[f.si].words
    if any(b in _PART_WORDS for w in words[max(vague.end, q.start - _PART_REACH):q.start] for b in bare(w)):
        return None
    return q, text


_WOUND_DEATH_VERBS = rules.words("casualties", "wound_death_verbs")
"""Verbs of dying ("توفي"، "فارق الحياة"، "قضى") that count a death only with "متأثرا بجروحه" after them."""
_OF_WOUNDS = rules.words("casualties", "of_wounds_words")
""""متأثرا" and its forms: the death told is of wounds from the incident ("توفي متأثرا بجروح أصيب بها برصاص")."""
_OF_WOUNDS_REACH = 8

DIED_OF_WOUNDS = True
"""Module switch of :func:`_died_of_wounds` (A/B measurement)."""


def _died_of_wounds(ctx: DocContext, f: Frame) -> tuple[Quantity, str] | None:
    """The count of a death of wounds ("توفي صباح الأحد شاب متأثرا بجروح أصيب بها برصاص الجيش"، "إن فتى توفي
    متأثرا بإصابته"، "توفي أحدهما متأثرا بجراحه"): a dying verb, "متأثرا" within a few words after it, and the dead
    told after the verb (a number, a dual, one person noun, "أحدهم", a name) or before it ("إن فتى ... توفي")."""
    if not DIED_OF_WOUNDS:
        return None
    s = ctx.sentences[f.si]
    words = s.words
    dated, breaks = _dated_and_breaks(ctx, f.si)
    for k in range(f.lo, f.hi):
        if not any(b in _WOUND_DEATH_VERBS for b in bare(words[k])):
            continue
        if not any(b in _OF_WOUNDS for w in words[k + 1:k + 1 + _OF_WOUNDS_REACH] for b in bare(w)):
            continue
        q = _quantity_near(words, k, f.lo, f.hi, dated, breaks)
        if q is None:
            x = k + 1
            while x < len(words) and (x in dated or words[x] in _DAY_WORDS):
                x += 1  # "توفي صباح الأحد شاب": the day told between the verb and the dead
            if x < len(words) and (_one_person(words[x]) or words[x] in _ONE_OF_THEM or words[x] in _GIVEN_NAMES
                                   or any(p.sentence == f.si and p.i == x for p in ctx.persons)):
                q = Quantity(1, False, x, x + 1)
            elif x < len(words) and (_dual_noun(words[x]) or _dual_by_number(words, x)):
                q = Quantity(2, False, x, x + 1)
        if q is None:
            subject = _person_subject(words, k)
            if subject is not None:
                q = Quantity(1, False, subject, k + 1)
        if q is None or q.value is None or q.start < 0:
            return None
        a, b = min(k, q.start), max(k + 1, q.end)
        return q, ctx.quote(*s.token_span(a, b))
    return None


RESULT_AFTER_FRAME = True
"""Module switch (A/B measurement) of :func:`_result_clause_after`."""
_RESULT_LINKS = frozenset({"ما", "مما"})
_RESULT_REACH = 14


def _result_clause_after(ctx: DocContext, f: Frame) -> Frame | None:
    """The frame of a blast widened over the result clause that follows it, when it tells no casualty word and the
    next words (after its day) open its result ("إن انفجارا وقع قرب المبنى اليوم، ما أدى إلى سقوط 10 قتلى"): the toll
    named there with a counted noun starts a frame of its own, which tells no event and is not kept beside a bare
    blast; the blast's frame reads it. (An attack's frame keeps such a toll frame beside it: not widened.)"""
    if not RESULT_AFTER_FRAME or set(f.concepts) != {"explosion"}:
        return None
    words = ctx.sentences[f.si].words
    if any(b in _ANY_READ for w in words[f.lo:f.hi] for b in bare(w)):
        return None
    dated, _ = _dated_and_breaks(ctx, f.si)
    x = f.hi
    while x < len(words) and (x in dated or words[x] in _DAY_WORDS):
        x += 1  # "إن انفجارا وقع قرب المبنى اليوم الأحد، ما أدى إلى ..."
    x += x < len(words) and words[x] in _RESULT_LINKS
    if x >= len(words) or not any(b in _RESULT_OPENERS and b not in _ANY_READ for b in bare(words[x])):
        return None
    tokens = ctx.sentences[f.si].tokens
    hi = next((t for t in range(x + 1, min(len(words), x + _RESULT_REACH)) if tokens[t].clause_start),
              min(len(words), x + _RESULT_REACH))
    return replace(f, hi=hi)


def casualties(ctx: DocContext, f: Frame, keywords: frozenset[str]) -> tuple[Quantity | None, str | None, bool]:
    """The killed (or injured) count of a frame.

    Args:
        ctx: the document context.
        f: the event frame.
        keywords: :data:`KILLED` or :data:`INJURED`.

    Returns:
        ``(quantity, phrase as written, militants_only)``; ``militants_only`` means the
        frame only counts militants killed by an operation (no attack).
    """
    q, text, militants = _casualties(ctx, f, keywords)
    if q is None:
        result = _result_clause_after(ctx, f)
        if result is not None:  # "إن انفجارا وقع قرب المبنى، ما أدى إلى سقوط 10 قتلى و30 مصابا"
            q, text, militants = _casualties(ctx, result, keywords)
    if q is not None and q.value is None and q.vague and not militants:
        later = _counted_later(ctx, f, keywords, q)
        if later is not None:
            return later[0], later[1], False
    if q is None and keywords is KILLED:
        died = _died_of_wounds(ctx, f)
        if died is not None:
            return died[0], died[1], False
    return q, text, militants


def _casualties(ctx: DocContext, f: Frame, keywords: frozenset[str],
                start: int | None = None) -> tuple[Quantity | None, str | None, bool]:
    """:func:`casualties` read from the frame's start (or from ``start``, a later count: no update, no zero)."""
    s = ctx.sentences[f.si]
    words = s.words
    dated, breaks = _dated_and_breaks(ctx, f.si)
    read = _KILLED_READ if keywords is KILLED else _INJURED_READ if keywords is INJURED else keywords
    if keywords is KILLED and start is None:
        total = _updated_total(words, f.lo, f.hi)
        if total is not None:
            return total, ctx.quote(*s.token_span(total.start, total.end)), False
    for k in range(f.lo if start is None else max(f.lo, start), f.hi):
        if not any(b in read for b in bare(words[k])):
            continue
        if any(b in _EXECUTED for b in bare(words[k])) and _execution_not_done(words, k):
            continue  # "قضت المحكمة بإعدام 19"، "هدد بإعدام الرهائن": no one was killed
        if _intended(words, k):
            continue  # "الذين يسعون لقتل الأبرياء"، "ثمانية رجال تريد الأجهزة قتلهم": no one was killed
        if k > 0 and any(b in _ATTEMPT_BEFORE for b in bare(words[k - 1])):
            continue  # "محاولة قتل جاسوس سابق"، "محاولة اغتيال": an attempt on a life, no one killed by it
        if _after_follow_cue(ctx, f, k):
            continue  # "الاعتداء، الذي يعقب موجة تفجيرات أودت بحياة 15": the toll of what the event follows
        if _time_reference(words, k):
            # "تجددت الاشتباكات بعد خمسة أيام من مقتله": an earlier death dates this event, no toll of it ("جاء
            # الانفجار بعد ثلاثة أيام من مقتل 14 في انفجار سيارة": a toll with its own event after it is that one's)
            continue
        if any(b in _DUAL_VICTIMS for b in bare(words[k])):
            return Quantity(2, False, k, k + 1), ctx.quote(*s.token_span(k, k + 1)), False  # "سقوط قتيلين"
        if any(b in _ONE_VICTIM for b in bare(words[k])) or (
                keywords is KILLED and any(b in _ASSASSINATED for b in bare(words[k]))
                and "محاوله" not in words[max(f.lo, k - 2):k]):
            q = _with_companions(words, 1, k, k + 1, f.hi, read)  # "لقي مصرعه مع شقيقه" = 2
            if any(w in _SOME for w in words[max(f.lo, k - 3):k]):
                q = Quantity(None, True, q.start, q.end)  # "بعضهم لقي حتفه": some of them, no count
            return q, ctx.quote(*s.token_span(k, max(k + 1, q.end))), False
        q = _quantity_near(words, k, f.lo, f.hi, dated, breaks,
                           MILITANTS_BEFORE_VERB and not _STRIKE_CONCEPTS.isdisjoint(f.concepts))
        # a title between only when the frame tells its attack ("مقتل القيادي البارز فلان في غارة"); a bare death
        # of a titled man ("برقيات العزاء بمقتل القيادي البارز فلان") is news of a death told elsewhere
        reach = 0 if set(f.concepts) <= {"killed"} else _TITLE_REACH
        named = next((p for p in ctx.persons if p.sentence == f.si and k < p.i <= k + 1 + reach
                      and all(_title_word(w) for w in words[k + 1:p.i])), None) if q is None else None
        if named is not None and keywords is KILLED and any(
                b in _ONE_VICTIM for w in words[named.j:named.j + 2] for b in bare(w)):
            continue  # "لقي القيادي فلان مصرعه مع عدد من مرافقيه": the victim's own word reads him and his companions
        if named is not None:  # "مقتل محسن الفضلي، زعيم ..."، "مقتل القيادي البارز فلان": one named victim ("وعدد من
            # مرافقيه": no count)
            q = _with_companions(words, 1, k + 1, named.j, f.hi, read)
        if q is not None and q.value == 1 and q.end == q.start + 1 and keywords is KILLED and any(
                b in _ONE_VICTIM for w in words[q.end:q.end + 5] for b in bare(w)):
            continue  # "لقي ضابط ... مصرعه مع ثلاثة من مرافقيه": the victim's word reads the companions
        if q is not None and q.start < 0:
            q = Quantity(q.value, q.vague, -1 - q.start, q.end)
            if _attackers_repelled(ctx, f.si, q):  # "قتل 7 مسلحين إثر محاولتهم التسلل": a repelled attack's attackers
                q = Quantity(None, True, q.start, q.end)
                return q, ctx.quote(*s.token_span(min(k, q.start), max(k + 1, q.end))), False
            if set(f.concepts) <= {"killed"}:
                return None, None, True  # "قتل 20 إرهابياً": a security operation's result, not an attack
            # militants killed in an air strike: still its toll
        if q is None:
            if keywords is KILLED and any(b in _KILL_VERBS_SINGULAR for b in bare(words[k])):
                back = words[max(f.lo, k - 15):k]
                if "الشهيد" in back or any(w in REL_PRONOUNS for w in words[max(f.lo, k - 2):k]):
                    return Quantity(1, False, k, k + 1), ctx.quote(*s.token_span(k, k + 1)), False
                subject = _person_subject(words, k)
                if subject is not None:  # "إن مزارعاً، في الـ27 من العمر، قتل"
                    return Quantity(1, False, subject, k + 1), ctx.quote(*s.token_span(subject, k + 1)), False
            continue
        if q.value is not None and _both_kinds_after(words, q.end):
            q = Quantity(None, True, q.start, q.end)  # "150 عنصرا من الميليشيات بين قتيل وجريح"
        if _attackers_repelled(ctx, f.si, q):
            q = Quantity(None, True, q.start, q.end)  # "تصدت لهجوم ... وقتل فيها 6 من الميليشيات": the attackers
        a, b = min(k, q.start), max(k + 1, q.end)
        if q.value is None and b - 1 > a and words[b - 1] == "من":
            b -= 1
        if q.start > k and _combined_toll(words, k):
            # "مقتل وإصابة 7 أشخاص": one figure for both; neither count is stated
            a = k - 1 if keywords is INJURED else k
            return Quantity(None, True, q.start, q.end), ctx.quote(*s.token_span(a, b)), False
        return q, ctx.quote(*s.token_span(a, b)), False
    if start is not None:
        return None, None, False
    # a headline naming no place of its own ("سقوط صواريخ قرب القاعدة دون إصابات") sums up the body,
    # which tells the zero with its place: the zero is read there
    zero = None if s.is_title and not ctx.places_in(f.si, 0, len(words)) else _explicit_zero(
        words, f.lo, min(len(words), f.hi + 12), _ZERO_KILLED if keywords is KILLED else _ZERO_INJURED)
    if zero is not None:
        return zero, ctx.quote(*s.token_span(zero.start, zero.end)), False
    return None, None, False
