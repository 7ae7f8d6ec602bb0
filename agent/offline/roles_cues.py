"""The word tests every reader of an attack's roles shares, and the words they share (``roles.json``).

Whether an actor is denied or only accused (:func:`_denied`), stands where a blow went (:func:`_blocked`), is
told as the doer after a cue, "من" or an attack noun (:func:`_cued`, :func:`_from_doer`, :func:`_attack_owner`,
:func:`_ambusher`, :func:`_owned_thing`), or is counted among the dead or wounded (:func:`_is_victim_at`); the
date tokens a reader steps over (:func:`_dated`), "فجر" told as the dawn of a day (:func:`dawn_at`) and a window
test (:func:`_has`). Word lists read by one family
only live in that family's module (``roles_claims``, ``roles_forces``, ``roles_sides``, ``roles_subjects``,
``roles_perpetrator``, ``roles_objects``, ``roles_targets``, ``roles_weapons``).
"""

from __future__ import annotations

from marsad.agent.dates import DAY_NAMES
from marsad.agent.numbers import read_quantity
from marsad.agent.offline import frames_readers, rules
from marsad.agent.offline.casualties import INJURED, KILLED, VICTIM_NOUNS
from marsad.agent.offline.context import DocContext, bare, bare_flags, bare_in
from marsad.agent.offline.frames import Frame
from marsad.agent.offline.frames_readers import UNCOUNTED_TOLL_NOUNS
from marsad.agent.offline.mentions import Mention
from marsad.agent.offline.vocab import REL_PRONOUNS
from marsad.core.arabic import normalize

_PERP_CUES = rules.words("roles", "perp_cues")

_PERP_BLOCKERS = rules.words("roles", "perp_blockers")
"""Words before an armed group that make it the target or the hunted ("غارات على مواقع لحزب العمال")."""
_AIM_VERBS = rules.words("roles", "aim_verbs")
""""استهدف" and its forms: the group after it is what was aimed at ("ضربة جوية استهدفت تنظيم الدولة")."""

_STRONG_PERP_CUES = rules.words("roles", "strong_perp_cues")
DUAL_CUES = True
"""Switch: the dual object forms of the strong cues count as cues too (on; off only to measure the rule)."""
_DUAL_CUES = frozenset(w + "ما" for w in _STRONG_PERP_CUES if w.endswith("ه"))
""""شنهما"، "نفذهما"، "تبناهما" (two attacks launched, carried out, claimed) from "شنه"، "نفذه"، "تبناه": Arabic
puts the dual pronoun on the same verb when two attacks are told ("بعد هجومين شنهما الجيش")."""
DAY_APART = True
"""Switch: a cue after "غداة"/"عشية" (``day_apart_words``) tells another day's incident (on; off only to measure)."""
_DAY_APART = rules.words("roles", "day_apart_words")
_ANNEXED_CUES = rules.words("roles", "annexed_perp_cues")
"""Strong cues that are nouns annexed to the doer ("بنيران الجيش"، "قذائف الحوثيين"): the doer follows them at once."""

_ATTACK_VERBS = rules.words("roles", "attack_verbs")  # not استهدف: its object follows

