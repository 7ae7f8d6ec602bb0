""":func:`find_agreements`: the mentions of each sentence grouped into agreements, and which are records.

A mention joins the agreement of its sides, the truce its sentence names again or, naming no side, the agreement
told before it; an earlier agreement stands alone. The document is read in its country's view first
(:func:`_national_view`). Clusters that are no record are dropped: only denied, only background, the nuclear deal
again (:func:`_only_the_deal`), a deal of no security content between states, or one only wished
(:func:`_only_wished`).
"""

from __future__ import annotations

import re
from functools import cache

from marsad.agent.offline import agreements_sides, rules
from marsad.agent.offline.actors import state_of
from marsad.agent.offline.actors_home import nisba_country
from marsad.agent.offline.agreements_cues import (
    _ACCESS_VERBS,
    _AGREE,
    _DEFINITE_NOUNS,
    _POLITICAL_AFTER,
    _SECURITY_CONTEXT,
    ON,
    SECURITY_ADJ,
    _exchange_agreed,
    _exchange_at,
    _truce_at,
    relations_purpose,
)
from marsad.agent.offline.agreements_leaders import short_name_sides
from marsad.agent.offline.agreements_mentions import (
    _CALM,
    _calming_something,
    _control_handover,
    _mentions,
    _off_topic_told,
    _pointed_back,
    _truce_agreed_on,
)
from marsad.agent.offline.agreements_named import _as_party, accepted_initiator
from marsad.agent.offline.agreements_parties import (
    ACCESS_GRANTOR,
    BARE_INSTITUTIONS,
    HOME_MARKERS,
    _parties,
    _told_countries,
    access_grantor,
    remap_actors,
)
from marsad.agent.offline.agreements_provisions import (
    _in_exchange,
    _locations,
    _phrase_end,
    _provisions,
    _truce_phrase,
)
from marsad.agent.offline.agreements_records import _add, _fold_one_sided, _record
from marsad.agent.offline.agreements_sides import _side, _sides
from marsad.agent.offline.agreements_statement import statement_terms
from marsad.agent.offline.agreements_status import _denied, _status, readiness_at
from marsad.agent.offline.agreements_terms import access_purpose, force_will_terms, separate_terms
from marsad.agent.offline.context import DocContext, bare, bare_in
from marsad.agent.offline.merge import Cluster, window_span
from marsad.core.arabic import ascii_digits, normalize
from marsad.schemas import Agreement

__all__ = ["find_agreements"]


_PREVIOUS = rules.words("agreements", "previous")
"""Right after the agreement noun ("اتفاقية سابقة"): another, earlier agreement than the one told."""
_TRUCE_AFTER = rules.words("agreements", "truce_after_agreement")
"""Right after an agreement noun ("اتفاق خفض التصعيد"، "اتفاقية فصل القوات"، two words joined with "_"): a ceasefire."""
_SIGNED_PAST = rules.words("agreements", "signed_past")
"""Right after an indefinite agreement noun ("اتفاق سلام أبرم ..."، "اتفاق سلام موقع عام"): the signing told as past."""
_YEAR = re.compile(r"^[لب]?(\d{4})$")
_THEN = rules.words("agreements", "then")
"""In the sentence ("وقع المشاركون في المحادثات آنذاك"): told as what happened at that time, background."""


def _only_wished(rec: Agreement, c: Cluster) -> bool:
    """True for a peace deal or other agreement of no security content that is only wished, promised or proposed
    between sides none of which is an armed group or force ("قد تعهد بدعم اتفاق بين الإسرائيليين
    والفلسطينيين قال إنه سيكون عادلا"): no record. Talks to end a war with an armed group ("مفاوضات على اتفاق سلام محتمل بين الحكومة
    الأفغانية وحركة طالبان") stay a proposed political agreement."""
    return rec.agreement_type in {"other", "political"} and rec.status == "proposed" and not any(
        e.get("type") in _ARMED_TYPES for e in c.data.get("party_entries", []))


_ARMED_TYPES = frozenset({"armed_group", "paramilitary", "state_military", "regional_force", "foreign_coalition", "police"})

