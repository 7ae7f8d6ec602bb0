""":func:`target`: the force or people attacked -- a force counted among the victims, else what was aimed at
(:func:`roles_objects._attack_object`), else what came under attack, a counted group, a person named or described
as killed, or the victims' noun; never the doer, a force on its side or of its state, nor a force told as the
source, as acting in the sentence or as stopping the attacker. A target that is only a word such as a quantifier is dropped
(``not_target_words``, switch ``JUNK_TARGET``), and so is an adverbial: closing adverbs are cut off and an
attribution read alone is none (switch ``TARGET_ADVERBS``). :func:`allied_names` tells a record's target on its
doer's side.
"""

from __future__ import annotations

from functools import lru_cache

from marsad.agent.numbers import Quantity, read_quantity
from marsad.agent.offline import rules
from marsad.agent.offline.actors_home import nisba_country
from marsad.agent.offline.casualties import COUNTED_NOUNS, INJURED, KILLED, VICTIM_NOUNS
from marsad.agent.offline.casualties_words import _person_count
from marsad.agent.offline.context import FORCE_TYPES, DocContext, bare, bare_in, forms_of, past_dates
from marsad.agent.offline.frames import Frame
from marsad.agent.offline.mentions import Mention
from marsad.agent.offline.named_places import known_place_name
from marsad.agent.offline.roles_anaphors import named_anaphor
from marsad.agent.offline.roles_cues import (
    _ADVANCE_VERBS,
    _AMBUSH,
    _ATTACK_NOUNS,
    _ATTACK_SUBJECTS,
    _ATTACK_VERBS,
    _GROUP_VERBS,
    _LAUNCH_VERBS,
    _NISBA,
    _NOT_OBJECT_HEADS,
    _OBJECT_STOPS,
    _OBJECT_VERBS,
    _PERP_CUES,
    _PERSON_NOUNS,
    _SITE_NOUNS,
    _SITE_PREPOSITIONS,
    _SPEECH_VERBS,
    _STRIKE_VERBS,
    _STRONG_PERP_CUES,
    _SUPPORT,
    _THAT,
    _VICTIM_FILLERS,
    _dated,
    interceptor_body,
)
from marsad.agent.offline.roles_launched import body_side, interceptor, launched_target, self_blast
from marsad.agent.offline.roles_losses import holed_up
from marsad.agent.offline.roles_objects import (
    _AT_LEAST,
    ATTRIBUTION_WORDS,
    OBJECT_PLACE_CUES,
    ON_IDIOMS,
    _attack_object,
    _member_group,
    _object_span,
)
from marsad.agent.offline.roles_sides import after_battle, after_battle_foe
from marsad.agent.offline.roles_subjects import _responder
from marsad.agent.offline.roles_survivors import survivor_span
from marsad.agent.offline.roles_victims import (
    apposed_subject_victim,
    counted_noun_victim,
    killed_object_victim,
    kin_victim,
    masdar_kill_victim,
    met_death_victim,
    relative_killed_victim,
    titled_victim,
    titled_victim_span,
    victims_adjective,
)
from marsad.agent.offline.vocab import OBJECT_PRONOUNS
from marsad.core.arabic import normalize
from marsad.core.lexicon import get_lexicon

__all__ = ["target"]


_SOURCE_WORDS = rules.words("roles", "source_words")

_TARGET_CUES = rules.words("roles", "target_cues")
_DUAL_ATTACK_VERBS = rules.words("roles", "dual_attack_verbs")
_NAMED_KILL = rules.words("roles", "named_kill_words")
_TITLES = rules.words("roles", "victim_titles")
"""A person killed by name or title: "مقتل سالم الحداد، أمير كتيبة الفرقان"، "اغتيل القيادي في الحزب ..."."""
_RELATIVES = rules.words("roles", "relative_words")
_EXPOSED_VERBS = rules.words("roles", "exposed_verbs")
_EXPOSED_ATTACKS = rules.words("roles", "exposed_attacks")
_REGION_WORDS = rules.words("roles", "exposed_region_words")
""""ريف"، "غوطة"، "ضواحي": a region after "الذي تعرض له" is where the attack struck, as a place name is."""
_EXPOSED_PRONOUNS = frozenset({"له", "لها", "لهم", "لهما"})
""""الهجوم الذي تعرض له X": the pronoun that takes the attack back to its noun, after the verb."""
""""تعرضت X لهجوم" (X came under attack): X is what was attacked, the noun after "ل" the attack."""
_NOT_VICTIM_NOUNS = rules.words("roles", "not_victim_nouns")
"""Words after a count that name no victim ("قتلا"، "حتفهم"، "بجروح"): the target is read elsewhere."""
_SIDES: dict[str, str] = rules.table("roles", "allied_sides")
"""Registry id -> the side it fights on; two forces of one side are allies (:func:`_allied`)."""


NEAR_FORCE = 0.5
"""The strength given to a force read only as named near the attack word or after a target cue ("قصف على نقطة
لقوات X" -> X), not as the written object: true like a named actor (it outranks a place or a victim count), but
in the record it yields to an object another sentence of the incident writes after a verb of aiming
(``attacks_records.STATED_TARGET``)."""


def target(ctx: DocContext, f: Frame, killed: Quantity | None, perp: Mention | None) -> tuple[str | None, bool | float]:
    """(target, named_actor?): the force or people attacked (:data:`NEAR_FORCE` for a force read near the word),
    a hashtag in it written as words (:func:`_unhashtagged`)."""
    t = _target(ctx, f, killed, perp)
    return (_unhashtagged(t[0]), t[1]) if t[0] is not None and ("#" in t[0] or "_" in t[0]) else t


def _unhashtagged(text: str) -> str:
    """A target label with its hashtags written as words, as the news writes them outside a tag: no "#", a space for
    "_", and a "لـ" or "بـ" before a tag (spaced or not) glued to it ("مواقع لـ #ميليشيات_الحوثي" -> "مواقع لميليشيات الحوثي"; "لـ #الميليشيات"
    -> "للميليشيات")."""
    words: list[str] = []
    for w in text.replace("_", " ").split():
        head, tag, rest = w.partition("#")
        words.extend([head, tag + rest] if tag and head in _TAG_PREFIXES else [w])  # "لـ#الحوثيين": two words
    out: list[str] = []
    for w in words:
        bare_w = w.lstrip("#")
        if out and out[-1] in _TAG_PREFIXES and w.startswith("#") and bare_w:
            lam = out[-1][0] == "ل"
            out[-1] = out[-1][0] + (bare_w[1:] if lam and bare_w.startswith("ال") else bare_w)
        elif bare_w:
            out.append(bare_w)
    return " ".join(out) or text


_TAG_PREFIXES = frozenset({"لـ", "بـ", "ل", "ب"})
"""The prepositions written before a hashtag, with or without a tatweel or a space: "لـ #الحوثيين"، "لـ#الحوثيين"،
"بـ #داعش" are "للحوثيين"، "بداعش" in words."""


def _target(ctx: DocContext, f: Frame, killed: Quantity | None, perp: Mention | None) -> tuple[str | None, bool | float]:
    """(target, named_actor?) as read, before :func:`target` writes its hashtags as words."""
    if SERIES_AIM and _series(ctx, f):
        return None, False  # "أحدث حلقة من سلسلة غارات طالت X": X is what the series aims at
    t = _target_text(ctx, f, killed, perp)
    if t[0] is None:
        foe = _after_battle_foe(ctx, f, perp)
        if foe is not None:
            return foe.entry.canonical, True  # "استعادت قوات الجيش مواقع عقب معارك مع الميليشيا": the side fought
        held = _holed_up_side(ctx, f, perp)
        if held is not None:
            return held.entry.canonical, True  # "اقتحام المجمع الذي يتحصن فيه مسلحو التنظيم": the stormed side
        foe = advanced_on(ctx, f, perp)
        if foe is not None:
            return foe.entry.canonical, True  # "اقتحم الجيش المطار، وقطع إمدادات الميليشيات": the side fought
        gathering = _gathering(ctx, f)
        if gathering is not None:
            return gathering, False  # "انفجار أثناء تجمع سياسي": the rally the blast struck
    if TARGET_ADVERBS and t[0] is not None:
        t = (_without_adverbs(t[0]), t[1])
    if OPENING_MANNER and t[0] is not None:
        t = (_without_manner(t[0]), t[1])
    if JUNK_TARGET and t[0] is not None and (t[0].isdigit() or normalize(t[0]) in _NOT_TARGET):
        return None, False  # "مقتل 7 يرجح أنهم ..."، "مقتل كل ركابها": a word of the sentence, no target
    if JUNK_HEAD and t[0] is not None and _junk_head(t[0]):
        return None, False  # "الهجوم العنيف"، "أصيب في ساقه"، "عدد كبير": an adjective, a body part, no target
    if REPEAT_TARGET and t[0] is not None and _first_word(t[0]) in _REPEATS:
        return None, False  # "استهدفت مرتين متتاليتين": how often it struck, not what
    if CONJOINED_ACT and t[0] is not None and _conjoined_act(t[0]):
        return None, False  # "بأعمال تفجير وعمليات خطف": the next act of a list, not what the first one hit
    if OPENING_ADJECTIVE and t[0] is not None:
        t = (_without_opening_adjective(t[0]), t[1])
    if DANGLING_COUNT and t[0] is not None:
        t = (_without_dangling_count(t[0]), t[1])
    if LAM_OBJECT and t[0] is not None:
        t = (_without_lam(t[0]), t[1])
    if MEANS_TAIL and t[0] is not None:
        t = (_without_means_tail(t[0]), t[1])
    if t[0] is not None:
        t = (_without_projectiles(t[0]), t[1])
    if MEANS_OR_FLYER_HEAD and t[0] is not None and _means_or_flyer_head(t[0]):
        past = _object_past_means(ctx, f, t[0]) if MEANS_THEN_ON else None
        if past is None:
            return None, False  # "قصف ببرميلين متفجرين على مبنى"، "قصف للطيران الحربي على منزل": how, or whose aircraft
        t = (past, t[1])  # "... على مبنى": what the means were dropped on
    if NEGATION_TAIL and t[0] is not None:
        t = (_without_negation(t[0]), t[1])
    if PRONOUN_OWNER and t[0] is not None:
        owned = _owned(ctx, f, t[0], perp)
        if owned is not None:
            return owned, t[1]
    if t[0] is not None and (named := named_anaphor(ctx, f, t[0], perp)) is not None:
        return named, t[1]  # "تنظيم داعش ... غارات على التنظيم": the group the noun refers back to
    return t


AFTER_BATTLE_TARGET = True
"""Switch (pass 46, A/B measurement and its test): fighting told before a seizure or an advance
(:func:`~marsad.agent.offline.roles_sides.after_battle`: "استعادت قوات الجيش مواقع عقب معارك عنيفة مع الميليشيا") with
no target read otherwise is aimed at the side fought: the force or group told right after "مع"/"ضد" past the battle
noun's adjectives (``_FOE_LINKS``), when it is not the doer's side."""
_FOE_LINKS = frozenset({"مع", "ضد"})
_FOE_REACH = 4


def _after_battle_foe(ctx: DocContext, f: Frame, perp: Mention | None) -> Mention | None:
    """The side an after-battle frame fought (see :data:`AFTER_BATTLE_TARGET`), or None."""
    if not AFTER_BATTLE_TARGET or perp is None or not after_battle(ctx, f):
        return None  # with no doer told, whichever struck whom is not told (D-31)
    words = ctx.sentences[f.si].words
    link = next((x for x in range(f.j, min(len(words), f.j + _FOE_REACH)) if words[x] in _FOE_LINKS), None)
    if link is None:
        return _losing_side(ctx, f, perp)
    for m in ctx.actors_in(f.si, link + 1, min(len(words), link + 4), FORCE_TYPES | {"armed_group"}):
        if m.entry.id != perp.entry.id and not _same_state(m, perp) and not _allied(m, perp):
            return m
        return None
    return None


_DURING_IT = frozenset({"خلالها", "فيها"})
""""تكبدت خلالها/فيها": the pronoun that hangs a side's losses on the battle noun before it."""


def _losing_side(ctx: DocContext, f: Frame, perp: Mention | None) -> Mention | None:
    """The side an after-battle frame's losses are told of, right after "خلالها"/"فيها" past the battle noun ("أحرز
    الجيش تقدما بعد معارك عنيفة تكبدت خلالها الميليشيات خسائر": the militia), when it is not the doer's side; the
    side the battle was waged by ("خاضها الجيش") is none (:func:`~marsad.agent.offline.roles_sides.after_battle_foe`)."""
    words = ctx.sentences[f.si].words
    for m in ctx.actors_in(f.si, f.j, min(len(words), f.j + _FOE_REACH + 2), FORCE_TYPES | {"armed_group"}):
        if m.i > 0 and words[m.i - 1] in _DURING_IT and after_battle_foe(ctx, f, m) and _losses_after(words, m):
            return None if m.entry.id == perp.entry.id or _same_state(m, perp) or _allied(m, perp) else m
    return None


_LOSS_WORDS = rules.words("roles", "ranks_loss_words")
_LOSS_REACH = 3


def _losses_after(words: list[str], m: Mention) -> bool:
    """True when a word of losses ("خسائر"، "قتلى") follows the side at ``m`` within ``_LOSS_REACH`` words ("تكبدت
    خلالها الميليشيات خسائر"): the side told after "فيها" is the one that lost, not one fighting beside the doer
    ("بعد معارك شارك فيها الحوثيون إلى جانبه")."""
    return any(bare_in(w, _LOSS_WORDS) for w in words[m.j:m.j + _LOSS_REACH])


