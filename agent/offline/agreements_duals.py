"""The dual readers of agreement parties: the two states a dual stands for ("البلدان"، "بين الدولتين") and the sides
told together ("روسيا والولايات المتحدة"، "القوات التركية والأمريكية"، "الجانبان العراقي والتركي").

Moved out of ``agreements_parties`` (pass 35, no change of behaviour); the switches stay there
(``LEADERS_FIRST``, ``DUAL_STATE_LEADERS``, ``JOINT_DECLARERS``, ``DUAL_ADJECTIVES``).
"""

from __future__ import annotations

from marsad.agent.offline import agreements_named, agreements_sides, rules
from marsad.agent.offline.actors import nisba_country, state_entry, state_of
from marsad.agent.offline.agreements_cues import party_entry, party_mentions
from marsad.agent.offline.agreements_named import _LEADER_TITLES, _counterparts, _leader_states
from marsad.agent.offline.agreements_sides import _last_states, _sides
from marsad.agent.offline.context import DocContext, bare
from marsad.agent.offline.rooms import state_adjective
from marsad.core.lexicon import Entry

_DUAL_STATES = rules.words("agreements", "dual_states")
"""Duals standing for the two states of the story ("البلدين"، "المملكتين"، "الدولتين")."""
_DUAL_PARTIES = rules.words("agreements", "dual_parties")
""""الطرفان"، "الجانبين": the two sides named before."""
_DUAL_STATE_SUBJECTS = rules.words("agreements", "dual_state_subjects")
"""Close to the agreement word ("واتفقت الدولتان الجارتان على فتح المعبر"): the two states told before."""


def dual_states(ctx: DocContext, si: int, before: int, legacy_leaders: bool = True, *, leaders: bool = True,
                leaders_first: bool = True) -> list[Entry]:
    """The two states a dual before token ``before`` of sentence ``si`` refers to ("البلدين"، "الدولتان"): the
    leaders' states, else the states named most (``leaders_first``: switch ``agreements_parties.LEADERS_FIRST``), in
    text order; [] when two are not found. ``leaders``: switch ``agreements_parties.DUAL_STATE_LEADERS``."""
    if leaders_first and leaders and agreements_named.LEADER_NISBA:
        # the leaders are read only when the switches of their reading are on (pass 33's DUAL_STATE_LEADERS, the
        # leader's title and adjective LEADER_NISBA)
        return _leaders_states_back(ctx, si, before, first=True) or _last_states(ctx, si, before, 2)
    out = _last_states(ctx, si, before, 2)
    if not out and leaders and legacy_leaders:
        out = _leaders_states_back(ctx, si, before)  # "استقبل الملك سلمان الرئيس المصري ... واتفق البلدان"
    return out


_MEETING = rules.words("agreements", "meeting_words") | rules.words("agreements", "meeting_receiving")
"""A meeting, a reception or a call ("التقى"، "استقبل"، "اتصالا هاتفيا"، "مباحثات"): those it brought together are
the two sides a dual of sides refers to (``agreements_parties.DUAL_MEETING``)."""


_DISCUSSED = rules.words("agreements", "discussing_verbs") | rules.words("agreements", "meeting_topics")
"""Words after which the sides named are what a meeting discussed ("وبحث الوزيران التنسيق بين الجيش والبيشمركة"،
"لبحث"، "بشأن"), not two sides telling the dual apart from the meeting."""


def met_states(ctx: DocContext, si: int, before: int) -> list[Entry]:
    """The two states whose leaders or ministers met, received one another or spoke by telephone, when a meeting
    word is told before token ``before`` of sentence ``si`` (this and the two sentences before): the first two states
    told there by their officials, leaders' titles and adjectives, or a minister's counterpart ("التقى وزير الدفاع
    الأمريكي نظيره العراقي ... واتفق الجانبان"), in text order. [] when no meeting is told or two states are not.
    Also [] when two sides are named between
    the last meeting word and the dual, outside what the meeting discussed ("استقبل الرئيس ... نظيره ... وقال بيان إن
    حركة حماس وإسرائيل تلتزمان بالتهدئة وإن الطرفين اتفقا"): the dual refers to them, not to the hosts."""
    told = None
    for sj in range(max(0, si - 2), si + 1):
        for x, w in enumerate(ctx.sentences[sj].words[:before if sj == si else None]):
            if not _MEETING.isdisjoint(bare(w)):
                told = (sj, x)
    if told is None or _two_sides_after(ctx, told, si, before):
        return []
    return _leaders_states_back(ctx, si, before, first=True)


def _two_sides_after(ctx: DocContext, at: tuple[int, int], si: int, before: int) -> bool:
    """Whether two sides (forces, groups, governments, or states by their name, not by an adjective) are named after
    token ``at[1]`` of sentence ``at[0]`` and before token ``before`` of sentence ``si``; a side named after a word of
    discussing in its sentence, or after "في" (where), does not count."""
    named: list[Entry] = []
    for sj in range(at[0], si + 1):
        words = ctx.sentences[sj].words
        lo = at[1] + 1 if sj == at[0] else 0
        hi = before if sj == si else len(words)
        discussed = next((x for x in range(lo, hi) if not _DISCUSSED.isdisjoint(bare(words[x]))), hi)
        for m in ctx.mentions[sj]:
            if not lo <= m.i < min(hi, discussed) or agreements_sides._after_in(ctx, sj, m):
                continue
            if m.kind == "actors" and party_entry(m.entry):
                e: Entry | None = m.entry
            elif m.kind == "places" and nisba_country(words[m.i]) is None:
                e = state_entry(m)
            else:
                e = None
            if e is not None and e.id not in agreements_sides._fought_only(ctx):
                named.append(e)
    return len(_sides(named)) >= 2


