"""Accusations and hedged attributions of an attack (:func:`_accused_doer`): "اتهمت الحكومة الحركة بالوقوف وراء
الهجوم"، "هجوم نسبته السلطات إلى التنظيم"، "ألقت باللائمة على الحركة"، "يشتبه بانتمائهم إلى جماعة كذا".

Moved out of ``roles_perpetrator``, which keeps the switches (``ACCUSED_DOER``, ``ONE_INCIDENT_CHARGE``,
``GLUED_ATTRIBUTION``, ``ATTRIBUTED_ANAPHOR``) and passes their values here as :class:`Readings`, so older tests
that patch ``roles_perpetrator.SOMETHING`` still turn the readings off.
"""

from __future__ import annotations

from dataclasses import dataclass

from marsad.agent.offline import rules
from marsad.agent.offline.context import FORCE_TYPES, DocContext, bare, bare_in, forms_of
from marsad.agent.offline.frames import Frame
from marsad.agent.offline.mentions import Mention
from marsad.agent.offline.roles_claims import _FROM_AFAR as _FROM_AFAR_TYPES
from marsad.agent.offline.roles_claims import _OTHER_INCIDENT as _OTHER_MARKS
from marsad.agent.offline.roles_claims import (
    _definite_object,
    _unclaimed_between,
)
from marsad.agent.offline.roles_cues import (
    _ATTACK_NOUNS,
    _ATTACKER_NOUNS,
    _BACK_NOUNS,
    _BACKGROUND,
    _DOER_NOUNS,
    _before_subject_nouns,
    _has,
)
from marsad.agent.offline.roles_forces import (
    _as_actor,
    state_forces,
)
from marsad.core.arabic import normalize


@dataclass(frozen=True)
class Readings:
    """The switches of ``roles_perpetrator`` that the readers here obey (all on by default)."""

    one_incident: bool = True
    """``ONE_INCIDENT_CHARGE``: a charge naming one incident by its noun, even indefinite."""
    glued: bool = True
    """``GLUED_ATTRIBUTION``: "إلى" of an attribution written as a glued "ل"."""
    anaphor: bool = True
    """``ATTRIBUTED_ANAPHOR``: an attack attributed to a group named by a noun that refers back."""


_ACCUSE_VERBS = rules.words("roles", "accuse_verbs")
_ACCUSE_OBJECTS = rules.words("roles", "accusation_objects")
"""What an accusation charges a side with ("بالوقوف وراء"، "بتنفيذ"، "بشن"): an attack, not "بدعم" or "بتجنيد"."""
_ATTRIBUTE_VERBS = rules.words("roles", "attribute_verbs")
_BLAME_WORDS = rules.words("roles", "blame_words")
_BLAME_CAST = rules.words("roles", "blame_cast_verbs")
_STAND_BEHIND = rules.words("roles", "stand_behind_verbs")
_BEHIND = rules.words("roles", "behind_words")
_SUSPECT = rules.words("roles", "suspect_words")
_BELONG = rules.words("roles", "belong_words")
_DISPUTES = rules.words("roles", "accusation_disputes")
_HOLD = rules.words("roles", "hold_responsible_verbs")
_DID = rules.words("roles", "did_verbs")
_RESPONSIBILITY = frozenset({"مسووليه", "المسووليه"})
_THAT = frozenset({"ان", "بان", "انه", "انها", "بانه", "بانها", "انهم", "بانهم"})
_ON = frozenset({"علي"})
_TO = frozenset({"الي"})
_CHARGE_SPAN = 8
_ACCUSATION_CUES = _BLAME_WORDS | _BLAME_CAST | _ACCUSE_VERBS | _ATTRIBUTE_VERBS | _STAND_BEHIND | _HOLD | _SUSPECT
"""Every word list one of :func:`_accusation_in`'s readings needs in the sentence: with none of them the sentence
makes no accusation, and its sides are not read one by one (speed only, the answers are the same)."""