_ADVANCE_WORDS = rules.words("roles", "advance_fought_verbs") | rules.words("roles", "advance_masdars") \
    | rules.words("roles", "progress_nouns")
"""Words of an advance or a storming (no verb of replying or managing: "ردت المدفعية على القذائف" answers fire); of
gains, the noun ("حقق الجيش تقدما"), never the bare verb "حقق" (also "investigated")."""
_IN_WITH = frozenset({"في", "مع"})
_OTHER_SENSE = rules.words("roles", "advance_other_sense_objects")
"""The word after an advance word that gives it another sense: "حققت الشرطة في الحادث"، "حقق مع الموقوفين"
(investigated), "تقدمت بشكوى" (submitted), "حرر محضرا" (wrote up)."""
_FOUGHT_LINKS = frozenset({"من", "ضد", "مع"})
"""The word before the side fought: "لتطهير التلال من الميليشيات"، "عمليات ضد الميليشيات"، "معارك مع الميليشيات"."""
_FOUGHT_HELD = rules.words("roles", "fought_side_held")
"""What a side holds, its name after it: "قطع إمدادات الميليشيات"، "اقتحام مواقع الحوثيين"."""
_FOUGHT_MEN = rules.words("roles", "fought_side_men")
"""The side's men, its name after them, told after a link: "مع مسلحي الميليشيا"، "من عناصر التنظيم"."""


_OTHER_SENSE_REACH = 3
"""Words after the advance word in which its other-sense object is looked for, past the subject ("حرر الضابط محضرا")."""


def _advances(words: list[str]) -> list[int]:
    """Where the sentence tells an advance (``_ADVANCE_WORDS``) in that sense: not "تقدمت في"/"مع" right after it,
    nor an object of another sense (``advance_other_sense_objects``) within ``_OTHER_SENSE_REACH`` words ("تقدمت
    الوزارة بشكوى"، "حرر الضابط محضرا")."""
    return [x for x in range(len(words)) if bare_in(words[x], _ADVANCE_WORDS)
            and not (x + 1 < len(words) and words[x + 1] in _IN_WITH)
            and not any(bare_in(w, _OTHER_SENSE) for w in words[x + 1:x + 1 + _OTHER_SENSE_REACH])]


def _told_as_fought(words: list[str], m: Mention) -> bool:
    """True when the group at ``m`` is written as the side fought: after "من"/"ضد"/"مع", after what it holds
    ("إمدادات"، "مواقع"), or after its men told after such a link ("مع مسلحي الميليشيا"). Not a group told as doing
    something itself ("فيما تقدم تنظيم القاعدة"، "بعد أن انسحب التنظيم"، "لم يعثر على أثر للتنظيم")."""
    if m.i < 1:
        return False
    before = words[m.i - 1]
    if before in _FOUGHT_LINKS or bare_in(before, _FOUGHT_HELD):
        return True
    return m.i > 1 and bare_in(before, _FOUGHT_MEN) and words[m.i - 2] in _FOUGHT_LINKS


def advanced_on(ctx: DocContext, f: Frame, perp: Mention | None) -> Mention | None:
    """The armed group a force's advance or storming was fought against when the sentence names it only in another
    clause ("اقتحمت قوات الجيش المطار، ما سمح بقطع إمدادات الميليشيات"، "معارك يقودها الجيش لتطهير الجبال من
    المسلحين"): a state force is the doer, the sentence tells an advance (``advance_fought_verbs``: the advance
    verbs without "رد"، "تمكن"، "واصل", which tell a reply or a feat, not a push on a side; ``advance_masdars``,
    ``progress_verbs``; :func:`_advances`), no armed group is the one told advancing ("فيما تقدم تنظيم القاعدة في
    أبين"), and one armed group -- and only one -- is named after the frame's word, written as the side fought
    (:func:`_told_as_fought`), not on the doer's side and not as a source. Several groups named: which one was
    fought is not told."""
    if perp is None or perp.entry.get("type") not in FORCE_TYPES:
        return None
    s = ctx.sentences[f.si]
    words = s.words
    if _ADVANCE_WORDS.isdisjoint(forms_of(s)):
        return None
    advances = _advances(words)
    if not advances:
        return None
    named = ctx.actors_in(f.si, f.i, len(words), {"armed_group"})
    if any(m.i - 1 in advances for m in ctx.actors_in(f.si, 0, len(words), {"armed_group"})):
        return None  # the group is the one told advancing
    groups = [m for m in named
              if m.entry.id != perp.entry.id and not _allied(m, perp) and not _speaker(ctx, f.si, m)
              and not any(b in _SOURCE_WORDS for w in words[max(0, m.i - 3):m.i] for b in bare(w))]
    if not groups or len({m.entry.id for m in groups}) != 1:
        return None
    return next((m for m in groups if _told_as_fought(words, m)), None)


GATHERING_TARGET = True
"""Switch (pass 60; on, off only to measure it): an attack with no target read, told as striking during a gathering
("انفجار أثناء تجمع سياسي"، "هجوم خلال حفل زفاف"، "تفجير في مهرجان انتخابي": "أثناء"/"خلال"/"في" + a noun of
``gathering_nouns`` after the event word, in its clause), was aimed at that gathering: the noun with the words that
qualify it, up to a preposition, a place or a clause mark."""
_GATHERINGS = rules.words("roles", "gathering_nouns")
_DURING = frozenset({"اثناء", "خلال", "في"})
_GATHERING_REACH = 6


def _gathering(ctx: DocContext, f: Frame) -> str | None:
    """The gathering an attack struck (:data:`GATHERING_TARGET`), as written, or None."""
    if not GATHERING_TARGET:
        return None
    s = ctx.sentences[f.si]
    words = s.words
    for x in range(f.j, min(f.hi, len(words) - 1, f.j + _GATHERING_REACH)):
        if s.tokens[x + 1].clause_start:
            return None
        if words[x] in _DURING and bare_in(words[x + 1], _GATHERINGS):
            end = x + 2
            while end < min(f.hi, len(words), x + 5) and not s.tokens[end].clause_start \
                    and not s.tokens[end].soft_break and words[end] not in _OBJECT_STOPS \
                    and words[end] not in _SITE_PREPOSITIONS and words[end] not in _DURING \
                    and not any(m.i <= end < m.j for m in ctx.places_in(f.si, x + 2, f.hi)) \
                    and not any(b in KILLED | INJURED for b in bare(words[end])):
                end += 1
            return ctx.quote(*s.token_span(x + 1, end))
    return None


LAM_OBJECT = True
"""Switch (pass 42; on, off only to measure it): a target read with the "ل" that ties a strike to its object
("شنت المقاتلات غارات لمراكز تجمع المسلحين"، "قصف لمواقع الجماعة") is the noun without it ("مراكز تجمع
المسلحين"): the preposition is no part of what was hit. Only before nouns of sites, positions and gatherings
(``lam_object_heads``, ``owned_target_heads``, ``site_nouns``)."""
_LAM_HEADS = rules.words("roles", "lam_object_heads") | rules.words("roles", "owned_target_heads") | _SITE_NOUNS


def _without_lam(text: str) -> str:
    """The target without a "ل" glued to its first word when the rest is a noun of a site or position."""
    first = text.split()[0]
    if len(first) > 3 and first.startswith("ل") and not first.startswith("لل") and normalize(first[1:]) in _LAM_HEADS:
        return text[1:]
    return text


MEANS_TAIL = True
"""Switch (pass 42; on, off only to measure it): a target read on past the word that tells the means or the cause
("الحارس بآلة حادة"، "حي كذا بسلاح الدبابات"، "القيادي فلان بكمين للمسلحين"، "الشابين بداعي ...") ends before it:
"ب" + a means or cause noun (``tail_means_nouns``, ``means_nouns``, ``state_means_nouns``) is how it was hit, no
part of what was hit."""
_TAIL_MEANS = rules.words("roles", "tail_means_nouns") | rules.words("roles", "means_nouns") \
    | rules.words("roles", "state_means_nouns")


def _without_means_tail(text: str) -> str:
    """The target up to a "ب" + means or cause word after its first word."""
    words = text.split()
    for k in range(1, len(words)):
        w = normalize(words[k])
        if w[:1] == "ب" and (w[1:] in _TAIL_MEANS or (w[1:3] == "ال" and w[3:] in _TAIL_MEANS)):
            return " ".join(words[:k])
    return text


_PROJECTILES = rules.words("roles", "projectile_words")


def _without_projectiles(text: str) -> str:
    """The target up to the projectiles fired at it, told right after it with no preposition ("أطلقوا على البلدة
    قذائف هاون"، "أطلق على مدينة جازان صواريخ"): an indefinite projectile word (``projectile_words``) after a
    definite word, or after a town named with its place noun (the word before it a known place name), opens the
    object of the firing verb, no part of what was hit. A projectile in construct with the noun before it stays
    ("مخازن صواريخ"، "منطقة تخزين صواريخ": an indefinite noun before it, no place's name)."""
    words = text.split()
    for k in range(1, len(words)):
        w = normalize(words[k])
        if w in _PROJECTILES and (normalize(words[k - 1]).startswith("ال") or k >= 2 and normalize(
                words[0]) in OBJECT_PLACE_CUES and known_place_name(words[k - 1])):
            return " ".join(words[:k])
    return text


MEANS_OR_FLYER_HEAD = True
"""Switch (pass 59, ext59): a target whose first word is "ب" + a means noun ("ببرميلين متفجرين"، "بالصواريخ") or "ل"
+ an aircraft word ("للطيران الحربي"، "لطائرات التحالف") tells how a strike was made or whose aircraft made it (the
means, or the doer of a verbal noun: "قصف للطيران الحربي على منزل"), not what it hit: no target."""
_HEAD_MEANS = _TAIL_MEANS | rules.words("roles", "head_means_nouns")
_AGENT_AIRCRAFT = rules.words("roles", "agent_aircraft_heads")


def _means_or_flyer_head(text: str) -> bool:
    """Whether a target opens with "ب" + a means noun or "ل" + an aircraft word (:data:`MEANS_OR_FLYER_HEAD`)."""
    w = normalize(_first_word(text))
    rest = w[3:] if w[1:3] == "ال" else w[1:]
    if w.startswith("لل"):
        rest = w[2:]
    return (w[:1] == "ب" and rest in _HEAD_MEANS) or (w[:1] == "ل" and rest in _AGENT_AIRCRAFT)


MEANS_THEN_ON = True
"""Switch (pass 60; on, off only to measure it): a target dropped for opening with the means or the aircraft
(:data:`MEANS_OR_FLYER_HEAD`) is read again after the "على" that follows that phrase in its clause, at most
``means_on_reach`` words on: "قصف بثلاثة براميل من المروحيات على مبنى" -> "مبنى"; "قصف للطيران الحربي على
مدرسة" -> "مدرسة". Not across a clause mark nor past another preposition's place ("في"، "قرب"), and not when the
"على" opens a fixed phrase of time, manner, concession or cause (``on_idiom_words``: "على مدار الساعة"، "على مدى
يومين"، "على الرغم من"، "على طول"، "على الأقل"، "على إثر"، "على خلفية"، "على يد"): no target is read then."""
_MEANS_ON_REACH = int(rules.number("roles", "means_on_reach"))


def _object_past_means(ctx: DocContext, f: Frame, text: str) -> str | None:
    """The noun phrase after the "على" that follows a means or aircraft phrase opening ``text`` (:data:`MEANS_THEN_ON`)."""
    s = ctx.sentences[f.si]
    words = s.words
    head = normalize(_first_word(text))
    x = next((x for x in range(f.lo, min(f.hi, len(words))) if words[x] == head), None)
    if x is None:
        return None
    for y in range(x + 1, min(f.hi, len(words), x + 1 + _MEANS_ON_REACH)):
        if s.tokens[y].clause_start or words[y] in _MEANS_ON_STOPS:
            return None
        if words[y] == "علي":
            if y + 1 < len(words) and words[y + 1] in ON_IDIOMS:
                return None  # "على مدار الساعة"، "على الرغم من": a fixed phrase, not what was hit
            span = _object_span(ctx, f, y + 1, skip_subject=False)
            return ctx.quote(*s.token_span(*span)) if span is not None else None
    return None


_MEANS_ON_STOPS = frozenset({"في", "قرب", "داخل", "بين", "الي"})


NEGATION_TAIL = True
"""Switch (pass 42; on, off only to measure it): a target read on into a negation ("المسجد وليس ..."، "الأهالي ولا
...") ends before it: a negation opens the next clause (a contrast, a denial), never part of what was hit
(``tail_negations``)."""
_NEGATIONS = rules.words("roles", "tail_negations")


def _without_negation(text: str) -> str:
    """The target up to a negation word after its first word."""
    words = text.split()
    k = next((k for k in range(1, len(words)) if normalize(words[k]) in _NEGATIONS), None)
    return text if k is None else " ".join(words[:k])


