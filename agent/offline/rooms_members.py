"""Joint rooms: who is in a room (its members, its lead, or the one owner it belongs to).

:func:`_participants` reads the actors and states told with a room: named in its phrase, listed after a member cue,
setting it up before it (two states' bodies told by one dual noun and two adjectives), or a coalition's joint
command told with the body it is. The switches ``_SETTERS_BY_ADJECTIVES`` and ``_NAMED_BY_ADJECTIVES`` live here,
where :func:`_participants` reads them.
"""

from __future__ import annotations

from marsad.agent.offline import rooms_mentions, rules
from marsad.agent.offline.actors import state_acting, state_entry
from marsad.agent.offline.context import DocContext, bare, bare_in
from marsad.agent.offline.locations import place_at
from marsad.agent.offline.rooms_mentions import _capital_sides, _listed_forces, _member_states, _owner_as_written
from marsad.agent.offline.rooms_states import (
    _nationals,
    _phrase_states,
    _StateMention,
    state_adjective,
    state_adjective_pair,
)
from marsad.agent.offline.rooms_words import (
    _AGAINST,
    _CAPITAL_GOVERNMENTS,
    _COORDINATION,
    _FORCE_TYPES,
    _FORCE_WORDS,
    _HOSTILE,
    _LIST_STOPS,
    _MEMBER_CUES_BEFORE,
    _MEMBERS_JOINED,
    _NAMED_OWNERS,
    _PARTICIPANT_CUES,
    _PARTY_TYPES,
    _SET_UP_AFTER,
    _STRICT_HEADS,
    _SUPPORT,
    INCLUDE_VERBS,
)
from marsad.core.lexicon import get_lexicon

_SAID_THAT = frozenset({"ان"})
""""إن"/"أن" as a sentence's words hold them (normalised): what follows is said, not listed."""
_LINK_WORDS = INCLUDE_VERBS | {"بين", "مع", "بمشاركه", "في"}
"""Words between a room and its members that name neither (a verb of including, "بين"، "مع" ...)."""


def _free_words(ctx: DocContext, si: int, j: int, k: int) -> int:
    """Words from j to k that are not the room's members, dates or the words that list them ("بين"، "و")."""
    covered = {x for m in ctx.mentions[si] if m.kind == "actors" for x in range(m.i, m.j)}
    covered |= {x for d in ctx.dates[si] for x in range(d.i, d.j)}
    words = ctx.sentences[si].words
    return sum(1 for x in range(j, k) if x not in covered and words[x] not in _LINK_WORDS)


def _purpose_between(words: list[str], j: int, k: int) -> bool:
    """True when the words from j to k are a purpose or a formation phrase that places the room's setting up
    ("مراكز تنسيق لمناطق ..."، "لتأمين الحدود في ...")."""
    return any(w.startswith(("لمناطق", "لمنطقه", "لمحافظات", "لمحافظه", "لقضاء")) for w in words[j:k])


