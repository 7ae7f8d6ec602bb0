"""From a cluster of mentions to one record: :func:`_add` a mention to it, :func:`_record` its fields.

One party per side (:func:`_main_parties`), the kind from its words and provisions (with :func:`_deescalation`),
the highest status told, and its date (a day close to a mention first; a period dated by its first day,
:func:`_range_start`). :func:`_fold_one_sided` joins an agreement named with one side to the one naming two.
"""

from __future__ import annotations

import datetime as dt
import re

from marsad.agent.numbers import word_value
from marsad.agent.offline import rules
from marsad.agent.offline.agreements_cues import (
    _COOPERATION,
    _SECURITY_CONTEXT,
    _STATUS_RANK,
    SIGNED_PARTICIPLES,
    _truce_at,
)
from marsad.agent.offline.agreements_provisions import provision_key
from marsad.agent.offline.agreements_sides import _side
from marsad.agent.offline.context import DocContext, bare, bare_in
from marsad.agent.offline.merge import Cluster, citations, opens_new_item
from marsad.core.arabic import ascii_digits, normalize
from marsad.core.lexicon import Entry
from marsad.schemas import Agreement

_SECURITY_PROVISION_WORDS = rules.sequence("agreements", "security_provision_words")
_SECURITY_NEAR = rules.words("agreements", "security_near")
"""Near the agreement word: it has a security content even with one side named ("اتفاق ... لدخول قواته")."""
_DEESCALATION = rules.words("agreements", "deescalation_heads")
"""Heads of "خفض التصعيد" (de-escalation, "مناطق خفض التصعيد"): zones and steps of a war's sides, security content."""
_DATE_REACH = 12
"""Words between an agreement mention and a date said of it ("أعلن مصدر، اليوم الجمعة، أن هناك تقارير عن التوصل إلى وقف")."""
_DATE_ORDER = ((_DATE_REACH, "day"), (_DATE_REACH, "iso"), (None, "day"), (None, "iso"), (None, "any"))
"""Which date of its sentences an agreement takes, first to last: a day close to a mention, a month or year close to
it ("اتفق الطرفان في نوفمبر"، "وقعا عام 2011": not the day the news tells it), a day anywhere in them, then any."""
_RANGE = re.compile(r"من\s+(\d{1,2})\s*(?:إلى|الى|حتى|-)\s*$")
"""Right before a date: the first day of the period it closes ("من 15 إلى")."""


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
    seen = {provision_key(p) for p in c.data.get("provisions", [])}
    if info.get("denied"):
        c.data.setdefault("denied_si", set()).add(info["si"])  # see DENIED_TERMS
    for p in info["provisions"]:
        if SAME_SENTENCE_TERM and _told_within(c, info["si"], p):
            continue  # "على تمديد الهدنة لمدة عشرة أيام": the truce's own mention inside the term told
        if provision_key(p) not in seen:  # "بالهدنة الإنسانية" after "الهدنة الإنسانية": one truce
            seen.add(provision_key(p))
            c.add_list("provisions", [p])
            c.data.setdefault("provision_si", {})[p] = info["si"]
    c.add_list("earlier_statuses" if info.get("earlier") else "statuses", [info["status"]])
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
    if info.get("earlier"):
        c.data.setdefault("earlier", set()).add((info["si"], info["i"]))  # see agreements_find.DATED_EARLIER


DENIED_TERMS = True
"""Switch (pass 40): a sentence that tells a side's denial of the agreement ("نفى الوزير اتفاقا لوقف إطلاق النار في
القطاع أعلنته الفصائل") restates what is denied: its phrases are terms of the record only when no other sentence
gives one."""


PAST_TERMS = True
"""Switch (pass 40): a sentence in the past perfect ("وكان ... قد" before the agreement word) with a year before the
article's ("وكانت قطر قد رعت هدنة في 2016") recalls an earlier agreement: its phrases are terms of the record only when
no other sentence gives one."""
_WAS = rules.words("agreements", "was")
_YEAR = re.compile(r"^[لب]?(\d{4})$")


