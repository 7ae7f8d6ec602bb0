"""Joint rooms: where a room is mentioned, and what makes it joint.

:func:`room_mentions` finds a head followed closely by a joint word, the number of its parties, two states'
adjectives, or a head that is joint by itself; the tests beside it tell a room shared by several owners, members,
doers or an alliance from one force's own room, and read the owners and forces listed with it.
"""

from __future__ import annotations

from functools import lru_cache

from marsad.agent.offline.actors import state_entry, state_of
from marsad.agent.offline.context import DocContext, bare, bare_in
from marsad.agent.offline.locations import place_at
from marsad.agent.offline.rooms_states import _nationals, _StateMention
from marsad.agent.offline.rooms_words import (
    _AIR,
    _ALLIANCE,
    _ANAPHORS,
    _CAPITAL_GOVERNMENTS,
    _CHAIN_REACH,
    _COLLECTIVE_DOERS,
    _COLLECTIVE_OWNERS,
    _COMMITTEE_HEADS,
    _COORD,
    _COORDINATION,
    _EXCHANGE_WORK,
    _FORCE_TYPES,
    _FORCE_WORDS,
    _HEADS,
    _INTERNATIONAL,
    _JOINT,
    _JOINT_ONLY_HEADS,
    _JOINT_OR_SECURITY,
    _JOINT_STRICT,
    _LIST_STOPS,
    _LOCATIVE_BEFORE_STATE,
    _MEMBER_CUES_BEFORE,
    _MEMBER_NOUNS_BEFORE,
    _MEMBERS_JOINED,
    _MULTILATERAL,
    _NAMED_OWNERS,
    _NAMED_ROOMS,
    _NISBA_STEMS,
    _NOT_CELL,
    _NOT_ROOM,
    _OPS_NOUNS,
    _OWNER_WORDS,
    _PARTY_TYPES,
    _PLAIN_REACH,
    _QUOTES,
    _RANK_AFTER,
    _ROOM_OF,
    _ROOM_SURFACES,
    _SECURITY_ADJ,
    _SET_UP_AFTER,
    _SETUP,
    _STRICT_HEADS,
    _STRUCK_BEFORE,
    _UNIFIED,
    INCLUDE_VERBS,
)
from marsad.core.arabic import normalize
from marsad.core.lexicon import get_lexicon