def _national_view(ctx: DocContext) -> DocContext:
    """The document as the agreement rules read it: in an article about a country other than Iraq, an institution
    named by its bare word ("البرلمان"، "مجلس الوزراء") is that country's, as a bare "الجيش" is its army; the
    registry reads it as Iraq's. Such a mention stands for the state of the article's country. The same context
    when nothing changes (the article is about Iraq or no country, or names no such institution)."""
    code = ctx.country
    if code in (None, "IQ"):
        return ctx
    state = state_of(code)
    if state is None:
        return ctx

    def entry_for(_si: int, m):
        if m.entry.id not in BARE_INSTITUTIONS or any(k in normalize(m.surface) for k in HOME_MARKERS):
            return None  # "البرلمان العراقي": Iraq's, whatever the article is about
        return state

    return remap_actors(ctx, entry_for)


TRUCE_APART = True
"""Switch: a mention of no side, with no truce, security or war word, told after a truce is not that truce (A/B
measurement)."""
ONE_OF_BETWEEN = True
"""Switch: :func:`_own_sides_unknown` (A/B measurement)."""

TRUCE_APART_PENDING = True
"""Switch (pass 29): a truce of no named side gathers the mentions of no side told before it only when they are about
it (a truce word, or a military or war word in their sentence: :func:`_unrelated_to_truce`); an agreement at home
told before a humanitarian truce abroad ("تنفيذ الإصلاحات التي تم الاتفاق عليها") is neither merged into it nor
gives it its status."""


HANDOVER_OF_AGREEMENT = True
"""Switch: :func:`_agreement_before` (A/B measurement)."""

EVACUATION_DEAL = True
"""Switch (pass 35): an evacuation or surrender deal ("اتفاق إخلاء البلدتين"، "اتفاق يقضي باستسلام المقاتلين"، "اتفاق
خروج المسلحين") is in the domain as a truce is (GUIDELINES §7): with no side named and something told of it (reached,
carried out), it is a record of its own, as a truce of no named side is. Data key evacuation_heads."""
_EVACUATION = rules.words("agreements", "evacuation_heads")
_TERMS_OPEN = frozenset(normalize(w) for w in ("على", "يقضي", "تقضي", "ينص", "تنص"))


def _evacuation_at(words: list[str], j: int) -> bool:
    """True when what the agreement word ending at j is about, right after it (or after "على"/"يقضي"), is an
    evacuation or surrender (:data:`EVACUATION_DEAL`)."""
    y = j + 1 if j < len(words) and words[j] in _TERMS_OPEN else j
    return EVACUATION_DEAL and y < len(words) and bare_in(words[y], _EVACUATION)


EVACUATION_TERM = True
"""Switch (pass 38): an agreement of two sides, one of them no state, whose provision opens with an evacuation or
surrender ("يقضي بخروج مقاتليه من البلدة"، "على إخلاء الحي") is in the domain as an evacuation deal named by its head
word is (:data:`EVACUATION_DEAL`), though the sides are not written after "بين"; it was dropped as a deal of no
security content. Between states only ("إجلاء الرعايا") it is not."""


def _evacuation_provided(provisions: list[str]) -> bool:
    """True when a provision opens with an evacuation or surrender word (data key evacuation_heads), clitic aside."""
    return any(bare_in(p.split()[0], _EVACUATION) for p in (normalize(q) for q in provisions) if p.split())


def _agreement_before(words: list[str], i: int) -> int | None:
    """The agreement word a handover at token i is the term of ("مشروع اتفاق بين المجلس المحلي والتنظيم يقضي بتسلم
    المجلس أمن المدينة"): an agreement noun or verb up to eight words before it, whose sides the handover's
    sentence names after it; None when there is none."""
    return next((x for x in range(i - 1, max(-1, i - 9), -1) if not _AGREE.isdisjoint(bare(words[x]))), None)