def _recalled(ctx: DocContext, si: int, i: int) -> bool:
    """True when sentence si opens with "كان"/"وكانت" and "قد" before the agreement word at i, and names a year
    before the publication year (an earlier agreement recalled as context)."""
    words = ctx.sentences[si].words
    if not words or words[0] not in _WAS or "قد" not in words[1:i] or ctx.published is None:
        return False
    years = [int(h.resolved.iso[:4]) for h in ctx.dates[si] if h.resolved.iso and h.resolved.iso[:4].isdigit()]
    years += [int(m.group(1)) for w in words if (m := _YEAR.match(ascii_digits(w)))]  # a bare "في 2014"
    return any(1900 < y < ctx.published.year for y in years)


SAME_SENTENCE_TERM = True
"""Switch (pass 38): a provision whose words are the end of a longer provision told in the same sentence ("الهدنة
لمدة عشرة أيام" inside "تمديد الهدنة لمدة عشرة أيام") is that provision told again by the truce word's own mention, not a
term of its own. Only the same sentence: a shorter telling elsewhere in the story stays."""


def _told_within(c: Cluster, si: int, p: str) -> bool:
    """True when a provision of the cluster told in sentence ``si`` ends with the words of ``p`` and is longer."""
    key = provision_key(p).split()
    n = len(key)
    return any(len(w := provision_key(q).split()) > n and w[-n:] == key
               for q, qi in c.data.get("provision_si", {}).items() if qi == si)


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


ARMED_SIDE_NEAR = True
"""Switch: an agreement of two sides one of which is an armed group or force ("ووقع مجلس البلدة اتفاقا مع الحركة
يقضي بانسحاب مسلحيها") is read for security words close to it, as an agreement of one named side is."""
_ARMED_SIDES = frozenset({"armed_group", "paramilitary", "state_military", "regional_force", "foreign_coalition", "police"})


RULE_BASE = True
"""Switch (pass 36): "قاعدة" followed by a word of what it is a basis of ("قاعدة التفاهم"، "قاعدة شعبية"، "قاعدة بيانات")
is no military base: no security content near the agreement (data key base_not_military)."""
_BASE_WORDS = frozenset({normalize("قاعدة"), normalize("القاعدة"), normalize("قواعد"), normalize("القواعد")})
_NOT_MILITARY = rules.words("agreements", "base_not_military")


def _rule_base(words: list[str], x: int) -> bool:
    """True when token x is "قاعدة" of a basis, not of a base ("توسيع قاعدة التفاهم")."""
    return RULE_BASE and x + 1 < len(words) and bare_in(words[x], _BASE_WORDS) and any(
        b in _NOT_MILITARY for b in bare(words[x + 1]))


