"""Joint operations rooms and coordination centres: where, who, why, and how far along.

A room is written as a head noun (غرفة، غرف، مركز، مراكز، مقر) followed closely by
"joint" (مشترك، موحد) or "coordination" (تنسيق): "غرفة عمليات مشتركة"، "مركز مشترك
للتنسيق"، "مراكز التنسيق الأمني المشترك"، "مقر عمليات واحد". Other ways news tells a room is shared:
a cell, a command or an office with a joint word ("خلية تنسيق"، "قيادة عسكرية مشتركة"); the number of its
parties or two states' adjectives ("مركز المعلومات الرباعي"، "غرفة العمليات الروسية الإيرانية"); who is in it
("تضم الجيش والبيشمركة"، "تضم ممثلين عن روسيا وإيران"); who owns it ("غرفة عمليات التحالف"، "غرفة عمليات الجيش
والمقاومة"، "غرفة عمليات الفصائل"); who sets it up ("أعلنت الفصائل تشكيل غرفة عمليات"، "أنشأ التحالف الدولي
غرفة عمليات"); who coordinates through it; an alliance told in its sentence; its own name ("غرفة الموك"،
"غرفة عمليات «...»"). A room that is struck, or one service's, ministry's or company's, is none. Its status comes from the
verbs around it: established for "تم إنشاء"، "قمنا بتأسيس"، "افتتحت"، "تعمل"; planned
for "تقرر"، "الموافقة على"، "اتفاق على"، "ستنشئ"، "من المقرر"، "قرب تفعيل" and for
anything said of the future or negated ("لم يتم تنفيذ"); suspended for "تعليق"، "تجميد".

Rooms are keyed by place: the mentions of the Kirkuk room across the article become one
record. A list of places ("في كركوك وخانقين ومخمور ونينوى") gives one room per place.
A mention with no place ("غرفة التنسيق") adds its citation to the room mentioned
just before it; an article whose rooms have no place at all still gives one record for them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from marsad.agent.offline import rules
from marsad.agent.offline.actors import state_acting, state_entry, state_of
from marsad.agent.offline.context import DocContext, bare
from marsad.agent.offline.locations import Place, place_at
from marsad.agent.offline.merge import Cluster, citations, window_span
from marsad.agent.offline.scope import clitic_surfaces
from marsad.core.arabic import normalize
from marsad.core.lexicon import Entry, get_lexicon
from marsad.schemas import JointRoom

__all__ = ["find_rooms", "room_mentions", "state_adjective", "state_adjective_pair"]

# Room heads, joint and coordination words, words that make a head no room, and the life-cycle words.
_HEADS = rules.words("rooms", "heads")
_JOINT = rules.words("rooms", "joint")
_COORD = rules.words("rooms", "coord")
_NOT_ROOM = rules.words("rooms", "not_room")
_RANK_AFTER = rules.words("rooms", "rank_after")
_SUSPENDED = rules.words("rooms", "suspended")
_FUTURE = rules.words("rooms", "future")
_NEG = rules.words("rooms", "neg")
_PLANNED = rules.words("rooms", "planned")
_DONE_AFTER_TAM = rules.words("rooms", "done_after_tam")
_DONE = rules.words("rooms", "done")
_SOON = rules.words("rooms", "soon")
"""Before a verbal noun of setting up ("قرب تفعيل غرفة العمليات"): the room is to come; before anything else
("رصدت تحركات قرب الحدود") the word is "near", a place."""
_JOINT_OR_SECURITY = _JOINT | rules.words("rooms", "joint_or_security")
_GENERIC = {e.canonical for e in get_lexicon().of_kind("actors") if e.get("generic")}
_FORCE_TYPES = rules.phrases("context", "force_types")  # one list of force types
_ANAPHORS = rules.words("rooms", "anaphors")
_PARTICIPANT_CUES = rules.words("rooms", "participant_cues")
_PURPOSE_HEADS = rules.words("rooms", "purpose_heads")
_PURPOSE_STOPS = rules.words("rooms", "purpose_stops")
_PARTY_TYPES = rules.phrases("rooms", "party_types")
_AT = rules.words("rooms", "at")
_FORCE_WORDS = rules.words("rooms", "force_words")
"""Words that make a listed name a force or agency ("قوى الأمن الداخلي"، "الأمن العام"، "المقاومة الشعبية")."""
_LIST_STOPS = rules.words("rooms", "list_stops")
"""Words that close the list of the room's members ("تضم الجيش وقوى الأمن في بيروت")."""
_COLLECTIVE_OWNERS = rules.words("rooms", "collective_owners")
"""Several services named as one ("غرفة عمليات الأجهزة الأمنية"): the room is shared by them."""
_AGAINST = rules.words("rooms", "against")
"""Right before an armed group: what the room works against ("لملاحقة عناصر داعش"), not a member."""
_HQ_WORDS = rules.words("rooms", "hq_words")
"""Before a command's name: its headquarters ("مقر قيادة التحالف"), a place and so a room."""
_COMMANDER_TITLES = rules.words("rooms", "commander_titles")
"""A person's title that makes him the room's lead when the room is named in it ("قائد القوات المشتركة")."""
_MEMBER_CUES_BEFORE = rules.words("rooms", "member_cues_before")
"""Before the room in its sentence: the forces taking part, which work under it ("العملية تشارك فيها ألوية ...
وتعمل تحت قيادة غرفة عمليات مشتركة")."""
_HOSTILE = rules.words("rooms", "hostile")
"""Right before any force: the room works against it ("لصد هجوم قوات النظام"), so it is no member."""
_SUPPORT = rules.words("rooms", "support")
"""Right before a force: it supports the room's forces ("بدعم وبإسناد من قوات التحالف"), it is not a member."""
_ROOM_OF = rules.words("rooms", "room_of")
"""After a head noun, before its owner: "غرفة عمليات التحالف"، "مقر قيادة قوات التحالف"."""
_STRICT_HEADS = rules.words("rooms", "strict_heads")
"""Head nouns that name a room only with a joint word right after them ("خلية تنسيق مشتركة"، "قيادة عسكرية
مشتركة"): a cell is more often a terrorist cell or a crisis cell, a command a single force's command."""
_JOINT_ONLY_HEADS = rules.words("rooms", "joint_only_heads")
"""Strict heads that a coordination word alone does not make a room ("مكتب تنسيق الشؤون الإنسانية")."""
_NOT_CELL = rules.words("rooms", "not_cell")
"""After a cell or a command: what makes it no room ("خلية إرهابية"، "خلية الأزمة"، "خلية الإعلام الحربي")."""
_OPS_NOUNS = rules.words("rooms", "ops_nouns")
"""What a room works on, right after its head ("غرفة عمليات"، "مركز معلومات"، "مركز لتبادل المعلومات")."""
_MULTILATERAL = rules.words("rooms", "multilateral")
"""After a room or its work: how many parties share it ("مركز المعلومات الرباعي"، "غرفة عمليات ثلاثية")."""
_INTERNATIONAL = rules.words("rooms", "international")
"""After a room's work only: it is shared by states ("غرفة العمليات الدولية"); right after a head it is not
("المركز الدولي للمعارض")."""
_NISBA_STEMS = rules.words("rooms", "nisba_stems")
"""Stems of the adjectives of states and peoples: two of them make a room joint ("الروسية السورية")."""
_NAMED_ROOMS = rules.words("rooms", "named_rooms")
"""Shared rooms known by a name of their own ("غرفة الموك" in Amman, "غرفة الموم" in Turkey)."""
_SETUP = rules.words("rooms", "setup_words")
"""Right before a room: its setting up ("تشكيل"، "أنشأ"، "إقامة")."""
_COLLECTIVE_DOERS = rules.words("rooms", "collective_doers")
"""Doers that are several parties by nature ("فصائل المعارضة"، "الجيشان"، "دول التحالف")."""
_LOCATIVE_BEFORE_STATE = rules.words("rooms", "locative_before_state")
"""Before a country: it is a place ("في سوريا"، "شمال العراق"), not a member of the room."""
_OWNER_WORDS = rules.words("rooms", "owner_words")
"""Right after "غرفة عمليات": owners that are several parties ("غرفة عمليات الفصائل"، "غرفة عمليات الدول الداعمة")."""
_NAMED_OWNERS = _OWNER_WORDS | rules.words("rooms", "named_owner_words")
"""Plurals naming who is in a room already told joint ("الغرفة المشتركة لكتائب المقاومة"); brigades or battalions
alone do not make a room joint ("غرفة عمليات ألوية العمالقة" is one force's)."""
_COORDINATION = rules.words("rooms", "coordination_verbs")
"""Before an operations room in its clause: the parties coordinate through it ("بالتنسيق مع التحالف عبر غرفة العمليات")."""
_SET_UP_AFTER = rules.words("rooms", "set_up_after")
"""After a room, its makers or heads ("غرفة العمليات التي شكلتها روسيا وإيران"): who follows is in it."""
_MEMBERS_JOINED = rules.words("rooms", "member_cues_joint")
"""Right before a room: the parties have joined it ("الفصائل المنضوية في غرفة عمليات")."""
_QUOTES = "\"«“'‹"
_ALLIANCE = rules.words("rooms", "alliance_words")
"""An alliance named before a room in its sentence ("التحالف الرباعي ... غرفة عمليات في بغداد")."""
_STRUCK_BEFORE = rules.words("rooms", "struck_before")
"""Right before a room: it is a target or a place taken ("قصف غرفة عمليات"، "رصد موقعا عبارة عن غرفة عمليات")."""
_AIR = rules.words("rooms", "air_words")
"""Before a coalition: its aircraft or strikes ("طيران التحالف"), the attacker, not the room's owner."""
_UNIFIED = rules.words("rooms", "unified")
"""Joint words that say so only of a room's operations ("غرفة عمليات موحدة"), not of any centre ("مركز الاتصال
الموحد" is one company's call centre)."""
_SPEAKING = rules.words("rooms", "speaking_verbs")
"""Right before a room: the room speaks ("أعلنت الغرفة المشتركة مسؤوليتها"), a verb of no status."""
_UNREAL = rules.words("rooms", "unreal_before")
"""Before a room in its clause: it is asked about, denied or refused ("هل هناك غرفة"، "نفى وجود غرفة"، "رفضت
اقتراحا بإنشاء غرفة"): no room."""
_NO_EXIST_NEG = rules.words("rooms", "no_existence_neg")
_EXISTENCE = rules.words("rooms", "existence")
"""Together before a room ("لا توجد أي غرفة"، "ليس هناك غرفة"): said not to exist, no room."""
_JOINT_STRICT = _JOINT | _MULTILATERAL
_PLAIN_REACH = 4
"""Words after a head where its joint word may come ("غرفة العمليات العسكرية المشتركة")."""
_CHAIN_REACH = 7
"""...and how far a chain of definite adjectives may carry it ("غرفة العمليات العسكرية الروسية السورية المشتركة")."""


