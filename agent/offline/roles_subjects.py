"""The doer the frame's own sentence names by its grammar: the subject of an attack, strike or firing verb
(with its aircraft, guns or units, a pronoun cue, a relative clause after the event's noun, a force that says it
struck or whose sources say so), the actor of "ارتكب" or of "قام/أقدم"، the actor annexed to a verbal noun, the
doer of a cue at the frame's end, and the doer carried from the strikes told just before; and a force that only
answered the attack (:func:`_answered`).
"""

from __future__ import annotations

from marsad.agent.numbers import read_quantity
from marsad.agent.offline import rules
from marsad.agent.offline.casualties import INJURED, KILLED
from marsad.agent.offline.context import FORCE_TYPES, DocContext, bare, bare_in, past_dates
from marsad.agent.offline.frames import Frame
from marsad.agent.offline.mentions import Mention
from marsad.agent.offline.roles_annexed import masdar_end
from marsad.agent.offline.roles_cues import (
    _ACCUSATION,
    _AFFILIATE,
    _ANAPHORS,
    _ANNEXED_CUES,
    _ATTACK_NOUNS,
    _ATTACK_VERBS,
    _ATTACKER_NOUNS,
    _BACK_NOUNS,
    _BACKGROUND,
    _CLAIM_NEGATIONS,
    _CLAIM_SUBJECTS,
    _DENIALS,
    _DESIGNATION,
    _DOER_NOUNS,
    _FIRE_NOUNS,
    _FIRE_VERBS,
    _GROUP_VERBS,
    _HAND,
    _MASDARS,
    _MEANS,
    _NISBA,
    _NOT_OBJECT_HEADS,
    _OBJECT_SKIP,
    _OBJECT_STOPS,
    _OWNER_GAP,
    _PASSIVE_BY,
    _PERP_BLOCKERS,
    _PERP_CUES,
    _PERSON_NOUNS,
    _SITE_NOUNS,
    _SPEECH_VERBS,
    _STRIKE_VERBS,
    _STRONG_PERP_CUES,
    _THAT,
    _TRAINING,
    _VICTIM_FILLERS,
    _ambusher,
    _attack_owner,
    _before_subject_nouns,
    _blocked,
    _cued,
    _dated,
    _denied,
    _has,
    _is_victim,
    _owned_thing,
    dawn_at,
)
from marsad.agent.offline.roles_forces import _as_actor, _named_militia, epithet_at, state_forces
from marsad.agent.offline.roles_grammar import pp_subject
from marsad.agent.offline.roles_reports import suffered
from marsad.agent.offline.scope import clitic_surfaces
from marsad.agent.offline.vocab import REL_PRONOUNS
from marsad.core.arabic import normalize

_AFFILIATION = rules.words("roles", "affiliation_words")
_SELF_PRONOUNS = rules.words("roles", "self_pronouns")
""""إنها"، "أنه": the speaker speaking of itself after a speech verb."""
_FLYERS = frozenset(rules.phrases("roles", "flyer_types"))
_AIR_SUBJECTS = rules.words("roles", "air_subjects")
_COMMIT_VERBS = rules.words("roles", "commit_verbs")
""""ارتكب" (committed): the actor next to it is the doer of the crime or massacre it names, never its object."""
_COMMIT_GAP = rules.words("roles", "commit_gap_words")
"""Words between "ارتكب" and its doer ("المنطقة التي ارتكب فيها الحوثيون مجزرة")."""
_OWN_FORCES = rules.words("roles", "own_force_words")
"""A speaker's own forces ("جنوده"، "طائراتها"): "قال الجيش إن جنوده قتلوا مسلحا" is the army's own act."""
_OWN_LEADS = rules.words("roles", "own_force_leads")
"""Words that may stand before a speaker's own forces, at most two: one of them ("إحدى دباباته") or their fire
("نيران إحدى دباباته قتلت مسلحا")."""
OWN_UNITS = True
"""Switch for those words and the weapon units among ``own_force_words`` (tanks, artillery, helicopters, snipers,
boats; on; off only to measure the rule)."""
_OWN_UNITS = frozenset(normalize(w) for w in ("دباباته", "دباباتها", "مدفعيته", "مدفعيتها", "مروحياته", "مروحياتها",
                                              "قناصته", "قناصتها", "زوارقه", "زوارقها"))
"""The weapon units of ``own_force_words``, which only the switch lets in (for measuring it)."""


def _own_force_at(words: list[str], x: int) -> int | None:
    """Where the speaker's own forces stand when the clause at ``x`` opens with them ("إن جنوده قتلوا") or with at
    most two ``own_force_leads`` before them ("إن نيران إحدى دباباته قتلت"); else None."""
    for y in range(x, min(len(words), x + 3 if OWN_UNITS else x + 1)):
        if words[y] in _OWN_FORCES and (OWN_UNITS or words[y] not in _OWN_UNITS):
            return y
        if words[y] not in _OWN_LEADS:
            return None
    return None
_UNDERTAKING = rules.words("roles", "undertaking_masdars")
""""إقدام"/"قيام" (undertaking): the actor annexed to it is the doer of the act told after "على"/"ب" ("إقدام
الحوثيين على اختطاف موظفين"، "قيام الجيش بقصف القرية")."""
_UNDERTAKING_VERBS = rules.words("roles", "undertaking_verbs")
SUPPORTER_NO_SUBJECT = True
"""Switch (pass 43; A/B measurement and its test): a force named as support ("بإسناد من طيران التحالف"، "مسنودة بغطاء
جوي من التحالف") is not the subject of the strike verb right after it: "دخلت قوات الجيش ...، مسنودة بغطاء جوي من
التحالف، ودمرت مخزنا" -- the verb goes on with the force that advanced. Before, :func:`_frame_doer` read the
supporter written bare before the verb as the one who struck."""
_SUPPORT_WORDS = rules.words("roles", "air_support_words")
_SUPPORT_FILLERS = rules.words("roles", "air_support_fillers") | frozenset({"كثيف", "كثيفه", "مكثفه"})
_SUPPORT_SPAN = 5


def _support_word_before(words: list[str], m: Mention) -> int | None:
    """The support word ("بإسناد"، "مسنودة"، "بغطاء") the force at ``m`` follows, with at most ``_SUPPORT_SPAN``
    filler words between ("من"، "جوي"، "طيران"); None when there is none."""
    for x in range(m.i - 1, max(-1, m.i - 1 - _SUPPORT_SPAN), -1):
        if bare_in(words[x], _SUPPORT_WORDS):
            return x
        if not bare_in(words[x], _SUPPORT_FILLERS):
            return None
    return None


def _supporter(words: list[str], m: Mention) -> bool:
    """:data:`SUPPORTER_NO_SUBJECT`: the force at ``m`` is named as support (:func:`_support_word_before`)."""
    return SUPPORTER_NO_SUBJECT and _support_word_before(words, m) is not None


def _supported(ctx: DocContext, f: Frame, m: Mention) -> Mention | None:
    """The force named right before the support phrase of the supporter ``m`` (at most two words between its end and
    the support word: "قوات الجيش، بإسناد من التحالف، قصفت"), when an attack verb follows ``m``: the verb's
    subject, which the support phrase stands between."""
    words = ctx.sentences[f.si].words
    if m.j >= len(words) or not any(b in _ATTACK_VERBS | _STRIKE_VERBS for b in bare(words[m.j])):
        return None
    x = _support_word_before(words, m)
    if x is None:
        return None
    held = [n for n in ctx.actors_in(f.si, 0, x, FORCE_TYPES) if 0 <= x - n.j <= 2 and n.entry.id != m.entry.id]
    return held[-1] if held and not _is_victim(words, held[-1], f) else None


