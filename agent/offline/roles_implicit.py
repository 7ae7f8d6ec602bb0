"""Doers the sentence leaves unwritten: the subject Arabic drops after a relative or time opener
(:func:`_dropped_subject`: "بعد الهجوم الذي نفذه في المدينة"), the force whose own statement tells its men's strike
with no owner (:func:`_reporter_strike`: "أعلن الجيش مقتل مسلحين برصاص جنود") and the force that admits the toll of
its strikes (:func:`admitted_doer`: "أقر التحالف بمقتل تسعة مدنيين في ضربات جوية").

Moved out of ``roles_perpetrator``, which keeps their switches (``DROPPED_SUBJECT``, ``REPORTER_STRIKE``) and asks
them only when on.
"""

from __future__ import annotations

from marsad.agent.offline import rules
from marsad.agent.offline.casualties import INJURED, KILLED
from marsad.agent.offline.context import FORCE_TYPES, DocContext, bare, bare_in
from marsad.agent.offline.frames import Frame
from marsad.agent.offline.mentions import Mention
from marsad.agent.offline.roles_accusations import _THAT
from marsad.agent.offline.roles_cues import (
    _ANNEXED_CUES,
    _ATTACK_VERBS,
    _BACKGROUND,
    _CLAIM_NEGATIONS,
    _NISBA,
    _PERP_BLOCKERS,
    _SPEECH_VERBS,
    _STRIKE_VERBS,
    _STRONG_PERP_CUES,
    _blocked,
    _denied,
    _has,
    _is_victim_at,
)
from marsad.agent.offline.roles_forces import (
    _as_actor,
    state_forces,
)
from marsad.agent.offline.roles_subjects import _FLYERS, _air_subject
from marsad.agent.offline.roles_targets import target
from marsad.agent.offline.vocab import OBJECT_PRONOUNS, REL_PRONOUNS
from marsad.core.arabic import normalize

_DROP_OPENERS = frozenset({"عندما", "حين", "حينما", "بعدما", "لما", "كما"})
"""Words that open a clause whose verb may leave its subject unwritten ("كما فعلت عندما شنت ضربة")."""
_DROP_TWO_WORD = frozenset({"بعد", "منذ"})
""""بعد أن"، "منذ أن": the same, in two words."""
_DROP_THAT = frozenset({"ان"})
_HIT_NOUNS = _PERP_BLOCKERS - frozenset({"علي", "الي", "مع", "بين", "ضد"})
"""Nouns of what was hit or fought ("مواقع"، "معسكرات"، "تجمعات"): a group after one owns it (not "عقوبات على الحزب")."""
_NEXT_OBJECT_WORDS = frozenset({"هجوما", "ضربه", "ضربات", "غاره", "غارات", "هجمات", "عمليه", "هجومين", "ضربتين",
                                "غارتين", "قصفا", "تفجيرا", "تفجيرات"})
"""An attack noun written as the object right after a verb that leaves its subject unwritten ("شنت هجوما")."""
_NEXT_PREPOSITIONS = frozenset({"في", "علي", "ضد", "من", "خلال", "امس", "اليوم", "الشهر", "العام", "الاسبوع", "مساء",
                                "صباح", "ليل", "فجر", "قبل"})
"""Words after a verb that show it has no subject written after it: a preposition or a time word."""
DROP_WHERE = True
"""Switch: "حيث"/"إذ" open a clause whose verb may leave its subject unwritten too ("وتواصل الميليشيات خرق الهدنة،
حيث قصفت أمس قرى"); after them, a weapon written as the object right after the verb ("أطلقت صاروخا"، "أطلقت النار")
or a count ("شنت 12 غارة"، "شنت أكثر من 10 غارات") shows no subject is written after it (on; off only to measure
the rule)."""
_WHERE_OPENERS = rules.words("roles", "drop_where_openers")
_WEAPON_OBJECTS = rules.words("roles", "drop_weapon_objects")


def _verb_gender(word: str) -> str | None:
    """"f", "m" or "p" for a past attack verb, by its subject's ending, past an object pronoun ("شنته" -> "f",
    "نفذه" -> "m", "شنوها" -> "p"); None for a word that is not such a verb."""
    forms = bare(word)
    verbs = _ATTACK_VERBS | _STRIKE_VERBS
    if any(b in verbs for b in forms):
        stem = next(b for b in forms if b in verbs)
    elif not _STRONG_PERP_CUES.isdisjoint(forms) and word.endswith(OBJECT_PRONOUNS):
        stem = next((word[:-len(x)] for x in OBJECT_PRONOUNS if word.endswith(x) and len(word) > len(x) + 2), "")
        if not stem:
            return None
    else:
        return None
    if stem.endswith(("وا", "و")):
        return "p"
    return "f" if stem.endswith("ت") else "m"