_DENIALS = rules.words("roles", "denials")
"""Words before a group that deny its part ("نفت الحركة مسؤوليتها"): a denied doer is no perpetrator."""
_CLAIM_NEGATIONS = rules.words("roles", "claim_negations")
_UNCLAIMED_VERBS = rules.words("roles", "unclaimed_verbs")
"""Present forms of a claim verb after a negation ("لم تعلن أي جهة مسؤوليتها"): no one claimed it."""
_ANAPHORS = rules.words("roles", "anaphoric_groups")
"""Nouns that refer back to a group named before ("هذه المجموعة تبنت")."""
_CLAIM_SUBJECTS = rules.words("roles", "claim_subject_nouns")
"""Head nouns a doer's name may follow ("شنت طائرات التحالف"، "قام به المتمردون الحوثيون")."""
_PRONOUN_CUES = rules.words("roles", "doer_pronoun_cues")
_PRONOUN_VERBS = rules.words("roles", "doer_pronoun_verbs")
_ATTACK_NOUNS = rules.words("roles", "attack_nouns")
_IDAFA_NOUNS = rules.words("roles", "doer_idafa_nouns")
"""Attack nouns whose annexed armed group is its doer ("هجوم داعش"، "اعتداءات الحوثيين")."""
_VICTIM_LINKS = rules.words("roles", "victim_links")
_VICTIM_FILLERS = rules.words("roles", "victim_fillers")
VICTIM_OTHERS = True
"""Switch: "أخرى"، "آخرين" (``victim_other_words``) among the victim fillers (on; off only to measure the rule)."""
_VICTIM_OTHERS = rules.words("roles", "victim_other_words")
_FILLERS_WITH_OTHERS = _VICTIM_FILLERS | _VICTIM_OTHERS
""""سقط مع قائدين وعناصر أخرى من الجماعة": the others killed with him are of the group, which lost them."""
VAGUE_COUNT_DEAD = True
"""Switch: a force or group after a vague count and "من" ("عشرات من"، "العديد من"; ``vague_count_words``) with a verb of
death or wounding right after it is the counted dead, as after a figure (on; off only to measure the rule)."""
_VAGUE_COUNTS = rules.words("roles", "vague_count_words")
_DEATH_AFTER = rules.words("roles", "death_after")
"""Right after a force or group ("لقي عدد من عناصر ميليشيا الحوثي مصرعهم"): it met its death, it is the dead."""
_BACKGROUND = rules.words("roles", "background_marks")
_NISBA: dict[str, str] = {normalize(k): v for k, v in rules.table("roles", "nisba_doers").items()}
"""A state's adjective after an attack noun -> the registry id of its forces."""
_MANNER = rules.words("roles", "manner_adjectives")
_OWNER_GAP = rules.words("roles", "owner_gap_words")
"""Time words that may stand between an attack noun and its owner ("قصف بنهاية الأسبوع للطيران التركي")."""
_SPEECH_VERBS = rules.words("roles", "speech_verbs")
_PERSON_NOUNS = rules.words("roles", "victim_person_nouns")
"""Words for people killed or wounded, taken as the target when nothing else names it ("شاب"، "مدنيين")."""
_MASDARS = rules.words("roles", "object_masdars") | frozenset(normalize(w) for w in ("مهاجمة", "اقتحام", "اجتياح"))
"""Verbal nouns among the object words: no subject stands between them and their object ("خلال قصفها مدينة"); the
actor annexed to one is the doer when an object follows ("قصف الحوثيين لمواقع الجيش"). Pass 34 added attacking,
storming and overrunning ("عند اقتحام الجيش لقرية")."""
_BLAST_VERBS = rules.words("roles", "blast_verbs")
_MEANS = rules.words("roles", "means_nouns")
"""Bombs and their carriers: after "تفجير" they are the means ("تفجير سيارة")."""
_STRIKE_VERBS = rules.words("roles", "strike_verbs")
_CLAIM_VERBS = rules.words("roles", "claim_verbs")
_OBJECT_VERBS = rules.words("roles", "object_verbs")
_OBJECT_STOPS = rules.words("roles", "object_stops")
_NOT_OBJECT_HEADS = rules.words("roles", "not_object_heads")
_OBJECT_SKIP = rules.words("roles", "object_skip")
"""Manner words between an attack word and its object ("قصفا عشوائيا على"، "خصوصا")."""
_OWNER_GAPS = _MANNER | _OBJECT_SKIP | _OWNER_GAP
"""Words that may stand between an attack noun and its owner written with "ل" (manner, time, skipped objects)."""
_SITE_NOUNS = rules.words("roles", "site_nouns")
_ATTACK_SUBJECTS = rules.words("roles", "attack_subject_nouns")
"""The attack itself as the subject of "استهدف"/"طال" ("استهدف انفجار خط أنابيب"، "استهدفت غارة أمريكية معسكرا")."""
_SUPPORT = rules.words("roles", "support_words")
""""بدعم من طيران التحالف"، "بغطاء جوي من التحالف"، "مسنودة بالقوات": the force named after them backs the doer."""
_SITE_PREPOSITIONS = rules.words("roles", "site_prepositions")
_BELONGING = rules.words("roles", "belonging_words")
"""Words of belonging before "إلى" ("مسلحون ينتمون إلى حركة الشباب"): "إلى" then names the doer's group."""
_ACCUSATION = rules.words("roles", "accusation_words")
"""Words of an accusation or a hedged attribution ("اتهمت الحكومة الحوثيين بتنفيذ"، "نسبت إلى"، "يشتبه"): the
accused is no confirmed doer (the guidelines accept no perpetrator for a hedged attribution)."""
_HAND = rules.words("roles", "hand_words")
""""يد"/"أيدي": a doer cue only after "على" ("على يد"، "على أيدي"), not "في يد" (in the hands of)."""
_ATTACK_HEADS = rules.words("roles", "from_doer_heads")
_FROM_HEADS = _ATTACK_HEADS | rules.words("roles", "ground_subject_nouns")
"""Words before "من" that make what follows it the doer ("بغارات من طائرات التحالف"، "اقتحام من مسلحين"،
"مسلحون من حركة طالبان")."""
_CASUALTY_PLURALS = rules.words("roles", "casualty_plurals")
"""Nouns of the dead and wounded a group is annexed to ("جثث قتلى الميليشيا"، "جرحى الحركة"): the group lost them."""
_TRAINING = rules.words("roles", "training_words")
"""Verbs of learning before "على يد" ("تدرب على يد التنظيم"): the teacher, not the doer."""
_OWNER_WORDS = rules.words("roles", "owner_words")
_DOER_NOUNS = rules.words("roles", "doer_nouns")
"""Attackers a group's "تابع" may describe ("قناص تابع للميليشيا"): the group is then the doer's."""
_GROUP_VERBS = rules.words("roles", "group_subject_verbs")
"""Verbs after a group that make it their subject ("المسلحون هاجموا"، "الميليشيات زرعت")."""
_ADVANCE_VERBS = rules.words("roles", "advance_verbs")
"""Verbs of a side's advance or operation ("سيطرت"، "حررت"، "تمكنت"، "واصلت"): the force or group whose
verb it is fought the battle the sentence tells, as its initiator."""
_REPEL = rules.words("roles", "repel_words")
"""Words of repelling ("صد"، "التصدي"، "إحباط"): the side that repels is attacked, not the attacker."""
_MILITIA = rules.words("roles", "militia_words")
""""الميليشيا"، "الميليشيات" written bare: the militia the article has named with that word before."""


