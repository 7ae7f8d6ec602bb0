""":func:`perpetrator`: the force or group that carried out an event, when the text says or attributes it.

:func:`_doer` holds the order in which the readers are asked (claims, then the frame's own subject, then forces
named otherwise, then sides of battles, back-references and the title) and the cases where the text names no
doer (a negated claim, an unknown doer, a habitual attack). The readers that call back into :func:`_doer` or
:func:`perpetrator` live here too: an incident a definite noun refers back to, an attack listed after
"من بينها"، an event caused by an earlier one, and the doer the title names (switch ``TITLE_DOER``); so does
the coalition a coalition doer is said to be led by.

The accusation readers live in ``roles_accusations`` and the readers of an unwritten doer (dropped subject, a
reporting force's own strike) in ``roles_implicit``; their switches stay here (``ACCUSED_DOER``,
``ONE_INCIDENT_CHARGE``, ``GLUED_ATTRIBUTION``, ``ATTRIBUTED_ANAPHOR``, ``DROPPED_SUBJECT``, ``REPORTER_STRIKE``)
and are passed to them or tested before asking them, so a test patching ``roles_perpetrator.SWITCH`` still works.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from types import MappingProxyType

from marsad.agent.offline import roles_accusations, roles_implicit, roles_subjects, rules
from marsad.agent.offline.casualties import INJURED, KILLED
from marsad.agent.offline.context import FORCE_TYPES, DocContext, bare, bare_in, build_context
from marsad.agent.offline.frames import Frame, find_frames
from marsad.agent.offline.mentions import Mention, get_gazetteer
from marsad.agent.offline.roles_accusations import (  # noqa: F401 (older tests read the lists here)
    _ACCUSATION_CUES,
    _ACCUSE_VERBS,
    _ATTRIBUTE_VERBS,
    _BLAME_CAST,
    _BLAME_WORDS,
    _GROUP_ANAPHORS,
    _HOLD,
    _STAND_BEHIND,
    _SUSPECT,
    Readings,
    _one_incident_charge,
)
from marsad.agent.offline.roles_attempts import attempt_side, repelled_unnamed
from marsad.agent.offline.roles_claims import (
    CONTRAST_CLAIM,
    _article_claim,
    _claim_at,
    _prior_claim,
    _then_apart,
)
from marsad.agent.offline.roles_cues import (
    _ANNEXED_CUES,
    _ATTACK_NOUNS,
    _ATTACK_VERBS,
    _ATTACKER_NOUNS,
    _BACK_NOUNS,
    _BACKGROUND,
    _BLAST_VERBS,
    _CLAIM_NEGATIONS,
    _CLAIM_VERBS,
    _DOER_NOUNS,
    _MANNER,
    _NISBA,
    _REPEL,
    _SPEECH_VERBS,
    _STRIKE_VERBS,
    _UNCLAIMED_VERBS,
    _VICTIM_LINKS,
    _before_subject_nouns,
    _denied,
    _has,
    _is_victim,
    _met_death,
    _self_named_start,
    interceptor_body,
)
from marsad.agent.offline.roles_forces import (
    _aim_subject,
    _as_actor,
    _epithet_doer,
    _militia_doer,
    _nisba_doer,
    _nisba_subject,
    _possessed_attack,
    _relative_subject,
    _state_doer,
    _unit_doer,
    state_forces,
)
from marsad.agent.offline.roles_implicit import (
    _DEFENCE_WORDS,
    _OWN_LOSSES,
    _carried_doer,
    _verb_gender,  # noqa: F401 (older tests read it here)
)
from marsad.agent.offline.roles_killers import killer_after_verb, urged_doer
from marsad.agent.offline.roles_lead import lead_attacks_of
from marsad.agent.offline.roles_losses import inflicted_on
from marsad.agent.offline.roles_parties import parties_side
from marsad.agent.offline.roles_persons import named_attacker, person_doer, undertaker_before
from marsad.agent.offline.roles_sides import (
    _BATTLE_NOUNS,
    _advance_subject,
    _battle_antecedent,
    _between_side,
    _clash_side,
    _dead_side,
    _front_side,
    _lead_side,
    _pair_head,
    _principal,
    _repelled_side,
    _reported_toll,
    _repulse,
    after_battle_doer,
    after_battle_foe,
    either_side,
    repelled_before_doer,
)
from marsad.agent.offline.roles_subjects import (
    _answered,
    _commit_doer,
    _cued_past_frame,
    _fired_at_attacker,
    _frame_doer,
    _managed_doer,
    _masdar_subject,
    _pp_subject,
    _responder,
    _undertaking_doer,
)
from marsad.agent.offline.roles_support import supported_air_doer
from marsad.agent.offline.roles_waged import waged_side
from marsad.agent.offline.scope import clitic_surfaces
from marsad.agent.offline.vocab import FRONTING_IN
from marsad.core.arabic import normalize
from marsad.core.lexicon import Entry
from marsad.schemas.document import Document

__all__ = ["perpetrator"]


_HABITUAL = rules.words("roles", "habitual")
"""Words of a general statement ("في أحيان كثيرة"، "عادة"): who usually attacks is not this attack's doer."""
HABITUAL_QUANTITY = True
"""Switch (pass 43; on; off only to measure the rule): a word of ``habitual_quantity_words`` right before "من"
("خسرت كثيرا من مقاتليها") counts men or things, it does not tell a habit ("كثيرا ما تعرضت")."""
_QUANTITY = rules.words("roles", "habitual_quantity_words")
_CAUSES = rules.words("roles", "cause_words")
"""Words that tell one event as caused by another ("هاجموا مقرا ما أدى إلى اندلاع اشتباكات")."""
_GENERIC_BACK = rules.words("roles", "generic_back_nouns")
"""Of those, the ones that fit any kind of attack ("الهجوم"، "الحادث"); the others refer back to their own kind."""
_OTHER_INCIDENT = rules.words("roles", "other_incident_words")
"""Words after such a noun that make it another incident ("الهجوم الآخر"، "التفجير السابق")."""
_BACK_SENTENCES = int(rules.number("roles", "back_reference_sentences"))
_BACK_TOLL = rules.words("roles", "back_reference_toll_words")
"""Toll words besides the casualty verbs ("وفاة اثنين"، "قتلى"): a retelling with one is a record of its own."""
_RETALIATION = rules.words("roles", "retaliation_words")
""""ردا على"، "انتقاما ل": an event told after them in a claim's sentence is what the claimed act answered."""
_UNKNOWN_VERBS = rules.words("roles", "unknown_doer_verbs")
_IDENTITY = rules.words("roles", "doer_identity_words")
""""لم تتضح الجهة"، "لم تعرف هوية المهاجمين": after a negation, the doer is said not to be known."""
_UNKNOWN_SUBJECTS = rules.words("roles", "unknown_subject_words")
""""مجهولون" right after an attack verb ("فجر مجهولون"، "اغتال مسلحون مجهولون"): the doer is not known."""
_LIST_INTROS = rules.words("roles", "list_intro_words")
_LIST_SURFACES = clitic_surfaces(_LIST_INTROS)
_LED_BY = rules.words("roles", "coalition_led_by")
_LEADERS_OF: dict[str, str] = {normalize(k): v for k, v in rules.table("roles", "coalition_leaders").items()}
"""The leader named after "بقيادة"/"الذي تقوده" -> the registry id of the coalition it leads."""
_COALITIONS = frozenset(_LEADERS_OF.values())
_LED_SPAN = int(rules.number("roles", "coalition_led_span"))
_ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")


