"""Casualty counts: what is no toll of the event at hand.

The attackers of a repelled attack or an infiltration attempt ("تصدت لهجوم ... وقتل فيها 6 من الميليشيات") and a
toll that holds the attackers ("معظمهم من الانتحاريين"), an attacker shot dead, a capture's object ("أسر 4 حوثيين
وقتل ..."), a court's sentence or a threat ("قضت المحكمة بإعدام"), an intention ("يسعون لقتل"), an earlier death
that dates the event ("بعد خمسة أيام من مقتله") or that it follows, and one figure for both kinds ("بين قتيل
وجريح"، "مقتل وإصابة 7 أشخاص").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.agent.numbers import Quantity, read_quantity
from marsad.agent.offline import rules
from marsad.agent.offline.casualties_companions import _OBJECT_PERSONS
from marsad.agent.offline.casualties_subjects import _OTHER_OBJECT_VERBS
from marsad.agent.offline.casualties_words import (
    _ANY_READ,
    _ATTACKERS,
    _OTHERS_WORDS,
    _SHOT_DEAD,
    _SINGLE_COUNTED,
    _and_cut,
    _person_count,
    _terrorists_counted,
)
from marsad.agent.offline.context import DocContext, bare, bare_in
from marsad.agent.offline.scope import PLURAL_EVENTS, has_phrase, phrase_table

if TYPE_CHECKING:
    from marsad.agent.offline.frames import Frame


_EXECUTION_NOT_DONE = rules.words("casualties", "execution_not_done")
_EXECUTION_COURTS = rules.words("casualties", "execution_courts")

_MOSTLY = rules.words("casualties", "mostly_words")

_REPEL_VERBS = rules.words("casualties", "repel_verbs")
_REPEL_OBJECTS = rules.words("casualties", "repel_objects")
_ATTEMPT_NOUNS = rules.words("casualties", "attempt_nouns")
_ATTEMPT_OBJECTS = rules.words("casualties", "attempt_objects")
ATTEMPT_VERBS = True
"""Module switch (A/B measurement): the verb of an attempt reads as its noun does ("مسلحين حاولوا التسلل"
as "إثر محاولتهم التسلل"): the attackers of an infiltration attempt are no victims."""
_ATTEMPT_VERBS = rules.words("casualties", "attempt_verbs")
_RESULT_OPENERS = rules.words("casualties", "result_openers")
_ATTACKER_SIDE = rules.words("casualties", "attacker_side_words")
_ATTACKER_STEMS = tuple(rules.words("casualties", "attacker_side_stems"))
_ATTACKER_COUNT_GAP = rules.words("casualties", "attacker_count_gap")
"""The armed side whose attack a text says was repelled ("6 من الميليشيات"، "7 مسلحين"، "25 عنصرا من الحوثيين")."""


def _repelled_attack(words: list[str]) -> bool:
    """True when a sentence tells an attack that was repelled or an infiltration attempt: "تصدت لهجوم"،
    "صد محاولة تسلل"، "إثر محاولتهم التسلل"."""
    for x, w in enumerate(words):
        forms = bare(w)
        if not _REPEL_VERBS.isdisjoint(forms) and any(
                b in _REPEL_OBJECTS for v in words[x + 1:x + 4] for b in bare(v)):
            return True
        if any(b in _ATTEMPT_NOUNS or ATTEMPT_VERBS and b in _ATTEMPT_VERBS for b in forms) and any(
                b in _ATTEMPT_OBJECTS for v in words[x + 1:x + 3] for b in bare(v)):
            return True
    return False


def _attacker_side(words: list[str], at: int) -> bool:
    """True when the people counted at ``at`` are of an armed group: "6 من الميليشيات"، "7 مسلحين"، "25 عنصرا من
    الميليشيات الحوثية"، "14 عنصر حوثي" (a force's own men, "5 جنود"، "3 من أفراد الأمن", are not)."""
    for w in words[at:at + 4]:
        if any(b in _ATTACKER_SIDE or b.startswith(_ATTACKER_STEMS) for b in bare(w)):
            return True
        if w not in _ATTACKER_COUNT_GAP:
            return False
    return False