def interceptor_body(m: Mention | None) -> bool:
    """Whether a mention is a registry air defence force (an actor marked ``interceptor``): it shoots missiles and
    drones down, it neither carries out nor suffers the attack."""
    return m is not None and m.kind == "actors" and bool(m.entry.get("interceptor"))


def militia_word(w: str) -> bool:
    """Whether a word is a bare militia word (:data:`_MILITIA`), with or without its article ("ميليشيات"، "للميليشيا")."""
    return any(b in _MILITIA or "ال" + b in _MILITIA for b in bare(w))

_AFFILIATE = rules.words("roles", "affiliate_words")
"""Words that make a claimant an affiliate of the group named after them ("جماعة تابعة لتنظيم القاعدة")."""
_THAT = rules.words("roles", "that_words")
_PASSIVE_BY = rules.words("roles", "passive_by_nouns")
"""Nouns after "من" that make the actor after them the doer of what came before ("من قبل"، "من جانب"، "من طرف")."""
_FIRE_VERBS = rules.words("roles", "fire_verbs")
_FIRE_NOUNS = rules.words("roles", "fire_nouns")
""""أطلق"/"فتح" and what they fire ("النار"، "الرصاص"، "قذائف"): the actor between the two is who fired
("أطلق الجيش الإسرائيلي النار على مسعفين"، "فتح مسلحو الحركة النار")."""
_AMBUSH = rules.words("roles", "ambush_nouns")
""""كمين": "في كمين للمقاومة"، "بكمين لحركة الشباب" name the ambusher after "ل" (but "نصب كمينا للدورية" its prey)."""
_DESIGNATION = rules.words("roles", "designation_words")
""""المصنف ... من قبل أنقرة": a group's designation, told between it and its verb; its "من قبل" names
who designates the group, no doer."""
_BACK_NOUNS = rules.words("roles", "back_reference_nouns")
"""Definite attack nouns a later sentence uses for an incident already told ("جراء القصف الذي وقع"، "وأسفر الانفجار")."""
_REVENGE = rules.words("roles", "revenge_words")
"""Revenge nouns ("ثأرا"، "انتقاما"): the group after their "من" is the one avenged upon, not the doer."""
_ATTACKER_NOUNS = rules.words("roles", "attacker_nouns")
"""Words for an attack's own doer ("المنفذ"، "المهاجم"): a force that goes on to kill or catch them answered the
attack ("قتل حارسان في الاعتداء قبل أن يتمكن الأمن من قتل المنفذ"), it did not carry it out."""
_LAUNCH_VERBS = rules.words("roles", "launch_verbs")
"""Verbs whose object is the attack itself ("شنت غارات"، "نفذت ضربة"): what follows them is their subject."""
_NOT_PASSIVE_HEADS = rules.words("roles", "passive_by_not_heads")
"""Nouns whose "من قبل"/"من جانب" names who spoke, accused or freed, not who attacked ("صدر بيان من قبل
الفصيل"، "عقب تحرير الوادي من قبل اللواء")."""
_AIR_MODIFIERS = rules.words("roles", "aircraft_modifiers")
_OBJECT_PRONOUN_VERBS = rules.words("roles", "object_pronoun_verbs")
"""Attack verbs with an object pronoun ("قتلهم"، "اختطفته"): the actor right after one is its subject (a passive
takes no object pronoun). Only bare or after "و"/"ف", and after a relative pronoun or a clause opener
(``object_verb_openers``: "أن"، "عندما"): after a preposition the same letters are a verbal noun with its
subject pronoun ("على قتلهم جنود الجيش": the soldiers were killed)."""
_OBJECT_VERB_OPENERS = rules.words("roles", "object_verb_openers")


