"""Casualty counts: :func:`casualties`, the killed or injured count of an event frame.

The order of the readers: a toll update, the casualty words of the frame (a one-victim word, a named victim, the
count beside the word, a singular verb's subject), else an explicit zero; a stated count told after a vague one
("سقوط عدة قتلى ... ما أدى إلى مقتل شخصين")، a death of wounds ("توفي ... متأثرا بجروحه"), and a blast's toll told
in the result clause after its frame.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from marsad.agent.numbers import Quantity
from marsad.agent.offline import rules
from marsad.agent.offline.casualties_bodies import found_bodies
from marsad.agent.offline.casualties_companions import _others_after, _with_companions
from marsad.agent.offline.casualties_counts import _DAY_WORDS, _quantity_near
from marsad.agent.offline.casualties_excluded import (
    _ATTEMPT_BEFORE,
    _RESULT_OPENERS,
    _after_follow_cue,
    _attackers_repelled,
    _both_kinds_after,
    _both_sides_after,
    _combined_toll,
    _execution_not_done,
    _intended,
    _kinds_split,
    _sides_split,
    _threatened,
    _time_reference,
)
from marsad.agent.offline.casualties_pronouns import armed_pronoun_kill, pronoun_kill, pronoun_victims
from marsad.agent.offline.casualties_subjects import _person_subject
from marsad.agent.offline.casualties_updates import (
    _ZERO_INJURED,
    _ZERO_KILLED,
    _explicit_zero,
    _updated_total,
    negated_hurt,
)
from marsad.agent.offline.casualties_words import (
    _ANY_READ,
    _EXECUTED,
    _GIVEN_NAMES,
    _INJURED_READ,
    _KILLED_READ,
    _NAME_STOPS,
    _ONE_OF_THEM,
    _ONE_VICTIM,
    _OTHERS_WORDS,
    INJURED,
    _dated_and_breaks,
    _dual_by_number,
    _dual_noun,
    _one_person,
)
from marsad.agent.offline.context import DocContext, bare, bare_in, forms_of
from marsad.agent.offline.vocab import KILLED, REL_PRONOUNS

if TYPE_CHECKING:
    from marsad.agent.offline.actors import Person
    from marsad.agent.offline.frames import Frame


_ASSASSINATED = rules.words("casualties", "assassinated")

_DUAL_VICTIMS = rules.words("casualties", "dual_victims")

_KILL_VERBS_SINGULAR = rules.words("casualties", "kill_verbs_singular")
FEMININE_PASSIVE = True
"""Module switch (A/B measurement): a feminine singular kill verb ("قتلت"، "اغتيلت") after one person told as its
subject ("إن طفلة قتلت برصاص"، "وكانت الممرضة قد قتلت برصاصة") counts that one person, as the masculine does; a
relative pronoun or "الشهيد" before it is not read for the feminine ("الغارة التي قتلت المدنيين" is active)."""
_KILL_VERBS_FEMININE = rules.words("casualties", "kill_verbs_feminine")

KIN_LIST = True
"""Module switch (A/B measurement): kin joined to a victim each count one ("مقتل فلان وزوجته" = 2, "إصابة زوجته
وأخيه وطفلته" = 3)."""
KIN_OTHERS = True
"""Module switch (A/B measurement): a relative told with others counted after them ("وإصابة والده واثنين آخرين" = 3،
"مقتل زوجته و3 من أطفالها" = 4) counts them all; before, one relative with others was no count at all."""
_KIN = rules.words("casualties", "kin_nouns")
"""A relative told by a noun with its pronoun ("زوجته"، "ابنه"، "طفلتها"): one person."""
_KIN_HEADS = rules.words("casualties", "kin_heads")
"""Nouns that name one relative of a relative ("زوجة ابنه"، "ابن شقيقه")."""
_ALSO = [tuple(p.split("_")) for p in rules.words("casualties", "also_openers")]
"""Phrases that add one more victim ("بالإضافة إلى"، "إلى جانب")."""


def _kin_one(words: list[str], x: int, hi: int, first: str | None = None) -> int:
    """The index after one relative told at ``x`` ("زوجته"، "زوجة ابنه"), or ``x`` when no relative stands there;
    ``first``: the word at ``x`` read without its joining و."""
    w = words[x] if first is None and x < hi else first
    if x < hi and w in _KIN:
        return x + 1
    if x + 1 < hi and w in _KIN_HEADS and words[x + 1] in _KIN:
        return x + 2  # "زوجة ابنه": one person
    return x


def _kin_more(words: list[str], x: int, hi: int) -> tuple[int, int]:
    """How many relatives are joined after ``x`` ("وزوجته، بالإضافة إلى سائق"، "وأخيه وطفلته") and the index after them.

    Each is one person: a relative joined by و, or a relative or a singular person noun after a phrase that adds
    one more ("بالإضافة إلى"). A name or an adjective after a relative ends the list."""
    n = 0
    while x < hi:
        w = words[x]
        if w.startswith("و") and len(w) > 2:
            y = _kin_one(words, x, hi, first=w[1:])
            if y > x:
                n, x = n + 1, y
                continue
        also = next((p for p in _ALSO if tuple(words[x:x + len(p)]) == p), None)
        if also is not None:
            z = x + len(also)
            y = _kin_one(words, z, hi)
            if y == z and z < hi and any(_one_person(b) for b in bare(words[z])):
                y = z + 1
            if y > z:
                n, x = n + 1, y
                continue
        break
    return n, x

INJURED_SUBJECT = True
"""Module switch (A/B measurement): one person told as the subject of a singular injure verb ("إن شخصا أصيب
برصاص"، "وكان فتى قد أصيب") is one injured, as the subject of a singular kill verb is one killed; not when the
sentence tells a death of wounds ("إن شابا أصيب ... وتوفي متأثرا": he is counted among the dead)."""
_INJURE_VERBS_SINGULAR = rules.words("casualties", "injure_verbs_singular")

NAMED_INJURED = True
"""Module switch (A/B measurement) of :func:`_named_subject`."""
_THAT = frozenset({"ان", "بان", "وان", "لان"})
_NOT_WOUNDS = rules.words("casualties", "not_wound_objects")
"""What a singular "أصيب" may take that is no wound ("أصيب بخيبة أمل"، "أصيبت بمرض"): no injured."""
_NAMED_THAT_REACH = 4


def _named_subject(ctx: DocContext, si: int, k: int) -> int | None:
    """Where a named person stands as the subject of a singular injure verb at ``k`` after "أن"/"إن" ("قال إن
    الوزير فلان أصيب برصاصة"، "أفاد بأن فلان أصيب في ساقه"; a bare surname of a person named before in the article:
    "إن فلان أصيب"): one injured, as a person noun there ("إن شخصا أصيب") is. Not when a number follows the verb
    (a count of its own) or the verb takes no wound ("أصيب بخيبة أمل")."""
    words = ctx.sentences[si].words
    v = k - 1 if k > 0 and words[k - 1] == "قد" else k
    after = words[k + 1:k + 8]
    if any(b in _NOT_WOUNDS for w in after[:2] for b in bare(w)) or any(
            w == "مع" or bare_in(w, _OTHERS_WORDS) for w in after):
        return None  # "أصيب بخيبة أمل": no wound; "أصيب مع ثلاثة آخرين": the companions' count is read elsewhere
    p = next((p for p in ctx.persons if p.sentence == si and p.j == v), None)
    if p is not None:
        x = p.i
    elif v > 0 and (words[v - 1] in _GIVEN_NAMES or words[v - 1] in _surnames(ctx)):
        x = v - 1
    else:
        return None
    y = x
    while y > 0 and x - y < _NAMED_THAT_REACH and words[y - 1] not in _THAT and _title_word(words[y - 1]):
        y -= 1  # "إن الوزير فلان"، "أن الشاب فلان": a title before the name
    return x if y > 0 and words[y - 1] in _THAT else None


def _surnames(ctx: DocContext) -> frozenset[str]:
    """The words after the first of the persons named in the article (a surname told alone later)."""
    return frozenset(w for p in ctx.persons if p.j - p.i >= 2 for w in ctx.sentences[p.sentence].words[p.i + 1:p.j])


MILITANTS_BEFORE_VERB = True
"""Module switch (A/B measurement): in a strike's frame (air strike, shelling), militants counted before the casualty
verb ("13 عنصرا من التنظيم قتلوا في غارة") are its toll as those after it are ("قتلت الغارة 13 عنصرا من التنظيم");
before, they were no count at all. Clashes and attacks keep that (attackers' dead are no victims)."""
_STRIKE_CONCEPTS = frozenset({"airstrike", "shelling"})

AIR_KILLER = True
"""Module switch (A/B measurement) of :func:`_air_killer`."""
_AIR_FIRE = rules.words("casualties", "air_fire_nouns")


def _air_killer(words: list[str], lo: int, k: int) -> bool:
    """True when strikes are told before the casualty word at ``k`` in its frame ("إن طيران التحالف وجه عددا من
    الضربات ... وتمكن من قتل 28 إرهابيا"، "شن 5 غارات قتل فيها 20 مسلحا"): militants killed
    there are the strikes' toll, as in a strike's own frame, not a ground operation's result. The air force named
    alone ("تدخل طيران التحالف وتمكن من قتل 18") tells no strike of its own."""
    return AIR_KILLER and any(b in _AIR_FIRE for w in words[lo:k] for b in bare(w))

_SOME = rules.words("casualties", "vague_subjects")
"""A vague subject of a one-victim word ("بعضهم لقي حتفه"، "منهم من لقي مصرعه"): no count."""

_TITLE_REACH = int(rules.number("casualties", "title_reach"))
"""How many words of a title may stand between a casualty word and the named victim ("مقتل القيادي البارز فلان")."""


def _title_word(w: str) -> bool:
    """A definite singular word of a victim's title ("القيادي"، "البارز"، "الميداني"), not a plural ("المسلحين")."""
    return w.startswith("ال") and len(w) > 3 and not w.endswith(("ين", "ون", "ات"))


TITLE_CHAIN = True
"""Module switch (A/B measurement) of :func:`_titled_victim`."""
_TITLE_HEADS = rules.words("casualties", "title_heads") | rules.words("actors", "ranks") \
    | rules.words("actors", "royal_titles")
"""One person's title or kinship ("زعيم"، "قائد"، "العقيد"، "والده"): the head of a victim's title chain."""
_CHAIN_REACH = int(rules.number("casualties", "title_chain_reach"))


def _titled_victim(ctx: DocContext, si: int, words: list[str], k: int) -> Person | None:
    """The named victim after a casualty word whose title is a chain headed by one person's title ("مقتل زعيم
    التنظيم فلان"، "قتل خاله العقيد فلان"): one victim, as "مقتل القيادي البارز فلان" (two definite title words) is.
    The chain holds words only: no number, no comma, no preposition or "و" (another group, a place)."""
    if k + 1 >= len(words) or not bare_in(words[k + 1], _TITLE_HEADS):
        return None
    p = next((p for p in ctx.persons if p.sentence == si and k + 1 < p.i <= k + 1 + _CHAIN_REACH), None)
    if p is None or any(not w.isalpha() or w in _NAME_STOPS or w.startswith("و") or bare_in(w, _ANY_READ)
                        for w in words[k + 2:p.i]):
        return None
    if any(bare_in(words[x], _ONE_VICTIM) and words[x + 1] == "مع" for x in range(p.j, len(words) - 1)):
        return None  # "مصرع القيادي فلان ...، ولقي مصرعه مع عشرات من رجاله": him and others, no count (D-20)
    return p


_PART_WORDS = rules.words("attacks", "part_openers")
"""Words that open a part of a toll told before ("بينهم"، "منهم"): a count after them is no whole toll."""
REL_PART = True
"""Module switch (A/B measurement): a victim told by a relative clause after "بينهم"/"منهم" ("أسفرت المعارك عن مقتل
العشرات، بينهم القيادي فلان الذي لقي مصرعه في جبهة كذا") is one of a toll told before it, a part: no count of its own
(before, the clause counted one, a record of one death beside the vague toll)."""
_REL_PART_REACH = 10
"""How many words before the verb of the relative clause "بينهم"/"منهم" may stand."""
_PART_REACH = 4

VAGUE_THEN_COUNT = True
"""Module switch of :func:`_counted_later` (A/B measurement)."""


def _counted_later(ctx: DocContext, f: Frame, keywords: frozenset[str], vague: Quantity) -> tuple[Quantity, str] | None:
    """A stated count told after a vague one in the same frame ("أسفرت عن سقوط عدة قتلى ... وقتل فيها ثلاثة
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
    """The count of a death of wounds ("توفي شاب متأثرا بجروحه"، "إن فتى توفي
    متأثرا بإصابته"، "توفي أحدهما متأثرا بجراحه"): a dying verb, "متأثرا" within a few words after it, and the dead
    told after the verb (a number, a dual, one person noun, "أحدهم", a name) or before it ("إن فتى ... توفي")."""
    if not DIED_OF_WOUNDS:
        return None
    s = ctx.sentences[f.si]
    words = s.words
    dated, breaks = _dated_and_breaks(ctx, f.si)
    for k in range(f.lo, f.hi):
        if not bare_in(words[k], _WOUND_DEATH_VERBS):
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
    next words (after its day) open its result ("إن عبوة انفجرت صباحا، ما خلف 4 قتلى"): the toll
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


NEXT_SENTENCE = True
"""Module switch (A/B measurement) of :func:`_next_sentence_toll`."""
_NEXT_SPAN_WORDS = rules.words("casualties", "next_sentence_span_words")
_OWN_SOLDIERS = rules.words("casualties", "next_sentence_soldiers")
_FORCE_DOERS = rules.words("casualties", "next_sentence_force_doers")
"""An army or forces told as the doer, right after the frame's verb or just before it ("قصف الجيش"، "القوات
قصفت"): soldiers counted in the next sentence are its own, hit by another's fire, not the victims of its strike."""
_AGE_WORDS = rules.words("casualties", "next_sentence_age_words")
"""Words of an age after a number ("16 عاما"، "في الـ16 من العمر"): a person's age, not a count of victims."""
_EVENT_CONCEPTS = rules.phrases("frames", "attack_concepts") - {"killed"}
"""Words of a span or a sum ("منذ"، "خلال"، "حصيلة"، "إجمالي"، "تقرير"): a count told with them is a total over
time, not the toll of the incident told just before."""


NEXT_NISBA = True
"""Module switch (A/B measurement): a country's nisba after a definite noun in the next sentence ("وقالت وزارة
الصحة الفلسطينية إن ..."، "وأعلنت الشرطة الباكستانية") describes the body that speaks, it names no place of its own:
the sentence may still tell the toll of the incident before it."""


def _own_places(ctx: DocContext, si: int) -> list:
    """The place mentions of sentence ``si`` that name a place: not a country's nisba agreeing with a definite noun
    before it ("الرئاسة اليمنية"), when :data:`NEXT_NISBA` is on."""
    words = ctx.sentences[si].words
    places = ctx.places_in(si, 0, len(words))
    if not NEXT_NISBA:
        return places
    return [m for m in places if not (
        m.j - m.i == 1 and m.i > 0 and (m.entry.data or {}).get("admin_level") == "country"
        and words[m.i].startswith("ال") and words[m.i].endswith(("ي", "يه"))
        and words[m.i - 1].startswith("ال") and len(words[m.i - 1]) > 3
        and not any(p.j == m.i for p in places))]


def _next_sentence_toll(ctx: DocContext, f: Frame, keywords: frozenset[str]) -> tuple[Quantity, str] | None:
    """The toll told in the sentence right after an incident that tells none, when that sentence tells no event of
    its own, only its dead or wounded ("انفجرت عبوة قرب دورية للشرطة. وأفاد مصدر بأن قتيلين سقطا وأصيب ثلاثة"،
    "كما أسفر الحادث أيضا عن جرح خمسة"): a stated number of two or more, not of militants, read there as in the
    frame's own sentence.

    Not when the frame is not the last event of its sentence (the toll may be another's); when the next sentence
    names a place or a day of its own, or a strike, a blast or any other event word (another item of the news), or
    tells a span or a sum ("منذ"، "خلال"، "حصيلة"); when it counts soldiers after a strike an army or forces did
    (their own men, hit by the other side); when the number is an age ("في الـ16 من العمر"); when the article
    told a count of that kind before the frame, in its sentence or earlier (the incident may be counted already: the next sentence's count
    would be a part or another's); or when it gives for the other kind a count that differs from the frame's own."""
    if not NEXT_SENTENCE or f.si + 1 >= len(ctx.sentences):
        return None
    si = f.si + 1
    nxt = ctx.sentences[si]
    words = nxt.words
    read = _KILLED_READ if keywords is KILLED else _INJURED_READ
    if nxt.is_title or read.isdisjoint(forms_of(nxt)):
        return None
    if not _NEXT_SPAN_WORDS.isdisjoint(forms_of(nxt)) or _own_places(ctx, si) \
            or ctx.dates[si] or any(g.entry.get("concept") in _EVENT_CONCEPTS for g in ctx.glossary[si]):
        return None
    from marsad.agent.offline.frames import find_frames  # (frames reads no casualties: no cycle at load)

    if any(not set(g.concepts) <= {"killed"} for g in find_frames(ctx, si)) \
            or any(g.i > f.i for g in find_frames(ctx, f.si)):
        return None
    whole = replace(f, si=si, i=0, j=0, lo=0, hi=len(words))
    q, text, militants = _casualties(ctx, whole, keywords, start=0)
    if q is None or militants or q.value is None or q.vague or q.value < 2 or text is None \
            or any(b in _AGE_WORDS for w in words[q.end:q.end + 3] for b in bare(w)):
        return None
    fw = ctx.sentences[f.si].words
    doer = fw[f.j] if f.j < len(fw) else ""
    if q.end < len(words) and bare_in(words[q.end], _OWN_SOLDIERS) and any(
            b in _FORCE_DOERS for w in [doer, *fw[max(f.lo, f.i - 2):f.i]] for b in bare(w)):
        return None  # "قصف الجيش موقعا. وأفاد مراسل بأن ثلاثة جنود أصيبوا": a force's own soldiers, hit by another
    for sj in range(f.si + 1):  # (the title too: a headline's count is the incident's)
        told = replace(f, si=sj, i=0, j=0, lo=0, hi=f.lo if sj == f.si else len(ctx.sentences[sj].words))
        before, _, _ = _casualties(ctx, told, keywords, start=0)
        if before is not None:  # (a count without a value too: "لقي 9 عناصر ... مصرعهم" is read so)
            return None
    other = INJURED if keywords is KILLED else KILLED
    mine, _, _ = _casualties(ctx, f, other)
    theirs, _, _ = _casualties(ctx, whole, other, start=0)
    if mine is not None and theirs is not None and mine.value != theirs.value:
        return None
    end = len(ctx.sentences[f.si].words)  # (the count stands in another sentence: no position in the frame's own,
    # where the readers after this one look at the words around a count's position)
    return Quantity(q.value, False, end, end), text


NEXT_REACHED = True
"""Module switch (A/B measurement) of :func:`_next_reached`."""


def _next_reached(ctx: DocContext, f: Frame, keywords: frozenset[str]) -> tuple[Quantity, str] | None:
    """The toll an incident that tells none gets from the sentence right after it when that sentence states it by its
    noun and the masculine "بلغ" ("انفجرت عبوة قرب سوق في المدينة. وقال مصدر طبي إن عدد القتلى بلغ 6 أشخاص"، "إن عدد
    الجرحى بلغ 11"): :data:`casualties_updates.REACHED_NOUN_FIRST`. That sentence opens no frame, so the toll fills the
    incident told before it and makes no record of its own. Not when the frame is not the last event of its sentence,
    nor when the next sentence tells an event of its own."""
    if not NEXT_REACHED or f.si + 1 >= len(ctx.sentences):
        return None
    from marsad.agent.offline.frames import find_frames  # (frames reads no casualties: no cycle at load)

    nxt = ctx.sentences[f.si + 1]
    total = _updated_total(nxt.words, 0, len(nxt.words), wounded=keywords is INJURED, noun_first=True)
    if total is None or total.value is None or total.vague or nxt.is_title:
        return None
    if find_frames(ctx, f.si + 1) or any(g.i > f.i for g in find_frames(ctx, f.si)):
        return None
    end = len(ctx.sentences[f.si].words)  # (the count stands in another sentence: no position in the frame's own)
    return Quantity(total.value, False, end, end), ctx.quote(*nxt.token_span(total.start, total.end))


PERCENT = True
"""Switch (A/B measurement and its tests): a share is no count of people. A number told as a percentage ("نسبة 45% من
ضحايا القارة"، "بنسبة 30 بالمئة"، "20٪ من القتلى") gives the frame no toll: the "%" sign is dropped from the words, so the
raw text right after the number is read, and "نسبة"/"بنسبة" right before it."""
_PERCENT_BEFORE = rules.words("casualties", "percent_before")
_PERCENT_SIGNS = ("%", "٪")


def _percentage(ctx: DocContext, si: int, q: Quantity | None) -> bool:
    """Whether the count ``q`` of sentence ``si`` is a percentage (:data:`PERCENT`)."""
    if not PERCENT or q is None or q.value is None or q.start < 0:
        return False
    s = ctx.sentences[si]
    if q.start >= len(s.tokens):
        return False
    if q.start > 0 and bare_in(s.words[q.start - 1], _PERCENT_BEFORE):
        return True
    end = s.token_span(q.start, q.start + 1)[1]
    return ctx.quote(end, end + 2).lstrip()[:1] in _PERCENT_SIGNS


def casualties(ctx: DocContext, f: Frame, keywords: frozenset[str]) -> tuple[Quantity | None, str | None, bool]:
    """The killed (or injured) count of a frame, none when it is a percentage (:func:`_percentage`).

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
        if result is not None:  # "إن عبوة انفجرت قرب السوق، ما أدى إلى سقوط 6 قتلى و14 مصابا"
            q, text, militants = _casualties(ctx, result, keywords)
    if _percentage(ctx, f.si, q):
        return None, None, False  # "نسبة 45% من ضحايا القارة": a share of the dead, no toll
    if q is not None and q.value is None and q.vague and not militants:
        later = _counted_later(ctx, f, keywords, q)
        if later is not None:
            return later[0], later[1], False
    if q is None and keywords is KILLED:
        bodies = found_bodies(ctx.sentences[f.si].words, f.i)
        if bodies is not None:  # "عثر على جثة شاب مقتولا بالرصاص": one body, one dead
            return bodies, ctx.quote(*ctx.sentences[f.si].token_span(bodies.start, bodies.end)), False
        died = _died_of_wounds(ctx, f)
        if died is not None:
            return died[0], died[1], False
    if q is None:
        nxt = _next_sentence_toll(ctx, f, keywords)
        if nxt is not None:
            return nxt[0], nxt[1], False
        reached = _next_reached(ctx, f, keywords)
        if reached is not None:
            return reached[0], reached[1], False
    if q is not None and q.value is not None and not militants:
        p, _, _ = _casualties(ctx, f, INJURED if keywords is KILLED else KILLED)
        if p is not None and _kinds_split(ctx.sentences[f.si].words, q, p):
            # "نحو 20 من مسلحي الجماعة قتلوا، وأصيب أربعة جنود في مواجهات": each side's own figure
            return Quantity(None, True, q.start, q.end), text, False
    return q, text, militants


def _casualties(ctx: DocContext, f: Frame, keywords: frozenset[str],
                start: int | None = None) -> tuple[Quantity | None, str | None, bool]:
    """:func:`casualties` read from the frame's start (or from ``start``, a later count: no update, no zero)."""
    s = ctx.sentences[f.si]
    words = s.words
    dated, breaks = _dated_and_breaks(ctx, f.si)
    read = _KILLED_READ if keywords is KILLED else _INJURED_READ if keywords is INJURED else keywords
    if (keywords is KILLED or keywords is INJURED) and start is None:
        total = _updated_total(words, f.lo, f.hi, wounded=keywords is INJURED)  # "وارتفع عدد الجرحى إلى 45"
        if total is not None:
            return total, ctx.quote(*s.token_span(total.start, total.end)), False
    for k in range(f.lo if start is None else max(f.lo, start), f.hi):
        if not any(b in read for b in bare(words[k])) and not (
                keywords is KILLED and (pronoun_kill(words, k) or armed_pronoun_kill(s, k))):
            continue
        if bare_in(words[k], _EXECUTED) and _execution_not_done(words, k):
            continue  # "قضت المحكمة بإعدام 19"، "هدد بإعدام الرهائن": no one was killed
        if any(negated_hurt(words, j) for j in range(max(f.lo, k - 3), k + 1)):
            continue  # "دون أن يصاب أحد بجروح": nobody hurt, no count of one; the explicit zero below reads it
        if _intended(words, k):
            continue  # "الذين يسعون لقتل الأبرياء"، "ثمانية رجال تريد الأجهزة قتلهم": no one was killed
        if _threatened(words, k):
            continue  # "هدد مسلحون بقتل المختار إذا لم يغادر": a threat, no one was killed
        if k > 0 and bare_in(words[k - 1], _ATTEMPT_BEFORE):
            continue  # "محاولة قتل جاسوس سابق"، "محاولة اغتيال": an attempt on a life, no one killed by it
        if _after_follow_cue(ctx, f, k):
            continue  # "الاعتداء، الذي يعقب موجة تفجيرات أودت بحياة 15": the toll of what the event follows
        if _time_reference(words, k):
            # "تجددت الاشتباكات بعد خمسة أيام من مقتله": an earlier death dates this event, no toll of it ("جاء
            # الانفجار بعد يومين من مقتل 8 في تفجير عبوة": a toll with its own event after it is that one's)
            continue
        if keywords is KILLED and (told := pronoun_victims(s, k)) is not None:
            return told, ctx.quote(*s.token_span(k, k + 1)), False  # "زميليه اللذين قتلهما قناص" = 2
        if bare_in(words[k], _DUAL_VICTIMS):
            return Quantity(2, False, k, k + 1), ctx.quote(*s.token_span(k, k + 1)), False  # "سقوط قتيلين"
        if bare_in(words[k], _ONE_VICTIM) or (
                keywords is KILLED and bare_in(words[k], _ASSASSINATED)
                and "محاوله" not in words[max(f.lo, k - 2):k]):
            q = _with_companions(words, 1, k, k + 1, f.hi, read)  # "لقي مصرعه مع شقيقه" = 2
            if not _SOME.isdisjoint(words[max(f.lo, k - 3):k]):
                q = Quantity(None, True, q.start, q.end)  # "بعضهم لقي حتفه": some of them, no count
            return q, ctx.quote(*s.token_span(k, max(k + 1, q.end))), False
        q = _quantity_near(words, k, f.lo, f.hi, dated, breaks,
                           MILITANTS_BEFORE_VERB and not _STRIKE_CONCEPTS.isdisjoint(f.concepts))
        # a title between only when the frame tells its attack ("مقتل القيادي البارز فلان في غارة"); a bare death
        # of a titled man ("برقيات العزاء بمقتل القيادي البارز فلان") is news of a death told elsewhere
        reach = 0 if set(f.concepts) <= {"killed"} else _TITLE_REACH
        named = next((p for p in ctx.persons if p.sentence == f.si and k < p.i <= k + 1 + reach
                      and all(_title_word(w) for w in words[k + 1:p.i])), None) if q is None else None
        if named is None and q is None and reach and TITLE_CHAIN:
            named = _titled_victim(ctx, f.si, words, k)
        if named is not None and keywords is KILLED and any(
                b in _ONE_VICTIM for w in words[named.j:named.j + 2] for b in bare(w)):
            continue  # "لقي القيادي فلان مصرعه مع عدد من مرافقيه": the victim's own word reads him and his companions
        if named is not None:  # "مقتل محسن الفضلي، زعيم ..."، "مقتل القيادي البارز فلان": one named victim ("وعدد من
            # مرافقيه": no count)
            q = _with_companions(words, 1, k + 1, named.j, f.hi, read)
        if KIN_LIST and q is None and named is None:
            y = _kin_one(words, k + 1, f.hi)
            if y > k + 1:  # "إصابة زوجته وزوجة ابنه وأخيه": the relatives told, one each
                n, end = _kin_more(words, y, f.hi)
                others = _others_after(words, end, f.hi, read) if KIN_OTHERS else None
                if others is not None and others.value is not None and not others.vague:
                    q = Quantity(1 + n + others.value, False, k + 1, others.end)  # "وإصابة والده واثنين آخرين" = 3
                elif n:  # (one relative alone, "مقتل والده", is often a death told as the person's story)
                    q = Quantity(1 + n, False, k + 1, end)
        if KIN_LIST and q is not None and q.value is not None and not q.vague and q.start >= 0 and q.end > k:
            at = q.end
            if q.value == 1 and at < f.hi and words[at] in _GIVEN_NAMES:
                at += 1  # "مقتل المواطن سالم الحداد وزوجته": past the victim's name
                while at < min(f.hi, q.end + 4) and not words[at].startswith("و"):
                    at += 1
            n, end = _kin_more(words, at, f.hi)
            if n:  # "مقتل المواطن فلان وزوجته، بالإضافة إلى سائق الدراجة" = 3
                q = Quantity(q.value + n, False, q.start, end)
        if q is not None and q.value == 1 and q.end == q.start + 1 and keywords is KILLED and any(
                b in _ONE_VICTIM for w in words[q.end:q.end + 5] for b in bare(w)):
            continue  # "لقي ضابط ... مصرعه مع ثلاثة من مرافقيه": the victim's word reads the companions
        if q is not None and q.start < 0:
            q = Quantity(q.value, q.vague, -1 - q.start, q.end)
            if _attackers_repelled(ctx, f.si, q):  # "قتل 7 مسلحين إثر محاولتهم التسلل": a repelled attack's attackers
                q = Quantity(None, True, q.start, q.end)
                return q, ctx.quote(*s.token_span(min(k, q.start), max(k + 1, q.end))), False
            if set(f.concepts) <= {"killed"} and not _air_killer(words, f.lo, k):
                return None, None, True  # "قتل 20 إرهابياً": a security operation's result, not an attack
            # militants killed in an air strike: still its toll
        if q is None:
            if keywords is KILLED and bare_in(words[k], _KILL_VERBS_SINGULAR):
                back = words[max(f.lo, k - 15):k]
                if "الشهيد" in back or not REL_PRONOUNS.isdisjoint(words[max(f.lo, k - 2):k]):
                    if REL_PART and any(b in _PART_WORDS for w in words[max(0, k - _REL_PART_REACH):k] for b in bare(w)):
                        # "مقتل العشرات ... بينهم القيادي فلان الذي لقي مصرعه": one of a toll told before, no toll
                        return Quantity(None, True, k, k + 1), ctx.quote(*s.token_span(k, k + 1)), False
                    return Quantity(1, False, k, k + 1), ctx.quote(*s.token_span(k, k + 1)), False
                subject = _person_subject(words, k)
                if subject is not None:  # "إن راعياً، في الـ31 من عمره، قتل"
                    return Quantity(1, False, subject, k + 1), ctx.quote(*s.token_span(subject, k + 1)), False
            if FEMININE_PASSIVE and keywords is KILLED and bare_in(words[k], _KILL_VERBS_FEMININE):
                subject = _person_subject(words, k)
                if subject is not None:  # "وكانت الممرضة قد قتلت برصاصة"
                    return Quantity(1, False, subject, k + 1), ctx.quote(*s.token_span(subject, k + 1)), False
            if INJURED_SUBJECT and keywords is INJURED and bare_in(words[k], _INJURE_VERBS_SINGULAR) \
                    and _OF_WOUNDS.isdisjoint(forms_of(s)) and _WOUND_DEATH_VERBS.isdisjoint(forms_of(s)):
                subject = _person_subject(words, k)
                if subject is not None:  # "إن شخصا أصيب برصاص الجيش": one injured
                    return Quantity(1, False, subject, k + 1), ctx.quote(*s.token_span(subject, k + 1)), False
                subject = _named_subject(ctx, f.si, k) if NAMED_INJURED else None
                if subject is not None:  # "إن الوزير فلان أصيب برصاصة في ذراعه"، "وأضاف أن فلان أصيب": one injured
                    return Quantity(1, False, subject, k + 1), ctx.quote(*s.token_span(subject, k + 1)), False
            continue
        if q.value is not None and _both_kinds_after(words, q.end):
            q = Quantity(None, True, q.start, q.end)  # "150 عنصرا من الميليشيات بين قتيل وجريح"
        if q.value is not None and (_both_sides_after(words, q.end) or _sides_split(words, q, f.hi)):
            q = Quantity(None, True, q.start, q.end)  # "قتل 40 مقاتلا من الطرفين": a battle's toll, not split
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
