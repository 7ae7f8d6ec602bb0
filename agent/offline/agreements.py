"""Agreements: who agreed on what, and where it stands.

An agreement is written with a noun or verb of agreeing (اتفاق، الاتفاق الأمني، اتفاقية،
تفاهمات، اتفقوا) or as a handover of security (تسلم/استلام الملف الأمني، تسليم أمن
المحافظات). Parties come after "بين" ("بين الجيش والبيشمركة"، "بين أربيل وبغداد": a
capital stands for its government), or are the forces of the clause; provisions are the
verbal nouns after "على" / "لـ" / "يتضمن" ("لتشكيل مراكز ..."، "إنشاء لواءين مشتركين").
The status follows the life-cycle words: proposed (تفاهمات، مقترحات، أمله في التوصل),
agreed (تم التوصل، اتفقوا), implementing (وجه بتنفيذ، البدء بتطبيق، تسلمت), stalled
(لم يتم تنفيذ), implemented (اكتمل).

Mentions are grouped by the sides they join (federal / Kurdish / PMF / foreign): the
Baghdad–Erbil security agreement stays one record however many times it is cited; a
mention naming no party ("الاتفاق") joins the agreement mentioned before it.

The families moved out so far live in the modules beside it (words in ``data/agreements.json``), each
importing only those listed before it; the rest is below:

- ``agreements_cues``: the words the families share, and the tests for a negation, a truce and an exchange.
- ``agreements_mentions``: where an agreement is written, and the writings that tell none (negated, off the domain,
  calming).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, lru_cache

from marsad.agent.offline import rules
from marsad.agent.offline.actors import state_acting, state_entry, state_of
from marsad.agent.offline.agreements_cues import (
    _ACCESS_VERBS,
    _AGREE,
    _AGREE_VERBS,
    _AGREED,
    _CAPITALS,
    _COOPERATION,
    _DEFINITE_NOUNS,
    _MEDIATION,
    _NEG,
    _PARTY_HEADS,
    _PARTY_TYPES,
    _POLITICAL_AFTER,
    _SECURITY_CONTEXT,
    _STATUS_RANK,
    _THAT,
    _TRUCE_STOPS,
    _exchange_at,
    _no_longer,
    _truce_at,
)
from marsad.agent.offline.agreements_mentions import _mentions, _off_topic_told, _pointed_back, _truce_agreed_on
from marsad.agent.offline.context import DocContext, bare
from marsad.agent.offline.locations import Place, place_at
from marsad.agent.offline.mentions import DIRECTIONS
from marsad.agent.offline.merge import Cluster, citations, window_span
from marsad.agent.offline.rooms import state_adjective, state_adjective_pair
from marsad.agent.offline.vocab import REL_PRONOUNS
from marsad.core.arabic import normalize
from marsad.core.lexicon import Entry, get_lexicon
from marsad.schemas import Agreement

__all__ = ["find_agreements"]


_PROVISION_HEADS = rules.words("agreements", "provision_heads")
_IMPLEMENTING = rules.words("agreements", "implementing")
_DIRECT = rules.words("agreements", "direct")
_IMPLEMENTED = rules.words("agreements", "implemented")
_STALLED = rules.words("agreements", "stalled")
_PROPOSED = rules.words("agreements", "proposed")
_SECURITY_PROVISION_WORDS = rules.sequence("agreements", "security_provision_words")
_START = rules.words("agreements", "start")
_CARRY_OUT = rules.words("agreements", "carry_out")
_CARRY_OUT_VERBS = rules.words("agreements", "carry_out_verbs")
_AGREEMENT_NOUNS = rules.words("agreements", "agreement_nouns")
_HOPE = rules.words("agreements", "hope") | rules.words("agreements", "proposal")
"""A hope, call, proposal, refusal or speculation ("دعا إلى تمديد الهدنة"، "اقترحت"، "يتوقع"، "رفض"): the
agreement is proposed, never agreed, unless it is said to be in force."""
_SECURITY_ADJ = rules.words("agreements", "security_adj")
_PROVISION_STOPS = rules.words("agreements", "provision_stops")
_DUAL_STATES = rules.words("agreements", "dual_states")
"""Duals standing for the two states of the story ("البلدين"، "المملكتين"، "الدولتين")."""
_DENIAL = rules.words("agreements", "denial")
"""A denial before the agreement ("نفى الوزير التوصل إلى اتفاق"): at most proposed (GUIDELINES §7)."""
_DECLARE = rules.words("agreements", "declare")
"""A truce declared by one side ("أعلنت الحركة وقفاً لإطلاق النار"): unilateral, the declarer is its party."""
_AGAINST = rules.words("agreements", "against")
"""Right before a group: the group is what the agreement is against ("لمحاربة داعش"), never a party."""
_DUAL_PARTIES = rules.words("agreements", "dual_parties")
""""الطرفان"، "الجانبين": the two sides named before."""
_DUAL_GROUPS = rules.words("agreements", "dual_groups")
""""الحركتان"، "الفصيلين": the two movements or factions named before, never a state."""
_WELCOME = rules.words("agreements", "welcome")
"""Right before a side ("بترحيب عمّان"، "رحبت فرنسا"): it welcomed the agreement, it is not a party to it."""
_COUNTERPART = rules.words("agreements", "counterpart")
"""Before a state's adjective ("ونظيره الفرنسي"): the minister of that state, a side of what the two sign."""
_EXTENDED = rules.words("agreements", "extended")
"""After "تم" ("وتم تمديد الهدنة"): the agreement was extended, so it is in force."""
_DUAL_STATE_SUBJECTS = rules.words("agreements", "dual_state_subjects")
"""Close to the agreement word ("واتفقت الدولتان الجارتان على فتح المعبر"، "اتفاق الدولتين على"): the two states told before."""
_PREVIOUS = rules.words("agreements", "previous")
"""Right after the agreement noun ("اتفاقية سابقة"): another, earlier agreement than the one told."""
_ANAPHORIC_GROUPS = rules.words("agreements", "anaphoric_groups")
""""الحركة"، "الجماعة": the armed group named before."""
_SECURITY_NEAR = rules.words("agreements", "security_near")
"""Near the agreement word: it has a security content even with one side named ("اتفاق ... لدخول قواته")."""
_DEESCALATION = rules.words("agreements", "deescalation_heads")
"""Heads of "خفض التصعيد" (de-escalation, "مناطق خفض التصعيد"): zones and steps of a war's sides, security content."""
_TRUCE_AFTER = rules.words("agreements", "truce_after_agreement")
"""Right after an agreement noun ("اتفاق خفض التصعيد"، "اتفاقية فصل القوات"، two words joined with "_"): a ceasefire."""
_CALLS = rules.words("agreements", "calls")
"""A call opening the agreement's clause, however far before it ("دعا ... إلى الاتفاق على وقف إطلاق النار"): proposed."""
_CONDITIONAL = rules.words("agreements", "conditional")
"""Before the agreement: it is supposed ("إذا توصل الطرفان إلى اتفاق"), at most proposed."""
_DRAFT = rules.words("agreements", "draft")
"""Right before the agreement noun ("مشروع اتفاقية"، "مسودة الاتفاق"): a draft, at most proposed."""
_LATEST = rules.words("agreements", "latest")
"""Right after the agreement noun ("التفاهمات الأخيرة"، "الاتفاق الأخير"): the latest one reached, not a proposal."""
_THEN = rules.words("agreements", "then")
"""In the sentence ("وقع المشاركون في المحادثات آنذاك"): told as what happened at that time, background."""
_COMPLY = rules.words("agreements", "comply")
"""Between a call and the agreement ("دعا إلى الالتزام بالهدنة"، "دعت عناصرها إلى أخذ وقف إطلاق النار على محمل
الجد"): the call is to keep an agreement in force, not to reach one."""
_OPINION = rules.words("agreements", "opinion")
"""A verb of opinion or guess opening what is told ("ويرى البعض أن"، "يرجح مراقبون أن"): the agreement is guessed at."""
_STATE_BODY_TYPES = frozenset({"government_body", "state_military", "police", "official"})
"""A foreign body of these types is on its state's side ("الجيش التركي" and "تركيا" are one side)."""


_FORCE_STATE = {v: k.split(":", 1)[1] for k, v in rules.table("context", "national_force").items() if k.startswith("army:")}
"""A state's army known by its own entry ("القوات التركية" -> TR)."""
_FOREIGN_SIDES = rules.table("agreements", "foreign_sides")
"""Registry bodies with no country code that are not Iraqi: a bloc of states or a foreign force."""


GROUP_SIDES = True
"""Switch (s13): when only armed groups make an agreement, each group is a side of its own (off: all groups one side)."""


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
    if t == "armed_group":
        # each armed or political group is its own side: an agreement between two groups (a reconciliation of two
        # movements) has two sides, not one
        return f"group:{entry.id}" if fine and GROUP_SIDES else "group"
    return "federal"