def _denied(words: list[str], m: Mention, lo: int) -> bool:
    """True when the text denies the actor's part (a denial verb just before it) or only accuses it
    ("اتهمت الحكومة ميليشيات الحوثي بتنفيذ الهجوم"، "حملت السلطات الحركة مسؤولية")."""
    return any(b in _DENIALS or b in _ACCUSATION for w in words[max(lo, m.i - 3):m.i] for b in bare(w))


def _blocked(words: list[str], m: Mention, lo: int) -> bool:
    """True when a word before the group makes it what was acted against or where a blow went: "غارات على
    مواقع لحزب العمال"، "استعادة القرية من داعش"، "وجه ضربة إلى الفصائل" -- but "ينتمون إلى داعش" names
    the doer's group. A group avenged upon ("ثأرا للمسلمين من الرافضة الحوثيين"، "انتقاما من الجيش") is what
    the revenge struck."""
    for x in range(max(lo, m.i - 4, 0), m.i - 1):
        if bare_in(words[x], _REVENGE) and "من" in words[x + 1:m.i]:
            return True
    for x in range(max(lo, m.i - 3, 0), m.i):
        forms = bare(words[x])
        if not any(b in _PERP_BLOCKERS or b in _AIM_VERBS for b in forms):
            continue
        if "الي" in forms and x > 0 and bare_in(words[x - 1], _BELONGING):
            continue
        if "الي" in forms and x + 1 < len(words) and words[x + 1] in {"ان", "انه", "انها"}:
            continue  # "أشار إلى أن الميليشيا أطلقت": a clause, not a direction
        if "علي" in forms and x + 1 < len(words) and bare_in(words[x + 1], _HAND):
            continue  # "على يد داعش": the doer
        return True
    return False


