"""The side a party is on, and the sides the story told before.

:func:`_side` puts a body on its side (federal, Kurdish, PMF, foreign, a state, an armed group) and :func:`_sides`
gives the sides of a set of bodies; :func:`_last_states`, :func:`_last_parties` (with :func:`_story_sides`) and
:func:`_last_groups` find the two states, sides or groups a dual ("البلدين"، "الطرفان"، "الحركتان") refers back to;
:func:`_last_group` and :func:`_government` the group or government a declaration names by a common noun.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from marsad.agent.offline import rules
from marsad.agent.offline.actors import state_entry, state_of
from marsad.agent.offline.agreements_cues import ON, party_entry
from marsad.agent.offline.context import DocContext, bare, bare_in
from marsad.agent.offline.mentions import Mention
from marsad.core.arabic import normalize
from marsad.core.lexicon import Entry, get_lexicon

_STATE_BODY_TYPES = frozenset({"government_body", "state_military", "police", "official"})
"""A foreign body of these types is on its state's side ("الجيش التركي" and "تركيا" are one side)."""


_FORCE_STATE = {v: k.split(":", 1)[1] for k, v in rules.table("context", "national_force").items() if k.startswith("army:")}
"""A state's army known by its own entry ("القوات التركية" -> TR)."""
_FOREIGN_SIDES = rules.table("agreements", "foreign_sides")
"""Registry bodies with no country code that are not Iraqi: a bloc of states or a foreign force."""


GROUP_SIDES = True
"""Switch: when only armed groups make an agreement, each group is a side of its own (off: all groups one side)."""

FOUGHT_GROUPS = True
"""Switch: :func:`_last_parties` and :func:`_story_sides` skip an armed group the article only ever names as
the enemy fought (:func:`_fought_only`)."""
_FOUGHT_BEFORE = rules.words("agreements", "fought_before")
"""Right before a group, the group is the one fought ("ضد القاعدة"، "لمحاربة داعش"، "ومكافحة التنظيم")."""
_FOUGHT_ON = rules.words("agreements", "fought_on")
"""Before "على" and a group, the group is the one fought ("الحرب على داعش"، "القضاء على التنظيم")."""
_FOUGHT_TO = rules.words("agreements", "fought_to")
"""Before a group glued to "ل", the group is the one fought ("التصدي لداعش")."""
_GROUP_NOUNS = rules.words("agreements", "group_nouns")
"""A common noun written before a group's name ("تنظيم"، "مسلحي"): the word before it tells the role."""


def _side(entry: Entry, fine: bool = False) -> str:
    if entry.id.startswith(("state:", "text:")):
        return entry.id  # each state is its own side, and so is a side named as written
    t = entry.get("type")
    if entry.id in _FOREIGN_SIDES:
        return _FOREIGN_SIDES[entry.id]  # "مجلس التعاون الخليجي" is no Iraqi body
    code = entry.get("country_code") or _FORCE_STATE.get(entry.id)
    if code and (t in _STATE_BODY_TYPES or entry.id in _FORCE_STATE):
        return f"state:{code}"  # a foreign ministry, army or police, or a state's forces ("القوات الأمريكية"): its state's side
    aff = entry.get("affiliation") or ""
    if t == "regional_force" or "Kurdistan" in aff or entry.id in {"krg", "mop"} or "Peshmerga" in aff:
        return "kurdish"
    if t == "paramilitary":
        return "pmf"
    if t == "foreign_coalition":
        return "foreign"
    if t == "armed_group" or t == "other" and party_entry(entry):
        # each armed or political group is its own side: an agreement between two groups (a reconciliation of two
        # movements) has two sides, not one
        return f"group:{entry.id}" if fine and GROUP_SIDES else "group"
    return "federal"


def _sides(entries) -> frozenset[str]:
    """The sides of ``entries``: armed groups together as one side ("group") when that still leaves two sides (the
    factions and Israel), else each group its own side (a reconciliation of two movements)."""
    coarse = frozenset(_side(e) for e in entries)
    return coarse if len(coarse) >= 2 else frozenset(_side(e, fine=True) for e in entries)


def _mentions_before(ctx: DocContext, si: int, before: int) -> Iterator[tuple[int, Mention]]:
    """Each mention (with its sentence) from the article's start up to token ``before`` of sentence ``si``, in
    text order."""
    for sj in range(si + 1):
        for m in ctx.mentions[sj]:
            if sj < si or m.i < before:
                yield sj, m


def _mentions_back(ctx: DocContext, si: int, before: int) -> Iterator[Mention]:
    """Each mention before token ``before`` of sentence ``si`` and in the two sentences before
    it, the latest first: where "الطرفان" looks for the sides it refers to."""
    for _, m in _mentions_back_at(ctx, si, before):
        yield m


def _mentions_back_at(ctx: DocContext, si: int, before: int) -> Iterator[tuple[int, Mention]]:
    """:func:`_mentions_back`, each mention with the index of its sentence."""
    for sj in range(si, max(-1, si - 3), -1):
        for m in reversed(ctx.mentions[sj]):
            if sj < si or m.i < before:
                yield sj, m