def _sides(entries) -> frozenset[str]:
    """The sides of ``entries``: armed groups together as one side ("group") when that still leaves two sides (the
    factions and Israel), else each group its own side (a reconciliation of two movements)."""
    coarse = frozenset(_side(e) for e in entries)
    return coarse if len(coarse) >= 2 else frozenset(_side(e, fine=True) for e in entries)


def _last_states(ctx: DocContext, si: int, before: int, n: int) -> list[Entry]:
    """The ``n`` states (countries or capitals standing for them) the text is about before token ``before`` of
    sentence ``si``, in text order: those named most often, the latest first on ties. "البلدين" are the two
    states of the story, not a third one named in passing ("سفيراً لإثيوبيا لدى أيرلندا")."""
    count: dict[str, int] = {}
    last: dict[str, tuple[int, int]] = {}
    entry: dict[str, Entry] = {}
    for sj in range(si + 1):
        for m in ctx.mentions[sj]:
            if sj == si and m.i >= before:
                continue
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


def _last_parties(ctx: DocContext, si: int, before: int, n: int, states: bool = False) -> list[Entry]:
    """The last ``n`` distinct sides (forces, groups, governments; with ``states`` also countries named as
    places) named before token ``before`` of sentence ``si``, in text order: what "الطرفان"/"الجانبين" refer
    to. Named forces and groups are looked for first, countries only when they are not two."""
    seen: list[Entry] = []
    for sj in range(si, max(-1, si - 3), -1):
        for m in reversed(ctx.mentions[sj]):
            if sj == si and m.i >= before:
                continue
            e = m.entry if m.kind == "actors" and m.entry.get("type") in _PARTY_TYPES else None
            if e is None and states and m.kind == "places":
                e = state_entry(m)
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
    for sj in range(si + 1):
        for m in ctx.mentions[sj]:
            if sj == si and m.i >= before:
                continue
            if m.kind == "actors" and m.entry.get("type") in _PARTY_TYPES:
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
    for sj in range(si, max(-1, si - 3), -1):
        for m in reversed(ctx.mentions[sj]):
            if sj == si and m.i >= before:
                continue
            if m.kind == "actors" and m.entry.get("type") == "armed_group" and all(x.id != m.entry.id for x in seen):
                seen.append(m.entry)
            if len(seen) == n:
                return seen[::-1]
    return []


def _counterparts(words: list[str], lo: int, hi: int) -> list[tuple[int, Entry]]:
    """States told as a minister's counterpart in words[lo:hi] ("ونظيره الأردني"، "ونظيرته الفرنسية"): (token, state)."""
    out = []
    for x in range(lo, min(hi, len(words) - 1)):
        if words[x] in _COUNTERPART and (e := state_adjective(words, x + 1)) is not None:
            out.append((x + 1, e))
    return out


def _list_head(words: list[str], x: int, reach: int, heads: frozenset[str]) -> int:
    """The index of the word before token x once the sides listed with x ("ليبيا والولايات المتحدة") are passed:
    back over words joined by "و" (at most ``reach`` tokens before x) until one of ``heads``."""
    y = x - 1
    while y >= 0 and x - y <= reach and words[y].startswith("و") and not any(b in heads for b in bare(words[y])):
        y -= 1
    return y


def _verb_subject(words: list[str], x: int) -> bool:
    """True when token x is the subject of a verb of announcing, signing or agreeing, alone or in the list after it
    ("وأعلنت روسيا"، "ووقعت ليبيا والولايات المتحدة")."""
    y = _list_head(words, x, 3, _SIDE_VERBS)
    return y >= 0 and any(b in _SIDE_VERBS for b in bare(words[y]))


_SIDE_VERBS = _DECLARE | _AGREED
_STATE_REACH = 9
"""Words before an agreement word where a state can still be its side ("وأعلنت روسيا والولايات المتحدة الأسبوع الماضي
التوصل إلى اتفاق")."""