WIDE_PASSIVE_HEADS = True
"""Switch: a word of ``passive_by_not_heads`` up to three words before "من قبل" (not two) makes the actor after it
no doer (on; off only to measure the rule)."""


def _from_doer(words: list[str], x: int, lo: int) -> bool:
    """True when the actor starting at ``x`` (past its subject nouns) is told as the doer with "من": "بغارات
    من طائرات التحالف"، "اقتحام من مسلحين"، "هجوم من قبل مسلحي طالبان"، "إطلاق نار من جانب القوات"،
    "مسلحون من حركة الشباب"."""
    if x - 2 >= lo and words[x - 1] in _PASSIVE_BY and words[x - 2] == "من":
        # the passive's "من قبل"، "من جانب"، "من طرف" (by): "إطلاق نار من جانب القوات الإسرائيلية"; not who
        # designates a group ("الحزب، المصنف ... من قبل أنقرة"), nor who spoke ("صدر بيان
        # من قبل الفصيل") or freed a place ("عقب تحرير الوادي من قبل اللواء")
        # (nor who used a place: "لاستغلاله للأغراض العسكرية من قبل الميليشيا", its head three words back)
        return not _has(words, x - 5, x - 2, _DESIGNATION) and not _has(
            words, x - (5 if WIDE_PASSIVE_HEADS else 4), x - 2, _NOT_PASSIVE_HEADS)
    if x - 1 < lo or words[x - 1] != "من":
        return False
    if MEMBER_OBJECT and x - 2 >= lo and bare_in(words[x - 2], _GROUND_SUBJECTS) and _has(
            words, max(lo, x - 4), x - 2, _AIM_VERBS | _MEMBER_OBJECT_WORDS) and not _has(words, max(lo, x - 4), x - 2, _HAND):
        # ("قتل على يد مسلحين من الحركة": "على يد" names the doer's hand, not an aim)
        return False  # "استهدفت الغارة مسلحين من الحركة"، "لقاء بين مقاتلين من الحركة": its men were the aim
    return any(b in _FROM_HEADS for w in words[max(lo, x - 4):x - 1] for b in bare(w))


MEMBER_OBJECT = True
"""Switch: in :func:`_from_doer`, a group's men told before "من" ("مسلحين من الحركة") are no doer when an aiming verb
or a word of what was aimed at or met stands right before them (``aim_verbs``, ``_MEMBER_OBJECT_WORDS``): they were
the target or the company, not the attackers (on; off only to measure the rule)."""
_GROUND_SUBJECTS = rules.words("roles", "ground_subject_nouns")
_MEMBER_OBJECT_WORDS = frozenset({"بين", "ضد", "علي", "مع", "الي", "استهداف", "لاستهداف", "مستهدفه", "مستهدفا"})
"""Words that make the men after them what was aimed at or met ("بين مقاتلين من"، "ضد عناصر من")."""


DAWN_TIME = True
"""Switch (pass 44; on, off only to measure it): "فجر" with a day word right after it (``dawn_day_words``: "فجر
الأحد"، "فجر اليوم"، "فجر يوم الجمعة") is the noun dawn, a time, not the verb of blowing up: no reader takes it for
the verb a doer is the subject of, what comes after it for what was hit, nor a speaker's "إنها" before it for a
report of its own strike (:func:`dawn_at`)."""
_DAWN_DAYS = rules.words("roles", "dawn_day_words") | DAY_NAMES
_DAWN = normalize("فجر")


def dawn_at(words: list[str], x: int) -> bool:
    """True when ``words[x]`` is "فجر" (or "وفجر") told as the dawn of the day named right after it."""
    return DAWN_TIME and 0 <= x < len(words) - 1 and words[x + 1] in _DAWN_DAYS and _DAWN in bare(words[x])


