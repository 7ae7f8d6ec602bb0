"""Joint rooms: a room's status, place and purpose, and :func:`find_rooms`, which keys the mentions of an article by
place into one record each (a mention with no place joins the room told just before it), skips a room asked about,
denied or said not to exist, adds a coalition's joint commands, and gives rooms told without their forces the
article's partnership.
"""

from __future__ import annotations

from marsad.agent.offline import rooms_members, rooms_mentions, rules
from marsad.agent.offline.context import DocContext, bare, bare_in
from marsad.agent.offline.locations import Place, place_at
from marsad.agent.offline.merge import Cluster, citations, window_span
from marsad.agent.offline.rooms_members import _command_of, _free_words, _participants, _purpose_between
from marsad.agent.offline.rooms_mentions import _capital_sides, _member_states, room_mentions
from marsad.agent.offline.rooms_words import (
    _AT,
    _COMMANDER_TITLES,
    _COORD,
    _DONE,
    _DONE_AFTER_TAM,
    _EXISTENCE,
    _FORCE_TYPES,
    _FUTURE,
    _GENERIC,
    _HOSTILE,
    _HQ_WORDS,
    _JOINT,
    _NEG,
    _NO_EXIST_NEG,
    _PLANNED,
    _PURPOSE_HEADS,
    _PURPOSE_STOPS,
    _SOON,
    _SPEAKING,
    _SUSPENDED,
    _UNREAL,
)
from marsad.core.arabic import normalize
from marsad.core.lexicon import get_lexicon
from marsad.schemas import JointRoom