""""قام"/"أقدم" (undertook): their subject, past a few words of its own, is the doer of the act after "ب"/"على"
("قامت ثلاث مقاتلات من سلاح الجو التركي بقصف مواقع")."""
_UNDERTAKING_SPAN = rules.number("roles", "undertaking_span")
_UNDERTAKING_SURFACES = clitic_surfaces(_UNDERTAKING | _UNDERTAKING_VERBS)
_FIRE_SURFACES = clitic_surfaces(_FIRE_VERBS)
"""Tokens with an undertaking word, or a firing verb, among their :func:`bare` forms (one set test per sentence)."""
_BELONGS_TO = rules.words("roles", "belongs_to_words")
""""تعود ل"، "مملوكة ل" (a word after them with "ل"): a group after them owns what was hit ("سيارات تعود لعناصر
في الحركة"), not "يعود آخر هجوم للحركة إلى مايو" (dates back)."""
_LEADERS = rules.words("roles", "leader_words")
"""A person's rank before his group ("مقتل فلان أمير كتيبة الفرقان"): the group is the dead man's, not the doer."""
_SPEAKER_NOUNS = rules.words("roles", "speaker_nouns")
"""Who speaks for a group ("مصادر في الفصيل"، "الناطق باسم الجماعة"): the group after them is no doer."""
_LAUNCH_MASDARS = rules.words("roles", "launch_masdars")
_ANNOUNCED_SPAN = int(rules.number("roles", "announced_launch_span"))
""""أعلنت القيادة المركزية الأمريكية، مساء الأحد، تنفيذ 9 ضربات": a force that announces carrying out strikes
struck -- the verbal noun at most ``announced_launch_span`` words after the force, an attack noun right after
it (past a count)."""
_SOURCE_LINKS = rules.words("roles", "source_links")
"""Words between a speaker noun and the force it speaks for ("مصادر في المقاومة"، "المتحدث باسم الجيش")."""
_FIRE_MASDARS = rules.words("roles", "announced_fire_masdars")
_CEASEFIRE = rules.words("roles", "ceasefire_words")
_WEAPON_SUBJECTS = rules.words("roles", "weapon_subject_nouns")
"""A force's guns or craft told as the subject between an attack verb and the force ("قصفت مدفعية الجيش")."""
_RESUME_VERBS = rules.words("roles", "resume_verbs")
"""Verbs of resuming or stepping up attacks ("عاودت"، "واصلت"، "صعدت") whose subject owns the attacks that follow."""


def _answered(words: list[str], m: Mention) -> bool:
    """True when the force named for a frame acted against the attack's own doer: "الشرطة قتلت المهاجم"،
    "قتلت الشرطة المنفذ" -- an attacker noun (``attacker_nouns``) right after the force or after its verb."""
    return any(words[x] in _ATTACKER_NOUNS for x in range(m.j, min(len(words), m.j + 2)))


RESPONDER = True
"""Switch for :func:`_responder` (on; off only to measure it)."""
RESPONDER_WIDE = True
"""Switch: a force that answered the attack is no doer whichever reader names it (a side of the clash, a unit),
not only the frame's own subject; and a verb of the police's with a charge or an arrest for object is no strike
(:func:`_policing`) (on; off only to measure it)."""
_RESPONSE_INTROS = rules.words("roles", "response_intro_words")
_RESPONSE_WORDS = frozenset(normalize(w) for w in rules.words("roles", "response_words"))
_POLICING = frozenset(normalize(w) for w in rules.words("roles", "policing_objects"))
"""What the police do to suspects ("وجهت لهم تهمة القتل"، "نفذت حملة توقيفات"): a verb with such an object
is an arrest or a charge, not a strike (switch ``RESPONDER_WIDE``)."""


def _policing(words: list[str], v: int) -> bool:
    """True when the verb at ``v`` has a charge or an arrest noun (``policing_objects``) among the four words
    after it: "وجهت لرجلين تهمة القتل"."""
    return RESPONDER_WIDE and any(w in _POLICING for w in words[v + 1:v + 5])


def _responder(words: list[str], m: Mention) -> bool:
    """True when a force is told as stopping the attacker at the attack's end, not as carrying it out: after
    "قبل أن" ("قبل أن تطلق الشرطة"، "قبل أن تقتله الشرطة"; ``response_intro_words``, at
    most three words before the force) or with a verb or verbal noun of killing him right after it ("على يد مسلح
    قامت الشرطة بقتله"; ``response_words``)."""
    if not RESPONDER:
        return False
    if any(words[x] in _RESPONSE_INTROS and words[x + 1] in _THAT for x in range(max(0, m.i - 3), m.i - 1)):
        return True
    return any(words[x] in _RESPONSE_WORDS for x in range(m.j, min(len(words), m.j + 2)))


FIRED_AT_ATTACKER = True
"""Switch for :func:`_fired_at_attacker` (on; off only to measure it; off too with ``RESPONDER``)."""
_AT_HIM = frozenset({"عليه", "عليها", "عليهم", "عليهما"})
_FIRE_WORD = frozenset({"النار"})


def _fired_at_attacker(ctx: DocContext, si: int, m: Mention) -> bool:
    """True when police told as firing at "him" ("ثم أطلق عليه رجال الشرطة النار") answer an attacker the text has
    just named ("المهاجم"، "المنفذ"; ``attacker_nouns``, before the force in its sentence or in the sentence before):
    the pronoun is the attacker, so the police stopped the attack, they did not carry it out."""
    if not (RESPONDER and FIRED_AT_ATTACKER) or m.entry.get("type") != "police":
        return False
    words = ctx.sentences[si].words
    if not (m.j + 1 < len(words) and words[m.j] in _FIRE_WORD and words[m.j + 1] in _AT_HIM):
        return False
    before = list(words[:m.i]) + (list(ctx.sentences[si - 1].words) if si > 0 else [])
    return any(b in _ATTACKER_NOUNS for w in before for b in bare(w))


def _cued_past_frame(ctx: DocContext, f: Frame) -> Mention | None:
    """The doer whose cue ends the frame though its name starts the next one ("قتل 9 مسلحين في حملة
    شنتها القوات المسلحة المصرية لاستهداف ..."): a force or group right after the frame's end, cued by a
    doer word inside the frame (:func:`_cued`)."""
    s = ctx.sentences[f.si]
    words = s.words
    for m in ctx.actors_in(f.si, f.hi, min(len(words), f.hi + 4), FORCE_TYPES | {"armed_group"}):
        if m.i > f.hi + 1:
            break
        if m.start > s.token_span(m.i, m.i + 1)[0] or _denied(words, m, f.lo):
            continue
        if _cued(words, m, f.lo):
            return m
    return None


PERSIST_DOER = True
"""Switch (pass 65): a verbal noun of persisting or intending (``persist_masdars``: "إصرار"، "تعمد"، "استمرار"،
"إمعان"، "تمادي") with a force or group annexed to it is read as "إقدام" is (:func:`_undertaking_doer`): that actor
is the doer of the act told right after it, with "على"/"في" or without ("أدان إصرار ميليشيا الحوثي على استهداف
الأحياء"، "تعمد قوات النظام قصف المدارس"، "استمرار القوات في قصف القرى"). Not a denied or accused actor."""
_PERSIST = rules.words("roles", "persist_masdars")
_PERSIST_LINKS = frozenset({"علي", "في"})
_PERSIST_SURFACES = clitic_surfaces(_PERSIST)


DATED_UNDERTAKING = True
"""Switch (pass 44; on, off only to measure it): in :func:`_undertaking_doer`, a day told between the actor and the act
it undertook ("قامت مقاتلات من سلاح الجو التركي صباح الجمعة بقصف"، "فجر الجمعة") is stepped over, as the readers
of an object step over it (:func:`roles_cues._dated`); before, only "فجر" read as a verb stood in for the act."""