def _noun_gender(m: Mention, state: bool) -> str:
    """"f" or "m" for the verb an actor or state takes: a state's name is feminine ("تركيا"، "واشنطن") unless written
    with the article and no feminine ending ("العراق"، "اليمن"); an actor by its head word ("حركة"، "قوات"،
    "ميليشيا" feminine; "الجيش"، "حزب"، "تنظيم" masculine)."""
    head = bare(normalize(m.surface).split()[0])[-1] if m.surface else ""
    if state:
        return "m" if head.startswith("ال") and not head.endswith("ه") else "f"
    return "f" if head.endswith(("ه", "ات", "يا")) else "m"


def _dropped_subject(ctx: DocContext, f: Frame) -> Mention | None:
    """The force, group or state named earlier in the sentence as the unwritten subject of the frame's attack verb:
    "فرضت عقوبات على الحزب بعد الهجوم الذي نفذه في قبرص"، "واشنطن مستعدة كما فعلت عندما شنت ضربة على مطار"،
    "أكدت الحركة ... مع أن الهجوم الذي شنته طال قاعدة" -- Arabic drops a subject that the sentence has named. The
    verb (an attack or strike verb, or a doing verb with the event's pronoun, ``strong_perp_cues``) opens a relative
    or a time clause (a relative pronoun, ``_DROP_OPENERS``, "بعد أن") near the frame's trigger, and what follows it
    shows no subject is written after it (a preposition, a time word or its attack object). The antecedent is the
    nearest force, group or state (its forces) before the clause that agrees with the verb in gender (any for a
    plural verb), not denied, accused or counted among the dead. After a relative pronoun the verb must carry the
    event's pronoun ("الذي نفذه") unless the relative follows the actor itself ("الحركة الصومالية التي شنت
    هجمات"): "الهجمات التي استهدفت مقرا" has the attack as its subject."""
    s = ctx.sentences[f.si]
    words = s.words
    for v in range(max(f.lo, f.i - 4), min(f.hi, f.i + 6, len(words))):
        gender = _verb_gender(words[v])
        if gender is None or v == 0:
            continue
        where = DROP_WHERE and words[v - 1] in _WHERE_OPENERS
        opened = words[v - 1] in REL_PRONOUNS or words[v - 1] in _DROP_OPENERS or where or (
            v > 1 and words[v - 1] in _DROP_THAT and words[v - 2] in _DROP_TWO_WORD)
        if not opened:
            continue
        relative = words[v - 1] in REL_PRONOUNS
        resumed = words[v].endswith(OBJECT_PRONOUNS) and not any(
            b in _ATTACK_VERBS | _STRIKE_VERBS for b in bare(words[v]))
        nxt = words[v + 1] if v + 1 < len(words) else ""
        if nxt and not (nxt in _NEXT_PREPOSITIONS or nxt in _NEXT_OBJECT_WORDS or nxt[:1] in "بل" and len(nxt) > 3
                        and nxt[1:] in _NEXT_PREPOSITIONS | _NEXT_OBJECT_WORDS or where and (nxt in _WEAPON_OBJECTS or nxt.isdigit())):
            continue  # "الهجوم الذي شنه مسلحون": the subject is written after the verb
        if any(m.i == v + 1 for m in ctx.mentions[f.si] if m.kind == "actors"):
            continue
        best: Mention | None = None
        for m in ctx.mentions[f.si]:
            if m.j > v - 1:
                continue
            state = False
            if m.kind == "actors" and m.entry.get("type") in FORCE_TYPES | {"armed_group"}:
                cand = m
            elif m.kind == "places" and (forces := state_forces(m.entry)) is not None:
                cand, state = _as_actor(m, forces), True
            else:
                continue
            if cand is None or (gender != "p" and _noun_gender(m, state) != gender):
                continue
            if _has(words, m.i - 2, m.i, _HIT_NOUNS) or _denied(words, m, 0) or _is_victim_at(words, m, 0):
                continue  # "قصف مواقع لحزب العمال، كما شن غارات": the owner of what was hit is no antecedent
            if best is None or cand.i > best.i:
                best = cand
        if relative and not resumed and (best is None or not all(
                w.startswith("ال") and w.endswith(("ي", "يه")) for w in words[best.j:v - 1])):
            return None  # "الهجمات التي استهدفت مقرا": the relative's own noun (not the actor past its adjectives)
        return best
    return None


