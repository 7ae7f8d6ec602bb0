"""Doers told as one man of a group or as a group's men with a pronoun verb: :func:`person_doer`, :func:`undertaker_before`.

Arabic news often names who did an act by one of a group's men -- a leader, a gunman, a supervisor -- with the
group's adjective or "في"/"ب" + the group after him ("حاول القيادي الحوثي فلان قتل مواطن"، "أقدم مسلح حوثي على
قتل"، "القيادي في الميليشيا فلان أقدم على اختطاف"). The doer is his group (:func:`person_doer`, switch
``PERSON_DOER``). And it tells a group's act with the pronoun of a verb of undertaking whose subject was named just
before it ("... عناصر التنظيم في المدينة، حيث أقدموا على إعدام"): the doer is that group (:func:`undertaker_before`,
switch ``UNDERTAKER_BEFORE``); a bare group noun ("التنظيم"، "الجماعة") is the group the article named with that
noun in its name, else its one armed group.
"""

from __future__ import annotations

from marsad.agent.offline import rules
from marsad.agent.offline.context import FORCE_TYPES, DocContext, bare_in
from marsad.agent.offline.frames import Frame
from marsad.agent.offline.mentions import Mention, get_gazetteer
from marsad.agent.offline.roles_accusations import _GROUP_ANAPHORS, _group_named_before
from marsad.agent.offline.roles_cues import (
    _ATTACK_VERBS,
    _NISBA,
    _SPEECH_VERBS,
    _STRIKE_VERBS,
    _dated,
    _denied,
    _is_victim,
    _is_victim_at,
    _met_death,
)
from marsad.core.arabic import normalize

__all__ = ["person_doer", "undertaker_before"]

PERSON_DOER = True
"""Switch for :func:`person_doer` (on; off only to measure the rule)."""
UNDERTAKER_BEFORE = True
"""Switch for :func:`undertaker_before` (on; off only to measure the rule)."""

_HEADS = rules.words("roles", "person_doer_heads")
"""One man of a group told as the doer: "القيادي"، "مسلح"، "المشرف"، "قناص"."""
_NAME_CUES = rules.words("roles", "person_name_cues")
""""المدعو"، "المكنى": the man's name follows."""
_UNDERTAKE_ON = rules.words("roles", "undertake_on_verbs")
""""أقدم": the act follows "على"."""
_UNDERTAKE_BY = rules.words("roles", "undertake_by_verbs")
""""قام": the act follows glued to "ب"."""
_TRY = rules.words("roles", "attempt_verbs")
""""حاول": the act follows as a verbal noun ("حاول قتل")."""
_MEMBERS = rules.words("roles", "anaphor_member_nouns")
"""A group's men before a bare group noun ("عناصر التنظيم"، "مسلحو الجماعة")."""
_NAME_SPAN = 4
"""Words of the man's name at most, between the group and the verb."""
_SUBJECT_SPAN = 12
"""How far before the verb of undertaking its subject may be named (a place and "حيث" between)."""
_ON = normalize("على")
_IN = frozenset({normalize("في")})


def _group_after(ctx: DocContext, si: int, h: int) -> tuple[Mention, int] | None:
    """The armed group named right after the man's noun at ``h`` and the token past it: its adjective ("القيادي
    الحوثي"، "مسلح حوثي", ``nisba_doers`` for an armed group) or "في"/"ب" with the group ("القيادي في ميليشيا
    الحوثي"، "القيادي بتنظيم القاعدة")."""
    s = ctx.sentences[si]
    words = s.words
    y = h + 1
    if y >= len(words):
        return None
    for m in ctx.mentions[si]:
        if m.kind != "actors" or m.entry.get("type") != "armed_group":
            continue
        glued = m.i == y and m.start > s.token_span(y, y + 1)[0] and words[y][:1] == "ب"
        if m.i == y and (glued or m.start == s.token_span(y, y + 1)[0]) or m.i == y + 1 and words[y] in _IN:
            return m, m.j
    doer = _NISBA.get(words[y])
    entry = get_gazetteer().lexicon.get("actors", doer) if doer else None
    if entry is not None and entry.get("type") == "armed_group":
        start, end = s.token_span(y, y + 1)
        return Mention(entry, y, y + 1, start, end, ctx.quote(start, end)), y + 1
    return None


def _act_after(ctx: DocContext, f: Frame, v: int, kind: str) -> bool:
    """True when the frame's own word is the act the verb at ``v`` undertakes or tries, right after it (past a
    day): "أقدم على قتل"، "قام بقتل"، "حاول قتل"."""
    words = ctx.sentences[f.si].words
    dated = _dated(ctx, f.si)
    p = v + 1
    while p < f.i and (p in dated or words[p] in _IN and p + 1 in dated):
        p += 1  # "أقدموا، الجمعة، على"، "أقدموا في شهر يونيو على"
    if kind == "on":
        return f.i == p + 1 and words[p] == _ON
    if kind == "by":
        return f.i == p and words[f.i].startswith("ب")
    return f.i == p


def _verb_kind(word: str) -> str | None:
    """"on" for a verb of undertaking with "على"، "by" for one with "ب"، "try" for a verb of trying, else None."""
    if bare_in(word, _UNDERTAKE_ON):
        return "on"
    if bare_in(word, _UNDERTAKE_BY):
        return "by"
    if bare_in(word, _TRY):
        return "try"
    return None