def _parties(ctx: DocContext, si: int, i: int, j: int) -> tuple[list[Entry], bool]:
    """The parties of an agreement mention, and whether the text names them as such ("بين X و Y")."""
    s = ctx.sentences[si]
    words = s.words
    a, b = s.clause_bounds(i)
    out: list[Entry] = []
    between = next((x for x in range(i, min(len(words), j + 8)) if words[x] == "بين"), None)
    if between is None:
        # "جرى الاتفاق أثناء اللقاء على ضرورة توسيع الشراكة ... بين المملكتين": the parties close the
        # provision, in the same clause
        between = next((x for x in range(j, min(b, j + 22)) if words[x] == "بين"), None)
        if between is not None and not (between + 1 < len(words) and words[between + 1] in _DUAL_STATES or any(
                m.i == between + 1 and m.kind == "places" and m.entry.get("admin_level") == "country"
                for m in ctx.mentions[si]) or (any(f in _PARTY_HEADS for f in bare(words[between + 1])) and any(
                w.startswith("و") for w in words[between + 2:between + 5]))):
            between = None  # far from the agreement word, only states close it ("الطرق الرابطة بين كركوك وأربيل" do not)
    lex = get_lexicon()
    if between is not None:
        end = between + 1
        while end < len(words) and end - between < 14 and not s.tokens[end].clause_start and not any(
                bb in _MEDIATION for bb in bare(words[end])):  # "بوساطة مصر" closes the parties
            end += 1
        if between + 1 < len(words) and words[between + 1] in _DUAL_STATES:
            out.extend(_last_states(ctx, si, between, 2))  # "بين البلدين"، "بين المملكتين": the two states told before
        for m in ctx.mentions[si]:
            if between < m.i < end:
                if len(out) >= 2 and not (words[m.i].startswith("و") or words[m.i - 1] == "و"):
                    continue  # "بين أنقرة وواشنطن يسمح للتحالف الدولي": the list of sides joined by "و" has ended
                if m.kind == "actors" and (m.entry.get("type") in _PARTY_TYPES or m.entry.id in _FOREIGN_SIDES):
                    # "بين الاتحاد الأوروبي والحلف الأطلسي": a bloc of states is a side when named after "بين"
                    out.append(m.entry)
                elif m.kind == "places" and not (m.i > 0 and words[m.i - 1] in {"في", "الي"}):
                    # "بين البلدين في سوريا": where, not a side
                    key = place_at(ctx, si, m).key
                    gov = _CAPITALS.get(key) or _CAPITALS.get(m.entry.id)
                    if gov and lex.get("actors", gov):
                        out.append(lex.get("actors", gov))
                    elif state_entry(m) is not None:
                        out.append(state_entry(m))  # "بين باكستان والهند"، "بين واشنطن وأنقرة"
        if len(out) < 2:
            out = _with_written_parties(ctx, si, between, end, out)
        if len(_sides(out)) < 2 and any(f in _AGREE_VERBS for f in bare(words[i])):
            # "إيطاليا واليابان اتفقتا على تشكيل لجنة متابعة بين دول مانحة ... في اليمن": after a verb of agreeing,
            # a "بين" naming fewer than two sides belongs to what was agreed; the sides are the verb's subjects
            out, between = [], None
    if not out and RELATIVE_SIGNERS:
        out = _relative_signers(ctx, si, j)
        if out:
            between = j
    if not out:
        # "اتفاق القيادات الأمنية والحشد الشعبي على ...": the parties right after the agreement noun
        run = [m for m in ctx.mentions[si] if m.kind == "actors" and m.entry.get("type") in _PARTY_TYPES and m.i >= j]
        chain = []
        at = j
        for m in run:
            if m.i - at <= (0 if not chain else 1):
                chain.append(m)
                at = m.j
            else:
                break
        if chain:
            out = [m.entry for m in chain]
            between = j
    pair: list[Entry] = []
    if not out:
        # "الاتفاق الأمريكي التركي"، "والتفاهمات الأخيرة لتوسيع التعاون الأمريكي التركي": two states' adjectives
        # side by side, right after the agreement or after the cooperation it is about, are its two sides when
        # the clause does not name two sides otherwise
        found_pair = state_adjective_pair(words, j, j + 2)
        if not found_pair:
            rel = next((x for x in range(j, min(b, j + 5)) if any(f in _COOPERATION for f in bare(words[x]))), None)
            found_pair = state_adjective_pair(words, rel + 1, rel + 2) if rel is not None else []
        pair = [e for _, e in found_pair]
    if not out and _truce_at(words, i):
        declared = _declarer(ctx, si, i)
        if declared is not None:
            return [declared], False  # a unilateral truce: the side that declared it (D-13)
    if not out:
        dual = next((x for x in range(max(a, i - 3), min(b, j + 3)) if words[x] in _DUAL_STATE_SUBJECTS), None)
        if dual is not None:
            out = _last_states(ctx, si, dual, 2)  # "واتفقت الدولتان الجارتان": the two states of the story
    if not out:
        dual = next((x for x in range(max(a, i - 6), min(b, j + 8)) if words[x] in _DUAL_PARTIES), None)
        if dual is not None:
            out = _last_parties(ctx, si, min(i, dual), 2)  # "هدنة كان يلتزمها الطرفان": the two sides told before
            if len(out) < 2:
                out = []
    if not out and GROUP_SIDES:
        dual = next((x for x in range(max(a, i - 6), min(b, j + 8)) if words[x] in _DUAL_GROUPS), None)
        if dual is not None:
            out = _last_groups(ctx, si, min(i, dual), 2)  # "واتفقت الحركتان": the two movements told before
    if not out:
        lo = max(0, i - 12)
        hi = min(b, j + 12)
        verb = any(f in _AGREE_VERBS for f in bare(words[i]))  # "اتفق أوباما وأردوغان": the leaders are its subject
        found = [(m.i, e) for m in ctx.actors_in(si, lo, hi, _PARTY_TYPES | ({"official"} if verb else set()))
                 for e in [_as_party(m.entry)] if e is not None
                 and not any(b in _MEDIATION for w in words[max(0, m.i - 4):m.i] for b in bare(w))
                 and not _welcoming(words, m.i)
                 and not (m.entry.get("type") == "armed_group" and any(
                     b in _AGAINST for w in words[max(0, m.i - (6 if m.i > 0 and words[m.i - 1] == "من" else 3)):m.i] for b in bare(w)))]
        # "لتطهير شمال سوريا من تنظيم الدولة": the group the agreement is against, a few words after the verb
        prev_state = None
        for m in ctx.places_in(si, max(0, i - _STATE_REACH), min(len(words), j + 4)):
            if m.i < i - 6 and not _verb_subject(words, m.i):
                continue  # further back only the subject of the verb that tells it ("وأعلنت روسيا والولايات المتحدة")
            gov = _CAPITALS.get(place_at(ctx, si, m).key) or _CAPITALS.get(m.entry.id)
            if _venue(ctx, si, m) and not _each_of(words, m.i):
                continue  # "جنوب سوريا": a place; "وقعت كل من الدوحة وباريس": each of the sides
            if any(b in _MEDIATION for w in words[max(0, m.i - 4):m.i] for b in bare(w)) or _welcoming(words, m.i):
                continue  # "بوساطة قامت بها مصر": the mediator is no party; nor is who welcomed it ("بترحيب عمّان")
            if gov and lex.get("actors", gov):
                found.append((m.i, lex.get("actors", gov)))
            elif state_entry(m) is not None and (state_acting(s, m, prev_state) or not (
                    m.i > 0 and words[m.i - 1].endswith(("ات", "ه")) and not words[m.i - 1].startswith("ال"))):
                # "اتفقت تركيا والولايات المتحدة"; not a noun's complement ("أمن محافظات العراق")
                found.append((m.i, state_entry(m)))
                prev_state = m.j
        found += _counterparts(words, lo, hi)  # "وزير الدفاع الأردني ونظيره الفرنسي وقعا مذكرة"
        found.sort(key=lambda t: t[0])
        told = next((x for x in range(i - 1, lo - 1, -1) if words[x] in _THAT), None)
        if told is not None and len(_sides([e for x, e in found if told < x])) >= 2:
            found = [(x, e) for x, e in found if x > told]  # "أعلنت وزارة الدفاع أن البلدين اتفقا": the teller is no party
        out = [e for _, e in found]
        with_at = next((x for x in range(j, min(len(words), j + 3)) if words[x] == "مع"), None)
        if with_at is not None and len(out) < 2:
            # "أعلنت حماس التوصل لتوافق مع إسرائيل": the subject and the side after "مع"
            after = [(m.i, m.entry) for m in ctx.actors_in(si, with_at, with_at + 6, _PARTY_TYPES)]
            after += [(m.i, state_entry(m)) for m in ctx.places_in(si, with_at, min(len(words), with_at + 6))
                      if state_entry(m) is not None and not _venue(ctx, si, m)]  # "مع حركة فتح في القاهرة": where
            subject = [(m.i, m.entry) for m in ctx.actors_in(si, 0, i, _PARTY_TYPES)]
            subject += [(m.i, state_entry(m)) for m in ctx.places_in(si, max(0, i - 8), i) if state_entry(m) is not None
                        and not _venue(ctx, si, m)]
            # "خطط لإرسال قوات إلى سوريا، ولكنها اتفقت مع الولايات المتحدة": where forces go is no side
            after.sort(key=lambda t: t[0])
            subject.sort(key=lambda t: t[0])
            if BARE_GOVERNMENT and not after:
                home = _bare_government(ctx, si, with_at)
                if home is not None:
                    after = [(with_at + 1, home)]  # "التزمت بهدنة مع الحكومة": the government of the story's country
            written = None if after else _written_counterpart(ctx, si, with_at)
            pair = [e for _, e in subject[-1:] + (after[:1] or ([(with_at + 1, written)] if written else []))]
            if len({e.id for e in pair}) == 2:
                out = pair
    if pair and len(_sides(out)) < 2:
        out = pair
    if not out:
        out = _parties_told_before(ctx, si, i)
    if between is None and len(_sides(out)) >= 2 and _peace_with(words, j):
        between = j
    seen: list[Entry] = []
    for e in out:
        if e.id not in {x.id for x in seen}:
            seen.append(e)
    return seen, between is not None


BARE_GOVERNMENT = True
"""Module switch for :func:`_bare_government` (A/B measurement)."""
_GOVERNMENT_WORDS = rules.words("agreements", "bare_government_words")


def _bare_government(ctx: DocContext, si: int, with_at: int) -> Entry | None:
    """The government a bare "الحكومة" right after "مع" stands for: that of the article's country (Iraq's federal
    government in an Iraqi story, the registry's government of another country, else that state). None when the
    word is not there, carries a name or an adjective ("مع الحكومة المحلية"), or the article has no one country."""
    s = ctx.sentences[si]
    words = s.words
    at = with_at + 1
    if at >= len(words) or words[at] not in _GOVERNMENT_WORDS or any(m.i <= at < m.j for m in ctx.mentions[si]):
        return None
    if at + 1 < len(words) and not s.tokens[at + 1].clause_start and words[at + 1].startswith("ال"):
        return None
    lex = get_lexicon()
    code = ctx.country
    if code is None:
        return None  # an article of no one country: the word names no one
    if code == "IQ":
        return lex.get("actors", "federal_government")
    return lex.get("actors", f"gov_{code.lower()}") or state_of(code)


RELATIVE_SIGNERS = True
"""Module switch for :func:`_relative_signers` (A/B measurement)."""
_RELATIVE_SIGN = rules.words("agreements", "relative_sign_verbs")
_RELATIVE_REACH = 8
"""How far after the agreement words the relative clause may open, and how far after its verb the signers run."""


def _relative_signers(ctx: DocContext, si: int, j: int) -> list[Entry]:
    """The sides named as the subjects of a signing or approving verb in a relative clause on the agreement
    ("باتفاق الهدنة في الشمال، الذي أقره الرئيسان X و Y"، "المعاهدة التي وقعتها القاهرة وعمّان"): a head of
    state or minister stands for his state. Empty unless two sides are named there."""
    s = ctx.sentences[si]
    words = s.words
    rel = next((x for x in range(j, min(len(words) - 1, j + _RELATIVE_REACH)) if words[x] in REL_PRONOUNS
                and words[x + 1] in _RELATIVE_SIGN), None)
    if rel is None:
        return []
    lo = rel + 2
    hi = next((y for y in range(lo + 1, min(len(words), lo + _RELATIVE_REACH)) if s.tokens[y].clause_start
               or any(b in _MEDIATION for b in bare(words[y]))), min(len(words), lo + _RELATIVE_REACH))
    lex = get_lexicon()
    found: list[tuple[int, Entry]] = []
    for m in ctx.actors_in(si, lo, hi, _PARTY_TYPES | {"official"}):
        e = _as_party(m.entry)
        if e is not None:
            found.append((m.i, e))
    for m in ctx.places_in(si, lo, hi):
        if _venue(ctx, si, m):
            continue
        gov = _CAPITALS.get(place_at(ctx, si, m).key) or _CAPITALS.get(m.entry.id)
        e = lex.get("actors", gov) if gov and lex.get("actors", gov) else state_entry(m)
        if e is not None:
            found.append((m.i, e))
    sides = [e for _, e in sorted(found, key=lambda t: t[0])]
    return sides if len(_sides(sides)) >= 2 else []