def _record(ctx: DocContext, c: Cluster) -> Agreement:
    statuses = c.data.get("statuses") or c.data.get("earlier_statuses", ["unknown"])
    status = max(statuses, key=lambda st: _STATUS_RANK[st])
    if c.data.get("denied") and status not in {"implementing", "implemented", "stalled"}:
        status = "proposed"  # reported by one side, denied by another (GUIDELINES §7)
    provisions = c.data.get("provisions", [])
    if DENIED_TERMS and c.data.get("denied_si"):
        told_at = c.data.get("provision_si", {})
        kept = [p for p in provisions if told_at.get(p) not in c.data["denied_si"]]
        provisions = kept or provisions
    if PAST_TERMS and len({si for si, _ in c.data.get("mentions", [])}) > 1:
        told_at = c.data.get("provision_si", {})
        past = {si for si, i in c.data.get("mentions", []) if _recalled(ctx, si, i)}
        kept = [p for p in provisions if told_at.get(p) not in past]
        provisions = kept or provisions
    if c.key == ("handover",):
        kind = "security_handover"
    elif c.data.get("truce") or _truce_provided(provisions):
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
        told = [ctx.sentences[si].words for si, _ in c.data.get("mentions", [])]
        said = {w for words in told for w in words}
        if any(_security_said(words) or _deescalation(words) or _securing(words) for words in told) or _armed_term(ctx, c):
            kind = "coordination" if said & _COOPERATION else "security_agreement"
    if kind == "other" and STORY_MILITARY_TIES and not provisions and status in {"agreed", "implementing"} \
            and _signed(ctx, c) and _story_military(ctx, c):
        kind = "coordination"  # a signed memorandum of two states in a story of one training the other's army
    if kind == "other" and (len({_side(e) for e in c.data.get("party_entries", [])}) < 2 or ARMED_SIDE_NEAR and any(
            e.get("type") in _ARMED_SIDES for e in c.data.get("party_entries", []))):
        # one side named: the security content must be close to the agreement word ("اتفاق مع الحكومة
        # لانتشار قواتها في البلدة")
        near = {b for si, i in c.data.get("mentions", []) for x, w in enumerate(ctx.sentences[si].words[max(0, i - 8):i + 10],
                                                                        start=max(0, i - 8))
                if not _rule_base(ctx.sentences[si].words, x) for b in bare(w)}
        if near & _SECURITY_NEAR or any(_deescalation(ctx.sentences[si].words[max(0, i - 8):i + 10])
                                        or _securing(ctx.sentences[si].words[max(0, i - 8):i + 10])
                                        for si, i in c.data.get("mentions", [])):
            kind = "coordination" if near & _COOPERATION else "security_agreement"
    date = _date_of(ctx, c, True)
    told = _date_of(ctx, c, False) if OTHER_DATES else date  # the end of a period still tells whether it is over
    iso, start = (date.resolved.iso, date.start) if date else (None, None)
    if date is not None and date.resolved.precision == "day":
        iso, start = _range_start(ctx, date)
    if told is not None and told.resolved.precision == "day":
        first = _range_start(ctx, told)[1]
        if ENDED_PERIOD and kind == "ceasefire" and status in {"agreed", "implementing"} and _period_over(
                ctx, c.data.get("mentions", []), told, first != told.start):
            status = "implemented"  # "هدنة لثلاثة أيام في حزيران" told a month later: over
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


def _date_of(ctx: DocContext, c: Cluster, own: bool):
    """The date hit an agreement takes: a day close to a mention ("اتفقوا يوم الأربعاء"، "بهدنة من 15 إلى 17
    حزيران"), then a month or year close to it, a day anywhere in its sentences, any date there ("الأسبوع الماضي"),
    then one told but not resolvable ("التاسع من الشهر"); with ``own``, none that :func:`_not_its_date` rules out."""
    mentions = sorted(c.data.get("mentions", []))
    if set(mentions) - c.data.get("earlier", set()):
        mentions = [m for m in mentions if m not in c.data.get("earlier", set())]  # a deal signed years before
    for near, want in _DATE_ORDER:
        for si, i in mentions:
            hits = sorted((d for d in ctx.dates[si] if (want == "any" or d.resolved.iso and (
                want == "iso" or d.resolved.precision == "day")) and (near is None or abs(d.i - i) <= near)
                and not (own and OTHER_DATES and _not_its_date(ctx, si, d))),
                key=lambda d: abs(d.i - i))
            if hits:
                return hits[0]
    if DURING_TALKS:
        return _talks_day(ctx, mentions)
    return None