def _undertaking_doer(ctx: DocContext, f: Frame) -> Mention | None:
    """The actor annexed to "إقدام"/"قيام"، or the subject of "قام"/"أقدم" (at most ``undertaking_span`` words
    after it, in the same clause, or right before it), when the frame's own trigger is the act undertaken:
    "الميليشيا أقدمت على إعدام اثنين"، "استنكرت إقدام الحوثيين
    على اختطاف موظفين"، "قيام القوات التركية بقصف قرى"، "قامت ثلاث مقاتلات من سلاح الجو التركي بقصف مواقع"
    (the trigger right after the actor written with "ب"، or after "على"). Not a denied or accused actor ("نفت
    قيام الجيش بقصف")."""
    s = ctx.sentences[f.si]
    words = s.words
    if _UNDERTAKING_SURFACES.isdisjoint(words) and not (PERSIST_DOER and not _PERSIST_SURFACES.isdisjoint(words)):
        return None  # most sentences: no "قام"/"إقدام" at all
    for m in ctx.actors_in(f.si, f.lo, f.hi, FORCE_TYPES | {"armed_group"}):
        if m.i == 0 or m.start > s.token_span(m.i, m.i + 1)[0]:
            continue
        masdar = bare_in(words[m.i - 1], _UNDERTAKING)
        persist = PERSIST_DOER and not masdar and bare_in(words[m.i - 1], _PERSIST)
        masdar = masdar or persist
        verb = [v for v in range(max(0, m.i - _UNDERTAKING_SPAN), m.i) if bare_in(words[v], _UNDERTAKING_VERBS)]
        p = m.j  # where the act undertaken is told
        if m.j < len(words) and not s.tokens[m.j].clause_start and words[m.j][0] not in "وفبل" and any(
                b in _UNDERTAKING_VERBS for b in bare(words[m.j])):
            p = m.j + 1  # the subject before its verb: "الميليشيا أقدمت على إعدام اثنين"
        elif not masdar and not (verb and not any(s.tokens[t].clause_start for t in range(verb[-1] + 1, m.i + 1))):
            continue
        if DATED_UNDERTAKING:
            dated = _dated(ctx, f.si)
            p = past_dates(dated, p, f.i)  # "قامت مقاتلات من سلاح الجو التركي صباح الجمعة بقصف مواقع": the day told before the act
        if persist and (f.i == p or f.i == p + 1 and words[p] in _PERSIST_LINKS):
            pass  # "إصرار الميليشيا على استهداف"، "تعمد الميليشيا استهداف"، "استمرار القوات في قصف"
        elif not (p <= f.i <= p + 1) or not (f.i == p and words[f.i].startswith("ب") or f.i == p + 1 and words[p] == "علي"):
            continue
        if _has(words, m.i - 4, m.i - 1, _DENIALS | _ACCUSATION | _CLAIM_NEGATIONS):
            continue
        return m
    return None


MANAGED_DOER = True
"""Switch (pass 43; on; off only to measure the rule): :func:`_managed_doer`."""
_MANAGED_VERBS = rules.words("roles", "managed_verbs")
_MANAGED_LINKS = rules.words("roles", "managed_links")
_MANAGED_SURFACES = clitic_surfaces(_MANAGED_VERBS)
_MANAGED_SKIP = 3
"""Words (the actor's adjective, a day) that may stand between the actor and "في"/"من"."""


def _managed_doer(ctx: DocContext, f: Frame) -> Mention | None:
    """The subject of a verb of managing, succeeding or failing ("تمكن"، "نجح"، "فشل"، "أخفق", ``managed_verbs``)
    when the frame's own trigger is the act right after its "في"/"من" (``managed_links``): "نجحت المقاومة في
    استهداف دورية"، "فشلت الميليشيا، الخميس، في إطلاق صاروخ"، "الميليشيا فشلت في إطلاق صاروخ" -- whoever
    managed or failed to do it is its doer. Not an act other than the frame's ("فشل الجيش في صد هجوم الميليشيا":
    the trigger does not follow "في"), nor a denied or accused actor, nor the police, whose storming or killing
    answers an attack or a hostage-taking ("نجحت الشرطة في اقتحام المتجر"، "تمكنت الشرطة من قتل المهاجم"), nor
    a killing of the attacker by anyone ("تمكن الجنود من قتل المنفذ", ``attacker_nouns``)."""
    if not MANAGED_DOER:
        return None
    s = ctx.sentences[f.si]
    words = s.words
    if _MANAGED_SURFACES.isdisjoint(words):
        return None  # most sentences: no verb of managing at all
    for m in ctx.actors_in(f.si, f.lo, f.hi, FORCE_TYPES | {"armed_group"}):
        if m.start > s.token_span(m.i, m.i + 1)[0] or m.i >= f.i or m.entry.get("type") == "police":
            continue
        p = m.j
        if m.i > 0 and bare_in(words[m.i - 1], _MANAGED_VERBS):
            pass  # "نجحت المقاومة في ..."
        elif m.j < len(words) and not s.tokens[m.j].clause_start and bare_in(words[m.j], _MANAGED_VERBS):
            p = m.j + 1  # the subject before its verb: "الميليشيا فشلت في ..."
        else:
            continue
        link = next((q for q in range(p, min(f.i, p + _MANAGED_SKIP + 1)) if words[q] in _MANAGED_LINKS), None)
        if link is None or f.i != link + 1 or any(w[0] in "وف" for w in words[p:link]) \
                or f.i + 1 < len(words) and words[f.i + 1] in _ATTACKER_NOUNS:
            continue
        if _has(words, max(0, m.i - 4), m.i - 1, _DENIALS | _ACCUSATION | _CLAIM_NEGATIONS):
            continue
        return m
    return None


def _commit_doer(ctx: DocContext, f: Frame) -> Mention | None:
    """The force or group next to "ارتكب" (committed): "ارتكب تنظيم الدولة مذبحة"، "ميليشيا الحوثي ارتكبت
    جريمة بقتل طفل" -- a crime or massacre is committed by its doer, so the actor is never its object."""
    s = ctx.sentences[f.si]
    words = s.words
    for m in ctx.actors_in(f.si, f.lo, f.hi, FORCE_TYPES | {"armed_group"}):
        clitic = m.start > s.token_span(m.i, m.i + 1)[0]
        v = m.i - 2 if m.i > 1 and words[m.i - 1] in _COMMIT_GAP else m.i - 1
        before = v >= 0 and not clitic and bare_in(words[v], _COMMIT_VERBS)
        after = m.j < len(words) and bare_in(words[m.j], _COMMIT_VERBS)
        if (before or after) and not _denied(words, m, f.lo) and not _is_victim(words, m, f):
            return m
    return None


_OBJECT_NOUNS = _SITE_NOUNS | _MEANS | _PERSON_NOUNS | _PERP_BLOCKERS
"""Nouns of what attacks hit: after a comma they still read as the object of a verbal noun."""


def _masdar_subject(ctx: DocContext, f: Frame) -> Mention | None:
    """The actor annexed to a verbal noun when an object follows it: "بعد استهداف ميليشيا الحوثي، سيارة
    للهلال الأحمر"، "قصف الحوثيين لمواقع الجيش" (the doer; "استهداف داعش في الموصل" names what was hit)."""
    s = ctx.sentences[f.si]
    words = s.words
    dated = _dated(ctx, f.si)
    for m in ctx.actors_in(f.si, f.lo, f.hi, FORCE_TYPES | {"armed_group"}):
        if m.i == 0 or m.j >= masdar_end(ctx, f, m) or m.start > s.token_span(m.i, m.i + 1)[0]:
            continue
        if words[m.i][0] == "و" or not any(b in _MASDARS or REPRESSION and b in _REPRESSION for b in bare(words[m.i - 1])):
            continue
        j = m.j + 1 if _NISBA.get(words[m.j]) == m.entry.id and m.j + 1 < min(f.hi, len(words)) else m.j
        nxt = words[j]  # past the force's own adjective: "باستخدام قوات الاحتلال الإسرائيلي الرصاص"
        forms = bare(nxt)
        if j in dated or s.tokens[j].soft_break or not nxt.isalpha() or nxt[0] in "وفبك" or nxt in _OBJECT_STOPS \
                or any(b in _OBJECT_STOPS | _NOT_OBJECT_HEADS | _OBJECT_SKIP | KILLED | INJURED for b in forms) \
                or any(x.i == j for x in ctx.mentions[f.si] if x.kind in {"actors", "places"}):
            continue
        if s.tokens[j].clause_start and _OBJECT_NOUNS.isdisjoint(forms):
            continue  # "بعد استهداف داعش، أعلن": a new clause, not the object
        if _denied(words, m, f.lo) or _is_victim(words, m, f):
            continue
        return m
    return None