def _attackers_repelled(ctx: DocContext, si: int, q: Quantity) -> bool:
    """True when a count holds the attackers of a repelled attack, who are no victims (guidelines): "تصدت المقاومة
    لهجمات ... وقتل فيها 6 من الميليشيات"، "قتل 7 مسلحين إثر محاولتهم التسلل"; the repelling may be told in the
    sentence before when this one tells its result ("... تصدت لمحاولة هجوم. وأسفرت تلك الاشتباكات عن مقتل 25
    عنصرا من الميليشيات")."""
    words = ctx.sentences[si].words
    if q.value is None:
        return False
    if q.end < len(words) and words[q.end] in _OTHERS_WORDS:
        if not _attacker_side(words, q.end + 1):  # "مع ثلاثة آخرين من المسلحين"
            # "مقتل 25 عنصرا من الميليشيات، وإصابة 15 آخرين": the others are of the group counted before
            prior = next((read_quantity(words, x) for x in range(q.start - 1, -1, -1) if read_quantity(words, x)), None)
            if prior is None or prior.value is None or not _attacker_side(words, prior.end):
                return False
    elif not _attacker_side(words, q.end):
        return False
    if _repelled_attack(words):
        return True
    opener = next((w for w in words[:2] if w not in {"كما"}), "")
    if si > 0 and (REPEL_TOLD_BEFORE and _elaborates(words) or bare_in(opener, _RESULT_OPENERS)) \
            and _repelled_attack(ctx.sentences[si - 1].words):
        return True
    return REPEL_TOLD_AFTER and si + 1 < len(ctx.sentences) and _elaborates(ctx.sentences[si + 1].words) \
        and _repelled_attack(ctx.sentences[si + 1].words)


_ELABORATION_OPENERS = rules.words("casualties", "repel_elaboration_openers")
REPEL_ELABORATION = True
"""Module switch (A/B measurement) of :func:`_elaborates`."""


def _elaborates(words: list[str]) -> bool:
    """True when a sentence opens with a verb of saying ("وقال مصدر عسكري إن ..."، "وأشار القائد إلى أن ..."): it tells
    the sentence before it over again from a source, so a repelled attack and a toll told across the two are one event.
    A sentence opening on another front ("وفي مديرية أخرى، صدت القوات هجوما") is not linked."""
    if not REPEL_ELABORATION:
        return True
    return bool(words) and bare_in(words[0], _ELABORATION_OPENERS)


REPEL_TOLD_BEFORE = True
"""Module switch (A/B measurement): a repelled attack told in the sentence before marks the armed group's dead counted
in this one as its attackers whatever opens it ("أفشلت القوات محاولة تسلل ... وذكر أن الاشتباكات انتهت بمقتل 9
مسلحين"), not only when a result verb opens it."""
REPEL_TOLD_AFTER = True
"""Module switch (A/B measurement): a lead that states the toll of an armed group's men ("لقي 11 مسلحا مصرعهم
في اشتباكات ...") and a next sentence that tells the attack was repelled ("وقال الجيش إن قواته صدت هجوما ...") tell
one event: the counted men are the repelled attackers, no victims (guidelines: attackers' own dead)."""


def _attacker_shot_dead(words: list[str], k: int) -> bool:
    """True when "قتيلا" at ``k`` tells an attacker shot dead: a shot-dead verb with a clitic before it ("فأردته"،
    "وأرداه") and an attacker word a few words before the verb ("أطلقوا النار على المهاجم فأردوه قتيلا"); a victim shot
    dead ("لتتجه الرصاصات صوب شقيقه وترديه قتيلا") names no attacker there and keeps its count."""
    verb = next((x for x in range(k - 1, max(-1, k - 5), -1) if bare_in(words[x], _SHOT_DEAD)), None)
    return verb is not None and any(b in _ATTACKERS for w in words[max(0, verb - 4):verb] for b in bare(w))


def _execution_not_done(words: list[str], k: int) -> bool:
    """True when the execution at ``k`` is a court's sentence or a threat, not a killing: "حكم عليه بالإعدام"
    (the word with "بال")، "قضت المحكمة بإعدام" (a court up to twelve words before)، "أحكام الإعدام"، "هدد بإعدام"،
    "قرار بإعدام" (a sentence, threat or decision word up to three words before)."""
    if words[k].startswith(("بال", "وبال")):
        return True
    if any(b in _EXECUTION_COURTS for w in words[max(0, k - 12):k] for b in bare(w)):
        return True  # "قضت المحكمة الابتدائية ... في صنعاء بإعدام": a court's ruling however far its verb
    return any(b in _EXECUTION_NOT_DONE for w in words[max(0, k - 3):k] for b in bare(w))