def _last_states(ctx: DocContext, si: int, before: int, n: int) -> list[Entry]:
    """The ``n`` states (countries or capitals standing for them) the text is about before token ``before`` of
    sentence ``si``, in text order: those named most often, the latest first on ties. "البلدين" are the two
    states of the story, not a third one named in passing ("سفيراً لإثيوبيا لدى أيرلندا")."""
    count: dict[str, int] = {}
    last: dict[str, tuple[int, int]] = {}
    entry: dict[str, Entry] = {}
    for sj, m in _mentions_before(ctx, si, before):
        e = state_entry(m) if m.kind == "places" else None
        if e is None and m.kind == "actors" and m.entry.get("country_code") and m.entry.get("type") == "government_body":
            e = state_of(m.entry.get("country_code"))
        if e is not None:
            count[e.id] = count.get(e.id, 0) + 1
            last[e.id] = (sj, m.i)
            entry[e.id] = e
    if len(count) < n:
        return []
    chosen = sorted(count, key=lambda k: (-count[k], tuple(-x for x in last[k])))[:n]
    return [entry[k] for k in sorted(chosen, key=lambda k: last[k])]


def _fought_at(words: list[str], i: int) -> bool:
    """Whether the name at token ``i`` is written as the enemy fought: after "ضد"/"محاربة"/"مكافحة"/"قتال", after
    "الحرب على"/"القضاء على", or glued to "ل" after "التصدي"; a common noun ("تنظيم"، "مسلحي") may stand between."""
    k = i - 1 if i > 0 and bare_in(words[i - 1], _GROUP_NOUNS) else i
    if k < 1:
        return False
    before = bare(words[k - 1])
    if not _FOUGHT_BEFORE.isdisjoint(before):
        return True
    if words[k - 1] in ON and k >= 2 and (bare_in(words[k - 2], _FOUGHT_ON)
                                           or k >= 3 and f"{words[k - 3]}_{words[k - 2]}" in _FOUGHT_ON):
        return True
    return words[k - 1] in _FOUGHT_TO and words[k].startswith("ل") and len(words[k]) > 3


def _fought_only(ctx: DocContext) -> frozenset[str]:
    """The armed groups the article names only as the enemy fought ("الحرب على داعش" and nothing else of it): never
    a side of an agreement the story's duals ("الطرفان") refer to."""

    def compute() -> frozenset[str]:
        fought: set[str] = set()
        other: set[str] = set()
        for si, ms in enumerate(ctx.mentions):
            words = ctx.sentences[si].words
            for m in ms:
                if m.kind == "actors" and m.entry.get("type") == "armed_group":
                    (fought if _fought_at(words, m.i) else other).add(m.entry.id)
        return frozenset(fought - other)

    return ctx.once("agreements_fought_only", compute) if FOUGHT_GROUPS else frozenset()


MOVEMENT_LEADERS = True
"""Switch: an official stands for the armed movement he leads (:func:`_movement_of`) (A/B measurement)."""
_MOVEMENT_TYPES = frozenset({"armed_group", "paramilitary"})


def _movement_of(e: Entry) -> Entry | None:
    """The armed movement or faction an official belongs to by the registry ("رياك مشار" -> SPLM-IO, "هنية" ->
    Hamas, "عبدالملك الحوثي" -> the Houthis), or None for an official of a state, a ministry or an international body."""
    aff = e.get("affiliation")
    if not MOVEMENT_LEADERS or not aff:
        return None
    return next((x for x in get_lexicon().lookup_en(aff) if x.kind == "actors" and x.get("type") in _MOVEMENT_TYPES), None)


def _official_party(e: Entry) -> Entry | None:
    """The side an official stands for as a party: the armed movement he leads (:func:`_movement_of`), else his
    state ("أوباما" = the United States); None for an official of no known state or movement."""
    movement = _movement_of(e)
    if movement is not None:
        return movement
    code = e.get("country_code")
    return state_of(code) if code else None


VENUE_NOT_SIDE = True
"""Switch: a country or capital after "في" is where the sides met, never one of them (A/B measurement)."""
WHERE_NOT_SIDE = True
"""Switch: :func:`_last_parties` skips an armed group's name written right after "في" ("في الجبهة الجنوبية"): there it
tells where (a front, a region), not a side the dual refers to."""
_IN = frozenset({normalize("في"), normalize("وفي")})


def _after_in(ctx: DocContext, sj: int, m: Mention) -> bool:
    """Whether the mention ``m`` of sentence ``sj`` comes right after the word "في" or "وفي"."""
    return m.i > 0 and ctx.sentences[sj].words[m.i - 1] in _IN