REPRESSION = True
"""Switch for ``repression_masdars`` in :func:`_masdar_subject` (on; off only to measure the rule)."""
_REPRESSION = rules.words("roles", "repression_masdars")
""""قمع" (putting down): the force annexed to it, an object after it, did the killing it caused ("سقط 9 قتلى
في قمع قوات الأمن للمحتجين")."""


def _air_subject(words: list[str], m: Mention) -> bool:
    """True for aircraft of a force as the subject of a strike verb: "عاودت طائرات التحالف"، "شنت مقاتلات
    التحالف"، "طيران التحالف أغار" (the aircraft word in the name or just before it)."""
    x = m.i
    while x > 0 and x > m.i - 2 and bare_in(words[x - 1], _CLAIM_SUBJECTS):
        x -= 1
    if not any(b in _AIR_SUBJECTS for w in words[x:m.j] for b in bare(w)):
        return False
    verbs = _ACT_VERBS
    return (x > 0 and any(b in verbs for b in bare(words[x - 1]))) or (
        m.j < len(words) and any(b in verbs for b in bare(words[m.j])))


OWN_REPORT_WIDE = True
"""Switch: in :func:`_own_report`, a force's own fighters may be told by any verb of a group's act ("قال التنظيم إن
عناصره فجروا"، "أكدت الحركة أن مقاتليها هاجموا", ``group_verbs``), an admission speaks as a statement does
("اعترفت إسرائيل بأنها نفذت الضربة", ``admission_verbs``), and a state that says it struck stands for its forces
(:func:`_frame_doer`) (on; off only to measure the rule)."""
_ADMISSION = rules.words("roles", "admission_verbs")

INFLICTED = True
"""Switch: in :func:`_own_report`, a verb of inflicting losses after "إنه/إنها" (``inflict_verbs``: "كبدت"، "ألحقت")
tells the speaker's own act, as a strike verb does (on; off only to measure the rule)."""
_INFLICT = rules.words("roles", "inflict_verbs")

# the verb sets the readers of a force's or group's own act look for, built once (not on every call)
_ACT_VERBS = _ATTACK_VERBS | _STRIKE_VERBS
_ACT_VERBS_NOUNS = _ACT_VERBS | _ATTACK_NOUNS
_GROUP_ACTS = _ACT_VERBS | _GROUP_VERBS
_GROUP_ACTS_KILLED = _GROUP_ACTS | KILLED
_OWN_FORCE_ACTS = _ACT_VERBS | KILLED
_OWN_FORCE_ACTS_WIDE = _OWN_FORCE_ACTS | _GROUP_VERBS


RESUMED_SPEAKER = True
"""Switch (on; off only to measure the rule): in :func:`_own_report` the speech verb may stand before a resumptive
"فيه"/"فيها" of a relative clause ("في الأسبوع الذي أعلن فيه الجيش شن ست ضربات"): the pronoun refers back
to the time or place the clause describes, and the force after it is still the verb's subject."""
_RESUMPTIVE = frozenset({"فيه", "فيها"})


OWN_DIED = True
"""Switch (pass 43; on; off only to measure the rule): :func:`_own_died`."""
_DIED_IN = rules.words("roles", "died_in_words")


def _own_died(words: list[str], y: int) -> bool:
    """True when the speaker's own forces at ``y`` are told with a death word and then where or how they died, not
    whom they killed: "إن عناصرهم قتلوا في غارة"، "إن جنوده قتلوا جراء القصف" (a word of ``died_in_words`` right
    after the death word, or a word glued to "ب": "قتلوا بغارة"); "إن جنوده قتلوا مسلحا" (an object) is their act."""
    v = y + 1
    if v + 1 >= len(words) or not bare_in(words[v], KILLED) or bare_in(words[v], _ACT_VERBS):
        return False
    nxt = words[v + 1]
    return nxt in _DIED_IN or (nxt.startswith("ب") and len(nxt) > 3)


def _own_report(words: list[str], m: Mention, trigger: int = -1) -> bool:
    """True when a force or group says it struck: "قالت المعارضة المسلحة إنها كثفت قصفها"، "أعلن الجيش أنه
    قصف مواقع" (a speech verb before it, "إنه/إنها" and a strike word or a strike noun of its own after it)، "قال
    الجيش إن جنوده قتلوا" (its own forces, then a strike or killing verb)."""
    if m.i == 0:
        return False
    k = m.i - 2 if RESUMED_SPEAKER and m.i >= 2 and words[m.i - 1] in _RESUMPTIVE else m.i - 1
    if not any(b in _SPEECH_VERBS or OWN_REPORT_WIDE and b in _ADMISSION for b in bare(words[k])):
        return False
    if _announced_launch(words, m):
        return True
    group = m.entry.get("type") == "armed_group"  # "الحركة" after "إن" names the speaker only if it is a group
    for p in range(m.j, min(len(words), m.j + 4)):
        if words[p] in _THAT and _has(words, p + 1, p + 4, _CLAIM_NEGATIONS | _DENIALS):
            return False  # "قال المتحدث باسم الحركة إن الحركة لم تنفذ الهجوم"
        y = _own_force_at(words, p + 1) if words[p] in _THAT else None
        if y is not None:
            # "إن جنوده قتلوا مسلحا": its own soldiers did it ("إن إحدى دباباته أطلقت النار")
            verbs = _OWN_FORCE_ACTS_WIDE if OWN_REPORT_WIDE else _OWN_FORCE_ACTS
            if OWN_DIED and _own_died(words, y):
                return False  # "قال الحوثيون إن عناصرهم قتلوا في غارة": its men were killed, they killed no one
            return any(b in verbs for w in words[y + 1:y + 3] for b in bare(w))
        if group and words[p] in _THAT and p + 2 < len(words) and words[p + 1] in _ANAPHORS:
            # "قال المتحدث باسم حركة طالبان، فلان، إن الحركة نفذت هجوما": the group itself, named again
            return any(b in _GROUP_ACTS for w in words[p + 2:p + 4] for b in bare(w))
        if group and words[p] in _THAT and p + 2 < len(words) and bare_in(words[p + 1], _CLAIM_SUBJECTS) \
                and words[p + 2] in _ANAPHORS:
            # "قال المتحدث باسم الحركة إن مقاتلي الحركة هاجموا مركزا": its own fighters did it
            return any(b in _GROUP_ACTS_KILLED for w in words[p + 3:p + 5] for b in bare(w))
        if bare_in(words[p], _SELF_PRONOUNS):
            if dawn_at(words, p + 1):
                p += 2  # "قالت الشرطة إنها فجر الأحد تعرضت لهجوم": the time told first, then what it did or suffered
            if suffered(words, p + 1, p + 3):
                return False  # "قالت الشرطة إنها تعرضت لهجوم"، "أعلن الجيش أنه عثر على جثث": it suffered or found it
            if p < trigger <= p + 3 and not any(b in KILLED | INJURED for b in bare(words[trigger])) and not (
                    trigger + 2 < len(words) and words[trigger + 1] == "من" and words[trigger + 2] in _PASSIVE_BY):
                return True  # "أعلن التنظيم إنه خطف عاملين": the event's own word follows "إنه"
                # (not a death word, which is as often passive: "قالت الشرطة إنه قتل في الهجوم"; not "خطف من قبل")
            for v, w in enumerate(words[p + 1:p + 4], p + 1):
                forms = bare(w)
                if _policing(words, v):
                    continue  # "أعلنت الشرطة أنها وجهت لهم تهمة القتل": a charge, not a strike
                own = [w[:-len(x)] for x in ("هم", "ها", "ه") if w.endswith(x) and len(w) > len(x) + 2]
                if any(b in _ACT_VERBS_NOUNS or INFLICTED and b in _INFLICT for b in forms) or any(
                        b in _ATTACK_NOUNS for o in own for b in bare(o)):
                    return True  # (also "قالت قوات الجيش إنها كبدت الميليشيات خسائر": it inflicted the losses)
            return False
    return False