DURING_TALKS = True
"""Switch: an agreement reached during talks, a visit or a meeting and dated nowhere in its own sentences takes the
day of those talks (:func:`_talks_day`) (A/B measurement)."""
_DURING = rules.words("agreements", "during")
"""Before a word of talks: the agreement was reached in them ("تم الاتفاق خلال المباحثات"، "اتفقا في ختام اللقاء")."""
_TALKS = rules.words("agreements", "talks_nouns")
"""Talks, a meeting, a visit or a summit, right after a word of ``during``."""
_VISIT = rules.words("agreements", "visit_words")
"""A sentence telling the talks or the visit itself ("قام بزيارة ... يوم الثلاثاء"، "وصل إلى عمان أمس")."""
_TALKS_AFTER = 8
"""Words after an agreement mention where "خلال المباحثات" may still tell where it was reached."""
_TALKS_BACK = 3
"""Sentences before the agreement's sentence where the talks may be told (a joint statement opens with the visit)."""


def _talks_day(ctx: DocContext, mentions: list[tuple[int, int]]):
    """The day of the talks an agreement was reached in ("وتم خلال المباحثات الاتفاق على ..." after "قام بزيارة
    إلى الأردن يوم الثلاثاء 4/8/2015"): when a mention is followed by a word of ``during`` and a word of talks, the
    day told closest to a word of visiting or talking in that sentence or the ``_TALKS_BACK`` sentences before it,
    the nearest sentence first. None when the agreement is not said to be reached in talks or no day is told."""
    for si, i in sorted(mentions):
        words = ctx.sentences[si].words
        if not any(x + 1 < len(words) and bare_in(words[x], _DURING) and any(
                b in _TALKS for b in bare(words[x + 1])) for x in range(i, min(len(words), i + _TALKS_AFTER))):
            continue
        for sj in range(si, max(-1, si - _TALKS_BACK - 1), -1):
            told = [x for x, w in enumerate(ctx.sentences[sj].words) if bare_in(w, _VISIT)]
            days = [d for d in ctx.dates[sj] if d.resolved.iso and d.resolved.precision == "day"]
            if told and days:  # a day told after the word of the visit first ("صدر اليوم بيان بمناسبة زيارة ... قام
                # بزيارة ... يوم الثلاثاء 4/8/2015": the statement's day is not the visit's)
                return min(days, key=lambda d: (not any(x < d.i for x in told), min(abs(d.i - x) for x in told)))
    return None


ENDED_PERIOD = True
"""Switch: :func:`_period_over` (A/B measurement)."""
_PERIOD_UNITS = rules.table("agreements", "period_units")
"""A unit of a truce's length and the most days it can stand for with a number word before it ("ثلاثة أيام": at most
10; "أسبوع": 7); a unit whose count must be written in digits ("يوما") has 0."""
_HOURS = frozenset({"ساعه", "ساعات", "ساعتين"})
_WEEKS = frozenset({"اسبوع", "اسبوعا", "اسبوعين", "اسابيع"})
_PERIOD_REACH = 10
"""Words after a truce mention where its length may be told ("هدنة أولى من نوعها لمدة ثلاثة أيام")."""


def _period_over(ctx: DocContext, mentions: list[tuple[int, int]], date, ranged: bool) -> bool:
    """True when a truce is told with a set length ("لمدة ثلاثة أيام"، "لثلاثة أيام"، "مدته 3 أيام") or a period of
    days ("من 15 إلى 17 حزيران": ``ranged``, ``date`` its last day), and that length counted from ``date`` ends
    before the day before publication: the truce is over, it was carried out (GUIDELINES §7 implemented). A truce
    with no length told, or one still running, is not."""
    if ctx.published is None:
        return False
    try:
        day = dt.date.fromisoformat(date.resolved.iso)
    except ValueError:
        return False
    longest = 0 if ranged else None
    for si, i in mentions:
        words = ctx.sentences[si].words
        for x in range(i, min(len(words), i + _PERIOD_REACH)):
            unit = next((b for b in bare(words[x]) if b in _PERIOD_UNITS), None)
            if unit is None or x == 0:
                continue
            prev = words[x - 1]
            days = int(_PERIOD_UNITS[unit])
            count = int(prev) if prev.isdigit() and len(prev) < 4 else next(
                (v for b in bare(prev) if (v := word_value(b)) is not None), None)  # "3 أيام"، "لثلاثة أيام"
            if count is not None:
                days = 1 + count // 24 if unit in _HOURS else count * (7 if unit in _WEEKS else 1)
            if days:
                longest = max(longest or 0, days)
    if longest is None:
        return False
    return day + dt.timedelta(days=longest) < ctx.published - dt.timedelta(days=1)