def _last_parties(ctx: DocContext, si: int, before: int, n: int, states: bool = False) -> list[Entry]:
    """The last ``n`` distinct sides (forces, groups, governments; with ``states`` also countries named as
    places) named before token ``before`` of sentence ``si``, in text order: what "الطرفان"/"الجانبين" refer
    to. Named forces and groups are looked for first, countries only when they are not two."""
    seen: list[Entry] = []
    for sj, m in _mentions_back_at(ctx, si, before):
        e = m.entry if m.kind == "actors" and party_entry(m.entry) else None
        if e is not None and WHERE_NOT_SIDE and e.get("type") == "armed_group" and _after_in(ctx, sj, m):
            continue  # "نشر البطاريات في الجبهة الجنوبية": a front where, not a side
        if e is None and states and m.kind == "places" and not (VENUE_NOT_SIDE and _after_in(ctx, sj, m)):
            e = state_entry(m)  # "اجتمع الوفدان في الدوحة ... واتفق الطرفان": where they met is no side
        if e is not None and e.id in _fought_only(ctx):
            continue  # "التعاون في الحرب على داعش": the enemy both fight is no side
        if e is not None and all(x.id != e.id and _side(x) != _side(e) for x in seen):
            seen.append(e)
        if len(seen) == n:
            return seen[::-1]
    if not states and STORY_SIDES:
        story = _story_sides(ctx, si, before, n, seen)
        if story:
            return story
    if not states:
        return _last_parties(ctx, si, before, n, states=True)
    return _last_groups(ctx, si, before, n) if GROUP_SIDES else []


DUAL_LEADERS = True
"""Switch: a dual of leaders ("الزعيمان"، "الرئيسين"، "الخصمين") refers back to the two officials named before, each
standing for his state or movement (:func:`_last_officials`); a dual of sides ("الطرفان"، "طرفي النزاع") falls back
on them when no two forces, groups or states are named before it."""


def _last_officials(ctx: DocContext, si: int, before: int, n: int) -> list[Entry]:
    """The sides of the last ``n`` officials of distinct sides named before token ``before`` of sentence ``si``
    (this and the two sentences before), in text order: "اجتمع سلفا كير مع رياك مشار ... واتفق الزعيمان" are South
    Sudan and the SPLM-IO. Empty unless ``n`` are found."""
    seen: list[Entry] = []
    for m in _mentions_back(ctx, si, before):
        if m.kind != "actors" or m.entry.get("type") != "official":
            continue
        e = _official_party(m.entry)
        if e is not None and all(_side(x, fine=True) != _side(e, fine=True) for x in seen):
            seen.append(e)
        if len(seen) == n:
            return seen[::-1]
    return []


STORY_SIDES = True
"""Module switch for :func:`_story_sides` (A/B measurement)."""


def _story_sides(ctx: DocContext, si: int, before: int, n: int, near: list[Entry]) -> list[Entry]:
    """The ``n`` sides of the story when the last sentences name fewer ("وانهارت هدنة كان يلتزمها الطرفان" after
    paragraphs on the army and a rebel group): the sides ``near`` found there, then the forces and groups the text
    named most often before token ``before`` of sentence ``si`` (each named at least twice), in text order. Empty
    unless ``n`` sides are found."""
    count: dict[str, int] = {}
    first: dict[str, tuple[int, int]] = {}
    entry: dict[str, Entry] = {}
    for sj, m in _mentions_before(ctx, si, before):
        if m.kind == "actors" and party_entry(m.entry) and m.entry.id not in _fought_only(ctx):
            side = _side(m.entry)
            count[side] = count.get(side, 0) + 1
            first.setdefault(side, (sj, m.i))
            entry.setdefault(side, m.entry)
    chosen = [e for e in near]
    for side in sorted(count, key=lambda k: (-count[k], first[k])):
        if len(chosen) == n:
            break
        if count[side] >= 2 and all(_side(x) != side for x in chosen):
            chosen.append(entry[side])
    if len(chosen) < n:
        return []
    return sorted(chosen, key=lambda e: first.get(_side(e), (si, before)))


def _last_groups(ctx: DocContext, si: int, before: int, n: int) -> list[Entry]:
    """The last ``n`` distinct armed or political groups named before token ``before`` of sentence ``si`` when no
    two other sides are named: "الحركتان"/"الطرفان" after two movements are those two movements."""
    seen: list[Entry] = []
    for m in _mentions_back(ctx, si, before):
        if m.kind == "actors" and m.entry.get("type") == "armed_group" and all(x.id != m.entry.id for x in seen):
            seen.append(m.entry)
        if len(seen) == n:
            return seen[::-1]
    return []


@lru_cache(maxsize=64)
def _government(code: str) -> Entry | None:
    """The registry's government of the country ``code`` ("الحكومة الأفغانية"), else the state itself."""
    for e in get_lexicon().of_kind("actors"):
        if e.get("type") == "government_body" and e.get("country_code") == code and e.canonical.startswith("الحكومة"):
            return e
    return state_of(code)


def _last_group(ctx: DocContext, si: int, before: int) -> Entry | None:
    """The armed group named last before token ``before`` of sentence ``si`` (this or an earlier sentence)."""
    for sj in range(si, -1, -1):
        for m in reversed(ctx.mentions[sj]):
            if (sj < si or m.i < before) and m.kind == "actors" and m.entry.get("type") == "armed_group":
                return m.entry
    return None
