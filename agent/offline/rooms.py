"""Joint operations rooms and coordination centres: where, who, why, and how far along.

A room is written as a head noun (غرفة، غرف، مركز، مراكز، مقر) followed closely by
"joint" (مشترك، موحد) or "coordination" (تنسيق): "غرفة عمليات مشتركة"، "مركز مشترك
للتنسيق"، "مراكز التنسيق الأمني المشترك"، "مقر عمليات واحد". Its status comes from the
verbs around it: established for "تم إنشاء"، "قمنا بتأسيس"، "افتتحت"، "تعمل"; planned
for "تقرر"، "الموافقة على"، "اتفاق على"، "ستنشئ"، "من المقرر"، "قرب تفعيل" and for
anything said of the future or negated ("لم يتم تنفيذ"); suspended for "تعليق"، "تجميد".

Rooms are keyed by place: the mentions of the Kirkuk room across the article become one
record. A list of places ("في كركوك وخانقين ومخمور ونينوى") gives one room per place.
A mention with no place ("غرفة التنسيق") adds its citation to the room mentioned
just before it.
"""

from __future__ import annotations

from functools import lru_cache

from marsad.agent.offline import rules
from marsad.agent.offline.context import DocContext, bare
from marsad.agent.offline.locations import Place, place_at
from marsad.agent.offline.merge import Cluster, citations, window_span
from marsad.agent.offline.scope import clitic_surfaces
from marsad.core.lexicon import get_lexicon
from marsad.schemas import JointRoom

__all__ = ["find_rooms", "room_mentions"]

_HEADS = rules.words("rooms", "heads")
_JOINT = rules.words("rooms", "joint")
_COORD = rules.words("rooms", "coord")
_JOINT_OR_SECURITY = _JOINT | rules.words("rooms", "joint_or_security")
_NOT_ROOM = rules.words("rooms", "not_room")
_RANK_AFTER = rules.words("rooms", "rank_after")
_SUSPENDED = rules.words("rooms", "suspended")
_FUTURE = rules.words("rooms", "future")
_NEG = rules.words("rooms", "neg")
_PLANNED = rules.words("rooms", "planned")
_DONE_AFTER_TAM = rules.words("rooms", "done_after_tam")
_DONE = rules.words("rooms", "done")
_GENERIC = {e.canonical for e in get_lexicon().of_kind("actors") if e.get("generic")}
_FORCE_TYPES = rules.phrases("context", "force_types")  # one list of force types
_ANAPHORS = rules.words("rooms", "anaphors")
_PARTICIPANT_CUES = rules.words("rooms", "participant_cues")
_PURPOSE_HEADS = rules.words("rooms", "purpose_heads")
_PURPOSE_STOPS = rules.words("rooms", "purpose_stops")
_PARTY_TYPES = rules.phrases("rooms", "party_types")
_AT = rules.words("rooms", "at")


_ROOM_SURFACES = clitic_surfaces(_HEADS | _ANAPHORS)


@lru_cache(maxsize=65536)
def _room_word(word: str) -> int:
    """1 for a room head noun (any clitic form, :func:`bare`), 2 for an anaphor, 0 for any other word."""
    forms = bare(word)
    if not _HEADS.isdisjoint(forms):
        return 1
    return 2 if not _ANAPHORS.isdisjoint(forms) else 0