HANDOVER_RECIPIENT = True
"""Switch (pass 45): the body a control handover is made to ("تسليم السيطرة على الميناء إلى الأمم المتحدة"، "تسليم إدارة
المطار للقوات الحكومية"، "أن تتسلم المنظمة إدارة المعبر") is a party of it (GUIDELINES §7: the recipient of the
handover, not a mediator), with those the clause names already."""
_TO = frozenset({"الي", "الى"})
_RECIPIENT_TYPES = frozenset({*rules.phrases("agreements", "party_types"), "other"})


def _handover_recipient(ctx: DocContext, si: int, i: int):
    """The actor a control handover at token i is made to: named right after "إلى" or glued to "لل" ("للأمم المتحدة") after the facility
    (within the clause, at most ten words on), or between an imperfect verb of taking over and what it takes over
    ("تتسلم الأمم المتحدة إدارة"); None when there is none."""
    s = ctx.sentences[si]
    words = s.words
    _, end = s.clause_bounds(i)
    end = min(end, len(words), i + 11)
    for m in ctx.mentions[si]:
        if m.kind != "actors" or m.entry.get("type") not in _RECIPIENT_TYPES or not i < m.i < end:
            continue
        w = words[m.i]
        if words[m.i - 1] in _TO or w.startswith("لل") or (m.i <= i + 2 and words[i].startswith(("تت", "يت"))):
            return m.entry
    return None


READY_SIDE = True
"""Switch (pass 45): who shows readiness or sets a condition for a handover ("أبدى زعيم الحركة استعداده لتسليم السيطرة
على الميناء"، "اشترط المسلحون أن تتسلم المنظمة إدارة المطار") is a side of it: the nearest force, group, government or
leader (his movement or state) named before that word in the clause, at most eight words before it."""


def _ready_side(ctx: DocContext, si: int, i: int):
    """The side that offers the handover at token i (:data:`READY_SIDE`), or None."""
    s = ctx.sentences[si]
    words = s.words
    a, _ = s.clause_bounds(i)
    at = readiness_at(words, a, i)
    if at is None:
        return None
    cands = [m for m in ctx.mentions[si] if m.kind == "actors" and max(a, at - 8) <= m.i < at]
    for m in sorted(cands, key=lambda m: -m.i):
        side = _as_party(m.entry)
        if side is not None and (side.get("type") in _RECIPIENT_TYPES and side.get("type") != "other"):
            return side
    return None


def _own_sides_unknown(words: list[str], j: int) -> bool:
    """True when "بين" right after an agreement mention that named no side opens a list of its own sides ("مذكرة
    تفاهم بين هيئة ... والاتحاد الدولي ..."): the text names who made it, bodies the registry does not know, so it
    is not the agreement told before. A dual ("بين البلدين"، "بين الطرفين") refers back instead."""
    at = next((x for x in range(j, min(len(words), j + 2)) if words[x] == "بين"), None)
    if at is None or at + 1 >= len(words) or words[at + 1] in _BACK_DUALS:
        return False
    return any(w.startswith("و") for w in words[at + 2:at + 8])


_BACK_DUALS = rules.words("agreements", "dual_states") | rules.words("agreements", "dual_parties") | rules.words(
    "agreements", "dual_groups")


DENIAL_CARRIES = True
"""Switch (pass 37): a truce told as the term of an agreement whose existence is denied right before it in its clause
("نفى المتحدث وجود أي اتفاق مع السعودية لوقف القتال") is denied with it, not a truce of its own."""


def _term_of_denied(ctx: DocContext, si: int, i: int, told: set[int]) -> bool:
    """True when an agreement word stands within six words before token i in its clause, denied there and read as no
    mention at all (``told``: the starts of the sentence's mentions): its very existence is denied ("نفى وجود أي اتفاق"),
    not a reported deal that one side denies ("نفى اتفاقا أعلنته الحركة", proposed)."""
    s = ctx.sentences[si]
    a, _ = s.clause_bounds(i)
    return any(x not in told and bare_in(s.words[x], _AGREE) and _denied(ctx, si, x) for x in range(max(a, i - 6), i))