PRONOUN_OWNER = True
"""Switch (pass 42; on, off only to measure it): a target written as a noun with an owner's pronoun ("استهدفت
الغارة موكبه"، "قصفت الطائرات مواقعهم") is that noun of the owner its sentence names before it: for "ـه" the person
named there (not a speaker), for "ـها"/"ـهم"/"ـهما" the group or force, never the doer, its side, a source or the
subject of the attack word ("أصيب القيادي فلان بغارة استهدفت موكبه" -> "موكب فلان"). Only nouns a target is owned
by (``owned_target_heads``: convoy, positions, headquarters, house, vehicle ...); with no owner named before it in
the sentence, the word is kept as written."""
_OWNED_HEADS = rules.words("roles", "owned_target_heads")
TITLED_OWNER = True
"""Switch (pass 63; on, off only to measure it): with no person named before it, the "ـه" of an owned target is the
titled victim the sentence counts before it (roles_victims.titled_victim: "أصيب محافظ المدينة في انفجار عبوة
استهدفت موكبه" -> "موكب محافظ المدينة")."""


def _owned(ctx: DocContext, f: Frame, text: str, perp: Mention | None) -> str | None:
    """"head + owner" for a target whose first word is an owned noun with a pronoun, else None."""
    raw = text.split()[0]
    first = normalize(raw)
    suffix = next((x for x in OBJECT_PRONOUNS if first.endswith(x) and _owned_head(first[:-len(x)])), None)
    if suffix is None:
        return None
    s = ctx.sentences[f.si]
    x = next((k for k in range(f.lo, min(f.hi, len(s.words))) if s.words[k] == first), None)
    if x is None:
        return None
    if suffix == "ه":  # a man named before it, not one who speaks of the attack
        owners = [(p.j, p.name) for p in ctx.persons if p.sentence == f.si and p.j <= x
                  and (perp is None or p.entry is None or p.entry.id != perp.entry.id) and not _speaker(ctx, f.si, p)]
    else:  # a group or force named before it, not the doer, its side, a source, nor the subject of the attack word
        owners = [(m.j, m.surface) for m in ctx.actors_in(f.si, 0, x)
                  if m.entry.get("type") in FORCE_TYPES | {"armed_group"} and not f.i - 3 <= m.j <= f.i
                  and (perp is None or (m.entry.id != perp.entry.id and not _allied(m, perp)))
                  and not _speaker(ctx, f.si, m)]
    if not owners and suffix == "ه" and TITLED_OWNER:
        span = titled_victim_span(ctx, f)
        if span is not None and span[1] <= x:
            owners = [(span[1], ctx.quote(*s.token_span(*span)))]  # "اغتيل رئيس الوزراء ... استهدفت موكبه"
    span = survivor_span(ctx, f, owned=x) if suffix in _SURVIVOR_SUFFIXES else None
    if span is not None:
        # "نجا الوزير ومدير الشرطة من تفجير استهدف موكبهما": who survived owns it, not a force named among them
        owners = [(span[1], ctx.quote(*s.token_span(*span)))]
    if not owners:
        return None
    head = raw[:-len(suffix)]
    if head.endswith("ت") and normalize(head[:-1]) + "ه" in _OWNED_HEADS:
        head = head[:-1] + "ة"  # "سيارته" -> "سيارة"
    return f"{head} {max(owners)[1]}"


_SURVIVOR_SUFFIXES = frozenset({"ه", "هما", "ها"})
"""The pronouns an owned target takes back to who survived the attack: a man, two people, a woman."""


def _owned_head(stem: str) -> bool:
    """True when a normalised word stem is an owned noun (``owned_target_heads``), its "ت" before a pronoun read as
    the noun's "ة" ("سيارت" of "سيارته")."""
    return stem in _OWNED_HEADS or (stem.endswith("ت") and stem[:-1] + "ه" in _OWNED_HEADS)


SERIES_AIM = True
"""Switch (pass 42; on, off only to measure it): an attack word right after a noun of a series that the incident is
told as a part of ("أحدث حلقة من سلسلة غارات طالت ..."، "ضمن موجة من الهجمات على ..."; ``series_nouns``
with ``series_part_words`` up to three words before) tells the series: what it aimed at is the series' aim, not what
this incident hit, so the frame gives no target. A string of strikes told as the event ("شنت المقاتلات سلسلة غارات
على مواقع ...") keeps its object."""
_SERIES = rules.words("roles", "series_nouns")
_SERIES_PART = rules.words("roles", "series_part_words")


def _series(ctx: DocContext, f: Frame) -> bool:
    """Whether the frame's attack word follows a series noun ("سلسلة"، "سلسلة من"، "موجة من")."""
    words = ctx.sentences[f.si].words
    at = f.i - 1 if f.i >= 1 and bare_in(words[f.i - 1], _SERIES) else \
        f.i - 2 if f.i >= 2 and f"{words[f.i - 2]}_{words[f.i - 1]}" in _SERIES else None
    return at is not None and any(bare_in(w, _SERIES_PART) for w in words[max(0, at - 3):at])


def _first_word(text: str) -> str:
    """The normalised first word of a target, without an opening quote mark."""
    return normalize(text.split()[0].strip('"«'))


CONJOINED_ACT = True
"""Switch (pass 41; on, off only to measure it): a target that opens with "و" + a noun of acts ("وعمليات"،
"وهجمات"، "وأعمال"; ``operation_nouns``, ``attack_nouns``, ``plural_attack_nouns``, ``act_list_nouns``) is the
next act of a list the attack word stands in, not what it hit: none."""
_ACT_NOUNS = frozenset(normalize(w) for w in rules.words("roles", "operation_nouns") | rules.words("roles", "attack_nouns")
                       | rules.words("roles", "plural_attack_nouns") | rules.words("roles", "act_list_nouns"))


def _conjoined_act(text: str) -> bool:
    """Whether ``text`` opens with "و" joined to a noun of acts (:data:`CONJOINED_ACT`)."""
    first = _first_word(text)
    return first.startswith("و") and first[1:] in _ACT_NOUNS


TARGET_ADVERBS = True
"""Switch (on; off only to measure it): a target is a noun phrase, never an adverbial -- an attribution
("بحسب المصدر") or "على الأقل" read alone is no target, and manner or time adverbs that close it ("عمدا"،
"سابقا"، "مرارا") are not part of it (:func:`_without_adverbs`)."""
_ADVERBS = rules.words("roles", "closing_adverbs") | rules.words("roles", "habitual")
"""Manner and time adverbs in -ا that may follow an object in news prose ("استهدف سابقا"، "قتلوا الصحافة عمدا")."""


OPENING_MANNER = True
"""Switch (pass 58): the words of the way an attack came ("قصف الجيش براً وجواً مواقع رصد": by land and by air,
``opening_manner_words``) written between the verb and its object are no part of the target; they are dropped from
its start ("براً وجواً مواقع رصد" -> "مواقع رصد")."""
_MANNER_OPENERS = frozenset(normalize(w) for w in rules.words("roles", "opening_manner_words"))


def _without_manner(text: str) -> str | None:
    """The target without the manner words it opens with; None when nothing else is left."""
    words = text.split()
    while words:
        if normalize(words[0]) in _MANNER_OPENERS:
            words.pop(0)
        elif clock := _opening_time(words):
            del words[:clock]
        else:
            break
    return " ".join(words) or None


_TIME_HEDGES = frozenset({"نحو", "حوالي", "قرابه", "قبيل", "بعيد"})
_CLOCK_WORDS = frozenset({"منتصف", "الساعه"})


def _opening_time(words: list[str]) -> int:
    """How many words a time of day (hedged or not) opening the target takes: "حوالي منتصف الليل"، "نحو الساعة
    الثالثة"، "الساعة 11" (pass 68: "هاجم مسلحون حوالي منتصف الليل نقطة تفتيش" -> "نقطة تفتيش"); 0 if none."""
    n = 1 if words and normalize(words[0]) in _TIME_HEDGES else 0
    if len(words) < n + 3 or normalize(words[n]) not in _CLOCK_WORDS:
        return 0
    nxt = normalize(words[n + 1])
    if normalize(words[n]) == "منتصف":
        return n + 2 if nxt.startswith("ال") and nxt[2:] in {"ليل", "ليله", "نهار"} else 0
    if not (nxt.isdigit() or nxt.startswith("ال") and nxt.endswith("ه")):
        return 0  # "الساعة الثالثة"، "الساعة 11": the hour
    n += 2
    while len(words) > n + 1 and normalize(words[n]) in {"والنصف", "والربع", "صباحا", "مساء", "ليلا", "فجرا", "ظهرا"}:
        n += 1
    return n


AGENT_LAM = True
"""Switch (pass 60; on, off only to measure it): a force written with "ل" right after the noun of an act of force
(``agent_lam_nouns``: "خلال مداهمة لجيش الاحتلال"، "في حملة للشرطة"، "في هجوم لقوات النظام") is that act's doer,
never the side attacked, not even when named next to the count of the dead."""
_AGENT_LAM_NOUNS = frozenset(normalize(w) for w in rules.words("roles", "agent_lam_nouns"))


def _lam_agent(words: list[str], m: Mention) -> bool:
    """Whether ``m`` is written "ل" + a force right after the noun of an act of force (:data:`AGENT_LAM`)."""
    if m.i < 1 or not words[m.i].startswith("ل") or words[m.i].startswith("لل") and len(words[m.i]) < 4:
        return False
    return words[m.i - 1] in _AGENT_LAM_NOUNS


OPENING_ADJECTIVE = True
"""Switch (pass 60; on, off only to measure it): an adjective of the attack read at the start of its target, before
the "ل" that ties the attack to its object ("استهداف مباشر لسيارة إسعاف"، "قصف عشوائي للأحياء"; ``opening_attack_adjectives``),
is no part of what was hit: the target is the noun after the "ل" ("سيارة إسعاف"، "الأحياء")."""
_OPENING_ADJECTIVES = frozenset(normalize(w) for w in rules.words("roles", "opening_attack_adjectives"))


def _without_opening_adjective(text: str) -> str:
    """The target past an attack's adjective and its "ل" (:data:`OPENING_ADJECTIVE`); unchanged otherwise. A place noun
    written with "لل" after the adjective the object reader stepped over ("قصفه العنيف للمدينة") loses its "ل" too."""
    words = text.split()
    if words and words[0].startswith("لل") and normalize(words[0])[2:] in OBJECT_PLACE_CUES:
        return " ".join(["ال" + words[0][2:], *words[1:]])
    if len(words) < 2 or normalize(words[0]) not in _OPENING_ADJECTIVES or not words[1].startswith("ل") \
            or len(words[1]) < 3:
        return text
    head = "ا" + words[1][1:] if words[1].startswith("لل") else words[1][1:]
    return " ".join([head, *words[2:]])


DANGLING_COUNT = True
"""Switch (pass 60; on, off only to measure it): a target cut before the "من" of a quantity noun joined by "و"
("رتلا عسكريا وعددا" of "رتلا عسكريا وعددا من الآليات"; ``dangling_count_words``) ends before that noun: a count
with nothing counted names nothing. A last word that is a bare preposition ("مع"، "من"، "في" ...: the span cut
before what it governs; ``dangling_prepositions``) is dropped too (pass 61)."""
_DANGLING_COUNTS = frozenset(normalize(w) for w in rules.words("roles", "dangling_count_words"))


def _without_dangling_count(text: str) -> str:
    """The target without a last word "و" + a quantity noun (:data:`DANGLING_COUNT`)."""
    words = text.split()
    if len(words) >= 2 and words[-1].startswith("و") and normalize(words[-1][1:]) in _DANGLING_COUNTS:
        return " ".join(words[:-1])
    if len(words) >= 2 and normalize(words[-1]) in _DANGLING_PREPOSITIONS:
        return " ".join(words[:-1])  # "دبابة وعربة عسكرية مع" (its crews dropped after "مع"): a preposition ends nothing
    return text


_DANGLING_PREPOSITIONS = frozenset(normalize(w) for w in rules.words("roles", "dangling_prepositions"))


REPEAT_TARGET = True
"""Switch (pass 41; on, off only to measure it): a target that opens with a word of repetition ("مرتين متتاليتين"،
"مرات عدة"; ``repeat_words``) tells how often the attack struck, not what it hit: none."""
_REPEATS = frozenset(normalize(w) for w in rules.words("roles", "repeat_words"))


def _without_adverbs(text: str) -> str | None:
    """The target without its closing adverbs; None when what is left opens with an attribution ("بحسب
    المصدر الأمني"، "وفقا للمصادر") or is "الأقل" of "على الأقل" or nothing."""
    words = text.split()
    while words and normalize(words[-1]) in _ADVERBS:
        words.pop()
    if not words or normalize(words[0]) in ATTRIBUTION_WORDS or (len(words) == 1 and normalize(words[0]) in _AT_LEAST):
        return None
    return " ".join(words)


JUNK_TARGET = True
"""Switch for the ``not_target_words`` check of :func:`target` (on; off only to measure it)."""
_NOT_TARGET = frozenset(normalize(w) for w in rules.words("roles", "not_target_words"))
"""Words that are never a target written alone: quantifiers ("العديد"، "عددا"), "آخر", a verb ("يرجح"، "كانوا"،
"وقع") or "مرتين" -- what the readers of an object or a counted noun may stop at when the sentence names none."""


JUNK_HEAD = True
"""Switch (pass 51, A/B measurement and its tests): a target's head word is a noun of a thing, a place of people or a
force. One that opens with an adjective of the attack noun (``manner_adjectives``, ``attack_subject_adjectives``,
``gap_adjectives``: "الهجوم العنيف"، "عملية إرهابية"، "عدد كبير")، a body part of the victim ("أصيب في ساقه"،
``body_part_nouns``, with a pronoun or written alone), a preposition or a word for the doer (``not_target_heads``: "الجاني")
is what a reader of the object stopped at when the sentence names no target: none."""
_JUNK_HEADS = frozenset(normalize(w) for w in rules.words("roles", "not_target_heads")
                        | rules.words("roles", "manner_adjectives") | rules.words("roles", "attack_subject_adjectives")
                        | rules.words("roles", "gap_adjectives")) \
    - frozenset(normalize(w) for w in rules.words("roles", "junk_head_nouns"))  # nouns too: "مقتل مسلح"، "البحرية"