def _written_counterpart(ctx: DocContext, si: int, with_at: int) -> Entry | None:
    """The side after "مع" that the registry does not know, named as written when a word for a party heads a name
    ("مع الحزب الإسلامي"، "مع حركة الشباب الجديدة"، "مع جبهة تحرير مورو"): head and name, at most four words, up to
    the clause's end. None for a head alone ("مع الحكومة") or a side the registry knows."""
    s = ctx.sentences[si]
    words = s.words
    a = with_at + 1
    if a >= len(words) or not any(f in _PARTY_HEADS for f in bare(words[a])) or any(
            m.i <= a < m.j for m in ctx.mentions[si]):
        return None
    b = a + 1
    indefinite = not words[a].startswith("ال")  # "جبهة تحرير أوغادين": a construct, any words; "الحزب الإسلامي": adjectives
    while b < min(len(words), a + 4) and not s.tokens[b].clause_start and not words[b].startswith(("و", "في", "ب")) and (
            words[b].startswith("ال") or indefinite) and words[b] not in _NOT_NAME:
        b += 1
    if b == a + 1:
        return None
    name = ctx.quote(*s.token_span(a, b)).strip(" ،,.")
    return Entry(kind="actors", id=f"text:{name}", canonical=name, name_en=None, ar=(name,), en=(), data={"type": "other"})


_NOT_NAME = REL_PRONOUNS | rules.words("agreements", "side_name_stops")
"""Words that end a name written after "مع" ("مع الحركة الشعبية التي تقاتل"، "مع المتمردين الأسبوع الماضي")."""


def _peace_with(words: list[str], j: int) -> bool:
    """True when a peace or reconciliation word follows the agreement word and "مع" comes right after ("وقعت الحكومة
    الأفغانية اتفاق سلام مع الحزب الإسلامي"، "التوصل لاتفاق مصالحة مع حركة فتح"): a peace deal names its two sides,
    the subject and who it is made with. An agreement of no stated kind "مع" someone stays unnamed."""
    return any(w in _POLITICAL_AFTER for w in words[j:j + 2]) and "مع" in words[j:j + 4]


def _venue(ctx: DocContext, si: int, m) -> bool:
    """True when place mention m is where something is, not who acts: after "في"، "إلى"، "من" or a direction
    ("جنوب سوريا"), or written with "ب" (:func:`_located`)."""
    words = ctx.sentences[si].words
    return (m.i > 0 and (words[m.i - 1] in {"في", "الي", "من"} or words[m.i - 1] in DIRECTIONS)) or _located(ctx, si, m)


def _located(ctx: DocContext, si: int, m) -> bool:
    """True when the state of place mention m is written as where something is, with the clitic "ب" ("في مدينة
    الصخيرات الساحلية بالمغرب"، "بليبيا") or after a direction that carries one ("بغرب ليبيا"): a venue or a region,
    not a side. A name that itself starts with "ب" ("بريطانيا"، "باكستان") has no clitic before it."""
    s = ctx.sentences[si]
    clitic = ctx.text[s.token_span(m.i, m.i + 1)[0]:m.start]
    return clitic.endswith("ب") or (m.i > 0 and any(b in DIRECTIONS for b in bare(s.words[m.i - 1])))


def _parties_told_before(ctx: DocContext, si: int, i: int) -> list[Entry]:
    """The two sides written after "بين" earlier in the sentence ("خلاف وقع بين الإمارات والحكومة اليمنية، لكن تم
    الاتفاق على ..."): what the agreement settles is between them. Empty unless two sides are found."""
    s = ctx.sentences[si]
    words = s.words
    back = next((x for x in range(i - 1, max(-1, i - 16), -1) if words[x] == "بين"), None)
    if back is None:
        return []
    end = next((y for y in range(back + 2, i) if s.tokens[y].clause_start), i)
    found = [(m.i, _as_party(m.entry) if m.kind == "actors" else state_entry(m)) for m in ctx.mentions[si]
             if back < m.i < end and (m.kind == "actors" and m.entry.get("type") in _PARTY_TYPES or m.kind == "places")]
    sides = [e for _, e in sorted(found, key=lambda t: t[0]) if e is not None]
    if len(_sides(sides)) < 2:
        sides = _with_written_parties(ctx, si, back, end, sides)  # "بين الإمارات والحكومة المحلية"
    return sides if len(_sides(sides)) >= 2 else []


def _welcoming(words: list[str], x: int) -> bool:
    """True when a word of welcoming or praise comes right before token x, across the sides listed with it ("رغم
    بترحيب عمّان والقاهرة"، "رحبت فرنسا بالاتفاق"): who welcomes an agreement is no party to it."""
    y = _list_head(words, x, 6, _WELCOME)  # back over the sides listed before x ("بترحيب عمّان والقاهرة وأنقرة")
    return y >= 0 and x - y <= 6 and any(b in _WELCOME for w in words[max(0, y - 1):y + 1] for b in bare(w))


def _each_of(words: list[str], x: int) -> bool:
    """True when "كل من" (each of) comes right before token x: what follows are the sides, "من" is no "from"."""
    return x > 1 and words[x - 1] == "من" and words[x - 2] in {"كل", "وكل"}


def _as_party(e: Entry) -> Entry | None:
    """The side an actor mention stands for as a party: a foreign head of state or minister stands for his
    state ("اتفق أوباما وأردوغان" = the United States and Turkey); an official of no known state is no party."""
    if e.get("type") != "official":
        return e
    code = e.get("country_code")
    return state_of(code) if code else None


def _with_written_parties(ctx: DocContext, si: int, between: int, end: int, found: list[Entry]) -> list[Entry]:
    """The two sides after "بين" in text order, a side the registry does not know named as written when it is
    headed by a word for a party ("مصالحة بين المعارضة وقوات الحكومة": "المعارضة" and the government)."""
    s = ctx.sentences[si]
    words = s.words
    known = {x: m for m in ctx.mentions[si] if between < m.i < end and (m.kind == "actors" or state_entry(m) is not None)
             for x in range(m.i, m.j)}
    second = next((y for y in range(between + 2, end) if words[y].startswith("و") and (
        words[y][1:].startswith("ال") or words[y][1:] in _PARTY_HEADS) and (y not in known or known[y].i == y)), None)
    if second is None:
        return found
    sides: list[tuple[int, Entry]] = [(m.i, e) for m in ctx.mentions[si] if between < m.i < end
                                      for e in [m.entry if m.kind == "actors" else state_entry(m)] if e is not None and e in found]
    for a, b in ((between + 1, second), (second, min(end, second + 3))):
        if any(x in known for x in range(a, b)):
            continue
        if not any(f in _PARTY_HEADS for f in bare(words[a])):
            continue
        b = next((y for y in range(a + 1, b) if not words[y].startswith("ال")), b)
        if b == a + 1 and not words[a].lstrip("و").startswith("ال"):
            continue  # "وحكومة جمهورية مالطا": a head alone before a name the registry does not know names no one
        name = ctx.quote(*s.token_span(a, b)).strip(" ،,.")
        name = name[1:] if name.startswith("و") else name
        sides.append((a, Entry(kind="actors", id=f"text:{name}", canonical=name, name_en=None, ar=(name,), en=(),
                               data={"type": "other"})))
    return [e for _, e in sorted(sides, key=lambda t: t[0])] if len(sides) >= 2 else found


def _declarer(ctx: DocContext, si: int, i: int) -> Entry | None:
    """The side that declared the truce at token i ("أعلنت طالبان وقفاً لإطلاق النار"، "إعلان الحكومة هدنة"),
    or None when the truce is not declared right there or is said to be agreed with someone."""
    s = ctx.sentences[si]
    words = s.words
    a, _ = s.clause_bounds(i)
    decl = next((x for x in range(i - 1, max(a - 1, i - 6), -1) if any(b in _DECLARE for b in bare(words[x]))), None)
    if decl is None or any(any(b in _AGREE or (b in _AGREED and b not in _DECLARE) for b in bare(w))
                           for w in words[decl + 1:i]):
        return None
    if decl + 1 < i and words[decl + 1] in _ANAPHORIC_GROUPS:
        group = _last_group(ctx, si, decl)
        if group is not None:
            return group  # "إعلان الحركة وقفاً لإطلاق النار": the movement named before
    if decl + 1 < i and words[decl + 1] in {"الحكومه", "السلطات"} and ctx.country:
        gov = _government(ctx.country)
        if gov is not None:
            return gov  # "إعلان الحكومة وقفاً": the government of the country the article is about
    cands = [(m.i, m.entry) for m in ctx.actors_in(si, max(a, decl - 6), i, _PARTY_TYPES)]
    cands += [(m.i, state_entry(m)) for m in ctx.places_in(si, max(a, decl - 6), i) if state_entry(m) is not None]
    after = [c for c in cands if c[0] > decl]  # "إعلان الحكومة وقفاً"
    before = [c for c in cands if c[0] < decl]  # "أعلنت الحكومة ... وقفاً" (verb first) or "الحكومة أعلنت"
    pick = min(after, key=lambda c: c[0]) if after else max(before, key=lambda c: c[0]) if before else None
    return pick[1] if pick else None