def _dated(ctx: DocContext, si: int) -> set[int]:
    """The token indices of sentence ``si`` that belong to a date or day word ("قصفت، السبت، مواقع"): the
    readers of a subject, an object or an owner step over them."""
    return {t for d in ctx.dates[si] for t in range(d.i, d.j)}


BARE_HITS = True  # module flag, for A/B measurement only
"""Switch (speed only, the answers are the same): :func:`_has` answers each word of its window from a table per word
list (:func:`marsad.agent.offline.context.bare_flags`: a word list and its spellings are tested once per distinct
word, not once per window)."""


def _has(words: list[str], lo: int, hi: int, vocab: frozenset[str]) -> bool:
    window = words[max(0, lo):max(0, hi)]
    if not window:
        return False
    if BARE_HITS and isinstance(vocab, frozenset):
        return any(map(bare_flags(vocab), window))
    return any(b in vocab for w in window for b in bare(w))


def _before_subject_nouns(words: list[str], m: Mention, lo: int) -> int:
    """Where the actor at ``m`` begins once at most two subject nouns before it are taken with it ("طائرات
    التحالف"، "مسلحو الحركة"), not before ``lo``: the token a doer cue or relative pronoun stands right before."""
    x = m.i
    while x > lo and x > m.i - 2 and bare_in(words[x - 1], _CLAIM_SUBJECTS):
        x -= 1
    return x


SELF_NAMED = True
"""Switch for :func:`_self_named_start` (on; off only to measure the rule)."""
_SELF_WORDS = frozenset({"انفسهم", "انفسها", "نفسها", "نفسه"})
_NAMING_VERBS = frozenset({"يطلقون", "يطلق", "تطلق", "يسمون", "يسمي", "تسمي", "اطلقوا", "سموا"})


def _self_named_start(words: list[str], x: int, lo: int) -> int:
    """Where a doer noun begins that is named by the group at ``x`` through a verb of naming and "أنفسهم" right
    before it ("مسلحون يطلقون على أنفسهم تنظيم داعش"، "عناصر تسمي نفسها جبهة النصرة"): the men are the group's,
    as "عناصر تنظيم داعش" would be. ``x`` itself when no such phrase stands there."""
    if not SELF_NAMED or x - 3 < lo or words[x - 1] not in _SELF_WORDS:
        return x
    k = x - 2
    if words[k] == "علي":
        k -= 1
    if k - 1 < lo or words[k] not in _NAMING_VERBS:
        return x
    noun = words[k - 1]
    return k - 1 if bare_in(noun, _CLAIM_SUBJECTS) or len(noun) > 4 and noun.endswith("ون") else x


def _cued(words: list[str], m: Mention, lo: int) -> bool:
    """True when a doer cue stands before the actor, past at most two subject nouns: "نفذه الجيش"،
    "على يد القوات"، "شنت طائرات التحالف"، "قام به المتمردون الحوثيون"، "بنيران الجيش"."""
    x = _before_subject_nouns(words, m, lo)
    x = _self_named_start(words, x, lo)
    for c in range(max(lo, x - 2), x):
        forms = bare(words[c])
        if not _ANNEXED_CUES.isdisjoint(forms) and c < x - 1:
            continue  # "بعدة قذائف مواقع المسلحين": the shells' object stands between, not their owner
        if DAY_APART and _has(words, c - 10, c, _DAY_APART):
            continue  # "قتل 21 شخصا غداة تفجيرين تبناهما التنظيم": the claim is of the day before's blasts
        if any(b in _STRONG_PERP_CUES or DUAL_CUES and b in _DUAL_CUES for b in forms) and (
                _HAND.isdisjoint(forms) or c > 0 and words[c - 1] == "علي" and not (
                    c > 1 and bare_in(words[c - 2], _TRAINING))):
            return True  # "على يد"، "على أيدي" (not "في يد": in the hands of; not "تدرب على يد": trained by)
    if _from_doer(words, x, lo):
        return True
    if x - 1 > lo and (words[x - 1] in _OBJECT_PRONOUN_VERBS or words[x - 1][:1] in "وف" and words[x - 1][1:] in _OBJECT_PRONOUN_VERBS) \
            and (words[x - 2] in REL_PRONOUNS or words[x - 2] in _OBJECT_VERB_OPENERS):
        return True  # "الذين قتلهم جيش الاحتلال"، "بعد أن استهدفتهم ميليشيا": a verb with its object pronoun, then its subject
    return x >= max(lo, 2) and bare_in(words[x - 1], _PRONOUN_CUES) and any(
        b in _PRONOUN_VERBS for b in bare(words[x - 2]))