_ROOM_SURFACES = clitic_surfaces(_HEADS | _ANAPHORS | _STRICT_HEADS)


@lru_cache(maxsize=65536)
def _room_word(word: str) -> int:
    """1 for a room head noun (any clitic form, :func:`bare`), 3 for a strict head (a cell, a command),
    2 for an anaphor, 0 for any other word."""
    forms = bare(word)
    if not _HEADS.isdisjoint(forms):
        return 1
    if not _STRICT_HEADS.isdisjoint(forms):
        return 3
    return 2 if not _ANAPHORS.isdisjoint(forms) else 0


@lru_cache(maxsize=65536)
def _nisba(word: str) -> str | None:
    """The stem of a state's or people's adjective ("الروسيه" -> "روس"، "والسوري" -> "سور"), or None."""
    for w in bare(word):
        w = w[2:] if w.startswith("ال") else w  # "الروسيه" and "روسيه" ("غرفة عمليات روسية إيرانية")
        for suffix in ("يه", "ي"):
            if w.endswith(suffix) and w[:-len(suffix)] in _NISBA_STEMS:
                return w[:-len(suffix)]
    return None


def room_mentions(ctx: DocContext, si: int) -> list[tuple[int, int, bool]]:
    """Token ranges of joint-room phrases in sentence ``si``: ``(start, end, anaphor)``.

    An anaphor is a definite head ("الغرفة"، "المراكز") that refers back to a room already mentioned; bare, it
    can only do that; told shared ("المركز المشترك"، "الغرفة الرباعية"), it is a room of its own when none
    came before.
    """
    words = ctx.sentences[si].words
    toks = ctx.sentences[si].tokens
    if _ROOM_SURFACES.isdisjoint(words):
        return []  # most sentences: no head noun, no anaphor
    out: list[tuple[int, int, bool]] = []
    x = 0
    while x < len(words):
        kind = _room_word(words[x])
        if not kind:
            x += 1
            continue
        if kind == 3:
            end = _strict_end(ctx, si, x)
            if end is not None:
                out.append((x, end, False))
                x = end
                continue
        elif kind == 1:
            end = _joint_end(words, toks, x)
            ops = x + 1 < len(words) and words[x + 1] in _OPS_NOUNS
            if end is None and x + 1 < len(words) and words[x + 1] in _NAMED_ROOMS:
                end = x + 2  # "غرفة الموك": a shared room known by its name
            if end is None and ops and _shared_by_forces(ctx, si, x + 2):
                end = x + 2  # "غرفة عمليات تضم الجيش والشرطة الاتحادية والحشد": joint by who is in it
            if end is None and x + 1 < len(words) and words[x + 1] in _ROOM_OF:
                end = _shared_owner(ctx, si, x + 2)  # "غرفة عمليات التحالف"، "غرفة عمليات الأجهزة الأمنية"
            if end is None and ops and _set_up_by_several(ctx, si, x):
                end = x + 2  # "أنشأ التحالف الدولي غرفة عمليات"، "أعلنت الفصائل تشكيل غرفة عمليات"
            if end is None and ops and _coordinated_through(ctx, si, x):
                end = x + 2  # "ينسق الجيش مع قوات التحالف عبر غرفة عمليات في المخا"
            if end is None and ops and (_joined(words, x) or _quoted_name(ctx, si, x + 2)):
                end = x + 2  # "الفصائل المنضوية في غرفة عمليات"، "غرفة عمليات «فتح حلب»": factions' rooms
            if end is None and ops:
                end = _owners_listed(ctx, si, x + 2)  # "غرفة عمليات الجيش والمقاومة"
            if end is None and ops and _alliance_room(ctx, si, x):
                end = x + 2  # "تحالف رباعي يضم روسيا وإيران والعراق وسوريا، وله غرفة عمليات في بغداد"
            if end is not None:
                after = words[end:end + 3]
                if not any(w in _RANK_AFTER for w in after):
                    out.append((x, end, False))
                    x = end
                    continue
        elif kind == 2 and (end := _joint_end(words, toks, x, definite=True)) is not None:
            # a definite head told shared ("المركز المشترك للتنسيق"): an anaphor when a room came before, else a room
            out.append((x, end, True))
            x = end
            continue
        elif kind == 2 and (x + 1 >= len(words) or words[x + 1] not in _NOT_ROOM):
            out.append((x, x + 1, True))
        x += 1
    return out