def _participants(ctx: DocContext, si: int, i: int, j: int) -> tuple[list[str], str | None, bool]:
    s = ctx.sentences[si]
    a, b = s.clause_bounds(i)
    words = s.words
    actors = [m for m in ctx.actors_in(si, 0, len(words), _PARTY_TYPES) if _command_of(ctx, si, m) is None
              and not (rooms_mentions.COALITION_COMMAND and i <= m.i and m.j < j and m.entry.get("type") != "foreign_coalition"
                       and not _STRICT_HEADS.isdisjoint(bare(words[m.i])))]
    # "قيادة العمليات المشتركة للتحالف العربي": the command is the room itself, the coalition its member
    lead = None
    for m in actors:
        if m.i > 0 and any(w in {"بقياده", "بقيادة"} for w in bare(words[m.i - 1])):
            lead = m.entry.canonical
    cue = next((x for x in range(j, min(len(words), j + 8)) if words[x] in _PARTICIPANT_CUES or
                any(bb in INCLUDE_VERBS or bb == "بمشاركه" or bb in _SET_UP_AFTER for bb in bare(words[x]))), None)
    chosen = []
    listed: list[tuple[int, int, str]] = []
    if cue is not None:
        # what is said after the room ("غرفة العمليات المشتركة بين الجيشين إن القصف استهدف مواقع الوحدات") names no
        # member (fix of pass 63): the list ends at "إن"/"أن"
        said = next((y for y in range(cue + 1, len(words)) if words[y] in _SAID_THAT), len(words))
        chosen = [m for m in actors if cue < m.i <= cue + 12 and m.i < min(said, max(b, cue + 1) + 8) and not (
            m.entry.get("type") == "armed_group" and any(f in _AGAINST for w in words[max(0, m.i - 3):m.i] for f in bare(w)))]
        if words[cue] != "من":
            # countries named bare after the cue are members ("تضم ممثلين عن روسيا وإيران وسوريا"), and so are
            # states told by their people's adjective ("تضم ضباطا أمريكيين وعراقيين"، "بين الجيشين السوري والروسي")
            states = _member_states(ctx, si, cue + 1, min(len(words), cue + 13))
            named = {x for m in ctx.mentions[si] for x in range(m.i, m.j)}  # "الجيش العراقي" is told already
            states += [st for st in _nationals(words, cue + 1, min(len(words), cue + 7))
                       if st.i not in named and all(st.entry.id != x.entry.id for x in states)]
            # "غرفة تنسيق مشتركة بين بغداد وأربيل": capitals standing for the governments
            states += [st for st in _capital_sides(ctx, si, cue + 1, min(len(words), cue + 13))
                       if all(st.entry.id != x.entry.id for x in states)]
            chosen = sorted(chosen + states, key=lambda m: m.i)
        if WITH_REGION and words[cue] == "مع" and (gov := _with_government(ctx, si, cue)) is not None \
                and all(m.entry.id != gov.entry.id for m in chosen):
            chosen = sorted([*chosen, gov], key=lambda m: m.i)  # "الغرفة المشتركة مع إقليم كردستان": its government
        if words[cue] == "مع":
            subj = [m for m in actors if m.j <= i and m.entry.get("type") in _PARTY_TYPES]
            own = [m for m in actors if i <= m.i < j] if NAMED_OWNER_WITH else []
            # "غرفة عمليات التحالف تدير المعركة بالتنسيق مع الجيش": the force the room is named after works with
            # the one after "مع"
            chosen = (own or subj[-1:]) + chosen
        start = rooms_mentions._past_delegates(words, cue + 1) if rooms_mentions.MEMBER_PEOPLES else cue + 1
        listed = _listed_forces(ctx, si, start) if words[cue] != "مع" else []  # "بمشاركة ممثلين عن الجيش والأمن العام"
    supporters = [m for m in chosen if any(f in _SUPPORT for w in words[max(0, m.i - 4):m.i] for f in bare(w))]
    chosen = [m for m in chosen if m not in supporters]  # "بدعم من قوات التحالف": a supporter, not a member
    if not chosen:
        joined = next((x for x in range(i - 1, -1, -1) if not _MEMBER_CUES_BEFORE.isdisjoint(bare(words[x]))), None)
        if joined is not None:
            chosen = [m for m in actors if joined < m.i < i and m.entry.get("type") != "government_body"]
    if not chosen and not listed and _NAMED_BY_ADJECTIVES:
        chosen = _phrase_states(words, i, j, b)
    fallback = not chosen and len(listed) < 2
    if not chosen and not listed:
        # the forces of its clause; an armed group only as the one setting the room up, before it
        # ("أعلن الحوثيون تشكيل غرفة عمليات"), never the enemy the room works against
        chosen = [m for m in actors if a <= m.i < b and (m.entry.get("type") != "government_body" or _conjoined_setter(
            ctx, si, m, a, i, actors)) and (
            m.entry.get("type") != "armed_group" or (m.j <= i and not any(
                f in _AGAINST for w in words[max(0, m.i - 3):m.i] for f in bare(w)))) and not any(
            f in _HOSTILE for w in words[max(0, m.i - 3):m.i] for f in bare(w))]
        # states acting together ("اتفقت تركيا وروسيا على إنشاء مركز تنسيق مشترك")
        prev = None
        states = []
        for m in ctx.places_in(si, a, i):
            e = state_entry(m)
            if e is not None and state_acting(s, m, prev):
                states.append(_StateMention(m.i, e))
                prev = m.j
        bare_states = _member_states(ctx, si, a, i)
        if len({st.entry.id for st in bare_states}) < 2:
            bare_states = _member_states(ctx, si, 0, i)  # "تحالف رباعي مع روسيا وإيران وسوريا، وله غرفة عمليات"
        if len({st.entry.id for st in bare_states}) >= 2 and len(bare_states) > len(states):
            states = bare_states  # "وأعلن العراق وروسيا وإيران وسوريا إنشاء مركز": the states that set it up
        if len(states) < 2:
            states = _capital_sides(ctx, si, a, i) or states  # "اتفقت بغداد وأربيل على تشكيل غرفة عمليات"
        pair = state_adjective_pair(words, a, i) if len(states) < 2 and _SETTERS_BY_ADJECTIVES else []
        if pair and not _DUAL_BODIES.isdisjoint(f for w in words[max(a, pair[0][0] - 3):pair[0][0]] for f in bare(w)):
            # "أعلنت وزارتا الدفاع العراقية والسورية تشكيل غرفة تنسيق"، "اتفق الجيشان التركي والروسي على إنشاء مركز":
            # the two states whose bodies set it up, told by their adjectives
            states = [_StateMention(x, e) for x, e in pair]
        chosen = sorted(chosen + states, key=lambda m: m.i)
    chosen = chosen or supporters  # only supporters named: they are who the room is known to join
    if not chosen and not listed:
        # "مقر القيادة المشتركة للقوات الأفريقية": the body whose command the room phrase names
        owner = next((o for m in ctx.mentions[si] if i <= m.i < j and (o := _command_of(ctx, si, m))), None) \
            or _owner_as_written(ctx, si, j) or _belonging_owner(ctx, si, i, j)
        if owner is None:
            # "أعلنت الفصائل العاملة في ريف حماة اندماجها ضمن غرفة عمليات واحدة": the factions joining it
            k = next((y for y in range(a, i) if words[y][:1] != "ل" and not _MEMBERS_JOINED.isdisjoint(bare(words[y]))
                      and not _NAMED_OWNERS.isdisjoint(bare(words[y]))), None)
            owner = _owner_as_written(ctx, si, k, glued=False) if k is not None else None
        if owner:
            return [owner], lead, False
    if CONJOINED_ADJECTIVES:
        chosen = _with_conjoined_states(ctx, si, chosen)
    told_side = _reported_side(ctx, si, i, chosen) if COORDINATING_SIDE and len(chosen) == 1 and not listed else None
    names = []
    for m in chosen:
        if m.entry.canonical not in names:
            names.append(m.entry.canonical)
    for x, y, name in listed:
        # a listed force the registry does not know ("قوى الأمن الداخلي") is named as written
        if not any(x <= m.i < y for m in actors) and name not in names:
            names.append(name)
    if told_side and told_side not in names:
        names.insert(0, told_side)
    return names, lead, fallback


