"""Where an agreement stands: :func:`_status` (proposed, agreed, implementing, stalled, implemented).

The life-cycle words after and before a mention, read with what makes it only supposed (a condition or "قد":
:func:`_supposed`, :func:`_may_after`), guessed (:func:`_guessed`) or called for; a breach of an agreement that
still stands (:func:`_breaks_agreement`); and a denial of it (:func:`_denied`).
"""

from __future__ import annotations

from marsad.agent.offline import agreements_cues, agreements_mentions, rules
from marsad.agent.offline.agreements_cues import (
    _AGREE,
    _AGREE_OWN,
    _AGREED,
    _NEG,
    _STATUS_RANK,
    _THAT,
    PROPOSAL_HEADS,
    _no_longer,
    _truce_at,
    proposal_before,
)
from marsad.agent.offline.context import DocContext, bare, bare_in
from marsad.core.arabic import normalize

_IMPLEMENTING = rules.words("agreements", "implementing")
RATIFIED = True
"""Switch (pass 61): a ratification told near the agreement ("صادقت الحكومة على الاتفاقية"، "بعد المصادقة على
الاتفاق") makes it agreed, as a signing does; data key ``ratified`` holds no bare "صادق" (a first name) and no
"أقر" (also "admitted")."""
_RATIFIED = rules.words("agreements", "ratified")
_ON = agreements_cues.ON
"""Within four words after a bare "صادق" ("صادق البرلمان على"): a ratification; "صادق" alone may be a name."""
_DIRECT = rules.words("agreements", "direct")
_IMPLEMENTED = rules.words("agreements", "implemented")
_STALLED = rules.words("agreements", "stalled")
_PROPOSED = rules.words("agreements", "proposed")
_START = rules.words("agreements", "start")
_CARRY_OUT = rules.words("agreements", "carry_out")
_CARRY_OUT_VERBS = rules.words("agreements", "carry_out_verbs")
_AGREEMENT_NOUNS = rules.words("agreements", "agreement_nouns")
_HOPE = rules.words("agreements", "hope") | rules.words("agreements", "proposal")
"""A hope, call, proposal, refusal or speculation ("دعا إلى تمديد الهدنة"، "اقترحت"، "يتوقع"، "رفض"): the
agreement is proposed, never agreed, unless it is said to be in force."""
_DENIAL = rules.words("agreements", "denial")
"""A denial before the agreement ("نفى الوزير التوصل إلى اتفاق"): at most proposed (GUIDELINES §7)."""
_EXTENDED = rules.words("agreements", "extended")
"""After "تم" ("وتم تمديد الهدنة"): the agreement was extended, so it is in force."""
_CALLS = rules.words("agreements", "calls")
"""A call opening the agreement's clause, however far before it ("دعا ... إلى الاتفاق على وقف إطلاق النار"): proposed."""
_CONDITIONAL = rules.words("agreements", "conditional")
"""Before the agreement: it is supposed ("إذا توصل الطرفان إلى اتفاق"), at most proposed."""
_DRAFT = rules.words("agreements", "draft")
"""Right before the agreement noun ("مشروع اتفاقية"، "مسودة الاتفاق"): a draft, at most proposed."""
_LATEST = rules.words("agreements", "latest")
"""Right after the agreement noun ("التفاهمات الأخيرة"، "الاتفاق الأخير"): the latest one reached, not a proposal."""
_COMPLY = rules.words("agreements", "comply")
"""Between a call and the agreement ("دعا إلى الالتزام بالهدنة"، "حثت مقاتليها على التقيد
بوقف إطلاق النار"): the call is to keep an agreement in force, not to reach one."""
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


_STATUS_REACH = 14
"""Words after an agreement mention that can still tell its status; further on they are said of something
else ("يثير الاتفاق ... ردودا واسعة في المنطقة، لا سيما أنه جاء بعد تعثر خطة التحالف")."""
_BACKREF = rules.words("agreements", "backref")
"""Its carrying out, with a pronoun that refers back to the agreement ("تطبيقه"، "تنفيذها")."""


_UNDER_WAY = frozenset({"implementing", "implemented", "stalled"})


def _under_way(found: list[str]) -> bool:
    """Whether a word already found says the agreement was reached and is in force, carried out or stalled: a
    proposal cue (a question, a guess, a denial, a coming deal) then no longer makes it proposed."""
    return bool(_UNDER_WAY & set(found))