_INTENT = rules.words("casualties", "intent_words")


def _intended(words: list[str], k: int) -> bool:
    """True when the casualty word at ``k`` is what someone wants, plans or tries to do: a verb of intent up to four
    words before it ("يسعون لقتل الأبرياء"، "تريد الأجهزة السرية قتلهم"، "خطط لقتل"): no one was killed."""
    return any(b in _INTENT for w in words[max(0, k - 4):k] for b in bare(w))


_THREATS = rules.words("casualties", "threat_words")
_THREAT_REACH = int(rules.number("casualties", "threat_reach"))
_DONE_BEFORE = rules.words("casualties", "done_before_kill")
_THREAT_RELEASE = rules.words("casualties", "threat_release_words")


def _threatened(words: list[str], k: int) -> bool:
    """True when the casualty word at ``k`` is what a threat names: the word with "ب" ("بقتل"، "باغتيال") and a
    threat word a few words before it ("هدد مسلحون في البلدة بقتل المختار"، "توعد التنظيم بذبح الرهائن"، "تهديدات
    بقتله"): no one was killed. A verb of doing right before it ("ثم قاموا بقتل") tells the deed done."""
    w = words[k]
    if not (w.startswith("ب") or w.startswith("وب")) or k > 0 and bare_in(words[k - 1], _DONE_BEFORE):
        return False
    threats = [t for t in range(max(0, k - _THREAT_REACH), k) if bare_in(words[t], _THREATS)]
    # only the threat's own object: nothing but its subject (and a place) between; another "بال" object, an
    # attack noun, "بعد"/"على" or a verb of result between tells a deed done ("هدد الحوثيون بالرد على غارة تسببت
    # بمقتل 20 مدنيا"، "هددت العشائر بالتصعيد بعد هجوم تسبب بإصابة سبعة": the toll is the attack's)
    return bool(threats) and not any(
        words[t].startswith(("بال", "وبال")) or bare_in(words[t], _THREAT_RELEASE) for t in range(threats[-1] + 1, k))


_ATTEMPT_BEFORE = rules.words("casualties", "attempt_before_kill")
_TIME_REF_HEADS = rules.words("casualties", "time_reference_heads")
_TIME_REF_UNITS = rules.words("casualties", "time_reference_units")
_TIME_REF_CAUSES = rules.words("casualties", "time_reference_causes")
_TIME_REF_CAUSE_REACH = int(rules.number("casualties", "time_reference_cause_reach"))
_TIME_REF_PLACES = rules.words("casualties", "time_reference_places")


SHOT_CAUSE = True  # module flag, for A/B measurement only
_SHOT_CAUSES = rules.words("casualties", "shot_causes")
"""Gunfire told as the cause of an earlier death ("برصاص"، "بنيران"): the death is told with its own violence."""


def _time_reference(words: list[str], k: int) -> bool:
    """True when the casualty word at ``k`` only dates the event by an earlier death: "بعد خمسة أيام من مقتله"،
    "قبل أسبوع من اغتياله"، "بعد مرور شهر على مقتل ..." (a head word, a span of days, weeks or months, then "من"/"على"
    right before the word)."""
    if k < 2 or words[k - 1] not in {"من", "علي"}:
        return False
    before = words[max(0, k - 6):k - 1]
    if not (any(b in _TIME_REF_UNITS for w in before for b in bare(w))
            and any(b in _TIME_REF_HEADS for w in before for b in bare(w))):
        return False
    # "بعد يومين من مقتل 6 جنود في انفجار عبوة": the earlier death is told with its own event, whose toll it is;
    # "بعد أيام من مقتل ثلاثة رعاة في قرية ..." told with its own place is an incident of its own too
    after = words[k + 1:k + 1 + _TIME_REF_CAUSE_REACH]
    if any(b in _TIME_REF_CAUSES or (SHOT_CAUSE and b in _SHOT_CAUSES) for w in after for b in bare(w)):
        return False  # (also "بعد أسبوع على مقتل 17 متظاهرا برصاص الجنود": the gunfire that killed them told)
    return not any(w == "في" and bare_in(nxt, _TIME_REF_PLACES) for w, nxt in zip(after, after[1:], strict=False))


