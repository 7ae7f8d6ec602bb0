"""The doer a story's lead gives to the attacks it goes on to tell one by one: "أدانت الحكومة هجمات الجماعة الانتحارية في
البلدين. وأسفر تفجير في محطة عن مقتل 20" -- news names the group once, as the owner of the attacks, in the opening
sentence, and then tells each attack with no doer.
"""

from __future__ import annotations

from marsad.agent.offline import rules
from marsad.agent.offline.context import FORCE_TYPES, DocContext, bare_in
from marsad.agent.offline.frames import Frame
from marsad.agent.offline.mentions import Mention
from marsad.agent.offline.roles_cues import _BACKGROUND, _has

__all__ = ["LEAD_ATTACKS_OF", "lead_attacks_of"]

LEAD_ATTACKS_OF = True
"""Switch for :func:`lead_attacks_of` (on; off only to measure the rule)."""
_PLURAL_ATTACKS = rules.words("roles", "plural_attack_nouns")
_GROUP_FILLERS = rules.words("roles", "group_filler_words")


def _lead_owner(ctx: DocContext) -> Mention | None:
    """The armed group annexed to a plural attack noun in the lead ("هجمات جماعة X"، "تفجيرات تنظيم X"), when the
    lead names one such group only."""
    key = "roles.lead_attacks_of"
    if key in ctx.memo:
        return ctx.memo[key]
    owners: dict[str, Mention] = {}
    for si in sorted(ctx.lead):
        words = ctx.sentences[si].words
        for m in ctx.actors_in(si, 0, len(words), {"armed_group"}):
            x = m.i - 1
            if x >= 0 and bare_in(words[x], _GROUP_FILLERS):
                x -= 1  # "هجمات جماعة X" where the registry name has no "جماعة"
            if x >= 0 and bare_in(words[x], _PLURAL_ATTACKS):
                owners.setdefault(m.entry.id, m)
    owner = next(iter(owners.values())) if len(owners) == 1 else None
    ctx.memo[key] = owner
    return owner


def lead_attacks_of(ctx: DocContext, f: Frame) -> Mention | None:
    """The group whose attacks the lead tells (:func:`_lead_owner`), for a frame in a later sentence with no doer of
    its own: its sentence names no force or group and is not background, and no other armed group is named from the
    lead's sentence up to the frame's (then the story may have moved to that group's attacks)."""
    if not LEAD_ATTACKS_OF:
        return None
    owner = _lead_owner(ctx)
    if owner is None or ctx.sentences[f.si].start <= owner.start:
        return None
    words = ctx.sentences[f.si].words
    if _has(words, 0, len(words), _BACKGROUND) or ctx.actors_in(f.si, 0, len(words), FORCE_TYPES | {"armed_group"}):
        return None
    for si in range(f.si):
        if ctx.sentences[si].end > owner.start and any(
                m.entry.id != owner.entry.id for m in ctx.actors_in(si, 0, len(ctx.sentences[si].words), {"armed_group"})):
            return None  # another group named between the lead and the frame: the story may have moved to it
    return owner