AIR_DEFENCE_NO_DOER = True
"""Switch: an air defence force (a registry body marked ``interceptor``) is never the doer: news tells it intercepting
the missiles or drones of the attack ("تم اعتراضها من قبل قوات الدفاع الجوي"), never carrying it out. When the
readers take it, they read the event again without it (A/B)."""


def perpetrator(ctx: DocContext, f: Frame) -> Mention | None:
    """The force or group that carried out the event, when the text says so; else None."""
    m = _doer(ctx, f, True)
    if AIR_DEFENCE_NO_DOER and interceptor_body(m):
        m = _doer(replace(ctx, mentions=[[x for x in ms if not interceptor_body(x)] for ms in ctx.mentions]), f, True)
        if interceptor_body(m):
            return None
    return _led_coalition(ctx, m) if m is not None and m.entry.id in _COALITIONS else m


def _led_coalition(ctx: DocContext, m: Mention) -> Mention:
    """The coalition the text says a coalition doer is led by: "التحالف الذي تقوده المملكة" is the
    Saudi-led coalition, "التحالف بقيادة الولايات المتحدة" the US-led one, whichever the name alone reads as --
    news calls both "التحالف" and even "التحالف الدولي". A word of leading (``coalition_led_by``) at most
    ``coalition_led_span`` words after the name, then the leader (``coalition_leaders``) right after it."""
    after = _ARABIC_WORD.findall(normalize(ctx.text[m.end:m.end + 80]))[:_LED_SPAN + 2]
    for k, w in enumerate(after[:_LED_SPAN]):
        if w in _LED_BY and k + 1 < len(after):
            led = _LEADERS_OF.get(after[k + 1])
            return (_as_actor(m, led) if led != m.entry.id else None) or m
    return m


WHOLE_NAMES = True
"""Switch for :func:`_whole_names` (on; off only to measure the rule)."""


def _whole_names(ctx: DocContext, f: Frame) -> Frame:
    """The frame with its end moved past an actor's name that starts inside it and that the cut between two events
    of one sentence falls within: the cut is made by clause breaks and, failing one, midway between the two
    triggers, with no regard to names, so "جرح 5 أطفال بقذائف ميليشيا الحوثي المسلحة، وقتل 2 آخران"
    is cut after "ميليشيا" and neither event holds the whole name (a mention is inside a frame only whole). A name
    belongs to the event it starts in; the next event, which starts inside the name, still does not hold it."""
    if not WHOLE_NAMES:
        return f
    ends = [m.j for m in ctx.mentions[f.si] if m.kind == "actors" and f.lo <= m.i < f.hi < m.j]
    return replace(f, hi=max(ends)) if ends else f


def _doer(ctx: DocContext, f: Frame, back: bool) -> Mention | None:
    """:func:`perpetrator`; with ``back``, an event told by a definite noun that refers back to an incident
    already told takes that incident's doer (:func:`_back_reference`)."""
    f = _whole_names(ctx, f)
    claimed = _claim_at(ctx, f.si, _prior_claim(ctx, f.si))
    words = ctx.sentences[f.si].words
    if claimed is not None and _has(words, claimed.j, f.i, _RETALIATION):
        claimed = None  # "تبنى الحزب قتل شرطيين ردا على الهجوم الانتحاري": the claim is not of what it answers
    if claimed is not None and _then_apart(ctx, f, claimed):
        claimed = None  # "وسبق أن قتل شقيقه في تفجير عام 2013، وتبنته حينها الحركة": the claim of the past incident
    unclaimed = any(words[x] in _CLAIM_NEGATIONS and any(b in _CLAIM_VERBS | _UNCLAIMED_VERBS for b in bare(words[x + 1]))
                    for x in range(max(0, f.i - 9), f.i - 1))
    if claimed is not None and not (CONTRAST_CLAIM and unclaimed and claimed.i > f.i):
        return claimed  # "أعلن داعش مسؤوليته"، "تبنت حركة الشباب الهجوم"
    if unclaimed:
        return None  # "ولم تعلن أي جهة ...": nobody is named for it (nor by a claim after it:
        # "... لكن التنظيم أعلن مسؤوليته عن الهجومين السابقين")
    if any(
            words[x] in _CLAIM_NEGATIONS and bare_in(words[x + 1], _UNKNOWN_VERBS)
            and _has(words, x + 2, x + 5, _IDENTITY) for x in range(max(0, f.i - 9), f.i - 1)):
        return None  # "ولم تعرف بعد هوية الجهة المسؤولة عن الهجوم": the text says the doer is not known
    if any(words[x] in _UNKNOWN_SUBJECTS and any(
            b in _ATTACK_VERBS | _STRIKE_VERBS | _BLAST_VERBS for w in words[max(f.lo, x - 2):x] for b in bare(w))
            for x in range(f.lo, min(f.hi, len(words)))):
        return None  # "فجر مجهولون سيارات"، "اغتال مسلحون مجهولون ضابطا": the text names no doer
    if _habitual(words, f.lo, f.hi):
        return None  # "وكثيرا ما تعرضت المدينة لهجمات الحركة": who usually attacks, not this attack
    m = after_battle_doer(ctx, f)
    m = _pair_head(ctx, f.si, m) if m is not None else None
    if m is not None:
        return _principal(ctx, f.si, m)  # "استعادت قوات الجيش مواقع ... عقب معارك مع الميليشيا": the side that advanced
    m = _commit_doer(ctx, f) or _undertaking_doer(ctx, f) or _managed_doer(ctx, f) or _frame_doer(ctx, f) or _cued_past_frame(ctx, f)
    if m is not None and m.i >= 0 and (inflicted_on(words, m) or _met_death(words, m)):
        m = None  # "أسفرت المعارك عن تكبيد الميليشيات عشرات القتلى": the side that lost men did not attack
    if after_battle_foe(ctx, f, m):
        m = None  # "عقب معارك تكبدت خلالها الميليشيا خسائر": the side driven out
    if m is not None and (_answered(words, m) or _responder(words, m) or _fired_at_attacker(ctx, f.si, m)):
        return None  # "الشرطة قتلت المهاجم"، "قبل أن تقتله الشرطة": who answered the attack, not who carried it out
    if m is not None:
        m = _pair_head(ctx, f.si, m)
        if m is not None:
            return _principal(ctx, f.si, m)
    m = _relative_subject(ctx, f) or killer_after_verb(ctx, f) or waged_side(ctx, f) or _pp_subject(ctx, f) or _unit_doer(ctx, f) or _attackers_of(ctx, f) or _aim_subject(ctx, f) or _militia_doer(ctx, f) or _masdar_subject(ctx, f) or _nisba_doer(ctx, f) or _nisba_subject(ctx, f) or person_doer(ctx, f) or _epithet_doer(ctx, f) or _state_doer(ctx, f) \
        or _clash_side(ctx, f, perpetrator) or _between_side(ctx, f) or _dead_side(ctx, f, perpetrator) or _pronoun_doer(ctx, f) \
        or _weapon_owner(ctx, f) or urged_doer(ctx, f)
    if m is not None and m.i >= 0 and (inflicted_on(words, m) or _met_death(words, m)):
        m = None  # "لقي خبير الألغام الحوثي فلان مصرعه": the dead man's side
    if after_battle_foe(ctx, f, m):
        m = None  # "تم تحرير الجبال بعد معارك مع الميليشيا": the side driven out
    if m is not None and m.i >= 0 and roles_subjects.RESPONDER_WIDE and (_answered(words, m) or _responder(words, m)):
        return None  # "اشتبكوا مع قوات الأمن التي قتلتهم": the side that answered the attack
    if m is not None:
        return _principal(ctx, f.si, m)
    if STATED_SUBJECT and _stated_subject(ctx, f):
        return None  # "في قصف شنه المتمردون": the text names its own doer; another incident's is not this one's
    return (_article_claim(ctx, f) or _accused_doer(ctx, f) or _dropped_subject(ctx, f) or undertaker_before(ctx, f) or _possessed_attack(ctx, f) or _carried_doer(ctx, f) or _advance_subject(ctx, f) or _caused_by(ctx, f)
            or _shared_subject(ctx, f) or _chain_subject(ctx, f) or _carried_shells(ctx, f) or _same_victims(ctx, f) or _battle_antecedent(ctx, f) or (_back_reference(ctx, f) if back else None) or _repelled_side(ctx, f)
            or _reported_toll(ctx, f) or _reporter_strike(ctx, f) or roles_implicit.admitted_doer(ctx, f) or _lead_side(ctx, f) or _listed_doer(ctx, f) or supported_air_doer(ctx, f) or _title_doer(ctx, f)
            or _setting_doer(ctx, f) or _front_side(ctx, f) or lead_attacks_of(ctx, f) or repelled_before_doer(ctx, f)
            or attempt_side(ctx, f) or repelled_unnamed(ctx, f) or parties_side(ctx, f, _earlier_doer) or either_side(ctx, f) or named_attacker(ctx, f))