def _status(ctx: DocContext, si: int, i: int, j: int, stop: int | None = None) -> str:
    """The status one mention's words give; they are read from 10 words before it to the next agreement
    mention of the sentence (``stop``), which they belong to instead ("... وهي تحل محل اتفاقية سابقة
    استمرت حتى اليوم": in force is said of the earlier one)."""
    s = ctx.sentences[si]
    words = s.words
    lo, end = max(0, i - 10), len(words) if stop is None else stop
    hi = min(end, j + _STATUS_REACH)
    if not _BACKREF.isdisjoint(words[hi:end]):
        hi = end  # "... إلا أن تطبيقه ما يزال متعثراً": said of the agreement again, however far
    status = "agreed" if any(b in _AGREEMENT_NOUNS or agreements_cues.SIDES_OWN and b in _AGREE_OWN for b in bare(words[i])) else "unknown"
    if _no_longer(words, i):
        return "stalled"
    if i > 0 and words[i - 1] in _DRAFT:
        return "proposed"  # "التوقيع على مشروع اتفاقية": a draft
    found = []
    purposed = False
    ended_call = False
    for x in range(lo, hi):
        forms = bare(words[x])
        if x > 0 and words[x - 1] in _BEFORE:
            continue  # "قبل بدء المرحلة الانتقالية": what comes before a step is not under way
        if PURPOSE_AFTER and (j <= x <= j + 1 or x == _past_kind(words, j) or PURPOSE_AFTER_SIDES and x == _after_sides(ctx, si, j)) and _its_purpose(
                words, x):
            continue  # "وقع البلدان مذكرة تفاهم لتأمين الحدود": what the agreement is for, not an effort to reach it
        neg = x > 0 and words[x - 1] in _NEG or x > 1 and words[x - 2] in _NEG and words[x - 1] in {"يتم", "يجر"}
        nxt = words[x + 1] if x + 1 < len(words) else ""
        if STATUS_DONE_WORDS and not neg and (told := _done_word(words, x, nxt)):
            found.append(told)  # "استكمل الجيش تنفيذ الاتفاق"، "أعلنت الحكومة تمديد الهدنة"، "لا يزال ساريا"
            continue
        if words[x] in {"تم", "يتم"} and nxt in {"تنفيذ", "تطبيق"}:
            found.append("stalled" if neg else "implemented")
        elif words[x] in {"تم", "وتم"} and nxt in _EXTENDED and not neg:
            found.append("implementing")  # "تم تمديد الهدنة": extended, so in force (a call to extend it is proposed)
        elif CONTINUED_CARRY_OUT and not _CONTINUE.isdisjoint(forms) and not neg and (
                nxt in _CARRY_OUT or nxt == "في" and x + 2 < len(words) and words[x + 2] in _CARRY_OUT):
            found.append("implementing")  # "سيستمر في تنفيذ بنود الهدنة"، "يواصل تطبيق الاتفاق": in force
        elif words[x] in _START and nxt in _CARRY_OUT:
            # "بدأ تنفيذ الاتفاق" is under way; "سيبدأ"/"على أن يبدأ التنفيذ" (imperfect) is still to come
            found.append("agreed" if words[x].startswith(("سي", "ست", "ي", "ت")) else "implementing")
        elif START_REACH and not neg and (start := _started_carrying_out(words, x, i)):
            found.append(start)  # "وبدأ صباح اليوم تنفيذ اتفاق ..."، "وبدأ الجيش والمسلحون تطبيق الهدنة"
        elif words[x] == "حيز" and nxt in {"التنفيذ", "التطبيق"}:
            # "دخل حيز التنفيذ" is in force; "يدخل/سيدخل حيز التنفيذ" (imperfect) is still to come
            found.append("agreed" if FUTURE_IN_FORCE and _to_come(words, x) else "implementing")
        elif neg and words[x] in _CARRY_OUT_VERBS:
            found.append("stalled")  # "لم ينفذ"
        elif NEGATED_CARRY_OUT and words[x] in _CARRY_OUT and x > 0 and (neg or bare_in(words[x - 1], _NEGATION_NOUN)):
            found.append("stalled")  # "عدم تنفيذ الاتفاق"، "بعدم تطبيق الهدنة": not carried out, as "لم ينفذ"
        elif any(f"{f}_{nxt}" in _LOST_MEANING for f in forms):
            found.append("stalled")  # "الهدنة فقدت معناها": it lost its meaning, it holds no more (GUIDELINES §7)
        elif not _IMPLEMENTED.isdisjoint(forms):
            found.append("implemented")
        elif FUTURE_EFFECT and words[x] in _TAKES_EFFECT and not neg and not _COMING.isdisjoint(words[x + 1:x + 6]):
            found.append("agreed")  # "وقف لإطلاق النار يسري اعتبارا من السبت المقبل": in force only from a day to come
        elif not _IMPLEMENTING.isdisjoint(forms) and not neg and _purpose_before(words, x):
            found.append("agreed")  # "غرفة عمليات لمتابعة تنفيذ الاتفاق": its carrying out is still to come
        elif not _IMPLEMENTING.isdisjoint(forms) and not neg and CONTINUED_OTHER and _lasting_other(words, x):
            continue  # "أنهى حربا استمرت سبعة أسابيع"، "حربا طاحنة استمرت عقدين": the war lasted, not the agreement
        elif not _IMPLEMENTING.isdisjoint(forms) and not neg:
            direct = any(w in _DIRECT for ww in words[max(lo, x - 4):x] for w in bare(ww))
            found.append("implementing" if direct or words[x] not in {"تطبيق", "بتطبيق", "بتنفيذ"} else "agreed")
        elif _violated(forms) and not neg and not _breach_negated(words, x) and _breaks_agreement(
                words, x, i if BREACH_OF_MENTION else None):
            found.append("implementing")  # "يكسر الحوثيون الهدنة"، "انتهكت القوات الاتفاق": violated but standing (GUIDELINES §7)
        elif not _STALLED.isdisjoint(forms) and CALL_TO_END and _called_for(words, x):
            ended_call = True
            continue  # "طالب البرلمان بإلغاء الاتفاقية": a call to end it, it has not ended
        elif not _STALLED.isdisjoint(forms):
            found.append("stalled")
        elif PURPOSE_NOT_REACHED and 0 < i - x <= 3 and _for_purpose(words, x):
            found.append("proposed")  # "من أجل التوصل إلى اتفاق"، "قبل الذهاب لمشاورات ... وتوقيع الاتفاق": still to come
            purposed = True
        elif CALL_TO_END and bare_in(words[x], _CALLS) and any(
                not _STALLED.isdisjoint(bare(w)) for w in words[x + 1:min(x + 7, i)]):
            continue  # "دعا نواب إلى تجميد الاتفاقية": no call to reach one
        elif not _PROPOSED.isdisjoint(forms) and not _efforts_means(words, x):
            found.append("proposed")
        elif not _AGREED.isdisjoint(forms) and _fell_into(forms, words, x):
            continue  # "وقعنا في كمين"، "وقعت الدورية في فخ": fell into it, no signing
        elif not _AGREED.isdisjoint(forms):
            found.append("agreed")
        elif RATIFIED and not neg and (not _RATIFIED.isdisjoint(forms) or "صادق" in forms and _ratifies(words, x, i)):
            found.append("agreed")  # "صادق البرلمان على الاتفاقية الأمنية": ratified, so reached
    accepted = ACCEPTED and any(words[x] in _ACCEPT and not (x > 0 and words[x - 1] in _NEG) and not any(
        b in _HOPE or b in _DENIAL for w in words[max(0, x - 5):x] for b in bare(w)) for x in range(max(lo, i - 3), i))
    if accepted:
        found.append("agreed")  # "أعلن الحوثيون قبولهم بالهدنة التي دعت إليها الأمم المتحدة": accepted, so reached
    if IN_FORCE_TOLD and _truce_at(words, i) and _in_force_told(words, i, j, hi):
        found.append("implementing")  # "وقف إطلاق النار ينتهي الليلة"، "وتستمر الهدنة لليوم الثالث": it holds now
    if TOLD_AFTER and not found:
        told = _told_after(words, j, hi)
        if told:
            found.append(told)  # "الاتفاقية التي أبرمتها القاهرة"، "مذكرة التفاهم الموقعة"، "الهدنة التي طلبها الرئيس"
    if TRUCE_BEGUN and _begun(words, i):
        found.append("implementing")  # "رحب الجانبان ببدء الهدنة"، "منذ بدء وقف إطلاق النار": it has begun
    if SINCE_SIGNED and _since_signed(words, i) and not {"stalled", "implemented"} & set(found):
        found.append("implementing")  # "منذ توقيع اتفاق خفض التصعيد"، "منذ التوقيع على الهدنة": in force since
    if CELEBRATED_IN_FORCE and _celebrated(words, i):
        found.append("implementing")  # "خرج السكان احتفالا بالهدنة": a truce celebrated holds now
    if ADHERE_IN_FORCE and _adhered(words, i) and not _supposed(words, max(0, i - 8), i) \
            and not {"stalled", "implemented"} & set(found):
        found.append("implementing")  # "أكد الالتزام باتفاق وقف إطلاق النار": what is kept to is in force
    if BOUND_BY and _binds_sides(words, i, j) and not {"stalled", "implemented"} & set(found):
        found.append("implementing")  # "وتربط البلدين معاهدة دفاع مشترك"، "المعاهدة التي تربط البلدين": in force
    if j < len(words) and words[j] in _LATEST and not _neg_before(words, i):
        # "والتفاهمات الأخيرة لتوسيع التعاون"، "الاتفاق الأخير لتكثيف جهود التصدي": the latest one reached; the
        # efforts after it are what it is for
        found = [f for f in found if f != "proposed"] + ["agreed"]
    a, clause_end = s.clause_bounds(i)
    if PROPOSAL_HEAD and _proposal_head(words, a, i) and not accepted and not _under_way(found):
        return "proposed"  # "قدم المبعوث مقترحا لوقف إطلاق النار"، "رفضت الحركة المقترح المصري للتهدئة": a proposal
    if READINESS and _ready_for(words, a, i) and not _under_way(found):
        return "proposed"  # "أعلن استعداده لتسليم السيطرة على الميناء"، "اشترطوا أن تتسلم المنظمة إدارة المطار": an offer
    if PROSPECTIVE and (_prospective(words, a, i, j, min(clause_end, hi)) or _desired(words, j)) and not _under_way(found):
        return "proposed"  # "يقترب الوسيطان من إبرام تسوية"، "المفاوضون على وشك التوصل إلى هدنة"، "تبادل الأسرى بات وشيكا": not reached yet
    call = next((x for x in range(i - 1, max(a, i - 20) - 1, -1) if bare_in(words[x], _CALLS)), None)
    if call is not None and any(w in _COMPLY for w in words[call + 1:i]) and not {"stalled", "implemented"} & set(found):
        return "implementing"  # "حثت مقاتليها على التقيد بوقف إطلاق النار": a call to keep it, it is in force
    if UNTRUE_REPORT and _said_untrue(words, j, min(clause_end, len(words))) and not _under_way(found):
        return "proposed"  # "ما نشر عن هدنة بين القبيلتين غير صحيح": a reported agreement denied (GUIDELINES §7)
    if QUESTION_TALKS and (_asked(ctx, si, a, i, clause_end) or _talks_about(words, a, i)) and not _under_way(found):
        return "proposed"  # "هل توقع أنقرة اتفاقاً أمنياً مع بغداد؟"، "تجري الحكومتان محادثات حول اتفاق": not reached
    if _signing_discussed(words, a, i) and not _under_way(found):
        return "proposed"  # "بحث الوزيران توقيع مذكرة تفاهم أمنية": its signing discussed, not signed yet
    if EFFORTS_RESULTED and "proposed" in found and _resulted(words, max(a, i - 8), i):
        found = [f for f in found if f != "proposed"] + ["agreed"]  # "جهود مصرية أفضت إلى العودة لتفاهمات التهدئة"
    if "proposed" in found and (purposed or any(b in _HOPE for x, w in enumerate(words[lo:hi], lo) for b in bare(w)
                                               if not _efforts_means(words, x))) \
            and not {"implementing", "implemented"} & set(found) and not accepted:
        return "proposed"
    if any(b in _CALLS for w in words[max(a, i - 20):lo] for b in bare(w)) and not {"implementing", "implemented"} & set(found) \
            and not ended_call:
        return "proposed"  # "وحث المجلس الطرفين على الكف عن القتال والتوصل إلى وقف لإطلاق النار"
    if (_supposed(words, max(0, i - 8), i) or _may_after(words, j, j + 3)) and not _under_way(found):
        return "proposed"  # "وإذا توصل الزعيمان إلى اتفاق"، "قد يوقع الطرفان اتفاقاً"، "اتفاقية القمة قد تشتمل": supposed
    if (_guessed(words, i) or _may_after(words, j, min(clause_end, j + 10))) and "agreed" not in found and not _under_way(found):
        return "proposed"  # "ويرى البعض أن عبارات ... ستدرج ضمن اتفاقية القمة"، "اتفاق الهدنة بين ... قد يشمل": a
        # guess, and nothing says it was reached
    for st in found:
        if _STATUS_RANK[st] > _STATUS_RANK[status]:
            status = st
    return status


