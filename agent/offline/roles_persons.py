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
    _ACCUSATION,
    _ATTACK_VERBS,
    _BACKGROUND,
    _DENIALS,
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
from marsad.core.lexicon import Entry

__all__ = ["named_attacker", "person_doer", "undertaker_before"]

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


NAMED_ATTACKER = True
"""Switch (pass 64; on, off only to measure it): the one attacker the news names by his own name, when it names no
armed group at all, is the doer (:func:`named_attacker`): "قال إن منفذ الهجوم سامر الخطيب"، "المهاجم الشيشاني
فلان"، "فلان منفذ الاعتداء". The schema's perpetrator is who carried it out when the text says it; a lone attacker
with no group named is that person."""
_ATTACKER_HEADS = rules.words("roles", "named_attacker_heads")
""""المهاجم"، "القاتل"، "منفذ" (+ an act: "منفذ الهجوم")، "مطلق" (+ "النار")."""
_ATTACKER_ACTS = rules.words("roles", "named_attacker_acts")
_ATTACKER_CUES = rules.words("roles", "named_attacker_cues")
""""المدعو"، "يدعى"، "باسم" ("الذي عرف باسم"): the name follows."""
_ATTACKER_DOUBTS = rules.words("roles", "named_attacker_doubts")
""""أن يكون"، "تشتبه"، "ربما": a name only doubted, before it in its clause, as a denial is (review64 finding 9)."""
_ATTACKER_ANCHORS = rules.words("roles", "named_attacker_anchors")
""""بعد/قبل ... من" ("بعد أشهر من هجوم نفذه المهاجم فلان"): the sentence names another, earlier incident's attacker."""
_UNKNOWN = rules.words("roles", "named_attacker_unknown")
_NEGATIONS = frozenset(normalize(w) for w in ("لم", "لا", "ولم", "ولا", "غير"))
_DOUBT_REACH = 6
"""How far before the name (or its noun) in its clause a denial or doubt is looked for."""
_GIVEN = rules.words("actors", "given_names")
_COMMON = rules.words("common_words", "common_words")
_ACT_HEADS = frozenset(normalize(w) for w in ("منفذ", "مطلق"))
_PLURAL_ENDINGS = ("ين", "ون", "تان", "ات")
_NOT_NAMES = frozenset(normalize(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللذان"))
_NAME_WORDS = 3
"""Words of a name after its given name, at most."""
_CUE_REACH = 4
"""How far after the attacker's noun a name cue may stand ("المهاجم الذي عرف باسم فلان")."""


def _name_from(s, y: int, cued: bool, dated: set[int]) -> int | None:
    """The end of a person's name that opens at ``y``: a given name (any word after a name cue) and one to
    ``_NAME_WORDS`` more words, each a given name, a word that is no common word, or a definite family name ("الخطيب"
    is a common word too) that is no relative pronoun, date or attacker's noun; None when there is none."""
    words = s.words
    if y >= len(words) or not words[y].isalpha() or words[y].startswith("ال") or not (cued or words[y] in _GIVEN):
        return None
    end = y + 1
    while end < min(len(words), y + 1 + _NAME_WORDS) and not (s.tokens[end].clause_start or s.tokens[end].soft_break):
        w = words[end]
        if not w.isalpha() or end in dated or w in _ATTACKER_HEADS or w in _NOT_NAMES:
            break
        if w not in _GIVEN and (w[0] == "و" or w[0] in "بلف" and end > y + 1 or w.endswith(_PLURAL_ENDINGS)):
            break  # "وتحرك"، "بمفرده"، "شرطيتين": the sentence goes on ("لقديم" right after the given name is one)
        if not (w in _GIVEN or w not in _COMMON or w.startswith("ال") and len(w) > 4 and end == y + 1):
            break
        end += 1
    return end if end > y + 1 else None


def _attacker_names(ctx: DocContext, si: int) -> set[str]:
    """The names sentence ``si`` gives an attacker by his noun: after it, past its act ("منفذ الهجوم"), adjectives
    ("الشيشاني"، "الإرهابي") and a name cue ("المهاجم الذي عرف باسم فلان"), or right before "منفذ" ("فلان منفذ
    الهجوم")."""
    s = ctx.sentences[si]
    words = s.words
    dated = _dated(ctx, si)
    names: set[str] = set()

    def quote(a: int, b: int) -> str:
        return ctx.quote(*s.token_span(a, b)).replace("_", " ").replace("#", "")  # "#رضوان_لقديم"

    def doubted(a: int) -> bool:  # "ونفت الشرطة أن يكون فلان منفذ الهجوم"، "تشتبه في أن يكون"
        for x in range(a - 1, max(-1, a - 1 - _DOUBT_REACH), -1):
            if words[x] in _ATTACKER_DOUBTS or bare_in(words[x], _DENIALS) or bare_in(words[x], _ACCUSATION):
                return True
            if s.tokens[x].clause_start:
                break
        return False

    def add(a: int, b: int, at: int) -> None:
        if not doubted(at):
            names.add(quote(a, b))

    for h, w in enumerate(words):
        if w not in _ATTACKER_HEADS:
            continue
        z = h + 1
        if w in _ACT_HEADS:
            if z >= len(words) or words[z] not in _ATTACKER_ACTS:
                continue
            z += 1
            for y in (h - 3, h - 2):  # "فلان الفلاني منفذ الهجوم"
                if y >= 0 and _name_from(s, y, False, dated) == h and not any(s.tokens[t].clause_start for t in range(y + 1, h)):
                    add(y, h, y)
        while z < len(words) and words[z].startswith("ال") and words[z].endswith(("ي", "يه")) \
                and not s.tokens[z].clause_start:
            z += 1  # "المهاجم الشيشاني"، "منفذ الاعتداء الإرهابي"
        cued = False
        for c in range(z, min(len(words), z + _CUE_REACH)):
            if words[c] in _ATTACKER_CUES:
                z, cued = c + 1, True
                break
        if z < len(words) and (cued or not s.tokens[z].clause_start):
            end = _name_from(s, z, cued, dated)
            if end is not None:
                add(z, end, h)
    return names


def named_attacker(ctx: DocContext, f: Frame) -> Mention | None:
    """The one attacker the article names (:data:`NAMED_ATTACKER`), asked last, when no reader found a doer: the name
    the frame's sentence gives him, else the one name the article gives him. None when the article names an armed
    group (its claim or its men are read by the other readers, or the group is in doubt), or two names."""
    if not NAMED_ATTACKER:
        return None
    if any(m.kind == "actors" and m.entry.get("type") == "armed_group" for ms in ctx.mentions for m in ms):
        return None

    def found() -> list[set[str]]:
        return [_attacker_names(ctx, si) for si in range(len(ctx.sentences))]

    per: list[set[str]] = ctx.once("roles.named_attacker", found)  # type: ignore[assignment]
    names = per[f.si]
    if not names:
        # the name told in another sentence: for the article's own incident, told in its lead or next to the
        # name, and not one dated to another year ("آخر منفذي هجمات باريس عام 2015"); not when the frame's sentence
        # says the attacker is unknown ("ولم تعرف هوية المهاجم"), nor from a sentence that tells another, earlier
        # incident ("بعد أشهر من هجوم ... نفذه المهاجم فلان", review64 finding 10)
        own = [per[t] if t == f.si or not _other_incident(ctx.sentences[t].words) else set() for t in range(len(per))]
        near = f.si <= 1 or any(own[t] for t in range(max(0, f.si - 1), min(len(per), f.si + 2)))
        year = ctx.published.year if ctx.published else None
        past = any(d.resolved.iso and year and not d.resolved.iso.startswith(str(year)) for d in ctx.dates[f.si])
        if not near or past or _has_background(ctx, f) or _unknown_attacker(ctx.sentences[f.si].words):
            return None
        names = set().union(*own)
    if len(names) != 1:
        return None
    name = next(iter(names))
    entry = Entry("actors", "person:" + name, name, None, (name,), (), {"type": "other"})
    return Mention(entry, -1, -1, 0, 0, name)


def _other_incident(words: list[str]) -> bool:
    """True when a sentence anchors its attack to another incident before its attacker's noun: "بعد/قبل" and "من"
    within three words ("ويأتي الهجوم بعد أشهر من هجوم نفذه المهاجم فلان")."""
    heads = [h for h, w in enumerate(words) if w in _ATTACKER_HEADS] or [len(words)]
    return any(words[x] in _ATTACKER_ANCHORS and "من" in words[x + 1:x + 4] for x in range(heads[-1]))


def _unknown_attacker(words: list[str]) -> bool:
    """True when a sentence says the attacker's identity is not known ("ولم تعرف هوية المهاجم"، "لا تعرف هويته")."""
    return any(w in _UNKNOWN or w[:-1] in _UNKNOWN and w[-1] == "ه" for x, w in enumerate(words)
               if any(v in _NEGATIONS for v in words[max(0, x - 3):x]))


def _has_background(ctx: DocContext, f: Frame) -> bool:
    """True when the frame's words tell an earlier incident ("وكان ... قد"، ``roles_cues._BACKGROUND``)."""
    words = ctx.sentences[f.si].words
    return any(bare_in(words[x], _BACKGROUND) for x in range(f.lo, min(f.hi, len(words))))