def _earlier_doer(ctx: DocContext, g: Frame) -> Mention | None:
    """The doer of an earlier battle a later one refers back to (:func:`roles_parties.parties_side`)."""
    return _doer(ctx, g, False)


def _habitual(words: list[str], lo: int, hi: int) -> bool:
    """True when words ``lo:hi`` hold a word of a habit (``habitual``), not one that counts ("كثيرا من مقاتليها":
    switch ``HABITUAL_QUANTITY``)."""
    if not _has(words, lo, hi, _HABITUAL):
        return False
    if not HABITUAL_QUANTITY:
        return True
    return any(bare_in(words[x], _HABITUAL) and not (bare_in(words[x], _QUANTITY) and x + 1 < len(words) and words[x + 1] == "من")
               for x in range(max(0, lo), min(hi, len(words))))


STATED_SUBJECT = True
"""Switch for :func:`_stated_subject` (on; off only to measure the rule)."""
_SUBJECT_VERBS = rules.words("roles", "stated_subject_verbs")
""""شنه"، "نفذته": a verb that carries the attack noun's pronoun, its subject right after it ("هجوم نفذه ملثمون")."""
_SUBJECT_FORCES = rules.words("roles", "stated_subject_force_heads")
_STATED_SPAN = 4
"""How far before the carrying verb the attack noun may stand ("هجوم بقاذفة صواريخ شنه متمردون")."""
_CLAUSE_SPAN = 20
"""How far back from the frame's word a force noun after a feminine verb may open the frame's clause."""
_FORCE_ACTS = _ATTACK_VERBS | _STRIKE_VERBS | KILLED
"""Verbs of attacking, striking and killing whose subject a force noun right after them is."""


def _stated_subject(ctx: DocContext, f: Frame) -> bool:
    """True when the frame's own words name who did it by a noun the registry does not read as an actor: the
    subject of a verb that carries the attack noun's pronoun ("في قصف شنه المتمردون على الضاحية"، "في هجوم بطائرة
    مسيرة شنه متمردون"، "هجوم نفذه ملثمون") or a force noun right after a feminine attack or killing verb
    that opens the frame's clause ("قتلت قوات الأمن المطلوب في تبادل لإطلاق النار", registry actor or not: the
    readers did not take it as the doer, a responder say). Arabic states
    the doer there; the readers that borrow a doer from elsewhere in the article (a claim, an earlier strike, the
    title) would give this incident another incident's doer. Not when a registry actor or a noun referring back to a
    group ("عناصر التنظيم") is the carrying verb's subject: the other readers own those."""
    s = ctx.sentences[f.si]
    words = s.words
    for v in range(f.lo + 1, min(len(words) - 1, f.hi)):
        if not bare_in(words[v], _SUBJECT_VERBS):
            continue
        for n in range(v - 1, max(f.lo, v - 1 - _STATED_SPAN) - 1, -1):
            if any(b in _ATTACK_NOUNS or b in _BACK_NOUNS for b in bare(words[n])):
                return _subject_noun(ctx, f.si, v + 1)
            if s.tokens[n + 1].clause_start:
                break
    for v in range(f.i, max(-1, f.i - _CLAUSE_SPAN), -1):
        if v + 1 < len(words) and words[v].endswith("ت") and bare_in(words[v + 1], _SUBJECT_FORCES) \
                and bare_in(words[v], _FORCE_ACTS):
            return True  # "قتلت قوات الأمن المطلوب في تبادل لإطلاق النار": the force told as the subject of the clause
        if s.tokens[v].clause_start:
            break
    return False


def _subject_noun(ctx: DocContext, si: int, q: int) -> bool:
    """True when the word at ``q`` opens a doer noun phrase ("المتمردون"، "مسلحون"، "قوات الأمن") with no registry
    actor nor a referring group noun in it (see :func:`_stated_subject`)."""
    words = ctx.sentences[si].words
    if q >= len(words) or not words[q].isalpha():
        return False
    if any(m.kind == "actors" and (q <= m.i < q + 3 or _self_named_start(words, m.i, q) == q)
           for m in ctx.mentions[si]):
        return False
    if _has(words, q, q + 3, _GROUP_ANAPHORS):
        return False
    forms = bare(words[q])
    return any(b in _DOER_NOUNS or b in _SUBJECT_FORCES or b.endswith("ون") and len(b) > 4 for b in forms)