CONJOINED_GOVERNMENTS = True
"""Switch (pass 52): a government body (a government, a ministry) told before the room word and joined by "و" to
another side right beside it ("وشكلت الحكومة اليمنية والتحالف العربي غرفة عمليات مشتركة"، "وأنشأت وزارة الدفاع
العراقية ووزارة البيشمركة مركز تنسيق مشتركاً") is one of those setting the room up, so a member. A government body
alone before it (the one announcing it, "وأعلنت وزارة الداخلية ...") stays out, as before."""


def _conjoined_setter(ctx: DocContext, si: int, m, a: int, i: int, actors: list) -> bool:
    """True when actor mention m (a government body) is before the room word at i in its clause and another actor or
    state is joined to it by "و" right after it or right before it (:data:`CONJOINED_GOVERNMENTS`)."""
    if not CONJOINED_GOVERNMENTS or not a <= m.i < m.j <= i:
        return False
    words = ctx.sentences[si].words
    s = ctx.sentences[si]
    others = [o for o in actors if o is not m] + [p for p in ctx.places_in(si, a, i) if state_entry(p) is not None]
    after = any(o.i == m.j and o.i < i and _waw_glued(s, words, o) for o in others)
    before = _waw_glued(s, words, m) and any(o.j == m.i for o in others)
    return after or before