_REPORT_VERBS = frozenset({"كشف", "كشفت", "اوضح", "اوضحت"})
"""Verbs of telling besides ``speech_verbs`` ("كشف الجيش عن ...")."""
_GENERIC_FORCES = frozenset({"جنود", "جندي", "قوات", "عناصر", "طايرات", "مقاتلات", "طايره", "مروحيات", "مدفعيه"})
"""A force's men or craft written with no owner ("برصاص جنود"، "أن طائرات حربية قصفت"): in a force's own statement,
its own."""
_OWN_LOSSES = frozenset({"جنوده", "جنودها", "عناصره", "عناصرها", "مواقعه", "مواقعها", "قواته", "قواتها", "افراده",
                         "افرادها", "مقاتليه", "مقاتليها", "جندي", "جنديا", "جنديين", "جنديان", "جنود", "عسكريين",
                         "عسكريا", "ضابط", "ضابطا", "شرطي", "شرطيا", "شرطيين"})
"""Its own men or posts among those hit: the force tells an attack on itself, not its own strike."""
_DEFENCE_WORDS = frozenset({"تعرض", "تعرضت", "تعرضوا", "اعتراض", "اعترض", "اعترضت", "تصدت", "تصدي", "التصدي", "اسقاط",
                            "اسقط", "اسقطت", "احباط", "احبط", "احبطت", "صد", "صدت", "افشال", "افشل", "افشلت"})
"""Words of being hit or of fending off an attack ("تعرضت مقاتلة لصاروخ"، "أعلن التحالف اعتراض صواريخ"): the
force tells an attack on itself."""


def _reporter_strike(ctx: DocContext, f: Frame) -> Mention | None:
    """The force whose own statement tells its men's or craft's act with no owner written: "أعلن الجيش مقتل ثلاثة
    مسلحين برصاص جنود"، "أعلن متحدث باسم الجيش أن طائرات حربية قصفت سفينة" -- a force reports what its men did
    without naming itself again. The force is the subject of a speech verb (``speech_verbs``, "كشف") or the
    spokesman's force ("متحدث باسم الجيش"), the frame follows it in the sentence and tells fire of men or craft
    written with no owner (``_GENERIC_FORCES``, after a fire noun or right after "أن"), and no other force
    or group is named after it but the victims (counted dead, or what was aimed at), and none of its own men or
    posts are among those hit (``_OWN_LOSSES``, the force named again, a word of being hit or fending off,
    ``_DEFENCE_WORDS``: then it tells an attack on itself)."""
    s = ctx.sentences[f.si]
    words = s.words
    generic = any(words[x] in _ANNEXED_CUES and x + 1 < len(words) and words[x + 1] in _GENERIC_FORCES
                  for x in range(f.lo, min(f.hi, len(words)) - 1)) or any(
        words[x] in _THAT and x + 1 < len(words) and words[x + 1] in _GENERIC_FORCES for x in range(f.lo, f.i + 1))
    if not generic or _has(words, f.lo, f.hi, _BACKGROUND) or any(
            bare_in(words[x], _OWN_LOSSES) and not (x > 0 and words[x - 1] in _ANNEXED_CUES)
            for x in range(f.lo, min(f.hi, len(words)))):
        return None  # (its men after a fire noun fired: "برصاص جنود")
    if _has(words, 0, f.hi, _DEFENCE_WORDS):
        return None
    named = ctx.actors_in(f.si, 0, len(words), FORCE_TYPES | {"armed_group"})
    for m in named:
        if m.i == 0 or m.i >= f.i or m.start > s.token_span(m.i, m.i + 1)[0]:
            continue
        if any(o.entry.id == m.entry.id and o.i > m.j for o in named):
            return None  # the force named again past its statement: its own craft or posts, told as hit
        spoke = any(b in _SPEECH_VERBS or b in _REPORT_VERBS for b in bare(words[m.i - 1])) or (
            m.i >= 3 and words[m.i - 1] == "باسم" and _has(words, m.i - 4, m.i - 2, _SPEECH_VERBS | _REPORT_VERBS))
        if not spoke or m.entry.get("type") not in FORCE_TYPES or _denied(words, m, 0) or words[m.i] in _COMMANDS:
            continue  # (a command speaks for the forces under it, which it does not name: "القيادة المشتركة")
        others = [o for o in named if o.i > m.j and o.entry.id != m.entry.id] + [
            o for o in ctx.places_in(f.si, m.j, len(words)) if state_forces(o.entry) is not None
            and not ctx.after_direction(f.si, o) and not (o.i > 0 and words[o.i - 1] in _PLACE_WORDS)]
        if any(not (_is_victim_at(words, o, m.j) or _blocked(words, o, m.j) or _from_doer_object(words, o))
               for o in others):
            return None  # another force or group is named as the doer
        return m
    return None