_BODY_PARTS = frozenset(normalize(w) for w in rules.words("roles", "body_part_nouns"))
_BODY_SUFFIXES = ("هما", "هم", "ها", "ه", "ي")


def _junk_head(text: str) -> bool:
    """Whether a target opens with a word that heads no target (:data:`JUNK_HEAD`)."""
    first = _first_word(text)
    if not first or bare_in(first, _JUNK_HEADS):
        return True
    alone = len(text.split()) == 1  # "يد الغدر طالت مسجد ...": a bare body noun with a genitive is an idiom
    for b in bare(first):
        if (alone and b in _BODY_PARTS) or any(b.endswith(x) and b[:-len(x)] in _BODY_PARTS for x in _BODY_SUFFIXES):
            return True
    return False


AIR_DEFENCE_NO_TARGET = True
"""Switch: a registry air defence force (marked ``interceptor``) is no target force of a missile or drone attack: news
names it as what shot the projectile down ("اعترضته قوات الدفاع الجوي"), wherever it stands (A/B)."""


def _target_text(ctx: DocContext, f: Frame, killed: Quantity | None, perp: Mention | None):
    s = ctx.sentences[f.si]
    words = s.words
    sources = {m.entry.id for m in ctx.actors_in(f.si, 0, len(words))
               if any(b in _SOURCE_WORDS for w in words[max(0, m.i - 3):m.i] for b in bare(w)) or _speaker(ctx, f.si, m)
               or _accused(ctx, f.si, m)}
    forces = [m for m in ctx.actors_in(f.si, f.lo, f.hi) if m.entry.get("type") in FORCE_TYPES | {"civilian"}
              and m.entry.id not in sources  # the source ("المتحدث باسم قوات التحالف")
              and (perp is None or m.entry.id != perp.entry.id) and not _same_state(m, perp) and not _allied(m, perp)
              and not _acting(ctx, f, m) and not _responder(words, m)  # "قبل أن تقتله الشرطة": not attacked
              and not (AGENT_LAM and _lam_agent(words, m))  # "خلال مداهمة لجيش الاحتلال": the raid's doer
              and not interceptor(ctx, f, m)  # "اعترضت دفاعات التحالف صاروخا": it shot the missile down
              and not (AIR_DEFENCE_NO_TARGET and interceptor_body(m))  # (an air defence force: the same)
              and not (FIRE_OF_DOER and _fire_of(s, m))  # "بنيران مدفعية الجيش": whose fire it was
              and not _urged_to(words, m)]  # "شجع القرار القوات على قتل المحتجين": who was led to strike
    if killed is not None and killed.start >= 0:
        near = [m for m in forces if killed.start <= m.i <= killed.end + 6]
        if near:
            return near[0].entry.canonical, True
    exposed = _exposed(ctx, f)
    if exposed:
        return exposed, True  # "تعرضت ناقلة نفط لهجوم"
    launched = launched_target(ctx, f)
    if launched:
        return launched, False  # "صاروخا أطلقه المتمردون باتجاه مدينة X": what it was fired at
    aimed, where = _attack_object(ctx, f, perp, forces)
    if HAL_NOT_TARGET and aimed and _first_word(aimed) in _HAL_WORDS:
        aimed, where = None, False  # "توفي فتى متأثرا بجروحه": how he died, not whom; the victim is read below
    if FRONT_IS_PLACE and aimed and _first_word(aimed) in _FRONT_NOUNS:
        where = True  # "في قصف على جبهة صرواح": where the fighters stood, not whom
        counted = _counted_target(ctx, f, killed, perp)
        if counted is not None:
            return counted  # "قتل 9 مسلحين من الجماعة في قصف على جبهة نهم": the fighters counted were hit
    if aimed:
        blast, site = self_blast(ctx, f, aimed)
        if blast:
            aimed, where = site, False  # "فجر انتحاري نفسه داخل سوق": the bomber is no target, the market is
    if aimed and where and PLACE_YIELDS_TO_COUNT and killed is not None and 0 <= killed.start < f.i:
        counted = _counted_target(ctx, f, killed, perp)
        if counted is not None:
            return counted  # "قتل خمسة جنود ... في هجوم على منطقة": the dead were hit, the area is only where
    if aimed and where and PLACE_YIELDS_TO_PEOPLE and killed is not None and killed.value and killed.start >= 0:
        people = _victim_person(ctx, f)
        if people and _first_word(people) not in _PERSON_COUNTS:
            return people, False  # "قتل 5 مدنيين في غارة على قرية الزهور": the people killed, the village is where
    if aimed and DESTROYED_YIELDS_TO_COUNT and killed is not None and _destroyed_after_count(ctx, f, killed):
        counted = _counted_target(ctx, f, killed, perp)
        if counted is not None and not bare_in(normalize(counted[0]), _MEMBERS):
            # "قتل 20 مسلحا وتدمير ثلاث عجلات": the dead were hit, the gear is a further toll ("عنصرا" alone,
            # without its group, tells less than the gear "للميليشيات")
            return counted
    if not aimed and (fired := launched_target(ctx, f, masdar=True)):
        return fired, False  # "استمر إطلاق الصواريخ باتجاه البلدات": with no object written, where they were fired
    if aimed:
        # "اقتحم مسلحون قاعدة عسكرية"، "هجوم على مسجد للشيعة"; a place alone ("ركزت الغارات على مدينة دير
        # الزور") gives way, in the record, to what another sentence says was hit there
        return aimed, not where
    survived = survivor_span(ctx, f)
    if survived is not None:
        return ctx.quote(*s.token_span(*survived)), False  # "نجا محافظ المدينة من محاولة اغتيال"
    for x in range(f.lo, f.hi):
        if bare_in(words[x], _TARGET_CUES) and not (x + 1 < len(words) and words[x + 1] in ON_IDIOMS):
            # ("على يد عناصر من الحركة": by whose hand, the doer's own men; "على طول": a fixed phrase, no target cue)
            for m in forces:
                if x < m.i <= x + 5:
                    return m.entry.canonical, NEAR_FORCE  # "قصف على مواقع لقوات X": the force named after the cue
            for g in ctx.glossary[f.si]:
                if x < g.i <= x + 3 and g.entry.get("category") == "target":
                    return ctx.quote(*s.token_span(g.i, g.j)), False
    if FORCE_AT_WORK:
        forces = [m for m in forces if not _at_work(ctx, f.si, m)]
    if CLASH_NO_FORCE and forces and perp is None and bare_in(words[f.i], _CLASH_NOUNS):
        forces = []  # "سقط 50 جريحا في اشتباكات بين المحتجين وقوات الأمن": a side of the clash, not its target
    if forces:
        before = [m for m in forces if m.j <= f.i]
        return (before[-1] if before else forces[0]).entry.canonical, NEAR_FORCE
    counted = _counted_target(ctx, f, killed, perp)
    if counted is not None:
        return counted
    if PERSON_COUNT and _persons_counted(ctx, f, killed):
        return None, False  # "مقتل 18 شخصا بينهم طفل": one of the dead, not what the attack aimed at
    victim = _named_victim(ctx, f) or met_death_victim(ctx, f) or apposed_subject_victim(ctx, f) \
        or killed_object_victim(ctx, f) or titled_victim(ctx, f) \
        or relative_killed_victim(ctx, f) or kin_victim(ctx, f, subject=True) or _victim_person(ctx, f) \
        or kin_victim(ctx, f) \
        or masdar_kill_victim(ctx, f) or victims_adjective(ctx, f)
    if victim is None and RANKS_TARGET:
        ranks = _ranks_side(ctx, f, perp)
        if ranks is not None:
            return ranks, True
    if victim is None and LOSSES_FROM:
        lost = _losses_from(ctx, f, perp)
        if lost is not None:
            return lost
    if victim is None:
        victim = counted_noun_victim(ctx, f, killed)  # "قتل فلسطينيان": after the side whose ranks they were in
    return victim, False


CLASH_NO_FORCE = True
"""Switch (pass 64; on, off only to measure it): an event told by a clash noun ("اشتباكات"، "مواجهات"، "معارك") takes
no force as its target for want of a written object when no doer is read: a force named in its sentence is one of
the sides that fought ("سقط 50 جريحا في اشتباكات بين المحتجين وقوات الأمن"), and the guidelines leave a clash's
target out (D-31). With a doer read ("صدت القوات هجوما للمسلحين ... في مواجهات عنيفة") the force is the side it
attacked, as before; an object written after a word of aiming or attacking is still read first."""
_CLASH_NOUNS = rules.words("roles", "battle_nouns")

FORCE_AT_WORK = True
"""Switch (pass 50, A/B measurement and its tests): a force named in the frame only as doing police work or telling
the news (:func:`_at_work`) is not taken as the target for want of a better one: "وأغلقت الشرطة المطعم"، "هرعت الشرطة
إلى المكان"، "بحسب ما نقلت صحف عن الشرطة"، "أن الشرطة كانت أعلنت"، "في حادث وصفته الشرطة"."""
_WORK_VERBS = rules.words("roles", "force_work_verbs")
_UNIT_NOUNS = rules.words("roles", "force_unit_nouns")
_TRANSMIT = rules.words("roles", "transmission_verbs")
_SUBJECT_AUX = rules.words("roles", "subject_aux_words")
_AGENT_MARKERS = rules.words("roles", "agent_markers")
AGENT_PHRASE = True
"""Switch (pass 50, A/B measurement and its test): a force after "من قبل" (by) is the agent of the act told, under
:data:`FORCE_AT_WORK`."""
REPELLED_KEEPS = True
"""Switch (pass 50, review F1; A/B measurement and its tests): a force that managed to meet the attack ("وتمكنت الشرطة
من صد الهجوم"، "ونجحت قوات الأمن في التصدي للهجوم": a verb of managing, ``managed_verbs``, then "من"/"في" and a verbal
noun of repelling or engaging, ``repel_nouns``) is not at work under :data:`FORCE_AT_WORK`: it was attacked."""
_MANAGED = rules.words("roles", "managed_verbs")
_REPEL = rules.words("roles", "repel_nouns")
_UNIT_REACH = 3
_TRANSMIT_REACH = 5


_URGED_ACTS = rules.words("roles", "urged_act_masdars")


def _urged_to(words: list[str], m: Mention) -> bool:
    """True when the force at ``m`` is followed by "على" + a verbal noun of striking or killing (``urged_act_masdars``):
    it is the one urged, driven or daring to do it ("شجع القرار القوات على قتل المحتجين"، "حرض الجنود على إطلاق
    النار"، "أقدمت الشرطة على قتل"), the doer of that act, never what it hit."""
    return m.j + 1 < len(words) and words[m.j] == "علي" and bare_in(words[m.j + 1], _URGED_ACTS)


def _at_work(ctx: DocContext, si: int, m: Mention) -> bool:
    """True when the force at ``m`` is told as the subject of a verb of police work or reporting
    (``force_work_verbs``: sealing, searching, arriving, arresting, firing, describing), the verb first ("وأغلقت الشرطة
    المطعم"، "هرع ضباط الشرطة") or, for a verb of speech, after it ("أن الشرطة كانت أعلنت"), or as where a report
    was taken from ("نقلت وسائل إعلام عن الشرطة"): it was at work on the incident, it was not attacked. Verbs of
    meeting the attack (تصدت، صدت، اشتبكت، قتلت) are not among them: a force that repelled an attack was attacked."""
    words = ctx.sentences[si].words
    x = m.i - 1
    while x >= max(0, m.i - _UNIT_REACH) and bare_in(words[x], _UNIT_NOUNS):
        x -= 1  # "هرع ضباط الشرطة"، "مجموعة من رجال الشرطة"
    if x >= 0 and bare_in(words[x], _WORK_VERBS):
        return not (REPELLED_KEEPS and bare_in(words[x], _MANAGED) and _repelled(words, m.j))
    if AGENT_PHRASE and x > 0 and words[x] in _AGENT_MARKERS and words[x - 1] == "من":
        return True  # "تحريرها من قبل الجيش": the agent of what was done, not who was hit
    if x >= 0 and words[x] == "عن" and any(bare_in(w, _TRANSMIT) for w in words[max(0, x - _TRANSMIT_REACH):x]):
        return True
    y = m.j
    while y < len(words) and words[y] in _SUBJECT_AUX:
        y += 1
    return y < len(words) and bare_in(words[y], _SPEECH_VERBS)


def _repelled(words: list[str], y: int) -> bool:
    """True when the words from ``y`` on tell what a force managed to do as meeting the attack: "من صد الهجوم"، "في
    التصدي للهجوم"، "من دحر المهاجمين" (``repel_nouns``)."""
    return y + 1 < len(words) and words[y] in {"من", "في"} and bare_in(words[y + 1], _REPEL)


OWN_COUNT_NOUN = True
"""Switch (pass 63; on, off only to measure it): a count that is its own person noun ("شرطيين"، "جنديا"، "مدنيان")
has no counted noun after it: the word that follows ("طعنا") is no target; the victims' noun reader takes the noun
itself (a nisba after it, "جنديين فرنسيين", is read as before)."""