def _waw_glued(s, words: list[str], m) -> bool:
    """True when the "و" that starts mention m's first token is a conjunction glued to it, not the first letter of
    its name ("ووزارة الدفاع" is; "وزارة الدفاع"، "وكالة"، "وحدة" are not): the name starts past the token's start."""
    return words[m.i].startswith("و") and m.start > s.token_span(m.i, m.i + 1)[0]


def _belonging_owner(ctx: DocContext, si: int, i: int, j: int) -> str | None:
    """The plural owner of a room told as belonging to it inside its own phrase ("غرفة العمليات التابعة لفصائل
    المعارضة" -> "فصائل المعارضة"), as written without its "ل"; None otherwise."""
    words = ctx.sentences[si].words
    k = next((x for x in range(i + 1, min(j, i + 4)) if words[x] in rooms_mentions._BELONGING), None)
    return _owner_as_written(ctx, si, k + 1) if k is not None and k + 1 < j else None


WITH_REGION = True
"""Switch (pass 38): a region or capital that stands for a government (data key capitals of agreements.json: the
Kurdistan Region, Erbil, Baghdad), written right after the "مع" that names who shares the room ("غرفة العمليات المشتركة
مع إقليم كردستان"), is a member: that government. Before, a place after "مع" gave no member."""


def _with_government(ctx: DocContext, si: int, cue: int) -> _StateMention | None:
    """The government a region or capital right after "مع" at ``cue`` stands for (one word of "حكومة" may come
    between), or None."""
    lex = get_lexicon()
    for m in ctx.places_in(si, cue + 1, min(len(ctx.sentences[si].words), cue + 4)):
        if m.i > cue + 2:
            break
        gov = _CAPITAL_GOVERNMENTS.get(place_at(ctx, si, m).key) or _CAPITAL_GOVERNMENTS.get(m.entry.id)
        if gov is not None and (e := lex.get("actors", gov)) is not None:
            return _StateMention(m.i, e)
    return None


COORDINATING_SIDE = True
"""Switch of :func:`_reported_side`."""

NAMED_OWNER_WITH = True
"""Switch (pass 33): a room named after a force ("غرفة عمليات التحالف") that works "مع" others has that force as a
member beside them, rather than a force told before the room phrase."""
_THAT = frozenset({"ان", "أن", "إن"})


def _reported_side(ctx: DocContext, si: int, i: int, chosen: list) -> str | None:
    """The other side of a room that one force coordinates with another through ("أكد أن المقاومة صدت الهجوم، مؤكدا
    وجود تنسيق مع التحالف عبر غرفة عمليات"): when the room's clause tells a coordination word then "مع" and the
    one member found, the force the sentence's reported clause opens with ("أن المقاومة"، "إن قوات الأمن"), as
    the registry names it or as written. None otherwise."""
    s = ctx.sentences[si]
    words = s.words
    a, _ = s.clause_bounds(i)
    k = next((y for y in range(i - 1, max(a, i - 8) - 1, -1) if not _COORDINATION.isdisjoint(bare(words[y]))), None)
    if k is None or k + 1 >= i or "مع" not in words[k + 1:k + 3] or not any(k < m.i < i for m in chosen):
        return None
    that = next((y for y in range(0, min(k, 8)) if words[y] in _THAT), None)
    if that is None or that + 1 >= k:
        return None
    x = that + 1
    known = next((m for m in ctx.mentions[si] if m.kind == "actors" and m.i == x), None)
    if known is not None:
        ok = known.entry.get("type") in _FORCE_TYPES  # not an armed group: the enemy it repelled ("أن الحوثيين")
        return known.entry.canonical if ok and all(known.entry.id != m.entry.id for m in chosen) else None
    if _FORCE_WORDS.isdisjoint(bare(words[x])) or not words[x].startswith("ال"):
        return None
    end = x + 1
    while end < min(k, x + 3) and words[end].startswith("ال") and not s.tokens[end].clause_start:
        end += 1
    return ctx.quote(*s.token_span(x, end)).strip(" ،,.")