BORDER_GUARDED = True
"""Switch: :func:`_security_said` reads "الحدود" as security content only when guarded (A/B measurement)."""
_BORDER = rules.words("agreements", "border_words")
"""The border ("الحدود"): security content of an agreement's sentence only after one of ``border_guards``."""
_BORDER_GUARDS = rules.words("agreements", "border_guards")
"""Right before "الحدود": guarding or crossing it ("أمن الحدود"، "لضبط الحدود"، "قوات الحدود"، "عبر الحدود")."""


DEFENCE_PACT = True
"""Switch: a word of defence glued to a clitic or indefinite ("اتفاقية دفاع مشترك"، "معاهدة للدفاع المشترك") gives
two sides' agreement a security content, as "الدفاع" does (A/B measurement)."""
_DEFENCE = frozenset({normalize("دفاع"), normalize("الدفاع")})


CLITIC_SECURITY = True
"""Switch: in :func:`_security_said`, a security word read with its clitic "ل"، "ب"، "و" too."""


def _security_said(words: list[str]) -> set[str]:
    """The words of a sentence that give an agreement of two sides a security content (``security_context``). The
    border counts only when guarded or crossed ("تعزيز أمن الحدود"، "وقف التسلل عبر الحدود"): a border treaty
    ("اتفاقية الحدود بين البلدين") draws a line, and "على الحدود مع" tells where something is signed, neither is a
    security provision."""
    said = set(words) & _SECURITY_CONTEXT
    if CLITIC_SECURITY:
        # "لتسليح أبناء العشائر"، "بنشر القوات": a security word with its clitic
        said |= {w for w in words if w[:1] in "لبو" and not _SECURITY_CONTEXT.isdisjoint(bare(w))}
    if DEFENCE_PACT:
        said |= {w for w in words if bare_in(w, _DEFENCE)}  # "اتفاقية دفاع مشترك"، "للدفاع المشترك"
    if BORDER_GUARDED and said & _BORDER:
        for w in said & _BORDER:
            if not any(v == w and x > 0 and bare_in(words[x - 1], _BORDER_GUARDS)
                       for x, v in enumerate(words)):
                said.discard(w)
    return said


STORY_MILITARY_TIES = True
"""Switch (pass 64): an agreement or memorandum of two states told with no content of its own (a breach of "the memorandum
signed by the two countries", nothing more), in an article whose title or first sentences tell a military or security
matter of one of those states (a security word and an army or police of that state: one state ending its mission to
train the other's army), is the two states' military cooperation the story is about: type coordination. Only an
agreement told as signed ("الموقعة") and in force or agreed, not one proposed or wished. Before, it was dropped as a
deal of two states with no security content."""


def _story_military(ctx: DocContext, c: Cluster) -> bool:
    """True when the cluster's sides are two or more states and a lead sentence of the article (:data:`ctx.lead`) has
    a security word and names an army or police of one of them (:data:`STORY_MILITARY_TIES`)."""
    codes = {x.split(":", 1)[1] for x in (_side(e) for e in c.data.get("party_entries", [])) if x.startswith("state:")}
    if len(codes) < 2:
        return False
    for si in sorted(ctx.lead):
        if not _security_said(ctx.sentences[si].words):
            continue
        for m in ctx.mentions[si]:
            if m.kind == "actors" and m.entry.get("type") in _FORCE_TYPES and str(
                    m.entry.get("country_code") or "").upper() in codes:
                return not _civil_told(ctx, c, si)  # "لبناء الجيش الصومالي": a force of one of the two states
    return False