CALL_TO_END = True
"""Switch (pass 38): a word of ending or freezing that a call asks for ("طالب البرلمان بإلغاء الاتفاقية"، "دعا إلى
تجميد الاتفاق"، "يطالبون الحكومة بإنهاء العمل بالاتفاقية") does not make the agreement stalled: the call is not the end."""


def _ratifies(words: list[str], x: int, i: int) -> bool:
    """The bare verb "صادق" at ``x`` ratifies the agreement at ``i`` when its "على" governs it: the agreement word
    follows "على" at once or after one word ("صادق البرلمان على الاتفاقية"، "صادق على هذه الاتفاقية"). A man named
    "صادق" before "علي" (the same word once normalised) ratifies nothing: "التقى محمد صادق علي بالسفير وبحثا
    الاتفاقية" (review61 finding 1)."""
    return any(words[k] in _ON and 0 < i - k <= 2 for k in range(x + 1, min(x + 5, i)))


def _called_for(words: list[str], x: int) -> bool:
    """True when a verb of calling (data key calls) stands within six words before token x, no negation between."""
    return any(bare_in(words[t], _CALLS) for t in range(max(0, x - 6), x)) and not any(
        words[t] in _NEG for t in range(max(0, x - 6), x))


ACCEPTED = True
"""Switch (pass 33): a side's acceptance right before the agreement ("قبولهم بالهدنة"، "وقبلت الحكومة الهدنة التي
اقترحها المبعوث") makes it agreed, whatever proposal a relative clause tells of it; readiness to accept ("استعدادها
لقبول الهدنة") is not acceptance."""
_ACCEPT = rules.words("agreements", "accept")

NEGATED_CARRY_OUT = True
"""Switch (pass 51): the noun of carrying out negated right before it ("عدم تنفيذ الاتفاق"، "بعدم تطبيق الهدنة") tells
an agreement not carried out -- stalled, as "لم ينفذ" and "لم يتم تنفيذ" do. Data keys carry_out, negation_noun."""
_NEGATION_NOUN = rules.words("agreements", "negation_noun")

CONTINUED_CARRY_OUT = True
"""Switch (pass 29): a verb of going on before the carrying out of the agreement ("سيستمر في تنفيذ"، "يواصل تطبيق") says
it is in force: implementing."""
_CONTINUE = rules.words("agreements", "continue_verbs")


PURPOSE_NOT_REACHED = True
"""Switch (pass 29): reaching or signing the agreement, told right before it as an aim ("من أجل التوصل إلى اتفاق"،
"بهدف توقيع الاتفاق"، "لتوقيع الاتفاق") or as a step still to take before something ("قبل عقد لقاءات لبحث
البنود وتوقيع الاتفاق"), is not reached: proposed (:func:`_for_purpose`). An aim after the agreement is its own
("اتفقتا على إنشاء آلية بهدف التوصل إلى حل"): the agreement is reached."""
_FELL_INTO = rules.words("agreements", "fell_into")
"""What one falls into after "وقع/وقعنا في" ("كمين"، "فخ"، "الأسر"، "قبضة"): the verb is falling, not signing."""


def _fell_into(forms: set[str] | frozenset[str], words: list[str], x: int) -> bool:
    """True when the word at x is a form of "وقع" followed by "في" and a word of :data:`_FELL_INTO` ("وقعنا في كمين"):
    "وقعنا" undiacritised is also "we fell" (review64 finding 13)."""
    return any(f.startswith("وقع") for f in forms) and x + 2 < len(words) and words[x + 1] == "في" and bare_in(
        words[x + 2], _FELL_INTO)


_PURPOSE_BEFORE = rules.words("agreements", "purpose_before")
"""Right before a word of reaching or signing: it is an aim ("بهدف"، "سعيا"، "بغية")."""


def _for_purpose(words: list[str], x: int) -> bool:
    """True when the word at x is one of reaching or signing told as an aim: with "لـ" ("لتوقيع"، "للتوقيع"، "لإبرام"),
    after "من أجل" or a purpose word ("بهدف")، or coordinated ("وتوقيع") with steps that follow "قبل" a few words
    before it."""
    w = words[x]
    if w.startswith("لل") and ("ال" + w[2:] in _AGREED or w[2:] in _AGREED) or w.startswith("ل") and w[1:] in _AGREED:
        return True
    if _AGREED.isdisjoint(bare(w)):
        return False
    if x >= 2 and words[x - 2] == "من" and words[x - 1] == "اجل":
        return True
    if x >= 1 and words[x - 1] in _PURPOSE_BEFORE:
        return True
    if not w.startswith("و"):
        return False
    return any(words[y] in _BEFORE and words[y + 1].startswith("ال") for y in range(max(0, x - 8), x - 1))


ADHERE_IN_FORCE = True
"""Switch: :func:`_adhered` (A/B measurement)."""
_ADHERE = rules.words("agreements", "adhere")
"""Words of keeping to something ("الالتزام"، "يلتزم"، "ملتزمة"، "احترام"، "التمسك"): said of an agreement, it stands."""
_ADHERE_NEGATED = rules.words("agreements", "adhere_negated")
"""The jussive of keeping to ("يلتزموا"، "يحترموا"): read only when negated (:func:`agreements_mentions._negated_keeping`),
since after "أن" the same spelling is the subjunctive of a call to keep it."""
_ADHERE_OBJECTS = rules.words("agreements", "adhere_objects")
"""Right before the agreement word, what is kept to is the agreement's terms ("ببنود اتفاق"، "بتلك الاتفاقات")."""


TRUCE_BEGUN = True
"""Switch (pass 42): a truce whose start is told as past is in force (GUIDELINES §7 implementing): "بدء" right before the
truce word after a word of time ("مع بدء الهدنة"، "منذ بدء"، "بعد بدء"), or "ببدء" after a word of welcoming ("رحب
الجانبان ببدء الهدنة"). A start called for or planned ("دعا إلى بدء هدنة"، "لبدء وقف إطلاق النار") is not. Data keys
begin_words, begin_time."""
_BEGIN = rules.words("agreements", "begin_words")
"""The noun of starting ("بدء"), bare; with "ب" glued it is what is welcomed."""
_BEGIN_TIME = rules.words("agreements", "begin_time")
"""Words of time before "بدء" that tell the start as past ("مع"، "منذ"، "بعد")."""
_WELCOMED = rules.words("agreements", "welcome")


def _begun(words: list[str], i: int) -> bool:
    """True when the truce word at i follows "بدء" told as past (:data:`TRUCE_BEGUN`)."""
    if i < 2 or not _truce_at(words, i):
        return False
    w = words[i - 1]
    if w in _BEGIN:
        return words[i - 2] in _BEGIN_TIME
    return w[:1] == "ب" and w[1:] in _BEGIN and any(bare_in(v, _WELCOMED) for v in words[max(0, i - 5):i - 1])