def _denied(ctx: DocContext, si: int, i: int) -> bool:
    """True when a denial opens the agreement's clause a few words before it ("نفى الوزير التوصل إلى اتفاق")."""
    s = ctx.sentences[si]
    a = 0  # a comma after the verb ("نفى، اتفاقاً") opens no new clause here
    before = [b for w in s.words[max(a, i - 10):i] for b in bare(w)]
    wider = [b for w in s.words[max(a, i - 16):i] for b in bare(w)]
    refused = any(b in {"رفض", "رفضت", "يرفض", "ترفض"} for b in wider) and any(
        b in {"تاكيد", "التاكيد"} for b in before)  # "رفض الجيش، وكذلك مكتب رئيس الوزراء، تأكيد التوصل إلى هدنة"
    return refused or any(b in _DENIAL for w in s.words[max(a, i - 7):i] for b in bare(w))


def _phrase_end(s, i: int, n: int) -> int:
    """End of a short phrase from token i: at most n tokens, cut at the clause end, a stop word or a verb
    in the future ("وقف إطلاق النار سيستمر")."""
    _, b = s.clause_bounds(i)
    end = min(b, len(s.words), i + n)
    return next((y for y in range(i + 1, end) if any(f in _TRUCE_STOPS or f in _PROVISION_STOPS for f in bare(s.words[y]))
                 or _purpose_or_future(s.words, y)), end)


def _purpose_or_future(words: list[str], y: int) -> bool:
    """True when token y opens what the provision is for or a verb in the future: "من أجل"، "سيستمر"."""
    w = words[y]
    return (w == "من" and y + 1 < len(words) and words[y + 1] == "اجل") or (
        w.startswith(("سي", "ست")) and len(w) > 4 and w not in _PROVISION_HEADS)


_STATUS_REACH = 14
"""Words after an agreement mention that can still tell its status; further on they are said of something
else ("يثير الاتفاق ... أصداء متزايدة في الشرق الأوسط، خاصة أنه يأتي بعد تعثر طويل لاستراتيجية التحالف")."""
_BACKREF = frozenset({"تطبيقه", "تطبيقها", "تنفيذه", "تنفيذها", "بنوده", "بنودها", "سريانه", "سريانها"})
"""Its carrying out, with a pronoun that refers back to the agreement ("تطبيقه"، "تنفيذها")."""
_DATE_REACH = 12
"""Words between an agreement mention and a date said of it ("أعلن مصدر، اليوم الجمعة، أن هناك تقارير عن التوصل إلى وقف")."""
_DATE_ORDER = ((_DATE_REACH, "day"), (_DATE_REACH, "iso"), (None, "day"), (None, "iso"), (None, "any"))
"""Which date of its sentences an agreement takes, first to last: a day close to a mention, a month or year close to
it ("اتفق الطرفان في نوفمبر"، "وقعا عام 2011": not the day the news tells it), a day anywhere in them, then any."""
_RANGE = re.compile(r"من\s+(\d{1,2})\s*(?:إلى|الى|حتى|-)\s*$")
"""Right before a date: the first day of the period it closes ("من 15 إلى")."""


def _truce_phrase(ctx: DocContext, si: int, i: int) -> str | None:
    """The truce as written, with its length and place ("وقف لإطلاق النار لثلاثة أيام"، "الهدنة الإنسانية في اليمن")."""
    s = ctx.sentences[si]
    end = _phrase_end(s, i, 7)
    if end - i < 2:
        return None  # a bare "الهدنة" says nothing of its terms
    return ctx.quote(*s.token_span(i, end)).strip(" ،,.\"“”")


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


def _provisions(ctx: DocContext, si: int, i: int, j: int, handover: bool) -> list[str]:
    s = ctx.sentences[si]
    words = s.words
    _, b = s.clause_bounds(i)
    out = []
    if handover:
        end = min(b, i + 12)
        end = next((y for y in range(i + 1, end) if s.words[y] in _PROVISION_STOPS), end)
        out.append(ctx.quote(*s.token_span(i, end)).strip(" ،,.\"“”"))
        return out
    for x in range(j, min(b, j + 10)):
        if words[x] in {"علي", "على"} and x + 1 < len(words) and words[x + 1] in {"ان", "أن"} and x + 2 < b:
            end = min(b, x + 14)
            end = next((y for y in range(x + 2, end) if s.words[y] in _PROVISION_STOPS), end)
            out.append(ctx.quote(*s.token_span(x + 2, end)).strip(" ،,.\"“”"))
            break
        forms = bare(words[x])
        if any(f in _PROVISION_HEADS for f in forms) and (x == j or words[x - 1] in {"علي", "على"} or words[x][0] in "ل"
                                                            or words[x - 1] in {"يتضمن", "ويتضمن", "تضمن", "ينص", "نص", "اهميه"}
                                                            or x - j <= 2):
            if words[x] in {"تنفيذ", "بتنفيذ"} and x + 1 < len(words) and any(
                    bb in _AGREE for bb in bare(words[x + 1])):
                continue  # "تنفيذ الاتفاقيات": about the agreement, not a provision
            out.extend(_provision_list(ctx, s, x))
            break
    return out


def _provision_list(ctx: DocContext, s, x: int) -> list[str]:
    """A provision from token x, and the ones coordinated after it ("تشكيل لواءين، وإنشاء نقاط تفتيش، وتبادل ...")."""
    words = s.words
    out = []
    while x is not None and len(out) < 5:
        _, b = s.clause_bounds(x)
        end = min(b, x + 12)
        end = next((y for y in range(x + 1, end) if words[y] in _PROVISION_STOPS or _purpose_or_future(words, y) or (
            words[y].startswith("و") and words[y][1:] in _PROVISION_HEADS)), end)
        skip = 1 if words[x][0] in "لو" and words[x][1:] in _PROVISION_HEADS else 0
        start = s.raw_span(s.tokens[x].ns + skip, s.tokens[x].ne)[0]
        out.append(ctx.quote(start, s.token_span(x, end)[1]).strip(" ،,.\"“”"))
        coordinated = end < len(words) and words[end].startswith("و") and words[end][1:] in _PROVISION_HEADS
        x = end if coordinated else None  # "... ، وإنشاء نقاط تفتيش"
    return out


def _status(ctx: DocContext, si: int, i: int, j: int, stop: int | None = None) -> str:
    """The status one mention's words give; they are read from 10 words before it to the next agreement
    mention of the sentence (``stop``), which they belong to instead ("... وهي تحل محل اتفاقية سابقة
    استمرت حتى اليوم": in force is said of the earlier one)."""
    s = ctx.sentences[si]
    words = s.words
    lo, end = max(0, i - 10), len(words) if stop is None else stop
    hi = min(end, j + _STATUS_REACH)
    if any(w in _BACKREF for w in words[hi:end]):
        hi = end  # "... إلا أن تطبيقه ما يزال متعثراً": said of the agreement again, however far
    status = "agreed" if any(b in _AGREEMENT_NOUNS for b in bare(words[i])) else "unknown"
    if _no_longer(words, i):
        return "stalled"
    if i > 0 and words[i - 1] in _DRAFT:
        return "proposed"  # "التوقيع على مشروع اتفاقية": a draft
    found = []
    for x in range(lo, hi):
        forms = bare(words[x])
        if x > 0 and words[x - 1] in _BEFORE:
            continue  # "قبل بدء المرحلة الانتقالية": what comes before a step is not under way
        neg = x > 0 and words[x - 1] in _NEG or x > 1 and words[x - 2] in _NEG and words[x - 1] in {"يتم", "يجر"}
        nxt = words[x + 1] if x + 1 < len(words) else ""
        if words[x] in {"تم", "يتم"} and nxt in {"تنفيذ", "تطبيق"}:
            found.append("stalled" if neg else "implemented")
        elif words[x] in {"تم", "وتم"} and nxt in _EXTENDED and not neg:
            found.append("implementing")  # "تم تمديد الهدنة": extended, so in force (a call to extend it is proposed)
        elif words[x] in _START and nxt in _CARRY_OUT:
            # "بدأ تنفيذ الاتفاق" is under way; "سيبدأ"/"على أن يبدأ التنفيذ" (imperfect) is still to come
            found.append("agreed" if words[x].startswith(("سي", "ست", "ي", "ت")) else "implementing")
        elif words[x] == "حيز" and nxt in {"التنفيذ", "التطبيق"}:
            found.append("implementing")  # "دخل حيز التنفيذ"
        elif neg and words[x] in _CARRY_OUT_VERBS:
            found.append("stalled")  # "لم ينفذ"
        elif any(f"{f}_{nxt}" in _LOST_MEANING for f in forms):
            found.append("stalled")  # "الهدنة فقدت معناها": it lost its meaning, it holds no more (GUIDELINES §7)
        elif any(f in _IMPLEMENTED for f in forms):
            found.append("implemented")
        elif any(f in _IMPLEMENTING for f in forms) and not neg and _purpose_before(words, x):
            found.append("agreed")  # "غرفة عمليات لمتابعة تنفيذ الاتفاق": its carrying out is still to come
        elif any(f in _IMPLEMENTING for f in forms) and not neg:
            direct = any(w in _DIRECT for ww in words[max(lo, x - 4):x] for w in bare(ww))
            found.append("implementing" if direct or words[x] not in {"تطبيق", "بتطبيق", "بتنفيذ"} else "agreed")
        elif any(f in _VIOLATED for f in forms) and not neg and _breaks_agreement(words, x):
            found.append("implementing")  # "يكسر الحوثيون الهدنة"، "انتهكت القوات الاتفاق": violated but standing (GUIDELINES §7)
        elif any(f in _STALLED for f in forms):
            found.append("stalled")
        elif any(f in _PROPOSED for f in forms):
            found.append("proposed")
        elif any(f in _AGREED for f in forms):
            found.append("agreed")
    if j < len(words) and words[j] in _LATEST and not _neg_before(words, i):
        # "والتفاهمات الأخيرة لتوسيع التعاون"، "الاتفاق الأخير لتكثيف جهود التصدي": the latest one reached; the
        # efforts after it are what it is for
        found = [f for f in found if f != "proposed"] + ["agreed"]
    a, clause_end = s.clause_bounds(i)
    call = next((x for x in range(i - 1, max(a, i - 20) - 1, -1) if any(b in _CALLS for b in bare(words[x]))), None)
    if call is not None and any(w in _COMPLY for w in words[call + 1:i]) and not {"stalled", "implemented"} & set(found):
        return "implementing"  # "دعت عناصرها إلى أخذ وقف إطلاق النار على محمل الجد": a call to keep it, it is in force
    if "proposed" in found and any(b in _HOPE for w in words[lo:hi] for b in bare(w)) \
            and not {"implementing", "implemented"} & set(found):
        return "proposed"
    if any(b in _CALLS for w in words[max(a, i - 20):lo] for b in bare(w)) and not {"implementing", "implemented"} & set(found):
        return "proposed"  # "ودعا المجلس الحكومة وطالبان ومسلحين آخرين إلى وقف القتال والاتفاق على وقف إطلاق النار"
    if (_supposed(words, max(0, i - 8), i) or _may_after(words, j, j + 3)) and not {"implementing", "implemented", "stalled"} & set(found):
        return "proposed"  # "وإذا توصل الزعيمان إلى اتفاق"، "قد يوقع الطرفان اتفاقاً"، "اتفاقية القمة قد تشتمل": supposed
    if (_guessed(words, i) or _may_after(words, j, min(clause_end, j + 10))) and not {
            "agreed", "implementing", "implemented", "stalled"} & set(found):
        return "proposed"  # "ويرى البعض أن عبارات ... ستدرج ضمن اتفاقية القمة"، "اتفاق الهدنة بين ... قد يشمل": a
        # guess, and nothing says it was reached
    for st in found:
        if _STATUS_RANK[st] > _STATUS_RANK[status]:
            status = st
    return status


