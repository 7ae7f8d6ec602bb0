"""A target written as a group noun that refers back ("التنظيم"، "الجماعة الإرهابية"، "مواقع التنظيم") named by the
one armed group the article named before it ("قصفت الطائرات مواقع التنظيم" after "تنظيم داعش" -> "مواقع داعش").
Never the attack's own doer (a group does not strike its own seat), and "الحزب"/"الحركة" only for a group whose
name carries that noun when no other party or movement was written before ("مقر الحزب" after "الحزب الشيوعي" is
the party's seat, not the armed group's).
"""

from __future__ import annotations

from marsad.agent.offline import rules
from marsad.agent.offline.context import DocContext, bare_in
from marsad.agent.offline.frames import Frame
from marsad.agent.offline.mentions import Mention
from marsad.agent.offline.roles_forces import _named_group
from marsad.core.arabic import normalize

__all__ = ["named_anaphor"]

_GROUP_ANAPHORS = rules.words("roles", "anaphoric_groups") - rules.words("roles", "militia_words")
_LABELS = rules.words("roles", "anaphor_labels")
_OWNED_HEADS = rules.words("roles", "owned_target_heads") | rules.words("roles", "member_nouns")
_KIND_NOUNS = {normalize(k): frozenset({normalize(v), normalize("ال" + v)}) for k, v in
               (("الحزب", "حزب"), ("الحركة", "حركة"))}
"""The group nouns that are also a party's or a movement's, with the forms of that noun: they refer back only to a
group named with them ("حزب العمال الكردستاني" ... "مواقع الحزب")."""


def named_anaphor(ctx: DocContext, f: Frame, text: str, perp: Mention | None = None) -> str | None:
    """``text`` with its group noun that refers back replaced by that group's name: the whole target ("التنظيم"،
    "التنظيم الإرهابي") or the owner of an owned noun or of members ("مواقع التنظيم"، "عناصر الجماعة"). None when
    the text is no such noun, or the article named no armed group, or two, before the frame's sentence, or that
    group is the doer ``perp``, or a "الحزب"/"الحركة" the group's name does not carry (:func:`_kind_fits`)."""
    raw = text.split()
    words = [normalize(w) for w in raw]
    head = 1 if len(words) > 1 and words[0] in _OWNED_HEADS else 0
    if head >= len(words) or words[head] not in _GROUP_ANAPHORS or any(w not in _LABELS for w in words[head + 1:]):
        return None
    named = _named_group(ctx, f.si, 0)
    if named is None or perp is not None and perp.entry.id == named.entry.id:
        return None  # "تبنى تنظيم داعش الهجوم ... مقر الحزب": the doer's name would make it strike itself
    kind = _KIND_NOUNS.get(words[head])
    if kind is not None and not _kind_fits(ctx, f.si, named, kind):
        return None
    return " ".join(raw[:head] + [named.entry.canonical])


def _kind_fits(ctx: DocContext, si: int, named: Mention, kind: frozenset[str]) -> bool:
    """True when the article wrote the group ``named`` with the noun ``kind`` ("حزب العمال الكردستاني") and every
    "حزب"/"الحزب" (or "حركة") written in the sentences before ``si`` opens a mention of that group: another party or
    movement named there ("مسؤول في الحزب الشيوعي") may be the one the noun refers back to."""
    carried = False
    for sj in range(si):
        words = ctx.sentences[sj].words
        starts = {m.i for m in ctx.actors_in(sj, 0, len(words)) if m.entry.id == named.entry.id}
        for k, w in enumerate(words):
            if bare_in(w, kind):
                if k not in starts:
                    return False
                carried = True
    return carried