SINCE_SIGNED = True
"""Switch (pass 52): an agreement told as signed or concluded "since" ("منذ توقيع اتفاق خفض التصعيد"، "منذ التوقيع على
الاتفاق"، "منذ إبرام الهدنة") is told as standing ever since: in force (GUIDELINES §7 implementing). "بعد توقيع" (just
after the signing) is not, nor one told as collapsed, stalled or carried out in its reach ("لم ينفذ أي بند منه منذ
توقيعه"، "انهار الاتفاق الذي صمد منذ توقيعه": the guard of :data:`ADHERE_IN_FORCE`). Data keys since_words, conclude_nouns."""
_SINCE = rules.words("agreements", "since_words")
_SIGNING = rules.words("agreements", "conclude_nouns")
"""Nouns of signing or concluding ("توقيع"، "إبرام"، "التوصل"; "منذ التوصل إلى" never reaches: only "على" may come between)."""


def _since_signed(words: list[str], i: int) -> bool:
    """True when the agreement word at i follows a noun of signing (with "على" between or not) right after "منذ"."""
    k = i - 1
    if k > 0 and words[k] in agreements_cues.ON:
        k -= 1
    return k > 0 and words[k] in _SIGNING and bare_in(words[k - 1], _SINCE)


CELEBRATED_IN_FORCE = True
"""Switch (pass 42): a truce celebrated ("للاحتفال بوقف إطلاق النار"، "احتفالا بالهدنة": a word of celebrating right
before "ب" + the truce word) is in force (GUIDELINES §7 implementing); a deal's signing celebrated ("احتفالا بتوقيع
الاتفاق") is left to the signing word. Data key celebrate."""
_CELEBRATE = rules.words("agreements", "celebrate")


def _celebrated(words: list[str], i: int) -> bool:
    """True when the truce word at i has "ب" glued and a word of celebrating right before it."""
    return i > 0 and words[i].startswith("ب") and _truce_at(words, i) and bare_in(words[i - 1], _CELEBRATE)


_WHILE = rules.words("agreements", "while")
"""After the agreement word: keeping to it is on a condition ("طالما"، "شريطة"; words are normalised)."""


def _adhered(words: list[str], i: int) -> bool:
    """True when a word of keeping to governs the agreement word at i: right before it ("احترام الهدنة"), or
    within six words with the agreement as the first thing kept to ("الالتزام الأميركي باتفاق"، "التزام روسيا
    والنظام بتلك الاتفاقات"). Keeping to an agreement says it is in force (GUIDELINES §7 implementing), whoever
    is said to keep to it or not; what one vows to keep once reached ("الالتزام بالتوصل إلى اتفاق"), in future
    or past ("ستلتزم بالاتفاق"، "التزمت بهدنة" of a truce that may be over) or on a condition ("طالما التزم بها
    الآخر") is not."""
    if any(w in _WHILE for w in words[i + 1:i + 10]):
        return False  # "تلتزم بالهدنة طالما التزم بها الطرف الآخر": kept on a condition, a promise
    obj = i - 1 if i > 0 and words[i - 1] in _ADHERE_OBJECTS else i
    for x in range(obj - 1, max(0, obj - 6) - 1, -1):
        if bare_in(words[x], _ADHERE):
            return x == obj - 1 or words[obj].startswith("ب")
        if x == obj - 1 and bare_in(words[x], _ADHERE_NEGATED) and agreements_mentions._negated_keeping(words, i):
            return True  # "لم يلتزموا باتفاق التهدئة": the jussive, only negated ("أن يلتزموا" is a call to keep it)
        if words[x].startswith("ب") and len(words[x]) > 3:
            return False  # "التزامه بالعمل ... باتفاق": the first thing kept to is something else
    return False


BOUND_BY = True
"""Switch (pass 62): an agreement told as what binds its sides ("وتربط البلدين معاهدة دفاع مشترك"، "ترتبط مصر
وإسرائيل بمعاهدة سلام"، "المعاهدة التي تربط البلدين") is in force: a verb of binding (data key binding_verbs) at
most six words before the agreement word, not negated, or right after it behind a relative pronoun. Before, such a
treaty was "unknown" or "agreed". A verb of binding after the agreement with no relative pronoun ("اتفاق يربط
الميناء بالطريق") links things, it says nothing of the agreement. Before the agreement the verb must have the
agreement for what binds (review62 finding 5): the intransitive "ترتبط X بـ" only with the "ب" glued to the agreement
word ("يرتبط توقيع الاتفاق بموافقة البرلمان": depends on), no act of concluding ("توقيع"، "إبرام") and no other "ب"
phrase between the verb and the agreement, and not a verb of a relative clause of another noun ("العلاقات التي تربط
البلدين ستسمح بتوقيع اتفاقية")."""
_BINDING = rules.words("agreements", "binding_verbs")
_ACTS = rules.words("agreements", "signing_nouns") | rules.words("agreements", "conclude_nouns")
"""Nouns of concluding an agreement: one of them between the verb of binding and the agreement is the verb's subject
("يرتبط توقيع الاتفاق"), not the agreement."""


def _binds_sides(words: list[str], i: int, j: int) -> bool:
    """True when a verb of binding tells the agreement at tokens [i, j) as what binds its sides (:data:`BOUND_BY`)."""
    if j + 1 < len(words) and words[j] in _RELATIVE and bare_in(words[j + 1], _BINDING):
        return True  # "المعاهدة التي تربط البلدين"
    return any(_binds_before(words, x, i) for x in range(max(0, i - 6), i))


def _binds_before(words: list[str], x: int, i: int) -> bool:
    """True when the verb at x binds its sides by the agreement at i: "وتربط البلدين معاهدة"، "ترتبط مصر وإسرائيل
    بمعاهدة"; not negated, not in a relative clause of another noun, with no act of concluding nor another "ب" phrase
    between ("يرتبط توقيع الاتفاق بموافقة ..."، "... ستسمح بتوقيع اتفاقية")."""
    if not bare_in(words[x], _BINDING) or x > 0 and (words[x - 1] in _NEG or words[x - 1] in _RELATIVE):
        return False
    if "رتبط" in words[x] and not words[i].startswith("ب"):
        return False  # "يرتبط X بـY": the agreement must be the Y
    return not any(bare_in(w, _ACTS) or w.startswith("ب") for w in words[x + 1:i])


TOLD_AFTER = True
"""Switch: :func:`_told_after` (A/B measurement)."""
_RELATIVE = rules.words("agreements", "relative_pronouns")
_OBJECT_PRONOUNS = ("هما", "ها", "ه")
_SIGNED = agreements_cues.SIGNED_PARTICIPLES
"""Right after the agreement noun, a participle of concluding it ("الموقعة"، "المبرمة"): it was reached."""
_REQUESTED = rules.words("agreements", "requested")
"""A verb of asking for or offering the agreement, in a relative clause after it ("التي طلبها"، "التي عرضتها"):
it is proposed."""


TOLD_AFTER_PLACE = True
"""Switch (pass 29): in :func:`_told_after`, the relative clause may come after the place of the agreement ("في اليمن"),
so a truce requested or signed is so even when its place is told first."""


def _told_after(words: list[str], j: int, hi: int) -> str | None:
    """The status a clause right after the agreement mention (ending at j) tells of it when the words of the window
    said nothing: a participle of concluding ("مذكرة التفاهم الموقعة بينهما") or a relative pronoun and its verb
    with the pronoun of the agreement ("الاتفاقية التي أبرمتها عمان مع أنقرة"، "الاتفاق الذي وقعه الطرفان":
    agreed; "الهدنة التي طلبها الرئيس وأيدتها دول التحالف": proposed). One adjective may come between ("الهدنة
    الإنسانية التي ..."), and under :data:`TOLD_AFTER_PLACE` a place after "في" ("الهدنة الإنسانية في اليمن التي
    طلبها الرئيس"). None when there is no such clause."""
    reach = j + 2
    if TOLD_AFTER_PLACE:
        reach = next((k + 3 for k in (j, j + 1) if k < len(words) and words[k] == "في"), reach)
    for x in range(j, min(hi, reach)):
        if words[x] in _SIGNED:
            return "agreed"
        if words[x] not in _RELATIVE:
            continue
        verb = words[x + 1] if x + 1 < len(words) else ""
        if verb.startswith("و") and len(verb) > 4:
            verb = verb[1:]
        stem = next((verb[:-len(p)] for p in _OBJECT_PRONOUNS if verb.endswith(p) and len(verb) - len(p) >= 3), None)
        if stem is None:
            return None
        if stem in _AGREED:
            return "agreed"
        if stem in _REQUESTED:
            return "proposed"
        return None
    return None