def _source_report(words: list[str], m: Mention) -> bool:
    """True when sources in a force or group, or its spokesman, say it struck: "ذكرت مصادر في الكتيبة
    أنها قتلت 8 مسلحين"، "قال المتحدث باسم الحركة إنها هاجمت" -- a speech verb, a speaker noun and
    "في"/"باسم" (``source_links``) right before the force, then a pronoun of the force within four words and an
    attack or strike verb right after it (a verb only: "إنه أصيب في القصف" tells who was hit). Or the group
    named again after "إن" (:func:`_named_again`), the speech verb then at most ``source_speech_span`` words
    before the speaker noun ("قالت الشرطة ومتحدث باسم الحركة إن الحركة نفذت الهجوم")."""
    x = m.i
    if x < 2 or words[x - 1] not in _SOURCE_LINKS or not bare_in(words[x - 2], _SPEAKER_NOUNS):
        return False
    spoken = x >= 3 and bare_in(words[x - 3], _SPEECH_VERBS)
    if not spoken and not (SOURCE_NAMED and _has(words, x - 2 - _SOURCE_SPEECH_SPAN, x - 2, _SPEECH_VERBS)):
        return False
    for p in range(m.j, min(len(words) - 1, m.j + 4)):
        if SOURCE_NAMED and words[p] in _THAT and _named_again(words, p, m):
            return True  # "قالت الشرطة ومتحدث باسم الحركة إن الحركة نفذت الهجوم"
        if spoken and bare_in(words[p], _SELF_PRONOUNS):
            return bare_in(words[p + 1], _ACT_VERBS)
    return False


SOURCE_NAMED = True
"""Switch for the spokesman's group named again after "إن" in :func:`_source_report` (on; off only to measure)."""
_SOURCE_SPEECH_SPAN = int(rules.number("roles", "source_speech_span"))
"""Words a speech verb may stand before a spokesman who speaks beside another ("قالت الشرطة ومتحدث باسم الحركة
إن الحركة نفذت الهجوم"): both said it, and the group is named again after "إن"."""


def _named_again(words: list[str], p: int, m: Mention) -> bool:
    """True when the clause after "إن" at ``p`` tells the spokesman's group as the doer by naming it again: "قال
    متحدث باسم جماعة كذا إن الجماعة شنت هجوما" (an anaphoric group noun, ``anaphoric_groups``, then an attack,
    strike or group verb) or "إن مقاتلي الجماعة هاجموا" (its fighters) -- for a group only; "إن عناصرها هاجموا"
    (its own forces) for any force; an attack, strike or group verb must follow (not a death word: "إن عناصرها
    قتلوا" is as often passive, its men were killed), and not "إن الحركة لم تنفذ" (denied or negated)."""
    if _has(words, p + 1, p + 4, _CLAIM_NEGATIONS | _DENIALS) or p + 2 >= len(words):
        return False
    if words[p + 1] in _OWN_FORCES and (OWN_UNITS or words[p + 1] not in _OWN_UNITS):
        return _has(words, p + 2, p + 4, _GROUP_ACTS)
    if m.entry.get("type") != "armed_group":
        return False
    if words[p + 1] in _ANAPHORS:
        return _has(words, p + 2, p + 4, _GROUP_ACTS)
    if bare_in(words[p + 1], _CLAIM_SUBJECTS) and words[p + 2] in _ANAPHORS:
        return _has(words, p + 3, p + 5, _GROUP_ACTS)
    return False


def _announced_launch(words: list[str], m: Mention) -> bool:
    """True for "أعلن الجيش الأمريكي تنفيذ 5 ضربات جوية": a launch verbal noun (``launch_masdars``) after the
    announcing force, then an attack noun past at most a count; not a negated one ("عدم تنفيذ"). Also "أعلنت
    الشرطة إطلاق النار على مسلح": "إطلاق" (``announced_fire_masdars``) and what was fired right
    after it, not a ceasefire ("وقف إطلاق النار", ``ceasefire_words``)."""
    for p in range(m.j, min(len(words) - 1, m.j + _ANNOUNCED_SPAN)):
        if words[p] in _FIRE_MASDARS:
            if _has(words, p - 1, p, _CEASEFIRE | _CLAIM_NEGATIONS | _DENIALS):
                return False
            if bare_in(words[p + 1], _FIRE_NOUNS):
                return True
            continue
        if words[p] not in _LAUNCH_MASDARS:
            continue
        if _has(words, p - 1, p, _CLAIM_NEGATIONS | _DENIALS):
            return False
        q = p + 1
        while q < len(words) and q <= p + 2 and read_quantity(words, q) is not None:
            q += 1
        return q < len(words) and bare_in(words[q], _ATTACK_NOUNS)
    return False


def _fire_subject(words: list[str], m: Mention, clitic: bool) -> bool:
    """True for the subject of a firing verb whose object follows it: "أطلق الجيش الإسرائيلي النار على
    مسعفين"، "فتحت قوات الأمن النار"، "أطلق مسلحو الحركة قذائف" (the actor, past at most two subject nouns,
    right after "أطلق"/"فتح" and before what was fired). Not "أطلقت السلطات سراح" (nothing fired)."""
    x = m.i
    while x > 0 and x > m.i - 2 and bare_in(words[x - 1], _CLAIM_SUBJECTS):
        x -= 1
    if x == 0 or (clitic and x == m.i) or not bare_in(words[x - 1], _FIRE_VERBS):
        return False
    if any(b in _FIRE_NOUNS for w in words[m.j:m.j + 2] for b in bare(w)):
        return True
    if not FIRED_LATER:
        return False
    for w in words[m.j + 2:m.j + _FIRED_SPAN]:  # "أطلقت الميليشيا من مواقعها في الجبل فجر السبت نحو 20 قذيفة"
        if w in _FIRED_STOPS or bare_in(w, _FIRE_VERBS):
            return False  # another clause, or another firing: "أطلقت السلطات سراح ... بعد أن أطلق مسلحون النار"
        if bare_in(w, _FIRE_NOUNS):
            return True
    return False


FIRED_LATER = True
"""Switch: in :func:`_fire_subject`, what was fired may stand past the place and time the sentence gives first and a
count ("أطلقت الميليشيا من مواقعها في الجبل فجر السبت نحو 20 قذيفة"), up to ``_FIRED_SPAN`` words after the actor,
before any word that opens another clause (on; off only to measure the rule)."""
_FIRED_SPAN = 10
_FIRED_STOPS = rules.words("roles", "fired_stops")


FLYER_OF = True
"""Switch for :func:`_flyer_of` (on; off only to measure the rule)."""
_FLYER_OF_HEADS = rules.words("roles", "agent_aircraft_heads") | rules.words("roles", "flyer_of_naval_heads")
"""Aircraft nouns, and warships (``flyer_of_naval_heads``: "قصفت البوارج الحربية التابعة للتحالف مواقع")."""
_FLYER_OF_VERBS = rules.words("roles", "flyer_of_flight_verbs")
"""Verbs an aircraft right after is the subject of, besides the strike verbs: flying over ("حلقت")."""
_FLYER_OF_SPAN = int(rules.number("roles", "flyer_of_span"))
"""Words between the aircraft noun and the word of belonging ("مروحيات الأباتشي التابعة"، "طائرات حربية تابعة")."""
_FLYER_OF_WRITTEN = _FLYER_OF_HEADS | {"و" + h for h in _FLYER_OF_HEADS}  # (as written, with the conjunction)
_FLYER_OF_SUBJECT_VERBS = _ACT_VERBS | _FLYER_OF_VERBS