_FORCE_TYPES = frozenset({"state_military", "police"})
_CIVIL_TOPIC = rules.words("agreements", "civil_topic_openers")
"""Words that open what an agreement is about right after it ("بشأن"، "حول"، "في مجال"): it has a content of its own."""
_MINISTER = rules.words("agreements", "minister_nouns")
_ARMED_PORTFOLIOS = rules.words("agreements", "armed_portfolios")
"""The portfolios after "وزير" whose minister may tell a military tie ("الدفاع"، "الداخلية"، "الخارجية")."""


def _civil_told(ctx: DocContext, c: Cluster, lead_si: int) -> bool:
    """True when the agreement is told as another, civil matter than the lead's security story (review64 finding 11):
    a subject of its own right after its word ("الاتفاقية الموقعة بين البلدين بشأن تصدير الماشية"), a minister of another
    portfolio telling it ("قال وزير السياحة إن المذكرة الموقعة ..."), or a sentence between the lead and it that turns
    to another item ("وفي سياق آخر"، "من جهة أخرى")."""
    for si, i in c.data.get("mentions", []):
        words = ctx.sentences[si].words
        if any(bare_in(w, _CIVIL_TOPIC) for w in words[i + 1:i + 8]):
            return True
        if any(bare_in(w, _MINISTER) and x + 1 < i and not bare_in(words[x + 1], _ARMED_PORTFOLIOS)
               for x, w in enumerate(words[:i])):
            return True
        if any(opens_new_item(ctx.sentences[sj].words) for sj in range(lead_si + 1, si + 1)):
            return True
    return False


def _signed(ctx: DocContext, c: Cluster) -> bool:
    """True when a mention of the cluster is told as signed ("المذكرة الموقعة بين البلدين"): a participle of signing
    right after its agreement word or the word after it."""
    return any(w in SIGNED_PARTICIPLES for si, i in c.data.get("mentions", [])
               for w in ctx.sentences[si].words[i + 1:i + 3])


ARMED_TERM = True
"""Switch (pass 38): an armed group or a force that is no party, named after the agreement word in its clause ("اتفقت
أنقرة وواشنطن على خروج مقاتلي وحدات حماية الشعب من البلدة"، "على ملاحقة عناصر حزب العمال"), gives an agreement of two
sides a security content: what it does with that force is a security term. Before, such a deal between two states
was read as one of no security content and gave no record."""
_ARMED_TERM_TYPES = frozenset({"armed_group", "paramilitary", "state_military", "regional_force", "terrorist_group"})


def _armed_term(ctx: DocContext, c: Cluster) -> bool:
    """True when a mention of the cluster has, after its agreement word and in its clause (at most 14 words on), an
    armed group or force that is none of the record's parties."""
    if not ARMED_TERM:
        return False
    own = {e.id for e in c.data.get("party_entries", [])}
    for si, i in c.data.get("mentions", []):
        s = ctx.sentences[si]
        _, b = s.clause_bounds(i)
        if any(m.entry.id not in own and m.entry.get("type") in _ARMED_TERM_TYPES
               for m in ctx.actors_in(si, i + 1, min(b, i + 15))):
            return True
    return False


SAFE_ZONE = True
"""Switch (pass 33): a safe zone ("إقامة منطقة آمنة شمال سوريا"، "المناطق الآمنة") is a security content of the
agreement that sets it up, as a buffer zone ("منطقة عازلة") is; "آمنة" alone is not ("عودة آمنة")."""
_ZONES = frozenset(normalize(w) for w in ("منطقة", "المنطقة", "مناطق", "المناطق", "منطقتين", "منطقتان"))
_SAFE = frozenset(normalize(w) for w in ("آمنة", "الآمنة", "آمنتين", "الآمنتين"))