@lru_cache(maxsize=65536)
def _room_word(word: str) -> int:
    """1 for a room head noun (any clitic form, :func:`bare`), 3 for a strict head (a cell, a command),
    4 for a committee (whether committees count is the caller's test of :data:`JOINT_COMMITTEES`: a switch read in
    here would be frozen into the cache), 2 for an anaphor, 0 for any other word."""
    forms = bare(word)
    if not _HEADS.isdisjoint(forms):
        return 1
    if not _STRICT_HEADS.isdisjoint(forms):
        return 3
    if not _COMMITTEE_HEADS.isdisjoint(forms):
        return 4
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
                seat = HEAD_BEFORE_COMMAND and x > 0 and words[x - 1] in _SEAT_HEADS and not (out and out[-1][1] > x - 1)
                out.append((x - 1 if seat else x, end, False))  # "مركز قيادة مشتركا": the centre, not "قيادة مشتركا"
                x = end
                continue
        elif kind == 1:
            end = _joint_end(words, toks, x)
            ops = x + 1 < len(words) and (words[x + 1] in _OPS_NOUNS or EXCHANGE_WORK and words[x + 1] in _EXCHANGE_WORK)
            if end is None and x + 1 < len(words) and words[x + 1] in _NAMED_ROOMS:
                end = x + 2  # "غرفة الموك": a shared room known by its name
            if end is None and ops and _shared_by_forces(ctx, si, x + 2):
                end = x + 2  # "غرفة عمليات تضم الجيش والشرطة الاتحادية والحشد": joint by who is in it
            if end is None and x + 1 < len(words) and words[x + 1] in _ROOM_OF:
                end = _shared_owner(ctx, si, x + 2)  # "غرفة عمليات التحالف"، "غرفة عمليات الأجهزة الأمنية"
            if end is None and ops and _members_before(ctx, si, x):
                end = x + 2  # "وتضم غرفة العمليات المركزية ضباطا من الجيش وقوى الأمن الداخلي": its members, verb first
            if end is None and ops and _set_up_by_several(ctx, si, x):
                end = x + 2  # "أنشأ التحالف الدولي غرفة عمليات"، "أعلنت الفصائل تشكيل غرفة عمليات"
            if end is None and COMMAND_SET_UP and x + 1 < len(words) and words[x + 1] in _COMMAND_NOUNS \
                    and _set_up_by_several(ctx, si, x):
                end = x + 2  # "أنشأت السعودية والإمارات مركز قيادة للعمليات": a command centre of two states
            if end is None and ops and _coordinated_through(ctx, si, x):
                end = x + 2  # "ينسق الجيش مع قوات التحالف عبر غرفة عمليات في المخا"
            if end is None and ops and (_joined(words, x) or _quoted_name(ctx, si, x + 2)):
                end = x + 2  # "الفصائل المنضوية في غرفة عمليات"، "غرفة عمليات «فتح حلب»": factions' rooms
            if end is None and ops:
                end = _owners_listed(ctx, si, x + 2)  # "غرفة عمليات الجيش والمقاومة"
            if end is None and ops and _alliance_room(ctx, si, x):
                end = x + 2  # "تحالف رباعي يضم روسيا وإيران والعراق وسوريا، وله غرفة عمليات في بغداد"
            if end is None and not ops and PLACE_THEN_WORK:
                end = _placed_then_work(ctx, si, x)  # "اتفقت الدول الأربع على إنشاء مركز في دمشق لتبادل المعلومات"
            if end is not None and STRUCK_ROOM and _struck(words, x):
                x = end
                continue  # "قصفت الطائرات غرفة عمليات مشتركة للمسلحين": a target, not a room record (GUIDELINES §7)
            if end is not None:
                after = words[end:end + 3]
                if _RANK_AFTER.isdisjoint(after):
                    out.append((x, end, False))
                    x = end
                    continue
        elif kind == 4 and JOINT_COMMITTEES:
            end = _committee_end(ctx, si, x)
            if end is not None and not _struck(words, x):
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


JOINT_COMMITTEES = True
"""Switch (pass 63): a committee of security or military work told joint ("لجنة أمنية مشتركة"، "اللجنة العسكرية
المشتركة"، "لجنة تنسيق أمني مشتركة"، "لجنة عسكرية ثلاثية") or shared by the forces or states listed after it ("لجنة
أمنية تضم الجيش والشرطة") is a joint room (GUIDELINES §7: shared by several forces or bodies). A committee told only
joint ("لجنة مشتركة" of a border or of trade) or only of security ("لجنة الأمن والدفاع النيابية"، "اللجنة الأمنية
العليا" of one government) is not. Data keys committee_heads, security_adjectives."""
_COMMITTEE_REACH = 4


def _committee_end(ctx: DocContext, si: int, x: int) -> int | None:
    """End of a joint committee of security work at x (:data:`JOINT_COMMITTEES`), or None: within four words after
    the head, in its clause, a security adjective ("أمنية"، "العسكرية"), and a joint word or a count of parties there
    too, or two forces or states listed after it ("تضم"، "بين")."""
    s = ctx.sentences[si]
    words = s.words
    security = joint = None
    for y in range(x + 1, min(len(words), x + 1 + _COMMITTEE_REACH)):
        if s.tokens[y].clause_start:
            break
        w = words[y]
        if w in _SECURITY_ADJ and security is None:
            security = y
        elif w in _JOINT_STRICT and joint is None:
            joint = y
        elif not (w.startswith("ال") or w in _COORD or w in {"تنسيق", "عليا", "العليا"}):
            break  # "لجنة أمنية في البرلمان": the committee's words end
    if security is None:
        return None
    if joint is not None:
        return max(security, joint) + 1
    return security + 1 if _shared_by_forces(ctx, si, security + 1) else None