def _accused_doer(ctx: DocContext, f: Frame, on: Readings) -> Mention | None:
    """The side an accusation or a hedged attribution names for the incident, when the article does not dispute it:
    "اتهمت الحكومة حركة طالبان بالوقوف وراء التفجير"، "هجوم انتحاري نسبته السلطات إلى التنظيم"، "ألقت السلطات
    باللائمة على الحركة"، "إن الحركة تقف وراء الهجوم"، "مسلحون يشتبه بانتمائهم إلى جماعة كذا" -- the guidelines
    (D-25) accept the accused side or none for such an attribution, and the readers before this one leave the accused
    out (``_denied``). Asked last, when no reader found a doer. The accusation is read by :func:`_accusation_in`; the
    frame is told in its sentence, or elsewhere with no group of its own named while the article accuses one side only,
    of an incident it writes definite ("بالوقوف وراء الهجوم") -- as a claim is carried (:func:`_article_claim`). Not
    when a sentence that names the accused also denies or calls it a claim (``accusation_disputes``: "نفت"، "زعم")."""
    found = ctx.once("roles.accused", lambda: _accusations(ctx, on))
    here = found[f.si]  # type: ignore[index]
    words = ctx.sentences[f.si].words
    if _unclaimed_between(ctx, f.si, min(f.si + 2, len(ctx.sentences))):  # its sentence or the next
        return None  # "لم تتبن أي جهة الهجوم": this incident is not the one accused
    if here is not None:
        m = here[0]
        if m.entry.get("type") == "armed_group" and set(f.types) & _FROM_AFAR_TYPES:
            return None  # "... في ظل غارات الطائرات على مواقعه": a group accused is no doer of air strikes
        if f.i < m.i and (m.i - _CHARGE_SPAN <= f.i or m.i < f.hi):
            # the incident told just before the accusation or whose clause holds it ("هجوم نسبته أنقرة إلى التنظيم"),
            # not a retelling with
            # no toll of its own ("ردا على الهجوم الانتحاري الذي نسب إلى التنظيم"): told as a record elsewhere
            told = any(b in _BACK_NOUNS and (b.startswith("ال") or words[f.i].startswith("ال")) for b in bare(words[f.i]))
            return None if told and not {"killed", "injured"} & set(f.concepts) else m
        # the incident the accusation charges, written definite ("بالوقوف وراء التفجير الذي ...") -- not a charge of
        # acts counted over a period ("اتهم التقرير الجماعة بقتل 22 صحافيا"), nor an act told after it
        charged = _definite_object(words, m.j) or _has(words, m.j, m.j + 4, _BEHIND) or (
            on.one_incident and _one_incident_charge(words, m.j))
        return m if charged and m.j <= f.i < m.j + _CHARGE_SPAN else None
    if _has(words, f.lo, f.hi, _BACKGROUND) or ctx.actors_in(f.si, 0, len(words), {"armed_group"}):
        return None
    if _has(words, f.j, f.j + 2, _OTHER_MARKS):
        return None  # "هجوم آخر": another incident than the one accused
    sides: dict[str, Mention] = {}
    told_elsewhere = False
    for acc in found:  # type: ignore[union-attr]
        if acc is not None:
            sides.setdefault(acc[0].entry.id, acc[0])
            told_elsewhere = told_elsewhere or acc[1]
    if len(sides) != 1 or not told_elsewhere:
        return None
    m = next(iter(sides.values()))
    if m.entry.get("type") == "armed_group" and set(f.types) & _FROM_AFAR_TYPES:
        return None  # a group accused of a bombing is not the doer of an air strike told beside it
    return m


_ONE_INCIDENT = frozenset({"هجوم", "انفجار", "تفجير", "اعتداء", "غاره", "كمين", "اغتيال", "تفجيرا", "هجوما"})
_CHARGE_WORDS = frozenset({"مسووليه", "بتنفيذ", "بشن", "بارتكاب", "بالوقوف", "وراء", "تنفيذ", "محاوله", "بمحاوله"})


def _one_incident_charge(words: list[str], x: int) -> bool:
    """True when the charge right after the accused (at most two words of charging first: "مسؤولية"، "بتنفيذ") names
    one incident by a singular incident noun ("تفجير سيارة"، "بتفجير موكب"، "هجوم على"): not a count of acts ("بقتل 22
    صحافيا") nor a plural ("بتنفيذ هجمات")."""
    y = x
    while y < min(len(words), x + 2) and bare_in(words[y], _CHARGE_WORDS):
        y += 1
    return y < len(words) and bare_in(words[y], _ONE_INCIDENT)