def _flyer_of(ctx: DocContext, f: Frame) -> Mention | None:
    """The flying force (``flyer_types``) that aircraft told as a subject belong to: "حلقت مروحيات الأباتشي
    التابعة للتحالف فوق المدينة وقصفت مواقع"، "قصفت طائرات حربية تابعة للجيش القرية" -- an aircraft noun right
    after a strike or flight verb (so it is the verb's subject, not its object), at most ``flyer_of_span`` words
    before a word of belonging and the force written with "ل", the frame's trigger that verb or told after the force, and no
    other force or group named between them."""
    s = ctx.sentences[f.si]
    words = s.words
    for m in ctx.actors_in(f.si, 0, len(words), FORCE_TYPES):
        if m.entry.get("type") not in _FLYERS or m.i < 3 or words[m.i][0] != "ل":
            continue
        if not bare_in(words[m.i - 1], _AFFILIATE):
            continue
        heads = [x for x in range(max(1, m.i - 1 - _FLYER_OF_SPAN), m.i - 1)
                 if words[x] in _FLYER_OF_WRITTEN]  # as written: not "بطائرات"
        if not heads:
            continue
        x = heads[0]
        if not any(b in _FLYER_OF_SUBJECT_VERBS for b in bare(words[x - 1])) or words[x - 1] in _MASDARS:
            continue
        if f.i != x - 1 and f.i < m.j - 1:
            continue  # the frame is neither the aircraft's own verb nor told after them
        if ctx.actors_in(f.si, m.j, max(m.j, f.i), FORCE_TYPES | {"armed_group"}):
            continue  # "حلقت طائرات تابعة للتحالف، فيما قصفت قوات الجيش المواقع": another doer between
        if _denied(words, m, 0):
            continue
        return m
    return None


def _frame_doer(ctx: DocContext, f: Frame) -> Mention | None:
    s = ctx.sentences[f.si]
    for m in ctx.actors_in(f.si, 0, len(s.words), FORCE_TYPES | {"armed_group"}):
        if _own_report(s.words, m, f.i) or _source_report(s.words, m):
            return m  # "قالت المعارضة المسلحة إنها كثفت قصفها"
    if OWN_REPORT_WIDE:
        for m in ctx.mentions[f.si]:
            if m.kind == "places" and m.i > 0 and (forces := state_forces(m.entry)) is not None:
                cand = _as_actor(m, forces)
                if cand is not None and _own_report(s.words, cand, f.i):
                    return cand  # "اعترفت إسرائيل بأنها نفذت الضربة": the state speaks of its forces' act
    for m in ctx.actors_in(f.si, f.lo, f.hi, FORCE_TYPES | {"armed_group"}):
        if (f.j <= m.i <= f.j + 5 or _event_antecedent(s.words, m, f.lo)) and _relative_cued(s.words, m, f.lo) \
                and not _has(s.words, f.lo, f.hi, _BACKGROUND):
            return m  # "العملية التي نفذها داعش": before any force told earlier in the sentence
    fired = not _FIRE_SURFACES.isdisjoint(s.words)
    for m in ctx.actors_in(f.si, f.lo, f.hi, FORCE_TYPES | {"armed_group"}):
        if CUED_MEMBERS and _cued_members(s.words, m, f.lo) and not _denied(s.words, m, f.lo):
            return m  # "عملية انتحارية نفذها عنصران من تنظيم داعش": the doers' count is no count of dead
        if _denied(s.words, m, f.lo) or _is_victim(s.words, m, f) or _supporter(s.words, m):
            continue
        clitic = m.start > s.token_span(m.i, m.i + 1)[0]
        if fired and _fire_subject(s.words, m, clitic):
            return m  # "أطلق الجيش الإسرائيلي النار على مسعفين"
        if clitic and _ambusher(s.words, m.i):
            return m  # "في كمين لحركة الشباب"
        if _cued(s.words, m, f.lo):
            return m  # "نفذه الجيش"، "على يد القوات"، "قام به المتمردون"
        if _attack_owner(s.words, m, f.lo, clitic):
            return m  # "قصف للطيران التركي"، "هجوم داعش"
        if not clitic and (_weapon_subject(s.words, m) or _resumed(s.words, m)):
            return m  # "قصفت مدفعية الجيش اليمني مواقع"، "عاودت ميليشيا الحوثي، الجمعة، قصفها"
        joined = clitic and s.words[m.i][0] == "و"  # "بوارج وطيران التحالف صعدت": the second of two subjects
        if m.entry.get("type") in _FLYERS and (not clitic or joined) and _air_subject(s.words, m):
            return m  # "عاودت طائرات التحالف العربي غاراتها"
        if m.entry.get("type") == "armed_group":
            subject = m.i > 0 and not clitic and s.words[m.i - 1] != "قصف" and any(
                b in _ATTACK_VERBS for b in bare(s.words[m.i - 1])) and bare(s.words[m.i])[-1].endswith("ون")
            if subject:
                return m  # "قصف الحوثيون حي الدمينة": a nominative plural is the subject
            if VERB_FIRST_GROUP and not clitic and _verb_first_subject(s, m) \
                    and not _blocked(s.words, m, f.lo) and not _owned_thing(s.words, m, f.lo) \
                    and not _edge_blocked(ctx, f, m):
                return m  # "هاجم تنظيم داعش أمس بلدة ...، ما أدى إلى مقتل 6": the verb opens its clause, the group is its subject
            v = m.j + 1 if m.j < len(s.words) - 1 and s.words[m.j] == "قد" else m.j  # "مقاتلو الحركة قد قاموا"
            if v < len(s.words) and bare_in(s.words[v], _DESIGNATION):
                # "مقاتلي الحزب، المصنف إرهابيا لدى أنقرة ...، هاجموا": past the designation
                v = next((y for y in range(v + 1, min(len(s.words), v + 16)) if s.tokens[y].clause_start), len(s.words))
            if v < len(s.words) and bare_in(s.words[v], _GROUP_ACTS) \
                    and not _blocked(s.words, m, f.lo) and not _owned_thing(s.words, m, f.lo) \
                    and not _edge_blocked(ctx, f, m) \
                    and not _has(s.words, m.i - 3, m.i, _TRAINING):  # "تدرب على يد داعش فجر": the trainee blew it
                return m  # the subject before its verb: "ميليشيا الحوثي أطلقت صاروخا"، "مقاتلو الحزب هاجموا موقعا"
            continue  # a group after an attack verb is more often its object ("قصفت مواقع داعش"): below
        if m.i > 0 and not clitic and bare_in(s.words[m.i - 1], _ATTACK_VERBS) \
                and not _policing(s.words, m.j - 1):
            return m  # the subject right after the verb: "قصفت القوات التركية مواقع" (not "نفذت الشرطة حملة توقيفات")
    if FLYER_OF:
        m = _flyer_of(ctx, f)
        if m is not None:
            return m  # "حلقت مروحيات الأباتشي التابعة للتحالف فوق المدينة وقصفت مواقع": the aircraft's force
    if PAIR_SUBJECT:
        m = _pair_subject(ctx, f)
        if m is not None:
            return m  # "طيران التحالف الدولي والقوة الجوية العراقية نفذا 15 ضربة": the first of the two subjects
    for m in ctx.actors_in(f.si, f.lo, f.hi, FORCE_TYPES):
        if _supporter(s.words, m):
            held = _supported(ctx, f, m)
            if held is not None:
                return held  # "وكانت قوات الجيش، بإسناد من التحالف، نفذت عملية": the force the support is given to
            continue  # "تقدمت القوات، بإسناد من طيران التحالف، وقصفت مواقع": the supporter is no subject of the verb
        if m.j < len(s.words) and s.words[m.j][0] not in "بل" and any(
                b in _ATTACK_VERBS for b in bare(s.words[m.j])) and m.j <= f.hi and not _denied(s.words, m, f.lo) \
                and not dawn_at(s.words, m.j):  # "أحبطت القوات فجر الأحد هجوما": a time, no verb
            return m  # subject before its verb: "القوة الجوية العراقية نفذت ضربة" (not "قيام الجيش بقصف": a verbal noun)
        v = _components_end(ctx, f.si, m)
        if v and v < min(f.hi, len(s.words)) and any(b in _ATTACK_VERBS | _GROUP_ACTS for b in bare(s.words[v])) \
                and not _denied(s.words, m, f.lo) and not _is_victim(s.words, m, f):
            return m  # "قوات الأمن من الشرطة والجيش وأبناء العشائر شنوا هجوما": the force its parts make up
        if m.j < len(s.words) and m.j <= f.hi and m.start == s.token_span(m.i, m.i + 1)[0] and any(
                b in _STRIKE_VERBS and b not in _UNDERTAKING_VERBS for b in bare(s.words[m.j])) \
                and not _blocked(s.words, m, f.lo) \
                and not _is_victim(s.words, m, f) and not _owned_thing(s.words, m, f.lo):
            return m  # "أن قوات الأمن قتلت مطلوبين": a force written bare before a strike verb is its subject
    for m in ctx.actors_in(f.si, f.lo, f.hi, {"armed_group"}):
        if _denied(s.words, m, f.lo):
            continue  # "نفت الحركة أي علاقة لها بالهجوم"
        before = [b for w in s.words[max(f.lo, m.i - 3):m.i] for b in bare(w)]
        glued_l = m.start > s.token_span(m.i, m.i + 1)[0]  # "لتنظيم الدولة", "لداعش"
        if _blocked(s.words, m, f.lo) or _edge_blocked(ctx, f, m):
            continue
        if any(b in _AFFILIATION for w in s.words[max(f.lo, m.i - 2):m.i] for b in bare(w)):
            continue  # "كتائب القسام، الجناح العسكري لحماس": a description of another actor
        after_in = LEADER_IN_GROUP and m.i > 0 and s.words[m.i - 1] == "في"  # "القيادي الميداني في ميليشيات الحوثي"
        if any(b in _LEADERS for w in s.words[max(f.lo, m.i - (4 if glued_l or after_in else 2)):m.i] for b in bare(w)):
            continue  # "مقتل فلان أمير كتيبة الفرقان"، "قتلت قياديا ميدانيا بارزا بتنظيم القاعدة": the dead man's group
        if any(b in _SPEAKER_NOUNS for w in s.words[max(f.lo, m.i - 2):m.i] for b in bare(w)):
            continue  # "نقلت مصادر في الفصيل مقتل ثلاثة من مقاتليه": who told it
        if _owned_thing(s.words, m, f.lo):
            continue  # "قذائف على نقاط تابعة لحماس": the owner of what was hit
        if any(bare_in(s.words[x], _BELONGS_TO) and s.words[x + 1][0] == "ل"
               for x in range(max(f.lo, m.i - 4), m.i)):
            continue  # "فجروا سيارات تعود لعناصر في الحركة": the cars' owners, not who blew them up
        if _is_victim(s.words, m, f):
            continue  # "مقتل تسعة من عناصر داعش": the group lost people, it did not attack
        near_trigger = f.j <= m.i <= f.j + 3 or m.j == f.i
        if OWNED_AIM and near_trigger and not glued_l and _owned_aim(s.words, f.j, m):
            continue  # "حملة قصف لمخيمات لأنصار الجماعة": the group owns what was hit
        if OWNER_BEFORE and m.j <= f.i and _owner_of_noun(s.words, m, f.lo) \
                and _PERP_CUES.isdisjoint(before):
            continue  # "قامت بإعطاب عربة ثالثة للمتمردين وقتل كل ركابها": it owns the vehicle
        if not _PERP_CUES.isdisjoint(before) or glued_l or near_trigger:
            return m
    return None