EXCHANGE_WORK = True
"""Switch (pass 61): a centre named by the exchange it runs, in construct ("مركز تبادل المعلومات الأمنية بين ..."), has
its work told as "مركز لتبادل المعلومات" has: the room's sharing is still read from who sets it up or is in it
(a list after "بين"، "تضم"، several subjects), never from the word alone. Data key exchange_work."""

PLACE_THEN_WORK = True
"""Switch of :func:`_placed_then_work`."""

HEAD_BEFORE_COMMAND = True
"""Switch (pass 38): a joint command written after the head of a centre or seat ("مركز قيادة مشتركا"، "مقر القيادة
المشتركة") is named from that head: the room is the centre, not "قيادة مشتركا"."""
_SEAT_HEADS = frozenset({"مركز", "مركزا", "مقر", "مقرا"})

COMMAND_SET_UP = True
"""Switch (pass 38): a command centre ("مركز قيادة"، "مقر قيادة") that several parties set up ("أقامت مصر والسودان
مقر قيادة في ...") is a joint room, as an operations room set up by several is; one army's own command post is not."""
_COMMAND_NOUNS = frozenset({"قياده", "للقياده", "قيادة", "للقيادة"})

STRUCK_ROOM = True
"""Switch (pass 37): a room told right after a word of striking, raiding or taking ("قصف غرفة عمليات مشتركة"،
"استهدفت الغارة مقر غرفة العمليات المشتركة"، "سيطرت الفصائل على غرفة العمليات المشتركة") is a target or a place
taken: no record, however it is written shared (GUIDELINES §7: a target room is at most optional)."""


def _struck(words: list[str], x: int) -> bool:
    """True when a word of striking or taking (``struck_before``) stands within three words before the room at x."""
    return any(not _BOMBED.isdisjoint(bare(w)) for w in words[max(0, x - 3):x])


_BOMBED = frozenset(normalize(w) for w in ("قصف", "قصفت", "غارة", "غارات", "تدمير", "دمر", "دمرت", "تفجير"))


def _placed_then_work(ctx: DocContext, si: int, x: int) -> int | None:
    """End of a bare room head placed before its work ("مركز في عمان لتبادل المعلومات"، "مقر في أنقرة لتنسيق
    العمليات") when several parties set it up or share it (the head alone, so that its place is read after it);
    None otherwise."""
    s = ctx.sentences[si]
    words = s.words
    if x + 3 >= len(words) or words[x + 1] != "في":
        return None
    place = next((m for m in ctx.places_in(si, x + 2, x + 3) if m.i == x + 2), None)
    if place is None or place.j >= len(words) or s.tokens[place.j].clause_start:
        return None
    k = place.j
    if words[k][:1] != "ل" or words[k] not in _OPS_NOUNS:
        return None  # only a work told as a purpose ("لتبادل"، "لتنسيق"، "للمعلومات")
    if _set_up_by_several(ctx, si, x) or _shared_by_forces(ctx, si, k + 1):
        return x + 1  # the head alone: its place follows it, read as the room's place
    return None


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
        if len(_states_in(ctx, si, named.j)) >= 2:
            return named.j
        return _coalition_after(ctx, si, named.j) if COALITION_COMMAND else None
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


COALITION_COMMAND = True
"""Switch (pass 34): a command the registry knows under another owner's name ("قيادة العمليات المشتركة") followed by
a coalition glued to "ل" ("قيادة العمليات المشتركة للتحالف العربي"، "... للتحالف الدولي") is that coalition's
joint command, a room shared by its forces."""