_LOST_MEANING = rules.words("agreements", "lost_meaning")
"""A verb of losing and "its meaning" ("فقدت معناها"، "فقد معناه"; two words joined with "_"): the agreement no longer holds."""


_VIOLATED = rules.words("agreements", "violated")
"""Verbs and nouns of breaking an agreement ("انتهك"، "يكسر"، "خروق"): it was breached and still stands."""


def _breaks_agreement(words: list[str], x: int) -> bool:
    """True when what the word of breaking at x breaks is an agreement or truce, told within five words after it
    ("يكسر الحوثيون وحلفاؤهم الهدنة"، "انتهكت الحركة الاتفاق") or right before it ("الهدنة انتهكت"): "كسر الجمود" is not."""
    near = [*range(x + 1, min(len(words), x + 6)), *range(max(0, x - 2), x)]
    return any(any(b in _AGREE for b in bare(words[y])) or _truce_at(words, y) for y in near)


def _neg_before(words: list[str], i: int) -> bool:
    """True when a negation comes in the two words before token i."""
    return any(w in _NEG for w in words[max(0, i - 2):i])


def _purpose_before(words: list[str], x: int) -> bool:
    """True when a purpose verbal noun heads the word at x ("لمتابعة تنفيذ"، "لضمان تطبيق"، "بهدف تنفيذ") or "على
    أن" does ("على أن تباشر"): the carrying out is what something is for or is to come, not what is happening."""
    if x == 0:
        return False
    prev = words[x - 1]
    if prev == "ان" and x > 1 and words[x - 2] == "علي":  # words are normalised (على → علي)
        return True  # "على أن تباشر عملها خلال الأسابيع المقبلة": it is to start
    return (prev.startswith("ل") and not prev.startswith("لل") and len(prev) > 4) or prev in _PURPOSE_HEADS


_PURPOSE_HEADS = frozenset({"بهدف", "بغيه", "اجل", "سعيا"})
_BEFORE = frozenset({"قبل", "وقبل"})


def _only_wished(rec: Agreement, c: Cluster) -> bool:
    """True for a peace deal or other agreement of no security content that is only wished, promised or proposed
    between sides none of which is an armed group or force ("قد تعهد بدعم اتفاق بين الإسرائيليين
    والفلسطينيين قال إنه سيكون عادلا"): no record. Talks to end a war with an armed group ("مفاوضات على اتفاق سلام محتمل بين الحكومة
    الأفغانية وحركة طالبان") stay a proposed political agreement."""
    return rec.agreement_type in {"other", "political"} and rec.status == "proposed" and not any(
        e.get("type") in _ARMED_TYPES for e in c.data.get("party_entries", []))


_ARMED_TYPES = frozenset({"armed_group", "paramilitary", "state_military", "regional_force", "foreign_coalition", "police"})


_WAS = frozenset({"كان", "كانت", "وكان", "وكانت", "كانوا", "وكانوا", "كانا", "وكانا", "كانتا"})
"""Before "قد": the verb after it is a past perfect ("وكانت تركيا قد توصلت"), not a "may"."""


def _supposed(words: list[str], lo: int, hi: int) -> bool:
    """True when a condition ("إذا"، "لو"، "في حال") or a "may" ("قد" before an imperfect verb, "قد تشمل"; not
    "وكانت قد توصلت") comes in words[lo:hi]."""
    return any(words[x] in _CONDITIONAL or (words[x] in {"قد", "وقد", "فقد"} and x + 1 < len(words) and words[x + 1].startswith(
        ("ي", "ت")) and words[x + 1] != "تم" and not any(w in _WAS for w in words[max(0, x - 6):x])) for x in range(lo, hi))


def _may_after(words: list[str], lo: int, hi: int) -> bool:
    """True when "قد" before an imperfect verb comes in words[lo:hi], after the agreement noun ("اتفاقية القمة قد
    تشتمل على"): what it holds is guessed, it is not yet reached."""
    return any(words[x] in {"قد", "وقد"} and x + 1 < len(words) and words[x + 1].startswith(("ي", "ت"))
               and words[x + 1] != "تم" for x in range(lo, min(len(words), hi)))


def _guessed(words: list[str], i: int) -> bool:
    """True when a verb of opinion with its "أن" comes before the agreement word at i ("ويرى البعض أن"، "يرجح
    مراقبون أن")."""
    op = next((x for x in range(i - 1, -1, -1) if words[x] in _OPINION), None)
    return op is not None and any(w in _THAT or w == "انه" for w in words[op + 1:min(i, op + 5)])


def _locations(ctx: DocContext, si: int, i: int) -> list[Place]:
    s = ctx.sentences[si]
    _, b = s.clause_bounds(i)
    out = []
    for m in ctx.places_in(si, i, len(s.words)):
        if m.i >= b + 12 or ctx.after_direction(si, m):
            continue
        if "بين" in s.words[max(i, m.i - 3):m.i]:
            continue
        p = place_at(ctx, si, m)
        if not p.weak or m.entry.id == "disputed_territories":
            out.append(p)
    return out


_BARE_INSTITUTIONS = rules.phrases("agreements", "bare_institutions")
"""Registry ids of Iraqi institutions whose names are also the generic word for any state's ("البرلمان"، "مجلس
الوزراء"، "الحكومة المركزية")."""
_HOME_MARKERS = rules.words("agreements", "home_markers")
"""In a name, what makes it the Iraqi one ("البرلمان العراقي"، "حكومة بغداد")."""


def _national_view(ctx: DocContext) -> DocContext:
    """The document as the agreement rules read it: in an article about a country other than Iraq, an institution
    named by its bare word ("البرلمان"، "مجلس الوزراء") is that country's, as a bare "الجيش" is its army; the
    registry reads it as Iraq's. Such a mention stands for the state of the article's country. The same context
    when nothing changes (the article is about Iraq or no country, or names no such institution)."""
    code = ctx.country
    if code in (None, "IQ"):
        return ctx
    state = None
    rows: list[list] = []
    changed = False
    for ms in ctx.mentions:
        row = ms
        for n, m in enumerate(ms):
            if m.kind != "actors" or m.entry.id not in _BARE_INSTITUTIONS:
                continue
            surface = normalize(m.surface)
            if any(k in surface for k in _HOME_MARKERS):
                continue  # "البرلمان العراقي": Iraq's, whatever the article is about
            state = state or state_of(code)
            if state is None:
                return ctx
            if row is ms:
                row = list(ms)
            row[n] = replace(m, entry=state)
            changed = True
        rows.append(row)
    return replace(ctx, mentions=rows) if changed else ctx


