"""Who attacked whom, with what: perpetrator, target and weapons of an event frame.

The perpetrator is named only when the text says or attributes it: a force or group after
"نفذه"، "على يد"، "تبنى"، the subject of an attack verb ("قصفت القوات التركية"، "القوة الجوية
نفذت")، or an armed group told as the doer ("هجمات لداعش"، "عناصر داعش") and not as the
counted dead ("مقتل 9 من عناصر داعش"). The target is the force counted among the victims,
else what was aimed at ("استهدف رتلا"، "هجوم على حاجز")، else the victims' noun.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.agent.numbers import Quantity, read_quantity
from marsad.agent.offline import rules
from marsad.agent.offline.casualties import COUNTED_NOUNS, INJURED, KILLED, VICTIM_NOUNS
from marsad.agent.offline.context import FORCE_TYPES, DocContext, bare
from marsad.agent.offline.mentions import Mention

if TYPE_CHECKING:
    from marsad.agent.offline.frames import Frame

__all__ = ["perpetrator", "target", "weapons"]

_ACT_WORDS = rules.words("roles", "act_words")

_PERP_CUES = rules.words("roles", "perp_cues")

_PERP_BLOCKERS = rules.words("roles", "perp_blockers")
"""Words before an armed group that make it the target or the hunted ("غارات على مواقع لحزب العمال")."""

_STRONG_PERP_CUES = rules.words("roles", "strong_perp_cues")

_ATTACK_VERBS = rules.words("roles", "attack_verbs")  # not استهدف: its object follows
_SOURCE_WORDS = rules.words("roles", "source_words")

_TARGET_CUES = rules.words("roles", "target_cues")

_DENIALS = rules.words("roles", "denials")
"""Words before a group that deny its part ("نفت الحركة مسؤوليتها"): a denied doer is no perpetrator."""
_CLAIMS_AFTER = rules.words("roles", "claims_after")
_CLAIM_VERBS = rules.words("roles", "claim_verbs")


def _denied(words: list[str], m: Mention, lo: int) -> bool:
    """True when the text denies the actor's part: a denial verb just before it."""
    return any(b in _DENIALS for w in words[max(lo, m.i - 3):m.i] for b in bare(w))


def _claims(words: list[str], m: Mention) -> bool:
    """True for a claim of responsibility: "أعلن تنظيم X مسؤوليته"، "تبنت الجماعة الهجوم"."""
    before = [b for w in words[max(0, m.i - 2):m.i] for b in bare(w)]
    after = [b for w in words[m.j:m.j + 3] for b in bare(w)]
    return any(b in _CLAIM_VERBS for b in before) and any(b in _CLAIMS_AFTER for b in after) or (
        any(b in {"تبني", "تبنت"} for b in before))

def perpetrator(ctx: DocContext, f: Frame) -> Mention | None:
    """The force or group that carried out the event, when the text says so; else None."""
    s = ctx.sentences[f.si]
    for m in ctx.actors_in(f.si, 0, len(s.words), FORCE_TYPES | {"armed_group"}):
        if not _denied(s.words, m, 0) and _claims(s.words, m):
            return m  # "أعلن تنظيم داعش مسؤوليته عن التفجير"، "تبنت حركة الشباب الهجوم"
    for m in ctx.actors_in(f.si, f.lo, f.hi, FORCE_TYPES | {"armed_group"}):
        if _denied(s.words, m, f.lo):
            continue
        before = [b for w in s.words[max(f.lo, m.i - 2):m.i] for b in bare(w)]
        clitic = m.start > s.token_span(m.i, m.i + 1)[0]
        if any(w in _STRONG_PERP_CUES for w in before):
            return m  # "نفذه الجيش"، "على يد القوات"
        if m.entry.get("type") == "armed_group":
            continue  # a group after an attack verb is more often its object ("قصفت مواقع داعش"): below
        if m.i > 0 and not clitic and any(b in _ATTACK_VERBS for b in bare(s.words[m.i - 1])):
            return m  # the subject right after the verb: "قصفت القوات التركية مواقع"
    for m in ctx.actors_in(f.si, f.lo, f.hi, FORCE_TYPES):
        if m.j < len(s.words) and any(b in _ATTACK_VERBS for b in bare(s.words[m.j])) and m.j <= f.hi:
            return m  # subject before its verb: "القوة الجوية العراقية نفذت ضربة"
    for m in ctx.actors_in(f.si, f.lo, f.hi, {"armed_group"}):
        if _denied(s.words, m, f.lo):
            continue  # "نفت الحركة أي علاقة لها بالهجوم"
        before = [b for w in s.words[max(f.lo, m.i - 3):m.i] for b in bare(w)]
        if any(w in _PERP_BLOCKERS for w in before):
            continue
        if _is_victim(s.words, m, f):
            continue  # "مقتل تسعة من عناصر داعش": the group lost people, it did not attack
        glued_l = m.start > s.token_span(m.i, m.i + 1)[0]  # "لتنظيم الدولة", "لداعش"
        near_trigger = f.j <= m.i <= f.j + 3 or m.j == f.i
        if any(w in _PERP_CUES for w in before) or glued_l or near_trigger:
            return m
    return None