CONTINUED_OTHER = True
"""Switch: :func:`_lasting_other` (A/B measurement)."""
_LASTING = rules.words("agreements", "lasting_verbs")
"""Verbs of lasting ("استمرت"، "استمر"، "دامت"): said of the noun right before them."""


def _lasting_other(words: list[str], x: int) -> bool:
    """True when the verb of lasting at x describes an indefinite noun right before it (with its adjective) that is
    no agreement or truce ("أنهى حربا استمرت سبعة أسابيع"، "أنهت حربا طاحنة استمرت عقدين"): what lasted is
    that war or crisis, not the agreement. "الهدنة استمرت" and "هدنة استمرت" are the agreement's."""
    if x == 0 or words[x] not in _LASTING or words[x].startswith("و"):
        return False  # "وقعت في 1995 واستمرت حتى اليوم": joined to the verb before, said of the agreement
    prev = words[x - 1]
    if prev.startswith(("ال", "و")) or len(prev) < 3 or not prev.isalpha():
        return False
    near = range(max(0, x - 3), x)
    return not any(bare_in(words[y], _AGREE) or _truce_at(words, y) for y in near)


FUTURE_IN_FORCE = True
"""Switch: :func:`_to_come` (A/B measurement)."""


FUTURE_EFFECT = True
"""Switch: an agreement that "takes effect" (imperfect "يسري"، "تسري") from a day to come is agreed, not in force."""
_TAKES_EFFECT = rules.words("agreements", "takes_effect")
_COMING = rules.words("agreements", "coming")


def _to_come(words: list[str], x: int) -> bool:
    """True when the verb right before "حيز" at x is imperfect or future ("يدخل"، "سيدخل"، "ستدخل"، "أن تدخل"): the
    agreement is to enter into force, it is not yet in force (as "سيبدأ تنفيذ الاتفاق" is)."""
    if x == 0:
        return False
    verb = words[x - 1]
    verb = verb[1:] if verb.startswith(("و", "ف")) and len(verb) > 4 else verb
    if x > 1 and words[x - 2] in {"لم", "ولم"}:
        return False  # "لم يدخل حيز التنفيذ": a past told with "لم"
    return verb.startswith(("يدخل", "تدخل", "سيدخل", "ستدخل")) or (x > 1 and words[x - 2] == "سوف")


_LOST_MEANING = rules.words("agreements", "lost_meaning")
"""A verb of losing and "its meaning" ("فقدت معناها"، "فقد معناه"; two words joined with "_"): the agreement no longer holds."""


_VIOLATED = rules.words("agreements", "violated")
"""Verbs and nouns of breaking an agreement ("انتهك"، "يكسر"، "خروق"): it was breached and still stands."""


BREACH_FORMS = True
"""Switch (pass 52): the plural, noun and other verb forms of breaking (data key breach_forms: "خرقوا"، "الخروقات"،
"انتهاكات"، "إخلال" ...) count as words of breaking beside data key violated."""
_BREACH_FORMS = rules.words("agreements", "breach_forms")

BREACH_NEGATED = True
"""Switch (pass 52): a word of breaking right after "دون/بدون/بعدم" (data key breach_negators; "عدم" is in neg) tells
no breach: "دون الإخلال بأحكام اتفاقية الدفاع المشترك" (without prejudice to it), "دون انتهاك الهدنة"."""
_BREACH_NEGATORS = rules.words("agreements", "breach_negators")


def _violated(forms) -> bool:
    """True when one of a word's forms is a word of breaking (:data:`_VIOLATED`, and :data:`BREACH_FORMS`)."""
    return not _VIOLATED.isdisjoint(forms) or BREACH_FORMS and not _BREACH_FORMS.isdisjoint(forms)


def _breach_negated(words: list[str], x: int) -> bool:
    """True when the word of breaking at x comes right after "دون"/"بدون"/"بعدم" (:data:`BREACH_NEGATED`)."""
    return BREACH_NEGATED and x > 0 and words[x - 1] in _BREACH_NEGATORS


BREACH_OF_MENTION = True
"""Switch (pass 52): a word of breaking counts for the agreement mention itself when the mention is within its reach,
whatever word the mention is written with ("إخلالاً جسيماً بأحكام مذكرة التفاهم": the mention is "التفاهم", which is
no agreement verb or noun of data key agree)."""


def _breaks_agreement(words: list[str], x: int, at: int | None = None) -> bool:
    """True when what the word of breaking at x breaks is an agreement or truce, told within five words after it
    ("يكسر الحوثيون وحلفاؤهم الهدنة"، "انتهكت الحركة الاتفاق") or right before it ("الهدنة انتهكت"): "كسر الجمود" is not.
    ``at``, when given, is the agreement mention's first word: within that reach it is what is broken."""
    near = [*range(x + 1, min(len(words), x + 6)), *range(max(0, x - 2), x)]
    return at in near or any(bare_in(words[y], _AGREE) or _truce_at(words, y) for y in near)


def _neg_before(words: list[str], i: int) -> bool:
    """True when a negation comes in the two words before token i."""
    return not _NEG.isdisjoint(words[max(0, i - 2):i])


def _purpose_before(words: list[str], x: int) -> bool:
    """True when a purpose verbal noun heads the word at x ("لمتابعة تنفيذ"، "لضمان تطبيق"، "بهدف تنفيذ") or "على
    أن" does ("على أن تباشر"): the carrying out is what something is for or is to come, not what is happening."""
    if x == 0:
        return False
    prev = words[x - 1]
    if prev == "ان" and x > 1 and words[x - 2] in agreements_cues.ON:
        return True  # "على أن تباشر عملها خلال الأسابيع المقبلة": it is to start
    return (prev.startswith("ل") and not prev.startswith("لل") and len(prev) > 4) or prev in _PURPOSE_HEADS


_PURPOSE_HEADS = rules.words("agreements", "purpose_heads")
_BEFORE = rules.words("agreements", "before")
_WAS = rules.words("agreements", "was")
"""Before "قد": the verb after it is a past perfect ("وكانت تركيا قد توصلت"), not a "may"."""


def _supposed(words: list[str], lo: int, hi: int) -> bool:
    """True when a condition ("إذا"، "لو"، "في حال") or a "may" ("قد" before an imperfect verb, "قد تشمل"; not
    "وكانت قد توصلت") comes in words[lo:hi]."""
    return any(words[x] in _CONDITIONAL or (words[x] in {"قد", "وقد", "فقد"} and x + 1 < len(words) and words[x + 1].startswith(
        ("ي", "ت")) and words[x + 1] != "تم" and _WAS.isdisjoint(words[max(0, x - 6):x])) for x in range(lo, hi))


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


IN_FORCE_TOLD = True
"""Switch: :func:`_in_force_told` (A/B measurement)."""
_ENDS = rules.words("agreements", "ends")
_LATER_TODAY = rules.words("agreements", "later_today")
"""After a word of ending: a time still to come on the day told ("ينتهي الليلة"، "تنتهي منتصف الليل"، "فور انقضاء
الهدنة الليلة"); "اليوم" only after a present verb ("تنتهي اليوم", not "انقضاء الهدنة اليوم" told after it)."""
_HOLDS = rules.words("agreements", "holds")
"""Right before the truce word ("وتستمر الهدنة"، "صمود الهدنة"): it is holding."""
_ORDINAL_DAYS = rules.words("agreements", "ordinal_days")
_DAY_HEADS = rules.words("agreements", "day_heads")
"""Before an ordinal after the truce ("لليوم الثالث"، "يومها الخامس"): a day count; "اليوم الأول من الشهر" is a date."""