def find_agreements(ctx: DocContext) -> list[Agreement]:
    """The agreements of a document, one record per agreement with all its mentions cited.

    Args:
        ctx: the document context.
    """
    ctx = _national_view(ctx)
    clusters: list[Cluster] = []
    pending: list[dict] = []
    last: Cluster | None = None
    off_topic = cache(lambda: _off_topic_told(ctx))  # one scan of the document, only if a rule asks
    for si, s in enumerate(ctx.sentences):
        found = _mentions(ctx, si, off_topic)
        for n, (i, j, handover) in enumerate(found):
            stop = found[n + 1][0] if n + 1 < len(found) else None
            parties, named = _parties(ctx, si, i, j)
            info = {
                "si": si, "span": window_span(s, i, j), "parties": parties, "named": named, "handover": handover,
                "provisions": _provisions(ctx, si, i, j, handover), "status": _status(ctx, si, i, j, stop),
                "places": _locations(ctx, si, i), "i": i,
                "security": j < len(s.words) and s.words[j] in _SECURITY_ADJ,
                "truce": _truce_at(s.words, i) or (j < len(s.words) and _truce_at(s.words, j)) or _truce_agreed_on(s.words, j) or (
                    "_".join(s.words[j:j + 2]) in _TRUCE_AFTER and any(b in _AGREE for b in bare(s.words[i]))),
                "denied": _denied(ctx, si, i),
                "political": any(w in _POLITICAL_AFTER for w in s.words[j:j + 2]),
                "access": any(b in _ACCESS_VERBS for b in bare(s.words[i])),
                "exchange": any(_exchange_at(s.words, y) for y in range(i, min(len(s.words), j + 3))),  # "اتفقوا على صفقة لتبادل"
            }
            if info["access"]:
                info["provisions"] = [ctx.quote(*s.token_span(i, _phrase_end(s, i, 12)))]
            elif _truce_at(s.words, i) and not info["provisions"]:
                phrase = _truce_phrase(ctx, si, i)
                info["provisions"] = [phrase] if phrase else []
            sides = frozenset(_side(e) for e in parties)
            anaphoric = not named and not handover and s.words[i] in {"الاتفاق", "والاتفاق", "الاتفاقيه", "بالاتفاق"}
            if any(w in _PREVIOUS for w in s.words[j:j + 2]) and not named and not any(
                    f.startswith("ال") for f in bare(s.words[i])):
                # "اتفاقية سابقة وقعت عام 1994": another agreement than the one told ("الاتفاقيات السابقة" refers back)
                c = Cluster(("previous", si, i), si)
                clusters.append(c)
                _add(c, info)
                continue
            if anaphoric and last is not None:
                _add(last, info)  # "تنفيذ الاتفاق سيبدأ ...": the agreement just told
                continue
            if last is not None and not handover and _pointed_back(s.words, i, j):
                # "ويرمي هذا الاتفاق إلى خفض التصعيد بين إسرائيل وإيران": the agreement just told, whatever
                # sides its sentence names after it (they are what it is about, not who made it)
                info["parties"], info["named"] = [], False
                _add(last, info)
                continue
            if info["truce"] and not handover:
                same = next((c for c in reversed(clusters) if c.data.get("truce") and c.key[0] != "previous"
                             and any(m == si for m, _ in c.data.get("mentions", []))), None)
                if same is not None:
                    _add(same, info)  # "خرق الهدنة ... منذ دخول الهدنة حيز التنفيذ ... بالتزام التحالف بالهدنة": the
                    continue  # truce a sentence names again, whichever side each naming is near, is the one truce
            if handover:
                key = ("handover",)
            elif len(sides) >= 2:
                key = ("sides", sides)
            elif sides:
                # one side named: join an agreement that has this side (in its key or among its parties), else stand alone
                key = next((c.key for c in reversed(clusters) if c.key[0] == "sides" and (sides <= c.key[1] or sides <= {
                    _side(e) for e in c.data.get("party_entries", [])})), ("sides", sides))
            else:
                key = None
            if key is None:
                if last is not None and last.key != ("handover",):
                    _add(last, info)
                else:
                    pending.append(info)
                continue
            c = next((c for c in clusters if c.key == key), None)
            if c is None:
                c = Cluster(key, si)
                clusters.append(c)
            _add(c, info)
            if not _THEN.isdisjoint(s.words):
                continue  # "ومعاهدة أخرى وقعتها الدولتان آنذاك": history told in passing; the bare "الاتفاق"
                # around it is the agreement the article is about, not this one
            for p in pending:
                if not _unrelated_to_truce(ctx, c, p):
                    _add(c, p)
            pending.clear()
            last = c
    clusters = _fold_one_sided(clusters)
    said = [p for p in pending if p["truce"] and p["status"] != "unknown"]
    if said:
        # a truce of no named side that the text says something of ("دعا إلى تمديد الهدنة الإنسانية")
        c = Cluster(("truce",), said[0]["si"])
        clusters.append(c)
        for p in pending:
            _add(c, p)
    out = []
    for c in clusters:
        dated_earlier = c.key[0] == "previous" and any(ctx.dates[si] for si, _ in c.data.get("mentions", []))
        if not (c.data.get("parties") or c.data.get("provisions") or c.data.get("truce") or dated_earlier):
            continue  # an earlier agreement is a record when the text dates it ("اتفاقية سابقة وقعت عام 1994")
        if c.data.get("asserted", 0) == 0:
            continue  # only denied ("نفى التوصل إلى اتفاق"): no agreement (GUIDELINES §7)
        if all(not _THEN.isdisjoint(ctx.sentences[si].words) for si, _ in c.data.get("mentions", [])) and not {
                "implementing", "implemented", "stalled"} & set(c.data.get("statuses", [])):
            continue  # "وأسفر هذا اللقاء آنذاك عن اتفاق": only told as what happened then, nothing of it now
        if _only_the_deal(ctx, c) and off_topic():
            continue  # "إيران ما بعد الاتفاق ... فنجاح الاتفاق أو فشله يتوقف على إيران": the nuclear deal again
        rec = _record(ctx, c)
        if c.key[0] == "previous" and rec.agreement_type == "other" and out:
            rec.agreement_type = out[-1].agreement_type  # "تحل محل اتفاقية سابقة": an earlier one of the same kind
        iraqi = {_side(e) for e in c.data.get("party_entries", [])} & {"federal", "kurdish", "pmf"}
        if rec.agreement_type == "ceasefire" and not c.data.get("parties") and rec.status == "unknown":
            continue  # a truce with no side and nothing said of it ("رغم الهدنة"): too little to be a record
        sides = _sides(c.data.get("party_entries", []))  # two groups are two sides
        if c.data.get("exchange") and rec.agreement_type == "other":
            if len(rec.parties) >= 2:
                out.append(rec)  # "صفقة تبادل الأسرى بين الحكومة والحوثيين": a deal of the war's sides
            continue
        if rec.agreement_type in {"other", "political"} and not (c.data.get("named") and (
                iraqi and len(c.data.get("parties", [])) >= 2 or len(sides) >= 2) or _groups_only(c)):
            continue  # an agreement outside this domain (a nuclear deal, a coalition pact) named in passing
        if rec.agreement_type in {"other", "political"} and sides and all(x.startswith(("state:", "bloc:")) for x in sides) and (
                rec.agreement_type == "other" or rec.status in {"proposed", "unknown"} or off_topic()):
            continue  # a deal between states of no security content (labour, trade), a political one only wished,
            # guessed at or refused, or one in an article about an off-domain deal
        if _only_wished(rec, c):
            continue
        out.append(rec)
    return out


def _groups_only(c: Cluster) -> bool:
    """True when an agreement's sides are two or more armed or political groups and nothing else ("وقعت حركتا ...
    اتفاق مصالحة"، "اتفقت الحركتان على ..."): a pact of armed movements is in the domain, named or not."""
    entries = c.data.get("party_entries", [])
    return GROUP_SIDES and len({e.id for e in entries}) >= 2 and all(e.get("type") == "armed_group" for e in entries)


def _unrelated_to_truce(ctx: DocContext, c: Cluster, p: dict) -> bool:
    """True when a mention of no side told before a truce is not about it: no truce word and no military or security
    word in its sentence (reforms agreed at home told before a humanitarian truce abroad)."""
    words = ctx.sentences[p["si"]].words
    return bool(c.data.get("truce")) and not p["truce"] and _SECURITY_CONTEXT.isdisjoint(words) and _WAR.isdisjoint(words)


_WAR = rules.words("agreements", "war_words")
"""Words of a war's sides and fighting ("الأطراف المتحاربة"، "إنهاء القتال"): a mention of no side with one is about the
war its truce stops."""