def room_mentions(ctx: DocContext, si: int) -> list[tuple[int, int, bool]]:
    """Token ranges of joint-room phrases in sentence ``si``: ``(start, end, anaphor)``.

    An anaphor is a bare definite head ("الغرفة"، "المراكز") that can only refer back to
    a room already mentioned.
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
        if kind == 1:
            end = None
            for y in range(x + 1, min(len(words), x + 5)):
                if toks[y].clause_start:
                    break
                w = words[y]
                if w in _NOT_ROOM:
                    break
                if w in _JOINT or w in _COORD or (w == "واحد" and words[y - 1] in {"عمليات", "العمليات"}):
                    end = y + 1
                    if w in _COORD and y + 1 < len(words) and words[y + 1] in _JOINT_OR_SECURITY:
                        continue
                    break
            if end is None and x + 1 < len(words) and words[x + 1] in {"عمليات", "العمليات"} \
                    and _shared_by_forces(ctx, si, x + 2):
                end = x + 2  # "غرفة عمليات تضم الجيش والشرطة الاتحادية والحشد": joint by who is in it
            if end is not None:
                after = words[end:end + 3]
                if not any(w in _RANK_AFTER for w in after):
                    out.append((x, end, False))
                    x = end
                    continue
        elif kind == 2 and (x + 1 >= len(words) or words[x + 1] not in _NOT_ROOM):
            out.append((x, x + 1, True))
        x += 1
    return out


def _shared_by_forces(ctx: DocContext, si: int, j: int) -> bool:
    """True when "تضم"/"بين"/"بمشاركة" right after j names two or more forces."""
    words = ctx.sentences[si].words
    cue = next((x for x in range(j, min(len(words), j + 4)) if any(
        b in {"تضم", "يضم", "بين", "بمشاركه", "مشتركه"} for b in bare(words[x]))), None)
    if cue is None:
        return False
    forces = {m.entry.id for m in ctx.actors_in(si, cue, min(len(words), cue + 12), _FORCE_TYPES)}
    return len(forces) >= 2


def _status(ctx: DocContext, si: int, i: int, j: int) -> str:
    """planned / established / suspended for one mention (see :func:`_status_cue`)."""
    return _status_cue(ctx, si, i, j)[0]


def _status_cue(ctx: DocContext, si: int, i: int, j: int) -> tuple[str, bool]:
    """(status, whether a life-cycle word was found) for one mention."""
    s = ctx.sentences[si]
    words = s.words
    a, _ = s.clause_bounds(i)
    lo, hi = max(a, i - 9), min(len(words), j + 4)
    window = [b for w in words[lo:hi] for b in bare(w)]
    if any(w in _SUSPENDED for w in window):
        return "suspended", True
    future = any(w in _FUTURE for w in window) or any(
        (w.startswith(("ست", "سي")) and len(w) > 4 and w[2:] in _DONE_AFTER_TAM) for w in window)
    done = False
    for x in range(lo, hi):
        w = words[x]
        neg = x > 0 and words[x - 1] in _NEG
        if w in {"تم", "وتم"} and x + 1 < len(words) and words[x + 1] in _DONE_AFTER_TAM and not neg:
            done = True
        if any(b in _DONE for b in bare(w)) and not neg:
            done = True
    # a list of dated dates: "اليوم"/"امس" are not future
    for d in ctx.dates[si]:
        if lo <= d.i < hi and d.mention.kind == "rel" and d.mention.parts.get("rel_days", 0) > 0:
            future = True
    cue = done or future or any(w in _PLANNED for w in window)
    return ("established" if done and not future else "planned"), cue


def _locations(ctx: DocContext, si: int, i: int, j: int) -> list[Place]:
    """Places of a room mention: a coordinated list after it in its clause, else the nearest before it."""
    s = ctx.sentences[si]
    _, b = s.clause_bounds(i)
    found: list[Place] = []
    last_j = j
    for m in ctx.places_in(si, j, min(b, j + 16)):
        if found and m.i - last_j > 3:
            break
        if ctx.after_direction(si, m) and found:
            break
        between = s.words[max(j, m.i - 2):m.i]
        if "بين" in between or any(w in {"وزارتي"} for w in between):
            continue
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


def _participants(ctx: DocContext, si: int, i: int, j: int) -> tuple[list[str], str | None, bool]:
    s = ctx.sentences[si]
    a, b = s.clause_bounds(i)
    words = s.words
    actors = [m for m in ctx.actors_in(si, 0, len(words), _PARTY_TYPES)]
    lead = None
    for m in actors:
        if m.i > 0 and any(w in {"بقياده", "بقيادة"} for w in bare(words[m.i - 1])):
            lead = m.entry.canonical
    cue = next((x for x in range(j, min(len(words), j + 8)) if words[x] in _PARTICIPANT_CUES or
                any(bb in {"تضم", "يضم", "بمشاركه"} for bb in bare(words[x]))), None)
    chosen = []
    if cue is not None:
        chosen = [m for m in actors if cue < m.i <= cue + 12 and m.i < max(b, cue + 1) + 8]
        if words[cue] == "مع":
            subj = [m for m in actors if m.j <= i and m.entry.get("type") in _PARTY_TYPES]
            chosen = subj[-1:] + chosen
    fallback = not chosen
    if not chosen:
        chosen = [m for m in actors if a <= m.i < b and m.entry.get("type") != "government_body"]
    names = []
    for m in chosen:
        if m.entry.canonical not in names:
            names.append(m.entry.canonical)
    return names, lead, fallback


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
    for si, s in enumerate(ctx.sentences):
        for i, j, anaphor in room_mentions(ctx, si):
            if anaphor:
                if last_key is not None:
                    _add(clusters[last_key], window_span(s, i, j), _status(ctx, si, i, j), [], None, None, None,
                         clusters[last_key].data["names"][0], ctx, si, None)
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
                    # alone, a room with no place is only a record when the text says what happens to it and who is in it
                    qualifies = _status_cue(ctx, si, i, j)[1] and bool(participants)
                    pending.append((si, span, status, participants, lead, purpose, name, qualifies))
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
    _joint_commands(ctx, clusters, order)
    if any(p[-1] for p in pending) and not clusters:
        key = "unlocated"
        clusters[key] = Cluster(key, pending[0][0], data={"place": None})
        order.append(key)
        for si_p, span_p, st, parts, ld, pur, nm, _ in pending:
            _add(clusters[key], span_p, st, parts, ld, pur, None, nm, ctx, si_p, None)
    records = [_record(ctx, clusters[k]) for k in order]
    # a room named without its forces ("قمنا بتأسيس غرفة تنسيق في ديالى") shares the article's partnership
    sets = [tuple(r.participants) for r in records if r.participants]
    if not sets and records:
        # no room names its forces: the forces the article opens with
        lead = [m.entry.canonical for si in sorted(ctx.lead) for m in ctx.mentions[si]
                if m.kind == "actors" and m.entry.get("type") in _FORCE_TYPES and not m.entry.get("generic")]
        sets = [tuple(dict.fromkeys(lead))] if lead else []
    if sets:
        common = max(set(sets), key=sets.count)
        for r in records:
            if not r.participants:
                r.participants = list(common)
    return records


def _joint_commands(ctx: DocContext, clusters: dict[str, Cluster], order: list[str]) -> None:
    """A coalition's joint command ("قيادة القوات المشتركة للتحالف"، "قوة المهام المشتركة") is a
    joint room shared by the coalition's forces (GUIDELINES §7, D-26): established, its place
    when "في <city>" follows it, no date (only seen operating, D-11), the coalition as participant."""
    lex = get_lexicon()
    for si, s in enumerate(ctx.sentences):
        for m in ctx.mentions[si]:
            if m.kind != "actors" or not m.entry.get("joint_command"):
                continue
            place = None
            if m.j + 1 < len(s.words) and s.words[m.j] in _AT:
                p = next((place_at(ctx, si, pm) for pm in ctx.places_in(si, m.j + 1, m.j + 3) if pm.i == m.j + 1), None)
                if p is not None and not p.weak and p.base_level != "country":
                    place = p
            key = place.key if place else f"command:{m.entry.id}"
            if key not in clusters:
                clusters[key] = Cluster(key, si, data={"place": place})
                order.append(key)
            parent = lex.get("actors", m.entry.get("coalition", "")) if m.entry.get("coalition") else None
            parts = [parent.canonical] if parent else []
            _add(clusters[key], window_span(s, m.i, m.j), "established", parts, None, None, place,
                 ctx.quote(*s.token_span(m.i, m.j)), ctx, si, None)


def _add(c: Cluster, span, status, participants, lead, purpose, place, name, ctx: DocContext, si: int,
         i: int | None) -> None:
    c.spans.append(span)
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


def _future(d) -> bool:
    """A date said of the future ("غداً"، "الشهر المقبل")."""
    p = d.mention.parts
    return (p.get("rel_days") or 0) > 0 or p.get("qualifier") == "next"


def _record(ctx: DocContext, c: Cluster) -> JointRoom:
    statuses = c.data.get("statuses", [])
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