ATTACKERS_OF = True
"""Switch for :func:`_attackers_of` (on; off only to measure the rule)."""
_ATTACKER_MEMBERS = rules.words("roles", "attacker_member_nouns")
"""Nouns that name an attack's own doers ("الانتحاريين"، "المهاجمين"، "المنفذين")."""
_MEMBER_FILLERS = frozenset({"عناصر", "مقاتلي", "مسلحي", "اعضاء", "تنظيم", "جماعه", "حركه"})


def _attackers_of(ctx: DocContext, f: Frame) -> Mention | None:
    """The group the attack's own doers are said to be of: "قتل 6 بينهم انتحاريان من الجماعة"،
    "بينهم ثلاثة من المهاجمين من التنظيم" -- a noun of the attackers (``attacker_member_nouns``: a suicide
    bomber, the attackers, the perpetrators), "من" right after it and the group right after that (past at most one
    word such as "عناصر"). The attackers may be counted among the dead (suicide bombers die): they are still the
    doers, so the group is. Not a denied one."""
    if not ATTACKERS_OF:
        return None
    words = ctx.sentences[f.si].words
    for m in ctx.actors_in(f.si, f.lo, min(len(words), f.hi + 3), {"armed_group"}):
        x = m.i - 1
        if x >= 0 and bare_in(words[x], _MEMBER_FILLERS):
            x -= 1
        if x < 1 or words[x] != "من" or not bare_in(words[x - 1], _ATTACKER_MEMBERS):
            continue
        if not _denied(words, m, f.lo):
            return m
    return None


PRONOUN_FORCES = True
"""Switch for :func:`_pronoun_doer` (on; off only to measure the rule)."""
_PRONOUN_FORCES = rules.words("roles", "pronoun_force_words")
"""A force's men, craft or guns written with its pronoun ("قواتها"، "قناصيها"، "إحدى دباباته")."""


def _pronoun_doer(ctx: DocContext, f: Frame) -> Mention | None:
    """The force or state a pronoun on its forces refers to, when those forces are told as doing the frame's act:
    "جرح 6 مدنيين بقذائف ميليشيا الحوثي، وأصيب 3 آخرون برصاص قناصيها"، "واجهت إسرائيل انتقادات ... حيث
    قتلت قواتها 30 فلسطينيا" -- Arabic names a doer once and then writes its men or guns with its pronoun. The
    forces word (``pronoun_force_words``) stands in the frame after a fire noun ("برصاص"، "بنيران"، "قذائف";
    ``annexed_perp_cues``), right after an attack or strike verb (its subject) or right before one, past at most
    one adjective ("قواتها الأمنية قتلت"); not counted among the dead (``victim_links`` before it). Its antecedent is the nearest force, group
    or state (a state's forces, ``state_doers``) named before it in the sentence, not denied and not the victims."""
    if not PRONOUN_FORCES:
        return None
    s = ctx.sentences[f.si]
    words = s.words
    verbs = _ATTACK_VERBS | _STRIKE_VERBS
    for t in range(f.lo, min(f.hi, len(words))):
        if not bare_in(words[t], _PRONOUN_FORCES):
            continue
        fired = t > 0 and bare_in(words[t - 1], _ANNEXED_CUES)
        after = t > 0 and words[t - 1] not in _ANNEXED_CUES and any(b in verbs for b in bare(words[t - 1]))
        before = any(b in verbs for w in words[t + 1:t + 3] for b in bare(w))
        if not (fired or after or before) or t > 0 and words[t - 1] in _VICTIM_LINKS:
            continue  # "مقتل أحد جنودها": one of its own among the dead
        best: Mention | None = None
        for m in ctx.mentions[f.si]:
            if m.j > t:
                continue
            if m.kind == "actors" and m.entry.get("type") in FORCE_TYPES | {"armed_group"}:
                cand = m
            elif m.kind == "places" and (forces := state_forces(m.entry)) is not None:
                cand = _as_actor(m, forces)
            else:
                continue
            if cand is not None and (best is None or cand.i > best.i):
                best = cand
        if best is not None and not _denied(words, best, 0) and not _is_victim(words, best, f):
            return best
        return None
    return None



DROPPED_SUBJECT = True
"""Switch for :func:`_dropped_subject` (on; off only to measure the rule)."""


def _dropped_subject(ctx: DocContext, f: Frame) -> Mention | None:
    """:func:`roles_implicit._dropped_subject` when ``DROPPED_SUBJECT`` is on."""
    return roles_implicit._dropped_subject(ctx, f) if DROPPED_SUBJECT else None


REPORTER_STRIKE = True
"""Switch for :func:`_reporter_strike` (on; off only to measure the rule)."""


def _reporter_strike(ctx: DocContext, f: Frame) -> Mention | None:
    """:func:`roles_implicit._reporter_strike` when ``REPORTER_STRIKE`` is on."""
    return roles_implicit._reporter_strike(ctx, f) if REPORTER_STRIKE else None



SETTING_DOER = True
"""Switch for :func:`_setting_doer` (on; off only to measure the rule)."""
SETTING_BACK = True
"""Switch for its other direction: the dead told with no doer take the doer of the battle beside them."""


def _setting_doer(ctx: DocContext, f: Frame) -> Mention | None:
    """The doer of the killing a battle noun sets: "قتل 25 فلسطينيا برصاص الاحتلال خلال المواجهات على الحدود"،
    "الاشتباكات قرب السياج مع مقتل 12 شابا بنيران الجيش" -- the sentence tells one incident by two
    words, the battle (clashes, confrontations) and the deaths with who caused them; the battle, told with no
    doer of its own, is the same incident. The frame's own word is a battle noun (``battle_nouns``), not told as
    background nor as repelled; the frame next to it in the sentence, before or after, tells a death or a wound
    with its word not a battle noun, and its doer (read without this rule) is the only force or group the battle
    frame names, if it names one."""
    if not SETTING_DOER:
        return None
    words = ctx.sentences[f.si].words
    battle = bare_in(words[f.i], _BATTLE_NOUNS)
    if not battle and not (SETTING_BACK and {"killed", "injured"} & set(f.concepts)):
        return None
    if _has(words, f.lo, f.hi, _BACKGROUND) or _repulse(words, f):
        return None
    frames = find_frames(ctx, f.si)
    k = next((x for x, g in enumerate(frames) if (g.i, g.j) == (f.i, f.j)), None)
    if k is None:
        return None
    for g in (frames[k - 1] if k > 0 else None, frames[k + 1] if k + 1 < len(frames) else None):
        if g is None or bare_in(words[g.i], _BATTLE_NOUNS) == battle:
            continue  # one frame of the battle, the other of its dead
        if battle and not {"killed", "injured"} & set(g.concepts):
            continue
        busy = ctx.memo.setdefault("roles.setting_busy", set())
        if (f.si, f.i) in busy:
            return None  # asked again while reading the other frame's doer (through a cause or a claim)
        busy.add((f.si, f.i))  # type: ignore[attr-defined]
        try:
            m = _doer(ctx, g, False)
        finally:
            busy.discard((f.si, f.i))  # type: ignore[attr-defined]
        if m is None:
            continue
        if any(o.entry.id != m.entry.id for o in ctx.actors_in(f.si, f.lo, f.hi, FORCE_TYPES | {"armed_group"})):
            return None  # the battle names another side: who fought whom is not told by the killing alone
        if SETTING_NOT_DEAD and any(o.entry.id == m.entry.id and _is_victim(words, o, f)
                                    for o in ctx.actors_in(f.si, f.lo, f.hi, FORCE_TYPES | {"armed_group"})):
            return None  # "قتل 7 من مسلحي الجماعة في مواجهات ... إثر تفجيرهم بيوتا": its own dead
        return m
    return None