def _is_victim(words: list[str], m: Mention, f: Frame) -> bool:
    """True when an armed group stands as the counted dead or wounded ("مقتل 9 من عناصر داعش")."""
    x = m.i - 1
    while x >= max(f.lo, m.i - 5) and words[x] in {"من", "عناصر", "مسلحي", "افراد", "تنظيم", "مقاتلي", "قادة"}:
        x -= 1
    if x < max(f.lo, m.i - 6) or x < 0:
        return False
    q = read_quantity(words, x)
    if q is not None and q.end > x and any(b in VICTIM_NOUNS for w in words[max(f.lo, x - 3):x] for b in bare(w)):
        return True
    return any(b in VICTIM_NOUNS for b in bare(words[x]))

def target(ctx: DocContext, f: Frame, killed: Quantity | None, perp: Mention | None) -> tuple[str | None, bool]:
    """(target, named_actor?): the force or people attacked."""
    t = _target_text(ctx, f, killed, perp)
    return t

def _target_text(ctx: DocContext, f: Frame, killed: Quantity | None, perp: Mention | None):
    s = ctx.sentences[f.si]
    words = s.words
    forces = [m for m in ctx.actors_in(f.si, f.lo, f.hi) if m.entry.get("type") in FORCE_TYPES | {"civilian"}
              and not any(b in _SOURCE_WORDS for w in words[max(0, m.i - 3):m.i] for b in bare(w))  # the source
              and (perp is None or m.entry.id != perp.entry.id)]
    if killed is not None and killed.start >= 0:
        near = [m for m in forces if killed.start <= m.i <= killed.end + 6]
        if near:
            return near[0].entry.canonical, True
    for x in range(f.lo, f.hi):
        if any(b in _TARGET_CUES for b in bare(words[x])):
            for m in forces:
                if x < m.i <= x + 5:
                    return m.entry.canonical, True
            for g in ctx.glossary[f.si]:
                if x < g.i <= x + 3 and g.entry.get("category") == "target":
                    return ctx.quote(*s.token_span(g.i, g.j)), False
    if forces:
        before = [m for m in forces if m.j <= f.i]
        return (before[-1] if before else forces[0]).entry.canonical, True
    counted = killed is not None and 0 <= killed.start < len(words) and (
        words[killed.start].isdigit() or read_quantity(words, killed.start) is not None)
    if counted and killed.start != f.i and killed.end < len(words):
        noun = words[killed.end]
        if noun.isalpha() and len(noun) > 2 and noun not in {"اخرين", "اخرون", "اشخاص"} and not noun.startswith("و") and not any(
                b in KILLED | INJURED | COUNTED_NOUNS for b in bare(noun)):
            return ctx.quote(*s.token_span(killed.end, killed.end + 1)), False
    return None, False

def weapons(ctx: DocContext, f: Frame) -> list[str]:
    """Weapons and means as written ("ثلاث عبوات ناسفة"), without the act ("انفجار")."""
    s = ctx.sentences[f.si]
    out = []
    for g in ctx.glossary[f.si]:
        if f.lo <= g.i < f.hi and g.entry.get("weapon"):
            while g.i < g.j - 1 and any(b in _ACT_WORDS for b in bare(s.words[g.i])):
                g = Mention(g.entry, g.i + 1, g.j, s.token_span(g.i + 1, g.j)[0], g.end, "")  # "انفجار عبوة" -> "عبوة"
            if any(b in _ACT_WORDS for b in bare(s.words[g.i])):
                continue  # "قصفت": the act, not the weapon
            a = g.i
            if a > 0 and read_quantity(s.words, a - 1) is not None and read_quantity(s.words, a - 1).value:
                a -= 1
            start = s.token_span(a, g.j)[0] if a < g.i else g.start
            out.append(ctx.quote(start, g.end))
    return out
