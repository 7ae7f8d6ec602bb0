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
- ``agreements_sides``: the side a body is on, and the sides, states and groups the story told before.
- ``agreements_named``: one party as written (a head of state for his state, a counterpart, a declarer, a name the
  registry does not know) and where a name is no party (a venue, a mediator, a welcomer).
- ``agreements_parties``: :func:`_parties`, the order of the readers above.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from marsad.agent.offline import agreements_sides, rules
from marsad.agent.offline.actors import state_of
from marsad.agent.offline.agreements_cues import (
    _ACCESS_VERBS,
    _AGREE,
    _AGREED,
    _COOPERATION,
    _DEFINITE_NOUNS,
    _NEG,
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
from marsad.agent.offline.agreements_parties import _parties
from marsad.agent.offline.agreements_sides import _side, _sides
from marsad.agent.offline.context import DocContext, bare
from marsad.agent.offline.locations import Place, place_at
from marsad.agent.offline.merge import Cluster, citations, window_span
from marsad.core.arabic import normalize
from marsad.core.lexicon import Entry
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
_DENIAL = rules.words("agreements", "denial")
"""A denial before the agreement ("نفى الوزير التوصل إلى اتفاق"): at most proposed (GUIDELINES §7)."""
_EXTENDED = rules.words("agreements", "extended")
"""After "تم" ("وتم تمديد الهدنة"): the agreement was extended, so it is in force."""
_PREVIOUS = rules.words("agreements", "previous")
"""Right after the agreement noun ("اتفاقية سابقة"): another, earlier agreement than the one told."""
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
    return agreements_sides.GROUP_SIDES and len({e.id for e in entries}) >= 2 and all(e.get("type") == "armed_group" for e in entries)


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