def _counted_target(ctx: DocContext, f: Frame, killed: Quantity | None, perp: Mention | None):
    """(target, is an actor) read from the noun the dead are counted in, or None."""
    s = ctx.sentences[f.si]
    words = s.words
    counted = killed is not None and 0 <= killed.start < len(words) and (
        words[killed.start].isdigit() or read_quantity(words, killed.start) is not None)
    if counted and killed.start != f.i and killed.end < len(words):
        bodies, side = body_side(ctx, f, killed.end)
        if bodies:
            return (side, True) if side else None  # "9 جثث من قتلى الجماعة": the group; "جثث" alone is no target
        group = _counted_group(ctx, f, killed.end, perp)
        if group is not None:
            return group.entry.canonical, True  # "13 عنصرا من ميليشيات الحوثي": the group lost them
        noun = words[killed.end]
        side = _NISBA.get(noun) or (_NISBA.get(noun[:-1]) if noun.endswith("ا") else None) if NISBA_COUNT else None
        entry = get_lexicon().get("actors", side) if side else None
        if entry is not None:
            return entry.canonical, True  # "مقتل 22 حوثيا": the side the dead were of
        if COUNT_OF_MEMBERS and noun == "من" and killed.end + 1 < len(words) and bare_in(words[killed.end + 1], _MEMBERS):
            end = _member_group(ctx, f.si, killed.end + 1, len(words))
            if end > killed.end + 2:  # "مقتل 4 من عناصر المقاومة": the members with their group
                return ctx.quote(*s.token_span(killed.end + 1, end)), False
        if PARTITIVE_PEOPLE and noun == "من" and (people := _partitive_people(ctx, f.si, killed.end + 1)):
            return people, False  # "مقتل 12 من المدنيين"، "إصابة 5 من الطلاب الجامعيين": the people counted
        if PARTITIVE_PLURAL and (people := _partitive_plural(ctx, f, killed.end)):
            return people, False  # "لقي 7 من المتمردين حتفهم"، "قتل 9 آخرون من القرويين": the people counted
        if OWN_COUNT_NOUN and killed.end == killed.start + 1 and _person_count(words[killed.start]) \
                and not noun.endswith(("ي", "يه", "يين", "يون")):
            return None  # "قتل المهاجم شرطيين طعنا": the noun is its own count, the word after it counts nobody
        if noun.isalpha() and len(noun) > 2 and not (PERSON_COUNT and noun in _PERSON_COUNTS) and noun not in _COUNTED_NOBODY \
                and not noun.startswith("و") \
                and noun not in _SITE_PREPOSITIONS and noun not in _OBJECT_STOPS and not any(
                b in KILLED | INJURED | COUNTED_NOUNS | _NOT_VICTIM_NOUNS for b in bare(noun)) and not (
                SHOOTER_NOT_TARGET and bare_in(noun, _STRONG_PERP_CUES)):  # "قتل 4 برصاص مسلحين"
            # "مقتل 5 عناصر من الميليشيات": a member noun takes its group along
            return ctx.quote(*s.token_span(killed.end, _member_group(ctx, f.si, killed.end, len(words)))), False
    return None


PERSON_COUNT = True
"""Switch (pass 51, A/B measurement and its test): the dead counted as "persons" ("مقتل 12 شخصا"، "شخصين"; data
``person_count_nouns``) are the toll, not what the attack aimed at: the counted noun names no target, and
no one of the dead ("بينهم طفل") stands in for it (:func:`_persons_counted`). Pass 52: the victim stop also
reads the counted nouns of ``counted_nobody_nouns`` ("أشخاص"، "آخرين"، "آخرون"; tune_eval identical, unseen slice 0
records); those never name a target, switch on or off (:data:`_COUNTED_NOBODY`)."""
_COUNTED_NOBODY = frozenset(normalize(w) for w in rules.words("roles", "counted_nobody_nouns"))
"""Counted nouns that never name a target ("أشخاص"، "آخرين"، "آخرون"; ``counted_nobody_nouns``), whatever the
switches (pass 51 kept them apart in code): PERSON_COUNT off reproduces the reading before that switch existed."""
_PERSON_COUNTS = frozenset(normalize(w) for w in rules.words("roles", "person_count_nouns")) | _COUNTED_NOBODY


def _persons_counted(ctx: DocContext, f: Frame, killed: Quantity | None) -> bool:
    """Whether the dead of the frame are counted as persons after the number (:data:`PERSON_COUNT`)."""
    if killed is None or not 0 <= killed.start < killed.end < len(ctx.sentences[f.si].words) or killed.start == f.i:
        return False
    return ctx.sentences[f.si].words[killed.end] in _PERSON_COUNTS


NISBA_COUNT = True
"""Switch (on; off only to measure it): dead counted by a side's adjective ("مقتل 22 حوثيا"، "15 داعشيا";
``nisba_doers``) give that side as the target, by its name."""
COUNT_OF_MEMBERS = True
"""Switch (on; off only to measure it): a count followed by "من" and a member noun with its group ("4 من عناصر
المقاومة") reads the members and their group as the target, when the group is no registry actor."""
_MEMBERS = rules.words("roles", "member_nouns")

DESTROYED_YIELDS_TO_COUNT = True
"""Switch (pass 41; on, off only to measure it): when the first verb of hitting in the frame is one of destroying
(``destroy_words``: "وتدمير"، "ودمرت") written after the counted dead, the gear destroyed is a further toll of the
operation and the counted dead are its target (:func:`_destroyed_after_count`)."""
_DESTROY = rules.words("roles", "destroy_words")


def _destroyed_after_count(ctx: DocContext, f: Frame, killed: Quantity) -> bool:
    """True when the frame's first verb of hitting (``object_verbs``) is a word of destroying joined by "و" and
    standing after the count of the dead: "تمكنت من قتل 15 إرهابيا وتدمير أربع عجلات"."""
    if killed.start < 0:
        return False
    words = ctx.sentences[f.si].words
    for x in range(f.lo, f.hi):
        if bare_in(words[x], _OBJECT_VERBS):
            return x > killed.end and words[x][0] == "و" and bare_in(words[x], _DESTROY)
    return False


PARTITIVE_PEOPLE = True
"""Switch (pass 41; on, off only to measure it): a count, "من" and a definite plural of people (``victim_person_nouns``
or ``member_nouns`` with "ال": "مقتل 20 من الناشطين الشبان") reads those people, with up to two definite
adjectives, as the target (:func:`_partitive_people`)."""


def _partitive_people(ctx: DocContext, si: int, y: int, plural: bool = False) -> str | None:
    """The definite plural of people at ``y`` with its definite adjectives ("الناشطين الشبان الأكراد"), or None;
    it stops at a clause mark, a place, a stop word or a word of killing. With ``plural`` the head is any sound plural
    of people (:func:`_people_plural`) instead of a listed noun."""
    s = ctx.sentences[si]
    words = s.words
    if y >= len(words) or s.tokens[y].clause_start or s.tokens[y].soft_break or not words[y].startswith("ال") \
            or not (_people_plural(ctx, si, y) if plural else words[y][2:] in _PERSON_NOUNS | _MEMBERS):
        return None
    end = y + 1
    while end < min(len(words), y + 3) and words[end].startswith("ال") and words[end] not in _OBJECT_STOPS \
            and not (s.tokens[end].clause_start or s.tokens[end].soft_break) \
            and not any(m.i <= end < m.j for m in ctx.mentions[si] if m.kind in {"actors", "places"}) \
            and not any(b in KILLED | INJURED for b in bare(words[end])):
        end += 1
    return ctx.quote(*s.token_span(y, end))


PARTITIVE_PLURAL = True
"""Switch (pass 65): a count of the dead, "من" and a definite sound plural of people that no list holds -- a nisba
plural in -يين ("القرويين"، "الانقلابيين") or a participle plural "الم...ين" ("المتمردين"، "المحتجين") -- reads
those people as the target, as :data:`PARTITIVE_PEOPLE` does for listed nouns: "لقي 7 من المتمردين حتفهم" ->
"المتمردين". The count may be "آخرون"/"آخرين" or a noun of the dead or wounded after the number ("قتل 12
آخرون من المتمردين"، "سقوط 10 قتلى من المتمردين"). Not the attackers
(``strong_perp_cues``: "5 من المهاجمين"), a registry actor (read as the counted group before), nor a dual ("من
الطرفين" ends in neither form)."""
_OTHERS = frozenset(normalize(w) for w in rules.words("roles", "counted_nobody_nouns")) - frozenset({normalize("أشخاص")})


def _people_plural(ctx: DocContext, si: int, y: int) -> bool:
    """Whether the word at ``y`` is a definite sound plural of people (:data:`PARTITIVE_PLURAL`)."""
    w = ctx.sentences[si].words[y]
    if not w.startswith("ال") or len(w) < 7 or not w.isalpha() or bare_in(w, _STRONG_PERP_CUES):
        return False
    if any(m.i == y for m in ctx.mentions[si] if m.kind in {"actors", "places"}):
        return False
    return w.endswith("يين") or (w.startswith("الم") and w.endswith("ين"))


def _partitive_plural(ctx: DocContext, f: Frame, at: int) -> str | None:
    """The people a count is told of after "من" (and "آخرون") at ``at`` (:data:`PARTITIVE_PLURAL`), or None."""
    words = ctx.sentences[f.si].words
    if at < len(words) and (words[at] in _OTHERS or bare_in(words[at], _RANK_LOSSES)):
        at += 1  # "12 آخرون من"، "10 قتلى من"
        if at < len(words) and words[at].startswith("و") and bare_in(words[at][1:], _RANK_LOSSES):
            at += 1  # "10 قتلى وجرحى من"
    if at + 1 >= len(words) or words[at] != "من":
        return None
    return _partitive_people(ctx, f.si, at + 1, plural=True)


PLACE_YIELDS_TO_COUNT = True
"""Switch (on; off only to measure it): when the only object of the attack is a place it was over (not one a
verb hit) and the dead are counted before the attack word, the counted dead are the target, not the place."""

PLACE_YIELDS_TO_PEOPLE = True
"""Switch (pass 63; on, off only to measure it): when the only object is a place the attack was over and the dead
counted in its sentence are people told by a person noun ("قتل 5 مدنيين في غارة على قرية الزهور"، "قتل
فلسطينيان في قصف على حي"), those people are the target, as the counted side is under PLACE_YIELDS_TO_COUNT; a count
of "persons" ("أشخاص") names no one and leaves the place."""

RANKS_TARGET = True
"""Switch (on; off only to measure it): when nothing else names the target, the side whose ranks the dead,
wounded or losses were in is it -- "سقوط جرحى وقتلى بين صفوف الميليشيا"، "خسائر كبيرة بصفوف المتمردين"
(:func:`_ranks_side`)."""
_RANKS = rules.words("roles", "ranks_words")
_RANK_LOSSES = rules.words("roles", "ranks_loss_words")


def _ranks_side(ctx: DocContext, f: Frame, perp: Mention | None) -> str | None:
    """The actor named right after "في/بين صفوف" or "بصفوف" (at most two words before its name: "في صفوف عناصر
    الميليشيا الحوثية") when a word of dead, wounded or losses stands at most three words before it; never the
    doer. Fighting "in the ranks of" a group ("يقاتل في صفوف داعش") has no such word and names no target."""
    s = ctx.sentences[f.si]
    words = s.words
    for x in range(1, len(words) - 1):
        forms = bare(words[x])
        if words[x] in _RANKS and words[x - 1] in {"في", "بين"}:
            lead = x - 1
        elif words[x][0] == "ب" and not _RANKS.isdisjoint(forms[1:]):
            lead = x
        else:
            continue
        if not any(b in KILLED | INJURED | _RANK_LOSSES or b.removeprefix("ال") in _RANK_LOSSES
                   for w in words[max(0, lead - 3):lead] for b in bare(w)):
            continue
        for m in ctx.actors_in(f.si, x + 1, min(len(words), x + 4)):
            between = range(x + 1, m.i)
            if all(not s.tokens[y].clause_start and words[y].isalpha() and words[y] not in _SITE_PREPOSITIONS
                   and words[y] not in {"من", "في"} for y in between) and (perp is None or m.entry.id != perp.entry.id):
                return m.entry.canonical  # "في صفوف عناصر الميليشيا الحوثية": the group, past its member nouns
        return None
    return None


LOSSES_FROM = True
"""Switch (pass 65): an uncounted noun of the dead, wounded or losses (``ranks_loss_words``: "قتلى"، "جرحى"،
"ضحايا"، "خسائر"; one of two joined by "و") followed by "من" and the side or the people they were of names the
target as "في صفوف" does (:data:`RANKS_TARGET`): "أوقع الهجوم الليلي قتلى وجرحى من الحوثيين" -> the Houthis (the actor
right after "من", never the doer), "قتلى من المتمردين" -> "المتمردين" (a definite plural of people, as
:data:`PARTITIVE_PLURAL` reads it). A count before the noun is left to the count readers."""