def _accusations(ctx: DocContext, on: Readings) -> list[tuple[Mention, bool] | None]:
    """The accusation each sentence makes (:func:`_accusation_in`), none for a side the article disputes."""
    out = [_accusation_in(ctx, si, on) for si in range(len(ctx.sentences))]
    if not any(out):
        return out
    disputed = set()
    for si, s in enumerate(ctx.sentences):
        words = s.words
        for x, w in enumerate(words):
            if bare_in(w, _DISPUTES):
                disputed.update(m.entry.id for m in _sides_in(ctx, si) if abs(m.i - x) <= 6)
    return [None if acc is None or acc[0].entry.id in disputed else acc for acc in out]


def _sides_in(ctx: DocContext, si: int) -> list[Mention]:
    """Forces, groups and states (read as their forces) named in a sentence."""
    out = []
    for m in ctx.mentions[si]:
        if m.kind == "actors" and m.entry.get("type") in FORCE_TYPES | {"armed_group"}:
            out.append(m)
        elif m.kind == "places" and (forces := state_forces(m.entry)) is not None and (a := _as_actor(m, forces)):
            out.append(a)
    return out


def _accusation_in(ctx: DocContext, si: int, on: Readings) -> tuple[Mention, bool] | None:
    """(group or force, of an incident told elsewhere?) for a sentence that accuses it of an attack or attributes
    one to it: after an accusation verb with the charge right after it ("اتهم الجيش الحزب بتنفيذ الهجوم"); after an
    attribution verb and "إلى" ("نسبته أنقرة إلى التنظيم"); after "باللائمة على" or "ألقيت مسؤولية الهجوم على";
    after a verb of holding responsible with "مسؤولية" and an attack noun after it; before "يقف وراء" and an attack
    noun ("إن الحركة تقف وراء الاعتداء"); after "يشتبه بأن"/"اتهم بأن" with a verb of doing after it; or the group
    attackers are suspected to belong to ("مسلحون يشتبه بانتمائهم إلى جماعة كذا"). Only actors the registry names
    (not a state: a capital blamed is often an accuser's politics), not two sides at once ("إلى الحزب وإلى
    جماعة"). The incident is told elsewhere when a noun before the side refers back, or the charge names an
    incident written definite ("بالوقوف وراء الهجوم"، "وراءه"), or a blame names none ("باللائمة على الحركة")."""
    s = ctx.sentences[si]
    words = s.words
    forms = forms_of(s)  # (every word of the sentence and its clitic-free forms: each list below is one set test)
    if not _DISPUTES.isdisjoint(forms):
        return None  # "اتهمت الحكومة الحركة بتنفيذ الهجوم، لكن الحركة نفت": disputed in the sentence itself
    if _ACCUSATION_CUES.isdisjoint(forms):
        return None  # no accusation, attribution or blame word in the sentence: no reading below can hold (most)
    for m in ctx.actors_in(si, 0, len(words), FORCE_TYPES | {"armed_group"}):
        j = m.j
        if j < len(words) and words[j][0] == "و" and bare_in(words[j], _TO):
            return None  # "نسبت إلى الحزب وإلى جماعة يسارية": two sides, each for its own attacks
        i = _before_subject_nouns(words, m, 0)
        back = any(b in _BACK_NOUNS for w in words[max(0, i - 4):i] for b in bare(w))
        blame = i > 0 and words[i - 1] in _ON and (_has(words, i - 3, i - 1, _BLAME_WORDS) or (
            _has(words, i - 5, i - 1, _RESPONSIBILITY) and _has(words, i - 6, i - 2, _BLAME_CAST)))
        hit = blame or (_has(words, i - 6, i, _ACCUSE_VERBS) and _has(words, j, j + 1, _ACCUSE_OBJECTS)) or (
            i > 0 and words[i - 1] in _TO and _has(words, i - 6, i - 1, _ATTRIBUTE_VERBS)) or (
            on.glued and i > 0 and _glued_to(ctx, si, m) and _has(words, i - 5, i, _ATTRIBUTE_VERBS)) or (
            _has(words, j, j + 2, _STAND_BEHIND) and _has(words, j + 1, j + 3, _BEHIND) and _has(
                words, j + 2, j + 5, _BACK_NOUNS | _ATTACK_NOUNS | _BEHIND)) or (
            _has(words, i - 4, i, _HOLD) and _has(words, j, j + 2, _RESPONSIBILITY)
            and _has(words, j + 1, j + 4, _BACK_NOUNS | _ATTACK_NOUNS | (_ONE_INCIDENT if on.one_incident else frozenset()))) or (
            _has(words, i - 3, i, _SUSPECT | _ACCUSE_VERBS) and i > 0 and words[i - 1] in _THAT
            and (_has(words, j, j + 2, _DID) or _has(words, j, j + 2, _STAND_BEHIND) and _has(words, j + 1, j + 3, _BEHIND)))
        if not hit and _has(words, i - 4, i, _SUSPECT) and _has(words, i - 3, i, _BELONG):
            x = next((x for x in range(max(0, i - 4), i) if bare_in(words[x], _SUSPECT)), i)
            hit = _has(words, x - 2, x, _DOER_NOUNS | _ATTACKER_NOUNS)
        if hit:
            return m, back or _definite_object(words, j) or _has(words, j, j + 4, _BEHIND) or blame and not _has(
                words, j, j + 8, _ATTACK_NOUNS | _BACK_NOUNS)
    return _attributed_anaphor(ctx, si, on) if on.anaphor else None  # (it needs an attribution verb)