_FOLLOW_CUES = phrase_table(rules.words("casualties", "follow_cues"))
"""What an event follows ("الاعتداء الذي يعقب موجة تفجيرات"، "يأتي بعد"، "جاء في أعقاب"): a toll told after it in
the same frame is the earlier event's."""


def _after_follow_cue(ctx: DocContext, f: Frame, k: int) -> bool:
    """True when the casualty word at ``k`` stands after a "follows" cue and an event word of its own, both after
    the frame's event word: "وأصيب ثلاثة حراس في الاعتداء، الذي يعقب موجة تفجيرات ... أودت بحياة 15" (the 15 are
    the earlier wave's dead, not this attack's). With no event between ("الهجوم، الذي جاء بعد ساعات من زيارة
    الوزير، أسفر عن مقتل 10") the toll stays the frame's."""
    words = ctx.sentences[f.si].words
    if k <= f.i + 2 or not has_phrase(words, f.i + 1, k, _FOLLOW_CUES):
        return False
    events = [g.i for g in ctx.glossary[f.si] if f.i < g.i < k and g.entry.get("concept") not in _NOT_EVENTS]
    events += [x for x in range(f.i + 1, k) if bare_in(words[x], PLURAL_EVENTS)]
    return any(has_phrase(words, f.i + 1, x, _FOLLOW_CUES) for x in events)


_NOT_EVENTS = frozenset({None, "killed", "injured"})


MIXED_INCLUDING = True
"""Module switch (A/B measurement): "بمن فيهم"/"بما فيهم" (including) before an attacker word makes a mixed figure
("مقتل 15 شخصا بمن فيهم الانتحاري"), as "بينهم" does: no victims' count (guidelines: attackers' own deaths)."""
_INCLUDING = frozenset({"فيهم", "فيهما"})
SHOOTER_MIXED = True
"""Module switch (A/B measurement): "مطلق النار" (the shooter) after "بينهم"/"بمن فيهم" is the attacker as "المهاجم"
is ("قتل 5 أشخاص بينهم مطلق النار"): a figure holding the attacker, no victims' count (guidelines)."""
_SHOOTERS = rules.words("casualties", "shooter_nouns")
"""The nouns of "مطلق النار" (one who fired): the attacker when "النار" follows."""


def _mixed_with_attackers(words: list[str], at: int, hi: int) -> bool:
    """True when a toll is said to hold the attackers: "10 أشخاص معظمهم من الانتحاريين"، "بينهم المهاجم"."""
    for x in range(at, min(hi, at + 6)):
        if words[x] in _MOSTLY and (MIXED_INCLUDING or words[x] not in _INCLUDING):
            # "معظمهم من الانتحاريين"، "منهم 13 يشتبه بأنهم انتحاريون"، "بمن فيهم الانتحاري"
            return any(b in _ATTACKERS for w in words[x + 1:x + 6] for b in bare(w)) or SHOOTER_MIXED and any(
                words[y] in _SHOOTERS and words[y + 1] == "النار" for y in range(x + 1, min(len(words) - 1, x + 6)))
        if bare_in(words[x], _ANY_READ):
            return False
    return False


BOTH_SIDES = True
"""Module switch (A/B measurement) of :func:`_both_sides_after`."""
_BOTH_SIDES = rules.words("casualties", "both_sides_nouns")
_BOTH_SIDES_BEFORE = rules.words("casualties", "both_sides_before")
_BOTH_SIDES_REACH = 4


def _both_sides_after(words: list[str], at: int) -> bool:
    """True when a figure is said to hold both sides of a fight ("قتل 40 مقاتلا من الطرفين"، "12 قتيلا من كلا
    الجانبين"، "في صفوف الطرفين"): a battle's toll not split by side, no victims' count (guidelines: left out)."""
    if not BOTH_SIDES:
        return False
    for x in range(at, min(len(words), at + _BOTH_SIDES_REACH)):
        if x > at and bare_in(words[x], _ANY_READ):
            return False  # another casualty word: the sides are told of its own figure
        if words[x] in _BOTH_SIDES and x > 0 and words[x - 1] in _BOTH_SIDES_BEFORE:
            return True
    return False


