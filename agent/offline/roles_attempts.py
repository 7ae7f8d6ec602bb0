"""The side whose attempt set off the fighting: "دارت مواجهات بين الجيش والحوثيين بعد محاولة الميليشيا استعادة مواقع".

Fighting told "بين" two sides names no attacker (GUIDELINES D-31), but when the sentence goes on to say the fighting
followed one side's attempt to storm, infiltrate or take back positions, that side attacked and the other fought it
off (a repelled attack names its attacker). :func:`attempt_side` reads, after the frame's own battle noun, a word of
time ("بعد"، "إثر"، "عقب" ...: ``attempt_time_links``) and an attempt noun (``attempt_words``), the side right after
it (a force or armed group, or a bare militia word standing for the one militia the article named, else for the one
armed group it named) and, at most two words on, what it attempted (``attempt_objects``, or a word of taking back:
``attempt_recapture_objects``).

:func:`repelled_unnamed` reads the attacker of an attack told repelled by a state force with no attacker in its
sentence ("أحبطت قوات الجيش محاولة تسلل على مواقعها"): the one militia, else the one armed group, the article named
up to that sentence -- the front's other side.
"""

from __future__ import annotations

from marsad.agent.offline import rules
from marsad.agent.offline.context import FORCE_TYPES, DocContext, bare_in
from marsad.agent.offline.frames import Frame
from marsad.agent.offline.mentions import Mention
from marsad.agent.offline.roles_cues import _REPEL, _has, militia_word
from marsad.agent.offline.roles_forces import _named_militia
from marsad.agent.offline.roles_sides import _one_group
from marsad.agent.offline.scope import clitic_surfaces

__all__ = ["attempt_side", "repelled_unnamed"]

_ATTEMPTS = rules.words("roles", "attempt_words")
_RECAPTURE = rules.words("roles", "attempt_recapture_objects")
_ATTEMPTED = rules.words("roles", "attempt_objects") | _RECAPTURE
_RECAPTURE_PLACES = rules.words("roles", "attempt_recapture_places")
"""What a taking back must be of to be an attack: positions, ground, a town ("استعادة مواقع"، "استعادة السيطرة على")
-- not calm or order ("محاولة قوات الأمن استعادة الهدوء")."""
_DEFENCE = rules.words("roles", "attempt_defence_words")
"""Words of fending off between the side and the attack it attempted: "محاولة قوات الجيش صد الهجوم" was the side
that repelled the attack, not its doer."""
_DENIED = rules.words("roles", "attempt_denials")
"""A negation right before the word of time ("لا بعد محاولة ..."): the cause the article rules out."""
_CLAIMED = rules.words("roles", "attempt_claim_words")
"""Words of an attempt only claimed in the clause ("كما زعمت وسائل إعلامها"، "محاولة مزعومة"): no doer read from it."""
_ALLIES = rules.words("roles", "beside_words")
_ALLY_REACH = 3
"""How far from a group a word of alliance may stand ("ميليشيات حزب الله إلى جانب قوات النظام"، "بمساندة ميليشيات")."""
_TIME_LINKS = rules.words("roles", "attempt_time_links")
_BATTLE_SURFACES = clitic_surfaces(rules.words("roles", "battle_nouns"))
_ATTEMPT_SURFACES = clitic_surfaces(_ATTEMPTS)
_REPELLED = rules.words("casualties", "repel_objects") | _ATTEMPTS
_REPEL_SURFACES = clitic_surfaces(_REPEL)
_REPEL_REACH = 14
"""How far before the frame's own word the word of repelling may stand, past the backing of the force that fended the
attack off ("وتصدت قوات الجيش، مسنودة بطيران التحالف، لمحاولة تسلل")."""
_OBJECT_SPAN = 2
"""How far after the side the thing attempted may stand ("محاولة فاشلة للميليشيا للتقدم")."""