def _glued_to(ctx: DocContext, si: int, m: Mention) -> bool:
    """True when mention ``m`` is written with "ل" glued before it ("لتنظيم داعش"، "للحزب")."""
    s = ctx.sentences[si]
    tok_start = s.token_span(m.i, m.i + 1)[0]
    return m.start > tok_start and ctx.quote(tok_start, m.start).lstrip("و").startswith("ل")


_GROUP_ANAPHORS = rules.words("roles", "anaphoric_groups")


def _attributed_anaphor(ctx: DocContext, si: int, on: Readings) -> tuple[Mention, bool] | None:
    """(group, False) for an attack attributed to a group the sentence names by a noun that refers back: "بعد
    هجوم انتحاري نسبته الحكومة إلى التنظيم"، "نسبت السلطات الهجوم إلى الحزب" -- an anaphoric group noun
    (``anaphoric_groups``) right after "إلى", an attribution verb at most six words before it. The group is the one
    named before it in the article with that noun in its name ("تنظيم داعش" for "التنظيم"), else the one armed group
    the article named before it."""
    words = ctx.sentences[si].words
    for x in range(1, len(words)):
        if not bare_in(words[x], _GROUP_ANAPHORS):
            continue
        glued = on.glued and words[x].startswith("لل")  # "نسب للتنظيم"
        if not (words[x - 1] in _TO and _has(words, x - 7, x - 1, _ATTRIBUTE_VERBS)
                or glued and _has(words, x - 6, x, _ATTRIBUTE_VERBS)):
            continue
        m = _group_named_before(ctx, si, x, words[x][2:] if words[x].startswith("ال") else words[x])
        if m is not None:
            return Mention(m.entry, x, x + 1, m.start, m.end, m.surface), False
    return None


def _group_named_before(ctx: DocContext, si: int, x: int, head: str) -> Mention | None:
    """The armed group named last before token ``x`` of sentence ``si`` with ``head`` in its name, else the one
    armed group named before it (None when none, or several with no such head)."""
    seen: dict[str, Mention] = {}
    headed: Mention | None = None
    for k in range(si + 1):
        for m in ctx.actors_in(k, 0, x if k == si else len(ctx.sentences[k].words), {"armed_group"}):
            seen[m.entry.id] = m
            if head in normalize(m.surface).replace("_", " ").split():
                headed = m
    if headed is not None:
        return headed
    return next(iter(seen.values())) if len(seen) == 1 else None