_GRANTED = frozenset(normalize(w) for w in ("سمح", "سمحت", "فتحت"))
"""A permission verb in the past: the access is granted, an agreement reached."""


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
            if HANDOVER_OF_AGREEMENT and handover and len(_sides(parties)) < 2:
                k = _agreement_before(s.words, i)
                if k is not None:
                    sides, sides_named = _parties(ctx, si, k, k + 1)
                    if len(_sides(sides)) >= 2:
                        parties, named = sides, sides_named  # "اتفاق بين المجلس المحلي والتنظيم يقضي بتسلم أمن المدينة"
            control = handover and _control_handover(s.words, i)
            if HANDOVER_RECIPIENT and control and (
                    got := _handover_recipient(ctx, si, i)) is not None and _side(got) not in {_side(p) for p in parties}:
                parties = [*parties, got]  # "استعداده لتسليم السيطرة على الميناء إلى الأمم المتحدة": the UN takes it over
            if READY_SIDE and control and (
                    got := _ready_side(ctx, si, i)) is not None and _side(got) not in {_side(p) for p in parties}:
                parties = [got, *parties]  # "أبدى زعيم الحوثيين استعداده لتسليم ...": his movement offers it
            accepted = len(_sides(parties)) < 2 and _truce_at(s.words, i) and bool(both := accepted_initiator(ctx, si, j))
            if accepted:
                parties = [*both, *(p for p in parties if _side(p) not in {_side(e) for e in both})]
                named = True  # "وقف إطلاق النار بمبادرة من الرئيس، وتجاوبت معه الحركة": a truce of both sides
            if len(_sides(parties)) < 2 and (short := short_name_sides(ctx, si, i, j)):
                more = [e for _, e in short if _side(e) not in {_side(p) for p in parties}]
                if len(_sides([*parties, *more])) >= 2:
                    parties, named = [*parties, *more], True  # "اتفاق بين كير ومشار": leaders named in full before
            if ACCESS_GRANTOR and bare_in(s.words[i], _ACCESS_VERBS):
                grantor = access_grantor(ctx, si, i, parties) if len(_sides(parties)) < 2 else None
                if grantor is not None:
                    parties = [grantor, *parties]  # "ووافقت باكستان على السماح للقوات البريطانية": who lets them in
                # the forces let in stand for their state ("السماح للجيش الأمريكي بشن ضربات": the United States)
                parties = [(state_of(_side(e)[6:]) or e) if _side(e).startswith("state:") else e for e in parties]
            restores = relations_purpose(s.words, j)
            info = {
                "si": si, "span": window_span(s, i, j), "parties": parties, "named": named, "handover": handover,
                "provisions": _provisions(ctx, si, i, j, handover), "status": _status(ctx, si, i, j, stop),
                "places": _locations(ctx, si, i), "i": i,
                "security": j < len(s.words) and s.words[j] in SECURITY_ADJ or restores == "security",
                "truce": _truce_at(s.words, i) or (j < len(s.words) and _truce_at(s.words, j)) or _truce_agreed_on(s.words, j) or (
                    SUBJECT_THEN_TRUCE and _truce_after_subject(s, i, j)) or (
                    "_".join(s.words[j:j + 2]) in _TRUCE_AFTER and bare_in(s.words[i], _AGREE)),
                "denied": _denied(ctx, si, i),
                "political": any(w in _POLITICAL_AFTER for w in s.words[j:j + 2]) or restores == "political",
                "access": bare_in(s.words[i], _ACCESS_VERBS),
                "exchange": any(_exchange_at(s.words, y) for y in range(i, min(len(s.words), j + 3)))  # "اتفقوا على صفقة لتبادل"
                or _exchange_agreed(s.words, j),  # "اتفقوا على تبادل الأسرى"
                "evacuation": _evacuation_at(s.words, j),  # "اتفاق إخلاء البلدتين"
            }
            if DENIAL_CARRIES and not info["denied"] and info["truce"] and _term_of_denied(ctx, si, i, {f[0] for f in found}):
                info["denied"] = True  # "نفى وجود أي اتفاق مع الجيش لوقف القتال": the truce is the denied deal's term
            if accepted and info["status"] == "proposed":
                info["status"] = "agreed"  # the initiative the other side accepted is reached, no longer a proposal
            if info["access"]:
                info["provisions"] = [ctx.quote(*s.token_span(i, _phrase_end(s, i, 12)))]
                info["provisions"] += access_purpose(ctx, si, i, info["provisions"])  # "..، في شن غارات على ..."
                if ACCESS_GRANTOR and info["status"] == "unknown" and bare_in(s.words[i], _GRANTED):
                    info["status"] = "agreed"  # "وسمحت باكستان للقوات البريطانية باستخدام مطار": granted
            elif _truce_at(s.words, i) and not info["provisions"]:
                phrase = _truce_phrase(ctx, si, i)
                info["provisions"] = [phrase] if phrase else []
                if phrase:
                    info["provisions"] += _in_exchange(ctx, s, j, len(s.words))  # "هدنة لأسبوع مقابل فتح المعابر"
            if not handover and not info["access"]:  # a length or condition told apart from the agreement word
                info["provisions"] = [*info["provisions"], *separate_terms(ctx, si, i, j, stop, bool(info["truce"]),
                                                                          info["provisions"])]
                info["provisions"] += force_will_terms(ctx, si, i, info["provisions"])  # "أن قوات ... ستنتشر في ..."
            if not named and _dated_earlier(ctx, s.words, j) and not any(
                    f.startswith("ال") for f in bare(s.words[i])):
                info["earlier"] = True  # "سيلتزم باتفاق أبرم ... 2000": its status and its
                # sentence's date ("الشهر الماضي") are the earlier deal's, not those of one it joins
            sides = frozenset(_side(e) for e in parties)
            anaphoric = not named and not handover and s.words[i] in {"الاتفاق", "والاتفاق", "الاتفاقيه", "بالاتفاق"}
            if any(w in _PREVIOUS for w in s.words[j:j + 2]) and not named and not any(
                    f.startswith("ال") for f in bare(s.words[i])):
                # "اتفاقية سابقة وقعت عام 1994": another agreement than the one told ("الاتفاقيات السابقة" refers back)
                c = Cluster(("previous", si, i), si)
                clusters.append(c)
                _add(c, info)
                continue
            if anaphoric and last is not None and OTHER_COUNTRY_APART and last.data.get("truce") and not info[
                    "truce"] and _other_country(ctx, last, si):
                continue  # "الإصلاحات التي تم الاتفاق عليها" of another country's government: not the truce just told
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
            elif sides and ONE_OF_BETWEEN and not info["truce"] and _own_sides_unknown(s.words, j):
                key = ("own", si, i)  # "بين جمعية الكشافة الأردنية ومنظمة دولية": one side known, its own list
            elif sides:
                # one side named: join an agreement that has this side (in its key or among its parties), else stand alone
                key = next((c.key for c in reversed(clusters) if c.key[0] == "sides" and (sides <= c.key[1] or sides <= {
                    _side(e) for e in c.data.get("party_entries", [])})), ("sides", sides))
            else:
                key = None
            if key is None:
                if ONE_OF_BETWEEN and not info["truce"] and _own_sides_unknown(s.words, j):
                    continue  # "مذكرة تفاهم بين هيئة ... والاتحاد الدولي": another agreement, of bodies not known here
                if last is not None and TRUCE_APART and _unrelated_to_truce(ctx, last, info):
                    continue  # "مذكرة تفاهم في السياحة" told after a truce: another agreement, no side
                    # named, no security or war word: not the truce, and no record of its own
                if WELCOMED_TRUCE_APART and last is not None and info["truce"] and not last.data.get("truce") and (
                        _welcomed_at(s.words, i)):
                    c = Cluster(("welcomed", si, i), si)  # "ورحب الجانبان ببدء الهدنة": a truce of others, not
                    clusters.append(c)  # the agreement the welcomers made before
                    _add(c, info)
                    last = c
                    continue
                if last is not None and last.key != ("handover",):
                    _add(last, info)
                else:
                    pending.append(info)
                continue
            c = next((c for c in clusters if c.key == key), None)
            if THEN_APART and c is not None and key[0] == "sides" and _then_told(s.words) and not _then_told(
                    ctx.sentences[c.first].words):
                c = None  # "ونتج عن الاجتماع آنذاك اتفاق للتنسيق بين الطرفين": the same sides' agreement of then
                key = ("then", si, i)
            if c is None:
                c = Cluster(key, si)
                clusters.append(c)
            _add(c, info)
            if _then_told(s.words):
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
            if p["truce"] or not TRUCE_APART_PENDING:
                _add(c, p)
        for p in pending:
            if TRUCE_APART_PENDING and not p["truce"] and not _unrelated_to_truce(ctx, c, p):
                _add(c, p)  # "الإصلاحات التي تم الاتفاق عليها" told before the truce: another agreement, not joined
    evacuations = [p for p in pending if p["evacuation"] and p["status"] != "unknown"] if not said else []
    if evacuations:
        # an evacuation deal of no named side that the text says something of ("بدأ تنفيذ اتفاق إخلاء البلدتين")
        c = Cluster(("evacuation",), evacuations[0]["si"])
        clusters.append(c)
        for p in evacuations:
            _add(c, p)
    out = []
    told = {si for c in clusters for si, _ in c.data.get("mentions", [])}
    for c in clusters:
        dated_earlier = c.key[0] == "previous" and any(ctx.dates[si] for si, _ in c.data.get("mentions", []))
        if not (c.data.get("parties") or c.data.get("provisions") or c.data.get("truce") or dated_earlier):
            continue  # an earlier agreement is a record when the text dates it ("اتفاقية سابقة وقعت عام 1994")
        if c.data.get("asserted", 0) == 0:
            continue  # only denied ("نفى التوصل إلى اتفاق"): no agreement (GUIDELINES §7)
        if all(_then_told(ctx.sentences[si].words) for si, _ in c.data.get("mentions", [])) and not {
                "implementing", "implemented", "stalled"} & {*c.data.get("statuses", []),
                                                             *c.data.get("earlier_statuses", [])}:
            continue  # "أسفر آنذاك عن اتفاق": only told as what happened then, nothing of it now
        if _only_the_deal(ctx, c) and off_topic():
            continue  # "مستقبل الاتفاق ... ونجاحه مرهون بالتزام طهران": the nuclear deal again
        statement_terms(ctx, c, told)  # "وأكد الجانبان على أهمية ..." right after the agreement: its terms
        rec = _record(ctx, c)
        if c.key[0] == "previous" and rec.agreement_type == "other" and out:
            rec.agreement_type = out[-1].agreement_type  # "تحل محل اتفاقية سابقة": an earlier one of the same kind
        if REPLACED_SIDES and c.key[0] == "previous" and not rec.parties and out and _replaced(ctx, c):
            rec.parties = list(out[-1].parties)  # "تحل محل اتفاقية سابقة": the one it replaces bound the same sides
            rec.party_bodies = list(getattr(out[-1], "party_bodies", None) or [])
        iraqi = {_side(e) for e in c.data.get("party_entries", [])} & {"federal", "kurdish", "pmf"}
        if rec.agreement_type == "ceasefire" and not c.data.get("parties") and rec.status == "unknown":
            continue  # a truce with no side and nothing said of it ("رغم الهدنة"): too little to be a record
        sides = _sides(c.data.get("party_entries", []))  # two groups are two sides
        if c.data.get("exchange") and rec.agreement_type == "other":
            if len(rec.parties) >= 2:
                out.append(rec)  # "صفقة تبادل الأسرى بين الحكومة والحوثيين": a deal of the war's sides
            continue
        if EVACUATION_TERM and rec.agreement_type == "other" and len(sides) >= 2 and not all(
                x.startswith(("state:", "bloc:")) for x in sides) and _evacuation_provided(rec.provisions):
            rec.agreement_type = "ceasefire"
            out.append(rec)  # "توصل الفصيل إلى اتفاق مع الجانب الروسي يقضي بخروج مقاتليه": a surrender deal
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
    return agreements_sides.GROUP_SIDES and len({e.id for e in entries}) >= 2 and all(e.get("type") == "armed_group" for e in entries)