def _in_force_told(words: list[str], i: int, j: int, hi: int) -> bool:
    """True when the words around the truce at [i, j) say it holds as the news is told: its end is still to come
    that day ("وقف إطلاق النار ينتهي الليلة"، "ستعود المدافع إلى العمل فور انقضاء الهدنة الليلة"), a verb of holding or
    going on governs it ("وتستمر الهدنة"، "صمود الهدنة"), or it is on its n-th day ("دخلت الهدنة يومها الثالث"،
    "لليوم الثاني على التوالي"). Negated, none."""
    if i > 0 and bare_in(words[i - 1], _HOLDS) and not (i > 1 and _negated(words[i - 2])):
        return True
    if j < len(words) and bare_in(words[j], _HOLDS):
        return True
    for x in range(max(0, i - 4), min(len(words) - 1, hi)):
        if bare_in(words[x], _ENDS) and not (x > 0 and _negated(words[x - 1])):
            later = words[x + 1:x + 4] if words[x] != normalize("انقضاء") else words[x + 2:x + 4]
            if any(w in _LATER_TODAY and (w != normalize("اليوم") or not words[x].startswith("ا")) for w in later):
                return True
        if j <= x and words[x] in _DAY_HEADS and words[x + 1] in _ORDINAL_DAYS:
            return True
    return False


def _negated(word: str) -> bool:
    """True for a negation particle, also behind "و"/"ف" ("ولم"، "فلن": too short for :func:`bare`)."""
    return word in _NEG or (word[:1] in {"و", "ف"} and word[1:] in _NEG)


PROPOSAL_HEAD = True
"""Switch (pass 60): a truce or agreement that a proposal, an initiative or a plan proposes, the proposal noun right
before it or past one or two adjectives ("قدم المبعوث مقترحا لوقف إطلاق النار بين ..."، "طرحت الأمم المتحدة خطة لوقف
إطلاق النار"، "رفضت الحركة المقترح المصري للتهدئة"، "مقترح الهدنة"), is proposed (GUIDELINES §7: proposal, offer),
even after a verb of announcing; not when a verb of accepting, adopting or signing, or the carrying out, stands at most
five words before the proposal noun in its clause ("وافقت الحركة على المقترح المصري للتهدئة"، "بدأ تنفيذ المبادرة"),
nor when it is told in force. Data keys proposal_heads, proposal_taken, accept."""
_PROPOSAL_TAKEN = rules.words("agreements", "proposal_taken")


# (pass 60, part of PROPOSAL_HEAD) A plan or initiative the sides are bound by is in force, not
# proposed: a verb or noun of commitment or compliance ("التزمت"، "تتقيد"، "ملتزمة"، "احترام") or "بموجب"/"وفق" at most five
# words before the proposal noun stops it, and when the noun is read through a "ب" ("التزمت الحكومة وقوات الإقليم
# والعشائر بخطة وقف إطلاق النار") a verb of commitment anywhere before it in its clause does (at most twelve words).
# "مشروع" proposes only as a draft: "المشروع" right before the agreement, or "مشروع" right before it with "ب"
# ("حقها المشروع بوقف إطلاق النار"), is the adjective "lawful". Data keys proposal_bound, proposal_drafts.
_PROPOSAL_BOUND = rules.words("agreements", "proposal_bound")
_PROPOSAL_DRAFTS = rules.words("agreements", "proposal_drafts")
_BOUND_REACH = 12


def _proposal_head(words: list[str], a: int, i: int) -> bool:
    """True when a proposal noun in the clause (from token a) proposes the agreement at i, and no word of taking it up
    stands before it (:data:`PROPOSAL_HEAD`), nor of being bound by it (a plan the sides are bound by is in force)."""
    y = proposal_before(words, i)
    if y is None or y < a:
        return False
    if any(bare_in(w, _PROPOSAL_TAKEN) or bare_in(w, _ACCEPT) for w in words[max(a, y - 5):y]):
        return False
    return not _bound_by(words, a, y, i)


def _bound_by(words: list[str], a: int, y: int, i: int) -> bool:
    """True when the proposal noun at y is one the sides are bound by or act under (a plan in force), or is the
    adjective "مشروع" (lawful) rather than a draft."""
    draft = [b for b in bare(words[y]) if b in _PROPOSAL_DRAFTS]
    if draft and y == i - 1 and (draft[0].startswith("ال") or words[i].startswith("ب")):
        return True  # "حقها المشروع بوقف إطلاق النار"
    if any(bare_in(w, _PROPOSAL_BOUND) for w in words[max(a, y - 5):y]):
        return True  # "بموجب المبادرة المصرية لوقف إطلاق النار"، "ملتزمة بالخطة الأممية للتهدئة"
    through_b = words[y].startswith("ب") and words[y] not in PROPOSAL_HEADS
    return through_b and any(bare_in(w, _PROPOSAL_BOUND) for w in words[max(a, y - _BOUND_REACH):y])


READINESS = True
"""Switch (pass 45): readiness or a condition told at most three words before the agreement in its clause ("أبدى
استعداده لتسليم إدارة الميناء"، "أعلنت استعدادها للتوقيع على هدنة"، "اشترطوا أن تتسلم المنظمة إدارة المطار") is an offer:
proposed, even after a verb of announcing (GUIDELINES §7: conditions, offer), unless carrying out comes between
("استعداده لتنفيذ الاتفاق": the agreement is reached) or it is told in force. Data key readiness."""
_READINESS = rules.words("agreements", "readiness")


def readiness_at(words: list[str], a: int, i: int) -> int | None:
    """The index of the nearest word of readiness or condition at most three words before token i, in its clause (from
    ``a``), or None ("استعداده لتسليم"، "اشترطوا لتوقيع")."""
    return next((x for x in range(i - 1, max(a, i - 4) - 1, -1) if bare_in(words[x], _READINESS)), None)


def _ready_for(words: list[str], a: int, i: int) -> bool:
    """True when a word of readiness or condition stands at most three words before the agreement at i, in its clause
    (from ``a``), with no word of carrying out between (:data:`READINESS`)."""
    at = readiness_at(words, a, i)
    return at is not None and not any(
        bare_in(w, _CARRY_OUT) or bare_in(w, _CARRY_OUT_VERBS) or bare_in(w, _IMPLEMENTING) for w in words[at + 1:i])


PROSPECTIVE = True
"""Switch: :func:`_prospective` (A/B measurement)."""
_ABOUT_TO = rules.words("agreements", "about_to")
"""Words of an agreement still ahead: close to it, about to, expected, getting ready, hoping ("يقتربان من إبرام
اتفاق"، "على وشك التوصل"، "الاتفاق المرتقب"، "تستعد لتوقيع"، "تأمل في التوصل إلى هدنة")."""
_HELD_WORDS = rules.words("agreements", "held_words")
"""Between a word of hope and the agreement: what is hoped is that one already made holds ("يأمل أن تصمد الهدنة")."""


def _prospective(words: list[str], a: int, i: int, j: int, end: int) -> bool:
    """True when a word of an agreement still ahead governs the agreement at [i, j): at most six words before it in
    its clause, with no word of keeping or carrying out between ("يأمل أن تصمد الهدنة" hopes a made one holds), or
    right after it ("اتفاق التهدئة في الشمال بات وشيكا"، "الاتفاق المرتقب")."""
    for x in range(max(a, i - 6), i):
        if bare_in(words[x], _ABOUT_TO) and not any(
                b in _HELD_WORDS for w in words[x + 1:i] for b in bare(w)):
            return True
    if HEADING_TO and _heading_to(words, a, i):
        return True
    return any(b in _ABOUT_TO for w in words[j:end] for b in bare(w))