def _from_doer_object(words: list[str], o: Mention) -> bool:
    """True for a group written as the men aimed at ("استهدفت مسلحين من الحركة"): an aiming verb up to three words
    before it."""
    return _has(words, o.i - 3, o.i, _AIM_WORDS)


_COMMANDS = frozenset({"القياده", "قياده", "والقياده"})
_AIM_WORDS = frozenset({"استهدف", "استهدفت", "استهدفوا", "ضد", "علي"})
_PLACE_WORDS = frozenset({"في", "داخل", "قرب", "من", "الي", "باتجاه", "شمال", "جنوب", "شرق", "غرب", "وسط"})
"""Words before a state that make it where the strike fell, not a doer named ("غارة في سوريا")."""


_CARRIED_TRIGGERS = rules.words("roles", "carried_triggers")
_CARRY = rules.number("roles", "carry_sentences")


def _carried_doer(ctx: DocContext, f: Frame) -> Mention | None:
    """The doer of the strikes told just before, for a strike told with no subject ("حيث تم قصف معسكرين"،
    "كما قصفت مدرسة"، "وأشارت المصادر إلى استهداف معسكر"): Arabic news drops the subject it has just named.
    Only for a sentence that names no force, nor a group before the strike word, and only a force that flies or fires from afar
    named as the subject of a strike in one of the ``carry_sentences`` sentences before."""
    s = ctx.sentences[f.si]
    if ctx.actors_in(f.si, 0, f.i, FORCE_TYPES | {"armed_group"}) or ctx.actors_in(f.si, f.i, len(s.words), FORCE_TYPES):
        return None  # (a group after the strike word is what was struck: "قصف معسكرين موالين للحوثيين")
    if not any(bare_in(w, _CARRIED_TRIGGERS) for w in s.words[f.i:f.j]):
        return None
    for si in range(f.si - 1, max(-1, f.si - 1 - _CARRY), -1):
        words = ctx.sentences[si].words
        for m in ctx.actors_in(si, 0, len(words), _FLYERS):
            if _air_subject(words, m):
                return m  # "عاودت طائرات التحالف العربي غاراتها"، "شنت مقاتلات التحالف"
    return None


ADMITTED_DOER = True
"""Switch (pass 60; on, off only to measure it): a force that admits the toll or the act ("أقر التحالف الدولي بمقتل
تسعة مدنيين في ضربات جوية"، "اعترف الجيش بقصف المنزل") is the doer of the event its admission tells -- the doer's own
word, as a claim is (GUIDELINES D-25); not a negated admission ("لم يعترف"), nor when another force or group is named
after it but as the victims or what was hit (:func:`admitted_doer`)."""
_ADMIT_VERBS = rules.words("roles", "admission_verbs")


def admitted_doer(ctx: DocContext, f: Frame) -> Mention | None:
    """The force right after an admission verb (``admission_verbs``) before the frame in its sentence, when "بـ"
    opens what it admits between the force and the frame's word (see :data:`ADMITTED_DOER`)."""
    if not ADMITTED_DOER:
        return None
    s = ctx.sentences[f.si]
    words = s.words
    named = ctx.actors_in(f.si, 0, len(words), FORCE_TYPES | {"armed_group"})
    for m in named:
        if m.i == 0 or m.i >= f.i or m.entry.get("type") not in FORCE_TYPES or not bare_in(words[m.i - 1], _ADMIT_VERBS):
            continue
        if m.i >= 2 and words[m.i - 2] in _CLAIM_NEGATIONS:
            return None  # "ولم يعترف الجيش بقصف ...": not admitted
        if not any(words[x].startswith("ب") for x in range(m.j, f.i + 1)):
            continue  # the admitted act or toll opens with "بـ" ("بمقتل"، "بقصف"، "بمسؤوليته")
        if any(o.i > m.j and o.entry.id != m.entry.id and not (_is_victim_at(words, o, m.j) or _blocked(words, o, m.j))
               for o in named):
            return None  # another side named: the admission may be of something else
        if _own_loss(ctx, f, m):
            return None  # "أقر الجيش بمقتل ثلاثة من جنوده في هجوم": the force was hit, it did not strike
        return m
    return None


