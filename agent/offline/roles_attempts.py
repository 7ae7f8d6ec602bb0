"""The side whose attempt set off the fighting: "دارت مواجهات بين الجيش والحوثيين بعد محاولة الميليشيا استعادة مواقع".

Fighting told "بين" two sides names no attacker (GUIDELINES D-31), but when the sentence goes on to say the fighting
followed one side's attempt to storm, infiltrate or take back positions, that side attacked and the other fought it
off (a repelled attack names its attacker). :func:`attempt_side` reads, after the frame's own battle noun, a word of
time ("بعد"، "إثر"، "عقب" ...: ``attempt_time_links``) and an attempt noun (``attempt_words``), the side right after
it (a force or armed group, or a bare militia word standing for the one militia the article named, else for the one armed group it named) and, at most two
words on, what it attempted (``attempt_objects``, or a word of taking back: ``attempt_recapture_objects``).
"""

from __future__ import annotations

from marsad.agent.offline import rules
from marsad.agent.offline.context import FORCE_TYPES, DocContext, bare_in
from marsad.agent.offline.frames import Frame
from marsad.agent.offline.mentions import Mention
from marsad.agent.offline.roles_cues import _DENIALS, _has, militia_word
from marsad.agent.offline.roles_forces import _named_militia
from marsad.agent.offline.roles_sides import _one_group
from marsad.agent.offline.scope import clitic_surfaces

__all__ = ["attempt_side"]

_ATTEMPTS = rules.words("roles", "attempt_words")
_ATTEMPTED = rules.words("roles", "attempt_objects") | rules.words("roles", "attempt_recapture_objects")
_TIME_LINKS = rules.words("roles", "attempt_time_links")
_BATTLE_SURFACES = clitic_surfaces(rules.words("roles", "battle_nouns"))
_ATTEMPT_SURFACES = clitic_surfaces(_ATTEMPTS)
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
        side = _side_after(ctx, f.si, x + 1)
        if side is not None and not _has(words, max(0, x - 5), x, _DENIALS):
            return side
    return None


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
        if side is not None and _has(words, end, min(len(words), end + _OBJECT_SPAN), _ATTEMPTED):
            return side
        return None
    return None