ACCUSATIVE_OWNER = True
"""Switch (pass 47; on, off only to measure it): in :func:`_attack_owner`, an attack noun in the accusative ("صدت
القوات هجوما للميليشيات"، "أحبط الجيش هجوماً واسعاً للمتمردين") owns the group written with "ل" after it as the nominative
does, past adjectives of size or surprise (``gap_adjectives``, also with the accusative "ا": "كبيرا"، "واسعا"،
"مباغتا"). The repelled attack's owner is its doer (D-19)."""
_SIZE_WORDS = rules.words("roles", "gap_adjectives") | frozenset(
    w + "ا" for w in rules.words("roles", "gap_adjectives") if not w.endswith(("ة", "ه")))


def _attack_owner(words: list[str], m: Mention, lo: int, clitic: bool) -> bool:
    """True when the actor is the owner of an attack noun: "قصف للطيران التركي"، "غارات للمقاتلات التركية"،
    "بقصف لطيران التحالف"، "قصف بنهاية الأسبوع للطيران التركي"، "هجوم داعش". Between the noun and an
    owner written with "ل" only manner and time words may stand ("هجوم آخر استهدف نقطة للجيش": the
    army owns the checkpoint). A force after "قصف"/"غارات" with no preposition is its doer ("قصف الطيران
    التركي"); a group only after "هجوم" ("قصف داعش" is as often the shelling of it)."""
    glued_l = clitic and words[m.i][0] == "ل" or words[m.i].startswith("لل")
    sized = False
    for x in range(m.i - 1, max(lo, m.i - 4) - 1, -1):
        forms = bare(words[x])
        if ACCUSATIVE_OWNER and glued_l:
            forms = forms + tuple(b[:-1] for b in forms if len(b) > 3 and b.endswith("ا"))
        if not _ATTACK_NOUNS.isdisjoint(forms):
            if glued_l:
                return not sized or not _IDAFA_NOUNS.isdisjoint(forms)  # "ضربة كبيرة للتنظيم": a blow dealt to it
            if x == m.i - 1:
                if m.entry.get("type") == "armed_group":
                    return not _IDAFA_NOUNS.isdisjoint(forms)
                return True
            return False
        if not glued_l:
            return False
        gap = not _OWNER_GAPS.isdisjoint(forms)
        size = ACCUSATIVE_OWNER and not gap and not _SIZE_WORDS.isdisjoint(forms)
        if not (size or gap):
            return False  # "غارات على مواقع لحركة حماس": the owner of what was hit
        sized = sized or size
    return False


def _ambusher(words: list[str], x: int) -> bool:
    """True when the actor at ``x``, written with "ل", owns the ambush just before it and the ambush is told with
    "في"/"ب" ("في كمين للمقاومة"، "بكمين لحركة الشباب"): the ambusher. "نصب كمينا لدورية" (accusative, its
    prey) is not."""
    if x < 1 or words[x][:1] != "ل":
        return False
    prev = words[x - 1]
    if prev[:1] == "ب" and prev[1:] in _AMBUSH:
        return True
    return prev in _AMBUSH and x >= 2 and words[x - 2] == "في"