def _coalition_after(ctx: DocContext, si: int, j: int) -> int | None:
    """End of a coalition the registry knows, written right at token j glued to "ل", or None."""
    words = ctx.sentences[si].words
    if j >= len(words) or words[j][:1] != "ل":
        return None
    m = next((m for m in ctx.mentions[si] if m.kind == "actors" and m.i == j), None)
    if m is None or m.entry.get("type") != "foreign_coalition" or m.entry.get("joint_command"):
        return None
    return m.j


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
    if setup is None and LONG_SUBJECT:
        setup = _setup_over_subject(ctx, si, a, x)
        if setup is not None:
            return _several_doers(ctx, si, setup + 1, x)  # only the doers told between the verb and the room
    if setup is None:
        return False
    # the doers, before the verb or between it and the room ("أنشأ التحالف غرفة"); in its clause, else earlier in
    # the sentence ("اتفق الجيش والبيشمركة، خلال اجتماع في أربيل، على تشكيل غرفة عمليات")
    return _several_doers(ctx, si, max(a, setup - 10), x) or (a > 0 and _several_doers(ctx, si, max(0, setup - 14), x))


LONG_SUBJECT = True
"""Switch (pass 43): a verb of setting up told before a long subject ("أنشأ الجيش العراقي وقوات البيشمركة الكردية
غرفة عمليات"، "أقامت السعودية والإمارات والبحرين غرفة عمليات") reaches its room over that subject, when every
word between them belongs to the list of doers; before, the verb had to stand within three words of the room."""
_SUBJECT_REACH = 12


def _setup_over_subject(ctx: DocContext, si: int, a: int, x: int) -> int | None:
    """The setup word furthest within twelve words before the room at x, in its clause, whose words up to the room
    are only its doers: registry names, places, and definite words or words joined by "و" that carry them on
    ("الجيش العراقي وقوات البيشمركة الكردية"); None when another word (a preposition, a verb) comes between."""
    words = ctx.sentences[si].words
    named = {k for m in ctx.mentions[si] if m.kind in ("actors", "places") for k in range(m.i, m.j)}
    for y in range(x - 1, max(a, x - _SUBJECT_REACH) - 1, -1):
        if not _SETUP.isdisjoint(bare(words[y])):
            return y if y + 1 < x and y + 1 in named else None  # the subject opens with a name
        if y in named:
            continue
        w = words[y]
        if w in _LIST_STOPS or not (w.startswith("ال") or (w.startswith("و") and len(w) > 3)):
            return None
    return None


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
        reach = k + (_WITH_REACH if COORDINATED_WITH and "مع" in s.words[k + 1:k + 4] else 5)
        after = [m for m in ctx.actors_in(si, k + 1, min(b, reach)) if m.entry.get("type") == "foreign_coalition"]
        return bool(after or _member_states(ctx, si, k + 1, min(b, reach)))
    if any(m.entry.get("type") != "government_body" for m in ctx.actors_in(si, k + 1, x, _PARTY_TYPES)):
        return True
    return bool(_member_states(ctx, si, k + 1, x))


COORDINATED_WITH = True
"""Switch (pass 38): a room set up to coordinate fronts or forces with others ("غرفة عمليات لتنسيق الجبهات مع الجيش
الوطني وقوات التحالف") reaches the coalition or state after "مع" over a list of partners (up to nine words after the
coordination word), not only four words."""
_WITH_REACH = 10


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


CAPITAL_SIDES = True
"""Switch: :func:`_capital_sides` (A/B measurement)."""