def _losses_from(ctx: DocContext, f: Frame, perp: Mention | None) -> tuple[str, bool] | None:
    """(target, is an actor) told after "من" by an uncounted loss noun of the frame (:data:`LOSSES_FROM`), or None."""
    s = ctx.sentences[f.si]
    words = s.words
    for x in range(max(1, f.lo), min(f.hi, len(words) - 1)):
        if words[x] != "من" or s.tokens[x + 1].clause_start:
            continue
        loss = words[x - 1][1:] if words[x - 1].startswith("و") else words[x - 1]
        if not bare_in(loss, _RANK_LOSSES) or x >= 2 and read_quantity(words, x - 2) is not None:
            continue
        for m in ctx.actors_in(f.si, x + 1, min(len(words), x + 4)):
            if m.i == x + 1 and (perp is None or m.entry.id != perp.entry.id) and not _allied(m, perp):
                return m.entry.canonical, True  # "قتلى وجرحى من الحوثيين"
        people = _partitive_people(ctx, f.si, x + 1) or _partitive_people(ctx, f.si, x + 1, plural=True)
        if people is not None:
            return people, False  # "قتلى من المتمردين"
        return None
    return None


SHOOTER_NOT_TARGET = True
"""Switch (on; off only to measure it): the victims' noun is never read at or past a doer cue ("برصاص"،
"بنيران"، "على يد": ``strong_perp_cues``) -- "مقتل فلسطينيين اثنين برصاص جنود" names the shooters there, and
"قتل 4 برصاص مسلحين" has no victims' noun, not the noun "برصاص"."""


def _named_victim(ctx: DocContext, f: Frame) -> str | None:
    """A person killed told by title or by name with a title after it: "اغتيل القيادي في الحزب فلان،" (the
    title up to the clause mark), "مقتل سالم الحداد، أمير كتيبة الفرقان،" (the name and its title)."""
    s = ctx.sentences[f.si]
    words = s.words
    hi = len(words)  # the name and its title run to the clause mark that may end the frame
    named = {t for m in ctx.mentions[f.si] if m.kind in {"actors", "places"} for t in range(m.i, m.j)}

    def to_mark(a: int, limit: int) -> int:
        b = a + 1
        while b < min(hi, a + limit) and not s.tokens[b].clause_start and not s.tokens[b].soft_break and not any(
                c in _PERP_CUES | _STRONG_PERP_CUES for c in bare(words[b])):
            b += 1
        return b

    for x in range(f.lo, min(f.hi, hi - 1)):
        if not bare_in(words[x], _NAMED_KILL):
            continue
        y = x + 1
        if words[y] in _TITLES or NAMED_TITLES and words[y] in _NAMED_TITLES:
            end = to_mark(y, 12)
            if words[y] not in _TITLES:  # (a new title: up to the place it was killed in, "في باريس")
                end = next((t for t in range(y + 1, end) if words[t] in _SITE_PREPOSITIONS | {"في"}
                            and any(m.i == t + 1 for m in ctx.places_in(f.si, t + 1, hi))), end)
                end = _title_name_end(ctx, f.si, y, end)
            if TITLE_ASIDE_NAME:
                end = _past_aside(ctx, f.si, end, to_mark)
            return ctx.quote(*s.token_span(y, end))
        for z in range(y + 1, min(hi - 1, y + 4)):
            if any(t in named or not words[t].isalpha() or words[t] in _OBJECT_STOPS or any(
                    b in KILLED | INJURED | VICTIM_NOUNS | _PERSON_NOUNS for b in bare(words[t])) for t in range(y, z)):
                break
            if (s.tokens[z].clause_start or s.tokens[z].soft_break) and words[z] in _TITLES:
                return ctx.quote(*s.token_span(y, to_mark(z, 8)))
        if GIVEN_NAME_VICTIM and y not in named:
            end = _name_run(s, y, hi)
            if end is not None:
                return ctx.quote(*s.token_span(y, end))
        break
    return None


NAMED_TITLES = True
"""Switch (pass 65): right after a noun or verb of a killing of one person (``named_kill_words``: "مقتل"، "اغتيال"،
"اغتيل"), a definite noun of a post or calling that ``victim_titles`` lacks (``victim_titles_named``: a consul, an
ambassador, an agent, a minister, a judge, a doctor ...) is the person killed, told as the other titles are: "مقتل
القنصل العام في العاصمة" -> "القنصل العام"; "اغتيل العميل السابق فلان" -> the agent and his name. Only in this
reader: the shared title list (victim counts, title chains) is unchanged."""
_NAMED_TITLES = rules.words("roles", "victim_titles_named")


_TITLE_SPAN_STOPS = (_OBJECT_STOPS | _SITE_PREPOSITIONS) - {"في", "من", "عن", "علي", "الي"}
"""Words that end a new title's span (:data:`NAMED_TITLES`): the time, the place or the moment of the killing
("خلال"، "أثناء"، "أمام"، "عند"، "بعد"، "قرب"، "مساء") -- but "في"/"من"/"عن" may still tell the post ("الوزير السابق في
الحكومة")."""


def _title_name_end(ctx: DocContext, si: int, y: int, end: int) -> int:
    """The end of a new title's span that opens at ``y`` (:data:`NAMED_TITLES`): the title, its adjectives and the
    name, cut before a word of time, place or moment (``_TITLE_SPAN_STOPS``, a day or date), a word with "ب"/"ل" glued to a
    common or definite word ("بإطلاق"، "بالرصاص"، "للشرطة") or an indefinite accusative ("مسموما"، "طعنا") that
    is no given name: "اغتيل المهندس فلان خلال عودته" -> "المهندس فلان"."""
    words = ctx.sentences[si].words
    dated = _dated(ctx, si)
    for t in range(y + 1, end):
        w = words[t]
        if t in dated or w in _TITLE_SPAN_STOPS or not w.isalpha():
            return t
        if w in _GIVEN or w in _NAME_LINKS:
            continue
        if w[0] in "بل" and len(w) > 3 and (w[1:].startswith(("ال", "ل")) or w[1:] in _COMMON) \
                or w.endswith("ا") and not w.startswith("ال"):
            return t
    return end


GIVEN_NAME_VICTIM = True
"""Switch (pass 53; on, off only to measure it): a person's full name written right after a noun or verb of killing
with no title ("اغتيال رفيق الحريري"، "مقتل ياسر فلان في"، "اغتيل فرج فلان") is the target: a given name
(``actors.given_names``) and one to three more name words after it, each neither a common word nor an object stop
(a name word may be a given name or "بن"). A given name alone, or one followed by a common word, gives none."""
_GIVEN = rules.words("actors", "given_names")
_COMMON = rules.words("common_words", "common_words")
_NAME_LINKS = frozenset({"بن", "ابن", "بنت", "عبد"})


def _name_run(s, y: int, hi: int) -> int | None:
    """The end of a full name that opens with a given name at ``y`` (at least two words, up to the first word that
    cannot be a name's part), or None."""
    words = s.words
    if words[y] not in _GIVEN:
        return None
    end = y + 1
    while end < min(hi, y + 4) and not s.tokens[end].clause_start and not s.tokens[end].soft_break:
        w = words[end]
        if not w.isalpha() or w in _OBJECT_STOPS:
            break
        if w not in _GIVEN and w not in _NAME_LINKS and (w in _COMMON or w.endswith("ا")):
            break
        end += 1
    if end == y + 1 or words[end - 1] in _NAME_LINKS:
        return None
    return end


TITLE_ASIDE_NAME = True
"""Switch (pass 41; on, off only to measure it): a victim's title closed by an aside in brackets runs on to the
name written after it ("اغتيل القيادي في الحزب (حزب فلان) سالم الحداد،"): the name is part of the target."""


def _past_aside(ctx: DocContext, si: int, end: int, to_mark) -> int:
    """The end of the words after a bracketed aside that opens at ``end`` (at most five words in it), up to the
    next clause mark; ``end`` itself when no bracket opens there or nothing follows it."""
    s = ctx.sentences[si]
    words = s.words

    def gap(t: int) -> str:
        return ctx.quote(s.token_span(t - 1, t)[1], s.token_span(t, t + 1)[0])

    if end >= len(words) or not s.tokens[end].soft_break or "(" not in gap(end):
        return end
    for c in range(end + 1, min(len(words), end + 6)):
        if s.tokens[c].clause_start or not words[c - 1].isalpha():
            return end  # "(يناير 2008)": a date aside, no gloss of the title
        if s.tokens[c].soft_break and ")" in gap(c):
            name = to_mark(c, 4)  # the name: at most four words, closed by a clause mark or the shooters
            if name == c or name - c > 4 or name < len(words) and not (
                    s.tokens[name].clause_start or s.tokens[name].soft_break
                    or any(b in _PERP_CUES | _STRONG_PERP_CUES for b in bare(words[name]))) or any(
                    not words[t].isalpha() or any(b in KILLED | INJURED | _OBJECT_STOPS | _ADVERBS for b in bare(words[t]))
                    for t in range(c, name)):
                return end
            return name
    return end


def _speaker(ctx: DocContext, si: int, m: Mention) -> bool:
    """True when a force is told between a speech verb and its "إن/أن" ("قال فلان مفوض الشرطة في المدينة إن
    انتحاريين قتلوا 18 شخصا"): it reports the attack, it is not what was hit."""
    s = ctx.sentences[si]
    words = s.words
    reach = _SPEAKER_REACH if SPEAKER_WIDE else 6
    said = [x for x in range(max(0, m.i - reach), m.i) if bare_in(words[x], _SPEECH_VERBS)]
    if not said:
        return False
    for t in range(m.j, min(len(words), m.j + reach)):
        if words[t] in _THAT:
            return True
        if any(b in KILLED | INJURED | _OBJECT_VERBS for b in bare(words[t])):
            return False
    return False


SPEAKER_WIDE = True
"""Switch (on; off only to measure it): the speaker's name and title may run to ``_SPEAKER_REACH`` words on each side
of the force ("قال فلان مفوض الشرطة في إقليم كذا بشمال شرق البلاد إن"), not six."""
_SPEAKER_REACH = 9


ACCUSED_NOT_TARGET = True
"""Switch (on; off only to measure it): the force a verb of accusing takes as its object ("اتهم الحاكم الشرطة
بالتقاعس") is blamed, not attacked (:func:`_accused`)."""
_ACCUSE_VERBS = rules.words("roles", "accuse_object_verbs")


def _accused(ctx: DocContext, si: int, m: Mention) -> bool:
    """True when a verb of accusing (``accuse_object_verbs``) stands at most six words before the force, with
    no clause break and no charge ("ب...") between: "اتهمت منظمة حقوقية الجيش بالتقصير" -- the force is accused,
    not the target (in "اتهمت الحكومة المتمردين بقصف مواقع الجيش" the army follows the charge: it was hit)."""
    if not ACCUSED_NOT_TARGET:
        return False
    s = ctx.sentences[si]
    for x in range(m.i - 1, max(-1, m.i - 7), -1):
        if bare_in(s.words[x], _ACCUSE_VERBS):
            return True
        if s.tokens[x].clause_start or s.words[x][0] == "ب":
            break
    return False


def _acting(ctx: DocContext, f: Frame, m: Mention) -> bool:
    """True when a force is written as the subject of an attack verb, right before it ("إن الجيش الأردني شن
    ضربة"، "طيران الجيش والتحالف الدولي وجها ضربات", past forces joined by "و") or right after a
    launching verb ("شنت القوات الأمريكية غارات"): it attacked, it is no target, whoever the record's doer is."""
    s = ctx.sentences[f.si]
    words = s.words
    verbs = _ATTACK_VERBS | _STRIKE_VERBS | _GROUP_VERBS | _LAUNCH_VERBS | _DUAL_ATTACK_VERBS
    if m.i > 0 and not s.tokens[m.i].clause_start and bare_in(words[m.i - 1], _LAUNCH_VERBS):
        return True
    if any(b in _SUPPORT for w in words[max(0, m.i - 3):m.i] for b in bare(w)) and (
            words[m.i - 1] == "من" or bare_in(words[m.i - 1], _SUPPORT) or m.start > s.token_span(m.i, m.i + 1)[0]):
        return True  # "قصف مدفعي بدعم من طيران التحالف"، "قوات مسنودة بالتحالف": the doer's backing
    if words[m.i][0] == "ل" and m.start > s.token_span(m.i, m.i + 1)[0] and any(
            b in _ATTACK_SUBJECTS | _ATTACK_NOUNS | _AMBUSH for w in words[max(0, m.i - 2):m.i] for b in bare(w)):
        return True  # "في قصف للمدفعية الحكومية وغارات لطيران التحالف": the attack's "ل" names its doer
    if SUBJECT_AFTER_VERB and _subject_after_verb(ctx, f.si, m):
        return True  # "أحكمت قوات من الجيش الوطني سيطرتها"، "معركة بدأها الجيش": it advanced, it was not hit
    x = m.j
    while x < len(words) and words[x][0] == "و" and not s.tokens[x].clause_start:
        joined = [n.j for n in ctx.actors_in(f.si, x, len(words)) if n.i == x]
        if not joined:
            break
        x = max(joined)  # "طيران الجيش والتحالف وجها"
    # "إن قوات النخبة، تمكنت من اقتحام الموقع": after "إن/أن" the force is the subject even past a comma
    opened = m.i > 0 and words[m.i - 1] in _THAT
    return x < len(words) and (not s.tokens[x].clause_start or opened) and any(
        b in verbs | _ADVANCE_VERBS or SUBJECT_AFTER_VERB and b in _ACTING_VERBS for b in bare(words[x]))