CONJOINED_ADJECTIVES = True
"""Switch of :func:`_with_conjoined_states`."""


def _with_conjoined_states(ctx: DocContext, si: int, chosen: list) -> list:
    """The members, with the states told by an adjective joined right after a state's force ("القوات الأردنية
    والمصرية"، "الطائرات الروسية والسورية"): the force is written once for both states, and the registry reads
    only the first."""
    words = ctx.sentences[si].words
    out = list(chosen)
    have = {m.entry.id for m in chosen}
    codes = {m.entry.get("country_code") for m in chosen if m.entry.get("country_code")}
    for m in chosen:
        if getattr(m, "kind", None) != "actors" or m.entry.get("type") not in _FORCE_TYPES:
            continue
        x = m.j
        while x < len(words) and words[x].startswith("و") and (e := state_adjective(words, x)) is not None:
            if e.id not in have and e.get("country_code") not in codes:
                out.append(_StateMention(x, e))
                have.add(e.id)
            x += 1
    return sorted(out, key=lambda m: m.i)


_DUAL_BODIES = rules.words("rooms", "dual_bodies")
"""Two bodies told by one dual noun ("وزارتا"، "الجيشين"): the states' adjectives after it name the pair."""
_SETTERS_BY_ADJECTIVES = True
"""Switch of the setters told by two states' adjectives before the room, in its clause (see :func:`_participants`)."""
_NAMED_BY_ADJECTIVES = True
"""Switch of :func:`_phrase_states` (members told by the states' adjectives of the room's own phrase)."""


def _command_of(ctx: DocContext, si: int, m) -> str | None:
    """For a coalition's joint command written bare and followed by another body in the genitive ("القيادة المشتركة
    للقوات الأفريقية"، "القيادة المشتركة لقوات الدول العربية"): that body's name (the registry's, or as written without
    its "ل"), since the command is that body's and not the coalition's. None for any other mention (the coalition's
    own words after it, "القيادة المشتركة لقوات التحالف الدولي", are part of the alias or name its coalition)."""
    if m.kind != "actors" or not m.entry.get("joint_command"):
        return None
    words = ctx.sentences[si].words
    if m.j >= len(words) or not words[m.j].startswith("ل") or words[m.j].startswith("لا"):
        return None
    after = next((x for x in ctx.mentions[si] if x.kind == "actors" and m.j <= x.i <= m.j + 1), None)
    if after is not None:
        coalition = m.entry.get("coalition")
        if after.entry.id == coalition or after.entry.get("coalition") == coalition:
            return None  # "القيادة المشتركة للتحالف الدولي" not matched whole: still the coalition's
        return after.entry.canonical
    if not words[m.j].startswith("لل") and not bare_in(words[m.j], _FORCE_WORDS):
        return None  # "القيادة المشتركة لعملية ..." (an operation), not an owner
    _, b = ctx.sentences[si].clause_bounds(m.j)
    end = m.j + 1
    while end < min(b, m.j + 3) and words[end].startswith("ال") and words[end] not in _LIST_STOPS:
        end += 1
    name = ctx.quote(*ctx.sentences[si].token_span(m.j, end))
    return "ال" + name[2:] if name.startswith("لل") else name[1:]