def _owned_thing(words: list[str], m: Mention, lo: int) -> bool:
    """True when the group owns a thing written before it with "تابع" ("نقاط تابعة لحماس"), not when that
    thing is a doer ("قناص تابع لميليشيات الحوثي"، "مسلحون تابعون للتنظيم": the group is the doer's)."""
    for x in range(max(lo, m.i - 2), m.i):
        if bare_in(words[x], _OWNER_WORDS):
            return not (x > lo and bare_in(words[x - 1], _DOER_NOUNS))
    return False


def _is_victim(words: list[str], m: Mention, f: Frame) -> bool:
    """:func:`_is_victim_at` inside the frame."""
    return _is_victim_at(words, m, f.lo) or _met_death(words, m)


MET_DEATH = True
"""Switch for :func:`_met_death` (on; off only to measure the rule)."""
_MET_VERBS = rules.words("roles", "met_death_verbs")
_MET_SPAN = 8


def _met_death(words: list[str], m: Mention) -> bool:
    """True for a force or group inside the subject of "لقي ... مصرعه" ("لقي خبير المتفجرات الحوثي فلان مصرعه"،
    "لقيت قيادية في التنظيم حتفها"): a verb of meeting (``met_death_verbs``) at most eight words before it, the
    death word (``death_after``) at most eight words after it, none between the verb and the group -- the group
    names the dead man's side, not who killed him ("لقي ثلاثة جنود مصرعهم بنيران الحوثيين" is not this)."""
    if not MET_DEATH:
        return False
    verb = next((x for x in range(m.i - 1, max(-1, m.i - 1 - _MET_SPAN), -1) if bare_in(words[x], _MET_VERBS)), None)
    if verb is None or _has(words, verb + 1, m.i, _DEATH_AFTER):
        return False
    return _has(words, m.j, m.j + _MET_SPAN, _DEATH_AFTER)


def _is_victim_at(words: list[str], m: Mention, lo: int) -> bool:
    """True when a force or group stands as the counted dead or wounded ("مقتل 9 من عناصر داعش"،
    "17 عنصرا من داعش"، "بينهم ثلاثة من ناشطي كتائب القسام"، "قتلى في صفوف الجيش"، "لقي مسلحو
    التنظيم مصرعهم")."""
    if any(b in _DEATH_AFTER for w in words[m.j:m.j + 2] for b in bare(w)):
        return True  # "لقي عدد من عناصر ميليشيا الحوثي مصرعهم في كمين": the group met its death
    lo = max(lo, m.i - 6, 0)
    fillers = _FILLERS_WITH_OTHERS if VICTIM_OTHERS else _VICTIM_FILLERS
    x = m.i - 1
    while x >= lo and any(b in fillers for b in bare(words[x])):
        x -= 1
    if x < lo:
        return False
    if bare_in(words[x], _VICTIM_LINKS):
        if words[x] == "من" and x > lo and bare_in(words[x - 1], _ATTACK_HEADS):
            return False  # "قتل جنديان بقصف من مسلحي الحزب": the attack's doer after "من", not its dead
        y = x - 1
        while y >= lo and any(b in fillers for b in bare(words[y])):
            y -= 1
        back = words[max(lo, y - 3):y + 1]
        if VAGUE_COUNT_DEAD and words[x] == "من" and _has(words, max(lo, y), x, _VAGUE_COUNTS) \
                and _has(words, m.j, m.j + 3, KILLED | INJURED | _DEATH_AFTER):
            return True  # "عشرات من ميليشيات الحوثي قتلوا": a vague count of the group, then its death
        return any(read_quantity(words, z) is not None for z in range(max(lo, y - 1), y + 1)) or any(
            b in VICTIM_NOUNS | KILLED | INJURED or (frames_readers.UNCOUNTED_TOLL and b in UNCOUNTED_TOLL_NOUNS)
            for w in back for b in bare(w))  # ("عدد من القتلى والجرحى": the definite toll)
    q = read_quantity(words, x)
    if q is not None and q.end > x and any(b in VICTIM_NOUNS for w in words[max(lo, x - 3):x] for b in bare(w)):
        return True
    return any(b in VICTIM_NOUNS or b in _CASUALTY_PLURALS for b in bare(words[x]))