BATTLE_SIDES = True
"""Module switch (A/B measurement) of :func:`_sides_split`."""
_BATTLE_WORDS = rules.words("casualties", "battle_words")
_SIDES_REACH = 6


MILITIA_SIDE = True
"""Module switch (A/B measurement) of :func:`_armed_side`: a count of a militia's men ("25 من ميليشيات الحوثي"، "25 من
عناصر الميليشيا"، "20 من الحشد الشعبي") is one armed side of a battle, as "9 من عناصر داعش" is (before, only
militant words counted, and the militia's dead were summed with the other side's as victims). Only as the counted
people's complement: militia words are no militant words elsewhere (a clash's record is no security operation)."""


def _militia_word(b: str) -> bool:
    """True when ``b`` names a militia ("ميليشيات"، "الميليشيا") and :data:`MILITIA_SIDE` is on."""
    return MILITIA_SIDE and b.startswith(_ATTACKER_STEMS)


def _armed_side(words: list[str], at: int) -> bool:
    """True when the people counted at ``at`` are an armed side's men: militants ("من عناصر داعش") or, with
    :data:`MILITIA_SIDE`, a militia's ("من ميليشيات الحوثي"، "من الحشد الشعبي")."""
    return _terrorists_counted(words, at) or MILITIA_SIDE and _attacker_side(words, at)


def _sides_split(words: list[str], q: Quantity, hi: int) -> bool:
    """True when a battle's dead are told side by side: a count of militants joined by و to a count of the other
    side's people, or the reverse ("مقتل 25 من مسلحي التنظيم و4 من القوات الأمنية" in a sentence of clashes): per-side
    figures with no stated total are no victims' count (guidelines: left out). A one-sided attack (no battle word in
    the sentence) or attackers named as such ("و3 من المهاجمين") are read as before."""
    if not BATTLE_SIDES or q.value is None or q.vague or q.end >= hi \
            or not any(b in _BATTLE_WORDS for w in words for b in bare(w)):
        return False
    if _sides_between(words, q.end, hi):
        return True
    first = _armed_side(words, q.end)
    if MILITIA_SIDE and any(b in _ATTACKERS for w in words[q.end:q.end + 3] for b in bare(w)):
        return False  # "مقتل 3 من المهاجمين و4 من الجنود": the attackers, read as before
    for x in range(q.end, min(hi, q.end + _SIDES_REACH)):
        w = words[x]
        if x > q.end and bare_in(w, _ANY_READ):
            return False  # another casualty word: its own figure
        if w == "و":
            p = read_quantity(words, x + 1)
        elif w.startswith("و") and len(w) > 1 and (w[1].isdigit() or len(w) > 3):
            p = read_quantity(_and_cut(words, x), x)
        else:
            continue
        if p is None or p.value is None or p.end >= hi:
            continue
        other = _armed_side(words, p.end)
        if other == first or any(b in _ATTACKERS for w2 in words[p.end:p.end + 3] for b in bare(w2)):
            return False
        return other or words[p.end] == "من" or _person_count(words[p.end]) \
            or MILITIA_SIDE and bare_in(words[p.end], _OBJECT_PERSONS)  # "و4 جنود"
    return False


BATTLE_KINDS = True
"""Module switch (A/B measurement) of :func:`_kinds_split`."""


def _kinds_split(words: list[str], q: Quantity, p: Quantity) -> bool:
    """True when, in a sentence of clashes, the dead ``q`` and the wounded ``p`` (or the reverse) are of the two fighting
    sides: an armed group's men on one side ("12 من ميليشيات الحوثي قتلوا"، "قتل 9 من مسلحي التنظيم"), a group of
    people told after "من" or a person noun on the other ("وأصيب 5 من أفراد المقاومة"، "وأصيب 4 جنود"). Per-side
    battle figures are no victims' count (guidelines): neither is kept. Attackers named as such ("3 من المهاجمين"), a
    count with no group after it ("وأصيب 4 آخرون") or both of one side are read as before."""
    if not BATTLE_KINDS or q.value is None or q.vague or p.value is None or p.vague \
            or not any(b in _BATTLE_WORDS for w in words for b in bare(w)):
        return False
    sides = []
    for c in (q, p):
        if c.start < 0 or c.end >= len(words):
            return False
        if any(b in _ATTACKERS for w in words[c.end:c.end + 3] for b in bare(w)):
            return False  # the attackers of an attack: not a side of a battle
        if _terrorists_counted(words, c.end) or _attacker_side(words, c.end):
            sides.append(True)
        elif words[c.end] == "من" or _person_count(words[c.end]):
            sides.append(False)
        else:
            return False
    return sides[0] != sides[1]