SETTING_NOT_DEAD = True
"""Switch: :func:`_setting_doer` gives no doer the frame counts among its dead (the side that started the battle lost
the men the killing tells; who killed them is not told) (on; off only to measure the rule)."""


_FOILED = rules.words("roles", "title_foil_words")
"""Present forms of foiling and repelling, as titles write them ("الجيش يحبط هجوما"): with ``repel_words``, no
attack of the title's took place after them."""
TITLE_DOER = True
"""Switch for :func:`_title_doer` (on; off only to measure the rule)."""


def _title_doer(ctx: DocContext, f: Frame) -> Mention | None:
    """The doer the document's title names for the incident its lead tells with no doer: a title "الحركة تتبنى
    الهجوم على الفندق" over a body that says only "وقع هجوم على فندق" -- news puts the claim or the doer in the
    headline and leaves it out of the lead. The title (``Document.title``, which is not part of the text) is read
    as a sentence of its own, with the same rules; only a frame of the title and a frame in the lead of the same
    kind, or one of them of no kind ("تبنى الهجوم" over "انفجار سيارة"), are the same incident -- two of no kind
    ("تنديدا بالهجوم التركي" over "اعتداء محتجين على شرطيين") tell nothing that makes them one, nor does a death
    alone in the lead ("لقي القيادي مصرعه في جبهة" under a title of air strikes: he may have died in a clash).
    The doer must be named in the body too (the title is read without the article's country, so a bare
    "التحالف" there is not resolved to the coalition the body means), and not told as a doer in the lead: then
    the lead has given it to the incident it belongs to ("صد هجوم شنه تنظيم داعش، وقتل 12 من عناصره"). The doer is given by its registry entry; it has no
    place in the text (its token indices are -1)."""
    if not TITLE_DOER or f.si not in ctx.lead or not ctx.doc.title:
        return None
    if "roles.title_doer" not in ctx.memo:
        ctx.memo["roles.title_doer"] = _TITLE_READING  # the lead's own doers are read below without the title
        ctx.memo["roles.title_doer"] = _title_match(ctx)
    entry = ctx.memo["roles.title_doer"].get((f.si, f.i))  # type: ignore[attr-defined]
    return None if entry is None else Mention(entry, -1, -1, -1, -1, "")


_TITLE_READING: Mapping[tuple[int, int], Entry] = MappingProxyType({})
"""What :func:`_title_doer` holds while it reads the lead's own doers (no title doer yet): a doer read then may differ
from one read after, so :func:`_carried_shells` keeps none read then."""


def _title_match(ctx: DocContext) -> dict[tuple[int, int], Entry]:
    """(sentence, trigger) of the first frame of the lead that each of the title's doers' frames matches -> that
    doer: the title tells the article's incident, which the lead tells first; later frames of the lead tell
    others as often (a past attack recalled, a second incident) and take no doer from the title."""
    out: dict[tuple[int, int], Entry] = {}
    named = {m.entry.id for ms in ctx.mentions for m in ms if m.kind == "actors"}
    if not named:
        return out  # no actor named in the body: no title doer can be (the title is not read; speed only)
    titled = [(types, entry) for types, entry in _read_title(ctx) if entry.id in named]
    if not titled:
        return out  # the title is read without the article's country: "التحالف" there may be another coalition
    told = {m.entry.id for si in sorted(ctx.lead) for g in find_frames(ctx, si) if (m := _doer(ctx, g, True)) is not None}
    for types, entry in titled:
        if entry.id in told:
            continue  # "صد هجوم شنه تنظيم داعش": the lead tells the doer itself, for the frame it belongs to
        for si in sorted(ctx.lead):
            g = next((g for g in find_frames(ctx, si) if (set(types) & set(g.types) or bool(types) != bool(g.types))
                      and not set(g.concepts) <= {"killed", "injured"}), None)
            if g is not None:
                out.setdefault((g.si, g.i), entry)
                break
    return out


def _read_title(ctx: DocContext) -> list[tuple[list[str], Entry]]:
    """The title's frames that have a doer: (their types, the doer's registry entry), in order."""
    doc = ctx.doc
    tctx = build_context(Document(doc_id=doc.doc_id, text=doc.title or "", published=doc.published), get_gazetteer())
    out = []
    for si in range(len(tctx.sentences)):
        words = tctx.sentences[si].words
        for g in find_frames(tctx, si):
            if _has(words, 0, g.i, _REPEL | _FOILED):
                continue  # "التحالف يحبط إطلاق صواريخ حوثية": no attack took place, the body tells what did
            m = perpetrator(tctx, g)
            if m is not None:
                out.append((list(g.types), m.entry))
    return out


LIST_ITEMS = True
"""Switch (pass 60; on, off only to measure it): :func:`_listed_doer` reaches every item of the list, not only the first:
"شن التنظيم هجمات عديدة، من بينها هجوم على مسرح راح ضحيته 90، وتفجير في محطة أودى بحياة 12" -- an item joined by
"و" to the one before passes over the items before it (at most ``_LIST_ITEMS_BACK``) to the frame before the list
word, still with no force or group between."""
_LIST_ITEMS_BACK = 3