def _capital_sides(ctx: DocContext, si: int, i: int, j: int) -> list[_StateMention]:
    """Capitals standing for governments in tokens [i, j), two or more joined by "و" ("اتفقت بغداد وأربيل على
    تشكيل غرفة عمليات"): the governments, members of the room and not its place; [] when fewer than two, or when a
    capital is written as a place ("في بغداد"، "ببغداد")."""
    if not CAPITAL_SIDES:
        return []
    s = ctx.sentences[si]
    out: list[_StateMention] = []
    lex = get_lexicon()
    for m in ctx.places_in(si, i, j):
        gov = _CAPITAL_GOVERNMENTS.get(place_at(ctx, si, m).key) or _CAPITAL_GOVERNMENTS.get(m.entry.id)
        if gov is None or (m.i > 0 and s.words[m.i - 1] in _LOCATIVE_BEFORE_STATE):
            continue
        first = s.words[m.i]
        if first[:1] in "بفل" and not normalize(m.surface).startswith(first[:1]):
            continue  # "ببغداد"، "لأربيل": a place, or what something is for
        if out and not (first.startswith("و") and m.i - out[-1].i <= 2):
            return []  # not one list of sides ("أربيل ... في الطريق إلى بغداد")
        if (e := lex.get("actors", gov)) is not None and all(st.entry.id != e.id for st in out):
            out.append(_StateMention(m.i, e))
    return out if len(out) >= 2 else []


def _shared_by_forces(ctx: DocContext, si: int, j: int) -> bool:
    """True when "تضم"/"بين"/"بمشاركة" right after j names two or more forces (registry forces, or
    listed names that are forces: "تضم الجيش وقوى الأمن الداخلي والأمن العام")."""
    s = ctx.sentences[si]
    words = s.words
    cue = next((x for x in range(j, min(len(words), j + 4)) if any(
        b in INCLUDE_VERBS or b in {"بين", "بمشاركه", "مشتركه", "مع"} or b in _SET_UP_AFTER for b in bare(words[x]))), None)
    if cue is None and j < len(words):
        # past its work, in its clause: "غرفة عمليات لتنسيق الجهود الأمنية بين القوات الاتحادية والبيشمركة"
        _, b = s.clause_bounds(j)
        cue = next((x for x in range(j + 4, min(b, j + 9)) if any(
            w in INCLUDE_VERBS or w in {"بين", "بمشاركه"} for w in bare(words[x]))), None)
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
    if MEMBER_PEOPLES and words[cue] != "بين":
        # "غرفة عمليات تضم ضباطا سعوديين وإماراتيين": officers of two states, told by their peoples' adjectives
        forces |= {st.entry.id for st in _nationals(words, cue + 1, min(len(words), cue + 7))}
    start = _past_delegates(words, cue + 1) if MEMBER_PEOPLES else cue + 1
    if MEMBER_PEOPLES and start < len(words) and words[cue] in INCLUDE_VERBS and words[start] in _OWNER_WORDS:
        return True  # "غرفة عمليات «...» التي تضم فصائل الجيش الحر": a plural of parties
    if BETWEEN_PLURAL and words[cue] == "بين" and start + 1 < len(words) and words[start] in _BETWEEN_PLURALS:
        return True  # "مركز لتبادل المعلومات الأمنية بين دول الخليج": shared by the states of a region
    return len(forces) >= 2 or len(_listed_forces(ctx, si, start)) >= 2


BETWEEN_PLURAL = True
"""Switch (pass 63): an operations room or a centre for exchanging information told "بين" + a plural of states or
factions with what names them after it ("مركز لتبادل المعلومات الاستخباراتية بين دول الخليج"، "غرفة عمليات للتنسيق بين
فصائل المعارضة") is shared, as "تضم فصائل ..." is; a plural alone at the sentence's end names no one."""
_BETWEEN_PLURALS = frozenset(normalize(w) for w in ("دول", "الدول", "فصائل", "الفصائل", "جيوش", "الجيوش"))