HEADING_TO = True
"""Switch (pass 44): a verb of heading for or intending (data key heading_to: "تتجه"، "يعتزم"، "تنوي") opens the
clause and a noun of concluding (data key conclude_nouns: "توقيع"، "إبرام"، "التوصل") stands between it and the
agreement ("تتجه الحكومة والمعارضة إلى توقيع اتفاق"، "يعتزم البلدان إبرام اتفاقية"): the signing is still to come
(GUIDELINES §7: planned, not concluded), however many sides are named between. Without the noun of concluding the
verb governs something else ("تعتزم الحكومة تنفيذ الاتفاق")."""
_HEADING = rules.words("agreements", "heading_to")
_CONCLUDE = rules.words("agreements", "conclude_nouns")
_HEADING_REACH = 12


def _heading_to(words: list[str], a: int, i: int) -> bool:
    """True when a verb of heading or intending stands at most twelve words before the agreement at i in its clause
    and a noun of concluding follows it within the last three words before i, with no word of keeping between."""
    for x in range(max(a, i - _HEADING_REACH), i):
        if bare_in(words[x], _HEADING) and any(bare_in(words[y], _CONCLUDE) for y in range(max(x + 1, i - 3), i)) \
                and not any(b in _HELD_WORDS for w in words[x + 1:i] for b in bare(w)):
            return True
    return False


DESIRED_AFTER = True
"""Switch (pass 43): a word of wanting right after the agreement ("الاتفاق المطلوب"، "الهدنة المنشودة"، "التسوية
المأمولة"; data key desired_after) tells one still sought: proposed unless something says it is in force. Only
right after it (one adjective may come between): further on the word says something else ("يحقق الأمن المطلوب")."""
_DESIRED = rules.words("agreements", "desired_after")


def _desired(words: list[str], j: int) -> bool:
    """True when a word of wanting stands right after the agreement ending at token j, or one word further on."""
    return DESIRED_AFTER and any(x < len(words) and words[x] in _DESIRED for x in (j, j + 1))


PURPOSE_AFTER = True
"""Switch (pass 34): a word of effort glued to "ل" right after the agreement ("اتفاقية لتأمين الحدود"، "اتفاق
لضمان انسحاب القوات"، "اتفاق لتمديد الهدنة") tells what the agreement is for; it does not make it proposed."""


_KIND_WORDS = rules.words("agreements", "instrument_kinds") | frozenset(normalize(w) for w in (
    "مشترك", "المشترك", "مشتركة", "المشتركة"))
_KIND_REACH = 3


def _past_kind(words: list[str], j: int) -> int | None:
    """The token after the words of the agreement's kind told right after it ("اتفاقية تعاون عسكري"، "بروتوكول
    التعاون الأمني المشترك"), up to three, or None when none is told: a word of purpose there ("اتفاقية تعاون عسكري
    لتأمين الحدود") is still what the agreement is for, as :data:`PURPOSE_AFTER` reads it right after the agreement
    (fix of pass 63: it made a signed agreement proposed)."""
    y = j
    while y < min(len(words), j + _KIND_REACH) and words[y] in _KIND_WORDS:
        y += 1
    return y if y > j else None


PURPOSE_AFTER_SIDES = True
"""Switch (pass 37): as :data:`PURPOSE_AFTER`, the word of purpose right after the other side that follows the agreement
("اتفاق مع الأردن لتأمين المعبر"، "اتفاقا مع الجانب الروسي لضمان انسحاب ..."، "اتفاق بين الحكومة والعشائر لتأمين ...")."""
_SIDE_OPENERS = frozenset({"مع", "بين"})
_SIDE_NOUNS = frozenset(normalize(w) for w in ("الجانب", "الطرف", "الحكومة", "السلطات"))


def _after_sides(ctx: DocContext, si: int, j: int) -> int | None:
    """The token after the sides told right after an agreement mention ending at j ("مع روسيا"، "مع الجانب الأردني"،
    "بين الجيش والعشائر"), or None when no "مع"/"بين" opens there."""
    words = ctx.sentences[si].words
    if j >= len(words) or words[j] not in _SIDE_OPENERS:
        return None
    named = {m.i: m.j for m in ctx.mentions[si] if m.kind in {"actors", "places"}}
    y = j + 1
    while y < len(words):
        if y in named:
            y = named[y]
        elif words[y] in _SIDE_NOUNS and y + 1 < len(words):
            y += 2  # "الجانب الروسي": a side told by its adjective
        else:
            return None
        if y < len(words) and words[y].startswith("و") and (y in named or words[y][1:] in _SIDE_NOUNS):
            continue  # "بين الجيش والعشائر": the next side, its "و" read with it
        return y
    return None


def _its_purpose(words: list[str], x: int) -> bool:
    """True when the word at x, right after an agreement, is a verbal noun of purpose glued to "ل" that the
    proposal words hold ("لتأمين"، "لضمان"، "لتمديد"), not an effort to reach one ("للتوصل"، "لمحاولة")."""
    w = words[x]
    return w[:1] == "ل" and w not in _EFFORT_TO_REACH and (w in _PROPOSED or w in _HOPE)


_EFFORT_TO_REACH = rules.words("agreements", "effort_to_reach")
"""Glued to "ل" but still an effort to reach an agreement, not what one is for."""

QUESTION_TALKS = True
"""Switch (pass 34): an agreement asked about ("هل يوقع الطرفان اتفاقاً؟"، "تساءل عن اتفاق") or the subject of
talks ("محادثات حول اتفاق"، "مفاوضات بشأن هدنة") is not concluded: proposed, unless it is told in force."""
_QUESTION_WORDS = rules.words("agreements", "question_words")
_ASKING_VERBS = rules.words("agreements", "asking_verbs")
_TALKS = rules.words("agreements", "talks")
_ABOUT = rules.words("agreements", "about")


def _asked(ctx: DocContext, si: int, a: int, i: int, clause_end: int) -> bool:
    """True when the agreement at i is asked about: "هل" or a verb of asking opens its clause a few words before
    it, or its clause ends with a question mark."""
    s = ctx.sentences[si]
    words = s.words
    if any(b in _QUESTION_WORDS or b in _ASKING_VERBS for w in words[max(a, i - 8):i] for b in bare(w)):
        return True
    last = min(clause_end, len(words)) - 1
    if last < i:
        return False
    tail = s.doc_text[s.token_span(last, last + 1)[1]:s.end] if clause_end >= len(words) else ""
    return "؟" in tail[:3] or "?" in tail[:3]


SIDES_BEFORE_ON = True
"""Switch (pass 43): negotiating with its sides told between it and "على" ("يجري التفاوض بين الحكومة والمتمردين على
اتفاق") is talks about the agreement, as with "حول"/"بشأن": not concluded, proposed."""


def _talks_about(words: list[str], a: int, i: int) -> bool:
    """True when talks come right before the agreement with "حول"/"بشأن" between ("محادثات حول اتفاق"، "مفاوضات
    بشأن التهدئة"), one word allowed between the talks and the preposition ("مفاوضات مباشرة حول اتفاق")."""
    if i < 2 or i - 1 < a:
        return False
    if TALKS_ON and words[i - 1] in _ON_WORDS:
        # "على" after negotiating only ("أكد خلال المباحثات على الاتفاق" stresses it), one word between at most; or
        # the sides between the negotiating and "على" ("يجري التفاوض بين الحكومة والمتمردين على اتفاق")
        return _talks_before(words, a, i, _negotiating, sides=SIDES_BEFORE_ON)
    if words[i - 1] not in _ABOUT:
        return False
    # "مفاوضات بين الحكومة والمتمردين حول اتفاق": the talks' sides between the talks and "حول"
    return _talks_before(words, a, i, lambda w: bare_in(w, _TALKS), sides=TALKS_ON)


DISCUSSED_SIGNING = True
"""Switch (pass 59; narrowed by fix59b, one rule since pass 60): a verb of discussing before the signing or concluding
of the agreement ("بحث الوزيران توقيع مذكرة تفاهم"، "ناقش الجانبان إبرام اتفاقية أمنية"، "يبحث مع نظيره التوقيع على
اتفاق") tells it is not signed yet: proposed, unless it is told in force. The signing noun stands right before the
agreement word (or before "على" before it), the verb of discussing at most eight words before the signing, in the same
clause; and the signing noun must be what is discussed, not governed by a word of time or a noun before it ("بحث
الوزيران عقب توقيع اتفاقية أمنية ... آليات تنفيذها"، "ناقش المجلس نتائج توقيع الاتفاقية"، "خلال حفل توقيع"): those tell
a signing done, so the agreement stays agreed. Data keys discussing_verbs, signing_nouns, signing_governed; the memo
words are agreements_mentions.MEMO_HEADS."""
_DISCUSSING = rules.words("agreements", "discussing_verbs")
_SIGNING_NOUNS = rules.words("agreements", "signing_nouns")
_SIGNING_GOVERNED = rules.words("agreements", "signing_governed")