PROVISION_TRUCE = True
"""Switch (pass 37): an agreement whose provision opens with a truce ("اتفاق مع روسيا لوقف الأعمال القتالية"، "اتفاق
بين العشائر والجيش يقضي بوقف القتال") is a ceasefire, however far the truce words are from the agreement word."""


def _truce_provided(provisions: list[str]) -> bool:
    """True when one of the provisions opens with a truce or ceasefire (its first word, clitics aside)."""
    return PROVISION_TRUCE and any(_truce_at(normalize(p).split(), 0) for p in provisions if p)


SECURING = True
"""Switch (pass 37): securing a crossing, a road, a border strip or an area ("لتأمين الشريط الحدودي"، "تأمين معبر ..."،
"بتأمين الطريق الدولي") is a security content of the agreement, as guarding the border is; "تأمين" of anything else
(supplies, insurance) is not (data key secured_objects)."""
_SECURE = frozenset({normalize("تأمين")})
_SECURED = rules.words("agreements", "secured_objects")


def _securing(words: list[str]) -> bool:
    """True when "تأمين" (with or without its clitic) is followed by a place or route of ``secured_objects``."""
    return SECURING and any(bare_in(w, _SECURE) and bare_in(v, _SECURED) for w, v in zip(words, words[1:], strict=False))


def _deescalation(words: list[str]) -> bool:
    """True when "خفض التصعيد" is written in words ("إقامة مناطق خفض التصعيد"، "لخفض التصعيد في الجنوب"): the sides
    agree on the fighting itself. "التصعيد" alone is not enough ("من استخدام الاتفاق لمزيد من التصعيد"). With
    :data:`SAFE_ZONE`, a safe zone to set up counts too ("منطقة آمنة")."""
    if SAFE_ZONE and any(v in _SAFE and bare_in(w, _ZONES) for w, v in zip(words, words[1:], strict=False)):
        return True
    return any(w in _DEESCALATION and v == "التصعيد" for w, v in zip(words, words[1:], strict=False))


OTHER_DATES = True
"""Switch: :func:`_not_its_date` (A/B measurement)."""
_UNTIL = frozenset(normalize(w) for w in ("حتى", "لغاية", "غاية", "ولغاية"))
FUTURE_START = True
"""Switch: a date right after a verb of starting in the imperfect ("تبدأ"، "يسري"، "ستدخل") is a start to come, no
day of the agreement (D-12: only a future start given, the date is left out)."""
_STARTS = frozenset(normalize(w) for w in (
    "تبدأ", "يبدأ", "ستبدأ", "سيبدأ", "تسري", "يسري", "ستسري", "سيسري", "تدخل", "يدخل", "ستدخل", "سيدخل",
    "تنطلق", "ستنطلق", "ينطلق", "سينطلق"))
"""Right before a date: the end of a period in force ("أعلن الهدنة حتى 30 يونيو"), not the day it was reached (D-12)."""
_SINCE = normalize("منذ")
_EVENT_NOUNS = frozenset(normalize(w) for w in (
    "حرب", "الحرب", "أزمة", "الأزمة", "ازمة", "اندلاع", "النزاع", "نزاع", "الصراع", "صراع", "تصعيد", "التصعيد",
    "معركة", "معارك", "المعارك", "العدوان", "عدوان", "الغزو", "غزو", "الاجتياح", "اجتياح", "انقلاب", "الانقلاب",
    "مواجهات", "المواجهات", "حصار", "الحصار", "هجوم", "الهجوم", "سقوط", "احتلال", "الاحتلال", "الثورة", "ثورة"))