_BETWEEN_REACH = 10


def _sides_between(words: list[str], at: int, hi: int) -> bool:
    """True when a count's people are two groups joined by و ("12 مقاتلا من الفصائل وجبهة النصرة") and the fight is
    then said to be between the two sides ("إثر اشتباكات بين الطرفين"): one figure for both sides."""
    x = next((y for y in range(at, min(hi, at + 4)) if words[y] == "من"), None)  # "عنصرا على الأقل من"
    if x is None:
        return False
    joined = False
    for y in range(x + 1, min(hi - 1, x + _BETWEEN_REACH)):
        w = words[y]
        if bare_in(w, _ANY_READ):
            return False
        if w.startswith("و") and len(w) > 3 and read_quantity(_and_cut(words, y), y) is None:
            joined = True  # "وتنظيم داعش": a second group of the same count
        if joined and w == "بين" and words[y + 1] in _BOTH_SIDES:
            return True
    return False


_CAPTURE_NOUNS = rules.words("casualties", "capture_nouns")


def _captured(words: list[str], q: Quantity) -> bool:
    """True when a number read back from a casualty word is the object of a capture or arrest told right before it
    ("أسر 3 مسلحين وقتل ..."، "اعتقال 12 مطلوبا وقتل ..."): those people were taken, not killed."""
    return q.start > 0 and any(b in _CAPTURE_NOUNS or b in _OTHER_OBJECT_VERBS for b in bare(words[q.start - 1]))


def _both_kinds_after(words: list[str], at: int) -> bool:
    """True when "بين قتيل وجريح" follows a figure within a few words: one figure for both kinds."""
    return any(words[x] == "بين" and words[x + 1] in _SINGLE_COUNTED for x in range(at, min(len(words) - 1, at + 7)))


def _combined_toll(words: list[str], k: int) -> bool:
    """True for "مقتل وإصابة N" / "قتلى وجرحى" / "قتل وأصيب N": two nouns (or two verbs, :data:`PAIRED_VERBS`) joined by
    و share one figure."""
    # (the verbs only when they open the sentence: "عسكري قتل وجرح اثنان" counts the one before and the two after)
    first = k - 1 if k > 0 and words[k].startswith("و") else k  # the first of the two verbs
    opens = first <= 1 or (PAIRED_AFTER_OPENER and words[first - 1] in _CLAUSE_OPENERS)
    tolls = _TOLL_NOUNS | _PAIRED_VERBS if PAIRED_VERBS and opens else _TOLL_NOUNS
    prev_killed = k > 0 and words[k].startswith("و") and any(b in tolls for b in bare(words[k - 1])) \
        and any(b in tolls for b in bare(words[k]))
    next_injured = k + 1 < len(words) and words[k + 1].startswith("و") and any(
        b in tolls for b in bare(words[k + 1])) and any(b in tolls for b in bare(words[k]))
    return prev_killed or next_injured


PAIRED_VERBS = True
"""Switch: two casualty verbs joined by و before one figure ("قتل وأصيب 55 عنصرا"، "استشهد وجرح 12") share it, like the
nouns ("مقتل وإصابة 7"): neither count is stated (the figure was read as the wounded). Only when the verbs open their
sentence: after a subject ("عسكري قتل وجرح اثنان") the first verb has its own."""
_PAIRED_VERBS = rules.words("casualties", "paired_verbs")


_TOLL_NOUNS = rules.words("casualties", "toll_nouns")

PAIRED_AFTER_OPENER = True
"""Switch: the paired verbs also share one figure when a clause opener stands right before them ("، كما قتل وأصيب
خمسة من أفراد المقاومة"، "فيما قتل وجرح 12"): they open their clause there as at the start of a sentence (the figure
was read as the wounded)."""
_CLAUSE_OPENERS = rules.words("casualties", "paired_verb_openers")