MEMBERS_BEFORE = True
"""Switch (pass 59; narrowed by fix59b, one rule since pass 60): the verb that lists a room's members may come first,
before the room ("وتضم غرفة العمليات المركزية في الوزارة ضباطا من الجيش وقوى الأمن الداخلي والأمن العام"، "ويشارك في
غرفة العمليات ممثلون عن الجيش والشرطة"، "ويتمثل في غرفة العمليات كل من ..."): two or more forces or states told after
the room, in its clause, make it shared, as "غرفة عمليات تضم ..." does. What the verb lists must be members, not the
room's equipment: between the room and the first force, state or delegates' word ("ضباطا"، "ممثلون"، "كل من") stand
only the room's definite adjectives and place, prepositions, names and numbers ("وتضم غرفة العمليات المركزية في العاصمة
ضباطا من ..."); an indefinite noun of anything else ("وتضم غرفة العمليات شاشات تنقل صور كاميرات الجيش والشرطة") tells it
holds things owned by the forces: no shared room. Data keys member_cues_before, member_nouns_before; the forms of
"يتمثل" in _PARTICIPATE_BEFORE."""
_PARTICIPATE_BEFORE = frozenset(normalize(w) for w in ("يتمثل", "تتمثل", "ويتمثل", "وتتمثل", "يمثل", "تمثل"))


def _members_before(ctx: DocContext, si: int, x: int) -> bool:
    """True when a verb of including stands right before the room word at x ("تضم غرفة العمليات"), or a verb of
    taking part and "في" ("يشارك في غرفة العمليات"), and two or more forces or states are told after the room in its
    clause (:data:`MEMBERS_BEFORE`)."""
    if not MEMBERS_BEFORE or x < 1:
        return False
    words = ctx.sentences[si].words
    before = bare(words[x - 1])
    verb_first = any(b in INCLUDE_VERBS for b in before)
    taking_part = words[x - 1] == "في" and x > 1 and (not _MEMBER_CUES_BEFORE.isdisjoint(bare(words[x - 2])) or any(
        b in _PARTICIPATE_BEFORE for b in bare(words[x - 2])))
    if not (verb_first or taking_part):
        return False
    _, b = ctx.sentences[si].clause_bounds(x)
    end = min(b, len(words), x + 20)
    forces = {m.entry.id for m in ctx.actors_in(si, x + 2, end, _FORCE_TYPES)}
    forces |= {m.entry.id for m in _member_states(ctx, si, x + 2, end)}
    forces |= {st.entry.id for st in _nationals(words, x + 2, min(end, x + 12))}
    delegate = next((y for y in range(x + 2, min(end, x + 10)) if words[y] in _DELEGATES), None)
    listed = _listed_forces(ctx, si, _past_delegates(words, delegate)) if delegate is not None else []
    if not (len(forces) >= 2 or len(listed) >= 2):
        return False
    return _members_object(ctx, si, x + 2, end, delegate)


def _members_object(ctx: DocContext, si: int, lo: int, end: int, delegate: int | None) -> bool:
    """True when the object of the verb before the room, from token lo, is the members (:data:`MEMBERS_BEFORE`)."""
    words = ctx.sentences[si].words
    named = {k for m in ctx.mentions[si] for k in range(m.i, m.j)}
    starts = [m.i for m in ctx.actors_in(si, lo, end, _FORCE_TYPES)] + [m.i for m in _member_states(ctx, si, lo, end)]
    starts += [st.i for st in _nationals(words, lo, min(end, lo + 10))]
    if delegate is not None:
        starts.append(delegate)
    first = min(starts, default=end)
    return all(y in named or words[y].startswith(("ال", "وال")) or words[y].isdigit()
               or bare_in(words[y], _MEMBER_NOUNS_BEFORE) or words[y] in _DELEGATES for y in range(lo, first))


MEMBER_PEOPLES = True
"""Switch (pass 34): the members after "تضم"/"بمشاركة" may be told by their peoples' adjectives ("ضباطا أمريكيين
وأردنيين") or as the delegates of the forces listed ("بمشاركة ممثلين عن الجيش والأمن العام"): a shared room."""
_DELEGATES = frozenset(normalize(w) for w in (
    "ممثلين", "ممثلي", "ممثلون", "مندوبين", "مندوبي", "ضباط", "ضباطا", "ضباطاً", "عناصر", "خبراء", "خبراء",
    "قادة", "مسؤولين", "مسؤولي"))