WELCOMED_TRUCE_APART = True
"""Switch (pass 41): a truce of no named side that is welcomed right there ("ورحب الجانبان ببدء الهدنة الإنسانية") is
the truce of others, which the welcomers hail: it does not join the agreement told before it (the welcomers' own)."""
_WELCOME_WORDS = rules.words("agreements", "welcome")


def _welcomed_at(words: list[str], i: int) -> bool:
    """True when a word of welcoming (data key ``welcome``) stands within four words before token i."""
    return any(bare_in(w, _WELCOME_WORDS) for w in words[max(0, i - 4):i])


REPLACED_SIDES = True
"""Switch (pass 41): an earlier agreement that names no side, told as the one the agreement just recorded replaces
("تحل محل اتفاقية سابقة"، "بدلا من اتفاقية قديمة"), bound the same sides: it takes that record's parties."""
_REPLACED = rules.words("agreements", "replaced_words")


def _replaced(ctx: DocContext, c: Cluster) -> bool:
    """True when a word of replacing (data key ``replaced_words``: "محل"، "بدلا") stands within three words before
    a mention of the cluster: the agreement told there is what another one replaces."""
    for si, i in c.data.get("mentions", []):
        words = ctx.sentences[si].words
        if any(bare_in(w, _REPLACED) for w in words[max(0, i - 3):i]):
            return True
    return False