def _signing_discussed(words: list[str], a: int, i: int) -> bool:
    """True when the agreement at i is the object of a signing noun that a verb of discussing governs
    (:data:`DISCUSSED_SIGNING`); ``a`` is the clause start."""
    if not DISCUSSED_SIGNING:
        return False
    s = i - 1
    if s > a and bare_in(words[s], agreements_mentions.MEMO_HEADS):
        s -= 1  # "توقيع مذكرة تفاهم": the mention opens at the second word
    if s > a and words[s] in _ON_WORDS:
        s -= 1  # "التوقيع على اتفاق"
    if s < a or words[s] not in _SIGNING_NOUNS:
        return False
    if s > a and bare_in(words[s - 1], _SIGNING_GOVERNED):
        return False  # "بحث الوزيران عقب توقيع الاتفاقية"، "ناقش المجلس نتائج توقيع الاتفاقية": signed already
    return any(words[x] in _DISCUSSING for x in range(max(a, s - 8), s))


def _negotiating(word: str) -> bool:
    """True for a form of negotiating ("التفاوض"، "يتفاوض"، "مفاوضات")."""
    return any("فاوض" in b for b in bare(word))


def _talks_before(words: list[str], a: int, i: int, talks, *, sides: bool) -> bool:
    """True when a word of talks (``talks``) stands before the preposition at ``i - 1`` (one word between at most),
    or, with ``sides``, before the sides told with "بين" between the talks and the preposition (clause start ``a``)."""
    if any(talks(words[x]) for x in range(max(a, i - 3), i - 1)):
        return True
    between = next((x for x in range(i - 2, max(a, i - 8) - 1, -1) if words[x] == "بين"), None) if sides else None
    return between is not None and any(talks(words[x]) for x in range(max(a, between - 2), between))


START_REACH = True
"""Switch (pass 35): a verb of starting with its conjunction ("وبدأ"، "وبدأت") or with up to three words between it
and the carrying out ("بدأ صباح اليوم تنفيذ"، "بدأ الجيش والمسلحون تطبيق الهدنة") tells the agreement is under way
(the imperfect "ويبدأ"، "وسيبدأ" that it is still to come), as "بدأ تنفيذ" right together does."""
_START_REACH = 4


def _started_carrying_out(words: list[str], x: int, i: int) -> str | None:
    """"implementing" (a perfect verb) or "agreed" (an imperfect) when token x is a verb of starting, not right before
    the carrying out (that is the older rule), and a word of carrying out follows within :data:`_START_REACH` words
    before the agreement at i; None else."""
    forms = bare(words[x])
    if not any(f in _START and not f.startswith(("ال", "بال")) for f in forms) or words[x] in _START and (
            x + 1 < len(words) and words[x + 1] in _CARRY_OUT):
        return None
    if not any(words[y] in _CARRY_OUT for y in range(x + 1, min(len(words), x + 1 + _START_REACH, i + 1))):
        return None
    verb = next((f for f in forms if f in _START), words[x])
    return "agreed" if verb.startswith(("سي", "ست", "ي", "ت")) else "implementing"


TALKS_ON = True
"""Switch (pass 35): talks "على" an agreement are about it as talks "حول" it are ("يجري التفاوض على اتفاق لإخلاء
الجرحى"، "يتفاوضون على هدنة"), and the talks' sides may stand between the talks and the preposition ("مفاوضات بين
الحكومة والمتمردين حول اتفاق"): not reached."""
_ON_WORDS = agreements_cues.ON


STATUS_DONE_WORDS = True
"""Switch (pass 34): a verb of completing before the carrying out ("استكمل الجيش تنفيذ الاتفاق": implemented), an
extension announced or decided ("أعلنت الحكومة تمديد الهدنة"، "وافق الطرفان على تمديد التهدئة": in force, where a
call to extend it stays proposed) and the accusative of "in force" ("لا يزال ساريا"، "بات نافذا": implementing)."""
_COMPLETE_VERBS = rules.words("agreements", "complete_verbs")
_EXTENSION = rules.words("agreements", "extension")
_DECIDED = rules.words("agreements", "decided")
_IN_FORCE_ACCUSATIVE = rules.words("agreements", "in_force_accusative")


def _done_word(words: list[str], x: int, nxt: str) -> str | None:
    """The status a carrying out or an extension at x tells with a verb of completing or deciding at most four words
    before it (its subject between: "استكمل الجيش الروسي تنفيذ الاتفاق"، "أعلنت الحكومة تمديد الهدنة"), or the
    accusative of being in force at x ("لا يزال ساريا"), or None."""
    w = words[x]
    before = words[max(0, x - 4):x]
    if w in {"تنفيذ", "تطبيق"} and not _COMPLETE_VERBS.isdisjoint(before):
        return "implemented"  # "أنجزت القوات تطبيق البنود"، "انتهى تنفيذ الاتفاق"
    if w in _EXTENSION and not _DECIDED.isdisjoint(before):
        return "implementing"  # "أعلنت الحكومة تمديد الهدنة"، "وافق الطرفان على تمديد التهدئة"
    if w in _IN_FORCE_ACCUSATIVE:
        return "implementing"
    return None


EFFORTS_MEANS = True
"""Switch (pass 60): efforts told as what brought the agreement about ("توصلت الفصائل وإسرائيل إلى تهدئة بجهود مصرية"،
"بفضل جهود الوساطة"، "بعد جهود مكثفة"، "إثر مساع قطرية") tell it reached: that word of effort does not make it
proposed (other cues still do: "تسعى مصر بجهودها للتوصل إلى تهدئة"). Data keys efforts_means (the word with "ب"),
efforts_means_before (a word of means or sequel right before the word of effort)."""
_EFFORTS_MEANS = rules.words("agreements", "efforts_means")
_EFFORTS_MEANS_BEFORE = rules.words("agreements", "efforts_means_before")


def _efforts_means(words: list[str], x: int) -> bool:
    """True when token x is a word of effort told as the means or the cause of the agreement (:data:`EFFORTS_MEANS`)."""
    if not EFFORTS_MEANS:
        return False
    return words[x] in _EFFORTS_MEANS or x > 0 and words[x - 1] in _EFFORTS_MEANS_BEFORE and bare_in(words[x], _HOPE)


EFFORTS_RESULTED = True
"""Switch (pass 34): efforts or talks that resulted in the agreement ("جهود مصرية أفضت إلى العودة لتفاهمات التهدئة"،
"مفاوضات أسفرت عن اتفاق"، "محادثات تكللت بتوقيع") reached it: the word of effort does not make it proposed."""
_RESULTED = rules.words("agreements", "resulted")


def _resulted(words: list[str], lo: int, i: int) -> bool:
    """True when a verb of resulting comes in words[lo:i], before the agreement at i ("جهودا مصرية أفضت إلى العودة
    لتفاهمات التهدئة"), and no negation right before it ("لم تفض")."""
    return any(words[y] in _RESULTED and not (y > 0 and _negated(words[y - 1])) for y in range(lo, i))


UNTRUE_REPORT = True
"""Switch (pass 34): an agreement whose clause goes on to call it untrue ("ما تردد عن هدنة شاملة في الشمال غير دقيق"،
"التقارير عن اتفاق ... غير دقيقة") is a reported agreement denied: proposed (GUIDELINES §7)."""
_UNTRUE = rules.words("agreements", "untrue")


def _said_untrue(words: list[str], j: int, end: int) -> bool:
    """True when "غير صحيح(ة)"/"غير دقيق(ة)" comes after the agreement at most ten words on, in its clause."""
    return any(words[y] == "غير" and words[y + 1] in _UNTRUE for y in range(j, min(end, j + 10) - 1))