def _only_the_deal(ctx: DocContext, c: Cluster) -> bool:
    """True when every mention of the cluster is a bare definite "الاتفاق" with no security adjective or truce
    word: in an article about an off-domain deal, that is the deal told again, even with its sides named
    ("وتم توقيع الاتفاق في 2015 بين إيران والدول الخمس")."""
    if c.data.get("truce") or c.data.get("security") or c.data.get("access") or c.key == ("handover",):
        return False
    return all(any(b in _DEFINITE_NOUNS for b in bare(ctx.sentences[si].words[i])) for si, i in c.data.get("mentions", []))


def _fold_one_sided(clusters: list[Cluster]) -> list[Cluster]:
    """An agreement first named with one side ("الاتفاق الأميركي") joins the one named later with that side
    and another ("اتفاق واشنطن وأنقرة"), when it is the only such agreement: one record, not two."""
    out = list(clusters)
    for c in clusters:
        if c.key[0] != "sides" or len(c.key[1]) != 1:
            continue
        wider = [d for d in out if d is not c and d.key[0] == "sides" and len(d.key[1]) >= 2 and c.key[1] <= d.key[1]
                 and bool(d.data.get("truce")) == bool(c.data.get("truce"))]
        if len(wider) == 1:
            for info in c.data.get("infos", []):
                _add(wider[0], info)
            out.remove(c)
    return out


def _add(c: Cluster, info: dict) -> None:
    c.data.setdefault("infos", []).append(info)
    c.spans.append(info["span"])
    c.add_list("parties", [e.canonical for e in info["parties"]])
    for e in info["parties"]:
        c.data.setdefault("party_entries", []).extend([e] * (3 if info.get("named") else 1))
    c.add_list("provisions", info["provisions"])
    c.add_list("statuses", [info["status"]])
    for p in info["places"]:
        if p.location.name not in [q.location.name for q in c.data.get("places", [])]:
            c.data.setdefault("places", []).append(p)
    c.data["security"] = c.data.get("security", False) or info["security"]
    c.data["truce"] = c.data.get("truce", False) or info.get("truce", False)
    c.data["asserted"] = c.data.get("asserted", 0) + (0 if info.get("denied") else 1)
    for flag in ("denied", "political", "access", "exchange"):
        c.data[flag] = c.data.get(flag, False) or info.get(flag, False)
    c.data["named"] = c.data.get("named", False) or info.get("named", False)
    c.data["handover"] = info["handover"]
    c.data.setdefault("mentions", []).append((info["si"], info["i"]))


def _root(e: Entry) -> str:
    """The organisation a force belongs to (the police and interior forces -> the Ministry of Interior)."""
    aff = e.get("affiliation")
    if e.get("type") in {"police", "state_military"} and aff and aff.startswith("Ministry"):
        return aff
    return e.name_en or e.id


def _main_parties(entries: list[Entry]) -> list[str]:
    """One party per side (federal, Kurdish, PMF, ...): the body of that side named most often, first on ties.

    When every party is on one side (a handover between two ministries), the two named most often.
    """
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    by_id: dict[str, Entry] = {}
    for n, e in enumerate(entries):
        counts[e.id] = counts.get(e.id, 0) + 1
        first.setdefault(e.id, n)
        by_id[e.id] = e
    ranked = sorted(counts, key=lambda k: (-counts[k], first[k]))
    sides: dict[str, str] = {}
    for k in ranked:
        sides.setdefault(_side(by_id[k]), k)
    if len(sides) > 1:
        chosen = list(sides.values())
    elif next(iter(sides), "").startswith("state:"):
        chosen = list(sides.values())  # one state told by its name and its bodies ("أفغانستان"، "الحكومة الأفغانية"): one party
    else:  # one side: the two bodies named most often that are not the same organisation
        by_root: dict[str, list[str]] = {}
        for k in ranked:
            by_root.setdefault(_root(by_id[k]), []).append(k)
        chosen = []
        for members in list(by_root.values())[:2]:
            bodies = [k for k in members if by_id[k].get("type") == "government_body"]
            chosen.append((bodies or members)[0])
    return [by_id[k].canonical for k in sorted(chosen, key=lambda k: first[k])]


def _record(ctx: DocContext, c: Cluster) -> Agreement:
    statuses = c.data.get("statuses", ["unknown"])
    status = max(statuses, key=lambda st: _STATUS_RANK[st])
    if c.data.get("denied") and status not in {"implementing", "implemented", "stalled"}:
        status = "proposed"  # reported by one side, denied by another (GUIDELINES §7)
    provisions = c.data.get("provisions", [])
    if c.key == ("handover",):
        kind = "security_handover"
    elif c.data.get("truce"):
        kind = "ceasefire"
    elif c.data.get("security") or len({_side(e) for e in c.data.get("party_entries", [])} & {"federal", "kurdish", "pmf"}) >= 2 \
            or any(any(w in p for w in _SECURITY_PROVISION_WORDS) for p in provisions):
        kind = "security_agreement"
    elif any(any(w in p for w in ("لواء", "ألوية", "قوة مشتركة", "قوات مشتركة")) for p in provisions):
        kind = "joint_forces"
    elif any(any(w in p for w in ("غرف", "مركز", "مراكز", "مقر", "تنسيق")) for p in provisions):
        kind = "coordination"
    else:
        kind = "other"
    if kind == "other" and (c.data.get("access") or c.data.get("political")):
        kind = "security_agreement" if c.data.get("access") else "political"
    if kind == "other" and len({_side(e) for e in c.data.get("party_entries", [])}) >= 2:
        # two sides agreeing in a sentence about military or security matters ("تعزيز التعاون العسكري والأمني")
        said = {w for si, _ in c.data.get("mentions", []) for w in ctx.sentences[si].words}
        if said & _SECURITY_CONTEXT or any(_deescalation(ctx.sentences[si].words) for si, _ in c.data.get("mentions", [])):
            kind = "coordination" if said & _COOPERATION else "security_agreement"
    elif kind == "other":
        # one side named: the security content must be close to the agreement word ("اتفاق مع النظام السوري
        # لدخول قواته عفرين")
        near = {b for si, i in c.data.get("mentions", []) for w in ctx.sentences[si].words[max(0, i - 8):i + 10]
                for b in bare(w)}
        if near & _SECURITY_NEAR or any(_deescalation(ctx.sentences[si].words[max(0, i - 8):i + 10])
                                        for si, i in c.data.get("mentions", [])):
            kind = "coordination" if near & _COOPERATION else "security_agreement"
    date = None
    # a day close to a mention ("اتفقوا يوم الأربعاء"، "بهدنة من 15 إلى 17 حزيران"), then a day anywhere in its
    # sentences, then any date there ("الأسبوع الماضي"), then one told but not resolvable ("التاسع من الشهر")
    for near, want in _DATE_ORDER:
        for si, i in sorted(c.data.get("mentions", [])):
            hits = sorted((d for d in ctx.dates[si] if (want == "any" or d.resolved.iso and (
                want == "iso" or d.resolved.precision == "day")) and (near is None or abs(d.i - i) <= near)),
                key=lambda d: abs(d.i - i))
            if hits:
                date = hits[0]
                break
        if date is not None:
            break
    iso, start = (date.resolved.iso, date.start) if date else (None, None)
    if date is not None and date.resolved.precision == "day":
        iso, start = _range_start(ctx, date)
    return Agreement(
        parties=_main_parties(c.data.get("party_entries", [])),
        party_bodies=c.data.get("parties", []),
        agreement_type=kind,
        provisions=provisions,
        locations=[p.location for p in c.data.get("places", [])],
        status=status,
        date=iso,
        date_precision=date.resolved.precision if date else "unknown",
        date_text=ctx.quote(start, date.end) if date else None,
        citations=citations(ctx.doc.doc_id, ctx.text, c.spans),
    )


def _deescalation(words: list[str]) -> bool:
    """True when "خفض التصعيد" is written in words ("إقامة مناطق خفض التصعيد"، "لخفض التصعيد في الجنوب"): the sides
    agree on the fighting itself. "التصعيد" alone is not enough ("من استخدام الاتفاق لمزيد من التصعيد")."""
    return any(w in _DEESCALATION and v == "التصعيد" for w, v in zip(words, words[1:], strict=False))


def _range_start(ctx: DocContext, d) -> tuple[str, int]:
    """(ISO date, text start) of a dated period's first day: "من 15 إلى 17 حزيران" is dated the 15th (D-12)."""
    before = ctx.text[max(0, d.start - 24):d.start]
    m = _RANGE.search(before)
    if m is None:
        return d.resolved.iso, d.start
    day = int(m.group(1))
    if not 1 <= day < int(d.resolved.iso[8:10]):
        return d.resolved.iso, d.start
    return f"{d.resolved.iso[:8]}{day:02d}", max(0, d.start - 24) + m.start()