def _unrelated_to_truce(ctx: DocContext, c: Cluster, p: dict) -> bool:
    """True when a mention of no side told before a truce is not about it: no truce word and no military or security
    word in its sentence (reforms agreed at home told before a humanitarian truce abroad), or, under
    :data:`OTHER_COUNTRY_APART`, a sentence about another country than the truce's (:func:`_other_country`)."""
    words = ctx.sentences[p["si"]].words
    if not c.data.get("truce") or p["truce"]:
        return False
    if _SECURITY_CONTEXT.isdisjoint(words) and _WAR.isdisjoint(words):
        return True
    return OTHER_COUNTRY_APART and _other_country(ctx, c, p["si"])


OTHER_COUNTRY_APART = True
"""Switch (pass 42): a mention of no side and no truce word whose sentence tells only countries that the truce's story
does not (its sentences and the one before each) is another agreement of another country, even with a security
word in it: in a summit statement that goes from country to country, a power-sharing deal urged on one war's sides
("بقبول اتفاق تقاسم السلطة") or reforms agreed by another government ("الحكومة العراقية ...
الإصلاحات التي تم الاتفاق عليها") are not terms of the Yemeni truce told before. A sentence that tells no country, or
one the truce's story tells too, stays with it."""


def _countries_of(ctx: DocContext, si: int) -> set[str]:
    """The countries sentence si tells: its places and bodies (:func:`_told_countries`) and nationality adjectives
    ("الحكومة العراقية"، "الأطراف الليبية")."""
    told = set(_told_countries(ctx, range(si, si + 1)))
    return told | {code for w in ctx.sentences[si].words if (code := nisba_country(w))}