def _joint_end(words: list[str], toks, x: int, definite: bool = False) -> int | None:
    """End of a room phrase whose words say it is shared, for the head noun at x: a joint or coordination
    word ("غرفة عمليات مشتركة"، "مركز التنسيق الأمني المشترك"، "مقر عمليات واحد"), a count of parties after its
    work ("مركز المعلومات الرباعي"), or the adjectives of two states ("غرفة العمليات الروسية السورية").
    A definite head ("المركز"، "الغرفة") takes only definite adjectives up to its joint word ("المركز المشترك");
    a coordination word further than two words comes only after such a chain ("مراكز الأحياء وتم لها التنسيق"
    is no room)."""
    end = None
    ops = False
    chain = True  # every word since the head is a definite adjective or the room's work
    stems: set[str] = set()
    paired = False  # the end so far is that of two states' adjectives
    for y in range(x + 1, min(len(words), x + _CHAIN_REACH + 1)):
        if toks[y].clause_start:
            break
        w = words[y]
        if w in _NOT_ROOM:
            break
        if y > x + _PLAIN_REACH and not w.startswith("ال"):
            break  # past the plain window only a chain of definite adjectives goes on
        if definite and not w.startswith("ال") and w not in _OPS_NOUNS:
            break
        coord = w in _COORD and (y <= x + 2 or chain)
        unified_ok = w not in _UNIFIED or ops
        if (w in _JOINT and unified_ok) or coord or (w in {"واحد", "واحده"} and words[y - 1] in _OPS_NOUNS):
            end = y + 1
            if w in _COORD and y + 1 < len(words) and words[y + 1] in _JOINT_OR_SECURITY:
                continue
            break
        if (w in _MULTILATERAL and (ops or y == x + 1)) or (w in _INTERNATIONAL and ops):
            return y + 1
        stem = _nisba(w) if ops or y == x + 1 or stems else None
        if stem:
            stems.add(stem)
            if len(stems) >= 2:
                end, paired = y + 1, True  # a joint word may still follow ("الروسية السورية المشتركة")
        elif paired:
            break
        if w in _OPS_NOUNS:
            ops = True
        chain = chain and (w.startswith("ال") or w in _OPS_NOUNS)
    return end


def _strict_end(ctx: DocContext, si: int, x: int) -> int | None:
    """End of a cell or command room ("خلية تنسيق"، "خلية العمليات المشتركة"، "قيادة عسكرية مشتركة") at x,
    or None: a joint word must follow within three words, and a command the registry knows by name ("قيادة
    العمليات المشتركة" of Iraq, the coalition's commands) is an actor, told as a room by :func:`_joint_commands`."""
    s = ctx.sentences[si]
    words = s.words
    command = not _JOINT_ONLY_HEADS.isdisjoint(bare(words[x]))
    named = next((m for m in ctx.mentions[si] if m.kind == "actors" and m.i <= x < m.j), None) if command else None
    if named is not None:
        # "قيادة العمليات المشتركة التي تضم القوات الأمريكية والبريطانية والعراقية": a command the registry knows,
        # told as shared by the forces of several states
        return named.j if len(_states_in(ctx, si, named.j)) >= 2 else None
    for y in range(x + 1, min(len(words), x + 4)):
        w = words[y]
        if command and w in {"قوات", "القوات"}:
            continue  # "قيادة القوات المشتركة": the joint forces' command
        if s.tokens[y].clause_start or w in _NOT_CELL or w in _NOT_ROOM:
            return None
        if w in _JOINT_STRICT or (not command and w in _COORD):
            if w in _COORD and y + 1 < len(words) and words[y + 1] in _JOINT:
                return y + 2
            return y + 1
    return None


def _states_in(ctx: DocContext, si: int, j: int) -> set[str]:
    """The states whose forces or peoples "تضم"/"يضم" lists right after j ("التي تضم القوات الأمريكية
    والبريطانية"، "تضم ضباطا أمريكيين وعراقيين"); empty when there is no such list."""
    words = ctx.sentences[si].words
    cue = next((x for x in range(j, min(len(words), j + 3)) if not {"تضم", "يضم"}.isdisjoint(bare(words[x]))), None)
    if cue is None:
        return set()
    _, b = ctx.sentences[si].clause_bounds(cue)
    hi = min(b, cue + 10)
    states = {st.entry.id for st in _nationals(words, cue + 1, hi)}
    states |= {st.entry.id for st in _member_states(ctx, si, cue + 1, hi)}
    for m in ctx.actors_in(si, cue + 1, hi, _FORCE_TYPES):
        code = m.entry.get("country_code")
        if code and (e := state_of(code)) is not None:
            states.add(e.id)
    return states


def _set_up_by_several(ctx: DocContext, si: int, x: int) -> bool:
    """True when the room at x ("غرفة عمليات"، "مركز معلومات") is set up by several parties named before it in its
    clause: two forces or states, a coalition or a plural of armed bodies ("أعلنت فصائل المعارضة تشكيل غرفة عمليات"،
    "أنشأ التحالف الدولي غرفة عمليات"، "اتفقت الأردن والولايات المتحدة على إقامة مركز عمليات")."""
    s = ctx.sentences[si]
    words = s.words
    a, _ = s.clause_bounds(x)
    setup = next((y for y in range(x - 1, max(a, x - 3) - 1, -1) if not _SETUP.isdisjoint(bare(words[y]))), None)
    if setup is None:
        return False
    # the doers, before the verb or between it and the room ("أنشأ التحالف غرفة"); in its clause, else earlier in
    # the sentence ("اتفق الجيش والبيشمركة، خلال اجتماع في أربيل، على تشكيل غرفة عمليات")
    return _several_doers(ctx, si, max(a, setup - 10), x) or (a > 0 and _several_doers(ctx, si, max(0, setup - 14), x))