def person_doer(ctx: DocContext, f: Frame) -> Mention | None:
    """The group of one of its men told as the doer: a man's noun (``person_doer_heads``) with the group's adjective
    or "في"/"ب" + the group after it, then at most ``_NAME_SPAN`` words of his name ("المدعو فلان"), as the subject of
    the frame's act: a verb of undertaking or trying right before him ("أقدم مسلح حوثي على قتل"، "حاول القيادي
    الحوثي فلان قتل") or after him ("القيادي الحوثي المدعو فلان، حاول قتل"), or the frame's own attack verb after
    him ("القيادي في الميليشيا فلان أطلق النار"). A killing verb before him makes him the dead ("قتل القيادي
    الحوثي فلان"), so only a verb of undertaking or trying may stand before. Not a denied or dead man's group."""
    if not PERSON_DOER:
        return None
    s = ctx.sentences[f.si]
    words = s.words
    for h in range(f.lo, min(f.hi, len(words), f.i)):
        if not bare_in(words[h], _HEADS):
            continue
        found = _group_after(ctx, f.si, h)
        if found is None:
            continue
        group, k = found
        if k > f.i:
            continue
        before = _verb_kind(words[h - 1]) if h > f.lo else None
        if before is not None and not s.tokens[h].clause_start:
            # "أقدم مسلح حوثي على قتل": the act after his name
            z = k + 1 if k < f.i and bare_in(words[k], _NAME_CUES) else k
            dated = _dated(ctx, f.si)
            a = f.i - 1 if before == "on" else f.i  # where the act's "على" or word stands
            if a < z or before == "on" and words[a] != _ON or before == "by" and not words[f.i].startswith("ب"):
                continue
            if len([t for t in range(z, a) if t not in dated and words[t].isalpha()]) > _NAME_SPAN:
                continue
        else:
            # "القيادي الحوثي المدعو فلان، حاول قتل": his verb after his name
            z = k + 1 if k < len(words) and bare_in(words[k], _NAME_CUES) else k
            v = next((t for t in range(z, min(len(words), z + _NAME_SPAN + 1))
                      if _verb_kind(words[t]) or t == f.i and bare_in(words[t], _ATTACK_VERBS | _STRIKE_VERBS)), None)
            if v is None or any(bare_in(w, _SPEECH_VERBS) for w in words[z:v]):
                continue
            if any(s.tokens[t].clause_start for t in range(h + 1, v) if t != v):
                continue
            kind = _verb_kind(words[v])
            if not (v == f.i or kind is not None and _act_after(ctx, f, v, kind)):
                continue
        m = Mention(group.entry, h, k, s.token_span(h, k)[0], s.token_span(h, k)[1], ctx.quote(*s.token_span(h, k)))
        if _denied(words, m, f.lo) or _is_victim(words, m, f):
            continue
        return m
    return None


def undertaker_before(ctx: DocContext, f: Frame) -> Mention | None:
    """The group whose men are the subject a verb of undertaking carries as its pronoun ("أقدموا"، "أقدمت")
    when the frame's own word is the act it undertook ("أقدموا ... على إعدام") and no subject follows the verb:
    the group named last before the verb in the sentence, within ``_SUBJECT_SPAN`` words, as a registry armed
    group or force ("وتشبه الطريقة ما فعلته الجماعة المسلحة ..." is read by the other rules) or as a group's men
    with a bare group noun ("عناصر التنظيم"، ``anaphor_member_nouns`` + ``anaphoric_groups``): that noun is the group
    the article named with it in its name, else the one armed group it named. Not a group counted among the dead
    or named as what was hit, nor a denied one."""
    if not UNDERTAKER_BEFORE:
        return None
    s = ctx.sentences[f.si]
    words = s.words
    v = next((t for t in range(f.i - 1, max(f.lo, f.i - 6) - 1, -1) if bare_in(words[t], _UNDERTAKE_ON)), None)
    if v is None or not _act_after(ctx, f, v, "on"):
        return None
    if ctx.actors_in(f.si, v + 1, f.i):
        return None  # "أقدمت الميليشيا على": the subject after the verb, read by the other rules
    best: Mention | None = None
    for m in ctx.actors_in(f.si, max(0, v - _SUBJECT_SPAN), v, FORCE_TYPES | {"armed_group"}):
        if best is None or m.i > best.i:
            best = m
    for x in range(v - 1, max(0, v - _SUBJECT_SPAN) - 1, -1):
        if best is not None and x < best.j:
            break
        if x > 0 and bare_in(words[x], _GROUP_ANAPHORS) and bare_in(words[x - 1], _MEMBERS):
            head = words[x][2:] if words[x].startswith("ال") else words[x]
            named = _group_named_before(ctx, f.si, x, head)
            if named is None:
                return None
            start, end = s.token_span(x - 1, x + 1)
            best = Mention(named.entry, x - 1, x + 1, start, end, ctx.quote(start, end))
            break
    if best is None or _denied(words, best, 0) or _is_victim_at(words, best, 0) or _met_death(words, best):
        return None
    return best