def attempt_side(ctx: DocContext, f: Frame) -> Mention | None:
    """The side whose attempt the frame's fighting followed, else None (see the module)."""
    s = ctx.sentences[f.si]
    words = s.words
    if _ATTEMPT_SURFACES.isdisjoint(words) or _BATTLE_SURFACES.isdisjoint(words[max(f.lo, f.i - 1):f.j + 1]):
        return None  # most frames: no attempt word, or the fighting is not the frame's own word
    for x in range(f.j, len(words) - 1):
        if s.tokens[x].clause_start and x > f.j + 1 and words[x][0] == "و":
            return None  # another clause: another item
        if not bare_in(words[x], _ATTEMPTS) or not _has(words, x - 1, x, _TIME_LINKS):
            continue
        if _has(words, x - 2, x - 1, _DENIED) or _claimed(s, x):
            return None  # a cause the article rules out or only reports as claimed
        side = _side_after(ctx, f.si, x + 1)
        if side is not None:
            return side
    return None


def _claimed(s, x: int) -> bool:
    """True when a word of claiming stands in the clause of the attempt word at ``x``."""
    words = s.words
    end = next((k for k in range(x + 1, len(words)) if s.tokens[k].clause_start), len(words))
    return _has(words, x, end, _CLAIMED)


def _side_after(ctx: DocContext, si: int, y: int) -> Mention | None:
    """The side named at token ``y`` (past one adjective of the attempt: "محاولة فاشلة للميليشيا") when what it
    attempted follows it within :data:`_OBJECT_SPAN` words."""
    words = ctx.sentences[si].words
    for start in (y, y + 1):
        if start >= len(words):
            return None
        named = [m for m in ctx.actors_in(si, start, min(len(words), start + 4), FORCE_TYPES | {"armed_group"})
                 if m.i == start]
        if named:
            end, side = named[0].j, named[0]
        elif militia_word(words[start]):
            end, side = start + 1, _named_militia(ctx, si, start) or _one_group(ctx, si)
        else:
            continue
        if side is None:
            return None
        k = next((k for k in range(end, min(len(words), end + _OBJECT_SPAN)) if bare_in(words[k], _ATTEMPTED)), None)
        if k is None or _has(words, end, k, _DEFENCE):
            return None  # nothing attempted, or the side tried to fend the attack off ("محاولة الجيش صد الهجوم")
        if bare_in(words[k], _RECAPTURE) and not _has(words, k + 1, k + 3, _RECAPTURE_PLACES):
            return None  # taking back calm or order, not ground
        return side
    return None


def repelled_unnamed(ctx: DocContext, f: Frame) -> Mention | None:
    """The attacker of an attack a state force repelled, its sentence naming no armed group nor a bare militia word
    (see the module): a word of repelling at most :data:`_REPEL_REACH` words before the frame's own word, an attack or
    attempt noun at most two words before that word or at it, a force (not an armed group) named before that word."""
    s = ctx.sentences[f.si]
    words = s.words
    if _REPEL_SURFACES.isdisjoint(words[max(0, f.i - _REPEL_REACH):f.i]):
        return None  # most frames: no word of repelling before
    x = next((k for k in range(f.i - 1, max(-1, f.i - 1 - _REPEL_REACH), -1) if bare_in(words[k], _REPEL)), None)
    if x is None or not _has(words, max(x + 1, f.i - 2), f.j, _REPELLED):
        return None
    if ctx.actors_in(f.si, 0, len(words), {"armed_group"}) or any(militia_word(w) for w in words) \
            or not ctx.actors_in(f.si, 0, f.i, FORCE_TYPES):
        return None  # the attacker is named, if only as "الميليشيات" ("صدت هجوما للميليشيات": other readers'), or no
        # state force is told as fending it off
    group = _named_militia(ctx, f.si, len(words)) or _one_group(ctx, f.si)
    if group is not None and _allied(ctx, f.si, group):
        return None  # the one group named fights beside the force ("تقاتل ميليشيات حزب الله إلى جانب قوات النظام")
    return group


def _allied(ctx: DocContext, si: int, group: Mention) -> bool:
    """True when the article, up to sentence ``si``, tells ``group`` with a word of alliance next to it."""
    for sj in range(si + 1):
        words = ctx.sentences[sj].words
        for m in ctx.actors_in(sj, 0, len(words), {"armed_group"}):
            if m.entry.id == group.entry.id and (_has(words, m.i - _ALLY_REACH, m.i, _ALLIES)
                                                 or _has(words, m.j, m.j + _ALLY_REACH, _ALLIES)):
                return True
    return False