def _several_doers(ctx: DocContext, si: int, lo: int, x: int) -> bool:
    """True when tokens [lo, x) name several parties: a plural of armed bodies, a coalition, or two forces or states."""
    words = ctx.sentences[si].words
    if any(not _COLLECTIVE_DOERS.isdisjoint(bare(w)) for w in words[lo:x]):
        return True
    parties = {m.entry.id for m in ctx.actors_in(si, lo, x, _PARTY_TYPES) if m.entry.get("type") != "government_body"}
    if any(m.entry.get("type") == "foreign_coalition" for m in ctx.actors_in(si, lo, x)):
        return True
    parties |= {st.entry.id for st in _member_states(ctx, si, lo, x)}
    return len(parties) >= 2


def _joined(words: list[str], x: int) -> bool:
    """True when the room at x is one that parties joined: "الفصائل المنضوية في غرفة عمليات"، "فصائل غرفة عمليات"."""
    return any(not _MEMBERS_JOINED.isdisjoint(bare(w)) for w in words[max(0, x - 2):x])


def _quoted_name(ctx: DocContext, si: int, j: int) -> bool:
    """True when a quoted name follows token j-1 ("غرفة عمليات «فتح حلب»"): a room named as factions name
    their joint rooms; a service's room is named by its service, never quoted."""
    s = ctx.sentences[si]
    if j >= len(s.tokens):
        return False
    gap = ctx.quote(s.token_span(j - 1, j)[1], s.token_span(j, j + 1)[0])
    return s.tokens[j].soft_break and any(q in gap for q in _QUOTES)


def _owners_listed(ctx: DocContext, si: int, j: int) -> int | None:
    """End of two or more forces owning the room, right after its work ("غرفة عمليات الجيش والمقاومة الشعبية"،
    "غرفة عمليات الجيش والحشد"), or None."""
    words = ctx.sentences[si].words
    owners = [m for m in ctx.actors_in(si, j, min(len(words), j + 8), _FORCE_TYPES)]
    if not owners or owners[0].i != j:
        return None
    chain = [owners[0]]
    for m in owners[1:]:
        if m.i == chain[-1].j and words[m.i].startswith("و") and m.entry.id != chain[-1].entry.id:
            chain.append(m)
    if len(chain) >= 2:
        return chain[-1].j
    listed = _listed_forces(ctx, si, j)
    return listed[-1][1] if len(listed) >= 2 and listed[0][0] == j else None


def _alliance_room(ctx: DocContext, si: int, x: int) -> bool:
    """True when an operations room is told in a sentence about an alliance: a coalition the registry knows, or an
    alliance word with two or more states or forces, before it ("التحالف الرباعي بين روسيا وإيران والعراق وسوريا
    ... غرفة عمليات في بغداد"). Not a room that is struck, taken or owned by one party ("غرفة عمليات للحوثيين")."""
    s = ctx.sentences[si]
    words = s.words
    if any(not _STRUCK_BEFORE.isdisjoint(bare(w)) for w in words[max(0, x - 3):x]):
        return False
    if x + 2 < len(words) and (words[x + 2] in {"تابعه", "التابعه"} or any(
            m.kind == "actors" and m.i == x + 2 and words[x + 2][:1] == "ل" for m in ctx.mentions[si])):
        return False  # "غرفة عمليات للحوثيين"، "غرفة عمليات تابعة لحزب الله"
    coalition = [m for m in ctx.actors_in(si, 0, x) if m.entry.get("type") == "foreign_coalition"
                 and not m.entry.get("joint_command") and not (m.i > 0 and not _AIR.isdisjoint(bare(words[m.i - 1])))]
    if coalition:
        return True
    if not any(not _ALLIANCE.isdisjoint(bare(w)) for w in words[:x]):
        return False
    parties = {m.entry.id for m in ctx.actors_in(si, 0, len(words), _FORCE_TYPES)}
    parties |= {st.entry.id for st in _member_states(ctx, si, 0, len(words))}
    return len(parties) >= 2


def _owner_as_written(ctx: DocContext, si: int, j: int, glued: bool = True) -> str | None:
    """The parties owning the room named right after it by a plural the registry does not know, as written without
    its "ل" ("الغرفة المشتركة لفصائل المقاومة الفلسطينية" -> "فصائل المقاومة الفلسطينية"), or None; with
    ``glued=False`` the plural at j is written bare ("الفصائل العاملة")."""
    s = ctx.sentences[si]
    words = s.words
    if j >= len(words) or _NAMED_OWNERS.isdisjoint(bare(words[j])) or (words[j][:1] != "ل") == glued:
        return None
    _, b = s.clause_bounds(j)
    end = j + 1
    while end < min(b, j + 4) and words[end].startswith("ال") and words[end] not in _LIST_STOPS:
        end += 1
    name = ctx.quote(*s.token_span(j, end))
    if not glued:
        return name[1:] if name.startswith("و") and len(name) > 3 and name[1:2] in "فا" else name
    return "ال" + name[2:] if name.startswith("لل") else name[1:]


def _coordinated_through(ctx: DocContext, si: int, x: int) -> bool:
    """True when the operations room at x is what parties coordinate through: a coordination word before it in
    its clause with a force, a coalition or a state after it ("بالتنسيق مع قوات التحالف عبر غرفة العمليات"), or
    after it with a coalition or a state."""
    s = ctx.sentences[si]
    a, b = s.clause_bounds(x)
    lo = max(a, x - 10)
    k = next((y for y in range(x - 1, lo - 1, -1) if not _COORDINATION.isdisjoint(bare(s.words[y]))), None)
    if k is None:
        # after it: "غرفة العمليات في عدن تعمل بالتنسيق مع قوات التحالف" (a coalition or a state, not any force:
        # a service's own room works with the police too)
        k = next((y for y in range(x + 2, min(b, x + 9)) if not _COORDINATION.isdisjoint(bare(s.words[y]))), None)
        if k is None:
            return False
        after = [m for m in ctx.actors_in(si, k + 1, min(b, k + 5)) if m.entry.get("type") == "foreign_coalition"]
        return bool(after or _member_states(ctx, si, k + 1, min(b, k + 5)))
    if any(m.entry.get("type") != "government_body" for m in ctx.actors_in(si, k + 1, x, _PARTY_TYPES)):
        return True
    return bool(_member_states(ctx, si, k + 1, x))


def _member_states(ctx: DocContext, si: int, i: int, j: int) -> list[_StateMention]:
    """Countries named bare in tokens [i, j) ("تضم ممثلين عن روسيا وإيران"، "بين العراق وسوريا"): members of a
    room; a country after a locative word ("في سوريا"، "شمال العراق") is a place."""
    s = ctx.sentences[si]
    out = []
    for m in ctx.places_in(si, i, j):
        e = state_entry(m)
        if e is None or (m.i > 0 and s.words[m.i - 1] in _LOCATIVE_BEFORE_STATE):
            continue
        first = s.words[m.i]
        if first[:1] in "بف" and not normalize(m.surface).startswith(first[:1]):
            continue  # "بسوريا"، "فسوريا"? glued locative
        out.append(_StateMention(m.i, e))
    return out