SUBJECT_AFTER_VERB = True
"""Switch (pass 52, A/B measurement and its tests): a force written right after a verb of advancing, taking or
holding ground (``advance_verbs`` and ``acting_verbs``: "سيطرت/تقدمت/اقتحمت/أحكمت قوات الجيش"، "معركة بدأها
الجيش الوطني"; not a verb of answering, "ردت"، nor "تمكنت ... من صد الهجوم": that force met an attack), past a
unit word ("قوات من الجيش"; ``force_unit_nouns``, ``acting_subject_units``), is that verb's subject: the side that
acted in the fight, not the target of its frame. ``acting_verbs`` also counts when told after the force ("المقاومة
والجيش يتقدمان")."""
_ACTING_VERBS = rules.words("roles", "acting_verbs")
_SUBJECT_UNITS = rules.words("roles", "force_unit_nouns") | rules.words("roles", "acting_subject_units")


def _subject_after_verb(ctx: DocContext, si: int, m: Mention) -> bool:
    """True when the force ``m`` follows a verb of :data:`SUBJECT_AFTER_VERB` in its clause, with at most three
    unit words ("قوات"، "من") between, and no subject is told before that verb (:func:`_told_subject`)."""
    s = ctx.sentences[si]
    words = s.words
    x = m.i - 1
    while x >= max(0, m.i - 3) and not s.tokens[x + 1].clause_start and bare_in(words[x], _SUBJECT_UNITS):
        x -= 1
    if x < 0 or s.tokens[x + 1].clause_start or bare_in(words[x], _REPEL):
        return False  # "ردت القوات": it answered an attack on it
    if bare_in(words[x], _MANAGED) and _repelled(words, m.j):
        return False  # "تمكنت الشرطة من صد الهجوم": it met the attack, it was attacked (``REPELLED_KEEPS``)
    if SUBJECT_TOLD_BEFORE and _told_subject(ctx, si, x):
        return False  # "إن الحوثيين دحروا قوات الجيش": the verb has its subject, the force is its object
    return any(b in _ADVANCE_VERBS or b in _ACTING_VERBS for b in bare(words[x]))


HOLED_TARGET = True
"""Switch (pass 52): with no target read otherwise, the side the frame's sentence tells as holed up in a place
(:func:`~marsad.agent.offline.roles_losses.holed_up`: "اقتحمت القوات المجمع الذي يتحصن فيه مسلحو تنظيم
القاعدة") is the side stormed, when a doer of another side is read (on; off only to measure the rule)."""


def _holed_up_side(ctx: DocContext, f: Frame, perp: Mention | None) -> Mention | None:
    """The force or group told as holed up in the frame's sentence (see :data:`HOLED_TARGET`), or None."""
    if not HOLED_TARGET or perp is None:
        return None
    words = ctx.sentences[f.si].words
    for m in ctx.actors_in(f.si, 0, len(words), FORCE_TYPES | {"armed_group"}):
        if m.entry.id != perp.entry.id and not _same_state(m, perp) and not _allied(m, perp) and holed_up(words, m):
            return m
    return None


SUBJECT_TOLD_BEFORE = True
"""Switch (pass 52, review52 M4; A/B measurement and its tests): :data:`SUBJECT_AFTER_VERB` takes no force after a
verb whose subject is already told: a verb in the plural ("دحروا"، "اقتحموا": a verb before its subject is singular)
or a verb right after an actor in its clause ("إن الحوثيين دحر"). That force is the verb's object, what was attacked."""


def _told_subject(ctx: DocContext, si: int, v: int) -> bool:
    """True when the verb at ``v`` has its subject told before it or in its plural ending (:data:`SUBJECT_TOLD_BEFORE`)."""
    s = ctx.sentences[si]
    if any(len(b) > 3 and b.endswith("وا") for b in bare(s.words[v])):
        return True
    return v > 0 and not s.tokens[v].clause_start and any(
        n.j == v for n in ctx.mentions[si] if n.kind == "actors")


def _allied(m: Mention, perp: Mention | None) -> bool:
    """True when a force fights on the doer's side (``allied_sides``: the Saudi-led coalition and the Yemeni
    government's army and resistance forces): "غارات للتحالف ومواجهات مع الجيش اليمني" -- the coalition's
    strikes are not aimed at the army it backs."""
    if perp is None:
        return False
    side = _SIDES.get(m.entry.id)
    return side is not None and _SIDES.get(perp.entry.id) == side


@lru_cache(maxsize=1)
def _side_by_name() -> dict[str, str]:
    """Canonical name -> side (``allied_sides``), for records that keep names, not registry entries."""
    return {e.canonical: _SIDES[e.id] for e in get_lexicon().entries if e.kind == "actors" and e.id in _SIDES}


def allied_names(target: str | None, doer: str | None) -> bool:
    """True when a record's target (a canonical actor name) fights on the side of its doer: the doer told in
    another sentence of the incident, or lent by the article, meets a target read without it ("غارات للتحالف"
    and "قصفت الميليشيات مواقع الجيش" joined into one incident: the army is not the coalition's target)."""
    if not target or not doer or target == doer:
        return False  # the doer itself is ``_NO_SELF_TARGET``'s case
    sides = _side_by_name()
    side = sides.get(target)
    return side is not None and sides.get(doer) == side


def _same_state(m: Mention, perp: Mention | None) -> bool:
    """True when a force belongs to the state whose force is the doer ("شنت طائرات سلاح الجو الليبي غارات ...
    في إطار محاولات الجيش ...": the army is the air force's side, not its target)."""
    if perp is None or perp.entry.get("type") not in FORCE_TYPES or m.entry.get("type") not in FORCE_TYPES:
        return False
    code = perp.entry.get("country_code")
    return bool(code) and m.entry.get("country_code") == code


_EXPOSED_ADJECTIVES = 2
"""The most adjectives between the attack noun and "الذي تعرض له" ("التفجير الانتحاري الإرهابي الذي ...")."""


def _exposed_noun(words: list[str], k: int, lo: int) -> bool:
    """True when an attack noun (``exposed_attacks``) ends at token ``k``, after at most :data:`_EXPOSED_ADJECTIVES`
    definite adjectives ("التفجير الانتحاري الذي تعرض له")."""
    for y in range(k, max(lo, k - _EXPOSED_ADJECTIVES) - 1, -1):
        if bare_in(words[y], _EXPOSED_ATTACKS):
            return True
        if not words[y].startswith("ال"):
            return False
    return False


def _exposed(ctx: DocContext, f: Frame) -> str | None:
    """X in "تعرضت X لهجوم/لقصف" (X came under attack), up to the attack: "تعرضت إحدى ناقلات النفط لهجوم"."""
    s = ctx.sentences[f.si]
    words = s.words
    for x in range(f.lo, f.hi - 2):
        if not bare_in(words[x], _EXPOSED_VERBS):
            continue
        if x - 2 >= f.lo and words[x - 1] in _RELATIVES and words[x + 1] in _EXPOSED_PRONOUNS \
                and _exposed_noun(words, x - 2, f.lo):
            # "الهجوم الذي تعرض له مقر الحزب": what came under the attack is told after the pronoun
            span = _object_span(ctx, f, x + 2, skip_subject=False)
            if span is not None and not (bare_in(words[span[0]], OBJECT_PLACE_CUES | _REGION_WORDS)
                                         or any(m.i == span[0] for m in ctx.places_in(f.si, span[0], f.hi))):
                return ctx.quote(*s.token_span(*span))
            continue  # "القصف الذي تتعرض له غوطة دمشق": a region is where it struck, not what
        if x > f.lo and words[x - 1] in _RELATIVES:
            before = _exposed_before(ctx, f, x)
            if before is not None:
                return before  # "الصحفي الذي تعرض لاعتداء": who came under it is told before "الذي"
            continue  # "يوليا التي تعرضت مع والدها للتسميم": nothing after the verb is what came under it
        cut = None  # "تعرض مقر الحزب في المدينة، فجر الأحد، للقصف": what came under attack ends at "في"
        for y in range(x + 2, min(f.hi, x + 10)):
            if cut is None and (s.tokens[y].clause_start or s.tokens[y].soft_break or words[y] in _OBJECT_STOPS):
                cut = y
            if words[y][0] == "ل" and (words[y][1:] in _EXPOSED_ATTACKS or words[y][1:].startswith("ل") and
                                       "ال" + words[y][2:] in _EXPOSED_ATTACKS):
                dated = _dated(ctx, f.si)
                end = y if cut is None else cut
                while end > x + 1 and (end - 1 in dated or not words[end - 1].isalpha()):
                    end -= 1
                a = x + 1
                a = past_dates(dated, a, end)
                if a < end and not bare_in(words[a], _NOT_OBJECT_HEADS):
                    return ctx.quote(*s.token_span(a, end))
                break
    return _exposed_masdar(ctx, f)


_EXPOSED_MASDAR = "تعرض"
_MASDAR_PRONOUNS = frozenset({"ه", "ها", "هما"})
"""The pronouns glued to the verbal noun "تعرض" that take it back to one person or two ("بعد تعرضه لهجوم"،
"إثر تعرضها لإطلاق نار"، "نتيجة تعرضهما للتسميم")."""
_ANTECEDENT_NOUNS = frozenset(normalize(w) for w in rules.words("roles", "exposed_antecedent_nouns")
                              | rules.words("roles", "victim_person_nouns") | _TITLES)
_KIN = frozenset(normalize(w) for w in rules.words("casualties", "kin_nouns"))
_ANTECEDENT_REACH = 14
"""The most words between the person and the verbal noun that refers back to it."""
_STANCE_VERBS = frozenset(normalize(w) for w in rules.words("roles", "exposed_stance_verbs")) | _SPEECH_VERBS
"""Verbs of saying, condemning or praising: their subject is no antecedent of what befell another ("وأدان الرئيس
الاعتداء على السفير بعد تعرضه لإطلاق نار"), and the clause they open with "إن/أن" closes the reach back."""
_PLURAL_PERSONS = frozenset(normalize(w) for w in rules.words("roles", "exposed_plural_nouns"))


def _agrees(word: str, pronoun: str) -> bool:
    """Whether a definite person noun agrees with the pronoun of "تعرضه/تعرضها/تعرضهما": "ه" a masculine singular,
    "ها" a feminine singular, "هما" no plural (a dual, or one person joined to kin)."""
    stem = word[2:]
    plural = stem in _PLURAL_PERSONS or word.endswith("ون") or pronoun != "هما" and word.endswith("ين")
    feminine = word.endswith("ه") or stem == normalize("مرأة")
    if pronoun == "ه":
        return not plural and not feminine
    if pronoun == "ها":
        return not plural and feminine
    return not plural


def _exposed_masdar(ctx: DocContext, f: Frame) -> str | None:
    """Who came under the attack in "X ... بعد/إثر/نتيجة تعرضه ل<attack>": the verbal noun "تعرض" with a pronoun
    (:data:`_MASDAR_PRONOUNS`) right before "ل" + an attack noun refers back to the nearest definite person noun
    before it in the sentence that agrees with the pronoun (:func:`_agrees`; ``exposed_antecedent_nouns``,
    ``victim_person_nouns``, ``victim_titles``: "نقل الضابط إلى المستشفى إثر تعرضه لإطلاق نار" -> "الضابط"; a person
    noun right before it heads it: "الناشط المدني"), with the adjectives and the name after it, and for "هما" the kin
    joined to it within three words, with a name after the kin ("العميل السابق سيرغي سكريبال وابنته يوليا"). None
    when no such noun stands within :data:`_ANTECEDENT_REACH` words, or before an "إن/أن" after a verb of saying (what
    he tells is another clause) or a relative pronoun not hung on such a noun ("مبنى البلدية الذي احترق بعد تعرضه"), or a verb of saying, condemning or praising (:data:`_STANCE_VERBS`) stands right
    before it (the speaker is no antecedent of what he tells)."""
    s = ctx.sentences[f.si]
    words = s.words
    for x in range(f.lo, min(f.hi, len(words) - 1)):
        w = bare(words[x])[-1]
        if not (w.startswith(_EXPOSED_MASDAR) and w[len(_EXPOSED_MASDAR):] in _MASDAR_PRONOUNS):
            continue
        nxt = words[x + 1]
        if not (nxt[:1] == "ل" and (nxt[1:] in _EXPOSED_ATTACKS or nxt[1:].startswith("ل")
                                    and "ال" + nxt[2:] in _EXPOSED_ATTACKS)):
            continue
        pronoun = w[len(_EXPOSED_MASDAR):]
        head = None
        for k in range(x - 1, max(-1, x - 1 - _ANTECEDENT_REACH), -1):
            if words[k] in _THAT and any(bare_in(v, _STANCE_VERBS) for v in words[:k]):
                break  # "وقال المتحدث باسم الشرطة العميد فلان إن مبنى ... دمر بعد تعرضه": the speaker is outside
            if _person(words[k]) and _agrees(words[k], pronoun):
                head = k
                break
            if words[k] in _RELATIVES:
                # "مبنى البلدية الذي احترق بعد تعرضه": the noun the relative clause hangs on is the antecedent
                if k > 0 and _person(words[k - 1]) and _agrees(words[k - 1], pronoun):
                    head = k - 1
                break
        if head is None:
            return None
        end = head + 1
        if head > 0 and _person(words[head - 1]):
            head -= 1  # "الناشط المدني": the noun before a person adjective is the head
        if head > 0 and bare_in(words[head - 1], _STANCE_VERBS):
            return None
        while end < x and not s.tokens[end].clause_start and words[end].startswith("ال") \
                and (words[end] in _PERSON_ADJECTIVES or nisba_country(words[end])):
            end += 1  # "العميل الروسي السابق"
        if end < x and not s.tokens[end].clause_start:
            end = _person_name_end(s, end) or end  # "الناشط محمد الحسن"
            end = min(end, x)
        if w.endswith("هما"):
            kin = next((k for k in range(end, min(x, end + 3)) if s.tokens[k].clause_start
                        or words[k][:1] == "و" and normalize(words[k][1:]) in _KIN), None)
            if kin is not None and not s.tokens[kin].clause_start:
                end = kin + 1  # "العميل السابق سيرغي سكريبال وابنته": the two the dual refers back to
                if end < x and words[end].isalpha() and words[end] not in _COMMON and words[end][:1] not in "وبلف" \
                        and not words[end].startswith("ال"):
                    end += 1  # "... وابنته يوليا"
        return _without_preposition(ctx.quote(*s.token_span(head, end)))
    return None


