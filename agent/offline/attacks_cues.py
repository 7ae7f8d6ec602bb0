"""The word tests one frame is read with: what makes its attack word no violence, and how its toll is told.

No violence: a blow dealt to someone ("ضربة قاصمة للميليشيات")، play in a sports story, a threat or a foiled plot, a
denied event, a death with no violence told (an accident), attacks a side keeps waging ("هجمات يشنها"). A killing by
a named force is one even with a vague count. Of the toll: a revised toll ("ارتفعت حصيلة ...")، an aside on the
place that ends the frame's own telling, a round-up's sum told after the frame, a toll told with the incident as its
cause, and the parts of a death toll ("بينهم سبعة").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from marsad.agent.numbers import Quantity, read_quantity
from marsad.agent.offline import rules
from marsad.agent.offline.casualties import INJURED, KILLED
from marsad.agent.offline.casualties_pronouns import kill_asserted
from marsad.agent.offline.context import FORCE_TYPES, DateHit, DocContext, bare, bare_in, forms_of
from marsad.agent.offline.frames import Frame
from marsad.agent.offline.frames_readers import (
    _DESTROY_NOUNS,
    _DESTROY_VERBS,
    _KILLED_SURFACES,
    _LAUNCH,
    _STRIKE_VERBS,
    _WOUNDED,
    relative_toll_event,
)
from marsad.agent.offline.scope import (
    PLURAL_EVENTS,
    has_phrase,
    is_judicial,
    is_roundup_total,
    phrase_hits,
    phrase_table,
)
from marsad.core.arabic import normalize

_BLOW = rules.words("attacks", "blow_words")
_BLOW_PHYSICAL = rules.words("attacks", "blow_physical")
"""Words after "ضربة" that make it a strike of arms ("ضربة جوية"، "ضربة لمواقع"، "ضربة على"): without one, "ضربة" told
to someone after "ل" is a blow ("في ضربة لحزبه"، "ضربة قاصمة للميليشيات")."""


def _blow(words: list[str], i: int, j: int) -> bool:
    """True when the singular "ضربة" at i is a blow dealt to someone, not a strike of arms: "ل" + a noun follows it
    within three words (adjectives between: "ضربة قاصمة للميليشيات", or after a verb of suffering: "تعرض لضربة عنيفة
    جراء") and no word of arms, target or direction ("جوية"، "لمواقع"، "على") stands there."""
    if j - i != 1 or not bare_in(words[i], _BLOW):
        return False
    after = words[j:j + 3]
    if any(b in _BLOW_PHYSICAL for w in after for b in bare(w)):
        return False
    # "ل" + a noun right after it or after its adjectives (feminine like it: "قاصمة"، "كبيرة"), not after a verb
    # ("ضربة دمرت مصنعا للذخيرة" is a strike)
    told_to = False
    for w in after:
        if w.startswith("ل") and len(w) > 3:
            told_to = True
            break
        if not w.endswith("ه"):
            break
    suffered = words[i].startswith("ل") and i > 0 and any(b in {"تعرض", "تعرضت", "يتعرض", "تتعرض"} for b in bare(words[i - 1]))
    return told_to or suffered or (FIGURATIVE_BLOWS and (
        words[i].startswith("ك")  # "كضربة قاصمة": likened to a blow
        or any(bare_in(w, _BLOW_RECEIVING) for w in words[max(0, i - 3):i])))  # "تلقى الفريق ضربة"


FIGURATIVE_BLOWS = True
"""Switch (pass 47, A/B measurement and its test): with no word of arms, target or direction after it (the caller:
no toll either), "ضربة" is a blow, not a strike, also when it is likened ("كضربة قاصمة") or received ("تلقى الفريق
ضربة قوية": ``blow_receiving``); "تلقت الميليشيات ضربة جوية" keeps its word of arms. (How hard it hits says nothing:
"نفذت الطائرات ضربة قوية في المدينة" is a strike.)"""
_BLOW_RECEIVING = rules.words("attacks", "blow_receiving")


_KILLER_VERBS = rules.words("attacks", "killer_verbs")
_KILLER_GROUP_VERBS = rules.words("attacks", "killer_group_verbs")
"""The bare kill verb, active or passive as written ("قَتل"/"قُتل"): active only with a named armed group right after it
("قتل حزب العمال ضابطين"; no group is itself killed by name)."""
_KILLER_OBJECT_VERBS = rules.words("attacks", "killer_object_verbs")
"""Active killing verbs carrying their victim as a pronoun ("قتله"، "قتلتها"، "قتلوهم"): never passive."""
_KILLER_ARMED = rules.words("attacks", "killer_armed_words")
"""Armed men named by what they are, in the subject's case ("الإرهابي"، "مسلحون"، "مجهولون"، "قناص")."""
_KILLER_SUBJECTS = rules.words("attacks", "killer_subject_entries")
"""Glossary entries of forces named with no registry actor ("قوات الأمن"، "الجيش"، "قوات الاحتلال")."""
KILLER = True  # module flag, for A/B measurement only


def _killed_by_force(ctx: DocContext, si: int, i: int) -> bool:
    """True when the killing word at ``i`` is an active verb whose subject, right after it, is a force or an armed
    group ("قتلت قوات الأمن العشرات من المحتجين"): a killing by armed men, an incident even when its count is vague
    (a passive killing with no count, "قتل عدد من الأشخاص", says nothing of who or what killed them). The subject is
    a registry force or group, or a force word of the glossary (``killer_subject_entries``). A verb carrying its
    victim as a pronoun ("الضابط الذي قتله الإرهابي ..."، "قتلها مسلحون مجهولون"، "وقتلته ميليشيات الحوثي") is
    active too: its subject is such a side, or armed men named by what they are (``killer_armed_words``)."""
    if not KILLER:
        return False
    words = ctx.sentences[si].words
    if i + 1 >= len(words):
        return False
    if bare_in(words[i], _KILLER_GROUP_VERBS):
        return any(m.i == i + 1 for m in ctx.actors_in(si, i + 1, len(words), {"armed_group"})) \
            and kill_asserted(ctx.sentences[si], i)
    pronoun_victim = bare_in(words[i], _KILLER_OBJECT_VERBS)
    if not (pronoun_victim or bare_in(words[i], _KILLER_VERBS)):
        return False
    if pronoun_victim and not kill_asserted(ctx.sentences[si], i):
        return False
    return (any(m.i == i + 1 for m in ctx.actors_in(si, i + 1, len(words), {"armed_group"} | FORCE_TYPES))
            or any(g.i == i + 1 and g.entry.id in _KILLER_SUBJECTS for g in ctx.glossary[si])
            or (pronoun_victim and words[i + 1] in _KILLER_ARMED))


_SPORTS = phrase_table(rules.words("attacks", "sports_words"))
"""Words of a match report ("مباراة"، "الدوري"، "مدرب"، "لاعبو"، "ركلة جزاء"، "المرمى"): where they fill the story, its
"هجوم"، "قصف المرمى"، "اقتحم منطقة الجزاء" and "سقوط" are play, not violence."""
_SPORTS_MIN_WORDS = int(rules.number("attacks", "sports_min_words"))
_SPORTS_MIN_SHARE = rules.number("attacks", "sports_min_share")
"""A sports story: at least this many sports words, in at least this share of its sentences (title included)."""
_SPORTS_VIOLENCE = phrase_table(rules.words("attacks", "sports_violence"))
"""Weapons and blasts ("انفجار"، "عبوة ناسفة"، "برصاص"، "مسلحون"، "قذيفة") that no match report uses for play: with
them a sports story's sentence may still tell an attack (a stadium bombing)."""


def _sports_story(ctx: DocContext) -> bool:
    """True for a story told in sports words (a match report): at least ``sports_min_words`` of them, in at least
    ``sports_min_share`` of its sentences."""
    hits = [phrase_hits(s.words, _SPORTS) for s in ctx.sentences]
    return sum(hits) >= _SPORTS_MIN_WORDS and sum(1 for h in hits if h) >= _SPORTS_MIN_SHARE * len(ctx.sentences)


def _unmistakable(words: list[str], f: Frame, counted: bool) -> bool:
    """True when a sentence of a sports story tells violence no match report uses for play: a blast, or people
    killed or wounded told with a weapon ("انفجرت عبوة ناسفة قرب الملعب"، "قتل 3 مشجعين برصاص مسلحين")."""
    blast = bool({"explosion", "car_bomb", "ied", "suicide_attack"} & set(f.concepts))
    return (blast or counted) and has_phrase(words, 0, len(words), _SPORTS_VIOLENCE)


_THREAT_OR_FOILED = rules.words("attacks", "threat_or_foiled")
"""Words that make the attack told after them a threat or a foiled plot ("هدد ... باغتيال"، "ضبط شبكة"، "إحباط مخطط")."""


PLAN_FORMS = True  # module flag, for A/B measurement only
_PLAN = re.compile(r"^(?:[يتن]?خطط(?:ون|ان|وا|ا|ت|تا|ن)?|مخطط(?:ا|ات|ه|هم|ها)?|ال(?:تخطيط|مخطط|موامره)|موامره|"
                   r"[يت]عتزم(?:ون|ان)?|[يت]نو(?:ي|ون|يان))$")
"""Any form of a verb or noun of planning or intending ("كانوا يخططون لارتكاب"، "خططا للمؤامرة"، "تنوي"): the attack
told after it in its clause was planned, not (yet) done."""
_PLANNED_AFTER = re.compile(r"^(?:ال)?تخطيط$|^[يت]?خطط$|^مخطط$")
"""A plan word after the attack noun, told of it ("هجوم ... تم التخطيط له"، "هجوم خطط له")."""
_PLAN_AFTER_REACH = 8


PERMISSION = True
"""Switch (A/B measurement and its test): strikes told as what a state allowed another to use its bases or airspace
for ("سمحت الحكومة للحلفاء باستخدام قواعدها الجوية في شن غارات على التنظيم") are a permission, not an incident: no
record (kept, it took the place of a base told beside it)."""
_PERMISSION_VERBS = rules.words("attacks", "permission_verbs")
_USE_NOUNS = rules.words("attacks", "use_nouns")
_USE_REACH = 3


def _permitted(words: list[str], lo: int, i: int) -> bool:
    """True when a verb of allowing (:data:`_PERMISSION_VERBS`) stands before the attack word at i in its clause with
    a noun of use (:data:`_USE_NOUNS`) at most ``_USE_REACH`` words after it."""
    return any(bare_in(words[x], _PERMISSION_VERBS)
               and any(bare_in(w, _USE_NOUNS) for w in words[x + 1:min(i, x + 1 + _USE_REACH)])
               for x in range(lo, i))


HABITUAL_WAGING = True
"""Switch (pass 50, A/B measurement and its tests): an indefinite plural attack noun (``habitual_plurals``: "هجمات"،
"غارات"، "عمليات") followed, past at most one adjective, by an imperfect verb of waging or aiming (``habit_verbs``:
"تواجه هجمات يشنها التنظيم على مواقعها"، "يعاني من هجمات تشنّها الجماعة"، "في سلسلة اعتداءات متطرفة تستهدف البلاد")
tells what a side keeps doing -- the present-tense clause describing an indefinite noun -- not one incident. Not when a
verb of carrying out, undergoing or witnessing stands just before the noun (``habitual_done_verbs``: "شن المسلحون
أمس هجمات تستهدف"، "تعرضت البلدة لغارات تستهدف"): those attacks took place. (The caller asks for no toll and no day.)"""
_HABITUAL_PLURALS = rules.words("attacks", "habitual_plurals")
_HABITUAL_DONE = rules.words("attacks", "habitual_done_verbs")
_WAGING_NOW = rules.words("attacks", "habit_verbs")
_DONE_REACH = 3


PLURAL_PRACTICE = True
"""Switch (pass 54, A/B measurement and its tests): an attack word that is the complement of the plural "عمليات"
right before it ("ضالع في عمليات إعدام"، "تورطوا في عمليات اغتيال"، "ضلوع إيران في عمليات الخطف"، "مجازر وعمليات خطف
أجانب") names a kind of act done many times -- a practice, an accusation, a record of deeds -- not
one incident. Only the act the operations are of, not an adjective of them ("عمليات انتحارية": SIMILE's or the
frame's own reading). Not when a verb of carrying out or undergoing stands just before the plural
(``habitual_done_verbs``: "شنت الطائرات عمليات قصف"), or its verb noun (``practice_done_nouns``: "بهدف تنفيذ عمليات
قصف ضد مواقعهم"): those acts took place. (The caller asks for no toll and no day told after it.)"""
_PRACTICE_PLURALS = rules.words("attacks", "practice_plurals")
_PRACTICE_DONE_NOUNS = rules.words("attacks", "practice_done_nouns")

PRACTICE_ONGOING = True
"""Switch (pass 54 review M5, A/B measurement and its tests): for :data:`PLURAL_PRACTICE`, a verb of going on or
undergoing (``practice_ongoing_verbs``: "وتواصلت عمليات القصف على البلدة"، "وتتعرض البلدة منذ الصباح لعمليات قصف")
counts like a verb of carrying out, and a verb of either list may stand up to ``_PRACTICE_VSO_REACH`` words before the
plural, so that the subject and a time word of a verb-subject-object clause fit between ("وشهدت مدينة الموصل أمس
عمليات اغتيال"): those acts took place. (A day told before the word keeps the incident too: the caller's
:func:`plural_practice_dated`.)"""
_PRACTICE_ONGOING = rules.words("attacks", "practice_ongoing_verbs")
_PRACTICE_VSO_REACH = 5


def _plural_practice(words: list[str], lo: int, i: int) -> bool:
    """True when the attack word at ``i`` follows the plural "عمليات" (:data:`PLURAL_PRACTICE`) with no verb of its
    carrying out within ``_DONE_REACH`` words before that plural."""
    if i < 1 or i - 1 < lo or not bare_in(words[i - 1], _PRACTICE_PLURALS):
        return False
    w = words[i].removeprefix("ال")
    if w.endswith("يه") and not w.startswith("ت"):
        return False  # an adjective of the operations ("عمليات انتحارية"), not the act they are of ("عمليات تصفية")
    done = _HABITUAL_DONE | _PRACTICE_ONGOING if PRACTICE_ONGOING else _HABITUAL_DONE
    reach = _PRACTICE_VSO_REACH if PRACTICE_ONGOING else _DONE_REACH
    return not any(bare_in(w, done) or bare_in(w, _PRACTICE_DONE_NOUNS)
                   or (w[:1] in {"و", "ف"} and w[1:] in done)
                   for w in words[max(lo, i - 1 - reach):i - 1])


def plural_practice(words: list[str], lo: int, i: int) -> bool:
    """Whether the attack word at ``i`` is the complement of a plural of acts (:data:`PLURAL_PRACTICE`)."""
    return PLURAL_PRACTICE and i < len(words) and _plural_practice(words, lo, i)


def habitual_waging(words: list[str], lo: int, i: int, hi: int) -> bool:
    """True when the attack noun at ``i`` is an indefinite plural told with an imperfect verb of waging right after
    it, or after one adjective (:data:`HABITUAL_WAGING`), and no verb of its carrying out stands before it; or when it
    is the complement of a plural of acts ("عمليات اغتيال", :data:`PLURAL_PRACTICE`)."""
    if PLURAL_PRACTICE and i < len(words) and _plural_practice(words, lo, i):
        return True
    if not HABITUAL_WAGING or i >= len(words) or not bare_in(words[i], _HABITUAL_PLURALS):
        return False
    verb = next((x for x in range(i + 1, min(hi, i + 3, len(words))) if bare_in(words[x], _WAGING_NOW)), None)
    if verb is None or any(words[x].startswith("ال") or bare_in(words[x], _WAGING_NOW) for x in range(i + 1, verb)):
        return False  # ("هجمات الحوثيين تستهدف": a noun of the attacks' doer between, not an adjective)
    return not any(bare_in(w, _HABITUAL_DONE) or (w[:1] in {"و", "ف"} and w[1:] in _HABITUAL_DONE)
                   for w in words[max(lo, i - _DONE_REACH):i])  # ("وشن": too short for ``bare``)


OPTION_OBJECT = True
"""Switch: a strike told as the object of a call, an encouragement, a demand, a study, a proposal, an option or a
readiness ("ويدعو إلى استهداف منشآتها النووية"، "يشجعونه على توجيه ضربة عسكرية"، "لدراسة شن ضربة عسكرية"، "دعاها إلى
الاستعداد لضربات"، "الدعوات لاقتحام المسجد") is one urged or debated, not done: no incident. Only the cue's own object: at
most ``_OPTION_REACH`` words before the attack word, with nothing between but "إلى"/"على", a verb noun of waging
(توجيه، شن، خوض، تنفيذ) or another cue, and a link told (one of those words, or "ل"/"ب" on the attack word) -- "دعت إلى
التحقيق في الهجوم" (the attack is done, the inquiry is called for) and "يدرس الهجوم" keep their incident."""
_OPTION_CUES = rules.words("attacks", "option_cues")
_OPTION_LINKS = rules.words("attacks", "option_links")
_OPTION_WAGING = rules.words("attacks", "option_waging")
_OPTION_REACH = 4


OPTION_CUE_OBJECT = True
"""Switch (pass 51b, A/B measurement and its tests): the cue's own object, up to ``_OPTION_OBJECT_WORDS`` words, may
stand between an option cue and the link that governs the strike ("حض الملك قادة جيشه على ضربة"، "أن يقتنع نواب في
البرلمان بخوض مواجهة"), when the link is told ("على"/"إلى", or "ب"/"ل" glued to the waging noun or the attack word)
and no particle of a new clause stands in the object ("أن"، "لا"، "قد"، "الذي" ...). A strike whose victims are
counted right after it ("شجع القوات على قتل عشرات المحتجين") was done: the object is not skipped."""
_OPTION_OBJECT_WORDS = 3
_OPTION_OBJECT_STOPS = rules.words("attacks", "option_object_stops")
_OPTION_OBJECT_TOLLS = rules.words("attacks", "option_object_tolls")
# Only a verb of urging has an object of its own there: a noun cue's next noun is its complement, and "على" after it
# is that noun's ("خيارات الرد على قصف دوما": the answer to a strike done).
_OPTION_OBJECT_CUES = rules.words("attacks", "option_object_cues")


def _option_object(words: list[str], lo: int, i: int) -> bool:
    """True when the attack word at i is the object of an option cue (:data:`OPTION_OBJECT`)."""
    linked = i < len(words) and words[i][:1] in {"ل", "ب"} and not words[i].startswith("ال")
    told = linked  # a link told by a word, not only a waging noun
    # "شجع القوات على قتل عشرات المحتجين": victims counted, the act was done (no object skipped)
    counted = any(w.isdigit() or w in _OPTION_OBJECT_TOLLS for w in words[i + 1:i + 3])
    skipped = 0
    for x in range(i - 1, max(lo, i - 1 - _OPTION_REACH - _OPTION_OBJECT_WORDS) - 1, -1):
        w = words[x]
        if bare_in(w, _OPTION_CUES):
            return linked and (not skipped or bare_in(w, _OPTION_OBJECT_CUES))
        if not skipped and (w in _OPTION_LINKS or bare_in(w, _OPTION_WAGING)):
            linked = True
            told = told or w in _OPTION_LINKS or (w[:1] in {"ل", "ب"} and not w.startswith("ال"))
            if i - x > _OPTION_REACH:
                return False
            continue
        if OPTION_CUE_OBJECT and told and not counted and skipped < _OPTION_OBJECT_WORDS and w.isalpha() \
                and w not in _OPTION_OBJECT_STOPS and not bare_in(w, _OPTION_WAGING):
            skipped += 1  # "حض الملك قادة جيشه على ضربة": the cue's own object
            continue
        return False
    return False


CLAIMED_DEVICE = True
"""Switch (pass 51, A/B measurement and its tests): a bomb someone claims to carry ("اعتقل رجل زعم أنه يحمل قنبلة"،
"بعد أن ادعى أن بحوزته عبوة ناسفة") is a hoax until it goes off: a claim verb, then a word of carrying, before the
device word in its clause (:func:`_claimed_device`). Only for a frame with no toll, as every threat."""
_CLAIM_VERBS = rules.words("attacks", "claim_verbs")
_POSSESSION = rules.words("attacks", "possession_words")
_CLAIM_REACH = 6
_DEVICE_USED = rules.words("attacks", "blast_in_clause") | rules.words("attacks", "claimed_device_used")
"""Words of a blast, a toll or other violence: told after the device in its frame, the claimant did attack ("المهاجم
الذي ادعى أنه يحمل قنبلة أطلق النار على المارة")."""


CLAIM_THAT_DEVICE = True
"""Switch (pass 51, review51 finding 5; A/B measurement and its tests): :func:`_claimed_device` reads only a device noun
(``claimed_devices``) as the event word, a claim verb with "أن"/"أنه" right after it (the claim's clause: "يدعى
محمد" is a name, "تزعّم الخلية" a leading, "زعم أن لديه أدلة على قصف" a claim of proof of an attack), and the word
of carrying at most ``_CARRY_REACH`` words before the device."""
_CLAIMED_DEVICES = rules.words("attacks", "claimed_devices")
_CLAIM_THAT = rules.words("attacks", "claim_that")
_CARRY_REACH = 3


def _claimed_device(words: list[str], lo: int, i: int, hi: int | None = None) -> bool:
    """True when a claim verb stands at most ``_CLAIM_REACH`` words before the device word at i, in its clause, with a
    word of carrying (``possession_words``) between them, and no blast, toll or violence (``_DEVICE_USED``) is told
    after the device up to hi (:data:`CLAIMED_DEVICE`); under :data:`CLAIM_THAT_DEVICE`, only a device noun, "أن"
    right after the claim verb and the carrying word near the device."""
    if not CLAIMED_DEVICE:
        return False
    if CLAIM_THAT_DEVICE and not bare_in(words[i], _CLAIMED_DEVICES):
        return False
    for x in range(max(lo, i - _CLAIM_REACH), i):
        if bare_in(words[x], _CLAIM_VERBS):
            if CLAIM_THAT_DEVICE and (x + 1 >= i or words[x + 1] not in _CLAIM_THAT):
                return False
            end = len(words) if hi is None else hi
            carry = words[max(x + 1, i - _CARRY_REACH):i] if CLAIM_THAT_DEVICE else words[x + 1:i]
            return any(bare_in(w, _POSSESSION) or w in _POSSESSION for w in carry) \
                and not any(bare_in(w, _DEVICE_USED) for w in words[i + 1:end])
    return False


BARE_WEAPON = True
"""Switch (pass 52, A/B measurement and its tests): a weapon named with nothing done with it is no attack: shells in
an art show ("معرض فني يضم قذائف مدفعية منحوتة")، arms left behind or shown ("عتاد تركوه منه دبابات وقذائف")، mines
as a standing danger ("اعتبر المحافظ ألغام الجماعة جريمة")، drones a base serves ("قاعدة تخدم عملياته عبر طائرات
مسيرة"). Only when the frame's event word is the weapon noun itself (``weapon_nouns``; singulars too since pass 53, as
in a counted inventory "37 قذيفة هاون", ``weapon_singular_nouns``, :data:`BARE_SINGULAR`), not glued to "ب" (an
instrument: the act is told by another word), and no word of firing, falling, hitting, sinking, blasting, harm or
attack (``_WEAPON_USE``: "سقطت قذائف"، "صواريخ أطلقت"، "تعرض لقذائف"، "جروح") stands near it in its sentence
(within ``_WEAPON_USE_REACH`` words either side, :data:`WEAPON_USE_CLAUSE`; after a subject weapon up to the sentence
end, :data:`WEAPON_SUBJECT_VERB`), nor a
word of aim right after it (``weapon_aimed_words``: "قذائف هاون على الحي"، "صواريخ باتجاه المدينة"). A toll counted in
the frame keeps it (the caller asks for none)."""
_WEAPON_NOUNS = rules.words("attacks", "weapon_nouns")
BARE_SINGULAR = True
"""Switch (pass 53, prec53's singulars given their own switch by fixatt53, its test): a singular weapon noun
(``weapon_singular_nouns``: "37 قذيفة هاون"، "قنبلة قديمة منحوتة") is read as a bare weapon too; off, only the
plurals of ``weapon_nouns`` are."""
_WEAPON_SINGULARS = rules.words("attacks", "weapon_singular_nouns")
PLACED_DEVICE = True
"""Switch (pass 53, fixatt53, its test; review53 L3): a device told with its adjective ("ناسفة"، "لاصقة"، "مفخخة")
and a word of placement right after ("تحت"، "داخل"، "قرب"، "أمام") is a device set at its target, told headline-style
without a verb ("عبوة لاصقة تحت سيارة ضابط في الشرطة"): no bare weapon."""
_DEVICE_ADJECTIVES = rules.words("attacks", "weapon_device_adjectives")
_PLACED = rules.words("attacks", "weapon_placed_words")
_WEAPON_USE = (rules.words("attacks", "weapon_use_words") | rules.words("attacks", "weapon_harm_words") | _LAUNCH
               | _STRIKE_VERBS | _KILLED_SURFACES | _WOUNDED | _DESTROY_VERBS | _DESTROY_NOUNS)
"""Words that tell a weapon used: ``weapon_use_words`` (falling, hitting, attack words), ``weapon_harm_words`` (what
a weapon does told headline-style, "قذائف X تحصد أرواح"، "تهدم منازل"، "ألغام X تبتر ساق طفل", and the lives or
limbs it takes), and the frames' own event sets they would otherwise repeat: launch words, strike verbs, the killed
surfaces, wounded words, destroy verbs and nouns."""
_WEAPON_AIM_REACH = 3
WEAPON_USE_CLAUSE = True
"""Switch (pass 53, A/B measurement and its tests): for :data:`BARE_WEAPON`, a word of use more than
``_WEAPON_USE_REACH`` words from the weapon noun tells another act of a long sentence, not this weapon's use ("يضم
المعرض قذائف ... [more than 15 words] ... الذين صدوا الهجوم"); with the switch off, a word of use anywhere in the
sentence keeps the weapon as an attack."""
_WEAPON_USE_REACH = 15
WEAPON_SUBJECT_VERB = True
"""Switch (pass 53, fixatt53, its test): a weapon noun that opens its clause as the subject, the noun of "إن"/"أن"
("وقال المرصد إن قذائف ... التي ... سقطت أمس على قرية") or the sentence's first word, has its verb after it however
long the relative clause between: the word of use is read up to the sentence end after it, and only the reach before it
is cut at ``_WEAPON_USE_REACH`` (review53 M6). An object weapon ("يضم المعرض قذائف ...") keeps both reaches cut."""
_SUBJECT_OPENERS = rules.words("attacks", "weapon_subject_openers")
_WEAPON_AIMED = rules.words("attacks", "weapon_aimed_words")
_WEAPON_IDIOM = normalize("على")  # "على وقع التقدم": to the sound of the advance ("وقع" is no fall there)


def _bare_weapon(words: list[str], i: int) -> bool:
    """True when the event word at i is a weapon noun and no word near it in its sentence tells the weapon used
    (:data:`BARE_WEAPON`; the reach: :data:`WEAPON_USE_CLAUSE`, :data:`WEAPON_SUBJECT_VERB`)."""
    if not BARE_WEAPON or i >= len(words) or not (
            bare_in(words[i], _WEAPON_NOUNS) or BARE_SINGULAR and bare_in(words[i], _WEAPON_SINGULARS)):
        return False
    if PLACED_DEVICE and i + 1 < len(words) and bare_in(words[i + 1], _DEVICE_ADJECTIVES) \
            and any(bare_in(w, _PLACED) for w in words[i + 2:i + 2 + _WEAPON_AIM_REACH]):
        return False  # "عبوة لاصقة تحت سيارة ضابط": a device set at its target, told without a verb
    if words[i].startswith(("ب", "وب", "فب")):
        return False  # "قصفت البلدة بقذائف الهاون": the weapon of an act told by another word
    lo, hi = (max(0, i - _WEAPON_USE_REACH), i + 1 + _WEAPON_USE_REACH) if WEAPON_USE_CLAUSE else (0, len(words))
    if WEAPON_SUBJECT_VERB and (i == 0 or words[i - 1] in _SUBJECT_OPENERS):
        hi = len(words)  # "إن قذائف ... والتي تعد ... سقطت أمس": the subject's verb after a long relative clause
    if any(bare_in(w, _WEAPON_USE) and not (x and words[x - 1] == _WEAPON_IDIOM)
           for x, w in enumerate(words[lo:hi], lo) if x != i):
        return False  # (not the frame alone: a frame may end at a comma before the verb, "إن طائرات حربية، تتبع
        # القوات الجوية، قصفت زورقا"; up to _WEAPON_USE_REACH words either side, :data:`WEAPON_USE_CLAUSE`)
    return not any(bare_in(w, _WEAPON_AIMED) for w in words[i + 1:i + 1 + _WEAPON_AIM_REACH])


def _threat_or_foiled(words: list[str], lo: int, i: int, hi: int | None = None) -> bool:
    """True when the attack word at i is what someone threatened or a plot that was foiled: a threat or
    foiling word before it in its clause ("وهدد المتحدث ... باغتيال"، "عن ضبط شبكة ... لتنفيذ هجمات"), any form of a
    plan or intent word before it ("كانوا يخططون لارتكاب اعتداءات"), the object of a call or an option
    (:data:`OPTION_OBJECT`), a device someone claims to carry (:data:`CLAIMED_DEVICE`), a weapon named with nothing
    done with it (:data:`BARE_WEAPON`), or the attack told as planned
    after it, up to hi ("هجوم بسلاح كيماوي قيل إنه كان قيد
    التحضير")."""
    if any(b in _THREAT_OR_FOILED for w in words[lo:i] for b in bare(w)):
        return True
    if PERMISSION and _permitted(words, lo, i):
        return True
    if OPTION_OBJECT and _option_object(words, lo, i):
        return True
    if _claimed_device(words, lo, i, hi):
        return True
    if _bare_weapon(words, i):
        return True
    if not PLAN_FORMS:
        return False
    if any(_PLAN.match(b) for w in words[lo:i] for b in bare(w)):  # (words are normalised text)
        return True
    end = min(hi if hi is not None else i + 1, i + 1 + _PLAN_AFTER_REACH, len(words) - 1)
    return any(_PLANNED_AFTER.match(b) and words[x + 1] in {"له", "لها", "لهم"}
               for x in range(i + 1, end) for b in bare(words[x]))


_DENIAL_VERBS = rules.words("attacks", "denial_verbs")
_DENIED_OBJECTS = rules.words("attacks", "denied_objects")
_DENIED_LOSSES = rules.words("attacks", "denied_losses")
"""A denial of the event itself ("نفت الوزارة وجود محاولة لاختطاف"، "نفى صحة الأنباء عن مقتل"), not of a
claim ("نفى التنظيم مسؤوليته عن الهجوم" tells a real attack)."""


_UNLINKED = rules.words("attacks", "unlinked_words")
_UNLINKING = rules.words("attacks", "unlinking_negations")
UNLINKED = True
"""Module switch (A/B measurement): an attack word a negated link governs ("الحادث ليس مرتبطا بعملية إرهابية"، "لا
صلة له بأي عمل إرهابي") is what the speaker says the event was not: no attack of its own, and no doer read from it
(the event the sentence tells stays, read from its own word)."""
_UNLINK_REACH = 4


def _unlinked(words: list[str], lo: int, i: int) -> bool:
    """True when a link word (:data:`_UNLINKED`) stands within ``_UNLINK_REACH`` words before the event word at i, in
    its clause, with a negation (:data:`_UNLINKING`) in the two words before it."""
    return UNLINKED and any(
        bare_in(words[x], _UNLINKED)
        and any(b in _UNLINKING for w in words[max(lo, x - 2):x] for b in bare(w))
        for x in range(max(lo, i - _UNLINK_REACH), i))


DENIED_ACT = True
"""Switch (pass 51, A/B measurement and its tests): the event word as the denial verb's own object, with only its
subject, a place or a time between ("نفت الوزارة استهداف قافلة المساعدات"، "نفت السفارة، مساء الأحد، اغتيال باحثين"),
is what the denial says did not happen (:func:`_denied_act`). A denial of a role in the attack ("نفت موسكو ضلوعها في
الهجوم"، "نفى التنظيم مسؤوليته عن الهجوم"), of a claim ("ونفى أن يكون الهجوم ...") or of the act as its doer's
("نفى ارتكابه الاعتداء": a suspect's plea) leaves the attack told, and so does a denial of deaths or wounds ("نفت
الوزارة مقتل أي من جنودها في الاشتباكات": the losses are denied, the fighting is told)."""
_NOT_OBJECT = rules.words("attacks", "denial_not_object")
_RUMOUR_VERBS = rules.words("attacks", "rumour_verbs")
DENIED_RUMOUR = True
"""Switch (pass 51, A/B measurement and its tests): a denial of what is said ("نفت الشركة ما يشاع عن محاولة خطف إحدى
طائراتها"، "نفى المتحدث كل ما تردد عن ...": the verb, its subject, "ما" and a verb of rumour right after it) denies
the whole account it names: an event word after it in the clause, up to ``_RUMOUR_REACH`` words on, did not happen
(:func:`_denied_rumour`)."""
_RUMOUR_REACH = 12
RUMOUR_TOPIC = True
"""Switch (pass 51, review51 finding 2; A/B measurement and its tests): the denied account holds the event word only
as its topic: a word of topic (``rumour_topics``: عن، بشأن، حول) after the rumour verb, before the event word, and no
speech verb, "أن"/"إن" or other word of ``denial_not_object`` between them, nor "و" glued to the event word: "نفى
المتحدث ما نشرته وسائل الإعلام، وقال إن مسلحين هاجموا حاجزا" tells the attack the speaker affirms. A toll does not
keep the frame: the toll of a rumour is denied with it ("نفى ما تردد عن مقتل 3 جنود في هجوم")."""
_RUMOUR_TOPICS = rules.words("attacks", "rumour_topics")


def _rumour_topic(words: list[str], r: int, i: int) -> bool:
    """True when the event word at i is the topic of the rumour verb at r (:data:`RUMOUR_TOPIC`)."""
    if words[i][:1] == "و":
        return False
    topic = False
    for w in words[r + 1:i]:
        if w in _RUMOUR_TOPICS:
            topic = True
        elif bare_in(w, _NOT_OBJECT) or w in _NOT_OBJECT:
            return False
    return topic


def _denied_rumour(words: list[str], x: int, i: int) -> bool:
    """True when the denial verb at x has "ما" and a verb of rumour (``rumour_verbs``, also after "يتم"/"تم") within
    its next five words, before the event word at i and at most ``_RUMOUR_REACH`` words before it, and, under
    :data:`RUMOUR_TOPIC`, the event word is the rumour's topic (:func:`_rumour_topic`)."""
    if not DENIED_RUMOUR or i - x > _RUMOUR_REACH:
        return False
    for y in range(x + 1, min(i - 1, x + 6)):
        if words[y] != "ما":
            continue
        for r in range(y + 1, min(i, y + 3)):
            if bare_in(words[r], _RUMOUR_VERBS):
                return not RUMOUR_TOPIC or _rumour_topic(words, r, i)
    return False


_DENIED_LOSS_WORDS = rules.words("attacks", "denied_loss_words")
_DENIED_ACT_REACH = 5


DENIED_ACT_CLAUSE = True
"""Switch (pass 51, review51 finding 3; A/B measurement and its tests): :func:`_denied_act` reads only a denial verb
inside the event's clause (at or after its start), and an event word glued to "و"/"ف" opens a clause of its own, no
object of the denial ("نفى الجيش ذلك، وقصفت الطائرات مواقع المسلحين": the strike is told)."""


def _denied_act(words: list[str], x: int, i: int, lo: int = 0) -> bool:
    """True when the event word at i is the object of the denial verb at x (:data:`DENIED_ACT`): at most
    ``_DENIED_ACT_REACH`` words between, none a link, a clause opener, a speech verb or a noun of a role in the act
    (``denial_not_object``), and no preposition glued to the event word ("بالهجوم"); under
    :data:`DENIED_ACT_CLAUSE`, the verb in the event's clause (x >= lo) and no "و"/"ف" glued to the event word."""
    if not DENIED_ACT or i - x - 1 > _DENIED_ACT_REACH or i >= len(words):
        return False
    if DENIED_ACT_CLAUSE and (x < lo or words[i][:1] == "و"
                              or words[i][:1] == "ف" and words[i][:3] not in {"فجر", "فتح"}):  # (root ف kept)
        return False
    if (words[i][:1] in {"ب", "ل", "ك"} and not words[i].startswith("ال")) or bare_in(words[i], _DENIED_LOSS_WORDS):
        return False
    return not any(bare_in(w, _NOT_OBJECT) or w in _NOT_OBJECT for w in words[x + 1:i])


DENIED_TOLD = True
"""Switch (pass 51, review51 finding 8; A/B measurement and its tests): a frame whose toll is told keeps its attack
under :func:`_denied_act` (as under every threat): "نفى التحالف قصف حفل الزفاف الذي قتل فيه 20 مدنيا" is the
accused side's denial of an act whose dead are counted, not a denial that anything happened."""


def _denied(words: list[str], lo: int, i: int, counted: bool = False) -> bool:
    """True when the event word at i is what a denial before it in its clause says did not happen: a denial verb,
    then within five words an object such as وجود/وقوع/صحة الأنباء, at most eight words before the event word, with
    no loss noun between (a denial of losses leaves the event told), the event word itself as the verb's object
    (:func:`_denied_act`; not for a frame whose toll is ``counted``, :data:`DENIED_TOLD`) or inside the account of
    rumour it denies (:func:`_denied_rumour`); or what a negated link says the event was not (:func:`_unlinked`)."""
    if _unlinked(words, lo, i):
        return True
    for x in range(max(0, lo - 6), i):
        if not bare_in(words[x], _DENIAL_VERBS):
            continue
        if not (DENIED_TOLD and counted) and _denied_act(words, x, i, lo) or _denied_rumour(words, x, i):
            return True
        for y in range(x + 1, min(i, x + 6)):
            if bare_in(words[y], _DENIED_OBJECTS) and i - y <= 8:
                # "نفى الجيش وقوع إصابات جراء سقوط صاروخ": the losses are denied, the rocket fell
                return not any(b in _DENIED_LOSSES for w in words[y + 1:i] for b in bare(w))
    return False


_UPDATE_VERBS = rules.words("attacks", "toll_update_verbs")
_UPDATE_NOUNS = rules.words("attacks", "toll_update_nouns")
UPDATE_NOUN_BACK3 = True
"""Module switch of the three-word reach back (A/B measurement)."""


def _toll_update(words: list[str]) -> bool:
    """True for a revised toll: "ارتفعت حصيلة القتلى إلى 40"، "ارتفاع أعداد الضحايا"."""
    back = 3 if UPDATE_NOUN_BACK3 else 2  # "حصيلة قتلى الهجوم ارتفعت" (casualties_updates._noun_before_update)
    for x, w in enumerate(words):
        if bare_in(w, _UPDATE_VERBS) and any(  # "ارتفعت حصيلة"، "حصيلة الانفجار ارتفعت"
                b in _UPDATE_NOUNS for v in words[max(0, x - back):x] + words[x + 1:x + 3] for b in bare(v)):
            return True
    return False


_VIOLENT_CONCEPTS = rules.phrases("attacks", "violent_concepts")
_VIOLENCE = rules.words("attacks", "violence")
_ACCIDENT = rules.words("attacks", "accident")
_ACCIDENT_STORY = rules.words("attacks", "accident_story")
"""Words that make a whole story an accident when its title or lead tells them (not "انهيار"، "انقلاب": war words too)."""
DEFINITE_VIOLENCE = True
"""Module switch: in a toll update, a violence word read also with the article ("ارتفعت حصيلة ضحايا التفجير")
(A/B measurement)."""


DROPPED_MUNITIONS = True  # module flag, for A/B measurement only
_DROPPED_MUNITIONS = frozenset({"barrel_bombs", "cluster_munitions"})
"""Glossary entries of munitions only war drops (barrel bombs, cluster bombs): a count of dead told with them is
violence, also where no attack verb of the frames names their dropping ("جراء إلقاء ... براميل متفجرة")."""
_ARMS = frozenset({"نيران", "رشاش", "رشاشات", "بندقيه", "بنادق", "مسدس", "سكين", "السكين", "سكاكين", "ساطور"})
"""Arms a killer is told using ("قتل 17 شخصا عندما فتح نيران رشاش"، "قتل امرأتين بسكين"): a killing with a count and one
of them in its sentence is violence, not an accident."""
ARMS_TOLD = True  # module flag, for A/B measurement only

_FIGHTERS = frozenset(normalize(w) for w in (
    "اشتباك", "اشتباكا", "مواجهة", "معركة", "تطهير"))
"""Fighting told in the singular or as a sweep ("قتل 5 مسلحين خلال تطهير حي"، "أسفر اشتباك عن مقتل ضابط"): a death
toll of a fight, not of an accident (an accident word still wins). Not the definite forms ("وخلفت الاشتباكات سبعة
قتلى"): the fighting told before, not an incident of its own."""
FIGHTERS_TOLD = True  # module flag, for A/B measurement only
_MURDERED = frozenset({"مقتولا", "مقتولين", "مقتوله", "مقتولتين", "مقتولان", "مقتولون"})
"""The participle "مقتول" ("عثر على رجلين مقتولين"): killed by someone, a killing, not an accident."""
MURDERED_TOLD = True  # module flag, for A/B measurement only
VIOLENCE_MORE = True
"""Switch (A/B measurement and its test): more words that tell a death as violence (``violence_more``): a manner of
killing by a hand ("بمقتله ذبحا"، "قتل طعنا"), the suicide adjective in any number ("عمليتان انتحاريتان"), an attack
noun's variant ("بهجمة") and the loan word for a drone ("طائرة درون"). A count of dead told with one is an attack's
toll, not an accident's."""
_VIOLENCE_MORE = rules.words("attacks", "violence_more")
PROTEST_DEATHS = True
"""Switch (A/B measurement and its test): a death with a count told in a sentence of protests ("مقتل متظاهر خلال
احتجاجات"، "قتل صحافيان خلال تغطيتهما للتظاهرات"، "مقتل فتاة في مسيرات الجمعة") is violence: protesters and those
covering them die by the fire of forces or in clashes (an accident word still wins: a stampede, a fire). Runs of
protests summed over a span are left to the totals tests that follow."""
_PROTEST_WORDS = rules.words("attacks", "protest_words")


def _protest_told(ctx: DocContext, si: int, killed: Quantity | None) -> bool:
    """True when a death with a number (not a vague "المئات") is told in a sentence of protests with no accident word
    (:data:`PROTEST_DEATHS`)."""
    if not PROTEST_DEATHS or killed is None or killed.value is None or killed.vague:
        return False
    forms = forms_of(ctx.sentences[si])
    if _PROTEST_WORDS.isdisjoint(forms) or not _ACCIDENT.isdisjoint(forms):
        return False
    # a year told two or more years before publication is a commemoration's history, not the news
    year = ctx.published.year if ctx.published is not None else None
    return year is None or not any(d.resolved.iso and d.resolved.iso[:4].isdigit() and int(d.resolved.iso[:4]) < year - 1
                                   for d in ctx.dates[si])


VIOLENCE_DUALS = True
"""Module switch (A/B measurement): the dual of an attack noun ("في هجومين منفصلين"، "بتفجيرين متزامنين") tells
violence as its singular does. The glossary opens no frame at such a dual (a round-up's two incidents, told apart), so
a death told with it ("قتل شرطيان في هجومين منفصلين في مدينتي ...") was read as a death with no violence told and made
no record; it is one incident per place listed (guidelines), the toll kept only as written."""
_VIOLENCE_DUALS = rules.words("attacks", "violence_duals")


def _indefinite_dual(word: str) -> bool:
    """True when ``word`` is an attack noun's indefinite dual ("هجومين"، "بتفجيرين"); a definite one ("للهجومين")
    names incidents told before (frames.TOLL_DUAL)."""
    forms = bare(word)
    return not _VIOLENCE_DUALS.isdisjoint(forms) and not any(
        b.startswith("ال") and b[2:] in _VIOLENCE_DUALS for b in forms)


def _violent(ctx: DocContext, si: int) -> bool:
    """True when the sentence tells violence: an attack word, an armed group, gunfire, clashes, a killer."""
    if any(g.entry.get("concept") in _VIOLENT_CONCEPTS for g in ctx.glossary[si]):
        return True
    if DROPPED_MUNITIONS and any(g.entry.id in _DROPPED_MUNITIONS for g in ctx.glossary[si]):
        return True  # "قتل 6 مدنيين جراء إلقاء الطيران المروحي براميل متفجرة": barrel or cluster bombs kill in war
    words = ctx.sentences[si].words
    if VIOLENCE_DUALS and any(_indefinite_dual(w) for w in words):
        return True
    if not _ACCIDENT.isdisjoint(forms_of(ctx.sentences[si])):
        return False
    if KILLING_DARED and _dared_killing(words):
        return True
    if ARMED_BAND and any(bare_in(w, _BAND_NOUNS) and words[x + 1] in _BAND_ADJECTIVES for x, w in enumerate(words[:-1])):
        return True  # "قتلت عصابة مسلحة خمسة مزارعين": a band told armed
    forms = forms_of(ctx.sentences[si])
    told = any(b in _VIOLENCE or (ARMS_TOLD and b in _ARMS) or (FIGHTERS_TOLD and b in _FIGHTERS)
               or (MURDERED_TOLD and b in _MURDERED) or (VIOLENCE_MORE and b in _VIOLENCE_MORE)
               for b in forms) or (DEFINITE_VIOLENCE and _toll_update(words) and any(
        b.startswith("ال") and b[2:] in _VIOLENCE and b not in PLURAL_EVENTS for b in forms))
    # "ارتفعت حصيلة ضحايا التفجير إلى 25": a toll update names the incident by its definite name (not "الهجمات": the
    # toll of several incidents together)
    if not told and _accident_story(ctx):
        return False  # "وكانت الشرطة أعلنت مصرع 21 شخصا" in a story of a boat sinking: the police only tell it
    if ctx.actors_in(si, 0, len(words), {"armed_group"} | FORCE_TYPES):
        return True  # security forces or armed groups among the dead
    return told or relative_toll_event(words) is not None  # "التفجير الذي أودى بحياة 12": a blast's toll


ARMED_BAND = True
"""Switch (A/B measurement and its test): a band told as armed or terrorist ("جماعة مسلحة"، "عصابة مسلحة"، "خلية
إرهابية") tells violence, as "مسلحون" does: its killing is no accident (the feminine adjective was no violence word,
so "قتلت عصابة مسلحة خمسة مزارعين" gave no record)."""
_BAND_NOUNS = rules.words("attacks", "armed_band_nouns")
_BAND_ADJECTIVES = rules.words("attacks", "armed_band_adjectives")


KILLING_DARED = True
"""Switch (A/B measurement and its test): "أقدم/أقدمت ... على قتل" (a person went on to kill: "أقدم شاب على قتل والده")
tells a killing by someone's hand, violence, not an accident (an accident word in the sentence still wins)."""
_DARED = rules.words("attacks", "dared_verbs")
_DARED_REACH = 5


def _dared_killing(words: list[str]) -> bool:
    """True when a verb of daring (``dared_verbs``) is followed within a few words by "على" and a kill word."""
    for x, w in enumerate(words):
        if bare_in(w, _DARED):
            for y in range(x + 1, min(len(words) - 1, x + _DARED_REACH)):
                if words[y] == "علي" and bare_in(words[y + 1], KILLED):
                    return True
    return False


def _violence_before(ctx: DocContext, f: Frame) -> bool:
    """True when the sentence of frame ``f`` tells violence before the frame's word (an attack word of the glossary,
    or a violence word), and no accident word."""
    words = ctx.sentences[f.si].words
    if any(g.j <= f.i and g.entry.get("concept") in _VIOLENT_CONCEPTS for g in ctx.glossary[f.si]):
        return True
    forms = [b for w in words[:f.i] for b in bare(w)]
    return _ACCIDENT.isdisjoint(forms) and not (_VIOLENCE.isdisjoint(forms) and _VIOLENCE_MORE.isdisjoint(forms))


def _accident_story(ctx: DocContext) -> bool:
    """True when the title or the lead tells an accident ("وفاة 11 إثر انقلاب حافلة على طريق سريع")."""
    return any(not _ACCIDENT_STORY.isdisjoint(forms_of(ctx.sentences[si]))
               for si in {*ctx.lead, *(x for x, s in enumerate(ctx.sentences) if s.is_title)})


JUDGED_CRIME = True
"""Module switch (A/B measurement): in a story whose title or lead tells a court's sentence carried out
("نفذت الوزارة حكم القتل قصاصا في جان"), a killing told in another sentence with no date of its own ("أقدم فلان على
قتل شقيقين إثر خلاف") is the crime the court judged, told as the sentence's ground: no incident of the news."""


def _judicial_story(ctx: DocContext) -> bool:
    """True when the title or a lead sentence tells a judicial execution (:func:`scope.is_judicial`)."""
    return ctx.once("attacks.judicial_story", lambda: any(
        is_judicial(ctx.sentences[si].words)
        for si in {*ctx.lead, *(x for x, s in enumerate(ctx.sentences) if s.is_title)}))


def _judged_crime(ctx: DocContext, si: int, date: DateHit | None) -> bool:
    """True when sentence si of a judicial story (:func:`_judicial_story`) tells an event with no date of its own:
    the crime judged, not the news (the sentence carried out is itself no incident: :func:`scope.is_non_incident`).
    A sentence with a date anywhere ("الهجوم على مدرسة في نهاية 2014 الذي راح ضحيته 140") recalls history, and stays."""
    return JUDGED_CRIME and not ctx.sentences[si].is_title and date is None and not ctx.dates[si] \
        and _judicial_story(ctx)


_PLACE_ASIDES = rules.words("attacks", "place_aside_openers")
"""Words opening what the place of an incident has lived through ("في جنوب الإقليم، حيث تكررت الهجمات خلال الأسابيع
الماضية"، "بمحافظة الوادي التي تشهد اضطرابات منذ عام"): the period told there is the area's, not the incident's."""


def _place_aside(words: list[str], f: Frame, killed: Quantity | None, injured: Quantity | None) -> int:
    """The end of the frame's own telling: where an aside on its place opens after its event word and its toll
    (``place_aside_openers``, one word or two joined by "_"), else the frame's end. A toll told after the opener
    ("حيث قتل 12 شخصا خلال ساعة") is the incident's, and the frame is kept whole."""
    told = max([f.j] + [q.end for q in (killed, injured) if q is not None and q.end <= f.hi])
    for y in range(told, f.hi):
        pair = f"{words[y]}_{words[y + 1]}" if y + 1 < len(words) else ""
        if words[y] in _PLACE_ASIDES or pair in _PLACE_ASIDES:
            return y
    return f.hi


def _roundup_after(words: list[str], f: Frame, rest: list[Frame]) -> bool:
    """True when the words told right after a toll's frame, before the next event word and before a clause of
    contrast ("بينما"، "فيما"، "في حين"), sum it over a round-up ("سقط نحو 50 قتيلا من المقاتلين على عدة جبهات
    في البلاد أمس، فيما قضى 4 مدنيين بقذيفة ..."): the next frame began there, the toll is this one's."""
    end = rest[0].i if rest else len(words)
    for x in range(f.hi, end):
        if words[x] in _CONTRAST or (words[x] == "حين" and x > 0 and words[x - 1] == "في"):
            end = x
            break
    return end > f.hi and is_roundup_total(words, f.hi, end)


_CONTRAST = rules.words("attacks", "contrast_openers")
_DEFINITE_SINGULARS = rules.words("attacks", "definite_singulars")
"""Definite singular attack nouns ("الهجوم"، "الحملة"): with no place or day of their own, the incident told before."""


def _told_by_cause(words: list[str], f: Frame) -> int | None:
    """The index after the incident's noun when a toll is told with the incident as its cause, named by its definite noun right after the
    casualty word ("قال ناشطون إن ثلاثة مدنيين قتلوا في الغارة"، "أصيب 4 جراء القصف"):
    another account of the incident told before, not an incident of its own (its toll is that account's); else None."""
    if not f.concepts or f.concepts[0] != "killed" or bare_in(words[f.i], _DEFINITE_SINGULARS):
        return None  # ("خلف تفجير حافلة مفخخة 60 قتيلا في الهجوم الأعنف هذا العام": the incident's own telling)
    for x in range(f.i + 1, min(len(words), f.j + 3)):
        if words[x] in _CAUSE_LINKS and x + 1 < len(words) and bare_in(words[x + 1], _DEFINITE_SINGULARS):
            return x + 2
        if words[x].startswith("بال") and bare_in(words[x], _DEFINITE_SINGULARS):
            return x + 1
    return None


CAUSE_SUBJECT = True  # module flag, for A/B measurement only
_CAUSE_VERBS = rules.words("attacks", "cause_verbs")
"""Verbs whose subject is what caused a toll ("أسفر عن"، "أدى إلى"، "خلف"، "أوقع"، "تسبب في"), also in the dual
("إن الانفجارين أسفرا عن مقتل 9")."""
DUAL_CAUSE = True  # module flag, for A/B measurement only: the dual verbs of cause_verbs
_SINGLE_CAUSE_VERBS = frozenset(v for v in _CAUSE_VERBS if not v.endswith("ا"))


def _cause_verb(word: str) -> bool:
    verbs = _CAUSE_VERBS if DUAL_CAUSE else _SINGLE_CAUSE_VERBS
    return any(b in verbs for b in bare(word))


def _causes_toll(words: list[str], f: Frame) -> bool:
    """True when the frame tells a toll with the incident as its subject, named by its definite noun right before or
    after a verb of causing ("وأسفر الهجوم عن مقتل 9"، "إن التفجير أدى إلى إصابة 5"، "خلف الهجوم الانتحاري 6
    قتلى"): another account of the incident told before, as a toll told with it as its cause (:func:`_told_by_cause`)."""
    if not CAUSE_SUBJECT or not bare_in(words[f.i], _DEFINITE_SINGULARS):
        return False
    near = (f.i - 1, f.i + 1, f.i + 2)  # (f.j may reach on to the casualty word: "الهجوم أدى إلى مقتل")
    if not any(0 <= x < len(words) and _cause_verb(words[x]) for x in near) \
            and not _relative_cause(words, f.i):
        return False
    # not a toll set against another count ("... 30 قتيلا، فيما أعلنت الشرطة مقتل اثنين"): one side's claim, the
    # incident's toll comes from its other tellings
    return not any(words[x] in _CONTRAST or (words[x] == "حين" and words[x - 1] == "في") for x in range(f.i + 1, len(words)))


RELATIVE_CAUSE = True  # module flag, for A/B measurement only
_RELATIVES = frozenset({"الذي", "التي", "اللذان", "اللذين", "اللتان", "اللتين"})
_RELATIVE_REACH = 10


def _relative_cause(words: list[str], i: int) -> bool:
    """True when the definite event noun at i is told with a relative clause (up to two adjectives before it) and the
    clause is followed by a verb of causing within ``_RELATIVE_REACH`` words, with no casualty word before that verb
    ("إن الانفجار الذي وقع قرب السوق صباح الأحد أسفر عن مقتل 8"): the noun is the verb's subject, as when the verb
    stands right by it. A casualty word in the clause ("التفجير الذي قتل فيه 3 ... أسفر عن إصابة 20") tells a toll
    of its own there, and the noun is left as it was read."""
    if not RELATIVE_CAUSE:
        return False
    rel = next((x for x in range(i + 1, min(len(words), i + 4)) if words[x] in _RELATIVES), None)
    if rel is None or any(not words[x].startswith("ال") for x in range(i + 1, rel)):
        return False
    for x in range(rel + 1, min(len(words), rel + 1 + _RELATIVE_REACH + 1)):
        forms = bare(words[x])
        if _cause_verb(words[x]):
            return True
        if any(b in KILLED or b in INJURED for b in forms) or words[x] in _CONTRAST:
            return False
    return False


TOLL_OF = True  # module flag, for A/B measurement only
_TOLL_NOUNS = frozenset({"حصيله", "الحصيله"})


def _toll_of(words: list[str], f: Frame) -> bool:
    """True when the frame tells a toll as the toll of the incident, named by its definite noun right after the toll
    noun ("حصيلة الهجوم مقتل ثلاثة"، "الحصيلة الأولية للانفجار أربعة قتلى"، "حصيلة ضحايا التفجير"): another account
    of the incident told before, as a toll told with it as its cause (:func:`_told_by_cause`)."""
    if not TOLL_OF or not bare_in(words[f.i], _DEFINITE_SINGULARS):
        return False
    # (up to two words between: "الحصيلة الأولية للهجوم"، "حصيلة ضحايا الانفجار")
    if not any(0 <= x < len(words) and bare_in(words[x], _TOLL_NOUNS) for x in range(f.i - 3, f.i)):
        return False
    return not any(words[x] in _CONTRAST or (words[x] == "حين" and words[x - 1] == "في") for x in range(f.i + 1, len(words)))


_CAUSE_LINKS = rules.words("attacks", "cause_links")
"""Words between a toll and the incident that caused it ("في"، "جراء"، "إثر"، "خلال")."""
_PART_OPENERS = rules.words("attacks", "part_openers")


def _parts(words: list[str], killed: Quantity | None) -> frozenset[int]:
    """The counts told as part of a death toll, after بينهم/منهم ("14 شخصاً بينهم سبعة إيرانيين" -> {7})."""
    if killed is None or killed.value is None or killed.start < 0:
        return frozenset()
    found = set()
    for x in range(killed.end, min(len(words), killed.end + 3)):
        if words[x] in _PART_OPENERS:
            q = read_quantity(words, x + 1)
            if q is not None and q.value is not None and q.value < killed.value:
                found.add(q.value)
            break
    return frozenset(found)


_SPAN_UNITS = frozenset({
    "دقيقه", "دقيقتين", "دقايق", "ساعه", "ساعتين", "ساعات", "يوم", "يومين", "ايام", "اسبوع", "اسبوعين", "اسابيع",
    "شهر", "شهرين", "اشهر", "شهور"})
"""Units of time a span between two events is told in ("بعد يومين من"، "قبل ساعات من")."""
_SPAN_FILLERS = frozenset({"واحد", "واحده", "قليله", "قليلين", "فقط", "من", "نحو", "حوالي"})
"""Words that may stand between the unit and its "من" ("بعد يوم واحد من"، "بعد أيام قليلة من")."""
_DAY_AROUND = frozenset({"غداه", "عشيه"})
"""Nouns of the day after or before another event ("غداة هجوم ..."، "عشية التفجير")."""
_RESPONSE = frozenset({"ردا", "وردا"})
"""Words telling what an act answers ("ردا على"): the fire answered is another, earlier event."""
OTHER_EVENT = True  # module flag, for A/B measurement only


_ON = frozenset({"علي", "على"})
_AFTER_WORDS = frozenset({"بعد", "وبعد"})
_SPAN_WORDS = frozenset({"بعد", "قبل", "وبعد", "وقبل"})


_MARK_WORDS = _SPAN_WORDS | _RESPONSE
MARK_GUARD = True  # module flag, for A/B measurement only
"""Switch (speed only, the marks are the same): :func:`other_event_marks` answers at once a sentence with none of its
words (a day word is looked for inside the words, which holds every clitic spelling)."""


@lru_cache(maxsize=65536)
def _day_around(word: str) -> bool:
    """True for a word of the day around another event ("غداة"، "عشية"), with its clitics (remembered per word)."""
    return bare_in(word, _DAY_AROUND)


def other_event_marks(words: list[str], answers: bool = True, after_only: bool = False) -> list[int]:
    """Where a sentence turns to another, earlier or later event told as a point in time or as what an act answers:
    "بعد يوم واحد من"، "بعد أسابيع من"، "قبل ساعات من"، "غداة"، "عشية"، "ردا على" ("أصيب شرطيان في انفجار سيارة الاثنين، بعد يوم من هجمات على
    كنائس": the blasts told after the mark are not the incident told before it). A bare "بعد" or "عقب" is not one: it
    often ties an incident's parts ("قتل خمسة بعد انفجار عبوة": one incident). Returns the indexes of the marks
    (those of an answer only when ``answers``; with ``after_only``, only "بعد ... من": an event told as coming after
    another, the marks whose other side a frame never reads -- "قبل ساعات من" and "غداة" are left to the readers of
    dates and doers, :mod:`attacks_dates` and :mod:`roles_cues`)."""
    if not OTHER_EVENT:
        return []
    if MARK_GUARD and _MARK_WORDS.isdisjoint(words):
        joined = " ".join(words)
        if not any(d in joined for d in _DAY_AROUND):
            return []  # no span word, no answer word and no day word, with whatever clitics (most sentences)
    out = []
    spans = _AFTER_WORDS if after_only else _SPAN_WORDS
    for x, w in enumerate(words):
        if (not after_only and _day_around(w)) or (
                answers and w in _RESPONSE and x + 1 < len(words) and words[x + 1] in _ON):
            out.append(x)  # "غداة هجوم"، "ردا على إطلاق صواريخ": the event answered is not the answer
            continue
        if w not in spans or x + 2 >= len(words):
            continue
        if words[x + 1] not in _SPAN_UNITS:
            continue
        k = x + 2
        while k < len(words) and k <= x + 4 and words[k] in _SPAN_FILLERS and words[k] != "من":
            k += 1
        if k < len(words) and words[k] == "من":
            out.append(x)
    return out


_SPAN_NOUNS = frozenset({"الفتره", "الاونه", "الاشهر", "الشهور", "السنوات", "الاعوام", "العقود"})
"""Nouns of a long span of time ("في الفترة الأخيرة"، "خلال الأشهر الماضية")."""
_SPAN_RECENT = frozenset({"الاخيره", "الماضيه", "المنصرمه", "الفايته", "الفائته"})
"""Adjectives that make such a span the recent past."""
RECENT_SPAN = True  # module flag, for A/B measurement only


def over_recent_span(words: list[str], lo: int, hi: int) -> bool:
    """True when a frame's words tell its events over a recent long span ("وسقط كثير من الضباط قتلى في الفترة الأخيرة
    خلال معارك متفرقة"، "وفي الأشهر الأخيرة ازدادت الهجمات على القرى"): a run of events spoken of together, not
    one incident (the caller keeps a frame with an exact toll, a day, or a place of its own below the country)."""
    if not RECENT_SPAN:
        return False
    return any(bare_in(words[x], _SPAN_NOUNS) and words[x + 1] in _SPAN_RECENT
               for x in range(max(0, lo), min(hi, len(words)) - 1))


# Clause cuts: where one sentence tells two acts, each frame reads only its own words (the switches SECOND_KILLING
# and AFTER_THAT stay in attacks_events, where these are called).

_AFTER_THAT_REACH = 3


def _after_that(words: list[str], frames: list[Frame]) -> list[int]:
    """Where "بعد أن" opens a clause of another act, no event word of the frames in its first words ("قتل 3 جنود في
    هجوم على حاجز، بعد أن سيطر المسلحون على قرية ..."): the place told after it is that act's, not the attack's
    ("بعد أن فجر مهاجم حزامه في ساحة" tells the attack itself: its verb opens a frame)."""
    return [x for x in range(len(words) - 2) if words[x] in {"بعد", "وبعد"} and words[x + 1] == "ان"
            and not any(x + 2 <= f.i <= x + 1 + _AFTER_THAT_REACH for f in frames)]


_ALSO = rules.words("attacks", "second_killing_openers")
_KILL_VERBS = rules.words("casualties", "kill_verbs")


def _second_killing(ctx: DocContext, words: list[str], f: Frame) -> list[Frame]:
    """A frame whose trigger words run over a second killing told in a clause of its own ("قتل مصوران خلال تغطيتهما
    للاشتباكات، كما قتل مسعف في آذار"), cut in two at the connective: each killing reads its own toll, day and place,
    and the attack words of its own part. Other frames as they are."""
    for x in range(f.i + 2, f.j):
        if words[x] in _KILL_VERBS and words[x - 1] in _ALSO:
            def part(lo: int, hi: int) -> tuple[list[str], list[str]]:
                hits = [g for g in ctx.glossary[f.si] if lo <= g.i < hi and g.entry.get("concept")]
                return [g.entry.get("concept") for g in hits] or ["killed"], \
                    [t for g in hits if (t := g.entry.get("attack_type")) and t in f.types]
            (c1, t1), (c2, t2) = part(f.i, x - 1), part(x, f.j)
            return [replace(f, j=x - 1, hi=x - 1, concepts=c1, types=t1 or ([] if t2 else f.types)),
                    replace(f, i=x, lo=x, concepts=c2, types=t2, generic_only=not t2)]
    return [f]


def _within_marks(f: Frame, marks: list[int]) -> Frame:
    """The frame read only on its side of the marks of another event (:func:`attacks_cues.other_event_marks`):
    "وجاء القصف بعد يومين من إعلان الانسحاب من اتفاق وقع في أنقرة عام 2015" -- the place and the year after the mark
    are the other event's, not the shelling's. (A frame after the mark still reads the words before it: "يأتي ذلك
    بعد أسبوع من تفجير مشابه" tells a past event by what stands before the mark.)"""
    hi = min([f.hi, *(x for x in marks if x >= f.j)])
    return f if hi == f.hi else replace(f, hi=hi)