CUED_MEMBERS = True
"""Switch for :func:`_cued_members` (on; off only to measure the rule)."""
_MEMBER_COUNTS = frozenset({"عنصر", "عنصران", "عنصرين", "عنصرا", "مسلح", "مسلحان", "مسلحين", "مسلحون", "مقاتل",
                            "مقاتلان", "مقاتلين", "مقاتلون", "انتحاري", "انتحاريان", "انتحاريين", "انتحاريون"})


def _cued_members(words: list[str], m: Mention, lo: int) -> bool:
    """True for a group whose men are told as the subject of a verb of doing that carries the event's pronoun
    ("نفذها عنصران من تنظيم داعش"، "شنه مسلحون من الحركة"): a strong doer cue, a count noun of men, "من",
    the group. Right after such a verb the men are the doers, not dead the sentence counts."""
    if m.i - 3 < lo or words[m.i - 1] != "من" or not bare_in(words[m.i - 2], _MEMBER_COUNTS):
        return False
    forms = bare(words[m.i - 3])
    return not _STRONG_PERP_CUES.isdisjoint(forms) and not any(b in _ANNEXED_CUES | _HAND for b in forms)


PAIR_SUBJECT = True
"""Switch for :func:`_pair_subject` (on; off only to measure the rule)."""
_DUAL_VERBS = rules.words("roles", "dual_attack_verbs")
_PAIR_VERBS = (_DUAL_VERBS | _GROUP_VERBS) - frozenset({"وجها", "وجهتا"})
"""Not "وجها ضربات موجعة" (dealt painful blows): a summary of a campaign, told beside its strikes, not one of them."""


def _pair_subject(ctx: DocContext, f: Frame) -> Mention | None:
    """The first of two or more forces or groups joined by "و" and told before a dual or plural verb of attacking
    (``dual_attack_verbs``, ``group_subject_verbs``): "طيران التحالف الدولي والقوة الجوية العراقية نفذا 15
    ضربة"، "الجيش والحشد الشعبي شنا هجوما". Both carried the attack out; the one named first stands for them, as
    :func:`roles_sides._pair_head` takes it when the verb comes first. Not a pair told after "بين" (two sides
    of a clash), nor one the sentence counts among the dead or denies."""
    s = ctx.sentences[f.si]
    words = s.words
    for m in ctx.actors_in(f.si, f.lo, f.hi, FORCE_TYPES | {"armed_group"}):
        if words[m.i][0] == "و" and m.start > s.token_span(m.i, m.i + 1)[0]:
            continue  # the second of the pair: the first is read
        x = m.j
        while x < len(words) and words[x][0] == "و" and not s.tokens[x].clause_start:
            joined = [n.j for n in ctx.actors_in(f.si, x, len(words), FORCE_TYPES | {"armed_group"}) if n.i == x]
            if not joined:
                break
            x = max(joined)
        if x == m.j or x >= min(len(words), f.hi) or s.tokens[x].clause_start:
            continue
        if not bare_in(words[x], _PAIR_VERBS):
            continue
        if m.i > 0 and bare_in(words[m.i - 1], _BETWEEN_WORDS):
            continue  # "بين الجيش والحوثيين"
        if m.i > 0 and words[m.i - 1] == "من":
            continue  # "القوات الأمنية من الجيش والشرطة نفذوا": the parts of a force told before (FORCE_COMPONENTS)
        if _denied(words, m, f.lo) or _is_victim(words, m, f) or _blocked(words, m, f.lo):
            continue
        return m
    return None


_BETWEEN_WORDS = frozenset({"بين"})

VERB_FIRST_GROUP = True
"""Switch for :func:`_verb_first_subject` (on; off only to measure the rule)."""
_VERB_FIRST_VERBS = (_ATTACK_VERBS - frozenset({"قصف", "وجه", "وجهت", "جدد", "جددت"})) | frozenset(
    {"اعدم", "اعدمت", "خطف", "خطفت", "اختطف", "اختطفت", "اقتحم", "اقتحمت", "امطر", "امطرت", "امطروا"})
"""Finite verbs of attacking, executing or abducting whose subject an armed group right after them is when the verb
opens its clause ("أمطر" too: "rained" shells on a place, the group that fires them right after it; "قصف" is left out: as a verbal noun it is as often the group's own shelling as its being shelled;
"قتل" too: right after it the passive puts the dead, "قتل الدواعش")."""
_VERB_FIRST_OPENERS = frozenset({"كما", "فيما", "بينما", "ثم", "وقد", "قد", "فقد", "لقد"})


def _verb_first_subject(s, m: Mention) -> bool:
    """True when an armed group stands right after a finite verb of attacking or killing that opens its clause
    ("هاجم تنظيم داعش قرية"، "وفجر الحزب منزلا"، "وفي الأنبار، هاجمت الحركة موقعا"): Arabic news
    puts the verb first and its subject right after it; the group is the verb's object only when a subject
    stands before the verb ("القوات العراقية هاجمت داعش"، "إنها هاجمت داعش"), which a verb opening its clause
    rules out. A nominative plural (``subject`` in :func:`_frame_doer`) is read without this."""
    v = m.i - 1
    if v < 0 or not bare_in(s.words[v], _VERB_FIRST_VERBS):
        return False
    if v == 0 or s.tokens[v].clause_start:
        return True
    return s.words[v - 1] in _VERB_FIRST_OPENERS and (v == 1 or s.tokens[v - 1].clause_start)