def _shared_by_forces(ctx: DocContext, si: int, j: int) -> bool:
    """True when "تضم"/"بين"/"بمشاركة" right after j names two or more forces (registry forces, or
    listed names that are forces: "تضم الجيش وقوى الأمن الداخلي والأمن العام")."""
    s = ctx.sentences[si]
    words = s.words
    cue = next((x for x in range(j, min(len(words), j + 4)) if any(
        b in {"تضم", "يضم", "بين", "بمشاركه", "مشتركه", "مع"} or b in _SET_UP_AFTER for b in bare(words[x]))), None)
    if cue is None and j < len(words):
        # past its work, in its clause: "غرفة عمليات لتنسيق الجهود الأمنية بين القوات الاتحادية والبيشمركة"
        _, b = s.clause_bounds(j)
        cue = next((x for x in range(j + 4, min(b, j + 9)) if any(
            w in {"تضم", "يضم", "بين", "بمشاركه"} for w in bare(words[x]))), None)
    if cue is None:
        return False
    if words[cue] == "مع" or words[cue] == "بالتنسيق":
        # "غرفة عمليات مع قوات التحالف": shared with a coalition, or with a force while another owns it
        after = ctx.actors_in(si, cue + 1, min(len(words), cue + 4), _PARTY_TYPES)
        owner = ctx.actors_in(si, max(0, j - 8), j - 2, _PARTY_TYPES)
        return any(m.entry.get("type") == "foreign_coalition" for m in after) or bool(after and owner and {
            m.entry.id for m in after} - {m.entry.id for m in owner})
    if any(f"{words[x]}_{words[x + 1]}" in _COLLECTIVE_OWNERS for x in range(cue + 1, min(len(words) - 1, cue + 7))):
        return True  # "تضم ممثلين عن الأجهزة الأمنية كافة"
    forces = {m.entry.id for m in ctx.actors_in(si, cue, min(len(words), cue + 12), _FORCE_TYPES)}
    forces |= {m.entry.id for m in _member_states(ctx, si, cue + 1, min(len(words), cue + 12))}
    return len(forces) >= 2 or len(_listed_forces(ctx, si, cue + 1)) >= 2


def _shared_owner(ctx: DocContext, si: int, j: int) -> int | None:
    """End of the room's owner at token j when the owner is several forces by nature: a coalition
    ("غرفة عمليات التحالف العربي"), services named together ("الأجهزة الأمنية") or a plural of parties
    ("غرفة عمليات الفصائل"، "غرفة عمليات الدول الداعمة"); else None."""
    words = ctx.sentences[si].words
    if j + 1 < len(words) and f"{words[j]}_{words[j + 1]}" in _COLLECTIVE_OWNERS:
        return j + 2
    if j < len(words) and words[j] in _OWNER_WORDS and words[j - 1] in _OPS_NOUNS:
        named = next((m for m in ctx.mentions[si] if m.kind == "actors" and m.i == j), None)
        return named.j if named is not None else j + 1
    for m in ctx.mentions[si]:
        if m.kind == "actors" and j <= m.i <= j + 1 and m.entry.get("type") == "foreign_coalition" \
                and not m.entry.get("joint_command"):
            return m.j
    return None


def _listed_forces(ctx: DocContext, si: int, start: int) -> list[tuple[int, int, str]]:
    """The forces listed from token ``start`` ("الجيش وقوى الأمن الداخلي والأمن العام"), as written: each
    member of the list that names a force (:data:`_FORCE_WORDS`), the list closed by a stop word or the clause."""
    s = ctx.sentences[si]
    words = s.words
    _, b = s.clause_bounds(start)
    end = min(b, len(words), start + 14)
    end = next((y for y in range(start, end) if words[y] in _LIST_STOPS), end)
    named = {k for m in ctx.mentions[si] for k in range(m.i, m.j)}
    members: list[tuple[int, int]] = []
    a = start
    for y in range(start, end + 1):
        joined = y < end and y > a and words[y].startswith("و") and any(f in _FORCE_WORDS for f in bare(words[y]))
        # a member runs on with definite words and registry names ("قوى الأمن الداخلي"); anything else ends the list
        closes = y < end and y > a and not joined and not words[y].startswith("ال") and y not in named
        if y == end or joined or closes or (y > a and s.tokens[y].clause_start):
            if y > a:
                members.append((a, y))
            a = y
            if closes or y == end:
                break
    out = []
    for x, y in members:
        if y - x > 4 or not any(f in _FORCE_WORDS for w in words[x:y] for f in bare(w)):
            continue
        name = ctx.quote(*s.token_span(x, y)).strip(" ،,.")
        if name.startswith("و") and len(name) > 3 and not name.startswith("وز"):
            name = name[1:]
        out.append((x, y, name))
    return out


def _status(ctx: DocContext, si: int, i: int, j: int) -> str:
    """planned / established / suspended for one mention (see :func:`_status_cue`); ``"operating"`` when no
    word of the room's life cycle is near it (established, unless another mention of the room says more)."""
    status, cue = _status_cue(ctx, si, i, j)
    return status if cue else "operating"


def _status_cue(ctx: DocContext, si: int, i: int, j: int) -> tuple[str, bool]:
    """(status, whether a life-cycle word was found) for one mention."""
    s = ctx.sentences[si]
    words = s.words
    a, _ = s.clause_bounds(i)
    lo, hi = max(a, i - 9), min(len(words), j + 4)
    that = next((x for x in range(i - 1, lo - 1, -1) if words[x] in {"ان", "بان"}), None)
    if that is not None:
        lo = that + 1  # "أعلن الجيش أن غرفة العمليات ... تابعت": the verb tells of the news, not of the room
    if i - 1 >= lo and not _SPEAKING.isdisjoint(bare(words[i - 1])):
        lo = i  # "أعلنت غرفة العمليات المشتركة مسؤوليتها": the room is who speaks, not what is announced
    window = [b for w in words[lo:hi] for b in bare(w)]
    if any(w in _SUSPENDED for w in window):
        return "suspended", True
    future = any(w in _FUTURE for w in window) or any(
        (w.startswith(("ست", "سي")) and len(w) > 4 and w[2:] in _DONE_AFTER_TAM) for w in window) or any(
        words[x] in _SOON and x + 1 < len(words) and not _DONE_AFTER_TAM.isdisjoint(bare(words[x + 1]))
        for x in range(lo, hi))
    done = False
    denied = False  # "عدم وجود غرفة"، "لم يتم إنشاء": said not to exist, so never operating
    for x in range(lo, hi):
        w = words[x]
        neg = x > 0 and words[x - 1] in _NEG
        if w in {"تم", "وتم"} and x + 1 < len(words) and words[x + 1] in _DONE_AFTER_TAM:
            done, denied = done or not neg, denied or neg
        if any(b in _DONE for b in bare(w)):
            done, denied = done or not neg, denied or neg
    # a list of dated dates: "اليوم"/"امس" are not future
    for d in ctx.dates[si]:
        if lo <= d.i < hi and d.mention.kind == "rel" and d.mention.parts.get("rel_days", 0) > 0:
            future = True
    cue = done or denied or future or any(w in _PLANNED for w in window)
    # a room told with no word of its life cycle ("تابعت غرفة العمليات المشتركة سير الانتخابات") is one
    # already operating (GUIDELINES §7: "works under", "spotted from")
    return ("established" if (done or not cue) and not future else "planned"), cue