def _listed_doer(ctx: DocContext, f: Frame) -> Mention | None:
    """The doer of attacks told in a sentence for one of them it lists after "من بينها"/"أبرزها"
    (``list_intro_words``): "وشن تنظيم داعش هجمات عديدة في فرنسا، من بينها هجوم على مسرح راح ضحيته 90" -- the
    nearest frame before in the sentence, with the list word and no force or group between them (the later items
    joined by "و": :data:`LIST_ITEMS`)."""
    words = ctx.sentences[f.si].words
    if _LIST_SURFACES.isdisjoint(words[:f.i]):
        return None  # most sentences: no list word before the frame (one set test)
    joined = LIST_ITEMS and words[f.i].startswith("و")
    skipped = 0
    for g in reversed(find_frames(ctx, f.si)):
        if g.j > f.i:
            continue
        if ctx.actors_in(f.si, g.j, f.i, FORCE_TYPES | {"armed_group"}):
            return None
        if _has(words, g.j, f.i, _LIST_INTROS):
            return _doer(ctx, g, False)
        if not joined or skipped >= _LIST_ITEMS_BACK:
            return None
        skipped += 1  # "... من بينها هجوم على مسرح، وتفجير في محطة": an earlier item of the list
    return None


TYPED_BACK = True
"""Switch: a back-reference whose frame has a kind ("الهجوم الانتحاري") takes the doer only of a frame of that kind
or of none (on; off only to measure the rule)."""


def _back_reference(ctx: DocContext, f: Frame) -> Mention | None:
    """The doer of the incident a definite attack noun refers back to: "قتل فلسطينيان في قصف إسرائيلي على
    القطاع ... وأعلنت الوزارة وفاة اثنين في القصف شرقي المدينة" -- Arabic news retells an incident it
    has told with the definite noun and no doer. The frame's own word must be such a noun (``back_reference_nouns``,
    after "ال" or a demonstrative), not "الهجوم الآخر"/"السابق" (another incident), in a sentence that names no
    force or group and does not open a new place of a round-up ("وفي تعز، ..."), and tells a toll of its own
    (without one, the retelling is no record, and a doer must not make it one). The incident referred to is the
    nearest frame told before, in the ``back_reference_sentences`` sentences before, of the same kind (any kind
    for "الهجوم"/"الحادث"); its doer is read without this rule, and none there means none here -- the rule never
    passes over the incident nearest before to reach another."""
    s = ctx.sentences[f.si]
    words = s.words
    if ctx.actors_in(f.si, 0, len(words), FORCE_TYPES | {"armed_group"}):
        return None
    first = words[0] if words else ""
    if first in FRONTING_IN or _has(words, f.lo, f.hi, _BACKGROUND):
        return None
    if not _has(words, f.lo, f.hi, KILLED | INJURED | _BACK_TOLL):
        return None  # only a retelling with a toll of its own, which is a record anyway: a doer must not make one
    generic = None
    for t in range(f.i, f.j):
        forms = bare(words[t])
        if _BACK_NOUNS.isdisjoint(forms):
            continue
        if t + 1 < len(words) and bare_in(words[t + 1], _OTHER_INCIDENT):
            return None  # "الهجوم الآخر": another incident
        generic = not _GENERIC_BACK.isdisjoint(forms) or not f.types
        break
    if generic is None:
        return None
    for sj in range(f.si, max(-1, f.si - 1 - _BACK_SENTENCES), -1):
        before = [g for g in find_frames(ctx, sj) if g.hi <= f.lo or sj < f.si]
        for g in reversed(before):
            if set(g.types) & set(f.types) or generic and not (TYPED_BACK and f.types and g.types):
                # ("بعد أيام على الهجوم الانتحاري" after air strikes told just before: a retelling of one kind
                # does not refer back to a strike of another, whatever its head noun)
                return _doer(ctx, g, False)
    return None


def _caused_by(ctx: DocContext, f: Frame) -> Mention | None:
    """The doer of an earlier event of the same sentence that the text says caused this one ("عناصر من داعش
    هاجموا ثكنة الكتيبة فاندلعت مواجهات قتل فيها جندي"): a cause word between the two and
    no force or group named between them."""
    s = ctx.sentences[f.si]
    words = s.words
    if not _has(words, 0, f.i, _CAUSES):
        return None
    for g in reversed(find_frames(ctx, f.si)):
        if g.i >= f.i:
            continue
        between = [m for m in ctx.actors_in(f.si, g.j, f.i, FORCE_TYPES | {"armed_group"}) if not (
            words[m.i].startswith("لل") or words[m.i][0] == "ل" and m.start > s.token_span(m.i, m.i + 1)[0])]
        # (not "حاجزا للجيش": the owner of what was hit)
        if between:
            return None
        if _has(words, g.j, f.i, _CAUSES) or (
                CAUSE_SUBJECT and _has(words, max(g.lo, g.i - _CAUSE_SUBJECT_SPAN), g.i, _CAUSES)
                and f.i > g.j and words[f.i - 1] in _RESULT_PREPS):
            return perpetrator(ctx, g)
        return None
    return None


CARRIED_SHELLS = True
"""Switch for :func:`_carried_shells` (on; off only to measure the rule)."""


def _carried_shells(ctx: DocContext, f: Frame) -> Mention | None:
    """The doer of the shelling told in the sentence just before, for shells told in the next one with no force or
    group named at all ("أمطر المسلحون بلدتين بالقذائف. وأفاد مرصد بمقتل خمسة في قذائف سقطت على البلدتين"): news
    names who fired, then tells where the shells fell and whom they killed in the passive. Only a shelling frame
    (``shelling`` among its types), a sentence that names no force, group or state's forces, and a doer read for a
    shelling frame of the sentence before (read without back-references)."""
    if not CARRIED_SHELLS or "shelling" not in f.types or f.si == 0:
        return None
    s = ctx.sentences[f.si]
    if not any(b.startswith(_SHELL_NOUNS) for w in s.words[f.lo:f.hi] for b in bare(w)):
        return None  # "وقال مصدر إن القصف أدى إلى تقدم المقاومين نحو ...": the shelling named again, told by its result
    if ctx.actors_in(f.si, 0, len(s.words), FORCE_TYPES | {"armed_group"}) or any(
            m.kind == "places" and state_forces(m.entry) is not None and not (m.i > 0 and s.words[m.i - 1] in _PLACE_PREPS)
            for m in ctx.mentions[f.si]):
        return None  # (a force or group named anywhere: the shells may be its own, or fired at it)
    if ctx.memo.get("roles.setting_busy") or ctx.memo.get("roles.title_doer") is _TITLE_READING:
        return _shelling_doer(ctx, f.si - 1)  # (read while another rule's guard stands: kept out of the cache)
    cache: dict[int, Mention | None] = ctx.memo.setdefault("roles.shelling_doers", {})  # type: ignore[assignment]
    if f.si - 1 not in cache:
        cache[f.si - 1] = _shelling_doer(ctx, f.si - 1)
    return cache[f.si - 1]


def _shelling_doer(ctx: DocContext, si: int) -> Mention | None:
    """The doer of the first shelling frame of sentence ``si`` that has one (read without back-references): what
    :func:`_carried_shells` carries, read once per sentence."""
    for g in find_frames(ctx, si):
        if "shelling" in g.types:
            m = _doer(ctx, g, False)
            if m is not None:
                return m
    return None


