"""A target written as a group noun that refers back ("التنظيم"، "الجماعة الإرهابية"، "مواقع التنظيم") named by the
one armed group the article named before it ("قصفت الطائرات مواقع التنظيم" after "تنظيم داعش" -> "مواقع داعش").
"""

from __future__ import annotations

from marsad.agent.offline import rules
from marsad.agent.offline.context import DocContext
from marsad.agent.offline.frames import Frame
from marsad.agent.offline.roles_forces import _named_group
from marsad.core.arabic import normalize

__all__ = ["named_anaphor"]

_GROUP_ANAPHORS = rules.words("roles", "anaphoric_groups") - rules.words("roles", "militia_words")
_LABELS = rules.words("roles", "anaphor_labels")
_OWNED_HEADS = rules.words("roles", "owned_target_heads") | rules.words("roles", "member_nouns")


def named_anaphor(ctx: DocContext, f: Frame, text: str) -> str | None:
    """``text`` with its group noun that refers back replaced by that group's name: the whole target ("التنظيم"،
    "التنظيم الإرهابي") or the owner of an owned noun or of members ("مواقع التنظيم"، "عناصر الجماعة"). None when
    the text is no such noun, or the article named no armed group, or two, before the frame's sentence."""
    raw = text.split()
    words = [normalize(w) for w in raw]
    head = 1 if len(words) > 1 and words[0] in _OWNED_HEADS else 0
    if head >= len(words) or words[head] not in _GROUP_ANAPHORS or any(w not in _LABELS for w in words[head + 1:]):
        return None
    named = _named_group(ctx, f.si, 0)
    if named is None:
        return None
    return " ".join(raw[:head] + [named.entry.canonical])