SPEAKER_WINDOW = True
"""Switch (pass 59): a room that is the subject of a verb of speaking ("أعلنت غرفة عمليات «...» بدء معركة"، "قالت غرفة
العمليات المشتركة إن ...") is read for its life cycle only in its own words: the words after it are what it announced
("بدء"، "فتح"، "تشكيل" there start no room), so a speaking room with no other word is one operating (established)."""


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
        if SPEAKER_WINDOW:
            hi = min(hi, j)  # "أعلنت غرفة عمليات «...» بدء معركة": what it announced starts no room
    window = [b for w in words[lo:hi] for b in bare(w)]
    if not _SUSPENDED.isdisjoint(window):
        return "suspended", True
    future = not _FUTURE.isdisjoint(window) or any(
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
        if bare_in(w, _DONE):
            done, denied = done or not neg, denied or neg
    # a list of dated dates: "اليوم"/"امس" are not future
    for d in ctx.dates[si]:
        if lo <= d.i < hi and d.mention.kind == "rel" and d.mention.parts.get("rel_days", 0) > 0:
            future = True
    cue = done or denied or future or not _PLANNED.isdisjoint(window)
    # a room told with no word of its life cycle ("تابعت غرفة العمليات المشتركة سير الانتخابات") is one
    # already operating (GUIDELINES §7: "works under", "spotted from")
    return ("established" if (done or not cue) and not future else "planned"), cue


def _locations(ctx: DocContext, si: int, i: int, j: int) -> list[Place]:
    """Places of a room mention: a coordinated list after it in its clause, else the nearest before it."""
    s = ctx.sentences[si]
    _, b = s.clause_bounds(i)
    if SEAT_PLACE and (seat := _seat_place(ctx, si, j, b)) is not None:
        return [seat]  # "تدير الغرفة المعارك من مقرها في عدن": where it sits, however far after it
    found: list[Place] = []
    last_j = j
    for m in ctx.places_in(si, j, min(b, j + 16)):
        if found and (m.i - last_j > 3 or not (s.words[m.i].startswith("و") or s.words[m.i - 1] in {"و", "او"}
                                               or s.tokens[m.i].clause_start)):
            break  # the list of its places goes on with "و" ("في كركوك وخانقين"), not past a verb ("يتبادل ... مع موسكو")
        if not found and _free_words(ctx, si, j, m.i) - _listed_states(ctx, si, j, m.i) > _PLACE_REACH and not (
                _purpose_between(s.words, j, m.i)):
            break  # far after the room, past its members or its work: the place of what it does (D-10)
        if ctx.after_direction(si, m) and found:
            break
        between = s.words[max(j, m.i - 2):m.i]
        if "بين" in between or any(w in {"وزارتي"} for w in between):
            continue
        if not found and any(st.i == m.i for st in _member_states(ctx, si, m.i, m.j)):
            continue  # a country named bare after the room is a member ("تضم ممثلين عن روسيا وإيران")
        if rooms_members.WITH_REGION and m.i > 0 and s.words[m.i - 1] == "مع" and (
                rooms_members._with_government(ctx, si, m.i - 1)) is not None:
            continue  # "الغرفة المشتركة مع أربيل": the government it is shared with, not its place
        p = place_at(ctx, si, m)
        if p.weak:
            continue
        found.append(p)
        last_j = m.j
    if found:
        return found
    # a place just before it in the same clause, or a dateline ("كركوك: افتتاح مركز مشترك ...")
    a, _ = s.clause_bounds(i)
    sides: set[int] = set()
    if rooms_mentions.CAPITAL_SIDES:
        # "وأعلنت أنقرة وموسكو إنشاء مركز تنسيق"، "اتفقت بغداد وأربيل على تشكيل غرفة": the sides that set it up are
        # its members, not its place
        acting = _member_states(ctx, si, a, i)
        sides = {st.i for st in acting} if len({st.entry.id for st in acting}) >= 2 else set()
        sides |= {st.i for st in _capital_sides(ctx, si, a, i)}
    before = [place_at(ctx, si, m) for m in ctx.places_in(si, 0, i) if not ctx.after_direction(si, m) and m.i not in sides]
    before = [p for p in before if not p.weak and "بين" not in s.words[max(0, p.i - 2):p.i]
              and ((p.i >= a and i - p.j <= 8) or (p.i == 0 and ":" in ctx.quote(*s.token_span(p.j, min(len(s.words), p.j + 1)))
                                                   or p.i == 0 and s.norm[s.tokens[p.j - 1].ne:s.tokens[p.j - 1].ne + 2].strip().startswith(":")))]
    return before[-1:] if before else []


STATES_LISTED = True
"""Switch (pass 61): member states listed by name after the room ("مركز تبادل المعلومات بين روسيا وإيران وسوريا والعراق في
بغداد") are its members, as forces named there are: their words do not count in the reach that keeps a far place
out, so "في بغداد" right after the list is where the room is."""


def _listed_states(ctx: DocContext, si: int, j: int, k: int) -> int:
    """Words from j to k that are member states listed by name (:func:`_member_states`), when :data:`STATES_LISTED`."""
    if not STATES_LISTED:
        return 0
    at = {st.i for st in _member_states(ctx, si, j, k)}
    return sum(m.j - m.i for m in ctx.places_in(si, j, k) if m.i in at)


SEAT_PLACE = True
"""Switch (pass 38): the place told as the room's seat after it in its clause ("من مقرها في عدن"، "ومقره في قاعدة ...")
is its location, past the work it runs (which otherwise keeps a far place out, D-10)."""
_SEATS = frozenset({"مقرها", "مقره", "ومقرها", "ومقره"})


def _seat_place(ctx: DocContext, si: int, j: int, b: int) -> Place | None:
    """The place right after "في" that follows a seat word ("مقرها") within twelve words after the room, or None; a
    place word that is also a common noun ("عدن") counts there."""
    words = ctx.sentences[si].words
    seat = next((y for y in range(j, min(b, j + 12)) if words[y] in _SEATS), None)
    if seat is None or seat + 1 >= len(words):
        return None
    if words[seat + 1] not in {"في", "فى"}:
        if not SEAT_BARE:
            return None
        # "قيادة موحدة مقرها الرياض"، "ومقرها مدينة سامراء": the seat told with no "في", the place right after it
        at = seat + 2 if bare_in(words[seat + 1], _SEAT_PLACE_NOUNS) else seat + 1
        places = [m for m in ctx.places_in(si, seat + 1, min(len(words), at + 3)) if m.i in {seat + 1, at}]
        return place_at(ctx, si, places[0]) if places else None
    places = ctx.places_in(si, seat + 2, min(len(words), seat + 5))
    return place_at(ctx, si, places[0]) if places else None  # after "مقرها في" even a word that is also a noun


SEAT_BARE = True
"""Switch (pass 61): a room's seat told with no "في" ("قيادة عسكرية موحدة مقرها الرياض"، "ومقرها مدينة سامراء") is its
location, as "مقرها في" is (:func:`_seat_place`): the place must come right after the seat word, or after a noun of
a town ("مدينة"، "العاصمة": data key seat_place_nouns); "مقرها الرئيسي" and any other word there give none."""
_SEAT_PLACE_NOUNS = rules.words("rooms", "seat_place_nouns")


_PLACE_REACH = 4
"""How far after a room its own place may come ("غرفة عمليات مشتركة في الحسكة"، "مركز تنسيق مشترك للقوات في")."""


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
            if _JOINT.isdisjoint(s.words[m.i:m.j]) and not (m.i > 0 and any(
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
            named = _coalition_named_on(ctx, si, m) if other is None else None
            key = place.key if place else f"command:{other or (named.id if named else m.entry.id)}"
            if key not in clusters:
                clusters[key] = Cluster(key, si, data={"place": place})
                order.append(key)
            parent = lex.get("actors", m.entry.get("coalition", "")) if m.entry.get("coalition") else None
            end = m.j
            if named is not None:
                parent, end = named, m.j + 1  # "القيادة المشتركة للتحالف العربي": the Arab coalition's, not the CJTF
            parts = [other] if other else [parent.canonical] if parent else []
            _add(clusters[key], window_span(s, m.i, end), "established", parts, None, None, place,
                 ctx.quote(*s.token_span(m.i, end)), ctx, si, None)


COALITION_NAMED_ON = True
"""Switch (pass 37): a joint command matched as one coalition's ("القيادة المشتركة للتحالف" is the registry's CJTF)
but whose last word, with the word after it, names another coalition ("... للتحالف العربي") belongs to that one."""


def _coalition_named_on(ctx: DocContext, si: int, m):
    """The coalition entry the last word of the command mention ``m`` and the word after it name together, when it is
    not the mention's own coalition; else None."""
    words = ctx.sentences[si].words
    if not COALITION_NAMED_ON or m.j >= len(words) or not m.entry.get("coalition"):
        return None
    last = words[m.j - 1]
    head = "ال" + last[2:] if last.startswith("لل") else last  # "للتحالف" -> "التحالف"
    return next((e for e in get_lexicon().lookup_ar(f"{head} {words[m.j]}") if e.kind == "actors"
                 and e.get("type") == "foreign_coalition" and e.id != m.entry.get("coalition")), None)


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


GENERIC_BESIDE_OTHERS = True
"""Switch: a generic force ("القوات الأمنية العراقية") is dropped from a room's members only beside a named Iraqi
army or police force it may just restate; beside the Peshmerga, the PMF, a coalition or another state's army it is
the state's side of the room."""
_STATE_FORCE_NAMES = {e.canonical: True for e in get_lexicon().of_kind("actors")
                      if e.get("type") in {"state_military", "police"} and e.get("country_code") in {None, "IQ"}
                      and not e.get("generic")}


def _record(ctx: DocContext, c: Cluster) -> JointRoom:
    statuses = [st for st in c.data.get("statuses", []) if st != "operating"] or ["established"]
    status = "suspended" if "suspended" in statuses else "established" if "established" in statuses else "planned"
    place: Place | None = c.data.get("place")
    date = c.data.get("date")
    named = [p for p in c.data.get("participants", []) if not p.startswith("~")]
    participants = named or [p[1:] for p in c.data.get("participants", [])]
    specific = [p for p in participants if p not in _GENERIC]
    if GENERIC_BESIDE_OTHERS and not any(_STATE_FORCE_NAMES.get(p) for p in specific):
        specific = participants  # "القوات العراقية والبيشمركة": no other of the state's own forces is named
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