FORCE_COMPONENTS = True
"""Switch: a force followed by "من" and the forces it is made of ("قوات الأمن من الشرطة والجيش وأبناء
العشائر شنوا هجوما"، "القوات من الجيش والحشد نفذت عملية") is the subject of the verb after them
(:func:`_components_end`)."""


def _components_end(ctx: DocContext, si: int, m: Mention) -> int:
    """The token after "من" and a list of forces joined by "و" right after the force ``m`` (the units it is made
    of), when the list is all registry forces or groups, one after the other; 0 when none follows."""
    if not FORCE_COMPONENTS:
        return 0
    words = ctx.sentences[si].words
    if m.j >= len(words) - 2 or words[m.j] != "من":
        return 0
    parts = {p.i: p for p in ctx.actors_in(si, m.j + 1, len(words), FORCE_TYPES | {"armed_group"})}
    x, n = m.j + 1, 0
    while x in parts and (n == 0 or words[x][:1] == "و"):
        x, n = parts[x].j, n + 1
    return x if n >= 2 else 0


LEADER_IN_GROUP = True
"""Switch: in :func:`_frame_doer`, a leader noun up to four words before a group written after "في" makes the group
the leader's ("لقي المسؤول العسكري في الميليشيا حتفه"), as it does for a group written with "ل" (on; off only
to measure the rule)."""
OWNER_BEFORE = True
"""Switch for :func:`_owner_of_noun` in :func:`_frame_doer` (on; off only to measure the rule)."""


def _owner_of_noun(words: list[str], m: Mention, lo: int) -> bool:
    """True when a group written with "ل" before the frame's word follows a noun that is no attack and no doer (past
    "أخرى" and the like): "إحراق دورية أخرى للحوثيين ومصرع من كانوا على متنها"، "تدمير آليات للميليشيات وسقوط قتلى"
    -- Arabic annexes the owner to the thing with "ل", so the group owns the patrol or the vehicles; it is not the
    doer of the event told after it ("هجوم للحوثيين"، "برصاص قناص للحوثيين" keep theirs)."""
    if words[m.i][:1] != "ل":
        return False
    x = m.i - 1
    while x >= lo and bare_in(words[x], _OWNER_GAP):
        x -= 1
    if x < lo or not words[x].isalpha():
        return False
    if m.j < len(words) and any(b in _GROUP_ACTS or b in _JOIN_VERBS for b in bare(words[m.j])):
        return False  # "إعطاب 9 عربات لمسلحي الجماعة شاركت في القصف": what it owns took part in the attack
    forms = bare(words[x])
    return not any(b in _ATTACK_NOUNS or b in _DOER_NOUNS or b in _ATTACKER_NOUNS or b in _PERP_CUES
                   or b in _SPEAKER_NOUNS or b in _STATEMENT_NOUNS for b in forms)


_STATEMENT_NOUNS = rules.words("roles", "statement_nouns")
"""What a group says through ("وقال بيان لتنظيم داعش إن مقاتليه نفذوا هجوما"): the group speaks of its own act, it
does not merely own a thing (:func:`_owner_of_noun`)."""


_JOIN_VERBS = rules.words("roles", "join_verbs")
"""Verbs of taking part ("آليات للجماعة شاركت في الهجوم"): what the group owns took part in the attack."""


OWNED_AIM = True
"""Switch for :func:`_owned_aim` (on; off only to measure the rule)."""


def _owned_aim(words: list[str], j: int, m: Mention) -> bool:
    """True when, between an attack word (ending at ``j``) and a group right after it, a noun written with "ل" tells
    what was hit and the group owns it: "قصف لمخيمات لناشطي الحزب"، "غارات لمواقع الحركة" -- the verbal noun takes
    its object with "ل", so the first "ل" noun is the target and the group after it its owner, not the doer. Not a
    doer noun ("هجوم لمسلحين من الحركة") nor a counted member."""
    for x in range(j, m.i - 1):  # (the word right before the name may be its own label: "لمنظمة بي كا كا")
        w = words[x]
        if w[:1] != "ل" or len(w) < 4 or w.startswith("لل") and len(w) < 5:
            continue
        rest = bare(w[1:])
        if any(b in _DOER_NOUNS or b in _ATTACKER_NOUNS or b in _CLAIM_SUBJECTS or b in _VICTIM_FILLERS
               for b in (*rest, *bare(w))):
            continue
        return True
    return False


def _edge_blocked(ctx: DocContext, f: Frame, m: Mention) -> bool:
    """True for a group written with "ل"/"ب" at the very start of a frame whose word before it, in the clause
    before the frame, makes it what was hit (:func:`_blocked`): "دكت المروحيات مخازن كثيرة للمتمردين، ودمرت خمس
    آليات" -- the next frame opens at the group, but the group owns the stores, it did not strike."""
    s = ctx.sentences[f.si]
    if m.i >= f.lo + 2 or s.words[m.i][0] not in "لب" or len(bare(s.words[m.i])) < 2:
        return False
    return not _blocked(s.words, m, f.lo) and _blocked(s.words, m, max(0, f.lo - 3))


def _weapon_subject(words: list[str], m: Mention) -> bool:
    """True for a force's guns or craft as the subject right after an attack verb: "قصفت مدفعية الجيش اليمني
    مواقع"، "قصفت دبابات الجيش التركي قرى" -- one ``weapon_subject_nouns`` word between the verb and the force
    (not the verbal noun "قصف": "قصف مدفعية الجيش" may name what was shelled)."""
    if m.i < 2 or not bare_in(words[m.i - 1], _WEAPON_SUBJECTS):
        return False
    return words[m.i - 2] != "قصف" and bare_in(words[m.i - 2], _ATTACK_VERBS)


def _resumed(words: list[str], m: Mention) -> bool:
    """True for a force or group right after a verb of resuming or stepping up (``resume_verbs``) whose attacks,
    written with its own pronoun, follow within four words: "عاودت الجماعة، الأحد، قصفها
    الصاروخي"، "صعدت الحركة هجماتها" -- the pronoun on the attack noun tells the force is the subject."""
    if m.i < 1 or not bare_in(words[m.i - 1], _RESUME_VERBS):
        return False
    for w in words[m.j:m.j + 4]:
        for x in ("هم", "ها", "ه"):
            if w.endswith(x) and len(w) > len(x) + 2 and bare_in(w[:-len(x)], _ATTACK_NOUNS):
                return True
    return False


def _relative_cued(words: list[str], m: Mention, lo: int) -> bool:
    """True for the doer told in a relative clause right after the event's word: "التفجير الذي نفذه
    التنظيم"، "الهجوم الذي شنته قوات X" (a relative pronoun, a verb of doing with the event's pronoun --
    ``strong_perp_cues`` that are no annexed noun -- then the actor, past its subject nouns)."""
    x = _before_subject_nouns(words, m, lo)
    if x - 2 < lo or words[x - 2] not in REL_PRONOUNS:
        return False
    forms = bare(words[x - 1])
    return not _STRONG_PERP_CUES.isdisjoint(forms) and not any(b in _ANNEXED_CUES | _HAND for b in forms)


def _event_antecedent(words: list[str], m: Mention, lo: int) -> bool:
    """True when the relative clause naming the actor ("التي نفذها تنظيم داعش") follows an event noun, at most
    one adjective before the relative pronoun ("العملية الإرهابية التي"، "الهجوم الذي")."""
    x = _before_subject_nouns(words, m, lo)
    return any(b in _BACK_NOUNS or b in _ATTACK_NOUNS for w in words[max(lo, x - 4):max(lo, x - 2)] for b in bare(w))


PP_SUBJECT = True
"""Switch for :func:`roles_grammar.pp_subject` (on; off only to measure the rule)."""


def _pp_subject(ctx: DocContext, f: Frame) -> Mention | None:
    return pp_subject(ctx, f, _named_militia, epithet_at) if PP_SUBJECT else None