def _other_country(ctx: DocContext, c: Cluster, si: int) -> bool:
    """True when sentence si tells countries and none of them is told by the truce cluster's sentences or the one
    before each (:data:`OTHER_COUNTRY_APART`)."""
    own = _countries_of(ctx, si)
    if not own:
        return False
    story: set[str] = set()
    for sj in {m for m, _ in c.data.get("mentions", [])}:
        for sk in range(max(0, sj - 1), sj + 1):
            story |= _countries_of(ctx, sk)
    return bool(story) and own.isdisjoint(story)


_WAR = rules.words("agreements", "war_words")
"""Words of a war's sides and fighting ("الأطراف المتحاربة"، "إنهاء القتال"): a mention of no side with one is about the
war its truce stops."""


def _only_the_deal(ctx: DocContext, c: Cluster) -> bool:
    """True when every mention of the cluster is a bare definite "الاتفاق" with no security adjective or truce
    word: in an article about an off-domain deal, that is the deal told again, even with its sides named
    ("وتم توقيع الاتفاق في 2015 بين إيران والدول الخمس")."""
    if c.data.get("truce") or c.data.get("security") or c.data.get("access") or c.key == ("handover",):
        return False
    return all(bare_in(ctx.sentences[si].words[i], _DEFINITE_NOUNS) for si, i in c.data.get("mentions", []))