# Part of ADMITTED_DOER (pass 60, after review): the commonest admission is of one's
# own losses ("أقر الجيش بمقتل ثلاثة من جنوده في هجوم"، "اعترف الجيش بإصابة جنديين في اشتباكات"): the admitter is then
# what was hit, not the doer. An admitted toll (its "بـ" word a death or wound noun) makes the admitter the doer only
# when it is of a strike (``admitted_strike_words``: "بمقتل 9 مدنيين في ضربات جوية") and counts none of the admitter's
# own men -- a possessive of them (``admitted_own_words``: "جنوده"، "عناصره") or a soldier noun
# (``admitted_soldier_nouns``) not followed by another side ("من عناصر داعش"، "جنود سوريين"); nor, for a toll or an
# act, when the admitter is what the blow hit (:func:`_admitter_hit`). An admitted act ("بقصف"، "بتنفيذ"، "بمسؤوليته") is kept as it was.
_ADMIT_OWN = rules.words("roles", "admitted_own_words")
_ADMIT_SOLDIERS = rules.words("roles", "admitted_soldier_nouns")
_ADMIT_PLACES = rules.words("roles", "admitted_own_places")
_ADMIT_STRIKES = rules.words("roles", "admitted_strike_words")
_TOLL_NOUNS = KILLED | INJURED
_PEOPLE_PLURAL = ("يين", "يون")
"""Endings of a people's plural adjective after a soldier noun ("جنود سوريين"): another side's men."""


def _own_loss(ctx: DocContext, f: Frame, m: Mention) -> bool:
    """True when the force ``m`` admits a toll that is not of its own strike (the own-losses part of :data:`ADMITTED_DOER`)."""
    words = ctx.sentences[f.si].words
    if _admitter_hit(ctx, f, m):
        return True
    b = next(x for x in range(m.j, f.i + 1) if words[x].startswith("ب"))
    if not bare_in(words[b], _TOLL_NOUNS):
        return False  # an admitted act: "بقصف المنزل"، "بتنفيذ الغارة"، "بمسؤوليته"
    strike = next((x for x in range(b + 1, f.j) if bare_in(words[x], _ADMIT_STRIKES)), None)
    if strike is None:
        return True  # a toll in an attack, a battle, a blast: what a force admits there is what it suffered
    for x in range(b + 1, strike):
        if bare_in(words[x], _ADMIT_OWN) or (bare_in(words[x], _ADMIT_SOLDIERS) and not _other_side_after(ctx, f.si, x, m)):
            return True
    return False


def _admitter_hit(ctx: DocContext, f: Frame, m: Mention) -> bool:
    """True when the admitting force ``m`` is what the frame's blow hit: the target read for the frame ("اعترف الجيش
    التركي بمقتل جندي في اشتباكات" reads the Turkish forces), the force named again after a word of aiming or as the
    counted dead ("غارة استهدفت رتلا للقوات التركية"), or one of its places with its pronoun (``admitted_own_places``:
    "في قصف على مواقعها")."""
    if target(ctx, f, None, None)[0] == m.entry.canonical:
        return True
    words = ctx.sentences[f.si].words
    if any(o.entry.id == m.entry.id and (_blocked(words, o, m.j) or _is_victim_at(words, o, m.j))
           for o in ctx.actors_in(f.si, m.j, len(words))):
        return True
    return any(bare_in(w, _ADMIT_PLACES) for w in words[f.i:f.hi])


def _other_side_after(ctx: DocContext, si: int, x: int, m: Mention) -> bool:
    """True when the soldier noun at ``x`` is annexed to, or described as, another side than ``m``: a named actor right
    after it or after "من" ("عناصر داعش"، "جنود من الجيش السوري"), or a people's adjective ("جنود سوريين")."""
    words = ctx.sentences[si].words
    y = x + 2 if x + 2 < len(words) and words[x + 1] == "من" else x + 1
    if y >= len(words):
        return False
    if any(o.i == y and o.entry.id != m.entry.id for o in ctx.actors_in(si, y, len(words))):
        return True
    nisba = next((_NISBA[w] for w in bare(words[y]) if w in _NISBA), None)
    return nisba != m.entry.id if nisba is not None else words[y].endswith(_PEOPLE_PLURAL)