_SHELL_NOUNS = ("قذيفه", "قذائف", "القذيفه", "القذائف")
"""The shells themselves ("قذائف سقطت على ..."): what :func:`_carried_shells` reads, not a shelling named again."""
_PLACE_PREPS = frozenset({"في", "داخل", "قرب", "من", "الي", "باتجاه", "نحو", "علي"})
"""Words before a state's name that make it a place ("في سوريا"), not the forces that fired."""


CAUSE_SUBJECT = True
"""Switch (on; off only to measure the rule): :func:`_caused_by` also reads the event that is the subject of the cause
verb -- "أسفر القصف العنيف التركي لمخازن الوقود قرب القرية، عن مقتل ثلاثة": the cause verb stands before the first
event's word (at most ``_CAUSE_SUBJECT_SPAN`` words: its adjectives) and the second event's word comes right after the
preposition of the result ("عن"، "إلى"). Arabic tells the cause as the verb's subject and the toll after "عن"; when the
subject is long enough to be read as an event of its own, the toll is a frame with no doer in it."""
_CAUSE_SUBJECT_SPAN = 4
_RESULT_PREPS = frozenset({"عن", "الي", "الى"})  # (words are normalized: "إلى" is "الي")


SHARED_SUBJECT = True
"""Switch for :func:`_shared_subject` (on; off only to measure the rule)."""
_SHARED_VERBS = _ATTACK_VERBS | _STRIKE_VERBS | frozenset(v for v in _BLAST_VERBS if not v.startswith(("ال", "ب", "ت")))


def _shared_subject(ctx: DocContext, f: Frame) -> Mention | None:
    """The doer of the event told just before in the sentence, for an act told by a verb joined to it with "و"/"ف"
    and no subject of its own: "قصف الطيران الحربي مخزنا جنوب البلدة وقصف بقذائف موقعا آخر"، "شنت
    المقاتلات غارات على الميناء واستهدفت مخزنا" -- Arabic writes a second act of one doer as a second verb with
    the subject left out. The frame's own word is an attack or strike verb with the conjunction on it; no doer noun
    ("مسلحون"، "عناصر"، "مجهولون") stands right after it (a new subject); the doer of the frame told just before it in the
    sentence (read without back-references) is this one's."""
    if not SHARED_SUBJECT:
        return None
    words = ctx.sentences[f.si].words
    w = words[f.i]
    if len(w) < 4 or w[0] not in "وف" or w[1:] not in _SHARED_VERBS:
        return None
    if _has(words, f.i + 1, min(f.i + 3, len(words)), _DOER_NOUNS | _ATTACKER_NOUNS | _UNKNOWN_SUBJECTS):
        return None  # "وفجر مسلحون عبوة": another subject
    before = [g for g in find_frames(ctx, f.si) if g.i < f.i]
    if not before:
        return None
    return _doer(ctx, before[-1], False)


CHAIN_SUBJECT = True
"""Switch for :func:`_chain_subject` (on; off only to measure the rule)."""
_CHAIN_SPAN = 25
_CHAIN_OPENERS = frozenset({"لكن", "ولكن", "كما", "بينما", "فيما", "ثم"})
_THAT_WORDS = frozenset({"ان", "انه", "انها", "انهم", "لان", "وان"})
_CHAIN_VERBS = frozenset({"شن", "شنت", "شنوا", "نفذ", "نفذت", "نفذوا"})
_CHAIN_KILLS = frozenset({"قتل", "قتلت", "قتلوا", "اعدم", "اعدمت", "اعدموا", "ذبح", "ذبحت", "ذبحوا"})


def _chain_subject(ctx: DocContext, f: Frame) -> Mention | None:
    """The subject that opens the sentence, for an act told by a verb joined to earlier verbs with "و"/"ف" and no
    subject of its own, when the verbs before it tell no attack of their own: "واستغل التنظيم الفوضى فسيطر على
    بلدات وأعدم أجانب"، "لكن قوات الاحتلال قمعت المسيرات وقتلت 20 فلسطينيا" -- one subject for a chain of verbs,
    as :func:`_shared_subject` reads it when the verb before is an attack. The subject is the sentence's first force
    or group, at most two words from its start (a verb or an opener, not a verb of saying: "قالت الشرطة إن ..."),
    glued to nothing; between it and the frame no other force or group, no doer noun ("مسلحا"، "المهاجم") and no
    "إن"/"أن" (a new clause with its own subject: "بعد أن طعن رجلا، وأصاب")."""
    if not CHAIN_SUBJECT:
        return None
    s = ctx.sentences[f.si]
    words = s.words
    v = next((v for v in (f.i, f.i - 1) if v >= 0 and len(words[v]) >= 3 and words[v][0] in "وف" and (
        words[v][1:] in _SHARED_VERBS | _CHAIN_KILLS or v < f.i and words[v][1:] in _CHAIN_VERBS)), None)
    if v is None:
        return None  # the frame's own verb, or a verb of doing before its noun ("وشن هجمات على سفارات")
    if _has(words, v + 1, min(v + 3, len(words)), _DOER_NOUNS | _ATTACKER_NOUNS | _UNKNOWN_SUBJECTS):
        return None  # "وفجر مسلحون عبوة": another subject
    cands = ctx.actors_in(f.si, 0, f.i, FORCE_TYPES | {"armed_group"})
    if not cands:
        return None
    m = cands[0]
    x = _before_subject_nouns(words, m, 0)
    if x > 2 or m.start > s.token_span(m.i, m.i + 1)[0] or f.i - m.j > _CHAIN_SPAN:
        return None
    if any(len(t) < 3 or any(b in _SPEECH_VERBS or b in FRONTING_IN for b in bare(t))
           for t in words[:x] if t not in _CHAIN_OPENERS):
        return None  # "قالت الشرطة"، "في غزة": not the subject of the verbs after it
    between = words[m.j:f.i]
    if len(cands) > 1 or not _THAT_WORDS.isdisjoint(between) or _has(words, m.j, f.i, _DOER_NOUNS | _ATTACKER_NOUNS):
        return None
    if _denied(words, m, 0) or _is_victim(words, m, f) or _answered(words, m) or _responder(words, m):
        return None
    if CHAIN_NOT_DEFENDER and (_has(words, m.j, v, _DEFENCE_WORDS | _REPEL) or words[v][1:] in _CHAIN_KILLS and _has(
            words, v + 1, min(len(words), v + 5), _CHAIN_OWN_DEAD)):
        return None  # "أحبطت قوات الحشد هجوما انتحاريا ... وقتل 3 من عناصرها": it fended the attack off, its own men fell
    return m