def _person(word: str) -> bool:
    """Whether a word is a definite person noun an "تعرضه" may refer back to (:data:`_ANTECEDENT_NOUNS`)."""
    return word.startswith("ال") and (word in _ANTECEDENT_NOUNS or word[2:] in _ANTECEDENT_NOUNS)


_PERSON_ADJECTIVES = rules.words("roles", "exposed_person_adjectives")
"""Adjectives of a person after the noun of who came under an attack ("الضابط السابق"، "العميل المزدوج")."""


def _exposed_before(ctx: DocContext, f: Frame, x: int) -> str | None:
    """Who came under the attack in "X الذي/التي تعرض(ت) ل<attack>", the attack noun right after the verb at ``x``:
    a name (with the definite title right before it), or the definite noun with the adjectives of a person (``exposed_person_adjectives``, a nationality
    adjective) after it, right before the relative pronoun, its preposition dropped ("صديق للضابط الروسي السابق الذي
    تعرض للتسميم" -> "الضابط الروسي السابق"; "زار الوزير الصحفي الذي تعرض لاعتداء" -> "الصحفي": a definite noun
    before the head is not read). None when the attack word does not follow the verb ("التي تعرضت مع والدها
    للتسميم"), or nothing definite or named stands right before the relative."""
    s = ctx.sentences[f.si]
    words = s.words
    w = words[x + 1]
    if not (w[0] == "ل" and (w[1:] in _EXPOSED_ATTACKS or w[1:].startswith("ل") and "ال" + w[2:] in _EXPOSED_ATTACKS)):
        return None
    rel = x - 1
    if _own_time(ctx, f, x):
        return None  # the relative tells another, older attack on the person ("الوزير الذي تعرض لمحاولة اغتيال قبل
        # عامين")
    given = next((g for g in range(rel - 1, max(f.lo, rel - 4) - 1, -1)
                  if words[g] in _GIVEN and (_person_name_end(s, g) or 0) >= rel - 1), None)
    if given is not None:  # "الناشط محمد الحسن الذي تعرض لإطلاق نار": the name (its last word may be a common
        # word: "الحسن"), and the title right before it
        a = given - 1 if given > f.lo and _definite(words[given - 1]) and not s.tokens[given].clause_start else given
        if a > 0 and bare_in(words[a - 1], _SPEECH_VERBS):
            return None  # the speaker ("وقال الناشط محمد الحسن الذي تعرض ..."): what he said tells the news
        return _without_preposition(ctx.quote(*s.token_span(a, rel)))
    a = rel - 1
    if a < f.lo or not _definite(words[a]) or bare_in(words[a], _EXPOSED_ATTACKS):
        return None
    while a - 1 >= f.lo and words[a].startswith("ال") and (words[a] in _PERSON_ADJECTIVES or nisba_country(words[a])) \
            and _definite(words[a - 1]) and not s.tokens[a].clause_start:
        a -= 1
    if a > 0 and bare_in(words[a - 1], _SPEECH_VERBS):
        return None  # "وقال الوزير الذي تعرض لـ..., إن مسلحين هاجموا": the speaker, not what the news tells was hit
    return _without_preposition(ctx.quote(*s.token_span(a, rel)))


_OWN_TIME_WORDS = rules.words("roles", "exposed_own_time_words")
_OWN_TIME_SPAN = 6
"""How far past the attack noun a time of the relative clause's own may stand ("لمحاولة اغتيال قبل عامين")."""


def _own_time(ctx: DocContext, f: Frame, x: int) -> bool:
    """True when the relative clause of "تعرض" at ``x`` tells its attack as before the news (``exposed_own_time_words``:
    "سابقا"، "قبل عامين") within :data:`_OWN_TIME_SPAN` words of its clause. A date alone is no sign ("الذي تعرض
    لإطلاق نار الأسبوع الماضي" is often the news itself)."""
    s = ctx.sentences[f.si]
    for t in range(x + 2, min(len(s.words), x + 2 + _OWN_TIME_SPAN)):
        if s.tokens[t].clause_start:
            return False
        if bare_in(s.words[t], _OWN_TIME_WORDS):
            return True
    return False


def _without_preposition(text: str) -> str:
    """The phrase without the preposition or conjunction glued to its first word ("للضابط" -> "الضابط"), and a
    hashtag's marks read as the words it joins ("#الضابط_العراقي السابق" -> "الضابط العراقي السابق": news sites tag the people and
    places of a story so, in every kind of story)."""
    text = text.replace("#", "").replace("_", " ").strip()
    if text[:2] == "لل":
        return "ال" + text[2:]
    return text[1:] if text[:3] in {"بال", "وال", "فال", "كال"} else text


def _definite(w: str) -> bool:
    """A definite word, bare or after one preposition or conjunction ("الضابط"، "للضابط"، "بالصحفي")."""
    return w.startswith("ال") or w.startswith("لل") or w[:3] in {"بال", "وال", "فال", "كال"}


def _counted_group(ctx: DocContext, f: Frame, x: int, perp: Mention | None) -> Mention | None:
    """The force or group whose members a count names: "13 عنصرا من ميليشيات الحوثي"، "عشرة من مقاتلي
    الحركة"، "5 جنود من الجيش" (member nouns and "من" between the count and the actor), not the doer."""
    s = ctx.sentences[f.si]
    words = s.words
    y = x
    while y < min(f.hi, len(words), x + 4) and (
            bare_in(words[y], _VICTIM_FILLERS) or words[y] == "من"):
        y += 1
    if y == x or "من" not in words[x:y]:
        return None
    for m in ctx.actors_in(f.si, y, f.hi, FORCE_TYPES | {"armed_group"}):
        if m.i == y and (perp is None or m.entry.id != perp.entry.id):
            return m
    return None


FIRE_OF_DOER = True
"""Switch (pass 54; on, off only to measure it): a force told right after a doer cue (``strong_perp_cues``: "بنيران"،
"برصاص"، "بقذائف"), with at most one word between ("بنيران مدفعية الجيش"، "برصاص قوات الأمن") and no clause mark,
fired: it is never the target force."""


def _fire_of(s, m: Mention) -> bool:
    """Whether the force mention ``m`` follows a doer cue within two words (:data:`FIRE_OF_DOER`)."""
    for k in range(m.i - 1, max(-1, m.i - 3), -1):
        if bare_in(s.words[k], _STRONG_PERP_CUES):
            return True
        if s.tokens[k].clause_start:
            return False
    return False


FRONT_IS_PLACE = True
"""Switch (pass 54; on, off only to measure it): an attack object that opens with a front or axis noun
(``front_nouns``: "جبهة"، "محور"، "الجبهة") is a place, like a town: the fighters counted killed there (read by
:func:`_counted_target`) are the target, else the front stays as where it struck."""
_FRONT_NOUNS = frozenset(normalize(w) for w in rules.words("roles", "front_nouns"))


INSTRUMENT_FROM_DOER = True
"""Switch (pass 54; on, off only to measure it): an instrument phrase "ب" + a shot or shell noun
(``shot_instrument_nouns``), with at most one adjective, then "من" ("برصاصة من جندي"، "بطلق ناري من قناص"، "بقذيفة
من دبابة") names the doer or its weapon after "من", never the victim: :func:`_victim_person` reads no person past it.
"من بين"/"من بينهم" (one of the hit) does not count."""
_SHOT_NOUNS = frozenset(normalize(w) for w in rules.words("roles", "shot_instrument_nouns"))


def _instrument_from(words: list[str], y: int) -> bool:
    """Whether ``words[y]`` opens "ب<shot noun> [adjective] من" (:data:`INSTRUMENT_FROM_DOER`)."""
    w = normalize(words[y])
    if not (w.startswith("ب") and (w[1:] in _SHOT_NOUNS or (w[1:3] == "ال" and w[3:] in _SHOT_NOUNS))):
        return False
    for k in (y + 1, y + 2):
        if k < len(words) and words[k] == "من":
            return not (k + 1 < len(words) and words[k + 1].startswith("بين"))
    return False


HAL_NOT_TARGET = True
"""Switch (pass 54; on, off only to measure it): an object reader that stops on a circumstantial accusative
(``hal_not_target_words``: "توفي فتى متأثرا بجروح"، "نقل مصابا") read how the person died or was left, not whom the
attack hit: the object is dropped and the victim is read as if none were written."""
_HAL_WORDS = frozenset(normalize(w) for w in rules.words("roles", "hal_not_target_words"))


DEFINITE_PERSON_NAMED = True
"""Switch (pass 63; on, off only to measure it): a definite person noun with a name after it, told after a kill or
wound word ("أصيب الطفل سامر بجروح"، "قتل الشاب أحمد الخطيب برصاص"), is the victim, as the indefinite noun is
("قتل شاب"); before, the article "ال" kept the noun from being read and the record had no target."""


def _person_name_end(s, y: int) -> int | None:
    """The end of the name that opens with a given name at ``y`` after a person noun (one to four words), up to a
    word with a "ب"/"ل"/"ف"/"و" clitic that is no given name ("سامر بجروح"، "أحمد الخطيب برصاص"), a casualty word, a
    stop word or the clause mark; None when no given name stands at ``y``."""
    words = s.words
    if words[y] not in _GIVEN:
        return None
    end = y + 1
    while end < min(len(words), y + 4) and not (s.tokens[end].clause_start or s.tokens[end].soft_break):
        w = words[end]
        if not w.isalpha() or w in _OBJECT_STOPS or w not in _GIVEN and (w in _COMMON or w[0] in "بلفو") \
                or any(b in KILLED | INJURED for b in bare(w)):
            break
        end += 1
    return end


_AGE_UNITS = frozenset(normalize(w) for w in ("عاما", "عام", "سنة", "سنوات", "عاماً"))


def _object_after_name(s, end: int) -> bool:
    """True when a count or a person noun follows the name ending at ``end`` (up to three words, before a clitic
    word or the clause mark): the named person is the active kill verb's doer and what follows its object ("قتل
    الشرطي سامر العلي مسلحين اثنين حاولا ..."); an age ("سامر العلي، 25 عاما") is no count."""
    words = s.words
    for j in range(end, min(len(words), end + 3)):
        if s.tokens[j].clause_start or s.tokens[j].soft_break or words[j][:1] in ("و", "ب", "ل", "ف"):
            return False
        q = read_quantity(words, j)
        if q is not None and not (q.end < len(words) and words[q.end] in _AGE_UNITS):
            return True
        if bare_in(words[j], _PERSON_NOUNS | COUNTED_NOUNS | VICTIM_NOUNS):
            return True
    return False


def _victim_person(ctx: DocContext, f: Frame) -> str | None:
    """The person killed or wounded, as written, when no count names them: "قتل شاب فلسطيني برصاص"،
    "مقتل جندي إسرائيلي"، "قتلت عبوة ناسفة ثلاثة مدنيين" (a word for a person, with its nisba after it)."""
    s = ctx.sentences[f.si]
    words = s.words
    for x in range(f.lo, min(f.hi, len(words))):
        if not any(b in KILLED | INJURED | VICTIM_NOUNS for b in bare(words[x])):
            continue
        before = words[x - 2] if x >= 2 else ""
        if words[x - 1] in _RELATIVES and before.startswith("ال") and before[2:] in _PERSON_NOUNS:
            return ctx.quote(*s.token_span(x - 2, x - 1))  # "وكان الجندي، الذي قتل بالرصاص"
        for y in range(x + 1, min(f.hi, len(words), x + 6)):
            if s.tokens[y].clause_start:
                break
            if SHOOTER_NOT_TARGET and bare_in(words[y], _STRONG_PERP_CUES):
                break  # "مقتل فلسطينيين اثنين برصاص جنود": who follows "برصاص" fired, he was not hit
            if INSTRUMENT_FROM_DOER and _instrument_from(words, y):
                break  # "قتلت برصاصة من جندي"، "بطلق ناري من قناص": who follows "من" fired
            if DEFINITE_PERSON_NAMED and words[y].startswith("ال") and words[y][2:] in _PERSON_NOUNS \
                    and y + 1 < min(f.hi, len(words)) and not s.tokens[y + 1].clause_start:
                end = _person_name_end(s, y + 1)
                if end is not None and not _object_after_name(s, end):
                    return ctx.quote(*s.token_span(y, end))  # "أصيب الطفل سامر الأحمد بشظايا"
            if bare_in(words[y], _PERSON_NOUNS) and words[y][0] not in "بل":
                end = y + 1
                nxt = words[end] if end < len(words) and not s.tokens[end].clause_start else ""
                if nxt.isalpha() and nxt.endswith(("ي", "يه", "يين", "يون")) and len(nxt) > 3 and not any(
                        m.i == end for m in ctx.mentions[f.si]) and nxt not in _OBJECT_STOPS:
                    end += 1  # "شاب فلسطيني"
                return ctx.quote(*s.token_span(y, end))
    return None