"""After "منذ" and before a date ("منذ حرب عام 2012"، "منذ اندلاع الأزمة في 2011"): the date of that war or crisis."""
SINCE_ITS_END = True
"""Switch (pass 45): after "منذ", the end of a war or crisis ("منذ انتهاء حرب عام 2014"، "منذ نهاية المعارك في 2019") is
when what is in force began: that date is the agreement's, unlike "منذ حرب عام 2012" (the war's own date)."""
_END_NOUNS = frozenset(normalize(w) for w in ("انتهاء", "نهاية", "انتهت", "انتهى", "توقف", "انقضاء"))
"""Right after "منذ": the end of the war or crisis named after it."""
_FIRSTS = frozenset(normalize(w) for w in ("الأول", "الأولى", "الأعلى", "الأكبر", "الأعنف", "الأسوأ", "الأخطر"))
"""Right before "منذ" ("الأول منذ عام 2014"، "الأعنف منذ مايو"): a comparison with an earlier time, not a date of it."""


EVENT_CLAUSE = True
"""Switch (pass 59): a date in a relative clause telling that some other event took place ("بالانتخابات الرئاسية التي
أجريت يوم الأحد"، "الهجمات التي شنت الخميس") is that event's day, not the agreement's; the clause of talks, a call or a meeting
("المحادثات التي جرت يوم الأحد"، "الاتصال الذي جرى أمس") still dates it. Data keys held_verbs, other_events."""
_HELD = rules.words("agreements", "held_verbs")
_RELATIVES = rules.words("agreements", "relative_pronouns") | {normalize("الذين")}  # (the data key, and the plural)
_OTHER_EVENTS = rules.words("agreements", "other_events")
_TIME_LINKS = frozenset(normalize(w) for w in ("في", "يوم", "مساء", "صباح", "ليل", "ليلة", "فجر", "ظهر", "نهار"))
"""The only words allowed between the verb of taking place and the date ("التي أجريت يوم الأحد"): with any other
word the verb is an auxiliary of what follows ("الذي جرى التوصل إليه الجمعة" dates the agreement)."""


def _other_event_clause(words: list[str], i: int) -> bool:
    """True when a relative pronoun and a verb of taking place stand right before the date at i (only words of time
    between the verb and it), and one of the two words before the pronoun names another kind of event (an election,
    an attack, a war, a protest: data key other_events)."""
    for r in range(max(0, i - 4), i - 1):
        if words[r] in _RELATIVES and bare_in(words[r + 1], _HELD) and all(w in _TIME_LINKS for w in words[r + 2:i]):
            return any(bare_in(w, _OTHER_EVENTS) for w in words[max(0, r - 2):r])
    return False


def _not_its_date(ctx: DocContext, si: int, d) -> bool:
    """True when the date ``d`` of sentence ``si`` is written as no day of an agreement: the end of a period
    ("حتى 30 يونيو", unless it closes a range "من 15 حتى 17 يونيو"), the date of a war or crisis after "منذ"
    ("منذ أزمة عام 2014"), or the earlier time of a comparison ("تصعيد هو الأول منذ عام 2014")."""
    words = ctx.sentences[si].words
    if d.i > 0 and bare_in(words[d.i - 1], _UNTIL):
        return _RANGE.search(ctx.text[max(0, d.start - 24):d.start]) is None
    if FUTURE_START and any(not _STARTS.isdisjoint(bare(w)) for w in words[max(0, d.i - 4):d.i]):
        return True  # "هدنة تبدأ منتصف ليل الجمعة": a start to come, not the day it was agreed (D-12)
    if EVENT_CLAUSE and _other_event_clause(words, d.i):
        return True  # "هنأه بفوزه بالانتخابات التي أجريت يوم الأحد، واتفقا على ...": the election's day
    since = next((x for x in range(d.i - 1, max(-1, d.i - 5), -1) if words[x] == _SINCE), None)
    if since is None:
        return False
    if since > 0 and words[since - 1] in _FIRSTS:
        return True
    if SINCE_ITS_END and any(b in _END_NOUNS for w in words[since + 1:d.i] for b in bare(w)):
        return False  # "يسري وقف النار منذ انتهاء حرب 2014": in force since that war ended, its start (D-12)
    return any(b in _EVENT_NOUNS for w in words[since + 1:d.i] for b in bare(w))


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