CHAIN_NOT_DEFENDER = True
"""Switch: in :func:`_chain_subject`, a subject whose earlier verbs fend an attack off ("صدت"، "أحبطت"، "تصدت") or
whose own men the joined killing verb counts ("وقتل 3 من عناصرها": the passive, its own losses) did not carry the
attack out (on; off only to measure the rule)."""
_CHAIN_OWN_DEAD = frozenset(w for w in _OWN_LOSSES if w.endswith(("ه", "ها")) and not w.startswith("موقع"))


SAME_VICTIMS = True
"""Switch for :func:`_same_victims` (on; off only to measure the rule)."""
_COUNT = re.compile(r"^\d+$")


def _victim_noun(words: list[str], lo: int, hi: int) -> str | None:
    """The noun right after the first count of a frame ("132 فلسطينيا" -> "فلسطيني"), its accusative alif or sound
    plural ending taken off; None when the frame counts no one."""
    for x in range(lo, min(hi, len(words)) - 1):
        if _COUNT.match(words[x]):
            w = words[x + 1]
            for end in ("يين", "يون", "ين", "ون", "ا"):
                if w.endswith(end) and len(w) - len(end) >= 3:
                    return w[:-len(end)] if end not in ("يين", "يون") else w[:-len(end)] + "ي"
            return w
    return None


def _same_victims(ctx: DocContext, f: Frame) -> Mention | None:
    """The doer of a killing told before in the sentence that counts the same victims, for a killing told with no
    doer: "قتل 132 فلسطينيا على أيدي قوات الاحتلال منذ بدء الاحتجاجات ... عندما قتل 61 فلسطينيا في تظاهرات" --
    news gives the total with its doer, then the day's dead of the same people with none. Both frames tell deaths
    or wounds; the victims' noun after the count is the same word; no force or group named between them; the earlier
    frame's doer is read without back-references."""
    if not SAME_VICTIMS or not {"killed", "injured"} & set(f.concepts):
        return None
    words = ctx.sentences[f.si].words
    noun = _victim_noun(words, f.i, f.hi) or _victim_noun(words, f.lo, f.i)
    if noun is None:
        return None
    for g in reversed(find_frames(ctx, f.si)):
        if g.i >= f.i or not {"killed", "injured"} & set(g.concepts):
            continue
        if (_victim_noun(words, g.i, g.hi) or _victim_noun(words, g.lo, g.i)) != noun or ctx.actors_in(f.si, g.hi, f.i, FORCE_TYPES | {"armed_group"}):
            return None
        return _doer(ctx, g, False)
    return None


WEAPON_OWNER = True
"""Switch for :func:`_weapon_owner` (on; off only to measure the rule)."""
_MADE_IN = rules.words("roles", "made_in_words")


def _weapon_owner(ctx: DocContext, f: Frame) -> Mention | None:
    """The state or group whose adjective or name stands right after the frame's weapon or sniper word: "قتل لغم
    حوثي مزارعا"، "بانفجار عبوة ناسفة حوثية"، "ألغام الحوثيين قتلت رجلين"، "برصاص قناص إسرائيلي" -- news
    tells whose mine, shell or sniper it was by the adjective of the side that laid or fired it (``nisba_doers``)
    or by annexing its name. The weapon is one the glossary marks as such, or the frame's own sniper word; at most
    one adjective of manner between ("لغم أرضي حوثي"); not where the weapon was made ("قذائف روسية الصنع"); an
    annexed name is a force or group, not told among the dead."""
    if not WEAPON_OWNER:
        return None
    s = ctx.sentences[f.si]
    words = s.words
    ends = [g.j for g in ctx.glossary[f.si] if f.lo <= g.i < f.hi and (g.entry.get("weapon") or (
        LEFT_BY and g.entry.id in _OWNED_ENTRIES) or (
        g.entry.id == "sniper" and f.i <= g.i < f.j))]
    for y in ends:
        if y < f.hi - 1 and words[y] in _MANNER:
            y += 1
        if y >= min(f.hi, len(words)):
            continue
        if y + 1 < len(words) and bare_in(words[y + 1], _MADE_IN):
            continue  # "قذائف روسية الصنع"
        if LEFT_BY and y + 2 < min(f.hi, len(words)) and words[y] == "من" and bare_in(words[y + 1], _LEFT_BY):
            y += 2  # "لغم أرضي من مخلفات الميليشيات": the side that left the mine behind laid it
        doer = _NISBA.get(words[y])
        entry = get_gazetteer().lexicon.get("actors", doer) if doer else None
        if entry is not None:
            start, end = s.token_span(y, y + 1)
            return Mention(entry, y, y + 1, start, end, ctx.quote(start, end))
        for m in ctx.mentions[f.si]:
            if m.i == y and m.j <= f.hi and m.kind == "actors" and m.entry.get("type") in FORCE_TYPES | {"armed_group"} \
                    and not _is_victim(words, m, f):
                return m
    return None


LEFT_BY = True
"""Switch (on; off only to measure it): in :func:`_weapon_owner`, "من مخلفات"/"من زرع" (``weapon_left_by``) may
stand between the weapon and its owner."""
_LEFT_BY = rules.words("roles", "weapon_left_by")
_OWNED_ENTRIES = frozenset(rules.phrases("roles", "owned_weapon_entries"))
"""Glossary entries read as weapons with an owner though the glossary marks them as context ("landmine")."""

ACCUSED_DOER = True
"""Switch for :func:`_accused_doer` (on; off only to measure the rule)."""
ONE_INCIDENT_CHARGE = True
"""Switch: an accusation whose charge names one incident by its noun, even indefinite ("اتهمت الحكومة الحركة بتنفيذ
تفجير سيارة مفخخة في سوق"، "يحمل الحركة مسؤولية تفجير موكب الوزير"), charges that incident told in the sentence:
the accused side is its doer as for a definite one (:func:`_one_incident_charge`)."""
GLUED_ATTRIBUTION = True
"""Switch: an attribution may write "إلى" as "ل" glued to the side ("تفجير نسب لتنظيم داعش"، "نسب للتنظيم")."""
ATTRIBUTED_ANAPHOR = True
"""Switch for :func:`_attributed_anaphor` (on; off only to measure the rule)."""


def _readings() -> Readings:
    """The accusation switches above, as :mod:`roles_accusations` reads them."""
    return Readings(ONE_INCIDENT_CHARGE, GLUED_ATTRIBUTION, ATTRIBUTED_ANAPHOR)


def _accused_doer(ctx: DocContext, f: Frame) -> Mention | None:
    """:func:`roles_accusations._accused_doer` when ``ACCUSED_DOER`` is on."""
    return roles_accusations._accused_doer(ctx, f, _readings()) if ACCUSED_DOER else None


def _accusation_in(ctx: DocContext, si: int) -> tuple[Mention, bool] | None:
    """:func:`roles_accusations._accusation_in` with the switches above."""
    return roles_accusations._accusation_in(ctx, si, _readings())