def _locations(ctx: DocContext, si: int, i: int, j: int) -> list[Place]:
    """Places of a room mention: a coordinated list after it in its clause, else the nearest before it."""
    s = ctx.sentences[si]
    _, b = s.clause_bounds(i)
    found: list[Place] = []
    last_j = j
    for m in ctx.places_in(si, j, min(b, j + 16)):
        if found and (m.i - last_j > 3 or not (s.words[m.i].startswith("و") or s.words[m.i - 1] in {"و", "او"}
                                               or s.tokens[m.i].clause_start)):
            break  # the list of its places goes on with "و" ("في كركوك وخانقين"), not past a verb ("يتبادل ... مع موسكو")
        if not found and _free_words(ctx, si, j, m.i) > _PLACE_REACH and not _purpose_between(s.words, j, m.i):
            break  # far after the room, past its members or its work: the place of what it does (D-10)
        if ctx.after_direction(si, m) and found:
            break
        between = s.words[max(j, m.i - 2):m.i]
        if "بين" in between or any(w in {"وزارتي"} for w in between):
            continue
        if not found and any(st.i == m.i for st in _member_states(ctx, si, m.i, m.j)):
            continue  # a country named bare after the room is a member ("تضم ممثلين عن روسيا وإيران")
        p = place_at(ctx, si, m)
        if p.weak:
            continue
        found.append(p)
        last_j = m.j
    if found:
        return found
    # a place just before it in the same clause, or a dateline ("كركوك: افتتاح مركز مشترك ...")
    a, _ = s.clause_bounds(i)
    before = [place_at(ctx, si, m) for m in ctx.places_in(si, 0, i) if not ctx.after_direction(si, m)]
    before = [p for p in before if not p.weak and "بين" not in s.words[max(0, p.i - 2):p.i]
              and ((p.i >= a and i - p.j <= 8) or (p.i == 0 and ":" in ctx.quote(*s.token_span(p.j, min(len(s.words), p.j + 1)))
                                                   or p.i == 0 and s.norm[s.tokens[p.j - 1].ne:s.tokens[p.j - 1].ne + 2].strip().startswith(":")))]
    return before[-1:] if before else []


_PLACE_REACH = 4
"""How far after a room its own place may come ("غرفة عمليات مشتركة في الحسكة"، "مركز تنسيق مشترك للقوات في")."""


def _free_words(ctx: DocContext, si: int, j: int, k: int) -> int:
    """Words from j to k that are not the room's members, dates or the words that list them ("بين"، "و")."""
    covered = {x for m in ctx.mentions[si] if m.kind == "actors" for x in range(m.i, m.j)}
    covered |= {x for d in ctx.dates[si] for x in range(d.i, d.j)}
    words = ctx.sentences[si].words
    return sum(1 for x in range(j, k) if x not in covered and words[x] not in {"بين", "مع", "تضم", "يضم", "بمشاركه", "في"})


def _purpose_between(words: list[str], j: int, k: int) -> bool:
    """True when the words from j to k are a purpose or a formation phrase that places the room's setting up
    ("مراكز تنسيق لمناطق ..."، "لتأمين الحدود في ...")."""
    return any(w.startswith(("لمناطق", "لمنطقه", "لمحافظات", "لمحافظه", "لقضاء")) for w in words[j:k])