"""Words for the people a force sends to a room ("ممثلين عن الجيش"، "ضباط من الشرطة")."""


def _past_delegates(words: list[str], x: int) -> int:
    """The token after the delegates' word and its "عن"/"من" at x ("ممثلين عن الجيش" -> "الجيش"); x otherwise."""
    if x + 1 < len(words) and words[x] in _DELEGATES and words[x + 1] in {"عن", "من"}:
        return x + 2
    return x


def _shared_owner(ctx: DocContext, si: int, j: int) -> int | None:
    """End of the room's owner at token j when the owner is several forces by nature: a coalition
    ("غرفة عمليات التحالف العربي"), services named together ("الأجهزة الأمنية") or a plural of parties
    ("غرفة عمليات الفصائل"، "غرفة عمليات الدول الداعمة"); else None."""
    words = ctx.sentences[si].words
    if j + 1 < len(words) and f"{words[j]}_{words[j + 1]}" in _COLLECTIVE_OWNERS:
        return j + 2
    if BELONGING_OWNER and j + 1 < len(words) and words[j] in _BELONGING:
        return _owner_glued(ctx, si, j + 1)  # "غرف العمليات التابعة للأجهزة الأمنية"
    if j < len(words) and words[j] in _OWNER_WORDS and words[j - 1] in _OPS_NOUNS:
        named = next((m for m in ctx.mentions[si] if m.kind == "actors" and m.i == j), None)
        return named.j if named is not None else j + 1
    for m in ctx.mentions[si]:
        if m.kind == "actors" and j <= m.i <= j + 1 and m.entry.get("type") == "foreign_coalition" \
                and not m.entry.get("joint_command"):
            return m.j
    return None


BELONGING_OWNER = True
"""Switch (pass 43): an operations room told as belonging ("التابعة"، "تابعة") to owners that are several by nature,
glued to "ل" ("غرف العمليات التابعة للأجهزة الأمنية"، "غرفة العمليات التابعة لفصائل المعارضة"، "... للتحالف الدولي"),
is shared, as "غرفة عمليات الأجهزة الأمنية" is; one force's or group's room ("التابعة للحوثيين") is not."""
_BELONGING = frozenset({"التابعه", "تابعه"})


def _owner_glued(ctx: DocContext, si: int, k: int) -> int | None:
    """End of an owner several by nature written at k glued to "ل" ("للأجهزة الأمنية"، "لفصائل"، "للتحالف العربي"),
    or None."""
    words = ctx.sentences[si].words
    w = words[k]
    if w[:1] != "ل":
        return None
    stem = "ال" + w[2:] if w.startswith("لل") else w[1:]
    if k + 1 < len(words) and f"{stem}_{words[k + 1]}" in _COLLECTIVE_OWNERS:
        return k + 2
    if stem in _OWNER_WORDS and stem not in _OWNER_NOT_GLUED:
        named = next((m for m in ctx.mentions[si] if m.kind == "actors" and m.i == k), None)
        return named.j if named is not None else k + 1
    coalition = next((m for m in ctx.mentions[si] if m.kind == "actors" and m.i == k
                      and m.entry.get("type") == "foreign_coalition" and not m.entry.get("joint_command")), None)
    return coalition.j if coalition is not None else None


_OWNER_NOT_GLUED = frozenset({"المعارضه"})
"""Owner words that glued to "ل" may name one group's room ("التابعة للمعارضة" is read as shared only with a plural
before it, "لفصائل المعارضة")."""


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
        joined = y < end and y > a and words[y].startswith("و") and not _FORCE_WORDS.isdisjoint(bare(words[y]))
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
