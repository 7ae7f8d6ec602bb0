"""The doer of a killing told verb first: "وقتلت قوات الأمن ثلاثة متظاهرين"، "قتل الجيش الإسرائيلي فلسطينيين اثنين":
a force or armed group right after an active verb of killing, with its object after it, killed them; and the force
told as led or daring to strike ("شجع القرار القوات على قتل المحتجين"، "أقدمت الشرطة على إطلاق النار"; :func:`urged_doer`).
"""

from __future__ import annotations

from marsad.agent.numbers import read_quantity
from marsad.agent.offline import rules
from marsad.agent.offline.casualties_words import _dual_noun
from marsad.agent.offline.context import FORCE_TYPES, DocContext, bare_in, past_dates
from marsad.agent.offline.frames import Frame
from marsad.agent.offline.mentions import Mention
from marsad.agent.offline.roles_cues import _OBJECT_STOPS, _dated

__all__ = ["killer_after_verb", "urged_doer"]

_KILL_VERBS = rules.words("roles", "active_kill_verbs")
_KILLED_PEOPLE = rules.words("roles", "killed_person_nouns")
_FIGHTERS = rules.words("roles", "fighter_objects")
_ADVERBS = _OBJECT_STOPS | rules.words("roles", "kill_object_adverbs")
"""Words after the killer that are no object: the object stops and adverbs in "-ا" ("مجددا"، "أيضا"، "حاليا"),
which the accusative ending would admit ("وقتل الجيش مجددا في قصف" is passive: no doer)."""
_OBJECT_ENDS = _OBJECT_STOPS - {"من"}
"""Where the object after the killer ends, for :func:`_fighters`: the object stops but "من", which joins a count to
its group ("10 من عناصر داعش")."""
_ELATIVES = rules.words("roles", "kill_object_elatives")
"""An elative or a quantity word that opens an object with no accusative ending: "أبرز قادة"، "أحد المتظاهرين"."""
_OBJECT_REACH = 4
_ACCUSATIVE_ENDINGS = ("ين", "ا")
"""The endings of an object after the killer: a sound plural ("مسلحين"، "المتظاهرين") or an indefinite accusative
("شابا"، "مدنيا"); a passive "قتل" has a subject ("قتل جنود الجيش") or a preposition ("في") after it instead."""


def killer_after_verb(ctx: DocContext, f: Frame) -> Mention | None:
    """The force or armed group written right after an active verb of killing (``active_kill_verbs``) in the frame,
    when its object follows it: a count ("ثلاثة مسلحين")، a person noun ("الشاب فلان"), a word in the accusative
    (``_ACCUSATIVE_ENDINGS``) or a dual in construct before its noun ("ضابطي شرطة"). None for the passive "قتل" ("قتل
    ثلاثة من عناصر الجيش") or a force with no object."""
    s = ctx.sentences[f.si]
    words = s.words
    n = len(words)
    for x in range(f.lo, min(f.hi, n - 2)):
        if not bare_in(words[x], _KILL_VERBS):
            continue
        dated = _dated(ctx, f.si)
        y = x + 1
        y = past_dates(dated, y, n)
        found = [m for m in ctx.actors_in(f.si, y, n, FORCE_TYPES | {"armed_group"}) if m.i == y]
        if not found:
            continue
        m = max(found, key=lambda m: m.j)
        z = m.j
        z = past_dates(dated, z, n)
        if z >= n or s.tokens[z].clause_start or s.tokens[z].soft_break:
            continue
        w = words[z]
        if w in _ADVERBS or not (read_quantity(words, z) is not None or bare_in(w, _KILLED_PEOPLE) or w in _ELATIVES
                                 or w.isalpha() and len(w) > 3 and w.endswith(_ACCUSATIVE_ENDINGS)
                                 or z + 1 < n and w.endswith("ي") and _dual_noun(w)):  # "ضابطي شرطة"
            continue
        if m.entry.get("type") in FORCE_TYPES and _fighters(ctx, f.si, z):
            continue  # "قتلت القوات الأمنية 10 من عناصر داعش في عملية": an operation against fighters, no attack
        return m
    return None


def _fighters(ctx: DocContext, si: int, z: int) -> bool:
    """True when the object from ``z`` names fighters: an armed group or a word for its men (``fighter_objects``)
    within :data:`_OBJECT_REACH` words, before the object ends (a clause break, "في"، "قرب" ...: "قتلت القوات مدنيين
    قرب مقر داعش" killed civilians)."""
    s = ctx.sentences[si]
    words = s.words
    end = z + 1
    while end < min(len(words), z + _OBJECT_REACH) and words[end] not in _OBJECT_ENDS \
            and not (s.tokens[end].clause_start or s.tokens[end].soft_break):
        end += 1
    return any(bare_in(words[k], _FIGHTERS) for k in range(z, end)) or any(
        m.entry.get("type") == "armed_group" for m in ctx.actors_in(si, z, end))


_URGED_ACTS = rules.words("roles", "urged_act_masdars")
_URGING_VERBS = rules.words("roles", "urging_verbs")
_URGING_REACH = 3
"""Words between a verb of urging and the force it urged ("شجع قرار الإدارة القوات": its subject)."""


def urged_doer(ctx: DocContext, f: Frame) -> Mention | None:
    """The force or armed group written right before "على" + the frame's verbal noun of striking or killing
    (``urged_act_masdars``), as the object of a verb of urging, driving or daring (``urging_verbs``) in its clause:
    "شجع القرار القوات الإسرائيلية على قتل المحتجين" -- the one urged to do it is who did it (roles_targets leaves it
    out of the targets for the same reason). Not a force that comments on, replies to or protests the act ("علقت
    الشرطة على اغتيال ضابط"); "إصرار/إقدام X على" is :func:`roles_subjects._undertaking_doer`'s. None otherwise."""
    s = ctx.sentences[f.si]
    words = s.words
    if f.i < 2 or words[f.i - 1] != "علي" or not bare_in(words[f.i], _URGED_ACTS):
        return None
    m = next((m for m in ctx.actors_in(f.si, max(0, f.i - 6), f.i - 1, FORCE_TYPES | {"armed_group"})
              if m.j == f.i - 1), None)
    if m is None:
        return None
    for v in range(m.i - 1, max(-1, m.i - 2 - _URGING_REACH), -1):
        if s.tokens[v + 1].clause_start:
            break
        if bare_in(words[v], _URGING_VERBS):
            return m
    return None