SUBJECT_THEN_TRUCE = True
"""Switch: :func:`_truce_after_subject` (A/B measurement)."""
_SUBJECT_REACH = 8
"""Words between a verb of agreeing and "على" + a truce: its subject, and when and where ("واتفق الجانبان في
ديسمبر الماضي بالعاصمة على وقف إطلاق النار")."""
_ON_WORDS = ON | frozenset({"حول", "بشان"})
_THAT_WORDS = frozenset({"ان", "أن", "بان", "بأن"})


def _truce_after_subject(s, i: int, j: int) -> bool:
    """True when the agreement word at i is a verb or noun of agreeing whose subject comes first and what is agreed
    on is a truce ("واتفق الجانبان على هدنة"، "اتفق الحوثيون على وقف إطلاق النار مع القبائل"، "اتفاق الطرفين في
    الدوحة على هدنة"): the truce word, too close to open a mention of its own, makes it a ceasefire. The words
    between stay in the clause and hold no "أن" ("اتفقوا على أن ...") and no other "على"."""
    words = s.words
    if not bare_in(words[i], _AGREE):
        return False
    for y in range(j, min(len(words), j + _SUBJECT_REACH + 1)):
        if y > j and s.tokens[y].clause_start:
            return False
        if words[y] in _THAT_WORDS:
            return False
        if words[y] in _ON_WORDS:
            return y > j and y + 1 < len(words) and _truce_at(words, y + 1) and not (
                not _CALM.isdisjoint(bare(words[y + 1])) and _calming_something(words, y + 1))  # "تهدئة الأوضاع"
    return False




_ORDINALS = frozenset(normalize(w) for w in (
    "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"))


THEN_APART = True
"""Switch (pass 60): an agreement of two sides told as what happened then ("ونتج عن الاجتماع آنذاك اتفاق للتنسيق بين
الطرفين") does not join the agreement of the same sides the article told before, in a sentence not told
"then": it is their earlier agreement, whose date and terms are not the new one's; alone, it is dropped as history
unless something says it holds now (:func:`_then_told`)."""

DATED_EARLIER = True
"""Switch (pass 54): an indefinite agreement noun naming no side whose own clause says it was signed ("أبرم"،
"وقع"، "الموقع") in a year before the article's ("اتفاقية هدنة وقعها الطرفان عام 2011") is
another, earlier agreement than the one told: when it joins the agreement of the same sides, its status and its
sentence's dates count only if no other mention gives one (a peace declaration signed this week took the earlier
deal's "سيلتزم ببنود" and "الشهر الماضي"); told alone, it keeps both (agreements_records reads ``earlier``)."""


def _dated_earlier(ctx: DocContext, words: list[str], j: int) -> bool:
    """True when a signing verb of the past is at j or j+1 and a year before the publication year follows it within
    eight words of the same sentence."""
    if not DATED_EARLIER or ctx.published is None:
        return False
    k = next((k for k in (j, j + 1) if k < len(words) and words[k] in _SIGNED_PAST), None)
    if k is None:
        return False
    years = [int(m.group(1)) for w in words[k + 1:k + 9] if (m := _YEAR.match(ascii_digits(w)))]
    return any(1900 < y < ctx.published.year for y in years)


def _then_told(words: list[str]) -> bool:
    """True when a word of "at that time" ("آنذاك"، "يومها") is in the sentence: told as what happened then.
    "يومها" before an ordinal is a day count ("دخلت الهدنة يومها الثالث": its third day), not "that day"."""
    return any(w in _THEN and not (y + 1 < len(words) and words[y + 1] in _ORDINALS) for y, w in enumerate(words))