def _leaders_states_back(ctx: DocContext, si: int, before: int, first: bool = False) -> list[Entry]:
    """The states of the last two leaders of distinct states told before token ``before`` of sentence ``si`` (this
    and the two sentences before), in text order; empty unless two are found. With ``first``, the first two
    told in that window: the leaders who met open the story, a third leader is told in what they discussed."""
    told: list[tuple[int, int, Entry]] = []
    for sj in range(max(0, si - 2), si + 1):
        stop = before if sj == si else len(ctx.sentences[sj].words)
        for m in ctx.mentions[sj]:
            if m.kind == "actors" and m.entry.get("type") == "official" and m.i < stop and m.entry.get("country_code"):
                e = state_of(m.entry.get("country_code"))
                if e is not None:
                    told.append((sj, m.i, e))
        told += [(sj, t, e) for t, _, e in _leader_states(ctx.sentences[sj].words, 0, stop)]
        if first:
            # "ونظيره الأردني": a minister's counterpart; "أمير قطر"، "رئيس جنوب السودان": a title and his country
            told += [(sj, x, e) for x, e in _counterparts(ctx.sentences[sj].words, 0, stop)]
            told += [(sj, x, e) for x, e in _titled_countries(ctx, sj, stop)]
    seen: list[Entry] = []
    for _, _, e in sorted(told, key=lambda t: (t[0], t[1]), reverse=not first):
        if all(_sides([x]) != _sides([e]) for x in seen):
            seen.append(e)
        if len(seen) == 2:
            return seen if first else seen[::-1]
    return []


def _titled_countries(ctx: DocContext, si: int, stop: int) -> list[tuple[int, Entry]]:
    """States told by a leader's title and the country's name right after it, before token ``stop`` of sentence
    ``si`` ("أمير قطر"، "ملك الأردن"، "رئيس جنوب السودان"): (title token, state)."""
    words = ctx.sentences[si].words
    out = []
    for m in ctx.mentions[si]:
        if m.kind == "places" and 0 < m.i < stop and (e := state_entry(m)) is not None and any(
                b in _LEADER_TITLES for b in bare(words[m.i - 1])):
            out.append((m.i - 1, e))
    return out


def _joined_with(ctx: DocContext, si: int, first: Entry, i: int) -> list[Entry]:
    """The sides listed with "و" right after the mention of ``first`` before token i ("روسيا والولايات المتحدة")."""
    words = ctx.sentences[si].words
    named = sorted(((m.i, m.j, e) for m in ctx.mentions[si] if m.j <= i for e in [
        m.entry if m.kind == "actors" and party_entry(m.entry) else state_entry(m) if m.kind == "places"
        else None] if e is not None), key=lambda t: t[0])
    at = next((k for k, (_, _, e) in enumerate(named) if e.id == first.id), None)
    out: list[Entry] = []
    if at is None:
        return out
    end = named[at][1]
    for x, y, e in named[at + 1:]:
        if x != end or not words[x].startswith("و") or e.id == first.id or any(e.id == o.id for o in out):
            break
        out.append(e)
        end = y
    return out


def _chained_forces(ctx: DocContext, si: int, lo: int, hi: int) -> list[tuple[int, Entry]]:
    """States told by an adjective chained with "و" right after a state's force ("القوات التركية والأمريكية"):
    (token, state) for the second and later adjectives."""
    words = ctx.sentences[si].words
    out: list[tuple[int, Entry]] = []
    for m in party_mentions(ctx, si, lo, hi):
        own = m.entry.get("country_code") or agreements_sides._FORCE_STATE.get(m.entry.id)
        if not own or m.j - m.i < 2:
            continue
        x = m.j
        while x < min(hi, len(words)) and words[x].startswith("وال") and (code := nisba_country(words[x][1:])) \
                and code != own and (e := state_of(code)) is not None:
            out.append((x, e))
            x += 1
    return out


def _dual_adjective_states(words: list[str], lo: int, hi: int) -> list[Entry]:
    """The two states a dual of sides names by their adjectives right after it ("الجانبان العراقي والتركي"،
    "الطرفين الأمريكي والروسي"، "البلدين المصري والسوداني"): those are the sides, not a force the agreement is
    about ("لسحب القوات التركية"); [] when no such dual."""
    for x in range(lo, min(hi, len(words) - 2)):
        if words[x] in _DUAL_PARTIES or words[x] in _DUAL_STATE_SUBJECTS or words[x] in _DUAL_STATES:
            first, second = state_adjective(words, x + 1), state_adjective(words, x + 2)
            if first is not None and second is not None and first.id != second.id and words[x + 2].startswith("و"):
                return [first, second]
        if DUAL_BODIES and not _DUAL_BODIES.isdisjoint(bare(words[x])) and x + 3 < len(words) and words[x + 1].startswith("ال"):
            # "وزارتا الداخلية العراقية والإيرانية"، "جيشا البلدين" aside: a dual body, its field, two adjectives
            first, second = state_adjective(words, x + 2), state_adjective(words, x + 3)
            if first is not None and second is not None and first.id != second.id and words[x + 3].startswith("و"):
                return [first, second]
    return []


DUAL_BODIES = True
"""Switch (pass 61): two ministries, governments or delegations told in the dual with their field and two states'
adjectives ("وقعت وزارتا الداخلية العراقية والإيرانية مذكرة تفاهم"، "وفدا الحكومتين" aside) are the two states'
sides, as "الجانبان العراقي والإيراني" are (:func:`_dual_adjective_states`). Data key dual_bodies."""
_DUAL_BODIES = rules.words("agreements", "dual_bodies")