def _participants(ctx: DocContext, si: int, i: int, j: int) -> tuple[list[str], str | None, bool]:
    s = ctx.sentences[si]
    a, b = s.clause_bounds(i)
    words = s.words
    actors = [m for m in ctx.actors_in(si, 0, len(words), _PARTY_TYPES) if _command_of(ctx, si, m) is None]
    lead = None
    for m in actors:
        if m.i > 0 and any(w in {"بقياده", "بقيادة"} for w in bare(words[m.i - 1])):
            lead = m.entry.canonical
    cue = next((x for x in range(j, min(len(words), j + 8)) if words[x] in _PARTICIPANT_CUES or
                any(bb in {"تضم", "يضم", "بمشاركه"} or bb in _SET_UP_AFTER for bb in bare(words[x]))), None)
    chosen = []
    listed: list[tuple[int, int, str]] = []
    if cue is not None:
        chosen = [m for m in actors if cue < m.i <= cue + 12 and m.i < max(b, cue + 1) + 8 and not (
            m.entry.get("type") == "armed_group" and any(f in _AGAINST for w in words[max(0, m.i - 3):m.i] for f in bare(w)))]
        if words[cue] != "من":
            # countries named bare after the cue are members ("تضم ممثلين عن روسيا وإيران وسوريا"), and so are
            # states told by their people's adjective ("تضم ضباطا أمريكيين وعراقيين"، "بين الجيشين السوري والروسي")
            states = _member_states(ctx, si, cue + 1, min(len(words), cue + 13))
            named = {x for m in ctx.mentions[si] for x in range(m.i, m.j)}  # "الجيش العراقي" is told already
            states += [st for st in _nationals(words, cue + 1, min(len(words), cue + 7))
                       if st.i not in named and all(st.entry.id != x.entry.id for x in states)]
            chosen = sorted(chosen + states, key=lambda m: m.i)
        if words[cue] == "مع":
            subj = [m for m in actors if m.j <= i and m.entry.get("type") in _PARTY_TYPES]
            chosen = subj[-1:] + chosen
        listed = _listed_forces(ctx, si, cue + 1) if words[cue] != "مع" else []
    supporters = [m for m in chosen if any(f in _SUPPORT for w in words[max(0, m.i - 4):m.i] for f in bare(w))]
    chosen = [m for m in chosen if m not in supporters]  # "بدعم من قوات التحالف": a supporter, not a member
    if not chosen:
        joined = next((x for x in range(i - 1, -1, -1) if any(f in _MEMBER_CUES_BEFORE for f in bare(words[x]))), None)
        if joined is not None:
            chosen = [m for m in actors if joined < m.i < i and m.entry.get("type") != "government_body"]
    if not chosen and not listed and _NAMED_BY_ADJECTIVES:
        chosen = _phrase_states(words, i, j, b)
    fallback = not chosen and len(listed) < 2
    if not chosen and not listed:
        # the forces of its clause; an armed group only as the one setting the room up, before it
        # ("أعلن الحوثيون تشكيل غرفة عمليات"), never the enemy the room works against
        chosen = [m for m in actors if a <= m.i < b and m.entry.get("type") != "government_body" and (
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
            or _owner_as_written(ctx, si, j)
        if owner is None:
            # "أعلنت الفصائل العاملة في ريف حماة اندماجها ضمن غرفة عمليات واحدة": the factions joining it
            k = next((y for y in range(a, i) if words[y][:1] != "ل" and not _MEMBERS_JOINED.isdisjoint(bare(words[y]))
                      and not _NAMED_OWNERS.isdisjoint(bare(words[y]))), None)
            owner = _owner_as_written(ctx, si, k, glued=False) if k is not None else None
        if owner:
            return [owner], lead, False
    names = []
    for m in chosen:
        if m.entry.canonical not in names:
            names.append(m.entry.canonical)
    for x, y, name in listed:
        # a listed force the registry does not know ("قوى الأمن الداخلي") is named as written
        if not any(x <= m.i < y for m in actors) and name not in names:
            names.append(name)
    return names, lead, fallback


_DUAL_BODIES = rules.words("rooms", "dual_bodies")
"""Two bodies told by one dual noun ("وزارتا"، "الجيشين"): the states' adjectives after it name the pair."""
_SETTERS_BY_ADJECTIVES = True
"""Switch of the setters told by two states' adjectives before the room, in its clause (see :func:`_participants`)."""
_NAMED_BY_ADJECTIVES = True
"""Switch of :func:`_phrase_states` (members told by the states' adjectives of the room's own phrase)."""


def _phrase_states(words: list[str], i: int, j: int, b: int) -> list[_StateMention]:
    """The states a room's own phrase names by their adjectives, two or more ("غرفة العمليات الروسية السورية"،
    "غرفة عمليات مشتركة عراقية سورية روسية إيرانية"، "مركز التنسيق المشترك الأردني الأمريكي"): the adjectives in
    the phrase and those that run on right after it, in its clause; [] for fewer than two states."""
    end = j
    while end < min(b, len(words), j + 6) and (_nationals(words, end, end + 1) or words[end] in {"-", "–", "ـ"}):
        end += 1
    found = _nationals(words, i + 1, end)
    return found if len(found) >= 2 else []


_NISBA_STATES = {normalize(k): v for k, v in rules.table("rooms", "nisba_states").items()}
"""Stems of peoples' adjectives, and broken plurals, with their state ("أمريك" -> US, "أتراك" -> TR)."""


def _nationals(words: list[str], lo: int, hi: int) -> list[_StateMention]:
    """States told by their people's adjective or plural in words[lo:hi] ("ضباطا أمريكيين وعراقيين"، "الجيشين
    السوري والروسي"، "وأتراكا")."""
    out: list[_StateMention] = []
    for x in range(lo, hi):
        for w in bare(words[x]):
            w = w[2:] if w.startswith("ال") else w
            w = w[:-1] if w.endswith("ا") and len(w) > 4 else w  # the accusative "أتراكا"
            code = _NISBA_STATES.get(w) or next((_NISBA_STATES[w[:-len(f)]] for f in ("يين", "يون", "يه", "ي")
                                                 if w.endswith(f) and w[:-len(f)] in _NISBA_STATES), None)
            if code and (e := state_of(code)) is not None and all(st.entry.id != e.id for st in out):
                out.append(_StateMention(x, e))
                break
    return out


def state_adjective(words: list[str], x: int) -> Entry | None:
    """The state token x tells by its people's adjective ("الباكستاني"، "الأمريكية"), or None."""
    found = _nationals(words, x, x + 1)
    return found[0].entry if found else None


def state_adjective_pair(words: list[str], lo: int, hi: int) -> list[tuple[int, Entry]]:
    """Two states told by two adjectives side by side in words[lo:hi] ("التعاون الأمريكي التركي"، "الاتفاق
    الروسي - الإسرائيلي"): (token, state) of each, or [] when there is no such pair."""
    for x in range(lo, min(len(words) - 1, hi)):
        y = x + 2 if words[x + 1] in {"-", "–", "ـ"} else x + 1
        if y >= len(words):
            break
        first, second = _nationals(words, x, x + 1), _nationals(words, y, y + 1)
        if first and second and first[0].entry.id != second[0].entry.id:
            return [(x, first[0].entry), (y, second[0].entry)]
    return []


@dataclass(frozen=True)
class _StateMention:
    """A country named as an acting state, shaped as an actor mention (``i`` and ``entry``)."""

    i: int
    entry: Entry


def _purpose(ctx: DocContext, si: int, i: int, j: int) -> str | None:
    s = ctx.sentences[si]
    _, b = s.clause_bounds(i)
    for x in range(j, min(b, j + 14)):
        if s.words[x] in _PURPOSE_HEADS or (s.words[x] in {"اجل"} and x > 0 and s.words[x - 1] == "من"):
            start = x - 1 if s.words[x] == "اجل" else x
            end = min(b, start + 10)
            stop = next((y for y in range(start + 1, end) if s.words[y] in _PURPOSE_STOPS), None)
            end = stop or end
            return ctx.quote(*s.token_span(start, end)).strip(" ،,.")
    return None


def find_rooms(ctx: DocContext) -> list[JointRoom]:
    """The joint rooms of a document, one record per place, with all their mentions cited.

    Args:
        ctx: the document context.
    """
    clusters: dict[str, Cluster] = {}
    order: list[str] = []
    pending: list[tuple[int, tuple[int, int], str, list[str], str | None, str | None, str]] = []
    last_key: str | None = None
    told: set[tuple[int, int]] = set()  # (sentence, token) of the room phrases read: a command inside one is that room
    for si, s in enumerate(ctx.sentences):
        for i, j, anaphor in room_mentions(ctx, si):
            told.update((si, x) for x in range(i, j))
            if anaphor and (last_key is not None or pending or j - i == 1):
                if last_key is not None:
                    _add(clusters[last_key], window_span(s, i, j), _status(ctx, si, i, j), [], None, None, None,
                         clusters[last_key].data["names"][0], ctx, si, None)
                continue
            if _unreal(ctx, si, i):
                continue
            status = _status(ctx, si, i, j)
            participants, lead, fallback = _participants(ctx, si, i, j)
            if fallback:
                participants = [f"~{p}" for p in participants]
            purpose = _purpose(ctx, si, i, j)
            span = window_span(s, i, j)
            name = ctx.quote(*s.token_span(i, j))
            places = _locations(ctx, si, i, j)
            if not places:
                if last_key is not None:
                    _add(clusters[last_key], span, status, participants, lead, purpose, None, name, ctx, si, i)
                else:
                    # alone, a room with no place is still a record: its words say it is shared ("أعلنت الغرفة
                    # المشتركة لفصائل المقاومة"), whether or not the registry knows who is in it
                    pending.append((si, span, status, participants, lead, purpose, name, True))
                continue
            for p in places:
                key = p.key
                if key not in clusters:
                    clusters[key] = Cluster(key, si, data={"place": p})
                    order.append(key)
                _add(clusters[key], span, status, participants, lead, purpose, p, name, ctx, si, i)
                last_key = key
            for si_p, span_p, st, parts, ld, pur, nm, _ in pending:
                _add(clusters[places[0].key], span_p, st, parts, ld, pur, None, nm, ctx, si_p, None)
            pending.clear()
    _joint_commands(ctx, clusters, order, told)
    if any(p[-1] for p in pending) and not clusters:
        key = "unlocated"
        clusters[key] = Cluster(key, pending[0][0], data={"place": None})
        order.append(key)
        for si_p, span_p, st, parts, ld, pur, nm, _ in pending:
            _add(clusters[key], span_p, st, parts, ld, pur, None, nm, ctx, si_p, None)
    for k in order:
        _commander(ctx, clusters[k])
    records = [_record(ctx, clusters[k]) for k in order]
    # a room named without its forces ("قمنا بتأسيس غرفة تنسيق في ديالى") shares the article's partnership
    sets = [tuple(r.participants) for r in records if r.participants]
    if not sets and records:
        # no room names its forces: the forces the article opens with
        lead = [m.entry.canonical for si in sorted(ctx.lead) for m in ctx.mentions[si]
                if m.kind == "actors" and m.entry.get("type") in _FORCE_TYPES and not m.entry.get("generic")
                and not _fought(ctx, si, m.i)]
        sets = [tuple(dict.fromkeys(lead))] if lead else []
    if sets:
        common = max(set(sets), key=sets.count)
        for r in records:
            if not r.participants:
                r.participants = list(common)
    return records


def _unreal(ctx: DocContext, si: int, i: int) -> bool:
    """True when the room at token i is asked about, denied, refused or said not to exist ("هل هناك غرفة عمليات"،
    "نفى وجود غرفة"، "رفضت أنقرة اقتراحا بإنشاء غرفة"، "لا توجد أي غرفة")."""
    s = ctx.sentences[si]
    words = s.words
    a, _ = s.clause_bounds(i)
    lo = max(a, i - 8)
    if any(b in _UNREAL for w in words[lo:i] for b in bare(w)):
        return True
    return any(words[x] in _NO_EXIST_NEG and words[x + 1] in _EXISTENCE for x in range(max(a, i - 5), i - 1))


def _fought(ctx: DocContext, si: int, i: int) -> bool:
    """True when a hostile word comes right before token i ("لصد هجوم قوات النظام"): a force fought, no partner."""
    return any(f in _HOSTILE for w in ctx.sentences[si].words[max(0, i - 3):i] for f in bare(w))


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
    if not words[m.j].startswith("لل") and not any(b in _FORCE_WORDS for b in bare(words[m.j])):
        return None  # "القيادة المشتركة لعملية ..." (an operation), not an owner
    _, b = ctx.sentences[si].clause_bounds(m.j)
    end = m.j + 1
    while end < min(b, m.j + 3) and words[end].startswith("ال") and words[end] not in _LIST_STOPS:
        end += 1
    name = ctx.quote(*ctx.sentences[si].token_span(m.j, end))
    return "ال" + name[2:] if name.startswith("لل") else name[1:]


def _joint_commands(ctx: DocContext, clusters: dict[str, Cluster], order: list[str],
                    told: set[tuple[int, int]]) -> None:
    """A coalition's joint command ("قيادة القوات المشتركة للتحالف"، "قوة المهام المشتركة") is a
    joint room shared by the coalition's forces (GUIDELINES §7, D-26): established, its place
    when "في <city>" follows it, no date (only seen operating, D-11), the coalition as participant.
    A command inside a room phrase already read ("مقر القيادة المشتركة") is that room, not a second one; a bare
    command of another body ("القيادة المشتركة للقوات الأفريقية") has that body as participant."""
    lex = get_lexicon()
    for si, s in enumerate(ctx.sentences):
        for m in ctx.mentions[si]:
            if m.kind != "actors" or not m.entry.get("joint_command"):
                continue
            if (si, m.i) in told:
                continue
            if not any(w in _JOINT for w in s.words[m.i:m.j]) and not (m.i > 0 and any(
                    f in _HQ_WORDS for f in bare(s.words[m.i - 1]))):
                # "قيادة التحالف" with no joint word and no HQ before it: the coalition's leadership, or the
                # act of leading it ("تتولى المملكة قيادة التحالف"), not a room
                continue
            place = None
            if m.j + 1 < len(s.words) and s.words[m.j] in _AT:
                p = next((place_at(ctx, si, pm) for pm in ctx.places_in(si, m.j + 1, m.j + 3) if pm.i == m.j + 1), None)
                if p is not None and not p.weak and p.base_level != "country":
                    place = p
            other = _command_of(ctx, si, m)
            key = place.key if place else f"command:{other or m.entry.id}"
            if key not in clusters:
                clusters[key] = Cluster(key, si, data={"place": place})
                order.append(key)
            parent = lex.get("actors", m.entry.get("coalition", "")) if m.entry.get("coalition") else None
            parts = [other] if other else [parent.canonical] if parent else []
            _add(clusters[key], window_span(s, m.i, m.j), "established", parts, None, None, place,
                 ctx.quote(*s.token_span(m.i, m.j)), ctx, si, None)


def _add(c: Cluster, span, status, participants, lead, purpose, place, name, ctx: DocContext, si: int,
         i: int | None) -> None:
    c.spans.append(span)
    c.add_list("sentences", [si])
    c.add_list("statuses", [status])
    c.add_list("participants", participants)
    c.add_list("names", [name])
    if lead and not c.data.get("lead"):
        c.data["lead"] = lead
    if purpose and not c.data.get("purpose"):
        c.data["purpose"] = purpose
    if i is not None and not c.data.get("date"):
        a, b = ctx.sentences[si].clause_bounds(i)
        hits = sorted((d for d in ctx.dates[si] if a <= d.i < b), key=lambda d: abs(d.i - i)) or sorted(
            (d for d in ctx.dates[si] if d.i < i), key=lambda d: i - d.i) or sorted(
            (d for d in ctx.dates[si] if d.i > i and status == "planned" and _future(d)), key=lambda d: d.i - i)
        if hits:
            c.data["date"] = hits[0]


def _commander(ctx: DocContext, c: Cluster) -> None:
    """The room's lead, when not stated with "بقيادة": a person titled as its commander in a sentence that
    names it ("قائد القوات المشتركة الفريق الركن ..."، "رئيس غرفة العمليات المشتركة")."""
    if c.data.get("lead"):
        return
    for p in ctx.persons:
        role = normalize(p.role or "")
        head = role.split(" ")[0] if role else ""
        if p.sentence in c.data.get("sentences", []) and head in _COMMANDER_TITLES and (
                any(w in _JOINT or w in _COORD for w in role.split()) or "غرفه" in role):
            c.data["lead"] = p.name
            return


def _future(d) -> bool:
    """A date said of the future ("غداً"، "الشهر المقبل")."""
    p = d.mention.parts
    return (p.get("rel_days") or 0) > 0 or p.get("qualifier") == "next"


def _record(ctx: DocContext, c: Cluster) -> JointRoom:
    statuses = [st for st in c.data.get("statuses", []) if st != "operating"] or ["established"]
    status = "suspended" if "suspended" in statuses else "established" if "established" in statuses else "planned"
    place: Place | None = c.data.get("place")
    date = c.data.get("date")
    named = [p for p in c.data.get("participants", []) if not p.startswith("~")]
    participants = named or [p[1:] for p in c.data.get("participants", [])]
    specific = [p for p in participants if p not in _GENERIC]
    participants = specific or participants
    return JointRoom(
        name=c.data["names"][0] if c.data.get("names") else None,
        location=place.location if place else None,
        participants=participants,
        lead=c.data.get("lead"),
        purpose=c.data.get("purpose"),
        status=status,
        date=date.resolved.iso if date else None,
        date_precision=date.resolved.precision if date else "unknown",
        date_text=ctx.quote(date.start, date.end) if date else None,
        citations=citations(ctx.doc.doc_id, ctx.text, c.spans),
    )
